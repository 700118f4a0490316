"""A file of intercommunalités that holds one category whole (the 21 métropoles) beside a
few others is no random sample of the 1,254 (design18). compare --data on a hand-picked 60
(every métropole, 20 CA, 15 CC, 4 CU) said « 60 % 36/60 IC 95 % : 48–71 % » of the 1,254,
no design; it is now read as the existing designs read a part held whole: the métropoles
counted, the others an estimate of the rest when they are near its categories'
proportions, else no estimate for France and a pointer to --by category. Under --by
category the random-draw note names each category's N, never the 1,254."""

from __future__ import annotations

import random

import pytest

import barometre as bm
from barometre.analysis.stats import wilson_interval
from barometre.analysis.survey import survey_design
from tests.conftest import as_json

NNBSP = "\u202f"


def _of(kind: str) -> list[str]:
    e = bm.reference.entities("epci")
    return sorted(e.loc[e["kind"] == kind, "code"])


def _write(path, rows, date="15/10/2025"):
    path.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};{fb};{date}\n" for c, fb in rows), encoding="utf-8")
    return path


@pytest.fixture
def picked(tmp_path):
    """Every métropole (18 on Facebook), 20 CA (10), 15 CC (3) and 4 CU (4): 35 of 60."""
    return picked_file(tmp_path)


def picked_file(tmp_path):
    """:func:`picked`'s file, for a test that cannot take the fixture."""
    rng = random.Random(18)
    rows = [(c, "Oui" if i < 18 else "Non") for i, c in enumerate(_of("METRO"))]
    rows += [(c, "Oui" if i < 10 else "Non") for i, c in enumerate(rng.sample(_of("CA"), 20))]
    rows += [(c, "Oui" if i < 3 else "Non") for i, c in enumerate(rng.sample(_of("CC"), 15))]
    rows += [(c, "Oui") for c in rng.sample(_of("CU"), 4)]
    rng.shuffle(rows)
    return _write(tmp_path / "picked.csv", rows)


@pytest.fixture
def drawn(tmp_path):
    """Every métropole (18 on Facebook) and 200 of the other 1,233 drawn at random (50)."""
    rng = random.Random(7)
    metro = _of("METRO")
    rest = sorted(set(bm.reference.entities("epci")["code"]) - set(metro))
    rows = [(c, "Oui" if i < 18 else "Non") for i, c in enumerate(metro)]
    rows += [(c, "Oui" if i % 4 == 0 else "Non") for i, c in enumerate(rng.sample(rest, 200))]
    return _write(tmp_path / "drawn.csv", rows, "14/10/2026")


def test_a_whole_category_beside_a_hand_picked_mix_gets_no_interval_for_france(cli, picked):
    out = cli("compare", "--data", picked, "--type", "epci").stdout
    assert "IC 95 % : " not in out, out  # 35/60 = 58 % is no share of the 1,254
    assert "%†  35/60  voir †" in out
    assert (f"† Le fichier tient les 21 métropoles, toutes, à côté de 39 autres "
            f"intercommunalités sur 1{NNBSP}233 : ce n'est pas un échantillon tiré au hasard "
            f"des 1{NNBSP}254 intercommunalités") in out
    assert ("Hors de cette partie, le fichier tient 15 des 989 communautés de communes, 20 des "
            "230 communautés d'agglomération, 4 des 14 communautés urbaines") in out
    assert f"pas d'estimation pour les 1{NNBSP}254 intercommunalités" in out
    assert "« barometre compare --by category » compte chaque catégorie à part" in out
    assert "tirage au hasard des entités du fichier" not in out  # no random-draw note
    fb = as_json(cli("compare", "--data", picked, "--type", "epci", "-f", "json"))[0]
    assert (fb["n_present"], fb["n_base"], fb["ci_low"], fb["ci_high"]) == (35, 60, None, None)
    assert fb["flags"] == ["non_random_sample"]
    assert (fb["design"], fb["design_subset"], fb["n_subset"], fb["estimate"]) == (
        "stratified", "kind=METRO", 21, None)
    en = cli("compare", "--data", picked, "--type", "epci", "--lang", "en").stdout
    assert ("† The file holds all 21 métropoles beside 39 other intercommunalities of 1,233"
            in en)
    assert "no estimate for all 1,254 intercommunalities" in en


