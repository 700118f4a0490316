"""ci25: wording and labelling found by a user review.

1. A panel of 13 départements, 12 answered on Instagram (11 « Oui »): its share of the 13 is
   certainly 11/13 or 12/13. The Wilson interval, taken to the shares the 13 can have, is
   those very bounds, yet it read « IC 95 % : 85–92 % » with « à 95 % de confiance »: it is
   a sure range, said so in compare's table and notes, in CSV and JSON (``ci_kind``), in the
   report's key figures, Adoption sheet and Sources et méthode, in French and English.
2. ``--within`` of départements for a file of départements said the type twice
   (« 13 départements de 13 départements (14, …) »); « (s) » in counted messages.
3. Charts of a file without any reading date named no year: « année non précisée ».
4. The Adoption's « exhaustif » cell sat against the Base (n) number (« 13exhaustif »).
5. The Mouvements of waves whose older one has no follower counts printed the growth
   list's heading and header over no rows, and notes explaining figures not computed.

Outputs are read as a user reads them: the CLI's lines, the report's cells with openpyxl,
the charts' title and caption from the figures the library draws.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

import barometre as bm
from barometre.analysis.stats import wilson_interval
from barometre.render.excel.cells import typeset

NNBSP = "\u202f"

#: 13 départements of the west; Instagram: 11 « Oui », 1 « Non », 1 blank (not answered)
WEST = ["14", "17", "22", "29", "35", "44", "49", "50", "53", "56", "61", "72", "85"]


def _panel_file(tmp_path, dated: bool = True):
    rows = []
    for i, code in enumerate(WEST):
        ig = "" if code == "72" else "Non" if code == "53" else "Oui"
        rows.append(f"{code};Oui;{1000 * (i + 1)};{ig}" + (";15/10/2025" if dated else ""))
    head = "Code département;Facebook;Abonnés Facebook;Instagram" + (
        ";Date du relevé" if dated else "")
    path = tmp_path / ("ouest.csv" if dated else "ouest_sans_date.csv")
    path.write_text(head + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _plain(s: str) -> str:
    return s.replace(NNBSP, " ")


def _cell(s: str) -> str:
    """A French text as a workbook cell holds it (its no-break spaces, s33), read by _plain."""
    return _plain(typeset(s, "fr"))


# --- 1. a sure range is said so -------------------------------------------------------------

def test_the_interval_that_reaches_the_possible_range_is_a_sure_range():
    from barometre.analysis.stats import is_sure_range

    lo, hi = wilson_interval(11 / 12, 12, population=13)
    assert (lo, hi) == (11 / 13, 12 / 13)
    assert is_sure_range(lo, hi, 11 / 12, 12, 13)
    lo, hi = wilson_interval(90 / 94, 94, population=101)  # 95 to 97 of the possible 90–97
    assert not is_sure_range(lo, hi, 90 / 94, 94, 101)
    lo, hi = wilson_interval(0.5, 40)  # no N: plain Wilson, never sure
    assert not is_sure_range(lo, hi, 0.5, 40, None)


def test_compare_says_a_sure_range_not_a_95_interval(cli, tmp_path):
    f = _panel_file(tmp_path)
    res = cli("compare", "--data", f, "--panel")
    assert res.exit_code == 0, res.output
    out = _plain(res.stdout)
    row = next(line for line in out.splitlines() if line.startswith("département  Instagram"))
    assert "fourchette sûre : 84–93 %" in row and "IC 95" not in row
    assert ("fourchette sûre : la part sur l'ensemble des N (13 départements du panel) est "
            "certainement entre les deux bornes, k/N et (k + u)/N, quelles que soient les u "
            "collectivités sans réponse ou hors du fichier (k présentes) ; rien n'est supposé "
            "ni tiré, ce n'est pas un intervalle de confiance.") in out.splitlines()
    # no 95 % interval shown: neither its note nor the small-base warning (a certainty)
    assert "95 % de confiance" not in out and "petit effectif" not in out
    en = _plain(cli("compare", "--data", f, "--panel", "--lang", "en").stdout)
    assert "sure range: 84–93%" in en and "95% CI" not in en


def test_compare_json_and_csv_say_which_kind_of_range(cli, tmp_path):
    f = _panel_file(tmp_path)
    rows = {r["platform"]: r for r in json.loads(cli("compare", "--data", f, "--panel",
                                                     "--json").stdout)}
    assert rows["instagram"]["ci_kind"] == "sure" and rows["facebook"]["ci_kind"] is None
    lines = cli("compare", "--data", f, "--panel", "--csv").stdout.splitlines()
    head = lines[0].split(",")
    assert head[-2:] == ["ci_kind", "fictitious"]  # compare's records' columns first
    assert [line.split(",")[-2] for line in lines[1:]] == ["", "sure", ""]
    # a sample of the 101 départements: a 95 % interval, said so
    demo = {r["platform"]: r for r in json.loads(cli(
        "compare", "--data", bm.demo_file("enquete"), "--json").stdout)}
    assert demo["facebook"]["ci_kind"] == "ci95"  # 90/94 of 101: 95–97 of the possible 90–97
    assert demo["instagram"]["ci_kind"] == "sure"  # 84/100 of 101: 84 or 85 of the 101


def test_the_report_says_a_sure_range(cli, tmp_path):
    f = _panel_file(tmp_path)
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", f, "--panel", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    lines = [_plain(c.value) for c in wb["Synthèse"]["A"] if isinstance(c.value, str)]
    key = next(line for line in lines if "sur Instagram" in line)
    assert _cell("(fourchette sûre : 84–93 % des 13)") in key and "IC 95" not in key
    assert any(line.startswith(_cell("fourchette sûre : les bornes entre lesquelles la part est "
                                     "certainement")) for line in lines)
    assert not any(line.startswith(_cell("IC 95 % : intervalle de confiance")) for line in lines)
    ws = wb["Adoption"]
    heads = [c.value for c in ws[1]]
    assert heads[5:10] == ["Base (n)", "Intervalle bas", "Intervalle haut", "Intervalle", "Base"]
    by_platform = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True) if r[0]}
    # the exact bounds, 11/13 and 12/13, shown outward « 84 % » and « 93 % » (rng28; they
    # held 0.84 and 0.93, rounded, until session 31)
    assert by_platform["Instagram"][6:9] == (pytest.approx(11 / 13, rel=1e-12),
                                             pytest.approx(12 / 13, rel=1e-12),
                                             "fourchette sûre")
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Instagram")
    assert (row[6].number_format, row[7].number_format) == ('"84 %"', '"93 %"')
    notes = [_plain(c.value) for c in ws["A"] if isinstance(c.value, str)]
    assert any(n.startswith(_cell("fourchette sûre : les bornes")) for n in notes)
    intervals = next(r[1] for r in wb["Sources et méthode"].iter_rows(values_only=True)
                     if r[0] == "Intervalles")
    assert intervals.endswith(typeset("« fourchette sûre », non un intervalle de confiance", "fr"))


def test_the_english_report_says_a_sure_range(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", _panel_file(tmp_path), "--panel", "--lang", "en",
               "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    key = next(c.value for c in wb["Summary"]["A"]
               if isinstance(c.value, str) and "on Instagram" in c.value)
    assert "(sure range: 84–93% of the 13)" in key
    heads = [c.value for c in wb["Adoption"][1]]
    assert heads[6:9] == ["Interval low", "Interval high", "Interval"]


# --- 4. « exhaustif » is not against the count --------------------------------------------

def test_the_census_word_sits_on_the_right_of_its_cell(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", _panel_file(tmp_path), "--panel", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Adoption"]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value == "exhaustif"]
    assert cells and all(c.alignment.horizontal == "right" for c in cells)


# --- 2. the type said once; no « (s) » -----------------------------------------------------

def test_departements_within_departements_are_said_once(cli, tmp_path):
    res = cli("compare", "--data", _panel_file(tmp_path), "--within", ",".join(WEST))
    out = _plain(res.stdout)
    codes = ", ".join(sorted(WEST))
    assert f"Couverture : 13 sur 13 départements ({codes}) avec au moins une réponse" in out
    assert f"l'ensemble des N (13 départements ({codes}))" in out
    assert "départements de 13" not in out
    few = _plain(cli("compare", "--data", _panel_file(tmp_path), "--within",
                     ",".join(WEST) + ",01").stdout)
    assert "départements de 14 départements" not in few


def test_the_template_within_departements_says_them_once(cli, tmp_path):
    out = tmp_path / "t.xlsx"
    assert cli("template", "--type", "departement", "--within", "44,49,53,72,85",
               "-o", out).exit_code == 0
    first = openpyxl.load_workbook(out)["Mode d'emploi"]["A1"].value.splitlines()[0]
    assert first == typeset("Enquête barometre : départements (44, 49, 53, 72, 85) (5 entités)", "fr")
    two = tmp_path / "t2.xlsx"
    assert cli("template", "--type", "departement", "--within", "44,85", "-o", two,
               "--lang", "en").exit_code == 0
    first = openpyxl.load_workbook(two)["Mode d'emploi"]["A1"].value.splitlines()[0]
    assert first == "barometre survey: départements (Loire-Atlantique and Vendée) (2 entities)"


def test_counts_agree_with_their_nouns(cli, tmp_path):
    f = _panel_file(tmp_path)
    res = cli("validate", f)  # the counts first, the type validate guessed under them (s35)
    assert res.stderr.splitlines()[0] == "ouest.csv : 0 erreur, 1 avertissement"
    assert cli("validate", f, "--lang", "en").stderr.splitlines()[0] == (
        "ouest.csv: 0 errors, 1 warning")
    f.write_text(f.read_text(encoding="utf-8").replace(";;15/10/2025", ";Non;15/10/2025"),
                 encoding="utf-8")
    assert cli("validate", f).stderr.splitlines()[0] == "ouest.csv : 0 erreur, 0 avertissement"
    assert cli("validate", f, "--lang", "en").stderr.splitlines()[0] == (
        "ouest.csv: 0 errors, 0 warnings")
    bad = tmp_path / "bad.csv"
    bad.write_text("Code département;Facebook\n01;Oui\n02;peut-être\n03;Oui\n04;Oui\n",
                   encoding="utf-8")
    assert cli("validate", bad).stderr.splitlines()[0].startswith("bad.csv : 1 erreur, ")
    # a sample of 101 with a small base: one figure, « intervalle large »
    small = tmp_path / "s.csv"
    small.write_text("Code département;Facebook;Date du relevé\n" + "".join(
        f"{c};{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(WEST[:10])),
        encoding="utf-8")
    out = _plain(cli("compare", "--data", small).stdout)
    assert ("⚠ petit effectif (n < 30) pour 1 chiffre : intervalle large, à lire avec "
            "prudence.") in out.splitlines()
    assert "(s)" not in out
    res = cli("types", "a", "b")
    assert "arguments en trop : a b" in res.stderr


def test_no_counted_message_says_s_in_brackets():
    from barometre.messages import catalog

    said = {code: texts for code, texts in catalog().items() if not code.startswith("help-")
            and any("(s)" in t or "(es)" in t or "(y/ies)" in t for t in texts)}
    assert said == {}


# --- 3. charts of an undated file say the year is not stated --------------------------------

def test_charts_of_an_undated_file_say_the_year_is_not_stated(tmp_path):
    s = bm.read_survey(_panel_file(tmp_path, dated=False))
    for fig in (bm.charts.ranking(bm.rank(s, "facebook")), bm.charts.benchmark(s, "44")):
        assert fig.get_suptitle().replace("\n", " ").endswith(", année non précisée")
        caption = fig.get_supxlabel().replace("\n", " ")
        assert "Année non précisée : le fichier ne donne aucune date de relevé." in caption
    en = bm.charts.benchmark(s, "44", lang="en")
    assert en.get_suptitle().replace("\n", " ").endswith(", year not stated")
    assert "Year not stated: the file gives no reading date." in en.get_supxlabel().replace(
        "\n", " ")
    dated = bm.charts.benchmark(bm.read_survey(_panel_file(tmp_path)), "44")
    assert dated.get_suptitle().endswith(", 2025") and "non précisée" not in (
        dated.get_supxlabel())


# --- 5. the Mouvements say why there is no growth ---------------------------------------------

OLD = ("Code région;Facebook;X;Date du relevé\n"
       "84;Oui;Oui;15/10/2024\n27;Oui;Non;15/10/2024\n53;Non;Oui;15/10/2024\n")
NEW = ("Code région;Facebook;Abonnés Facebook;X;Date du relevé\n"
       "84;Oui;200000;Oui;15/10/2025\n27;Oui;61000;Non;15/10/2025\n53;Oui;5000;Oui;15/10/2025\n")


def _movements(cli, tmp_path, *args):
    old, new = tmp_path / "r2024.csv", tmp_path / "r2025.csv"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    out = tmp_path / f"m{len(list(tmp_path.glob('m*.xlsx')))}.xlsx"
    res = cli("report", "--data", old, "--data", new, *args, "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    ws = wb[wb.sheetnames[3]]
    return ws, [_plain(c.value) for c in ws["A"] if isinstance(c.value, str)]


def test_the_movements_say_why_there_is_no_growth(cli, tmp_path):
    ws, lines = _movements(cli, tmp_path)
    assert lines[-1] == _cell("Pas de croissance des abonnés à mesurer : aucun nombre d'abonnés à "
                              "la vague du 15 octobre 2024 sur Facebook ; aucun nombre d'abonnés à "
                              "aucune des deux vagues sur X (ex-Twitter).")
    assert not any(line.startswith(("Croissance des abonnés (rang", _cell("Croissance : abonnés"),
                                    "Population (pour 1 000")) for line in lines)
    heads = [c.value for c in ws[3]]
    assert heads[-1] == "p (McNemar)" and "Croissance médiane" not in heads
    assert "Croissance" not in ws.tables


def test_the_movements_of_one_platform_without_counts(cli, tmp_path):
    _, lines = _movements(cli, tmp_path, "-p", "x")
    assert lines[-1] == _cell("Pas de croissance des abonnés à mesurer : aucun nombre d'abonnés à "
                              "aucune des deux vagues sur X (ex-Twitter).")
    _, en = _movements(cli, tmp_path, "--lang", "en")
    assert en[-1] == ("No follower growth to measure: no follower count in the wave of "
                      "15 October 2024 on Facebook; no follower count in either wave on "
                      "X (formerly Twitter).")


def test_the_movements_beside_growths_name_those_without(cli, tmp_path):
    old, new = tmp_path / "a2024.csv", tmp_path / "a2025.csv"
    old.write_text(NEW.replace("2025", "2024").replace("200000", "190000"), encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    out = tmp_path / "g.xlsx"
    assert cli("report", "--data", old, "--data", new, "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Mouvements"]
    lines = [_plain(c.value) for c in ws["A"] if isinstance(c.value, str)]
    assert "Croissance des abonnés (rang 1 = la plus forte)" in lines
    assert "Croissance" in ws.tables
    assert lines[-1] == _cell("Pas de croissance des abonnés à mesurer : aucun nombre d'abonnés à "
                              "aucune des deux vagues sur X (ex-Twitter).")
    assert any(line.startswith("Population (pour 1 000") for line in lines)
