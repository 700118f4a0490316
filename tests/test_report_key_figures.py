"""The report's key figures keep what compare says of them: their measure and base (a share
of those present on social media, of a survey's respondents), their dispute ("‡" and its
note), and a source a printed figure can be traced to (review13, findings 1, 4, 9c, 10).

Every workbook is written by the CLI, as a user writes it, and read back with openpyxl;
chart titles are read from the chart XML.
"""

from __future__ import annotations

import openpyxl
import pytest

from barometre.domain.registry import TYPES
from barometre.render.excel.sheets import FIT_LIMIT, _lines
from barometre.render.excel.cells import typeset

from .test_excel_layout import assert_chart_matches_table, charts_of

NN = "\u202f"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The reviewer's selections, written once by the CLI."""
    from typer.testing import CliRunner

    from barometre.cli.app import app

    d = tmp_path_factory.mktemp("kf")
    runs = {"all2018": ("--type", "all", "--year", "2018"),
            "all2018_en": ("--type", "all", "--year", "2018", "--lang", "en"),
            "default": (),
            "default_en": ("--lang", "en"),
            "eq": ("--type", "all", "--year", "2012", "--source", "edgar-quinet-2013"),
            "eq_en": ("--type", "all", "--year", "2012", "--source", "edgar-quinet-2013", "--lang", "en"),
            "commune": ("--type", "commune"),
            "y2018": ("--year", "2018")}
    out = {}
    for name, args in runs.items():
        path = d / f"{name}.xlsx"
        res = CliRunner().invoke(app, ["report", *args, "-o", str(path)])
        assert res.exit_code == 0, res.output
        out[name] = path
    return out


def _summary_chart(path) -> list[dict]:
    """The Synthèse's chart (the only bar chart), as a one-item list."""
    return [c for c in charts_of(path) if c["kind"] == "barChart"]


def _lines_of(path, sheet: int = 0) -> list[str]:
    ws = openpyxl.load_workbook(path).worksheets[sheet]
    return [c.value for c in ws["A"] if isinstance(c.value, str)]


def _rows(path, sheet: str) -> list[dict]:
    """The rows of the sheet's first table (the notes under it aside)."""
    ws = openpyxl.load_workbook(path)[sheet]
    table = next(iter(ws.tables.values()))
    cells = [[c.value for c in row] for row in ws[table.ref]]
    return [dict(zip(cells[0], r)) for r in cells[1:]]


def test_a_share_of_those_present_says_so(reports):
    """OST 2018: 92 % of the 3,918 authorities present on social media, not of all."""
    lines = _lines_of(reports["all2018"])
    assert (f"92{NN}%° des collectivités présentes sur les réseaux sociaux sont sur Facebook (n = 3{NN}918)"
            f" — Observatoire socialmedia des territoires / Cap'Com, 2019 (chiffres de 2018)") in lines
    assert not any("de l'ensemble des collectivités sur" in t for t in lines)
    assert "° part parmi les collectivités présentes sur les réseaux sociaux, pas parmi toutes." in lines
    assert typeset("Mesure : part des collectivités présentes sur les réseaux sociaux", "fr") in lines
    (chart,) = _summary_chart(reports["all2018"])
    assert chart["title"] == ("Ensemble des collectivités : part des collectivités présentes sur les "
                              "réseaux sociaux, par réseau, 2018")
    assert_chart_matches_table(reports["all2018"], chart)


def test_a_share_of_those_present_in_english(reports):
    lines = _lines_of(reports["all2018_en"])
    assert ("92%° of the local authorities present on social media are on Facebook (n = 3,918)"
            " — Observatoire socialmedia des territoires / Cap'Com, 2019 (2018 figures)") in lines
    assert not any("of all local authorities on" in t for t in lines)
    assert "° share among authorities present on social media, not among all." in lines
    (chart,) = _summary_chart(reports["all2018_en"])
    assert chart["title"] == "All authorities: share of the authorities present on social media, by platform, 2018"


