"""XLSX cells read by calamine (#19.3) are the cells openpyxl reads: same rows, numbers, values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import barometre as bm
from barometre.survey import workbook, xlsx_fast

from .conftest import FILES, ROOT
from .test_fast_path import same_reading

WORKBOOKS = sorted(p for p in FILES.rglob("*.xlsx") if "bad" not in p.parts) + sorted(
    (ROOT / "data" / "demo").glob("*.xlsx"))


def _both(path: Path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        fast = xlsx_fast.read_rows(path, ws)
        try:
            slow = workbook.stream_rows(ws)
        except bm.BarometreError as exc:
            slow = exc.code
        return fast, slow
    finally:
        wb.close()


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_same_cells_as_openpyxl(path):
    fast, slow = _both(path)
    if fast is None:  # left to openpyxl: only the sheets calamine must not allocate
        assert path.name in ("far-cell.xlsx", "far-filled-cell.xlsx")
        return
    assert fast == slow
    assert [[type(v) for v in r] for r in fast[0]] == [[type(v) for v in r] for r in slow[0]]


def test_a_far_cell_is_left_to_openpyxl():
    """calamine would build a dense grid up to the far cell and abort the process."""
    path = FILES / "hostile" / "far-cell.xlsx"
    wb = openpyxl.load_workbook(path, read_only=True)
    assert xlsx_fast.read_rows(path, wb.worksheets[0]) is None
    rows, cols = xlsx_fast.grid_extent(path, wb.worksheets[0]._worksheet_path)
    assert rows * cols > xlsx_fast.MAX_GRID
    wb.close()


CELL = st.one_of(st.none(), st.integers(-10, 2_000_000), st.sampled_from([0.5, 12.25, 1e-3]),
                 st.sampled_from(["Oui", "Non", "", " ", "12 345", "x", "=1+1", "@compte",
                                  "Non renseigné", "NR", "nc", "N/A", "?",
                                  # links (#urls16): another platform's, no platform's, shared
                                  "https://www.instagram.com/cc", "https://facebook.com/cc",
                                  "www.ville.fr"]),
                 st.booleans(), st.dates(dt.date(2004, 1, 1), dt.date(2026, 1, 1)),
                 st.datetimes(dt.datetime(2004, 1, 1), dt.datetime(2026, 1, 1)).map(
                     lambda d: d.replace(microsecond=0)))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(title=st.booleans(), cells=st.lists(st.lists(CELL, min_size=1, max_size=6), min_size=1,
                                           max_size=8))
def test_generated_workbooks_read_alike(tmp_path, title, cells):
    path = tmp_path / "enquete.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append(["Enquête 2025"])
        ws.append([])
    ws.append(["Code département", "Facebook", "Abonnés Facebook", "Date du relevé"])
    for r, row in enumerate(cells):
        ws.append([["01", "44", "2A", "975"][r % 4]] + row)  # "=1+1": a formula, no value
    wb.save(path)
    fast, slow = _both(path)
    assert fast == slow
    assert [[type(v) for v in r] for r in fast[0]] == [[type(v) for v in r] for r in slow[0]]

    def read(calamine: bool):
        def run(p):
            old = xlsx_fast.read_rows
            if not calamine:
                xlsx_fast.read_rows = lambda *a: None
            try:
                df = bm.read_survey(p, errors="skip")
            finally:
                xlsx_fast.read_rows = old
            return df, df.attrs["problems"]
        return run

    same_reading(read(False), read(True), path)
