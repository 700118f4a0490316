"""template --within: a survey of some départements' entities (tmpl17).

A publisher surveying the intercommunalités of Bretagne and Pays de la Loire gets their
129 rows, not France's 1,254, and a Mode d'emploi that says to analyse the file with the
same --within (the base: those départements' entities, not a random draw from France's).
"""

from __future__ import annotations

import shlex

import openpyxl
import pytest

import barometre as bm

WEST = "22,29,35,56,44,49,53,72,85"  # Bretagne, Pays de la Loire
WEST_SORTED = "22,29,35,44,49,53,56,72,85"


def _rows(path):
    ws = openpyxl.load_workbook(path, read_only=True)["Enquête"]
    return list(ws.iter_rows(min_row=2, values_only=True))


def _instructions(path) -> list[str]:
    ws = openpyxl.load_workbook(path, read_only=True)["Mode d'emploi"]
    return [r[0] for r in ws.iter_rows(values_only=True) if r and r[0]]


def test_template_within_lists_those_departements_epci_and_says_the_command(cli, tmp_path):
    out = tmp_path / "ouest.xlsx"
    res = cli("template", "--type", "epci", "--within", WEST, "-p", "facebook", "-o", out)
    assert res.exit_code == 0, res.output
    rows = _rows(out)
    ref = bm.entities("epci")
    wanted = set(WEST.split(","))
    expected = set(ref.loc[ref["departement"].isin(wanted), "code"])
    assert len(rows) == len(expected) == 129  # not the 1,254 of France
    assert len(ref) - len(rows) == 1125  # the rows interns deleted by hand
    assert {r[0] for r in rows} == expected
    assert {r[2] for r in rows} == wanted  # « Département (code) »: each of the nine
    lines = _instructions(out)
    assert lines[0] == ("Enquête barometre\u00a0: intercommunalités de 9 départements "
                        "(22, 29, 35, 44, 49, 53, 56, 72, 85) (129 entités)")
    command = ("barometre compare --data FICHIER.xlsx --type epci --within " + WEST_SORTED)
    assert "Analyser\u00a0: " + command in lines
    assert "Analyser\u00a0: barometre compare --data FICHIER.xlsx --type epci" not in lines
    assert f"Paramètres\u00a0: type=epci\u202f; départements={WEST_SORTED}\u202f; réseaux=facebook" in lines

    # the command the instructions give, run on the filled file: a census of those 129
    wb = openpyxl.load_workbook(out)
    for i, row in enumerate(wb["Enquête"].iter_rows(min_row=2)):
        row[4].value = "Oui" if i % 3 else "Non"
    wb.save(out)
    args = shlex.split(command)[1:]
    args[args.index("FICHIER.xlsx")] = str(out)
    res = cli(*args, "-p", "facebook")
    assert res.exit_code == 0, res.output
    assert "129 intercommunalités de 9 départements" in res.stdout
    assert "86/129" in res.stdout and "exhaustif" in res.stdout


def test_template_within_in_english_and_of_a_category(cli, tmp_path):
    out = tmp_path / "ca.xlsx"
    res = cli("template", "--type", "communauté d'agglomération", "--within", "29,22",
              "-p", "facebook", "-o", out, "--lang", "en")
    assert res.exit_code == 0, res.output
    rows = _rows(out)
    ref = bm.entities("communauté d'agglomération")
    expected = set(ref.loc[ref["departement"].isin({"22", "29"}), "code"])
    assert {r[0] for r in rows} == expected and len(rows) == 10
    assert all(r[1].startswith("CA ") for r in rows)
    lines = _instructions(out)
    assert lines[0] == ("barometre survey: communautés d'agglomération of Côtes-d'Armor and "
                        "Finistère (10 entities)")
    # a category of some départements: every one of them, their own base (--panel); with
    # --within their census was said only when a random draw could not have fallen in
    # the category alone (10 CA of 22 and 29), not for the 4 CA of the 44 (rvtmpl21 #2)
    assert "Analyse: barometre compare --data FILE.xlsx --type epci --panel" in lines


@pytest.mark.parametrize("deps, n", [("44", 4), ("29,22", 10)])
def test_the_command_of_a_category_template_counts_every_one(cli, tmp_path, deps, n):
    out = tmp_path / "ca.xlsx"
    res = cli("template", "--type", "communauté d'agglomération", "--within", deps,
              "-p", "facebook", "-o", out)
    assert res.exit_code == 0, res.output
    (command,) = [x[len("Analyser : "):] for x in _instructions(out) if x.startswith("Analyser")]
    assert command == "barometre compare --data FICHIER.xlsx --type epci --panel"
    wb = openpyxl.load_workbook(out)
    for row in wb["Enquête"].iter_rows(min_row=2):
        row[4].value = "Oui"
    wb.save(out)
    args = shlex.split(command)[1:]
    args[args.index("FICHIER.xlsx")] = str(out)
    res = cli(*args, "-p", "facebook")
    assert res.exit_code == 0, res.output
    assert f"{n}/{n}" in res.stdout and "exhaustif" in res.stdout and "IC 95" not in res.stdout
    assert f"{n} communautés d'agglomération du panel" in res.stdout


def test_write_template_within_library(tmp_path):
    a = bm.write_template(tmp_path / "a.xlsx", "epci", "facebook", within="22,29")
    b = bm.write_template(tmp_path / "b.xlsx", "epci", "facebook", within=["29", "22"])
    assert _rows(a) == _rows(b)
    assert {r[2] for r in _rows(a)} == {"22", "29"}
    deps = bm.write_template(tmp_path / "d.xlsx", "departement", "facebook", within="1,2A")
    assert [r[:2] for r in _rows(deps)] == [("01", "Ain"), ("2A", "Corse-du-Sud")]
    # without within: every entity, and the command without --within, as before
    full = bm.write_template(tmp_path / "f.xlsx", "epci", "facebook")
    assert len(_rows(full)) == 1254
    assert "Analyser\u00a0: barometre compare --data FICHIER.xlsx --type epci" in _instructions(full)


@pytest.mark.parametrize("args, said", [
    (("--type", "epci", "--within", "22,99"), "« 99 » n'est pas un code de département"),
    (("--type", "region", "--within", "22"), "n'ont pas de département"),
    (("--type", "epci", "--within", " , "), "aucun code de département"),
])
def test_template_within_refused_in_one_line_and_nothing_written(cli, tmp_path, args, said):
    out = tmp_path / "x.xlsx"
    res = cli("template", *args, "-o", out)
    assert res.exit_code == 2
    assert said in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.output
    assert not out.exists()


def test_template_help_says_within(cli):
    res = cli("template", "--help")
    assert res.exit_code == 0
    assert "--within" in res.stdout and "22,29" in res.stdout
