"""Issue #12: every cell counted as the user meant it, every interpretation said out loud.

Files: tests/files/cases/, written by tests/files/make_survey_cases.py in the shapes users
have (the template filled by hand, French Excel CSV, "x" columns, accounts, a future date…).
"""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

import barometre as bm
from barometre.survey import fastcsv
from barometre.domain.errors import UsageError
from barometre.messages import Msg, text
from tests.conftest import FILES, as_json

CASES = FILES / "cases"
NO_DATE = CASES / "enquete-departements-non-sans-date.xlsx"
ALL_DATES = CASES / "enquete-departements-toutes-dates.xlsx"


def shares(records: list[dict]) -> dict[str, tuple]:
    return {r["platform"]: (r["n_present"], r["n_base"], r["n_unknown"], r["share"])
            for r in records}


def codes(problems) -> list[tuple]:
    return [(p.code, p.severity, p.column) for p in problems]


# --------------------------------------------------------------------------- blank "Non" dates

def test_non_rows_without_date_belong_to_the_wave(cli):
    # Instagram: "x" and blanks, no "Non", in barometre's template: ambiguous (an error,
    # blank-ambiguous, below) until --blank says which reading (fix18a: was read as not
    # answered without being asked)
    blank_dates = shares(as_json(cli("compare", "--type", "departement", "--data", NO_DATE,
                                     "--blank", "unknown", "-f", "json")))
    every_date = shares(as_json(cli("compare", "--type", "departement", "--data", ALL_DATES,
                                    "--blank", "unknown", "-f", "json")))
    assert blank_dates == every_date
    # 91 Oui, 4 Non (blank dates), 6 unchecked: 91/95 = 96 %, not 91/91 = 100 %
    assert blank_dates["facebook"] == (91, 95, 6, pytest.approx(91 / 95, abs=1e-6))
    assert blank_dates["instagram"] == (56, 56, 45, pytest.approx(1.0))


def test_validate_says_how_blanks_and_dates_were_counted():
    problems = bm.validate(NO_DATE)
    # s36: the rows nobody filled said apart in every column, Facebook's (a column that
    # writes its « Non ») as Instagram's, never among the column's own blanks
    assert codes(problems) == [
        ("blank-unfilled", "warning", "Facebook - présence"),
        ("blank-unknown", "warning", "Facebook - présence"),
        ("blank-unfilled", "warning", "Instagram - présence"),
        ("blank-ambiguous", "error", "Instagram - présence"),
        ("wave-date", "warning", None),
        # 2A and 2B, 67 and 68 give their council's Facebook count twice (1000 + 37 × row)
        ("council-territories-filled", "warning", None),
        ("council-territories-filled", "warning", None)]
    # rows 63, 79 and 101 hold no answer at all, in a file that writes its "Non"
    assert problems[0].message == (
        "Facebook : 3 cellules vides sur des lignes sans aucune réponse, comptées comme « non "
        "renseigné » (lignes 63, 79, 101) ; blank=\"absent\" pour les compter comme absence")
    assert problems[1].message == (
        "Facebook : 3 cellules vides comptées comme « non renseigné » (lignes 7, 25, 42) ; "
        "blank=\"absent\" pour les compter comme absence")
    assert problems[2].message == (
        "Instagram : 3 cellules vides sur des lignes sans aucune réponse, comptées comme « non "
        "renseigné » (lignes 63, 79, 101) ; blank=\"absent\" pour les compter comme absence")
    problems = problems[1:]  # as before s36, from Instagram's ambiguous blanks on
    assert problems[2].message == (
        "Instagram : 42 cellules vides (lignes 58, 59, 60, 61, 62, …) dans une colonne sans "
        "aucun « Non » : ambigu dans le modèle de barometre, dont le mode d'emploi demande "
        "d'écrire Non quand la collectivité n'a pas de compte ; blank=\"absent\" si une case "
        "vide veut dire pas de compte (case à cocher : « x » ou vide), blank=\"unknown\" si "
        "elle veut dire pas encore vérifié (hors base) ; ou écrivez Non là où il n'y a pas de "
        "compte")
    assert problems[2].rows[:3].tolist() == [58, 59, 60] and problems[2].count == 42
    # 4 Facebook "Non" + 56 Instagram "x" have no date of their own (a blank not answered
    # is no reading to date)
    assert problems[3].message == ("60 relevés sans date rattachés à la date de la vague, "
                                   "15 octobre 2025 (lignes 2, 3, 4, 5, 6, …)")
    df = bm.read_survey(NO_DATE, blank="unknown")
    assert df["date"].isna().sum() == 0  # every reading belongs to the wave
    assert set(df["year"].dropna()) == {2025}


def test_blank_option_overrides_the_column_rule(cli):
    absent = shares(as_json(cli("compare", "--type", "departement", "--data", NO_DATE,
                                "--blank", "absent", "-f", "json")))
    assert absent["facebook"][:3] == (91, 101, 0)  # 101 départements: n_base 101
    unknown = shares(as_json(cli("compare", "--type", "departement", "--data", NO_DATE,
                                 "--blank", "inconnu", "-f", "json")))
    assert unknown["instagram"][:3] == (56, 56, 45)
    problems = bm.validate(NO_DATE, blank="unknown")
    assert problems[1].code == "blank-unknown"
    assert problems[1].message == (
        "Instagram : 45 cellules vides comptées comme « non renseigné » (lignes 58, 59, 60, 61, "
        "62, …), comme demandé (blank=\"unknown\")")


def test_blank_option_on_every_command(cli, tmp_path):
    assert cli("validate", NO_DATE, "--blank", "absent").exit_code == 0
    assert cli("rank", "--platform", "facebook", "--data", NO_DATE, "--blank", "inconnu",
               "-f", "json").exit_code == 0
    assert cli("benchmark", "--entity", "44", "--data", NO_DATE, "--blank", "absent",
               "-f", "json").exit_code == 0
    assert cli("chart", "adoption", "--data", NO_DATE, "--type", "departement",
               "--blank", "absent", "-o", tmp_path / "a.png").exit_code == 0
    assert cli("report", "--data", NO_DATE, "--blank", "unknown",
               "-o", tmp_path / "r.xlsx").exit_code == 0
    bad = cli("validate", NO_DATE, "--blank", "peut-etre")
    assert bad.exit_code == 2
    with pytest.raises(UsageError) as exc:
        bm.read_survey(NO_DATE, blank="parfois")
    assert exc.value.code == "bad-blank"


def test_compare_table_says_not_answered(cli):
    out = cli("compare", "--type", "departement", "--data", NO_DATE, "--blank", "unknown").stdout
    line = next(x for x in out.splitlines() if "Facebook" in x)
    assert "91/95" in line and line.endswith("95 entités de l'enquête ; 6 autres sans réponse, "
                                             "hors base")
    csv = cli("compare", "--type", "departement", "--data", NO_DATE, "--blank", "unknown",
              "-f", "csv").stdout
    # then the coverage, as trend --data and bm.adoption give it
    # prov20: then whether the file is fictitious; ci25: before it, what the interval is
    # msc28: of the "any" row's, n_unknown_partial those that answered "Non" somewhere (a
    # column since some did here; empty on a platform's row)
    assert csv.splitlines()[0].endswith(
        ",n_unknown,n_unknown_partial,n_reference,n_surveyed,coverage,ci_kind,fictitious")
    assert csv.splitlines()[1].split(",")[-7:-5] == ["6", ""]


