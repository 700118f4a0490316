"""The raw cells of a survey file as columns on integer codes, without pandas (#19).

The reader's rules decide once per distinct value of a column, then spread the answers
over the rows by index. Arrow already gives a text column as dictionary codes and
distinct values: :class:`CodedColumn` keeps exactly that (per row the index of its
distinct value, -1 when missing, and the distinct values). A column of mostly distinct
cells (follower counts of a large file) stays one value per row, as Arrow text or a
numpy array (:class:`RowColumn`). :class:`RawColumns` is the table of them, by column
position. The small-file paths (pandas' CSV reader, workbook grids) build the same table
from their frame at the edge (:func:`column_of_series`).

Arrow and numpy meet here through their buffers (:func:`numpy_of`, :func:`arrow_of`):
pyarrow's own conversions (``to_numpy``, ``pa.array``, a Python scalar in a compute
function) import pandas when it is installed (pyarrow 26), 0.45 s that the coded path
(``compare --data``) does without.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CodedColumn", "RowColumn", "RawColumns", "as_column", "column_of_series",
           "column_of_arrow", "first_appearance", "factorize_objects", "unique_in_order",
           "numpy_of", "arrow_of", "text_arrow"]


# --------------------------------------------------------------------------- Arrow <-> numpy

def _bits(buf: Any, offset: int, n: int) -> np.ndarray:
    """An Arrow bitmap (validity, booleans) as a boolean array of ``n`` items."""
    if n == 0:
        return np.zeros(0, dtype=bool)
    raw = np.frombuffer(buf, dtype=np.uint8, count=(offset + n + 7) // 8)
    return np.unpackbits(raw, bitorder="little", count=offset + n)[offset:].view(bool)


def pa_to_np(t: Any) -> np.dtype:
    """The numpy dtype of a fixed-width Arrow number type."""
    import pyarrow as pa

    if pa.types.is_floating(t):
        return np.dtype(f"float{t.bit_width}")
    if pa.types.is_unsigned_integer(t):
        return np.dtype(f"uint{t.bit_width}")
    if pa.types.is_integer(t):
        return np.dtype(f"int{t.bit_width}")
    raise TypeError(str(t))


def numpy_of(arr: Any) -> tuple[np.ndarray, np.ndarray | None]:
    """An Arrow array (or chunked array) of numbers or booleans as numpy: the values
    (read-only when no copy was needed) and the validity (None: no missing item).

    Read from the buffers: ``to_numpy`` imports pandas."""
    import pyarrow as pa

    if isinstance(arr, pa.ChunkedArray):
        parts = [numpy_of(c) for c in arr.chunks]
        if len(parts) == 1:
            return parts[0]
        dtype = np.dtype(bool) if pa.types.is_boolean(arr.type) else pa_to_np(arr.type)
        values = np.concatenate([v for v, _ in parts]) if parts else np.zeros(0, dtype)
        if all(m is None for _, m in parts):
            return values, None
        return values, np.concatenate([np.ones(len(v), bool) if m is None else m
                                       for v, m in parts])
    n, off = len(arr), arr.offset
    bufs = arr.buffers()
    if pa.types.is_boolean(arr.type):
        values = _bits(bufs[1], off, n)
    elif n == 0:
        values = np.zeros(0, pa_to_np(arr.type))
    else:
        dtype = pa_to_np(arr.type)
        values = np.frombuffer(bufs[1], dtype=dtype, count=n, offset=off * dtype.itemsize)
    valid = None if bufs[0] is None or arr.null_count == 0 else _bits(bufs[0], off, n)
    return values, valid


def numbers_of(arr: Any, missing: float = np.nan) -> np.ndarray:
    """Arrow numbers as numpy: in their own type without a missing item, else as floats
    (ints too, as pandas gives them) with ``missing`` where null."""
    values, valid = numpy_of(arr)
    if valid is None:
        return values
    out = values.astype(float)
    out[~valid] = missing
    return out


def codes_of(indices: Any) -> np.ndarray:
    """Dictionary indices as a numpy array, -1 where null."""
    values, valid = numpy_of(indices)
    return values if valid is None else np.where(valid, values, -1).astype(values.dtype)


def arrow_of(values: np.ndarray, valid: np.ndarray | None = None) -> Any:
    """A numpy array of numbers or booleans as an Arrow array (``valid``: where not null),
    sharing its memory when it can (``pa.array`` imports pandas)."""
    import pyarrow as pa

    values = np.ascontiguousarray(values)
    bitmap = None if valid is None else pa.py_buffer(np.packbits(valid, bitorder="little"))
    if values.dtype == bool:
        bits = pa.py_buffer(np.packbits(values, bitorder="little"))
        return pa.Array.from_buffers(pa.bool_(), len(values), [bitmap, bits])
    return pa.Array.from_buffers(pa.from_numpy_dtype(values.dtype), len(values),
                                 [bitmap, pa.py_buffer(values)])


def text_arrow(values: Any) -> Any:
    """Python strings as an Arrow ``large_string`` array (built from their UTF-8 bytes)."""
    import pyarrow as pa

    encoded = [v.encode("utf-8") for v in values]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    return pa.Array.from_buffers(pa.large_string(), len(encoded),
                                 [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))])


def blank_as_missing(col: Any) -> Any:
    """Arrow text (chunked, without nulls) with its empty cells null: the validity
    rebuilt from the offsets (a compute function given "" would import pandas)."""
    import pyarrow as pa

    chunks = []
    for c in col.chunks:
        n, start = len(c), c.offset
        if not n:
            chunks.append(c)
            continue
        bufs = c.buffers()
        width = np.dtype(np.int64 if pa.types.is_large_string(c.type) else np.int32)
        offsets = np.frombuffer(bufs[1], dtype=width, count=start + n + 1)[start:]
        valid = np.diff(offsets) > 0
        if c.null_count:
            valid &= _bits(bufs[0], start, n)
        if valid.all():
            chunks.append(c)
            continue
        bits = np.concatenate([np.zeros(start, dtype=bool), valid]) if start else valid
        chunks.append(pa.Array.from_buffers(
            c.type, n, [pa.py_buffer(np.packbits(bits, bitorder="little")), bufs[1], bufs[2]],
            offset=start))
    return pa.chunked_array(chunks, type=col.type)


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
        return RowColumn(self.data.take(arrow_of(rows.astype(np.int64))))

    def factorized(self) -> tuple[np.ndarray, np.ndarray]:
        """Per row the index of its distinct value (-1 when missing; first appearance
        order, as ``pd.factorize``), and the distinct values (numpy array)."""
        import pyarrow as pa

        if self.is_arrow:
            arr = self.data
        else:  # NaN is missing, as for pandas
            data = self.data
            arr = arrow_of(data, ~np.isnan(data) if data.dtype.kind == "f" else None)
        enc = arr.dictionary_encode()
        if isinstance(enc, pa.ChunkedArray):
            if not enc.num_chunks:
                return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=object)
            enc = enc.unify_dictionaries().combine_chunks()
        codes = codes_of(enc.indices)
        if self.is_arrow:
            return codes, texts_of(enc.dictionary)
        return codes, numpy_of(enc.dictionary)[0].astype(self.data.dtype)


Column = CodedColumn | RowColumn


class RawColumns:
    """The cells of a file's body, by column position (the header's index); ``notes``
    holds what the reader noticed on the way (problems of the file)."""

    __slots__ = ("columns_", "n", "notes")

    def __init__(self, columns: dict[int, Column], n: int) -> None:
        self.columns_, self.n = columns, n
        self.notes: list = []

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


def first_appearance(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Integer ``keys`` numbered in order of first appearance (as ``pd.factorize``):
    per item its number, and the distinct keys. Hashed by Arrow, not sorted."""
    enc = arrow_of(np.asarray(keys)).dictionary_encode()
    return (numpy_of(enc.indices)[0].astype(np.intp),
            numpy_of(enc.dictionary)[0].copy())


def unique_in_order(values: np.ndarray) -> np.ndarray:
    """The distinct values of a numpy array in order of first appearance (``pd.unique``)."""
    _, first = np.unique(values, return_index=True)
    return values[np.sort(first)]


def factorize_objects(values: Any) -> tuple[np.ndarray, np.ndarray]:
    """A few Python values (distinct entities, distinct cells) numbered in order of first
    appearance, None and NaN missing (-1), equal values (``==`` and hash, as pandas
    hashes them) one: per item its number, and the distinct values (object array)."""
    index: dict[Any, int] = {}
    codes = np.empty(len(values), dtype=np.intp)
    for i, v in enumerate(values):
        if v is None or (isinstance(v, float) and v != v):
            codes[i] = -1
        else:
            codes[i] = index.setdefault(v, len(index))
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
    return CodedColumn(codes_of(arr.indices), texts_of(arr.dictionary))


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
