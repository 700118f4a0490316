"""Dates written month first (a file exported with a US locale: Google Forms or Sheets in
English): the order of a date column is decided from its distinct cells, never silently.

A column with cells that only month first reads ("03/15/2025") and none that only day first
reads is read month first, and ``validate`` says so (``dates-month-first``: how many, the
evidence, the rows that would read otherwise); a column with both is inconsistent: read day
first, its month-first-only cells are errors that say so; a column whose dates all read both
ways follows the file's month-first columns when no date of the file reads day first only
(``dates-month-first-like``); otherwise day first, the French convention, without a word.
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

import barometre as bm
from barometre.datasets import reference
from barometre.survey import fastcsv
from barometre.survey.reader import read_coded
from barometre.survey.values import (DAY_FIRST_ONLY, EITHER_ORDER, MONTH_FIRST_ONLY, NOT_DMY,
                                     SAME_EITHER_WAY, date_order_evidence, parse_date)

HEADER = "code;plateforme;present;abonnes;date\n"
US = HEADER + ("44109;facebook;Oui;1200;03/15/2025\n44109;instagram;Oui;300;03/04/2025\n"
               "35238;facebook;Oui;900;12/20/2025\n35238;instagram;Non;;11/02/2025\n")
D = dt.date
PLATFORMS = ["facebook", "instagram", "x"]


def _file(tmp_path, text: str, name: str = "enquete.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _dates(path, **kw) -> list[dt.date]:
    df = bm.read_survey(path, type="commune", errors="skip", **kw)
    return [d.date() for d in df.sort_values("source_row")["date"]]


def _said(path) -> list[tuple]:
    return [(p.row, p.code, p.severity, p.value) for p in bm.validate(path, type="commune")]


@pytest.mark.parametrize("value, kind", [
    ("15/03/2025", DAY_FIRST_ONLY), ("03/15/2025", MONTH_FIRST_ONLY),
    ("3/15/2025 10:30:00", MONTH_FIRST_ONLY), ("03/15/25", MONTH_FIRST_ONLY),
    ("03.15.2025", MONTH_FIRST_ONLY), ("03-15-2025", MONTH_FIRST_ONLY),
    ("03/04/2025", EITHER_ORDER), ("05/05/2025", SAME_EITHER_WAY),
    ("2/30/2025", NOT_DMY), ("30/02/2025", NOT_DMY), ("31/31/2025", NOT_DMY),
    ("3/15/2025 25:00", NOT_DMY), ("2025-03-15", NOT_DMY), ("15 mars 2025", NOT_DMY),
    (None, NOT_DMY), (45000.0, NOT_DMY), (dt.date(2025, 3, 4), NOT_DMY),
])
def test_what_a_cell_says_of_its_column_order(value, kind):
    assert date_order_evidence(value) == kind


def test_parse_date_stays_day_first_by_default():
    assert parse_date("03/04/2025") == D(2025, 4, 3)
    assert parse_date("03/04/2025", order="mdy") == D(2025, 3, 4)
    assert parse_date("3/15/25 10:30", order="mdy") == D(2025, 3, 15)
    assert parse_date("2025-03-04", order="mdy") == D(2025, 3, 4)  # ISO: not affected
    assert parse_date("4 mars 2025", order="mdy") == D(2025, 3, 4)


def test_a_month_first_file_is_read_month_first_and_said(tmp_path):
    path = _file(tmp_path, US)
    assert _dates(path) == [D(2025, 3, 15), D(2025, 3, 4), D(2025, 12, 20), D(2025, 11, 2)]
    problems = bm.validate(path, type="commune")
    assert [(p.code, p.severity, p.column, p.value) for p in problems] == [
        ("dates-month-first", "warning", "date", "03/15/2025")]
    message = problems[0].message
    assert message.startswith("4 dates lues mois d'abord")
    assert "« 03/15/2025 » (ligne 2) n'a pas de mois 15" in message
    assert message.endswith("2 dates ambiguës (une autre date si lues jour d'abord : lignes 3, 5)")


def test_a_mixed_column_keeps_day_first_and_its_month_first_cells_are_errors(tmp_path):
    path = _file(tmp_path, HEADER + "44109;facebook;Oui;1200;03/15/2025\n"
                 "44109;instagram;Oui;300;03/04/2025\n35238;facebook;Oui;900;20/12/2025\n"
                 "35238;instagram;Non;;11/02/2025\n")
    problems = bm.validate(path, type="commune")
    # the ambiguous dates read day first are said (s31: not read half one way unsaid)
    assert [(p.row, p.code, p.severity, p.value) for p in problems] == [
        (None, "dates-day-first-mixed", "warning", "03/15/2025"),
        (2, "date-invalid", "error", "03/15/2025")]
    assert problems[0].rows.tolist() == [3, 5]  # 03/04/2025, 11/02/2025
    assert "mêle jour d'abord (« 20/12/2025 », ligne 4) et mois d'abord" in problems[1].message
    assert _dates(path) == [D(2025, 4, 3), D(2025, 12, 20), D(2025, 2, 11)]


def test_a_day_first_file_is_unchanged_and_says_nothing(tmp_path):
    path = _file(tmp_path, HEADER + "44109;facebook;Oui;1200;15/03/2025\n"
                 "44109;instagram;Oui;300;03/04/2025\n35238;facebook;Oui;900;2025-03-04\n"
                 "35238;instagram;Non;;4 mars 2025\n")
    assert _said(path) == []
    assert _dates(path) == [D(2025, 3, 15), D(2025, 4, 3), D(2025, 3, 4), D(2025, 3, 4)]


def test_ambiguous_dates_alone_stay_day_first(tmp_path):
    path = _file(tmp_path, HEADER + "44109;facebook;Oui;1200;03/04/2025\n"
                 "44109;instagram;Oui;300;05/05/2025\n")
    assert _said(path) == []
    assert _dates(path) == [D(2025, 4, 3), D(2025, 5, 5)]


def test_timestamps_two_digit_years_and_other_forms_in_a_month_first_column(tmp_path):
    path = _file(tmp_path, HEADER + "44109;facebook;Oui;1200;3/15/2025 10:30:00\n"
                 "44109;instagram;Oui;300;3/4/25 9:05\n35238;facebook;Oui;900;2025-03-04\n"
                 "35238;instagram;Non;;4 mars 2025\n35238;x;Oui;12;12.20.25\n")
    assert _dates(path) == [D(2025, 3, 15), D(2025, 3, 4), D(2025, 3, 4), D(2025, 3, 4),
                            D(2025, 12, 20)]
    problems = bm.validate(path, type="commune")
    assert [(p.code, p.value) for p in problems] == [("dates-month-first", "3/15/2025 10:30:00")]
    assert problems[0].message.startswith("3 dates lues mois d'abord")  # ISO, month name apart
    assert problems[0].message.endswith("1 date ambiguë (une autre date si lue jour d'abord : "
                                         "ligne 3)")


def test_month_first_errors_are_still_errors(tmp_path):
    path = _file(tmp_path, HEADER + "44109;facebook;Oui;1200;03/15/2025\n"
                 "44109;instagram;Oui;300;2/30/2025\n35238;facebook;Oui;900;1/15/2003\n"
                 "35238;instagram;Oui;900;12/20/2099\n")
    assert sorted((r or 0, c, v) for r, c, _, v in _said(path)) == [
        (0, "dates-month-first", "03/15/2025"), (3, "date-invalid", "2/30/2025"),
        (4, "date-out-of-range", "1/15/2003"), (5, "future-date", "12/20/2099")]


def test_the_wave_date_of_a_month_first_file(tmp_path):
    path = _file(tmp_path, HEADER + "44109;facebook;Oui;1200;03/15/2025\n"
                 "44109;instagram;Oui;300;03/04/2025\n35238;facebook;Oui;900;03/04/2025\n"
                 "35238;instagram;Non;;\n")
    assert _dates(path)[-1] == D(2025, 3, 4)  # the most frequent date, read month first
    wave = [p for p in bm.validate(path, type="commune") if p.code == "wave-date"]
    assert "4 mars 2025" in wave[0].message  # said the French way: 4 March


def test_a_wide_file_shared_date_column_is_said_once(tmp_path):
    path = _file(tmp_path, "Code commune;Facebook;Instagram;Date du relevé\n"
                 "44109;Oui;Non;3/15/2025\n35238;Oui;Oui;3/4/2025\n")
    problems = bm.validate(path, type="commune")
    assert [(p.code, p.column) for p in problems] == [("dates-month-first", "Date du relevé")]
    assert problems[0].message.startswith("2 dates lues")
    assert set(_dates(path)) == {D(2025, 3, 15), D(2025, 3, 4)}


def test_a_platform_date_falls_back_on_a_month_first_row_date(tmp_path):
    path = _file(tmp_path, "Code commune;Facebook;Date Facebook;Date du relevé\n"
                 "44109;Oui;;3/15/2025\n35238;Oui;15/03/2025;3/4/2025\n")
    problems = bm.validate(path, type="commune")
    assert [(p.code, p.column) for p in problems] == [("dates-month-first", "Date du relevé")]
    assert _dates(path) == [D(2025, 3, 15), D(2025, 3, 15)]


def test_workbook_date_cells_are_not_affected(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["code", "plateforme", "present", "date"])
    ws.append(["44109", "facebook", "Oui", "03/15/2025"])
    ws.append(["44109", "instagram", "Oui", dt.datetime(2025, 4, 3)])
    ws.append(["35238", "facebook", "Oui", "03/04/2025"])
    path = tmp_path / "enquete.xlsx"
    wb.save(path)
    assert _dates(path) == [D(2025, 3, 15), D(2025, 4, 3), D(2025, 3, 4)]
    assert [p.code for p in bm.validate(path, type="commune")] == ["dates-month-first"]


def test_validate_in_english_and_json(tmp_path, cli):
    path = _file(tmp_path, US)
    result = cli("validate", path, "--type", "commune", "--lang", "en")
    assert "4 dates read month first, US style: “03/15/2025” (line 2) has no month 15" \
        in result.output
    assert "2 ambiguous dates (another date if read day first: lines 3, 5)" in result.output
    result = cli("validate", path, "--type", "commune", "--format", "json")
    assert result.exit_code == 0
    said = json.loads(result.stdout)
    assert [(p["code"], p["severity"], p["column"], p["row"]) for p in said] == [
        ("dates-month-first", "warning", "date", None)]
    assert said[0]["message"].endswith(": lignes 3, 5)")


def test_a_large_month_first_file_is_read_the_same_on_the_columnar_path(tmp_path, monkeypatch):
    # > 500,000 readings (every commune x 3 platforms x 5 dates), Google Forms timestamps
    # with their seconds (tens of thousands of distinct cells, merged per date before
    # parsing); the third date only reads month first, the others both ways
    communes = reference.type_codes("commune")
    days = [(3, 1), (3, 2), (3, 15), (2, 3), (1, 3)]  # (month, day)
    n = len(communes) * 3 * len(days)
    seconds = np.random.default_rng(19).integers(0, 3600, n)
    lines = [f"{communes[i % len(communes)]};{PLATFORMS[i // len(communes) % 3]};Oui;{s};"
             f"{m}/{d}/2025 10:{s // 60:02d}:{s % 60:02d}"
             for i, s, (m, d) in zip(range(n), seconds,
                                     (days[i // (3 * len(communes))] for i in range(n)))]
    path = tmp_path / "grande-enquete.csv"
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    assert n > 500_000 and path.stat().st_size > fastcsv.FAST_CSV_BYTES  # columnar (Arrow)
    evidence = 3 * len(communes) * 2  # the first row of the third date
    problems = bm.validate(path, type="commune")
    assert [(p.code, p.value) for p in problems] == [
        ("dates-month-first", lines[evidence].rsplit(";", 1)[1])]
    said = problems[0].message
    ambiguous = n - 3 * len(communes)
    assert said.startswith(f"{n:,} dates lues mois d'abord".replace(",", "\u202f"))  # 523 125
    assert f"(ligne {evidence + 2}) n'a pas de mois 15" in said
    assert said.endswith(f"; {ambiguous:,} dates ambiguës (une autre date si lues jour d'abord "
                         ": lignes 2, 3, 4, 5, 6, …)".replace(",", "\u202f", 1))
    coded = read_coded(path, type="commune")
    expected = np.repeat(np.array([f"2025-{m:02d}-{d:02d}" for m, d in days],
                                  dtype="datetime64[s]"), 3 * len(communes))
    rows = np.asarray(coded.source_row) - 2  # the file's lines: header 1, data from 2
    assert (np.asarray(coded.date) == expected.view("int64")[rows]).all()
    assert len(coded.date) == n
    monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", float("inf"))  # the general reader
    assert [p.to_dict() for p in bm.validate(path, type="commune")] == [
        p.to_dict() for p in problems]


# ---------------------------------------------------------------- several date columns
# A column whose every date reads both ways follows the file's month-first columns when no
# date of the file reads day first only (dates-month-first-like); otherwise each column as above.

WIDE = "Code commune;Facebook;Date Facebook;Instagram;Date Instagram;Date du relevé\n"
US_WIDE = WIDE + ("44109;Oui;3/4/2025;Oui;3/15/2025;3/15/2025\n"
                  "35238;Oui;3/5/2025;Non;3/4/2025;3/4/2025\n")


def _by_platform(path) -> dict[str, list[dt.date]]:
    df = bm.read_survey(path, type="commune", errors="skip").sort_values("source_row")
    return {p: [d.date() for d in g["date"]] for p, g in df.groupby("platform")}


def test_an_ambiguous_column_follows_the_file_s_month_first_columns(tmp_path):
    path = _file(tmp_path, US_WIDE)
    assert _by_platform(path) == {"facebook": [D(2025, 3, 4), D(2025, 3, 5)],
                                  "instagram": [D(2025, 3, 15), D(2025, 3, 4)]}
    problems = bm.validate(path, type="commune")
    assert [(p.code, p.column, p.value) for p in problems] == [
        ("dates-month-first-like", "Date Facebook", "3/15/2025"),
        ("dates-month-first", "Date du relevé", "3/15/2025"),
        ("dates-month-first", "Date Instagram", "3/15/2025")]
    assert problems[0].severity == "warning" and problems[0].row is None
    assert problems[0].message == (
        "2 dates lues mois d'abord comme la colonne « Date Instagram » : « 3/15/2025 » "
        "(ligne 2) n'a pas de mois 15 et aucune date du fichier ne se lit seulement jour "
        "d'abord ; 2 dates ambiguës (une autre date si lues jour d'abord : lignes 2, 3)")
    coded = read_coded(path, type="commune")  # what compare counts: the same dates
    assert sorted(np.asarray(coded.date).view("datetime64[s]").astype("datetime64[D]").tolist()) \
        == [D(2025, 3, 4), D(2025, 3, 4), D(2025, 3, 5), D(2025, 3, 15)]


def test_a_day_first_only_cell_anywhere_leaves_each_column_its_own_order(tmp_path):
    # "Date du relevé" reads day first only on line 3: not a US export throughout
    path = _file(tmp_path, WIDE + "44109;Oui;3/4/2025;Oui;3/15/2025;\n"
                 "35238;Oui;3/5/2025;Non;3/4/2025;15/03/2025\n")
    assert _by_platform(path) == {"facebook": [D(2025, 4, 3), D(2025, 5, 3)],
                                  "instagram": [D(2025, 3, 15), D(2025, 3, 4)]}
    assert [(p.code, p.column) for p in bm.validate(path, type="commune")] == [
        ("dates-month-first", "Date Instagram")]


def test_a_mixed_column_keeps_its_errors_and_the_others_their_order(tmp_path):
    path = _file(tmp_path, WIDE + "44109;Oui;3/4/2025;Oui;3/15/2025;3/15/2025\n"
                 "35238;Oui;3/5/2025;Non;20/12/2025;3/4/2025\n")
    problems = bm.validate(path, type="commune")
    assert [(p.row, p.code, p.column) for p in problems] == [
        (None, "dates-month-first", "Date du relevé"), (2, "date-invalid", "Date Instagram")]
    assert _by_platform(path)["facebook"] == [D(2025, 4, 3), D(2025, 5, 3)]


def test_a_wide_file_of_ambiguous_dates_only_stays_day_first(tmp_path):
    path = _file(tmp_path, WIDE + "44109;Oui;3/4/2025;Oui;3/5/2025;3/4/2025\n"
                 "35238;Oui;3/5/2025;Non;2025-03-04;5/5/2025\n")
    assert _said(path) == []
    assert _by_platform(path) == {"facebook": [D(2025, 4, 3), D(2025, 5, 3)],
                                  "instagram": [D(2025, 5, 3), D(2025, 3, 4)]}


def test_a_column_that_reads_the_same_either_way_says_nothing(tmp_path):
    path = _file(tmp_path, WIDE + "44109;Oui;5/5/2025;Oui;3/15/2025;3/15/2025\n"
                 "35238;Oui;2025-03-04;Non;3/4/2025;3/4/2025\n")
    assert [p.column for p in bm.validate(path, type="commune")] == [
        "Date du relevé", "Date Instagram"]
    assert _by_platform(path)["facebook"] == [D(2025, 5, 5), D(2025, 3, 4)]


def test_the_row_date_and_the_wave_date_follow_the_file(tmp_path):
    # Facebook's blank dates take the row's date ("Date du relevé", ambiguous only), then,
    # where it is blank too, the wave's (the most frequent, 3/4/2025: 4 March)
    path = _file(tmp_path, WIDE + "44109;Oui;;Oui;3/15/2025;3/4/2025\n"
                 "35238;Oui;3/4/2025;Non;3/4/2025;\n13055;Oui;;Oui;3/4/2025;\n")
    assert _by_platform(path)["facebook"] == [D(2025, 3, 4), D(2025, 3, 4), D(2025, 3, 4)]
    problems = bm.validate(path, type="commune")
    assert [(p.code, p.column) for p in problems if p.code.startswith("dates-")] == [
        ("dates-month-first-like", "Date Facebook"),
        ("dates-month-first-like", "Date du relevé"),
        ("dates-month-first", "Date Instagram")]
    wave = [p for p in problems if p.code == "wave-date"]
    assert "4 mars 2025" in wave[0].message


def test_month_first_like_in_english_and_json(tmp_path, cli):
    path = _file(tmp_path, US_WIDE)
    result = cli("validate", path, "--type", "commune", "--lang", "en")
    assert ("column “Date Facebook”: warning: 2 dates read month first, as column "
            "“Date Instagram” is: “3/15/2025” (line 2) has no month 15 and no date of the file "
            "reads day first only; 2 ambiguous dates (another date if read day first: lines 2, 3)"
            ) in result.output
    result = cli("validate", path, "--type", "commune", "--format", "json")
    assert result.exit_code == 0
    said = json.loads(result.stdout)
    assert [(p["code"], p["column"], p["row"]) for p in said] == [
        ("dates-month-first-like", "Date Facebook", None),
        ("dates-month-first", "Date du relevé", None),
        ("dates-month-first", "Date Instagram", None)]
    assert said[0]["message"].endswith("(une autre date si lues jour d'abord : lignes 2, 3)")


def test_month_first_like_counts_are_grouped(tmp_path):
    communes = reference.type_codes("commune")[:1500]
    lines = [f"{c};Oui;3/4/2025;Oui;{'3/15/2025' if i == 0 else '3/5/2025'};"
             for i, c in enumerate(communes)]
    path = _file(tmp_path, WIDE + "\n".join(lines) + "\n")
    like = [p for p in bm.validate(path, type="commune") if p.code == "dates-month-first-like"]
    assert [p.column for p in like] == ["Date Facebook"]
    assert like[0].message.startswith("1\u202f500 dates lues mois d'abord")
    assert like[0].message.endswith("1\u202f500 dates ambiguës (une autre date si lues jour "
                                    "d'abord : lignes 2, 3, 4, 5, 6, …)")
    assert like[0].text("en").startswith("1,500 dates read month first")


def test_a_long_file_s_unread_date_column_decides_nothing(tmp_path):
    # a long file reads its first date column ("date"); "date facebook" is never read, so
    # its "3/15/2025" cannot make "date" month first
    path = _file(tmp_path, "code;plateforme;present;date;date facebook\n"
                 "44109;facebook;Oui;3/4/2025;3/15/2025\n35238;instagram;Oui;3/5/2025;\n")
    assert _dates(path) == [D(2025, 4, 3), D(2025, 5, 3)]
    assert [p.code for p in bm.validate(path, type="commune")
            if p.code.startswith("dates-")] == []


def test_a_long_file_s_wave_date_comes_from_its_read_date_column(tmp_path):
    path = _file(tmp_path, "code;plateforme;present;date;date facebook\n"
                 "44109;facebook;Oui;;6/1/2025\n35238;instagram;Oui;;6/1/2025\n"
                 "13055;facebook;Oui;3/5/2025;6/1/2025\n")
    assert _dates(path) == [D(2025, 5, 3)] * 3  # not 6 January, of the unread column


@pytest.mark.parametrize("lang, expected", [
    ("fr", "attendu une date comme 10/15/2025 (colonne lue mois d'abord)"),
    ("en", "expected a date such as 10/15/2025 (column read month first)")])
def test_a_month_first_column_s_invalid_date_gives_a_month_first_example(tmp_path, cli,
                                                                         lang, expected):
    path = _file(tmp_path, "Code commune;Facebook;Date Facebook;Instagram;Date du relevé\n"
                 "44109;Oui;3/15/2025;Oui;3/16/2025\n35238;Oui;2/30/2025;Oui;13/13/2025\n"
                 "49007;Oui;3/4/2025;Non;3/17/2025\n")
    result = cli("validate", path, "--type", "commune", "--format", "json", "--lang", lang)
    assert result.exit_code == 1
    said = json.loads(result.stdout)
    assert [(p["row"], p["code"], p["column"], p["value"], p["message"]) for p in said
            if p["severity"] == "error"] == [
        (3, "date-invalid", "Date Facebook", "2/30/2025", expected),
        (3, "date-invalid", "Date du relevé", "13/13/2025", expected)]


def test_a_mixed_column_says_its_error_in_english(tmp_path, cli):
    # « '03/15/2025' impossible date day first: the column mixes day first … » (enfix18)
    path = _file(tmp_path, HEADER + "44109;facebook;Oui;1200;03/15/2025\n"
                 "44109;instagram;Oui;300;03/04/2025\n35238;facebook;Oui;900;20/12/2025\n"
                 "35238;instagram;Non;;11/02/2025\n")
    res = cli("--lang", "en", "validate", path, "-t", "commune")
    assert res.exit_code == 1, res.output
    assert ("line 2, column “date”: error: “03/15/2025” is not a valid day-first date: the "
            "column mixes day-first (“20/12/2025”, line 4) and month-first dates; expected a "
            "date such as 15/10/2025") in res.stdout, res.stdout
