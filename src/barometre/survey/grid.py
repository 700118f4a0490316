"""Read a user's file (CSV in any French habit, XLSX) into a grid of cells."""

from __future__ import annotations

from array import array

import csv
import io
import numbers
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .._arrow import compute
from ..domain.errors import InputFileError
from ..messages import Count, Msg, Words, plural_s
from .raw import CodedColumn, RawColumns, RowColumn, column_of_arrow, column_of_series, numbers_of, row_numbers
from .headers import (_header_score, classify_header, group_title, measure_title, needs_cells,
                      remark_title)
from .values import _header_cell, _is_blank
from .problems import Problem, more_problems

MAX_HEADER_SCAN = 30
MAX_COLUMNS = 1024  # filled columns: a survey has a few dozen (same cap as workbooks)
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


# --------------------------------------------------------------------------- reading raw grids

@dataclass
class Grid:
    """Cells of a sheet, with the row number the user sees for each row."""

    rows: list[list[Any]]
    row_numbers: list[int]
    kind: str  # "xlsx", "csv", "parquet"
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[Problem] = field(default_factory=list)  # what was decided while reading
    #: a workbook's visible sheets (to name the sheet read when an error is about its layout)
    sheets: list[str] = field(default_factory=list)
    #: a workbook's merged ranges (min_row, min_col, max_row, max_col): a platform's name
    #: merged over its fields' columns in a header on two rows (:func:`header_of`)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: a workbook's date system, the day of Excel serial number 0 (openpyxl's ``wb.epoch``:
    #: 1899-12-30, or 1904-01-01): a number in a date column is read as a date (a CSV's is not)
    epoch: Any = None
    #: a workbook ``barometre template`` wrote (:func:`_is_template`): its instructions ask
    #: for « Non » where there is no account, so its blanks are not answered
    template: bool = False
    #: what the template's instructions say it was made for (:func:`_template_scope`): its
    #: type, départements (``template --within``) and category of intercommunalités,
    #: ``("ville_prefecture", ("22", "29"), None)``, ``("epci", ("22",), "CA")``; None for
    #: another file, or a template of all France
    template_scope: tuple[str, tuple[str, ...], str | None] | None = None
    #: why a header on two rows was not read, when a word of its top row says it (« Vidéo »
    #: over numbers, « Audience » over answers: :func:`_fields_over`): what the layout error
    #: adds in place of « un en-tête sur deux lignes ? » (:func:`header_of` sets it)
    header_refused: Msg | None = None
    #: the fields over the platforms that say a year (« Abonnés 2025 »), with that year and
    #: their row: no date of the readings, said apart by the reader (:func:`header_of`)
    header_years: list[tuple[str, int, int]] = field(default_factory=list)
    #: the index in ``rows`` of the header's (last) row (:func:`header_of`)
    header_row: int = 0


