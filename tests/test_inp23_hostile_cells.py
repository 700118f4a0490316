"""Hostile cells read silently (task inp23).

- A workbook's date cell of a negative number (no day: Excel shows « ##### ») was read by
  openpyxl as a day of 1899 (« 25/12/1899 », date-out-of-range) and by calamine as a time
  of day (« 00:00:00 »): the user never typed either, and the two cell readers disagreed.
  Both now quote the number, an error of its cell (``date-invalid``) saying it is no day;
  a date cell of 0 (Excel: 00/01/1900) is a time without a day, said so.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

import barometre as bm
from barometre.survey import xlsx_fast

from .conftest import rewritten_xlsx


@pytest.fixture(params=[True, False], ids=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """Both cell readers of a workbook: calamine (the fast one), then openpyxl alone."""
    if not request.param:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a, **k: None)
    return request.param


HEADER = ["Région", "Facebook", "Abonnés Facebook", "Date du relevé"]
NEGATIVE_ROWS = [["Bretagne", "Oui", 1200, -5], ["Normandie", "Oui", 300, 0],
                 ["Corse", "Non", None, dt.datetime(2025, 10, 15)],
                 ["Occitanie", "Oui", 100, -1.5], ["Grand Est", "Oui", 100, 45945]]


def _workbook(path, rows, date_format=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    if date_format:
        for (cell,) in ws.iter_rows(min_row=2, min_col=4, max_col=4):
            cell.number_format = "dd/mm/yyyy"
    wb.save(path)
    return path


def _located(problems):
    return [(p.row, p.column, p.value, p.severity, p.code) for p in problems]


def test_a_negative_date_serial_is_its_number_on_both_readers(tmp_path, reader):
    path = _workbook(tmp_path / "negatif.xlsx", NEGATIVE_ROWS)
    problems = bm.validate(path)
    assert _located(problems) == [
        (2, "Date du relevé", "-5", "error", "date-invalid"),
        (3, "Date du relevé", "00:00:00", "error", "date-invalid"),
        (5, "Date du relevé", "-1.5", "error", "date-invalid")]
    assert all("1899" not in p.message and "1899" not in (p.value or "") for p in problems)
    said = {p.row: p for p in problems}
    assert "« ##### »" in said[2].message and "nombre négatif" in said[2].message
    assert "00/01/1900" in said[3].message and "sans jour" in said[3].message
    assert "“#####”" in said[2].in_lang("en").message
    # the cell is an error: with errors="skip" its reading is left out, never a 1899 date
    df = bm.read_survey(path, errors="skip")
    assert set(df["name"]) == {"Corse", "Grand Est"}
    assert df["date"].min() >= dt.datetime(2025, 1, 1)


def test_a_negative_serial_is_found_past_a_colon_c_of_its_formula(tmp_path, reader):
    """The cell of a negative value is the one whose start tag holds it (ref25: the
    nearest « :c » before the value was taken for its start, here the « mailto:contact »
    of its formula's text, and the value left to the cell readers: 25/12/1899, 00:00:00)."""
    import zipfile

    plain = _workbook(tmp_path / "plain.xlsx", [
        ["Bretagne", "Oui", 1200, '=IF(A2="mailto:contact",-5,-5)'],
        ["Corse", "Non", None, dt.datetime(2025, 10, 15)]])

    def saved(name, data):
        if name == "xl/worksheets/sheet1.xml":  # its value, as Excel saves it
            return data.replace(b"</f><v></v>", b"</f><v>-5</v>")
        if name == "xl/workbook.xml":  # not openpyxl's: values saved
            return data.replace(b' fullCalcOnLoad="1"', b"")
        return data
    path = rewritten_xlsx(plain, tmp_path / "formule.xlsx", saved)
    assert b"-5</v>" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert _located(bm.validate(path)) == [(2, "Date du relevé", "-5", "error", "date-invalid")]


def test_negative_numbers_elsewhere_stay_as_read(tmp_path, reader):
    """A negative count (a number cell, not a date) stays the number its column reads:
    ``count-negative``, as before; the date column's General-format negative number is
    the same error as a date-formatted one."""
    rows = [["Bretagne", "Oui", -12, -5], ["Normandie", "Oui", 300, "15/10/2025"]]
    path = _workbook(tmp_path / "general.xlsx", rows, date_format=False)
    assert _located(bm.validate(path)) == [
        (2, "Abonnés Facebook", "-12", "error", "count-negative"),
        (2, "Date du relevé", "-5", "error", "date-invalid")]


def test_a_negative_number_of_a_csv_date_column_is_an_error(tmp_path):
    """In a CSV a number is text: never an Excel serial, whatever its sign."""
    path = tmp_path / "negatif.csv"
    path.write_text("Région;Facebook;Abonnés Facebook;Date du relevé\n"
                    "Bretagne;oui;1200;-5\nNormandie;oui;300;0\nCorse;non;;15/10/2025\n"
                    "Occitanie;oui;100;-1,5\nGrand Est;oui;100;45945\n", encoding="utf-8")
    assert _located(bm.validate(path)) == [
        (2, "Date du relevé", "-5", "error", "date-invalid"),
        (3, "Date du relevé", "0", "error", "date-invalid"),
        (5, "Date du relevé", "-1,5", "error", "date-invalid"),
        (6, "Date du relevé", "45945", "error", "date-invalid")]


# ------------------------------------------------------------------ Unicode noncharacters
#
# - A cell holding a Unicode noncharacter (U+FFFF, U+FFFE, U+FDD0…, never text) was read as
#   if the character were a space: « Bretagne\uffff » was Bretagne, « oui\ufffe » Oui, a
#   header « Facebook\uffff » Facebook, without a word. The reader now removes them from
#   the header and every cell it reads, and says each column's removals
#   (``noncharacter-removed``, count and rows), the same on every reader.

NONCHAR_ROWS = [["Région", "Facebook\uffff", "Abonnés Facebook", "Date du relevé"],
                ["Bretagne\uffff", "oui", "1200", "15/10/2025"],
                ["Normandie", "oui\ufffe", "300", "15/10/2025"],
                ["Corse", "non", "", "15/10/2025"],
                ["Occitanie\ufdd0", "oui", "1\U0010ffff200", "15/10/2025"],
                ["Grand Est", "oui", "100", "15/10/2025"]]
NONCHAR_SAID = [
    (None, "Région", "Bretagne<U+FFFF>", "warning", "noncharacter-removed", 2, [2, 5]),
    (None, "Facebook", "oui<U+FFFE>", "warning", "noncharacter-removed", 1, [3]),
    (None, "Abonnés Facebook", "1<U+10FFFF>200", "warning", "noncharacter-removed", 1, [5]),
    (1, "Facebook", "Facebook<U+FFFF>", "warning", "noncharacter-removed", None, None)]


def _said(problems):
    return sorted(((p.row, p.column, p.value, p.severity, p.code, p.count,
                    None if p.rows is None else p.rows.tolist()) for p in problems),
                  key=repr)


def _csv(path, rows, encoding="utf-8"):
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding=encoding)
    return path


