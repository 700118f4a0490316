"""The progress line of long commands (#19.5): on a terminal only, after a delay, then gone."""

from __future__ import annotations

import io
import time

from barometre.cli import progress
from barometre.cli.chrome import LANG
from barometre.cli.progress import working

from .conftest import ROOT


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_stderr_is_not_a_terminal():
    out = io.StringIO()
    with working("progress-read", stream=out, delay=0, file="x.csv") as line:
        time.sleep(0.05)
    assert line is None
    assert out.getvalue() == ""


def test_silent_when_switched_off(monkeypatch):
    monkeypatch.setenv("BAROMETRE_PROGRESS", "0")
    assert not progress.enabled(_Terminal())
    with working("progress-read", stream=_Terminal(), delay=0, file="x.csv") as line:
        assert line is None


def test_shown_on_a_terminal_then_removed():
    term = _Terminal()
    token = LANG.set("fr")  # the language of the command line (another test may have left "en")
    with working("progress-read", stream=term, delay=0, file="enquete.csv") as line:
        for _ in range(500):  # the timer thread starts it: wait for it, not for a duration
            if line.shown:
                break
            time.sleep(0.01)
        assert line.shown
    assert not line.shown
    LANG.reset(token)
    assert "Lecture de enquete.csv…" in term.getvalue()


def test_quick_work_shows_nothing():
    term = _Terminal()
    with working("progress-read", stream=term, delay=60, file="enquete.csv") as line:
        pass
    assert not line.shown
    assert term.getvalue() == ""


def test_cli_output_has_no_progress_line(cli):
    res = cli("validate", ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv")
    assert "Vérification" not in res.output and "Vérification" not in res.stderr
