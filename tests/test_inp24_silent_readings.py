"""Two silent readings of spreadsheets (task inp24).

- A wave's date is its most frequent reading date. The reader counted the dates by their
  cell's text: one day written two ways in one file (« 15/10/2024 » and « 2024-10-15 »)
  was two days, its readings split between them, so a wave of 6 + 6 readings on 15/10 and
  8 on 17/10 was said « vague du 17/10/2024 » while ``read_waves`` (trend's rule, on the
  dates read) labels it 2024-10-15. The reader now counts the dates read.
- An .xlsx stores a character XML cannot hold as « _xHHHH_ » (see below); neither cell
  reader decoded them as the standard says: « Bretagne<U+FFFF> » was the unknown entity
  « Bretagne_xFFFF_ ». Both now do, and the same file as CSV and XLSX reads the same.
"""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

import barometre as bm
from barometre.survey import xlsx_fast

from .conftest import rewritten_xlsx
from .test_fast_path import fast_reader, normal_reader, same_reading


@pytest.fixture(params=[True, False], ids=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """Both cell readers of a workbook: calamine (the fast one), then openpyxl alone."""
    if not request.param:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a, **k: None)
    return request.param


# ------------------------------------------------------------- one day written two ways

def _mixed_dates(path):
    """Ten départements read in October 2024 (3 on « 15/10/2024 », 3 on « 2024-10-15 »,
    4 on « 17/10/2024 »: 12 readings on the 15th, 8 on the 17th), again on 10/03/2025;
    Instagram's blanks beside « Oui » only in 2024 (absences), beside a « Non » in 2025."""
    lines = ["Département;Réseau;Présent;Date du relevé"]
    for k in range(1, 11):
        date = "15/10/2024" if k <= 3 else "2024-10-15" if k <= 6 else "17/10/2024"
        lines += [f"{k:02d};Facebook;Oui;{date}",
                  f"{k:02d};Instagram;{'Oui' if k % 2 else ''};{date}"]
    for k in range(1, 11):
        insta = "Oui" if k % 3 else "Non" if k == 3 else ""
        lines += [f"{k:02d};Facebook;Oui;10/03/2025", f"{k:02d};Instagram;{insta};10/03/2025"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_day_written_two_ways_is_one_day_of_its_wave(tmp_path):
    path = _mixed_dates(tmp_path / "deux-ecritures.csv")
    said = {p.code: p for p in bm.validate(path)}
    waves = said["blank-waves"].message
    assert "vague du 15 octobre 2024, 5 comptées comme absence" in waves  # was 17/10/2024
    assert "17 octobre 2024" not in waves
    assert "vague du 10 mars 2025, 2 comptées comme « non renseigné »" in waves
    assert "wave of 15 October 2024" in said["blank-waves"].in_lang("en").message
    # the reader's waves are trend's: two waves, 15/10/2024 and 10/03/2025
    labels = bm.read_waves(path).groupby("wave_label").size().to_dict()
    assert labels == {"2024-10-15": 20, "2025-03-10": 20}


def test_a_day_written_two_ways_the_fast_reader_agrees(tmp_path):
    from barometre.survey import fastcsv

    path = _mixed_dates(tmp_path / "deux-ecritures.csv")
    with pytest.MonkeyPatch.context() as m:  # the fast path is taken: no tautology
        m.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        assert fastcsv._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)


# --------------------------------------------------- a workbook's escapes, « _xHHHH_ »
#
# - An .xlsx stores a character XML cannot hold (U+FFFF, U+FFFE, U+0001…) as « _xHHHH_ »,
#   and a typed « _x0041_ » as « _x005F_x0041_ » (ECMA-376 Part 1, 22.9.2.19). openpyxl
#   decodes none (and drops « x005F_ » from a shared string), calamine those below U+0100
#   only: « Bretagne<U+FFFF> » was read as the unknown entity « Bretagne_xFFFF_ », a header
#   « Facebook<U+FFFF> » as Facebook without a word, a typed « 1_x0041_200 » of an inline
#   string as « 1_x005F_x0041_200 » by openpyxl. Both readers now read what the standard
#   says, so the same file as CSV and as XLSX gives the same records and problems.

