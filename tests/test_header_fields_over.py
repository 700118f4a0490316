"""Headers on two rows with the field on top, the platforms' names under it (session 32, A).

1. « Présence » merged over D1:F1 and « Abonnés » over G1:I1, « Facebook », « Instagram »,
   « X » under each (in a CSV, the field in its first cell, blanks after it), was refused:
   « aucune colonne de réseau reconnue … un en-tête sur deux lignes ? ». Each column is now
   the field above it of the platform under it, the same records as the one-row header
   « Facebook | Instagram | X | Abonnés Facebook | … », said in the ``header-two-rows``
   warning; whatever leaves whose is which uncertain stays refused.
2. « Relevé » (not merged) over « Date » beside a group title « Réseaux sociaux » merged
   over « Facebook », « Instagram », « X » was refused: row 2 is the header, « Date » the
   date column, the words left aside named in the ``header-group-title`` warning.
"""

from __future__ import annotations

import pandas as pd
import pytest

import barometre as bm
from barometre.domain.errors import InputFileError
from barometre.survey import fastcsv

from .test_fast_path import _fast_threshold, fast_reader, normal_reader, same_reading
from .test_hdr31_group_titles import _csv, _workbook

TOP = ["Code", "Nom", "Date", "Présence", None, None, "Abonnés", None, None]
BOTTOM = [None, None, None, "Facebook", "Instagram", "X", "Facebook", "Instagram", "X"]
ONE_ROW = ["Code", "Nom", "Date", "Facebook", "Instagram", "X", "Abonnés Facebook",
           "Abonnés Instagram", "Abonnés X"]
ROWS = [["29", "Finistère", "15/10/2025", "Oui", "Oui", "Non", 120000, 35000, None],
        ["35", "Ille-et-Vilaine", "15/10/2025", "Oui", "Non", "Oui", 98000, None, 12000],
        ["56", "Morbihan", "15/10/2025", "Oui", "Oui", "Oui", 87000, 22000, 9000]]
MERGES = ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"]  # as /tmp/s32/fields_over.xlsx
SAID = ("en-tête sur deux lignes : les réseaux de la ligne 2 joints aux champs de la ligne 1 "
        "(6 colonnes : « Présence Facebook », « Présence Instagram », « Présence X », "
        "« Abonnés Facebook », « Abonnés Instagram », « Abonnés X ») ; vérifiez-les, ou mettez "
        "l'en-tête sur une seule ligne")


def _records(path):
    """The records read, without the line numbers (the data start one line lower under a
    header on two rows), and those line numbers."""
    df = bm.read_survey(path, type="departement")
    return df.drop(columns="source_row").reset_index(drop=True), list(df["source_row"])


def _one_row(tmp_path, kind):
    if kind == "xlsx":
        import openpyxl

        wb = openpyxl.Workbook()
        for row in [ONE_ROW, *ROWS]:
            wb.active.append(row)
        wb.save(tmp_path / "one.xlsx")
        return tmp_path / "one.xlsx"
    return _csv(tmp_path / "one.csv", [ONE_ROW, *ROWS])


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_fields_over_the_platforms_read_as_the_one_row_header(tmp_path, kind, cli):
    if kind == "xlsx":
        path = _workbook(tmp_path / "over.xlsx", TOP, BOTTOM, MERGES, ROWS)
    else:  # a workbook saved as CSV: « Présence;;;Abonnés;; »
        path = _csv(tmp_path / "over.csv", [TOP, BOTTOM, *ROWS])
    [p] = bm.validate(path, type="departement")
    assert (p.code, p.severity, p.row, p.message) == ("header-two-rows", "warning", None, SAID)
    got, lines = _records(path)
    want, _ = _records(_one_row(tmp_path, kind))
    pd.testing.assert_frame_equal(got, want)
    assert lines == [3] * 3 + [4] * 3 + [5] * 3
    assert sorted(zip(got["code"], got["platform"], got["present"],
                      got["followers"].fillna(-1))) == [
        ("29", "facebook", True, 120000), ("29", "instagram", True, 35000),
        ("29", "x", False, -1), ("35", "facebook", True, 98000),
        ("35", "instagram", False, -1), ("35", "x", True, 12000),
        ("56", "facebook", True, 87000), ("56", "instagram", True, 22000),
        ("56", "x", True, 9000)]
    res = cli("validate", path, "--type", "departement")
    assert res.exit_code == 0, res.output
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert ("the platforms of line 2 joined to the fields of line 1 (6 columns: “Présence "
            "Facebook”") in en


