"""``--within`` on a file of one category of intercommunalités (#17, a publisher's review):
the CA of two départements were read as 28 of their 129 intercommunalités, a sample with an
interval; they are the census of those départements' CA."""

from __future__ import annotations

import pandas as pd

import barometre as bm
from barometre.analysis.survey import compare_survey

DEPS = ["29", "56"]


def _file(tmp_path, kinds):
    e = bm.reference.entities("epci")
    e = e[e["departement"].isin(DEPS) & e["kind"].isin(kinds)].reset_index(drop=True)
    lines = ["SIREN;Intercommunalité;Facebook;Date"]
    lines += [f"{c};{n};{'Oui' if i % 3 else 'Non'};15/10/2025"
              for i, (c, n) in enumerate(zip(e["code"], e["name"]))]
    path = tmp_path / f"epci-{'-'.join(kinds)}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, e


def test_a_file_of_the_ca_of_two_departements_is_their_census(tmp_path):
    path, ca = _file(tmp_path, ["CA"])
    assert len(ca) == 7
    r = compare_survey(bm.read_survey(path), within=DEPS)
    fb = r[r["platform"] == "facebook"].iloc[0]
    assert (fb["n_base"], fb["n_reference"], bool(fb["census"])) == (7, 7, True)
    assert fb["n_reference_of"] == "epci:29,56:CA"
    assert pd.isna(fb["ci_low"]) and pd.isna(fb["ci_high"])  # their census: no interval
    assert r.attrs["within"]["epci"]["kinds"] == ["CA"]


def test_a_file_of_every_category_keeps_the_intercommunalites(tmp_path):
    path, every = _file(tmp_path, ["CC", "CA", "METRO"])
    r = compare_survey(bm.read_survey(path), within=DEPS)
    fb = r[r["platform"] == "facebook"].iloc[0]
    assert (fb["n_reference"], fb["n_reference_of"]) == (len(every), "epci:29,56")


def test_the_cli_names_the_category(tmp_path, cli):
    path, _ = _file(tmp_path, ["CA"])
    out = cli("compare", "--data", path, "--type", "epci", "--within", "29,56").output
    assert "7 sur 7 communautés d'agglomération du Finistère et du Morbihan" in out
    assert "exhaustif" in out and "IC 95" not in out
    out = cli("compare", "--data", path, "--type", "epci", "--within", "29,56",
              "--lang", "en").output
    assert "communautés d'agglomération of Finistère and Morbihan" in out


def test_whole_departements_are_a_file_chosen_by_place(tmp_path, cli):
    """Every intercommunalité of Bretagne and the Pays de la Loire (129 in nine départements,
    none holding a quarter of them) was read as a random sample of France without a word
    (publisher's review): a file holding at least half of each département it touches is
    chosen by place."""
    from barometre.analysis.survey import place_of

    e = bm.reference.entities("epci")
    deps = ["22", "29", "35", "56", "44", "49", "53", "72", "85"]  # Bretagne, Pays de la Loire
    codes = sorted(e[e["departement"].isin(deps)]["code"])
    assert max(e[e["code"].isin(codes)]["departement"].value_counts()) <= 0.25 * len(codes)
    place = place_of(codes, "epci")
    assert place is not None and place["n"] == place["n_within"] == len(codes)
    path = tmp_path / "deux-regions.csv"
    path.write_text("SIREN;Facebook;Date\n" + "".join(
        f"{c};{'Oui' if i % 4 else 'Non'};15/10/2025\n" for i, c in enumerate(codes)),
        encoding="utf-8")
    r = compare_survey(bm.read_survey(path))
    assert "chosen_by_place" in r["flags"].iloc[0]
    out = cli("compare", "--data", path, "--type", "epci").output
    assert "Fichier choisi par lieu" in out
    # a random draw is none, one ville préfecture per département neither
    assert place_of(sorted(e["code"])[::9], "epci") is None
    vp = bm.reference.entities("ville_prefecture")
    assert place_of(sorted(vp["code"])[::3], "ville_prefecture") is None


def test_the_random_draw_note_of_waves_offers_the_panel_they_now_take(tmp_path, cli):
    """A report of two waves said « tirage au hasard supposé, sinon --panel » and then
    refused --panel (one file only), so the offer was taken out over several years
    (2bdad83). The waves commands take --panel now (waves18): the note offers it again, and
    the report of the two waves takes it."""
    from barometre.render.views import random_draw_notes

    e = bm.reference.entities("epci")
    codes = sorted(e["code"])[::31]  # 41 spread over France: a sample, no place
    paths = []
    for y in (2024, 2025):
        path = tmp_path / f"vague-{y}.csv"
        path.write_text("SIREN;Plateforme;Présence;Date\n" + "".join(
            f"{c};Facebook;{'Oui' if i % 3 else 'Non'};15/10/{y}\n"
            for i, c in enumerate(codes)), encoding="utf-8")
        paths.append(path)
    s = bm.read_waves(paths)
    both = bm.adoption(s)
    assert sorted(both["year"].unique()) == [2024, 2025]
    # named as its reader writes it (session 31): panel=True in Python, --panel on the CLI
    assert "panel=True donne les parts" in random_draw_notes(both)[0]
    from barometre.messages import surface

    with surface("cli"):
        assert "--panel donne les parts" in random_draw_notes(both)[0]
    # the short clause is a caption's or the report's: in words, no option (rvcom19)
    assert random_draw_notes(both, short=True) == [
        "tirage au hasard supposé : si les entités ont été choisies, les chiffres ne valent "
        "que pour elles"]
    rep = tmp_path / "rapport.xlsx"
    out = cli("report", "--data", paths[0], "--data", paths[1], "--panel", "-o", rep)
    assert out.exit_code == 0, out.output
