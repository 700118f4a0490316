"""Output files: atomic writes (temporary file + rename) and output checks.

Standard library only. A crash in the middle of writing never leaves a
half-written report, and never destroys the previous one. An existing file is
overwritten only when barometre wrote it (and nobody changed it since), or
with ``force``: a filled survey, a user's own workbook or image is never lost.

Marks of barometre's own files:

- workbooks (``save_workbook``): ``dc:identifier`` in ``docProps/core.xml`` is
  ``barometre:sha256:<hash of every other part>``: editing the workbook in
  Excel, LibreOffice or openpyxl changes the parts and so removes the mark;
- PNG, SVG, PDF (:func:`image_metadata`): the ``Software`` / ``Creator``
  metadata is ``barometre``.

A workbook that holds survey answers is never replaced without ``force`` either, even with
barometre's mark (:func:`holds_answers`): the demo survey, a template pre-filled from the
annuaire. Only barometre's reports and its templates still empty are regenerated freely.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import errno
import hashlib
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ..domain.errors import OutputFileError, UsageError
from ..messages import SURFACE, Msg, os_error_said

__all__ = ["atomic_path", "write_atomic", "check_output", "written_by_barometre",
           "holds_answers", "workbook_kind", "open_elsewhere", "overwrite_allowed",
           "image_metadata", "source_date", "MARKER"]

MARKER = "barometre"
_FORCE: contextvars.ContextVar[bool] = contextvars.ContextVar("barometre_force", default=False)


@contextlib.contextmanager
def overwrite_allowed(allowed: bool = True) -> Iterator[None]:
    """Within this block, :func:`check_output` overwrites any file (the CLI's ``--force``)."""
    token = _FORCE.set(bool(allowed) or _FORCE.get())
    try:
        yield
    finally:
        _FORCE.reset(token)


def image_metadata(fmt: str) -> dict[str, str]:
    """Metadata that marks a figure as barometre's (for matplotlib's ``savefig``)."""
    return {"png": {"Software": MARKER}, "svg": {"Creator": MARKER},
            "pdf": {"Creator": MARKER}}.get(fmt.lower().lstrip("."), {})


#: what a refused rename over a file says: held open by another program (Windows: Excel),
#: protected (read-only, immutable, ``chattr +i``), busy
_HELD = {errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY}


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; rename it over ``target`` on success.

    Parent folders are created. On any exception the temporary file is removed
    and ``target`` is left as it was. The temporary file is flushed to the disk (``fsync``,
    then its folder's) before the rename: a power cut just after never leaves an empty
    file under the name. A ``target`` that is a symbolic link keeps it: the file it points
    to is the one replaced, its temporary file written beside it. The new file takes the
    replaced file's permissions, else those of a new file (``0666`` less the umask).

    A ``target`` that the system will not let be replaced (open in Excel on Windows,
    immutable), a folder that takes no new file, a path under a file (``base.csv/r.xlsx``)
    or a ``target`` that is no regular file (a device such as ``/dev/full``, a pipe) raise
    :class:`~barometre.domain.errors.OutputFileError`, naming ``target`` (never the
    temporary file) and what to do; any other ``OSError`` (a full disk) names ``target``
    too. A read-only file is replaced (its folder allows it): :func:`check_output` is
    where it is refused without ``force``.

    Raises
    ------
    OutputFileError
        ``target`` cannot be replaced, is no regular file, or its folder takes no new file.
    """
    named = Path(target)  # as the user gave it, in every message
    target = _followed(named)
    _check_folders(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_orphans(target)
        # the writer's process id in the name: a later run knows an orphan from a live write
        fd, tmp = tempfile.mkstemp(prefix=_tmp_prefix(target) + f"{os.getpid()}.",
                                   suffix=".tmp" + target.suffix, dir=target.parent)
    except OSError as exc:
        if exc.errno in _HELD | {errno.EROFS}:  # a folder write-protected, not ours
            raise OutputFileError.of("output-folder-denied", file=str(named),
                                     folder=str(target.parent), detail=_said(exc)) from exc
        # a folder that takes no file at all (/proc): said of the user's path, never of
        # the temporary file mkstemp tried
        raise OutputFileError.of("output-folder-failed", file=str(named),
                                 folder=str(target.parent), detail=_said(exc)) from exc
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        try:
            yield tmp_path
            _sync(tmp_path)  # (before the chmod: a read-only mode would refuse Windows' open)
            os.chmod(tmp_path, _output_mode(target))
        except OSError as exc:  # a full disk while writing: the user's file named
            raise _named(exc, named, tmp_path)
        try:
            os.replace(tmp_path, target)
        except OSError as exc:
            if exc.errno in _HELD or isinstance(exc, PermissionError):
                raise OutputFileError.of("output-not-replaced", file=str(named),
                                         detail=_said(exc)) from exc
            raise _named(exc, named, tmp_path)
        _sync_folder(target.parent)
    finally:
        with contextlib.suppress(OSError):  # else an orphan, removed by the next write
            tmp_path.unlink(missing_ok=True)


def _followed(target: Path) -> Path:
    """The file ``target`` names: itself, or the end of its symbolic links (``dernier.xlsx ->
    archives/2025/rapport.xlsx``: the report is replaced there and the link kept, where a
    rename over the link would have made it a file and left the report stale). Refused when
    that file exists and is no regular file: a device (a link to ``/dev/full``), a pipe, a
    socket would be replaced by the report."""
    real = Path(os.path.realpath(target)) if target.is_symlink() else target
    try:
        st = real.stat()
    except OSError:
        return real  # none yet (or unreadable): mkstemp and the rename say what is wrong
    if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        raise OutputFileError.of("output-not-regular", file=str(target))
    return real


#: the longest file name of most file systems (ext4, XFS, Btrfs, tmpfs, NTFS, APFS), in bytes
_NAME_MAX = 255
#: what the temporary name adds to its prefix: a process id (up to 10 digits), ".", the 8
#: random characters of mkstemp, ".tmp"
_TMP_EXTRA = 10 + 1 + 8 + len(".tmp")


def _tmp_prefix(target: Path) -> str:
    """``.<name>.``, the start of ``target``'s temporary name, ``<name>`` cut (at a
    character) so that the whole temporary name, ``.<name>.<pid>.<random>.tmp<suffix>``,
    fits in 255 bytes: a name the file system takes (up to 255 bytes) is written, where
    the added 26 bytes made « File name too long » of a 235-byte one."""
    room = _NAME_MAX - 2 - _TMP_EXTRA - len(os.fsencode(target.suffix))
    return f".{_cut(target.name, room)}."


def _cut(name: str, room: int) -> str:
    """The longest start of ``name`` of at most ``room`` bytes (whole characters)."""
    out = name
    while out and len(os.fsencode(out)) > room:
        out = out[:-1]
    return out


def _sync(path: Path) -> None:
    """Flush ``path``'s bytes to the disk before it takes the user's name (Windows flushes
    only a file open for writing)."""
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries (the rename) to the disk where the system allows it (not
    on Windows, whose folders cannot be opened so)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _check_folders(target: Path) -> None:
    """Refuse a ``target`` whose nearest existing ancestor is a file, not a folder
    (``base.csv/r.xlsx`` beside a ``base.csv``): the system's "File exists" or "Not a
    directory" would not say which part of the path is wrong."""
    for parent in target.parents:
        try:
            if parent.is_dir():
                return
            if parent.exists() or parent.is_symlink():
                raise OutputFileError.of("output-parent-is-file", file=str(target),
                                         parent=str(parent))
        except OSError:
            return  # unreadable: mkdir and mkstemp below say what is wrong


def _said(exc: OSError) -> Msg | str:
    """What went wrong, without the file it names: a common error in the user's language
    (« fichier ou dossier introuvable »), else the system's words ("[WinError 32] …": the
    process cannot access the file…): :func:`~barometre.messages.os_error_said`."""
    return os_error_said(exc)


def _named(exc: OSError, target: Path, tmp: Path | None = None) -> OSError:
    """``exc`` naming ``target`` where it named the temporary file or nothing: the CLI says
    « erreur d'entrée-sortie (rapport.xlsx) : No space left on device », not the hidden
    ``.rapport.xlsx.2146.rzeouyci.tmp.xlsx``."""
    if exc.filename is None or (tmp is not None and str(exc.filename) == str(tmp)):
        exc.filename = str(target)
    return exc


def _remove_orphans(target: Path) -> None:
    """Remove the temporary files that a write of ``target`` killed on the spot (``kill
    -9``, a power cut) left beside it: named ``.<name>.<pid>.<random>.tmp<suffix>``, of a
    process that no longer runs. A write still running (its process alive) is left alone."""
    prefix = _tmp_prefix(target)  # a long name cut as the write cuts it
    pattern = re.compile(re.escape(prefix) + r"(\d+)\.[^/]+"
                         + re.escape(".tmp" + target.suffix) + "$")
    try:
        names = [e.name for e in os.scandir(target.parent) if e.name.startswith(prefix)]
    except OSError:
        return
    for name in names:
        m = pattern.match(name)
        if m is None or _alive(int(m.group(1))):
            continue
        with contextlib.suppress(OSError):
            (target.parent / name).unlink()


def _alive(pid: int) -> bool:
    """Whether a process ``pid`` runs (another user's counts: not ours to remove)."""
    if pid == os.getpid() or os.name == "nt":  # Windows' os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True


def _output_mode(target: Path) -> int:
    """The mode to give the new file: the replaced file's permissions (a 0600 report stays
    private; no set-user-id or sticky bit), else the usual ones for a new file (0666 less
    the umask; mkstemp's 0600 would be surprising)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(target: str | os.PathLike, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` then move the result onto ``target``. Returns ``target``."""
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)


