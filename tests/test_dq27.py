"""Five silences and wording defects (task dq27).

- A count beside a doubtful answer (« Oui ? » beside « 33 000 ») was counted in the note
  « … sans compte (présence Non, vide ou douteuse), non classé » without saying which
  cell: the note now quotes it, with its entity.
- ``validate --format json`` / ``csv`` wrote a control character raw in ``value``: named
  « <U+0007> » as the plain-text output does.
- ``chart nope`` said « KIND » where the help says « kind ».
- ``benchmark --help`` did not list its rounded-count columns.
- ``resolve 44 --type ville_prefecture`` gave Nantes without saying « 44 » is a
  département's code read as its préfecture.
"""

from __future__ import annotations

import csv
import io
import json

import pytest


def _controls(tmp_path):
    f = tmp_path / "d.csv"
    f.write_bytes(b"code;facebook;facebook_abonnes;date\n44;Oui;12000;15/10/2025\x07\n"
                  b"35;Oui;9000;15/10/2025\n29;Oui;15000;1\x1b5/10/2025\n")
    return f


def test_validate_json_names_control_characters(cli, tmp_path):
    r = cli("validate", _controls(tmp_path), "--format", "json")
    assert r.exit_code == 1, r.output
    values = [p["value"] for p in json.loads(r.stdout)]
    assert values == ["15/10/2025<U+0007>", "1<U+001B>5/10/2025"]
    assert "\x07" not in r.stdout and "\x1b" not in r.stdout and "\\u00" not in r.stdout


def test_validate_csv_names_control_characters(cli, tmp_path):
    r = cli("validate", _controls(tmp_path), "--format", "csv")
    assert r.exit_code == 1, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [x["value"] for x in rows] == ["15/10/2025<U+0007>", "1<U+001B>5/10/2025"]
    assert "\x07" not in r.stdout and "\x1b" not in r.stdout
    text = cli("validate", _controls(tmp_path))  # as the plain text quotes them
    assert "« 15/10/2025<U+0007> »" in text.stdout + text.stderr


@pytest.mark.parametrize("lang, said", [("fr", "valeur invalide pour kind : « nope »"),
                                        ("en", "invalid value for kind: 'nope'")])
def test_chart_kind_named_as_in_help(cli, lang, said):
    r = cli("--lang", lang, "chart", "nope")
    assert r.exit_code == 2, r.output
    assert said in r.stderr
    assert "KIND" not in r.stderr
    assert "\n  kind " in cli("--lang", lang, "chart", "--help").stdout  # the help's name


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_benchmark_help_lists_rounded_columns(cli, lang):
    out = " ".join(cli("--lang", lang, "benchmark", "--help").stdout.split())
    for col in ("followers_rounded", "followers_typed", "rank_best", "rank_worst",
                "rank_rounded_codes", "rank_rounded_names", "rank_rounded_typed"):
        assert col in out, col


@pytest.mark.parametrize("lang, said", [
    ("fr", "« 44 » est un code de département, lu comme la préfecture du département : "
           "Nantes (44109)"),
    ("en", "'44' is a département code, read as the département's prefecture: Nantes "
           "(44109)")])
def test_resolve_departement_code_as_prefecture_said(cli, lang, said):
    r = cli("--lang", lang, "resolve", "44", "--type", "ville_prefecture")
    assert r.exit_code == 0, r.output
    assert "44109" in r.stdout
    assert said in r.stderr


def test_resolve_prefecture_own_code_not_said(cli):
    r = cli("resolve", "44109", "--type", "ville_prefecture")
    assert r.exit_code == 0, r.output
    assert r.stderr == ""
    assert cli("resolve", "44").stderr == ""  # the département itself
