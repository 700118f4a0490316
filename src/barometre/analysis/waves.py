"""Barometer waves: several readings of the same entities, and what changed between them.

A *wave* is one reading of a set of entities at a date. A survey file is one wave;
a long file whose readings fall on dates months apart holds several waves; several
files can be read at once, as one long file (a campaign delivered in several files is
one wave). Entities are matched across waves by their code.

Rules
-----
- The readings of a file are grouped into waves by date: a gap of more than
  :data:`WAVE_GAP_DAYS` days between two consecutive reading dates starts a new
  wave (a reading spread over a few weeks stays one wave), and so does a second
  reading of the wave: a run of dates, from a date most of whose readings read again
  pairs (entity × platform) the wave already read, whose second readings together
  reach half of the wave's pairs and are most of the run's readings (a check two
  months after a first reading, a monthly series, each spread over days or not: a
  campaign reads each pair once; see :func:`_rereading_cuts`). The wave's date is the
  most frequent reading date of the group (the earliest on a tie, as the survey reader).
- Rows with a year but no date form the wave of that year, unless a dated wave
  of the same year exists (they join it): a wave of that date's year, or one whose
  readings state that year (a campaign across 31 December with a year column; the
  reader refuses a stated year that contradicts its row's date otherwise). The survey reader gives readings without
  date or year the file's most frequent date (warning ``wave-date``): in a file of
  several waves that choice is arbitrary, so it is an error here. A file without
  any date or year cannot be placed in time (error).
- Several files: their readings are pooled and grouped by the same rules (a campaign in
  two files a few days apart is one wave; a file of corrections joins the campaign it
  corrects), each wave read from several files said (``attrs["joined"]``); a wave known
  by its year only stays its file's.
- Within a wave, the latest reading of an entity on a platform counts, the latest
  answered one when a non-answer (« NR », a blank read as not answered) follows it. Two files
  giving the same wave for the same entity and platform on the same date (or both
  undated) is an error.
- Adoption per wave counts the entities with a known answer (``n_base``);
  ``n_unknown`` those surveyed whose answer is unknown. A wave whose base is every
  entity of its type in France is a census (``census``): no interval.
- Changes compare two waves on the *comparable* entities, those with a known
  answer in both: shares, net change and McNemar's exact test (joined vs left)
  are paired; a census of comparable entities gets no p-value. Each wave's blank presence
  cells are read by its own rule (per platform and per wave, as adoption per wave reads
  them): a 2024 column of « x » and blanks reads its blanks as absences whatever 2025 holds,
  and a blank 2025 reads as not answered makes that entity alone not comparable.
- Follower growth: followers new ÷ old − 1 for entities present in both waves
  with a count in both (old count above zero); gain per 1,000 inhabitants:
  (new − old) ÷ population × 1,000. A growth or gain computed on a count the file gave
  abbreviated ("1,2 M", ``followers_rounded``) is approximate, and marked so
  (``growth_rounded``, "≈ +4 %").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from ..domain.errors import InputFileError, NoDataError, UsageError
from ..domain.keywords import numbered
from ..domain.registry import PLATFORMS, TYPES, find_platform, platforms_words
from ..domain.schemas import CHANGES, MOVERS, TRANSITIONS, WAVE_TREND
from ..messages import Count, Day, Msg, Words
from .peers import count_bounds, served_of
from .stats import mcnemar_exact
from ..survey.rules import WAVE_GAP_DAYS, blank_policy, date_runs, rereading_cuts
from . import grouping
from .survey import (_adoption_records, _frame, _presence_codes, _reference_size, any_left_out,
                     answered_codes, answered_rows, asked_platforms,
                     balanced_panel, mix_design, no_random_sample, place_design, place_of,
                     reads_fewer, refuse_tied_type, region_design,
                     refuse_mixed_types, require_waves, restrict, said_base, sample_design,
                     survey_design, template_within, types_of)

__all__ = ["read_waves", "survey_waves", "holds_waves", "wave_file_names", "assign_waves", "wave_trend", "any_left_out_note", "transitions", "changes", "movers",
           "movements",
           "WAVE_GAP_DAYS", "TREND_COLUMNS", "CHANGES_COLUMNS", "TRANSITION_COLUMNS",
           "MOVERS_COLUMNS"]

# WAVE_GAP_DAYS: consecutive reading dates further apart than this start a new wave (the
# rule, date_runs, lives with the reader's, which says a campaign that crosses a year)

TREND_COLUMNS = WAVE_TREND.names
CHANGES_COLUMNS = CHANGES.names
TRANSITION_COLUMNS = TRANSITIONS.names
MOVERS_COLUMNS = MOVERS.names
_P_ORDER = {p: i for i, p in enumerate(PLATFORMS)}


# --------------------------------------------------------------------------- reading

def _wave_label(date: pd.Timestamp | None, year: int) -> str:
    return date.strftime("%Y-%m-%d") if date is not None and not pd.isna(date) else str(year)


def _said(labels: Iterable[str]) -> Words:
    """Wave labels ("2024-10-15", or a year) as each language writes a date:
    "15 octobre 2024, 2025" in French, "15 October 2024, 2025" in English (:class:`Day`)."""
    labels = list(labels)
    days = [Day.fromisoformat(x) if len(x) == 10 else x for x in labels]
    return Words(*(", ".join(d.render(lang) if isinstance(d, Day) else d for d in days)
                   for lang in ("fr", "en")))


def assign_waves(survey: pd.DataFrame, file: str = "") -> pd.DataFrame:
    """Add the ``wave`` (date, NaT for a year-only wave) and ``wave_label`` columns.

    ``year`` becomes the wave's year. See the module's rules.
    """
    df = survey.copy(deep=False)
    dates = df["date"]
    label = np.full(len(df), None, dtype=object)
    wave = pd.Series(pd.NaT, index=df.index, dtype=dates.dtype)
    by_year: dict[int, pd.Timestamp] = {}
    stated: dict[int, pd.Timestamp] = {}
    years = df["year"]
    for g, best in _date_runs(dates, df):
        in_group = dates.isin(g).to_numpy()
        label[in_group] = _wave_label(best, best.year)
        wave[in_group] = best
        by_year.setdefault(best.year, best)
        # the years its readings state (a campaign across 31 December stating the year of
        # either side): an undated reading of that year joins it, as compare groups them
        for y in pd.unique(years[in_group].dropna()):
            stated.setdefault(int(y), best)
    by_year = {**stated, **by_year}  # a wave of the year's own date first
    undated = dates.isna().to_numpy()
    for y in sorted(pd.unique(years[undated].dropna())):
        rows = undated & (years == y).fillna(False).to_numpy()
        best = by_year.get(int(y))
        label[rows] = _wave_label(best, int(y))
        if best is not None:
            wave[rows] = best
    orphan = pd.isna(label)
    if orphan.any():
        labels = sorted(set(label[~orphan]))
        if not labels:
            raise InputFileError.of("wave-no-date", file=file or "enquête")
        if len(labels) > 1:
            first = int(df["source_row"].to_numpy()[orphan][0])
            raise InputFileError.of("wave-undated-rows", file=file or "enquête",
                                    n=Count(int(orphan.sum())), waves=_said(labels), row=first)
        only = df.index[~orphan][0]
        label[orphan] = labels[0]
        wave[orphan] = wave[only]
    df["wave"] = wave
    df["wave_label"] = pd.Series(label, index=df.index, dtype=object)
    year = wave.dt.year.astype("Float64")
    no_date = year.isna().to_numpy()
    if no_date.any():  # a year-only wave: its label is its year (not a string per reading)
        year[no_date] = [int(x[:4]) for x in label[no_date]]
    df["year"] = year.astype("Int64")
    return df


def _date_runs(dates: pd.Series, readings: pd.DataFrame | None = None, by_type: bool = False
               ) -> list[tuple[list[pd.Timestamp], pd.Timestamp]]:
    """The waves of :func:`assign_waves` as runs of reading dates, oldest first: consecutive
    dates, a gap above :data:`WAVE_GAP_DAYS` starts a new run, and so does a second reading
    of most of the entity × platform pairs already read in the run, on one date or spread
    over several (:func:`_rereading_cuts`: a check two months after the first reading, a
    monthly series); each run with its wave's date, the most frequent date of the run, the earliest
    on a tie (as the survey reader). ``readings``: the frame ``dates`` belongs to (``code``,
    ``platform``), for the second rule; ``by_type``: they hold several types, an entity is
    its type and its code (:func:`_mixed_types`)."""
    counts = dates.value_counts()
    days = sorted(pd.Timestamp(d) for d in counts.index)
    runs = date_runs(np.array([d.asm8 for d in days], dtype="datetime64[ns]"))
    groups = [days[r] for r in runs]
    if readings is not None:
        groups = [part for g in groups
                  for part in _rereading_cuts(g, dates, readings, by_type)]
    return [(g, min(g, key=lambda d: (-counts[d], d))) for g in groups]


def _rereading_cuts(run: list[pd.Timestamp], dates: pd.Series,
                    readings: pd.DataFrame, by_type: bool = False) -> list[list[pd.Timestamp]]:
    """``run`` (dates in increasing order, no gap above :data:`WAVE_GAP_DAYS`) cut where a
    second reading of the wave begins. A campaign reads each entity × platform pair once,
    spread over days or weeks (its few corrections stay in it, the latest answered reading counts;
    so does a small first day corrected on the main one), whereas a second reading of most
    of its pairs is a new wave, however soon (a check on 10 November of a 15 September
    reading; a monthly follower series), and is itself spread over days as often as not.

    So the dates are taken in runs: a date most of whose readings read again pairs already
    in the wave opens a run of re-readings, which gathers the following dates; the run is
    a new wave, starting at its first date, once its re-readings together reach half of
    the pairs the wave had read before it, when they are most of the run's own readings. A
    run whose readings come to be mostly first readings is the campaign going on (its few
    re-readings were corrections): it joins the wave, and the next re-reading date opens
    another. Only the readings of runs of several dates are looked at. ``by_type``: the
    readings hold several types (Annuaire exports), an entity is its type and its code:
    département 44 read after région 44 reads nothing again.

    >>> r = pd.DataFrame({"code": ["44", "35", "49"] * 2, "platform": "instagram",
    ...                   "date": pd.to_datetime(["2025-09-15"] * 3 + ["2025-11-10"] * 3)})
    >>> [len(g) for g in _rereading_cuts(sorted(set(r["date"])), r["date"], r)]
    [1, 1]
    >>> r.loc[3:, "code"] = ["01", "02", "44"]  # one pair read again of three: one wave
    >>> [len(g) for g in _rereading_cuts(sorted(set(r["date"])), r["date"], r)]
    [2]

    A check of four pairs read again over two days (two a day, a month later): one date
    alone reads again half of them, not more; together they are a second wave from the first:

    >>> r = pd.DataFrame({"code": ["01", "02", "03", "04", "01", "02", "03", "04"],
    ...                   "platform": "facebook", "date": pd.to_datetime(
    ...                       ["2025-01-01", "2025-01-01", "2025-01-03", "2025-01-03",
    ...                        "2025-02-01", "2025-02-03", "2025-02-05", "2025-02-05"])})
    >>> [[str(d.date()) for d in g] for g in _rereading_cuts(sorted(set(r["date"])), r["date"], r)]
    [['2025-01-01', '2025-01-03'], ['2025-02-01', '2025-02-03', '2025-02-05']]
    """
    if len(run) < 2:
        return [run]
    inside = dates.isin(run).to_numpy()
    # each entity × platform pair as one integer, each date as its rank in the run
    code = pd.factorize(readings["code"].to_numpy()[inside])[0].astype(np.int64)
    if by_type:  # région 44 is no département 44
        kind, kinds_seen = pd.factorize(readings["collectivity_type"].to_numpy()[inside])
        code = code * max(len(kinds_seen), 1) + kind
    platform, kinds = pd.factorize(readings["platform"].to_numpy()[inside])
    days = np.array([d.asm8 for d in run], dtype="datetime64[ns]")
    day = np.searchsorted(days, dates.to_numpy()[inside].astype("datetime64[ns]"))
    return [[run[k] for k in part] for part in
            rereading_cuts(day, code * max(len(kinds), 1) + platform, len(run))]


def _sort_codes(col: pd.Series) -> np.ndarray:
    """Integer codes of a column in the order of its sorted values, a missing value
    first (-1): what ``sort_values(na_position="first")`` sorts on, without comparing
    millions of strings or objects again."""
    return pd.factorize(col, sort=True)[0]


def _combined(codes: list[np.ndarray]) -> np.ndarray:
    """One int64 per row that sorts as the rows' codes (:func:`_sort_codes`) taken in turn."""
    out = np.zeros(len(codes[0]), dtype=np.int64)
    for c in codes:
        out = out * (int(c.max(initial=-1)) + 2) + (c + 1)
    return out


def _mixed_types(s: pd.DataFrame) -> bool:
    """Whether a file's readings (``read_survey``'s frame) hold entities of several types,
    whose codes may be the same (every région code is a département code): then an entity
    is its type and its code. Only an Annuaire export read without a type does (régions,
    départements, communes…); a survey file's reading is of one type, not compared row by
    row (~60 ms on 3.5 M readings)."""
    if not s.attrs.get("annuaire") or s.empty or "collectivity_type" not in s.columns:
        return False
    t = s["collectivity_type"]
    return bool((t != t.iat[0]).any())


