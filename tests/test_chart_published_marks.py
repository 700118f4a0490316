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

@pytest.mark.parametrize("lang, when", [("fr", "Ideose, fin 2015"), ("en", "Ideose, late 2015")])
def test_the_footer_dates_a_fin_2015_source_as_its_bars_do(lang, when):
    fig = charts.adoption(bm.compare("region", year=2015, all_sources=True), lang=lang)
    assert any(when in t for t in _labels(fig)), _labels(fig)
    cap = _caption(fig)
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
