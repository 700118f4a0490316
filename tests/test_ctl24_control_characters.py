"""Control characters in cells, said and shown, on every reader (task ctl24).

- A control character that is no whitespace (U+0001, DEL, C1 U+0080–U+009F…) is invisible:
  « Corse<U+0001>-du-Sud » and « O<U+0002>ui » were read Corse-du-Sud and Oui without a
  word, a code « 35<U+0003> » was an error quoting « 35 », a count « 12<U+0001>000 » an
  error quoting « 12000 » beside « attendu un nombre entier positif »: a value that looks
  valid. The reader now removes them from the header and every cell it reads, and says
  each column's removals (``control-character-removed``, count, rows, the cell shown
  « O<U+0002>ui »), the same on the small files' reader, the large CSV's, Parquet's and a
  workbook's (both cell readers).
- Every message quoting a text names such a character (« 15/10/2025<U+0001> »): the one
  left, a date's, is an error that shows it.
"""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.survey import xlsx_fast

from .conftest import rewritten_xlsx
from .test_fast_path import fast_reader, normal_reader, same_reading
from .test_inp24_silent_readings import _inline_xlsx


@pytest.fixture(params=[True, False], ids=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """Both cell readers of a workbook: calamine (the fast one), then openpyxl alone."""
    if not request.param:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a, **k: None)
    return request.param


def _csv(path, text):
    path.write_bytes(text.encode("utf-8"))
    return path


def _said(problems):
    return sorted(((p.row, p.column, p.value, p.severity, p.code, p.count,
                    None if p.rows is None else p.rows.tolist()) for p in problems), key=repr)


# the brief's two files
NAMES = ("Code;Nom;Facebook\n2A;Corse\x01-du-Sud;Oui\n44;Loire-Atlantique;O\x02ui\n"
         "35\x03;Ille-et-Vilaine;Non\n")
COUNTS = ("Code;Nom;Facebook;Abonnés Facebook\n44;Loire-Atlantique;Oui;12\x01000\n"
          "35;Ille-et-Vilaine;Oui;1\x7f200\n")


def test_controls_in_names_answers_and_codes_are_removed_and_said(tmp_path):
    path = _csv(tmp_path / "ctl.csv", NAMES)
    problems = bm.validate(path)
    assert _said(problems) == sorted([
        (None, "Code", "35<U+0003>", "warning", "control-character-removed", 1, [4]),
        (None, "Nom", "Corse<U+0001>-du-Sud", "warning", "control-character-removed", 1, [2]),
        (None, "Facebook", "O<U+0002>ui", "warning", "control-character-removed", 1, [3])],
        key=repr)
    said = {p.column: p for p in problems}
    assert "« O<U+0002>ui » lu « Oui » (ligne 3)" in said["Facebook"].message
    assert "“35<U+0003>” read “35”" in said["Code"].in_lang("en").message
    df = bm.read_survey(path)
    assert df.set_index("code")["name"].to_dict() == {
        "2A": "Corse-du-Sud", "44": "Loire-Atlantique", "35": "Ille-et-Vilaine"}
    assert df.set_index("code")["present"].to_dict() == {"2A": 1, "44": 1, "35": 0}


def test_a_count_holding_a_control_is_read_and_said_never_quoted_as_valid(tmp_path, cli):
    path = _csv(tmp_path / "ctl2.csv", COUNTS)
    problems = bm.validate(path)
    assert _said(problems) == [(None, "Abonnés Facebook", "12<U+0001>000", "warning",
                                "control-character-removed", 2, [2, 3])]
    df = bm.read_survey(path)
    assert df.set_index("code")["followers"].to_dict() == {"44": 12000, "35": 1200}
    res = cli("validate", path)
    assert res.exit_code == 0, res.output
    assert "« 12<U+0001>000 » lu « 12000 » (lignes 2, 3)" in res.output
    assert "« 12000 » attendu" not in res.output


def test_a_date_holding_a_control_is_an_error_that_shows_it(tmp_path, cli):
    """Dates are not cleaned (as a noncharacter's, inp23): an error of its cell, whose
    quote names the character, in the sentence, the CLI's line and CSV's message alike."""
    path = _csv(tmp_path / "date.csv", "Région;Facebook;Date du relevé\n"
                "Bretagne;Oui;15/10/2025\x01\nNormandie;Oui;15/10/2025\n")
    (p,) = bm.validate(path)
    assert (p.row, p.code, p.value) == (2, "date-invalid", "15/10/2025\x01")
    assert "« 15/10/2025<U+0001> »" in p.describe()
    assert "“15/10/2025<U+0001>”" in p.describe(lang="en")
    res = cli("validate", path)
    assert res.exit_code == 1
    assert "« 15/10/2025<U+0001> » attendu une date" in res.output
    assert "« 15/10/2025 »" not in res.output  # the control was dropped by the terminal
    same_reading(normal_reader, fast_reader, path)


def test_an_unknown_entity_quotes_its_control(tmp_path):
    """A message parameter holding one names it too (the catalog's own rendering)."""
    from barometre.messages import Msg

    assert Msg("unknown-entity", value="35\x03", what="", closest="").render("fr").count(
        "« 35<U+0003> »") == 1