_FRENCH_LOWER = set("éèêëàâäîïôöùûüçœæÿ")
_FRENCH_UPPER = set("ÉÈÊËÀÂÄÎÏÔÖÙÛÜÇŒÆŸ")
_USUAL = set("«»’‘“”€°–—…·×\u00a0\u202f²³")
_LATIN9_TWINS = set("œŒ½¼¾")
_SINGLE_BYTE = ("cp1252", "iso8859_15", "mac_roman", "cp850")  # Latin-9: œ at 0xBD
# Mojibake: UTF-8 read as Windows-1252 ("Ã©"), or bytes that could not be decoded.
MOJIBAKE = re.compile("\ufffd|[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
                      "\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def _french_score(text: str) -> int:
    """How French a decoded text looks: accented lower-case letters inside words count for,
    anything unusual (control characters, symbols, an upper-case accent after a
    lower-case letter as in "AbonnÈs") counts against."""
    score = 0
    prev = " "
    for i, ch in enumerate(text):
        if ch in _LATIN9_TWINS:  # œ Œ (Latin-9) or ½ ¼ ¾ (Windows-1252): one byte, two
            # readings; œ starts or sits in a word ("œuvre", "Cœuvres"), ½ stands alone
            # ("½ journée")
            nxt = text[i + 1:i + 2]
            inside = nxt.isalpha()
            score += (1 if inside else -3) if ch in "œŒ" else (-3 if inside else 0)
            prev = ch
            continue
        if ch in _FRENCH_LOWER:
            score += 1 if prev.isalpha() or prev in " '-" else 0
        elif ch in _FRENCH_UPPER:
            score += -3 if prev.islower() else 0
        elif ord(ch) >= 128 and ch not in _USUAL:
            score -= 3
        elif ord(ch) < 32 and ch not in "\r\n\t":
            score -= 3
        prev = ch
    return score


def detect_encoding(data: bytes) -> tuple[str, str, list[Problem]]:
    """Decode a text file as a French user saved it: ``(text, encoding, notes)``.

    UTF-16 with a BOM; UTF-8 (with or without BOM); UTF-8 with a few stray
    Windows-1252 bytes (each such line decoded as Windows-1252, with a warning);
    otherwise the single-byte encoding among Windows-1252, Latin-9, Mac Roman and DOS (cp850)
    whose decoding of the whole header and sample looks most French (a warning when
    it is not Windows-1252). Mojibake left in the header is caught by
    :func:`check_header_encoding`.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError:
            raise InputFileError.of("encoding-error", sample="UTF-16") from None
    try:
        return data.decode("utf-8-sig"), ("utf-8-sig" if data.startswith(b"\xef\xbb\xbf")
                                          else "utf-8"), []
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    bad_lines, good_accented = [], 0
    for i, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad_lines.append(i)
        else:
            good_accented += _utf8_multibyte(line)
    if good_accented >= len(bad_lines):
        # a UTF-8 file with a few lines pasted from Windows: decode them one by one
        out = []
        bad = set(bad_lines)
        for i, line in enumerate(lines):
            out.append(line.decode("cp1252", errors="replace") if i in bad
                       else line.decode("utf-8"))
        text = "\n".join(out)
        if text.startswith("\ufeff"):
            text = text[1:]
        note = Problem.of("encoding-mixed", severity="warning", n=Count(len(bad_lines)),
                          s=plural_s(len(bad_lines)),
                          line=bad_lines[0] + 1)
        note.count, note.rows = len(bad_lines), np.add(bad_lines, 1)  # each line, from 1
        return text, "utf-8", [note]
    best = _single_byte(data)
    text = data.decode(best, errors="replace")
    notes = [] if best == "cp1252" else [
        Problem.of("encoding-guessed", severity="warning",
                   encoding="ISO-8859-15 (Latin-9)" if best == "iso8859_15" else best)]
    return text, best, notes


def _single_byte(data: bytes) -> str:
    """The single-byte encoding whose decoding of the file's first 64 KiB looks most French."""
    sample = data[:64 * 1024]
    best, best_score = "cp1252", None
    for enc in _SINGLE_BYTE:
        score = _french_score(sample.decode(enc, errors="replace"))
        if best_score is None or score > best_score:
            best, best_score = enc, score
    return best


def large_file_encoding(data: bytes, chunk_size: int = 16 * 1024 * 1024) -> str:
    """What :func:`detect_encoding` decides for a large file that is not UTF-8, without
    decoding it line by line: "cp1252", "utf-8" (UTF-8 with stray Windows lines) or
    another single-byte encoding.

    The same rule on the lines split at "\\n": the lines that are not valid UTF-8 (bad)
    against the valid lines holding a UTF-8 accent (good), counted in bulk by
    :func:`_bad_and_good_lines` (a Windows export with an accent on every line took
    seconds line by line).
    """
    bad, good = _bad_and_good_lines(data, chunk_size)
    if bad == 0 or good >= bad:
        return "utf-8"
    return _single_byte(data)


def _bad_and_good_lines(data: bytes, chunk_size: int) -> tuple[int, int]:
    """Lines (split at "\\n") that are not valid UTF-8, and valid ones holding a 2- or
    3-byte character (what :func:`_utf8_multibyte` finds), counted with numpy.

    Chunk by chunk of whole lines. A line is valid UTF-8 (as ``bytes.decode`` decides)
    when it holds no byte that can never appear (C0, C1, F5-FF), every lead byte is
    followed by its continuation bytes (second byte in range after E0, ED, F0, F4:
    no overlong form, surrogate or code point past U+10FFFF) and every continuation
    byte belongs to such a lead. A broken sequence is flagged on its own line: a
    continuation is never "\\n".
    """
    bad, good = 0, 0
    for start, end in _line_chunks(data, chunk_size):
        b = np.frombuffer(data, dtype=np.uint8, count=end - start, offset=start)
        flagged, accented = _utf8_faults(b)
        newlines = np.flatnonzero(b == 10)
        bad_lines = _distinct_sorted(np.searchsorted(newlines, flagged))
        accented_lines = _distinct_sorted(np.searchsorted(newlines, accented))
        bad += len(bad_lines)
        good += len(accented_lines) - int(np.isin(accented_lines, bad_lines,
                                                  assume_unique=True).sum())
    return bad, good


def _utf8_faults(b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the bytes that break UTF-8, and of the leads of 2- and 3-byte
    characters (an accent when their line is valid); only the bytes above 127 are
    looked at (few in a French file: ASCII is always valid)."""
    n = len(b)
    high = np.flatnonzero(b >= 0x80)
    value = b[high]

    def after(k: int) -> np.ndarray:  # the byte k places after each high byte (0: none)
        pos = high + k
        return np.where(pos < n, b[np.minimum(pos, n - 1)], 0)

    second = after(1)
    c1, c2, c3 = ((x & 0xC0) == 0x80 for x in (second, after(2), after(3)))
    lead2 = (value >= 0xC2) & (value <= 0xDF)
    lead3 = (value >= 0xE0) & (value <= 0xEF)
    lead4 = (value >= 0xF0) & (value <= 0xF4)
    ok2 = lead2 & c1
    ok3 = (lead3 & c1 & c2 & ~((value == 0xE0) & (second < 0xA0))
           & ~((value == 0xED) & (second > 0x9F)))
    ok4 = (lead4 & c1 & c2 & c3 & ~((value == 0xF0) & (second < 0x90))
           & ~((value == 0xF4) & (second > 0x8F)))
    # a well-formed sequence's continuations are the high bytes right after its lead
    claimed = np.zeros(len(high), dtype=bool)
    claimed[1:] |= (ok2 | ok3 | ok4)[:-1]
    claimed[2:] |= (ok3 | ok4)[:-2]
    claimed[3:] |= ok4[:-3]
    faults = ((value == 0xC0) | (value == 0xC1) | (value >= 0xF5)
              | ((lead2 | lead3 | lead4) & ~(ok2 | ok3 | ok4))
              | (((value & 0xC0) == 0x80) & ~claimed))
    return high[faults], high[lead2 | lead3]


def _line_chunks(data: bytes, chunk_size: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive slices of ``data`` of about ``chunk_size`` bytes, each
    ending just after a "\\n" (or at the end): no line is cut."""
    bounds, start, n = [], 0, len(data)
    while start < n:
        end = start + chunk_size
        if end >= n:
            end = n
        else:
            cut = data.rfind(b"\n", start, end)
            if cut < 0:  # one line longer than a chunk: up to its end
                cut = data.find(b"\n", end)
            end = n if cut < 0 else cut + 1
        bounds.append((start, end))
        start = end
    return bounds


def _distinct_sorted(values: np.ndarray) -> np.ndarray:
    """The distinct values of a sorted array (``np.unique`` hashes or sorts them again)."""
    if len(values) == 0:
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _utf8_multibyte(data: bytes) -> bool:
    """Whether the bytes hold at least one well-formed UTF-8 sequence for an accent."""
    return re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}", data) is not None


def check_header_encoding(header: list[Any]) -> None:
    """Stop with ``encoding-error`` when the header holds mojibake or replaced bytes.

    "AbonnÃ©s Facebook" would otherwise be read as a second presence column of
    Facebook, and its followers lost.
    """
    for v in header:
        if isinstance(v, str):
            m = MOJIBAKE.search(v)
            if m:
                raise InputFileError.of("encoding-error", sample=v.strip()[:40])


#: a quoted cell (its doubled quotes inside), whose delimiters and line ends are text
_QUOTED = re.compile(r'"(?:[^"]|"")*"')
#: how much of a file's start the delimiter is guessed on (its first lines)
_SNIFF_CHARS = 1 << 16


def _sniff_delimiter(text: str) -> str:
    r"""The delimiter of a CSV text: of ``;``, tab, ``,`` and ``|``, the one found the same
    number of times on most of its first lines, and the more often the better; a quoted
    cell's contents count for nothing (« "1\t234" », a cell on two lines: a file of « ; »
    was once read as tab-separated and refused); a delimiter most lines lack is none.

    >>> _sniff_delimiter('Code;Facebook;Abonnés;Date\n44109;Oui;"1\n234";15/10/2025\n'
    ...                  '35238;Oui;"1\t234";15/10/2025\n')
    ';'
    """
    head = _QUOTED.sub('""', text[:_SNIFF_CHARS])
    lines = [l for l in head.splitlines()[:MAX_HEADER_SCAN] if l.strip()]
    best, best_score = ";", -1.0
    for d in (";", "\t", ",", "|"):
        counts = [l.count(d) for l in lines]
        if not counts or max(counts) == 0:
            continue
        mode = Counter(counts).most_common(1)[0][0]
        if mode == 0:  # absent from most lines: a character of some cells, not the delimiter
            continue
        consistent = sum(1 for c in counts if c == mode) / len(counts)
        score = consistent * (1 + min(mode, 50) / 10)
        if score > best_score:
            best, best_score = d, score
    return best


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when a text's first bytes are UTF-16 without its byte
    order mark (a zero byte beside each Latin character, on one side), else None."""
    n = len(head) - len(head) % 2
    if n < 8:
        return None
    even, odd = head[0:n:2], head[1:n:2]
    for zeros, text, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and text.count(0) == 0:
            return enc
    return None


#: bytes no text file holds (NUL aside): C0 controls but tab, line ends, form feed, Ctrl-Z, Esc
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in (9, 10, 11, 12, 13, 26, 27))


def _nul_refusal(path: Path, data: bytes) -> InputFileError:
    """The refusal of a text file holding a NUL byte: where the first is (its text line and
    character) when the rest is text (a stray NUL typed or pasted, a file's end zero-filled
    by a crash), « binaire » when the file is not text (control bytes, NULs all over)."""
    sample = data[:65536]
    controls = sum(sample.count(bytes((b,))) for b in _CONTROL_BYTES)
    runs = len(re.findall(rb"\x00+", sample))
    if controls > len(sample) // 1000 or runs > max(16, len(sample) // 1000):
        return InputFileError.of("csv-binary", file=path.name)
    at = data.find(b"\x00")
    line_start = data.rfind(b"\n", 0, at) + 1
    char = len(data[line_start:at].decode("utf-8", "replace").lstrip("\ufeff")) + 1
    return InputFileError.of("csv-nul-byte", file=path.name, line=data.count(b"\n", 0, at) + 1,
                             char=char, n=data.count(b"\x00"))


def _read_text(path: Path) -> Grid:
    data = path.read_bytes()
    utf16 = None
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = utf16 = _utf16_without_bom(data[:4096]) if b"\x00" in data[:4096] else None
        if enc is None:
            raise _nul_refusal(path, data)
        try:  # as with its mark (detect_encoding reads UTF-16 by it)
            data = (b"\xff\xfe" if enc == "utf-16-le" else b"\xfe\xff") + data
            data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputFileError.of("csv-binary", file=path.name) from None
    text, enc, notes = detect_encoding(data)
    if utf16 is not None:  # read by its byte order, guessed: said
        notes = [Problem.of("encoding-guessed", severity="warning", encoding=utf16.upper())]
    if text.rstrip().endswith("\x1a"):  # DOS's end-of-file mark (Ctrl-Z), not a row
        text = text.rstrip().rstrip("\x1a")
    # a long comment cell (csv's default cap is 128 KiB) is a cell like another: no cell
    # can be longer than the file
    csv.field_size_limit(max(csv.field_size_limit(), len(data) + 1))
    if text.startswith("sep=") or text.startswith('"sep='):  # Excel's "sep=;" first line
        first, _, rest = text.partition("\n")
        delim = first.strip().strip('"')[4:5] or ";"
        text, line_offset = rest, 1
    else:
        delim, line_offset = _sniff_delimiter(text), 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows, numbers = [], []
    prev_line = 0
    spans: list[tuple[int, int, int]] = []  # (row, first and last text line) of a cell on several
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                row = _trim_wide_row(row)
            rows.append(row)
            # the row as a spreadsheet shows it (Excel, LibreOffice: where volunteers correct
            # the file): a quoted cell over several text lines is one row, not several
            numbers.append(len(rows) + line_offset)
            if reader.line_num - prev_line > 1:
                spans.append((len(rows) + line_offset, prev_line + 1 + line_offset,
                              reader.line_num + line_offset))
            prev_line = reader.line_num
    except csv.Error as exc:  # the text's line: where a text editor finds the broken quote
        raise InputFileError.of("csv-unreadable", file=path.name, line=prev_line + 1,
                                error=str(exc)) from None
    if spans:
        row, first, last = spans[0]
        notes = [*notes, Problem.of("csv-multiline-cells", row=row, severity="warning",
                                    n=len(spans), s=plural_s(len(spans)), first=first,
                                    last=last)]
    grid = Grid(rows, numbers, "csv", encoding=enc, delimiter=delim, notes=notes)
    grid.notes += _check_field_counts(grid)
    return grid


def _trim_wide_row(row: list[str]) -> list[str]:
    """A row past the column cap: its trailing blank fields dropped, else an error."""
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    if end > MAX_COLUMNS:
        raise InputFileError.of("too-many-columns", n=end, max=MAX_COLUMNS)
    return row[:end]


def _with_unnamed_columns(grid: Grid) -> Grid:
    """Warn about columns that hold values under a blank header cell: they are not read."""
    from openpyxl.utils import get_column_letter

    try:
        h, header, _ = header_of(grid)  # a header on two rows: its joined cells
    except InputFileError:
        return grid
    width = max((len(r) for r in grid.rows[h + 1:]), default=0)
    for j in range(width):
        if j < len(header) and not _is_blank(header[j]):
            continue
        rows = [grid.row_numbers[k] for k in range(h + 1, len(grid.rows))
                if j < len(grid.rows[k]) and not _is_blank(grid.rows[k][j])]
        if rows:
            name = get_column_letter(j + 1) if grid.kind == "xlsx" else str(j + 1)
            grid.notes.append(_unnamed_column(name, rows))
    return grid


def _unnamed_column(position: str, rownums: Any) -> Problem:
    """``unnamed-column``: the values under the blank header cell of column ``position``,
    how many and their first rows (``rownums``), so that each can be looked at: a note
    typed after the last column, or a row shifted by a separator too many."""
    from .rules import rows_problem

    return rows_problem("unnamed-column", rownums, position=position)


def filled_rows(col: Any) -> np.ndarray:
    """The positions of the cells that are not blank in a column read by a fast reader
    (:class:`.raw.CodedColumn` or :class:`.raw.RowColumn`), as :func:`_with_unnamed_columns`
    decides it of a grid's cells (each distinct value looked at once)."""
    codes, values = (col.codes, col.values) if isinstance(col, CodedColumn) else col.factorized()
    seen = np.unique(codes[codes >= 0])
    filled = [k for k in seen.tolist() if not _is_blank(values[k])]
    if not filled:
        return np.empty(0, dtype=np.int64)
    return np.flatnonzero(np.isin(codes, filled))


def unnamed_column_notes(raw: RawColumns, blank: list[int], keep: set[int],
                         first_row: int) -> list[Problem]:
    """The fast readers' :func:`_with_unnamed_columns`: ``unnamed-column`` for each column
    ``blank`` (under a blank header cell, read only for this) that holds a value, numbered
    from 1 as in a CSV, with its rows (the first data row numbered ``first_row``); each is
    then dropped from ``raw`` unless in ``keep`` (read anyway)."""
    notes = []
    for j in blank:
        at = filled_rows(raw[j])
        if len(at):
            notes.append(_unnamed_column(str(j + 1), at + first_row))
        if j not in keep:
            del raw.columns_[j]
    return notes


def _extra_field_hint(delimiter: str | None) -> Msg:
    """Why a row may have a field too many: an unquoted decimal comma in a ","-separated
    file only; else the separator typed once too often."""
    if delimiter == ",":
        return Msg("extra-fields-hint-comma")
    if delimiter == "\t":
        return Msg("extra-fields-hint-tab")
    return Msg("extra-fields-hint-sep", sep=delimiter or ";")


def _check_field_counts(grid: Grid) -> list[Problem]:
    """Rows whose number of fields differs from the header's (found if possible).

    More filled fields than header columns (an unquoted decimal comma in a "," CSV
    shifts every later cell): an error, and the row is blanked so that no shifted
    value is read. Fewer fields: a warning, the missing cells are read as blank.
    """
    from .problems import MAX_PROBLEMS

    try:
        h = header_of(grid)[0]  # the (last) header line
    except InputFileError:
        return []
    width = len(grid.rows[h])  # fields of the header line, blank names included
    # past its last named cell: an Excel export's trailing « ; » (a blank header cell)
    named = width
    while named and _is_blank(grid.rows[h][named - 1]):
        named -= 1
    # ... when its last named column is read (« Date »: the shifted date lands under the
    # blank cell); past a « Notes » column that is not read, a « ; » typed in the note
    # shifts nothing read: the value under the blank cell stays a warning (review reg30)
    last = grid.rows[h][named - 1] if named else None
    if named < width and not (isinstance(last, str) and classify_header(last, named - 1).role
                              not in ("ignore", "unknown")):
        named = width
    hint = _extra_field_hint(grid.delimiter)
    notes: list[Problem] = []
    more = {"error": 0, "warning": 0}
    for k in range(h + 1, len(grid.rows)):
        row = grid.rows[k]
        n = len(row)
        if n == width or not any(not _is_blank(v) for v in row):
            continue
        # a field too many: a value past the header's cells, or past its last named one
        # (under the trailing blank header cell, which the other lines leave one field
        # shorter: « 49;…;4 200;;15/10/2025; » shifts the date there, as in a file
        # without that column, where it is past the header)
        found, expected = n, width
        if n > width and any(not _is_blank(v) for v in row[named:]):
            code, sev = "extra-fields", "error"
            if named < width:  # counted as the file without the trailing blank column
                found = named + max(j for j, v in enumerate(row[named:], 1)
                                    if not _is_blank(v))
                expected = named
            grid.rows[k] = []
        elif n < width:
            code, sev = "missing-fields", "warning"
        else:
            continue
        if len(notes) < MAX_PROBLEMS:
            notes.append(Problem.of(code, row=grid.row_numbers[k], severity=sev, found=found,
                                    expected=expected, **({"hint": hint} if sev == "error"
                                                          else {"s": plural_s(n)})))
        else:
            more[sev] += 1
    extra = [p for p in notes if p.code == "extra-fields"]
    if extra and not any(not _is_blank(v) for r in grid.rows[h + 1:] for v in r):
        # every row of data had too many fields: "en-tête sans aucune ligne de données"
        # said nothing of why; one line that says it, and the likely causes
        n = len(extra) + more["error"]
        raise InputFileError.of("extra-fields-every-row", n=Count(n), s="" if n == 1 else "s",
                                found=extra[0].msg.params["found"],
                                expected=extra[0].msg.params["expected"],
                                row=extra[0].row, hint=hint)
    for sev, n in more.items():
        if n:  # one code per severity
            notes.append(more_problems(sev, {"extra-fields" if sev == "error"
                                             else "missing-fields": n}))
    return notes


def _read_xlsx(path: Path, sheet: str | None) -> Grid:
    """A workbook's grid; what openpyxl warns of (an extension it drops, a defined name it
    cannot place…) is not printed: none of it is about the cells read, but a date cell
    out of Excel's limits, whose number is put back (:func:`.workbook.restore_serials`)."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        return _read_workbook(path, sheet, caught)


def _read_workbook(path: Path, sheet: str | None, caught: list) -> Grid:
    import openpyxl

    from . import workbook

    workbook.check_archive(path)
    workbook.check_strict(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, EOFError) as exc:
        raise InputFileError.of("xlsx-damaged", file=path.name,
                                error=type(exc).__name__) from None
    except Exception as exc:  # openpyxl raises various errors on broken files
        raise InputFileError.of("xlsx-unreadable", file=path.name,
                                error=type(exc).__name__) from None
    try:
        ws, notes = workbook.pick_sheet(wb, sheet, lambda w: _sheet_kind(w, path),
                                        _sheet_entities)
        from . import xstring
        from .xlsx_fast import read_rows  # calamine when safe (#19.3), else openpyxl

        shared = xstring.shared_escapes(path)  # the shared strings holding « _xHHHH_ »
        # error cells, hidden rows and columns, the cells holding « _xHHHH_ »
        scan = workbook.scan_sheet(path, ws, shared=shared)
        start = len(caught)  # the sheet's own warnings: not those of the sheets looked at
        rows, numbers = read_rows(path, ws, scan) or workbook.stream_rows(ws)
        if scan.escapes_unplaced:  # some cell without a reference: the sheet parsed
            scan.escaped = xstring.parsed_escapes(path, ws._worksheet_path, shared)
        # their text decoded, whichever reader read them (neither decodes it all)
        xstring.put_escaped(rows, numbers, scan.escaped)
        workbook.restore_serials(rows, numbers, caught[start:])
        workbook.restore_negative_serials(rows, numbers, scan)
        merged, formulas = workbook.sheet_extras(path, ws, scan,
                                                 workbook.recalculated_on_load(path))
        workbook.expand_merged(rows, numbers, merged)  # down their rows: the header's too
        visible = [w.title for w in wb.worksheets
                   if getattr(w, "sheet_state", "visible") == "visible"]
        lines = _instruction_lines(wb, ws)  # the instructions sheet read once
        grid = Grid(rows, numbers, "xlsx", sheet=ws.title, notes=notes, sheets=visible,
                    merged=merged, epoch=getattr(wb, "epoch", None),
                    template=_is_template(wb, ws, lines), template_scope=_template_scope(lines))
        if merged:  # then the answers' ranges across columns, under the header found
            try:
                h, header, _ = header_of(grid)
            except InputFileError:  # said when the cells are read
                h = None
            notes += workbook.expand_merged(
                rows, numbers, merged, None if h is None else (numbers[h], header))
        if len(formulas):  # their values unknown: errors of their cells, not blanks
            notes += _unsaved_formulas(grid, formulas)
        if scan.hidden_rows or scan.hidden_columns:
            notes += _hidden_notes(scan, grid)
        return grid
    except InputFileError:
        raise
    except Exception as exc:
        raise InputFileError.of("xlsx-damaged", file=path.name,
                                error=type(exc).__name__) from None
    finally:
        wb.close()


def _unsaved_formulas(grid: Grid, formulas) -> list[Problem]:
    """The formulas whose value the workbook does not hold, in their cells below the
    header (:func:`.workbook.mark_formulas`: an error of each cell the reader reads, its
    row and column said there, none for a cell it does not read: another column, a totals
    row); in the header, a ``formula-without-value`` error each (its column by its letter:
    what it heads is unknown). Above the header (a title) nothing is read: nothing said."""
    from openpyxl.utils import get_column_letter

    from . import workbook

    try:
        h, header, two_rows = header_of(grid)
    except InputFileError:  # said when the cells are read
        return []
    top = grid.row_numbers[h - 1 if two_rows is not None else h]
    below = grid.row_numbers[h]
    # a column the reader never reads (« Remarque », no header) has no value to know: its
    # formulas, filled down past the data, must not make rows (each an « entité manquante »)
    unread = {i + 1 for i, text in enumerate(header)
              if classify_header(text, i).role == "ignore"}
    if unread:
        keep = [k for k, c in enumerate(formulas.cols)
                if c not in unread or formulas.rows[k] <= below]
        formulas = type(formulas)(array("l", (formulas.rows[k] for k in keep)),
                                  array("l", (formulas.cols[k] for k in keep)))
    workbook.mark_formulas(grid.rows, grid.row_numbers, formulas, below)
    return [Problem.of("formula-without-value", r, get_column_letter(c))
            for r, c in zip(formulas.rows, formulas.cols) if top <= r <= below and c >= 1]


#: the sheet ``barometre template`` writes its instructions in, and the line that ends them
TEMPLATE_INSTRUCTIONS = "Mode d'emploi"
#: (« Paramètres\u00a0: » since session 33, the French workbooks' no-break space before « : »;
#: a plain space in the templates written before, still filled in)
_TEMPLATE_PARAMETERS = ("Paramètres : type=", "Paramètres\u00a0: type=", "Parameters: type=")
_INSTRUCTION_ROWS = 80  # the instructions' lines (23 and the annuaire's notes): a few


def _instruction_lines(wb, ws) -> list[str] | None:
    """The texts of the first column of the workbook's « Mode d'emploi » sheet (its first
    :data:`_INSTRUCTION_ROWS` rows), read once for :func:`_is_template` and
    :func:`_template_scope` (a read-only workbook parses the sheet again at each look);
    None without that sheet, or when ``ws``, the sheet read, is that sheet itself."""
    if ws.title == TEMPLATE_INSTRUCTIONS or TEMPLATE_INSTRUCTIONS not in wb.sheetnames:
        return None
    return [v for (v,) in wb[TEMPLATE_INSTRUCTIONS].iter_rows(
        min_row=1, max_row=_INSTRUCTION_ROWS, max_col=1, values_only=True)
        if isinstance(v, str)]


def _is_template(wb, ws, lines: list[str] | None) -> bool:
    """Whether the workbook is barometre's survey template, filled in: its title (the
    document property ``barometre template`` writes, kept by Excel and LibreOffice) starts
    with « Enquête barometre », or, the title lost (a spreadsheet tool that drops it), its
    « Mode d'emploi » sheet ends with the « Paramètres : type=… » line (``lines``,
    :func:`_instruction_lines`); ``ws``, the sheet read, is not that instructions sheet."""
    from ..render.files import TEMPLATE_TITLE

    if ws.title == TEMPLATE_INSTRUCTIONS:
        return False
    title = getattr(getattr(wb, "properties", None), "title", None) or ""
    if str(title).startswith(TEMPLATE_TITLE):
        return True
    return _template_parameters(lines) is not None


def _template_parameters(lines: list[str] | None) -> str | None:
    """The « Paramètres : type=… » line that ends the instructions sheet of a workbook
    ``barometre template`` wrote (``lines``, :func:`_instruction_lines`), None without it."""
    return next((v for v in lines or () if v.startswith(_TEMPLATE_PARAMETERS)), None)


_SCOPE_TYPE = re.compile(r"\btype=([a-z_]+)")
_SCOPE_DEPS = re.compile(r"\bdépartements=([0-9AB]{2,3}(?:,[0-9AB]{2,3})*)")
_SCOPE_KIND = re.compile(r"\b(?:catégorie|category)=([A-Z0-9]+)")
#: the command a category's template of some départements gives (« --panel »), when its
#: parameters do not name the category (templates written before they did)
_PANEL_SAID = " --panel"
_TEMPLATE_ANALYSE = ("Analyser : ", "Analyser\u00a0: ", "Analyse: ")


def _template_scope(lines: list[str] | None) -> tuple[str, tuple[str, ...], str | None] | None:
    """The type, the départements and the category a template of some départements was
    made for, as its instructions' last line says them (« Paramètres : type=epci ;
    catégorie=CA ; départements=22,29 ; réseaux=… », written by ``template --within``):
    the base its analysis takes without ``--within`` (:attr:`Grid.template_scope`). The
    category is "?" for a category's template that does not name it (its command says
    « --panel »: the file's categories are the template's). None for a template of all
    France, another workbook, or a sheet read that is the instructions sheet itself
    (``lines``, :func:`_instruction_lines`, None)."""
    line = _template_parameters(lines)
    if line is None:
        return None
    t, deps, kind = _SCOPE_TYPE.search(line), _SCOPE_DEPS.search(line), _SCOPE_KIND.search(line)
    if t is None or deps is None:
        return None
    said = kind.group(1) if kind is not None else "?" if _says_panel(lines) else None
    return t.group(1), tuple(deps.group(1).split(",")), said


def _says_panel(lines: list[str]) -> bool:
    """Whether the instructions' command that analyses the file says « --panel » (a
    category's template of some départements)."""
    return any(v.startswith(_TEMPLATE_ANALYSE) and _PANEL_SAID in v for v in lines)


