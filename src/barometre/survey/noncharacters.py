"""Invisible characters in a survey's cells: Unicode noncharacters, control characters and
invisible format characters, removed, and said (tasks inp23, ctl24, inv25).

Unicode reserves 66 code points that are never text (U+FDD0–U+FDEF, and the last two of
each plane: U+FFFE, U+FFFF, U+1FFFE… U+10FFFF): a program's internal marks, leaked
into a file by a faulty export or a paste. The reader folds names and answers to their
letters, so « Bretagne\\uffff » was read Bretagne and « oui\\ufffe » Oui without a word,
and a header « Facebook\\uffff » read as Facebook. They are now removed from the header
and from every cell the reader reads, and each removal is a warning with its rows
(``noncharacter-removed``), the text shown with the character named (« Bretagne<U+FFFF> »).
A lone surrogate (U+D800–U+DFFF), which no file decoded by the reader can hold (UTF-8 and
UTF-16 decoding refuse one, Arrow checks its text, an XML parser too), is removed alike.

Control characters that are no whitespace (U+0000–U+0008, U+000E–U+001B, DEL U+007F, and
C1 U+0080–U+009F but U+0085, NEL; :data:`barometre._invisible.CONTROL`) are as invisible:
« Corse\\x01-du-Sud » was read Corse-du-Sud and « O\\x02ui » Oui without a word, and an
error quoted « 35\\x03 » as « 35 », « 12\\x01000 » as « 12000 », a valid-looking value.
They are removed and said alike, under their own code (``control-character-removed``:
« O<U+0002>ui »). Tab, line ends and U+001C–U+001F are whitespace, read as spaces
(:data:`.values.WHITESPACE`); a CSV holding a NUL byte is refused whole (``csv-nul-byte``),
so U+0000 comes from a workbook or Parquet only.

Invisible format characters (:data:`barometre._invisible.FORMAT`: soft hyphen U+00AD,
zero-width space, non-joiner and joiner U+200B–U+200D, word joiner U+2060, the
bidirectional marks, embeddings and isolates, a BOM U+FEFF inside a text, the variation
selectors U+FE00–U+FE0F and U+E0100–U+E01EF and the tag characters U+E0001, U+E0020–U+E007F
of an emoji pasted after a word…) are drawn as nothing: « O\\u00adui » was read Oui,
« \\ufeffOui » Oui, « Oui\\ufe0f » Oui (rd26) and a header « Face\\u2060book » Facebook
without a word, while a code « 44\\u200b », a name « Nan\\u200etes » or a count
« 12\\u200b345 » was an error quoting « 44 », « Nantes », « 12345 ». They are removed and said
alike (``invisible-character-removed``: « 12<U+200B>345 »), but only from the columns the
reader interprets and their headers: a column left aside (remarks, a platform's comments)
keeps them, an emoji of its free text joining its parts with U+200D.

A date holding any stays a ``date-invalid`` error of its cell (its columns are left as
they are: a column of timestamps holds millions of distinct cells), its value shown with
the character named, as every message quotes a text (:func:`barometre._invisible.shown`).

Every reader (the small files' grid, the large CSV's and Parquet's columns) calls the
same two functions, so that they give the same records and problems. A workbook stores
the controls, U+FFFE and U+FFFF escaped (« Bretagne_xFFFF_ », « O_x0002_ui »): decoded
first, as it is read (:mod:`.xstring`), then removed here as a CSV's.
"""

from __future__ import annotations

import re
import sys
from typing import Any, NamedTuple

import numpy as np

from .._invisible import CONTROL, FORMAT, NONCHARACTER, shown
from ..messages import Msg
from .problems import Problem
from .values import UNSAVED_FORMULA

__all__ = ["clean_header", "clean_cells"]

#: a noncharacter for Arrow's RE2 (its text is valid UTF-8: no surrogate)
_RE2 = "[\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}" + "".join(
    f"\\x{{{p:X}FFFE}}\\x{{{p:X}FFFF}}" for p in range(1, 17)) + "]"


