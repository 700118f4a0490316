"""Survey files: read the spreadsheets people actually have, and say what is wrong.

Two shapes are understood:

- *wide*: one row per entity, an entity column (code or name) and, per
  platform, a presence column headed by the platform's name ("Facebook",
  "X (ex-Twitter)"), optionally followers ("Abonnés Facebook"), account
  ("compte Facebook") and date columns;
- *long*: one row per entity × platform (× date), with columns such as
  "plateforme", "présent", "abonnés", "date du relevé".

Files: ``.xlsx``/``.xlsm`` (openpyxl), ``.csv``/``.txt``/``.tsv`` (``;``, ``,``,
tab or ``|``; UTF-8 with or without BOM, UTF-16 with BOM, cp1252), ``.parquet``
(with pyarrow). Values as typed by hand: Oui/Non, O/N, x/blank, 1/0, vrai/faux,
yes/no, a URL or @handle; "12 345", "12.345", "1,2 k"; 15/10/2025, 2025-10-15,
"15 oct. 2025", a timestamp (the time is dropped); codes that Excel stripped of
their leading zero or wrote with digit grouping ("75 056").

The result is one tidy frame, one row per entity × platform (× date):
``code, name, collectivity_type, platform, present, followers, account, date,
year, population, source_row``. Inputs are never modified.

How blank presence cells and missing dates are counted (the wave's date, blank
= absent or not answered, ``blank=`` and ``date=``) is one rule for every path,
described and implemented in :mod:`barometre.survey.rules`; each interpretation
is reported by :func:`validate` as a coded warning.

Examples
--------
On the demo survey shipped with the package (fictitious data, :func:`barometre.demo_file`):

>>> import barometre as bm
>>> df = bm.read_survey(bm.demo_file("enquete"), type="departement")
>>> df.attrs["collectivity_type"], len(df)
('departement', 606)
>>> # two years: said, not an error
>>> sorted({p.code for p in bm.validate(bm.demo_file("releves"))})
['multi-year']
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .._memory import bulk, for_bulk
from ..domain.coded import CodedSurvey
from ..domain.keywords import numbered
from ..domain.errors import InputFileError, UsageError
from ..domain.schemas import SURVEY
from .cells import (
    with_notes,
)
from .columnar import release_memory
from .fastcsv import _grid_frame, _read_csv_fast
from .grid import (
    XLSX_SUFFIXES,
    _parquet_frame,
    display_name,
    read_grid,
    validate_args,
)
from .inputs import check_input
from .normalize import Readings, _normalize, _Options
from .marker import is_fictitious, is_marked
from ..messages import Count, Msg, Words, plural_s
from .problems import (Problem, ProblemList, codes_said, in_default_lang, problems_frame,
                       problems_lang, severity_counts)
from .rules import (
    as_date,
    blank_policy,
    date_order_option,
)
from .values import (
    parse_count,
    parse_date,
    parse_presence,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["read_survey", "read_coded", "validate", "Problem", "problems_frame", "SURVEY_COLUMNS",
           "parse_presence", "parse_count", "parse_date"]

SURVEY_COLUMNS = SURVEY.names


def _parse(path: str | Path, type: str | None, sheet: str | None, opts: _Options | None = None
           ) -> tuple[Readings, list[Problem], str, bool | None, str | None,
                      tuple[str, ...] | None]:
    """The readings of a file on integer codes, its problems, its type, whether the
    demo marker was seen in its cells (None: not looked at, see ``is_fictitious``), the
    sheet read (a workbook's; None otherwise) and the départements of the template's
    scope (:func:`_template_scope`; None for another file)."""
    name = display_name(path)
    try:
        fast = _read_csv_fast(Path(path))
        if fast is None and Path(path).suffix.lower() == ".parquet" and Path(path).is_file():
            fast = _parquet_frame(Path(path))
        notes: list[Problem] = []
        grid = None
        if fast is None:
            grid = read_grid(path, sheet)
        try:
            if fast is not None:
                raw, rownums, header = fast
                notes = raw.notes  # what the fast reader noticed
                delimiter = raw.delimiter
            else:
                raw, rownums, header = _grid_frame(grid)
                notes = grid.notes
                delimiter = grid.delimiter
                if grid.epoch is not None:  # a workbook: numbers in a date column are dates
                    opts = replace(opts or _Options(), excel_epoch=grid.epoch)
                if grid.template:  # barometre's template: its blanks are not answered
                    opts = replace(opts or _Options(), template=True)
                if grid.template_scope is not None and grid.template_scope[1]:
                    # a template --within: the close names of its départements suggested
                    opts = replace(opts or _Options(), scope=tuple(grid.template_scope[1]))
            if delimiter is not None:  # a CSV: its separator is a cue of its locale
                opts = replace(opts or _Options(), delimiter=delimiter)
            readings, problems, type_id = _normalize(raw, rownums, header, type, opts)
            line = (grid.row_numbers[grid.header_row] if grid is not None
                    else _header_line_fast(rownums, Path(path)))
            notes = _without_pasted_titles(notes, problems) + _header_years(
                grid, readings, header, line)
            scope, said, unfilled = _template_scope(grid, readings, type_id)
            notes = notes + said
            if unfilled is not None:  # a template filled for some rows: the others, never
                readings = _held_entities(readings.without(unfilled))  # asked: out of it
        except InputFileError as exc:
            if exc.code in _LAYOUT_CODES and exc.msg is not None:
                where = (_layout_where(grid, _split_header_possible(exc))
                         if grid is not None else
                         _layout_where_fast(fast[1], fast[2], Path(path)))
                if where:
                    said_further(exc, where)
            raise
        if grid is not None and len(grid.sheets) > 1:  # "no answer" in that sheet only
            problems = [_in_sheet(x, grid.sheet) if x.code == "no-answer" else x
                        for x in problems]
        # the cells are at hand: no second opening of the file for the marker
        marked = (bool(grid.rows and grid.rows[0]) and is_marked(grid.rows[0][0])
                  if fast is None else None)
        read = grid.sheet if grid is not None and grid.kind == "xlsx" else None
        return readings, with_notes(notes, problems), type_id, marked, read, scope
    except InputFileError as exc:
        if not exc.message.startswith(f"{name} :") and not exc.message.startswith(str(path)):
            exc.message = display_name(f"{name} : {exc.message}", full=True)
            exc.args = (exc.message,)
            if exc.msg is not None:
                exc.msg = _InFile(exc.msg, name)
        raise


def _template_scope(grid, readings: Readings, type_id: str
                    ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]] | None, list[Problem],
                               np.ndarray | None]:
    """The départements a filled template was made for (``template --within``, its
    instructions' « Paramètres : … départements=22,29 » line, :attr:`.grid.Grid.template_scope`),
    and its category of intercommunalités (a category's template: its CA), when the file
    is of the template's type and every entity of it lies in them: the base its analysis
    takes without ``within`` nor ``panel``
    (:func:`barometre.analysis.survey.template_within`), said (``template-scope``); an
    entity outside them leaves the base France's, said (``template-scope-exceeded``).
    A template filled for some of its entities only (20 of its 277 communes: rows with
    an answer, a count or an account) is no survey of the others, never asked: their
    rows are out of it (the third item, the readings to drop, else None) and its figures
    are its filled entities', read as a file of those rows alone (chosen by place: no
    interval), said (``template-scope-part``), never a sample of the 277; a template of
    départements or régions, or filled for fewer than ``PLACE_MIN`` rows (no place told),
    keeps its scope.
    ``(None, [], None)`` for another file, or read as another type."""
    if grid is None or grid.template_scope is None or grid.template_scope[0] != type_id:
        return None, [], None
    from ..analysis.survey import PLACE_MIN, _departement_of, within_codes
    from ..domain.registry import TYPES

    try:
        deps, base = within_codes(grid.template_scope[1], type_id)
    except UsageError:  # a line edited by hand (an unknown code): no scope read from it
        return None, [], None
    said = {"deps": ", ".join(deps), "s": plural_s(len(deps))}
    codes = [str(c) for c in readings.code if c is not None and str(c)]
    out = [i for i, c in enumerate(codes) if c not in base]
    if not out:
        unfilled = _unfilled(readings)
        n_filled = len(np.unique(readings.eidx[~unfilled])) if unfilled is not None else 0
        # read as a file of its filled rows when such a file is told chosen by place (its
        # entities have a département, at least PLACE_MIN of them); a template of
        # départements or régions keeps its scope, the unfilled rows its non-response
        if n_filled >= PLACE_MIN and _departement_of(type_id):
            n_rows = len(np.unique(readings.eidx))
            return None, [Problem.said(Msg(
                "template-scope-part", **said, n=Count(n_filled), total=Count(n_rows),
                plural=TYPES[type_id].plural_words(), k=Count(n_rows - n_filled),
                ks=plural_s(n_rows - n_filled), codes=",".join(deps)),
                severity="warning")], unfilled
        return ((deps, _template_kinds(grid.template_scope[2], codes, type_id)),
                [Problem.said(Msg("template-scope", **said), severity="warning")], None)
    items = _outside_items(readings, [codes[i] for i in out[:3]], type_id)
    more = (Msg("within-outside-more", n=Count(len(out) - 3)) if len(out) > 3
            else Msg("no-hint"))
    return None, [Problem.said(Msg("template-scope-exceeded", **said, n=Count(len(out)),
                                   plural=TYPES[type_id].plural_words(),
                                   ns=plural_s(len(out)), items=items, more=more),
                               severity="warning")], None


def _held_entities(readings: Readings) -> Readings:
    """``readings`` with the entities they hold a reading of alone (a template's unfilled
    rows dropped: no entity of 0 readings left, counted by coverage, --panel or the type
    guessed)."""
    held = np.unique(readings.eidx)
    number = np.full(len(readings.code), -1, dtype=readings.eidx.dtype)
    number[held] = np.arange(len(held), dtype=readings.eidx.dtype)
    dates = ({"date": readings.dated, "year": None}
             if readings.dated is not None and "date" not in readings.__dict__ else {})
    return replace(readings, code=readings.code[held], name=readings.name[held],
                   population=readings.population[held], eidx=number[readings.eidx],
                   code_numbers=None, year_coded=None, **dates)


def _unfilled(readings: Readings) -> np.ndarray | None:
    """The readings of the entities with no answer, count nor account on any platform
    (a template's unfilled rows: :func:`barometre.analysis.survey.said_rows`' rule), as a
    mask; None when every entity read has one, or none has (``no-answer`` says it)."""
    said = readings.present >= 0
    said |= ~np.isnan(readings.followers)
    if readings.account is not None:
        said |= readings.account >= 0
    answered = np.zeros(len(readings.code), dtype=bool)
    answered[readings.eidx[said]] = True
    drop = ~answered[readings.eidx]
    return drop if drop.any() and not drop.all() else None


def _template_kinds(kind: str | None, codes: list[str], type_id: str) -> tuple[str, ...]:
    """The categories of a category's template (``kind``: its parameters' « CA »; "?"
    when they do not name it: the categories its entities ``codes`` are of, those it
    listed); () for another template."""
    if kind is None:
        return ()
    if kind != "?":
        return (kind,)
    from ..datasets.reference import entities

    ents = entities(type_id)
    if "kind" not in ents.columns:
        return ()
    of = dict(zip(ents["code"], ents["kind"]))
    return tuple(sorted({of[c] for c in codes if c in of}))


def _outside_items(readings: Readings, codes: list[str], type_id: str) -> list[Msg]:
    """The entities ``codes`` of the readings, each with its département and first row
    (« Paris (75056, département 75, ligne 6) »), as ``within-outside`` says them."""
    import numpy as np

    from ..datasets.reference import entities

    ents = entities(type_id)
    dep = (dict(zip(ents["code"], ents["departement"])) if "departement" in ents.columns
           else {})
    index = {str(c): i for i, c in enumerate(readings.code) if c is not None}
    eidx = np.asarray(readings.eidx)
    rows = np.asarray(readings.source_row)
    items = []
    for code in codes:
        at = np.flatnonzero(eidx == index[code])
        row = Msg("within-outside-row", row=int(rows[at].min())) if len(at) else Msg("no-hint")
        items.append(Msg("within-outside-item", name=str(readings.name[index[code]]),
                         code=code, dep=dep.get(code) or code, row=row))
    return items


def _header_years(grid, readings: Readings, header: list | None = None,
                  line: int = 1) -> list[Problem]:
    """What a year in a field over the platforms (« Abonnés 2025 », a header on two rows:
    ``grid.header_years``), or in the columns of a one-row ``header`` (« Abonnés 2025
    Facebook », its ``line``: :func:`.headers.header_years`, one rule for both readers),
    says of the readings' years: no date read at all (the year is no date: none is made
    of it), or readings of other years (which is right?): all of them (« les dates des
    relevés sont de 2024 »), or some, said with their count and rows, the others of that
    year. A year read from a year column (« Année », ``header``'s) is said as that
    column's, not as dates. Nothing when the readings are of that year, or for a file
    without such a field."""
    fields = [([title], year, row) for title, year, row in (
        grid.header_years if grid is not None else [])]
    if not fields and any(isinstance(v, str) and _YEAR_IN.search(v) for v in header or []):
        from .headers import classify_header, header_years, refine_columns

        cols = [classify_header(v, i) for i, v in enumerate(header)]
        refine_columns(cols)
        fields = [([c.header.strip() for c in of], year, line)
                  for year, of in header_years(cols).items()]
    if not fields:
        return []  # before any import: the coded path never imports pandas (#19)
    import numpy as np

    from .headers import classify_header
    from .rules import rows_text
    from .workbook import sheet_list

    years = np.asarray(readings.year, dtype=float)
    known = np.isfinite(years)
    out = []
    for named, year, row in fields:
        title = dict(titles=sheet_list(named), s=plural_s(len(named)))
        if not known.any():
            out.append(Problem.of("header-year-no-date", severity="warning", **title,
                                  line=row, year=year))
            continue
        other = known & (years != year)
        if not other.any():
            continue
        others = sorted({int(y) for y in np.unique(years[other])})
        said = ", ".join(map(str, others[:5])) + (", …" if len(others) > 5 else "")
        column = None
        dates = np.asarray(readings.date)
        dated = ~np.isnat(dates) if dates.dtype.kind == "M" else np.array(
            [d is not None and d == d for d in dates], dtype=bool)
        if not dated[other].any():  # no date: a year column
            column = next((v.strip() for v in header or [] if isinstance(v, str)
                           and classify_header(v).role == "year"), None)
        n, total = int(other.sum()), int(known.sum())
        if n == total:
            which = (Msg("header-year-all-column", years=said, column=column) if column
                     else Msg("header-year-all-dates", years=said))
        else:
            which = Msg("header-year-some-column" if column else "header-year-some-dates",
                        n=Count(n), s=plural_s(n), total=Count(total), years=said, year=year,
                        rows=rows_text(np.asarray(readings.source_row)[other]),
                        column=column or "")
        out.append(Problem.of("header-year-differs", severity="warning", **title,
                              line=row, year=year, which=which))
    return out


#: a year in a header's cell (« Abonnés 2025 Facebook »): its columns looked at then only
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _header_line_fast(rownums, path: Path) -> int:
    """The header's line of a file read by the fast readers (CSV: the line above the first
    row read; Parquet: 1), as :func:`_layout_where_fast` says it."""
    return 1 if path.suffix.lower() == ".parquet" or not len(rownums) else int(rownums[0]) - 1


def _without_pasted_titles(notes: list[Problem], problems: list[Problem]) -> list[Problem]:
    """The reader's notes but the short row of a title line repeated above a repeated
    header (``header-repeated-title``): that error says the line, once; and but the
    ``merged-cells`` warnings of a header on two rows pasted again (its names merged down
    over its two rows, its fields across the platforms: ``header-repeated-two-rows`` says
    those rows, left out, once), when every row they name is one of those."""
    titles = {p.msg.params["first"] for p in problems if p.code == "header-repeated-title"
              and p.msg is not None}
    pasted = {r for p in problems if p.code == "header-repeated-two-rows" and p.msg is not None
              for r in (p.msg.params["first"], p.msg.params["last"])}
    if not titles and not pasted:
        return notes

    def header_merge(n: Problem) -> bool:
        rows = n.rows if n.rows is not None else [n.row]
        return n.code == "merged-cells" and all(r in pasted for r in rows)

    return [n for n in notes if not (n.code == "missing-fields" and n.row in titles)
            and not header_merge(n)]


def _in_sheet(p: Problem, sheet: str | None) -> Problem:
    """``no-answer`` said of the sheet read, in a workbook of several: the others may
    hold answers (not "no answer in the file")."""
    msg = Msg("no-answer", **{**p.msg.params, "where": Msg("no-answer-in-sheet",
                                                          sheet=sheet or "")})
    return Problem.said(msg, severity=p.severity, code=p.code, count=p.count)


#: errors about the table's layout: said with the header row taken and the sheet read
_LAYOUT_CODES = {"no-entity-column", "no-entity-column-of-type", "no-platform-column",
                 "header-not-found", "header-without-rows", "file-no-cells"}
_HEADER_CODES = {"no-entity-column", "no-entity-column-of-type", "no-platform-column"}
_CELLS_SAID = 8


class _Said:
    """An error's sentence followed by what locates it (the header row taken, the sheet
    read), in any language; the code stays the sentence's own."""

    __slots__ = ("said", "extra")  # not "inner": _InFile would unwrap it

    def __init__(self, said, extra: list) -> None:
        self.said, self.extra = said, extra

    @property
    def code(self) -> str:
        return self.said.code

    def render(self, lang: str = "fr") -> str:
        return self.said.render(lang) + "".join(e.render(lang) for e in self.extra)


