"""Review com19, findings 4 and 5: a council that is no more, the population a benchmark
divides by named as whose it is, and one council counted once said in the base."""

from __future__ import annotations

import json
from pathlib import Path

import barometre as bm

FILES = Path(__file__).resolve().parent / "files" / "rvcom19b"
DEMO = bm.demo_file("enquete")


def test_cd2b_is_todays_council_and_says_the_old_one_is_no_more(cli):
    """Before: « CD2B » gave the territory 2B, 187 180 inhabitants, population_of territory,
    no word (« CD69 » gave the council 69D)."""
    for text in ("CD2B", "Conseil départemental de la Haute-Corse"):
        res = cli("resolve", text, "--format", "json")
        assert res.exit_code == 0, res.output
        rec = json.loads(res.stdout)[0]
        assert (rec["code"], rec["population"], rec["population_of"], rec["role"]) == (
            "20R", 355486, "council", "collectivite_unique")
        assert rec["former_name"] == text
        assert ("le conseil départemental de Haute-Corse (2B) n'existe plus depuis le 1er "
                "janvier 2018") in res.stderr
        assert "Collectivité de Corse (20R" in res.stderr
    en = cli("resolve", "CD2B", "--lang", "en")
    assert "has not existed since 1 January 2018" in en.stderr
    assert bm.reference.resolve("CD69").code == "69D"  # as before


def test_benchmark_first_line_names_whose_population_it_is(cli):
    """Before: « Haute-Corse (2B), 355 486 habitants » (all of Corsica, under 2B's name),
    « Rhône (69), 478 313 habitants »."""
    res = cli("benchmark", "--entity", "CD2B", "--data", str(DEMO), "-p", "instagram")
    assert res.exit_code == 0, res.output
    first = res.stdout.splitlines()[0]
    assert first.startswith("Haute-Corse (2B) : compte de la Collectivité de Corse (20R), "
                            "355\u202f486 habitants — pairs")
    res = cli("benchmark", "-e", "Rhône", "--data", str(DEMO), "-p", "instagram")
    assert res.stdout.splitlines()[0].startswith(
        "Rhône (69) : compte du Département du Rhône (69D), 478\u202f313 habitants")
    res = cli("benchmark", "-e", "44", "--data", str(DEMO), "-p", "instagram")
    assert res.stdout.splitlines()[0].startswith("Loire-Atlantique (44), 1\u202f487\u202f570 hab")
