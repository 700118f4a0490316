"""Issue #13: the curated published figures (one test per fixed row) and the rules that keep
compare and trend honest (census, k/n, measures, platform sets, series and breaks)."""

from __future__ import annotations

import importlib.util
import json
import math
import re

import pandas as pd
import pytest

import barometre as bm
from barometre.analysis.stats import is_k_of_n, wilson_interval
from barometre.datasets import published, reference
from barometre.domain.registry import TYPES

from .conftest import ROOT, as_json

# Every shipped source id. A citation ("[ideose-2015]") must stay valid: a shipped id never
# changes. Add new ids at the end; never edit or remove one.
FROZEN_SOURCE_IDS = [
    "ideose-2015", "edgar-quinet-2015", "edgar-quinet-2013", "edgar-quinet-2012",
    "edgar-quinet-2012-2", "edgar-quinet-2012-3", "oten-2011", "adverbia-2013", "ost-2019",
    "ost-2019-2", "ost-2019-3", "ost-2019-4", "ost-2023", "ost-2023-2", "ost-2023-3",
    "ost-2023-4", "informer-autrement-2016", "informer-autrement-2017", "edgar-quinet-2013-2",
    "ost-2019-5", "ost-2019-6", "ideose-2015-2", "cospirit-magazine-nd", "adverbia-2012",
    "edgar-quinet-nd", "informer-autrement-2012", "informer-autrement-2012-2",
    "informer-autrement-2013", "informer-autrement-2015", "informer-autrement-2017-2",
    "edgar-quinet-2013-3", "edgar-quinet-2013-4", "edgar-quinet-2013-5", "gazette-communes-2010",
    "adf-2017", "etudes-et-analyses-2018", "ost-2019-7", "ost-2019-8", "adverbia-2012-2",
    "choisirsonweb-2014", "credoc-2016", "credoc-2019", "mediametrie-2017", "mediametrie-2020",
    "we-are-social-2022", "datareportal-2024", "datareportal-2024-2", "mediametrie-2023",
    "compublique-2025", "banque-territoires-2025", "compublique-2024", "ideose-2015-3",
    "cospirit-magazine-nd-2", "informer-autrement-2012-3", "informer-autrement-2013-2",
    "ost-2023-5", "epiceum-2015", "epiceum-2020", "amf-2010", "marsouin-2021",
    "intercommunalites-de-france-2023", "adcf-2019", "ost-2017", "ost-2020", "ost-2022",
    "ost-2021-2", "ost-2019-9", "intercommunalites-de-france-2023-capcom", "adcf-2019-2",
    "usine-digitale-2015", "figaro-nd", "edgar-quinet-2014-12", "eterritoire-2016",
    "eterritoire-2014", "eterritoire-nd", "edgar-quinet-nd-2", "edgar-quinet-2013-6",
    "magcentre-2025", "adverbia-2012-3", "adverbia-2012-4", "adverbia-2013-2", "cap-com-2023",
    "ost-2019-10", "blog-territorial-fr-nd", "arcom-2024", "mediametrie-2017-2",
    "mediametrie-2020-2", "dgcl-2015", "cap-com-2018", "dgcl-2019", "vie-publique-fr-2021",
    # the 2022 version of vie-publique.fr's page (prov20): a source of its own, in its place
    "vie-publique-fr-2022",
    "actionpublique21-com-2022", "dgcl-2025", "bfmtv-2016", "tour-dhorizon-com-nd",
    "adverbia-2010", "adverbia-2010-2", "loic-hay-nd", "voirin-consultant-2011", "afnor-nd",
    "ost-2021-3",
]
# Ids that misstated the year or the publisher, renamed once (kept in ``replaces`` so old
# citations resolve).
RENAMED = {"marsouin-2013": "marsouin-2021",
           "intercommunalites-de-france-2019": "intercommunalites-de-france-2023-capcom",
           "edgar-quinet-2015-2": "edgar-quinet-2014-12", "ost-2021": "ost-2022",
           "adverbia-2014": "choisirsonweb-2014"}


def row(i: int) -> dict:
    a = published.adoption()
    hit = a[a["research_row"] == i]
    assert len(hit) == 1, f"r{i} is not one adoption row"
    return hit.iloc[0].to_dict()


