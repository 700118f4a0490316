"""Arrow's threaded CSV reader never outlives its hold on memory owned by Python.

A ``pa.py_buffer`` given to ``pyarrow.csv.read_csv`` is released by whichever worker
thread drops it last, which takes the GIL to do so. When that happens while the
interpreter shuts down (a short command: ``validate`` of a small file), the thread is
killed inside a C++ destructor and the process aborts after its output ("terminate
called without an active exception", exit 134; a core dump of ``barometre validate``
showed the reference table's reader doing this). Every CSV read by Arrow goes through
``_arrow.read_csv``: Arrow reads the bytes where they are, through a view that is
released, once Arrow has let go, before the call returns.
"""

from __future__ import annotations

import pyarrow.csv as pacsv
import pytest

from barometre import _arrow


@pytest.fixture
def sources(monkeypatch):
    """The kind of input each call of pyarrow.csv.read_csv is given (only its name: holding
    the reader would hold its view of the caller's bytes)."""
    seen = []
    real = pacsv.read_csv

    def recording(source, *args, **kwargs):
        seen.append(type(source).__name__)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(pacsv, "read_csv", recording)
    return seen


def test_read_csv_leaves_nothing_of_ours_exported(sources, tmp_path):
    """A bytearray refuses to grow while a view of it is exported: after read_csv it grows;
    a path is mapped by Arrow itself."""
    data = bytearray(b"code;nom\n" + b"01001;L'Abergement\n" * 1000)
    table = _arrow.read_csv(data, parse_options=pacsv.ParseOptions(delimiter=";"))
    assert table.num_rows == 1000
    data.append(0)  # BufferError if a view of it were still exported
    path = tmp_path / "t.csv"
    path.write_bytes(b"a;b\n1;2\n")
    assert _arrow.read_csv(path, parse_options=pacsv.ParseOptions(delimiter=";")).num_rows == 1
    assert sources == ["BufferReader", "MemoryMappedFile"]


def test_the_reference_tables_are_read_through_read_csv(sources, monkeypatch):
    from barometre.datasets import reference

    given = []
    real = reference.data_bytes

    def as_bytearray(*parts):  # a bytearray says whether a view of it is still exported
        given.append(bytearray(real(*parts)))
        return given[-1]

    reference._columns.cache_clear()
    monkeypatch.setattr(reference, "data_bytes", as_bytearray)
    try:
        assert reference._columns("regions.csv")["code"][:2] == ("01", "02")
    finally:
        reference._columns.cache_clear()
    given[0].append(0)  # BufferError if a view of it were still exported
    assert sources == ["BufferReader"]


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
    assert sources == ["BufferReader"] * 3
