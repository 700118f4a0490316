"""The command line's own behaviour: language, one-line errors, help, and docs that cannot drift."""

from __future__ import annotations

import json
import re
import string

import pytest

from barometre.cli.app import app
from barometre.messages import catalog
from tests.conftest import ROOT



def test_errors_in_french_by_default_and_english_on_request(cli):
    fr = cli("compare", "--type", "regoin")
    assert fr.exit_code == 2
    assert fr.stderr == "barometre : type inconnu « regoin » ; vouliez-vous dire « region » ?\n"
    en = cli("compare", "--type", "regoin", "--lang", "en")
    assert en.exit_code == 2
    assert en.stderr == "barometre: unknown collectivity type “regoin”; did you mean “region”?\n"


def test_lang_from_environment(cli, monkeypatch):
    monkeypatch.setenv("BAROMETRE_LANG", "en")
    assert cli("compare", "--type", "regoin").stderr.startswith("barometre: unknown collectivity")


def test_help_is_french():
    from typer.testing import CliRunner

    out = CliRunner().invoke(app, ["--help"]).stdout
    assert out.startswith("Utilisation : barometre [OPTIONS] COMMAND")
    assert "Afficher cette aide et quitter." in out
    assert "Commandes" in out and "Show this message" not in out
    sub = CliRunner().invoke(app, ["compare", "--help"]).stdout
    assert "Utilisation : barometre compare" in sub
    # Typer's « [required] » in French, on a required option (compare's --type is not one
    # since cli23: with --data, the file's type)
    sub = CliRunner().invoke(app, ["entities", "--help"]).stdout
    assert "[obligatoire]" in sub and "Utilisation : barometre entities" in sub


@pytest.mark.parametrize("args, expected", [
    (["compare"], "barometre : option obligatoire manquante : --type / -t (aide : "
                  "« barometre compare --help »)\n"),
    (["compare", "--type", "region", "--format", "xml"],
     "barometre : valeur invalide pour --format / -f : « xml » ; valeurs possibles : table, csv, json\n"),
    (["compare", "--typ", "region"], "barometre : option inconnue : --typ ; vouliez-vous dire "
                                     "« --type »"),
    (["comapre"], "barometre : commande inconnue « comapre » ; vouliez-vous dire « compare » ?\n"),
    (["compare", "--type"], "barometre : l'option --type demande une valeur\n"),
])
def test_click_parsing_errors_in_french_on_one_line(cli, args, expected):
    res = cli(*args)
    assert res.exit_code == 2
    assert res.stderr.startswith(expected)
    assert len(res.stderr.splitlines()) == 1, res.stderr  # the help's hint on the same line
    assert "Traceback" not in res.stderr and "Error:" not in res.stderr


def test_click_errors_in_english(cli):
    res = cli("compare", "--lang", "en")
    assert res.stderr == "barometre: missing option: --type / -t (help: “barometre compare --help”)\n"


@pytest.mark.parametrize("args, fr, en", [
    (["rank", "--top", "0"], "valeur invalide pour --top / -n : 0 (il faut au moins 1)",
     "invalid value for --top / -n: 0 (must be at least 1)"),
    (["rank", "--top", "abc"], "valeur invalide pour --top / -n : « abc » n'est pas un nombre entier",
     "invalid value for --top / -n: “abc” is not a whole number"),
    (["compare", "--type", "region", "--year", "20x5"],
     "valeur invalide pour --year / -y : « 20x5 » n'est pas un nombre entier",
     "invalid value for --year / -y: “20x5” is not a whole number"),
    (["chart", "adoption", "--type", "region", "--dpi", "2000", "-o", "c.png"],
     "valeur invalide pour --dpi : 2000 (il faut de 50 à 1200)",
     "invalid value for --dpi: 2000 (must be from 50 to 1200)"),
])
def test_values_refused_by_their_type_are_said_in_the_language_asked(cli, args, fr, en):
    """Click's own sentences ("0 is not in the range x>=1.") come in the user's language,
    and the program's name is punctuated as each language does ("barometre :", "barometre:")."""
    res = cli(*args)
    assert res.exit_code == 2 and res.stderr.splitlines()[0] == f"barometre : {fr}"
    res = cli(*args, "--lang", "en")
    assert res.exit_code == 2 and res.stderr.splitlines()[0] == f"barometre: {en}"


