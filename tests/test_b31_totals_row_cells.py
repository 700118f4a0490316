"""A totals row is said once, as a totals row (session 31, brief B, finding 5).

« 13;Total;peut-être;abc;15/10/2099 »: the code is some entity's (a count, a row number),
the name says a totals row (``code-name-totals``, an error); its cells were checked as an
entity's all the same, and said (an answer not understood, a count not a number, a date
in the future): three more errors about a row that is no entity's. The row is now left
out as soon as it is known for a totals row, on both readers, as a row « Total » without
a code already was (``totals-row``), and neither is counted.
"""

from __future__ import annotations

from typer.testing import CliRunner

import barometre as bm
from barometre.cli.app import app

from .test_fast_path import fast_reader, normal_reader, same_reading

HEADER = "Code;Nom;Facebook;Abonnés Facebook;Date\n"
ROWS = ("29;Finistère;Oui;1 200;15/10/2025\n"
        "35;Ille-et-Vilaine;Non;;15/10/2025\n")


def test_a_totals_row_beside_a_code_gets_the_totals_error_only(tmp_path):
    path = tmp_path / "totaux.csv"
    path.write_text(HEADER + ROWS + "13;Total;peut-être;abc;15/10/2099\n"
                    "13;Total;;46 200 000;\n", encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    said = [(p.code, p.row, p.column) for p in bm.validate(path, type="departement")]
    assert said == [("code-name-totals", 4, "Nom"), ("code-name-totals", 5, "Nom")]
    out = CliRunner().invoke(app, ["validate", str(path), "--type", "departement"])
    assert out.exit_code == 1
    # the same error on both rows: one line listing them (session 35), two problems
    assert [line.split(" : erreur : ")[0] for line in out.stdout.splitlines()] == [
        "totaux.csv, lignes 4, 5, colonne « Nom »"]
    assert "totaux.csv : 2 erreurs, 0 avertissement" in out.stderr
    df = bm.read_survey(path, type="departement", errors="skip")
    assert sorted(df["code"]) == ["29", "35"]  # Bouches-du-Rhône (13) not counted
    assert df["followers"].sum() == 1200


def test_a_totals_row_without_a_code_gets_the_totals_warning_only(tmp_path):
    path = tmp_path / "totaux.csv"
    path.write_text(HEADER + ROWS + ";Total;peut-être;abc;15/10/2099\n", encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    said = [(p.code, p.row, p.column) for p in bm.validate(path, type="departement")]
    assert said == [("totals-row", 4, "Nom")]
    df = bm.read_survey(path, type="departement")
    assert sorted(df["code"]) == ["29", "35"]
