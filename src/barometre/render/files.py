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

from ..domain.errors import UsageError

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
        # mkstemp creates 0600 files; give the output the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)
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


def reproducible_xlsx(data: bytes, stamp: str = "2000-01-01T00:00:00Z") -> bytes:
    """Make the bytes of an openpyxl workbook reproducible.

    openpyxl stamps the save time into ``docProps/core.xml`` and the zip
    entries; this sets both to ``stamp`` so that the same content gives the
    same file.
    """
    import io
    import re
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out_buf = io.BytesIO()
    y, mo, d = (int(x) for x in stamp[:10].split("-"))
    with zipfile.ZipFile(out_buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", body)
            info.date_time = (max(y, 1980), mo, d, 0, 0, 0)
            out.writestr(info, body)
    return out_buf.getvalue()


def save_workbook(wb, target: str | os.PathLike, stamp: str = "2000-01-01T00:00:00Z") -> Path:
    """Save an openpyxl workbook atomically, with reproducible bytes."""
    import io

    buf = io.BytesIO()
    wb.save(buf)
    data = reproducible_xlsx(buf.getvalue(), stamp)
    return write_atomic(target, lambda tmp: tmp.write_bytes(data))
