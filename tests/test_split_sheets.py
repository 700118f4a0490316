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
            "“Relevés a” (45 rows), “Relevés b” (56 rows); --sheet would read only part of it"
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


# Real-life shapes the exact-header check let through (reviewer, session 18): each read
# with --sheet Nord as « 74 % 37/50 IC 95 % : 64–82 % » without a word about the other half.

HEAD = ["Code", "Département", "Facebook", "Abonnés Facebook", "Date du relevé"]


def _rows():
    return [[r.code, r.name, "Oui" if i % 4 else "Non", 1000 + i if i % 4 else None,
             "15/10/2025"] for i, r in enumerate(entities("departement").itertuples())]


def _book(path, parts, hidden=()):
    """A workbook of ``parts``: (title, header, rows) each, the rows given in ``HEAD``'s
    order and written under the sheet's own header (its columns in any order, columns
    not in ``HEAD`` left blank); the sheets in ``hidden`` hidden."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, head, rows in parts:
        ws = wb.create_sheet(title)
        ws.append(head)
        for row in rows:
            ws.append([row[HEAD.index(h)] if h in HEAD else None for h in head])
        if title in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def _halves(path, second_head=HEAD, first=50, copied=0, hidden=()):
    rows = _rows()
    return _book(path, [("Nord", HEAD, rows[:first]),
                        ("Sud", second_head, rows[first - copied:])], hidden)


@pytest.mark.parametrize("shape, second_head", [
    ("extra column", HEAD + ["Remarque"]),
    ("other order", ["Département", "Code", "Facebook", "Abonnés Facebook", "Date du relevé"]),
    ("both", ["Remarque", "Abonnés Facebook", "Département", "Date du relevé", "Facebook",
              "Code"])])
def test_split_said_whatever_the_order_or_an_extra_column(tmp_path, shape, second_head):
    """The same entity column and platforms: the same survey's columns, whatever their
    order or a « Remarque » added on one sheet (old: « laquelle lire ? »)."""
    f = _halves(tmp_path / "moitie.xlsx", second_head)
    [p] = bm.validate(f)
    assert (p.severity, p.code) == ("error", "sheet-split")
    assert ("(mêmes colonnes d'entité et de réseaux, aucune collectivité en commun) : "
            "« Nord » (50 lignes), « Sud » (51 lignes)" in p.message)


def test_split_said_with_one_row_copied_on_both(tmp_path, cli):
    """One row copied onto both halves (50 | 51 + 1 shared): still a split, said with how
    many are shared (old: « laquelle lire ? »)."""
    f = _halves(tmp_path / "moitie.xlsx", first=51, copied=1)
    [p] = bm.validate(f)
    assert p.code == "sheet-split"
    assert ("(mêmes colonnes d'entité et de réseaux, 1 collectivité en commun seulement) : "
            "« Nord » (51 lignes), « Sud » (51 lignes)" in p.message)
    en = cli("validate", f, "--lang", "en")
    assert "(same entity and platform columns, only 1 collectivity in common): " in en.stdout


@pytest.mark.parametrize("shared, code", [(3, "sheet-split"), (4, "sheet-ambiguous")])
def test_few_in_common_is_2_or_5_percent_of_the_smaller_sheet(tmp_path, shared, code):
    """60 communes on each sheet: 3 in common (5 %) are copies on a split survey's halves,
    4 are two lists that overlap (which to read is asked)."""
    codes = list(entities("commune")["code"][:120])
    f = tmp_path / "deux.xlsx"
    wb = openpyxl.Workbook()
    halves = codes[:60], codes[60 - shared:120 - shared]
    for ws, part in zip((wb.active, wb.create_sheet()), halves):
        ws.append(["Code commune", "Facebook"])
        for c in part:
            ws.append([c, "Oui"])
    wb.save(f)
    [p] = bm.validate(f)
    assert p.code == code
    if code == "sheet-split":
        assert "3 collectivités en commun seulement" in p.message


def test_hidden_half_is_still_half(tmp_path, cli):
    """The second half on a hidden sheet of the same columns: the error names it, hidden
    (old: « feuille(s) masquée(s) ignorée(s) », and 37/50 read with an interval)."""
    f = _halves(tmp_path / "masquee.xlsx", hidden=("Sud",))
    [p] = bm.validate(f)
    assert (p.severity, p.code) == ("error", "sheet-split")
    assert "« Nord » (50 lignes), « Sud » (51 lignes, masquée)" in p.message
    res = cli("compare", "--data", f, "--type", "departement")
    assert res.exit_code == 1 and "37/50" not in res.stdout
    en = cli("validate", f, "--lang", "en")
    assert "“Nord” (50 rows), “Sud” (51 rows, hidden)" in en.stdout


@pytest.mark.parametrize("hidden", [(), ("Sud",)])
def test_sheet_named_on_a_split_survey_says_the_others(tmp_path, cli, hidden):
    """--sheet Nord reads half the survey: a warning says the other sheet holds 51 other
    collectivities, left out, in validate and in the figures' « Lecture » line."""
    f = _halves(tmp_path / "moitie.xlsx", HEAD + ["Remarque"], hidden=hidden)
    said = " (masquée)" if hidden else ""
    parts = [p for p in bm.validate(f, sheet="Nord") if p.code == "sheet-part-read"]
    assert [p.severity for p in parts] == ["warning"]
    assert parts[0].message == (
        "seule la feuille « Nord » est lue ; hors des chiffres : 51 collectivités de plus sur "
        f"« Sud »{said}, la suite de la même enquête semble-t-il (mêmes colonnes d'entité et "
        "de réseaux, aucune collectivité en commun) ; réunissez les lignes dans une seule "
        "feuille pour lire toute l'enquête")
    res = cli("compare", "--data", f, "--type", "departement", "--sheet", "Nord")
    assert res.exit_code == 0 and "37/50" in res.stdout
    assert ("Lecture : seule la feuille « Nord » est lue ; hors des chiffres : 51 "
            "collectivités de plus sur « Sud »" in res.stdout)
    en = cli("validate", f, "--sheet", "Nord", "--lang", "en")
    assert ("only sheet “Nord” is read; left out of the figures: a further 51 "
            f"collectivities on “Sud”{' (hidden)' if hidden else ''}, the rest of the same "
            "survey it seems" in en.stdout)
    survey = bm.read_survey(f, sheet="Sud")  # the other part: its own count of the rest
    [p] = [p for p in survey.attrs["problems"] if p["code"] == "sheet-part-read"]
    assert "50 collectivités de plus sur « Nord »" in p["message"]


