"""Headers on two rows: the regression hunt on session 33's changes (brief A2).

1. Beside fields on top (« Abonnés » over Facebook | Instagram | X), any title over Oui/Non
   answers was left aside as a group title and its columns read as presences: « Compte
   certifié », « Publicité », « Lien sur le site », « Mis à jour en 2025 » gave exit 0 and
   Facebook « 25 % » where 3 of 4 had 87–120 k followers (their « Non » said « not
   certified »). Alone over the platforms (session 32's group title) the same title was
   read so too, with a warning only. Only a title naming a group of networks or a format
   (« Réseaux sociaux », « Vidéo », « Comptes officiels »: headers.group_title) is left
   aside now; any other is refused, the error naming it and what to write.
4. 1 and 0 under a group title (« Vidéo », « Réseaux sociaux ») were refused « pas des
   réponses Oui/Non » while a one-row « Facebook » column of 1 and 0 is read: the same
   rule now, counts (« 12 ») still refused.
"""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.domain.errors import InputFileError

from .test_fast_path import fast_reader, normal_reader, same_reading
from .test_hdr31_group_titles import _csv, _workbook

PLATFORMS = ["Facebook", "Instagram", "X"]
ANSWERS = [["Non", "Oui", "Non"], ["Non", "Non", "Non"], ["Oui", "Non", "Non"],
           ["Non", "Non", "Non"]]
ENTITIES = [["29", "Finistère", "15/10/2025"], ["35", "Ille-et-Vilaine", "15/10/2025"],
            ["56", "Morbihan", "15/10/2025"], ["22", "Côtes-d'Armor", "15/10/2025"]]
FOLLOWERS = [[120000, 35000, None], [98000, None, 12000], [87000, 22000, 9000],
             [None, 4100, None]]


def _file(tmp_path, kind, top, bottom, merges, rows, name="f"):
    if kind == "xlsx":
        return _workbook(tmp_path / f"{name}.xlsx", top, bottom, merges, rows)
    path = _csv(tmp_path / f"{name}.csv", [top, bottom, *rows])
    same_reading(normal_reader, fast_reader, path)  # the columnar reader: the same
    return path


def _beside(tmp_path, kind, title, cells=ANSWERS, name="f"):
    """« title » over the platforms beside « Abonnés » over them again (d4/s0 of the hunt)."""
    return _file(tmp_path, kind, ["Code", "Nom", "Date", title, None, None, "Abonnés", None, None],
                 [None, None, None, *PLATFORMS, *PLATFORMS],
                 ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"],
                 [e + c + f for e, c, f in zip(ENTITIES, cells, FOLLOWERS)], name)


def _refusal(title):
    return (f"« {title} » (ligne 1, au-dessus de « Facebook », « Instagram », « X ») n'est ni "
            "un champ ni un titre de groupe de réseaux (« Réseaux sociaux », « Vidéo ») : ses "
            "réponses Oui/Non ne sont pas lues comme des présences, un « Non » sous lui ne dit "
            "pas qu'un compte manque ; pour des présences, écrivez « Présence » au-dessus des "
            "réseaux, sinon retirez ces colonnes")


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("title", ["Compte certifié", "Publicité", "Lien sur le site",
                                   "Mis à jour en 2025"])
def test_a_title_over_answers_beside_fields_is_refused_unless_a_group(tmp_path, kind, title,
                                                                      cli):
    path = _beside(tmp_path, kind, title)
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert err.value.code == "no-platform-column"
    assert str(err.value).endswith(_refusal(title))
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert res.exit_code == 2
    assert (f"“{title}” (line 1, above “Facebook”, “Instagram”, “X”) is no field and no group "
            "title of networks (“Réseaux sociaux”, “Vidéo”): its “Oui”/“Non” answers are not read "
            "as presences") in res.output


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("title", ["Réseaux sociaux", "Comptes officiels", "Présence en ligne"])
def test_a_group_title_over_answers_beside_fields_is_still_read(tmp_path, kind, title):
    path = _beside(tmp_path, kind, title)
    [note] = [p for p in bm.validate(path, type="departement") if p.severity != "error"
              and p.code == "header-two-rows"]
    assert f"titre de groupe laissé de côté (« {title} »" in note.message
    df = bm.read_survey(path, type="departement", errors="skip")
    assert sorted(df.loc[df["present"].astype(bool), "code"] + "/"
                  + df.loc[df["present"].astype(bool), "platform"]) == [
        "29/instagram", "56/facebook"]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("title", ["Compte certifié", "Publicité", "Engagement"])
