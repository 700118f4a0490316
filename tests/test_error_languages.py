"""User errors are said in the language of the command line (they were French only).

Each case runs the CLI in French (the sentence of before, unchanged) and in English: one
line on stderr, the same exit code.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT

DEMO = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"


def _said(cli, *args) -> tuple[tuple[int, str], tuple[int, str]]:
    fr, en = cli(*args), cli(*args, "--lang", "en")
    return (fr.exit_code, fr.stderr), (en.exit_code, en.stderr)


def test_compare_vs_a_type_absent_from_the_file(cli):
    fr, en = _said(cli, "compare", "--data", DEMO, "--type", "departement", "--vs", "region")
    assert fr == (1, "barometre : le fichier ne contient pas d'entités de type « région » "
                     "(il contient : département)\n")
    assert en == (1, "barometre: the file holds no entity of type “region” "
                     "(it holds: département)\n")


def test_rank_without_followers_names_the_platform_by_its_label(cli, tmp_path):
    f = tmp_path / "sans-abonnes.csv"
    # X surveyed, no count (a platform never surveyed is refused with the platforms of the
    # file: tests/test_peers_lookup.py)
    f.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;;15/10/2025\n"
                 "02;Facebook;Non;;15/10/2025\n01;X;Non;;15/10/2025\n", encoding="utf-8")
    fr, en = _said(cli, "rank", "--data", f, "--platform", "x")
    # the platform was said by its id ("pour x"): now by its label, in each language; the
    # metric by its words, not by the English column name « followers »
    assert fr == (1, "barometre : aucun nombre d'abonnés pour X (ex-Twitter) dans le fichier\n")
    assert en == (1, "barometre: no follower count for X (formerly Twitter) in the file\n")
    fr, en = _said(cli, "rank", "--data", f, "--platform", "x", "--metric", "followers_per_1000")
    assert fr == (1, "barometre : aucun nombre d'abonnés pour 1\u202f000 habitants pour "
                     "X (ex-Twitter) dans le fichier\n")
    assert en == (1, "barometre: no followers per 1,000 inhabitants for X (formerly Twitter) "
                     "in the file\n")


def test_benchmark_of_an_entity_absent_from_the_file(cli, tmp_path):
    f = tmp_path / "enquete.csv"
    f.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;12;15/10/2025\n",
                 encoding="utf-8")
    fr, en = _said(cli, "benchmark", "--data", f, "--entity", "03")
    assert fr == (1, "barometre : Allier (03) n'est pas dans le fichier d'enquête\n")
    assert en == (1, "barometre: Allier (03) is not in the survey file\n")


def test_peers_refused_in_the_library_in_both_languages():
    import barometre as bm
    from barometre.domain.errors import UsageError

    survey = bm.read_survey(DEMO)
    with pytest.raises(UsageError) as exc:
        bm.benchmark(survey, "Ain", peers="voisins")
    assert exc.value.code == "peers-unknown" and exc.value.exit_code == 2
    # said to Python with the parameter's name, not the CLI's flag (the CLI's is a choice)
    assert exc.value.render("fr") == ("peers=« voisins » inconnu : attendu type, region, strate "
                                      "ou category")
    assert exc.value.render("en") == ("unknown peers=“voisins”: expected type, region, strate "
                                      "or category")


@pytest.mark.parametrize("name, fr_text, en_text", [
    ("enquete", "enquete : extension « (aucune) » non reconnue ; attendu .xlsx, .csv, .txt, "
                ".tsv ou .parquet",
     "enquete: extension “(none)” not recognised; expected .xlsx, .csv, .txt, .tsv or .parquet"),
    # a CSV's text under .xls: said as such (tests/test_disguised_workbook.py)
    ("enquete.xls", "enquete.xls : ce fichier .xls est du texte (un CSV, sans doute), pas un "
                    "classeur : renommez-le en .csv",
     "enquete.xls: this .xls file is text (a CSV, probably), not a workbook: rename it to .csv"),
    ("enquete.ods", "enquete.ods : le format .ods de LibreOffice n'est pas lu ; dans "
                    "LibreOffice Calc, Fichier > Enregistrer sous… au format Excel 2007-365 "
                    "(.xlsx) ou CSV",
     "enquete.ods: LibreOffice's .ods format is not read; in LibreOffice Calc, File > Save "
     "As… in Excel 2007-365 (.xlsx) or CSV format"),
])
def test_reader_refuses_a_file_in_both_languages(cli, tmp_path, name, fr_text, en_text):
    f = tmp_path / name
    f.write_text("code;plateforme;present\n01;Facebook;Oui\n", encoding="utf-8")
    fr, en = _said(cli, "compare", "--data", f, "--type", "departement")
    assert fr == (1, f"barometre : {fr_text}\n")
    assert en == (1, f"barometre: {en_text}\n")


def test_a_row_without_entity_is_a_resolve_error_said_in_both_languages(cli, tmp_path):
    f = tmp_path / "vide.csv"
    f.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;5;15/10/2025\n"
                 ";Facebook;Non;;15/10/2025\n", encoding="utf-8")
    fr, en = _said(cli, "compare", "--data", f, "--type", "departement")
    assert fr == (1, "barometre : vide.csv, ligne 3, colonne « code » : erreur : entité "
                     "manquante : attendu un code ou un nom\n")
    assert en == (1, "barometre: vide.csv, line 3, column “code”: error: missing entity: "
                     "expected a code or a name\n")


def test_a_name_of_several_other_entities_is_joined_in_the_language(cli, tmp_path):
    f = tmp_path / "homonymes.csv"
    f.write_text("code;nom;plateforme;present\n75056;Saint-Denis;Facebook;Oui\n",
                 encoding="utf-8")
    fr = cli("validate", f, "--type", "commune").stdout
    en = cli("validate", f, "--type", "commune", "--lang", "en").stdout
    others = ["Saint-Denis (11339)", "Saint-Denis (30247)", "Saint-Denis (93066)",
              "Saint-Denis (97411)"]
    assert "le nom « Saint-Denis » désigne " + " ou ".join(others) + "\n" in fr
    assert "the name “Saint-Denis” is " + " or ".join(others) + "\n" in en


def test_a_file_level_refusal_keeps_the_file_name_and_its_code_in_both_languages(cli):
    f = ROOT / "tests" / "files" / "bad" / "ambiguous.csv"
    fr, en = _said(cli, "compare", "--data", f, "--type", "departement")
    # the type the file seems to hold, and what to type
    assert fr == (1, "barometre : ambiguous.csv : pas de colonne d'entité pour le type "
                     "« département » : ce fichier porte sur des communes (« Commune ») : "
                     "--type commune, ou sans --type ; en-tête lu ligne 1 : « Commune », "
                     "« Facebook »\n")
    assert en == (1, "barometre: ambiguous.csv: no entity column for type “département”: "
                     "this file is about municipalities (“Commune”): --type commune, or no "
                     "--type; header read on line 1: “Commune”, “Facebook”\n")
    # validate says the file apart: the sentence without it, and the sentence's own code
    res = cli("validate", f, "--type", "departement", "--format", "json", "--lang", "en")
    [problem] = json.loads(res.stdout)
    assert problem["code"] == "no-entity-column-of-type"
    assert problem["message"] == ("no entity column for type “département”: this file is "
                                  "about municipalities (“Commune”): --type commune, or no "
                                  "--type; header read on line 1: “Commune”, “Facebook”")
