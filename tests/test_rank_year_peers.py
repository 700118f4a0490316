"""``rank`` among an entity's peers and of one year, ``benchmark --year``: the table a
communicator pastes beside the chart they already drew with ``chart ranking --peers``."""

from __future__ import annotations

import json

import pytest

import barometre as bm
from barometre import reference
from barometre.domain.errors import BarometreError, UsageError

from .conftest import two_years_file

DEMO = bm.demo_file("enquete")  # fictitious data



def test_rank_among_the_peers_of_a_region_is_the_whole_ranking_cut_to_that_region():
    s = bm.read_survey(DEMO)
    whole = bm.rank(s, "facebook")
    ents = reference.entities("departement")
    region = set(ents.loc[ents["region"] == "75", "code"])
    peers = bm.rank(s, "facebook", entity="Landes", peers="region")
    expected = whole[whole["code"].isin(region)]
    assert peers["code"].tolist() == expected["code"].tolist()
    assert peers["value"].tolist() == expected["value"].tolist()
    # ranked again among the peers: 1, 2, 3… where they were 3rd, 10th… among all
    assert peers["rank"].tolist()[:3] == [1, 2, 3] and expected["rank"].tolist()[0] > 1
    assert peers.attrs["peer_group"] == {"peers": "region", "shared": "75"}
    assert peers.attrs["n_ranked"] == len(peers) == 10 and peers.attrs["entity"] == "40"


def test_the_entity_is_kept_below_the_top_in_the_frame_and_the_table(cli):
    r = bm.rank(bm.read_survey(DEMO), "facebook", top=3, entity="Landes", peers="region")
    assert r["code"].tolist() == ["17", "64", "16", "40"] and r["rank"].tolist() == [1, 2, 3, 7]
    res = cli("rank", "-p", "facebook", "-d", DEMO, "-e", "Landes", "--peers", "region",
              "--top", "3")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    body = [line.split() for line in lines[4:9]]  # after the title line, a blank, head, rule
    assert [b[0] for b in body] == ["1", "2", "3", "…", "7"]
    assert body[4][:3] == ["7", "40", "▸"] and body[4][3] == "Landes"
    # the count says the group, and the line after the top is not a tie ("ex aequo")
    assert ("10 départements de la région Nouvelle-Aquitaine classés (1 sans réponse, "
            "1 sans compte)") in res.stdout
    assert "ex aequo" not in res.stdout
    en = cli("rank", "-p", "facebook", "-d", DEMO, "-e", "Landes", "--peers", "region",
             "--lang", "en")
    assert "10 départements of the Nouvelle-Aquitaine region ranked" in en.stdout
    # the CSV holds the same four rows
    csv = cli("rank", "-p", "facebook", "-d", DEMO, "-e", "Landes", "--peers", "region",
              "--top", "3", "--format", "csv")
    assert [line.split(",")[1] for line in csv.stdout.splitlines()[1:]] == ["17", "64", "16", "40"]


def test_an_entity_without_a_value_is_said_not_silently_missing(cli):
    res = cli("rank", "-p", "facebook", "-d", DEMO, "-e", "Gironde", "--peers", "region")
    assert res.exit_code == 0, res.output
    assert "Gironde : sans compte sur Facebook, donc pas de rang" in res.stdout
    assert "▸" not in res.stdout


def test_peers_without_entity_and_unknown_entity_are_refused(cli):
    res = cli("rank", "-p", "facebook", "-d", DEMO, "--peers", "region")
    assert res.exit_code != 0 and "Traceback" not in res.output
    assert res.stderr.splitlines()[-1] == (
        "barometre : --peers region demande --entity (la collectivité dont les pairs sont "
        "classés)")
    with pytest.raises(UsageError):
        bm.rank(bm.read_survey(DEMO), "facebook", peers="region")
    with pytest.raises(UsageError):
        bm.rank(bm.read_survey(DEMO), "facebook", peers="voisins", entity="Landes")
    with pytest.raises(BarometreError, match="Bretagne"):  # no département of that name
        bm.rank(bm.read_survey(DEMO), "facebook", entity="Bretagne")


def test_rank_and_benchmark_of_a_year(cli, tmp_path):
    f = two_years_file(tmp_path)
    out = json.loads(cli("rank", "-p", "facebook", "-d", f, "--format", "json").stdout)
    assert {r["year"] for r in out} == {2025} and len(out) == 100
    old = json.loads(cli("rank", "-p", "facebook", "-d", f, "--year", "2024",
                         "--format", "json").stdout)
    assert {r["year"] for r in old} == {2024} and len(old) == 101
    assert next(r for r in old if r["code"] == "33")["value"] == 1000 + list(
        reference.entities("departement")["code"]).index("33")
    # the Gironde has no 2025 reading: said of the year, with the years it has
    res = cli("rank", "-p", "facebook", "-d", f, "--year", "2025", "-e", "33")
    assert res.exit_code == 1
    assert res.stderr.splitlines()[-1] == (
        "barometre : Gironde (33) n'a pas de relevé de 2025 dans le fichier d'enquête "
        "(relevés de 2024)")
    res = cli("rank", "-p", "linkedin", "-d", f, "--year", "2025")
    assert res.stderr.splitlines()[-1] == (
        "barometre : LinkedIn : aucun relevé de 2025 dans le fichier d'enquête (relevés de 2024)")
    # benchmark: by default LinkedIn is 2024's, Facebook 2025's; --year 2024 both 2024's
    b = json.loads(cli("benchmark", "-e", "44", "-d", f, "--format", "json").stdout)
    assert {r["platform"]: r["year"] for r in b} == {"facebook": 2025, "linkedin": 2024}
    b = json.loads(cli("benchmark", "-e", "44", "-d", f, "--year", "2024",
                       "--format", "json").stdout)
    assert {r["platform"]: r["year"] for r in b} == {"facebook": 2024, "linkedin": 2024}
    assert next(r for r in b if r["platform"] == "facebook")["n_peers"] == 101
    res = cli("benchmark", "-e", "33", "-d", f, "--year", "2025")
    assert res.exit_code == 1 and "Gironde (33) n'a pas de relevé de 2025" in res.stderr