def test_the_same_title_alone_over_the_platforms_is_refused(tmp_path, kind, title):
    """Alone (no field beside it) the title was left aside as a group title since session
    32 and its Non read absent, with a warning only: refused as beside fields."""
    path = _file(tmp_path, kind, ["Code", "Nom", "Date", title, None, None],
                 [None, None, None, *PLATFORMS], ["D1:F1"],
                 [e + c for e, c in zip(ENTITIES, ANSWERS)])
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert str(err.value).endswith(_refusal(title))
    # merged down, « Code », « Nom » make row 2 a header of its own: refused as well
    if kind == "xlsx":
        path = _workbook(tmp_path / "down.xlsx", ["Code", "Nom", "Date", title, None, None],
                         ["Code", "Nom", "Date", *PLATFORMS], ["A1:A2", "B1:B2", "C1:C2", "D1:F1"],
                         [e + c for e, c in zip(ENTITIES, ANSWERS)])
        with pytest.raises(InputFileError, match=f"« {title} » \\(ligne 1"):
            bm.read_survey(path, type="departement")


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("title", ["Comptes officiels", "Réseaux et vidéos",
                                   "Réseaux sociaux 2025", "Formats vidéo", "Photos & vidéos",
                                   "Sites de partage"])
def test_a_group_title_alone_over_answers_is_still_left_aside(tmp_path, kind, title):
    """Session 32's group titles (its hunt's C02, C04, F00, F02, F03) stay read."""
    path = _file(tmp_path, kind, ["Code", "Nom", "Date", title, None, None],
                 [None, None, None, *PLATFORMS], ["D1:F1"],
                 [e + c for e, c in zip(ENTITIES, ANSWERS)])
    [p] = bm.validate(path, type="departement")
    assert p.code == "header-group-title" and f"« {title} »" in p.message
    df = bm.read_survey(path, type="departement")
    assert int(df["present"].astype(bool).sum()) == 2


ONE_ZERO = [["1", "0"], ["0", "0"], ["1", "1"], ["0", "1"]]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_one_and_zero_under_a_group_title_are_answers_as_in_one_row(tmp_path, kind):
    """4. d4/b4_video_10: « Vidéo » over YouTube | TikTok of 1 and 0 beside « Présence »
    was refused « les cellules sous lui ne sont pas des réponses Oui/Non »; read as the
    one-row « YouTube », « TikTok » of 1 and 0 are."""
    cells = [[int(v) for v in r] for r in ONE_ZERO] if kind == "xlsx" else ONE_ZERO
    path = _file(tmp_path, kind, ["Code", "Nom", "Date", "Présence", None, "Vidéo", None],
                 [None, None, None, "Facebook", "X", "YouTube", "TikTok"],
                 ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
                 [e + ["Oui", "Non"] + c for e, c in zip(ENTITIES, cells)])
    [p] = bm.validate(path, type="departement")
    assert p.code == "header-two-rows" and "laissé de côté (« Vidéo »" in p.message
    one = _csv(tmp_path / "one.csv", [["Code", "Nom", "Date", "Facebook", "X", "YouTube",
                                       "TikTok"]] + [e + ["Oui", "Non"] + c
                                                     for e, c in zip(ENTITIES, ONE_ZERO)])
    assert bm.validate(one, type="departement") == []
    got = bm.read_survey(path, type="departement")
    want = bm.read_survey(one, type="departement")
    assert sorted(zip(got["code"], got["platform"], got["present"])) == sorted(
        zip(want["code"], want["platform"], want["present"]))
    assert sorted(got.loc[got["platform"] == "tiktok", "present"].tolist()) == [
        False, False, True, True]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_one_and_zero_under_reseaux_sociaux_beside_followers(tmp_path, kind):
    """4. d4/b8_reseaux_01_and_abonnes: refused; read now, as d4/b8_onerow_01 is."""
    cells = [[1, 1, 0], [1, 0, 1], [1, 1, 1], [0, 1, 0]]
    path = _beside(tmp_path, kind, "Réseaux sociaux",
                   cells if kind == "xlsx" else [[str(v) for v in r] for r in cells])
    df = bm.read_survey(path, type="departement")
    assert sorted(df.loc[df["platform"] == "facebook", "present"].tolist()) == [
        False, True, True, True]
    assert df.loc[(df["code"] == "29") & (df["platform"] == "facebook"), "followers"].item() \
        == 120000


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_counts_under_a_group_title_stay_refused(tmp_path, kind):
    """Numbers other than 1 and 0 (videos counted? followers?) are no answers: refused."""
    cells = [[1, 0], [12, 0], [1, 3], [0, 1]]
    path = _file(tmp_path, kind, ["Code", "Nom", "Date", "Présence", None, "Vidéo", None],
                 [None, None, None, "Facebook", "X", "YouTube", "TikTok"],
                 ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
                 [e + ["Oui", "Non"] + c for e, c in zip(ENTITIES, cells)])
    with pytest.raises(InputFileError, match="les cellules sous lui ne sont pas des réponses"):
        bm.read_survey(path, type="departement")


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_two_rows_note_says_no_empty_list_when_no_joined_column_is_read(tmp_path, kind,
                                                                             cli):
    """3. d4/b12: « Réseaux sociaux » over the platforms beside « Évolution » over them
    again said « (0 colonne :  ; 3 autres colonnes ignorées : … ) »: the columns ignored
    alone now."""
    path = _file(tmp_path, kind, ["Code", "Nom", "Date", "Réseaux sociaux", None, None,
                                  "Évolution", None, None],
                 [None, None, None, *PLATFORMS, *PLATFORMS],
                 ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1"],
                 [e + c + ["+5 %", "-2 %", None] for e, c in zip(ENTITIES, ANSWERS)])
    problems = bm.validate(path, type="departement")
    assert problems[0].code == "header-two-rows" and problems[0].message == (
        "en-tête sur deux lignes : les réseaux de la ligne 2 joints aux champs de la ligne 1 "
        "(3 colonnes ignorées : « Évolution Facebook », « Évolution Instagram », « Évolution "
        "X »), titre de groupe laissé de côté (« Réseaux sociaux », au-dessus de « Facebook », "
        "« Instagram », « X », lues comme présences) ; vérifiez-les, ou mettez l'en-tête sur "
        "une seule ligne")
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert ("joined to the fields of line 1 (3 columns ignored: “Évolution Facebook”, "
            "“Évolution Instagram”, “Évolution X”), group title left aside") in en
    assert "0 colonne" not in en and "(0 column" not in en
    assert int(bm.read_survey(path, type="departement")["present"].astype(bool).sum()) == 2


