"""Review fixrep21: six report, chart and waves defects left open by the last session
(a year-only report's date, the Gironde caveat's count, the Mouvements' council-changed
note, the trend chart's clipped legend, the waves' « latest answered reading » wording,
trend's and changes' bases said on the CLI)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from barometre.render.excel.cells import typeset

HERE = Path(__file__).parent
ROOT = HERE.parent
GIRONDE = HERE / "files" / "wkbk20" / "pairs-gironde.csv"
DEMO = ROOT / "data" / "demo"
WAVE_2024 = DEMO / "vague-2024-departements-donnees-fictives.xlsx"
WAVE_2025 = DEMO / "vague-2025-departements-donnees-fictives.csv"


def _core(path: Path) -> str:
    return zipfile.ZipFile(path).read("docProps/core.xml").decode()


def _cells(path: Path):
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    yield ws, c


# --- 1. published figures of a year alone: no « 1er janvier 2023 » anywhere

@pytest.mark.parametrize("args", [(), ("--source", "intercommunalites-de-france-2023")])
def test_a_report_of_a_year_alone_says_no_day(cli, tmp_path, monkeypatch, args):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out = tmp_path / "r.xlsx"
    res = cli("report", *args, "-o", out)
    assert res.exit_code == 0, res.output
    core = _core(out)
    # the document's dates: none (core.xml holds only full dates), never a 1 January
    assert "dcterms:created" not in core and "dcterms:modified" not in core, core
    assert "-01-01T" not in core
    wb = openpyxl.load_workbook(out)  # still read by openpyxl (and pandas)
    for ws in wb.worksheets:
        footer = " ".join(str(p.text or "") for p in (
            ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right,
            ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right))
        assert not re.search(r"1er janvier|\d{4}-01-01|01/01/\d{4}", footer), footer
    for ws, c in _cells(out):
        if isinstance(c.value, dt.datetime):  # Évolution's dates: what the source gave
            assert "D" not in c.number_format.upper(), (ws.title, c.coordinate, c.value, c.number_format)
        assert not re.search(r"1er janvier 20(1[0-9]|2[0-9])\b(?! \()|20\d\d-01-01|01/01/20\d\d",
                             str(c.value)) or "loi" in str(c.value) or "vigueur" in str(c.value), (
            ws.title, c.coordinate, c.value)
    top = [wb["Synthèse"].cell(r, 1).value for r in range(1, 6)]
    if args:  # the year, alone, on the cover
        assert "Période des données\u00a0: 2023" in top, top
    else:  # a year alone shows « 2023 », a month « 10/2015 »: the point stays on the axis
        ev = wb["Évolution"]
        shown = {ev.cell(r, ev.max_column - 1).value: (ev.cell(r, 1).value, ev.cell(r, 1).number_format)
                 for r in range(2, ev.max_row + 1) if isinstance(ev.cell(r, 1).value, dt.datetime)}
        assert shown["ost-2023"] == (dt.datetime(2022, 7, 1), "YYYY")
        assert shown["ideose-2015"] == (dt.datetime(2015, 10, 1), "MM/YYYY")
        assert shown["ideose-2015-3"][1] == "YYYY"  # « fin 2015 »: no month either


def test_a_report_of_a_month_keeps_its_date(tmp_path, monkeypatch):
    import barometre as bm
    from barometre.analysis.report import report_data
    from barometre.render.excel.workbook import data_date, dated

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    r = report_data(bm.compare("all", year=2012))  # its latest source: March 2013
    assert data_date(r).isoformat() == "2013-03-01T00:00:00+00:00" and dated(r)
    # the régions' 2015 names Ideose's « fin 2015 » study beside October's (pub27): no month
    # is sure for its latest source, so none is said
    assert data_date(report_data(bm.compare("region", year=2015, source="ideose"))) is None
    r = report_data(bm.compare("epci", year=2023, source="intercommunalites-de-france-2023"))
    assert data_date(r) is None and not dated(r)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # a build's date still wins
    assert dated(r)
    out = bm.write_report(tmp_path / "e.xlsx", r)
    assert "2023-11-14T22:13:20Z</dcterms:created>" in _core(out)


# --- 2. the Gironde caveat: 12 answered in 2025, 13 in the file, as Couverture counts

def _col_a(path: Path, sheet: str) -> list[str]:
    ws = openpyxl.load_workbook(path)[sheet]
    return [str(ws.cell(r, 1).value) for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value]


def test_the_random_draw_caveat_says_what_it_counts(cli, tmp_path):
    out = tmp_path / "g.xlsx"
    assert cli("report", "--data", GIRONDE, "-o", out).exit_code == 0
    top = _col_a(out, "Synthèse")
    caveat = [v for v in top if v.startswith("Les intervalles supposent")]
    assert caveat and caveat[0].startswith(typeset(
        "Les intervalles supposent un tirage au hasard des entités ayant répondu en 2025 "
        "(12 sur 101 départements ; 13 dans le fichier)", "fr")), caveat
    assert typeset("Couverture de l'enquête : 12 départements sur 101 (12 %) avec au moins une "
                   "réponse en 2025", "fr") in top  # the same 12, the same year
    assert not any("entités du fichier (12 sur 101" in v for v in top + _col_a(out, "Adoption"))
    # compare says it the same way, in both languages
    fr = cli("compare", "-t", "departement", "--data", GIRONDE).stdout
    assert "tirage au hasard des entités ayant répondu en 2025 (12 sur 101 départements ; 13 dans le fichier)" in fr
    en = cli("compare", "-t", "departement", "--data", GIRONDE, "--lang", "en").stdout
    assert "the entities that answered in 2025 (12 of the 101 départements; 13 in the file)" in en
    # over waves: the entities that answered at each wave (13, then 12), not « of each file »
    tr = cli("trend", "-t", "departement", "--data", GIRONDE).stdout
    assert ("tirage au hasard des entités ayant répondu à chaque vague (13 le 15 octobre 2024, "
            "12 le 15 octobre 2025 sur 101 départements)") in tr
    # with --panel: no draw assumed; the panel is the 12 answered at both waves (session 35:
    # Bas-Rhin's empty 2025 row puts it in no 2025 wave; it was « 12 … ayant répondu (13 dans
    # le panel) »), its census, Bas-Rhin said out of it
    p = tmp_path / "p.xlsx"
    assert cli("report", "--data", GIRONDE, "--panel", "-o", p).exit_code == 0
    top = _col_a(p, "Synthèse")
    assert not any(v.startswith("Les intervalles supposent") for v in top)
    assert any(v.startswith(typeset("100 % des 12 départements du panel sur Facebook (n = 12 "
                                    "ayant répondu sur 12 ; exhaustif)", "fr")) for v in top)
    assert typeset("1 département non relevé à l'une des vagues, hors panel (0 le 15 octobre "
                   "2024, 1 le 15 octobre 2025)", "fr") in top


# --- 3. Mouvements: the council changed between the two waves, as changes says it

def _waves_across_the_cea(tmp_path: Path) -> tuple[Path, Path]:
    """The demo's 2025 wave read on 15/10/2020 and on 15/10/2021: 67 and 68 before and
    after the Collectivité européenne d'Alsace (1 January 2021)."""
    body = WAVE_2025.read_bytes()
    out = []
    for year in (b"2020", b"2021"):
        f = tmp_path / f"w{year.decode()}.csv"
        f.write_bytes(body.replace(b"/2025", b"/" + year).replace(b"vague 2025", b"vague " + year))
        out.append(f)
    return out[0], out[1]


