"""Session 31, brief F: every reading the reader makes is certain or said by ``validate``.

1. A one-row header over a row that only repeats its fields (« Présence Facebook » over
   « Présence »): the ``header-second-row`` error told to « mettez l'en-tête sur une seule
   ligne », which it already was; the repeat is left out, said in one warning.
"""

from __future__ import annotations

import openpyxl
import pytest
from typer.testing import CliRunner

import barometre as bm
from barometre.cli.app import app
from barometre.survey import fastcsv

HEAD = ["Code", "Nom", "Présence Facebook", "Abonnés Facebook", "Présence Instagram",
        "Abonnés Instagram", "Date"]
REPEAT = ["", "", "Présence", "Abonnés", "Présence", "Abonnés", "Date"]
BODY = [["29", "Finistère", "Oui", "1200", "Non", "", "15/10/2025"],
        ["35", "Ille-et-Vilaine", "Oui", "3400", "Oui", "560", "15/10/2025"]]


def _file(tmp_path, kind, second=REPEAT):
    rows = [HEAD, second, *BODY]
    if kind == "xlsx":
        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append([v or None for v in r])
        path = tmp_path / "rep.xlsx"
        wb.save(path)
        return path
    path = tmp_path / "rep.csv"
    path.write_text("".join(";".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["xlsx", "csv", "csv-fast"])
def test_a_second_row_repeating_the_fields_is_left_out_and_said(tmp_path, monkeypatch, kind):
    if kind == "csv-fast":  # the columnar reader of large files, on a small file
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = _file(tmp_path, kind[:4] if kind != "xlsx" else kind)
    said = bm.validate(path)
    assert [(p.code, p.severity, p.row) for p in said] == [
        ("header-second-row-repeat", "warning", 2)]
    assert said[0].message == (
        "ligne laissée de côté : elle ne fait que répéter des champs que l'en-tête nomme "
        "déjà (« Présence », « Abonnés », « Date ») ; supprimez-la")
    assert said[0].text("en") == ("row left out: it only repeats fields the header already "
                                  "names (“Présence”, “Abonnés”, “Date”); delete it")
    s = bm.read_survey(path)
    got = s.dropna(subset=["followers"])
    assert sorted(zip(got["code"], got["platform"], got["followers"].astype(int),
                      got["source_row"])) == [("29", "facebook", 1200, 3),
                                              ("35", "facebook", 3400, 4),
                                              ("35", "instagram", 560, 4)]
    res = CliRunner().invoke(app, ["validate", str(path)])
    assert res.exit_code == 0
    assert sorted(res.output.splitlines()) == [  # the type guessed said too (s35)
        f"{path.name} : 0 erreur, 1 avertissement",
        f"{path.name}, ligne 2 : avertissement : {said[0].message}",
        "type deviné : départements (--type departement), celui de toutes les entités du "
        "fichier (2)"]  # 29 and 35: the repeated row is none (s36; was 3)


def test_a_second_row_naming_another_field_stays_an_error(tmp_path):
    """« Abonnés » under « Présence Facebook »: the row does not only repeat; which
    header is meant is not certain, the error stays."""
    path = _file(tmp_path, "csv", ["", "", "Abonnés", "Abonnés", "Présence", "Abonnés", ""])
    assert [(p.code, p.row) for p in bm.validate(path) if p.severity == "error"] == [
        ("header-second-row", 2)]


CORSE = ("Code;Nom;Département;Facebook;Date\n"
         "2A004;Ajaccio;20;Oui;15/10/2025\n"
         "2B033;Bastia;20;Oui;15/10/2025\n"
         "29019;Brest;20;Oui;15/10/2025\n"
         "35238;Rennes;Bretagne;Oui;15/10/2025\n")


@pytest.mark.parametrize("fast", [False, True])
def test_20_in_a_departement_column_is_corse(tmp_path, monkeypatch, fast):
    """2. « 20 », Corse's code before 1976, was « non lue » (departement-cell-unread):
    an entity of 2A or 2B passes, another is not in it."""
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = tmp_path / "corse.csv"
    path.write_text(CORSE, encoding="utf-8")
    said = bm.validate(path)
    assert [(p.code, p.severity, p.row, p.value) for p in said] == [
        ("departement-cell-unread", "warning", None, "Bretagne"),
        ("entity-not-in-departement", "error", 4, "29019")]
    assert said[0].message.startswith("1 cellule ne désignant aucun département "
                                      "(« Bretagne ») : non lue,")  # one cell: no « la première »
    assert said[1].message == ("« 29019 » n'est pas dans le département 20 (2A, 2B) : "
                               "Brest (29019, Finistère, 29)")
    assert sorted(bm.read_survey(path, errors="skip")["code"]) == ["2A004", "2B033", "35238"]


EPCI_LONG = ("SIREN;Nom;Réseau;Présence;Date\n"
             "200065928;Lannion-Trégor Agglomération;Facebook;Oui;15/10/2025\n"
             "200065928;Lannion-Trégor Agglomération;Instagram;Oui;15/10/2025\n"
             "200065928;Lannion-Trégor Agglomération;X;Non;15/10/2025\n"
             "200042174;Cap l'Orient;Facebook;Oui;15/10/2025\n"
             "200068120;Quimper Communauté;Facebook;Oui;15/10/2025\n"
             "240100750;Pays de Gex Agglo;Facebook;Oui;15/10/2025\n")


@pytest.mark.parametrize("fast", [False, True])
def test_a_groupings_other_name_beside_its_siren_is_said_once_with_its_rows(
        tmp_path, monkeypatch, fast):
    """4. « Lannion-Trégor Agglomération » and « Cap l'Orient » (Lorient Agglomération's
    former name) beside their SIREN were silent, their words close to the name (taken
    for a misspelling), « Quimper Communauté » warned: each is said now, once, with its
    rows; « Pays de Gex Agglo », a form of the name itself, is not."""
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = tmp_path / "epci.csv"
    path.write_text(EPCI_LONG, encoding="utf-8")
    said = bm.validate(path)
    assert [(p.code, p.severity, p.row, p.value, p.count) for p in said] == [
        ("code-name-unknown", "warning", None, "Lannion-Trégor Agglomération", 3),
        ("code-name-unknown", "warning", 5, "Cap l'Orient", None),
        ("code-name-unknown", "warning", 6, "Quimper Communauté", None)]
    assert said[0].message == (
        "nom « Lannion-Trégor Agglomération » non reconnu à côté du code 200065928 (CA "
        "Lannion-Trégor Communauté) : lu d'après le code (lignes 2, 3, 4)")
    assert said[0].rows.tolist() == [2, 3, 4]
    assert said[0].text("en").endswith("read from the code (lines 2, 3, 4)")
    assert said[1].message == ("nom « Cap l'Orient » non reconnu à côté du code 200042174 "
                               "(CA Lorient Agglomération) : lu d'après le code")
    s = bm.read_survey(path)
    assert sorted(set(s["code"])) == ["200042174", "200065928", "200068120", "240100750"]


@pytest.mark.parametrize("fast", [False, True])
def test_ambiguous_dates_of_a_column_mixing_both_orders_are_said(tmp_path, monkeypatch, fast):
    """5. « 03/04/2025 » in a column with « 15/10/2025 » (day first only) and
    « 10/15/2025 » (month first only): the month-first one is an error, and the ambiguous
    one was read day first (3 April) unsaid, the column read half one way; said now. A
    column of « 03/04/2025 » and « 10/15/2025 » only is read month first whole (said)."""
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = tmp_path / "mix.csv"
    path.write_text("Code;Facebook;Date\n29;Oui;03/04/2025\n35;Oui;15/10/2025\n"
                    "22;Oui;10/15/2025\n56;Oui;05/06/2025\n", encoding="utf-8")
    said = bm.validate(path)
    assert [(p.code, p.severity, p.row, p.count) for p in said] == [
        ("dates-day-first-mixed", "warning", None, 2), ("date-invalid", "error", 4, None)]
    assert said[0].message == (
        "2 dates ambiguës lues jour d'abord sans certitude : la colonne mêle les deux ordres "
        "(« 10/15/2025 », ligne 4, ne se lit que mois d'abord) ; une autre date si lues mois "
        "d'abord (lignes 2, 5)")
    assert said[0].rows.tolist() == [2, 5]
    s = bm.read_survey(path, errors="skip")
    assert sorted(zip(s["code"], s["date"].dt.strftime("%Y-%m-%d"))) == [
        ("29", "2025-04-03"), ("35", "2025-10-15"), ("56", "2025-06-05")]
    path.write_text("Code;Facebook;Date\n29;Oui;03/04/2025\n35;Oui;10/15/2025\n",
                    encoding="utf-8")
    assert [(p.code, p.count) for p in bm.validate(path)] == [("dates-month-first", 2)]
    assert sorted(bm.read_survey(path)["date"].dt.strftime("%Y-%m-%d")) == [
        "2025-03-04", "2025-10-15"]


@pytest.mark.parametrize("fast", [False, True])
def test_no_arrondissement_is_read_as_its_city_unsaid(tmp_path, monkeypatch, fast):
    """3. (a pin: nothing to fix) An arrondissement's name or code alone is an error naming
    the city's code to write; its name beside the city's code is read as the city, said,
    in a long file once with its rows."""
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = tmp_path / "arr.csv"
    path.write_text("Code;Nom;Réseau;Présence;Date\n"
                    "13055;Marseille 13e;Facebook;Oui;15/10/2025\n"
                    "13055;Marseille 13e;Instagram;Oui;15/10/2025\n"
                    ";13 Marseille;Facebook;Oui;15/10/2025\n"
                    ";Paris 15e;Facebook;Oui;15/10/2025\n"
                    "75115;;Facebook;Oui;15/10/2025\n"
                    "69381;Lyon 1er;Facebook;Oui;15/10/2025\n", encoding="utf-8")
    said = bm.validate(path, type="commune")
    assert [(p.code, p.severity, p.row, p.count) for p in said] == [
        ("code-name-unknown", "warning", None, 2), ("former-code-name", "error", 4, None),
        ("former-code-name", "error", 5, None), ("former-code", "error", 6, None),
        ("former-code", "error", 7, None)]
    assert said[0].message.endswith("vérifiez que le compte relevé est celui de la ville, pas "
                                    "celui de l'arrondissement (lignes 2, 3)")
    assert said[2].message.startswith("« Paris 15e » est le nom de Paris 15e Arrondissement, "
                                      "arrondissement municipal de Paris : écrivez 75056")
    assert said[3].message.startswith("le code « 75115 » est celui de Paris 15e "
                                      "Arrondissement, arrondissement municipal de Paris")
