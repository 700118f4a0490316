"""Passes shared between threads (barometre._parallel): the same results, byte for byte,
as one pass, whatever the number of threads and wherever the parts' borders fall."""

from __future__ import annotations

import numpy as np
import pytest

import barometre as bm
from barometre import _parallel
from barometre.analysis import grouping
from barometre.analysis.survey import compare_survey_records
from barometre.survey.reader import read_coded


@pytest.fixture
def threads(monkeypatch):
    """Set the number of threads (and parts as small as one slice)."""
    monkeypatch.setattr(_parallel, "LEAST", 1)

    def use(n: int) -> None:
        monkeypatch.setenv("BAROMETRE_THREADS", str(n))
    return use


@pytest.mark.parametrize("n", [0, 1, 5, 64, 65, 1000, 4097])
@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_parts_cover_the_range_in_order_on_whole_slices(threads, n, k):
    threads(k)
    got = _parallel.parts(n, 64, lambda a, b: (a, b))
    assert got[0][0] == 0 and got[-1][1] == n
    assert all(a[1] == b[0] for a, b in zip(got[:-1], got[1:]))
    assert all(a % 64 == 0 for a, _ in got)  # each part starts a slice of the one pass
    assert len(got) == (min(k, max(1, n // 64)) if n > 64 else 1) or n <= 64 * len(got)


def test_threads_follow_the_environment(monkeypatch):
    monkeypatch.setenv("BAROMETRE_THREADS", "1")
    assert _parallel.threads() == 1
    monkeypatch.setenv("BAROMETRE_THREADS", "3")
    assert _parallel.threads() == 3
    monkeypatch.setenv("BAROMETRE_THREADS", "99")
    assert _parallel.threads() == _parallel.MAX_THREADS
    monkeypatch.setenv("BAROMETRE_THREADS", "zero")  # not a number: the cores decide
    assert 1 <= _parallel.threads() <= _parallel.MAX_THREADS


def test_a_pass_inside_a_pass_runs_in_place(threads):
    """A thread of the pool asking for a pass does not wait for a free thread (none may be)."""
    import threading

    threads(2)
    outer = _parallel.each(lambda i: (threading.current_thread().name,
                                      _parallel.each(lambda j: threading.current_thread().name,
                                                     range(3))), range(4))
    for name, inner in outer:
        assert inner == [name] * 3


@pytest.mark.parametrize("k", [1, 2, 3])
def test_increasing_sees_a_repeat_at_a_border(threads, k):
    threads(k)
    key = np.arange(10_000, dtype=np.int64)
    check = lambda key: _parallel.increasing(len(key), 64, lambda a, b: key[a:b])  # noqa: E731
    assert check(key)
    for at in (1, 63, 64, 65, 3_333, 5_000, 6_656, 9_999):  # borders of 2 and 3 parts
        bad = key.copy()
        bad[at] = bad[at - 1]
        assert not check(bad), at
        back = key.copy()
        back[at:] -= 1  # equal to the one before: a repeat exactly there
        assert not check(back), at
    assert check(key[:0]) and check(key[:1])


@pytest.mark.parametrize("k", [2, 3])
def test_grouping_passes_equal_one_pass(threads, k):
    rng = np.random.default_rng(7)
    n = 300_000
    a, b = rng.integers(-1, 40, n), rng.integers(-1, 12, n)
    threads(1)
    key1, size1 = grouping.combine([a, b], [40, 12])
    first1 = grouping.first_positions(key1, size1)
    years = np.where(rng.random(n) < 0.1, np.nan, rng.integers(2010, 2026, n).astype(float))
    codes1 = grouping.year_codes(years)
    threads(k)
    key, size = grouping.combine([a, b], [40, 12])
    assert size == size1 and np.array_equal(key, key1)
    assert np.array_equal(grouping.first_positions(key, size), first1)
    codes = grouping.year_codes(years)
    assert np.array_equal(codes[0], codes1[0]) and codes[0].dtype == codes1[0].dtype
    assert np.array_equal(codes[1], codes1[1], equal_nan=True)
    years[123_456] = 2015.5  # not a whole year, in the second part: factorized, as in one pass
    threads(1)
    want = grouping.year_codes(years)
    threads(k)
    got = grouping.year_codes(years)
    assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1], equal_nan=True)


def _survey(path, rng):
    """A long survey of ~150,000 readings: départements × platforms × dates, with bad
    cells, blanks, a duplicate across the file and rows out of order."""
    deps = [f"{i:02d}" for i in range(1, 96) if i != 20] + ["2A", "2B"]
    plats = ["Facebook", "Instagram", "X", "LinkedIn", "YouTube", "TikTok"]
    lines = ["code;plateforme;present;abonnes;date"]
    for d in deps:
        for p in plats:
            for y in range(2006, 2026):
                for m in range(1, 13):
                    present = rng.choice(["Oui", "Non", "oui", "x", ""],
                                         p=[.6, .25, .05, .05, .05])
                    # counts below the smallest département's population (Lozère, 76 486):
                    # more followers than inhabitants is said (count-above-population)
                    count = (str(rng.integers(0, 20_000)) if present in ("Oui", "oui", "x")
                             else "")
                    lines.append(f"{d};{p};{present};{count};{m:02d}/{m:02d}/{y}")
    bad = rng.choice(np.arange(1, len(lines)), 40, replace=False)
    for i, at in enumerate(sorted(bad)):
        c = lines[at].split(";")
        if i % 4 == 0:
            c[3] = "12 345"
        elif i % 4 == 1:
            c[3] = "beaucoup"  # not a count ("N/A" says it is unknown: a warning)
        elif i % 4 == 2:
            c[2] = "peut-être"
        else:
            c[4] = "31/02/2020"
        lines[at] = ";".join(c)
    lines.append(lines[70_000])  # a duplicate far from its twin
    lines[90_000], lines[90_001] = lines[90_001], lines[90_000]  # out of order
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("arrow", [False, True])
def test_a_large_survey_reads_and_counts_alike_on_one_thread_and_several(
        tmp_path, threads, monkeypatch, arrow):
    """Problems (codes, rows, columns, messages), coded readings and the compare records,
    byte for byte, on one thread and on two and three (parts of one slice upward), read by
    the general reader and by Arrow's (in chunks of 256 KiB: the counts' chunks shared)."""
    from barometre.survey import columnar, fastcsv

    if arrow:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        monkeypatch.setattr(columnar, "BLOCK_BYTES", 1 << 18)
    path = tmp_path / "enquete.csv"
    _survey(path, np.random.default_rng(3))
    seen = []
    for k in (1, 2, 3):
        threads(k)
        problems = [p.to_dict() for p in bm.validate(path, type="departement")]
        coded = read_coded(path, type="departement", errors="skip")
        records = compare_survey_records(coded)
        arrays = {name: getattr(coded, name) for name in ("entity", "platform", "present",
                                                           "date", "year", "source_row")}
        seen.append((problems, records, arrays))
    (p1, r1, a1) = seen[0]
    assert len(p1) >= 40 and {"duplicate-rows", "count-invalid"} <= {p["code"] for p in p1}
    for problems, records, arrays in seen[1:]:
        assert problems == p1
        assert records == r1
        for name, values in arrays.items():
            assert values.dtype == a1[name].dtype and np.array_equal(
                values, a1[name], equal_nan=values.dtype.kind == "f"), name


def test_a_child_made_by_fork_runs_its_passes(threads):
    """multiprocessing's fork (Linux's default) copies the pool but not its threads: the
    child makes its own pool instead of waiting for threads that are not there."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    threads(2)
    assert _parallel.each(lambda x: x * 2, range(4)) == [0, 2, 4, 6]  # the parent's pool
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1) as pool:
        got = pool.apply_async(_double_in_threads).get(timeout=60)
    assert got == [0, 2, 4, 6]


def _double_in_threads():
    return _parallel.each(lambda x: x * 2, range(4))
