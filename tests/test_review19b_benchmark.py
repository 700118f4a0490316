"""``benchmark`` and ``chart benchmark`` as a département's communication officer reads them
(review 19b): the peers not ranked said in a ranking's words (Ille-et-Vilaine's Instagram
cell left blank: « 2e sur 3 » said nothing of the fourth), the councils' populations behind a
peer's number per 1,000 inhabitants, and the entity's rounded count (« 12,5 k ») marked « ≈ »
in the chart, whose log axis has round ticks between the decades."""

from __future__ import annotations

import pytest

import barometre as bm

#: the reviewer's file, cut to what matters: Bretagne's four départements (Ille-et-Vilaine's
#: Instagram left blank, Finistère's count abbreviated « 12,5 k »), the Rhône (its council's
#: population, 69D) and the Lozère (no Instagram account)
SUIVI = """Code département;Département;Facebook - présence;Facebook - abonnés;\
Instagram - présence;Abonnés Insta;Date du relevé
29;Finistère;Oui;62 400;oui;12,5 k;15/10/2025
35;Ille-et-Vilaine;Oui;85 323;;;15/10/2025
56;Morbihan;Oui;41 200;Oui;17713;15/10/2025
22;Côtes-d'Armor;oui;20 407;oui;3 200;15/10/2025
69;Rhône;Oui;136 835;Oui;21926;15/10/2025
48;Lozère;Oui;1897;non;;15/10/2025
"""


@pytest.fixture
def suivi(tmp_path):
    p = tmp_path / "suivi.csv"
    p.write_text(SUIVI, encoding="utf-8")
    return p


def _line(out: str, platform: str) -> str:
    return next(x for x in out.splitlines() if x.startswith(platform))


# --- 1. the peers not ranked -----------------------------------------------------------

def test_benchmark_says_which_peers_are_not_ranked_and_why(cli, suivi):
    out = cli("benchmark", "--entity", "29", "--data", suivi, "--peers", "region",
              "-p", "instagram")
    assert out.exit_code == 0, out.output
    # « 2e sur 3 » of the 4 départements of Bretagne: the fourth named, with rank's words
    assert _line(out.stdout, "Instagram").startswith(
        "Instagram : ≈\u202f12\u202f500 abonnés, 2e sur 3 (1 sans réponse : Ille-et-Vilaine), "
        "indice 100 ;")
    # rank --peers region says the same of the same group
    rank = cli("rank", "--entity", "29", "--data", suivi, "--peers", "region", "-p", "instagram")
    assert "3 départements de la région Bretagne classés (1 sans réponse)" in rank.stdout
    en = cli("benchmark", "--entity", "29", "--data", suivi, "--peers", "region",
             "-p", "instagram", "--lang", "en").stdout
    assert "2nd of 3 (1 not answered: Ille-et-Vilaine), index 100;" in en
    # the whole type: reasons apart, a peer without an account named too
    out = cli("benchmark", "--entity", "56", "--data", suivi, "-p", "instagram").stdout
    assert "2e sur 4 (1 sans réponse : Ille-et-Vilaine ; 1 sans compte : Lozère)" in out
    # the entity without an account: its peers' counts, and those not ranked
    out = cli("benchmark", "--entity", "48", "--data", suivi, "-p", "instagram").stdout
    assert _line(out, "Instagram") == ("Instagram : sans compte (4 pairs avec un nombre d'abonnés ; "
                                       "1 sans réponse : Ille-et-Vilaine)")


def test_benchmark_counts_the_peers_not_ranked_as_rank_does(suivi):
    from barometre.analysis.peers import not_ranked_peers

    s = bm.read_survey(suivi)
    b = bm.benchmark(s, "56").set_index("platform")  # columns, no longer attrs (bench16)
    r = bm.rank(s, "instagram")
    insta = not_ranked_peers(b.loc["instagram"])
    assert {k: n for k, (n, _, _) in insta.items()} == r.attrs["not_ranked"] == {
        "not_answered": 1, "absent": 1, "no_count": 0, "no_reading": 0}
    assert {k: names for k, (n, _, names) in insta.items() if n} == {
        "not_answered": ["Ille-et-Vilaine"], "absent": ["Lozère"]}
    assert {k: n for k, (n, _, _) in not_ranked_peers(b.loc["facebook"]).items()} == {
        "not_answered": 0, "absent": 0, "no_count": 0, "no_reading": 0}


