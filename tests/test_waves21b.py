"""A figure says which readings it holds (review rvwaves21, findings 2, 5 and 6).

Files in tests/files/waves21/ (the reviewer's set A, 30 départements): a_w2024.csv
(15/10/2024), a_w2025mars.xlsx (10/03/2025, Facebook only), a_w2025oct.csv (14/10/2025);
d_w2025mars_plus.xlsx is the March wave plus 10 départements read only in March.

- Finding 2: a report of three files, two of them of 2025, counts each entity's latest
  answered reading of 2025 (Facebook 35/39, by hand); the Synthèse names both 2025 files
  behind that figure, « Dates des relevés » lists the three dates, the Évolution's 2025
  point says it pools the year's waves (90 % is no wave's share: trend gives the October
  wave 85 %, 23/27).
- Finding 5: chart trend's caption gives each point's n (27, 11, 29 entities read; a line
  joins different bases), chart changes' the comparable entities per platform (Facebook 23,
  Instagram 13 of 30: the 2024 blanks read as absence are not compared, waves21a).
- Finding 6: « absent » says « no account » only; an entity not in a wave is « pas dans la
  vague du … ».
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset
from barometre.messages import catalog

FILES = Path(__file__).parent / "files" / "waves21"
W24, MARS, OCT = (str(FILES / f) for f in ("a_w2024.csv", "a_w2025mars.xlsx", "a_w2025oct.csv"))
MARS_PLUS = str(FILES / "d_w2025mars_plus.xlsx")


def _cells(ws) -> list[str]:
    return [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    out = tmp_path_factory.mktemp("w21b") / "r.xlsx"
    res = CliRunner().invoke(app, ["report", "--data", W24, "--data", MARS_PLUS, "--data", OCT,
                                   "-o", str(out)])
    assert res.exit_code == 0, res.output
    return openpyxl.load_workbook(out)


# --------------------------------------------------------------------------- finding 2

def test_synthese_names_every_file_behind_a_pooled_figure(report):
    """Facebook 2025 is 35/39: 29 of the October file, 10 read only in March. Its line names
    both files (and the rule), not « a_w2025oct.csv » alone; Instagram, read in October
    only, names October alone."""
    ws = report["Synthèse"]
    lines = _cells(ws)
    fb = next(x for x in lines if x.startswith("90\u202f% des départements sur Facebook"))
    assert "(n = 39 ayant répondu sur 101" in fb
    assert fb.endswith(typeset("— d_w2025mars_plus.xlsx et a_w2025oct.csv (relevés de l'année "
                               "réunis : la réponse la plus récente de chaque entité), 2025",
                               "fr")), fb
    ig = next(x for x in lines if x.startswith("96\u202f% des départements sur Instagram"))
    assert ig.endswith("— a_w2025oct.csv, 2025"), ig
    adoption = report["Adoption"]
    head = [c.value for c in adoption[1]]
    rows = [dict(zip(head, r)) for r in adoption.iter_rows(min_row=2, values_only=True)]
    fb_row = next(r for r in rows if r["Réseau"] == "Facebook")
    assert (fb_row["Présents"], fb_row["Base (n)"]) == (35, 39)  # the hand count
    assert fb_row["Source"] == "d_w2025mars_plus.xlsx, a_w2025oct.csv"


def test_every_reading_date_is_listed(report):
    assert typeset("Dates des relevés : 15 octobre 2024, 10 mars 2025, 14 octobre 2025",
                   "fr") in _cells(report["Synthèse"])
    sources = report["Sources et méthode"]
    row = next(r for r in sources.iter_rows(values_only=True) if r[0] == "Dates des relevés")
    assert row[1] == "15 octobre 2024, 10 mars 2025, 14 octobre 2025"


def test_evolution_point_of_a_pooled_year_says_so(report):
    """The 2025 point (placed on 14/10/2025) is the year's pooled share, 35/39, not the
    October wave's 23/27 = 85 % that trend gives: its row says the waves it pools, the note
    says one value per year (not « par vague ») and where each wave is."""
    ws = report["Évolution"]
    head = [c.value for c in ws[1]]
    assert head[0] == "Date" and head[-1] == "Relevés"
    rows = [r for r in ws.iter_rows(min_row=2, max_row=3, values_only=True)]
    assert [r[0].date().isoformat() for r in rows] == ["2024-10-15", "2025-10-14"]
    fb = head.index("Départements — Facebook")
    assert rows[1][fb] == pytest.approx(35 / 39)
    assert [r[-1] for r in rows] == ["15/10/2024", "10/03/2025 et 14/10/2025, réunis"]
    lines = _cells(ws)
    assert not any("par série et par vague" in x for x in lines)
    assert any(x.startswith("Une valeur par série et par année") for x in lines)
    assert typeset("2025 : un seul point pour les vagues du 10 mars 2025 et du 14 octobre 2025, leurs "
                   "relevés réunis, placé au 14 octobre 2025 ; la part d'aucune de ces vagues seule "
                   "(« barometre trend --data » donne chaque vague).", "fr") in lines
    # compared with the Mouvements: the Évolution's 90 % is 2025 whole, never « chaque vague »
    gap = next(x for x in lines if x.startswith(typeset("Facebook : 96\u202f% → 90\u202f%", "fr")))
    assert "chaque année entière, les vagues de 2025 réunies" in gap and "chaque vague" not in gap
    moves = next(x for x in _cells(report["Mouvements"]) if x.startswith(typeset("Facebook : 96\u202f% → 91\u202f%", "fr")))
    assert "l'Évolution, qui compte chaque année entière, les vagues de 2025 réunies" in moves


def test_trend_still_gives_each_wave(cli):
    """What the Évolution's note points to: trend --data, a row per wave (85 % = 23/27 on
    14/10/2025)."""
    res = cli("trend", "-t", "departement", "--data", W24, "--data", MARS_PLUS, "--data", OCT,
              "-p", "facebook")
    assert res.exit_code == 0, res.output
    assert re.search(r"Facebook\s+14 octobre 2025\s+85\s%\s+23/27", res.stdout), res.stdout


def test_a_year_of_one_wave_keeps_its_wave_note(tmp_path, cli):
    """Two waves of two years: one point per wave, as before, no Relevés column."""
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", W24, "--data", OCT, "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Évolution"]
    assert "Relevés" not in [c.value for c in ws[1]]
    assert any(x.startswith("Une valeur par série et par vague") for x in _cells(ws))
    syn = _cells(openpyxl.load_workbook(out)["Synthèse"])
    assert typeset("Dates des relevés : 15 octobre 2024, 14 octobre 2025", "fr") in syn
    assert any(x.endswith("— a_w2025oct.csv, 2025") and "Facebook" in x for x in syn)


# --------------------------------------------------------------------------- finding 5

def _caption(fig) -> str:
    return " ".join(fig.get_supxlabel().split())


def test_chart_trend_caption_gives_each_points_base():
    w = bm.read_waves([W24, MARS, OCT], type="departement")
    cap = _caption(bm.charts.wave_trend(bm.wave_trend(w)))
    assert ("n de chaque point (ayant répondu pour le réseau à la vague, sur 101 départements) — "
            "15 octobre 2024 (27 dans la vague) : Facebook 26, Instagram 27 ; 10 mars 2025 (11 dans la "
            "vague) : Facebook 11 ; 14 octobre 2025 (29 dans la vague) : Facebook 27, Instagram 24, "
            "TikTok 29, au moins un réseau 29.") in cap
    assert ("Les départements relevés ne sont pas forcément les mêmes d'une vague à l'autre : "
            "une ligne joint des bases différentes (panel=True : les seules entités de toutes les "
            "vagues).") in cap
    en = _caption(bm.charts.wave_trend(bm.wave_trend(w), lang="en"))
    assert "15 October 2024 (27 in the wave): Facebook 26, Instagram 27;" in en
    # a panel: the same entities at every wave, nothing said of different bases
    panel = _caption(bm.charts.wave_trend(bm.wave_trend(w, panel=True)))
    assert "15 octobre 2024 (11 dans la vague) : Facebook 10, Instagram 11" in panel
    assert "pas forcément les mêmes" not in panel


def test_cli_chart_trend_names_the_option(cli, tmp_path):
    out = tmp_path / "t.svg"
    res = cli("chart", "trend", "-t", "departement", "--data", W24, "--data", MARS,
              "--data", OCT, "-o", out)
    assert res.exit_code == 0, res.output
    svg = out.read_text()
    assert "(27 dans la vague)" in svg and "--panel" in svg


def test_chart_changes_caption_gives_the_comparable_entities():
    c = bm.changes(bm.read_waves([W24, OCT], type="departement"))
    cap = _caption(bm.charts.changes(c))
    assert ("Parts sur les départements comparables (réponse connue aux deux vagues) : "
            "Facebook 23, Instagram 21, sur les 30 de l'une ou l'autre vague.") in cap  # blank25: 13
    en = _caption(bm.charts.changes(c, lang="en"))
    assert ("Shares over the comparable départements (answer known at both waves): Facebook 23, "
            "Instagram 21, of the 30 in either wave.") in en


# --------------------------------------------------------------------------- finding 6

def test_not_in_a_wave_is_not_absent(cli, tmp_path):
    res = cli("changes", "--data", W24, "--data", OCT, "--list")
    assert res.exit_code == 0, res.output
    assert "Ariège (09, pas dans la vague du 15 octobre 2024)" in res.stdout
    assert "Ardennes (08, pas dans la vague du 14 octobre 2025)" in res.stdout
    assert "absent de la vague" not in res.stdout
    # « Absents » keeps its one meaning, no account: Alpes-de-Haute-Provence's Instagram,
    # blank in 2024 in a column without any « Non » (absence, its wave's rule) and « Non » in
    # 2025 (blank25; waves21a read that blank as not answered)
    assert "Absents aux deux vagues (1) : Alpes-de-Haute-Provence (04)" in res.stdout
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", W24, "--data", OCT, "-o", out).exit_code == 0
    cells = _cells(openpyxl.load_workbook(out)["Mouvements"])
    assert "pas dans la vague du 15 octobre 2024" in cells
    assert not any("absent de la vague" in x for x in cells)


def test_panel_left_out_are_not_absent(cli):
    res = cli("changes", "--data", W24, "--data", OCT, "--panel")
    assert res.exit_code == 0, res.output
    said = res.stdout + res.stderr
    assert "4 départements non relevés à l'une des vagues, hors panel" in said
    assert "absent" not in said


def test_no_french_message_says_absent_for_not_in_the_file():
    """« absent » (« absente », « absents »…) in French means no account: never « absent de
    la vague », « absentes d'une vague », « absentes du fichier »."""
    wrong = re.compile(r"absente?s?\s+(de la vague|d'une vague|du fichier|de l'enquête)|"
                       r"\{absent\}")
    bad = [code for code, (fr, _en) in catalog().items() if wrong.search(fr)]
    assert bad == []


