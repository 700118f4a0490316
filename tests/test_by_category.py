"""compare --data FILE --type epci --by category (``by="category"``): adoption of a survey of
intercommunalités per category, CC, CA, CU and métropoles, as publishers of intercommunalités'
barometers give it ("Facebook : 100 % des métropoles, 86 % des CA, 41 % des CC"), each
category against its own N (989 CC, 230 CA, 14 CU, 21 métropoles in France; those of the
départements of --within; the file's under --panel): exact when every one of them answered,
else an interval with that N (by18)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

import barometre as bm
from barometre.analysis.stats import wilson_interval
from tests.conftest import as_json

NNBSP = "\u202f"
#: the reference's categories and their sizes in France
N = {"CC": 989, "CA": 230, "CU": 14, "METRO": 21}


def _epci():
    return bm.reference.entities("epci")


def _of(kind: str) -> list[str]:
    e = _epci()
    return sorted(e.loc[e["kind"] == kind, "code"])


@pytest.fixture
def mixed(tmp_path):
    """Every métropole (15 on Facebook, 6 not), 40 CA drawn with a seed (30 on Facebook,
    10 not; 5 of them not answered on Instagram), 60 CC (20 on Facebook) and 5 CU (all on
    Facebook): the rows in no order of category."""
    rng = random.Random(18)
    rows = []
    for i, c in enumerate(_of("METRO")):
        rows.append((c, "Oui" if i < 15 else "Non", "Oui"))
    for i, c in enumerate(rng.sample(_of("CA"), 40)):
        rows.append((c, "Oui" if i < 30 else "Non", "NR" if i >= 35 else "Oui"))
    for i, c in enumerate(rng.sample(_of("CC"), 60)):
        rows.append((c, "Oui" if i < 20 else "Non", "Non"))
    for c in rng.sample(_of("CU"), 5):
        rows.append((c, "Oui", "Non"))
    rng.shuffle(rows)
    path = tmp_path / "epci.csv"
    path.write_text("SIREN;Facebook;Instagram;Date du relevé\n" + "".join(
        f"{c};{fb};{ig};15/10/2025\n" for c, fb, ig in rows), encoding="utf-8")
    return path


@pytest.fixture
def demo():
    return bm.read_survey(bm.demo_file("enquete"))


def _rows(frame) -> dict[tuple[str, str], dict]:
    return {(r["category"], r["platform"]): r for r in frame.to_dict("records")}


def test_each_category_is_its_own_population(mixed):
    s = bm.read_survey(mixed)
    a = bm.adoption(s, by="category")
    assert list(a.columns[:2]) == ["collectivity_type", "category"]
    # CC, CA, CU, métropoles; per category Facebook, Instagram, then "au moins un réseau"
    assert list(dict.fromkeys(a["category"])) == ["CC", "CA", "CU", "METRO"]
    got = _rows(a)
    # (category, platform): (k present, n answered)
    expected = {("METRO", "facebook"): (15, 21), ("METRO", "instagram"): (21, 21),
                ("CA", "facebook"): (30, 40), ("CA", "instagram"): (35, 35),
                ("CC", "facebook"): (20, 60), ("CC", "instagram"): (0, 60),
                ("CU", "facebook"): (5, 5), ("CU", "instagram"): (0, 5),
                # CA: 30 on Facebook, 5 more on Instagram; the last 5, "Non" and "NR": unknown
                ("METRO", "any"): (21, 21), ("CA", "any"): (35, 35),
                ("CC", "any"): (20, 60), ("CU", "any"): (5, 5)}
    assert set(got) == set(expected)
    for key, (k, n) in expected.items():
        r = got[key]
        kind = key[0]
        assert (r["n_present"], r["n_base"], r["n_category"]) == (k, n, N[kind]), key
        assert r["share"] == pytest.approx(k / n), key
        if n == N[kind]:  # the 21 métropoles all answered: their census, no interval
            assert r["census"] and pd.isna(r["ci_low"]) and pd.isna(r["ci_high"]), key
        else:  # a sample of its category: Wilson with that category's N, not 1,254
            lo, hi = wilson_interval(k / n, n, population=N[kind])
            assert not r["census"], key
            assert (r["ci_low"], r["ci_high"]) == (pytest.approx(lo), pytest.approx(hi)), key
    # the type's coverage stays the type's
    assert set(a["n_reference"]) == {1254} and set(a["n_surveyed"]) == {126}
    assert got[("CA", "facebook")]["base"] == "40 communautés d'agglomération de l'enquête"
    assert got[("CA", "instagram")]["n_unknown"] == 5
    # compare_survey: the same figures, rows by category then platform
    c = bm.compare_survey(s, by="category")
    assert [(r["category"], r["platform"]) for r in c.to_dict("records")] == [
        (k, p) for k in ("CC", "CA", "CU", "METRO") for p in ("facebook", "instagram", "any")]
    assert list(c["n_category"]) == [N[k] for k in c["category"]]
    # the coded readings (compare --data's path) count the same
    from barometre.survey.reader import read_coded

    coded = bm.compare_survey(read_coded(mixed), by="category")
    cols = ["category", "platform", "n_present", "n_base", "n_category", "ci_low", "ci_high"]
    assert coded[cols].equals(c[cols])


def test_compare_by_category_in_the_terminal(cli, mixed):
    res = cli("compare", "--data", mixed, "--type", "epci", "--by", "category")
    assert res.exit_code == 0, res.output
    out = res.stdout
    lines = out.splitlines()
    head = next(line for line in lines if line.startswith("Catégorie"))
    assert head.split()[:2] == ["Catégorie", "Type"]
    metro = next(line for line in lines if line.startswith("Métropoles") and "Facebook" in line)
    assert f"71{NNBSP}%" in metro and "15/21" in metro and "exhaustif" in metro
    assert metro.rstrip().endswith("21 métropoles")
    ca = next(line for line in lines
              if line.startswith("Communautés d'agglomération") and "Facebook" in line)
    lo, hi = wilson_interval(30 / 40, 40, population=230)
    assert f"75{NNBSP}%" in ca and "30/40" in ca and bm.render.formats.fmt_ci(lo, hi) in ca
    assert ca.rstrip().endswith("40 des 230 communautés d'agglomération")
    assert any(line.startswith("Communautés de communes") for line in lines)
    assert any(line.startswith("Communautés urbaines") for line in lines)
    assert ("N = 989 communautés de communes, 230 communautés d'agglomération, 14 "
            "communautés urbaines)") in out  # the métropoles' census has no interval
    en = cli("compare", "--data", mixed, "--type", "epci", "--by", "category", "--lang", "en")
    assert en.exit_code == 0, en.output
    assert any(line.startswith("Category") for line in en.stdout.splitlines())
    assert "40 of the 230 communautés d'agglomération" in en.stdout
    assert "census" in next(line for line in en.stdout.splitlines()
                            if line.startswith("Métropoles") and "Facebook" in line)
    rows = as_json(cli("compare", "--data", mixed, "-t", "epci", "--by", "category", "--json"))
    fb = {r["category"]: r for r in rows if r["platform"] == "facebook"}
    assert {k: (r["n_present"], r["n_base"], r["n_category"], r["census"])
            for k, r in fb.items()} == {"CC": (20, 60, 989, False), "CA": (30, 40, 230, False),
                                        "CU": (5, 5, 14, False), "METRO": (15, 21, 21, True)}
    csv = cli("compare", "--data", mixed, "-t", "epci", "--by", "category", "--csv").stdout
    header = csv.splitlines()[0].split(",")
    assert header[:3] == ["collectivity_type", "category", "platform"]
    assert header.index("n_category") == header.index("n_reference") + 1
    assert "epci,METRO,facebook,2025," in csv


def test_within_and_panel_give_each_category_its_n(cli, tmp_path):
    e = _epci()
    there = e[e["departement"].isin(["01", "44"])].sort_values("code")
    pick = list(there["code"])[::2]  # half of them, every other one
    src = tmp_path / "ain-loire.csv"
    src.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};Oui;15/10/2025\n" for c in pick), encoding="utf-8")
    s = bm.read_survey(src)
    n_there = there["kind"].value_counts().to_dict()  # each category in the Ain and Loire-Atl.
    n_file = there[there["code"].isin(pick)]["kind"].value_counts().to_dict()
    a = bm.adoption(s, by="category", within="01,44")
    for r in a.to_dict("records"):
        k = r["category"]
        assert (r["n_base"], r["n_category"]) == (n_file[k], n_there[k])
        assert r["census"] == (n_file[k] == n_there[k])
        if not r["census"]:
            lo, _ = wilson_interval(1.0, n_file[k], population=n_there[k])
            assert r["ci_low"] == pytest.approx(lo)
    out = cli("compare", "--data", src, "-t", "epci", "--by", "category", "--within", "01,44")
    assert out.exit_code == 0, out.output
    assert (f"{n_file['CC']} des {n_there['CC']} communautés de communes de l'Ain et de la "
            "Loire-Atlantique") in out.stdout
    # --panel: the file's own entities of each category, all answered: their census
    p = bm.adoption(s, by="category", panel=True)
    assert all(p["census"]) and list(p["n_category"]) == [n_file[k] for k in p["category"]]
    panel = cli("compare", "--data", src, "-t", "epci", "--by", "category", "--panel").stdout
    assert f"{n_file['CC']} communautés de communes du panel" in panel


def test_a_sample_inside_some_bands_keeps_its_category_s_part(cli, tmp_path):
    """The 40 largest CA: a sample of the 91 CA of 100,000 inhabitants or more, not of the
    230 CA (kind_design with the bands, as without --by)."""
    e = _epci()
    ca = e[e["kind"] == "CA"].sort_values("population", ascending=False)["code"].head(40)
    src = tmp_path / "ca40.csv"
    src.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};{'Non' if i % 10 == 3 else 'Oui'};15/10/2025\n" for i, c in enumerate(ca)),
        encoding="utf-8")
    (r,) = bm.adoption(bm.read_survey(src), by="category").to_dict("records")
    lo, hi = wilson_interval(36 / 40, 40, population=91)
    assert (r["category"], r["n_category"], r["n_subset"]) == ("CA", 230, 91)
    assert (r["ci_low"], r["ci_high"]) == (pytest.approx(lo), pytest.approx(hi))
    out = cli("compare", "--data", src, "-t", "epci", "--by", "category").stdout
    assert "N = 91 communautés d'agglomération (parmi les communautés d'agglomération de " in out
    # a file of some categories alone (all 21 métropoles, 20 CA of every size): each
    # category is its own population, no design to weigh, the métropoles a census
    mixed = _of("METRO") + _of("CA")[::11]
    src2 = tmp_path / "metro-ca.csv"
    src2.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};Oui;15/10/2025\n" for c in mixed), encoding="utf-8")
    b = bm.adoption(bm.read_survey(src2), by="category")
    assert "design" not in b.columns
    assert {r["category"]: (r["n_category"], r["census"]) for r in b.to_dict("records")} == {
        "CA": (230, False), "METRO": (21, True)}
    assert "design" in bm.adoption(bm.read_survey(src2)).columns  # without --by: its design


def test_a_file_not_of_intercommunalites_is_refused(cli, demo):
    with pytest.raises(bm.UsageError) as exc:
        bm.adoption(demo, by="category")
    assert str(exc.value) == ("découpage par catégorie (CC, CA, CU, métropoles) : réservé aux "
                              "intercommunalités (type epci) ; ce fichier est de type "
                              "« département »")
    res = cli("compare", "--data", bm.demo_file("enquete"), "-t", "departement",
              "--by", "category")
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.strip().splitlines() == [
        "barometre : découpage par catégorie (CC, CA, CU, métropoles) : réservé aux "
        "intercommunalités (type epci) ; ce fichier est de type « département »"]
    en = cli("compare", "--data", bm.demo_file("enquete"), "-t", "departement",
             "--by", "category", "--lang", "en")
    assert en.exit_code == 2 and en.stderr.strip().startswith(
        "barometre: split by category (CC, CA, CU, métropoles): for intercommunalités only")
    with pytest.raises(bm.UsageError, match="ne se combine pas avec d'autres types"):
        bm.compare_survey(demo, "departement", vs="region", by="category")


def test_compare_help_offers_category(cli):
    out = cli("compare", "--help").stdout
    assert "category" in out and "catégorie" in out
    en = " ".join(cli("compare", "--help", "--lang", "en").stdout.split())
    assert '"category" splits the intercommunalités by category (CC, CA, CU, métropoles)' in en
