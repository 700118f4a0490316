r"""Human labels and number formats, in French (default) or English.

Standard library only. French numbers use a narrow no-break space (U+202F) as
thousands separator and before "%", as the Imprimerie nationale recommends. A share
reads "0 %" or "100 %" only when it is exactly none or all (:func:`fmt_share`).

Examples
--------
>>> fmt_share(0.96)
'96\u202f%'
>>> fmt_share(34764 / 34875)
'99,7\u202f%'
>>> fmt_int(12345)
'12\u202f345'
>>> fmt_int(12345, lang="en")
'12,345'
>>> fmt_rank(5, 87)
'5e sur 87'
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from ..domain.errors import UsageError
from ..domain.registry import PLATFORMS, TYPES, mayotte_codes
from ..domain.schemas import ANNUAIRE_BASE_FAMILY, FILE_BASE_FAMILIES
from ..domain.schemas import SURVEY_BASE_FAMILY  # noqa: F401 - re-exported
from ..domain.text import published_digits  # noqa: F401 - re-exported
from ..domain.text import FRENCH_THOUSANDS as _FRENCH_THOUSANDS

NNBSP = "\u202f"  # narrow no-break space: French thousands separator and before "%"

__all__ = ["fmt_share", "fmt_share_tick", "published_digits", "percent_at", "number_at", "shown_digits", "growth_digits",
           "growth_number", "growth_apart_digits", "points_digits", "points_number", "per1000_digits", "per1000_number", "fmt_int", "fmt_index", "index_digits", "fmt_float", "fmt_ci", "ci_digits", "ci_bound_digits", "LOW", "HIGH", "fmt_rank", "fmt_rank_range", "fmt_ordinal", "type_label", "takes_plural", "type_count", "text_counted", "figure_type_label", "type_with_map", "annuaire_code",
           "platform_label", "is_missing", "NNBSP", "MONTHS_FR", "MONTHS_EN", "fmt_date", "source_date",
           "SURVEY_BASE_FAMILY", "base_text", "base_family_text", "band_label"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def is_missing(x: object) -> bool:
    if x is None:
        return True
    try:
        return bool(math.isnan(x))  # type: ignore[arg-type]
    except TypeError:
        return str(x) in ("", "<NA>", "NaT", "nan")


def fmt_int(x: object, lang: str = "fr") -> str:
    """Format a whole number with the thousands separator of ``lang``; a fraction is rounded
    as a spreadsheet shows it in a "0" cell (:func:`number_at`: an index of 112.5 reads
    "113" in the benchmark sentence as in its cell; :func:`round` said 112). A negative
    number takes the minus sign "−" (U+2212), as :func:`fmt_float` and every signed figure.

    >>> fmt_int(-1234), fmt_int(-1234, "en"), fmt_int(-0.4)
    ('−1\u202f234', '−1,234', '0')
    """
    if is_missing(x):
        return "–"
    v = float(x)
    try:
        s = f"{int(number_at(v)):,}" if v != int(v) else f"{int(v):,}"
    except (InvalidOperation, OverflowError, ValueError):  # inf, nan-like: as before
        s = f"{int(round(v)):,}"
    s = s.replace("-", "−") if s != "-0" else "0"
    return s if lang == "en" else s.replace(",", NNBSP)


def fmt_index(x: object, lang: str = "fr") -> str:
    """A benchmark's index (value ÷ the peers' median × 100) as a whole number, as
    :func:`fmt_int` shows it, except one that is not 100 but would read « 100 »: 100 says
    « at the median », so it gets the decimals that set it apart, as a percentile is never
    rounded onto its ends (:func:`~barometre.render.tables.rounded`).

    >>> fmt_index(112.5), fmt_index(100), fmt_index(99.6), fmt_index(99.996), fmt_index(100.04, "en")
    ('113', '100', '99,6', '99,996', '100.04')
    """
    if is_missing(x):
        return "–"
    v = float(x)
    digits = index_digits(v)
    return fmt_float(v, digits, lang) if digits else fmt_int(v, lang)


def index_digits(x: float) -> int:
    """The decimals at which :func:`fmt_index` shows the index ``x``: 0, or for an index
    that is not 100 but would read « 100 » as a whole number, those that set it apart (the
    near-ends rule, :func:`_off_the_ends`, with 100 the only end an index can round onto);
    what the report's index cells show too (:func:`~barometre.render.excel.cells.index_format`).

    >>> index_digits(112.5), index_digits(100), index_digits(99.6), index_digits(99.996)
    (0, 0, 1, 3)
    """
    v = float(x)
    if v == 100 or number_at(v) != 100:
        return 0
    digits, _ = _off_the_ends(v, 1, 14, number_at)  # (never 0 near 100: only 100 to leave)
    return digits


def fmt_float(x: object, digits: int = 1, lang: str = "fr") -> str:
    r"""Format a decimal number ("8,1" in French, "8.1" in English), rounded as a
    spreadsheet shows a cell (:func:`number_at`: a half away from zero), so that a
    report's text and its cells agree (8.25 followers per 1,000 inhabitants reads "8,3"
    in a sentence and in its "0.0" cell; Python's format would say "8,2"). A negative
    number takes the minus sign "−" (U+2212) in both languages, as every signed figure
    (growths, points) and the report's cells (:func:`~barometre.render.excel.cells.per1000_format`)
    do: a small loss reads "−0,0", never "-0,0"; a negative zero reads "0,0".

    >>> fmt_float(8.25), fmt_float(8.35, lang="en"), fmt_float(-8.25), fmt_float(12345.67)
    ('8,3', '8.4', '−8,3', '12\u202f345,7')
    >>> fmt_float(-0.02), fmt_float(-0.02, lang="en"), fmt_float(-0.0)
    ('−0,0', '−0.0', '0,0')
    """
    if is_missing(x):
        return "–"
    v = float(x)
    try:
        s = f"{number_at(abs(v), digits):,f}"
    except InvalidOperation:  # beyond the decimal context (inf, 1e30): no half to round
        s = f"{abs(v):,.{digits}f}"
    s = ("−" if v < 0 else "") + s
    if lang == "en":
        return s
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", NNBSP)


#: how a bound of a sure range is rounded : its low one down, its high
#: one up, so that the printed range contains the exact one
LOW, HIGH = ROUND_FLOOR, ROUND_CEILING


def number_at(x: float, digits: int = 0, rounding: str = ROUND_HALF_UP) -> Decimal:
    """The number ``x`` at ``digits`` decimals, rounded as a spreadsheet shows a cell with
    that many decimals: the double read to 15 significant digits, then half away from zero
    (8.25 -> 8.3, 8.35 -> 8.4, where :func:`round` says 8.2 and 8.3). ``rounding``
    :data:`LOW` or :data:`HIGH`: down or up, for a bound of a sure range, which must
    contain the exact range once printed.

    >>> number_at(8.25, 1), number_at(8.35, 1), number_at(-0.125, 2), number_at(2.5)
    (Decimal('8.3'), Decimal('8.4'), Decimal('-0.13'), Decimal('3'))
    >>> number_at(8.29, 1, LOW), number_at(-8.21, 1, LOW), number_at(8.21, 1, HIGH)
    (Decimal('8.2'), Decimal('-8.3'), Decimal('8.3'))
    """
    return Decimal(f"{x:.15g}").quantize(Decimal(1).scaleb(-digits), rounding)


def percent_at(p: float, digits: int = 0, rounding: str = ROUND_HALF_UP) -> Decimal:
    """The fraction ``p`` in percent at ``digits`` decimals, rounded as a spreadsheet shows
    a cell: the double read to 15 significant digits, then half away from zero, so that a
    report's sentences and its cells agree (1/8 reads "13 %" in both; :func:`round` would
    say 12, 0.285 28). ``rounding`` :data:`LOW` or :data:`HIGH`: down or up, for a bound
    of a sure range (39/101 = 38,6 % reads "38" as its low bound, never "39").

    >>> percent_at(0.125), percent_at(0.285), percent_at(0.9995, 1), percent_at(0.0004, 1)
    (Decimal('13'), Decimal('29'), Decimal('100.0'), Decimal('0.0'))
    >>> percent_at(39 / 101, 0, LOW), percent_at(0.29, 0, LOW), percent_at(43 / 101, 0, HIGH)
    (Decimal('38'), Decimal('29'), Decimal('43'))
    """
    return (Decimal(f"{p:.15g}") * 100).quantize(Decimal(1).scaleb(-digits), rounding)


def _plain_percent(d: Decimal, lang: str) -> str:
    """A number of percent as :func:`percent_at` rounded it ("99,7"; never "-0")."""
    s = f"{d.copy_abs() if d == 0 else d:,f}"
    return s if lang == "en" else s.replace(",", NNBSP).replace(".", ",")


def shown_digits(p: float, digits: int = 0, extra: int = 1,
                 rounding: str = ROUND_HALF_UP) -> tuple[int, bool]:
    """The decimals at which the fraction ``p`` is shown in percent, and whether it is shown
    as a bound: the rule of :func:`fmt_share`, which the report's cells follow too
    (:func:`~barometre.render.excel.cells.share_format`).

    Only an exact 0 or 1 reads "0" or "100": a fraction strictly between them that rounds
    there at ``digits`` decimals gets up to ``extra`` more decimals ("99,7"), and when even
    those round to the end, a bound ("> 99,9", "< 0,1"), as official statistics do (UK GSS
    guidance on rounding): 34 764 communes of 34 875 are not "all communes".

    ``rounding``: as :func:`percent_at` rounds (up or down, a bound of a sure range).

    >>> shown_digits(0.96), shown_digits(0.997), shown_digits(0.9996), shown_digits(1.0)
    ((0, False), (1, False), (1, True), (0, False))
    >>> shown_digits(0.991, rounding=HIGH), shown_digits(0.004, rounding=LOW)
    ((1, False), (1, False))
    """
    if 0 < p < 1:
        return _off_the_ends(p, digits, extra, lambda x, d: percent_at(x, d, rounding))
    return digits, False


def _off_the_ends(x: float, digits: int, extra: int, at) -> tuple[int, bool]:
    """The near-ends rule: the decimals (up to ``extra`` more) at which ``x``, strictly
    between the ends, no longer reads 0 or 100 when rounded by ``at(x, digits)``; and
    whether even those do (then a bound is shown)."""
    last = digits + extra
    while at(x, digits) in (0, 100):
        if digits == last:
            return digits, True
        digits += 1
    return digits, False


def growth_digits(g: float, digits: int = 0, extra: int = 1) -> tuple[int, bool]:
    """The decimals at which the growth rate ``g`` (new ÷ old − 1) is shown in percent, and
    whether it is shown as a bound: the rule of :func:`shown_digits` for shares, whose
    ends are here "0 %" (no change) and "−100 %" (every follower lost).

    Only an exact 0 reads "0 %" and only an exact −1 "−100 %": a growth that rounds to
    one of them at ``digits`` decimals gets up to ``extra`` more ("+0,4 %", "−99,6 %"),
    and when even those round to it, a bound ("< +0,1 %", "> −0,1 %", "< −99,9 %").
    A growth of 100 % or more has no end near it ("+100 %" is not "all").

    >>> growth_digits(0.125), growth_digits(0.004), growth_digits(-0.0004), growth_digits(0.0)
    ((0, False), (1, False), (1, True), (0, False))
    >>> growth_digits(-0.9996), growth_digits(0.9996), growth_digits(-1.0)
    ((1, True), (0, False), (0, False))
    """
    if -1 < g < 0:
        return shown_digits(-g, digits, extra)
    if g > 0:  # one end only: 0
        return shown_digits(min(g, 0.5), digits, extra) if percent_at(g, digits) == 0 \
            else (digits, False)
    return digits, False


def growth_number(g: float, lang: str = "fr", digits: int = 0) -> str:
    """The growth rate ``g`` in percent as a person reads it, signed, with its "%" (the rule
    of :func:`growth_digits`, from ``digits`` decimals): "+13 %", "−20 %", "+0,4 %",
    "< +0,1 %", "> −0,1 %", "0 %".

    >>> growth_number(0.125, "en"), growth_number(-0.003, "en"), growth_number(0.0004, "en")
    ('+13%', '−0.3%', '<+0.1%')
    >>> growth_number(0.0993, "en", 2), growth_number(0.0, "en", 2)
    ('+9.93%', '0%')
    """
    pct = "%" if lang == "en" else f"{NNBSP}%"
    # an exact end (no change, every follower lost) reads whole, as an interval's 0 or 100
    digits, bound = growth_digits(g, 0 if g in (0.0, -1.0) else digits)
    if bound:
        space = "" if lang == "en" else NNBSP
        unit = _plain_percent(Decimal(1).scaleb(-digits), lang)
        end = (f"<{space}+{unit}" if g > 0 else f">{space}−{unit}") if g > -0.5 else \
            f"<{space}−{_plain_percent(100 - Decimal(1).scaleb(-digits), lang)}"
        return end + pct
    d = percent_at(g, digits)
    return ("+" if d > 0 else "−" if d < 0 else "") + _plain_percent(d.copy_abs(), lang) + pct


def growth_apart_digits(a: float, b: float) -> int:
    """The decimals, shared by two different growths, at which they read apart: the rule of
    an interval's bounds (:func:`ci_digits`), for growths set side by side (the fastest
    and the slowest of ``changes``): 10 % and 9.93 % would both read "+10 %", and read
    "+10,0 %" and "+9,9 %". Whole percents when they differ there; up to
    :data:`CI_MAX_DIGITS` decimals; equal growths take none.

    >>> growth_apart_digits(0.1, 0.0993), growth_apart_digits(0.1, 0.0996), growth_apart_digits(0.3, 0.1)
    (1, 2, 0)
    >>> growth_apart_digits(0.1, 0.1)
    0
    """
    a, b = float(a), float(b)
    if a == b:
        return 0
    digits = 0
    while digits < CI_MAX_DIGITS and growth_number(a, digits=digits) == growth_number(b, digits=digits):
        digits += 1
    return digits


def points_digits(points: float, digits: int = 1, extra: int = 1,
                  rounding: str = ROUND_HALF_UP) -> tuple[int, bool]:
    """The decimals at which a change of share in percentage ``points`` (−100 to +100) is
    shown, and whether it is shown as a bound: the rule of :func:`shown_digits` for shares,
    whose ends are here 0 (no net change) and ±100 (from none to all, or all to none).

    Only an exact 0 reads "0,0": a change that rounds to 0 (or to ±100) at ``digits``
    decimals gets up to ``extra`` more ("+0,03 pts": 1 entity of 3 500 joining), and when
    even those round to it, a bound ("< +0,01 pts": 1 commune of 34 875; "> −0,01 pts").
    The points are rounded as a spreadsheet shows the report's cell that holds them
    (:func:`number_at`).

    >>> points_digits(4.0), points_digits(100 / 3500), points_digits(100 / 34875), points_digits(0.0)
    ((1, False), (2, False), (2, True), (1, False))
    >>> points_digits(99.96), points_digits(-99.996), points_digits(100.0)
    ((2, False), (2, True), (1, False))

    ``rounding`` :data:`LOW` or :data:`HIGH`: a bound of a sure range of a change, rounded
    down or up (:func:`points_number`).

    >>> points_digits(0.04, rounding=LOW), points_digits(-0.04, rounding=LOW)
    ((2, False), (1, False))
    """
    a = abs(points)
    if 0 < a < 100:
        return _off_the_ends(a, digits, extra, lambda _, d: abs(number_at(points, d, rounding)))
    return digits, False


def points_number(points: float, lang: str = "fr", rounding: str = ROUND_HALF_UP) -> str:
    """A change of share in percentage points as a person reads it, signed, with "pts"
    (the rule of :func:`points_digits`): "+4,0 pts", "−0,03 pts", "< +0,01 pts", and
    "0,0 pts" only for no net change at all. ``rounding`` :data:`LOW` or :data:`HIGH`: the
    low bound of a sure range of a change rounded down, the high one up.

    >>> points_number(4.0, "en"), points_number(-100 / 3500, "en"), points_number(100 / 34875, "en")
    ('+4.0 pts', '−0.03 pts', '<+0.01 pts')
    >>> points_number(15.87, "en", LOW), points_number(19.81, "en", HIGH), points_number(-2.01, "en", LOW)
    ('+15.8 pts', '+19.9 pts', '−2.1 pts')
    """
    digits, bound = points_digits(points, rounding=rounding)
    if bound:
        space = "" if lang == "en" else NNBSP  # "< +0,01" never breaks apart in French
        unit = Decimal(1).scaleb(-digits)
        small = abs(points) < 50
        end = unit if small else 100 - unit
        sign = ("<" if small else ">") + space + "+" if points > 0 else \
            (">" if small else "<") + space + "−"
        return f"{sign}{fmt_float(end, digits, lang)} pts"
    sign = "+" if points > 0 else "−" if points < 0 else ""  # no sign for no change, as "0 %"
    return f"{sign}{fmt_float(abs(number_at(points, digits, rounding)), digits, lang)} pts"


def per1000_digits(value: float, digits: int = 1, extra: int = 1) -> tuple[int, bool]:
    """The decimals at which a number per 1,000 inhabitants is shown, and whether it is
    shown as a bound: the rule of :func:`shown_digits` at its one end, 0.

    Only an exact 0 reads "0,0": a commune of 57,000 inhabitants with one follower
    (0.0175 per 1,000) reads "0,02", not "0,0", which says nobody follows it; and when
    even ``extra`` more decimals round to 0, a bound ("< 0,01"; "> −0,01" for a loss).
    Rounded as a spreadsheet shows the report's cell (:func:`number_at`).

    >>> per1000_digits(8.1), per1000_digits(0.0175), per1000_digits(0.004), per1000_digits(0.0)
    ((1, False), (2, False), (2, True), (1, False))
    >>> per1000_digits(-0.0175), per1000_digits(0.05), per1000_digits(-0.6)
    ((2, False), (1, False), (1, False))
    """
    a = abs(value)
    if a == 0 or not math.isfinite(a) or number_at(a, digits) != 0:
        return digits, False
    return _off_the_ends(a, digits, extra, number_at)


def per1000_number(value: float, lang: str = "fr") -> str:
    """A number per 1,000 inhabitants as a person reads it (the rule of
    :func:`per1000_digits`): "8,1", "0,02", "< 0,01", "−0,6" (a loss, with the minus sign
    of :func:`fmt_float`), and "0,0" only for an exact 0.

    >>> per1000_number(8.14), per1000_number(0.0175), per1000_number(0.004, "en"), per1000_number(-0.004)
    ('8,1', '0,02', '<0.01', '>\u202f−0,01')
    """
    digits, bound = per1000_digits(value)
    if bound:
        space = "" if lang == "en" else NNBSP  # "< 0,01" never breaks apart in French
        unit = fmt_float(Decimal(1).scaleb(-digits), digits, lang)
        return f"<{space}{unit}" if value > 0 else f">{space}−{unit}"
    return fmt_float(value, digits, lang)


def _percent_number(p: float, digits: int, lang: str, extra: int = 1,
                    rounding: str = ROUND_HALF_UP) -> str:
    """The number of percent that a person reads for the fraction ``p``, without the "%"
    (:func:`shown_digits`: "99,7", "> 99,9")."""
    digits, bound = shown_digits(p, digits, extra, rounding)
    if bound:
        unit = Decimal(1).scaleb(-digits)
        sign, end = ("<", unit) if p < 0.5 else (">", 100 - unit)
        space = "" if lang == "en" else NNBSP  # "> 99,9" never breaks apart in French
        return f"{sign}{space}{_plain_percent(end, lang)}"
    return _plain_percent(percent_at(p, digits, rounding), lang)


def fmt_share(x: object, lang: str = "fr", digits: int = 0) -> str:
    r"""Format a fraction as a percentage: 0.96 -> "96 %" (fr) or "96%" (en).

    Only an exact 0 or 1 is shown "0 %" or "100 %". Any other fraction that would round
    there at ``digits`` decimals gets one more decimal, and when even that rounds to the
    end, a bound: a share that is not all or none never reads as if it were.

    Examples
    --------
    >>> fmt_share(0.96), fmt_share(0.96, lang="en")
    ('96\u202f%', '96%')
    >>> fmt_share(1), fmt_share(0.997), fmt_share(0.9996), fmt_share(0.0004)
    ('100\u202f%', '99,7\u202f%', '>\u202f99,9\u202f%', '<\u202f0,1\u202f%')
    >>> fmt_share(0.995, lang="en"), fmt_share(0.9996, lang="en"), fmt_share(0.004, lang="en")
    ('99.5%', '>99.9%', '0.4%')
    >>> fmt_share(0.137, digits=1), fmt_share(0.9996, digits=1), fmt_share(float("nan"))
    ('13,7\u202f%', '99,96\u202f%', '–')
    """
    if is_missing(x):
        return "–"
    num = _percent_number(float(x), digits, lang)
    return f"{num}%" if lang == "en" else f"{num}{NNBSP}%"


def fmt_share_tick(x: object, lang: str = "fr") -> str:
    """A graduation of a percent axis: "75 %". A tick is a position on the scale, not a
    measured share, so it is rounded plainly (never "> 99,9 %" for a tick computed as
    0.9999999999999999)."""
    if is_missing(x):
        return "–"
    num = _plain_percent(percent_at(float(x)), lang)
    return f"{num}%" if lang == "en" else f"{num}{NNBSP}%"


#: the most decimals an interval's bounds take to read apart (one unit of the last is 0.0001 %)
CI_MAX_DIGITS = 4


def ci_digits(lo: float, hi: float) -> int:
    """The decimals, shared by both bounds of an interval, at which they read apart.

    Whole percents when they differ there ("81–99"); otherwise as many decimals as they
    need, up to :data:`CI_MAX_DIGITS`: 98.79 % and 99.18 % would both read "99", and read
    "98,8–99,2". Each bound follows the near-ends rule at those decimals
    (:func:`ci_bound_digits`), which may already set them apart ("99,9–99,96"). Equal
    bounds (a census's "interval") take none.

    >>> ci_digits(0.81, 0.99), ci_digits(0.9879, 0.9918), ci_digits(0.98791, 0.98794)
    (0, 1, 3)
    >>> ci_digits(0.5, 0.5), ci_digits(0.9991, 0.9996), ci_digits(0.99989, 1.0)
    (0, 0, 0)

    A sure range takes the same decimals, its bounds then rounded outward (:func:`fmt_ci`):
    50/101 and 51/101 read "49,5–50,5", not "49–51".
    """
    lo, hi = float(lo), float(hi)
    if lo == hi:
        return 0
    digits = 0
    while digits < CI_MAX_DIGITS and _bound_text(lo, digits) == _bound_text(hi, digits):
        digits += 1
    return digits


def ci_bound_digits(value: float, digits: int,
                    rounding: str = ROUND_HALF_UP) -> tuple[int, bool]:
    """The decimals of one bound of an interval whose bounds take ``digits``
    (:func:`ci_digits`), and whether it is shown as a bound: an exact 0 or 1 reads "0" or
    "100"; another bound follows the near-ends rule, up to three decimals in all (or
    ``digits`` if more), then "> 99,999" (:func:`fmt_ci`, and the report's cells).
    ``rounding``: as :func:`percent_at` rounds the bound (:data:`LOW`, :data:`HIGH`: the
    low or high bound of a sure range, rounded outward).

    >>> ci_bound_digits(1.0, 2), ci_bound_digits(0.9918, 1), ci_bound_digits(0.99989, 0)
    ((0, False), (1, False), (2, False))
    >>> ci_bound_digits(0.991, 0, HIGH), ci_bound_digits(0.991, 0)
    ((1, False), (0, False))
    """
    value = float(value)
    if value in (0.0, 1.0):
        return 0, False
    return shown_digits(value, digits, max(3 - digits, 0), rounding)


def _bound_text(value: float, digits: int, lang: str = "fr",
                rounding: str = ROUND_HALF_UP) -> str:
    """One bound of an interval as it reads, without the "%" (:func:`ci_bound_digits`)."""
    shown, bound = ci_bound_digits(value, digits, rounding)
    if bound:
        return _percent_number(value, shown, lang, extra=0, rounding=rounding)
    return _plain_percent(percent_at(value, shown, rounding), lang)


def fmt_ci(lo: object, hi: object, lang: str = "fr", sure: bool = False) -> str:
    r"""Format a 95 % confidence interval: "IC 95 % : 81–99 %"; ``sure``, an interval
    that is the whole possible range k/N–(k + u)/N (``ci_kind`` "sure"), a certainty:
    "fourchette sûre : 84–93 %" for 11/13 = 84,6 % to 12/13 = 92,3 %.

    A confidence interval's bounds are rounded to the nearest, as intervals are usually
    printed: they are estimates. A sure range's are rounded outward, its low bound down
    and its high bound up, so that the range printed contains the exact one: it says
    « certainement », and 84,6 % is not in « 85–92 % » (:func:`percent_at`).

    Bounds that would read the same number take the decimals that set them apart
    (:func:`ci_digits`: "98,8–99,2", not "99–99"). A bound reads "0" or "100" only when
    it is exactly 0 or 1. Another bound that rounds there takes the decimals it needs,
    up to three ("99,96"), a bound in a range reading better as a number than as
    "> 99,9"; past three, it is written "> 99,999".

    Examples
    --------
    >>> fmt_ci(0.81, 0.99, lang="en"), fmt_ci(0.981, 1.0, lang="en")
    ('95% CI: 81–99%', '95% CI: 98–100%')
    >>> fmt_ci(0.972, 0.9991, lang="en"), fmt_ci(0.99989, 1.0, lang="en")
    ('95% CI: 97–99.9%', '95% CI: 99.99–100%')
    >>> fmt_ci(0.0, 0.0038), fmt_ci(0.000088, 0.0028)
    ('IC 95\u202f% : 0–0,4\u202f%', 'IC 95\u202f% : 0,01–0,3\u202f%')
    >>> fmt_ci(0.9879, 0.9918), fmt_ci(0.9991, 0.9996, lang="en")
    ('IC 95\u202f% : 98,8–99,2\u202f%', '95% CI: 99.9–99.96%')
    >>> fmt_ci(11 / 13, 12 / 13, sure=True), fmt_ci(11 / 13, 12 / 13, "en", sure=True)
    ('fourchette sûre : 84–93\u202f%', 'sure range: 84–93%')
    >>> fmt_ci(0.004, 0.9951, "en", sure=True), fmt_ci(0.5, 1.0, "en", sure=True)
    ('sure range: 0.4–99.6%', 'sure range: 50–100%')
    >>> fmt_ci(50 / 101, 51 / 101, sure=True), fmt_ci(39 / 101, 43 / 101, sure=True)
    ('fourchette sûre : 49,5–50,5\u202f%', 'fourchette sûre : 38–43\u202f%')
    """
    if is_missing(lo) or is_missing(hi):
        return ""
    digits = ci_digits(float(lo), float(hi))
    low, high = (LOW, HIGH) if sure else (ROUND_HALF_UP, ROUND_HALF_UP)
    a, b = (_bound_text(float(v), digits, lang, r) for v, r in ((lo, low), (hi, high)))
    if sure:
        from ..messages import text

        return text("pub-sure-range", lang, low=a, high=b)
    if lang == "en":
        return f"95% CI: {a}–{b}%"
    return f"IC 95{NNBSP}% : {a}–{b}{NNBSP}%"


def fmt_rank(rank: object, n: object, lang: str = "fr", type_id: str | None = None,
             tied: object = False, tied_with: object = None) -> str:
    """Format a rank: "1er sur 101", "5e sur 87" (fr) or "5th of 87" (en); the first of a
    feminine type (``type_id``: a région, a commune…) is "1re". A rank shared with another
    peer (``tied``: ties share the best rank) says so: "27e ex aequo sur 40", "tied 27th
    of 40", not read as the 27th alone; ``tied_with``, the names of those it is shared
    with (";"-joined, as benchmark's ``tied_names``), names one, counts more.

    >>> fmt_rank(1, 101, type_id="departement"), fmt_rank(1, 13, type_id="region")
    ('1er sur 101', '1re sur 13')
    >>> fmt_rank(27, 40, tied=True), fmt_rank(27, 40, "en", tied=True)
    ('27e ex aequo sur 40', 'tied 27th of 40')
    >>> fmt_rank(21, 22, tied=True, tied_with="Dijon Métropole")
    '21e ex aequo avec Dijon Métropole sur 22'
    >>> fmt_rank(21, 22, "en", tied=True, tied_with="Brest Métropole;Dijon Métropole")
    'tied 21st of 22 with 2 others'
    """
    if is_missing(rank):
        return "–"
    r = int(rank)
    tied = not is_missing(tied) and bool(tied)
    names = ([x for x in str(tied_with).split(";") if x]
             if tied and isinstance(tied_with, str) else [])
    if lang == "en":
        said = ("" if not names else f" with {names[0]}" if len(names) == 1
                else f" with {fmt_int(len(names), lang)} others")
        return (f"{'tied ' if tied else ''}{fmt_ordinal(r, lang)} of {fmt_int(int(n), lang)}"
                + said)
    said = ("" if not names else f" avec {names[0]}" if len(names) == 1
            else f" avec {fmt_int(len(names), lang)} autres")
    feminine = type_id in TYPES and TYPES[type_id].feminine
    return (f"{fmt_ordinal(r, lang, feminine)}{' ex aequo' if tied else ''}{said} "
            f"sur {fmt_int(int(n), lang)}")


def fmt_rank_range(best: object, worst: object, n: object, lang: str = "fr",
                   type_id: str | None = None) -> str:
    """The ranks an entity can have (a count read from an abbreviated number leaves its rank
    open): "3e ou 4e sur 13", "3e à 5e sur 13", "1re ou 2e sur 13" (the first of a
    feminine type); "3rd or 4th of 13", "3rd to 5th of 13"; one rank as :func:`fmt_rank`.

    >>> fmt_rank_range(3, 4, 13), fmt_rank_range(1, 3, 13, type_id="region")
    ('3e ou 4e sur 13', '1re à 3e sur 13')
    >>> fmt_rank_range(3, 4, 13, "en"), fmt_rank_range(3, 3, 13, "en")
    ('3rd or 4th of 13', '3rd of 13')
    """
    from ..messages import text

    if is_missing(best) or is_missing(worst) or int(best) == int(worst):
        return fmt_rank(best, n, lang, type_id)
    feminine = type_id in TYPES and TYPES[type_id].feminine
    best, worst = int(best), int(worst)
    return text("rank-range-two" if worst == best + 1 else "rank-range", lang,
                best=fmt_ordinal(best, lang, feminine), worst=fmt_ordinal(worst, lang, feminine),
                n=fmt_int(int(n), lang))


def fmt_ordinal(rank: int, lang: str = "fr", feminine: bool = False) -> str:
    """An ordinal number: "1er", "1re" (``feminine``), "10e" (fr); "1st", "2nd", "11th" (en).

    >>> fmt_ordinal(1), fmt_ordinal(10), fmt_ordinal(1, feminine=True), fmt_ordinal(22, "en")
    ('1er', '10e', '1re', '22nd')
    >>> fmt_ordinal(31_888), fmt_ordinal(31_888, "en")
    ('31\u202f888e', '31,888th')
    """
    r = int(rank)
    if lang == "en":
        return (f"{fmt_int(r, lang)}"
                f"{'th' if 10 <= r % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(r % 10, 'th')}")
    return f"{fmt_int(r, lang)}{('re' if feminine else 'er') if r == 1 else 'e'}"


#: how a source dates itself without a month (column ``period`` of the published figures)
PERIOD_WORDS = {"late": ("fin {y}", "late {y}")}


def fmt_date(year: object, month: object = None, lang: str = "fr", period: object = None) -> str:
    """"octobre 2015", "2015" or "October 2015"; "fin 2015" ("late 2015") for a source
    that says only that (``period="late"``, no month).

    Examples
    --------
    >>> fmt_date(2015, 10), fmt_date(2015, None, "fr", "late"), fmt_date(2015, None, "en", "late")
    ('octobre 2015', 'fin 2015', 'late 2015')
    """
    if is_missing(year):
        return "année non précisée" if lang != "en" else "year not stated"
    y = str(int(float(year)))
    if is_missing(month):
        words = PERIOD_WORDS.get(None if is_missing(period) else str(period))
        return words[lang == "en"].format(y=y) if words else y
    names = MONTHS_EN if lang == "en" else MONTHS_FR
    return f"{names[int(float(month)) - 1]} {y}"


def source_date(source: object, years: Any = (), lang: str = "fr", month: object = None,
                period: object = None) -> str:
    """The date a published source is cited with, wherever its figures are cited (compare's
    "Source :" line, trend's source cells, chart captions and labels, the report's key
    figures): the source's own date, as ``barometre sources`` and the report's "Sources
    publiées" give it ("mars 2013"); where its figures are of another year, both ("mars 2013
    (chiffres de 2012)", "March 2013 (2012 figures)"). A source that states no year of its
    own (or a survey file) is dated by its figures: ``years``, with ``month`` and ``period``
    when there is one year ("fin 2015").

    Examples
    --------
    >>> source_date("edgar-quinet-2013-3", [2012]), source_date("ideose-2015", [2015], "en")
    ('mars 2013 (chiffres de 2012)', 'October 2015')
    >>> source_date("ideose-2015-3", [2015], "fr", None, "late")
    'fin 2015'
    """
    from ..datasets.published import source_texts
    from ..messages import text

    ys = sorted({int(float(y)) for y in years if not is_missing(y)})
    spans = (str(ys[0]) if len(ys) == 1 else f"{ys[0]}–{ys[-1]}") if ys else ""
    own = source_texts().get(str(source)) or {}
    if is_missing(own.get("year_published")):
        if len(ys) == 1:
            return fmt_date(ys[0], month, lang, period)
        return spans or fmt_date(None, lang=lang)
    year = int(float(str(own["year_published"])))
    when = fmt_date(year, own.get("month"), lang, own.get("period"))
    if not ys or ys == [year]:
        return when
    return text("source-date-figures", lang, date=when, years=spans)


def undated_source_date(figure_years: Any, month: object = None, period: object = None,
                        lang: str = "fr") -> str:
    """The date of a source that states no year of its own, in the lists of sources
    (``barometre sources``, the report's "Sources publiées"): the date of its figures when
    they are all of one year, with the source's month or period ("fin 2015"), as
    :func:`source_date` cites it beside its figures; "" when its figures span several
    years or it has none.

    >>> undated_source_date([2015, 2015], None, "late"), undated_source_date([2013, 2018])
    ('fin 2015', '')
    """
    ys = sorted({int(float(y)) for y in figure_years if not is_missing(y)})
    return fmt_date(ys[0], month, lang, period) if len(ys) == 1 else ""


def type_label(type_id: str, lang: str = "fr", plural: bool = False) -> str:
    t = TYPES.get(type_id)
    return t.label(lang, plural) if t else str(type_id)


def takes_plural(n: object, lang: str = "fr") -> bool:
    """Whether the noun after the count ``n`` takes the plural, by
    :func:`barometre.messages.is_plural`: from 2 in French ("0 habitant", "1 métropole",
    "2 métropoles"), every count but 1 in English ("0 inhabitants"); an unknown count
    (``None``, NaN) is said in the plural.

    >>> takes_plural(1), takes_plural(0), takes_plural(0, "en"), takes_plural(2)
    (False, False, True, True)
    """
    if is_missing(n):
        return True
    from ..messages import is_plural  # the one rule, also messages.plural_s's

    return is_plural(n, lang)


def type_count(n: int, type_id: str, lang: str = "fr") -> str:
    """A count of entities of a type, the noun agreeing with it: "12 métropoles",
    "1 métropole", "1 metropolis".

    >>> type_count(1, "metropole"), type_count(2, "metropole", "en")
    ('1 métropole', '2 metropolises')
    """
    return f"{fmt_int(n, lang)} {type_label(type_id, lang, plural=takes_plural(n, lang))}"


def text_counted(code: str, lang: str, n: object, type_id: str,
                 group: Any = None, kind: str | None = None, **params: Any) -> str:
    """The sentence ``code`` about ``n`` entities of ``type_id``, agreeing with ``n``.

    Sentences such as « les {n} {plural} de l'enquête » read « les 1 métropoles » for one:
    for a single entity the variant ``code + "-one"`` is said instead (« la seule métropole
    de l'enquête », "the only surveyed metropolis"), given ``label`` (the type's singular),
    ``the_only`` (« le seul », « la seule »), ``the`` (« le », « la ») and ``e`` ("" or "e":
    a French participle's feminine ending) as the type's French gender says; otherwise
    ``code`` with ``n`` (grouped) and ``plural``. ``group``: a function of the type's words
    (singular or plural) giving the group's ("métropoles de la région …"); ``params``: the
    sentence's other parameters. ``kind``: the one category of intercommunalités (``CA``…)
    of all the entities counted, named instead of the type (« les 230 communautés
    d'agglomération de l'enquête », not « intercommunalités »: all are feminine).

    >>> text_counted("subtitle-peers-type", "fr", 1, "metropole")
    "Pairs : la seule métropole de l'enquête"
    >>> text_counted("subtitle-peers-type", "en", 12, "departement")
    'Peers: the 12 surveyed départements'
    """
    from ..messages import text

    one = not is_missing(n) and int(n) == 1
    if kind:
        from ..analysis.survey import kind_words

        label = kind_words(kind, plural=not one).render(lang)
    else:
        label = type_label(type_id, lang, plural=not one)
    if group is not None:
        label = group(label)
    if not one:
        return text(code, lang, n=fmt_int(n, lang), plural=label, **params)
    t = TYPES.get(type_id)
    fem = "-f" if kind or (t is not None and t.feminine) else ""
    return text(code + "-one", lang, label=label, the_only=text("one-the-only" + fem, lang),
                the=text("one-the" + fem, lang), e="e" if fem and lang != "en" else "", **params)


#: the base family of a figure of type ``all`` that is about every collectivité: the only
#: one named "ensemble des collectivités" (data/published/adoption.csv, ``base_family``)
WHOLE_FAMILY = "ensemble des collectivités"


def figure_type_label(r: Mapping[str, Any], lang: str = "fr", plural: bool = False) -> str:
    """What a figure is of, named: its type's name (:func:`type_label`), except a figure of
    type ``all`` whose base is not every collectivité, named by its base family (its
    ``base`` when it has none), in ``lang``: Ideose's 64 % is of the "régions, départements
    et villes préfectures", not of "l'ensemble des collectivités".

    >>> figure_type_label({"collectivity_type": "all",
    ...                    "base_family": "régions, départements et villes préfectures"})
    'régions, départements et villes préfectures'
    >>> figure_type_label({"collectivity_type": "all", "base_family": "ensemble des collectivités",
    ...                    "base": "environ 38 000 territoires"}, "en")
    'all authorities'
    >>> figure_type_label({"collectivity_type": "region", "base": "27 régions"}, plural=True)
    'régions'
    """
    t = r.get("collectivity_type")
    if t != "all" or _is_survey(r):
        return type_label(t, lang, plural)
    family = r.get("base_family")
    if is_missing(family) or not str(family).strip():
        family = r.get("base")
    if (is_missing(family) or not str(family).strip() or str(family) == WHOLE_FAMILY
            or family in FILE_BASE_FAMILIES):
        return type_label(t, lang, plural)
    return base_text({"base": str(family), "collectivity_type": t}, lang)


def annuaire_code(code: str, attrs: Any) -> str:
    """The code of the sentence ``code`` said of figures read from Annuaire de
    l'administration exports, ``code + "-annuaire"``: their entities are listed in each
    export, none « a répondu » (« présentes dans les deux exports »); ``code`` for a
    survey's. ``attrs``: a frame's attrs (an export's hold ``attrs["annuaire"]``), or
    whether the figures are an export's. The one place the suffix is written.

    >>> annuaire_code("pub-survey-ci-note", {"annuaire": {"date": None}}), annuaire_code("x", False)
    ('pub-survey-ci-note-annuaire', 'x')
    """
    annuaire = attrs.get("annuaire") if isinstance(attrs, Mapping) else attrs
    return code + "-annuaire" if annuaire else code


def type_with_map(r: Mapping[str, Any], lang: str = "fr", plural: bool = True) -> str:
    """What a figure is of (:func:`figure_type_label`), named with the map it was of when
    its base family ended on a date the law fixes: « régions (carte d'avant 2016) » for
    Ideose's 96 % of 2015, never « régions » alone (today's 18), as compare's Base and the
    charts' captions say it. The one name of a figure's type in the lines that list types
    (« Non comparés », the report's key figures); a figure of type ``all`` (named by its
    base) or of a file kept as is.

    >>> type_with_map({"collectivity_type": "region", "base_family": "régions (carte d'avant 2016)"})
    "régions (carte d'avant 2016)"
    >>> type_with_map({"collectivity_type": "region", "base_family": "régions (carte d'avant 2016)"}, "en")
    'regions (map before 2016)'
    """
    whom = figure_type_label(r, lang, plural)
    t, family = r.get("collectivity_type"), r.get("base_family")
    if t == "all" or is_missing(family) or family in FILE_BASE_FAMILIES:
        return whom
    return _with_ended_family(whom, family, t, lang)


#: The types whose population is the DGCL's (the EPCI table, epcicom2026), not INSEE's
#: (communes, and the sums of their communes: départements, régions, councils)
_DGCL_TYPES = ("epci", "metropole")


def _mayotte_in(codes: Any, types: list) -> bool:
    """Whether an entity of ``codes`` is of Mayotte (département 976, its communes 976xx,
    région 06), whose population is of the 2017 census; True without ``codes`` (unknown)."""
    if codes is None:
        return True
    return bool(mayotte_codes(codes, types))


def population_source(types: Any, lang: str = "fr", codes: Any = None) -> str:
    """Where the population behind a per-1,000-inhabitants figure of ``types`` (type ids)
    comes from, with its year (``data/reference/README.md``): INSEE's population
    municipale of 2023 (in force on 1 January 2026) for communes and the sums of their
    communes; the DGCL's population of each EPCI (epcicom2026) for EPCI, and of each
    métropole for métropoles (the Métropole de Lyon, in that list, is no EPCI: a
    collectivité à statut particulier): the sum of its communes' populations of 2022 (in
    force on 1 January 2025), one vintage older. ``codes``: the entities in the figure;
    Mayotte's 2017 census is said only when one of them is of Mayotte (always without).

    >>> population_source(["departement"])[:50]
    'population municipale INSEE (populations légales 2'
    >>> population_source(["epci"], "en")[:39]
    "each EPCI's municipal population by the"
    >>> population_source(["metropole"])[:42]
    'population municipale de chaque métropole '
    """
    from ..messages import text

    types = [types] if isinstance(types, str) else list(dict.fromkeys(t for t in types if t))
    dgcl = [t for t in types if t in _DGCL_TYPES]
    insee = [t for t in types if t not in _DGCL_TYPES]
    insee_code = "population-insee" if _mayotte_in(codes, types) else "population-insee-plain"
    sources = {"population-insee": lambda: text(insee_code, lang),
               "population-dgcl": lambda: text("population-dgcl", lang, unit=_dgcl_unit(dgcl, lang))}
    if not dgcl or not insee:
        return sources["population-dgcl" if dgcl else "population-insee"]()
    sep = "; " if lang == "en" else " ; "
    return sep.join(text("population-for", lang, source=sources[key](), types=", ".join(
        type_label(t, lang, plural=True) for t in group))
        for key, group in (("population-insee", insee), ("population-dgcl", dgcl)))


def _dgcl_unit(dgcl: list[str], lang: str) -> str:
    """What the DGCL's population is "of each": "EPCI", "métropole" (the Métropole de Lyon
    is one but no EPCI), "EPCI ou métropole" for both types."""
    if "metropole" not in dgcl:
        return "EPCI"
    metropole = type_label("metropole", lang)
    if "epci" not in dgcl:
        return metropole
    return f"EPCI {'or' if lang == 'en' else 'ou'} {metropole}"


def population_note(types: Any, lang: str = "fr", codes: Any = None) -> str:
    """The footer line of per-1,000 figures: "Population (pour 1 000 habitants) : …"
    (:func:`population_source`; ``codes``: the entities in the figure, for the caveats
    that concern some only)."""
    from ..messages import text

    return text("population-note", lang, source=population_source(types, lang, codes))


def platform_label(platform_id: str, lang: str = "fr") -> str:
    p = PLATFORMS.get(platform_id)
    return p.label(lang) if p else str(platform_id)




def _is_survey(r: Mapping[str, Any]) -> bool:
    """A figure counted from a file of readings: a survey's, or an Annuaire export's."""
    return r.get("base_family") in FILE_BASE_FAMILIES and not is_missing(r.get("n_base"))


def _is_annuaire(r: Mapping[str, Any]) -> bool:
    """A figure counted from an Annuaire de l'administration export: its entities are the
    Annuaire's, never « de l'enquête »."""
    return r.get("base_family") == ANNUAIRE_BASE_FAMILY


#: a file's base family in English
_FAMILY_EN = {SURVEY_BASE_FAMILY: "surveyed entities",
              ANNUAIRE_BASE_FAMILY: "entities in the Annuaire"}


def base_family_text(r: Mapping[str, Any], lang: str = "fr") -> str:
    """A figure's base family: a published figure's in its source's words; a survey's in
    ``lang`` ("entités de l'enquête", "surveyed entities"), an Annuaire export's ("entités
    de l'Annuaire", "entities in the Annuaire")."""
    family = r.get("base_family")
    if lang == "en" and family in _FAMILY_EN:
        return _FAMILY_EN[family]
    return "" if is_missing(family) else str(family)


def base_text(r: Mapping[str, Any], lang: str = "fr", unknown: bool = False) -> str:
    """A figure's base in ``lang``: a published figure's as described in French, in English
    by :func:`~barometre.render.charts.captions.base_words` ("régions" -> "regions", an
    untranslated one quoted); a survey's ("94 entités de l'enquête", "94 surveyed entities"),
    an Annuaire export's ("3 entités de l'Annuaire", "3 entities in the Annuaire"),
    under ``panel`` the panel's ("14 communautés d'agglomération du panel", "12 des 14 …"),
    under ``within`` the départements' ("128 des 129 intercommunalités de 9 départements (…)";
    a figure of a size band its band's N, ``n_strate``: "136 des 18 256 communes de la
    strate").

    With ``unknown``, the survey entities left out of the base because their answer is
    blank follow (``n_unknown``), said as others than the base's: "94 entités de l'enquête ;
    7 autres sans réponse, hors base", "94 surveyed entities; 7 others not answered, out of
    the base"; the "au moins un réseau" figure's that answered "Non" on some platform and
    left another blank (``n_unknown_partial``, of ``n_unknown``) said apart: "31 … ; 304
    autres sans réponse, 9 sans réponse sur une partie des réseaux (« Non » sur les autres),
    hors base"; then, for a survey read with ``errors="skip"``, those whose reading was left
    out for an error (``n_skipped``): "; 2 autres écartées pour erreur, hors base : voir
    barometre validate".
    """
    base = "" if is_missing(r.get("base")) else str(r.get("base"))
    from .views import panel_label, panel_of, within_base_label

    of = "" if is_missing(r.get("n_reference_of")) else str(r["n_reference_of"])
    within = (within_base_label(str(r["n_reference_of"]), int(r["n_reference"]), lang)
              if _is_survey(r) and not is_missing(r.get("n_reference_of"))
              and not is_missing(r.get("n_reference")) and is_missing(r.get("strate"))
              and not panel_of(r.get("n_reference_of")) else None)
    if (_is_survey(r) and not is_missing(r.get("category"))
            and not is_missing(r.get("n_category"))):
        # split by category: "149 des 989 communautés de communes", "21 métropoles" (all
        # answered); within, panel: of theirs ("14 communautés d'agglomération du panel")
        from ..messages import text
        from .views import category_counted

        n, label = int(r["n_base"]), category_counted(r, lang)
        base = label if n == int(r["n_category"]) else text(
            "category-base-part", lang, k=fmt_int(n, lang), label=label)
    elif _is_survey(r) and not is_missing(r.get("strate")) and not is_missing(r.get("n_strate")):
        # split by size band: the band's N, the N of its interval (n_strate), as a category's:
        # "136 des 18 256 communes de la strate", of a panel "… de la strate dans le panel"
        # (the panel's 2 300 are all bands'), under within the band's in those départements
        # ("211 des 224 communes des Hautes-Alpes et de la Lozère de la strate", never the
        # file's "211 entités de l'enquête" beside an interval against those 224)
        from ..messages import text
        from .views import within_label

        n, total = int(r["n_base"]), int(r["n_strate"])
        t = str(r["collectivity_type"])
        deps = of.partition(":")[2].partition(":")[0]
        if ":" in of and not panel_of(of) and deps:
            label = text("strate-counted-within", lang, n=fmt_int(total, lang),
                         label=within_label(t, deps.split(","), lang,
                                            plural=takes_plural(total, lang)))
        else:
            label = text("strate-counted-panel" if panel_of(of) else "strate-counted", lang,
                         n=fmt_int(total, lang), plural=type_label(t, lang, plural=total != 1))
        base = label if n == total else text("category-base-part", lang,
                                             k=fmt_int(n, lang), label=label)
    elif _is_survey(r) and panel_of(r.get("n_reference_of")) and not is_missing(r.get("n_reference")):
        # the base said by panel: the file's entities, named ("12 des 14 … du panel")
        n, total = int(r["n_base"]), int(r["n_reference"])
        base = panel_label(str(r["n_reference_of"]), total, lang)
        if n != total:
            from ..messages import text

            base = text("panel-base-part", lang, k=fmt_int(n, lang), label=base)
    elif within:
        # the base said by within, as panel's: "128 des 129 intercommunalités de 9
        # départements (…)" (the record's own ``base`` stays "128 entités de l'enquête")
        from ..messages import text

        n = int(r["n_base"])
        base = within if n == int(r["n_reference"]) else text(
            "panel-base-part", lang, k=fmt_int(n, lang), label=within)
    elif lang == "en" and _is_survey(r):
        n = int(r["n_base"])
        base = (f"{fmt_int(n, lang)} {'entity' if n == 1 else 'entities'} in the Annuaire"
                if _is_annuaire(r) else
                f"{fmt_int(n, lang)} surveyed {'entity' if n == 1 else 'entities'}")
    if lang == "en" and base and not _is_survey(r) and not within:
        from .charts.captions import base_words  # ours translated, else quoted as French

        base = base_words(base, r.get("collectivity_type"), lang, r.get("base_en"))
    if base and not _is_survey(r):  # « régions » of 2015: « régions (carte d'avant 2016) »
        base = _with_ended_family(base, r.get("base_family"), r.get("collectivity_type"), lang)
    # the entities left out are others than the base's: « 12 … ; 1 autre sans réponse », never
    # « 12 … ; 1 non renseignée », read as 1 of the 12
    n = r.get("n_unknown")
    part = r.get("n_unknown_partial")  # "any": answered "no" somewhere, blank elsewhere
    part = 0 if is_missing(part) else int(part)
    if unknown and not is_missing(n) and n and part:
        from ..messages import text

        silent = int(n) - part  # of n_unknown: said apart, never « 313 sans réponse »
        base += (text("base-unknown-partial", lang, n=fmt_int(silent, lang),
                      others=_others(silent), k=fmt_int(part, lang)) if silent else
                 text("base-partial-only", lang, k=fmt_int(part, lang), others=_others(part)))
    elif unknown and not is_missing(n) and n:
        from ..messages import text

        base += text("base-unknown", lang, n=fmt_int(n, lang), others=_others(int(n)))
    k = r.get("n_skipped")  # a survey read with errors="skip": what its errors left out
    if unknown and not is_missing(k) and k:
        from ..messages import Words, text

        base += text("base-skipped", lang, n=fmt_int(k, lang), others=_others(int(k)),
                     left=Words("écartées" if k > 1 else "écartée", "left out"))
    return base


def _others(n: int) -> Any:
    """« autre(s) », "other(s)": the entities a base leaves out, said as not its own."""
    from ..messages import Words

    return Words("autres", "others") if n > 1 else Words("autre", "other")




def _with_ended_family(base: str, family: object, type_id: object = None,
                       lang: str = "fr") -> str:
    """A published base (in ``lang``) whose family ended on a date the law fixes, with the
    family's qualifier: « régions » (Ideose, 2015) is « régions (carte d'avant 2016) », not
    today's 18; « 26 régions » too ("26 regions (map before 2016)"); a base that says it
    already is kept.

    >>> _with_ended_family("26 régions", "régions (carte d'avant 2016)")
    "26 régions (carte d'avant 2016)"
    >>> _with_ended_family("regions", "régions (carte d'avant 2016)", "region", "en")
    'regions (map before 2016)'
    """
    if is_missing(family) or " (" not in str(family):
        return base
    from ..datasets.published import family_end

    if family_end(str(family)) is None:
        return base
    if lang == "en":
        from .charts.captions import base_words

        family = base_words(str(family), type_id, lang, None)
    head, qualifier = str(family).split(" (", 1)
    if f"({qualifier}" in base or not base.endswith(head):
        return base
    return f"{base} ({qualifier}"


def band_label(band: object, lang: str = "fr") -> str:
    """A population band (``reference.INSEE_BANDS``, French: "50 000–99 999") in ``lang``:
    "50,000–99,999", "≥ 100,000" in English."""
    if is_missing(band):
        return ""
    return _FRENCH_THOUSANDS.sub(",", str(band)) if lang == "en" else str(band)


def band_said(band: object, lang: str = "fr") -> str:
    """A population band with its inhabitants, as a sentence says it: « 20 000–49 999
    habitants », « 100 000 habitants ou plus », « moins de 500 habitants » ("100,000
    inhabitants or more"); never « de ≥ 100 000 habitants »."""
    from ..messages import text

    if is_missing(band):
        return ""
    said = band_label(band, lang)
    if said.startswith("≥ "):
        return text("band-inhabitants-above", lang, low=said[2:])
    if said.startswith("< "):
        return text("band-inhabitants-below", lang, high=said[2:])
    return text("band-inhabitants", lang, band=said)


def set_aside_text(aside: Mapping[Any, int] | None, lang: str = "fr",
                   same: Mapping[int, int] | None = None) -> str:
    """The older readings left out of a ranking, counted by year: "1 relevé de 2024,
    3 relevés de 2023" ("" for none); a year of ``same`` (``attrs["same_campaign"]``:
    year set aside -> year ranked) is said to be of the ranked year's campaign: "60 relevés
    de 2024 (de la même campagne que 2025, coupée au 31 décembre)". The readings of no year
    (key None) are not older ones: :func:`no_year_text` says them."""
    from ..messages import text

    parts = []
    for year, n in (aside or {}).items():
        if year is None:
            continue
        s = "" if n == 1 else "s"
        parts.append(text("set-aside-year", lang, n=fmt_int(n, lang), s=s, year=year)
                     + (text("set-aside-same-campaign", lang, year=same[year])
                        if same and year in same else ""))
    return ", ".join(parts)


def no_year_text(aside: Mapping[Any, int] | None, lang: str = "fr") -> str:
    """The readings a ranking leaves out for having no year (``attrs["set_aside"]``'s key
    None: a blank year cell in a file of several years), with their own words, never
    "older": "1 relevé sans année, non classé" ("" for none).

    >>> no_year_text({2024: 3, None: 1})
    '1 relevé sans année, non classé'
    """
    from ..messages import text

    n = (aside or {}).get(None)
    return text("set-aside-no-year", lang, n=fmt_int(n, lang), s="" if n == 1 else "s") if n else ""


def aside_tail(older: str, no_year: str, label: str, lang: str = "fr") -> str:
    """The tail of a line saying what a ranking set aside: the older readings after their
    label (a catalog key: " ; plus anciens, laissés de côté : …"), then those of no year
    in their own words (" ; 1 relevé sans année, non classé"); "" for none."""
    from ..messages import text

    return ((text(label, lang, items=older) if older else "")
            + (("; " if lang == "en" else " ; ") + no_year if no_year else ""))


def years_aside_text(left: Mapping[int, int] | None, lang: str = "fr",
                     same: Mapping[int, int] | None = None) -> str:
    """The years a survey's figures leave aside (``attrs["years_left_aside"]`` of
    :func:`barometre.compare_survey`: year -> entities), each with its entities: "2024
    (60 entités)"; a year of ``same`` (``attrs["years_same_campaign"]``: year -> the year
    shown) is said to be of that year's campaign: "2024 (60 entités, de la même campagne que
    2025, coupée au 31 décembre)". "" for none. ``compare``'s footer and the report's.

    >>> years_aside_text({2024: 60, 2023: 1}, same={2024: 2025})
    '2023 (1 entité), 2024 (60 entités, de la même campagne que 2025, coupée au 31 décembre)'
    """
    from ..messages import text

    word = ("entities", "entity") if lang == "en" else ("entités", "entité")
    same = same or {}
    return ", ".join(f"{y} ({fmt_int(n, lang)} {word[0] if n > 1 else word[1]}"
                     + (text("compare-same-campaign", lang, year=same[y]) if y in same else "")
                     + ")" for y, n in sorted((left or {}).items()))


def no_population_text(no_population: Mapping[str, int] | None, lang: str = "fr") -> str:
    """The entities a ranking per 1,000 inhabitants cannot place (``attrs["no_population"]``
    of :func:`barometre.rank`): "2 collectivités avec un nombre d'abonnés mais 0 habitant :
    pas de rang pour 1 000 habitants" ("" for none; population 0, then unknown)."""
    from ..messages import text

    en = lang == "en"

    def who(n: int) -> str:
        return ("entity" if n == 1 else "entities") if en else (
            "collectivité" if n == 1 else "collectivités")

    return ("; " if en else " ; ").join(
        text(f"rank-no-population-{kind}", lang, n=fmt_int(n, lang), who=who(n))
        for kind, n in (no_population or {}).items() if n)


def no_account_text(no_account: int | Mapping[str, int] | None, lang: str = "fr",
                    doubtful: Sequence | Mapping[str, Sequence] | None = None) -> str:
    """The follower counts left out of a ranking for being given beside no account
    ("Non;0", a blank presence with 0: ``attrs["no_account"]``): "2 nombres d'abonnés sans
    compte (présence Non, vide ou douteuse), non classés" ("" for none; douteuse: « Oui ? »,
    read as not answered). An int for one platform (:func:`barometre.rank`),
    ``{platform: n}`` for several, each platform named. ``doubtful``
    (``attrs["no_account_doubtful"]``: ``[[name, cell], ...]``, per platform for several)
    quotes the doubtful cells among them, the first three named (« et peut-être d'autres » when the
    list ends with ``["", None]``: more than the reader kept, how many not known).

    >>> no_account_text(2)
    "2 nombres d'abonnés sans compte (présence Non, vide ou douteuse), non classés"
    >>> no_account_text({"tiktok": 1}, "en")
    'TikTok: 1 follower count without an account (presence No, blank or doubtful), not ranked'
    >>> no_account_text(1, doubtful=[["Indre-et-Loire", "Oui ?"]])
    "1 nombre d'abonnés sans compte (présence Non, vide ou douteuse), non classé (dont Indre-et-Loire, présence douteuse « Oui ? »)"
    """
    from .._invisible import shown
    from ..messages import text

    def one(n: int, cells: Sequence | None = None) -> str:
        said = text("no-account", lang, n=fmt_int(n, lang), s="" if n == 1 else "s")
        if not cells:
            return said
        sep = "; " if lang == "en" else " ; "
        unknown = cells[-1][1] is None  # more than the reader kept: « et peut-être d'autres »
        known = cells[:-1] if unknown else cells
        items = sep.join(text("no-account-doubtful-item", lang, name=name, value=shown(cell))
                         for name, cell in known[:3])
        rest = len(known) - 3
        more = (text("no-account-doubtful-others", lang) if unknown
                else text("no-account-doubtful-more", lang, n=fmt_int(rest, lang),
                          s="" if rest == 1 else "s") if rest > 0 else "")
        return said + text("no-account-doubtful", lang, items=items, more=more)

    if not isinstance(no_account, Mapping):
        return (one(int(no_account), doubtful if not isinstance(doubtful, Mapping) else None)
                if no_account else "")
    by_platform = doubtful if isinstance(doubtful, Mapping) else {}
    sep, colon = ("; ", ": ") if lang == "en" else (" ; ", " : ")
    return sep.join(f"{platform_label(p, lang)}{colon}{one(n, by_platform.get(p))}"
                    for p, n in no_account.items() if n)


def platforms_set_aside_text(by_platform: Mapping[str, Mapping[Any, int]] | None,
                             lang: str = "fr",
                             same: Mapping[str, Mapping[int, int]] | None = None) -> str:
    """:func:`set_aside_text` platform by platform: "Facebook : 1 relevé de 2024"; ``same``
    (``attrs["same_campaign"]``) per platform."""
    sep, colon = ("; ", ": ") if lang == "en" else (" ; ", " : ")
    return sep.join(f"{platform_label(p, lang)}{colon}{t}" for p, a in (by_platform or {}).items()
                    if (t := set_aside_text(a, lang, (same or {}).get(p))))


def platforms_no_year_text(by_platform: Mapping[str, Mapping[Any, int]] | None,
                           lang: str = "fr") -> str:
    """:func:`no_year_text` platform by platform: "Facebook : 1 relevé sans année, non
    classé"."""
    sep, colon = ("; ", ": ") if lang == "en" else (" ; ", " : ")
    return sep.join(f"{platform_label(p, lang)}{colon}{t}" for p, a in (by_platform or {}).items()
                    if (t := no_year_text(a, lang)))


#: a chart's size as text, "8x4.5": the command line's --size and the charts' size=
_SIZE_TEXT = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*[x×,]\s*(\d+(?:[.,]\d+)?)\s*")


def chart_size(size: object, shown: str | None = None) -> tuple[float, float] | None:
    """A chart's ``size=`` as (width, height) in inches: a pair of numbers, or the command
    line's ``--size`` text ("8x4.5"), each between 1 and 40 inches; None stays None. One
    reading for both (standard library only: the command line reads --size without
    matplotlib). ``shown``: the value a size out of range is said by (the option's text),
    else the pair.

    Raises
    ------
    UsageError
        ``chart-bad-size``: not a pair of numbers nor such a text (``"8y4"``, ``(8,)``,
        ``("8", "4")``); ``chart-size-range``: a side outside 1–40 inches, or not finite.

    Examples
    --------
    >>> chart_size("8x4,5"), chart_size((9, 5))
    ((8.0, 4.5), (9.0, 5.0))
    >>> chart_size((8,))
    Traceback (most recent call last):
    ...
    barometre.domain.errors.UsageError: size « (8,) » illisible : attendu (largeur, hauteur) en pouces, ex. (8, 4.5) ou « 8x4.5 »
    """
    from numbers import Real

    if size is None:
        return None
    if isinstance(size, str):
        m = _SIZE_TEXT.fullmatch(size)
        if not m:
            raise UsageError.of("chart-bad-size", value=size)
        pair = [float(g.replace(",", ".")) for g in m.groups()]
    else:
        try:
            pair = list(size)  # a tuple, a list, an array of two
        except TypeError:
            pair = []
        if len(pair) != 2 or not all(isinstance(v, Real) and not isinstance(v, bool)
                                     for v in pair):
            raise UsageError.of("chart-bad-size", value=repr(size))
        pair = [float(v) for v in pair]
    w, h = pair
    if not (1 <= w <= 40 and 1 <= h <= 40):  # NaN too: no comparison holds
        raise UsageError.of("chart-size-range",
                            value=f"({w:g}, {h:g})" if shown is None else shown)
    return w, h
