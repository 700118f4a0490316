"""Arrow's threaded CSV reader is never handed memory owned by a Python object.

A ``pa.py_buffer`` given to ``pyarrow.csv.read_csv`` is released by whichever worker
thread drops it last, which takes the GIL to do so. When that happens while the
interpreter shuts down (a short command: ``validate`` of a small file), the thread is
killed inside a C++ destructor and the process aborts after its output ("terminate
called without an active exception", exit 134; a core dump of ``barometre validate``
showed the reference table's reader doing this). The reference tables hand Arrow bytes
copied into its own memory (``_arrow.owned_buffer``); the survey reader hands it the mapped
file through a view that it releases, after Arrow has let go, before returning.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from barometre._arrow import owned_buffer


def test_owned_buffer_copies_into_arrows_memory():
    data = b"code;nom\n01001;L'Abergement\n"
    buf = owned_buffer(data)
    assert buf.to_pybytes() == data and buf.size == len(data)
    assert buf.address != np.frombuffer(data, dtype=np.uint8).ctypes.data  # a copy
    view = memoryview(bytearray(b"abc"))
    assert owned_buffer(view).to_pybytes() == b"abc" and owned_buffer(b"").size == 0


@pytest.fixture
def sources(monkeypatch):
    """What each call of pyarrow.csv.read_csv is given: (kind, address of the bytes read).
    Only those are kept: holding the reader would hold its view of the caller's bytes."""
    seen = []
    real = pacsv.read_csv

    def recording(source, *args, **kwargs):
        seen.append((type(source).__name__, _address(source)))
        return real(source, *args, **kwargs)

    monkeypatch.setattr(pacsv, "read_csv", recording)
    return seen


def _address(source) -> int | None:
    """The address of the memory a buffer source reads (None: a file Arrow opens itself)."""
    if isinstance(source, (str, pa.MemoryMappedFile)):
        return None
    if isinstance(source, pa.BufferReader):
        source.seek(0)
        address = source.read_buffer().address
        source.seek(0)
        return address
    assert isinstance(source, pa.Buffer), type(source)
    return source.address


def test_the_reference_tables_are_read_from_arrows_memory(sources):
    from barometre.datasets import reference

    reference._columns.cache_clear()
    real = reference.data_bytes

    class Raw:  # the packaged bytes, kept to compare addresses
        data = None

    def data_bytes(*parts):
        Raw.data = real(*parts)
        return Raw.data

    try:
        reference.data_bytes = data_bytes
        reference._columns("regions.csv")
    finally:
        reference.data_bytes = real
        reference._columns.cache_clear()
    assert len(sources) == 1
    assert sources[0][1] != np.frombuffer(Raw.data, dtype=np.uint8).ctypes.data  # a copy


def test_a_large_csv_leaves_arrow_holding_nothing_of_ours(sources, tmp_path):
    """The survey file's bytes (its mapping, or a buffer re-encoded in memory) are read where
    they are, and Arrow has let go of them when the reader returns: the mapping can be
    closed and a bytearray resized at once (both refuse while a view is exported)."""
    import mmap

    from barometre.survey import columnar, fastcsv

    lines = ["code;plateforme;present;abonnes;date"]
    lines += [f"{d:02d};Facebook;Oui;{k};15/10/2024" for k in range(50_000) for d in (1, 2, 3)]
    text = "\n".join(lines) + "\n"
    big = tmp_path / "releves.csv"
    big.write_text(text, encoding="utf-8")
    assert big.stat().st_size > fastcsv.FAST_CSV_BYTES
    raw, rows, header = fastcsv._read_csv_fast(big)
    assert len(rows) == 150_000 and header[0] == "code" and len(sources) == 1
    args = ([0, 1], {0: "category", 1: "category"}, "utf-8")
    with open(big, "rb") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    cols = columnar.read_csv_columns(mapped, ";", 1, 5, *args)
    assert len(cols) == 150_000
    mapped.close()  # BufferError if a view of it were still exported
    data = bytearray(text.encode("utf-8"))
    cols = columnar.read_csv_columns(data, ";", 1, 5, *args)
    assert len(cols) == 150_000
    data.append(0)  # BufferError if a view of it were still exported
    assert [kind for kind, _ in sources] == ["BufferReader"] * 3
