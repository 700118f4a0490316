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
    assert ws["K50"].number_format == "# ##0" and ws["K50"].border.bottom.style == "thin"
    # the template reads back as before
    s = bm.read_survey(template, blank="absent")
    assert s["code"].nunique() == 101


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
