"""What a communicator puts on a slide says who was ranked and how (review 18a): the ranking
chart's base says why an entity is missing, a shared rank says "ex aequo", the population of
the métropoles is not called an EPCI's, and ``chart --help`` lists the options each kind needs."""

from __future__ import annotations

import json
import re

import openpyxl
import pytest

import barometre as bm
from barometre import reference

BORDEAUX = "243300316"  # Bordeaux Métropole: an account ("Oui"), no follower count


def _metropoles(tmp_path):
    """The 22 métropoles on Facebook, Bordeaux Métropole "Oui" without a count."""
    m = reference.entities("metropole")
    assert BORDEAUX in set(m["code"])
    lines = ["SIREN;Métropole;Facebook;Abonnés Facebook;Date du relevé"]
    for i, (code, name) in enumerate(zip(m["code"], m["name"])):
        count = "" if code == BORDEAUX else str(10_000 + 1_000 * i)
        lines.append(f"{code};{name};Oui;{count};15/10/2025")
    f = tmp_path / "metropoles.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def _cas(tmp_path):
    """Ten communautés d'agglomération; the first two have exactly as many followers as
    inhabitants (1 000 per 1 000 inhabitants both: a tie), the others 1 % of them."""
    e = reference.entities("epci")
    ca = e[e["kind"] == "CA"].sort_values("code").head(10)
    lines = ["SIREN;Nom;Facebook;Abonnés Facebook;Date du relevé"]
    for i, r in enumerate(ca.itertuples()):
        count = r.population if i < 2 else r.population // 100 + i
        lines.append(f"{r.code};{r.name};Oui;{count};15/10/2025")
    f = tmp_path / "ca.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f, list(ca["code"])


# 1. the ranking chart's base: who was not ranked and why, as `rank` says it

def test_ranking_chart_base_says_why_a_metropole_is_not_ranked(tmp_path, cli):
    f = _metropoles(tmp_path)
    s = bm.read_survey(f)
    r = bm.rank(s, "facebook")
    assert BORDEAUX not in set(r["code"])
    cap = bm.charts.ranking(r, top=22, survey=s).get_supxlabel()
    assert ("Base : 21 métropoles classées (1 avec un compte sans nombre d'abonnés)."
            in " ".join(cap.split()))
    en = bm.charts.ranking(r, top=22, survey=s, lang="en").get_supxlabel()
    assert "21 metropolises ranked (1 with an account but no follower count)" in " ".join(
        en.split())
    # the same words as the table of `rank` beside it
    table = cli("rank", "-p", "facebook", "-d", f, "--top", "22").stdout
    assert "21 métropoles classées (1 avec un compte sans nombre d'abonnés)" in table


def test_ranking_chart_base_counts_every_entity_ranked_not_the_rows_kept(tmp_path):
    """A ranking cut by ``rank(top=…)`` still says how many were ranked in all."""
    s = bm.read_survey(_metropoles(tmp_path))
    cap = bm.charts.ranking(bm.rank(s, "facebook", top=5), top=5, survey=s).get_supxlabel()
    assert "Base : 21 métropoles classées (1 avec" in " ".join(cap.split())


# 2. a rank shared by two: "ex aequo" in benchmark's text, its JSON, both charts, the report

def test_benchmark_says_a_shared_rank_is_ex_aequo(tmp_path, cli):
    f, codes = _cas(tmp_path)
    out = cli("benchmark", "--entity", codes[1], "--data", f).stdout
    line = next(x for x in out.splitlines() if x.startswith("Facebook"))
    # M37: the peer the rank is shared with, named
    assert line.endswith("pour 1\u202f000 habitants, 1re ex aequo avec CA Beaune, Côte et Sud - "
                         "Communauté Beaune-Chagny-Nolay sur 10"), line
    assert "ex aequo" not in line.split(";")[0]  # the follower counts differ: no tie there
    en = cli("benchmark", "--entity", codes[1], "--data", f, "--lang", "en").stdout
    assert "per 1,000 inhabitants, tied 1st of 10 with CA Beaune" in en
    rows = json.loads(cli("benchmark", "--entity", codes[1], "--data", f, "-f", "json").stdout)
    assert rows[0]["tied_per_1000"] is True and rows[0]["tied"] is False
    other = json.loads(cli("benchmark", "--entity", codes[5], "--data", f, "-f",
                           "json").stdout)[0]
    assert other["tied"] is False and other["tied_per_1000"] is False


