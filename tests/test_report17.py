"""Review report17 (a CA communicator, an English user): the Synthèse answers "how do we
compare?", the charts of demo data say so in their title, « Restés présents », the changes
caption wrapped at any dpi, an English template and report, one word per benchmark state."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm

DEMO = bm.demo_file("enquete")


@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(DEMO)


# --- 7. one word per state in the benchmark text and chart ------------------------------

# s32: the entity's state said in its peers' words (« sans compte », « sans réponse »)
@pytest.mark.parametrize("lang, absent, no_answer", [("fr", "sans compte", "sans réponse"),
                                                     ("en", "without an account",
                                                      "not answered")])
def test_benchmark_text_says_the_charts_word_for_each_state(demo, lang, absent, no_answer):
    from barometre.render import charts
    from barometre.render.views import benchmark_text

    b = bm.benchmark(demo, "44")  # Instagram « Non », TikTok unanswered
    said = benchmark_text(b, lang)
    sep = ":" if lang == "en" else " :"
    assert f"Instagram{sep} {absent} (" in said and f"TikTok{sep} {no_answer} (" in said
    for gone in ("not present", "no data", "pas de donnée"):
        assert gone not in said
    fig = charts.benchmark(demo, "44", lang=lang)
    words = {t.get_gid().split(":")[-1]: t.get_text() for ax in fig.axes for t in ax.texts
             if (t.get_gid() or "").startswith("absent:followers:")}
    assert words == {"instagram": absent, "tiktok": no_answer}


# --- 3. « Restés présents »: the column counts those present in both waves ---------------

W24 = bm.demo_file("enquete").parent / "vague-2024-departements-donnees-fictives.xlsx"
W25 = bm.demo_file("enquete").parent / "vague-2025-departements-donnees-fictives.csv"


@pytest.mark.parametrize("lang, word", [("fr", "Restés présents"), ("en", "Stayed present")])
def test_changes_says_stayed_present_in_its_table_list_and_workbook(cli, tmp_path, lang, word):
    out = cli("changes", "-d", W24, "-d", W25, "--lang", lang)
    assert out.exit_code == 0, out.stderr
    head = out.stdout.splitlines()[1]
    assert word in head
    listed = cli("changes", "-d", W24, "-d", W25, "--list", "--lang", lang).stdout
    assert f"{word} (" in listed or f"{word}:" in listed or f"{word} :" in listed
    f = tmp_path / "r.xlsx"
    assert cli("report", "-d", W24, "-d", W25, "-o", f, "--lang", lang).exit_code == 0
    wb = openpyxl.load_workbook(f)
    heads = [c.value for ws in wb for t in ws.tables.values() if t.name.startswith(("Mouvements", "Changes"))
             for c in ws[t.ref.split(":")[0]:t.ref.split(":")[1]][0]]
    assert word in heads and "Restés" not in heads and "Stayed" not in heads


# --- 5. the English template's pop-ups ---------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_template_pop_ups_speak_the_templates_language(cli, tmp_path, lang):
    f = tmp_path / "t.xlsx"
    assert cli("template", "--type", "region", "-o", f, "--lang", lang).exit_code == 0
    dvs = openpyxl.load_workbook(f).worksheets[0].data_validations.dataValidation
    said = {dv.errorTitle: dv.error for dv in dvs}
    assert {dv.formula1 for dv in dvs if dv.type == "list"} == {'"Oui,Non"'}  # answers stay
    if lang == "fr":
        assert said == {"Présence": "Choisissez Oui ou Non.", "Abonnés": "Nombre entier positif.",
                        "Date": "Date du relevé, ex. 15/10/2025, au plus tôt le 01/01/2004."}
    else:
        assert set(said) == {"Presence", "Followers", "Date"}
        assert "Oui" in said["Presence"] and "Non" in said["Presence"] and "French" in said["Presence"]
        for words in said.values():
            for french in ("Choisissez", "Nombre", "relevé"):
                assert french not in words


# --- 6. the English report: its sources' bases, its tables' names ------------------------

def test_english_report_translates_the_bases_and_marks_the_publishers_method(cli, tmp_path):
    f = tmp_path / "rep.xlsx"
    assert cli("report", "--type", "region", "-o", f, "--lang", "en").exit_code == 0
    ws = openpyxl.load_workbook(f)["Sources and method"]
    (t,) = [t for t in ws.tables.values() if t.name == "Sources"]
    rows = [[c.value for c in row] for row in ws[t.ref]]
    head, rows = rows[0], rows[1:]
    bases = [r[head.index("Base")] for r in rows]
    methods = [r[head.index("Method")] for r in rows]
    assert "régions" not in "; ".join(bases) and any("regions" in b for b in bases)
    # our summary of the study's method, not the publisher's words (prov20)
    assert all(m.endswith("(our summary, in French)") for m in methods if m)


def _table_names(f):
    return [t.name for ws in openpyxl.load_workbook(f) for t in ws.tables.values()]


def test_english_report_names_its_excel_tables_in_english(cli, tmp_path):
    import re

    fr, en = tmp_path / "fr.xlsx", tmp_path / "en.xlsx"
    args = ("report", "-d", W24, "-d", W25, "--entity", "44")
    assert cli(*args, "-o", fr).exit_code == 0
    assert cli(*args, "-o", en, "--lang", "en").exit_code == 0
    names_fr, names_en = _table_names(fr), _table_names(en)
    assert {"Synthese", "Classement1", "Donnees1", "Evolution", "Mouvements"} <= set(names_fr)
    assert {"Summary", "Ranking1", "Data1", "Trend", "Changes"} <= set(names_en)
    assert len(names_en) == len(set(names_en)) == len(names_fr)
    french = {"Synthese", "Classement", "Donnees", "Evolution", "Enquete", "Mouvements",
              "Entrees_sorties", "Croissance"}
    for n in names_en:  # valid Excel names: a letter first, no space, never a cell address
        assert n.rstrip("0123456789") not in french
        assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", n)
        assert not re.fullmatch(r"[A-Za-z]{1,3}[0-9]+", n) and n.upper() not in ("R", "C")


# --- 4. the changes caption wrapped within the image at any dpi ---------------------------

@pytest.mark.parametrize("dpi", [50, 80, 100])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_changes_caption_stays_within_the_image_at_any_dpi(cli, tmp_path, lang, dpi):
    from matplotlib.image import imread

    f = tmp_path / "c.png"
    out = cli("chart", "changes", "-d", W24, "-d", W25, "-o", f, "--lang", lang, "--dpi", dpi)
    assert out.exit_code == 0, out.stderr
    img = imread(f)[..., :3]
    h, w = img.shape[:2]
    ink = (img < 0.9).any(axis=2)
    # the caption's rows (the bottom of the image): nothing drawn in the last columns, where
    # a line running out of the image is cut (« — shares among th »)
    assert not ink[int(h * 0.85):, w - 3:].any()
    assert ink[int(h * 0.85):, : w // 2].any()  # the caption is there


# --- 2. « (données fictives) » in the title of every chart of demo data --------------------

def _kinds(lang):
    from barometre.analysis.survey import adoption, compare_survey
    from barometre.render import charts

    wide, long = bm.read_survey(DEMO), bm.read_survey(bm.demo_file("releves"))
    waves = bm.read_waves(bm.demo_file("releves"))
    return {
        "adoption": lambda: charts.adoption(compare_survey(wide), survey=wide, lang=lang),
        "heatmap": lambda: charts.heatmap(compare_survey(wide), survey=wide, lang=lang),
        "trend": lambda: charts.trend(adoption(long), survey=long, lang=lang),
        "benchmark": lambda: charts.benchmark(wide, "44", lang=lang),
        "ranking": lambda: charts.ranking(bm.rank(wide, "facebook"), focus="44", survey=wide,
                                          lang=lang),
        "scatter": lambda: charts.scatter(wide, "facebook", focus="44", lang=lang),
        "wave_trend": lambda: charts.wave_trend(bm.wave_trend(waves), lang=lang),
        "changes": lambda: charts.changes(bm.changes(waves), lang=lang),
    }


@pytest.mark.parametrize("lang, mark", [("fr", "(données fictives)"), ("en", "(fictitious data)")])
def test_every_chart_of_demo_data_says_so_in_its_title(lang, mark):
    import matplotlib.pyplot as plt

    for kind, draw in _kinds(lang).items():
        fig = draw()
        head = fig.get_suptitle().replace("\n", " ")
        assert head.endswith(mark), (kind, head)
        assert head.count(mark) == 1
        plt.close(fig)
    # published figures are no demo: no mark
    from barometre.render import charts

    fig = charts.adoption(bm.compare("region", year=2015, source="ideose"), lang=lang)
    assert "fictiv" not in fig.get_suptitle() and "fictitious" not in fig.get_suptitle()
    # a title given by the user is marked too, once
    fig = charts.benchmark(bm.read_survey(DEMO), "44", lang=lang, title="Loire-Atlantique")
    assert fig.get_suptitle() == f"Loire-Atlantique {mark}"


# --- 1. the Synthèse says how the entity compares -----------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_summary_says_how_the_entity_compares_with_the_benchmark_sheets_figures(cli, tmp_path, lang):
    from barometre.render.formats import fmt_int, fmt_rank, per1000_number, platform_label

    f = tmp_path / "r.xlsx"
    assert cli("report", "-d", DEMO, "--entity", "44", "-o", f, "--lang", lang).exit_code == 0
    wb = openpyxl.load_workbook(f)
    summary, bench = wb.worksheets[0], wb["Benchmark"]
    lines = [c.value for c in summary["A"] if isinstance(c.value, str)]
    assert not any("voir la feuille" in s or "see the Benchmark" in s for s in lines)
    title = next(i for i, s in enumerate(lines) if s.startswith("Benchmark"))
    assert lines[title] == ("Benchmark\u00a0: Loire-Atlantique (44), 2025" if lang == "fr"
                            else "Benchmark: Loire-Atlantique (44), 2025")
    end = next(i for i in range(title, len(lines)) if lines[i].startswith(("Indice\u00a0:", "Index:")))
    said = {s.split("\u00a0:" if lang == "fr" else ":")[0]: s for s in lines[title + 2:end]}
    # the Benchmark sheet's own cells, read back: the Synthèse says the same figures
    (t,) = bench.tables.values()
    rows = [[c.value for c in r] for r in bench[t.ref]]
    head = rows[0]
    col = {k: head.index(text) for k, text in [
        ("platform", "Réseau" if lang == "fr" else "Platform"),
        ("present", "Présent" if lang == "fr" else "Present"),
        ("followers", "Abonnés" if lang == "fr" else "Followers"),
        ("rank", "Rang" if lang == "fr" else "Rank"), ("n", "Pairs classés (n)" if lang == "fr" else "Peers ranked (n)"),
        ("index", "Indice (médiane = 100)" if lang == "fr" else "Index (median = 100)")]}
    per_1000 = [i for i, h in enumerate(head) if "1\u202f000" in h or "1,000" in h]
    n_ranked = 0
    for r in rows[1:]:
        line = said[r[col["platform"]]]
        if r[col["followers"]] is None:
            word = {"Non": "sans compte", "No": "without an account",
                    None: "sans réponse" if lang == "fr" else "not answered"}
            assert word[r[col["present"]]] in line
            continue
        n_ranked += 1
        assert fmt_int(r[col["followers"]], lang) in line
        assert fmt_rank(r[col["rank"]], r[col["n"]], lang, "departement") in line
        assert f"{'indice' if lang == 'fr' else 'index'} {fmt_int(r[col['index']], lang)}" in line
        assert per1000_number(r[per_1000[0]], lang) in line  # followers per 1,000 inhabitants
        assert fmt_rank(r[per_1000[1]], r[col["n"]], lang, "departement") in line
    assert n_ranked == 4 and platform_label("facebook", lang) in said
    assert "5e sur 84" in said["Facebook"] if lang == "fr" else "5th of 84" in said["Facebook"]
    # the page prints whole: the lines within the print area, on one page
    last = max(c.row for c in summary["A"] if isinstance(c.value, str))
    assert int(str(summary.print_area).split("$")[-1]) >= last
    assert summary.page_setup.fitToHeight in (1, "1") and summary.sheet_properties.pageSetUpPr.fitToPage


@pytest.mark.parametrize("lang, mark", [("fr", "(données fictives)"), ("en", "(fictitious data)")])
def test_the_reports_native_charts_of_demo_data_say_so_in_their_title(cli, tmp_path, lang, mark):
    from .test_excel_layout import charts_of

    f = tmp_path / "r.xlsx"
    assert cli("report", "-d", bm.demo_file("releves"), "-o", f, "--lang", lang).exit_code == 0
    titles = [c["title"] for c in charts_of(f)]
    assert len(titles) == 2 and all(t.endswith(mark) and t.count(mark) == 1 for t in titles)
    g = tmp_path / "p.xlsx"  # published figures: no mark
    assert cli("report", "--type", "region", "-o", g, "--lang", lang).exit_code == 0
    assert not any(mark in c["title"] for c in charts_of(g))
