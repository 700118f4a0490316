"""The scatter chart of a file holding a part of its type says so in its base, as the
ranking chart does since rvcom19: « 11 villes préfectures de l'enquête » read as all of
them; a file of the whole type (the demo) says nothing more."""

from pathlib import Path

import barometre as bm

PAIRS = Path(__file__).parent / "files" / "pairs"


def _caption(fig) -> str:
    return " ".join(fig.get_supxlabel().split())


def test_a_file_of_12_villes_prefectures_says_the_file_and_france():
    s = bm.read_survey(PAIRS / "pairs-vp.csv", type="ville_prefecture")
    fr = _caption(bm.charts.scatter(s, "instagram", focus="2A004"))
    assert "Base : 11 villes préfectures de l'enquête sur les 12 du fichier (101 en France)." in fr
    en = _caption(bm.charts.scatter(s, "instagram", focus="2A004", lang="en"))
    assert "Base: 11 surveyed prefecture cities of the 12 in the file (101 in France)." in en


def test_the_whole_type_says_nothing_more():
    d = bm.read_survey(bm.demo_file("enquete"))
    cap = _caption(bm.charts.scatter(d, "instagram", focus="44"))
    assert "Base : 79 départements de l'enquête." in cap and "en France" not in cap.split("Droite")[0]