def _latest_per_wave(df: pd.DataFrame, by_type: bool = False) -> pd.DataFrame:
    """The latest answered reading (date, then row of the file; an undated one oldest) of
    each entity on each platform in each wave, oldest wave first (:func:`_sorted_waves`),
    then by entity and platform: what sorting by entity, platform and wave, keeping the last
    of each, then sorting by wave did, on integer codes and with one reordering of the frame
    (3.5 M readings: 4.1 → 0.7 s; every column of text taken once, not twice). A non-answer
    read after an answer in the wave (« Oui » on 15/10, « NR » on 17/10) never hides it, as
    in compare (:func:`barometre.analysis.grouping.latest_of`): the latest reading counts
    only when none of the wave answers. ``by_type``: the readings hold several types
    (:func:`_mixed_types`), an entity is its type and its code."""
    if df.empty:
        return _sorted_waves(df)
    wave = [_sort_codes(df[c]) for c in ("year", "wave", "wave_label")]
    by_wave = _combined(wave)
    entity = [_sort_codes(df[c]) for c in ("code", "platform")]
    if by_type:  # an Annuaire export of several types: région 44 is no département 44
        entity.insert(0, _sort_codes(df["collectivity_type"]))
    one = len(np.unique(by_wave)) == int(wave[2].max()) + 1  # each label one date and year
    # (else, as before: by entity, platform and label, then ordered by _sorted_waves)
    group = _combined([by_wave] + entity if one else entity + [wave[2]])
    date = df["date"]
    when = (date.to_numpy().view(np.int64) if date.dtype.kind == "M"  # NaT: the smallest
            else _sort_codes(date))
    order = np.lexsort((df["source_row"].to_numpy(), when, group))  # stable, last key first
    g = group[order]
    last = np.ones(len(g), dtype=bool)
    last[:-1] = g[1:] != g[:-1]
    answered = _presence_codes(df["present"]) >= 0
    if answered.all():
        out = df.take(order[last])
    else:  # the latest answer of the wave, if any
        out = df.take(order[grouping.latest_answered(answered[order], np.flatnonzero(last))])
    return out if one else _sorted_waves(out)


def wave_file_names(paths: Sequence[str | Path]) -> list[str]:
    """How each wave's file is named: its base name when no other path given has that base
    name, else its path as given, so that two files of one name are told apart
    (``v1/enquete.csv``, ``v2/enquete.csv``) and never counted as one.

    >>> wave_file_names(["a/2024.xlsx", "b/2025.csv"])
    ['2024.xlsx', '2025.csv']
    >>> wave_file_names(["v1/enquete.csv", "v2/enquete.csv", "autre.csv"])
    ['v1/enquete.csv', 'v2/enquete.csv', 'autre.csv']
    """
    from ..survey.grid import display_name

    base = [display_name(p) for p in paths]
    full = [display_name(p, full=True) for p in paths]
    return [b if len({f for f, c in zip(full, base) if c == b}) == 1 else f
            for f, b in zip(full, base)]


def _files_types_words(types: dict) -> Words:
    """Each file with its type, said in the message's language (« a.csv : régions, b.csv :
    communes »); a file of several types (a tuple: an Annuaire export) with each
    (« a.json : régions + départements + communes »); a type the registry does not know,
    or none, said as it is."""
    def said(t, lang):
        if isinstance(t, tuple):
            return " + ".join(said(x, lang) for x in t)
        known = TYPES.get(str(t))
        return known.label(lang, plural=True) if known else str(t)

    return Words(", ".join(f"{f} : {said(t, 'fr')}" for f, t in types.items()),
                 ", ".join(f"{f}: {said(t, 'en')}" for f, t in types.items()))


@numbered
def read_waves(paths: str | Path | Sequence[str | Path], type: str | None = None,
               sheet: str | None = None, blank: str | None = None,
               compare: tuple[str | int | None, str | int | None] | None = None,
               date_order: str | None = None) -> pd.DataFrame:
    """Read one or several survey files into one tidy frame of waves.

    Parameters
    ----------
    paths : path or list of paths
        Survey files (each read and validated on its own by
        :func:`barometre.read_survey`; any error stops the reading), then placed in waves
        together, as the readings of one long file. Exports of the Annuaire de
        l'administration (declared accounts, a lower bound) are waves of one another only,
        never of a survey's (``waves-mixed-measures``, :class:`UsageError`); theirs keep the
        newest census's ``attrs["annuaire"]`` (its measure, date and caveat).
    type : str, optional
        Collectivity type (default: guessed per file, and the files must agree).
    sheet : str, optional
        Sheet of the workbooks.
    blank : {"absent", "unknown"}, optional
        How to count blank presence cells (see :func:`barometre.read_survey`).
    compare : (old, new), optional
        Keep only the readings of the two waves that :func:`transitions` compares with
        these ``old`` and ``new`` (as there: a label, its beginning, or None for the
        oldest, the newest), picked once every wave is placed: the other waves skip the
        costly steps (a commune file of ten yearly readings, 3.5 M: a fifth of them; the
        oldest and the newest of one file whose readings are all dated: the waves between
        are not even placed, only listed). The
        ``attrs`` still describe every wave (``waves``, ``wave_files``, ``wave_dates``), so
        that :func:`transitions` picks the same two and :func:`changes` gives the same
        figures; the errors are the same too: the readings of a wave that several files
        hold are kept (``wave-overlap``), and when the two waves cannot be picked (an
        unknown label, the wrong order, a single wave) every reading is kept and
        :func:`transitions` says why. Default: every wave.
    date_order : {"dmy", "mdy"}, optional
        The order of numeric dates such as 3/5/2024 in every file (see
        :func:`barometre.validate`); default: decided per date column and said.

    Returns
    -------
    DataFrame
        The columns of :func:`barometre.read_survey` plus ``wave`` (the wave's
        date; NaT for a wave known by its year only), ``wave_label`` ("2025-10-15"
        or "2025") and ``file`` (its file's name, :func:`wave_file_names`: the base
        name, or the path as given when two files share a base name); one row per
        entity × platform × wave, ordered by wave. ``attrs``: ``waves`` (labels, oldest
        first), ``wave_files`` (label -> those file names), ``files`` (the file names, in
        the order given), ``file`` (the newest file's path) and ``file_name`` (its name),
        ``collectivity_type``, ``problems`` (the warnings of
        every file, each with its ``file`` as given in ``paths``:
        :func:`barometre.problems_frame` adds a ``file`` column), ``file_warnings``
        (file as given -> its number of warnings, as ``validate`` counts them), ``joined``
        (what to say of each wave read from several files, the files pooled as one long
        file: a list of messages, empty when none); ``template_within`` (and
        ``template_kinds``) when every file is a filled template of the same départements
        (:func:`barometre.read_survey`'s), or when one scope is declared, the other files
        declaring none, and every reading of every wave lies in it: the base of
        :func:`wave_trend` and :func:`transitions` without ``within`` nor ``panel``;
        ``scope_notes`` (messages: that scope applied, with the file that declared it, or
        why a declared scope is not followed; empty when none).

    Examples
    --------
    The demo long file (fictitious data) holds two yearly readings, so two waves:

    >>> import barometre as bm
    >>> w = bm.read_waves(bm.demo_file("releves"))
    >>> w.attrs["waves"], w.attrs["files"]
    (['2024-10-15', '2025-10-15'], ['releves-departements-donnees-fictives.csv'])
    >>> print(w[["code", "name", "platform", "present", "followers", "wave"]].head(2)
    ...       .to_string(index=False))
    code name  platform  present  followers       wave
      01  Ain  facebook    False       <NA> 2024-10-15
      01  Ain instagram     True        864 2024-10-15
    """
    from ..survey.reader import read_survey

    import os

    from ..survey.inputs import check_path_given

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    elif hasattr(paths, "read") or not isinstance(paths, Iterable):
        check_path_given(paths)  # a BytesIO (list() of it: its lines), a number: refused
    else:
        paths = list(paths)
    for p in paths:  # before any is read: a BytesIO among them said, not a TypeError
        check_path_given(p)
    if not paths:
        raise UsageError.of("waves-no-data")
    from dataclasses import replace

    from ..survey.grid import display_name
    from ..survey.problems import Problem, severity_counts

    _refuse_same_file(paths)
    names = wave_file_names(paths)
    frames, types, measures, problems, fictitious, warnings = [], {}, {}, [], False, {}
    kinds = {}  # each file's type, or its types (a tuple) when it holds several
    scopes: list[tuple[str, ...]] = []  # each file's template scope (its départements)
    by_type = False  # an Annuaire export of several types: an entity is its type and code
    between = None  # the waves of one file left out before they are placed (compare)
    from ..survey.grid import XLSX_SUFFIXES

    # a sheet names the workbooks' sheet: a CSV among them has none to name (refused only
    # when no file is a workbook: read_survey says so of the first)
    books = [Path(p).suffix.lower() in XLSX_SUFFIXES for p in paths]
    for i, (p, name) in enumerate(zip(paths, names)):
        try:
            s = read_survey(p, type=type, sheet=sheet if books[i] or not any(books) else None,
                            blank=blank, date_order=date_order)
        except InputFileError as exc:
            if exc.code == "xlsx-no-sheet" and len(paths) > 1 and exc.msg is not None:
                # the sheet named is looked for in every workbook: said, not a riddle
                from ..survey.reader import said_further

                said_further(exc, [Msg("sheet-each-file")])
            raise
        types[name] = s.attrs.get("collectivity_type")
        scopes.append((tuple(s.attrs.get("template_within") or ()),
                       tuple(s.attrs.get("template_kinds") or ())))
        measures[name] = s.attrs.get("annuaire")  # declared accounts, not a survey's
        mixed = not type and _mixed_types(s)
        by_type |= mixed
        # an export of several types is no file of its most frequent one: its types are
        # compared with the other files' (two exports agree, whatever each holds most of)
        kinds[name] = tuple(types_of(s)) if mixed else types[name]
        found = list(s.attrs.get("problems") or [])
        warnings[str(p)] = severity_counts(found)["warning"]
        fictitious |= bool(s.attrs.get("fictitious"))  # the reader's marker, read inside the file
        # merged, each problem says its file, as the user named it (two "enquete.csv")
        problems += [replace(x, file=display_name(p, full=True)) if isinstance(x, Problem)
                     else {**x, "file": display_name(p, full=True)} for x in found]
        if len(paths) > 1:  # every reading placed: the files' readings are pooled below
            frames.append(_file_placed(s, name, type, found).assign(file=name, _src=i))
        elif compare is None:
            frames.append(_file_waves(s, name, type, found, mixed))
        elif tuple(compare) == (None, None):
            # the oldest and the newest of one file: the waves between are not even placed
            w, between = _file_ends(s, name, type, found)
            frames.append(w)
        else:  # placed in waves now (same errors, same order), their latest readings later
            frames.append(_file_placed(s, name, type, found))
    if not type and len({"several" if isinstance(k, tuple) else k
                         for k in kinds.values()}) > 1:
        raise UsageError.of("waves-mixed-types", types=_files_types_words(kinds))
    if len({bool(m) for m in measures.values()}) > 1:  # the Annuaire: no survey's wave
        raise UsageError.of("waves-mixed-measures",
                            annuaire=", ".join(f for f, a in measures.items() if a),
                            survey=", ".join(f for f, a in measures.items() if not a))
    every, joined = None, []
    if len(paths) > 1:  # one campaign in several files is one wave, as in one long file
        pooled, joined = _pooled(frames, by_type)
        if compare is not None:
            every = pooled.drop_duplicates(["wave_label", "file"])[
                ["wave_label", "wave", "year", "file"]]
            keep = _compared_labels(every, *compare)
            pooled = pooled if keep is None else _only(pooled, keep)
        frames = [_latest_per_wave(pooled, by_type)]
    elif compare is not None:
        every = pd.concat([f.drop_duplicates("wave_label")[["wave_label", "wave", "year"]]
                           .assign(file=name) for f, name in zip(frames, names)]
                          + ([between.assign(file=names[0])] if between is not None else []),
                          ignore_index=True)
        keep = _compared_labels(every, *compare)
        frames = [_latest_per_wave(f if keep is None else _only(f, keep), by_type)
                  .assign(file=name) for f, name in zip(frames, names)]
    out = _waves_frame(frames, paths, names, type or next(iter(types.values())), fictitious,
                       problems, warnings, every)
    out.attrs["joined"] = joined
    policy = blank_policy(blank)
    if policy is not None:  # the rule asked for blanks, as each file's reader keeps it
        out.attrs["blank"] = policy
    scope, said = _waves_scope(out, scopes, names, paths)
    out.attrs["scope_notes"] = said
    if scope is not None:  # every file's template scope, or one file's that holds them all
        out.attrs["template_within"] = list(scope[0])
        if scope[1]:  # and of the same categories
            out.attrs["template_kinds"] = list(scope[1])
    else:  # no base of a template: its file's line says its scope without claiming it
        out.attrs["problems"] = _scope_unused(out.attrs.get("problems") or [])
    if all(measures.values()):  # Annuaire exports only: the newest census names the measure
        out.attrs["annuaire"] = max(measures.values(), key=lambda m: m["date"] or "")
    from .frame_check import mark_checked

    mark_checked(out)  # the readers' readings: not checked again by each analysis
    return out


def _waves_scope(frame: pd.DataFrame, scopes: list[tuple[tuple[str, ...], tuple[str, ...]]],
                 names: list[str], paths: list
                 ) -> tuple[tuple[tuple[str, ...], tuple[str, ...]] | None, list[Msg]]:
    """The template scope (départements, categories) the waves' figures take as their base
    without ``within`` nor ``panel``, and what to say of it: every file's when all are
    templates of the same scope (nothing more said: each file's line says it); the one
    scope some files declare when the others declare none and every reading of every wave
    lies in it (said: which file declared it, ``waves-scope-applied``); else None, said in
    one line (scopes that differ, ``waves-scope-differ``; readings outside it,
    ``waves-scope-exceeded``). ``names``: the files' names, in the order of ``scopes``;
    ``paths``: as given."""
    declared = {n: sc for n, sc in zip(names, scopes) if sc[0]}
    if not declared:
        return None, []
    if len(declared) == len(scopes) and len(set(scopes)) == 1:
        return scopes[0], []
    from ..domain.registry import TYPES
    from .survey import within_codes

    kinds = {sc for sc in declared.values()}
    deps_of = {n: Msg("waves-scope-file", file=n, deps=", ".join(sc[0]),
                      s="" if len(sc[0]) == 1 else "s") for n, sc in declared.items()}
    t = frame.attrs.get("collectivity_type")
    plural = TYPES[t].plural_words() if t in TYPES else Msg("no-hint")
    if len(kinds) > 1:
        return None, [Msg("waves-scope-differ", items=Msg("joined", items=list(deps_of.values())),
                          plural=plural)]
    scope = next(iter(kinds))
    base = within_codes(scope[0], t)[1]
    others = [n for n in names if n not in declared]
    codes = frame["code"].dropna().astype(str)
    outside = frame.loc[codes.index[~codes.isin(base)]].drop_duplicates("code")
    first = next(iter(declared))
    if outside.empty:
        return scope, [Msg("waves-scope-applied", scope=deps_of[first],
                           others=", ".join(others), s="" if len(others) == 1 else "s")]
    items = [Msg("waves-scope-outside-item", name=str(r.name), code=str(r.code), file=str(r.file))
             for r in outside.head(3).itertuples()]
    more = (Msg("within-outside-more", n=Count(len(outside) - 3)) if len(outside) > 3
            else Msg("no-hint"))
    return None, [Msg("waves-scope-exceeded", scope=deps_of[first], n=Count(len(outside)),
                      ns="" if len(outside) == 1 else "s",
                      s="" if len(scope[0]) == 1 else "s",
                      items=Msg("joined", items=items), more=more, plural=plural)]


