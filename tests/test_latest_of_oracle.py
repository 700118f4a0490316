"""Each year's latest reading (:func:`~barometre.analysis.grouping.latest_of`) found without
the sort on three keys when the readings are in that order already (a monthly file sorted
by entity, platform and date): the same positions, flags and repeats as the first version,
which always lexsorted, kept here as the oracle (perf25), on readings in any order."""

from __future__ import annotations

from unittest import mock

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from barometre import _parallel
from barometre.analysis import grouping
from barometre.analysis.grouping import (
    _in_order,
    _increasing,
    _repeated,
    _unique,
    combine,
    latest_answered,
    latest_of,
)

NAT = np.iinfo(np.int64).min


def _oracle(code, platform, year, date, row, per_year, repeats=None, answered=None):
    """latest_of as written before perf25 (one np.lexsort whenever a sort is needed)."""
    n = len(code)
    if not n:
        return np.arange(0), True
    keys = [code, platform, year]
    sizes = [int(code.max()) + 1, int(platform.max()) + 1, int(year.max()) + 1]
    if per_year and _increasing(keys, sizes):
        return slice(None), True
    key, size = combine(keys, sizes)
    if per_year and _unique(key, size):
        return slice(None), True
    when = date()
    order = np.lexsort((row(), when, key))
    last = np.ones(n, dtype=bool)
    k = key[order] if per_year or repeats is not None else None
    if repeats is not None:
        _repeated(order, k, when, code, platform, repeats)
    a = answered() if answered is not None else None
    if a is not None and not a.all():
        if k is None:
            k = key[order]
        last[:-1] = k[1:] != k[:-1]
        ends = np.flatnonzero(last)
        unique = len(ends) == n
        pick = latest_answered(a[order], ends)
        if not per_year:
            c, p = code[order[ends]], platform[order[ends]]
            keep = np.ones(len(ends), dtype=bool)
            keep[:-1] = (c[1:] != c[:-1]) | (p[1:] != p[:-1])
            pick, unique = pick[keep], bool(keep.all()) and unique
        return order[pick], unique
    if per_year:
        last[:-1] = k[1:] != k[:-1]
    else:
        c, p = code[order], platform[order]
        last[:-1] = (c[1:] != c[:-1]) | (p[1:] != p[:-1])
    return order[last], bool(last.all())


def _both(code, platform, year, date, row, per_year, with_repeats, answered):
    """Both versions' results (positions, uniqueness, the repeats said), compared."""
    out = []
    for fn in (latest_of, _oracle):
        said: list = []
        repeats = ((lambda p, g, said=said: said.append((p.tolist(), g.tolist())))
                   if with_repeats else None)
        pos, unique = fn(code, platform, year, lambda: date, lambda: row, per_year, repeats,
                         None if answered is None else (lambda: answered))
        if isinstance(pos, slice):
            out.append(("slice", pos, unique, said))
        else:
            out.append((pos.dtype, pos.tolist(), unique, said))
    assert out[0] == out[1]
    return out[0]


_reading = st.tuples(st.integers(-1, 3), st.integers(-1, 2), st.integers(0, 3),
                     st.sampled_from([NAT, 0, 1, 2, 5, 86_400]), st.booleans())


@settings(max_examples=600, deadline=None)
@given(case=st.lists(_reading, max_size=50),
       order=st.sampled_from(["file", "key", "date", "key-reversed-rows"]),
       rows=st.sampled_from(["increasing", "reversed", "tied"]),
       per_year=st.booleans(), with_repeats=st.booleans(),
       answered=st.sampled_from(["none", "all", "some"]), block=st.sampled_from([3, 1 << 15]))
@example(case=[], order="file", rows="increasing", per_year=True, with_repeats=True,
         answered="some", block=3)
@example(case=[(0, 0, 1, 5, False)], order="file", rows="increasing", per_year=False,
         with_repeats=True, answered="some", block=3)
@example(case=[(0, 0, 1, 5, True), (0, 0, 1, 5, False), (0, 0, 1, 2, True)], order="key",
         rows="tied", per_year=True, with_repeats=True, answered="some", block=3)
