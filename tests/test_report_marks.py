"""The report keeps compare's marks of published flags ("≈" not k/n or a base no count
gives, "†" not a random sample, "↺" restated, "‡" disputed) and their notes, on the key
figures, in the cells that hold numbers (through their number format: the cell keeps its
value) and in « Autres sources, même année »; Évolution keeps the published decimals and
wraps its Sources (review marks13, findings 1-4).

Every workbook is written by the CLI, as a user writes it, and read back with openpyxl.
"""

from __future__ import annotations

import openpyxl
import pytest

from barometre.messages import text
from barometre.render.excel.sheets import _lines
from barometre.render.excel.cells import typeset

NN = "\u202f"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    d = tmp_path_factory.mktemp("marks")
    runs = {"region": ("--type", "region"),
            "region_en": ("--type", "region", "--lang", "en"),
            "vm2014": ("--type", "ville_moyenne", "--year", "2014"),
            "y2013": ("--year", "2013", "--all-sources"),
            "y2012": ("--year", "2012"),
            "default": ()}
    out = {}
    for name, args in runs.items():
        path = d / f"{name}.xlsx"
        res = CliRunner().invoke(app, ["report", *args, "-o", str(path)])
        assert res.exit_code == 0, res.output
        out[name] = openpyxl.load_workbook(path)
    return out


def _texts(ws) -> list[str]:
    return [c.value for c in ws["A"] if isinstance(c.value, str)]


def _table(ws, name: str) -> tuple[list[str], list[list]]:
    """A table's header and its rows of cells (the notes under it aside)."""
    rows = [list(r) for r in ws[ws.tables[name].ref]]
    return [c.value for c in rows[0]], rows[1:]


def _adoption(wb, lang: str = "fr") -> list[dict]:
    heads, rows = _table(wb["Adoption"], "Adoption")
    return [dict(zip(heads, r)) for r in rows]


def _share_cell(wb, type_: str, platform: str, year: int, lang: str = "fr"):
    share = text("report-col-share", lang)
    (cell,) = [r[share] for r in _adoption(wb, lang)
               if (r[text("report-col-type", lang)].value, r[text("report-col-platform", lang)].value,
                   r[text("report-col-year", lang)].value) == (type_, platform, year)]
    return cell


def _summary_cells(wb, value: float) -> list:
    ws = wb.worksheets[0]
    return [c for row in ws.iter_rows() for c in row
            if isinstance(c.value, float) and abs(c.value - value) < 1e-9]


def test_not_k_of_n_is_marked_and_said(reports):
    """Régions, Instagram 2022: compare's "76 %≈"; the Adoption and Synthèse cells keep 0.76."""
    wb = reports["region"]
    lines = _texts(wb.worksheets[0])
    assert any(t.startswith(f"76{NN}%≈ des régions sur Instagram — ") for t in lines), lines
    note = typeset(text("pub-base-unstated-note", "fr"), "fr")
    assert note in lines
    cell = _share_cell(wb, "région", "Instagram", 2022)
    assert cell.value == 0.76 and cell.number_format == '0 %"≈"'
    (table,) = _summary_cells(wb, 0.76)
    assert table.number_format == '0 %"≈"'
    assert note in _texts(wb["Adoption"])  # under the table, merged across its columns
    en = reports["region_en"]
    assert any(t.startswith("76%≈ of regions on Instagram") for t in _texts(en.worksheets[0]))
    assert _share_cell(en, "region", "Instagram", 2022, "en").number_format == '0%"≈"'
    assert text("pub-base-unstated-note", "en") in _texts(en["Adoption"])


def test_a_chosen_set_is_marked(reports):
    """Villes moyennes 2014 (choisirsonweb): "90 %†", not a random sample."""
    wb = reports["vm2014"]
    lines = _texts(wb.worksheets[0])
    assert any(t.startswith(f"90{NN}%† des villes moyennes sur au moins un réseau (n = 52)") for t in lines)
    assert typeset(text("pub-non-random-note", "fr"), "fr") in lines
    assert _share_cell(wb, "ville moyenne", "au moins un réseau", 2014).number_format == '0 %"†"'


