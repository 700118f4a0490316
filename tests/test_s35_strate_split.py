"""Figures split by size band (``by="strate"``) keep their band downstream (session 35, a
student's review in Jupyter): the compare table's Base under ``within`` says the band's N,
a frame without ``population`` is refused by name, the report refuses a split frame in one
message saying what to pass, and the adoption chart names each bar's band and its N."""

import pytest

import barometre as bm
from barometre.render.formats import fmt_int
from barometre.render.views import adoption_table as compare_text


def _bands_file(tmp_path, deps=("05", "48")):
    """Communes of ``deps`` (real codes): every one under 500 inhabitants but 5 answered,
    every one of 500–1 999, and 3 of 2 000 or more; Facebook « Oui » one in two."""
    ref = bm.reference.entities("commune")
    ref = ref[ref["departement"].isin(deps)]
    small = ref[ref["population"] < 500]["code"].tolist()
    mid = ref[(ref["population"] >= 500) & (ref["population"] < 2000)]["code"].tolist()
    big = ref[ref["population"] >= 2000]["code"].tolist()[:3]
    codes = small[5:] + mid + big
    path = tmp_path / "bandes.csv"
    path.write_text("Code commune;Facebook;Instagram;Date du relevé\n" + "".join(
        f"{c};{'Oui' if i % 2 else 'Non'};Non;15/10/2026\n" for i, c in enumerate(codes)),
        encoding="utf-8")
    return path, len(small), len(mid)


# 3. compare --by strate --within: the band's base, not « 211 entités de l'enquête »

def test_a_band_under_within_says_its_n_in_those_departements(tmp_path):
    path, n_small, n_mid = _bands_file(tmp_path)
    s = bm.read_survey(path)
    res = bm.compare_survey(s, "commune", by="strate", within="05,48", platforms="facebook")
    small = res[res["strate"] == "< 500"].iloc[0]
    assert int(small["n_strate"]) == n_small and int(small["n_base"]) == n_small - 5
    fr = compare_text(res, "fr")
    assert (f"{fmt_int(n_small - 5, 'fr')} des {fmt_int(n_small, 'fr')} communes des "
            "Hautes-Alpes et de la Lozère de la strate") in fr
    # a band every commune of which answered: its N alone
    assert f"{fmt_int(n_mid, 'fr')} communes des Hautes-Alpes et de la Lozère de la strate" in fr
    assert "entités de l'enquête" not in fr
    en = compare_text(res, "en")
    assert (f"{n_small - 5:,} of the {n_small:,} municipalities of Hautes-Alpes and Lozère "
            "in the band") in en


def test_the_cli_says_the_band_base_with_within_as_without(tmp_path, cli):
    path, n_small, _ = _bands_file(tmp_path)
    out = cli("compare", "--data", path, "--within", "05,48", "--by", "strate", "-p", "facebook")
    assert out.exit_code == 0, out.output
    assert (f"{fmt_int(n_small - 5, 'fr')} des {fmt_int(n_small, 'fr')} communes des "
            "Hautes-Alpes et de la Lozère de la strate") in out.stdout
    assert "entités de l'enquête" not in out.stdout
    france = cli("compare", "--data", path, "--by", "strate", "-p", "facebook")
    assert "communes de la strate" in france.stdout  # unchanged without --within


# 4. a frame without population split by band: one clear error, as rank's

@pytest.mark.parametrize("fn", [bm.adoption, bm.compare_survey])
def test_a_frame_without_population_is_refused_by_name(tmp_path, fn):
    path, _, _ = _bands_file(tmp_path)
    s = bm.read_survey(path).drop(columns="population")
    with pytest.raises(bm.UsageError) as e:
        fn(s, by="strate")
    assert e.value.code == "survey-frame-columns"
    assert "la colonne population" in str(e.value)
    assert len(bm.adoption(s)) == 3  # unsplit, the population is not read

