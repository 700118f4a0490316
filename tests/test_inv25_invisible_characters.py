"""Invisible format characters in cells, said and shown, on every reader (task inv25).

- A soft hyphen (U+00AD), a zero-width space, non-joiner or joiner (U+200B–U+200D), a word
  joiner (U+2060), a bidirectional mark, embedding or isolate (U+200E, U+200F, U+061C,
  U+202A–U+202E, U+2066–U+2069) or a BOM inside a cell (U+FEFF) is drawn as nothing:
  « O\\u00adui » was read Oui and a header « Face\\u2060book » Facebook without a word,
  a code « 44\\u200b » was an error quoting « 44 », a name « Nan\\u200etes » one quoting
  « Nantes », a count « 12\\u200b345 » one quoting « 12345 » beside « attendu un nombre
  entier »: values that look valid. The reader now removes them from the header and the
  cells of the columns it interprets, and says each column's removals
  (``invisible-character-removed``, the cell shown « 12<U+200B>345 »), the same on every
  reader; a column it leaves aside (comments, remarks) keeps them (an emoji's U+200D).
"""

from __future__ import annotations

import pytest

import barometre as bm

from barometre.survey import xlsx_fast

from .test_ctl24_control_characters import _parquet, _said
from .test_fast_path import fast_reader, normal_reader, same_reading
from .test_inp24_silent_readings import _inline_xlsx

CODE = "invisible-character-removed"


@pytest.fixture(params=[True, False], ids=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """Both cell readers of a workbook: calamine (the fast one), then openpyxl alone."""
    if not request.param:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a, **k: None)
    return request.param

# the brief's cells
BRIEF = ("Code;Nom;Facebook;Abonnés Facebook\n44\u200b;Loire-Atlantique;O\u00adui;12\u200b345\n"
         "35;Ille-et-Vilaine;\ufeffNon;\n29;Finist\u00e8re;Oui;1\u2060200\n")


def _csv(path, text):
    path.write_bytes(text.encode("utf-8"))
    return path


def test_the_briefs_cells_are_read_without_them_and_said(tmp_path, cli):
    path = _csv(tmp_path / "inv.csv", BRIEF)
    assert _said(bm.validate(path)) == sorted([
        (None, "Code", "44<U+200B>", "warning", CODE, 1, [2]),
        (None, "Facebook", "O<U+00AD>ui", "warning", CODE, 2, [2, 3]),
        (None, "Abonnés Facebook", "12<U+200B>345", "warning", CODE, 2, [2, 4])], key=repr)
    df = bm.read_survey(path).set_index("code")
    assert df["present"].to_dict() == {"44": 1, "35": 0, "29": 1}
    assert df["followers"].dropna().to_dict() == {"44": 12345, "29": 1200}
    res = cli("validate", path)
    assert res.exit_code == 0, res.output
    assert "« 12<U+200B>345 » lu « 12345 » (lignes 2, 4)" in res.output
    assert "« 12345 »" not in res.output.replace("lu « 12345 »", "")
    en = cli("validate", path, "--lang", "en").output
    assert "holding an invisible character" in en and "“O<U+00AD>ui” read “Oui”" in en


def test_a_name_holding_a_mark_is_compared_without_it(tmp_path):
    """« Loire-Atl\\u200eantique » beside code 44 matched its name without a word: the
    mark is said, the name read without it."""
    path = _csv(tmp_path / "nom.csv", "Code;Nom;Facebook\n44;Loire-Atl\u200eantique;Oui\n"
                "35;Ille-et-Vilaine;Non\n")
    (p,) = bm.validate(path)
    assert (p.column, p.value, p.code, p.count) == ("Nom", "Loire-Atl<U+200E>antique", CODE, 1)
    assert "lu « Loire-Atlantique »" in p.message
    assert bm.read_survey(path)["name"].tolist() == ["Loire-Atlantique", "Ille-et-Vilaine"]


def test_a_header_holding_one_is_said_and_a_column_left_aside_keeps_its_emoji(tmp_path):
    """« Face\\u2060book » was read Facebook without a word. A platform's comments and a
    remarks column are free text the reader does not interpret: an emoji's U+200D kept,
    no word, the file's other cells said as ever."""
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467"
    path = _csv(tmp_path / "entete.csv",
                f"Code;Face\u2060book;Facebook - commentaires;Remarques {family}\n"
                f"44;Oui;Super {family};a\u200bb\n35;N\u200bon;12\u200b000;\n")
    assert _said(bm.validate(path)) == sorted([
        (1, "Facebook", "Face<U+2060>book", "warning", CODE, None, None),
        (None, "Facebook", "N<U+200B>on", "warning", CODE, 1, [3]),
        (None, "Facebook - commentaires", None, "warning", "ignored-column", None, None)],
        key=repr)
    assert bm.read_survey(path).set_index("code")["present"].to_dict() == {"44": 1, "35": 0}


