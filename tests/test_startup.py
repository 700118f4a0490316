"""`barometre --help` and `barometre types` must not import the heavy libraries."""

import subprocess
import sys

import pytest

HEAVY = ("pandas", "matplotlib", "openpyxl", "numpy")
PROBE = """
import sys
sys.argv = ["barometre", *{args!r}]
from barometre.cli.app import main
try:
    main()
except SystemExit:
    pass
heavy = [m for m in {heavy!r} if m in sys.modules]
print("HEAVY:" + ",".join(heavy), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["--help"], ["types"], ["platforms", "--format", "json"],
                                  ["compare", "--help"]])
def test_light_commands_do_not_import_heavy_modules(args):
    out = subprocess.run([sys.executable, "-c", PROBE.format(args=args, heavy=HEAVY)],
                         capture_output=True, text=True, timeout=60)
    line = [l for l in out.stderr.splitlines() if l.startswith("HEAVY:")][-1]
    assert line == "HEAVY:", f"{args}: {line}"


def test_python_m_barometre_runs():
    out = subprocess.run([sys.executable, "-m", "barometre", "types", "--format", "csv"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout.startswith("id,label,")


# `barometre --help` lists the commands from a static table (cli/app.py COMMANDS) and builds
# none of them; `barometre NAME` imports and builds only NAME. The tests below keep the table
# true to the commands and check that the lazy group behaves as the eager one did.
COMMAND_MODULES = ("annuaire", "outputs", "published", "reference", "survey", "waves")
MODULES_PROBE = PROBE.replace(
    'heavy = [m for m in {heavy!r} if m in sys.modules]',
    'heavy = [m for m in {heavy!r} if m in sys.modules]\n'
    'print("CLI:" + ",".join(sorted(m.rsplit(".", 1)[1] for m in sys.modules\n'
    '      if m.rsplit(".", 1)[0] == "barometre.cli" and m.rsplit(".", 1)[1] in '
    + repr(COMMAND_MODULES) + ')), file=sys.stderr)\n'
    'print("MSG:" + ",".join(sorted(m.rsplit(".", 1)[1] for m in sys.modules\n'
    '      if m.startswith("barometre.messages."))), file=sys.stderr)')


def _probe(args):
    out = subprocess.run([sys.executable, "-c", MODULES_PROBE.format(args=args, heavy=HEAVY)],
                         capture_output=True, text=True, timeout=60)
    lines = out.stderr.splitlines()
    heavy = [l for l in lines if l.startswith("HEAVY:")][-1].removeprefix("HEAVY:")
    cli = [l for l in lines if l.startswith("CLI:")][-1].removeprefix("CLI:")
    msg = [l for l in lines if l.startswith("MSG:")][-1].removeprefix("MSG:")
    return heavy, cli, out.stdout, msg


def test_help_imports_no_command_module_and_no_heavy_library():
    heavy, cli, stdout, messages = _probe(["--help"])
    assert heavy == "" and cli == "", (heavy, cli)
    assert messages == "cli"  # the CLI's sentences only, not the whole catalog
    assert stdout.startswith("Utilisation : barometre [OPTIONS] COMMAND")


def test_a_command_imports_only_its_own_family():
    assert _probe(["types"])[1] == "published"
    assert _probe(["compare", "--help"])[1] == "published"
    assert _probe(["resolve", "--help"])[1] == "reference"


def test_command_table_matches_the_commands():
    """Names, order and one-line help of COMMANDS are those of the commands' own docstrings."""
    import inspect

    from barometre.cli import app as cli_app

    assert list(cli_app.COMMANDS) == [
        "compare", "trend", "sources", "figures", "types", "platforms", "entities", "resolve", "template",
        "validate", "benchmark", "rank", "changes", "chart", "report", "annuaire"]
    for name, (module, short) in cli_app.COMMANDS.items():
        func = cli_app.command_function(name)
        assert func.__module__ == f"barometre.cli.{module}", name
        assert short == inspect.getdoc(func).split("\n\n")[0].replace("\n", " "), name
        real = cli_app.build_command(name)
        stub = cli_app.LazyCommands().summary(name)
        assert real.name == name and not real.hidden and not real.deprecated
        for limit in range(10, 160):  # whatever the terminal width
            assert stub.get_short_help_str(limit) == real.get_short_help_str(limit), (name, limit)
    # no command left out of the table: every function of a command module that takes
    # Typer options or arguments is a command, and is in COMMANDS under its own module
    import importlib
    import typing

    import typer

    found = {}
    for module in COMMAND_MODULES:
        mod = importlib.import_module(f"barometre.cli.{module}")
        for attr, obj in vars(mod).items():
            if inspect.isfunction(obj) and obj.__module__ == mod.__name__:
                hints = typing.get_type_hints(obj, include_extras=True).values()
                if any(isinstance(m, typer.models.ParameterInfo)
                       for h in hints for m in getattr(h, "__metadata__", ())):
                    found[attr] = module
    assert found == {name: module for name, (module, _) in cli_app.COMMANDS.items()}


