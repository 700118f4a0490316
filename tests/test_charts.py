"""Charts: what each kind draws, captions, plain text, file formats, CLI."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pandas as pd
import pytest

import barometre as bm
from barometre.analysis.survey import adoption as survey_adoption
from barometre.analysis.survey import compare_survey
from barometre.domain.errors import NoDataError
from barometre.render import charts

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
LONG = ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv"
NN = "\u202f"


@pytest.fixture(scope="module")
def wide():
    return bm.read_survey(DEMO)


@pytest.fixture(scope="module")
def long():
    return bm.read_survey(LONG)


def texts(fig) -> list[str]:
    out = []
    for ax in fig.axes:
        out += [t.get_text() for t in ax.texts]
    return out


def caption(fig) -> str:
    return fig._supxlabel.get_text().replace("\n", " ")


def bars(fig, prefix="bar:"):
    return [p for p in fig.axes[0].patches if (p.get_gid() or "").startswith(prefix)]


# --- adoption ---------------------------------------------------------------------------

def test_adoption_several_types_draws_each_share_with_a_legend_above():
    df = bm.compare("region", year=2015, source="ideose", vs=["departement", "ville_prefecture"])
    fig = charts.adoption(df)
    ax = fig.axes[0]
    widths = sorted(round(p.get_width(), 2) for p in bars(fig))
    assert widths == [0.47, 0.48, 0.54, 0.66, 0.85, 0.96]
    for v in ("96", "85", "66", "48", "54", "47"):
        assert f"{v}{NN}%" in texts(fig)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["régions", "départements", "villes préfectures (n = 101)"]  # census
    assert ax.get_legend().get_bbox_to_anchor().y0 >= ax.get_window_extent().y1 - 1  # above
    cap = caption(fig)
    # the medium the figure was read in, and its address (prov20)
    assert cap.startswith("Source : Ideose, via La Gazette des communes, octobre 2015.")
    # the régions of 2015 named as compare's Base column names them (ux25b)
    assert "Bases : régions (carte d'avant 2016) ; départements ; 101 villes préfectures." in cap
    assert "Mesure : part de toutes les entités de la base." in cap
    # Ideose 2015 counted every région, département and ville préfecture: a census has no
    # sampling error, so no whisker and no note about one
    assert "intervalle de confiance" not in cap
    assert sum(1 for c in ax.containers if hasattr(c, "has_xerr")) == 0
    assert fig._suptitle.get_text() == "Présence sur les réseaux sociaux par type de collectivité, 2015"


def test_adoption_one_type_sorted_bars_any_apart_no_legend(wide):
    df = compare_survey(wide)
    fig = charts.adoption(df, survey=wide)
    ax = fig.axes[0]
    assert ax.get_legend() is None
    drawn = sorted(bars(fig), key=lambda p: p.get_y())  # y grows downwards (inverted axis)
    plats = [p.get_gid().split(":")[2] for p in drawn]
    assert plats[-1] == "any" and len(plats) == 7
    shares = [p.get_width() for p in drawn[:-1]]
    assert shares == sorted(shares, reverse=True)
    gap = drawn[-1].get_y() - drawn[-2].get_y()
    assert gap > drawn[1].get_y() - drawn[0].get_y()  # "au moins un réseau" set apart
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "au moins un réseau"
    cap = caption(fig)
    sampled = int((df["ci_low"] < df["ci_high"]).sum())  # a census (every entity) has none
    assert 0 < sampled < len(df)
    assert sum(1 for c in ax.containers if hasattr(c, "has_xerr")) == sampled
    # what the whiskers are for (all N of the type), and why X and "any" have none
    assert ("Traits : intervalle de confiance à 95\u202f% de la part sur l'ensemble des "
            "101 départements ; fourchette sûre, certaine quelles que soient les réponses "
            "manquantes, pour Instagram, LinkedIn, YouTube et TikTok ; sans trait : "
            "exhaustif, part exacte.") in cap
    assert "Base : départements de l'enquête avec une réponse pour le réseau (94 à 101 selon le réseau)." in cap
    assert "Données fictives." in cap


def test_all_sources_draws_every_figure_it_cites():
    df = bm.compare("grande_ville", year=2012, all_sources=True)
    fig = charts.adoption(df)
    drawn = bars(fig)
    assert len(drawn) == int(df["share"].notna().sum())
    fb = sorted(round(p.get_width(), 2) for p in drawn
                if p.get_gid().startswith("bar:grande_ville:facebook:"))
    assert fb == [0.59, 0.66, 0.70, 0.78]
    cap = caption(fig)
    for pub in ("Adverbia, 2012", "Institut Edgar Quinet, juillet 2012",
                "Institut Edgar Quinet, octobre 2012", "Informer autrement, mai 2012"):
        assert pub in cap
    # each figure of a type × platform with several sources says its source
    assert any(t.endswith("Institut Edgar Quinet, octobre 2012") for t in texts(fig))


def test_base_in_words_always_in_the_caption():
    df = bm.compare("commune", year=2021, vs=[])
    fig = charts.adoption(df)
    assert "Base : communes bretonnes répondant à l'enquête." in caption(fig)
    assert "Mesure : part des répondants d'une enquête." in caption(fig)
    en = caption(charts.adoption(df, lang="en"))
    # our description of the base, translated (render.formats.base_text says it the same)
    assert "Base: Breton municipalities answering the survey." in en
    assert "Measure: share of a survey's respondents." in en


def test_a_base_not_translated_reads_quoted_as_french():
    from barometre.render.charts.captions import base_words

    assert base_words("communes bretonnes répondant à l'enquête", "commune", "en") == (
        "Breton municipalities answering the survey")
    assert base_words("communes du bocage", "commune", "en") == "\u201ccommunes du bocage\u201d"
    assert base_words("26 régions", "region", "en") == "26 regions"


def test_english_chart_has_english_bases_and_words():
    fig = charts.adoption(bm.compare("region", year=2015, source="ideose"), lang="en")
    assert "96%" in texts(fig)
    cap = caption(fig)
    assert cap.startswith("Source: Ideose, via La Gazette des communes, October 2015.")
    assert "Bases: regions (map before 2016); départements; 101 prefecture cities." in cap
    assert "Social media presence" in fig._suptitle.get_text()


def test_derived_share_is_starred_and_noted_only_then():
    df = bm.compare("grande_ville", year=2012, all_sources=True)
    fig = charts.adoption(df)
    assert any(t.startswith("50" + NN + "%*") for t in texts(fig))
    assert "* part déduite d'une formulation" in caption(fig)
    plain = charts.adoption(bm.compare("region", year=2015, source="ideose"))
    assert "déduite" not in caption(plain)


@pytest.mark.parametrize("lang, note", [("fr", "* part déduite d'une formulation"),
                                        ("en", "* share derived from the source's wording")])
def test_heatmap_stars_a_share_derived_from_wording_as_the_adoption_chart(lang, note):
    df = bm.compare("region", year=2018)
    derived = {(r.collectivity_type, r.platform) for r in df.itertuples()
               if r.derived_from_wording is True}
    assert ("grande_ville", "facebook") in derived and ("ville_moyenne", "facebook") not in derived
    fig = charts.heatmap(df, lang=lang)
    cells = {tuple(t.get_gid().split(":")[1:3]): t.get_text() for t in fig.axes[0].texts
             if (t.get_gid() or "").startswith("cell:")}
    assert cells[("grande_ville", "facebook")].endswith("%*")
    assert cells[("ville_moyenne", "facebook")].endswith("%")
    assert {k for k, v in cells.items() if v.endswith("*")} == derived
    assert note in caption(fig)
    adoption = charts.adoption(df, lang=lang)
    assert {t for t in texts(adoption) if "*" in t} and note in caption(adoption)
    plain = charts.heatmap(bm.compare("region", year=2015, source="ideose"), lang=lang)
    assert note not in caption(plain) and not any("*" in t for t in texts(plain))


# --- trend ------------------------------------------------------------------------------

def test_published_trend_draws_every_figure_labelled_in_words():
    t = bm.trend("region", "facebook")
    fig = charts.trend(t)
    ax = fig.axes[0]
    points = sum(len(c.get_offsets()) for c in ax.collections
                 if (c.get_gid() or "").startswith("points:"))
    assert points == len(t)
    legend = [x.get_text() for x in ax.get_legend().get_texts()]
    assert "Institut Edgar Quinet (mai 2012, oct. 2012, mars 2013)" in legend
    assert not any(re.search(r"[a-z]-\d{4}", x) for x in legend + [caption(fig)])  # no ids
    ranges = [c.get_gid() for c in ax.collections if (c.get_gid() or "").startswith("range:")]
    assert ranges == ["range:2012", "range:2013"]  # 2015: two editions of Ideose alone
    assert [line.get_gid() for line in ax.lines].count("family-break") == 1  # 2016 map
    assert ("Pointillé vertical : la base change (régions (carte d'avant 2016) → "
            "régions métropolitaines, trait au 1er janvier 2016 : nouvelle carte des "
            "régions).") in caption(fig)
    assert "Barre grise : écart entre sources la même année." in caption(fig)
    assert "Régions sur Facebook" in fig._suptitle.get_text()


def test_published_trend_breaks_the_line_when_the_base_changes():
    t = bm.trend("region", "facebook")
    fig = charts.trend(t)
    series = [line for line in fig.axes[0].lines if line.get_gid() == "series"]
    # Ideose's "régions" (Oct. 2015) and "conseils régionaux" figures are not joined
    for line in series:
        xs = list(line.get_xdata())
        assert not (2015 < min(xs) and max(xs) < 2016)
    assert "Ligne interrompue : la base change." in caption(fig)


@pytest.mark.parametrize("type_, before, after", [("region", 27, 26),
                                                   ("departement", 101, 100)])
def test_published_trend_breaks_the_line_where_the_table_says_another_base(type_, before,
                                                                           after):
    # Edgar Quinet: Oct. 2012 on 27 régions (101 départements), Mar. 2013 on 26 (100): the
    # table flags "rupture : autre base", the line must not join them
    t = bm.trend(type_, "facebook")
    eq = t[t["publisher"] == "Institut Edgar Quinet"]
    assert eq.loc[eq["n_base"] == after, "break"].tolist()[0] == "base"
    fig = charts.trend(t)
    oct12 = 2012 + 9.5 / 12
    mar13 = 2013 + 2.5 / 12
    for line in (x for x in fig.axes[0].lines if x.get_gid() == "series"):
        xs = [round(float(x), 6) for x in line.get_xdata()]
        assert not (round(oct12, 6) in xs and round(mar13, 6) in xs), xs
    assert "Ligne interrompue : la base change." in caption(fig)


def test_published_trend_grey_bar_joins_only_different_sources():
    # départements 2013: Edgar Quinet in March and June, nobody else: no spread between
    # sources; 2012: Adverbia 47 % against Edgar Quinet's 44 % (July)
    fig = charts.trend(bm.trend("departement", "facebook"))
    ranges = {c.get_gid(): c for c in fig.axes[0].collections
              if (c.get_gid() or "").startswith("range:")}
    assert list(ranges) == ["range:2012"]
    ys = ranges["range:2012"].get_paths()[0].vertices[:, 1]
    assert (round(ys.min(), 2), round(ys.max(), 2)) == (0.44, 0.47)


def test_survey_trend_shows_both_waves(long, cli, tmp_path):
    df = survey_adoption(long)
    fig = charts.trend(df, survey=long)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2024", "2025"]
    years = {g.split(":")[1] for g in (t.get_gid() or "" for t in ax.texts) if g.startswith("point:")}
    assert years == {"2024", "2025"}
    assert "2024–2025" in fig._suptitle.get_text()
    out = tmp_path / "trend.png"
    res = cli("chart", "trend", "--data", LONG, "-o", out)
    assert res.exit_code == 0, res.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


# --- heatmap ----------------------------------------------------------------------------

def test_heatmap_cells_and_readable_labels():
    df = bm.compare("region", year=2015, source="ideose")
    fig = charts.heatmap(df)
    cells = [t for t in fig.axes[0].texts if (t.get_gid() or "").startswith("cell:")]
    assert len(cells) == len(df) and any(t.get_text() == f"96{NN}%" for t in cells)
    assert fig.get_figwidth() >= 6


def test_heatmap_one_row_is_a_strip(wide):
    fig = charts.heatmap(compare_survey(wide), survey=wide)
    assert fig.get_figheight() < fig.get_figwidth() / 2.5
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert ticks[-1] == "au moins un\nréseau" and "X (ex-Twitter)" in ticks


def test_heatmap_all_sources_keeps_every_figure():
    df = bm.compare("grande_ville", year=2012, all_sources=True)
    fig = charts.heatmap(df)
    cells = [t for t in fig.axes[0].texts if (t.get_gid() or "").startswith("cell:")]
    assert len(cells) == int(df["share"].notna().sum())


# --- ranking, benchmark, scatter --------------------------------------------------------

def test_ranking_focus_outside_top_after_a_gap_and_ellipsis(wide):
    r = bm.rank(wide, "facebook")
    low = r.iloc[-1]
    fig = charts.ranking(r, focus=low["code"], top=5, survey=wide)
    ax = fig.axes[0]
    gids = [p.get_gid() for p in ax.patches]
    assert gids[:5] == [f"bar:{c}" for c in r["code"][:5]] and gids[5] == f"bar:{low['code']}:focus"
    ys = [p.get_y() + p.get_height() / 2 for p in ax.patches]
    assert ys[5] - ys[4] == 2  # one empty row
    assert [t.get_text() for t in ax.texts if t.get_gid() == "ellipsis"] == ["…"]
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ticks and all("," not in t for t in ticks)
    title = fig._suptitle.get_text()
    assert title == "Facebook : les 5 départements les plus suivis, 2025 (données fictives)"
    # 6 without a count: the demo's 4, and 68 and 2B (their council's count on 67's, 2A's row)
    assert (f"Base : {len(r)} départements classés (7 sans réponse, 4 sans compte, 6 avec un "
            "compte sans nombre d'abonnés).") in caption(fig)


def test_ranking_per_1000_has_integer_axis(wide):
    fig = charts.ranking(bm.rank(wide, "instagram", metric="followers_per_1000"), survey=wide)
    fig.canvas.draw()
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert all(re.fullmatch(r"\d+", t) for t in ticks), ticks


def test_benchmark_marks_median_rank_and_absence(wide):
    fig = charts.benchmark(wide, "Loire-Atlantique")
    b = bm.benchmark(wide, "44").set_index("platform")
    left = fig.axes[0]
    focus = [c for c in left.collections if (c.get_gid() or "").startswith("focus:")]
    assert {c.get_gid().split(":")[1] for c in focus} == set(b.index[b["followers"].notna()])
    ranks = {t.get_gid(): t.get_text() for t in left.texts}
    assert ranks["rank:followers:facebook"] == f"{b.loc['facebook', 'rank']}e sur {b.loc['facebook', 'n_peers']}"
    absent = list(b.index[b["present"].eq(False).fillna(False)])
    unknown = list(b.index[b["present"].isna()])
    assert absent and all(ranks[f"absent:followers:{p}"] == "sans compte" for p in absent)
    assert all(ranks[f"absent:followers:{p}"] == "sans réponse" for p in unknown)
    medians = {line.get_gid(): line.get_xdata()[0] for line in left.lines}
    assert medians["median:followers:facebook"] == pytest.approx(b.loc["facebook", "peer_median"])
    right = {line.get_gid(): line.get_xdata()[0] for line in fig.axes[1].lines}
    assert right["median:per_1000:facebook"] == pytest.approx(
        b.attrs["peer_median_per_1000"]["facebook"])
    assert fig.axes[0].get_title(loc="left") == "Pairs : les 101 départements du fichier"
    assert "données fictives" in caption(fig).lower()
    assert fig._suptitle.get_text() == "Loire-Atlantique parmi ses pairs, 2025 (données fictives)"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_benchmark_row_labels_sit_on_their_own_row_clear_of_the_dots(wide, lang):
    # "absent", "non renseigné" and the ranks were drawn at the top of their row band, on
    # the line between two rows: they read as the row above's
    fig = charts.benchmark(wide, "44", lang=lang)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    for ax in fig.axes[:2]:
        rows = [t.get_text() for t in ax.get_yticklabels()] or [
            t.get_text() for t in fig.axes[0].get_yticklabels()]
        labels = [t for t in ax.texts if (t.get_gid() or "").startswith(("rank:", "absent:"))]
        assert len(labels) == len(rows) == 6
        marks = [(c.get_offsets(), c) for c in ax.collections] + [
            (line.get_xydata(), line) for line in ax.lines]
        right = max(ax.transData.transform(xy)[:, 0].max() for xy, _ in marks if len(xy))
        for t in labels:
            row = ["facebook", "x", "instagram", "linkedin", "youtube", "tiktok"].index(
                t.get_gid().split(":")[2])
            bb = t.get_window_extent(r)
            centre = ax.transData.inverted().transform((0, (bb.y0 + bb.y1) / 2))[1]
            assert abs(centre - row) < 0.1, (t.get_text(), centre, row)  # its own row's middle
            # right of every dot (the entity's: 6 px in radius) and median of the panel
            assert bb.x0 > right + 6, t.get_text()
    assert charts.text_overlaps(fig) == []


def test_benchmark_region_peers_named(long):
    fig = charts.benchmark(long, "44", peers="region")
    assert fig.axes[0].get_title(loc="left") == "Pairs : les 5 départements de la même région, Pays de la Loire, dans le fichier"


def test_scatter_french_log_ticks_reference_line_outliers(wide):
    fig = charts.scatter(wide, "facebook", focus="44")
    ax = fig.axes[0]
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    fig.canvas.draw()
    xt = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert f"1{NN}000{NN}000" in xt or f"500{NN}000" in xt
    assert not any("×" in t or "10^" in t for t in xt)
    assert sum(1 for t in ax.get_yticklabels() if t.get_text()) >= 4
    assert [line.get_gid() for line in ax.lines if line.get_gid() != "leader"] == ["reference"]
    names = [t.get_text() for t in ax.texts]
    assert "Loire-Atlantique" in names and len(names) >= 4
    assert "Droite :" in caption(fig)


def test_scatter_without_positive_followers_is_one_line_error(wide, cli, tmp_path):
    zero = wide.assign(followers=wide["followers"] * 0)
    with pytest.raises(NoDataError) as e:
        charts.scatter(zero, "facebook")
    assert e.value.code == "chart-no-followers"
    csv = tmp_path / "zero.csv"
    csv.write_text("Code;Département;Facebook;Abonnés Facebook\n01;Ain;Oui;0\n02;Aisne;Oui;0\n",
                   encoding="utf-8")
    res = cli("chart", "scatter", "-p", "facebook", "--data", csv, "-o", tmp_path / "s.png")
    assert res.exit_code == 1 and res.stderr.count("\n") == 1
    assert "aucun nombre d'abonnés positif pour Facebook" in res.stderr


# --- every kind: no overlapping text, colour-blind palette -------------------------------

_FIGURES: dict = {}


def _all_figures(wide, long, lang="fr", colorblind=False):
    """Every kind, drawn once per (lang, colorblind) for the whole module."""
    if (lang, colorblind) not in _FIGURES:
        _FIGURES[lang, colorblind] = _draw_all(wide, long, lang, colorblind)
    return _FIGURES[lang, colorblind]


def _draw_all(wide, long, lang, colorblind):
    r = bm.rank(wide, "facebook")
    kw = {"lang": lang, "colorblind": colorblind}
    return {
        "adoption-published": charts.adoption(bm.compare("region", year=2015, source="ideose"), **kw),
        "adoption-all-sources": charts.adoption(bm.compare("grande_ville", year=2012, all_sources=True), **kw),
        "adoption-survey": charts.adoption(compare_survey(wide), survey=wide, **kw),
        "trend-published": charts.trend(bm.trend("grande_ville", "facebook"), **kw),
        "trend-survey": charts.trend(survey_adoption(long), survey=long, **kw),
        "heatmap-published": charts.heatmap(bm.compare("region", year=2015, source="ideose"), **kw),
        "heatmap-survey": charts.heatmap(compare_survey(wide), survey=wide, **kw),
        "benchmark": charts.benchmark(wide, "44", **kw),
        "ranking": charts.ranking(r, focus=r.iloc[-1]["code"], survey=wide, **kw),
        "scatter": charts.scatter(wide, "facebook", focus="44", **kw),
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_two_texts_overlap_in_any_chart(wide, long, lang):
    for name, fig in _all_figures(wide, long, lang).items():
        assert charts.text_overlaps(fig) == [], name
        assert caption(fig), name
        assert ("Base" in caption(fig)), name


def _colours(fig) -> set[str]:
    from matplotlib.colors import to_hex

    out = set()
    for ax in fig.axes:
        for p in ax.patches:
            out.add(to_hex(p.get_facecolor()))
        for c in ax.collections:
            out |= {to_hex(x) for x in c.get_facecolors()}
        for im in ax.images:
            out.add(im.get_cmap().name)
        for line in ax.lines:
            out.add(to_hex(line.get_color()))
    return out


def test_colorblind_is_honoured_by_every_kind_that_uses_platform_colours(wide, long):
    normal = _all_figures(wide, long)
    blind = _all_figures(wide, long, colorblind=True)
    for name in ("adoption-survey", "trend-survey", "heatmap-published", "heatmap-survey",
                 "ranking", "scatter"):
        assert _colours(normal[name]) != _colours(blind[name]), name


# --- text, files, CLI -------------------------------------------------------------------

def test_titles_are_plain_text(cli, tmp_path):
    fig = charts.adoption(bm.compare("region", year=2015, source="ideose"),
                          title="Coût $x^2$ en $ et\x01 \x1b[31mrouge")
    assert fig._suptitle.get_text() == "Coût $x^2$ en $ et [31mrouge"
    out = tmp_path / "$a$" / "t.svg"
    res = cli("chart", "adoption", "--type", "region", "--title", "R\x01 $\\frac{1}{2}$",
              "-o", out)
    assert res.exit_code == 0, res.stderr
    assert "R $\\frac{1}{2}$" in out.read_text()


def test_a_survey_without_dates_gives_titles_without_a_dangling_comma(tmp_path):
    """Titles end with their years; a survey without any date has none ("… : communes")."""
    f = tmp_path / "sans-date.csv"
    f.write_text("code;plateforme;present\n44109;facebook;Oui\n35238;facebook;Non\n",
                 encoding="utf-8")
    s = bm.read_survey(f, type="commune")
    for lang in ("fr", "en"):
        fig = charts.adoption(compare_survey(s, "commune"), lang=lang)
        title = fig._suptitle.get_text()
        assert title.replace("\n", " ") in ("Présence sur les réseaux sociaux : communes",
                                             "Social media presence: municipalities"), title


def test_the_survey_base_in_french_agrees_with_every_type(tmp_path):
    """"communes de l'enquête renseignés" was wrong for the feminine types: the caption
    says "avec une réponse", which needs no agreement."""
    f = tmp_path / "communes.csv"
    f.write_text("code;plateforme;present\n44109;facebook;Oui\n35238;facebook;Non\n"
                 "35238;instagram;Oui\n", encoding="utf-8")
    s = bm.read_survey(f, type="commune")
    cap = caption(charts.adoption(compare_survey(s, "commune")))
    assert "communes de l'enquête avec une réponse pour le réseau" in cap, cap
    assert "renseigné" not in cap


def test_svg_keeps_real_text_and_font_note(cli, tmp_path):
    out = tmp_path / "a.svg"
    assert cli("chart", "adoption", "--type", "region", "--year", "2015", "--source", "ideose",
               "-o", out).exit_code == 0
    svg = out.read_text()
    assert svg.count("<text") >= 10 and "Ideose, via La Gazette des communes, octobre 2015" in svg
    assert "DejaVu Sans" in svg and "dejavu-fonts" in svg


def test_pdf_embeds_its_fonts(cli, tmp_path):
    out = tmp_path / "a.pdf"
    assert cli("chart", "heatmap", "--type", "region", "-o", out).exit_code == 0
    data = out.read_bytes()
    assert b"/FontFile2" in data and b"DejaVuSans" in data


def test_png_at_the_requested_dpi(cli, tmp_path):
    out = tmp_path / "a.png"
    assert cli("chart", "adoption", "--type", "region", "--size", "6x4", "--dpi", "150",
               "-o", out).exit_code == 0
    w, h = struct.unpack(">II", out.read_bytes()[16:24])
    assert (w, h) == (900, 600)


def test_pixel_count_is_capped(cli, tmp_path):
    res = cli("chart", "adoption", "--type", "region", "--size", "40x40", "--dpi", "1200",
              "-o", tmp_path / "x.png")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert "image trop grande : 48\u202f000 × 48\u202f000 pixels" in res.stderr  # s33: « 48000 »
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("ext", ["png", "svg", "pdf"])
def test_same_command_twice_gives_identical_bytes(cli, tmp_path, ext):
    out1, out2 = tmp_path / f"a/one.{ext}", tmp_path / f"b/two.{ext}"
    args = ["chart", "adoption", "--type", "region", "--year", "2015", "--source", "ideose"]
    assert cli(*args, "-o", out1).exit_code == 0
    assert cli(*args, "-o", out2).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()
    assert out1.stat().st_size > 5000
    magic = {"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF"}[ext]
    assert out1.read_bytes().startswith(magic)
    assert list(tmp_path.glob("**/*.tmp*")) == []


@pytest.mark.parametrize("kind,args", [
    ("adoption", ["--data", DEMO]), ("heatmap", ["--data", DEMO]), ("trend", ["--data", LONG]),
    ("benchmark", ["--data", DEMO, "--entity", "44", "--colorblind"]),
    ("ranking", ["--data", DEMO, "-p", "facebook", "--entity", "44"]),
    ("scatter", ["--data", DEMO, "-p", "instagram", "--lang", "en"]),
    ("trend", ["--type", "departement", "-p", "facebook"]),
])
def test_every_kind_from_the_cli(cli, tmp_path, kind, args):
    out = tmp_path / f"{kind}.png"
    res = cli("chart", kind, *args, "-o", out, "--dpi", "60")
    assert res.exit_code == 0, res.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


def test_chart_errors(cli, tmp_path):
    res = cli("chart", "benchmark", "-o", tmp_path / "x.png")
    assert res.exit_code == 2 and "--data" in res.stderr
    res = cli("chart", "adoption", "--type", "region", "-o", tmp_path / "x.gif")
    assert res.exit_code == 2 and ".gif" in res.stderr
    res = cli("chart", "adoption", "--type", "region", "--size", "huge", "-o", tmp_path / "x.png")
    assert res.exit_code == 2 and "--size « huge » illisible" in res.stderr
    res = cli("chart", "trend", "--type", "region", "-o", tmp_path / "x.png")
    assert res.exit_code == 2 and "--platform est requis pour « chart trend »" in res.stderr


def test_figure_displays_inline():
    fig = charts.adoption(bm.compare("region", year=2015, source="ideose"))
    assert fig._repr_png_().startswith(b"\x89PNG")


def test_fictitious_data_is_labelled_on_every_chart(wide):
    figs = [charts.adoption(bm.adoption(wide), survey=wide),
            charts.ranking(bm.rank(wide, "facebook")),
            charts.scatter(wide, "facebook"), charts.benchmark(wide, "44")]
    for fig in figs:
        assert "Données fictives." in caption(fig)


def test_a_size_too_small_to_read_is_refused_with_the_smallest_that_reads(cli, tmp_path):
    res = cli("chart", "heatmap", "--data", DEMO, "--size", "4x3", "-o", tmp_path / "h.png")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert re.search(r"--size 4x3 trop petit pour ce graphique : au moins [\d.]+x[\d.]+ pouces",
                     res.stderr)
    smallest = re.search(r"au moins ([\d.]+)x([\d.]+)", res.stderr).groups()
    fig = charts.heatmap(compare_survey(bm.read_survey(DEMO)),
                         size=tuple(float(v) for v in smallest))
    assert charts.text_overlaps(fig) == []


def test_fictitious_label_comes_from_inside_the_file_not_its_path(tmp_path):
    """A real survey saved as fictive-dir/enquete-fictive-demo.csv is not labelled fictitious;
    the demo file is, whatever its name."""
    folder = tmp_path / "fictive-dir"
    folder.mkdir()
    real = folder / "enquete-fictive-demo.csv"
    real.write_bytes((ROOT / "tests" / "files" / "departements-cp1252.csv").read_bytes())
    s = bm.read_survey(real)
    assert s.attrs["fictitious"] is False
    assert "fictives" not in caption(charts.adoption(bm.adoption(s), survey=s)).lower()
    renamed = tmp_path / "enquete-2025.xlsx"
    renamed.write_bytes(DEMO.read_bytes())
    d = bm.read_survey(renamed)
    assert d.attrs["fictitious"] is True
    assert "Données fictives." in caption(charts.ranking(bm.rank(d, "facebook")))


@pytest.mark.parametrize("lang, want", [("fr", ("Ideose — régions (oct. 2015)", " (fin 2015)")),
                                        ("en", ("Ideose — regions (Oct. 2015)", " (late 2015)"))])
def test_trend_legend_dates_a_fin_2015_source_as_it_does(lang, want):
    # the Cospirit page says "Fin 2015": no invented month in the legend, placed after October
    # (its 27 conseils régionaux are another base than the October régions: an entry each)
    fig = charts.trend(bm.trend("region", "facebook"), lang=lang)
    legend = [x.get_text() for x in fig.axes[0].get_legend().get_texts()]
    assert want[0] in legend, legend
    assert any(x.startswith("Ideose — ") and x.endswith(want[1]) for x in legend), legend
    assert not any("déc." in x or "Dec." in x for x in legend)
    xs = [x for c in fig.axes[0].collections if (c.get_gid() or "").startswith("points:Ideose")
          for x in c.get_offsets()[:, 0]]
    oct15, late15 = sorted(xs)
    assert 2015.75 < oct15 < late15 < 2016


def _joined_pairs(fig) -> set[tuple[float, float]]:
    out = set()
    for line in (x for x in fig.axes[0].lines if x.get_gid() == "series"):
        xs = [round(float(x), 6) for x in line.get_xdata()]
        out |= set(zip(xs[:-1], xs[1:]))
    return out


@pytest.mark.parametrize("type_", ["region", "departement", "grande_ville"])
def test_published_trend_joins_a_publisher_s_figures_exactly_where_the_table_does_not_break(
        type_):
    # consecutive figures of one series: one line unless the table marks a rupture, another
    # base (base_changed) or another source (Informer autrement's February 2012 and October
    # 2013 with Edgar Quinet's between: not joined, as the report's Évolution chart);
    # "50 plus grandes villes" and "50 plus grandes villes (plus de 86 000 habitants)" are
    # the same base; a base unstated beside a stated one is not (Edgar Quinet's 80 %≈ of May
    # 2012, its 85 % of 27 régions in October)
    from barometre.analysis.published import base_changed, base_unstated
    from barometre.render.charts.trend import _when

    t = bm.trend(type_, "facebook")
    joined = _joined_pairs(charts.trend(t))
    want = set()
    for _, g in t.groupby("series", sort=False):
        rows = [r for _, r in g.iterrows()]  # the table's order
        for a, b in zip(rows[:-1], rows[1:]):
            if a["publisher"] == b["publisher"] and not base_changed(
                    a["base"], a["n_base"], b["base"], b["n_base"],
                    base_unstated(a["flags"]), base_unstated(b["flags"])):
                assert pd.isna(b["break"]), b  # the table's rupture, the same rule
                want.add((round(_when(a), 6), round(_when(b), 6)))
    assert joined == want
    if type_ == "grande_ville":  # Edgar Quinet, July → October 2012
        assert (round(2012 + 6.5 / 12, 6), round(2012 + 9.5 / 12, 6)) in joined


def test_published_trend_stars_a_share_derived_from_wording():
    # Informer autrement, Feb. 2016 and 2017: "toutes les grandes villes" = 100 %
    t = bm.trend("grande_ville", "facebook")
    fig = charts.trend(t)
    labels = {t_.get_gid(): t_.get_text() for t_ in fig.axes[0].texts
              if (t_.get_gid() or "").startswith("point:")}
    assert labels["point:2016:informer-autrement-2016"] == "100" + NN + "%*"
    assert labels["point:2012:edgar-quinet-2012-2"] == "66" + NN + "%"
    assert "* part déduite d'une formulation" in caption(fig)
    assert "déduite" not in caption(charts.trend(bm.trend("departement", "facebook")))


# --- same figure, same rounding: a published decimal is kept ----------------------------

@pytest.mark.parametrize("lang, want", [
    ("fr", {f"13,7{NN}%", f"91,6{NN}%"}), ("en", {"13.7%", "91.6%"})])
def test_a_share_published_with_a_decimal_keeps_it_in_the_adoption_and_heatmap_labels(
        cli, lang, want):
    # OST 2023 printed 13.7 % and 91.6 %: compare shows "13,7 %", the charts said "14 %"
    # and "92 %" (92 % beside 92 % for villes moyennes 2018 and 2022 hid 92 → 91,6)
    df = bm.compare("all")
    assert set(df["value_published"]) == {"13.7", "91.6"}
    said = cli("compare", "--type", "all", *(["--lang", "en"] if lang == "en" else [])).output
    assert all(w in said for w in want)  # the rule compare follows
    adoption = charts.adoption(df, lang=lang)
    labels = {t.get_text() for t in adoption.axes[0].texts
              if (t.get_gid() or "").startswith("label:")}
    heat = charts.heatmap(df, lang=lang)
    cells = {t.get_text() for t in heat.axes[0].texts if (t.get_gid() or "").startswith("cell:")}
    assert labels == want and cells == want, (labels, cells)


def test_a_share_published_whole_stays_whole_and_the_edgar_quinet_decimal_is_kept():
    eq = bm.compare("all", year=2012, source="edgar-quinet-2013")
    fig = charts.adoption(eq)
    assert [t.get_text() for t in fig.axes[0].texts
            if (t.get_gid() or "").startswith("label:")] == [f"56,7{NN}%≈‡"]  # compare's marks:
    # not k/176 (review 18) and disputed
    ideose = charts.heatmap(bm.compare("region", year=2015, source="ideose"))
    cells = [t.get_text() for t in ideose.axes[0].texts if (t.get_gid() or "").startswith("cell:")]
    assert f"96{NN}%" in cells and not any("," in c for c in cells)  # printed whole: whole


# --- ranking: French agreement, 100 bars that read ----------------------------------------

@pytest.mark.parametrize("data, metric, title, base", [
    (ROOT / "tests" / "files" / "regions-long-bom.csv", "followers",
     "Facebook : les 3 régions du fichier les plus suivies, 2025",
     "Base : 3 régions classées (1 sans compte, 1 sans relevé Facebook) sur les 5 du fichier "
     "(18 en France)."),  # cap28: 3 + 1 + 1 = 5
    (ROOT / "tests" / "files" / "prefectures-titre.xlsx", "followers_per_1000",
     f"Facebook : les 4 communes du fichier les plus suivies pour 1{NN}000 habitants",
     "Base : 4 communes classées (1 sans compte) sur les 5 du fichier, toutes des villes "
     "préfectures (5 sur 101)."),
    (DEMO, "followers", "Facebook : les 84 départements les plus suivis, 2025",
     "Base : 84 départements classés (7 sans réponse, 4 sans compte, 6 avec un compte sans "
     "nombre d'abonnés).")])
def test_ranking_title_and_base_agree_with_a_feminine_type(data, metric, title, base):
    # "les 100 villes préfectures les plus suivis", "3 régions classés": now agreed
    s = bm.read_survey(data)
    r = bm.rank(s, "facebook", metric=metric)
    fig = charts.ranking(r, top=100, survey=s)
    assert fig._suptitle.get_text().replace("\n", " ").startswith(title)
    assert base in caption(fig)
    en = charts.ranking(r, top=100, survey=s, lang="en")
    assert f"the top {len(r)}" in en._suptitle.get_text() and "ranked" in caption(en)


def test_every_type_s_gender_is_declared_once_in_the_registry():
    from barometre.domain.registry import TYPES

    masculine = {t for t, v in TYPES.items() if not v.feminine}
    assert masculine == {"departement"}  # "départements" alone; régions, villes…, collectivités


def test_ranking_of_a_hundred_bars_has_no_label_running_into_another(wide):
    # with --top 100 the figure stayed 11 in tall: 100 names and values ran into each other
    r = bm.rank(wide, "facebook")
    fig = charts.ranking(r, top=len(r), survey=wide)
    fig.canvas.draw()
    ren = fig.canvas.get_renderer()
    names = [t.get_window_extent(ren) for t in fig.axes[0].get_yticklabels() if t.get_text()]
    values = [t.get_window_extent(ren) for t in fig.axes[0].texts]
    assert len(names) == len(r) == len(values) == 84  # the demo's Facebook counts
    for boxes in (names, values):
        boxes = sorted(boxes, key=lambda b: -b.y0)
        assert all(a.y0 >= b.y1 for a, b in zip(boxes, boxes[1:])), "labels overlap"
    assert charts.text_overlaps(fig) == []


# --- benchmark: log-axis tick labels that never touch ------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", [None, (7.5, 4.7)])
def test_benchmark_tick_labels_never_run_into_each_other(wide, lang, size):
    # an entity with 1 follower stretches the log axis from 1 to millions: "100 000",
    # "1 000 000" and "10 000 000" ran into each other (Paris among villes préfectures)
    s = wide.copy()
    s.loc[(s["code"] == "44") & (s["platform"] == "facebook"), "followers"] = 1
    fig = charts.benchmark(s, "44", lang=lang, size=size)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    for ax in fig.axes[:2]:
        lo, hi = ax.get_xlim()
        ticks = [t for t in ax.get_xticklabels()
                 if t.get_text() and lo <= t.get_position()[0] <= hi]
        boxes = [t.get_window_extent(r) for t in ticks]
        assert len(boxes) >= 3, [t.get_text() for t in ticks]
        assert all(b.x0 - a.x1 >= 4 for a, b in zip(boxes, boxes[1:])), [
            (t.get_text(), round(b.x0), round(b.x1)) for t, b in zip(ticks, boxes)]
    left = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert left[0] == "1" and ("1,000,000" if lang == "en" else f"1{NN}000{NN}000") in left
    assert charts.text_overlaps(fig) == []


def test_published_flags_keep_their_marks_and_notes_in_charts():
    """A disputed figure read "57 %" on the adoption chart, with nothing to say that another
    account of the same study gives 47 %: its label now carries compare's "‡" and the
    caption compare's note; the heatmap the same; a figure without flags is unmarked."""
    eq = bm.compare("all", year=2012, source="edgar-quinet-2013", platforms="facebook")
    for fig in (charts.adoption(eq), charts.heatmap(eq)):
        words = [t.get_text() for ax in fig.axes for t in ax.texts]
        assert any(w.startswith("56,7\u202f%≈‡") for w in words), words  # ≈: not k/176
        said = " ".join(t.get_text() for t in fig.texts).replace("\n", " ")
        assert "‡ chiffre contesté (edgar-quinet-2013)" in said
    ideose = bm.compare("region", year=2015, source="ideose")
    words = [t.get_text() for t in charts.adoption(ideose).axes[0].texts]
    assert words and not any("‡" in w or "≈" in w or "†" in w for w in words)


