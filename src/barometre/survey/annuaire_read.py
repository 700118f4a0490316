"""Reading the exports of the Annuaire de l'administration (DILA, service-public.gouv.fr).

Two shapes are read, detected from the content (never from the file name alone):

- the **bulk** download: ``{"service": [...]}``, nested fields (``pivot``,
  ``reseau_social``…) as real JSON arrays; as ``.json``, or inside a ``.zip`` or
  ``.gz``;
- the **API** exports: ``{"total_count": n, "results": [...]}`` or a plain JSON
  list of records, and the CSV export (``;``-separated), where nested fields are
  JSON-encoded strings.

The bulk file holds about 80,000 services and weighs hundreds of MB: it is
streamed record by record with ijson (C backend, yajl2), and only the few fields
barometre needs are kept, so that memory does not grow with the file.

Examples
--------
>>> from barometre.survey.annuaire_read import sniff, services
>>> kind = sniff("annuaire.json")                 # doctest: +SKIP
>>> sum(1 for _ in services("annuaire.json"))     # doctest: +SKIP
80000
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import io
import json
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..domain.errors import InputFileError

__all__ = ["Service", "sniff", "services", "is_annuaire", "SUFFIXES"]

SUFFIXES = (".json", ".zip", ".gz", ".csv", ".txt")
_HEAD = 64 * 1024


@dataclass(slots=True)
class Service:
    """The fields of one service that barometre uses.

    ``pivot`` is a list of ``(type_service_local, [codes INSEE])``; ``social`` a
    list of ``(url, label)`` from ``reseau_social`` (``valeur``, ``custom_dico2``).
    """

    id: str
    name: str
    code_insee: str
    siren: str
    pivot: list[tuple[str, list[str]]] = field(default_factory=list)
    social: list[tuple[str, str]] = field(default_factory=list)
    modified: dt.date | None = None
    row: int = 0  # position in the file, 1-based
    has_social: bool = True  # False when the record has no ``reseau_social`` field at all


@contextmanager
def _open_binary(path: Path) -> Iterator[IO[bytes]]:
    """The JSON/CSV bytes of ``path``: plain, gzip, or the first .json/.csv member of a zip."""
    with open(path, "rb") as raw:
        magic = raw.read(4)
    if magic.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()
                       and m.filename.lower().endswith((".json", ".csv"))]
            if not members:
                raise InputFileError.of("annuaire-zip-empty", file=path.name)
            member = max(members, key=lambda m: m.file_size)
            with zf.open(member) as fh:
                yield fh
    elif magic.startswith(b"\x1f\x8b"):
        with gzip.open(path, "rb") as fh:
            yield fh
    else:
        with open(path, "rb") as fh:
            yield fh


def _head(path: Path) -> bytes:
    try:
        with _open_binary(path) as fh:
            return fh.read(_HEAD)
    except (OSError, zipfile.BadZipFile, EOFError, gzip.BadGzipFile, InputFileError):
        return b""  # not ours (a workbook is a zip too): the survey reader will say what it is


_CSV_MARKERS = ("pivot", "nom", "id")


def sniff(path: str | Path) -> str | None:
    """The shape of an annuaire export: ``"bulk"``, ``"api"``, ``"list"``, ``"csv"`` or None.

    Reads the first 64 KiB (decompressed). None means "not an annuaire export", so
    that the survey reader can try the file as a survey.
    """
    p = Path(path)
    if p.suffix.lower() not in SUFFIXES or not p.is_file():
        return None
    head = _head(p)
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        key = _first_key(head)
        if key == "service":
            return "bulk"
        if key in ("total_count", "results"):
            return "api"
        return None
    if text.startswith("["):
        return "list" if '"pivot"' in text[:_HEAD] else None
    first = text.split("\n", 1)[0]
    for sep in (";", ",", "\t"):
        cols = {c.strip().strip('"').lower() for c in first.split(sep)}
        if all(m in cols for m in _CSV_MARKERS):
            return "csv"
    return None


def _first_key(head: bytes) -> str | None:
    import ijson

    try:
        for prefix, event, value in ijson.parse(io.BytesIO(head)):
            if event == "map_key" and prefix == "":
                return value
    except (ijson.JSONError, ijson.IncompleteJSONError):
        pass
    return None


def is_annuaire(path: str | Path) -> bool:
    """True when ``path`` is an annuaire export (bulk, API JSON or API CSV)."""
    return sniff(path) is not None


def _nested(value: Any) -> list:
    """A nested field as a list: real arrays (bulk) or JSON-encoded strings (API, CSV)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    if isinstance(value, dict):
        return [value]
    return value if isinstance(value, list) else []


