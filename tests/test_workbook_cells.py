"""A workbook's cells as its reader sees them (review12, findings 3 and 7).

- An answer merged across platforms' columns below the header (« Non » over the Instagram
  and X cells) is the answer of each column, said by a ``merged-cells`` warning; it was
  read in the first column only (X: 2/3 « non renseignées » instead of 2/5).
- (dr13, findings 4 and 5) Only into presence columns: « Non » merged over a platform's
  presence, followers and URL cells leaves the followers blank (it was copied there: an
  error, compare refused the file); a title merged across the page is not spread. Every
  range is clipped to the header's columns and the sheet's rows (A4:XFD4 gave 16,381
  warnings, C6:XFD3000 1.7 GB).
- A number in a workbook's date column (45945, a cell in General format) is an Excel
  serial date, read as its day and said (``date-serial``); it was refused. A number of no
  plausible day, and any number in a CSV's date column, stay ``date-invalid`` errors.
- A month or a year without its day (« janv. 2025 ») stays refused, its message now saying
  that a full date is expected.

hmerge.xlsx and serial.xlsx are the reviewer's files (tests/files/workbooks).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import openpyxl
import pytest

import barometre as bm
from barometre.survey import xlsx_fast

from .conftest import FILES

W = FILES / "workbooks"


@pytest.fixture(params=[True, False], ids=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """Both cell readers of a workbook: calamine (the fast one), then openpyxl alone."""
    if not request.param:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a: None)
    return request.param


def _shares(path, **kw) -> dict:
    s = bm.read_survey(path, errors="skip", **kw)
    a = bm.adoption(s)
    return {p: (int(k), int(n)) for p, k, n in zip(a["platform"], a["n_present"], a["n_base"])}


# --------------------------------------------------------------------------- merged cells

def test_an_answer_merged_across_platform_columns_counts_for_each(reader, cli):
    path = W / "hmerge.xlsx"
    shares = _shares(path, type="departement")
    assert shares["x"] == (2, 5)  # was 2/3, the two merged "Non" read blank
    assert shares["instagram"] == (3, 5) and shares["facebook"] == (5, 5)
    [p] = bm.validate(path)
    assert (p.row, p.column, p.severity, p.code, p.count) == (
        None, None, "warning", "merged-cells", 2)
    assert p.rows.tolist() == [3, 5]
    assert p.message == (
        "2 plages de cellules fusionnées sur plusieurs colonnes sous l'en-tête (D3:E3, D5:E5) "
        ": la valeur de chaque plage est lue dans chacune de ses colonnes de présence, comme "
        "la feuille l'affiche (colonnes « Instagram », « X » ; lignes 3, 5)")
    en = json.loads(cli("validate", path, "--format", "json", "--lang", "en").stdout)
    assert en == [{"row": None, "column": None, "value": None, "severity": "warning",
                   "message": "2 ranges of cells merged across columns below the header "
                              "(D3:E3, D5:E5): each range's value is read in every "
                              "presence column it spans, as the sheet shows it (columns "
                              "“Instagram”, “X”; lines 3, 5)",
                   "code": "merged-cells", "by_code": None,  # json18: every key, always
                   "count": 2, "rows": [3, 5],
                   # inp23: then where it comes from
                   "file": str(path), "sheet": "Sheet",
                   "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                   "barometre_version": bm.__version__, "validated_at": None}]
    rows = json.loads(cli("compare", "--data", path, "--type", "departement", "--format",
                          "json").stdout)
    x = next(r for r in rows if r["platform"] == "x")
    assert (x["n_present"], x["n_base"], x["share"], x["n_unknown"]) == (2, 5, 0.4, 0)


def _workbook(path, rows, merges):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def test_vertical_merges_past_twenty_are_counted_and_located(tmp_path):
    """26 answers merged down two rows each: 20 said one by one, the 6 others were copied
    without a word; now one more warning counts them, names them and gives their rows."""
    rows = [["Code", "Département", "Facebook"]]
    codes = [f"{i:02d}" for i in range(1, 54) if i != 20]  # 52 départements (no "20")
    for k, code in enumerate(codes):
        rows.append([code, None, "Oui" if k % 2 == 0 else None])
    merges = [f"C{r}:C{r + 1}" for r in range(2, 2 + 52, 2)]  # 26 ranges
    path = _workbook(tmp_path / "fusions.xlsx", rows, merges)
    problems = [p for p in bm.validate(path, type="departement") if p.code == "merged-cells"]
    assert len(problems) == 21
    last = problems[0]  # the ranges past twenty, of no one row: listed first
    assert (last.count, last.rows.tolist()) == (6, [42, 44, 46, 48, 50, 52])
    assert last.message == (
        "… et 6 autres plages de cellules fusionnées (C42:C43, C44:C45, C46:C47, C48:C49, "
        "C50:C51, …) : la valeur de chacune est recopiée de même sur chaque ligne de sa plage")
    assert "… and 6 other ranges of merged cells (C42:C43" in last.msg.render("en")
    s = bm.read_survey(path, type="departement")
    assert s["present"].sum() == 52  # every row of every range read "Oui"


def test_a_vertical_merge_and_a_merged_title_read_as_before(tmp_path, reader):
    """A title merged across columns above the header stays a title; an answer merged down
    a column is copied down its rows, one warning per range, as before."""
    path = _workbook(tmp_path / "vertical.xlsx", [
        ["Enquête réseaux sociaux 2025"],
        ["Code", "Département", "Facebook", "X", "Date"],
        ["44", "Loire-Atlantique", "Oui", "Non", "15/10/2025"],
        ["35", "Ille-et-Vilaine", None, "Oui", "15/10/2025"],
        ["49", "Maine-et-Loire", None, "Non", "15/10/2025"],
        ["85", "Vendée", "Non", "Non", "15/10/2025"]], ["A1:E1", "C3:C5"])
    assert [(p.row, p.severity, p.code, p.message) for p in bm.validate(path)] == [
        (3, "warning", "merged-cells",
         "cellules fusionnées C3:C5 : la valeur est recopiée sur chaque ligne de la plage")]
    assert _shares(path, type="departement") == {"facebook": (3, 4), "x": (1, 4),
                                                 "any": (3, 4)}


def test_a_range_over_rows_and_columns_fills_every_cell(tmp_path, reader):
    """« Non » merged over two rows and two platforms: the four answers, one warning (the
    rows of the range, its columns by their header), not a merged-cells one per range."""
    path = _workbook(tmp_path / "bloc.xlsx", [
        ["Code", "Département", "Facebook", "X", "Instagram"],
        ["44", "Loire-Atlantique", "Oui", "Oui", "Non"],
        ["35", "Ille-et-Vilaine", "Non", None, "Oui"],
        ["49", "Maine-et-Loire", None, None, "Non"]], ["C3:D4"])
    s = bm.read_survey(path, type="departement")
    got = sorted(zip(s["code"], s["platform"], s["present"]))
    assert [g for g in got if g[1] in ("facebook", "x")] == [
        ("35", "facebook", False), ("35", "x", False), ("44", "facebook", True),
        ("44", "x", True), ("49", "facebook", False), ("49", "x", False)]
    [p] = bm.validate(path)
    assert (p.code, p.count, p.rows.tolist()) == ("merged-cells", 1, [3, 4])
    assert p.message.startswith("1 plage de cellules fusionnée sur plusieurs colonnes sous "
                                "l'en-tête (C3:D4) :")
    assert p.message.endswith("(colonnes « Facebook », « X » ; lignes 3, 4)")


# --------------------------------------------------------------------------- serial dates

def test_excel_serial_numbers_in_a_date_column_are_read_as_dates(reader, cli):
    path = W / "serial.xlsx"
    s = bm.read_survey(path, errors="skip")
    dates = dict(zip(s["code"], s["date"]))
    assert {c: d.date() for c, d in dates.items()} == {
        c: dt.date(2025, 10, 15) for c in ("44", "35", "49", "85")}  # 53, 72: bad counts
    problems = bm.validate(path)
    assert [(p.row, p.column, p.severity, p.code) for p in problems] == [
        (None, "Date du relevé", "warning", "date-serial"),
        (6, "Abonnés Facebook", "error", "count-not-integer"),
        (7, "Abonnés Facebook", "error", "count-not-integer")]
    p = problems[0]
    assert (p.count, p.rows.tolist(), p.value) == (2, [2, 3], "45945")
    assert p.message == ("2 nombres lus comme dates Excel (numéro de série du jour ; une "
                         "fraction est l'heure, ignorée) : « 45945 » → 15 octobre 2025 "
                         "(lignes 2, 3)")
    en = json.loads(cli("validate", path, "--format", "json", "--lang", "en").stdout)[0]
    assert en["message"] == ("2 numbers read as Excel dates (the day's serial number; a "
                             "fraction is the time of day, dropped): “45945” → 15 October 2025 "
                             "(lines 2, 3)")


def test_a_serial_with_a_time_of_day_is_quoted_as_each_language_writes_it(tmp_path):
    """45945.75 (15/10/2025 at 18:00): the French message quoted « 45945.75 », a decimal
    point no French user typed; the problem's value keeps the cell's own text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code département", "Facebook", "Date"])
    ws.append(["01", "Oui", 45945.75])
    wb.save(tmp_path / "heure.xlsx")
    [p] = bm.validate(tmp_path / "heure.xlsx")
    assert (p.code, p.value) == ("date-serial", "45945.75")
    assert "« 45945,75 » → 15 octobre 2025 (ligne 2)" in p.message
    assert "“45945.75” → 15 October 2025 (line 2)" in p.msg.render("en")


