"""Rounded follower counts said where they matter (rank25): a benchmark's rank that a count
abbreviated in the file can change gives the ranks it can be and whose count, as typed
(« 3e ou 4e sur 13 : le compte de Gironde, « 112 k », est arrondi ») in the CLI, the chart's
caption and the report; the ≈ footnote quotes a real cell of the data shown; the population
checks quote the cell as typed (« 1,2 M », not « 1200000 »)."""

from __future__ import annotations

import json

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

NN = "\u202f"  # the narrow no-break space of French numbers

# the reviewer's pairs.csv: Gironde typed « 112 k » (111 500 to 112 999 followers, 65,96 to
# 66,84 per 1 000 inhabitants) beside Loire-Atlantique's 66,4; Nord's Instagram « 1,2 k »
# far below everyone's
PAIRS = """Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;Date du relevé
Loire-Atlantique;Oui;98 765;Oui;23456;15/10/2025
Ille-et-Vilaine;Oui;45 678;Oui;12 345;15/10/2025
Gironde;Oui;112 k;Oui;31 000;15/10/2025
Haute-Garonne;Oui;87654;Oui;;15/10/2025
Hérault;Oui;54 321;Non;;16/10/2025
Isère;Oui;41 000;Oui;9 876;16/10/2025
Bas-Rhin;Oui;120 500;Oui;22 100;16/10/2025
Nord;Oui;150 000;Oui;1,2 k;16/10/2025
Seine-Maritime;Oui;38 000;Oui;7 500;16/10/2025
Alpes-Maritimes;Oui;95 000;Oui;18 000;16/10/2025
Bouches-du-Rhône;Oui;130 000;;;16/10/2025
Rhône;Oui;42 000;Oui;8 000;17/10/2025
Maine-et-Loire;Oui;25 000;Oui;5 432;17/10/2025
"""

FR_FACEBOOK = (f"Facebook : 98{NN}765 abonnés, 5e sur 13, indice 113 ; 66,4 pour 1{NN}000 "
               "habitants, 3e ou 4e sur 13 : le compte de Gironde, « 112 k », est arrondi")
EN_FACEBOOK = ("Facebook: 98,765 followers, 5th of 13, index 113; 66.4 per 1,000 inhabitants, "
               "3rd or 4th of 13: the count of Gironde, “112 k”, is rounded")
FR_LINE = (f"3e ou 4e sur 13 (Facebook, pour 1{NN}000 habitants) : le compte de Gironde, "
           "« 112 k », est arrondi")
EN_LINE = ("3rd or 4th of 13 (Facebook, per 1,000 inhabitants): the count of Gironde, "
           "“112 k”, is rounded")


@pytest.fixture
def pairs(tmp_path):
    p = tmp_path / "pairs.csv"
    p.write_text(PAIRS, encoding="utf-8")
    return p


def _lines(text: str) -> list[str]:
    return text.splitlines()


def test_benchmark_sentence_gives_the_ranks_a_rounded_count_leaves_open(cli, pairs):
    fr = _lines(cli("benchmark", "-e", "44", "--data", pairs).stdout)
    assert FR_FACEBOOK in fr
    # Instagram: Nord's « 1,2 k » (1 150 to 1 299) is far below: nothing said, as before
    assert next(x for x in fr if x.startswith("Instagram")).endswith(
        f"15,8 pour 1{NN}000 habitants, 4e sur 10")
    en = _lines(cli("benchmark", "-e", "44", "--data", pairs, "--lang", "en").stdout)
    assert EN_FACEBOOK in en
    assert next(x for x in en if x.startswith("Instagram")).endswith(
        "15.8 per 1,000 inhabitants, 4th of 10")


