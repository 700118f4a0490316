"""From raw cells to readings on integer codes, then to the tidy frame: one named step per rule
(blanks, dates, duplicates, counts)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from .._parallel import increasing, parts
from ..analysis.grouping import combine, latest_answered, year_codes
from ..domain.coded import CodedSurvey
from ..domain.errors import InputFileError
from ..domain.registry import COMMUNE_TYPES, PLATFORMS, find_type, match_platform
from ..messages import Count, Day, Msg, Words, plural_s, words_and
from .cells import (
    _blank_mask,
    blank_values,
    _code_counts,
    _distinct,
    _first_seen,
    _map_distinct,
    _per_distinct,
    check_long_duplicates,
    followers_with_problems,
    implausible_followers,
    OUTLIER_MIN_COUNTS,
    outlier_followers,
    texts_counted,
    too_old_dates,
    too_old_mask,
    value_code,
    value_problem,
)
from .entities import (
    _check_code_name,
    _departement_cells,
    _names_in_code_column,
    _departements_in_code_column,
    _codes_with_names,
    _councils,
    council_territories_disagree,
    council_territories_filled,
    councils_not_yet,
    _entity_problems,
    _name_cells,
    _resolve_entities,
    _header_problems,
    _header_rows,
    population_column_problem,
    _totals_problems,
    _totals_rows,
)
from .accounts import shared_accounts, site_problems
from .answered import unanswered_after_answer
from .headers import Column, entity_duplicates
from .layout import _followers_headers, _Layout, _layout, _long_columns, _wide_blocks
from .problems import Problem, _Problems, codes_by_key
from .raw import CodedColumn, RawColumns, factorize_objects, first_appearance
from .rules import (
    FIRST_ROWS,
    STEP,
    apply_blank_rule,
    blank_problem,
    campaign_problem,
    crossing_runs,
    date_runs,
    fill_wave_date,
    future_mask,
    isolated_problem,
    most_frequent_date,
    no_date_problem,
    plural,
    rereading_cuts,
    rows_problem,
    rows_text,
    wave_date_problem,
    year_end,
    years_problem,
)
from .values import (
    ANSWER_DOUBTFUL,
    ANSWER_INACTIVE,
    ANSWER_MARKED,
    ANSWER_SYMBOL,
    ANSWER_NOT_APPLICABLE,
    ANSWER_NOT_GIVEN,
    DAY_FIRST_ONLY,
    CellError,
    check_reading_date,
    EITHER_ORDER,
    MONTH_FIRST_ONLY,
    NOT_DMY,
    SAME_EITHER_WAY,
    _is_blank,
    _parse_year,
    _text,
    date_order_evidence,
    dmy_numbers,
    drop_times,
    looks_like_account,
    looks_like_count,
    parse_date,
    cell_error_code,
    excel_error,
    read_account_cell,
    read_count,
    read_presence,
    reads_month_first_only,
    serial_date,
    today_anywhere,
)

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class _Options:
    """How to count what the file leaves blank (see :mod:`barometre.survey.rules`)."""

    blank: str | None = None  # "absent", "unknown" or None (the column decides)
    date: dt.date | None = None  # the wave's date for readings without one
    today: dt.date = field(default_factory=today_anywhere)  # the latest date on Earth
    #: a workbook's date system (the day of serial number 0, openpyxl's ``wb.epoch``): its
    #: date columns' numbers are Excel serial dates (:func:`_serial_dates`); None for a
    #: CSV or Parquet file, whose numbers in a date column stay errors
    excel_epoch: dt.datetime | None = None
    #: the file is barometre's template (a workbook ``barometre template`` wrote, filled
    #: in): its instructions ask for « Non » where there is no account, so its blanks are
    #: not answered (see :func:`~.rules.apply_blank_rule`)
    template: bool = False
    #: the order of every numeric date d/m/y, as the user settled it (``date_order=``):
    #: "dmy" or "mdy"; None: each date column decides from its cells (:class:`_DateOrder`)
    date_order: str | None = None
    #: a CSV's field separator (None for a workbook or Parquet): a comma is one of the cues
    #: of a US export (:func:`_assumed_day_first`)
    delimiter: str | None = None
    #: the départements a filled template was made for (its instructions' ``--within``):
    #: a name found nowhere is suggested the close names in them first
    #: (:func:`~barometre.datasets.resolution.suggested_within`)
    scope: tuple[str, ...] = ()


@dataclass
class _Rows:
    """The rows of the file once entities are resolved: what every block needs."""

    raw: RawColumns
    rownums: np.ndarray
    #: rows rejected as a whole (entity, duplicate, year): their readings left out, their
    #: cells still checked and said (every problem of a row at once)
    error: np.ndarray
    years: np.ndarray | None  # from a year column, NaN where blank
    #: per date column, the rows whose bad date was already said (shared by platforms)
    dates_said: dict = field(default_factory=dict)
    #: the date columns whose month-first reading was already said (shared by platforms)
    orders_said: set = field(default_factory=set)
    #: per date column index, its order when the file has several date columns, decided
    #: once for the file (:func:`_file_date_orders`); else each column decides when read
    date_orders: dict = field(default_factory=dict)
    #: per date column index, its distinct cells with their times dropped (``drop_times``),
    #: made once by :func:`_file_date_orders` when the file has several date columns
    date_cells: dict = field(default_factory=dict)
    #: long files: per row the code of its platform (-1 when blank or unknown)
    platform: np.ndarray | None = None
    #: what the file's cells say of a US export (:class:`_LazyCues`), looked at the
    #: first time a date column has no deciding cell
    us_cues: Any = None


def _normalize(raw: RawColumns, rownums: np.ndarray, header: list[Any],
               type: str | None, opts: _Options | None = None
               ) -> tuple[Readings, list[Problem], str]:
    """Turn raw cells into readings on integer codes, collecting every problem.

    Vectorised: each distinct value of a column is parsed once, then spread
    over the rows as numbers, so that millions of rows read in seconds. Steps:
    layout, entities (code and name checked together), duplicates, years, one
    block per platform (wide) or one block (long), then the blank and date rules.
    :meth:`Readings.frame` builds the tidy frame, :meth:`Readings.coded` what
    ``compare`` counts.

    ``rownums`` is the reader's to give away: the readings' ``source_row`` is it, or it
    compacted in place when a few rows are dropped (the body's row numbers, which the
    quoted cells are found by, then kept in a copy).
    """
    opts = opts or _Options()
    type_id = find_type(type).id if type else None
    if type_id == "all":
        type_id = None
    from .noncharacters import clean_cells

    raw, removed = clean_cells(raw, rownums, header)  # invisible characters: removed, said
    layout, warnings_ = _layout(header, type_id, raw)
    problems = _Problems()
    for w in removed + warnings_:
        problems.add(w)
    under = int(rownums[0]) if len(rownums) else None  # the row right under the header
    raw, rownums = _drop_blank_rows(raw, rownums)
    ent_idx, ents, type_id, by_name = _resolve_entities(raw, layout, type_id, problems,
                                                        opts.scope)
    for p in entity_duplicates(layout.columns, type_id):  # the type known, given or guessed
        problems.add(p)
    u_bad, u_code, u_name, u_pop = ents.arrays
    # per row: np.take (a third of the time of indexing by int32 codes), and nothing to
    # take when every entity was found (3.5 M rows: 9-12 ms -> none)
    bad_entity = (np.take(u_bad, ent_idx) if u_bad.any()
                  else np.zeros(len(ent_idx), dtype=bool))
    ent_col = raw[layout.entity.index]
    names = _name_cells(raw, layout, type_id)
    for step in ("totals", "header"):
        if step == "totals":  # « TOTAL », « Moyenne »: no collectivity, a warning, left out
            totals = _totals_rows(bad_entity, by_name, ent_col, names)
            if totals is None:
                continue
            _totals_problems(totals, by_name, ent_col, rownums, layout, problems, names)
            keep = ~totals
        else:  # the header again (files pasted): one error, the row left out
            repeats = _header_rows(bad_entity, ent_col, raw, header, layout.entity.index,
                                   under is not None and len(rownums) > 0
                                   and int(rownums[0]) == under)
            if repeats is None:
                continue
            keep = ~_header_problems(repeats, rownums, problems, under)
        if not keep.any():
            raise InputFileError.of("header-without-rows")
        raw, rownums = raw.take(keep), rownums[keep]
        ent_idx, by_name, bad_entity = ent_idx[keep], by_name[keep], bad_entity[keep]
        ent_col = raw[layout.entity.index]
        names = _name_cells(raw, layout, type_id)
    _entity_problems(bad_entity, by_name, ent_idx, ents, ent_col, rownums, layout, problems,
                     names=names, type_id=type_id)
    clash, said, totals = _check_code_name(raw, layout, ent_idx, ents, type_id, rownums,
                                           problems, by_name)
    if totals is not None and not totals.all():  # « 13;Total;;6 100 »: said
        # (code-name-totals), no entity's row: left out now, its cells not checked (a sum
        # is no count to check) nor counted
        keep = ~totals
        raw, rownums = raw.take(keep), rownums[keep]
        ent_idx, by_name, bad_entity = ent_idx[keep], by_name[keep], bad_entity[keep]
        clash, said = clash[keep], None if said is None else said[keep]
        ent_col = raw[layout.entity.index]
        names = _name_cells(raw, layout, type_id)
    row_error = bad_entity | clash
    # « 29 - Morbihan », « Bretagne » in the département column: said, not passed over
    dep_bad = _departement_cells(raw, layout, type_id, rownums, problems)
    if dep_bad is not None:
        row_error |= dep_bad
    # a name in the code column read as its entity's code: said (unless said above)
    _names_in_code_column(layout, ent_idx, ents, by_name,
                          row_error if said is None else row_error | said, rownums, problems)
    # a département's code in a survey of villes préfectures read as its préfecture: said
    _departements_in_code_column(layout, ent_idx, ents,
                                 row_error if said is None else row_error | said, rownums,
                                 problems)
    # « 44109 - Nantes »: a code and its name in one cell, read by both: said
    _codes_with_names(layout, ent_idx, ents, row_error if said is None else row_error | said,
                      rownums, problems)
    own_pop = u_pop  # the territories' (a council's population may replace it below)
    if type_id == "departement":  # councils: the population served, a council counted twice
        u_pop, twice = _councils(u_code, u_pop, ent_idx, bad_entity, rownums, layout, problems)
        row_error |= twice
    said = population_column_problem(raw, layout, type_id, u_code, u_name, u_pop, own_pop,
                                     ent_idx, bad_entity, rownums, opts.template)
    if said is not None:  # the file's population column: not read, said
        problems.add(said)
    years = _read_years(raw, layout, rownums, row_error, opts, problems)
    file_year = _file_year(years, row_error)
    panel = False  # a wide file whose entity comes back on rows of other years or dates
    if layout.shape == "wide":
        blocks = _wide_blocks(layout)
        dup, panel = _wide_duplicates(u_code[ent_idx], row_error, ents, ent_idx, ent_col,
                                      rownums, layout, problems,
                                      when=_row_when(raw, layout, blocks, years),
                                      answered=_answered_rows(raw, layout),
                                      by_name=by_name, names=names)
        row_error |= dup
    else:
        blocks = [(None, _long_columns(layout))]
    plat = None
    if layout.shape == "long":  # the platform of each row, and the columns it reads
        plat = _long_platforms(raw, rownums, layout, blocks[0][1], problems)
        raw = _own_rows(raw, plat, layout.own)
    # the columns read for each platform (a long file's roles read per platform too): the
    # headers of the blank rule's and counts' problems, the date columns
    named = blocks + [(p, {**blocks[0][1], **cols}) for p, cols in layout.own.items()]
    date_cols = _date_columns(named)  # the date columns read, before the blocks
    if opts.excel_epoch is not None:
        raw = _serial_dates(raw, rownums, date_cols, opts.excel_epoch, problems)
    rows = _Rows(raw, rownums, row_error, years, platform=plat)
    if opts.date_order is not None:  # the user settled it: every column so, nothing to say
        rows.date_orders = {c.index: _DateOrder(opts.date_order, given=True)
                            for c in date_cols}
    else:
        rows.date_orders, rows.date_cells = _file_date_orders(raw, rownums, date_cols)
    rows.us_cues = _LazyCues(raw, named, date_cols, rows, opts)
    wave = _Wave(raw, date_cols, opts, rows.date_orders, rows.date_cells)
    pieces = [list(_read_block(rows, platform, cols, layout, wave, opts, problems))
              for platform, cols in blocks]
    # what each platform's block says (an answer, a count or an account), once: for the
    # columns nobody filled in (below) and for a file without a single answer; under
    # --blank too, which says what a blank means where the surveyor filled the column
    per_block = layout.shape == "wide" and len(pieces) > 1
    # a platform whose cells are errors (« #N/A », formulas without their value, a text no
    # presence reads), or whose answers are on rows left out for an error, was surveyed:
    # its cells are said, not the platform as left unfilled
    said = [_says_something(p) or bool(p[12]) for p in pieces] if per_block else None
    if not any((present >= 0).any() for present in (p[2] for p in pieces)):
        _no_answer(named, len(rownums), pieces, problems)
    if per_block:
        # a platform's columns that nobody filled in (no answer, count or account on any
        # row): that platform was not surveyed, rather than absent everywhere (a census
        # read "0 %") or not answered by every entity (which would leave "au moins un
        # réseau" known only where another platform says yes)
        if any(said) and not all(said):
            for (platform, cols), s, piece in zip(blocks, said, pieces):
                if not s:
                    c = cols.get("present") or cols.get("followers") or cols.get("account")
                    zeros = int((piece[3] == 0).sum())  # counts of 0 beside blanks: said
                    msg = (Msg("empty-platform-column-zeros", platform=PLATFORMS[platform].words(),
                               k=Count(zeros), ks="" if zeros == 1 else "s") if zeros
                           else Msg("empty-platform-column", platform=PLATFORMS[platform].words()))
                    problems.add(Problem.said(
                        msg, column=c.header if c is not None else None, severity="warning",
                        code="empty-platform-column"))
            pieces = [p for p, s in zip(pieces, said) if s]
            blocks = [b for b, s in zip(blocks, said) if s]
    for p in pieces:  # several blocks: the rows of each, to put together, as positions
        if len(pieces) > 1:
            p[0] = np.arange(len(rownums)) if p[0] is None else np.flatnonzero(p[0])
    if len(pieces) > 1:  # several blocks: the dates as arrays, put together
        for p in pieces:
            p[4], p[5] = _plain(p[4], p[5])
    idx, plat, present, followers, dates, year, no, filled = (
        pieces[0][k] if len(pieces) == 1 else np.concatenate([p[k] for p in pieces])
        for k in range(8))
    acc_code, acc_table = _accounts([p[8] for p in pieces], [p[9] for p in pieces],
                                    [len(p[1]) for p in pieces])
    rounded = _rounded([p[10] for p in pieces], [len(p[1]) for p in pieces])
    # the readings left out for an error: per block, their entities, platforms and years
    gone = [(ent_idx[g[0]], *g[1:]) for p in pieces if (g := p[11]) is not None]
    source_row, eidx = rownums, ent_idx
    if idx is not None:  # one block: its rows compacted in place (see the docstring)
        if len(pieces) == 1:
            # the body's row numbers stay what the cells are looked up by (_CellOf: the
            # count a warning quotes, a rounded count's « 1,5 M »): compacted in place,
            # they would send row 3's look-up to row 2's cell once row 2 is dropped
            rownums = rownums.copy()
        source_row, eidx = (_drop_rows([source_row, eidx], ~idx) if len(pieces) == 1
                            else (source_row[idx], eidx[idx]))
    # the entities numbered by resolved code ("01", "1" and « Ain » one département): the
    # key of the waves' re-readings below, of the duplicates and the replaced readings.
    # Without the resolution's code table, u_code factorized (Readings.numbered_codes'
    # numbering) once, by the first to need it: the waves, else the readings
    code_numbers = ents.numbered_codes()

    # the readings left out for an error that show how their column is filled (a « Non »)
    refused = [p[13] for p in pieces if p[13] is not None]
    refused = (None if not refused else refused[0] if len(refused) == 1 else
               tuple(np.concatenate([r[k] for r in refused]) for k in range(3)))

    def waves() -> tuple | None:
        nonlocal code_numbers
        if code_numbers is None:
            code_numbers = factorize_objects(u_code)
        return _reading_waves(dates, year, eidx, plat, _entity_key(code_numbers[0]),
                              None if refused is None else refused[1:])

    doubtful = _doubtful_counts(present, followers, plat, source_row, problems)
    present = _blank_rule(present, plat, no, named, layout, source_row, opts, problems,
                          waves=waves, held=frozenset().union(*(p[12] for p in pieces)),
                          refused=refused)
    filled &= present >= 0  # said for answers only: a blank "not answered" has no date
    dated_by_wave = None  # the rows whose reading took a date: a duplicate among them says so
    own_dated: set[int] = set()  # ... the platforms whose took their own readings' date
    if filled.any():
        dated_by_wave = source_row[filled]
        for p in _wave_problems(filled, plat, source_row, wave):
            problems.add(p)
        own_dated = {p for p, (day, own) in wave.used.items() if own and day != wave()}
    if file_year is not None and year is not None:  # no date, no year: the column's one year
        _fill_file_year(dates, year, present, source_row, file_year, problems)
    f_headers = _followers_headers(_Lazy(PLATFORM_IDS, plat), named)
    # each reading's count cell as typed (« 1,2 M »): what a warning quotes, and what the
    # figures quote of a count read from an abbreviated number (« 112 k »)
    f_cells = _CellOf(raw, rownums, plat, source_row,
                      {p: cols["followers"] for p, cols in named if "followers" in cols})
    saved_typed = next((c for c in layout.columns if c.role == "typed"), None)
    typed = _typed_counts(rounded, f_cells, None if saved_typed is None else _CellOf(
        raw, rownums, plat, source_row, {None: saved_typed}))
    said = implausible_followers(followers, _Lazy(u_pop, eidx), _Lazy(u_name, eidx),
                                 source_row, f_headers, problems, type_id, _Lazy(u_code, eidx),
                                 cells=f_cells)
    # against the file's own counts: territories only. The communes' followers per
    # inhabitant spread over decades (a resort of 3,000 inhabitants followed by 100,000,
    # a suburb of 30,000 by 2,000): 20 times their median flags real pages, and the check
    # would cost a file of 3.5 M readings 70-100 ms (#19) for warnings of no use
    if (len(followers) >= OUTLIER_MIN_COUNTS and type_id is not None
            and type_id not in COMMUNE_TYPES):
        said = np.concatenate([said, outlier_followers(
            followers, u_pop, eidx, plat, PLATFORM_IDS, _Lazy(u_name, eidx), source_row,
            f_headers, problems, said, cells=f_cells)])
    questioned = None  # the counts said above: kept, so that the figures built on them say so
    if len(said):
        questioned = np.zeros(len(followers), dtype=bool)
        questioned[said] = True
    readings = Readings(u_code, u_name, u_pop, type_id, eidx, plat, present, followers,
                        acc_code, acc_table, dates, year, source_row,
                        code_numbers=code_numbers, rounded=rounded, typed=typed,
                        questioned=questioned)
    if layout.shape == "wide" and len(blocks) > 1:
        readings = readings.take(np.argsort(readings.source_row, kind="stable"))
    if years is not None and len(readings):  # a stated year beside a date of another year
        readings = _year_date_contradictions(readings, layout, problems, gone)
    if (layout.shape == "long" or panel) and len(readings):
        # the key is the resolved entity: "01001", "1001" and its name are one commune (#19.1);
        # a wide panel's rows were told apart by their cells: the readings by their values
        # (a blank date that took the wave's, "2025" beside 2025), as a long file's
        ent_key = _entity_key(readings.numbered_codes()[0])
        readings = _drop_long_duplicates(readings, ent_key, layout, problems, dated_by_wave,
                                         gone, own_dated)
        _replaced_readings(readings, ent_key, problems)
    readings.skipped = _skipped_counts(gone, readings, wave, file_year)
    readings.doubtful = doubtful
    if readings.dated is not None:  # per distinct date, then one take per reading
        readings.year_coded = readings.dated.year_codes()
        multi = years_problem(None, counted=readings.dated.year_counts())
    else:
        readings.year_coded = year_codes(readings.year)  # made once: the years problem,
        multi = years_problem(readings.year, readings.year_coded)  # then the counting
    if layout.shape == "long" or panel:  # « Oui » in March, « NR » in October: « Oui » kept
        unanswered_after_answer(readings, len(PLATFORM_IDS), problems)
    if date_cols or years is not None:  # a date (or year) column left blank: said
        _undated(readings, wave, problems)
    if type_id == "departement" and len(readings):  # 67 and 68 (the CeA) both answered
        readings = councils_not_yet(readings, own_pop)  # 67 in 2015: the Bas-Rhin's own
        council_territories_filled(readings, problems)
        council_territories_disagree(readings, problems)  # 67 « Oui », 68 « Non »
    # one account given for two entities in a year (a page shared, a link pasted twice)
    shared_accounts(readings, problems)
    # a date typed years or months off: a wave of its own (said after the campaigns)
    isolated = _isolated_dates(readings) if date_cols and len(readings) else []
    if multi is not None:
        # a run of dates across 31 December, its years not stated (a year column's year is
        # certain): one campaign that compare cuts in two, said instead of the years alone
        # when such runs hold every reading
        campaigns = [] if years is not None else _campaigns(readings)
        if isolated:  # a run said apart (« 30/12/2015 – 02/01/2016 » among 2025's): no campaign
            campaigns = [(p, n) for p, n in campaigns
                         if not any(p.msg.params["first"] == Day.of(_day(lo))
                                    and p.msg.params["last"] == Day.of(_day(hi))
                                    for _, lo, hi in isolated)]
        held = sum(n for _, n in campaigns)
        dated = readings.dated
        if not campaigns or held < (dated.counts()[~np.isnat(dated.table)].sum()
                                    if dated is not None
                                    else np.count_nonzero(~np.isnat(readings.date))):
            problems.add(multi)
        for p, _ in campaigns:
            problems.add(p)
    for p, _, _ in isolated:
        problems.add(p)
    return readings, problems.close(), type_id


def _entity_key(numbers: np.ndarray) -> np.ndarray:
    """Per distinct entity as written (``eidx`` indexes it), its resolved entity as a
    number (``numbers``: the resolved codes numbered, -1 where unresolved): "01001",
    "1001" and the commune's name one (#19.1); an unresolved text apart from every other
    (a negative number of its own)."""
    return np.where(numbers >= 0, numbers, -1 - np.arange(len(numbers)))


class _PairKeys:
    """The entity × platform pair of readings as one int64, ``ent * P + platform`` (``P``
    the number of platforms): the key of the duplicates (:class:`_LongKey`), of the
    replaced readings (:func:`_replaced_readings`), of trend's cuts
    (:func:`_reading_waves`) and of the entities read on both sides of a campaign across
    31 December (:func:`_campaigns`, its resolved entities only), all four one rule.

    ``ent_key``: per entity as written its resolved entity (:func:`_entity_key`), shifted
    here to start at 0 (``ent``: its unresolved ones are negative); ``eidx``, ``platform``:
    per reading its entity as written and its platform; ``order``: the platforms' codes
    renumbered (None: as they are). Calling it gives the pairs of the readings ``rows``
    (all by default): only those asked for are made."""

    def __init__(self, ent_key: np.ndarray, eidx: np.ndarray, platform: np.ndarray,
                 order: np.ndarray | None = None) -> None:
        #: per entity as written, its resolved entity from 0 (int64: no overflow below)
        self.ent = (ent_key - ent_key.min(initial=0)).astype(np.int64)
        self.eidx, self.platform, self.order = eidx, platform, order
        #: the pairs are below it
        self.bound = (int(self.ent.max(initial=0)) + 1) * len(PLATFORM_IDS)

    def __call__(self, rows=slice(None)) -> np.ndarray:
        plat = self.platform[rows]
        return (self.ent[self.eidx[rows]] * len(PLATFORM_IDS)
                + (plat if self.order is None else self.order[plat]))


def _platform_order(platform: np.ndarray) -> np.ndarray | None:
    """The platforms' codes renumbered in order of first appearance (for :class:`_PairKeys`'
    ``order``), None when they appear in the order of their codes already: a file sorted by
    entity then platform, whatever the platforms' order, gives increasing pairs."""
    seen = _first_seen(platform)
    order = np.zeros(len(PLATFORM_IDS), dtype=np.int8)  # a small copy per reading
    order[seen] = np.arange(len(seen))
    return None if (order[seen] == seen).all() else order


