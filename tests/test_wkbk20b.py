"""Review rvmgmt20 (a directrice de la communication presents to her executive): the report
reads right to an executive. Survey: tests/files/rvmgmt20/pairs-gironde.csv (Gironde and
12 large départements, 6 platforms, waves of 15/10/2024 and 15/10/2025, a few blanks)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from barometre.render.excel.cells import typeset
import pytest

HERE = Path(__file__).parent
PAIRS = HERE / "files" / "rvmgmt20" / "pairs-gironde.csv"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The report of the Gironde, French and English (written once)."""
    from typer.testing import CliRunner

    from barometre.cli.app import app

    out = {}
    for lang in ("fr", "en"):
        f = tmp_path_factory.mktemp(lang) / "r.xlsx"
        done = CliRunner().invoke(app, ["report", "--data", str(PAIRS), "--entity", "33",
                                        "-o", str(f), "--lang", lang])
        assert done.exit_code == 0, done.output
        out[lang] = f
    return out


def _sheet(path: Path, fr: str, en: str):
    wb = openpyxl.load_workbook(path)
    return wb[fr] if fr in wb.sheetnames else wb[en]


def _growth_shown(value: float, fmt: str) -> str:
    """The growth as the cell's number format shows it (its decimals; the sign aside)."""
    first = fmt.split(";")[0]
    digits = len(first.split(".")[1].split(" ")[0].rstrip("%")) if "." in first else 0
    return f"{abs(value) * 100:.{digits}f}"


# --- 5. Mouvements: the growths read apart as they are ranked; ties said ----------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_growth_ranking_shows_the_decimals_that_tell_its_ranks_apart(reports, lang):
    ws = _sheet(reports[lang], "Mouvements", "Changes")
    head = next(r for r in range(1, ws.max_row + 1)
                if ws.cell(r, 2).value in ("Rang", "Rank") and ws.cell(r, 3).value == "Code")
    rows = [(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 2).number_format,
             ws.cell(r, 7).value, ws.cell(r, 7).number_format)
            for r in range(head + 1, ws.max_row + 1) if ws.cell(r, 2).value is not None]
    assert len(rows) == 12 + 12 + 12 + 11 + 11 + 8
    for (p1, r1, _, g1, f1), (p2, r2, _, g2, f2) in zip(rows, rows[1:]):
        if p1 == p2 and r1 != r2:  # two ranks: two figures a reader tells apart
            assert _growth_shown(g1, f1) != _growth_shown(g2, f2), (p1, r1, g1, f1, g2, f2)
    fb = [r for r in rows if r[0] == "Facebook"]
    assert len({_growth_shown(g, f) for _, _, _, g, f in fb}) == 12  # « +6 % » six times before
    tied = "(ex aequo)" if lang == "fr" else "(tied)"
    shared = [(p, r) for p, r, rf, _, _ in rows if tied in rf]
    assert shared == [("YouTube", 7), ("YouTube", 7)]  # Nord and Pas-de-Calais, as the Classement


# --- 9. losses said as losses: changes' lists and the Mouvements' title -----------------

@pytest.mark.parametrize("lang, line", [
    # each named loss read apart from its neighbours (msg27: not « −2 % » three times)
    ("fr", "X (ex-Twitter) — plus faibles baisses : Rhône −1,8\u202f%, Hérault −2,2\u202f%, "
           "Pas-de-Calais −2,4\u202f% ; plus fortes baisses : Seine-Maritime −4,4\u202f%"),
    ("en", "X (formerly Twitter) — smallest losses: Rhône −1.8%, Hérault −2.2%, "
           "Pas-de-Calais −2.4%; largest losses: Seine-Maritime −4.4%")])
def test_changes_names_a_platforms_losses_as_losses(cli, lang, line):
    out = cli("changes", "--data", PAIRS, "--panel", "--lang", lang)
    assert out.exit_code == 0, out.stderr
    x = next(s for s in out.stdout.splitlines() if s.startswith("X (") and " — " in s)
    assert x.startswith(line), x
    assert "croissances" not in x and "growth" not in x
    fb = next(s for s in out.stdout.splitlines() if s.startswith("Facebook —"))
    assert ("plus fortes croissances" if lang == "fr" else "fastest growth") in fb


