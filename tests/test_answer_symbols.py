"""Answers written with symbols (sym26): a checkbox mark alone, or a word beside a symbol, is
read and said; a mark that contradicts its word is doubtful. A count beside a doubtful answer
is said not ranked, and the notes and the Benchmark sheet say what they count."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from barometre.survey.values import read_presence

from .test_fast_path import fast_reader, normal_reader, same_reading

EMOJI = ("Code;Département;Facebook;Abonnés Facebook\n44;Loire-Atlantique;Non ✅;\n"
         "49;Maine-et-Loire;Oui 👍;1 200\n85;Vendée;✅;5 000\n56;Morbihan;Oui;3 000\n"
         "35;Ille-et-Vilaine;❌;\n29;Finistère;☐;\n22;Côtes-d'Armor;Non ❌;\n")


@pytest.mark.parametrize("value,expected", [
    ("✅", (True, "answer-symbol")), ("✔️", (True, "answer-symbol")),
    ("☑", (True, "answer-symbol")), ("❌", (False, "answer-symbol")),
    ("☐", (False, "answer-symbol")), ("✘", (False, "answer-symbol")),
    ("Oui 👍", (True, "answer-symbol")), ("Oui ✅", (True, "answer-symbol")),
    ("Non ❌", (False, "answer-symbol")), ("Oui ⭐", (True, "answer-symbol")),
    ("Non ✅", (None, "answer-doubtful")), ("Oui ❌", (None, "answer-doubtful")),
    ("✅❌", (None, "answer-doubtful")), ("Oui ? ✅", (None, "answer-doubtful")),
    ("NR ✅", (None, "answer-not-given")), ("Inactif 👍", (True, "answer-inactive"))])
def test_a_symbol_is_read_and_said(value, expected):
    assert read_presence(value) == expected


@pytest.mark.parametrize("value", ["⭐", "👀", "Peut-être ✅"])
def test_a_symbol_that_says_no_answer_is_an_error(value):
    with pytest.raises(ValueError):
        read_presence(value)


def test_validate_says_every_symbol_and_doubts_a_contradiction(tmp_path):
    src = tmp_path / "emoji.csv"
    src.write_text(EMOJI, encoding="utf-8")
    df = bm.read_survey(src, type="departement")
    fb = df[df.platform == "facebook"].set_index("code")["present"]
    assert fb["44"] is pd.NA  # « Non ✅ »: doubtful, not Non
    assert [bool(fb[c]) for c in ("49", "85", "56", "35", "29", "22")] == [
        True, True, True, False, False, False]
    by = {p.code: p for p in df.attrs["problems"]}
    doubt, sym = by["answer-doubtful"], by["answer-symbol"]
    assert (doubt.column, doubt.rows.tolist()) == ("Facebook", [2])
    assert "« Non ✅ » : 1" in doubt.message
    assert (sym.severity, sym.column, sym.count, sym.rows.tolist()) == (
        "warning", "Facebook", 5, [3, 4, 6, 7, 8])
    assert sym.message.startswith(
        "5 réponses données par un symbole (« Oui 👍 » lu Oui : 1, « ✅ » lu Oui : 1, "
        "« ❌ » lu Non : 1, « ☐ » lu Non : 1, « Non ❌ » lu Non : 1)")
    # in English the reading is said in English, the cell as written (b31)
    assert sym.msg.render("en").startswith(
        "5 answers given by a symbol (“Oui 👍” read as yes: 1, “✅” read as yes: 1, "
        "“❌” read as no: 1, “☐” read as no: 1, “Non ❌” read as no: 1)")


def test_both_readers_read_symbols_alike(tmp_path):
    src = tmp_path / "emoji.csv"
    src.write_text(EMOJI, encoding="utf-8")
    same_reading(normal_reader, fast_reader, src)
    _, problems = fast_reader(src)
    assert {"answer-symbol", "answer-doubtful"} <= {p.code for p in problems}


def test_a_count_beside_a_doubtful_answer_is_said_not_ranked(cli, tmp_path):
    src = tmp_path / "d.csv"
    src.write_text("Code;Département;Facebook;Abonnés Facebook\n37;Indre-et-Loire;Oui ?;33 000\n"
                   "44;Loire-Atlantique;Oui;98 765\n85;Vendée;Oui;41 000\n", encoding="cp1252")
    by = {p.code: p for p in bm.validate(src, type="departement")}
    said = by["followers-but-unanswered"]
    assert (said.column, said.rows.tolist()) == ("Abonnés Facebook", [2])
    assert "le nombre n'est pas classé" in said.message
    res = cli("rank", "-p", "facebook", "--data", src)
    assert ("1 nombre d'abonnés sans compte (présence Non, vide ou douteuse), non classé"
            in res.stdout)
    assert "présence Non ou vide" not in res.stdout


def test_the_benchmark_sheet_says_its_peers_not_ranked(cli, tmp_path):
    rows = ["Code;Département;Facebook;Abonnés Facebook;X;Abonnés X",
            "44;Loire-Atlantique;Oui;98 765;Oui;"]
    rows += [f"{c};;Oui;{1000 * i + 500};Oui;" for i, c in enumerate(["49", "85", "53", "72"])]
    src = tmp_path / "b.csv"
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    cli("report", "--data", src, "--type", "departement", "--entity", "44", "-o", out)
    ws = openpyxl.load_workbook(out)["Benchmark"]
    table = [list(r) for r in ws.iter_rows(values_only=True)]
    head = next(r for r in table if r[0] == "Réseau")
    x = next(r for r in table if r[0] == "X (ex-Twitter)")
    assert x[head.index("Pairs classés (n)")] == 0
    assert x[head.index("Pairs non classés")] == "4 avec un compte sans nombre d'abonnés"
