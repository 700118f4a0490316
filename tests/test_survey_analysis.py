"""Adoption, benchmark and ranking from survey data, checked against hand computations."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import barometre as bm
from tests.conftest import ROOT
from barometre.datasets import reference
from barometre.domain.errors import NoDataError

from .conftest import as_json

HAND = """Code département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram
44;Oui;10 000;Oui;3 000
35;Oui;20 000;Non;
29;Oui;10 000;Oui;
56;Non;;Oui;1 000
22;Oui;5 000;Oui;2 000
85;Oui;;Non;
"""


@pytest.fixture
def hand(tmp_path):
    p = tmp_path / "hand.csv"
    p.write_text(HAND, encoding="utf-8")
    return p


def pop(code: str) -> int:
    d = reference.entities("departement").set_index("code")["population"]
    return int(d[code])


def test_adoption_by_hand(hand):
    # four of its six départements are Bretagne's: read as it is, no random draw of the 101
    # (region_design, départements tested since session 30: no interval); the hand
    # computation of the interval a random draw of 6 would get, with design=False
    assert bm.adoption(bm.read_survey(hand))["ci_low"].isna().all()
    a = bm.adoption(bm.read_survey(hand), design=False).set_index("platform")
    assert (a.loc["facebook", "n_present"], a.loc["facebook", "n_base"]) == (5, 6)
    assert (a.loc["instagram", "n_present"], a.loc["instagram", "n_base"]) == (4, 6)
    assert (a.loc["any", "n_present"], a.loc["any", "n_base"]) == (6, 6)
    assert a.loc["facebook", "share"] == pytest.approx(5 / 6)
    # Wilson 95 % for 5/6, computed by hand from the formula, for a sample of 6 of the
    # 101 départements: finite-population correction, effective n = 6 × 100 / 95
    z, p, n = 1.959963984540054, 5 / 6, 6 * 100 / 95
    c = (p + z * z / (2 * n)) / (1 + z * z / n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    # c − h = 0.4457 and c + h = 0.9688; the share of the 101 is (5 + j) / 101, j of the 95
    # others: each bound goes outward to the nearest such share, 45 / 101 and 98 / 101
    assert (round(c - h, 4), round(c + h, 4)) == (0.4457, 0.9688)
    assert math.floor((c - h) * 101) == 45 and math.ceil((c + h) * 101) == 98
    assert a.loc["facebook", "ci_low"] == 45 / 101
    assert a.loc["facebook", "ci_high"] == 98 / 101
    assert a.loc["facebook", "n_reference"] == 101


def test_compare_data_cli(cli, hand):
    recs = as_json(cli("compare", "--data", hand, "--type", "departement", "--format", "json"))
    fb = [r for r in recs if r["platform"] == "facebook"][0]
    assert (fb["n_present"], fb["n_base"], fb["source"]) == (5, 6, "hand.csv")
    assert list(fb)[:9] == ["collectivity_type", "platform", "year", "share", "n_present",
                            "n_base", "ci_low", "ci_high", "source"]
    table = cli("compare", "--data", hand, "--type", "departement").stdout
    assert "Couverture : 6 sur 101 départements" in table


def test_benchmark_by_hand(hand):
    s = bm.read_survey(hand)
    b = bm.benchmark(s, "44").set_index("platform")
    fb = b.loc["facebook"]
    assert fb["followers"] == 10000 and bool(fb["present"])
    assert fb["rank"] == 2  # 20 000 above; tie with Finistère shares rank 2
    assert fb["n_peers"] == 4  # Morbihan absent, Vendée without a count
    assert fb["percentile"] == pytest.approx(75.0)
    assert fb["peer_median"] == pytest.approx(10000)
    assert fb["index"] == pytest.approx(100.0)
    assert fb["peer_q1"] == pytest.approx(8750) and fb["peer_q3"] == pytest.approx(12500)
    assert fb["competitor_mean"] == pytest.approx((20000 + 10000 + 5000) / 3)
    per = {c: f / pop(c) * 1000 for c, f in {"44": 10000, "35": 20000, "29": 10000, "22": 5000}.items()}
    assert fb["followers_per_1000"] == pytest.approx(per["44"])
    assert fb["rank_per_1000"] == 1 + sum(v > per["44"] for v in per.values())
    med = sorted(per.values())
    assert fb["index_per_1000"] == pytest.approx(per["44"] / ((med[1] + med[2]) / 2) * 100)
    ig = b.loc["instagram"]
    assert ig["rank"] == 1 and ig["n_peers"] == 3 and ig["index"] == pytest.approx(150.0)
    # an entity present without a count, and an absent one
    v = bm.benchmark(s, "Vendée").set_index("platform").loc["facebook"]
    assert bool(v["present"]) and pd.isna(v["followers"]) and pd.isna(v["rank"])
    m = bm.benchmark(s, "Morbihan").set_index("platform").loc["facebook"]
    assert not bool(m["present"]) and pd.isna(m["rank"])


def test_benchmark_name_and_code_agree(cli, hand):
    a = cli("benchmark", "--entity", "Loire-Atlantique", "--data", hand, "--format", "json")
    b = cli("benchmark", "--entity", "44", "--data", hand, "--format", "json")
    assert as_json(a) == as_json(b)
    keys = list(as_json(a)[0])
    assert keys == ["platform", "present", "followers", "followers_per_1000", "rank", "n_peers",
                    "percentile", "index", "peer_median", "peer_q1", "peer_q3",
                    "competitor_mean", "rank_per_1000", "index_per_1000", "n_peers_per_1000",
                    # the entity and the readings compared: a CSV that stands alone
                    "code", "name", "population", "collectivity_type", "peers", "peer_group",
                    "year", "entity_year", "n_set_aside",
                    "tied", "tied_per_1000",  # a rank shared with another peer
                    # the peers not ranked, by why: counts, codes, names (bench16)
                    "n_no_answer", "n_no_account", "n_account_no_count",
                    "n_no_reading",  # cap28: no row of the platform at all
                    "no_answer_codes", "no_account_codes", "account_no_count_codes",
                    "no_reading_codes", "no_answer_names", "no_account_names",
                    "account_no_count_names", "no_reading_names",
                    "followers_rounded",  # the count was abbreviated in the file ("1,2k")
                    "followers_typed",  # tail26: that cell as typed, as rank's
                    # rank25: the ranks the rounded counts leave open, and whose counts
                    # (tail26: with their cells as typed)
                    "rank_best", "rank_worst", "rank_rounded_codes", "rank_rounded_names",
                    "rank_rounded_typed", "rank_per_1000_best", "rank_per_1000_worst",
                    "rank_per_1000_rounded_codes", "rank_per_1000_rounded_names",
                    "rank_per_1000_rounded_typed",
                    # flag18: the reader questioned its count; how many peers' it did
                    "followers_questioned", "n_peers_questioned",
                    "population_of",  # json18: the territory's or its council's
                    # M37: the peers a shared rank is shared with (names, ";"-joined)
                    "tied_names", "tied_per_1000_names",
                    "source", "fictitious",  # prov20: the file, and whether it is fictitious
                    "population_source"]  # s35: the population behind per-1,000, its vintage
    text = cli("benchmark", "--entity", "44", "--data", hand).stdout
    # 44 and 29 have 10 000 followers each: the rank they share is said
    # and the peers not ranked, in rank's words, named (review 19b)
    assert ("Facebook : 10\u202f000 abonnés, 2e ex aequo avec Finistère sur 4 (1 sans compte : Morbihan ; 1 "
            "avec un compte sans nombre d'abonnés : Vendée), indice 100 ;") in text


def test_benchmark_entity_not_in_file(hand):
    with pytest.raises(NoDataError):
        bm.benchmark(bm.read_survey(hand), "Ain")


def test_rank_by_hand(cli, hand):
    recs = as_json(cli("rank", "--type", "departement", "--platform", "facebook",
                       "--metric", "followers", "--data", hand, "--format", "json"))
    assert [(r["rank"], r["code"], r["value"]) for r in recs] == [
        (1, "35", 20000), (2, "29", 10000), (2, "44", 10000), (4, "22", 5000)]
    assert recs[0]["population"] == pop("35")
    top = as_json(cli("rank", "-p", "instagram", "--data", hand, "--top", "1", "--format", "json",
                      "--metric", "followers_per_1000"))
    vals = {c: f / pop(c) * 1000 for c, f in {"44": 3000, "56": 1000, "22": 2000}.items()}
    best = max(vals, key=vals.get)
    assert [r["code"] for r in top] == [best]
    assert top[0]["value"] == pytest.approx(vals[best], rel=1e-4)


def test_departement_survey_counts_101(tmp_path):
    d = reference.entities("departement")
    rows = ["Code;Facebook;Instagram"] + [
        f"{c};{'Oui' if i % 3 else 'Non'};{'Oui' if i % 2 else 'Non'}" for i, c in enumerate(d["code"])]
    p = tmp_path / "d.csv"
    p.write_text("\n".join(rows), encoding="utf-8")
    a = bm.adoption(bm.read_survey(p)).set_index("platform")
    assert a.loc["facebook", "n_base"] == 101
    assert a.loc["facebook", "n_present"] == sum(1 for i in range(101) if i % 3)
    assert a.loc["instagram", "n_present"] == sum(1 for i in range(101) if i % 2)
    assert a.loc["facebook", "coverage"] == 1.0


def test_villes_prefectures_given_by_commune_codes(tmp_path):
    vp = reference.entities("ville_prefecture")
    others = ["44143", "69266", "13055"]  # Rezé, Villeurbanne, Marseille (a préfecture too)
    codes = list(vp["code"]) + [c for c in others if c not in set(vp["code"])]
    rows = ["Code INSEE;Facebook"] + [f"{c};{'Oui' if i % 4 else 'Non'}" for i, c in enumerate(codes)]
    p = tmp_path / "vp.csv"
    p.write_text("\n".join(rows), encoding="utf-8")
    s = bm.read_survey(p)
    assert s.attrs["collectivity_type"] == "commune"
    a = bm.adoption(s, type="ville_prefecture").set_index("platform")
    assert a.loc["facebook", "n_base"] == 101
    assert a.loc["facebook", "n_present"] == sum(1 for i in range(101) if i % 4)
    c = bm.adoption(s, type="commune").set_index("platform")
    assert c.loc["facebook", "n_base"] == 103


def test_by_strate_splits_communes(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("Code INSEE;Facebook\n44109;Oui\n44143;Oui\n01001;Non\n", encoding="utf-8")
    a = bm.adoption(bm.read_survey(p), by="strate")
    fb = a[a.platform == "facebook"].set_index("strate")["n_base"].to_dict()
    assert fb == {"500–1 999": 1, "20 000–49 999": 1, "≥ 100 000": 1}  # Abergement 860, Rezé 43 556, Nantes


def test_follower_stats(hand):
    f = bm.follower_stats(bm.read_survey(hand)).set_index("platform")
    assert f.loc["facebook", "n"] == 4
    assert f.loc["facebook", "median"] == 10000
    assert f.loc["instagram", "median"] == 2000


def test_strate_table_and_coverage(cli):
    from .conftest import FILES

    res = cli("compare", "--data", FILES / "prefectures-titre.xlsx", "--type", "ville_prefecture",
              "--by", "strate")
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert lines[0] == "Couverture : 5 sur 101 villes préfectures avec au moins une réponse dans le fichier"
    assert lines[1] == ("Lecture : 1 avertissement (détail : « barometre validate "
                        f"{FILES / 'prefectures-titre.xlsx'} »)")  # the path as given
    assert lines[2].startswith("Strate") and "50 000–99 999" in lines[4]
    res = cli("compare", "--data", FILES / "prefectures-titre.xlsx", "--type", "ville_prefecture",
              "--vs", "commune")
    assert "Couverture : 5 sur 34\u202f875 communes avec au moins une réponse dans le fichier" in res.stdout


def test_league_table_by_hand(hand):
    t = bm.league_table(bm.read_survey(hand))
    fb = t[t.platform == "facebook"]
    assert list(fb["code"]) == ["35", "29", "44", "22", "56", "85"]  # no count: last
    assert list(fb["rank"].astype("Float64").fillna(0)) == [1, 2, 2, 4, 0, 0]
    assert fb.set_index("code").loc["44", "index"] == pytest.approx(100.0)


def test_benchmark_says_few_peers_and_which_year(cli, tmp_path):
    few = tmp_path / "few.csv"
    few.write_text("Département;Facebook;Abonnés Facebook\nLoire-Atlantique;Oui;90000\n"
                   "Vendée;Oui;20000\nSarthe;Oui;10000\n", encoding="utf-8")
    out = cli("benchmark", "--entity", "44", "--data", few).stdout
    assert "1er sur 3, indice 450 ; 60,5 pour 1\u202f000 habitants, 1er sur 3 — peu de pairs" in out
    demo = ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv"
    out = cli("benchmark", "--entity", "44", "--data", demo).stdout
    assert out.splitlines()[1] == "Relevés comparés : 2025 (la dernière année de chaque réseau)"
    assert "peu de pairs" not in out
    assert cli("rank", "--platform", "facebook", "--data", demo).stdout.rstrip().endswith(
        "— relevés 2025")


def test_a_frame_without_the_survey_columns_is_one_clear_error():
    """bm.adoption on a frame whose « present » was renamed raised a bare KeyError
    (review14b): the entry points that take a survey frame name the missing columns."""
    from barometre.analysis import report as R
    from barometre.domain.errors import UsageError

    s = bm.read_survey(bm.demo_file("enquete"))
    renamed = s.rename(columns={"present": "presence"})
    calls = {"adoption": lambda d: bm.adoption(d), "follower_stats": bm.follower_stats,
             "benchmark": lambda d: bm.benchmark(d, "44"),
             "rank": lambda d: bm.rank(d, "facebook"), "league_table": bm.league_table,
             "scatter": lambda d: bm.charts.scatter(d, "facebook"),
             "report_data": lambda d: R.report_data(bm.adoption(s), survey=d)}
    for name, call in calls.items():
        with pytest.raises(UsageError) as exc:
            call(renamed)
        assert exc.value.code == "survey-frame-columns", name
        assert exc.value.message.startswith(
            "le tableau d'enquête n'a pas la colonne present : attendu un tableau de "
            "barometre.read_survey (code, "), name
    with pytest.raises(UsageError) as exc:
        bm.adoption(s.drop(columns=["year", "date"]))
    assert exc.value.render("en").startswith(
        "the survey frame has no date, year columns: expected a frame of barometre.read_survey")


def test_a_ranking_chart_of_no_value_is_a_clear_error():
    """bm.charts.ranking of an empty ranking raised « float() argument must be … not
    'NAType' » (review14b)."""

    s = bm.read_survey(bm.demo_file("enquete"))
    with pytest.raises(NoDataError) as exc:
        bm.charts.ranking(bm.rank(s, "facebook").iloc[:0])
    assert exc.value.code == "chart-no-rows"