def test_movers_words_follow_the_signs_of_the_growths_named():
    from barometre.render.waves import _movers_words, growth_words

    assert _movers_words([0.3, 0.2], [0.1, 0.0]) == "waves-movers"
    assert _movers_words([-0.01, -0.02], [-0.03, -0.04]) == "waves-movers-losses"
    assert _movers_words([0.3, 0.2], [-0.1, -0.2]) == "waves-movers-rises-losses"
    assert _movers_words([0.3, -0.01], [-0.1, -0.2]) == "waves-movers-mixed"
    assert growth_words([0.1, 0.2]) == "waves-excel-growth"
    assert growth_words([-0.1, float("nan")]) == "waves-excel-growth-losses"
    assert growth_words([0.1, -0.2]) == "waves-excel-growth-mixed"


@pytest.mark.parametrize("lang, title", [
    ("fr", "Évolution des abonnés (rang 1 = la plus forte hausse, ou la plus faible baisse)"),
    ("en", "Change in followers (rank 1 = the largest rise, or the smallest loss)")])
def test_the_mouvements_growth_title_says_the_losses_of_x(reports, lang, title):
    ws = _sheet(reports[lang], "Mouvements", "Changes")
    said = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert title in said
    assert not any(s.startswith(("Croissance des abonnés", "Follower growth")) for s in said)


# --- 6. trend charts: the lines drawn one over the other are said -----------------------

