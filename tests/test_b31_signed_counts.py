"""A sign before a follower count (session 31, brief B, finding 1).

« +1200 » in a follower column was read 1 200 without a word, « + 1 200 » too, and
« +1,2 k », « +12.000 » were read with the note of their other doubt only, while « -1200 »
was an error: a sign before a count most likely gives a growth over a period (« +1 200
abonnés cette année »), not the number of followers. Every signed count is now an error
naming its row, column and cell, on both readers (the small-file one and the columnar one
of large CSVs).
"""

from __future__ import annotations

import pytest

from typer.testing import CliRunner

import barometre as bm
from barometre.cli.app import app
from barometre.survey.values import CellError, read_count

from .test_fast_path import fast_reader, normal_reader, same_reading

ROWS = [("29", "+1200"), ("35", "-1200"), ("22", "+ 1 200"), ("56", "+1,2 k"),
        ("44", "\u22121\u202f200"), ("49", "+12.000"), ("53", "+1 200 abonnés"),
        ("72", "1 200")]


def _file(tmp_path):
    path = tmp_path / "signed.csv"
    path.write_text("Code;Facebook;Abonnés Facebook;Date\n"
                    + "".join(f"{code};Oui;{cell};15/10/2025\n" for code, cell in ROWS),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("cell", ["+1200", "+ 1 200", "+1,2 k", "+12.000", " +1200",
                                  "+1 200 abonnés", "\uff0b1200"])
def test_a_plus_sign_before_a_count_is_an_error(cell):
    with pytest.raises(CellError) as exc:
        read_count(cell)
    assert exc.value.code == "count-signed"


def test_a_signed_count_is_said_on_its_row_on_both_readers(tmp_path):
    path = _file(tmp_path)
    same_reading(normal_reader, fast_reader, path)
    problems = bm.validate(path, type="departement")
    said = [(p.row, p.column, p.value, p.code, p.severity) for p in problems]
    assert said == [
        (2, "Abonnés Facebook", "+1200", "count-signed", "error"),
        (3, "Abonnés Facebook", "-1200", "count-negative", "error"),
        (4, "Abonnés Facebook", "+ 1 200", "count-signed", "error"),
        (5, "Abonnés Facebook", "+1,2 k", "count-signed", "error"),
        (6, "Abonnés Facebook", "\u22121\u202f200", "count-negative", "error"),
        (7, "Abonnés Facebook", "+12.000", "count-signed", "error"),
        (8, "Abonnés Facebook", "+1 200 abonnés", "count-signed", "error"),
    ]
    out = CliRunner().invoke(app, ["validate", str(path), "--type", "departement"])
    lines = out.stdout.splitlines()
    assert out.exit_code == 1 and len(lines) == 7
    assert lines[0] == ("signed.csv, ligne 2, colonne « Abonnés Facebook » : erreur : « +1200 » "
                        "un signe + devant le nombre (une évolution, « +1\u202f200 abonnés "
                        "cette année » ?) : attendu le nombre d'abonnés, sans signe")
    assert lines[1].endswith("« -1200 » nombre d'abonnés négatif (une évolution, « −200 "
                             "abonnés cette année » ?) : attendu le nombre d'abonnés, sans signe")
    assert "signed.csv : 7 erreurs, 0 avertissement" in out.stderr
    df = bm.read_survey(path, type="departement", errors="skip")
    assert df["followers"].dropna().tolist() == [1200]  # the unsigned one only