def _re2_class(pattern: re.Pattern) -> str:
    """The class of characters and ranges ``pattern`` is (« [a-c] »), for Arrow's RE2,
    each character written by its code point: one list of the characters kept (in
    :mod:`barometre._invisible`), read by Python and by Arrow alike.

    >>> print(_re2_class(re.compile("[\\xad\\u200b-\\u200d]")))
    [\\x{AD}\\x{200B}-\\x{200D}]
    """
    return "[" + "".join(c if c == "-" else f"\\x{{{ord(c):X}}}"
                         for c in pattern.pattern[1:-1]) + "]"


#: a control character for RE2, as :data:`CONTROL`
_CONTROL_RE2 = _re2_class(CONTROL)
#: a format character for RE2, as :data:`FORMAT`
_FORMAT_RE2 = _re2_class(FORMAT)


class _Kind(NamedTuple):
    """A kind of character removed: its warning's code, its Python and RE2 patterns."""

    code: str
    pattern: re.Pattern
    re2: str


_NONCHARACTERS = _Kind("noncharacter-removed", NONCHARACTER, _RE2)
_CONTROLS = _Kind("control-character-removed", CONTROL, _CONTROL_RE2)
_FORMATS = _Kind("invisible-character-removed", FORMAT, _FORMAT_RE2)
_KINDS = (_NONCHARACTERS, _CONTROLS, _FORMATS)


def _kinds(col: Any) -> tuple[_Kind, ...]:
    """The kinds removed from a column (a :class:`.headers.Column`): all three from a
    column the reader interprets; from one it leaves aside (a platform's comments, which
    :func:`.headers.needs_cells` looks at; a header of remarks), the noncharacters and
    controls only: its free text keeps its format characters, an emoji's parts joined
    by U+200D.

    >>> from barometre.survey.headers import classify_header
    >>> [k.code for k in _kinds(classify_header("Facebook - commentaires"))]
    ['noncharacter-removed', 'control-character-removed']
    >>> len(_kinds(classify_header("Abonnés Facebook")))
    3
    """
    if col.role in ("ignore", "unknown"):
        return _KINDS[:2]
    return _KINDS


def _holds(kind: _Kind, value: Any) -> bool:
    """Whether ``value`` is text holding a character of ``kind``; the reader's own mark of
    a formula without its value (:data:`.values.UNSAVED_FORMULA`, which starts with U+FFFF
    so that no cell can be it) is not a cell's text.

    >>> _holds(_NONCHARACTERS, "Bretagne\\uffff"), _holds(_NONCHARACTERS, "Bretagne")
    (True, False)
    >>> _holds(_CONTROLS, "O\\x02ui"), _holds(_CONTROLS, "Oui\\t"), _holds(_CONTROLS, "\\x85")
    (True, False, False)
    >>> _holds(_FORMATS, "12\\u200b345"), _holds(_FORMATS, "12\\u202f345")
    (True, False)
    >>> _holds(_CONTROLS, 3)
    False
    """
    return (isinstance(value, str) and kind.pattern.search(value) is not None
            and value != UNSAVED_FORMULA)


#: what the UTF-8 of a noncharacter holds: EF B7 90-AF (U+FDD0-U+FDEF), BF BE or BF BF at
#: its end (U+FFFE, U+FFFF and the planes' last two)
_UTF8_MARKS = (b"\xef\xb7", b"\xbf\xbe", b"\xbf\xbf")


def _maybe_in(data: Any) -> bool:
    """Whether UTF-8 bytes may hold a noncharacter: three substring searches (memchr-fast),
    no regex over millions of cells; a false alarm only costs the exact look."""
    return any(mark in data for mark in _UTF8_MARKS)