def said_further(exc: InputFileError, extra: list) -> None:
    """``exc``'s sentence followed by ``extra`` (messages that locate it or say what to
    do: the header row taken, « --sheet applies to every file »), in any language, its
    code kept: the one way a reader adds to an error it passes on."""
    exc.msg = _Said(exc.msg, extra)
    exc.message = exc.msg.render("fr")
    exc.args = (exc.message,)


def _cells_said(row: list) -> Words:
    """A header row's filled cells as a message quotes them (the first few)."""
    cells = [str(v).strip() for v in row if v is not None and str(v).strip()]
    more = "…" if len(cells) > _CELLS_SAID else ""
    cells = cells[:_CELLS_SAID]
    return Words(", ".join(f"« {c} »" for c in cells) + more,
                 ", ".join(f"“{c}”" for c in cells) + more)


def _split_header_possible(exc: InputFileError) -> bool:
    """Whether a layout error may come from a header on two rows: not when the header
    read has the entity column of another type (« Code région » with ``--type
    departement``): the error says that type, the cause, and no more."""
    what = exc.msg.params.get("what") if exc.code == "no-entity-column-of-type" else None
    return getattr(what, "code", None) != "entity-column-seems"


#: answers no header is: a row holding one is data (« x », « o », « n » may head a column)
_YES_NO = frozenset({"oui", "non", "yes", "no", "vrai", "faux", "true", "false"})


