"""English help and English words in CSV/JSON (review en17): `--help` follows
BAROMETRE_LANG (and --lang), and compare's CSV/JSON under --lang en say in English what
the table says in English."""

import csv
import inspect
import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from barometre.cli.app import COMMANDS, app, build_command

EN = {"BAROMETRE_LANG": "en"}
FILES = Path(__file__).resolve().parent / "files"


def run(*args, env=None):
    return CliRunner().invoke(app, [str(a) for a in args], env=env or {"BAROMETRE_LANG": ""})


def _help_texts():
    """(where, text) of every help text of the command line: the app's, its options', each
    command's docstring and each of its options' help."""
    group = typer.main.get_command(app)
    for name, cmd in [("barometre", group)] + [(n, build_command(n)) for n in COMMANDS]:
        yield name, inspect.cleandoc(cmd.help)
        for p in cmd.params:
            if getattr(p, "help", None):
                yield f"{name} {p.name}", inspect.cleandoc(p.help)


def test_every_help_text_has_its_english_and_the_catalog_nothing_else():
    from barometre.messages.help import MESSAGES

    french = {fr for fr, _ in MESSAGES.values()}
    texts = list(_help_texts())
    missing = [where for where, t in texts if t not in french]
    assert not missing, f"help texts without English in messages/help.py: {missing}"
    assert french == {t for _, t in texts}, "messages/help.py holds help no command has"
    for code, (fr, en) in MESSAGES.items():
        assert fr != en and en.count("\n\n") == fr.count("\n\n"), code


def test_english_help_writes_thousands_the_english_way():
    # « the first 1 000 detailed », « per 1 000 inhabitants »: French spacing in English
    import re

    from barometre.messages.help import MESSAGES

    spaced = {code: m.group() for code, (_, en) in MESSAGES.items()
              if (m := re.search(r"\d[\s\u202f\xa0]\d{3}\b", en))}
    assert not spaced, spaced
    out = {name: " ".join(run("--lang", "en", name, "--help").stdout.split())
           for name in ("validate", "benchmark", "rank")}
    assert "(the first 1,000 detailed" in out["validate"]
    assert "per 1,000 inhabitants" in out["benchmark"] and "per 1,000 inhabitants" in out["rank"]
    assert "(les 1\u202f000 premiers" in run("validate", "--help").stdout  # French: unchanged


@pytest.mark.parametrize("name", list(COMMANDS))
def test_command_help_in_english_with_the_variable(name):
    from barometre.messages.help import MESSAGES

    res = run(name, "--help", env=EN)
    assert res.exit_code == 0, res.output
    out = " ".join(res.stdout.split())
    assert out.startswith(f"Usage: barometre {name} [OPTIONS]")
    en = dict(MESSAGES.values())
    cmd = build_command(name)
    for obj in (cmd, *cmd.params):
        if getattr(obj, "help", None):
            fr = inspect.cleandoc(obj.help)
            first = en[fr].split("\n\n")[0]
            assert " ".join(first.split()) in out, (name, first)
            assert " ".join(fr.split("\n\n")[0].split()) not in out, (name, fr)
    assert "Show this message and exit." in out


def test_compare_help_english_french_and_by_option():
    en = " ".join(run("compare", "--help", env=EN).stdout.split())
    assert "Compare the adoption of social networks" in en
    assert "Language of the labels, tables and messages: fr or en" in en
    assert "Comparer l'adoption" not in en and "Langue des libellés" not in en
    fr = " ".join(run("compare", "--help").stdout.split())  # French by default, as before
    assert "Comparer l'adoption des réseaux" in fr and "Langue des libellés" in fr
    assert "Compare the adoption" not in fr
    # --lang en after the command: the help in English too
    assert "Compare the adoption" in run("compare", "--lang", "en", "--help").stdout


def test_app_help_in_english_and_lang_before_the_command():
    res = run("--help", env=EN)
    assert res.exit_code == 0
    assert "Measure and compare French local authorities' presence" in res.stdout
    assert "compare    Compare the adoption of social networks" in res.stdout
    assert "Show the version." in res.stdout and "Mesurer" not in res.stdout
    res = run("--lang", "en", "--help")  # was refused: « option inconnue : --lang »
    assert res.exit_code == 0, res.output
    assert "Commands:" in res.stdout and "Measure and compare" in res.stdout
    # --lang before the command sets the command's language, as after it
    before = run("--lang", "en", "compare", "--type", "region", "--year", "2015")
    after = run("compare", "--type", "region", "--year", "2015", "--lang", "en")
    assert before.exit_code == 0 and before.stdout == after.stdout
    assert "Platform" in before.stdout
    # the command's own --lang wins
    assert run("--lang", "en", "compare", "--type", "region", "--year", "2015",
               "--lang", "fr").stdout == run("compare", "--type", "region", "--year",
                                             "2015").stdout


