"""Excel error cells, hidden and filtered rows, hidden columns, a hidden survey sheet
(review14c, task xlsxerr14).

- An error cell (« #N/A », « #REF! », « #DIV/0! », « #VALUE! »: a formula Excel could not
  compute) was read as an EMPTY cell by the fast reader (calamine gives it as ""): a
  presence cell counted as absence (Facebook 3/6 instead of 3/4), a follower count or a
  date dropped without a word (a #VALUE! date took the wave's date). Both workbook readers
  now read its text, and the reader says it: ``cell-excel-error``, a cell error, as for
  the CSV of the same sheet (which said « #N/A » attendu Oui/Non).
- Rows hidden by hand, rows hidden by an automatic filter and hidden columns were read
  without a word (Excel showed only the 5 "Oui" rows; compare said 63 %, 5/8): they are
  still counted (the data are there) and said: ``hidden-rows``, ``filtered-rows`` (count
  and rows), ``hidden-columns`` (by header).
- The only survey sheet hidden: the error said "fichier vide" (the visible sheet), the
  hidden sheet was not named; ``hidden-survey-sheet`` names it and says --sheet.

na-libreoffice.xlsx is the reviewer's file (tests/files/workbooks): LibreOffice-saved,
=VLOOKUP failing and =NA() in the Facebook column.
"""

from __future__ import annotations

import json
import zipfile

import openpyxl
import pytest

import barometre as bm
from barometre.survey import workbook, xlsx_fast

from .conftest import FILES

W = FILES / "workbooks"


@pytest.fixture(params=[True, False], ids=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """Both cell readers of a workbook: calamine (the fast one), then openpyxl alone."""
    if not request.param:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a, **k: None)
    return request.param


