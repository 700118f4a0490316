"""Hostile inputs said right (review #27): an overlong cell quoted short, an OLE file (an
.xls, or a workbook protected by a password) named as such, whole counts written with two
marks read, a decimal cell quoted as the spreadsheet shows it, --sheet on a CSV refused."""

from __future__ import annotations

import json

import openpyxl
import pytest

import barometre as bm
from barometre.domain.errors import UsageError

from .test_fast_path import fast_reader, normal_reader, same_reading

HEADER = ["Code", "Département", "Facebook", "Abonnés Facebook", "Date du relevé"]


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Relevé"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _csv(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_overlong_cell_is_quoted_in_a_few_dozen_characters(tmp_path, cli):
    """A presence cell of 35,000 characters and a count of 5,000 digits made two « one-line »
    errors of 38 KB; the JSON report held the cells whole."""
    path = _xlsx(tmp_path / "long.xlsx", [
        ["01", "Ain", "Oui " + "blabla " * 5000, 12, "15/10/2025"],
        ["02", "Aisne", "Oui", "1" * 5000, "15/10/2025"]])
    res = cli("validate", path)
    lines = sorted((res.stdout + res.stderr).splitlines())
    # the counts, two errors and (s35) the type validate guessed, « type deviné : … », last
    assert len(lines) == 4 and all(len(line) < 250 for line in lines), lines
    assert lines[3].startswith("type deviné : départements")
    assert "« Oui blabla blabla blabla blabla blabla b… (32\u202f767 caractères) »" in lines[1]
    assert "« 1111111111111111111111111111111111111111… (5\u202f000 caractères) »" in lines[2]
    en = cli("--lang", "en", "validate", path)
    said = en.stdout + en.stderr
    assert "(5,000 characters)”" in said and max(map(len, said.splitlines())) < 250
    # the report's value: the cell's first 1,000 characters, an ellipsis
    rows = json.loads(cli("validate", path, "--format", "json").stdout)
    assert [len(r["value"]) for r in rows] == [1001, 1001]
    assert rows[1]["value"] == "1" * 1000 + "…"
    assert all(len(r["message"]) < 200 for r in rows)


def test_an_overlong_name_is_said_short(tmp_path):
    path = _xlsx(tmp_path / "name.xlsx", [["01", "Ain" + "x" * 40_000, "Oui", 12,
                                           "15/10/2025"]])
    [w] = bm.validate(path)
    assert w.code == "code-name-unknown" and len(w.located().render("fr")) < 400


@pytest.mark.parametrize("name", ["enquete.xlsx", "enquete.xls", "enquete.csv"])
def test_an_ole_file_is_an_xls_or_a_protected_workbook_whatever_its_name(tmp_path, cli,
                                                                          name):
    """An .xls renamed .xlsx, or an .xlsx protected by a password (an OLE envelope), was
    « pas un classeur .xlsx valide (… CSV renommé ?) »."""
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000)
    [p] = bm.validate(path)
    assert p.code == "xls-or-encrypted"
    assert p.message == ("ancien format .xls, ou classeur protégé par un mot de passe : "
                         "enregistrez-le en .xlsx sans mot de passe")
    res = cli("--lang", "en", "compare", "--data", path, "--type", "departement")
    assert res.exit_code == 1
    assert res.stderr == (f"barometre: {name}: the old .xls format, or a workbook protected "
                          "by a password: save it as .xlsx without a password\n")


