"""Survey files: template, real-world readers, validation and the bad-file corpus."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random

import openpyxl
import pytest

import barometre as bm
from barometre.domain.errors import InputFileError
from barometre.survey.reader import parse_count, parse_date, parse_presence

from .conftest import FILES

BAD = FILES / "bad"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill_template(path, values: dict[str, dict]) -> None:
    """Fill a template as a person would, with openpyxl: presence, followers, date."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Enquête"]
    heads = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        code = row[0].value
        if code not in values:
            continue
        for header, value in values[code].items():
            row[heads.index(header)].value = value
    wb.save(path)


def test_template_has_every_departement_and_reads_back(tmp_path, cli):
    out = tmp_path / "sub" / "enquete.xlsx"
    res = cli("template", "--type", "departement", "-p", "facebook", "-p", "instagram",
              "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    ws = wb["Enquête"]
    assert ws.max_row == 102  # header + 101 départements
    assert ws.freeze_panes == "C2"
    assert ws["A2"].value == "01" and ws["A2"].number_format == "@"
    assert "Mode d'emploi" in wb.sheetnames
    heads = [c.value for c in ws[1]]
    assert "Facebook - présence" in heads and "Instagram - abonnés" in heads
    assert any(dv.formula1 == '"Oui,Non"' for dv in ws.data_validations.dataValidation)

    rng = random.Random(7)
    codes = [ws.cell(row=r, column=1).value for r in range(2, 103)]
    values = {}
    for code in codes:
        fb = rng.random() < 0.8
        values[code] = {"Facebook - présence": "Oui" if fb else "Non",
                        # under the Lozère's 76 486 inhabitants: more followers than
                        # inhabitants is said (count-above-population)
                        "Facebook - abonnés": rng.randint(100, 2_000_000) // 100 if fb
                        else None,
                        "Facebook - date du relevé": dt.datetime(2025, 10, 15),
                        "Instagram - présence": "Oui" if rng.random() < 0.6 else "Non"}
    values["2A"]["Instagram - compte"] = "@corsedusud"
    fill_template(out, values)
    df = bm.read_survey(out)
    assert df.attrs["collectivity_type"] == "departement"
    assert df["code"].nunique() == 101
    fb = df[df.platform == "facebook"].set_index("code")
    for code, v in values.items():
        assert bool(fb.loc[code, "present"]) == (v["Facebook - présence"] == "Oui")
        got = fb.loc[code, "followers"]
        assert (None if got is None or str(got) == "<NA>" else int(got)) == v["Facebook - abonnés"]
        assert fb.loc[code, "date"].date() == dt.date(2025, 10, 15)
    ig = df[df.platform == "instagram"].set_index("code")
    assert ig.loc["2A", "account"] == "@corsedusud"
    assert int(ig["present"].sum()) == sum(v["Instagram - présence"] == "Oui" for v in values.values())
    # Instagram rows have no date: they belong to the wave's date, and validate says so
    # (and 67, 68 or 2A, 2B given two different counts or answers of their council, drawn
    # apart: said apart)
    assert [(x.code, x.severity) for x in bm.validate(out)
            if x.code not in ("council-territories-filled", "council-territories-disagree")
            ] == [("wave-date", "warning")]


def test_french_excel_csv_cp1252(tmp_path):
    path = FILES / "departements-cp1252.csv"
    before = _digest(path)
    df = bm.read_survey(path)
    assert _digest(path) == before, "inputs are never modified"
    assert df.attrs["collectivity_type"] == "departement"
    fb = df[df.platform == "facebook"].set_index("code")
    assert list(fb.index) == ["01", "2A", "971", "44", "13"]
    assert fb.loc["01", "followers"] == 12345
    assert fb.loc["2A", "followers"] == 8200
    assert fb.loc["44", "followers"] == 45678  # "45.678", thousands dot
    assert fb.loc["13", "followers"] == 1200  # "1,2 k"
    assert not fb.loc["971", "present"]
    x = df[df.platform == "x"].set_index("code")
    assert x.loc["2A", "present"] and x.loc["2A", "followers"] == 1234
    assert df.loc[df.code == "971", "source_row"].iloc[0] == 4  # CSV line, header = line 1
    assert df.loc[df.code == "01", "date"].iloc[0].date() == dt.date(2025, 10, 15)
    assert df.loc[df.code == "971", "name"].iloc[0] == "Guadeloupe"
    warn = df.attrs["problems"]
    assert [(w.column, w.code) for w in warn] == [("Taux d'engagement", "unknown-column"),
                                                  ("Abonnés Facebook", "count-dot-thousands"),
                                                  ("Abonnés Facebook", "count-abbreviated")]


def test_long_utf8_bom_regions_named_by_hand():
    df = bm.read_survey(FILES / "regions-long-bom.csv")
    assert df.attrs["collectivity_type"] == "region"
    assert set(df["code"]) == {"53", "11", "93", "94", "04"}
    fb = df[df.platform == "facebook"].set_index("code")
    assert fb.loc["11", "followers"] == 310000 and fb.loc["93", "followers"] == 150000
    corse = df[(df.code == "94") & (df.platform == "instagram")].iloc[0]
    assert corse["present"] and corse["followers"] == 12000  # followers imply presence
    assert df[(df.code == "53") & (df.platform == "x")]["followers"].iloc[0] == 45000


def test_workbook_with_title_and_names_typed_by_hand():
    df = bm.read_survey(FILES / "prefectures-titre.xlsx", type="ville_prefecture")
    assert set(df["code"]) == {"44109", "42218", "2A004", "72181", "97411"}  # Saint-Denis via its département
    ig = df[df.platform == "instagram"].set_index("code")
    assert ig.loc["72181", "followers"] == 23456
    assert ig.loc["72181", "account"] == "https://instagram.com/lemans"
    assert ig.loc["44109", "account"] == "@nantesfr"
    assert str(ig.loc["2A004", "present"]) == "<NA>"  # blank presence stays unknown
    assert df.loc[df.code == "44109", "source_row"].iloc[0] == 4  # spreadsheet row


@pytest.mark.parametrize("name,row,column,fragment", [
    ("empty.csv", None, None, "fichier vide"),
    ("binary.csv", None, None, "binaire"),
    ("truncated.xlsx", None, None, "endommagé"),
    ("workbook-named.csv", None, None, "renommez-le en .xlsx"),
    ("csv-named.xlsx", None, None, "est du texte (un CSV, sans doute), pas un classeur : renommez-le en .csv"),
    ("notes.pdf", None, None, "extension « .pdf »"),
    ("header-only.csv", None, None, "sans aucune ligne de données"),
    ("no-platform.csv", None, None, "aucune colonne de réseau"),
    ("duplicates.csv", 4, "Code", "en double"),
    ("unknown-entities.csv", 3, "Département", "Loire-Atlantique (44)"),
    ("negative-followers.csv", 2, "Abonnés Facebook", "négatif"),
    ("non-numeric-followers.csv", 2, "Abonnés Facebook", "nombre entier"),
    ("bad-presence.csv", 2, "Facebook", "Oui/Non"),
    ("conflicting-long.csv", 3, "code", "contradictoires"),
    ("ambiguous.csv", 2, "Commune", "97411"),
    ("bad-date.csv", 2, "Date du relevé", "15/10/2025"),
])
def test_bad_files(cli, name, row, column, fragment):
    path = BAD / name
    before = _digest(path)
    problems = [p for p in bm.validate(path) if p.severity == "error"]
    assert problems, name
    assert problems[0].row == row and problems[0].column == column
    assert fragment in problems[0].message
    with pytest.raises(InputFileError):
        bm.read_survey(path)
    res = cli("validate", path, "--format", "json")
    # 2: a file that cannot be read at all, 1: read, with errors (lang17)
    assert res.exit_code == (2 if any(p.unreadable for p in problems) else 1)
    # the first error (a file of "01", "02" first says that they are région codes too)
    recs = [r for r in json.loads(res.stdout) if r["severity"] == "error"]
    assert recs[0]["row"] == row
    res = cli("compare", "--data", path, "--type", "departement")
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert res.stderr.startswith("barometre : ") and name in res.stderr
    assert _digest(path) == before


def test_unknown_entities_collects_every_problem():
    problems = bm.validate(BAD / "unknown-entities.csv")
    assert [p.row for p in problems] == [3, 4]


def test_followers_with_no_presence_is_a_warning(tmp_path):
    p = tmp_path / "w.csv"
    p.write_text("Code département;Facebook;Abonnés Facebook\n01;Non;1500\n", encoding="utf-8")
    problems = bm.validate(p)
    assert [(x.severity, x.row, x.column) for x in problems] == [("warning", 2, "Abonnés Facebook")]
    assert len(bm.read_survey(p)) == 1


def test_x_marks_blank_means_absent(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("Code région\tFacebook\tInstagram\n53\tx\t\n11\tx\tx\n", encoding="utf-8")
    df = bm.read_survey(p)
    ig = df[df.platform == "instagram"].set_index("code")["present"]
    assert ig["53"] is False or not ig["53"]
    assert bool(ig["11"])


def test_missing_file_is_clear(cli, tmp_path):
    res = cli("validate", tmp_path / "nope.csv")
    assert res.exit_code == 2 and "introuvable" in res.stdout + res.stderr  # 2: unreadable


@pytest.mark.parametrize("value,expected", [
    ("Oui", True), ("NON", False), ("o", True), ("N", False), ("x", True), ("1", True), (0, False),
    ("vrai", True), ("Faux", False), ("yes", True), ("https://facebook.com/ain01", True),
    ("@ain01", True), ("", None), (None, None), ("✓", True)])
def test_parse_presence(value, expected):
    assert parse_presence(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("12 345", 12345), ("12\u00a0345", 12345), ("12\u202f345", 12345), ("12.345", 12345),
    ("1,2 k", 1200), ("2,5M", 2500000), (3.0, 3), ("1234,0", 1234), ("", None)])
def test_parse_count(value, expected):
    assert parse_count(value) == expected


@pytest.mark.parametrize("value", ["-3", "beaucoup", 1.5, "12,345"])
def test_parse_count_rejects(value):
    with pytest.raises(ValueError):
        parse_count(value)


def test_parse_date():
    assert parse_date("15/10/2025") == dt.date(2025, 10, 15)
    assert parse_date("2025-10-15") == dt.date(2025, 10, 15)
    assert parse_date(dt.datetime(2025, 1, 2, 0, 0)) == dt.date(2025, 1, 2)
    with pytest.raises(ValueError):
        parse_date("32/13/2025")


def test_fast_csv_path_matches_general_reader(monkeypatch):
    from barometre.survey import fastcsv as survey

    slow = bm.read_survey(FILES / "departements-cp1252.csv")
    monkeypatch.setattr(survey, "FAST_CSV_BYTES", 0)
    fast = bm.read_survey(FILES / "departements-cp1252.csv")
    __import__("pandas").testing.assert_frame_equal(fast, slow)


def test_fast_csv_path_on_demo_long_file(monkeypatch):
    from barometre.survey import fastcsv as survey

    path = FILES.parents[1] / "data" / "demo" / "releves-departements-donnees-fictives.csv"
    slow = bm.read_survey(path)
    calls = []
    real = survey._read_csv_fast  # Arrow or pandas' C parser underneath (#19.2)
    monkeypatch.setattr(survey, "FAST_CSV_BYTES", 0)
    from barometre.survey import reader

    monkeypatch.setattr(reader, "_read_csv_fast",  # the name the reader calls
                        lambda p: (lambda r: r is not None and calls.append(1) or r)(real(p)))
    fast = bm.read_survey(path)
    assert calls, "the fast path was used"
    pd_testing = __import__("pandas").testing
    pd_testing.assert_frame_equal(fast, slow)
    assert len(fast) == 1212 and fast["source_row"].min() == 3


def test_parquet_long_file(tmp_path):
    pytest.importorskip("pyarrow")
    import pandas as pd

    p = tmp_path / "releves.parquet"
    pd.DataFrame({"code": ["01", "2A", "44"], "plateforme": ["Facebook", "Instagram", "X"],
                  "présent": ["Oui", "Non", "oui"], "abonnés": ["12 000", None, "3 456"],
                  "date du relevé": ["15/10/2025"] * 3}).to_parquet(p)
    df = bm.read_survey(p)
    assert df.attrs["collectivity_type"] == "departement"
    f = df.set_index("code")["followers"]
    assert f["01"] == 12000 and f["44"] == 3456 and pd.isna(f["2A"])
    assert list(df["source_row"]) == [2, 3, 4]


@pytest.mark.parametrize("header,role,platform,hint", [
    ("Abonnés Facebook", "followers", "facebook", None),
    ("Facebook - abonnés", "followers", "facebook", None),
    ("facebook_followers", "followers", "facebook", None),
    ("Nb abonnés Instagram", "followers", "instagram", None),
    ("compte Facebook", "account", "facebook", None),
    ("URL LinkedIn", "account", "linkedin", None),
    ("X (ex-Twitter)", "present", "x", None),
    ("Twitter", "present", "x", None),
    ("Présence YouTube", "present", "youtube", None),
    ("TikTok - date du relevé", "date", "tiktok", None),
    ("Date du relevé", "date", None, None),
    ("Code INSEE", "entity_code", None, "commune"),
    ("Code département", "entity_code", None, "departement"),
    ("Région (code)", "entity_code", None, "region"),
    ("SIREN", "entity_code", None, "epci"),
    ("Région", "entity_name", None, "region"),
    ("Collectivité", "entity_name", None, None),
    ("conseil départemental", "entity_name", None, "departement"),
    ("plateforme", "platform", None, None),
    ("Présent", "present", None, None),
    ("abonnés", "followers", None, None),
    ("Population", "ignore", None, None),
    ("Taux d'engagement", "unknown", None, None),
])
def test_classify_header(header, role, platform, hint):
    from barometre.survey.headers import classify_header

    c = classify_header(header)
    assert (c.role, c.platform, c.type_hint) == (role, platform, hint)


def test_fast_path_numeric_followers_and_blanks(tmp_path, monkeypatch):
    from barometre.survey import fastcsv as survey

    p = tmp_path / "long.csv"
    p.write_text("code;plateforme;present;abonnes;date\n01001;Facebook;Oui;331;15/10/2024\n"
                 "01001;Facebook;Non;;15/10/2025\n44109;X;Oui;12000;15/10/2025\n"
                 "2A004;X;Oui;-4;15/10/2025\n", encoding="utf-8")
    slow = bm.validate(p)
    monkeypatch.setattr(survey, "FAST_CSV_BYTES", 0)
    fast = bm.validate(p)
    assert [(x.row, x.column, x.value, x.code) for x in fast] == [
        (x.row, x.column, x.value, x.code) for x in slow] == [
        (None, None, None, "multi-year"), (5, "abonnes", "-4", "count-negative")]
    df = bm.read_survey(p, errors="skip")
    assert list(df["followers"].astype("Float64").fillna(-1)) == [331, -1, 12000]


def test_survey_frame_saves_to_parquet_with_its_problems(tmp_path):
    """A notebook saves the frame it read: pandas writes ``attrs`` as JSON, and the
    problems (warnings about the demo's blank cells) come back as plain dicts, with their
    count; their rows (millions in a large file) are not in the dict side, nor copied by
    pandas at each step."""
    import copy

    import numpy as np
    import pandas as pd

    from barometre.survey.problems import PROBLEM_COLUMNS, Problem
    from tests.conftest import ROOT

    df = bm.read_survey(ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx")
    problems = df.attrs["problems"]
    assert problems and all(p.code in ("blank-unknown", "council-territories-filled")
                            for p in problems)
    df.to_parquet(tmp_path / "enquete.parquet")
    back = pd.read_parquet(tmp_path / "enquete.parquet")
    pd.testing.assert_frame_equal(back, df, check_dtype=False)
    assert back.attrs["problems"] == [dict(p) for p in problems]
    assert list(back.attrs["problems"][0]) == PROBLEM_COLUMNS + ["count"]
    assert back.attrs["problems"][0]["count"] == len(problems[0].rows) == 7
    kept = df[df["platform"] == "facebook"].attrs["problems"]  # pandas copies attrs
    assert kept == problems and kept[0] is not problems[0]
    assert kept[0].rows is problems[0].rows and kept[0].to_dict() == problems[0].to_dict()
    assert copy.deepcopy(problems[0]).rows is problems[0].rows
    assert back.attrs["file"] == df.attrs["file"] and back.attrs["fictitious"] is True
    # the dict side follows the fields; numpy row numbers become ints
    q = Problem(np.int64(7), "Facebook", "x", "error", "texte", code="type-error")
    assert q["row"] == 7 and type(q["row"]) is int and q.row == 7


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_saved_survey_frame_reads_again_to_the_same_figures(tmp_path, suffix):
    """A frame saved by a notebook (to_csv / to_parquet) is a long survey file: read again,
    the same figures, and no warning about read_survey's own ``source_row`` column."""
    from tests.conftest import ROOT

    src = ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv"
    df = bm.read_survey(src)
    out = tmp_path / f"enquete{suffix}"
    df.to_csv(out, index=False) if suffix == ".csv" else df.to_parquet(out)
    assert [p.code for p in bm.validate(out)] == [p.code for p in bm.validate(src)]
    again = bm.read_survey(out)
    cols = ["platform", "year", "n_present", "n_base", "share"]
    assert bm.adoption(again)[cols].equals(bm.adoption(df)[cols])


def test_a_count_followed_by_a_unit_word_is_read_with_a_warning(cli, tmp_path):
    """« 3 200 abonnés » is 3 200, said (count-unit, its row) as « 12,5 k » is; text that
    is not clearly a unit after a number stays an error."""
    f = tmp_path / "suivi.csv"
    f.write_text("Code département;Facebook;Abonnés Facebook\n"
                 "29;Oui;62 400\n22;Oui;3 200 abonnés\n56;Oui;12,5 k Abonnés\n"
                 "35;Oui;1 250 FOLLOWERS\n53;Oui;800 j’aime\n44;Oui;environ 3 200 abonnés\n"
                 "49;Oui;3 200 abonnés Instagram\n", encoding="utf-8")
    problems = bm.validate(f)
    assert [(p.row, p.severity, p.code) for p in problems] == [
        (3, "warning", "count-unit"), (4, "warning", "count-abbreviated"),
        (5, "warning", "count-unit"), (6, "warning", "count-unit"),
        (7, "error", "count-invalid"), (8, "error", "count-invalid")]
    res = cli("validate", f)
    assert ("suivi.csv, ligne 3, colonne « Abonnés Facebook » : avertissement : « 3 200 abonnés "
            "» lu comme 3\u202f200 abonnés (le mot après le nombre laissé de côté) ; écrivez 3200 "
            "seul dans la cellule") in res.stdout.replace("\u00a0", " ")
    df = bm.read_survey(f, errors="skip").set_index("code")
    assert df.loc[["22", "56", "35", "53"], "followers"].tolist() == [3200, 12500, 1250, 800]
    assert parse_count("3 200 abonnés") == 3200
