"""A long file reads like its waves read one by one (waves22c).

Set A (tests/files/waves21): a_w2024.csv (15/10/2024, 27 départements), a_w2025mars.xlsx
(10/03/2025, 11, Facebook only), a_w2025oct.csv (14/10/2025, 29), and the same rows in one
long file with a date column (tests/test_waves22a.py's ``_long_file``).

1. The blank rule. 2024's Instagram column holds 13 « Oui » and 14 blanks, no « Non »: its
   blanks are absences (the « x or blank » convention), 13/27 = 48 %. October 2025's holds
   23 « Oui », 1 « Non », 5 blanks: not answered, 23/24 = 96 %. The long file read its
   Instagram column whole (a « Non » in 2025) and so 2024's blanks as not answered: 13/13 =
   100 %. Each wave now reads its blanks by its own rows, as the separate files.
2. ``report --panel`` on the long file: 11 départements in every wave (as with the three
   files), on every sheet; it said 30 in the Synthèse (« présentes à chaque vague ») and 26
   in the Mouvements.
"""

from __future__ import annotations

import json

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset
from barometre.analysis.waves import wave_trend

from .conftest import FILES
from .test_fast_path import fast_reader, normal_reader, same_reading
from .test_waves22a import _long_file

A = FILES / "waves21"
OLD, MARCH, NEW = A / "a_w2024.csv", A / "a_w2025mars.xlsx", A / "a_w2025oct.csv"


def _column(path, name) -> pd.Series:
    return pd.read_csv(path, sep=";", dtype=str, keep_default_na=False)[name]


def _shares(waves: pd.DataFrame) -> dict:
    t = wave_trend(waves)
    return {(r.wave, r.platform):
            (int(r.n_present), int(r.n_base), int(r.n_unknown)) for r in t.itertuples()}


@pytest.fixture(scope="module")
def long_file(tmp_path_factory):
    return _long_file(tmp_path_factory.mktemp("w22c"))


# --------------------------------------------------------------------------- 1. blank rule

def test_hand_counts_of_set_a_instagram():
    old, new = _column(OLD, "Instagram"), _column(NEW, "Instagram")
    assert (old == "Oui").sum() == 13 and (old == "").sum() == 14 and not (old == "Non").any()
    assert ((new == "Oui").sum(), (new == "Non").sum(), (new == "").sum()) == (23, 1, 5)


def test_long_file_gives_the_three_files_figures(long_file):
    three = _shares(bm.read_waves([OLD, MARCH, NEW]))
    one = _shares(bm.read_waves(long_file))
    # 2024's blanks absences: 13 of 27, not 13 of 13
    assert one[("2024-10-15", "instagram")] == (13, 27, 0)
    assert one[("2025-10-14", "instagram")] == (23, 24, 5)
    assert one[("2024-10-15", "facebook")] == (25, 26, 1)  # Ardèche blank, Facebook has Non
    # every figure of the three files, the same; the long file's waves without a column
    # (Instagram in March, TikTok before October 2025) are not answered there, no figure
    assert one == three


def test_long_file_changes_as_the_files(long_file, cli):
    res = cli("changes", "--data", OLD, "--data", NEW, "-f", "json")
    files = {r["platform"]: r for r in json.loads(res.stdout)}
    res = cli("changes", "--data", long_file, "--old", "2024", "-f", "json")
    assert res.exit_code == 0, res.output
    one = {r["platform"]: r for r in json.loads(res.stdout)}
    for p in files:
        assert {k: v for k, v in one[p].items() if k != "source"} == \
               {k: v for k, v in files[p].items() if k != "source"}
    # each wave's blanks read by its own rule (blank25: waves21a read those of 2024 as not
    # answered in both, 13 comparable, no arrival)
    ig = one["instagram"]
    assert (ig["n_paired"], ig["joined"], ig["left"]) == (21, 7, 0)


def test_validate_says_which_waves_read_blanks_which_way(long_file, cli):
    res = cli("validate", long_file, "-t", "departement")
    out = res.stdout + res.stderr
    assert ("Instagram : cellules vides lues vague par vague, chacune selon ses propres "
            "réponses (comme des fichiers séparés) : vague du 15 octobre 2024, 14 comptées comme "
            "absence (aucun « Non » à cette vague) ; vague du 10 mars 2025, 11 comptées comme "
            "« non renseigné » (aucune réponse à cette vague) ; vague du 14 octobre 2025, 5 "
            "comptées comme « non renseigné » ; --blank absent ou --blank unknown pour une "
            "seule règle") in out
    assert "Instagram : 14 cellules vides comptées comme absence" in out
    assert ("TikTok : aucune réponse aux vagues du 15 octobre 2024 et du 10 mars 2025 (réseau non "
            "relevé alors) ; 38 cellules vides comptées comme « non renseigné »") in out
    en = cli("validate", long_file, "-t", "departement", "--lang", "en")
    out = en.stdout + en.stderr
    assert ("Instagram: blank cells read wave by wave, each by its own answers (as separate "
            "files are): wave of 15 October 2024, 14 blank cells counted as absent (no “Non” in "
            "that wave); wave of 10 March 2025, 11 blank cells counted as “not answered” (no "
            "answer in that wave); wave of 14 October 2025, 5 blank cells counted as “not "
            "answered”; --blank absent or --blank unknown for one rule") in out


