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
