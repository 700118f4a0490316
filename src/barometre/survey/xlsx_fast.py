"""The cells of an .xlsx sheet read by python-calamine (Rust), as openpyxl reads them (#19.3).

openpyxl builds a Python object per cell: a filled commune template (34,875 rows)
takes ~20 s to stream; calamine reads it in ~2 s (``benchmarks/xlsx_input.py``).
Everything else stays with :mod:`.workbook` (openpyxl's workbook: the visible and
active sheet, merged ranges, formulas without a value, the archive bounds).

calamine builds a dense grid from the first to the last filled cell: a single
stray cell at XFD1048576 would make it allocate hundreds of gigabytes and abort
the process. So the sheet's XML is scanned first (bytes, ~0.4 s for 40 MB): the
last row and column of every cell reference bound the grid, and any sheet whose
grid would pass :data:`MAX_GRID` cells, whose cells lack a reference, or that
exceeds the workbook limits is left to openpyxl's bounded streaming (``None``).

Values are converted to what openpyxl gives: whole numbers as ``int`` (Excel
stores "1200", openpyxl reads an int; calamine a float), dates as ``datetime``,
empty cells as ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

from . import workbook

MAX_GRID = 10_000_000  # cells of the dense grid calamine would build (~240 MB at most)

_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_CELL_REF = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"")


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def grid_extent(path: Path, part: str) -> tuple[int, int] | None:
    """Last row and last column of the cells of a sheet part; None if some cell has no reference."""
    with zipfile.ZipFile(path) as zf:
        data = zf.read(part.lstrip("/"))
    refs = _CELL_REF.findall(data)
    if len(refs) != len(_CELL.findall(data)):
        return None
    if not refs:
        return 0, 0
    rows = max(int(r) for _, r in refs)
    cols = max(_col_index(c) for c in {c for c, _ in refs})
    return rows, cols


def _value(v: Any) -> Any:
    if isinstance(v, float):
        return int(v) if v.is_integer() and abs(v) < 2 ** 53 else v
    if isinstance(v, str):
        return None if v == "" else v
    if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
        return dt.datetime(v.year, v.month, v.day)
    return v


def read_rows(path: Path, ws, scan: workbook.SheetScan | None = None
              ) -> tuple[list[list[Any]], list[int]] | None:
    """Filled rows of the openpyxl sheet ``ws`` and their numbers, like ``workbook.stream_rows``.

    None when calamine is not installed or the sheet is left to openpyxl (see above).
    An error cell (« #N/A », « #REF! »…) is read as its text, as openpyxl reads it:
    calamine gives it as an empty string, so it is put back from the sheet's XML
    (``scan``, :func:`.workbook.scan_sheet`; made here when not given).
    """
    part = getattr(ws, "_worksheet_path", None)  # openpyxl keeps the part name here
    if not part:
        return None
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a dependency
        return None
    try:
        extent = grid_extent(path, part)
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    if extent is None:
        return None
    n_rows, n_cols = extent
    # beyond any limit of the workbook reader, openpyxl streams and says which one
    if (n_rows * n_cols > MAX_GRID or n_rows * (n_cols + 1) > workbook.MAX_CELLS
            or n_rows > workbook.MAX_ROWS or n_cols > workbook.MAX_COLUMNS):
        return None
    try:
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(ws.title)
        data = sheet.to_python(skip_empty_area=False)
    except Exception:  # noqa: BLE001 - calamine's own errors: openpyxl decides and says why
        return None
    if scan is None:
        scan = workbook.scan_sheet(path, ws)
    for (r, c), text in scan.errors.items():  # calamine reads them as "": blank cells
        if r > len(data):
            continue  # beyond the grid: not a cell calamine read (cannot happen)
        row = data[r - 1]
        if len(row) < c:
            row.extend([""] * (c - len(row)))
        if row[c - 1] == "" or row[c - 1] is None:
            row[c - 1] = text
    rows: list[list[Any]] = []
    numbers: list[int] = []
    for i, row in enumerate(data, start=1):
        end = len(row)
        while end and (row[end - 1] == "" or row[end - 1] is None
                       or (isinstance(row[end - 1], str) and not row[end - 1].strip())):
            end -= 1
        if end:
            rows.append([_value(v) for v in row[:end]])
            numbers.append(i)
    return rows, numbers
