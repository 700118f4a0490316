"""Render records for the terminal: aligned text tables, CSV and JSON.

Standard library (and :mod:`barometre.analysis.records`, itself standard library) only; a DataFrame is turned into plain records by
:func:`frame_records` (which needs no pandas import of its own), a result held as
:class:`~barometre.analysis.records.Records` (what ``compare --data`` prints, without
pandas) by :func:`plain_records`.
"""

from __future__ import annotations

import contextvars
import csv
import io
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..analysis.records import Records

__all__ = ["frame_records", "plain_records", "to_json", "to_csv", "text_table",
           "FORMATS", "csv_safe", "terminal_safe"]

FORMATS = ("table", "csv", "json")


def _plain(value: Any) -> Any:
    """A JSON-safe Python value: NA -> None, numpy scalars -> int/float/bool."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return value
    if isinstance(value, (bool, int, str)):
        return value
    if hasattr(value, "isoformat"):
        try:
            iso = value.isoformat()
        except ValueError:  # NaT
            return None
        if iso == "NaT":  # pandas' missing date says so instead of raising
            return None
        return iso[:10] if getattr(value, "hour", 0) == 0 else iso
    text = str(value)
    return None if text in ("<NA>", "NaT", "nan") else text


def frame_records(df: Any, columns: Sequence[str] | None = None,
                  round_to: dict[str, int] | None = None) -> list[dict]:
    """Turn a DataFrame into a list of plain dicts (JSON-safe values)."""
    cols = list(columns) if columns is not None else list(df.columns)
    return _plain_rows(df[cols].itertuples(index=False, name=None), cols, round_to)


def plain_records(records: Records, columns: Sequence[str] | None = None,
                  round_to: dict[str, int] | None = None) -> list[dict]:
    """:func:`frame_records` of a :class:`~barometre.analysis.records.Records`: the same
    plain dicts."""
    cols = list(columns) if columns is not None else list(records.columns)
    return _plain_rows(([r[c] for c in cols] for r in records.rows), cols, round_to)


#: Significant digits a rounded value keeps of its distance to the nearest end, 0 or ±1
#: (:func:`rounded`)
SIGNIFICANT = 3


def rounded(value: float, decimals: int, unit: bool = True,
            rounding: str | None = None, scale: float = 1.0,
            centre: float | None = None) -> float:
    """``value`` rounded to ``decimals`` decimals, keeping at least :data:`SIGNIFICANT`
    significant digits of its distance to 0 and, between −1 and 1, to ±1 (the ends of a
    share, a bound, a p-value, a change of share; −1 is a growth's; ``unit=False``: 0
    only, for a number per 1,000 inhabitants): a value is never rounded onto 0 or ±1
    unless it is exactly that, nor close to it without its first digits. CSV and JSON
    publish these numbers; "0.0" for a p-value of 2/2⁶⁰, or 1.0 for the upper bound of
    34,874 of 34,875, would be impossible figures. ``scale``: the ends are 0 and
    ±``scale`` (100 for a percentile, 0–100: the 2nd of 34,875 has 99.99713, not 100.0,
    the top's). ``centre``: a value inside the range that the column's meaning marks, never
    rounded onto either, from below or from above, unless it is exactly that (100 for a
    benchmark's index, value ÷ the peers' median × 100: 100.0 says « at the median », which
    99.996 is not).

    >>> rounded(0.631578947, 6), rounded(0.94357, 4)
    (0.631579, 0.9436)
    >>> rounded(2 / 2 ** 60, 6), rounded(34_874 / 34_875, 4), rounded(1 / 34_875, 4)
    (1.73e-18, 0.9999713, 2.87e-05)
    >>> rounded(-0.999999999, 6), rounded(1.0, 4), rounded(0.0, 4), rounded(1.00871, 4)
    (-0.999999999, 1.0, 0.0, 1.0087)
    >>> rounded(0.99566, 4, unit=False), rounded(0.00818, 4, unit=False)
    (0.9957, 0.00818)
    >>> rounded(34_874 / 34_875 * 100, 2, scale=100), rounded(100 / 34_875, 2, scale=100)
    (99.99713, 0.00287)
    >>> rounded(99.5, 2, scale=100), rounded(0.99966, 2, scale=100), rounded(100.0, 2, scale=100)
    (99.5, 1.0, 100.0)
    >>> rounded(99.996, 2, centre=100), rounded(100.004, 2, centre=100), rounded(100.0, 2, centre=100)
    (99.996, 100.004, 100.0)
    >>> rounded(250.004, 2, centre=100), rounded(0.004, 2, unit=False, centre=100)
    (250.0, 0.004)

    ``rounding`` :data:`~barometre.render.formats.LOW` or ``HIGH``: the low or high bound
    of a sure range (« fourchette sûre », a change's sure range), rounded away from the
    range's inside, never into it, as the tables print it (:func:`.formats.number_at`):

    >>> from barometre.render.formats import HIGH, LOW
    >>> rounded(12 / 28, 4, rounding=LOW), rounded(18 / 28, 4, rounding=HIGH), rounded(0.39, 4, rounding=HIGH)
    (0.4285, 0.6429, 0.39)
    """
    a = abs(value)
    # distance to 0, or to ±scale from inside
    near = min(a, scale - a) if a < scale and unit else a
    if centre is not None:  # and to the centre, from either side
        near = min(near, abs(value - centre))
    if near == 0 or not math.isfinite(near):  # exactly an end (or NaN, inf): as it is
        return value
    digits = max(decimals, SIGNIFICANT - 1 - math.floor(math.log10(near)))
    if rounding is None:
        return round(value, digits)
    # a sure bound: never inside the range it bounds (12/28 = 0.428571… is 0.4285 as a
    # low, not 0.4286), as the tables round it
    from .formats import number_at

    return float(number_at(value, digits, rounding))


#: The columns of a record whose ends are 0 and 100, not 0 and ±1 (:func:`rounded`): a
#: percentile (benchmark), the share of peers at or below on 0–100
_SCALES = {"percentile": 100.0}
#: The columns of a record with a value inside their range that says something of its own
#: (:func:`rounded`'s ``centre``): a benchmark's index, 100 at the peers' median
_CENTRES = {"index": 100.0, "index_per_1000": 100.0}

#: The units of a long frame's ``value`` (:func:`barometre.figures`) that are whole numbers
_WHOLE_UNITS = frozenset({"count", "rank", "boolean"})


def _plain_rows(rows: Iterable[Sequence[Any]], cols: list[str],
                round_to: dict[str, int] | None) -> list[dict]:
    out = []
    for row in rows:
        rec = {c: _plain(v) for c, v in zip(cols, row)}
        value = rec.get("value")
        if (rec.get("unit") in _WHOLE_UNITS and isinstance(value, float)
                and value.is_integer()):
            rec["value"] = int(value)  # a count, a rank: 16636, not 16636.0 (figures)
        if round_to:
            sure = rec.get("ci_kind") == "sure"  # bounds sure, not a 95 % interval's
            # a range of one value (a census's change: exact) is that value, to the nearest
            point = {k for k, lo, hi in (("ci", "ci_low", "ci_high"),
                                         ("change", "change_low", "change_high"))
                     if rec.get(lo) is not None and rec.get(lo) == rec.get(hi)}
            for c, digits in round_to.items():
                if isinstance(rec.get(c), float):
                    rec[c] = rounded(rec[c], digits, unit="per_1000" not in c,
                                     rounding=None if c.split("_")[0] in point
                                     else _outward(c, sure), scale=_SCALES.get(c, 1.0),
                                     centre=_CENTRES.get(c))
        out.append(rec)
    return out


def _outward(column: str, sure: bool) -> str | None:
    """How a column of a record is rounded when its value bounds a sure range: a sure
    range's ``ci_low`` down and ``ci_high`` up (``ci_kind`` « sure »), a change's sure
    range (``changes``: ``change_low``, ``change_high``, only ever sure) the same; any
    other value to the nearest."""
    from .formats import HIGH, LOW

    if column == "change_low" or (sure and column == "ci_low"):
        return LOW
    if column == "change_high" or (sure and column == "ci_high"):
        return HIGH
    return None


def to_json(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run as a formula (OWASP CSV injection).

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading apostrophe; numbers are left alone (a negative number is data, not a
    formula). JSON output keeps the text as it is.

    >>> csv_safe("=1+2"), csv_safe("@SUM(A1)"), csv_safe(-3), csv_safe("Ain")
    ("'=1+2", "'@SUM(A1)", -3, 'Ain')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(records: list[dict], columns: Sequence[str] | None = None) -> str:
    """Records as CSV (``,``-separated, header first); text cells made formula-safe."""
    cols = list(columns) if columns is not None else (list(records[0]) if records else [])
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=[csv_safe(c) for c in cols], lineterminator="\n",
                       extrasaction="ignore")
    w.writeheader()
    for r in records:
        w.writerow({csv_safe(k): ("" if v is None else csv_safe(v)) for k, v in r.items()})
    return buf.getvalue()


# C0 and C1 control characters, and the escape sequences they start (ANSI CSI, OSC…).
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]"          # CSI: colours, cursor moves
                      r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks
                      r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"     # DCS, SOS, PM, APC strings
                      r"|\x1b.?"
                      r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """Text that cannot drive the terminal: escape sequences and control characters removed.

    Tabs and newlines stay.

    >>> terminal_safe("Ain\x1b]0;pwned\x07\x1b[31m!")
    'Ain!'
    """
    return _ESCAPES.sub("", text)


def _one_line(value: Any) -> str:
    """A cell for a text table: no control characters, no line breaks."""
    return terminal_safe(str(value)).replace("\t", " ").replace("\n", " ")


#: How the terminal receives a cell's text, when it is not as written: the command line
#: sets it for a terminal whose encoding lacks some characters (Latin-1: « œ » becomes
#: « oe »), so that each column is padded by the width of what is shown there
AS_SHOWN: contextvars.ContextVar[Callable[[str], str] | None] = contextvars.ContextVar(
    "barometre_as_shown", default=None)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def text_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
               align: str | None = None) -> str:
    """An aligned plain-text table. ``align`` is one letter per column: l or r."""
    align = align or "l" * len(headers)
    shown = AS_SHOWN.get() or str
    cells = [[shown(_one_line(h)) for h in headers]] + [[shown(_one_line(c)) for c in r]
                                                         for r in rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(headers))]

    def line(r: list[str]) -> str:
        parts = []
        for i, c in enumerate(r):
            pad = " " * (widths[i] - _width(c))
            parts.append(pad + c if align[i] == "r" else c + pad)
        return "  ".join(parts).rstrip()

    out = [line(cells[0]), "  ".join("─" * w for w in widths)]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)
