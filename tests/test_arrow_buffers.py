"""barometre._arrow: Arrow <-> numpy through buffers, equal to pyarrow's own conversions,
without importing pandas (pyarrow's converters import it, #19)."""

import subprocess
import sys
import textwrap

import numpy as np
import pyarrow as pa
import pytest

from barometre import _arrow


@pytest.mark.parametrize("values, kind", [
    ([1, 2, 3], pa.int64()), ([1.5, None, -2.0], pa.float64()),
    ([True, False, None, True], pa.bool_()), ([None, None], pa.float64()), ([], pa.int32()),
    (list(range(100)), pa.int8()), ([None, 7], pa.int16()),
])
def test_to_numpy_matches_pyarrow(values, kind):
    arr = pa.array(values, type=kind)
    null = np.nan if pa.types.is_floating(arr.type) else 0
    got = _arrow.to_numpy(arr, null=False if pa.types.is_boolean(arr.type) else null)
    want = np.asarray(arr.fill_null(False if pa.types.is_boolean(arr.type) else null)
                      .to_numpy(zero_copy_only=False))
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(_arrow.valid(arr), np.asarray(arr.is_valid()))


def test_offsets_and_chunks():
    arr = pa.array([None, 1, 2, None, 4, 5, 6, 7, 8, 9], type=pa.int32()).slice(3, 5)
    np.testing.assert_array_equal(_arrow.to_numpy(arr, null=-1), [-1, 4, 5, 6, 7])
    np.testing.assert_array_equal(_arrow.valid(arr), [False, True, True, True, True])
    bits = pa.array([True, None, False, True, True, False, True, False, True]).slice(1)
    np.testing.assert_array_equal(_arrow.to_numpy(bits, null=True),
                                  [True, False, True, True, False, True, False, True])
    chunked = pa.chunked_array([pa.array([1, 2]), pa.array([3])])
    np.testing.assert_array_equal(_arrow.to_numpy(chunked), [1, 2, 3])


def test_nulls_need_a_filler():
    with pytest.raises(ValueError, match="nulls"):
        _arrow.to_numpy(pa.array([1, None]))


def test_from_numpy_and_scalars():
    x = np.array([3, 1, 2], dtype=np.int64)
    arr = _arrow.from_numpy(x, mask=np.array([False, True, False]))
    assert arr.to_pylist() == [3, None, 2]
    assert _arrow.from_numpy(np.array([0.5, 1.0])).to_pylist() == [0.5, 1.0]
    assert _arrow.string_scalar("Oui") == pa.scalar("Oui")
    assert _arrow.string_scalar("") == pa.scalar("")
    assert not _arrow.null_scalar(pa.string()).is_valid


def test_no_pandas_import():
    code = textwrap.dedent("""
        import sys
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc
        from barometre import _arrow
        col = pa.chunked_array([_arrow.from_numpy(np.arange(5))])
        assert _arrow.to_numpy(col).tolist() == [0, 1, 2, 3, 4]
        eq = pc.equal(pa.array(["a", ""], type=pa.string()) if False else
                      pc.cast(col, pa.string()), _arrow.string_scalar("3"))
        assert _arrow.to_numpy(eq, null=False).tolist() == [False] * 3 + [True, False]
        assert _arrow.valid(pc.if_else(eq, _arrow.null_scalar(pa.int64()), col)).sum() == 4
        assert "pandas" not in sys.modules, "pandas imported"
    """)
    subprocess.run([sys.executable, "-c", code], check=True)


def test_views_are_read_only_and_other_types_refused():
    arr = pa.array([1.0, 2.0, 3.0])
    view = _arrow.to_numpy(arr)
    with pytest.raises(ValueError):
        view[0] = 99.0  # never written through: Arrow's memory
    assert arr.to_pylist() == [1.0, 2.0, 3.0]
    with pytest.raises(TypeError):
        _arrow.to_numpy(pa.array([1, 2], type=pa.date32()))
    with pytest.raises(TypeError):
        _arrow.to_numpy(pa.array(["a"]))
    with pytest.raises(TypeError):
        _arrow.from_numpy(np.array([True, False]))


def test_blank_as_missing_nulls_the_empty_cells_as_pyarrow_compute_does():
    """The buffer-made bitmap (#19) against pc.if_else(pc.equal(col, "")): slices (offsets),
    chunks, nulls already there, both string types, an all-empty chunk."""
    import random

    import pyarrow as pa
    import pyarrow.compute as pc

    from barometre.survey.raw import blank_as_missing

    def reference(col):
        return pc.if_else(pc.equal(col, pa.scalar("", col.type)), pa.scalar(None, col.type), col)

    rng = random.Random(1)
    cases = [[""] * 5, []]
    cases += [[rng.choice(["", "12", None, "abc", "é", "0"]) for _ in range(rng.randint(0, 40))]
              for _ in range(100)]
    for values in cases:
        for kind in (pa.string(), pa.large_string()):
            arr = pa.array(values, type=kind)
            for part in (arr, arr.slice(3, 10), arr.slice(1)):
                got = blank_as_missing(part)
                got.validate(full=True)
                want = reference(part)
                assert got.to_pylist() == want.to_pylist() and got.null_count == want.null_count
            chunked = pa.chunked_array([arr.slice(2), arr], type=kind)
            got = blank_as_missing(chunked)
            got.validate(full=True)
            assert got.type == kind and got.to_pylist() == reference(chunked).to_pylist()
