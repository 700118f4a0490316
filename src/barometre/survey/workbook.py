"""Read an Excel workbook defensively: bounded size, the visible sheet, merged cells, formulas.

A workbook is a zip of XML files whose declared sizes are checked before anything
is parsed (a few kilobytes can unpack to gigabytes); the sheet's own "dimension"
is not trusted (one stray cell at XFD1048576 would make a grid of 17 billion
cells); rows are streamed, their trailing blank cells dropped, and reading stops
with a clear message past :data:`MAX_COLUMNS` filled columns or
:data:`MAX_CELLS` cells. The sheet read is the one named by ``--sheet``, else the
visible sheet that looks like a survey, the active one first, never a hidden
sheet; several sheets of one kind ask for ``--sheet``, or are said to split one survey
(hidden ones too: :func:`split_sheets`), of several kinds are said (:func:`pick_sheet`). Merged cells get their value down their rows, and below the header
across the presence columns of their range (an answer merged across platforms' columns),
within the table's columns and rows, with a warning (:func:`expand_merged`), and formulas
whose value the workbook does not hold (saved without it, or to be recomputed on opening:
:func:`recalculated_on_load`) are errors of their cells, not blanks (:func:`mark_formulas`).
One byte scan of the sheet's XML (:func:`scan_sheet`) finds its
error cells (« #N/A », read as their text by both cell readers), its hidden rows and
columns and its automatic filter (said by the reader, :mod:`.grid`), and the cells whose
stored text holds an escaped character (« _xFFFF_ »: decoded, :mod:`.xstring`).
"""

from __future__ import annotations

import re
import zipfile
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import InputFileError
from ..messages import Count, Msg, Words, plural_s
from .problems import Problem

MAX_UNCOMPRESSED = 512 * 1024 * 1024  # bytes of XML once unpacked (a 1M-row survey is ~150 MB)
MAX_RATIO = 500  # unpacked / packed, per part: real sheets compress 5-50×, bombs 1000×+
MAX_COLUMNS = 1024  # filled columns: a survey has a few dozen
MAX_CELLS = 50_000_000  # cells streamed (blank ones included) before giving up
MAX_ROWS = 1_048_576  # Excel's own limit: more rows can only come from a forged file
MAX_MERGED_NOTES = 20


def _fr(n: int) -> str:
    return f"{n:_}".replace("_", " ")


def check_archive(path: Path) -> None:
    """Refuse a workbook whose declared unpacked size is out of bounds (zip bomb)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputFileError.of("xlsx-damaged", file=path.name,
                                error=type(exc).__name__) from None
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise InputFileError.of("archive-too-large", size=_mb(total), max=_mb(MAX_UNCOMPRESSED))
    for i in infos:
        ratio = i.file_size / max(i.compress_size, 1)
        if i.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise InputFileError.of("archive-ratio", part=i.filename, ratio=int(ratio),
                                    max=MAX_RATIO)


_STRICT = b"purl.oclc.org/ooxml/"  # the namespaces of Strict Open XML


def check_strict(path: Path) -> None:
    """Refuse a workbook saved as « Feuille de calcul Open XML Strict » (Excel's Strict Open
    XML Spreadsheet: the same parts under other namespaces, which openpyxl does not read)
    with the format it should be saved in (``xlsx-strict``), not as a damaged file."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            for part in ("_rels/.rels", "xl/workbook.xml"):
                if part in names:
                    with zf.open(part) as fh:
                        if _STRICT in fh.read(64 * 1024):
                            raise InputFileError.of("xlsx-strict", file=path.name)
    except (KeyError, zipfile.BadZipFile, OSError):
        return  # said by openpyxl's reading


_DATE_LIMITS = re.compile(r"Cell \$?([A-Z]{1,3})\$?(\d+) is marked as a date but the serial value "
                          r"(\S+) is outside the limits for dates")


def row_index(numbers: list[int], r: int) -> tuple[int, bool]:
    """Where the sheet's row ``r`` is among the rows read, ``numbers`` (their sheet row
    numbers, increasing): its index, and whether it was read (else where it would go)."""
    from bisect import bisect_left

    k = bisect_left(numbers, r)
    return k, k < len(numbers) and numbers[k] == r


def put_cell(rows: list[list[Any]], numbers: list[int], r: int, c: int, value: Any) -> None:
    """Put ``value`` in the sheet's cell (row ``r``, column ``c``, from 1) among the rows
    read: a row the reader left out (read blank) is put in its place, a short row padded."""
    k, read = row_index(numbers, r)
    if not read:
        numbers.insert(k, r)
        rows.insert(k, [])
    row = rows[k]
    if len(row) < c:
        row.extend([None] * (c - len(row)))
    row[c - 1] = value


def restore_serials(rows: list[list[Any]], numbers: list[int], caught: list) -> None:
    """Put back the numbers of date cells beyond Excel's dates, that openpyxl reads as
    « #VALUE! » (with a warning, ``caught``): the number, as calamine reads it, which the
    reader says is no date (Excel shows « ##### »), not a formula's error."""
    for w in caught:
        m = _DATE_LIMITS.search(str(getattr(w, "message", "")))
        if m is None:
            continue
        r, c = int(m.group(2)), _col_index(m.group(1))
        k, read = row_index(numbers, r)
        if not read or len(rows[k]) < c or rows[k][c - 1] != "#VALUE!":
            continue
        try:
            value = float(m.group(3))
        except ValueError:
            continue
        rows[k][c - 1] = int(value) if value.is_integer() else value


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f}".replace(".", ",")


