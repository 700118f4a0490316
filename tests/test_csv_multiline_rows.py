"""A quoted cell over several text lines (a comment typed with Alt+Enter in Excel) is one
row of the table: the rows named after it are those a volunteer sees in Excel or
LibreOffice, and validate says why they differ from a text editor's (review 18b)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

import barometre as bm

CSV = ("Code INSEE;Commune;Facebook;Abonnés Facebook;Commentaire\n"
       "44109;Nantes;Oui;12 000;\n"
       '75056;Paris;Oui;30 000;"vérifié par\nAnne\net Paul"\n'
       "33063;Bordeaux;Oui;douze;\n"
       "69123;Lyon;Non;;\n")


def _problems(path):
    return bm.read_survey(path, type="commune", errors="skip").attrs["problems"]


def test_rows_after_a_multiline_cell_are_the_spreadsheets(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text(CSV, encoding="utf-8")
    problems = _problems(f)
    bad = [p for p in problems if p["severity"] == "error"]
    # Bordeaux is the table's 4th row (text line 6): what Excel shows
    assert [(p["row"], p["column"]) for p in bad] == [(4, "Abonnés Facebook")]
    said = [p for p in problems if p.code == "csv-multiline-cells"]
    assert len(said) == 1 and said[0]["row"] == 3 and said[0]["severity"] == "warning"
    assert "lignes 3 à 5 du fichier texte" in said[0]["message"]
    df = bm.read_survey(f, type="commune", errors="skip")
    assert df.loc[df["code"] == "69123", "source_row"].tolist() == [5]


def test_a_file_without_multiline_cells_says_nothing(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text(CSV.replace('"vérifié par\nAnne\net Paul"', "vérifié"), encoding="utf-8")
    problems = _problems(f)
    assert not [p for p in problems if p.code == "csv-multiline-cells"]
    assert [p["row"] for p in problems if p["severity"] == "error"] == [4]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_the_row_is_the_one_libreoffice_shows(tmp_path):
    import openpyxl

    f = tmp_path / "c.csv"
    f.write_text(CSV, encoding="utf-8")
    # its own profile: another LibreOffice running (a test in another worker) shares none
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--infilter=CSV:59,34,76,1", "--convert-to",
                    "xlsx", "--outdir", str(tmp_path), str(f)], check=True,
                   capture_output=True, timeout=180)
    ws = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    row = next(p["row"] for p in _problems(f) if p["severity"] == "error")
    assert ws.cell(row=row, column=2).value == "Bordeaux"
