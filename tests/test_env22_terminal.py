"""A hostile terminal and filesystem, the last cases (env22): Ctrl-C while the arguments are
parsed or the command starts is said as anywhere else; an ``-o`` file one may not read, or in
a folder one may not search, is refused in barometre's one line; a survey piped to ``-`` is
read and named « entrée standard » (the progress line too, never the temporary copy); one
function says what a stream is; a table on a Latin-1 terminal keeps its columns where
« œ » is written « oe »."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from barometre import demo_file

from .test_env21b_inputs import SRC, needs_permissions, run

DEMOCSV = demo_file("vague-2025")


# ----------------------------------------------------------------- 1. interrupts

_INTERRUPT_AT = """
import os, signal, sys
where = sys.argv.pop(1)
import barometre.cli as c
from barometre.cli import chrome

def kill(*a, **kw):
    os.kill(os.getpid(), signal.SIGINT)

if where == "start":  # the handlers are set, main() not called yet
    c._buffered_stdout = kill
else:  # the group's own arguments being parsed (`barometre --lang en rank …`)
    real = chrome.Group.parse_args
    def parse_args(self, ctx, args):
        kill()
        return real(self, ctx, args)
    chrome.Group.parse_args = parse_args
c.console()
"""


@pytest.mark.parametrize("where", ["start", "parsing"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_interrupt_while_starting_or_parsing_is_said(where, lang):
    """Ctrl-C while the arguments were parsed: Typer made it a silent status 130; while the
    command started (its signal handlers set): a traceback, killed by SIGINT. Now both say
    « interrompu » in one line, status 130, as an interrupt during the work does."""
    env = {**os.environ, "PYTHONPATH": SRC, "BAROMETRE_LANG": lang}
    env.pop("BAROMETRE_DEBUG", None)
    done = subprocess.run([sys.executable, "-c", _INTERRUPT_AT, where, "rank", "-p",
                           "facebook", "-d", str(DEMOCSV)], capture_output=True, text=True,
                          timeout=120, env=env)
    assert (done.returncode, done.stderr, done.stdout) == (
        130, "barometre : interrompu\n" if lang == "fr" else "barometre: aborted\n", "")


def test_an_interrupt_at_parse_time_is_said_once(runner, monkeypatch):
    from barometre.cli import chrome
    from barometre.cli.app import app

    def parse_args(self, ctx, args):
        raise KeyboardInterrupt

    monkeypatch.setattr(chrome.Group, "parse_args", parse_args)
    res = runner.invoke(app, ["--lang", "en", "types"])
    assert (res.exit_code, res.stderr) == (130, "barometre: aborted\n")
    monkeypatch.undo()  # in the command's own parsing: said once too
    monkeypatch.setattr(chrome.Command, "parse_args", parse_args)
    res = runner.invoke(app, ["types"])
    assert (res.exit_code, res.stderr) == (130, "barometre : interrompu\n")


# ----------------------------------------------------------------- 2. -o one may not read

def _as_a_user(*args, cwd) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "barometre", *map(str, args)]
    if os.geteuid() == 0:
        cmd = ["setpriv", "--inh-caps=-all",
               "--bounding-set=-dac_override,-dac_read_search,-fowner", *cmd]
    env = {**os.environ, "PYTHONPATH": SRC, "BAROMETRE_LANG": "fr"}
    env.pop("BAROMETRE_DEBUG", None)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, cwd=cwd)


@needs_permissions
@pytest.mark.parametrize("command", [["report", "--type", "region"],
                                     ["chart", "adoption", "--type", "region"]])
def test_an_output_one_may_not_read_is_refused_in_one_line(tmp_path, command):
    """`-o r.xlsx` with r.xlsx in mode 000: Click's English « Path 'r.xlsx' is not
    readable » and its usage hint. Now barometre's line, exit 2 as for a read-only file;
    --force replaces it."""
    name = "r.xlsx" if command[0] == "report" else "f.png"
    out = tmp_path / name
    assert _as_a_user(*command, "-o", name, cwd=tmp_path).returncode == 0
    out.chmod(0)
    before = out.stat().st_ino
    try:
        done = _as_a_user(*command, "-o", name, cwd=tmp_path)
        assert (done.returncode, done.stderr) == (2, (
            f"barometre : {name} : lecture refusée (droits d'accès) : ce qu'il contient ne "
            "peut être vérifié, refus de le remplacer ; choisissez un autre nom, rendez-le "
            "lisible ou ajoutez --force\n"))
        done = _as_a_user(*command, "-o", name, "--lang", "en", cwd=tmp_path)
        assert (done.returncode, done.stderr) == (2, (
            f"barometre: {name}: reading denied (permissions): what it holds cannot be "
            "checked, refusing to replace it; choose another name, make it readable or add "
            "--force\n"))
        assert out.stat().st_ino == before
        done = _as_a_user(*command, "-o", name, "--force", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_ino != before
    finally:
        out.chmod(0o644)


@needs_permissions
def test_an_output_in_a_folder_one_may_not_search(tmp_path):
    """`-o ud/r.xlsx`, ud in mode 000: « erreur d'entrée-sortie … : Permission denied »,
    the system's English; now the folder is named, exit 1 as a folder that takes no file."""
    (tmp_path / "ud").mkdir()
    (tmp_path / "ud").chmod(0)
    try:
        done = _as_a_user("report", "--type", "region", "-o", "ud/r.xlsx", cwd=tmp_path)
        assert (done.returncode, done.stderr) == (1, (
            "barometre : impossible d'écrire ud/r.xlsx : le dossier ud n'accepte pas de "
            "nouveau fichier (protégé en écriture ?) ; choisissez un autre dossier "
            "(permission refusée)\n"))
        # an input there is said by its reader, not by the output's check
        done = _as_a_user("annuaire", "ud/a.json", "-o", "a.xlsx", cwd=tmp_path)
        assert (done.returncode, done.stderr) == (
            1, "barometre : ud/a.json : lecture refusée (droits d'accès du dossier ud)\n")
    finally:
        (tmp_path / "ud").chmod(0o755)