@pytest.mark.parametrize("lang, head", [("fr", "Conseil changé entre les deux vagues : "),
                                        ("en", "Council changed between the two waves: ")])
def test_mouvements_say_the_council_changed(cli, tmp_path, lang, head):
    old, new = _waves_across_the_cea(tmp_path)
    said = cli("changes", "--data", old, "--data", new, "--lang", lang)
    assert said.exit_code == 0, said.output
    note = next(line for line in said.stdout.splitlines() if line.startswith(head))
    assert "Bas-Rhin (67)" in note and "Haut-Rhin (68)" in note
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", old, "--data", new, "-o", out, "--lang", lang).exit_code == 0
    wb = openpyxl.load_workbook(out)
    sheet = wb["Mouvements" if lang == "fr" else "Changes"]
    lines = [str(c.value) for row in sheet.iter_rows(max_col=1) for c in row if c.value]
    assert typeset(note, lang) in lines, [v for v in lines if "67" in v]  # as the CLI says it
    # two waves without a new council (the demo's 2024 and 2025): no such note, as changes
    plain = tmp_path / "p.xlsx"
    assert cli("report", "--data", WAVE_2024, "--data", WAVE_2025, "-o", plain).exit_code == 0
    assert not any(str(c.value).startswith("Conseil changé")
                   for row in openpyxl.load_workbook(plain)["Mouvements"].iter_rows(max_col=1) for c in row)


# --- 4. every chart kind: each text and legend drawn inside the image