def pick_sheet(wb, sheet: str | None, kind_of, rows_of=None) -> tuple[Any, list[Problem]]:
    """The sheet to read, and what was decided: hidden sheets skipped, the choice among
    several sheets that look like a survey.

    ``kind_of(ws)`` says what a sheet's header looks like: None (not a survey), True (a
    header, without an entity and a platform column) or a hashable *kind* (a survey: its
    shape, wide or long, and the types its entity columns name). ``--sheet`` reads the
    sheet named. Else the survey sheets are looked for among the visible ones, the active
    sheet first: one is read silently (the template's survey beside its instructions);
    among several, two of the same kind as the one that would be read ("2025" and "2024",
    the same columns) are an ``sheet-ambiguous`` error asking for ``--sheet`` (the active
    sheet is where the workbook was last left, not a choice: reading it would give one
    year's figures for another's), and sheets of other kinds (a small "Synthèse" of
    régions before the survey of départements) leave the first read, with a
    ``sheet-chosen`` warning naming it and the others. No visible survey sheet but a
    hidden one: a ``hidden-survey-sheet`` error naming it (``sheet=``, ``--sheet`` on the
    command line, reads it). No survey sheet: the first that has a header, else the
    active one (its error says what is missing).

    ``rows_of(ws)``, when given, reads what a sheet's columns mean and its entities
    (:func:`split_sheets`): sheets of one kind, hidden ones included, with the same entity
    column and platforms and few entities in common are one survey split over them (an
    intern per half of the list; the second half hidden), a ``sheet-split`` error naming
    each and its rows: ``--sheet`` would read a part of the survey as if it were a sample.
    A hidden sheet that is no such part (an old copy) is skipped with its warning. With
    ``--sheet``, the other parts of the survey the sheet named belongs to are said, with
    how many entities they hold (``sheet-part-read``: those are left out of the figures).
    """
    if sheet is not None:
        if sheet not in wb.sheetnames:
            raise InputFileError.of("xlsx-no-sheet", sheet=sheet, sheets=", ".join(wb.sheetnames))
        named = wb[sheet]
        return named, ([] if rows_of is None
                       else _other_parts(named, list(wb.worksheets), kind_of, rows_of))
    sheets = list(wb.worksheets)
    visible = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"]
    hidden = [ws.title for ws in sheets if ws not in visible]
    if not visible:
        visible = sheets
    active = wb.active if wb.active in visible else None
    order = ([active] if active is not None else []) + [ws for ws in visible if ws is not active]
    kinds = [kind_of(ws) for ws in order]
    surveys = [(ws, k) for ws, k in zip(order, kinds) if k not in (None, True, False)]
    notes: list[Problem] = []
    if surveys:
        chosen, kind = surveys[0]
        others = [ws.title for ws, _ in surveys[1:]]
        same = [ws for ws, k in surveys[1:] if k == kind]
        # a hidden sheet of the same kind may be the survey's other half: it takes part
        hidden_same = ([ws for ws in sheets if ws not in visible and kind_of(ws) == kind]
                       if rows_of is not None else [])
        why = Msg("sheet-why-active" if chosen is active else "sheet-why-first")
        if same or hidden_same:
            split = None if rows_of is None else _split_among(
                [chosen] + same, hidden_same, _cached(rows_of))
            if split is not None:
                said, parts, common = split
                typed = _types_apart([chosen] + same + hidden_same, _cached(rows_of))
                if typed is not None:  # EPCI on one sheet, communes on the other
                    raise InputFileError.of("sheet-split-types", n=Count(parts),
                                            sheets=typed[0], commands=typed[1])
                raise InputFileError.of("sheet-split", sheets=said, n=Count(parts),
                                        common=_common_said(common))
        if same:
            raise InputFileError.of("sheet-ambiguous", sheet=chosen.title, why=why,
                                    others=sheet_list([ws.title for ws in same]))
        if others:
            notes.append(Problem.of("sheet-chosen", severity="warning", sheet=chosen.title,
                                    why=why, others=sheet_list(others)))
    else:
        hidden_surveys = [ws.title for ws in sheets if ws not in visible
                          and kind_of(ws) not in (None, True, False)]
        if hidden_surveys:  # the survey hidden, a visible notes sheet beside it
            one = len(hidden_surveys) == 1
            raise InputFileError.of(
                "hidden-survey-sheet",
                which=Msg("hidden-survey-sheet-one" if one else "hidden-survey-sheet-many",
                          sheet=hidden_surveys[0], sheets=sheet_list(hidden_surveys)))
        chosen = next((ws for ws, k in zip(order, kinds) if k), order[0])
    if hidden:
        notes.insert(0, Problem.of("hidden-sheet-skipped", severity="warning", sheets=hidden,
                                   s=plural_s(len(hidden)),
                                   sheet=chosen.title))
    return chosen, notes


#: what a sheet's codes are, by their digits (leading zeros dropped, as
#: :func:`~.grid._sheet_entities` keys them): a SIREN (9 digits, an intercommunalité's), an
#: INSEE commune code (4 or 5; « 2A004 »), a département's or région's (1 to 3)
_CODE_FORMS = (("epci", re.compile(r"[1-9]\d{8}")),
               ("commune", re.compile(r"\d{4,5}|2[ab]\d{3}")),
               ("departement", re.compile(r"\d{1,3}|2[ab]")))
