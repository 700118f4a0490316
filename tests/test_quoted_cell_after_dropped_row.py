"""A warning quotes its own row's cell, even after rows above it were left out.

A user review (rev27b) found `validate` quoting row 2's « 98 500 » in the warning on row 3's
« 1 500 000 » when row 2's entity was unknown: the rows of one block are compacted in place
once a row is left out, and the cells quoted were found through the compacted row numbers.
The count read from an abbreviated cell (« 45,3 k ») lost its typed text the same way.
"""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import barometre as bm
from barometre.survey import fastcsv

HEADER = "SIREN;Métropole;Facebook;Abonnés Facebook;Date du relevé\n"
#: métropoles whose populations are far below 1 500 000: such a count is a warning
BIG = [("243300316", "Bordeaux Métropole"), ("244400404", "Nantes Métropole"),
       ("243500139", "Rennes Métropole"), ("244500468", "Orléans Métropole")]


@pytest.fixture(params=[False, True], ids=["small-file reader", "columnar reader"])
def fast(request, monkeypatch):
    if request.param:  # the Arrow path of large files, on a small file
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    return request.param


def test_the_warning_quotes_its_own_rows_count(tmp_path, fast):
    path = tmp_path / "enquete.csv"
    path.write_text(HEADER + ";Rennes Métrople;Oui;98 500;15/10/2025\n"
                    "243300316;Bordeaux Métropole;Oui;1 500 000;15/10/2025\n"
                    "244400404;Nantes Métropole;Oui;120 000;15/10/2025\n", encoding="utf-8")
    found = [(p.row, p.code, p.value) for p in bm.validate(path)]
    assert (2, "unknown-entity", "Rennes Métrople") in found
    assert (3, "count-above-population", "1 500 000") in found
    result = [p for p in bm.validate(path) if p.row == 3][0]
    assert "98 500" not in result.describe()


def test_a_rounded_count_keeps_its_typed_cell_after_a_row_left_out(tmp_path, fast):
    path = tmp_path / "enquete.csv"
    path.write_text(HEADER + ";Rennes Métrople;Oui;98 500;15/10/2025\n"
                    "243300316;Bordeaux Métropole;Oui;45,3 k;15/10/2025\n"
                    "244400404;Nantes Métropole;Oui;120 000;15/10/2025\n", encoding="utf-8")
    df = bm.read_survey(path, errors="skip")
    got = {c: (t if isinstance(t, str) else None)
           for c, t in zip(df["code"], df["followers_typed"])}
    assert got == {"243300316": "45,3 k", "244400404": None}


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.booleans(), st.integers(0, len(BIG) - 1),
                               st.sampled_from(["1 500 000", "2 000 000", "1,5 M", "2,5 M",
                                                "12 000", "3,2 k"])),
                     min_size=1, max_size=12))
def test_every_quoted_count_is_the_cell_of_its_row(tmp_path_factory, fast, rows):
    """Any mix of rows left out (an unknown name) and counts warned about: each count
    warning's value is the cell at its row and column in the file."""
    body = []
    for k, (unknown, which, count) in enumerate(rows):
        code, name = BIG[which]
        # one reading per entity and date: the rows differ by their day
        day = f"{k % 28 + 1:02d}/10/2025"
        body.append(f";Métrople inconnue {k};Oui;{count};{day}" if unknown
                    else f"{code};{name};Oui;{count};{day}")
    path = tmp_path_factory.mktemp("q") / "enquete.csv"
    path.write_text(HEADER + "\n".join(body) + "\n", encoding="utf-8")
    cells = {i + 2: r for i, r in enumerate(csv.reader(io.StringIO("\n".join(body)),
                                                       delimiter=";"))}
    counted = 0
    for p in bm.validate(path):
        if p.column == "Abonnés Facebook" and p.row is not None and p.value not in (None, ""):
            assert p.value == cells[p.row][3], (p.code, p.row)
            counted += 1
    big = [r for r in rows if not r[0] and r[2] not in ("12 000", "3,2 k")]
    assert counted >= len(big)  # each large count of a known métropole is warned about
