"""Whether a path names a stream rather than a file, with the standard library alone.

The command line asks it of every input path (``barometre types`` among the commands, which
import no numpy) and :mod:`barometre.survey.inputs` exports it: one function for both.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["is_stream"]


def is_stream(path: str | Path) -> bool:
    """True for a path that names a stream rather than a file: a named pipe (FIFO), the
    ``/dev/fd/63`` of a shell's ``<(…)``, ``/dev/stdin`` from a pipe, a socket or a
    character device. Such a path is read once, from its start: its bytes cannot be read
    again (the readers open a file several times), and its size says nothing.

    >>> is_stream("/dev/null"), is_stream(__file__), is_stream("nowhere.csv")
    (True, False, False)
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):  # ValueError: a NUL byte
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)