def check_output(output: str | os.PathLike, suffixes: tuple[str, ...],
                 inputs: tuple[str | os.PathLike | None, ...] = (), force: bool = False,
                 option: str | None = None, kind: str | None = None) -> Path:
    """Check an output path: known extension, not one of the command's inputs, and, if it
    exists, not open in LibreOffice or Excel (:func:`open_elsewhere`: a lock file beside
    it), readable (``chmod 000``: what it holds cannot be checked), not read-only
    (``chmod 444``: kept as it is, as ``cp`` does), written by barometre,
    holding no survey answers (:func:`holds_answers`) and, with
    ``kind`` ("report" or "template"), of that kind (:func:`workbook_kind`: a template never
    replaces a report, nor a report a template), unless ``force`` or within
    :func:`overwrite_allowed`. ``option`` is how the caller's user says force in the
    refusal: ``force=True`` (Python), ``--force`` (the CLI); by default, as its reader
    writes it (:data:`~barometre.messages.SURFACE`: a file that appears at the path while
    a command's report is being made is refused with « --force » too).

    Raises
    ------
    UsageError
        A wrong extension, the output is an input or a folder, or a file barometre may not
        replace; no path (a ``BytesIO``, an empty str: ``path-not-path``,
        ``output-path-empty``).
    OutputFileError
        The output is open in LibreOffice or Excel (its lock file, read as its reader's name),
        or in a folder that may not be searched.
    """
    from ..survey.inputs import check_path_given

    check_path_given(output, output=True)  # a BytesIO, "": said, not a TypeError
    out = Path(output)
    if out.suffix.lower() not in suffixes:
        raise UsageError.of("output-extension", suffix=out.suffix or Msg("no-extension"),
                            file=out.name, expected=", ".join(suffixes))
    exists = _exists(out)
    for i in inputs:
        if i is not None and exists and _same_file(out, Path(i)):
            raise UsageError.of("output-is-input", path=str(out))
    if exists and out.is_dir():
        raise UsageError.of("output-is-directory", path=str(out))
    if exists:  # a pipe, a device: refused before a check opens it (a pipe's open waits)
        _followed(out)
    if exists and not (force or _FORCE.get()):
        cli = option == "--force" if option is not None else SURFACE.get() == "cli"
        how = Msg("output-force-cli" if cli else "output-force-api")
        lock = open_elsewhere(out)
        if lock is not None:  # replaced under its reader's eyes: refused, said who has it
            path, program, who = lock
            raise OutputFileError.of("output-open", file=out.name, program=program, lock=path.name,
                                     who=Msg("output-open-who", who=who) if who else "", force=how)
        if _unreadable(out):  # (chmod 000): what it holds cannot be checked
            raise UsageError.of("output-unreadable", file=out.name, force=how)
        if _read_only(out):  # made read-only to keep it: the rename would not ask
            raise UsageError.of("output-read-only", file=out.name, force=how)
        if not written_by_barometre(out):
            raise UsageError.of("output-not-ours", file=out.name, force=how)
        if holds_answers(out):
            raise UsageError.of("output-holds-answers", file=out.name, force=how)
        have = workbook_kind(out) if kind else None
        if have and have != kind:  # barometre's own file, but another one: not regenerated
            raise UsageError.of("output-other-kind", file=out.name, have=_KIND_WORDS[have],
                                want=_KIND_WORDS[kind], force=how)
    return out


