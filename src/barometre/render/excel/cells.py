"""Cells of the report: one font family, named formats per kind of value, the safe-text rule.

Every value of the workbook has a *kind* (text, count, share, index…) that fixes its
number format and alignment, so that a header is aligned like its values and a count
always shows its thousands separator.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from ..typography import typeset  # noqa: F401 - re-exported: every text cell is typeset
from ..formats import (HIGH, LOW, NNBSP, ci_bound_digits, ci_digits, growth_digits, growth_number, index_digits, per1000_digits, per1000_number,
                       percent_at, points_digits, points_number, shown_digits)

__all__ = ["FONT", "clean_text", "typeset", "is_risky", "KINDS", "number_format", "share_format",
           "ci_format", "sure_bound_cell", "percent_width", "growth_format", "points_format", "per1000_format",
           "index_format",
           "p_format",
           "font",
           "HEAD_FILL", "plain_value", "text_width", "RISKY"]

FONT = "Calibri"  # one explicit family for the whole workbook (LibreOffice maps it to Carlito)
RISKY = ("=", "+", "-", "@", "\t", "\r", "\n")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
THIN = Border(bottom=Side(style="thin", color="1F4E79"))
#: between two heads of a table, on the head band (:meth:`.sheets.Sheet.header`): heads
#: aligned right side by side never read as one (« Restés présents Non comparables »)
HEAD_RULE = Border(left=Side(style="thin", color="FFFFFF"))

#: kind -> (French format, English format, horizontal alignment)
KINDS: dict[str, tuple[str, str, str]] = {
    "text": ("@", "@", "left"),
    "wrap": ("@", "@", "left"),
    "code": ("@", "@", "left"),
    "count": ("#,##0", "#,##0", "right"),
    "share": ("0 %", "0%", "right"),  # per cell, see share_format
    "ci": ("0 %", "0%", "right"),  # a bound of an interval: per cell, see ci_format
    # a change of share in percentage points (the value is in points), as fmt_points says it:
    # per cell, see points_format
    "points": ('"+"0.0" pts";"−"0.0" pts";0.0" pts"', '"+"0.0" pts";"−"0.0" pts";0.0" pts"',
               "right"),
    "growth": ('"+"0 %;"−"0 %;0 %', '"+"0%;"−"0%;0%', "right"),  # per cell, see growth_format
    # « 10 112 », as the counts beside it; near 100 per cell, see index_format
    "index": ("#,##0", "#,##0", "right"),
    "per1000": ("0.0", "0.0", "right"),
    "p": ("0.000", "0.000", "right"),  # a p-value: per cell, see p_format
    "year": ("0", "0", "right"),
    "rank": ("0", "0", "right"),
    "date": ("DD/MM/YYYY", "YYYY-MM-DD", "right"),
    "yesno": ("@", "@", "center"),
    "url": ("@", "@", "left"),
}


def number_format(kind: str, lang: str) -> str:
    fr, en, _ = KINDS[kind]
    return en if lang == "en" else fr


def share_format(value: Any, lang: str, extra: int = 1, digits: int = 0) -> str:
    """The number format of one share cell: Excel shows the share by the rule of
    :func:`barometre.render.formats.fmt_share`, at ``digits`` decimals: those the source
    printed it with (:func:`barometre.render.formats.published_digits`: 13.7 % is "0.0 %",
    "13,7 %" as compare and the charts show it, never "14 %").

    "0 %" shows "100 %" for 0.997: a share that is not exactly 0 or 1 and would show "0 %"
    or "100 %" gets one decimal ("0.0 %": "99,7 %"), and when even that rounds to the end,
    the bound as literal text ("> 99,9 %", ">99.9%"). The cell keeps its value (0.9996):
    filters, sorting and formulas see the number. ``extra``: the decimals a share may take
    before the bound.

    Examples
    --------
    >>> share_format(0.96, "fr"), share_format(0.997, "fr"), share_format(0.9996, "fr")
    ('0 %', '0.0 %', '"> 99,9 %"')
    >>> share_format(1.0, "en"), share_format(0.004, "en"), share_format(0.0004, "en")
    ('0%', '0.0%', '"<0.1%"')
    >>> share_format(0.137, "fr", digits=1), share_format(0.916, "en", digits=1)
    ('0.0 %', '0.0%')
    """
    fmt = number_format("share", lang)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return fmt
    # the text's rule (rounded as Excel shows a cell): the cell and the sentence agree
    return _percent_format(fmt, value, *shown_digits(value, digits, extra), lang)


def _percent_format(fmt: str, value: float, digits: int, bound: bool, lang: str) -> str:
    """The format ``fmt`` ("0 %") with ``digits`` decimals, or the literal bound
    ("> 99,9 %") at those decimals."""
    if not digits:
        return fmt
    if not bound:
        return fmt.replace("0", "0." + "0" * digits, 1)
    space, point = ("", ".") if lang == "en" else (" ", ",")
    end = (f"<{space}0{point}{'0' * (digits - 1)}1" if value < 0.5
           else f">{space}99{point}{'9' * digits}")
    return f'"{end}{fmt[1:]}"'  # fmt[1:]: the format's own " %" or "%"


def ci_format(value: Any, lang: str, other: Any = None) -> str:
    """The number format of one bound of a confidence interval, ``other`` the other bound:
    the decimals of :func:`barometre.render.formats.fmt_ci`, so that the cells of the
    Adoption sheet show what the text says. Bounds that would read the same take the
    decimals that set them apart (0.9879 and 0.9918: "98,8 %" and "99,2 %", not "99 %"
    twice); a bound that would read "0" or "100" takes up to three more decimals before a
    bound ("IC 95 % : 99,7–99,99 %"). Without ``other``, the bound alone. The cell keeps
    its value.

    >>> ci_format(0.81, "fr"), ci_format(0.9991, "fr"), ci_format(0.99989, "en")
    ('0 %', '0.0 %', '0.00%')
    >>> ci_format(0.000088, "fr"), ci_format(0.9999999, "fr"), ci_format(0.0000001, "en")
    ('0.00 %', '"> 99,999 %"', '"<0.001%"')
    >>> ci_format(0.9879, "fr", 0.9918), ci_format(0.9918, "en", 0.9879), ci_format(1.0, "fr", 0.9991)
    ('0.0 %', '0.0%', '0 %')
    """
    fmt = number_format("ci", lang)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return fmt
    digits = 0
    if isinstance(other, (int, float)) and not isinstance(other, bool) and not math.isnan(other):
        digits = ci_digits(value, other)
    return _percent_format(fmt, value, *ci_bound_digits(value, digits), lang)


def sure_bound_cell(value: float, other: float, lang: str, high: bool) -> tuple[float, str]:
    """The value and number format of one bound of a sure range (``ci_kind`` "sure"),
    ``other`` the other bound, ``high`` whether it is the high one: the cell holds the
    exact bound (k/N, a formula or a filter reads 39/101, not 0.38) and shows it rounded
    outward at the decimals :func:`barometre.render.formats.fmt_ci` prints it with, the
    low one down and the high one up, so that the cell shows what the text says and the
    range shown contains the exact one (39/101 = 38,6 % shows "38 %", never "39 %": the
    sure range says « certainement »). A number format rounds to the nearest: where the
    nearest is not the outward figure, the format is that figure as literal text
    ('"38 %"'), as a bound ("> 99,999 %") is written.

    >>> sure_bound_cell(39 / 101, 43 / 101, "fr", False), sure_bound_cell(43 / 101, 39 / 101, "fr", True)
    ((0.38613861386138615, '"38 %"'), (0.42574257425742573, '0 %'))
    >>> sure_bound_cell(0.004, 0.5, "en", False), sure_bound_cell(1.0, 0.5, "en", True)
    ((0.004, '0.0%'), (1.0, '0%'))
    >>> sure_bound_cell(12 / 28, 18 / 28, "en", False)[1], sure_bound_cell(18 / 28, 12 / 28, "en", True)[1]
    ('"42%"', '"65%"')
    >>> sure_bound_cell(0.9876, 0.9891, "fr", False)[1], sure_bound_cell(0.9891, 0.9876, "fr", True)[1]
    ('"98,7 %"', '"99,0 %"')
    """
    value, other = float(value), float(other)
    rounding = HIGH if high else LOW
    digits, bound = ci_bound_digits(value, ci_digits(value, other), rounding)
    fmt = _percent_format(number_format("ci", lang), value, digits, bound, lang)
    if bound or value in (0.0, 1.0) or percent_at(value, digits) == percent_at(value, digits, rounding):
        return value, fmt  # the format's nearest is the outward figure
    said = str(percent_at(value, digits, rounding))
    return value, _literal((said if lang == "en" else said.replace(".", ","))
                           + number_format("ci", lang)[1:])


def growth_format(value: Any, lang: str, digits: int = 0) -> str:
    """The number format of one growth-rate cell (new ÷ old − 1): signed as the text says it
    ("+13 %", "−20 %", "0 %"), with the decimals and the bound of
    :func:`barometre.render.formats.growth_number` from ``digits`` decimals: 0.004 shows
    "+0,4 %", 0.0004 the literal "< +0,1 %", never "0 %" or "+0 %" for a growth that is not
    0. The cell keeps its value.

    >>> growth_format(0.125, "fr"), growth_format(-0.003, "en")
    ('"+"0 %;"−"0 %;0 %', '"+"0.0%;"−"0.0%;0%')
    >>> growth_format(0.0004, "fr"), growth_format(-0.0004, "en"), growth_format(-0.9996, "fr")
    ('"< +0,1 %"', '">−0.1%"', '"< −99,9 %"')
    >>> growth_format(0.0588, "fr", 2)
    '"+"0.00 %;"−"0.00 %;0 %'
    """
    fmt = number_format("growth", lang)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return fmt
    asked = digits
    digits, bound = growth_digits(value, 0 if value in (0.0, -1.0) else digits)
    pct = "%" if lang == "en" else " %"
    if bound:  # one decimal past the rule's: "< +0,1 %", the text's own bound
        return _literal(growth_number(value, lang, asked))
    num = "0." + "0" * digits if digits else "0"
    return f'"+"{num}{pct};"−"{num}{pct};0{pct}'


def points_format(value: Any, lang: str) -> str:
    """The number format of one cell holding a change of share in percentage points: signed
    as :func:`barometre.render.waves.fmt_points` says it ("+4,0 pts", "−4,0 pts", "0,0 pts"
    for no change at all), with the decimals and the bound of
    :func:`barometre.render.formats.points_digits`: 100/3 500 shows "+0,03 pts", 100/34 875
    the literal "< +0,01 pts", never "+0,0 pts". The cell keeps its value.

    >>> points_format(4.0, "fr") == number_format("points", "fr")
    True
    >>> points_format(-100 / 3500, "fr"), points_format(0.004, "fr"), points_format(-0.004, "en")
    ('"+"0.00" pts";"−"0.00" pts";0.00" pts"', '"< +0,01 pts"', '">−0.01 pts"')
    """
    fmt = number_format("points", lang)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return fmt
    digits, bound = points_digits(value)
    if bound:  # the text's own bound, as a literal (an ordinary space: see _literal)
        return _literal(points_number(value, lang))
    return fmt.replace("0.0", "0." + "0" * digits)


def per1000_format(value: Any, lang: str) -> str:
    """The number format of one cell per 1,000 inhabitants: "0.0", with the decimals and
    the bound of :func:`barometre.render.formats.per1000_digits` near 0 (one follower for
    57,000 inhabitants shows "0,02", one for 250,000 the literal "< 0,01", never "0,0"),
    and for a negative value (a gain that is a loss) the minus sign "−" as the text writes
    it (:func:`barometre.render.formats.per1000_number`: "−0,6"), where a spreadsheet's own
    would be a hyphen ("-0,6"). The cell keeps its value.

    >>> per1000_format(8.1, "fr"), per1000_format(-0.6, "en"), per1000_format(0.0, "fr")
    ('0.0', '0.0;"−"0.0', '0.0')
    >>> per1000_format(0.0175, "fr"), per1000_format(0.004, "fr"), per1000_format(-0.004, "en")
    ('0.00', '"< 0,01"', '">−0.01"')
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return number_format("per1000", lang)
    digits, bound = per1000_digits(value)
    if bound:
        return _literal(per1000_number(value, lang))
    fmt = "0." + "0" * digits if digits else "0"
    return f'{fmt};"−"{fmt}' if value < 0 else fmt