def _scope_unused(problems: list) -> list:
    """The waves' problems with each file's ``template-scope`` warning (« … the analysis's
    base is the entities of the type in these départements ») said as a scope read and not
    followed (``template-scope-unused``): the waves' base is another, said by
    :func:`_waves_scope`; the warning stays one warning, as ``validate`` counts it."""
    from dataclasses import replace

    from ..survey.problems import Problem

    out = []
    for x in problems:
        if isinstance(x, Problem) and x.code == "template-scope" and x.msg is not None:
            msg = Msg("template-scope-unused", **x.msg.params)
            x = replace(x, code="template-scope-unused", msg=msg, message=msg.render(x.lang))
        out.append(x)
    return out


def _refuse_same_file(paths: list) -> None:
    """One file given twice (``a.csv`` and ``./a.csv``, or a link to it) is no two waves:
    refused in one line, before its readings are said to overlap themselves."""
    import os

    from ..survey.grid import display_name

    for i, a in enumerate(paths):
        for b in paths[:i]:
            try:
                same = os.path.samefile(a, b)
            except (OSError, ValueError):  # missing, unreadable: its reading says it
                continue
            if same:
                first, second = display_name(b, full=True), display_name(a, full=True)
                if first == second:
                    raise UsageError.of("waves-same-file", first=first)
                raise UsageError.of("waves-same-file-named", first=first, second=second)


def _pooled(frames: list[pd.DataFrame], by_type: bool = False
            ) -> tuple[pd.DataFrame, list[Msg]]:
    """The readings of several files (each placed in its waves by :func:`assign_waves`, with
    its ``file``) placed again together, by the rules of one long file: a campaign delivered
    in several files (départements 01–50 on 15 October, 51–976 on 20 October) is one wave,
    a file of a few corrections joins the campaign it corrects, and a second reading of
    the same entities is another wave, whatever the files. The dated readings are grouped
    by :func:`_date_runs` over every file; an undated reading that joined its file's dated
    wave of its year follows that wave; a wave known by its year only stays its file's.
    Two files reading the same entity on the same platform in one wave on the same date
    (or both undated) is an error (``wave-overlap``): which one counts cannot be said; on
    two dates, the latest counts, as in one file. ``_src``: each file's rank among those
    given (a file given twice is two files of one name). With what :func:`read_waves` says
    of the waves read from several files (:func:`_joined_files`). ``by_type``: the files
    hold several types (Annuaire exports read without a type), an entity is its type and
    its code everywhere (région 44 and département 44 of two exports of one day overlap
    nothing, nor does one read the other again)."""
    df = pd.concat(frames, ignore_index=True)
    entity = ["collectivity_type", "code"] if by_type else ["code"]
    dates = df["date"]
    dated = dates.notna().to_numpy()
    if dated.any() and _files_meet(df[dated]):
        keys = dates.where(dated, df["wave"])  # an undated reading: its file's wave's date
        runs = _date_runs(dates[dated], df[dated], by_type)
        best_of = {d: best for g, best in runs for d in g}
        codes, uniq = pd.factorize(keys)
        uniq = [pd.Timestamp(u) for u in uniq]
        bests = [best_of.get(u, u) for u in uniq]
        placed = codes >= 0
        wave = df["wave"].copy()
        wave[placed] = pd.Series(bests, dtype=wave.dtype).to_numpy()[codes[placed]]
        label = df["wave_label"].to_numpy(dtype=object).copy()
        label[placed] = np.array([_wave_label(b, b.year) for b in bests],
                                 dtype=object)[codes[placed]]
        df["wave"] = wave
        df["wave_label"] = pd.Series(label, index=df.index, dtype=object)
        year = df["year"].astype("Float64")
        year[placed] = wave[placed].dt.year.astype("Float64")
        df["year"] = year.astype("Int64")
    held = _held_labels(df)
    if held:
        rows = df[df["wave_label"].isin(held).to_numpy()]
        rows = rows.drop_duplicates([*entity, "platform", "wave_label", "date", "_src"])
        dup = rows.duplicated([*entity, "platform", "wave_label", "date"], keep=False)
        if dup.any():
            rows = rows[dup].sort_values([*entity, "platform", "wave_label", "_src"],
                                         kind="stable")
            raise _overlap(rows)
    return df.drop(columns="_src"), _joined_files(df, held, entity)


def _files_meet(dated: pd.DataFrame) -> bool:
    """Whether the dated readings of two files (``_src``) fall in one run of dates (no gap
    above :data:`WAVE_GAP_DAYS`). When none do, each file's waves are those of the pooled
    readings: nothing to place again (files a year apart, the usual case)."""
    per = dated[["date", "_src"]].drop_duplicates().sort_values("date", kind="stable")
    days = per["date"].to_numpy()
    distinct = np.r_[True, days[1:] != days[:-1]]
    run = np.zeros(len(per), dtype=np.int64)
    for k, r in enumerate(date_runs(days[distinct])):
        run[np.flatnonzero(distinct)[r.start]:] = k
    return bool(pd.Series(per["_src"].to_numpy()).groupby(run).nunique().max() > 1)


def _held_labels(df: pd.DataFrame) -> set[str]:
    """The waves whose readings come from several files (``_src``)."""
    per = df[["wave_label", "_src"]].drop_duplicates()
    n = per.groupby("wave_label")["_src"].nunique()
    return set(n.index[n > 1])


def _joined_files(df: pd.DataFrame, held: set[str],
                  entity: Sequence[str] = ("code",)) -> list[Msg]:
    """What :func:`read_waves` says of each wave read from several files (``attrs
    ["joined"]``): the files, their first and last reading dates, and how many entity ×
    platform pairs a file read again after another (the latest answered reading counts: an
    « NR » after an answer does not hide it); ``entity``: the columns an entity is (its
    type and code when the files hold several types)."""
    said = []
    for label in sorted(held, key=lambda w: (w[:4], w)):
        rows = df[(df["wave_label"] == label).to_numpy()]
        files = list(dict.fromkeys(rows.sort_values(["date", "_src"], kind="stable",
                                                    na_position="last")["file"]))
        days = rows["date"].dropna()
        again = int(rows.drop_duplicates([*entity, "platform", "_src"])
                    .duplicated([*entity, "platform"]).sum())
        span = (Msg("waves-joined-span", first=Day.of(days.min()), last=Day.of(days.max()))
                if len(days) and days.min() != days.max() else "")
        day = _said([label])  # "du 15/10/2025", "of 2025-10-15"; a year alone: "2025"
        wave = Words(f"du {day.fr}", f"of {day.en}") if len(label) == 10 else day
        said.append(Msg("waves-files-joined", wave=wave, files=", ".join(files),
                        span=span, rule=Msg("waves-joined-rule") if len(label) == 10 else "",
                        again=Msg("waves-joined-again", n=Count(again),
                                  s="s" if again > 1 else "") if again else ""))
    return said



def survey_waves(survey: pd.DataFrame, type: str | None = None) -> pd.DataFrame:
    """The waves of one frame of :func:`barometre.read_survey`, as :func:`read_waves` reads
    them from that file alone (``changes --data releves.csv``): a long file whose reading
    dates are months apart holds several. Same columns and ``attrs`` as :func:`read_waves`;
    the same errors (``wave-undated-rows``: readings without a date in a file of several
    waves; ``wave-no-date``).

    Examples
    --------
    >>> import barometre as bm
    >>> w = survey_waves(bm.read_survey(bm.demo_file("releves")))
    >>> w.attrs["waves"]
    ['2024-10-15', '2025-10-15']
    """
    from ..survey.grid import display_name
    from ..survey.problems import severity_counts

    a = survey.attrs
    path = str(a.get("file") or "")
    name = a.get("file_name") or (display_name(path) if path else "enquête")
    found = list(a.get("problems") or [])
    # an Annuaire export of several types: région 44 stays beside département 44
    w = _file_waves(survey, name, type, found, not type and _mixed_types(survey))
    out = _waves_frame([w], [path], [name], type or a.get("collectivity_type"),
                       bool(a.get("fictitious")), found,
                       {path: severity_counts(found)["warning"]})
    if a.get("blank"):  # the rule asked for blanks, kept
        out.attrs["blank"] = a["blank"]
    return out


def holds_waves(survey: pd.DataFrame) -> bool:
    """Whether the readings of a frame of :func:`barometre.read_survey` may fall into
    several waves (dates more than :data:`WAVE_GAP_DAYS` apart, dates that read the same
    entities again, or several years): a cheap test before :func:`survey_waves` (which says
    exactly)."""
    if "wave_label" in survey.columns:
        return survey["wave_label"].nunique() > 1
    if not {"date", "year"} <= set(survey.columns):  # not a survey frame: no time to place
        return False
    dated = np.sort(pd.unique(survey["date"].dropna()))
    if len(date_runs(dated)) > 1:
        return True
    if survey["year"].dropna().nunique() > 1:
        return True
    # one run of several dates: a second reading of the same entities is a second wave
    return len(dated) > 1 and {"code", "platform"} <= set(survey.columns) and \
        len(_date_runs(survey["date"], survey)) > 1


def _end_waves_only(survey: pd.DataFrame, runs: list | None = None,
                    between: list | None = None) -> pd.DataFrame:
    """The readings of a :func:`barometre.read_survey` frame that :func:`survey_waves` may
    place in its oldest or its newest wave: the dated ones of the first and the last run of
    dates (:func:`assign_waves`' runs: no gap above :data:`WAVE_GAP_DAYS`), and every undated
    one (without a year it joins the only wave or is an error, either way; with a year it
    would take the first wave of that year, maybe one in between: then nothing is left
    out). The waves in between are not read: on a commune file of ten yearly readings
    (3.5 M), the report's movements read a fifth of them. Same oldest and newest waves,
    same errors. ``runs``: :func:`_date_runs` of the readings' dates, when made already;
    ``between``: a list given to receive the labels of the waves left out, oldest first
    (waves read all the same: « 3 vagues lues, 2 comparées »)."""
    dates = survey["date"]
    undated = dates.isna()
    if undated.any() and survey["year"][undated].notna().any():
        return survey  # a year places them in the first wave of that year: maybe one between
    runs = _date_runs(dates, survey) if runs is None else runs
    if len(runs) < 3:  # two runs or fewer: nothing in between
        return survey
    first_end, last_start = runs[0][0][-1], runs[-1][0][0]
    keep = (undated | (dates <= first_end) | (dates >= last_start)).to_numpy()
    if keep.all():
        return survey
    if between is not None:
        between.extend(_wave_label(best, best.year) for _, best in runs[1:-1])
    out = survey[keep]
    out.attrs = survey.attrs
    return out


def _file_waves(s: pd.DataFrame, name: str, type: str | None, found: list,
                by_type: bool = False) -> pd.DataFrame:
    """One file's readings (a frame of read_survey, its problems ``found``) in waves: the
    latest reading of each entity (``by_type``: of each type) on each platform per wave,
    with the ``file`` column."""
    return _latest_per_wave(_file_placed(s, name, type, found), by_type).assign(file=name)


def _file_placed(s: pd.DataFrame, name: str, type: str | None, found: list) -> pd.DataFrame:
    """One file's readings placed in waves (:func:`assign_waves`), every reading kept;
    the errors of :func:`_file_waves`."""
    return _placed(_plain(restrict(s, type) if type else s), name, found)


def _placed(s: pd.DataFrame, name: str, found: list) -> pd.DataFrame:
    if (any(getattr(x, "code", "") == "no-date" for x in found)
            and s["date"].isna().all() and s["year"].isna().all()):
        # its date (or year) column is there, blank on every row (the reader's no-date):
        # to fill, not to add; trend and changes take no --date
        raise InputFileError.of("wave-no-date-blank", file=name)
    w = assign_waves(s, name)
    guessed = [x.msg or x.message for x in found if getattr(x, "code", "") == "wave-date"]
    if guessed and w["wave_label"].nunique() > 1:
        raise InputFileError.of("wave-undated-rows", file=name, details=guessed,
                                waves=_said(sorted(set(w["wave_label"]))))
    return w


def _file_ends(s: pd.DataFrame, name: str, type: str | None,
               found: list) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """:func:`_file_placed` for the oldest and the newest wave of a file read alone: the
    waves between are listed (``wave_label``, ``wave``, ``year``: None when there are none
    left out), their readings left out before they are placed (:func:`_end_waves_only`).
    Every reading is placed when one has no date (it may join a wave between, or be an
    error that names every wave) or was given the file's date (``wave-date``: an error
    that names every wave when there are several)."""
    s = _plain(restrict(s, type) if type else s)
    dates = s["date"]
    guessed = any(getattr(x, "code", "") == "wave-date" for x in found)
    if guessed or dates.isna().any():
        return _placed(s, name, found), None
    runs = _date_runs(dates, s)
    ends = _end_waves_only(s, runs)
    if ends is s:
        return _placed(s, name, found), None
    between = [best for _, best in runs[1:-1]]  # the runs _end_waves_only left out
    return _placed(ends, name, found), pd.DataFrame({
        "wave_label": [_wave_label(b, b.year) for b in between],
        "wave": pd.Series(between, dtype=dates.dtype),
        "year": pd.Series([b.year for b in between], dtype="Int64")})