def _exists(out: Path) -> bool:
    """Whether ``out`` exists; a folder on its way that may not be searched (``chmod 000``)
    said in one line (Python raises « Permission denied »)."""
    try:
        return out.exists()
    except PermissionError as exc:
        raise OutputFileError.of("output-folder-denied", file=str(out), folder=str(out.parent),
                                 detail=_said(exc)) from None


def _unreadable(path: Path) -> bool:
    """Whether this process may not read ``path`` (its permissions: ``chmod 000``), tried
    as the checks that follow would read it."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a pipe's open would wait for a writer
            return False
        with open(path, "rb"):
            return False
    except PermissionError:
        return True
    except OSError:  # another trouble: the checks that read it say theirs
        return False


def _same_file(out: Path, given: Path) -> bool:
    """Whether the input ``given`` is the file ``out`` (an input that cannot be reached is
    not: its reader says why)."""
    try:
        return given.exists() and out.resolve() == given.resolve()
    except OSError:
        return False


def _read_only(path: Path) -> bool:
    """Whether ``path`` is read-only for this process: the system will not let it write the
    file (``os.access``: root may write any, as ``cp`` does) and the file's permissions say
    so (``chmod 444``, another user's file). A file whose permissions allow it but the
    system refuses (``chattr +i``, a read-only mount) is not: the write says why, and
    ``--force`` would not help there."""
    try:
        if os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids):
            return False
        st = path.stat()
    except OSError:
        return False
    if os.name == "nt":  # its read-only attribute, what os.access reads there
        return True
    if st.st_uid == os.geteuid():
        bit = stat.S_IWUSR
    elif st.st_gid == os.getegid() or st.st_gid in os.getgroups():
        bit = stat.S_IWGRP
    else:
        bit = stat.S_IWOTH
    return not st.st_mode & bit


def open_elsewhere(path: str | os.PathLike) -> tuple[Path, str, str | None] | None:
    """The lock file that says ``path`` is open in another program, that program and, when
    the lock names it, who has it open; None when there is none. LibreOffice writes
    ``.~lock.<name>#`` beside the file it opens (its first fields: the user's name, their
    login), Excel and Word ``~$<name>`` (on Windows Excel also keeps the file from being
    replaced: :func:`atomic_path` says so). A lock left by a crash looks the same: the
    refusal says so, and ``force`` replaces the file."""
    p = Path(path)
    for lock, program in ((p.with_name(f".~lock.{p.name}#"), "LibreOffice"),
                          (p.with_name(f"~${p.name}"), "Excel")):
        try:
            if not lock.is_file():
                continue
            head = lock.read_bytes()[:512] if program == "LibreOffice" else b""
        except OSError:
            continue
        fields = head.decode("utf-8", "replace").split(",")
        who = next((f.strip() for f in fields[:2] if f.strip()), None) if len(fields) > 1 else None
        who = re.sub(r"[\x00-\x1f\x7f]", "", who)[:60] if who else None  # a name, nothing more
        return lock, program, who or None
    return None


#: A workbook's kind as the refusal says it
_KIND_WORDS = {"report": Msg("output-kind-report"), "template": Msg("output-kind-template")}


def workbook_kind(path: str | os.PathLike) -> str | None:
    """``"report"`` (a barometre report: its keywords), ``"template"`` (a survey template:
    its title), or None (any other file)."""
    try:
        with zipfile.ZipFile(path) as z:
            core = z.read("docProps/core.xml")
    except (OSError, zipfile.BadZipFile, KeyError):
        return None
    if re.search(rb"<cp:keywords>" + re.escape(_REPORT_KEYWORDS), core):
        return "report"
    if re.search(rb"<dc:title[^>]*>" + re.escape(_TEMPLATE_TITLE), core):
        return "template"
    return None


#: What barometre writes in a report's keywords and a template's title (core.xml)
#: what a report's core properties start their keywords with, and a template its title
#: (written by render.excel.workbook and survey.template, read here: one constant)
REPORT_KEYWORDS = "barometre, réseaux sociaux"
TEMPLATE_TITLE = "Enquête barometre"
_REPORT_KEYWORDS = REPORT_KEYWORDS.encode()
_TEMPLATE_TITLE = TEMPLATE_TITLE.encode()
#: A template's first cells with a value (code, name, context, population): barometre's
_TEMPLATE_FILLED = re.compile(rb'<c r="(?:[A-Z]{2,3}|[E-Z])(?:[2-9]|[1-9]\d+)"[^>]*?(?<!/)>'
                              rb'(?:<f>[^<]*</f>)?<(?:v|is)>')


def holds_answers(path: str | os.PathLike) -> bool:
    """True when the workbook ``path`` may hold survey answers: every workbook but a
    barometre report (its keywords) and a barometre template (its title) whose survey
    sheet has nothing past the four columns barometre fills (code, name, context,
    population). A filled survey, the demo survey (written with barometre's mark by
    ``scripts/make_demo_data.py``) and a template pre-filled from the annuaire hold answers;
    a file that is not a workbook holds none."""
    try:
        with zipfile.ZipFile(path) as z:
            core = z.read("docProps/core.xml")
            if re.search(rb"<cp:keywords>" + re.escape(_REPORT_KEYWORDS), core):
                return False
            if not re.search(rb"<dc:title[^>]*>" + re.escape(_TEMPLATE_TITLE), core):
                return True
            return _TEMPLATE_FILLED.search(z.read("xl/worksheets/sheet1.xml")) is not None
    except (OSError, zipfile.BadZipFile, KeyError):
        return False


def written_by_barometre(path: str | os.PathLike) -> bool:
    """True when ``path`` carries barometre's mark, unchanged since barometre wrote it."""
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            with zipfile.ZipFile(p) as z:
                core = z.read("docProps/core.xml")
                m = re.search(rb"<dc:identifier[^>]*>barometre:sha256:([0-9a-f]{64})<", core)
                return bool(m) and m.group(1).decode() == _parts_hash(z)
        data = p.read_bytes()
    except (OSError, zipfile.BadZipFile, KeyError):
        return False
    if suffix == ".png":
        return _png_software(data) == MARKER
    if suffix == ".svg":
        return re.search(rb"<dc:creator>\s*<cc:Agent>\s*<dc:title>barometre</dc:title>",
                         data) is not None
    if suffix == ".pdf":
        return re.search(rb"/Creator\s*\(barometre\)", data) is not None
    return False


