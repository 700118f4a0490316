"""Unicode noncharacters in a survey's cells: removed, and said (task inp23).

Unicode reserves 66 code points that are never text (U+FDD0–U+FDEF, and the last two of
each plane: U+FFFE, U+FFFF, U+1FFFE… U+10FFFF): a program's internal marks, leaked
into a file by a faulty export or a paste. The reader folds names and answers to their
letters, so « Bretagne\\uffff » was read Bretagne and « oui\\ufffe » Oui without a word,
and a header « Facebook\\uffff » read as Facebook. They are now removed from the header
and from every cell the reader reads, and each removal is a warning with its rows
(``noncharacter-removed``), the text shown with the character named (« Bretagne<U+FFFF> »);
a date holding one stays a ``date-invalid`` error of its cell.
A lone surrogate (U+D800–U+DFFF), which no file decoded by the reader can hold (UTF-8 and
UTF-16 decoding refuse one, Arrow checks its text, an XML parser too), is removed alike.

Every reader (the small files' grid, the large CSV's and Parquet's columns) calls the
same two functions, so that they give the same records and problems. A workbook stores
U+FFFE and U+FFFF escaped (« Bretagne_xFFFF_ »): decoded first, as it is read
(:mod:`.xstring`), then removed here as a CSV's.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from ..messages import Msg
from .problems import Problem
from .values import UNSAVED_FORMULA

__all__ = ["NONCHARACTER", "has_noncharacter", "shown", "clean_header", "clean_cells"]

_PLANE_ENDS = "".join(f"\\U{p:04x}fffe\\U{p:04x}ffff" for p in range(1, 17))
#: a noncharacter, or a lone surrogate (Python's text can hold one, a file's cannot)
NONCHARACTER = re.compile(f"[\ufdd0-\ufdef\ufffe\uffff{_PLANE_ENDS}\ud800-\udfff]")
#: the same for Arrow's RE2 (its text is valid UTF-8: no surrogate)
_RE2 = "[\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}" + "".join(
    f"\\x{{{p:X}FFFE}}\\x{{{p:X}FFFF}}" for p in range(1, 17)) + "]"


def has_noncharacter(value: Any) -> bool:
    """Whether ``value`` is text holding a noncharacter (or a lone surrogate); the reader's
    own mark of a formula without its value (:data:`.values.UNSAVED_FORMULA`, which starts
    with U+FFFF so that no cell can be it) is not a cell's text.

    >>> has_noncharacter("Bretagne\\uffff"), has_noncharacter("Bretagne"), has_noncharacter(3)
    (True, False, False)
    """
    return (isinstance(value, str) and NONCHARACTER.search(value) is not None
            and value != UNSAVED_FORMULA)


#: what the UTF-8 of a noncharacter holds: EF B7 90-AF (U+FDD0-U+FDEF), BF BE or BF BF at
#: its end (U+FFFE, U+FFFF and the planes' last two)
_UTF8_MARKS = (b"\xef\xb7", b"\xbf\xbe", b"\xbf\xbf")


def _maybe_in(data: Any) -> bool:
    """Whether UTF-8 bytes may hold a noncharacter: three substring searches (memchr-fast),
    no regex over millions of cells; a false alarm only costs the exact look."""
    return any(mark in data for mark in _UTF8_MARKS)


def _maybe_in_texts(values: Any) -> bool:
    """Whether some text among ``values`` may hold a noncharacter or a lone surrogate: the
    texts joined, then their UTF-8 searched (a column of millions of distinct timestamps
    costs one join, not a regex per value)."""
    try:
        joined = "".join(values)
    except TypeError:  # numbers, dates, blanks among them (a workbook's cells)
        joined = "".join([v for v in values if type(v) is str])
    if joined.isascii():
        return False
    try:
        return _maybe_in(joined.encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate
        return True


def shown(text: str) -> str:
    """``text`` with each noncharacter named, as a problem quotes it (the character itself
    is invisible, or a box).

    >>> shown("Bretagne\\uffff")
    'Bretagne<U+FFFF>'
    """
    return NONCHARACTER.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def _removed(text: str) -> str:
    return NONCHARACTER.sub("", text)


def clean_header(header: list[Any], row: int) -> tuple[list[Any], list[Problem]]:
    """The header without its noncharacters, and a warning per header cell that held one
    (``row``: the header's line)."""
    if not any(has_noncharacter(v) for v in header):
        return header, []
    out, problems = list(header), []
    for i, v in enumerate(header):
        if has_noncharacter(v):
            out[i] = _removed(v).strip() or None
            problems.append(Problem.said(
                Msg("noncharacter-removed-header", value=shown(v), read=out[i] or ""),
                row=row, column=out[i] or _letter(i), value=shown(v), severity="warning",
                code="noncharacter-removed"))
    return out, problems


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


def clean_cells(raw: Any, rownums: np.ndarray, header: list[Any]) -> tuple[Any, list[Problem]]:
    """The cells of ``raw`` (:class:`.raw.RawColumns`) without their noncharacters, in the
    columns the reader reads (those the fast readers read: :func:`.headers.needs_cells`)
    but the dates, and a warning per column that held some, its count and rows. A cell
    left empty is blank. Each column's text is searched at once first (its UTF-8 bytes):
    the exact look per cell only where one may be."""
    from .headers import classify_header, needs_cells
    from .raw import CodedColumn, RawColumns, RowColumn

    problems: list[Problem] = []
    columns = {}
    for i in raw.columns:
        col = raw[i]
        name = header[i] if i < len(header) else None
        role = classify_header(name, i)
        if not needs_cells(role) or role.role == "date":
            # a date column is left as it is: a date holding a noncharacter is no date the
            # reader reads (``date-invalid``, never silent), and a column of timestamps
            # holds millions of distinct cells
            columns[i] = col
            continue
        if isinstance(col, CodedColumn):
            new, hit, first = _coded(col)
        elif isinstance(col, RowColumn) and col.is_arrow:
            new, hit, first = _arrow(col)
        elif isinstance(col, RowColumn) and col.data.dtype == object:
            new, hit, first = _objects(col)
        else:  # numbers
            new, hit, first = col, None, None
        columns[i] = new
        if hit is not None and hit.any():
            from .rules import rows_problem

            n = int(hit.sum())
            problems.append(rows_problem(
                "noncharacter-removed", rownums[hit], n,
                column=name if isinstance(name, str) and name else _letter(i),
                value=shown(first), read=_removed(first).strip()))
    if not problems:
        return raw, []
    out = RawColumns(columns, len(raw))
    out.notes, out.delimiter = raw.notes, raw.delimiter
    return out, problems


def _coded(col: Any) -> tuple[Any, np.ndarray | None, str | None]:
    """A coded column: its distinct values looked at (a few), cleaned and numbered again
    (two cells equal once cleaned are one value)."""
    from .raw import CodedColumn, factorize_objects

    values = np.asarray(col.values, dtype=object)
    if not _maybe_in_texts(values):
        return col, None, None
    bad = np.fromiter((has_noncharacter(v) for v in values), dtype=bool, count=len(values))
    if not bad.any():
        return col, None, None
    rows_bad = np.append(bad, False)[col.codes]  # -1 (blank): the appended False
    cleaned = values.copy()
    for k in np.flatnonzero(bad):
        text = _removed(values[k])
        cleaned[k] = text if text.strip() else None  # left empty: blank
    codes, uniques = factorize_objects(cleaned)
    new_codes = np.where(col.codes < 0, -1, np.append(codes, -1)[col.codes])
    out = CodedColumn(new_codes.astype(col.codes.dtype, copy=False), uniques)
    if not rows_bad.any():  # a distinct value no row uses (a dictionary's)
        return out, None, None
    return out, rows_bad, values[col.codes[np.argmax(rows_bad)]]


def _arrow(col: Any) -> tuple[Any, np.ndarray | None, str | None]:
    """Arrow text (one per row: counts, accounts), searched and cleaned by Arrow."""
    from .._arrow import compute, compute_options, null_scalar, string_scalar, to_numpy
    from .raw import RowColumn

    import pyarrow as pa

    data = col.data
    if not (pa.types.is_string(data.type) or pa.types.is_large_string(data.type)):
        return col, None, None
    if compute("all", compute("string_is_ascii", data)).as_py():
        return col, None, None  # ASCII (a count column): no noncharacter, nothing copied
    chunks = data.chunks if hasattr(data, "chunks") else [data]
    if not any(b is not None and _maybe_in(b.to_pybytes())
               for b in (c.buffers()[2] for c in chunks)):
        return col, None, None  # the text's bytes searched (a copy) before any regex
    found = compute("match_substring_regex", data,
                    options=compute_options("MatchSubstringOptions", _RE2))
    if not compute("any", found).as_py():
        return col, None, None
    hit = to_numpy(found, null=False).astype(bool)
    first = data[int(np.argmax(hit))].as_py()
    cleaned = compute("replace_substring_regex", data,
                      options=compute_options("ReplaceSubstringOptions", _RE2, ""))
    empty = compute("and", found, compute("equal", compute("utf8_trim_whitespace", cleaned),
                                          string_scalar("")))
    cleaned = compute("if_else", empty, null_scalar(cleaned.type), cleaned)
    return RowColumn(cleaned), hit, first


def _objects(col: Any) -> tuple[Any, np.ndarray | None, str | None]:
    from .raw import RowColumn

    data = col.data
    if not _maybe_in_texts(data):
        return col, None, None
    hit = np.fromiter((has_noncharacter(v) for v in data), dtype=bool, count=len(data))
    if not hit.any():
        return col, None, None
    out = data.copy()
    for k in np.flatnonzero(hit):
        text = _removed(data[k])
        out[k] = text if text.strip() else None
    return RowColumn(out), hit, data[int(np.argmax(hit))]
