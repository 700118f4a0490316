"""The order of numeric dates settled by the user (``date_order=``, ``--date-order``), a
doubtful day-first reading said, and a column of both orders read as most of its rows.

A Google Sheets export in the US locale (comma-separated, answers TRUE/FALSE, « 3/5/2024 »
for 5 March) was read 3 May without a word: no date settles the order (each reads both
ways), day first stays the rule, but the file's cues of a US export are said
(``dates-day-first-assumed``) with ``date_order`` that settles it.
"""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

import barometre as bm
from barometre.domain.errors import InputFileError, UsageError

from tests.test_fast_path import fast_reader, normal_reader, same_reading

D = dt.date
DEPS = [f"{i:02d}" for i in range(1, 20)]


def _google_sheets(tmp_path, day=lambda i: "3/5/2024" if i % 4 else "3/12/2024",
                   answers=("TRUE", "FALSE"), name="sheets.csv"):
    """A Google Sheets CSV (US locale): comma-separated, TRUE/FALSE, dates M/D/YYYY."""
    path = tmp_path / name
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Code", "Département", "Facebook", "Abonnés Facebook", "Date"])
        for i, code in enumerate(DEPS):
            yes = i % 3 != 0
            w.writerow([code, "", answers[0] if yes else answers[1],
                        str(1000 + i) if yes else "", day(i)])
    return path


def _dates(path, **kw) -> list[dt.date]:
    df = bm.read_survey(path, type="departement", errors="skip", **kw)
    return [d.date() for d in df.sort_values("source_row")["date"]]


def test_a_google_sheets_export_read_day_first_is_said(tmp_path):
    path = _google_sheets(tmp_path)
    problems = bm.validate(path, type="departement")
    assumed = [p for p in problems if p.code == "dates-day-first-assumed"]
    assert [(p.severity, p.column, p.value, p.count) for p in assumed] == [
        ("warning", "Date", "3/12/2024", len(DEPS))]
    assert list(assumed[0].rows[:3]) == [2, 3, 4]
    assert assumed[0].message == (
        "19 dates ambiguës lues jour d'abord, à la française, sans certitude : aucune date du "
        "fichier ne tranche (« 3/12/2024 », ligne 2 : le 3 décembre 2024 jour d'abord, le "
        "12 mars 2024 mois d'abord) et le fichier a l'allure d'un export américain (séparateur "
        "virgule, dates sans zéro initial, réponses TRUE/FALSE) ; date_order=\"mdy\" si les "
        "dates sont écrites mois d'abord, date_order=\"dmy\" pour confirmer")
    assert assumed[0].text("en").startswith(
        "19 ambiguous dates read day first, French style, without certainty: no date of the "
        "file settles the order (“3/12/2024”, line 2: 3 December 2024 day first, 12 March "
        "2024 month first) and the file looks like a US export (comma separator, dates without leading "
        "zeros, TRUE/FALSE answers); date_order=\"mdy\" if")
    assert set(_dates(path)) == {D(2024, 5, 3), D(2024, 12, 3)}  # the rule: day first


def test_date_order_settles_it(tmp_path):
    path = _google_sheets(tmp_path)
    assert set(_dates(path, date_order="mdy")) == {D(2024, 3, 5), D(2024, 3, 12)}
    assert set(_dates(path, date_order="dmy")) == {D(2024, 5, 3), D(2024, 12, 3)}
    for order in ("mdy", "dmy", "MDY"):  # settled: nothing left to say of the order
        assert not [p for p in bm.validate(path, type="departement", date_order=order)
                    if p.code.startswith("dates-")]
    coded = bm.survey.reader.read_coded(path, type="departement", date_order="mdy")
    assert {dt.datetime.utcfromtimestamp(int(v)).date() for v in coded.date} == {
        D(2024, 3, 5), D(2024, 3, 12)}
    with pytest.raises(UsageError, match="date_order=« ymd » inconnu"):
        bm.read_survey(path, date_order="ymd")