def test_same_as_the_lexsort(case, order, rows, per_year, with_repeats, answered, block):
    """Random readings (unknown codes and platforms, ties on every key, repeated dates,
    NaT, rows tied or reversed), in file order, sorted by key then date, or by date: the
    oracle's positions, in its order, its flags and repeats; in blocks of 3 too."""
    n = len(case)
    code = np.array([c[0] for c in case], dtype=np.int32)
    platform = np.array([c[1] for c in case], dtype=np.int8)
    year = np.array([c[2] for c in case], dtype=np.int8)
    date = np.array([c[3] for c in case], dtype=np.int64)
    row = {"increasing": np.arange(n), "reversed": np.arange(n)[::-1].copy(),
           "tied": np.arange(n) // 2}[rows].astype(np.int32)
    flags = np.array([c[4] for c in case], dtype=bool)
    if n and order != "file":
        key = combine([code, platform, year], [4, 3, 4])[0]
        by = {"key": np.lexsort((row, date, key)), "date": np.lexsort((row, date)),
              "key-reversed-rows": np.lexsort((-row, date, key))}[order]
        code, platform, year, date, row, flags = (
            a[by] for a in (code, platform, year, date, row, flags))
    a = {"none": None, "all": np.ones(n, dtype=bool), "some": flags}[answered]
    with mock.patch.object(grouping, "BLOCK", block):
        _both(code, platform, year, date, row, per_year, with_repeats, a)


@settings(max_examples=300, deadline=None)
@given(keys=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.integers(0, 2)),
                     max_size=40), block=st.sampled_from([1, 2, 5, 1 << 15]))
def test_in_order_is_the_tuples_order(keys, block):
    """_in_order says whether the tuples never decrease: lexsort's stable order is then
    the items' own; in blocks and parts of any size (their steps across, checked)."""
    arrays = [np.array([k[i] for k in keys], dtype=np.int64) for i in range(3)]
    want = keys == sorted(keys)
    with mock.patch.object(grouping, "BLOCK", block), \
            mock.patch.object(_parallel, "LEAST", 2):
        assert _in_order(arrays) == want
        assert _in_order(arrays[:2]) == ([k[:2] for k in keys] == sorted(k[:2] for k in keys))
    if want:
        assert np.lexsort(arrays[::-1]).tolist() == list(range(len(keys)))


def _monthly(entities: int, platforms: int, months: int, seed: int):
    """Entities × platforms read once a month for ``months`` months (12 a year), on one of
    the month's first five days, some not answered: in entity, platform, date order."""
    rng = np.random.default_rng(seed)
    per = platforms * months
    code = np.repeat(np.arange(entities, dtype=np.int32), per)
    platform = np.tile(np.repeat(np.arange(platforms, dtype=np.int8), months), entities)
    month = np.tile(np.arange(months), entities * platforms)
    year = (month // 12 + 1).astype(np.int8)
    date = (month * 31 + rng.integers(0, 5, len(month))) * 86_400
    answered = rng.random(len(month)) > 0.1
    return code, platform, year, date.astype(np.int64), answered


def test_monthly_readings_in_entity_order_are_not_lexsorted():
    """A monthly file in entity, platform and date order: no lexsort (the oracle's, on
    three keys), the oracle's latest readings, with or without answers and years; the
    same file month after month is sorted, as the oracle."""
    code, platform, year, date, answered = _monthly(40, 3, 36, seed=5)
    row = np.arange(len(code), dtype=np.int32) + 2
    by_date = np.lexsort((row, date))
    sorts = []
    lexsort = np.lexsort
    with mock.patch.object(np, "lexsort",
                           lambda keys: sorts.append(len(keys)) or lexsort(keys)):
        for at, sorted_here in ((slice(None), 0), (by_date, 1)):
            keys = code[at], platform[at], year[at]
            dates, rows, flags = date[at], row[at], answered[at]
            for per_year in (True, False):
                for a in ((lambda f=flags: f), None):
                    args = (*keys, lambda d=dates: d, lambda r=rows: r, per_year, None, a)
                    before = len(sorts)
                    got = latest_of(*args)
                    assert len(sorts) == before + sorted_here
                    want = _oracle(*args)
                    assert len(sorts) == before + sorted_here + 1  # the oracle's lexsort
                    assert got[1] == want[1] and got[0].tolist() == want[0].tolist()