def test_x_column_and_one_non():
    df = bm.read_survey(CASES / "departements-x.csv")
    fb, ig = (df[df.platform == p]["present"] for p in ("facebook", "instagram"))
    # the 30 rows blank on both platforms, in a file that writes a "Non": not filled in,
    # not absent from Facebook (said, with their rows; --blank absent counts them absent)
    assert (int(fb.sum()), int(fb.notna().sum())) == (56, 71)
    assert (int(ig.sum()), int(ig.notna().sum()), int(ig.isna().sum())) == (70, 71, 30)
    assert codes(df.attrs["problems"]) == [("blank-unfilled", "warning", "Facebook"),
                                           ("blank-absent", "warning", "Facebook"),
                                           # s36: the 30 rows nobody filled, said so
                                           ("blank-unfilled", "warning", "Instagram")]
    forced = bm.read_survey(CASES / "departements-x.csv", blank="absent")
    assert int(forced[forced.platform == "facebook"]["present"].notna().sum()) == 101


def test_accounts_non_and_blanks(cli):
    rec = as_json(cli("compare", "--type", "region", "--data", CASES / "regions-tiktok.csv",
                      "-f", "json"))
    assert shares(rec)["tiktok"][:3] == (6, 13, 5)
    rec = as_json(cli("compare", "--type", "region", "--data", CASES / "regions-tiktok.csv",
                      "--blank", "absent", "-f", "json"))
    assert shares(rec)["tiktok"][:3] == (6, 18, 0)
    [p] = bm.validate(CASES / "regions-tiktok.csv")
    assert p.message == ("TikTok : 5 cellules vides comptées comme « non renseigné » "
                         "(lignes 15, 16, 17, 18, 19) ; blank=\"absent\" pour les compter comme "
                         "absence")


def test_template_instructions_state_the_rule(tmp_path):
    import openpyxl

    out = bm.write_template(tmp_path / "t.xlsx", "region", ["facebook"])
    lines = [r[0] for r in openpyxl.load_workbook(out)["Mode d'emploi"].iter_rows(values_only=True)
             if r[0]]
    said = "\n".join(lines)
    assert "laissez vide seulement si vous n'avez pas vérifié" in said
    # what this workbook does (its blanks are not answered: test_template_blanks_…), and
    # what a CSV saved from it does (the column rule)
    assert ("dans ce classeur, une case de présence vide veut dire «\u00a0non renseigné\u00a0»\u00a0: la "
            "collectivité sort du calcul pour ce réseau, elle ne compte pas comme «\u00a0pas de "
            "compte\u00a0»\u202f; écrivez donc Non pour une collectivité sans compte") in said
    assert ("un fichier CSV enregistré depuis ce classeur, ou cette feuille copiée dans un "
            "autre classeur, n'est plus reconnu comme ce modèle\u00a0: dans une colonne sans aucun "
            "«\u00a0Non\u00a0» (seulement Oui, x, adresses, @comptes ou nombres d'abonnés), une case vide "
            "y veut dire «\u00a0pas de compte\u00a0» (absence)") in said
    assert "une ligne sans date du relevé compte à la date de l'enquête" in said
    # the date need not be repeated, but a file without any has no year (fix18a)
    assert ("inutile de la répéter sur chaque ligne, mais remplissez-la au moins une fois (ou "
            "donnez --date)\u00a0: sans aucune date, l'année des chiffres n'est pas connue") in said
    # the « x or blank » column, without any « Non »: an error until --blank says (fix18a)
    assert ("une colonne de «\u00a0x\u00a0» (ou Oui) et de cases vides, sans aucun «\u00a0Non\u00a0», est "
            "ambiguë\u00a0: case à cocher (vide = pas de compte) ou pas encore vérifié\u202f? «\u00a0barometre "
            "validate\u00a0» la signale comme une erreur, et l'analyse attend --blank absent (vide = "
            "pas de compte) ou --blank unknown (vide = pas encore vérifié), ou des Non écrits"
            ) in said


def _filled_template(folder):
    """The reviewer's case: the département template filled for 40 rows, Facebook "Oui"
    everywhere but on row 6 (left blank: not checked), Instagram "Oui" or "Non"."""
    import openpyxl

    out = bm.write_template(folder / "modele.xlsx", "departement", ["facebook", "instagram"])
    wb = openpyxl.load_workbook(out)
    ws = wb["Enquête"]
    for r in range(2, 42):
        if r != 6:
            ws.cell(r, 5, "Oui")
            ws.cell(r, 7, 1000 + r)
        ws.cell(r, 9, "Non" if r % 3 == 0 else "Oui")
    return wb


