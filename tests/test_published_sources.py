"""review13, findings 5, 7 and 8: a published figure's census checked against every count of its
base, its real publisher, and its source cited with the source's own date."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from barometre.datasets import published

from .test_figures_curation import build_script, flags, row


def _line(out: str, *words: str) -> str:
    return next(x for x in out.splitlines() if all(w in x for w in words))


# --- finding 8: a census no count of its base can give ------------------------------------

def test_r80_76_percent_of_the_regions_is_no_census():
    r = row(80)
    assert r["share"] == pytest.approx(0.76)
    assert r["census"] is False and pd.isna(r["n_base"]) and pd.isna(r["ci_low"])
    assert "base_unstated" in flags(r)
    assert "10/13 = 77 %" in r["notes"] and "14/18 = 78 %" in r["notes"]


def test_every_census_claim_without_a_count_is_some_k_of_n_of_its_base():
    mod = build_script()
    a = published.adoption()
    checked = 0
    for r in a.itertuples():
        counts = mod.MAP_COUNTS.get(r.base_family, ())
        if (not r.census or r.derived_from_wording or not pd.isna(r.n_base)
                or r.unit_published != "percent" or not counts):
            continue
        checked += 1
        assert mod.counts_giving(float(r.share), mod.tolerance(r.value_published), counts), \
            r.research_row
        # nor by its metropolitan count alone (pub28b: r306's 55 % is 12/22 only)
        assert not mod.only_metropolitan(float(r.share), r.value_published, counts,
                                         mod.METROPOLITAN_COUNTS.get(r.base_family, ())), \
            r.research_row
    assert checked >= 19
    unstated = a[a["flags"].str.contains("base_unstated")]
    # OST/Swello 2022 (76 %), OST 2018 (94 %), Edgar Quinet's monthly régions (60 %, 80 %),
    # Adverbia's 55 % of the régions (12/22 only: metropolitan, pub28b)
    assert set(unstated["research_row"]) == {14, 17, 24, 80, 98, 290, 306}
    assert not unstated["census"].any() and unstated["n_base"].isna().all()
    assert unstated["ci_low"].isna().all()


def test_the_census_check_uses_the_printed_precision():
    mod = build_script()
    assert not mod.census_fits(0.76, "76", (13, 18))
    assert mod.census_fits(0.77, "77", (13, 18)) and mod.census_fits(0.78, "78", (13, 18))
    assert mod.census_fits(0.85, "85", (22, 26, 27))  # 22/26 = 84.6 %
    assert not mod.census_fits(0.846, "84.6", (27,)) and mod.census_fits(0.846, "84.6", (26,))
    assert mod.census_fits(0.5, "50", ())  # a base whose count its name does not fix
    assert mod.nearest(0.76, 13) == "10/13 = 77 %" and mod.nearest(0.94, 13) == "12/13 = 92 %"


@pytest.mark.parametrize("lang, census, unknown, note", [
    ("fr", "exhaustif", "n inconnu", "≈ (n inconnu) la part publiée n'est k/N pour aucun"),
    ("en", "census", "n unknown", "≈ (n unknown) the published share is not k/N for any")])
def test_readme_first_command_no_longer_calls_76_percent_a_census(cli, lang, census, unknown, note):
    out = cli("compare", "--type", "region", "--lang", lang).stdout
    line = _line(out, "Instagram", "2022", "76")
    assert re.search(r"76\s?%≈\s+" + unknown, line.replace("\u202f", " ")), line
    assert census not in line
    assert note in out
    dep = _line(out, "Instagram", "2022", "85")
    assert census in dep  # 85 % of the départements: 86/101, still a census
    # the figure is no sample either: no "unknown denominator of a sample figure" warning
    assert "dénominateur inconnu" not in out and "unknown denominator" not in out


# --- finding 7: a figure's real publisher, and no sampling interval for a chosen set --------

def test_r163_is_choisirsonwebs_own_comparison_of_52_towns():
    s = published.sources().set_index("source_id")
    src = s.loc["choisirsonweb-2014"]
    assert src["publisher"] == "choisirsonweb.com" and src["replaces"] == "adverbia-2014"
    assert "52 villes" in src["method"] and "Bagneux" in src["method"]
    assert "Une plateforme et un échelon" not in src["method"]  # Adverbia's method, not this page's
    assert "adverbia-2014" not in s.index
    assert published.find_sources("adverbia-2014") == ["choisirsonweb-2014"]
    r = row(163)
    assert r["source"] == "choisirsonweb-2014"
    # the cited Adverbia figure (61 %) is a citation of Adverbia's own study, r309
    c = published.citations().set_index("research_row").loc[162]
    assert (c["source"], c["fact_row"]) == ("choisirsonweb-2014", 309)
    assert published.adoption().set_index("research_row").loc[309, "source"] == "adverbia-2013-2"


def test_r163_47_of_52_and_no_interval_for_towns_chosen_by_the_author():
    r = row(163)
    assert (int(r["n_present"]), int(r["n_base"])) == (47, 52)
    assert r["share"] == pytest.approx(47 / 52) and r["value_published"] == "90"
    assert [k for k in range(53) if round(100 * k / 52) == 90] == [47]  # the only k/52
    assert "non_random_sample" in flags(r) and r["census"] is False
    assert pd.isna(r["ci_low"]) and pd.isna(r["ci_high"])


@pytest.mark.parametrize("lang, note", [
    ("fr", "† échantillon retenu par l'auteur, sans tirage au sort dit"),
    ("en", "† sample chosen by the author, with no random draw stated")])
def test_compare_ville_moyenne_2014_names_choisirsonweb_and_no_interval(cli, lang, note):
    out = cli("compare", "--type", "ville_moyenne", "--year", "2014", "--lang", lang).stdout
    line = _line(out, "2014", "90")
    assert "47/52" in line and "IC 95" not in line and "CI" not in line and "79" not in line
    assert "†" in line and note in out
    assert "choisirsonweb.com, 2014" in out and "[choisirsonweb-2014]" in out
    assert re.search(r"^Source ?: choisirsonweb\.com, 2014 — ", out, re.M), out
    # the old id still selects it
    old = cli("compare", "--type", "ville_moyenne", "--source", "adverbia-2014").stdout
    assert "[choisirsonweb-2014]" in old


# --- finding 5: a source cited with its own date ------------------------------------------

@pytest.mark.parametrize("lang, cited", [
    ("fr", "Source : Institut Edgar Quinet, mars 2013 (chiffres de 2012) — "),
    ("en", "Source: Institut Edgar Quinet, March 2013 (2012 figures) — ")])
def test_compare_cites_the_source_with_its_own_date(cli, lang, cited):
    out = cli("compare", "--type", "all", "--year", "2012", "--source", "edgar-quinet-2013-3",
              "-p", "x", "--lang", lang).stdout
    assert cited in out, out
    assert "Institut Edgar Quinet, 2012" not in out
    # a figure of the source's own year: the source's date alone
    out = cli("compare", "--type", "region", "--year", "2015", "--source", "ideose",
              "--lang", lang).stdout
    assert ("Source : Ideose, octobre 2015 — " if lang == "fr"
            else "Source: Ideose, October 2015 — ") in out


def test_trend_dates_one_source_one_way():
    from barometre.render.views import trend_table

    import barometre as bm

    out = trend_table(bm.trend("all", "facebook"))
    cells = [x for x in out.splitlines() if "[edgar-quinet-2013]" in x]
    assert len(cells) == 2
    assert all("Institut Edgar Quinet, mars 2013" in x for x in cells)
    assert "Institut Edgar Quinet, mars 2013 (chiffres de 2012) [edgar-quinet-2013]" in cells[0]
    assert "Institut Edgar Quinet, mars 2013 [edgar-quinet-2013]" in cells[1]
    # "OST / Swello, 2022" was cited for the "Étude 2023"
    assert "Swello, 2023 (chiffres de 2022) [ost-2023]" in out


def test_every_source_is_cited_with_the_date_sources_and_the_report_give_it():
    from barometre.render.formats import fmt_date, source_date

    s = published.sources().set_index("source_id")
    a = published.adoption()
    for sid, g in a.groupby("source"):
        src = s.loc[sid]
        if pd.isna(src["year_published"]):
            continue  # dated by its figures ("fin 2015")
        own = fmt_date(src["year_published"], src["month"], "fr", src["period"])
        for year in g["year"].dropna():
            cited = source_date(sid, [year])
            assert cited.startswith(own), (sid, cited)
            assert (year == src["year_published"]) == (cited == own), (sid, cited)


def test_a_source_without_a_year_of_its_own_is_dated_by_its_figures():
    from barometre.render.formats import source_date

    assert source_date("ideose-2015-3", [2015], "fr", None, "late") == "fin 2015"
    assert source_date("edgar-quinet-nd", [2013], "en", 3) == "March 2013"
    assert source_date("enquete.xlsx", [2024, 2025]) == "2024–2025"


def test_a_title_month_of_another_year_is_not_the_sources_month():
    s = published.sources().set_index("source_id")
    # the "décembre 2014" edition, cited by an article of January 2015: was month 12 of 2015
    r = s.loc["edgar-quinet-2014-12"]
    assert int(r["year_published"]) == 2015 and pd.isna(r["month"])
    assert build_script().month_of("Baromètre, décembre 2014 (via X)", "2015") == ""
    assert build_script().month_of("Baromètre, octobre 2015 (via X)", "2015") == "10"


def test_chart_caption_and_labels_cite_the_sources_date():
    import barometre as bm
    from barometre.render import charts

    fig = charts.adoption(bm.compare("all", year=2012, source="edgar-quinet-2013-3",
                                     platforms="x"))
    text = fig._supxlabel.get_text().replace("\n", " ")
    assert ("Source : Institut Edgar Quinet, via Décision Achats, mars 2013 (chiffres de 2012)."
            in text), text
    fig = charts.adoption(bm.compare("grande_ville", year=2012, all_sources=True), lang="en")
    labels = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any("Institut Edgar Quinet, March 2013 (2012 figures)" in t for t in labels), labels


def test_report_key_figure_cites_the_sources_date():
    import barometre as bm
    from barometre.analysis.report import report_data
    from barometre.render.excel.content import key_line

    r = report_data(bm.compare("all", year=2012, source="edgar-quinet-2013-3", platforms="x"))
    line = key_line(r.key_figures[0], "fr")
    assert line.endswith("Institut Edgar Quinet, mars 2013 (chiffres de 2012)"), line


def test_a_disputed_figure_marked_not_comparable_says_why(cli):
    """compare --all-sources marked Edgar Quinet's two accounts of March 2012 « ≠ » without a
    « ≠ » note (the notes said « autre mesure » and « réseau hors » only)."""
    out = cli("compare", "--year", "2012", "--type", "grande_ville", "--all-sources").stdout
    assert "56,7\u202f%≈‡≠" in out  # not k/176 either (review 18)
    # the figure named by its base (50 grandes villes, 100 départements et 26 régions), not
    # « ensemble des collectivités » (pub18a)
    assert ("≠ chiffre contesté, hors de la comparaison (voir ‡) : 50 grandes villes, "
            "100 départements et 26 régions Facebook.") in out.splitlines()
    en = cli("compare", "--year", "2012", "--type", "grande_ville", "--all-sources",
             "--lang", "en").stdout
    assert ("≠ disputed figure, outside the comparison (see ‡): 50 large cities, 100 départements "
            "and 26 regions Facebook.") in en.splitlines()
