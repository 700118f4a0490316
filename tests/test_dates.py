"""Dates as users type them: timestamps (Excel, Google Forms) and French month names.

A date is read only when its reading is certain (the time of a timestamp is dropped; a
month word names one month); anything else stays a ``date-invalid`` error, said by
``validate`` with its row.
"""

import datetime as dt

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import barometre as bm
from barometre.survey.reader import parse_date
from barometre.survey.values import drop_times

OCT15 = dt.date(2025, 10, 15)


@pytest.mark.parametrize("value", [
    "15/10/2025 10:30", "15/10/2025 10:30:00", "2025-10-15 10:30:00", "2025-10-15T10:30:00",
    "15/10/2025 00:00", "15/10/2025 23:59:59", "15/10/25 10:30", "15.10.2025 10:30",
    "2025-10-15T10:30:00.123456", "2025-10-15T10:30:00Z", "2025-10-15 10:30:00+02:00",
    "15/10/2025 10h30", "15/10/2025 à 10h30", "15/10/2025 10h", " 15/10/2025  10:30 ",
])
def test_a_timestamp_is_read_as_its_date(value):
    assert parse_date(value) == OCT15


@pytest.mark.parametrize("value", [
    "15/10/2025 24:00", "15/10/2025 10:60", "15/10/2025 10:30:61", "31/02/2025 10:30",
    "15/10/2025 10", "15/10/2025 10:3", "2025-10-15 foo", "2025-10-15T", "2025-10-15 10:30 foo",
    "15/10/2025 10:30:00 PM",
])
def test_an_impossible_or_unknown_time_is_refused(value):
    with pytest.raises(ValueError, match="date-invalid"):
        parse_date(value)


@pytest.mark.parametrize("value,expected", [
    ("15 oct. 2025", OCT15), ("15 octobre 2025", OCT15), ("15-oct-2025", OCT15),
    ("15-oct.-2025", OCT15), ("15 OCTOBRE 2025", OCT15), ("15 Oct 2025", OCT15),
    ("15 oct. 25", OCT15), ("15-oct-25", OCT15), ("15 octobre 2025 10:30", OCT15),
    ("1er octobre 2025", dt.date(2025, 10, 1)), ("1ER OCTOBRE 2025", dt.date(2025, 10, 1)),
    ("1 octobre 2025", dt.date(2025, 10, 1)),
    ("3 févr. 2025", dt.date(2025, 2, 3)), ("3 fevrier 2025", dt.date(2025, 2, 3)),
    ("3 Février 2025", dt.date(2025, 2, 3)), ("3 fév 2025", dt.date(2025, 2, 3)),
    ("3 déc. 2024", dt.date(2024, 12, 3)), ("3 decembre 2024", dt.date(2024, 12, 3)),
    ("15 aout 2025", dt.date(2025, 8, 15)), ("15 août 2025", dt.date(2025, 8, 15)),
    ("15 AOÛT 2025", dt.date(2025, 8, 15)), ("2 janv. 2025", dt.date(2025, 1, 2)),
    ("2 mars 2025", dt.date(2025, 3, 2)), ("2 mar 2025", dt.date(2025, 3, 2)),
    ("2 avr. 2025", dt.date(2025, 4, 2)), ("2 avril 2025", dt.date(2025, 4, 2)),
    ("2 mai 2025", dt.date(2025, 5, 2)), ("2 juin 2025", dt.date(2025, 6, 2)),
    ("2 juil. 2025", dt.date(2025, 7, 2)), ("2 juillet 2025", dt.date(2025, 7, 2)),
    ("2 sept. 2025", dt.date(2025, 9, 2)), ("2 sep 2025", dt.date(2025, 9, 2)),
    ("2 nov. 2024", dt.date(2024, 11, 2)),
])
def test_a_french_month_name_is_read(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", [
    "15 ju 2025",       # juin or juillet
    "15 jui 2025",      # juin or juillet
    "15 ma 2025",       # mars or mai
    "15 j 2025", "15 may 2025", "15 jul 2025", "15 foo 2025", "15 octobree 2025",
    "2er octobre 2025", "31 févr. 2025", "32 octobre 2025", "0 octobre 2025",
    "octobre 2025", "15 octobre", "15 octobre 2025 foo", "15 octobre 202",
])
def test_an_ambiguous_unknown_or_impossible_month_date_is_refused(value):
    with pytest.raises(ValueError, match="date-invalid"):
        parse_date(value)