def test_the_design_in_python(picked):
    codes = [line.split(";")[0] for line in picked.read_text().splitlines()[1:]]
    d = survey_design(codes, "epci")
    assert (d.kind, d.id, d.n_subset, d.n_others, d.n_rest, d.total) == (
        "category", "kind=METRO", 21, 39, 1233, 1254)
    assert d.others_kinds == (("CC", 15, 989), ("CA", 20, 230), ("CU", 4, 14))
    assert not d.estimable and d.p_mix < 1e-3
    s = bm.read_survey(picked)
    assert bm.adoption(s, type="epci").attrs["design"]["epci"]["estimable"] is False


def test_a_whole_category_beside_a_random_draw_of_the_rest_is_estimated(cli, drawn):
    fb = as_json(cli("compare", "--data", drawn, "--type", "epci", "-f", "json"))[0]
    assert (fb["n_present"], fb["n_base"], fb["ci_low"]) == (68, 221, None)
    assert (fb["design"], fb["design_subset"], fb["n_estimate"]) == (
        "stratified", "kind=METRO", 1254)
    # the 21 métropoles counted, the 200 others a sample of the 1,233 others
    assert fb["estimate"] == pytest.approx((18 + 1233 * 50 / 200) / 1254, abs=1e-4)
    lo, hi = wilson_interval(50 / 200, 200, population=1233)
    assert fb["estimate_low"] == pytest.approx((18 + 1233 * lo) / 1254, abs=1e-4)
    assert fb["estimate_high"] == pytest.approx((18 + 1233 * hi) / 1254, abs=1e-4)
    out = cli("compare", "--data", drawn, "--type", "epci").stdout
    assert (f"Estimée pour les 1{NNBSP}254 intercommunalités en pesant chaque partie par sa "
            "taille (les 21 métropoles comptées, les 200 autres supposées tirées au hasard "
            f"parmi les 1{NNBSP}233)") in out


def test_by_category_counts_the_whole_one_and_says_each_categorys_draw(cli, picked):
    out = cli("compare", "--data", picked, "--type", "epci", "--by", "category").stdout
    assert "exhaustif" in out and "†" not in out
    lo, hi = wilson_interval(10 / 20, 20, population=230)
    assert bm.render.formats.fmt_ci(lo, hi) in out
    assert ("Les intervalles supposent un tirage au hasard des entités du fichier dans chaque "
            "catégorie (15 sur 989 communautés de communes, 20 sur 230 communautés "
            "d'agglomération, 4 sur 14 communautés urbaines)") in out
    assert f"1{NNBSP}254" not in out.split("Les intervalles supposent")[1]
    en = cli("compare", "--data", picked, "--type", "epci", "--by", "category",
             "--lang", "en").stdout
    assert ("The intervals assume the file's entities of each category (15 of the 989 "
            "communautés de communes, 20 of the 230 communautés d'agglomération, 4 of the 14 "
            "communautés urbaines) were drawn at random") in en


def test_by_category_names_the_category_not_the_type(cli, tmp_path):
    """150 CC alone, split by category: the interval's N is 989, and so is the note's."""
    cc = _write(tmp_path / "cc.csv", [(c, "Oui" if i % 3 else "Non")
                                      for i, c in enumerate(random.Random(3).sample(_of("CC"), 150))])
    out = cli("compare", "--data", cc, "--type", "epci", "--by", "category").stdout
    assert ("tirage au hasard des entités du fichier (150 sur 989 communautés de communes)"
            in out)
    assert f"1{NNBSP}254 intercommunalités)" not in out


def test_trend_says_each_wave_holds_the_category_whole(cli, picked, drawn):
    out = cli("trend", "--data", picked, "--data", drawn, "--type", "epci").stdout  # notes under the table (s32: stderr)
    assert ("le fichier tient les 21 métropoles, toutes, à côté de 39 autres intercommunalités"
            in out)


def test_a_random_draw_is_not_read_as_holding_a_category_whole():
    """1,000 seeded draws of 60 and of 200 of the 1,254: none holds a category whole (the 14
    CU in a draw of 200: about 1e-12), none is read so; a draw of 600 holding the 14 CU (a
    chance of 3e-5) is no design either."""
    codes = sorted(bm.reference.entities("epci")["code"])
    rng = random.Random(1254)
    for n in (60, 200):
        for _ in range(1000):
            assert survey_design(rng.sample(codes, n), "epci") is None
    cu = set(_of("CU"))
    draw = sorted(cu) + rng.sample(sorted(set(codes) - cu), 586)
    assert survey_design(draw, "epci") is None
