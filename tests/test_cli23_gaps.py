"""Four user-facing gaps (cli23): ``compare --data`` and ``trend --data`` without --type take
the file's type when its reading leaves no doubt, and say so; a census has no Wilson interval
(never share–share); Ctrl-C while ``barometre.cli`` is imported is « interrompu », status
130; end of input at a prompt is said as an interrupt is, in barometre's one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import barometre as bm
from barometre.analysis.stats import wilson_interval

from .test_env21b_inputs import SRC

FILES = Path(__file__).resolve().parent / "files"
DEMO = bm.demo_file("enquete")  # the 101 départements (fictitious)
WAVES = bm.demo_file("releves")  # two waves of the 101 départements (fictitious)


# ------------------------------------------- 1. --data without --type: the file's type

@pytest.mark.parametrize("command", [["compare"], ["compare", "--vs", "departement"],
                                     ["trend", "-p", "x"]])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_data_command_without_type_takes_the_files_and_says_it(cli, command, lang):
    """compare --data and trend --data required --type where validate, rank and benchmark
    guess the type from the file's entities. Now the same guess, when certain, said on
    stderr in one line; the figures are those of --type departement."""
    data = WAVES if command[0] == "trend" else DEMO
    res = cli(*command, "--data", data, "--format", "csv", "--lang", lang)
    assert res.exit_code == 0, res.stderr
    given = cli(*command, "--data", data, "--format", "csv", "--lang", lang,
                "--type", "departement")
    assert res.stdout == given.stdout and given.exit_code == 0
    said = {"fr": "type deviné : départements (--type departement), celui de toutes les "
                  "entités du fichier (101)",
            "en": "type guessed: départements (--type departement), that of every entity in "
                  "the file (101)"}[lang]
    assert said in res.stderr.splitlines()
    assert said not in given.stderr  # --type given: nothing guessed, nothing said


def test_a_data_command_without_type_as_a_table(cli):
    res = cli("compare", "--data", DEMO)
    assert res.exit_code == 0 and "Facebook" in res.stdout
    assert "type deviné : départements" not in res.stdout  # stderr: the table stays clean
    assert "type deviné : départements (--type departement)" in res.stderr


@pytest.mark.parametrize("command", [["compare"], ["trend", "-p", "facebook"]])
def test_without_data_type_stays_required(cli, command):
    """The published figures are of the type asked: Click's error, as before."""
    res = cli(*command)
    assert res.exit_code == 2
    assert res.stderr == (f"barometre : option obligatoire manquante : --type / -t (aide : "
                          f"« barometre {command[0]} --help »)\n")


# codes of two types (région codes without names read as départements too) keep the error
# of a missing --type: test_cli24_guess, its words in French and English


@pytest.fixture
def annuaire(annuaire_export):
    return annuaire_export[0]  # communes, EPCI, départements, régions (conftest)


@pytest.mark.parametrize("command", [["compare"], ["trend"]])
def test_an_export_of_several_types_keeps_the_error(cli, annuaire, command):
    """An Annuaire export holds communes, départements, régions, intercommunalités: which
    one to count is the user's call (the reader's frame keeps them all)."""
    res = cli(*command, "--data", annuaire)
    assert res.exit_code == 2 and res.stdout == ""
    line, = res.stderr.splitlines()
    assert line.startswith("barometre : option obligatoire manquante : --type / -t (le fichier "
                           "mêle plusieurs types : ")
    assert "département" in line and "commune" in line
    en = cli(*command, "--data", annuaire, "--lang", "en")
    assert "missing option: --type / -t (the file mixes several types: " in en.stderr
    assert cli(*command, "--data", annuaire, "--type", "departement").exit_code == 0


# ------------------------------------------------------- 2. a census has no interval

def test_a_census_has_no_wilson_interval():
    """n = N: the share is counted, not estimated: no bounds (it returned (p, p), an
    interval of zero width read as a claim of certainty)."""
    assert wilson_interval(0.54, 101, population=101) == (None, None)
    assert wilson_interval(1.0, 12, population=12) == (None, None)
    lo, hi = wilson_interval(0.54, 100, population=101)  # one short: an interval
    assert lo < 0.54 < hi


def test_a_base_larger_than_its_population_raises():
    """n > N: more answers than entities is a count gone wrong, never an interval."""
    with pytest.raises(ValueError, match="102"):
        wilson_interval(0.5, 102, population=101)


# ------------------------------------------ 3. Ctrl-C while barometre.cli is imported

