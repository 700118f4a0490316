"""barometre._memory: no huge-page advice and no automatic collection while millions of
readings are read and counted (#19)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from barometre import _memory
import gc

from barometre._memory import BLAS_ENV, ENV, bulk, for_bulk, paused_collector, small_pages

multiarray = pytest.importorskip("numpy._core.multiarray")


@pytest.fixture
def advice():
    """numpy's huge-page advice, set to True for the test and restored after."""
    before = multiarray._set_madvise_hugepage(True)
    yield multiarray._get_madvise_hugepage
    multiarray._set_madvise_hugepage(before)


def test_small_pages_turns_the_advice_off_and_restores_it(advice, monkeypatch):
    monkeypatch.setattr(_memory, "_USERS", None)
    with small_pages():
        assert advice() is False
    assert advice() is True


def test_small_pages_restores_the_advice_after_an_error(advice, monkeypatch):
    monkeypatch.setattr(_memory, "_USERS", None)
    with pytest.raises(ZeroDivisionError), small_pages():
        1 / 0
    assert advice() is True


def test_a_users_own_setting_is_respected(advice, monkeypatch):
    monkeypatch.setattr(_memory, "_USERS", "1")
    with small_pages():
        assert advice() is True


def test_the_command_lines_own_default_does_not_stop_small_pages(advice, monkeypatch):
    """numpy imported before the command line's main() (a Python session): the variable
    it sets comes too late for numpy, so small_pages still switches the advice off."""
    monkeypatch.setattr(_memory, "_USERS", None)
    monkeypatch.setenv(ENV, "0")
    with small_pages():
        assert advice() is False


def test_paused_collector_restores_the_collector_even_after_an_error():
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), paused_collector():
        assert not gc.isenabled()
        1 / 0
    assert gc.isenabled()
    gc.disable()  # a caller who turned it off keeps it off
    try:
        with paused_collector():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_reader_the_validation_and_the_counting_run_in_bulk(advice, monkeypatch, tmp_path):
    from barometre.analysis import survey
    from barometre.survey import reader

    monkeypatch.setattr(_memory, "_USERS", None)
    seen = []
    monkeypatch.setattr(reader, "_parse",
                        lambda *a, **k: seen.append((advice(), gc.isenabled())) or 1 / 0)
    with pytest.raises(ZeroDivisionError):
        reader._read(None, None, None, "raise", None, None)
    (tmp_path / "enquete.csv").write_text("Code;Facebook\n01;Oui\n")  # read: not missing
    with pytest.raises(ZeroDivisionError):
        reader.validate(tmp_path / "enquete.csv")
    assert seen == [(False, False)] * 2 and advice() is True and gc.isenabled()
    assert survey._adoption_records.__wrapped__  # decorated by for_bulk
    assert for_bulk(lambda: (advice(), gc.isenabled()))() == (False, False)
    with bulk():
        assert advice() is False and not gc.isenabled()
    assert advice() is True and gc.isenabled()


def test_the_command_line_sets_the_variable_before_numpy_is_imported():
    code = ("import os, sys\nfrom barometre.cli import main\nsys.argv = ['barometre', 'types']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "import numpy._core.multiarray as m\nprint(os.environ['NUMPY_MADVISE_HUGEPAGE'], "
            "m._get_madvise_hugepage())")
    env = {k: v for k, v in __import__("os").environ.items() if k != ENV}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout.splitlines()[-1]
    assert out == "0 False"


def test_the_command_line_runs_its_command_without_automatic_collection(monkeypatch):
    """One command per process: no automatic collection while it runs (its start-up
    passes cost 20-120 ms); the collector is back after, for a session that called main()."""
    from barometre import cli
    from barometre.cli import app

    seen = []
    monkeypatch.setattr(app, "main", lambda: seen.append(gc.isenabled()))
    cli.main()
    assert seen == [False] and gc.isenabled()
    monkeypatch.setattr(app, "main", lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        cli.main()
    assert gc.isenabled()


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads counted in /proc")
def test_the_command_line_starts_no_blas_threads():
    """numpy's OpenBLAS starts a thread per core at import, which spins beside Arrow's
    read (#19): the command line asks for one, unless the user chose a number."""
    code = ("import os, sys\nbefore = len(os.listdir('/proc/self/task'))\n"
            "from barometre.cli import main\nsys.argv = ['barometre', 'types']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nimport numpy\n"
            "print(os.environ['OPENBLAS_NUM_THREADS'], len(os.listdir('/proc/self/task')) - before)")
    env = {k: v for k, v in os.environ.items() if k != BLAS_ENV}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout.splitlines()[-1]
    assert out == "1 0"
    env[BLAS_ENV] = "2"  # the user's own number is theirs
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout.splitlines()[-1]
    assert out.split()[0] == "2"
