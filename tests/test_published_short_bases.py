"""pub28b: a census claim whose share only the metropolitan count of its base gives
(Adverbia's 55 % of the régions in 2012: 12/22, neither k/26 nor k/27) is no census of the
base it names; a base its source counts short of the map (« 55 départements sur 100 »,
« 22 régions sur 26 ») keeps the source's count, with a note that says so."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from barometre.cli.app import app

from .test_figures_curation import build_script, flags, row


def _run(*args: str) -> str:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def test_55_percent_of_the_regions_is_no_census_of_26_or_27():
    r = row(306)
    assert r["census"] is False and "base_unstated" in flags(r)
    assert "12/22 = 55 %" in r["notes"] and "15/27 = 56 %" in r["notes"]
    assert "14/26 = 54 %" in r["notes"] and "outre-mer" in r["notes"]
    out = _run("compare", "--type", "region", "--year", "2012", "--all-sources")
    (line,) = [x for x in out.splitlines() if x.rstrip().endswith("adverbia-2012-4")]
    assert "55\u202f%≈" in line and "exhaustif" not in line and "n inconnu" in line
    assert "ou pour son seul effectif métropolitain" in out
    en = _run("compare", "--type", "region", "--year", "2012", "--all-sources", "--lang", "en")
    assert "or only for its metropolitan count" in en


def test_the_metropolitan_check():
    mod = build_script()
    assert mod.only_metropolitan(0.55, "55", (22, 26, 27), (22,))
    assert not mod.only_metropolitan(0.85, "85", (22, 26, 27), (22,))  # 22/26 too
    assert not mod.only_metropolitan(0.6, "60", (22, 26, 27), (22,))  # none: census_fits's
    assert not mod.only_metropolitan(0.55, "55", (22, 26, 27), ())
    assert mod.DEFAULT_IN.name == "published-figures-research.csv"


def test_a_base_short_of_the_map_is_the_sources_with_a_note():
    recs = json.loads(_run("compare", "--type", "departement", "--year", "2013",
                           "--all-sources", "--json"))
    (dep,) = [r for r in recs if r["source"] == "edgar-quinet-2013"
              and r["collectivity_type"] == "departement"]
    assert (dep["n_present"], dep["n_base"], dep["census"]) == (55, 100, True)
    assert dep["notes"].startswith("Base de la source : 100 départements (« 55 départements sur 100 »)")
    assert "ne dit pas lequel" in dep["notes"] and "101" in dep["notes"]
    for year, want in ((2012, {18, 14}), (2013, {25, 21, 22})):
        recs = json.loads(_run("compare", "--type", "region", "--year", str(year),
                               "--all-sources", "--json"))
        short = [r for r in recs if r["n_base"] == 26]
        assert {r["n_present"] for r in short} == want
        assert all(r["notes"].startswith("Base de la source : 26 régions (« ")
                   and "ne dit pas laquelle" in r["notes"] and "27" in r["notes"] for r in short)
    en = json.loads(_run("compare", "--type", "region", "--year", "2013", "--all-sources",
                         "--json", "--lang", "en"))
    assert any(r["notes"] and r["notes"].startswith("The source's base: 26 regions") for r in en)
