"""--within and --panel over several waves (waves18): a publisher who surveys the same
hand-picked 14 communautés d'agglomération every year got a trend whose intervals assumed a
random draw of France (« IC 95 % : 39–84 % » over the 1 254 intercommunalités), changes a
McNemar p-value as if they were sampled, and ``report --panel`` refused two files. Each wave's
base is now the one compare says for its file; the two waves' for changes."""

from __future__ import annotations

import random

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset
from tests.conftest import ROOT, as_json

BASE = "14 communautés d'agglomération du panel"
DEMO = ROOT / "data" / "demo"


def _wave(path, codes, year, drop=()):
    """A wave of the panel: Facebook « Oui » for all, Instagram « Oui » or « Non » (the
    same answers every year: a census of the panel has nothing to test), with counts."""
    lines = ["SIREN;Plateforme;Présence;Abonnés;Date"]
    for i, c in enumerate(codes):
        if c in drop:
            continue
        lines.append(f"{c};Facebook;Oui;{1000 + 10 * i + year % 10};15/10/{year}")
        lines.append(f"{c};Instagram;{'Oui' if i % 3 else 'Non'};;15/10/{year}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def panel(tmp_path_factory):
    d = tmp_path_factory.mktemp("panel-waves")
    e = bm.reference.entities("epci")
    keep = sorted(random.Random(7).sample(sorted(e[e["kind"] == "CA"]["code"]), 14))
    return (_wave(d / "ca-2024.csv", keep, 2024), _wave(d / "ca-2025.csv", keep, 2025),
            _wave(d / "ca-2025-13.csv", keep, 2025, drop=keep[:1]), keep)


def _cells(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_trend_panel_is_each_waves_census_without_interval(cli, panel):
    old, new, _, _ = panel
    rows = as_json(cli("trend", "--type", "epci", "--data", old, "--data", new, "--panel",
                       "-f", "json"))
    assert {r["wave"] for r in rows} == {"2024-10-15", "2025-10-15"}
    for r in rows:
        assert (r["census"], r["n_reference"], r["n_reference_of"]) == (True, 14,
                                                                       "epci:panel:CA")
        assert r["ci_low"] is None and r["ci_high"] is None  # a census: no interval
    table = cli("trend", "--type", "epci", "--data", old, "--data", new, "--panel").stdout
    assert table.startswith(f"Base : {BASE}\n") and "exhaustif" in table
    assert "IC 95" not in table and "1\u202f254" not in table
    # without --panel, the same waves are read as a random draw of the 230 CA, as compare
    # reads a file of CA alone (wav23b: trend read them as a draw of the 1 254)
    plain = cli("trend", "--type", "epci", "--data", old, "--data", new).stdout
    assert "IC 95" in plain and "N = 230 communautés d'agglomération" in plain
    en = cli("trend", "--type", "epci", "--data", old, "--data", new, "--panel",
             "--lang", "en").stdout
    assert en.startswith("Base: the 14 communautés d'agglomération of the panel")


def test_trend_panel_says_its_base_is_the_panel_not_each_wave_whole(cli, panel):
    """Session 36 (W37): trend --panel's last line said « Base : chaque vague entière
    (ses entités ayant répondu) » over figures of the panel; it says the panel, its N,
    as the table's first line; without --panel, each wave whole still."""
    old, new, _, _ = panel
    args = ["trend", "--type", "epci", "--data", old, "--data", new]
    fr = cli(*args, "--panel").stdout.rstrip("\n").split("\n")
    assert fr[-1] == (f"Base : à chaque vague, les {BASE} ; « barometre changes » compare "
                      "les seules entités ayant répondu aux deux vagues.")
    assert not any("chaque vague entière" in line for line in fr)
    en = cli(*args, "--panel", "--lang", "en").stdout.rstrip("\n").split("\n")
    assert en[-1] == ("Base: at each wave, the 14 communautés d'agglomération of the panel; "
                      "“barometre changes” compares only the entities that answered at "
                      "both waves.")
    plain = cli(*args).stdout
    assert "Base : chaque vague entière (ses entités ayant répondu)" in plain


def test_the_panel_over_waves_is_the_entities_of_every_wave(cli, panel):
    """A wave of 13 (one CA dropped in 2025) after one of 14: the panel is the 13 of both
    waves (panelwaves18: the same entities followed in time), each wave their census; the
    one missing is said once. compare of that file alone: its own 13."""
    old, _, thirteen, _ = panel
    rows = as_json(cli("trend", "--type", "epci", "--data", old, "--data", thirteen,
                       "--panel", "-f", "json"))
    assert {(r["wave"], r["n_reference"], r["census"]) for r in rows} == {
        ("2024-10-15", 13, True), ("2025-10-15", 13, True)}
    alone = as_json(cli("compare", "--type", "epci", "--data", thirteen, "--panel",
                        "-f", "json"))
    assert {r["n_reference"] for r in alone} == {13}
    res = cli("trend", "--type", "epci", "--data", old, "--data", thirteen, "--panel")
    assert res.stdout.splitlines()[0] == "Base : 13 communautés d'agglomération du panel"
    assert ("1 intercommunalité non relevée à l'une des vagues, hors panel (0 le 15 octobre 2024, "
            "1 le 15 octobre 2025)") in res.stderr


def test_changes_panel_compares_the_whole_panel_no_p_value(cli, panel):
    old, new, thirteen, _ = panel
    rows = as_json(cli("changes", "--data", old, "--data", new, "--panel", "-f", "json"))
    assert all(r["census"] and r["p_value"] is None and r["n_reference_of"] == "epci:panel:CA"
               for r in rows)
    plain = as_json(cli("changes", "--data", old, "--data", new, "-f", "json"))
    assert all(not r["census"] and r["p_value"] == 1.0 for r in plain)
    table = cli("changes", "--data", old, "--data", new, "--panel").stdout
    assert table.startswith(f"{BASE} : du 15 octobre 2024 au 15 octobre 2025")
    assert "toutes les entités de la base (voir le titre) sont comparées" in table
    # one CA missing from the newer wave: out of the panel (panelwaves18), the 13 of both
    # waves compared whole, their census
    part = as_json(cli("changes", "--data", old, "--data", thirteen, "--panel", "-f", "json"))
    assert all(r["census"] and r["p_value"] is None and r["n_paired"] == 13
               and r["not_comparable"] == 0 for r in part)


def test_report_of_two_waves_says_the_panel(cli, panel, tmp_path):
    old, new, _, keep = panel
    rep = tmp_path / "rapport.xlsx"
    out = cli("report", "--data", old, "--data", new, "--panel", "-o", rep)
    assert out.exit_code == 0, out.output
    synth = _cells(rep, "Synthèse")
    assert typeset(f"Périmètre : {BASE}", "fr") in synth
    assert any(c.startswith(typeset(f"64\u202f% des {BASE} sur Instagram (n = 14 ayant répondu "
                                    "sur 14 ; exhaustif)", "fr")) for c in synth)
    assert not any("tirage au hasard" in c or "230" in c for c in synth)
    moves = openpyxl.load_workbook(rep)["Mouvements"]
    assert moves["A1"].value.startswith(typeset(f"{BASE} : du 15 octobre 2024", "fr"))
    values = [c.value for row in moves.iter_rows() for c in row]
    assert "exhaustif" in values  # the p column: a census of the panel, no test
    cover = next(c for c in _cells(rep, "Sources et méthode")
                 if c.startswith("2025 (année des chiffres)"))
    assert f"{BASE} sur 14 (100" in cover and "en France" not in cover
    # without --panel: a sample of the 230 CA, the interval's assumption and the offer said
    plain = tmp_path / "plain.xlsx"
    assert cli("report", "--data", old, "--data", new, "-o", plain).exit_code == 0
    # in words in the report, no CLI option for its reader (rvcom19)
    assert any("; tirage au hasard supposé)" in c for c in _cells(plain, "Synthèse"))
    assert any("si elles ont été choisies (des pairs, un réseau), les chiffres ne valent que "
               "pour elles" in c for c in _cells(plain, "Synthèse"))
    assert "p (McNemar)" in [c.value for row in openpyxl.load_workbook(plain)["Mouvements"]
                             .iter_rows() for c in row]


def test_chart_trend_and_changes_say_the_panel(cli, panel, tmp_path):
    old, new, _, _ = panel
    w = bm.read_waves([old, new])
    fig = bm.charts.wave_trend(bm.wave_trend(w, panel=True))
    cap = fig.get_supxlabel().replace("\n", " ")
    assert f"Base : {BASE} (exhaustif)." in cap
    assert fig.get_suptitle().startswith("Communautés d'agglomération du panel :")
    assert not [ln for ax in fig.axes for ln in ax.lines if str(ln.get_gid()).startswith("ci:")]
    plain = bm.charts.wave_trend(bm.wave_trend(w))  # a random draw of France: bars
    assert [ln for ax in plain.axes for ln in ax.lines if str(ln.get_gid()).startswith("ci:")]
    ch = bm.charts.changes(bm.changes(w, panel=True))
    assert f"Base : {BASE} (exhaustif)." in ch.get_supxlabel().replace("\n", " ")
    for kind in ("trend", "changes"):
        png = tmp_path / f"{kind}.png"
        out = cli("chart", kind, "--data", old, "--data", new, "--panel", "-o", png)
        assert out.exit_code == 0, out.output
        assert png.stat().st_size > 0


def test_within_over_waves_is_each_waves_base_and_refuses_outsiders(cli, tmp_path):
    """The intercommunalités of the Côtes-d'Armor and the Finistère in two waves: with
    --within 22,29 their census, not a sample of France; the demo waves (every département)
    under --within refused, naming the entities outside, in one line."""
    e = bm.reference.entities("epci")
    deps, codes = bm.analysis.survey.within_codes("22,29", "epci")
    codes = sorted(codes)
    paths = [_wave(tmp_path / f"bzh-{y}.csv", codes, y) for y in (2024, 2025)]
    n = len(codes)
    rows = as_json(cli("trend", "--type", "epci", "--data", paths[0], "--data", paths[1],
                       "--within", "22,29", "-f", "json"))
    assert all((r["census"], r["n_reference"], r["n_reference_of"]) == (True, n, "epci:22,29")
               for r in rows)
    table = cli("trend", "--type", "epci", "--data", paths[0], "--data", paths[1],
                "--within", "22,29").stdout
    assert table.splitlines()[0] == (
        f"Base : {n} intercommunalités des Côtes-d'Armor et du Finistère")
    ch = as_json(cli("changes", "--data", paths[0], "--data", paths[1], "--within", "22,29",
                     "-f", "json"))
    assert all(r["census"] and r["p_value"] is None for r in ch)
    assert len(e) > n
    out = cli("trend", "--type", "departement", "--data",
              DEMO / "vague-2024-departements-donnees-fictives.xlsx", "--data",
              DEMO / "vague-2025-departements-donnees-fictives.csv", "--within", "22,29")
    assert out.exit_code != 0 and "Traceback" not in out.output
    assert "hors de ces départements" in out.stderr and len(out.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, said", [
    (("trend", "--type", "epci", "--panel"), "--panel ne s'applique qu'avec --data"),
    (("trend", "--type", "epci", "-p", "facebook", "--within", "22"),
     "--within ne s'applique qu'avec --data"),
    (("changes", "--panel", "--within", "22"), "--panel ne se combine pas avec --within"),
])
def test_the_same_errors_as_compare(cli, panel, args, said):
    old, new, _, _ = panel
    if args[0] == "changes":
        args = (*args, "--data", old, "--data", new)
    out = cli(*args)
    assert out.exit_code != 0 and "Traceback" not in out.output
    assert said in out.stderr
