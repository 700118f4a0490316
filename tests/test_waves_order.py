"""The waves' bookkeeping on integer codes gives what the pandas sorts gave.

``read_waves`` keeps the latest reading of each entity on each platform per wave and orders
the readings by wave; ``wave_trend`` counts each wave. Both once sorted and compared
millions of strings (3.5 M readings: ``trend --data`` took 11 s). They now work on
integer codes; these tests hold them to the pandas formulation they replaced, on frames
built to be awkward: several readings of one entity in a wave (same date, other rows),
undated readings, a year-only wave, waves out of order, and a label shared by two dates.
"""

import numpy as np
import pandas as pd
import pytest

from barometre.analysis import waves as W


def _reference_latest(df: pd.DataFrame) -> pd.DataFrame:
    # the latest answered reading of the wave, if any: a later « NR » hides no answer
    order = df.assign(_a=df["present"].notna()).sort_values(
        ["code", "platform", "wave_label", "_a", "date", "source_row"], na_position="first",
        kind="stable")
    kept = order.drop_duplicates(["code", "platform", "wave_label"], keep="last")
    return kept.sort_values(["year", "wave", "wave_label"], na_position="first",
                            kind="stable").drop(columns="_a")


def _frame(seed: int, n: int = 400, shared_label: bool = False) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    waves = [("2023-10-15", 2023), ("2024-10-15", 2024), ("2025", 2025), ("2025-03-01", 2025)]
    pick = rng.integers(0, len(waves), n)
    label = np.array([waves[i][0] for i in pick], dtype=object)
    year = pd.array([waves[i][1] for i in pick], dtype="Int64")
    wave = pd.Series(pd.to_datetime([None if len(waves[i][0]) == 4 else waves[i][0]
                                     for i in pick]), dtype="datetime64[s]")
    if shared_label:  # one label, two dates: grouped by label as before
        two = (label == "2024-10-15") & (rng.random(n) < 0.5)
        wave[two] = pd.Timestamp("2024-10-20")
    day = rng.integers(0, 4, n)
    date = pd.Series(wave + pd.to_timedelta(day, unit="D"), dtype="datetime64[s]")
    date[rng.random(n) < 0.15] = pd.NaT  # undated readings
    codes = [f"{i:02d}" for i in range(1, 13)] + ["2A", "2B", "976"]
    return pd.DataFrame({
        "code": pd.array(rng.choice(codes, n), dtype="str"),
        "platform": pd.array(rng.choice(["facebook", "x", "instagram"], n), dtype="str"),
        # a fifth not answered: a later « NR » must not hide an answer of its wave
        "present": pd.array(np.where(rng.random(n) < 0.2, None, rng.random(n) < 0.6),
                            dtype="boolean"),
        "date": date,
        "year": year,
        "source_row": rng.permutation(n).astype("int64") + 2,
        "wave": wave,
        "wave_label": pd.Series(label, dtype=object),
    })


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("shared_label", [False, True])
def test_latest_per_wave_matches_the_pandas_sorts(seed, shared_label):
    df = _frame(seed, shared_label=shared_label)
    expected = _reference_latest(df)
    got = W._latest_per_wave(df)
    assert len(got) < len(df)  # readings were set aside: the case is not trivial
    pd.testing.assert_frame_equal(got, expected)
    # the frame is left as it was given
    pd.testing.assert_frame_equal(df, _frame(seed, shared_label=shared_label))


@pytest.mark.parametrize("seed", range(6))
def test_sorted_waves_matches_a_stable_sort(seed):
    df = _frame(seed).sample(frac=1, random_state=seed)
    expected = df.sort_values(["year", "wave", "wave_label"], na_position="first",
                              kind="stable")
    pd.testing.assert_frame_equal(W._sorted_waves(df), expected)


def test_each_wave_gives_the_rows_of_each_label_in_order_of_appearance():
    df = _frame(3).assign(file="a.csv")
    seen = list(W._each_wave(df))
    assert [w["wave_label"].iloc[0] for w in seen] == list(dict.fromkeys(df["wave_label"]))
    for w in seen:
        label = w["wave_label"].iloc[0]
        pd.testing.assert_frame_equal(w, df[df["wave_label"] == label])
    ordered = W._sorted_waves(df).reset_index(drop=True)
    for w in W._each_wave(ordered):  # one slice of the ordered frame: a view
        assert w.index.is_monotonic_increasing
        assert w.index[-1] - w.index[0] + 1 == len(w)


def test_first_of_pairs_lists_each_wave_and_file_once_in_order():
    df = pd.concat([_frame(1).assign(file="a.csv"), _frame(2).assign(file="b.csv")],
                   ignore_index=True).sample(frac=1, random_state=0)
    got = W._first_of_pairs(df)
    expected = df.drop_duplicates(["wave_label", "file"])
    pd.testing.assert_frame_equal(got, expected)