def _sorted_waves(df: pd.DataFrame) -> pd.DataFrame:
    """Readings (or one row per wave and file) oldest wave first, as the waves are listed;
    a stable sort (year, wave, label; a missing one first) on one integer per row."""
    if df.empty:
        return df.copy(deep=False)
    key = _combined([_sort_codes(df[c]) for c in ("year", "wave", "wave_label")])
    if (key[1:] >= key[:-1]).all():
        return df.copy(deep=False)
    return df.take(np.argsort(key, kind="stable"))


def _compared_labels(every: pd.DataFrame, old, new) -> set[str] | None:
    """The waves whose readings :func:`read_waves` keeps for ``compare=(old, new)``: the two
    that :func:`transitions` picks, and every wave that several files hold (their overlap is
    an error, whichever waves are compared). None (keep all) when the two cannot be picked:
    :func:`transitions` then raises the error, after the errors of the reading."""
    labels = [str(x) for x in pd.unique(_sorted_waves(every)["wave_label"])]
    try:
        o, n = _two_labels(labels, old, new)
    except (UsageError, NoDataError):
        return None
    held = every.groupby("wave_label")["file"].nunique()
    return {o, n} | set(held.index[held > 1])


def _only(df: pd.DataFrame, labels: set[str]) -> pd.DataFrame:
    keep = df["wave_label"].isin(labels).to_numpy()
    return df if keep.all() else df[keep]


def _first_of_pairs(df: pd.DataFrame) -> pd.DataFrame:
    """The first reading of each wave in each file, in the frame's order: what lists the
    waves, their dates and files as the whole frame does (a wave's label gives its date and
    year), in a few rows instead of millions."""
    pair = _combined([pd.factorize(df[c])[0] for c in ("wave_label", "file")])
    return df.take(np.sort(np.unique(pair, return_index=True)[1]))


def _no_overlap(df: pd.DataFrame) -> pd.DataFrame:
    """``df``, refused when two of its frames read one entity on one platform in one wave
    (``wave-overlap``: which reading counts cannot be said); of several types, an entity
    is its type and its code."""
    entity = ["collectivity_type", "code"] if len(types_of(df)) > 1 else ["code"]
    dup = df.duplicated([*entity, "platform", "wave_label"], keep=False)
    if dup.any():
        raise _overlap(df[dup].sort_values([*entity, "platform", "wave_label", "file"],
                                           kind="stable"))
    return df


def _overlap(rows: pd.DataFrame) -> InputFileError:
    """``wave-overlap`` of the first two of ``rows`` (one entity, platform and wave read
    by two files: which reading counts cannot be said)."""
    a, b = rows.iloc[0], rows.iloc[1]
    return InputFileError.of("wave-overlap", first=a["file"], second=b["file"],
                             wave=_said([a["wave_label"]]), name=a["name"], code=a["code"],
                             platform=PLATFORMS[a["platform"]].words()
                             if a["platform"] in PLATFORMS else a["platform"])


def _waves_frame(frames: list[pd.DataFrame], paths: list, names: list[str], type_id: str | None,
                 fictitious: bool, problems: list, warnings: dict[str, int],
                 every: pd.DataFrame | None = None) -> pd.DataFrame:
    """The waves of the files read, checked (one reading per wave), ordered, with attrs
    (the problems said in the library's default language, as read_survey's);
    ``every`` (``wave_label``, ``wave``, ``year``, ``file``: a row per wave of each file)
    lists every wave when the frames keep only some (:func:`read_waves` ``compare``)."""
    from ..survey.problems import in_default_lang

    # one frame (one file, or the files pooled) holds the latest reading of each wave only:
    # only several can read one entity twice in a wave
    df = frames[0] if len(frames) == 1 else _no_overlap(pd.concat(frames, ignore_index=True))
    df = _sorted_waves(df).reset_index(drop=True)
    # every wave, kept or not: a wave's label gives its date and year, so the waves sort
    # as their readings do
    listed = _first_of_pairs(df) if every is None else _sorted_waves(every)
    # in order of appearance, as dict.fromkeys would give them, without a Python object
    # per reading (3.5 M readings: 4 s)
    labels = [str(x) for x in pd.unique(listed["wave_label"])]
    dated = [pd.Timestamp(d).date() for d in pd.unique(listed["wave"].dropna())]
    pairs = listed[["wave_label", "file"]].drop_duplicates()
    wave_files = {w: sorted(set(pairs.loc[pairs["wave_label"] == w, "file"])) for w in labels}
    # the source of a single figure: the file(s) of the latest wave (a campaign delivered in
    # two files is both; files given newest first name the newest), not the last one given
    order = listed[["wave_label", "year", "wave"]].dropna(subset=["year"])
    latest = (order.sort_values(["year", "wave"], kind="stable", na_position="first")
              ["wave_label"].iloc[-1] if len(order) else None)
    shown = [n for n in dict.fromkeys(names) if n in wave_files.get(latest, ())] or names[-1:]
    df.attrs.update({
        "file": str(paths[-1]),  # the newest file names the source of a single figure
        "wave_dates": tuple(dated),
        "fictitious": fictitious,
        "waves": labels,
        "wave_files": wave_files,
        "files": list(dict.fromkeys(names)),
        "file_paths": {name: str(path) for name, path in zip(names, paths)},  # as given
        "file_name": ", ".join(shown),
        "collectivity_type": type_id,
        "problems": in_default_lang(problems),
        "file_warnings": warnings})
    return df


# --------------------------------------------------------------------------- blank rules

#: the reader's warnings that say how a column's blank presence cells were read: as absence
#: (the « x or blank » convention of a column without any « Non ») or as not answered (a
#: column that writes its « Non »); forced by ``blank`` or not
_BLANK_MEANING = {"blank-absent": "absent", "blank-absent-forced": "absent",
                  "blank-unknown": "unknown", "blank-unknown-forced": "unknown"}


def _blank_cells(attrs: dict) -> dict[tuple[str, str], dict[str, frozenset[int]]]:
    """The blank presence cells of each file and platform as its reader read them:
    ``(file, platform) -> {"absent" | "unknown": its lines}``, ``file`` as the waves'
    ``file`` column names it, the lines as ``source_row`` numbers them (the reader's
    ``blank-absent`` and ``blank-unknown`` warnings in the ``attrs["problems"]`` of
    :func:`read_waves`). Problems read back without their lines (a frame from parquet)
    give none."""
    from ..survey.grid import display_name

    paths = attrs.get("file_paths") or {}
    names = {display_name(p, full=True): n for n, p in paths.items()}
    only = next(iter(paths)) if len(paths) == 1 else None  # one file: its problems say none
    out: dict[tuple[str, str], dict[str, frozenset[int]]] = {}
    for p in attrs.get("problems") or ():
        meaning = _BLANK_MEANING.get(p.get("code")) if isinstance(p, dict) else None
        rows, msg = getattr(p, "rows", None), getattr(p, "msg", None)
        if meaning is None or rows is None or msg is None:
            continue
        said = msg.params.get("platform")
        platform = next((k for k, v in PLATFORMS.items() if v.words() == said), None)
        file = names.get(p.get("file"), p.get("file")) if p.get("file") else only
        if platform is None or file is None:
            continue
        cells = out.setdefault((file, platform), {})
        cells[meaning] = cells.get(meaning, frozenset()) | frozenset(int(r) for r in rows)
    return out


def _blank_reading(wave: pd.DataFrame, cells: dict, meaning: str) -> np.ndarray:
    """Which readings of ``wave`` (one wave's rows of :func:`read_waves`) are blank cells its
    reader read with ``meaning`` (``"absent"``, ``"unknown"``; :func:`_blank_cells`)."""
    hit = np.zeros(len(wave), dtype=bool)
    if not cells or not len(wave):
        return hit
    files, plats = wave["file"].to_numpy(), wave["platform"].to_numpy()
    rows = wave["source_row"].to_numpy()
    for (f, p), said in cells.items():
        lines = said.get(meaning)
        if lines:
            mine = (files == f) & (plats == p)
            if mine.any():
                hit[mine] = pd.Series(rows[mine]).isin(lines).to_numpy()
    return hit


def _blank_rules(waves: pd.DataFrame, labels: Sequence[str],
                 cells: dict | None = None) -> list[dict]:
    """The platforms whose blank presence cells the waves ``labels`` read two ways: as
    absence in one wave (a column without any « Non »: the « x or blank » convention) and as
    not answered in another (a column that writes its « Non »). Each wave keeps its own
    reading (the rule is per platform and per wave: a 2024 column's blanks never depend on
    2025's cells); the change between them may come from it, which :func:`wave_trend` and
    :func:`transitions` say (``attrs["blank_rules"]``). Per platform, in the registry's order: ``{"platform", "absent": {wave: readings},
    "unknown": {wave: readings}}``, each wave with the number of its readings (the latest
    of each entity, those counted) that are blanks read that way. Empty when none.
    ``cells``: :func:`_blank_cells` of ``waves``, when made already."""
    if not {"file", "source_row"} <= set(waves.columns):
        return []
    cells = _blank_cells(waves.attrs) if cells is None else cells
    if not cells:
        return []
    counts = _blank_counts(waves, labels, cells)
    return [{"platform": p, **counts[p]}
            for p in sorted(counts, key=lambda p: _P_ORDER.get(p, 99))
            # read absent in one wave, not answered in another (a wave of two files read
            # two ways is its own files' matter, said by their warnings)
            if counts[p]["absent"] and counts[p]["unknown"]
            and len(set(counts[p]["absent"]) | set(counts[p]["unknown"])) > 1]


def _blank_counts(waves: pd.DataFrame, labels: Sequence[str],
                  cells: dict) -> dict[str, dict[str, dict[str, int]]]:
    """Per platform, ``{"absent": {wave: readings}, "unknown": {wave: readings}}``: how many
    readings of each wave of ``labels`` are blank cells read each way (:func:`_blank_rules`)."""
    plats = {p for _, p in cells}
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for label in labels:
        w = waves[(waves["wave_label"] == label).to_numpy()]
        w = w[w["platform"].isin(plats).to_numpy()]
        for meaning in ("absent", "unknown"):
            hit = _blank_reading(w, cells, meaning)
            for p, n in pd.Series(w["platform"].to_numpy()[hit]).value_counts().items():
                counts.setdefault(p, {"absent": {}, "unknown": {}})[meaning][label] = int(n)
    return counts


def _panel_blank_rules(rules: list[dict], panel: pd.DataFrame, labels: Sequence[str],
                       cells: dict) -> list[dict]:
    """The blank rules of two whole waves (:func:`_blank_rules`: how each wave reads a
    platform's blanks is its own file's matter, not the panel's) counted on the panel's
    entities, those compared: a platform none of whose blanks read as absence is in the
    panel changes nothing there (left out); a wave whose blanks read as not answered all
    lie out of the panel keeps its whole count (it still reads them so)."""
    counts = _blank_counts(panel, labels, cells)
    out = []
    for r in rules:
        mine = counts.get(r["platform"], {"absent": {}, "unknown": {}})
        if mine["absent"]:
            out.append({"platform": r["platform"], "absent": mine["absent"],
                        "unknown": mine["unknown"] or r["unknown"]})
    return out


# --------------------------------------------------------------------------- adoption per wave

def _platform_ids(platforms: str | Iterable[str] | None) -> list[str] | None:
    platforms = asked_platforms(platforms)  # a list, a Series…
    return [find_platform(p).id for p in platforms] if platforms else None


def _platforms_of(ids: set) -> Words:
    """The platforms of the waves (``ids``), by their labels in the registry's order, as a
    message says them (« Facebook, X (ex-Twitter) »; « aucun » for none)."""
    return platforms_words([p for p in PLATFORMS if p in ids and p != "any"],
                           none=("aucun", "none"))


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy(deep=False)
    out.attrs = {}
    return out


def _each_wave(waves: pd.DataFrame) -> Iterator[pd.DataFrame]:
    """The readings of each wave (by label, in order of appearance), without comparing
    every label to each (3.5 M readings of ten waves: 3.4 s → 0.1 s): a wave's rows are one
    slice when the frame is ordered by wave, as :func:`read_waves` gives it."""
    codes, uniq = pd.factorize(waves["wave_label"])
    order = np.argsort(codes, kind="stable")
    ends = np.searchsorted(codes[order], np.arange(len(uniq) + 1), side="left")
    for i in range(len(uniq)):
        rows = order[ends[i]:ends[i + 1]]
        if not len(rows):
            continue
        if rows[-1] - rows[0] + 1 == len(rows):  # consecutive: a view, not a copy
            yield _plain(waves.iloc[int(rows[0]):int(rows[-1]) + 1])
        else:
            yield _plain(waves.take(rows))


