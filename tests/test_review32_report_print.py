"""Review 32: the French report's Adoption sheet (213 characters across with its
« Intervalle » column, 205 in English) had no fit-to-width and printed on 3 pages across,
the last holding « Déduit d'une formulation » alone; the English one printed on one. Every
sheet of the report now prints one page wide whatever the language."""

from __future__ import annotations

import re

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

import barometre as bm
from barometre.render.excel.sheets import FIT_LIMIT

DEMO = bm.demo_file("enquete")
WAVES = [bm.demo_file("vague-2024"), bm.demo_file("vague-2025")]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("r32")
    s = bm.read_survey(DEMO)
    w = bm.read_waves(WAVES)
    books = {}
    for lang in ("fr", "en"):
        books[("survey", lang)] = bm.write_report(out / f"survey-{lang}.xlsx", bm.adoption(s),
                                                  survey=s, entity="29", lang=lang)
        books[("waves", lang)] = bm.write_report(out / f"waves-{lang}.xlsx", bm.adoption(w),
                                                 survey=w, entity="29", lang=lang)
    return books


@pytest.mark.parametrize("kind", ["survey", "waves"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_sheet_prints_one_page_wide(reports, kind, lang):
    wb = openpyxl.load_workbook(reports[(kind, lang)])
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert int(ws.page_setup.fitToWidth) == 1, ws.title
        width = sum(ws.column_dimensions[get_column_letter(c)].width or 0
                    for c in range(1, ws.max_column + 1))
        assert width <= FIT_LIMIT, (ws.title, width)


def test_the_french_adoption_keeps_its_columns_and_its_text_whole(reports):
    """Narrowed, its wrapped columns (Base, Mesure, Source) take more lines: the rows are
    tall enough for them, no column dropped."""
    ws = openpyxl.load_workbook(reports[("survey", "fr")])["Adoption"]
    heads = [c.value for c in ws[1]]
    assert heads[-5:] == ["Intervalle", "Base", "Mesure", "Source", "Déduit d'une formulation"]
    base = heads.index("Base") + 1
    width = ws.column_dimensions[get_column_letter(base)].width
    assert 16 <= width < 28
    cell = ws.cell(2, base)
    assert cell.value == "94 entités de l'enquête\u202f; 7 autres sans réponse, hors base"
    assert ws.row_dimensions[2].height >= 14.5 * 3


PLAIN_PERCENT = re.compile(r"\d %")


def _texts(path):
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    yield f"{ws.title}!{c.coordinate}", c.value
        for part in ("left", "center", "right"):
            for hf in (ws.oddHeader, ws.oddFooter):
                t = getattr(hf, part).text
                if t:
                    yield f"{ws.title} header/footer", t


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    out = tmp_path_factory.mktemp("pub32")
    figures = bm.select(types=["region", "departement"])
    return {lang: bm.write_report(out / f"pub-{lang}.xlsx", figures, lang=lang)
            for lang in ("fr", "en")}


@pytest.mark.parametrize("kind", ["survey", "waves", "published"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_plain_space_before_percent(reports, published, kind, lang):
    """Adoption!I2 « IC 95 % », Sources et méthode!A17, B23 (« 60 % = 6 pairs sur 10 ; 100 %
    pour la première »), B25 held a plain space before « % », which a wrapping cell can
    break on, where the rest has U+202F. Every text cell, and the page headers and footers,
    of each report (a published figure's note too, « 48 % des parts »)."""
    path = published[lang] if kind == "published" else reports[(kind, lang)]
    said = list(_texts(path))
    assert len(said) > 100
    bad = [(where, t) for where, t in said if PLAIN_PERCENT.search(t)]
    assert not bad, bad[:5]
    if kind == "survey" and lang == "fr":
        cells = dict(said)
        assert cells["Adoption!I2"] == "IC 95\u202f%"
        assert "60\u202f% = 6 pairs sur 10\u202f; 100\u202f% pour la première" in " ".join(
            cells.values())