def _texts_kinds(values: Any, kinds: tuple[_Kind, ...]) -> tuple[_Kind, ...]:
    """Those of ``kinds`` some text among ``values`` may hold: the texts joined once, then
    searched at once (a column of millions of distinct timestamps costs one join, not a
    regex per value): a control character by one regex search, and in text that is not
    ASCII alone, a noncharacter or lone surrogate in its UTF-8, a format character by one
    regex search of those of the Basic Multilingual Plane and a substring search of the
    others' UTF-8 (:data:`_FORMAT_BMP`).

    >>> [k.code for k in _texts_kinds(["Oui", "O\\u00adui", 3, None], _KINDS)]
    ['invisible-character-removed']
    >>> [len(_texts_kinds([v], (_FORMATS,))) for v in ("Oui\\ufe0f", "1\\U000e0067", "1\\U0001f44d")]
    [1, 1, 0]
    """
    try:
        joined = "".join(values)
    except TypeError:  # numbers, dates, blanks among them (a workbook's cells)
        joined = "".join([v for v in values if type(v) is str])
    plain = joined.isascii()
    utf8: list[bytes | None] = []  # the UTF-8 of the text, made once when asked (None: a
    #                                lone surrogate, which no UTF-8 holds)

    def encoded() -> bytes | None:
        if not utf8:
            try:
                utf8.append(joined.encode("utf-8"))
            except UnicodeEncodeError:
                utf8.append(None)
        return utf8[0]

    found = []
    for kind in kinds:
        if kind is _CONTROLS:
            hit = CONTROL.search(joined) is not None
        elif plain:
            hit = False
        elif kind is _FORMATS:
            hit = _FORMAT_BMP.search(joined) is not None or _beyond_bmp(joined) and (
                FORMAT.search(joined) is not None if encoded() is None
                else any(m in encoded() for m in _FORMAT_WIDE_UTF8))
        else:
            hit = encoded() is None or _maybe_in(encoded())
        if hit:
            found.append(kind)
    return tuple(found)


def _removed(kind: _Kind, text: str) -> str:
    return kind.pattern.sub("", text)


def clean_header(header: list[Any], row: int) -> tuple[list[Any], list[Problem]]:
    """The header without its noncharacters and control characters, and its format
    characters but in a column left aside (:func:`_kinds`, the header read without them),
    and a warning per header cell that held some, per kind (``row``: the header's line)."""
    from .headers import classify_header

    problems: list[Problem] = []
    for kind in _KINDS:
        if not any(_holds(kind, v) for v in header):
            continue
        out = list(header)
        for i, v in enumerate(header):
            if _holds(kind, v):
                read = _removed(kind, v).strip() or None
                if kind not in _kinds(classify_header(read, i)):
                    continue  # « Remarques » and its emoji: free text, left as it is
                out[i] = read
                problems.append(Problem.said(
                    Msg(f"{kind.code}-header", value=shown(v), read=out[i] or ""),
                    row=row, column=out[i] or _letter(i), value=shown(v), severity="warning",
                    code=kind.code))
        header = out
    return header, problems


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


def clean_cells(raw: Any, rownums: np.ndarray, header: list[Any]) -> tuple[Any, list[Problem]]:
    """The cells of ``raw`` (:class:`.raw.RawColumns`) without their noncharacters, control
    and format characters (:func:`_kinds`: a column left aside keeps the latter), in the
    columns the reader reads (those the fast readers read: :func:`.headers.needs_cells`)
    but the dates, and a warning per column and kind that held some, its count and rows.
    A cell left empty is blank. Each column's text is searched at once first (its UTF-8
    bytes): the exact look per cell only where one may be."""
    from .headers import classify_header, needs_cells
    from .raw import CodedColumn, RawColumns, RowColumn

    problems: list[Problem] = []
    columns = {}
    for i in raw.columns:
        col = raw[i]
        name = header[i] if i < len(header) else None
        role = classify_header(name, i)
        if not needs_cells(role) or role.role == "date":
            # a date column is left as it is: a date holding an invisible character is
            # no date the reader reads (``date-invalid``, never silent), and a column of
            # timestamps holds millions of distinct cells
            columns[i] = col
            continue
        # the kinds the column may hold, its text looked at once for all
        kinds = _kinds(role)
        if isinstance(col, CodedColumn):
            found, clean = _texts_kinds(np.asarray(col.values, dtype=object), kinds), _coded
        elif isinstance(col, RowColumn) and col.is_arrow:
            found, clean = _arrow_kinds(col, kinds), _arrow
        elif isinstance(col, RowColumn) and col.data.dtype == object:
            found, clean = _texts_kinds(col.data, kinds), _objects
        else:  # numbers
            found = ()
        for kind in found:
            col, hit, first = clean(kind, col)
            if hit is not None and hit.any():
                from .rules import rows_problem

                n = int(hit.sum())
                problems.append(rows_problem(
                    kind.code, rownums[hit], n,
                    column=name if isinstance(name, str) and name else _letter(i),
                    value=shown(first), read=_removed(kind, first).strip()))
        columns[i] = col
    if not problems:
        return raw, []
    out = RawColumns(columns, len(raw))
    out.notes, out.delimiter = raw.notes, raw.delimiter
    return out, problems


