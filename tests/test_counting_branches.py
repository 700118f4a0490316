"""The counting on integer keys (issue #19) gives the same figures on every branch.

The fast branches (years coded by subtraction, keys combined by arithmetic and counted by
``np.bincount``) and their fallbacks (years through ``pd.factorize``, keys too wide to
combine ranked first, ranges too wide to count numbered first) must agree, on frames and on
coded readings, with missing codes, odd years (-1, fractions, far apart) and ties.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from barometre.analysis import grouping
from barometre.analysis import survey as new

from . import legacy_survey_analysis as old
from .test_survey_codes import _frame, _no_ref_of, _same, one_reading

KWARGS = ({}, {"by": "strate"}, {"platforms": ["facebook", "x"]})


def _odd_years(df: pd.DataFrame, legacy: bool = False) -> pd.DataFrame:
    """Years -1 (with unknown years: one key), a fraction and years far apart; codes and
    platforms missing. With ``legacy``, neither: the legacy copy counted those apart (the
    "any" readings of a fraction of a year with the whole year, for one), before #19 too."""
    df = df.copy()
    year = df["year"].astype("Float64")
    year[year == 2023] = -1.0
    if not legacy:
        year.iloc[::17] = 2024.5
    year.iloc[5::29] = 1.0
    df["year"] = year
    if not legacy:
        df.loc[df.index[::31], "code"] = None  # no entity
        df.loc[df.index[3::37], "platform"] = None
    return one_reading(df)  # year -1 is an unknown year's key: readings that now repeat


def _without_the_door(monkeypatch) -> None:
    """The frame's values unchecked at the door (a blank code or platform is refused there
    since session 35): the counting's own handling of them is what is compared here."""
    from barometre.analysis import frame_check

    monkeypatch.setattr(frame_check, "check_values", lambda survey, columns: survey)


def _figures(df: pd.DataFrame) -> dict:
    coded = new.coded(new.restrict(new._plain(df), None))
    out = {f"adoption{kw}": new.adoption(df, **kw) for kw in KWARGS}
    out |= {f"coded{kw}": new.adoption(coded, **kw) for kw in KWARGS}
    compared = new.compare_survey(df, "commune")
    out["compare"], out["aside"] = compared, pd.Series(compared.attrs["years_left_aside"])
    aside = new.compare_survey(coded, "commune").attrs["years_left_aside"]
    out["coded compare aside"] = pd.Series(aside)
    out["follower_stats"] = new.follower_stats(df)
    out["latest"], out["latest_per_year"] = new.latest(df), new.latest_per_year(df)
    return out


def _narrow(monkeypatch) -> None:
    monkeypatch.setattr(grouping, "_WIDE", 4)  # combine ranks the key at every step
    monkeypatch.setattr(grouping, "_YEAR_SPAN", 0)  # years through pd.factorize
    monkeypatch.setattr(grouping, "countable", lambda size, n: False)  # numbered first