def test_a_bom_at_the_start_is_the_encoding_and_a_second_one_a_character(tmp_path):
    """A UTF-8 (or UTF-16) file's BOM is read as its encoding's mark, as before; one
    inside the text (two files joined, each with its BOM) is a character, said."""
    one = _csv(tmp_path / "bom.csv", "\ufeffCode;Facebook\n44;Oui\n35;Non\n")
    (tmp_path / "bom16.csv").write_bytes("Code;Facebook\n44;Oui\n35;Non\n".encode("utf-16"))
    assert bm.validate(one) == [] and bm.validate(tmp_path / "bom16.csv") == []
    two = _csv(tmp_path / "bom2.csv", "\ufeff\ufeffCode;Facebook\n44;Oui\n35;\ufeffNon\n")
    assert _said(bm.validate(two)) == sorted([
        (1, "Code", "<U+FEFF>Code", "warning", CODE, None, None),
        (None, "Facebook", "<U+FEFF>Non", "warning", CODE, 1, [3])], key=repr)


def test_a_date_holding_one_is_an_error_that_shows_it(tmp_path, cli):
    path = _csv(tmp_path / "date.csv", "Région;Facebook;Date du relevé\n"
                "Bretagne;Oui;15/10/2025\u200b\nNormandie;Oui;15/10/2025\n")
    (p,) = bm.validate(path)
    assert (p.row, p.code, p.value) == (2, "date-invalid", "15/10/2025\u200b")
    res = cli("validate", path)
    assert "« 15/10/2025<U+200B> » attendu une date" in res.output
    same_reading(normal_reader, fast_reader, path)


# every reader: the same file as CSV (small and large), Parquet and XLSX
ROWS = [["Région", "Face\u200dbook", "Abonnés Facebook", "Date du relevé"],
        ["Bretagne\u200e", "oui", "1200", "15/10/2025"],
        ["Normandie", "o\u00adui", "3\u202e00", "15/10/2025"],
        ["Corse", "non", "\u2060", "15/10/2025"],
        ["Occitanie\u061c", "oui\u2066", "1\u200c200", "15/10/2025"],
        ["Grand Est\x01", "\ufeffoui", "1\u2069\u202a00", "15/10/2025"],
        ["Hauts-de-France", "oui\u180e", "10\u206f", "15/10/2025"]]
SAID = [
    (None, "Région", "Bretagne<U+200E>", "warning", CODE, 2, [2, 5]),
    (None, "Région", "Grand Est<U+0001>", "warning", "control-character-removed", 1, [6]),
    (None, "Facebook", "o<U+00AD>ui", "warning", CODE, 4, [3, 5, 6, 7]),
    (None, "Abonnés Facebook", "3<U+202E>00", "warning", CODE, 5, [3, 4, 5, 6, 7]),
    (1, "Facebook", "Face<U+200D>book", "warning", CODE, None, None)]
COLS = ["name", "platform", "present", "followers", "date"]


def test_every_reader_removes_and_says_the_same(tmp_path, monkeypatch):
    from barometre.survey import fastcsv

    path = _csv(tmp_path / "inv.csv", "\n".join(";".join(r) for r in ROWS) + "\n")
    with monkeypatch.context() as m:  # the fast path is taken: the comparison is no tautology
        m.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        assert fastcsv._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)
    parquet = _parquet(tmp_path / "inv.parquet", ROWS)
    assert _said(bm.validate(parquet)) == _said(bm.validate(path)) == sorted(SAID, key=repr)
    a, b = bm.read_survey(parquet), bm.read_survey(path)
    assert a[COLS].equals(b[COLS])
    fb = b.set_index("name")
    assert fb["followers"].dropna().to_dict() == {
        "Bretagne": 1200, "Normandie": 300, "Occitanie": 1200, "Grand Est": 100,
        "Hauts-de-France": 10}
    assert fb["present"].tolist() == [1, 1, 0, 1, 1, 1]


def _shared_xlsx(path, rows):
    """Cells as shared strings, as Excel and XlsxWriter write them."""
    xlsxwriter = pytest.importorskip("xlsxwriter")
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Feuil1")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            ws.write_string(i, j, v)
    wb.close()
    return path


@pytest.mark.parametrize("write", [_inline_xlsx, _shared_xlsx], ids=["inline", "shared"])
def test_a_workbook_reads_as_the_same_file_in_csv(tmp_path, reader, write):
    """Both cell readers (calamine, openpyxl), both storages: the format characters are
    valid XML, stored as they are, then removed and said as a CSV's."""
    csv = _csv(tmp_path / "inv.csv", "\n".join(";".join(r) for r in ROWS) + "\n")
    xlsx = write(tmp_path / "inv.xlsx", ROWS)
    assert _said(bm.validate(xlsx)) == _said(bm.validate(csv)) == sorted(SAID, key=repr)
    a, b = bm.read_survey(xlsx), bm.read_survey(csv)
    assert a[COLS].equals(b[COLS])
