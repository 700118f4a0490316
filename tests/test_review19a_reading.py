"""Review 19a, reading side: a wide panel file (one row per entity × year) is read, Python
users get problems in English in one call, and the figures of a survey read with
errors="skip" say what its errors left out."""

from __future__ import annotations

import datetime as dt

import pytest

import barometre as bm
from barometre.render.views import adoption_table

HEAD = "Code;Département;Année;Date du relevé;Facebook;Abonnés Facebook;X;Abonnés X\n"
PANEL = [  # 3 départements × 2 years, a row each, as the review's enquete-60dep-large
    "01;Ain;2024;15/10/2024;Oui;100;Non;",
    "02;Aisne;2024;15/10/2024;Oui;200;Oui;50",
    "03;Allier;2024;15/10/2024;Non;;Oui;70",
    "01;Ain;2025;15/10/2025;Oui;120;Oui;10",
    "02;Aisne;2025;15/10/2025;Non;;Oui;60",
    "03;Allier;2025;15/10/2025;Oui;30;Oui;80",
]
LONG_HEAD = "Code;Département;Réseau;Présence;Nombre d'abonnés;Date du relevé\n"


def _write(tmp_path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _long_of_panel() -> str:
    """The panel's readings in long layout: the reference the panel must read as."""
    out = []
    for line in PANEL:
        code, name, _, date, fb, fb_n, x, x_n = line.split(";")
        out.append(f"{code};{name};Facebook;{fb};{fb_n};{date}")
        out.append(f"{code};{name};X;{x};{x_n};{date}")
    return LONG_HEAD + "\n".join(out) + "\n"


# ------------------------------------------------------------------ 2. wide panel files

@pytest.mark.parametrize("year_column", [True, False])
def test_wide_panel_is_read_as_its_long_layout(tmp_path, year_column):
    rows = PANEL if year_column else [
        ";".join(x for i, x in enumerate(r.split(";")) if i != 2) for r in PANEL]
    head = HEAD if year_column else HEAD.replace("Année;", "")
    wide = _write(tmp_path, "large.csv", head + "\n".join(rows) + "\n")
    problems = bm.validate(wide)
    assert [p.message for p in problems if p.severity == "error"] == []
    assert not any("entité en double" in p.message for p in problems)
    long = bm.read_survey(_write(tmp_path, "long.csv", _long_of_panel()))
    w = bm.adoption(bm.read_survey(wide))
    lo = bm.adoption(long)
    cols = ["platform", "year", "n_present", "n_base", "n_unknown"]
    assert w[cols].to_dict("records") == lo[cols].to_dict("records")
    x25 = w[(w["platform"] == "facebook") & (w["year"] == 2025)].iloc[0]
    assert (x25["n_present"], x25["n_base"]) == (2, 3)
    # the CLI says it as the reading does: no error, the years said
    from typer.testing import CliRunner

    from barometre.cli.app import app
    res = CliRunner().invoke(app, ["validate", str(wide)])
    assert res.exit_code == 0, res.output
    assert "plusieurs années : 2024 (6 relevés), 2025 (6 relevés)" in res.output
    assert "0 erreur" in res.output


def test_wide_panel_workbook_with_date_cells(tmp_path):
    """The review's layout: a workbook, a title above the header, codes as numbers, dates
    as Excel date cells."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Présence des départements — relevés d'octobre"
    ws.append([])
    ws.append(["Code", "Département", "Année", "Date du relevé", "Facebook",
               "Abonnés Facebook"])
    for year in (2024, 2025):
        for code, name in ((1, "Ain"), (2, "Aisne"), (3, "Allier")):
            ws.append([code, name, year, dt.date(year, 10, 15), "Oui", 100 * code + year % 10])
    path = tmp_path / "large.xlsx"
    wb.save(path)
    s = bm.read_survey(path)
    assert sorted(s.groupby("year").size().items()) == [(2024, 3), (2025, 3)]
    assert s.loc[(s["code"] == "03") & (s["year"] == 2025), "followers"].tolist() == [305]


def test_wide_panel_keeps_duplicates_errors(tmp_path):
    # the same year and date twice: the later row is a duplicate, as in any wide file
    same = _write(tmp_path, "same.csv", HEAD + "\n".join(PANEL + [
        "01;Ain;2025;15/10/2025;Oui;121;Oui;10"]) + "\n")
    errors = [p for p in bm.validate(same) if p.severity == "error"]
    assert [(p.row, p.code) for p in errors] == [(8, "duplicate-entity")]
    assert errors[0].message == ("entité en double : Ain (01) figure déjà ligne 5 : comparez "
                                 "les deux lignes et supprimez l'une d'elles, ou corrigez le "
                                 "code si c'est une autre collectivité (ligne non lue)")
    # a blank date that takes the wave's date (15/10/2024: the earliest of two as frequent)
    # repeats the 2024 row: an error on each platform, as in a long file
    undated = _write(tmp_path, "undated.csv", HEAD.replace("Année;", "") + "\n".join(
        [";".join(x for i, x in enumerate(r.split(";")) if i != 2) for r in PANEL]
        + ["01;Ain;;Oui;121;Oui;10"]) + "\n")
    errors = [p for p in bm.validate(undated) if p.severity == "error"]
    assert [p.code for p in errors] == ["duplicate-rows"] * 2
    assert errors[0].message == (
        "réponses contradictoires pour Ain (01) sur Facebook (lignes 2, 8) ; ligne 8 sans "
        "date, datée du 15 octobre 2024 (date de la vague) : date= pour une autre date")  # Python: date=
    # no year nor row date: an entity twice is still a duplicate
    plain = _write(tmp_path, "plain.csv", "Code;Département;Facebook\n01;Ain;Oui\n01;Ain;Non\n")
    assert [p.code for p in bm.validate(plain) if p.severity == "error"] == ["duplicate-entity"]


# ------------------------------------------------------------------ 5. lang in Python

def test_validate_and_problems_frame_in_english(tmp_path, monkeypatch):
    monkeypatch.delenv("BAROMETRE_LANG", raising=False)
    path = _write(tmp_path, "c.csv", "Code;Département;Facebook\n01;Ain;Oui\n01;Ain;Non\n")
    fr = ("entité en double : Ain (01) figure déjà ligne 2 : comparez les deux lignes et "
          "supprimez l'une d'elles, ou corrigez le code si c'est une autre collectivité "
          "(ligne non lue)")
    en = ("duplicate entity: Ain (01) is already on line 2: compare the two lines and delete "
          "one of them, or correct the code if it is another collectivité (line not read)")
    assert bm.validate(path)[0].message == fr
    problems = bm.validate(path, lang="en")
    assert problems[0].message == en
    assert problems[0].to_dict()["message"] == en
    assert problems[0].text("fr") == fr  # still said in the other language
    assert bm.problems_frame(problems)["message"].tolist() == [en]  # as validate said it
    assert bm.problems_frame(bm.validate(path), lang="en")["message"].tolist() == [en]
    assert bm.problems_frame(problems, lang="fr")["message"].tolist() == [fr]
    with pytest.raises(bm.UsageError, match="attendu fr ou en"):
        bm.validate(path, lang="de")
    # the command line's convention: $BAROMETRE_LANG
    monkeypatch.setenv("BAROMETRE_LANG", "en")
    assert bm.validate(path)[0].message == en
    s = bm.read_survey(path, errors="skip")
    assert bm.problems_frame(s.attrs["problems"])["message"].tolist() == [en]


# ------------------------------------------------------------------ 6. errors="skip"

SKIPPY = LONG_HEAD + "\n".join([
    "01;Ain;X;Oui;100;15/10/2025",
    "02;Aisne;X;Oui;#N/A;15/10/2025",  # a bad count beside Oui: left out
    "03;Allier;X;Non;;15/10/2025",
    "04;Alpes-de-Haute-Provence;X;;;15/10/2025",  # blank: not answered
    "05;Hautes-Alpes;X;Oui;20;15/10/2025",
    "05;Hautes-Alpes;X;Non;;15/10/2025",  # conflicting duplicates: both left out
    "06;Alpes-Maritimes;X;Oui;30;15/10/2025",
    "01;Ain;Facebook;Oui;10;15/10/2025",
]) + "\n"


def test_adoption_says_what_skip_left_out(tmp_path):
    path = _write(tmp_path, "skip.csv", SKIPPY)
    s = bm.read_survey(path, errors="skip")
    a = bm.adoption(s)
    x = a[a["platform"] == "x"].iloc[0]
    assert (x["n_present"], x["n_base"], x["n_unknown"], x["n_skipped"]) == (2, 3, 1, 2)
    assert x["n_base"] + x["n_unknown"] + x["n_skipped"] == 6  # every entity of X's column
    assert a.loc[a["platform"] == "facebook", "n_skipped"].tolist() == [0]
    table = adoption_table(a)
    assert ("3 entités de l'enquête ; 1 autre sans réponse, hors base ; 2 autres écartées pour "
            "erreur, hors base : voir barometre validate") in table
    assert "2 others left out for an error, out of the base: see barometre validate" in \
        adoption_table(a, lang="en")
    from barometre.analysis.survey import compare_survey
    c = compare_survey(s)
    assert c.loc[c["platform"] == "x", "n_skipped"].tolist() == [2]
    # read without skipping (no error) or raising: no such column
    clean = _write(tmp_path, "clean.csv", LONG_HEAD + "01;Ain;X;Oui;100;15/10/2025\n")
    assert "n_skipped" not in bm.adoption(bm.read_survey(clean)).columns
    assert bm.adoption(bm.read_survey(clean, errors="skip"))["n_skipped"].tolist() == [0]


def test_skip_counts_a_wide_row_error_once_per_platform(tmp_path):
    # a wide file: an unknown entity leaves out its row, a reading on each platform
    path = _write(tmp_path, "w.csv", "Code;Département;Facebook;X\n01;Ain;Oui;Non\n"
                  "02;Aisne;Oui;Oui\n99;Nulle part;Oui;Oui\n")
    a = bm.adoption(bm.read_survey(path, errors="skip"))
    got = dict(zip(a["platform"], a["n_skipped"]))
    assert (got["facebook"], got["x"]) == (1, 1)
    assert a.loc[a["platform"] == "facebook", "n_base"].tolist() == [2]
