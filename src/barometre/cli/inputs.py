"""Input files given as streams: ``-`` (the standard input), a named pipe, ``<(…)``
(``/dev/fd/63``), ``/dev/stdin``.

The readers open a file several times (its first bytes to recognise it, then the whole)
and by its extension: a stream gives its bytes once and has no extension. The command
line copies each stream to a temporary file first, with the extension its first bytes
say (a workbook, Parquet, an Annuaire export, else text), reads that copy under the
stream's own name (:data:`barometre.survey.grid.SHOWN_AS`), and removes it at the end.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from .._streams import is_stream

#: The extensions the readers know (surveys, then the Annuaire's exports)
_KNOWN = (".xlsx", ".xlsm", ".csv", ".txt", ".tsv", ".parquet", ".json", ".zip", ".gz",
          ".xls", ".ods")


def _sniffed_suffix(path: Path) -> str:
    """The extension the first bytes of ``path`` say: .xlsx, .zip (an Annuaire export),
    .parquet, .gz, .json, .xls (the old format, refused by name), else .csv (text)."""
    with open(path, "rb") as fh:
        head = fh.read(512)
    if head.startswith(b"PK\x03\x04"):
        import zipfile

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


#: The path that names the standard input (``cat f.csv | barometre validate -``)
STDIN = "-"


def _is_stream_path(path: Path) -> bool:
    """An input the command line reads through a copy: ``-`` (the standard input), a
    stream (:func:`barometre._streams.is_stream`), or a path of /dev or /proc
    (``/dev/stdin`` redirected from a file is a regular file, but has no name of its own)."""
    return str(path) == STDIN or str(path).startswith(("/dev/", "/proc/")) or is_stream(path)


def shown_name(path: str | os.PathLike) -> str:
    """An input's name as a progress line says it: its file name, or for the copy of a
    stream what the user gave (``/dev/stdin``, « entrée standard » for ``-``), never the
    copy's own name (:data:`barometre.survey.grid.SHOWN_AS`, filled by :func:`spooled`,
    which imports that module before it makes a copy)."""
    grid = sys.modules.get("barometre.survey.grid")
    shown = grid.SHOWN_AS.get(str(path)) if grid is not None else None
    name = (shown[0] if shown else None) or Path(path).name or str(path)  # ".": as given
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@contextmanager
def spooled(ctx, params) -> Iterator[None]:
    """Within it, each input path of ``ctx.params`` that is a stream replaced by its copy
    (named as given); the copies removed after."""
    folder: str | None = None
    copies: list[str] = []
    stdin_read = False
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
                stdin = str(v) == STDIN
                if not stdin and not given.exists():  # said by the reader, as another
                    out.append(v)  # missing file
                    continue
                import shutil  # (here: zipfile, tempfile and shutil cost ~10 ms of every
                import tempfile  # command, and only a stream is copied)

                from ..domain.errors import InputFileError, UsageError  # (the reader comes)
                from ..messages import text
                from ..survey.grid import SHOWN_AS, TYPED_AS, display_name
                from .chrome import LANG

                full = display_name(given, full=True)
                # a pipe's own name (f.csv) is its name; /dev/stdin's, /dev/fd/63's is the
                # path; « - », the standard input, is said so (the path given: in commands)
                named = given.suffix.lower() in _KNOWN and not full.startswith(("/dev/", "/proc/"))
                short = (text("stdin-name", LANG.get()) if stdin else given.name if named
                         else full)
                if stdin and stdin_read:  # its bytes come once
                    raise UsageError.of("waves-same-file", first=STDIN)
                stdin_read = stdin_read or stdin
                folder = folder or tempfile.mkdtemp(prefix="barometre-")
                copy = Path(folder) / str(len(copies)) / (given.name if named else "entree")
                copy.parent.mkdir()
                with (_stdin() if stdin else open(given, "rb")) as src, open(copy, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
                if copy.stat().st_size == 0:
                    raise InputFileError.of("file-empty", file=short)
                if not named:
                    copy = copy.rename(copy.with_name(f"{copy.name}{_sniffed_suffix(copy)}"))
                if stdin:  # « entrée standard » in every message and table; « - » to rerun
                    TYPED_AS[str(copy)] = STDIN
                    full = short
                SHOWN_AS[str(copy)] = (short, full)
                copies.append(str(copy))
                if not named:  # the path as given, never its last part alone ("63")
                    SHOWN_AS[str(v) if stdin else full] = (full, full)
                    copies.append(str(v) if stdin else full)
                out.append(type(v)(copy) if not isinstance(v, str) else str(copy))
            ctx.params[p.name] = type(value)(out) if many else out[0]
        yield
    finally:
        if copies:
            from ..survey.grid import SHOWN_AS, TYPED_AS

            for c in copies:
                SHOWN_AS.pop(c, None)
                TYPED_AS.pop(c, None)
        if folder is not None:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)


def _stdin():
    """The standard input's bytes, as a context that leaves it open (the process's own)."""
    stream = getattr(sys.stdin, "buffer", sys.stdin)
    if stream is None:  # closed by the caller (`barometre validate - <&-`)
        raise OSError(9, os.strerror(9), STDIN)
    return nullcontext(stream)
