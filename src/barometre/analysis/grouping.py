"""Grouping and ordering on integer codes (issue #19): the survey aggregates without object sorts.

Each helper reproduces a pandas operation exactly (``sort_values(na_position="first")``,
``groupby(sort=False)``) with small integer keys combined arithmetically, ``np.bincount``,
``np.minimum.at`` (first appearance) and, when rows must be ordered, one stable sort;
``tests/test_survey_codes.py`` compares the aggregates with the groupby version,
``tests/test_counting_branches.py`` the fallbacks (keys too wide) with the fast branches.

numpy only on the coded path (``compare --data`` never imports pandas, #19); the helpers
that read a frame's columns import pandas themselves.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from .._arrow import first_appearance
from .._parallel import increasing, parts

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ABSENT", "as_int32", "combine", "combine_sets", "compact", "countable",
           "factorize", "first_positions", "latest_answered", "latest_of", "latest_positions",
           "order_key", "stable_order", "year_codes", "year_key", "blocks", "small_int"]

#: A combined key stays below this (int64 arithmetic never overflows); past it, ranked first.
_WIDE = 2 ** 62
#: What :func:`first_positions` gives a key value that does not occur: after any position.
ABSENT = np.iinfo(np.int64).max
#: The widest integer year range coded by arithmetic (beyond: :func:`factorize`).
_YEAR_SPAN = 1 << 16
#: The widest key range whose first positions are looked for block by block
_SCAN = 1 << 15


def factorize(values: np.ndarray, sort: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize`` of a numeric array, with numpy: each value's code (-1 for NaN) and
    the distinct values, in increasing order with ``sort``, else in order of first
    appearance (as pandas; ``np.unique`` alone sorts)."""
    values = np.asarray(values)
    if values.dtype.kind in "fc":
        nan = np.isnan(values)
        if nan.any():
            codes = np.full(len(values), -1, dtype=np.intp)
            known = np.flatnonzero(~nan)
            codes[known], uniq = factorize(values[known], sort)
            return codes, uniq
    if not sort:
        return first_appearance(values)
    uniq, inverse = np.unique(values, return_inverse=True)
    return inverse.reshape(-1).astype(np.intp, copy=False), uniq


def order_key(s: pd.Series) -> np.ndarray:
    """An integer or float key that sorts like ``s.sort_values(na_position="first")``."""
    import pandas as pd

    if s.dtype.kind in "iufM" and not s.isna().any():
        return s.to_numpy().view("i8") if s.dtype.kind == "M" else s.to_numpy()
    if s.dtype.kind == "M":  # NaT is the smallest int64: first, as na_position="first"
        return s.to_numpy().view("i8")
    return pd.factorize(s, sort=True)[0]  # NA -> -1: first


def year_key(s: pd.Series) -> pd.Series:
    """The year as a float key, -1 when unknown (grouping and ordering)."""
    return s.astype("Float64").fillna(-1)


