"""A workbook's escaped characters, ``_xHHHH_``, decoded as the standard says (task inp24).

XML cannot hold some characters (U+0001 and the other C0 controls but tab and line ends,
U+FFFE, U+FFFF), so an .xlsx stores each as ``_x`` + its UTF-16 code unit in four hex
digits + ``_`` (ECMA-376 Part 1, 22.9.2.19, ST_Xstring): « Bretagne<U+FFFF> » is stored
« Bretagne_xFFFF_ »; and a text that holds such a sequence itself has its underscore
escaped (« _x005F_ »): a typed « _x0041_ » is stored « _x005F_x0041_ ».

Neither cell reader decodes them so: openpyxl leaves them as stored (and drops every
« x005F_ » of a shared string), calamine decodes those below U+0100 only. So
« Bretagne_xFFFF_ » was read as an unknown entity, where the same file saved as CSV
reads Bretagne with a ``noncharacter-removed`` warning. The cells whose stored text holds
one are found in the sheet's XML (:func:`.workbook.scan_sheet`: a substring search where
there is none), their text taken from the XML, decoded here and put in place of what
either reader read (:func:`put_escaped`), before anything reads the cells: the
noncharacters and controls they hold are then handled as a CSV's
(:mod:`.noncharacters`).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from .workbook import SHEET_NS as _MAIN, _cell_around

__all__ = ["ESCAPE", "decode", "shared_escapes", "put_escaped"]

#: one escaped character: ``_x`` and four hex digits (either case, as Excel reads them)
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_ESCAPE_BYTES = re.compile(rb"_x[0-9A-Fa-f]{4}_")
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(text: str) -> str:
    """``text`` as stored in a workbook, its escapes decoded (one pass, left to right: the
    « _x005F_ » of « _x005F_x0041_ » is the underscore of a literal « _x0041_ »); two
    escapes of a UTF-16 surrogate pair are their one character, a lone one stays (the
    noncharacters' check removes it, :mod:`.noncharacters`).

    >>> decode("Bretagne_xFFFF_"), decode("_x005F_x0041_"), decode("a_x0041_b_x005f_")
    ('Bretagne\\uffff', '_x0041_', 'aAb_')
    >>> decode("_xD83D__xDE00_") == "\\U0001F600", decode("x_x41_ _X0041_")
    (True, 'x_x41_ _X0041_')
    """
    if "_x" not in text:
        return text
    out = ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if _SURROGATE.search(out):  # a pair as one character; a lone surrogate kept
        out = out.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    return out


def holds_escape(data: bytes) -> bool:
    """Whether some bytes of a sheet's XML hold an escape: each underscore looked at
    (``bytes.find``, memchr-fast: a sheet without any costs nothing measurable; a
    search for « _x » costs ~0.1 s on a 40 MB sheet), the regex past a few dozen."""
    i = data.find(b"_")
    for _ in range(64):
        if i < 0:
            return False
        if _ESCAPE_BYTES.match(data, i):
            return True
        i = data.find(b"_", i + 1)
    return i >= 0 and _ESCAPE_BYTES.search(data, i) is not None


def needs_decoding(raw: str) -> bool:
    """Whether a stored text may be read otherwise than :func:`decode` reads it: an escape,
    or an « x005F_ » (openpyxl drops it from a shared string, escape or not)."""
    return "x005F_" in raw or ESCAPE.search(raw) is not None


_OVERRIDE = re.compile(rb"<(?:\w+:)?Override\b[^>]*>")
_PART_NAME = re.compile(rb"\bPartName\s*=\s*[\"']([^\"']+)[\"']")


def _shared_part(zf: zipfile.ZipFile) -> str | None:
    """The shared strings' part, as openpyxl finds it: by its content type, else the usual
    name."""
    names = set(zf.namelist())
    try:
        types = zf.read("[Content_Types].xml")
    except KeyError:
        types = b""
    for m in _OVERRIDE.finditer(types):
        if b"sharedStrings+xml" in m.group():
            name = _PART_NAME.search(m.group())
            if name and name.group(1).decode("utf-8", "replace").lstrip("/") in names:
                return name.group(1).decode("utf-8", "replace").lstrip("/")
    return "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in names else None


def _text_of(string_item) -> str:
    """A string item's text (``<si>``, ``<is>``): its ``<t>`` and its runs' ``<t>``, not
    its phonetic runs (``<rPh>``), as both cell readers join them."""
    out = []
    for child in string_item:
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag == "t":
            out.append(child.text or "")
        elif tag == "r":
            out += [t.text or "" for t in child if isinstance(t.tag, str)
                    and t.tag.rsplit("}", 1)[-1] == "t"]
    return "".join(out)


def shared_escapes(path: Path) -> dict[int, str]:
    """The shared strings (by index) whose stored text :func:`needs_decoding`, decoded; empty
    (the usual) after a substring search of the part."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as zf:
            part = _shared_part(zf)
            if part is None:
                return {}
            data = zf.read(part)  # bounded by the archive's check (check_archive)
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    if b"x005F_" not in data and _ESCAPE_BYTES.search(data) is None:
        return {}
    out: dict[int, str] = {}
    import io

    items = etree.iterparse(io.BytesIO(data), events=("end",), tag=f"{_MAIN}si",
                            resolve_entities=False, no_network=True)
    for k, (_, si) in enumerate(items):
        raw = _text_of(si)
        if needs_decoding(raw):
            out[k] = decode(raw)
        si.clear()
    return out


# ----------------------------------------------------------------------- in the sheet

_TYPE = re.compile(rb"(?:^|\s)t\s*=\s*[\"']([^\"']*)[\"']")
_SHARED_VALUE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v>\s*([0-9]{1,9})\s*</")
_PREFIXES = re.compile(rb"(?:</?|\s)([A-Za-z_][\w.-]*):[A-Za-z_]")


def _fragment_text(fragment: bytes) -> str | None:
    """The stored text of one cell element (an inline string's, or a formula's text
    result): parsed as XML (entities, CDATA, runs), its prefixes declared; None if it does
    not parse."""
    import xml.etree.ElementTree as ET

    prefixes = {p for p in _PREFIXES.findall(fragment) if p not in (b"xml", b"xmlns")}
    decl = b"".join(b' xmlns:' + p + b'="urn:inp24"' for p in sorted(prefixes))
    try:
        root = ET.fromstring(b'<w xmlns="urn:inp24"' + decl + b">" + fragment + b"</w>")
    except ET.ParseError:
        return None
    cell = root[0]
    for child in cell:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "is":
            return _text_of(child)
        if tag == "v":
            return child.text or ""
    return ""


def scan_block(data: bytes, escaped: dict, shared: dict[int, str]) -> bool:
    """Into ``escaped`` (by (row, column)), the decoded text of each cell of ``data`` (whole
    rows of a sheet's XML) whose stored text needs it: an inline string or a formula's
    text holding an escape, a shared string among ``shared`` (:func:`shared_escapes`);
    without ``shared`` (the usual), rows without an escape cost one :func:`holds_escape`.
    False when some such cell cannot be placed by its bytes (no reference, a fragment
    that does not parse alone): the sheet is then parsed whole (:func:`parsed_escapes`)."""
    from .workbook import _ATTR_REF, _col_index

    ok = True
    seen: set[int] = set()
    hits = []
    if holds_escape(data):
        hits += [(m.start(), None) for m in _ESCAPE_BYTES.finditer(data)]
    if shared:
        hits += [(m.start(), int(m.group(1))) for m in _SHARED_VALUE.finditer(data)
                 if int(m.group(1)) in shared]
    for i, index in hits:
        cell = _cell_around(data, i)
        if cell is None or cell[0] in seen:
            continue
        start, end, m = cell
        seen.add(start)
        kind = _TYPE.search(m.group(2) or b"")
        kind = kind.group(1) if kind else b"n"
        if index is not None:
            if kind != b"s":
                continue  # a number's value, not a shared string's index
            text = shared[index]
        elif kind in (b"inlineStr", b"str"):
            raw = _fragment_text(data[start:end])
            if raw is None:
                ok = False
                continue
            if not needs_decoding(raw):
                continue  # the escape was in a formula's text (<f>), not the cell's
            text = decode(raw)
        else:
            continue  # a shared string's index (done above), a number, an error
        ref = _ATTR_REF.search(m.group(2) or b"")
        if ref is None:
            ok = False
            continue
        escaped[(int(ref.group(2)), _col_index(ref.group(1).decode()))] = text
    return ok


def parsed_escapes(path: Path, part: str, shared: dict[int, str]) -> dict:
    """:func:`scan_block`'s cells, the sheet parsed whole (a cell without a reference at the
    next column of its row, as the cell readers place it: :func:`.workbook.sheet_extras`)."""
    from .workbook import placed_elements

    out: dict = {}
    for el, row, col in placed_elements(path, part.lstrip("/")):
        if el.tag != f"{_MAIN}c":
            continue
        kind = el.get("t", "n")
        text = None
        if kind == "s" and shared:
            v = el.find(f"{_MAIN}v")
            index = (v.text or "").strip() if v is not None else ""
            text = shared.get(int(index)) if index.isdigit() else None
        elif kind == "inlineStr":
            item = el.find(f"{_MAIN}is")
            raw = _text_of(item) if item is not None else ""
            text = decode(raw) if needs_decoding(raw) else None
        elif kind == "str":
            v = el.find(f"{_MAIN}v")
            raw = (v.text or "") if v is not None else ""
            text = decode(raw) if needs_decoding(raw) else None
        if text is not None:
            out[(row, col)] = text
    return out


def put_escaped(rows: list[list[Any]], numbers: list[int], escaped: dict) -> None:
    """Put each decoded text of ``escaped`` ((row, column): text) in its cell, in place of
    what the cell reader read; a row left blank is dropped, a row's trailing blanks
    trimmed, as the readers read them."""
    from .workbook import _is_blank, put_cell, row_index

    touched: set[int] = set()
    for (r, c), text in sorted(escaped.items()):
        if not row_index(numbers, r)[1] and _is_blank(text):
            continue  # (a row the reader found blank gets a cell only if it holds text)
        put_cell(rows, numbers, r, c, text)
        touched.add(r)
    for r in sorted(touched, reverse=True):
        k = row_index(numbers, r)[0]
        row = rows[k]
        while row and _is_blank(row[-1]):
            row.pop()
        if not row:
            del rows[k], numbers[k]