def test_a_pipe_at_o_is_refused_without_waiting(tmp_path):
    """`-o tube.xlsx`, a named pipe, without --force: the checks opened it to read its mark
    and waited for a writer, for ever. Refused at once, as with --force."""
    os.mkfifo(tmp_path / "tube.xlsx")
    done = run("report", "--type", "region", "-o", "tube.xlsx", cwd=tmp_path)
    assert (done.returncode, done.stderr.decode()) == (1, (
        "barometre : tube.xlsx n'est pas un fichier ordinaire (un périphérique, un tube) : "
        "refus de le remplacer ; choisissez un autre nom\n"))


# ----------------------------------------------------------------- 3. the standard input

def test_a_survey_piped_to_dash_is_read_and_named_standard_input():
    """`cat f.csv | barometre validate -`: « - : fichier introuvable ». Now read as
    /dev/stdin is, named « entrée standard », and « barometre validate - » to see details."""
    data = DEMOCSV.read_bytes()
    res = run("validate", "-", stdin=data)
    assert res.returncode == 0, res.stderr
    assert res.stderr.decode().startswith("entrée standard : 0 erreur")
    assert "entree" not in res.stdout.decode() + res.stderr.decode()
    expected = run("compare", "--data", DEMOCSV, "--type", "departement", "--json")
    res = run("compare", "--data", "-", "--type", "departement", "--json", stdin=data)
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert {r["source"] for r in rows} == {"entrée standard"}
    unnamed = {"source": None, "publisher": None}
    assert [{**r, **unnamed} for r in rows] == [
        {**r, **unnamed} for r in json.loads(expected.stdout)]
    res = run("rank", "-p", "facebook", "-d", "-", "--lang", "en",
              stdin=demo_file("enquete").read_bytes())  # a workbook: by its bytes
    assert res.returncode == 0, res.stderr
    assert "Source: standard input" in res.stdout.decode()
    assert "“barometre validate - --lang en”" in res.stderr.decode()
    res = run("changes", "-d", "-", "-d", "-", stdin=data)  # its bytes come once
    assert (res.returncode, res.stderr.decode()) == (
        2, "barometre : - : le même fichier donné deux fois\n")


