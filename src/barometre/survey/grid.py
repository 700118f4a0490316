"""Read a user's file (CSV in any French habit, XLSX) into a grid of cells."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..domain.errors import InputFileError
from .headers import _header_score, classify_header

MAX_HEADER_SCAN = 30
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


# --------------------------------------------------------------------------- reading raw grids

@dataclass
class Grid:
    """Cells of a sheet, with the row number the user sees for each row."""

    rows: list[list[Any]]
    row_numbers: list[int]
    kind: str  # "xlsx", "csv", "parquet"
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf")
                                          else "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _sniff_delimiter(text: str) -> str:
    lines = [l for l in text.splitlines()[:MAX_HEADER_SCAN] if l.strip()]
    best, best_score = ";", -1.0
    for d in (";", "\t", ",", "|"):
        counts = [l.count(d) for l in lines]
        if not counts or max(counts) == 0:
            continue
        mode = Counter(counts).most_common(1)[0][0]
        consistent = sum(1 for c in counts if c == mode) / len(counts)
        score = consistent * (1 + min(mode, 50) / 10)
        if score > best_score:
            best, best_score = d, score
    return best


def _read_text(path: Path) -> Grid:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputFileError(f"{path.name} : fichier binaire, pas un CSV lisible (octets nuls)")
    text, enc = _decode(data, path.name)
    if text.startswith("sep=") or text.startswith('"sep='):  # Excel's "sep=;" first line
        first, _, rest = text.partition("\n")
        delim = first.strip().strip('"')[4:5] or ";"
        text, line_offset = rest, 1
    else:
        delim, line_offset = _sniff_delimiter(text), 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows, numbers = [], []
    prev_line = 0
    try:
        for row in reader:
            rows.append(row)
            numbers.append(prev_line + 1 + line_offset)
            prev_line = reader.line_num
    except csv.Error as exc:
        raise InputFileError(f"{path.name}, ligne {prev_line + 1} : CSV illisible ({exc})") from None
    return Grid(rows, numbers, "csv", encoding=enc, delimiter=delim)


def _read_xlsx(path: Path, sheet: str | None) -> Grid:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, EOFError) as exc:
        raise InputFileError(f"{path.name} : classeur Excel illisible ou endommagé "
                             f"({type(exc).__name__})") from None
    except Exception as exc:  # openpyxl raises various errors on broken files
        raise InputFileError(f"{path.name} : classeur Excel illisible ({type(exc).__name__})") from None
    try:
        if sheet is not None:
            if sheet not in wb.sheetnames:
                raise InputFileError(f"{path.name} : pas de feuille « {sheet} » ; feuilles : "
                                     + ", ".join(wb.sheetnames))
            ws = wb[sheet]
        else:
            ws = _pick_sheet(wb)
        rows, numbers = [], []
        for i, row in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
            rows.append(list(row))
            numbers.append(i)
        return Grid(rows, numbers, "xlsx", sheet=ws.title)
    except InputFileError:
        raise
    except Exception as exc:
        raise InputFileError(f"{path.name} : classeur Excel illisible ou endommagé "
                             f"({type(exc).__name__})") from None
    finally:
        wb.close()


def _pick_sheet(wb) -> Any:
    """The first sheet that looks like a survey (skips an instructions sheet)."""
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=1, max_row=MAX_HEADER_SCAN, values_only=True):
            if _header_score(list(row)) >= 2:
                return ws
    return wb.worksheets[0]


def read_grid(path: str | Path, sheet: str | None = None) -> Grid:
    """Read the raw cells of a survey file (no interpretation yet)."""
    p = Path(path)
    if not p.exists():
        raise InputFileError(f"{p} : fichier introuvable")
    if p.is_dir():
        raise InputFileError(f"{p} : c'est un dossier, pas un fichier")
    size = p.stat().st_size
    if size == 0:
        raise InputFileError(f"{p.name} : fichier vide")
    suffix = p.suffix.lower()
    with open(p, "rb") as fh:
        head = fh.read(8)
    is_zip = head.startswith(b"PK\x03\x04")
    if suffix in XLSX_SUFFIXES:
        if not is_zip:
            raise InputFileError(f"{p.name} : ce n'est pas un classeur Excel .xlsx valide "
                                 "(contenu non reconnu ; fichier tronqué, ou CSV renommé ?)")
        return _read_xlsx(p, sheet)
    if suffix == ".xls":
        raise InputFileError(f"{p.name} : l'ancien format .xls n'est pas lu ; enregistrez-le en "
                             ".xlsx ou en CSV")
    if suffix == ".parquet":
        raw, rownums, header = _parquet_frame(p)
        rows = [header] + raw.astype(object).where(raw.notna(), None).values.tolist()
        return Grid(rows, [1, *rownums.tolist()], "parquet")
    if suffix in TEXT_SUFFIXES:
        if is_zip:
            raise InputFileError(f"{p.name} : ce fichier est un classeur Excel ou une archive "
                                 f"malgré son extension {suffix} ; renommez-le en .xlsx")
        return _read_text(p)
    raise InputFileError(f"{p.name} : extension « {suffix or '(aucune)'} » non reconnue ; "
                         "attendu .xlsx, .csv, .txt, .tsv ou .parquet")


def _find_header(grid: Grid) -> int:
    best, best_score = None, 1
    for i, row in enumerate(grid.rows[:MAX_HEADER_SCAN]):
        s = _header_score(row)
        if s > best_score:
            best, best_score = i, s
            if s >= 3:
                break
    if best is None:
        raise InputFileError("aucune ligne d'en-tête reconnue dans les "
                             f"{min(len(grid.rows), MAX_HEADER_SCAN)} premières lignes : attendu "
                             "une colonne d'entité (code, nom, département…) et des colonnes de "
                             "réseaux (Facebook, X, Instagram…)")
    return best


def _parquet_frame(path: Path) -> tuple[pd.DataFrame, np.ndarray, list[Any]]:
    """A Parquet file is already a table: its column names are the header (row 1)."""
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq
    except ImportError:
        raise InputFileError("lire du Parquet demande pyarrow (pip install pyarrow)") from None
    try:
        table = pq.read_table(path)
        header = [str(c) for c in table.column_names]
        # low-cardinality text dictionary-encoded (categories in pandas), like the CSV fast path
        for i, name in enumerate(header):
            col = table.column(i)
            if (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)) and \
                    classify_header(name, i).role not in ("followers", "account"):
                table = table.set_column(i, table.field(i).name, pc.dictionary_encode(col))
        df = table.to_pandas()
    except Exception as exc:
        raise InputFileError(f"fichier Parquet illisible ({type(exc).__name__})") from None
    df.columns = range(len(header))
    return df, np.arange(len(df), dtype=np.int64) + 2, header
