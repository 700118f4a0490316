"""A column of follower growth is set aside, never read as followers or presence (session
31, brief H, finding 1).

« Variation abonnés Facebook (12 mois) » alone had its unsigned « 120 » read as 120
followers; « Évolution abonnés Facebook » beside « Abonnés Facebook » was refused as a second
follower column, « Progression Facebook » / « Évolution Facebook » beside « Facebook » as a
second presence column; « Gain Facebook », « Évol. Facebook », « Δ Facebook », « Nouveaux
abonnés Facebook » were read as presence or followers. A column named for a growth is now
ignored with its reason, as the activity measures are, on both readers (the header rule is
shared).
"""

from __future__ import annotations

import pytest

from typer.testing import CliRunner

import barometre as bm
from barometre.cli.app import app
from barometre.survey.headers import classify_header

from .test_fast_path import fast_reader, normal_reader, same_reading

WHY_FR = "colonne ignorée : évolution du nombre d'abonnés, pas le nombre (ni présence ni abonnés)"


@pytest.mark.parametrize("header", [
    "Variation abonnés Facebook (12 mois)", "Évolution abonnés Facebook", "Évolution Facebook",
    "Progression Facebook", "Gain Facebook", "Évol. Facebook", "Δ Facebook",
    "Nouveaux abonnés Facebook", "+/- abonnés Facebook", "Facebook +/-", "Croissance Instagram",
    "Facebook followers growth", "Facebook followers change", "New Facebook followers",
    "Évolution abonnés", "Nouveaux abonnés"])
def test_a_growth_header_is_ignored_with_its_reason(header):
    col = classify_header(header)
    assert (col.role, col.why) == ("ignore", "why-growth")


@pytest.mark.parametrize("header, role, platform", [
    ("Abonnés Facebook", "followers", "facebook"), ("Présence Facebook", "present", "facebook"),
    ("Facebook", "present", "facebook"), ("Instagram", "present", "instagram"),
    ("Nouveau compte Facebook", "account", "facebook"), ("Abonnés", "followers", None),
    ("Nombre d'abonnés", "followers", None), ("Date", "date", None),
    ("Google+", "present", "google_plus"), ("Abonnés Google+", "followers", "google_plus"),
    ("Nb abonnés X (ex-Twitter)", "followers", "x")])
def test_legitimate_headers_are_still_read(header, role, platform):
    col = classify_header(header)
    assert (col.role, col.platform) == (role, platform)


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_growth_beside_followers_is_ignored_not_a_second_column(tmp_path):
    path = _write(tmp_path, "evol.csv",
                  "Code;Département;Facebook;Abonnés Facebook;Évolution abonnés Facebook;"
                  "Date du relevé\n"
                  "29;Finistère;Oui;12 400;+1 200;15/10/2025\n"
                  "35;Ille-et-Vilaine;Oui;30 100;+350;15/10/2025\n"
                  "22;Côtes-d'Armor;Oui;8 000;-20;15/10/2025\n"
                  "56;Morbihan;Non;;;15/10/2025\n")
    same_reading(normal_reader, fast_reader, path)
    for read in (normal_reader, fast_reader):
        df, problems = read(path)
        assert [(p.code, p.column, p.severity) for p in problems] == [
            ("ignored-column", "Évolution abonnés Facebook", "warning")]
        fb = df[df["platform"] == "facebook"].sort_values("followers")
        assert fb["followers"].tolist()[:3] == [8000, 12400, 30100]
    out = CliRunner().invoke(app, ["validate", str(path)])
    assert out.exit_code == 0
    assert out.stdout.splitlines() == [
        f"evol.csv, colonne « Évolution abonnés Facebook » : avertissement : {WHY_FR}"]


def test_growth_alone_is_not_read_as_followers(tmp_path):
    path = _write(tmp_path, "var.csv",
                  "Code;Département;Facebook;Variation abonnés Facebook (12 mois);"
                  "Date du relevé\n"
                  "29;Finistère;Oui;+1 200;15/10/2025\n"
                  "35;Ille-et-Vilaine;Oui;+350;15/10/2025\n"
                  "22;Côtes-d'Armor;Oui;120;15/10/2025\n")
    same_reading(normal_reader, fast_reader, path)
    for read in (normal_reader, fast_reader):
        df, problems = read(path)
        assert [(p.code, p.severity) for p in problems] == [("ignored-column", "warning")]
        assert df["followers"].isna().all()  # the « 120 » is no count of 120 followers
        assert set(df.loc[df["platform"] == "facebook", "present"]) == {True}
    out = CliRunner().invoke(app, ["validate", str(path), "--lang", "en"])
    assert out.stdout.splitlines() == [
        "var.csv, column “Variation abonnés Facebook (12 mois)”: warning: column ignored: "
        "change in the number of followers, not the number (neither presence nor followers)"]


@pytest.mark.parametrize("header", ["Progression Facebook", "Évolution Facebook",
                                    "Gain Facebook", "Δ Facebook"])
def test_growth_beside_presence_is_not_a_second_presence(tmp_path, header):
    path = _write(tmp_path, "prog.csv",
                  f"Code;Département;Facebook;Abonnés Facebook;{header};Date du relevé\n"
                  "29;Finistère;Oui;12 400;+1 200;15/10/2025\n"
                  "35;Ille-et-Vilaine;Oui;30 100;+350;15/10/2025\n"
                  "22;Côtes-d'Armor;Oui;8 000;+5 %;15/10/2025\n")
    same_reading(normal_reader, fast_reader, path)
    problems = bm.validate(path)
    assert [(p.code, p.column) for p in problems] == [("ignored-column", header)]
    df = bm.read_survey(path)
    assert sorted(df.loc[df["platform"] == "facebook", "followers"]) == [8000, 12400, 30100]


def test_growth_under_a_merged_platform_is_set_aside(tmp_path):
    """« Évolution » under « Facebook » merged over three fields: the header is read on two
    rows, « Évolution Facebook » set aside (before, the row of fields was refused)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "Département", "Facebook", None, None, "Date du relevé"])
    ws.append([None, None, "Présence", "Abonnés", "Évolution", None])
    ws.append(["29", "Finistère", "Oui", 12400, "+1 200", "15/10/2025"])
    ws.append(["35", "Ille-et-Vilaine", "Oui", 30100, "+350", "15/10/2025"])
    for cells in ("C1:E1", "A1:A2", "B1:B2", "F1:F2"):
        ws.merge_cells(cells)
    path = tmp_path / "two.xlsx"
    wb.save(path)
    problems = bm.validate(path)
    assert [(p.code, p.column) for p in problems if p.code == "ignored-column"] == [
        ("ignored-column", "Évolution Facebook")]
    assert not [p for p in problems if p.severity == "error"]
    df = bm.read_survey(path)
    assert sorted(df.loc[df["platform"] == "facebook", "followers"]) == [12400, 30100]
