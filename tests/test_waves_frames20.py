"""Waves frames put end to end (``pd.concat``) are refused by every function that pairs or
counts their readings: ``changes`` and ``transitions`` paired each reading of the old wave
with each of the new one (404 « comparable » départements of 101, shares of a frame that
does not exist) without a word, where ``wave_trend`` already refused the same frame."""

from __future__ import annotations

import pandas as pd
import pytest

import barometre as bm

_WAVES = ["data/demo/vague-2024-departements-donnees-fictives.xlsx",
          "data/demo/vague-2025-departements-donnees-fictives.csv"]


@pytest.fixture(scope="module")
def waves():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    return bm.read_waves([root / p for p in _WAVES])


@pytest.mark.parametrize("func", [bm.changes, bm.transitions, bm.movers, bm.wave_trend])
def test_two_waves_frames_with_other_answers_are_refused(waves, func):
    other = waves.assign(present=True)  # a second frame that says every account exists
    with pytest.raises(bm.UsageError) as exc:
        func(pd.concat([waves, other]))
    assert exc.value.code == "survey-frame-conflict"
    assert "aux réponses différentes" in str(exc.value)


@pytest.mark.parametrize("func", [bm.changes, bm.transitions])
def test_the_same_waves_frame_twice_is_refused(waves, func):
    with pytest.raises(bm.UsageError) as exc:
        func(pd.concat([waves, waves]))
    assert exc.value.code == "survey-frame-repeat"
    assert "Ain (01)" in str(exc.value)


def test_one_frame_of_each_wave_is_counted_once(waves):
    c = bm.changes(waves)
    # 101 départements, each paired once on Facebook (the demo reads all of them)
    assert c.set_index("platform").loc["facebook", "n_paired"] == 101
    # and the same figures from the frame rebuilt wave by wave (concat of disjoint waves)
    parts = [g for _, g in waves.groupby("wave_label", sort=True)]
    again = pd.concat(parts)
    again.attrs = waves.attrs
    pd.testing.assert_frame_equal(bm.changes(again), c)
