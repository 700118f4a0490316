"""A later non-answer never hides an answer of the same year: said by the reader.

The counting keeps, of each entity × platform × year, its latest *answered* reading
(« Oui » or « Non », a blank read as absent included), the latest reading only when none
of the year answers (:func:`barometre.analysis.grouping.latest_of`): « Oui » on 15/03/2025
then « NR » on 15/10/2025 counts « Oui ». The readings so passed over are said once, with
the answer kept and their rows (``unanswered-after-answer``), so that a publisher sees that
the later reading was not used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..analysis.grouping import combine, latest_answered
from ..messages import Day, Msg, Words
from .rules import rows_problem

if TYPE_CHECKING:
    from .normalize import Readings
    from .problems import _Problems

__all__ = ["unanswered_after_answer"]

#: the kept answers' dates said one by one, up to this many
_DATES_SHOWN = 5


def unanswered_after_answer(readings: Readings, n_platforms: int, problems: _Problems) -> None:
    """Say the readings without an answer that come after an answer of the same entity,
    platform and year (by date, then row): one warning, ``unanswered-after-answer``, their
    number, the date of the answer kept (or the kept answers' dates) and their rows.

    Cheap where nothing can be said: a file without a non-answer, or whose years each
    hold one reading date (two readings of an entity × platform on one date are
    duplicates, already an error), stops before any key; else only the groups holding a
    non-answer are sorted. ``readings.year_coded`` must be set (the counting's years).
    """
    present = readings.present
    unanswered = present < 0
    if not len(present) or not unanswered.any() or unanswered.all():
        return
    dated = readings.dated if "date" not in readings.__dict__ else None
    if dated is not None:  # per distinct date: its year; one date a year, nothing to say
        used = dated.counts() > 0
        years = np.nan_to_num(dated.table_years[used], nan=-1.0)
        if len(np.unique(years)) == len(years):
            return
    entity_codes, distinct = readings.numbered_codes()
    entity = entity_codes[readings.eidx]
    year, year_values = readings.year_coded
    key, _ = combine([entity, readings.platform, year],
                     [len(distinct), n_platforms, len(year_values)])
    # the groups holding a non-answer of a known entity, and their readings only
    held = np.unique(key[unanswered & (entity >= 0)])
    if not len(held):
        return
    sub = np.flatnonzero(np.isin(key, held) & (entity >= 0))
    k = key[sub]
    when = _dates_at(readings, sub)
    order = np.lexsort((readings.source_row[sub], when.view("int64"), k))
    k, sub, when = k[order], sub[order], when[order]
    answered = present[sub] >= 0
    last = np.ones(len(k), dtype=bool)
    last[:-1] = k[1:] != k[:-1]
    ends = np.flatnonzero(last)
    pick = latest_answered(answered, ends)  # per group: its latest answer, if any
    group = np.repeat(np.arange(len(ends)), np.diff(np.r_[-1, ends]))
    kept = pick[group]
    passed = ~answered & answered[kept] & (np.arange(len(k)) > kept)
    if not passed.any():
        return
    days = when[np.unique(kept[passed])]
    problems.add(rows_problem(
        "unanswered-after-answer", readings.source_row[sub[passed]], int(passed.sum()),
        kept=_kept_said(days)))


def _dates_at(readings: Readings, rows: np.ndarray) -> np.ndarray:
    """The dates (datetime64, NaT where none) of some readings, without spreading the
    dates of every reading when they are held as codes."""
    dated = readings.dated
    if dated is not None and "date" not in readings.__dict__:
        return dated.table[dated.codes[rows]]  # -1 (a blank cell): the last slot, NaT
    return readings.date[rows]


def _kept_said(days: np.ndarray) -> Msg:
    """« la réponse du 15/03/2025 est gardée », or the kept answers' dates when several."""
    days = np.unique(days)  # NaT last
    said = [Day.of(d.astype("datetime64[D]").item()) for d in days if not np.isnat(d)]
    if len(days) == 1:
        return (Msg("unanswered-after-answer-one", date=said[0]) if said
                else Msg("unanswered-after-answer-undated"))
    words = {lang: ", ".join([d.render(lang) for d in said[:_DATES_SHOWN]]
                             + (["…"] if len(said) > _DATES_SHOWN else [])
                             + ([Words("sans date", "undated").render(lang)]
                                if np.isnat(days[-1]) else []))
             for lang in ("fr", "en")}
    return Msg("unanswered-after-answer-several", dates=Words(words["fr"], words["en"]))
