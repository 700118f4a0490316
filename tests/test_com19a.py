"""A hand-picked file of peers never reads as the whole country (rvcom19, com19a).

Files of tests/files/pairs: a communicator's own peers (invented counts), 12 villes
préfectures of the South (read as communes unless --type ville_prefecture), 12, 11 and 8 of
the 22 métropoles."""

from __future__ import annotations

import re
from zipfile import ZipFile

import openpyxl
import pytest

import barometre as bm
from tests.conftest import FILES
from barometre.render.excel.cells import typeset

PAIRS = FILES / "pairs"
VP, METRO, METRO11, METRO8 = (PAIRS / f for f in (
    "pairs-vp.csv", "pairs-metro.csv", "pairs-metro11.csv", "pairs-metro8.csv"))
WORDS = ("tirage au hasard supposé : si les entités ont été choisies, les chiffres ne valent "
         "que pour elles")


def _cells(path, sheet):
    return [str(c.value) for row in openpyxl.load_workbook(path)[sheet].iter_rows()
            for c in row if c.value is not None]


def _chart_texts(path) -> list[list[str]]:
    """The text runs of each native chart of a workbook (its title first)."""
    z = ZipFile(path)
    return [re.findall(r"<a:t>([^<]*)</a:t>", z.read(n).decode())
            for n in sorted(z.namelist()) if re.match(r"xl/charts/chart\d+\.xml", n)]


# --- finding 3: the random draw assumed, said for any part short of the whole -------------

@pytest.mark.parametrize("path, n", [(METRO8, 8), (METRO11, 11), (METRO, 12)])
def test_compare_says_the_draw_assumed_at_half_the_type_and_above(cli, path, n):
    """panel17 said it below half the type only: 11 or 12 of the 22 métropoles read as
    France's with no word of it."""
    out = cli("compare", "-d", path, "-t", "metropole")
    assert out.exit_code == 0, out.output
    assert (f"Les intervalles supposent un tirage au hasard des entités du fichier ({n} sur 22 "
            "métropoles) ; pour un panel choisi à la main, --panel") in out.stdout
    en = cli("compare", "-d", path, "-t", "metropole", "--lang", "en").stdout
    assert f"The intervals assume the file's entities ({n} of the 22 metropolises)" in en


def test_a_census_or_a_panel_says_no_draw(cli, tmp_path):
    out = cli("compare", "-d", METRO, "-t", "metropole", "--panel")
    assert out.exit_code == 0 and "tirage au hasard" not in out.stdout
    demo = cli("compare", "-d", bm.demo_file("enquete"), "-t", "departement")
    assert demo.exit_code == 0 and "tirage au hasard" not in demo.stdout  # 101 of 101


def test_the_report_says_the_draw_in_words_and_its_chart_its_base(cli, tmp_path):
    rep = tmp_path / "lyon.xlsx"
    out = cli("report", "-d", METRO, "-e", "Grand Lyon", "-o", rep)
    assert out.exit_code == 0, out.output
    synth = _cells(rep, "Synthèse")
    fb = next(c for c in synth if c.startswith("100\u202f% des métropoles sur Facebook"))
    # two words on each key line, the sentence once below them (three lines said it whole)
    assert typeset("(n = 12 ayant répondu sur 22 ; IC 95 % : 86–100 % ; tirage au hasard supposé)", "fr") in fb
    assert sum("ne valent que pour elles" in c for c in synth) == 1
    # no option for a DGS, but in Sources et méthode, the method's sheet (wkbk20a: how to
    # get the file's own shares, which the Synthèse points to in words)
    every = " ".join(c for s in openpyxl.load_workbook(rep).sheetnames
                     if s != "Sources et méthode" for c in _cells(rep, s))
    assert "--panel" not in every and "sinon" not in every
    assert any("si elles ont été choisies (des pairs, un réseau), les chiffres ne valent que "
               "pour elles" in c for c in _cells(rep, "Adoption"))
    chart = _chart_texts(rep)[0]
    assert chart[:2] == ["Présence des métropoles sur chaque réseau, 2025",
                         f"n = 12 sur 22 ; {WORDS}"]
    en = tmp_path / "lyon-en.xlsx"
    assert cli("report", "-d", METRO, "-o", en, "--lang", "en").exit_code == 0
    assert _chart_texts(en)[0][1] == ("n = 12 of 22; assumes a random draw: if the entities "
                                      "were chosen, the figures hold for them only")


def test_a_census_report_chart_keeps_its_one_line_title(cli, tmp_path):
    rep = tmp_path / "demo.xlsx"
    assert cli("report", "-d", bm.demo_file("enquete"), "-o", rep).exit_code == 0
    title = _chart_texts(rep)[0]
    assert title[0].startswith("Présence des départements sur chaque réseau, 2025")
    assert not any(t.startswith("n = ") for t in title)


def test_the_adoption_chart_caption_says_the_draw_in_words():
    s = bm.read_survey(METRO, type="metropole")
    cap = bm.charts.adoption(bm.adoption(s)).get_supxlabel().replace("\n", " ")
    assert WORDS in cap and "--panel" not in cap


# --- finding 8: no command on a chart ------------------------------------------------------

def test_the_benchmark_chart_sends_to_no_command_nor_to_a_report_never_made():
    s = bm.read_survey(VP, type="ville_prefecture")
    cap = bm.charts.benchmark(s, "Ajaccio").get_supxlabel().replace("\n", " ")
    assert ("Pairs non classés (sans réponse, sans compte, sans nombre d'abonnés ou sans relevé du réseau) : "
            "Instagram 1.") in cap and "Benchmark" not in cap  # M37: no report made
    assert "barometre" not in cap and "--" not in cap
    en = bm.charts.benchmark(s, "Ajaccio", lang="en").get_supxlabel().replace("\n", " ")
    assert "Instagram 1." in en and "Benchmark sheet" not in en


