"""Review of a CA's and a ville préfecture's communicator (epci17): --peers strate put a CA
among the métropoles of its band; « une enquête de intercommunalités »; « de ≥ 100 000
habitants »; Mayotte's census on Quimper's charts; a file of CA called
« intercommunalités »; a population without its year; INSEE codes above SIREN numbers."""

from __future__ import annotations

import random

import openpyxl
import pytest

import barometre as bm
from barometre.analysis.peers import peer_group
from barometre.render.excel.cells import typeset

CA_QUIMPER = "200068120"


def _fill(template, out, keep=None, seed=17):
    """A survey of ``barometre template``'s workbook, seeded: Facebook and Instagram
    presence, counts by population, one reading date; only the ``keep`` codes if given."""
    rnd = random.Random(seed)
    wb = openpyxl.load_workbook(template)
    ws = wb["Enquête"]
    head = [c.value for c in ws[1]]
    pop = head.index("Population")
    gone = []
    for i, row in enumerate(ws.iter_rows(min_row=2), start=2):
        if keep is not None and str(row[0].value) not in keep:
            gone.append(i)
            continue
        for j, h in enumerate(head):
            if h and str(h).endswith("présence"):
                yes = rnd.random() < 0.9
                row[j].value = "Oui" if yes else "Non"
                if yes:
                    row[j + 2].value = int((row[pop].value or 10_000) * 0.02
                                           * rnd.lognormvariate(0, 0.6)) + 1
                row[j + 3].value = "16/11/2026"
    for i in reversed(gone):
        ws.delete_rows(i)
    wb.save(out)
    return out


