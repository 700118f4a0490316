"""The ``barometre`` command line: a thin layer over the Python API.

Heavy modules (pandas, matplotlib, openpyxl) are imported inside the commands
that need them, so that ``barometre --help`` and ``barometre types`` start fast.
Every user error prints one line on stderr and exits non-zero (2 for a wrong
call, 1 for data that says no), without a traceback.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from ..domain.errors import BarometreError


class _Group(TyperGroup):
    """Turn barometre's own errors (and OS errors) into one line and an exit code."""

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except BarometreError as exc:
            typer.echo(f"barometre : {exc.message}", err=True)
            for line in exc.details:
                typer.echo(f"  {line}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except OSError as exc:  # disk full, permission denied...
            name = getattr(exc, "filename", None)
            where = f" ({name})" if name else ""
            typer.echo(f"barometre : erreur d'entrée-sortie{where} : {exc.strerror or exc}",
                       err=True)
            raise typer.Exit(1) from None


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
) -> None:
    """Mesurer et comparer la présence des collectivités territoriales sur les réseaux sociaux."""


# Commands live in one module per family; registering them here keeps each module free
# of the app object (and the order below is the order of `barometre --help`).
from . import outputs, published, reference, survey  # noqa: E402

for _command in (published.compare, published.trend, published.sources, published.types,
                 published.platforms, reference.entities, reference.resolve, survey.template,
                 survey.validate, survey.benchmark, survey.rank, outputs.chart, outputs.report):
    app.command()(_command)


def main() -> None:
    """Entry point of the ``barometre`` console script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