def year_codes(year: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Small integer codes of float years, ordered like the years; 0 for a missing year.

    Returns ``(codes, values)``: ``values[codes]`` gives the years back (``values[0]`` is
    NaN), in increasing order after the first; a value may have no reading. Whole years
    in a narrow range (every real survey) are coded by subtraction, into the smallest
    signed integer type (int8 for a survey of years: one byte per reading, no float
    temporary of millions, #19); other years through :func:`factorize`.
    """
    year = np.asarray(year, dtype=float)
    lo, hi = np.fmin.reduce(year, initial=np.inf), np.fmax.reduce(year, initial=-np.inf)
    if not lo <= hi:  # no reading, or no year known
        return np.zeros(len(year), dtype=np.int8), np.array([np.nan])
    if np.isfinite(hi - lo) and hi - lo < _YEAR_SPAN:
        codes = np.empty(len(year), dtype=small_int(int(hi - lo) + 1))

        def part(start: int, stop: int) -> bool:  # whether its years are whole
            for block in blocks(stop, start):  # float temporaries of one block only
                shifted = year[block] - (lo - 1)  # lo -> 1
                np.fmax(shifted, 0, out=shifted)  # NaN -> 0
                codes[block] = shifted
                if not np.array_equal(codes[block], shifted):  # not whole years
                    return False
            return True

        if all(parts(len(year), BLOCK, part)):  # the blocks shared between the cores
            return codes, np.r_[np.nan, lo + np.arange(int(hi - lo) + 1)]
    codes, values = factorize(year, sort=True)  # NaN -> -1
    return codes.astype(np.intp) + 1, np.r_[np.nan, values]


#: Rows per block of the loops that keep their temporaries small (a few hundred KiB: the
#: same memory again at each block, not fresh pages for millions of readings)
BLOCK = 1 << 15


def blocks(n: int, start: int = 0) -> list[slice]:
    """Consecutive slices covering ``range(start, n)``, of :data:`BLOCK` items (the last one
    fewer)."""
    return [slice(i, min(i + BLOCK, n)) for i in range(start, n, BLOCK)]


def small_int(top: int) -> type:
    """The smallest signed integer type holding 0 to ``top``: per-reading codes of a few
    values in one byte rather than eight."""
    for t in (np.int8, np.int16, np.int32):
        if top <= np.iinfo(t).max:
            return t
    return np.int64


def combine(keys: list[np.ndarray], sizes: list[int]) -> tuple[np.ndarray, int]:
    """One int64 key from integer keys, ordered like the tuple of keys; and its range.

    Each ``keys[i]`` holds values from -1 (missing: first) to ``sizes[i] - 1``. The key
    holds values from 0 to the returned range - 1. When the range would not fit in int64,
    the key built so far is first replaced by its rank among its values (which keeps the
    order).
    """
    n = len(keys[0])
    if n > BLOCK and math.prod(s + 1 for s in sizes) < _WIDE:
        # nothing to renumber: written block by block, the temporaries in cache (#19), the
        # blocks shared between the cores
        out = np.empty(n, dtype=np.int64)

        def part(lo: int, hi: int) -> int:
            size = 0
            for block in blocks(hi, lo):
                out[block], size = _combine([k[block] for k in keys], sizes)
            return size

        return out, parts(n, BLOCK, part)[0]
    return _combine(keys, sizes)


def _combine(keys: list[np.ndarray], sizes: list[int]) -> tuple[np.ndarray, int]:
    """:func:`combine` on whole arrays."""
    key = keys[0].astype(np.int64)  # one array of millions, then changed in place
    size, shift = sizes[0] + 1, 1  # the combined key so far is key + shift (the -1s moved to 0)
    for k, s in zip(keys[1:], sizes[1:]):
        if size * (s + 1) >= _WIDE:
            key += shift
            key, values = factorize(key, sort=True)
            key, size, shift = key.astype(np.int64), len(values), 0
        key *= s + 1
        key += k
        size, shift = size * (s + 1), shift * (s + 1) + 1
    key += shift
    return key, size


def combine_sets(sets: list[list[np.ndarray]], sizes: list[int]
                 ) -> tuple[list[np.ndarray], int]:
    """:func:`combine` of the keys of several sets of readings, in one key space.

    Each set is combined apart, unless the range would not fit in int64: then the sets are
    joined first, so that ranking keeps one key per tuple of keys across them.
    """
    if math.prod(s + 1 for s in sizes) < _WIDE:
        out = [combine(keys, sizes) for keys in sets]
        return [key for key, _ in out], out[0][1]
    key, size = combine([np.concatenate([keys[i] for keys in sets])
                         for i in range(len(sizes))], sizes)
    return np.split(key, np.cumsum([len(keys[0]) for keys in sets])[:-1]), size


def countable(size: int, n: int) -> bool:
    """Whether ``np.bincount`` can count ``n`` keys of range ``size`` (a few times ``n``)."""
    return size <= 4 * n + (1 << 16)


def compact(key: np.ndarray, size: int) -> tuple[np.ndarray, int]:
    """``key`` with a range ``np.bincount`` can count: itself when :func:`countable`, else
    its codes in order of first appearance (:func:`factorize`), and the new range."""
    if countable(size, len(key)):
        return key, size
    codes, values = factorize(key)
    return codes, len(values)


def first_positions(key: np.ndarray, size: int, at: np.ndarray | None = None,
                    occurring: np.ndarray | None = None) -> np.ndarray:
    """The first position (smallest ``at``; by default the row) of each key value, and
    :data:`ABSENT` for a value that does not occur.

    ``occurring`` (a mask of the values that occur, when counted already) lets a small
    range be found block by block, stopping once every value is seen: a few thousand
    readings, not an ``np.minimum.at`` over millions, when every group shows up early.
    """
    first = np.full(size, ABSENT, dtype=np.int64)
    if occurring is not None and at is None and size <= _SCAN:
        left = occurring.copy()
        for block in blocks(len(key)):
            k = key[block]
            new = np.flatnonzero(left[k])
            if len(new):
                values, i = np.unique(k[new], return_index=True)
                first[values] = block.start + new[i]
                left[values] = False
                if not left.any():
                    break
        return first
    if at is not None:
        np.minimum.at(first, key, at)
        return first
    rows = np.arange(min(BLOCK, len(key)))  # the positions of a block, shifted for each
    for block in blocks(len(key)):
        np.minimum.at(first, key[block], rows[:block.stop - block.start] + block.start)
    return first


def stable_order(keys: list[np.ndarray], sizes: list[int]) -> np.ndarray:
    """Positions ordered by the tuple of keys (as :func:`combine`'s), equal tuples in the
    order of their rows: a radix sort when the combined range fits 16 bits."""
    key, size = combine(keys, sizes)
    return np.argsort(key.astype(np.uint16) if size <= 1 << 16 else key, kind="stable")


def latest_positions(survey: pd.DataFrame, per_year: bool, platform: np.ndarray | None = None
                     ) -> tuple[np.ndarray | slice, bool]:
    """Positions of the latest answered reading of each entity × platform (× year), and
    whether unique.

    The readings are ordered by code, platform, year, date and source row (missing first),
    with one stable sort on integer keys; the last of each group is the latest, unless it is
    a non-answer (``present`` missing) after an answer of the same year: the latest answer
    of the year is then kept (:func:`latest_of`). The positions come in that order. When
    ``per_year`` and every group has one row, nothing is sorted. ``platform`` is
    ``order_key(survey["platform"])`` when already computed. Two readings of one entity ×
    platform × year on one date are refused
    (:func:`barometre.analysis.survey.refuse_repeats`): no latest among them.
    """
    from .survey import _presence_codes, refuse_repeats  # only when a sort is needed

    platform = order_key(survey["platform"]) if platform is None else platform
    answered = ((lambda: _presence_codes(survey["present"]) >= 0)
                if "present" in survey.columns else None)
    return latest_of(order_key(survey["code"]), platform,
                     year_codes(year_key(survey["year"]).to_numpy(dtype=float))[0],
                     lambda: order_key(survey["date"]), lambda: order_key(survey["source_row"]),
                     per_year, lambda pos, group: refuse_repeats(survey, pos, group),
                     answered)


#: What :func:`latest_of` calls with the readings that repeat an entity × platform × year
#: × date: their positions, and the number of their group (0 to the groups' number - 1)
Repeats = Callable[[np.ndarray, np.ndarray], None]


def latest_of(code: np.ndarray, platform: np.ndarray, year: np.ndarray,
              date: Callable[[], np.ndarray], row: Callable[[], np.ndarray],
              per_year: bool, repeats: Repeats | None = None,
              answered: Callable[[], np.ndarray] | None = None
              ) -> tuple[np.ndarray | slice, bool]:
    """:func:`latest_positions` on integer keys.

    ``code`` and ``platform`` are codes from -1 (missing), ``year`` codes from 0 ordered like
    the years (:func:`year_codes`); ``date`` and ``row`` give their keys, called only when a
    sort is needed. When ``per_year`` and every group has one reading, the positions are
    ``slice(None)`` (every reading, in order: nothing to gather).

    ``repeats``, when given, is called with the readings of a known entity and platform
    that share their year and date with another (:data:`Repeats`), before any is chosen:
    the row order alone would pick one (two surveys concatenated), which it refuses. Found
    on the sorted keys (two comparisons per reading), only when a sort is needed at all:
    when no entity × platform × year repeats, no date can.

    ``answered``, when given, says which readings answer (« Oui » or « Non », a blank read
    as absent included), called only when a sort is needed: a later non-answer (« NR », a
    blank read as not answered) never hides an answer of the same year, the latest answer
    of the year is kept; the latest reading stays when none of the year answers. Found on
    the sorted readings (a running maximum of the answered positions), not by sorting on
    the flag: the repeats are found on the order by date, and no key is added to the sort.
    Without ``per_year``, the year is chosen first (the latest), then its reading so.

    Readings already in that order (a monthly file sorted by entity, platform and date)
    are not sorted (``_key_order``): the same positions, without a permutation.
    """
    n = len(code)
    if not n:
        return np.arange(0), True
    keys = [code, platform, year]
    sizes = [int(code.max()) + 1, int(platform.max()) + 1, int(year.max()) + 1]
    if per_year and _increasing(keys, sizes):  # a file in key order: no key of millions
        return slice(None), True
    key, size = combine(keys, sizes)
    if per_year and _unique(key, size):
        return slice(None), True
    when = date()
    order = _key_order(key, when, row())  # by code, platform, year, date, row; None: as is

    def ordered(a: np.ndarray) -> np.ndarray:  # ``a`` in that order
        return a if order is None else a[order]

    last = np.ones(n, dtype=bool)
    k = ordered(key) if per_year or repeats is not None else None
    if repeats is not None:
        _repeated(np.arange(n) if order is None else order, k, when, code, platform, repeats)
    a = answered() if answered is not None else None
    if a is not None and not a.all():  # a non-answer may come after an answer of its year
        if k is None:
            k = ordered(key)
        last[:-1] = k[1:] != k[:-1]  # the last reading of each entity × platform × year
        ends = np.flatnonzero(last)
        unique = len(ends) == n
        pick = latest_answered(ordered(a), ends)
        if not per_year:  # of each code × platform, its latest year's pick
            at = ends if order is None else order[ends]
            c, p = code[at], platform[at]
            keep = np.ones(len(ends), dtype=bool)
            keep[:-1] = (c[1:] != c[:-1]) | (p[1:] != p[:-1])
            pick, unique = pick[keep], bool(keep.all()) and unique
        return (pick if order is None else order[pick]), unique
    if per_year:
        last[:-1] = k[1:] != k[:-1]
    else:  # the group is code × platform: its last reading over the years
        c, p = ordered(code), ordered(platform)
        last[:-1] = (c[1:] != c[:-1]) | (p[1:] != p[:-1])
    return (np.flatnonzero(last) if order is None else order[last]), bool(last.all())


def _key_order(key: np.ndarray, when: np.ndarray, row: np.ndarray) -> np.ndarray | None:
    """``np.lexsort((row, when, key))``, or None when that order is the readings' own: a
    file sorted by entity, platform and date (the monthly file of ``make_monthly.py``:
    3.6 M readings, 0.45 s of lexsort for nothing), checked first in one pass that stops
    at the first reading out of order. Month after month (by date), the lexsort costs
    about a stable sort on the key alone (its two other keys in order already): kept."""
    if _in_order([key, when, row]):
        return None
    return np.lexsort((row, when, key))


def _in_order(keys: list[np.ndarray]) -> bool:
    """Whether the tuples of ``keys`` (the first the most significant) never decrease
    along the items, so that their stable order (``np.lexsort`` of the keys reversed) is
    the items' own. Block by block (small temporaries), the parts between the cores,
    each stopping at its first decrease.

    >>> import numpy as np
    >>> _in_order([np.array([1, 1, 2]), np.array([5, 6, 0])])
    True
    >>> _in_order([np.array([1, 1, 2]), np.array([6, 5, 0])])
    False
    """
    n = len(keys[0])

    def part(lo: int, hi: int) -> bool:
        for start in range(lo, hi, BLOCK):
            stop = min(start + BLOCK, hi) + 1  # one more: the step to the next block's first
            tied = None  # the steps whose earlier keys are all equal
            for i, k in enumerate(keys):
                a, b = k[start:stop - 1], k[start + 1:stop]
                down = b < a
                if tied is not None:
                    down &= tied
                if down.any():
                    return False
                if i == len(keys) - 1:
                    break
                same = b == a
                tied = same if tied is None else tied & same
                if not tied.any():
                    break
        return True

    return n < 2 or all(parts(n - 1, BLOCK, part))


def latest_answered(answered: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Per group of sorted readings (``ends``: the position of each group's last reading,
    increasing), the position of its last answered reading (``answered``, in the sorted
    order), or of its last reading when none answers: one running maximum, no loop.

    >>> latest_answered(np.array([True, False, False, True, False, True]), np.array([2, 3, 5]))
    array([0, 3, 5])
    >>> latest_answered(np.array([False, False, True]), np.array([1, 2]))
    array([1, 2])
    """
    seen = np.where(answered, np.arange(len(answered)), -1)
    np.maximum.accumulate(seen, out=seen)  # the last answered position up to each reading
    at = seen[ends]
    starts = np.r_[0, ends[:-1] + 1]
    return np.where(at >= starts, at, ends)


def _repeated(order: np.ndarray, key: np.ndarray, when: np.ndarray, code: np.ndarray,
              platform: np.ndarray, repeats: Repeats) -> None:
    """Call ``repeats`` with the readings that repeat another's key and date (``order``
    sorts the readings by key then date, ``key`` is the sorted key), if any: their
    positions, grouped, and each one's group number. A reading of no entity or platform
    (code -1) repeats nothing: two unknown entities are not one."""
    w = when[order]  # one gather, then comparisons in order (no gather per repeat)
    same = key[1:] == key[:-1]  # the next reading has the same key...
    same &= w[1:] == w[:-1]  # ... and the same date
    if not same.any():
        return
    same = np.flatnonzero(same)
    first = order[same]
    same = same[(code[first] >= 0) & (platform[first] >= 0)]
    if not len(same):
        return
    linked = np.zeros(len(order), dtype=bool)
    linked[same + 1] = True  # a member that repeats the one before it
    member = linked.copy()
    member[same] = True
    members = np.flatnonzero(member)  # sorted positions, each group's together
    group = np.cumsum(~linked[members]) - 1
    repeats(order[members], group)


def _increasing(keys: list[np.ndarray], sizes: list[int]) -> bool:
    """Whether :func:`combine`'s key of the readings strictly increases (no value repeats),
    computed block by block: the key of millions of readings is never made. False when
    the key would be ranked (too wide to combine block by block)."""
    if math.prod(s + 1 for s in sizes) >= _WIDE:
        return False
    return increasing(len(keys[0]), BLOCK,
                      lambda a, b: combine([k[a:b] for k in keys], sizes)[0])


def _unique(key: np.ndarray, size: int) -> bool:
    """Whether no value of ``key`` repeats: as many distinct values as readings (a key in
    increasing order is :func:`_increasing`'s)."""
    codes, n_codes = compact(key, size)
    seen = np.zeros(n_codes, dtype=bool)  # one byte per value, not an int64 count
    seen[codes] = True
    return int(np.count_nonzero(seen)) == len(codes)


def as_int32(codes: np.ndarray) -> np.ndarray:
    """Codes as int32 when they fit: half the memory of millions of int64 (#19)."""
    return codes.astype(np.int32) if len(codes) and codes.max() < 2 ** 31 - 1 else codes