def test_a_1904_workbook_counts_its_serials_from_1904(tmp_path, reader):
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.append(["Code", "Département", "Facebook", "Date"])
    ws.append(["44", "Loire-Atlantique", "Oui", 44483])  # 15/10/2025 from 1904-01-01
    wb.save(tmp_path / "mac.xlsx")
    s = bm.read_survey(tmp_path / "mac.xlsx")
    assert s["date"].dt.date.tolist() == [dt.date(2025, 10, 15)]
    [p] = s.attrs["problems"]
    assert p.code == "date-serial" and "calendrier 1904 du classeur" in p.message


def test_a_number_of_no_plausible_day_stays_refused(tmp_path, reader):
    """45 (1900), 2025 (a year: 1905) and 80000 (2119) are no reading date: refused as
    before; 37000 (2001) and 47000 (2028) are read as days, then too old and future."""
    path = _workbook(tmp_path / "nombres.xlsx", [
        ["Code", "Département", "Facebook", "Date du relevé"],
        ["44", "Loire-Atlantique", "Oui", 45], ["35", "Ille-et-Vilaine", "Oui", 2025],
        ["49", "Maine-et-Loire", "Oui", 80000], ["85", "Vendée", "Oui", 37000],
        ["53", "Mayenne", "Oui", 47000], ["72", "Sarthe", "Oui", 45945]], [])
    got = [(p.row, p.severity, p.code, p.value) for p in bm.validate(path)]
    assert got == [(None, "warning", "date-serial", "37000"),
                   (2, "error", "date-invalid", "45"),
                   (3, "error", "date-invalid", "2025"),
                   (4, "error", "date-invalid", "80000"),
                   (5, "error", "date-out-of-range", "37000"),
                   (6, "error", "future-date", "47000")]
    warning = bm.validate(path)[0]
    assert (warning.count, warning.rows.tolist()) == (3, [5, 6, 7])
    assert bm.validate(path)[1].message == "attendu une date comme 15/10/2025"


