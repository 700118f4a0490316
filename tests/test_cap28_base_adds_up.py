"""A ranking's base adds up to the file's entities (cap28).

A review ranked the communes of a 34 792-row file on Facebook: « Base : 34 785 communes
classées (3 sans réponse, 3 sans compte) sur les 34 792 du fichier », 34 785 + 3 + 3 =
34 791: Ambronay has an Instagram row but no Facebook row, and no part of the base said it.
Now « 1 sans relevé Facebook », in ``rank``'s note, the ranking chart, ``benchmark``'s
sentence, its chart and the report's Benchmark, in French and in English.
"""

from __future__ import annotations

import re

import matplotlib.text as mtext
import openpyxl
import pytest

import barometre as bm
from barometre.analysis.peers import rank_counts
from barometre.render.excel.cells import typeset

HEAD = "Code;Nom;Plateforme;Présent;Abonnés;Date du relevé\n"
ROWS = ("29;Finistère;Facebook;Oui;12000;15/10/2025\n"
        "29;Finistère;Instagram;Oui;5000;15/10/2025\n"
        "35;Ille-et-Vilaine;Facebook;Oui;20000;15/10/2025\n"
        "35;Ille-et-Vilaine;Instagram;Oui;7000;15/10/2025\n"
        "22;Côtes-d'Armor;Facebook;Non;;15/10/2025\n"
        "22;Côtes-d'Armor;Instagram;Oui;3000;15/10/2025\n"
        "56;Morbihan;Facebook;;;15/10/2025\n"
        "56;Morbihan;Instagram;Oui;4000;15/10/2025\n"
        # Loire-Atlantique: an Instagram row, no Facebook row
        "44;Loire-Atlantique;Instagram;Oui;9000;15/10/2025\n")

BASE = {"fr": "2 départements classés (1 sans réponse, 1 sans compte, 1 sans relevé Facebook) "
              "sur les 5 du fichier (101 en France)",
        "en": "2 départements ranked (1 not answered, 1 without an account, 1 with no Facebook "
              "reading) of the 5 in the file (101 in France)"}


def _file(tmp_path):
    f = tmp_path / "bretagne.csv"
    f.write_text(HEAD + ROWS, encoding="utf-8")
    return f


def _adds_up(text: str, total: int) -> None:
    """The numbers before « classés » and in its brackets add up to ``total``."""
    head, parts = re.search(r"(\d+) départements (?:classés|ranked) \(([^)]*)\)", text).groups()
    assert int(head) + sum(int(p.split()[0]) for p in parts.split(", ")) == total, text


def _texts(fig) -> str:
    return " ".join(t.get_text().replace("\n", " ") for t in fig.findobj(mtext.Text))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rank_note_says_the_entity_without_a_reading(cli, tmp_path, lang):
    res = cli("rank", "-p", "facebook", "--data", _file(tmp_path), "--lang", lang)
    assert res.exit_code == 0, res.output
    assert BASE[lang] in res.stdout
    _adds_up(res.stdout, 5)


def test_rank_counts_it_in_its_attrs_and_csv(cli, tmp_path):
    f = _file(tmp_path)
    r = bm.rank(bm.read_survey(f), "facebook")
    assert r.attrs["not_ranked"]["no_reading"] == 1
    assert rank_counts(r)["n_no_reading"] == 1
    csv = cli("rank", "-p", "facebook", "--data", f, "--format", "csv").stdout.splitlines()
    head = csv[0].split(",")
    assert csv[1].split(",")[head.index("n_no_reading")] == "1"
    # Instagram: every entity has a row, none without
    assert bm.rank(bm.read_survey(f), "instagram").attrs["not_ranked"]["no_reading"] == 0


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ranking_chart_base_adds_up(tmp_path, lang):
    s = bm.read_survey(_file(tmp_path))
    said = _texts(bm.charts.ranking(bm.rank(s, "facebook", top=10), lang=lang))
    assert BASE[lang] in said
    _adds_up(said, 5)


@pytest.mark.parametrize("lang, item", [
    ("fr", "1 sans réponse : Morbihan ; 1 sans compte : Côtes-d'Armor ; "
           "1 sans relevé Facebook : Loire-Atlantique"),
    ("en", "1 not answered: Morbihan; 1 without an account: Côtes-d'Armor; "
           "1 with no Facebook reading: Loire-Atlantique")])
def test_benchmark_sentence_names_the_peer_without_a_reading(cli, tmp_path, lang, item):
    f = _file(tmp_path)
    b = bm.benchmark(bm.read_survey(f), "35")
    fb = b[b["platform"] == "facebook"].iloc[0]
    assert (fb["n_no_reading"], fb["no_reading_codes"], fb["no_reading_names"]) == (
        1, "44", "Loire-Atlantique")
    # rank + the peers not ranked = the 5 peers (the entity among them)
    assert fb["n_peers"] + fb["n_no_answer"] + fb["n_no_account"] + fb["n_account_no_count"] \
        + fb["n_no_reading"] == 5
    out = cli("benchmark", "--entity", "35", "--data", f, "--lang", lang).stdout
    assert item in out


@pytest.mark.parametrize("lang, note", [
    ("fr", "Pairs non classés (sans réponse, sans compte, sans nombre d'abonnés ou sans relevé "
           "du réseau) : Facebook 3"),
    ("en", "Peers not ranked (no answer, no account, no follower count or no reading of the "
           "platform): Facebook 3")])
def test_benchmark_chart_counts_it(tmp_path, lang, note):
    said = _texts(bm.charts.benchmark(bm.read_survey(_file(tmp_path)), "35", lang=lang))
    assert note in said.replace("\u00a0", " ")


@pytest.mark.parametrize("lang, cell, line", [
    ("fr", "1 sans réponse, 1 sans compte, 1 sans relevé Facebook",
     "Facebook : 1 sans réponse : Morbihan ; 1 sans compte : Côtes-d'Armor ; "
     "1 sans relevé Facebook : Loire-Atlantique"),
    ("en", "1 not answered, 1 without an account, 1 with no Facebook reading",
     "Facebook: 1 not answered: Morbihan; 1 without an account: Côtes-d'Armor; "
     "1 with no Facebook reading: Loire-Atlantique")])
def test_report_benchmark_sheet_says_it(cli, tmp_path, lang, cell, line):
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--data", _file(tmp_path), "--entity", "35", "--lang", lang, "-o", out)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["Benchmark"]
    cells = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert typeset(cell, lang) in cells and typeset(line, lang) in cells  # the workbook's spaces (s33)
    assert any(("n'ont pas de relevé du réseau" if lang == "fr"
                else "have no reading of the platform") in c for c in cells)
