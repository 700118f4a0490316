"""The ``barometre`` command line: a thin layer over the Python API.

Heavy modules (pandas, matplotlib, openpyxl) are imported inside the commands
that need them, so that ``barometre --help`` and ``barometre types`` start fast.
Every user error prints one line on stderr and exits non-zero (2 for a wrong
call, 1 for data that says no), without a traceback.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer

from .chrome import LANG, Command, Group, click, click_error

from ..domain.errors import BarometreError
from ..messages import text


def _lang(args: list[str]) -> str:
    """The language asked on the command line (``--lang en``), else $BAROMETRE_LANG, else fr.

    Read from the raw arguments because an error may happen before (or while) the
    command's own options are parsed.
    """
    lang = os.environ.get("BAROMETRE_LANG", "fr")
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            lang = args[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return "en" if lang == "en" else "fr"


def _debug(args: list[str]) -> bool:
    return "--debug" in args or os.environ.get("BAROMETRE_DEBUG", "") not in ("", "0")


class _Group(Group):
    """Turn every error into one line on stderr and an exit code.

    barometre's own errors are said in the user's language; OS errors (disk full,
    permission denied) name the file; anything else is a bug: one line asking to
    report it, and the traceback only with ``--debug`` or ``BAROMETRE_DEBUG=1``.
    """

    _args: list[str] = []

    def make_context(self, info_name, args, parent=None, **extra):
        self._args = list(args)  # kept for the error path: --lang and --debug
        return super().make_context(info_name, args, parent=parent, **extra)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        """Click's own parsing errors, in one line and in the user's language."""
        if args is None:
            args = sys.argv[1:]
        LANG.set(_lang(list(args)))
        try:
            rv = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                              standalone_mode=False, **extra)
        except click.exceptions.ClickException as exc:
            if not standalone_mode:
                raise
            lang = LANG.get()
            typer.echo(f"barometre : {click_error(exc, lang)}", err=True)
            ctx = getattr(exc, "ctx", None)
            if ctx is not None and isinstance(exc, click.exceptions.UsageError):
                typer.echo(text("cli-try-help", lang, command=ctx.command_path), err=True)
            sys.exit(exc.exit_code)
        except typer.Abort:
            if not standalone_mode:
                raise
            typer.echo(f"barometre : {text('cli-aborted', LANG.get())}", err=True)
            sys.exit(1)
        if not standalone_mode:
            return rv
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx: typer.Context):
        args = self._args
        try:
            return super().invoke(ctx)
        except BarometreError as exc:
            if _debug(args):
                raise
            from ..render.tables import terminal_safe  # cells quoted in errors: no escapes

            lang = _lang(args)
            typer.echo(terminal_safe(f"barometre : {exc.render(lang)}"), err=True)
            for line in exc.details:
                typer.echo(terminal_safe(f"  {line}"), err=True)
            raise typer.Exit(exc.exit_code) from None
        except OSError as exc:  # disk full, permission denied...
            if _debug(args):
                raise
            name = getattr(exc, "filename", None)
            where = f" ({name})" if name else ""
            typer.echo("barometre : " + text("io-error", _lang(args), where=where,
                                             detail=exc.strerror or exc), err=True)
            raise typer.Exit(1) from None
        except (typer.Exit, typer.Abort, click.exceptions.ClickException, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence, on purpose
            if _debug(args):
                raise
            detail = " ".join(str(exc).split())[:200]
            typer.echo("barometre : " + text("unexpected-error", _lang(args),
                                             kind=type(exc).__name__, detail=detail), err=True)
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
) -> None:
    """Mesurer et comparer la présence des collectivités territoriales sur les réseaux sociaux."""


# Commands live in one module per family; registering them here keeps each module free
# of the app object (and the order below is the order of `barometre --help`).
from . import annuaire, outputs, published, reference, survey, waves  # noqa: E402

for _command in (published.compare, published.trend, published.sources, published.types,
                 published.platforms, reference.entities, reference.resolve, survey.template,
                 survey.validate, survey.benchmark, survey.rank, waves.changes, outputs.chart,
                 outputs.report, annuaire.annuaire):
    app.command(cls=Command)(_command)


def main() -> None:
    """Entry point of the ``barometre`` console script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