class _Said:
    """A progress line that records what it would say (stderr is no terminal in tests)."""
    labels: list[str] = []

    def __init__(self, label, delay, stream):
        self.labels.append(label)

    def stop(self):
        pass


def test_the_progress_line_names_what_the_user_gave(runner, monkeypatch, tmp_path):
    """The progress line said « Lecture de entree.csv… », the temporary copy's name."""
    from barometre.cli import progress
    from barometre.cli.app import app

    monkeypatch.setattr(progress, "enabled", lambda stream=None: True)
    monkeypatch.setattr(progress, "_Line", _Said)
    _Said.labels = []
    res = runner.invoke(app, ["validate", "-"], input=DEMOCSV.read_bytes())
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["rank", "-p", "facebook", "-d", "-", "--lang", "en"],
                        input=DEMOCSV.read_bytes())
    assert res.exit_code == 0, res.output
    fifo = tmp_path / "tube"  # a named pipe without an extension: its path, as given
    os.mkfifo(fifo)

    def write():
        with open(fifo, "wb") as fh:
            fh.write(DEMOCSV.read_bytes())

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    res = runner.invoke(app, ["benchmark", "-d", str(fifo), "-e", "33"])
    writer.join(10)
    assert res.exit_code == 0, res.output
    assert _Said.labels == ["Vérification de entrée standard…", "Reading standard input…",
                            f"Lecture de {fifo}…"]


# ----------------------------------------------------------------- 4. one is_stream

def test_one_function_says_what_a_stream_is(tmp_path):
    from barometre import _streams
    from barometre.cli import inputs as cli_inputs
    from barometre.survey import inputs as survey_inputs

    assert cli_inputs.is_stream is survey_inputs.is_stream is _streams.is_stream
    fifo = tmp_path / "f.csv"
    os.mkfifo(fifo)
    assert _streams.is_stream(fifo) and not _streams.is_stream(DEMOCSV)
    assert not _streams.is_stream(tmp_path / "nowhere.csv")
    # the command line's own rule on top: « - » and /dev/stdin from a file are copied too
    assert cli_inputs._is_stream_path(Path("-")) and cli_inputs._is_stream_path(Path("/dev/stdin"))
    assert not cli_inputs._is_stream_path(DEMOCSV)
    done = subprocess.run([sys.executable, "-c", "import sys, barometre.cli.inputs, "
                           "barometre.survey.inputs; print('numpy' in sys.modules)"],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": SRC})
    assert done.stdout.strip() == "False", done.stderr


# ----------------------------------------------------------------- 5. Latin-1 tables

def test_a_latin1_table_keeps_its_columns_where_a_letter_is_written_as_two():
    """« Cœuvres-et-Valsery » written « Coeuvres-et-Valsery »: its row's population one
    column right of the others'. Each row now padded by what the terminal shows."""
    latin1 = {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "iso-8859-1"}
    res = run("entities", "--type", "commune", env=latin1)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.decode("iso-8859-1").splitlines()
    at = next(i for i, ln in enumerate(lines) if "Coeuvres-et-Valsery" in ln)
    rows = lines[at - 2:at + 3]  # Clastres, Clermont-les-Fermes, Coeuvres, Coincy, Coingt
    assert len({len(r) for r in rows}) == 1, "\n".join(rows)  # every column where it was
    assert len({r.index(" 02 ") for r in rows}) == 1, "\n".join(rows)
