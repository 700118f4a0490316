"""Headers on two rows: leftovers of session 32's regression hunt (session 33, brief A).

5. ``header-two-rows`` counted the columns set aside (« Publications Facebook »,
   « Remarques X ») among those joined and read: « 4 colonnes : « Présence Facebook »,
   « Présence X », « Publications Facebook », « Publications X » ». It counts the columns
   read and names the others apart, ignored, as their own warnings say.
"""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.domain.errors import InputFileError

from .test_fast_path import fast_reader, normal_reader, same_reading
from .test_hdr31_group_titles import _csv, _workbook

CODE_NOM = ["A1:A2", "B1:B2"]


def _file(tmp_path, kind, top, bottom, merges, rows, name="f"):
    if kind == "xlsx":
        return _workbook(tmp_path / f"{name}.xlsx", top, bottom, CODE_NOM + merges, rows)
    path = _csv(tmp_path / f"{name}.csv", [top, bottom, *rows])
    same_reading(normal_reader, fast_reader, path)
    return path


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("title, cells, why", [
    ("Publications", [12, 3], "mesure d'activité"),
    ("Remarques", ["ok", "compte inactif"], "commentaire libre")])
def test_the_two_rows_note_counts_the_columns_read(tmp_path, kind, title, cells, why, cli):
    path = _file(tmp_path, kind, ["Code", "Nom", "Présence", None, title, None],
                 [None, None, "Facebook", "X", "Facebook", "X"], ["C1:D1", "E1:F1"],
                 [["29", "Finistère", "Oui", "Non", *cells]])
    problems = bm.validate(path, type="departement")
    assert [p.code for p in problems][0] == "header-two-rows"
    assert problems[0].message == (
        "en-tête sur deux lignes : les réseaux de la ligne 2 joints aux champs de la ligne 1 "
        f"(2 colonnes : « Présence Facebook », « Présence X » ; 2 autres colonnes ignorées : "
        f"« {title} Facebook », « {title} X ») ; vérifiez-les, ou mettez l'en-tête sur une "
        "seule ligne")
    assert {p.column for p in problems[1:]} == {f"{title} Facebook", f"{title} X"}
    assert all(why in p.message for p in problems[1:])
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert ("(2 columns: “Présence Facebook”, “Présence X”; 2 other columns ignored: "
            f"“{title} Facebook”, “{title} X”)") in en


TOP = ["Code", "Nom", "Date", "Présence", None, None, "Abonnés", None, None]
BOTTOM = [None, None, None, "Facebook", "Instagram", "X", "Facebook", "Instagram", "X"]
ROWS = [["29", "Finistère", "15/10/2025", "Oui", "Oui", "Non", 120000, 35000, None],
        ["35", "Ille-et-Vilaine", None, "Oui", "Non", "Oui", 98000, None, 12000],
        ["56", "Morbihan", "15/10/2025", "Oui", "Oui", "Oui", 87000, 22000, 9000]]
MERGES = ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"]


def test_a_pasted_two_row_header_s_merges_are_said_by_its_error_only(tmp_path):
    """3. The header pasted again with its merged cells (« Code » merged down over rows 5
    and 6, « Présence » across the platforms) gave the ``header-repeated-two-rows`` error
    and four ``merged-cells`` warnings on those rows (« « Code » cellules fusionnées A5:A6 :
    la valeur est recopiée … », « 1 plage … (D5:F5) … »): that error says them, once. A
    merge of the data (the date merged over rows 3 and 4) is still said."""
    path = _workbook(tmp_path / "p.xlsx", TOP, BOTTOM,
                     MERGES + ["C3:C4", "A5:A6", "B5:B6", "C5:C6", "D5:F5", "G5:I5"],
                     [*ROWS[:2], TOP, BOTTOM, ROWS[2]])
    problems = bm.validate(path, type="departement")
    assert [(p.code, p.row) for p in problems] == [
        ("header-two-rows", None), ("merged-cells", 3), ("header-repeated-two-rows", 5)]
    assert "C3:C4" in problems[1].message
    got = bm.read_survey(path, type="departement", errors="skip")
    assert sorted(set(got["code"])) == ["29", "35", "56"] and len(got) == 9