def test_published_trend_never_puts_two_measures_on_one_axis():
    # all collectivités on Facebook: shares of all (Edgar Quinet, Ideose 64 %) and shares of
    # those present (Voirin 95 %, OST 92 %, 94 %): one panel each, titled with its measure;
    # 64 % -> 92 % no longer reads as growth on one axis
    from matplotlib.axes import Axes

    t = bm.trend("all", "facebook")
    fig = charts.trend(t)
    axes = [a for a in fig.axes if isinstance(a, Axes) and any(
        (c.get_gid() or "").startswith("points:") for c in a.collections)]
    assert len(axes) == 2
    titles = [a.get_title(loc="left") for a in axes]
    assert titles == ["Part de toutes les entités de la base",
                      "Part des collectivités présentes sur les réseaux sociaux"]
    shares = [sorted(round(float(y), 3) for c in a.collections
                     if (c.get_gid() or "").startswith("points:") for y in c.get_offsets()[:, 1])
              for a in axes]
    assert shares == [[0.47, 0.567, 0.64, 0.727], [0.92, 0.94, 0.95]]
    assert fig.get_suptitle().startswith("Ensemble des collectivités sur Facebook : 2 mesures")
    assert axes[0].get_xlim() == axes[1].get_xlim()  # one date axis
    assert bm.charts.text_overlaps(fig) == []


