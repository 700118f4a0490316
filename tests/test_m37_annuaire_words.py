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
           "“metropolis” (--type metropole).")


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
        "EPCI: it is not counted in this category but in the type “metropolis”."}
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


def _sheet(path, name) -> list[str]:
    import openpyxl

    ws = openpyxl.load_workbook(path)[name]
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


@pytest.fixture
def annuaire_21(tmp_path):
    """The export without Metz Métropole's record: 21 métropoles of 22, a sure range."""
    d = json.loads(ANNU.read_text(encoding="utf-8"))
    d["service"] = [s for s in d["service"] if s["nom"] != "Metz Métropole"]
    out = tmp_path / "annuaire-21.json"
    out.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return out


# 2. the Annuaire report in the Annuaire's words
def test_annuaire_report_sure_range_caveat_definitions(cli, annuaire_21, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", annuaire_21, "--type", "metropole", "-o", out)
    assert res.exit_code == 0, res.output
    sure = ("fourchette sûre : les bornes entre lesquelles la part est certainement, quelles "
            "que soient les collectivités hors du fichier (k/N et (k + u)/N : k présentes, u "
            "hors du fichier, N la base)")
    synth, adoption = _sheet(out, "Synthèse"), _sheet(out, "Adoption")
    for cells in (synth, adoption):
        said = " ".join(cells).replace("\xa0", " ")
        assert sure in said and "sans réponse" not in said
    caveat = ("Attention\xa0: une collectivité sans compte déclaré peut en avoir un\u202f; "
              "la part mesurée est un minimum.")
    assert caveat in adoption
    src = _sheet(out, "Sources et méthode")
    terms = src[src.index("Définitions") + 3::2]
    assert terms == ["Part (adoption)", "IC 95\u202f%", "Mesure", "Déduit d'une formulation"]
    assert not any("1\u202f000 hab" in c for c in src)
    en = tmp_path / "en.xlsx"
    assert cli("report", "--data", annuaire_21, "--type", "metropole", "--lang", "en",
               "-o", en).exit_code == 0
    said = " ".join(_sheet(en, "Adoption"))
    assert "whatever the authorities out of the file" in said
    assert "the share measured is a lower bound" in said


def test_a_survey_report_with_a_benchmark_keeps_its_definitions(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", FILES / "r36" / "metro-ok.xlsx", "--blank", "unknown",
              "--type", "metropole", "--entity", "Rennes", "-o", out)
    assert res.exit_code == 0, res.output
    src = _sheet(out, "Sources et méthode")
    for term in ("Abonnés pour 1\u202f000 hab.", "Rang", "Indice", "Moyenne des pairs sans elle"):
        assert term in src


def test_annuaire_data_sheet_gives_each_records_date(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", ANNU, "--type", "commune", "-o", out)
    assert res.exit_code == 0, res.output
    import datetime as dt

    import openpyxl

    ws = openpyxl.load_workbook(out)["Données"]
    rows = list(ws.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r and r[0] == "Code")
    dates = {r[0]: r[rows[head].index("Date du relevé")] for r in rows[head + 1:] if r[0]}
    assert dates["35238"] == dt.datetime(2026, 11, 9)  # the mairies' records: 09/11/2026
    assert rows[0][0] == ("Date du relevé\xa0: la dernière modification des fiches de la "
                          "collectivité dans l'Annuaire.")
    metro = tmp_path / "m.xlsx"
    assert cli("report", "--data", ANNU, "--type", "metropole", "-o", metro).exit_code == 0
    ws = openpyxl.load_workbook(metro)["Données"]
    got = {r[7] for r in ws.iter_rows(min_row=4, values_only=True) if r[0]}
    assert got == {dt.datetime(2026, 10, 15)}  # not the file's latest (a mairie's)


# 3. a chart made alone names no sheet of a report never made
def test_standalone_benchmark_chart_names_no_report_sheet():
    s = bm.read_survey(FILES / "r36" / "metro-ok.xlsx", blank="unknown")
    for lang in ("fr", "en"):
        cap = bm.charts.benchmark(s, "Rennes", lang=lang).get_supxlabel().replace("\n", " ")
        assert ("Pairs non classés" if lang == "fr" else "Peers not ranked") in cap
        assert "Benchmark" not in cap and "détail" not in cap and "detail" not in cap


# 4. a shared rank names whom it is shared with
def test_benchmark_names_the_tie(cli, tmp_path):
    metro = FILES / "r36" / "metro-ok.xlsx"
    s = bm.read_survey(metro, blank="unknown")
    b = bm.benchmark(s, "Rennes").set_index("platform")
    assert (b.loc["linkedin", "rank"], b.loc["linkedin", "tied"]) == (21, True)
    assert b.loc["linkedin", "tied_names"] == "Dijon Métropole"
    assert b.loc["facebook", "tied_names"] == "" and b.loc["linkedin", "tied_per_1000_names"] == ""
    res = cli("benchmark", "--data", metro, "--blank", "unknown", "--entity", "Rennes")
    assert "LinkedIn : 9\u202f915 abonnés, 21e ex aequo avec Dijon Métropole sur 22" in res.stdout
    en = cli("benchmark", "--data", metro, "--blank", "unknown", "--entity", "Rennes",
             "--lang", "en")
    assert "tied 21st of 22 with Dijon Métropole" in en.stdout
    # CSV: the columns that were there stay as they were, the names in a column of their own
    rows = list(csv.DictReader(io.StringIO(cli(
        "benchmark", "--data", metro, "--blank", "unknown", "--entity", "Rennes",
        "-f", "csv").stdout)))
    li = next(r for r in rows if r["platform"] == "linkedin")
    assert (li["rank"], li["tied"], li["tied_names"]) == ("21", "True", "Dijon Métropole")
    js = json.loads(cli("benchmark", "--data", metro, "--blank", "unknown", "--entity",
                        "Rennes", "-f", "json").stdout)
    assert {r["platform"]: r["tied_names"] for r in js}["linkedin"] == ["Dijon Métropole"]
    assert {r["platform"]: r["tied_names"] for r in js}["facebook"] == []
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", metro, "--blank", "unknown", "--type", "metropole",
               "--entity", "Rennes", "-o", out).exit_code == 0
    assert "LinkedIn\xa0: 21e ex aequo avec Dijon Métropole sur 22" in _sheet(out, "Benchmark")
    # a chart's label, where space is tight: the short form
    fig = bm.charts.benchmark(s, "Rennes")
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any(x.startswith("21e ex aequo sur 22") for x in labels), labels
    assert not any("Dijon" in x for x in labels)


def test_a_tie_of_several_is_counted():
    from barometre.render.formats import fmt_rank

    assert fmt_rank(3, 10, tied=True, tied_with="A;B") == "3e ex aequo avec 2 autres sur 10"
    assert fmt_rank(3, 10, tied=False, tied_with="") == "3e sur 10"


# 5. the métropoles' reference list says it holds the Métropole de Lyon, which is no EPCI
def test_metropole_template_reference_says_what_the_list_is(cli, tmp_path):
    import openpyxl

    def referentiel(path):
        ws = openpyxl.load_workbook(path)["Mode d'emploi"]
        return next(c.value for row in ws.iter_rows() for c in row
                    if isinstance(c.value, str) and c.value.startswith("Référentiel"))

    out = tmp_path / "m.xlsx"
    assert cli("annuaire", ANNU, "--type", "metropole", "-o", out).exit_code == 0
    assert referentiel(out).startswith(
        "Référentiel\xa0: DGCL, liste des EPCI à fiscalité propre et de la Métropole de Lyon "
        "(collectivité à statut particulier, pas un EPCI)")
    epci = tmp_path / "e.xlsx"
    assert cli("annuaire", ANNU, "--type", "epci", "-o", epci).exit_code == 0
    said = referentiel(epci)
    assert "DGCL, liste des EPCI à fiscalité propre (epcicom2026" in said and "Lyon" not in said


# 6. a commune asked in a file of métropoles: its métropole, given
def test_commune_of_a_metropole_points_to_it(cli):
    res = cli("benchmark", "--data", ANNU, "--type", "metropole", "--entity", "216901231")
    assert res.exit_code != 0
    assert res.stderr.strip() == (
        "barometre : Lyon (69123) est une commune, pas une métropole : le fichier d'enquête "
        "est une enquête de métropoles ; la métropole de cette commune est Métropole de Lyon "
        ": 200046977")
    en = cli("benchmark", "--data", FILES / "r36" / "metro-ok.xlsx", "--blank", "unknown",
             "--entity", "35238", "--lang", "en")
    assert "this commune's metropolis is Rennes Métropole: 243500139" in en.stderr
    # a commune outside any métropole: no grouping said
    out = cli("benchmark", "--data", ANNU, "--type", "metropole", "--entity", "29232")
    assert "Quimper (29232) est une commune, pas une métropole" in out.stderr
    assert "de cette commune" not in out.stderr


# 7. the library's benchmark of an Annuaire export says what the command says
def test_library_benchmark_carries_the_annuaire_notes(cli):
    from barometre.render.views import benchmark_text

    s = bm.read_survey(ANNU, type="metropole")
    b = bm.benchmark(s, "Rennes")
    assert set(b["caveat"]) == {"Attention : une collectivité sans compte déclaré peut en "
                                "avoir un ; la part mesurée est un minimum."}
    assert set(b["data_date"]) == {"2026-11-09"}
    assert set(b["measure_label"]) == {"comptes déclarés à l'Annuaire de l'administration"}
    said = benchmark_text(b)
    assert "YouTube : sans compte déclaré" in said
    assert "la part mesurée est un minimum" in said and "état au 9 novembre 2026" in said
    res = cli("benchmark", "--data", ANNU, "--type", "metropole", "--entity", "Rennes")
    assert res.exit_code == 0, res.output
    assert res.stdout.rstrip("\n") == said.rstrip("\n")  # notebook and command alike
    en = json.loads(cli("benchmark", "--data", ANNU, "--type", "metropole", "--entity",
                        "Rennes", "-f", "json", "--lang", "en").stdout)
    assert {r["caveat"] for r in en} == {
        "Caveat: an authority with no declared account may still have one; the share "
        "measured is a lower bound."}
    # a survey file: none of these
    plain = bm.benchmark(bm.read_survey(FILES / "r36" / "metro-ok.xlsx", blank="unknown"),
                         "Rennes")
    assert "caveat" not in plain.columns and "annuaire" not in plain.attrs


def test_annuaire_data_sheet_says_the_files_date_for_an_undated_record(cli, tmp_path):
    import datetime as dt

    import openpyxl

    d = json.loads(ANNU.read_text(encoding="utf-8"))
    for s in d["service"]:
        if s["nom"] == "Metz Métropole":
            s["date_modification"] = ""
    src = tmp_path / "undated.json"
    src.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", src, "--type", "metropole", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Données"]
    assert ws["A1"].value == (
        "Date du relevé\xa0: la dernière modification des fiches de la collectivité dans "
        "l'Annuaire\u202f; 6 lignes sans fiche datée\xa0: la date du fichier (9 novembre 2026, sa "
        "fiche la plus récente).")
    dates = {r[0]: r[7] for r in ws.iter_rows(min_row=4, values_only=True) if r[0]}
    assert dates["200039865"] == dt.datetime(2026, 11, 9)  # Metz: the file's date
    assert dates["243500139"] == dt.datetime(2026, 10, 15)  # Rennes: its own


def test_benchmark_among_the_epci_metropoles_says_lyon_is_not_one(cli):
    res = cli("benchmark", "--data", ANNU, "--type", "epci", "--entity", "Rennes Métropole")
    assert res.exit_code == 0, res.output
    assert "pairs : les 21 métropoles du fichier" in res.stdout
    assert res.stdout.count(LYON_FR) == 1
    whole = cli("benchmark", "--data", ANNU, "--type", "epci", "--entity", "Rennes Métropole",
                "--peers", "type")
    assert "Métropole de Lyon" not in whole.stdout
    # the type metropole counts it: nothing to say
    metro = cli("benchmark", "--data", ANNU, "--type", "metropole", "--entity", "Rennes")
    assert "n'est pas un EPCI" not in metro.stdout