def test_validate_reads_typed_dates_and_says_the_others_as_before(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present;date\n"
                    "01;Facebook;Oui;15/10/2025 10:30\n"
                    "02;Facebook;Oui;2025-10-15T10:30:00\n"
                    "03;Facebook;Oui;15 oct. 2025\n"
                    "04;Facebook;Oui;1er octobre 2025\n"
                    "05;Facebook;Oui;15 jui 2025\n", encoding="utf-8")
    errors = [p for p in bm.validate(path) if p.severity == "error"]
    assert [(p.row, p.code, p.value) for p in errors] == [(6, "date-invalid", "15 jui 2025")]
    assert errors[0].message == "attendu une date comme 15/10/2025"
    df = bm.read_survey(path, errors="skip")
    assert [d.date().isoformat() for d in df.sort_values("code")["date"]] == [
        "2025-10-15", "2025-10-15", "2025-10-15", "2025-10-01"]


def test_the_wave_date_option_takes_the_same_forms(tmp_path):
    from barometre.survey.rules import as_date

    assert as_date("15 oct. 2025") == OCT15
    assert as_date("15/10/2025 10:30") == OCT15


# --------------------------------------------------------------------------- many timestamps

_DATE_PARTS = ["15/10/2025", "15.10.25", "2025-10-15", "31/02/2025", "15 oct. 2025", "1/1/2025",
               "2025-1-5", "15/10/202", "x", "2025/10/15", "2025/1/5", "2025/13/15", "2025/10-15"]
_TIME_PARTS = ["", " 10:30", " 10:30:00", "T10:30:00", "t09:05:00.123", " à 10h30", " A 10h",
               " 23:59:59Z", " 24:00", " 10:60", " 10:30:61", "T10:30:00+02:00", " 10:30 UTC",
               " 10:30:00 PM", " 10", "  10:30", " 7h", " 07:00:00,5", "T10:30:00foo", " 10:3"]


@given(st.lists(st.tuples(st.sampled_from(_DATE_PARTS), st.sampled_from(_TIME_PARTS),
                          st.sampled_from(["", " ", "\u00a0"])), min_size=1, max_size=40),
       st.booleans())
@example([(d, t, "") for d in _DATE_PARTS for t in _TIME_PARTS], False)  # every pair, always
@example([(d, t, "") for d in _DATE_PARTS for t in _TIME_PARTS], True)
@settings(max_examples=200, deadline=None)
def test_dropping_times_leaves_every_cell_reading_the_same(cells, arrow):
    """drop_times (a column of millions of timestamps, parsed per distinct date) drops only
    the times that parse_date drops: each cell gives the same date or the same error."""
    values = [d + t + end for d, t, end in cells] + [dt.datetime(2025, 10, 15, 10, 30), 3.5]
    codes, uniques = pd.factorize(pd.Series(values, dtype=object))
    if arrow:  # the fast path's text columns
        codes, uniques = pd.factorize(pd.Series(values[:-2], dtype="string[pyarrow]"))
        values = values[:-2]
    codes2, fewer = drop_times(codes, uniques, at_least=0)
    assert len(fewer) <= len(uniques)
    for v, i in zip(values, codes2):
        assert _outcome(fewer[i]) == _outcome(v), v


def _outcome(v):
    try:
        return parse_date(v)
    except ValueError as exc:
        return str(exc)


def test_a_file_of_distinct_timestamps_reads_as_without_merging(tmp_path, monkeypatch):
    from barometre.survey import values as module

    rows = [f"{d:02d};Facebook;Oui;15/10/2025 10:{m:02d}:00" for d, m in zip(range(1, 40),
                                                                          range(59, 0, -1))]
    rows += ["40;Facebook;Oui;15/10/2025 24:00", "41;Facebook;Oui;2025-10-15T10:30:00",
             "42;Facebook;Oui;15/10/2025", "43;Facebook;Oui;15/10/2052 10:00"]
    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present;date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    said = [(p.row, p.code, p.value) for p in bm.validate(path)]
    frame = bm.read_survey(path, errors="skip")
    monkeypatch.setattr(module, "MANY_DATES", 0)  # merged from the first value
    assert [(p.row, p.code, p.value) for p in bm.validate(path)] == said
    pd.testing.assert_frame_equal(bm.read_survey(path, errors="skip"), frame)
    assert (41, "date-invalid", "15/10/2025 24:00") in said
    assert (44, "future-date", "15/10/2052 10:00") in said
