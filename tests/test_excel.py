"""Excel reports: reload the workbook and check sheets, values, formats, charts, links, safety."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import openpyxl
import pytest

import barometre as bm
from barometre.render import excel

from .conftest import FILES
from .test_charts import DEMO

GAZETTE = "https://www.lagazettedescommunes.com/415314/comment-les-reseaux-sociaux-gagnent-les-collectivites-locales/"


@pytest.fixture
def ideose_report(cli, tmp_path):
    out = tmp_path / "reports" / "ideose-2015.xlsx"
    res = cli("report", "--year", "2015", "--source", "ideose", "-o", out)
    assert res.exit_code == 0, res.output
    return out


def test_ideose_report(ideose_report):
    wb = openpyxl.load_workbook(ideose_report)
    assert wb.sheetnames == ["Synthèse", "Adoption", "Sources et méthode"]
    ws = wb["Adoption"]
    heads = [c.value for c in ws[1]]
    rows = [dict(zip(heads, [c for c in r])) for r in ws.iter_rows(min_row=2)]
    gazette = [r for r in rows if "Gazette" in r["Source"].value]
    got = {(r["Type"].value, r["Réseau"].value): r["Part"].value for r in gazette}
    assert got[("région", "Facebook")] == 0.96 and got[("région", "X (ex-Twitter)")] == 0.85
    assert got[("département", "Facebook")] == 0.66 and got[("département", "X (ex-Twitter)")] == 0.48
    assert got[("ville préfecture", "Facebook")] == 0.54 and got[("ville préfecture", "X (ex-Twitter)")] == 0.47
    assert all("%" in r["Part"].number_format for r in gazette)
    vp = [r for r in gazette if r["Type"].value == "ville préfecture"][0]
    # the 101 villes préfectures are a census: no sampling interval, so no number in its
    # bounds (was the share, 0.54, read as a zero-width interval) but "exhaustif", as the
    # text tables say it
    assert vp["Base (n)"].value == 101
    assert vp["IC 95\u202f% bas"].value == vp["IC 95\u202f% haut"].value == "exhaustif"
    assert "Adoption" in ws.tables and ws.freeze_panes == "A2"
    assert ws.conditional_formatting  # data bars on the share
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    syn = wb["Synthèse"]
    assert len(syn._charts) >= 1
    lines = [c.value for c in syn["A"] if c.value]
    assert any(str(l).startswith("96\u202f% des régions (carte d'avant 2016) sur Facebook")
               for l in lines)
    src = wb["Sources et méthode"]
    links = [c.hyperlink.target for row in src.iter_rows() for c in row if c.hyperlink]
    assert GAZETTE in links
    assert any("Wilson" in str(c.value) for c in src["B"])
    assert wb.properties.creator == "barometre" and wb.properties.title


def test_no_formula_anywhere(ideose_report):
    wb = openpyxl.load_workbook(ideose_report)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate)


def test_survey_report_classement_and_injection(tmp_path, cli):
    src = tmp_path / "in.csv"
    src.write_text(
        "Code département;Facebook;Compte Facebook;Abonnés Facebook\n"
        "01;Oui;=HYPERLINK(\"http://x\",\"y\");1200\n"
        "02;Oui;+33 1 23;800\n"
        "03;Oui;@ain\t;1500\n"
        "44;Oui;-cmd;\"1 000 000\"\n"
        "2A;Non;;\n", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", src, "--entity", "44", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    assert {"Classement", "Données", "Benchmark"} <= set(wb.sheetnames)
    cl = wb["Classement"]
    h = next(c.row for c in cl["A"] if c.value == "Réseau")  # below the notes (review 17a)
    codes = {r[1] for r in cl.iter_rows(min_row=h + 1, values_only=True)}
    assert codes == {"01", "02", "03", "44", "2A"}
    data = wb["Données"]
    accounts = [c for c in data["G"][1:] if c.value]
    values = {c.value for c in accounts}
    assert '=HYPERLINK("http://x","y")' in values and "-cmd" in values and "+33 1 23" in values
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
    big = [r for r in data.iter_rows(min_row=2, values_only=True) if r[0] == "44"][0]
    assert big[5] == 1_000_000
    bench = wb["Benchmark"]
    assert bench["A1"].value == "Loire-Atlantique (44)"
    assert [c.value for c in bench[3]][:5] == ["Réseau", "Présent", "Abonnés", "Abonnés pour 1\u202f000 hab.", "Rang"]
    assert bench["A4"].value == "Facebook" and bench["B4"].value == "Oui" and bench["E4"].value == 1


def test_refuses_to_overwrite_input(cli, tmp_path):
    src = tmp_path / "same.xlsx"
    shutil.copy(FILES / "prefectures-titre.xlsx", src)
    before = src.read_bytes()
    res = cli("report", "--data", src, "-o", src)
    assert res.exit_code == 2 and "refus" in res.stderr
    assert src.read_bytes() == before


def test_failure_keeps_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "r.xlsx"
    fig = bm.compare("region", year=2015, source="ideose")
    excel.write_report(out, fig)
    before = out.read_bytes()

    def boom(*a, **k):
        raise RuntimeError("disk exploded")

    monkeypatch.setattr(excel.content, "sources", boom)
    with pytest.raises(RuntimeError):
        excel.write_report(out, fig)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]


def test_same_content_twice(tmp_path):
    fig = bm.compare("region", year=2015, source="ideose")
    a, b = excel.write_report(tmp_path / "a.xlsx", fig), excel.write_report(tmp_path / "b.xlsx", fig)
    assert a.read_bytes() == b.read_bytes()


def test_evolution_sheet_when_several_years(tmp_path):
    t = bm.trend("region", "facebook")
    out = excel.write_report(tmp_path / "t.xlsx", t, lang="en")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Adoption", "Trend", "Sources and method"]
    assert len(wb["Trend"]._charts) == 1
    dates = [r[0] for r in wb["Trend"].iter_rows(min_row=2, values_only=True) if isinstance(r[0], dt.datetime)]
    # one line joins only comparable figures: the series followed over the most dates (the
    # 2018 figure on the 13 régions métropolitaines is another base, not a point of this line)
    sizes = t[~t["flags"].str.contains("disputed")].groupby("series")["year"].nunique()
    main = t[(t["series"] == sizes.idxmax()) & ~t["flags"].str.contains("disputed")]
    assert sorted({d.year for d in dates}) == sorted(set(int(y) for y in main["year"]))
    assert 2018 not in {d.year for d in dates} and dates == sorted(dates)
    # Ideose "fin 2015" (no month) is placed on 1 December, after October 2015, and the
    # note under the table says so
    assert dt.datetime(2015, 12, 1) in dates and dt.datetime(2015, 10, 1) in dates
    notes = [r[0] for r in wb["Trend"].iter_rows(values_only=True) if isinstance(r[0], str)]
    assert any("“late 2015” on 1 December" in n for n in notes)


def test_row_limit_splits_sheets(monkeypatch, tmp_path):
    monkeypatch.setattr(excel.workbook, "MAX_ROWS", 51)
    s = bm.read_survey(DEMO)
    out = excel.write_report(tmp_path / "s.xlsx", bm.adoption(s), survey=s)
    wb = openpyxl.load_workbook(out)
    data_sheets = [n for n in wb.sheetnames if n.startswith("Données")]
    assert len(data_sheets) == -(-len(s) // 50)
    assert all(wb[n].max_row <= 51 for n in data_sheets)
    assert sum(wb[n].max_row - 1 for n in data_sheets) == len(s)


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")),
                    reason="LibreOffice not installed")
def test_libreoffice_converts(ideose_report, tmp_path):
    exe = shutil.which("libreoffice") or shutil.which("soffice")
    profile = (tmp_path / "lo-profile").as_uri()  # own profile: no lock shared with another run
    out = subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                          "pdf", "--outdir", str(tmp_path), str(ideose_report)],
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "ideose-2015.pdf").stat().st_size > 1000


def test_english_report_labels_platforms_in_english(tmp_path):
    s = bm.read_survey(DEMO)
    out = excel.write_report(tmp_path / "en.xlsx", bm.adoption(s), survey=s, lang="en")
    wb = openpyxl.load_workbook(out)
    labels = {r[0] for r in wb["Ranking"].iter_rows(min_row=2, values_only=True)}
    assert "X (formerly Twitter)" in labels and "X (ex-Twitter)" not in labels


def test_english_report_data_says_line_as_the_messages_do(tmp_path):
    """The Data sheet's source_row column is the file's line, as validate's 'line 5'."""
    s = bm.read_survey(DEMO)
    out = excel.write_report(tmp_path / "en.xlsx", bm.adoption(s), survey=s, lang="en")
    wb = openpyxl.load_workbook(out)
    heads = [c.value for ws in wb.worksheets for c in ws[1]]
    assert "File line" in heads and "File row" not in heads