def test_noncharacters_are_removed_and_said(tmp_path):
    path = _csv(tmp_path / "nonchar.csv", NONCHAR_ROWS)
    problems = bm.validate(path)
    assert _said(problems) == sorted(NONCHAR_SAID, key=repr)
    said = {p.column: p for p in problems if p.row is None}
    assert "« Bretagne<U+FFFF> » lu « Bretagne » (lignes 2, 5)" in said["Région"].message
    assert "“1<U+10FFFF>200” read “1200”" in said["Abonnés Facebook"].in_lang("en").message
    df = bm.read_survey(path)
    fb = df[df["platform"] == "facebook"].set_index("name")
    assert fb.loc["Occitanie", "followers"] == 1200 and fb.loc["Normandie", "present"] == 1
    assert len(fb) == 5


def test_a_cell_of_a_noncharacter_alone_is_blank(tmp_path):
    rows = [["Région", "Facebook", "Abonnés Facebook"], ["Bretagne", "\uffff", "\ufffe"],
            ["Normandie", "Oui", "300"], ["Corse", "Non", ""]]
    path = _csv(tmp_path / "seul.csv", rows)
    codes = [(p.code, p.column, p.count) for p in bm.validate(path, blank="unknown")]
    assert ("noncharacter-removed", "Facebook", 1) in codes
    assert ("noncharacter-removed", "Abonnés Facebook", 1) in codes
    df = bm.read_survey(path, blank="unknown")
    bret = df[(df["name"] == "Bretagne") & (df["platform"] == "facebook")]
    assert bret["present"].isna().all() and bret["followers"].isna().all()


def _parquet(path, rows):
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = rows[0]
    table = pa.table({n: [r[i] for r in rows[1:]] for i, n in enumerate(names)})
    pq.write_table(table, path)
    return path


def test_every_reader_removes_and_says_the_same(tmp_path, monkeypatch):
    """The small files' reader, the large CSV's columns (Arrow), Parquet: the same records
    and problems (the fast CSV path is forced by its threshold, as tests/test_fast_path.py
    does)."""
    from .test_fast_path import fast_reader, normal_reader, same_reading

    from barometre.survey import fastcsv

    path = _csv(tmp_path / "nonchar.csv", NONCHAR_ROWS)
    with monkeypatch.context() as m:  # the fast path is taken: the comparison is no tautology
        m.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        assert fastcsv._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)
    with_utf16 = _csv(tmp_path / "utf16.csv", NONCHAR_ROWS, encoding="utf-16")
    same_reading(normal_reader, fast_reader, with_utf16)
    parquet = _parquet(tmp_path / "nonchar.parquet", NONCHAR_ROWS)
    assert _said(bm.validate(parquet)) == _said(bm.validate(path)) == sorted(NONCHAR_SAID,
                                                                             key=repr)
    a, b = bm.read_survey(parquet), bm.read_survey(path)
    cols = ["name", "platform", "present", "followers", "date"]
    assert a[cols].equals(b[cols])