def _save(path, rows, edit=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Enquête"
    for r in rows:
        ws.append(r)
    if edit is not None:
        edit(wb, ws)
    wb.save(path)
    return path


def _shares(path, **kw) -> dict:
    s = bm.read_survey(path, errors="skip", type="departement", **kw)
    a = bm.adoption(s)
    return {p: (int(k), int(n)) for p, k, n in zip(a["platform"], a["n_present"], a["n_base"])}


def _codes(path, **kw):
    return [(p.row, p.column, p.severity, p.code) for p in bm.validate(path, **kw)]


# --------------------------------------------------------------------------- error cells

NA_ROWS = [["Code", "Nom", "Facebook", "Date du relevé"],
           ["01", "Ain", "x", "15/10/2025"],
           ["02", "Aisne", "#N/A", "15/10/2025"],
           ["03", "Allier", "x", "15/10/2025"],
           ["04", "Alpes-de-Haute-Provence", "#N/A", "15/10/2025"],
           ["05", "Hautes-Alpes", "x", "15/10/2025"],
           ["06", "Alpes-Maritimes", None, "15/10/2025"]]


def test_an_na_presence_cell_is_an_error_not_a_blank(tmp_path, reader, cli):
    path = _save(tmp_path / "na.xlsx", NA_ROWS)
    with zipfile.ZipFile(path) as zf:  # openpyxl writes them as Excel does: error cells
        assert zf.read("xl/worksheets/sheet1.xml").count(b't="e"') == 2
    problems = bm.validate(path)
    assert [(p.row, p.column, p.value, p.severity, p.code) for p in problems] == [
        (None, "Facebook", None, "warning", "blank-absent"),
        (3, "Facebook", "#N/A", "error", "cell-excel-error"),
        (5, "Facebook", "#N/A", "error", "cell-excel-error")]
    assert problems[1].message == (
        "erreur de formule Excel : cellule non lue (corrigez la formule ou saisissez la "
        "valeur dans le classeur)")
    assert problems[0].rows.tolist() == [7]  # was [3, 5, 7]: the #N/A read blank
    assert _shares(path) == {"facebook": (3, 4)}  # was 3/6 (one platform: no "any")
    en = json.loads(cli("validate", path, "--format", "json", "--lang", "en").stdout)
    assert en[1]["message"] == ("Excel formula error: cell not read (fix the formula or "
                                "type the value in the workbook)")
    out = cli("validate", path).stdout
    # the same error on rows 3 and 5: one line listing both (session 35), two problems
    assert ("na.xlsx, lignes 3, 5, colonne « Facebook » : erreur : « #N/A » erreur de formule "
            "Excel : cellule non lue") in out


def test_error_counts_and_dates_are_said_not_dropped(tmp_path, reader):
    """#REF!/#DIV/0! followers were dropped without a word (rank left Ain and Allier
    out), a #VALUE! date took the wave's date."""
    path = _save(tmp_path / "errors.xlsx", [
        ["Code", "Nom", "Facebook", "Abonnés Facebook", "Date du relevé"],
        ["01", "Ain", "Oui", "#REF!", "15/10/2025"],
        ["03", "Allier", "Oui", "#DIV/0!", "15/10/2025"],
        ["04", "Alpes-de-Haute-Provence", "Oui", 800, "15/10/2025"],
        ["06", "Alpes-Maritimes", "Oui", 45000, "#VALUE!"],
        ["07", "Ardèche", "Oui", 3000, "15/10/2025"]])
    assert [(p.row, p.column, p.value, p.code) for p in bm.validate(path)] == [
        (2, "Abonnés Facebook", "#REF!", "cell-excel-error"),
        (3, "Abonnés Facebook", "#DIV/0!", "cell-excel-error"),
        (5, "Date du relevé", "#VALUE!", "cell-excel-error")]


def test_the_libreoffice_file_reads_its_formula_errors(reader):
    """=VLOOKUP(…) failing and =NA(), saved by LibreOffice with their #N/A values."""
    path = W / "na-libreoffice.xlsx"
    assert [(r, c, code) for r, c, _, code in _codes(path)] == [
        (None, "Facebook", "blank-absent"), (3, "Facebook", "cell-excel-error"),
        (5, "Facebook", "cell-excel-error")]


def test_both_readers_give_an_error_cell_as_its_text(tmp_path):
    path = _save(tmp_path / "na.xlsx", NA_ROWS + [["07", "Ardèche", "#N/A"]])
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        fast, slow = xlsx_fast.read_rows(path, ws), workbook.stream_rows(ws)
    finally:
        wb.close()
    assert fast == slow
    assert fast[0][2][2] == fast[0][7][2] == "#N/A" and fast[1][7] == 8


def test_a_csv_of_the_same_sheet_says_the_same(tmp_path):
    path = tmp_path / "na.csv"
    path.write_text("\n".join(";".join("" if v is None else v for v in r) for r in NA_ROWS)
                    + "\n", encoding="utf-8")
    assert [(r, c, code) for r, c, _, code in _codes(path) if r is not None] == [
        (3, "Facebook", "cell-excel-error"), (5, "Facebook", "cell-excel-error")]


def test_an_error_in_an_account_column_is_no_blank(tmp_path, reader):
    """A URL column's « #N/A » beside a blank presence read as "no account given" (a
    blank: absent under the x-or-blank reading); it is a cell error."""
    path = _save(tmp_path / "url.xlsx", [
        ["Code", "Nom", "Facebook", "URL Facebook"],
        ["01", "Ain", "x", "https://facebook.com/ain"],
        ["02", "Aisne", None, "#N/A"],
        ["03", "Allier", None, None],
        ["04", "Alpes-de-Haute-Provence", "x", None]])
    assert [c for c in _codes(path) if c[0] is not None][0] == (
        3, "URL Facebook", "error", "cell-excel-error")
    assert _shares(path)["facebook"] == (2, 3)  # was 2/4: Aisne absent


def test_an_error_as_a_code_or_a_platform_says_so(tmp_path):
    """« #N/A » as the entity's code was « aucune collectivité ne s'appelle « #N/A » », as
    a long file's platform « réseau inconnu »: both the formula's error now."""
    wide = _save(tmp_path / "code.xlsx", [["Code", "Nom", "Facebook"], ["#N/A", "Ain", "Oui"],
                                           ["02", "Aisne", "Non"]])
    assert _codes(wide) == [(2, "Code", "error", "cell-excel-error")]
    long = _save(tmp_path / "long.xlsx", [
        ["Code", "Nom", "Réseau", "Présence"], ["01", "Ain", "Facebook", "Oui"],
        ["02", "Aisne", "#REF!", "Oui"], ["03", "Allier", "Facebook", "Non"]])
    assert _codes(long) == [(3, "Réseau", "error", "cell-excel-error")]


def test_excel_error_values():
    from barometre.survey.values import excel_error

    assert all(excel_error(v) for v in ("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?",
                                        "#NUM!", "#NULL!", "#VALEUR!", "#NOM?", "Err:502"))
    assert not any(excel_error(v) for v in ("N/A", "NA", "#1", "Oui", None, 12, "# N/A"))


# --------------------------------------------------------------------------- hidden rows

SURVEY = [["Code", "Nom", "Facebook", "Abonnés Facebook", "Date du relevé"],
          ["01", "Ain", "Oui", 12345, "15/10/2025"],
          ["02", "Aisne", "Non", None, "15/10/2025"],
          ["03", "Allier", "Oui", 2500, "15/10/2025"],
          ["04", "Alpes-de-Haute-Provence", "Oui", 800, "15/10/2025"],
          ["05", "Hautes-Alpes", "Non", None, "15/10/2025"],
          ["06", "Alpes-Maritimes", "Oui", 45000, "15/10/2025"],
          ["07", "Ardèche", "Oui", 3000, "15/10/2025"],
          ["08", "Ardennes", "Non", None, "15/10/2025"]]


def test_rows_hidden_by_an_autofilter_are_counted_and_said(tmp_path, reader, cli):
    def autofilter(wb, ws):
        ws.auto_filter.ref = "A1:E9"
        ws.auto_filter.add_filter_column(2, ["Oui"])
        for i in range(2, 10):
            if ws.cell(i, 3).value != "Oui":
                ws.row_dimensions[i].hidden = True
    path = _save(tmp_path / "filtre.xlsx", SURVEY, autofilter)
    [p] = bm.validate(path)
    assert (p.severity, p.code, p.count, p.rows.tolist()) == (
        "warning", "filtered-rows", 3, [3, 6, 9])
    assert p.message == (
        "3 lignes masquées par le filtre automatique de la feuille (lignes 3, 6, 9) : lues "
        "et comptées comme les autres ; les chiffres portent sur toutes les lignes, pas "
        "seulement celles que le filtre affiche")
    assert p.msg.render("en") == (
        "3 rows hidden by the sheet's autofilter (lines 3, 6, 9): read and counted like "
        "the others; the figures cover every row, not only those the filter shows")
    assert _shares(path)["facebook"] == (5, 8)  # every row, as before


def test_rows_hidden_by_hand_under_a_filter_without_criteria_are_not_filtered(tmp_path,
                                                                              reader):
    """A bare autofilter (drop-down buttons, no criteria) hides nothing: rows 3 and 7 hidden
    by hand under it were said « masquées par le filtre automatique »."""
    def bare(wb, ws):
        ws.auto_filter.ref = "A1:E9"
        ws.row_dimensions[3].hidden = True
        ws.row_dimensions[7].hidden = True
    path = _save(tmp_path / "boutons.xlsx", SURVEY, bare)
    [p] = bm.validate(path)
    assert (p.code, p.count, p.rows.tolist()) == ("hidden-rows", 2, [3, 7])


def test_hidden_rows_and_columns_are_said(tmp_path, reader):
    def hide(wb, ws):
        ws.row_dimensions[3].hidden = True
        ws.row_dimensions[7].hidden = True
        ws.row_dimensions[20].hidden = True  # an empty row: nothing read, nothing said
        ws.column_dimensions["D"].hidden = True
        ws.column_dimensions["H"].hidden = True  # outside the table
    path = _save(tmp_path / "masque.xlsx", SURVEY, hide)
    rows, cols = bm.validate(path)
    assert (rows.code, rows.count, rows.rows.tolist(), rows.message) == (
        "hidden-rows", 2, [3, 7],
        "2 lignes masquées dans la feuille (lignes 3, 7) : lues et comptées comme les autres")
    assert (cols.code, cols.count, cols.message) == (
        "hidden-columns", 1,
        "1 colonne masquée dans la feuille, lue comme les autres : « Abonnés Facebook »")
    assert cols.msg.render("en") == (
        "1 hidden column in the sheet, read like the others: “Abonnés Facebook”")
    assert _shares(path)["facebook"] == (5, 8)


def test_a_sheet_without_hidden_rows_says_nothing(tmp_path, reader):
    path = _save(tmp_path / "plain.xlsx", SURVEY)
    assert bm.validate(path) == []


def test_the_scan_finds_marks_past_a_chunk(tmp_path):
    """The XML is scanned by chunks cut before a row: a mark near a cut is found."""
    rows = SURVEY[:1] + [[f"{i % 95 + 1:02d}", None, "Oui", "#N/A" if i == 500 else i,
                          "15/10/2025"] for i in range(2000)]

    def hide(wb, ws):
        for r in (2, 999, 1500, 2001):
            ws.row_dimensions[r].hidden = True
    path = _save(tmp_path / "long.xlsx", rows, hide)
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    whole = workbook.scan_sheet(path, ws)
    for chunk in (1000, 4096, 7777):
        scan = workbook.scan_sheet(path, ws, chunk=chunk)
        assert (scan.errors, scan.hidden_rows) == (whole.errors, whole.hidden_rows)
    wb.close()
    assert whole.errors == {(502, 4): "#N/A"}
    assert whole.hidden_rows == [2, 999, 1500, 2001]


# --------------------------------------------------------------------------- hidden sheet

@pytest.mark.parametrize("visible", [None, ["Voir l'onglet Enquête"]], ids=["empty", "notes"])
def test_the_only_survey_sheet_hidden_is_named(tmp_path, visible, cli):
    def hide(wb, ws):
        ws.sheet_state = "hidden"
        notes = wb.create_sheet("Notes")
        if visible:
            notes.append(visible)
        wb.active = 1
    path = _save(tmp_path / "cachee.xlsx", SURVEY, hide)
    with pytest.raises(bm.BarometreError) as exc:
        bm.read_survey(path)
    assert exc.value.code == "hidden-survey-sheet"
    assert exc.value.message.endswith(
        "aucune feuille visible ne ressemble à une enquête, mais la feuille masquée "
        "« Enquête » en est une : sheet=\"Enquête\" pour la lire")  # a call's parameter
    r = cli("validate", path, "--lang", "en")
    assert ("no visible sheet looks like a survey, but the hidden sheet “Enquête” is one: "
            "--sheet \"Enquête\" to read it") in r.output
    assert len(bm.read_survey(path, sheet="Enquête")) == 8