def _hidden_notes(scan, grid: Grid) -> list[Problem]:
    """Warnings for the rows and columns a spreadsheet hides, read like the others (their
    data are there, Excel only does not show them): the rows of the table hidden by its
    automatic filter (``filtered-rows``: the sheet shows the rows the filter keeps, the
    figures count them all), the others hidden (``hidden-rows``: by hand, a collapsed
    group), each with its count and rows; the hidden columns of the header, by their name
    (``hidden-columns``). Rows above the header, empty rows and columns outside the
    header's are not said: nothing of theirs is read."""
    from .rules import plural, rows_problem
    from .workbook import _column_names, row_index

    try:
        h, header, _ = header_of(grid)
        below = grid.row_numbers[h]
    except InputFileError:  # said when the cells are read
        h, header, below = None, None, 0
    numbers = grid.row_numbers
    filled = [r for r in sorted(set(scan.hidden_rows)) if r > below
              and (at := row_index(numbers, r))[1]
              and any(not _is_blank(v) for v in grid.rows[at[0]])]
    first, last = scan.autofilter or (0, -1)
    filtered = [r for r in filled if first < r <= last]
    hidden = [r for r in filled if not first < r <= last]
    notes = []
    if filtered:
        notes.append(rows_problem("filtered-rows", filtered))
    if hidden:
        notes.append(rows_problem("hidden-rows", hidden))
    if header is not None and scan.hidden_columns:
        named = {i + 1 for i, v in enumerate(header) if not _is_blank(v)}
        columns = sorted({c for lo, hi in scan.hidden_columns
                          for c in range(lo, min(hi, len(header)) + 1) if c in named})
        if columns:
            notes.append(Problem.said(
                Msg("hidden-columns", n=Count(len(columns)), s=plural(len(columns)),
                    columns=_column_names(columns, header)),
                severity="warning", code="hidden-columns", count=len(columns)))
    return notes