def _undated(readings: Readings, wave: _Wave, problems: _Problems) -> None:
    """Say the answers without a date or a year (``no-date``) of a file whose date (or
    year) columns are left blank (a template filled without a date: its Mode d'emploi says
    the date need not be repeated): without any date (nor ``--date``) there is no wave's
    date to give them, and its figures have no year (compare's « Année » empty, the
    report's « Période des données : – »; both say so, :func:`~barometre.render.views.
    undated_notes`). Only when the file has no date at all: elsewhere the wave's date dated
    them (``wave-date``), but a reading whose date was an error (said by its own error).
    A file without a date column is not said here: it states no date by design (compare
    and the report still say the year is not stated)."""
    dated = readings.dated
    if dated is not None and not dated.counts()[np.isnat(dated.table)].any():
        return  # every reading dated (counted once already): no mask of millions
    known, _ = readings.year_coded
    undated = (known == 0) & (readings.present >= 0)  # a blank not answered has no date
    if not undated.any() or wave() is not None:
        return
    problems.add(no_date_problem(readings.source_row[undated], int(undated.sum())))


def _campaigns(readings: Readings) -> list[tuple[Problem, int]]:
    """The warnings of the runs of reading dates that cross 31 December
    (:func:`~.rules.crossing_runs`), each with its number of readings; only a run whose
    two sides read different entities on each platform: the same entity read on both
    sides is a series of readings (every month), not one campaign. On the distinct
    dates; the readings of a run's sides found by one pass over the date codes."""
    dated = readings.dated
    if dated is not None:  # the dates as codes: their distinct dates, those read
        table = dated.table
        used = table[(dated.counts() > 0) & ~np.isnat(table)]
    else:
        dates = readings.date
        used = dates[~np.isnat(dates)]
    runs = crossing_runs(np.unique(used))
    if not runs:
        return []
    entity = readings.numbered_codes()[0]  # resolved entities (two spellings: one)
    pairs = _PairKeys(_entity_key(entity), readings.eidx, readings.platform)
    out = []
    for first, last in runs:
        cut = year_end(first)
        sides = []
        for lo, hi in ((first, cut), (cut, last + np.timedelta64(1, "s"))):
            if dated is not None:  # the readings whose date code is of this side
                pos = _spread(dated.codes, [], flags=(table >= lo) & (table < hi))[1]
            else:
                pos = np.flatnonzero((dates >= lo) & (dates < hi))
            ent = entity[readings.eidx[pos]]
            known = ent >= 0  # an entity not found is no one's: never the same as another
            sides.append((pos, ent[known], np.unique(pairs(pos)[known])))
        (early, e_ent, e_key), (late, l_ent, l_key) = sides
        if np.intersect1d(e_key, l_key).size:
            continue  # an entity read on both sides, on one platform: a series
        out.append((campaign_problem(first, last, readings.source_row[early],
                                     (len(early), np.unique(e_ent).size),
                                     (len(late), np.unique(l_ent).size)),
                    len(early) + len(late)))
    return out


def _isolated_dates(readings: Readings) -> list[tuple[Problem, np.datetime64, np.datetime64]]:
    """The warnings of readings dated apart from all the others (``date-isolated``), each
    with its run's first and last dates: a run of reading dates (:func:`~.rules.date_runs`,
    more than ``WAVE_GAP_DAYS`` days from any other reading) holding at most a twentieth of
    the readings of the file's largest wave. « 09/11/2016 » typed for 09/11/2026,
    « 11/02/2026 » for 02/11/2026: no error (a real date, not in the future), but the
    reading counts for its own year and makes a wave of its own in ``trend`` and
    ``changes``; only the surveyor knows whether it was meant.

    Against a wave, not a run: a monthly file's run of many months is many waves (each
    month reads its pairs again, :func:`~.rules.rereading_cuts`), and a month read after a
    skipped one is one of them, no typo. Runs of comparable size (two yearly waves, a
    campaign read again) are not said. On the distinct dates; the waves cut only when a
    small run is found (never on the usual file)."""
    cut = _DayRuns(readings.dated if readings.dated is not None else readings.date)
    runs = cut.runs
    if len(runs) < 2:
        return []
    per_day = cut.day_counts()
    sizes = [int(per_day[r].sum()) for r in runs]
    small = [k for k, n in enumerate(sizes) if n * 20 <= max(sizes)]
    if not small:
        return []
    big = [k for k in range(len(runs)) if k not in small]
    ent_key = _entity_key(readings.numbered_codes()[0])
    wave_of_day, n_waves = cut.waves(_PairKeys(ent_key, readings.eidx, readings.platform),
                                     which=big)
    in_big = np.zeros(len(cut.days), dtype=bool)
    for k in big:
        in_big[runs[k]] = True
    wave_sizes = np.bincount(wave_of_day[in_big], weights=per_day[in_big], minlength=n_waves)
    largest = int(wave_sizes.max(initial=0))
    day = None  # per reading the rank of its date (-1: none), made for the first run said
    out = []
    for k in small:
        if sizes[k] * 20 > largest:
            continue
        if day is None:
            day = cut.spread(np.arange(len(cut.days)), -1)
        r = runs[k]
        pos = np.flatnonzero((day >= r.start) & (day < r.stop))
        lo, hi = cut.days[r.start], cut.days[r.stop - 1]
        out.append((isolated_problem(lo, hi, readings.source_row[pos], len(pos),
                                     int(sum(sizes))), lo, hi))
    return out


def _day(d: np.datetime64) -> dt.date:
    return np.datetime64(d, "D").item()


def _true_cell(v: object) -> bool:
    """A cell of a saved ``followers_rounded`` column that says true (True, "True", 1)."""
    if v is None or isinstance(v, float) and v != v:
        return False
    return v is True or str(v).strip().lower() in ("true", "1", "vrai", "oui", "yes")


def _rounded(masks: list[np.ndarray | None], sizes: list[int]) -> np.ndarray | None:
    """The blocks' masks of counts read from an abbreviated number, put together (a
    block with none: None); None when no block has one."""
    if all(m is None for m in masks):
        return None
    return np.concatenate([np.zeros(n, dtype=bool) if m is None else m
                           for m, n in zip(masks, sizes)])


def _no_answer(named: list, n_rows: int, pieces: list, problems: _Problems) -> None:
    """Say, as an error (``no-answer``), that no row holds a firm answer on any platform (the
    blocks of :func:`_read_block`, ``pieces``: no presence read yes or no, which a count
    above 0 or an account beside a blank presence also give): there is nothing to count.
    Every presence left blank would otherwise read as "not answered" everywhere, or as "no"
    on every platform read (none): a template left unfilled published "au moins un réseau
    0 % (0/101), exhaustif", a template pre-filled with counts of 0 "aucun chiffre". What
    the columns hold instead is said, never called empty: answers marked with a doubt
    (« Oui ? », not answered), cells that say nobody answered (« NR », « N/A ») and counts
    of 0 beside a blank presence (no account's count).
    Under ``--blank absent`` too: it says what a blank means where the surveyor filled a
    column, and no column was (a template left unfilled is no census of 0 %). Not said either when the file already has errors (a row with an error is not read: its
    answers are not these), nor without a row (another error says so)."""
    if not n_rows or any(p.severity == "error" for p in problems) or (
            problems.dropped_by_severity.get("error")):
        return
    # a wide file's platform by its first column (presence, else count, else account: as
    # empty-platform-column); a long file's columns of answers, each once
    headers: list[str] = []
    for platform, cols in named:
        found = [c for c in (cols.get(r) for r in ("present", "followers", "account"))
                 if c is not None]
        headers += [c.header for c in (found[:1] if platform is not None else found)]
    headers = list(dict.fromkeys(headers))
    lines = {"n": Count(n_rows), "s": "" if n_rows == 1 else "s"}
    doubtful = sum(int((p[2] == -2).sum()) for p in pieces)
    unanswered = sum(int((p[2] == -3).sum()) for p in pieces)
    zeros = sum(int(((p[3] == 0) & (p[2] == -1)).sum()) for p in pieces)
    held = [Msg(code, k=Count(k), ks="" if k == 1 else "s")
            for code, k in (("no-answer-doubtful", doubtful),
                            ("no-answer-not-given", unanswered),
                            ("no-answer-zeros", zeros)) if k]
    if held and headers:  # the columns hold something, no firm answer: not "empty"
        columns = (Msg("no-answer-columns-held", names=", ".join(headers), held=held, **lines)
                   if len(headers) > 1 else
                   Msg("no-answer-column-held", name=headers[0], held=held, **lines))
    else:
        columns = (Msg("no-answer-columns", names=", ".join(headers), **lines)
                   if len(headers) > 1
                   else Msg("no-answer-column", name=headers[0], **lines) if headers
                   else Msg("no-answer-no-column", **lines))  # a long file of codes, platforms
    problems.add(Problem.said(Msg("no-answer", where=Msg("no-answer-in-file"), columns=columns),
                              severity="error", code="no-answer", count=n_rows))


def _says_something(piece: list) -> bool:
    """Whether a block of :func:`_read_block` holds an answer (a doubtful one too: the
    platform was surveyed), a count above 0 or an account. A count of 0 beside a blank
    presence is no answer (a template pre-filled with zeros: no account's count)."""
    present, followers, account = piece[2], piece[3], piece[8]
    return bool((present != -1).any() or (followers > 0).any()
                or (account is not None and (account >= 0).any()))


class _CellOf:
    """``cells[i]``: the cell of reading ``i`` in a column, as typed in the file (« 1,2 M »,
    « 112 k », the text a warning quotes), found by its row (``source_row``) and its
    platform's column (``by_platform``, ``{platform id or None: Column}``, None for the one
    column of a long file), looked up when asked: a warning's few readings, the counts read
    from an abbreviated number, never millions. None where the platform has no such column.
    """

    def __init__(self, raw: RawColumns, rownums: np.ndarray, plat: np.ndarray,
                 source_row: np.ndarray, by_platform: dict):
        self._raw, self._rownums, self._plat = raw, rownums, plat
        self._rows, self._by = source_row, by_platform
        self._order: np.ndarray | None = None
        self._sorted: bool | None = None

    def positions(self, readings: np.ndarray) -> np.ndarray:
        """The positions in the file's body of the rows of ``readings`` (the reader's row
        numbers increase; a body taken out of order is looked up all the same)."""
        rows = np.asarray(self._rows)[readings]
        if self._sorted is None:
            self._sorted = bool((np.diff(self._rownums) > 0).all())
            if not self._sorted:
                self._order = np.argsort(self._rownums, kind="stable")
        if self._sorted:
            return np.searchsorted(self._rownums, rows)
        return self._order[np.searchsorted(self._rownums, rows, sorter=self._order)]

    def at(self, i: int, position: int) -> str | None:
        """The cell of reading ``i``, its row at ``position`` (:meth:`positions`)."""
        col = self._by.get(None) or self._by.get(PLATFORM_IDS[int(self._plat[i])])
        return None if col is None else _text(self._raw[col.index].at(int(position)))

    def __getitem__(self, i) -> str | None:
        return self.at(int(i), self.positions(np.array([int(i)]))[0])

    def texts(self, readings: np.ndarray) -> np.ndarray:
        """``[self[i] for i in readings]`` at once (an object array): one take per column,
        each distinct cell of Arrow's made text once. A cell looked up per reading took
        ~3 µs, 0.54 s for the 170,000 counts « 1,2 k » of a file of communes, 0.19 s so (task
        scan26)."""
        out = np.full(len(readings), None, dtype=object)
        if not len(readings):
            return out
        where = self.positions(readings)
        one = self._by.get(None)
        if one:  # a long file's one column (as :meth:`at`)
            groups = [(one, np.arange(len(readings)))]
        else:
            plat = self._plat[readings]
            groups = [(col, np.flatnonzero(plat == PLATFORM_IDS.index(p)))
                      for p, col in self._by.items() if p is not None and col is not None]
        for col, rows in groups:
            if not len(rows):
                continue
            taken = self._raw[col.index].take(where[rows])
            if isinstance(taken, CodedColumn) or taken.is_arrow:
                codes, values = ((taken.codes, taken.values) if isinstance(taken, CodedColumn)
                                 else taken.factorized())
                texts = np.array([_text(v) for v in values] + [""], dtype=object)  # -1: blank
                out[rows] = texts[codes]
            else:  # numbers, or a small file's Python cells
                out[rows] = [_text(v) for v in taken.data]
        return out

    def __len__(self) -> int:
        return len(self._rows)


def _typed_counts(rounded: np.ndarray | None, cells: _CellOf, saved: _CellOf | None
                  ) -> np.ndarray | None:
    """Per reading, the count's cell as typed when it was read from an abbreviated number
    (« 112 k »), None elsewhere; None when no count was (the usual: no array of millions).
    A count marked rounded by a saved frame's ``followers_rounded`` holds the number read
    (« 112000 »), not what was typed: its saved ``followers_typed`` cell (``saved``) when
    there is one, else None (the figures then say ≈ without quoting a cell)."""
    if rounded is None or not rounded.any():
        return None
    out = np.full(len(rounded), None, dtype=object)
    at = np.flatnonzero(rounded)
    typed = cells.texts(at)
    abbreviated: dict[str, bool] = {}  # per distinct text: a column copies « 1,2k » often

    def says(text: str | None) -> bool:
        if text not in abbreviated:
            try:
                abbreviated[text] = (bool(text)
                                     and read_count(text)[1] == "count-abbreviated")
            except CellError:
                abbreviated[text] = False
        return abbreviated[text]

    ok = np.fromiter(map(says, typed.tolist()), dtype=bool, count=len(at))
    out[at[ok]] = typed[ok]
    if saved is not None and not ok.all():  # a saved frame's number: its saved cell, if any
        rest = at[~ok]
        out[rest] = [t or None for t in saved.texts(rest).tolist()]
    return out


class _Lazy:
    """``values[index[i]]`` computed when asked: problems look at a few readings only, and
    an object array of millions of references costs memory and time (#19)."""

    def __init__(self, values, index: np.ndarray):
        self._values, self._index = values, index

    def __getitem__(self, i):
        return self._values[self._index[i]]

    def __len__(self) -> int:
        return len(self._index)


class _DateCodes:
    """The dates of the readings as codes into their distinct dates (#19): per reading the
    code of its date cell (-1: a blank cell, the last slot of ``dates``), the distinct
    dates (NaT where none) and their years (NaN where none). What the counting needs, the
    year codes, is derived per distinct date; the per-reading datetime64 and float years
    (56 MB on 3.5 M readings) are spread only when asked (:meth:`dates`, :meth:`years`).
    ``codes`` may be the raw column's own: kept read-only, never compacted in place."""

    def __init__(self, codes: np.ndarray, dates: np.ndarray, years: np.ndarray) -> None:
        codes = codes.view()
        codes.flags.writeable = False
        self.codes, self.table, self.table_years = codes, dates, years
        self._counts = None

    def __len__(self) -> int:
        return len(self.codes)

    def take(self, rows: np.ndarray) -> "_DateCodes":
        return _DateCodes(self.codes[rows], self.table, self.table_years)

    def dates(self) -> np.ndarray:
        return _spread(self.codes, [self.table])[0][0]

    def years(self) -> np.ndarray:
        return _spread(self.codes, [self.table_years])[0][0]

    def counts(self) -> np.ndarray:
        """The number of readings of each distinct date (the last: blank cells, -1)."""
        if self._counts is None:
            n, codes = len(self.table), self.codes

            def part(lo: int, hi: int) -> np.ndarray:  # bincount casts to intp: slices
                counts = np.zeros(n, dtype=np.int64)
                for start in range(lo, hi, STEP):
                    at = codes[start:min(start + STEP, hi)]
                    if at.min(initial=0) < 0:  # blank cells: the last slot
                        at = np.where(at < 0, n - 1, at)
                    counts += np.bincount(at, minlength=n)
                return counts

            self._counts = sum(parts(len(codes), STEP, part))  # the parts between the cores
        return self._counts

    def unfilled(self, keep: np.ndarray) -> np.ndarray | None:
        """:func:`fill_wave_date`'s readings without date (nor year, the date's) among
        ``keep``, None when there is none (no reading's date is NaT: no mask)."""
        nat = np.isnat(self.table)
        if not self.counts()[nat].any():  # counted once: the year codes count on them
            return None
        missing = np.empty(len(self.codes), dtype=bool)

        def part(lo: int, hi: int) -> None:
            for start in range(lo, hi, STEP):
                end = min(start + STEP, hi)
                out = missing[start:end]
                np.take(nat, self.codes[start:end], out=out, mode="wrap")
                out &= keep[start:end]

        parts(len(missing), STEP, part)
        return missing if missing.any() else None

    def year_codes(self) -> tuple[np.ndarray, np.ndarray]:
        """``analysis.grouping.year_codes(self.years())``, from the distinct dates that
        readings hold: the same codes and values, one take per reading."""
        used = np.flatnonzero(self.counts())
        codes_used, values = year_codes(self.table_years[used])
        table_codes = np.zeros(len(self.table), dtype=codes_used.dtype)
        table_codes[used] = codes_used
        return _spread(self.codes, [table_codes])[0][0], values

    def in_order(self) -> np.ndarray | None:
        """The codes the readings hold (-1 first), when their dates increase with them
        (a file in date order numbers its dates so): a key of entity, platform and date
        may then take the code for the date (same order, same equality), None otherwise."""
        counts = self.counts()
        used = np.flatnonzero(counts[:-1])
        if counts[-1]:  # blank cells: -1, the smallest code
            used = np.r_[len(self.table) - 1, used]
        values = self.table.view("int64")[used]
        if not (values[1:] > values[:-1]).all():
            return None
        if counts[-1]:
            used[0] = -1
        return used

    def year_counts(self) -> dict[int, int]:
        """The readings per known year (:func:`~.rules.years_problem`'s count)."""
        counts = self.counts()
        out: dict[int, int] = {}
        for y, n in zip(self.table_years.tolist(), counts.tolist()):
            if n and y == y:
                out[int(y)] = out.get(int(y), 0) + n
        return out


