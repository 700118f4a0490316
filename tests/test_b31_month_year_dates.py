"""A month and a year in a date column get the « date sans jour » message (session 31,
brief B, finding 3).

« oct. 2025 » was said « date sans jour : attendu une date complète… », but « oct-25 »
(Excel's « mmm-aa » format written out) and « oct 25 » got the vaguer « attendu une date
comme 15/10/2025 »: a two-digit year after a month word is now read as a month without
its day too, on both readers; « 10/2025 » and « 2025-10 » already were.
"""

from __future__ import annotations

from typer.testing import CliRunner

from barometre.cli.app import app

from .test_fast_path import fast_reader, normal_reader, same_reading

CELLS = ["oct-25", "oct 25", "oct.-25", "Octobre 25", "10/2025", "2025-10", "oct. 2025"]
WITHOUT_DAY = ("date sans jour : attendu une date complète comme 15/10/2025, le jour du "
               "relevé, ou une cellule vide et ce jour donné par --date (l'année seule va "
               "dans une colonne « Année »)")


def test_a_month_and_year_is_said_a_date_without_its_day(tmp_path):
    path = tmp_path / "octdate.csv"
    codes = ["22", "29", "35", "56", "44", "49", "53", "72"]
    path.write_text("Code;Facebook;Date\n" + "".join(
        f"{c};Oui;{d}\n" for c, d in zip(codes, CELLS + ["jui-25"])), encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    out = CliRunner().invoke(app, ["validate", str(path), "--type", "departement"])
    assert out.exit_code == 1
    lines = out.stdout.splitlines()
    assert lines[:-1] == [f"octdate.csv, ligne {i}, colonne « Date » : erreur : « {cell} » "
                          + WITHOUT_DAY for i, cell in enumerate(CELLS, 2)]
    # « jui » names juin or juillet: no month, the general message
    assert lines[-1] == ("octdate.csv, ligne 9, colonne « Date » : erreur : « jui-25 » attendu "
                         "une date comme 15/10/2025")
    assert "octdate.csv : 8 erreurs, 0 avertissement" in out.stderr