def test_charts_mark_both_bars_of_a_tie_and_the_benchmark_rank(tmp_path):
    f, codes = _cas(tmp_path)
    s = bm.read_survey(f)
    fig = bm.charts.ranking(bm.rank(s, "facebook", metric="followers_per_1000"), survey=s)
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert [lab.endswith(" (ex aequo)") for lab in labels] == [True, True] + [False] * 8
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert [t.split(".")[0] for t in ticks[:3]] == ["1", "1", "3"]
    fig = bm.charts.ranking(bm.rank(s, "facebook", metric="followers_per_1000"), survey=s,
                            lang="en")
    assert sum(t.get_text().endswith(" (tied)") for t in fig.axes[0].texts) == 2
    b = bm.charts.benchmark(s, codes[0])
    ranks = {t.get_gid(): t.get_text() for ax in b.axes for t in ax.texts
             if (t.get_gid() or "").startswith("rank:")}
    assert ranks["rank:per_1000:facebook"] == "1re ex aequo sur 10"
    assert "ex aequo" not in ranks["rank:followers:facebook"]


def test_report_benchmark_sheet_says_the_shared_rank(tmp_path, cli):
    f, codes = _cas(tmp_path)
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", f, "--entity", codes[0], "-o", out)
    assert res.exit_code == 0, res.output
    cells = [v for row in openpyxl.load_workbook(out)["Benchmark"].iter_rows(values_only=True)
             for v in row if isinstance(v, str)]
    assert ("Facebook\u00a0: pour 1\u202f000 habitants, 1re ex aequo avec CA du Grand Dole "
            "sur 10") in cells  # M37: the peer it is shared with, named


# 3. the métropoles' population: the Métropole de Lyon is no EPCI

def test_metropoles_population_is_not_called_an_epci_s(tmp_path, cli):
    f = _metropoles(tmp_path)
    s = bm.read_survey(f)
    cap = " ".join(bm.charts.ranking(bm.rank(s, "facebook", metric="followers_per_1000"),
                                     survey=s).get_supxlabel().split())
    assert "population municipale de chaque métropole selon la DGCL" in cap
    assert "EPCI selon" not in cap
    said = cli("rank", "-p", "facebook", "-m", "followers_per_1000", "-d", f).stdout
    assert "population municipale de chaque métropole selon la DGCL" in said
    en = cli("benchmark", "-e", "Lyon", "-d", f, "--lang", "en").stdout
    assert "each metropolis's municipal population by the DGCL" in en
    assert "each EPCI's" not in en


# 4. chart --help: the options each kind requires are listed for it

@pytest.mark.parametrize("kind, args", [
    ("scatter", ["--data", "DEMO"]), ("ranking", ["--data", "DEMO"]),
    ("benchmark", ["--data", "DEMO"]), ("trend", ["--type", "region"]),
    ("trend", []), ("adoption", []), ("heatmap", [])])
def test_chart_help_lists_the_option_each_kind_requires(tmp_path, cli, kind, args):
    args = [bm.demo_file("enquete") if a == "DEMO" else a for a in args]
    res = cli("chart", kind, *args, "-o", tmp_path / "x.png")
    assert res.exit_code != 0
    needed = re.search(r"(--[a-z-]+) est requis pour « chart " + kind, res.output)
    assert needed, res.output
    text = " ".join(cli("chart", "--help").stdout.split())
    kinds = "adoption|heatmap|trend|benchmark|ranking|scatter|changes"
    part = re.search(kind + r"(?:, heatmap)? : (.*?)(?: ; (?:" + kinds + r") :|\. Avec)", text).group(1)
    required = part.split("[")[0]  # before the optional ones, in brackets
    assert needed.group(1) in required, (kind, part)