def test_fields_over_in_a_csv_by_both_readers(tmp_path):
    """The columnar reader hands a header on two rows over to the general one (a
    ``header-two-rows`` note from ``header_of`` decides it), which joins it and says it;
    the one-row header it reads itself: the same records either way."""
    path = _csv(tmp_path / "over.csv", [TOP, BOTTOM, *ROWS])
    one = _one_row(tmp_path, "csv")
    with _fast_threshold(0):
        assert fastcsv._read_csv_fast(path) is None  # handed over
        assert fastcsv._read_csv_fast(one) is not None  # read by the columnar path
    same_reading(normal_reader, fast_reader, path)
    same_reading(normal_reader, fast_reader, one)
    (got, _), (want, _) = fast_reader(path), fast_reader(one)
    pd.testing.assert_frame_equal(got.drop(columns="source_row").reset_index(drop=True),
                                  want.drop(columns="source_row").reset_index(drop=True))


def test_a_field_in_a_csv_owns_its_blanks_up_to_the_next_filled_cell(tmp_path):
    """« Date » after the platforms' group is the date, not a field of theirs; a field's
    group ends at the next filled cell of its row, and at the row's end where both rows
    are blank (a trailing separator)."""
    path = _csv(tmp_path / "date.csv", [
        ["Code", "Nom", "Présence", None, "Abonnés", None, "Date", None],
        [None, None, "Facebook", "X", "Facebook", "X", None, None],
        ["29", "Finistère", "Oui", "Non", "1 200", None, "15/10/2025", None]])
    [p] = bm.validate(path, type="departement")
    assert p.code == "header-two-rows" and "(4 colonnes : « Présence Facebook »" in p.message
    df = bm.read_survey(path, type="departement")
    assert sorted(zip(df["platform"], df["present"], df["followers"].fillna(-1),
                      df["date"].astype(str))) == [
        ("facebook", True, 1200, "2025-10-15"), ("x", False, -1, "2025-10-15")]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_fields_over_a_row_naming_the_entity_and_the_platforms(tmp_path, kind):
    """« Code », « Nom », « Date » written in the platforms' row, the fields alone above:
    that row is a header of its own (the platforms twice: « deux colonnes pour la présence
    Facebook », 3 errors), read joined to the fields above it now."""
    top = [None, None, None, "Présence", None, None, "Abonnés", None, None]
    bottom = ["Code", "Nom", "Date"] + BOTTOM[3:]
    if kind == "xlsx":
        path = _workbook(tmp_path / "over.xlsx", top, bottom, ["D1:F1", "G1:I1"], ROWS)
    else:
        path = _csv(tmp_path / "over.csv", [top, bottom, *ROWS])
        same_reading(normal_reader, fast_reader, path)
    [p] = bm.validate(path, type="departement")
    assert (p.code, p.message) == ("header-two-rows", SAID)
    got, lines = _records(path)
    pd.testing.assert_frame_equal(got, _records(_one_row(tmp_path, kind))[0])
    assert lines == [3] * 3 + [4] * 3 + [5] * 3
    # a title line above a one-row header is no field: the header read alone, as before
    plain = _csv(tmp_path / "plain.csv", [["Baromètre 2025"], ONE_ROW, *ROWS])
    assert [p.code for p in bm.validate(plain, type="departement")] == []
    pd.testing.assert_frame_equal(_records(plain)[0], got)


UNCERTAIN = [
    # a field over a column where row 2 names no platform: whose « Présence » is it?
    (["Code", "Nom", "Présence", None, None], [None, None, "Facebook", None, "X"],
     ["C1:E1"]),
    # … or names something else than a platform
    (["Code", "Nom", "Abonnés", None, None], [None, None, "Facebook", "Total", "X"],
     ["C1:E1"]),
    # a word that is no field over the platforms (a column set aside by its name)
    (["Code", "Nom", "Remarques", None, None], [None, None, "Facebook", "Instagram", "X"],
     ["C1:E1"]),
    # a platform twice under one field
    (["Code", "Nom", "Présence", None, None], [None, None, "Facebook", "Facebook", "X"],
     ["C1:E1"]),
    # a platform under no field beside a field over platforms: its presence, or whose?
    (["Code", "Nom", None, "Abonnés", None], [None, None, "Facebook", "Facebook", "X"],
     ["D1:E1"]),
]