ESCAPED_ROWS = [["Région", "Facebook\uffff", "Abonnés Facebook", "Date du relevé"],
                ["Bretagne\uffff", "oui", "1200", "15/10/2025"],
                ["Normandie", "oui\ufffe", "300", "15/10/2025"],
                ["Corse\x01", "non", "", "15/10/2025"],
                ["Occitanie", "oui", "1_x0041_200", "15/10/2025"],
                ["Grand Est_x005F_", "oui", "100", "15/10/2025"],
                ["Hauts-de-France", "oui\U0001fffe", "100", "15/10/2025"]]
ESCAPED_SAID = [
    (None, "Région", "Bretagne<U+FFFF>", "warning", "noncharacter-removed", 1, [2]),
    (None, "Facebook", "oui<U+FFFE>", "warning", "noncharacter-removed", 2, [3, 7]),
    (1, "Facebook", "Facebook<U+FFFF>", "warning", "noncharacter-removed", None, None),
    # a control character: removed and said too (ctl24), from the CSV as from the XLSX
    (None, "Région", "Corse<U+0001>", "warning", "control-character-removed", 1, [4]),
    (5, "Abonnés Facebook", "1_x0041_200", "error", "count-invalid", None, None),
    (6, "Région", "Grand Est_x005F_", "error", "unknown-entity", None, None)]


def _stored(text: str) -> str:
    """``text`` as a workbook stores it (ST_Xstring): a typed « _xHHHH_ » with its
    underscore escaped, then each character XML cannot hold escaped."""
    import re

    text = re.sub(r"_(x[0-9A-Fa-f]{4}_)", r"_x005F_\1", text)
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]",
                  lambda m: f"_x{ord(m.group()):04X}_", text)


def _inline_xlsx(path, rows):
    """Cells as inline strings (openpyxl writes those, and writes the text it is given)."""
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append([_stored(v) if v else None for v in r])
    wb.save(path)
    return path


def _shared_xlsx(path, rows):
    """Cells as shared strings, as Excel and XlsxWriter write them: XlsxWriter escapes the
    controls and a typed « _xHHHH_ » itself, not U+FFFE nor U+FFFF (written through a
    placeholder, put back in the strings' XML)."""
    xlsxwriter = pytest.importorskip("xlsxwriter")
    tmp = path.with_suffix(".tmp.xlsx")
    wb = xlsxwriter.Workbook(str(tmp))
    ws = wb.add_worksheet("Feuil1")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v:
                ws.write_string(i, j, v.replace("\uffff", "@FFFF@").replace("\ufffe", "@FFFE@"))
    wb.close()

    def strings(name, data):
        if name == "xl/sharedStrings.xml":
            assert b"_x0001_" in data and b"_x005F_x0041_" in data  # XlsxWriter's own
            data = data.replace(b"@FFFF@", b"_xFFFF_").replace(b"@FFFE@", b"_xFFFE_")
        return data
    return rewritten_xlsx(tmp, path, strings)


def _csv(path, rows):
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _said(problems):
    return sorted(((p.row, p.column, p.value, p.severity, p.code, p.count,
                    None if p.rows is None else p.rows.tolist()) for p in problems), key=repr)


COLS = ["name", "platform", "present", "followers", "date"]


@pytest.mark.parametrize("write", [_inline_xlsx, _shared_xlsx], ids=["inline", "shared"])
def test_escapes_read_as_the_same_file_in_csv(tmp_path, reader, write):
    csv = _csv(tmp_path / "echappes.csv", ESCAPED_ROWS)
    xlsx = write(tmp_path / "echappes.xlsx", ESCAPED_ROWS)
    assert b"_xFFFF_" in b"".join(zipfile.ZipFile(xlsx).read(n)
                                  for n in zipfile.ZipFile(xlsx).namelist())
    said = _said(bm.validate(xlsx))
    assert said == _said(bm.validate(csv)) == sorted(ESCAPED_SAID, key=repr)
    a, b = bm.read_survey(xlsx, errors="skip"), bm.read_survey(csv, errors="skip")
    assert a[COLS].equals(b[COLS])
    assert "Bretagne" in set(a["name"]) and "Corse" in set(a["name"])
    fb = a[a["platform"] == "facebook"].set_index("name")
    assert fb.loc["Normandie", "present"] == 1 and fb.loc["Bretagne", "followers"] == 1200


