"""Review 19a, finding 1: a 2025 answer without a count ("Non", "Inactif") hid nothing.

Rankings set aside an older count "hidden" behind a latest row without one; the test was
"no count", so a département that said « Non » in 2025 (left the platform) or « Inactif »
without a count was said to be "plus anciens, laissés de côté : 1 relevé de 2024" and taken
out of the base's « sans compte ». Since blank18, a row left blank in 2025 (not answered)
hides nothing either: it is « sans réponse » in 2025, as with the 2025 wave alone, its 2024
count not set aside (an older blank row still hides: tests/test_blank_year_compared.py).
The fixture copies the Facebook pattern of the reviewer's file (60 départements).
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm

#: code -> (2024 presence, 2024 count, 2025 presence, 2025 count) of the reviewer's
#: enquete-60dep-propre.csv, Facebook rows without a count in one year
SPECIAL = {
    "04": ("Oui", "1 554", "", ""),          # left blank in 2025: « sans réponse »
    "43": ("Oui", "11 410", "", ""),         # idem
    "2B": ("Oui", "6 389", "Inactif", ""),   # an account without a count in 2025
    "30": ("Oui", "15 002", "Non", ""),      # left Facebook in 2025 (5 of them)
    "46": ("Oui", "4 210", "Non", ""),
    "62": ("Oui", "30 118", "Non", ""),
    "72": ("Oui", "12 034", "Non", ""),
    "82": ("Oui", "8 870", "Non", ""),
    "40": ("Non", "", "Non", ""),            # never there
    "39": ("Non", "", "Oui", "3 120"),       # joined in 2025 (3 of them)
    "71": ("Non", "", "Oui", "9 480"),
    "85": ("Non", "", "Oui", "14 205"),
    "54": ("", "", "Oui", "52 000"),         # blank in 2024, a count in 2025
}


@pytest.fixture(scope="module")
def sixty(tmp_path_factory):
    """60 départements, Facebook in 2024 and 2025 (the 13 of SPECIAL, 47 with two counts)."""
    from barometre import reference

    ents = reference.entities("departement").set_index("code")["name"]
    fill = [c for c in ents.index if c not in SPECIAL and c != "69"][:46] + ["69"]
    lines = ["Code;Département;Réseau;Présence;Nombre d'abonnés;Date du relevé"]
    for i, code in enumerate(list(SPECIAL) + fill):
        p24, n24, p25, n25 = SPECIAL.get(code) or (
            "Oui", str(2000 + 613 * i), "Oui", str(2100 + 677 * i))
        lines += [f"{code};{ents[code]};Facebook;{p24};{n24};15/10/2024",
                  f"{code};{ents[code]};Facebook;{p25};{n25};15/10/2025"]
    path = tmp_path_factory.mktemp("review19a") / "enquete-60dep.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_no_in_2025_is_absent_not_an_older_count_set_aside(sixty):
    """Before: not_ranked {'not_answered': 0, 'absent': 1, 'no_count': 0}, set_aside
    {2024: 8} (04, 2B, 30, 43, 46, 62, 72, 82). Now the five « Non » are absent, « Inactif »
    is an account without a count, and the two rows left blank are « sans réponse » in
    2025 (blank18: they no longer hide their 2024 count, set aside)."""
    s = bm.read_survey(sixty)
    for metric in ("followers", "followers_per_1000"):
        r = bm.rank(s, "facebook", metric=metric)
        assert r.attrs["n_ranked"] == 51
        assert r.attrs["not_ranked"] == {"not_answered": 2, "absent": 6, "no_count": 1, "no_reading": 0}
        assert r.attrs["set_aside"] == {}
        assert r.attrs["set_aside_codes"] == {}
    b = bm.benchmark(s, "69")
    assert b.attrs["set_aside"] == {}
    fb = b.set_index("platform").loc["facebook"]
    assert (fb["n_set_aside"], fb["n_no_answer"], fb["no_answer_codes"]) == (0, 2, "04;43")
    assert bm.league_table(s).attrs["set_aside"] == {}
    from barometre.analysis.peers import peer_group

    assert peer_group(s, "69").attrs["set_aside"] == {}
    # the changes agree: 5 left, 3 joined
    c = bm.changes(bm.read_waves(sixty)).set_index("platform").loc["facebook"]
    assert (c["left"], c["joined"]) == (5, 3)


def test_the_rank_footer_counts_the_no_as_without_an_account(cli, sixty):
    """« 51 départements classés (1 sans compte) … laissés de côté : 8 relevés de 2024 »;
    now (blank18) the two rows left blank in 2025 are « sans réponse », nothing set aside."""
    out = cli("rank", "--data", sixty, "--platform", "facebook",
              "--metric", "followers_per_1000", "--top", "5").stdout
    assert ("51 départements classés (2 sans réponse, 6 sans compte, 1 avec un compte sans "
            "nombre d'abonnés)") in out
    assert out.rstrip().endswith("relevés 2025")
    assert "laissés de côté" not in out
    gard = cli("rank", "--data", sixty, "--platform", "facebook", "--top", "3",
               "--entity", "30").stdout
    assert "Gard : sans compte sur Facebook, donc pas de rang" in gard  # « Non » in 2025


def _caption(fig) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))
                     if "Older, set aside" in t.get_text())


def _texts(fig) -> str:
    return "\n".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


def test_the_charts_captions_set_nothing_aside(sixty):
    """The ranking, benchmark and scatter captions said « 8 readings of 2024 », then (the
    rows left blank in 2025 hiding their 2024 count) « 2 readings of 2024 »; since blank18
    those two are « not answered » in 2025 and nothing is set aside."""
    s = bm.read_survey(sixty)
    ranking = bm.charts.ranking(bm.rank(s, "facebook", metric="followers_per_1000"),
                                lang="en")
    assert ("Base: 51 départements ranked (2 not answered, 6 without an account, 1 with an "
            "account but no follower count) of the ") in _texts(ranking)
    bench = bm.charts.benchmark(s, "69", lang="en")
    # 2 not answered, 6 absent, 1 no count; no « detail: … sheet of the report » (M37: a
    # chart drawn alone has no report)
    assert "or no reading of the platform): Facebook 9.\n" in _texts(bench)
    scatter = bm.charts.scatter(s, "facebook", lang="en", focus="69")
    for fig in (ranking, bench, scatter):
        assert _caption(fig) == ""


def test_the_report_benchmark_and_method_set_nothing_aside(cli, sixty, tmp_path):
    """The report's Benchmark and Sources et méthode said « Facebook : 8 relevés de 2024 »
    while its Mouvements said 5 départements left Facebook; then « 2 relevés de 2024 » (the
    rows left blank in 2025), since blank18 « 2 sans réponse » in 2025."""
    out = tmp_path / "r60.xlsx"
    res = cli("report", "--data", sixty, "--entity", "69", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)

    def cells(sheet):
        return [v for row in wb[sheet].iter_rows(values_only=True) for v in row
                if isinstance(v, str)]

    assert not any("laissés de côté" in v for sheet in ("Benchmark", "Sources et méthode")
                   for v in cells(sheet))
    assert any(v.startswith("Facebook\u00a0: 2 sans réponse\u00a0: Alpes-de-Haute-Provence, Haute-Loire")
               for v in cells("Benchmark"))
    # the Mouvements sheet agrees: 5 left, and the two rows left blank are not comparable
    rows = list(wb["Mouvements"].iter_rows(values_only=True))
    assert rows[2][:5] == ("Réseau", "Arrivées", "Départs", "Restés présents", "Non comparables")
    assert rows[3][:5] == ("Facebook", 3, 5, 48, 3)
    moves = {(r[1], r[3]) for r in rows if r and r[0] == "Facebook" and r[1]}
    assert {("04", "Non comparables"), ("43", "Non comparables"), ("30", "Départs")} <= moves
    assert not any("8 relevés" in v or "7 relevés" in v for sheet in wb.sheetnames
                   for v in cells(sheet))
