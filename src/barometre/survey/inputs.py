"""What an input path is, said before it is read: a file to read, or one true line why not.

Every reader (:func:`barometre.read_survey`, :func:`barometre.validate`, the Annuaire's)
calls :func:`check_input` first, so that a path that is no readable file is refused with
what it is (a folder, a pipe, a symbolic link in a loop, a file one may not read, a name
whose accents are encoded otherwise than the file's), never with a misleading "file not
found" or "empty file", nor the operating system's English.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from pathlib import Path

from .._streams import is_stream
from ..domain.errors import InputFileError

__all__ = ["check_input", "is_stream"]


def check_input(path: str | Path) -> None:
    """Refuse, in one line naming ``path`` as given, an input that is not a readable file.

    Raises
    ------
    InputFileError
        ``file-not-found`` (with ``file-not-found-similar`` naming the file beside it
        whose name differs only by how its accents are encoded, NFC or NFD),
        ``file-link-broken`` (a symbolic link to nothing), ``file-symlink-loop``,
        ``file-is-directory``, ``file-is-pipe`` (a named pipe or
        device: the command line reads it first, the library refuses it),
        ``file-unreadable`` (its permissions), ``file-folder-denied`` (a folder on its
        way that may not be searched).

    Examples
    --------
    >>> check_input("nowhere/enquete.csv")
    Traceback (most recent call last):
    ...
    barometre.domain.errors.InputFileError: nowhere/enquete.csv : fichier introuvable
    """
    p = Path(path)
    shown = str(p).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    try:
        mode = os.stat(p).st_mode
    except PermissionError:
        folder = _denied_folder(p)
        if folder is None:
            raise InputFileError.of("file-unreadable", path=shown) from None
        raise InputFileError.of("file-folder-denied", path=shown, folder=folder) from None
    except (FileNotFoundError, NotADirectoryError, ValueError):  # ValueError: a NUL byte
        if os.path.islink(p):
            raise InputFileError.of("file-link-broken", path=shown,
                                    target=os.readlink(p)) from None
        similar = _same_name_otherwise(p)
        if similar is not None:
            raise InputFileError.of("file-not-found-similar", path=shown,
                                    name=similar) from None
        raise InputFileError.of("file-not-found", path=shown) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputFileError.of("file-symlink-loop", path=shown) from None
        raise
    if stat.S_ISDIR(mode):
        raise InputFileError.of("file-is-directory", path=shown)
    if not stat.S_ISREG(mode):  # opening a pipe would wait for a writer, then consume it
        raise InputFileError.of("file-is-pipe", path=shown)
    try:
        with open(p, "rb"):
            pass
    except PermissionError:
        raise InputFileError.of("file-unreadable", path=shown) from None


def _denied_folder(p: Path) -> str | None:
    """The first folder on the way to ``p`` that may not be searched, as the path names it."""
    for folder in reversed(p.parents):
        if str(folder) in ("", ".", "/"):
            continue
        if not os.access(folder, os.X_OK):
            return str(folder).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def _same_name_otherwise(p: Path) -> str | None:
    """The name of the file beside ``p`` that is ``p``'s own name with its accents encoded
    otherwise (« é » one character, NFC, or « e » and a combining accent, NFD: a name typed
    on one system, the file saved on another), else None."""
    name = p.name
    if not name or name.isascii():
        return None
    want = unicodedata.normalize("NFC", name)
    try:
        beside = os.listdir(p.parent)
    except OSError:
        return None
    for other in sorted(beside):
        if other != name and unicodedata.normalize("NFC", other) == want:
            return other
    return None
