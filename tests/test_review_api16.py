"""Review api16 (a researcher using ``import barometre as bm`` in Jupyter): the "no figure
that year" error says whose years it lists; a published figure is cited from its own row
(``publisher``, ``url``); ``bm.benchmark(year=)`` as ``benchmark --year``; README and the
public surface agree."""

from __future__ import annotations

import csv
import inspect
import io
import re

import pandas as pd
import pytest

import barometre as bm
from barometre.domain.errors import NoDataError, UsageError

from .conftest import ROOT, as_json, two_years_file
from .docs_pages import readme_text, section

README = readme_text()  # README.md and the pages its text moved to


def _years(type_: str, platform: str, source: set[str] | None = None) -> str:
    """The years of the published figures of a type on a platform, as compare reads them."""
    a = bm.published.adoption()
    keep = ((a["collectivity_type"] == type_) & (a["platform"] == platform)
            & a["share"].notna() & a["year"].notna())
    if source is not None:
        keep &= a["source"].isin(source)
    return ", ".join(map(str, sorted({int(y) for y in a.loc[keep, "year"]})))


# ------------------------------------------------------------------ 1. "no figure in 2017"

def test_no_figure_of_the_platform_asked_names_it_and_lists_its_years(cli):
    """2017 has a région figure (X): the error said "no figure for type 'region' in 2017;
    years available: 2011, …" with Facebook's years alone."""
    fb = _years("region", "facebook")
    assert "2017" not in fb and set(bm.compare("region", year=2017)["platform"]) == {"x"}
    with pytest.raises(NoDataError) as e:
        bm.compare("region", year=2017, platforms="facebook")
    assert e.value.code == "pub-no-platform-figure-in-year"
    assert e.value.render("en") == (
        f"no Facebook figure for regions in 2017; Facebook years: {fb}; in 2017, figures "
        "on: X (formerly Twitter)")
    assert e.value.render("fr") == (
        f"aucun chiffre Facebook pour les régions en 2017 ; années des chiffres Facebook : "
        f"{fb} ; en 2017, chiffres sur : X (ex-Twitter)")
    res = cli("compare", "--type", "region", "--year", "2017", "--platform", "facebook",
              "--lang", "en")
    assert res.exit_code == 1
    assert res.stderr.splitlines() == ["barometre: " + e.value.render("en")]
    res = cli("compare", "--type", "region", "--year", "2017", "--platform", "facebook")
    assert res.stderr.splitlines() == ["barometre : " + e.value.render("fr")]


def test_several_platforms_and_a_source_are_named_with_their_years():
    both = ", ".join(sorted(set(_years("region", "facebook").split(", "))
                            | set(_years("region", "instagram").split(", "))))
    with pytest.raises(NoDataError) as e:
        bm.compare("region", year=2017, platforms=["facebook", "instagram"])
    assert e.value.render("en").startswith(
        f"no Facebook or Instagram figure for regions in 2017; Facebook or Instagram years: "
        f"{both};")
    ideose = set(bm.published.find_sources("ideose"))
    with pytest.raises(NoDataError) as e:
        bm.compare("region", year=2016, platforms="fb", source="ideose")
    assert e.value.render("en") == (
        "no Facebook figure for regions in source “ideose” in 2016; Facebook years in that "
        f"source: {_years('region', 'facebook', ideose)}")
    assert e.value.render("fr") == (
        "aucun chiffre Facebook pour les régions dans la source « ideose » en 2016 ; années "
        f"des chiffres Facebook dans cette source : {_years('region', 'facebook', ideose)}")
    # no platform asked: the source's years, said to be the source's
    with pytest.raises(NoDataError) as e:
        bm.compare("region", year=2016, source="ideose")
    assert e.value.code == "pub-no-figure-in-year"
    assert e.value.render("en") == (
        "no figure for type “region” in source “ideose” in 2016; years available in that "
        "source: 2015")
    # neither: every year of the type, unchanged
    with pytest.raises(NoDataError) as e:
        bm.compare("region", year=2016)
    assert e.value.render("fr").startswith("aucun chiffre pour le type « région » en 2016 ; "
                                           "années disponibles : 2011, ")
    assert "2017" in e.value.render("fr")
    # "au moins un réseau" is not read as a platform's name; type "all" with its article
    with pytest.raises(NoDataError) as e:
        bm.compare("all", year=2010, platforms="any")
    assert e.value.render("fr").startswith(
        "aucun chiffre « au moins un réseau » pour l'ensemble des collectivités en 2010 ; "
        "années des chiffres « au moins un réseau » : ")