# 1. « Présence » merged over Facebook | Instagram beside « Vidéo » merged over YouTube |
#    TikTok was refused with the layout's « un en-tête sur deux lignes ? ». « Vidéo » is a
#    group title (a format), no field: over Oui/Non answers only, YouTube and TikTok are their
#    presences, as « Vidéo » alone over them is read (header-group-title); over numbers the
#    header does not say whose field they are: refused, the error naming « Vidéo » and what
#    to write.
VIDEO_TOP = ["Code", "Nom", "Présence", None, "Vidéo", None]
VIDEO_BOTTOM = [None, None, "Facebook", "Instagram", "YouTube", "TikTok"]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_format_title_beside_a_field_over_answers_is_left_aside(tmp_path, kind, cli):
    path = _file(tmp_path, kind, VIDEO_TOP, VIDEO_BOTTOM, ["C1:D1", "E1:F1"],
                 [["29", "Finistère", "Oui", "Non", "Oui", "Non"],
                  ["35", "Ille-et-Vilaine", "Oui", "Oui", "Non", "Oui"]])
    [p] = bm.validate(path, type="departement")
    assert (p.code, p.severity, p.message) == ("header-two-rows", "warning", (
        "en-tête sur deux lignes : les réseaux de la ligne 2 joints aux champs de la ligne 1 "
        "(2 colonnes : « Présence Facebook », « Présence Instagram »), titre de groupe laissé "
        "de côté (« Vidéo », au-dessus de « YouTube », « TikTok », lues comme présences) ; "
        "vérifiez-les, ou mettez l'en-tête sur une seule ligne"))
    df = bm.read_survey(path, type="departement")
    assert sorted(zip(df["code"], df["platform"], df["present"])) == [
        ("29", "facebook", True), ("29", "instagram", False), ("29", "tiktok", False),
        ("29", "youtube", True), ("35", "facebook", True), ("35", "instagram", True),
        ("35", "tiktok", True), ("35", "youtube", False)]
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert "group title left aside (“Vidéo”, above “YouTube”, “TikTok”, read as presences)" in en


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_format_title_over_numbers_stays_refused_and_is_named(tmp_path, kind, cli):
    path = _file(tmp_path, kind, VIDEO_TOP, VIDEO_BOTTOM, ["C1:D1", "E1:F1"],
                 [["29", "Finistère", "Oui", "Non", 1200, 300],
                  ["35", "Ille-et-Vilaine", "Oui", "Oui", 50, None]])
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert err.value.code == "no-platform-column"
    assert str(err.value).endswith(
        "« Vidéo » (ligne 1, au-dessus de « YouTube », « TikTok ») n'est pas un champ, et les "
        "cellules sous lui ne sont pas des réponses Oui/Non : que disent ces colonnes ? "
        "Écrivez le champ au-dessus de tous les réseaux (« Présence », « Abonnés »), ou le "
        "champ et le réseau dans chaque colonne (« Présence YouTube », « Abonnés YouTube »)")
    assert "un en-tête sur deux lignes ?" not in str(err.value)
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert res.exit_code != 0
    assert "“Vidéo” (line 1, above “YouTube”, “TikTok”) is no field" in res.output


# 4. « Audience » or « Communauté » (followers' words) merged over columns of Oui/Non answers
#    gave one count-invalid error per cell (« « Oui » attendu un nombre entier positif
#    d'abonnés »): one error now, saying the cells are answers, not counts.
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("word", ["Audience", "Communauté"])
def test_a_followers_word_over_answers_is_one_error(tmp_path, kind, word, cli):
    path = _file(tmp_path, kind, ["Code", "Nom", word, None, None],
                 [None, None, "Facebook", "Instagram", "X"], ["C1:E1"],
                 [["29", "Finistère", "Oui", "Non", "Oui"],
                  ["35", "Ille-et-Vilaine", "Oui", "Oui", "Non"]])
    [p] = bm.validate(path, type="departement")
    assert (p.code, p.severity) == ("no-platform-column", "error")
    assert p.message.endswith(
        f"« {word} » (ligne 1) dit des abonnés, mais les cellules sous lui sont des réponses "
        "(« Oui », « Non »), pas des nombres : pour des présences, écrivez « Présence » "
        "au-dessus des réseaux ; pour des abonnés, leurs nombres dans les cellules")
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert f"“{word}” (line 1) says followers, but the cells under it are answers" in en
    # its counts under it: read as followers, as before
    counts = _file(tmp_path, kind, ["Code", "Nom", "Présence", None, word, None],
                   [None, None, "Facebook", "X", "Facebook", "X"], ["C1:D1", "E1:F1"],
                   [["29", "Finistère", "Oui", "Non", "1 200", None]], name="counts")
    df = bm.read_survey(counts, type="departement")
    assert sorted(zip(df["platform"], df["present"], df["followers"].fillna(-1))) == [
        ("facebook", True, 1200), ("x", False, -1)]


