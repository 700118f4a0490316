"""The ``barometre`` command line: a thin Typer layer over the Python API.

Each command parses its options, calls one library function and renders or writes
its result. Heavy modules are imported inside the commands that need them.
"""

from __future__ import annotations


def main() -> None:
    """Entry point of the ``barometre`` console script."""
    import os

    from .._memory import ENV

    # before numpy is imported: no huge-page advice for the readings' arrays (see _memory)
    os.environ.setdefault(ENV, "0")
    from .app import main as _main

    _main()