def _chart_makers():
    import importlib.util

    import barometre as bm
    from barometre.render import charts

    spec = importlib.util.spec_from_file_location("gallery", ROOT / "scripts" / "gallery.py")
    gallery = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gallery)
    out = [(stem, make) for stem, _, make in gallery.specs()]
    waves = lambda: bm.read_waves([WAVE_2024, WAVE_2025])  # noqa: E731  chart trend --data x2
    for lang in ("fr", "en"):
        out.append((f"wave-trend-{lang}", lambda lang=lang: charts.wave_trend(
            bm.wave_trend(waves()), lang=lang)))
        out.append((f"wave-trend-small-{lang}", lambda lang=lang: charts.wave_trend(
            bm.wave_trend(waves()), lang=lang, size=(5, 3))))
    return out


def _outside(fig, dpi: int) -> list[str]:
    """Texts and legends whose window extent, drawn at ``dpi``, leaves the figure."""
    from barometre.render.charts.style import _texts, fit_caption

    fit_caption(fig, dpi)  # as charts.save does before drawing
    fig.set_dpi(dpi)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    box = fig.bbox
    artists = list(_texts(fig))  # drawn texts (a tick outside the view is not drawn)
    artists += [lg for lg in [ax.get_legend() for ax in fig.axes] + list(fig.legends) if lg]
    bad = []
    for a in artists:
        bb = a.get_window_extent(r)
        if bb.width <= 0:
            continue
        if bb.x0 < box.x0 - 0.5 or bb.x1 > box.x1 + 0.5 or bb.y0 < box.y0 - 0.5 or bb.y1 > box.y1 + 0.5:
            bad.append(f"{getattr(a, 'get_text', lambda: 'legend')()!r}: {bb} outside {box}")
    return bad


@pytest.mark.parametrize("stem, make", _chart_makers(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_text_and_legend_lies_inside_the_chart(stem, make):
    import matplotlib.pyplot as plt

    for dpi in (100, 200):  # the gallery's and the CLI's PNG
        fig = make()
        try:
            assert _outside(fig, dpi) == [], (stem, dpi)
        finally:
            plt.close(fig)


# --- 5. waves: the latest ANSWERED reading counts, said so

def test_waves_say_the_latest_answered_reading_counts(cli, tmp_path):
    body = WAVE_2025.read_bytes().split(b"\r\n")
    fix = tmp_path / "corrections.csv"  # two rows read again two days later: one campaign
    fix.write_bytes(b"\r\n".join(body[1:2] + [r.replace(b"15/10/2025", b"17/10/2025")
                                              for r in body[2:4]]) + b"\r\n")
    for lang, said in (("fr", "la lecture répondue la plus récente compte (un « NR » après "
                              "une réponse ne la cache pas)"),
                       ("en", "the latest answered reading counts (an “NR” after an answer "
                              "does not hide it)")):
        res = cli("changes", "--data", WAVE_2024, "--data", WAVE_2025, "--data", fix, "--lang", lang)
        assert res.exit_code == 0, res.output
        assert said in res.output.replace("\n", " "), res.output
    from barometre.messages import text

    for code in ("wave-overlap", "waves-joined-again"):
        for lang in ("fr", "en"):
            words = text(code, lang, first="a", second="b", wave="w", name="n", code="c",
                         platform="p", n=2, s="s")
            assert "NR" in words and ("répondue" in words or "answered" in words), words


# --- 6. trend --data and changes end with their base, each pointing to the other

@pytest.mark.parametrize("lang, trend_line, changes_line", [
    ("fr", "Base : chaque vague entière (ses entités ayant répondu) ; « barometre changes » "
           "compare les seules entités ayant répondu aux deux vagues.",
     "Base : les entités ayant répondu aux deux vagues ; « barometre trend --data » compte "
     "chaque vague entière."),
    ("en", "Base: each wave whole (its entities that answered); “barometre changes” compares "
           "only the entities that answered at both waves.",
     "Base: the entities that answered at both waves; “barometre trend --data” counts each "
     "wave whole.")])
def test_trend_and_changes_end_with_their_base(cli, lang, trend_line, changes_line):
    waves = ("--data", WAVE_2024, "--data", WAVE_2025, "--lang", lang)
    trend = cli("trend", "-t", "departement", *waves)
    assert trend.exit_code == 0, trend.output
    assert trend.stdout.rstrip("\n").splitlines()[-1] == trend_line
    changes = cli("changes", *waves)
    assert changes.exit_code == 0, changes.output
    assert changes.stdout.rstrip("\n").splitlines()[-1] == changes_line
    # the report's sheets say the same difference (Évolution: each wave whole)
    # (since waves21b the wording of the whole is a parameter: each wave, or each year whole)
    assert "chaque vague entière" in text_of("waves-whole-wave") or lang == "en"


def text_of(code: str) -> str:
    from barometre.messages import text

    return text(code, "fr", platform="p", ev_old="a", ev_new="b", n=1, whom="w", old="c", new="d")