# 2. « Abonnés 2025 » and « Abonnés (en milliers) » merged over the platforms were refused
#    (the top cell no field's word). « Abonnés 2025 » is the followers; its year is no date:
#    said when no date is read, and when the dates read are of another year. « Abonnés (en
#    milliers) » is read as the one-row « Abonnés Facebook (en milliers) » is: each column
#    not read, a followers-in-thousands error.
def _followers_file(tmp_path, kind, title, date=None, name="f"):
    top = ["Code", "Nom", "Présence", None, title, None]
    bottom = [None, None, "Facebook", "Instagram", "Facebook", "Instagram"]
    rows = [["29", "Finistère", "Oui", "Oui", 120, 35], ["35", "Ille-et-Vilaine", "Oui", "Non",
                                                         98, None]]
    merges = ["C1:D1", "E1:F1"]
    if date is not None:
        top, bottom = top[:2] + ["Date"] + top[2:], bottom[:2] + [None] + bottom[2:]
        rows = [r[:2] + [date] + r[2:] for r in rows]
        merges = ["C1:C2", "D1:E1", "F1:G1"]
    return _file(tmp_path, kind, top, bottom, merges, rows, name=name)


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_year_beside_the_followers_word_is_no_date(tmp_path, kind, cli):
    path = _followers_file(tmp_path, kind, "Abonnés 2025")
    problems = bm.validate(path, type="departement")
    assert [p.code for p in problems] == ["header-two-rows", "header-year-no-date"]
    assert "« Abonnés 2025 Facebook », « Abonnés 2025 Instagram »)" in problems[0].message
    assert problems[1].message == (
        "« Abonnés 2025 » (ligne 1) dit l'année 2025, mais aucune date de relevé n'est lue : "
        "l'année d'un en-tête n'est pas une date ; ajoutez une colonne « Date » (le jour du "
        "relevé), ou donnez-le par date=")
    df = bm.read_survey(path, type="departement")
    assert sorted(zip(df["code"], df["platform"], df["followers"].fillna(-1))) == [
        ("29", "facebook", 120), ("29", "instagram", 35), ("35", "facebook", 98),
        ("35", "instagram", -1)]
    assert df["date"].isna().all() and df["year"].isna().all()  # no date made of 2025
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert "“Abonnés 2025” (line 1) says the year 2025, but no date" in en
    # a date column of another year: said; of that year: nothing more
    other = _followers_file(tmp_path, kind, "Abonnés 2025", "15/10/2024", name="other")
    assert [p.message for p in bm.validate(other, type="departement")][1:] == [
        "« Abonnés 2025 » (ligne 1) dit l'année 2025, mais les dates des relevés sont de 2024 "
        ": vérifiez l'en-tête ou les dates"]  # (brief A2: « du relevé », « d'autres années »)
    same = _followers_file(tmp_path, kind, "Abonnés 2025", "15/10/2025", name="same")
    assert [p.code for p in bm.validate(same, type="departement")] == ["header-two-rows"]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_followers_in_thousands_over_the_platforms_as_in_one_row(tmp_path, kind):
    path = _followers_file(tmp_path, kind, "Abonnés (en milliers)")
    problems = bm.validate(path, type="departement")
    assert [(p.code, p.severity, p.column) for p in problems] == [
        ("header-two-rows", "warning", None),
        ("followers-in-thousands", "error", "Abonnés (en milliers) Facebook"),
        ("followers-in-thousands", "error", "Abonnés (en milliers) Instagram")]
    assert ("(2 colonnes : « Présence Facebook », « Présence Instagram » ; 2 autres colonnes "
            "ignorées : « Abonnés (en milliers) Facebook », « Abonnés (en milliers) Instagram »)"
            ) in problems[0].message
    one = _csv(tmp_path / "one.csv", [
        ["Code", "Nom", "Facebook", "Instagram", "Abonnés Facebook (en milliers)",
         "Abonnés Instagram (en milliers)"],
        ["29", "Finistère", "Oui", "Oui", 120, 35], ["35", "Ille-et-Vilaine", "Oui", "Non", 98,
                                                     None]])
    assert [p.code for p in bm.validate(one, type="departement")] == [
        "followers-in-thousands"] * 2  # the one-row header's rule, the same
    df = bm.read_survey(path, type="departement", errors="skip")
    assert df["followers"].isna().all() and len(df) == 4


def test_the_doc_says_what_the_reader_does_with_remarks_over_the_platforms(tmp_path):
    """6. docs/survey.md said « Remarques » over the platforms leaves the header refused;
    beside fields its columns are read and set aside, each said: the doc says so now, with
    the warning's words; alone over the platforms it is refused, as the doc says too."""
    from pathlib import Path

    doc = " ".join((Path(__file__).parents[1] / "docs" / "survey.md").read_text(
        encoding="utf-8").split())
    assert "(« Remarques »), a platform's name under no field" not in doc  # the old claim
    said = ("A remark or a measure over the platforms (« Remarques », « Publications ») beside "
            "fields is read as those columns of each platform and set aside, each said "
            "(« Remarques Facebook » : « colonne ignorée : commentaire libre ») — alone over "
            "them it leaves no presence to read: refused.")
    assert said in doc
    path = _csv(tmp_path / "r.csv", [["Code", "Nom", "Présence", None, "Remarques", None],
                                     [None, None, "Facebook", "X", "Facebook", "X"],
                                     ["29", "Finistère", "Oui", "Non", "ok", "à revoir"]])
    problems = bm.validate(path, type="departement")
    assert [p.column for p in problems[1:]] == ["Remarques Facebook", "Remarques X"]
    assert all(p.message.startswith("colonne ignorée : commentaire libre") for p in problems[1:])
    alone = _csv(tmp_path / "a.csv", [["Code", "Nom", "Remarques", None],
                                      [None, None, "Facebook", "X"],
                                      ["29", "Finistère", "ok", "à revoir"]])
    with pytest.raises(InputFileError, match="aucune colonne de réseau reconnue"):
        bm.read_survey(alone, type="departement")
