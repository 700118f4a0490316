"""The ``barometre`` command line: a thin Typer layer over the Python API.

Each command parses its options, calls one library function and renders or writes
its result. Heavy modules are imported inside the commands that need them.
"""

from __future__ import annotations


def main() -> None:
    """Entry point of the ``barometre`` console script."""
    from .app import main as _main

    _main()
