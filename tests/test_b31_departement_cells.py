"""A département column's cells read as the département they name, or said (session 31,
brief B, finding 2).

« 29 - Finistère » (code, dash, name: a common export) named no département for the
reader, so the row's commune was checked against nothing: Rennes (35238) beside
« 22 - Côtes-d'Armor » was accepted with 0 errors, while « Rennes;22 » is an error
(``entity-not-in-departement``). Such a cell is now read as its département when code and
name agree, the check applying; a code and a name that disagree (« 29 - Morbihan ») are an
error on the row; a cell that names no département (« Bretagne ») is a warning with its
rows, on both readers.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import barometre as bm
from barometre.cli.app import app
from barometre.datasets.name_index import read_departement_cell

from .test_fast_path import fast_reader, normal_reader, same_reading


@pytest.mark.parametrize("cell", ["29 - Finistère", "29 Finistère", "Finistère (29)",
                                  "Finistère - 29", "29-FINISTERE", "29 – Finistère",
                                  "Finistère [29]", "29", "Finistère"])
def test_a_code_and_its_name_read_as_the_departement(cell):
    assert read_departement_cell(cell) == ("29", None)


def test_two_departements_in_one_cell_are_no_departement():
    assert read_departement_cell("29 - Morbihan") == (None, ("29", "Morbihan", "56"))
    assert read_departement_cell("Morbihan (29)") == (None, ("29", "Morbihan", "56"))
    assert read_departement_cell("Bretagne") == (None, None)


def _write(path, rows):
    path.write_text("Code;Nom;Département;Facebook;Date\n"
                    + "".join(f"{r};Oui;15/10/2025\n" for r in rows), encoding="utf-8")
    return path


def test_a_commune_outside_the_departement_of_a_code_and_name_cell_is_an_error(tmp_path):
    path = _write(tmp_path / "depcell.csv", ["29019;Brest;29 - Finistère",
                                             "35238;Rennes;22 - Côtes-d'Armor",
                                             "22278;Saint-Brieuc;Côtes-d'Armor (22)"])
    same_reading(normal_reader, fast_reader, path)
    said = [(p.code, p.row, p.column, p.value) for p in bm.validate(path)]
    assert said == [("entity-not-in-departement", 3, "Code", "35238")]
    out = CliRunner().invoke(app, ["validate", str(path)])
    assert out.exit_code == 1
    assert out.stdout == ("depcell.csv, ligne 3, colonne « Code » : erreur : « 35238 » n'est "
                          "pas dans le département 22 : Rennes (35238, Ille-et-Vilaine, 35)\n")


def test_a_cell_naming_two_departements_or_none_is_said(tmp_path):
    path = _write(tmp_path / "deps.csv", ["29019;Brest;29 - Morbihan",
                                          "35238;Rennes;Bretagne",
                                          "56260;Vannes;Morbihan",
                                          "22278;Saint-Brieuc;x"])
    same_reading(normal_reader, fast_reader, path)
    problems = bm.validate(path)
    said = [(p.code, p.row, p.column, p.value, p.severity) for p in problems]
    assert said == [("departement-cell-unread", None, "Département", "Bretagne", "warning"),
                    ("departement-cell-mismatch", 2, "Département", "29 - Morbihan", "error")]
    assert list(problems[0].rows) == [3, 5] and problems[0].count == 2
    lines = CliRunner().invoke(app, ["validate", str(path)]).stdout.splitlines()
    assert lines == [
        "deps.csv, colonne « Département » : avertissement : 2 cellules ne désignant aucun "
        "département (la première « Bretagne ») : non lues, l'entité de la ligne n'est pas "
        "vérifiée par son département (lignes 3, 5)",
        "deps.csv, ligne 2, colonne « Département » : erreur : « 29 - Morbihan » deux "
        "départements dans la cellule : le code 29 désigne Finistère, mais le nom « Morbihan » "
        "désigne Morbihan (56) : corrigez le code ou le nom (ligne non lue)"]
    en = CliRunner().invoke(app, ["--lang", "en", "validate", str(path)]).stdout.splitlines()
    assert en[1] == ("deps.csv, line 2, column “Département”: error: “29 - Morbihan” two "
                     "départements in the cell: code 29 is Finistère, but the name “Morbihan” "
                     "is Morbihan (56): fix the code or the name (row not read)")
    df = bm.read_survey(path, errors="skip")
    assert sorted(df["code"].unique()) == ["22278", "35238", "56260"]  # Brest left out


@pytest.mark.parametrize("fast", [False, True], ids=["small-file reader", "columnar reader"])
def test_one_cell_naming_no_departement_is_said_without_the_first(tmp_path, monkeypatch, fast):
    """Session 31, brief H, finding 2: one cell was said « 1 cellule … (la première
    « Bretagne ») »; one cell has no « first », in French as in English."""
    from barometre.survey import fastcsv

    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = _write(tmp_path / "deps.csv", ["29019;Brest;Finistère",
                                          "35238;Rennes;Bretagne",
                                          "56260;Vannes;Morbihan"])
    problems = bm.validate(path)
    assert [(p.code, p.column, p.value, p.count, list(p.rows)) for p in problems] == [
        ("departement-cell-unread", "Département", "Bretagne", 1, [3])]
    fr = CliRunner().invoke(app, ["validate", str(path)]).stdout.splitlines()
    assert fr == ["deps.csv, colonne « Département » : avertissement : 1 cellule ne désignant "
                  "aucun département (« Bretagne ») : non lue, l'entité de la ligne n'est pas "
                  "vérifiée par son département (ligne 3)"]
    en = CliRunner().invoke(app, ["validate", str(path), "--lang", "en"]).stdout.splitlines()
    assert en == ["deps.csv, column “Département”: warning: 1 cell naming no département "
                  "(“Bretagne”): not read, the row's entity is not checked against its "
                  "département (line 3)"]
