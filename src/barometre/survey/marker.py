"""The "données fictives" marker of demo files, read from inside the file, never from its path.

``scripts/make_demo_data.py`` writes "DONNÉES FICTIVES — …" as the first line of every
demo file (first cell of an xlsx's first row, first line of a CSV). A real survey kept
in a folder named ``fictive-dir/`` is therefore not labelled fictitious, and a demo
file renamed ``enquete.xlsx`` still is.

Examples
--------
>>> import barometre as bm
>>> is_fictitious(bm.demo_file("enquete")), is_fictitious(bm.demo_file("releves"))
(True, True)
"""

from __future__ import annotations

import os
import unicodedata
import zipfile

__all__ = ["is_fictitious", "is_marked", "MARKER", "PARQUET_KEY"]

#: The words that open the first line of a demo file (compared without case or accents).
MARKER = "donnees fictives"


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def _first_xlsx_cell(path: str | os.PathLike) -> str:
    import warnings

    from openpyxl import load_workbook

    with warnings.catch_warnings():  # what openpyxl drops of the workbook: not printed
        warnings.simplefilter("ignore")
        return _first_cell(load_workbook(path, read_only=True, data_only=True))


def _first_cell(wb) -> str:
    try:
        ws = wb.active or wb.worksheets[0]
        for row in ws.iter_rows(min_row=1, max_row=1, max_col=1, values_only=True):
            return "" if row[0] is None else str(row[0])
        return ""
    finally:
        wb.close()


def _first_line(path: str | os.PathLike) -> str:
    with open(path, "rb") as fh:
        raw = fh.read(512).split(b"\n", 1)[0]
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return ""


#: The key of a Parquet file's metadata that carries the marker line (a Parquet file has
#: no first line: ``benchmarks/make_data.py`` writes its marker there).
PARQUET_KEY = b"barometre:marker"


def _is_parquet(path: str | os.PathLike) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"PAR1"


def _parquet_marker(path: str | os.PathLike) -> str:
    import pyarrow.parquet as pq  # only for a Parquet file, whose reader loads it anyway

    meta = pq.read_metadata(path).metadata or {}
    return meta.get(PARQUET_KEY, b"").decode("utf-8", "replace")


def is_marked(first_cell: object) -> bool:
    """True when a file's first cell (or line) starts with the demo marker."""
    return first_cell is not None and _plain(str(first_cell)).startswith(MARKER)


def is_fictitious(path: str | os.PathLike) -> bool:
    """True when the file's first line starts with the demo marker "DONNÉES FICTIVES".

    A Parquet file has no first line: its marker is the value of the key
    ``barometre:marker`` of its metadata (:data:`PARQUET_KEY`).

    Any file that cannot be opened gives False (the report then makes no claim).
    """
    try:
        if zipfile.is_zipfile(path):
            first = _first_xlsx_cell(path)
        elif _is_parquet(path):
            first = _parquet_marker(path)
        else:
            first = _first_line(path)
    except Exception:  # noqa: BLE001 - a label must never break a report
        return False
    return is_marked(first)
