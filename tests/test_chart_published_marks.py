"""Published figures drawn as compare prints them: marks, dates, bases, colours (pub18b)."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.render import charts


def _caption(fig) -> str:
    return fig._supxlabel.get_text().replace("\n", " ")


def _labels(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


# -- a source dated "fin 2015": the same date on the bars, in the footer and in the lists --

@pytest.mark.parametrize("lang, when", [("fr", "fin 2015"), ("en", "late 2015")])
def test_the_footer_dates_a_fin_2015_source_as_its_bars_do(lang, when):
    fig = charts.adoption(bm.compare("region", year=2015, all_sources=True), lang=lang)
    assert any("Ideose, " + when in t for t in _labels(fig)), _labels(fig)
    cap = _caption(fig)
    # the footer names the medium too: « Ideose, via Cospirit magazine, fin 2015 » (prov20)
    when = "Ideose, via Cospirit magazine, " + when
    assert when + " ;" in cap or when + ";" in cap or when + "." in cap, cap


@pytest.mark.parametrize("lang, when", [("fr", "fin 2015"), ("en", "late 2015")])
def test_sources_dates_a_source_without_a_year_by_its_figures(cli, lang, when):
    res = cli("sources", "--lang", lang)
    assert res.exit_code == 0, res.output
    line = next(x for x in res.stdout.splitlines() if x.startswith("ideose-2015-3 "))
    assert f"  {when}  " in line, line


def test_the_reports_published_sources_date_a_fin_2015_source(tmp_path):
    out = bm.write_report(tmp_path / "r.xlsx", bm.compare("region", year=2015, all_sources=True))
    ws = openpyxl.load_workbook(out)["Sources et méthode"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    row = next(r for r in rows if "ideose-2015-3" in r)
    assert "fin 2015" in row, row


# -- compare's marks of the measure: "°" (of those present), "§" (of respondents) --------

@pytest.mark.parametrize("lang, present, respondents", [
    ("fr", "° part parmi les collectivités présentes", "§ part des répondants d'une enquête"),
    ("en", "° share among authorities present", "§ share of a survey's respondents")])
def test_adoption_bars_carry_compares_measure_marks(lang, present, respondents):
    fig = charts.adoption(bm.compare("ville_moyenne", year=2018, all_sources=True), lang=lang)
    labels = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    share = bm.compare("ville_moyenne", year=2018, all_sources=True)
    present_shares = share[share["measure"] == "of_present"]
    assert len(present_shares) == 6
    for r in present_shares.itertuples():  # 92 %° 38 %° 18 %° 8 %° 21 %° 1 %°
        text = labels[f"label:all:{r.platform}:{r.source}"]
        assert text.split("  ")[0].endswith("%°"), text
    marsouin = labels["label:commune:any:marsouin-2021"]
    assert marsouin.split("  ")[0].endswith("%§"), marsouin
    plain = labels["label:ville_moyenne:facebook:ost-2019"]
    assert plain.endswith("%"), plain  # a share of all: no mark
    cap = _caption(fig)
    assert present in cap and respondents in cap, cap


def test_heatmap_and_trend_carry_the_measure_marks():
    fig = charts.heatmap(bm.compare("ville_moyenne", year=2018, all_sources=True))
    cells = [t.get_text() for t in fig.axes[0].texts]
    assert "92\u202f%°" in cells and "36\u202f%§" in cells, cells
    fig = charts.trend(bm.trend("all", "any"), lang="en")
    assert "50%§" in _labels(fig), _labels(fig)
    assert "§ share of a survey's respondents" in _caption(fig)


def test_share_ticks_do_not_touch_on_an_axis_widened_for_sources():
    fig = charts.adoption(bm.compare("ville_moyenne", year=2018, all_sources=True))
    assert charts.text_overlaps(fig) == []
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert ticks[0] == "0\u202f%" and ticks[-1] == "100\u202f%", ticks


# -- series colours: no two types alike in one chart; the colour-blind palette stays safe --

def _bars(fig) -> dict[str, tuple]:
    """Each type's (facecolour, hatch) as drawn, read from the bars' gids."""
    out: dict[str, set] = {}
    for p in fig.axes[0].patches:
        gid = p.get_gid() or ""
        if gid.startswith("bar:"):
            out.setdefault(gid.split(":")[1], set()).add(
                (tuple(round(c, 3) for c in p.get_facecolor()), p.get_hatch() or ""))
    assert all(len(v) == 1 for v in out.values()), out  # one look per type
    return {t: v.pop() for t, v in out.items()}


@pytest.mark.parametrize("colorblind", [False, True])
def test_nine_types_never_share_a_look_in_one_chart(colorblind):
    from barometre.render.charts.style import SERIES

    fig = charts.adoption(bm.compare("ville_moyenne", year=2018, all_sources=True),
                          colorblind=colorblind)
    looks = _bars(fig)
    assert len(looks) == 9 and len(set(looks.values())) == 9, looks
    colours = {c for c, _ in looks.values()}
    if colorblind:  # only the five colours that stay apart for colour-blind readers
        from matplotlib.colors import to_rgba
        safe = {tuple(round(x, 3) for x in to_rgba(c)) for c in SERIES[:5]}
        assert colours <= safe and sum(h != "" for _, h in looks.values()) == 4, looks
    else:
        assert len(colours) == 9 and all(h == "" for _, h in looks.values()), looks
    # the legend draws each type as its bars: regions and all authorities no longer alike
    leg = fig.axes[0].get_legend()
    handles = [(tuple(round(c, 3) for c in h.get_facecolor()), h.get_hatch() or "")
               for h in leg.legend_handles]
    assert len(set(handles)) == 9, handles
    assert charts.text_overlaps(fig) == []


@pytest.mark.parametrize("vision", ["normal", "deuteranopia", "protanopia"])
def test_series_palette_beyond_seven_is_distinct_for_normal_vision_and_hatched_for_colorblind(vision):
    import itertools

    from barometre.render.charts.style import series_palette, series_styles

    from .test_chart_colours import DEUTERANOPIA, MIN_DE, PROTANOPIA, _lab, _rgb, ciede2000

    sim = {"normal": None, "deuteranopia": DEUTERANOPIA, "protanopia": PROTANOPIA}[vision]
    if vision == "normal":
        pal = series_palette()
        assert len(pal) >= 9
    else:
        pal = series_palette(colorblind=True)
    assert min(ciede2000(_lab(_rgb(a, sim)), _lab(_rgb(b, sim)))
               for a, b in itertools.combinations(pal, 2)) >= MIN_DE
    styles = series_styles([f"t{i}" for i in range(9)], colorblind=True)
    assert len(set(styles.values())) == 9


@pytest.mark.parametrize("lang, name", [
    ("fr", "communes (communes bretonnes répondant à l'enquête, n inconnu)"),
    ("en", "municipalities (Breton municipalities answering the survey, n unknown)")])
def test_the_legend_says_the_base_of_a_type_whose_n_is_unknown(lang, name):
    fig = charts.adoption(bm.compare("ville_moyenne", year=2018, all_sources=True), lang=lang)
    names = [t.get_text().replace("\n", "") for t in fig.axes[0].get_legend().get_texts()]
    assert name in [n.replace("  ", " ") for n in names], names


# -- trend: points of different bases told apart; a publisher keeps its colour ------------

def test_trend_tells_apart_one_publishers_figures_of_two_bases():
    fig = charts.trend(bm.trend("all", "any"), lang="en")
    ax = fig.axes[0]  # share of all entities of the base
    swello = [c for c in ax.collections if (c.get_gid() or "").startswith(
        "points:Observatoire socialmedia des territoires / Swello")]
    assert len(swello) == 2, [c.get_gid() for c in ax.collections]
    shapes = {c.get_gid(): [tuple(p) for p in c.get_offsets()] for c in swello}
    disc = shapes["points:Observatoire socialmedia des territoires / Swello"]
    other = next(v for k, v in shapes.items() if k.endswith(":s"))
    assert [round(y, 3) for _, y in disc] == [0.137] and [round(y, 2) for _, y in other] == [0.53]
    names = [t.get_text() for t in fig.axes[-1].get_legend().get_texts()]
    assert ("Observatoire socialmedia des territoires / Swello — local authorities except "
            "villages under 2,000 inhabitants (2022)") in names, names
    assert "Observatoire socialmedia des territoires / Swello — all local authorities (2022)" in names
    handles = fig.axes[-1].get_legend().legend_handles
    markers = {t.get_text(): h.get_marker() for t, h in zip(fig.axes[-1].get_legend().get_texts(), handles)}
    assert markers[names[-1]] == "s" and markers[names[-2]] == "o", markers
    assert "one marker shape per base" in _caption(fig)


def _colour(fig, pub: str):
    return next(c.get_facecolor()[0].tolist() for ax in fig.axes for c in ax.collections
                if c.get_gid() == f"points:{pub}")


def test_a_publisher_keeps_its_colour_from_chart_to_chart():
    fb = charts.trend(bm.trend("region", "facebook"))
    x = charts.trend(bm.trend("region", "x"))
    for pub in ("Informer autrement", "Institut Edgar Quinet", "Adverbia", "Ideose"):
        assert _colour(fb, pub) == _colour(x, pub), pub
    colours = [c.get_facecolor()[0].tolist() for c in fb.axes[0].collections
               if (c.get_gid() or "").startswith("points:") and ":" not in c.get_gid()[7:]]
    assert len({tuple(c) for c in colours}) == len(colours)  # never two publishers alike


@pytest.mark.parametrize("platform", ["facebook", "x"])
def test_trend_joins_points_only_between_trends_ruptures(platform):
    t = bm.trend("region", platform)
    fig = charts.trend(t)
    drawn = set()
    for line in fig.axes[0].lines:
        if line.get_gid() == "series":
            xs = [round(float(v), 3) for v in line.get_xdata()]
            drawn |= set(zip(xs, xs[1:]))
    from barometre.render.charts.trend import _when
    x = [round(_when(r), 3) for _, r in t.iterrows()]
    want = set()
    for i in range(1, len(t)):
        a, b = t.iloc[i - 1], t.iloc[i]
        if a["series"] == b["series"] and (b["break"] is None or str(b["break"]) in ("", "nan")) \
                and "disputed" not in str(a["flags"]) and "disputed" not in str(b["flags"]):
            want.add((x[i - 1], x[i]))
    assert drawn == want
    # Informer autrement, February 2012 and October 2013, with others between: not joined
    informer = sorted(round(_when(r), 3) for _, r in t.iterrows()
                      if str(r["source"]).startswith("informer-autrement-201") and int(r["year"]) < 2014)
    assert tuple(informer) not in drawn
    assert "rupture « autre source » de barometre trend" in _caption(fig)
