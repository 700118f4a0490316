"""The reader's memory: no reference cycle left behind, rows dropped in place (#19)."""

from __future__ import annotations

import gc
import types

import numpy as np
import pytest

from barometre.survey.normalize import _drop_rows
from barometre.survey.reader import read_coded


def test_read_coded_leaves_no_cycle_holding_the_readers_frames(tmp_path):
    # an unknown entity's error is kept as a result: with its traceback, its frames (up to
    # _normalize's arrays) sat in a cycle until a full collection (read_coded runs none)
    path = tmp_path / "communes.csv"
    path.write_text("code;plateforme;present;date\n01001;Facebook;Oui;15/10/2024\n"
                    "99999;Facebook;Oui;15/10/2024\n0100;X;Non;15/10/2024\n", encoding="utf-8")
    gc.collect()
    flags = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        coded = read_coded(path, type="commune", errors="skip")
        gc.collect()
        frames = [o.f_code.co_name for o in gc.garbage if isinstance(o, types.FrameType)]
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    assert len(coded) == 1
    assert frames == []


@pytest.mark.parametrize("seed", range(6))
def test_drop_rows_is_a_boolean_filter(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 300))
    drop = rng.random(n) < [0.0, 0.01, 0.1, 0.5, 1.0, 0.02][seed]
    caller = np.arange(n) * 3  # the caller's: never overwritten
    read_only = np.arange(n, dtype=float)
    read_only.flags.writeable = False
    arrays = [(np.arange(n) % 100).astype(np.int8), rng.random(n), caller[::-1].copy(), caller,
              read_only, caller[:n]]
    expected = [a[~drop] for a in arrays]
    got = _drop_rows(arrays, drop, shared=(caller,))
    for e, g in zip(expected, got):
        assert g.dtype == e.dtype and np.array_equal(g, e)
    assert np.array_equal(caller, np.arange(n) * 3) and np.array_equal(read_only, np.arange(n))


def test_platform_codes_fit_the_readers_int8():
    """The reader holds platform codes as int8 (`_read_block`): the registry must stay
    below 128 platforms, or the codes would wrap silently."""
    from barometre.survey.normalize import PLATFORM_IDS

    assert len(PLATFORM_IDS) < np.iinfo(np.int8).max


def test_row_numbers_are_int32_until_they_cannot_be():
    """The columnar readers' row numbers (millions of them) in int32: half the memory
    touched (#19, benchmarks/README.md, seventeenth pass); int64 past 2**31."""
    import numpy as np

    from barometre.survey.raw import row_numbers

    r = row_numbers(2, 5)
    assert r.dtype == np.int32 and r.tolist() == [2, 3, 4, 5, 6]
    big = row_numbers(2**31 - 3, 5)
    assert big.dtype == np.int64 and big.tolist()[-1] == 2**31 + 1


def test_the_readings_keep_the_readers_int32_row_numbers(tmp_path):
    """The readings' ``source_row`` is the columnar reader's int32 array (compacted in
    place), not an int64 copy of millions of row numbers; the tidy frame still gives int64
    (#19)."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from barometre.survey.reader import read_survey

    path = tmp_path / "communes.parquet"
    pq.write_table(pa.table({"code": ["01001", "99999", "01002"],
                             "plateforme": ["Facebook", "Facebook", "X"],
                             "present": ["Oui", "Oui", "Non"],
                             "date": ["15/10/2024"] * 3}), path)
    coded = read_coded(path, type="commune", errors="skip")
    assert coded.source_row.dtype == np.int32 and coded.source_row.tolist() == [2, 4]
    frame = read_survey(path, type="commune", errors="skip")
    assert frame["source_row"].dtype == np.int64 and frame["source_row"].tolist() == [2, 4]
