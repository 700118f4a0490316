"""Review 32: a benchmark's line of a platform said the entity « absent » where its peers in
the same state are « sans compte » (one word for one state), gave « 0 pair avec un nombre
d'abonnés » / "0 peer with a count", and gave no peers' context on the line of an entity with
an account but no count (« Instagram : compte sans nombre d'abonnés ») while the line of an
entity without an account did."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm

NNBSP = "\u202f"
DEMO = bm.demo_file("enquete")


def _line(out: str, platform: str) -> str:
    return next(x for x in out.splitlines() if x.startswith(platform)).replace(NNBSP, " ")


def test_no_peer_with_a_count_is_said_in_words(cli):
    fr = cli("benchmark", "--entity", "Finistère", "--data", DEMO, "--peers", "region").stdout
    assert _line(fr, "TikTok") == (
        "TikTok : sans compte (aucun pair avec un nombre d'abonnés ; 3 sans compte : "
        "Côtes-d'Armor, Ille-et-Vilaine, Morbihan)")
    en = cli("benchmark", "--entity", "Finistère", "--data", DEMO, "--peers", "region",
             "--lang", "en").stdout
    assert _line(en, "TikTok") == (
        "TikTok: without an account (no peer with a count; 3 without an account: "
        "Côtes-d'Armor, Ille-et-Vilaine, Morbihan)")
    from barometre.render.views import peers_counted

    # the family: one peer singular, several plural, none in words, in each language
    assert [peers_counted(n) for n in (0, 1, 2)] == ["aucun pair", "1 pair", "2 pairs"]
    assert [peers_counted(n, "en") for n in (0, 1, 2)] == ["no peer", "1 peer", "2 peers"]


def test_an_older_reading_counts_its_peers_by_the_same_rule():
    from barometre.render.views import bench_platform_line

    row = {"platform": "facebook", "year": 2025, "entity_year": 2024, "n_peers": 0,
           "present": True, "followers": 10}
    assert bench_platform_line(row)[0] == (
        "Facebook : pas de relevé de 2025 ; celui de 2024 est plus ancien, laissé de côté "
        "(aucun pair avec un relevé de 2025)")
    assert bench_platform_line({**row, "n_peers": 2}, "en")[0].endswith("(2 peers read in 2025)")


def test_one_word_per_state_and_the_peers_context_on_every_line(cli):
    fr = cli("benchmark", "--entity", "29", "--data", DEMO).stdout
    assert _line(fr, "X (ex-Twitter)") == (
        "X (ex-Twitter) : sans compte (77 pairs avec un nombre d'abonnés ; 19 sans compte, "
        "4 avec un compte sans nombre d'abonnés)")
    assert _line(fr, "Instagram") == (
        "Instagram : compte sans nombre d'abonnés (79 pairs avec un nombre d'abonnés ; "
        "1 sans réponse : Corse-du-Sud ; 16 sans compte ; 4 avec un compte sans nombre "
        "d'abonnés)")
    en = cli("benchmark", "--entity", "29", "--data", DEMO, "--lang", "en").stdout
    assert _line(en, "Instagram") == (
        "Instagram: account without a follower count (79 peers with a count; 1 not "
        "answered: Corse-du-Sud; 16 without an account; 4 with an account but no follower "
        "count)")
    assert " absent" not in fr + en


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_s_synthese_says_the_same(tmp_path, lang):
    s = bm.read_survey(DEMO)
    out = bm.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s, entity="29", lang=lang)
    ws = openpyxl.load_workbook(out).worksheets[0]
    cells = [c.value.replace(NNBSP, " ") for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    insta = next(v for v in cells if v.startswith("Instagram"))
    assert insta == ({"fr": "Instagram\u00a0: compte sans nombre d'abonnés (79 pairs avec un nombre "
                            "d'abonnés)",
                      "en": "Instagram: account without a follower count (79 peers with a "
                            "count)"}[lang])
    x = next(v for v in cells if v.startswith("X ("))
    assert x == {"fr": "X (ex-Twitter)\u00a0: sans compte (77 pairs avec un nombre d'abonnés)",
                 "en": "X (formerly Twitter): without an account (77 peers with a count)"}[lang]