def test_a_share_of_respondents_says_so(reports):
    """The default report's only key figure: 95 % of the intercommunalités that answered a
    survey (the census for the type says 20 %)."""
    lines = _lines_of(reports["default"])
    assert (f"95{NN}%§ des intercommunalités répondant à l'enquête sont sur au moins un réseau — "
            "Intercommunalités de France / Epiceum / Cap'Com / Occurrence, 2023") in lines
    assert "§ part des répondants d'une enquête, pas de toutes les collectivités." in lines
    (chart,) = _summary_chart(reports["default"])
    assert chart["title"] == "Intercommunalités : part des répondants d'une enquête, par réseau, 2023"
    assert "Présence" not in chart["title"]
    en = _lines_of(reports["default_en"])
    assert any(t.startswith("95%§ of the intercommunalities answering the survey are on at least one "
                            "network — ") for t in en), en[:10]
    (chart,) = _summary_chart(reports["default_en"])
    assert chart["title"] == "Intercommunalities: share of a survey's respondents, by platform, 2023"


def test_a_base_that_says_more_is_given(reports):
    """Marsouin's communes are Breton communes that answered: the base says it."""
    lines = _lines_of(reports["commune"])
    assert typeset(f"68{NN}%§ des communes répondant à l'enquête sont sur au moins un réseau "
                   "(base : communes bretonnes répondant à l'enquête) — Marsouin, 2021", "fr") in lines


def test_one_measure_per_summary_chart(reports):
    """2018, every type: shares of all, of those present (OST's 92 %) and of respondents
    (Marsouin's 36 %) are never bars of one chart; the figures left out are named."""
    path = reports["y2018"]
    lines = _lines_of(path)
    assert typeset("Mesure : part de toutes les entités de la base", "fr") in lines
    left = next(t for t in lines if t.startswith("Graphique limité à une mesure"))
    assert left == typeset("Graphique limité à une mesure ; non repris (autre mesure, voir la "
                           "feuille Adoption) : communes (au moins un réseau) ; collectivités "
                           "présentes sur les réseaux sociaux (Facebook, X (ex-Twitter), "
                           "Instagram, LinkedIn, YouTube, Snapchat).", "fr")  # (OST's
    # 92 %, named by its base, as every list of types names a figure of type all: wd26)
    ws = openpyxl.load_workbook(path)["Synthèse"]
    (row,) = [c.row for c in ws["A"] if c.value == left]
    assert f"A{row}:J{row}" in {str(m) for m in ws.merged_cells.ranges}  # wrapped within the printed width
    assert ws.cell(row=row, column=1).alignment.wrap_text and ws.row_dimensions[row].height >= 2 * 14.5
    ws = openpyxl.load_workbook(path)["Synthèse"]
    (table,) = [t for t in ws.tables.values() if t.name == "Synthese"]
    cells = [[c.value for c in row] for row in ws[table.ref]]
    heads = cells[0]
    assert "Communes" not in heads  # Marsouin's 36 %, of respondents: not charted
    everyone = heads.index("Ensemble des collectivités")
    # OST's 10 % of all, not its 92 % of those present on Facebook
    assert [row[everyone] for row in cells[1:] if row[everyone] is not None] == [0.1]
    (chart,) = _summary_chart(path)
    assert chart["title"] == "Part des collectivités présentes sur chaque réseau, 2018"
    assert_chart_matches_table(path, chart)


def test_a_disputed_figure_keeps_its_flag(reports):
    """Edgar Quinet, March 2012: 56,7 % or 47 % (compare: "56,7 %‡" and its note)."""
    lines = _lines_of(reports["eq"])
    # with the decimal it was published with, as compare prints it, and the source's own date
    # of its own base, not « l'ensemble des collectivités » (pub18a); ≈ and n = 176 since
    # review 18: the base it names, of which 56,7 % is not k/176
    assert (f"56,7{NN}%≈‡ des 50 grandes villes, 100 départements et 26 régions sur Facebook "
            "(n = 176) — Institut Edgar Quinet, mars 2013 (chiffres de 2012)") in lines
    # s32: the workbook's « % » after a number with U+202F, as its formats have it
    note = (f"‡ chiffre contesté (edgar-quinet-2013) : Mars 2012 : 56,7{NN}% selon le communiqué "
            f"de l'étude annuelle, 47{NN}% selon Décision Achats (même étude, même base). Base "
            f"nommée : 50 + 100 + 26 = 176 entités ; 56,7{NN}% n'est pas k/176 (100/176 = "
            f"56,8{NN}%).")
    note = typeset(note, "fr")
    assert note in lines
    (row,) = _rows(reports["eq"], "Adoption")
    assert row["Autres sources, même année"] == note
    assert row["Source"].endswith("(edgar-quinet-2013, mars 2013)")
    en = _lines_of(reports["eq_en"])
    # of its own base, not « l'ensemble des collectivités » (pub18a); ≈ and n = 176 since
    # review 18: the base it names, of which 56,7 % is not k/176
    assert (f"56,7{NN}%≈‡ des 50 grandes villes, 100 départements et 26 régions sur Facebook "
            "(n = 176) — Institut Edgar Quinet, mars 2013 (chiffres de 2012)") in lines
    assert any(t.startswith("‡ disputed figure (edgar-quinet-2013): ") for t in en)
    (row,) = _rows(reports["eq_en"], "Adoption")
    assert row["Other sources, same year"].startswith("‡ disputed figure (edgar-quinet-2013): ")
    assert row["Source"].endswith("(edgar-quinet-2013, March 2013)")


