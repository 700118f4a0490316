"""Review com19, findings 4 and 5: a council that is no more, the population a benchmark
divides by named as whose it is, and one council counted once said in the base."""

from __future__ import annotations

import json
from pathlib import Path

import barometre as bm
from barometre.render.excel.cells import typeset

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


def test_one_council_counted_once_is_said_in_the_base_and_named_once(cli, tmp_path):
    """Before: « pairs : les 12 départements du fichier » beside « 1er sur 11 » with no
    reason; « Haute-Corse » in benchmark, its chart and Synthèse, « Collectivité de Corse
    (2A, 2B) » in rank and Classement; the Benchmark sheet's « Pairs (n) 11 » unexplained."""
    import openpyxl

    data = FILES / "pairs-dep.csv"
    res = cli("benchmark", "-e", "CD2B", "-d", data)
    assert res.exit_code == 0, res.output
    first = res.stdout.splitlines()[0]
    assert first.startswith("Collectivité de Corse (2A, 2B), 355\u202f486 habitants")
    assert first.endswith("les 12 départements du fichier (sur 101 en France), dont 2A et 2B : "
                          "un seul compte, classé une fois")
    assert "Facebook : 52\u202f000 abonnés, 1er sur 11" in res.stdout
    other = cli("benchmark", "-e", "48", "-d", data)  # any entity's base: 12 rows, 11 ranked
    assert "dont 2A et 2B : un seul compte, classé une fois" in other.stdout.splitlines()[0]

    fig = bm.charts.benchmark(bm.read_survey(data), "CD2B")
    assert fig.get_suptitle().startswith("Collectivité de Corse (2A, 2B)")
    assert "dont 2A et 2B : un seul compte, classé une fois" in fig.get_supxlabel()

    out = tmp_path / "rapport-2b.xlsx"
    res = cli("report", "-d", data, "-e", "CD2B", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)

    def texts(sheet):
        return [v for row in wb[sheet].iter_rows(values_only=True) for v in row
                if isinstance(v, str)]

    synth, bench, classement = texts("Synthèse"), texts("Benchmark"), texts("Classement")
    assert typeset("Benchmark : Collectivité de Corse (2A, 2B), 2025", "fr") in synth
    assert not any("Haute-Corse" in v for v in synth)
    assert any(v.endswith(typeset("dont 2A et 2B : un seul compte, classé une fois", "fr")) for v in synth)
    assert bench[0] == "Collectivité de Corse (2A, 2B)"
    assert any(v.endswith(typeset("dont 2A et 2B : un seul compte, classé une fois", "fr")) for v in bench)
    assert any(v.startswith("Un conseil pour deux départements, un seul compte, classé une "
                            "fois") for v in bench)
    assert "Surlignées\u00a0: les lignes de Collectivité de Corse (2A, 2B)." in classement