# --- finding 1: a ranking of a part of the type says the file's and France's number --------

def test_the_ranking_chart_of_a_part_says_the_file_in_title_and_base():
    s = bm.read_survey(VP, type="ville_prefecture")
    fig = bm.charts.ranking(bm.rank(s, "instagram", metric="followers_per_1000"), focus="2A004")
    assert fig.get_suptitle().replace("\n", " ") == (  # wrapped to the width
        "Instagram : les 10 villes préfectures du fichier les plus suivies pour 1\u202f000 "
        "habitants, 2025")
    cap = fig.get_supxlabel().replace("\n", " ")
    assert ("Base : 11 villes préfectures classées (1 sans compte) sur les 12 du fichier "
            "(101 en France).") in cap
    m = bm.read_survey(METRO, type="metropole")
    en = bm.charts.ranking(bm.rank(m, "instagram", metric="followers_per_1000"), lang="en")
    assert en.get_suptitle().replace("\n", " ") == (
        "Instagram: the top 10 metropolises in the file per 1,000 inhabitants, 2025")
    assert "Base: 12 metropolises ranked of the 12 in the file (22 in France)." in \
        en.get_supxlabel().replace("\n", " ")


def test_the_rank_table_footer_of_a_part_says_the_file(cli):
    out = cli("rank", "-p", "instagram", "-d", VP, "-t", "ville_prefecture")
    assert out.exit_code == 0, out.output
    assert ("11 villes préfectures classées (1 sans compte) sur les 12 du fichier (101 en "
            "France)") in out.stdout
    en = cli("rank", "-p", "instagram", "-d", METRO, "--lang", "en").stdout
    assert "12 metropolises ranked of the 12 in the file (22 in France)" in en


def test_a_ranking_of_the_whole_type_says_nothing_new(cli):
    s = bm.read_survey(bm.demo_file("enquete"))
    fig = bm.charts.ranking(bm.rank(s, "facebook"), focus="44")
    assert fig.get_suptitle().startswith("Facebook : les 10 départements les plus suivis, 2025")
    assert "du fichier" not in fig.get_supxlabel() and "en France" not in fig.get_supxlabel()
    out = cli("rank", "-p", "facebook", "-d", bm.demo_file("enquete")).stdout
    assert "du fichier" not in out and "en France" not in out


# --- finding 6: communes all villes préfectures, read as communes ---------------------------

HINT_CLI = ("Lues comme communes ; --type ville_prefecture les lit comme villes préfectures "
            "(parmi les 101)")
HINT_WORDS = ("ues ici comme communes ; lues comme villes préfectures (type ville_prefecture), "
              "elles le seraient parmi les 101 villes préfectures")
PEERS = "les 12 communes du fichier, toutes des villes préfectures (12 sur 101)"


def test_benchmark_and_rank_of_prefectures_read_as_communes_say_it_once(cli):
    out = cli("benchmark", "--entity", "Ajaccio", "-d", VP)
    assert out.exit_code == 0, out.output
    assert out.stdout.splitlines()[0] == f"Ajaccio (2A004), 76\u202f320 habitants — pairs : {PEERS}"
    assert out.stdout.count(HINT_CLI) == 1 and "34\u202f875" not in out.stdout
    rank = cli("rank", "-p", "instagram", "-d", VP).stdout
    assert ("11 communes classées (1 sans compte) sur les 12 du fichier, toutes des villes "
            "préfectures (12 sur 101)") in rank
    assert rank.count(HINT_CLI) == 1 and "34\u202f875" not in rank
    typed = cli("benchmark", "--entity", "Ajaccio", "-d", VP, "-t", "ville_prefecture").stdout
    assert "les 12 villes préfectures du fichier (sur 101 en France)" in typed
    assert "--type" not in typed


def test_charts_of_prefectures_read_as_communes_say_it_in_words():
    s = bm.read_survey(VP)
    assert s.attrs["collectivity_type"] == "commune"  # guessed from « Code INSEE ; Ville »
    bench = bm.charts.benchmark(s, "Ajaccio")
    cap = bench.get_supxlabel().replace("\n", " ")
    # its ranks' peers after the base when fewer (wkbk20a: « … ; rangs sur les 11 classés »)
    assert f"Base : {PEERS}" in cap and "L" + HINT_WORDS + "." in cap
    assert "34\u202f875" not in cap and "--type" not in cap
    rank = bm.charts.ranking(bm.rank(s, "instagram"), focus="2A004")
    assert rank.get_suptitle().replace("\n", " ").startswith(
        "Instagram : les 10 communes du fichier les plus suivies")
    cap = rank.get_supxlabel().replace("\n", " ")
    assert "sur les 12 du fichier, toutes des villes préfectures (12 sur 101)." in cap
    assert "L" + HINT_WORDS + "." in cap and "--type" not in cap


def test_the_report_of_prefectures_read_as_communes_says_it_once(cli, tmp_path):
    rep = tmp_path / "ajaccio.xlsx"
    out = cli("report", "-d", VP, "--entity", "Ajaccio", "-o", rep)
    assert out.exit_code == 0, out.output
    synth = _cells(rep, "Synthèse")
    assert typeset(f"Pairs : {PEERS}", "fr") in synth
    said = [c for c in synth if typeset(HINT_WORDS, "fr") in c]  # the workbook's spaces (s33)
    assert said == [typeset("Les 12 communes du fichier sont toutes des villes préfectures (12 sur 101) : l"
                            + HINT_WORDS + ".", "fr")]
    assert typeset(f"Pairs : {PEERS}", "fr") in _cells(rep, "Benchmark")
