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


# 1. write_report of figures split by band: refused, saying what to pass

def test_the_report_refuses_figures_split_by_band(tmp_path):
    """It wrote « 80 % des communes des Hautes-Alpes et de la Lozère sur Facebook (n = 15
    … sur 314 ; exhaustif) »: a band's 15 of 15 said of the 314 communes, and an Adoption
    sheet of rows nothing told apart."""
    path, _, _ = _bands_file(tmp_path)
    s = bm.read_survey(path)
    split = bm.adoption(s, within=["05", "48"], by="strate")
    out = tmp_path / "r.xlsx"
    with pytest.raises(bm.UsageError) as e:
        bm.write_report(out, split, survey=s)
    assert e.value.code == "report-split-figures"
    fr, en = str(e.value), e.value.render("en")
    assert 'répartis par strate de population (by="strate"' in fr
    assert "barometre.adoption(survey) sans by=" in fr and "--by strate" in fr
    assert 'split by population band (by="strate"' in en and "without by=" in en
    assert not out.exists()
    with pytest.raises(bm.UsageError, match="by=\"strate\""):  # without the survey frame too
        bm.write_report(out, split)
    with pytest.raises(bm.UsageError, match="by=\"strate\""):  # compare_survey's frame alike
        bm.write_report(out, bm.compare_survey(s, within="05,48", by="strate"), survey=s)


def test_the_report_of_the_whole_type_says_the_whole_base(tmp_path):
    from openpyxl import load_workbook

    path, n_small, n_mid = _bands_file(tmp_path)
    s = bm.read_survey(path)
    out = bm.write_report(tmp_path / "r.xlsx", bm.adoption(s, within=["05", "48"]), survey=s)
    wb = load_workbook(out)
    rows = [r for r in wb["Adoption"].iter_rows(values_only=True) if r[0] == "commune"]
    assert len(rows) == 3  # Facebook, Instagram, au moins un réseau: one row each
    n = len(s["code"].unique())
    assert {r[5] for r in rows} == {n}
    said = " ".join(str(c) for r in wb["Synthèse"].iter_rows(values_only=True) for c in r if c)
    assert f"n = {fmt_int(n, 'fr')} ayant répondu sur " in said


def test_the_report_refuses_figures_split_by_category(tmp_path):
    e = bm.reference.entities("epci")
    codes = (sorted(e.loc[e["kind"] == "CA", "code"])[:10]
             + sorted(e.loc[e["kind"] == "CC", "code"])[:10])
    path = tmp_path / "epci.csv"
    path.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(codes)),
        encoding="utf-8")
    s = bm.read_survey(path)
    with pytest.raises(bm.UsageError) as err:
        bm.write_report(tmp_path / "r.xlsx", bm.adoption(s, by="category"), survey=s)
    assert err.value.code == "report-split-figures"
    assert "catégorie d'intercommunalités" in str(err.value) and "--by category" in str(err.value)


# 2. the adoption chart of figures split by band: each bar its band and its n of N

def _chart_texts(fig):
    ax = fig.axes[0]
    labels = [(t.get_position()[1], t.get_gid(), t.get_text()) for t in ax.texts
              if (t.get_gid() or "").startswith("label:")]
    return (sorted(labels), fig._supxlabel.get_text().replace("\n", " "),
            fig.get_suptitle().replace("\n", " "))


@pytest.mark.parametrize("make", ["adoption", "compare_survey"])
def test_the_chart_names_each_bar_s_band_and_its_n(tmp_path, make):
    """Each bar read « enquête bandes.csv, 2026 », sorted by share, no band anywhere, and
    the caption said « (… à … selon le réseau) » of the bands' n."""
    import matplotlib

    matplotlib.use("Agg")
    path, n_small, n_mid = _bands_file(tmp_path)
    s = bm.read_survey(path)
    res = getattr(bm, make)(s, within="05,48", by="strate")
    fig = bm.charts.adoption(res)
    labels, caption, title = _chart_texts(fig)
    facebook = [text for _, gid, text in labels if gid.split(":")[2] == "facebook"]
    bands = list(dict.fromkeys(res["strate"]))
    assert len(facebook) == len(bands)  # one bar per band, in the bands' order (top first)
    assert facebook[0].endswith(
        f"moins de 500 habitants (n = {fmt_int(n_small - 5, 'fr')} sur {fmt_int(n_small, 'fr')})")
    assert facebook[1].endswith(f"500–1 999 habitants (n = {n_mid} sur {n_mid})")
    assert not any("bandes.csv" in text for _, _, text in labels)
    assert "selon le réseau" not in caption
    assert "dans chaque strate (n sur N de la strate après chaque part)" in caption
    assert title.startswith("Présence sur les réseaux sociaux : communes des Hautes-Alpes et "
                            "de la Lozère par strate de population")
    en_labels, en_caption, en_title = _chart_texts(bm.charts.adoption(res, lang="en"))
    assert any(t.endswith(f"under 500 inhabitants (n = {n_small - 5} of {n_small})")
               for _, _, t in en_labels)
    assert "by population band" in en_title and "in each band" in en_caption


def test_the_chart_of_figures_split_by_category_names_each_category(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    e = bm.reference.entities("epci")
    ca = sorted(e.loc[e["kind"] == "CA", "code"])[:10]
    cc = sorted(e.loc[e["kind"] == "CC", "code"])[:12]
    path = tmp_path / "epci.csv"
    path.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(ca + cc)),
        encoding="utf-8")
    res = bm.adoption(bm.read_survey(path), by="category", platforms="facebook")
    n_cc = int(res.loc[res["category"] == "CC", "n_category"].iloc[0])
    labels, caption, title = _chart_texts(bm.charts.adoption(res))
    said = [t for _, gid, t in labels if gid.split(":")[2] == "facebook"]
    assert said[0].endswith(f"Communautés de communes (n = 12 sur {fmt_int(n_cc, 'fr')})")
    assert "Communautés d'agglomération (n = 10 sur" in said[1]
    assert "par catégorie" in title and "dans chaque catégorie" in caption