def _answers_row(row: list) -> bool:
    """Whether a row holds answers, not headers: a number, or a cell that heads nothing
    and reads as a code or count (« 01 », « 45 300 »), a date or a yes/no answer (« oui »):
    a row of data under the header, never « a header on two rows » (« x », an answer,
    is also the platform X's header)."""
    from .headers import classify_header
    from .values import _is_blank, looks_like_count, parse_date

    for i, v in enumerate(row):
        if isinstance(v, bool) or _is_blank(v):
            continue
        if isinstance(v, (int, float)):
            return True
        if not isinstance(v, str) or classify_header(v, i).role not in ("unknown", "ignore"):
            continue
        if looks_like_count(v) or v.strip().casefold() in _YES_NO:
            return True
        try:
            if parse_date(v) is not None:
                return True
        except ValueError:
            continue
    return False


def _layout_where(grid, two_rows: bool = True) -> list:
    """What locates a layout error of a grid: the header row taken (its number and cells;
    a neighbour row that looks like a header too, without answers: a header on two rows?,
    unless ``two_rows`` is false) and, in a workbook of several sheets, the sheet read and
    the others."""
    from .grid import _find_header
    from .headers import _header_score

    where: list = []
    code = None
    try:
        h = _find_header(grid)
    except InputFileError:
        h = None
    if h is not None:
        code = "layout-header-row-sheet" if len(grid.sheets) > 1 else "layout-header-row"
        where.append(Msg(code, row=grid.row_numbers[h], sheet=grid.sheet or "",
                         cells=_cells_said(grid.rows[h])))
        refused = getattr(grid, "header_refused", None)
        if refused is not None:  # a word of a header on two rows says why it was not read
            where.append(refused)
        for k, side in ((h - 1, "layout-row-above"), (h + 1, "layout-row-below")):
            if refused is not None:
                break
            if (two_rows and 0 <= k < len(grid.rows) and _header_score(grid.rows[k]) >= 1
                    and not _answers_row(grid.rows[k])):
                where.append(Msg("layout-two-rows", row=grid.row_numbers[k], side=Msg(side),
                                 cells=_cells_said(grid.rows[k])))
                break
    elif len(grid.sheets) > 1:
        where.append(Msg("layout-sheet", sheet=grid.sheet or ""))
    others = [t for t in grid.sheets if t != grid.sheet]
    if others and len(grid.sheets) > 1:
        from .workbook import sheet_list

        where.append(Msg("layout-other-sheets", sheets=sheet_list(others)))
    return where