def _coded(kind: _Kind, col: Any) -> tuple[Any, np.ndarray | None, str | None]:
    """A coded column (once :func:`_texts_kinds` found the kind may be there): its distinct
    values looked at (a few), cleaned and numbered again (two cells equal once cleaned are
    one value)."""
    from .raw import CodedColumn, factorize_objects

    values = np.asarray(col.values, dtype=object)
    bad = np.fromiter((_holds(kind, v) for v in values), dtype=bool, count=len(values))
    if not bad.any():
        return col, None, None
    rows_bad = np.append(bad, False)[col.codes]  # -1 (blank): the appended False
    cleaned = values.copy()
    for k in np.flatnonzero(bad):
        text = _removed(kind, values[k])
        cleaned[k] = text if text.strip() else None  # left empty: blank
    codes, uniques = factorize_objects(cleaned)
    new_codes = np.where(col.codes < 0, -1, np.append(codes, -1)[col.codes])
    out = CodedColumn(new_codes.astype(col.codes.dtype, copy=False), uniques)
    if not rows_bad.any():  # a distinct value no row uses (a dictionary's)
        return out, None, None
    return out, rows_bad, values[col.codes[np.argmax(rows_bad)]]


#: the bytes of a control character in UTF-8 (but C1's, two bytes: C2 80-9F)
_CONTROL_BYTE = np.zeros(256, dtype=bool)
_CONTROL_BYTE[[*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F]] = True


def _text_bytes(data: Any) -> list[np.ndarray]:
    """The UTF-8 bytes of an Arrow text column, a numpy view per chunk (no copy): those
    its offsets span (a null's span is empty, else only a false alarm)."""
    import pyarrow as pa

    large = pa.types.is_large_string(data.type)
    out = []
    for c in (data.chunks if hasattr(data, "chunks") else [data]):
        buffers = c.buffers()
        if len(c) == 0 or buffers[2] is None:
            continue
        offsets = np.frombuffer(buffers[1], dtype=np.int64 if large else np.int32)
        lo, hi = offsets[c.offset], offsets[c.offset + len(c)]
        out.append(np.frombuffer(buffers[2], dtype=np.uint8)[lo:hi])
    return out


def _arrow_kinds(col: Any, kinds: tuple[_Kind, ...]) -> tuple[_Kind, ...]:
    """Those of ``kinds`` an Arrow text column (one per row: counts, accounts) may hold:
    its bytes' least and greatest first (two vectorised passes, ~0.1 ms for the 3.5 M-row
    benchmark's counts, where ``string_is_ascii`` took 18 ms): printable ASCII holds none;
    other ASCII only a control character (a byte table); other text is looked at by
    :func:`_kinds_in`, one pass for the kinds asked. A false alarm only costs the exact look."""
    import pyarrow as pa

    data = col.data
    if not (pa.types.is_string(data.type) or pa.types.is_large_string(data.type)):
        return ()
    found: set[_Kind] = set()
    for b in _text_bytes(data):
        left = tuple(k for k in kinds if k not in found)
        if not left:
            break
        if not len(b):
            continue
        low, high = int(b.min()), int(b.max())
        if low >= 0x20 and high < 0x7F:
            continue  # printable ASCII: the common case
        if high < 0x80:  # ASCII: a control character only
            if _CONTROLS in left and _CONTROL_BYTE[b].any():
                found.add(_CONTROLS)
        else:
            found.update(_kinds_in(b, left))
    return tuple(k for k in kinds if k in found)


