"""trend and changes on a file whose date column is blank on every row (the reviewer's
d2_blank.csv, year18): the error said « ajoutez une colonne « Date du relevé » » though the
column is there. It now says to fill it, and never offers --date (neither command has it:
« option inconnue »); a file without any date column is still told to add one."""

from __future__ import annotations

import pytest

ROWS = "01;Ain;Oui;1200;\n02;Aisne;Non;;\n03;Allier;Oui;900;\n"


@pytest.mark.parametrize("command", ["trend", "changes"])
def test_blank_date_column_says_fill_it(cli, tmp_path, command):
    f = tmp_path / "vide.csv"
    f.write_text("Code;Département;Facebook;Abonnés Facebook;Date du relevé\n" + ROWS,
                 encoding="utf-8")
    res = cli(command, "--data", f, "-t", "departement", "-p", "facebook")
    assert res.exit_code == 1
    assert "vide.csv : colonne de date du relevé (ou d'année) vide sur chaque ligne" in res.output
    assert "remplissez-la" in res.output
    assert "ajoutez une colonne" not in res.output and "--date" not in res.output
    en = cli(command, "--data", f, "-t", "departement", "-p", "facebook", "--lang", "en")
    assert "fill it in" in en.output and "--date" not in en.output
    assert "Traceback" not in res.output


def test_no_date_column_still_says_add_one(cli, tmp_path):
    f = tmp_path / "sans.csv"
    f.write_text("Code;Département;Facebook;Abonnés Facebook\n"
                 + ROWS.replace(";\n", "\n"), encoding="utf-8")
    res = cli("trend", "--data", f, "-t", "departement", "-p", "facebook")
    assert res.exit_code == 1
    assert "ajoutez une colonne « Date du relevé » (ou « Année »)" in res.output