def _layout_where_fast(rownums, header: list, path: Path) -> list:
    """The header row of a file read by the fast readers (CSV, Parquet: row 1)."""
    return [Msg("layout-header-row", row=_header_line_fast(rownums, path), sheet="",
                cells=_cells_said(header))]


class _InFile:
    """An error's sentence after its file's name ("f.csv : …", "f.csv: …"), or without it
    (``said=False``: a problem of ``validate``, whose file is said apart), in any language;
    the code stays the sentence's own."""

    __slots__ = ("inner", "file", "said")

    def __init__(self, inner, file: str, said: bool = True) -> None:
        self.inner = getattr(inner, "inner", inner)  # said once, whatever the caller did
        self.file, self.said = file, said

    @property
    def code(self) -> str:
        return self.inner.code

    def render(self, lang: str = "fr") -> str:
        head = f"{self.file}{':' if lang == 'en' else ' :'} "
        text = self.inner.render(lang)
        if text.startswith(head):
            text = text[len(head):]
        return display_name(head + text if self.said else text, full=True)


# --------------------------------------------------------------------------- public API

@numbered
def validate(path: str | Path, type: str | None = None, sheet: str | None = None,
             blank: str | None = None, date: str | dt.date | None = None,
             lang: str | None = None, date_order: str | None = None) -> list[Problem]:
    """Every problem of a survey file: errors and warnings, each located.

    Parameters
    ----------
    path : str or Path
        ``.xlsx``, ``.csv``, ``.txt``, ``.tsv`` or ``.parquet`` file. Never modified.
    type : str, optional
        Collectivity type of the entities. Default: guessed from the headers
        and the entities.
    sheet : str, optional
        Sheet of a workbook. Default: the one that looks like a survey, the active
        one first; two of the same columns are an error asking for it
        (``sheet-ambiguous``) or, holding the parts of one survey (hidden ones too), saying
        so (``sheet-split``); others are said (``sheet-chosen``). A sheet named that is
        one part of such a survey is said (``sheet-part-read``); a sheet for a file without
        sheets (a CSV) is a :class:`UsageError` (``sheet-not-workbook``).
    blank : {"absent", "unknown"}, optional
        How to count blank presence cells (French ``inconnu`` = ``unknown``).
        Default: as absent in a column without any explicit negative answer,
        as not answered (out of the base) in a column that has some; in barometre's
        template, a column with blanks and no explicit negative is ambiguous, an error
        (``blank-ambiguous``) until ``blank`` says which reading. Whatever ``blank``, a
        column (a platform at one wave) without any answer at all was not surveyed: left
        aside (``empty-platform-column``) or not answered (``blank-empty``), never absent.
    date : str or date, optional
        The wave's reading date, given to readings without a date. Default:
        the most frequent date of their platform's readings (the file's when that
        platform has none).
    lang : {"fr", "en"}, optional
        The language of each problem's ``message`` (:meth:`Problem.text` says it in
        the other). Default: ``$BAROMETRE_LANG`` when set (as the command line),
        else French.
    date_order : {"dmy", "mdy"}, optional
        The order of the file's numeric dates such as 3/5/2024: "dmy" day first (French,
        5 March read 3 May), "mdy" month first (a US export); every date that does not
        read so is an error. Default: each date column decides from its cells: month
        first when some read month first only ("3/15/2024") and none day first only,
        said (``dates-month-first``); both kinds: the order of most rows, the others
        errors; none deciding: day first, said (``dates-day-first-assumed``) when the
        file looks like a US export (a comma-separated CSV whose dates lack their
        leading zeros, « TRUE »/« FALSE » answers). Year-first dates, month names and
        Excel date cells read the same either way.

    Returns
    -------
    list of Problem
        Each with ``row`` (as the user sees it: spreadsheet row, or CSV line
        with the header as line 1), ``column`` (header), ``value``,
        ``severity`` ("error" or "warning"), ``message`` and a stable
        ``code`` (``blank-unknown``, ``future-date``…). Every interpretation
        (blank cells, readings dated by the wave, several years) is a warning, but
        the blanks of a template's column without any « Non », which need ``blank``
        (``blank-ambiguous``, an error).
        A file that cannot be read at all gives one problem without row (its
        ``unreadable`` attribute true: missing, unreadable, not a survey, a web address,
        an empty path); so does one
        without a single answer, count or account on any platform (``no-answer``, an
        error whatever ``blank``: nothing to count).
        The list's ``sheet`` says the workbook's sheet read (None for another file);
        its ``collectivity_type``, the type whose codes the entities were checked against
        (``type``, else the one guessed; None for a file not read or an Annuaire export),
        and ``n_entities``, the file's entities read.

    Raises
    ------
    UsageError
        A ``path`` that is no path (a ``BytesIO``, a list: ``path-not-path``); a sheet
        named for a file without sheets (``sheet-not-workbook``).

    Examples
    --------
    The demo workbook (fictitious data) leaves some presence cells blank in columns that
    record "Non" answers: each column's blanks are one warning, none is an error.

    >>> import barometre as bm
    >>> problems = bm.validate(bm.demo_file("enquete"))
    >>> [(p.severity, p.code, p.column) for p in problems][:2]
    [('warning', 'blank-unknown', 'Facebook'), ('warning', 'blank-unknown', 'Instagram')]
    >>> print(problems[0].message)
    Facebook : 7 cellules vides comptées comme « non renseigné » (lignes 4, 7, 23, 51, 56, …) ; blank="absent" pour les compter comme absence
    >>> print(bm.validate(bm.demo_file("enquete"), lang="en")[0].message)
    Facebook: 7 blank cells counted as “not answered” (lines 4, 7, 23, 51, 56, …); blank="absent" to count them as absent
    """
    lang = problems_lang(lang) or "fr"
    problems = _validate(path, type, sheet, blank, date, date_order)
    if lang == "fr":
        return problems
    return ProblemList.of([p.in_lang(lang) for p in problems], getattr(problems, "sheet", None),
                          getattr(problems, "collectivity_type", None),
                          getattr(problems, "n_entities", None))