@pytest.mark.parametrize("top, bottom, merges, kind", [
    *[(*case, kind) for case in UNCERTAIN for kind in ("xlsx", "csv")],
    # a field not merged in a workbook: over which columns? (a CSV's blanks say it)
    (["Code", "Nom", "Présence", None, None], [None, None, "Facebook", "Instagram", "X"], [],
     "xlsx"),
])
def test_what_is_uncertain_stays_refused(tmp_path, top, bottom, merges, kind):
    rows = [["29", "Finistère", "Oui", "Non", "Oui"]]
    if kind == "xlsx":
        path = _workbook(tmp_path / "amb.xlsx", top, bottom, merges, rows)
    else:
        path = _csv(tmp_path / "amb.csv", [top, bottom, *rows])
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert err.value.code in ("no-platform-column", "no-entity-column")
    assert "un en-tête sur deux lignes ?" in str(err.value)  # the layout's error, as before


RELEVE_SAID = (
    "en-tête sur deux lignes : la ligne 2 lue comme en-tête, les titres de groupe de la ligne "
    "1 laissés de côté (« Relevé », « Réseaux sociaux », au-dessus de « Date », « Facebook », "
    "« Instagram », « X ») ; vérifiez-le, ou mettez l'en-tête sur une seule ligne")


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_title_word_over_its_field_beside_a_group_title(tmp_path, kind, cli):
    """As /tmp/s32/group_releve.xlsx: « Relevé » (not merged) over « Date »."""
    top = ["Code", "Nom", "Relevé", "Réseaux sociaux", None, None]
    bottom = [None, None, "Date", "Facebook", "Instagram", "X"]
    rows = [["29", "Finistère", "15/10/2025", "Oui", "Oui", "Non"],
            ["35", "Ille-et-Vilaine", "16/10/2025", "Oui", "Non", "Oui"]]
    if kind == "xlsx":
        path = _workbook(tmp_path / "releve.xlsx", top, bottom, ["D1:F1"], rows)
    else:
        path = _csv(tmp_path / "releve.csv", [top, bottom, *rows])
        same_reading(normal_reader, fast_reader, path)
    [p] = bm.validate(path, type="departement")
    assert (p.code, p.severity, p.message) == ("header-group-title", "warning", RELEVE_SAID)
    df = bm.read_survey(path, type="departement")
    assert sorted(zip(df["code"], df["platform"], df["present"], df["date"].astype(str))) == [
        ("29", "facebook", True, "2025-10-15"), ("29", "instagram", True, "2025-10-15"),
        ("29", "x", False, "2025-10-15"), ("35", "facebook", True, "2025-10-16"),
        ("35", "instagram", False, "2025-10-16"), ("35", "x", True, "2025-10-16")]
    assert cli("validate", path, "--type", "departement").exit_code == 0


def test_a_top_cell_naming_its_platform_beside_a_group_title_keeps_its_meaning(tmp_path):
    """« Abonnés Facebook » over « Abonnés », beside « Réseaux sociaux » over the
    platforms: the followers are Facebook's; « Date » over « Date » leaves nothing aside."""
    path = _workbook(tmp_path / "said.xlsx",
                     ["Code", "Nom", "Date", "Abonnés Facebook", "Réseaux sociaux", None],
                     [None, None, "Date", "Abonnés", "Facebook", "X"], ["E1:F1"],
                     [["29", "Finistère", "15/10/2025", 1200, "Oui", "Non"]])
    [p] = bm.validate(path, type="departement")
    assert (p.code, p.message) == ("header-group-title", (
        "en-tête sur deux lignes : la ligne 2 lue comme en-tête, le titre de groupe de la "
        "ligne 1 laissé de côté (« Réseaux sociaux », au-dessus de « Facebook », « X ») ; "
        "vérifiez-le, ou mettez l'en-tête sur une seule ligne"))
    df = bm.read_survey(path, type="departement")
    assert sorted(zip(df["platform"], df["present"], df["followers"].fillna(-1))) == [
        ("facebook", True, 1200), ("x", False, -1)]