@numbered
def wave_trend(waves: pd.DataFrame, platforms: str | Iterable[str] | None = None,
               type: str | None = None, *, within: str | Iterable[str] | None = None,
               panel: bool = False) -> pd.DataFrame:
    """Adoption per wave, platform by platform, oldest wave first.

    Parameters
    ----------
    waves : DataFrame
        Frame of :func:`read_waves`.
    platforms : list of str, optional
        Platforms to keep (default: every platform of the waves, and ``any`` = at
        least one).
    type : str, optional
        Collectivity type to count (default: the waves'). Waves of several types (Annuaire
        exports read without a type) need it: without, a
        :class:`~barometre.domain.errors.UsageError` (``survey-types-mixed``) names them,
        as :func:`barometre.adoption` does (one share over régions and communes is no
        figure).
    within : str or list of str, optional
        Département codes: each wave's base is the type's entities in them, as
        :func:`barometre.compare_survey` ``within`` says it for that wave's file (a census
        of them when the wave holds them all; an entity outside them is refused). Without
        it nor ``panel``, the départements of the templates the waves were filled in, when
        every file is one of the same (``attrs["template_within"]`` of :func:`read_waves`).
    panel : bool, default False
        The waves are a panel chosen by hand, the same entities followed in time: the base
        of every wave is the entities answered in every wave (an answer, a count or an
        account: the balanced panel, :func:`barometre.analysis.survey.balanced_panel`; a
        template's unfilled rows are in no wave; a census of it when all answered:
        no interval); the others are left out of every figure and said in
        ``attrs["panel_out"]``. No entity in every wave is refused. Not with ``within``.

    Returns
    -------
    DataFrame
        :data:`TREND_COLUMNS`: the records of :func:`barometre.adoption` for each
        wave, with ``wave`` (label), ``n_unknown`` (surveyed, answer unknown: a filled
        row's blank; an entity that answered nothing at the wave, a template's unfilled row,
        is out of the wave, not unknown, the wave's design and interval staying its file's) and
        ``census`` (the base is every entity of the type: no interval, "exhaustif").
        A wave that read fewer platforms than the others has no ``any`` row ("au moins
        un réseau" over fewer networks is another measure:
        :func:`barometre.analysis.survey.any_left_out`), nor does a wave that read one
        platform only (it would be that platform's share again); ``attrs["any_left_out"]``:
        those waves -> the platforms they read (empty when ``any`` is not asked for),
        ``attrs["any_platforms"]``: every wave -> the platforms it read. Under ``within``
        or ``panel``, ``n_reference_of`` follows (``"epci:22,29"``, ``"epci:panel:CA"``:
        the base said, each wave's N in ``n_reference``), and ``attrs["within"]`` or
        ``attrs["panel"]`` is the newest wave's, as :func:`barometre.adoption` gives it.
        A wave whose file is a part of the type alone (the 96 metropolitan départements,
        a sample inside some size bands: ``attrs["design"]``) has the part's figures, as
        compare gives them: ``census`` when every entity of the part answered (no
        interval: nothing was drawn; the note says the census is the part's), else the
        interval of a sample of the part (N = its size), never of the type's N.
        A wave that is no random sample of its type (its file holds a part of the type
        whole beside others, or is far from the type's categories' or size bands'
        proportions: ``attrs["design"]``, :func:`barometre.analysis.survey.no_random_sample`)
        has no interval (``ci_low``, ``ci_high`` missing) and ``flags``
        ``"non_random_sample"``, as :func:`barometre.compare_survey` gives its file; so
        has a wave whose file was chosen by place (most of it in a few départements,
        :func:`barometre.analysis.survey.place_design` in ``attrs["design"]``, ``flags``
        ``"non_random_sample;chosen_by_place"``); the column ``flags`` ("" on the other
        waves' rows) follows only then.

    Examples
    --------
    The demo long file (fictitious data) holds two yearly readings, so two waves:

    >>> import barometre as bm
    >>> w = bm.read_waves(bm.demo_file("releves"))
    >>> t = bm.wave_trend(w, platforms=["facebook", "tiktok"])
    >>> print(t[["wave", "platform", "n_present", "n_base", "share", "census"]].round(3)
    ...       .to_string(index=False))
          wave platform  n_present  n_base  share  census
    2024-10-15 facebook         89     101  0.881    True
    2025-10-15 facebook         97     101  0.960    True
    2024-10-15   tiktok         16     101  0.158    True
    2025-10-15   tiktok         17     101  0.168    True
    """
    waves = require_waves(waves)  # a frame of read_survey: one clear error, not KeyError 'wave_label'
    if not type:  # waves of several types: every wave's types named, before any is counted
        refuse_mixed_types(waves)
        refuse_tied_type(waves)  # codes of two types alike (région codes): which, asked
    within = template_within(waves, within, panel, type)  # a template's: each wave's base
    keep = _platform_ids(platforms)
    # a platform whose blanks a wave read as absence and another as not answered: each
    # wave's figure stays its own reading, the gap between them said (attrs["blank_rules"]);
    # decided on the waves whole, as transitions decides it, counted on a panel's entities
    labels = list(dict.fromkeys(waves["wave_label"])) if "wave_label" in waves.columns else []
    cells = _blank_cells(waves.attrs) if labels else {}
    blank_rules = _blank_rules(waves, labels, cells) if cells else []
    if panel and within is None:  # the same entities in every wave, the others said
        waves = balanced_panel(waves, type)
        if blank_rules:
            blank_rules = _panel_blank_rules(blank_rules, waves, labels, cells)
    attrs, waves = waves.attrs, _plain(waves)
    parts, read, designs, said = [], {}, {}, {}
    for w in _each_wave(waves):
        label = w["wave_label"].iloc[0]
        # each wave read as a sample of the type; a wave that holds a part of it whole
        # (every metropolitan département…) said in attrs["design"] (trend --data's note).
        # A base said (within, panel) is each wave's as compare says it for its file: the
        # same code, its errors (an entity outside the départements) naming the wave's rows
        # (a wave may not read every platform asked: the waves together are said below)
        a = _frame(_adoption_records(w, type, None, keep, False, within, panel))
        _unfilled_not_unknown(a, w, type, keep, within, panel)
        for t, d in (a.attrs.get("design") or {}).items():
            designs[label] = (t, d)
            if no_random_sample(d):  # compare's « † »: no interval, its flag
                a["ci_low"] = a["ci_high"] = float("nan")
                a["ci_kind"] = None
                a["flags"] = "non_random_sample"
            else:  # the part alone (every metropolitan département, no overseas one):
                # compare's figures, the part's census or a sample of the part (N = its
                # size), never a draw of the type's N it is not
                _part_intervals(a, int(d["n_subset"]))
        for t, p in (a.attrs.get("place") or {}).items():  # chosen by place (no design:
            # place_of skips a year read by one): no draw from France, as compare says it
            designs[label] = (t, place_design(p))
            a["ci_low"] = a["ci_high"] = float("nan")
            a["ci_kind"] = None
            a["flags"] = "non_random_sample;chosen_by_place"
        for k in ("within", "panel"):  # the newest wave's (waves come oldest first)
            if a.attrs.get(k):
                said[k] = a.attrs[k]
        read[label] = tuple(dict.fromkeys(p for ps in a.attrs.get("any_platforms", {}).values()
                                          for p in ps))
        a["source"] = ", ".join(sorted(str(f) for f in pd.unique(w["file"].dropna())))
        a["n_unknown"] = a["n_unknown"].astype("Int64")
        a["wave"] = label
        parts.append(a)
    # "au moins un réseau" of a wave that read fewer platforms than the others is a share
    # over fewer networks: not a point of the same line (a March wave of Facebook alone
    # gave "any" 3/3 = 100 % beside waves of six platforms); left out, and said
    left_out = any_left_out(read)
    if left_out:
        parts = [a[~((a["platform"] == "any") & a["wave"].isin(list(left_out)))] for a in parts]
    if not parts or all(p.empty for p in parts):  # the platforms by their labels
        raise NoDataError.of("waves-no-platform", platforms=platforms_words(keep or []),
                             have=_platforms_of(set(waves["platform"].dropna())))
    out = pd.concat(parts, ignore_index=True)
    out = out.assign(_p=out["platform"].map(lambda p: _P_ORDER.get(p, len(_P_ORDER))),
                     _w=out["wave"].map({w: i for i, w in enumerate(dict.fromkeys(out["wave"]))}))
    out = out.sort_values(["_p", "_w"], kind="stable").drop(columns=["_p", "_w"])
    # the base said: its column, as compare --data's CSV gives it under --within, --panel
    # a wave that is no random sample of its type (compare's flag): the flags, as changes'
    marked = "flags" in out.columns
    if marked:
        out["flags"] = out["flags"].fillna("").astype(str)
    out = out[TREND_COLUMNS + (["n_reference_of"] if said else [])
              + (["flags"] if marked else [])
              + (["ci_kind"] if "ci_kind" in out.columns else [])].reset_index(drop=True)
    if "ci_kind" in out.columns:  # text, missing without an interval (not object)
        out["ci_kind"] = out["ci_kind"].astype("str")
    out.attrs.update(said)
    if attrs.get("panel_out"):  # the entities not in every wave, out of the panel
        out.attrs["panel_out"] = attrs["panel_out"]
    out.attrs["fictitious"] = attrs.get("fictitious", False)
    shown = keep is None or "any" in keep
    out.attrs["any_left_out"] = left_out if shown else {}
    out.attrs["any_platforms"] = read
    if designs:  # only then: wave label -> (type, the design of survey.survey_design)
        out.attrs["design"] = designs
    if attrs.get("annuaire"):  # Annuaire exports: declared accounts, its notes said
        out.attrs["annuaire"] = attrs["annuaire"]
    drawn = set(out["platform"])
    out.attrs["blank_rules"] = [r for r in blank_rules if r["platform"] in drawn]
    return WAVE_TREND.check(out)


def _unfilled_not_unknown(a: pd.DataFrame, w: pd.DataFrame, type: str | None,
                          keep: list[str] | None, within, panel: bool) -> None:
    """``n_unknown`` (and ``n_unknown_partial``) of one wave's records ``a`` without the
    entities that answered nothing at that wave (:func:`.survey.answered_rows`: a
    template's unfilled rows, 1,194 of its 1,254 EPCI): out of the wave, as a CSV wave's
    entity without a row, never « Inconnu 1 194 » beside 0 for the same 60 surveyed in
    CSV; the rule of ``panel`` and of :func:`transitions`. A filled row's blank stays
    unknown. The rest (base, shares, the file's design, its intervals) is compare's, of
    the rows the file holds (96 metropolitan rows, 10 blank: the part's interval)."""
    answered = answered_rows(w)
    if not answered.any() or answered.all():
        return
    own = _frame(_adoption_records(w[answered], type, None, keep, False, within, panel))

    def key(p, y):
        return p, (None if pd.isna(y) else int(y))

    for col in ("n_unknown", "n_unknown_partial"):
        if col not in a.columns:
            continue
        said = ({key(p, y): u for p, y, u in zip(own["platform"], own["year"], own[col])}
                if col in own.columns else {})
        a[col] = pd.array([said.get(key(p, y), 0) for p, y in zip(a["platform"], a["year"])],
                          dtype="Int64")


def _part_intervals(a: pd.DataFrame, n_part: int) -> None:
    """The rows of :func:`barometre.adoption` of a wave whose file is a part of the type
    alone (``n_part`` entities: the 96 metropolitan départements, a sample inside some
    size bands) made the part's, as compare gives them (:func:`.survey._part_cis`): its
    census when all of it answered (``census`` true, no interval), else the Wilson interval
    on N = ``n_part``, not on the type's N."""
    from .survey import _part_cis, ci_kinds

    cis, whole = _part_cis(a["share"].tolist(), a["n_base"].tolist(), [n_part] * len(a))
    a["ci_low"] = [np.nan if lo is None else lo for lo, _ in cis]
    a["ci_high"] = [np.nan if hi is None else hi for _, hi in cis]
    a["ci_kind"] = ci_kinds(cis, a["share"].tolist(), a["n_base"].tolist(), [n_part] * len(a))
    a["census"] = np.asarray(whole, dtype=bool) | a["census"].astype(bool).to_numpy()


def any_left_out_note(trend: pd.DataFrame) -> Msg | None:
    """What :func:`wave_trend` says of the waves whose "au moins un réseau" it left out
    (``attrs["any_left_out"]``): each wave with the platforms it read, and every platform
    the others read; or, when every wave read the same one platform, that one: a sentence,
    its full stop after the last of its parts (``waves-any-note``). None when it left none
    out."""
    left = trend.attrs.get("any_left_out") or {}
    if not left:
        return None
    every = [p for p in PLATFORMS if any(p in ps for ps in trend.attrs["any_platforms"].values())]

    def names(ps: Iterable[str], lang: str) -> str:
        return ", ".join(PLATFORMS[p].label(lang) if p in PLATFORMS else p for p in ps)

    if len(every) == 1:  # every wave read one platform, the same: "any" would be it again
        return Msg("waves-any-note", note=Msg("waves-any-one-platform",
                                              platform=Words(names(every, "fr"), names(every, "en"))))

    def items(waves: dict) -> Words:
        dates = {w: _said([w]) for w in waves}
        return Words(" ; ".join(f"la vague du {dates[w].fr} ({names(ps, 'fr')})"
                                if len(w) == 10 else f"la vague {w} ({names(ps, 'fr')})"
                                for w, ps in waves.items()),
                     "; ".join(f"the wave of {dates[w].en} ({names(ps, 'en')})"
                               if len(w) == 10 else f"the wave {w} ({names(ps, 'en')})"
                               for w, ps in waves.items()))

    # a wave of one platform: its "any" is that platform again (not "fewer platforms")
    # "fewer platforms" only beside a wave that read more than one (waves of Instagram, then
    # of Facebook, each read one: neither read fewer)
    read = trend.attrs["any_platforms"]
    widest = max(len(ps) for ps in read.values())
    one = {w: ps for w, ps in left.items() if len(ps) == 1 and widest <= 1}
    # "fewer" only of a wave another read more than (each of its platforms and more); waves
    # of as many platforms, not the same (Facebook, X, Instagram, then Facebook, Instagram,
    # Bluesky) read *other* platforms
    fewer = {w: ps for w, ps in left.items() if w not in one and reads_fewer(read, w)}
    other = {w: ps for w, ps in left.items() if w not in one and w not in fewer}
    every_words = Words(names(every, "fr"), names(every, "en"))
    said = ([Msg("waves-any-one-platform-each", items=items(one))] if one else []) + (
        [Msg("waves-any-left-out", items=items(fewer), every=every_words)] if fewer else []) + (
        [Msg("waves-any-left-out-other", items=items(other), every=every_words)]
        if other else [])
    while len(said) > 1:
        said[-2:] = [Msg("waves-any-notes", first=said[-2], second=said[-1])]
    return Msg("waves-any-note", note=said[0])