SAME = {"fr": "Facebook, X (ex-Twitter), Instagram, LinkedIn et au moins un réseau : "
              "100\u202f% aux deux vagues (lignes confondues)",
        "en": "Facebook, X (formerly Twitter), Instagram, LinkedIn and at least one network: "
              "100% at both waves (lines drawn one over the other)"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_evolution_sheet_says_which_lines_coincide(reports, lang):
    ws = _sheet(reports[lang], "Évolution", "Trend")
    said = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert typeset(SAME[lang], lang) in said
    assert ws._charts  # the chart those lines hide one another in


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_trend_chart_caption_says_which_lines_coincide(lang):
    import barometre as bm
    from barometre.render import charts

    w = bm.read_waves(PAIRS)
    fig = charts.wave_trend(bm.wave_trend(w, panel=True), lang=lang)
    lines = fig.get_supxlabel().replace("\n", " ")
    assert SAME[lang] + "." in lines
    # TikTok and YouTube, each its own line, are not named there (the sentence and what
    # follows it; the line of each point's n names every platform, waves21b)
    said = lines[lines.index(SAME[lang]):]
    assert "YouTube" not in said and "TikTok" not in said
    assert "different bases" not in lines and "bases différentes" not in lines  # a panel


# --- 7. the workbook is dated by its data ----------------------------------------------

def _core_dates(path: Path) -> dict[str, str]:
    import re
    import zipfile

    core = zipfile.ZipFile(path).read("docProps/core.xml").decode()
    return dict(re.findall(r"<dcterms:(created|modified)[^>]*>([^<]*)<", core))


def test_the_report_is_dated_by_its_latest_reading_and_says_it(cli, tmp_path, monkeypatch):
    import zipfile

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for f in (a, b):
        assert cli("report", "--data", PAIRS, "--entity", "33", "-o", f).exit_code == 0
    assert a.read_bytes() == b.read_bytes()  # run to run, the same bytes
    assert _core_dates(a) == {"created": "2025-10-15T00:00:00Z", "modified": "2025-10-15T00:00:00Z"}
    assert {i.date_time for i in zipfile.ZipFile(a).infolist()} == {(2025, 10, 15, 0, 0, 0)}
    ws = openpyxl.load_workbook(a)["Synthèse"]
    top = [ws.cell(r, 1).value for r in range(1, 7)]
    assert typeset("Dates des relevés : 15 octobre 2024, 15 octobre 2025", "fr") in top
    assert any(str(v).endswith("; données au 15 octobre 2025") for v in top), top
    # SOURCE_DATE_EPOCH still wins (reproducible builds)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert cli("report", "--data", PAIRS, "--entity", "33", "-o", b, "--force").exit_code == 0
    assert _core_dates(b) == {"created": "2023-11-14T22:13:20Z", "modified": "2023-11-14T22:13:20Z"}


def test_a_report_of_published_figures_is_dated_by_its_latest_source(monkeypatch):
    import barometre as bm
    from barometre.analysis.report import report_data
    from barometre.render.excel.workbook import data_date, report_stamp

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    # 2012's figures for every type: the latest source is dated March 2013
    r = report_data(bm.compare("all", year=2012))
    assert data_date(r).isoformat() == "2013-03-01T00:00:00+00:00"
    assert report_stamp(r) == data_date(r)
    # the régions' 2015: Ideose's October figures and its « fin 2015 » study, which the
    # report names too (pub27): no month is sure for the latest, so none is said
    r = report_data(bm.compare("region", year=2015, source="ideose"))
    assert data_date(r) is None
    assert report_stamp().year == 2000  # nothing to date: the constant, as a template


# --- 10. « IC 95 % » and « panel » explained where first used; one wording of the measure

@pytest.mark.parametrize("lang, ci, measure", [
    ("fr", "IC 95\u202f% : intervalle de confiance à 95\u202f%",
     "part des départements présents sur le réseau, parmi ceux ayant répondu"),
    ("en", "95% CI: 95% confidence interval", None)])
def test_the_summary_explains_ic_95_below_the_key_figures(reports, lang, ci, measure):
    wb = openpyxl.load_workbook(reports[lang])
    ws = wb.worksheets[0]
    said = [str(c.value) for c in ws["A"] if c.value]
    term = "IC 95\u202f%" if lang == "fr" else "95% CI"
    first = next(i for i, s in enumerate(said) if term in s)
    explained = next(i for i, s in enumerate(said) if s.startswith(typeset(ci, lang)))
    assert first < explained <= first + 7  # the line after the key figures, not the last sheet
    adoption = wb.worksheets[1]
    head = [c.value for c in adoption[1]]
    j = head.index("Mesure" if lang == "fr" else "Measure")
    measures = {r[j] for r in adoption.iter_rows(min_row=2, values_only=True) if r[1]}
    summary = next(s for s in said if s.startswith((typeset("Mesure : ", "fr"), "Measure: ")))
    assert len(measures) == 1 and summary.endswith(measures.pop())  # the same words
    if measure:
        assert summary == typeset(f"Mesure : {measure}", "fr")


def test_the_panel_is_explained_under_the_scope_that_first_names_it(cli, tmp_path):
    f = tmp_path / "p.xlsx"
    assert cli("report", "--data", PAIRS, "--entity", "33", "--panel", "-o", f).exit_code == 0
    ws = openpyxl.load_workbook(f).worksheets[0]
    said = [str(c.value) for c in ws["A"] if c.value]
    # 12: Bas-Rhin's empty 2025 row is in no wave (session 35), said out of the panel
    scope = said.index(typeset("Périmètre : 12 départements du panel", "fr"))
    assert said[scope + 1].startswith(typeset("Panel : les entités du fichier présentes à chaque "
                                              "vague, choisies à la main", "fr"))
    assert not any("panel" in s for s in said[:scope])


# --- 11. every table's header words whole on one line (LibreOffice printed « Compt / e »)

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_tables_header_words_fit_their_column(reports, lang):
    import re

    from openpyxl.utils import get_column_letter

    from barometre.render.excel.sheets import HEADER_ROOM, _words

    wb = openpyxl.load_workbook(reports[lang])
    checked = set()
    for ws in wb.worksheets:
        for t in ws.tables.values():
            row = int(re.sub(r"[A-Z$]", "", t.ref.split(":")[0]))
            for c in ws[row]:
                if isinstance(c.value, str) and c.value:
                    width = ws.column_dimensions[get_column_letter(c.column)].width or 8
                    longest = max(len(w) for w in _words(c.value))
                    # a word longer than the narrowest room a bold header with its filter
                    # button leaves would be cut; fixed narrow columns excepted (wrapped text)
                    assert longest <= width - HEADER_ROOM, (ws.title, c.coordinate, c.value, width)
                    checked.add(c.value)
    assert ("Compte" if lang == "fr" else "Account") in checked
