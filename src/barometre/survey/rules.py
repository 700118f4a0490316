"""The counting rules of a survey, each said out loud as a coded problem.

A survey is a *wave*: one reading date (the file's common date column, the
``date`` given by the user, or else the most frequent date of the file). A
reading without its own date belongs to the wave's date: an answer is never
dropped because its date is empty. Likewise a reading with neither a date nor a year, in a
file whose year column states one year, is of that year (``file-year``). A file whose date
columns are all blank (no wave's date, no ``date``) leaves its readings without a year, said
(``no-date``), as a blank year cell in a file of several years.

Blank presence cells (no presence, no account, no follower count):

- in a column with no explicit negative answer (only "x", "Oui", URLs,
  @handles, follower counts and blanks) a blank is *absent*;
- in a column that holds explicit negatives ("Non", "0"…) a blank is *not
  answered* and leaves the base;
- in barometre's own template (``barometre template``, recognised by its workbook: its
  title or its instructions sheet's « Paramètres : type=… » line), whose instructions ask
  for « Non » where there is no account, a blank is *not answered* in a column that
  holds a « Non »; in a column without any, where the column rule would have read it
  absent, the blank is ambiguous (interns who ticked « x » and left the rest blank, or
  cells not checked yet): the error ``blank-ambiguous`` asks for ``blank``;
- ``blank="absent"`` or ``blank="unknown"`` overrides this for the whole file, but for a
  column (a platform at one wave) without any answer at all: nobody filled it, it was not
  surveyed, never a census of absences.

A file spanning several years is said (``multi-year``: the readings per year). When the
dates of two consecutive years form one run (:func:`date_runs`, the waves' rule) whose two
sides read different entities, it is one campaign that the calendar-year commands
(compare, rank, the report) cut at 31 December: ``campaign-crosses-year`` says it and the
fix, a year column (a stated year is certain: a file with one gets no such warning).

Every interpretation is reported as a warning with a stable code, the count
and the first rows in its sentence, the count and every row as fields
(:attr:`Problem.count`, :attr:`Problem.rows`); a reading dated in the future is an
error naming its row.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import Any

import numpy as np

from .._parallel import parts
from ..domain.errors import UsageError
from ..messages import Count, Day, Msg, Words
from .problems import Problem, line_numbers
from .raw import unique_in_order
from .values import parse_date, today_anywhere

#: readings per slice of a pass over millions: small temporaries, in cache (the readers'
#: row-wide passes too: normalize)
STEP = 1 << 16

BLANK_CHOICES = {"absent": "absent", "unknown": "unknown", "inconnu": "unknown",
                 "auto": None}
FIRST_ROWS = 5  # rows listed in a warning before "…"
#: Consecutive reading dates further apart than this start a new wave (a reading spread
#: over a few weeks stays one wave): :func:`date_runs`, the rule of
#: :mod:`barometre.analysis.waves`
WAVE_GAP_DAYS = 60


def blank_policy(value: str | None) -> str | None:
    """``"absent"``, ``"unknown"`` or None (the column decides) from a user's word.

    >>> blank_policy("inconnu"), blank_policy(None)
    ('unknown', None)
    """
    if value is None:
        return None
    key = str(getattr(value, "value", value)).strip().lower()
    if key not in BLANK_CHOICES:
        raise UsageError.of("bad-blank", value=value)
    return BLANK_CHOICES[key]


#: the orders of numeric dates d/m/y a user may settle (``date_order=``, ``--date-order``)
DATE_ORDERS = ("dmy", "mdy")


def date_order_option(value: str | None) -> str | None:
    """``"dmy"`` (day first), ``"mdy"`` (month first) or None (each date column decides
    from its cells) from a user's word; "auto" is None.

    >>> date_order_option("MDY"), date_order_option(None), date_order_option("auto")
    ('mdy', None, None)
    """
    if value is None:
        return None
    key = str(getattr(value, "value", value)).strip().lower()
    if key == "auto":
        return None
    if key not in DATE_ORDERS:
        raise UsageError.of("bad-date-order", value=value)
    return key


def as_date(value: Any) -> dt.date | None:
    """A wave date given by the user ("15/10/2025", a date), or None."""
    if value is None or isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
    else:
        try:
            day = parse_date(value)
        except ValueError:
            raise UsageError.of("bad-wave-date", value=value) from None
    if day is not None and day > today_anywhere():
        raise UsageError.of("future-wave-date", value=Words(  # the option as typed
            Day.of(day).cell("fr"), Day.of(day).isoformat()))
    return day


def plural(n: int) -> str:
    return "" if n == 1 else "s"


def rows_text(rownums: Iterable[int]) -> Msg:
    """ "lignes 12, 40, 41, 52, 60, …" (the first rows, in order), in the reader's language."""
    rows = line_numbers(rownums if isinstance(rownums, np.ndarray)
                        else np.fromiter((int(r) for r in rownums), dtype=np.int64))
    shown = ", ".join(map(str, rows[:FIRST_ROWS].tolist())) + (
        ", …" if len(rows) > FIRST_ROWS else "")
    return Msg("rows-list", s=plural(len(rows)), rows=shown)


