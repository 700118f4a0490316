"""The aggregation on integer codes (issue #19) gives exactly what the pandas groupby version gave.

``legacy_survey_analysis`` is analysis/survey.py before the change; both run on generated
tidy frames (missing answers, unknown years, ties in dates, several readings a year) and on
the demo data, and must return identical frames (values, dtypes, order, index).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import barometre as bm
from barometre.analysis import peers as new_peers
from barometre.analysis import survey as new
from barometre.datasets import reference

from . import legacy_survey_analysis as old
from .conftest import ROOT

CODES = ["01001", "01002", "44109", "75056", "13055", "69123", "33063", "2A004", "97411", "35238"]
PLATFORMS = ["facebook", "instagram", "x", "linkedin"]


def _old_league(survey):
    """The legacy league table under today's column name: its ``per_1000`` is
    ``followers_per_1000`` since 0.2 (benchmark's and rank's name for it), and numbered
    0..n-1 in its order as today's (api19b: the legacy kept the unsorted rows' labels)."""
    return old.league_table(survey).rename(
        columns={"per_1000": "followers_per_1000"}).reset_index(drop=True)

def one_reading(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` without the readings that repeat a known entity × platform × year × date (an
    unknown year one key, as the counting's): such a frame is refused now
    (``survey-frame-conflict``, :func:`barometre.analysis.survey.refuse_repeats`), as
    read_survey never gives one; the first reading of each is kept."""
    key = df.assign(_y=df["year"].astype("Float64").fillna(-1))
    repeat = key.duplicated(["code", "platform", "_y", "date"])
    return df[~(repeat & df["code"].notna() & df["platform"].notna()).to_numpy()]


def _frame(seed: int, n: int = 400, na: bool = True, repeats: bool = False) -> pd.DataFrame:
    """A random tidy frame; ``repeats``: with readings that repeat an entity × platform ×
    year × date (ties in dates, drawn on purpose), else without (:func:`one_reading`)."""
    rng = np.random.default_rng(seed)
    code = rng.choice(CODES, n)
    years = rng.choice([2023, 2024, 2025], n)
    present = pd.array(rng.random(n) < 0.6, dtype="boolean")
    followers = pd.array(np.round(np.exp(rng.normal(6, 2, n))), dtype="Float64").astype("Int64")
    followers[~present.fillna(False).to_numpy(dtype=bool)] = pd.NA
    day = rng.choice([1, 15, 15, 15, 28], n)  # ties in dates on purpose
    dates = pd.to_datetime([f"{y}-10-{d:02d}" for y, d in zip(years, day)]).as_unit("s")
    pop = pd.array(rng.choice([0, 120, 5_000, 80_000, 500_000], n), dtype="Int64")
    df = pd.DataFrame({
        "code": pd.Series(code, dtype=object), "name": pd.Series([f"Nom {c}" for c in code],
                                                                 dtype=object),
        "collectivity_type": pd.Series(["commune"] * n, dtype=object),
        "platform": pd.Series(rng.choice(PLATFORMS, n), dtype=object), "present": present,
        "followers": followers, "account": pd.Series([None] * n, dtype=object),
        "date": pd.Series(dates.to_numpy()), "year": pd.array(years, dtype="Int64"),
        "population": pop, "source_row": np.arange(2, n + 2, dtype=np.int64)})
    if na:
        m = rng.random(n)
        df.loc[m < 0.1, "present"] = pd.NA
        df.loc[(m >= 0.1) & (m < 0.15), "year"] = pd.NA
        df.loc[(m >= 0.15) & (m < 0.2), "date"] = pd.NaT
        df.loc[(m >= 0.2) & (m < 0.25), "population"] = pd.NA
        df.loc[(m >= 0.25) & (m < 0.28), "name"] = None
        df.loc[(m >= 0.28) & (m < 0.3), "source_row"] = 5  # ties down to the row
    return df if repeats else one_reading(df)


FRAMES = [pytest.param(s, na, id=f"seed{s}-{'na' if na else 'full'}")
          for s in range(6) for na in (True, False)]


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b, check_exact=True)


@pytest.mark.parametrize(("seed", "na"), FRAMES)
def test_latest_and_latest_per_year(seed, na):
    raw = _frame(seed, na=na, repeats=True)
    assert len(one_reading(raw)) < len(raw)  # ties in dates: readings that repeat
    for f in (new.latest, new.latest_per_year, new.adoption, new.follower_stats):
        with pytest.raises(bm.UsageError) as e:  # no reading picked by row order
            f(raw)
        assert e.value.code in ("survey-frame-conflict", "survey-frame-repeat")
    df = _frame(seed, na=na)
    _same(new.latest(df), old.latest(df))
    _same(new.latest_per_year(df), old.latest_per_year(df))
    one = old.latest_per_year(df)  # one reading a year: returned as is
    assert new.latest_per_year(one) is one


