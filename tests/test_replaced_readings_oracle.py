"""The replaced readings (``reading-replaced``) found without sorting every reading: a pair
read once a wave (a monthly series) is checked on the entity × platform × wave key, as the
run's key is, and only the pairs read twice in a wave are sorted. The warning is exactly
the one of the first version, which sorted every reading of a run holding a re-reading on
four keys: kept here as the oracle (perf25)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from barometre.analysis.grouping import latest_answered
from barometre.messages import Count, Day, Msg, Words, plural_s
from barometre.survey import normalize
from barometre.survey.normalize import (
    _ANSWER_WORDS,
    FIRST_ROWS,
    PLATFORM_IDS,
    PLATFORMS,
    Readings,
    _DateCodes,
    _DayRuns,
    _PairKeys,
    _repeated,
    _replaced_readings,
    rows_problem,
)
from barometre.survey.problems import _Problems


def _oracle(readings: Readings, ent_key: np.ndarray, problems: _Problems) -> None:
    """_replaced_readings as written before perf25 (a lexsort of every re-read reading)."""
    cut = _DayRuns(readings.dated if "date" not in readings.__dict__ else readings.date)
    days, runs = cut.days, cut.runs
    if all(r.stop - r.start < 2 for r in runs):
        return
    run_of_day = np.zeros(len(days), dtype=np.int64)
    for k, r in enumerate(runs):
        run_of_day[r] = k + 1
    run = cut.spread(run_of_day, 0)
    pairs = _PairKeys(ent_key, readings.eidx, readings.platform)()
    key = pairs * (len(runs) + 1) + run
    again = _repeated(key, np.flatnonzero(key[1:] <= key[:-1]) + 1)
    again = again[run[again] > 0]
    if not len(again):
        return
    wave_of_day, _ = cut.waves(lambda rows: pairs[rows],
                               [k - 1 for k in np.unique(run[again]).tolist()])
    sub = readings.take(again)
    when = sub.date
    wave = wave_of_day[np.searchsorted(days, when)]
    pair = pairs[again]
    order = np.lexsort((sub.source_row, when.view("int64"), wave, pair))
    pair, wave, present = pair[order], wave[order], sub.present[order]
    group = np.r_[True, (pair[1:] != pair[:-1]) | (wave[1:] != wave[:-1])]
    starts = np.flatnonzero(group)
    last = np.r_[starts[1:], len(order)] - 1
    last = latest_answered(present >= 0, last)
    kept = np.repeat(last, np.diff(np.r_[starts, len(order)]))
    replaced = np.flatnonzero((np.arange(len(order)) < kept)
                              & (present != present[kept]))
    if not len(replaced):
        return
    rows, dates = sub.source_row[order], when[order]
    names, codes_ = sub.name[sub.eidx][order], sub.code[sub.eidx][order]
    platforms = sub.platform[order]

    def said(i: int) -> Msg:
        j = kept[i]
        return Msg("reading-replaced-pair", name=names[i], code=codes_[i],
                   platform=PLATFORMS[PLATFORM_IDS[platforms[i]]].words(),
                   old=_ANSWER_WORDS[int(present[i])], old_row=int(rows[i]),
                   old_date=Day.of(dates[i].astype("datetime64[D]").item()),
                   new=_ANSWER_WORDS[int(present[j])], new_row=int(rows[j]),
                   new_date=Day.of(dates[j].astype("datetime64[D]").item()))
    shown = [said(int(i)) for i in replaced[:FIRST_ROWS]]
    more = len(replaced) - len(shown)
    problems.add(rows_problem(
        "reading-replaced", np.concatenate([rows[replaced], rows[kept[replaced]]]),
        len(replaced), pairs=Words(" ; ".join(m.render("fr") for m in shown),
                                   "; ".join(m.render("en") for m in shown)),
        more=Msg("reading-replaced-more", n=Count(more), s=plural_s(more)) if more else "",
        sa=Words("sa", "its") if len(replaced) == 1 else Words("leur", "their")))


#: entity keys as the reader gives them: resolved entities from 0, unresolved texts negative
ENT_KEY = np.array([0, 1, 2, -1, 3, -2, 5])
#: day offsets: a run of five days, one of three (read again), and a date alone
DAYS = [0, 1, 2, 3, 4, 120, 121, 122, 400]
START = np.datetime64("2023-01-01", "s")


def _day(code: int) -> int:
    """The day of a date code (-1: none, first in the file's order)."""
    return -1 if code < 0 else (DAYS + [1])[code]


def _said(problems: _Problems) -> list[tuple]:
    # the replaced readings, the oracle's subject; the answers changed between two close
    # waves, said by the same pass since session 30, have their own tests
    # (tests/test_close_waves30.py)
    return [(p.code, p.severity, p.count, p.rows.tolist(), p.text("fr"), p.text("en"))
            for p in problems.close() if p.code != "waves-close-changed"]


def _readings(case: list[tuple[int, int, int, int]], coded: bool, rows: list[int],
              ent_key: np.ndarray = ENT_KEY) -> Readings:
    """Readings of (entity, platform, day index (-1: no date), answer) in that order."""
    n = len(case)
    eidx = np.array([c[0] for c in case], dtype=np.int32)
    platform = np.array([c[1] for c in case], dtype=np.int8)
    present = np.array([c[3] for c in case], dtype=np.int8)
    # two cells of one date (« 02/01/2023 » and « 2023-01-02 »): two codes, one day
    table = np.append(START + np.array(DAYS + [1]) * 86400,
                      np.datetime64("NaT")).astype("datetime64[s]")
    codes = np.array([c[2] for c in case], dtype=np.int32)
    years = normalize._years(table)
    if coded:
        dates, year = _DateCodes(codes, table, years), None
    else:
        dates, year = table[codes], years[codes]
    names = np.array([f"Entité {k}" for k in range(len(ent_key))], dtype=object)
    return Readings(np.array([f"{k:05d}" for k in range(len(ent_key))], dtype=object),
                    names, np.zeros(len(ent_key)), "commune", eidx, platform, present,
                    np.full(n, np.nan), None, np.zeros(0, object), dates, year,
                    np.array(rows, dtype=np.int32))


def _same(case, coded: bool, rows: list[int] | None = None, ent_key: np.ndarray = ENT_KEY
          ) -> list[tuple]:
    rows = list(range(2, len(case) + 2)) if rows is None else rows
    got, want = _Problems(), _Problems()
    _replaced_readings(_readings(case, coded, rows, ent_key), ent_key, got)
    _oracle(_readings(case, coded, rows, ent_key), ent_key, want)
    said = _said(got)
    assert said == _said(want)
    return said


_reading = st.tuples(st.integers(0, len(ENT_KEY) - 1), st.sampled_from([0, 1, 2, 5]),
                     st.integers(-1, len(DAYS)), st.sampled_from([1, 0, -1]))


@settings(max_examples=500, deadline=None)
@given(case=st.lists(_reading, max_size=60), coded=st.booleans(),
       in_key_order=st.booleans(), rows=st.sampled_from(["file", "reversed", "tied"]))
@example(case=[], coded=False, in_key_order=False, rows="file")
@example(case=[(0, 0, 0, 1)], coded=True, in_key_order=False, rows="file")
@example(case=[(0, 0, 0, 1), (0, 0, 2, 0)], coded=False, in_key_order=False, rows="file")
@example(case=[(0, 0, 2, 0), (0, 0, 0, 1), (0, 0, 9, -1)], coded=True, in_key_order=False,
         rows="reversed")
@example(case=[(0, 0, 1, 1), (0, 0, 9, 0), (0, 0, 3, 1)], coded=False, in_key_order=True,
         rows="tied")
def test_same_warning_as_the_sort_of_every_reading(case, coded, in_key_order, rows):
    """Random readings, unsorted or in entity × platform × date order, dates as codes or
    spread, repeated dates (duplicates), undated readings, two cells of one day, rows in
    file order, reversed or tied: the same warning (or none) as the oracle's."""
    if in_key_order:
        case = sorted(case, key=lambda c: (ENT_KEY[c[0]], c[1], _day(c[2])))
    n = len(case)
    numbers = {"file": list(range(2, n + 2)), "reversed": list(range(n + 1, 1, -1)),
               "tied": [2 + i // 2 for i in range(n)]}[rows]
    _same(case, coded, numbers)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), fixes=st.integers(0, 12), coded=st.booleans(),
       order=st.sampled_from(["key", "date", "shuffled"]))
def test_monthly_series_with_corrections(seed, fixes, coded, order):
    """Pairs read once a wave over a run of five days (no pair twice in a wave: nothing
    sorted), with a few corrections inside a wave (those sorted): the oracle's warning."""
    rng = np.random.default_rng(seed)
    # five waves of 7 entities × 4 platforms: each wave a day of the run 0-4
    case = [(e, p, m, int(rng.integers(-1, 2))) for m in range(5)
            for e in range(len(ENT_KEY)) for p in (0, 1, 2, 5)]
    for i in rng.choice(len(case), fixes, replace=False).tolist():
        e, p, m, a = case[i]
        if m < 4:  # read again the next day (in the same wave: 4 of 5 days read each pair)
            case.append((e, p, m + 1, 1 - a if a >= 0 else 1))
    if order == "key":
        case.sort(key=lambda c: (ENT_KEY[c[0]], c[1], c[2]))
    elif order == "shuffled":
        case = [case[i] for i in rng.permutation(len(case))]
    _same(case, coded)


def test_a_monthly_series_is_not_sorted(monkeypatch):
    """Pairs read once a wave (three waves, the platforms in the file's own order): no sort
    on four keys (the oracle's lexsort of every re-read reading), in entity order or wave
    after wave; a correction inside a wave: only its pair's readings sorted."""
    sorts = []
    lexsort = np.lexsort
    monkeypatch.setattr(np, "lexsort", lambda keys: sorts.append(len(keys[0])) or lexsort(keys))
    # its waves are days 0, 2 and 4 standing for months: two days apart, their answers
    # would be questioned (waves-close-changed, which sorts the pairs of close waves:
    # tests/test_close_waves30.py); a month apart they are not, as here
    monkeypatch.setattr(normalize, "CLOSE_WAVE_DAYS", 1)
    platforms = (0, 2, 1)
    waves = [(e, p, day, (e + day) % 3 - 1) for day in (0, 2, 4)
             for e in range(len(ENT_KEY)) for p in platforms]
    in_order = sorted(waves, key=lambda c: (ENT_KEY[c[0]], platforms.index(c[1]), c[2]))
    for case in (waves, in_order):
        got = _Problems()
        _replaced_readings(_readings(case, True, list(range(2, len(case) + 2))), ENT_KEY, got)
        assert _said(got) == []
    assert sorts == []
    # entity 0 on platform 2 read on the day before its second wave's reading (« Oui »),
    # answering « Non »: replaced within that wave
    assert (0, 2, 2, 1) in waves
    said = _same(waves + [(0, 2, 1, 0)], True)
    assert [s[:3] for s in said] == [("reading-replaced", "warning", 1)]
    assert sorts[0] == 2  # the pair's two readings (the oracle's sort: every reading's)


@pytest.mark.parametrize("seed", range(12))
def test_many_readings_of_few_pairs(seed, monkeypatch):
    """Hundreds of readings of two entities (the run's and the wave's keys of a small
    range: their repeats counted, not sorted), unsorted or in key order, with re-readings
    in and across waves: the oracle's warning."""
    counted = []
    repeated = normalize._repeated
    monkeypatch.setattr(normalize, "_repeated", lambda key, starts, size=None: counted.append(
        size is not None and size <= len(key)) or repeated(key, starts, size))
    rng = np.random.default_rng(seed)
    n = 400
    case = [(int(e), int(p), int(d), int(a)) for e, p, d, a in zip(
        rng.integers(0, 2, n), rng.choice([0, 1, 5], n), rng.integers(-1, len(DAYS) + 1, n),
        rng.choice([1, 0, -1], n))]
    if seed % 2:
        case.sort(key=lambda c: (c[0], c[1], _day(c[2])))
    _same(case, bool(seed % 3), ent_key=np.array([0, 1]))
    assert any(counted)


@settings(max_examples=300, deadline=None)
@given(key=st.lists(st.integers(0, 40), max_size=80), sort_first=st.booleans())
def test_repeated_counted_as_sorted(key, sort_first):
    """The repeats of a key of small range, counted, are the sort's."""
    key = np.array(sorted(key) if sort_first else key, dtype=np.int64)
    starts = np.flatnonzero(key[1:] <= key[:-1]) + 1
    want = _repeated(key, None)  # one sort
    for size in (41, len(key), len(key) + 1):
        got = _repeated(key, starts, size) if size >= 41 else want
        assert got.tolist() == want.tolist()
    if len(key) >= 41:  # counted
        assert _repeated(key, np.arange(1, len(key)), 41).tolist() == want.tolist()
