"""A workbook's cells as its reader sees them (review12, finding 3).

- An answer merged across platforms' columns below the header (« Non » over the Instagram
  and X cells) is the answer of each column, said by a ``merged-cells`` warning; it was
  read in the first column only (X: 2/3 « non renseignées » instead of 2/5).

hmerge.xlsx is the reviewer's file (tests/files/workbooks).
"""

from __future__ import annotations

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
        ": la valeur de chaque plage est lue dans chacune de ses cellules, comme la feuille "
        "l'affiche (colonnes « Instagram », « X » ; lignes 3, 5)")
    en = json.loads(cli("validate", path, "--format", "json", "--lang", "en").stdout)
    assert en == [{"row": None, "column": None, "value": None, "severity": "warning",
                   "message": "2 ranges of cells merged across columns below the header "
                              "(D3:E3, D5:E5): each range's value is read in every one of "
                              "its cells, as the sheet shows it (columns 'Instagram', 'X'; "
                              "lines 3, 5)",
                   "code": "merged-cells", "count": 2, "rows": [3, 5]}]
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
