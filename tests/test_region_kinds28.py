"""A file plainly chosen by category or by région gets no interval (des28, a consultant's
review): the 20 intercommunalités of Bretagne that are all 16 of its CA, its 2 métropoles and
2 of its 42 CC were « 89 %, IC 95 % : 72–97 % » of its 60 under ``--within``; 30
intercommunalités, 20 of them in Bretagne, gave intervals for the 230 CA of France."""

from __future__ import annotations

import numpy as np
import pandas as pd

import barometre as bm
from barometre.analysis.survey import compare_survey

BZH = ["22", "29", "35", "56"]


def _write(tmp_path, name, codes):
    e = bm.reference.entities("epci").set_index("code")
    lines = ["SIREN;Intercommunalité;Facebook;Date"]
    lines += [f"{c};{e.at[c, 'name']};{'Oui' if i % 4 else 'Non'};15/10/2025"
              for i, c in enumerate(codes)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _bretagne():
    e = bm.reference.entities("epci")
    return e[e["departement"].isin(BZH)].sort_values("code")


def _chosen_by_category(tmp_path):
    """Every CA and métropole of Bretagne, and 2 of its CC."""
    b = _bretagne()
    codes = list(b.loc[b["kind"] != "CC", "code"]) + list(b.loc[b["kind"] == "CC", "code"])[:2]
    assert len(codes) == 20
    return _write(tmp_path, "bzh.csv", codes)


def test_within_a_file_of_whole_categories_gets_no_interval(tmp_path):
    r = compare_survey(bm.read_survey(_chosen_by_category(tmp_path)), within=BZH)
    fb = r[r["platform"] == "facebook"].iloc[0]
    assert fb["n_reference"] == 60
    assert pd.isna(fb["ci_low"]) and pd.isna(fb["ci_high"])
    assert "non_random_sample" in fb["flags"]
    d = r.attrs["design"]["epci"]
    assert (d["id"], d["total"], d["estimable"]) == ("kinds_mix", 60, False)
    assert d["others_kinds"] == [["CC", 2, 42], ["CA", 16, 16], ["METRO", 2, 2]]
    # a random draw of 20 of the 60 keeps its interval
    rng = np.random.default_rng(28)
    drawn = list(rng.choice(_bretagne()["code"].to_numpy(), 20, replace=False))
    r = compare_survey(bm.read_survey(_write(tmp_path, "drawn.csv", drawn)), within=BZH)
    fb = r[r["platform"] == "facebook"].iloc[0]
    assert not pd.isna(fb["ci_low"]) and "non_random_sample" not in str(fb["flags"])


def test_within_the_cli_says_the_base_categories(tmp_path, cli):
    path = _chosen_by_category(tmp_path)
    out = cli("compare", "--data", path, "--within", ",".join(BZH), "-p", "facebook").output
    assert "IC 95" not in out and "voir †" in out
    assert ("16 des 16 communautés d'agglomération, 2 des 2 métropoles : un tirage au hasard "
            "de 20 des 60 intercommunalités des Côtes-d'Armor") in out
    out = cli("compare", "--data", path, "--within", ",".join(BZH), "-p", "facebook",
              "--lang", "en").output
    assert "CI 95" not in out and "of 20 of the 60 intercommunalities of" in out


def _mostly_bretagne(tmp_path):
    """5 intercommunalités in each département of Bretagne (none a quarter of the file) and
    10 elsewhere, one per département."""
    e = bm.reference.entities("epci").sort_values("code")
    codes = [c for d in BZH for c in e.loc[e["departement"] == d, "code"][:5]]
    others = e[~e["region"].isin(["53"])].drop_duplicates("departement")
    codes += list(others["code"][::9][:10])
    assert len(codes) == 30
    return _write(tmp_path, "mostly-bzh.csv", codes)


def test_a_file_mostly_in_one_region_gets_no_interval(tmp_path):
    s = bm.read_survey(_mostly_bretagne(tmp_path))
    r = compare_survey(s)
    fb = r[r["platform"] == "facebook"].iloc[0]
    assert pd.isna(fb["ci_low"]) and "non_random_sample" in fb["flags"]
    d = r.attrs["design"]["epci"]
    assert (d["id"], d["region"], d["estimable"]) == ("region:53", ["53", 20, 60], False)
    # split by category, no category is a draw from France either
    r = compare_survey(s, by="category")
    assert r["ci_low"].isna().all() and r["flags"].str.contains("non_random_sample").all()
    # under --within, the région's départements are the base: no région to say
    r = compare_survey(s[s["code"].isin(set(_bretagne()["code"]))], within=BZH)
    assert "design" not in r.attrs


def test_the_region_note_in_compare_and_trend(tmp_path, cli):
    path = _mostly_bretagne(tmp_path)
    out = cli("compare", "--data", path, "-p", "facebook").output
    assert "IC 95" not in out
    assert ("† Le fichier tient 20 de ses 30 intercommunalités dans une même région, "
            "Bretagne (60 en France)") in out
    out = cli("compare", "--data", path, "-p", "facebook", "--lang", "en").output
    assert "† The file holds 20 of its 30 intercommunalities in one région, Bretagne" in out
    out = cli("trend", "--data", path, "-p", "facebook").output
    assert "dans une même région, Bretagne" in out and "IC 95" not in out


def test_random_draws_are_not_said_chosen_by_region():
    from barometre.analysis.survey import region_design

    rng = np.random.default_rng(1)
    for t in ("epci", "commune"):
        codes = np.array(sorted(bm.reference.type_codes(t)))
        for n in (5, 10, 60):
            assert all(region_design(rng.choice(codes, n, replace=False), t) is None
                       for _ in range(50))


def test_changes_on_waves_mostly_in_one_region(tmp_path, cli):
    new = _mostly_bretagne(tmp_path)
    old = tmp_path / "old.csv"
    old.write_text(new.read_text(encoding="utf-8").replace("15/10/2025", "15/10/2024")
                   .replace(";Oui;", ";Non;", 3), encoding="utf-8")
    out = cli("changes", "--data", old, "--data", new, "-p", "facebook").output
    assert "† Les vagues tiennent 20 de leurs 30 intercommunalités dans une même région" in out
    assert "aucun test (p)" in out