def test_blank_option_still_decides_every_wave(long_file):
    for blank, share in (("unknown", (13, 13)), ("absent", (13, 27))):
        w = bm.read_waves(long_file, blank=blank)
        got = _shares(w)[("2024-10-15", "instagram")]
        assert got[:2] == share
        assert not any(p.get("code") == "blank-waves" for p in w.attrs["problems"])


def test_the_two_readers_agree_on_the_long_file(long_file, tmp_path):
    same_reading(normal_reader, fast_reader, long_file)
    s = bm.read_survey(long_file)
    codes = [p.code for p in s.attrs["problems"]]
    assert codes.count("blank-waves") == 1
    # the Parquet reader too
    pq = tmp_path / "a_long.parquet"
    pd.read_csv(long_file, sep=";", dtype=str, keep_default_na=False).replace(
        "", None).to_parquet(pq)
    assert _shares(bm.read_waves(pq)) == _shares(bm.read_waves(long_file))


def test_a_long_file_of_years_without_dates(tmp_path):
    """Per year when the file has no date: 2024's blanks absences, 2025's not answered."""
    old = pd.read_csv(OLD, sep=";", dtype=str, keep_default_na=False).assign(Année="2024")
    new = pd.read_csv(NEW, sep=";", dtype=str, keep_default_na=False).assign(Année="2025")
    f = tmp_path / "years.csv"
    pd.concat([old, new], ignore_index=True).fillna("").drop(columns="Date du relevé").to_csv(
        f, sep=";", index=False)
    got = _shares(bm.read_waves(f))
    assert got[("2024", "instagram")] == (13, 27, 0)
    assert got[("2025", "instagram")] == (23, 24, 5)
    # compare's 2024 too
    c = bm.compare_survey(bm.read_survey(f), year=2024)
    ig = c[c["platform"] == "instagram"].iloc[0]
    assert (ig["n_present"], ig["n_base"]) == (13, 27)


def test_one_wave_file_unchanged():
    """A file of one wave keeps the column's rule and says no wave."""
    s = bm.read_survey(OLD)
    assert [p.code for p in s.attrs["problems"]] == ["blank-unknown", "blank-absent"]


# --------------------------------------------------------------------------- 2. one panel

def _rows(path, sheet) -> list[tuple]:
    return [tuple(v for v in r if v is not None)
            for r in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True)]


def _figures(path) -> list[tuple]:
    """The Adoption sheet's figures without the source column."""
    rows = list(openpyxl.load_workbook(path)["Adoption"].iter_rows(values_only=True))
    src = rows[0].index("Source")
    return [r[:src] + r[src + 1:] for r in rows[1:] if r[0]]


def test_report_panel_on_the_long_file_counts_the_11(long_file, tmp_path, cli):
    one, three = tmp_path / "one.xlsx", tmp_path / "three.xlsx"
    assert cli("report", "--data", long_file, "--panel", "-o", one).exit_code == 0
    assert cli("report", "--data", OLD, "--data", MARCH, "--data", NEW, "--panel",
               "-o", three).exit_code == 0
    syn = [x for r in _rows(one, "Synthèse") for x in r]
    assert typeset("Périmètre : 11 départements du panel", "fr") in syn
    assert typeset("Périmètre : 30 départements du panel", "fr") not in syn
    # hand: 11 in every wave; Facebook 2025 latest answers of the 11: 9 present of 11
    fb = next(r for r in _figures(one) if r[1] == "Facebook")
    assert (fb[4], fb[5]) == (9, 11)
    assert _figures(one) == _figures(three)
    mv = _rows(one, "Mouvements")
    assert mv[0][0].startswith("11 départements du panel (dans chacune des 3 vagues lues)")
    fb = next(r for r in mv if r and r[0] == "Facebook")
    assert fb[1:5] == (1, 2, 5, 3)  # as the three files (tests/test_waves22a.py)
    assert ("19 départements non relevés à l'une des vagues, hors panel (3 le 15 octobre "
            "2024, 19 le 10 mars 2025, 1 le 14 octobre 2025)",) in mv
    note = next(r[0] for r in mv if r and str(r[0]).startswith("Panel du rapport"))
    assert "compare les 26" in note and "--panel" in note
    ev_one = [r for r in _rows(one, "Évolution")[1:3]]
    ev_three = [r for r in _rows(three, "Évolution")[1:3]]
    assert ev_one == ev_three


def test_adoption_and_compare_panel_of_the_long_file(long_file, cli):
    s = bm.read_survey(long_file)
    a = bm.adoption(s, panel=True)
    fb = a[(a["platform"] == "facebook").to_numpy()].set_index("year")
    # 2024: Ardèche blank of the 11, 9 of 10; 2025: the latest answers, 9 of 11
    assert (fb.loc[2024, "n_present"], fb.loc[2024, "n_base"]) == (9, 10)
    assert (fb.loc[2025, "n_present"], fb.loc[2025, "n_base"]) == (9, 11)
    assert a.attrs["panel_out"]["n"] == 19
    res = cli("compare", "--data", long_file, "-t", "departement", "--panel", "-f", "json")
    assert res.exit_code == 0, res.output
    fb = next(r for r in json.loads(res.stdout) if r["platform"] == "facebook")
    assert (fb["n_present"], fb["n_base"]) == (9, 11)
    # a file of one wave keeps its own entities as its panel
    one = bm.adoption(bm.read_survey(NEW), panel=True)
    assert one[one["platform"] == "facebook"].iloc[0]["n_base"] == 27
    assert "panel_out" not in one.attrs