def test_one_cue_is_enough_and_none_says_nothing(tmp_path):
    # dates with their zeros are no US locale's, TRUE/FALSE or not (Google Sheets in French
    # writes its checkboxes TRUE/FALSE too: rvver20a #3); a comma CSV answered « Oui »/« Non »
    # is a French user's, « 3/5/2024 » typed without zeros (rvver20a #4)
    zeros = _google_sheets(tmp_path, day=lambda i: "03/05/2024", name="zeros.csv")
    assert not [p for p in bm.validate(zeros, type="departement") if p.code.startswith("dates-")]
    oui = _google_sheets(tmp_path, answers=("Oui", "Non"), name="oui.csv")
    assert not [p for p in bm.validate(oui, type="departement") if p.code.startswith("dates-")]
    # a comma, « 3/5/2024 », answers in English: said, the comma and the dates as its cues
    yes = _google_sheets(tmp_path, answers=("Yes", "No"), name="yes.csv")
    said = [p for p in bm.validate(yes, type="departement") if p.code.startswith("dates-")]
    assert [p.code for p in said] == ["dates-day-first-assumed"]
    assert "(séparateur virgule, dates sans zéro initial)" in said[0].message
    # a French CSV: comma, leading zeros, Oui/Non: nothing doubtful to say
    french = _google_sheets(tmp_path, day=lambda i: "03/05/2024", answers=("Oui", "Non"),
                            name="fr.csv")
    assert not [p for p in bm.validate(french, type="departement") if p.code.startswith("dates-")]
    assert set(_dates(french)) == {D(2024, 5, 3)}


def test_a_date_that_reads_day_first_only_settles_the_file(tmp_path):
    # « 15/05/2024 » somewhere: a French file, its « 3/5/2024 » read 3 May without a word
    path = _google_sheets(tmp_path, day=lambda i: "15/05/2024" if i == 4 else "3/5/2024")
    assert not [p for p in bm.validate(path, type="departement") if p.code.startswith("dates-")]
    assert set(_dates(path)) == {D(2024, 5, 3), D(2024, 5, 15)}


