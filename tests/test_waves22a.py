"""One report, one base; every wave's date (waves22a).

Set A (tests/files/waves21, the reviewer's files): 30 départements in three waves,
a_w2024.csv (15/10/2024, 27 départements), a_w2025mars.xlsx (10/03/2025, 11, Facebook only)
and a_w2025oct.csv (14/10/2025, 29).

1. ``report --panel`` over the three waves: the report's panel is the entities of every
   wave read (11), on every sheet, the Mouvements too (they counted the 26 of the two
   compared waves: two Facebook 2025 shares in one workbook). By hand on the 11: Facebook
   comparable at both October waves 8 (Alpes-Maritimes and Aube « NR » in 2025, Ardèche
   blank in 2024), joined 1 (Alpes-de-Haute-Provence), left 2 (Hautes-Alpes, Aude), stayed
   5: 7/8 → 6/8. The Mouvements say the panel in their title, and how many more the two
   waves share (15: 26 in both October waves), with the ``changes --panel`` that compares
   them (which keeps its own rule: the two waves' panel, 26).
2. One long file (set A in one file, a date column): its two waves of 2025 are dated both,
   as the three files are (« 15/10/2024, 10/03/2025, 14/10/2025 »; it said « 15/10/2024 ;
   du 10/03/2025 au 14/10/2025 (date de la vague : 14/10/2025) »), and the Évolution's 2025
   point says it pools them.
"""

from __future__ import annotations

import json
import shlex

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset
from barometre.analysis.report import report_data
from barometre.survey.grid import shell_word

from .conftest import FILES

A = FILES / "waves21"
OLD, MARCH, NEW = A / "a_w2024.csv", A / "a_w2025mars.xlsx", A / "a_w2025oct.csv"


def _lines(path, sheet) -> list[str]:
    return [str(v) for row in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True)
            for v in row if v is not None]


def _codes(path) -> set[str]:
    if str(path).endswith(".xlsx"):
        return set(pd.read_excel(path, dtype=str, engine="openpyxl")["Code"])
    return set(pd.read_csv(path, sep=";", dtype=str)["Code"])


# --------------------------------------------------------------------------- 1. one base

