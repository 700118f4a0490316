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
