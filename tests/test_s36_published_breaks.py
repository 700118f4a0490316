"""Session 36, brief P37: the published figures' trends say every change of base (a base
counted on one side only: « 100 départements » beside « départements »), and what they
leave out (the figures without a date)."""

from __future__ import annotations

import openpyxl
import pandas as pd

import barometre as bm
from barometre.analysis import published as P
from barometre.render import charts


def _joined_pairs(fig) -> set[tuple[float, float]]:
    out = set()
    for line in (x for x in fig.axes[0].lines if x.get_gid() == "series"):
        xs = [round(float(x), 6) for x in line.get_xdata()]
        out |= set(zip(xs[:-1], xs[1:]))
    return out


def _at(year: int, month: int) -> float:
    return round(year + (month - 0.5) / 12, 6)


def test_a_counted_base_beside_one_its_source_does_not_specify_is_a_break():
    # Edgar Quinet: 44 % of the « départements » (July 2012), 47 % of 101 (October), 55 % of
    # 100 (March 2013), 61 % of the « départements » (June 2013): 101 -> 100 was a rupture,
    # 100 -> « départements » was joined without a word
    t = bm.trend("departement", "facebook").set_index("source")
    assert t.loc["edgar-quinet-2013", "break"] == "base"
    assert t.loc["edgar-quinet-2013-6", "break"] == "base_uncounted"
    assert t.loc["edgar-quinet-2013-6", "break_from"] == "100 départements"
    assert t.loc["edgar-quinet-2012-3", "break"] == "base_uncounted"
    assert t.loc["edgar-quinet-2012-3", "break_from"] == "départements"
    # a count in the base's words is a count (« 50 plus grandes villes (plus de 86 000
    # habitants) », n_base not filled): no break beside « 50 plus grandes villes »
    gx = bm.trend("grande_ville", "x").set_index("source")
    assert pd.isna(gx.loc["edgar-quinet-2012-2", "break"])
    assert P.base_break("départements", 100, "départements", None) == "base_uncounted"
    assert P.base_break("départements", None, "départements", None) is None
    assert P.base_break("50 plus grandes villes (plus de 86 000 habitants)", None,
                        "50 plus grandes villes", 50) is None


def test_the_uncounted_break_in_the_table_and_the_cli(cli):
    out = cli("trend", "--type", "departement", "-p", "facebook").stdout
    line = next(x for x in out.splitlines() if "edgar-quinet-2013-6" in x)
    assert line.endswith("rupture : autre base, base non précisée par la source d'un côté "
                         "(avant : 100 départements)")
    line = next(x for x in out.splitlines() if "edgar-quinet-2012-3" in x)
    assert "base non précisée par la source d'un côté (avant : départements)" in line
    en = cli("trend", "--type", "departement", "-p", "facebook", "--lang", "en").stdout
    assert ("break: another base, a base its source does not specify on one side "
            "(before: 100 départements)") in en


def test_the_trend_chart_does_not_join_a_counted_base_to_an_uncounted_one(tmp_path, cli):
    fig = charts.trend(bm.trend("departement", "facebook"))
    joined = _joined_pairs(fig)
    assert (_at(2013, 3), _at(2013, 6)) not in joined  # 55 % (100) - 61 % (« départements »)
    assert (_at(2012, 7), _at(2012, 10)) not in joined  # 44 % (« départements ») - 47 % (101)
    cap = fig._supxlabel.get_text().replace("\n", " ")
    assert ("Ligne interrompue aussi entre un chiffre de base dénombrée et un chiffre de base "
            "non précisée par la source (sans nombre)") in cap
    # the chart of a trend without such a break does not say it
    region = charts.trend(bm.trend("region", "facebook"))
    assert "non précisée par la source (sans nombre)" not in region._supxlabel.get_text()
    # grandes villes: Informer autrement's 41 villes (May 2012) and its « villes de plus
    # de 100 000 habitants » (February 2016) no longer joined; 2016 - 2017 still are
    gv = _joined_pairs(charts.trend(bm.trend("grande_ville", "facebook")))
    assert (_at(2012, 5), _at(2016, 2)) not in gv
    assert (_at(2016, 2), _at(2017, 2)) in gv
    res = cli("chart", "trend", "--type", "departement", "-p", "facebook",
              "-o", tmp_path / "t.png")
    assert res.exit_code == 0, res.output


def test_the_report_evolution_breaks_there_and_says_it(cli, tmp_path):
    from barometre.analysis.report import _published_evolution
    from barometre.datasets import published

    ev, _ = _published_evolution(published.adoption())
    dep = ev[(ev["collectivity_type"] == "departement") & (ev["platform"] == "facebook")]
    run = dict(zip(dep["source"], dep["run"]))
    assert run["edgar-quinet-2013"] != run["edgar-quinet-2013-6"]
    assert run["edgar-quinet-2012-2"] != run["edgar-quinet-2012-3"]
    assert set(dep.loc[dep["source"] == "edgar-quinet-2013-6", "break"]) == {"base_uncounted"}
    out = tmp_path / "r.xlsx"
    res = cli("report", "-o", out)
    assert res.exit_code == 0, res.output
    texts = [c for row in openpyxl.load_workbook(out)["Évolution"].iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert any(x.startswith("La ligne s'interrompt aussi entre un chiffre de base dénombrée")
               and "base non précisée par la source" in x for x in texts)


# --- 2. the undated figures that trend and select leave out, said --------------------------

def test_trend_says_the_undated_figures_it_leaves_out(cli, tmp_path):
    # Edgar Quinet's undated page (edgar-quinet-nd-2): 55 % of the départements on Facebook,
    # no year: not in the trend, and nothing said so
    t = bm.trend("departement", "facebook")
    assert "edgar-quinet-nd-2" not in set(t["source"])
    assert t.attrs["undated_left_out"] == {"n": 1, "sources": ["edgar-quinet-nd-2"]}
    assert "undated_left_out" not in bm.trend("ville_prefecture", "facebook").attrs
    out = cli("trend", "--type", "departement", "-p", "facebook").stdout
    assert "\n1 chiffre sans date laissé de côté (source : Institut Edgar Quinet [edgar-quinet-nd-2])\n" in out
    en = cli("trend", "--type", "departement", "-p", "facebook", "--lang", "en").stdout
    assert "1 undated figure left out (source: Institut Edgar Quinet [edgar-quinet-nd-2])" in en
    assert "sans date" not in cli("trend", "--type", "ville_prefecture", "-p", "facebook").stdout
    fig = charts.trend(t)
    assert "1 chiffre sans date laissé de côté (source : Institut Edgar Quinet [edgar-quinet-nd-2])." in (
        fig._supxlabel.get_text().replace("\n", " "))


def test_select_says_the_undated_figures_it_leaves_out():
    s = bm.select()
    assert s["year"].notna().all()
    # Edgar Quinet's undated page (6 figures) and Loïc Hay's (4, no share either)
    assert s.attrs["undated_left_out"] == {"n": 10, "sources": ["edgar-quinet-nd-2", "loic-hay-nd"]}
    assert bm.select(platforms="facebook").attrs["undated_left_out"]["n"] == 3
    assert "undated_left_out" not in bm.select(year=2015, source="ideose").attrs
    from barometre.render.views import undated_note

    assert undated_note(s.attrs) == ("10 chiffres sans date laissés de côté "
                                     "(sources : Institut Edgar Quinet [edgar-quinet-nd-2], Loïc Hay "
                                     "(owni.fr blog) [loic-hay-nd])")
