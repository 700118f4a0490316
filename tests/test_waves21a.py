"""changes compares like with like (waves21a, review rvwaves21 findings 1, 3 and 4).

Set A (tests/files/waves21, the reviewer's files): 30 départements in three waves,
a_w2024.csv (15/10/2024), a_w2025mars.xlsx (10/03/2025, Facebook only) and a_w2025oct.csv
(14/10/2025). Its 2024 Instagram column has no « Non », so its 14 blanks are read as absence;
2025's has one, so its blanks are not answered.

1. A platform whose blanks one wave reads as absence and the other as not answered: each
   wave keeps its own reading, in changes as in trend, and both say it. (waves21a read those
   blanks as not answered in both waves in changes, 13 comparable, 100 % → 100 %; blank25
   found it made 2024's blanks depend on whether 2025 held a blank, and made changes
   contradict trend: back to each wave's rule, 7 joined, 62 % → 95 %, p = 0,016, as trend's
   48 % → 96 %.)
2. Both waves holding every entity of the type, nothing was drawn: no McNemar p, the sure range
   of the change instead (the demo waves: TikTok +3,9 à +6,0 pts, Instagram +1,9 à +3,0 pts,
   where p = 0,219 and 0,25 read a certain rise as noise). A real sample keeps its p.
3. changes --panel over three waves: the panel is the entities of the two waves compared
   (26 départements, Facebook 22/23 → 21/23), not those of the March wave too (11).
"""

from __future__ import annotations

import json

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

from .conftest import FILES, ROOT, as_json, down, up

A = FILES / "waves21"
OLD, MARCH, NEW = A / "a_w2024.csv", A / "a_w2025mars.xlsx", A / "a_w2025oct.csv"
DEMO = ROOT / "data" / "demo"
DEMO_OLD = DEMO / "vague-2024-departements-donnees-fictives.xlsx"
DEMO_NEW = DEMO / "vague-2025-departements-donnees-fictives.csv"


def _cells(path, sheet):
    return [c.value for row in openpyxl.load_workbook(path)[sheet].iter_rows() for c in row
            if c.value is not None]


# --------------------------------------------------------------------------- 1. blank rules

def test_changes_reads_each_waves_blanks_by_its_own_rule(cli):
    res = cli("changes", "--data", OLD, "--data", NEW, "-f", "json")
    ig = next(r for r in as_json(res) if r["platform"] == "instagram")
    # 2024's 14 blanks are absences (its column holds no « Non »), 2025's 5 not answered
    assert (ig["joined"], ig["left"], ig["stayed"], ig["stayed_absent"], ig["n_paired"]) == (
        7, 0, 13, 1, 21)
    assert (ig["share_old"], ig["share_new"], ig["p_value"]) == (
        pytest.approx(13 / 21, abs=1e-6), pytest.approx(20 / 21, abs=1e-6), 0.015625)
    # said in one warning: the platform, each wave's rule and how many blanks
    said = [line for line in res.stderr.splitlines() if "Instagram" in line]
    assert said == ["⚠ Instagram : cases vides lues comme absence à la vague du 15 octobre 2024 "
                    "(14), comme « non renseigné » à la vague du 14 octobre 2025 (5) ; chaque "
                    "vague est lue selon sa règle (les premières comparées comme des « Non », "
                    "les autres hors des entités comparables), les arrivées et départs peuvent "
                    "en venir (--blank unknown les lit toutes comme « non renseigné »)"]
    en = cli("changes", "--data", OLD, "--data", NEW, "--lang", "en").stderr
    assert ("⚠ Instagram: blank cells read as absent in the wave of 15 October 2024 (14), as "
            "“not answered” in the wave of 14 October 2025 (5); each wave is read by its own "
            "rule") in en
    fb = next(r for r in as_json(res) if r["platform"] == "facebook")
    assert (fb["joined"], fb["left"], fb["n_paired"]) == (1, 2, 23)


def test_the_list_names_the_arrivals_of_2024_blanks(cli):
    out = cli("changes", "--data", OLD, "--data", NEW, "-p", "instagram", "--list").stdout
    assert ("  Arrivées (7) : Aisne (02), Alpes-Maritimes (06), Aube (10), Calvados (14), "
            "Cher (18), Creuse (23), Eure (27)") in out and "Restés présents (13)" in out
    assert "Aveyron (12, réponse inconnue à la vague du 14 octobre 2025)" in out
    rows = as_json(cli("changes", "--data", OLD, "--data", NEW, "-p", "instagram", "--list",
                       "-f", "json"))
    assert len([r for r in rows if r["status"] == "joined"]) == 7


