"""Arrow's threaded CSV reader is never handed memory owned by a Python object.

A ``pa.py_buffer`` given to ``pyarrow.csv.read_csv`` is released by whichever worker
thread drops it last, which takes the GIL to do so. When that happens while the
interpreter shuts down (a short command: ``validate`` of a small file), the thread is
killed inside a C++ destructor and the process aborts after its output ("terminate
called without an active exception", exit 134; a core dump of ``barometre validate``
showed the reference table's reader doing this). The readers hand Arrow a file it maps
itself, or bytes copied into Arrow's memory (``_arrow.owned_buffer``).
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
    """What each call of pyarrow.csv.read_csv is given."""
    seen = []
    real = pacsv.read_csv

    def recording(source, *args, **kwargs):
        seen.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(pacsv, "read_csv", recording)
    return seen


def _address(source) -> int | None:
    """The address of the memory a buffer source reads (None: a file Arrow opens itself)."""
    if isinstance(source, (str, pa.MemoryMappedFile)):
        return None
    if isinstance(source, pa.BufferReader):
        source.seek(0)
        source = source.read_buffer()
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
    assert _address(sources[0]) != np.frombuffer(Raw.data, dtype=np.uint8).ctypes.data


def test_a_large_csv_is_mapped_by_arrow_and_bytes_copied(sources, tmp_path):
    from barometre.survey import columnar, fastcsv

    lines = ["code;plateforme;present;abonnes;date"]
    lines += [f"{d:02d};Facebook;Oui;{k};15/10/2024" for k in range(50_000) for d in (1, 2, 3)]
    text = "\n".join(lines) + "\n"
    big = tmp_path / "releves.csv"
    big.write_text(text, encoding="utf-8")
    assert big.stat().st_size > fastcsv.FAST_CSV_BYTES
    raw, rows, header = fastcsv._read_csv_fast(big)
    assert len(rows) == 150_000 and header[0] == "code"
    assert len(sources) == 1 and isinstance(sources[0], pa.MemoryMappedFile)
    # bytes in memory (a file re-encoded from UTF-16): copied into Arrow's memory
    data = text.encode("utf-8")
    cols = columnar.read_csv_columns(data, ";", 1, 5, [0, 1], {0: "category", 1: "category"},
                                     "utf-8")
    assert len(cols) == 150_000 and len(sources) == 2
    assert _address(sources[1]) != np.frombuffer(data, dtype=np.uint8).ctypes.data
