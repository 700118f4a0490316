"""A file of départements mostly in one région is no random draw of the 101 (review pub30):
9 départements of the west, the 5 of the Pays de la Loire among them, printed an interval for
France, « IC 95 % : 57–98 % », while ``compare --help`` said that a file more than half in one
région gets none (``region_design`` left départements out). Random draws keep theirs."""

from __future__ import annotations

import random

import pytest

import barometre as bm

WEST = ["44", "49", "53", "72", "85", "22", "29", "35", "56"]


def _file(tmp_path, codes, name="ouest.csv"):
    rows = [f"{c};{'Oui' if i % 5 else 'Non'};15/10/2025" for i, c in enumerate(codes)]
    path = tmp_path / name
    path.write_text("Code;Facebook;Date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_file_of_the_west_gets_no_interval(cli, tmp_path):
    r = cli("compare", "--data", _file(tmp_path, WEST), "--type", "departement")
    assert r.exit_code == 0, r.output
    line = next(x for x in r.stdout.splitlines() if x.startswith("département  Facebook"))
    assert "†" in line and "voir †" in line and "IC 95" not in line
    # the 9 are all those of the Pays de la Loire and Bretagne (session 31: said so)
    assert ("† Le fichier tient tous les départements des Pays de la Loire et de Bretagne "
            "(9) : un tirage au hasard de 9 des 101 départements en mettrait 5 dans une seule "
            "région") in r.stdout
    a = bm.adoption(bm.read_survey(_file(tmp_path, WEST)))
    assert a["ci_low"].isna().all() and a["flags"].str.contains("non_random_sample").all()


@pytest.mark.parametrize("seed", range(20))
def test_random_draws_of_departements_keep_their_interval(tmp_path, seed):
    codes = bm.reference.entities("departement")["code"].tolist()
    drawn = random.Random(seed).sample(codes, 9)
    a = bm.adoption(bm.read_survey(_file(tmp_path, drawn, f"d{seed}.csv")))
    assert a["ci_low"].notna().all(), drawn