def test_each_escape_decoded_as_the_standard_says(tmp_path, reader):
    """The cells as read (the grid), each reader: the escapes of both storages."""
    from barometre.survey.grid import read_grid

    texts = ["a_x0041_b", "_x005F_x0041_", "_x005f_", "x_x41_ _X0041_ _x004_", "_xd83d__xde00_",
             "ax005F_b", "_x20AC_ _x00e9_", "tab_x0009_"]
    stored = [["Texte"], *[[t] for t in texts]]
    expected = ["Texte", "aAb", "_x0041_", "_", "x_x41_ _X0041_ _x004_", "\U0001F600",
                "ax005F_b", "€ é", "tab\t"]
    inline = tmp_path / "inline.xlsx"
    wb = openpyxl.Workbook()
    for r in stored:
        wb.active.append(r)  # openpyxl writes the text it is given: stored as given
    wb.save(inline)
    for path in (inline, _raw_shared_xlsx(tmp_path / "shared.xlsx", stored)):
        assert [r[0] for r in read_grid(path).rows] == expected, path.name


def _raw_shared_xlsx(path, rows):
    """Shared strings stored exactly as given (XlsxWriter's own escaping undone)."""
    xlsxwriter = pytest.importorskip("xlsxwriter")
    tmp = path.with_suffix(".tmp.xlsx")
    wb = xlsxwriter.Workbook(str(tmp))
    ws = wb.add_worksheet("Feuil1")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            ws.write_string(i, j, f"@{i}.{j}@")
    wb.close()

    def strings(name, data):
        if name == "xl/sharedStrings.xml":
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    data = data.replace(f"@{i}.{j}@".encode(), v.encode())
        return data
    return rewritten_xlsx(tmp, path, strings)


def test_escapes_of_cells_without_reference(tmp_path):
    """Cells without a reference (some programs write none: openpyxl reads them, at the next
    column of their row): their escapes placed by parsing the sheet, decoded the same."""
    import re

    from barometre.survey.grid import read_grid

    rows = [[v or "0" for v in r] for r in ESCAPED_ROWS]  # no blank cell: none to skip
    path = _inline_xlsx(tmp_path / "avec-ref.xlsx", rows)
    bare = tmp_path / "sans-ref.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(bare, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data, n = re.subn(rb'(<c) r="[A-Z]+[0-9]+"', rb"\1", data)
                assert n > 20
            zout.writestr(name, data)
    assert read_grid(bare).rows == read_grid(path).rows == rows


def test_a_formula_text_result_is_decoded_not_its_formula(tmp_path, reader):
    """A formula's text result (``t="str"``, its value in ``<v>``) is stored escaped too;
    an escape in the formula itself is no cell text. Rich text runs are joined, their
    phonetic runs (``<rPh>``) left out, as both readers join them."""
    from barometre.survey.grid import read_grid

    path = _inline_xlsx(tmp_path / "formule.xlsx", [["Texte"], ["@F@"], ["@R@"]])
    cells = {b"@F@": b'<c r="A2" t="str"><f>"_x0041_"&amp;"x"</f><v>x_xFFFF_&amp;</v></c>',
             b"@R@": b'<c r="A3" t="inlineStr"><is><r><t>a_x0042_</t></r><r><rPr><b/>'
                     b'</rPr><t xml:space="preserve"> _x00e9_</t></r><rPh sb="0" eb="1">'
                     b"<t>_x0043_</t></rPh></is></c>"}
    data = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    import re

    for key, cell in cells.items():
        data = re.sub(rb'<c r="A[23]" t="inlineStr"><is><t>' + key + rb"</t></is></c>",
                      lambda m: cell, data)
    out = tmp_path / "formule2.xlsx"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, data if name == "xl/worksheets/sheet1.xml" else zin.read(name))
    assert [r[0] for r in read_grid(out).rows] == ["Texte", "x\uffff&", "aB é"]
