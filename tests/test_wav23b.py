"""Panels and the « † » mark, the same in every command (wav23b).

1. ``compare --panel`` on a long file left the entities of some waves only out of its
   figures without a word (``attrs["panel_out"]`` held them; trend and changes say them),
   and read the whole tidy frame to cut the file's waves: it now says them on stderr in
   trend's words, and counts on the coded readings (no frame; figures unchanged).
2. ``adoption(read_coded(f), panel=True)`` kept the file's own 30 entities where
   ``adoption(read_survey(f), panel=True)`` kept the 11 of every wave: the README and
   :func:`barometre.analysis.survey.balanced_panel` say a long file's panel is the
   entities of every wave (« a wave of 60 then one of those 60 and 150 more is a panel of
   60 »), so the coded readings now give the 11 too.

Set A (tests/files/waves21) and its long file (tests/test_waves22a.py's ``_long_file``):
11 départements in every wave, 19 out of the panel (3 missing on 15/10/2024, 19 on
10/03/2025, 1 on 14/10/2025).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

import barometre as bm
from barometre.survey import reader
from barometre.survey.reader import read_coded

from .conftest import FILES
from .test_waves22a import _long_file

A = FILES / "waves21"
SET_A = [A / "a_w2024.csv", A / "a_w2025mars.xlsx", A / "a_w2025oct.csv",
         A / "d_w2025mars_plus.xlsx"]
OUT_FR = ("19 départements non relevés à l'une des vagues, hors panel (3 le 15 octobre "
          "2024, 19 le 10 mars 2025, 1 le 14 octobre 2025)")
OUT_EN = ("19 départements absent from a wave, out of the panel (3 on 15 October 2024, 19 "
          "on 10 March 2025, 1 on 14 October 2025)")
FIGURES = ["collectivity_type", "platform", "year", "share", "n_present", "n_base", "ci_low",
           "ci_high", "census", "n_reference", "n_surveyed", "n_unknown"]


@pytest.fixture(scope="module")
def long_file(tmp_path_factory):
    return _long_file(tmp_path_factory.mktemp("wav23b"))


# --- 1. compare --panel: those left out said, no frame --------------------------------------

def test_compare_panel_says_who_is_out_of_the_panel(cli, long_file):
    res = cli("compare", "--data", long_file, "-t", "departement", "--panel")
    assert res.exit_code == 0, res.output
    assert OUT_FR in res.stderr.splitlines()
    assert "hors panel" not in res.stdout  # on stderr, as trend and changes say it
    # trend says it in the same words
    trend = cli("trend", "--data", long_file, "-t", "departement", "--panel")
    assert OUT_FR in trend.stderr.splitlines()
    en = cli("compare", "--data", long_file, "-t", "departement", "--panel", "-f", "json",
             "--lang", "en")
    assert en.exit_code == 0, en.output
    assert OUT_EN in en.stderr.splitlines()
    json.loads(en.stdout)  # stdout stays the JSON alone
    # a file of one wave: its own entities, nobody out
    one = cli("compare", "--data", A / "a_w2025oct.csv", "-t", "departement", "--panel")
    assert one.exit_code == 0 and "panel" not in one.stderr.replace("--panel", "")


def test_compare_panel_counts_without_the_frame(cli, long_file, monkeypatch):
    before = json.loads(cli("compare", "--data", long_file, "-t", "departement", "--panel",
                            "-f", "json").stdout)

    def no_frame(*args, **kwargs):
        raise AssertionError("compare --panel read the tidy frame")

    monkeypatch.setattr(reader, "read_survey", no_frame)
    res = cli("compare", "--data", long_file, "-t", "departement", "--panel", "-f", "json")
    assert res.exit_code == 0, res.output
    after = json.loads(res.stdout)
    assert after == before
    fb = next(r for r in after if r["platform"] == "facebook")
    assert (fb["n_present"], fb["n_base"], fb["n_reference"]) == (9, 11, 11)
    assert OUT_FR in res.stderr.splitlines()


# --- 2. the coded readings' panel is the frame's ----------------------------------------------

@pytest.mark.parametrize("which", ["long", *range(len(SET_A))])
def test_coded_and_frame_panels_agree(which, long_file):
    path = long_file if which == "long" else SET_A[which]
    frame = bm.adoption(bm.read_survey(path), panel=True)
    coded = bm.adoption(read_coded(path), panel=True)
    pd.testing.assert_frame_equal(coded[FIGURES].reset_index(drop=True),
                                  frame[FIGURES].reset_index(drop=True))
    assert coded.attrs.get("panel_out") == frame.attrs.get("panel_out")
    assert coded.attrs["panel"] == frame.attrs["panel"]
    if which == "long":  # hand: the 11 of every wave, Facebook 2025 9 of 11
        assert coded.attrs["panel"]["departement"]["n"] == 11
        assert coded.attrs["panel_out"]["n"] == 19
        fb = coded[(coded["platform"] == "facebook") & (coded["year"] == 2025)].iloc[0]
        assert (fb["n_present"], fb["n_base"]) == (9, 11)
    else:  # a file of one wave is its own panel
        assert "panel_out" not in coded.attrs