@pytest.fixture(scope="module")
def panel_report(tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    out = tmp_path_factory.mktemp("w22a") / "p.xlsx"
    res = CliRunner().invoke(app, ["report", "--data", str(OLD), "--data", str(MARCH),
                                   "--data", str(NEW), "--panel", "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


def test_hand_counts_of_the_panels():
    every = _codes(OLD) & _codes(MARCH) & _codes(NEW)
    pair = _codes(OLD) & _codes(NEW)
    assert (len(every), len(pair), len(pair - every)) == (11, 26, 15)


def test_report_panel_mouvements_count_the_report_panel(panel_report):
    rows = list(openpyxl.load_workbook(panel_report)["Mouvements"].iter_rows(values_only=True))
    assert rows[0][0] == typeset("11 départements du panel (dans chacune des 3 vagues lues) : "
                                 "du 15 octobre 2024 au 14 octobre 2025 (3 fichiers lus, 2 "
                                 "vagues comparées)", "fr")
    fb = next(r for r in rows if r[0] == "Facebook")
    # joined, left, stayed, not comparable; the shares of the 8 comparable
    assert fb[1:5] == (1, 2, 5, 3)
    assert (fb[5], fb[6]) == (pytest.approx(7 / 8), pytest.approx(6 / 8))
    lines = _lines(panel_report, "Mouvements")
    # the entities out of the panel, said as the Synthèse says them (not the pair's 4)
    out = ("19 départements non relevés à l'une des vagues, hors panel (3 le 15 octobre 2024, "
           "19 le 10 mars 2025, 1 le 14 octobre 2025)")
    assert out in lines and out in _lines(panel_report, "Synthèse")
    assert "4 départements non relevés à l'une des vagues" not in " ".join(lines)
    args = f"--data {shell_word(str(OLD))} --data {shell_word(str(NEW))} --type departement --panel"
    assert typeset("Panel du rapport, le même sur chaque feuille : les 11 départements qui "
                   "figurent dans chacune des 3 vagues lues ; les deux vagues comparées en ont 15 "
                   f"autres en commun, hors de ce panel : « barometre changes {args} » compare "
                   "les 26.", "fr") in lines
    # the Synthèse's base is the same 11, and the Évolution's comparison with the
    # Mouvements is of those 11 (8 comparable on Facebook), not of the pair's 23
    assert typeset("Périmètre : 11 départements du panel", "fr") in _lines(panel_report, "Synthèse")
    ev = _lines(panel_report, "Évolution")
    assert any(x.startswith(typeset("Facebook : 90\u202f% → 82\u202f%", "fr")) and "sur les 8 départements"
               in x and x.endswith("donnent 88\u202f% → 75\u202f%.") for x in ev), ev


def test_the_command_the_note_gives_compares_the_26(panel_report, cli):
    note = next(x for x in _lines(panel_report, "Mouvements") if x.startswith("Panel du rapport"))
    command = note.split("«\u00a0barometre changes ")[1].split("\u00a0»")[0]
    res = cli("changes", *shlex.split(command), "-f", "json")
    assert res.exit_code == 0, res.output
    fb = next(r for r in json.loads(res.stdout) if r["platform"] == "facebook")
    assert (fb["n_paired"], fb["joined"], fb["left"], fb["stayed"]) == (23, 1, 2, 20)
    # changes --panel on the three files keeps the two compared waves' panel (waves21a)
    three = cli("changes", "--data", OLD, "--data", MARCH, "--data", NEW, "--panel")
    assert three.stdout.splitlines()[0].startswith("26 départements du panel : ")


def test_report_panel_api_and_english(tmp_path):
    w = bm.read_waves([OLD, MARCH, NEW])
    r = report_data(bm.adoption(w, panel=True), w)
    assert r.extra["movements"]["changes"].attrs["base"] == {"n": 11, "of": "departement:panel"}
    assert r.extra["movements_panel"] == {"n_waves": 3, "n_panel": 11, "n_pair": 26,
                                          "beyond": 15, "paths": [str(OLD), str(NEW)],
                                          "type": "departement"}
    out = bm.write_report(tmp_path / "en.xlsx", r, lang="en")
    lines = _lines(out, "Changes")
    assert lines[0] == ("The 11 départements of the panel (in each of the 3 waves read): from "
                        "15 October 2024 to 14 October 2025 (3 files read, 2 waves compared)")
    assert any(x.startswith("The report's panel, the same on every sheet: the 11 départements "
                            "in each of the 3 waves read; the two waves compared share 15 more, "
                            "outside this panel: “barometre changes --data ")
               and x.endswith(" --type departement --panel --lang en” compares all 26.")
               for x in lines), lines


def test_two_waves_panel_says_nothing_more(tmp_path, cli):
    out = tmp_path / "two.xlsx"
    assert cli("report", "--data", OLD, "--data", NEW, "--panel", "-o", out).exit_code == 0
    lines = _lines(out, "Mouvements")
    assert lines[0] == typeset("26 départements du panel : du 15 octobre 2024 au 14 octobre "
                               "2025 (2 fichiers)", "fr")
    assert not any(x.startswith("Panel du rapport") for x in lines)


# --------------------------------------------------------------------------- 2. every date

def _long_file(folder, march_spread: bool = False):
    """Set A in one long file, a date column: 15/10/2024, 10/03/2025, 14/10/2025 rows
    (``march_spread``: three March rows read the next day)."""
    old = pd.read_csv(OLD, sep=";", dtype=str, keep_default_na=False)
    march = pd.read_excel(MARCH, dtype=str, engine="openpyxl").fillna("")
    march["Date du relevé"] = "10/03/2025"
    if march_spread:
        march.loc[march.index[-3:], "Date du relevé"] = "11/03/2025"
    new = pd.read_csv(NEW, sep=";", dtype=str, keep_default_na=False)
    out = folder / "a_long.csv"
    pd.concat([old, march, new], ignore_index=True).fillna("")[list(new.columns)].to_csv(
        out, sep=";", index=False)
    return out


def test_long_file_lists_every_wave_date(tmp_path, cli):
    f = _long_file(tmp_path)
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", f, "-o", out)
    assert res.exit_code == 0, res.output
    said = "15 octobre 2024, 10 mars 2025, 14 octobre 2025"
    assert typeset(f"Dates des relevés : {said}", "fr") in _lines(out, "Synthèse")
    row = next(r for r in openpyxl.load_workbook(out)["Sources et méthode"].iter_rows(
        values_only=True) if r[0] == "Dates des relevés")
    assert row[1] == said
    # the Évolution's 2025 point pools the two waves, placed at the last, as with three files
    ev = list(openpyxl.load_workbook(out)["Évolution"].iter_rows(values_only=True))
    assert ev[0][-1] == "Relevés"
    assert [(r[0].date().isoformat(), r[-1]) for r in ev[1:3]] == [
        ("2024-10-15", "15/10/2024"), ("2025-10-14", "10/03/2025 et 14/10/2025, réunis")]
    lines = _lines(out, "Évolution")
    assert typeset("2025 : un seul point pour les vagues du 10 mars 2025 et du 14 octobre 2025, leurs "
                   "relevés réunis, placé au 14 octobre 2025 ; la part d'aucune de ces vagues seule "
                   "(« barometre trend --data » donne chaque vague).", "fr") in lines
    assert not any("par relevé, datée du jour de relevé le plus fréquent" in x for x in lines)


def test_long_file_wave_spread_over_days_and_api(tmp_path):
    f = _long_file(tmp_path, march_spread=True)
    s = bm.read_survey(f)
    r = report_data(bm.adoption(s), s)
    d = pd.Timestamp
    assert r.survey.wave_dates == tuple(d(x).date() for x in
                                        ("2024-10-15", "2025-03-10", "2025-10-14"))
    # each wave its own days: March's over two, not one span from March to October
    assert r.survey.wave_spans[1] == (d("2025-03-10").date(), d("2025-03-11").date())
    assert r.survey.wave_spans[2] == (d("2025-10-14").date(), d("2025-10-14").date())
    out = bm.write_report(tmp_path / "r.xlsx", r)
    assert typeset("Dates des relevés : 15 octobre 2024 ; du 10 mars 2025 au 11 mars 2025 (date de la "
                   "vague : 10 mars 2025) ; 14 octobre 2025", "fr") in _lines(out, "Synthèse")
