"""benchmark, rank and compare as a département's communicator uses them (review 17a):
a platform the file never surveyed, ``--peers strate`` where the bands divide nothing, the
councils named by their own name (Ville de Paris, CeA, Collectivité de Corse), how many a
ranking ranked, and the platforms asked that ``compare`` has no figure for."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.analysis.peers import peer_group
from barometre.domain.errors import NoDataError, UsageError
from tests.conftest import ROOT

DEMO = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"

#: a survey of départements on Facebook and TikTok (no account anywhere), no YouTube
ROWS = {"33": 250_000, "34": 40_000, "35": 30_000, "75": 90_000, "67": 80_000,
        "68": 20_000, "2A": 5_000, "2B": 6_000, "48": 1_000}


def _write(path, rows=ROWS, tiktok=True):
    lines = ["code;plateforme;présent;abonnés;date"]
    for code, n in rows.items():
        lines.append(f"{code};Facebook;Oui;{n};15/10/2025")
        if tiktok:
            lines.append(f"{code};TikTok;Non;;15/10/2025")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def deps(tmp_path):
    return _write(tmp_path / "departements.csv")


def _said(cli, *args):
    fr, en = cli(*args), cli(*args, "--lang", "en")
    return (fr.exit_code, fr.stderr, fr.stdout), (en.exit_code, en.stderr, en.stdout)


# --- 1. a platform the file never surveyed -----------------------------------------------

def test_benchmark_refuses_a_platform_the_file_never_surveyed_as_rank_does(cli, deps):
    # it said « YouTube : pas de donnée (0 pair avec un nombre d'abonnés) », exit 0
    fr, en = _said(cli, "benchmark", "--entity", "Gironde", "--data", deps, "-p", "youtube")
    assert fr[:2] == (1, "barometre : YouTube : réseau non relevé dans le fichier d'enquête "
                         "(aucune réponse) ; réseaux du fichier : Facebook, TikTok\n")
    assert en[:2] == (1, "barometre: YouTube: platform not surveyed in the survey file (no "
                         "answer); platforms of the file: Facebook, TikTok\n")
    assert cli("rank", "-p", "youtube", "--data", deps).stderr == fr[1]
    both = cli("benchmark", "--entity", "33", "--data", deps, "-p", "youtube", "-p", "snapchat",
               "-p", "facebook")
    assert both.exit_code == 1 and both.stderr.startswith(
        "barometre : YouTube, Snapchat : réseaux non relevés dans le fichier")
    s = bm.read_survey(deps)
    with pytest.raises(NoDataError) as exc:
        bm.benchmark(s, "33", platforms=["youtube"])
    assert exc.value.code == "peers-platform-not-surveyed"
    # surveyed, no count (every answer « Non »): still said, not refused
    ok = cli("benchmark", "--entity", "Gironde", "--data", deps, "-p", "tiktok")
    # s32: none said in words, and the entity's state in its peers' words
    assert ok.exit_code == 0 and ("\nTikTok : sans compte (aucun pair avec un nombre d'abonnés ; "
                                  "8 sans compte)\n") in ok.stdout


# --- 2. --peers strate -----------------------------------------------------------------

def test_peers_strate_refused_where_one_band_holds_the_type(cli, deps):
    # 100 of the 101 départements have ≥ 100 000 inhabitants: Lozère was « 1er sur 1 »
    fr, en = _said(cli, "benchmark", "--entity", "Lozère", "--data", deps, "--peers", "strate")
    assert fr[:2] == (2, "barometre : --peers strate ne départage pas les départements : 100 "
                         "sur 101 sont dans la même strate de population (100 000 "
                         # only the rules accepted here (rev27b): Lozère and Hérault, two
                         # of Occitanie in the file, too few for --peers region
                         "habitants ou plus) ; comparez avec « --peers type » ; "
                         # the route to "similar size" (review 19b)
                         "pour comparer sans l'effet de la taille : le nombre d'abonnés pour "
                         "1\u202f000 habitants, que benchmark donne (rank : --metric "
                         "followers_per_1000)\n")
    assert en[:2] == (2, "barometre: --peers strate does not divide the départements: 100 of "
                         "101 are in the same population band (100,000 inhabitants or more); "
                         "compare with “--peers type”; to compare "
                         "regardless of size: the followers per 1,000 inhabitants, which "
                         "benchmark gives (rank: --metric followers_per_1000)\n")
    with pytest.raises(UsageError) as exc:
        bm.benchmark(bm.read_survey(DEMO), "44", peers="strate")
    assert exc.value.code == "peers-strate-one-band"
    with pytest.raises(UsageError):
        peer_group(bm.read_survey(DEMO), "44", peers="strate")  # the chart's peers


def test_benchmark_head_names_the_band_and_the_region(cli, tmp_path):
    # villes préfectures: 10 in 10 000–19 999, Privas and Foix below, Nantes above
    rows = {"03190": 5000, "19272": 4000, "23096": 3000, "48095": 2000, "07186": 1000,
            "09122": 900, "44109": 250_000}
    lines = ["code;plateforme;présent;abonnés;date"] + [
        f"{c};Facebook;Oui;{n};15/10/2025" for c, n in rows.items()]
    f = tmp_path / "prefectures.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fr, en = _said(cli, "benchmark", "--entity", "19272", "--data", f, "--type",
                   "ville_prefecture", "--peers", "strate")
    assert fr[0] == 0 and fr[2].splitlines()[0] == (
        "Tulle (19272), 13\u202f401 habitants — pairs : les 4 villes préfectures de la même "
        "strate de population (10 000–19 999 habitants) dans le fichier")  # as the report
    assert "Facebook : 4\u202f000 abonnés, 2e sur 4," in fr[2]  # Moulins, Tulle, Guéret, Mende
    assert en[2].splitlines()[0].endswith(
        "peers: the 4 prefecture cities of the same population band (10,000–19,999 "
        "inhabitants) in the file")
    # Gironde with two départements of its région (alone, « 1er sur 1 », it is refused: peers17)
    region = cli("benchmark", "--entity", "Gironde", "--data",
                 _write(tmp_path / "d.csv", {**ROWS, "24": 3_000, "40": 4_000}), "--peers", "region")
    assert region.stdout.splitlines()[0].endswith(
        "pairs : les 3 départements de la même région, Nouvelle-Aquitaine, dans le fichier")


# --- 3. councils by their own name -------------------------------------------------------

def test_councils_named_by_their_own_name_find_their_rows(cli, deps):
    fr = cli("benchmark", "--entity", "Ville de Paris", "--data", deps)
    assert fr.exit_code == 0 and fr.stdout.startswith("Paris (75), 2\u202f103\u202f778 habitants")
    assert "Facebook : 90\u202f000 abonnés" in fr.stdout
    for name in ("CeA", "Collectivité européenne d'Alsace"):
        fr, en = _said(cli, "benchmark", "--entity", name, "--data", deps)
        assert fr[:2] == (1, "barometre : Collectivité européenne d'Alsace (6AE) : ses comptes "
                             "sont sur 2 lignes du fichier d'enquête, Bas-Rhin (67) et Haut-Rhin "
                             "(68) ; donnez l'une d'elles : « --entity 67 » ou « --entity 68 »\n")
        assert en[:2] == (1, "barometre: Collectivité européenne d'Alsace (6AE): its accounts "
                             "are on 2 rows of the survey file, Bas-Rhin (67) and Haut-Rhin (68); "
                             "give one of them: “--entity 67” or “--entity 68”\n")
    corse = cli("benchmark", "--entity", "Collectivité de Corse", "--data", deps)
    assert corse.exit_code == 1 and corse.stderr.endswith(
        "Corse-du-Sud (2A) et Haute-Corse (2B) ; donnez l'une d'elles : « --entity 2A » ou "
        "« --entity 2B »\n")
    # one row of the two in the file: that one
    only = _write(deps.parent / "sans68.csv", {k: v for k, v in ROWS.items() if k not in ("68", "2B")})
    s = bm.read_survey(only)
    assert bm.benchmark(s, "CeA").attrs["code"] == "67"
    assert bm.benchmark(s, "Collectivité de Corse").attrs["code"] == "2A"


def test_an_entity_of_another_type_says_its_type(cli, deps):
    fr, en = _said(cli, "benchmark", "--entity", "Nouvelle-Aquitaine", "--data", deps)
    assert fr[:2] == (1, "barometre : Nouvelle-Aquitaine (75) est une région, pas un "
                         "département : le fichier d'enquête est une enquête de départements\n")
    assert en[:2] == (1, "barometre: Nouvelle-Aquitaine (75) is a region, not a département: "
                         "the survey file surveys départements\n")
    bdx = cli("benchmark", "--entity", "Bordeaux", "--data", deps)
    assert bdx.stderr.startswith("barometre : Bordeaux (33063) est une commune, pas un département")
    # a typo stays the unknown name with its closest
    assert "les plus proches : Gironde (33)" in cli("benchmark", "--entity", "Girond",
                                                    "--data", deps).stderr
    # « Bretagne », a région and the name of communes: the région, as Nouvelle-Aquitaine
    fr, en = _said(cli, "benchmark", "--entity", "Bretagne", "--data", deps)
    assert fr[:2] == (1, "barometre : Bretagne (53) est une région, pas un département : le "
                         "fichier d'enquête est une enquête de départements\n")
    assert en[1] == ("barometre: Bretagne (53) is a region, not a département: the survey "
                     "file surveys départements\n")
    assert cli("rank", "-p", "facebook", "--entity", "bretagne", "--data", deps
               ).stderr.startswith("barometre : Bretagne (53) est une région, pas un département")


def test_a_wrong_type_says_the_type_the_file_holds(cli, tmp_path):
    """--type region on a file of départements (its title above the header): the type its
    columns say, and what to type, rather than « attendu une colonne code ou nom »."""
    f = tmp_path / "suivi.csv"
    f.write_text("Suivi des Départements;;\nCode département;Département;Facebook\n"
                 "29;Finistère;Oui\n22;Côtes-d'Armor;Non\n", encoding="utf-8")
    fr, en = _said(cli, "benchmark", "--entity", "Finistère", "--data", f, "--type", "region")
    assert fr[0] == 1 and fr[1].startswith(
        "barometre : suivi.csv : pas de colonne d'entité pour le type « région » : ce fichier "
        "porte sur des départements (« Code département ») : --type departement, ou sans "
        "--type ; en-tête lu ligne 2 : « Code département »")
    assert en[1].startswith(
        "barometre: suivi.csv: no entity column for type “region”: this file is about "
        "départements (“Code département”): --type departement, or no --type; header read on "
        "line 2")
    [p] = bm.validate(f, type="region")
    assert p.code == "no-entity-column-of-type"  # the code unchanged


# --- 4. rank: how many ranked, ties beyond --top --------------------------------------------

def test_rank_says_how_many_were_ranked_and_the_ties_beyond_top(cli, tmp_path):
    lines = ["code;plateforme;présent;abonnés;date"]
    for i, code in enumerate(["01", "02", "03", "04", "05", "06"]):
        lines.append(f"{code};Instagram;Oui;{[900, 500, 500, 500, 100, 50][i]};15/10/2025")
    lines += ["07;Instagram;Non;;15/10/2025", "08;Instagram;Non;;15/10/2025",
              "09;Instagram;;;15/10/2025", "10;Instagram;Oui;;15/10/2025"]
    f = tmp_path / "rang.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fr = cli("rank", "-p", "instagram", "--data", f, "--top", "2")
    assert fr.exit_code == 0
    out = fr.stdout.splitlines()
    assert sum(1 for x in out if x.lstrip().startswith(("1 ", "2 "))) == 4  # 1, then 2 ×3
    assert any(x.startswith("6 départements classés (1 sans réponse, 2 sans compte, 1 avec un "
                            "compte sans nombre d'abonnés)") for x in out)
    assert "--top 2 : 4 lignes, ex aequo compris" in out
    en = cli("rank", "-p", "instagram", "--data", f, "--top", "2", "--lang", "en").stdout
    assert ("6 départements ranked (1 not answered, 2 without an account, 1 with an account "
            "but no follower count) of the 10 in the file (101 in France)") in en.splitlines()
    assert "--top 2: 4 rows, ties included" in en.splitlines()
    # no tie past the top: no such note; CSV/JSON unchanged (data only)
    assert "ex aequo" not in cli("rank", "-p", "instagram", "--data", f, "--top", "1").stdout
    js = cli("rank", "-p", "instagram", "--data", f, "--format", "json").stdout
    assert "classés" not in js and '"not_ranked"' not in js
    r = bm.rank(bm.read_survey(f), "instagram", top=2)
    assert r.attrs["not_ranked"] == {"not_answered": 1, "absent": 2, "no_count": 1, "no_reading": 0}
    assert (r.attrs["n_ranked"], r.attrs["top"], len(r)) == (6, 2, 4)


# --- 5. compare: the platforms asked without a figure ---------------------------------------

def test_compare_names_the_platforms_asked_without_a_figure(cli):
    out = cli("compare", "--type", "departement", "-p", "instagram", "-p", "linkedin")
    assert out.exit_code == 0
    assert "Sans chiffre publié pour les départements : LinkedIn." in out.stdout.splitlines()
    en = cli("compare", "--type", "departement", "-p", "instagram", "-p", "linkedin",
             "--lang", "en").stdout
    assert "No published figure for départements: LinkedIn." in en.splitlines()
    # a platform with figures of other years only: said too, not dropped silently
    fb = cli("compare", "--type", "departement", "-p", "instagram", "-p", "facebook").stdout
    assert ("Hors de cette comparaison, chiffres des départements d'autres années, sources ou "
            "mesures (--year, --source ou --all-sources pour les voir) : Facebook (2011, 2012, "
            "2013, 2015).") in fb.splitlines()
    fr, en = _said(cli, "compare", "--type", "departement", "-p", "linkedin")
    assert fr[:2] == (1, "barometre : aucun chiffre pour le type « département » pour ces "
                         "réseaux ; réseaux avec un chiffre publié pour ce type : Facebook, "
                         "X (ex-Twitter), Instagram, au moins un réseau\n")
    assert en[0] == 1 and en[1].startswith(
        "barometre: no figure for type “département” for these platforms; platforms with a "
        "published figure for this type: Facebook, X (formerly Twitter), Instagram")
    c = bm.compare("departement", platforms=["instagram", "linkedin"])
    assert c.attrs["platforms_without_figure"] == ["linkedin"]
    assert c.attrs["platforms_elsewhere"] == {}
