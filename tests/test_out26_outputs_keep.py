"""Outputs that keep what the reader knew (out26): a ranking exported says which cell each
rounded count was typed as; the growth note of `changes` quotes a real rounded cell;
`compare --data` bands cite their own readings' files and count the years left aside of
the platforms shown; a mixed-type Annuaire export is never said of one type."""

from __future__ import annotations

import csv
import io
import json

import pytest

import barometre as bm

# Gironde's Facebook typed « 112 k », Nord's Instagram « 1,2 k » (rank25's pairs.csv)
PAIRS = """Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;Date du relevé
Loire-Atlantique;Oui;98 765;Oui;23456;15/10/2025
Gironde;Oui;112 k;Oui;31 000;15/10/2025
Nord;Oui;150 000;Oui;1,2 k;16/10/2025
Isère;Oui;41 000;Oui;9 876;16/10/2025
"""


@pytest.fixture
def pairs(tmp_path):
    p = tmp_path / "pairs.csv"
    p.write_text(PAIRS, encoding="utf-8")
    return p


def test_rank_frame_keeps_each_rounded_cell_as_typed(pairs):
    r = bm.rank(bm.read_survey(pairs), "facebook")
    assert dict(zip(r["code"], r["followers_typed"].fillna(""))) == {
        "59": "", "33": "112 k", "44": "", "38": ""}
    # beside the flag it explains, as the table's ≈ sits beside the count
    cols = list(r.columns)
    assert cols.index("followers_typed") == cols.index("followers_rounded") + 1


def test_rank_csv_and_json_say_which_counts_were_rounded(cli, pairs):
    out = cli("rank", "-p", "facebook", "--data", pairs, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["code"], r["followers_rounded"], r["followers_typed"]) for r in rows] == [
        ("59", "False", ""), ("33", "True", "112 k"), ("44", "False", ""),
        ("38", "False", "")]
    js = json.loads(cli("rank", "-p", "instagram", "--data", pairs, "--format",
                        "json").stdout)
    assert {r["code"]: r["followers_typed"] for r in js} == {
        "33": None, "44": None, "38": None, "59": "1,2 k"}


def _two_waves(tmp_path, old_cells, new_cells):
    head = "code,nom,facebook,abonnes facebook,date\n"
    codes = [("49", "Maine-et-Loire"), ("44", "Loire-Atlantique"), ("35", "Ille-et-Vilaine")]
    paths = []
    for name, cells, day in (("a.csv", old_cells, "2024-10-15"),
                             ("b.csv", new_cells, "2025-10-15")):
        p = tmp_path / name
        p.write_text(head + "".join(f'{c},{n},oui,"{k}",{day}\n'
                                    for (c, n), k in zip(codes, cells)), encoding="utf-8")
        paths.append(p)
    return paths


def test_changes_growth_note_quotes_a_cell_of_the_file(cli, tmp_path):
    a, b = _two_waves(tmp_path, ["112 k", "100000", "50000"], ["115000", "103000", "51000"])
    fr = cli("changes", "--data", a, "--data", b).stdout.splitlines()
    assert ("≈ : 1 croissance calculée sur un nombre d'abonnés arrondi (abrégé dans le "
            "fichier : « 112 k », lu 112\u202f000), donc approximative, de même que le gain "
            "pour 1\u202f000 habitants.") in fr
    assert not any("1,2 M" in line for line in fr)  # no longer a number of no file
    en = cli("changes", "--data", a, "--data", b, "--lang", "en").stdout.splitlines()
    assert ("≈: 1 growth figure computed on a rounded follower count (abbreviated in the "
            "file: '112 k', read as 112,000), so approximate, as is the gain per 1,000 "
            "inhabitants.") in en


def test_changes_growth_note_with_several_cells_says_such_as(cli, tmp_path):
    a, b = _two_waves(tmp_path, ["112 k", "100000", "50000"], ["115000", "103 k", "51000"])
    fr = cli("changes", "--data", a, "--data", b).stdout
    assert ("≈ : 2 croissances calculées sur un nombre d'abonnés arrondi (abrégé dans le "
            "fichier, comme « 112 k », lu 112\u202f000), donc approximatives") in fr
    # the report's Mouvements sheet says the same note
    import openpyxl

    out = tmp_path / "r.xlsx"
    cli("report", "--data", a, "--data", b, "-o", out)
    cells = [v for r in openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True)
             for v in r if isinstance(v, str)]
    assert any("(abrégé dans le fichier, comme « 112 k », lu 112\u202f000)" in v
               for v in cells)


def test_changes_growth_note_without_the_cells_keeps_the_general_words(tmp_path):
    from barometre.analysis import waves as W
    from barometre.render.waves import growth_rounded_note

    a, b = _two_waves(tmp_path, ["112 k", "100000", "50000"], ["115000", "103000", "51000"])
    w = W.read_waves([a, b]).drop(columns="followers_typed")  # saved without the cells
    note = growth_rounded_note(W.changes(w), "fr")
    assert note.startswith("≈ : 1 croissance calculée") and "comme « 1,2 M »" in note