def test_benchmark_frame_and_json_carry_the_ranks_and_whose_counts(cli, pairs):
    b = bm.benchmark(bm.read_survey(pairs), "44").set_index("platform")
    fb = b.loc["facebook"]
    assert (fb["rank_per_1000"], fb["rank_per_1000_best"], fb["rank_per_1000_worst"]) == (3, 3, 4)
    assert (fb["rank_per_1000_rounded_codes"], fb["rank_per_1000_rounded_names"]) == (
        "33", "Gironde")
    # by followers, « 112 k » is above 98 765 whatever it was: the rank is sure
    assert (fb["rank"], fb["rank_best"], fb["rank_worst"], fb["rank_rounded_codes"]) == (
        5, 5, 5, "")
    assert b.attrs["typed_counts"] == {"facebook": {"33": ("112 k", 112000)}}
    js = json.loads(cli("benchmark", "-e", "44", "--data", pairs, "--format", "json").stdout)
    assert [(r["rank_per_1000_best"], r["rank_per_1000_worst"], r["rank_per_1000_rounded_names"])
            for r in js] == [(3, 4, ["Gironde"]), (4, 4, [])]  # lists, as the peers not ranked


def test_the_entity_own_rounded_count_is_named(cli, pairs):
    out = _lines(cli("benchmark", "-e", "Gironde", "--data", pairs).stdout)
    assert (f"Facebook : ≈{NN}112{NN}000 abonnés, 4e sur 13, indice 128 ; ≈{NN}66,3 pour "
            f"1{NN}000 habitants, 3e ou 4e sur 13 : le compte de Gironde, « 112 k », est "
            "arrondi") in out
    # one count typed abbreviated, its number per 1,000 inhabitants marked too (pg27)
    assert (f"≈ : 1 nombre d'abonnés abrégé dans le fichier (« 112 k », lu 112{NN}000), donc "
            f"arrondi, comme son nombre pour 1{NN}000 habitants") in out


def test_several_rounded_peers_are_listed_with_their_cells(cli, tmp_path):
    p = tmp_path / "several.csv"
    p.write_text("Code;Facebook;Abonnés Facebook\n44;Oui;112 700\n33;Oui;112 k\n"
                 "35;Oui;113 k\n29;Oui;50 000\n56;Oui;40 000\n", encoding="utf-8")
    out = cli("benchmark", "-e", "44", "--data", p).stdout
    assert (f"Facebook : 112{NN}700 abonnés, 1er à 3e sur 5 : les comptes d'Ille-et-Vilaine "
            "(« 113 k ») et de Gironde (« 112 k ») sont arrondis, indice") in out
    en = cli("benchmark", "-e", "44", "--data", p, "--lang", "en").stdout
    assert ("Facebook: 112,700 followers, 1st to 3rd of 5: the counts of Ille-et-Vilaine "
            "(“113 k”) and Gironde (“112 k”) are rounded, index") in en


def test_benchmark_chart_label_and_caption(pairs):
    survey = bm.read_survey(pairs)
    fig = bm.charts.benchmark(survey, "44")
    assert [t.get_text() for ax in fig.axes for t in ax.texts] == [
        "5e sur 13", "2e sur 10", "3e ou 4e sur 13", "4e sur 10"]
    assert FR_LINE + "." in fig.get_supxlabel().split("\n")
    en = bm.charts.benchmark(survey, "44", lang="en")
    assert "3rd or 4th of 13" in [t.get_text() for t in en.axes[1].texts]
    assert EN_LINE + "." in en.get_supxlabel().split("\n")


@pytest.mark.parametrize("lang, line, summary", [
    ("fr", FR_LINE, FR_FACEBOOK),
    ("en", EN_LINE, EN_FACEBOOK)])
