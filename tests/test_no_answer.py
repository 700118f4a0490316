"""A survey file that holds no answer at all is a user error, not a figure (blank11).

Every platform column empty: each was left aside as not surveyed, and "au moins un réseau"
read "no" for every entity ("every platform read says no" held of none): compare printed
« au moins un réseau 2025 0 % 0/101 exhaustif » and exited 0. Now ``validate`` says it as
an error (``no-answer``) and every command that counts refuses the file with that one line.
Under ``--blank absent`` too (blank25): it says what a blank means where the surveyor filled a
column, and nobody filled any (following the old advice, « --blank absent pour compter chaque
cellule vide comme absence », published « 0 %, exhaustif » on every platform).
"""

from __future__ import annotations

import json

import pytest

import barometre as bm
from barometre.analysis.survey import compare_survey
from barometre.datasets import reference
from barometre.domain.errors import InputFileError, NoDataError
from barometre.survey.reader import read_coded

from .conftest import as_json

NO_ANSWER = {
    "fr": "aucune réponse dans le fichier : les colonnes Facebook, X, Instagram sont vides sur "
          "101 lignes (ni présence, ni abonnés, ni compte) ; rien à compter, même avec "
          "--blank absent (une colonne que personne n'a remplie n'est pas relevée) : remplissez "
          "la présence, Oui ou Non",
    "en": "no answer in the file: columns Facebook, X, Instagram are empty on 101 lines (no "
          "presence, count or account); nothing to count, even with --blank absent (a column "
          "nobody filled in was not surveyed): fill in the presence, “Oui” or “Non”"}


@pytest.fixture
def all_blank(tmp_path):
    """The 101 départements, each with its date and not one answer."""
    codes = list(reference.departements()["code"])
    assert len(codes) == 101
    src = tmp_path / "vide.csv"
    src.write_text("code;nom;Facebook;X;Instagram;date\n"
                   + "".join(f"{c};;;;;01/10/2025\n" for c in codes), encoding="utf-8")
    return src


def test_validate_says_a_file_without_any_answer_is_an_error(cli, all_blank):
    errors = [p for p in bm.validate(all_blank) if p.severity == "error"]
    assert [(p.code, p.row, p.column, p.count) for p in errors] == [("no-answer", None, None, 101)]
    # in Python the sentence names the keyword (blank="absent"), the CLI its option
    assert errors[0].message == NO_ANSWER["fr"].replace("--blank absent", 'blank="absent"')
    res = cli("validate", all_blank)
    assert res.exit_code == 1
    assert f"vide.csv : erreur : {NO_ANSWER['fr']}" in res.stdout.splitlines()
    # said once: not again under each platform (blank-empty: "aucune réponse dans le fichier")
    assert "blank-empty" not in {p.code for p in bm.validate(all_blank)}
    assert res.stdout.count("aucune réponse dans le fichier") == 1
    for lang in ("fr", "en"):
        said = json.loads(cli("validate", all_blank, "-f", "json", "--lang", lang).stdout)
        assert [(p["code"], p["message"]) for p in said if p["severity"] == "error"] == [
            ("no-answer", NO_ANSWER[lang])]


@pytest.mark.parametrize("command", [
    ["compare", "-t", "departement"], ["rank", "-t", "departement", "-p", "facebook"],
    ["benchmark", "-t", "departement", "-e", "01"], ["trend", "-t", "departement"],
    ["changes", "-t", "departement"], ["report", "-t", "departement", "-o", "rapport.xlsx"]],
    ids=lambda c: "-".join(c[:1] + c[1:3]))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_commands_that_count_refuse_it_in_one_line(cli, all_blank, command, lang):
    if "rapport.xlsx" in command:
        command = [str(all_blank.parent / c) if c == "rapport.xlsx" else c for c in command]
    res = cli(*command, "--data", all_blank, "--lang", lang)
    assert res.exit_code == 1, res.output
    head = {"fr": "barometre : vide.csv : erreur : ", "en": "barometre: vide.csv: error: "}[lang]
    assert res.stderr == head + NO_ANSWER[lang] + "\n"
    assert res.stdout == "" and "Traceback" not in res.output
    assert not (all_blank.parent / "rapport.xlsx").exists()


def test_the_library_refuses_it_too(all_blank):
    for read in (bm.read_survey, read_coded):
        with pytest.raises(InputFileError) as exc:
            read(all_blank)
        assert exc.value.code == "no-answer"
        assert str(exc.value) == "vide.csv : erreur : " + NO_ANSWER["fr"].replace(
            "--blank absent", 'blank="absent"')
    # errors="skip": no figure rather than "0 %" (no platform read, so no "any")
    with pytest.raises(NoDataError):
        compare_survey(bm.read_survey(all_blank, errors="skip"))


