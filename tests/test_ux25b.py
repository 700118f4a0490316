"""A user review's defects (session 25, ux25b): a regional template analysed without
--within, a wrong --type said as a header on two rows, an error quoting a code the user
never typed."""

from __future__ import annotations

import pytest

import barometre as bm

openpyxl = pytest.importorskip("openpyxl")


# --------------------------------------------------------------------------- a wrong --type

_REGIONS = ("Code région;Région;Facebook;X (ex-Twitter);Instagram;LinkedIn;Abonnés Facebook;"
            "Date du relevé\n"
            "01;Guadeloupe;oui;OUI;x;Non;45 300;15/10/2025\n"
            "02;Martinique;Oui;Non;Oui;Non;12 345;15/10/2025\n")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_regions_read_as_departements_say_the_type_not_a_header_on_two_rows(
        tmp_path, cli, encoding):
    """A file of régions read with --type departement: the error says the file is about
    régions and --type region; its first data row (« 01 », « oui », « 45 300 ») is no
    second header row (it was said to « ressemble aussi à un en-tête »)."""
    f = tmp_path / "reg.csv"
    f.write_text(_REGIONS, encoding=encoding)
    r = cli("compare", "--data", f, "--type", "departement")
    assert r.exit_code == 1
    assert r.stderr == (
        "barometre : reg.csv : pas de colonne d'entité pour le type « département » : ce "
        "fichier porte sur des régions (« Code région ») : --type region, ou sans --type ; "
        "en-tête lu ligne 1 : « Code région », « Région », « Facebook », « X (ex-Twitter) », "
        "« Instagram », « LinkedIn », « Abonnés Facebook », « Date du relevé »\n")
    r = cli("compare", "--data", f, "--type", "departement", "--lang", "en")
    assert r.stderr == (
        "barometre: reg.csv: no entity column for type 'département': this file is about "
        "regions ('Code région'): --type region, or no --type; header read on line 1: "
        "'Code région', 'Région', 'Facebook', 'X (ex-Twitter)', 'Instagram', 'LinkedIn', "
        "'Abonnés Facebook', 'Date du relevé'\n")


def test_a_row_of_answers_is_never_a_second_header_row(tmp_path):
    """No entity column: the row under the header holds answers (« Non »; its « x » also
    heads the platform X's columns): the error says the header row, not « a header on two
    rows »."""
    f = tmp_path / "sans-entite.csv"
    f.write_text("Collec;Facebook;Instagram\nRennes;x;Non\nBrest;Oui;x\n", encoding="utf-8")
    [p] = bm.validate(f)
    assert p.code == "no-entity-column"
    assert p.message == (
        "pas de colonne d'entité : attendu une colonne « code », « code INSEE », « nom », "
        "« collectivité », « département »… ; en-tête lu ligne 1 : « Collec », « Facebook », "
        "« Instagram »")


# --------------------------------------------------------------------------- the code quoted

def test_a_name_in_the_code_column_is_quoted_as_written(tmp_path, cli):
    """« Tulle » in the code column, « Guéret » in the name column: the error quotes
    « Tulle », read as the code 19272, not a code 19272 the user never typed; a row whose
    code cell is 19272 says the code alone."""
    f = tmp_path / "conflict.csv"
    f.write_text("Code INSEE;Ville;Facebook;Date\nTulle;Guéret;Oui;15/10/2025\n"
                 "19272;Guéret;Non;15/10/2025\n", encoding="utf-8")
    r = cli("validate", f, "--type", "ville_prefecture")
    assert r.exit_code == 1
    assert r.stdout.splitlines() == [
        "conflict.csv, ligne 2, colonne « Ville » : erreur : le code « Tulle » (lu comme "
        "19272) désigne Tulle, mais le nom « Guéret » désigne Guéret (23096)",
        "conflict.csv, ligne 3, colonne « Ville » : erreur : le code 19272 désigne Tulle, "
        "mais le nom « Guéret » désigne Guéret (23096)"]
    r = cli("validate", f, "--type", "ville_prefecture", "--lang", "en")
    assert r.stdout.splitlines() == [
        "conflict.csv, line 2, column 'Ville': error: code 'Tulle' (read as 19272) is Tulle, "
        "but the name 'Guéret' is Guéret (23096)",
        "conflict.csv, line 3, column 'Ville': error: code 19272 is Tulle, but the name "
        "'Guéret' is Guéret (23096)"]


def test_an_unknown_name_beside_a_name_in_the_code_column(tmp_path):
    """The warning of a name not recognised quotes the code cell as written too; a code
    without its leading zero or with a space (« 1 », « 75 056 ») is that code, said alone."""
    f = tmp_path / "inconnu.csv"
    f.write_text("Code INSEE;Ville;Facebook\nGuéret;Xyzville;Oui\n75 056;Zorglub;Oui\n",
                 encoding="utf-8")
    assert [p.message for p in bm.validate(f, type="ville_prefecture")] == [
        "nom « Xyzville » non reconnu à côté du code « Guéret » (lu comme 23096 : Guéret) : "
        "lu d'après le code",
        "nom « Zorglub » non reconnu à côté du code 75056 (Paris) : lu d'après le code"]
    assert [p.message for p in bm.validate(f, type="ville_prefecture", lang="en")] == [
        "name 'Xyzville' not recognised next to code 'Guéret' (read as 23096: Guéret): read "
        "from the code",
        "name 'Zorglub' not recognised next to code 75056 (Paris): read from the code"]