def _class_chars(pattern: re.Pattern) -> list[str]:
    """The characters of a pattern that is one class of characters and ranges (« [a-c] »).

    >>> _class_chars(re.compile("[\\xad\\u200b-\\u200d]"))
    ['\\xad', '\\u200b', '\\u200c', '\\u200d']
    """
    cls, out, i = pattern.pattern[1:-1], [], 0
    while i < len(cls):
        if cls[i + 1:i + 2] == "-":
            out += map(chr, range(ord(cls[i]), ord(cls[i + 2]) + 1))
            i += 3
        else:
            out.append(cls[i])
            i += 1
    return out


#: the format characters of the Basic Multilingual Plane (:data:`FORMAT`'s but the
#: variation selectors U+E0100… and tag characters U+E00xx): one class of characters Python's
#: regex looks up in a table; with the others it tested each ranges in turn, 2.5 times
#: as slow on a column of counts with no-break spaces
_FORMAT_BMP = re.compile("[" + "".join(
    re.escape(c) for c in _class_chars(FORMAT) if ord(c) < 0x10000) + "]")
#: the size of a text of one character beyond the Basic Multilingual Plane (4 bytes each)
_WIDE_TEXT_SIZE = sys.getsizeof("\U00010000")


def _beyond_bmp(text: str) -> bool:
    """Whether ``text`` may hold a character beyond the Basic Multilingual Plane (an emoji, a
    tag character): CPython stores a text with 4 bytes per character only then (PEP 393),
    which its size says at once, where a search would read it all (60 ms for the joined
    3.5 M counts of the benchmark); another Python: maybe (the search follows).

    >>> _beyond_bmp("12\\u202f345"), _beyond_bmp("Oui \\U0001f44d"), _beyond_bmp("\\ufe0f")
    (False, True, False)
    """
    if sys.implementation.name != "cpython":
        return True
    return sys.getsizeof(text) >= _WIDE_TEXT_SIZE + 4 * (len(text) - 1)


#: and the first two bytes of the others' UTF-8 (F3 A0: U+E0000–U+E0FFF), a substring
#: search; a false alarm only costs the exact look
_FORMAT_WIDE_UTF8 = tuple({c.encode("utf-8")[:2] for c in _class_chars(FORMAT)
                           if ord(c) >= 0x10000})


def _re2_union(kinds: tuple[_Kind, ...]) -> str:
    """One RE2 class of the characters of all ``kinds`` (their classes' insides joined).

    >>> _re2_union((_CONTROLS, _FORMATS)) == f"[{_CONTROL_RE2[1:-1]}{_FORMAT_RE2[1:-1]}]"
    True
    """
    return "[" + "".join(k.re2[1:-1] for k in kinds) + "]"


