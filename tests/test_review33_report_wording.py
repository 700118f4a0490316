"""A survey's report says what it leaves out and where it is (user review, session 33).

3. ``report --type departement --data enquete.xlsx`` has no published barometer's figure (no
   Évolution of theirs), and said nothing of it: the Synthèse and Sources et méthode now say
   a survey's report does not mix them and how to see them (``barometre compare --type
   departement``, ``barometre.compare("departement")`` in Python). (r36: a report without
   an Évolution sheet names none: « ni à côté des chiffres clés, ni dans une autre feuille ».)
4. A report of two waves said « Année 2026 ; laissé de côté : 2025 (5 entités) » though 2025
   makes its Évolution and Mouvements: it says 2025 is not in the year's figures, and that
   those sheets use it.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

NAMES = ["Loire-Atlantique", "Ille-et-Vilaine", "Finistère", "Morbihan", "Côtes-d'Armor"]

PUBLISHED_FR = (
    "ce rapport ne mêle pas aux chiffres du fichier ceux des baromètres publiés sur les "
    "départements (ni à côté des chiffres clés, ni dans une autre feuille) ; ils ont leur "
    "propre rapport : barometre report --type departement -o publies.xlsx (en Python : "
    "barometre.compare(\"departement\"))")
PUBLISHED_EN = (
    "this report does not mix the published barometers' figures on the départements with the "
    "file's (neither beside the key figures nor in any other sheet); they have their own "
    "report: barometre report --type departement -o published.xlsx (in Python: "
    "barometre.compare(\"departement\"))")


def _cells(path, sheet_index: int) -> list[list]:
    ws = openpyxl.load_workbook(path).worksheets[sheet_index]
    return [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)
            if any(c is not None for c in row)]


def _waves(tmp_path):
    old = ["Département;Facebook;Abonnés Facebook;Date du relevé"]
    new = ["Département;Facebook;Abonnés Facebook;Date du relevé"]
    for i, n in enumerate(NAMES):
        old.append(f"{n};Oui;{40000 - 5000 * i};15/10/2025")
        new.append(f"{n};Oui;{42000 - 5000 * i};05/11/2026")
    a, b = tmp_path / "vague-2025.csv", tmp_path / "vague-2026.csv"
    a.write_text("\n".join(old) + "\n", encoding="utf-8")
    b.write_text("\n".join(new) + "\n", encoding="utf-8")
    return a, b


@pytest.mark.parametrize("lang, summary, method", [
    ("fr", "Chiffres publiés : " + PUBLISHED_FR, ["Chiffres publiés", PUBLISHED_FR]),
    ("en", "Published figures: " + PUBLISHED_EN, ["Published figures", PUBLISHED_EN])])
def test_survey_report_says_the_published_figures_are_elsewhere(cli, tmp_path, lang, summary,
                                                               method):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--type", "departement", "--data", bm.demo_file("enquete"), "-o", out,
              "--lang", lang)
    assert res.exit_code == 0, res.output
    assert [typeset(summary, lang)] in _cells(out, 0)
    assert [typeset(m, lang) for m in method] in _cells(out, -1)
    # what it points to is there: the published figures of the départements
    assert len(bm.compare("departement"))


def test_published_report_does_not_say_it(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", "--type", "departement", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert not any(isinstance(v, str) and "Chiffres publiés" in v
                   for ws in wb for row in ws.iter_rows(values_only=True) for v in row)


@pytest.mark.parametrize("lang, said", [
    ("fr", "Année 2026 ; 2025 (5 entités) : hors des chiffres de 2026, repris dans les feuilles "
           "« Évolution » et « Mouvements »"),
    ("en", "Year 2026; 2025 (5 entities): not in the figures of 2026, used in the “Trend” and "
           "“Changes” sheets")])
def test_two_waves_say_where_the_older_year_is_used(cli, tmp_path, lang, said):
    a, b = _waves(tmp_path)
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", a, "--data", b, "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    assert {"Évolution", "Mouvements"} <= set(wb.sheetnames) or {"Trend", "Changes"} <= set(
        wb.sheetnames)
    summary = [r[0] for r in _cells(out, 0)]
    assert typeset(said, lang) in summary  # as the French workbook writes it (s33)
    assert not any(isinstance(x, str) and ("laissé de côté" in x or "left aside" in x)
                   for x in summary)
    method = dict(r[:2] for r in _cells(out, -1) if len(r) >= 2)
    assert method["Année des chiffres" if lang == "fr" else "Year of the figures"] == typeset(
        said, lang)


def test_compare_keeps_its_words(cli, tmp_path):
    """compare shows one year: the older one is left aside there, as it said."""
    a, _ = _waves(tmp_path)
    long = tmp_path / "long.csv"
    rows = a.read_text(encoding="utf-8").splitlines()
    rows += [x.replace("15/10/2025", "05/11/2026") for x in rows[1:]]
    long.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = cli("compare", "--data", long, "--type", "departement").stdout
    assert "Année 2026 ; laissé de côté : 2025 (5 entités)" in out.splitlines()