def test_template_blanks_without_any_non_are_ambiguous(cli, tmp_path):
    """A filled template: its « Mode d'emploi » asks for Non where there is no account, yet
    the Facebook column holds none, only « Oui » and the blank of row 6: checked and no
    account, or not checked? An error, blank-ambiguous, with its row (fix18a: it was read
    as not answered, 39/39, with a warning, blank-template); --blank says which reading:
    unknown 39/39 (the report's Données does not show it « Non »), absent 39/101."""
    import openpyxl

    wb = _filled_template(tmp_path)
    filled = tmp_path / "modele-rempli.xlsx"
    wb.save(filled)  # saved by the user's tool: barometre's mark gone, its title kept
    [p] = [p for p in bm.validate(filled) if p.code == "blank-ambiguous"]
    assert (p.column, p.count, p.rows.tolist(), p.severity) == ("Facebook - présence", 1, [6],
                                                                 "error")
    assert p.message == (
        "Facebook : 1 cellule vide (ligne 6) dans une colonne sans aucun « Non » : ambigu dans "
        "le modèle de barometre, dont le mode d'emploi demande d'écrire Non quand la "
        "collectivité n'a pas de compte ; blank=\"absent\" si une case vide veut dire pas de "
        "compte (case à cocher : « x » ou vide), blank=\"unknown\" si elle veut dire pas "
        "encore vérifié (hors base) ; ou écrivez Non là où il n'y a pas de compte")
    res = cli("validate", filled, "--lang", "en")
    assert res.exit_code == 1
    assert ("Facebook: 1 blank cell (line 6) in a column without any “Non” (or “No”): "
            "ambiguous in barometre's template") in res.stdout
    # Instagram writes its "Non": its blanks were not answered before, and still are (s36:
    # all on rows nobody filled, said so)
    assert [p.column for p in bm.validate(filled) if p.code == "blank-unfilled"] == [
        "Facebook - présence", "Instagram - présence"]
    # the commands that count refuse it, saying what to type
    for args in (("compare", "--data", filled, "--type", "departement"),
                 ("rank", "--platform", "facebook", "--data", filled),
                 ("report", "--data", filled, "-o", tmp_path / "refused.xlsx")):
        res = cli(*args)
        assert res.exit_code == 1, args
        assert "--blank absent si une case vide veut dire pas de compte" in res.output
        assert "--blank unknown si elle veut dire pas encore vérifié" in res.output
    assert not (tmp_path / "refused.xlsx").exists()
    # --blank unknown: the old reading, not answered (said as asked: no error)
    fb = next(x for x in cli("compare", "--data", filled, "--type", "departement",
                             "--blank", "unknown").stdout.splitlines() if "Facebook" in x)
    assert "100\u202f%  39/39" in fb and fb.endswith("39 entités de l'enquête ; 62 autres sans réponse, "
                                                "hors base")
    assert {p.severity for p in bm.validate(filled, blank="unknown")} == {"warning"}
    cli("report", "--data", filled, "--blank", "unknown", "-o", tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx")["Données"]
    values = list(ws.iter_rows(values_only=True))  # a note may sit above the table
    at = next(i for i, r in enumerate(values) if "Présent" in r)
    heads = list(values[at])
    row = next(dict(zip(heads, r)) for r in values[at + 1:]
               if r[0] == "05" and r[3] == "Facebook")
    assert row["Présent"] is None  # not « Non »
    # --blank absent: its reading, as asked
    absent = shares(as_json(cli("compare", "--data", filled, "--type", "departement",
                                "--blank", "absent", "-f", "json")))
    assert absent["facebook"][:2] == (39, 101)
    # its title lost (a tool that drops it), its instructions sheet kept: still the template
    wb.properties.title = None
    wb.save(filled)
    assert "blank-ambiguous" in [p.code for p in bm.validate(filled)]


def test_a_hand_made_file_keeps_the_column_rule(cli, tmp_path):
    """The same answers outside the template (its sheet copied into a plain workbook, or
    saved as CSV): a column without any « Non » reads its blank as an absence, 39/40."""
    import openpyxl

    sheet = _filled_template(tmp_path)["Enquête"]
    plain = openpyxl.Workbook()
    for row in sheet.iter_rows(values_only=True):
        plain.active.append(row)
    plain.save(tmp_path / "suivi.xlsx")
    with open(tmp_path / "suivi.csv", "w", encoding="utf-8", newline="") as fh:
        for row in sheet.iter_rows(values_only=True):
            fh.write(";".join("" if v is None else str(v) for v in row) + "\n")
    for f in (tmp_path / "suivi.xlsx", tmp_path / "suivi.csv"):
        fb = next(x for x in cli("compare", "--data", f, "--type", "departement"
                                 ).stdout.splitlines() if "Facebook" in x)
        assert "98\u202f%  39/40" in fb, (f, fb)
        problems = bm.validate(f)
        assert "blank-ambiguous" not in [p.code for p in problems]
        [p] = [p for p in problems if p.code == "blank-absent"]
        assert (p.count, p.rows.tolist()) == (1, [6])


# --------------------------------------------------------------------------- dates

def test_future_date_is_an_error_naming_its_row(cli):
    [p] = bm.validate(CASES / "departements-date-futur.csv")
    assert (p.row, p.column, p.value, p.severity, p.code) == (
        52, "Date du relevé", "15/10/2052", "error", "future-date")
    assert p.message == text("future-date", "fr")
    res = cli("compare", "--type", "departement", "--data", CASES / "departements-date-futur.csv")
    assert res.exit_code == 1 and "ligne 52" in res.output
    df = bm.read_survey(CASES / "departements-date-futur.csv", errors="skip")
    assert len(df) == 100 and set(df["year"]) == {2025}


def test_several_years_counted_and_compare_says_what_it_left_aside(cli):
    f = CASES / "departements-deux-annees.csv"
    [p] = [x for x in bm.validate(f)  # 67/68, 2A/2B: their councils' rows, said apart
           if x.code not in ("council-territories-filled", "council-territories-disagree")]
    assert p.code == "multi-year"
    assert p.message == ("le fichier couvre plusieurs années : 2024 (101 relevés), 2025 "
                         "(101 relevés) ; compare_survey montre la dernière, year= pour en choisir "
                         "une autre")
    out = cli("compare", "--type", "departement", "--data", f).stdout
    assert "Année 2025 ; laissé de côté : 2024 (101 entités)" in out.splitlines()
    res = cli("compare", "--type", "departement", "--data", f, "-f", "json")
    assert "Année 2025 ; laissé de côté : 2024 (101 entités)" in res.stderr
    rec = shares(json.loads(res.stdout))
    assert rec["facebook"][:2] == (94, 101)


def test_date_option_gives_the_wave_date(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("Code département;Facebook\n01;Oui\n02;Non\n", encoding="utf-8")
    df = bm.read_survey(f, date="15/10/2025")
    assert list(df["year"]) == [2025, 2025]
    assert [p.code for p in df.attrs["problems"]] == ["wave-date"]
    for bad, code in (("2052-01-01", "future-wave-date"), ("demain", "bad-wave-date")):
        with pytest.raises(UsageError) as exc:
            bm.read_survey(f, date=bad)
        assert exc.value.code == code


def test_a_refused_date_is_never_the_wave_date_of_an_undated_row(tmp_path):
    """Two rows dated 15/10/2003 (before 2004: refused) and one undated: the undated row
    took the refused date as its wave's and was counted in 2003 under errors="skip"; the
    wave's date comes from the dates the reader accepts (here none: the row stays undated).
    A file with one accepted date still gives it."""
    f = tmp_path / "x.csv"
    f.write_text("Code département;Facebook;Date\n01;Oui;15/10/2003\n02;Oui;\n"
                 "03;Non;15/10/2003\n", encoding="utf-8")
    df = bm.read_survey(f, errors="skip")
    assert list(df["code"]) == ["02"]
    assert df["date"].isna().all() and df["year"].isna().all()
    # row 02 kept without a date: said (no-date, fix18a), beside the two refused dates
    assert [p.code for p in df.attrs["problems"]] == ["no-date"] + ["date-out-of-range"] * 2
    assert df.attrs["problems"][0].rows.tolist() == [3]
    f.write_text("Code département;Facebook;Date\n01;Oui;15/10/2003\n02;Oui;\n"
                 "03;Non;15/10/2025\n", encoding="utf-8")
    df = bm.read_survey(f, errors="skip")
    assert dict(zip(df["code"], df["year"])) == {"02": 2025, "03": 2025}
    assert [p.code for p in df.attrs["problems"]] == ["wave-date", "date-out-of-range"]


# --------------------------------------------------------------------------- code and name

def test_code_and_name_must_agree():
    f = CASES / "communes-code-nom.csv"
    problems = bm.validate(f)
    assert [(p.row, p.code, p.severity) for p in problems] == [
        (3, "code-name-mismatch", "error"),
        (4, "name-for-blank-code", "warning"),
        (6, "code-name-unknown", "warning")]
    assert problems[0].message == ("le code 33063 désigne Bordeaux, mais le nom « Ligné » "
                                   "désigne Ligné (16185) ou Ligné (44082)")
    assert (problems[1].column, problems[1].value, problems[1].message) == (
        "Commune", "Rennes", "« Rennes » → Rennes (35238) : code vide, ligne lue d'après le nom")
    df = bm.read_survey(f, errors="skip")
    assert list(df["code"]) == ["44109", "35238", "75056", "69123", "13055"]


# --------------------------------------------------------------------------- fast CSV path

def test_quote_after_line_200_same_on_both_paths(monkeypatch):

    f = CASES / "departements-guillemets.csv"
    normal = bm.read_survey(f)
    monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    # nothing said but the council's counts given twice (67 and 68, 2A and 2B) and the
    # Lozère's "1 600 000" (line 252), more followers than its 76 486 inhabitants
    assert {p.code for p in bm.validate(f)} <= {"council-territories-filled",
                                                "count-above-population"}
    fast = bm.read_survey(f)
    assert fast.drop(columns=[]).equals(normal)
    assert int(fast.loc[fast["source_row"] == 252, "followers"].iloc[0]) == 1_600_000


# --------------------------------------------------------------------------- demo data

@pytest.mark.parametrize("name, expected", [
    # the demo's 67 and 68 (2A and 2B) record one council as a survey would: nothing said
    ("enquete-departements-donnees-fictives.xlsx", {"blank-unknown"}),
    ("releves-departements-donnees-fictives.csv", {"multi-year"})])
def test_demo_files_say_their_interpretations_and_have_no_error(name, expected):
    from tests.conftest import ROOT

    problems = bm.validate(ROOT / "data" / "demo" / name)
    assert [p for p in problems if p.severity == "error"] == []
    assert {p.code for p in problems} == expected


@pytest.mark.parametrize("name", ["enquete", "releves", "vague-2024", "vague-2025"])
def test_packaged_demo_files_say_nothing_about_councils(name):
    """Our own data must not trip our own warnings: the demo records the councils of two
    territories as a real survey would (one account, the same answer on 67 and 68, 2A and
    2B, its count on one row), so that a newcomer's first validate says nothing about
    them, and the blank count beside « Oui » on the other row says nothing either."""
    path = bm.demo_file(name)
    said = [(p.code, p.rows.tolist() if p.rows is not None else None)
            for p in bm.validate(path) if p.code.startswith("council-")]
    assert said == [], path.name
    df = bm.read_survey(path)
    twins = df[df["code"].isin(["67", "68", "2A", "2B"])]
    assert set(twins["code"]) == {"67", "68", "2A", "2B"}
    for (year, platform), g in twins.groupby(["year", "platform"]):
        by = dict(zip(g["code"], zip(g["present"], g["followers"])))
        for first, twin in (("67", "68"), ("2A", "2B")):
            # the same answer where both answered; a count on one row at most
            answers = {by[c][0] for c in (first, twin) if not pd.isna(by[c][0])}
            assert len(answers) <= 1, (name, year, platform, first)
            assert sum(not pd.isna(by[c][1]) for c in (first, twin)) <= 1, (name, platform)


def test_demo_waves_record_non_answers():
    from tests.conftest import ROOT

    df = bm.read_survey(ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv")
    for year in (2024, 2025):
        fb = df[(df.year == year) & (df.platform == "facebook")]
        assert len(fb) == 101 and (fb["present"] == False).sum() > 0  # noqa: E712


# --------------------------------------------------------------------------- outputs

USER_FILES = ["mon-classeur.xlsx", "mon-graphique.png", "mon-graphique.svg",
              "mon-graphique.pdf"]


@pytest.mark.parametrize("name", USER_FILES)
def test_outputs_never_overwrite_a_users_file(cli, tmp_path, name):
    target = tmp_path / name
    shutil.copy(CASES / name, target)
    before = target.read_bytes()
    if name.endswith(".xlsx"):
        commands = [["template", "--type", "region", "-o", target],
                    ["report", "--type", "region", "--year", "2015", "--source", "ideose",
                     "-o", target]]
    else:
        commands = [["chart", "adoption", "--type", "region", "--year", "2015",
                     "--source", "ideose", "-o", target]]
    for args in commands:
        res = cli(*args)
        assert res.exit_code == 2, res.output
        assert text("output-not-ours", "fr", file=name, force=Msg("output-force-cli")) in res.output
        assert target.read_bytes() == before
    # --force overwrites; then the file is barometre's own and may be regenerated
    res = cli(*commands[-1], "--force")
    assert res.exit_code == 0, res.output
    assert target.read_bytes() != before
    assert bm.render.files.written_by_barometre(target)
    assert cli(*commands[-1]).exit_code == 0


def test_template_refuses_a_filled_survey_but_regenerates_its_own(cli, tmp_path):
    filled = tmp_path / "enquete.xlsx"
    shutil.copy(NO_DATE, filled)  # barometre's template, filled and saved by the user's tool
    before = filled.read_bytes()
    res = cli("template", "--type", "departement", "-o", filled)
    assert res.exit_code == 2 and filled.read_bytes() == before
    fresh = tmp_path / "modele.xlsx"
    assert cli("template", "--type", "departement", "-o", fresh).exit_code == 0
    assert cli("template", "--type", "region", "-o", fresh).exit_code == 0
    with pytest.raises(UsageError):
        bm.write_template(filled, "region")
    bm.write_template(filled, "region", force=True)
    assert bm.render.files.written_by_barometre(filled)


def test_a_workbook_holding_answers_is_never_replaced_without_force(cli, tmp_path,
                                                                    monkeypatch):
    """The demo survey carries barometre's mark (scripts/make_demo_data.py writes it), so
    `template -o enquete.xlsx` replaced it silently, and `bm.write_report("enquete.xlsx",
    a, survey=s)` with s read from it too (review14b). A workbook holding answers is
    replaced only with --force / force=True, each surface saying its own word; a report
    never replaces its survey's file, named or not."""
    monkeypatch.chdir(tmp_path)
    demo = tmp_path / "enquete.xlsx"
    shutil.copy(bm.demo_file("enquete"), demo)
    before = demo.read_bytes()
    assert bm.render.files.written_by_barometre(demo) and bm.render.files.holds_answers(demo)
    res = cli("template", "--type", "region", "-o", "enquete.xlsx")
    assert res.exit_code == 2 and demo.read_bytes() == before
    assert res.stderr == ("barometre : enquete.xlsx est un classeur qui contient des réponses "
                          "d'enquête : refus de le remplacer ; choisissez un autre nom ou "
                          "ajoutez --force\n")
    en = cli("report", "--type", "region", "-o", "enquete.xlsx", "--lang", "en")
    assert en.exit_code == 2 and en.stderr.endswith("choose another name or add --force\n")
    s = bm.read_survey("enquete.xlsx")
    a = bm.adoption(s)
    with pytest.raises(UsageError) as exc:
        bm.write_template("enquete.xlsx", "region")
    assert exc.value.message.endswith("choisissez un autre nom ou passez force=True")
    # the survey's own file is an input, even unnamed (and even with force=True); so is
    # the file the figures were counted from, with no survey= (api29: force=True, which
    # the refusal advised, overwrote it)
    for force in (False, True):
        with pytest.raises(UsageError) as exc:
            bm.write_report("enquete.xlsx", a, force=force)
        assert exc.value.code == "output-is-input"
        with pytest.raises(UsageError) as exc:
            bm.write_report("enquete.xlsx", a, survey=s, force=force)
        assert exc.value.code == "output-is-input"
        with pytest.raises(UsageError) as exc:
            bm.write_report("enquete.xlsx", bm.analysis.report.report_data(a, survey=s),
                            force=force)
        assert exc.value.code == "output-is-input"
    assert demo.read_bytes() == before
    # an empty template and a report are barometre's own: regenerated freely
    assert cli("template", "--type", "region", "-o", "modele.xlsx").exit_code == 0
    assert not bm.render.files.holds_answers(tmp_path / "modele.xlsx")
    assert cli("template", "--type", "departement", "-o", "modele.xlsx").exit_code == 0
    assert cli("report", "--data", "enquete.xlsx", "-o", "rapport.xlsx").exit_code == 0
    assert cli("report", "--data", "enquete.xlsx", "-o", "rapport.xlsx").exit_code == 0
    # --force / force=True replace it
    assert cli("template", "--type", "region", "-o", "enquete.xlsx", "--force").exit_code == 0
    assert demo.read_bytes() != before


def test_validate_json_carries_stable_codes(cli):
    res = cli("validate", CASES / "communes-code-nom.csv", "-f", "json")
    assert res.exit_code == 1
    records = json.loads(res.stdout)
    assert [(r["row"], r["code"]) for r in records] == [
        (3, "code-name-mismatch"), (4, "name-for-blank-code"), (6, "code-name-unknown")]
    assert bm.problems_frame(bm.validate(CASES / "communes-code-nom.csv"))["code"].tolist() == [
        "code-name-mismatch", "name-for-blank-code", "code-name-unknown"]


def test_blank_platform_date_falls_back_on_the_row_date(tmp_path):
    f = tmp_path / "dates.csv"
    f.write_text("Code département;Facebook;Date Facebook;Date du relevé\n"
                 "01;Oui;01/10/2025;15/09/2025\n02;Non;;15/09/2025\n03;Oui;02/10/2025;\n",
                 encoding="utf-8")
    df = bm.read_survey(f)
    assert [d.strftime("%d/%m/%Y") for d in df["date"]] == ["01/10/2025", "15/09/2025",
                                                           "02/10/2025"]
    assert [p.code for p in df.attrs["problems"]] == []


def test_coverage_counts_entities_that_answered_not_template_rows(tmp_path, cli):
    """A template with 9 of 101 départements answered covers 9, not 101 (the review found
    "101 sur 101" next to "92 non renseignées")."""
    import openpyxl

    out = tmp_path / "enquete.xlsx"
    bm.write_template(out, "departement", ["facebook"])
    wb = openpyxl.load_workbook(out)
    ws = wb["Enquête"]
    for r in range(2, 11):  # 9 rows answered, one of them "Non"
        ws.cell(r, 5).value = "Non" if r == 2 else "Oui"
    filled = tmp_path / "remplie.xlsx"
    wb.save(filled)
    a = bm.adoption(bm.read_survey(filled))
    fb = a[a["platform"] == "facebook"].iloc[0]
    assert (fb["n_present"], fb["n_base"], fb["n_unknown"], fb["n_surveyed"]) == (8, 9, 92, 9)
    res = cli("compare", "--data", filled, "--type", "departement")
    assert res.stdout.startswith("Couverture : 9 sur 101 départements avec au moins une réponse dans le fichier")


def test_former_commune_names_in_a_survey_are_said(tmp_path):
    f = tmp_path / "anciens.csv"
    f.write_text("Commune;Facebook\nCherbourg-Octeville;Oui\nNantes;Non\nAnnecy-le-Vieux;Oui\n",
                 encoding="utf-8")
    probs = [p for p in bm.validate(f, type="commune") if p.code == "former-name-read"]
    assert [(p.value, p.severity) for p in probs] == [("Cherbourg-Octeville", "warning"),
                                                      ("Annecy-le-Vieux", "warning")]
    assert "Cherbourg-en-Cotentin (50129) (ligne 2)" in probs[0].message
    assert sorted(bm.read_survey(f, type="commune")["code"]) == ["44109", "50129", "74010"]


def test_strata_of_a_complete_file_are_censuses(tmp_path):
    """Split by size band, each band is its own population: a band fully answered is a census,
    a partial one gets the correction for the band's size (not the whole type's)."""
    rows = ["Code département;Facebook"] + [f"{c};{'Oui' if i % 3 else 'Non'}"
                                             for i, c in enumerate(bm.entities("departement")["code"])]
    f = tmp_path / "tous.csv"
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    a = bm.adoption(bm.read_survey(f), by="strate")
    fb = a[a["platform"] == "facebook"]
    # no interval for a band's census (was the share twice)
    assert fb["census"].all() and fb["ci_low"].isna().all() and fb["ci_high"].isna().all()
    assert fb["n_base"].sum() == 101
    part = tmp_path / "partiel.csv"
    part.write_text("\n".join(rows[:60]) + "\n", encoding="utf-8")
    b = bm.adoption(bm.read_survey(part), by="strate")
    big = b[(b["platform"] == "facebook") & (b["n_base"] > 1)].iloc[0]
    assert not big["census"] and big["ci_low"] < big["share"] < big["ci_high"]


@pytest.mark.parametrize(("header", "row", "name"), [
    ("Code;Commune;Facebook", "01004;Ambronay;Oui", "Ambronay (01007)"),
    ("Code;Département;Facebook", "01;Aisne;Oui", "Aisne (02)"),
])
def test_a_bare_code_column_is_checked_against_the_name_column_of_the_files_type(
        tmp_path, header, row, name):
    """"Code;Commune" is the most common header pair: a code and a name that disagree are an
    error there too (the row was once counted for the code without a word)."""
    path = tmp_path / "enquete.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    errors = [p for p in bm.validate(path) if p.severity == "error"]
    assert len(errors) == 1 and name in errors[0].message and errors[0].row == 2


def test_a_bad_date_shared_by_every_platform_is_said_once(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("Code département;Facebook;Instagram;X;Date du relevé\n"
                    "01;Oui;Non;Oui;15/10/2025\n02;Oui;Oui;Non;31/02/2025\n"
                    "03;Non;Oui;Oui;15/10/2052\n", encoding="utf-8")
    errors = [(p.row, p.code) for p in bm.validate(path) if p.severity == "error"]
    assert sorted(errors) == [(3, "date-invalid"), (4, "future-date")]
    df = bm.read_survey(path, errors="skip")
    assert sorted(df["code"].unique()) == ["01"]  # the rows of the bad dates left out, per platform


# --------------------------------------------------------------------------- unfilled rows and columns

def test_rows_and_columns_nobody_filled_are_not_counted_absent(cli, tmp_path):
    """A template filled for 3 départements of 5: Facebook and X written Oui/Non, Instagram
    "x" or blank, TikTok never touched. The untouched row is not absent everywhere, and the
    TikTok column is not a census of 0 %: both were counted so (Instagram 1/5 and TikTok
    0/5 "exhaustif", "au moins un réseau" known for 5)."""
    src = tmp_path / "partiel.csv"
    src.write_text("code;Facebook;Instagram;X;TikTok\n01;Oui;x;Non;\n02;Non;;Non;\n"
                   "03;Oui;;Oui;\n04;;;;\n05;;;;\n", encoding="utf-8")
    got = shares(as_json(cli("compare", "--type", "departement", "--data", src, "-f", "json")))
    assert got["instagram"] == (1, 3, 2, pytest.approx(1 / 3, abs=1e-6))
    assert got["facebook"][:3] == (2, 3, 2) and got["x"][:3] == (1, 3, 2)
    assert got["any"][:3] == (2, 3, 2)  # 02 is on none of the three surveyed platforms
    assert "tiktok" not in got
    problems = bm.validate(src)
    # s36: Facebook's blanks all on the rows nobody filled, said so as Instagram's
    assert codes(problems)[:2] == [("empty-platform-column", "warning", "TikTok"),
                                   ("blank-unfilled", "warning", "Facebook")]
    assert problems[0].message.startswith("TikTok : aucune réponse dans la colonne (ni présence, "
                                          "ni abonnés, ni compte) : réseau non relevé")
    unfilled = [p for p in problems if p.code == "blank-unfilled"]
    assert [p.column for p in unfilled] == ["Facebook", "Instagram", "X"]  # s36: each column
    assert all("(lignes 5, 6)" in p.message for p in unfilled)
    # --blank absent: the blanks of the columns filled are absences, as asked; the untouched
    # TikTok column stays not surveyed (blank25: it read 0/5, census)
    forced = shares(as_json(cli("compare", "--type", "departement", "--data", src,
                                "--blank", "absent", "-f", "json")))
    assert "tiktok" not in forced and forced["instagram"][:3] == (1, 5, 0)
    en = cli("validate", src, "--type", "departement", "--lang", "en")
    assert "TikTok: no answer in the column (no presence, count or account): platform not " \
           "surveyed, left aside" in en.stderr + en.stdout


def test_a_file_without_any_non_keeps_the_x_or_blank_convention(tmp_path):
    """Without a single "Non", a row of blanks is an entity on no platform: absent."""
    src = tmp_path / "x.csv"
    src.write_text("code;Facebook;Instagram\n01;x;x\n02;;\n03;x;\n", encoding="utf-8")
    df = bm.read_survey(src, type="departement")
    assert df.groupby("platform")["present"].apply(list).to_dict() == {
        "facebook": [True, False, True], "instagram": [True, False, False]}
    # and the row of blanks said as a row (session 35: checked without any account, or
    # nobody filled it in?)
    assert [p.code for p in df.attrs["problems"]] == ["blank-absent", "blank-absent",
                                                      "blank-rows-absent"]


# --------------------------------------------------------------------------- account columns

def test_words_in_an_account_column_are_answers_not_accounts(cli, tmp_path):
    """ "Non", "pas de compte", "néant"… in an account column beside a blank presence made
    the entity present (any text was an account): 55/101 « exhaustif » for 46 present.
    They are answers; "-", "N/A", "?" give nothing (blank); each interpretation is said."""
    src = tmp_path / "comptes.csv"
    src.write_text("code;Facebook;Compte Facebook\n01;;Non\n02;;pas de compte\n03;;aucun\n"
                   "04;;-\n05;;néant\n06;;N/A\n07;;?\n08;;0\n09;;non trouvé\n10;Oui;\n"
                   "11;Non;https://facebook.com/x\n12;Oui;Non\n13;;@cd13\n", encoding="utf-8")
    got = shares(as_json(cli("compare", "--type", "departement", "--data", src, "-f", "json")))
    assert got["facebook"][:3] == (3, 10, 3)  # 10, 12, 13 present; 04, 06, 07 not answered
    problems = bm.validate(src, type="departement")
    by = {p.code: p for p in problems}
    assert by["account-answer"].message == (
        "6 cellules lues comme une réponse, pas comme un compte (« Non » : absent) ; une "
        "présence vide prend cette réponse (lignes 2, 3, 4, 6, 9, …)")
    assert by["account-none"].message == ("3 cellules sans compte ni réponse (« - ») lues "
                                          "comme vides (lignes 5, 7, 8)")
    assert (by["account-contradicts"].row, by["account-contradicts"].value) == (13, "Non")
    assert (by["account-but-no"].row, by["account-but-no"].value) == (12, "https://facebook.com/x")
    df = bm.read_survey(src, type="departement")
    assert df.loc[df["code"] == "13", "account"].tolist() == ["@cd13"]
    assert df["account"].dropna().tolist() == ["https://facebook.com/x", "@cd13"]


def test_an_account_column_of_oui_non_reads_as_answers(cli, tmp_path):
    """A user's own "Compte Facebook" column holding Oui/Non read 4/5 = 80 %."""
    src = tmp_path / "oui-non.csv"
    src.write_text("Code;Nom;Compte Facebook\n01;Ain;Oui\n02;Aisne;Non\n03;Allier;Non\n"
                   "04;Alpes-de-Haute-Provence;\n05;Hautes-Alpes;Oui\n", encoding="utf-8")
    got = shares(as_json(cli("compare", "--type", "departement", "--data", src, "-f", "json")))
    assert got["facebook"][:3] == (2, 4, 1)
    said = next(p for p in bm.validate(src, type="departement") if p.code == "account-answer")
    assert "(« Oui » : présent, « Non » : absent)" in said.message


# --------------------------------------------------------------------------- a narrower type

def test_communes_that_are_all_villes_prefectures_are_said_so(cli, tmp_path):
    """The 101 villes préfectures read as communes got an interval as if they were a random
    sample of the 34,875 communes, without a word; compare now says that --type
    ville_prefecture counts them as a census (it does not decide for the user). Every one of
    them is there: the file is their census, said so (sample14), not "a sample of the
    communes"; 50 of them are still read as a sample of the communes, with the hint."""
    import barometre as bm
    from barometre.analysis.survey import narrower_type

    codes = bm.reference.entities("ville_prefecture")["code"].tolist()
    src = tmp_path / "prefectures.csv"
    src.write_text("code;Facebook\n" + "".join(f"{c};{'Oui' if i % 3 else 'Non'}\n"
                                                for i, c in enumerate(codes)), encoding="utf-8")
    out = cli("compare", "--data", src, "--type", "commune").stdout
    assert "exhaustif (villes préfectures)" in out and "IC 95" not in out
    assert ("Le fichier couvre les 101 villes préfectures et aucune autre commune : ce n'est "
            "pas un échantillon tiré au hasard des 34\u202f875 communes") in out
    assert "--type ville_prefecture les compte comme villes préfectures." in out
    assert "comptées ici comme un échantillon" not in out
    en = as_json(cli("compare", "--data", src, "--type", "commune", "--lang", "en", "-f", "json"))
    assert (en[0]["design"], en[0]["design_subset"], en[0]["subset_census"]) == (
        "subset", "ville_prefecture", True)
    half = tmp_path / "half.csv"
    half.write_text("code;Facebook\n" + "".join(f"{c};Oui\n" for c in codes[:50]),
                    encoding="utf-8")
    en = cli("compare", "--data", half, "--type", "commune", "--lang", "en", "-f", "json")
    assert "--type ville_prefecture counts them as prefecture cities" in en.stderr
    census = as_json(cli("compare", "--data", src, "--type", "ville_prefecture", "-f", "json"))
    assert census[0]["census"] is True and census[0]["n_base"] == 101
    assert narrower_type(codes[:10], "commune") == ("ville_prefecture", 10, 101)
    assert narrower_type(codes + ["01001"], "commune") is None  # one commune of another kind
    assert narrower_type(codes, "departement") is None
    # a file of other communes: not a word
    plain = tmp_path / "communes.csv"
    plain.write_text("code;Facebook\n01001;Oui\n01002;Non\n", encoding="utf-8")
    assert "toutes des" not in cli("compare", "--data", plain, "--type", "commune").stdout


# --------------------------------------------------------------------------- the régions template

def test_a_filled_regions_template_read_without_type_is_a_survey_of_regions(cli, tmp_path):
    """The régions template wrote the chef-lieu as « Chef-lieu (code) », which the reader
    took, without --type, for the entities: a survey of villes préfectures (Basse-Terre,
    Fort-de-France…, with city populations; review11). The template now writes it for
    information, ignored; a file with the old header is read as before but said."""
    import openpyxl

    out = tmp_path / "regions.xlsx"
    assert cli("template", "--type", "region", "-p", "facebook", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    head = [c.value for c in ws[1]]
    assert "Chef-lieu (pour information)" in head
    col = head.index("Facebook - présence") + 1
    for r in range(2, ws.max_row + 1):
        ws.cell(r, col).value = "Oui" if r % 2 else "Non"
    wb.save(out)
    df = bm.read_survey(out)
    # filled without any date: said (no-date, fix18a), nothing else
    assert df.attrs["collectivity_type"] == "region"
    assert [p.code for p in df.attrs["problems"]] == ["no-date"]
    assert set(df["code"]) == set(bm.reference.entities("region")["code"])
    # a template of before: « Chef-lieu (code) », the entities read there, and said
    ws.cell(1, head.index("Chef-lieu (pour information)") + 1).value = "Chef-lieu (code)"
    wb.save(out)
    said = [p for p in bm.validate(out) if p.code == "entity-column-chosen"]
    assert len(said) == 1 and said[0].message == (
        "entités lues dans « Chef-lieu (code) » (villes préfectures), non dans « Code région » ; "
        "si l'enquête porte sur la colonne « Code région », précisez type=\"region\"")
    assert bm.read_survey(out, type="region").attrs["collectivity_type"] == "region"


def test_sentences_saying_there_is_no_account_are_answers(tmp_path):
    """« compte supprimé », « plus de compte », « Pas trouvé », « en cours de création »,
    « non (fermé en 2023) » beside a blank presence read as present (review11): they say
    there is no account; a page's name stays an account."""
    src = tmp_path / "phrases.csv"
    src.write_text("code;Facebook;Compte Facebook\n01;;compte supprimé\n02;;plus de compte\n"
                   "03;;Pas trouvé\n04;;en cours de création\n05;;non (fermé en 2023)\n"
                   "06;;Département de l'Allier\n", encoding="utf-8")
    df = bm.read_survey(src, type="departement")
    assert df["present"].tolist() == [False] * 5 + [True]
    said = next(p for p in df.attrs["problems"] if p.code == "account-answer")
    assert said.count == 5 and said.rows.tolist() == [2, 3, 4, 5, 6]


# --------------------------------------------------------------------------- doubtful answers

DOUBTFUL = ("Code;Facebook;Instagram\n01;Oui;Oui\n02;Non;Oui\n03;Oui ?;Oui\n04;Non ?;Oui\n"
            "05;oui?;Oui\n06;Oui*;Oui\n07;Inactif;Oui\n08;?;Oui\n09;;Oui\n10;Non;Oui\n")


def test_doubtful_answers_are_not_answered_and_said(cli, tmp_path):
    """review12 #5: « Non ? » read No, « Oui ? », « oui? » Yes, silently. A "?" marks an
    answer the surveyor was not sure of: not answered (outside the base) whatever the blank
    rule, and said with its texts, counts and rows; « Oui* » is read Yes and said;
    « Inactif » (an account that exists) is read present and said."""
    src = tmp_path / "doute.csv"
    src.write_text(DOUBTFUL, encoding="utf-8")
    for blank, expected in ((None, (3, 5, 5)), ("absent", (3, 6, 4)), ("unknown", (3, 5, 5))):
        args = ["compare", "--type", "departement", "--data", src, "-f", "json"]
        got = shares(as_json(cli(*args, *(["--blank", blank] if blank else []))))
        # present 01, 06 (Oui*), 07 (Inactif); absent 02, 10 (and 09 under --blank absent);
        # not answered: 03, 04, 05, 08 (doubtful) and the blank 09
        assert got["facebook"][:3] == expected, blank
    df = bm.read_survey(src, type="departement", blank="absent")
    fb = df[df.platform == "facebook"].set_index("code")["present"]
    assert [fb[c] is pd.NA for c in ("03", "04", "05", "08")] == [True] * 4
    assert (bool(fb["06"]), bool(fb["07"]), bool(fb["09"])) == (True, True, False)
    by = {p.code: p for p in bm.validate(src, type="departement")}
    doubt = by["answer-doubtful"]
    assert (doubt.severity, doubt.column, doubt.count, doubt.rows.tolist()) == (
        "warning", "Facebook", 4, [4, 5, 6, 9])
    assert doubt.message == (
        "4 réponses marquées d'un doute (« Oui ? » : 1, « Non ? » : 1, « oui? » : 1, "
        "« ? » : 1) lues comme non renseignées, hors base (lignes 4, 5, 6, 9) : écrivez Oui "
        "ou Non")
    assert (by["answer-marked"].count, by["answer-marked"].rows.tolist()) == (1, [7])
    assert "« Oui* » : 1" in by["answer-marked"].message
    assert (by["answer-inactive"].count, by["answer-inactive"].rows.tolist()) == (1, [8])
    assert by["answer-inactive"].message.startswith(
        "1 compte dit inactif (« Inactif » : 1) lu comme présent")
    assert text("answer-doubtful", "en", n=2, s="s", texts=["x"], rows="lines 3, 4").endswith(
        "read as not answered, outside the base (lines 3, 4): write “Oui” or “Non”")


def test_a_doubtful_answer_in_an_x_column_is_not_an_absence(tmp_path):
    """« Oui ? » is neither present nor absent, and a follower count beside it does not
    settle it. The column that holds it is no "x or blank" column (two states: a mark, a
    blank): its blank is not answered either (reading14; it was an absence)."""
    src = tmp_path / "x.csv"
    src.write_text("Code;Facebook;Abonnés Facebook;Instagram\n01;Oui;;x\n02;;;x\n"
                   "03;Oui ?;1 200;x\n04;x;;x\n05;Oui ? ;;x\n", encoding="utf-8")
    df = bm.read_survey(src, type="departement")
    fb = df[df.platform == "facebook"].set_index("code")["present"]
    assert bool(fb["01"]) and bool(fb["04"])
    assert [fb[c] is pd.NA for c in ("02", "03", "05")] == [True] * 3
    by = {p.code: p for p in df.attrs["problems"]}
    assert by["blank-unknown"].rows.tolist() == [3] and "blank-absent" not in by
    doubt = next(p for p in df.attrs["problems"] if p.code == "answer-doubtful")
    assert doubt.count == 2 and "« Oui ? » : 2" in doubt.message


@pytest.mark.parametrize("value,expected", [
    ("Oui ?", (None, "answer-doubtful")), ("Non ?", (None, "answer-doubtful")),
    ("oui?", (None, "answer-doubtful")), ("?", (None, "answer-doubtful")),
    ("Oui (?)", (None, "answer-doubtful")), ("Oui*", (True, "answer-marked")),
    ("Non **", (False, "answer-marked")), ("Inactif", (True, "answer-inactive")),
    ("compte inactif", (True, "answer-inactive")), ("Oui", (True, None)),
    ("https://www.facebook.com/profile.php?id=1", (True, None))])
def test_read_presence_notes(value, expected):
    from barometre.survey.values import read_presence

    assert read_presence(value) == expected


@pytest.mark.parametrize("value", ["nope ?", "*", "Non (supprimé) ?", "Oui/Non*"])
def test_a_marked_text_that_is_no_answer_stays_an_error(value):
    from barometre.survey.values import read_presence

    with pytest.raises(ValueError):
        read_presence(value)


# --------------------------------------------------------------------------- type guessed

REGION_CODES = ["11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94",
                "1", "2", "3", "4", "6"]


def test_region_codes_without_names_say_the_type_was_guessed(cli, tmp_path):
    """review12 #6: région codes without names (« 11 », « 84 », « 53 ») were read as
    départements (Aude, Vaucluse, Mayenne) with their populations, without a word; the 18
    région codes too. The guess stays (no silent switch), and is said, by validate and by
    the commands that guess; --type region reads the régions."""
    src = tmp_path / "regcodes.csv"
    src.write_text("Code;Facebook;Abonnés Facebook;Date\n11;Oui;250 000;15/10/2025\n"
                   "84;Oui;180 000;15/10/2025\n53;Oui;90 000;15/10/2025\n", encoding="utf-8")
    said = [p for p in bm.validate(src) if p.code == "type-guessed"]
    assert len(said) == 1 and (said[0].severity, said[0].column, said[0].count) == (
        "warning", "Code", 3)
    assert said[0].message == (
        "type deviné : départements (3 codes, lisibles aussi comme codes de régions) ; "
        "précisez type=\"region\" si ce sont des régions (type=\"departement\" pour "
        "confirmer), ou ajoutez une colonne de noms")  # the library's words (the CLI: --type)
    res = cli("rank", "-p", "facebook", "-m", "followers_per_1000", "--data", src)
    assert res.exit_code == 0 and "Aude" in res.stdout
    assert "type deviné : départements" in res.stderr and "--type region" in res.stderr
    ranked = as_json(cli("rank", "-p", "facebook", "-m", "followers_per_1000", "--data", src,
                         "--type", "region", "-f", "json"))
    # 90 000 / 3 449 370 Bretons, 180 000 / 8 205 557, 250 000 / 12 463 067 (per 1,000)
    assert [(r["name"], round(r["value"], 1)) for r in ranked] == [
        ("Bretagne", 26.1), ("Auvergne-Rhône-Alpes", 21.9), ("Île-de-France", 20.1)]
    assert [p.code for p in bm.validate(src, type="region")] == []
    eighteen = tmp_path / "reg1.csv"
    eighteen.write_text("Code;Facebook\n" + "".join(f"{c};Oui\n" for c in REGION_CODES),
                        encoding="utf-8")
    df = bm.read_survey(eighteen)
    assert df.attrs["collectivity_type"] == "departement"  # not switched silently
    guessed = [p for p in df.attrs["problems"] if p.code == "type-guessed"]
    assert len(guessed) == 1 and guessed[0].count == 18
    df = bm.read_survey(eighteen, type="region")
    assert df.attrs["problems"] == [] and df["name"].nunique() == 18


@pytest.mark.parametrize("body", [
    "Code;Nom;Facebook\n11;Île-de-France;Oui\n53;Bretagne;Oui\n",  # names settle it
    "Code;Facebook\n01;Oui\n2A;Oui\n974;Oui\n",  # départements' codes only
    "Code;Département;Facebook\n11;Aude;Oui\n53;Mayenne;Oui\n",
    "Code région;Facebook\n11;Oui\n53;Oui\n"])  # the header says the type
def test_a_type_that_the_file_settles_is_not_said_guessed(tmp_path, body):
    src = tmp_path / "f.csv"
    src.write_text(body, encoding="utf-8")
    assert [p.code for p in bm.validate(src) if p.code == "type-guessed"] == []


RS3 = ("Code;Collectivité;Facebook;Abonnés Facebook\n93;Région Sud;Oui;120000\n"
       "84;Région Auvergne-Rhône-Alpes;Oui;90000\n53;Région Bretagne;Oui;80000\n"
       "11;Région Île-de-France;Oui;200000\n")


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("body,names", [
    (RS3, ["Île-de-France", "Provence-Alpes-Côte d'Azur", "Auvergne-Rhône-Alpes",
           "Bretagne"]),
    # a région's alias ("Sud") and names beside codes of the other reading
    ("Code;Nom;Facebook;Abonnés Facebook\n93;Région Sud;Oui;1\n84;Auvergne-Rhône-Alpes;Oui;2\n"
     "28;Normandie;Oui;3\n", ["Normandie", "Auvergne-Rhône-Alpes", "Provence-Alpes-Côte d'Azur"]),
    # councils named as such: départements
    ("Code;Nom;Facebook;Abonnés Facebook\n53;Conseil départemental de la Mayenne;Oui;1\n"
     "24;Département de la Dordogne;Oui;2\n", ["Dordogne", "Mayenne"])])
def test_names_that_resolve_to_the_code_decide_the_type(cli, tmp_path, monkeypatch, fast,
                                                         body, names):
    """reading14 (review finding 2): "93;Région Sud", "53;Région Bretagne" were read as
    Seine-Saint-Denis, Mayenne (names only broke the tie when canonical), each name then
    « non reconnu », and ``rank`` ranked Aude first. The names, read as the reader reads
    them (aliases, an institution's name), decide; no type-guessed warning is left."""
    from barometre.survey import fastcsv

    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    src = tmp_path / "rs.csv"
    src.write_text(body, encoding="utf-8")
    assert bm.validate(src) == []
    ranked = as_json(cli("rank", "-p", "facebook", "--data", src, "-f", "json"))
    assert [r["name"] for r in ranked] == names


def test_names_that_do_not_decide_are_not_asked_for(tmp_path):
    """A tie the names do not break: the advice does not ask for a name column there is."""
    src = tmp_path / "rs4.csv"
    src.write_text("Code;Collectivité;Facebook\n93;Truc;Oui\n84;Machin;Oui\n",
                   encoding="utf-8")
    said = next(p for p in bm.validate(src) if p.code == "type-guessed")
    assert said.message == (
        "type deviné : départements (2 codes, lisibles aussi comme codes de régions ; les "
        "noms de « Collectivité » ne tranchent pas) ; précisez type=\"region\" si ce sont "
        "des régions (type=\"departement\" pour confirmer)")
    assert said.msg.render("en") == (
        "type guessed: départements (2 codes, also readable as codes of regions; the names "
        "in “Collectivité” do not decide); give type=\"region\" if they are regions "
        "(type=\"departement\" to confirm)")


WRITTEN = "Code;Département;Facebook\n35;Ille-et-Vilaine;Oui\n22;Côtes-d Armor;{}\n" \
    "29;Finistère;\n56;Morbihan;\n44;Loire-Atlantique;{}\n"


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("second,fifth", [("Non", "Oui"), ("Non ?", "Oui"),
                                          ("Inactif", "Oui ?"), ("x", "Oui ?"), ("?", "x")])
def test_a_column_that_writes_its_answers_leaves_its_blanks_unanswered(
        tmp_path, monkeypatch, fast, second, fifth):
    """reading14 (review finding 3): one « Non ? » or « Inactif » turned the column's
    blanks into absences (« 50 % 2/4 », 2 cellules vides comptées comme absence) where a
    plain « Non » leaves them not answered (« 67 % 2/3 »). A "Non", a doubt (« Oui ? »,
    « Non ? », « ? ») or an « Inactif » is a third state the "x or blank" convention does
    not have: the column writes its answers, its blanks are not answered. The same on the
    columnar CSV path."""
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    src = tmp_path / "i.csv"
    src.write_text(WRITTEN.format(second, fifth), encoding="utf-8")
    df = bm.read_survey(src, type="departement")
    fb = df[df.platform == "facebook"].set_index("code")["present"]
    assert fb["29"] is pd.NA and fb["56"] is pd.NA
    by = {p.code: p for p in df.attrs["problems"]}
    assert by["blank-unknown"].rows.tolist() == [4, 5] and "blank-absent" not in by


def test_a_column_of_marks_alone_keeps_its_blanks_absent(tmp_path):
    """The "x or blank" convention: marks ("x", "Oui", "Oui*", a URL) and blanks only."""
    src = tmp_path / "x.csv"
    src.write_text(WRITTEN.format("x", "Oui*"), encoding="utf-8")
    df = bm.read_survey(src, type="departement")
    fb = df[df.platform == "facebook"].set_index("code")["present"]
    assert (bool(fb["29"]), bool(fb["56"])) == (False, False)
    assert {p.code for p in df.attrs["problems"]} >= {"blank-absent"}
