"""The reader's per-row passes done on the few flagged rows (issue #19): each helper
against the plain formulation it replaces."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest


def _chunked(cells: list, typ) -> object:
    """Sliced chunks (offsets not at zero), an empty one, one all null, one all digits."""
    import pyarrow as pa

    whole = pa.array(cells, type=typ)
    k = len(cells) // 3
    return pa.chunked_array([whole.slice(1, k), whole.slice(k, 0), pa.nulls(3, typ),
                             pa.array(["1", "22", "333"], type=typ), whole.slice(k + 1)],
                            type=typ)


@pytest.mark.parametrize("large", [False, True])
def test_counts_of_arrow_chunks_read_as_each_cell_alone(large):
    import pyarrow as pa

    from barometre.survey.raw import RowColumn
    from barometre.survey.values import parse_count_column

    cells = ["12", "", None, "0012", "12 345", "1,000", "1,2 k", "x", "-5", "999999999",
             "1000000001", "007", None, "\u0663", "12,5", "9", "", "1.000", "N/A", "3"] * 7
    typ = pa.large_string() if large else pa.string()
    arr = _chunked(cells, typ)
    got = parse_count_column(RowColumn(arr))
    expected = parse_count_column(pd.Series(arr.to_pylist(), dtype=object))
    np.testing.assert_array_equal(got[0], expected[0])
    assert got[0].dtype == np.float64
    for a, b in zip(got[1:], expected[1:]):
        assert a[0].tolist() == b[0].tolist() and a[1] == b[1]
    # plain digits only, with blanks: no cell left to parse
    clean = _chunked(["1", None, "", "23", "456"] * 9, typ)
    values, errors, notes = parse_count_column(RowColumn(clean))
    expected = [np.nan if v in (None, "") else float(v) for v in clean.to_pylist()]
    np.testing.assert_array_equal(values, expected)
    assert not len(errors[0]) and not len(notes[0])


def test_numbers_of_integers_with_gaps_as_floats():
    import pyarrow as pa

    from barometre.survey.raw import numbers_of

    whole = pa.array([1, None, 3, 2 ** 40, None, -7, 0, None], type=pa.int64())
    arr = pa.chunked_array([whole.slice(1, 4), pa.nulls(2, pa.int64()), whole.slice(5),
                            whole.slice(0, 0)])
    got = numbers_of(arr)
    assert got.dtype == np.float64
    np.testing.assert_array_equal(got, [np.nan, 3, 2 ** 40, np.nan, np.nan, np.nan, -7, 0,
                                        np.nan])
    np.testing.assert_array_equal(numbers_of(pa.array([4, 5], type=pa.int32())), [4, 5])


@pytest.mark.parametrize("dtype", [np.int32, np.intp, np.int8])
@pytest.mark.parametrize("n", [0, 5, (1 << 16) * 3 + 7])
def test_rows_looked_up_slice_by_slice_as_at_once(dtype, n):
    from barometre.survey.normalize import _flagged, _gather

    rng = np.random.default_rng(n)
    codes = rng.integers(-1, 5, n).astype(dtype)  # -1: missing, the table's last item
    dates = np.array(["2020-01-01", "NaT", "2099-01-01", "1999-05-05", "2024-10-15", "NaT"],
                     dtype="datetime64[s]")
    for table in (dates, np.array([2020.0, np.nan, 2099, 1999, 2024, np.nan])):
        got = _gather(table, codes)
        assert got.dtype == table.dtype
        np.testing.assert_array_equal(got, table[codes])
    flags = np.array([0, 1, 2, 3, 0, 0], dtype=np.uint8)
    np.testing.assert_array_equal(_flagged(flags, codes), np.flatnonzero(flags[codes]))
    np.testing.assert_array_equal(_flagged(np.zeros(6, np.uint8), codes), [])