@pytest.mark.parametrize("odd", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_fallbacks_count_as_the_fast_branches(monkeypatch, seed, odd):
    df = _frame(seed)
    if odd:
        df = _odd_years(df)
        _without_the_door(monkeypatch)
    want = _figures(df)
    _narrow(monkeypatch)
    _same_figures(_figures(df), want)


@pytest.mark.parametrize("odd", [False, True])
@pytest.mark.parametrize("seed", range(2))
def test_small_blocks_count_as_one_block(monkeypatch, seed, odd):
    """The loops over blocks of readings (year codes, a file in key order, first
    positions) give the same figures when the readings span many blocks."""
    df = _frame(seed)
    if odd:
        df = _odd_years(df)
        _without_the_door(monkeypatch)
    want = _figures(df)
    monkeypatch.setattr(grouping, "BLOCK", 5)
    _same_figures(_figures(df), want)


def _same_figures(got: dict, want: dict) -> None:
    for name, frame in want.items():
        if isinstance(frame, pd.Series):
            pd.testing.assert_series_equal(got[name], frame, check_exact=True)
        else:
            _same(got[name], frame)


def test_first_positions_block_by_block(monkeypatch):
    rng = np.random.default_rng(2)
    key = rng.integers(0, 50, 3 * grouping.BLOCK + 7)
    key[-3:] = [50, 51, 50]  # values first read in the last block
    occurring = np.bincount(key, minlength=60) > 0
    want = grouping.first_positions(key, 60)
    assert np.array_equal(grouping.first_positions(key, 60, occurring=occurring), want)
    assert want[55] == grouping.ABSENT and want[51] == len(key) - 2
    monkeypatch.setattr(grouping, "_SCAN", 0)  # np.minimum.at
    assert np.array_equal(grouping.first_positions(key, 60, occurring=occurring), want)


@pytest.mark.parametrize("seed", range(4))
def test_odd_years_count_as_the_legacy(seed):
    df = _odd_years(_frame(seed), legacy=True)
    # the counts against the legacy copy, which knew no design: 10 codes, 7 of them large
    # cities, are no random draw of the communes' size bands (strata20), said in attrs only
    _same(_no_ref_of(new.adoption(df, design=False)),
          old.adoption(df).drop(columns=["n_surveyed", "coverage"]))
    _same(new.latest_per_year(df), old.latest_per_year(df))
    compared = new.compare_survey(df, "commune")
    shown = list(compared["year"].dropna())
    year = df["year"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    rows = ~np.isnan(year) & ~np.isin(year, shown) & df["code"].notna().to_numpy()
    pairs = pd.DataFrame({"y": year[rows], "e": df["code"][rows]}).drop_duplicates()
    want = {int(y): n for y, n in pairs.groupby("y").size().items()}
    assert compared.attrs["years_left_aside"] == want


def test_year_codes_both_branches():
    year = np.array([2025.0, np.nan, 2016.0, 2025.0, 2020.0])
    codes, values = grouping.year_codes(year)
    assert np.array_equal(values[codes], year, equal_nan=True)
    assert list(codes) == [10, 0, 1, 10, 5]  # whole years: by subtraction, gaps kept
    fraction = np.r_[year, 2020.5]
    codes, values = grouping.year_codes(fraction)
    assert np.array_equal(values[codes], fraction, equal_nan=True)
    assert list(codes) == [4, 0, 1, 4, 2, 3]  # through pd.factorize: no gaps
    assert list(grouping.year_codes(np.array([np.nan, np.nan]))[0]) == [0, 0]
    assert len(grouping.year_codes(np.array([]))[0]) == 0


def test_combine_ranks_a_key_too_wide(monkeypatch):
    rng = np.random.default_rng(0)
    keys = [rng.integers(-1, 9, 200), rng.integers(-1, 3, 200), rng.integers(0, 50, 200)]
    sizes = [9, 3, 50]
    fast, size = grouping.combine(keys, sizes)
    assert size == 10 * 4 * 51
    monkeypatch.setattr(grouping, "_WIDE", 4)
    ranked, _ = grouping.combine(keys, sizes)
    tuples = list(zip(*keys))
    # same groups, same order as the tuples of keys
    assert np.array_equal(pd.factorize(fast)[0], pd.factorize(ranked)[0])
    assert np.array_equal(np.argsort(fast, kind="stable"), np.argsort(ranked, kind="stable"))
    assert np.array_equal(np.argsort(fast, kind="stable"),
                          sorted(range(200), key=lambda i: tuples[i]))


@pytest.mark.parametrize("width", [7, 70_000])  # a radix sort on 16 bits, and beyond
def test_stable_order_as_lexsort(width):
    rng = np.random.default_rng(1)
    keys = [rng.integers(-1, 12, 5_000), rng.integers(0, width, 5_000)]
    assert np.array_equal(grouping.stable_order(keys, [12, width]), np.lexsort(keys[::-1]))


def test_a_repeat_across_blocks_is_seen(monkeypatch):
    """A file in key order but for one reading repeated across two blocks: not unique."""
    monkeypatch.setattr(grouping, "BLOCK", 5)
    code = np.array([0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
    platform = np.zeros(10, dtype=np.int8)
    year = np.array([1, 2, 1, 2, 1, 1, 1, 2, 1, 2], dtype=np.int8)  # rows 4 and 5: (2, 1)
    rows = np.arange(10)
    pos, unique = grouping.latest_of(code, platform, year, lambda: rows, lambda: rows,
                                     per_year=True)
    assert not unique and list(pos) == [0, 1, 2, 3, 5, 6, 7, 8, 9]
    pos, unique = grouping.latest_of(code, platform, year + rows.astype(np.int8), lambda: rows,
                                     lambda: rows, per_year=True)
    assert unique and pos == slice(None)


@pytest.mark.parametrize("wide", [False, True])
def test_entity_year_key_counts_each_pair_as_defined(wide):
    """_entity_year_key (block-wise key, or combine + factorize when the range is too wide
    to count): per (entity, year) pair of a known entity, its first reading and its
    unanswered / no / yes counts, as a plain loop finds them."""
    from barometre.analysis.survey import _entity_year_key

    rng = np.random.default_rng(3)
    for _ in range(60):
        n, n_years = int(rng.integers(1, 400)), int(rng.integers(1, 12))
        n_entities = int(rng.integers(100_000, 300_000) if wide else rng.integers(1, 50))
        entity = rng.integers(-1, n_entities, n).astype(np.int32)
        year = rng.integers(0, n_years, n).astype(np.int8)
        pres = rng.integers(-1, 2, n).astype(np.int8)
        key, size, pairs, first, counts = _entity_year_key(entity, year, n_years, pres)
        want: dict = {}
        for i, (e, y, p) in enumerate(zip(entity.tolist(), year.tolist(), pres.tolist())):
            if e >= 0:
                row = want.setdefault((e, y), [i, 0, 0, 0])
                row[p + 2] += 1
        got = {(int(entity[f]), int(year[f])): [int(f), *map(int, c)]
               for f, c in zip(first, counts)}
        assert got == want
        assert len(pairs) == len(want) and key.max() < 3 * size
        assert np.array_equal(key % 3, pres + 1)  # the answer, folded into the key


def test_combine_by_blocks_equals_combine_of_whole_arrays():
    """grouping.combine writes a long key block by block when nothing needs renumbering
    (#19): the same key, dtype and range as the whole-array computation."""
    rng = np.random.default_rng(5)
    for _ in range(30):
        n = int(rng.integers(grouping.BLOCK + 1, 3 * grouping.BLOCK))
        sizes = [int(rng.integers(1, 50)) for _ in range(int(rng.integers(1, 4)))]
        keys = [rng.integers(-1, s, n).astype(rng.choice([np.int8, np.int32, np.int64]))
                for s in sizes]
        got, want = grouping.combine(keys, sizes), grouping._combine(keys, sizes)
        assert got[1] == want[1] and got[0].dtype == np.int64
        assert np.array_equal(got[0], want[0])


@pytest.mark.parametrize("seed", range(2))
def test_a_year_that_read_no_platform_has_no_any_on_every_branch(monkeypatch, seed):
    """Every 2025 answer blank: that year read no platform, so it has no "au moins un
    réseau" (it was "no" for every entity: "every platform read says no" held of none,
    blank11), on frames and coded readings, by size band, and on the fallbacks."""
    df = _frame(seed)
    df.loc[df["year"] == 2025, "present"] = pd.NA
    want = _figures(df)
    for name in ("adoption{}", "coded{}", "adoption{'by': 'strate'}", "coded{'by': 'strate'}"):
        a = want[name]
        assert not ((a["platform"] == "any") & (a["year"] == 2025)).any(), name
        assert ((a["platform"] == "any") & (a["year"] == 2024)).any(), name
        assert 2025 not in a.attrs["any_platforms"]
    _narrow(monkeypatch)
    _same_figures(_figures(df), want)
