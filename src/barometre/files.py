"""Output files: atomic writes (temporary file + rename) and output checks.

Standard library only. A crash in the middle of writing never leaves a
half-written report, and never destroys the previous one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import UsageError

__all__ = ["atomic_path", "write_atomic", "check_output"]


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; rename it over ``target`` on success.

    Parent folders are created. On any exception the temporary file is removed
    and ``target`` is left as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp" + target.suffix,
                               dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_atomic(target: str | os.PathLike, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` then move the result onto ``target``. Returns ``target``."""
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)


def check_output(output: str | os.PathLike, suffixes: tuple[str, ...],
                 inputs: tuple[str | os.PathLike | None, ...] = ()) -> Path:
    """Check an output path: known extension, and not one of the command's inputs."""
    out = Path(output)
    if out.suffix.lower() not in suffixes:
        raise UsageError(f"extension « {out.suffix or '(aucune)'} » non prise en charge pour "
                         f"{out.name} : attendu {', '.join(suffixes)}")
    for i in inputs:
        if i is not None and Path(i).exists() and out.exists() and out.resolve() == Path(i).resolve():
            raise UsageError(f"refus d'écrire sur le fichier d'entrée {out} : choisissez un autre "
                             "nom de sortie")
    if out.exists() and out.is_dir():
        raise UsageError(f"{out} est un dossier : donnez un nom de fichier")
    return out
