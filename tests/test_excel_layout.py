"""The report read as a user reads it: chart references, filters, formats, fonts, print settings.

Charts are checked in the saved file's XML: every series name, category and value
reference must resolve to the header text, the labels and the numbers of the table
beside the chart.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile

import openpyxl
import pytest
from lxml import etree
from openpyxl.utils import range_boundaries

import barometre as bm
from barometre.analysis.report import report_data
from barometre.render import excel

from .test_charts import DEMO
from barometre.render.excel.cells import typeset

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
DEMO_CSV = DEMO.parent / "releves-departements-donnees-fictives.csv"


def _resolve(wb, ref: str) -> list:
    sheet, _, cells = ref.rpartition("!")
    ws = wb[sheet.strip("'").replace("''", "'")]
    c1, r1, c2, r2 = range_boundaries(cells.replace("$", ""))
    return [ws.cell(row=r, column=c).value for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def _table_at(wb, ref: str):
    sheet, _, cells = ref.rpartition("!")
    ws = wb[sheet.strip("'")]
    c, r, _, _ = range_boundaries(cells.replace("$", ""))
    for t in ws.tables.values():
        a, b, x, y = range_boundaries(t.ref)
        if a <= c <= x and b <= r <= y:
            return ws, (a, b, x, y)
    raise AssertionError(f"{ref} is in no table")


def charts_of(path) -> list[dict]:
    """Each chart's kind, title, and series (name, categories, values references)."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(n for n in z.namelist() if n.startswith("xl/charts/chart")):
            root = etree.fromstring(z.read(name))
            plot = root.find(f"{C}chart/{C}plotArea")
            kind = next(el.tag.replace(C, "") for el in plot if el.tag.endswith("Chart"))
            title = "".join(root.find(f"{C}chart/{C}title").itertext())
            series = []
            for ser in plot.iter(f"{C}ser"):
                cat = ser.find(f"{C}cat") if ser.find(f"{C}cat") is not None else ser.find(f"{C}xVal")
                val = ser.find(f"{C}val") if ser.find(f"{C}val") is not None else ser.find(f"{C}yVal")
                series.append({"name": ser.find(f"{C}tx/{C}strRef/{C}f").text,
                               "cat": cat.find(f".//{C}f").text,  # a scatter's x values
                               "cat_kind": cat[0].tag.replace(C, ""),
                               "val": val.find(f".//{C}f").text,
                               "color": ser.find(f"{C}spPr/{A}ln/{A}solidFill/{A}srgbClr"),
                               "labels": [(int(d.find(f"{C}idx").get("val")), d.find(f"{C}numFmt").get("formatCode"))
                                          for d in ser.findall(f"{C}dLbls/{C}dLbl")],
                               "smooth": ser.find(f"{C}smooth"),
                               "marker": ser.find(f"{C}marker/{C}symbol")})
            out.append({"kind": kind, "title": title, "series": series, "root": root, "plot": plot})
    return out


def assert_chart_matches_table(path, chart) -> None:
    """Each series is named by its column's header and reads that column (the whole of it;
    a scatter chart's runs, some of its rows), against the table's first column."""
    wb = openpyxl.load_workbook(path)
    for s in chart["series"]:
        ws, (a, b, x, y) = _table_at(wb, s["val"])
        header = [ws.cell(row=b, column=c).value for c in range(a, x + 1)]
        name = _resolve(wb, s["name"])[0]
        assert name in header[1:], (name, header)
        col = a + header.index(name)
        c1, r1, c2, r2 = range_boundaries(s["val"].rpartition("!")[2].replace("$", ""))
        if chart["kind"] != "scatterChart":
            assert (r1, r2) == (b + 1, y)
        assert c1 == c2 == col and b < r1 <= r2 <= y
        assert _resolve(wb, s["val"]) == [ws.cell(row=r, column=col).value for r in range(r1, r2 + 1)]
        assert _resolve(wb, s["cat"]) == [ws.cell(row=r, column=a).value for r in range(r1, r2 + 1)]
        assert all(v is not None for v in _resolve(wb, s["cat"]))