def test_the_title_names_all_authorities_in_french(reports):
    from barometre.render.excel.content import _chart_title

    (chart,) = _summary_chart(reports["eq"])
    # Edgar Quinet's figure is of its base, named (pub18a); a type all of every collectivité
    # keeps « de l'ensemble des collectivités » (below)
    assert chart["title"] == ("Présence des 50 grandes villes, 100 départements et 26 régions sur "
                              "chaque réseau, 2012")
    for t in list(TYPES) + ["all"]:
        title = _chart_title([t], "of_all", "2018", "fr")
        assert "des ensemble" not in title and "de l'ensemble des collectivités" in title if t == "all" \
            else title.startswith("Présence des ") and title.endswith(" sur chaque réseau, 2018"), title
    assert _chart_title(["region"], "of_all", "2018", "fr") == "Présence des régions sur chaque réseau, 2018"
    assert _chart_title(["all"], "of_all", "2018", "en") == "All authorities: presence on each platform, 2018"


def test_other_sources_of_the_same_fact_are_listed(reports):
    """2018, régions on X: OST's 94 % beside the other figures of the year, each with its id."""
    rows = _rows(reports["y2018"], "Adoption")
    assert all(r["Source"].rstrip().endswith(")") for r in rows)
    for r in rows:
        others = r["Autres sources, même année"]
        same = [o for o in rows if o is not r and (o["Type"], o["Réseau"], o["Année"]) == (r["Type"], r["Réseau"], r["Année"])]
        assert (others is None) == (not same), r  # listed when, and only when, there are others


def test_source_addresses_print_whole(reports):
    """Sources publiées: the address is wrapped text in a wide column, its row tall enough
    for it; the link is on the id (LibreOffice neither wraps nor prints whole a link cell)."""
    wb = openpyxl.load_workbook(reports["default"])
    ws = wb["Sources et méthode"]
    (table,) = [t for t in ws.tables.values() if t.name == "Sources"]
    rows = list(ws[table.ref])
    heads = [c.value for c in rows[0]]
    col = heads.index("Adresse")
    width = ws.column_dimensions[rows[0][col].column_letter].width
    assert width >= 40
    longest = max(rows[1:], key=lambda r: len(r[col].value or ""))
    cell = longest[col]
    assert cell.value.startswith("http://www.edgar-quinet.fr/presentation-de-la-premiere")  # 170 characters
    assert cell.alignment.wrap_text and cell.hyperlink is None
    assert longest[0].hyperlink.target == cell.value  # the exact address, on the id
    assert ws.row_dimensions[cell.row].height >= 14.5 * -(-len(cell.value) // int(width))
    adoption = wb["Adoption"]
    assert sum(d.width for d in adoption.column_dimensions.values()) <= FIT_LIMIT
    assert adoption.sheet_properties.pageSetUpPr.fitToPage  # printed one page wide


def test_a_word_longer_than_its_column_takes_lines():
    assert _lines("a" * 25, 10) == 3
    assert _lines("x " + "a" * 25, 10) == 4
    assert _lines("aaaa bbbb cccc", 10) == 2


def test_the_summary_table_keeps_the_published_decimal(reports):
    """The Synthèse table's cell of Edgar Quinet's 56,7 % reads "56,7 %" (was formatted "0 %",
    read "57 %"), as compare, the charts and the Adoption sheet show it."""
    ws = openpyxl.load_workbook(reports["eq"]).worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row
             if isinstance(c.value, float) and abs(c.value - 0.567) < 1e-9]
    assert cells and all(".0" in c.number_format for c in cells)
