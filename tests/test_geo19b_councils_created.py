"""Councils that did not exist yet (rvgeo19 #3): before the Collectivité européenne
d'Alsace (1 January 2021) and the Collectivité de Corse (1 January 2018), 67, 68, 2A and 2B
each had their own council, account and population. A 2015 file of conseils généraux
(the reviewer's, tests/files/geo19b/departements-2015.csv) reads each as its own council;
``changes`` from 2015 to 2025 computes no growth from the conseil général's page to the
new council's."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

import barometre as bm
from barometre.datasets import reference

FILES = Path(__file__).parent / "files" / "geo19b"
D2015 = FILES / "departements-2015.csv"
DEMO_2025 = bm.demo_file("vague-2025")


def test_the_dates_are_data_with_their_laws():
    created = reference.council_created()
    assert {t: (c, str(d)) for t, (c, _, d) in created.items()} == {
        "2A": ("20R", "2018-01-01"), "2B": ("20R", "2018-01-01"),
        "67": ("6AE", "2021-01-01"), "68": ("6AE", "2021-01-01")}
    text = (Path(reference.__file__).parent.parent / "data" / "reference"
            / "councils_created.csv").read_text(encoding="utf-8")
    assert "loi n° 2019-816 du 2 août 2019" in text and "loi n° 2015-991" in text
    assert "art. 30" in text


def test_a_2015_file_reads_each_departement_as_its_own_council(cli):
    res = cli("validate", D2015, "--format", "json")
    assert json.loads(res.stdout) == []  # no « se contredisent », no « gardez le nombre »
    df = bm.read_survey(D2015)
    pop = df.drop_duplicates("code").set_index("code")["population"]
    deps = reference.departements().set_index("code")["population"]
    for code in ("67", "68", "2A", "2B"):
        assert pop[code] == deps[code]  # the département's, not the CeA's 1 934 548
    assert pop["69"] == 478313  # the Département du Rhône's: not dated in the data (2015)


def test_rank_divides_a_2015_reading_by_the_departements_population(cli):
    res = cli("rank", "-p", "facebook", "--metric", "followers_per_1000", "--data", D2015)
    assert res.exit_code == 0, res.output
    line = next(r for r in res.stdout.splitlines() if " 67 " in r)
    assert "Bas-Rhin" in line and "3,0" in line and "1\u202f163\u202f810" in line
    assert "Collectivité européenne d'Alsace" not in res.stdout
    assert "Collectivité de Corse" not in res.stdout


def test_a_reading_after_the_creation_keeps_the_councils_population(tmp_path):
    f = tmp_path / "d2021.csv"
    f.write_text(D2015.read_text(encoding="utf-8").replace("15/06/2015", "15/06/2021"),
                 encoding="utf-8")
    df = bm.read_survey(f)
    pop = df.drop_duplicates("code").set_index("code")["population"]
    assert pop["67"] == pop["68"] == 1934548
    assert pop["2A"] == pop["2B"] == 355486


def test_changes_refuses_the_growth_across_the_councils_creation(cli):
    res = cli("changes", "--data", D2015, "--data", DEMO_2025, "-p", "facebook")
    assert res.exit_code == 0, res.output
    assert ("Conseil changé entre les deux vagues : Bas-Rhin (67), « Collectivité européenne "
            "d'Alsace » (6AE) depuis le 1er janvier 2021 ; Corse-du-Sud (2A), « Collectivité de "
            "Corse » (20R) depuis le 1er janvier 2018") in res.stdout
    assert "(n = 63)" in res.stdout  # the 67 present in both waves, minus 67, 68, 2A, 2B
    w = bm.read_waves([D2015, DEMO_2025])
    t = bm.transitions(w, platforms="facebook")
    moved = t.set_index("code")
    for code in ("67", "68", "2A", "2B"):
        assert moved.loc[code, "status"] == "stayed"
        assert pd.isna(moved.loc[code, "growth"]) and pd.isna(moved.loc[code, "gain_per_1000"])
    assert not pd.isna(moved.loc["44", "growth"])
    assert [e["code"] for e in t.attrs["council_changed"]] == ["67", "2A", "68", "2B"]
    en = cli("changes", "--data", D2015, "--data", DEMO_2025, "-p", "facebook", "--lang", "en")
    assert ("Council changed between the two waves: Bas-Rhin (67), “Collectivité européenne "
            "d'Alsace” (6AE) since 1 January 2021") in en.stdout
