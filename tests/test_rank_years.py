"""Rankings and benchmarks compare the readings of one year: an older one is set aside and said.

The demo long file without the 2025 Facebook row of Loire-Atlantique: its 2024 count
(78 793) was ranked 6th among the 2025 counts under "relevés 2025". Now, as ``compare``
counts each entity's reading of the latest year, the 2024 reading is set aside and counted
in every view (terminal footer, CSV/JSON columns, chart caption, report), and a ranking's
CSV/JSON says what it ranks (platform, metric, year, date).
"""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from barometre.domain.errors import UsageError
from barometre.render import charts

from .conftest import ROOT, as_json

LONG = ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv"
# its 2025 Facebook readings: 90 counts (68 and 2B « Oui » without one, their council's count on
# 67's and 2A's rows), 7 « Oui » without a count, 4 « Non »: 89 ranked once 44's is taken out
NN = "\u202f"


@pytest.fixture(scope="module")
def long_mod(tmp_path_factory):
    """The demo long file without the 2025 Facebook reading of Loire-Atlantique (44)."""
    raw = LONG.read_bytes().split(b"\n")
    row = b"44;Loire-Atlantique;Facebook;Oui;90 583;15/10/2025"
    assert sum(line.rstrip(b"\r") == row for line in raw) == 1
    path = tmp_path_factory.mktemp("rank") / "long_mod.csv"
    path.write_bytes(b"\n".join(line for line in raw if line.rstrip(b"\r") != row))
    return path


def test_rank_sets_an_older_reading_aside(long_mod):
    s = bm.read_survey(long_mod)
    r = bm.rank(s, "facebook")
    assert "44" not in set(r["code"])  # its 78 793 of 2024 is not among the 2025 counts
    assert r.attrs["year"] == 2025 and set(r["year"]) == {2025}
    assert r.attrs["set_aside"] == {2024: 1} and r.attrs["set_aside_codes"] == {"44": 2024}
    assert r.attrs["n_ranked"] == len(r) == 89  # the 2025 counts but 44's
    assert r.loc[r["code"] == "17", "rank"].item() == 6  # Charente-Maritime moves up
    # the full demo file: 44 has its 2025 reading, nothing is set aside
    full = bm.rank(bm.read_survey(LONG), "facebook")
    assert full.attrs["set_aside"] == {} and full.loc[full["code"] == "44", "value"].item() == 90583


def test_rank_footer_and_columns_say_what_is_ranked(cli, long_mod):
    out = cli("rank", "--platform", "facebook", "--data", long_mod).stdout
    assert "Loire-Atlantique" not in out
    assert out.rstrip().endswith(
        "Source : long_mod.csv — relevés 2025 ; plus anciens, laissés de côté : 1 relevé de 2024")
    en = cli("rank", "--platform", "facebook", "--data", long_mod, "--lang", "en").stdout
    assert en.rstrip().endswith("readings 2025; older, set aside: 1 reading of 2024")
    rows = as_json(cli("rank", "-p", "facebook", "-d", long_mod, "-m", "followers_per_1000",
                       "--top", "1", "--format", "json"))
    assert rows == [{"rank": 1, "code": "11", "name": "Aude", "value": 332.2262,
                     "population": 379648, "platform": "facebook",
                     "metric": "followers_per_1000", "year": 2025, "date": "2025-10-15",
                     "tied": False, "followers_rounded": False,  # no count abbreviated
                     "followers_typed": None,  # out26: no cell abbreviated to quote
                     "followers_questioned": False,  # none questioned by the reader
                     # json18: whose population, and the footer's counts on every row: the
                     # 2024 reading set aside is counted in n_set_aside
                     "population_of": "territory", "n_ranked": 89, "n_no_answer": 0,
                     "n_no_account": 4, "n_account_no_count": 7, "n_no_reading": 0,
                     "n_count_without_account": 0,
                     "n_set_aside": 1, "n_population_zero": 0, "n_population_unknown": 0,
                     # prov20: the file and whether it is fictitious, on every row
                     "source": "long_mod.csv", "fictitious": True,
                     # s35: the population behind the per-1,000 figure, with its vintage
                     "population_source": rows[0]["population_source"]}]
    assert rows[0]["population_source"].startswith("population municipale INSEE (populations "
                                                   "légales 2023")
    csv = cli("rank", "-p", "facebook", "-d", long_mod, "--format", "csv").stdout.splitlines()
    assert csv[0] == ("rank,code,name,value,population,platform,metric,year,date,tied,"
                      "followers_rounded,followers_typed,followers_questioned,population_of,n_ranked,n_no_answer,n_no_account,"
                      "n_account_no_count,n_no_reading,n_count_without_account,n_set_aside,"
                      "n_population_zero,n_population_unknown,source,fictitious,"
                      "population_source")
    assert csv[1] == ("1,31,Haute-Garonne,136746,1471468,facebook,followers,2025,2025-10-15,"
                      "False,False,,False,territory,89,0,4,7,0,0,1,0,0,long_mod.csv,True,"
                      '"population municipale INSEE (populations légales 2023, en vigueur au 1er '
                      'janvier 2026 ; Mayotte : recensement de 2017)"')  # s35: Mayotte ranked