def test_blank_absent_is_refused_as_well(cli, all_blank):
    """``--blank absent`` says what a blank means in a column the surveyor filled: no column
    was, so nothing was surveyed (blank25: it read 0 of 101 « exhaustif » on every platform
    and on "au moins un réseau")."""
    assert [p.code for p in bm.validate(all_blank, blank="absent")
            if p.severity == "error"] == ["no-answer"]
    res = cli("compare", "-t", "departement", "--data", all_blank, "--blank", "absent")
    assert res.exit_code == 1 and NO_ANSWER["fr"] in res.stderr


def test_blank_unknown_is_refused_as_well(cli, all_blank):
    res = cli("compare", "-t", "departement", "--data", all_blank, "--blank", "unknown")
    assert res.exit_code == 1 and NO_ANSWER["fr"] in res.stderr


def test_an_unfilled_template_is_refused(cli, tmp_path):
    """``barometre template`` written and read back untouched: 18 régions, six platforms."""
    src = bm.write_template(tmp_path / "modele.xlsx", "region")
    errors = [p for p in bm.validate(src) if p.severity == "error"]
    assert [(p.code, p.count) for p in errors] == [("no-answer", 18)]
    assert errors[0].message.startswith(
        "aucune réponse dans la feuille « Enquête » : les colonnes Facebook - présence, "
        "X (ex-Twitter) - "
        "présence, Instagram - présence, LinkedIn - présence, YouTube - présence, TikTok - "
        "présence sont vides sur 18 lignes")
    res = cli("compare", "-t", "region", "--data", src)
    assert res.exit_code == 1 and "aucune réponse dans la feuille « Enquête »" in res.stderr
    assert "au moins un réseau" not in res.output


