"""pg27: the report's notes fit its printed pages, its ≈ footnotes count one thing, its
coverage under ``--platform`` says its platforms once.

1. Every note of every sheet (outside the tables) fits the printed width: wrapped in cells
   merged across the columns with a row tall enough for its lines, or short enough to fit
   on one line within the sheet's columns, at the width estimate of
   tests/test_report_print_layout.py (1.3 characters a unit of column width at 11 pt). The
   Évolution's notes of a survey's waves ran on unwrapped past its four columns.
2. Nantes' Instagram typed « 45,3 k »: the Synthèse said « 2 valeurs tirées d'un nombre
   abrégé » (its count and its number per 1,000 inhabitants, both marked ≈) where the
   Benchmark said « 1 valeur »; both count the follower counts typed abbreviated (1) and
   say so, the Synthèse adding that the number per 1,000 inhabitants is marked too.
3. ``report -p facebook``: Sources et méthode's coverage said « … avec au moins une réponse ;
   5 dans le fichier — entités ayant au moins une réponse sur Facebook »: now once,
   « … avec au moins une réponse sur Facebook ; 5 dans le fichier ».

Every workbook is written by the CLI and read back with openpyxl.
"""

from __future__ import annotations

import math

import openpyxl
import pytest
from openpyxl.utils import get_column_letter, range_boundaries

import barometre as bm
from barometre.render.excel.cells import typeset

NN = "\u202f"
# Ain typed « 1,2k » (read 1 200) on Instagram, its Facebook exact; the others' exact
CSV = ("code,nom,facebook,abonnes facebook,instagram,abonnes instagram,date\n"
       '01,Ain,oui,15000,oui,"1,2k",2025-03-01\n'
       "02,Aisne,non,,oui,800,2025-03-01\n"
       "03,Allier,oui,9000,,,2025-03-01\n"
       "04,Alpes-de-Haute-Provence,,,,,2025-03-01\n"
       "05,Hautes-Alpes,oui,5000,oui,3000,2025-03-01\n")


@pytest.fixture
def survey(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def _report(cli, tmp_path, data, *args):
    out = tmp_path / f"r{len(list(tmp_path.glob('r*.xlsx')))}.xlsx"
    res = cli("report", "--data", data, *args, "-o", out, "--force")
    assert res.exit_code == 0, res.output
    return openpyxl.load_workbook(out)


def _cells(ws):
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


# --------------------------------------------------------------------------- 1. print width

def _width(ws, col: int) -> float:
    return ws.column_dimensions[get_column_letter(col)].width or 8.43


def _notes_that_do_not_fit(ws) -> list[str]:
    """The notes of ``ws`` (string cells outside its tables) that would run past the right
    of its columns or be cut at the foot of their row, at 1.3 characters a unit of width."""
    tables = [range_boundaries(t.ref) for t in ws.tables.values()]
    merged = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}
    right = sum(_width(ws, c) for c in range(1, ws.max_column + 1))
    bad = []
    for row in ws.iter_rows():
        for c in row:
            if not isinstance(c.value, str) or any(
                    a <= c.column <= cc and b <= c.row <= d for a, b, cc, d in tables):
                continue
            size = c.font.sz or 11
            per_unit = 1.3 * 11 / size * (0.9 if c.font.b else 1)
            lines = c.value.split("\n")
            rng = merged.get((c.row, c.column))
            if rng is None and not c.alignment.wrap_text:  # one line, running to the right
                room = right - sum(_width(ws, k) for k in range(1, c.column))
                if max(len(x) for x in lines) > room * per_unit:
                    bad.append(c.value)
                continue
            last = rng.max_col if rng else c.column
            room = sum(_width(ws, k) for k in range(c.column, last + 1)) * per_unit
            need = sum(max(1, math.ceil(len(x) / room)) for x in lines)
            height = ws.row_dimensions[c.row].height or 15
            if need > 1 and height < 14.5 * size / 11 * need - 1:
                bad.append(c.value)
    return bad


#: two waves: the Évolution's notes (« Une valeur par série et par vague, … », 235
#: characters) ran on past its four columns, unwrapped, the sheet printed smaller for them
W2024 = ("Code département;Facebook;Abonnés Facebook;Instagram;Date du relevé\n"
         "01;Oui;1000;Oui;15/10/2024\n02;Non;;Oui;15/10/2024\n03;Oui;300;Non;15/10/2024\n"
         "04;Oui;50;;15/10/2024\n")
W2025 = ("Code département;Facebook;Abonnés Facebook;Instagram;Date du relevé\n"
         "01;Oui;1100;Oui;15/10/2025\n02;Oui;20;Oui;15/10/2025\n03;Oui;400;Non;15/10/2025\n"
         "05;Oui;70;Oui;15/10/2025\n")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("which", ["demo", "rounded", "waves"])
def test_every_note_of_every_sheet_fits_the_printed_width(cli, tmp_path, survey, lang, which):
    if which == "waves":
        files = []
        for year, body in ((2024, W2024), (2025, W2025)):
            files += ["--data", tmp_path / f"w{year}.csv"]
            files[-1].write_text(body, encoding="utf-8")
        wb = _report(cli, tmp_path, *files[1:], "--entity", "01", "--lang", lang)
    else:
        data, entity = ((bm.demo_file("enquete"), "Finistère") if which == "demo"
                        else (survey, "01"))
        wb = _report(cli, tmp_path, data, "--entity", entity, "--lang", lang)
    assert which != "waves" or len(wb.worksheets) > 7  # the Évolution and Mouvements too
    for ws in wb.worksheets:
        assert _notes_that_do_not_fit(ws) == [], ws.title


# --------------------------------------------------------------------------- 2. ≈ counted

SAID = {"fr": ("Synthèse", f"≈ : 1 nombre d'abonnés abrégé dans le fichier (« 1,2k », lu "
                           f"1{NN}200), donc arrondi",
               f", comme son nombre pour 1{NN}000 habitants"),
        "en": ("Summary", "≈: 1 follower count abbreviated in the file (“1,2k”, read as "
                          "1,200), so rounded", ", as is its number per 1,000 inhabitants")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_synthesis_and_benchmark_count_the_same_rounded_counts(cli, tmp_path, survey, lang):
    summary, note, per_1000 = SAID[lang]
    wb = _report(cli, tmp_path, survey, "--entity", "01", "--lang", lang)
    said = {ws: [v for v in _cells(wb[ws]) if v.startswith("≈") and ":" in v[:3]]
            for ws in (summary, "Benchmark")}
    # the count marked ≈ beside its number per 1,000 on the Synthèse: one count, both said
    assert said == {summary: [typeset(note + per_1000, lang)], "Benchmark": [typeset(note, lang)]}


# --------------------------------------------------------------------------- 3. coverage

@pytest.mark.parametrize("lang, row", [
    ("fr", f"4 départements sur 101 en France (4{NN}%) avec au moins une réponse sur Facebook "
           "ou Instagram ; 5 dans le fichier"),
    ("en", "4 départements of 101 in France (4%) with at least one answer on Facebook or "
           "Instagram; 5 in the file")])
def test_coverage_under_platform_says_its_platforms_once(cli, tmp_path, survey, lang, row):
    wb = _report(cli, tmp_path, survey, "-p", "facebook", "-p", "instagram", "--lang", lang)
    sources = {r[0]: r[1] for r in wb.worksheets[-1].iter_rows(values_only=True)
               if r[0] and r[1]}
    assert sources["Couverture" if lang == "fr" else "Coverage"] == typeset(row, lang)