def test_ranking_chart_says_the_reading_set_aside(long_mod):
    s = bm.read_survey(long_mod)
    fig = charts.ranking(bm.rank(s, "facebook"), focus="44", survey=s)
    cap = fig.texts[-1].get_text()
    assert "Plus anciens, laissés de côté : 1 relevé de 2024." in cap
    assert "Loire-Atlantique : relevé de 2024, plus ancien que ceux de 2025, donc pas de rang." in cap
    assert ("Base : 89 départements classés (4 sans compte, 7 avec un compte sans nombre "
            "d'abonnés).") in cap
    # the scatter draws the league table's readings: the same one left out, said
    cap = charts.scatter(s, "facebook").texts[-1].get_text()
    assert "Base : 89 départements de l'enquête." in cap
    assert "Plus anciens, laissés de côté : 1 relevé de 2024." in cap


def test_benchmark_compares_the_latest_year(cli, long_mod):
    s = bm.read_survey(long_mod)
    b = bm.benchmark(s, "44").set_index("platform")
    fb = b.loc["facebook"]
    assert fb["year"] == 2025 and fb["entity_year"] == 2024 and fb["n_set_aside"] == 1
    assert fb.isna()[["followers", "rank", "present"]].all() and fb["n_peers"] == 89
    assert b.loc["x", "rank"] == 20 and b.loc["x", "n_set_aside"] == 0
    assert b.attrs["years"] == [2025] and b.attrs["set_aside"] == {"facebook": {2024: 1}}
    out = cli("benchmark", "-e", "44", "-d", long_mod).stdout.splitlines()
    assert out[1] == ("Relevés comparés : 2025 (la dernière année de chaque réseau) ; plus "
                      "anciens, laissés de côté : Facebook : 1 relevé de 2024")
    assert out[3] == ("Facebook : pas de relevé de 2025 ; celui de 2024 est plus ancien, laissé "
                      "de côté (89 pairs avec un relevé de 2025)")
    rows = as_json(cli("benchmark", "-e", "44", "-d", long_mod, "--peers", "region",
                       "--format", "json"))
    assert {k: rows[1][k] for k in ("code", "name", "population", "collectivity_type", "peers",
                                    "peer_group", "year", "entity_year", "n_set_aside")} == {
        "code": "44", "name": "Loire-Atlantique", "population": 1487570,
        "collectivity_type": "departement", "peers": "region", "peer_group": "52",
        "year": 2025, "entity_year": 2025, "n_set_aside": 0}
    fig = charts.benchmark(s, "44")
    assert "Plus anciens, laissés de côté : Facebook : 1 relevé de 2024." in fig.texts[-1].get_text()
    said = {t.get_gid(): t.get_text() for ax in fig.axes for t in ax.texts}
    assert said["absent:followers:facebook"] == "relevé de 2024 laissé de côté"


