"""The raw cells of a survey file as columns on integer codes, without pandas (#19).

The reader's rules decide once per distinct value of a column, then spread the answers
over the rows by index. Arrow already gives a text column as dictionary codes and
distinct values: :class:`CodedColumn` keeps exactly that (per row the index of its
distinct value, -1 when missing, and the distinct values). A column of mostly distinct
cells (follower counts of a large file) stays one value per row, as Arrow text or a
numpy array (:class:`RowColumn`). :class:`RawColumns` is the table of them, by column
position. The small-file paths (pandas' CSV reader, workbook grids) build the same table
from their frame at the edge (:func:`column_of_series`).

Arrow and numpy meet through :mod:`barometre._arrow` (the arrays' buffers): pyarrow's
own conversions (``to_numpy``, ``pa.array``, a Python scalar in a compute function)
import pandas when it is installed (pyarrow 26), 0.45 s that the coded path
(``compare --data``) does without.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import numpy as np

from .._arrow import (
    compute,
    first_appearance,
    from_numpy,
    null_scalar,
    string_scalar,
    to_numpy,
    valid,
    with_nulls,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CodedColumn", "RowColumn", "RawColumns", "as_column", "column_of_series",
           "column_of_arrow", "first_appearance", "factorize_objects", "unique_in_order",
           "numbers_of", "ints_as_floats", "text_arrow", "texts_of", "blank_as_missing"]


# --------------------------------------------------------------------------- Arrow <-> numpy

def numbers_of(arr: Any) -> np.ndarray:
    """Arrow numbers as numpy, as ``to_pandas`` gives them: in their own type without a
    missing item, else as floats (ints too) with NaN where null."""
    import pyarrow as pa

    if not arr.null_count:
        return to_numpy(arr)
    if pa.types.is_floating(arr.type):
        return to_numpy(arr, null=np.nan)
    # integers with gaps: each chunk written into the floats (Parquet's row groups, no
    # combined copy of the column, no int64 array as long as it: 100 MB less fresh memory
    # for 3.5 M counts)
    out = np.empty(len(arr), dtype=float)
    start = 0
    for chunk in getattr(arr, "chunks", [arr]):
        end = start + len(chunk)
        ints_as_floats(chunk, out[start:end])
        start = end
    return out


def ints_as_floats(arr: Any, out: np.ndarray, known: np.ndarray | None = None) -> None:
    """Write an Arrow integer array (not chunked) into the floats ``out`` (as long), NaN
    where null; ``known``, when given, is its validity (already at hand).

    Read straight from its values buffer (a null's slot holds any number, then NaN): no
    integer copy with the nulls filled, as ``to_numpy(arr, null=0)`` makes (#19).
    """
    import pyarrow as pa

    n = len(arr)
    if not arr.null_count:
        if n:
            out[:] = to_numpy(arr)
        return
    data = arr.buffers()[1]
    if data is None:  # pragma: no cover - every item null, no values buffer
        out[:] = np.nan
        return
    if not pa.types.is_integer(arr.type):  # pragma: no cover - integers only
        raise TypeError(arr.type)
    out[:] = np.frombuffer(data, dtype=np.dtype(arr.type.to_pandas_dtype()))[
        arr.offset:arr.offset + n]
    out[~(valid(arr) if known is None else known)] = np.nan


def text_arrow(values: Any) -> Any:
    """Python strings as an Arrow ``large_string`` array (built from their UTF-8 bytes)."""
    import pyarrow as pa

    encoded = [v.encode("utf-8") for v in values]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    return pa.Array.from_buffers(pa.large_string(), len(encoded),
                                 [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))])


def blank_as_missing(col: Any) -> Any:
    """Arrow text with its empty cells null (as pandas' ``na_values=[""]``).

    The same text buffers under a validity bitmap made from the offsets (an empty cell
    starts where it ends): no copy of millions of cells, as ``pc.if_else`` made (#19).
    """
    import pyarrow as pa

    chunks = col.chunks if hasattr(col, "chunks") else [col]
    if not all(pa.types.is_string(c.type) or pa.types.is_large_string(c.type)
               for c in chunks):
        return compute("if_else", compute("equal", col, string_scalar("")),
                       null_scalar(col.type), col)
    out = []
    for c in chunks:
        n, start = len(c), c.offset
        off_type = np.int64 if pa.types.is_large_string(c.type) else np.int32
        keep = np.zeros(n, dtype=bool)
        if n:
            off = np.frombuffer(c.buffers()[1], dtype=off_type)[start:start + n + 1]
            keep[:] = off[1:] != off[:-1]
            if c.null_count:
                keep &= valid(c)
        out.append(with_nulls(c, keep))
    return pa.chunked_array(out, type=col.type) if hasattr(col, "chunks") else out[0]


def texts_of(arr: Any) -> np.ndarray:
    """Arrow text as an object array of Python strings (None where null)."""
    out = np.empty(len(arr), dtype=object)
    out[:] = arr.to_pylist()
    return out


class CodedColumn:
    """Per row the index of its distinct value (``codes``, -1 when missing) and the
    distinct ``values`` (each parsed once by the rules).

    ``values`` may hold values that no row uses (a dictionary's, or rows dropped since):
    the rules decide them too, nobody reads the answer.
    """

    __slots__ = ("codes", "values")

    def __init__(self, codes: np.ndarray, values: Any) -> None:
        self.codes, self.values = codes, values

    def __len__(self) -> int:
        return len(self.codes)

    def at(self, i: int) -> Any:
        """The cell of row ``i`` (NaN when missing, as pandas gives it)."""
        k = int(self.codes[i])
        return self.values[k] if k >= 0 else np.nan

    def take(self, rows: np.ndarray) -> CodedColumn:
        """The rows ``rows`` (positions or a boolean mask), over the same distinct values."""
        return CodedColumn(self.codes[rows], self.values)


class RowColumn:
    """One value per row: Arrow text (missing as null) or a numpy array of numbers."""

    __slots__ = ("data",)

    def __init__(self, data: Any) -> None:
        self.data = data

    def __len__(self) -> int:
        return len(self.data)

    @property
    def is_arrow(self) -> bool:
        return not isinstance(self.data, np.ndarray)

    def at(self, i: int) -> Any:
        """The cell of row ``i`` (NaN when missing)."""
        if not self.is_arrow:
            return self.data[i]
        v = self.data[int(i)].as_py()
        return np.nan if v is None else v

    def take(self, rows: np.ndarray) -> RowColumn:
        if not self.is_arrow:
            return RowColumn(self.data[rows])
        rows = np.asarray(rows)
        if rows.dtype == bool:
            rows = np.flatnonzero(rows)
        return RowColumn(compute("take", self.data, from_numpy(rows.astype(np.int64))))

    def factorized(self) -> tuple[np.ndarray, np.ndarray]:
        """Per row the index of its distinct value (-1 when missing; first appearance
        order, as ``pd.factorize``), and the distinct values (numpy array)."""
        import pyarrow as pa

        if self.is_arrow:
            arr = self.data
        else:  # NaN is missing, as for pandas
            data = self.data
            arr = from_numpy(data, np.isnan(data) if data.dtype.kind == "f" else None)
        enc = compute("dictionary_encode", arr)
        if isinstance(enc, pa.ChunkedArray):
            if not enc.num_chunks:
                return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=object)
            enc = enc.unify_dictionaries().combine_chunks()
        codes = to_numpy(enc.indices, null=-1)
        if self.is_arrow:
            return codes, texts_of(enc.dictionary)
        return codes, to_numpy(enc.dictionary).astype(self.data.dtype)


Column = CodedColumn | RowColumn


class RawColumns:
    """The cells of a file's body, by column position (the header's index); ``notes``
    holds what the reader noticed on the way (problems of the file), ``delimiter`` a CSV's
    field separator (None: not a CSV, or not said)."""

    __slots__ = ("columns_", "n", "notes", "delimiter")

    def __init__(self, columns: dict[int, Column], n: int) -> None:
        self.columns_, self.n = columns, n
        self.notes: list = []
        self.delimiter: str | None = None

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> Column:
        return self.columns_[i]

    @property
    def columns(self) -> list[int]:
        return list(self.columns_)

    def take(self, rows: np.ndarray) -> RawColumns:
        """The rows ``rows`` (a boolean mask or positions), every column."""
        n = int(rows.sum()) if rows.dtype == bool else len(rows)
        return RawColumns({k: c.take(rows) for k, c in self.columns_.items()}, n)


def row_numbers(first: int, n: int) -> np.ndarray:
    """The file's row numbers ``first``, ``first + 1``… of ``n`` rows: int32 (half the
    memory of int64 for millions of rows, and memory touched is time, benchmarks/README.md
    "Seventeenth pass"), int64 only past 2**31 rows."""
    dtype = np.int32 if first + n < 2**31 else np.int64
    return np.arange(first, first + n, dtype=dtype)


def unique_in_order(values: np.ndarray) -> np.ndarray:
    """The distinct values of a numpy array in order of first appearance (``pd.unique``)."""
    _, first = np.unique(values, return_index=True)
    return values[np.sort(first)]


def factorize_objects(values: Any) -> tuple[np.ndarray, np.ndarray]:
    """A few Python values (distinct entities, distinct cells) numbered in order of first
    appearance, None and NaN missing (-1), equal values (``==`` and hash, as pandas
    hashes them) one: per item its number, and the distinct values (object array)."""
    index: dict[Any, int] = {}
    number = index.setdefault
    # a list, then one array: numpy's item assignment costs more than the look-up
    codes = np.array([-1 if v is None or (isinstance(v, float) and v != v)
                      else number(v, len(index)) for v in values], dtype=np.intp)
    uniques = np.empty(len(index), dtype=object)
    uniques[:] = list(index)
    return codes, uniques


def column_of_arrow(col: Any) -> Column:
    """An Arrow column (chunked) of the fast readers as a :class:`CodedColumn` when it is
    dictionary-encoded text (its chunks' dictionaries unified in order, so the values are
    in order of first appearance, as pandas' categories), else a :class:`RowColumn`."""
    import pyarrow as pa

    if not pa.types.is_dictionary(col.type):
        return RowColumn(col)
    if not col.num_chunks:
        return CodedColumn(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=object))
    arr = col.unify_dictionaries().combine_chunks()
    return CodedColumn(to_numpy(arr.indices, null=-1), texts_of(arr.dictionary))


def column_of_series(series: pd.Series) -> Column:
    """A pandas column (small files, pandas' CSV reader) as the reader's column: the codes
    pandas gives (``pd.factorize``, or a categorical's own), Arrow text as it is.

    TRUE/FALSE cells hash like 1/0 in pandas: kept apart (a count of TRUE is an error, 1 is
    one follower), as distinct values of their own.
    """
    import pandas as pd

    if isinstance(series.dtype, pd.CategoricalDtype):
        return CodedColumn(series.cat.codes.to_numpy(), series.cat.categories)
    if isinstance(series.dtype, pd.StringDtype) and series.dtype.storage == "pyarrow":
        import pyarrow as pa

        arr = pa.array(series.array)
        return RowColumn(arr if isinstance(arr, pa.ChunkedArray) else pa.chunked_array([arr]))
    if series.dtype == object:
        arr = series.to_numpy()
        booleans = np.fromiter((isinstance(x, (bool, np.bool_)) for x in arr), dtype=bool,
                               count=len(arr))
        if booleans.any():
            marked = np.where(booleans, np.array([_BoolCell(bool(x)) if b else x
                                                  for x, b in zip(arr, booleans)],
                                                 dtype=object), arr)
            codes, uniques = pd.factorize(pd.Series(marked, dtype=object), use_na_sentinel=True)
            values = np.array([u.value if isinstance(u, _BoolCell) else u for u in uniques],
                              dtype=object)
            return CodedColumn(codes, values)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return CodedColumn(codes, uniques)


class _BoolCell:
    """A TRUE/FALSE cell while pandas numbers the cells: equal to its own kind only."""

    __slots__ = ("value",)

    def __init__(self, value: bool) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _BoolCell) and other.value == self.value

    def __hash__(self) -> int:
        return hash(("bool", self.value))


def columns_of_frame(df: pd.DataFrame) -> RawColumns:
    """A frame of raw cells (columns by position) as :class:`RawColumns`."""
    return RawColumns({k: column_of_series(df[k]) for k in df.columns}, len(df))


def as_column(col: Any) -> Column:
    """The reader's column for ``col``; a pandas Series (tests, the public helpers) is
    converted."""
    if isinstance(col, (CodedColumn, RowColumn)):
        return col
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(col, pd.Series):
        return column_of_series(col)
    raise TypeError(f"not a column: {type(col).__name__}")
