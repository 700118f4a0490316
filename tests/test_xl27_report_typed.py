"""The report quotes the counts typed abbreviated (« 1,2k ») where it marks them ≈, with the
footnote rank and the charts give (rev27a), and its Sources et méthode's coverage says the
entities that answered and those the file holds as the Synthèse does (rev27b)."""
from __future__ import annotations

import re

import openpyxl
from barometre.render.excel.cells import typeset
import pytest

NNBSP = "\u202f"
# Ain typed « 1,2k » (read 1 200), the Aisne answered « Non », two rows left blank
CSV = ("code,nom,facebook,abonnes facebook,date\n"
       '01,Ain,oui,"1,2k",2025-03-01\n'
       "02,Aisne,non,,2025-03-01\n"
       "03,Allier,,,2025-03-01\n"
       "04,Alpes-de-Haute-Provence,,,2025-03-01\n"
       "05,Hautes-Alpes,oui,5000,2025-03-01\n")
SAID = {"fr": {"col": "Abonnés : nombre abrégé dans le fichier", "cell": "≈ « 1,2k »",
               "sheets": ("Classement", "Données", "Benchmark", "Sources et méthode", "Synthèse"),
               "head": ("Réseau", "Code"),
               "note": f"≈ : 1 valeur tirée d'un nombre abrégé dans le fichier (« 1,2k », lu "
                       f"1{NNBSP}200), donc arrondie",
               # the Benchmark's (pg27): the counts, as the Synthèse counts them
               "bench": f"≈ : 1 nombre d'abonnés abrégé dans le fichier (« 1,2k », lu "
                        f"1{NNBSP}200), donc arrondi"},
        "en": {"col": "Followers: abbreviated in the file", "cell": "≈ “1,2k”",
               "sheets": ("Ranking", "Data", "Benchmark", "Sources and method", "Summary"),
               "head": ("Platform", "Code"),
               "note": "≈: 1 value from a number abbreviated in the file (“1,2k”, read as "
                       "1,200), so rounded",
               "bench": "≈: 1 follower count abbreviated in the file (“1,2k”, read as "
                        "1,200), so rounded"}}
# the workbook's texts as s33 writes them (no-break spaces before « : » and inside « »)
SAID = {lang: {k: typeset(v, lang) if isinstance(v, str) else v for k, v in said.items()}
        for lang, said in SAID.items()}


@pytest.fixture
def report(cli, tmp_path):
    src = tmp_path / "enquete.csv"
    src.write_text(CSV, encoding="utf-8")

    def make(lang: str, entity: str | None = None):
        out = tmp_path / f"r-{lang}-{entity}.xlsx"
        res = cli("report", "--data", src, *(["--entity", entity] if entity else []),
                  "--lang", lang, "-o", out)
        assert res.exit_code == 0, res.output
        return openpyxl.load_workbook(out)
    return make


def _table(ws, first: tuple[str, ...]):
    rows = list(ws.iter_rows(values_only=True))
    at = next(i for i, r in enumerate(rows) if r and r[0] in first)
    return rows[:at], list(rows[at]), [r for r in rows[at + 1:] if r and r[0]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_ranking_and_data_sheets_quote_the_typed_cell_under_their_footnote(report, lang):
    said = SAID[lang]
    wb = report(lang)
    ranking, data = said["sheets"][:2]
    for name in (ranking, data):
        above, head, rows = _table(wb[name], said["head"])
        j = head.index(said["col"])
        code = head.index("Code")
        assert [(r[code], r[j - 1], r[j]) for r in rows if r[j]] == [("01", 1200, said["cell"])], name
    above, _, _ = _table(wb[ranking], said["head"])
    assert said["note"] in [r[0] for r in above]  # the footnote rank and the charts give


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_benchmark_sheet_quotes_the_entity_typed_cell_and_says_the_footnote(report, lang):
    said = SAID[lang]
    ws = report(lang, "01")["Benchmark"]
    _, head, rows = _table(ws, ("Réseau", "Platform"))
    j = head.index(said["col"])
    assert (rows[0][j - 1], rows[0][j]) == (1200, said["cell"])
    assert said["bench"] in [c.value for row in ws.iter_rows() for c in row]


def test_no_sheet_says_a_rounded_count_without_its_typed_cell(report):
    wb = report("fr", "01")
    cells = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert "≈ arrondi" not in cells
    assert any(typeset("« 1,2k »", "fr") in v for v in cells)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sources_coverage_says_the_synthesis_numbers_in_its_words(report, lang):
    wb = report(lang)
    said = SAID[lang]
    sources = {r[0]: r[1] for r in wb[said["sheets"][3]].iter_rows(values_only=True) if r[0] and r[1]}
    cov = sources["Couverture" if lang == "fr" else "Coverage"]
    summary = " ".join(c for r in wb[said["sheets"][4]].iter_rows(values_only=True)
                       for c in r if isinstance(c, str))
    if lang == "fr":
        assert cov == typeset(f"3 départements sur 101 en France (3{NNBSP}%) avec au moins une "
                              "réponse ; 5 dans le fichier", "fr")
        assert typeset("(3 sur 101 départements ; 5 dans le fichier)", "fr") in summary
        assert typeset(f"Couverture de l'enquête : 3 départements sur 101 (3{NNBSP}%) avec au "
                       "moins une réponse", "fr") in summary
        assert not re.search(r"\d+ départements dans le fichier sur", cov)
    else:
        assert cov == "3 départements of 101 in France (3%) with at least one answer; 5 in the file"
        assert "(3 of the 101 départements; 5 in the file)" in summary