def test_a_workbook_noncharacter_is_removed_and_said(tmp_path, reader):
    """XML forbids U+FFFE and U+FFFF in a workbook, not U+FDD0 nor U+1FFFE: those reach the
    cells, read the same by both cell readers."""
    rows = [["Région", "Facebook", "Abonnés Facebook"], ["Bretagne\ufdd0", "Oui", 1200],
            ["Normandie", "Oui\U0001fffe", 300], ["Corse", "Non", None]]
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(tmp_path / "nonchar.xlsx")
    problems = bm.validate(tmp_path / "nonchar.xlsx")
    assert _said(problems) == sorted([
        (None, "Région", "Bretagne<U+FDD0>", "warning", "noncharacter-removed", 1, [2]),
        (None, "Facebook", "Oui<U+1FFFE>", "warning", "noncharacter-removed", 1, [3])],
        key=repr)


# ------------------------------------------------------------------ validate's provenance
#
# - ``validate --format csv|json`` said nothing of what it checked: a CSV kept apart lost
#   which file, which sheet, which barometre. Every row now ends with ``file`` (as the
#   user named it), ``sheet`` (a workbook's sheet read), ``sha256`` (of the file's bytes),
#   ``barometre_version`` and ``validated_at``, empty unless ``--timestamp`` (the same file
#   gives the same bytes: no wall-clock time unasked).

def _sha256(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_validate_csv_says_where_its_rows_come_from(tmp_path, cli):
    import csv
    import io

    wb = openpyxl.Workbook()
    wb.active.title = "Vague 2025"
    wb.create_sheet("Notes")
    wb.active.append(HEADER)
    for r in NEGATIVE_ROWS:
        wb.active.append(r)
    path = tmp_path / "enquete.xlsx"
    wb.save(path)
    res = cli("validate", path, "--csv")
    assert res.exit_code == 1, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert list(rows[0])[-5:] == ["file", "sheet", "sha256", "barometre_version",
                                  "validated_at"]
    assert {(r["file"], r["sheet"], r["sha256"], r["barometre_version"], r["validated_at"])
            for r in rows} == {(str(path), "Vague 2025", _sha256(path), bm.__version__, "")}
    assert cli("validate", path, "--csv").stdout == res.stdout  # the same bytes each run
    assert bm.validate(path).sheet == "Vague 2025"


def test_validate_json_provenance_and_the_asked_timestamp(tmp_path, cli, monkeypatch):
    import json

    path = _csv(tmp_path / "nonchar.csv", NONCHAR_ROWS)
    records = json.loads(cli("validate", path, "--json").stdout)
    assert {(r["file"], r["sheet"], r["sha256"], r["validated_at"]) for r in records} == {
        (str(path), None, _sha256(path), None)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    stamped = json.loads(cli("validate", path, "--json", "--timestamp").stdout)
    assert {r["validated_at"] for r in stamped} == {"2023-11-14T22:13:20Z"}
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    now = json.loads(cli("validate", path, "--json", "--timestamp").stdout)[0]["validated_at"]
    when = dt.datetime.strptime(now, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    assert abs(dt.datetime.now(dt.timezone.utc) - when) < dt.timedelta(minutes=5)
    missing = json.loads(cli("validate", tmp_path / "absent.csv", "--json").stdout)
    assert missing[0]["code"] == "file-not-found" and missing[0]["sha256"] is None
    assert missing[0]["file"] == str(tmp_path / "absent.csv")


def test_a_date_holding_a_noncharacter_is_an_error_of_its_cell(tmp_path):
    """Dates are not cleaned (a column of timestamps holds millions of distinct cells): one
    holding a noncharacter is no date the reader reads, a located error, on every reader."""
    from .test_fast_path import fast_reader, normal_reader, same_reading

    rows = [["Région", "Facebook", "Date du relevé"], ["Bretagne", "Oui", "15/10/2025\ufdef"],
            ["Normandie", "Oui", "15/10/2025"]]
    path = _csv(tmp_path / "date.csv", rows)
    assert _located(bm.validate(path)) == [
        (2, "Date du relevé", "15/10/2025\ufdef", "error", "date-invalid")]
    same_reading(normal_reader, fast_reader, path)
