"""The département template's Mode d'emploi says which rows share one council (review s33).

2A and 2B are one Collectivité de Corse, 67 and 68 one Collectivité européenne d'Alsace: one
account on two rows. The Mode d'emploi said nothing of it, so surveyors typed the count on
both rows and ``validate`` then warned « gardez le nombre du compte du conseil sur une seule
ligne ». It now says so, in those words, where it applies: a template holding both rows of
such a council (départements; a région template has one row for Corse, Martinique, Guyane).
Filled as it says, the file gets no council warning.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

FR = ("Un seul conseil pour deux lignes : Corse-du-Sud (2A) et Haute-Corse (2B), Collectivité "
      "de Corse ; Bas-Rhin (67) et Haut-Rhin (68), Collectivité européenne d'Alsace. Son compte "
      "est le même sur les deux lignes : donnez-y la même présence (Oui ou Non) et gardez le "
      "nombre du compte du conseil sur une seule ligne (laissez vide le nombre d'abonnés de "
      "l'autre), sinon « barometre validate » le signale.")
EN = ("One council for two rows: Corse-du-Sud (2A) and Haute-Corse (2B), Collectivité de Corse; "
      "Bas-Rhin (67) and Haut-Rhin (68), Collectivité européenne d'Alsace. Its account is the "
      "same on both rows: give them the same presence (Oui or Non) and keep the council's "
      "account's count on one row (leave the other's follower count blank), or “barometre "
      "validate” reports it.")


def _lines(path):
    ws = openpyxl.load_workbook(path)["Mode d'emploi"]
    return [r[0] for r in ws.iter_rows(values_only=True) if r[0] is not None]


@pytest.mark.parametrize("lang, said", [("fr", FR), ("en", EN)])
def test_departement_template_says_the_shared_councils(cli, tmp_path, lang, said):
    out = tmp_path / "enquete.xlsx"
    assert cli("template", "--type", "departement", "-o", out, "--lang", lang).exit_code == 0
    lines = _lines(out)
    said = typeset(said, lang)  # as the French workbook writes it (s33)
    assert said in lines
    # right under the line on the code columns
    assert lines[lines.index(said) - 1].startswith(
        "Ne modifiez pas les colonnes de code" if lang == "fr" else "Do not change the code")


@pytest.mark.parametrize("args", [("--type", "region"), ("--type", "commune", "--within", "29"),
                                  ("--type", "departement", "--within", "67,44")])
def test_no_shared_council_said_where_none_has_two_rows(cli, tmp_path, args):
    out = tmp_path / "enquete.xlsx"
    assert cli("template", *args, "-o", out).exit_code == 0
    assert not any("Un seul conseil pour deux lignes" in x for x in _lines(out))


def test_one_council_of_the_within_said_alone(cli, tmp_path):
    out = tmp_path / "enquete.xlsx"
    assert cli("template", "--type", "departement", "--within", "67,68,44", "-o", out).exit_code == 0
    assert [x for x in _lines(out) if x.startswith("Un seul conseil")] == [typeset(
        "Un seul conseil pour deux lignes : Bas-Rhin (67) et Haut-Rhin (68), Collectivité "
        "européenne d'Alsace. Son compte est le même sur les deux lignes : donnez-y la même "
        "présence (Oui ou Non) et gardez le nombre du compte du conseil sur une seule ligne "
        "(laissez vide le nombre d'abonnés de l'autre), sinon « barometre validate » le signale.", "fr")]


def _filled(tmp_path, counts: dict[str, int], name: str):
    """The template of 67, 68, 44 and 35, Facebook « Oui » on every row, ``counts`` typed."""
    out = tmp_path / name
    bm.write_template(out, "departement", ["facebook"], within="67,68,44,35")
    wb = openpyxl.load_workbook(out)
    ws = wb["Enquête"]
    head = [c.value for c in ws[1]]
    pres, n = head.index("Facebook - présence") + 1, head.index("Facebook - abonnés") + 1
    date = head.index("Facebook - date du relevé") + 1
    for r in range(2, ws.max_row + 1):
        code = ws.cell(r, 1).value
        ws.cell(r, pres, "Oui")
        ws.cell(r, date, "15/10/2025")
        if code in counts:
            ws.cell(r, n, counts[code])
    wb.save(out)
    return out


def test_filled_as_it_says_no_council_warning(tmp_path):
    as_said = _filled(tmp_path, {"67": 50000, "44": 40000, "35": 30000}, "as_said.xlsx")
    assert not [p for p in bm.validate(as_said) if p.code.startswith("council-")]
    both = _filled(tmp_path, {"67": 50000, "68": 51000, "44": 40000, "35": 30000}, "both.xlsx")
    differ = [p for p in bm.validate(both) if p.code == "council-territories-filled"]
    assert len(differ) == 1
    assert "gardez le nombre du compte du conseil sur une seule ligne" in differ[0].message
