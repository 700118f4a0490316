"""A date typed years or months off (« 09/11/2016 » for 09/11/2026) is a real date, not in
the future: no error, but its readings counted for their own year and made a wave of their
own in ``trend`` (a publisher's review, session 33: « 9 novembre 2016, 100 %, 1/1 » plotted
on the report's Évolution sheet, the 2026 base one short, said only as « 2016 (1 relevé) »
without a row). ``date-isolated`` names the rows; runs of comparable size are not said.
A day the month does not have (« 31/11/2026 ») says so instead of « attendu une date ».
"""

from __future__ import annotations

import random

import openpyxl
import pytest

import barometre as bm
from barometre.datasets import reference
from barometre.survey import fastcsv
from barometre.survey.reader import read_coded

CODES = list(reference.departements()["code"])[:101]


def _long(path, dates):
    """The 101 départements on Facebook, each read on ``dates(i)``."""
    rng = random.Random(3)
    rows = ["code;plateforme;present;date"]
    rows += [f"{c};Facebook;{'Oui' if rng.random() < 0.8 else 'Non'};{dates(i)}"
             for i, c in enumerate(CODES)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fast", [False, True])
def test_a_reading_dated_ten_years_off_is_said_with_its_row(tmp_path, monkeypatch, fast):
    f = _long(tmp_path / "typo.csv",
              lambda i: "09/11/2016" if i == 45 else f"{2 + i % 20:02d}/11/2026")
    if fast:  # the columnar reader (dates as codes): the same problem
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    problems = bm.validate(f)
    [p] = [p for p in problems if p.code == "date-isolated"]
    assert (p.severity, p.count, p.rows.tolist()) == ("warning", 1, [47])
    assert p.message == (
        "1 relevé daté du 9 novembre 2016, à plus de 60 jours de tout autre relevé du fichier "
        "(101 relevés) : une date mal tapée ? Ces relevés comptent pour 2016 et forment une "
        "vague à eux seuls (trend, changes) ; corrigez la date si c'est une faute (ligne 47)")
    assert p.text("en") == (
        "1 reading dated 9 November 2016, more than 60 days from any other reading of the file "
        "(101 readings): a mistyped date? These readings count for 2016 and make a wave of "
        "their own (trend, changes); correct the date if it is a typo (line 47)")
    assert "multi-year" in {x.code for x in problems}  # the years still counted
    coded = read_coded(f)
    assert [x.to_dict() for x in coded.attrs["problems"]] == [x.to_dict() for x in problems]


def test_a_day_and_month_swapped_in_the_same_year_is_said_too(tmp_path):
    """« 11/02/2026 » for 02/11/2026: the same year, a wave of its own all the same."""
    f = _long(tmp_path / "swap.csv",
              lambda i: "11/02/2026" if i in (10, 11) else f"{2 + i % 20:02d}/11/2026")
    [p] = [p for p in bm.validate(f) if p.code == "date-isolated"]
    assert (p.count, p.rows.tolist()) == (2, [12, 13])
    assert p.message.startswith("2 relevés datés du 11 février 2026, à plus de 60 jours")
    assert "comptent pour 2026" in p.message
    # trend indeed makes it a wave of its own: what the warning says
    trend = bm.wave_trend(bm.read_waves(f))
    assert trend.loc[trend["platform"] == "facebook", "n_base"].tolist() == [2, 99]


def test_a_short_run_from_several_dates_is_said_with_both_ends(tmp_path):
    f = _long(tmp_path / "run.csv",
              lambda i: {0: "03/01/2026", 1: "20/01/2026"}.get(i, f"{2 + i % 20:02d}/11/2026"))
    [p] = [p for p in bm.validate(f) if p.code == "date-isolated"]
    assert p.message.startswith("2 relevés datés du 3 janvier 2026 au 20 janvier 2026,")
    assert p.text("en").startswith("2 readings dated from 3 January 2026 to 20 January 2026,")


@pytest.mark.parametrize("dates", [
    lambda i: "15/10/2024" if i < 50 else "15/10/2025",  # two waves of comparable size
    lambda i: "15/10/2025" if i < 95 else "15/06/2025",  # 6 of 101: more than a twentieth
    lambda i: f"{1 + i % 28:02d}/{9 + i % 3:02d}/2025",  # one campaign over three months
])
def test_runs_of_comparable_size_are_not_said(tmp_path, dates):
    f = _long(tmp_path / "waves.csv", dates)
    assert "date-isolated" not in {p.code for p in bm.validate(f)}


def test_a_wide_workbook_with_one_row_dated_off(tmp_path):
    """The publisher's layout: one row per département, a date column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "Facebook", "Instagram", "Date"])
    for i, c in enumerate(CODES):
        ws.append([c, "Oui", "Non" if i % 3 else "Oui",
                   "09/11/2016" if i == 7 else f"{2 + i % 20:02d}/11/2026"])
    wb.save(tmp_path / "wide.xlsx")
    [p] = [p for p in bm.validate(tmp_path / "wide.xlsx") if p.code == "date-isolated"]
    assert (p.count, p.rows.tolist()) == (2, [9])  # two readings (two platforms), one row
    assert p.message.startswith("2 relevés datés du 9 novembre 2016,")


@pytest.mark.parametrize("cell, fr, en", [
    ("31/11/2026", "le 31 novembre 2026 n'existe pas (novembre 2026 a 30 jours)",
     "November 31, 2026 does not exist (November 2026 has 30 days)"),
    ("29/02/2025", "le 29 février 2025 n'existe pas (février 2025 a 28 jours)",
     "February 29, 2025 does not exist (February 2025 has 28 days)"),
    ("2025-04-31", "le 31 avril 2025 n'existe pas (avril 2025 a 30 jours)",
     "April 31, 2025 does not exist (April 2025 has 30 days)"),
    ("31 novembre 2025", "le 31 novembre 2025 n'existe pas (novembre 2025 a 30 jours)",
     "November 31, 2025 does not exist (November 2025 has 30 days)"),  # the month in words
])
@pytest.mark.parametrize("fast", [False, True])
def test_a_day_the_month_does_not_have_is_said(tmp_path, monkeypatch, cell, fr, en, fast):
    f = tmp_path / "d.csv"
    f.write_text("Code;Facebook;Date\n01;Oui;15/10/2025\n02;Non;" + cell + "\n",
                 encoding="utf-8")
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    [p] = [p for p in bm.validate(f) if p.severity == "error"]
    assert (p.code, p.row, p.value) == ("date-invalid", 3, cell)
    assert p.message == fr + " : attendu une date réelle comme 15/10/2025"
    assert p.text("en") == en + ": expected a real date such as 15/10/2025"


def test_other_unreadable_dates_keep_their_words(tmp_path):
    f = tmp_path / "d.csv"
    f.write_text("Code;Facebook;Date\n01;Oui;15/10/2025\n02;Non;32/11/2026\n03;Oui;15/13/2025\n",
                 encoding="utf-8")
    msgs = [p.message for p in bm.validate(f) if p.severity == "error"]
    assert msgs == ["attendu une date comme 15/10/2025"] * 2


def _rows(path, readings):
    """A long file of ``readings``: (code, platform, date) triples."""
    rows = ["code;plateforme;present;date"]
    rows += [f"{c};{p};Oui;{d}" for c, p, d in readings]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_monthly_file_with_a_skipped_month_is_no_typo(tmp_path):
    """The regression hunt's A4: ten entities read on the 5th of every month, January 2024 to
    October 2025, November skipped, December read: December is one month among the others
    (a wave of the same size), not a typo, though its run is small beside the 22 months'."""
    months = [(y, m) for y in (2024, 2025) for m in range(1, 13) if (y, m) <= (2025, 10)]
    months.append((2025, 12))
    f = _rows(tmp_path / "monthly.csv", [(c, p, f"05/{m:02d}/{y}") for y, m in months
                                         for c in CODES[:10] for p in ("Facebook", "X")])
    assert "date-isolated" not in {p.code for p in bm.validate(f)}


@pytest.mark.parametrize("fast", [False, True])
def test_a_typo_in_the_second_of_two_waves_is_said(tmp_path, monkeypatch, fast):
    """Two yearly waves of every entity; one 2025 reading typed 2016: its pair is read in
    2024 too, its run still a twentieth of a wave."""
    readings = [(c, "Facebook", "15/10/2024") for c in CODES]
    readings += [(c, "Facebook", "09/11/2016" if i == 30 else "15/10/2025")
                 for i, c in enumerate(CODES)]
    f = _rows(tmp_path / "two.csv", readings)
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    [p] = [p for p in bm.validate(f) if p.code == "date-isolated"]
    assert (p.count, p.rows.tolist()) == (1, [133])


def test_a_small_run_across_new_year_is_said_once(tmp_path):
    """The hunt's H2: « 30/12/2015 » and « 02/01/2016 » among 2025's readings: one warning,
    the isolated run's, not also « une seule campagne … qui passe le 31 décembre »."""
    f = _long(tmp_path / "h2.csv", lambda i: {3: "30/12/2015", 4: "02/01/2016"}.get(
        i, "30/12/2025"))
    codes = [p.code for p in bm.validate(f)]
    assert "date-isolated" in codes and "campaign-crosses-year" not in codes
    assert "multi-year" in codes  # the years still counted
