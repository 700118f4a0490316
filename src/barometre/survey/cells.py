"""Survey cells under hostile input (issue #20): checks used by the reader.

Kept apart from :mod:`barometre.survey.reader` so that the reading rules and these
checks can change independently: the collectivity type inferred from rows across the
file, follower counts with their problems and plausibility, unreadable cells with a
coded reason, duplicate readings counted without a per-group loop, and problems found
while reading the file (encoding, structure) merged under the cap.
"""

from __future__ import annotations

import datetime as dt
import functools
import numbers as _numbers
import re
import math
from collections import Counter
from pathlib import Path

import numpy as np

from ..analysis.grouping import countable
from ..datasets import reference
from ..domain.errors import InputFileError, ResolveError
from ..domain.registry import COMMUNE_TYPES, PLATFORMS, Platform
from ..messages import CellNumber, Count, Day, Msg, Words, plural_s
from .headers import Column
from .problems import MAX_PROBLEMS, Problem, _Problems, more_problems
from .raw import (CodedColumn, RowColumn, as_column, factorize_objects, first_appearance,
                  unique_in_order)
from .rules import FIRST_ROWS, rows_problem
from .values import (
    BLANK_TEXT,
    COUNT_NOT_GIVEN,
    FIRST_YEAR,
    MAX_COUNT,
    CellError,
    _is_blank,
    _parse_year,
    _text,
    check_reading_date,
    date_without_day,
    cell_error_code,
    no_such_day,
    excel_error,
    parse_count_column,
    parse_date,
    today_anywhere,
)

_INFER_SAMPLE = 2000  # distinct entities tried per candidate type, spread over the whole file
_INFER_TYPES = ("departement", "region", "commune", "epci")  # ties: the first (as resolve())


@functools.cache
def _type_codes(type_id: str) -> frozenset[str]:
    return frozenset(reference.type_codes(type_id))


@functools.cache
def _type_keys(type_id: str) -> tuple[dict[str, str], set[str]]:
    """Codes of a type with the matching key of their name, and the set of name keys."""
    from ..datasets.name_index import code_table

    table = code_table(type_id)  # the entities of the type, read without pandas
    keys = [reference.name_key(n) for n in table.name]
    return dict(zip(table.code.tolist(), keys)), set(keys)


def guess_type(raw, layout) -> tuple[str, str | None, int]:
    """The collectivity type that the entity values fit best, from rows across the file:
    ``(type, other, n)``, ``other`` the type that fits them as well (a tie, decided by the
    order below: région codes without names are also département codes, "53" is
    Bretagne and Mayenne), else None, and ``n`` the file's distinct entities (its codes
    read as the type chosen when another fits as well; "01" and "1" are one).

    Each candidate type is tried on distinct (value, name) pairs spread over the whole
    file (not the first rows): a type scores one point per value that is one of its
    codes or names, and ten more when the name column of the same row agrees with the
    name of that code ("53;Bretagne" is the région Bretagne, not the département
    Mayenne). An institution's own name counts for the type its prefix says ("Région
    Bretagne", "CD44", "Ville de Nantes"). Ties go to the département, then région, commune, EPCI, as
    :func:`~barometre.datasets.reference.resolve` does. Set look-ups only: no name
    matching, so that a file of 35,000 communes is typed in a blink.

    A tie left with a name column (codes of two types, names none matches exactly:
    "93;Région Sud", "53;Conseil départemental de la Mayenne") is broken by the names
    that designate the entity of their row's code, read as the reader checks them
    (:func:`~.rules.code_name_verdict`: aliases, an institution's name), for the type
    whose reading more of them agree with ("93;Région Sud": the région
    Provence-Alpes-Côte d'Azur, not Seine-Saint-Denis).
    """
    if layout.entity.type_hint == "epci" and any(
            c.role == "entity_name" and c.type_hint == "metropole" for c in layout.hints):
        # "SIREN;Métropole", the métropoles' template: most of its SIREN are métropoles' (an
        # EPCI file's "Métropole" column of Oui/Non is no such name column)
        from ..datasets.reference import restore_code, type_codes

        sirens = {c for c in (restore_code(v, "epci") for v in
                              _distinct_texts(raw[layout.entity.index], None)[0]) if c}
        # most of them a métropole's: a typo, a total row stay errors of that survey
        if sirens and 2 * len(sirens & set(type_codes("metropole"))) > len(sirens):
            return "metropole", None, 0
    weak = layout.entity.type_hint if layout.entity.hint_weak else None
    if layout.entity.type_hint and not weak:
        return layout.entity.type_hint, None, 0
    name_col = guess_name_column(layout)
    values, names = _distinct_texts(raw[layout.entity.index],
                                    None if name_col is None else raw[name_col.index])
    every = values
    if len(values) > _INFER_SAMPLE:
        pick = np.linspace(0, len(values) - 1, _INFER_SAMPLE).astype(int).tolist()
        values, names = [values[i] for i in pick], [names[i] for i in pick]
    value_keys: list[str] = []  # the names' keys, made when a type needs them
    name_keys: list[str] = []
    prefixed: list[tuple[str, str, str] | None] = []  # "Région Bretagne": (type, key, code)
    scores: Counter[str] = Counter()
    for t in _INFER_TYPES:
        codes = _type_codes(t)
        restored = [reference.restore_code(v, t) for v in values]
        if t == "region":  # « 22 » of a file of 2015: Picardie's code, as much as Côtes-d'Armor's
            codes = codes | _former_region_codes(restored, codes)
        if name_col is None and all(c in codes for c in restored):
            scores[t] += len(restored)  # plain codes: no need for the names
            continue
        if not value_keys and values:
            value_keys = [reference.name_key(v) for v in values]
            name_keys = [reference.name_key(n) for n in names]
            prefixed = [_prefixed(v) for v in values]
        code_names, known_names = _type_keys(t)
        for code, vk, nk, pre in zip(restored, value_keys, name_keys, prefixed):
            if code in codes:
                scores[t] += 1 + (10 if nk and code_names.get(code) == nk else 0)
            elif vk in known_names:
                scores[t] += 1
            elif pre is not None and pre[0] == t and (
                    pre[1] in known_names or reference.restore_code(pre[2], t) in codes):
                scores[t] += 1  # an institution's own name ("CD44", "Ville de Nantes")
    if weak is not None and scores[weak] >= max(scores.values(), default=0):
        # « Code INSEE »: communes unless the codes are another type's more than communes'
        # (« 44;Loire-Atlantique »: a département's INSEE code)
        return weak, None, len(every)
    said = _header_type(layout)
    if said is not None and scores[said] and scores[said] >= max(scores.values()):
        # « Code;Région » of régions: the name column's header settles a tie (« 22 » is
        # Picardie's code as much as Côtes-d'Armor's); never against the codes: a file of
        # the 101 départements beside the région each is in reads as départements (rvver19)
        return said, None, len(every)
    if scores:
        best = max(_INFER_TYPES, key=lambda t: (scores[t], -_INFER_TYPES.index(t)))
        tied = [t for t in _INFER_TYPES if t != best and scores[t] == scores[best]]
        if tied and name_col is not None:  # the names, as the reader resolves them
            agree = {t: _names_agreeing(values, names, t) for t in [best] + tied}
            most = max(agree.values())
            if agree[best] < most:
                best = next(t for t in tied if agree[t] == most)
            tied = [t for t in _INFER_TYPES if t != best and t in agree and agree[t] == most]
        if not tied:
            return best, None, len(every)
        # the entities the codes read as ("01" and "1" one), counted when said only
        read = {reference.restore_code(v, best) for v in every} - {None}
        return best, tied[0], len(read) or len(every)
    return _infer_type_by_resolving(values[:100]), None, len(every)