@pytest.mark.parametrize("fast", [False, True])
def test_a_number_in_a_csv_date_column_stays_refused(tmp_path, monkeypatch, fast):
    """No serial convention in a CSV: 45945 there is no date."""
    from barometre.survey import fastcsv

    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = tmp_path / "serie.csv"
    path.write_text("Code;Département;Facebook;Date du relevé\n"
                    "44;Loire-Atlantique;Oui;45945\n35;Ille-et-Vilaine;Oui;15/10/2025\n",
                    encoding="utf-8")
    assert [(p.row, p.severity, p.code, p.value, p.message) for p in bm.validate(path)] == [
        (2, "error", "date-invalid", "45945", "attendu une date comme 15/10/2025")]


def test_a_month_without_a_day_is_refused_saying_a_full_date_is_expected(tmp_path, cli):
    path = tmp_path / "mois.csv"
    path.write_text("Code;Département;Facebook;Date\n44;Loire-Atlantique;Oui;janv. 2025\n"
                    "35;Ille-et-Vilaine;Oui;01/2025\n49;Maine-et-Loire;Oui;2025\n"
                    "85;Vendée;Oui;15 jui 2025\n", encoding="utf-8")
    said = [(p.row, p.code, p.value, p.message) for p in bm.validate(path)]
    full = ("date sans jour : attendu une date complète comme 15/10/2025, le jour du relevé, "
            "ou une cellule vide et ce jour donné par date= (l'année seule va dans une "
            "colonne « Année »)")  # a library call: date= (the CLI's --date)
    assert said == [(2, "date-invalid", "janv. 2025", full), (3, "date-invalid", "01/2025", full),
                    (4, "date-invalid", "2025", full),
                    (5, "date-invalid", "15 jui 2025", "attendu une date comme 15/10/2025")]
    en = json.loads(cli("validate", path, "--format", "json", "--lang", "en").stdout)[0]
    assert en["message"] == ("a date without a day: expected a full date such as 15/10/2025, "
                             "the day of the reading, or a blank cell and that day given by "
                             "--date (a year alone goes in a “Year” column)")


