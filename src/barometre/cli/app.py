"""The ``barometre`` command line: a thin layer over the Python API.

Heavy modules (pandas, matplotlib, openpyxl) are imported inside the commands
that need them, so that ``barometre --help`` and ``barometre types`` start fast.
Commands are built lazily: ``barometre --help`` prints their names and one-line
help from :data:`COMMANDS` without importing any command module, and
``barometre compare`` imports and builds only ``compare``.
Every user error prints one line on stderr and exits non-zero (2 for a wrong
call, 1 for data that says no), without a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Mapping
from typing import Annotated, NoReturn, Optional

import typer

from .chrome import LANG, LEAD, NOTES, Command, Group, _gettext, click, click_error, said, say_help_in, say_now

from ..messages import SURFACE, os_error_said, text
from . import _new_run, interrupted, lang_of
from .options import Lang

# Every command, in the order of `barometre --help`: name -> (module of barometre.cli that
# defines the function of that name, first paragraph of its docstring). `--help` lists the
# commands from this table; a command's module is imported and its Click command built only
# when that command is asked for. tests/test_startup.py checks that this table matches the
# commands themselves (names, order, help), so that it cannot drift.
COMMANDS: dict[str, tuple[str, str]] = {
    "compare": ("published", "Comparer l'adoption des réseaux par un type de collectivité avec "
                             "d'autres types."),
    "trend": ("published", "Évolution d'un réseau pour un type de collectivité : chaque année et "
                           "chaque source."),
    "sources": ("published", "Lister les sources des chiffres publiés (éditeur, titre, date, "
                             "adresse)."),
    "figures": ("published", "Lister les chiffres publiés sur des collectivités nommées "
                             "(abonnés, rangs, prix), chacun avec sa source."),
    "types": ("published", "Lister les types de collectivité, avec leurs alias."),
    "platforms": ("published", "Lister les réseaux sociaux connus, avec leurs alias et leur "
                               "couleur."),
    "entities": ("reference", "Lister toutes les collectivités d'un type (code, nom, "
                              "population…)."),
    "resolve": ("reference", "Trouver une collectivité par son code, son SIREN ou son nom."),
    "template": ("survey", "Écrire un classeur d'enquête pré-rempli avec toutes les collectivités "
                           "d'un type."),
    "validate": ("survey", "Vérifier un fichier d'enquête : toutes les erreurs et avertissements, "
                           "ligne et colonne (les 1 000 premiers détaillés, les autres comptés "
                           "par code)."),
    "benchmark": ("survey", "Situer une collectivité parmi tous ses pairs : rang, indice, par "
                            "1 000 habitants."),
    "rank": ("survey", "Classer les collectivités d'une enquête sur un réseau (abonnés ou par "
                       "1 000 habitants)."),
    "changes": ("waves", "Ce qui a changé entre deux vagues : arrivées, départs, évolution (test "
                         "de McNemar), croissance."),
    "chart": ("outputs", "Dessiner un graphique (PNG, SVG ou PDF selon l'extension de -o)."),
    "report": ("outputs", "Écrire un rapport Excel (synthèse, adoption, évolution, classement, "
                          "sources et méthode)."),
    "annuaire": ("annuaire", "Écrire un modèle d'enquête pré-rempli avec les comptes déclarés à "
                             "l'Annuaire de l'administration."),
}


def command_function(name: str):
    """The function of command ``name`` (imports its module)."""
    module = importlib.import_module(f"{__package__}.{COMMANDS[name][0]}")
    return getattr(module, name)


def build_command(name: str) -> click.Command:
    """The Click command ``name``, built by Typer from its function as ``app.command`` would."""
    holder = typer.Typer()
    holder.command(cls=Command)(command_function(name))
    return typer.main.get_command_from_info(
        holder.registered_commands[0], pretty_exceptions_short=app.pretty_exceptions_short,
        rich_markup_mode=app.rich_markup_mode)


class LazyCommands(Mapping):
    """The group's commands by name: every name of :data:`COMMANDS` is listed up front; each
    command is built on first access (``get``, ``[]``). Commands added by ``add_command``
    come after them."""

    def __init__(self, added: Mapping | None = None) -> None:
        self._built: dict[str, click.Command] = dict(added or {})

    def __getitem__(self, name: str) -> click.Command:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            self._built[name] = build_command(name)
        return self._built[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._built[name] = command

    def __iter__(self):
        yield from COMMANDS
        yield from (n for n in self._built if n not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS) + sum(n not in COMMANDS for n in self._built)

    def __contains__(self, name: object) -> bool:
        return name in COMMANDS or name in self._built

    def summary(self, name: str) -> click.Command:
        """The command if it is built, else a stand-in that only has its one-line help."""
        if name in self._built:
            return self._built[name]
        return Command(name, help=COMMANDS[name][1])


_lang = lang_of  # the language asked on the command line


def _debug(args: list[str]) -> bool:
    return "--debug" in args or os.environ.get("BAROMETRE_DEBUG", "") not in ("", "0")


#: The exit status when the reader of the output left early: a Unix tool killed by SIGPIPE
#: (128 + 13), never 1, which `validate` gives for a file with errors
PIPE_GONE = 141


def reader_gone() -> NoReturn:
    """The reader of the output left early (`barometre … | head`): nothing more is written
    and nothing said, as Python's documentation advises (signal module, "Note on
    SIGPIPE"), and the process ends with :data:`PIPE_GONE`."""
    _drop_stdout()
    sys.exit(PIPE_GONE)


