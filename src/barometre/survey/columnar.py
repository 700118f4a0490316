"""Large CSVs read by Arrow's multi-threaded parser into text columns (issue #19.2).

The reader's fast path (``reader._read_csv_fast``) finds the header and the
columns that mean something; this module reads those columns, every cell as text
(no type inference: a code "01" stays "01"), low-cardinality ones
dictionary-encoded (:class:`~barometre.survey.raw.CodedColumn`: codes and distinct
values, no pandas), so that the normal steps of ``reader._normalize`` parse each
distinct value once. ``tests/test_fast_path.py`` checks that both paths give the same
records and problems on any input.
"""

from __future__ import annotations

import mmap
from pathlib import Path
from .._arrow import compute, read_csv
from .raw import RawColumns, RowColumn, blank_as_missing, column_of_arrow

__all__ = ["read_csv_columns", "release_memory"]

#: Bytes per block of Arrow's parser: a column comes in chunks of that many bytes of rows,
#: which the steps after the read share between the cores (:mod:`barometre._parallel`)
BLOCK_BYTES = 1 << 24


def read_csv_columns(source: str | Path | bytes | mmap.mmap, delim: str, skip: int, width: int, usecols: list[int],
                     dtypes: dict, encoding: str, quoted: bool = False,
                     utf8_checked: bool = False) -> RawColumns | None:
    """The columns of a quote-free CSV read by Arrow's multi-threaded parser, as text.

    Gives the cells pandas' C parser gives below (same columns; text as dictionary
    codes, follower counts as Arrow text with blank cells missing), or None when Arrow
    is not installed or the file is irregular (a row with another number of fields): the
    row numbers must stay exact, so the pandas reader takes over. With ``quoted``,
    fields may be quoted (never across lines). A blank line is a row of blank cells
    (dropped later, as by the normal reader), so rows keep their numbers.

    ``source`` is the file's path (Arrow maps it) or its bytes, any buffer (the caller's
    mapping of the file, or a file re-encoded in memory): read where they are, without a
    copy (:func:`barometre._arrow.read_csv`). ``utf8_checked`` says that the whole file
    was found valid UTF-8: Arrow skips its own check of every cell.
    """
    try:
        import pyarrow as pa
        import pyarrow.csv as pacsv
    except ImportError:  # pragma: no cover - pyarrow is a dependency
        return None
    names = [str(i) for i in range(width)]
    as_dict = pa.dictionary(pa.int32(), pa.string())
    types = {str(i): (as_dict if dtypes[i] == "category" else pa.string()) for i in usecols}
    arrow_encoding = "utf8" if encoding.startswith("utf-8") else encoding
    try:
        table = read_csv(
            source,
            read_options=pacsv.ReadOptions(skip_rows=skip, column_names=names,
                                           encoding=arrow_encoding, block_size=BLOCK_BYTES),
            # quotes as the csv module reads them (a field that starts with one, "" inside);
            # the caller checked that no quoted field spans lines
            parse_options=pacsv.ParseOptions(delimiter=delim,
                                             quote_char='"' if quoted else False,
                                             double_quote=True,
                                             newlines_in_values=False, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(column_types=types, null_values=[],
                                                 strings_can_be_null=False,
                                                 check_utf8=not (utf8_checked
                                                                 and arrow_encoding == "utf8"),
                                                 include_columns=[str(i) for i in usecols]))
    except (pa.ArrowInvalid, UnicodeDecodeError, LookupError):
        return None
    cols = {}
    for i in usecols:
        col = table.column(str(i))
        if dtypes[i] is str:  # blank counts are missing, as with pandas' na_values=[""]
            cols[i] = RowColumn(blank_as_missing(col))
        elif dtypes[i] == "category":
            cols[i] = column_of_arrow(col)
        else:  # other text (accounts): numbered in order of appearance, as pd.factorize
            cols[i] = column_of_arrow(compute("dictionary_encode", col))
    n = table.num_rows
    del table
    return RawColumns(cols, n)


def release_memory(n_rows: int, collect: bool = True) -> None:
    """After reading a large file, give the freed memory back to the system.

    The raw columns and the per-row arrays of millions of readings are freed by then,
    but some sit in reference cycles until the collector runs (pandas' frames: ``collect``;
    the coded readings make none, and a full collection costs 10-40 ms), and the C
    allocator and Arrow's keep freed pages for themselves: the next step (aggregation)
    would start ~350 MB higher (benchmarks/README.md). Small files skip this.
    """
    if n_rows < 500_000:
        return
    import gc
    import sys

    if collect:
        gc.collect()
    if "pyarrow" in sys.modules:  # Arrow's own allocator keeps freed blocks too
        sys.modules["pyarrow"].default_memory_pool().release_unused()
    try:  # glibc only: return the free pages at the top of and inside the heap
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # pragma: no cover - not glibc (macOS, Windows, musl)
        pass