@dataclass
class Readings:
    """The readings of a survey file on integer codes, before any pandas frame (#19.2).

    Per reading: ``eidx`` (index of its entity in ``code``/``name``/``population``, one
    item per distinct entity), ``platform`` (index into :data:`PLATFORM_IDS`), ``present``
    (1 yes, 0 no, -1 not answered), ``followers`` (NaN when none), ``account`` (index into
    ``accounts``, -1 when none; None when no reading has one: no array of millions of -1), ``date`` (NaT when none), ``year`` (NaN when none) and
    ``source_row`` (the reader's row numbers, int32 below 2**31 rows: no int64 copy of
    millions, #19); ``rounded`` (true: the count was read from an abbreviated number,
    "184,8k", a rounded value; None when no reading's was: no array of millions of False);
    ``questioned`` (true: the reader questioned the count, ``count-above-population``,
    ``count-implausible-population`` or ``count-outlier``; None when none was). A file's one date column read on every reading is held as codes into
    its distinct dates (``dated``, :class:`_DateCodes`): ``date`` and ``year`` are then
    spread over the readings only when read. :meth:`frame` builds the tidy frame; ``validate`` never needs it.
    """

    code: np.ndarray
    name: np.ndarray
    population: np.ndarray
    collectivity_type: str
    eidx: np.ndarray
    platform: np.ndarray
    present: np.ndarray
    followers: np.ndarray
    account: np.ndarray | None
    accounts: np.ndarray
    date: np.ndarray
    year: np.ndarray
    source_row: np.ndarray
    #: ``factorize_objects(code)``, made once (the duplicates' key, then :meth:`coded`), or
    #: the same numbers given by the resolution (``_Resolved.numbered_codes``)
    code_numbers: tuple | None = field(default=None, repr=False, compare=False)
    #: ``analysis.grouping.year_codes(year)`` once the readings are final (per reading:
    #: :meth:`take` and :meth:`without` drop it)
    year_coded: tuple | None = field(default=None, repr=False, compare=False)
    #: the dates as codes (:class:`_DateCodes`, given as ``date``, ``year`` None): ``date``
    #: and ``year`` are then spread the first time they are asked for (:meth:`__getattr__`)
    dated: _DateCodes | None = field(default=None, init=False, repr=False, compare=False)
    #: per reading, true when its count was read from an abbreviated number ("184,8k");
    #: None when none was (the usual)
    rounded: np.ndarray | None = field(default=None, repr=False, compare=False)
    #: per reading, the cell of a count read from an abbreviated number as typed (« 112 k »),
    #: None elsewhere; None when no count has one (the usual)
    typed: np.ndarray | None = field(default=None, repr=False, compare=False)
    #: per reading, true when the reader questioned its count (``count-above-population``,
    #: ``count-implausible-population``, ``count-outlier``); None when none was (the usual)
    questioned: np.ndarray | None = field(default=None, repr=False, compare=False)
    #: what the readings left out for an error (``errors="skip"``) take from the figures:
    #: per (platform id, year, None when unknown) the codes of the entities without a
    #: reading kept, None for one named unreadably (:func:`_skipped_counts`); empty when
    #: none was
    skipped: dict = field(default_factory=dict, repr=False, compare=False)
    #: the counts beside a doubtful answer (« Oui ? » beside « 33 000 »: not answered, the
    #: count not ranked), each with its presence cell as typed: ``{(platform code, source
    #: row): "Oui ?"}``; empty when there is none (the usual)
    doubtful: dict = field(default_factory=dict, repr=False, compare=False)

    _PER_READING = ("eidx", "platform", "present", "followers", "account", "date", "year",
                    "source_row", "rounded", "typed", "questioned")

    def __post_init__(self) -> None:
        if isinstance(self.date, _DateCodes):
            self.dated = self.date
            del self.date, self.year  # asked for: __getattr__

    def __getattr__(self, name: str):
        """``date`` and ``year`` of readings whose dates are codes, spread once asked."""
        dated = self.__dict__.get("dated")
        if name not in ("date", "year") or dated is None:
            raise AttributeError(name)
        self.date, self.year = dated.dates(), dated.years()
        return self.__dict__[name]

    def _per_reading(self) -> list[str]:
        """The per-reading arrays held (the dates as codes: not ``date`` nor ``year``)."""
        spread = self.dated is None or "date" in self.__dict__
        return [k for k in self._PER_READING
                if (spread or k not in ("date", "year")) and getattr(self, k) is not None]

    def __len__(self) -> int:
        return len(self.eidx)

    def take(self, rows: np.ndarray) -> "Readings":
        """The readings at ``rows`` (positions or a boolean mask), in that order."""
        names = self._per_reading()
        dates = {} if "date" in names else {"date": self.dated.take(rows), "year": None}
        return replace(self, year_coded=None, **dates,
                       **{k: getattr(self, k)[rows] for k in names})

    def without(self, drop: np.ndarray) -> "Readings":
        """The readings not in ``drop`` (a boolean mask), in their order; the arrays may be
        compacted in place (see :func:`_drop_rows`): these readings are not to be used
        again."""
        names = self._per_reading()
        kept = _drop_rows([getattr(self, k) for k in names], drop)
        dates = {} if "date" in names else {"date": self.dated.take(~drop), "year": None}
        return replace(self, year_coded=None, **dates, **dict(zip(names, kept)))

    def numbered_codes(self) -> tuple[np.ndarray, np.ndarray]:
        """The entities' resolved codes numbered (-1: None), and the distinct codes."""
        if self.code_numbers is None:
            self.code_numbers = factorize_objects(self.code)
        return self.code_numbers

    def coded(self, attrs: dict | None = None) -> CodedSurvey:
        """The readings as :class:`~barometre.domain.coded.CodedSurvey`: what ``compare``
        counts, without the frame. Entities are numbered by resolved code (two spellings of
        one commune are one entity)."""
        key, codes = self.numbered_codes()  # the distinct resolved codes (None: -1)
        # int32 (as the frame's codes, grouping.as_int32): half the fresh memory of intp
        entity = key.astype(np.int32)[self.eidx]
        population = np.full(len(codes), np.nan)
        ok = key >= 0
        population[key[ok]] = self.population[ok]  # one code, one entity: one population
        survey = CodedSurvey(
            entity=entity, codes=np.asarray(codes, dtype=object),
            population=lambda: population[entity],
            # int8 as read: the counting takes any integer codes (no 28 MB int64 copy)
            platform=self.platform, platform_ids=np.array(PLATFORM_IDS, dtype=object),
            present=self.present, year=None, date=None,
            source_row=self.source_row, collectivity_type=self.collectivity_type,
            attrs=dict(attrs or {}), noted=self.noted())
        if self.dated is not None and "date" not in self.__dict__:  # spread when asked
            dated = self.dated  # only it kept (not the readings' other arrays)
            survey.later(year=dated.years, date=lambda: dated.dates().view("int64"))
        else:
            survey.year, survey.date = self.year, self.date.view("int64")
        if self.year_coded is not None:  # what the counting would derive from ``year``
            survey.derived["years"] = self.year_coded
        return survey

    def noted(self) -> np.ndarray | None:
        """The readings without an answer that hold a count or an account (a bool per
        reading), None when none does: the frame's ``present`` NA beside a ``followers`` or
        an ``account`` (:func:`barometre.analysis.survey.said_rows`). Only the unanswered
        readings are looked at."""
        rows = np.flatnonzero(self.present < 0)
        held = ~np.isnan(self.followers[rows])
        if self.account is not None:
            held |= self.account[rows] >= 0
        if not held.any():
            return None
        out = np.zeros(len(self.present), dtype=bool)
        out[rows[held]] = True
        return out

    def frame(self) -> pd.DataFrame:
        """The tidy frame (``SURVEY_COLUMNS``): text columns are Arrow-backed strings
        taken from the distinct values, never one Python object per row."""
        import pandas as pd

        n = len(self)
        present = self.present
        pres = pd.arrays.BooleanArray(present > 0, present < 0)
        return pd.DataFrame({
            "code": _text_column(self.code, self.eidx),
            "name": _text_column(self.name, self.eidx),
            "collectivity_type": _text_column(np.array([self.collectivity_type], dtype=object),
                                              np.zeros(n, dtype=np.int64)),
            "platform": _text_column(np.array(PLATFORM_IDS, dtype=object), self.platform),
            "present": pres,
            "followers": _int_column(self.followers),
            "account": _text_column(self.accounts, np.full(n, -1, dtype=np.int32)
                                    if self.account is None else self.account),
            "date": pd.Series(self.date.astype("datetime64[s]"), copy=False),
            "year": _int_column(self.year),
            "population": _int_column(self.population, self.eidx),
            "source_row": self.source_row.astype("int64"),
            "followers_rounded": (np.zeros(n, dtype=bool) if self.rounded is None
                                  else self.rounded & ~np.isnan(self.followers)),
            "followers_questioned": (np.zeros(n, dtype=bool) if self.questioned is None
                                     else self.questioned.copy()),
            "followers_typed": _typed_column(self.typed, n, self.followers)},
            copy=False)


#: Platform ids in the order of their integer codes in :class:`Readings`.
PLATFORM_IDS: tuple[str, ...] = tuple(PLATFORMS)
_PLATFORM_CODE = {p: i for i, p in enumerate(PLATFORM_IDS)}


def _text_column(values: np.ndarray, index: np.ndarray) -> pd.Series:
    """``values[index]`` as text (missing where the value is None or the index is -1).

    Arrow takes the distinct values by index in C++; pandas (3 and later) holds the result
    as its default ``str`` dtype. Older pandas get object columns.
    """
    import pyarrow as pa

    index = np.asarray(index)
    taken = pa.array(values, type=pa.large_string()).take(  # pandas' own Arrow type
        pa.array(index, mask=index < 0) if (index < 0).any() else pa.array(index))
    return _arrow_text_column(taken)


def _typed_column(typed: np.ndarray | None, n: int, followers: np.ndarray) -> pd.Series:
    """The frame's ``followers_typed``: the cell of each count read from an abbreviated
    number as typed, missing elsewhere (a column of nulls, no index of millions, when no
    count was abbreviated)."""
    import pyarrow as pa

    if typed is None:
        return _arrow_text_column(pa.nulls(n, pa.large_string()))
    kept = np.where(np.isnan(followers), None, typed)  # a count dropped: no cell of it
    return _arrow_text_column(pa.array(kept, type=pa.large_string()))


def _arrow_text_column(arr) -> pd.Series:
    """Arrow text as the frame's text column (:func:`_text_column`'s dtype)."""
    import pandas as pd

    try:
        dtype = pd.StringDtype("pyarrow", na_value=np.nan)
        return pd.Series(pd.arrays.ArrowStringArray(arr, dtype=dtype), copy=False)
    except TypeError:  # pragma: no cover - pandas < 3
        return pd.Series(np.asarray(arr.to_pylist(), dtype=object), dtype=object)


def _int_column(values: np.ndarray, index: np.ndarray | None = None
                ) -> pd.arrays.IntegerArray:
    """Floats (NaN when missing) as a nullable Int64 array, without a detour by Float64;
    with ``index``, ``values[index]``: converted per distinct value, then spread (one array
    of millions of fresh integers, not a float copy first)."""
    import pandas as pd

    missing = np.isnan(values)
    with np.errstate(invalid="ignore"):  # NaN cast to int: masked out
        ints = values.astype(np.int64)
    if index is not None:
        ints, missing = ints[index], missing[index]
    return pd.arrays.IntegerArray(ints, missing)


def _accounts(codes: list[np.ndarray | None], tables: list[np.ndarray], sizes: list[int]
              ) -> tuple[np.ndarray | None, np.ndarray]:
    """The account codes of every block into one table (each block numbers its own; a
    block without any account has None, as the result when no block has one)."""
    if all(c is None for c in codes):
        return None, (np.concatenate(tables) if tables else np.zeros(0, dtype=object))
    if len(codes) == 1:  # one block: its own numbering
        return codes[0].astype(np.int32, copy=False), tables[0]
    offset, out = 0, []
    for c, t, n in zip(codes, tables, sizes):
        out.append(np.full(n, -1, dtype=np.int32) if c is None
                   else np.where(c >= 0, c + offset, -1).astype(np.int32))
        offset += len(t)
    table = np.concatenate(tables) if tables else np.zeros(0, dtype=object)
    return (np.concatenate(out) if out else np.zeros(0, np.int32)), table


def _drop_rows(arrays: list[np.ndarray], drop: np.ndarray, shared: tuple = ()
               ) -> list[np.ndarray]:
    """``a[~drop]`` for each of ``arrays`` (one item per row).

    A few rows dropped from millions (bad cells, duplicates): each array that is only
    ours (writable, sharing memory with none of the others nor with ``shared``, the
    caller's) has its kept rows moved down over the dropped ones, and the head of it is
    returned (a view). Its pages are already in memory, where a copy would touch fresh
    pages: 150 MB for the eight arrays of 3.5 M readings, ~0.25 s on the benchmark VM.
    The arrays given may therefore be overwritten. Many rows dropped: plain copies.
    """
    gone = np.flatnonzero(drop)
    if len(gone) > 1024:  # a slice assignment per run of kept rows: few runs only
        keep = np.flatnonzero(~drop)
        return [a[keep] for a in arrays]
    n = len(drop)
    runs = list(zip((gone + 1).tolist(), np.append(gone[1:], n).tolist()))
    out = []
    for i, a in enumerate(arrays):
        others = [b for j, b in enumerate(arrays) if j != i] + list(shared)
        if (a.ndim != 1 or not a.flags.writeable
                or any(np.may_share_memory(a, b) for b in others)):
            out.append(np.delete(a, gone))
            continue
        w = int(gone[0]) if len(gone) else n
        for start, end in runs:  # 1-D, moved down: numpy copies forward, no temporary
            a[w:w + end - start] = a[start:end]
            w += end - start
        out.append(a[:w])
    return out


def _drop_long_duplicates(readings: Readings, ent_key: np.ndarray, layout: _Layout,
                          problems: _Problems, dated_by_wave: tuple | None = None,
                          gone: list | None = None,
                          own_dated: set[int] | frozenset[int] = frozenset()) -> Readings:
    """Long files: readings that repeat an entity × platform × date are errors, dropped.

    ``ent_key`` numbers the resolved entities (not the texts that name them), one item
    per distinct entity (``readings.eidx`` indexes it). ``dated_by_wave`` holds the rows
    without a date that took one (their platform's, the wave's): a repeat among them says so,
    and which date: ``own_dated``, the platforms (codes) whose undated readings took their
    own readings' date, not the wave's.
    The readings' arrays may be compacted in place (they are the reader's own). The
    readings dropped are added to ``gone`` (:func:`_skipped_counts`).
    """
    key = _LongKey(readings, ent_key, any(c.role == "year" for c in layout.columns))
    # a file sorted by entity, platform and date gives an increasing key: nothing repeats
    if key.increasing():
        return readings
    dup = _repeated(*key.with_runs())
    if not len(dup):
        return readings
    sub = readings.take(dup)  # positions, in order: a few readings
    undated = (np.isin(sub.source_row, dated_by_wave) if dated_by_wave is not None
               else np.zeros(len(sub), dtype=bool))  # one reading per row: rows are readings
    check_long_duplicates({
        "code": ent_key[sub.eidx], "name": readings.name[sub.eidx],
        "insee": readings.code[sub.eidx],
        "platform": np.array(PLATFORM_IDS, dtype=object)[sub.platform],
        "present": sub.present, "followers": sub.followers, "date": sub.date,
        "year": sub.year, "source_row": sub.source_row, "undated": undated,
        "own_date": np.isin(sub.platform, list(own_dated))}, layout, problems)
    drop = np.zeros(len(readings), dtype=bool)
    drop[dup] = True
    if gone is not None:
        gone.append((sub.eidx, sub.platform, sub.year, None))
    return readings.without(drop)  # every repeated reading is an error, dropped


class _DayRuns:
    """The distinct dates of some readings in runs, and those runs cut into waves: trend's
    rule (:func:`barometre.analysis.waves.assign_waves`), shared by the reader's re-reading
    cut (:func:`_replaced_readings`) and its waves (:func:`_reading_waves`).

    ``dates``: per reading, datetime64 or :class:`_DateCodes`. ``days``: the dates read (no
    NaT), in increasing order; ``runs``: their runs (:func:`~.rules.date_runs`), slices of
    ``days``. Per reading values are spread from the codes of its date (no datetime64 of
    millions is made from codes)."""

    def __init__(self, dates) -> None:
        if isinstance(dates, _DateCodes):  # -1: a blank cell, the last slot (NaT)
            self.coded = dates
            self.codes, self.table = dates.codes, dates.table
            self.dated = (dates.counts() > 0) & ~np.isnat(self.table)
        else:  # each distinct date read by some reading
            self.coded = None
            self.codes, table = first_appearance(np.asarray(dates).view("int64"))
            self.table = np.asarray(table, dtype=np.int64).view("datetime64[s]")
            self.dated = ~np.isnat(self.table)
        # one day per date, not per code: a date written two ways (« 15/10/2024 » and
        # « 2024-10-15 », two distinct cells) is one day, its readings counted together
        self.days = np.unique(self.table[self.dated])
        self.runs = date_runs(self.days)
        self._rank = np.searchsorted(self.days, self.table[self.dated])  # of each dated code

    def undated(self) -> bool:
        """Whether some reading has no date."""
        nat = np.isnat(self.table)
        return bool(self.coded.counts()[nat].any() if self.coded is not None else nat.any())

    def day_counts(self) -> np.ndarray:
        """The number of readings of each of ``days``: a date of two codes (« 15/10/2024 »
        and « 2024-10-15 ») counted once, its codes' readings together (trend counts the
        dates read, not their writing)."""
        counts = (self.coded.counts() if self.coded is not None
                  else np.bincount(self.codes, minlength=len(self.table)))
        per_day = np.zeros(len(self.days), dtype=np.int64)
        np.add.at(per_day, self._rank, counts[self.dated])
        return per_day

    def spread(self, of_day: np.ndarray, none) -> np.ndarray:
        """Per reading the value of its date in ``of_day`` (one per day), ``none`` for a
        reading without date."""
        of_code = np.full(len(self.table) + 1, none, dtype=of_day.dtype)  # +1: code -1
        of_code[:-1][self.dated] = of_day[self._rank]
        return _spread(self.codes, [of_code])[0][0]

    def waves(self, pairs_of: Callable[[np.ndarray], np.ndarray],
              which: list[int] | None = None) -> tuple[np.ndarray, int]:
        """Per day its wave (numbered 0, 1… through the runs, oldest first), and the number
        of waves: a run of one date is one wave, a run of several cut where a second
        reading of its pairs begins (:func:`~.rules.rereading_cuts`; ``pairs_of(rows)``,
        the entity × platform pair of the readings at positions ``rows``, ``slice(None)``
        when the run holds every reading). ``which``: the runs to cut (positions in
        ``runs``), the others left one wave each; None, every one."""
        wave_of_day = np.zeros(len(self.days), dtype=np.int64)
        n_waves = 0
        day = None  # per reading the rank of its date (-1: none), made for a run to cut
        for k, r in enumerate(self.runs):
            if r.stop - r.start < 2 or (which is not None and k not in which):
                wave_of_day[r] = n_waves
                n_waves += 1
                continue
            if day is None:
                day = self.spread(np.arange(len(self.days)), -1)
            inside = np.flatnonzero((day >= r.start) & (day < r.stop))
            if len(inside) == len(day):  # every reading (a monthly file's one run): no copy
                inside = slice(None)
            for part in rereading_cuts(day[inside] - r.start, pairs_of(inside),
                                       r.stop - r.start):
                wave_of_day[r.start + np.asarray(part, dtype=np.intp)] = n_waves
                n_waves += 1
        return wave_of_day, n_waves


#: the answers said by ``reading-replaced`` (present: 1, 0, -1)
_ANSWER_WORDS = {1: Words("Oui", "yes"), 0: Words("Non", "no"),
                 -1: Words("non renseigné", "not answered")}


def _replaced_readings(readings: Readings, ent_key: np.ndarray, problems: _Problems) -> None:
    """Long files: the readings that a later reading of the same entity and platform replaces
    within one wave (trend's and changes' rule: :func:`~barometre.analysis.waves._date_runs`,
    the latest answered reading of a wave counts) with another answer (« Oui » on 15/10,
    « Non » on 17/10; « NR » then « Oui »): one warning (``reading-replaced``), its count,
    each pair said (entity, platform, both answers, rows and dates) and both rows of each.
    « Oui » twice with another follower count, or a count the reading kept leaves blank
    (41 000 on 15/10, 14 500 or no count on 17/10): the earlier count is not used, said
    alike (``followers-replaced``, the counts a blank one left out counted apart).
    Re-readings that agree stay silent; readings on one date are duplicates (an error,
    already said); a non-answer after the answer kept replaces nothing
    (``unanswered-after-answer``, :mod:`.answered`).

    Cheap where nothing can be replaced: a file whose runs of dates
    (:func:`~.rules.date_runs`) are each one date (a yearly reading on one day) stops at
    its distinct dates; else the entity × platform × run key's repeats are found as the
    duplicates' are, and only the runs holding one are cut into waves; then the entity ×
    platform × wave key's repeats the same way (a monthly series has none), and only
    those readings are sorted."""
    # the dates as codes while the readings hold no per-reading dates (spread when asked)
    cut = _DayRuns(readings.dated if "date" not in readings.__dict__ else readings.date)
    days, runs = cut.days, cut.runs
    if all(r.stop - r.start < 2 for r in runs):
        return  # each run one date: nothing read twice in a wave (same day: duplicates)
    run_of_day = np.zeros(len(days), dtype=np.int64)
    for k, r in enumerate(runs):
        run_of_day[r] = k + 1
    run = cut.spread(run_of_day, 0)  # per reading its run (0: no date)
    # entity × platform of each reading, once: the key of repeats and of trend's cuts (only
    # told apart, never ordered: the platforms numbered in order of appearance, so that a
    # file sorted by entity and platform, whatever the platforms' order, gives increasing
    # pairs, as the duplicates' key)
    pair_keys = _PairKeys(ent_key, readings.eidx, readings.platform,
                          _platform_order(readings.platform))
    pairs = pair_keys()
    key = pairs * (len(runs) + 1) + run
    again = _repeated(key, np.flatnonzero(key[1:] <= key[:-1]) + 1,
                      pair_keys.bound * (len(runs) + 1))
    again = again[run[again] > 0]
    if not len(again):
        return
    # the runs holding a repeat cut into waves by trend's rule (the others, whose readings
    # are not among the repeats, left whole): per distinct date its wave. The runs found
    # by counting (every reading of a monthly file repeats: no hashing of millions)
    held = np.bincount(run if len(again) == len(run) else run[again], minlength=len(runs) + 1)
    wave_of_day, n_waves = cut.waves(lambda rows: pairs[rows],
                                     np.flatnonzero(held[1:]).tolist())
    # only a pair read twice in one wave can be replaced: the entity × platform × wave
    # key's repeats, found as the run's. A monthly series reads each pair once a wave:
    # none, and a file in entity and platform order needs no sort (3.6 M readings: one
    # comparison each, not a sort on four keys); only the repeats are sorted below
    wave = cut.spread(wave_of_day, -1)  # per reading its wave (those of ``again`` dated)
    pair = pairs
    if len(again) < len(wave):
        wave, pair = wave[again], pairs[again]
    _close_waves_changed(readings, again, wave, pair, wave_of_day, n_waves, days, problems)
    key = pair * n_waves + wave
    twice = _repeated(key, np.flatnonzero(key[1:] <= key[:-1]) + 1, pair_keys.bound * n_waves)
    del key
    if not len(twice):
        return
    again, wave = again[twice], wave[twice]
    sub = readings.take(again)
    when = sub.date
    # the file's pairs (platforms in their codes' order): the order the warning says them in
    pair = _PairKeys(ent_key, readings.eidx, readings.platform)(again)
    order = np.lexsort((sub.source_row, when.view("int64"), wave, pair))
    pair, wave, present = pair[order], wave[order], sub.present[order]
    group = np.r_[True, (pair[1:] != pair[:-1]) | (wave[1:] != wave[:-1])]
    starts = np.flatnonzero(group)
    last = np.r_[starts[1:], len(order)] - 1
    # the reading of each group that counts: its latest answer (a later « NR » hides none:
    # ``unanswered-after-answer`` says those), its latest reading when none answers
    last = latest_answered(present >= 0, last)
    kept = np.repeat(last, np.diff(np.r_[starts, len(order)]))
    earlier = np.arange(len(order)) < kept
    replaced = np.flatnonzero(earlier & (present != present[kept]))
    # « Oui » twice, the count changed or left out by the reading kept (41 000 on 15/10,
    # 14 500 or a blank count on 17/10): the earlier count is not used, said apart
    followers = sub.followers[order]
    changed = np.flatnonzero(earlier & (present == 1) & (present[kept] == 1)
                             & ~np.isnan(followers) & (followers != followers[kept]))
    if not len(replaced) and not len(changed):
        return
    def answer_said(i: int) -> Words:
        return _ANSWER_WORDS[int(present[i])]

    def count_said(i: int) -> Words | Count:
        return (Words("aucun nombre", "no count") if np.isnan(followers[i])
                else Count(int(round(followers[i]))))

    for code, which, said in (("reading-replaced", replaced, answer_said),
                              ("followers-replaced", changed, count_said)):
        if not len(which):
            continue
        params = {}
        if code == "followers-replaced":  # the counts a blank count left out: said so
            dropped = int(np.isnan(followers[kept[which]]).sum())
            params["dropped"] = (Msg("followers-replaced-dropped", n=Count(dropped),
                                     s=plural(dropped))
                                 if dropped else "")
        problems.add(_pairs_problem(
            code, "reading-replaced-pair", sub, order, which, kept[which], said,
            sa=Words("sa", "its") if len(which) == 1 else Words("leur", "their"), **params))


