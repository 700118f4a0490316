"""Rows without any answer counted absent on every platform are said (session 35).

A wide file's row with every presence cell blank, read as absent by the blank rule (the
« x or blank » convention, or ``--blank absent``), is either a collectivité checked and
found without any account or a row nobody filled in; the per-platform warnings counted
cells and could not tell. On barometre's template of 1,254 EPCI filled for 60,
``compare --data --blank absent`` printed « Facebook 5 % 57/1 254 exhaustif » with no word
about the 1,194 untouched rows. ``blank-rows-absent`` now counts and lists those rows.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading

TICK = "Code;Nom;Facebook;Instagram\n01;Ain;x;x\n02;Aisne;x;\n03;Allier;;\n04;Alpes-de-Haute-Provence;x;x\n"
WRITTEN = ("Code;Nom;Facebook;Instagram\n01;Ain;Oui;Oui\n02;Aisne;Oui;Non\n03;Allier;;\n"
           "04;Alpes-de-Haute-Provence;Oui;Non\n")


def _rows_absent(problems):
    return [p for p in problems if p.code == "blank-rows-absent"]


def test_a_tick_box_row_without_any_mark_is_said(cli, tmp_path):
    """The Allier row (line 4) has no mark at all: counted absent on both platforms, as the
    convention says, and said as a row (was two cell counts, « lignes 3, 4 » and « ligne 4 »)."""
    path = tmp_path / "coches.csv"
    path.write_text(TICK, encoding="utf-8")
    [p] = _rows_absent(bm.validate(path))
    assert (p.severity, p.count, p.rows.tolist(), p.column) == ("warning", 1, [4], None)
    assert p.message == (
        "1 ligne sans aucune réponse (ligne 4) comptée comme absente sur tous les réseaux : "
        "une collectivité sans aucun compte ? Une ligne qui n'a pas été remplie fait baisser "
        "toutes les parts : retirez-la du fichier, ou écrivez Non là où il n'y a pas de compte")
    res = cli("validate", path, "--lang", "en")
    assert res.exit_code == 0
    assert ("coches.csv: warning: 1 row without any answer (line 4) counted as absent on every "
            "platform: a collectivité without any account? A row nobody filled in lowers every "
            "share: remove it from the file, or write “Non” where there is no account"
            ) in res.stdout
    # the reading itself is unchanged: Allier absent on both platforms
    df = bm.read_survey(path)
    assert df.loc[df["code"] == "03", "present"].tolist() == [False, False]


def test_blank_absent_forced_says_as_asked(cli, tmp_path):
    """Written « Non »: the untouched row is not answered (no row warning); under
    ``--blank absent`` it is absent everywhere, as asked, and said so."""
    path = tmp_path / "ecrit.csv"
    path.write_text(WRITTEN, encoding="utf-8")
    assert _rows_absent(bm.validate(path)) == []
    [p] = _rows_absent(bm.validate(path, blank="absent"))
    assert (p.count, p.rows.tolist()) == (1, [4])
    res = cli("validate", path, "--blank", "absent")
    assert ("ecrit.csv : avertissement : 1 ligne sans aucune réponse (ligne 4) comptée comme "
            "absente sur tous les réseaux, comme demandé (--blank absent) : une collectivité "
            "sans aucun compte ? Une ligne qui n'a pas été remplie fait baisser toutes les "
            "parts : retirez-la du fichier") in res.stdout


def test_a_row_with_a_count_or_one_answer_is_not_said(tmp_path):
    """A count implies presence, one answer is an answer: those rows were filled in."""
    path = tmp_path / "abonnes.csv"
    path.write_text("Code;Nom;Facebook - présence;Facebook - abonnés;Instagram - présence\n"
                    "01;Ain;x;10;x\n02;Aisne;x;;\n03;Allier;;500;\n04;Alpes;x;;x\n",
                    encoding="utf-8")
    assert _rows_absent(bm.validate(path)) == []
    assert _rows_absent(bm.validate(path, blank="absent")) == []


def test_a_template_filled_for_some_rows_under_blank_absent(cli, tmp_path):
    """The finding: barometre's template of the 101 départements filled for three rows,
    ``--blank absent``: the 98 untouched rows are said (count and first lines), and
    ``compare --data`` points at them (« Lecture : … avertissements »)."""
    out = bm.write_template(tmp_path / "modele.xlsx", "departement", ["facebook", "instagram"])
    wb = openpyxl.load_workbook(out)
    ws = wb["Enquête"] if "Enquête" in wb.sheetnames else wb.worksheets[0]
    header = [c.value for c in next(ws.iter_rows(min_row=1, max_row=1))]
    fb, ig = header.index("Facebook - présence") + 1, header.index("Instagram - présence") + 1
    for r, (a, b) in zip(range(2, 5), [("Oui", "Oui"), ("Oui", None), ("Oui", "Oui")]):
        ws.cell(r, fb, a)
        ws.cell(r, ig, b)
    filled = tmp_path / "modele-rempli.xlsx"
    wb.save(filled)
    [p] = _rows_absent(bm.validate(filled, blank="absent"))
    assert p.count == 98
    assert p.rows.tolist() == list(range(5, 103))
    res = cli("compare", "--data", filled, "--blank", "absent")
    assert res.exit_code == 0
    assert "3/101" in res.stdout  # the reading asked for, unchanged
    assert "Lecture : 4 avertissements" in res.stdout + res.stderr


@pytest.mark.parametrize("text", [TICK, WRITTEN])
def test_both_readers_say_the_same(tmp_path, text):
    """The columnar reader (large files) says the same problems as the small-file reader."""
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
