"""Review 32: scripts/render_report_pages.py rendered with LibreOffice in en-US, so a French
report's pages showed « 19,662 » and « Imprimé le 12/03/2026 » (for 3 December). It renders
in the report's language: a per-run profile sets LibreOffice's locale (fr-FR for French)."""

from __future__ import annotations

import datetime
import importlib.util
import re
import shutil
from pathlib import Path

import pytest

import barometre as bm

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "render_report_pages.py"
SURVEY = ("code;plateforme;présent;abonnés;date\n29;Facebook;Oui;19662;15/10/2025\n"
          "35;Facebook;Oui;25431;15/10/2025\n56;Facebook;Oui;8120;15/10/2025\n"
          "22;Facebook;Oui;12004;15/10/2025\n")


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("render_pages", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("loc")
    f = out / "bretagne.csv"
    f.write_text(SURVEY, encoding="utf-8")
    s = bm.read_survey(f)
    return {lang: bm.write_report(out / f"r-{lang}.xlsx", bm.adoption(s), survey=s,
                                  entity="29", lang=lang) for lang in ("fr", "en")}


def test_the_report_s_language_and_its_profile(script, reports, tmp_path):
    assert script.report_lang(reports["fr"]) == "fr"
    assert script.report_lang(reports["en"]) == "en"
    xcu = (script._profile(tmp_path, "fr-FR") / "user" / "registrymodifications.xcu").read_text()
    for name in ("ooSetupSystemLocale", "ooLocale"):
        assert re.search(rf'oor:name="{name}" oor:op="fuse"><value>fr-FR</value>', xcu)


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or poppler-utils not installed")
def test_a_french_report_renders_french_numbers_and_dates(script, reports, tmp_path):
    today = datetime.date.today()
    said = {}
    for lang in ("fr", "en"):
        pdf = script.to_pdf(reports[lang], tmp_path / lang)
        said[lang] = "".join(script.page_text(pdf, i) for i in range(1, script.page_count(pdf) + 1))
    fr, en = said["fr"], said["en"]
    # the Classement's and Benchmark's number cells (#,##0), and the footer's print date
    assert re.search(r"25[\u202f\u00a0 ]431", fr) and "25,431" not in fr
    assert f"Imprimé le {today:%d/%m/%Y}" in fr
    assert "25,431" in en and f"{today:%d/%m/%Y}" in en