def _validate(path: str | Path, type: str | None, sheet: str | None, blank: str | None,
              date: str | dt.date | None, date_order: str | None = None) -> list[Problem]:
    """:func:`validate`'s problems, in French."""
    from .annuaire_read import is_annuaire
    try:  # a folder, a pipe, a file one may not read: its one problem, as a missing file
        check_input(path)
    except InputFileError as exc:
        return [_unreadable(path, exc)]
    _check_sheet_option(path, sheet)  # a usage error, not a problem of the file
    if is_annuaire(path):  # an Annuaire de l'administration export: a census, not a survey
        from .annuaire import validate_annuaire
        return validate_annuaire(path, type)
    opts = _Options(blank_policy(blank), as_date(date),
                    date_order=date_order_option(date_order))
    try:
        with bulk():  # millions of readings (see _memory)
            readings, problems, type_id, _, read, _ = _parse(path, type, sheet, opts)
        if type_id == "region":  # régions read on the map of before 2016: said
            problems = problems + _old_region_map(readings)
    except InputFileError as exc:
        return [_unreadable(path, exc)]
    # the type the codes were checked against, and the entities read: `validate` says it
    # when guessed, as compare does (« type deviné : … »)
    return ProblemList.of(problems, read, type_id, _entities_read(readings))


def _entities_read(readings: Readings) -> int:
    """The entities of the file: « type deviné » counts them (21 intercommunalités), each
    once (a duplicate row: 22) and never a row that is none (a TOTAL row, a row repeating
    the header's fields: no code); an entity whose row holds an error in a cell is one
    (« -12 » followers beside Ain: 3 départements, not 2)."""
    return len({str(c) for c in readings.code if c is not None and str(c)})


def _unreadable(path: str | Path, exc: InputFileError) -> Problem:
    """The one problem of a file that cannot be read at all (``unreadable``), from the
    error that says why."""
    name = display_name(path)
    msg = exc.message[len(name) + 3:] if exc.message.startswith(f"{name} : ") else exc.message
    said = None if exc.msg is None else _InFile(exc.msg, name, said=False)
    return Problem(None, None, None, "error", msg, code=exc.code, msg=said, unreadable=True)


