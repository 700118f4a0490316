"""A later page's figure of « fin 2015 » (pub27, finding 2): Informer autrement's 9th edition
(August 2017) gives Auvergne-Rhône-Alpes' 226 680 Facebook fans as « son score de fin
2015 » (research row 129): dated late 2015, not August, nor a bare 2015; `sources --year 2015`
lists that 2017 page as what it is, a 2017 publication of an end-2015 figure.
"""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from barometre.cli.app import app


def _run(*args: str) -> str:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def test_the_shipped_row_is_dated_late_2015():
    from importlib.resources import files

    path = files("barometre") / "data" / "published" / "entity_figures.csv"
    with path.open(encoding="utf-8") as fh:
        (row,) = [r for r in csv.DictReader(fh) if r["research_row"] == "129"]
    assert (row["year"], row["month"], row["period"]) == ("2015", "", "late")


def test_figures_say_late_2015():
    (rec,) = json.loads(_run("figures", "--source", "informer-autrement-2017-2", "--json"))
    assert (rec["year"], rec["month"], rec["period"]) == (2015, None, "late")
    assert rec["entity"] == "Auvergne-Rhône-Alpes" and rec["year_published"] == 2017
    assert "fin 2015" in _run("figures", "--source", "informer-autrement-2017-2")
    assert "late 2015" in _run("figures", "--source", "informer-autrement-2017-2", "--lang", "en")
    csv_out = _run("figures", "--source", "informer-autrement-2017-2", "--format", "csv")
    assert csv_out.splitlines()[0].startswith("year,month,period,")


def _year_cell(out: str, sid: str) -> str:
    (line,) = [x for x in out.splitlines() if x.startswith(sid + " ")]
    return line


def test_sources_of_a_year_say_a_later_page_of_that_year_figures():
    out = _run("sources", "--type", "region", "--year", "2015")
    assert "2017 (chiffres de fin 2015)" in _year_cell(out, "informer-autrement-2017-2")
    assert "fin 2015" in _year_cell(out, "ideose-2015-3")
    own = _year_cell(out, "ideose-2015")
    assert "chiffres" not in own and " 2015 " in own
    en = _run("sources", "--type", "region", "--year", "2015", "--lang", "en")
    assert "2017 (late 2015 figures)" in _year_cell(en, "informer-autrement-2017-2")
    # the same rule for every source: OST's 2019 page of 2018 figures
    assert "2019 (chiffres de 2018)" in _year_cell(_run("sources", "--year", "2018"), "ost-2019-2")