_FORM_WORDS = {"epci": ("codes SIREN : intercommunalités", "SIREN codes: intercommunalités"),
               "commune": ("codes INSEE : communes", "INSEE codes: communes"),
               "departement": ("codes de département ou de région",
                               "département or région codes")}


def _code_form(keys: frozenset) -> str | None:
    """The one form of a sheet's codes (:data:`_CODE_FORMS`), None when they are names or
    of several forms."""
    forms = {next((f for f, rx in _CODE_FORMS if rx.fullmatch(k)), None) for k in keys}
    return forms.pop() if len(forms) == 1 and None not in forms else None


def _types_apart(sheets: list, rows_of) -> tuple[Words, Words] | None:
    """The sheets said with what their codes are, and the commands that read each, when
    each sheet holds codes of one form and no two the same (a workbook of a survey of
    intercommunalités and one of communes, a sheet each): two surveys, not one split over
    sheets, read one ``--sheet`` at a time; None otherwise."""
    read = [rows_of(ws) for ws in sheets]
    forms = [None if r is None else _code_form(r[1]) for r in read]
    if None in forms or len(set(forms)) != len(forms):
        return None
    from ..render.formats import fmt_int

    said, commands = {}, {}
    for lang, k, unit in (("fr", 0, ("ligne", "lignes")), ("en", 1, ("row", "rows"))):
        said[lang] = ", ".join(
            ("« {} » ({} {}, {})" if lang == "fr" else "“{}” ({} {}, {})").format(
                ws.title, fmt_int(r[2], lang), unit[r[2] != 1], _FORM_WORDS[f][k])
            for ws, r, f in zip(sheets, read, forms))
        commands[lang] = ", ".join(
            "--sheet " + (f'"{ws.title}"' if " " in ws.title else ws.title) for ws in sheets)
    return Words(said["fr"], said["en"]), Words(commands["fr"], commands["en"])


def _cached(rows_of):
    """``rows_of`` reading each sheet once (a sheet's entity column is a pass over it)."""
    done: dict[int, Any] = {}

    def read(ws):
        if id(ws) not in done:
            done[id(ws)] = rows_of(ws)
        return done[id(ws)]
    return read


def _split_among(visible: list, hidden: list, rows_of) -> tuple[Words, int, int] | None:
    """:func:`split_sheets` of the visible sheets of one kind with the hidden ones, else
    of the visible ones alone (two halves shown, an old copy hidden)."""
    tries = [visible + hidden] + ([visible] if hidden and len(visible) > 1 else [])
    for group in tries:
        split = split_sheets(group, rows_of)
        if split is not None:
            return split
    return None