def _old_region_map(readings) -> list[Problem]:
    """The ``region-map-before-2016`` warning of a file of régions read before 1 January
    2016: its figures are measured with ``--panel`` only (:func:`barometre.adoption`)."""
    import numpy as np

    years = np.asarray(readings.year, dtype=float)
    old = years[years < 2016]
    if not len(old):
        return []
    return [Problem.said(Msg("region-map-before-2016", year=int(old.min())),
                         severity="warning")]


@numbered
def read_survey(path: str | Path, type: str | None = None, sheet: str | None = None,
                errors: str = "raise", blank: str | None = None,
                date: str | dt.date | None = None, date_order: str | None = None
                ) -> pd.DataFrame:
    """Read a survey file into one tidy frame.

    Parameters
    ----------
    path : str or Path
        ``.xlsx``, ``.csv``, ``.txt``, ``.tsv`` or ``.parquet`` file. Never modified.
    type : str, optional
        Collectivity type (id or alias). Default: guessed from the headers and
        the entities.
    sheet : str, optional
        Sheet of a workbook (for a file without sheets, a CSV: :class:`UsageError`,
        ``sheet-not-workbook``).
    errors : {"raise", "skip"}, default "raise"
        "raise": any error stops the reading with :class:`InputFileError` (see
        Raises); "skip": the readings with an error are left out,
        not their rows: a bad cell of a platform (a negative count, "Peut-être")
        leaves out that platform's reading of the row, its other platforms are kept;
        an error in what names the entity (unknown, ambiguous) leaves out the whole
        row, since none of its readings has an entity (warnings and errors stay in
        ``df.attrs["problems"]``; ``df.attrs["skipped"]`` counts, per platform and
        year, the entities whose reading was left out with none kept, and their codes,
        ``[{"platform": "x", "year": 2025, "n": 2, "codes": ["02", "05"]}, …]``, which
        :func:`barometre.adoption` says in ``n_skipped``; a reading whose date is the
        error counts in the file's year when its other readings are of one year, else
        in no year, said apart: ``attrs["skipped_unshown"]`` of the figures).
        ``df.attrs["doubtful_answers"]`` (only when there is one) lists the follower
        counts beside a doubtful answer, not ranked, with their cells,
        ``[{"platform": "facebook", "source_row": 5, "text": "Oui ?"}]``: the notes of
        the counts left out quote them; the first 200 of each platform, and, when a
        platform has more, ``df.attrs["doubtful_answers_count"]``, ``{platform: n}``, counts
        them all (a frame's attrs are copied at each operation).
    blank : {"absent", "unknown"}, optional
        How to count blank presence cells; see :func:`validate`. Kept as
        ``df.attrs["blank"]`` when given (the report says the rule applied).
    date : str or date, optional
        The wave's reading date for readings without one; see :func:`validate`.
    date_order : {"dmy", "mdy"}, optional
        The order of numeric dates such as 3/5/2024 (day first, month first); default:
        decided per date column and said; see :func:`validate`.

    Returns
    -------
    DataFrame
        ``code, name, collectivity_type, platform, present, followers,
        account, date, year, population, source_row, followers_rounded,
        followers_questioned, followers_typed``:
        ``followers_rounded`` is true when the count was read from an abbreviated number
        ("184,8k" read as 184 800, warned ``count-abbreviated``), a rounded value that
        :func:`barometre.rank`, its chart and the report mark "≈"; ``followers_typed`` holds
        that cell as typed (« 184,8k »; missing for an exact count, and for a rounded one of
        a saved frame read again without the column), which their footnotes and
        :func:`barometre.benchmark`'s open ranks quote;
        ``followers_questioned`` is true when the reader questioned the count (more
        followers than inhabitants, ``count-above-population`` or, for a commune,
        ``count-implausible-population``; far above the file's others per inhabitant,
        ``count-outlier``): shown and ranked as read, marked « (à vérifier) » by
        :func:`barometre.rank`, :func:`barometre.benchmark`, ``changes`` and the report.
        ``population`` is the
        population the entity serves: in a survey of départements, its council's where
        that differs from the territory's (69: the Département du Rhône's 478,313, not
        the Rhône's 1,914,667; :func:`barometre.datasets.reference.served_populations`).
        ``attrs`` holds the
        ``problems`` (warnings), the ``file`` and the ``collectivity_type``; for a filled
        template of some départements (``barometre template --within``) whose entities all
        lie in them, ``template_within`` (their codes, ``["22", "29"]``) and, for a
        category's template, ``template_kinds`` (``["CA"]``): the base
        :func:`barometre.adoption` takes without ``within`` nor ``panel``
        (``template-scope`` warning).

    Raises
    ------
    InputFileError
        The file cannot be read (missing, damaged, not a survey; a web address,
        ``file-is-url``: only local files are read; an empty path), or, with
        ``errors="raise"``, it holds errors (code ``survey-has-errors``). Its message
        names the first errors (line, column, what), « … et N autres », and the way to
        see them all: ``bm.problems_frame(bm.validate(path))``, or ``errors="skip"`` to
        read the file without them; French, or English under ``BAROMETRE_LANG=en``
        (``err.render("en")``). ``err.problems`` holds every problem, errors and
        warnings, the same :class:`~barometre.survey.problems.Problem` objects
        :func:`validate` returns (``bm.problems_frame(err)`` their table);
        ``err.details`` the errors said with their place, as the command line lists
        them (``barometre validate`` says them all).
    UsageError
        An option of an unknown value (``errors="skipp"``, ``blank="vide"``…); a
        ``path`` that is no path (a ``BytesIO``, a list: ``path-not-path``).

    Examples
    --------
    The demo workbook (fictitious data): 101 départements × 6 platforms, one reading.

    >>> import barometre as bm
    >>> df = bm.read_survey(bm.demo_file("enquete"))
    >>> print(df.loc[df["code"] == "44", ["name", "platform", "present", "followers"]]
    ...       .to_string(index=False))
                name  platform  present  followers
    Loire-Atlantique  facebook     True      90583
    Loire-Atlantique         x     True      13369
    Loire-Atlantique instagram    False       <NA>
    Loire-Atlantique  linkedin     True       8504
    Loire-Atlantique   youtube     True       1272
    Loire-Atlantique    tiktok     <NA>       <NA>
    >>> int(df["present"].isna().sum())  # blanks in columns that record "Non": not answered
    16
    """
    _check_errors_option(errors)  # first: a typo must not silently mean "skip"
    # as given (a BytesIO, "" or "https://…" said as such); a folder, a pipe, a file one
    # may not read: said as such
    check_input(path)
    p = Path(path)
    _check_sheet_option(p, sheet)
    from .annuaire_read import is_annuaire
    if is_annuaire(p):  # an Annuaire de l'administration export: a census, not a survey
        from .annuaire import read_survey_annuaire
        return read_survey_annuaire(p, type)
    readings, attrs = _read(p, type, sheet, errors, blank, date, date_order)
    df = SURVEY.check(readings.frame())  # before the attrs: pandas copies them at every step
    del readings
    release_memory(len(df))
    df.attrs.update(attrs)
    from ..analysis.frame_check import mark_checked

    mark_checked(df)  # its codes, types and platforms checked: not again by each analysis
    return df


