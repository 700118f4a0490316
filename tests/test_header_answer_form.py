"""A header that gives the form of its answers, « Présent (O/N) », « Compte (oui/non) », is
read as its words say. « Présent (O/N) » under « Facebook » in a two-row header was an
unknown column: its « Présent (O/N) » cell became a data row (« entité manquante », « attendu
Oui/Non ») and the followers beside it were dropped (« valeurs sous un en-tête vide »)."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from barometre.survey.headers import classify_header

from .test_xlsxin20 import reader  # noqa: F401 - both cell readers

ROWS = [("01", "Ain", "O", 1200, "N", None, "15/03/2025"),
        ("02", "Aisne", "O", 800, "O", 300, "15/03/2025"),
        ("03", "Allier", "N", None, "O", 50, "15/03/2025")]


@pytest.mark.parametrize("text, role, platform", [
    ("Présent (O/N)", "present", None), ("Présence (oui / non)", "present", None),
    ("Compte [O/N]", "account", None), ("Facebook (O/N)", "present", "facebook"),
    ("Abonnés (1/0)", "followers", None),
    ("Note (1/5)", "unknown", None),  # a scale, not the answers' form: not read as one
    ("Présent (oui)", "unknown", None)])
def test_the_answers_form_is_no_word_of_the_column(text, role, platform):
    c = classify_header(text, 3)
    assert (c.role, c.platform, c.header, c.index) == (role, platform, text, 3)


def test_a_two_row_header_with_answer_forms(tmp_path, reader):  # noqa: F811
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "Nom", "Facebook", None, "Instagram", None, "Date"])
    ws.append([None, None, "Présent (O/N)", "Abonnés", "Présent (O/N)", "Abonnés", None])
    ws.merge_cells("C1:D1")
    ws.merge_cells("E1:F1")
    for r in ROWS:
        ws.append(list(r))
    path = tmp_path / "deux-lignes.xlsx"
    wb.save(path)
    problems = bm.validate(path, type="departement")
    assert [p.code for p in problems] == ["header-two-rows"]
    assert "« Présent (O/N) Facebook »" in problems[0].message
    df = bm.read_survey(path, type="departement")
    got = {(r.code, r.platform): (bool(r.present), None if pd.isna(r.followers)
                                  else int(r.followers)) for r in df.itertuples()}
    assert got == {("01", "facebook"): (True, 1200), ("01", "instagram"): (False, None),
                   ("02", "facebook"): (True, 800), ("02", "instagram"): (True, 300),
                   ("03", "facebook"): (False, None), ("03", "instagram"): (True, 50)}
