"""A Google-Sheets header on two rows (pub30 #4, h_t1m1e0n1.xlsx, dep_gsheet.xlsx): « Code »,
« Département », « Date du relevé », « Notes » merged down over both rows, « Facebook » merged
across « Présence | Abonnés ». The « Notes » copied into the second row made it no header
(« Notes » is a column set aside, not a field): the file got « ligne 4 : erreur : l'en-tête
est répété (fichiers collés ?) : supprimez cette ligne », whose advice (h_fix_by_advice.xlsx)
drops every follower column, and a « cellules fusionnées … la valeur est recopiée » warning
per header cell merged down. An unknown field under a platform (« Taux d'engagement ») made
the second row data: « entité manquante » and « « Présence » attendu Oui/Non ». Both read now
as docs/survey.md promises (header-two-rows); a second row that cannot be joined is said as
the header's (``header-second-row``: put the header on one row), never « supprimez cette
ligne », and a header cell merged down is the layout, said by nobody."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm


def _sheet(path, title=True, mergedown=True, engagement=False, notes=True, unknown=None):
    """The reviewer's generator (mk2.py): a title, then the two header rows, two départements.
    ``unknown``: a field of no platform, after Instagram's, whose name barometre does not
    know (the header then cannot be joined)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    r = 3 if title else 1
    if title:
        ws["A1"] = "Baromètre octobre 2025"
    cols = [("Code", None), ("Département", None), ("Facebook", "Présence"),
            ("Facebook", "Abonnés")]
    if engagement:
        cols.append(("Facebook", "Taux d'engagement"))
    cols += [("Instagram", "Présence"), ("Instagram", "Abonnés")]
    if unknown:
        cols.append((None, unknown))
    cols.append(("Date du relevé", None))
    if notes:
        cols.append(("Notes", None))
    groups: dict[str, list[int]] = {}
    for c, (top, sub) in enumerate(cols, start=1):
        if sub is None:
            ws.cell(r, c, top)
            if mergedown:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        else:
            ws.cell(r + 1, c, sub)
            if top:
                groups.setdefault(top, []).append(c)
    for top, cs in groups.items():
        ws.cell(r, cs[0], top)
        ws.merge_cells(start_row=r, start_column=cs[0], end_row=r, end_column=cs[-1])
    data = [{"Code": "01", "Département": "Ain", ("Facebook", "Présence"): "Oui",
             ("Facebook", "Abonnés"): "1200", ("Facebook", "Taux d'engagement"): 0.03,
             ("Instagram", "Présence"): "Non", "Date du relevé": "15/10/2025", "Notes": "x"},
            {"Code": "02", "Département": "Aisne", ("Facebook", "Présence"): "Non",
             ("Instagram", "Présence"): "Oui", ("Instagram", "Abonnés"): "300",
             "Date du relevé": "15/10/2025"}]
    for i, d in enumerate(data):
        for c, (top, sub) in enumerate(cols, start=1):
            ws.cell(r + 2 + i, c, d.get(top if sub is None else (top, sub)))
    wb.save(path)
    return path


def _followers(path):
    s = bm.read_survey(path)
    got = s.dropna(subset=["followers"])
    return sorted(zip(got["code"], got["platform"], got["followers"].astype(int)))



@pytest.mark.parametrize("title", [False, True])
def test_names_merged_down_with_notes_read_as_two_rows(tmp_path, title):
    f = _sheet(tmp_path / "h.xlsx", title=title)
    top = 3 if title else 1
    said = bm.validate(f)
    assert [(p.code, p.severity) for p in said] == [("header-two-rows", "warning")]
    assert said[0].message.startswith(
        f"en-tête sur deux lignes : les réseaux de la ligne {top} joints aux champs de la "
        f"ligne {top + 1} (4 colonnes : « Présence Facebook », « Abonnés Facebook »")
    assert _followers(f) == [("01", "facebook", 1200), ("02", "instagram", 300)]


@pytest.mark.parametrize("mergedown", [False, True])
def test_an_engagement_field_under_a_platform_is_its_column_set_aside(tmp_path, mergedown):
    f = _sheet(tmp_path / "e.xlsx", mergedown=mergedown, engagement=True)
    said = bm.validate(f)
    assert [(p.code, p.severity) for p in said] == [("header-two-rows", "warning"),
                                                    ("ignored-column", "warning")]
    # the columns read counted, the one set aside named apart (session 33: was « 5 colonnes »
    # with « Taux d'engagement Facebook » among them)
    assert ("(4 colonnes : « Présence Facebook », « Abonnés Facebook », « Présence Instagram », "
            "« Abonnés Instagram » ; 1 autre colonne ignorée : « Taux d'engagement Facebook »)"
            ) in said[0].message
    assert said[1].column == "Taux d'engagement Facebook"
    assert said[1].message == (  # an engagement rate is no « publications » (pub30 #8)
        "colonne ignorée : mesure d'activité ou d'engagement (publications, vues, taux "
        "d'engagement…), ni présence ni abonnés")
    assert _followers(f) == [("01", "facebook", 1200), ("02", "instagram", 300)]


@pytest.mark.parametrize("mergedown", [False, True])
def test_a_second_row_that_cannot_be_joined_is_said_so(tmp_path, mergedown):
    """A field no reader knows, under no platform: the header cannot be joined. The error
    says the row is the header's and to put it on one row, not « supprimez cette ligne »;
    the names merged down say nothing."""
    f = _sheet(tmp_path / "u.xlsx", mergedown=mergedown, unknown="Truc")
    said = bm.validate(f)
    errors = [p for p in said if p.severity == "error"]
    assert [(p.code, p.row) for p in errors] == [("header-second-row", 4)]
    assert errors[0].message == (
        "cette ligne continue l'en-tête (un en-tête sur deux lignes, les réseaux au-dessus de "
        "leurs champs, qui n'a pas pu être lu ainsi) : mettez l'en-tête sur une seule ligne, "
        "le réseau dans chaque colonne (« Abonnés Facebook ») ; supprimer cette ligne "
        "perdrait les champs qu'elle nomme")
    assert errors[0].text("en").startswith("this row continues the header (a header on two rows")
    assert not [p for p in said if p.code in ("merged-cells", "header-repeated")]
