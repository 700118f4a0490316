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
     "Facebook : les 11 régions du fichier les plus suivies (2 ex aequo au 10e rang), 2025"),
    ("region", REGIONS, "en", "Facebook: the top 11 regions in the file (2 tied at 10th), 2025"),
    ("departement", DEPARTEMENTS, "fr",
     "Facebook : les 11 départements du fichier les plus suivis (2 ex aequo au 10e rang), 2025"),
    ("departement", DEPARTEMENTS, "en",
     "Facebook: the top 11 départements in the file (2 tied at 10th), 2025"),
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
    ("fr", "Facebook : les 3 régions du fichier les plus suivies pour 1\u202f000 habitants "
           "(2 ex aequo au 2e rang), 2025"),
    ("en", "Facebook: the top 3 regions in the file per 1,000 inhabitants (2 tied at 2nd), 2025")])
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
        assert fig.get_suptitle().replace("\n", " ") == (
            f"Facebook : les {n} régions du fichier les plus suivies, 2025")
        assert len(_bars(fig)) == n


@pytest.mark.parametrize("lang, title", [
    ("fr", "Facebook : les 2 régions du fichier les plus suivies (2 ex aequo au 1er rang), 2025"),
    ("en", "Facebook: the top 2 regions in the file (2 tied at 1st), 2025")])
def test_two_sharing_the_first_rank_at_top_1(tmp_path, lang, title):
    f = _file(tmp_path, "region", ["11", "53", "28"], [50000, 50000, 1000])
    fig = charts.ranking(bm.rank(bm.read_survey(f), "facebook"), top=1, lang=lang)
    assert fig.get_suptitle().replace("\n", " ") == title
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


GRENOBLE, METZ, NICE = "200040715", "200039865", "200030195"
ROUEN, LYON, GRAND_PARIS = "200023414", "200046977", "200054781"


def _six(tmp_path):
    """Six métropoles: two counts, then an account without a count (Metz), « Non » (Rouen),
    no answer (Lyon) and « Non;0 » (Grand Paris)."""
    f = tmp_path / "six-metropoles.csv"
    f.write_text("SIREN;Métropole;Facebook;Abonnés Facebook;Date\n"
                 f"{GRENOBLE};;Oui;12000;15/10/2025\n{METZ};;Oui;;15/10/2025\n"
                 f"{NICE};;Oui;30000;15/10/2025\n{ROUEN};;Non;;15/10/2025\n"
                 f"{LYON};;;;15/10/2025\n{GRAND_PARIS};;Non;0;15/10/2025\n", encoding="utf-8")
    return f


@pytest.mark.parametrize("code, lang, line", [
    (METZ, "fr", "Metz Métropole : compte sur Facebook sans nombre d'abonnés, donc pas de rang"),
    (METZ, "en", "Metz Métropole: account on Facebook without a follower count, hence no rank"),
    (ROUEN, "fr", "Métropole Rouen Normandie : sans compte sur Facebook, donc pas de rang"),
    (ROUEN, "en", "Métropole Rouen Normandie: no account on Facebook, hence no rank"),
    (LYON, "fr", "Métropole de Lyon : sans réponse sur Facebook (présence non renseignée), "
                 "donc pas de rang"),
    (LYON, "en", "Métropole de Lyon: not answered on Facebook (presence left blank), "
                 "hence no rank"),
    (GRAND_PARIS, "fr", "Métropole du Grand Paris : sans compte sur Facebook (un nombre "
                        "d'abonnés donné avec la présence Non, vide ou douteuse, non "
                        "classé), donc pas de rang"),
    (GRAND_PARIS, "en", "Métropole du Grand Paris: no account on Facebook (a follower count "
                        "given with presence No, blank or doubtful, not ranked), hence no rank"),
])
def test_an_entity_without_a_rank_says_why(cli, tmp_path, code, lang, line):
    f = _six(tmp_path)
    res = cli("rank", "-p", "facebook", "--data", f, "--entity", code, "--lang", lang)
    assert res.exit_code == 0, res.output
    assert line in res.stdout.splitlines()
    # the ranking chart's caption, drawn for that entity, says the same
    s = bm.read_survey(f)
    fig = charts.ranking(bm.rank(s, "facebook", entity=code), focus=code, lang=lang)
    assert line + "." in fig.get_supxlabel().replace("\n", " ")  # wrapped when long


def test_rank_attrs_name_why_the_entity_has_no_rank(tmp_path):
    s = bm.read_survey(_six(tmp_path))
    why = {c: bm.rank(s, "facebook", entity=c).attrs["entity_not_ranked"]
           for c in (NICE, METZ, ROUEN, LYON, GRAND_PARIS)}
    assert why == {NICE: None, METZ: "no_count", ROUEN: "absent", LYON: "not_answered",
                   GRAND_PARIS: "count_without_account"}


def test_no_reading_of_the_platform_and_no_population_said(cli, tmp_path):
    long = tmp_path / "long.csv"
    long.write_text("Collectivité,Plateforme,Présent,Abonnés,Date du relevé\n"
                    "Bretagne,Facebook,oui,120500,01/09/2025\n"
                    "Normandie,X (ex-Twitter),oui,4000,01/09/2025\n"
                    "Occitanie,Facebook,oui,9000,01/09/2025\n", encoding="utf-8")
    out = cli("rank", "-p", "facebook", "--data", long, "--entity", "Normandie").stdout
    assert ("Normandie : aucun relevé sur Facebook dans le fichier, donc pas de rang"
            in out.splitlines())
    meuse = tmp_path / "meuse.csv"
    meuse.write_text("Code;Commune;Facebook;Abonnés Facebook\n55050;Bezonvaux;Oui;80\n"
                     "55545;Verdun;Oui;9000\n55029;Bar-le-Duc;Oui;7000\n", encoding="utf-8")
    en = cli("rank", "-p", "facebook", "--data", meuse, "--entity", "Bezonvaux",
             "-m", "followers_per_1000", "--lang", "en").stdout
    assert ("Bezonvaux: a follower count on Facebook but 0 inhabitants, hence no rank per "
            "1,000 inhabitants") in en.splitlines()