def test_whitespace_controls_are_not_removed(tmp_path):
    """Tab, U+001C–U+001F and NEL (U+0085) are whitespace (``str.isspace``): read as spaces
    around a cell, as before, without a word."""
    path = _csv(tmp_path / "espaces.csv", "Code;Facebook\n44;Oui\t\n35;\x1fNon\n29;Oui\x85\n")
    assert [p.code for p in bm.validate(path)] == []
    df = bm.read_survey(path)
    assert df.set_index("code")["present"].to_dict() == {"44": 1, "35": 0, "29": 1}


# every reader: the same file as CSV (small and large), Parquet and XLSX
ROWS = [["Région", "Face\x01book", "Abonnés Facebook", "Date du relevé"],
        ["Bretagne\x02", "oui", "1200", "15/10/2025"],
        ["Normandie", "o\x7fui", "3\x9f00", "15/10/2025"],
        ["Corse", "non", "\x1b", "15/10/2025"],
        ["Occitanie\uffff", "oui\x08", "1\x0e200", "15/10/2025"],
        ["Grand Est", "oui\x81", "100", "15/10/2025"]]
SAID = [
    (None, "Région", "Bretagne<U+0002>", "warning", "control-character-removed", 1, [2]),
    (None, "Région", "Occitanie<U+FFFF>", "warning", "noncharacter-removed", 1, [5]),
    (None, "Facebook", "o<U+007F>ui", "warning", "control-character-removed", 3, [3, 5, 6]),
    (None, "Abonnés Facebook", "3<U+009F>00", "warning", "control-character-removed", 3,
     [3, 4, 5]),
    (1, "Facebook", "Face<U+0001>book", "warning", "control-character-removed", None, None)]
COLS = ["name", "platform", "present", "followers", "date"]


def _parquet(path, rows):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({n: [r[i] for r in rows[1:]] for i, n in enumerate(rows[0])}), path)
    return path


def test_every_reader_removes_and_says_the_same(tmp_path, monkeypatch):
    from barometre.survey import fastcsv

    path = _csv(tmp_path / "ctl.csv", "\n".join(";".join(r) for r in ROWS) + "\n")
    with monkeypatch.context() as m:  # the fast path is taken: the comparison is no tautology
        m.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        assert fastcsv._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)
    parquet = _parquet(tmp_path / "ctl.parquet", ROWS)
    assert _said(bm.validate(parquet)) == _said(bm.validate(path)) == sorted(SAID, key=repr)
    a, b = bm.read_survey(parquet), bm.read_survey(path)
    assert a[COLS].equals(b[COLS])
    fb = b[b["platform"] == "facebook"].set_index("name")
    assert fb.loc["Normandie", "followers"] == 300 and fb.loc["Occitanie", "followers"] == 1200
    assert fb.loc["Normandie", "present"] == 1 and len(fb) == 5
    assert fb["followers"].isna().sum() == 1  # Corse: « \x1b » alone, a blank cell


def test_a_parquet_nul_is_removed_too(tmp_path):
    """A CSV holding a NUL byte is refused whole (csv-nul-byte); Parquet's text can hold
    U+0000: removed and said as another control."""
    rows = [["Région", "Facebook"], ["Bretagne\x00", "Oui"], ["Normandie", "Non"]]
    assert _said(bm.validate(_parquet(tmp_path / "nul.parquet", rows))) == [
        (None, "Région", "Bretagne<U+0000>", "warning", "control-character-removed", 1, [2])]


def _shared_xlsx(path, rows):
    """Cells as shared strings, as Excel and XlsxWriter write them: XlsxWriter escapes the
    C0 controls itself (« O_x0002_ui »), not U+FFFF (written through a placeholder, put
    back in the strings' XML)."""
    xlsxwriter = pytest.importorskip("xlsxwriter")
    tmp = path.with_suffix(".tmp.xlsx")
    wb = xlsxwriter.Workbook(str(tmp))
    ws = wb.add_worksheet("Feuil1")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            ws.write_string(i, j, v.replace("\uffff", "@FFFF@"))
    wb.close()

    def strings(name, data):
        if name == "xl/sharedStrings.xml":
            assert b"Face_x0001_book" in data and b"o\x7fui" in data  # XlsxWriter's own
            data = data.replace(b"@FFFF@", b"_xFFFF_")
        return data
    return rewritten_xlsx(tmp, path, strings)


@pytest.mark.parametrize("write", [_inline_xlsx, _shared_xlsx], ids=["inline", "shared"])
def test_a_workbook_reads_as_the_same_file_in_csv(tmp_path, reader, write):
    """A workbook stores the controls escaped (« O_x0002_ui »), decoded as read (inp24):
    both cell readers, both storages, then removed and said as a CSV's; DEL and C1, which
    XML 1.0 holds, stored as they are."""
    csv = _csv(tmp_path / "ctl.csv", "\n".join(";".join(r) for r in ROWS) + "\n")
    xlsx = write(tmp_path / "ctl.xlsx", ROWS)
    assert _said(bm.validate(xlsx)) == _said(bm.validate(csv)) == sorted(SAID, key=repr)
    a, b = bm.read_survey(xlsx), bm.read_survey(csv)
    assert a[COLS].equals(b[COLS])
