"""Ties in rankings, said everywhere a user reads a ranking.

The ranking chart drew 11 bars under « Facebook : les 10 régions les plus suivies » when the
10th and 11th were tied (both drawn, as ``rank --top 10`` prints both); ``rank --csv`` and
``--json`` gave no column saying a rank is shared; and an entity without a rank was « pas
de valeur sur Facebook » whether it had no account, an account without a count or no answer.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

import barometre as bm
from barometre.render import charts

#: twelve régions, Occitanie (76) and Auvergne-Rhône-Alpes (84) tied at the 10th rank
REGIONS = ["11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93"]
#: twelve départements, the same counts
DEPARTEMENTS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]
COUNTS = [120000, 110000, 100000, 90000, 80000, 70000, 60000, 50000, 40000, 30000, 30000,
          20000]


def _file(tmp_path, kind: str, codes: list[str], counts: list[int] = COUNTS):
    head = {"region": "Code région;Région", "departement": "Code département;Département"}
    f = tmp_path / f"{kind}s.csv"
    f.write_text(head[kind] + ";Facebook;Abonnés Facebook;Date\n" + "".join(
        f"{c};;Oui;{n};15/10/2025\n" for c, n in zip(codes, counts)), encoding="utf-8")
    return f


def _bars(fig) -> list[str]:
    return [p.get_gid() for ax in fig.axes for p in ax.patches
            if (p.get_gid() or "").startswith("bar:")]


@pytest.mark.parametrize("kind, codes, lang, title", [
    ("region", REGIONS, "fr",
     "Facebook : les 11 régions les plus suivies (2 ex aequo au 10e rang), 2025"),
    ("region", REGIONS, "en", "Facebook: the top 11 regions (2 tied at 10th), 2025"),
    ("departement", DEPARTEMENTS, "fr",
     "Facebook : les 11 départements les plus suivis (2 ex aequo au 10e rang), 2025"),
    ("departement", DEPARTEMENTS, "en",
     "Facebook: the top 11 départements (2 tied at 10th), 2025"),
])
def test_the_ranking_chart_title_counts_the_tied_bars_it_draws(cli, tmp_path, kind, codes,
                                                                lang, title):
    f = _file(tmp_path, kind, codes)
    fig = charts.ranking(bm.rank(bm.read_survey(f), "facebook"), top=10, lang=lang)
    assert fig.get_suptitle().replace("\n", " ") == title  # wrapped when long
    assert len(_bars(fig)) == 11
    # the table of `rank --top 10` prints the same 11 rows, and says why
    res = cli("rank", "-p", "facebook", "--data", f, "--top", "10", "--lang", lang)
    assert res.exit_code == 0, res.output
    rows = [m.group(1) for m in re.finditer(r"^ ?\d+(?: \((?:ex aequo|tied)\))? +(\d\d) ",
                                             res.stdout, re.M)]
    assert rows[:9] == codes[:9] and sorted(rows[9:]) == codes[9:11]  # the tied two
    assert ("--top 10 : 11 lignes, ex aequo compris" if lang == "fr"
            else "--top 10: 11 rows, ties included") in res.stdout.splitlines()


@pytest.mark.parametrize("lang, title", [
    ("fr", "Facebook : les 3 régions les plus suivies pour 1\u202f000 habitants "
           "(2 ex aequo au 2e rang), 2025"),
    ("en", "Facebook: the top 3 regions per 1,000 inhabitants (2 tied at 2nd), 2025")])
def test_the_title_per_1000_inhabitants_says_the_tie_too(tmp_path, lang, title):
    # as many followers as inhabitants in Bretagne and Normandie: 1,000 per 1,000 each
    pop = bm.entities("region").set_index("code")["population"]
    f = _file(tmp_path, "region", ["11", "53", "28", "84"],
              [2 * pop["11"], pop["53"], pop["28"], 1000])
    r = bm.rank(bm.read_survey(f), "facebook", metric="followers_per_1000")
    assert r["rank"].tolist()[:3] == [1, 2, 2]
    fig = charts.ranking(r, top=2, lang=lang)
    assert fig.get_suptitle().replace("\n", " ") == title
    assert len(_bars(fig)) == 3


def test_no_tie_at_the_cut_no_tie_said(tmp_path):
    r = bm.rank(bm.read_survey(_file(tmp_path, "region", REGIONS)), "facebook")
    for top, n in ((9, 9), (11, 11), (20, 12)):
        fig = charts.ranking(r, top=top)
        assert fig.get_suptitle() == f"Facebook : les {n} régions les plus suivies, 2025"
        assert len(_bars(fig)) == n


@pytest.mark.parametrize("lang, title", [
    ("fr", "Facebook : les 2 régions les plus suivies (2 ex aequo au 1er rang), 2025"),
    ("en", "Facebook: the top 2 regions (2 tied at 1st), 2025")])
def test_two_sharing_the_first_rank_at_top_1(tmp_path, lang, title):
    f = _file(tmp_path, "region", ["11", "53", "28"], [50000, 50000, 1000])
    fig = charts.ranking(bm.rank(bm.read_survey(f), "facebook"), top=1, lang=lang)
    assert fig.get_suptitle() == title
    assert len(_bars(fig)) == 2


def test_rank_says_a_shared_rank_in_a_column(cli, tmp_path):
    f = _file(tmp_path, "region", REGIONS)
    r = bm.rank(bm.read_survey(f), "facebook")
    assert r.columns.tolist()[:10] == ["rank", "code", "name", "value", "population",
                                       "platform", "metric", "year", "date", "tied"]
    assert r.loc[r["tied"], "code"].tolist() == ["84", "76"]
    assert r["tied"].dtype == bool
    # CSV and JSON: the column, true on both tied rows, false elsewhere
    out = cli("rank", "-p", "facebook", "--data", f, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["code"]: r["tied"] for r in rows if r["tied"] == "True"} == {"84": "True",
                                                                             "76": "True"}
    assert sum(r["tied"] == "False" for r in rows) == 10
    data = json.loads(cli("rank", "-p", "facebook", "--data", f, "--format", "json").stdout)
    assert [d["code"] for d in data if d["tied"] is True] == ["84", "76"]
    # the entity kept below --top shares its rank with one not kept: still tied
    kept = json.loads(cli("rank", "-p", "facebook", "--data", f, "--top", "3", "--entity",
                          "76", "--format", "json").stdout)
    assert [(d["code"], d["tied"]) for d in kept] == [("11", False), ("24", False),
                                                      ("27", False), ("76", True)]
