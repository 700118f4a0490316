"""The régions of before 1 January 2016 (loi n° 2015-29) are never read silently as today's,
nor as départements (review rvgeo19, findings 1, 4, 5, 6, 8).

Files in tests/files/regions2015 are the reviewer's: 2015 surveys keyed by the 27 régions of
the COG 2015 (« 22;Région Picardie », « 42;Région Alsace »), the 11 régions that kept their
code and territory (regions-2015-kept.csv), a 2025 wave of the 18, and Corsica written
« 94;Collectivité de Corse »."""

from __future__ import annotations

import json

import openpyxl
import pytest
from typer.testing import CliRunner

import barometre as bm
from barometre.cli.app import app
from barometre.datasets import reference
from barometre.domain.errors import ResolveError, UsageError

from .conftest import FILES

DIR = FILES / "regions2015"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def codes_of(problems) -> list[str]:
    return [p.code for p in problems]


# --------------------------------------------------------------- resolve (findings 5)

@pytest.mark.parametrize("text, type_", [("Picardie", None), ("Picardie", "region"),
                                         ("Région Picardie", "region"),
                                         ("Conseil régional de Picardie", None),
                                         ("22", "region")])
def test_old_region_is_said_never_a_close_name(text, type_):
    with pytest.raises(ResolveError) as exc:
        reference.resolve(text, type=type_)
    err = exc.value
    assert err.code == "former-region"
    fr = err.render("fr")
    assert "Picardie, région d'avant 2016, fusionnée dans la région Hauts-de-France (32)" in fr
    # a library call names adoption's panel=True (the command line its --panel, session 31)
    assert "le 1er janvier 2016" in fr and "précisez panel=True)" in fr
    assert "Pardies" not in fr and not err.candidates  # no suggestion to follow
    assert "merged into Hauts-de-France (32) on 1 January 2016" in err.render("en")


def test_merged_region_is_not_todays_merged_one():
    # Franche-Comté used to be suggested Bourgogne-Franche-Comté (27): following it counted the
    # old région as today's
    for name in ("Région Franche-Comté", "Franche-Comté", "Région Haute-Normandie",
                 "Rhône-Alpes"):
        with pytest.raises(ResolveError) as exc:
            reference.resolve(name, type="region")
        assert exc.value.code == "former-region"
        assert "les plus proches" not in str(exc.value)


def test_provisional_names_say_the_region_to_write():
    for name, code in (("ACAL", "44"), ("Nord-Pas-de-Calais-Picardie", "32"), ("LRMP", "76"),
                       ("ALPC", "75")):
        with pytest.raises(ResolveError) as exc:
            reference.resolve(name, type="region")
        assert exc.value.code == "provisional-region"
        assert str(exc.value).endswith(f"écrivez {code}")
        assert "Provence" not in str(exc.value)  # ACAL was PACA's closest name


def test_kept_region_old_name_is_todays():
    # Centre kept its code and territory (renamed Centre-Val de Loire in 2015)
    assert reference.resolve("Région Centre").code == "24"
    assert reference.resolve("Centre", type="region").code == "24"


def test_cli_resolve_picardie():
    res = run("resolve", "Picardie")
    assert res.exit_code == 1
    assert "Hauts-de-France (32)" in res.output and "Pardies" not in res.output


# --------------------------------------------------------------- type guessing (finding 1)

def test_header_region_makes_a_file_of_regions():
    # « Code;Région »: was read as départements without a word (22 Côtes-d'Armor)
    problems = bm.validate(DIR / "regions-2015-27-coderegion.csv")
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 16 and set(codes_of(errors)) == {"former-region"}
    said = {p.value: p.message for p in errors}
    assert "Picardie" in said["22"] and "Hauts-de-France (32)" in said["22"]
    assert "Alsace" in said["42"] and "Grand Est (44)" in said["42"]
    assert not any("Côtes-d'Armor" in p.message for p in problems)


def test_rank_never_reads_old_regions_as_departements():
    res = run("rank", "-p", "facebook", "--data", DIR / "regions-2015-27-coderegion.csv")
    assert res.exit_code != 0
    assert "Côtes-d'Armor" not in res.output and "Seine-Saint-Denis" not in res.output
    assert "Picardie, région d'avant 2016" in res.output


def test_names_beside_codes_decide_regions():
    # « Code;Nom »: 25 warnings « … à côté du code 22 (Côtes-d'Armor) », read as départements
    problems = bm.validate(DIR / "regions-2015-code-25.csv")
    assert not any("Côtes-d'Armor" in p.message or "Doubs" in p.message for p in problems)
    assert codes_of(problems).count("former-region") == 16
    res = run("report", "--data", DIR / "regions-2015-code-25.csv", "-o", "x.xlsx")
    assert res.exit_code != 0 and "départements" not in res.output.split("\n")[0]


def test_codes_alone_of_the_old_map_are_a_guess_said():
    problems = bm.validate(DIR / "regions-2015-nonames.csv")
    guessed = [p for p in problems if p.code == "type-guessed"]
    # a library call names its parameter, type="region" (the CLI --type region, session 31)
    assert len(guessed) == 1 and 'type="region"' in guessed[0].message
    # as régions: the old ones are named
    problems = bm.validate(DIR / "regions-2015-nonames.csv", type="region")
    assert codes_of(problems).count("former-region") == 16


