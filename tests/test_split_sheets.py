"""A survey split over two sheets (interns, half of the list each): reading one of them
with --sheet, as the « laquelle lire ? » error advised, gave 50 of the 101 départements as
a random sample (« IC 95 % : 92–99 % »). Sheets of the same columns and no entity in
common are said to split one survey, each with its rows (reviewer, session 18)."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.datasets.reference import entities

openpyxl = pytest.importorskip("openpyxl")


def _split(path, share: int = 0, other_header: bool = False):
    """The 101 départements, 01 to 44 on « Relevés a » (active), the rest on « Relevés b »;
    ``share`` rows of the first sheet repeated on the second."""
    deps = list(entities("departement").itertuples())
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Relevés a"
    second = wb.create_sheet("Relevés b")
    head = ["Code département", "Nom", "Facebook", "Date du relevé"]
    first.append(head)
    second.append(head[:2] + ["Instagram", "Date du relevé"] if other_header else head)
    for i, r in enumerate(deps):
        row = [r.code, r.name, "Oui", "15/10/2025"]
        (first if i < 45 else second).append(row)
        if i < share:
            second.append(row)
    wb.save(path)
    return path


def test_split_survey_said_with_each_sheet_rows(tmp_path, cli):
    f = _split(tmp_path / "moitie.xlsx")
    [p] = bm.validate(f)
    assert (p.severity, p.code) == ("error", "sheet-split")
    res = cli("compare", "--data", f, "--type", "departement")
    assert res.exit_code == 1
    assert res.stderr.splitlines()[0] == (
        "barometre : moitie.xlsx : l'enquête semble répartie sur 2 feuilles (mêmes colonnes "
        "d'entité et de réseaux, aucune collectivité en commun) : « Relevés a » (45 lignes), "
        "« Relevés b » "
        "(56 lignes) ; --sheet n'en lirait qu'une partie, comme un échantillon : réunissez "
        "les lignes dans une seule feuille")
    en = cli("validate", f, "--lang", "en")
    assert ("the survey looks split over 2 sheets (same entity and platform columns, no "
            "collectivity in common): "
            "'Relevés a' (45 rows), 'Relevés b' (56 rows); --sheet would read only part of it"
            in en.stdout)
    assert "laquelle lire" not in res.stderr


def test_codes_written_as_numbers_are_the_same_entities(tmp_path):
    """« 01 » on one sheet, 1 (a number) on the other: one entity. Three shared so (more
    than a row copied onto both halves): two waves, no split said."""
    f = _split(tmp_path / "deux.xlsx", share=3)
    wb = openpyxl.load_workbook(f)
    second = wb["Relevés b"]
    for row, code in ((2, 1), (3, 2), (4, 3)):  # 01, 02, 03 repeated, as numbers
        assert second.cell(row, 1).value == f"0{code}"
        second.cell(row, 1).value = code
    wb.save(f)
    [p] = bm.validate(f)
    assert p.code == "sheet-ambiguous"


@pytest.mark.parametrize("share, other_header", [(3, False), (0, True)])
def test_sheets_that_share_entities_or_differ_still_ask_which(tmp_path, share, other_header):
    """Two waves of the same entities, or other platforms: which sheet to read is asked."""
    f = _split(tmp_path / "vagues.xlsx", share=share, other_header=other_header)
    [p] = bm.validate(f)
    assert p.code == "sheet-ambiguous" and "laquelle lire" in p.message
