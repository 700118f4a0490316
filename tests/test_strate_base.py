"""compare --by strate names each band's N in its Base column, as --by category does
(« 119 des 989 communautés de communes »): it said « 136 entités de l'enquête » beside an
interval computed against the band's 18 256 communes, a number in no column of the table
(api19a gave the frame `n_strate`; the table now says it)."""

import barometre as bm
from barometre.render.views import adoption_table as compare_text


def _part(tmp_path):
    ref = bm.reference.entities("commune")
    small = ref[ref["population"] < 500].head(40)["code"].tolist()
    mid = ref[(ref["population"] >= 2000) & (ref["population"] < 5000)].head(10)["code"].tolist()
    path = tmp_path / "part.csv"
    path.write_text("Code commune;Facebook;Date du relevé\n" + "".join(
        f"{c};{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(small + mid)),
        encoding="utf-8")
    return bm.read_survey(path)


def test_a_sample_band_says_its_n_in_france(tmp_path):
    s = _part(tmp_path)
    res = bm.compare_survey(s, "commune", by="strate", platforms="facebook")
    n_small = int(res.loc[res["strate"] == "< 500", "n_strate"].iloc[0])
    fr = compare_text(res, "fr")
    assert f"40 des {bm.render.formats.fmt_int(n_small, 'fr')} communes de la strate" in fr
    en = compare_text(res, "en")
    assert f"40 of the {n_small:,} municipalities of the band" in en


def test_a_census_band_says_its_n_alone(tmp_path):
    ref = bm.reference.entities("commune")
    big = ref[ref["population"] >= 100_000]["code"].tolist()
    path = tmp_path / "big.csv"
    path.write_text("Code commune;Facebook;Date du relevé\n" + "".join(
        f"{c};Oui;15/10/2025\n" for c in big), encoding="utf-8")
    res = bm.compare_survey(bm.read_survey(path), "commune", by="strate", platforms="facebook")
    fr = compare_text(res, "fr")
    assert f"{len(big)} communes de la strate" in fr and "exhaustif" in fr


def test_a_band_of_a_panel_says_the_band_in_the_panel(tmp_path):
    """Under --panel the Base said « 30 des 50 communes du panel » (every band's) beside an
    interval against the band's 40: now the band's entities in the panel."""
    ref = bm.reference.entities("commune")
    small = ref[ref["population"] < 500].head(40)["code"].tolist()
    mid = ref[(ref["population"] >= 2000) & (ref["population"] < 5000)].head(10)["code"].tolist()
    path = tmp_path / "panel.csv"
    path.write_text("Code commune;Facebook;Instagram;Date du relevé\n" + "".join(
        f"{c};{('Oui' if i % 2 else 'Non') if i < 30 or c in mid else ''};Oui;15/10/2025\n"
        for i, c in enumerate(small + mid)), encoding="utf-8")
    res = bm.compare_survey(bm.read_survey(path), "commune", by="strate", platforms="facebook",
                            panel=True)
    fr = compare_text(res, "fr")
    assert "30 des 40 communes de la strate dans le panel" in fr
    assert "10 communes de la strate dans le panel" in fr  # all answered: the band whole
    assert "50 communes du panel" not in fr  # not every band's panel
    # the interval's N in the method note: the panel's bands, not France's
    assert "N = les communes du panel de chaque strate)" in fr and "strate en France" not in fr
