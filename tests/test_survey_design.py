"""A survey file that holds a part of its type whole is no random sample of the type
(review14a, sample14): every metropolitan entity and no overseas one, every ville
préfecture, every commune of 20,000 inhabitants or more, alone or beside a few others.
compare --data printed a Wilson interval "of the N entities of the type" for such files:
92 % 12/13 "IC 78–94 %" for the 13 metropolitan régions, 94 % 90/96 "IC 92–94 %" for the
96 metropolitan départements (the share of the 101 can be 90/101 = 89.1 %), 47 % 141/301
"IC 41–52 %" for the 101 villes préfectures (all "Oui") beside 200 other communes (a
design-respecting estimate is 20 %)."""

from __future__ import annotations

import pandas as pd
import pytest

import barometre as bm
from barometre.datasets import reference
from barometre.analysis.stats import wilson_interval
from tests.conftest import as_json

NNBSP = "\u202f"


def _codes(t: str) -> list[str]:
    return bm.reference.type_codes(t)


def _metro(t: str) -> list[str]:
    e = bm.reference.entities(t)
    return e.loc[~e["region"].isin(["01", "02", "03", "04", "06"]), "code"].tolist()


def _wide(path, header: str, rows: list[tuple[str, ...]]):
    path.write_text(header + "\n" + "".join(";".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def dep96(tmp_path):
    """The 96 metropolitan départements, 90 on Facebook (review14a's dep96.csv)."""
    codes = _metro("departement")
    assert len(codes) == 96
    return _wide(tmp_path / "dep96.csv", "Code département;Facebook;Date",
                 [(c, "Non" if i % 16 == 0 else "Oui", "15/10/2025") for i, c in enumerate(codes)])


@pytest.fixture
def mix(tmp_path):
    """Every ville préfecture ("Oui") beside 200 other communes, 40 of them "Oui"."""
    vp = _codes("ville_prefecture")
    others = [c for c in _codes("commune") if c not in set(vp)][::170][:200]
    assert len(others) == 200
    rows = [(c, "Oui", "15/10/2025") for c in vp]
    rows += [(c, "Oui" if i % 5 == 0 else "Non", "15/10/2025") for i, c in enumerate(others)]
    return _wide(tmp_path / "mix.csv", "Code commune;Facebook;Date", rows)


def test_the_metropolitan_departements_alone_are_their_census(cli, dep96):
    """90/96 is the census of metropolitan France, not a sample of the 101: no interval
    "of the 101", and what the 5 overseas ones can make of the share of all 101 is said."""
    out = cli("compare", "--data", dep96, "--type", "departement").stdout
    assert "IC 95" not in out
    assert "exhaustif (métropole)" in out
    assert ("Le fichier couvre les 96 départements de métropole et rien d'outre-mer : ce n'est "
            "pas un échantillon tiré au hasard des 101 départements") in out
    # 90/101 = 89.1 % and (90 + 5)/101 = 94.1 %: the worst and best case of the 101
    assert f"Facebook de 89{NNBSP}% à 94{NNBSP}%" in out
    rows = as_json(cli("compare", "--data", dep96, "--type", "departement", "-f", "json"))
    fb = next(r for r in rows if r["platform"] == "facebook")
    assert (fb["n_present"], fb["n_base"], fb["census"]) == (90, 96, False)
    assert (fb["design"], fb["design_subset"], fb["n_subset"], fb["subset_census"]) == (
        "subset", "metropole", 96, True)
    assert fb["ci_low"] is None and fb["ci_high"] is None  # the part's census: no interval
    import csv
    import io

    metro = [c for c in reference.type_codes("departement") if not c.startswith("97")]
    f92 = dep96.parent / "m92.csv"  # 92/96 = 0.958333…
    f92.write_text("Code département;Facebook\n" + "".join(
        f"{c};{'Oui' if i < 92 else 'Non'}\n" for i, c in enumerate(metro)), encoding="utf-8")
    table = cli("compare", "--data", f92, "--type", "departement", "-f", "csv").stdout
    [r] = [r for r in csv.DictReader(io.StringIO(table)) if r["platform"] == "facebook"]
    # the part's census has no interval: empty bounds (were the share twice, 0.958333)
    assert r["share"] == "0.958333" and r["ci_low"] == r["ci_high"] == ""
    en = cli("compare", "--data", dep96, "--type", "departement", "--lang", "en").stdout
    assert "census (metropolitan)" in en
    assert "The file covers the 96 metropolitan départements and nothing overseas" in en


def test_the_metropolitan_regions_alone(cli, tmp_path):
    codes = _metro("region")
    assert len(codes) == 13
    src = _wide(tmp_path / "reg13.csv", "Code région;Facebook;X;Date",
                [(c, "Non" if i == 0 else "Oui", "Oui" if i % 2 else "Non", "15/10/2025")
                 for i, c in enumerate(codes)])
    out = cli("compare", "--data", src, "--type", "region").stdout
    assert "IC 95" not in out and "exhaustif (métropole)" in out
    assert "petit effectif" not in out  # a census of the part has no interval to widen
    assert "les 13 régions de métropole et rien d'outre-mer" in out


def test_blanks_in_the_part_give_an_interval_for_the_part(cli, tmp_path):
    """A file of the 96 metropolitan départements with 6 blank answers: an interval, of the
    96 (N = 96), said so in the cell and the note."""
    codes = _metro("departement")
    src = _wide(tmp_path / "dep.csv", "Code département;Facebook;Date",
                [(c, "" if i < 6 else "Non" if i == 6 else "Oui", "15/10/2025")
                 for i, c in enumerate(codes)])
    out = cli("compare", "--data", src, "--type", "departement").stdout
    assert "(métropole)" in out and "IC 95" in out
    assert "N = 96 départements de métropole" in out
    fb = as_json(cli("compare", "--data", src, "--type", "departement", "-f", "json"))[0]
    assert fb["subset_census"] is False and fb["n_base"] == 90
    lo, hi = wilson_interval(89 / 90, 90, population=96)
    assert (fb["ci_low"], fb["ci_high"]) == (pytest.approx(lo, abs=1e-4), pytest.approx(hi, abs=1e-4))


def test_the_communes_of_20000_inhabitants_or_more(cli, tmp_path):
    e = bm.reference.entities("commune")
    codes = e.loc[e["population"] >= 20_000, "code"].tolist()
    src = _wide(tmp_path / "com20k.csv", "Code commune;Facebook;Date",
                [(c, "Non" if i % 10 == 0 else "Oui", "15/10/2025") for i, c in enumerate(codes)])
    out = cli("compare", "--data", src, "--type", "commune").stdout
    assert "IC 95" not in out
    assert f"exhaustif (≥ 20{NNBSP}000 hab.)" in out
    assert f"les {len(codes)} communes de 20{NNBSP}000 habitants ou plus et aucune autre commune" in out
    band = cli("compare", "--data", src, "--type", "commune", "--by", "strate").stdout
    assert "IC 95" not in band and "chaque strate est celle des communes" in band


def test_the_villes_prefectures_beside_others_get_a_weighted_estimate(cli, mix):
    """47 % of the file is no estimate of the communes: no interval for it (†), and the
    estimate weighing the 101 préfectures (counted) and the 200 others (a sample of the
    34,774 others) is given: (101 + 34,774 × 40/200) / 34,875 = 20 %."""
    out = cli("compare", "--data", mix, "--type", "commune").stdout
    assert "IC 95" not in out.split("\n\n")[0]  # the table: no interval for 47 %
    assert f"47{NNBSP}%†" in out and "voir †" in out
    assert "† échantillon retenu par l'auteur" not in out  # its own note, not the sources'
    N, N_part, N_rest = 34_875, 101, 34_774
    est = (N_part + N_rest * 40 / 200) / N
    lo, hi = wilson_interval(40 / 200, 200, population=N_rest)
    lo, hi = (101 + N_rest * lo) / N, (101 + N_rest * hi) / N
    assert round(est, 3) == 0.202 and 0.14 < lo < est < hi < 0.27
    said = bm.render.formats.fmt_ci(lo, hi)
    assert f"Facebook 20{NNBSP}% ({said})" in out
    assert ("† Le fichier tient les 101 villes préfectures, toutes, à côté de 200 autres "
            f"communes sur 34{NNBSP}774 : ce n'est pas un échantillon tiré au hasard") in out
    for args in ((), ("--vs", "ville_prefecture")):  # the coded path and the frame's
        rows = as_json(cli("compare", "--data", mix, "--type", "commune", *args, "-f", "json"))
        fb = next(r for r in rows if r["platform"] == "facebook"
                  and r["collectivity_type"] == "commune")
        assert (fb["n_present"], fb["n_base"]) == (141, 301)
        assert fb["ci_low"] is None and fb["ci_high"] is None
        assert fb["flags"] == ["non_random_sample"]
        assert (fb["design"], fb["design_subset"]) == ("stratified", "ville_prefecture")
        assert fb["estimate"] == pytest.approx(est, abs=1e-6)
        assert (fb["estimate_low"], fb["estimate_high"]) == (
            pytest.approx(lo, abs=1e-4), pytest.approx(hi, abs=1e-4))
    vp = next(r for r in rows if r["collectivity_type"] == "ville_prefecture")
    assert vp["census"] is True and vp.get("design") is None
    # split by size band (mix21): a band with no préfecture holds others alone, a sample
    # of the band (20/110 of the 18,256 < 500); a band mixing préfectures and others
    # over-weights them: no interval
    band = cli("compare", "--data", mix, "--type", "commune", "--by", "strate").stdout
    rows = {line.split("  ")[0]: line for line in band.splitlines() if "Facebook" in line}
    lo, hi = wilson_interval(20 / 110, 110, population=18_256)
    assert "20/110" in rows["< 500"] and bm.render.formats.fmt_ci(lo, hi) in rows["< 500"]
    assert "voir †" in rows["20 000–49 999"] and "IC 95" not in rows["20 000–49 999"]
    assert ("une strate qui mêle des villes préfectures et d'autres communes surreprésente "
            "cette partie, pas d'intervalle") in band
    en = cli("compare", "--data", mix, "--type", "commune", "--lang", "en").stdout
    assert "it is not a random sample of the 34,875 municipalities" in en


def test_what_is_no_design(tmp_path):
    """A near census (every département but Mayotte), a part of a few entities drawn at
    random, or the whole type: nothing to say; another type: nothing either."""
    from barometre.analysis.survey import survey_design

    deps = _codes("departement")
    assert survey_design([c for c in deps if c != "976"], "departement") is None
    assert survey_design(deps, "departement") is None
    assert survey_design(deps[::3], "departement") is None
    assert survey_design(_codes("commune")[::50], "commune") is None
    d = survey_design(_metro("departement") + ["971"], "departement")
    assert (d.id, d.n_subset, d.n_others, d.n_rest, d.stratified) == ("metropole", 96, 1, 5, True)
    d = survey_design(_codes("grande_ville"), "commune")  # the largest part held whole
    assert d.id == "grande_ville" and d.n_subset == 42 and not d.stratified
    d = survey_design(_codes("ville_moyenne") + _codes("grande_ville"), "commune")
    assert d.id == "population>=20000" and d.n_subset == 484


def test_a_file_of_every_departement_keeps_its_census(cli, tmp_path):
    src = _wide(tmp_path / "all.csv", "Code département;Facebook;Date",
                [(c, "Oui", "15/10/2025") for c in _codes("departement")])
    rows = as_json(cli("compare", "--data", src, "--type", "departement", "-f", "json"))
    assert rows[0]["census"] is True and "design" not in rows[0]


def test_the_report_says_the_design(cli, dep96, mix, tmp_path):
    import openpyxl

    for src, t, said in ((dep96, "departement", "exhaustif (métropole)"), (mix, "commune", None)):
        out = tmp_path / f"{t}.xlsx"
        assert cli("report", "--data", src, "--type", t, "-o", out).exit_code == 0
        wb = openpyxl.load_workbook(out)
        method = [[c.value for c in row] for row in wb["Sources et méthode"].iter_rows()]
        design = next(r for r in method if r[0] == "Plan du fichier")
        assert "ce n'est pas un échantillon tiré au hasard" in design[1]
        notes = [c.value for row in wb["Adoption"].iter_rows() for c in row
                 if isinstance(c.value, str)]
        assert any("pas un échantillon tiré au hasard" in v for v in notes)
        summary = [c.value for row in wb["Synthèse"].iter_rows() for c in row
                   if isinstance(c.value, str)]
        assert any("pas un échantillon tiré au hasard" in v for v in summary)
        assert not any("échantillon retenu par l'auteur" in v for v in summary + notes)
        if said:
            # the word, no number: the part's census has no interval
            assert wb["Adoption"]["G2"].value == wb["Adoption"]["H2"].value == said
            intervals = next(r for r in method if r[0] == "Intervalles")
            assert "N = 96 départements de métropole" in intervals[1]
            # the share of the part, not « de toutes les collectivités du type en France »
            assert "pour la part de l'ensemble des départements de métropole\u00a0:" in intervals[1]
            assert "toutes les collectivités du type en France" not in intervals[1]


def test_trend_says_a_wave_that_is_no_random_sample(cli, dep96):
    """trend --data says the wave whose file is the 96 metropolitan départements, and gives
    it the part's figures as compare does (wav23b: it read it as a sample of the 101, an
    interval for a census of the part, which has no sampling error)."""
    out = cli("trend", "--type", "departement", "--data", dep96)
    assert "IC 95" not in out.stdout and "exhaustif (métropole)" in out.stdout
    assert ("Vague du 15 octobre 2025 : le fichier tient les 96 départements de métropole et rien "
            "d'outre-mer ; ce n'est pas un échantillon tiré au hasard des 101 départements") in out.stdout
    assert "Vague du" not in out.stderr  # under the table, with it (s32: was stderr)
    rows = as_json(cli("trend", "--type", "departement", "--data", dep96, "-f", "json"))
    assert rows[0]["census"] is True and rows[0]["ci_low"] is None


def test_the_design_is_the_year_shown(cli, tmp_path):
    """A file of 2024 readings of the 96 metropolitan départements and 2025 readings of all
    101: 2025 is a census of the type, 2024 (--year 2024) the census of metropolitan France."""
    deps, metro = _codes("departement"), set(_metro("departement"))
    src = tmp_path / "two.csv"
    src.write_text("code;plateforme;présent;date du relevé\n"
                   + "".join(f"{c};Facebook;Oui;15/10/2024\n" for c in deps if c in metro)
                   + "".join(f"{c};Facebook;{'Oui' if i % 5 else 'Non'};15/10/2025\n"
                             for i, c in enumerate(deps)), encoding="utf-8")
    latest = cli("compare", "--data", src, "--type", "departement").stdout
    assert "rien d'outre-mer" not in latest and "exhaustif" in latest
    older = cli("compare", "--data", src, "--type", "departement", "--year", "2024").stdout
    assert "exhaustif (métropole)" in older and "rien d'outre-mer" in older


def test_changes_between_two_waves_of_the_metropolitan_departements_is_their_census(
        cli, tmp_path):
    """compare says « exhaustif (métropole) » for a file of the 96 metropolitan
    départements; changes between two such files printed a McNemar p-value (0,008), as if
    the 96 were a random sample of the 101."""
    from barometre.analysis.waves import changes, read_waves

    metro = [c for c in reference.type_codes("departement") if not c.startswith("97")]
    assert len(metro) == 96
    old, new = tmp_path / "m24.csv", tmp_path / "m25.csv"
    for path, date, yes in ((old, "15/10/2024", 84), (new, "15/10/2025", 92)):
        path.write_text("Code département;Facebook;Date\n" + "".join(
            f"{c};{'Oui' if i < yes else 'Non'};{date}\n" for i, c in enumerate(metro)),
            encoding="utf-8")
    c = changes(read_waves([old, new]))
    fb = c.set_index("platform").loc["facebook"]
    assert (bool(fb["census"]), fb["n_paired"], fb["joined"]) == (True, 96, 8)
    assert pd.isna(fb["p_value"])
    assert c.attrs["design"]["id"] == "metropole"
    res = cli("changes", "--data", old, "--data", new)
    assert res.exit_code == 0, res.output
    assert "exhaustif" in res.stdout and "p (McNemar)" in res.stdout
    assert ("« exhaustif » : les vagues tiennent les 96 départements de métropole et rien "
            "d'outre-mer ; l'évolution est celle de cette partie, comptée entière (sans "
            "erreur d'échantillonnage), pas celle des 101 départements.") in res.stdout
    assert "« exhaustif »" not in res.stderr  # under the table, with it (s32: was stderr)


def test_the_adoption_chart_of_a_stratified_file_says_its_design(mix):
    """chart adoption on the 101 préfectures beside 200 communes wrote the published
    figures' « † échantillon retenu par l'auteur, sans tirage au sort dit », and no
    estimate; its caption now says what compare says."""
    from barometre.analysis.survey import compare_survey
    from barometre.render import charts

    s = bm.read_survey(mix, type="commune")
    fig = charts.adoption(compare_survey(s, "commune"))
    caption = fig.get_supxlabel() if hasattr(fig, "get_supxlabel") else ""
    text = " ".join([caption] + [t.get_text() for t in fig.texts])
    assert "échantillon retenu par l'auteur" not in text
    assert "Le fichier tient les 101 villes préfectures" in text
    assert "Facebook 20" in text  # the stratum-weighted estimate


def test_changes_without_the_whole_part_says_no_part_census(cli, tmp_path):
    """A second wave of 95 of the 96 metropolitan départements: a p-value, and no note that
    the waves hold the 96 (it was printed whether or not a census came of it)."""
    metro = [c for c in reference.type_codes("departement") if not c.startswith("97")]
    old, new = tmp_path / "m24.csv", tmp_path / "m25.csv"
    for path, date, codes in ((old, "15/10/2024", metro), (new, "15/10/2025", metro[1:])):
        path.write_text("Code département;Facebook;Date\n" + "".join(
            f"{c};{'Oui' if i % 3 else 'Non'};{date}\n" for i, c in enumerate(codes)),
            encoding="utf-8")
    res = cli("changes", "--data", old, "--data", new)
    assert res.exit_code == 0, res.output
    assert "les vagues tiennent" not in res.stderr
    assert "toute la partie du type" not in res.stdout


def test_the_synthese_design_note_is_wrapped_within_the_printed_width(cli, dep96, tmp_path):
    """The design note, a paragraph, was one cell's line running past column J: cut on the
    printed page (LibreOffice: « … pour les 101 suppo »)."""
    import openpyxl

    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", dep96, "--type", "departement", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Synthèse"]
    [row] = [c.row for c in ws["A"] if isinstance(c.value, str)
             and c.value.startswith("Le fichier couvre les 96 départements")]
    assert f"A{row}:J{row}" in {str(m) for m in ws.merged_cells.ranges}
    assert ws[f"A{row}"].alignment.wrap_text
    assert ws.row_dimensions[row].height > 30  # as tall as its lines


# ------------------------------------------- a sample inside some size bands (review17b)

def _band(low: int, high: int) -> list[str]:
    """The communes of ``low`` to ``high - 1`` inhabitants (reference), by code."""
    e = bm.reference.entities("commune")
    return sorted(e.loc[(e["population"] >= low) & (e["population"] < high), "code"])


@pytest.fixture
def mid200(tmp_path):
    """200 communes of 10,000–49,999 inhabitants (914 in France), 180 on Facebook."""
    codes = _band(10_000, 50_000)
    assert len(codes) == 914
    rows = [(c, "Non" if i % 10 == 0 else "Oui", "15/10/2025")
            for i, c in enumerate(codes[::4][:200])]
    return _wide(tmp_path / "mid200.csv", "Code commune;Facebook;Date", rows)


def test_a_sample_of_one_population_range_is_its_sample_not_the_communes(cli, mid200, tmp_path):
    """200 communes, all of 10,000–49,999 inhabitants: compare gave "IC 95 % : 85–93 %"
    for the 34,875 communes, with no note (a random draw of 200 communes would hold about
    190 of fewer than 10,000). Its interval is the 914's, and the note says the bands
    missing and that nothing is estimated for them."""
    out = cli("compare", "--data", mid200, "--type", "commune").stdout
    lo, hi = wilson_interval(180 / 200, 200, population=914)
    said = bm.render.formats.fmt_ci(lo, hi)
    assert said != bm.render.formats.fmt_ci(*wilson_interval(0.9, 200, population=34_875))
    assert f"{said} (10{NNBSP}000–49{NNBSP}999 hab.)" in out
    assert f"N = 914 communes de 10{NNBSP}000 à 49{NNBSP}999 habitants" in out
    assert (f"Le fichier ne tient que des communes de 10{NNBSP}000 à 49{NNBSP}999 habitants "
            f"(200 des 914 en France)") in out
    assert (f"les 33{NNBSP}961 autres communes (strates < 500, 500–1{NNBSP}999, "
            f"2{NNBSP}000–4{NNBSP}999, 5{NNBSP}000–9{NNBSP}999, 50{NNBSP}000–99{NNBSP}999, "
            f"≥ 100{NNBSP}000) manquent au fichier, pas d'estimation pour elles") in out
    assert "--by strate" in out
    fb = as_json(cli("compare", "--data", mid200, "--type", "commune", "-f", "json"))[0]
    assert (fb["design"], fb["design_subset"], fb["n_subset"]) == (
        "subset", "population:10000-49999", 914)
    assert fb["subset_census"] is False and fb["estimate"] is None
    assert (fb["ci_low"], fb["ci_high"]) == (pytest.approx(lo, abs=1e-4),
                                             pytest.approx(hi, abs=1e-4))
    csv = cli("compare", "--data", mid200, "--type", "commune", "-f", "csv").stdout
    assert "subset,population:10000-49999,914" in csv
    # per band: each band its own N, the note says which bands are missing
    band = cli("compare", "--data", mid200, "--type", "commune", "--by", "strate").stdout
    assert "chaque strate est comptée à part (N = sa taille)" in band
    en = cli("compare", "--data", mid200, "--type", "commune", "--lang", "en").stdout
    assert "The file holds only municipalities of 10,000 to 49,999 inhabitants" in en
    # the report: the same interval's N and the same note
    import openpyxl

    rep = tmp_path / "mid.xlsx"
    assert cli("report", "--data", mid200, "--type", "commune", "-o", rep).exit_code == 0
    wb = openpyxl.load_workbook(rep)
    method = {r[0]: r[1] for r in wb["Sources et méthode"].iter_rows(values_only=True) if r[0]}
    assert f"N = 914 communes de 10{NNBSP}000 à 49{NNBSP}999 habitants" in method["Intervalles"]
    assert "Le fichier ne tient que des communes" in method["Plan du fichier"]
    summary = [v for row in wb["Synthèse"].iter_rows(values_only=True) for v in row
               if isinstance(v, str)]
    assert any("pas d'estimation pour elles" in v for v in summary)
    # trend reads each wave as a sample of the type, and says this one is not
    trend = cli("trend", "--type", "commune", "--data", mid200)
    assert (f"le fichier tient 200 communes de 10{NNBSP}000 à 49{NNBSP}999 habitants "
            "seulement (sur 914 en France)") in trend.stdout  # s32: was stderr


def test_the_others_beside_a_part_inside_some_bands_are_not_extrapolated(cli, tmp_path):
    """The 101 villes préfectures ("Oui") beside 200 communes of 10,000–49,999 inhabitants
    (40 "Oui"): the weighted estimate was given for the 34,875 communes (20 %), though no
    commune of fewer than 5,000 inhabitants (90 % of them) was in the file. It is now for
    the 101 and the 872 other communes of those bands: (101 + 872 × 40/200) / 973."""
    vp = _codes("ville_prefecture")
    others = [c for c in _band(10_000, 50_000) if c not in set(vp)]
    assert len(others) == 872
    rows = [(c, "Oui", "15/10/2025") for c in vp]
    rows += [(c, "Oui" if i < 40 else "Non", "15/10/2025")
             for i, c in enumerate(others[::4][:200])]
    src = _wide(tmp_path / "strat.csv", "Code commune;Facebook;Date", rows)
    est = (101 + 872 * 40 / 200) / 973
    lo, hi = wilson_interval(40 / 200, 200, population=872)
    lo, hi = (101 + 872 * lo) / 973, (101 + 872 * hi) / 973
    out = cli("compare", "--data", src, "--type", "commune").stdout
    assert "34 875 communes en pesant" not in out.replace(NNBSP, " ")
    assert "Estimée pour les 973 communes que le fichier représente" in out
    assert f"Facebook 28{NNBSP}% ({bm.render.formats.fmt_ci(lo, hi)})" in out
    assert (f"les communes des strates < 500, 500–1{NNBSP}999, 2{NNBSP}000–4{NNBSP}999, "
            f"5{NNBSP}000–9{NNBSP}999, 50{NNBSP}000–99{NNBSP}999, ≥ 100{NNBSP}000 (hors des "
            "villes préfectures) manquent au fichier") in out
    fb = as_json(cli("compare", "--data", src, "--type", "commune", "-f", "json"))[0]
    assert fb["design"] == "stratified" and fb["n_estimate"] == 973
    assert fb["estimate"] == pytest.approx(est, abs=1e-6)
    assert (fb["estimate_low"], fb["estimate_high"]) == (
        pytest.approx(lo, abs=1e-4), pytest.approx(hi, abs=1e-4))
    band = cli("compare", "--data", src, "--type", "commune", "--by", "strate").stdout
    assert "une estimation pondérée pour les 973 communes" in band


def test_when_a_file_is_read_as_inside_some_bands():
    """The rule: a random draw of the type falls inside the bands the file's entities fall
    in with a chance under one in a million (C(m, n) / C(N, n))."""
    import random

    from barometre.analysis.survey import band_design, survey_design

    communes = _codes("commune")
    mid = _band(10_000, 50_000)
    for seed in range(20):  # random samples of the communes: never
        draw = random.Random(seed).sample(communes, 200)
        assert band_design(draw, "commune") is None
    assert band_design(random.Random(1).sample(communes, 5000), "commune") is None
    # 3 communes of 10,000–49,999: (914/34,875)^3 ≈ 1.8e-5, a chance; 4: 4.7e-7, none
    spread = mid[::200]  # codes in order: one per département or so
    assert band_design(spread[:3], "commune") is None
    d = band_design(spread[:4], "commune")
    assert (d.kind, d.id, d.n_sample, d.n_subset, d.n_others) == (
        "bands", "population:10000-49999", 4, 914, 0)
    # chosen by place, not drawn (review diff17a): the 36 communes of the Hauts-de-Seine
    # all have 5,000 inhabitants or more but one; more than a quarter in one département
    assert band_design([c for c in communes if c.startswith("92")], "commune") is None
    assert band_design(mid[:4], "commune") is None  # the first four: all of the Ain
    # separate bands, an open top one
    d = band_design(_band(0, 500)[::60][:300] + _band(100_000, 10**7)[:5], "commune")
    assert d.id == "population:0-499+100000+" and d.n_subset == 18_256 + 42
    assert d.missing == ("500–1 999", "2 000–4 999", "5 000–9 999", "10 000–19 999",
                         "20 000–49 999", "50 000–99 999")
    # every département but one: no design (a random 100 of 101 may miss Lozère)
    deps = _codes("departement")
    assert band_design([c for c in deps if c != "48"], "departement") is None
    # the others beside a part whole: spread over the bands (the mix above): none
    vp = set(_codes("ville_prefecture"))
    spread = list(vp) + [c for c in communes if c not in vp][::170][:200]
    part = survey_design(spread, "commune")
    assert part.stratified and band_design(spread, "commune", part=part) is None


def test_half_the_villes_prefectures_are_no_sample_of_their_bands_with_the_type_hint(cli, tmp_path):
    """50 villes préfectures read as communes: all of 5,000 inhabitants or more (2,251), but
    16 of them of 100,000 or more, where a random draw of 50 of the 2,251 holds about 1
    (42/2,251 × 50): no sample of those bands either (strata20; it printed an interval
    « N = 2 251 communes de 5 000 habitants ou plus »). The hint that --type
    ville_prefecture counts them as that type stays, saying they are a sample of neither."""
    codes = _codes("ville_prefecture")[:50]
    src = _wide(tmp_path / "half.csv", "code;Facebook", [(c, "Oui") for c in codes])
    out = cli("compare", "--data", src, "--type", "commune").stdout
    assert ("ni un échantillon tiré au hasard des communes, ni de leurs strates (voir †) ; "
            "--type ville_prefecture les compte comme villes préfectures") in out
    assert f"N = 2{NNBSP}251" not in out and "IC 95" not in out
    assert f"16 des 42 de la strate ≥ 100{NNBSP}000" in out


def test_the_report_key_figure_of_a_band_sample_is_over_the_band(cli, tmp_path):
    """The report said « (n = 60 ayant répondu sur 34 875 ; IC 95 % : … (10 000–49 999
    hab.)) »: an interval of the 914 communes of the band beside the 34,875 of the type
    (review diff17a). The N beside the interval is the band's."""
    import openpyxl

    mid = _band(10_000, 50_000)[::15][:60]
    f = tmp_path / "mid.csv"
    f.write_text("Code commune;Facebook;Date\n" + "".join(
        f"{c};{'Oui' if i % 3 else 'Non'};15/10/2025\n" for i, c in enumerate(mid)),
        encoding="utf-8")
    out = tmp_path / "r.xlsx"
    res = cli("report", "-t", "commune", "--data", f, "-o", out)
    assert res.exit_code == 0, res.output
    lines = [c.value for c in openpyxl.load_workbook(out).worksheets[0]["A"]
             if isinstance(c.value, str) and "sur Facebook" in c.value]
    assert len(lines) == 1 and "(n = 60 ayant répondu sur 914\u202f; IC 95" in lines[0], lines
    assert "(10\u202f000–49\u202f999 hab.)" in lines[0]
