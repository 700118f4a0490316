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


# --- 3. a part held whole beside others: changes and Mouvements mark « † » --------------------

def _bands_waves(tmp_path):
    """Every grande ville (the 42 communes of 100,000 inhabitants or more) beside 60 other
    communes drawn at random, read twice: compare's « † » (no random sample of the 34,875
    communes). Facebook: 53 then 72 of 102."""
    import random

    e = bm.reference.entities("commune")
    big = sorted(e.loc[e["population"] >= 100_000, "code"])
    codes = big + random.Random(23).sample(sorted(e.loc[e["population"] < 100_000, "code"]), 60)

    def write(name, date, yes):
        path = tmp_path / name
        path.write_text("Code INSEE;Facebook;Date du relevé\n" + "".join(
            f"{c};{'Oui' if yes(i) else 'Non'};{date}\n" for i, c in enumerate(codes)),
            encoding="utf-8")
        return path

    old = write("band2024.csv", "15/10/2024", lambda i: (i < 42 and i % 5) or (i >= 42 and i % 3 == 0))
    new = write("band2025.csv", "15/10/2025", lambda i: i < 42 or i % 2 == 0)
    return old, new


def test_changes_marks_a_part_held_whole_beside_others(cli, tmp_path):
    old, new = _bands_waves(tmp_path)
    (rec,) = json.loads(cli("compare", "--data", new, "-t", "commune", "-f", "json").stdout)
    assert rec["flags"] == ["non_random_sample"] and rec["ci_low"] is None  # compare's †
    trend = cli("trend", "-t", "commune", "--data", old, "--data", new)
    assert trend.stdout.count("voir †") == 2  # both waves marked, as compare marks them
    res = cli("changes", "--data", old, "--data", new)
    assert res.exit_code == 0, res.output
    row = next(line for line in res.stdout.splitlines() if line.startswith("Facebook"))
    said = row.replace("\u202f", " ")
    assert "52 % → 71 %†" in said and "voir †" in said
    assert "0,003" not in said  # McNemar's p on the pooled pairs, given before
    # under the table, on stdout (s32: was stderr)
    (note,) = [line for line in res.stdout.replace("\u202f", " ").splitlines()
               if line.startswith("†")]
    assert note.startswith("† Les vagues tiennent les 42 grandes villes, toutes, à côté de 60 "
                           "autres communes ; ce n'est pas un échantillon tiré au hasard des "
                           "34 875 communes : les parts et l'évolution sont celles des entités "
                           "comparées, qui surreprésentent cette partie")
    assert "aucun test (p)" in note
    en = cli("changes", "--data", old, "--data", new, "-f", "json", "--lang", "en")
    (rec,) = json.loads(en.stdout)
    assert (rec["flags"], rec["p_value"]) == (["non_random_sample"], None)  # a list (s33)
    assert (rec["joined"], rec["left"], rec["stayed"]) == (29, 10, 43)
    assert "† The waves hold all 42 large cities beside 60 other municipalities" in en.stderr
    # the API: the flag, no p, the part said
    c = bm.changes(bm.read_waves([old, new]))
    assert c["flags"].tolist() == ["non_random_sample"] and c["p_value"].isna().all()
    assert c.attrs["mix_design"]["n_subset"] == 42 and c.attrs["mix_design"]["n_others"] == 60


def test_movements_marks_a_part_held_whole_beside_others(cli, tmp_path):
    import openpyxl

    old, new = _bands_waves(tmp_path)
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", old, "--data", new, "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    ws = wb["Mouvements"]
    fb = next(r for r in ws.iter_rows() if r[0].value == "Facebook")
    assert [c.value for c in fb[5:7]] == [53 / 102, 72 / 102]
    assert [c.number_format for c in fb[5:7]] == ['0 %"†"', '0 %"†"']
    assert fb[8].value == "voir †"
    notes = [r[0].value for r in ws.iter_rows() if isinstance(r[0].value, str)]
    assert any(n.startswith("† Les vagues tiennent les 42 grandes villes") for n in notes)
    # the Évolution marks both waves, as it did
    ev = wb["Évolution"]
    assert any("†" in str(c.number_format) for r in ev.iter_rows() for c in r)


# --- 4. a part held whole alone: trend gives the part's figures, as compare ------------------

def _metro_waves(tmp_path):
    """The 96 metropolitan départements, nothing overseas: 2024 all answered (72 on
    Facebook, the part's census), 2025 ten blank (70 of 86, a sample of the 96)."""
    metro = [c for c in bm.reference.type_codes("departement") if not c.startswith("97")]

    def write(name, date, answer):
        path = tmp_path / name
        path.write_text("Code;Facebook;Date du relevé\n" + "".join(
            f"{c};{answer(i)};{date}\n" for i, c in enumerate(metro)), encoding="utf-8")
        return path

    old = write("metro2024.csv", "15/10/2024", lambda i: "Oui" if i % 4 else "Non")
    new = write("metro2025.csv", "15/10/2025",
                lambda i: "" if i % 10 == 3 else "Oui" if i % 6 else "Non")
    return old, new


def test_trend_gives_a_part_alone_its_own_figures_as_compare(cli, tmp_path):
    old, new = _metro_waves(tmp_path)
    comp = {}
    for f in (old, new):
        (rec,) = json.loads(cli("compare", "--data", f, "-t", "departement", "-f", "json").stdout)
        comp[f] = rec
    assert comp[old]["subset_census"] is True and comp[old]["ci_low"] is None
    assert (comp[new]["ci_low"], comp[new]["ci_high"], comp[new]["n_subset"]) == (
        0.7812, 0.8333, 96)  # the part's interval (N = 96)
    res = cli("trend", "-t", "departement", "--data", old, "--data", new)
    assert res.exit_code == 0, res.output
    out = res.stdout.replace("\u202f", " ")
    rows = [line for line in out.splitlines() if line.startswith("Facebook")]
    assert "exhaustif (métropole)" in rows[0] and "72/96" in rows[0]
    assert "IC 95 % : 78–83 % (métropole)" in rows[1]  # compare's, not the 101's 77–84 %
    assert "(N = 96 départements de métropole)" in out and "N = 101" not in out
    notes = out  # under the table, with it (s32: was stderr)
    assert "son intervalle suppose un tirage au hasard" not in notes
    assert "Vague du" not in res.stderr
    assert ("Vague du 15 octobre 2024 : le fichier tient les 96 départements de métropole et rien "
            "d'outre-mer ; ce n'est pas un échantillon tiré au hasard des 101 départements : "
            "sa part est celle de cette partie") in notes
    recs = json.loads(cli("trend", "-t", "departement", "--data", old, "--data", new,
                          "-f", "json").stdout)
    assert [(r["census"], r["ci_low"], r["ci_high"]) for r in recs] == [
        (True, None, None), (False, comp[new]["ci_low"], comp[new]["ci_high"])]
    en = cli("trend", "-t", "departement", "--data", old, "--data", new, "--lang", "en")
    assert "census (metropolitan)" in en.stdout and "(N = 96 metropolitan départements)" in en.stdout
    # the chart: no bar for the part's census, a bar for the sample of it
    t = bm.wave_trend(bm.read_waves([old, new]))
    gids = [line.get_gid() for line in bm.charts.wave_trend(t).axes[0].lines]
    assert "ci:facebook:2024-10-15" not in gids and "ci:facebook:2025-10-15" in gids