def _sheet_header(ws) -> tuple[list[list], Grid, int] | None:
    """A sheet's first rows (:data:`MAX_HEADER_SCAN`, 200 columns), as a grid, and the
    position of its header among them; None without a header (an instructions sheet)."""
    ws.reset_dimensions()
    rows = [list(row[:200]) for row in
            ws.iter_rows(min_row=1, max_row=MAX_HEADER_SCAN, values_only=True)]
    grid = Grid(rows, list(range(1, len(rows) + 1)), "xlsx")
    try:
        return rows, grid, _find_header(grid)
    except InputFileError:
        return None


def _sheet_kind(ws, path: Path | None = None) -> tuple | bool | None:
    """What a sheet's header says it is (see :func:`.workbook.pick_sheet`): None without a
    header among its first rows (an instructions sheet), True for a header without an
    entity column and a platform column, else the survey's kind (:func:`survey_kind`); a
    header on two rows (:func:`header_of`) is read as the reader will read it."""
    found = _sheet_header(ws)
    if found is None:
        return None
    rows, grid, h = found
    kind = survey_kind(rows[h])
    if kind is True and path is not None and any(  # merged ranges read only then
            _platform_names(rows[t]) or _platform_names(rows[t + 1])  # or a group title
            for t in _two_row_candidates(grid, h)):
        from . import workbook

        grid.merged = workbook.sheet_extras(path, ws)[0]
        workbook.expand_merged(grid.rows, grid.row_numbers, grid.merged)  # as when read
        _, header, _ = header_of(grid)
        kind = survey_kind(header)
    return kind


def _sheet_entities(ws) -> tuple[tuple, frozenset, int] | None:
    """What a sheet's columns mean (the role of its entity column read, code or name, and
    the platforms its header names: any order, columns not recognised aside), the keys of
    the entities its rows name and the count of those rows: whether sheets of one kind
    split one survey (:func:`.workbook.split_sheets`). The keys are the entity code
    column's values (« 01 » and 1 one key), else the name column's, case folded; None
    without a header or an entity column. Read only when a workbook has several sheets of
    one kind, or ``--sheet`` names one of them."""
    from .headers import refine_columns

    found = _sheet_header(ws)
    if found is None:
        return None
    rows, _, h = found
    cols = [classify_header(v, i) for i, v in enumerate(rows[h]) if isinstance(v, str)]
    refine_columns(cols)
    entity = ([c for c in cols if c.role == "entity_code"]
              + [c for c in cols if c.role == "entity_name"])
    if not entity:
        return None
    col = entity[0].index
    keys, n = set(), 0  # the entity column alone below the header: a sheet may be long
    for (v,) in ws.iter_rows(min_row=h + 2, min_col=col + 1, max_col=col + 1,
                             values_only=True):
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        v = "" if v is None else str(v).strip().casefold()
        if not v:
            continue
        n += 1
        keys.add(v.lstrip("0") if v.isdigit() else v)
    meaning = (entity[0].role, frozenset(c.platform for c in cols if c.platform))
    return meaning, frozenset(keys), n


def survey_kind(header: list[Any]) -> tuple | bool:
    """True for a header without an entity column and a platform column (a lists sheet,
    a summary of figures), else the kind of survey it heads: its shape (wide or long) and
    the types its entity columns name (« Code département » and « Région » are two kinds;
    two sheets of the same columns one)."""
    from .headers import refine_columns

    cols = [classify_header(v, i) for i, v in enumerate(header) if isinstance(v, str)]
    refine_columns(cols)
    entity = [c for c in cols if c.role in ("entity_code", "entity_name")]
    long = any(c.role == "platform" for c in cols)
    if not entity or not (long or any(c.platform for c in cols)):
        return True
    return ("long" if long else "wide", frozenset(c.type_hint for c in entity if c.type_hint))


_FIELD_ROLES = ("present", "followers", "account", "date")


def header_of(grid: Grid) -> tuple[int, list[Any], Problem | None]:
    """:func:`_header_of`, its row kept as ``grid.header_row`` (the line the reader says
    of a year in a one-row header)."""
    h, header, note = _header_of(grid)
    grid.header_row = h
    return h, header, note


def _header_of(grid: Grid) -> tuple[int, list[Any], Problem | None]:
    """The header: the index in ``grid.rows`` of its (last) row, its cells, and the note
    saying it was read on two rows.

    A header on two rows, the platforms' names above their fields (merged over them in
    a workbook), « Facebook » above « Présence », « Abonnés », « Date »: when the row
    taken alone (:func:`_find_header`) has no entity column or no platform column and
    joining it to the row above or below gives both, or when the row under it holds
    only headers' texts (« Code », « Nom », « Présence », « Notes »: no data; a name
    merged down over both rows is no text of the second, a platform's remark or activity
    measure under its merged name is one: :func:`_all_headers`), each field under a platform's name
    (in its merged range, in a group of fields that every name heads alike
    (:func:`_repeated_groups`), or right under it) is read as that platform's (« Abonnés
    Facebook »), with a ``header-two-rows`` warning naming both rows and the columns so
    read (a remark or activity measure under a platform's merged name, « Taux
    d'engagement », joined too: that platform's column set aside). The fields above the
    platforms' names, « Présence » merged over « Facebook », « Instagram », « X », are read
    alike (« Présence Facebook », :func:`_fields_over`), said by the same warning, which
    counts the columns read and names apart those set aside by their name (« Publications
    Facebook »); a field's word with a year (« Abonnés 2025 ») is that field, the year kept
    in ``grid.header_years`` for the reader to say (no date); a group title beside the fields
    over presence answers only (« Vidéo » over « YouTube », « TikTok »; a title naming a
    group of networks or a format, :func:`.headers.group_title`) is left aside, named in
    the warning. When such a word leaves the header refused (« Vidéo » over numbers,
    « Audience » over answers, « Compte certifié » over the platforms, beside fields or
    alone), ``grid.header_refused`` holds what the layout error adds. A field
    under no platform's name keeps its own header (said by the layout, as any column without a
    platform); a top cell naming platform and field (« Abonnés Facebook ») over the same
    field alone (« Abonnés ») keeps its meaning (:func:`_said_again`); the data start under
    the second row. A top row of group titles over complete headers (« Réseaux sociaux »
    merged over « Facebook », « Instagram », « X »: :func:`_group_titles`), beside cells
    over their own field (« Relevé » over « Date »), leaves the second row the header, with
    a ``header-group-title`` warning naming the titles and the words left aside.
    """
    h = _find_header(grid)
    tops = _two_row_candidates(grid, h)
    fields_only: list[int] = []  # a row above a survey's header read only as its fields
    if survey_kind(grid.rows[h]) is not True:  # a survey's header: joined to the row under
        # it if a header, or to the fields above the platforms' names in it (« Présence »
        # over « Code | Nom | Facebook | Instagram »)
        fields_only = [t for t in tops if t == h - 1]
        under = h in tops and _all_headers(grid.rows[h + 1], _layout_cells(grid, h))
        tops = fields_only + ([h] if under else [])
    from .workbook import sheet_list

    said: dict[str, Any] = {}  # what _fields_over saw: titles left aside, or a refusal
    refusal = grid.header_refused = None
    grid.header_years = []
    for t in tops:
        joined, lines = None, (t, t + 1)  # the platforms' line, the fields'
        if t not in fields_only:
            joined = _join_header(grid, t)
        if joined is None:  # the fields on top, the platforms' names under them
            said = {}
            joined, lines = _fields_over(grid, t, said), (t + 1, t)
        titled = None
        if joined is None and t in fields_only:
            # a group title above a survey's header: read alone, unless the title row names
            # a column the header leaves blank (« Date » in row 1 only, beside « Réseaux
            # sociaux » over the platforms): its values would be set aside
            titled = _group_titles(grid, t, said)
            refusal = refusal or said.get("refused")
            bottom = grid.rows[t + 1]
            if titled is None or not any(
                    _is_blank(bottom[j] if j < len(bottom) else None) and not _is_blank(v)
                    for j, v in enumerate(titled[0])):
                continue
        if joined is not None:
            header, joined_names = joined
            read = [v for v in joined_names if _read_column(v)]
            aside = [v for v in joined_names if not _read_column(v)]
            titles = said.get("titles", [])
            grid.header_years = [(w, y, grid.row_numbers[lines[1]])
                                 for w, y in said.get("years", [])]
            said_titles = (Msg("header-two-rows-titles", titles=sheet_list(
                [w for w, _ in titles]), s=plural_s(len(titles)), columns=_first_six(
                [c for _, cs in titles for c in cs])) if titles else Msg("no-hint"))
            if not read:  # all the joined columns set aside: those alone, no « 0 colonne »
                note = Problem.said(Msg(
                    "header-two-rows-aside-only", platforms=grid.row_numbers[lines[0]],
                    fields=grid.row_numbers[lines[1]], n=Count(len(aside)),
                    s=plural_s(len(aside)), columns=_first_six(aside), titles=said_titles),
                    severity="warning", code="header-two-rows")
                return t + 1, header, note
            note = Problem.of("header-two-rows", severity="warning",
                              platforms=grid.row_numbers[lines[0]],
                              fields=grid.row_numbers[lines[1]], n=Count(len(read)),
                              s=plural_s(len(read)),
                              columns=_first_six(read),
                              aside=Msg("header-two-rows-aside", n=Count(len(aside)),
                                        s=plural_s(len(aside)), columns=_first_six(aside))
                              if aside else Msg("no-hint"),
                              titles=said_titles)
            return t + 1, header, note
        refusal = refusal or said.get("refused")
        titled = titled or _group_titles(grid, t, said)
        refusal = refusal or said.get("refused")
        if titled is not None:
            header, titles, under = titled
            note = Problem.of("header-group-title", severity="warning", top=grid.row_numbers[t],
                              bottom=grid.row_numbers[t + 1], titles=sheet_list(titles),
                              s=plural_s(len(titles)),
                              the=Words("les" if len(titles) > 1 else "le", "the"),
                              columns=_first_six(under))
            return t + 1, header, note
    if refusal is not None and survey_kind(grid.rows[h]) is True:  # the layout error says it
        grid.header_refused = refusal
    elif refusal is not None and not group_title(refusal.params.get("title")):
        # « Compte certifié » above a whole header (« Facebook », « X » over « Oui »,
        # « Non »): the title says what the answers are, dropped it would leave them read
        # as presences; refused as over the platforms' names alone
        raise InputFileError.of("header-title-above", line=grid.row_numbers[h],
                                cells=_first_six([str(v).strip() for v in grid.rows[h]
                                                  if not _is_blank(v)]),
                                refused=refusal)
    return h, list(grid.rows[h]), None


