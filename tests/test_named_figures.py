"""Published figures about named collectivités (a département's followers in a barometer,
a région's rank, an award): ``bm.figures`` and ``barometre figures``, each figure with its
source's publisher and address, and today's code only where the printed name designates one
entity (review 19b: these figures shipped with the package and no command showed them)."""

from __future__ import annotations

import csv
import io
import json

import pytest

import barometre as bm
from barometre.analysis.named import FIGURE_COLUMNS


def test_a_departements_figure_carries_its_code_and_its_source():
    f = bm.figures(type="departement", entity="Gers")
    assert len(f) == 1
    r = f.iloc[0]
    assert (r["year"], r["entity"], r["code"], r["platform"], r["metric"], r["value"],
            r["unit"]) == (2021, "Gers", "32", "instagram", "followers_total", 16636, "count")
    src = bm.published.sources().set_index("source_id").loc[r["source"]]
    assert (r["publisher"], r["url"]) == (src["publisher"], src["url"])
    assert r["url"].startswith("http")


def test_every_figure_has_a_source_with_an_address():
    f = bm.figures()
    assert len(f) == len(bm.published.entity_figures())
    assert list(f.columns) == FIGURE_COLUMNS
    assert f["url"].str.startswith("http").all() and f["publisher"].str.len().gt(0).all()


def test_a_code_only_where_the_name_designates_one_entity_today():
    f = bm.figures()
    code = dict(zip(zip(f["collectivity_type"], f["entity"]), f["code"]))
    # the account's handle or the audience measured after the name: still Paris, Toulouse
    assert code[("commune", "Paris (@paris)")] == "75056"
    assert code[("commune", "Paris (French fans only)")] == "75056"
    assert code[("commune", "Toulouse (@Toulouse)")] == "31555"
    assert code[("commune", "Saint-Quentin (Aisne)")] == "02691"
    # former régions, a former communauté urbaine: no code guessed
    for k in [("region", "Picardie"), ("region", "Alsace"),
              ("epci", "La CUB (Communauté urbaine de Bordeaux)")]:
        assert code[k] is None or code[k] != code[k] or str(code[k]) in ("<NA>", "nan"), k
    # a former région's figures are found by its printed name
    p = bm.figures(entity="Picardie")
    assert set(p["entity"]) == {"Picardie"} and set(p["year"]) == {2012}


def test_a_subset_of_communes_selects_its_members_figures():
    f = bm.figures(type="grande_ville")
    big = set(bm.entities("grande_ville")["code"])
    assert len(f) and set(f["code"]) <= big and set(f["collectivity_type"]) == {"commune"}
    assert "Blois" not in set(f["entity"])  # a ville moyenne
    assert "Blois" in set(bm.figures(type="ville_moyenne")["entity"])


def test_cli_table_says_each_figure_and_cites_its_sources(cli):
    res = cli("figures", "--type", "departement", "--platform", "instagram")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].split() == ["Année", "Type", "Collectivité", "(nom", "publié)", "Code",
                                "Réseau", "Mesure", "Valeur", "Source"]
    gers = next(line for line in lines if "Gers" in line)
    assert gers.split("  ")[0] == "2021" and "abonnés" in gers and "16\u202f636" in gers
    assert gers.rstrip().endswith("ost-2022")
    url = bm.published.sources().set_index("source_id").loc["ost-2022", "url"]
    assert f"  ost-2022 : Observatoire socialmedia des territoires (Franck Confino), {url}" in lines
    # an undated source: « s. d. », never a year made up; a percent as a percent
    paris = cli("figures", "--entity", "Toulouse", "--type", "commune").stdout
    assert "s. d." in paris and "8,4\u00a0%" in paris
    en = cli("figures", "--entity", "Gers", "--lang", "en").stdout
    assert "Instagram  followers  16,636  ost-2022" in en and "Sources:" in en


def test_cli_csv_and_json_keep_the_stable_columns(cli):
    out = cli("figures", "--entity", "32", "--format", "json")
    assert out.exit_code == 0
    [rec] = json.loads(out.stdout)
    assert list(rec) == FIGURE_COLUMNS
    assert (rec["code"], rec["value"], rec["source"]) == ("32", 16636, "ost-2022")
    rows = list(csv.DictReader(io.StringIO(cli("figures", "--type", "epci", "--format",
                                               "csv").stdout)))
    assert list(rows[0]) == FIGURE_COLUMNS
    assert {r["entity"]: r["code"] for r in rows}["Aunis Atlantique"] == "200041499"


@pytest.mark.parametrize("args, says", [
    (["--entity", "Finistère"],
     "aucune source ne cite Finistère (29) ; les sources citent ces départements : « Ain », "),
    (["--entity", "Gers", "--year", "2015"],
     "aucun chiffre de 2015 sur une collectivité nommée pour cette sélection ; années des "
     "chiffres de cette sélection : 2021"),
    (["--type", "petite_ville", "--year", "2020"],
     "aucun chiffre de 2020 sur une collectivité nommée pour cette sélection ; années des "
     "chiffres de cette sélection : 2019"),
    (["--type", "metropole", "--platform", "tiktok"],
     "aucun chiffre publié sur une collectivité nommée ne correspond à cette sélection ; les "
     "sources citent ces métropoles : « Bordeaux Métropole », "),
])
def test_nothing_found_says_what_there_is(cli, args, says):
    res = cli("figures", *args)
    assert res.exit_code == 1
    assert res.stderr.startswith("barometre : " + says)
    assert "Traceback" not in res.output


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_shipped_figure_is_shown_with_a_label(cli, lang):
    """Every metric and unit of the shipped table has its words (no code shown raw)."""
    res = cli("figures", "--lang", lang)
    assert res.exit_code == 0, res.output
    body = res.stdout.split("\n\n")[0].splitlines()[2:]
    assert len(body) == len(bm.published.entity_figures())
    assert not any("_" in line.split("  ")[0] for line in body)
    metrics = set(bm.published.entity_figures()["metric"])
    assert not any(m in res.stdout for m in metrics if "_" in m)


def test_sources_of_a_type_and_year_are_those_of_its_figures(cli):
    """`sources --type T --year Y`: the sources of that type's figures that year, with how
    many adoption rates and named figures each gives; without options every source (the
    audiences' and the counts' too), as before."""
    everything = json.loads(cli("sources", "--format", "json").stdout)
    assert len(everything) == len(bm.published.sources())
    res = cli("sources", "--type", "departement", "--year", "2015", "--format", "json")
    assert res.exit_code == 0, res.output
    got = {s["source"]: (s["n_adoption_figures"], s["n_entity_figures"])
           for s in json.loads(res.stdout)}
    a = bm.published.adoption()
    want = a[(a["collectivity_type"] == "departement") & (a["year"] == 2015)]
    assert got == {k: (n, 0) for k, n in want.groupby("source").size().items()}
    named = cli("sources", "--type", "region", "--year", "2020").stdout.splitlines()
    assert named[0].split()[:6] == ["Id", "Éditeur", "Année", "Taux", "Chiffres", "nommés"]
    assert [line.split()[0] for line in named[2:]] == ["ost-2020"]
    none = cli("sources", "--year", "2030")
    assert none.exit_code == 1
    assert none.stderr == "barometre : aucun chiffre publié ne correspond à cette sélection\n"