@pytest.mark.parametrize("lang, want", [
    ("fr", "Régions sur Facebook : part de toutes les entités de la base, 2011–2018"),
    ("en", "Regions on Facebook: share of all entities of the base, 2011–2018")])
def test_published_trend_title_says_the_measure(lang, want):
    fig = charts.trend(bm.trend("region", "facebook"), lang=lang)
    assert fig.get_suptitle().replace("\n", " ") == want
    assert len([a for a in fig.axes if a.collections]) == 1


def test_published_trend_draws_a_sample_s_interval():
    # no published figure is a random sample today (choisirsonweb.com's 52 villes moyennes of
    # 2014 were chosen, not drawn: no interval, "†"); a figure with an interval gets a
    # whisker: the same row given one here (a test value, not a published one)
    from matplotlib.container import ErrorbarContainer

    t = bm.trend("ville_moyenne", "any")
    row = t[t["source"] == "choisirsonweb-2014"].iloc[0]
    assert not row["census"] and pd.isna(row["ci_low"]) and pd.isna(row["ci_high"])
    plain = charts.trend(t)
    assert not [c for c in plain.axes[0].containers if isinstance(c, ErrorbarContainer)]
    assert "Traits : intervalle de confiance" not in caption(plain)
    assert "†" in caption(plain)  # why it has none: compare's note of a chosen, not drawn, set
    t = t.copy()
    i = t.index[t["source"] == "choisirsonweb-2014"][0]
    t.loc[i, ["ci_low", "ci_high"]] = [0.79, 0.96]
    fig = charts.trend(t)
    bars = [c for c in fig.axes[0].containers if isinstance(c, ErrorbarContainer)]
    assert [c.get_label() for c in bars] == ["ci:2014:choisirsonweb-2014"]
    (segs,) = bars[0].lines[2]
    ys = segs.get_segments()[0][:, 1]
    assert (round(ys.min(), 3), round(ys.max(), 3)) == (0.79, 0.96)
    assert "Traits : intervalle de confiance à 95" in caption(fig)
    census = charts.trend(bm.trend("region", "facebook"))
    assert not [c for c in census.axes[0].containers if isinstance(c, ErrorbarContainer)]
    assert "intervalle de confiance" not in caption(census)