def _pairs_problem(code: str, pair_code: str, sub: Readings, order: np.ndarray,
                   earlier: np.ndarray, later: np.ndarray, said: Callable[[int], Any],
                   **params) -> Problem:
    """``code``: pairs of readings of one entity × platform, each an ``earlier`` reading
    and a ``later`` one (positions in ``sub`` sorted by ``order``), the first
    :data:`FIRST_ROWS` pairs said (``pair_code``: entity, platform, ``said`` of each
    reading, its row and date) and « et N autres », every row of both readings listed;
    ``params``: the sentence's others. The words of ``reading-replaced``,
    ``followers-replaced`` and ``waves-close-changed``."""
    rows, dates = sub.source_row[order], sub.date[order]
    names, codes_ = sub.name[sub.eidx][order], sub.code[sub.eidx][order]
    platforms = sub.platform[order]

    def pair(a: int, b: int) -> Msg:
        return Msg(pair_code, name=names[a], code=codes_[a],
                   platform=PLATFORMS[PLATFORM_IDS[platforms[a]]].words(),
                   old=said(a), old_row=int(rows[a]),
                   old_date=Day.of(dates[a].astype("datetime64[D]").item()),
                   new=said(b), new_row=int(rows[b]),
                   new_date=Day.of(dates[b].astype("datetime64[D]").item()))

    shown = [pair(int(a), int(b)) for a, b in zip(earlier[:FIRST_ROWS], later[:FIRST_ROWS])]
    more = len(earlier) - len(shown)
    return rows_problem(
        code, np.concatenate([rows[earlier], rows[later]]), len(earlier),
        pairs=Words(" ; ".join(m.render("fr") for m in shown),
                    "; ".join(m.render("en") for m in shown)),
        more=Msg("reading-replaced-more", n=Count(more), s=plural_s(more)) if more else "",
        **params)


#: Two waves of one file fewer days apart than this (their first dates) whose readings of
#: a pair answer differently are said (``waves-close-changed``): a week's series is a
#: wave a week, two colleagues' readings pasted into one file are days apart
CLOSE_WAVE_DAYS = 7


def _close_waves_changed(readings: Readings, again: np.ndarray, wave: np.ndarray,
                         pair: np.ndarray, wave_of_day: np.ndarray, n_waves: int,
                         days: np.ndarray, problems: _Problems) -> None:
    """Two consecutive waves of a file fewer than :data:`CLOSE_WAVE_DAYS` days apart in
    which one entity × platform pair gets two different answers (« Oui » on 14/10, « Non »
    on 16/10, each the latest answered reading of its wave): one warning
    (``waves-close-changed``), each pair said with both rows and dates. Each date stays its
    wave (a second reading of most pairs is one, however soon: a check, a weekly series);
    the warning asks whether two readings of one campaign were pasted together, whose
    contradictions ``changes`` and the report's Mouvements would count as arrivals and
    departures (review pub30). ``again``: the readings whose pair repeats within a run of
    dates, ``wave`` and ``pair`` theirs; ``wave_of_day``: per distinct date (``days``) its
    wave, -1 outside the runs cut. A monthly series has no close waves: nothing sorted."""
    if n_waves < 2 or not len(again):
        return
    placed = wave_of_day >= 0
    day = days.astype("datetime64[D]").astype(np.int64)
    first = np.full(n_waves, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first, wave_of_day[placed], day[placed])
    close = np.flatnonzero(first[1:] - first[:-1] < CLOSE_WAVE_DAYS)  # wave w and w + 1
    if not len(close):
        return
    sel = np.flatnonzero(np.isin(wave, np.r_[close, close + 1]))
    if not len(sel):
        return
    sub = readings.take(again[sel])
    w, pr = wave[sel], pair[sel]
    order = np.lexsort((sub.source_row, sub.date.view("int64"), w, pr))
    w, pr, present = w[order], pr[order], sub.present[order]
    starts = np.flatnonzero(np.r_[True, (pr[1:] != pr[:-1]) | (w[1:] != w[:-1])])
    ends = np.r_[starts[1:], len(order)] - 1
    kept = latest_answered(present >= 0, ends)  # each (pair, wave)'s answer that counts
    g_pair, g_wave, answer = pr[starts], w[starts], present[kept]
    is_close = np.zeros(n_waves, dtype=bool)
    is_close[close] = True
    j = np.flatnonzero((g_pair[1:] == g_pair[:-1]) & (g_wave[1:] == g_wave[:-1] + 1)
                       & is_close[g_wave[:-1]] & (answer[:-1] >= 0) & (answer[1:] >= 0)
                       & (answer[1:] != answer[:-1]))
    if not len(j):
        return
    problems.add(_pairs_problem(
        "waves-close-changed", "waves-close-pair", sub, order, kept[j], kept[j + 1],
        lambda i: _ANSWER_WORDS[int(present[i])], days=Count(CLOSE_WAVE_DAYS)))


def _repeated(key: np.ndarray, starts: np.ndarray | None, size: int | None = None
              ) -> np.ndarray:
    """The positions of the items of ``key`` whose value is met more than once, in order.

    ``starts``: where the key stops increasing (the starts of its increasing runs after
    the first; None: unknown). A file nearly in key order (a few readings out of place)
    is a few increasing runs, and a value repeats only across two of them: each pair whose
    ranges overlap is intersected by galloping binary searches (a few steps each; no
    sorted copy of millions of keys: 0.086 -> 0.039 s with the key on the 3.5 M readings
    with 400 bad cells, 13 runs). Many runs, or finely interleaved ones: counted when
    ``size`` (the key's values are from 0 to ``size - 1``) is at most the number of
    items (the counts take no more memory than a sorted copy: the entity × platform × run
    key of a monthly file, 320,000 values for 3.6 M readings, 0.18 -> 0.04 s), else one
    sort.
    """
    if not len(key):
        return np.zeros(0, dtype=np.intp)
    if starts is not None:
        found = _repeated_across_runs(key, starts)
        if found is not None:
            return found
    if size is not None and 0 < size <= len(key):
        counts = np.bincount(key, minlength=size)
        return np.concatenate([np.flatnonzero(counts[key[start:start + STEP]] > 1) + start
                               for start in range(0, len(key), STEP)])
    # the key values met twice, found by one sort (no hash table of millions of keys);
    # a stable sort (timsort) takes a file nearly in key order in one pass
    ordered = np.sort(key, kind="stable")
    twice = ordered[1:][ordered[1:] == ordered[:-1]]
    del ordered
    if not len(twice):
        return np.zeros(0, dtype=np.intp)
    twice = twice[np.r_[True, twice[1:] != twice[:-1]]]  # sorted, each once
    found = []
    for start in range(0, len(key), STEP):  # np.isin, slice by slice (small temporaries)
        part = key[start:start + STEP]
        at = np.searchsorted(twice, part)
        np.minimum(at, len(twice) - 1, out=at)
        found.append(np.flatnonzero(twice[at] == part) + start)
    return np.concatenate(found)


MAX_RUNS = 256  # increasing runs of a key searched pair by pair (else: one sort)
MAXSTEPS = 4096  # binary searches of the pairwise search (else: one sort)


def _repeated_across_runs(key: np.ndarray, starts: np.ndarray, budget: int = MAXSTEPS
                          ) -> np.ndarray | None:
    """:func:`_repeated` on a key made of increasing runs (see there); None when the runs
    are too many, or interleaved too finely (more than ``budget`` binary searches), for
    pairwise searches to pay."""
    if len(starts) >= MAX_RUNS:
        return None
    bounds = np.concatenate([[0], starts, [len(key)]]).astype(np.intp)
    first, last = key[bounds[:-1]], key[bounds[1:] - 1]
    # pairs of runs whose ranges overlap (the earlier run first)
    overlap = np.maximum.outer(first, first) <= np.minimum.outer(last, last)
    found: list[int] = []
    for i, j in np.argwhere(np.triu(overlap, 1)).tolist():
        a, b = key[bounds[i]:bounds[i + 1]], key[bounds[j]:bounds[j + 1]]
        budget = _common(a, b, budget, found, int(bounds[i]), int(bounds[j]))
        if budget < 0:
            return None
    return np.unique(np.array(found, dtype=np.intp))


def _common(a: np.ndarray, b: np.ndarray, budget: int, found: list[int], at_a: int,
            at_b: int) -> int:
    """The values common to two increasing arrays, by galloping: each side jumps by a
    binary search past the other's values, so that blocks of a run that the other leaves
    alone cost one step. Appends their positions (``at_a``, ``at_b``: where ``a`` and ``b``
    start) to ``found``; returns the budget of steps left (negative: spent)."""
    i = j = 0
    while i < len(a) and j < len(b):
        budget -= 1
        if budget < 0:
            return budget
        x, y = a[i], b[j]
        if x == y:
            found += [at_a + i, at_b + j]
            i, j = i + 1, j + 1
        elif x < y:
            i += int(np.searchsorted(a[i:], y))
        else:
            j += int(np.searchsorted(b[j:], x))
    return budget


def _long_key(readings: Readings, ent_key: np.ndarray, year_column: bool) -> np.ndarray:
    """One int64 per reading, equal for two readings when they share entity, platform,
    date and year (a missing date or year equals itself).

    Small integer keys combined into one (no hashing of strings or timestamps), each
    numbered in order of appearance or of value: a file sorted by entity, platform and
    date gives an increasing key. Without a year column the year is the date's, and is
    left out. Built in place: a few passes over the readings, few temporaries.
    """
    return _LongKey(readings, ent_key, year_column).with_runs()[0]


_NAT = np.iinfo(np.int64).min  # NaT as int64: the smallest


class _LongKey:
    """The key of :func:`_long_key`, computable on any run of readings: each part's range
    (entities, the platforms' order, first and last dates and years) is the whole file's."""

    def __init__(self, readings: Readings, ent_key: np.ndarray, year_column: bool) -> None:
        self.readings, self.year_column = readings, year_column
        plat = readings.platform
        #: the key's first part, the entity × platform pair (platforms in order of appearance)
        self.pairs = _PairKeys(ent_key, readings.eidx, plat, _platform_order(plat))
        self.widths = [self.pairs.bound]
        dated = readings.dated if "date" not in readings.__dict__ else None
        #: the dates as codes: each reading's date taken from the distinct ones (int64),
        #: or (None) the codes themselves when they are in the order of their dates
        self._date_table = None
        if dated is not None:
            dates = dated.in_order()
            self._date_table = (dated.codes, None if dates is not None
                                else dated.table.view("int64"))
            if dates is None:  # the range of the distinct dates that readings hold
                dates = dated.table.view("int64")[dated.counts() > 0]
        else:
            dates = readings.date.view("int64")
        self.low, self.high = ((int(dates.min()), int(dates.max())) if len(dates)
                               else (0, 0))  # no reading (np.min raises, as before)
        if self.low == _NAT:  # NaT: 0, the dates from 1
            self.date_from = _first_of(dates, dates != _NAT)
            self.widths.append(1 if self.date_from is None else self.high - self.date_from + 2)
        else:
            self.date_from = None
            self.widths.append(self.high - self.low + 1)
        if year_column:
            year = readings.year
            known = ~np.isnan(year)
            self.year_from = _first_of(year, known)
            self.widths.append(1 if self.year_from is None else
                               int(year.max(where=known, initial=-np.inf)) - self.year_from + 2)
        # the usual case (no year column, every reading dated, nothing renumbered): the key
        # ((entity * P + platform) * W + date - low, the pair then the date) as two look-up
        # tables and a sum, ent_part[entity] + plat_part[platform] + date: 3 passes, not 6
        self._parts = None
        if (not year_column and self.low != _NAT and self._runs()
                and max(abs(self.low), abs(self.high)) < 2 ** 61):
            w_plat, w_date = len(PLATFORM_IDS), self.widths[1]
            pairs = self.pairs
            plat = np.arange(w_plat) if pairs.order is None else pairs.order
            self._parts = (pairs.ent * (w_plat * w_date) - self.low,
                           plat.astype(np.int64) * w_date)

    def of(self, rows: slice = slice(None), out: np.ndarray | None = None) -> np.ndarray:
        """The key of the readings ``rows`` (all by default), written into ``out`` when
        given (as long as ``rows``)."""
        r, widths = self.readings, self.widths
        if self._parts is not None:
            ent_part, plat_part = self._parts
            key = np.take(ent_part, r.eidx[rows], out=out, mode="wrap")  # as ent[eidx]
            key += plat_part[r.platform[rows]]
            key += self._dates(rows)
            return key
        if out is not None:
            out[:] = self.of(rows)
            return out
        key = _Key(self.pairs(rows), widths[0])
        dates = self._dates(rows).astype(np.int64, copy=False)
        if self.low != _NAT:
            key.add_shifted(dates, self.low, self.high)
        else:
            key.add(_from_one(dates, dates == _NAT, self.date_from), widths[1])
        if self.year_column:
            year = r.year[rows]
            missing = np.isnan(year)
            key.add(_from_one(np.where(missing, 0, year).astype(np.int64), missing,
                              self.year_from), widths[2])
        return key.values

    def _dates(self, rows: slice) -> np.ndarray:
        """The dates of the readings ``rows`` as int64 (NaT the smallest)."""
        if self._date_table is None:
            return self.readings.date.view("int64")[rows]
        codes, table = self._date_table
        if table is None:  # the codes in the order of their dates: as good as them
            return codes[rows]
        return np.take(table, codes[rows], mode="wrap")  # -1: the blank slot, last

    def _runs(self) -> bool:
        """Whether the key can be computed run by run: no renumbering on the way (a range
        past 2 ** 62 is renumbered, which needs the whole key)."""
        bound = self.widths[0]
        for width in self.widths[1:]:
            if bound > 2 ** 62 // width:
                return False
            bound *= width
        return True

    def with_runs(self, step: int = 1 << 16) -> tuple[np.ndarray, np.ndarray | None]:
        """The key of every reading, written run by run (small temporaries, in cache), and
        the positions where it does not increase (None when it cannot be computed run by
        run), found on the way."""
        if not self._runs():
            return self.of(), None
        out = np.empty(len(self.readings), dtype=np.int64)
        starts = []
        for start in range(0, len(out), step):
            key = self.of(slice(start, start + step), out[start:start + step])
            if start and key[0] <= out[start - 1]:
                starts.append(np.array([start]))
            starts.append(np.flatnonzero(key[1:] <= key[:-1]) + (start + 1))
        return out, (np.concatenate(starts) if starts else np.zeros(0, dtype=np.intp))

    def increasing(self, step: int = 1 << 16) -> bool:
        """Whether the key increases all along (nothing repeats: the usual sorted file),
        computed run by run: no key of millions is made. False also when the key cannot
        be computed run by run."""
        if not self._runs():
            return False
        return increasing(len(self.readings), step,  # the parts shared between the cores
                          lambda a, b: self.of(slice(a, b)))


def _first_of(values: np.ndarray, known: np.ndarray) -> int | None:
    """The smallest of ``values`` where ``known``, as an integer (None: none known)."""
    if not known.any():
        return None
    top = np.iinfo(values.dtype).max if values.dtype.kind in "iu" else np.inf
    return int(values.min(where=known, initial=top))


class _Key:
    """A combined integer key, built part by part in place: ``values < bound``."""

    def __init__(self, values: np.ndarray, bound: int) -> None:
        self.values, self.bound = values, bound

    def _widen(self, width: int) -> None:
        if self.bound > 2 ** 62 // width:  # renumbered: never overflows
            self.values = first_appearance(self.values)[0].astype(np.int64)
            self.bound = int(self.values.max(initial=0)) + 1
        self.values *= width
        self.bound *= width

    def add(self, part: np.ndarray, width: int) -> None:
        """Append ``part`` (integers from 0 to ``width - 1``)."""
        self._widen(width)
        self.values += part

    def add_shifted(self, part: np.ndarray, low: int, high: int) -> None:
        """Append ``part - low`` (integers from ``low`` to ``high``), without making it."""
        self._widen(high - low + 1)
        if max(abs(low), abs(high)) < 2 ** 61:  # below 2 ** 62 + 2 ** 61 all along
            self.values += part
            self.values -= low
        else:
            self.values += part - low


def _from_one(values: np.ndarray, missing: np.ndarray, low: int | None) -> np.ndarray:
    """Integer ``values`` as a key from 1 (``low``, the file's smallest) up, 0 where
    missing: a small range (dates in seconds over a few years) without hashing."""
    if low is None:  # every value missing
        return np.zeros(len(values), dtype=np.int64)
    return np.where(missing, 0, values - low + 1)


def _drop_blank_rows(raw: RawColumns, rownums: np.ndarray) -> tuple[RawColumns, np.ndarray]:
    if len(raw):
        # categories first, the fewest first (one test per category: a platform column of
        # ten names is done in a blink, a code column of 35,000 takes 30 ms), then only the
        # rows still blank
        cols = sorted(raw.columns, key=lambda c: _categories(raw[c]))
        first = raw[cols[0]]
        if isinstance(first, CodedColumn):
            per_value = blank_values(first)
            if not per_value[:-1].any() and first.codes.min(initial=0) >= 0:
                return raw, rownums  # no value of that column is blank: no row is (the usual)
            blank = per_value[first.codes]  # a fresh array: ours to write
        else:
            blank = np.array(_blank_mask(first), dtype=bool)  # ours to write
        for c in cols[1:]:
            rows = np.flatnonzero(blank)
            if not len(rows):
                break
            blank[rows] = _blank_mask(raw[c].take(rows))
        if blank.any():
            raw, rownums = raw.take(~blank), rownums[~blank]
    if not len(raw):
        raise InputFileError.of("header-without-rows")
    return raw, rownums


def _categories(col) -> float:
    """The number of distinct values of a column (infinite when one value per row)."""
    return len(col.values) if isinstance(col, CodedColumn) else np.inf


def _row_when(raw: RawColumns, layout: _Layout, blocks: list, years: np.ndarray | None
              ) -> np.ndarray | None:
    """Wide files: per row a number for when it was read, equal for two rows whose year
    column (its year) and shared date column (its cell, time dropped) say the same; None
    when the file has neither (a date column per platform says nothing of the row)."""
    common = next((c for _, cols in blocks for role in ("date", "row_date")
                   if (c := cols.get(role)) is not None and not c.platform), None)
    parts = []
    if years is not None:
        parts.append(first_appearance(np.where(np.isnan(years), -1, years)
                                      .astype(np.int64))[0])
    if common is not None:
        parts.append(np.asarray(_date_cells(raw, common, None)[0], dtype=np.int64))
    if not parts:
        return None
    return combine(parts, [int(part.max(initial=-1)) + 1 for part in parts])[0]


def _answered_rows(raw: RawColumns, layout: _Layout) -> np.ndarray:
    """Per row of a wide file, whether any cell of a platform's columns is filled (a
    template's row left as it came holds none)."""
    out = np.zeros(len(raw), dtype=bool)
    for c in layout.columns:
        if c.platform:
            out |= ~_blank_mask(raw[c.index])
    return out


def _wide_duplicates(codes: np.ndarray, bad: np.ndarray, ents: list, ent_idx: np.ndarray,
                     ent_col: CodedColumn, rownums: np.ndarray, layout: _Layout,
                     problems: _Problems, when: np.ndarray | None = None,
                     answered: np.ndarray | None = None, by_name: np.ndarray | None = None,
                     names: tuple | None = None) -> tuple[np.ndarray, bool]:
    """An entity listed twice in a wide file: every later row is an error.

    ``answered`` (:func:`_answered_rows`): a row of no answer at all beside one with
    answers (a template's row left empty, the entity typed again at the end) is the one
    set aside, whichever comes first, and said so (``duplicate-entity-empty``, a warning:
    nothing of the file is lost). A row read by its name (``by_name``, the name column
    and its cells ``names``) is said in the name's column, not in its blank code's.

    ``when`` (:func:`_row_when`): a panel, one row per entity and year or date (an « Année »
    or « Date du relevé » column), has an entity on several rows read at different times:
    each row is a reading at its date, as a long file's; only the rows of an entity that
    say the same year and date are duplicates. Returns the rows in error, and whether an
    entity comes back on rows of other years or dates (the readings are then checked
    as a long file's: a blank date that took the wave's, a year written otherwise).
    """
    key, _ = factorize_objects(codes)  # per row its entity's code, numbered
    ok = np.flatnonzero(~bad)
    _, first = np.unique(key[ok], return_index=True)
    panel = False
    if when is not None and len(first) < len(ok):  # an entity again: at another time?
        _, first_when = np.unique(combine([key[ok], when[ok]],
                                          [int(key.max(initial=-1)) + 1,
                                           int(when.max(initial=-1)) + 1])[0],
                                  return_index=True)
        panel = len(first_when) > len(first)
        first = first_when
    dup = ~bad
    dup[ok[first]] = False  # each code's first row without error is no duplicate
    if dup.any():
        first_row, kept = {}, {}
        for i in ok[first]:  # the entity's first row (of the same year and date: a panel)
            first_row.setdefault((codes[i], when[i] if panel else 0), int(rownums[i]))
            kept[(codes[i], when[i] if panel else 0)] = i
        if answered is not None:  # an empty first row beside a filled one: the filled read
            for i in np.flatnonzero(dup).tolist():
                k = (codes[i], when[i] if panel else 0)
                j = kept[k]
                if answered[i] and not answered[j]:
                    dup[i], dup[j], kept[k] = False, True, i
                    first_row[k] = int(rownums[i])

        def duplicate(i: int) -> Problem:
            e = ents[ent_idx[i]]
            column, cell = layout.entity.header, ent_col.at(i)
            if by_name is not None and names is not None and by_name[i]:
                column, cell = names[0].header, names[1].at(i)  # the cell read
            k = (e.code, when[i] if panel else 0)
            if answered is not None and not answered[i] and answered[kept[k]]:
                return Problem.of("duplicate-entity-empty", int(rownums[i]), column,
                                  _text(cell), severity="warning", name=e.name, code=e.code,
                                  kept=int(rownums[kept[k]]), line=int(rownums[i]))
            return Problem.of("duplicate-entity", int(rownums[i]), column,
                              _text(cell), name=e.name, code=e.code, first=first_row[k])
        at = np.flatnonzero(dup)
        filled = (np.ones(len(dup), dtype=np.int64) if answered is None
                  else answered.astype(np.int64))
        problems.each(at, duplicate, code=codes_by_key(
            filled, lambda i: "duplicate-entity" if filled[i] else "duplicate-entity-empty"))
    return dup, panel