def _read_column(header: str) -> bool:
    """Whether a column joined from a header on two rows is read: a field of its platform
    (« Présence Facebook »), not a column set aside by its name (« Publications Facebook »,
    « Remarques X », « Abonnés (en milliers) Facebook »), which its own warning says."""
    from .layout import in_thousands

    c = classify_header(header)
    return (c.role in _FIELD_ROLES and c.platform is not None
            and not (c.role == "followers" and in_thousands(header)))


def _first_six(headers: list[str]) -> str:
    """The first six of a header's columns as a note lists them, « … » after them."""
    from .workbook import sheet_list

    return sheet_list(headers[:6] + (["…"] if len(headers) > 6 else []))


def _answers_under(grid: Grid, t: int, span: list[int]) -> bool:
    """Whether the first data rows under the header rows ``t``, ``t + 1`` hold a presence
    answer in words (« Oui », « Non », « x ») in one of the columns ``span``: the columns of
    presences, whatever word heads them (« Engagement » over answers is no measure)."""
    from .values import read_presence

    for row in grid.rows[t + 2:t + 52]:
        for j in span:
            v = row[j] if j < len(row) else None
            if not isinstance(v, str) or not v.strip() or v.strip().isdigit():
                continue  # (« 0 », « 1 »: a count as well as an answer)
            try:
                if read_presence(v)[0] is not None:
                    return True
            except ValueError:
                continue
    return False


def _answers_only(grid: Grid, t: int, span: list[int], digits: bool = False) -> bool:
    """Whether the first data rows under the header rows ``t``, ``t + 1`` hold presence
    answers only in the columns ``span`` (« Oui », « Non », « x »), one at least: no other
    text, no number (« 1 200 »); ``digits``: a 1 or a 0 is an answer too, as under
    « Facebook » in a one-row header (a presence's, :func:`.values.read_presence`), any
    other number a count."""
    from .values import looks_like_count, read_presence

    seen = False
    for row in grid.rows[t + 2:t + 52]:
        for j in span:
            v = row[j] if j < len(row) else None
            if _is_blank(v):
                continue
            if digits and _zero_one(v):
                seen = True
                continue
            if not isinstance(v, str) or v.strip().isdigit() or looks_like_count(v):
                return False
            try:
                if read_presence(v)[0] is None:
                    return False
            except ValueError:
                return False
            seen = True
    return seen


def _title_refused(grid: Grid, t: int, title: str, names: list[Any], span: list[int]) -> Msg:
    """Why a title over platforms' names (rows ``t``, ``t + 1``, the columns ``span``) leaves
    a header on two rows refused, as the layout error adds it: over presence answers only,
    a title that names no group of networks nor a format (« Compte certifié »:
    :func:`.headers.group_title`), whose « Non » is no absence; over anything else
    (numbers), a title that is no field: whose are they?"""
    params = dict(title=title.strip(), row=grid.row_numbers[t],
                  cells=_first_six([str(n).strip() for n in names]))
    if _answers_only(grid, t, span, digits=True) and not group_title(title):
        return Msg("header-two-rows-property", **params)
    return Msg("header-two-rows-title", **params)


def _zero_one(v: Any) -> bool:
    """Whether a cell is the number 1 or 0 (« 1 », « 0 », 1, 0.0): a presence's answer
    under a platform's name, no count."""
    if isinstance(v, bool):
        return False
    if isinstance(v, numbers.Real):
        return v in (0, 1)
    return isinstance(v, str) and v.strip() in ("0", "1")


def _is_group_title(cell: Any, k: int, width: int, answers: bool = False) -> bool:
    """Whether a header's cell over ``width`` columns names no platform and no field
    (« Réseaux sociaux », « Comptes officiels »): a title over a group of columns, when it
    heads complete ones. « Réseaux », the long format's column of platforms, is one over
    two columns at least (a column of the long format spans one)."""
    from ..domain.registry import match_platform

    if not (isinstance(cell, str) and cell.strip()) or match_platform(cell.strip()) not in (
            None, "any"):
        return False
    if measure_title(cell) and not answers:  # « Publications » over platforms: their
        return False  # measure, no title (over « Oui », « Non »: presences, a title)
    c = classify_header(cell, k)
    return (c.role == "unknown" or (c.role == "ignore" and c.why == "why-generic-presence")
            or (c.role == "platform" and width >= 2))


def _complete_header(cell: Any, k: int) -> bool:
    """Whether a header's cell names a platform and a field (« Facebook », « Abonnés X »)."""
    if not (isinstance(cell, str) and cell.strip()):
        return False
    c = classify_header(cell, k)
    return c.platform is not None and c.role in _FIELD_ROLES


def _group_titles(grid: Grid, t: int, said: dict[str, Any] | None = None
                  ) -> tuple[list[Any], list[str], list[str]] | None:
    """Rows ``t`` and ``t + 1`` as a header whose top row holds group titles (see
    :func:`header_of`): « Réseaux sociaux » merged over « Facebook », « Instagram », « X »
    (in a CSV, standing alone above them, blanks after it in its row), the cells under it
    complete headers each, naming platform and field. The second row is the header, with
    the top row's headers that have nothing under them (« Code », « Nom », as when merged
    down); the titles are left aside. Beside a title, a top cell over its own column may be
    the same field said again: in other words (« Relevé » over « Date », not merged: left
    aside with the titles, « Date » the column's header; « Date » over « Date »: nothing
    left aside) or naming its platform (« Abonnés Facebook » over « Abonnés »: its meaning
    kept, :func:`_said_again`). Returns the header, the texts left aside and the headers
    under them; None when the top row holds a platform's name (:func:`_join_header`'s), no
    title, or anything else: a title over a cell that is no complete header (« Présence »:
    whose?), a field over another header (« Présence » over « Date »), a title not merged
    in a workbook. Over platforms' names alone (« Facebook »: their presences, as the name
    says) a title must name a group of networks or a format (« Réseaux sociaux », « Vidéo »:
    :func:`.headers.group_title`): any other (« Compte certifié », « Publicité », whose
    « Non » is no absence) leaves the header refused, ``said["refused"]`` saying why
    (:func:`_title_refused`)."""
    said = {} if said is None else said
    rows = _two_rows(grid, t)
    if rows is None:
        return None
    top, out, spans, layout = rows
    titles: list[str] = []
    under: list[str] = []
    grouped = False  # a group title, one at least (not only « Relevé » over « Date »)
    k = 0
    while k < len(top):
        v = top[k]
        if _is_blank(v) or layout.get(k) == "down":  # a name merged down: its copy below
            k += 1
            continue
        if k not in spans and _is_blank(out[k]):  # « Code » with nothing under it: its
            if not (isinstance(v, str) and classify_header(v, k).role != "unknown"):
                return None
            out[k] = v
            k += 1
            continue
        if k not in spans and _said_again(v, out[k], k):  # « Abonnés Facebook » over
            out[k] = v.strip()  # « Abonnés »: the top cell's meaning kept
            k += 1
            continue
        if k not in spans and _over_its_field(v, out[k], k):  # « Relevé » over « Date »
            if _header_cell(v) != _header_cell(out[k]):  # (« Date » over « Date »: no loss)
                titles.append(v.strip())
                under.append(out[k].strip())
            k += 1
            continue
        if _entity_title(v, k, list(spans.get(k, [k])), out):  # « Collectivité » over
            span = list(spans.get(k, [k]))  # « Code | Nom »: left aside with the titles
            if _header_cell(v) != _header_cell(out[k]) or len(span) > 1:
                titles.append(v.strip())
                under += [out[j].strip() for j in span]
            k = span[-1] + 1
            continue
        if k in spans:
            span = list(spans[k])
        elif grid.kind == "csv":  # a merged title saved as CSV: its first cell, then blanks
            end = k + 1
            while end < len(top) and _is_blank(top[end]) and _complete_header(out[end], end):
                end += 1
            span = list(range(k, end))
        else:
            return None  # not merged: over which columns?
        if not _is_group_title(v, k, len(span), _answers_under(grid, t, span)):
            return None  # a field, or a value, over another header: whose is which?
        if not all(_complete_header(out[j], j) for j in span):
            return None  # a field of no platform under the title: whose?
        bare = [j for j in span if _platform_name(out[j])]  # their presences by the title
        if bare and not group_title(v):  # « Compte certifié » over Facebook | X
            said["refused"] = _title_refused(grid, t, v, [out[j] for j in bare], bare)
            return None
        titles.append(v.strip())
        under += [out[j].strip() for j in span]
        grouped = True
        k = span[-1] + 1
    if not grouped or survey_kind(out) is True:
        return None
    return out, titles, under


