"""Hot-path costs and duplicated tables (task hot26): the same readings, fewer passes.

- The format characters' look over an Arrow column's bytes is one RE2 pass
  (``noncharacters._kinds_in``), and their RE2 class is made from :data:`barometre._invisible.FORMAT`.
- An adoption of several files names each figure's files from the latest readings its
  counts found, not from a second latest pass.
- The template's « Mode d'emploi » is read once per sheet read.
- ``entities._TOTALS`` holds only what ``_TOTALS_START`` does not match; the articles of a
  name's key are one table (``name_index.ARTICLES``).
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre._invisible import CONTROL, FORMAT
from barometre.analysis import grouping
from barometre.survey import grid, noncharacters


def test_re2_classes_are_made_from_the_python_ones():
    assert noncharacters._FORMAT_RE2 == noncharacters._re2_class(FORMAT)
    assert noncharacters._CONTROL_RE2 == noncharacters._re2_class(CONTROL)


@pytest.mark.parametrize("odd, kinds", [
    (None, []), ("12\u200b345", ["invisible-character-removed"]),
    ("12\x85345", []), ("12\x9f345", ["control-character-removed"]),
    ("12\u2069", ["invisible-character-removed"]), ("1\xad", ["invisible-character-removed"]),
    ("12\ufeff", ["invisible-character-removed"]), ("12\u2065", []),
    ("\x01\u202f\u200e", ["control-character-removed", "invisible-character-removed"])])
def test_an_arrow_count_column_with_no_break_spaces_says_its_kinds(odd, kinds):
    # counts « 12 345 » with U+202F and NBSP on every row (the look's costly case), one
    # odd cell among them, at the very end too (a character's last bytes the column's)
    import pyarrow as pa

    from barometre.survey.raw import RowColumn

    spaces = ("\xa0", "\u202f")
    texts = [f"{1 + i}{spaces[i % 2]}{i % 1000:03d}" for i in range(2000)]
    for at in (1000, len(texts) - 1):
        cells = list(texts)
        if odd is not None:
            cells[at] = odd
        found = noncharacters._arrow_kinds(RowColumn(pa.array(cells)), noncharacters._KINDS)
        assert [k.code for k in found] == kinds


def test_several_files_take_the_counts_latest_readings(tmp_path, monkeypatch):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("code;Facebook;Date\n44;Oui;15/10/2024\n35;Non;15/10/2024\n", encoding="utf-8")
    b.write_text("code;Facebook;Date\n44;Oui;15/10/2025\n35;Oui;15/10/2025\n", encoding="utf-8")
    survey = bm.read_waves([a, b], type="departement")
    calls = []
    real = grouping.latest_positions
    monkeypatch.setattr(grouping, "latest_positions",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    figures = bm.compare_survey(survey, "departement")
    assert calls == []  # the counts found them (latest_of), figure_files took them
    assert set(figures["source"]) == {"b.csv"}  # the latest year's figures
    from barometre.analysis.survey import figure_files

    assert figure_files(survey) == {("facebook", 2024): ("a.csv",), ("any", 2024): ("a.csv",),
                                       ("facebook", 2025): ("b.csv",), ("any", 2025): ("b.csv",)}


def test_the_instructions_sheet_is_read_once(cli, tmp_path, monkeypatch):
    path = tmp_path / "ca.xlsx"
    res = cli("template", "--type", "communauté d'agglomération", "--within", "22,29",
              "-p", "facebook", "-o", path)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(path)
    wb.properties.title = None  # a spreadsheet tool that drops it
    for (cell,) in wb["Mode d'emploi"].iter_rows(max_col=1):
        if isinstance(cell.value, str) and cell.value.startswith("Paramètres"):
            cell.value = cell.value.replace("catégorie=CA\u202f; ", "")  # an older template's
    wb.save(path)
    reads = []
    real = openpyxl.Workbook.__getitem__
    monkeypatch.setattr(openpyxl.Workbook, "__getitem__",
                        lambda wb, name: reads.append(name) or real(wb, name))
    g = grid._read_xlsx(path, None)
    assert reads.count(grid.TEMPLATE_INSTRUCTIONS) == 1
    assert g.template and g.template_scope == ("epci", ("22", "29"), "?")


@pytest.mark.parametrize("label", ["Total", "Totaux", "Sous-totaux", "Total général :",
                                   "Moyenne générale", "Ensemble", "Ensemble des pairs",
                                   "France entière", "Sub-total", "Average", "Grand total"])
def test_totals_labels_still_said(label):
    from barometre.survey.entities import _TOTALS, _TOTALS_START, is_totals_label

    assert is_totals_label(label)
    assert not any(_TOTALS_START.match(t) for t in _TOTALS)  # no label the pattern says


def test_articles_one_table():
    from barometre.datasets import name_index, resolution

    assert not hasattr(resolution, "_LEADING_ARTICLES")
    assert name_index._ARTICLE == r"^(?:le|la|les|l) (?=\S)"  # the keys' fingerprint's text
    short = resolution._abbreviation("Les Sables-d'Ol.")
    assert short[2].fullmatch("les sables d olonne")