def _block_rows():
    return [["Code", "Département", "Facebook", "Abonnés Facebook", "URL Facebook", "X",
             "Abonnés X"],
            ["35", "Ille-et-Vilaine", "Oui", 1200, "facebook.com/ille", "Oui", 300],
            ["22", "Côtes-d'Armor", "Non", None, None, "Oui", 500],
            ["29", "Finistère", "Oui", 800, "facebook.com/fin", "Non", None],
            ["56", "Morbihan", "Oui", 700, "facebook.com/morb", "Oui", 100]]


def test_no_merged_over_a_platforms_block_leaves_its_count_blank(tmp_path, reader, cli):
    """« Non » merged over Facebook's presence, followers and URL cells (no account, so no
    count): the presence reads « Non », the followers and URL stay blank as Excel stores
    them; was two errors « « Non » attendu un nombre entier positif d'abonnés » and compare
    refused the file (dr13a/m2.xlsx)."""
    path = _workbook(tmp_path / "bloc.xlsx", _block_rows(), ["C3:E3", "F4:G4"])
    assert bm.validate(path) == []
    assert _shares(path, type="departement") == {"facebook": (3, 4), "x": (3, 4),
                                                 "any": (4, 4)}
    s = bm.read_survey(path, type="departement")
    got = {(c, p): (pr, f) for c, p, pr, f in zip(s["code"], s["platform"], s["present"],
                                                   s["followers"].fillna(-1))}
    assert got[("22", "facebook")] == (False, -1) and got[("29", "x")] == (False, -1)
    r = cli("compare", "--data", path, "--type", "departement", "--format", "json")
    assert r.exit_code == 0, r.output
    fb = next(x for x in json.loads(r.stdout) if x["platform"] == "facebook")
    assert (fb["n_present"], fb["n_base"]) == (3, 4)


def test_a_range_over_presence_and_other_columns_fills_the_presence_ones(
        tmp_path, reader, cli):
    """« Non » merged from Facebook's presence over its followers, URL and X's presence and
    followers: read in the two presence cells; the others blank, and the warning says so."""
    path = _workbook(tmp_path / "bloc2.xlsx", _block_rows(), ["C3:G3"])
    assert _shares(path, type="departement") == {"facebook": (3, 4), "x": (2, 4),
                                                 "any": (3, 4)}
    [p] = bm.validate(path)
    assert (p.code, p.count, p.rows.tolist()) == ("merged-cells", 1, [3])
    assert p.message == (
        "1 plage de cellules fusionnée sur plusieurs colonnes sous l'en-tête (C3:G3) : la "
        "valeur de chaque plage est lue dans chacune de ses colonnes de présence, comme la "
        "feuille l'affiche (colonnes « Facebook », « X » ; ligne 3) ; ses cellules sous "
        "« Abonnés Facebook », « URL Facebook », « Abonnés X » restent vides, comme Excel "
        "les enregistre")
    [en] = json.loads(cli("validate", path, "--format", "json", "--lang", "en").stdout)
    assert en["message"] == (
        "1 range of cells merged across columns below the header (C3:G3): each range's value "
        "is read in every presence column it spans, as the sheet shows it (columns "
        "“Facebook”, “X”; line 3); its cells under “Abonnés Facebook”, “URL Facebook”, "
        "“Abonnés X” stay blank, as Excel stores them")