@pytest.fixture(scope="module")
def all_epci(tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    d = tmp_path_factory.mktemp("epci17")
    res = CliRunner().invoke(app, ["template", "--type", "epci", "-p", "facebook", "-p",
                                   "instagram", "-o", str(d / "t.xlsx")])
    assert res.exit_code == 0, res.output
    return _fill(d / "t.xlsx", d / "epci.xlsx")


@pytest.fixture(scope="module")
def ca_only(tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    d = tmp_path_factory.mktemp("epci17ca")
    res = CliRunner().invoke(app, ["template", "--type", "communauté d'agglomération", "-p",
                                   "facebook", "-o", str(d / "t.xlsx")])
    assert res.exit_code == 0, res.output
    return _fill(d / "t.xlsx", d / "ca.xlsx")


def test_strate_peers_of_a_ca_are_the_ca_of_its_band(all_epci, cli):
    e = bm.reference.entities("epci")
    ca_top = set(e.loc[(e["kind"] == "CA") & (e["population"] >= 100_000), "code"])
    assert len(ca_top) == 91
    s = bm.read_survey(all_epci)
    g = peer_group(s, CA_QUIMPER, peers="strate")
    assert set(g["code"]) == ca_top  # no métropole, CU nor CC among them
    b = bm.benchmark(s, CA_QUIMPER, peers="strate")
    assert b.attrs["peer_kind"] == "CA"
    out = cli("benchmark", "--entity", CA_QUIMPER, "--data", all_epci, "--peers", "strate").stdout
    assert ("pairs : les 91 communautés d'agglomération de la même strate de population "
            "(100\u202f000 habitants ou plus) dans le fichier") in out.replace(" 000", "\u202f000")
    en = cli("benchmark", "--entity", CA_QUIMPER, "--data", all_epci, "--peers", "strate",
             "--lang", "en").stdout
    assert ("peers: the 91 communautés d'agglomération of the same population band "
            "(100,000 inhabitants or more) in the file") in en
    r = bm.rank(s, "facebook", entity=CA_QUIMPER, peers="strate")
    assert set(r["code"]) <= ca_top and r.attrs["peer_group"]["kind"] == "CA"
    ranked = cli("rank", "-p", "facebook", "--entity", CA_QUIMPER, "--data", all_epci,
                 "--peers", "strate").stdout
    assert "communautés d'agglomération de 100" in ranked and "ou plus classées" in ranked


def test_strate_of_a_metropole_is_refused_all_metropoles_in_one_band(all_epci):
    e = bm.reference.entities("epci")
    metro = e.loc[e["kind"] == "METRO", "code"].iloc[0]
    with pytest.raises(bm.UsageError, match="ne départage pas les métropoles : 21 sur 21"):
        bm.benchmark(bm.read_survey(all_epci), metro, peers="strate")


def test_a_commune_in_a_file_of_intercommunalites_is_said_with_elision(all_epci, ca_only, cli):
    # (a commune's name, « Quimper », now gets its intercommunalité suggested: town17)
    out = cli("benchmark", "--entity", "Finistère", "--data", all_epci).output
    assert "une enquête d'intercommunalités" in out and "de intercommunalités" not in out
    out = cli("benchmark", "--entity", "Finistère", "--data", ca_only).output
    assert ("pas une communauté d'agglomération : le fichier d'enquête est une enquête de "
            "communautés d'agglomération") in out


def test_a_file_of_ca_names_their_category(ca_only, cli, tmp_path):
    out = cli("benchmark", "--entity", CA_QUIMPER, "--data", ca_only).stdout
    assert "pairs : les 230 communautés d'agglomération du fichier" in out
    from barometre.render.charts.benchmark import _peers_words

    g = peer_group(bm.read_survey(ca_only), CA_QUIMPER)
    assert _peers_words(g, "fr") == "Pairs : les 230 communautés d'agglomération du fichier"
    fig = bm.chart_adoption(bm.adoption(bm.read_survey(ca_only))) if hasattr(
        bm, "chart_adoption") else None
    report = tmp_path / "r.xlsx"
    assert cli("report", "--data", ca_only, "--entity", CA_QUIMPER, "-o", report).exit_code == 0
    cells = [c for ws in openpyxl.load_workbook(report) for row in ws.iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert typeset("Périmètre : communautés d'agglomération", "fr") in cells
    assert any(c.startswith(typeset("Pairs : les 230 communautés d'agglomération du fichier", "fr"))
               for c in cells)
    del fig


def test_adoption_title_names_the_category(ca_only):
    from barometre.render.charts.adoption import adoption as chart_adoption

    fig = chart_adoption(bm.adoption(bm.read_survey(ca_only)))
    title = " ".join(t.get_text() for t in fig.texts)
    assert "Présence sur les réseaux sociaux : communautés d'agglomération" in title


def test_band_words_never_read_de_geq():
    from barometre.render.formats import band_said

    assert band_said("≥ 100 000") == "100 000 habitants ou plus"
    assert band_said("≥ 100 000", "en") == "100,000 inhabitants or more"
    assert band_said("< 500") == "moins de 500 habitants"
    assert band_said("20 000–49 999") == "20 000–49 999 habitants"
    from barometre.analysis.peers import peer_group_words

    w = peer_group_words("commune", "strate", "≥ 100 000")
    assert w.fr == "communes de 100 000 habitants ou plus"
    assert "≥" not in w.en


def test_mayotte_census_only_when_mayotte_is_drawn():
    from barometre.render.formats import population_note

    assert "Mayotte" not in population_note(["ville_prefecture"], "fr", ["29232", "35238"])
    assert "Mayotte" in population_note(["ville_prefecture"], "fr", ["29232", "97611"])
    vp = bm.read_survey(bm.demo_file("enquete"))
    from barometre.render.charts.ranking import ranking

    r = bm.rank(vp, "facebook", metric="followers_per_1000", entity="29", peers="region")
    fig = ranking(r, focus="29")
    said = " ".join(t.get_text() for t in fig.texts)
    assert "Population" in said and "Mayotte" not in said


def test_resolve_and_entities_say_the_population_year(cli):
    out = cli("resolve", CA_QUIMPER).stdout
    assert "selon la DGCL" in out and "populations légales 2022" in out
    out = cli("resolve", "Quimper").stdout
    assert "populations légales 2023" in out and "Mayotte" not in out
    assert "populations légales 2022" in cli("entities", "--type", "epci").stdout


def test_template_of_epci_says_siren_and_the_dgcl(tmp_path, cli):
    out = tmp_path / "t.xlsx"
    assert cli("template", "--type", "epci", "-o", out).exit_code == 0
    lines = [r[0] for r in openpyxl.load_workbook(out)["Mode d'emploi"].iter_rows(values_only=True)
             if r[0]]
    assert any("numéros SIREN" in x for x in lines)
    assert not any("codes INSEE" in x for x in lines)
    assert any(x.startswith("Référentiel\u00a0: DGCL") and "populations légales 2022" in x
               for x in lines)
    out = tmp_path / "d.xlsx"
    assert cli("template", "--type", "departement", "-o", out).exit_code == 0
    lines = [r[0] for r in openpyxl.load_workbook(out)["Mode d'emploi"].iter_rows(values_only=True)
             if r[0]]
    assert any("codes INSEE" in x for x in lines)
    assert any(x.startswith("Référentiel\u00a0: INSEE") and "populations légales 2023" in x
               for x in lines)
