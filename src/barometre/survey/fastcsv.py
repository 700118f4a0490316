"""Large, well-formed CSV files read by a columnar parser; the same cells as the general reader."""

from __future__ import annotations

import contextlib
import csv
import io
import mmap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from ..domain.errors import InputFileError
from .cells import (
    short_lines,
)
from .grid import (
    MAX_HEADER_SCAN,
    TEXT_SUFFIXES,
    Grid,
    _line_chunks,
    _sniff_delimiter,
    header_of,
    large_file_encoding,
    unnamed_column_notes,
)
from .columnar import read_csv_columns
from .headers import classify_header, needs_cells
from .noncharacters import clean_header
from .raw import RawColumns, columns_of_frame, row_numbers
from .values import (
    _is_blank,
)

FAST_CSV_BYTES = 4 * 1024 * 1024  # above this, a well-formed CSV is read by pandas' C parser
# the bytes Windows-1252 leaves undefined: a file decodes as cp1252 unless it holds one
# (each byte decoded on its own; searched for, not decoded: 5 memchr passes)
_CP1252_UNDEFINED = tuple(bytes([i]) for i in range(256)
                          if bytes([i]).decode("cp1252", "replace") == "\ufffd")


def _read_csv_fast(path: Path) -> tuple[RawColumns, np.ndarray, list[Any]] | None:
    """Large, well-formed CSV files: Arrow's parser (pandas' C parser for short rows)
    instead of Python rows.

    Returns None to fall back on the general reader (small or irregular files).
    """
    if path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file():
        return None
    if path.stat().st_size < FAST_CSV_BYTES:
        return None
    with _file_bytes(path) as data:
        return _read_bytes_fast(path, data)