def flags(r: dict) -> set[str]:
    return {f for f in str(r["flags"] or "").split(";") if f}


def build_script():
    spec = importlib.util.spec_from_file_location("build_published",
                                                  ROOT / "scripts" / "build_published.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def published_types() -> list[str]:
    a = published.adoption()
    a = a[a["year"].notna() & a["share"].notna()]
    return [t for t in TYPES if t in set(a["collectivity_type"])]


# --- source ids --------------------------------------------------------------------------

def test_shipped_source_ids_are_frozen():
    assert published.sources()["source_id"].tolist() == FROZEN_SOURCE_IDS


def test_ids_that_misstated_the_year_are_fixed_and_the_old_ids_still_resolve():
    s = published.sources().set_index("source_id")
    assert "Communes 2021" in s.loc["marsouin-2021", "title"]
    assert "Baromètre 2023" in s.loc["intercommunalites-de-france-2023-capcom", "title"]
    assert "décembre 2014" in s.loc["edgar-quinet-2014-12", "title"]
    assert "2022" in s.loc["ost-2022", "title"]
    for old, new in RENAMED.items():
        assert old not in s.index
        assert s.loc[new, "replaces"] == old
        assert published.find_sources(old) == [new]


def test_build_script_keeps_the_frozen_ids(tmp_path):
    mod = build_script()
    frozen = mod.frozen_sources(ROOT / "src" / "barometre" / "data" / "published" / "sources.csv")
    rows = [{"source": title, "publisher": "Ideose", "year_published": "2099",
             "year_observed": "2099", "url": "https://example.org"} for title in frozen]
    rows.append({"source": "Une étude nouvelle", "publisher": "Ideose", "year_published": "2015",
                 "year_observed": "2015", "url": "https://example.org/new"})
    sources, ids = mod.build_sources(rows, frozen)
    assert [ids[t] for t in frozen] == FROZEN_SOURCE_IDS  # the year 2099 changes nothing
    assert ids["Une étude nouvelle"] == "ideose-2015-4"  # never a taken id


# --- fixed rows ----------------------------------------------------------------------------

def test_r53_petites_villes_are_10000_to_20000_inhabitants():
    r = row(53)
    assert r["base"] == "petites villes (10 000 à 20 000 habitants)"
    communes = reference.entities("commune")
    small = int(communes["population"].between(10_000, 19_999).sum())
    present_total = 3918
    # 64 % of every collectivité under 20,000 (36,811) would exceed all those present
    assert r["share"] * 36_811 > present_total
    assert r["share"] * small < present_total


def test_every_type_mapping_states_the_bounds_of_its_raw_type():
    mod = build_script()
    for raw, (tid, base, measure, family) in mod.TYPES.items():
        numbers = [n.replace(" ", "") for n in re.findall(r"\d[\d ]*\d|\d", raw)]
        flat = base.replace(" ", "").replace("\u202f", "")
        for n in numbers:
            assert n in flat, (raw, base)
        assert measure in ("of_all", "of_present", "of_respondents")
        assert tid in TYPES, raw
    assert mod.TYPES["petite ville"][1] == "petites villes (10 000 à 20 000 habitants)"
    assert "moins de 20 000" in mod.TYPES["petite ville (<20 000 hab.)"][1]


def test_r82_is_disputed_with_both_readings_and_anchors_nothing(cli):
    r = row(82)
    assert "disputed" in flags(r)
    assert "126 %" in r["notes"] and "+48 points" in r["notes"]
    recs = as_json(cli("compare", "--type", "region", "--format", "json"))
    assert not any(x["collectivity_type"] == "metropole" and x["platform"] == "instagram"
                   for x in recs)
    out = cli("compare", "--type", "region").stdout
    assert "Non comparés, chiffre contesté (--all-sources pour le voir) : métropoles (Instagram)." in out
    res = cli("compare", "--type", "metropole", "--year", "2022")
    assert res.exit_code == 0 and "‡ chiffre contesté (ost-2023-2)" in res.stdout


def test_r98_has_no_n_and_no_interval():
    r = row(98)
    assert r["share"] == pytest.approx(0.94)
    assert pd.isna(r["n_base"]) and r["census"] is False and pd.isna(r["ci_low"])
    assert not is_k_of_n(0.94, 13) and "12/13 = 92 %" in r["notes"]
    assert "base_unstated" in flags(r)


@pytest.mark.parametrize("cited, fact", [
    (43, 160), (44, 106), (100, 203), (101, 204), (108, 11), (161, 365), (364, 365),
    (367, 365), (87, 86), (88, 378), (162, 309), (50, 55), (54, 55)])
def test_restated_figures_are_citations_of_one_fact(cited, fact):
    a, c = published.adoption(), published.citations()
    assert cited not in set(a["research_row"])
    assert fact in set(a["research_row"])
    assert c.set_index("research_row").loc[cited, "fact_row"] == fact


def test_adverbia_2010_is_one_figure_of_25_percent_never_27_or_29():
    a = published.adoption()
    gv = a[(a["collectivity_type"] == "grande_ville") & (a["platform"] == "facebook")
           & (a["year"] == 2010)]
    assert gv["share"].tolist() == [0.25]
    r = row(365)
    assert {"disputed", "not_k_of_n"} <= flags(r) and pd.isna(r["ci_low"])
    assert "11 ou 12 sur 41" in r["notes"]
    values = set(a["share"].round(3))
    assert 0.268 not in values and 0.293 not in values


def test_r45_is_dated_2012_and_flagged_restated():
    r = row(45)
    assert int(r["year"]) == 2012 and "restated" in flags(r)


def test_r109_is_dated_march_2013():
    """Of 2013, and its notes say it is the annual study of March 2013; but its page (the
    AMGVF blog) prints no date, so no month (prov20: it read month 3 from a research note
    shipped as the source's title)."""
    r = row(109)
    assert int(r["year"]) == 2013 and pd.isna(r["month"])
    assert "mars 2013" in r["notes"]


def test_r86_and_r378_have_the_base_of_41_cities():
    r86, r378 = row(86), row(378)
    assert (int(r86["n_present"]), int(r86["n_base"])) == (38, 41)
    assert round(r86["share"], 2) == 0.93  # "soit 93 %", as printed
    assert (int(r378["n_present"]), int(r378["n_base"])) == (28, 41)
    assert not row(378)["derived_from_wording"]


def test_r50_r55_all_territories_not_communes():
    r = row(55)
    assert r["collectivity_type"] == "all" and int(r["n_present"]) == 3918
    assert not (published.adoption()["research_row"] == 50).any()


def test_measures_r224_r153_r157_r17():
    r224 = row(224)
    assert r224["measure"] == "of_respondents" and r224["census"] is False
    for i in range(153, 158):
        assert row(i)["measure"] == "of_all"
    assert all("autre mesure" in row(i)["notes"] for i in range(154, 158))
    assert row(58)["measure"] == "of_present"  # the 38 % the villes moyennes are compared with
    assert "Présence, pas activité" in row(17)["notes"]


# --- rules ----------------------------------------------------------------------------------

def test_census_has_no_sampling_interval():
    a = published.adoption()
    exact = a[a["census"] & a["share"].notna() & ~a["derived_from_wording"]
              & ~a["flags"].str.contains("not_k_of_n")]
    assert len(exact) > 50
    assert (exact["ci_low"] == exact["share"]).all() and (exact["ci_high"] == exact["share"]).all()


def test_interval_only_when_share_is_k_of_n():
    a = published.adoption()
    bad = a[a["flags"].str.contains("not_k_of_n")]
    # r9 (56,7 % of 176) and r309 (60 % of 41): their bases counted in review 18
    assert set(bad["research_row"]) == {9, 31, 132, 309, 365}
    assert bad["ci_low"].isna().all()
    r = row(31)  # Edgar Quinet, October 2012: 62 % of 27 régions (16/27 = 59 %, 17/27 = 63 %)
    assert int(r["n_base"]) == 27 and not is_k_of_n(0.62, 27)
    for x in a[a["n_base"].notna() & ~a["flags"].str.contains("not_k_of_n")].itertuples():
        assert is_k_of_n(float(x.share), float(x.n_base)), x.research_row


def test_is_k_of_n_uses_the_printed_precision():
    assert is_k_of_n(0.54, 101) and is_k_of_n(0.47, 101)
    assert not is_k_of_n(0.94, 13)
    assert is_k_of_n(0.727, 176, 0.0005) and not is_k_of_n(0.607, 176, 0.0005)
    assert published.ci_for(0.94, 13, census=False) == (None, None, False)
    assert published.ci_for(0.5, 50, census=True, wording=True)[:2] == (None, None)


def test_finite_population_correction_by_hand():
    # 25 of 50 sampled départements out of 101: variance × (101 − 50) / (101 − 1),
    # i.e. Wilson with n_eff = 50 × 100 / 51
    z, p = 1.959963984540054, 0.5
    n_eff = 50 * 100 / 51
    centre = (p + z * z / (2 * n_eff)) / (1 + z * z / n_eff)
    half = z * math.sqrt(p * (1 - p) / n_eff + z * z / (4 * n_eff ** 2)) / (1 + z * z / n_eff)
    assert round(centre - half, 4) == 0.4029 and round(centre + half, 4) == 0.5971
    # the share of the 101 is (25 + j) / 101 for j of the 51 others: each bound goes
    # outward to the nearest such share, 40.69 → 40 and 60.31 → 61 of the 101
    lo, hi = wilson_interval(0.5, 50, population=101)
    assert (lo, hi) == (40 / 101, 61 / 101)
    plain = wilson_interval(0.5, 50)
    assert plain[0] < lo and hi < plain[1]  # narrower than without the correction
    # all of them: a census, no interval (share–share read as a certainty, cli23)
    assert wilson_interval(0.5, 101, population=101) == (None, None)


def test_survey_covering_every_entity_is_a_census(tmp_path):
    demo = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
    # every blank counted as absent: all 101 départements in every base, a census
    a = bm.adoption(bm.read_survey(demo, blank="absent"))
    assert (a["n_base"] == 101).all() and a["census"].all()
    # a census has no interval (was the share twice, a zero-width interval)
    assert a["ci_low"].isna().all() and a["ci_high"].isna().all()
    # blanks left out of the base (the file records "Non" answers): no longer a census where
    # some did not answer, and the interval has the finite-population correction
    b = bm.adoption(bm.read_survey(demo))
    partial = b[b["n_base"] < 101]
    assert len(partial) and not partial["census"].any()
    assert (partial["ci_low"] < partial["share"]).all()
    assert b.loc[b["n_base"] == 101, "census"].all()


def test_default_compare_never_mixes_measures_or_platform_sets():
    types = published_types()
    assert len(types) >= 8
    for t in types:
        c = bm.compare(t)
        assert c["measure"].nunique() == 1, t
        sets = {frozenset(g["platform"]) for _, g in c.groupby("collectivity_type")}
        assert len(sets) == 1, (t, sets)
        assert not c["flags"].str.contains("disputed").any(), t
        assert c["comparable"].all() and c["year"].nunique() == 1, t


def test_all_sources_marks_what_differs(cli):
    c = bm.compare("region", year=2018, all_sources=True)
    odd = c[~c["comparable"]]
    assert len(odd) > 0 and odd["differs"].str.contains("measure|platforms|disputed").all()
    assert set(c.loc[c["comparable"], "measure"]) == {"of_all"}
    out = cli("compare", "--type", "region", "--year", "2018", "--all-sources").stdout
    line = [x for x in out.splitlines() if x.startswith("≠ autre mesure que la comparaison : ")]
    # OST's 92 % is of the collectivités present, named by that base (pub18a)
    assert len(line) == 1 and "collectivités présentes sur les réseaux sociaux Facebook" in line[0]
    assert "≠ réseau hors de la comparaison" in out
    default = cli("compare", "--type", "region", "--year", "2018").stdout
    assert "Non comparés (autre mesure ou autres réseaux ; --all-sources pour les voir) :" in default


def test_trend_series_are_comparable_families_with_visible_breaks(cli):
    t = bm.trend("region", "facebook")
    for _, s in t.groupby("series"):
        assert s["measure"].nunique() == 1 and s["base_family"].nunique() == 1
        assert list(s["year"]) == sorted(s["year"])
        prev = None
        for r in s.to_dict("records"):
            if prev is not None and r["publisher"] != prev["publisher"]:
                assert r["break"] == "source" and r["break_from"] == prev["publisher"]
            prev = r
    families = set(t["base_family"])
    assert {"régions (carte d'avant 2016)", "régions métropolitaines"} <= families
    out = cli("trend", "--type", "region", "--platform", "facebook").stdout
    assert "Série 1 : part de toutes les entités de la base — régions (carte d'avant 2016)" in out
    assert "Ideose, octobre 2015 [ideose-2015]" in out
    assert "Ideose, fin 2015 [ideose-2015-3]" in out  # the source says "fin 2015", no month
    assert "rupture : autre base (avant : régions)" in out


def test_a_source_dated_fin_2015_gets_no_month_but_keeps_its_place_in_time(cli):
    # Cospirit: "Fin 2015, selon une étude réalisée par Ideose": no month is stored, the
    # period says "late" (built from the title by scripts/build_published.py)
    src = published.sources().set_index("source_id")
    for sid in ("ideose-2015-2", "ideose-2015-3"):
        assert pd.isna(src.loc[sid, "month"]) and src.loc[sid, "period"] == "late"
    assert src["period"].notna().sum() == 2 and pd.isna(src.loc["ideose-2015", "period"])
    for table in (published.adoption(), published.citations(), published.entity_counts()):
        rows = table[table["source"].isin(["ideose-2015-2", "ideose-2015-3"])]
        assert len(rows) and rows["month"].isna().all() and (rows["period"] == "late").all()
    recs = as_json(cli("trend", "--type", "region", "--platform", "facebook", "--format", "json"))
    y2015 = [(r["source"], r["month"], r["period"]) for r in recs if r["year"] == 2015]
    assert y2015 == [("ideose-2015", 10, None), ("ideose-2015-3", None, "late")]  # in order
    for lang, want in (("fr", "Ideose, fin 2015 [ideose-2015-3]"),
                       ("en", "Ideose, late 2015 [ideose-2015-3]")):
        out = cli("trend", "--type", "region", "--platform", "facebook", "--lang", lang).stdout
        assert want in out and "décembre 2015" not in out and "December 2015" not in out
        assert out.index("[ideose-2015]") < out.index("[ideose-2015-3]")
    out = cli("compare", "--type", "region", "--year", "2015", "--source", "ideose-2015-3").stdout
    assert "Source : Ideose, fin 2015 — " in out


# --- done criteria --------------------------------------------------------------------------

def test_done_ideose_villes_prefectures_census(cli):
    recs = as_json(cli("compare", "--type", "ville_prefecture", "--year", "2015", "--source",
                       "ideose", "--format", "json"))
    vp = {r["platform"]: r for r in recs if r["collectivity_type"] == "ville_prefecture"}
    assert vp["facebook"]["share"] == 0.54 and vp["x"]["share"] == 0.47
    for r in vp.values():
        assert r["census"] is True and r["ci_low"] is None and r["ci_high"] is None
        assert r["month"] == 10 and r["measure"] == "of_all" and r["flags"] == []
        assert r["base"] == "101 villes préfectures"


def test_done_compare_region_one_measure_one_platform_set(cli):
    recs = as_json(cli("compare", "--type", "region", "--format", "json"))
    assert {r["measure"] for r in recs} == {"of_all"}
    by_type: dict[str, set] = {}
    for r in recs:
        by_type.setdefault(r["collectivity_type"], set()).add(r["platform"])
    assert len({frozenset(v) for v in by_type.values()}) == 1
    assert not any(r["collectivity_type"] == "metropole" for r in recs)  # r82 (disputed)
    # r80 (76 % of the régions) is no census: its base is not stated (review13, finding 8)
    assert all(r["flags"] == (["base_unstated"] if r["collectivity_type"] == "region" else [])
               for r in recs)


def test_done_trend_region_facebook_json(cli):
    recs = as_json(cli("trend", "--type", "region", "--platform", "facebook", "--format", "json"))
    keys = [(r["publisher"], r["year"], r["share"]) for r in recs]
    assert len(keys) == len(set(keys)) == 10
    for r in recs:
        assert {"measure", "month", "census", "base", "flags", "series", "break"} <= set(r)
    csv_out = cli("trend", "--type", "region", "--platform", "facebook", "--format", "csv").stdout
    head = csv_out.splitlines()[0].split(",")
    assert head[9:14] == ["month", "measure", "census", "base", "flags"]


def test_english_table_says_census(cli):
    out = cli("compare", "--type", "region", "--year", "2015", "--source", "ideose",
              "--lang", "en").stdout
    assert "census" in out and "Compared on: share of all entities of the base" in out
    assert json.loads(cli("compare", "--type", "region", "--year", "2015", "--source", "ideose",
                          "--format", "json").stdout)[0]["census"] is True


def test_trend_breaks_on_a_real_change_of_base_only():
    t = bm.trend("grande_ville", "x")
    eq = t[t["base_family"] == "50 plus grandes villes (plus de 86 000 habitants)"]
    # the same 50 cities worded three ways by the sources: no base break
    assert len(eq) == 5 and list(eq["break"].fillna("")) == ["", "source", "", "", ""]
    r = bm.trend("region", "facebook")
    eq_r = r[r["publisher"] == "Institut Edgar Quinet"]
    # 27 régions (October 2012) then 26 (March 2013): a change of base
    assert eq_r["break"].tolist()[-1] == "base" and eq_r["break_from"].tolist()[-1] == "27 régions"


# --- display of bases, publishers and censuses (session 10) ----------------------------------

def test_a_base_that_states_its_count_does_not_get_it_twice():
    assert row(163)["base"] == "échantillon de 52 villes de 30 000 à 41 000 habitants"
    assert row(86)["base"] == "41 villes de plus de 100 000 habitants"  # said once, in front
    mod = build_script()
    assert mod.states_count("échantillon de 52 villes", 52)
    assert mod.states_count("panel de 1 052 communes", 1052)
    assert not mod.states_count("villes de 30 000 à 41 000 habitants", 30)
    assert not mod.states_count("panel de 1 052 communes", 52)
    for r in published.adoption().itertuples():
        words = str(r.base).split()
        assert not (len(words) > 1 and words[0].isdigit() and words[0] in words[1:]), r.base


def test_publishers_read_the_same_in_french_and_english(cli):
    s = published.sources().set_index("source_id")
    # the page is choisirsonweb.com's own comparison (review13 #7; was "Adverbia (via …)")
    assert s.loc["choisirsonweb-2014", "publisher"] == "choisirsonweb.com"
    assert not s["publisher"].str.contains(r"\b(?:cited by|for|data)\b").any()
    out = cli("compare", "--type", "ville_moyenne", "--year", "2014", "--all-sources").stdout
    assert "Source : choisirsonweb.com, 2014" in out
    assert "cited by" not in out


@pytest.mark.parametrize("lang, word, not_k", [("fr", "exhaustif", "recensement, part non k/n"),
                                              ("en", "census", "census, share not k/n")])
def test_a_census_whose_share_is_not_k_of_n_is_not_called_exhaustive(cli, lang, word, not_k):
    # Edgar Quinet, October 2012: 62 % of the 27 régions, a census claim no k/27 gives
    # (17/27 = 63 %): not « exhaustif » (exact), which it cannot be (review 18)
    out = cli("compare", "--type", "region", "--year", "2012", "--all-sources",
              "--lang", lang).stdout
    line = next(x for x in out.splitlines() if "edgar-quinet-2012-3" in x and "62" in x)
    assert re.search(r"62\s?%≈\s+n = 27\s+" + re.escape(not_k) + r"\s+27 ", line), line
    # a census derived from wording ("toutes", 100 %*) too; a sample stays blank (r98, 94 %)
    out = cli("compare", "--type", "grande_ville", "--year", "2012", "--all-sources",
              "--lang", lang).stdout
    line = next(x for x in out.splitlines() if "50 %*" in x.replace("\u202f", " ")
                or "50%*" in x)
    assert word in line, line