def _two_rows(grid: Grid, t: int) -> tuple[list[Any], list[Any], dict[int, range],
                                           dict[int, str]] | None:
    """Rows ``t`` and ``t + 1`` as a two-row header's readers take them: both of one width
    (the top row's merged cells may reach past the cells written), the top row's merged
    spans by their first column, and the cells merged down (:func:`_layout_cells`); None
    when the top row names a platform (:func:`_join_header`'s layout)."""
    top, bottom = grid.rows[t], grid.rows[t + 1]
    if _platform_names(top):
        return None
    number = grid.row_numbers[t]
    spans = {c1 - 1: range(c1 - 1, c2) for r1, c1, r2, c2 in grid.merged
             if r1 == number and r2 == r1 and c2 > c1}
    width = max([len(top), len(bottom)] + [s.stop for s in spans.values()])
    return (list(top) + [None] * (width - len(top)), list(bottom) + [None] * (width - len(bottom)),
            spans, _layout_cells(grid, t))


def _entity_title(top: Any, k: int, span: list[int], out: list[Any]) -> bool:
    """Whether a header's cell names the entity (« Collectivité », « Commune ») over cells
    that all name it too (« Code », « Nom »; merged over them in a workbook, over its own
    column in a CSV): the name of the entity columns' group, no column of its own."""
    if not (isinstance(top, str) and top.strip()):
        return False
    entity = ("entity_code", "entity_name")
    c = classify_header(top, k)
    return (c.role in entity and c.platform is None and all(
        isinstance(out[j], str) and out[j].strip() and classify_header(out[j], j).role in entity
        for j in span))


def _over_its_field(top: Any, cell: Any, k: int) -> bool:
    """Whether a header's cell is a word of the field of the cell under it, no platform's
    in either: « Relevé » over « Date », « Date » over « Date », the column's field said
    in other words (not another field: « Présence » over « Date », whose is it?)."""
    if not (isinstance(top, str) and top.strip() and isinstance(cell, str) and cell.strip()):
        return False
    above, under = classify_header(top, k), classify_header(cell, k)
    return (above.role in _FIELD_ROLES and above.role == under.role
            and above.platform is None and under.platform is None)


def _platform_names(row: list[Any]) -> list[int]:
    """The positions of the cells that are a platform's name (« Facebook », « X »)."""
    return [j for j, v in enumerate(row) if _platform_name(v)]


def _all_headers(row: list[Any], layout: dict[int, str] | None = None) -> bool:
    """Whether every filled cell of a row is a header's text (« Code », « Présence »,
    « Abonnés », a column set aside by its name, « Notes »), two at least: the second row
    of a header, not a row of data. ``layout`` (:func:`_layout_cells`): per position, the
    cells the row above's merged ranges make: a name merged down over both rows (its copy
    is the layout, not a header's text to read), or the platform merged across above a
    field that is its remark or activity measure (« Taux d'engagement » under
    « Facebook »); any other text under a platform stays data."""
    layout = layout or {}
    fields = others = 0
    for j, v in enumerate(row):
        if _is_blank(v) or layout.get(j) == "down":  # a copy of the range above: layout
            continue
        role = classify_header(v).role if isinstance(v, str) else "unknown"
        if role not in ("unknown", "ignore"):
            fields += 1
        elif role == "ignore" or (j in layout and _platform_note(v, layout[j])):
            others += 1  # « Notes », « Taux d'engagement » under « Facebook »
        else:
            return False  # a value: a row of data
    return fields >= 1 and fields + others >= 2


def _layout_cells(grid: Grid, t: int) -> dict[int, str]:
    """Per position of row ``t + 1``, what the merged ranges of row ``t`` make of its cell:
    ``"down"`` under a range merged down over both rows (its value copied), or the
    platform's name merged across above it. Empty without merged ranges (a CSV)."""
    number = grid.row_numbers[t]
    if t + 1 >= len(grid.rows) or grid.row_numbers[t + 1] != number + 1:
        return {}
    out: dict[int, str] = {}
    top = grid.rows[t]
    for r1, c1, r2, c2 in grid.merged:
        if r1 != number:
            continue
        if r2 > r1 and c1 == c2:
            out[c1 - 1] = "down"
        elif r2 == r1 and c2 > c1 and c1 - 1 in _platform_names(top):
            out.update({k: top[c1 - 1].strip() for k in range(c1 - 1, c2)})
    return out


def _platform_note(cell: Any, platform: str) -> bool:
    """Whether a field under a platform's name is its remark or activity measure, unread:
    « Taux d'engagement » under « Facebook » (« Taux d'engagement Facebook »)."""
    if not (isinstance(cell, str) and cell.strip()):
        return False
    if classify_header(cell).role != "unknown":
        return False
    joined = classify_header(f"{cell.strip()} {platform}")
    return joined.role == "ignore" and joined.why is not None


def _two_row_candidates(grid: Grid, h: int) -> list[int]:
    """The top rows of a two-row header around row ``h``: the row above it and ``h``
    itself, each with the next row right under it (no row between)."""
    return [t for t in (h - 1, h) if t >= 0 and t + 1 < len(grid.rows)
            and grid.row_numbers[t + 1] == grid.row_numbers[t] + 1]


def _join_header(grid: Grid, t: int) -> tuple[list[Any], list[str]] | None:
    """Rows ``t`` and ``t + 1`` as one header (see :func:`header_of`), and the headers made
    by joining, with those of the top row kept over their field said again
    (:func:`_said_again`), in the columns' order; None when it heads no survey either, or
    when nothing is joined."""
    top, bottom = grid.rows[t], grid.rows[t + 1]
    number = grid.row_numbers[t]
    out = list(bottom) + [None] * max(0, len(top) - len(bottom))
    for k, v in enumerate(top):  # « Code », « Nom » in the top row, nothing under them
        if (_is_blank(out[k]) and isinstance(v, str) and v.strip()
                and classify_header(v, k).role != "unknown"):
            out[k] = v  # as when merged down over both rows (a title's text stays out)
    read: dict[int, str] = {}
    names = _platform_names(top)
    for k, v in enumerate(top):  # « Abonnés Facebook » over « Abonnés »: the field again
        if k not in names and _said_again(v, out[k], k):
            out[k] = read[k] = v.strip()  # the top cell's meaning kept
    merged = any(r1 == number for r1, *_ in grid.merged)
    groups = None if merged else _repeated_groups(top, bottom, names)
    for g, j in enumerate(names):
        v = top[j]
        span = groups[g] if groups else [j]
        for r1, c1, r2, c2 in grid.merged:
            if r1 == number and c1 == j + 1 and r2 == r1:
                span = list(range(c1 - 1, min(c2, len(out))))
        for k in span:
            cell = out[k]
            if isinstance(cell, str) and cell.strip() and k not in read:
                c = classify_header(cell, k)
                if (c.role in _FIELD_ROLES and not c.platform) or _platform_note(cell, v.strip()):
                    out[k] = f"{cell.strip()} {v.strip()}"  # a remark: that platform's, unread
                    read[k] = out[k]
    if not any(k in names or not _said_again(top[k], bottom[k], k) for k in read
               if k < len(bottom)) or survey_kind(out) is True:
        return None  # nothing joined (the fields said again alone are no second row's)
    return out, [read[k] for k in sorted(read)]