def test_a_french_file_is_unchanged(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("Code;Facebook;Abonnés Facebook;Date\n01;Oui;1200;03/05/2024\n"
                    "02;Non;;15/05/2024\n03;Oui;300;03/05/2024\n", encoding="utf-8")
    assert [p.code for p in bm.validate(path, type="departement")] == []
    assert _dates(path) == [D(2024, 5, 3), D(2024, 5, 15), D(2024, 5, 3)]
    # settled the other way, its day-first-only date is an error
    problems = bm.validate(path, type="departement", date_order="mdy")
    assert [(p.row, p.code, p.value) for p in problems] == [(3, "date-invalid", "15/05/2024")]
    assert "(colonne lue mois d'abord)" in problems[0].message


def test_date_order_dmy_makes_month_first_dates_errors(tmp_path):
    path = _google_sheets(tmp_path, day=lambda i: "3/15/2024" if i in (2, 3) else "3/5/2024")
    assert [p.code for p in bm.validate(path, type="departement")
            if p.code.startswith("dates-")] == ["dates-month-first"]  # certain, said
    problems = bm.validate(path, type="departement", date_order="dmy")
    assert [(p.row, p.code, p.value) for p in problems if p.severity == "error"] == [
        (4, "date-invalid", "3/15/2024"), (5, "date-invalid", "3/15/2024")]
    with pytest.raises(InputFileError) as info:  # the validate to run, in Python (nb27)
        bm.read_survey(path, date_order="dmy")
    assert "date_order='dmy'" in str(info.value)
    assert "--date-order dmy" in info.value.msg.render("fr")  # and on the command line


def test_a_column_of_both_orders_is_read_as_most_of_its_rows(tmp_path):
    # 18 dates read month first only, one day first only: month first, that one an error
    path = _google_sheets(tmp_path, day=lambda i: "25/03/2024" if i == 5 else
                          "3/4/2024" if i == 6 else "3/15/2024")
    problems = bm.validate(path, type="departement")
    said = [(p.row, p.code, p.severity, p.value) for p in problems
            if p.code.startswith("date")]
    assert said == [(None, "dates-month-first", "warning", "3/15/2024"),
                    (7, "date-invalid", "error", "25/03/2024")]
    warning, error = (p for p in problems if p.code.startswith("date"))
    assert warning.message == (
        "18 dates lues mois d'abord, à l'américaine, comme la plupart : 17 ne se lisent que "
        "mois d'abord (« 3/15/2024 », ligne 2 : pas de mois 15), 1 que jour d'abord, en "
        "erreur ; 1 date ambiguë (une autre date si lue jour d'abord : ligne 8)")
    assert error.message == (
        "date impossible mois d'abord : la colonne, lue mois d'abord comme la plupart de ses "
        "dates (« 3/15/2024 », ligne 2), en mêle d'écrites jour d'abord ; attendu une date "
        "comme 10/15/2025")
    assert warning.text("en").startswith("18 dates read month first, US style, as most are: "
                                         "17 read month first only (“3/15/2024”, line 2: no "
                                         "month 15), 1 day first only, in error; 1 ambiguous")
    assert error.text("en").startswith("is not a valid month-first date: the column, read "
                                       "month first as most of its dates are (“3/15/2024”")
    dates = _dates(path)
    assert D(2024, 3, 4) in dates and D(2024, 3, 15) in dates and len(dates) == len(DEPS) - 1
    # a tie: day first, the French rule (the month-first-only cell the error, the
    # ambiguous ones read day first said: s31)
    tie = _google_sheets(tmp_path, day=lambda i: "25/03/2024" if i == 5 else
                         "3/15/2024" if i == 6 else "3/4/2024", name="tie.csv")
    assert [(p.row, p.code) for p in bm.validate(tie, type="departement")
            if p.code.startswith("date")] == [(None, "dates-day-first-mixed"),
                                              (8, "date-invalid")]
    assert D(2024, 4, 3) in _dates(tie)


@pytest.mark.parametrize("day", [lambda i: "3/5/2024" if i % 4 else "3/12/2024",
                                 lambda i: "25/03/2024" if i == 5 else "3/15/2024"])
def test_both_readers_agree(tmp_path, day):
    path = _google_sheets(tmp_path, day=day)
    same_reading(normal_reader, fast_reader, path)


def test_read_waves_takes_the_order(tmp_path):
    path = _google_sheets(tmp_path)
    assert set(bm.read_waves(path)["date"].dt.month) == {5, 12}
    waves = bm.read_waves(path, date_order="mdy")
    assert set(waves["date"].dt.month) == {3}
    assert [p.code for p in waves.attrs["problems"] if p.code.startswith("dates-")] == []


def test_the_command_line(tmp_path, cli):
    path = _google_sheets(tmp_path)
    res = cli("validate", path, "-t", "departement", "--lang", "en")
    assert res.exit_code == 0
    assert "--date-order mdy if the dates are written month first, --date-order dmy to " \
        "confirm" in res.stdout
    res = cli("validate", path, "-t", "departement", "--date-order", "mdy", "--format", "json")
    assert res.exit_code == 0
    assert not [p for p in json.loads(res.stdout) if p["code"].startswith("dates-")]
    res = cli("compare", "-t", "departement", "--data", path, "--date-order", "mdy",
              "--format", "json")
    assert res.exit_code == 0, res.output
    res = cli("compare", "-t", "departement", "--data", path)
    assert "barometre validate" in res.output and "--date-order" not in res.output
    res = cli("rank", "-p", "facebook", "-t", "departement", "--data", path,
              "--date-order", "dmy", "--format", "json")
    assert res.exit_code == 0
    assert {r["date"][:10] for r in json.loads(res.stdout)} <= {"2024-05-03", "2024-12-03"}
    res = cli("rank", "-p", "facebook", "-t", "departement", "--data", path,
              "--date-order", "mdy", "--format", "json")
    assert {r["date"][:10] for r in json.loads(res.stdout)} <= {"2024-03-05", "2024-03-12"}
    res = cli("chart", "adoption", "-t", "departement", "--date-order", "mdy",
              "-o", tmp_path / "a.png")
    assert res.exit_code == 2 and "--date-order ne s'applique qu'avec --data" in res.output
    res = cli("validate", path, "--date-order", "ymd")
    assert res.exit_code == 2