def index_format(value: Any, lang: str) -> str:
    """The number format of one index cell (a benchmark's value ÷ the peers' median × 100):
    "#,##0" as :func:`barometre.render.formats.fmt_index` shows it whole, and for an index
    that is not 100 but would show « 100 » (99.996), the decimals that text gives it
    (:func:`~barometre.render.formats.index_digits`: "0.000", « 99,996 »): 100 says « at
    the median ». The cell keeps its value.

    >>> index_format(112.5, "fr"), index_format(100.0, "fr"), index_format(99.996, "en")
    ('#,##0', '#,##0', '0.000')
    >>> index_format(99.6, "fr"), index_format(100.04, "en")
    ('0.0', '0.00')
    """
    fmt = number_format("index", lang)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        return fmt
    digits = index_digits(value)
    return "0." + "0" * digits if digits else fmt


def p_format(value: Any, lang: str) -> str:
    """The number format of one p-value cell: three decimals, as the text says it
    (:func:`barometre.render.waves.fmt_p`: "0,219", "1,000"), and under 0.001 the text's
    bound as a literal ("< 0,001"). The cell keeps its value (a number, not the text).

    >>> p_format(0.21875, "fr"), p_format(1.0, "en"), p_format(0.0004, "fr")
    ('0.000', '0.000', '"< 0,001"')
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0.001:
        return _literal("< 0.001" if lang == "en" else "< 0,001")
    return number_format("p", lang)


def _literal(said: str) -> str:
    """A bound as the text says it ("< +0,01 pts", "< 0,01"), as a cell's literal number
    format: quoted, the text's narrow no-break space an ordinary one, as the cells'
    other bounds write it."""
    return '"' + said.replace(NNBSP, " ") + '"'


def align(kind: str, header: bool = False, indent: int = 0) -> Alignment:
    """The alignment of a cell of ``kind`` (``indent``: a gap at its left edge, see
    :func:`gap_before`)."""
    h = KINDS[kind][2]
    if header:
        return Alignment(horizontal=h, vertical="center", wrap_text=True, indent=indent)
    return Alignment(horizontal=h, vertical="top", wrap_text=kind == "wrap", indent=indent)


def gap_before(kinds: list[str]) -> list[int]:
    """Per column of a table, the indent of its cells: 1 for a column aligned left that
    follows a column aligned right, whose numbers otherwise touch its text ("+7,9 pts
    exhaustif", rank and code read as one number "1 11"); 0 elsewhere."""
    return [int(j > 0 and KINDS[kinds[j - 1]][2] == "right" and KINDS[k][2] == "left")
            for j, k in enumerate(kinds)]


def font(size: float = 11, bold: bool = False, color: str | None = None,
         underline: str | None = None) -> Font:
    """The workbook's font (always named: no fallback to a serif face)."""
    return Font(name=FONT, size=size, bold=bold, color=color, underline=underline)


def clean_text(value: Any) -> str:
    """Text as it may be stored: characters a workbook cannot hold are dropped."""
    return _ILLEGAL.sub("", str(value))


def is_risky(text: str) -> bool:
    """Text a spreadsheet could take for a formula (OWASP CSV/formula injection)."""
    return text.startswith(RISKY)


def plain_value(v: Any) -> Any:
    """A Python value for a cell: None for every kind of missing value."""
    if v is None:
        return None
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return None
        if isinstance(v, pd.Timestamp):
            return v.to_pydatetime()
    except ImportError:  # pragma: no cover
        pass
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        v = v.item()
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def percent_width(fmt: str) -> int:
    """Characters of a share or interval bound shown with the French format ``fmt``:
    "100 %", "99,7 %", "99,99 %" or the literal '"> 99,9 %"'."""
    num = fmt.split(" ")[0]  # "0", "0.0", "0.00"…: "100 %" takes 5, "99,99 %" 7
    return len(fmt) - 2 if fmt.startswith('"') else 5 + max(len(num) - 2, 0)


def marked_format(fmt: str, marks: str) -> str:
    """A share's number format with compare's marks after it, as literal text: '0 %"≈"'
    shows "76 %≈" (a bound, '"> 99,9 %"', takes them inside its quotes). The cell keeps
    its value.

    >>> marked_format("0 %", "≈"), marked_format('"> 99,9 %"', "†"), marked_format("0.0%", "")
    ('0 %"≈"', '"> 99,9 %†"', '0.0%')
    """
    if not marks:
        return fmt
    return fmt[:-1] + marks + '"' if fmt.endswith('"') else f'{fmt}"{marks}"'


def text_width(v: Any, kind: str) -> int:
    """Characters a value takes once formatted (for column widths)."""
    if v is None:
        return 1
    if kind in ("share", "ci"):
        return percent_width(share_format(v, "fr") if kind == "share" else ci_format(v, "fr"))
    if kind == "points" and isinstance(v, (int, float)) and not isinstance(v, bool):
        fmt = points_format(v, "fr")  # "+4,0 pts", "+0,03 pts" or the literal '"< +0,01 pts"'
        if fmt.startswith('"') and not fmt.startswith('"+"'):
            return len(fmt) - 2
        return len(f"{abs(v):.{points_digits(v)[0]}f}") + 5
    if kind == "points":
        return len(str(v))
    if kind == "growth" and isinstance(v, (int, float)) and not isinstance(v, bool):
        fmt = growth_format(v, "fr")  # "+13 %", "−0,4 %", or the literal '"< +0,1 %"'
        if not fmt.startswith('"+"'):
            return len(fmt) - 2
        return len(f"{abs(v) * 100:.0f}") + 3 + (2 if fmt.startswith('"+"0.0') else 0)
    if kind == "date":
        return 10
    if kind == "index" and isinstance(v, (int, float)) and not isinstance(v, bool) and index_digits(v):
        return 4 + index_digits(v)  # « 99,996 »
    if kind in ("count", "index", "rank", "year"):
        n = len(str(int(v))) if isinstance(v, (int, float)) and not isinstance(v, bool) else len(str(v))
        return n + n // 3
    if kind == "per1000" and isinstance(v, (int, float)) and not isinstance(v, bool):
        fmt = per1000_format(v, "fr")  # "8,1", "0,02", or the literal '"< 0,01"'
        if fmt.startswith('"'):
            return len(fmt) - 2
        return len(f"{v:,.{per1000_digits(v)[0]}f}")
    if kind == "per1000":
        return len(str(v))
    if isinstance(v, (dt.date, dt.datetime)):
        return 10
    return max((len(p) for p in str(v).splitlines()), default=1)