# --------------------------------------------------------------------------- changes

def _pick(labels: list[str], value: str | int | None, default: str, side: str) -> str:
    """The wave ``value`` names among ``labels`` (its label, or a label's start), for
    ``side`` ("old" or "new"); ``default`` when None."""
    if value is None:
        return default
    v = str(value)
    hits = [w for w in labels if w == v] or [w for w in labels if w.startswith(v)]
    if len(hits) > 1:  # "2024" of waves on 15 March and 15 October 2024: which, said
        raise UsageError.of("wave-ambiguous", value=v, choices=_choices(hits, side))
    if not hits:
        raise UsageError.of("wave-unknown", value=v, choices=_choices(labels, side))
    return hits[0]


def _choices(labels: list[str], side: str) -> list[Msg]:
    """The waves one may pick, each as the prose says it and as it is typed: « 14 octobre
    2024 (--old 2024-10-14) » (``old="2024-10-14"`` in Python); a year, as typed alone."""
    from ..render.waves import wave_date

    return [Msg("wave-choice", date=Words(wave_date(w, "fr"), wave_date(w, "en")), side=side,
                label=w) if len(w) == 10 else Msg("wave-choice-year", side=side, label=w)
            for w in labels]


def _two_waves(waves: pd.DataFrame, old, new) -> tuple[str, str]:
    waves = require_waves(waves)  # transitions, changes, movers: one clear error, not a KeyError
    labels = list(waves.attrs.get("waves") or dict.fromkeys(waves["wave_label"]))
    # files pooled into one campaign: said under the error (the one wave is theirs)
    return _two_labels(labels, old, new, details=list(waves.attrs.get("joined") or []))


def _two_labels(labels: list[str], old, new, details: list | None = None) -> tuple[str, str]:
    if len(labels) < 2:
        raise NoDataError.of("waves-need-two-pooled" if details else "waves-need-two",
                             wave=labels[0] if labels else "–", details=details)
    o, n = _pick(labels, old, labels[0], "old"), _pick(labels, new, labels[-1], "new")
    if labels.index(o) >= labels.index(n):
        raise UsageError.of("wave-order", old=o, new=n)
    return o, n


def _council_changed(df: pd.DataFrame, a: pd.DataFrame, b: pd.DataFrame,
                     collectivity_type: object) -> list[dict]:
    """The territories of ``df`` read before their council existed in the old wave ``a``
    and after in the new wave ``b`` (:func:`barometre.datasets.reference.council_created`:
    67 on 15 June 2015, the Bas-Rhin's own council, and on 15 October 2025, the CeA): per
    territory ``{"code", "name", "council_code", "council", "since"}`` (the day, ISO), in
    the order of ``df``; empty for any other type."""
    from ..datasets import reference

    if collectivity_type != "departement":
        return []
    created = reference.council_created()
    codes = [c for c in dict.fromkeys(df["code"]) if c in created]
    if not codes:
        return []

    def before(w: pd.DataFrame) -> dict[str, bool]:
        w = w[w["code"].isin(codes)]
        said = reference._before_council(w["code"], w["date"].to_numpy("datetime64[s]"),
                                        w["year"].astype("Float64").to_numpy(float, na_value=np.nan))
        return {c: bool(v.all()) for c, v in pd.Series(said, index=w["code"].to_numpy())
                .groupby(level=0)}

    old, new = before(a), before(b)
    names = dict(zip(df["code"], df["name"]))
    return [{"code": c, "name": names.get(c), "council_code": created[c][0],
             "council": created[c][1], "since": str(created[c][2])}
            for c in codes if old.get(c) and new.get(c) is False]


def _one_reading_each(wave: pd.DataFrame) -> None:
    """Refuse a wave holding two readings of one entity on one platform: waves frames put
    end to end (``pd.concat``), which pairing would multiply (each reading of the old wave
    with each of the new: 404 « comparable » départements of 101) or resolve by row order.
    :func:`read_waves` keeps one reading of each per wave; :func:`wave_trend` refuses the
    same frame (:func:`barometre.analysis.survey.refuse_repeats`, whose error this is)."""
    from .survey import refuse_repeats

    twice = wave.duplicated(["code", "platform"], keep=False).to_numpy()
    if not twice.any():
        return
    rows = wave[twice]
    group = rows.groupby(["code", "platform"], sort=True).ngroup().to_numpy()
    order = np.argsort(group, kind="stable")
    refuse_repeats(wave, np.flatnonzero(twice)[order], group[order])


@numbered
def transitions(waves: pd.DataFrame, old: str | int | None = None, new: str | int | None = None,
                platforms: str | Iterable[str] | None = None, *,
                within: str | Iterable[str] | None = None, panel: bool = False) -> pd.DataFrame:
    """Each entity on each platform between two waves: joined, left, stayed… and why not.

    Parameters
    ----------
    waves : DataFrame
        Frame of :func:`read_waves`, of one type: waves of several types (Annuaire exports
        read without a type) are refused (``waves-types-mixed``, a
        :class:`~barometre.domain.errors.UsageError` naming them: read them with
        ``read_waves(…, type=…)``); région 44 is no département 44.
    old, new : str or int, optional
        Wave labels (or their beginning: "2024"); default the oldest and the newest.
    platforms : list of str, optional
        Platforms to keep (default: every platform of either wave).
    within : str or list of str, optional
        Département codes: the base of :func:`changes` is the type's entities in them (as
        :func:`barometre.compare_survey` ``within`` makes it; an entity of either wave
        outside them is refused). Without it nor ``panel``, the templates' départements, as
        :func:`wave_trend` takes them.
    panel : bool, default False
        The waves are a panel chosen by hand: the base of :func:`changes` is the entities
        answered in both waves compared (the balanced panel,
        :func:`barometre.analysis.survey.balanced_panel`: an answer, a count or an account
        there, as :func:`wave_trend` takes it), never the type's in France; the
        others are left out (no row) and said in ``attrs["panel_out"]``; not with
        ``within``.

    Returns
    -------
    DataFrame
        :data:`TRANSITION_COLUMNS`, one row per entity of either wave × platform; an
        entity without any answer, count or account in both waves (a template's unfilled
        rows, with no reading in the other wave or an unfilled one) has none: it was not
        surveyed, as an entity in neither file; under ``panel``, every entity of the panel
        (answered in both waves) has its rows, not comparable on a platform left blank.
        ``status``: ``joined`` (Non → Oui), ``left`` (Oui → Non), ``stayed`` (Oui
        → Oui), ``absent`` (Non → Non) or ``not_comparable``, with ``reason``
        ``missing_old``/``missing_new`` (the entity is not in that wave: no reading of it
        on any platform), ``not_read_old``/``not_read_new`` (the wave read the entity, but
        not on this platform: a platform added in 2025, or one of whose readings that wave
        answered none, blank on every row of a long file) or ``unknown_old``/``unknown_new``
        (answer unknown). Then ``population``; and, when
        the waves mark the counts read from abbreviated numbers (``followers_rounded``, as
        :func:`read_waves` gives it), ``followers_rounded_old``, ``followers_rounded_new``
        (then, when the waves keep the cells, ``followers_typed_old``,
        ``followers_typed_new``: each rounded count's cell as typed, « 112 k », missing for
        an exact count, as :func:`barometre.rank`'s ``followers_typed``)
        and ``growth_rounded``: the growth or gain per 1,000 is computed on such a count, so
        approximate ("1,2 M" → 1 249 000 reads +4 %, but "1,2 M", rounded or cut off, is
        anything from 1 150 000 to 1 299 999: from −3.9 % to +8.6 %). Likewise, when
        the waves mark the counts the reader questioned (``followers_questioned``: more
        followers than inhabitants, far above the file's others), ``followers_questioned_old``,
        ``followers_questioned_new`` and ``growth_questioned``: the growth or gain rests on
        such a count, computed as read, to check. ``attrs``: ``blank_rules`` (each
        platform whose blanks one wave read as absence and the other as not answered, each
        wave keeping its own reading, as :func:`wave_trend`: ``{"platform", "absent":
        {wave: blanks}, "unknown": {wave: blanks}}``), ``old``,
        ``new``, ``files`` (each of the two waves -> the names of the files holding it),
        ``n_files_read`` and ``n_waves_read`` (every file and every wave of ``waves``, a
        third one's too), ``rounded_cells`` (per platform with a growth or gain on a
        rounded count whose cell the waves kept, ``{"typed", "count", "n"}``: the first such
        cell as typed, « 1,2 M », the count read from it, and how many such cells: what
        the note of ≈ quotes),
        ``not_read`` (each platform one of the two waves did not read at all, not one answer
        -> that wave's label: its entities are not comparable, and it has no change to measure); under
        ``within`` or ``panel``, ``base`` (``{"n", "of"}``: the base's size and its
        ``n_reference_of``) and ``within`` or ``panel`` (as :func:`barometre.adoption`'s).

    Examples
    --------
    The demo long file (fictitious data) holds two yearly readings, so two waves:

    >>> import barometre as bm
    >>> w = bm.read_waves(bm.demo_file("releves"))
    >>> t = bm.transitions(w, platforms="tiktok")
    >>> t.attrs["old"], t.attrs["new"]
    ('2024-10-15', '2025-10-15')
    >>> t["status"].value_counts().to_dict()
    {'absent': 84, 'stayed': 16, 'joined': 1}
    >>> print(t.loc[t["status"] == "joined", ["code", "name", "present_old", "present_new"]]
    ...       .to_string(index=False))
    code    name  present_old  present_new
      57 Moselle        False         True
    """
    waves = require_waves(waves)
    # waves of several types: entities paired by code alone (région 44 with département 44)
    refuse_mixed_types(waves, "waves-types-mixed")
    o, n = _two_waves(waves, old, new)
    within = template_within(waves, within, panel)  # a template's départements: the base
    # every wave read, a third one too (read_waves' compare= keeps two, its attrs all)
    n_waves = len(waves.attrs.get("waves") or ()) or int(waves["wave_label"].nunique())
    # a platform whose blanks one wave read as absence and the other as not answered: each
    # wave keeps its own reading (its file's rule, as trend counts it: 2024's « x or blank »
    # absences are compared with 2025's answers, a blank 2025 reads as not answered leaves
    # that entity alone out), the gap said (attrs["blank_rules"]). Decided on the two waves
    # whole, before a panel: how a wave reads its blanks is its file's matter
    cells = _blank_cells(waves.attrs) if {"file", "source_row"} <= set(waves.columns) else {}
    blank_rules = _blank_rules(waves, [o, n], cells) if cells else []
    if panel and within is None:
        # the same entities at the two waves compared, the others said: a third wave read
        # beside them (March, between two Octobers) is not compared, and cuts no entity out
        both = waves["wave_label"].isin([o, n]).to_numpy()
        two = waves if both.all() else waves[both]
        two.attrs = waves.attrs
        waves = balanced_panel(two, waves.attrs.get("collectivity_type"))
        if blank_rules:  # counted on the entities compared
            blank_rules = _panel_blank_rules(blank_rules, waves, [o, n], cells)
    attrs, waves = waves.attrs, _plain(waves)  # pandas deep-copies attrs at every step
    a, b = waves[waves["wave_label"] == o], waves[waves["wave_label"] == n]
    _one_reading_each(a)
    _one_reading_each(b)
    # the platforms each wave read: at least one answer (as adoption counts a year's). A
    # platform a wave holds no answer of (a long file's TikTok, blank on every 2024 row)
    # was not read there, as the same wave in a file without its column (or with it left
    # empty, which the reader leaves out): « non relevé », never « réponse inconnue »
    read_old, read_new = (set(w.loc[_presence_codes(w["present"]) >= 0, "platform"])
                          for w in (a, b))
    # the base said (within, panel), made as compare makes it, of the two waves' entities
    said = said_base(pd.concat([a, b], ignore_index=True), attrs.get("collectivity_type"),
                     within=within, panel=panel)
    keep = _platform_ids(platforms)
    plats = sorted(read_old | read_new, key=lambda p: _P_ORDER.get(p, 99))
    plats = [p for p in plats if p != "any" and (keep is None or p in keep)]
    if not plats:
        raise NoDataError.of("waves-no-platform", platforms=platforms_words(keep or []),
                             have=_platforms_of(read_old | read_new))
    names = pd.concat([a, b]).drop_duplicates("code", keep="last").set_index("code")
    # an entity answered in neither wave (a template's unfilled rows: 1,194 of 1,254 EPCI,
    # absent from the other wave or blank there too) was not surveyed: no row, as an
    # entity in neither file, never « non comparable » by the thousand. A panel's entities
    # are answered in both (balanced_panel): every one has its rows, its counts add up to it
    if not panel:
        names = names[names.index.isin(answered_codes(a))
                      | names.index.isin(answered_codes(b))]
    # in French order, as the report's Classement (analysis.report._collated): accents and
    # case folded, a hyphen as a space ("Saône-et-Loire" before "Savoie"), then name, code
    from ..domain.text import fold_series

    codes = [c for *_, c in sorted(zip(fold_series(names["name"]), names["name"].astype(str),
                                       names.index))]
    cols = ["code", "present", "followers"]
    marked = "followers_rounded" in a.columns and "followers_rounded" in b.columns
    if marked:  # counts read from abbreviated numbers ("1,2 M"): their growth is approximate
        cols.append("followers_rounded")
        if "followers_typed" in a.columns and "followers_typed" in b.columns:
            cols.append("followers_typed")  # their cells as typed, which the note quotes
    # counts the reader questioned (more followers than inhabitants…): a growth on one is
    # to check, marked, never the fastest without the mark
    questioned = "followers_questioned" in a.columns and "followers_questioned" in b.columns
    if questioned:
        cols.append("followers_questioned")
    parts = []
    for p in plats:
        grid = pd.DataFrame({"code": codes})
        grid = grid.merge(a.loc[(a["platform"] == p) & (p in read_old), cols].assign(
            seen_old=True), on="code", how="left").merge(
            b.loc[(b["platform"] == p) & (p in read_new), cols].assign(seen_new=True),
            on="code", how="left", suffixes=("_old", "_new"))
        grid.insert(0, "platform", p)
        parts.append(grid)
    df = pd.concat(parts, ignore_index=True)
    seen_old, seen_new = (df[c].notna().to_numpy() for c in ("seen_old", "seen_new"))
    po, pn = df["present_old"].astype("boolean"), df["present_new"].astype("boolean")
    ko, kn = po.notna().to_numpy(), pn.notna().to_numpy()
    yo, yn = po.fillna(False).to_numpy(bool), pn.fillna(False).to_numpy(bool)
    status = np.select([ko & kn & ~yo & yn, ko & kn & yo & ~yn, ko & kn & yo & yn, ko & kn],
                       ["joined", "left", "stayed", "absent"], "not_comparable")
    # an entity absent from a wave (no reading of it at all) is "missing"; one the wave read,
    # but not on this platform (a platform the wave did not read, Bluesky added in 2025), is
    # "not read": absent from neither wave
    in_old, in_new = (df["code"].isin(set(w["code"])).to_numpy() for w in (a, b))
    reason = np.select([~in_old, ~in_new, ~seen_old, ~seen_new, ~ko, ~kn],
                       ["missing_old", "missing_new", "not_read_old", "not_read_new",
                        "unknown_old", "unknown_new"], "")
    df["status"] = status
    df["reason"] = pd.Series(reason, dtype=object).where(status == "not_comparable", None)
    df["present_old"], df["present_new"] = po, pn
    df["name"] = df["code"].map(names["name"])
    pop = df["code"].map(names["population"]).astype("Float64")
    fo, fn = df["followers_old"].astype("Float64"), df["followers_new"].astype("Float64")
    both = pd.Series(status == "stayed", index=df.index) & fo.notna() & fn.notna()
    df["growth"] = ((fn - fo) / fo).where(both & (fo > 0))  # exact for exact ratios
    df["gain_per_1000"] = ((fn - fo) / pop * 1000).where(both & (pop > 0))
    # 67 read in 2015 (the Bas-Rhin's conseil général) and in 2025 (the CeA): two councils,
    # two accounts; no growth from one to the other
    council_changed = _council_changed(df, a, b, attrs.get("collectivity_type"))
    if council_changed:
        gone = df["code"].isin({e["code"] for e in council_changed}).to_numpy()
        df.loc[gone, ["growth", "gain_per_1000"]] = np.nan
    df["population"] = pop.astype("Int64")
    for c in ("followers_old", "followers_new"):
        df[c] = df[c].astype("Int64")
    extra = ["population"]
    rounded_cells: dict[str, dict] = {}
    if marked:
        ro, rn = (df[c].fillna(False).astype(bool).to_numpy()
                  for c in ("followers_rounded_old", "followers_rounded_new"))
        df["followers_rounded_old"], df["followers_rounded_new"] = ro, rn
        computed = (df["growth"].notna() | df["gain_per_1000"].notna()).to_numpy()
        df["growth_rounded"] = computed & (ro | rn)
        rounded_cells = _rounded_cells(df, computed & ro, computed & rn)
        extra += ["followers_rounded_old", "followers_rounded_new"]
        if "followers_typed_old" in df.columns:  # each rounded count's cell, as rank's
            for wave, r in (("old", ro), ("new", rn)):
                col = "followers_typed_" + wave
                df[col] = pd.array([c if k and isinstance(c, str) and c else None
                                    for k, c in zip(r, df[col].to_numpy(dtype=object))],
                                   dtype="str")
            extra += ["followers_typed_old", "followers_typed_new"]
        extra.append("growth_rounded")
    if questioned:
        qo, qn = (df[c].fillna(False).astype(bool).to_numpy()
                  for c in ("followers_questioned_old", "followers_questioned_new"))
        df["followers_questioned_old"], df["followers_questioned_new"] = qo, qn
        computed = (df["growth"].notna() | df["gain_per_1000"].notna()).to_numpy()
        df["growth_questioned"] = computed & (qo | qn)
        extra += ["followers_questioned_old", "followers_questioned_new", "growth_questioned"]
    out = df[TRANSITION_COLUMNS + extra].reset_index(drop=True)
    files = {w: fs for w, fs in (attrs.get("wave_files") or {}).items() if w in (o, n)}
    paths = attrs.get("file_paths") or {}
    # the platforms one of the two waves did not read at all: no change to measure, said once
    not_read = {p: w for p in plats for w, read in ((o, read_old), (n, read_new))
                if p not in read}
    out.attrs.update({"old": o, "new": n, "collectivity_type": attrs.get("collectivity_type"),
                      "not_read": not_read,
                      # the files of the two waves compared (a third wave's is not read)
                      "files": files,
                      # and their paths as given (what ``changes --data`` takes again)
                      "paths": list(dict.fromkeys(paths.get(f, f) for w in (o, n)
                                                  for f in files.get(w, []))),
                      # every file read, a third wave's too (« 3 fichiers lus »)
                      "n_files_read": len(attrs.get("files") or []) or len(
                          {f for w in (o, n) for f in files.get(w, [])}),
                      # every wave read: a long file's third wave (« 1 fichier, 3 vagues
                      # lues, 2 comparées »)
                      "n_waves_read": n_waves,
                      # the platforms whose blanks the two waves read two ways, of those
                      # kept (``platforms``: -p facebook says nothing of Instagram's blanks)
                      "blank_rules": [r for r in blank_rules if r["platform"] in plats],
                      "fictitious": attrs.get("fictitious", False),
                      # a rounded count behind a growth, as typed, which the note quotes
                      "rounded_cells": rounded_cells,
                      # Annuaire exports compared: declared accounts, said (its notes)
                      "annuaire": attrs.get("annuaire"),
                      **({"base": {"n": said["n"], "of": said["of"]}, **said["attrs"]}
                         if said else {}),
                      # the entities not in every wave, out of the panel
                      **({"panel_out": attrs["panel_out"]} if attrs.get("panel_out") else {}),
                      # gains per 1,000 of a council's population, not its territory's (69)
                      # territories whose council was created between the waves (67
                      # and 68: the CeA in 2021): no growth computed, said
                      "council_changed": council_changed,
                      "population_served": served_of(
                          out.loc[out["gain_per_1000"].notna(), "code"],
                          attrs.get("collectivity_type"),
                          out.loc[out["gain_per_1000"].notna(), "population"])})
    return TRANSITIONS.check(out)