@pytest.mark.parametrize("top, bottom", [
    # another field over « Date »: which one is the column's?
    (["Code", "Nom", "Présence", "Réseaux sociaux", None, None],
     [None, None, "Date", "Facebook", "Instagram", "X"]),
    # a title word over no field of its own, not merged: over which columns?
    (["Code", "Nom", "Enquête", "Réseaux sociaux", None, None],
     [None, None, "Date", "Facebook", "Instagram", "X"]),
])
def test_another_word_over_the_date_stays_refused(tmp_path, top, bottom):
    path = _workbook(tmp_path / "amb.xlsx", top, bottom, ["D1:F1"],
                     [["29", "Finistère", "15/10/2025", "Oui", "Oui", "Non"]])
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert "un en-tête sur deux lignes ?" in str(err.value)


# « Publications » or « Taux d'engagement » merged over the platforms is a measure of each,
# not a group title over presences: its « 0 » and « 1 » were read Non and Oui, its other
# numbers refused with the advice « intitulez la colonne « Abonnés Facebook » »
MEASURE_TOP = TOP + ["Publications", None, None]
MEASURE_BOTTOM = BOTTOM + ["Facebook", "Instagram", "X"]
MEASURE_ROWS = [row + [12, 0, 1] for row in ROWS]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_measure_over_the_platforms_is_set_aside_beside_the_fields(tmp_path, kind):
    if kind == "xlsx":
        path = _workbook(tmp_path / "m.xlsx", MEASURE_TOP, MEASURE_BOTTOM,
                         MERGES + ["J1:L1"], MEASURE_ROWS)
    else:
        path = _csv(tmp_path / "m.csv", [MEASURE_TOP, MEASURE_BOTTOM, *MEASURE_ROWS])
    problems = bm.validate(path, type="departement")
    assert [p.severity for p in problems] == ["warning"] * len(problems)
    two = [p for p in problems if p.code == "header-two-rows"]
    assert len(two) == 1 and "« Publications Facebook »" not in two[0].message.split(
        "(")[0] and "(6 colonnes" in two[0].message  # the columns read (session 33: not 9)
    assert "3 autres colonnes ignorées : « Publications Facebook »" in two[0].message
    set_aside = {p.column for p in problems if p.code != "header-two-rows"}
    assert set_aside == {"Publications Facebook", "Publications Instagram", "Publications X"}
    assert all("mesure d'activité" in p.message for p in problems if p.column in set_aside)
    got, _ = _records(path)
    want, _ = _records(_one_row(tmp_path, kind))
    pd.testing.assert_frame_equal(got, want)  # the publications read as nothing


@pytest.mark.parametrize("title", ["Publications", "Taux d'engagement", "Évolution"])
def test_a_measure_alone_over_the_platforms_is_no_group_title(tmp_path, title):
    """Alone over the platforms, a measure leaves no presence to read: refused, never its
    « 0 » read Non."""
    path = _workbook(tmp_path / "p.xlsx", ["Code", "Nom", "Date", title, None, None],
                     [None, None, None, "Facebook", "Instagram", "X"], ["D1:F1"],
                     [["29", "Finistère", "15/10/2025", 12, 0, 1]])
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert "aucune colonne de réseau reconnue" in str(err.value)
    assert "laissé de côté" not in str(err.value)
    # « Comptes vidéo » groups accounts: still a group title (session 31)
    path = _workbook(tmp_path / "v.xlsx", ["Code", "Nom", "Date", "Comptes vidéo", None],
                     [None, None, None, "YouTube", "TikTok"], ["D1:E1"],
                     [["29", "Finistère", "15/10/2025", "Oui", "Non"]])
    [p] = bm.validate(path, type="departement")
    assert p.code == "header-group-title"


