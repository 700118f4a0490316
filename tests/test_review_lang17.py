"""Review lang17 (an English-speaking user and a data engineer scripting the CLI):
BAROMETRE_LANG on every command and in the library's errors, validate's exit codes, --csv
and --json, whole numbers as integers, French order of the names of changes --list."""

from __future__ import annotations

import json

import pytest

import barometre as bm
from barometre.cli.app import COMMANDS

BAD = "Code;Nom;Facebook;Abonnés Facebook\n01;Ain;Oui;-12\n02;Aisne;Non;\n03;Allier;Oui;1 234\n"


@pytest.fixture
def bad_csv(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    return path


@pytest.fixture
def fr(monkeypatch):
    monkeypatch.delenv("BAROMETRE_LANG", raising=False)


@pytest.fixture
def en(monkeypatch):
    monkeypatch.setenv("BAROMETRE_LANG", "en")


# ------------------------------------------------------------------ 1. BAROMETRE_LANG, --lang

def test_barometre_lang_sets_the_tables_of_every_command(cli, en):
    assert cli("compare", "--type", "region").stdout.startswith("Type         Platform   Year")
    assert cli("types").stdout.startswith("Id                Label")
    # an explicit --lang wins over the variable
    assert cli("compare", "--type", "region", "--lang", "fr").stdout.startswith(
        "Type         Réseau     Année")


def test_barometre_lang_sets_validate_problems(cli, en, bad_csv):
    res = cli("validate", bad_csv)
    assert res.stdout == ("bad.csv, line 2, column “Abonnés Facebook”: error: “-12” negative "
                          "follower count (a change, “−200 followers this year”?): expected "
                          "the number of followers, without a sign\n")
    assert res.stderr == ("bad.csv: 1 error, 0 warnings\ntype guessed: départements (--type "
                          "departement), that of every entity in the file (3)\n")  # s35
    assert cli("validate", bad_csv, "--lang", "fr").stdout.startswith(
        "bad.csv, ligne 2, colonne « Abonnés Facebook » : erreur")
    records = json.loads(cli("validate", bad_csv, "-f", "json").stdout)
    assert records[0]["message"].startswith("negative follower count")


@pytest.mark.parametrize("value", ["EN", "En", " en "])
def test_barometre_lang_any_case(cli, monkeypatch, value):
    monkeypatch.setenv("BAROMETRE_LANG", value)
    assert cli("types").stdout.startswith("Id                Label")


def test_another_value_of_the_variable_is_french_never_a_refusal(cli, monkeypatch):
    monkeypatch.setenv("BAROMETRE_LANG", "de")
    res = cli("types")
    assert res.exit_code == 0 and res.stdout.startswith("Id                Libellé")


@pytest.mark.parametrize("value", ["EN", "En", "eN"])
def test_lang_option_is_case_insensitive(cli, fr, value):
    res = cli("compare", "--type", "region", "--lang", value)
    assert res.exit_code == 0, res.stderr
    assert res.stdout.startswith("Type         Platform")
    err = cli("compare", "--type", "regoin", f"--lang={value}")
    assert err.stderr == "barometre: unknown collectivity type “regoin”; did you mean “region”?\n"
    assert cli("types", "--lang", "FR").stdout.startswith("Id                Libellé")


def test_every_command_help_names_the_variable(cli, fr):
    for name in COMMANDS:
        out = " ".join(cli(name, "--help").stdout.split())
        assert "--lang" in out and "BAROMETRE_LANG" in out, name


# ------------------------------------------------------------------ 2. the library's errors

def test_library_errors_speak_barometre_lang(en, bad_csv, tmp_path):
    with pytest.raises(bm.ResolveError) as exc:
        bm.resolve("Saint-Denis")
    assert str(exc.value).startswith("“Saint-Denis” is ambiguous: Saint-Denis (11339, Aude, 11)")
    assert exc.value.render("fr").startswith("« Saint-Denis » est ambigu")  # render stays
    with pytest.raises(bm.UsageError) as exc:
        bm.compare("regoin")
    assert str(exc.value) == "unknown collectivity type “regoin”; did you mean “region”?"
    with pytest.raises(bm.InputFileError, match="file not found$"):
        bm.read_survey(tmp_path / "nope.csv")
    with pytest.raises(bm.InputFileError) as exc:
        bm.read_survey(bad_csv)
    assert str(exc.value) == ("bad.csv, line 2, column “Abonnés Facebook”: error: “-12” "
                              "negative follower count (a change, “−200 followers this "
                              "year”?): expected the number of followers, without a sign")
    # a language the caller chose wins
    with pytest.raises(bm.ResolveError, match="^« Saint-Denis » est ambigu"):
        bm.resolve("Saint-Denis", lang="fr")


def test_library_errors_stay_french_without_the_variable(fr):
    with pytest.raises(bm.UsageError) as exc:
        bm.compare("regoin")
    assert str(exc.value) == "type inconnu « regoin » ; vouliez-vous dire « region » ?"
    with pytest.raises(bm.ResolveError, match="^“Saint-Denis” is ambiguous"):
        bm.resolve("Saint-Denis", lang="en")


def test_read_survey_problems_speak_barometre_lang(monkeypatch, bad_csv):
    monkeypatch.delenv("BAROMETRE_LANG", raising=False)
    fr = ("nombre d'abonnés négatif (une évolution, « −200 abonnés cette année » ?) : attendu "
          "le nombre d'abonnés, sans signe")
    assert bm.read_survey(bad_csv, errors="skip").attrs["problems"][0].message == fr
    monkeypatch.setenv("BAROMETRE_LANG", "en")
    problem = bm.read_survey(bad_csv, errors="skip").attrs["problems"][0]
    assert problem.message == ("negative follower count (a change, “−200 followers this year”?)"
                               ": expected the number of followers, without a sign")
    assert problem["message"] == problem.message  # the dict side follows
    assert problem.text("fr") == fr


# ------------------------------------------------------------------ 3. validate's exit codes

def test_validate_exit_codes(cli, fr, bad_csv, tmp_path):
    from barometre import demo_file

    assert cli("validate", demo_file("enquete")).exit_code == 0  # warnings only
    assert cli("validate", bad_csv).exit_code == 1  # read, with an error
    missing = cli("validate", tmp_path / "nope.csv")
    assert missing.exit_code == 2
    assert missing.stdout.startswith("nope.csv : erreur : ")  # still listed
    assert missing.stdout.endswith("nope.csv : fichier introuvable\n")
    not_a_survey = tmp_path / "notes.csv"
    not_a_survey.write_text("hello\nworld\n", encoding="utf-8")
    res = cli("validate", not_a_survey, "-f", "json")
    assert res.exit_code == 2
    assert [p["code"] for p in json.loads(res.stdout)] == ["header-not-found"]
    wrong_ext = tmp_path / "notes.docx"
    wrong_ext.write_bytes(b"PK\x03\x04 not a workbook")
    assert cli("validate", wrong_ext).exit_code == 2
    # an empty survey is read: its « no answer » is an error of the file (1), not a refusal
    empty = tmp_path / "empty.csv"
    empty.write_text("Code;Nom;Facebook\n01;Ain;\n02;Aisne;\n", encoding="utf-8")
    res = cli("validate", empty)
    assert "no-answer" in cli("validate", empty, "-f", "json").stdout and res.exit_code == 1


def test_validate_help_and_readme_say_the_exit_codes(cli, fr):
    from tests.docs_pages import page

    out = " ".join(cli("validate", "--help").stdout.split())
    assert "2 s'il ne peut pas être lu du tout" in out and "1 si le fichier a des erreurs" in out
    commands = page("docs/commands.md")  # the README's exit codes, moved
    assert "| 2 | a wrong call" in commands and "cannot be read at all" in commands


# ------------------------------------------------------------------ 4. --csv and --json

def test_csv_and_json_flags_on_every_listing_command(cli, fr):
    from barometre.cli.app import build_command

    listing = [n for n in COMMANDS
               if any(p.name == "format" for p in build_command(n).params)]
    assert {"compare", "types", "validate", "rank", "changes", "figures"} <= set(listing)
    for name in listing:
        out = cli(name, "--help").stdout
        assert "--csv" in out and "--json" in out, name
    assert cli("types", "--csv").stdout == cli("types", "-f", "csv").stdout
    assert json.loads(cli("types", "--json").stdout) == json.loads(
        cli("types", "--format", "json").stdout)
    assert cli("compare", "--type", "region", "--json", "--lang", "en").stdout == cli(
        "compare", "--type", "region", "-f", "json", "--lang", "en").stdout
    assert cli("types", "--csv", "-f", "csv").exit_code == 0  # the same format twice


@pytest.mark.parametrize("args, given", [
    (["--csv", "--json"], "--csv --json"),
    (["--csv", "-f", "json"], "--csv --format json"),
    (["--format=table", "--json"], "--json --format table"),
])
def test_two_formats_at_once_are_a_usage_error(cli, fr, args, given):
    res = cli("types", *args)
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr == (f"barometre : {given} : deux formats de sortie à la fois ; un seul "
                          "parmi --format, --csv, --json\n")


# ------------------------------------------------------------------ 6. changes --list order

def test_changes_list_names_in_french_order(cli, fr):
    from barometre import demo_file

    res = cli("changes", "-d", demo_file("vague-2024"), "-d", demo_file("vague-2025"),
              "--list", "-p", "facebook", "--json")
    names = [r["name"] for r in json.loads(res.stdout) if r["status"] == "stayed"]
    assert names.index("Alpes-de-Haute-Provence") < names.index("Alpes-Maritimes")
    assert names.index("Saône-et-Loire") < names.index("Savoie")
    table = cli("changes", "-d", demo_file("vague-2024"), "-d", demo_file("vague-2025"),
                "--list", "-p", "facebook").stdout
    assert table.index("Alpes-de-Haute-Provence (04)") < table.index("Alpes-Maritimes (06)")