def test_whole_counts_with_thousands_dots_and_decimal_zeros_are_read(tmp_path):
    """« 150.000,00 » and « 1.500,0 » were « pas un nombre entier » though whole, when
    « 150 000,00 » in the same column was read; both readers agree."""
    path = _csv(tmp_path / "decmix.csv", [
        ";".join(HEADER),
        "01;Ain;Oui;150 000,00;15/10/2025",
        "02;Aisne;Oui;150.000,00;15/10/2025",
        "03;Allier;Oui;1.500,0;15/10/2025",
        "44;Loire-Atlantique;Oui;1,234,567.00;15/10/2025",
        "06;Alpes-Maritimes;Oui;150.000,50;15/10/2025"])
    problems = bm.validate(path)
    assert [(p.code, p.row) for p in problems] == [("count-not-integer", 6)]
    df = bm.read_survey(path, errors="skip")
    assert df.set_index("name")["followers"].dropna().astype(int).to_dict() == {
        "Ain": 150000, "Aisne": 150000, "Allier": 1500, "Loire-Atlantique": 1234567}
    same_reading(normal_reader, fast_reader, path)


def test_a_decimal_count_is_quoted_as_the_spreadsheet_shows_it(tmp_path, cli):
    """A workbook's 12345.6 was quoted « 12345.6 » in French (Excel shows 12345,6)."""
    path = _xlsx(tmp_path / "float.xlsx", [["01", "Ain", "Oui", 12345.6, "15/10/2025"]])
    fr = cli("validate", path).output
    assert "« 12345,6 » pas un nombre entier" in fr
    assert "“12345.6” not a whole number" in cli("--lang", "en", "validate", path).output
    [p] = bm.validate(path)
    assert p.value == "12345.6"  # the report's value: Python's number


@pytest.mark.parametrize("command", [
    ["validate", "{f}"], ["compare", "--data", "{f}", "--type", "departement"],
    ["rank", "-p", "facebook", "-d", "{f}"]])
def test_sheet_on_a_csv_is_a_usage_error(tmp_path, cli, command):
    """--sheet Foo on a CSV exited 0, the option silently ignored."""
    path = _csv(tmp_path / "base.csv", [";".join(HEADER), "01;Ain;Oui;12;15/10/2025"])
    res = cli(*[str(path) if a == "{f}" else a for a in command], "--sheet", "Foo")
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr == ("barometre : --sheet « Foo » pour base.csv, qui n'a pas de "
                          "feuilles (fichier .csv) : seul un classeur .xlsx ou .xlsm en a\n")


def test_sheet_on_a_csv_is_refused_in_python(tmp_path):
    path = _csv(tmp_path / "base.csv", [";".join(HEADER), "01;Ain;Oui;12;15/10/2025"])
    for call in (bm.read_survey, bm.validate):
        with pytest.raises(UsageError) as exc:
            call(path, sheet="Foo")
        assert exc.value.code == "sheet-not-workbook"
        assert exc.value.render("en").startswith("sheet=“Foo” for base.csv, which has no")


def test_sheet_names_the_workbooks_sheet_among_waves_with_a_csv(tmp_path):
    """--sheet with a CSV and a workbook: the workbook's sheet, the CSV read as it is; with
    CSV files only, refused (nothing to name)."""
    csv_path = tmp_path / "v2024.csv"
    csv_path.write_text("Code département;Facebook;Date\n01;Oui;15/10/2024\n02;Non;15/10/2024\n",
                        encoding="utf-8")
    book = tmp_path / "v2025.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["Lisez-moi"])
    ws = wb.create_sheet("Vague")
    for row in (["Code département", "Facebook", "Date"], ["01", "Oui", "15/10/2025"],
                ["02", "Oui", "15/10/2025"]):
        ws.append(row)
    wb.save(book)
    w = bm.read_waves([csv_path, book], sheet="Vague")
    assert sorted(w["wave_label"].unique()) == sorted(w.attrs["waves"])
    assert len(w.attrs["waves"]) == 2
    other = tmp_path / "v2023.csv"
    other.write_text(csv_path.read_text(encoding="utf-8").replace("2024", "2023"),
                     encoding="utf-8")
    with pytest.raises(UsageError) as info:
        bm.read_waves([other, csv_path], sheet="Vague")
    assert info.value.code == "sheet-not-workbook"
