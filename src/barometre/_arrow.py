"""Arrow arrays to and from numpy without importing pandas (issue #19).

pyarrow imports pandas, when installed, the first time it checks whether an object is
a pandas one: ``pa.array(...)``, ``pa.scalar(...)``, ``Array.to_numpy()`` and ``np.asarray``
on an Arrow array all do (pyarrow 26, ``pandas-shim.pxi``); that import alone takes as
long as DuckDB's whole aggregation of a 3.5-million-row file. Reading (CSV, Parquet),
``combine_chunks``, ``unify_dictionaries``, compute functions on Arrow arguments and
``to_pylist`` never do. These helpers go through the arrays' buffers instead, which is
also zero-copy where the layout allows. ``tests/test_arrow_buffers.py`` checks them
against pyarrow's own conversions and that pandas stays unimported.
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["to_numpy", "valid", "from_numpy", "first_appearance", "string_scalar",
           "null_scalar", "compute", "compute_options", "cast", "read_csv", "with_nulls"]


def _kernels() -> Any:
    """The module of Arrow's compute kernels, without ``pyarrow.compute``.

    Importing ``pyarrow.compute`` generates a Python wrapper with its docstring for each
    of Arrow's ~300 functions: ~20 ms of every ``compare --data`` (#19). Those wrappers
    call ``call_function`` with the options classes of ``pyarrow._compute``, which
    ``pyarrow.compute`` re-exports; pyarrow's own methods (``Array.take``,
    ``Array.dictionary_encode``, ``Array.cast``) import ``pyarrow.compute`` first, so
    barometre calls the kernels through :func:`compute` instead.
    ``tests/test_arrow_buffers.py`` checks that ``compare --data`` leaves it unimported.
    """
    try:
        import pyarrow._compute as kernels
    except ImportError:  # pragma: no cover - a pyarrow without the private module
        import pyarrow.compute as kernels
    return kernels


def compute(name: str, *args: Any, options: Any = None) -> Any:
    """Arrow's compute function ``name`` on Arrow ``args`` (arrays, chunked arrays,
    scalars: never Python values, which pyarrow converts through its pandas shim), as
    ``pyarrow.compute.<name>`` gives it; ``options`` from :func:`compute_options`."""
    return _kernels().call_function(name, list(args), options)


def cast(arr: Any, kind: Any) -> Any:
    """``pyarrow.compute.cast(arr, kind)`` (a safe cast: an overflow is an error)."""
    return _kernels().call_function("cast", [arr], _kernels().CastOptions.safe(kind))


def compute_options(kind: str, *args: Any, **kwargs: Any) -> Any:
    """An options object of Arrow's compute functions, e.g.
    ``compute_options("CastOptions", pa.float64())`` (``pyarrow.compute.CastOptions``)."""
    return getattr(_kernels(), kind)(*args, **kwargs)


def _combined(arr: Any) -> Any:
    return arr.combine_chunks() if hasattr(arr, "combine_chunks") else arr


def valid(arr: Any) -> np.ndarray:
    """Boolean mask of the non-null items of an Arrow array (or chunked array)."""
    arr = _combined(arr)
    n = len(arr)
    bitmap = arr.buffers()[0]
    if arr.null_count == 0 or bitmap is None:
        return np.ones(n, dtype=bool)
    bits = np.unpackbits(np.frombuffer(bitmap, dtype=np.uint8), bitorder="little")
    return bits[arr.offset:arr.offset + n].astype(bool)


def to_numpy(arr: Any, null: Any = None) -> np.ndarray:
    """A primitive Arrow array (integers, floats, booleans, dictionary indices) as numpy.

    Parameters
    ----------
    arr : pyarrow.Array or pyarrow.ChunkedArray
        Fixed-width values.
    null : scalar, optional
        Value put where the array is null (e.g. ``np.nan``, ``-1``); required when the
        array has nulls.

    Returns
    -------
    numpy.ndarray
        A read-only view of the Arrow buffer when there are no nulls (numeric types), else
        a new array. A caller that edits it in place copies it first.

    Raises
    ------
    TypeError
        For any other type (dates, text, decimals...): their buffers are not numpy's layout.
    """
    import pyarrow as pa

    arr = _combined(arr)
    n = len(arr)
    kind = arr.type
    if not (pa.types.is_integer(kind) or pa.types.is_floating(kind) or _is_bool(arr)):
        raise TypeError(f"to_numpy: integers, floats or booleans only, not {kind}")
    dtype = np.dtype(kind.to_pandas_dtype()) if not _is_bool(arr) else np.dtype(bool)
    data = arr.buffers()[1]
    if dtype == np.dtype(bool):  # bit-packed
        bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder="little")
        out = bits[arr.offset:arr.offset + n].astype(bool)
    elif data is None:  # pragma: no cover - an empty or all-null array of another layout
        out = np.zeros(n, dtype=dtype)
    else:  # a view of Arrow's memory: never to be written through
        out = np.frombuffer(data, dtype=dtype)[arr.offset:arr.offset + n]
        out.flags.writeable = False
    if arr.null_count:
        if null is None:
            raise ValueError("the array has nulls: say what to put in their place")
        out = np.where(valid(arr), out, np.asarray(null, dtype=out.dtype))
    return out


def _is_bool(arr: Any) -> bool:
    import pyarrow as pa

    return pa.types.is_boolean(arr.type)


def from_numpy(values: np.ndarray, mask: np.ndarray | None = None) -> Any:
    """A numeric numpy array as an Arrow array (no copy: it shares ``values``' memory),
    null where ``mask`` is true. Integers and floats only (Arrow's booleans are bits)."""
    import pyarrow as pa

    values = np.ascontiguousarray(values)
    if values.dtype.kind not in "iuf":
        raise TypeError(f"from_numpy: integers or floats only, not {values.dtype}")
    kind = pa.from_numpy_dtype(values.dtype)
    bitmap = None
    nulls = 0
    if mask is not None and mask.any():
        bitmap = pa.py_buffer(np.packbits(~np.asarray(mask, dtype=bool), bitorder="little"))
        nulls = int(mask.sum())
    return pa.Array.from_buffers(kind, len(values), [bitmap, pa.py_buffer(values)],
                                 null_count=nulls)


def with_nulls(text: Any, keep: np.ndarray) -> Any:
    """An Arrow text array (one chunk) with its items where ``keep`` is false made null:
    the same offsets and characters under another validity bitmap (no copy of the text).
    ``keep`` must already be false where ``text`` is null."""
    import pyarrow as pa

    n, start = len(text), text.offset
    bits = np.zeros(start + n, dtype=bool)  # the bitmap counts from the buffers' start
    bits[start:] = keep
    _, offsets, data = text.buffers()
    bitmap = pa.py_buffer(np.packbits(bits, bitorder="little"))
    return pa.Array.from_buffers(text.type, n, [bitmap, offsets,
                                                data if data is not None else pa.py_buffer(b"")],
                                 null_count=int(n - np.count_nonzero(keep)), offset=start)


def first_appearance(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Numbers (integers, or floats without NaN) numbered in order of first appearance, as
    ``pd.factorize``: per item its number, and the distinct values. Hashed by Arrow, not
    sorted (``np.unique`` sorts)."""
    enc = compute("dictionary_encode", from_numpy(np.asarray(keys)))
    return to_numpy(enc.indices).astype(np.intp), to_numpy(enc.dictionary).copy()


def read_csv(data: Any, **options: Any) -> Any:
    """``pyarrow.csv.read_csv`` of a file's path (mapped by Arrow) or of bytes in memory
    (any buffer: a mapped file, bytes), read where they are, by Arrow's threads.

    The threaded reader drops its last reference to its input from whichever worker
    finishes last, and that takes the GIL. Left to happen later, it can fall during the
    interpreter's shutdown (a short command), where the thread is killed inside a C++
    destructor and the process aborts after its output ("terminate called without an
    active exception", exit 134). So Arrow reads through a view of our own, and this
    returns once Arrow has let go of it (:func:`_released`).
    """
    import os

    import pyarrow as pa
    import pyarrow.csv as pacsv

    if isinstance(data, (str, os.PathLike)):
        return pacsv.read_csv(pa.memory_map(os.fspath(data)), **options)
    view = memoryview(data)
    try:
        return pacsv.read_csv(pa.BufferReader(pa.py_buffer(view)), **options)
    finally:
        _released(view)


def _released(view: memoryview, timeout: float = 5.0) -> None:
    """Wait until nothing exported from ``view`` is alive any more, then release it:
    ``memoryview.release`` refuses while an export lives (Arrow's, until its worker lets
    go: at once, in practice)."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            view.release()
            return
        except BufferError:
            if time.monotonic() > deadline:  # pragma: no cover - never seen
                return
            time.sleep(0.001)  # the GIL for the worker that holds it


def string_scalar(text: str) -> Any:
    """An Arrow string scalar, for compute functions (``pc.equal(col, string_scalar(""))``)."""
    import pyarrow as pa

    data = text.encode("utf-8")
    offsets = np.array([0, len(data)], dtype=np.int32)
    return pa.Array.from_buffers(pa.string(), 1, [None, pa.py_buffer(offsets),
                                                  pa.py_buffer(data)])[0]


def null_scalar(kind: Any) -> Any:
    """A null Arrow scalar of type ``kind``."""
    import pyarrow as pa

    return pa.nulls(1, kind)[0]