def test_only_a_sample_has_an_interval_in_the_adoption_sheet(cli, tmp_path):
    """Three départements are a sample: their interval is shown in percent; every
    département is a census: no interval, its bounds read "exhaustif" (no number: the
    share itself was there, a zero-width interval to whoever reads the cells)."""
    few = tmp_path / "trois.csv"
    few.write_text("code;plateforme;present;date\n01;facebook;Oui;15/10/2025\n"
                   "02;facebook;Non;15/10/2025\n03;facebook;Oui;15/10/2025\n", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    for data, want in ((few, "%"), (FILES.parents[1] / "data" / "demo" /
                                    "releves-departements-donnees-fictives.csv", '"exhaustif"')):
        assert cli("report", "--data", data, "--type", "departement", "-o", out).exit_code == 0
        ws = openpyxl.load_workbook(out)["Adoption"]
        heads = [c.value for c in ws[1]]
        low, high = heads.index("IC 95\u202f% bas"), heads.index("IC 95\u202f% haut")
        # the figures' rows (a note may follow the table: a sample's random-draw note)
        rows = [r for r in ws.iter_rows(min_row=2) if r[low].value is not None]
        if want == "%":
            assert rows and all(want in r[low].number_format and want in r[high].number_format
                                for r in rows), data
            assert all(r[low].value < r[high].value for r in rows)
        else:
            assert rows and all(r[low].value == r[high].value == "exhaustif" for r in rows), data


@pytest.mark.parametrize("lang, starred, plain, note", [
    ("fr", "100\u202f%* des grandes villes sur Facebook —",
     "89\u202f% des villes moyennes sur Facebook —", "* part déduite d'une formulation"),
    ("en", "100%* of large cities on Facebook —", "89% of medium-sized towns on Facebook —",
     "* share derived from the source's wording")])
def test_synthese_stars_a_share_derived_from_wording(cli, tmp_path, lang, starred, plain, note):
    # OST 2018 says "toutes les grandes villes" (derived_from_wording): the Adoption sheet
    # says so in its column, the Synthèse sentence stars it and explains the star once
    out = tmp_path / f"r-{lang}.xlsx"
    res = cli("report", "--type", "region", "--year", "2018", "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    lines = [str(c.value) for c in wb.worksheets[0]["A"] if c.value]
    assert any(line.startswith(starred) for line in lines), lines
    assert any(line.startswith(plain) for line in lines), lines
    assert [line for line in lines if line.startswith(note)] != []
    assert sum(line.startswith("*") for line in lines) == 1


@pytest.mark.parametrize("lang, want", [("fr", "89\u202f% des régions (carte d'avant 2016) sur Facebook (n = 27) — Ideose, fin 2015"),
                                        ("en", "89% of regions (map before 2016) on Facebook (n = 27) — Ideose, late 2015")])
def test_synthese_dates_a_fin_2015_source_without_a_month(cli, tmp_path, lang, want):
    out = tmp_path / f"fin-{lang}.xlsx"
    res = cli("report", "--type", "region", "--year", "2015", "--source", "ideose-2015-3",
              "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.output
    lines = [str(c.value) for c in openpyxl.load_workbook(out).worksheets[0]["A"] if c.value]
    assert want in lines, lines
    assert not any("décembre" in x or "December" in x for x in lines)


@pytest.mark.parametrize("lang, word", [("fr", "recensement, part non k/n"),
                                        ("en", "census, share not k/n")])
def test_a_census_without_interval_reads_census_in_the_report(tmp_path, lang, word):
    # Edgar Quinet, October 2012: 62 % of the 27 régions, a census whose share is not k/27
    # (no interval): its bounds read the words, not a blank, as in the text tables; not
    # « exhaustif », which it cannot be (review 18)
    out = bm.write_report(tmp_path / "r.xlsx", bm.compare("region", year=2012, all_sources=True),
                          lang=lang)
    ws = openpyxl.load_workbook(out)["Adoption"]
    rows = list(ws.iter_rows(values_only=True))
    heads = rows[0]
    low, high = heads.index(next(h for h in heads if "95" in h and ("bas" in h or "low" in h))), \
        heads.index(next(h for h in heads if "95" in h and ("haut" in h or "high" in h)))
    quinet = [r for r in rows[1:] if r[3] == 0.62 and r[5] == 27]
    assert len(quinet) == 1 and quinet[0][low] == quinet[0][high] == word
    # the other censuses read their word too, no number (was the share, a zero-width
    # interval shown as the word by its format); no row holds a zero-width interval
    assert any(r[low] == r[high] == ("exhaustif" if lang == "fr" else "census") for r in rows[1:])
    assert not any(isinstance(r[low], float) and r[low] == r[high] for r in rows[1:])


@pytest.mark.parametrize("lang, fmt", [("fr", "0.0 %"), ("en", "0.0%")])
def test_a_share_published_with_a_decimal_keeps_it_in_its_adoption_cell(cli, tmp_path, lang, fmt):
    # OST 2023 printed 13.7 % and 91.6 %: compare says "13,7 %", the cells showed "14 %"
    out = tmp_path / "r.xlsx"
    assert cli("report", "--type", "all", "--lang", lang, "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Adoption"]
    heads = [c.value for c in ws[1]]
    share = heads.index("Part" if lang == "fr" else "Share")
    cells = {r[share].value: r[share].number_format for r in ws.iter_rows(min_row=2)
             if isinstance(r[share].value, float)}
    assert cells == {0.137: fmt, 0.916: fmt}
    # a share printed whole keeps the whole format ("96 %", Ideose 2015)
    assert cli("report", "--year", "2015", "--source", "ideose", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Adoption"]
    share = [c.value for c in ws[1]].index("Part")
    assert {r[share].number_format for r in ws.iter_rows(min_row=2)} == {"0 %"}
