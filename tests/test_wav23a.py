"""A long file reads as its separate wave files do, in changes and the report (wav23a).

Set A (tests/files/waves21): a_w2024.csv (15/10/2024, no TikTok column), a_w2025mars.xlsx
(10/03/2025, Facebook only), a_w2025oct.csv (14/10/2025, TikTok read), and the same rows in
one long file with a date column (tests/test_waves22a.py's ``_long_file``), whose TikTok
column is blank on every 2024 and March row.

1. TikTok was not read on 15 October 2024: the three files say it once, « TikTok non relevé
   à la vague du 15 octobre 2024 », and list only the 4 départements missing from a wave; the
   long file listed its 30 départements as « réponse inconnue à la vague du 15 octobre
   2024 » (a platform with no answer in a wave is one that wave did not read, as adoption
   and trend count it).
2. The long file's Mouvements title said « (1 fichier) » for three waves read, two compared:
   « (1 fichier, 3 vagues lues, 2 comparées) », as the three files say « (3 fichiers lus,
   2 vagues comparées) ».
3. Sources et méthode's « Réponses vides » said the blank rule per column; it is decided per
   platform on each file's answers and, in a file of several waves, each wave's.
4. ``changes --panel`` took its panel before the blank rule was decided, and decided it on
   the panel's rows (hand count below). Since blank25 each wave reads its blanks by its own
   rule, in changes as in trend: a blank read as absence (2024 « x or blank ») is compared
   as an answer, with or without a panel, whatever 2025's blanks.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

import barometre as bm

from .conftest import FILES
from .test_waves22a import _long_file

A = FILES / "waves21"
OLD, MARCH, NEW = A / "a_w2024.csv", A / "a_w2025mars.xlsx", A / "a_w2025oct.csv"


@pytest.fixture(scope="module")
def long_file(tmp_path_factory):
    return _long_file(tmp_path_factory.mktemp("wav23a"))


@pytest.fixture(scope="module")
def reports(long_file, tmp_path_factory):
    """The report of the long file and of the three files, in French and in English."""
    from typer.testing import CliRunner

    from barometre.cli.app import app

    folder = tmp_path_factory.mktemp("wav23a_reports")
    out = {}
    for lang in ("fr", "en"):
        for key, data in (("one", [long_file]), ("three", [OLD, MARCH, NEW])):
            path = folder / f"{key}-{lang}.xlsx"
            args = ["report", *[x for d in data for x in ("--data", str(d))], "-o", str(path),
                    "--lang", lang]
            res = CliRunner().invoke(app, args)
            assert res.exit_code == 0, res.output
            out[key, lang] = path
    return out


def _rows(path, sheet) -> list[tuple]:
    return [tuple(v for v in r if v is not None)
            for r in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True)
            if any(v is not None for v in r)]


# --------------------------------------------------------------------- 1. not read, not unknown

def test_mouvements_of_the_long_file_say_tiktok_not_read_as_the_files(reports):
    one, three = _rows(reports["one", "fr"], "Mouvements"), _rows(reports["three", "fr"], "Mouvements")
    said = ("TikTok non relevé à la vague du 15 octobre 2024\u00a0: pas d'évolution à mesurer sur "
            "ce réseau",)
    assert said in three and said in one
    tiktok = [r for r in one if r[:1] == ("TikTok",)]
    # the table's row (30 not comparable, as the files) and the 4 départements missing from
    # a wave: none « réponse inconnue », no row per département not read
    assert tiktok[0][:5] == ("TikTok", 0, 0, 0, 30)
    assert [r[1] for r in tiktok[1:]] == ["08", "09", "2A", "2B"]
    assert not any("réponse inconnue" in str(x) for r in tiktok for x in r)
    # every row the same but the title (what each read: one file, three files)
    assert one[1:] == three[1:]


def test_changes_of_the_long_file_say_tiktok_not_read(long_file, cli):
    files = bm.transitions(bm.read_waves([OLD, MARCH, NEW]), platforms="tiktok")
    one = bm.transitions(bm.read_waves(long_file), platforms="tiktok")
    assert one.attrs["not_read"] == files.attrs["not_read"] == {"tiktok": "2024-10-15"}
    assert one["reason"].value_counts().to_dict() == files["reason"].value_counts().to_dict() \
        == {"not_read_old": 26, "missing_old": 3, "missing_new": 1}
    res = cli("changes", "--data", long_file, "-p", "tiktok", "--list")
    assert res.exit_code == 0, res.output
    assert "réponse inconnue" not in res.stdout
    assert ("TikTok non relevé à la vague du 15 octobre 2024 (26 entités)"
            in res.stdout)
    # a wave with no answer on any platform a file read is not read there either: the
    # long file compared from March (Facebook only) reads Instagram as not read then
    march = bm.transitions(bm.read_waves(long_file), old="2025-03", platforms="instagram")
    assert march.attrs["not_read"] == {"instagram": "2025-03-10"}


# --------------------------------------------------------------------- 2. the title

def test_the_long_files_title_says_its_waves(long_file, reports, cli):
    title = _rows(reports["one", "fr"], "Mouvements")[0][0]
    assert title == ("Départements\u00a0: du 15 octobre 2024 au 14 octobre 2025 (1 fichier, "
                     "3 vagues lues, 2 comparées)")
    assert _rows(reports["three", "fr"], "Mouvements")[0][0].endswith(
        "(3 fichiers lus, 2 vagues comparées)")
    assert _rows(reports["one", "en"], "Changes")[0][0].endswith(
        "(1 file, 3 waves read, 2 compared)")
    # changes says the same, the two waves it compares picked or not
    for args in ((), ("--old", "2025-03")):
        res = cli("changes", "--data", long_file, *args)
        assert res.exit_code == 0, res.output
        assert res.stdout.splitlines()[0].endswith("(1 fichier, 3 vagues lues, 2 comparées)")
    # the report's panel says its waves read already: the file and the two compared
    res = cli("changes", "--data", long_file, "--panel")
    assert res.stdout.splitlines()[0].endswith("(1 fichier, 3 vagues lues, 2 comparées)")


def test_the_reports_panel_title_and_a_long_file_of_two_waves(long_file, tmp_path, cli):
    out = tmp_path / "panel.xlsx"
    assert cli("report", "--data", long_file, "--panel", "-o", out).exit_code == 0
    assert _rows(out, "Mouvements")[0][0] == (
        "11 départements du panel (dans chacune des 3 vagues lues)\u00a0: du 15 octobre 2024 au "
        "14 octobre 2025 (1 fichier, 2 vagues comparées)")
    # one file of two waves: nothing else read, « (1 fichier) » as before
    two = tmp_path / "two.csv"
    lines = long_file.read_text(encoding="utf-8").splitlines()
    two.write_text("\n".join(x for x in lines if "10/03/2025" not in x) + "\n",
                   encoding="utf-8")
    res = cli("changes", "--data", two)
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[0].endswith("2025 (1 fichier)")


# --------------------------------------------------------------------- 3. the blank rule's text

def test_the_method_says_the_blank_rule_per_wave_and_platform(reports):
    fr = dict(r[:2] for r in _rows(reports["one", "fr"], "Sources et méthode") if len(r) > 1)
    text = fr["Réponses vides"]
    assert "dans une colonne" not in text
    assert text.startswith(
        "une case de présence vide (ni réponse, ni compte, ni abonnés) compte comme absente "
        "quand les réponses du réseau ne contiennent aucun «\u00a0Non\u00a0»\u202f; quand elles en "
        "contiennent, ou qu'il n'y a aucune réponse, elle est «\u00a0non renseignée\u00a0» et la "
        "collectivité sort de la base de ce réseau\u202f; décidé pour chaque réseau sur les "
        "réponses de chaque fichier et, dans un fichier de plusieurs vagues, de chaque vague, "
        "comme dans des fichiers séparés (")
    en = dict(r[:2] for r in _rows(reports["one", "en"], "Sources and method") if len(r) > 1)
    text = en["Blank answers"]
    assert "in a column" not in text
    assert ("decided for each platform on the answers of each file and, in a file of "
            "several waves, of each wave, as in separate files (") in text


# --------------------------------------------------------------------- 4. changes --panel

def _panel_files(folder):
    """2024 writes Instagram « x or blank » (Oui or blank: 04 and 05 blank, read as
    absence); 2025 writes « Non », its one blank (06) not in 2024: out of the panel."""
    head = "Code;Département;Facebook;Instagram;Date du relevé"
    old = folder / "p2024.csv"
    old.write_text("\n".join([
        head, "01;Ain;Oui;Oui;15/10/2024", "02;Aisne;Oui;Oui;15/10/2024",
        "03;Allier;Non;Oui;15/10/2024", "04;Alpes-de-Haute-Provence;Oui;;15/10/2024",
        "05;Hautes-Alpes;Oui;;15/10/2024"]) + "\n", encoding="utf-8")
    new = folder / "p2025.csv"
    new.write_text("\n".join([
        head, "01;Ain;Oui;Oui;15/10/2025", "02;Aisne;Oui;Non;15/10/2025",
        "03;Allier;Non;Oui;15/10/2025", "04;Alpes-de-Haute-Provence;Oui;Oui;15/10/2025",
        "05;Hautes-Alpes;Oui;Non;15/10/2025", "06;Alpes-Maritimes;Oui;;15/10/2025"]) + "\n",
        encoding="utf-8")
    return old, new


def test_changes_panel_reads_each_waves_blanks_by_its_rule(tmp_path, cli):
    """Hand count, Instagram, the panel 01–05 (06 only in 2025): 2024's blanks of 04 and 05
    mean « no account » in an « x or blank » column, whatever 2025 holds (blank25: a 2025
    that writes « Non » and leaves 06 blank made them not comparable, 0 joined, 100 % → 67 %).
    01 Oui → Oui, 02 Oui → Non, 03 Oui → Oui, 04 Non → Oui, 05 Non → Non: 1 joined, 1 left,
    3/5 = 60 % → 60 %, the panel's census (« exhaustif »), as trend --panel counts it."""
    old, new = _panel_files(tmp_path)
    res = cli("changes", "--data", old, "--data", new, "--panel", "-f", "json")
    assert res.exit_code == 0, res.output
    ig = next(r for r in json.loads(res.stdout) if r["platform"] == "instagram")
    assert (ig["joined"], ig["left"], ig["stayed"], ig["stayed_absent"],
            ig["not_comparable"], ig["n_paired"]) == (1, 1, 2, 1, 0, 5)
    assert ig["share_old"] == ig["share_new"] == pytest.approx(0.6)
    assert ig["census"] is True and ig["p_value"] is None
    # the same comparable entities as without --panel (06 is missing from 2024 there)
    res = cli("changes", "--data", old, "--data", new, "-f", "json")
    whole = next(r for r in json.loads(res.stdout) if r["platform"] == "instagram")
    assert (whole["joined"], whole["left"], whole["n_paired"]) == (1, 1, 5)
    # the warning says each wave's reading: the panel's blanks read as absence, and the
    # wave that reads its own as not answered (06's, out of the panel)
    res = cli("changes", "--data", old, "--data", new, "--panel")
    assert ("⚠ Instagram : cases vides lues comme absence à la vague du 15 octobre 2024 "
            "(2), comme « non renseigné » à la vague du 15 octobre 2025 (1) ; chaque vague "
            "est lue selon sa règle (les premières comparées comme des « Non », les autres "
            "hors des entités comparables)") in res.output
    t = bm.transitions(bm.read_waves([old, new]), platforms="instagram", panel=True)
    got = dict(zip(t["code"], t["status"]))
    assert (got["04"], got["05"]) == ("joined", "absent")
    # trend --panel says the blanks read two ways, as trend does without --panel
    res = cli("trend", "-t", "departement", "--data", old, "--data", new, "--panel")
    assert res.exit_code == 0, res.output
    assert "⚠ Instagram : cases vides lues comme absence à la vague du 15 octobre 2024 (2)" \
        in res.output
    # the other way round, the 2024 blanks read as absence all out of the panel: nothing of
    # the panel's is read two ways, nothing said under --panel (said without it). 04 and 05
    # answer « Oui » in 2024; a 2024-only entity (07) keeps a blank, out of the panel
    text = old.read_text(encoding="utf-8").replace(";;15/10/2024", ";Oui;15/10/2024")
    old.write_text(text + "07;Ardèche;Oui;;15/10/2024\n", encoding="utf-8")
    res = cli("changes", "--data", old, "--data", new, "--panel")
    assert res.exit_code == 0, res.output
    assert "cases vides lues comme absence" not in res.output
    assert "cases vides lues comme absence" in cli("changes", "--data", old, "--data",
                                                   new).output
