"""Headers on two rows: leftovers of session 32's regression hunt (session 33, brief A).

5. ``header-two-rows`` counted the columns set aside (« Publications Facebook »,
   « Remarques X ») among those joined and read: « 4 colonnes : « Présence Facebook »,
   « Présence X », « Publications Facebook », « Publications X » ». It counts the columns
   read and names the others apart, ignored, as their own warnings say.
"""

from __future__ import annotations

import pytest

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading
from .test_hdr31_group_titles import _csv, _workbook

CODE_NOM = ["A1:A2", "B1:B2"]


def _file(tmp_path, kind, top, bottom, merges, rows, name="f"):
    if kind == "xlsx":
        return _workbook(tmp_path / f"{name}.xlsx", top, bottom, CODE_NOM + merges, rows)
    path = _csv(tmp_path / f"{name}.csv", [top, bottom, *rows])
    same_reading(normal_reader, fast_reader, path)
    return path


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("title, cells, why", [
    ("Publications", [12, 3], "mesure d'activité"),
    ("Remarques", ["ok", "compte inactif"], "commentaire libre")])
def test_the_two_rows_note_counts_the_columns_read(tmp_path, kind, title, cells, why, cli):
    path = _file(tmp_path, kind, ["Code", "Nom", "Présence", None, title, None],
                 [None, None, "Facebook", "X", "Facebook", "X"], ["C1:D1", "E1:F1"],
                 [["29", "Finistère", "Oui", "Non", *cells]])
    problems = bm.validate(path, type="departement")
    assert [p.code for p in problems][0] == "header-two-rows"
    assert problems[0].message == (
        "en-tête sur deux lignes : les réseaux de la ligne 2 joints aux champs de la ligne 1 "
        f"(2 colonnes : « Présence Facebook », « Présence X » ; 2 autres colonnes ignorées : "
        f"« {title} Facebook », « {title} X ») ; vérifiez-les, ou mettez l'en-tête sur une "
        "seule ligne")
    assert {p.column for p in problems[1:]} == {f"{title} Facebook", f"{title} X"}
    assert all(why in p.message for p in problems[1:])
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert ("(2 columns: 'Présence Facebook', 'Présence X'; 2 other columns ignored: "
            f"'{title} Facebook', '{title} X')") in en


TOP = ["Code", "Nom", "Date", "Présence", None, None, "Abonnés", None, None]
BOTTOM = [None, None, None, "Facebook", "Instagram", "X", "Facebook", "Instagram", "X"]
ROWS = [["29", "Finistère", "15/10/2025", "Oui", "Oui", "Non", 120000, 35000, None],
        ["35", "Ille-et-Vilaine", None, "Oui", "Non", "Oui", 98000, None, 12000],
        ["56", "Morbihan", "15/10/2025", "Oui", "Oui", "Oui", 87000, 22000, 9000]]
MERGES = ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"]


def test_a_pasted_two_row_header_s_merges_are_said_by_its_error_only(tmp_path):
    """3. The header pasted again with its merged cells (« Code » merged down over rows 5
    and 6, « Présence » across the platforms) gave the ``header-repeated-two-rows`` error
    and four ``merged-cells`` warnings on those rows (« « Code » cellules fusionnées A5:A6 :
    la valeur est recopiée … », « 1 plage … (D5:F5) … »): that error says them, once. A
    merge of the data (the date merged over rows 3 and 4) is still said."""
    path = _workbook(tmp_path / "p.xlsx", TOP, BOTTOM,
                     MERGES + ["C3:C4", "A5:A6", "B5:B6", "C5:C6", "D5:F5", "G5:I5"],
                     [*ROWS[:2], TOP, BOTTOM, ROWS[2]])
    problems = bm.validate(path, type="departement")
    assert [(p.code, p.row) for p in problems] == [
        ("header-two-rows", None), ("merged-cells", 3), ("header-repeated-two-rows", 5)]
    assert "C3:C4" in problems[1].message
    got = bm.read_survey(path, type="departement", errors="skip")
    assert sorted(set(got["code"])) == ["29", "35", "56"] and len(got) == 9