def _fields_over(grid: Grid, t: int, said: dict[str, Any] | None = None
                 ) -> tuple[list[Any], list[str]] | None:
    """Rows ``t`` and ``t + 1`` as one header whose top row holds the fields and the row
    under it the platforms' names (see :func:`header_of`): « Présence » merged over
    « Facebook », « Instagram », « X » (in a CSV, the field in its first column, the blank
    cells after it its own up to the next filled cell of its row), each column under a
    field that field of the platform named under it (« Présence Facebook »), as the
    one-row header says it. Returns the header and the columns so read, in the columns'
    order; None when the top row names a platform (:func:`_join_header`'s) and whenever
    whose is which is not certain: a field over a column where the row under it names no
    platform, or something else than a platform's name (« Total »), a platform twice
    under one field, a text that is no field (« Taux d'engagement ») over platforms, a
    platform's name under no field, or fields that are dates only (« Date » over the
    platforms, answers « Oui » under them: no survey's).

    Beside the fields, a group title over platforms' names, naming a group of networks or
    a format (« Vidéo » over « YouTube », « TikTok »: :func:`.headers.group_title`), with
    presence answers only under it (« Oui », « Non », 1 and 0: :func:`_answers_only`) is
    left aside, its columns read as the names alone say (their presences), listed in
    ``said["titles"]``; over anything else (numbers: followers? whose field?) it leaves the
    header refused, as does any other title over the platforms' names (« Compte certifié »,
    whose « Non » is no absence: :func:`_title_refused`), and so does a followers' word
    (« Audience », « Communauté », « Abonnés ») over answers only: ``said["refused"]`` then
    holds what the layout error adds (:func:`header_of`)."""
    from ..domain.registry import match_platform

    rows = _two_rows(grid, t)
    if rows is None:
        return None
    top, out, spans, layout = rows
    width = len(top)
    read: dict[int, str] = {}
    titled: list[int] = []  # the columns under a group title (« Vidéo »), read alone
    said = {} if said is None else said
    refused: Msg | None = None  # said only when nothing else leaves the header refused
    roles = set()
    k = 0
    while k < width:
        v = top[k]
        if _is_blank(v) or layout.get(k) == "down":  # a name merged down: its copy below
            k += 1
            continue
        c, year = _field_of_title(v, k) if isinstance(v, str) else (None, None)
        # a measure over platforms (« Publications »): each column that measure of its
        # platform, set aside as « Publications Facebook » is
        measure = c is not None and c.platform is None and measure_title(v)
        field = c is not None and c.role in _FIELD_ROLES and c.platform is None or measure
        if k in spans:
            span = list(spans[k])
        elif grid.kind == "csv" and c is not None:  # a merged field (or title) saved as CSV: its first cell,
            end = k + 1  # then blanks over platforms' names (not over « Remarques », a
            while end < width and _is_blank(top[end]) and _platform_name(out[end]):
                end += 1  # blank spacer, « Abonnés Facebook »: their own columns)
            if end == width:  # the row's end, blank in both rows: no column of the field's
                while end > k + 1 and _is_blank(out[end - 1]):
                    end -= 1
            span = list(range(k, end))
        else:
            span = [k]  # not merged in a workbook: its own column only
        if span == [k] and _is_blank(out[k]):  # « Code », « N° », « Strate » with nothing
            if c is None:  # under it: its column's header (a CSV export writes it so)
                return None  # a value: not a header's row
            out[k] = v
            k += 1
            continue
        if span == [k] and c is not None and _header_cell(v) == _header_cell(out[k]):
            k += 1  # « Date » over « Date »: the same header said again
            continue
        if not field and _entity_title(v, k, span, out):
            k = span[-1] + 1  # « Collectivité » over « Code | Nom »: their group's name
            continue
        if (not field and _is_group_title(v, k, len(span)) and all(
                _platform_name(out[j]) for j in span)):  # « Vidéo » over YouTube | TikTok
            if not group_title(v):  # « Compte certifié »: its « Non » no absence
                said["refused"] = _title_refused(grid, t, v, [out[j] for j in span], span)
                return None
            if not _answers_only(grid, t, span, digits=True):  # counts: whose field?
                refused = refused or _title_refused(grid, t, v, [out[j] for j in span], span)
            said.setdefault("titles", []).append((v.strip(), [out[j].strip() for j in span]))
            titled += span  # their presences, as the names alone say (a title left aside)
            k = span[-1] + 1
            continue
        if not field:
            return None  # a title, a remark, a platform's field over other headers
        if measure and not remark_title(v) and _answers_under(grid, t, span):
            return None  # « Engagement » over « Oui », « Non »: presences, whose title?
        seen = set()
        for j in span:
            name = out[j].strip() if isinstance(out[j], str) else ""
            platform = match_platform(name) if name else None
            if platform in (None, "any") or platform in seen:
                return None  # no platform's name under the field, or one twice: whose?
            seen.add(platform)
            joined = f"{v.strip()} {name}"
            got = classify_header(joined, j)
            if measure and got.role != "ignore" or not measure and (
                    got.role, got.platform) != (c.role, platform):
                return None  # not read as that field of that platform: never guessed
            out[j] = read[j] = joined
        if c.role == "followers" and _answers_only(grid, t, span):
            # « Audience » over « Oui », « Non »: presences, or counts to come?
            refused = refused or Msg("header-two-rows-answers", title=v.strip(),
                                     row=grid.row_numbers[t])
        if year is not None:  # « Abonnés 2025 »: the followers, the year said apart
            said.setdefault("years", []).append((v.strip(), year))
        roles.add("measure" if measure else c.role)
        k = span[-1] + 1
    if any(k not in read and k not in titled and layout.get(k) != "down"
           for k in _platform_names(out)):
        return None  # a platform's name under no field: its presence, or the field's?
    pairs = [(c.role, c.platform) for c in (classify_header(v, j) for j, v in enumerate(out)
                                             if isinstance(v, str) and v.strip())
             if c.platform and c.role in _FIELD_ROLES]
    if len(pairs) != len(set(pairs)) and len({y for _, y in said.get("years", [])}) < 2:
        # « Abonnés » over « Facebook » beside « Abonnés Facebook »: no field of theirs, a
        # stray word above a whole header (« Abonnés 2024 », « Abonnés 2025 » over the
        # platforms: joined, the reader refuses two years in one file, header-two-years)
        return None
    if refused is not None:
        said["refused"] = refused
        return None
    if not read or roles == {"date"} or survey_kind(out) is True:
        return None
    return out, [read[k] for k in sorted(read)]


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
_UNIT_WORDS = re.compile(r"[(\[][^)\]]*[)\]]|\b(?:en\s+|in\s+)?(?:milliers?|thousands?|millions?"
                         r"|mille)\b", re.I)


def _field_of_title(cell: str, k: int) -> tuple[Any, int | None]:
    """A top cell of a header on two rows as a field over the platforms' names: its column
    (:func:`classify_header`), and the year it says beside a field's word, if any. « Abonnés
    2025 » is the followers (the year no date: 2025, said apart, :func:`header_of`);
    « Abonnés (en milliers) » the followers in a unit, each column set aside as the one-row
    « Abonnés Facebook (en milliers) » is (:func:`.layout.in_thousands`). Any other text:
    its own reading."""
    from .layout import in_thousands

    c = classify_header(cell, k)
    if c.role != "unknown":
        return c, None
    text, year = cell, None
    years = _YEAR_WORD.findall(text)
    if len(years) == 1:
        year = int(years[0])
        text = _YEAR_WORD.sub(" ", text)
    if in_thousands(cell):
        text = _UNIT_WORDS.sub(" ", text)
    text = " ".join(text.split())
    if text == cell.strip() or not text:
        return c, None
    rest = classify_header(text, k)
    if rest.role in _FIELD_ROLES and rest.platform is None:
        return rest, year
    return c, None


def _platform_name(cell: Any) -> bool:
    """Whether a header's cell is a platform's name (« Facebook », « X »), no field."""
    from ..domain.registry import match_platform

    return isinstance(cell, str) and bool(cell.strip()) and match_platform(
        cell.strip()) not in (None, "any")


def _said_again(top: Any, cell: Any, k: int) -> bool:
    """Whether a header's cell names a platform and a field (« Abonnés Facebook ») and the
    cell under it the same field alone (« Abonnés »): the field said again, not another
    (a row of fields under the platforms' names beside it, « Facebook » over « Présence »)."""
    if not (isinstance(top, str) and top.strip() and isinstance(cell, str) and cell.strip()):
        return False
    above, under = classify_header(top, k), classify_header(cell, k)
    return (above.role in _FIELD_ROLES and above.platform is not None
            and under.role == above.role and under.platform is None)


def _repeated_groups(top: list[Any], bottom: list[Any], names: list[int]
                     ) -> list[list[int]] | None:
    """The columns under each platform's name when a header without merged cells (a CSV
    saved from a workbook whose names were merged, which keeps a name in the first cell
    and blanks after it) repeats one sequence of fields under every name: « Facebook »,
    « Instagram » over « Présence », « Abonnés », « Présence », « Abonnés ». Two names at
    least, each followed by blanks only, each group the same fields (no platform in
    them), the last group as long as the others: then whose each field is is certain.
    None otherwise: only the field right under a name is its (:func:`_join_header`)."""
    if len(names) < 2:
        return None
    width = names[1] - names[0]
    if width < 2 or names[-1] + width > len(bottom):
        return None
    pattern = None
    out = []
    for j, end in zip(names, names[1:] + [names[-1] + width]):
        if end - j != width or any(not _is_blank(top[k]) for k in range(j + 1, end)
                                   if k < len(top)):
            return None
        roles = []
        for k in range(j, end):
            cell = bottom[k]
            if not (isinstance(cell, str) and cell.strip()):
                return None
            c = classify_header(cell, k)
            if c.role not in _FIELD_ROLES or c.platform:
                return None
            roles.append(c.role)
        if len(set(roles)) != len(roles) or pattern not in (None, roles):
            return None
        pattern = roles
        out.append(list(range(j, end)))
    return out  # a field after the last group (« Date » for all) stays nobody's


#: The files read in place of a stream (a pipe, ``/dev/stdin``: the command line copies it
#: to a temporary file, :mod:`barometre.cli.inputs`): path of the copy -> (name, path) said
SHOWN_AS: dict[str, tuple[str, str]] = {}
#: The copies of a stream given otherwise than by a path (``-``, the standard input, said
#: « entrée standard »): path of the copy -> the argument as typed, for a command to rerun
TYPED_AS: dict[str, str] = {}