def _read_bytes_fast(path: Path, data: Any) -> tuple[RawColumns, np.ndarray, list[Any]] | None:
    """:func:`_read_csv_fast` on the file's bytes, read once (``data``: bytes or mapped)."""
    # Long on purpose: the checks that decide whether a file may take the fast path, cheapest
    # first, each handing over to the general reader; split, the hand-overs would hide.
    head = data[:256 * 1024]
    transcoded = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if transcoded:  # UTF-16 with its BOM (Excel's "Unicode text"): re-encoded once, as UTF-8
        try:
            data = bytes(data).decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return None  # the general reader says what is wrong
        head = data[:256 * 1024]
    if data.find(b"\x00") >= 0 or head.startswith(b"PK\x03\x04") or bytes(
            data[-16:]).rstrip().endswith(b"\x1a"):
        return None  # binary, a workbook, or DOS's end-of-file mark: the general reader
    if _is_utf8(data):  # one pass by Arrow's validator, not a decoding into a str
        encoding = "utf-8-sig" if head.startswith(b"\xef\xbb\xbf") else "utf-8"
    else:
        encoding = "cp1252"
        if any(data.find(byte) >= 0 for byte in _CP1252_UNDEFINED):
            return None  # not Windows-1252 either
    quoted = data.find(b'"') >= 0
    if quoted and not _quotes_close_on_their_line(data):
        return None  # a quoted field spans lines: the csv module keeps the row numbers
    if encoding == "cp1252" and large_file_encoding(data) != "cp1252":
        return None  # Mac Roman, DOS, mixed: the general reader decides and says so
    text = head.decode(encoding, errors="ignore")
    lines = text.splitlines()[:-1]  # the last line may be cut
    if lines and lines[0].lstrip('"').startswith("sep="):
        return None
    delim = _sniff_delimiter("\n".join(lines))
    rows = list(csv.reader(io.StringIO("\n".join(lines[:MAX_HEADER_SCAN])), delimiter=delim))
    grid = Grid(rows, list(range(1, len(rows) + 1)), "csv")
    try:
        h, _, two_rows = header_of(grid)  # (its _find_header when no note)
        if two_rows is not None or grid.header_refused is not None:
            return None  # a header on two rows: the general reader joins it and says so
            # (or says why it was not read, after the layout error)
    except InputFileError:
        return None
    header, header_notes = clean_header(rows[h], h + 1)  # invisible characters removed, said
    # Read only the columns that mean something (and a column of comments on a platform,
    # whose cells say what it is); low-cardinality ones dictionary-encoded (codes,
    # platforms, Oui/Non, dates): a fraction of the memory of Python strings.
    cols = [classify_header(v, i) for i, v in enumerate(header)]
    roles = [c.role for c in cols]
    usecols = [i for i, c in enumerate(cols) if needs_cells(c)]
    # and the columns under a blank header cell (an Excel export's trailing separator):
    # read to say whether they hold values (unnamed-column), as the general reader does
    blank = [i for i, v in enumerate(rows[h]) if _is_blank(v) and i not in usecols]
    read_anyway = set(usecols)
    usecols = sorted(read_anyway | set(blank))
    # Every cell is read as the text the normal reader sees: numbers inferred by the C
    # parser would read "12.345" (French thousands) as 12.345 and "01" as 1. Follower
    # counts stay (Arrow) text, parsed below; low-cardinality columns are dictionaries.
    dtypes = {i: ("category" if roles[i] not in ("account", "followers") else
                  str if roles[i] == "followers" else object) for i in usecols}
    blank_is_na = {i: [""] for i in usecols if roles[i] == "followers"}
    kw = dict(sep=delim, header=None, skiprows=h + 1, names=range(len(header)),
              encoding=encoding, skip_blank_lines=False, keep_default_na=False,
              na_values=blank_is_na, engine="c", quoting=csv.QUOTE_NONE)
    try:
        # the bytes already mapped (the pages the checks touched), not the path: Arrow
        # would map the file again, and it cannot open a name that is not UTF-8
        raw = read_csv_columns(data, delim, h + 1, len(header), usecols, dtypes, encoding,
                               quoted, utf8_checked=encoding != "cp1252")
    except (ValueError, UnicodeDecodeError):
        return None
    by_arrow = raw is not None  # Arrow refuses a row with too few fields: nothing to count
    if raw is None and (quoted or transcoded):
        return None  # pandas below reads the file's own bytes, without quoting
    if raw is None:
        if _has_lone_cr(data):  # a CR ends a row for pandas, not for the count of short
            return None  # lines (line feeds): the general reader numbers and says them
        raw = _read_with_pandas(path, usecols, dtypes, kw)
        if raw is None:
            return None
    rownums = row_numbers(h + 2, len(raw))
    notes = [] if by_arrow else short_lines(path, delim, h + 1, len(header))
    if notes is None:  # a row with too many fields: the general reader rejects it, located
        return None
    raw.notes = header_notes + unnamed_column_notes(raw, blank, read_anyway, h + 2) + notes
    raw.delimiter = delim  # a comma: one cue of a US export (normalize._assumed_day_first)
    return raw, rownums, header


def _read_with_pandas(path: Path, usecols: list[int], dtypes: dict, kw: dict
                      ) -> RawColumns | None:
    """Pandas' C parser, for the files Arrow refuses (a row with too few fields): the
    same columns, as :class:`RawColumns`; None when it fails too."""
    import pandas as pd

    try:
        raw = pd.read_csv(path, usecols=usecols, dtype=dtypes, **kw)
        # categories whose text looked numeric were turned into numbers: read them again
        # as text (rare: a code column without "2A"/"2B")
        again = [i for i in usecols if dtypes[i] == "category"
                 and not pd.api.types.is_string_dtype(raw[i].cat.categories)]
        if again:
            text_cols = pd.read_csv(path, usecols=again, dtype={i: str for i in again}, **kw)
            for i in again:
                raw[i] = text_cols[i].astype("category")
    except (pd.errors.ParserError, ValueError, UnicodeDecodeError):
        return None
    return columns_of_frame(raw)