def test_benchmark_chart_names_the_peers_not_ranked(suivi):
    s = bm.read_survey(suivi)
    fig = bm.charts.benchmark(s, "29", peers="region")
    cap = fig.get_supxlabel().replace("\n", " ")
    # counted only since slide16 (the names are in the table and the report, said where)
    assert ("Pairs non classés (sans réponse, sans compte, sans nombre d'abonnés ou sans relevé du réseau) : "
            "Instagram 1.") in cap and "feuille Benchmark" not in cap  # M37: no report made
    en = bm.charts.benchmark(s, "29", peers="region", lang="en").get_supxlabel()
    assert ("Peers not ranked (no answer, no account, no follower count or no reading of the platform): "
            "Instagram 1.") in \
        en.replace("\n", " ")
    # every peer ranked: no such note
    fig = bm.charts.benchmark(s, "29", platforms=["facebook"], peers="region")
    assert "non classés" not in fig.get_supxlabel()


# --- 2. a peer's council population ----------------------------------------------------

def test_benchmark_says_a_peers_council_population(cli, suivi):
    note = ("Population du conseil, non du territoire : Rhône (69) : « Département du Rhône » "
            "(69D), 478\u202f313 habitants (territoire : 1\u202f914\u202f667)")
    # the Morbihan among all the départements: the Rhône's per 1,000 (286) is in its rank
    out = cli("benchmark", "--entity", "56", "--data", suivi).stdout
    assert note in out
    cap = bm.charts.benchmark(bm.read_survey(suivi), "56").get_supxlabel().replace("\n", " ")
    # the chart says it in one short sentence since slide16 (the table keeps the numbers)
    assert "Population du conseil, non du territoire, pour 69 (Département du Rhône)." in cap
    # among the départements of Bretagne: no council's population, no note
    out = cli("benchmark", "--entity", "56", "--data", suivi, "--peers", "region").stdout
    assert "Population du conseil" not in out


# --- 4. the chart: ≈ on the entity's rounded count, round ticks on the log axis ---------

def _texts(fig, prefix):
    return {t.get_gid(): t.get_text() for ax in fig.axes for t in ax.texts
            if (t.get_gid() or "").startswith(prefix)}


def test_benchmark_chart_marks_the_entitys_rounded_count(suivi):
    fig = bm.charts.benchmark(bm.read_survey(suivi), "29", peers="region")
    ranks = _texts(fig, "rank:")
    assert ranks["rank:followers:instagram"] == "2e sur 3\n≈\u202f12\u202f500"
    assert ranks["rank:per_1000:instagram"] == "2e sur 3\n≈\u202f13,4"
    assert ranks["rank:followers:facebook"] == "2e sur 4"  # « 62 400 »: exact
    assert ("≈ : 1 nombre d'abonnés abrégé dans le fichier"
            in fig.get_supxlabel().replace("\n", " "))


def test_benchmark_chart_log_axis_has_round_ticks_between_the_decades(suivi):
    fig = bm.charts.benchmark(bm.read_survey(suivi), "29", peers="region")
    ax = fig.axes[0]
    lo, hi = ax.get_xlim()
    ticks = [t for t in ax.xaxis.get_major_locator()() if lo <= t <= hi]
    assert {5_000, 20_000, 50_000} <= set(ticks), ticks
    fmt = ax.xaxis.get_major_formatter()
    assert [fmt(t) for t in ticks if t in (5_000, 20_000)] == ["5\u202f000", "20\u202f000"]
