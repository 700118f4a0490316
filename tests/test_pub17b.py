"""Publisher's review of a survey of the intercommunalités of Bretagne and the Pays de la
Loire (pub17b): the base said by --within in the Base column and the Synthèse chart's title;
a misspelt field word in a second presence header; a truncated SIREN beside a name that
resolves; long key-figure lines wrapped within the printed page."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from tests.conftest import as_json
from .conftest import write_epci_answers as _write

BASE = "intercommunalités de l'Ain et de la Loire-Atlantique"


@pytest.fixture
def two_deps(tmp_path):
    """Every intercommunalité of the Ain (14) and the Loire-Atlantique (16); one Facebook
    answer blank (« ? »)."""
    e = bm.reference.entities("epci")
    codes = sorted(e[e["departement"].isin(["01", "44"])]["code"])
    return _write(tmp_path / "ain_loire_atlantique.csv", codes, lambda i: "?" if i == 3 else "Oui")


def _chart_titles(ws) -> list[str]:
    return ["".join(r.t for p in ch.title.tx.rich.p for r in (p.r or [])) for ch in ws._charts]


# --- 1. the base said by --within -------------------------------------------------------------

def test_within_base_column_names_the_departements_entities(cli, two_deps):
    """« 29 entités de l'enquête » said nothing of the 30 the user named, when --panel says
    « 29 des 30 intercommunalités du panel »."""
    args = ("compare", "--data", two_deps, "--type", "epci", "--within", "01,44")
    out = cli(*args)
    assert out.exit_code == 0, out.output
    assert f"29 des 30 {BASE} ; 1 autre sans réponse, hors base" in out.stdout
    assert f"30 {BASE}" in out.stdout  # Instagram: every one answered
    assert "entités de l'enquête" not in out.stdout
    en = cli(*args, "--lang", "en").stdout
    assert "29 of the 30 intercommunalities of Ain and Loire-Atlantique; 1 other not answered" in en
    # CSV and JSON keep the survey's own French base in every language (test_english)
    rows = {r["platform"]: r for r in as_json(cli(*args, "-f", "json"))}
    assert rows["facebook"]["base"] == "29 entités de l'enquête"
    assert as_json(cli(*args, "-f", "json", "--lang", "en")) == list(rows.values())


def test_within_base_in_the_report_adoption_sheet_and_synthese_chart(cli, two_deps, tmp_path):
    out = tmp_path / "rapport.xlsx"
    assert cli("report", "--data", two_deps, "--type", "epci", "--within", "01,44",
               "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    bases = [c.value for row in wb["Adoption"].iter_rows() for c in row
             if isinstance(c.value, str) and BASE in c.value]
    assert f"29 des 30 {BASE}\u202f; 1 autre sans réponse, hors base" in bases
    assert _chart_titles(wb["Synthèse"]) == [f"Présence des {BASE} sur chaque réseau, 2025"]
    # without --within, the title says the type alone, as before
    plain = tmp_path / "plain.xlsx"
    assert cli("report", "--data", two_deps, "--type", "epci", "-o", plain).exit_code == 0
    # and its base on a second line, 29 or 30 answered of the 1 254 (rvcom19; chosen by
    # place, its own note, not the random-draw clause)
    assert _chart_titles(openpyxl.load_workbook(plain)["Synthèse"]) == [
        "Présence des intercommunalités sur chaque réseau, 2025n = 29–30 sur 1\u202f254"]


# --- 2. a field word misspelt in a platform's second column -------------------------------------

@pytest.mark.parametrize("header, word, right", [
    ("Facebook - abonés", "abonés", "abonnés"), ("Facebook - folowers", "folowers", "followers"),
    ("Abonés Facebook", "Abonés", "abonnés")])
def test_a_misspelt_follower_header_is_said_misspelt(cli, tmp_path, header, word, right):
    """« deux colonnes pour la présence sur Facebook » sent the user looking for a presence
    column they never wrote."""
    f = tmp_path / "f.csv"
    f.write_text(f"Code;Nom;Facebook - présence;{header}\n01;Ain;Oui;1200\n02;Aisne;Non;\n",
                 encoding="utf-8")
    probs = [p for p in bm.validate(f) if p.code == "duplicate-column"]
    assert [(p.column, p.severity) for p in probs] == [(header, "error")]
    out = cli("validate", f)
    assert (f"« {word} » mal écrit ? ({right}) : « {header} » se lit comme la présence sur "
            "Facebook, à côté de « Facebook - présence »") in out.stdout
    assert "deux colonnes" not in out.stdout
    en = cli("validate", f, "--lang", "en").stdout
    assert f"“{word}” misspelt? ({right}): “{header}” reads as presence on Facebook" in en


def test_a_second_column_of_another_word_is_no_misspelt_field(cli, tmp_path):
    f = tmp_path / "f.csv"
    f.write_text("Code;Nom;Facebook - présence;Facebook - abonnement\n01;Ain;Oui;Oui\n",
                 encoding="utf-8")
    out = cli("validate", f).stdout
    # « abonnement » beside the platform over « Oui »: a word of no field, refused as such
    # since session 34 (column-property, the column not read), not « deux colonnes »
    assert ("colonne « Facebook - abonnement » : erreur : « abonnement » n'est ni un champ ni "
            "un titre de groupe de réseaux") in out and "mal écrit" not in out


# --- 3. a SIREN cut short beside a name that resolves ---------------------------------------------

def test_a_truncated_siren_is_an_unknown_code_and_the_name_beside_says_its_own(cli, tmp_path):
    """« aucune collectivité … ne s'appelle « 0039022 » » read the code as a name."""
    f = tmp_path / "epci.csv"
    f.write_text("SIREN;Nom;Facebook\n200039022;CA Vitré Communauté;Oui\n"
                 "0039022;CA Vitré Communauté;Oui\n0046977;Pas une intercommunalité;Non\n",
                 encoding="utf-8")
    probs = [p for p in bm.validate(f, type="epci") if p.code == "unknown-code"]
    assert [(p.row, p.column, p.value) for p in probs] == [
        (3, "SIREN", "0039022"), (4, "SIREN", "0046977")]
    assert probs[0].message == (
        "aucune collectivité de type « intercommunalité » n'a le code « 0039022 » ; le nom à "
        "côté, CA Vitré Communauté, est 200039022")
    assert probs[1].message == (  # a name beside that names none: nothing more said
        "aucune collectivité de type « intercommunalité » n'a le code « 0046977 »")
    en = cli("validate", f, "--type", "epci", "--lang", "en").stdout
    assert ("no authority of type “intercommunality” has the code “0039022”; the name beside "
            "it, CA Vitré Communauté, is 200039022") in en
    assert "s'appelle" not in cli("validate", f, "--type", "epci").stdout


def test_resolve_says_digits_that_are_no_code_of_the_type_an_unknown_code():
    with pytest.raises(bm.ResolveError) as exc:
        bm.reference.resolve("0039022", type="epci")
    assert exc.value.code == "unknown-code"
    assert bm.reference.resolve("200039022", type="epci").name == "CA Vitré Communauté"


# --- 4. long key-figure lines wrapped within the printed page -------------------------------------

def test_key_figure_lines_wrap_within_the_printed_width(cli, two_deps, tmp_path):
    """« … IC 95 % : 94,6–95,3 %) — w1.xlsx, 2025 » ran past the page's right margin: each
    key figure is merged over the printed columns (A:J) and wraps there."""
    out = tmp_path / "rapport.xlsx"
    assert cli("report", "--data", two_deps, "--type", "epci", "--within", "01,44",
               "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Synthèse"]
    keys = [c for c in ws["A"] if isinstance(c.value, str) and f" des {BASE} sur " in c.value]
    assert len(keys) == 3
    merged = {str(m) for m in ws.merged_cells.ranges}
    for c in keys:
        assert f"A{c.row}:J{c.row}" in merged and c.alignment.wrap_text
        assert ws.row_dimensions[c.row].height >= 15
