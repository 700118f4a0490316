"""Session 36 (W37): the Mouvements sheet's header row, as it prints.

Its heads of numbers are aligned right, as their numbers, side by side: « Non
comparables » filled its 16-wide column to the left edge, where « Restés présents » ended,
and printed « Restés présents Non comparables » as one head; « Part, ancienne vague » took
three lines in a 12-wide column. A head aligned right beside another now has the width of
its lines (one up to 16 characters, else two, cut where they balance) and the filter
button's room, where the page's width has room (a sheet is never widened past FIT_LIMIT
for them); a thin white rule parts two heads. The numbers below stay aligned as their
heads, as they were.
"""

from __future__ import annotations

import openpyxl
from openpyxl.utils import get_column_letter

from barometre.render.excel.sheets import FIT_LIMIT, HEADER_ROOM, Column, Sheet, _lines

from .conftest import ROOT

RELEVES = ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv"


def _two_lines(head):
    """The widest line of ``head`` on one line (up to 16 characters) or on two."""
    words = head.split(" ")
    if len(head) <= 16 or len(words) < 2:
        return len(head)
    return min(max(len(" ".join(words[:k])), len(" ".join(words[k:])))
               for k in range(1, len(words)))


def _heads_apart(ws, row):
    """Each head aligned right after another aligned right: (head, its column's width,
    the width its lines need)."""
    cells = [c for c in ws[row] if c.value is not None]
    out = []
    for a, b in zip(cells, cells[1:]):
        if a.alignment.horizontal == b.alignment.horizontal == "right":
            width = ws.column_dimensions[get_column_letter(b.column)].width
            out.append((b.value, width, _two_lines(b.value) + HEADER_ROOM))
    return out


def test_the_movements_heads_stand_apart_on_two_lines_at_most(cli, tmp_path):
    out = tmp_path / "rapport.xlsx"
    assert cli("report", "--data", RELEVES, "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Mouvements"]
    row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Réseau")
    heads = _heads_apart(ws, row)
    assert [h for h, _, _ in heads][:4] == ["Départs", "Restés présents", "Non comparables",
                                           "Part, ancienne vague"]
    for head, width, need in heads:
        assert width >= need, head
        assert _lines(head, width - HEADER_ROOM) <= 2, head
    # the data under each head aligned as its head (numbers right, the platform left)
    for c in ws[row]:
        if c.value is not None:
            assert ws.cell(row + 1, c.column).alignment.horizontal == c.alignment.horizontal
    assert ws.row_dimensions[row].height <= 14.5 * 2 + 1  # two lines, not three


def _sheet(extra_cols: int):
    ws = openpyxl.Workbook().active
    sh = Sheet(ws, "fr")
    sh.table("Haut", [Column("Réseau"), Column("Restés présents", "count"),
                      Column("Non comparables", "count")], [["Facebook", 1, 2]])
    if extra_cols:  # a list of long names beside: the sheet past the page's width
        sh.table("Large", [Column(f"Colonne {i}", "text") for i in range(extra_cols)],
                 [["z" * 38] * extra_cols], first_col=4)
    sh.finish("titre", None, "le 4 décembre 2026")
    return ws


def test_heads_widened_only_where_the_page_has_room():
    """Within the page's width, « Non comparables » gets its line and the filter button's
    room; a sheet past it is not widened further for its heads (FIT_LIMIT: printed one page
    wide, legible), the white rule between heads keeping them apart."""
    ws = _sheet(0)
    assert ws.column_dimensions["C"].width == len("Non comparables") + HEADER_ROOM
    heads = [ws.cell(1, c) for c in (1, 2, 3)]
    assert heads[0].border.left.style is None
    assert [(h.border.left.style, h.border.left.color.rgb) for h in heads[1:]] == [
        ("thin", "00FFFFFF")] * 2
    wide = _sheet(6)
    widths = [wide.column_dimensions[get_column_letter(c)].width for c in range(1, 10)]
    assert sum(widths) > FIT_LIMIT and widths[2] < len("Non comparables") + HEADER_ROOM