def _date(record: dict) -> dt.date | None:
    """``date_modification_datetime`` (API, ISO) or ``date_modification`` (bulk, 09/08/2023 …)."""
    for key in ("date_modification_datetime", "date_modification"):
        v = record.get(key)
        if not v or not isinstance(v, str):
            continue
        v = v.strip()
        try:
            if len(v) >= 10 and v[4] == "-":
                return dt.date.fromisoformat(v[:10])
            if len(v) >= 10 and v[2] == "/" and v[5] == "/":  # strptime is 20x slower
                return dt.date(int(v[6:10]), int(v[3:5]), int(v[0:2]))
        except ValueError:
            continue
    return None


def _codes(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    s = str(value).strip()
    return [s] if s else []


def _service(record: dict, row: int) -> Service:
    pivot = []
    for item in _nested(record.get("pivot")):
        if isinstance(item, dict):
            pivot.append((str(item.get("type_service_local") or "").strip().lower(),
                          _codes(item.get("code_insee_commune"))))
    social = []
    for item in _nested(record.get("reseau_social")):
        if isinstance(item, dict):
            url = str(item.get("valeur") or "").strip()
            label = str(item.get("custom_dico2") or item.get("libelle") or "").strip()
            if url:
                social.append((url, label))
        elif isinstance(item, str) and item.strip():
            social.append((item.strip(), ""))
    code = record.get("code_insee_commune")
    return Service(id=str(record.get("id") or ""), name=str(record.get("nom") or ""),
                   code_insee=(_codes(code) or [""])[0], siren=str(record.get("siren") or ""),
                   pivot=pivot, social=social, modified=_date(record), row=row,
                   has_social="reseau_social" in record)


_PREFIX = {"bulk": "service.item", "api": "results.item", "list": "item"}


def services(path: str | Path) -> Iterator[Service]:
    """Stream the services of an annuaire export, one :class:`Service` at a time.

    Raises
    ------
    InputFileError
        When the file is not an annuaire export, or is cut or corrupt.
    """
    from .inputs import check_input

    check_input(path)  # as given: a BytesIO, "" or "https://…" said as such
    p = Path(path)  # missing, a folder, a pipe, unreadable: said as such
    kind = sniff(p)
    if kind is None:
        raise InputFileError.of("annuaire-not-recognised", file=p.name)
    if kind == "csv":
        yield from _csv_services(p)
        return
    import ijson

    row = 0
    try:
        with _open_binary(p) as fh:
            for record in ijson.items(fh, _PREFIX[kind], use_float=True):
                row += 1
                if isinstance(record, dict):
                    yield _service(record, row)
    except (ijson.JSONError, ijson.IncompleteJSONError, EOFError, zipfile.BadZipFile,
            gzip.BadGzipFile) as exc:
        from ..messages import plural_s

        raise InputFileError.of("annuaire-corrupt", file=p.name, n=row, s=plural_s(row),
                                detail=" ".join(str(exc).split())[:120]) from None


def _csv_services(p: Path) -> Iterator[Service]:
    # nested JSON strings can be long: lift the csv module's 128 KiB field limit
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with _open_binary(p) as fh:
        head = fh.read(4)
        encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8[:3]) else "utf-8"
    with _open_binary(p) as fh:
        text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
        first = text.readline()
        sep = max((";", ",", "\t"), key=first.count)
        reader = csv.DictReader(io.StringIO(first), delimiter=sep)
        names = [n.strip().lower() for n in (reader.fieldnames or [])]
        for row, values in enumerate(csv.reader(text, delimiter=sep), start=2):
            if not any(v.strip() for v in values):
                continue
            yield _service(dict(zip(names, values)), row)
