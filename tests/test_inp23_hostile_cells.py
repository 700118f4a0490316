"""Hostile cells read silently (task inp23).

- A workbook's date cell of a negative number (no day: Excel shows « ##### ») was read by
  openpyxl as a day of 1899 (« 25/12/1899 », date-out-of-range) and by calamine as a time
  of day (« 00:00:00 »): the user never typed either, and the two cell readers disagreed.
  Both now quote the number, an error of its cell (``date-invalid``) saying it is no day;
  a date cell of 0 (Excel: 00/01/1900) is a time without a day, said so.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

import barometre as bm
from barometre.survey import xlsx_fast


@pytest.fixture(params=[True, False], ids=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """Both cell readers of a workbook: calamine (the fast one), then openpyxl alone."""
    if not request.param:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a, **k: None)
    return request.param


HEADER = ["Région", "Facebook", "Abonnés Facebook", "Date du relevé"]
NEGATIVE_ROWS = [["Bretagne", "Oui", 1200, -5], ["Normandie", "Oui", 300, 0],
                 ["Corse", "Non", None, dt.datetime(2025, 10, 15)],
                 ["Occitanie", "Oui", 100, -1.5], ["Grand Est", "Oui", 100, 45945]]


def _workbook(path, rows, date_format=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    if date_format:
        for (cell,) in ws.iter_rows(min_row=2, min_col=4, max_col=4):
            cell.number_format = "dd/mm/yyyy"
    wb.save(path)
    return path


def _located(problems):
    return [(p.row, p.column, p.value, p.severity, p.code) for p in problems]


def test_a_negative_date_serial_is_its_number_on_both_readers(tmp_path, reader):
    path = _workbook(tmp_path / "negatif.xlsx", NEGATIVE_ROWS)
    problems = bm.validate(path)
    assert _located(problems) == [
        (2, "Date du relevé", "-5", "error", "date-invalid"),
        (3, "Date du relevé", "00:00:00", "error", "date-invalid"),
        (5, "Date du relevé", "-1.5", "error", "date-invalid")]
    assert all("1899" not in p.message and "1899" not in (p.value or "") for p in problems)
    said = {p.row: p for p in problems}
    assert "« ##### »" in said[2].message and "nombre négatif" in said[2].message
    assert "00/01/1900" in said[3].message and "sans jour" in said[3].message
    assert "'#####'" in said[2].in_lang("en").message
    # the cell is an error: with errors="skip" its reading is left out, never a 1899 date
    df = bm.read_survey(path, errors="skip")
    assert set(df["name"]) == {"Corse", "Grand Est"}
    assert df["date"].min() >= dt.datetime(2025, 1, 1)


def test_negative_numbers_elsewhere_stay_as_read(tmp_path, reader):
    """A negative count (a number cell, not a date) stays the number its column reads:
    ``count-negative``, as before; the date column's General-format negative number is
    the same error as a date-formatted one."""
    rows = [["Bretagne", "Oui", -12, -5], ["Normandie", "Oui", 300, "15/10/2025"]]
    path = _workbook(tmp_path / "general.xlsx", rows, date_format=False)
    assert _located(bm.validate(path)) == [
        (2, "Abonnés Facebook", "-12", "error", "count-negative"),
        (2, "Date du relevé", "-5", "error", "date-invalid")]


def test_a_negative_number_of_a_csv_date_column_is_an_error(tmp_path):
    """In a CSV a number is text: never an Excel serial, whatever its sign."""
    path = tmp_path / "negatif.csv"
    path.write_text("Région;Facebook;Abonnés Facebook;Date du relevé\n"
                    "Bretagne;oui;1200;-5\nNormandie;oui;300;0\nCorse;non;;15/10/2025\n"
                    "Occitanie;oui;100;-1,5\nGrand Est;oui;100;45945\n", encoding="utf-8")
    assert _located(bm.validate(path)) == [
        (2, "Date du relevé", "-5", "error", "date-invalid"),
        (3, "Date du relevé", "0", "error", "date-invalid"),
        (5, "Date du relevé", "-1,5", "error", "date-invalid"),
        (6, "Date du relevé", "45945", "error", "date-invalid")]