def _kinds_in(b: np.ndarray, kinds: tuple[_Kind, ...]) -> tuple[_Kind, ...]:
    """Those of ``kinds`` UTF-8 bytes hold: Arrow's RE2 over the bytes read as one text (a
    view, no copy), one class of all the kinds' characters in one pass, then, only when one
    is there, a pass per kind to tell which. Its cost is the old look for C1 controls alone
    (every C2 byte found, then its next byte): ~0.06 s over 3.5 M counts « 12 345 » with a
    no-break space or U+202F, where a numpy look at every character of two bytes or more and
    its next ones took 0.2 s; the noncharacters' byte marks searched in a copy of the bytes
    and a byte table of the C0 controls beside it took 0.25 s more (0.29 -> 0.07 s CPU,
    task scan26). The texts joined hold the same characters as each (none is cut: a
    character found is one a cell holds).

    >>> def bytes_of(text): return np.frombuffer(text.encode(), dtype=np.uint8)
    >>> def codes(text, kinds=_KINDS): return [k.code for k in _kinds_in(bytes_of(text), kinds)]
    >>> codes("12\\u202f345 é\\x85\\u2019"), codes("O\\xadui\\x9f")
    ([], ['control-character-removed', 'invisible-character-removed'])
    >>> codes("Bretagne\\uffff"), codes("1\\U0010fffe"), codes("\\U0001ffff\\ufdef")
    (['noncharacter-removed'], ['noncharacter-removed'], ['noncharacter-removed'])
    >>> codes("\\ufdd0\\x01\\u200b")
    ['noncharacter-removed', 'control-character-removed', 'invisible-character-removed']
    >>> codes("\\ufdcf\\ufdf0\\ufffd\\U0001fffd \\u200b", _KINDS[:2])
    []
    >>> def formats(c): return bool(codes(f"a{c}", (_FORMATS,)))
    >>> [formats(c) for c in "\\u061c\\u180e\\u200d\\u202e\\u2065\\u2069\\ufeff"]
    [True, True, True, True, False, True, True]
    >>> [formats(c) for c in "\\ufe0e\\ufe0f\\ufe10\\U000e0067\\U000e0200"]
    [True, True, False, True, False]
    """
    import pyarrow as pa

    from .._arrow import compute, compute_options

    if not kinds:
        return ()
    text = pa.Array.from_buffers(pa.large_string(), 1, [
        None, pa.py_buffer(np.array([0, len(b)], dtype=np.int64)), pa.py_buffer(b)])

    def holds(re2: str) -> bool:
        found = compute("match_substring_regex", text,
                        options=compute_options("MatchSubstringOptions", re2))
        return bool(compute("any", found).as_py())

    if not holds(_re2_union(kinds)):
        return ()  # the common case: one pass
    found = [k for k in kinds[:-1] if holds(k.re2)]
    if not found or holds(kinds[-1].re2):  # none of the others: the last one
        found.append(kinds[-1])
    return tuple(found)


def _arrow(kind: _Kind, col: Any) -> tuple[Any, np.ndarray | None, str | None]:
    """Arrow text (one per row: counts, accounts), searched and cleaned by Arrow (once
    :func:`_arrow_kinds` found the kind may be there)."""
    from .._arrow import compute, compute_options, null_scalar, string_scalar, to_numpy
    from .raw import RowColumn

    data = col.data
    found = compute("match_substring_regex", data,
                    options=compute_options("MatchSubstringOptions", kind.re2))
    if not compute("any", found).as_py():
        return col, None, None
    hit = to_numpy(found, null=False).astype(bool)
    first = data[int(np.argmax(hit))].as_py()
    cleaned = compute("replace_substring_regex", data,
                      options=compute_options("ReplaceSubstringOptions", kind.re2, ""))
    empty = compute("and", found, compute("equal", compute("utf8_trim_whitespace", cleaned),
                                          string_scalar("")))
    cleaned = compute("if_else", empty, null_scalar(cleaned.type), cleaned)
    return RowColumn(cleaned), hit, first


def _objects(kind: _Kind, col: Any) -> tuple[Any, np.ndarray | None, str | None]:
    """Python text, one per row (the small files' reader), looked at cell by cell once
    :func:`_texts_kinds` found the kind may be there."""
    from .raw import RowColumn

    data = col.data
    hit = np.fromiter((_holds(kind, v) for v in data), dtype=bool, count=len(data))
    if not hit.any():
        return col, None, None
    out = data.copy()
    for k in np.flatnonzero(hit):
        text = _removed(kind, data[k])
        out[k] = text if text.strip() else None
    return RowColumn(out), hit, data[int(np.argmax(hit))]
