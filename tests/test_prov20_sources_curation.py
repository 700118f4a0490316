"""The shipped sources say where each figure comes from, truly (rvdata20 findings 2, 5, 6):
titles are the pages' own, not the researchers' notes; no month read from a note; a count
of 2022 cites the 2022 version of its page; a method is ours and says so; the Cospirit
pages' method is their own scope."""

from __future__ import annotations

import openpyxl
import pandas as pd

from barometre.datasets import published

from .test_figures_curation import build_script

NOTE_WORDS = ("non précisée", "same study", "ow.ly", "cohérents", "citing", "short link",
              "dans l'extrait", "; ", "cited in", "republished", "reprint", "user counts",
              "study 20")


def test_no_research_note_in_a_title():
    s = published.sources()
    noted = s[s["title"].map(lambda t: any(w in t for w in NOTE_WORDS))]
    assert noted.empty, noted[["source_id", "title"]].to_string()


def test_cleaned_titles_keep_their_ids():
    s = published.sources().set_index("source_id")
    assert s.loc["edgar-quinet-nd", "title"] == (
        "2e baromètre annuel Collectivités territoriales et réseaux sociaux (via le blog de "
        "l'AMGVF)")
    assert s.loc["afnor-nd", "title"] == "Baromètre annuel Afnor cité par Paroles d'élus"
    assert s.loc["adverbia-2010-2", "title"].endswith("(digitalmaniak.fr, déc. 2010)")


def test_no_month_from_a_note():
    """edgar-quinet-nd's page prints no date: it read « mars 2013 » from the note."""
    s = published.sources().set_index("source_id")
    assert pd.isna(s.loc["edgar-quinet-nd", "month"])
    for table in (published.adoption(), published.other_figures(), published.citations()):
        mine = table[table["source"] == "edgar-quinet-nd"]
        assert len(mine) and mine["month"].isna().all()


def test_sources_command_dates_it_s_d(cli):
    out = cli("sources", "--json")
    assert out.exit_code == 0
    import json

    row = next(r for r in json.loads(out.stdout) if r["source"] == "edgar-quinet-nd")
    assert row["month"] is None and row["year_published"] is None


def test_a_2022_count_cites_the_2022_page():
    c = published.entity_counts()
    s = published.sources().set_index("source_id")
    r352 = c[c["research_row"] == 352].iloc[0]
    assert r352["source"] == "vie-publique-fr-2022"
    assert int(s.loc[r352["source"], "year_published"]) == 2022
    assert s.loc["vie-publique-fr-2022", "title"].endswith("(vie-publique.fr, 2022)")
    # the 2021 counts keep their source
    assert set(c[c["research_row"].between(346, 351)]["source"]) == {"vie-publique-fr-2021"}
    # no figure of a year after its source's publication year
    merged = c.merge(s[["year_published"]], left_on="source", right_index=True)
    dated = merged.dropna(subset=["year_published"])
    assert (dated["year"].astype(int) <= dated["year_published"].astype(int)).all()


def test_build_script_splits_a_page_of_two_years():
    mod = build_script()
    rows = [{"source": "Une page (exemple.fr)", "publisher": "exemple.fr",
             "year_published": y, "year_observed": y, "url": "https://exemple.fr"}
            for y in ("2021", "2021", "2022")]
    sources, ids = mod.build_sources(rows, {})
    assert ids[("Une page (exemple.fr)", "2021")] == "exemple-fr-2021"
    assert ids[("Une page (exemple.fr)", "2022")] == "exemple-fr-2022"
    assert sources["exemple-fr-2022"]["title"] == "Une page (exemple.fr, 2022)"


def test_cospirit_method_is_its_own_scope():
    s = published.sources().set_index("source_id")
    for sid in ("ideose-2015-2", "ideose-2015-3"):
        m = s.loc[sid, "method"]
        assert "27 conseils régionaux" in m and "villes préfectures" not in m, m
    assert "101 villes préfectures" in s.loc["ideose-2015", "method"]


def test_report_calls_the_method_our_summary(cli, tmp_path):
    for lang, end in (("en", "(our summary, in French)"), ("fr", "(notre résumé)")):
        f = tmp_path / f"r-{lang}.xlsx"
        assert cli("report", "--year", "2015", "--source", "ideose", "-o", f,
                   "--lang", lang).exit_code == 0
        wb = openpyxl.load_workbook(f)
        ws = wb["Sources and method" if lang == "en" else "Sources et méthode"]
        (t,) = [t for t in ws.tables.values() if t.name == "Sources"]
        rows = [[c.value for c in row] for row in ws[t.ref]]
        head = rows[0]
        methods = [r[head.index("Method" if lang == "en" else "Méthode")] for r in rows[1:]]
        assert methods and all(m.endswith(end) for m in methods if m), methods
        assert not any("as published" in (m or "") for m in methods)


def test_differing_figures_each_dated_by_its_own_source(cli, tmp_path):
    """« Chiffres qui diffèrent selon les sources »: Cospirit's 89 % is of « fin 2015 », not
    the Gazette's October 2015 (rvdata20 finding 3), as compare cites them."""
    f = tmp_path / "en.xlsx"
    assert cli("report", "--year", "2015", "--source", "ideose", "-o", f,
               "--lang", "en").exit_code == 0
    ws = openpyxl.load_workbook(f)["Sources and method"]
    notes = [c.value for c in ws["A"] if isinstance(c.value, str) and "according to" in c.value]
    assert ("Regions (map before 2016) on Facebook, 2015: 96% according to ideose-2015 "
            "(October 2015, the summary's figure); 89% according to ideose-2015-3 (late 2015)"
            ) in notes
    assert not any("October 2015:" in n for n in notes)


def test_chart_caption_names_the_medium_and_the_address():
    """« Source : Ideose, octobre 2015. » alone: no public Ideose page exists, so a slide's
    reader could not find the figure (rvdata20 finding 4)."""
    import barometre as bm
    from barometre.render import charts

    fig = charts.adoption(bm.compare("region", year=2015, source="ideose"))
    cap = fig._supxlabel.get_text()
    lines = cap.split("\n")
    assert lines[0] == "Source : Ideose, via La Gazette des communes, octobre 2015."
    assert "".join(lines[1:3]).replace(" ", "").startswith(
        "Adresse:https://www.lagazettedescommunes.com/415314/")
    fig = charts.adoption(bm.compare("region", year=2015, source="ideose"), lang="en")
    assert fig._supxlabel.get_text().startswith(
        "Source: Ideose, via La Gazette des communes, October 2015.\nAddress: https://")


def test_a_month_abbreviated_in_the_title_is_the_sources_month():
    """« nov. 2020 », « 31 oct. 2012 », « déc. 2010 »: the month the page states, abbreviated
    as French typography does; the full names were the only ones read."""
    s = published.sources().set_index("source_id")
    assert {sid: int(s.loc[sid, "month"]) for sid in (
        "ost-2020", "usine-digitale-2015", "adverbia-2012-3", "adverbia-2010-2")} == {
        "ost-2020": 11, "usine-digitale-2015": 11, "adverbia-2012-3": 10, "adverbia-2010-2": 12}
    a = published.adoption()
    assert a.loc[a["source"] == "adverbia-2012-3", "month"].tolist() == [10]
    build = build_script()
    assert build.month_of("Étude (Adverbia, 31 oct. 2012)", "2012") == "10"
    assert build.month_of("Étude (Adverbia, 31 oct. 2012)", "2013") == ""  # another year's
    assert build.month_of("Un octobre 2012 sans point") == "10"
    assert build.month_of("La tactique 2012") == ""  # « tac. » is no month; « oct » needs its dot