def shared_allowed(a: int, b: int) -> int:
    """How many entities two parts of one survey may have in common, ``a`` and ``b`` their
    counts: a row copied onto both halves (2, or 5 % of the smaller), not a second wave."""
    return max(2, min(a, b) * 5 // 100)


def _parts_common(keys: list[frozenset]) -> int | None:
    """How many entities are in two of these sets at least, when they look like the parts
    of one survey: each pair shares at most :func:`shared_allowed` and each set holds more
    entities of its own than shared ones (a sheet inside another is a copy, not a part);
    else None."""
    from itertools import combinations

    if len(keys) < 2 or not all(keys):
        return None
    for a, b in combinations(keys, 2):
        n = len(a & b)
        if n > shared_allowed(len(a), len(b)) or n * 2 >= min(len(a), len(b)):
            return None
    seen: set = set()
    shared: set = set()
    for k in keys:
        shared |= seen & k
        seen |= k
    return len(shared)


def split_sheets(sheets: list, rows_of) -> tuple[Words, int, int] | None:
    """The sheets and their rows said (« « 2025 a » (50 lignes), « 2025 b » (51 lignes,
    masquée) »), their count and how many entities they have in common, when ``sheets``
    look like one survey split over them: columns that mean the same (the entity column
    and the platforms, in any order, other columns aside) and few entities in common
    (:func:`_parts_common`); else None (two years of one survey, two copies: which to
    read is the user's choice). ``rows_of(ws)`` gives what a sheet's columns mean (a
    hashable), its entities' keys and its count of rows, or None."""
    read = [rows_of(ws) for ws in sheets]
    if any(r is None for r in read) or len({r[0] for r in read}) != 1:
        return None
    common = _parts_common([r[1] for r in read])
    if common is None:
        return None
    from ..render.formats import fmt_int

    said = {}
    for lang, unit, masked in (("fr", ("ligne", "lignes"), "masquée"),
                               ("en", ("row", "rows"), "hidden")):
        said[lang] = ", ".join(
            ("« {} » ({} {}{})" if lang == "fr" else "“{}” ({} {}{})").format(
                ws.title, fmt_int(n, lang), unit[n != 1], "" if _shown(ws) else ", " + masked)
            for ws, (_, _, n) in zip(sheets, read))
    return Words(said["fr"], said["en"]), len(sheets), common


def _shown(ws) -> bool:
    return getattr(ws, "sheet_state", "visible") == "visible"


def _common_said(n: int) -> Msg:
    """« aucune collectivité en commun », « 1 collectivité en commun »…"""
    return Msg("sheet-common-none") if not n else Msg("sheet-common", what=_entities_said(n))


def _entities_said(n: int) -> Msg:
    return Msg("sheet-entities-one" if n == 1 else "sheet-entities-many", n=Count(n))


def _other_parts(named, sheets: list, kind_of, rows_of) -> list[Problem]:
    """The ``sheet-part-read`` warning when the sheet ``--sheet`` named is a part of a
    survey split over sheets (:func:`split_sheets` of it and each other sheet of its kind,
    hidden ones included): the others, and how many entities they hold that it has not
    (left out of the figures). Nothing otherwise (another wave, a copy, a lists sheet)."""
    if len(sheets) < 2:  # most workbooks: nothing to read twice
        return []
    kind = kind_of(named)
    if kind in (None, True, False):
        return []
    alike = [ws for ws in sheets if ws is not named and kind_of(ws) == kind]
    if not alike:
        return []
    rows_of = _cached(rows_of)
    parts = [ws for ws in alike if split_sheets([named, ws], rows_of) is not None
             and _types_apart([named, ws], rows_of) is None]  # not another type's survey
    if not parts:
        return []
    mine = rows_of(named)[1]
    theirs = frozenset().union(*(rows_of(ws)[1] for ws in parts))
    masked = Words(" (masquée)", " (hidden)")
    others = Words(", ".join(f"« {ws.title} »" + ("" if _shown(ws) else masked.fr)
                             for ws in parts),
                   ", ".join(f"“{ws.title}”" + ("" if _shown(ws) else masked.en)
                             for ws in parts))
    return [Problem.of("sheet-part-read", severity="warning", sheet=named.title,
                       others=others, what=_entities_said(len(theirs - mine)),
                       common=_common_said(len(mine & theirs)))]


def sheet_list(titles: list[str]) -> Words:
    """Sheet names as a message says them: « 2025 », « 2023 » / “2025”, “2023”."""
    return Words(", ".join(f"« {t} »" for t in titles), ", ".join(f"“{t}”" for t in titles))


def _is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def stream_rows(ws) -> tuple[list[list[Any]], list[int]]:
    """Filled rows of a sheet and their numbers, trailing blanks trimmed, within bounds."""
    ws.reset_dimensions()  # do not trust the stored dimension: stream what is there
    rows: list[list[Any]] = []
    numbers: list[int] = []
    cells = 0
    for i, row in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
        cells += len(row) + 1
        if cells > MAX_CELLS:
            raise InputFileError.of("too-many-cells", row=i, max=_fr(MAX_CELLS))
        if i > MAX_ROWS:
            raise InputFileError.of("too-many-rows", n=_fr(i) + "+", max=_fr(MAX_ROWS))
        end = len(row)
        while end and _is_blank(row[end - 1]):
            end -= 1
        if not end:
            continue
        if end > MAX_COLUMNS:
            raise InputFileError.of("too-many-columns", n=end, max=MAX_COLUMNS)
        rows.append(list(row[:end]))
        numbers.append(i)
    return rows, numbers


_REF = re.compile(r"([A-Z]{1,3})(\d+)")


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


@dataclass
class Formulas:
    """The formulas of a sheet whose value the workbook does not hold, each one's row and
    column, in the sheet's order (compact arrays: a sheet may hold a million)."""

    rows: Any = field(default_factory=lambda: array("l"))
    cols: Any = field(default_factory=lambda: array("l"))

    def __len__(self) -> int:
        return len(self.rows)


_CALC_ON_LOAD = re.compile(rb"<(?:\w+:)?calcPr\b[^>]*?\bfullCalcOnLoad\s*=\s*[\"'](?:1|true)[\"']")


def recalculated_on_load(path: Path) -> bool:
    """Whether a workbook asks the spreadsheet to recompute every formula on opening
    (``<calcPr fullCalcOnLoad="1">``: XlsxWriter, openpyxl and other programs write it, and
    XlsxWriter a value of 0 for each formula): then the values stored for its formulas are
    not those Excel shows. Excel and LibreOffice drop it when they save the workbook."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.lower().endswith("workbook.xml")
                     and not n.lower().startswith("docprops")]
            part = "xl/workbook.xml" if "xl/workbook.xml" in names else (names or [None])[0]
            if part is None:
                return False
            with zf.open(part) as fh:
                data = fh.read(MAX_WORKBOOK_PART)
    except (KeyError, zipfile.BadZipFile, OSError):
        return False
    return _CALC_ON_LOAD.search(data) is not None


MAX_WORKBOOK_PART = 4 * 1024 * 1024  # bytes of workbook.xml read: its sheets, names, calcPr


def sheet_extras(path: Path, ws, scan: SheetScan | None = None, recalculated: bool = False
                 ) -> tuple[list[tuple[int, int, int, int]], Formulas]:
    """Merged ranges (min_row, min_col, max_row, max_col) and the formulas whose value the
    workbook does not hold.

    Streams the sheet's XML (already bounded by :func:`check_archive`). Returns the
    ranges and the formulas saved without a value (:class:`Formulas`), every formula when
    ``recalculated`` (:func:`recalculated_on_load`: their stored values are not those the
    user sees). A cell without a reference is at the next column of its row, as the cell
    readers place it. ``scan``: the sheet's :func:`scan_sheet`, when made already (else a
    byte scan first).
    """
    formulas = Formulas()
    part = getattr(ws, "_worksheet_path", None)  # openpyxl keeps the part name here
    if not part:
        return [], formulas
    merged: list[tuple[int, int, int, int]] = []
    if not (scan.formulas_or_merges if scan is not None
            else _has_formulas_or_merges(path, part)):
        return merged, formulas  # most sheets: one fast byte scan, no XML parsing
    ns = SHEET_NS
    for el, row, col in placed_elements(path, part, (f"{ns}mergeCell",)):
        if el.tag == f"{ns}c":
            f = el.find(f"{ns}f")
            if f is not None:
                v = el.find(f"{ns}v")
                is_ = el.find(f"{ns}is")
                # an empty <v> of a text result (t="str") is a stored "" (Excel and
                # LibreOffice: =SI(C3="Oui";3000;"")); openpyxl writes <v/> with no t
                if recalculated or ((v is None or not (v.text or "").strip())
                                    and is_ is None and el.get("t") != "str"):
                    formulas.rows.append(row)
                    formulas.cols.append(col)
        elif el.tag == f"{ns}mergeCell":
            ref = el.get("ref", "")
            m = [_REF.fullmatch(x) for x in ref.split(":")]
            if len(m) == 2 and all(m):
                (c1, r1), (c2, r2) = (x.groups() for x in m)
                merged.append((int(r1), _col_index(c1), int(r2), _col_index(c2)))
    return merged, formulas


#: the namespace of a worksheet's elements
SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def placed_elements(path: Path, part: str, extra: tuple[str, ...] = ()):
    """Stream a sheet's XML (``part`` of the workbook at ``path``): each cell ``<c>``, each
    ``<row>`` once read, and each element of the tags ``extra`` (« mergeCell »), as
    ``(element, row, column)``: the cell's place, a cell without a reference at the next
    column of its row, as the cell readers place it. Each element is cleared once the
    caller has it, and no row kept in the tree (a million rows read in constant memory)."""
    from lxml import etree

    ns = SHEET_NS
    row, col = 0, 0  # the row being read, the column of its last cell
    with zipfile.ZipFile(path) as zf, zf.open(part) as fh:
        for event, el in etree.iterparse(fh, events=("start", "end"),
                                         tag=(f"{ns}row", f"{ns}c", *extra),
                                         resolve_entities=False, no_network=True,
                                         huge_tree=False):
            if event == "start":
                if el.tag == f"{ns}row":
                    r = el.get("r")
                    row = int(r) if r and r.isdigit() else row + 1
                    col = 0
                continue
            if el.tag == f"{ns}c":
                m = _REF.fullmatch(el.get("r") or "")
                if m:
                    row, col = int(m.group(2)), _col_index(m.group(1))
                else:
                    col += 1
            yield el, row, col
            el.clear()
            if el.tag == f"{ns}row":
                while el.getprevious() is not None:
                    del el.getparent()[0]


def mark_formulas(rows: list[list[Any]], numbers: list[int], formulas: Formulas,
                  below: int) -> None:
    """Put in their cells the formulas below row ``below`` (the header's last) whose value
    the workbook does not hold, as the reader reads them (:data:`.values.UNSAVED_FORMULA`):
    errors of their cells, never blanks (a presence read « Non », a count missing) nor the
    0 XlsxWriter stores. A row that held only such formulas (read blank, so not among
    ``rows``) is put in its place."""
    from .values import UNSAVED_FORMULA

    for r, c in zip(formulas.rows, formulas.cols):
        if r <= below or c < 1:
            continue
        put_cell(rows, numbers, r, c, UNSAVED_FORMULA)


_FORMULA_OR_MERGE = re.compile(rb"<(?:\w+:)?(?:f[\s>/]|mergeCell\b)")


def _has_formulas_or_merges(path: Path, part: str, chunk: int = 4 * 1024 * 1024) -> bool:
    """Whether a sheet's XML holds any formula or merged range (bytes scan, by chunk)."""
    tail = b""
    with zipfile.ZipFile(path) as zf, zf.open(part) as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                return False
            if _formula_or_merge_in(tail + block):  # scan_sheet's test, chunk by chunk
                return True
            tail = block[-32:]


_ROW_START = re.compile(rb"<(?:\w+:)?row[\s>]")
# an error cell (t="e"): its attributes, then its content up to </c> (none if self-closed)
_ERROR_CELL = re.compile(
    rb"<(?:\w+:)?c\s(?=[^>]*?\bt\s*=\s*[\"']e[\"'])([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)",
    re.DOTALL)
_ERROR_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_ATTR_REF = re.compile(rb"\br\s*=\s*[\"']([A-Z]{1,3})([0-9]{1,7})[\"']")
_HIDDEN = rb"(?=[^>]*?\bhidden\s*=\s*[\"'](?:1|true)[\"'])"
_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\s" + _HIDDEN + rb"([^>]*)>")
_HIDDEN_COL = re.compile(rb"<(?:\w+:)?col\s" + _HIDDEN + rb"([^>]*)>")
_ROW_NUMBER = re.compile(rb"\br\s*=\s*[\"']([0-9]{1,7})[\"']")
_COL_BOUNDS = (re.compile(rb"\bmin\s*=\s*[\"']([0-9]{1,5})[\"']"),
               re.compile(rb"\bmax\s*=\s*[\"']([0-9]{1,5})[\"']"))
_AUTOFILTER = re.compile(rb"<(?:\w+:)?autoFilter\s[^>]*?\bref\s*=\s*[\"']\$?([A-Z]{1,3})\$?"
                         rb"([0-9]{1,7})(?::\$?([A-Z]{1,3})\$?([0-9]{1,7}))?[\"']")


@dataclass
class SheetScan:
    """What a byte scan of a sheet's XML finds beside the values (:func:`scan_sheet`).

    ``errors``: the error cells (``t="e"``: « #N/A », « #REF! »…) by (row, column), their
    text; ``hidden_rows``: the numbers of the rows hidden (by hand, by a collapsed group or
    by a filter); ``hidden_columns``: the ranges (first, last) of hidden columns;
    ``autofilter``: the rows (first, last) of the sheet's automatic filter, if it filters
    (criteria on a column); ``negative``: the cells storing a number below 0, their number.
    """

    formulas_or_merges: bool = False
    errors: dict = field(default_factory=dict)
    #: the cells that store a number below 0, by (row, column), their number: a date cell
    #: of one is no day (Excel shows « ##### »), which openpyxl reads as a day of 1899
    #: and calamine as a time of day (:func:`restore_negative_serials`)
    negative: dict = field(default_factory=dict)
    hidden_rows: list = field(default_factory=list)
    hidden_columns: list = field(default_factory=list)
    autofilter: tuple[int, int] | None = None
    #: the cells whose stored text holds an escape (``_xHHHH_``, :mod:`.xstring`), by
    #: (row, column), their text decoded; ``escapes_unplaced``: some such cell the byte
    #: scan could not place (no reference): the sheet is parsed for them
    escaped: dict = field(default_factory=dict)
    escapes_unplaced: bool = False


def scan_sheet(path: Path, ws, chunk: int = 4 * 1024 * 1024,
               shared: dict[int, str] | None = None) -> SheetScan:
    """Scan a sheet's XML by bytes, chunk by chunk (cut before a row): formulas or merged
    ranges (parsed then by :func:`sheet_extras`), error cells, hidden rows and columns,
    the automatic filter, the cells whose stored text holds an escape (``_xHHHH_``; those
    of ``shared``, the shared strings that hold one: :func:`.xstring.shared_escapes`). A
    substring test per chunk first: a sheet without any of them (the usual) costs one pass
    of ``bytes.find``, no per-cell work."""
    from .xstring import scan_block

    scan = SheetScan()
    part = getattr(ws, "_worksheet_path", None)  # openpyxl keeps the part name here
    if not part:
        return scan
    with zipfile.ZipFile(path) as zf, zf.open(part.lstrip("/")) as fh:
        rest = b""
        while True:
            block = fh.read(chunk)
            data = rest + block
            if block:  # keep the last row (maybe cut) for the next chunk
                cut = None
                for m in _ROW_START.finditer(data, max(0, len(data) - 65536)):
                    cut = m.start()
                if cut is None or cut == 0:
                    rest = data
                    continue
                data, rest = data[:cut], data[cut:]
            _scan_block(data, scan)
            if not scan.escapes_unplaced:  # a chunk without any escape: one memchr pass
                scan.escapes_unplaced = not scan_block(data, scan.escaped, shared or {})
            if not block:
                return scan


def _formula_or_merge_in(data: bytes) -> bool:
    """Whether ``data`` holds a formula or a merged range: the regex tried only where a
    tag may start with "f" (``bytes.find`` is several times faster than a regex scan)."""
    if b"mergeCell" in data:
        return True
    for tag in (b"<f", b":f"):
        i = data.find(tag)
        while i >= 0:
            if _FORMULA_OR_MERGE.match(data, data.rfind(b"<", 0, i + 1)):
                return True
            i = data.find(tag, i + 1)
    return False


def _scan_block(data: bytes, scan: SheetScan) -> None:
    if not scan.formulas_or_merges and _formula_or_merge_in(data):
        scan.formulas_or_merges = True
    if b'"e"' in data or b"'e'" in data:
        for m in _ERROR_CELL.finditer(data):
            ref = _ATTR_REF.search(m.group(1))
            v = _ERROR_VALUE.search(m.group(2) or b"")
            if ref and v and v.group(1).strip():
                key = (int(ref.group(2)), _col_index(ref.group(1).decode()))
                scan.errors[key] = v.group(1).strip().decode("utf-8", "replace")
    if b"v>-" in data:  # a number below 0 (rare: a substring test first)
        _negative_cells(data, scan)
    if b"hidden" in data:
        for m in _HIDDEN_ROW.finditer(data):
            r = _ROW_NUMBER.search(m.group(1))
            if r:
                scan.hidden_rows.append(int(r.group(1)))
        for m in _HIDDEN_COL.finditer(data):
            lo, hi = (b.search(m.group(1)) for b in _COL_BOUNDS)
            if lo:
                first = int(lo.group(1))
                scan.hidden_columns.append((first, int(hi.group(1)) if hi else first))
    i = data.find(b"autoFilter")  # its tag only matched there: no regex over the chunk
    while i >= 0 and scan.autofilter is None:
        m = _AUTOFILTER.match(data, max(0, data.rfind(b"<", 0, i)))
        end = data.find(b">", m.end()) if m else -1
        # a filter that filters: one column's criteria at least (<filterColumn>); a bare
        # <autoFilter ref="A1:F7"/> hides nothing, its rows hidden by hand are not "filtered"
        if m and end > 0 and data[end - 1:end] != b"/" and b"filterColumn" in data[
                end:data.find(b"autoFilter>", end) if data.find(b"autoFilter>", end) > 0
                else len(data)]:
            scan.autofilter = (int(m.group(2)), int(m.group(4) or m.group(2)))
        i = data.find(b"autoFilter", i + 1)


#: a cell's start tag: its prefix, attributes, and whether it closes itself
_CELL_OPEN = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)c(\s[^>]*?)?(/?)>")