def test_report_benchmark_and_summary_say_the_open_rank(cli, pairs, tmp_path, lang, line,
                                                        summary):
    out = tmp_path / "r.xlsx"
    cli("report", "--data", pairs, "--entity", "44", "-o", out, "--lang", lang)
    wb = openpyxl.load_workbook(out)
    cells = [c for name in wb.sheetnames for row in wb[name].iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    bench = [c for row in wb["Benchmark"].iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    assert typeset(line, lang) in bench  # as `benchmark` says it, the workbook's spaces (s33)
    assert typeset(summary, lang) in cells  # the Synthèse's line, in the words of `benchmark`


def test_no_open_rank_without_overlapping_ranges(cli, tmp_path):
    p = tmp_path / "apart.csv"
    p.write_text("Code;Facebook;Abonnés Facebook\n44;Oui;98 765\n33;Oui;150 k\n35;Oui;45 678\n"
                 "29;Oui;40 000\n56;Oui;30 000\n", encoding="utf-8")
    out = cli("benchmark", "-e", "44", "--data", p).stdout
    assert "arrondi" not in out.split("\n\n")[1] and " ou " not in out.split("\n\n")[1]
    assert "2e sur 5, indice" in out


def test_the_rounded_footnote_quotes_a_cell_shown(cli, pairs):
    fr = cli("rank", "-p", "facebook", "-m", "followers_per_1000", "--data", pairs).stdout
    assert fr.rstrip().split("\n")[-1] == (
        f"≈ : 1 valeur tirée d'un nombre abrégé dans le fichier (« 112 k », lu 112{NN}000), "
        "donc arrondie")
    en = cli("rank", "-p", "instagram", "--data", pairs, "--lang", "en").stdout
    assert en.rstrip().split("\n")[-1] == (
        "≈: 1 value from a number abbreviated in the file (“1,2 k”, read as 1,200), so rounded")
    fig = bm.charts.ranking(bm.rank(bm.read_survey(pairs), "facebook"))
    assert fig.texts[-1].get_text().split("\n")[-1] == (
        f"≈ : 1 valeur tirée d'un nombre abrégé dans le fichier (« 112 k », lu 112{NN}000), "
        "donc arrondie.")


def test_a_saved_frame_keeps_the_cells_as_typed(pairs, tmp_path):
    s = bm.read_survey(pairs)
    assert dict(zip(s.loc[s["followers_rounded"], "code"],
                    s.loc[s["followers_rounded"], "followers_typed"])) == {"33": "112 k",
                                                                           "59": "1,2 k"}
    assert s.loc[~s["followers_rounded"], "followers_typed"].isna().all()
    out = tmp_path / "saved.csv"
    s.to_csv(out, index=False)
    assert bm.validate(out) == [p for p in bm.validate(out) if p.code == "blank-unknown"]
    again = bm.read_survey(out)
    assert again["followers_typed"].fillna("").tolist() == s["followers_typed"].fillna("").tolist()


def _workbook(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_population_warning_quotes_the_cell_as_typed(cli, tmp_path):
    p = _workbook(tmp_path / "nums.xlsx", [
        ("Code", "Nom", "Facebook", "Abonnés Facebook", "Date"),
        ("44", "Loire-Atlantique", "Oui", 98765, "15/10/2025"),
        ("56", "Morbihan", "Oui", "1,2 M", "15/10/2025")])
    out = cli("validate", p).stdout
    assert (f"nums.xlsx, ligne 3, colonne « Abonnés Facebook » : avertissement : « 1,2 M » "
            f"1{NN}200{NN}000 abonnés pour 783{NN}390 habitants (Morbihan) : plus d'abonnés "
            "que d'habitants, vérifiez le nombre (« 1,2 M » tapé pour « 1,2 k » ?) ou le "
            "code") in out.splitlines()
    probs = {x.code: x for x in bm.validate(p)}
    assert probs["count-above-population"].value == "1,2 M"


def test_outlier_warning_quotes_the_cell_as_typed(tmp_path):
    """« 1 500 000 » typed with spaces for the Nord (2,6 M inhabitants): far above the file's
    others, quoted as typed, not « 1500000 »."""
    from barometre import reference

    codes = [c for c in reference.entities("departement")["code"] if c != "59"][:24]
    lines = ["Code;Facebook;Abonnés Facebook"] + [f"{c};Oui;{5000 + i}"
                                                  for i, c in enumerate(codes)]
    p = tmp_path / "outlier.csv"
    p.write_text("\n".join(lines + ["59;Oui;1 500 000"]) + "\n", encoding="utf-8")
    probs = [x for x in bm.validate(p) if x.code == "count-outlier"]
    assert [(x.row, x.value) for x in probs] == [(26, "1 500 000")]