def _former_region_codes(restored: list, codes: frozenset[str]) -> frozenset[str]:
    """The codes of the régions merged on 1 January 2016 (« 22 », Picardie), when the values
    not of today's régions could be theirs (a few 2-digit codes); read only then, so that a
    clean file does not load the table."""
    missing = {c for c in restored if c not in codes}
    if not missing or len(missing) > 16 or not all(c and len(c) == 2 for c in missing):
        return frozenset()
    from ..datasets.former_regions import former_codes

    return former_codes()


def _header_type(layout) -> str | None:
    """The type that the header of the name column beside an untyped code column says
    (« Code;Région », « Code;Commune »), when every typed name column says that one."""
    if layout.entity.role != "entity_code" or (
            layout.entity.type_hint and not layout.entity.hint_weak):
        return None
    said = {c.type_hint for c in layout.hints if c.role == "entity_name" and c.type_hint}
    named = guess_name_column(layout)
    if named is None or len(said) != 1 or named.type_hint not in _INFER_TYPES:
        return None
    return named.type_hint


def guess_name_column(layout) -> Column | None:
    """The name column that :func:`guess_type` reads beside a code column, if any."""
    if layout.entity.role != "entity_code":
        return None
    return next((c for c in layout.hints if c.role == "entity_name"), None)


_NAMES_TRIED = 200  # (code, name) pairs resolved to break a tie (a tie: ≤ 101 codes)


def _names_agreeing(values: list[str], names: list[str], type_id: str) -> int:
    """How many (code, name) pairs name the entity that their code reads as in
    ``type_id``, as the reader's code/name check says (:func:`~.rules.code_name_verdict`)."""
    from .rules import code_name_verdict

    n = 0
    for value, name in list(zip(values, names))[:_NAMES_TRIED]:
        code = reference.restore_code(value, type_id) if name else None
        if type_id == "region" and code is not None and code not in _type_codes(type_id):
            from ..datasets.former_regions import former_codes, names_code

            # « 22;Région Picardie »: the old région its code was, named
            n += code in former_codes() and code in names_code(name)
            continue
        if code is None or code not in _type_codes(type_id):
            continue
        try:
            entity = reference.resolve(code, type=type_id)
        except ResolveError:
            continue
        n += code_name_verdict(entity, name, type_id) is None
    return n


def _prefixed(value: str) -> tuple[str, str, str] | None:
    """The type that an institution's own name says, with its territory's name key and
    text (the resolver's rule 5: ``name_index.institution_name``), or None."""
    from ..datasets.name_index import institution_name

    read = institution_name(value)
    return None if read is None else (read[0], reference.name_key(read[1]), read[1])