def test_api_transitions_and_movers_say_the_blank_rules():
    w = bm.read_waves([OLD, NEW])
    t = bm.transitions(w, platforms="instagram")
    assert t.attrs["blank_rules"] == [{"platform": "instagram", "absent": {"2024-10-15": 14},
                                       "unknown": {"2025-10-14": 5}}]
    assert t["status"].value_counts().to_dict() == {"stayed": 13, "not_comparable": 9,
                                                    "joined": 7, "absent": 1}
    c = bm.changes(w)
    assert c.attrs["blank_rules"] == t.attrs["blank_rules"]
    # the same blanks in one rule (both read as not answered): nothing to say
    same = bm.read_waves([OLD, NEW], blank="unknown")
    assert bm.changes(same).attrs["blank_rules"] == []


def test_trend_keeps_each_wave_and_warns(cli):
    res = cli("trend", "-t", "departement", "--data", OLD, "--data", NEW, "-p", "instagram",
              "-f", "json")
    rows = as_json(res)
    assert [(r["n_present"], r["n_base"]) for r in rows] == [(13, 27), (23, 24)]  # 48 % → 96 %
    assert ("⚠ Instagram : cases vides lues comme absence à la vague du 15 octobre 2024 (14), "
            "comme « non renseigné » à la vague du 14 octobre 2025 (5) ; chaque vague est lue "
            "selon sa règle, l'écart entre elles peut en venir") in res.stderr
    t = bm.wave_trend(bm.read_waves([OLD, NEW]), platforms="instagram")
    assert [r["platform"] for r in t.attrs["blank_rules"]] == ["instagram"]


def test_report_mouvements_and_sources_say_the_blank_rules(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", OLD, "--data", NEW, "-o", out)
    assert res.exit_code == 0, res.output
    rows = list(openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True))
    ig = next(r for r in rows if r[0] == "Instagram")
    assert ig[1:5] == (7, 0, 13, 9)
    assert (ig[5], ig[6]) == (pytest.approx(13 / 21), pytest.approx(20 / 21))
    sources = _cells(out, "Sources et méthode")
    i = sources.index("Cases vides entre vagues")
    assert sources[i + 1].startswith(typeset("Instagram : cases vides lues comme absence à la "
                                             "vague du 15 octobre 2024 (14)", "fr"))
    # a sample of 30 of 101 départements: its p stays a number, shown with three decimals
    fb = next(r for r in openpyxl.load_workbook(out)["Mouvements"].iter_rows() if r[0].value == "Facebook")
    assert (fb[8].value, fb[8].data_type, fb[8].number_format) == (1, "n", "0.000")


def test_chart_changes_draws_the_arrivals_of_2024_blanks(tmp_path):
    fig = bm.charts.changes(bm.changes(bm.read_waves([OLD, NEW])))
    notes = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert notes["note:instagram"] == "+33,3 pts (p = 0,016)"  # waves21a: 0,0 pts (p = 1,000)


# --------------------------------------------------------------------------- 2. census: no p

def test_both_waves_whole_give_the_sure_range_not_a_p(cli):
    rows = {r["platform"]: r for r in as_json(cli("changes", "--data", DEMO_OLD, "--data",
                                                  DEMO_NEW, "-f", "json"))}
    # hand: TikTok 5 joined, 1 left, 2 unknown of 101: +4/101 to +6/101; Instagram 3 joined,
    # 1 unknown: +2/101 to +3/101 (was p = 0,219 and 0,25)
    tt, ig = rows["tiktok"], rows["instagram"]
    assert tt["p_value"] is None and ig["p_value"] is None
    assert (tt["change_low"], tt["change_high"]) == (down(4 / 101, 6), up(6 / 101, 6))
    assert (ig["change_low"], ig["change_high"]) == (down(2 / 101, 6), up(3 / 101, 6))
    assert not tt["census"] and tt["n_paired"] == 99
    # a census: the change itself, exact
    assert rows["x"]["census"] and rows["x"]["change_low"] == rows["x"]["change_high"] == \
        rows["x"]["change"]
    table = cli("changes", "--data", DEMO_OLD, "--data", DEMO_NEW).stdout
    tiktok = next(line for line in table.splitlines() if line.startswith("TikTok"))
    assert "+3,9 à +6,0 pts" in tiktok
    assert "+1,9 à +3,0 pts" in next(line for line in table.splitlines()
                                     if line.startswith("Instagram"))
    assert "« +1,9 à +3,0 pts » à la place de p : les deux vagues relèvent toutes les entités " \
           "du type, sans tirage, pas de test" in table
    en = cli("changes", "--data", DEMO_OLD, "--data", DEMO_NEW, "--lang", "en").stdout
    assert "+3.9 to +6.0 pts" in en
    csv = cli("changes", "--data", DEMO_OLD, "--data", DEMO_NEW, "-p", "tiktok", "-f", "csv")
    head, row = csv.stdout.splitlines()[:2]
    cols = dict(zip(head.split(","), row.split(",")))
    assert (cols["p_value"], cols["change_low"], cols["change_high"]) == ("", "0.039603",
                                                                          "0.059406")