def test_sheet_named_among_three_parts_counts_the_two_others(tmp_path):
    rows = _rows()
    f = _book(tmp_path / "trois.xlsx", [("A", HEAD, rows[:30]), ("B", HEAD, rows[30:60]),
                                        ("C", HEAD + ["Remarque"], rows[60:])])
    [p] = [p for p in bm.validate(f, sheet="B") if p.code == "sheet-part-read"]
    assert "71 collectivités de plus sur « A », « C »" in p.message


# Kept (they pass on the old code too, and guard the change against saying too much):
# sheets sharing most of their entities are two waves or a copy, not parts of one survey.

def _waves(path, hidden=()):
    rows = _rows()
    old = [r[:3] + [r[3] and r[3] - 500, "15/10/2024"] for r in rows]
    return _book(path, [("2025", HEAD, rows), ("2024", HEAD[::-1] + ["Remarque"], old)],
                 hidden)


def test_two_waves_still_ask_which_and_named_one_says_nothing(tmp_path):
    """Two waves of the same entities, even with their columns in another order: « laquelle
    lire ? »; the wave named with --sheet is read without a word about the other."""
    f = _waves(tmp_path / "vagues.xlsx")
    [p] = bm.validate(f)
    assert p.code == "sheet-ambiguous" and "laquelle lire" in p.message
    assert not [p for p in bm.validate(f, sheet="2025") if p.code.startswith("sheet-")]


def test_hidden_old_copy_still_skipped_with_its_warning(tmp_path):
    """A hidden old wave of the same entities is no half: skipped, said, the visible sheet
    read whole."""
    f = _waves(tmp_path / "copie.xlsx", hidden=("2024",))
    problems = bm.validate(f)
    assert "error" not in {p.severity for p in problems}
    [p] = [p for p in problems if p.code == "hidden-sheet-skipped"]
    assert p.message.startswith("feuille masquée ignorée : « 2024 » ; lue : « 2025 »")
    assert len(bm.read_survey(f, type="departement")) == 101
