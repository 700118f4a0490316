"""Input files given as streams: a named pipe, ``<(…)`` (``/dev/fd/63``), ``/dev/stdin``.

The readers open a file several times (its first bytes to recognise it, then the whole)
and by its extension: a stream gives its bytes once and has no extension. The command
line copies each stream to a temporary file first, with the extension its first bytes
say (a workbook, Parquet, an Annuaire export, else text), reads that copy under the
stream's own name (:data:`barometre.survey.grid.SHOWN_AS`), and removes it at the end.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

#: The extensions the readers know (surveys, then the Annuaire's exports)
_KNOWN = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv", ".parquet", ".json", ".zip", ".gz",
          ".xls", ".ods")


def _sniffed_suffix(path: Path) -> str:
    """The extension the first bytes of ``path`` say: .xlsx, .zip (an Annuaire export),
    .parquet, .gz, .json, .xls (the old format, refused by name), else .csv (text)."""
    with open(path, "rb") as fh:
        head = fh.read(512)
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile:
            return ".xlsx"  # said damaged by the workbook's reader
        return ".xlsx" if "[Content_Types].xml" in names else ".zip"
    if head.startswith(b"PAR1"):
        return ".parquet"
    if head.startswith(b"\x1f\x8b"):
        return ".gz"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ".xls"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        return ".json"
    return ".csv"


def _is_stream_path(path: Path) -> bool:
    """A pipe or device, or a path of /dev or /proc (``/dev/stdin`` redirected from a
    file is a regular file, but has no name of its own). (Not
    :func:`barometre.survey.inputs.is_stream`: ``barometre types`` imports no numpy.)"""
    if str(path).startswith(("/dev/", "/proc/")):
        return True
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


@contextmanager
def spooled(ctx, params) -> Iterator[None]:
    """Within it, each input path of ``ctx.params`` that is a stream replaced by its copy
    (named as given); the copies removed after."""
    folder: str | None = None
    copies: list[str] = []
    try:
        for p in params:
            if p.name == "output" or not hasattr(p.type, "readable"):
                continue  # not an input path
            value = ctx.params.get(p.name)
            many = isinstance(value, (list, tuple))
            paths = list(value) if many else [value]
            if not any(v is not None and _is_stream_path(Path(v)) for v in paths):
                continue
            out = []
            for v in paths:
                if v is None or not _is_stream_path(Path(v)):
                    out.append(v)
                    continue
                given = Path(v)
                if not Path(v).exists():  # said by the reader, as another missing file
                    out.append(v)
                    continue
                from ..domain.errors import InputFileError  # (a stream: the reader comes)
                from ..survey.grid import SHOWN_AS, display_name

                folder = folder or tempfile.mkdtemp(prefix="barometre-")
                full = display_name(given, full=True)
                # a pipe's own name (f.csv) is its name; /dev/stdin's, /dev/fd/63's is the path
                named = given.suffix.lower() in _KNOWN and not full.startswith(("/dev/", "/proc/"))
                short = given.name if named else full
                copy = Path(folder) / str(len(copies)) / (given.name if named else "entree")
                copy.parent.mkdir()
                with open(given, "rb") as src, open(copy, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                if copy.stat().st_size == 0:
                    raise InputFileError.of("file-empty", file=short)
                if not named:
                    copy = copy.rename(copy.with_name(f"{copy.name}{_sniffed_suffix(copy)}"))
                SHOWN_AS[str(copy)] = (short, full)
                copies.append(str(copy))
                if not named:  # the path as given, never its last part alone ("63")
                    SHOWN_AS[full] = (full, full)
                    copies.append(full)
                out.append(type(v)(copy) if not isinstance(v, str) else str(copy))
            ctx.params[p.name] = type(value)(out) if many else out[0]
        yield
    finally:
        if copies:
            from ..survey.grid import SHOWN_AS

            for c in copies:
                SHOWN_AS.pop(c, None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