def _n_reference(codes, type_id: str | None) -> int | None:
    """How many entities of ``type_id`` the waves' ``codes`` are drawn from: the base of
    ``compare`` and ``trend --data`` (:func:`barometre.analysis.survey._reference_size`),
    so that a census there is a census here (a file of the 95 conseils départementaux,
    6AE and 69D among them, compares all 95: no p-value, as no interval)."""
    return _reference_size(codes, type_id)[0] if type_id else None


@numbered
def changes(waves: pd.DataFrame, old: str | int | None = None, new: str | int | None = None,
            platforms: str | Iterable[str] | None = None, *,
            within: str | Iterable[str] | None = None, panel: bool = False) -> pd.DataFrame:
    """What changed between two waves, platform by platform.

    Parameters
    ----------
    waves : DataFrame
        Frame of :func:`read_waves`, of one type as :func:`transitions` takes it (or the
        result of :func:`transitions`, whose waves, platforms and base are then kept: the
        other arguments are not read).
    old, new, platforms
        As for :func:`transitions`.
    within, panel
        The base said, as for :func:`transitions`: comparing every entity of it (the
        départements' entities, the panel's) is its census (no p-value), never the type's
        in France; no design is looked for. ``n_reference_of`` follows the columns.

    Returns
    -------
    DataFrame
        :data:`CHANGES_COLUMNS`: counts of ``joined``, ``left``, ``stayed``,
        ``stayed_absent`` and ``not_comparable`` entities; ``n_paired`` comparable
        entities; ``share_old``/``share_new`` (present ÷ comparable) and ``change``
        (their difference); ``p_value`` of McNemar's exact test (``<NA>`` for a census:
        ``census``; the shares, ``change``, ``p_value`` and the medians are ``Float64``,
        ``<NA>`` where there is no value); ``median_growth`` over ``n_growth`` entities (those
        present in both waves with a count, above 0 in the old wave: 0 → 150 has no growth
        rate), ``median_gain_per_1000`` over ``n_gain`` (those with a count in both waves and a
        population: a count of 0 has a gain), so that the two medians may be over different
        entities; ``n_from_zero``: the entities with 0 followers in the old wave and a count
        in the new one (no growth rate, left out of ``n_growth`` and of :func:`movers`);
        ``wave_old``, ``wave_new``; ``attrs["no_growth"]``: each platform (read at both
        waves) without any growth rate, and why: ``"old"`` when the old wave gives no
        follower count, ``"new"`` the new one none, ``"both"`` neither, ``"unpaired"`` no
        entity with a count in both waves, above 0 in the old one. When the waves mark their
        rounded counts (:func:`transitions`' ``growth_rounded``), then
        ``n_growth_rounded``: the entities whose growth or gain rests on a count read from
        an abbreviated number ("1,2 M"), approximate; ``median_growth_rounded`` and
        ``median_gain_rounded``: the median itself may be another number, shown "≈".
        A median is not marked merely because some of its values are approximate (of 40
        exact values and 1 rounded, the median is usually one of the exact ones, whatever
        the rounded count was): it is marked when the true counts could move it, that is
        when the median with every rounded count at its least ("1,2 M": 1 150 000) differs
        from the median with every one at its most (below 1 300 000; a median only grows
        when a value grows, so the true one lies between). The table's note counts the
        approximate values either way. Waves that are no random sample of the type, as
        compare marks a file « † » (:func:`barometre.analysis.survey.no_random_sample`):
        a part of the type held whole beside others (every grande ville and 60 other
        communes, :func:`barometre.analysis.survey.survey_design`), or far from the type's
        categories' or size bands' proportions (:func:`barometre.analysis.survey.mix_design`:
        10 intercommunalités of each category), or mostly in one région or in a few
        départements (:func:`barometre.analysis.survey.region_design`,
        :func:`barometre.analysis.survey.place_design`), add ``flags``
        ``non_random_sample`` (``non_random_sample;chosen_by_place`` for a place): their
        shares and change are the compared entities', no ``p_value`` (McNemar's on the
        pooled pairs would test the file's mix, not the type); ``attrs["mix_design"]``
        says the design (its ``kind`` ``"mix"`` for a mix, the part's otherwise; ``place``
        for a file chosen by place).

    Examples
    --------
    The demo long file (fictitious data) holds two yearly readings, so two waves; every
    département is in both, a census: no p-value (nothing was sampled).

    >>> import barometre as bm
    >>> w = bm.read_waves(bm.demo_file("releves"))
    >>> c = bm.changes(w)
    >>> print(c[["platform", "joined", "left", "stayed", "n_paired", "share_old", "share_new",
    ...          "census"]].round(3).to_string(index=False))
     platform  joined  left  stayed  n_paired  share_old  share_new  census
     facebook       8     0      89       101      0.881       0.96    True
            x      10     0      71       101      0.703      0.802    True
    instagram       5     0      80       101      0.792      0.842    True
     linkedin       6     0      73       101      0.723      0.782    True
      youtube       6     0      61       101      0.604      0.663    True
       tiktok       1     0      16       101      0.158      0.168    True
    >>> bool(c["p_value"].isna().all())
    True
    """
    t = (waves if "status" in waves.columns else
         transitions(waves, old, new, platforms, within=within, panel=panel))
    codes = set(t["code"])
    said = t.attrs.get("base")  # within, panel: the base the user said, its N
    n_ref = said["n"] if said else _n_reference(codes, t.attrs.get("collectivity_type"))
    # waves that hold a part of the type whole and nothing else (the 96 metropolitan
    # départements): comparing all of it is its census, as compare says « exhaustif
    # (métropole) » — no p-value, the part said (attrs["design"]); none under a base said
    design = (survey_design(codes, t.attrs["collectivity_type"])
              if t.attrs.get("collectivity_type") and not said else None)
    part = design.n_subset if design is not None and not design.stratified else None
    marked = {"growth_rounded", "followers_rounded_old", "population"} <= set(t.columns)
    rows, marks = [], {}
    no_growth: dict[str, str] = {}  # platforms without any growth rate, and why
    not_read = t.attrs.get("not_read") or {}
    part_census = False  # a platform's census of the part (then said, attrs["design"])
    part_held = False  # a platform's every entity of the part, some answers unknown
    for p, g in t.groupby("platform", sort=False):
        counts = g["status"].value_counts()
        j, l_, s, ab = (int(counts.get(k, 0)) for k in ("joined", "left", "stayed", "absent"))
        paired = j + l_ + s + ab
        whole = n_ref is not None and paired == n_ref
        of_part = not whole and part is not None and paired == part
        census = whole or of_part
        part_census = part_census or of_part
        # both waves hold every entity of the base (the type's, the part's, the base said),
        # some answers unknown: nothing was drawn, so no test; the change over them all is
        # sure to lie between the unknowns set against it and set for it
        held = (paired > 0 and not g["reason"].isin(["missing_old", "missing_new"]).any()
                and len(g) in {n_ref, part} - {None})
        low, high = _sure_range(g, j - l_) if held else (None, None)
        part_held = part_held or (held and part is not None and part != n_ref
                                  and len(g) == part)
        growth, gain = g["growth"].dropna().astype(float), g["gain_per_1000"].dropna().astype(float)
        # a count of 0 in the old wave has no growth rate (÷ 0), but has a gain: the two
        # medians are over different entities, each n said, and those counted
        from_zero = int(((g["status"] == "stayed") & (g["followers_old"] == 0)
                         & g["followers_new"].notna()).fillna(False).sum())
        if marked:  # growths on a rounded count, and whether a median may be another
            marks[p] = _rounded_marks(g)
        if not len(growth) and p not in not_read:  # why, said rather than an empty list
            no_growth[p] = _why_no_growth(g)
        rows.append({
            "platform": p, "joined": j, "left": l_, "stayed": s,
            "not_comparable": int(counts.get("not_comparable", 0)),
            "share_old": (s + l_) / paired if paired else None,
            "share_new": (s + j) / paired if paired else None,
            "change": (j - l_) / paired if paired else None,
            "p_value": None if census or held or not paired else mcnemar_exact(j, l_),
            "median_growth": growth.median() if len(growth) else None,
            "stayed_absent": ab, "n_paired": paired, "census": census,
            "median_gain_per_1000": gain.median() if len(gain) else None,
            "n_growth": len(growth), "n_gain": len(gain), "n_from_zero": from_zero,
            "wave_old": t.attrs["old"], "wave_new": t.attrs["new"],
            "change_low": low, "change_high": high})
    out = pd.DataFrame(rows, columns=CHANGES_COLUMNS)
    for c in ("share_old", "share_new", "change", "p_value", "median_growth",
              "median_gain_per_1000", "change_low", "change_high"):
        out[c] = out[c].astype("Float64")
    if marked:
        for c in ("n_growth_rounded", "median_growth_rounded", "median_gain_rounded"):
            out[c] = [marks[p][c] for p in out["platform"]]
        out["n_growth_rounded"] = out["n_growth_rounded"].astype("int64")
        for c in ("median_growth_rounded", "median_gain_rounded"):
            out[c] = out[c].astype(bool)
    if said:  # the base said, as compare --data's CSV gives it under --within, --panel
        out["n_reference_of"] = said["of"]
    out.attrs.update(t.attrs)
    out.attrs["no_growth"] = no_growth
    if part_census or part_held:
        # the part said either way: its census (« exhaustif »), or its sure range (some
        # answers unknown), whose note says « la partie du type », never « du type »
        out.attrs["design"] = {"type": t.attrs["collectivity_type"], **design.as_dict(),
                               "census": part_census}
    elif design is not None and no_random_sample(design.as_dict()):
        # a part held whole beside others (every grande ville and 60 other communes): the
        # shares over-weight the part, as compare and trend mark such a wave « † » with no
        # interval; McNemar's on the pooled pairs would test the file's mix, not the type
        out.attrs["mix_design"] = {"type": t.attrs["collectivity_type"], **design.as_dict()}
        out["p_value"] = pd.array([None] * len(out), dtype="Float64")
        out["flags"] = "non_random_sample"
    elif design is None and t.attrs.get("collectivity_type") and not said:
        # waves of a sample inside some size bands (200 communes of 10,000–49,999): their
        # shares and test are those of the bands' communes, not the type's (said by changes)
        # waves mostly in one région: chosen by place, no draw of France nor of its bands
        # the entities compared (paired on some platform), where their place is tested: a
        # 2024 wave spread over France beside a 2025 one of two départements compares those
        compared = set(t.loc[t["status"].isin(["joined", "left", "stayed", "absent"]), "code"])
        region = region_design(compared, t.attrs["collectivity_type"])
        bands = None if region is not None else sample_design(codes,
                                                              t.attrs["collectivity_type"])
        if bands is not None:
            out.attrs["band_design"] = {"type": t.attrs["collectivity_type"], **bands.as_dict()}
        else:  # waves far from the type's categories' or size bands' proportions (10
            # intercommunalités of each category): the shares and the change over-weight
            # some, they are the compared entities', and no test is the type's (McNemar's
            # on the pooled pairs tests the file's mix, not the type)
            mix = region or mix_design(codes, t.attrs["collectivity_type"])
            mixed = mix.as_dict() if mix is not None else None
            if mixed is None:  # most of them in a few départements: chosen by place, the
                # compared entities' shares, no test of the type's (region_design's rule)
                place = place_of(compared, t.attrs["collectivity_type"])
                mixed = place_design(place) if place is not None else None
            if mixed is not None:
                out.attrs["mix_design"] = {"type": t.attrs["collectivity_type"], **mixed}
                out["p_value"] = pd.array([None] * len(out), dtype="Float64")
                out["flags"] = ("non_random_sample;chosen_by_place" if mixed.get("place")
                                else "non_random_sample")
    return CHANGES.check(out)