def test_unexpected_error_is_one_line_and_debug_shows_it(cli, monkeypatch):
    from barometre.domain import registry

    def boom(*a, **k):
        raise RuntimeError("disque\nplein")

    monkeypatch.setattr(registry, "find_type", boom)
    res = cli("compare", "--type", "region")
    assert res.exit_code == 70
    lines = res.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("barometre : erreur inattendue (RuntimeError) : disque plein.")
    assert "--debug" in lines[0]
    assert "« barometre --debug … »" in lines[0]  # where --debug goes (not after the command)
    dbg = cli("--debug", "compare", "--type", "region")
    assert dbg.exit_code == 70  # the traceback, and the status of a bug all the same
    assert "Traceback" in dbg.stderr and dbg.stderr.rstrip().endswith("RuntimeError: disque\nplein")
    monkeypatch.setenv("BAROMETRE_DEBUG", "1")
    env = cli("compare", "--type", "region")
    assert env.exit_code == 70 and "Traceback" in env.stderr
    # a user error with --debug: its traceback, then its own line and status
    monkeypatch.undo()
    user = cli("--debug", "compare", "--type", "regoin")
    assert user.exit_code == 2 and "Traceback" in user.stderr
    assert user.stderr.splitlines()[-1].startswith("barometre : type inconnu « regoin »")