@pytest.fixture(scope="module")
def ideose(tmp_path_factory):
    out = tmp_path_factory.mktemp("r") / "ideose.xlsx"
    return excel.write_report(out, bm.compare("region", year=2015, source="ideose"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    s = bm.read_survey(DEMO)
    out = tmp_path_factory.mktemp("r") / "demo.xlsx"
    return excel.write_report(out, bm.adoption(s), survey=s, entity="44")


def test_summary_chart_points_at_its_table(ideose):
    (chart,) = charts_of(ideose)
    assert chart["kind"] == "barChart"
    assert chart["title"] == "Part des collectivités présentes sur chaque réseau, 2015"
    names = [openpyxl.load_workbook(ideose)["Synthèse"][s["name"].split("!")[1]].value for s in chart["series"]]
    assert names == ["Régions (carte d'avant 2016)", "Départements", "Villes préfectures"]
    wb = openpyxl.load_workbook(ideose)
    first = chart["series"][0]
    assert _resolve(wb, first["cat"]) == ["Facebook", "X (ex-Twitter)"]  # sorted, largest share first
    assert _resolve(wb, first["val"]) == [0.96, 0.85]
    assert all(s["cat_kind"] == "strRef" for s in chart["series"])
    labels = chart["plot"].find(f"{C}barChart/{C}dLbls")
    assert labels.find(f"{C}numFmt").get("formatCode") == "0 %"
    assert labels.find(f"{C}showVal").get("val") == "1"
    assert_chart_matches_table(ideose, chart)


def test_survey_chart_one_series_sorted(demo):
    (chart,) = charts_of(demo)
    wb = openpyxl.load_workbook(demo)
    assert len(chart["series"]) == 1
    s = chart["series"][0]
    assert _resolve(wb, s["name"]) == ["Départements"]
    values = _resolve(wb, s["val"])
    # the platforms largest first, « au moins un réseau » (101/101) last, as the adoption
    # chart draws it (first, the tallest bar read as one more platform: slides review #17)
    assert values[:-1] == sorted(values[:-1], reverse=True) and values[-1] == 1.0
    assert _resolve(wb, s["cat"])[-1] == "au moins un réseau"
    assert_chart_matches_table(demo, chart)


def test_evolution_breaks_where_trend_marks_a_rupture(tmp_path):
    # the régions on Facebook: 9 figures of one measure and base family, each from
    # another source (or base) than the one before: trend's "rupture" at every step, so
    # no line joins two of them (the old chart zig-zagged 69 -> 80 -> 70 -> 85 % in 2012)
    out = excel.write_report(tmp_path / "t.xlsx", bm.trend("region", "facebook"))
    (ch,) = [c for c in charts_of(out) if c["kind"] == "scatterChart"]
    assert not [c for c in charts_of(out) if c["kind"] == "lineChart"]
    x_axis = ch["plot"].findall(f"{C}valAx")[0]
    assert x_axis.find(f"{C}numFmt").get("formatCode") == "yyyy"
    assert ch["plot"].find(f"{C}scatterChart/{C}scatterStyle").get("val") == "lineMarker"
    for s in ch["series"]:
        assert s["smooth"] is not None and s["smooth"].get("val") == "0"
        assert s["marker"].get("val") == "circle"
        assert s["cat_kind"] == "numRef"
    assert ch["title"].startswith("Parts publiées dans le temps (mesure et base : voir chaque série), 2011–")
    assert_chart_matches_table(out, ch)
    ws = openpyxl.load_workbook(out)["Évolution"]
    assert ws["A1"].value == "Date" and ws["B1"].value == "Régions — Facebook" and ws["C1"].value == "Source"
    assert ws["D1"].value == "Éditeur"
    # oten-2011 gives its year alone: « 2011 », never 01/07/2011 (fixrep21; its point mid-year)
    assert ws["A2"].number_format == "YYYY" and ws["B2"].number_format == "0 %"
    wb = openpyxl.load_workbook(out)
    runs = [_resolve(wb, s["val"]) for s in ch["series"]]
    assert len(runs) == 9 and all(len(r) == 1 for r in runs)  # 9 figures, none joined
    assert [r[0] for r in runs][:5] == [0.5, 0.692308, 0.8, 0.7, 0.85]
    assert [ws.cell(row=i, column=3).value for i in range(2, 6)] == [
        "oten-2011", "informer-autrement-2012-3", "edgar-quinet-2012", "adverbia-2012"]
    legend = ch["root"].findall(f"{C}chart/{C}legend/{C}legendEntry")  # one entry for the series
    assert sorted(int(e.find(f"{C}idx").get("val")) for e in legend) == list(range(1, 9))


def test_published_evolution_one_column_per_trend_series(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Évolution"]
    head = [c.value for c in ws[1]]
    # two series for the grandes villes on Facebook, each named by its base: the Edgar
    # Quinet "50 plus grandes villes" is no longer dropped
    big = "Grandes villes — Facebook — 50 plus grandes villes (plus de 86 000 habitants)"
    assert big in head and "Grandes villes — Facebook — villes de plus de 100 000 habitants" in head
    col = head.index(big) + 1
    values = [(r[0].date().isoformat(), r[col - 1]) for r in ws.iter_rows(min_row=2, values_only=True)
              if isinstance(r[0], dt.datetime) and r[col - 1] is not None]
    assert values == [("2012-07-01", 0.66), ("2012-10-01", 0.7), ("2013-03-01", 0.78), ("2015-07-01", 0.94)]
    # a share of those present says so, named by its base (pub18a); never a bare
    # "Ensemble des collectivités — Facebook"
    assert "Collectivités présentes sur les réseaux sociaux — Facebook (part des présentes)" in head
    assert "Ensemble des collectivités — Facebook" not in head
    assert "Collectivités présentes sur les réseaux sociaux — Facebook" not in head
    # a share derived from wording is starred in its cell ("100 %*"), which keeps 1
    starred = [c for row in ws.iter_rows(min_row=2) for c in row if '"*"' in str(c.number_format)]
    assert starred and all(c.value == 1 for c in starred if c.column == head.index(
        "Grandes villes — Facebook — villes de plus de 100 000 habitants") + 1)
    notes = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert any(n.startswith("* part déduite d'une formulation") for n in notes)
    assert any(n.startswith("Non repris ici (voir la feuille Adoption)\u00a0: séries d'un seul chiffre, ")
               and "chiffres contestés, 5" in n for n in notes)
    # the series not drawn are named under the table
    (ch,) = [c for c in charts_of(out) if c["kind"] == "scatterChart"]
    drawn = list(dict.fromkeys(_resolve(wb, s["name"])[0] for s in ch["series"]))
    assert len(drawn) == 8
    (not_drawn,) = [n for n in notes if n.startswith("Le graphique montre les 8 séries")]
    assert all(h in not_drawn for h in head[1:-2] if h not in drawn)  # Source, Éditeur aside
    # one colour per series, far apart: not the two dark blues 1F4E79 and 264478
    first = {}
    for s in ch["series"]:
        first.setdefault(s["name"], s["color"].get("val"))
    assert len(set(first.values())) == len(first) == 8 and "264478" not in first.values()
    # the 50 largest cities: one run, Edgar Quinet's four editions joined
    big_runs = [_resolve(wb, s["val"]) for s in ch["series"] if _resolve(wb, s["name"])[0] == big]
    assert [[v for v in r if v is not None] for r in big_runs] == [[0.66, 0.7, 0.78, 0.94]]
    # a starred point is labelled as its cell shows it
    labelled = [lab for s in ch["series"] for lab in s["labels"]]
    assert labelled and all(f.endswith('"*"') for _, f in labelled)
    assert_chart_matches_table(out, ch)


def test_report_type_all_spans_one_year_no_evolution(cli, tmp_path):
    # compare's figures are one year's: no Évolution to draw (not a single-point chart)
    out = tmp_path / "r.xlsx"
    assert cli("report", "--type", "all", "-o", out).exit_code == 0
    assert "Évolution" not in openpyxl.load_workbook(out).sheetnames


def test_survey_with_two_waves_has_an_evolution(tmp_path):
    s = bm.read_survey(DEMO_CSV)
    out = excel.write_report(tmp_path / "w.xlsx", bm.adoption(s), survey=s)
    wb = openpyxl.load_workbook(out)
    assert "Évolution" in wb.sheetnames
    ws = wb["Évolution"]
    dates = [r[0].date().isoformat() for r in ws.iter_rows(min_row=2, values_only=True) if r[0] and hasattr(r[0], "date")]
    assert dates == ["2024-10-15", "2025-10-15"]
    (line,) = [c for c in charts_of(out) if c["kind"] == "lineChart"]
    assert_chart_matches_table(out, line)


def test_every_table_filters_and_headers_are_words(demo, ideose):
    for path in (demo, ideose):
        wb = openpyxl.load_workbook(path)
        n = 0
        for ws in wb.worksheets:
            for t in ws.tables.values():
                n += 1
                assert t.autoFilter is not None and t.autoFilter.ref == t.ref
                assert t.tableStyleInfo.name == "TableStyleMedium2"
                a, b, x, _ = range_boundaries(t.ref)
                heads = [ws.cell(row=b, column=c).value for c in range(a, x + 1)]
                assert [c.name for c in t.tableColumns] == heads
                for h in heads:
                    assert not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", h), (ws.title, h)
        assert n >= 3
    with zipfile.ZipFile(demo) as z:
        tables = [z.read(n) for n in z.namelist() if n.startswith("xl/tables/")]
    assert tables and all(b"<autoFilter" in t for t in tables)


def test_formats_and_presence(demo):
    wb = openpyxl.load_workbook(demo)
    d = wb["Données"]
    heads = [c.value for c in d[1]]
    assert heads == ["Code", "Nom", "Type", "Réseau", "Présent", "Abonnés", "Compte", "Date du relevé",
                     "Population", "Population de", "Ligne du fichier"]
    row = {h: c for h, c in zip(heads, d[3])}
    assert d["E2"].value is None  # Ain on Facebook: blank, not answered (the reader's rule)
    assert row["Présent"].value == "Oui"
    assert row["Population"].number_format == "#,##0" and isinstance(row["Population"].value, int)
    assert row["Date du relevé"].number_format == "DD/MM/YYYY"
    presence = [c.value for c in d["E"][1:]]
    assert set(presence) == {"Oui", "Non", None} and presence.count(None) == 16
    cl = wb["Classement"]
    h = next(c.row for c in cl["A"] if c.value == "Réseau")  # below the notes (review 17a)
    ch = [c.value for c in cl[h]]
    first = {name: c for name, c in zip(ch, cl[h + 1])}
    assert first["Indice (médiane = 100)"].number_format == "#,##0"  # grouped as the counts (rven18)
    assert first["Abonnés pour 1\u202f000 hab."].number_format == "0.0"
    assert first["Abonnés"].number_format == "#,##0"
    assert first["Rang"].value == 1
    ad = wb["Adoption"]
    assert ad["D2"].number_format == "0 %" and ad["G2"].number_format == "0 %"
    # headers aligned like their values
    assert ad["D1"].alignment.horizontal == "right" and ad["A1"].alignment.horizontal == "left"


def test_one_font_family(demo, ideose):
    for path in (demo, ideose):
        with zipfile.ZipFile(path) as z:
            styles = etree.fromstring(z.read("xl/styles.xml"))
        ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
        names = {f.find(f"{ns}name").get("val") for f in styles.iter(f"{ns}font")}
        assert names == {"Calibri"}


def test_print_settings(demo):
    wb = openpyxl.load_workbook(demo)
    for ws in wb.worksheets:
        ps = ws.page_setup
        assert ps.paperSize == 9, ws.title  # A4
        assert "barometre" in ws.oddHeader.center.text
        assert "&P / &N" in ws.oddFooter.right.text and "&D" in ws.oddFooter.right.text
        assert "Source\u00a0: enquete-departements-donnees-fictives.xlsx, relevés 2025" in ws.oddFooter.left.text
        # the stamp at the header's right (in the footer's centre a long source ran into it)
        assert "données fictives" in ws.oddHeader.right.text and not ws.oddFooter.center.text
    syn = wb["Synthèse"]
    assert syn.page_setup.orientation == "landscape" and syn.page_setup.fitToHeight == 1
    assert wb["Données"].print_title_rows == "$1:$1" and wb["Données"].page_setup.orientation == "landscape"


def test_published_report_is_not_fictitious(ideose):
    wb = openpyxl.load_workbook(ideose)
    assert not wb["Synthèse"].oddFooter.center.text and not wb["Synthèse"].oddHeader.right.text
    assert "fictive" not in wb.properties.title


def test_fictitious_from_the_marker_not_the_path(tmp_path):
    real_dir = tmp_path / "fictive-dir"
    real_dir.mkdir()
    real = real_dir / "enquete-demo-fictive.csv"
    real.write_text("Code département;Facebook\n01;Oui\n02;Non\n", encoding="utf-8")
    s = bm.read_survey(real)
    assert report_data(bm.adoption(s), survey=s).fictitious is False
    renamed = tmp_path / "enquete.xlsx"
    shutil.copy(DEMO, renamed)
    s = bm.read_survey(renamed)
    r = report_data(bm.adoption(s), survey=s)
    assert r.fictitious is True
    out = excel.write_report(tmp_path / "r.xlsx", r)
    wb = openpyxl.load_workbook(out)
    assert wb["Synthèse"]["A2"].value.startswith("DONNÉES FICTIVES")
    assert wb.properties.title.endswith("(données fictives)")


def test_title_is_text_never_a_formula(cli, tmp_path):
    out = tmp_path / "t.xlsx"
    res = cli("report", "--type", "region", "--title", "=cmd|' /C calc'!A0", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    a1 = wb["Synthèse"]["A1"]
    assert a1.value == "=cmd|' /C calc'!A0" and a1.data_type == "s" and a1.quotePrefix
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate)


def test_same_bytes_and_fixed_dates(tmp_path, monkeypatch):
    fig = bm.compare("all", year=2012)  # its latest source is dated March 2013
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    a = excel.write_report(tmp_path / "a.xlsx", fig)
    b = excel.write_report(tmp_path / "b.xlsx", fig)
    assert a.read_bytes() == b.read_bytes()
    core = zipfile.ZipFile(a).read("docProps/core.xml").decode()
    assert "2023-11-14T22:13:20Z</dcterms:created>" in core
    assert "2023-11-14T22:13:20Z</dcterms:modified>" in core
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    c = excel.write_report(tmp_path / "c.xlsx", fig)
    core = zipfile.ZipFile(c).read("docProps/core.xml").decode()
    # without SOURCE_DATE_EPOCH, the date of the data: the latest source's, March 2013
    assert "2013-03-01T00:00:00Z</dcterms:created>" in core and "2013-03-01T00:00:00Z</dcterms:modified>" in core
    assert {i.date_time for i in zipfile.ZipFile(c).infolist()} == {(2013, 3, 1, 0, 0, 0)}
    assert excel.write_report(tmp_path / "d.xlsx", fig).read_bytes() == c.read_bytes()


def test_key_figures_one_line_per_fact():
    r = report_data(bm.select(year=2012, platforms="facebook", types="region"))
    facts = [(k.collectivity_type, k.platform) for k in r.key_figures]
    assert facts == [("region", "facebook")]
    k = r.key_figures[0]
    assert len(k.conflicting) + len(k.restated) == 3
    assert all(o.source != k.source for o in k.conflicting)


@pytest.mark.parametrize("args", [[], ["--year", "2013"], ["--type", "all"], ["-p", "facebook"],
                                  ["--source", "informer"], ["--source", "compublique"]])
def test_every_selection_gives_a_report(cli, tmp_path, args):
    out = tmp_path / "r.xlsx"
    res = cli("report", *args, "-o", out)
    assert res.exit_code == 0, res.output
    assert "Traceback" not in res.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Synthèse" and wb.sheetnames[-1] == "Sources et méthode"
    for chart in charts_of(out):  # every chart reference resolves to the table beside it
        assert_chart_matches_table(out, chart)
    if not args:  # the plain report spans 2010–2025: an Évolution with its line chart
        assert "Évolution" in wb.sheetnames and [c["kind"] for c in charts_of(out)] == ["barChart", "scatterChart"]


def test_figure_without_share_shows_dash_and_count(tmp_path):
    fig = bm.select(source="compublique")
    out = excel.write_report(tmp_path / "c.xlsx", fig)
    wb = openpyxl.load_workbook(out)
    lines = [c.value for c in wb["Synthèse"]["A"] if isinstance(c.value, str)]
    fb = [x for x in lines if "Facebook" in x]
    assert fb and fb[0].startswith("– de l'ensemble des collectivités sur Facebook (nombre publié\u00a0: 4\u202f700")
    assert {r[3] for r in wb["Adoption"].iter_rows(min_row=2, values_only=True)} == {"–"}


def test_nothing_to_report_is_one_line(cli, tmp_path):
    res = cli("report", "--year", "1999", "-o", tmp_path / "r.xlsx")
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert len(res.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.xlsx").exists()


def test_survey_sources_in_plain_french(demo):
    wb = openpyxl.load_workbook(demo)
    ws = wb["Sources et méthode"]
    items = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0] and r[1]}
    assert items["Fichier"] == "enquete-departements-donnees-fictives.xlsx"
    assert items["Date du relevé"] == "15 octobre 2025"
    assert items["Couverture"] == "101 départements sur 101 en France (100\u202f%) avec au moins une réponse"
    assert items["Réponses vides"].endswith(typeset("(hors base : Facebook : 7 ; Instagram : 1 ; LinkedIn : 3 ; "
                                                    "YouTube : 3 ; TikTok : 2)", "fr"))
    assert "Wilson" in items["Intervalles"]
    text = " ".join(str(v) for r in ws.iter_rows(values_only=True) for v in r if v)
    assert "read_survey" not in text and "Éditeur\u00a0: enquête" not in text


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or poppler-utils not installed")
def test_pages_rendered_by_libreoffice(ideose, tmp_path):
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "render_pages", Path(__file__).resolve().parents[1] / "scripts" / "render_report_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    pdf = mod.to_pdf(ideose, tmp_path)
    # Synthèse on one page, Adoption fitted to one page wide, Sources et méthode on two at most
    assert 3 <= mod.page_count(pdf) <= 5
    assert mod.blank_pages(pdf) == []


def test_cli_survey_report_follows_every_wave(cli, tmp_path):
    out = tmp_path / "w.xlsx"
    res = cli("report", "--data", DEMO_CSV, "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    ws = wb["Évolution"]
    assert [r[0].year for r in ws.iter_rows(min_row=2, values_only=True) if r[0] and hasattr(r[0], "year")] \
        == [2024, 2025]
    # the key figures stay those of the latest wave
    assert "Chiffres clés, 2025" in [c.value for c in wb["Synthèse"]["A"]]


def test_bulk_sheet_round_trip(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(
        "Code département;Facebook;Compte Facebook;Abonnés Facebook;Date du relevé\n"
        "01;Oui;a & b <c>;1200;15/10/2025\n"
        "02;Oui;  espaces  ;800;01/02/2024\n"
        "03;Oui;=1+1;1500;15/10/2025\n"
        "04;;;;15/10/2025\n", encoding="utf-8")
    s = bm.read_survey(src)
    out = excel.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s)
    wb = openpyxl.load_workbook(out)
    d = wb["Données"]
    rows = {r[0]: r for r in d.iter_rows(min_row=2, values_only=True)}
    # row 04's blank, in a column without « Non », read as absent: marked « Case vide »
    # beside Présent (wkbk20a), the columns after it one further right
    assert rows["04"][4] == "Non" and rows["04"][5] == "lue «\u00a0Non\u00a0»" and rows["04"][6] is None
    assert rows["01"][5] is None
    assert rows["01"][7] == "a & b <c>" and rows["03"][7] == "=1+1"
    assert rows["01"][6] == 1200 and rows["02"][8].date().isoformat() == "2024-02-01"
    risky = [c for c in d["H"] if c.value == "=1+1"][0]
    assert risky.data_type == "s" and risky.quotePrefix
    assert d.tables["Donnees1"].ref == f"A1:L{len(s) + 1}" and d.max_row == len(s) + 1
    with zipfile.ZipFile(out) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]
    # the Données' dimension; the Classement, 12 columns and as many rows here, has the same
    # one since the Données gained its Case vide column (wkbk20a)
    assert sum(f'<dimension ref="A1:L{len(s) + 1}"/>' in x for x in sheets) >= 1


def test_conflicting_figures_once_with_a_note(cli, tmp_path):
    out = tmp_path / "i.xlsx"
    assert cli("report", "--year", "2015", "--source", "ideose", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    lines = [c.value for c in wb["Synthèse"]["A"] if isinstance(c.value, str)]
    fb = [x for x in lines if "des régions (carte d'avant 2016) sur Facebook" in x]
    assert fb == [typeset("96 % des régions (carte d'avant 2016) sur Facebook — Ideose, octobre 2015 ; "
                          "autres sources : voir Sources et méthode", "fr")]
    notes = [c.value for c in wb["Sources et méthode"]["A"] if isinstance(c.value, str) and "selon" in c.value]
    # each source with its own date: Cospirit's « fin 2015 », not the Gazette's October (prov20)
    assert notes[1] == typeset("Régions (carte d'avant 2016) sur Facebook, 2015 : 96 % selon ideose-2015 (octobre 2015, "
                               "chiffre de la synthèse) ; 89 % selon ideose-2015-3 (fin 2015)", "fr")


def test_report_is_marked_and_can_be_rewritten(cli, tmp_path, demo):
    from barometre.render.files import written_by_barometre

    assert written_by_barometre(demo)  # bulk sheets included in the hash
    out = tmp_path / "r.xlsx"
    for _ in range(2):  # the second run overwrites barometre's own report
        res = cli("report", "--type", "region", "-o", out)
        assert res.exit_code == 0, res.output
    assert written_by_barometre(out)


def test_file_name_is_text_never_a_formula(cli, tmp_path):
    src = tmp_path / "=1+2.csv"
    # two platforms: a file of one has no "au moins un réseau" row (whose source cell counts)
    src.write_text("Code département;Facebook;X\n01;Oui;Non\n02;Non;Non\n", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", src, "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("=1+2")]
    assert len(cells) >= 3  # key figures' source, Adoption's source, Sources et méthode's file
    assert all(c.data_type == "s" for c in cells)
    assert all(c.quotePrefix for c in cells if c.value == "=1+2.csv")