def _no_ref_of(df):
    # n_reference_of came after the legacy copy (what n_reference counts: type or councils);
    # n_surveyed and coverage now count the entities answered in the row's year, not in any
    # year (tests/test_columnar_core.py); ci_kind (a 95 % interval or a sure range) too;
    # n_unknown_partial (of n_unknown, "any"'s that answered "Non" somewhere) came after
    return df.drop(columns=["n_reference_of", "n_surveyed", "coverage", "ci_kind",
                            "n_unknown_partial"], errors="ignore")


@pytest.mark.parametrize(("seed", "na"), FRAMES)
def test_adoption_follower_stats_rank(seed, na):
    df = _frame(seed, na=na)
    for kw in ({}, {"by": "strate"}, {"platforms": ["facebook", "x"]}):
        # by size band, census and intervals are now per band (its own population): compared
        # in tests/test_survey_rules.py, not against the legacy copy
        design = ["ci_low", "ci_high", "census"] if kw.get("by") else []
        want = old.adoption(df, **kw).drop(columns=design + ["n_surveyed", "coverage"])
        if kw.get("by"):  # the bands by population now, the legacy's as text (rvnb19 #3)
            rank = {label: i for i, (_, label) in enumerate(reference.INSEE_BANDS)}
            want = want.sort_values("strate", key=lambda b: b.map(rank),
                                    kind="stable").reset_index(drop=True)
        # by size band, each row's band N (n_strate) came after the legacy copy; the legacy
        # knew no design: these 10 codes, 7 of them large cities, are no random draw of the
        # communes' size bands (strata20), said in attrs only
        _same(_no_ref_of(new.adoption(df, design=False, **kw)).drop(columns=design + (
            ["n_strate"] if kw.get("by") else [])), want)
    # follower figures now count only the accounts (present true: a count beside a presence
    # not answered, as these frames hold, is no account's count; tests/test_no_account.py):
    # against the legacy copy on the same readings with those counts dropped
    accounts = new.account_counts(df)[0]
    _same(new.follower_stats(df), old.follower_stats(accounts))
    # rankings now compare only the readings of the latest year (an older one is set aside,
    # tests/test_rank_years.py): against the legacy copy on readings of one year
    # (one year for all: undated readings of other years now repeat, dropped)
    one = one_reading(df.assign(year=pd.array([2025] * len(df), dtype="Int64")))
    one_accounts = new.account_counts(one)[0]
    _same(new_peers.league_table(one), _old_league(one_accounts))
    for metric in ("followers", "followers_per_1000"):
        got = new_peers.rank(one, "facebook", metric=metric, top=3)
        _same(got[old.RANK_COLUMNS], old.rank(one_accounts, "facebook", metric=metric, top=3))
        assert got.attrs["set_aside"] == {}
    got = new_peers.benchmark(one, "44109")
    want = old.benchmark(one_accounts, "44109")
    _same(got[list(want.columns)], want)


def test_only_missing_names_and_no_any_rows():
    """The "any" platform is counted inside adoption now: compared there with the legacy."""
    df = _frame(7)
    df["name"] = None
    # (design=False: the legacy copy knew no design; these codes are no random draw of the
    # communes' size bands, strata20)
    _same(_no_ref_of(new.adoption(df, design=False)),
          old.adoption(df).drop(columns=["n_surveyed", "coverage"]))
    anyp = old._with_any(df)
    assert anyp["platform"].eq("any").sum() == df.groupby(["code", df["year"].fillna(-1)]).ngroups
    # an "any" already there is recomputed apart
    _same(_no_ref_of(new.adoption(anyp, design=False)),
          old.adoption(anyp).drop(columns=["n_surveyed", "coverage"]))


def test_restrict_does_not_touch_the_callers_frame():
    df = _frame(8)
    df.loc[:9, "collectivity_type"] = "departement"
    before = df.copy()
    _same(new.restrict(df, "commune"), old.restrict(df, "commune"))
    _same(df, before)
    only = df[df["collectivity_type"] == "commune"]
    out = new.restrict(only, "commune")
    out.loc[out.index[0], "code"] = "XXX"
    assert (only["code"] != "XXX").all()


@pytest.mark.parametrize("name", ["enquete-departements-donnees-fictives.xlsx",
                                  "releves-departements-donnees-fictives.csv"])
def test_demo_data_same_aggregates(name):
    s = bm.read_survey(ROOT / "data" / "demo" / name)
    _same(_no_ref_of(new.adoption(s)), old.adoption(s).drop(columns=["n_surveyed", "coverage"]))
    _same(new.follower_stats(s), old.follower_stats(s))
    _same(new_peers.league_table(s), _old_league(s))
    _same(new.latest_per_year(s), old.latest_per_year(s))
