"""The workbook reader finds a sheet's row among the rows read in one way
(:func:`~barometre.survey.workbook.row_index`): the numbers put back (a negative date serial,
one past Excel's dates), the formulas without a value (a row of formulas only put in its
place) and the hidden rows said, as before (ref24), on both cell readers."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

import barometre as bm
from barometre.survey import xlsx_fast
from barometre.survey.workbook import row_index


def test_row_index_is_the_position_and_whether_the_row_was_read():
    numbers = [3, 4, 7, 20]
    assert [row_index(numbers, r) for r in (1, 3, 5, 7, 20, 21)] == [
        (0, False), (0, True), (2, False), (2, True), (3, True), (4, False)]
    assert row_index([], 5) == (0, False)


@pytest.mark.parametrize("calamine", [True, False], ids=["calamine", "openpyxl"])
def test_serials_formulas_and_hidden_rows_found_in_their_rows(tmp_path, monkeypatch,
                                                              calamine):
    if not calamine:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a, **k: None)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Baromètre des régions"])  # a title, a blank row: rows read are not 1, 2…
    ws.append([])
    ws.append(["Région", "Facebook", "Abonnés Facebook", "Date du relevé"])
    for row in (["Bretagne", "Oui", 1200, -5], ["Normandie", "Oui", 300, 45945],
                ["Corse", "Non", None, dt.datetime(2025, 10, 15)],
                ["Occitanie", "Oui", 10, 3_000_000],  # past 31/12/9999: openpyxl #VALUE!
                ["Grand Est", "Oui", "=C5*2", 45945]):
        ws.append(row)
    ws["C12"] = "=C5"  # a row of formulas only, below a blank row
    ws["A14"], ws["B14"], ws["D14"] = "Bourgogne-Franche-Comté", "Oui", -7
    for (cell,) in ws.iter_rows(min_row=4, max_row=14, min_col=4, max_col=4):
        cell.number_format = "dd/mm/yyyy"
    ws.row_dimensions[5].hidden = True
    ws.row_dimensions[12].hidden = True
    path = tmp_path / "regions.xlsx"
    wb.save(path)
    said = [(p.row, p.column, p.value, p.code) for p in bm.validate(path)]
    assert said == [
        (None, None, None, "hidden-rows"),
        (4, "Date du relevé", "-5", "date-invalid"),
        (7, "Date du relevé", "3000000", "date-invalid"),
        (8, "Abonnés Facebook", None, "formula-without-value"),
        (12, "Région", "", "entity-missing"),
        (12, "Abonnés Facebook", None, "formula-without-value"),
        (14, "Date du relevé", "-7", "date-invalid")]
    [hidden] = [p for p in bm.validate(path) if p.code == "hidden-rows"]
    assert hidden.rows.tolist() == [5, 12]