def read_coded(path: str | Path, type: str | None = None, sheet: str | None = None,
               errors: str = "raise", blank: str | None = None,
               date: str | dt.date | None = None, date_order: str | None = None
               ) -> CodedSurvey | None:
    """The readings of a survey file on integer codes, without the tidy frame.

    Same reading, problems and errors as :func:`read_survey`, for
    :func:`barometre.adoption` and :func:`barometre.compare_survey`, which count the
    same figures from it as from the frame, in a fraction of the time and memory on
    millions of readings (``compare --data``). Returns None for an Annuaire de
    l'administration export (read it with :func:`read_survey`).

    Examples
    --------
    The same figures as from the frame, here on the demo workbook (fictitious data):

    >>> import barometre as bm
    >>> from barometre.survey.reader import read_coded
    >>> from barometre.analysis.survey import compare_survey
    >>> c = compare_survey(read_coded(bm.demo_file("enquete")))
    >>> c["n_present"][:3].tolist(), c["n_base"][:3].tolist()
    ([90, 81, 84], [94, 101, 100])
    """
    _check_errors_option(errors)  # first: a typo must not silently mean "skip"
    # as given (a BytesIO, "" or "https://…" said as such); a folder, a pipe, a file one
    # may not read: said as such
    check_input(path)
    p = Path(path)
    _check_sheet_option(p, sheet)
    from .annuaire_read import is_annuaire
    if is_annuaire(p):
        return None
    readings, attrs = _read(p, type, sheet, errors, blank, date, date_order)
    out = readings.coded(attrs)
    del readings
    release_memory(len(out), collect=False)  # no cycle: freed when dropped (tests)
    return out


def _check_sheet_option(path: str | Path, sheet: str | None) -> None:
    """Refuse a sheet named for a file that has none (a CSV, a Parquet file, an Annuaire
    export): a :class:`~barometre.UsageError`, not a setting silently ignored."""
    suffix = Path(path).suffix.lower()
    if sheet is not None and suffix not in XLSX_SUFFIXES:
        raise UsageError.of("sheet-not-workbook", sheet=sheet, file=display_name(path),
                            suffix=suffix or Msg("no-extension"))


def _check_errors_option(errors: str) -> None:
    if errors not in ("raise", "skip"):  # a typo must not silently mean "skip"
        raise UsageError.of("bad-errors-option", value=errors)


@for_bulk  # millions of readings: small pages, no automatic collection (see _memory)
def _read(p: Path, type: str | None, sheet: str | None, errors: str, blank: str | None,
          date: str | dt.date | None, date_order: str | None = None
          ) -> tuple[Readings, dict]:
    """The readings of ``p`` and the attrs of its frame; errors raised unless skipped."""
    opts = _Options(blank_policy(blank), as_date(date), date_order=date_order_option(date_order))
    readings, problems, type_id, marked, read, scope = _parse(p, type, sheet, opts)
    errs = [x for x in problems if x.severity == "error"]
    if errs and errors == "raise":
        # every problem, as bm.validate gives them: the error carries them (err.problems)
        every = ProblemList.of(in_default_lang(
            problems + _old_region_map(readings) if type_id == "region" else problems), read,
            type_id, len(readings.code))
        # the sheet read among several: the errors are that sheet's (said under them)
        sheet_said = [x for x in problems if x.code in ("sheet-chosen", "sheet-part-read")]
        if len(errs) == 1:
            err = InputFileError(errs[0].located(display_name(p)),
                                 details=[x.located(display_name(p)) for x in sheet_said])
            err.problems = every
            raise err
        n = severity_counts(errs)["error"]  # past the cap, errors are counted, not kept
        detailed = [e for e in errs if e.code != "more-errors"]
        shown = detailed[:20]
        rest: dict[str, int] = {}  # the codes of the others, those past the cap included
        for e in detailed[20:]:
            rest[e.code] = rest.get(e.code, 0) + 1
        for e in errs:
            for code, k in ((e.by_code or {}).items() if e.code == "more-errors" else ()):
                rest[code] = rest.get(code, 0) + k
        rest = dict(sorted(rest.items(), key=lambda ck: (-ck[1], ck[0])))
        err = InputFileError.of("survey-has-errors", file=display_name(p), n=Count(n),
                                args=validate_args(p, sheet, blank, date, date_order),
                                details=[x.msg for x in sheet_said]
                                + [e.located() for e in shown] + (
                                    [Msg("more-errors-listed", n=Count(n - len(shown)),
                                         s=plural_s(n - len(shown)),
                                         of=codes_said(rest, n - len(shown)))]
                                    if n > len(shown) else []))
        err.problems = every
        raise err.said_in_python(_errors_in_python(
            p, n, [x.msg for x in sheet_said] + [e.located() for e in detailed],
            validate_call(p, type, sheet, blank, date, date_order)))
    # the demo files' marker, read inside the file
    attrs = {"problems": in_default_lang(problems), "file": display_name(p, full=True),
             "collectivity_type": type_id,
             "fictitious": is_fictitious(p) if marked is None else marked}
    if opts.blank is not None:  # the rule asked for blanks: the report says it (not the default)
        attrs["blank"] = opts.blank
    if scope:  # a template of some départements: its analysis's base, theirs
        attrs["template_within"] = list(scope[0])
        if scope[1]:  # a category's template (its CA): its category there
            attrs["template_kinds"] = list(scope[1])
    if readings.doubtful:  # the counts beside « Oui ? »: the notes quote their cells
        attrs["doubtful_answers"] = doubtful_records(readings.doubtful)
        if counted := doubtful_counts(readings.doubtful):  # more than kept: their number
            attrs["doubtful_answers_count"] = counted
    if errors == "skip":  # what the errors left out: said by the figures (n_skipped)
        attrs["skipped"] = skipped_records(readings.skipped)
    return readings, attrs