def test_names_file_of_old_regions():
    problems = bm.validate(DIR / "regions-2015-names.csv")
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 16 and set(codes_of(errors)) == {"former-region"}
    assert not any("Bourgogne-Franche-Comté (27)" in p.message and "proches" in p.message
                   for p in errors)


# --------------------------------------------------------------- Corsica (finding 8)

def test_collectivite_de_corse_beside_94_is_corsica():
    assert [p for p in bm.validate(DIR / "regions-2025-94cdc.csv")
            if p.severity == "error"] == []
    df = bm.read_survey(DIR / "regions-2025-94cdc.csv")
    assert "94" in set(df["code"]) and "20R" not in set(df["code"])


def test_collectivite_de_corse_beside_another_region_stays_an_error(tmp_path):
    f = tmp_path / "r.csv"
    f.write_text("Code région;Région;Facebook\n53;Collectivité de Corse;Oui\n", encoding="utf-8")
    assert [p.severity for p in bm.validate(f)] == ["error"]


# --------------------------------------------------------------- the map of 2015 (finding 4)

def test_region_reading_before_2016_needs_panel():
    df = bm.read_survey(DIR / "regions-2015-kept.csv")
    with pytest.raises(UsageError) as exc:
        bm.adoption(df)
    assert exc.value.code == "region-map-before-2016"
    a = bm.adoption(df, panel=True)
    fb = a[a["platform"] == "facebook"].iloc[0]
    assert (fb["n_present"], fb["n_base"], fb["n_reference"]) == (10, 11, 11)
    assert bool(fb["census"])


def test_validate_warns_of_the_old_map():
    problems = bm.validate(DIR / "regions-2015-kept.csv")
    assert codes_of(problems) == ["region-map-before-2016"]
    assert "18 régions d'aujourd'hui" in problems[0].message
    assert codes_of(bm.validate(DIR / "regions-2025.csv")) == []


def test_compare_no_base_of_18_for_2015():
    res = run("compare", "--data", DIR / "regions-2015-kept.csv", "--type", "region")
    assert res.exit_code != 0
    assert "N = 18" not in res.output and "sur 18" not in res.output
    assert "--panel" in res.output
    res = run("compare", "--data", DIR / "regions-2015-kept.csv", "--type", "region", "--panel")
    assert res.exit_code == 0, res.output
    assert "11 régions du panel" in res.output and "N = 18" not in res.output
    assert "carte d'avant 2016" in res.output and "JORFTEXT000030109622" in res.output


def test_trend_over_the_map_change_says_it():
    files = ["--data", DIR / "regions-2015-kept.csv", "--data", DIR / "regions-2025.csv"]
    res = run("trend", "--type", "region", *files, "-p", "facebook")
    assert res.exit_code != 0 and "18/18" not in res.output
    res = run("trend", "--type", "region", *files, "-p", "facebook", "--panel", "--lang", "en")
    assert res.exit_code == 0, res.output
    assert "11/11" in res.output and "18/18" not in res.output
    assert "the map changed between the waves" in res.output


def test_report_over_the_map_change_says_it(tmp_path):
    out = tmp_path / "r.xlsx"
    files = ["--data", DIR / "regions-2015-kept.csv", "--data", DIR / "regions-2025.csv"]
    assert run("report", *files, "--type", "region", "-o", out).exit_code != 0
    res = run("report", *files, "--type", "region", "--panel", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    said = {ws.title: [v for row in ws.iter_rows(values_only=True) for v in row
                       if isinstance(v, str) and "1er janvier 2016" in v] for ws in wb}
    assert said["Synthèse"] and said["Évolution"] and said["Sources et méthode"]
    assert "la carte a changé" in said["Évolution"][0]


# --------------------------------------------------------------- published base (finding 6)

@pytest.mark.parametrize("lang, words", [("fr", "régions (carte d'avant 2016)"),
                                         ("en", "regions (map before 2016)")])
def test_compare_published_2015_says_the_old_map(lang, words):
    res = run("compare", "--type", "region", "--year", "2015", "--source", "ideose",
              "--lang", lang)
    assert res.exit_code == 0, res.output
    rows = [line for line in res.output.splitlines() if "Facebook" in line and "96" in line]
    assert rows and words in rows[0]


def test_report_published_2015_says_the_old_map(tmp_path):
    out = tmp_path / "i.xlsx"
    res = run("report", "--type", "region", "--year", "2015", "--source", "ideose", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    lines = [v for row in wb["Synthèse"].iter_rows(values_only=True) for v in row
             if isinstance(v, str)]
    assert any(line.startswith("96\u202f% des régions (carte d'avant 2016) sur Facebook")
               for line in lines)
    ws = wb["Adoption"]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, r)) for r in ws.iter_rows(min_row=2, values_only=True)
            if r[0] == "région"]
    assert rows and all(r["Base"] == "régions (carte d'avant 2016)" for r in rows)


def test_validate_json_code(tmp_path):
    res = run("validate", DIR / "regions-2015.csv", "--format", "json")
    data = json.loads(res.output[:res.output.rindex("]") + 1])
    assert {d["code"] for d in data if d["severity"] == "error"} == {"former-region"}
