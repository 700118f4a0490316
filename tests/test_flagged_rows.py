"""The reader's per-row passes done on the few flagged rows (issue #19): each helper
against the plain formulation it replaces."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest


def _chunked(cells: list, typ) -> object:
    """Sliced chunks (offsets not at zero), an empty one, one all null, one all digits."""
    import pyarrow as pa

    whole = pa.array(cells, type=typ)
    k = len(cells) // 3
    return pa.chunked_array([whole.slice(1, k), whole.slice(k, 0), pa.nulls(3, typ),
                             pa.array(["1", "22", "333"], type=typ), whole.slice(k + 1)],
                            type=typ)


@pytest.mark.parametrize("large", [False, True])
def test_counts_of_arrow_chunks_read_as_each_cell_alone(large):
    import pyarrow as pa

    from barometre.survey.raw import RowColumn
    from barometre.survey.values import parse_count_column

    cells = ["12", "", None, "0012", "12 345", "1,000", "1,2 k", "x", "-5", "999999999",
             "1000000001", "007", None, "\u0663", "12,5", "9", "", "1.000", "N/A", "3"] * 7
    typ = pa.large_string() if large else pa.string()
    arr = _chunked(cells, typ)
    got = parse_count_column(RowColumn(arr))
    expected = parse_count_column(pd.Series(arr.to_pylist(), dtype=object))
    np.testing.assert_array_equal(got[0], expected[0])
    assert got[0].dtype == np.float64
    for a, b in zip(got[1:], expected[1:]):
        assert a[0].tolist() == b[0].tolist() and a[1] == b[1]
    # plain digits only, with blanks: no cell left to parse
    clean = _chunked(["1", None, "", "23", "456"] * 9, typ)
    values, errors, notes = parse_count_column(RowColumn(clean))
    expected = [np.nan if v in (None, "") else float(v) for v in clean.to_pylist()]
    np.testing.assert_array_equal(values, expected)
    assert not len(errors[0]) and not len(notes[0])


def test_numbers_of_integers_with_gaps_as_floats():
    import pyarrow as pa

    from barometre.survey.raw import numbers_of

    whole = pa.array([1, None, 3, 2 ** 40, None, -7, 0, None], type=pa.int64())
    arr = pa.chunked_array([whole.slice(1, 4), pa.nulls(2, pa.int64()), whole.slice(5),
                            whole.slice(0, 0)])
    got = numbers_of(arr)
    assert got.dtype == np.float64
    np.testing.assert_array_equal(got, [np.nan, 3, 2 ** 40, np.nan, np.nan, np.nan, -7, 0,
                                        np.nan])
    np.testing.assert_array_equal(numbers_of(pa.array([4, 5], type=pa.int32())), [4, 5])


@pytest.mark.parametrize("dtype", [np.int32, np.intp, np.int8])
@pytest.mark.parametrize("n", [0, 5, (1 << 16) * 3 + 7])
def test_rows_looked_up_slice_by_slice_as_at_once(dtype, n):
    from barometre.survey.normalize import _spread

    rng = np.random.default_rng(n)
    codes = rng.integers(-1, 5, n).astype(dtype)  # -1: missing, the table's last item
    dates = np.array(["2020-01-01", "NaT", "2099-01-01", "1999-05-05", "2024-10-15", "NaT"],
                     dtype="datetime64[s]")
    years = np.array([2020.0, np.nan, 2099, 1999, 2024, np.nan])
    flags = np.array([0, 1, 2, 3, 0, 0], dtype=np.uint8)
    for f in (flags, np.zeros(6, np.uint8), None):
        (got_dates, got_years), rows = _spread(codes, [dates, years], f)
        assert got_dates.dtype == dates.dtype and got_years.dtype == years.dtype
        np.testing.assert_array_equal(got_dates, dates[codes])
        np.testing.assert_array_equal(got_years, years[codes])
        if f is None:
            assert rows is None
        else:
            assert rows.dtype == np.intp
            np.testing.assert_array_equal(rows, np.flatnonzero(f[codes]))


def _blank_rule_plainly(present, platforms, usable, explicit_no, policy):
    """The blank rule as it was written on masks of every reading (the reference)."""
    from barometre.survey.raw import unique_in_order

    blank = (present < 0) & usable
    decisions = []
    if not blank.any():
        return present, decisions
    present = present.copy()
    for p in unique_in_order(platforms[blank]):
        of_p = platforms == p
        mine = blank & of_p
        meaning = policy or ("unknown" if (explicit_no & of_p & usable).any() else "absent")
        if meaning == "absent":
            present[mine] = 0
        decisions.append((p, meaning, mine))
    return present, decisions


@pytest.mark.parametrize("policy", [None, "absent", "unknown"])
@pytest.mark.parametrize("n", [0, 40, (1 << 16) * 2 + 3])
@pytest.mark.parametrize("ids", [False, True])
def test_blank_rule_on_the_blank_rows_as_on_every_reading(policy, n, ids):
    from barometre.survey.rules import apply_blank_rule

    rng = np.random.default_rng(n + len(policy or ""))
    present = rng.choice(np.array([-1, 0, 1], dtype=np.int8), n, p=[0.01, 0.5, 0.49])
    platforms = rng.integers(0, 6, n).astype(np.int8)
    platforms[present == 0] %= 4  # platforms 4 and 5: no "Non", their blanks are absent
    if ids:
        platforms = np.array(["facebook", "x", "instagram", "tiktok", "linkedin", "youtube"],
                             dtype=object)[platforms]
    explicit_no = present == 0
    for usable in (np.ones(n, dtype=bool), rng.random(n) < 0.9):
        expected, exp_decisions = _blank_rule_plainly(present, platforms, usable, explicit_no,
                                                      policy)
        for given in (usable, None) if usable.all() else (usable,):
            before = present.copy()
            got, decisions = apply_blank_rule(present, platforms, given, explicit_no, policy)
            np.testing.assert_array_equal(present, before)  # never changed in place
            assert got.dtype == present.dtype
            np.testing.assert_array_equal(got, expected)
            assert [(p, m) for p, m, _ in decisions] == [(p, m) for p, m, _ in exp_decisions]
            for (_, _, rows), (_, _, mask) in zip(decisions, exp_decisions):
                np.testing.assert_array_equal(rows, np.flatnonzero(mask))


@pytest.mark.parametrize("n", [0, 30, (1 << 16) + 5])
def test_wave_date_given_slice_by_slice_to_the_kept_readings(n):
    from barometre.survey.rules import fill_wave_date

    rng = np.random.default_rng(n)
    dates = np.where(rng.random(n) < 0.3, np.datetime64("NaT"),
                     np.datetime64("2024-10-15", "s")).astype("datetime64[s]")
    year = np.where(rng.random(n) < 0.5, np.nan, 2023.0)
    keep = rng.random(n) < 0.8
    wave = np.datetime64("2025-10-15", "s")
    missing = np.isnat(dates) & np.isnan(year)
    for k, expected in ((None, missing), (keep, missing & keep)):
        d, y = dates.copy(), year.copy()
        asked = []
        filled = fill_wave_date(d, y, lambda: asked.append(1) or wave, k)
        np.testing.assert_array_equal(filled, expected)
        assert asked == ([1] if expected.any() else [])
        np.testing.assert_array_equal(d, np.where(expected, wave, dates))
        np.testing.assert_array_equal(y, np.where(expected, 2025.0, year))
        d = dates.copy()
        assert not fill_wave_date(d, year.copy(), None, k).any()
        np.testing.assert_array_equal(d, dates)


def _readings(eidx, platform, date):
    from barometre.survey import normalize

    n = len(eidx)
    ent_key = np.arange(eidx.max(initial=0) + 1)
    year = date.astype("datetime64[Y]").astype(float) + 1970
    return normalize.Readings(
        ent_key, ent_key, np.zeros(len(ent_key)), "commune", eidx, platform,
        np.ones(n, np.int8), np.full(n, np.nan), None, np.zeros(0, object), date, year,
        np.arange(n)), ent_key


@pytest.mark.parametrize("seed", range(6))
def test_long_key_by_look_up_tables_as_part_by_part(seed):
    from barometre.survey import normalize

    rng = np.random.default_rng(seed)
    n = 5000
    eidx = rng.integers(0, 300, n).astype(np.int32)
    platform = rng.choice(np.array([3, 0, 7, 1], dtype=np.int8), n)  # first seen: 3, …
    if seed % 2:
        platform[:] = np.sort(platform)  # first seen in code order: no renumbering
    date = (np.datetime64("2016-10-15", "s")
            + rng.integers(0, 10, n) * 86400 * 365).astype("datetime64[s]")
    readings, ent_key = _readings(eidx, platform, date)
    fast = normalize._LongKey(readings, ent_key, False)
    assert fast._parts is not None
    plain = normalize._LongKey(readings, ent_key, False)
    plain._parts = None
    for rows in (slice(None), slice(17, 4000), slice(4999, None)):
        np.testing.assert_array_equal(fast.of(rows), plain.of(rows))
    key, starts = fast.with_runs(step=512)
    np.testing.assert_array_equal(key, plain.of())
    np.testing.assert_array_equal(starts, np.flatnonzero(key[1:] <= key[:-1]) + 1)


def _repeated_plainly(key):
    values, counts = np.unique(key, return_counts=True)
    return np.flatnonzero(np.isin(key, values[counts > 1]))


@pytest.mark.parametrize("shape", ["intruders", "halves", "shuffled", "many-runs", "sorted"])
def test_repeated_keys_found_across_runs_as_by_one_sort(shape):
    from barometre.survey.normalize import _repeated, _repeated_across_runs

    rng = np.random.default_rng(len(shape))
    base = np.unique(rng.integers(0, 10 ** 12, 20000))
    if shape == "intruders":  # a sorted file with a few readings out of place, some repeated
        key = base.copy()
        at = rng.choice(len(key), 30, replace=False)
        key = np.insert(key, np.sort(rng.choice(len(key), 30)), key[at])
        key = np.insert(key, 100, [5, 10 ** 13])  # new values out of place
    elif shape == "halves":  # two waves, each sorted, sharing some readings
        key = np.concatenate([base[::2], np.sort(np.concatenate([base[1::2], base[::50]]))])
    elif shape == "shuffled":
        key = rng.permutation(np.concatenate([base, base[::7]]))
    elif shape == "many-runs":  # more runs than are searched pair by pair
        key = np.concatenate([np.sort(rng.choice(base, 40)) for _ in range(400)])
    else:
        key = base.copy()
    expected = _repeated_plainly(key)
    starts = np.flatnonzero(key[1:] <= key[:-1]) + 1
    for given in (starts, None):
        got = _repeated(key, given)
        np.testing.assert_array_equal(got, expected)
    assert shape == "sorted" or len(expected)
    pairwise = _repeated_across_runs(key, starts)  # the path taken with runs
    assert (pairwise is None) == (shape in ("halves", "shuffled", "many-runs"))
    if shape == "halves":  # finely interleaved, when allowed: alike
        np.testing.assert_array_equal(_repeated_across_runs(key, starts, len(key)), expected)