def test_a_survey_without_the_platform_that_year_says_so(cli, tmp_path):
    """Two years of départements, LinkedIn read in 2024 only (the coded path of compare
    --data and bm.compare_survey say it alike)."""
    f = two_years_file(tmp_path)
    res = cli("compare", "--type", "departement", "--data", f, "--platform", "linkedin",
              "--year", "2025")
    assert res.exit_code == 1
    assert res.stderr.splitlines()[-1] == (
        "barometre : aucun chiffre LinkedIn pour les départements en 2025 ; années des "
        "chiffres LinkedIn : 2024 ; en 2025, chiffres sur : Facebook")
    s = bm.read_survey(f)
    with pytest.raises(NoDataError) as e:
        bm.compare_survey(s, platforms="linkedin", year=2025)
    assert e.value.render("en") == (
        "no LinkedIn figure for départements in 2025; LinkedIn years: 2024; in 2025, figures "
        "on: Facebook")
    # a year as text of digits is that year, as bm.compare takes it (it said "no figure in
    # 2024; years available: 2024, 2025"); what is not a year is refused
    assert bm.compare_survey(s, year="2024").equals(bm.compare_survey(s, year=2024))
    with pytest.raises(UsageError):
        bm.compare_survey(s, year="2024a")


# ------------------------------------------------------------------ 2. publisher and url

def _sources() -> dict[str, tuple[str, str]]:
    s = bm.published.sources()
    return {sid: (pub, url) for sid, pub, url in zip(s["source_id"], s["publisher"], s["url"])}


def test_published_adoption_rows_carry_their_sources_publisher_and_url():
    a = bm.published.adoption()
    assert list(a.columns[:4]) == ["research_row", "source", "publisher", "url"]
    assert str(a["publisher"].dtype) == str(a["url"].dtype) == "str"
    srcs = _sources()
    assert [(p, u) for p, u in zip(a["publisher"], a["url"])] == [srcs[s] for s in a["source"]]
    # the join a reader had to write clashed on month (the source's, not the figure's)
    assert "month" in a.columns and "month_x" not in a.columns


@pytest.mark.parametrize("call", [
    lambda: bm.compare("region", year=2015),
    lambda: bm.compare("region", year=2015, all_sources=True),
    lambda: bm.trend("region", "facebook"),
    lambda: bm.select(year=2015),
], ids=["compare", "compare-all-sources", "trend", "select"])
def test_compare_trend_select_rows_carry_publisher_and_url(call):
    df = call()
    cols = list(df.columns)
    assert cols.index("url") == cols.index("publisher") + 1
    srcs = _sources()
    assert list(zip(df["publisher"], df["url"])) == [srcs[s] for s in df["source"]]
    assert df["url"].str.startswith("http").all()


