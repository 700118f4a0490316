"""The survey template on paper: A4 landscape, the header row and the names on every page,
one platform per page width (a reviewer printed 16 portrait pages, page 2 without headers,
page 5 population numbers alone)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

import barometre as bm


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    out = tmp_path_factory.mktemp("tpl") / "dep.xlsx"
    return bm.write_template(out, "departement", ["facebook", "x", "instagram"])


def test_print_layout_in_the_workbook(template):
    with zipfile.ZipFile(template) as z:
        book = z.read("xl/workbook.xml").decode()
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    titles = re.search(r'<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)<', book)
    assert titles and titles.group(1) == "'Enquête'!$1:$1,'Enquête'!$A:$B"
    area = re.search(r'<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)<', book)
    assert area and area.group(1) == "'Enquête'!$A$1:$P$102"  # 4 + 3 × 4 columns, 101 rows
    setup = re.search(r"<pageSetup [^>]*>", sheet).group(0)
    assert 'orientation="landscape"' in setup and 'paperSize="9"' in setup  # A4
    assert 'scale="80"' in setup
    # a page break after each platform's four columns but the last: E:H, I:L, M:P
    assert re.findall(r'<brk id="(\d+)"', sheet) == ["8", "12"]
    ws = openpyxl.load_workbook(template)["Enquête"]
    assert ws.print_title_rows == "$1:$1" and ws.print_title_cols == "$A:$B"
    assert ws.oddFooter.center.text and "&P / &N" in ws.oddFooter.center.text
    blank = ws["J50"]  # X - compte, never filled: ruled to be written on
    assert blank.value is None and blank.border.left.style == "thin"
    assert ws["K50"].number_format == "#,##0" and ws["K50"].border.bottom.style == "thin"
    # the template reads back as before: its 101 rows, nothing filled in (no-answer, whatever
    # blank says since blank25: it read 101 absences under blank="absent")
    errors = [(p.code, p.count) for p in bm.validate(template, blank="absent")
              if p.severity == "error"]
    assert errors == [("no-answer", 101)]


def test_commune_template_not_ruled(tmp_path, monkeypatch):
    from barometre.survey import template as tpl

    monkeypatch.setattr(tpl, "RULED_MAX", 50)  # the 101 départements as if they were communes
    out = bm.write_template(tmp_path / "dep.xlsx", "departement", "facebook")
    ws = openpyxl.load_workbook(out)["Enquête"]
    assert ws["F50"].border.left.style is None
    assert ws.print_title_rows == "$1:$1"  # laid out for print all the same


def _render():
    spec = importlib.util.spec_from_file_location(
        "render_pages", Path(__file__).resolve().parents[1] / "scripts" / "render_report_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or poppler-utils not installed")
def test_pages_rendered_by_libreoffice(template, tmp_path):
    mod = _render()
    pdf = mod.to_pdf(template, tmp_path)
    # 101 rows on 3 pages per platform, 3 platforms, then the « Mode d'emploi »
    n = mod.page_count(pdf)
    survey_pages = [mod.page_text(pdf, i) for i in range(1, 10)]
    assert n >= 10 and "Mode d'emploi" not in survey_pages[-1]
    for i, page in enumerate(survey_pages):
        platform = ("Facebook", "X (ex-Twitter)", "Instagram")[i // 3]
        # every page: the header row and the names beside one platform's four columns
        assert "Code" in page and "Département" in page, i + 1
        assert f"{platform} - compte" in page, i + 1
        others = {"Facebook", "X (ex-Twitter)", "Instagram"} - {platform}
        assert not any(f"{o} - compte" in page for o in others), i + 1
        if i % 3 == 0:  # each platform's pages run down the rows, then the next platform
            assert "Ain" in page and "Mayotte" not in page, i + 1
        assert f"{i + 1} / {n}" in page
    assert "Population" in survey_pages[0] and "Population" not in survey_pages[3]
    assert "Mayotte" in survey_pages[2] and "Mayotte" in survey_pages[8]
    assert mod.blank_pages(pdf) == []


# ---- the « Mode d'emploi » on paper: one page wide, portrait, its text wrapped (its lines,
# unwrapped in a column wider than a page, printed cut across three pages)

def _instructions(path):
    ws = openpyxl.load_workbook(path)["Mode d'emploi"]
    return ws, [c.value for (c,) in ws.iter_rows(max_col=1) if c.value]


def test_instructions_print_setup_in_the_workbook(template):
    from barometre.survey.template import INSTRUCTIONS_WIDTH

    with zipfile.ZipFile(template) as z:
        sheet = z.read("xl/worksheets/sheet2.xml").decode()
        survey = z.read("xl/worksheets/sheet1.xml").decode()
    setup = re.search(r"<pageSetup [^>]*>", sheet).group(0)
    assert 'orientation="portrait"' in setup and 'paperSize="9"' in setup
    assert 'fitToWidth="1"' in setup and 'fitToHeight="0"' in setup
    assert '<pageSetUpPr fitToPage="1"/>' in sheet
    # for that sheet only: the survey keeps its 80 % scale, cut between platforms
    assert "fitToPage" not in survey and 'scale="80"' in survey
    ws, lines = _instructions(template)
    assert ws.column_dimensions["A"].width == INSTRUCTIONS_WIDTH <= 72  # 7 pt a char: 508 pt
    assert ws.oddFooter.center.text and "&P / &N" in ws.oddFooter.center.text
    for (c,) in ws.iter_rows(min_row=2, max_col=1):
        if c.value:
            assert c.alignment.wrap_text, c.coordinate
            # a row as high as its wrapped lines: 15 points a line of about 80 characters
            assert ws.row_dimensions[c.row].height >= 15 * (len(c.value) // 80 + 1), c.coordinate
    assert any(len(line) > 150 for line in lines)  # lines that wrap, several pages wide before


@pytest.fixture(scope="module")
def template_en(tmp_path_factory):
    out = tmp_path_factory.mktemp("tpl_en") / "dep_en.xlsx"
    return bm.write_template(out, "departement", ["facebook"], lang="en")


def _words(pdf: Path, page: int) -> tuple[float, list[tuple[str, float]]]:
    """The page's width and its words with their right edge (points)."""
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    return width, [(w, float(x)) for x, w in
                   re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', html)]


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or poppler-utils not installed")
@pytest.mark.parametrize("which, title", [("fr", "Enquête barometre"), ("en", "barometre survey")])
def test_instructions_pages_rendered_by_libreoffice(template, template_en, tmp_path, which, title):
    import html as html_lib

    path = template if which == "fr" else template_en
    mod = _render()
    pdf = mod.to_pdf(path, tmp_path)
    n = mod.page_count(pdf)
    first = next(i for i in range(1, n + 1) if title in mod.page_text(pdf, i))
    pages = range(first, n + 1)
    text = ""
    for i in pages:
        width, words = _words(pdf, i)
        assert width < 600, i  # A4 portrait, 595 points wide
        # every word inside the page, within its right margin (0.6 inch, 43 points)
        assert words and all(x <= width - 40 for _, x in words), (i, max(x for _, x in words))
        text += " " + " ".join(html_lib.unescape(w) for w, _ in words)
    # each line of the sheet whole, its words in order (cut, a line's end was pages away)
    said = " ".join(text.split())
    _, lines = _instructions(path)
    for line in lines:
        assert " ".join(line.split()) in said, line
    # as many pages as the text needs: one or two, not three pages wide
    assert len(pages) <= 2
