"""Brief M37 (session 36): the Métropole de Lyon said outside the EPCI category « métropole »,
the Annuaire report in the Annuaire's own words, ties named, a commune seat pointing to its
métropole, and the library's benchmark carrying the Annuaire's notes.

``files/m37/annuaire-synthetique.json``: a user's SYNTHETIC Annuaire export (invented
accounts; every métropole, the Métropole de Lyon by its seat 69123 or its SIREN, 8 CA and 6
mairies dated 09/11/2026, the métropoles 15/10/2026)."""

from __future__ import annotations

import csv
import io
import json
import random

import pytest

import barometre as bm
from tests.conftest import FILES

ANNU = FILES / "m37" / "annuaire-synthetique.json"
LYON_FR = ("Métropoles (intercommunalités) : la Métropole de Lyon (200046977), collectivité à "
           "statut particulier, n'est pas un EPCI ; elle n'est pas comptée ici mais dans le "
           "type « métropole » (--type metropole).")
LYON_EN = ("Métropoles (intercommunalités): the Métropole de Lyon (200046977), a collectivité "
           "à statut particulier, is not an EPCI; it is not counted here but in the type "
           "'metropolis' (--type metropole).")


@pytest.fixture
def epci_survey(tmp_path):
    """A survey of intercommunalités: every EPCI métropole and 20 CA (seeded)."""
    e = bm.reference.entities("epci")
    metro = sorted(e.loc[e["kind"] == "METRO", "code"])
    ca = random.Random(37).sample(sorted(e.loc[e["kind"] == "CA", "code"]), 20)
    path = tmp_path / "epci.csv"
    path.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};{'Oui' if i % 3 else 'Non'};15/10/2025\n" for i, c in enumerate(metro + ca)),
        encoding="utf-8")
    return path


# 1. the EPCI category « métropole » is not every métropole: the Métropole de Lyon said
def test_lyon_said_under_the_epci_metropoles_of_the_annuaire(cli):
    res = cli("compare", "--data", ANNU, "--type", "epci", "--by", "category")
    assert res.exit_code == 0, res.output
    assert "21/21" in res.stdout and "exhaustif" in res.stdout
    assert res.stdout.count(LYON_FR) == 1
    en = cli("compare", "--data", ANNU, "--type", "epci", "--by", "category", "--lang", "en")
    assert en.exit_code == 0, en.output
    assert en.stdout.count(LYON_EN) == 1
    # the CSV's notes column: on each figure of the category, none on the CA's
    rows = list(csv.DictReader(io.StringIO(cli(
        "compare", "--data", ANNU, "--type", "epci", "--by", "category", "-f", "csv").stdout)))
    notes = {r["category"]: r["notes"] for r in rows}
    assert notes["CA"] == ""
    assert notes["METRO"] == ("La Métropole de Lyon (200046977), collectivité à statut "
                              "particulier, n'est pas un EPCI : elle n'est pas comptée dans "
                              "cette catégorie mais dans le type « métropole ».")
    js = json.loads(cli("compare", "--data", ANNU, "--type", "epci", "--by", "category",
                        "-f", "json", "--lang", "en").stdout)
    assert {r["notes"] for r in js if r["category"] == "METRO"} == {
        "The Métropole de Lyon (200046977), a collectivité à statut particulier, is not an "
        "EPCI: it is not counted in this category but in the type 'metropolis'."}
    # not split by category: no figure of the category, no note
    whole = cli("compare", "--data", ANNU, "--type", "epci")
    assert whole.exit_code == 0 and "Métropole de Lyon" not in whole.stdout


def test_lyon_said_under_a_survey_files_metropoles_and_the_chart(cli, epci_survey):
    res = cli("compare", "--data", epci_survey, "--type", "epci", "--by", "category")
    assert res.exit_code == 0, res.output
    assert res.stdout.count(LYON_FR) == 1
    c = bm.compare_survey(bm.read_survey(epci_survey), by="category")
    assert c.attrs["not_an_epci"] == {"name": "Métropole de Lyon", "code": "200046977"}
    fig = bm.charts.adoption(c)
    assert "la Métropole de Lyon (200046977), collectivité à statut particulier, n'est pas " \
        "un EPCI" in fig.get_supxlabel().replace("\n", " ")
    # the CA alone: no métropole counted, nothing said
    ca = bm.compare_survey(bm.read_survey(epci_survey), by="category", platforms="facebook")
    assert "not_an_epci" in ca.attrs
    assert "not_an_epci" not in bm.compare_survey(bm.read_survey(epci_survey)).attrs


def test_lyon_note_names_the_reference():
    e = bm.reference.entities("metropole")
    lyon = e.loc[e["kind"] == "MET69"].iloc[0]
    from barometre.messages.published import LYON_NOT_EPCI_NOTE

    assert f"{lyon['name']} ({lyon['code']})" in LYON_NOT_EPCI_NOTE
