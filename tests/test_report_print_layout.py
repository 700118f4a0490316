"""The report's printed pages stay readable (fixcom1): the Benchmark's long notes under its
table are wrapped within the table's columns, so that fitting the sheet one page wide does
not shrink it to the width of an unwrapped note (« Population du conseil, non du
territoire : … » ran far to the right, the page printed tiny)."""

from __future__ import annotations

import math

import openpyxl
import pytest

import barometre as bm

DEMO = bm.demo_file("enquete")


@pytest.fixture(scope="module", params=["fr", "en"])
def report(request, tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    out = tmp_path_factory.mktemp("r") / f"r-{request.param}.xlsx"
    res = CliRunner().invoke(app, ["report", "--data", str(DEMO), "--entity", "Finistère",
                                   "-o", str(out), "--lang", request.param])
    assert res.exit_code == 0, res.output
    return openpyxl.load_workbook(out)


def test_benchmark_notes_wrap_within_the_table(report):
    ws = report["Benchmark"]
    (table,) = ws.tables.values()
    min_col, min_row, max_col, max_row = openpyxl.utils.cell.range_boundaries(table.ref)
    letter = openpyxl.utils.get_column_letter
    widths = [ws.column_dimensions[letter(c)].width for c in range(min_col, max_col + 1)]
    merged = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}
    long_notes = 0
    for row in range(max_row + 1, ws.max_row + 1):
        cell = ws.cell(row=row, column=min_col)
        if not isinstance(cell.value, str) or len(cell.value) <= widths[0]:
            continue
        long_notes += 1
        rng = merged.get((row, min_col))
        assert rng is not None and (rng.min_col, rng.max_col) == (min_col, max_col), cell.value
        assert cell.alignment.wrap_text, cell.value
        # tall enough for its lines: at most ~1.3 characters a unit of width on a line
        need = math.ceil(len(cell.value) / (1.3 * sum(widths)))
        if need > 1:
            assert ws.row_dimensions[row].height >= 14.5 * need, cell.value
    assert long_notes >= 5  # the served note, the peers' line, the not-ranked lines
    # nothing on the sheet runs beyond the table: its columns are all the printed width
    assert ws.max_column == max_col
    assert sum(widths) <= 210 and ws.sheet_properties.pageSetUpPr.fitToPage


def test_fictitious_stamp_cannot_meet_the_source(report):
    """The « données fictives » stamp sat in the footer's centre, where the source line (left,
    about 100 characters) ran over it: « (méthode : « Sourcdonnées fictives ». It is now at
    the header's right, in bold, on every sheet; the footer's centre stays empty."""
    fr = report.worksheets[0].title == "Synthèse"
    stamp = "données fictives" if fr else "fictitious data"
    for ws in report.worksheets:
        assert ws.oddHeader.right.text == stamp, ws.title
        assert ws.oddHeader.right.font.endswith("Bold"), ws.title
        assert ws.oddHeader.left.text == "&A" and len(ws.title) <= 31
        assert not ws.oddFooter.center.text, ws.title
        assert stamp not in (ws.oddFooter.left.text or "") + ws.oddFooter.right.text, ws.title
        assert ws.oddFooter.left.text.startswith("Source"), ws.title


def test_definitions_start_a_page_of_their_own(report):
    """The English Sources and method printed the Definitions heading and its header row
    alone at the foot of a page, their rows on the next: on a sheet longer than a page, a
    page break now comes right before the heading (and none elsewhere)."""
    ws = report.worksheets[-1]
    heading = next(c.row for c in ws["A"] if c.value in ("Définitions", "Definitions"))
    assert ws.cell(row=heading + 1, column=1).value in ("Terme", "Term")  # its table's header
    assert [b.id for b in ws.row_breaks.brk] == [heading - 1]