@pytest.mark.parametrize("args", [
    ("compare", "--type", "region", "--year", "2015"),
    ("trend", "--type", "region", "--platform", "facebook"),
], ids=["compare", "trend"])
def test_cli_csv_and_json_carry_publisher_and_url(cli, args):
    srcs = _sources()
    recs = as_json(cli(*args, "--format", "json"))
    assert recs and all((r["publisher"], r["url"]) == srcs[r["source"]] for r in recs)
    res = cli(*args, "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    header = list(rows[0])
    assert header.index("url") == header.index("publisher") + 1
    assert [(r["publisher"], r["url"]) for r in rows] == [srcs[r["source"]] for r in rows]


def test_survey_records_have_no_url():
    """A survey file has no address: no url column, its publisher is the file's name."""
    s = bm.read_survey(bm.demo_file("enquete"))
    c = bm.compare_survey(s)
    assert "url" not in c.columns and set(c["publisher"]) == set(c["source"])


def test_year_published_only_where_the_shared_material_states_it():
    """ost-2022's title states its page's year, "(Le Journal du Gers, 2022)", the form every
    other title of the research table gives its year_published in; the other four state
    none (a survey's, a report's or a study's year is not the page's) and stay blank."""
    s = bm.published.sources().set_index("source_id")
    assert int(s.loc["ost-2022", "year_published"]) == 2022
    for sid in ("marsouin-2021", "mediametrie-2023", "intercommunalites-de-france-2023-capcom",
                "ideose-2015-3"):
        assert pd.isna(s.loc[sid, "year_published"]), sid
    # the figures keep their own year; the source is cited with its date, then theirs
    from barometre.render.formats import source_date

    assert source_date("ost-2022", [2021]) == "2022 (chiffres de 2021)"


def test_build_script_states_only_years_the_titles_give(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_published", ROOT / "scripts" / "build_published.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for title, year in mod.YEARS_STATED.items():
        assert re.search(rf"\([^()]+, {year}\)", title), title  # "(<publisher>, <year>)"
    row = {"source": next(iter(mod.YEARS_STATED)), "year_published": ""}
    assert mod.with_stated_year(row)["year_published"] == "2022"
    assert mod.with_stated_year({"source": "Enquête Marsouin Communes 2021 – Visibilité en "
                                           "ligne des communes bretonnes",
                                 "year_published": ""})["year_published"] == ""


# ------------------------------------------------------------------ 3. benchmark's year

def test_benchmark_takes_the_year_as_the_cli_does(cli, tmp_path):
    f = two_years_file(tmp_path)
    s = bm.read_survey(f)
    b = bm.benchmark(s, "44", year=2024)
    assert dict(zip(b["platform"], b["year"])) == {"facebook": 2024, "linkedin": 2024}
    assert int(b.loc[b["platform"] == "facebook", "n_peers"].iloc[0]) == 101
    assert bm.benchmark(s, "44", year="2024").equals(b)  # text of digits, as compare takes it
    out = as_json(cli("benchmark", "-e", "44", "-d", f, "--year", "2024", "--format", "json"))
    assert [(r["platform"], r["year"], r["rank"], r["n_peers"]) for r in out] == [
        (p, int(y), int(r), int(n)) for p, y, r, n in
        zip(b["platform"], b["year"], b["rank"], b["n_peers"])]
    # the errors of --year: an entity, a platform, a file without a reading of that year
    with pytest.raises(NoDataError) as e:
        bm.benchmark(s, "33", year=2025)
    assert e.value.render("fr") == cli("benchmark", "-e", "33", "-d", f, "--year", "2025"
                                       ).stderr.splitlines()[-1].removeprefix("barometre : ")
    assert "Gironde (33) n'a pas de relevé de 2025" in e.value.render("fr")
    with pytest.raises(NoDataError) as e:
        bm.benchmark(s, "44", platforms="linkedin", year=2025)
    assert e.value.code == "peers-platform-not-in-year"
    with pytest.raises(NoDataError) as e:
        bm.benchmark(s, "44", year=2023)
    assert e.value.code == "survey-no-year"
    with pytest.raises(UsageError):
        bm.benchmark(s, "44", year="2024a")
    assert "year" in inspect.signature(bm.benchmark).parameters


# ------------------------------------------------------------------ 4. README and the API

def test_readme_python_names_are_public():
    """README's Python lines call bm.<name>: each one is exported (compare_survey was not)."""
    names = set(re.findall(r"\bbm\.(\w+)\(", README))
    assert {"compare_survey", "league_table", "benchmark"} <= names
    assert [n for n in names if n not in bm.__all__ and not hasattr(bm, n)] == []
    assert "(compare_survey(part" not in README
    from barometre.analysis.survey import compare_survey

    assert bm.compare_survey is compare_survey


def test_published_sources_has_its_public_name():
    assert bm.published_sources.__name__ == "published_sources"
    assert bm.published_sources.__qualname__ == "published_sources"
    import contextlib

    shown = io.StringIO()
    with contextlib.redirect_stdout(shown):
        help(bm.published_sources)
    assert shown.getvalue().splitlines()[0] == (
        "Help on function published_sources in module barometre.analysis.published:")
    from barometre.analysis.published import cited_sources

    assert cited_sources is bm.published_sources  # the old import still works


def test_readme_says_how_compare_data_csv_differs_from_bm_adoption(cli):
    """README said the survey columns of compare --data CSV are "as bm.adoption gives them";
    they are not: what it says now holds."""
    demo = bm.demo_file("enquete")
    res = cli("compare", "--type", "departement", "--data", demo, "--format", "csv")
    assert res.exit_code == 0
    header = next(csv.reader(io.StringIO(res.stdout)))
    adoption = list(bm.adoption(bm.read_survey(demo)).columns)
    added = [c for c in header if c not in adoption]
    missing = [c for c in adoption if c not in header]
    # json18: year_published, empty for a survey's figures
    # prov20: and whether the file is fictitious, ending every row
    assert added == ["flags", "publisher", "year_published", "comparable", "differs", "notes",
                     "fictitious"]
    assert missing == ["n_reference_of"]
    line = section("docs/commands.md", "compare --data")  # the README table's cell, moved
    assert "`barometre compare --data FILE" in line
    assert ("the CSV adds compare's `flags, publisher, year_published, comparable, differs, "
            "notes`") in line
    assert "leaves out `bm.adoption`'s `n_reference_of`" in line
    assert "as `trend --data` and `bm.adoption` give them" not in line
    trend = cli("trend", "--type", "departement", "--data", demo, "--format", "csv")
    t_header = next(csv.reader(io.StringIO(trend.stdout)))
    assert "wave" in t_header and [c for c in ("month", "measure", "census", "base", "flags")
                                   if c in t_header] == ["census"]
    assert "adds `wave` and keeps, of `month, measure, census, base, flags`, `census` alone" \
        in line


def test_readme_lists_publisher_and_url_of_compare_and_trend():
    # json18: and the source's own year beside them
    assert re.search(r"`publisher`, `url` and `year_published`: the source's publisher, "
                     r"address and own year", README)
    assert "`bm.published.adoption()` (`research_row, source, publisher, url," in README
    doc = inspect.getdoc(bm.published.adoption)
    assert "research_row, source, publisher, url, year" in re.sub(r"\s+", " ", doc)
    assert "publisher, url" in re.sub(r"\s+", " ", inspect.getdoc(bm.compare))