def _year_file(tmp_path, kind, column, values, name="y"):
    """« Abonnés 2025 » over the platforms, a « Date » or « Année » column of ``values``."""
    return _file(tmp_path, kind, ["Code", "Nom", column, "Présence", None, "Abonnés 2025", None],
                 [None, None, None, "Facebook", "Instagram", "Facebook", "Instagram"],
                 ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"],
                 [e[:2] + [v, "Oui", "Oui", 120, 35] for e, v in zip(ENTITIES, values)], name)


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_header_year_differs_says_how_many_readings_and_their_rows(tmp_path, kind, cli):
    """2. d4/y4, y7: one row of four dated 2024 (or 2016, a typo) under « Abonnés 2025 »
    said « les dates du relevé sont d'autres années (2024) », as if all were: how many,
    their rows, the others of 2025 now; all of them: « les dates des relevés sont de … »."""
    path = _year_file(tmp_path, kind, "Date", ["15/10/2025", "15/10/2024", "15/10/2025",
                                               "15/10/2025"])
    [said] = [p for p in bm.validate(path, type="departement") if p.code == "header-year-differs"]
    assert said.message == (
        "« Abonnés 2025 » (ligne 1) dit l'année 2025, mais 2 relevés sur 8 sont datés de 2024 "
        "(ligne 4), les autres de 2025 : vérifiez l'en-tête ou ces dates")
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert ("“Abonnés 2025” (line 1) says the year 2025, but 2 readings of 8 are dated 2024 "
            "(line 4), the others 2025: check the header or these dates") in en
    every = _year_file(tmp_path, kind, "Date", ["15/10/2024", "15/10/2023"] * 2, name="all")
    [said] = [p for p in bm.validate(every, type="departement")
              if p.code == "header-year-differs"]
    assert said.message == ("« Abonnés 2025 » (ligne 1) dit l'année 2025, mais les dates des "
                            "relevés sont de 2023, 2024 : vérifiez l'en-tête ou les dates")


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_header_year_differs_from_a_year_column_says_no_dates(tmp_path, kind):
    """2. d4/y2: the year from an « Année » column was called « les dates du relevé »."""
    path = _year_file(tmp_path, kind, "Année", [2024] * 4 if kind == "xlsx" else ["2024"] * 4)
    [said] = [p for p in bm.validate(path, type="departement") if p.code == "header-year-differs"]
    assert said.message == (
        "« Abonnés 2025 » (ligne 1) dit l'année 2025, mais les relevés sont de 2024 selon la "
        "colonne « Année » : vérifiez l'en-tête ou cette colonne")
    some = _year_file(tmp_path, kind, "Année", ["2025", "2025", "2024", "2025"], name="some")
    [said] = [p for p in bm.validate(some, type="departement") if p.code == "header-year-differs"]
    assert said.message == (
        "« Abonnés 2025 » (ligne 1) dit l'année 2025, mais 2 relevés sur 8 sont de 2024 selon "
        "la colonne « Année » (ligne 5), les autres de 2025 : vérifiez l'en-tête ou cette "
        "colonne")
    assert "date" not in said.message