def _read_years(raw: RawColumns, layout: _Layout, rownums: np.ndarray, row_error: np.ndarray,
                opts: _Options, problems: _Problems) -> np.ndarray | None:
    """The year column, if any; unreadable or future years are row errors (in place)."""
    year_col = next((c for c in layout.columns if c.role == "year"), None)
    if year_col is None:
        return None
    col = raw[year_col.index]
    codes, results, failed = _map_distinct(col, _parse_year)
    years, bad_year = results[codes], failed[codes]
    years = np.array([np.nan if v is None else v for v in years], dtype=float)

    def bad(i: int) -> Problem:
        return value_problem(rownums[i], year_col, col.at(i), "year")
    problems.each(np.flatnonzero(bad_year), bad,  # past the cap: a code per distinct value
                  code=codes_by_key(codes, lambda i: value_code(col.at(i), "year")))
    future = years > opts.today.year
    problems.each(np.flatnonzero(future), lambda i: Problem.of(
        "future-year", int(rownums[i]), year_col.header, _text(col.at(i)), year=int(years[i])),
        code="future-year")
    row_error |= bad_year | future
    return years


def _file_year(years: np.ndarray | None, row_error: np.ndarray) -> float | None:
    """The one year a year column states on its rows (those not in error), or None: no
    year column, no year stated, or several years."""
    if years is None:
        return None
    stated = np.unique(years[~row_error & ~np.isnan(years)])
    return float(stated[0]) if len(stated) == 1 else None


def _fill_file_year(dates: np.ndarray, year: np.ndarray, present: np.ndarray,
                    source_row: np.ndarray, file_year: float, problems: _Problems) -> None:
    """Give the file's year (its year column's one year) to the readings with neither a
    date nor a year (in place), as the wave's date is given to those without a date: an
    answer is never dropped because its year cell is blank. Said (``file-year``: the answers
    filled, their count and rows); a blank not answered takes it unsaid, as the wave's."""
    missing = np.isnan(year)
    if not missing.any():
        return
    if isinstance(dates, np.ndarray):  # a year column: the dates are plain (_read_block)
        missing &= np.isnat(dates)
    year[missing] = file_year
    said = missing & (present >= 0)
    if said.any():
        problems.add(rows_problem("file-year", source_row[said], int(said.sum()),
                                  year=int(file_year)))


def _year_date_contradictions(readings: Readings, layout: _Layout, problems: _Problems,
                              gone: list | None = None) -> Readings:
    """The rows whose stated year (the year column) contradicts the year of one of their
    reading dates: errors (``year-date-mismatch``, one per row, naming the reading and its
    date), and every reading of such a row left out, so that no row is split between the
    year its column states (compare, rank, the report) and the wave its date falls in
    (trend, changes). Which of the two is wrong cannot be told.

    A campaign whose run of dates crosses 31 December (:func:`~.rules.crossing_runs`, the
    waves' rule) may state either of its two years on any of its readings: that is what a
    year column is for (``campaign-crosses-year``), not a contradiction. Per distinct date,
    then one comparison per reading; the readings looked at one by one are the few found.
    """
    dates = readings.date
    codes, days = first_appearance(dates.view("int64"))
    days = np.asarray(days, dtype=np.int64).view("datetime64[s]")
    of_date = _years(days)[codes]  # NaN: no date
    stated = readings.year  # the date's year where the year column is blank
    off = np.flatnonzero((of_date != stated) & ~np.isnan(of_date))
    if not len(off):
        return readings
    d, s = dates[off], stated[off]
    excused = np.zeros(len(off), dtype=bool)
    for first, last in crossing_runs(np.sort(days[~np.isnat(days)])):
        y0 = int(first.astype("datetime64[Y]").astype(int)) + 1970
        excused |= (d >= first) & (d <= last) & ((s == y0) | (s == y0 + 1))
    off = off[~excused]
    if not len(off):
        return readings
    rows = readings.source_row
    first_of_row = off[np.unique(rows[off], return_index=True)[1]]  # a problem per row
    header = next(c.header for c in layout.columns if c.role == "year")

    def mismatch(i: int) -> Problem:
        year = int(stated[i])
        return Problem.of("year-date-mismatch", int(rows[i]), header, str(year), year=year,
                          platform=PLATFORMS[PLATFORM_IDS[readings.platform[i]]].words(),
                          date=Day.of(dates[i].astype("datetime64[D]").item()),
                          date_year=int(of_date[i]))
    problems.each(first_of_row, mismatch, code="year-date-mismatch")
    drop = np.isin(rows, rows[first_of_row])
    if gone is not None:  # counted in the year the row states
        gone.append((readings.eidx[drop], readings.platform[drop], stated[drop], None))
    return readings.without(drop)


class _Wave:
    """The date a reading without one takes, computed the first time one asks for it: a
    dated file never pays for it.

    Called, the wave's date: ``date=``, else the file's most frequent reading date.
    :meth:`of_platform` gives a platform's own (``date=`` wins): a platform read on
    another day than the others (Instagram in January, Facebook and X in December) dates
    its undated answers (the template's « Non » rows, left undated as its Mode d'emploi
    allows) on its own readings, never on another platform's, which could put them in a
    year the platform was not read in (« 0 % 0/32 » in 2024, « 100 % 69/69 » in 2025).
    ``used``: per platform code, the date its undated readings took and whether it was
    the platform's own (said by :func:`_wave_problems`)."""

    def __init__(self, raw: RawColumns, cols: list[Column], opts: _Options,
                 orders: dict[int, _DateOrder], cells: dict):
        self._args = raw, cols, orders, cells
        self._date = np.datetime64(opts.date, "s") if opts.date else None
        self._done = opts.date is not None
        self.given = opts.date is not None
        self.used: dict[int, tuple[np.datetime64, bool]] = {}

    def __call__(self) -> np.datetime64 | None:
        if not self._done:
            self._date = most_frequent_date(*_all_dates(*self._args))
            self._done = True
        return self._date

    def of_platform(self, code: int, dates, mine: np.ndarray | None) -> np.datetime64 | None:
        """The date of platform ``code``'s undated readings: the most frequent of its
        readings' dates (``dates``, a block's, arrays or :class:`_DateCodes`, on the
        readings ``mine``: None, all), else (no date at all) the wave's; ``date=`` when
        given. Computed once per platform."""
        if code not in self.used:
            own = None if self.given else _own_date(dates, mine)
            self.used[code] = (own if own is not None else self(), own is not None)
        return self.used[code][0]


def _own_date(dates, mine: np.ndarray | None) -> np.datetime64 | None:
    """The most frequent date (the earliest on a tie) of ``dates`` (a block's, arrays or
    :class:`_DateCodes`) on the readings ``mine`` (None: every one), None when they have
    none."""
    if isinstance(dates, _DateCodes):  # counted on the codes, slice by slice
        mine_ = dates if mine is None else dates.take(mine)
        return most_frequent_date([dates.table], [mine_.counts()])
    return most_frequent_date([dates if mine is None else dates[mine]])


def _wave_problems(filled: np.ndarray, plat: np.ndarray, source_row: np.ndarray,
                   wave: _Wave) -> list[Problem]:
    """The warnings of the readings without a date given one (``filled``): one
    ``wave-date`` when they all took the wave's date; else one per platform, each saying
    the date its readings took, its own readings' (``wave-date-platform``) or, a platform
    without any date, the wave's (``wave-date-platform-file``); all of code ``wave-date``
    with the date said (the report counts them per date)."""
    at = np.flatnonzero(filled)
    codes = plat[at]
    found = np.unique(codes).tolist()
    wave_day = wave()
    days = {p: wave.used.get(p, (wave_day, False)) for p in found}
    if all(d == wave_day for d, _ in days.values()):  # one date, the wave's
        return [wave_date_problem(source_row[at], len(at), wave_day)]
    out = []
    for p in found:  # in the platforms' order
        mine = at[codes == p]
        day, own = days[p]
        out.append(rows_problem("wave-date-platform" if own else "wave-date-platform-file",
                                source_row[mine], len(mine), problem_code="wave-date",
                                date=Day.of(np.datetime64(day, "D").item()),
                                platform=PLATFORMS[PLATFORM_IDS[p]].words()))
    return out