def test_a_title_merged_across_the_page_below_the_header_is_not_spread(tmp_path, reader):
    """A section title merged over A4:XFD4 below the header (dr13a/big1.xlsx): not spread
    into the answers' columns nor past the header's last column; it gave 16,381 warnings
    « des valeurs sous un en-tête vide (colonne E…XFD) »."""
    from barometre.survey.grid import read_grid

    for rng in ("A4:XFD4", "A4:Z4"):
        path = _workbook(tmp_path / "titre.xlsx", [
            ["Code", "Département", "Facebook", "X"],
            ["35", "Ille-et-Vilaine", "Oui", "Non"],
            ["22", "Côtes-d'Armor", "Non", "Oui"],
            ["Bretagne : fin"],
            ["29", "Finistère", "Oui", "Non"]], [rng])
        got = [(p.row, p.severity, p.code) for p in bm.validate(path)]
        assert got == [(4, "error", "unknown-entity")], rng  # the title as an entity
        assert read_grid(path).rows[3] == ["Bretagne : fin"]


def _far_range(tmp_path, ref: str):
    """hmerge-like survey with « Non » in C6 merged over ``ref`` (written in the XML: openpyxl
    would build every cell of C6:XFD3000), rows 7-3000 filled in columns A and B."""
    import zipfile

    src = _workbook(tmp_path / "base.xlsx", [
        ["Code", "Département", "Facebook", "X"],
        *[[c, None, "Oui", "Non"] for c in ("35", "22", "29", "56")],
        ["44", None, "Non"],
        *[[f"{i:05d}", "Ain"] for i in range(7, 3001)]], ["C6:D6"])
    path = tmp_path / "far.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'ref="C6:D6"', f'ref="{ref}"'.encode())
            zout.writestr(item, data)
    return path


def test_a_range_to_the_sheets_edge_fills_the_table_only(tmp_path, reader):
    """« Non » merged over C6:XFD3000 (or to row 1,048,576; dr13a/big3.xlsx): read in the
    header's presence columns (C, D) of the sheet's filled rows, no cell past column D, one
    warning; it extended 2,995 rows to 16,384 cells (1.7 GB) and gave 16,381 warnings."""
    from barometre.survey.grid import read_grid

    for ref in ("C6:XFD3000", "C6:XFD1048576"):
        path = _far_range(tmp_path, ref)
        grid = read_grid(path)
        assert max(len(r) for r in grid.rows) == 4, ref
        assert grid.row_numbers[-1] == 3000
        assert [r[2:] for r in grid.rows[5:]] == [["Non", "Non"]] * 2995
        warnings = [p for p in bm.validate(path) if p.severity == "warning"]
        assert [(p.code, p.count) for p in warnings] == [("merged-cells", 1)], ref
        assert f"({ref})" in warnings[0].message
        assert "(colonnes « Facebook », « X » ; lignes 6, 7, 8, 9, 10, …)" in warnings[0].message


def test_expand_merged_is_bounded_by_the_header_and_the_rows():
    """The function itself: a range to XFD1048576 extends no row past the header's last
    non-empty cell, and walks only the rows read."""
    from barometre.survey import workbook

    header = ["Code", "Nom", "Facebook", "X", None]
    rows = [header[:4], ["01", "Ain", "Non"], ["02", "Aisne"]]
    notes = workbook.expand_merged(rows, [1, 2, 3], [(2, 3, 1_048_576, 16_384)],
                                   (1, header))
    assert rows[1:] == [["01", "Ain", "Non", "Non"], ["02", "Aisne", "Non", "Non"]]
    assert [(p.code, p.count, p.rows.tolist()) for p in notes] == [("merged-cells", 1, [2, 3])]