def _cell_around(data: bytes, i: int) -> tuple[int, int, re.Match] | None:
    """The cell element of ``data`` (whole rows of a sheet's XML) that holds position
    ``i``: its start, its end and its start tag's match (:data:`_CELL_OPEN`); None when
    ``i`` is in no cell (a header's text, a formula of a rule). The nearest « <c » or
    « :c » before ``i`` that starts no cell tag (« <color », « <cols », « <x:charset », a
    formula's « "a:c" ») is passed over."""
    j = i
    while True:
        j = max(data.rfind(b"<c", 0, j), data.rfind(b":c", 0, j))
        if j < 0:
            return None
        lt = data.rfind(b"<", 0, j + 1)
        if lt < 0:
            return None
        m = _CELL_OPEN.match(data, lt)
        if m is not None:  # not « <color », « <cols », « <x:charset »…
            break
        j = lt
    if m.group(3):  # <c …/>: no text
        return None
    close = b"</" + m.group(1) + b"c>"
    end = data.find(close, m.end())
    if end < 0 or end < i:
        return None
    return lt, end + len(close), m


def _negative_cells(data: bytes, scan: SheetScan) -> None:
    """The cells of ``data`` whose stored value (``<v>``) is a number below 0, into
    ``scan``: each found by its value, then its cell's reference read in its start tag."""
    i = data.find(b"v>-")
    while i >= 0:
        cell = _cell_around(data, i) if data[i - 1:i] in (b"<", b":") else None
        if cell is not None:
            ref = _ATTR_REF.search(cell[2].group(2) or b"")
            end = data.find(b"<", i)
            try:
                value = float(data[i + 2:end]) if end > 0 else 0.0
            except ValueError:
                value = 0.0
            if ref is not None and value < 0:
                key = (int(ref.group(2)), _col_index(ref.group(1).decode()))
                scan.negative[key] = int(value) if value.is_integer() else value
        i = data.find(b"v>-", i + 1)