def _why_no_growth(g: pd.DataFrame) -> str:
    """Why one platform's entities (``g``, rows of :func:`transitions`) have no growth
    rate: ``"both"``, neither wave gives a follower count; ``"old"``, the old wave gives
    none (a first wave read without counts); ``"new"``, the new one none; ``"unpaired"``,
    no entity has a count in both waves, above 0 in the old one."""
    has_old, has_new = g["followers_old"].notna().any(), g["followers_new"].notna().any()
    return ("both" if not has_old and not has_new else "old" if not has_old
            else "new" if not has_new else "unpaired")


def _sure_range(g: pd.DataFrame, net: int) -> tuple[float, float]:
    """The least and the most the net change of one platform's entities (``g``, rows of
    :func:`transitions`, every entity of the base in both waves) can be, as a share of them
    all: ``net`` (joined − left) plus, for each entity not comparable, its answer unknown at
    a wave set both ways (unknown then « Non » → « Oui » for the most, the other way for the
    least; known « Oui » then unknown: 0 at most, −1 at least). Nothing drawn, nothing to
    test: the true change over them all lies between.

    >>> g = pd.DataFrame({"status": ["joined", "not_comparable", "not_comparable"],
    ...                   "present_old": pd.array([False, True, pd.NA], dtype="boolean"),
    ...                   "present_new": pd.array([True, pd.NA, pd.NA], dtype="boolean")})
    >>> _sure_range(g, 1)
    (-0.3333333333333333, 0.6666666666666666)
    """
    out = (g["status"] == "not_comparable").to_numpy()
    po, pn = g["present_old"].astype("boolean")[out], g["present_new"].astype("boolean")[out]
    # each side's least and most: a known answer is itself, an unknown one 0 or 1
    o_lo, o_hi = po.fillna(False).astype(int), po.fillna(True).astype(int)
    n_lo, n_hi = pn.fillna(False).astype(int), pn.fillna(True).astype(int)
    lo, hi = int((n_lo - o_hi).sum()), int((n_hi - o_lo).sum())
    return (net + lo) / len(g), (net + hi) / len(g)


def _rounded_cells(df: pd.DataFrame, old: np.ndarray, new: np.ndarray) -> dict[str, dict]:
    """Per platform of :func:`transitions`' ``df``, the cells as typed behind its growths
    or gains on a rounded count (``old``, ``new``: the rows whose old or new count is one):
    ``{"typed": the first of the old wave's in the table's order, else of the new wave's;
    "count": the count read from it; "n": how many such cells}``; a platform without any cell kept is absent (the
    waves' ``followers_typed`` missing: a rounded count saved and read again without it)."""
    if "followers_typed_old" not in df.columns:
        return {}
    out: dict[str, dict] = {}
    for wave, rows in (("old", old), ("new", new)):
        typed = df["followers_typed_" + wave].to_numpy(dtype=object)
        counts = df["followers_" + wave].to_numpy(dtype=object)
        for p, cell, count in zip(df["platform"].to_numpy()[rows], typed[rows], counts[rows]):
            if not isinstance(cell, str) or not cell or pd.isna(count):
                continue
            seen = out.setdefault(p, {"typed": cell, "count": int(count), "n": 0})
            seen["n"] += 1
    return out


def _rounded_marks(g: pd.DataFrame) -> dict:
    """For one platform's rows of :func:`transitions` (with ``growth_rounded``): how many
    growths or gains rest on a rounded count, and whether each median is approximate
    (:func:`_median_approximate`, the counts at their bounds, :func:`~barometre.analysis.peers.count_bounds`)."""
    o_lo, o_hi = count_bounds(g["followers_old"], g["followers_rounded_old"])
    n_lo, n_hi = count_bounds(g["followers_new"], g["followers_rounded_new"])
    has_growth = g["growth"].notna().to_numpy()
    has_gain = g["gain_per_1000"].notna().to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):  # as the growth: (new − old) ÷ old
        g_lo, g_hi = (n_lo - o_hi) / o_hi, (n_hi - o_lo) / o_lo
        pop = g["population"].astype("Float64").to_numpy(float, na_value=np.nan)
        k_lo, k_hi = (n_lo - o_hi) / pop * 1000, (n_hi - o_lo) / pop * 1000
    return {"n_growth_rounded": int(g["growth_rounded"].fillna(False).astype(bool).sum()),
            "median_growth_rounded": _median_approximate(g_lo[has_growth], g_hi[has_growth]),
            "median_gain_rounded": _median_approximate(k_lo[has_gain], k_hi[has_gain])}


def _median_approximate(low: np.ndarray, high: np.ndarray) -> bool:
    """Whether a median could be another number with the true counts: the median of the
    values at their least differs from the median at their most (a median only grows when
    a value grows, so the true one lies between). Equal when every value that can move
    stays on its side of the median: then the median is an exact value (or the mean of
    two), whatever the rounded counts were."""
    return bool(len(low)) and bool(np.median(low) != np.median(high))


@numbered
def movers(waves: pd.DataFrame, old: str | int | None = None, new: str | int | None = None,
           platforms: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Follower growth of the entities present in both waves, ranked per platform.

    Parameters
    ----------
    waves : DataFrame
        Frame of :func:`read_waves`, of one type as :func:`transitions` takes it (or the
        result of :func:`transitions`, whose waves and platforms are then kept: ``old``,
        ``new`` and ``platforms`` are not read).
    old, new : str or int, optional
        Wave labels (or their beginning: "2024"); default the oldest and the newest.
    platforms : list of str, optional
        Platforms to rank (default: every platform of either wave).

    Returns
    -------
    DataFrame
        :data:`MOVERS_COLUMNS`, rank 1 = fastest growth (ties share the best rank),
        ordered by platform then rank; entities without a count in both waves are
        left out, and so are those with 0 followers in the old wave (no growth rate:
        :func:`changes` counts them, ``n_from_zero``). The first rows of a platform are its top movers, the last its
        bottom movers. Then ``growth_rounded`` when the waves mark their rounded counts
        (see :func:`transitions`): the growth rests on a count read from an abbreviated
        number, approximate (shown "≈ +4 %"); ``growth_questioned`` when they mark the
        counts the reader questioned: the growth rests on one (shown « (à vérifier) »).

    Examples
    --------
    The demo long file (fictitious data) holds two yearly readings, so two waves:

    >>> import barometre as bm
    >>> w = bm.read_waves(bm.demo_file("releves"))
    >>> m = bm.movers(w, platforms="x")
    >>> print(m[["rank", "name", "followers_old", "followers_new", "gain", "growth"]].head(3)
    ...       .round(3).to_string(index=False))
     rank           name  followers_old  followers_new  gain  growth
        1          Aisne            911           1181   270   0.296
        2 Indre-et-Loire          17955          23085  5130   0.286
        3       Dordogne          13220          16986  3766   0.285
    """
    t = waves if "status" in waves.columns else transitions(waves, old, new, platforms)
    m = t[t["growth"].notna()].copy()
    m["gain"] = (m["followers_new"] - m["followers_old"]).astype("Int64")
    m["rank"] = m.groupby("platform")["growth"].rank(method="min", ascending=False).astype("Int64")
    m = m.assign(_p=m["platform"].map(lambda p: _P_ORDER.get(p, 99)))
    m = m.sort_values(["_p", "rank", "name", "code"], kind="stable")
    out = m[MOVERS.present(m)].reset_index(drop=True)
    out.attrs.update(t.attrs)
    return MOVERS.check(out)


def movements(waves: pd.DataFrame, old: str | int | None = None,
              new: str | int | None = None,
              type: str | None = None, *, within: str | Iterable[str] | None = None,
              panel: bool = False,
              platforms: str | Iterable[str] | None = None) -> dict[str, pd.DataFrame] | None:
    """Everything a report shows about two waves, computed once (None with fewer than two).

    ``waves`` is a frame of :func:`read_waves`, or of :func:`barometre.read_survey`: one
    file whose dates are months apart holds several waves, read as :func:`survey_waves`
    reads them (the figures of ``changes --data`` on that file; its errors too), its
    entities of ``type`` (``changes --type``) when given, as those of a frame of
    :func:`read_waves` that holds several types (Annuaire exports read without a type;
    without ``type``, such waves are refused as :func:`transitions` refuses them);
    ``within``, ``panel``: the base said, as :func:`transitions` takes it (``changes
    --within``, ``--panel``); ``platforms``: those kept, as :func:`transitions` takes them
    (``changes -p``).

    Returns
    -------
    dict or None
        ``transitions``, ``changes`` and ``movers`` frames (see those functions).
    """
    if "wave_label" not in waves.columns:  # one file read by read_survey: its own waves
        if not holds_waves(waves):
            return None
        if type:  # the type's own oldest and newest waves, not the whole file's
            waves = restrict(waves, type)
        left: list[str] = []  # the waves between, when only the ends are read
        if old is None and new is None:  # the oldest and the newest: only they are read
            waves = _end_waves_only(waves, between=left)
        waves = survey_waves(waves, type)
        if left:  # waves of the file all the same, listed as read_waves(compare=) lists
            # them (the Mouvements' title: « 1 fichier, 3 vagues lues, 2 comparées »)
            labels = list(waves.attrs["waves"])
            waves.attrs["waves"] = labels[:1] + left + labels[1:]
    elif type and len(types_of(waves)) > 1:  # Annuaire exports of several types: its own
        attrs = dict(waves.attrs)
        waves = restrict(waves, type)
        waves.attrs = {**attrs, "collectivity_type": waves["collectivity_type"].iat[0]}
    if waves["wave_label"].nunique() < 2:
        return None
    t = transitions(waves, old, new, platforms, within=within, panel=panel)
    return {"transitions": t, "changes": changes(t), "movers": movers(t)}