def test_sure_range_in_the_chart_and_the_sheet(cli, tmp_path):
    c = bm.changes(bm.read_waves([DEMO_OLD, DEMO_NEW]))
    fig = bm.charts.changes(c)
    notes = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert notes["note:tiktok"] == "+4,0 pts (sûr : +3,9 à +6,0 pts)"
    assert "McNemar" not in fig.get_supxlabel()  # no p drawn, none explained
    out = tmp_path / "demo.xlsx"
    assert cli("report", "--data", DEMO_OLD, "--data", DEMO_NEW, "-o", out).exit_code == 0
    rows: dict = {}
    for r in openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True):
        if r and r[0] in ("Instagram", "TikTok"):
            rows.setdefault(r[0], r)  # the first table's row (the lists below name them too)
    assert (rows["Instagram"][8], rows["TikTok"][8]) == ("+1,9 à +3,0 pts", "+3,9 à +6,0 pts")


def test_a_sample_keeps_its_p(cli):
    # 30 of 101 départements: drawn, tested
    fb = next(r for r in as_json(cli("changes", "--data", OLD, "--data", NEW, "-f", "json"))
              if r["platform"] == "facebook")
    assert fb["p_value"] == 1.0 and fb["change_low"] is None and fb["change_high"] is None


# --------------------------------------------------------------------------- 3. panel, 3 waves

def test_panel_is_the_entities_of_the_two_waves_compared(cli):
    res = cli("changes", "--data", OLD, "--data", MARCH, "--data", NEW, "--panel", "-f", "json")
    fb = next(r for r in as_json(res) if r["platform"] == "facebook")
    # hand on the 26 départements of both compared waves: 95,7 % → 91,3 % (was 11, 88 % → 75 %)
    assert fb["n_reference_of"] == "departement:panel"
    assert (fb["n_paired"], fb["joined"], fb["left"], fb["stayed"]) == (23, 1, 2, 20)
    assert (fb["share_old"], fb["share_new"]) == (round(22 / 23, 6), round(21 / 23, 6))
    # the panel compared whole (3 of its 26 unknown on Facebook): its sure range, no p
    assert fb["p_value"] is None and (fb["change_low"], fb["change_high"]) == (
        down(-3 / 26, 6), 0.0)
    assert ("4 départements non relevés à l'une des vagues, hors panel (3 le 15 octobre 2024, "
            "1 le 14 octobre 2025)") in res.stderr
    table = cli("changes", "--data", OLD, "--data", MARCH, "--data", NEW, "--panel").stdout
    assert table.splitlines()[0] == ("26 départements du panel : du 15 octobre 2024 au "
                                     "14 octobre 2025 (3 fichiers lus, 2 vagues comparées)")
    # the same as without the March file
    alone = as_json(cli("changes", "--data", OLD, "--data", NEW, "--panel", "-f", "json"))
    drop = ("source",)
    assert [{k: v for k, v in r.items() if k not in drop} for r in alone] == \
        [{k: v for k, v in r.items() if k not in drop} for r in as_json(res)]


def test_panel_api_chart_and_report_agree(cli, tmp_path):
    w = bm.read_waves([OLD, MARCH, NEW])
    c = bm.changes(w, panel=True)
    assert c.attrs["base"]["n"] == 26 and c.attrs["n_files_read"] == 3
    assert c.attrs["panel_out"]["absent"] == {"2024-10-15": 3, "2025-10-14": 1}
    assert bm.charts.changes(c).get_suptitle().startswith("Départements du panel")
    # the report's Mouvements count the report's panel, the entities of every wave read
    # (waves22a: one report, one base; tests/test_waves22a.py), not the changes' 26
    out = tmp_path / "p.xlsx"
    res = cli("report", "--data", OLD, "--data", MARCH, "--data", NEW, "--panel", "-o", out)
    assert res.exit_code == 0, res.output
    rows = list(openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True))
    assert rows[0][0] == typeset("11 départements du panel (dans chacune des 3 vagues lues) : "
                                 "du 15 octobre 2024 au 14 octobre 2025 (3 fichiers lus, 2 "
                                 "vagues comparées)", "fr")
    fb = next(r for r in rows if r[0] == "Facebook")
    assert fb[1:5] == (1, 2, 5, 3) and fb[5] == pytest.approx(7 / 8)
    # trend's panel is every wave's entities (a line over the three waves): unchanged
    t = bm.wave_trend(w, panel=True, platforms="facebook")
    assert set(t["n_reference"]) == {11}


def test_json_of_changes_stays_plain_json(cli):
    # the new columns are numbers or null, never NaN
    res = cli("changes", "--data", OLD, "--data", NEW, "-f", "json")
    assert "NaN" not in res.stdout and json.loads(res.stdout)