def test_marks_combine_with_published_decimals(reports):
    """2013, all sources: Edgar Quinet's 60,7 % on X is "60,7 %≈‡" (compare), n = 176."""
    wb = reports["y2013"]
    lines = _texts(wb.worksheets[0])
    assert any(t.startswith(f"60,7{NN}%≈‡ des 50 grandes villes, 100 départements et 26 régions sur "
                            "X (ex-Twitter) (n = 176)")
               for t in lines), lines
    assert typeset(text("pub-not-k-of-n-note", "fr"), "fr") in lines
    cell = _share_cell(wb, "50 grandes villes, 100 départements et 26 régions", "X (ex-Twitter)", 2013)
    assert cell.value == pytest.approx(0.607) and cell.number_format == '0.0 %"≈‡"'


def test_restated_and_other_sources(reports):
    """2012: Adverbia's 47 % of départements is restated ("↺"); « Autres sources, même
    année » marks the other figures ("80 %≈ selon edgar-quinet-2012") and says what a
    count counts ("24 grandes villes", not a bare "24" beside percentages)."""
    wb = reports["y2012"]
    lines = _texts(wb.worksheets[0])
    assert any(t.startswith(f"47{NN}%↺ des départements sur Facebook — Adverbia") for t in lines), lines
    assert typeset(text("pub-restated-note", "fr"), "fr") in lines
    share = [r["Part"] for r in _adoption(wb)
             if (r["Type"].value, r["Réseau"].value, r["Année"].value) == ("département", "Facebook", 2012)]
    assert [(c.value, c.number_format) for c in share].count((0.47, '0 %"↺"')) == 1
    others = [r["Autres sources, même année"].value for r in _adoption(wb)]
    assert any(o and f"80{NN}%≈ selon edgar-quinet-2012" in o for o in others)
    counted = [o for o in others if o and "informer-autrement-2012-2" in o]
    assert counted and all("24 grandes villes selon informer-autrement-2012-2" in o for o in counted)
    assert not any(o and " 24 selon " in o for o in others)


def test_evolution_keeps_decimals_marks_and_wraps_its_sources(reports):
    """Évolution: 13,7 % and 91,6 % as Adoption shows them (were "14 %", "92 %"); "80 %≈",
    "47 %↺" with their notes under the table; the last column wraps, its rows tall (the
    Éditeur since review 18, one row per date and source: once every id of a date); the
    notes grown longer, the chart starts a printed page of its own rather than be cut in two."""
    ws = reports["default"]["Évolution"]
    heads, rows = _table(ws, "Evolution")
    cells = [c for r in rows for c in r[1:-1] if isinstance(c.value, float)]
    for v in (0.137, 0.916):
        (c,) = [c for c in cells if abs(c.value - v) < 1e-9]
        assert c.number_format == "0.0 %", (v, c.number_format)
    assert any(c.number_format == '0 %"≈"' and c.value == 0.8 for c in cells)
    assert any(c.number_format == '0 %"↺"' and c.value == 0.47 for c in cells)
    lines = _texts(ws)
    assert typeset(text("pub-not-k-of-n-note", "fr"), "fr") in lines and typeset(text("pub-restated-note", "fr"), "fr") in lines
    sources = [r[-1] for r in rows]
    width = ws.column_dimensions[sources[0].column_letter].width
    assert width <= 50
    longest = max(sources, key=lambda c: len(c.value or ""))
    assert len(longest.value) > 60 and longest.alignment.wrap_text
    assert ws.row_dimensions[longest.row].height >= 14.5 * _lines(longest.value, width)
    (brk,) = ws.row_breaks.brk
    assert max(c.row for c in ws["A"] if isinstance(c.value, str)) <= brk.id  # the notes above it