# reg32: « Vidéo » over YouTube | TikTok (a format, no measure) and « Engagement » over
# « Oui », « Non » were taken for measures by the first measure_title: their presences set
# aside beside fields (a silent loss), or the file refused (it was read). Session 33 (brief
# A2): only a title naming a group of networks or a format is one over answers; « Engagement »
# over them is refused, as « Compte certifié » is (tests/test_hdr33b_titles.py)
@pytest.mark.parametrize("title, cells", [("Vidéo", ["Oui", "Non"]), ("Vidéos", ["Oui", "Non"]),
                                          ("Partage de vidéos", ["Oui", "Non"])])
def test_a_format_or_answers_under_a_title_keep_it_a_group_title(tmp_path, title, cells):
    path = _workbook(tmp_path / "v.xlsx", ["Code", "Nom", "Date", "Réseaux sociaux", None, title,
                                           None],
                     [None, None, None, "Facebook", "X", "YouTube", "TikTok"],
                     ["D1:E1", "F1:G1"], [["29", "Finistère", "15/10/2025", "Oui", "Non", *cells]])
    [p] = bm.validate(path, type="departement")
    assert p.code == "header-group-title" and f"« {title} »" in p.message
    df = bm.read_survey(path, type="departement")
    assert sorted(zip(df["platform"], df["present"])) == [
        ("facebook", True), ("tiktok", False), ("x", False), ("youtube", True)]


def test_a_format_title_beside_fields_on_top_is_never_set_aside(tmp_path):
    """« Présence » over Facebook | X beside « Vidéo » over YouTube | TikTok, answers under
    both: never YouTube and TikTok set aside as a measure with exit 0. Refused in session
    32; session 33 (brief A) reads « Vidéo » as the group title it is over Oui/Non answers
    only, YouTube and TikTok their presences, the title named in the note (over numbers it
    stays refused: tests/test_hdr33_two_rows.py)."""
    path = _workbook(tmp_path / "f.xlsx", ["Code", "Nom", "Date", "Présence", None, "Vidéo", None],
                     [None, None, None, "Facebook", "X", "YouTube", "TikTok"],
                     ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
                     [["29", "Finistère", "15/10/2025", "Oui", "Non", "Oui", "Oui"]])
    [p] = bm.validate(path, type="departement")
    assert p.code == "header-two-rows" and "laissé de côté (« Vidéo »" in p.message
    df = bm.read_survey(path, type="departement")
    assert sorted(zip(df["platform"], df["present"])) == [
        ("facebook", True), ("tiktok", True), ("x", False), ("youtube", True)]


@pytest.mark.parametrize("top, bottom, row", [
    # « Strate » written in the top row only, as a CSV export of the merged-down cell
    (["Code", "Nom", "Strate", "Date", "Présence", None, None, "Abonnés", None, None],
     [None, None, None, None, "Facebook", "Instagram", "X", "Facebook", "Instagram", "X"],
     ["29", "Finistère", "B", "15/10/2025", "Oui", "Oui", "Non", 120000, 35000, None]),
    # « Remarques » named in row 2 only, at the end, under the last field's blanks
    (["Code", "Nom", "Date", "Présence", None, None, "Abonnés", None, None, None],
     [None, None, None, "Facebook", "Instagram", "X", "Facebook", "Instagram", "X", "Remarques"],
     ["29", "Finistère", "15/10/2025", "Oui", "Oui", "Non", 120000, 35000, None, "à revoir"]),
    # a blank spacer column between the two groups
    (["Code", "Nom", "Date", "Présence", None, None, None, "Abonnés", None, None],
     [None, None, None, "Facebook", "Instagram", "X", None, "Facebook", "Instagram", "X"],
     ["29", "Finistère", "15/10/2025", "Oui", "Oui", "Non", None, 120000, 35000, None]),
])
def test_a_csv_field_spans_only_the_platforms_names_under_it(tmp_path, top, bottom, row):
    """In a CSV a field's blanks are its own only over platforms' names: a column named in
    row 2 alone (« Remarques »), a blank spacer, or a top-only header (« Strate ») are their
    own columns (the xlsx of the same table was read; the CSV refused)."""
    path = _csv(tmp_path / "c.csv", [top, bottom, row])
    problems = bm.validate(path, type="departement")
    assert not [p for p in problems if p.severity == "error"], problems
    df = bm.read_survey(path, type="departement")
    assert sorted(zip(df["platform"], df["present"], df["followers"].fillna(-1))) == [
        ("facebook", True, 120000), ("instagram", True, 35000), ("x", False, -1)]


