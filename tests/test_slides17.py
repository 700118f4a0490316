"""The communication director's slides of the demo data (slides17): what each chart and
the report say they measure, and one wording for the benchmark's peers."""

import barometre as bm
import pytest
from barometre.render.excel.cells import typeset

V24, V25 = bm.demo_file("vague-2024"), bm.demo_file("vague-2025")
ENQUETE = bm.demo_file("enquete")


def _changes_fig(lang):
    return bm.charts.changes(bm.changes(bm.read_waves([V24, V25])), lang=lang)


@pytest.mark.parametrize("lang, xlabel, new", [
    ("fr", "Part des départements présents sur chaque réseau",
     "couleur du réseau : 15 octobre 2025"),
    ("en", "Share of départements present on each network", "platform's colour: 15 October 2025"),
])
def test_changes_chart_says_what_it_measures(lang, xlabel, new):
    """The changes chart said « Départements : du 15 octobre 2024 au 15 octobre 2025 »,
    no axis label, and a dark legend dot for the new wave drawn in each platform's colour;
    its caption's source line had no full stop."""
    fig = _changes_fig(lang)
    ax = fig.axes[0]
    assert ax.get_xlabel() == xlabel
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[1] == new, legend
    lines = [p for p in fig._supxlabel._barometre_parts]
    assert lines and all(p.endswith(".") for p in lines), lines


def test_changes_chart_feminine_type():
    """A feminine type's participle agrees: « Part des régions présentes … »."""
    w = bm.read_waves([V24, V25])
    c = bm.changes(w)
    c.attrs["collectivity_type"] = "region"
    fig = bm.charts.changes(c)
    assert fig.axes[0].get_xlabel() == "Part des régions présentes sur chaque réseau"


@pytest.mark.parametrize("lang, measure, base", [
    ("fr", "Mesure : part des départements présents sur le réseau, parmi ceux ayant répondu.",
     "(94 à 101 selon le réseau)."),
    ("en", "Measure: share of the départements present on the network, among those with an "
     "answer.", "(94 to 101 by network)."),
])
def test_adoption_chart_measure_and_one_year_base(lang, measure, base):
    """The adoption chart's Measure repeated its Base (« part des départements de
    l'enquête avec une réponse pour le réseau », read as a response rate), and its Base
    said « selon le réseau ou l'année » of a chart of one year."""
    s = bm.read_survey(ENQUETE)
    fig = bm.charts.adoption(bm.adoption(s), survey=s, lang=lang)
    parts = fig._supxlabel._barometre_parts
    assert measure in parts, parts
    assert any(p.startswith("Base") and p.endswith(base) for p in parts), parts


def _report(cli, tmp_path, lang):
    import openpyxl

    out = tmp_path / f"r-{lang}.xlsx"
    r = cli("report", "--data", ENQUETE, "--entity", "29", "-o", out, "--lang", lang)
    assert r.exit_code == 0, r.stderr
    return openpyxl.load_workbook(out)


def _cells(ws):
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize("lang, line, head", [
    ("fr", "Pairs : les 101 départements du fichier", "pairs : les 101 départements du fichier"),
    ("en", "Peers: the 101 départements in the file", "peers: the 101 départements in the file"),
])
def test_the_peers_worded_once(cli, tmp_path, lang, line, head):
    """The same peers were « Pairs : les 101 départements de l'enquête » (chart), « … du
    fichier » (Synthèse, Benchmark) and « pairs : même type » (benchmark's first line)."""
    fig = bm.charts.benchmark(bm.read_survey(ENQUETE), "29", lang=lang)
    assert fig.axes[0].get_title(loc="left") == line
    wb = _report(cli, tmp_path, lang)
    # the workbook's French spaces (s33); the chart keeps the plain one, as the terminal
    assert wb.worksheets[4]["A2"].value == typeset(line, lang)  # Benchmark
    assert typeset(line, lang) in _cells(wb.worksheets[0])  # Synthèse
    out = cli("benchmark", "--entity", "29", "--data", ENQUETE, "--lang", lang)
    assert out.stdout.splitlines()[0].endswith(" — " + head), out.stdout


@pytest.mark.parametrize("lang, col, note", [
    ("fr", "Moyenne des pairs sans elle", "la moyenne des pairs, elle, sans Finistère"),
    ("en", "Peer mean without it", "the peer mean without Finistère"),
])
def test_the_benchmark_sheet_says_its_mean_leaves_the_entity_out(cli, tmp_path, lang, col,
                                                                 note):
    """« Moyenne des concurrents » excluded the entity, the median and quartiles beside it
    included it, and the sheet's note said only the latter."""
    wb = _report(cli, tmp_path, lang)
    cells = _cells(wb.worksheets[4])
    assert col in cells
    assert not any("oncurrent" in c or "ompetitor" in c for ws in wb.worksheets
                   for c in _cells(ws)), "concurrents"
    assert any(note in c and ("y compris Finistère" in c or "including Finistère" in c)
               for c in cells), cells


def test_the_benchmark_caption_says_the_dot_and_the_line_in_one_sentence():
    """A slide's caption had « En orange : … » and « Trait vertical : … » on two lines of
    nine (slides review): one sentence, both languages."""
    import barometre as bm

    s = bm.read_survey(bm.demo_file("enquete"))
    fr = bm.charts.benchmark(s, "29").get_supxlabel()
    assert "En orange : Finistère ; trait vertical : médiane des pairs." in fr
    assert "\nTrait vertical" not in fr
    en = bm.charts.benchmark(s, "29", lang="en").get_supxlabel()
    assert "In orange: Finistère; vertical mark: peers' median." in en.replace("\n", " ")