def _all_dates(raw: RawColumns, cols: list[Column], orders: dict[int, _DateOrder],
               cells: dict) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Every readable date of the file (for the wave's date): per date column read
    (:func:`_date_columns`), its distinct dates (NaT when unreadable) and their number of
    rows. ``orders`` and ``cells``: what :func:`_file_date_orders` decided and made."""
    dates, counts = [], []
    for c in cols:
        codes, uniques = _date_cells(raw, c, cells)
        order = _order_of(c, codes, uniques, orders).order  # as the column's readings
        results, _ = _per_distinct(uniques, lambda v: _safe_date(v, order))
        dates.append(_datetime_array(results)[:-1])  # the blank cells' slot left out
        counts.append(_code_counts(codes, len(uniques)))
    return dates, counts


def _serial_dates(raw: RawColumns, rownums: np.ndarray, cols: list[Column],
                  epoch: dt.datetime, problems: _Problems) -> RawColumns:
    """A workbook's date columns with their numbers read as the Excel dates they stand for.

    A number in a workbook's date column (a cell in General format: 45945, 45945.5) is an
    Excel serial date: read as its day in the workbook's date system (``epoch``; a
    fraction is a time of day, dropped), with a ``date-serial`` warning per column (how
    many, their rows, the first as an example: « 45945 » → 15 octobre 2025). A number of no
    day between 2000 and 2100 (:func:`~.values.serial_date`) stays a ``date-invalid``
    error, as a number in a CSV's date column. Decided per distinct cell; ``raw`` itself
    when no date column holds a serial number (no copy)."""
    columns = None
    for c in cols:
        col = raw[c.index]
        if not isinstance(col, CodedColumn):  # pragma: no cover - a workbook's are coded
            continue
        read = [serial_date(v, epoch) for v in col.values]
        hit = np.array([d is not None for d in read] + [False], dtype=bool)  # -1: blank
        rows = np.flatnonzero(hit[col.codes])
        if not len(rows):
            continue
        values = np.empty(len(read), dtype=object)
        values[:] = [v if d is None else d for v, d in zip(col.values, read)]
        columns = dict(raw.columns_) if columns is None else columns
        columns[c.index] = CodedColumn(col.codes, values)
        first = read[col.codes[rows[0]]]
        system = Msg("date-serial-1904") if epoch.year == 1904 else ""
        typed = _text(first)  # the number as typed, with a decimal comma in French
        problems.add(rows_problem("date-serial", rownums[rows], len(rows), column=c.header,
                                  value=typed, shown=Words(typed.replace(".", ","), typed),
                                  date=Day.of(first), system=system))
    if columns is None:
        return raw
    out = RawColumns(columns, len(raw))
    out.notes = raw.notes
    return out


def _safe_date(v, order: str = "dmy"):
    """The reading date of a cell, None when it is refused: unreadable, before 2004 or
    after today (an undated row takes the wave's date: never a date refused elsewhere)."""
    try:
        return _as_datetime64(check_reading_date(parse_date(v, order)))
    except ValueError:
        return None


class _DateOrder:
    """The order of a date column's numeric dates d/m/y, decided from its distinct cells.

    Day first (French) unless some cell reads month first only ("03/15/2025": no 15th
    month) and none day first only ("15/03/2025"): a file exported with a US locale
    (Google Forms or Sheets in English). A column with both is inconsistent: read in the
    order of most of its deciding rows (day first on a tie, the French rule), the cells
    that read only the other way stay errors that say so. Errors rather than every
    ambiguous cell refused: they stop the reading (``read_survey`` raises, ``compare``
    fails), so the column is never read quietly, and a US export with one date typed the
    French way gets one error to fix, not hundreds of right dates refused; ``date_order=``
    settles the rest. A column with no deciding cell (only dates read both ways,
    "03/04/2025") follows the file's other date columns when :func:`_file_date_orders`
    says so (``like``: the evidence), else is read day first (said when the file looks
    like a US export: :func:`_assumed_day_first`). Decided on the distinct cells, a few,
    never per row; rows are looked at only when a cell reads month first only (rare).
    ``given``: the order the user settled (``date_order=``), nothing decided nor said.
    """

    __slots__ = ("order", "kinds", "counts", "like", "given")

    def __init__(self, order: str, kinds: np.ndarray | None = None,
                 counts: np.ndarray | None = None, like: _Evidence | None = None,
                 given: bool = False):
        self.order = order  # "dmy" or "mdy", what parse_date is told
        #: per distinct cell, its date_order_evidence, and its number of rows (None: not
        #: needed, no cell reads month first only)
        self.kinds, self.counts = kinds, counts
        self.like = like  # read month first as another column of the file (its evidence)
        self.given = given

    @classmethod
    def of(cls, codes: np.ndarray, uniques) -> _DateOrder:
        """The column's order, decided on its own cells."""
        if not any(reads_month_first_only(u) for u in uniques):
            return cls("dmy")  # the usual: French, or nothing says otherwise
        kinds, counts = cls.evidence(codes, uniques)
        month = int(counts[kinds == MONTH_FIRST_ONLY].sum())
        day = int(counts[kinds == DAY_FIRST_ONLY].sum())
        # both orders: inconsistent, the order of most rows (a tie: the French one)
        return cls("mdy" if month > day else "dmy", kinds, counts)

    @staticmethod
    def evidence(codes: np.ndarray, uniques) -> tuple[np.ndarray, np.ndarray]:
        """Per distinct cell, what it says of the order (:func:`date_order_evidence`) and
        its number of rows."""
        kinds = np.fromiter((date_order_evidence(u) for u in uniques), dtype=np.int8,
                            count=len(uniques))
        counts = _code_counts(codes, len(uniques))
        kinds[counts == 0] = NOT_DMY  # a value of no row (a dropped blank row's) says nothing
        return kinds, counts

    @property
    def mixed(self) -> bool:
        """Both day-first-only and month-first-only cells: read in the order of most, the
        others (:attr:`contrary`) wrong."""
        return self.counts is not None and (self.kinds == MONTH_FIRST_ONLY).any() \
            and (self.kinds == DAY_FIRST_ONLY).any()

    @property
    def contrary(self) -> int:
        """The evidence of the cells that read only in the order not taken."""
        return MONTH_FIRST_ONLY if self.order == "dmy" else DAY_FIRST_ONLY

    def first_row(self, codes: np.ndarray, kind: int) -> int:
        """The position of the first row whose cell is of ``kind`` (there is one)."""
        return int(np.argmax(np.append(self.kinds == kind, False)[codes]))

    def warning(self, codes: np.ndarray, cells, rownums: np.ndarray, c: Column) -> Problem:
        """The warning of a month-first column: how many dates are read so, the evidence (the
        first month-first-only cell, or the other column's: ``dates-month-first-like``) and
        the rows that would read otherwise day first. Its count is that of the dates read
        month first, its rows theirs."""
        # every numeric date of the column is read month first (5/5/2025 reads the same)
        read_so = np.isin(self.kinds, (MONTH_FIRST_ONLY, EITHER_ORDER, SAME_EITHER_WAY))
        n = int(self.counts[read_so].sum())
        lines = rownums[np.flatnonzero(np.append(read_so, False)[codes])]  # -1: none
        k = int(self.counts[self.kinds == EITHER_ORDER].sum())
        ambiguous = ""
        if k:  # their first rows only (millions in a large file): in file order already
            rows = np.flatnonzero(np.append(self.kinds == EITHER_ORDER, False)[codes])
            ambiguous = Msg("dates-month-first-ambiguous", k=Count(k), s=plural(k),
                            rows=rows_text(rownums[rows[:FIRST_ROWS + 1]]))
        if self.like is not None:  # the evidence is another column's cell (its value, as
            like = self.like       # dates-month-first's is the cell its message names)
            msg = Msg("dates-month-first-like", n=Count(n), s=plural(n), column=like.column,
                      value=like.value, row=like.row, month=dmy_numbers(like.value)[1],
                      ambiguous=ambiguous)
            return Problem.said(msg, column=c.header, value=like.value, severity="warning",
                                count=n, rows=lines)
        at = self.first_row(codes, MONTH_FIRST_ONLY)
        value = _text(cells.at(at))
        if self.mixed:  # most rows month first only, some day first only (their errors)
            most = int(self.counts[self.kinds == MONTH_FIRST_ONLY].sum())
            few = int(self.counts[self.kinds == DAY_FIRST_ONLY].sum())
            msg = Msg("dates-month-first-most", n=Count(n), s=plural(n), value=value,
                      row=int(rownums[at]), month=dmy_numbers(value)[1], most=Count(most),
                      few=Count(few), ambiguous=ambiguous)
            return Problem.said(msg, column=c.header, value=value, severity="warning",
                                count=n, rows=lines, code="dates-month-first")
        msg = Msg("dates-month-first", n=Count(n), s=plural(n), value=value, row=int(rownums[at]),
                  month=dmy_numbers(value)[1], ambiguous=ambiguous)
        return Problem.said(msg, column=c.header, value=value, severity="warning", count=n,
                            rows=lines)

    def mixed_day_first(self, codes: np.ndarray, cells, rownums: np.ndarray, c: Column
                        ) -> Problem | None:
        """The warning of the ambiguous dates (« 03/04/2025 ») of a column read day first
        whose cells read only day first and only month first both (:attr:`mixed`): read
        day first without certainty (the others of the order not taken are errors), their
        count and rows (``dates-day-first-mixed``); None without one."""
        either = self.kinds == EITHER_ORDER
        k = int(self.counts[either].sum())
        if not k:
            return None
        rows = np.flatnonzero(np.append(either, False)[codes])
        at = self.first_row(codes, MONTH_FIRST_ONLY)
        value = _text(cells.at(at))
        msg = Msg("dates-day-first-mixed", n=Count(k), s=plural(k), value=value,
                  row=int(rownums[at]), rows=rows_text(rownums[rows[:FIRST_ROWS + 1]]))
        return Problem.said(msg, column=c.header, value=value, severity="warning", count=k,
                            rows=rownums[rows])

    def mixed_message(self, codes: np.ndarray, cells, rownums: np.ndarray) -> Msg:
        """What a cell's error says when it reads only in the order not taken, in a column
        that also holds cells that read only in the order taken: the first of these, with
        its line."""
        if self.order == "mdy":  # a day-first-only cell among more month-first-only ones
            at = self.first_row(codes, MONTH_FIRST_ONLY)
            return Msg("date-mixed-order-month-first", month_first=_text(cells.at(at)),
                       row=int(rownums[at]))
        at = self.first_row(codes, DAY_FIRST_ONLY)
        return Msg("date-mixed-order", day_first=_text(cells.at(at)), row=int(rownums[at]))


@dataclass(frozen=True)
class _Evidence:
    """Why a date column without a deciding cell is read month first: another date column
    of the file is, on its own cells; its header and first month-first-only cell."""

    column: str
    value: str
    row: int


def _date_cells(raw: RawColumns, c: Column, cells: dict | None) -> tuple:
    """The distinct cells of date column ``c``, times dropped (:func:`drop_times`): made
    once for a file with several date columns (``cells``), else here."""
    made = cells.get(c.index) if cells else None
    return drop_times(*_distinct(raw[c.index])) if made is None else made


def _date_columns(blocks: list) -> list[Column]:
    """The date columns the blocks read (a platform's date, the row's date), in the file's
    order. A long file reads its generic date column ("date facebook" beside "date" is not
    read, and decides nothing), or each platform's own one when there is no generic one."""
    found = {c.index: c for _, cols in blocks for role in ("date", "row_date")
             if (c := cols.get(role)) is not None}
    return [found[i] for i in sorted(found)]


def _file_date_orders(raw: RawColumns, rownums: np.ndarray, cols: list[Column]
                      ) -> tuple[dict[int, _DateOrder], dict[int, tuple]]:
    """The order of each date column of a file with several (:class:`_DateOrder`: the
    columns read month first as the file's others carry the evidence, the first
    month-first column and its first month-first-only cell), and each one's distinct
    cells (:func:`_date_cells`): decided and made once, for the blocks and the wave's date.

    Each column decides its order from its own cells (:class:`_DateOrder`); a column whose
    every numeric date reads both ways ("3/4/2025") would stay day first beside one that
    proves the file month first ("3/15/2025"), and read 3 April where the same export
    means 4 March. It follows when at least one date column is month first and no date
    column of the file has a cell that reads day first only; otherwise every column keeps
    its own decision (a mixed column keeps its errors). Only a column with an ambiguous
    date follows: one whose dates read the same either way has nothing to decide.
    Decided once, on each column's distinct cells; a file with one date column has
    nothing to decide here (no pass over its cells: the column decides when it is read).
    ``cols``: the date columns read (:func:`_date_columns`).
    """
    if len(cols) < 2:
        return {}, {}
    made = {c.index: _date_cells(raw, c, None) for c in cols}
    cells = [made[c.index] for c in cols]
    orders = [_DateOrder.of(codes, uniques) for codes, uniques in cells]
    decided = {c.index: o for c, o in zip(cols, orders)}
    first = next((i for i, o in enumerate(orders) if o.order == "mdy"), None)
    if first is None:
        return decided, made  # the usual: no column month first
    evidence = [(o.kinds, o.counts) if o.kinds is not None else _DateOrder.evidence(*cu)
                for o, cu in zip(orders, cells)]
    if any((kinds == DAY_FIRST_ONLY).any() for kinds, _ in evidence):
        return decided, made  # "15/03/2025" somewhere: not a US export throughout
    at = orders[first].first_row(cells[first][0], MONTH_FIRST_ONLY)
    proof = _Evidence(cols[first].header, _text(raw[cols[first].index].at(at)),
                      int(rownums[at]))
    # a day-first column here has no deciding cell (no day-first-only cell in the file)
    for c, o, (kinds, counts) in zip(cols, orders, evidence):
        if o.order == "dmy" and (kinds == EITHER_ORDER).any():
            decided[c.index] = _DateOrder("mdy", kinds, counts, like=proof)
    return decided, made


def _order_of(c: Column, codes: np.ndarray, uniques, orders: dict[int, _DateOrder]
              ) -> _DateOrder:
    """The order of date column ``c``: the file's decision (:func:`_file_date_orders`),
    else (the file's only date column) its own."""
    order = orders.get(c.index)
    return _DateOrder.of(codes, uniques) if order is None else order


def _datetime_array(d: np.ndarray) -> np.ndarray:
    if d.dtype != object:
        return d.astype("datetime64[s]")
    return np.array([np.datetime64("NaT") if x is None else x for x in d], dtype="datetime64[s]")


def _read_block(rows: _Rows, platform: str | None, cols: dict[str, Column], layout: _Layout,
                wave, opts: _Options, problems: _Problems) -> tuple:
    """One platform of a wide file (or the whole long file): its readings without error.

    Returns ``(rows, platform, present, followers, date, year, written,
    dated_by_wave, account, accounts, rounded, skipped, held, refused)``: arrays on integer
    codes, one item per kept reading (as in :class:`Readings`; ``account`` indexes this
    block's ``accounts``, None when no reading has one; ``rounded`` marks the counts read
    from an abbreviated number, None when there is none);
    ``rows`` is the mask of the rows kept (no array of millions of positions), None when
    every row is kept; ``skipped`` what the readings left out for an error were (None
    when none was); ``held`` the codes of the platforms filled in on readings left out for
    an error (surveyed, whatever is left of their readings); ``refused`` the readings left
    out for an error whose cell shows its column writes its answers (a « Non » on a row
    refused for its name): ``(platform codes, dates, years)``, None when there is none —
    the blank rule looks at every answer of the column (:func:`_blank_rule`).
    Every cell is parsed once per distinct value, and spread over the rows as numbers.
    """
    # Long on purpose: one flow over the same row masks (presence, followers, account, date);
    # each step narrows the rows the next one reads. What a column says is decided per
    # distinct value; a row-wide pass is made only where the column has a bad value.
    raw, rownums, row_error = rows.raw, rows.rownums, rows.error
    n = len(raw)
    cell_error = np.zeros(n, dtype=bool)
    if platform is None:  # a long file: the platform of each row (said by _long_platforms)
        plat = rows.platform
        unknown = plat < 0
        if unknown.any():
            cell_error |= unknown
    else:
        plat = np.full(n, _PLATFORM_CODE[platform], dtype=np.int8)
    # per role, the column read on every row, or (a long file's roles read per platform,
    # ``layout.own``) one column per platform, blank outside its platform's rows
    # (:func:`_own_rows`): each read as a whole, the readings taken on its rows
    per_platform = layout.own if platform is None else {}
    account = None  # -1 everywhere
    accounts = np.zeros(0, dtype=object)
    present = None
    inactive = None  # the "Inactif" cells (present, a word answer): None when there is none
    for c, mine in _role_columns(cols, per_platform, "present", plat):
        codes, uniques = _distinct(raw[c.index])
        answers, failed = _per_distinct(uniques, read_presence)
        # a doubtful answer ("Oui ?") is -2, a cell that says nobody answered ("NR",
        # "N/A") -3, until the blank rule: not answered, whatever the blank rule says of
        # blanks (:func:`_blank_rule` makes them -1)
        read = _spread(codes, [np.array([-1 if a is None else int(a[0]) if a[0] is not None
                                         else _UNANSWERED.get(a[1], -1)
                                         for a in answers], dtype=np.int8)])[0][0]
        _answer_notes(answers, codes, uniques, c, rownums, problems, plat)
        present = read if present is None else np.where(mine, read, present)
        idle = np.array([a is not None and a[1] == ANSWER_INACTIVE for a in answers])
        if idle.any():  # else no row has one: no pass over them
            idle = idle[codes] if mine is None else idle[codes] & mine
            inactive = idle if inactive is None else inactive | idle
        if failed.any():
            # a column of follower counts headed as presence (« Facebook » over « 98 765 »):
            # one error for its numbers, not a "Yes/No expected" per cell
            counts = _presence_counts(uniques, codes, failed, mine, c, platform, cols,
                                      per_platform, raw[c.index], rownums, problems)
            if counts is not None:
                cell_error |= counts[codes] if mine is None else counts[codes] & mine
                failed &= ~counts
            bad = failed[codes]
            problems.each(np.flatnonzero(bad), lambda i: value_problem(
                rownums[i], c, raw[c.index].at(i), "present"),  # « #N/A »: its own code
                code=codes_by_key(codes, lambda i: value_code(raw[c.index].at(i), "present")))
            cell_error |= bad
        # a link to another platform's site (an Instagram link in the Facebook column):
        # an error of the cell, not a presence; to a site of no platform, a warning
        bad = site_problems(uniques, codes, plat, mine, ~cell_error, c, raw[c.index], rownums,
                            platform is None and mine is None, problems)
        if bad is not None:
            cell_error |= bad
        # a URL or an @account typed in the presence cell is the account
        found, _ = _per_distinct(uniques, _account_in_presence)
        if any(a is not None for a in found):  # else no row has one: no pass over them
            typed = _index_or_none(found)
            typed = np.where(typed >= 0, typed + len(accounts), -1).astype(np.int32)[codes]
            account = typed if account is None else np.where(typed >= 0, typed, account)
        accounts = np.concatenate([accounts, found]) if len(accounts) else found
    if present is None:
        present = np.full(n, -1, dtype=np.int8)
    followers = None  # NaN everywhere
    rounded = None  # no count read from an abbreviated number ("184,8k"): the usual
    for c, mine in _role_columns(cols, per_platform, "followers", plat):
        read, bad, abbreviated = followers_with_problems(raw[c.index], rownums, c, problems)
        _followers_zero_one(read, c, platform, cols, per_platform, raw[c.index], rownums,
                            problems)
        first = followers is None
        followers = read if first else np.where(mine, read, followers)
        if abbreviated is not None or rounded is not None:  # as followers, only if any
            if abbreviated is None:
                abbreviated = np.zeros(len(read), dtype=bool)
            if rounded is None and not first:
                rounded = np.zeros(len(read), dtype=bool)
            rounded = abbreviated if first else np.where(mine, abbreviated, rounded)
        cell_error |= bad
    marked = next((c for c in layout.columns if c.role == "rounded"), None)
    if marked is not None and platform is None and followers is not None:
        # a frame saved by read_survey and read again: its counts marked rounded stay so
        codes, uniques = _distinct(raw[marked.index])
        said, _ = _per_distinct(uniques, _true_cell)
        again = said.astype(bool)[codes] & ~np.isnan(followers)
        if again.any():
            rounded = again if rounded is None else rounded | again
    for c, mine in _role_columns(cols, per_platform, "account", plat):
        codes, uniques = _distinct(raw[c.index])
        # "Non", "pas de compte", "N/A" in an account column are not accounts (#review10)
        kinds, _ = _per_distinct(uniques, read_account_cell)
        typed = np.array([k[1] if k[0] == "account" else None for k in kinds], dtype=object)
        own = _index_or_none(typed)
        own = np.where(own >= 0, own + len(accounts), -1).astype(np.int32)[codes]
        account = own if account is None else np.where(own >= 0, own, account)
        accounts = np.concatenate([accounts, typed])
        said = np.array([int(k[1]) if k[0] == "answer" else -2 if k[0] == "none" else -1
                         for k in kinds], dtype=np.int8)
        _counts_as_accounts(kinds, uniques, codes, mine, c, platform, cols, per_platform,
                            raw[c.index], rownums, problems)
        failed = np.array([k[0] == "error" for k in kinds], dtype=bool)
        if failed.any():  # « #N/A »: a cell error, not a blank (no account, so absent)
            bad = failed[codes]
            problems.each(np.flatnonzero(bad), lambda i: Problem.of(
                cell_error_code(raw[c.index].at(i)), int(rownums[i]), c.header,
                _text(raw[c.index].at(i))),
                code=codes_by_key(codes, lambda i: cell_error_code(raw[c.index].at(i))))
            cell_error |= bad
        bad = site_problems(typed[:-1], codes, plat, mine, ~cell_error, c, raw[c.index],
                            rownums, platform is None and mine is None, problems)
        if bad is not None:  # a link to another platform's site: as in a presence cell
            cell_error |= bad
        if (said != -1).any():  # else every cell is an account or blank: no pass
            _account_answers(present, said[codes], raw[c.index], c, ~cell_error, rownums,
                             problems)
    if account is not None and (present == 0).any():  # an account beside a "Non"
        beside = np.flatnonzero((present == 0) & (account >= 0) & ~cell_error)
        if len(beside):
            acc_col = cols.get("account") or cols.get("present")

            def account_but_no(i: int) -> Problem:
                c = acc_col or per_platform[PLATFORM_IDS[plat[i]]].get("account") \
                    or per_platform[PLATFORM_IDS[plat[i]]]["present"]
                return Problem.of("account-but-no", int(rownums[i]), c.header,
                                  str(accounts[account[i]]), severity="warning")
            problems.each(beside, account_but_no, "warning", code="account-but-no")
    unread = cell_error.copy() if cell_error.any() else None  # its answer cells' errors
    bad_date = np.zeros(n, dtype=bool)  # the readings whose date is an error: no year
    if "date" in cols or not any("date" in own for own in per_platform.values()):
        dates, year = _block_dates(rows, cols, cell_error, opts, problems, bad_date)
    else:  # a date column per platform: each read on its platform's rows
        dates = np.full(n, np.datetime64("NaT"), dtype="datetime64[s]")
        year = np.full(n, np.nan)
        for c, mine in _role_columns(cols, per_platform, "date", plat):
            bad_here = np.zeros(n, dtype=bool)
            read, read_year = _plain(*_block_dates(rows, {"date": c}, cell_error, opts,
                                                   problems, bad_here))
            dates, year = np.where(mine, read, dates), np.where(mine, read_year, year)
            bad_date |= bad_here & mine
    if rows.years is not None:  # the year column's where given: years of their own
        dates, year = _plain(dates, year)
        year = np.where(np.isnan(rows.years), year, rows.years)
        bad_date &= np.isnan(rows.years)  # a bad date beside a stated year: that year
    keep_mask = ~(cell_error | row_error)
    # an undated reading takes its platform's date: the most frequent of the block's
    # readable dates (a wide file's column, a long file's rows of that platform)
    read_dates = dates  # before the filling (its codes, when coded)
    valid = ~bad_date if bad_date.any() else None

    def own_date(p: int) -> np.datetime64 | None:
        if p in wave.used:
            return wave.used[p][0]
        if platform is not None:  # a wide block: every row its platform's
            return wave.of_platform(p, read_dates, valid)
        mine = plat == p
        return wave.of_platform(p, read_dates, mine if valid is None else mine & valid)

    if wave.given:
        fill, group = wave, None
    elif platform is None:
        fill, group = own_date, plat
    else:
        fill, group = (lambda: own_date(int(plat[0]))), None
    if isinstance(dates, _DateCodes):  # a pass over the codes; spread only to be filled
        filled = dates.unfilled(keep_mask)
        if filled is not None:
            dates, year = dates.dates(), dates.years()
            filled = fill_wave_date(dates, year, fill, keep_mask, group)
        else:
            filled = np.zeros(n, dtype=bool)
    else:  # the date only if needed
        filled = fill_wave_date(dates, year, fill, keep_mask, group)
    explicit_no = present == 0
    # the cells that show the column writes its answers, not the "x or blank" convention's
    # two states (a mark, a blank): a "Non", a doubtful answer ("Oui ?", "Non ?", "?"), a
    # "Non renseigné", an "Inactif" (see :func:`~.rules.apply_blank_rule`)
    written = explicit_no | (present <= -2)
    if inactive is not None:
        written |= inactive
    # a URL, an @account or a follower count says "present" when presence is blank; a count
    # of 0 does not (often typed for "no account"): the blank rule decides, and says so
    counted = None if followers is None else followers > 0  # NaN is not > 0
    says = account >= 0 if account is not None else counted
    if account is not None and counted is not None:
        says |= counted
    if says is not None:  # not over a doubtful or unanswered one (-2, -3): not answered
        present[(present == -1) & says] = 1
    if counted is not None:
        contradicts = explicit_no & counted & ~cell_error

        def contradiction(i: int) -> Problem:
            c = cols.get("followers") or per_platform[PLATFORM_IDS[plat[i]]]["followers"]
            # the cell as written (« 1.234 »), not the count read from it (1234)
            return Problem.of("followers-but-no", int(rownums[i]), c.header,
                              _text(raw[c.index].at(i)), severity="warning")
        problems.each(np.flatnonzero(contradicts), contradiction, "warning",
                      code="followers-but-no")
        # a count beside « Oui ? » or « NR »: not answered, so the count is no account's
        # count, left out of the rankings (``no_account``): said, as the answer's warning
        # says only that the answer is not read
        beside = np.flatnonzero((present <= -2) & ~np.isnan(followers) & ~cell_error)
        if len(beside):
            c = cols.get("followers") or next(
                (own["followers"] for own in per_platform.values() if "followers" in own), None)
            # the answers as the file writes them (« NC »), the first three, not examples
            typed: dict[str, None] = {}
            for i in beside.tolist():
                pc = cols.get("present") or per_platform.get(
                    PLATFORM_IDS[plat[i]] if plat is not None else "", {}).get("present")
                if pc is not None:
                    typed.setdefault(_text(raw[pc.index].at(i)).strip(), None)
            said = list(typed)[:3]
            cells = Words(", ".join(f"« {t} »" for t in said) + (", …" if len(typed) > 3
                                                                  else ""),
                          ", ".join(f"“{t}”" for t in said) + (", …" if len(typed) > 3
                                                               else ""))
            problems.add(rows_problem("followers-but-unanswered", rownums[beside], len(beside),
                                      column=None if c is None else c.header, cells=cells))
    # the platforms filled in where a reading is left out for an error (an answer cell that
    # is one, or an answer, a count, an account on a row in error): surveyed, even when no
    # reading of theirs is left (never « not surveyed »)
    held = frozenset()
    if not keep_mask.all():
        left = ~keep_mask & (present != -1)  # a count or an account made it 1 (above)
        if unread is not None:
            left |= unread
        if platform is None:
            left &= plat >= 0  # a long file's row of no platform: none to say filled
        if left.any():
            held = frozenset(np.unique(plat[left]).tolist())
    if followers is None:
        followers = np.full(n, np.nan)
    if keep_mask.all():  # every reading kept (the usual): no copies, no index
        return (None, plat, present, followers, dates, year, written, filled, account,
                accounts, rounded, None, held, None)
    gone = np.flatnonzero(~keep_mask)  # the readings left out for an error: a few
    # their years (the year column's where given: ``year`` holds it), the dates' codes
    # spread for them only
    gone_year = (dates.take(gone).years() if isinstance(dates, _DateCodes)
                 else np.asarray(year, dtype=float)[gone])
    if not wave.given:  # undated: its platform's year, as a kept one's (else the wave's, later)
        blank = np.isnan(gone_year) & ~bad_date[gone]
        for p in np.unique(plat[gone][blank]).tolist():
            day = own_date(p) if p >= 0 else None  # a long file's unknown platform: none
            if day is not None:
                gone_year[blank & (plat[gone] == p)] = (
                    day.astype("datetime64[Y]").astype(int) + 1970)
    # a date rejected (unreadable, in the future, too old) gives no year: "2099" is no
    # year of the survey (:func:`_skipped_counts` decides where such a reading counts)
    skipped = (gone, plat[gone], gone_year, bad_date[gone] if bad_date.any() else None)
    # their answers that show how the column is filled (a « Non » on a row refused for
    # its name): the blank rule is decided on every answer of the column, theirs too. A
    # date that is the error dates nothing (NaT; no year from it either)
    told = written[gone] & (plat[gone] >= 0)
    refused = None
    if told.any():
        at = gone[told]
        told_dates = (dates.take(at).dates() if isinstance(dates, _DateCodes)
                      else np.asarray(dates)[at]).astype("datetime64[s]")
        told_years = gone_year[told].copy()
        if bad_date.any():
            told_dates[bad_date[at]] = np.datetime64("NaT")
        refused = (plat[at].astype(np.int64), told_dates, told_years)
    # a few rows dropped: the block's own arrays compacted in place, not copied (date
    # codes: copied, the raw column's own)
    coded = isinstance(dates, _DateCodes)
    per_row = [plat, present, followers] + ([] if coded else [dates, year]) + [
        written, filled]
    extra = [a for a in (account, rounded) if a is not None]
    per_row = _drop_rows(per_row + extra, ~keep_mask,
                         tuple(a for a in (rownums, rows.years) if a is not None))
    if coded:
        per_row[3:3] = [dates.take(keep_mask), None]
    kept = iter(per_row[7:])
    kept_account = None if account is None else next(kept)
    kept_rounded = None if rounded is None else next(kept)
    return (keep_mask, *per_row[:7], kept_account, accounts, kept_rounded, skipped, held,
            refused)


def _skipped_counts(gone: list[tuple], readings: Readings, wave=None,
                    file_year: float | None = None) -> dict:
    """What the figures miss for the readings left out for an error (``gone``: per step
    that left some out, their entities' indexes, platform codes, years and which of them
    had a bad date, None when none had): per (platform id, year) the resolved codes
    (None: an entity the file names unreadably, once per reading) of the entities of the
    file whose reading of that platform and year was left out, none of their readings of
    it kept (the figures then count them neither in ``n_base`` nor in ``n_unknown``).

    A reading's year is the year the row states, else its date's. A reading without a
    date takes the wave's date's year, as a kept one without a date does. A reading whose
    date is itself the error (unreadable, in the future, too old: « 31/02/2025 »,
    « 15/10/2099 ») has no year from it: it counts in the year of the file's other
    readings when they are all of one year (the year ``validate`` says the file is of),
    else its year is unknown (None), said apart by the figures. A reading of no platform
    (a long file's unknown platform) counts for none. Only the few readings left out,
    and the kept ones of their entities, are looked at."""
    if not gone:
        return {}
    eidx = np.concatenate([np.asarray(g[0], dtype=np.int64) for g in gone])
    plat = np.concatenate([np.asarray(g[1], dtype=np.int64) for g in gone])
    year = np.concatenate([np.asarray(g[2], dtype=float) for g in gone])
    bad = np.concatenate([np.zeros(len(g[0]), dtype=bool) if g[3] is None
                          else np.asarray(g[3], dtype=bool) for g in gone])
    year[bad] = np.nan  # a year stated beside a bad date was kept by the reader (not bad)
    if (np.isnan(year) & ~bad).any() and wave is not None:
        day = wave()
        if day is not None:
            year = np.where(np.isnan(year) & ~bad,
                            float(day.astype("datetime64[Y]").astype(int) + 1970), year)
    if file_year is not None:  # else the year the year column states on every row
        year = np.where(np.isnan(year) & ~bad, file_year, year)
    if bad.any():  # the file's one year, when its readings have one (else unknown)
        kept_years = (set(readings.dated.year_counts()) if readings.dated is not None
                      else {int(y) for y in np.unique(readings.year) if y == y})
        known = kept_years | {int(y) for y in year[~np.isnan(year)]}
        if len(known) == 1:
            year[bad] = float(next(iter(known)))
    num, codes = readings.numbered_codes()
    ent = num[eidx].astype(np.int64)
    # unreadable: each reading its own (not :class:`_PairKeys`' entity as written: each
    # reading left out is a None of its platform and year)
    ent = np.where(ent >= 0, ent, -1 - np.arange(len(ent)))
    # the kept readings of those entities (by their distinct entities: "01" and "Ain" one)
    of = np.flatnonzero(np.isin(num, ent[ent >= 0]))
    kept = readings.take(np.flatnonzero(np.isin(readings.eidx, of)))
    held = set(zip(num[kept.eidx].tolist(), kept.platform.tolist(),
                   [None if y != y else int(y) for y in kept.year.tolist()]))
    missed = {(e, p, None if y != y else int(y))
              for e, p, y in zip(ent.tolist(), plat.tolist(), year.tolist()) if p >= 0}
    out: dict = {}
    for e, p, y in sorted(missed - held, key=lambda epy: (epy[1], -1 if epy[2] is None
                                                           else epy[2], epy[0] < 0, epy[0])):
        out.setdefault((PLATFORM_IDS[p], y), []).append(str(codes[e]) if e >= 0 else None)
    return out


#: The presence codes of the answers read as not answered whatever the blank rule (see
#: :func:`_read_block`): -2 a doubt (« Oui ? »), -3 words that say so (« NR », « N/A »)
_UNANSWERED = {ANSWER_DOUBTFUL: -2, ANSWER_NOT_GIVEN: -3, ANSWER_NOT_APPLICABLE: -3}


def _doubtful_counts(present: np.ndarray, followers: np.ndarray, plat: np.ndarray,
                     source_row: np.ndarray, problems: _Problems) -> dict:
    """:attr:`Readings.doubtful`: the readings with a count beside a doubtful answer
    (``present`` -2, before the blank rule), each with its cell as :func:`_answer_notes`
    kept it. A pass over the rows only when the file has a doubtful answer."""
    cells = problems.doubtful_cells
    if not cells:
        return {}
    with_count = np.flatnonzero((present == -2) & ~np.isnan(followers))
    if not len(with_count):
        return {}
    n_plat = len(PLATFORM_IDS)
    rows = np.concatenate([c[0] for c in cells]).astype(np.int64)
    texts = np.concatenate([c[2] for c in cells])
    keys = rows * n_plat + np.concatenate([c[1] for c in cells]).astype(np.int64)
    wanted = source_row[with_count].astype(np.int64) * n_plat + plat[with_count]
    hit = np.isin(keys, wanted)
    return {(int(k % n_plat), int(k // n_plat)): str(t) for k, t in zip(keys[hit], texts[hit])}


def _answer_notes(answers: np.ndarray, codes: np.ndarray, uniques, c: Column,
                  rownums: np.ndarray, problems: _Problems,
                  plat: np.ndarray | None = None) -> None:
    """The presence cells read with a note (:func:`~.values.read_presence`: a doubtful
    "Oui ?", a marked "Oui*", an "Inactif", a "Non renseigné", an "N/A"): one warning per
    note for the column, with its count, its distinct texts (with their counts, most
    frequent first: :func:`~.cells.texts_counted`) and its rows. Decided per distinct
    value: a pass over the rows only when a cell has a note. The doubtful cells are kept
    with their rows and platforms (``plat``, per row) in ``problems.doubtful_cells``."""
    notes = np.array([None if a is None else a[1] for a in answers], dtype=object)
    for note in (ANSWER_DOUBTFUL, ANSWER_NOT_GIVEN, ANSWER_NOT_APPLICABLE, ANSWER_MARKED,
                 ANSWER_INACTIVE, ANSWER_SYMBOL):
        mine = notes == note
        if not mine.any():
            continue
        rows = np.flatnonzero(mine[codes])
        if not len(rows):  # a distinct value no row holds (a dropped blank row's)
            continue
        texts = texts_counted(codes[rows], uniques)
        if note == ANSWER_DOUBTFUL and plat is not None:  # each cell's text, per distinct value
            shown_ = np.array([_text(u) for u in uniques], dtype=object)
            problems.doubtful_cells.append((rownums[rows], plat[rows], shown_[codes[rows]]))
        if note == ANSWER_SYMBOL:  # each text with what it was read as (« ✅ » lu Oui;
            # in English '✅' read as yes: the reading in the message's words)
            read = {_text(u): a[0] for u, a in zip(uniques, answers) if a is not None}
            texts = [Msg("answer-symbol-text", value=t.params["value"], n=t.params["n"],
                         answer=_ANSWER_WORDS[1 if read.get(t.params["value"]) else 0])
                     for t in texts]
        problems.add(rows_problem(note, rownums[rows], len(rows), column=c.header,
                                  texts=texts))


def _presence_counts(uniques, codes: np.ndarray, failed: np.ndarray, mine: np.ndarray | None,
                     c: Column, platform: str | None, cols: dict[str, Column],
                     per_platform: dict[str, dict[str, Column]], cells, rownums: np.ndarray,
                     problems: _Problems) -> np.ndarray | None:
    """A presence column whose filled cells are mostly numbers (« 98 765 » under
    « Facebook »: :func:`~.values.looks_like_count`), most of them no 1 or 0 that a
    presence reads: follower counts under a header read as presence. Said once for the
    column (``presence-counts``: how many, the first, their rows), with the header that
    reads them as followers (« Abonnés Facebook »), or the platform's followers column when
    the file has one; its numbers, a 1 or a 0 too (a count there), are not read. Returns
    the flag of those distinct values (``failed``'s shape), None when the column is no such
    column: a typo among Oui and Non, or among 1 and 0, stays said cell by cell. Decided
    per distinct value."""
    if not any(bool(f) and looks_like_count(u) for u, f in zip(uniques, failed)):
        return None
    counts = np.array([looks_like_count(u) for u in uniques] + [False], dtype=bool)
    own_codes = codes if mine is None else codes[mine]
    per_value = np.bincount(own_codes[own_codes >= 0], minlength=len(uniques))
    filled = np.array([not _is_blank(u) for u in uniques], dtype=bool)
    unread = int(per_value[counts[:-1] & failed[:-1]].sum())  # no presence reads them
    answers = int(per_value[counts[:-1] & ~failed[:-1]].sum())  # a 1 or a 0
    if 2 * (unread + answers) <= int(per_value[filled].sum()) or unread <= answers:
        return None
    hit = counts[codes] if mine is None else counts[codes] & mine
    rows = np.flatnonzero(hit)
    own = per_platform.get(c.platform or "", {}) if mine is not None else {}
    followers = cols.get("followers") or own.get("followers")
    named = platform or c.platform
    if followers is not None:
        where = Msg("presence-counts-column", column=followers.header)
    else:
        where = Msg("presence-counts-header", followers=(
            Msg("example-followers", platform=PLATFORMS[named].words()) if named
            else Msg("example-followers-any")))
    problems.add(rows_problem("presence-counts", rownums[rows], len(rows), column=c.header,
                              severity="error", value=_text(cells.at(int(rows[0]))),
                              where=where))
    return counts


#: The fewest counts a followers column holds for :func:`_followers_zero_one` to say that
#: they are all 0 or 1: a few accounts of 0 or 1 follower happen (new, or closed); five or
#: more, and none of 2 or more, is a presence column under a followers header
FOLLOWERS_ZERO_ONE_MIN = 5


def _followers_zero_one(read: np.ndarray, c: Column, platform: str | None,
                        cols: dict[str, Column], per_platform: dict[str, dict[str, Column]],
                        cells, rownums: np.ndarray, problems: _Problems) -> None:
    """A followers column whose counts are all 0 or 1, at least
    :data:`FOLLOWERS_ZERO_ONE_MIN` of them and a 1 among them (« Abonnés Facebook » over
    1, 0, 1, 1, 0): a presence column (1 = yes, 0 = no) under a header read as followers,
    the opposite of ``presence-counts``. Read as counts still (a 1 says present, a 0 leaves
    it to the blank rule), and said once for the column (``followers-zero-one``: how many,
    the first 1, their rows), with what to do: head it as the platform's presence
    (« Facebook »), or, when the platform has a presence column, remove it. A column of 0
    alone is no such column (a 0 typed for no account: the blank rule says so). One pass
    over the counts (``fmax``, NaN aside) unless every count is 0 or 1."""
    top = np.fmax.reduce(read) if len(read) else np.nan
    if not top == 1:  # a count of 2 or more, none, or only 0: a followers column
        return
    ones = np.flatnonzero(read == 1)
    n = len(ones) + int(np.count_nonzero(read == 0))
    if n < FOLLOWERS_ZERO_ONE_MIN:
        return
    own = per_platform.get(c.platform or "", {}) if platform is None else {}
    presence = cols.get("present") or own.get("present")
    named = platform or c.platform
    if presence is not None:
        where = Msg("followers-zero-one-column", column=presence.header)
    else:
        where = Msg("followers-zero-one-header", presence=(
            Msg("example-presence", platform=PLATFORMS[named].words()) if named
            else Msg("example-presence-any")))
    rows = np.flatnonzero(~np.isnan(read))
    problems.add(rows_problem("followers-zero-one", rownums[rows], n, column=c.header,
                              value=_text(cells.at(int(ones[0]))), where=where))


def _counts_as_accounts(kinds: np.ndarray, uniques, codes: np.ndarray,
                        mine: np.ndarray | None, c: Column, platform: str | None,
                        cols: dict[str, Column], per_platform: dict[str, dict[str, Column]],
                        cells, rownums: np.ndarray, problems: _Problems) -> None:
    """An account column's cells that are numbers (« 28784 »: :func:`~.values.
    looks_like_count`): a follower count typed one column too far, its count lost (rank:
    « un compte sans nombre d'abonnés »). Read as the account's name still (a presence), and
    said once for the column (``account-number``: how many, the first, their rows), with
    the column where a count goes: the platform's followers column when the file has one,
    else the one to add (« Facebook - abonnés »). Decided per distinct value."""
    flag = np.array([k is not None and k[0] == "account"
                     and (not isinstance(u, str) or u.lstrip()[:1].isdigit())  # cheap first
                     and looks_like_count(u)
                     for k, u in zip(kinds[:-1], uniques)] + [False], dtype=bool)
    if not flag.any():
        return
    hit = flag[codes]
    if mine is not None:
        hit &= mine
    rows = np.flatnonzero(hit)
    if not len(rows):
        return
    own = per_platform.get(c.platform or "", {}) if mine is not None else {}
    followers = cols.get("followers") or own.get("followers")
    if followers is not None:
        where = Msg("account-number-column", column=followers.header)
    elif platform is not None:
        where = Msg("account-number-add", column=f"{PLATFORMS[platform].label_fr} - abonnés")
    else:
        where = Msg("account-number-long")
    problems.add(rows_problem("account-number", rownums[rows], len(rows), column=c.header,
                              value=_text(cells.at(int(rows[0]))), where=where))


def _account_answers(present: np.ndarray, said: np.ndarray, cells, c: Column,
                     usable: np.ndarray, rownums: np.ndarray, problems: _Problems) -> None:
    """An account column's cells that are answers ("Oui", "Non", "pas de compte": ``said``
    1 or 0) or placeholders ("-", "N/A": -2), not accounts: an answer is the reading's
    presence when its presence cell is blank, a placeholder a blank; each said with its
    rows. An answer that contradicts the presence cell is said row by row (presence wins)."""
    rows = np.flatnonzero((said >= 0) & (present == -1) & usable)  # not a doubtful one
    if len(rows):
        present[rows] = said[rows]
        examples = []  # the first cell read as "yes", then the first read as "no"
        for answer, meaning in ((1, Words("présent", "present")), (0, Words("absent", "absent"))):
            first = rows[said[rows] == answer][:1]
            if len(first):
                examples.append(Msg("account-answer-example", value=_text(cells.at(int(first[0]))),
                                    meaning=meaning))
        problems.add(rows_problem("account-answer", rownums[rows], len(rows), column=c.header,
                                  examples=examples))
    against = np.flatnonzero((said >= 0) & (present >= 0) & (said != present) & usable)
    problems.each(against, lambda i: Problem.of(
        "account-contradicts", int(rownums[i]), c.header, _text(cells.at(i)),
        severity="warning"), "warning", code="account-contradicts")
    rows = np.flatnonzero((said == -2) & usable)
    if len(rows):
        problems.add(rows_problem("account-none", rownums[rows], len(rows), column=c.header,
                                  example=_text(cells.at(int(rows[0])))))


def _plain(dates, year) -> tuple[np.ndarray, np.ndarray]:
    """Dates and years as per-reading arrays (:class:`_DateCodes` spread)."""
    if isinstance(dates, _DateCodes):
        return dates.dates(), dates.years()
    return dates, year


def _role_columns(cols: dict[str, Column], per_platform: dict[str, dict[str, Column]],
                  role: str, plat: np.ndarray) -> list[tuple[Column, np.ndarray | None]]:
    """The columns read for ``role``: ``[(column, None)]``, read on every row, or (a long
    file's role read per platform, :func:`~.layout._long_roles`) each platform's column
    with the mask of its platform's rows; none when the file has no column for it."""
    if role in cols:
        return [(cols[role], None)]
    return [(own[role], plat == _PLATFORM_CODE[p]) for p, own in per_platform.items()
            if role in own]


def _long_platforms(raw: RawColumns, rownums: np.ndarray, layout: _Layout,
                    cols: dict[str, Column], problems: _Problems) -> np.ndarray:
    """Long files: per row the code of its platform (-1 when blank or unknown: an error of
    the row, said here); then the cells of a column naming a platform filled on other
    platforms' rows (:func:`_other_platform_cells`)."""
    pcol = next(c for c in layout.columns if c.role == "platform")
    codes, found, _ = _map_distinct(raw[pcol.index], _platform_code)
    plat = found.astype(np.int8)[codes]
    unknown = plat < 0
    if unknown.any():
        def unknown_platform(i: int) -> Problem:
            raw_p = _text(raw[pcol.index].at(i))
            return Problem.of(cell_error_code(raw_p) if excel_error(raw_p) else
                              "platform-any" if raw_p and match_platform(raw_p) == "any"
                              else "platform-unknown" if raw_p else "platform-missing",
                              int(rownums[i]), pcol.header, raw_p)
        problems.each(np.flatnonzero(unknown), unknown_platform,
                      code=codes_by_key(codes, lambda i: unknown_platform(i).code))
    _other_platform_cells(raw, rownums, plat, cols, layout.own, problems)
    return plat


def _other_platform_cells(raw: RawColumns, rownums: np.ndarray, plat: np.ndarray,
                          cols: dict[str, Column],
                          per_platform: dict[str, dict[str, Column]], problems: _Problems
                          ) -> None:
    """Long files: a column that names a platform, filled on rows of another platform, is
    said, a warning per column with their count and first rows. A column read on every row
    ("abonnés Facebook" when there is no "abonnés", :func:`~.layout._long_roles`) is read
    on them; one of a role read per platform ("abonnés Instagram" beside it) is not.
    Blank cells are decided per distinct value (:func:`_blank_mask`); a file whose columns
    name no platform makes no pass over its rows here."""
    named = [(c, True) for c in cols.values()] + [
        (c, False) for own in per_platform.values() for c in own.values()]
    for c, read in sorted(named, key=lambda cr: cr[0].index):
        if not c.platform:
            continue
        other = (plat >= 0) & (plat != _PLATFORM_CODE[c.platform])
        at = _filled_at(raw[c.index], other)
        if len(at):
            n = len(at)
            key = "column-platform-other-rows" if read else "column-platform-other-rows-unread"
            problems.add(rows_problem(key, rownums[at], n, column=c.header,
                                      problem_code="column-platform-other-rows",
                                      platform=PLATFORMS[c.platform].words()))


def _filled_at(col, rows: np.ndarray) -> np.ndarray:
    """The positions of the filled cells of ``col`` among ``rows`` (a mask). Arrow text
    (counts of a large CSV): its missing cells set aside on the validity bitmap, chunk by
    chunk, the blank test (a regex) made on the others only (a column filled on its own
    platform's rows only: none; 80 ms per column of 3.5 M cells otherwise); else per
    distinct value (:func:`_blank_mask`)."""
    from .raw import RowColumn

    if isinstance(col, RowColumn) and col.is_arrow:
        from .._arrow import valid

        data = col.data
        filled = np.concatenate([valid(chunk) for chunk in getattr(data, "chunks", [data])]
                                or [np.zeros(0, dtype=bool)])
        at = np.flatnonzero(rows & filled)
        return at[~_blank_mask(col.take(at))] if len(at) else at
    return np.flatnonzero(rows & ~_blank_mask(col))


def _own_rows(raw: RawColumns, plat: np.ndarray, per_platform: dict[str, dict[str, Column]]
              ) -> RawColumns:
    """Long files: the cells with each column of a role read per platform (``layout.own``)
    blank outside its platform's rows (the same cells elsewhere): its problems, the order
    of its dates and the wave's date come from its own rows only. ``raw`` itself when
    there is none (the usual: no copy)."""
    if not per_platform:
        return raw
    columns = dict(raw.columns_)
    for p, own in per_platform.items():
        mine = plat == _PLATFORM_CODE[p]
        for c in own.values():
            columns[c.index] = _blank_outside(raw[c.index], mine)
    out = RawColumns(columns, len(raw))
    out.notes = raw.notes
    return out


def _blank_outside(col, keep: np.ndarray):
    """Column ``col`` with its cells outside ``keep`` missing, vectorised: codes set to -1,
    Arrow text under another validity bitmap (no copy of the text), floats set to NaN;
    other numbers numbered first (their distinct values, as :meth:`RowColumn.factorized`)."""
    from .._arrow import valid, with_nulls
    from .raw import RowColumn

    if isinstance(col, CodedColumn):
        return CodedColumn(np.where(keep, col.codes, -1).astype(col.codes.dtype, copy=False),
                           col.values)
    if not col.is_arrow:
        if col.data.dtype.kind == "f":
            return RowColumn(np.where(keep, col.data, np.nan))
        return _blank_outside(CodedColumn(*col.factorized()), keep)
    import pyarrow as pa

    data = col.data
    chunks, start = [], 0
    for chunk in getattr(data, "chunks", [data]):
        end = start + len(chunk)
        chunks.append(with_nulls(chunk, keep[start:end] & valid(chunk)))
        start = end
    return RowColumn(pa.chunked_array(chunks, type=data.type) if hasattr(data, "chunks")
                     else chunks[0])


def _block_dates(rows: _Rows, cols: dict[str, Column], cell_error: np.ndarray, opts: _Options,
                 problems: _Problems, bad_date: np.ndarray | None = None
                 ) -> tuple[np.ndarray, np.ndarray]:
    """The dates of a block (NaT when none) and their years (NaN when none), or the dates as
    :class:`_DateCodes` and None; bad dates are errors of their cell (``cell_error``, in
    place), also marked in ``bad_date`` when given (their year is none: a date in the
    future or too old was rejected, its year with it)."""
    n = len(rows.raw)
    if "date" not in cols:
        return np.full(n, np.datetime64("NaT"), dtype="datetime64[s]"), np.full(n, np.nan)
    with_years = "row_date" not in cols  # else the years of the dates once completed
    dates, years, bad = _read_dates(rows, cols["date"], opts, problems, with_years)
    if bad is not None:
        cell_error[bad] = True
        if bad_date is not None:
            bad_date[bad] = True
    if with_years:
        return dates, years
    # the row's date where the platform's is blank: its cells used so are checked as a
    # platform date's (unreadable, future or too old: an error of the cell, said once)
    use = np.isnat(dates)
    if bad is not None:
        use[bad] = False  # a bad platform date is its own error, the row's date unused
    row_dates, _, bad = _read_dates(rows, cols["row_date"], opts, problems,
                                    with_years=False, use=use)
    if bad is not None:
        cell_error[bad] = True
        if bad_date is not None:
            bad_date[bad] = True
    dates = np.where(use, row_dates, dates)
    return dates, _years_of(dates)


def _spread(codes: np.ndarray, tables: list[np.ndarray], flags: np.ndarray | None = None
            ) -> tuple[list[np.ndarray], np.ndarray | None]:
    """``[t[codes] for t in tables]`` (a few distinct values spread over millions of rows)
    and, with ``flags``, ``np.flatnonzero(flags[codes])``: the rows whose distinct value
    is flagged. Slice by slice: numpy turns int32 codes into a whole intp copy for each
    look-up (28 MB of fresh memory on 3.5 M rows); a slice's copy, made once for every
    look-up, stays small and in cache, and no mask of millions of rows is made. The
    slices are shared between the cores (:mod:`barometre._parallel`)."""
    outs = [np.empty(len(codes), dtype=t.dtype) for t in tables]

    def part(lo: int, hi: int) -> list[np.ndarray]:  # its slices of the outputs
        found = []
        for start in range(lo, hi, STEP):
            at = codes[start:min(start + STEP, hi)].astype(np.intp, copy=False)
            for t, out in zip(tables, outs):
                np.take(t, at, out=out[start:start + len(at)], mode="wrap")  # -1: the last
            if flags is not None:
                found.append(np.flatnonzero(np.take(flags, at, mode="wrap")) + start)
        return found

    found = [f for fs in parts(len(codes), STEP, part) for f in fs]
    if flags is None:
        return outs, None
    return outs, (np.concatenate(found) if found else np.zeros(0, dtype=np.intp))


def _platform_code(v) -> int:
    """The integer code of a platform's name (-1 when blank or unknown, or « Au moins un
    réseau »: no platform, a figure barometre derives from the platforms' rows)."""
    p = None if _is_blank(v) else match_platform(_text(v))
    return -1 if p is None or p == "any" else _PLATFORM_CODE[p]


def _account_in_presence(v):
    return v.strip() if isinstance(v, str) and looks_like_account(v) else None


def _index_or_none(values: np.ndarray) -> np.ndarray:
    """Per distinct value, its index, or -1 when the value is None (int32)."""
    has = np.array([v is not None for v in values], dtype=bool)
    return np.where(has, np.arange(len(values)), -1).astype(np.int32)


def _years(dates: np.ndarray) -> np.ndarray:
    """The calendar year of each date as a float (NaN for NaT)."""
    years = dates.astype("datetime64[Y]").astype(float) + 1970
    years[np.isnat(dates)] = np.nan
    return years


def _years_of(dates: np.ndarray) -> np.ndarray:
    """:func:`_years`, computed per distinct date (millions of readings, a few dates)."""
    codes, u = first_appearance(dates.view("int64"))
    return _years(np.asarray(u, dtype=np.int64).view("datetime64[s]"))[codes]


def _column_order(rows: _Rows, c: Column, codes: np.ndarray, uniques, problems: _Problems
                  ) -> _DateOrder:
    """The order of date column ``c`` (:func:`_order_of`); a month-first one is said once
    (a wide file's shared date column is read once per platform), and so are the
    ambiguous dates of a day-first one that mixes both orders."""
    order = _order_of(c, codes, uniques, rows.date_orders)
    if order.given or c.index in rows.orders_said:
        return order
    rows.orders_said.add(c.index)
    if order.order == "mdy":
        problems.add(order.warning(codes, rows.raw[c.index], rows.rownums, c))
    elif order.mixed:  # « 03/04/2025 » beside « 10/15/2025 »: not read half one way unsaid
        said = order.mixed_day_first(codes, rows.raw[c.index], rows.rownums, c)
        if said is not None:
            problems.add(said)
    elif order.counts is None:  # nothing decided the column: day first, said when doubtful
        said = _assumed_day_first(rows, c, codes, uniques)
        if said is not None:
            problems.add(said)
    return order


class _LazyCues:
    """What a file's cells say of a US export (:func:`_assumed_day_first`) and whether any
    of its date columns reads day first only, looked at once, the first time a date column
    has no deciding cell (a French file with « 15/03/2025 » never pays for it)."""

    def __init__(self, raw: RawColumns, blocks: list, date_cols: list[Column], rows: _Rows,
                 opts: _Options):
        self._args = raw, blocks, date_cols, rows, opts
        self._day_first: bool | None = None
        self._true_false: bool | None = None
        self._french: bool | None = None

    def day_first_somewhere(self) -> bool:
        """Whether a cell of the file's date columns reads day first only ("15/03/2025")."""
        if self._day_first is None:
            raw, _, cols, rows, _ = self._args
            self._day_first = any(
                any(date_order_evidence(u) == DAY_FIRST_ONLY for u in
                    _date_cells(raw, c, rows.date_cells)[1]) for c in cols)
        return self._day_first

    def true_false(self) -> bool:
        """Whether a presence column answers in English spreadsheet booleans, « TRUE » or
        « FALSE » as text (a French sheet writes VRAI/FAUX)."""
        if self._true_false is None:
            self._true_false = self._answers_any(lambda v: v in ("TRUE", "FALSE"))
        return self._true_false

    def french_answers(self) -> bool:
        """Whether a presence column answers « Oui »/« Non »: a French sheet, whatever its
        separator (a French user's comma CSV with « 5/3/2025 » typed is no US export)."""
        if self._french is None:
            self._french = self._answers_any(lambda v: v.lower() in ("oui", "non"))
        return self._french

    def _answers_any(self, test: Callable[[str], bool]) -> bool:
        """Whether a distinct text answer of a presence column passes ``test`` (stripped)."""
        raw, blocks, _, _, _ = self._args
        cols = {c.index for _, cs in blocks if (c := cs.get("present")) is not None}
        return any(any(isinstance(v, str) and test(v.strip()) for v in _distinct(raw[i])[1])
                   for i in sorted(cols))

    @property
    def comma(self) -> bool:
        return self._args[4].delimiter == ","


#: a numeric date d/m/y with a one-digit day or month ("3/5/2024"): French sheets and
#: Excel write 03/05/2024, a US locale 3/5/2024
_NO_LEADING_ZERO = re.compile(r"\s*(?:\d[/.\-]|\d{1,2}[/.\-]\d[/.\-])")


def _assumed_day_first(rows: _Rows, c: Column, codes: np.ndarray, uniques
                       ) -> Problem | None:
    """The ``dates-day-first-assumed`` warning of a date column read day first though no
    cell decides it (every numeric date reads both ways: "3/5/2024") in a file that looks
    like a US export: ambiguous dates without their leading zeros (a US locale's, never
    Excel's nor a French sheet's « 06/03/2025 »), and a CSV separated by commas whose
    presence answers are not « Oui »/« Non », or answers « TRUE »/« FALSE » (Google Sheets
    in an English locale).
    Day first stays the rule (a French survey); the warning says how many dates the
    guess concerns, the first, and ``date_order`` that settles it. None when a date of
    the file reads day first only, when nothing is ambiguous, or without such a cue."""
    cues = rows.us_cues
    if not (cues.comma or cues.true_false()):  # the usual French file: nothing looked at
        return None
    texts = [u if isinstance(u, str) else None for u in uniques]
    either = np.fromiter((t is not None and date_order_evidence(t) == EITHER_ORDER
                          for t in texts), dtype=bool, count=len(texts))
    if not either.any():
        return None
    # a US locale writes 3/5/2024; dates with their zeros (« 06/03/2025 », Excel's and a
    # French sheet's, Google Sheets' in French with its TRUE/FALSE checkboxes) are no cue
    if not any(_NO_LEADING_ZERO.match(t) for t, e in zip(texts, either) if e):
        return None
    said = []
    if cues.comma and not cues.french_answers():
        said.append(Msg("us-cue-comma"))
    if cues.true_false():
        said.append(Msg("us-cue-true-false"))
    if not said or cues.day_first_somewhere():
        return None
    counts = _code_counts(codes, len(uniques))
    either &= counts > 0  # a value of no row (a dropped blank row's) says nothing
    if not either.any():
        return None
    n = int(counts[either].sum())
    hit = np.flatnonzero(np.append(either, False)[codes])
    value = _text(rows.raw[c.index].at(int(hit[0])))
    day_first, month_first = parse_date(value), parse_date(value, "mdy")
    msg = Msg("dates-day-first-assumed", n=Count(n), s=plural(n), value=value,
              row=int(rows.rownums[hit[0]]), day_first=_long_date(day_first),
              month_first=_long_date(month_first),
              cues=said)
    return Problem.said(msg, column=c.header, value=value, severity="warning", count=n,
                        rows=rows.rownums[hit])


def _long_date(d) -> Words:
    """« 5 mars 2025 », "5 March 2025": the two readings of « 5/3/2025 » told apart in
    words (« le 05/03/2025 … le 03/05/2025 mois d'abord » read as two notations)."""
    from ..render.waves import wave_date

    iso = d.strftime("%Y-%m-%d")
    return Words(wave_date(iso, "fr"), wave_date(iso, "en"))


def _read_dates(rows: _Rows, c: Column, opts: _Options, problems: _Problems,
                with_years: bool = True, use: np.ndarray | None = None
                ) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None]:
    """A date column: unreadable dates, dates in the future and too old ones are errors of
    their cell.

    Returns ``(dates, years, bad)``: per row its date (NaT when blank or unreadable) and,
    ``with_years``, its year (NaN when none; else None), both spread from the distinct
    dates (``with_years`` and every row read: the dates as :class:`_DateCodes`, years
    None); and the positions of the rows in error, in order (None when there is none).
    Every bad cell is said, on a row in error too (an unknown entity, another bad cell of
    the row: the user meets every problem at once). ``rows.dates_said`` holds, per date
    column, the rows already reported: a wide file's shared date column is read once per
    platform, and its bad cells are said once. ``use``: the rows whose date is
    read (a wide file's row date, used where the platform's date is blank); the others'
    bad cells are neither said nor returned (None: every row).
    """
    raw, rownums, said = rows.raw, rows.rownums, rows.dates_said
    cells = raw[c.index]
    codes, uniques = _date_cells(raw, c, rows.date_cells)  # timestamps: per distinct date
    order = _column_order(rows, c, codes, uniques, problems)
    why: dict = {}  # the code of each unreadable distinct cell, kept as it is found

    def read(v):
        try:
            return _as_datetime64(parse_date(v, order.order))
        except CellError as exc:
            why[v] = exc.code
            raise
    results, failed = _per_distinct(uniques, read)
    dates_u = _datetime_array(results)  # the blank cells' slot last (codes -1)
    # one flag per distinct date (exclusive: an unreadable date is NaT): 1 unreadable,
    # 2 in the future, 3 too old; the rows are looked at only where it is set
    flag_u = failed.astype(np.uint8)
    flag_u[future_mask(dates_u, opts.today)] = 2
    flag_u[too_old_mask(dates_u)] = 3
    if with_years and use is None:  # codes into the distinct dates: nothing spread
        _, bad = _spread(codes, [], flag_u if flag_u.any() else None)
        dates, years = _DateCodes(codes, dates_u, _years(dates_u)), None
    else:
        tables = [dates_u, _years(dates_u)] if with_years else [dates_u]
        spread, bad = _spread(codes, tables, flag_u if flag_u.any() else None)
        dates, years = spread[0], (spread[1] if with_years else None)
    if bad is not None and use is not None:
        bad = bad[use[bad]]
    if bad is None or not len(bad):
        return dates, years, None  # no bad date: no row to look at
    kind = flag_u[codes[bad]]
    done = said.setdefault(c.index, np.zeros(len(raw), dtype=bool))
    skip = done[bad]
    mixed = order.kinds == order.contrary if order.mixed else None
    mixed_msg = None  # made once, at its first use

    def unreadable(i: int) -> Problem:
        nonlocal mixed_msg
        if mixed is not None and mixed[codes[i]]:  # 03/15/2025 among more 15/03/2025: why
            mixed_msg = mixed_msg or order.mixed_message(codes, cells, rownums)
            return Problem.said(mixed_msg, int(rownums[i]), c.header,
                                _text(cells.at(i)), code="date-invalid")
        return value_problem(rownums[i], c, cells.at(i), "date", order.order)

    def code(i: int) -> str:  # past the cap, per distinct cell: the code said when read
        if mixed is not None and mixed[codes[i]]:
            return "date-invalid"
        v = cells.at(i)
        try:
            return why[v]
        except (KeyError, TypeError):  # another value than the one read: read again
            return value_code(v, "date", order.order)
    problems.each(bad[(kind == 1) & ~skip], unreadable, code=codes_by_key(codes, code))
    problems.each(bad[(kind == 2) & ~skip], lambda i: Problem.of(
        "future-date", int(rownums[i]), c.header, _text(cells.at(i))), code="future-date")
    too_old_dates(bad[(kind == 3) & ~skip], cells, rownums, c, problems)
    done[bad[~skip]] = True
    return dates, years, bad


def _blank_rule(present: np.ndarray, plat: np.ndarray, written: np.ndarray,
                blocks: list, layout: _Layout, rownums: np.ndarray, opts: _Options,
                problems: _Problems, waves: Callable | None = None,
                held: frozenset = frozenset(), refused: tuple | None = None) -> np.ndarray:
    """Apply the blank-cell rule to the kept readings and say what it decided
    (``written``: the cells that show their column writes its answers, a "Non", a
    doubtful answer, a "Non renseigné", an "Inactif": see :func:`~.rules.apply_blank_rule`).

    A file of several waves (a long file, one wave after the other: ``waves`` gives
    :func:`_reading_waves`, asked only when a blank is left to the rule) decides each wave's
    blanks on that wave's own rows, as the same waves in separate files are read: a 2024
    Instagram column without any « Non » reads its blanks as absence even though 2025's rows
    write « Non ». Said per platform whose waves read them differently (``blank-waves``).

    ``held``: the codes of the platforms filled in on readings left out for an error (an
    answer cell that is one, an answer on a row in error): a platform without any answer
    left is no platform « not surveyed » then, its blanks said as counted not answered
    (``blank-unknown``), or absent under ``--blank absent``, as asked (``blank-absent``:
    the column was filled, and reads as it will once those rows are corrected; in a file
    of several waves, a platform answered at another wave stays not surveyed at these,
    ``blank-empty-waves``).

    ``refused``: the readings left out for an error whose cell shows its column writes its
    answers, ``(platform codes, dates, years)`` (:func:`_read_block`), None when none is. A
    row refused for another cell's error (« Morbihant ») still tells how the column is
    filled: its « Non » makes the column's blanks not answered, as it would once the name
    is corrected (each wave's, in a file of several, by the wave of its date or year; a
    reading of no wave read tells none)."""
    unfilled = None
    if (layout.shape == "wide" and opts.blank is None and len(blocks) > 1
            and (present < 0).any() and (written.any() or refused is not None
                                         or opts.template)):
        # rows without any answer on any platform (nobody filled them in): see apply_blank_rule;
        # a doubtful answer ("Oui ?") was filled in
        unfilled = ~np.isin(rownums, np.unique(rownums[present != -1]))
    # per wave under --blank absent too: a platform without any answer at a wave was not
    # surveyed then (--blank unknown reads those blanks as not answered anyway)
    cut = (waves() if waves is not None and opts.blank != "unknown" and (present == -1).any()
           else None)
    doubtful = present <= -2  # "Oui ?", "NR": not answered, whatever the rule says of blanks
    if doubtful.any():
        present = present.copy()
        present[doubtful] = -1
    n_plat = len(PLATFORM_IDS)
    # several waves: the rule decides per wave × platform (one key), each wave on its rows
    key = plat if cut is None else (cut[0] + 1) * n_plat + plat.astype(cut[0].dtype)
    read = present  # as read, before blanks become absences (the rule copies it then)
    also = None  # the keys written on refused readings (a wave's of several: its wave's)
    if refused is not None:
        r_plat = refused[0]
        if cut is None:
            also = r_plat
        else:
            r_wave = cut[2]
            also = ((r_wave + 1) * n_plat + r_plat)[r_wave >= 0]
        also = also.astype(key.dtype)
    present, decisions = apply_blank_rule(present, key, ~doubtful if doubtful.any() else None,
                                          written, opts.blank, unfilled,
                                          template=opts.template, also_written=also)
    headers, without = {}, {}  # ``without``: the roles read where no presence column is
    for platform, cols in blocks:
        c = cols.get("present") or cols.get("account") or cols.get("followers")
        if c is not None:
            headers[platform] = c.header
        if "present" not in cols:
            without[platform] = [r for r in ("followers", "account") if r in cols]
    # a file without any answer is said once (no-answer names its columns), not again per
    # platform ("aucune réponse dans le fichier" under each)
    no_answer = any(x.code == "no-answer" for x in problems)
    by_wave: dict[int, list] = {}  # per platform: (wave, meaning, n), several waves only
    if cut is not None:  # one decision per platform and meaning, its waves' rows together
        merged: dict[tuple[int, str], list] = {}
        for k, meaning, rows in decisions:
            p, w = int(k) % n_plat, int(k) // n_plat - 1
            merged.setdefault((p, meaning), []).append(rows)
            if w >= 0:  # a reading of neither date nor year: in no wave to name
                by_wave.setdefault(p, []).append((w, meaning, len(rows)))
        decisions = [(p, meaning, np.sort(np.concatenate(rows)))
                     for (p, meaning), rows in merged.items()]
    for code, meaning, rows in decisions:
        if no_answer and meaning == "empty":
            continue
        p = PLATFORM_IDS[code]
        column = headers.get(p, headers.get(None))
        if meaning == "empty" and code in held:  # filled, in errors: not "not surveyed"
            answered_elsewhere = cut is not None and bool((read[plat == code] >= 0).any())
            if opts.blank == "absent" and not answered_elsewhere:
                # --blank absent says what a blank means in a column the surveyor filled:
                # this one was (its answers on rows left out), and reads as it will once
                # they are corrected (« comme demandé (--blank absent) »)
                present = present.copy() if present is read else present
                present[rows] = 0
                meaning = "absent"
            elif opts.blank != "absent":
                meaning = "unknown"
        if meaning == "empty" and cut is not None and (read[plat == code] >= 0).any():
            # the platform answered at another wave: not read at these only
            waves_said = [cut[1][w] for w, m, _ in by_wave[code] if m == "empty"]
            problems.add(rows_problem("blank-empty-waves", rownums[rows], len(rows),
                                      column=column, problem_code="blank-empty",
                                      platform=PLATFORMS[p].words(),
                                      waves=_waves_said(waves_said)))
            continue
        # counts (or accounts) without a presence column: a presence column to add
        roles = without.get(p) if p in headers else without.get(None)
        problems.add(blank_problem(PLATFORMS[p].words(), column, meaning, opts.blank is not None,
                                   rownums[rows],
                                   presence_to_add=(f"{PLATFORMS[p].label_fr} - présence", roles)
                                   if roles else None))
    for code, said in by_wave.items():
        # the waves that read this platform's blanks as absence beside others that read
        # them as not answered: one warning that names each wave's reading and count (not
        # under --blank absent: one rule, the waves nobody answered said as such above)
        if opts.blank is not None or len({m == "absent" for _, m, _ in said}) < 2:
            continue
        p = PLATFORM_IDS[code]
        parts_ = [Msg("blank-wave-" + ("absent" if m == "absent" else
                                     "empty" if m == "empty" else "unknown"),
                      wave=_wave_said(cut[1][w]), n=Count(n), s=plural(n))
                  for w, m, n in sorted(said, key=lambda x: x[0])]
        problems.add(Problem.said(
            Msg("blank-waves", platform=PLATFORMS[p].words(),
                waves=Words(" ; ".join(x.render("fr") for x in parts_),
                            "; ".join(x.render("en") for x in parts_))),
            column=headers.get(p, headers.get(None)), severity="warning", code="blank-waves"))
    if layout.shape == "wide" and len(blocks) > 1 and present is not read:
        _blank_rows_absent(read, present, rownums, opts.blank is not None, problems)
    return present


def _blank_rows_absent(read: np.ndarray, present: np.ndarray, rownums: np.ndarray,
                       forced: bool, problems: _Problems) -> None:
    """Say the rows of a wide file without any answer on any platform that the blank rule
    counted absent everywhere (``blank-rows-absent``): a collectivité checked and found
    without any account, or a row nobody filled in (a template's, an export's row of every
    entity) that lowers every share; the per-platform warnings count cells, not rows, and
    cannot tell (`--blank absent` on barometre's template filled for 60 of 1,254 EPCI read
    « exhaustif » shares over 1,254)."""
    made = (read == -1) & (present == 0)
    if not made.any():
        return
    rows = np.setdiff1d(np.unique(rownums[made]), np.unique(rownums[~made]),
                        assume_unique=True)
    if len(rows):
        problems.add(rows_problem("blank-rows-absent" + ("-forced" if forced else ""),
                                  rows, len(rows), problem_code="blank-rows-absent"))


def _wave_said(label) -> Words:
    """A wave of :func:`_reading_waves` as the messages say it: « vague du 15 octobre 2024 »,
    « vague de 2024 »."""
    if isinstance(label, Day):
        return Words(f"vague du {label.render('fr')}", f"wave of {label.render('en')}")
    return Words(f"vague de {label}", f"wave of {label}")


def _waves_said(labels: list) -> Words:
    """Where some waves of :func:`_reading_waves` are, in order: « à la vague du
    10/03/2025 », « aux vagues du 15/10/2024 et du 10/03/2025 »."""
    labels = sorted(set(labels), key=lambda x: (x if isinstance(x, int) else x.year, str(x)))
    if len(labels) == 1:
        one = _wave_said(labels[0])
        return Words("à la " + one.render("fr"), "in the " + one.render("en"))
    said = words_and(Words(f"du {x.render('fr')}", x.render("en")) if isinstance(x, Day)
                     else Words(f"de {x}", str(x)) for x in labels)
    return Words("aux vagues " + said.fr, "in the waves of " + said.en)


def _reading_waves(dates, year: np.ndarray | None, eidx: np.ndarray, plat: np.ndarray,
                   ent_key: np.ndarray, others: tuple[np.ndarray, np.ndarray] | None = None
                   ) -> tuple | None:
    """The wave of each reading, as ``changes --data`` cuts a file of several waves
    (:func:`barometre.analysis.waves.assign_waves`): its dates in runs (no gap above
    :data:`~.rules.WAVE_GAP_DAYS`), a run of several dates cut where a second reading of
    its pairs begins (:func:`~.rules.rereading_cuts`), each wave's date its most frequent
    (the earliest on a tie); a reading without a date joins the first wave of its year (a
    wave of that year's own date, else one whose readings state that year), else the wave
    of its year. Returns per reading its wave's number (0, 1…, oldest first; -1: neither
    date nor year), and each wave's label (a :class:`~barometre.messages.Day`, or a year);
    None when the readings are of one wave (the usual: a look at their distinct dates).
    ``dates``: arrays or :class:`_DateCodes`; ``year``: per reading (None with date codes,
    whose years are their dates'); ``eidx``, ``plat``: per reading its entity as written and
    its platform; ``ent_key``: per entity as written its resolved entity
    (:func:`_entity_key`), the pairs' entity (« 01 » and « Ain » one département, as
    ``changes`` and the duplicates see them).

    ``others``: ``(dates, years)`` of readings left out of the cut (refused for an error),
    placed in it without moving it: a date read by some reading, that date's wave; no date,
    the first wave of its year; else -1. Their waves come third, when ``others`` is given."""
    cut = _DayRuns(dates)
    days, runs = cut.days, cut.runs
    years = None if isinstance(dates, _DateCodes) else year  # codes: their dates' years
    undated = None  # per reading: no date (arrays only, with a year to place it by)
    undated_years: list[int] = []
    if years is not None and cut.undated():
        undated = np.isnat(dates)
        undated_years = sorted({int(y) for y in np.unique(years[undated]) if y == y})
    if len(runs) + len(undated_years) < 2 and all(r.stop - r.start < 2 for r in runs):
        return None  # one date (or one year): one wave
    wave_of_day, n_waves = cut.waves(_PairKeys(ent_key, eidx, plat))  # made run by run
    # each wave's date: its most frequent date, the earliest on a tie
    per_day = cut.day_counts()
    labels: list = []
    for w in range(n_waves):
        at = np.flatnonzero(wave_of_day == w)
        labels.append(Day.of(days[at[np.argmax(per_day[at])]].astype("datetime64[D]").item()))
    # small codes (a few waves): spread over millions of readings, then a key with the
    # platform's code
    wave = cut.spread(wave_of_day.astype(np.int16 if n_waves < 2_000 else np.int32), -1)
    if undated_years:  # a year without date: the first wave of that year, else its own
        by_year: dict[int, int] = {}
        for w, label in enumerate(labels):
            by_year.setdefault(label.year, w)
        for y in undated_years:
            of_year = years == y
            if y not in by_year:  # no wave dated that year: the first whose readings state
                stated = wave[of_year & (wave >= 0)]  # it (a year column), else its own
                if len(stated):
                    by_year[y] = int(stated.min())
                else:
                    by_year[y] = len(labels)
                    labels.append(y)
            wave[undated & of_year] = by_year[y]
    if len(labels) < 2:
        return None
    of_others = None if others is None else _other_waves(cut, wave_of_day, labels, *others)
    # the waves in time order (a year-only wave at its year's start)
    order = sorted(range(len(labels)), key=lambda w: (
        labels[w] if isinstance(labels[w], int) else labels[w].year,
        isinstance(labels[w], Day), str(labels[w])))
    if order != list(range(len(labels))):
        rank = np.empty(len(labels) + 1, dtype=wave.dtype)
        rank[np.asarray(order)] = np.arange(len(labels))
        rank[-1] = -1
        wave = rank[wave]
        labels = [labels[w] for w in order]
        if of_others is not None:
            of_others = rank[of_others].astype(np.int64)
    return (wave, labels) if others is None else (wave, labels, of_others)


def _other_waves(cut: "_DayRuns", wave_of_day: np.ndarray, labels: list,
                 dates: np.ndarray, years: np.ndarray) -> np.ndarray:
    """The waves (of :func:`_reading_waves`, before their time order) of readings outside the
    cut: a date among the cut's days, that day's wave; no date, the first wave of its year
    (as an undated kept reading); else -1 (a date no kept reading has: no wave to guess)."""
    out = np.full(len(dates), -1, dtype=np.int64)
    days = cut.days.astype("datetime64[D]")
    mine = np.asarray(dates).astype("datetime64[D]")
    dated = ~np.isnat(mine)
    at = np.searchsorted(days, mine[dated])
    found = at < len(days)
    found[found] = days[at[found]] == mine[dated][found]
    rows = np.flatnonzero(dated)
    out[rows[found]] = wave_of_day[at[found]]
    first: dict[int, int] = {}
    for w, label in enumerate(labels):
        first.setdefault(label if isinstance(label, int) else label.year, w)
    for i in np.flatnonzero(~dated & ~np.isnan(years)).tolist():
        out[i] = first.get(int(years[i]), -1)
    return out


def _as_datetime64(d: dt.date | None):
    return None if d is None else np.datetime64(d, "s")