def test_a_sheet_without_any_answer_is_said_of_that_sheet(cli, tmp_path):
    """A workbook whose 2024 sheet is filled and whose 2025 sheet is not: the 2025 sheet has
    no answer, the file has some."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "2024"
    for row in (["code", "Facebook", "X"], ["01", "Oui", "Non"], ["02", "Non", "Oui"]):
        wb.active.append(row)
    empty = wb.create_sheet("2025")
    for row in (["code", "Facebook", "X"], ["01", None, None], ["02", None, None]):
        empty.append(row)
    src = tmp_path / "deux.xlsx"
    wb.save(src)
    res = cli("compare", "-t", "departement", "--data", src, "--sheet", "2025", "--lang", "en")
    assert res.exit_code == 1
    assert res.stderr == ("barometre: deux.xlsx: error: no answer in sheet “2025”: columns "
                          "Facebook, X are empty on 2 lines (no presence, count or account); "
                          "nothing to count, even with --blank absent (a column nobody "
                          "filled in was not surveyed): fill in the presence, “Oui” or "
                          "“Non”\n")
    got = as_json(cli("compare", "-t", "departement", "--data", src, "--sheet", "2024",
                      "-f", "json"))
    assert {r["platform"]: r["n_base"] for r in got} == {"facebook": 2, "x": 2, "any": 2}


def test_a_long_file_without_any_answer_names_its_columns(tmp_path):
    src = tmp_path / "long.csv"
    src.write_text("code;plateforme;présent;abonnés;date\n01;Facebook;;;15/10/2025\n"
                   "02;X;;;15/10/2025\n", encoding="utf-8")
    errors = [p for p in bm.validate(src, type="departement") if p.severity == "error"]
    assert [p.message for p in errors] == [
        "aucune réponse dans le fichier : les colonnes présent, abonnés sont vides sur 2 lignes "
        "(ni présence, ni abonnés, ni compte) ; rien à compter, même avec blank=\"absent\" "
        "(une colonne que personne n'a remplie n'est pas relevée) : remplissez la présence, Oui "
        "ou Non"]


def test_one_answer_is_enough_and_rows_with_errors_are_said_alone(tmp_path):
    """One "Oui" anywhere: a file to count. A file whose only answers sit on rows with an
    error: those errors are what to fix, not "no answer in the file" (it has some)."""
    src = tmp_path / "un.csv"
    src.write_text("code;Facebook;X\n01;;\n02;;Oui\n03;;\n", encoding="utf-8")
    assert not [p for p in bm.validate(src, type="departement") if p.severity == "error"]
    src.write_text("code;Facebook;X\n01;;\n999;Oui;\n03;;\n", encoding="utf-8")
    assert [p.code for p in bm.validate(src, type="departement")
            if p.severity == "error"] == ["unknown-code"]


def test_a_long_file_without_an_answer_column_is_said_so(cli, tmp_path):
    """Codes and platforms only: no column to be empty; said without a list of none."""
    src = tmp_path / "codes.csv"
    src.write_text("code;plateforme\n01;Facebook\n02;X\n", encoding="utf-8")
    res = cli("compare", "-t", "departement", "--data", src)
    assert res.exit_code == 1
    assert res.stderr == ("barometre : codes.csv : erreur : aucune réponse dans le fichier : "
                          "2 lignes sans colonne de présence, d'abonnés ni de compte ; rien à "
                          "compter, même avec --blank absent (une colonne que personne n'a "
                          "remplie n'est pas relevée) : remplissez la présence, Oui ou Non\n")


@pytest.fixture
def zeros(tmp_path):
    """The 101 départements with blank presences and "0" in every count column: a template
    pre-filled with zeros (z0.csv, reading14)."""
    src = tmp_path / "zeros.csv"
    src.write_text("Code;Département;Facebook;Abonnés Facebook;X;Abonnés X\n" + "".join(
        f"{c};;;0;;0\n" for c in reference.departements()["code"]), encoding="utf-8")
    return src


@pytest.mark.parametrize("fast", [False, True])
def test_counts_of_0_beside_blank_presences_are_no_answer(cli, zeros, monkeypatch, fast):
    """reading14 (review finding 6): a count of 0 beside a blank presence gives no account
    (the blank rule decides), so the zeros were no answer, yet the file passed validate and
    compare failed « aucun chiffre pour le type », rank « aucun nombre d'abonnés ». It is
    ``no-answer`` like the all-blank file, and says what the columns hold: not "empty"."""
    from barometre.survey import fastcsv

    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    errors = [p for p in bm.validate(zeros) if p.severity == "error"]
    assert [(p.code, p.count) for p in errors] == [("no-answer", 101)]
    assert errors[0].message.startswith(
        "aucune réponse dans le fichier : les colonnes Facebook, X ne donnent aucune réponse "
        "ferme sur 101 lignes (202 nombres d'abonnés à 0 à côté d'une présence vide, sans "
        "compte dit) ; rien à compter")
    for command in (["compare"], ["rank", "-p", "facebook"]):
        res = cli(*command, "-t", "departement", "--data", zeros, "--lang", "en")
        assert res.exit_code == 1 and res.stderr.startswith(
            "barometre: zeros.csv: error: no answer in the file: columns Facebook, X give no "
            "firm answer on 101 lines (202 follower counts of 0 beside a blank presence, no "
            "account said); nothing to count"), res.output
    # --blank absent: no column filled, nothing surveyed (blank25: was 0 of 101)
    res = cli("compare", "-t", "departement", "--data", zeros, "--blank", "absent")
    assert res.exit_code == 1 and "rien à compter, même avec --blank absent" in res.stderr


@pytest.mark.parametrize("fast", [False, True])
def test_a_column_of_doubtful_answers_is_not_called_empty(tmp_path, monkeypatch, fast):
    """reading14 (review finding 6): t1.csv, Facebook holding one « Oui ? » and blanks, was
    said « les colonnes Facebook, Twitter sont vides sur 3 lignes », and its blanks « aucune
    réponse dans le fichier (réseau non relevé) ». Facebook holds a doubtful answer: no firm
    answer, not empty; its blanks are not answered (the column writes its answers)."""
    from barometre.survey import fastcsv

    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    src = tmp_path / "t1.csv"
    src.write_text("Code département;Département;Facebook;Twitter\n44;Loire-Atlantique;Oui ?;\n"
                   "35;Ille-et-Vilaine;;\n49;Maine-et-Loire;;\n", encoding="utf-8")
    by = {p.code: p for p in bm.validate(src)}
    assert by["no-answer"].message.startswith(
        "aucune réponse dans le fichier : les colonnes Facebook, Twitter ne donnent aucune "
        "réponse ferme sur 3 lignes (1 réponse marquée d'un doute, lue comme non renseignée)")
    assert "vides" not in by["no-answer"].message
    assert by["no-answer"].msg.render("en").startswith(
        "no answer in the file: columns Facebook, Twitter give no firm answer on 3 lines (1 "
        "answer marked as doubtful, read as not answered)")
    # s36: rows 3 and 4 hold no answer on any platform: said as rows nobody filled
    assert by["blank-unfilled"].column == "Facebook" and by["blank-unfilled"].rows.tolist() == [
        3, 4]
    assert "blank-empty" not in by


def test_a_column_of_zeros_beside_answers_is_not_surveyed_and_said_so(tmp_path):
    """A platform whose only cells are counts of 0 beside blank presences, in a file with
    answers: no answer (as a blank column), left aside, and said without calling its count
    column empty."""
    src = tmp_path / "zc.csv"
    src.write_text("Code;Nom;Facebook;Abonnés Facebook;X;Abonnés X\n01;Ain;Oui;100;;0\n"
                   "02;Aisne;Non;;;0\n", encoding="utf-8")
    by = {p.code: p for p in bm.validate(src)}
    assert "no-answer" not in by and by["empty-platform-column"].column == "X"
    assert by["empty-platform-column"].message.startswith(
        "X (ex-Twitter) : aucune réponse dans la colonne (ni présence ni compte ; 2 nombres "
        "d'abonnés à 0 à côté d'une présence vide, sans compte dit) : réseau non relevé")
    df = bm.read_survey(src)
    assert sorted(df["platform"].unique()) == ["facebook"]
