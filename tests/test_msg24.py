"""msg24: grouped count notes said of all their cells, and the report's blanks of every
platform outside the base."""

from __future__ import annotations

import csv
import io
import json

import pytest
from barometre.render.excel.cells import typeset

# --------------------------------------------------------------------------- 1. grouped notes

HEAD = "Code département;Facebook;Abonnés Facebook\n"

#: the cells of each note (the i-th département's), and validate's line, fr and en
CASES = {
    "count-ambiguous": (
        lambda i: f"{i},{i:03d}",
        "8 nombres d'abonnés (lignes 2, 3, 4, 5, 7, …) lus avec la virgule comme séparateur "
        "de milliers, la colonne ne contenant que des entiers (le premier « 1,001 » lu comme "
        "1\u202f001) : écrivez-les sans virgule pour lever le doute",
        "8 follower counts (lines 2, 3, 4, 5, 7, …) read with the comma as a thousands "
        "separator, the column holding only whole numbers (the first “1,001” read as 1,001): "
        "write them without the comma to remove the doubt"),
    "count-dot-thousands": (
        lambda i: f"{i}.{i:03d}",
        "8 nombres d'abonnés (lignes 2, 3, 4, 5, 7, …) lus avec le point comme séparateur de "
        "milliers, la colonne ne contenant que des entiers (le premier « 1.001 » lu comme "
        "1\u202f001) : écrivez-les sans point pour lever le doute",
        "8 follower counts (lines 2, 3, 4, 5, 7, …) read with the dot as a thousands "
        "separator, the column holding only whole numbers (the first “1.001” read as 1,001): "
        "write them without the dot to remove the doubt"),
    "count-unit": (
        lambda i: f"{i}00 abonnés",
        "8 nombres d'abonnés suivis d'un mot (lignes 2, 3, 4, 5, 7, …) lus sans ce mot (le "
        "premier « 100 abonnés » lu comme 100) : écrivez les nombres seuls dans les cellules",
        "8 follower counts followed by a word (lines 2, 3, 4, 5, 7, …) read without the word "
        "(the first “100 abonnés” read as 100): write the numbers alone in the cells"),
}


def _file(tmp_path, code):
    """Eight cells of the note, a plain count on line 6 between them."""
    cell = CASES[code][0]
    lines = [f"{i:02d};Oui;{cell(i)}" for i in range(1, 10)]
    lines[4] = "05;Oui;1234"
    f = tmp_path / "notes.csv"
    f.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return f


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("code", list(CASES))
def test_a_grouped_note_is_said_of_all_its_cells(cli, tmp_path, code, lang):
    """More than five cells with one note in a column are one warning: it quoted the first
    cell's sentence (« le premier : « 1,001 » lu comme … ; écrivez 1001 pour lever le
    doute »), one cell's advice where eight are meant; now the note said of them all, the
    first cell as its example."""
    res = cli("validate", _file(tmp_path, code), "--lang", lang)
    assert res.exit_code == 0, res.output
    where = ("notes.csv, colonne « Abonnés Facebook » : avertissement : " if lang == "fr"
             else "notes.csv, column “Abonnés Facebook”: warning: ")
    line = CASES[code][1 if lang == "fr" else 2]
    assert where + line in res.stdout.splitlines()


@pytest.mark.parametrize("code", list(CASES))
def test_a_grouped_note_in_csv_and_json_keeps_every_row_and_its_example(cli, tmp_path, code):
    """--csv and --json: one row of the note's code, its count and every row (the plain
    count of line 6 not among them), the first cell as its value, as the message says."""
    f = _file(tmp_path, code)
    res = cli("validate", f, "--csv", "--lang", "en")
    assert res.exit_code == 0, res.output
    [row] = list(csv.DictReader(io.StringIO(res.stdout)))
    first = CASES[code][0](1)
    assert (row["row"], row["code"], row["count"], row["rows"], row["value"]) == (
        "", code, "8", "2;3;4;5;7;8;9;10", first)
    assert row["message"] == CASES[code][2]
    res = cli("validate", f, "--json")
    [item] = json.loads(res.stdout)
    assert (item["row"], item["code"], item["count"], item["rows"], item["value"]) == (
        None, code, 8, [2, 3, 4, 5, 7, 8, 9, 10], first)
    assert item["message"] == CASES[code][1]