def test_report_says_the_readings_ranked_and_set_aside(cli, long_mod, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", long_mod, "--entity", "44", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    cl = wb["Classement"]
    h = next(c.row for c in cl["A"] if c.value == "Réseau")  # below the notes (review 17a)
    head = [c.value for c in cl[h]]
    assert head[-1] == "Année du relevé"
    facebook = [r for r in cl.iter_rows(min_row=h + 1, values_only=True) if r[0] == "Facebook"]
    assert len(facebook) == 100 and {r[-1] for r in facebook} == {2025}
    assert "44" not in {r[1] for r in facebook}
    about = {r[0]: r[1] for r in wb["Sources et méthode"].iter_rows(values_only=True)}
    assert about["Classement et benchmark"].endswith(
        "; plus anciens, laissés de côté\u00a0: Facebook\u00a0: 1 relevé de 2024")
    bench = [r[0] for r in wb["Benchmark"].iter_rows(values_only=True)]
    assert "Facebook\u00a0: pas de relevé de 2025\u202f; celui de 2024 est plus ancien, laissé de côté" in bench
    assert "Plus anciens, laissés de côté\u00a0: Facebook\u00a0: 1 relevé de 2024" in bench


# "3" is 3 since session 36 (one rule for the numeric arguments, as year="2025"): "3a" here
@pytest.mark.parametrize("top", [0, -2, 2.5, True, "3a", "0"])
def test_rank_refuses_a_top_that_is_not_a_whole_number_of_at_least_one(top):
    s = bm.read_survey(LONG)
    with pytest.raises(UsageError, match="top doit être un nombre entier d'au moins 1"):
        bm.rank(s, "facebook", top=top)
    assert len(bm.rank(s, "facebook", top=3)) == 3


def test_rank_without_values_says_the_metric_in_words(cli, tmp_path):
    # Snapchat surveyed, no account anywhere (a platform never surveyed is refused with
    # the platforms of the file: tests/test_peers_lookup.py)
    lines = LONG.read_text(encoding="cp1252").splitlines()
    lines += ["01;Ain;Snapchat;Non;;15/10/2025", "02;Aisne;Snapchat;Non;;15/10/2025"]
    f = tmp_path / "snapchat.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fr = cli("rank", "--platform", "snapchat", "--data", f)
    assert fr.exit_code == 1
    assert fr.stderr == "barometre : aucun nombre d'abonnés pour Snapchat dans le fichier\n"
    en = cli("rank", "--platform", "snapchat", "--data", f, "--lang", "en", "-m",
             "followers_per_1000")
    assert en.stderr == ("barometre: no followers per 1,000 inhabitants for Snapchat "
                         "in the file\n")


def test_rank_of_an_undated_file_has_no_year_and_sets_nothing_aside(cli, tmp_path):
    f = tmp_path / "sans-date.csv"
    f.write_text("code;plateforme;present;abonnes\n01;Facebook;Oui;100\n02;Facebook;Oui;200\n"
                 "03;Facebook;Non;\n", encoding="utf-8")
    r = bm.rank(bm.read_survey(f, type="departement"), "facebook")
    assert r.attrs["year"] is None and r.attrs["set_aside"] == {} and list(r["code"]) == ["02", "01"]
    out = cli("rank", "-p", "facebook", "-d", f, "--type", "departement").stdout
    # the source line, then (league18) the note of a file without any reading date
    lines = out.rstrip().splitlines()
    assert lines[-2].endswith("Source : sans-date.csv")
    assert lines[-1].startswith("Année non précisée : le fichier ne donne aucune date de relevé")
    csv = cli("rank", "-p", "facebook", "-d", f, "--type", "departement", "--format", "csv")
    # no year, no date: empty cells, not « NaT »
    assert csv.stdout.splitlines()[1] == ("1,02,Aisne,200,523342,facebook,followers,,,False,False,,False,"
                                          "territory,2,0,1,0,0,0,0,0,0,sans-date.csv,False,"
                                          '"population municipale INSEE (populations légales 2023, '
                                          'en vigueur au 1er janvier 2026)"')  # json18: the counts; prov20: the file; s35: the population


def test_a_reading_of_unknown_year_is_set_aside_and_said(long_mod):
    s = bm.read_survey(long_mod)
    s.loc[(s["code"] == "31") & (s["platform"] == "facebook"), "year"] = pd.NA
    r = bm.rank(s, "facebook")
    assert r.attrs["set_aside"] == {2024: 1, None: 1} and "31" not in set(r["code"])
    from barometre.render.views import rank_table

    # a reading of no year is no older one: said in its own words (year18)
    assert rank_table(r).endswith(
        "plus anciens, laissés de côté : 1 relevé de 2024 ; 1 relevé sans année, non classé")
    assert rank_table(r, "en").endswith("older, set aside: 1 reading of 2024; 1 reading "
                                        "without a year, not ranked")
    t = bm.league_table(s)
    assert t.attrs["set_aside"]["facebook"] == {2024: 1, None: 1}
    assert t.attrs["years"]["facebook"] == 2025


ZERO = ("Code;Commune;Facebook;Abonnés Facebook\n"
        "55039;Beaumont-en-Verdunois;Oui;120\n55050;Bezonvaux;Oui;80\n"
        "55545;Verdun;Oui;9000\n55029;Bar-le-Duc;Oui;7000\n")


def test_a_ranking_per_1000_says_how_many_it_cannot_place(cli, tmp_path):
    """Two villages of the Meuse have 0 inhabitants (INSEE): no number per 1,000, so not
    ranked per 1,000, and said (they were left out silently); ranked by followers, they are."""
    path = tmp_path / "meuse.csv"
    path.write_text(ZERO, encoding="utf-8")
    s = bm.read_survey(path)
    r = bm.rank(s, "facebook", metric="followers_per_1000")
    assert list(r["code"]) == ["55545", "55029"]
    assert r.attrs["no_population"] == {"zero": 2, "unknown": 0}
    assert bm.rank(s, "facebook").attrs["n_ranked"] == 4
    said = f"2 collectivités avec un nombre d'abonnés mais 0 habitant : pas de rang pour 1{NN}000 habitants"
    out = cli("rank", "-p", "facebook", "-d", path, "-m", "followers_per_1000").stdout
    # the file has no reading date: its note last (league18), the footer's line before it
    assert out.rstrip().splitlines()[-2].endswith(f"Source : meuse.csv ; {said}")
    en = cli("rank", "-p", "facebook", "-d", path, "-m", "followers_per_1000", "--lang", "en")
    assert en.stdout.rstrip().splitlines()[-2].endswith(
        "2 entities with a follower count but 0 inhabitants: no rank per 1,000 inhabitants")
    assert en.stdout.rstrip().splitlines()[-1].startswith("Year not stated:")
    assert said in charts.ranking(r, survey=s).texts[-1].get_text()
    assert "pas de rang" not in cli("rank", "-p", "facebook", "-d", path).stdout


def test_a_benchmark_says_0_inhabitant_in_the_singular(cli, tmp_path):
    path = tmp_path / "meuse.csv"
    path.write_text(ZERO, encoding="utf-8")
    out = cli("benchmark", "-d", path, "-e", "Bezonvaux").stdout
    assert out.startswith("Bezonvaux (55050), 0 habitant — pairs")
    assert cli("benchmark", "-d", path, "-e", "55545").stdout.startswith(
        f"Verdun (55545), 16{NN}890 habitants — pairs")
    assert cli("benchmark", "-d", path, "-e", "Bezonvaux", "--lang", "en").stdout.startswith(
        "Bezonvaux (55050), 0 inhabitants — peers")


@pytest.fixture(scope="module")
def long_blank(tmp_path_factory):
    """The demo long file with the 2025 Facebook row of Loire-Atlantique (44) left blank
    (not answered): its latest reading, hiding its 2024 count (78 793)."""
    raw = LONG.read_bytes().split(b"\n")
    row = b"44;Loire-Atlantique;Facebook;Oui;90 583;15/10/2025"
    path = tmp_path_factory.mktemp("rank") / "long_blank.csv"
    path.write_bytes(b"\n".join(b"44;Loire-Atlantique;Facebook;;;15/10/2025"
                                if line.rstrip(b"\r") == row else line for line in raw))
    return path


def test_a_blank_row_of_the_year_ranked_is_not_answered_not_its_older_count_set_aside(
        cli, long_blank):
    """The 2024 count behind a blank 2025 row was neither ranked nor said: the footer read
    « relevés 2025 » alone; then it was said set aside (« plus anciens, laissés de côté : 1
    relevé de 2024 »), never « sans réponse ». Since blank18 the blank 2025 row is that
    year's reading, not answered, as with the 2025 wave alone: rank, benchmark, peer_group,
    league_table say « 1 sans réponse » and set nothing aside."""
    s = bm.read_survey(long_blank, errors="skip")
    r = bm.rank(s, "facebook")
    assert "44" not in set(r["code"]) and r.attrs["n_ranked"] == 89
    assert r.attrs["set_aside"] == {} and r.attrs["set_aside_codes"] == {}
    assert r.attrs["not_ranked"] == {"not_answered": 1, "absent": 4, "no_count": 7, "no_reading": 0}
    assert bm.rank(s, "facebook", entity="44").attrs["entity_not_ranked"] == "not_answered"
    assert bm.rank(s, "x").attrs["set_aside"] == {}  # its X row is answered
    b = bm.benchmark(s, "17")
    assert b.attrs["set_aside"] == {}
    fb = b.set_index("platform").loc["facebook"]
    assert (fb["n_set_aside"], fb["n_no_answer"], fb["no_answer_codes"]) == (0, 1, "44")
    from barometre.analysis.peers import peer_group

    assert peer_group(s, "17").attrs["set_aside"] == {}
    assert bm.league_table(s).attrs["set_aside"] == {}
    out = cli("rank", "--platform", "facebook", "--data", long_blank).stdout
    assert "89 départements classés (1 sans réponse, 4 sans compte" in out
    assert out.rstrip().endswith("relevés 2025")
