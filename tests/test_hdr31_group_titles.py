"""Headers on two rows that were refused or lost columns (session 31, brief C).

1. A group title merged over the platforms' columns (« Réseaux sociaux » over C1:E1,
   « Facebook », « Instagram », « X » in row 2; in a CSV, the title alone in its first cell,
   blanks after it) was refused: « aucune colonne de réseau reconnue … un en-tête sur deux
   lignes ? ». The second row is the header now, the title left aside, said in one
   ``header-group-title`` warning; a title over cells that are no complete header (whose
   « Présence » is it?) or not merged in a workbook stays refused.
2. « Facebook | Abonnés Facebook | Instagram | Abonnés Instagram » over « Présence | Abonnés
   | Présence | Abonnés »: both « Abonnés » columns were ignored (« colonne d'abonnés sans
   réseau »), exit 0, the followers lost. The top cell that names platform and field keeps
   its meaning when the cell under it repeats the field alone.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.domain.errors import InputFileError

from .test_fast_path import fast_reader, normal_reader, same_reading

ROWS = [["29", "Finistère", "Oui", "Non", "Oui", "15/10/2025"],
        ["35", "Ille-et-Vilaine", "Oui", "Oui", "Non", "15/10/2025"]]
GROUP_SAID = ("en-tête sur deux lignes : la ligne 2 lue comme en-tête, le titre de groupe de "
              "la ligne 1 laissé de côté (« Réseaux sociaux », au-dessus de « Facebook », "
              "« Instagram », « X ») ; vérifiez-le, ou mettez l'en-tête sur une seule ligne")


def _workbook(path, top, bottom, merges, rows, sheet=None, wb=None):
    wb = wb or openpyxl.Workbook()
    ws = wb.active if sheet is None else wb.create_sheet(sheet)
    for row in [top, bottom, *rows]:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def _csv(path, rows):
    path.write_text("\n".join(";".join("" if v is None else str(v) for v in r)
                              for r in rows) + "\n", encoding="utf-8")
    return path


def _presence(path):
    df = bm.read_survey(path, type="departement")
    return sorted(zip(df["code"], df["platform"], df["present"]))


EXPECTED = [("29", "facebook", True), ("29", "instagram", False), ("29", "x", True),
            ("35", "facebook", True), ("35", "instagram", True), ("35", "x", False)]
TOP = ["Code", "Nom", "Réseaux sociaux", None, None, "Date"]
BOTTOM = [None, None, "Facebook", "Instagram", "X", None]


def test_a_group_title_merged_over_the_platforms_is_left_aside_and_said(tmp_path, cli):
    path = _workbook(tmp_path / "group.xlsx", TOP, BOTTOM, ["C1:E1"], ROWS)
    [p] = bm.validate(path, type="departement")
    assert (p.code, p.severity, p.row, p.message) == (
        "header-group-title", "warning", None, GROUP_SAID)
    assert _presence(path) == EXPECTED
    assert list(bm.read_survey(path, type="departement")["source_row"]) == [3] * 3 + [4] * 3
    res = cli("validate", path, "--type", "departement")
    assert res.exit_code == 0, res.output
    assert f"group.xlsx : avertissement : {GROUP_SAID}" in res.output
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert ("line 2 read as the header, the group title of line 1 left aside (“Réseaux "
            "sociaux”, above “Facebook”, “Instagram”, “X”)") in en


def test_a_group_title_in_a_csv_stands_alone_above_its_columns(tmp_path):
    """A workbook saved as CSV keeps the merged title in its first cell, blanks after it:
    read alike, by both CSV readers (the columnar one leaves a two-row header to the other,
    which reads and says it)."""
    path = _csv(tmp_path / "group.csv", [TOP, BOTTOM, *ROWS])
    [p] = bm.validate(path, type="departement")
    assert (p.code, p.message) == ("header-group-title", GROUP_SAID)
    assert _presence(path) == EXPECTED
    same_reading(normal_reader, fast_reader, path)
    # two titles, each over its group; « Date » written in the second row
    two = _csv(tmp_path / "two.csv", [
        ["Code", "Nom", "Réseaux sociaux", None, "Comptes vidéo", None],
        [None, None, "Facebook", "Abonnés Facebook", "YouTube", "TikTok", "Date"],
        ["29", "Finistère", "Oui", "1 200", "Non", "Oui", "15/10/2025"]])
    [p] = bm.validate(two, type="departement")
    assert p.message == (
        "en-tête sur deux lignes : la ligne 2 lue comme en-tête, les titres de groupe de la "
        "ligne 1 laissés de côté (« Réseaux sociaux », « Comptes vidéo », au-dessus de "
        "« Facebook », « Abonnés Facebook », « YouTube », « TikTok ») ; vérifiez-le, ou "
        "mettez l'en-tête sur une seule ligne")
    df = bm.read_survey(two, type="departement")
    assert sorted(zip(df["platform"], df["present"], df["followers"].fillna(-1))) == [
        ("facebook", True, 1200), ("tiktok", True, -1), ("youtube", False, -1)]


@pytest.mark.parametrize("top, bottom, merges", [
    # a title over fields of no platform: whose « Présence » is it?
    (["Code", "Nom", "Réseaux sociaux", None], [None, None, "Présence", "Abonnés"],
     ["C1:D1"]),
    # a title not merged in a workbook: over which columns?
    (TOP, BOTTOM, []),
    # a field over another header: which one is the column's?
    (["Code", "Nom", "Date", None, None], [None, None, "Facebook", "Instagram", "X"],
     ["C1:E1"]),
    # a column set aside by its name is no title (« Remarque »)
    (["Code", "Nom", "Remarque", None, None], BOTTOM[:5], ["C1:E1"]),
    # a title over a column without header: what is it?
    (["Code", "Nom", "Réseaux sociaux", None, None], [None, None, "Facebook", None, "X"],
     ["C1:E1"]),
])
def test_what_is_truly_ambiguous_stays_refused(tmp_path, top, bottom, merges):
    path = _workbook(tmp_path / "amb.xlsx", top, bottom, merges,
                     [["29", "Finistère", "Oui", "Non", "Oui"]])
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert err.value.code in ("no-platform-column", "no-entity-column")
    assert "un en-tête sur deux lignes ?" in str(err.value)  # the layout's error, as before


def test_reseaux_merged_over_its_platforms_is_a_title(tmp_path):
    """« Réseaux » heads the long format's column of platforms; merged over three columns
    of platforms, it is their title."""
    path = _workbook(tmp_path / "reseaux.xlsx", ["Code", "Nom", "Réseaux", None, None, "Date"],
                     BOTTOM, ["C1:E1"], ROWS)
    [p] = bm.validate(path, type="departement")
    assert p.code == "header-group-title" and "(« Réseaux », au-dessus de" in p.message
    assert _presence(path) == EXPECTED


def test_two_sheets_with_a_group_title_are_one_kind(tmp_path):
    """The sheets' kinds read the header as the reader will: two tabs of one survey, each
    with its group title, ask which to read (they were two sheets of no survey, the active
    one read without a word)."""
    wb = openpyxl.Workbook()
    wb.active.title = "2025"
    _workbook(tmp_path / "tabs.xlsx", TOP, BOTTOM, ["C1:E1"], ROWS, wb=wb)
    _workbook(tmp_path / "tabs.xlsx", TOP, BOTTOM, ["C1:E1"], [
        ["29", "Finistère", "Oui", "Non", "Non", "15/10/2024"],
        ["35", "Ille-et-Vilaine", "Oui", "Non", "Non", "15/10/2024"],
        ["22", "Côtes-d'Armor", "Oui", "Non", "Non", "15/10/2024"]], sheet="2024", wb=wb)
    with pytest.raises(InputFileError) as err:
        bm.read_survey(tmp_path / "tabs.xlsx", type="departement")
    assert err.value.code == "sheet-ambiguous"
    assert _presence_sheet(tmp_path / "tabs.xlsx", "2024")[:3] == [
        ("22", "facebook", True), ("22", "instagram", False), ("22", "x", False)]


def _presence_sheet(path, sheet):
    df = bm.read_survey(path, type="departement", sheet=sheet)
    return sorted(zip(df["code"], df["platform"], df["present"]))


REDUND_TOP = ["Code", "Nom", "Facebook", "Abonnés Facebook", "Instagram", "Abonnés Instagram",
              "Date"]
REDUND_BOTTOM = [None, None, "Présence", "Abonnés", "Présence", "Abonnés", None]
REDUND_ROWS = [["29", "Finistère", "Oui", 1200, "Non", None, "15/10/2025"],
               ["35", "Ille-et-Vilaine", "Oui", 3400, "Oui", 560, "15/10/2025"]]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_redundant_second_row_keeps_the_followers(tmp_path, kind, cli):
    if kind == "xlsx":
        path = _workbook(tmp_path / "redund.xlsx", REDUND_TOP, REDUND_BOTTOM, [], REDUND_ROWS)
    else:
        path = _csv(tmp_path / "redund.csv", [REDUND_TOP, REDUND_BOTTOM, *REDUND_ROWS])
    [p] = bm.validate(path, type="departement")  # no « colonne d'abonnés sans réseau »
    assert (p.code, p.message) == ("header-two-rows", (
        "en-tête sur deux lignes : les réseaux de la ligne 1 joints aux champs de la ligne 2 "
        "(4 colonnes : « Présence Facebook », « Abonnés Facebook », « Présence Instagram », "
        "« Abonnés Instagram ») ; vérifiez-les, ou mettez l'en-tête sur une seule ligne"))
    df = bm.read_survey(path, type="departement")
    # each platform once per entity, with its followers: no column lost nor doubled
    assert sorted(zip(df["code"], df["platform"], df["present"], df["followers"].fillna(-1))
                  ) == [("29", "facebook", True, 1200), ("29", "instagram", False, -1),
                        ("35", "facebook", True, 3400), ("35", "instagram", True, 560)]
    assert cli("validate", path, "--type", "departement").exit_code == 0
    if kind == "csv":
        same_reading(normal_reader, fast_reader, path)