def _distinct_texts(ent, names) -> tuple[list[str], list[str]]:
    """The distinct (entity text, name text) pairs of the rows, in order of first
    appearance, without a blank entity; the texts (:func:`_text`) made per distinct cell.
    Without a name column, the names are blank."""
    ent_id, ent_texts = _text_numbers(ent)
    if names is None:
        name_id, name_texts = np.zeros(len(ent_id), dtype=np.int64), np.array([""], dtype=object)
    else:
        name_id, name_texts = _text_numbers(names)
    _, pair_keys = first_appearance(ent_id * len(name_texts) + name_id)
    pairs = [(ent_texts[k // len(name_texts)], name_texts[k % len(name_texts)])
             for k in pair_keys.tolist()]
    pairs = [(v, n) for v, n in pairs if v != ""]
    return [v for v, _ in pairs], [n for _, n in pairs]


def _text_numbers(col) -> tuple[np.ndarray, np.ndarray]:
    """Per row the number of its text (:func:`_text`; equal texts one number), and the
    texts."""
    codes, texts, _ = _map_distinct(col, _text)  # a blank cell's text last
    text_id, distinct = factorize_objects(texts)
    return text_id[codes].astype(np.int64), distinct


def _infer_type_by_resolving(values: list[str]) -> str:
    """Names that need the resolver ("Saint-Denis (974)"): the type it finds most often."""
    kinds: Counter[str] = Counter()
    for v in values:
        try:
            kinds[reference.resolve(v).collectivity_type] += 1
        except ResolveError:
            continue
    if not kinds:
        raise InputFileError.of("type-not-guessed")
    return kinds.most_common(1)[0][0]


def with_notes(notes: list[Problem], problems: list[Problem]) -> list[Problem]:
    """What reading the file decided (encoding, structure) first, then the cells' problems;
    past the cap, only counted (exact counts by severity and code; the whole file's
    problems always said)."""
    if not notes:
        return problems
    capped = _Problems()
    for p in notes + problems:
        if p.code in ("more-errors", "more-warnings"):
            capped.drop(p.severity, p.by_code or {p.code: int(p.value or 0)})
        else:
            capped.add(p)
    return capped.close()


#: the ``date-invalid`` cells said in words of their own (:func:`value_problem`), the first
#: that fits: whether a value fits (its column read ``order``), and the message (none
#: quotes the value: the problem's line does, « 31/02/2025 » attendu…)
_DATE_INVALID_SAID = (
    (lambda v, order: date_without_day(v),  # "janv. 2025": the day missing
     "date-without-day"),
    (lambda v, order: isinstance(v, dt.time),  # 0 in a date cell: no day
     "date-time-only"),
    (lambda v, order: (isinstance(v, _numbers.Real)  # Excel's « ##### »
                       and not isinstance(v, (bool, np.bool_)) and v < 0),
     "date-serial-negative"),
    (lambda v, order: order == "mdy",  # the same code, a month-first example
     "date-invalid-month-first"))


def value_problem(rownum, col: Column, value, kind: str, order: str = "dmy") -> Problem:
    """The error of an unreadable cell: the reason is re-derived from the value (a catalog
    code). ``order``: a date column's (``"mdy"``: read month first, its example is
    10/15/2025)."""
    code = value_code(value, kind, order)
    # (a month-first column keeps its month-first example, below)
    if code == "date-invalid" and order == "dmy" and (day := no_such_day(value)) is not None:
        import calendar

        from ..render.formats import MONTHS_EN, MONTHS_FR

        d, m, y = day  # « 31/11/2026 »: November has 30 days, not « attendu une date »
        month = Words(MONTHS_FR[m - 1], MONTHS_EN[m - 1])
        return Problem.said(Msg("date-no-such-day", day=d, month=month, year=y,
                                days=calendar.monthrange(y, m)[1]),
                            int(rownum), col.header, _text(value), code=code)
    if code == "date-invalid":
        for fits, said in _DATE_INVALID_SAID:
            if fits(value, order):
                return Problem.said(Msg(said), int(rownum), col.header, _text(value),
                                    code=code)
    # a date's upper bound is « aujourd'hui », not the date: the checks accept today anywhere
    # on Earth (UTC+14), a day ahead of the reader's own at times (« 29/02/00 » said
    # « et 04/12/2026 (aujourd'hui) » at 17:30 on 03/12 in Paris)
    params = {"first": FIRST_YEAR, **({"last": today_anywhere().year} if kind == "year" else {})}
    return Problem.of(code, int(rownum), col.header, _text(value), **params)


def value_code(value, kind: str, order: str = "dmy") -> str:
    """The code of :func:`value_problem` alone (no sentence made): past the cap, the codes
    of the rows not detailed are counted, one look per distinct value."""
    if excel_error(value):  # « #N/A »: a formula's error, in any column
        return cell_error_code(value)
    code = {"present": "presence-invalid", "date": "date-invalid", "year": "year-invalid"}[kind]
    check = {"date": lambda v: check_reading_date(parse_date(v, order)),
             "year": _parse_year}.get(kind)
    if check is not None:
        try:
            check(value)
        except CellError as exc:
            code = exc.code
        except ValueError:
            pass
    return code


IMPLAUSIBLE_RATIO = 100  # followers per inhabitant above which a commune's count is questioned
IMPLAUSIBLE_MIN = 10_000  # ... when it is also this large (a tiny village may have 500 fans)
#: the same for a région, a département, an EPCI or a métropole: more followers than
#: inhabitants. A commune's page is followed from far beyond it (a tourist town of 2,000
#: inhabitants and 30,000 fans), hence its generous ratio; a council of a whole territory
#: (hundreds of thousands of inhabitants) is followed by a share of them: more followers
#: than inhabitants is a wrong number (Rhône's « 1,2 M » typed for « 1,2 k », 2.5 per
#: inhabitant of the council), never a real figure. The Ville de Paris, a commune that is
#: also a département, keeps the communes' ratio (its accounts are a capital city's: on X,
#: 2.2 million followers in 2025 for 2.1 million inhabitants, a real figure)
IMPLAUSIBLE_RATIO_TERRITORY = 1
#: a count more than this many times the median followers per inhabitant of its platform
#: in the file is questioned (``count-outlier``)...
OUTLIER_FACTOR = 20
#: ... when the file holds at least this many counts of that platform (a median of a few
#: is no yardstick)
OUTLIER_MIN_COUNTS = 20


@functools.cache
def _city_councils() -> frozenset[str]:
    """The codes of the councils that are a commune's too (the Ville de Paris: 75C, and its
    territory 75 in a survey of départements): their counts are read as a commune's."""
    inst = reference._institution_columns()
    return frozenset(c for code, types, terr in zip(inst["code"], inst["types"],
                                                    inst["territories"])
                     if "commune" in types for c in (code, *terr))


def implausible_followers(followers: np.ndarray, population: np.ndarray, names: np.ndarray,
                          rownums: np.ndarray, headers: np.ndarray, problems: _Problems,
                          type_id: str | None = None, codes: np.ndarray | None = None,
                          cells=None) -> np.ndarray:
    """Warn when a count is far above the entity's population: 400,000 followers for a
    commune of 398 inhabitants is a wrong code (Lyon typed as 69001) or a wrong number;
    1,200,000 for the Département du Rhône (478,313 inhabitants) a « 1,2 k » typed « 1,2 M ».
    How far depends on ``type_id`` (:data:`IMPLAUSIBLE_RATIO` per inhabitant for communes,
    :data:`IMPLAUSIBLE_RATIO_TERRITORY` for the others; ``codes``, each reading's entity
    code, finds the Ville de Paris), and only counts above :data:`IMPLAUSIBLE_MIN` are
    questioned. One item per reading (``population``, ``names``, ``headers`` and ``codes``
    may be lazy: indexed only at the large counts); ``headers`` holds each reading's
    follower column; ``cells`` (lazy too), each reading's count cell as typed, what the
    warning quotes (« 1,2 M », not the 1200000 read from it; the number read without it).
    Returns the readings said (positions, for :func:`outlier_followers`)."""
    big = np.flatnonzero(followers > IMPLAUSIBLE_MIN)  # few: the population looked up for them
    ratio = np.full(len(big), IMPLAUSIBLE_RATIO if type_id is None or type_id in COMMUNE_TYPES
                    else IMPLAUSIBLE_RATIO_TERRITORY, dtype=float)
    if len(big) and codes is not None and type_id not in COMMUNE_TYPES:
        city = _city_councils()
        ratio[[codes[i] in city for i in big]] = IMPLAUSIBLE_RATIO
    with np.errstate(invalid="ignore"):
        idx = big[followers[big] > ratio * np.asarray(population[big], dtype=float)]
    if type_id is None or type_id in COMMUNE_TYPES:
        problems.each(idx, lambda i: Problem.of(
            "count-implausible-population", int(rownums[i]), headers[i],
            _typed(cells, followers, i), severity="warning", name=names[i],
            followers=Count(int(followers[i])), population=Count(int(population[i]))),
            "warning",
            code="count-implausible-population")
    else:
        problems.each(idx, lambda i: Problem.of(
            "count-above-population", int(rownums[i]), headers[i], _typed(cells, followers, i),
            severity="warning", name=names[i], followers=Count(int(followers[i])),
            population=Count(int(population[i]))), "warning", code="count-above-population")
    return idx


def outlier_followers(followers: np.ndarray, u_pop: np.ndarray, eidx: np.ndarray,
                      platform: np.ndarray, platforms: tuple[str, ...], names: np.ndarray,
                      rownums: np.ndarray, headers: np.ndarray, problems: _Problems,
                      said: np.ndarray, cells=None) -> np.ndarray:
    """Warn on a count far from the file's own: more than :data:`OUTLIER_FACTOR` times the
    median followers per inhabitant of its platform in the file (``count-outlier``), when
    the file holds at least :data:`OUTLIER_MIN_COUNTS` counts of it. For régions,
    départements, EPCI and métropoles (the reader calls it for them only): the communes'
    followers per inhabitant spread over decades, a resort's page is no typo. A typo that stays
    below the population (« 1,2 M » for a département of 2 million) is far above the
    others: 600 per 1,000 inhabitants where the median is 20.

    Only counts above :data:`IMPLAUSIBLE_MIN` are questioned, as by
    :func:`implausible_followers`: a village's page of 800 followers for 30 inhabitants is
    far above a file's median per inhabitant, and no typo (its page is followed by
    those who left, the summer's visitors).

    The median is of the counts above zero (a file of many zeros would put it at zero, and
    every count above it) of the entities with a population. ``u_pop``: the population of
    each entity, ``eidx`` each reading's entity (the populations looked up for the counts
    only, not spread over millions of readings); ``platform`` each reading's index into
    ``platforms``; ``said``: the readings already said implausible
    (:func:`implausible_followers`), not said twice; ``cells``: each reading's count cell
    as typed, quoted (as :func:`implausible_followers` quotes it). Returns the readings said
    (positions: the reader marks them ``followers_questioned``).
    """
    found: list[np.ndarray] = []
    with np.errstate(invalid="ignore"):
        pos = np.flatnonzero(followers > 0)  # NaN: no count
    if len(pos) < OUTLIER_MIN_COUNTS:
        return np.zeros(0, dtype=np.intp)
    u_pop = np.asarray(u_pop, dtype=float)
    pop = np.take(u_pop, eidx[pos])
    with np.errstate(invalid="ignore"):
        has = pop > 0  # an entity with a population (NaN: not found)
    pos, pop = pos[has], pop[has]
    per = followers[pos] / pop  # followers per inhabitant, of the counts kept
    on = platform[pos]
    for p in range(len(platforms)):
        mine = np.flatnonzero(on == p)
        if len(mine) < OUTLIER_MIN_COUNTS:
            continue
        median = float(np.median(per[mine]))
        far = pos[mine[per[mine] > OUTLIER_FACTOR * median]]
        far = far[followers[far] > IMPLAUSIBLE_MIN]
        if len(said) and len(far):
            far = far[~np.isin(far, said)]
        words = PLATFORMS[platforms[p]].words()
        problems.each(far, lambda i: Problem.of(
            "count-outlier", int(rownums[i]), headers[i], _typed(cells, followers, i),
            severity="warning", name=names[i], platform=words,
            followers=Count(int(followers[i])), population=Count(int(u_pop[eidx[i]])),
            per1000=_per1000(1000 * followers[i] / u_pop[eidx[i]]),
            median=_per1000(1000 * median), factor=OUTLIER_FACTOR), "warning",
            code="count-outlier")
        found.append(far)
    return np.concatenate(found) if found else np.zeros(0, dtype=np.intp)


def _typed(cells, followers: np.ndarray, i: int) -> str:
    """The count of reading ``i`` as its cell was typed (« 1,2 M »), what a warning on it
    quotes; the number read (« 1200000 ») when the cell is not known."""
    typed = None if cells is None else cells[i]
    return typed or _text(int(followers[i]))


def _per1000(x: float) -> Words:
    """A figure per 1,000 inhabitants as each language writes it ("12,5", "0,021")."""
    from ..render.formats import fmt_float

    digits = 1 if x >= 1 else 3
    return Words(fmt_float(x, digits, "fr"), fmt_float(x, digits, "en"))


def followers_with_problems(series: CodedColumn | RowColumn, rownums: np.ndarray, col: Column,
                             problems: _Problems
                             ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Follower counts of a column, with an error per unreadable cell and a warning per
    abbreviated or ambiguous one, and one warning for the column's cells that say the count
    is not known (« nc », « NR »: ``count-not-given``, read as blank counts; how many, each
    text with its count, the rows). Returns (values with NaN, mask of cells in error, mask
    of the counts read from an abbreviated number, "184,8k": rounded values; None when
    there is none, the usual: no array of millions of False)."""
    values, (err_rows, err_codes), (note_rows, note_codes) = parse_count_column(series)
    if COUNT_NOT_GIVEN in note_codes:  # one warning for them all, not one per cell
        unknown = np.asarray(note_codes, dtype=object) == COUNT_NOT_GIVEN
        rows = np.asarray(note_rows, dtype=np.intp)[unknown]
        codes, uniques = _distinct(as_column(series).take(rows))
        problems.add(rows_problem(COUNT_NOT_GIVEN, rownums[rows], len(rows),
                                  column=col.header, texts=texts_counted(codes, uniques)))
        note_rows = np.asarray(note_rows, dtype=np.intp)[~unknown]
        note_codes = [k for k, u in zip(note_codes, unknown.tolist()) if not u]
    rounded = None
    if "count-abbreviated" in note_codes:  # found per distinct cell: only spread if any
        rounded = np.zeros(len(values), dtype=bool)
        rounded[np.asarray(note_rows, dtype=np.intp)[
            np.asarray(note_codes, dtype=object) == "count-abbreviated"]] = True
    series = as_column(series)
    if "count-invalid" in err_codes:
        _say_lost_separator(series, err_rows, err_codes, problems)
    bad = np.zeros(len(values), dtype=bool)
    bad[err_rows] = True
    problems.each(np.arange(len(err_rows)), lambda k: Problem.of(
        err_codes[k], int(rownums[err_rows[k]]), col.header,
        _number_text(series.at(err_rows[k])),
        max=Count(MAX_COUNT)), code=lambda ks: _codes_counted(err_codes, ks))
    note_rows = np.asarray(note_rows, dtype=np.intp)
    said = np.flatnonzero(~bad[note_rows])
    if len(said) > FIRST_ROWS:  # many of a kind: one warning for the column
        said = _grouped_notes(said, note_rows, note_codes, values, series, rownums, col,
                              problems)

    def note(k: int) -> Problem:
        i = note_rows[k]
        return Problem.of(note_codes[k], int(rownums[i]), col.header, _text(series.at(i)),
                          severity="warning", read=Count(values[i]), plain=str(int(values[i])))
    problems.each(said, note, "warning", code=lambda ks: _codes_counted(note_codes, ks))
    return values, bad, rounded


def _number_text(v) -> str:
    """A count's cell as its error quotes it: a workbook's decimal number as the
    spreadsheet shows it (« 12345,6 » in French, :class:`~barometre.messages.CellNumber`)."""
    text = _text(v)
    if isinstance(v, (float, np.floating)) and math.isfinite(v) and not float(v).is_integer():
        return CellNumber(text)
    return text


#: The notes of a count that one grouped warning says for its column when more than
#: :data:`~.rules.FIRST_ROWS` cells have it (a whole column exported « 28,784 » by an
#: English LibreOffice, hundreds of counts copied « 1,2k » from the networks' pages: one
#: warning, not one per cell, which drowned every other problem in validate's list), each
#: note with its grouped sentence: what the note says of one cell, said of them all (« écrivez
#: 28784 » was the first cell's advice); a few stay said cell by cell. An abbreviated
#: count's reading keeps its own mark (``followers_rounded``: each figure built on it says
#: ≈), grouped or not
GROUPED_NOTES = {"count-ambiguous": "count-grouped-ambiguous",
                 "count-dot-thousands": "count-grouped-dot-thousands",
                 "count-unit": "count-grouped-unit",
                 "count-abbreviated": "count-grouped-abbreviated",
                 "count-digits-not-ascii": "count-grouped-digits-not-ascii"}


def _grouped_notes(said: np.ndarray, note_rows: np.ndarray, note_codes: list[str],
                   values: np.ndarray, series, rownums: np.ndarray, col: Column,
                   problems: _Problems) -> np.ndarray:
    """One warning per note of :data:`GROUPED_NOTES` held by more than
    :data:`~.rules.FIRST_ROWS` of the cells ``said``: its grouped sentence (how many, their
    first rows, the first cell in the file as the example, its ``value``), of the note's
    code, every row in its rows; returns the cells left to say one by one."""
    codes = np.asarray(note_codes, dtype=object)[said]
    keep = np.ones(len(said), dtype=bool)
    for code, grouped in GROUPED_NOTES.items():
        mine = codes == code
        if mine.sum() <= FIRST_ROWS:
            continue
        keep &= ~mine
        at = np.sort(note_rows[said[mine]])  # the first cell in the file, on any path
        i = int(at[0])
        problems.add(rows_problem(grouped, rownums[at], len(at), column=col.header,
                                  problem_code=code, value=_text(series.at(i)),
                                  read=Count(values[i])))
    return said[keep]


# « 3?614 »: a narrow no-break space (Excel's French thousands separator) saved in an
# encoding that cannot hold it (cp1252 « CSV (séparateur : point-virgule) ») becomes « ? »
_LOST_SEPARATOR = re.compile(r"\d{1,3}(?:\?\d{3})+")
_LOST_SEPARATOR_TRIED = 1000  # refused cells looked at per column: enough to see the pattern


def _say_lost_separator(series, err_rows, err_codes: list[str], problems: _Problems) -> None:
    """One warning for the whole file (``count-lost-separator``) when refused counts look
    like digits with « ? » in the thousands place: the cells stay refused (« 3?614 » might
    be anything), but the user learns why and how to save the file again."""
    if any(p.code == "count-lost-separator" for p in problems):
        return  # said once, for the first column where it is seen
    tried = 0
    for i, code in zip(np.asarray(err_rows).tolist(), err_codes):
        if code != "count-invalid":
            continue
        text = _text(series.at(i)).strip()
        if _LOST_SEPARATOR.fullmatch(text):
            problems.add(Problem.of("count-lost-separator", severity="warning", example=text))
            return
        tried += 1
        if tried >= _LOST_SEPARATOR_TRIED:
            return


def texts_counted(codes: np.ndarray, uniques) -> list[Msg]:
    """The texts of some cells, each with its count (``answer-text-count``: « NR » : 3):
    ``codes``, per cell in order of rows, the index of its value among ``uniques``. Texts
    alike once stripped are one (« NR » and « NR  »); the most frequent first, then in
    order of their first cell (every reader path alike: the order of the distinct values
    is each path's own)."""
    codes = np.asarray(codes, dtype=np.intp)
    per_value = np.bincount(codes, minlength=len(uniques))
    # each distinct value's first cell (np.unique: no loop over the cells)
    held, first_at = np.unique(codes, return_index=True)
    at = dict(zip(held.tolist(), first_at.tolist()))
    counted: dict[str, int] = {}
    first: dict[str, int] = {}
    for k in np.flatnonzero(per_value).tolist():
        t = _text(uniques[k])
        counted[t] = counted.get(t, 0) + int(per_value[k])
        first[t] = min(first.get(t, at[k]), at[k])
    return [Msg("answer-text-count", value=t, n=Count(k))
            for t, k in sorted(counted.items(), key=lambda tk: (-tk[1], first[tk[0]]))]


def _codes_counted(codes: list[str], at) -> dict[str, int]:
    """The count of each of ``codes[k]`` for k in ``at`` (the codes were found per distinct
    value: only counted here)."""
    return dict(Counter(map(codes.__getitem__, at.tolist())))


def check_long_duplicates(readings: dict[str, np.ndarray], layout, problems: _Problems
                          ) -> None:
    """Say the readings that repeat an entity × platform × date: duplicates, or conflicting
    answers (every reading given repeats another).

    ``readings`` holds one array per field, one item per reading: ``code`` (the entity's
    integer key), ``name``, ``insee``, ``platform`` (id), ``present`` (1, 0, -1),
    ``followers``, ``date``, ``year``, ``source_row``, ``undated`` and, optional,
    ``own_date``.
    Vectorised (a file can hold 100,000 duplicate pairs): groups are numbered at once, in
    order of first appearance, only the first groups up to the problem cap get a detailed
    message, the others are counted. A row whose ``undated`` is true had no date and took
    one (its platform's, the wave's: the group's ``date``): a message whose rows include
    some says so, as the date made them repeat, and where the date came from: the
    platform's own readings when ``own_date`` is true (a platform read on another day
    than the others, :class:`barometre.survey.normalize._Wave`), else the wave's.
    """
    r = readings
    year = r["year"]
    g = _group_numbers([np.asarray(r["code"], dtype=np.int64),
                        first_appearance(_object_codes(r["platform"]))[0],
                        r["date"].view("int64"),
                        np.where(np.isnan(year), -1, year).astype(np.int64)])
    n_groups = int(g.max()) + 1
    # the distinct answers (presence, count) of each group: more than one is a conflict
    followers = np.where(np.isnan(r["followers"]), np.nan, r["followers"]).view(np.int64)
    answer = _group_numbers([g, np.asarray(r["present"], dtype=np.int64), followers])
    _, first_of = np.unique(answer, return_index=True)
    conflicting = np.bincount(g[first_of], minlength=n_groups) > 1
    limit = min(n_groups, problems.room)
    detail = np.flatnonzero(g < limit)
    detail = detail[np.argsort(g[detail], kind="stable")]  # by group, rows in file order
    source = r["source_row"]
    starts = np.searchsorted(g[detail], np.arange(limit + 1))
    wave_rows = set(source[detail[r["undated"][detail]]].tolist())  # said ones only
    own_date = r.get("own_date", np.zeros(len(source), dtype=bool))
    for k in range(limit):
        at = detail[starts[k]:starts[k + 1]]
        rs = source[at].tolist()
        j = at[0]
        name, code = str(r["name"][j]), r["insee"][j]
        name = f"{name} ({code})" if isinstance(code, str) and code else name
        what = Msg("what-conflict" if conflicting[k] else "what-duplicate")  # said in any language
        platform = PLATFORMS.get(r["platform"][j])
        # no value: the rows may spell the entity differently ("01001", "1001", its name)
        problems.add(Problem.of("duplicate-rows", int(rs[-1]), layout.entity.header, None,
                                what=what, name=name,
                                note=_wave_note([x for x in rs if x in wave_rows], r["date"][j],
                                                platform if own_date[j] else None),
                                platform=platform.words() if platform else
                                r["platform"][j], rows=", ".join(map(str, rs))))
    problems.drop("error", n_groups - limit, "duplicate-rows")


def _group_numbers(parts: list[np.ndarray]) -> np.ndarray:
    """The rows numbered by their values of ``parts`` (int64 arrays), equal rows alike, in
    order of first appearance (``groupby(sort=False).ngroup()``)."""
    key, _ = first_appearance(parts[0])
    for part in parts[1:]:
        codes, uniq = first_appearance(part)
        key, _ = first_appearance(key.astype(np.int64) * len(uniq) + codes)
    return key


def _object_codes(values: np.ndarray) -> np.ndarray:
    """Python values (a few distinct) as int64 numbers, equal values alike."""
    codes, _ = factorize_objects(values)
    return codes.astype(np.int64)


def _day(value: object):
    """A date, datetime or numpy datetime64 as a :class:`datetime.date`."""
    if isinstance(value, np.datetime64):
        return value.astype("datetime64[D]").item()
    return value


def _wave_note(undated: list, wave_date: object, platform: Platform | None = None) -> Msg | str:
    """" ; ligne 3 sans date, datée du 15 octobre 2024 (date de la vague) : --date pour une autre
    date", when rows of a repeat had no date of their own; with ``platform`` (its
    :class:`~barometre.domain.registry.Platform`), the date they took was that platform's
    readings', not the wave's: « (date des relevés Facebook) », as the wave-date warning
    says it."""
    if not undated:
        return ""
    common = {"rows": ", ".join(map(str, undated)), "s": "s" if len(undated) > 1 else "",
              "date": Day.of(_day(wave_date))}  # 15/10/2024, 2024-10-15
    if platform is not None:
        return Msg("duplicate-wave-note-platform", platform=platform.words(), **common)
    return Msg("duplicate-wave-note", **common)


def short_lines(path: Path, delimiter: str, header_line: int, n_fields: int,
                chunk_size: int = 16 * 1024 * 1024) -> list[Problem] | None:
    """Lines of a large CSV with fewer fields than the header (pandas pads them silently).

    Counted on the raw bytes, chunk by chunk, vectorised (the fast reader's files have
    one record per line and no quotes). ``header_line`` is 1-based; blank lines are not
    reported (they are blank rows). Returns ``missing-fields`` warnings, capped; None
    when a line has *more* fields than the header: the general reader must read the file,
    which rejects that row, as pandas would keep it without a word.
    """
    notes: list[Problem] = []
    more = 0
    for numbers, counts, lengths in _field_counts(path, delimiter, chunk_size):
        body = (numbers > header_line) & (lengths > 0)
        if (body & (counts > n_fields - 1)).any():
            return None
        for k in np.flatnonzero(body & (counts < n_fields - 1)):
            if len(notes) < MAX_PROBLEMS:
                notes.append(Problem.of("missing-fields", row=int(numbers[k]),
                                        severity="warning", found=int(counts[k]) + 1,
                                        s=plural_s(int(counts[k]) + 1), expected=n_fields))
            else:
                more += 1
    if more:
        notes.append(more_problems("warning", {"missing-fields": more}))
    return notes


def _field_counts(path: Path, delimiter: str, chunk_size: int):
    """Per chunk of whole lines: (line numbers from 1, delimiters per line, line lengths)."""
    d = ord(delimiter)
    line0 = 0  # lines before the current chunk
    carry = b""
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk_size)
            data = carry + block
            if not block:
                if not data:
                    break
                data += b"\n"  # the last line without its newline
            cut = data.rfind(b"\n") + 1
            carry, data = data[cut:], data[:cut]
            arr = np.frombuffer(data, dtype=np.uint8)
            nl = np.flatnonzero(arr == 10)
            starts = np.concatenate([[0], nl[:-1] + 1])
            delims = np.flatnonzero(arr == d)
            counts = np.diff(np.searchsorted(delims, nl), prepend=0)
            lengths = nl - starts - (arr[np.maximum(nl - 1, 0)] == 13)
            yield line0 + np.arange(1, len(nl) + 1), counts, lengths
            line0 += len(nl)
            if not block:
                break


def too_old_dates(rows: np.ndarray, cells: CodedColumn | RowColumn, rownums: np.ndarray,
                  col: Column, problems: _Problems) -> None:
    """Readings dated before 2004 (Facebook opened then; ``rows``, the positions of those
    to report, from :func:`too_old_mask` of the distinct dates): errors of their cell, with
    the row ("15/10/99" is 1999 by the usual two-digit pivot, not 2099)."""
    problems.each(rows, lambda i: Problem.of("date-out-of-range", int(rownums[i]), col.header,
                                             _text(cells.at(i)), first=FIRST_YEAR),
                  code="date-out-of-range")


def too_old_mask(dates: np.ndarray) -> np.ndarray:
    """Dates before 2004 (see :func:`too_old_dates`)."""
    return ~np.isnat(dates) & (dates < np.datetime64(f"{FIRST_YEAR}-01-01", "s"))


def _map_distinct(series, func) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``func`` of each distinct value: (row -> distinct index, results, failed), NA last.

    A missing cell's index is -1, which numpy reads as the last item: ``results[codes]``
    gives each row its result without rewriting the codes of millions of rows.
    """
    codes, uniques = _distinct(series)
    results, failed = _per_distinct(uniques, func)
    return codes, results, failed


def _distinct(col) -> tuple[np.ndarray, object]:
    """Per row the index of its distinct value (-1 when missing), and the distinct values."""
    col = as_column(col)
    if isinstance(col, CodedColumn):  # the codes are there: no hashing
        return col.codes, col.values
    return col.factorized()


def _first_seen(values: np.ndarray) -> np.ndarray:
    """The distinct values of ``values`` in order of first appearance, looked for where
    the value changes only (a file sorted by entity changes platform a few times per
    entity): a first appearance is the first item or follows another value."""
    if not len(values):
        return values[:0]
    starts = np.flatnonzero(values[1:] != values[:-1]) + 1
    starts = np.concatenate([[0], starts])
    runs = values[starts]  # the value of each run, in file order
    if runs.dtype.kind in "iu" and runs[0] == 0 and runs.min() >= 0:
        # codes numbered in order of first appearance already (an Arrow dictionary read
        # from a CSV): each new code is the next integer, 0, 1, 2… (no np.minimum.at)
        top = np.maximum.accumulate(runs)
        if (runs[1:] <= top[:-1] + 1).all():
            return np.arange(int(top[-1]) + 1, dtype=values.dtype)
    if runs.dtype.kind not in "iu":
        return unique_in_order(runs)
    low = int(runs.min())
    span = int(runs.max()) - low + 1
    if not countable(span, len(runs)):  # a range np.minimum.at can hold, as bincount
        return unique_in_order(runs)
    # integer codes of a small range (a column's codes): each value's first run by
    # np.minimum.at (defined for repeated indices, unlike a fancy assignment), then the
    # values ordered by it; no sort of the runs (350,000 in a commune file)
    first = np.full(span, len(starts), dtype=np.int64)
    np.minimum.at(first, (runs - low).astype(np.intp), np.arange(len(runs)))
    seen = np.flatnonzero(first < len(starts))
    return (seen[np.argsort(first[seen], kind="stable")] + low).astype(values.dtype)


def _code_counts(codes: np.ndarray, n: int, step: int = 1 << 20) -> np.ndarray:
    """The number of rows of each distinct index ``0 … n - 1`` (missing cells, -1, left
    out), counted slice by slice: small temporaries, reused."""
    counts = np.zeros(n + 1, dtype=np.int64)
    for start in range(0, len(codes), step):
        counts += np.bincount(codes[start:start + step].astype(np.intp) + 1,  # -1 at 0
                              minlength=n + 1)
    return counts[1:]


def _factorize(col) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(series, use_na_sentinel=False)``: codes in order of first
    appearance, missing values numbered too (as NaN, where they first appear), and the
    distinct values (object array).

    Renumbered from the column's codes (no hashing of millions of cells).
    """
    cat, values = _distinct(col)
    seen = _first_seen(cat)  # codes, -1 (missing) included
    if len(seen) == len(values) and (seen == np.arange(len(values))).all():
        # the codes are numbered in order of first appearance already, none missing (an
        # Arrow dictionary read from a CSV): as they are, no renumbered copy of millions
        return cat.astype(np.int32, copy=False), np.array(values, dtype=object)
    # int32: one per row (3.5 M), half the fresh memory of intp
    rank = np.zeros(len(values) + 1, dtype=np.int32)  # missing (-1): last
    rank[seen] = np.arange(len(seen))
    values = np.append(np.asarray(values, dtype=object), np.nan)
    return rank[cat], values[seen]


def _per_distinct(uniques, func) -> tuple[np.ndarray, np.ndarray]:
    """``func`` of each distinct value, then of None (the missing cells' slot, last):
    the results (object array) and where ``func`` raised ValueError."""
    results = np.empty(len(uniques) + 1, dtype=object)
    failed = np.zeros(len(uniques) + 1, dtype=bool)
    for i, u in enumerate(uniques):
        try:
            results[i] = func(u)
        except ValueError:
            results[i] = None
            failed[i] = True
    results[-1] = func(None)
    return results, failed


def blank_values(col: CodedColumn) -> np.ndarray:
    """Per distinct value of a coded column, whether it is blank (:func:`_is_blank`), then
    True for the missing cells' code (-1, the last item)."""
    return np.array([_is_blank(v) for v in col.values] + [True], dtype=bool)


def _blank_mask(col) -> np.ndarray:
    """Per row, whether the cell is blank (:func:`_is_blank`): decided per distinct value,
    or, for a column of one value per row, at once (NaN; Arrow text of spaces only)."""
    col = as_column(col)
    if isinstance(col, CodedColumn):  # one test per distinct value, spread by code
        return blank_values(col)[col.codes]
    if not col.is_arrow:
        data = col.data
        return np.isnan(data) if data.dtype.kind == "f" else np.zeros(len(data), dtype=bool)
    # Arrow text (counts of a large CSV): in C++, what pandas' str.fullmatch asks Arrow
    # (tests/test_columnar_core.py)
    from .._arrow import compute, compute_options, to_numpy

    blank = compute("match_substring_regex", col.data,
                    options=compute_options("MatchSubstringOptions", f"^{BLANK_TEXT}$"))
    return to_numpy(blank, null=True)
