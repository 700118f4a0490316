"""--panel over waves is the same entities in every wave (panelwaves18), and the random-draw
caveat on trend. A panel of 6 CA surveyed in 2024, then the same 6 and 10 CC in 2025: all 6
on Facebook both years, the 10 CC not. Before, the panel of each wave was its own file's
entities: 100 % → 38 % (6 of 16), one falling line, « 16 … du panel »; on the 6 followed
nothing changed."""

from __future__ import annotations

import random

import openpyxl
import pytest

import barometre as bm
from tests.conftest import as_json

OUT_FR = ("10 intercommunalités non relevées à l'une des vagues, hors panel (10 le 15 octobre 2024, "
          "0 le 15 octobre 2025)")
OUT_EN = ("10 intercommunalities absent from a wave, out of the panel (10 on 15 October "
          "2024, 0 on 15 October 2025)")


def _wave(path, present, absent, year):
    lines = ["SIREN;Plateforme;Présence;Abonnés;Date"]
    for i, c in enumerate(present):
        lines.append(f"{c};Facebook;Oui;{1000 + 10 * i + year % 10};15/10/{year}")
    for c in absent:
        lines.append(f"{c};Facebook;Non;;15/10/{year}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def waves(tmp_path_factory):
    d = tmp_path_factory.mktemp("panelwaves18")
    e = bm.reference.entities("epci")
    ca = sorted(random.Random(18).sample(sorted(e[e["kind"] == "CA"]["code"]), 6))
    cc = sorted(random.Random(19).sample(sorted(e[e["kind"] == "CC"]["code"]), 10))
    return (_wave(d / "p2024.csv", ca, [], 2024), _wave(d / "p2025.csv", ca, cc, 2025),
            _wave(d / "cc2025.csv", [], cc, 2025))


def test_trend_panel_is_the_entities_of_every_wave(cli, waves):
    old, new, _ = waves
    res = cli("trend", "--type", "epci", "--data", old, "--data", new, "--panel",
              "-p", "facebook", "-f", "json")
    rows = as_json(res)
    assert [(r["n_present"], r["n_base"], r["n_reference"], r["share"], r["census"])
            for r in rows] == [(6, 6, 6, 1.0, True)] * 2
    assert OUT_FR in res.stderr
    table = cli("trend", "--type", "epci", "--data", old, "--data", new, "--panel",
                "-p", "facebook")
    assert table.stdout.startswith("Base : 6 communautés d'agglomération du panel\n")
    assert "16" not in table.stdout.splitlines()[0]
    en = cli("trend", "--type", "epci", "--data", old, "--data", new, "--panel",
             "-p", "facebook", "--lang", "en")
    assert OUT_EN in en.stderr
    # the library takes panel=True the same way
    t = bm.wave_trend(bm.read_waves([old, new]), panel=True)
    assert t.attrs["panel_out"]["n"] == 10 and set(t["n_reference"]) == {6}


def test_changes_panel_compares_the_entities_of_every_wave(cli, waves):
    old, new, _ = waves
    res = cli("changes", "--data", old, "--data", new, "--panel", "-f", "json")
    rows = as_json(res)
    assert [(r["n_paired"], r["not_comparable"], r["share_old"], r["share_new"], r["census"])
            for r in rows] == [(6, 0, 1.0, 1.0, True)]
    assert OUT_FR in res.stderr
    table = cli("changes", "--data", old, "--data", new, "--panel").stdout
    assert table.startswith("6 communautés d'agglomération du panel : du 15 octobre 2024")
    c = bm.changes(bm.read_waves([old, new]), panel=True)
    assert c["n_paired"].tolist() == [6] and c.attrs["panel_out"]["absent"] == {
        "2024-10-15": 10, "2025-10-15": 0}


def test_an_empty_panel_is_refused_in_one_line(cli, waves):
    old, _, cc = waves
    res = cli("trend", "--type", "epci", "--data", old, "--data", cc, "--panel")
    assert res.exit_code != 0 and "Traceback" not in res.output
    line = res.stderr.strip().splitlines()[-1]
    assert "aucune entité n'est dans toutes les vagues" in line
    assert "6 (15 octobre 2024), 10 (15 octobre 2025)" in line


def _lines(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    return [" | ".join(str(c.value) for c in row if c.value is not None)
            for row in ws.iter_rows()]


def test_report_panel_over_waves(cli, waves, tmp_path):
    old, new, _ = waves
    out = tmp_path / "r.xlsx"
    res = cli("report", "--type", "epci", "--data", old, "--data", new, "--panel", "-o", out)
    assert res.exit_code == 0, res.output
    syn = _lines(out, "Synthèse")
    assert "Périmètre\u00a0: 6 communautés d'agglomération du panel" in syn
    assert OUT_FR in syn
    assert any(x.startswith("100") and "des 6 communautés d'agglomération du panel sur "
               "Facebook" in x for x in syn)
    evo = _lines(out, "Évolution")
    assert OUT_FR in evo
    shares = [float(x.split(" | ")[1]) for x in evo if x.startswith("2024-") or x.startswith("2025-")]
    assert shares == [1.0, 1.0]
    mov = _lines(out, "Mouvements")
    assert mov[0].startswith("6 communautés d'agglomération du panel\u00a0: du 15 octobre 2024")
    assert OUT_FR in mov
    assert f"Hors panel | {OUT_FR}" in _lines(out, "Sources et méthode")
    assert any(x.startswith("Couverture | ") and "6 communautés d'agglomération du panel sur 6"
               in x for x in _lines(out, "Sources et méthode"))


def test_charts_say_those_out_of_the_panel(waves):
    old, new, _ = waves
    w = bm.read_waves([old, new])
    for fig in (bm.charts.wave_trend(bm.wave_trend(w, panel=True)),
                bm.charts.changes(bm.changes(w, panel=True))):
        cap = fig.get_supxlabel().replace("\n", " ")
        assert "Base : 6 communautés d'agglomération du panel (exhaustif)." in cap
        assert OUT_FR + "." in cap


def test_trend_says_what_its_intervals_assume(cli, waves):
    """Without --panel, 16 of the 1 254 intercommunalités read as a random draw: the
    intervals say it, as compare does for one file, under the table and in the chart. The
    2024 wave's 6 CA alone (a draw of 6 all CA: (230/1,254)^6 = 4e-5) is far from the
    categories' proportions (mix21): its own note says so, not the random-draw one."""
    old, new, _ = waves
    res = cli("trend", "--type", "epci", "--data", old, "--data", new, "-p", "facebook")
    # the entities that answered at each wave (fixrep21: not « of each file », which may
    # hold more); the 2024 wave has its own note (mix21)
    assert ("Les intervalles supposent un tirage au hasard des entités ayant répondu à chaque "
            "vague (16 le 15 octobre 2025 sur 1\u202f254 intercommunalités) ; "
            "pour un panel choisi à la main, --panel") in res.stdout
    assert ("Vague du 15 octobre 2024 : le fichier tient 0 des 989 communautés de communes, 6 des "
            "230 communautés d'agglomération") in res.stdout  # under the table (s32)
    en = cli("trend", "--type", "epci", "--data", old, "--data", new, "-p", "facebook",
             "--lang", "en").stdout
    assert "The intervals assume the entities that answered at each wave (16 on 15 October 2025" in en
    fig = bm.charts.wave_trend(bm.wave_trend(bm.read_waves([old, new]), platforms="facebook"))
    cap = fig.get_supxlabel().replace("\n", " ")
    assert "tirage au hasard supposé : si les entités ont été choisies" in cap  # words
    panel = cli("trend", "--type", "epci", "--data", old, "--data", new, "-p", "facebook",
                "--panel").stdout
    assert "tirage au hasard" not in panel