@pytest.mark.parametrize("width", [40, 60, 80, 120, 200])
def test_lazy_help_is_the_eager_help(width):
    """`barometre --help` from the table equals the help of the group with every command built."""
    import typer
    from typer.testing import CliRunner

    from barometre.cli.app import COMMANDS, app

    def help_text(build: bool) -> str:
        group = typer.main.get_command(app)
        if build:
            for name in COMMANDS:
                group.commands[name]  # built: its help line now comes from its docstring
        ctx = group.make_context("barometre", [], resilient_parsing=True, terminal_width=width)
        return ctx.get_help()

    assert help_text(build=False) == help_text(build=True)
    assert CliRunner().invoke(app, ["--help"], terminal_width=width).stdout == \
        help_text(build=True) + "\n"


@pytest.mark.parametrize("name", [
    "compare", "trend", "sources", "types", "platforms", "entities", "resolve", "template",
    "validate", "benchmark", "rank", "changes", "chart", "report", "annuaire"])
def test_every_command_is_reachable(cli, name):
    res = cli(name, "--help")
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith(f"Utilisation : barometre {name} [OPTIONS]")
    assert "Afficher cette aide et quitter." in res.stdout


@pytest.mark.parametrize("args", [["entities", "--type", "commune", "--format", "csv"],
                                  ["compare", "--type", "nope"],
                                  ["validate", "tests/files/bad/absent.csv"],
                                  ["compare", "--type", "region", "--lang", "en"]])
def test_the_console_ends_with_the_status_and_the_whole_output_of_the_command(tmp_path, args):
    """``barometre`` and ``python -m barometre`` end the process at once after the command
    (cli.console: no interpreter shutdown): the same status and the same bytes out, to the
    last of 35,000 lines, as :func:`cli.main` followed by Python's usual shutdown."""
    from .conftest import ROOT

    got = {}
    for how in ("console", "main"):
        out, err = tmp_path / f"{how}.out", tmp_path / f"{how}.err"
        with open(out, "wb") as o, open(err, "wb") as e:
            code = subprocess.run([sys.executable, "-c", f"import sys; sys.argv[0] = 'barometre'; "
                                   f"from barometre.cli import {how}; {how}()", *args],
                                  stdout=o, stderr=e, cwd=ROOT, timeout=120).returncode
        got[how] = (code, out.read_bytes(), err.read_bytes())
    assert got["console"] == got["main"]
    code, out, err = got["console"]
    if args[0] == "entities":
        assert code == 0 and out.count(b"\n") > 34_000 and out.endswith(b"\n")
    elif args[1:] == ["--type", "nope"]:
        assert code == 2 and "nope" in err.decode()
    elif args[0] == "validate":
        # a missing file: validate could read nothing (exit 2; 1 is a file with errors)
        assert code == 2 and b"absent.csv" in err and b"Traceback" not in err
    else:
        assert code == 0 and b"Instagram" in out


def test_a_profiled_run_still_writes_its_profile(tmp_path):
    """Under a profiler (or coverage) the console leaves the process to Python's usual
    shutdown, where the profile is written."""
    out = tmp_path / "types.prof"
    done = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(out), "-m", "barometre",
                           "types", "--format", "csv"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("id,label,")
    import pstats

    assert pstats.Stats(str(out)).total_calls > 1000
