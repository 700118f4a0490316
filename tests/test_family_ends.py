"""The régions' map change of 1 January 2016 as shipped data with its source (the loi
n° 2015-29 du 16 janvier 2015), the one definition that the trend chart, ``barometre trend``
and the report's Évolution sheet read."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.datasets import published
from barometre.messages import text
from barometre.render import excel
from barometre.render.views import trend_table

from .test_figures_curation import build_script
from barometre.render.excel.cells import typeset

OLD_MAP = "régions (carte d'avant 2016)"
LAW_URL = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030109622"


def test_the_end_of_the_regions_map_is_shipped_with_its_law():
    e = published.family_ends()
    assert e["base_family"].is_unique
    row = e.set_index("base_family").loc[OLD_MAP]
    assert row["ends"] == "2016-01-01" and row["change"] == "region-map"
    assert row["citation"] == "loi n° 2015-29 du 16 janvier 2015"
    assert row["title"].startswith("Loi n° 2015-29 du 16 janvier 2015 relative à la "
                                   "délimitation des régions")
    assert (row["year_published"], row["month"], row["url"]) == (2015, 1, LAW_URL)
    assert "Légifrance" in row["publisher"]
    # every family of the table is one the published figures follow, every date is ISO,
    # every change is said in both languages, every row has its source
    families = set(published.adoption()["base_family"])
    for r in e.to_dict("records"):
        assert r["base_family"] in families
        assert len(r["ends"]) == 10 and r["ends"][4] == "-" and r["ends"][7] == "-"
        assert text(f"pub-family-change-{r['change']}", "fr") and text(
            f"pub-family-change-{r['change']}", "en")
        assert r["url"].startswith("https://") and r["publisher"] and r["year_published"]
    # the figures of a family all come before its end
    a = published.adoption()
    old = a[a["base_family"] == OLD_MAP]
    assert len(old) and (old["year"] < 2016).all()


def test_the_build_script_writes_the_table_and_cuts_the_regions_at_its_date():
    mod = build_script()
    shipped = published._family_ends()
    assert {f: dict(end) for f, end in mod.FAMILY_ENDS.items()} == {
        f: {k: (v or "") for k, v in end.items()} for f, end in shipped.items()}
    assert mod.base_family("region", "régions", "2015") == OLD_MAP
    assert mod.base_family("region", "régions", "2016") == "régions (carte de 2016)"


def test_trend_says_under_its_series_when_the_regions_map_ended_and_by_which_law(cli):
    out = cli("trend", "--type", "region", "--platform", "facebook").stdout
    note = ("Série 1 : la base « régions (carte d'avant 2016) » prend fin le 1er janvier 2016 "
            "(nouvelle carte des régions, loi n° 2015-29 du 16 janvier 2015 : "
            f"{LAW_URL}) ; ses chiffres ne se comparent pas à ceux d'après.")
    assert note in out.splitlines()
    assert out.index("[ideose-2015-3]") < out.index(note) < out.index("Série 2 :")
    assert out.count("prend fin") == 1  # not under the series of the 2016 map
    en = cli("trend", "--type", "region", "--platform", "facebook", "--lang", "en").stdout
    assert ("Series 1: the base \u201cregions (map before 2016)\u201d ends on 1 January 2016 "
            f"(the new map of the regions, loi n° 2015-29 du 16 janvier 2015: {LAW_URL}); its "
            "figures do not compare with later ones.") in en.splitlines()
    # a series of another base: no such line
    assert "prend fin" not in cli("trend", "--type", "departement", "--platform", "facebook").stdout


def _notes(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_the_report_evolution_says_it_under_its_column(tmp_path):
    out = excel.write_report(tmp_path / "r.xlsx", bm.trend("region", "facebook"))
    assert typeset("Colonne « Régions — Facebook » : la base « régions (carte d'avant 2016) » prend "
                   "fin le 1er janvier 2016 (nouvelle carte des régions, loi n° 2015-29 du 16 janvier "
                   f"2015 : {LAW_URL}) ; ses chiffres ne se comparent pas à ceux d'après.", "fr"
                   ) in _notes(out, "Évolution")
    en = excel.write_report(tmp_path / "e.xlsx", bm.trend("region", "facebook"), lang="en")
    assert any(n.startswith("Column \u201cRegions — Facebook\u201d: the base \u201cregions (map "
                            "before 2016)\u201d ends on 1 January 2016") for n in _notes(en, "Trend"))


def test_chart_trend_and_report_read_one_definition(monkeypatch, tmp_path):
    """Another date in the shipped table moves the chart's line and the words of trend and
    of the report together: none of them keeps a date of its own."""
    end = dict(published._family_ends()[OLD_MAP], ends="2017-07-01")
    monkeypatch.setattr(published, "_family_ends", lambda: {OLD_MAP: end})
    t = bm.trend("region", "facebook")
    fig = bm.charts.trend(t)
    lines = [line for line in fig.axes[0].lines if line.get_gid() == "family-break"]
    assert [float(x) for line in lines for x in set(line.get_xdata())] == [pytest.approx(2017.5)]
    assert "trait au 1er juillet 2017 : nouvelle carte des régions" in fig.get_supxlabel().replace(
        "\n", " ")
    assert "prend fin le 1er juillet 2017" in trend_table(t)
    out = excel.write_report(tmp_path / "r.xlsx", t)
    assert any("prend fin le 1er juillet 2017" in n for n in _notes(out, "Évolution"))