def restore_negative_serials(rows: list[list[Any]], numbers: list[int],
                             scan: SheetScan) -> None:
    """Put back the number of a date cell below 0 (``scan.negative``), which no day is:
    openpyxl reads -5 as 25/12/1899, calamine as a time of day (00:00); Excel shows
    « ##### ». The reader then says the number is no date (an error of its cell), whichever
    cell reader read the sheet."""
    import datetime as dt

    for (r, c), value in scan.negative.items():
        k, read = row_index(numbers, r)
        if not read or len(rows[k]) < c:
            continue
        if isinstance(rows[k][c - 1], (dt.date, dt.time, dt.timedelta)):
            rows[k][c - 1] = value


def expand_merged(rows: list[list[Any]], numbers: list[int],
                  merged: list[tuple[int, int, int, int]],
                  header: tuple[int, list[Any]] | None = None) -> list[Problem]:
    """Give merged ranges their value as the sheet shows it; say each interpretation.

    A range merged over several rows has its value copied down its rows (a value merged
    over three rows counts for each of them), in its first column, with a ``merged-cells``
    warning per range below the header (a range within the header's rows or above them,
    « SIREN » merged over a header's two rows, copies no answer: not said): a title merged
    across columns above the table stays in its first cell, as it is displayed. ``header``, once the header is known (the row number of its
    last row and its cells), reads the answers' ranges: a range below the header that
    starts in a presence column (:func:`.headers.classify_header`) and spans other presence
    columns (« Non » merged over the Instagram and X cells) gives its value to each of
    them, as a reader of the sheet sees it, rather than to its first column alone (the
    others read blank: "not answered", a wrong denominator); its cells under other columns
    (« Non » merged over Facebook's presence, followers and URL: "no account, so no
    count") stay blank, as Excel stores them, and a range that starts elsewhere (a section
    title merged across the page) is not spread. These ranges are said together, under the
    same code: how many, which, the columns read, those left blank, and the rows.

    Every range is first clipped to the sheet's filled rows, and below the header to the
    header's columns (up to its last non-empty cell): a range merged to column XFD or row
    1,048,576 fills no more than the table. Copying is idempotent: called once without
    ``header`` (to find it), then with it.
    """
    from bisect import bisect_left, bisect_right

    from openpyxl.utils import get_column_letter

    from .values import _text as cell_text

    where = {n: k for k, n in enumerate(numbers)}
    last_row = numbers[-1] if numbers else 0
    below, width, present, readings = None, 0, set(), set()
    if header is not None:
        from .headers import classify_header

        below, cells = header
        width = max((i + 1 for i, v in enumerate(cells) if not _is_blank(v)), default=0)
        roles = {i + 1: classify_header(v, i).role for i, v in enumerate(cells[:width])}
        present = {c for c, role in roles.items() if role == "present"}
        # a reading's other columns: a range from one over a presence cell is said
        readings = {c for c, role in roles.items() if role in ("followers", "account", "date")}
    notes = []
    more: list[tuple[str, int]] = []  # the ranges past MAX_MERGED_NOTES: range, first row
    first_only: list[tuple[str, list[int], list[int], list[int]]] = []  # the same, across
    # columns but not spread: read in its first column only
    across: list[tuple[str, list[int], list[int], list[int]]] = []  # range, columns read,
    # in the sheet's order (a file lists its ranges in any order): the first 20 said are
    # the top ones
    for r1, c1, r2, c2 in sorted(merged):                            # left blank, rows
        k1 = where.get(r1)
        if k1 is None or c1 - 1 >= len(rows[k1]) or rows[k1][c1 - 1] is None:
            continue
        value = rows[k1][c1 - 1]
        rng = f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}"
        # the rows of the range that hold a cell; the others held only its blank cells
        filled_rows = numbers[bisect_left(numbers, r1):bisect_right(numbers, min(r2, last_row))]
        spread = (below is not None and r1 > below and c1 in present
                  and [c for c in range(c1 + 1, min(c2, width) + 1) if c in present])
        if spread:  # an answer over several presence columns
            for r in filled_rows:
                row = rows[where[r]]
                if len(row) < spread[-1]:
                    row.extend([None] * (spread[-1] - len(row)))
                for c in (c1, *spread):
                    if row[c - 1] is None:
                        row[c - 1] = value
            blank = [c for c in range(c1 + 1, min(c2, width) + 1) if c not in present]
            across.append((rng, [c1, *spread], blank, filled_rows))
            continue
        if (below is not None and r1 > below and c1 in readings and filled_rows
                and present.intersection(range(c1 + 1, min(c2, width) + 1))):
            # from a count, an account or a date over a presence cell (« 1 200 » merged over
            # the followers and the Instagram cells): read in its first column alone, the
            # others blank, as Excel stores them; said, as the sheet shows no blank answer
            first_only.append((rng, [c1], list(range(c1 + 1, min(c2, width) + 1)),
                               filled_rows))
        if r2 <= r1:
            continue
        for r in filled_rows[1:]:
            row = rows[where[r]]
            if len(row) < c1:
                row.extend([None] * (c1 - len(row)))
            if row[c1 - 1] is None:
                row[c1 - 1] = value
        if below is not None and (r2 <= below or r1 == below):
            # in the header or above it (« SIREN » over its two rows), or a header's cell
            # merged down over the row under it (« Code » over a second header row the
            # header could not join, said by that row's error): no answer copied
            continue
        if len(notes) < MAX_MERGED_NOTES:
            # located as any cell's problem: its column by its header, its value as the
            # reader shows it (a date « 15/10/2025 », not Python's « 2025-10-15 00:00:00 »)
            notes.append(Problem.of("merged-cells", row=r1, severity="warning", range=rng,
                                    column=_header_name(c1, header[1] if header else []),
                                    value=cell_text(value)))
        else:  # past the cap, counted and located: none read silently
            more.append((rng, r1))
    if more:
        notes.append(Problem.said(
            Msg("merged-cells-more", n=Count(len(more)), s="s" if len(more) > 1 else "",
                ranges=", ".join(r for r, _ in more[:MAX_RANGES_SAID])
                + (", …" if len(more) > MAX_RANGES_SAID else "")),
            severity="warning", code="merged-cells", count=len(more),
            rows=sorted({r for _, r in more})))
    if across:
        notes.append(_across_note(across, header[1]))
    if first_only:
        notes.append(_across_note(first_only, header[1], "merged-cells-first-column"))
    return notes