def test_ctrl_c_is_one_line_and_the_status_of_an_interrupt(cli, monkeypatch):
    """Ctrl-C during a command: "interrompu", exit 130 (128 + SIGINT, as shells say it);
    Typer's own handling said nothing. Before the command runs (during the imports, in the
    console script): the same line."""
    import subprocess
    import sys

    from barometre.domain import registry

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(registry, "find_type", interrupted)
    res = cli("compare", "--type", "region")
    assert res.exit_code == 130 and res.stderr == "barometre : interrompu\n"
    assert cli("compare", "--type", "region", "--lang", "en").stderr == "barometre: aborted\n"
    code = ("import barometre.cli as c\n"
            "def main():\n    raise KeyboardInterrupt\n"
            "c.main = main\nc.console()\n")
    done = subprocess.run([sys.executable, "-c", code, "types", "--lang", "en"],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (130, "barometre: aborted\n")


def test_a_closed_stdout_is_no_crash():
    """`barometre types >&-`: nothing can be written, and no traceback either."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "barometre", "types"], stdout=None,
                          stderr=subprocess.PIPE, text=True, timeout=60,
                          preexec_fn=lambda: __import__("os").close(1))
    assert "Traceback" not in done.stderr and "inattendue" not in done.stderr


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = re.findall(r"^\| `barometre ([a-z]+)", readme, flags=re.M)
    listed = set(table)
    for part in re.findall(r"^\| `barometre ([a-z]+)`, `([a-z]+)`, `([a-z]+)`", readme, flags=re.M):
        listed.update(part)
    from barometre.cli.app import COMMANDS, command_function

    for name in COMMANDS:  # every command of `barometre --help` (tests/test_startup.py)
        assert (command_function(name).__doc__ or "").strip(), f"{name} has no help text"
        assert name in listed, f"README's command table lacks `barometre {name}`"


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_message_catalog_is_complete_in_both_languages():
    cat = catalog()
    assert len(cat) >= 10
    for code, (fr, en) in cat.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code), code
        assert _fields(fr) == _fields(en), f"{code}: French and English take different parameters"
        assert ("" == fr) == ("" == en), code


def test_english_messages_quote_the_english_way():
    # « x », « Non » in English sentences (blank-ambiguous, the template's instructions…)
    bad = [code for code, (_, en) in catalog().items() if "«" in en or "»" in en]
    assert not bad, bad


def test_cli_validate_english_blank_ambiguous(cli, tmp_path):
    # validate --lang en: the ambiguous column of the template said with English quotes
    from barometre.survey.template import write_template

    out = tmp_path / "t.xlsx"
    write_template(out, "departement", platforms=["facebook"])
    from openpyxl import load_workbook

    wb = load_workbook(out)
    ws = wb["Enquête"]
    heads = [c.value for c in ws[1]]
    col = next(i for i, h in enumerate(heads, 1) if h and "présence" in str(h).lower())
    ws.cell(2, col, "x")
    wb.save(out)
    res = cli("--lang", "en", "validate", out)
    assert res.exit_code == 1, res.output
    assert ("in a column without any “Non” (or “No”): ambiguous in barometre's template, "
            "whose instructions ask for “Non” when the collectivité has no account; --blank "
            "absent if a blank means no account (a tick box: “x” or blank)") in res.stdout
    assert "«" not in res.stdout


def test_every_message_from_a_cold_start():
    """text() reads only the module its code's first word names, else the whole catalog:
    whatever was read before, every code gives its own sentence, and unknown codes fail."""
    from barometre import messages

    full = dict(catalog())
    try:
        for code, (fr, en) in full.items():
            messages._loaded.clear()
            messages._areas_read.clear()
            messages.catalog.cache_clear()
            assert messages._texts(code) == (fr, en), code
            assert messages.Msg(code).code == code
        messages._loaded.clear()
        messages._areas_read.clear()
        messages.catalog.cache_clear()
        with pytest.raises(KeyError, match="unknown message code 'cli-nope'"):
            messages.Msg("cli-nope")
        with pytest.raises(KeyError):
            messages.text("nope")
    finally:
        messages.catalog.cache_clear()
        assert catalog() == full


def test_result_frames_match_their_schema():
    import barometre as bm
    from barometre.domain.schemas import ENTITIES, SchemaError, SURVEY

    demo = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
    s = bm.read_survey(demo)
    assert list(s.columns) == SURVEY.names
    assert list(bm.benchmark(s, "44").columns)[14:16] == ["n_peers_per_1000", "code"]
    assert list(bm.entities("region").columns) == ENTITIES.names
    with pytest.raises(SchemaError, match="manquantes"):
        SURVEY.check(s.drop(columns=["followers"]))
    with pytest.raises(SchemaError, match="pas int"):
        SURVEY.check(s.assign(followers=s["name"]))


def test_validate_speaks_english_with_codes(cli):
    demo = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
    en = cli("validate", demo, "--lang", "en")
    assert en.exit_code == 0
    # the 5 platforms' blank cells (the demo's councils, 67/68 and 2A/2B, say nothing)
    # the counts, then the type guessed (s35: validate says it as compare does)
    assert en.stderr == ("enquete-departements-donnees-fictives.xlsx: 0 errors, 5 warnings\n"
                         "type guessed: départements (--type departement), that of every entity "
                         "in the file (101)\n")
    first = en.stdout.splitlines()[0]
    assert first.startswith("enquete-departements-donnees-fictives.xlsx, column “Facebook”: "
                            "warning: Facebook: 7 blank cells counted as “not answered” (lines 4, 7")
    fr = cli("validate", demo, "--format", "json")
    records = json.loads(fr.stdout)
    assert {r["code"] for r in records} == {"blank-unknown"}
    assert records[0]["message"].startswith("Facebook : 7 cellules vides comptées comme")
    en_json = json.loads(cli("validate", demo, "--format", "json", "--lang", "en").stdout)
    assert [r["code"] for r in en_json] == [r["code"] for r in records]
    assert en_json[0]["message"].startswith("Facebook: 7 blank cells")


def test_read_survey_errors_option_is_checked():
    import barometre as bm
    from barometre.domain.errors import UsageError

    demo = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
    with pytest.raises(UsageError) as e:
        bm.read_survey(demo, errors="skipp")
    assert e.value.code == "bad-errors-option"


def test_survey_errors_said_in_the_language_of_the_command_line(cli, tmp_path):
    """compare/rank refuse a file with errors: the summary, the located lines and the
    count past the detail cap are said in French or English (they were French only)."""
    f = tmp_path / "enquete.csv"
    f.write_text("code;plateforme;present;date\n01001;Facebook;Oui;15/10/2025\n"
                 "01002;Facebok;Oui;15/10/2025\n99999;Facebook;Oui;15/10/2025\n",
                 encoding="utf-8")
    fr = cli("compare", "--data", f, "--type", "commune")
    assert fr.exit_code == 1 and "Traceback" not in fr.stderr
    assert fr.stderr.splitlines() == [  # by row (they came column by column: 4, then 3)
        f"barometre : enquete.csv : 2 erreurs (voir « barometre validate {f} »)",  # as typed
        "  ligne 3, colonne « plateforme » : erreur : « Facebok » réseau inconnu : attendu "
        "Facebook, X, Instagram, LinkedIn…",
        "  ligne 4, colonne « code » : erreur : aucune collectivité de type « commune » n'a le "
        "code « 99999 »"]
    en = cli("compare", "--data", f, "--type", "commune", "--lang", "en")
    assert en.stderr.splitlines() == [
        f"barometre: enquete.csv: 2 errors (see “barometre validate {f} --lang en”)",
        "  line 3, column “plateforme”: error: “Facebok” unknown platform: expected Facebook, "
        "X, Instagram, LinkedIn…",
        "  line 4, column “code”: error: no authority of type “municipality” has the code “99999”"]
    one = tmp_path / "une.csv"
    one.write_text("code;plateforme;present\n01001;Facebok;Oui\n", encoding="utf-8")
    assert cli("compare", "--data", one, "--type", "commune", "--lang", "en").stderr == (
        "barometre: une.csv, line 2, column “plateforme”: error: “Facebok” unknown platform: "
        "expected Facebook, X, Instagram, LinkedIn…\n")
    # past the reader's cap of 1,000 detailed problems the count stays exact: 1,500 errors,
    # 20 lines shown, the rest counted with the separator of the language, and their codes
    many = tmp_path / "beaucoup.csv"
    many.write_text("code;plateforme;present\n" + "".join(
        f"01001;Facebook;peut-être{i}\n" for i in range(1500)), encoding="utf-8")
    en = cli("compare", "--data", many, "--type", "commune", "--lang", "en").stderr.splitlines()
    assert en[0] == ("barometre: beaucoup.csv: 1,500 errors "
                     f"(see “barometre validate {many} --lang en”)")
    assert len(en) == 22 and en[-1] == "  … and 1,480 more (presence-invalid)"
    fr = cli("compare", "--data", many, "--type", "commune").stderr.splitlines()
    assert fr[0].startswith("barometre : beaucoup.csv : 1\u202f500 erreurs")
    assert fr[-1] == "  … et 1\u202f480 autres (presence-invalid)"


def test_compare_says_when_undated_readings_took_the_wave_date_in_a_multi_year_file(
        cli, tmp_path):
    """The most frequent date (2024) decides the year of the undated "Non": in a file of
    several years, compare says so above the table, not only validate."""
    f = tmp_path / "annees.csv"
    f.write_text("code;plateforme;present;date\n01001;Facebook;Oui;15/10/2024\n"
                 "01002;Facebook;Oui;15/10/2024\n01001;Facebook;Oui;15/10/2025\n"
                 "01005;Facebook;Non;\n01004;Facebook;Oui;15/10/2024\n", encoding="utf-8")
    out = cli("compare", "--data", f, "--type", "commune").stdout.splitlines()
    # (a file of Facebook alone: no "au moins un réseau", said first)
    assert out[2].startswith("« au moins un réseau » non montré : un seul réseau relevé")
    assert out[3] == ("Attention : 1 relevé sans date rattaché à la date de la vague, 15 octobre 2024 "
                      "(ligne 5) ; le fichier couvre plusieurs années, --date pour dater ces "
                      "relevés")
    en = cli("compare", "--data", f, "--type", "commune", "--lang", "en", "-f", "json")
    assert en.stderr.splitlines()[-2:] == [
        "Warning: 1 reading has no date: given the wave's date, 15 October 2024 (line 5); "
        "the file spans several years, --date to date these readings",
        f"Reading: 2 warnings (details: “barometre validate {f} --lang en”)"]
    # one year: the wave's date cannot move a reading to another year, nothing more is said
    one = tmp_path / "une-annee.csv"
    one.write_text("code;plateforme;present;date\n01001;Facebook;Oui;15/10/2025\n"
                   "01005;Facebook;Non;\n", encoding="utf-8")
    assert "Attention" not in cli("compare", "--data", one, "--type", "commune").stdout
    # --date: the user chose the date, nothing to warn about
    dated = cli("compare", "--data", f, "--type", "commune", "--date", "15/10/2025").stdout
    assert "Attention" not in dated and "Couverture : 2 sur 34" in dated


def test_commands_that_count_say_how_many_warnings_the_reading_gave(cli, tmp_path):
    """Each warning is an interpretation that changes what is counted (here the abbreviated
    count and the blank answer): the counting commands say how many, after their output
    (stdout stays the table, CSV or JSON), and validate lists them."""
    f = tmp_path / "lecture.csv"
    f.write_text("code;plateforme;present;abonnes;date\n01001;Facebook;Oui;1,2k;15/10/2025\n"
                 "01002;Facebook;;;15/10/2025\n01004;Facebook;Oui;300;15/10/2025\n",
                 encoding="utf-8")
    assert cli("validate", f, "--type", "commune").stderr.strip().endswith(
        "0 erreur, 2 avertissements")
    line = f"Lecture : 2 avertissements (détail : « barometre validate {f} »)"
    table = cli("compare", "--data", f, "--type", "commune")
    assert table.exit_code == 0 and line in table.stdout.splitlines()
    as_csv = cli("compare", "--data", f, "--type", "commune", "--format", "csv", "--lang", "en")
    assert f"Reading: 2 warnings (details: “barometre validate {f} --lang en”)" in \
        as_csv.stderr.splitlines() and "Reading" not in as_csv.stdout
    ranked = cli("rank", "--data", f, "--type", "commune", "-p", "facebook")
    assert ranked.exit_code == 0 and ranked.stderr.splitlines() == [line]
    chart = cli("chart", "ranking", "--data", f, "--type", "commune", "-p", "facebook",
                "-o", tmp_path / "c.png")
    assert chart.exit_code == 0 and chart.stderr.splitlines()[-1] == line
    # a clean file: nothing more is said
    clean = tmp_path / "propre.csv"
    clean.write_text("code;plateforme;present;abonnes;date\n01001;Facebook;Oui;1200;15/10/2025\n",
                     encoding="utf-8")
    assert cli("rank", "--data", clean, "--type", "commune", "-p", "facebook").stderr == ""


def test_commands_on_waves_say_the_warnings_of_each_file(cli, tmp_path):
    """trend --data, changes, chart trend/changes and a report of several waves count too:
    a file read month first (its dates decide its wave) says so after the output."""
    old = tmp_path / "vague-2024.csv"
    old.write_text("code;plateforme;present;date\n01001;facebook;Oui;15/10/2024\n"
                   "01002;facebook;Non;15/10/2024\n", encoding="utf-8")
    us = tmp_path / "vague-2025.csv"
    us.write_text("code;plateforme;present;date\n01001;facebook;Oui;10/15/2025\n"
                  "01002;facebook;Oui;10/15/2025\n", encoding="utf-8")
    line = f"Lecture : 1 avertissement (détail : « barometre validate {us} »)"
    # -p facebook: files of Facebook alone, whose "any" would otherwise be said left out
    waves = ("--data", old, "--data", us, "--type", "commune", "-p", "facebook")
    for args in (("trend", *waves), ("changes", *waves),
                 ("chart", "trend", *waves, "-o", tmp_path / "t.png"),
                 ("chart", "changes", *waves, "-o", tmp_path / "c.png"),
                 ("report", *waves, "-o", tmp_path / "r.xlsx")):
        res = cli(*args)
        assert res.exit_code == 0 and res.stderr.splitlines()[-1] == line, (args, res.stderr)
    en = cli("trend", *waves, "--lang", "en", "--format", "json")
    assert en.stderr.splitlines() == [
        f"Reading: 1 warning (details: “barometre validate {us} --lang en”)"]
    assert cli("trend", "--data", old, "--type", "commune", "-p", "facebook").stderr == ""


def test_waves_of_one_name_in_two_folders_are_named_by_their_paths(cli, tmp_path, monkeypatch):
    """v1/enquete.csv and v2/enquete.csv: each warnings line names its file as typed (they
    both said « barometre validate enquete.csv », which no shell finds), and the command it
    names, pasted, lists that file's warnings; read_waves' merged problems say their file."""
    import barometre as bm

    monkeypatch.chdir(tmp_path)
    for folder, dates in (("v1", ("15/10/2024", "15/10/2024")), ("v2", ("10/15/2025", "3/4/2025"))):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "enquete.csv").write_text(
            "code;plateforme;present;date\n01001;facebook;Oui;%s\n01002;facebook;;%s\n" % dates,
            encoding="utf-8")
    waves = ("--data", "v1/enquete.csv", "--data", "./v2/enquete.csv", "--type", "commune")
    res = cli("changes", *waves)
    assert res.exit_code == 0 and res.stderr.splitlines() == [
        "Lecture : 1 avertissement (détail : « barometre validate v1/enquete.csv »)",
        "Lecture : 2 avertissements (détail : « barometre validate v2/enquete.csv »)"]
    en = cli("trend", *waves, "--lang", "en").stderr.splitlines()
    assert en[1] == "Reading: 2 warnings (details: “barometre validate v2/enquete.csv --lang en”)"
    pasted = cli("validate", "v2/enquete.csv", "--type", "commune")
    assert pasted.stderr.strip().endswith("0 erreur, 2 avertissements")
    # the merged problems: each with its file, as given; a column of the problems' frame
    w = bm.read_waves(["v1/enquete.csv", "./v2/enquete.csv"], type="commune")
    frame = bm.problems_frame(w.attrs["problems"])
    assert list(frame.columns) == ["row", "column", "value", "severity", "message", "code", "file",
                                   "count", "rows"]  # the warnings of several rows: each row
    assert frame["file"].tolist() == ["v1/enquete.csv"] + ["./v2/enquete.csv"] * 2
    assert frame[["code", "count", "rows"]].to_dict("records") == [  # line 3's blank cells
        {"code": "blank-absent", "count": 1, "rows": [3]},         # line 2 read month first,
        {"code": "dates-month-first", "count": 2, "rows": [2, 3]},  # line 3 too (3/4/2025)
        # v2's line 3 (4 March 2025) is a wave of its own, 7 months before line 2's: its
        # blank is decided on its wave's rows (waves22c), which hold no answer: not answered
        {"code": "blank-empty", "count": 1, "rows": [3]}]
    assert w.attrs["problems"][0]["file"] == "v1/enquete.csv"
    assert w.attrs["problems"][-1].describe(lang="en").startswith("./v2/enquete.csv, column “present”")
    # one file read alone: its problems have no file
    assert list(bm.problems_frame(bm.validate("v1/enquete.csv", type="commune")).columns) == \
        ["row", "column", "value", "severity", "message", "code", "count", "rows"]


def test_the_warnings_line_names_the_validate_that_lists_them(cli, tmp_path):
    """The command in the warnings line reads the file as the counting command did: another
    sheet, blank rule or wave date gives other warnings (the first sheet of this workbook
    has none), and an English reader gets them in English."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.append(["code", "plateforme", "present", "date"])
    wb.active.append(["01001", "facebook", "Oui", "15/03/2025"])
    us = wb.create_sheet("Vague 2")
    for row in (["code", "plateforme", "present", "date"], ["01001", "facebook", "Oui", "3/15/2025"],
                ["01002", "facebook", "", "3/4/2025"]):
        us.append(row)
    f = tmp_path / "mon enquete.xlsx"
    wb.save(f)
    res = cli("compare", "--data", f, "--type", "commune", "--sheet", "Vague 2", "--blank",
              "absent", "--date", "04/03/2025", "--lang", "en")
    line = (f"Reading: 2 warnings (details: “barometre validate '{f}' --sheet "
            "'Vague 2' --blank absent --date 04/03/2025 --lang en”)")
    assert res.exit_code == 0 and line in res.stdout.splitlines()
    said = cli("validate", f, "--type", "commune", "--sheet", "Vague 2", "--blank", "absent",
               "--date", "04/03/2025", "--lang", "en")
    assert said.stderr.strip().endswith("0 errors, 2 warnings")
    assert cli("validate", f, "--type", "commune", "--sheet", "Sheet").stderr.strip().endswith(
        "0 erreur, 0 avertissement")
    # two sheets of the same columns: which one is the survey is asked, not guessed
    assert "sheet-ambiguous" in cli("validate", f, "--type", "commune", "--format",
                                    "json").stdout
    old = tmp_path / "2024.xlsx"
    wb.remove(us)
    wb.create_sheet("Vague 2").append(["code", "plateforme", "present", "date"])
    wb["Vague 2"].append(["01001", "facebook", "Oui", "15/03/2024"])
    wb.save(old)
    waves = cli("trend", "--data", old, "--data", f, "--sheet", "Vague 2", "--type", "commune",
                "-p", "facebook")
    assert waves.exit_code == 0 and waves.stderr.splitlines() == [
        f"Lecture : 2 avertissements (détail : « barometre validate '{f}' "
        "--sheet 'Vague 2' »)"]


def test_the_warnings_line_counts_the_warnings_past_the_cap(cli, tmp_path):
    """Past 1,000 problems the reading keeps a summary ("… et 500 autres avertissements"):
    the counting commands say as many warnings as validate counts, grouped as counts are."""
    from barometre.datasets import reference

    # a count beside « Non »: a warning per row (abbreviated counts, « 1,5k », were used
    # until tmpl22: a column of them is now one warning); five counts to rank
    f = tmp_path / "non.csv"
    codes = reference.type_codes("commune")
    f.write_text("code;plateforme;present;abonnes;date\n" + "".join(
        f'{c};facebook;Non;1500;15/10/2025\n' for c in codes[:1500]) + "".join(
        f'{c};facebook;Oui;1500;15/10/2025\n' for c in codes[1500:1505]), encoding="utf-8")
    assert cli("validate", f, "--type", "commune").stderr.strip().endswith(
        "0 erreur, 1\u202f500 avertissements")
    assert cli("validate", f, "--type", "commune", "--lang", "en").stderr.strip().endswith(
        "0 errors, 1,500 warnings")
    line = f"Lecture : 1\u202f500 avertissements (détail : « barometre validate {f} »)"
    assert line in cli("compare", "--data", f, "--type", "commune").stdout.splitlines()
    assert cli("rank", "--data", f, "--type", "commune", "-p", "facebook").stderr.splitlines() \
        == [line]


def test_the_error_hint_names_the_validate_that_reads_the_file_the_same_way(cli, tmp_path):
    """Another sheet reads other errors: the hint carries --sheet (quoted), --blank and, in
    English, --lang en, so that the command it names lists these very errors."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Vague 1"
    wb.active.append(["code", "plateforme", "present"])
    wb.active.append(["44109", "facebook", "Oui"])
    ws = wb.create_sheet("Vague 2")
    for row in (["code", "plateforme", "present"], ["99999", "facebook", "Oui"],
                ["99998", "facebook", "Oui"], ["44109", "facebook", "Oui"]):
        ws.append(row)
    f = tmp_path / "vagues.xlsx"
    wb.save(f)
    fr = cli("compare", "--data", f, "--sheet", "Vague 2", "--type", "commune")
    assert fr.exit_code == 1 and fr.stderr.splitlines()[0] == (
        f"barometre : vagues.xlsx : 2 erreurs (voir « barometre validate {f} "
        "--sheet 'Vague 2' »)")
    en = cli("rank", "--data", f, "--sheet", "Vague 2", "--type", "commune", "-p", "facebook",
             "--blank", "absent", "--lang", "en")
    assert en.stderr.splitlines()[0] == (
        f"barometre: vagues.xlsx: 2 errors (see “barometre validate {f} --sheet "
        "'Vague 2' --blank absent --lang en”)")
    # the command named lists them
    listed = cli("validate", f, "--sheet", "Vague 2", "--type", "commune")
    assert listed.stderr.strip().endswith("2 erreurs, 0 avertissement")


def test_survey_base_said_in_english(cli):
    """The base of a survey figure is barometre's own label: said in the table's language
    (so is a published figure's base: our description of what the source counted)."""
    demo = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
    en = cli("compare", "--data", demo, "--type", "departement", "--lang", "en").stdout
    fb = next(line for line in en.splitlines() if line.startswith("département  Facebook"))
    assert fb.endswith("94 surveyed entities; 7 others not answered, out of the base")
    assert "de l'enquête" not in en
    fr = cli("compare", "--data", demo, "--type", "departement").stdout
    assert "94 entités de l'enquête ; 7 autres sans réponse, hors base" in fr
    published = cli("compare", "--type", "region", "--year", "2015", "--source", "ideose",
                    "--lang", "en").stdout
    # a published base is our description of what the source counted: in English too
    assert "101 prefecture cities" in published and "villes préfectures" not in published


def test_coverage_counts_the_entities_with_an_answer_and_says_so(cli, tmp_path):
    """Three départements in the file, one whose only cell is blank in a column with "Non"
    (not answered, out of the base): the coverage line says 2 with an answer, not 2 in the
    file."""
    f = tmp_path / "deps.csv"
    f.write_text("Code;Facebook\n01;Oui\n02;Non\n03;\n", encoding="utf-8")
    fr = cli("compare", "--data", f, "--type", "departement").stdout
    assert fr.splitlines()[0] == ("Couverture : 2 sur 101 départements avec au moins une réponse "
                                  "dans le fichier")
    assert "1 autre sans réponse, hors base" in fr
    en = cli("compare", "--data", f, "--type", "departement", "--lang", "en").stdout
    assert en.splitlines()[0] == ("Coverage: 2 of 101 départements with at least one answer in "
                                  "the file")


@pytest.mark.skipif(not __import__("shutil").which("bash"), reason="bash not installed")
def test_the_validate_command_named_pastes_into_a_shell(cli, tmp_path, monkeypatch):
    """A file named with a quote, a double quote, "$", a backtick, a backslash, a space and
    an accent: the warnings line and the error hint name it quoted as shlex.quote does (the
    double quotes of before let bash expand "$HOME" and the backtick, and end at the
    inner quote), and the command pasted into bash validates that very file."""
    import os
    import subprocess
    import sys

    monkeypatch.chdir(tmp_path)
    name = 'l\'enquête "2025" $HOME `id` a\\b.csv'
    (tmp_path / name).write_text("code;plateforme;present;date\n01001;facebook;Oui;10/15/2025\n"
                                 "01002;facebook;;3/4/2025\n", encoding="utf-8")
    res = cli("compare", "--data", name, "--type", "commune")
    assert res.exit_code == 0, res.stderr
    line = next(x for x in res.stdout.splitlines() if x.startswith("Lecture : "))
    args = line[line.index("« barometre validate ") + len("« barometre validate "):line.rindex(" »")]
    assert args == "'l'\"'\"'enquête \"2025\" $HOME `id` a\\b.csv'"
    en = cli("compare", "--data", name, "--type", "commune", "--lang", "en").stdout
    assert f"(details: “barometre validate {args} --lang en”)" in en
    echo = subprocess.run(["bash", "-c", "barometre() { printf '%s\\n' \"$@\"; }; "
                           f"barometre validate {args}"], capture_output=True, text=True)
    assert echo.stdout.splitlines() == ["validate", name]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run(["bash", "-c", f"{sys.executable} -m barometre validate {args} "
                          "--type commune"], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip().endswith("0 erreur, 2 avertissements")
    # nothing to quote: written plain, as before (an accent needs no quotes)
    from barometre.survey.grid import validate_args

    assert validate_args("v2/enquête-2025.csv", blank="absent").render("fr") == \
        "v2/enquête-2025.csv --blank absent"


@pytest.mark.parametrize("command", [
    ["compare", "-t", "departement"], ["rank", "-p", "facebook"],
    ["benchmark", "-e", "44"], ["validate"]])
def test_a_second_data_file_is_refused_not_silently_dropped(cli, tmp_path, command):
    """compare, rank, benchmark read one file: "--data a --data b" printed b's figures
    alone, without a word of a (Click keeps the last value of an option of one value)."""
    import barometre as bm

    demo = bm.demo_file("enquete")
    args = command[:1] + ([demo] if command[0] == "validate" else []) + command[1:]
    if command[0] != "validate":
        args += ["--data", demo, "-d", demo]
    else:
        args = ["compare", "--data", demo, "--data=" + str(demo), "-t", "departement"]
    res = cli(*args)
    assert res.exit_code == 2, res.output
    assert res.stdout == ""
    assert res.stderr.splitlines()[0] == (
        f"barometre : option --data/-d donnée 2 fois : « barometre {args[0]} » n'en lit "
        "qu'une (plusieurs fichiers : barometre trend, changes ou report)")


def test_an_option_of_one_value_given_twice_is_refused(cli):
    res = cli("compare", "-t", "region", "--type", "departement", "--lang", "en")
    assert res.exit_code == 2
    assert res.stderr.splitlines()[0] == (
        "barometre: option --type/-t given 2 times: “barometre compare” reads only one")
    # options that take several values (--platform, trend's --data), and flags, are not
    import barometre as bm

    demo = bm.demo_file("enquete")
    assert cli("compare", "-d", demo, "-t", "departement", "-p", "facebook", "-p", "x"
               ).exit_code == 0
    assert cli("compare", "-t", "region", "--all-sources", "--all-sources").exit_code == 0


def test_message_catalog_reads_every_message_module():
    # catalog() lists the package's modules itself (pkgutil's import cost ~15 ms, #19):
    # the same modules as Python's own listing, so no module's messages are left out
    import pkgutil

    import barometre.messages as messages

    listed = sorted(i.name for i in pkgutil.iter_modules(messages.__path__)
                    if not i.name.startswith("_"))
    assert messages._module_names() == listed
    assert len(listed) >= 10
    for name in listed:
        module = __import__(f"barometre.messages.{name}", fromlist=["MESSAGES"])
        assert set(module.MESSAGES) <= set(catalog()), name
