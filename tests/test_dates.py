"""Dates as users type them: timestamps (Excel, Google Forms) and French month names.

A date is read only when its reading is certain (the time of a timestamp is dropped; a
month word names one month); anything else stays a ``date-invalid`` error, said by
``validate`` with its row.
"""

import datetime as dt

import pytest

import barometre as bm
from barometre.survey.reader import parse_date

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