@pytest.mark.parametrize("lang, said", [
    ("fr", "15 octobre 2024 (101 dans la vague) : 101 pour chaque réseau sauf Instagram 100 ; "
           "15 octobre 2025 (101 dans la vague) : 101 pour chaque réseau sauf TikTok 99"),
    ("en", "15 October 2024 (101 in the wave): 101 for each platform except Instagram 100; "
           "15 October 2025 (101 in the wave): 101 for each platform except TikTok 99")])
def test_a_small_trend_chart_keeps_its_plot(lang, said):
    """Each point's n listed platform by platform took the plot's room: at 5 x 3 in, the
    English demo chart's axes collapsed to a line (matplotlib: « axes sizes collapsed to
    zero »). The platforms every entity of the wave answered are said once."""
    import warnings

    from barometre.render.charts.style import fit_caption

    demo = Path(bm.__file__).resolve().parents[2] / "data" / "demo"
    w = bm.read_waves([demo / "vague-2024-departements-donnees-fictives.xlsx",
                       demo / "vague-2025-departements-donnees-fictives.csv"])
    fig = bm.charts.wave_trend(bm.wave_trend(w), lang=lang, size=(5, 3))
    assert said in _caption(fig)
    fit_caption(fig, 200)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a collapsed layout warns
        fig.canvas.draw()
    (ax,) = [a for a in fig.axes if a.get_visible() and a.lines]
    assert ax.get_position().height > 0.2  # a fifth of the figure's height at least