def test_published_trend_keeps_decimals_and_flags_and_does_not_join_disputed_figures():
    """Edgar Quinet's two accounts of March 2012 (56,7 % and 47 %, each "‡") were drawn
    "57 %" and "47 %" joined by a line (a fall then a rise); 72,7 % read "73 %"."""
    fig = charts.trend(bm.trend("all", "facebook"))
    words = {t.get_text() for ax in fig.axes for t in ax.texts}
    assert {f"56,7{NN}%≈‡", f"47{NN}%‡", f"72,7{NN}%"} <= words, words  # ≈: not k/176
    top = fig.axes[0]
    joined = [line for line in top.lines if line.get_gid() == "series"]
    assert all(0.47 not in set(line.get_ydata()) and 0.567 not in set(line.get_ydata())
               for line in joined)
    assert "‡ chiffre contesté (edgar-quinet-2013)" in caption(fig).replace("\n", " ")


def test_heatmap_never_puts_one_account_s_figure_on_another_s_row():
    """Two accounts of one study read the same ("Institut Edgar Quinet, mars 2013 (chiffres
    de 2012)"): edgar-quinet-2013 gives Facebook 56,7 %, edgar-quinet-2013-3 Facebook 47 %
    and X 38 %. The 38 % sat beside 56,7 % (the row lacked an X figure), credited to the
    wrong account; it is now on the row of its own source, beside 47 %."""
    df = bm.compare("region", year=2012, all_sources=True)
    fig = charts.heatmap(df)
    rows = {}
    for t in fig.axes[0].texts:
        gid = t.get_gid() or ""
        if gid.startswith("cell:all:"):
            rows.setdefault(round(t.get_position()[1]), set()).add(gid.split(":")[3])
    assert sorted(map(sorted, rows.values())) == [["edgar-quinet-2013"], ["edgar-quinet-2013-3"]]


def test_published_trend_names_its_base_families_in_english():
    """The dotted line's note read « régions (carte d'avant 2016) → … » in English."""
    cap = caption(charts.trend(bm.trend("region", "x"), lang="en")).replace("\n", " ")
    assert "the base changes (regions (map before 2016) → regions (2016 map)" in cap
    assert "carte" not in cap