def _header_name(column: int, cells: list[Any]) -> str:
    """Column ``column`` (from 1) as a problem locates it: its header's text, else its
    letter (a column without a header, or the header not known yet)."""
    from openpyxl.utils import get_column_letter

    name = cells[column - 1] if column <= len(cells) else None
    if name is not None and str(name).strip():
        return str(name).strip()
    return get_column_letter(column)


MAX_RANGES_SAID = 5  # ranges named in the merged-across note before "…"
MAX_COLUMNS_SAID = 6  # and columns


def _across_note(across: list[tuple[str, list[int], list[int], list[int]]],
                 cells: list[Any], message: str = "merged-cells-across") -> Problem:
    """The ``merged-cells`` warning of the ranges below the header spread across presence
    columns: how many, the first ones, the columns read and those left blank (by their
    header, else their letter) and their rows; with ``message`` ``merged-cells-first-column``,
    of the ranges across columns read in their first column alone (not starting in a
    presence column)."""
    from .rules import rows_problem

    ranges = [rng for rng, _, _, _ in across]
    shown = ", ".join(ranges[:MAX_RANGES_SAID]) + (", …" if len(ranges) > MAX_RANGES_SAID
                                                    else "")
    blank = _column_names([c for _, _, cs, _ in across for c in cs], cells)
    return rows_problem(message, [r for *_, rs in across for r in rs],
                        len(across), problem_code="merged-cells", ranges=shown,
                        columns=_column_names([c for _, cs, _, _ in across for c in cs], cells),
                        blank=Msg("merged-cells-blank", columns=blank) if blank.fr else "")


def _column_names(columns: list[int], cells: list[Any]) -> Words:
    """Columns as a message says them, by their header, else their letter, each once, the
    first :data:`MAX_COLUMNS_SAID`."""
    names: list[str] = []
    for c in columns:
        name = _header_name(c, cells)
        if name not in names:
            names.append(name)
    return sheet_list(names[:MAX_COLUMNS_SAID] + (["…"] if len(names) > MAX_COLUMNS_SAID
                                                  else []))