def test_five_cells_stay_said_one_by_one(cli, tmp_path):
    """Five cells of a note are five warnings, each its own sentence and row."""
    f = tmp_path / "five.csv"
    f.write_text(HEAD + "".join(f"{i:02d};Oui;{i},{i:03d}\n" for i in range(1, 6)),
                 encoding="utf-8")
    res = cli("validate", f, "--json")
    items = json.loads(res.stdout)
    assert [(p["row"], p["code"], p["value"]) for p in items] == [
        (i + 1, "count-ambiguous", f"{i},{i:03d}") for i in range(1, 6)]
    assert items[0]["message"].endswith("; écrivez 1001 pour lever le doute")


# --------------------------------------------------------------------------- 2. blanks left out

def _blanks(path, sheet="Sources et méthode", row="Réponses vides"):
    import openpyxl

    ws = openpyxl.load_workbook(path)[sheet]
    text = next(r[1] for r in ws.iter_rows(values_only=True) if r[0] == row)
    return text[text.rindex(" (") + 2:]


@pytest.fixture(scope="module")
def long_file(tmp_path_factory):
    from .test_waves22a import _long_file

    return _long_file(tmp_path_factory.mktemp("msg24"))


def _set_a():
    from .conftest import FILES

    a = FILES / "waves21"
    return [a / "a_w2024.csv", a / "a_w2025mars.xlsx", a / "a_w2025oct.csv"]


@pytest.mark.parametrize("how", ["three files", "one long file"])
def test_every_years_blanks_left_out_are_named(cli, tmp_path, long_file, how):
    """Set A: 2024's Facebook blank (Ain's row 8, « non renseigné »: its column writes
    « Non ») leaves the 2024 point of the Évolution, whose base is its own; the sheet
    named only the key figures' year, « hors base : Instagram : 5 ». Each year's count is
    the one compare says of that year, « 1 autre sans réponse, hors base » (2025's two
    « NR » of Facebook on 14/10 take the answers of 10/03, as in the report)."""
    data = _set_a() if how == "three files" else [long_file]
    out = tmp_path / "r.xlsx"
    res = cli("report", *[x for d in data for x in ("--data", d)], "-o", out)
    assert res.exit_code == 0, res.output
    # (blank25: no « Mouvements, en plus : Instagram : 14 »: changes reads 2024's blanks as
    # absences, as the Évolution does)
    assert _blanks(out) == typeset("hors base : Facebook : 1 en 2024 ; Instagram : 5 en 2025)", "fr")
    # the terminal says the same of each year: its blanks left out of its base
    said = {}
    for year in ("2024", "2025"):
        res = cli("compare", "--data", long_file, "--year", year, "-f", "json")
        assert res.exit_code == 0, res.output
        said.update({(r["platform"], r["year"]): r["n_unknown"]
                     for r in json.loads(res.stdout) if r["n_unknown"]})
    assert said == {("facebook", 2024): 1, ("instagram", 2025): 5}


def test_every_years_blanks_in_english_and_the_key_year_alone(cli, tmp_path):
    """The demo's two waves: 2024's Instagram blank (line 67) and 2025's two TikTok blanks;
    the sheet said « left out: TikTok: 2 ». A file of one year keeps its one count per
    platform, without a year."""
    from pathlib import Path

    demo = Path(__file__).parent.parent / "data" / "demo"
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", demo / "vague-2024-departements-donnees-fictives.xlsx",
              "--data", demo / "vague-2025-departements-donnees-fictives.csv", "-o", out,
              "--lang", "en")
    assert res.exit_code == 0, res.output
    assert _blanks(out, "Sources and method", "Blank answers") == (
        "left out: Instagram: 1 in 2024; TikTok: 2 in 2025)")
    one = tmp_path / "one.csv"
    one.write_text("Code;Département;Facebook;Instagram;TikTok;Date du relevé\n"
                   "01;Ain;Oui;Oui;;14/10/2025\n02;Aisne;Oui;Non;;14/10/2025\n"
                   "03;Allier;Oui;;;14/10/2025\n04;Alpes-de-Haute-Provence;Non;Oui;;14/10/2025\n"
                   "05;Hautes-Alpes;Oui;;Oui;14/10/2025\n06;Alpes-Maritimes;Oui;Oui;Non;14/10/2025\n",
                   encoding="utf-8")
    res = cli("report", "--data", one, "-o", tmp_path / "one.xlsx")
    assert res.exit_code == 0, res.output
    assert _blanks(tmp_path / "one.xlsx") == typeset("hors base : Instagram : 2 ; TikTok : 4)", "fr")