#: the errors a Python caller reads in the message of a file refused (the rest: « … et N
#: autres », every one in ``err.problems``): a traceback's last lines, not the list
ERRORS_SAID = 3


def _errors_in_python(p: Path, n: int, lines: list, call: str) -> Msg:
    """The message of a file with ``n`` errors to a Python caller: its first errors
    (``lines``: the sheet read first, then the errors located), each on a line, « … et N
    autres », and the Python way to see them all (``call``: :func:`validate`'s)."""
    sheet_lines = [x for x in lines if isinstance(x, Msg)]
    errors = [x for x in lines if not isinstance(x, Msg)][:ERRORS_SAID]
    said = sheet_lines + errors
    if n > len(errors):
        k = n - len(errors)
        said.append(Msg("more-problems-listed", n=Count(k), s=plural_s(k)))
    first = Words(*("".join(f"\n  {x.render(lang)}" for x in said) for lang in ("fr", "en")))
    return Msg("survey-has-errors-python", file=display_name(p), n=Count(n), first=first,
               call=call)


def validate_call(path: str | Path, type: str | None = None, sheet: str | None = None,
                  blank: str | None = None, date: str | dt.date | None = None,
                  date_order: str | None = None) -> str:
    """The arguments of the :func:`validate` call that lists a file's problems, as Python
    writes them: the path as given, then the options given to the reading.

    >>> validate_call("v2/enquête.csv", sheet="Vague 2", date=dt.date(2025, 10, 15))
    "'v2/enquête.csv', sheet='Vague 2', date='2025-10-15'"
    """
    given = {"type": type, "sheet": sheet, "blank": blank,
             "date": date.isoformat() if isinstance(date, dt.date) else date,
             "date_order": date_order}
    return ", ".join([repr(str(path))] + [f"{k}={v!r}" for k, v in given.items()
                                          if v is not None])


#: The counts beside a doubtful answer kept in ``attrs["doubtful_answers"]`` per platform,
#: the first in the file: pandas copies a frame's attrs at each operation (a survey of
#: 35,000 communes answered « Oui ? » throughout made each copy hold thousands of dicts),
#: and the notes quote the first three of a platform
DOUBTFUL_KEPT = 200


def doubtful_records(doubtful: dict) -> list[dict]:
    """:attr:`Readings.doubtful` as ``attrs["doubtful_answers"]``: one plain dict per count
    beside a doubtful answer, ``{"platform": "facebook", "source_row": 5, "text": "Oui ?"}``,
    in the order of the rows then platforms (plain values: a frame's attrs are saved as
    JSON); the first :data:`DOUBTFUL_KEPT` of each platform (:func:`doubtful_counts` counts
    them all).

    >>> doubtful_records({(0, 5): "Oui ?", (0, 3): "?"})
    [{'platform': 'facebook', 'source_row': 3, 'text': '?'}, {'platform': 'facebook', 'source_row': 5, 'text': 'Oui ?'}]
    """
    from .normalize import PLATFORM_IDS

    kept: Counter = Counter()
    out = []
    for (p, r), t in sorted(doubtful.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        kept[p] += 1
        if kept[p] <= DOUBTFUL_KEPT:
            out.append({"platform": PLATFORM_IDS[p], "source_row": r, "text": t})
    return out


def doubtful_counts(doubtful: dict) -> dict[str, int]:
    """Per platform, how many counts are beside a doubtful answer, when more than
    :data:`DOUBTFUL_KEPT` (``attrs["doubtful_answers_count"]``: those not kept in
    ``attrs["doubtful_answers"]`` counted); empty the usual.

    >>> doubtful_counts({(0, r): "?" for r in range(DOUBTFUL_KEPT + 1)})
    {'facebook': 201}
    """
    from .normalize import PLATFORM_IDS

    n = Counter(p for p, _ in doubtful)
    return {PLATFORM_IDS[p]: k for p, k in sorted(n.items()) if k > DOUBTFUL_KEPT}


def skipped_records(skipped: dict) -> list[dict]:
    """:attr:`Readings.skipped` as ``attrs["skipped"]``: one plain dict per platform and
    year, ``{"platform": "x", "year": 2025, "n": 2, "codes": ["02", "05"]}``: ``n``
    entities whose reading was left out for an error, none of them kept (``year`` None
    when unknown: a date rejected in a file of several years), ``codes`` theirs (None for
    an entity the file names unreadably: the figures of a narrower type, the villes
    préfectures of a file of communes, count those of its codes); in the order of the
    platforms then years (plain values: a frame's attrs are saved as JSON)."""
    from ..domain.registry import PLATFORMS

    rank = {p: i for i, p in enumerate(PLATFORMS)}
    return [{"platform": p, "year": y, "n": len(codes), "codes": list(codes)}
            for (p, y), codes in
            sorted(skipped.items(), key=lambda kv: (rank.get(kv[0][0], len(rank)),
                                                   -1 if kv[0][1] is None else kv[0][1]))]