def display_name(path: str | Path, full: bool = False) -> str:
    """A file name that can be printed and stored whatever bytes it holds.

    A name that is not valid UTF-8 (an old archive's "enqu\\xe9te.csv") comes in with
    surrogate characters, which no terminal or table can encode: they become "\ufffd".
    The copy of a stream (:data:`SHOWN_AS`) is named as the stream was given.
    """
    shown = SHOWN_AS.get(str(path))
    if shown is not None:
        text = shown[1] if full else shown[0]
    else:  # "." and "/" have no name of their own: said as given, never as ""
        text = str(path) if full else Path(path).name or str(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


#: What a POSIX shell reads as itself: shlex.quote's safe characters, with every letter
#: and digit (an accent needs no quoting in a UTF-8 shell).
_SHELL_PLAIN = re.compile(r"[\w@%+=:,./-]+")


def validate_args(path: str | Path, sheet: str | None = None, blank: object = None,
                  date: object = None, date_order: object = None) -> Words:
    """The arguments of the ``barometre validate`` that reads ``path`` as it was just read
    (another sheet, blank rule, wave date or date order reads other problems), in each language: an
    English reader wants the details in English (``--lang en``). The file is named by its
    path as the user gave it (``v2/enquete.csv``, not ``enquete.csv``), so that the command
    works when pasted and two files of one name are told apart. A value holding anything
    a POSIX shell would read (a space, a quote, ``$``, a backtick, a backslash, a glob…)
    is quoted as :func:`shlex.quote` quotes it: ``'mon enquete.xlsx' --sheet 'Vague 2'``,
    ``'l'"'"'enquête.csv'``; a value of letters (accented too), digits and ``@%+=:,./-_``
    is written plain (``enquête-2025.csv``).

    >>> validate_args("v2/enquête.csv", "Vague 2").render("fr")
    "v2/enquête.csv --sheet 'Vague 2'"
    >>> print(validate_args('a "b" $c.csv').render("fr"))
    'a "b" $c.csv'
    """
    said = [shell_word(TYPED_AS.get(str(path)) or display_name(path, full=True))]
    for option, value in (("--sheet", sheet), ("--blank", blank), ("--date", date),
                          ("--date-order", date_order)):
        if value is not None:
            said += [option, shell_word(str(value))]
    return Words(" ".join(said), " ".join(said + ["--lang", "en"]))


def shell_word(v: str) -> str:
    """``v`` as one word of a POSIX shell command (see :func:`validate_args`): plain when
    it holds only letters, digits and ``@%+=:,./-_``, else quoted as :func:`shlex.quote`.

    >>> shell_word("v2/enquête.csv"), shell_word("Vague 2")
    ('v2/enquête.csv', "'Vague 2'")
    """
    return v if _SHELL_PLAIN.fullmatch(v) else "'" + v.replace("'", "'\"'\"'") + "'"


#: The first bytes of an OLE compound file: the old .xls format, and the envelope Excel
#: puts a workbook protected by a password in (an .xlsx then is no zip)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_grid(path: str | Path, sheet: str | None = None) -> Grid:
    """Read the raw cells of a survey file (no interpretation yet)."""
    from .inputs import check_input

    # as given (a BytesIO, "" or "https://…" said as such); missing, a folder, a pipe,
    # unreadable: said as such
    check_input(path)
    p = Path(path)
    size = p.stat().st_size
    if size == 0:
        raise InputFileError.of("file-empty", file=p.name)
    suffix = p.suffix.lower()
    with open(p, "rb") as fh:
        head = fh.read(8)
    is_zip = head.startswith(b"PK\x03\x04")
    if head.startswith(OLE_MAGIC):  # whatever its name: an .xls, or a password's envelope
        raise InputFileError.of("xls-or-encrypted", file=p.name)
    if suffix in XLSX_SUFFIXES or suffix == ".xls":
        if is_zip and suffix == ".xls":  # an .xlsx renamed (or saved under an old name)
            raise InputFileError.of("xlsx-misnamed", file=p.name, suffix=suffix)
        if not is_zip:  # a web page or a CSV that a tool exported under a workbook's name
            kind = _disguised(p)
            if kind:
                raise InputFileError.of(kind, file=p.name, suffix=suffix)
            raise InputFileError.of("xls-not-read" if suffix == ".xls" else "xlsx-not-valid",
                                    file=p.name)
        return _with_unnamed_columns(_read_xlsx(p, sheet))
    if suffix in (".ods", ".fods"):  # LibreOffice Calc's own format
        raise InputFileError.of("ods-not-read", file=p.name)
    if suffix == ".parquet":
        raw, rownums, header = _parquet_frame(p)
        cells = [[_cell(raw[k].at(i)) for k in raw.columns] for i in range(len(raw))]
        return Grid([header] + cells, [1, *rownums.tolist()], "parquet")
    if suffix in TEXT_SUFFIXES:
        if is_zip:
            raise InputFileError.of("xlsx-misnamed", file=p.name, suffix=suffix)
        return _with_unnamed_columns(_read_text(p))
    if suffix in (".json", ".zip", ".gz"):  # read only as an Annuaire export, which this is not
        raise InputFileError.of("file-not-annuaire", file=p.name, suffix=suffix)
    raise InputFileError.of("file-extension-unknown", file=p.name,
                            suffix=suffix or Msg("no-extension"))


def _disguised(path: Path) -> str | None:
    """What a file named as a workbook (.xls, .xlsx) holds when it is no workbook: a web
    page (« file-html-misnamed »: online tools and old intranets export their tables as
    HTML under an .xls name) or plain text (« file-text-misnamed »: a CSV renamed); None
    for anything else (bytes that are neither, said « not read » or « not valid »). Read
    from the first 4 KiB, never guessed further: the message advises, nothing is read."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's « Texte Unicode » (UTF-16)
        text = head[:len(head) // 2 * 2].decode("utf-16", "replace")
    elif b"\x00" in head:
        return None
    else:
        text = head.decode("utf-8", "replace")
    text = text.lstrip("\ufeff \t\r\n")
    if _HTML_START.match(text) or text[:5].lower() == "<?xml" and "<html" in text.lower():
        return "file-html-misnamed"
    if text.startswith("<"):  # other XML (Excel 2003's « Feuille de calcul XML »): not read
        return None
    # text: no control character but line ends and tabs, and a line end or a separator
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n")
    if text and controls == 0 and any(ch in text for ch in "\n;,\t"):
        return "file-text-misnamed"
    return None


def _cell(value: Any) -> Any:
    """A cell of a column as a grid holds it: a Python value, None when missing (NaN)."""
    if isinstance(value, np.generic):
        value = value.item()
    return None if value is None or (isinstance(value, float) and value != value) else value


def _find_header(grid: Grid) -> int:
    best, best_score = None, 1
    for i, row in enumerate(grid.rows[:MAX_HEADER_SCAN]):
        s = _header_score(row)
        if s > best_score:
            best, best_score = i, s
            if s >= 3:
                break
    if best is None:
        for row in grid.rows[:MAX_HEADER_SCAN]:
            check_header_encoding(row)
        n = min(len(grid.rows), MAX_HEADER_SCAN)
        said = _markup_said(grid)
        if said:  # a web page or JSON saved under a table's name: said what it is
            raise InputFileError.of("header-not-found-markup", kind=Msg(said))
        raise InputFileError.of("header-not-found", n=Count(n), s=plural_s(n))
    check_header_encoding(grid.rows[best])
    return best


_HTML_START = re.compile(r"\s*<(!doctype\s+html|html|head|body|table|meta|!--)", re.IGNORECASE)


def _markup_said(grid: Grid) -> str | None:
    """The message that names what a text file with no header is when it is no table at
    all: an HTML page (« <html><body><table>… » saved as .csv) or JSON (« [{"Code": …}] »,
    the check :func:`barometre.cli.inputs._sniffed_suffix` makes of a stream's first
    bytes); None otherwise. Read from its first non-blank row, its cells joined back with
    the separator that split them."""
    if grid.kind != "csv":
        return None
    row = next((r for r in grid.rows[:MAX_HEADER_SCAN] if any(not _is_blank(v) for v in r)),
               None)
    if row is None:
        return None
    line = (grid.delimiter or ",").join("" if v is None else str(v) for v in row)
    line = line.lstrip("\ufeff \t")
    if _HTML_START.match(line):
        return "file-kind-html"
    if line[:1] in ("{", "[") and '"' in line:
        return "file-kind-json"
    return None


def _parquet_frame(path: Path) -> tuple[RawColumns, np.ndarray, list[Any]]:
    """A Parquet file is already a table: its column names are the header (row 1).

    Text as dictionary codes (straight from the file's dictionary pages) or Arrow text,
    numbers as numpy arrays: no pandas; other types (booleans, dates, decimals) as
    ``to_pandas`` gives them, read by pandas at the edge.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputFileError.of("parquet-needs-pyarrow") from None
    try:
        schema = pq.read_schema(path)
        from .noncharacters import clean_header

        header = [str(c) for c in schema.names]
        header, header_notes = clean_header(header, 1)  # invisible characters removed, said
        for name, col_type in zip(header, schema.types):
            if not _plain_arrow_type(pa, col_type):
                raise InputFileError.of("parquet-unsupported-column", column=name,
                                        kind=str(col_type))
        # low-cardinality text dictionary-encoded (codes and distinct values), like the CSV fast
        # path: read as dictionaries straight from the file's own dictionary pages (#19.2)
        as_dict = [schema.names[i] for i, name in enumerate(header)
                   if (pa.types.is_string(schema.types[i]) or pa.types.is_large_string(schema.types[i]))
                   and classify_header(name, i).role not in ("followers", "account")]
        # only the columns that mean something, as the CSV fast path (a million-row file),
        # and a column of comments on a platform (its cells say what it is)
        used = [i for i, name in enumerate(header)
                if needs_cells(classify_header(name, i))] or \
            list(range(len(header)))  # nothing recognised: the reader says what is missing
        # a column under a blank name (a pandas index written without its name, a sheet's
        # blank header cell): read to say whether it holds values, as the general reader
        blank = [i for i, name in enumerate(schema.names) if _is_blank(str(name))]
        read_anyway = set(used)
        used = sorted(read_anyway | set(blank))
        if len(set(schema.names)) == len(schema.names):
            # ParquetFile, not read_table: one file needs no dataset machinery (~10 ms)
            table = pq.ParquetFile(path, read_dictionary=as_dict).read(
                columns=[schema.names[i] for i in used])
        else:  # two columns of one name: chosen by position
            # (read_table's dataset refuses such a file today: "illisible", kept as it was)
            table = pq.read_table(path, read_dictionary=as_dict).select(used)
        for k, i in enumerate(used):  # dictionary pages may be absent: encode the rest
            col = table.column(k)
            if schema.names[i] in as_dict and not pa.types.is_dictionary(col.type):
                table = table.set_column(k, table.field(k).name, compute("dictionary_encode", col))
        cols: dict[int, Any] = {}
        others = []  # positions in the table of the columns left to pandas
        for k, i in enumerate(used):
            col, kind = table.column(k), table.field(k).type
            if _text_dictionary(pa, kind) and (
                    schema.names[i] in as_dict  # read as dictionaries above, or stored so
                    or classify_header(header[i], i).role not in ("followers", "account")):
                cols[i] = column_of_arrow(col)  # (a pandas categorical written to Parquet)
            elif pa.types.is_string(kind) or pa.types.is_large_string(kind):
                cols[i] = RowColumn(col)  # counts, accounts: one text per row
            elif pa.types.is_integer(kind) or pa.types.is_floating(kind):
                cols[i] = RowColumn(numbers_of(col))  # ints with gaps: floats, NaN
            else:
                others.append(k)
        n = table.num_rows
        if others:  # as pandas' metadata in the file says
            rest = table.select(others).to_pandas(self_destruct=True, split_blocks=True)
            for j, k in enumerate(others):
                cols[used[k]] = column_of_series(rest.iloc[:, j])
            del rest
        del table
        raw = RawColumns({i: cols[i] for i in used}, n)
        raw.notes = header_notes + unnamed_column_notes(raw, blank, read_anyway, 2)
    except InputFileError:
        raise
    except Exception as exc:
        raise InputFileError.of("parquet-unreadable", error=type(exc).__name__) from None
    return raw, row_numbers(2, n), header


def _text_dictionary(pa, t) -> bool:
    """A dictionary of text, unordered: what :func:`.raw.column_of_arrow` converts."""
    return (pa.types.is_dictionary(t) and not t.ordered
            and (pa.types.is_string(t.value_type) or pa.types.is_large_string(t.value_type)))


def _plain_arrow_type(pa, t) -> bool:
    """Text, numbers, booleans, dates: the types a survey cell can have (no lists, structs)."""
    if pa.types.is_dictionary(t):
        t = t.value_type
    return (pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_integer(t)
            or pa.types.is_floating(t) or pa.types.is_boolean(t) or pa.types.is_temporal(t)
            or pa.types.is_null(t) or pa.types.is_decimal(t))
