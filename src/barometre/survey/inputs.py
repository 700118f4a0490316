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
import re
import stat
import unicodedata
from pathlib import Path

from .._streams import is_stream
from ..domain.errors import InputFileError, UsageError

__all__ = ["check_input", "check_path_given", "is_stream"]

#: a web address: a scheme and "://" as typed, or "scheme:/" once :class:`~pathlib.Path`
#: (the command line's arguments) collapsed its "//"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://|^(?:https?|ftps?|sftp|s3|gs|file):/(?!/)",
                  re.IGNORECASE)


def check_path_given(path: object, output: bool = False) -> None:
    """Refuse what is no path before it is made one: a Python caller's ``BytesIO``, open
    file or list (``Path()`` would raise a bare TypeError, a list of lines read from a
    stream), or an empty string (``Path("")`` is ".", the current folder).

    ``output``: the path of a file to write (:func:`barometre.render.files.check_output`),
    said so.

    Raises
    ------
    UsageError
        ``path-not-path``: ``path`` is neither a str nor an :class:`os.PathLike`;
        ``output-path-empty``: an empty output path.
    InputFileError
        ``file-path-empty``: an empty (or blank) input path.

    Examples
    --------
    >>> import io
    >>> check_path_given(io.BytesIO(b"code;facebook"))
    Traceback (most recent call last):
    ...
    barometre.domain.errors.UsageError: attendu le chemin d'un fichier (str ou pathlib.Path), pas un BytesIO : enregistrez d'abord son contenu dans un fichier
    """
    from ..messages import Msg

    if not isinstance(path, (str, os.PathLike)):
        hint = ("" if output and not hasattr(path, "write")
                else Msg("path-not-path-written") if output
                else Msg("path-not-path-stream") if hasattr(path, "read")
                else Msg("path-not-path-several") if isinstance(path, (list, tuple, set))
                else "")
        raise UsageError.of("path-not-path", kind=type(path).__name__, hint=hint)
    if isinstance(path, str) and not path.strip():
        if output:
            raise UsageError.of("output-path-empty")
        raise InputFileError.of("file-path-empty")


def _web_address(p: Path | str) -> str | None:
    """The web address a missing path is, as the user typed it ("https://…", its "//"
    given back when :class:`~pathlib.Path` collapsed it), else None."""
    text = os.fspath(p)
    if not isinstance(text, str) or not _URL.match(text):
        return None
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*):/(?!/)", r"\1://", text)


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
        way that may not be searched), ``file-is-url`` (a web address: only local files
        are read), ``file-path-empty``.
    UsageError
        ``path-not-path``: no path at all (a ``BytesIO``, a list): :func:`check_path_given`.

    Examples
    --------
    >>> check_input("nowhere/enquete.csv")
    Traceback (most recent call last):
    ...
    barometre.domain.errors.InputFileError: nowhere/enquete.csv : fichier introuvable
    """
    check_path_given(path)
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
        url = _web_address(path)
        if url is not None:  # "https:/example.org/x.csv : fichier introuvable" said nothing
            raise InputFileError.of("file-is-url", url=url) from None
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