@contextlib.contextmanager
def _file_bytes(path: Path) -> Iterator[Any]:
    """The bytes of a file, mapped into memory (no copy: the checks and Arrow read the
    same pages), or read when the file cannot be mapped (empty)."""
    with open(path, "rb") as fh:
        try:
            data: Any = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (ValueError, OSError):
            data = fh.read()
    try:
        yield data
    finally:
        if isinstance(data, mmap.mmap):
            with contextlib.suppress(BufferError):  # a view still alive: closed when freed
                data.close()


def _is_utf8(data: Any) -> bool:
    """Whether bytes are valid UTF-8, as ``bytes.decode("utf-8")`` decides, checked by
    Arrow without building the text (several times faster)."""
    import pyarrow as pa

    offsets = pa.py_buffer(np.array([0, len(data)], dtype=np.int64))
    text = pa.Array.from_buffers(pa.large_string(), 1, [None, offsets, pa.py_buffer(data)])
    try:
        text.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _has_lone_cr(data: Any, chunk_size: int = 16 * 1024 * 1024) -> bool:
    """Whether a carriage return not followed by a line feed ends a line (an old Mac
    file, or a CR typed in a cell): looked for only when a row is short (rare)."""
    if data.find(b"\r") < 0:
        return False
    for start, end in _line_chunks(data, chunk_size):
        arr = np.frombuffer(data, dtype=np.uint8, count=end - start, offset=start)
        if _lone_crs(arr).any():
            return True
    return False


def _lone_crs(arr: np.ndarray) -> np.ndarray:
    """The carriage returns of ``arr`` (bytes) not followed by a line feed: each ends a
    line, as for the csv module."""
    lone = arr == 13
    lone[:-1] &= arr[1:] != 10
    return lone


def _quotes_close_on_their_line(data: bytes, chunk_size: int = 16 * 1024 * 1024) -> bool:
    """Whether every line holds an even number of double quotes: then no quoted field
    holds a line break, and a line is a row. A lone carriage return ends a line too, as
    for the csv module (a "1\r2" cell is on two lines, ``csv-multiline-cells``).

    Each line's parity is the XOR of its quote flags (numpy ``reduceat``), chunk by chunk
    of whole lines: no array of positions as long as the quotes (an R export quotes
    every field: 35 million quotes in 140 MB).
    """
    for start, end in _line_chunks(data, chunk_size):
        arr = np.frombuffer(data, dtype=np.uint8, count=end - start, offset=start)
        quotes = (arr == 34).view(np.uint8)
        if not quotes.any():
            continue
        ends = arr == 10
        if data.find(b"\r", start, end) >= 0:  # a CR not followed by LF ends a line too
            ends |= _lone_crs(arr)
        starts = np.flatnonzero(ends) + 1  # each line after the chunk's first
        starts = np.concatenate(([0], starts[starts < len(arr)]))
        if np.bitwise_xor.reduceat(quotes, starts).any():
            return False
    return True


def _grid_frame(grid: Grid) -> tuple[RawColumns, np.ndarray, list[Any]]:
    """The cells of a grid below its header, as :class:`RawColumns` (through pandas'
    factorization, at the edge: the grids of small files and workbooks)."""
    import pandas as pd

    if not any(any(not _is_blank(v) for v in r) for r in grid.rows):
        raise InputFileError.of("file-no-cells")
    h, header, note = header_of(grid)  # a header on two rows: joined, and said
    if note is not None:
        grid.notes.append(note)
    width = max(len(header), max((len(r) for r in grid.rows[h + 1:]), default=0))
    body = [list(r) + [None] * (width - len(r)) for r in grid.rows[h + 1:]]
    raw = pd.DataFrame(body, columns=range(width), dtype=object) if body else pd.DataFrame(
        columns=range(width), dtype=object)
    header, said = clean_header(header + [None] * (width - len(header)), grid.row_numbers[h])
    grid.notes.extend(said)  # invisible characters removed from the header, said
    return columns_of_frame(raw), np.asarray(grid.row_numbers[h + 1:], dtype=np.int64), header
