"""Every xlsx cell read as the user sees it in Excel, or an error that says what to do
(review rvxlsx20, task xlsxin20).

- Formulas saved without a value (openpyxl, a script) were read as blanks with one warning
  for the file: a whole platform disappeared (« aucune réponse … laissé de côté »), exit 0.
  They are now errors of their cells, ``formula-without-value``, row and column said.
- A workbook asking for every formula to be recomputed on opening (XlsxWriter:
  ``<calcPr fullCalcOnLoad="1">``, each formula stored as 0) had its 0s read: Facebook 0 %
  instead of 80 %, no word. Its formulas are now read as formulas without a value.
- The template's number format "# ##0" showed 1 234 567 as « 1234 567 » (a literal space);
  "#,##0" groups with the reader's separator.
- A two-row header whose « Code », « Nom » are in the top row only (nothing under them, not
  merged down) read its second row as data; it is now read as the merged-down case.
- A Strict Open XML workbook was « endommagé (IndexError) », with openpyxl's warnings on
  stderr; it is now ``xlsx-strict`` (save it as « Classeur Excel (.xlsx) »), and openpyxl's
  warnings are never printed.

Both cell readers (calamine and openpyxl alone) give the same problems.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import warnings
import zipfile

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


HEADER = ["Code", "Nom", "Facebook", "Abonnés Facebook", "Instagram", "Date du relevé"]
ROWS = [["01", "Ain", "Oui", 1200, "Oui", "15/03/2024"],
        ["02", "Aisne", "Oui", 1300, "Non", "15/03/2024"],
        ["03", "Allier", "Non", None, "Oui", "15/03/2024"],
        ["04", "Alpes-de-Haute-Provence", "Oui", 900, "Non", "15/03/2024"]]


def _save(path, rows, edit=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Enquête"
    for r in rows:
        ws.append(r)
    if edit is not None:
        edit(ws)
    wb.save(path)
    return path


def _problems(path, **kw):
    return [(p.row, p.column, p.value, p.severity, p.code) for p in bm.validate(path, **kw)]


# --------------------------------------------------------------------------- formulas

def _with_formulas(path):
    """Facebook's presence by formulas that show « Oui » (="Oui": its text folds to « oui »),
    followers by formulas, saved by openpyxl: no value stored."""
    rows = [HEADER] + [list(r) for r in ROWS]
    rows[1][2], rows[2][2] = '="Oui"', '=IF(D3<>"","Oui","Non")'
    rows[1][3], rows[2][3] = "=1199+1", "=1299+1"
    return _save(path, rows)


def test_formulas_without_a_value_are_errors_of_their_cells(tmp_path, reader, cli):
    path = _with_formulas(tmp_path / "formules.xlsx")
    assert _problems(path) == [
        (2, "Facebook", None, "error", "formula-without-value"),
        (2, "Abonnés Facebook", None, "error", "formula-without-value"),
        (3, "Facebook", None, "error", "formula-without-value"),
        (3, "Abonnés Facebook", None, "error", "formula-without-value")]
    out = cli("validate", path)
    assert out.exit_code == 1
    # the same error on rows 2 and 3 of a column: one line listing both (session 35)
    assert ("formules.xlsx, lignes 2, 3, colonne « Facebook » : erreur : formule dont le classeur "
            "n'enregistre pas la valeur affichée (classeur écrit par un programme) : cellule "
            "non lue ; ouvrez et enregistrez le classeur dans Excel ou LibreOffice, qui "
            "enregistrent les valeurs, ou collez les cellules en valeurs") in out.stdout
    en = json.loads(cli("validate", path, "--format", "json", "--lang", "en").stdout)
    assert en[0]["message"].startswith("formula whose displayed value the workbook does not "
                                       "hold")
    with pytest.raises(bm.InputFileError):
        bm.read_survey(path)
    assert cli("compare", "--data", path, "-t", "departement").exit_code != 0
    # skipped, the readings left out: never a « Non » nor a blank in their place
    df = bm.read_survey(path, errors="skip")
    fb = df[df["platform"] == "facebook"]
    assert sorted(fb["source_row"]) == [4, 5] and fb["present"].tolist() == [False, True]


def test_a_platform_of_formulas_is_not_said_unsurveyed(tmp_path, reader):
    """v07: every Facebook presence a formula: « Facebook : aucune réponse … réseau non
    relevé, laissé de côté » and nothing else; now each cell is said, and only that."""
    rows = [HEADER] + [list(r) for r in ROWS]
    for k, r in enumerate(rows[1:], start=2):
        r[2], r[3] = f'=IF(D{k}<>"","Oui","Non")', None
    path = _save(tmp_path / "v07.xlsx", rows)
    codes = {p.code for p in bm.validate(path)}
    assert codes == {"formula-without-value"}


def test_formulas_in_every_column_read(tmp_path, reader):
    """The entity's code and name, an account, a date, a long file's platform and year."""
    head = ["Code", "Nom", "Facebook", "Compte Facebook", "Date du relevé"]
    base = [["01", "Ain", "Oui", "https://facebook.com/ain", "15/03/2024"],
            ["02", "Aisne", "Oui", "https://facebook.com/aisne", "15/03/2024"]]
    for j, formula in enumerate(['="0"&"3"', '="Allier"', None,
                                 '=HYPERLINK("https://facebook.com/allier")', "=DATE(2024,3,15)"]):
        if formula is None:
            continue
        row = ["03", "Allier", "Oui", "https://facebook.com/allier", "15/03/2024"]
        row[j] = formula
        path = _save(tmp_path / f"col{j}.xlsx", [head, *base, row])
        assert _problems(path, type="departement")[-1] == (
            4, head[j], None, "error", "formula-without-value"), head[j]
    path = _save(tmp_path / "long.xlsx", [["Code", "Plateforme", "Présent", "Année"],
                                          ["01", "Facebook", "Oui", 2024],
                                          ["02", '="Face"&"book"', "Oui", 2024],
                                          ["03", "Facebook", "Oui", "=2023+1"]])
    assert [p for p in _problems(path, type="departement") if p[3] == "error"] == [
        (3, "Plateforme", None, "error", "formula-without-value"),
        (4, "Année", None, "error", "formula-without-value")]


def test_a_row_of_formulas_only_and_a_header_formula(tmp_path, reader):
    """A row whose every cell is a formula without value (read blank, dropped) is said; a
    header cell too, by its column letter; a totals row's formulas and a title's are not."""
    rows = [["=TODAY()"], ["Code", "Nom", "Facebook", '="Abonnés "&"Facebook"'],
            ["01", "Ain", "Oui", 10], ["02", "Aisne", "Non", None],
            ["=Feuil2!A1", "=Feuil2!B1", "=Feuil2!C1", None],
            ["TOTAL", None, '=COUNTIF(C3:C5,"Oui")', "=SUM(D3:D5)"]]
    path = _save(tmp_path / "rows.xlsx", rows)
    assert [p for p in _problems(path) if p[4] != "unnamed-column"] == [
        (2, "D", None, "error", "formula-without-value"),
        (5, "Code", None, "error", "formula-without-value"),
        (5, "Facebook", None, "error", "formula-without-value"),
        (6, "Code", "TOTAL", "warning", "totals-row")]


def _stored_zero(path, calc_on_load: bool):
    """The formulas of ``path`` with a stored value of 0, as XlsxWriter writes them, the
    workbook asking (or not) for a full recalculation on opening."""
    out = path.with_name(("recalc-" if calc_on_load else "kept-") + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"(<f>[^<]*</f>)(<v\s*/>|<v></v>)?", rb"\1<v>0</v>", data)
            if item.filename == "xl/workbook.xml":
                assert b'fullCalcOnLoad="1"' in data  # openpyxl's own
                if not calc_on_load:
                    data = data.replace(b' fullCalcOnLoad="1"', b"")
            dst.writestr(item, data)
    return out


def test_full_calculation_on_load_stored_values_not_read(tmp_path, reader):
    """XlsxWriter stores 0 for every formula and asks Excel to recompute them: the 0s were
    read (the presence « 0 »: Non; 0 followers), no word."""
    path = _with_formulas(tmp_path / "f.xlsx")
    recalc = _stored_zero(path, calc_on_load=True)
    assert [p[:2] + p[3:] for p in _problems(recalc)] == [
        (2, "Facebook", "error", "formula-without-value"),
        (2, "Abonnés Facebook", "error", "formula-without-value"),
        (3, "Facebook", "error", "formula-without-value"),
        (3, "Abonnés Facebook", "error", "formula-without-value")]
    # control: the same values stored by a spreadsheet that computed them are read
    kept = _stored_zero(path, calc_on_load=False)
    assert not [p for p in bm.validate(kept) if p.code == "formula-without-value"]
    df = bm.read_survey(kept, errors="skip")
    assert df.loc[df["platform"] == "facebook", "present"].tolist()[:2] == [False, False]


def test_an_xlsxwriter_workbook(tmp_path, reader, cli):
    xlsxwriter = pytest.importorskip("xlsxwriter")
    path = tmp_path / "xlsxwriter.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Enquête 2024")
    ws.write_row(0, 0, ["Code", "Département", "Facebook", "Abonnés Facebook", "Date"])
    for i, (code, name) in enumerate([("01", "Ain"), ("02", "Aisne"), ("03", "Allier")]):
        ws.write_string(i + 1, 0, code)
        ws.write(i + 1, 1, name)
        ws.write_formula(i + 1, 3, f"={1000 + i}+1")
        ws.write_formula(i + 1, 2, f'=IF(D{i + 2}<>"","Oui","Non")')
        ws.write(i + 1, 4, "15/03/2024")
    wb.close()
    problems = _problems(path)
    assert len(problems) == 6 and {p[4] for p in problems} == {"formula-without-value"}
    assert cli("compare", "--data", path, "-t", "departement").exit_code != 0


def test_the_filled_template_has_no_formula_to_say(tmp_path, reader):
    path = bm.write_template(tmp_path / "t.xlsx", "departement", ["facebook", "instagram"])
    wb = openpyxl.load_workbook(path)
    ws = wb["Enquête"]
    for r in range(2, 103):
        ws.cell(r, 5).value = "Oui"
        ws.cell(r, 7).value = 1000 + r
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        assert b'fullCalcOnLoad="1"' in zf.read("xl/workbook.xml")  # openpyxl's calcPr
    assert not [p for p in bm.validate(path) if p.severity == "error"
                or p.code == "formula-without-value"]


# --------------------------------------------------------------------------- template format

def test_template_groups_thousands_by_the_locale(tmp_path):
    """"# ##0": the space a literal, Excel showed 1 234 567 as « 1234 567 »."""
    path = bm.write_template(tmp_path / "t.xlsx", "departement", ["facebook"])
    ws = openpyxl.load_workbook(path)["Enquête"]
    head = [c.value for c in ws[1]]
    pop, followers = head.index("Population") + 1, head.index("Facebook - abonnés") + 1
    assert ws.cell(2, pop).number_format == ws.cell(60, followers).number_format == "#,##0"
    with zipfile.ZipFile(path) as zf:
        codes = re.findall(rb'formatCode="([^"]*)"', zf.read("xl/styles.xml"))
    assert not [c for c in codes if re.search(rb"[#0] [#0]", c)]


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_template_saved_as_csv_by_libreoffice_reads(tmp_path):
    """v09: the filled template saved as CSV (LibreOffice writes cells as shown) gave
    « 1234 567 chiffres mal groupés » and an unreadable Population column."""
    path = bm.write_template(tmp_path / "t.xlsx", "departement", ["facebook"])
    wb = openpyxl.load_workbook(path)
    ws = wb["Enquête"]
    for r in range(2, 103):
        ws.cell(r, 5).value = "Oui"
        ws.cell(r, 7).value = 1234567 if r == 60 else 1000 + r
        ws.cell(r, 8).value = "15/03/2024"
    wb.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", str(tmp_path),
                    str(path)], capture_output=True, timeout=120, check=False)
    csv = tmp_path / "t.csv"
    if not csv.exists():
        pytest.skip("LibreOffice did not convert")
    line = csv.read_text(encoding="utf-8").splitlines()[59]
    assert "1234" not in line and "1234567" not in line  # grouped by the locale: 1 234 567
    assert not [p for p in bm.validate(csv, type="departement") if p.severity == "error"]
    df = bm.read_survey(csv, type="departement")
    assert df.loc[df["source_row"] == 60, "followers"].tolist() == [1234567]


# --------------------------------------------------------------------------- two-row header

TRUTH = [("01", "Ain", "Oui", 1200, "Non", None), ("02", "Aisne", "Oui", 1300, "Oui", 12),
         ("03", "Allier", "Non", None, "Oui", 40)]


def _two_rows(path, merged_down: bool):
    def edit(ws):
        ws.merge_cells("C1:D1")
        ws.merge_cells("E1:F1")
        if merged_down:
            ws.merge_cells("A1:A2")
            ws.merge_cells("B1:B2")
    rows = [["Code", "Nom", "Facebook", None, "Instagram", None],
            [None, None, "Présence", "Abonnés", "Présence", "Abonnés"],
            *[list(r) for r in TRUTH]]
    return _save(path, rows, edit)


def test_code_and_name_in_the_top_row_only(tmp_path, reader):
    """v18: « Présence » read as an answer, the followers « sous un en-tête vide »."""
    top = _two_rows(tmp_path / "top.xlsx", merged_down=False)
    down = _two_rows(tmp_path / "down.xlsx", merged_down=True)
    said = [p.message for p in bm.validate(top, date="15/03/2024")]
    assert said == [p.message for p in bm.validate(down, date="15/03/2024")]
    assert [p.code for p in bm.validate(top, date="15/03/2024")] == ["header-two-rows",
                                                                     "wave-date"]
    cols = ["code", "platform", "present", "followers"]
    a = bm.read_survey(top, date="15/03/2024")[cols]
    assert a.equals(bm.read_survey(down, date="15/03/2024")[cols])
    assert a["followers"].notna().sum() == 4


def test_a_data_row_without_code_is_no_header_row(tmp_path, reader):
    """The first data row with empty Code and Nom stays data: its errors are said."""
    path = _save(tmp_path / "d.xlsx", [
        ["Code", "Nom", "Facebook", None, "Instagram", None, "Date"],
        [None, None, "Oui", 1200, "Non", None, "15/03/2024"],
        ["01", "Ain", "Oui", 1300, "Oui", 12, "15/03/2024"]],
        lambda ws: (ws.merge_cells("C1:D1"), ws.merge_cells("E1:F1")))
    assert [p for p in _problems(path) if p[3] == "error"] == [
        (2, "Code", "", "error", "entity-missing")]
    # under a real second header row, the same row is said at its own number
    path = _save(tmp_path / "d2.xlsx", [
        ["Code", "Nom", "Facebook", None, "Instagram", None, "Date"],
        [None, None, "Présence", "Abonnés", "Présence", "Abonnés"],
        [None, None, "Oui", 1200, "Non", None, "15/03/2024"],
        ["01", "Ain", "Oui", 1300, "Oui", 12, "15/03/2024"]],
        lambda ws: (ws.merge_cells("C1:D1"), ws.merge_cells("E1:F1")))
    assert [p for p in _problems(path) if p[3] == "error"] == [
        (3, "Code", "", "error", "entity-missing")]


def test_the_same_header_in_a_csv(tmp_path):
    path = tmp_path / "deux.csv"
    path.write_text("Code;Nom;Facebook;;Instagram;\n;;Présence;Abonnés;Présence;Abonnés\n"
                    "01;Ain;Oui;1200;Non;\n02;Aisne;Oui;1300;Oui;12\n", encoding="utf-8")
    assert [p.code for p in bm.validate(path, date="15/03/2024")] == ["header-two-rows",
                                                                      "wave-date"]


# --------------------------------------------------------------------------- strict, warnings

STRICT = [(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
          (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
           b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
          (b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
           b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties")]


def test_a_strict_open_xml_workbook(tmp_path, cli):
    plain = _save(tmp_path / "plain.xlsx", [HEADER] + [list(r) for r in ROWS])

    def strict(name, data):
        if name.endswith((".xml", ".rels")):
            for a, b in STRICT:
                data = data.replace(a, b)
        return data
    path = rewritten_xlsx(plain, tmp_path / "strict.xlsx", strict)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        problems = bm.validate(path)
    assert [(p.code, p.message) for p in problems] == [(
        "xlsx-strict", "classeur enregistré au format « Feuille de calcul Open "
        "XML Strict », que barometre ne lit pas : dans Excel, Fichier > Enregistrer sous, "
        "choisissez le type « Classeur Excel (.xlsx) »")]
    assert not caught  # openpyxl's « File contains an invalid specification… »
    out = cli("validate", path)
    assert out.exit_code == 2 and "Warning" not in out.output
    assert "xlsx-strict" in cli("validate", path, "--format", "json").stdout


def test_openpyxl_warnings_are_not_printed(tmp_path, reader):
    """An x14 data validation (a list on another sheet, as Excel writes it): openpyxl warned
    « Data Validation extension is not supported and will be removed » on stderr."""
    plain = _save(tmp_path / "plain.xlsx", [HEADER] + [list(r) for r in ROWS])
    ext = (b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://'
           b'schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations '
           b'count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
           b'<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Listes!$A$1:'
           b'$A$2</xm:f></x14:formula1><xm:sqref>C2:C5</xm:sqref></x14:dataValidation>'
           b"</x14:dataValidations></ext></extLst>")
    path = rewritten_xlsx(plain, tmp_path / "x14.xlsx", lambda name, data: data.replace(
        b"</worksheet>", ext + b"</worksheet>") if name == "xl/worksheets/sheet1.xml" else data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = bm.read_survey(path)
        bm.read_survey(plain)
    assert not caught and len(df) == 8


def test_a_date_beyond_excel_is_the_same_on_both_readers(tmp_path, reader):
    """openpyxl read a date cell of 99 999 999 as « #VALUE! » (a formula's error, said so)
    with a warning on stderr; calamine as the number: both now say the number."""
    def edit(ws):
        for r in (2, 3):
            ws.cell(r, 6).number_format = "DD/MM/YYYY"
    rows = [HEADER] + [list(r) for r in ROWS[:2]]
    rows[1][5], rows[2][5] = 45366, 99999999
    path = _save(tmp_path / "d.xlsx", rows, edit)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        problems = _problems(path)
    assert not caught
    assert problems == [(3, "Date du relevé", "99999999", "error", "date-invalid")]


# ------------------------------------------- rvver20a: stored empty results, unread columns

def _empty_text_result(path):
    """Allier's count by a formula whose stored result is "" as Excel and LibreOffice save it
    (=SI(C4="Oui";3000;""): ``<c t="str"><f>…</f><v></v></c>``), the workbook not asking
    for a recalculation on opening (theirs do not)."""
    rows = [HEADER] + [list(r) for r in ROWS]
    rows[3][3] = '=IF(C4="Oui",3000,"")'
    src = _save(path.with_name("src-" + path.name), rows)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data, n = re.subn(rb'<c r="D4"([^>]*)><f>', rb'<c r="D4"\1 t="str"><f>', data)
                assert n == 1
            if item.filename == "xl/workbook.xml":
                data = data.replace(b' fullCalcOnLoad="1"', b"")
            zout.writestr(item, data)
    return path


def test_a_stored_empty_text_result_is_a_blank_cell(tmp_path, reader):
    """rvver20a #1: an empty ``<v>`` of a text result is a value the workbook holds (""),
    shown empty in Excel: a blank count, never a ``formula-without-value`` error (the file
    was saved by the very programs that message tells the user to save it with)."""
    path = _empty_text_result(tmp_path / "vide.xlsx")
    assert not [p for p in _problems(path) if p[3] == "error"]
    s = bm.read_survey(path)
    allier = s[(s["code"] == "03") & (s["platform"] == "facebook")]
    assert allier["present"].tolist() == [False] and allier["followers"].isna().all()


def test_formulas_filled_down_an_unread_column_make_no_rows(tmp_path, reader):
    """rvver20a #2: a « Remarque » column of formulas filled down to row 40 past 4 rows of
    data (openpyxl: no value stored) made 35 rows, each an « entité manquante » error;
    a column the reader does not read has no value to know."""
    def edit(ws):
        ws.cell(1, 7, "Remarque")
        for i in range(2, 41):
            ws.cell(i, 7, f'=IF(AND(C{i}="Non",D{i}<>""),"à vérifier","")')

    path = _save(tmp_path / "remarque.xlsx", [HEADER] + [list(r) for r in ROWS], edit)
    assert not [p for p in _problems(path) if p[3] == "error"]
    assert len(bm.read_survey(path)) == 8  # 4 départements × 2 platforms