def _png_software(data: bytes) -> str | None:
    """The ``Software`` text chunk of a PNG, if any."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    pos = 8
    while pos + 8 <= len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"tEXt" and body.startswith(b"Software\x00"):
            return body[len(b"Software\x00"):].decode("latin-1")
        if kind == b"IEND":
            break
        pos += 12 + length
    return None


def _parts_hash(z: zipfile.ZipFile) -> str:
    """sha256 of every part of a workbook but ``docProps/core.xml`` (which holds the mark)."""
    h = hashlib.sha256()
    for name in sorted(z.namelist()):
        if name != "docProps/core.xml":
            h.update(name.encode() + b"\x00" + z.read(name) + b"\x00")
    return h.hexdigest()


#: The date of a workbook when ``SOURCE_DATE_EPOCH`` is not set: the same bytes on every run
CONSTANT_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
#: The last second a zip entry can date (its year is 1980 + 7 bits)
_LAST_ZIP_DATE = dt.datetime(2107, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc)


def source_date(default: dt.datetime | None = None) -> dt.datetime:
    """The date written in barometre's workbooks (report, template, annuaire survey):
    ``SOURCE_DATE_EPOCH`` when set (reproducible builds: whole seconds since 1970, UTC),
    else ``default`` (the report's: the date of its data), else a constant, so that two
    runs give the same bytes.

    Raises
    ------
    UsageError
        ``source-date-epoch``: a value that is not a whole number of seconds, or past the
        last date a zip file can hold (31 December 2107): as the reproducible-builds
        specification asks, a malformed value stops the run rather than being ignored.

    Examples
    --------
    >>> import os
    >>> os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    >>> source_date().isoformat()
    '2023-11-14T22:13:20+00:00'
    >>> os.environ["SOURCE_DATE_EPOCH"] = "soon"
    >>> source_date()
    Traceback (most recent call last):
    ...
    barometre.domain.errors.UsageError: SOURCE_DATE_EPOCH = « soon » : attendu un nombre entier de secondes depuis le 1er janvier 1970 (UTC), au plus 4354819199 (31 décembre 2107, la dernière date d'un fichier zip)
    >>> del os.environ["SOURCE_DATE_EPOCH"]
    >>> source_date().isoformat()
    '2000-01-01T00:00:00+00:00'
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return CONSTANT_DATE if default is None else default
    if epoch.isascii() and epoch.isdigit() and len(epoch) <= 12:
        when = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
        if when <= _LAST_ZIP_DATE:
            return when
    raise UsageError(Msg("source-date-epoch", value=epoch[:40],
                         last=str(int(_LAST_ZIP_DATE.timestamp()))))


def zip_date(when: dt.datetime) -> tuple[int, int, int, int, int, int]:
    """A zip entry's date: ``when``, or 1 January 1980 for an earlier one (the first a zip
    file can hold: ``SOURCE_DATE_EPOCH=0`` or ``1`` is common in builds)."""
    if when.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)


def reproducible_xlsx(data: bytes, stamp: str | None = None) -> bytes:
    """Make the bytes of an openpyxl workbook reproducible.

    openpyxl stamps the save time into ``docProps/core.xml`` (created and modified) and
    the zip entries; this sets all of them to ``stamp`` (ISO 8601, UTC; by default
    :func:`source_date`) so that the same content gives the same file. It also writes
    barometre's mark (see the module's docstring).
    """
    import io

    when = source_date() if stamp is None else dt.datetime.fromisoformat(
        stamp.replace("Z", "+00:00"))
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")

    src = zipfile.ZipFile(io.BytesIO(data))
    mark = (f'<dc:identifier xmlns:dc="http://purl.org/dc/elements/1.1/">barometre:sha256:'
            f'{_parts_hash(src)}</dc:identifier>').encode()
    out_buf = io.BytesIO()
    with zipfile.ZipFile(out_buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # created as well as modified: openpyxl writes the time of the save in it
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<3>", body)
                body = re.sub(rb"<dc:identifier[^>]*>[^<]*</dc:identifier>|<dc:identifier[^>]*/>",
                              b"", body)
                body = body.replace(b"</cp:coreProperties>", mark + b"</cp:coreProperties>")
            info.date_time = zip_date(when)
            out.writestr(info, body)
    return out_buf.getvalue()


def save_workbook(wb, target: str | os.PathLike, stamp: str | None = None) -> Path:
    """Save an openpyxl workbook atomically, with reproducible bytes (dated ``stamp``, by
    default :func:`source_date`)."""
    import io

    buf = io.BytesIO()
    wb.save(buf)
    data = reproducible_xlsx(buf.getvalue(), stamp)
    return write_atomic(target, lambda tmp: tmp.write_bytes(data))
