"""rereading_cuts (the waves' cut of a run of dates) on numpy arrays gives exactly the cuts of
its first version, on Python sets, kept here as the oracle."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from barometre.survey.rules import rereading_cuts


def _oracle(day: np.ndarray, pair: np.ndarray, n_days: int) -> list[list[int]]:
    """rereading_cuts as written before it counted on integer codes (Python sets per date)."""
    if n_days < 2:
        return [list(range(n_days))]
    width = int(pair.max(initial=0)) + 1
    key = np.sort(np.asarray(day, dtype=np.int64) * width + np.asarray(pair, dtype=np.int64))
    of_day, pairs = key // width, key % width
    bounds = np.searchsorted(of_day, np.arange(n_days + 1))
    cuts: list[list[int]] = [[]]
    seen: set = set()
    opened: list[int] = []
    run_pairs: set = set()
    again = 0
    for d in range(n_days):
        here = set(pairs[bounds[d]:bounds[d + 1]].tolist())
        if not opened:
            again = len(here & seen)
            if not (again and 2 * again >= len(here)):
                cuts[-1].append(d)
                seen |= here
                continue
            run_pairs = set(here)
        else:
            new = here - run_pairs
            again += len(new & seen)
            run_pairs = run_pairs | new
        opened.append(d)
        if 2 * again >= len(seen) and 2 * again >= len(run_pairs):
            cuts.append(opened)
            seen, opened, run_pairs = run_pairs, [], set()
        elif 2 * again < len(run_pairs):
            cuts[-1] += opened
            seen |= run_pairs
            opened, run_pairs = [], set()
    cuts[-1] += opened
    return cuts


def _same(readings: list[tuple[int, int]], n_days: int, scale: int = 1) -> list[list[int]]:
    day = np.array([d for d, _ in readings], dtype=np.int64)
    pair = np.array([p for _, p in readings], dtype=np.int64) * scale
    expected = _oracle(day, pair, n_days)
    got = rereading_cuts(day, pair, n_days)
    assert got == expected
    assert all(isinstance(d, int) for part in got for d in part)
    return got


# readings of a few pairs over a few dates, in any order; day -1 is a reading without a
# date (the callers' blank: not among the run's dates), a pair twice on one date a
# same-day re-reading
_readings = st.integers(1, 9).flatmap(lambda n_days: st.tuples(
    st.lists(st.tuples(st.integers(-1, n_days - 1), st.integers(0, 7)), max_size=40),
    st.just(n_days)))


@settings(max_examples=600, deadline=None)
@given(case=_readings)
@example(case=([(0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (1, 3)], 2))  # read again: 2 waves
@example(case=([(0, 1), (0, 2), (0, 3), (1, 4), (1, 5), (1, 1)], 2))  # one of three: 1 wave
@example(case=([(0, 1), (0, 2), (2, 3), (2, 4), (5, 1), (6, 2), (8, 3), (8, 4)], 9))
@example(case=([(0, 1), (0, 2), (1, 1), (1, 1), (-1, 2), (2, 3), (2, 4), (3, 5)], 4))
@example(case=([], 3))
def test_same_cuts_as_the_sets(case):
    readings, n_days = case
    got = _same(readings, n_days)
    assert sorted(d for part in got for d in part) == list(range(n_days))


# dates read as campaigns are: each date a subset of a pool of pairs (a wave spread over
# dates, corrections, partial re-readings, runs of re-readings that become a campaign)
_dates = st.lists(st.lists(st.integers(0, 19), max_size=12), min_size=2, max_size=10).map(
    lambda days: ([(d, p) for d, ps in enumerate(days) for p in ps], len(days)))


@settings(max_examples=600, deadline=None)
@given(case=_dates)
@example(case=([(0, p) for p in range(8)] + [(1, 0), (1, 1), (2, 8), (2, 9), (2, 10),
               (2, 11), (3, 0), (3, 1), (3, 2), (3, 3), (3, 4)], 4))
def test_same_cuts_as_the_sets_dates_as_subsets(case):
    readings, n_days = case
    _same(readings, n_days)


@settings(max_examples=200, deadline=None)
@given(case=_readings)
def test_same_cuts_with_sparse_pair_numbers(case):
    """Pair numbers far apart (renumbered before the per-pair arrays) cut the same."""
    readings, n_days = case
    _same(readings, n_days, scale=10**9 + 7)


def test_monthly_readings_with_corrections():
    """36 monthly readings spread over five days each, a few corrections inside a month
    and a few pairs skipped: one wave a month, the same as the sets'."""
    rng = np.random.default_rng(3)
    n_pairs, months = 300, 36
    month = np.repeat(np.arange(months), n_pairs)
    pair = np.tile(np.arange(n_pairs), months)
    day = month * 5 + rng.integers(0, 5, len(month))
    kept = rng.random(len(month)) > 0.05
    fix = rng.choice(np.flatnonzero(kept), 200)  # read again a few days later, same month
    day = np.r_[day[kept], np.minimum(day[fix] + 2, month[fix] * 5 + 4)]
    pair = np.r_[pair[kept], pair[fix]]
    order = rng.permutation(len(day))
    got = rereading_cuts(day[order], pair[order], months * 5)
    assert got == _oracle(day[order], pair[order], months * 5)
    assert got == [list(range(5 * m, 5 * m + 5)) for m in range(months)]
