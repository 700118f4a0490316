"""What a review of the session's fixes found (rvver19): a correct file refused, a wrong
number left, a crash on a common call, a French elision. Files: tests/files/rvver19 (the
reviewer's: the 101 départements beside the région each is in; 101 départements read in
2017, 2019, 2020, 2021, 2023 and 2025, invented counts)."""

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import barometre as bm

FILES = Path(__file__).parent / "files" / "rvver19"


def test_departements_beside_their_region_stay_departements(cli):
    """« Code;Région » made a file of régions whatever its codes (geo19a): the 101
    départements beside « Auvergne-Rhône-Alpes »… got 101 errors (« aucune collectivité de
    type « région » n'a le code « 05 » »). The header settles a tie, never the codes."""
    path = FILES / "deps_name_is_region.csv"
    res = cli("validate", path)
    assert res.exit_code == 0, res.stdout
    s = bm.read_survey(path)
    assert set(s["collectivity_type"]) == {"departement"} and s["code"].nunique() == 101


def test_a_reading_before_its_council_divides_by_the_territory_in_a_multi_year_file(cli, tmp_path):
    """One population per entity: 67 read in 2017…2025 had the CeA's 1,934,548 in every
    year, so its 2020 reading, before the CeA (1 January 2021), divided by it (« 11,5 pour
    1 000 », the Bas-Rhin's own council served 1,163,810: 19,2)."""
    path = FILES / "deps_multi.csv"
    s = bm.read_survey(path)
    r = bm.rank(s, "facebook", year=2020)
    row = r[r["code"] == "67"].iloc[0]
    assert (int(row["population"]), row["population_of"]) == (1163810, "territory")
    corse = bm.rank(s, "facebook", year=2017)
    assert corse.loc[corse["code"] == "2A", "population"].iloc[0] == 168306  # before 2018
    later = bm.rank(s, "facebook", year=2025)  # the CeA: one council, its population
    assert later.loc[later["code"] == "6AE", "population"].iloc[0] == 1934548
    b = bm.benchmark(s, "67", year=2020)
    fb = b[b["platform"] == "facebook"].iloc[0]
    assert int(fb["population"]) == 1163810 and fb["population_of"] == "territory"
    assert round(float(fb["followers_per_1000"]), 1) == 19.2
    out = tmp_path / "r.xlsx"
    assert cli("report", "-d", path, "--year", "2020", "-e", "67", "-o", out).exit_code == 0
    rows = list(openpyxl.load_workbook(out)["Classement"].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] == "Réseau")
    bas_rhin = next(r for r in rows[head + 1:] if r[0] == "Facebook" and r[1] == "67")
    assert bas_rhin[3:5] == (1163810, "territoire")


def test_two_frames_concatenated_without_ignore_index_rank_as_with_it():
    """pd.concat([a, b]) (row labels repeated): « cannot reindex on an axis with duplicate
    labels » from rank, league_table, write_report; now the same as with ignore_index."""
    a = bm.read_survey(bm.demo_file("vague-2024"))
    b = bm.read_survey(bm.demo_file("vague-2025"))
    plain, numbered = pd.concat([a, b]), pd.concat([a, b], ignore_index=True)
    assert bm.rank(plain, "facebook").equals(bm.rank(numbered, "facebook"))
    assert bm.league_table(plain).equals(bm.league_table(numbered))


@pytest.mark.parametrize("name, said", [
    ("LRMP", "« LRMP » : nom provisoire (2016) de la région Occitanie (76), formée le 1er janvier 2016"),
    ("ACAL", "« ACAL » : nom provisoire (2016) de la région Grand Est (44), formée le 1er janvier 2016")])
def test_a_provisional_name_elides(cli, name, said):
    res = cli("resolve", name)
    assert res.exit_code == 1 and res.stderr.startswith(f"barometre : {said}")
