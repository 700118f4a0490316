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


def test_validate_reads_typed_dates_and_says_the_others_as_before(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present;date\n"
                    "01;Facebook;Oui;15/10/2025 10:30\n"
                    "02;Facebook;Oui;2025-10-15T10:30:00\n"
                    "03;Facebook;Oui;15/10/2025 24:00\n", encoding="utf-8")
    errors = [p for p in bm.validate(path) if p.severity == "error"]
    assert [(p.row, p.code, p.value) for p in errors] == [(4, "date-invalid", "15/10/2025 24:00")]
    assert errors[0].message == "attendu une date comme 15/10/2025"
    df = bm.read_survey(path, errors="skip")
    assert [d.date().isoformat() for d in df.sort_values("code")["date"]] == [
        "2025-10-15", "2025-10-15"]


def test_the_wave_date_option_takes_the_same_forms(tmp_path):
    from barometre.survey.rules import as_date

    assert as_date("15/10/2025 10:30") == OCT15