def test_a_stray_field_above_a_whole_header_is_no_field_of_its_platforms(tmp_path):
    """reg32: « ;;;Abonnés;;;;; » above « Code;…;Facebook;Instagram;X;Abonnés Facebook;… »
    (a whole one-row header) was joined into a second « Abonnés Facebook » column: the
    header is read alone, as before."""
    top = [None, None, None, "Abonnés", None, None, None, None, None]
    path = _csv(tmp_path / "stray.csv", [top, ONE_ROW, *ROWS])
    assert not [p for p in bm.validate(path, type="departement") if p.severity == "error"]
    got, _ = _records(path)
    want, _ = _records(_one_row(tmp_path, "csv"))
    pd.testing.assert_frame_equal(got, want)


def test_the_entity_columns_group_name_is_left_aside(tmp_path):
    """reg32: « Collectivité » merged over « Code | Nom » beside « Présence » and « Abonnés »
    over the platforms was refused; beside « Réseaux sociaux » over them, with « Date » in
    row 1 only, the dates were set aside (« 4 valeurs sous un en-tête vide (colonne C) »,
    exit 0). The group's name is left aside, « Date » heads its column."""
    top = ["Collectivité", None, "Date", "Présence", None, None, "Abonnés", None, None]
    bottom = ["Code", "Nom", None, "Facebook", "Instagram", "X", "Facebook", "Instagram", "X"]
    path = _workbook(tmp_path / "c.xlsx", top, bottom, ["A1:B1", "D1:F1", "G1:I1"], ROWS)
    [p] = bm.validate(path, type="departement")
    assert p.code == "header-two-rows"
    got, _ = _records(path)
    want, _ = _records(_one_row(tmp_path, "xlsx"))
    pd.testing.assert_frame_equal(got, want)
    grouped = _workbook(tmp_path / "g.xlsx", ["Collectivité", None, "Date", "Réseaux sociaux",
                                               None, None],
                        ["Code", "Nom", None, "Facebook", "Instagram", "X"],
                        ["A1:B1", "D1:F1"], [row[:6] for row in ROWS])
    [p] = bm.validate(grouped, type="departement")
    assert p.code == "header-group-title" and "« Collectivité », « Réseaux sociaux »" in p.message
    df = bm.read_survey(grouped, type="departement")
    assert df["date"].notna().all() and set(df["year"]) == {2025}


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_two_row_header_pasted_again_is_one_error(tmp_path, kind):
    """reg32: the two rows of a header read on two rows, again mid-file (two files pasted),
    gave ten errors (« aucune collectivité … ne s'appelle « Code » », « « Facebook » attendu
    Oui/Non »…): one error naming both rows, the rows left out, the records of both parts."""
    rows = [TOP, BOTTOM, *ROWS[:2], TOP, BOTTOM, ROWS[2]]
    if kind == "xlsx":
        path = _workbook(tmp_path / "p.xlsx", TOP, BOTTOM, MERGES, [*ROWS[:2], TOP, BOTTOM,
                                                                   ROWS[2]])
    else:
        path = _csv(tmp_path / "p.csv", rows)
    errors = [p for p in bm.validate(path, type="departement") if p.severity == "error"]
    assert [(p.code, p.row) for p in errors] == [("header-repeated-two-rows", 5)]
    assert errors[0].message == ("l'en-tête sur deux lignes est répété (fichiers collés ?) : "
                                 "supprimez les lignes 5 et 6")
    got = bm.read_survey(path, type="departement", errors="skip")  # its rows left out
    assert sorted(set(got["code"])) == ["29", "35", "56"] and len(got) == 9
    # the platforms' row alone again, right under the header: that row, not « continues »
    once = _csv(tmp_path / "once.csv", [TOP, BOTTOM, ["Code", "Nom", "Date", "Facebook",
                                                      "Instagram", "X", "Facebook",
                                                      "Instagram", "X"], *ROWS])
    [e] = [p for p in bm.validate(once, type="departement") if p.severity == "error"]
    assert (e.code, e.row) == ("header-repeated", 3)