@pytest.mark.parametrize("width", [60, 100])
def test_lazy_help_is_the_eager_help_in_english(width, monkeypatch):
    from barometre.cli.chrome import LANG

    token = LANG.set("en")
    try:
        def help_text(build: bool) -> str:
            group = typer.main.get_command(app)
            if build:
                for name in COMMANDS:
                    group.commands[name]
            ctx = group.make_context("barometre", [], resilient_parsing=True,
                                     terminal_width=width)
            return ctx.get_help()

        assert help_text(False) == help_text(True)
        assert "Place one collectivité among" in help_text(False)
    finally:
        LANG.reset(token)


def test_english_help_imports_no_heavy_library():
    import os
    import subprocess
    import sys

    from tests.test_startup import HEAVY, PROBE

    out = subprocess.run([sys.executable, "-c", PROBE.format(args=["--help"], heavy=HEAVY)],
                         capture_output=True, text=True, timeout=60,
                         env={**os.environ, "BAROMETRE_LANG": "en"})
    assert out.stdout.startswith("Usage: barometre [OPTIONS] COMMAND")
    assert [l for l in out.stderr.splitlines() if l.startswith("HEAVY:")][-1] == "HEAVY:"


def test_compare_json_notes_in_english():
    res = run("compare", "--type", "region", "--year", "2012", "--all-sources", "-f", "json",
              "--lang", "en")
    rows = json.loads(res.stdout)
    notes = [r["notes"] for r in rows if r["notes"]]
    assert notes and not any("n'est" in n or " selon " in n for n in notes), notes
    assert any(n.startswith("80% is k/N for none of the counts of the named base") for n in notes)
    assert "27 régions" in {r["base"] for r in rows}  # bases as in the data (test_english)
    # the same with the variable, and French without
    assert json.loads(run("compare", "--type", "region", "--year", "2012", "--all-sources",
                          "-f", "json", env=EN).stdout) == rows
    fr = json.loads(run("compare", "--type", "region", "--year", "2012", "--all-sources",
                        "-f", "json").stdout)
    assert any(r["notes"] and r["notes"].startswith("80 % n'est k/N") for r in fr)
    assert "27 régions" in {r["base"] for r in fr}


def test_every_published_note_has_its_english():
    from barometre.messages.published import NOTES_EN

    src = Path(__file__).resolve().parents[1] / "src/barometre/data/published/adoption.csv"
    notes = {r["notes"] for r in csv.DictReader(src.open(encoding="utf-8")) if r["notes"]}
    assert notes <= set(NOTES_EN), notes - set(NOTES_EN)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_compare_annuaire_caveat_and_base_in_english(fmt):
    f = FILES / "annuaire" / "bulk-record-sample.json"
    res = run("compare", "--data", f, "--type", "commune", "-f", fmt, env=EN)
    assert res.exit_code == 0, res.output
    rows = (json.loads(res.stdout) if fmt == "json"
            else list(csv.DictReader(io.StringIO(res.stdout))))
    r = rows[0]
    assert r["caveat"] == ("Caveat: an authority with no declared account may still have one; "
                           "the share measured is a lower bound.")
    assert r["measure_label"] == "accounts declared to the Annuaire de l'administration"
    assert r["base"] == "1 entité de l'Annuaire"  # as in every language (test_english; word25: the Annuaire's own words)
    fr = json.loads(run("compare", "--data", f, "--type", "commune", "-f", "json").stdout)[0]
    assert fr["caveat"].startswith("Attention : une collectivité sans compte déclaré")
    assert fr["base"] == "1 entité de l'Annuaire"


def test_sources_method_stays_as_published():
    rows = json.loads(run("sources", "-f", "json", env=EN).stdout)
    fr = json.loads(run("sources", "-f", "json").stdout)
    assert [r.get("method") for r in rows] == [r.get("method") for r in fr]


@pytest.mark.parametrize("env, says", [
    ({"BAROMETRE_LANG": ""}, ["onglets « 2025 » et « 2024 »", "erreur qui demande --sheet",
                              "répartie sur plusieurs feuilles est refusée",
                              "ne lit que celle-ci, avec un avertissement"]),
    (EN, ['tabs "2025" and "2024"', "error asking for --sheet",
          "split over several sheets is refused", "reads that part alone, with a warning"]),
])
def test_sheet_help_says_what_happens_with_look_alike_sheets(env, says):
    """« Feuille Excel à lire. » said nothing of the look-alike sheets (README: which is asked,
    the split survey refused, --sheet on one part warned)."""
    for command in ("validate", "compare"):
        out = run(command, "--help", env={**env, "COLUMNS": "400"}).output
        line = " ".join(out.split())
        for said in says:
            assert said in line, (command, said)
