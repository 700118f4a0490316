"""A date cell that is no date is said in words of its own where they fit, in one table
(``cells._DATE_INVALID_SAID``, ref24: four tests in a row before), the first that fits; each
message, row, column and value as before, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from barometre.survey import cells
from barometre.survey.headers import Column

COL = Column(3, "Date du relevé", "date")
# a library call: the day is given by read_survey's date= (the CLI's --date, session 31)
NO_DAY_FR = ("date sans jour : attendu une date complète comme 15/10/2025, le jour du relevé, "
             "ou une cellule vide et ce jour donné par date= (l'année seule va dans une "
             "colonne « Année »)")
TIME_FR = ("une heure sans jour (une cellule de date à 0, qu'Excel affiche 00/01/1900, ou une "
           "heure seule) : attendu une date comme 15/10/2025")
NEGATIVE_FR = ("nombre négatif : aucun jour (au format date, Excel l'affiche « ##### ») ; "
               "attendu une date comme 15/10/2025")
MONTH_FIRST_FR = "attendu une date comme 10/15/2025 (colonne lue mois d'abord)"


@pytest.mark.parametrize("value, order, text, message, en_start", [
    ("janv. 2025", "dmy", "janv. 2025", NO_DAY_FR, "a date without a day"),
    ("janv. 2025", "mdy", "janv. 2025", NO_DAY_FR, "a date without a day"),  # the first
    (dt.time(0, 0), "mdy", "00:00:00", TIME_FR, "a time without a day"),
    (-5, "dmy", "-5", NEGATIVE_FR, "a negative number"),
    (-1.5, "mdy", "-1.5", NEGATIVE_FR, "a negative number"),
    ("31/02/2025", "mdy", "31/02/2025", MONTH_FIRST_FR, "expected a date such as 10/15/2025"),
    # a day the month does not have: said so (session 33), not merely « attendu une date »
    ("31/02/2025", "dmy", "31/02/2025", "le 31 février 2025 n'existe pas (février 2025 a 28 "
     "jours) : attendu une date réelle comme 15/10/2025", "February 31, 2025 does not exist"),
    ("32/02/2025", "dmy", "32/02/2025", "attendu une date comme 15/10/2025",
     "expected a date such as 15/10/2025"),
    (True, "dmy", "True", "attendu une date comme 15/10/2025",  # a bool: not a negative
     "expected a date such as 15/10/2025")])
def test_each_invalid_date_said_as_before(value, order, text, message, en_start):
    p = cells.value_problem(12, COL, value, "date", order)
    assert (p.row, p.column, p.value, p.severity, p.code) == (
        12, "Date du relevé", text, "error", "date-invalid")
    assert p.message == message
    assert p.text("en").startswith(en_start)


def test_every_row_of_the_table_is_a_message_of_the_catalog():
    from barometre.messages import Msg

    said = [row[1] for row in cells._DATE_INVALID_SAID]
    assert said == ["date-without-day", "date-time-only", "date-serial-negative",
                    "date-invalid-month-first"]
    for code in said:
        Msg(code)  # known: else KeyError