#: A sitecustomize that sends the process a real SIGINT when ``barometre.cli`` is looked
#: for: the instant the console script spends importing it, before console() runs
_SIGINT_ON_IMPORT = '''
import os, signal, sys

class SigintOnImport:
    sent = False

    def find_spec(self, name, path=None, target=None):
        if name == "barometre.cli" and not self.sent:  # once: one Ctrl-C
            SigintOnImport.sent = True
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, SigintOnImport())
'''

#: What pip writes as the ``barometre`` console script (pyproject: barometre.cli:console)
_CONSOLE_SCRIPT = '''import re
import sys
from barometre.cli import console
if __name__ == '__main__':
    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])
    sys.exit(console())
'''


def _started_with_sigint(tmp_path, how: str, lang: str) -> subprocess.CompletedProcess:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(_SIGINT_ON_IMPORT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hooks), SRC]),
           "BAROMETRE_LANG": lang}
    env.pop("BAROMETRE_DEBUG", None)
    if how == "script":
        script = tmp_path / "bin" / "barometre"
        script.parent.mkdir()
        script.write_text(_CONSOLE_SCRIPT)
        cmd = [sys.executable, str(script), "types"]
    else:
        cmd = [sys.executable, "-m", "barometre", "types"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize("how", ["script", "-m"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ctrl_c_while_barometre_cli_is_imported_is_said(tmp_path, how, lang):
    """A Ctrl-C in the first milliseconds, while the console script (or ``python -m
    barometre``) imports barometre.cli: Python's traceback, killed by SIGINT. Now
    « interrompu » in one line, status 130, as a Ctrl-C a moment later."""
    done = _started_with_sigint(tmp_path, how, lang)
    assert (done.returncode, done.stderr, done.stdout) == (
        130, "barometre : interrompu\n" if lang == "fr" else "barometre: aborted\n", "")


def test_importing_barometre_changes_no_hook():
    """The library (a notebook, a script) keeps its own excepthook: only the barometre
    command sets one, and console() gives it back as soon as it runs."""
    probe = ("import sys; before = sys.excepthook; import barometre, barometre.cli; "
             "print(sys.excepthook is before)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": SRC})
    assert done.stdout == "True\n", done.stderr
    probe = ("import sys; sys.argv[0] = 'barometre'; before = sys.excepthook\n"
             "import barometre\nset_ = sys.excepthook is not before\n"
             "from barometre import _started\n_started()\n"
             "print(set_, sys.excepthook is before)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": SRC})
    assert done.stdout == "True True\n", done.stderr


# --------------------------------------------- 4. end of input (Ctrl-D) at a prompt

def _app_with_prompts():
    """barometre's group with two commands that prompt (none of barometre's does):
    ``ask`` in its body (typer.prompt), ``ask-option`` for a missing option (prompt=True)."""
    import typer

    from barometre.cli.app import _Group, _main

    app = typer.Typer(cls=_Group, add_completion=False, pretty_exceptions_enable=False,
                      rich_markup_mode=None)
    app.callback()(_main)  # its --lang

    @app.command()
    def ask() -> None:
        typer.echo(typer.prompt("Nom"))

    @app.command()
    def ask_option(name: str = typer.Option(..., prompt=True)) -> None:
        typer.echo(name)

    return app


@pytest.mark.parametrize("command", ["ask", "ask-option"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_end_of_input_at_a_prompt_is_said_as_an_interrupt(runner, command, lang):
    """Ctrl-D at a prompt: Click's abort, said « interrompu » with status 1, the status of
    a file with errors (a Ctrl-C a moment later gives 130). Now as any interrupt: one line,
    status 130."""
    group = _app_with_prompts()
    res = runner.invoke(group, ["--lang", lang, command], input="")
    assert res.exit_code == 130
    assert res.stderr == ("barometre : interrompu\n" if lang == "fr" else "barometre: aborted\n")
    res = runner.invoke(group, [command], input="Nantes\n")  # an answer: the command runs
    assert (res.exit_code, res.stdout.splitlines()[-1]) == (0, "Nantes")


def test_barometre_commands_do_not_prompt():
    """No command of barometre asks a question (a script, a CI never answers): none has an
    option that prompts. The abort above is the one of a prompt added later."""
    from barometre.cli.app import COMMANDS, build_command

    prompting = [(name, p.name) for name in COMMANDS for p in build_command(name).params
                 if getattr(p, "prompt", None)]
    assert prompting == []