def output_failed(exc: OSError, lang: str) -> NoReturn:
    """The standard output did not take the output (a full disk, closed by the caller:
    ``barometre … >&-``): one line in ``lang``, status 1; what is still buffered goes
    nowhere (no second error, no traceback, when the process flushes it at exit)."""
    typer.echo(_io_error_line(exc, lang, stdout=True), err=True)
    _drop_stdout()
    sys.exit(1)


def _io_error_line(exc: OSError, lang: str, stdout: bool = False) -> str:
    """« barometre : erreur d'entrée-sortie (r.xlsx) : Permission denied »: the file the
    error names, « sortie standard » for :data:`~barometre.cli.options.STDOUT` (or for
    none, ``stdout``: the standard output failed), else no name."""
    from .options import STDOUT

    name = getattr(exc, "filename", None)
    if name == STDOUT or (name is None and stdout):
        name = text("stdout-name", lang)
    where = f" ({name})" if name else ""
    return said(text("io-error", lang, where=where, detail=os_error_said(exc)), lang)


def _drop_stdout() -> None:
    """From now on the standard output writes to the null device."""
    if sys.stdout is None:  # closed by the caller: nothing to drop
        return
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no descriptor (a CliRunner's stream)
        pass


def _end_prompt_line() -> None:
    """A prompt left the terminal's cursor after its question (« Nom : », Ctrl-D echoes
    nothing): the next line starts on a line of its own. Nothing on a pipe."""
    try:
        if sys.stdin is not None and sys.stdin.isatty() and sys.stderr is not None:
            sys.stderr.write("\n")
    except (OSError, ValueError, AttributeError):  # closed, or no descriptor
        pass


def _traceback_if_asked(args: list[str]) -> bool:
    """With ``--debug`` or ``BAROMETRE_DEBUG=1``, the traceback of the error being handled
    on stderr (then True); the error's one line and exit status follow as without it."""
    if not _debug(args):
        return False
    import traceback

    traceback.print_exc()
    return True


def _refuse_repeats(cmd, args: list[str]) -> None:
    """An option of one value given twice is refused: Click keeps the last silently, so
    ``compare --data 2024.csv --data 2025.csv`` printed 2025's figures alone, without a
    word of 2024 (several files: ``trend`` and ``changes``)."""
    singles: dict[str, object] = {}
    for p in cmd.params:
        if p.param_type_name == "option" and not (p.multiple or p.is_flag or p.count):
            singles.update({o: p for o in p.opts})
    seen: dict[object, list[str]] = {}
    for a in args:
        if a == "--":
            break
        opt = a.split("=", 1)[0] if a.startswith("--") else a[:2] if a[:1] == "-" else None
        if opt in singles:
            seen.setdefault(singles[opt], []).append(opt)
    for p, given in seen.items():
        if len(given) > 1:
            from ..domain.errors import UsageError
            from ..messages import Msg

            raise UsageError.of("cli-option-repeated", option=p.opts[-1] if len(p.opts) == 1
                                else "/".join(sorted(p.opts, key=len, reverse=True)),
                                n=len(given), command=cmd.name,
                                hint=Msg("cli-option-repeated-data") if p.name == "data" else "")


class _Group(Group):
    """Turn every error into one line on stderr and an exit code.

    barometre's own errors are said in the user's language; OS errors (disk full,
    permission denied) name the file; anything else is a bug: one line asking to
    report it, and the traceback only with ``--debug`` or ``BAROMETRE_DEBUG=1``.
    """

    _args: list[str] = []

    def __init__(self, **attrs) -> None:
        super().__init__(**attrs)
        self.commands = LazyCommands(self.commands)

    def list_commands(self, ctx) -> list[str]:
        return list(self.commands)  # names only: nothing is built

    def resolve_command(self, ctx, args):
        name, cmd, rest = super().resolve_command(ctx, args)
        if cmd is not None:
            _refuse_repeats(cmd, rest)
        return name, cmd, rest

    def format_commands(self, ctx, formatter) -> None:
        """Like TyperGroup's, from the one-line help of :data:`COMMANDS` (nothing built)."""
        rows = [(name, self.commands.summary(name)) for name in self.list_commands(ctx)]
        rows = [(name, cmd) for name, cmd in rows if not cmd.hidden]
        for _, cmd in rows:
            say_help_in(cmd, LANG.get())
        if rows:
            limit = formatter.width - 6 - max(len(name) for name, _ in rows)
            with formatter.section(_gettext("Commands")):
                formatter.write_dl([(name, cmd.get_short_help_str(limit)) for name, cmd in rows])

    def make_context(self, info_name, args, parent=None, **extra):
        self._args = list(args)  # kept for the error path: --lang and --debug
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except BrokenPipeError:  # `barometre --help | true`: as `report --help | true`, 141
            reader_gone()  # (Typer's own handler would exit 1)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Click's own parsing errors, in one line and in the user's language."""
        if args is None:
            args = sys.argv[1:]
        _new_run()
        LANG.set(_lang(list(args)))
        # its sentences name its options (--blank absent), not the library's keywords;
        # reset after the run, for a CliRunner inside a Python session
        surface = SURFACE.set("cli")
        # a terminal in Latin-1 (or cp1252): tables and messages in its encoding, a plain
        # « - » for a « ─ » it lacks, never an exit 70 (CSV and JSON: UTF-8, see _emit)
        from .streams import as_shown, plain_fallback, restore

        plain = plain_fallback(sys.stdout, sys.stderr)
        shown = as_shown(sys.stdout) if plain else None
        if shown is not None:  # its tables padded by the width of what it shows (« oe »)
            from ..render.tables import AS_SHOWN

            token = AS_SHOWN.set(shown)
        try:
            return self._main(args, prog_name, complete_var, standalone_mode, **extra)
        finally:
            SURFACE.reset(surface)
            restore(plain)
            if shown is not None:
                AS_SHOWN.reset(token)

    def _main(self, args, prog_name, complete_var, standalone_mode, **extra):
        try:
            rv = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                              standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:
            if not standalone_mode:
                raise
            # `barometre` alone: the help, whole, as Click shows it (on stderr, exit 2), not
            # squeezed into an error line
            typer.echo(exc.ctx.get_help(), err=True)
            sys.exit(exc.exit_code)
        except click.exceptions.ClickException as exc:
            if not standalone_mode:
                raise
            lang = LANG.get()
            line = said(click_error(exc, lang), lang)
            ctx = getattr(exc, "ctx", None)
            if ctx is not None and isinstance(exc, click.exceptions.MissingParameter):
                # an option to add: where the command's options are listed, on the same
                # line (Click's « Try … for help. » was a second; a wrong value or a
                # misspelt option says what to write instead, no more)
                line += text("cli-try-help", lang, command=ctx.command_path)
            typer.echo(line, err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:  # end of input (Ctrl-D) or Ctrl-C at a prompt: Click's abort
            if not standalone_mode:
                raise
            _end_prompt_line()
            # said as any interrupt (once), status 130: it was 1, the status of a file with
            # errors, and a Ctrl-C at the same prompt was 1 while a moment later it is 130
            sys.exit(interrupted(LANG.get()))
        if rv == 130:  # an interrupt: Typer's parsing makes it a silent status 130
            interrupted(LANG.get())  # (said once: the command may have said it)
        if not standalone_mode:
            return rv
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx: typer.Context):
        from ..domain.errors import BarometreError

        args = self._args
        NOTES.clear()
        LEAD.clear()
        try:
            rv = super().invoke(ctx)
            if LEAD or NOTES:  # after the output: the command succeeded
                say_now(*NOTES)  # the type guessed first
            return rv
        except BarometreError as exc:
            _traceback_if_asked(args)
            from ..render.tables import terminal_safe  # cells quoted in errors: no escapes

            lang = _lang(args)
            typer.echo(terminal_safe(said(exc.render(lang), lang)), err=True)
            for line in exc.render_details(lang):
                typer.echo(terminal_safe(f"  {line}"), err=True)
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:  # the reader left (`barometre … | head`): quietly, exit 141
            reader_gone()  # (Typer's own handler would exit 1: a file with errors)
        except OSError as exc:  # disk full, permission denied...
            _traceback_if_asked(args)
            from .options import STDOUT

            lang = _lang(args)
            if getattr(exc, "filename", None) == STDOUT:  # said once, the rest dropped
                output_failed(exc, lang)
            typer.echo(_io_error_line(exc, lang), err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:  # Ctrl-C: one line, the shell's status for an interrupt
            raise typer.Exit(interrupted(_lang(args))) from None
        except (typer.Exit, typer.Abort, click.exceptions.ClickException):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence, on purpose
            if _traceback_if_asked(args):  # the traceback, and the status of a bug
                raise typer.Exit(70) from None
            detail = " ".join(str(exc).split())[:200]
            lang = _lang(args)
            typer.echo(said(text("unexpected-error", lang, kind=type(exc).__name__,
                                 detail=detail), lang), err=True)
            raise typer.Exit(70) from None


app = typer.Typer(
    cls=_Group,
    name="barometre",
    help="Mesurer et comparer la présence des collectivités territoriales sur les réseaux "
         "sociaux (chiffres publiés, enquêtes, classements, graphiques, rapports Excel).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"barometre {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option(
        "--version", callback=_version, is_eager=True, help="Afficher la version.")] = None,
    debug: Annotated[bool, typer.Option(
        "--debug", help="Afficher la trace complète d'une erreur (aussi : BAROMETRE_DEBUG=1).")] = False,
    lang: Annotated[Optional[Lang], typer.Option(
        "--lang", case_sensitive=False, show_default=False,
        help="Langue de l'aide, des messages et de la commande qui suit : fr ou en, comme le "
             "--lang de la commande (qui l'emporte). Par défaut : BAROMETRE_LANG, sinon fr.")] = None,
) -> None:
    """Mesurer et comparer la présence des collectivités territoriales sur les réseaux sociaux."""


# Commands live in one module per family (cli/published.py, cli/survey.py…), listed in
# COMMANDS above and built on demand by the group: none is registered on the app itself.


def main() -> None:
    """Entry point of the ``barometre`` console script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
