"""Entity columns: French header names, a second code or name column, a name of another type.

A code column and a name column say the entity; a second one of either (two tables side by
side, a bare « Code » beside « Code département » in a survey of départements) is an error
naming both (``duplicate-column``), never a table read as the first one's rows. Headers
written with articles (« Nom de la commune », « Code du département »), INSEE's (« N° INSEE
», CODGEO, LIBGEO, DEP/LIBDEP) are entity columns. A name beside a code that is exactly the
name of an entity of another type (« Ain » beside a région's code) is a
``code-name-mismatch`` saying what it is.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.domain.errors import InputFileError
from barometre.survey.headers import classify_header

from .test_fast_path import fast_reader, normal_reader, same_reading


def _file(tmp_path, text, name="enquete.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _codes(problems):
    return [(p.row, p.column, p.code, p.severity) for p in problems]


# --------------------------------------------------------------------------- two columns

SIDE_BY_SIDE = ("Code;Nom;Facebook;;Code;Nom;Instagram\n"
                "01;Ain;Oui;;10;Aube;Oui\n"
                "02;Aisne;Non;;11;Aude;Non\n"
                "03;Allier;Oui;;12;Aveyron;Oui\n"
                "04;Alpes-de-Haute-Provence;Oui;;;;\n")


@pytest.mark.parametrize("type_", [None, "departement"])
def test_two_tables_side_by_side_are_an_error_not_the_first_ones_rows(tmp_path, type_):
    f = _file(tmp_path, SIDE_BY_SIDE)
    problems = bm.validate(f, type=type_)
    assert _codes(problems)[:2] == [(None, "Code", "duplicate-column", "error"),
                                    (None, "Nom", "duplicate-column", "error")]
    assert problems[0].message == (
        "deux colonnes « Code » pour le code des départements (colonnes 1 et 5 de "
        "l'en-tête) ; gardez-en une (ou renommez l'autre) pour que l'on sache laquelle lire")
    assert problems[1].msg.render("en") == (
        "two “Nom” columns for the name of the départements (header columns 2 and 6); keep "
        "one (or rename the other) so that it is clear which one to read")
    with pytest.raises(InputFileError):
        bm.read_survey(f, type=type_)
    same_reading(normal_reader, fast_reader, f)


def test_two_tables_side_by_side_in_a_workbook(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [line.split(";") for line in SIDE_BY_SIDE.splitlines()]:
        ws.append([v or None for v in row])
    f = tmp_path / "cote.xlsx"
    wb.save(f)
    assert [(p.column, p.code) for p in bm.validate(f) if p.severity == "error"] == [
        ("Code", "duplicate-column"), ("Nom", "duplicate-column")]


def test_a_second_code_column_is_an_error(tmp_path):
    f = _file(tmp_path, "Code;Nom;Facebook;Code\n01;Ain;Oui;10\n02;Aisne;Non;11\n")
    assert _codes(bm.validate(f)) == [(None, "Code", "duplicate-column", "error")]


@pytest.mark.parametrize("type_", [None, "departement"])
def test_code_beside_code_departement_in_a_survey_of_departements(tmp_path, type_):
    # both read as a département's code: which one? (the file said nothing before)
    f = _file(tmp_path, "Code;Code département;Nom;Facebook\n10;01;Aube;Oui\n11;02;Aude;Non\n")
    problems = bm.validate(f, type=type_)
    assert _codes(problems)[0] == (None, "Code département", "duplicate-column", "error")
    assert problems[0].message.startswith(
        "deux colonnes pour le code des départements : « Code » et « Code département »")


def test_code_beside_code_departement_in_a_survey_of_communes_is_its_context(tmp_path):
    f = _file(tmp_path, "Code;Code département;Commune;Facebook\n44109;44;Nantes;Oui\n"
                        "35238;35;Rennes;Non\n")
    for type_ in (None, "commune"):
        assert bm.validate(f, type=type_) == []
    assert list(bm.read_survey(f)["code"]) == ["44109", "35238"]


def test_departement_beside_nom_is_two_names(tmp_path):
    f = _file(tmp_path, "Département;Nom;Facebook\nAin;Aube;Oui\nAisne;Aude;Non\n")
    for type_ in (None, "departement"):
        assert _codes(bm.validate(f, type=type_)) == [
            (None, "Nom", "duplicate-column", "error")]
    # a commune's name and its département: an entity and its context
    g = _file(tmp_path, "Nom;Département;Facebook\nNantes;Loire-Atlantique;Oui\n"
                        "Rennes;Ille-et-Vilaine;Non\n", "communes.csv")
    assert bm.validate(g, type="commune") == []
    assert list(bm.read_survey(g, type="commune")["code"]) == ["44109", "35238"]


# --------------------------------------------------------------------------- header names

@pytest.mark.parametrize("header, role, type_hint", [
    ("Nom de la commune", "entity_name", "commune"),
    ("Libellé commune", "entity_name", "commune"),
    ("Libellé de la commune", "entity_name", "commune"),
    ("Lib. commune", "entity_name", "commune"),
    ("Nom officiel de la commune", "entity_name", "commune"),
    ("Nom de la ville", "entity_name", "commune"),
    ("Nom du département", "entity_name", "departement"),
    ("Nom de la région", "entity_name", "region"),
    ("Nom de l'EPCI", "entity_name", "epci"),
    ("Nom de la communauté de communes", "entity_name", "epci"),
    ("Code du département", "entity_code", "departement"),
    ("Numéro de département", "entity_code", "departement"),
    ("N° département", "entity_code", "departement"),
    ("Code INSEE du département", "entity_code", "departement"),
    ("Code commune INSEE", "entity_code", "commune"),
    ("N° INSEE", "entity_code", "commune"),
    ("Code SIREN de l'EPCI", "entity_code", "epci"),
    ("CODGEO", "entity_code", "commune"),
    ("LIBGEO", "entity_name", "commune"),
    ("LIBDEP", "entity_name", "departement"),
    ("LIBREG", "entity_name", "region"),
    ("LIBEPCI", "entity_name", "epci"),
    ("Nom de la collectivité", "entity_name", None),
    # not an entity: a mayor, a postcode, a page, a row number
    ("Nom du maire", "unknown", None),
    ("Code postal", "unknown", None),
    ("Nom du compte", "unknown", None),
    ("N°", "unknown", None),
    ("Numéro de ligne", "unknown", None),
])
def test_french_entity_headers(header, role, type_hint):
    col = classify_header(header)
    assert (col.role, col.type_hint) == (role, type_hint)
    assert classify_header("Nom de la page Facebook").platform == "facebook"


@pytest.mark.parametrize("header", [
    "Code commune INSEE;Nom de la commune", "N° INSEE;Libellé de la commune",
    "CODGEO;LIBGEO", "Code INSEE;Nom de la ville"])
def test_a_file_of_communes_with_french_headers_is_read_and_checked(tmp_path, header):
    f = _file(tmp_path, f"{header};Facebook;Date du relevé\n42218;Saint-Étienne;Oui;15/10/2025\n"
                        "72181;Le Mans;Non;15/10/2025\n")
    assert bm.validate(f) == []
    assert list(bm.read_survey(f)["code"]) == ["42218", "72181"]
    # the name column is read beside the code: swapped names are errors, not passed
    g = _file(tmp_path, f"{header};Facebook;Date du relevé\n42218;Le Mans;Oui;15/10/2025\n"
                        "72181;Saint-Étienne;Non;15/10/2025\n", "swapped.csv")
    name = header.split(";")[1]
    assert _codes(bm.validate(g)) == [(2, name, "code-name-mismatch", "error"),
                                     (3, name, "code-name-mismatch", "error")]


def test_a_file_of_departements_with_french_headers(tmp_path):
    f = _file(tmp_path, "Code du département;Nom du département;Facebook\n01;Ain;Oui\n"
                        "02;Aisne;Non\n")
    assert bm.validate(f) == []
    assert list(bm.read_survey(f)["code"]) == ["01", "02"]
    g = _file(tmp_path, "Nom de la commune;Facebook\nSaint-Étienne;Oui\nLe Mans;Non\n", "n.csv")
    assert list(bm.read_survey(g)["code"]) == ["42218", "72181"]


def test_dep_beside_libdep_is_the_code(tmp_path):
    # INSEE's DEP holds the codes: beside LIBDEP, the two are checked, not two names
    f = _file(tmp_path, "DEP;LIBDEP;Facebook\n01;Ain;Oui\n02;Aude;Non\n")
    assert _codes(bm.validate(f)) == [(3, "LIBDEP", "code-name-mismatch", "error")]
    g = _file(tmp_path, "DEP;Facebook\n01;Oui\n2A;Non\n", "dep.csv")  # alone: as before
    assert list(bm.read_survey(g)["code"]) == ["01", "2A"]


def test_a_page_column_beside_a_presence_column_is_the_account(tmp_path):
    f = _file(tmp_path, "N° INSEE;Nom de la commune;Facebook (O/N);Nb abonnés FB;Page Facebook\n"
                        "42218;Saint-Étienne;O;12 000;https://facebook.com/saintetienne\n")
    assert bm.validate(f) == []
    df = bm.read_survey(f)
    assert list(df["account"]) == ["https://facebook.com/saintetienne"]
    assert list(df["followers"]) == [12000]


def test_a_data_row_with_an_address_is_no_header(tmp_path):
    # a row under the header holding an account's address was said to look like a header
    assert classify_header("https://facebook.com/saintetienne").role == "unknown"
    assert classify_header("www.facebook.com/nantes").role == "unknown"
    f = _file(tmp_path, "Territoire concerné;Facebook;Compte Facebook\n"
                        "Nantes;O;https://facebook.com/nantes\n")
    with pytest.raises(InputFileError) as exc:
        bm.read_survey(f)
    assert exc.value.code == "no-entity-column"
    assert "ressemble aussi" not in exc.value.message


# --------------------------------------------------------------------------- another type

DEP_AS_REG = ("Code;Nom;Facebook;Date du relevé\n01;Ain;Oui;15/10/2025\n"
              "02;Aisne;Non;15/10/2025\n11;Aude;Oui;15/10/2025\n24;Dordogne;Oui;15/10/2025\n")


def test_a_departement_name_beside_a_region_code_is_an_error_saying_what_it_is(tmp_path):
    f = _file(tmp_path, DEP_AS_REG)
    problems = bm.validate(f, type="region")
    assert _codes(problems) == [(r, "Nom", "code-name-mismatch", "error") for r in (2, 3, 4, 5)]
    assert problems[0].message == (
        "le code 01 désigne Guadeloupe (région), mais le nom « Ain » est un département : "
        "Ain (01) ; si le fichier porte sur des départements, précisez type=\"departement\"")
    assert problems[0].msg.render("en") == (
        "code 01 is Guadeloupe (region), but the name “Ain” is a département: Ain (01); if "
        "the file is about départements, give type=\"departement\"")  # a library call (s31)
    with pytest.raises(InputFileError):
        bm.read_survey(f, type="region")
    # read as départements: as it says
    assert bm.validate(f, type="departement") == []
    assert bm.validate(f) == []


def test_a_commune_name_beside_a_departement_code(tmp_path):
    f = _file(tmp_path, "Code;Nom;Facebook\n69;Lyon;Oui\n01;Ain;Oui\n")
    problems = bm.validate(f, type="departement")
    assert _codes(problems) == [(2, "Nom", "code-name-mismatch", "error")]
    assert "« Lyon » est une commune : Lyon (69123)" in problems[0].message
    # a name that is nothing known stays a warning, read from the code
    g = _file(tmp_path, "Code;Nom;Facebook\n01;Zzyzx;Oui\n", "z.csv")
    assert _codes(bm.validate(g, type="departement")) == [
        (2, "Nom", "code-name-unknown", "warning")]


def test_an_intercommunality_named_by_its_town_stays_a_warning(tmp_path):
    # « Paris » is a département too: beside the Métropole du Grand Paris, its town's name
    f = _file(tmp_path, "Code;Nom;Facebook\n200054781;Paris;Oui\n")
    for type_ in ("metropole", "epci"):
        problems = bm.validate(f, type=type_)
        assert [(p.row, p.code, p.severity) for p in problems if p.row == 2] == [
            (2, "code-name-unknown", "warning")], type_
    g = _file(tmp_path, "Code;Nom;Facebook\n200054781;Ain;Oui\n", "ain.csv")
    assert _codes(bm.validate(g, type="metropole")) == [(2, "Nom", "code-name-mismatch", "error")]


def test_the_types_word_alone_beside_an_explicit_name_is_the_code(tmp_path):
    """« Département;Nom du département » (codes under the first): refused as two name
    columns this session; it is read, the codes checked against the names, as DEP/LIBDEP.
    « Code commune;Commune;Libellé commune » is read as before (the code says the entity)."""
    f = _file(tmp_path, "Département;Nom du département;Facebook\n01;Ain;Oui\n02;Aude;Non\n")
    assert _codes(bm.validate(f)) == [(3, "Nom du département", "code-name-mismatch", "error")]
    g = _file(tmp_path, "Département;Nom du département;Facebook\n01;Ain;Oui\n02;Aisne;Non\n",
              "ok.csv")
    assert bm.validate(g) == []
    assert list(bm.read_survey(g)["code"]) == ["01", "02"]
    h = _file(tmp_path, "Code commune;Commune;Libellé commune;Facebook\n75056;Paris;Paris;Oui\n"
                        "69123;Lyon;Lyon;Non\n", "communes.csv")
    assert bm.validate(h) == []
    assert list(bm.read_survey(h)["code"]) == ["75056", "69123"]


def test_insee_short_code_beside_the_types_word_and_the_explicit_name_checked(tmp_path):
    """« DEP;Département » (INSEE's code beside the type's word) was refused as two name
    columns by the first version of the rule above; « Code commune;Commune;Libellé commune »
    checked « Commune » and never the explicit « Libellé commune »."""
    f = _file(tmp_path, "DEP;Département;Facebook\n01;Ain;Oui\n02;Aude;Non\n")
    assert _codes(bm.validate(f, type="departement")) == [
        (3, "Département", "code-name-mismatch", "error")]
    g = _file(tmp_path, "REG;Région;Facebook\n84;Auvergne-Rhône-Alpes;Oui\n53;Bretagne;Non\n",
              "reg.csv")
    assert bm.validate(g, type="region") == []
    h = _file(tmp_path, "Code commune;Commune;Libellé commune;Facebook\n"
                        "01053;Bourg-en-Bresse;Marseille;Oui\n75056;Paris;Paris;Oui\n", "c.csv")
    assert _codes(bm.validate(h)) == [(2, "Libellé commune", "code-name-mismatch", "error")]
