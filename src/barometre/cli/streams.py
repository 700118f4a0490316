"""The encoding of what the command line writes, whatever the locale.

CSV and JSON are for programs: always UTF-8 (the README promises it), even when the
locale's encoding is Latin-1 (``LC_ALL=fr_FR.ISO-8859-1``) or Windows' cp1252 (a
redirected output there, ``PYTHONIOENCODING=cp1252``). Tables and messages are for a
reader at a terminal, which shows its own encoding only: written in it, each character
it lacks replaced by a plain equivalent (« ─ » and « − » by « - », the narrow no-break
space of « 12 345 » by a space, « … » by « ... », « œ » by « oe »), never a crash; a
character without one becomes « ? ». A UTF-8 stream is left as it is.
"""

from __future__ import annotations

import codecs
import unicodedata
from contextlib import contextmanager
from typing import Callable, Iterator

#: The handler name of :func:`_plain`, for ``errors=`` of a text stream
PLAIN = "barometre-plain"

_PLAIN = {
    "\u2500": "-", "\u2502": "|", "\u2212": "-", "\u2013": "-", "\u2014": "-",
    "\u202f": " ", "\u00a0": " ", "\u2009": " ", "\u2026": "...", "\u2019": "'",
    "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2192": "->", "\u2248": "~", "\u2265": ">=", "\u2264": "<=", "\u2260": "!=",
    "\u2020": "+", "\u2021": "++", "\u2022": "*", "\u25b8": ">", "\u26a0": "!",
    "\u2713": "v", "\u2714": "v", "\u00b0": "o", "\u00a7": "S", "\u0153": "oe",
    "\u0152": "OE", "\u20ac": "EUR", "\u221e": "inf", "\u21ba": "(r)",
}


def _plain(exc: UnicodeError) -> tuple[str, int]:
    """The codec error handler :data:`PLAIN`: each character the encoding lacks, as its
    plain equivalent, else its letters without accents (NFKD), else « ? »."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        said = _PLAIN.get(ch)
        if said is None:
            said = "".join(c for c in unicodedata.normalize("NFKD", ch)
                           if not unicodedata.combining(c))
        try:
            said.encode(exc.encoding)
        except (UnicodeError, LookupError):
            said = ""
        out.append(said or "?")
    return "".join(out), exc.end


codecs.register_error(PLAIN, _plain)


def _utf8(stream) -> bool:
    try:
        return codecs.lookup(stream.encoding or "ascii").name == "utf-8"
    except (LookupError, AttributeError, TypeError):
        return True  # no text encoding of its own (a notebook's stream): left alone


def plain_fallback(*streams) -> list:
    """Make each text stream of ``streams`` that is not UTF-8 write a plain equivalent
    for a character its encoding lacks (:data:`PLAIN`). Returns what to give
    :func:`restore` to undo it."""
    changed = []
    for s in streams:
        if s is None or _utf8(s) or not hasattr(s, "reconfigure"):
            continue
        try:
            before = s.errors
            s.reconfigure(errors=PLAIN)
        except (OSError, ValueError, AttributeError):  # closed: nothing will be written
            continue
        changed.append((s, before))
    return changed


def as_shown(stream) -> Callable[[str], str] | None:
    """The text ``stream`` actually writes for a text (each character its encoding lacks as
    its plain equivalent, :data:`PLAIN`: « œ » as « oe »), or None for a UTF-8 stream, which
    writes every text as it is."""
    if stream is None or _utf8(stream):
        return None
    encoding = stream.encoding

    def shown(text: str) -> str:
        return text.encode(encoding, PLAIN).decode(encoding)

    return shown


def restore(changed: list) -> None:
    """Undo :func:`plain_fallback` (a session may run the command line in itself)."""
    for s, before in changed:
        try:
            s.reconfigure(errors=before)
        except (OSError, ValueError):  # closed, or its reader gone: the final flush says it
            pass


@contextmanager
def utf8_output(stream) -> Iterator[None]:
    """Within it, ``stream`` writes UTF-8 (CSV, JSON); its encoding back after."""
    if stream is None or _utf8(stream) or not hasattr(stream, "reconfigure"):
        yield
        return
    encoding, errors = stream.encoding, stream.errors
    stream.reconfigure(encoding="utf-8", errors="strict")
    try:
        yield
    finally:
        stream.reconfigure(encoding=encoding, errors=errors)