def rows_problem(key: str, rownums: Iterable[int], n: int | None = None, *,
                 column: str | None = None, value: str | None = None,
                 severity: str = "warning", problem_code: str | None = None, **params
                 ) -> Problem:
    """A problem of several rows: the catalog sentence ``key`` saying ``n`` (the count of
    cells or readings, else of rows), ``s`` and its first rows (:func:`rows_text`), with
    ``value`` and ``params`` (its code ``problem_code``, else ``key``); the problem's
    :attr:`~Problem.count` is ``n`` and its
    :attr:`~Problem.rows` every row (``rownums``: line numbers, in any order, repeated or
    not)."""
    rows = line_numbers(rownums if isinstance(rownums, np.ndarray)
                        else np.fromiter((int(r) for r in rownums), dtype=np.int64))
    n = len(rows) if n is None else int(n)
    msg = Msg(key, **{"value": value, **params}, n=Count(n), s=plural(n), rows=rows_text(rows))
    return Problem.said(msg, column=column, value=value, severity=severity,
                        code=problem_code, count=n, rows=rows)


# --------------------------------------------------------------------------- dates

def date_runs(days: np.ndarray) -> list[slice]:
    """The runs of reading dates: ``days``, distinct dates in increasing order (datetime64,
    no NaT), cut where two consecutive dates are more than :data:`WAVE_GAP_DAYS` whole
    days apart; each run a slice of ``days``, oldest first. The waves' rule
    (:func:`barometre.analysis.waves.assign_waves`) and the reader's
    (``campaign-crosses-year``): one rule, here, without pandas.

    >>> d = np.array(["2024-03-01", "2024-04-20", "2024-12-10", "2025-01-15"],
    ...              dtype="datetime64[D]")
    >>> date_runs(d)
    [slice(0, 2, None), slice(2, 4, None)]
    """
    if not len(days):
        return []
    seconds = np.asarray(days).astype("datetime64[s]").view("int64")
    # whole days between them, as a timedelta's .days: 60 days and 5 hours is 60 days
    cut = np.flatnonzero(np.diff(seconds) // 86_400 > WAVE_GAP_DAYS) + 1
    bounds = [0, *cut.tolist(), len(days)]
    return [slice(a, b) for a, b in zip(bounds[:-1], bounds[1:])]


def rereading_cuts(day: np.ndarray, pair: np.ndarray, n_days: int) -> list[list[int]]:
    """A run of dates (:func:`date_runs`) cut where a second reading of the wave begins:
    the rule of :func:`barometre.analysis.waves._rereading_cuts` (see there), on integers,
    without pandas (the reader says a reading replaced within its wave by this rule too).

    ``day``: per reading, the rank of its date among the run's ``n_days`` dates (in
    increasing order; another rank, such as -1 for no date, is left out); ``pair``: per
    reading, its entity × platform pair as one non-negative integer. Returns the ranks of
    the dates of each wave, in order.

    Counted on the integers, not on a set of pairs per date (0.8 s of Python on 3.6 M
    monthly readings): each distinct reading's previous date of its pair says whether the
    wave or the open run of re-readings has read it; a pass over the dates in numpy.

    >>> day = np.array([0, 0, 0, 1, 1, 1])  # three pairs, all read again: two waves
    >>> rereading_cuts(day, np.array([1, 2, 3, 1, 2, 3]), 2)
    [[0], [1]]
    >>> rereading_cuts(day, np.array([1, 2, 3, 4, 5, 1]), 2)  # one of three: one wave
    [[0, 1]]
    """
    if n_days < 2:
        return [list(range(n_days))]
    day = np.asarray(day, dtype=np.int64)
    pair = np.asarray(pair, dtype=np.int64)
    if len(day) and (day.min() < 0 or day.max() >= n_days):  # no date (-1): not read here
        kept = (day >= 0) & (day < n_days)
        day, pair = day[kept], pair[kept]
    width = int(pair.max(initial=0)) + 1
    if width > 4 * len(pair) + 65_536:  # sparse numbers: renumbered, for the arrays below
        pair = np.unique(pair, return_inverse=True)[1].ravel()
        width = int(pair.max(initial=0)) + 1
    # the readings grouped by date (a stable sort of small integers: numpy's radix sort)
    order = np.argsort(day.astype(np.uint16 if n_days <= 1 << 16 else np.int64),
                       kind="stable")
    pairs = pair[order]
    bounds = np.r_[0, np.cumsum(np.bincount(day, minlength=n_days))].tolist()
    # Each pair's previous date: the sets of the rule are runs of dates, so what a date
    # shares with them is counted from it. The wave (from date ``w``) has read the pairs
    # of dates w… before the open run of re-readings (from ``s``, or none), which has read
    # those of dates s…: a pair of date d is in the wave when its previous date is ≥ w, new
    # to the run when < s.
    last = np.full(width, -1, dtype=np.int64)  # per pair the latest date that read it
    at = np.empty(width, dtype=np.int64)
    cuts: list[list[int]] = [[]]
    w = 0  # the wave's first date
    seen = 0  # how many pairs the wave read before the open run of re-readings
    opened: list[int] = []  # that run's dates, the pairs it read, and how many
    run_pairs = again = 0  # of them the wave had read before it
    for d in range(n_days):
        here = pairs[bounds[d]:bounds[d + 1]]
        if len(here) > 1:  # each pair once (a same-day re-reading: a duplicate)
            i = np.arange(len(here))
            at[here] = i
            here = here[at[here] == i]
        prev = last[here]
        last[here] = d
        if not opened:
            again = int(np.count_nonzero(prev >= w))
            if not (again and 2 * again >= len(here)):  # mostly first readings: the wave
                cuts[-1].append(d)
                seen += len(here) - again
                continue
            s, run_pairs = d, len(here)
        else:  # counted as it grows: each pair once (a run may gather thousands)
            new = prev[prev < s]
            again += int(np.count_nonzero(new >= w))
            run_pairs += len(new)
        opened.append(d)
        if 2 * again >= seen and 2 * again >= run_pairs:
            # the run reads again half of what the wave had read, and mostly that: a new
            # wave from the run's first date (a pilot day of 1 entity corrected on the main
            # day is none: the main day's readings are mostly first readings)
            cuts.append(opened)
            w, seen, opened = s, run_pairs, []
        elif 2 * again < run_pairs:  # mostly first readings now: the campaign goes on
            cuts[-1] += opened
            seen += run_pairs - again
            opened = []
    cuts[-1] += opened  # a run that never read half of the wave again: its corrections
    return cuts


def most_frequent_date(dates: list[np.ndarray], counts: list[np.ndarray] | None = None
                       ) -> np.datetime64 | None:
    """The wave's date: the most frequent reading date (the earliest on a tie).

    ``counts``, when given, holds the number of readings of each item of ``dates``
    (the distinct cells of a column and their number of rows).
    """
    if counts is None:
        counts = [np.ones(len(d), dtype=np.int64) for d in dates]
    kept = [(~np.isnat(d)) & (c > 0) for d, c in zip(dates, counts)]
    values = [d[k] for d, k in zip(dates, kept)]
    if not sum(len(v) for v in values):
        return None
    # a few distinct dates per column: sorted
    uniq, codes = np.unique(np.concatenate(values).view("int64"), return_inverse=True)
    total = np.bincount(codes.ravel(),
                        weights=np.concatenate([c[k] for c, k in zip(counts, kept)]))
    top = uniq[total == total.max()]
    return top.min().astype("datetime64[s]")  # the earliest of a tie


def future_mask(dates: np.ndarray, today: dt.date) -> np.ndarray:
    """Readings dated after ``today``."""
    return ~np.isnat(dates) & (dates > np.datetime64(today, "s"))


def fill_wave_date(dates: np.ndarray, year: np.ndarray, wave,
                   keep: np.ndarray | None = None, group: np.ndarray | None = None
                   ) -> np.ndarray:
    """Give the wave's date to readings with neither date nor year (in place).

    ``wave`` is the date, None, or a function that gives it (called only when some
    reading needs it). ``keep``, when given, holds the readings kept: the others (errors,
    dropped) are left as they are, and a file whose only undated readings are errors
    never asks for the wave's date. With ``group`` (a small code per reading: a long
    file's platforms), ``wave`` is a function of a group's code, called once per group
    with readings to fill (each platform's readings take their platform's date). Returns
    the mask of the filled readings.
    """
    missing = np.empty(len(dates), dtype=bool)

    def part(lo: int, hi: int) -> None:  # slice by slice: no whole-size temporaries
        for start in range(lo, hi, STEP):
            end = min(start + STEP, hi)
            out = missing[start:end]
            np.isnat(dates[start:end], out=out)
            out &= np.isnan(year[start:end])
            if keep is not None:
                out &= keep[start:end]

    parts(len(dates), STEP, part)  # the parts shared between the cores
    if not missing.any():
        return missing  # none filled
    # the readings to fill, one set per group (without groups: one, every reading); each
    # set's date asked only now that a reading needs it
    todo = (((g, missing & (group == g)) for g in np.unique(group[missing]).tolist())
            if group is not None else [(None, missing)])  # a group's mask when its turn comes
    for g, at in todo:
        day = (wave() if g is None else wave(g)) if callable(wave) else wave
        if day is None:  # no date to give: left as they are, not filled
            missing &= ~at
            continue
        dates[at] = day
        year[at] = day.astype("datetime64[Y]").astype(int) + 1970
    return missing


def wave_date_problem(rows: Iterable[int], n: int, wave: np.datetime64) -> Problem:
    """The warning of the ``n`` readings dated by the wave's date, on ``rows``."""
    day = Day.of(np.datetime64(wave, "D").item())  # 15/10/2024, 2024-10-15
    return rows_problem("wave-date", rows, n, date=day)


def no_date_problem(rows: Iterable[int], n: int) -> Problem:
    """The warning of the ``n`` readings with neither a date nor a year, on ``rows``, in a
    file without any reading date (``no-date``): their year is not known; the date column
    or ``--date`` gives it."""
    return rows_problem("no-date", rows, n)


def years_problem(years: np.ndarray | None, coded: tuple[np.ndarray, np.ndarray] | None = None,
                  counted: dict[int, int] | None = None) -> Problem | None:
    """A warning when the readings span several years (floats, NaN unknown): count per year.

    ``coded``: the years' codes and values (``analysis.grouping.year_codes``) when made
    already: one count of small codes instead of a pass over the floats; ``counted``: the
    readings per known year, counted already (then ``years`` is not read)."""
    if counted is None:
        counted = _year_counts(years) if coded is None else _coded_year_counts(*coded)
    counts = sorted(counted.items())
    if len(counts) < 2:
        return None
    parts = [Msg("year-count", year=y, n=Count(n), s=plural(n)) for y, n in counts]
    return Problem.said(Msg("multi-year", years=Msg("joined", items=parts)), severity="warning")


def crossing_runs(days: np.ndarray) -> list[tuple[np.datetime64, np.datetime64]]:
    """The runs of reading dates (:func:`date_runs`) that cross 31 December once: their
    first and last dates, of two consecutive years. ``days``: the distinct dates of the
    readings, in increasing order (no NaT). A run of one year, or of three or more (a
    series of readings that never pauses two months), is not one campaign cut in two.

    >>> d = np.array(["2024-03-01", "2024-12-10", "2025-01-15"], dtype="datetime64[D]")
    >>> [(str(a), str(b)) for a, b in crossing_runs(d)]
    [('2024-12-10', '2025-01-15')]
    """
    out = []
    for run in date_runs(days):
        first, last = days[run][0], days[run][-1]
        y0, y1 = (int(d.astype("datetime64[Y]").astype(int)) + 1970 for d in (first, last))
        if y1 == y0 + 1:
            out.append((first, last))
    return out


def year_end(day: np.datetime64) -> np.datetime64:
    """The first instant of the year after ``day``'s (in seconds): the readings of a
    crossing run before it are its earlier year's."""
    return (day.astype("datetime64[Y]") + 1).astype("datetime64[s]")


def campaign_problem(first: np.datetime64, last: np.datetime64, rows: np.ndarray,
                     before: tuple[int, int], after: tuple[int, int]) -> Problem:
    """The warning of a campaign whose run of dates crosses 31 December
    (``campaign-crosses-year``): its ``first`` and ``last`` dates, the readings and
    entities of each side (``before``, ``after``: (readings, entities)), and the rows of
    its earlier year (``rows``), which compare, rank and the report set aside."""
    def side(n: int, k: int) -> Msg:
        return Msg("campaign-side", n=Count(n), s=plural(n), k=Count(k),
                   entities=Words("entité" + plural(k), "entity" if k == 1 else "entities"))

    year = int(first.astype("datetime64[Y]").astype(int)) + 1970
    return rows_problem("campaign-crosses-year", rows, before[0],
                        first=Day.of(first.astype("datetime64[D]").item()),
                        last=Day.of(last.astype("datetime64[D]").item()), gap=WAVE_GAP_DAYS,
                        year=year, next_year=year + 1, before=side(*before),
                        after=side(*after))


def isolated_problem(first: np.datetime64, last: np.datetime64, rows: np.ndarray, n: int,
                     total: int) -> Problem:
    """The warning of ``n`` readings dated apart from all the others (``date-isolated``):
    their run of dates, ``first`` to ``last``, more than :data:`WAVE_GAP_DAYS` days from any
    other reading of the file (``total`` readings), on ``rows``."""
    a, b = (Day.of(np.datetime64(d, "D").item()) for d in (first, last))
    when = Msg("date-isolated-day", day=a) if a == b else Msg("date-isolated-days",
                                                              first=a, last=b)
    years = sorted({a.year, b.year})
    return rows_problem("date-isolated", rows, n, when=when, gap=WAVE_GAP_DAYS,
                        total=Count(total), year=" – ".join(map(str, years)))


def campaign_years(problems: Iterable[Any] | None) -> dict[int, int]:
    """The years that one campaign crosses (its warning ``campaign-crosses-year``, among
    ``problems``): its earlier year -> its later year. What ``compare``, ``rank`` and the
    report say of the readings of the earlier year that they set aside. Problems read
    back as plain dicts (a parquet file's ``attrs``) no longer say it: ``{}``."""
    out = {}
    for p in problems or ():
        msg = getattr(p, "msg", None)
        if isinstance(p, Problem) and p.code == "campaign-crosses-year" and msg is not None:
            out[int(msg.params["year"])] = int(msg.params["next_year"])
    return out


def _coded_year_counts(codes: np.ndarray, values: np.ndarray) -> dict[int, int]:
    """:func:`_year_counts` from year codes (0: unknown) and the year of each code."""
    n = np.zeros(len(values), dtype=np.int64)
    for start in range(0, len(codes), STEP):  # bincount casts to intp: small slices
        n += np.bincount(codes[start:start + STEP], minlength=len(values))
    return {int(values[k]): int(n[k]) for k in range(1, len(values)) if n[k]}


def _year_counts(years: np.ndarray, step: int = 1 << 20) -> dict[int, int]:
    """The number of readings per year (floats, NaN unknown): a few years, counted by
    ``bincount`` slice by slice (small temporaries, reused: no fresh memory to fault in
    for millions of readings)."""
    counts: dict[int, int] = {}
    for start in range(0, len(years), step):
        part = years[start:start + step]
        part = part[~np.isnan(part)]
        if not len(part):
            continue
        low = int(part.min())
        part -= low  # a copy already: ours to change
        for k, n in enumerate(np.bincount(part.astype(np.intp)).tolist()):
            if n:
                counts[low + k] = counts.get(low + k, 0) + n
    return counts


# --------------------------------------------------------------------------- blanks

def apply_blank_rule(present: np.ndarray, platforms: np.ndarray, usable: np.ndarray | None,
                     written: np.ndarray, policy: str | None,
                     unfilled: np.ndarray | None = None, template: bool = False,
                     also_written: np.ndarray | None = None
                     ) -> tuple[np.ndarray, list[tuple[str, str, np.ndarray]]]:
    """Decide every blank presence cell, platform by platform.

    Parameters
    ----------
    present : int8 array
        1 (yes), 0 (no) or -1 (blank, nothing else said) per reading.
    platforms : array
        Platform (id or integer code) per reading.
    usable : bool array or None
        Readings without error (only they are counted and reported); None: every reading.
    written : bool array
        Cells that show their column writes its answers: an explicit negative ("Non"), a
        doubtful answer ("Oui ?", "Non ?", a lone "?"), a cell that says nobody answered
        ("Non renseigné", "NR", "N/A"), an "Inactif". The "x or blank"
        convention knows two states, a mark and a blank: a column that holds a third (a
        "Non", a doubt, an inactive account), even a single one beside "x" marks, is not
        that convention, and its blanks say nothing. Looked for among every reading,
        usable or not (a doubtful answer is not usable, yet shows it).
    policy : {"absent", "unknown"} or None
        None: a column with a ``written`` cell counts a blank as not answered; a column
        without any answer at all (nobody filled it) too; any other column counts a blank
        as absent (the "x or blank" convention), except on the ``unfilled`` rows. "absent"
        counts every blank as absent but those of a column without any answer at all: a
        column nobody filled was not surveyed, whatever a blank means where the surveyor
        did fill (an untouched TikTok column is no census of 0 %).
    unfilled : bool array or None
        Per reading, whether its row holds no answer on any platform (a wide file's row
        nobody filled in). Given, without a policy, when the file holds a ``written`` cell
        somewhere (or is barometre's template): such a file writes its answers, so a row
        without any answer is not answered rather than absent everywhere; its blanks are
        their own decision ("unfilled") in every column, one read "unknown" too (its 2
        own blanks not lost among 257 rows nobody filled).
    template : bool, default False
        The file is barometre's template, whose instructions ask for « Non » where there is
        no account (without a policy): a column the rule would read absent reads its
        blanks as not answered instead, meaning "template" (ambiguous: the caller says it
        as an error, :func:`blank_problem`).
    also_written : array or None
        The keys (of ``platforms``) of readings left out of these arrays whose cell is
        ``written`` (a « Non » on a row refused for another cell's error): their column
        writes its answers as surely as if the reading were kept. Without a policy only.

    Returns
    -------
    present, decisions
        ``present`` with blanks set to 0 where they mean absent (a copy; the same array
        when no blank means absent); per platform with blanks, one ``(platform, meaning,
        rows)`` per meaning, ``rows`` the positions of its blank readings, in order.
        ``meaning`` is "absent" or "unknown", or, all counted as not answered, "empty"
        (a column without any answer), "unfilled" (rows without any answer) and "template"
        (a column without any « Non » of barometre's template).
    """
    blank = _blank_rows(present, usable)  # a few among millions: the rest works on them
    decisions = []
    if not len(blank):
        return present, decisions
    of_blank = platforms[blank]
    order = unique_in_order(of_blank)
    # "unknown" reads every blank as not answered, as "empty" does: no column to look for
    with_no = set() if policy == "unknown" else _with_no(platforms, written, None, list(order))
    # the rule's own decision only: under "absent" a column of refused answers alone keeps
    # the caller's say (``held``: its blanks absent, as asked, the column being filled)
    if also_written is not None and len(also_written) and policy is None:
        elsewhere = np.isin(np.asarray(order), also_written)
        with_no |= {p for p, h in zip(order, elsewhere.tolist()) if h}
    # a column with a written cell was filled in (a doubt too): never "empty"
    answered = None if policy == "unknown" else with_no | _with_no(
        platforms, present >= 0, usable, [p for p in order if p not in with_no])
    out = present
    # each key's blank rows, in order: one stable sort, not a comparison per key
    by_key = np.argsort(of_blank, kind="stable") if len(order) > 4 else None
    if by_key is not None:
        sorted_keys = of_blank[by_key]
    for p in order:
        if by_key is None:
            mine = blank[of_blank == p]
        else:
            lo, hi = np.searchsorted(sorted_keys, p), np.searchsorted(sorted_keys, p, "right")
            mine = blank[by_key[lo:hi]]
        meaning = ("empty" if answered is not None and p not in answered else
                   policy or ("unknown" if p in with_no else
                              "template" if template else "absent"))
        # the rows nobody filled said apart whatever the column's rule, so that its own
        # blanks (2 in a column with a « Non ») are not lost among them (257)
        if meaning in ("absent", "template", "unknown") and unfilled is not None:
            idle = unfilled[mine]
            if idle.any():
                decisions.append((p, "unfilled", mine[idle]))
                mine = mine[~idle]
                if not len(mine):
                    continue
        if meaning == "absent":
            if out is present:
                out = present.copy()
            out[mine] = 0
        decisions.append((p, meaning, mine))
    return out, decisions


def _blank_rows(present: np.ndarray, usable: np.ndarray | None) -> np.ndarray:
    """``np.flatnonzero((present < 0) & usable)``, slice by slice (no mask of millions)."""
    found = []
    for start in range(0, len(present), STEP):
        blank = present[start:start + STEP] < 0
        if usable is not None:
            blank &= usable[start:start + STEP]
        found.append(np.flatnonzero(blank) + start)
    return np.concatenate(found) if found else np.zeros(0, dtype=np.intp)


def _with_no(platforms: np.ndarray, explicit_no: np.ndarray, usable: np.ndarray | None,
             wanted: list) -> set:
    """The platforms of ``wanted`` with an explicit negative answer among the usable
    readings, looked for slice by slice until each is found (a "Non" comes early)."""
    found: set = set()
    # one look per slice for every key still sought (np.isin: a table of the keys' range
    # for integer codes, a file of several waves' hundred wave × platform keys among them;
    # a sort for platform ids)
    left = list(wanted)
    for start in range(0, len(platforms), STEP):
        said_no = explicit_no[start:start + STEP]
        if usable is not None:
            said_no = said_no & usable[start:start + STEP]
        of_no = platforms[start:start + STEP][said_no]
        if not len(of_no):
            continue
        hit = np.isin(np.asarray(left, dtype=of_no.dtype), of_no)
        found.update(p for p, h in zip(left, hit.tolist()) if h)
        left = [p for p, h in zip(left, hit.tolist()) if not h]
        if not left:
            break
    return found


def blank_problem(platform_label: str | Words, column: str | None, meaning: str, forced: bool,
                  rows: np.ndarray, presence_to_add: tuple[str, list[str]] | None = None
                  ) -> Problem:
    """The warning that says how the blank cells of a platform were counted; for a column
    of barometre's template without any « Non » (``meaning`` "template"), the error
    ``blank-ambiguous``: its blanks may be the « x or blank » convention's absences or
    cells not checked yet, two readings whose shares differ as 28 % and 100 %; the user
    says which (``--blank absent`` or ``--blank unknown``). ``presence_to_add``: the
    platform has no presence column, only those roles (``followers``, ``account``): the
    error then says so and names the column to add (« LinkedIn - présence »)."""
    code = f"blank-{meaning}"
    if meaning in ("empty", "unfilled", "template"):
        forced = False  # decided by the rule only: a policy never says them
    if meaning == "template" and presence_to_add is not None:
        header, roles = presence_to_add
        what = Msg("blank-no-presence-" + "-".join(sorted(roles)))
        return rows_problem("blank-no-presence", rows, len(rows), column=column,
                            severity="error", problem_code="blank-ambiguous",
                            platform=platform_label, what=what, header=header)
    if meaning == "template":
        return rows_problem("blank-ambiguous", rows, len(rows), column=column,
                            severity="error", platform=platform_label)
    return rows_problem(code + ("-forced" if forced else ""), rows, len(rows), column=column,
                        problem_code=code,
                        platform=platform_label)


# --------------------------------------------------------------------------- code and name

def code_name_verdict(entity, name: str, type_id: str) -> tuple[str, str | Words] | None:
    """Does ``name`` designate ``entity`` (read from the code of the same row)?

    Returns None when it does (same entity, same folded name, the council that governs
    the département of the code, or the name is ambiguous/misspelt among candidates that
    include the entity, a grouping's aside: its names change, a close one is said), else ``("error", other)`` when the name designates another
    entity (``other`` says which), ``("error", other, type)`` when it is exactly the name
    of an entity of another type (« Ain » beside a région's code: a département;
    :func:`_of_other_type`), or ``("warning", "")`` when the name designates nothing known.

    The name of a former commune merged into the commune of the code (« Annecy-le-Vieux »
    beside 74010, Annecy; ``former_names.csv``) is ``("error", "former", former name, its
    code, kind)``: the row's account may be the former commune's own page, which is not
    the merged commune's (its population, its growth); only the surveyor knows which.

    A name that states the legal form of another kind of EPCI than the code's ("CA Côte
    Basque-Adour" beside the SIREN of the CC de la Vallée d'Ossau: a CA is no CC) is an
    error, ``("error", "kind", said, kind)``, unless the rest of the name is the entity's
    own ("Communauté urbaine de Bordeaux" beside Bordeaux Métropole's SIREN: the same
    territory under another status, maybe a former name): a warning,
    ``("warning", "kind", said, kind)`` (:func:`_other_kind`).

    A département's code beside the name of the council that governs it is the
    département's row: "69;Conseil départemental du Rhône" (69D), "67;CeA" and "68;CeA"
    (6AE), "2A;Collectivité de Corse" (20R), "75;Ville de Paris" (75C), "972;CTM" (972R)
    are read as 69, 67, 68, 2A, 75 and 972, as "69;Rhône" is (:func:`_territory_councils`;
    likewise a région's code beside its single collectivité, "94;Collectivité de Corse",
    :func:`_region_councils`;
    the figures per inhabitant already use the population the council serves). Another
    département's code beside it stays an error ("01;Département du Rhône").
    """
    from ..datasets import reference
    from ..domain.errors import ResolveError

    if reference.name_key(name) == reference.name_key(entity.name):
        return None
    if entity.collectivity_type in reference.COMMUNE_LIKE:
        from ..datasets.former_codes import former_name_of

        former = former_name_of(entity.code, name)
        if former is not None:  # « 74010;Annecy-le-Vieux »: a former commune's page?
            return ("error", "former", *former)
    kind = _other_kind(entity, name, type_id)
    if kind is not None:
        return kind
    same = {entity.code}
    if entity.collectivity_type == "departement" and entity.role is None:
        same |= _territory_councils().get(entity.code, frozenset())
    elif entity.collectivity_type == "region" and entity.role is None:
        same |= _region_councils().get(entity.code, frozenset())
    try:
        other = reference.resolve(name, type=type_id)
    except ResolveError as exc:
        arrondissement = _arrondissement(entity, name)
        if arrondissement is not None:  # « Paris 1er » beside the city's code
            return "warning", "arrondissement", *arrondissement
        # a commune's name beside its grouping's code ("Quimper" beside CA Quimper Bretagne
        # Occidentale's): the grouping is suggested for the name, not named by it
        towns = {epci.code for _, epci in exc.towns}
        cands = [c for c in exc.candidates if c.code not in towns]
        if any(c.code in same for c in cands):
            # the commune's name and more words (« Paris Zzz », « Brest Métropole »): another
            # account than the commune's maybe, not a spelling of its name; a grouping's
            # name that is not its own (« Lannion-Trégor Agglomération », « Cap l'Orient »:
            # a former name, or another's) said as any unknown name, not taken for a
            # misspelling because its words are close
            if entity.collectivity_type in ("epci", "metropole"):
                return "warning", ""
            return ("warning", "") if _words_after(entity, name) else None
        exact = [c for c in cands if reference.name_key(c.name) == reference.name_key(name)]
        if exact:
            return "error", _labels(exact)
        of_type = _of_other_type(name, type_id)
        if of_type is not None:
            return "error", *of_type
        return "warning", ""
    if other.code in same:
        return None
    return "error", other.label()


def _name_words(text: str) -> list[str]:
    """A name's folded words, « St » spelled out, its article first and then left out
    (« Havre (Le) » and « Le Havre »: ``["havre"]``)."""
    from ..datasets.name_index import _full_key

    words = _full_key(text).split()
    return words[1:] if len(words) > 1 and words[0] in ("le", "la", "les", "l") else words


def _words_after(entity, name: str) -> list[str]:
    """The words that ``name`` adds after a commune's own name (« Paris Zzz »: ``["zzz"]``),
    its département's code aside (« Paris 75 »); empty when ``name`` is no such name or
    ``entity`` no commune."""
    from ..datasets.reference import COMMUNE_LIKE

    if entity.collectivity_type not in COMMUNE_LIKE:
        return []
    own, said = _name_words(entity.name), _name_words(name)
    if len(said) <= len(own) or said[:len(own)] != own:
        return []
    dep = str(getattr(entity, "departement", "") or "").lower()
    return [w for w in said[len(own):] if w != dep]


_ARRONDISSEMENT_WORDS = {"arrondissement", "arrondissements", "arr", "arrt", "ardt", "arrdt",
                         "de", "d", "du"}


def _arrondissement(entity, name: str) -> tuple[str, str] | None:
    """``(code, name)`` of the arrondissement municipal of ``entity`` that ``name`` names
    (« Paris 1er », « Marseille 13e », « Lyon 3e arrondissement », « 1er arrondissement de
    Paris »), when the reference knows it; else None."""
    import re

    from ..datasets.former_codes import arrondissements

    known = arrondissements(entity.code)
    if not known:
        return None
    own, said = _name_words(entity.name), _name_words(name)
    at = next((i for i in range(len(said) - len(own) + 1) if said[i:i + len(own)] == own), None)
    if at is None:
        return None
    rest = said[:at] + said[at + len(own):]
    numbers = [m for w in rest if (m := re.fullmatch(r"(\d{1,2})(?:er|e|eme|em|ieme|me)?", w))]
    others = [w for w in rest if not re.fullmatch(r"\d{1,2}(?:er|e|eme|em|ieme|me)?", w)]
    if len(numbers) != 1 or not set(others) <= _ARRONDISSEMENT_WORDS:
        return None
    return known.get(int(numbers[0].group(1)))


#: The kinds of EPCI (``epci.csv.gz``), as said in a sentence
_KIND_WORDS = {
    "CA": ("une communauté d'agglomération", "a communauté d'agglomération"),
    "CC": ("une communauté de communes", "a communauté de communes"),
    "CU": ("une communauté urbaine", "a communauté urbaine"),
    "METRO": ("une métropole", "a métropole"), "MET69": ("une métropole", "a métropole"),
}


def kind_words(kinds: Iterable[str]) -> Words:
    """ "une communauté d'agglomération ou une communauté urbaine": kinds said per language.

    >>> print(kind_words(["CA", "CU"]).render("en"))
    a communauté d'agglomération or a communauté urbaine
    """
    said = list(dict.fromkeys(_KIND_WORDS[k] for k in kinds))
    return Words(" ou ".join(fr for fr, _ in said), " or ".join(en for _, en in said))


def _other_kind(entity, name: str, type_id: str) -> tuple | None:
    """The verdict of a name whose legal form says another kind of EPCI than ``entity``'s
    (:func:`code_name_verdict`), or None when it says none or the same."""
    from ..datasets import name_index, reference
    from ..domain.errors import ResolveError

    kind = name_index.epci_kind(entity.code)
    form = name_index.epci_form(name) if kind else None
    if form is None or kind in form[0]:
        return None
    try:
        other = reference.resolve(name, type=type_id)
    except ResolveError:
        other = None
    if other is not None and other.code != entity.code:
        return "error", other.label()  # a name of another entity: says which
    same = reference.name_key(form[1]) in name_index.epci_own_keys(entity.code)
    return ("warning" if same else "error"), "kind", form[0], kind


def _labels(entities: list) -> Words:
    """ "A (1) ou B (2)" / "A (1) or B (2)": said per language."""
    labels = [c.label() for c in entities]
    return Words(" ou ".join(labels), " or ".join(labels))


def _of_other_type(name: str, type_id: str) -> tuple[Words, str] | None:
    """The entities of another type than ``type_id`` that ``name`` names exactly (its
    folded name: no misspelling taken for another type's name), and that type: « Ain »
    beside a région's code is a département. A département or a région for every type;
    a commune for a département's or a région's code only. An intercommunality may be
    named by its town (« Nantes » for Nantes Métropole, « Paris » for the Métropole du
    Grand Paris): beside its code, a commune's name stays a name not recognised."""
    from ..datasets import reference
    from ..domain.errors import ResolveError

    key = reference.name_key(name)

    def named(t: str) -> list:
        try:
            found = [reference.resolve(name, type=t)]
        except ResolveError as exc:
            found = list(exc.candidates)
        return [c for c in found if reference.name_key(c.name) == key]

    if type_id in ("epci", "metropole") and named("commune"):
        return None
    others = ["departement", "region"] + (
        ["commune"] if type_id in ("departement", "region") else [])
    for t in others:
        found = named(t) if t != type_id else []
        if found:
            return _labels(found), t
    return None


@functools.cache
def _territory_councils() -> dict[str, frozenset[str]]:
    """Per département code, the codes of the councils that govern it under another code:
    the institutions that serve it as a département (``institutions.csv``: 67 and 68 → 6AE,
    69 → 69D, 2A and 2B → 20R, 972 → 972R, 973 → 973R, 75 → 75C), as in docs/survey.md's
    table of the council each territory's row holds.

    >>> {c: sorted(v) for c, v in sorted(_territory_councils().items())}
    ... # doctest: +NORMALIZE_WHITESPACE
    {'2A': ['20R'], '2B': ['20R'], '67': ['6AE'], '68': ['6AE'], '69': ['69D'],
     '75': ['75C'], '972': ['972R'], '973': ['973R']}
    """
    from ..datasets import reference

    inst = reference._institution_columns()
    out: dict[str, set[str]] = {}
    for code, types, terr in zip(inst["code"], inst["types"], inst["territories"]):
        if "departement" in types:
            for t in terr:
                if t != code:
                    out.setdefault(t, set()).add(code)
    return {t: frozenset(c) for t, c in out.items()}


@functools.cache
def _region_councils() -> dict[str, frozenset[str]]:
    """Per région code, the codes of the single collectivités that govern it as a région
    (``institutions.csv``: 94 → 20R, the Collectivité de Corse; 02 → 972R, 03 → 973R):
    "94;Collectivité de Corse" is Corsica's row, as "2A;Collectivité de Corse" is in a file
    of départements.

    >>> {c: sorted(v) for c, v in sorted(_region_councils().items())}
    {'02': ['972R'], '03': ['973R'], '94': ['20R']}
    """
    from ..datasets import reference

    inst = reference._institution_columns()
    out: dict[str, set[str]] = {}
    for code, types, region in zip(inst["code"], inst["types"], inst["region"]):
        if "region" in types and region and region != code:
            out.setdefault(region, set()).add(code)
    return {r: frozenset(c) for r, c in out.items()}


def code_name_problem(row: int, column: str, name: str, entity, verdict: tuple,
                      written: str | None = None) -> Problem:
    """The problem of a name beside a code (:func:`code_name_verdict`'s verdict, or
    ``("error", "totals")`` for a totals row's word, ``code-name-totals``): an
    error (``code-name-mismatch``; a name of another type says which, and ``--type``),
    or a warning (``code-name-unknown``). ``written``, the code cell as the user wrote
    it: quoted with the code it was read as when it is not that code (« Tulle » in the
    code column, a former code), never a code the user did not type."""
    from ..domain.registry import TYPES

    severity, other = verdict[:2]
    code, named = _code_said(entity, written)
    if other == "former":  # « Annecy-le-Vieux » beside 74010: a former commune's name
        from ..datasets.former_codes import _de, former_words

        msg = Msg("code-name-former", code=code, code_name=entity.name, name=name,
                  former=former_words(*verdict[2:], entity.code, entity.name),
                  population=Count(entity.population or 0),
                  of_commune=Words(_de(entity.name), entity.name),
                  of_former=Words(_de(verdict[2]), verdict[2]))
        return Problem.said(msg, row, column, name, "error", code="code-name-former")
    if other == "totals":  # « Total » beside the code 13: a totals row, not that entity's
        msg = Msg("code-name-totals", code=code, code_name=entity.name, name=name)
        return Problem.said(msg, row, column, name, "error", code="code-name-totals")
    if other == "arrondissement":  # « Paris 1er »: an arrondissement's name
        msg = Msg("code-name-arrondissement", code=code, code_name=entity.name,
                  name=name, arr_code=verdict[2], arr_name=verdict[3])
        return Problem.said(msg, row, column, name, "warning", code="code-name-unknown")
    if len(verdict) == 4:  # a legal form of another kind: « CA … » beside a CC's SIREN
        said, kind = kind_words(verdict[2]), kind_words([verdict[3]])
        if severity == "error":
            msg = Msg("code-name-kind", code=code, code_name=entity.name, name=name,
                      said=said, kind=kind)
            return Problem.said(msg, row, column, name, "error", code="code-name-mismatch")
        msg = Msg("code-name-kind-same", code=named, code_name=entity.name, name=name,
                  said=said, kind=kind)
        return Problem.said(msg, row, column, name, "warning", code="code-name-unknown")
    if len(verdict) == 3:  # a name of another type: « Ain » is a département
        t, own = TYPES[verdict[2]], TYPES.get(entity.collectivity_type)
        msg = Msg("code-name-other-type", code=code, code_name=entity.name,
                  type=Words(f" ({own.label_fr})", f" ({own.label_en})") if own else "",
                  name=name, other=other,
                  other_type=Words(("une " if t.feminine else "un ") + t.label_fr,
                                   ("an " if t.label_en[0] in "aeiou" else "a ")
                                   + t.label_en),
                  plural=t.plural_words(), type_id=t.id)
        return Problem.said(msg, row, column, name, "error", code="code-name-mismatch")
    if severity == "error":
        msg = Msg("code-name-mismatch", code=code, code_name=entity.name, name=name,
                  other=other)
        return Problem.said(msg, row, column, name, "error")
    msg = Msg("code-name-unknown", code=named, code_name=entity.name, name=name)
    return Problem.said(msg, row, column, name, "warning")


def _code_said(entity, written: str | None) -> tuple:
    """How :func:`code_name_problem` says the code of a row: the code read alone, or the
    cell as written and the code read from it when they differ beyond spaces and leading
    zeros (« 1 », the code 01 as Excel keeps it, is that code); and the same
    followed by the entity's name, for the warnings (« à côté du code 19272 (Tulle) »)."""
    if written is None or _same_code(written, entity.code):
        return entity.code, Msg("code-named", code=entity.code, code_name=entity.name)
    return (Msg("code-written", value=written, code=entity.code),
            Msg("code-named-written", value=written, code=entity.code,
                code_name=entity.name))


def _same_code(written: str, code: str) -> bool:
    """Whether a code cell is the code read, but for spaces (« 75 056 ») and leading
    zeros (« 1 » for 01, Excel's).

    >>> _same_code("75 056", "75056"), _same_code("1", "01"), _same_code("Tulle", "19272")
    (True, True, False)
    """
    plain = "".join(written.split()).lstrip("0").casefold()  # split: NBSP, U+202F too
    return plain == str(code).lstrip("0").casefold()
