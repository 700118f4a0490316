"""The locale of the output (rvenv21 finding 2): CSV and JSON in UTF-8 whatever the locale's
encoding (the README promises it); tables and messages in the terminal's own encoding, a
plain equivalent for a character it lacks, never an exit 70."""

from __future__ import annotations

import json

from barometre import demo_file

from .test_env21b_inputs import run

UTF8 = {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
LATIN1 = {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "iso-8859-1"}  # as LC_ALL=fr_FR.ISO-8859-1
CP1252 = {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "cp1252"}  # Windows, output redirected


def test_csv_and_json_are_utf8_in_any_locale():
    utf8 = run("entities", "--type", "commune", "--csv", env=UTF8)
    latin1 = run("entities", "--type", "commune", "--csv", env=LATIN1)
    assert latin1.returncode == 0, latin1.stderr  # « Cœuvres »: no exit 70
    assert latin1.stdout == utf8.stdout  # the same bytes: UTF-8
    assert "Cœuvres-et-Valsery" in latin1.stdout.decode("utf-8")
    args = ("rank", "-p", "facebook", "-d", demo_file("enquete"), "--json")
    windows = run(*args, env=CP1252)
    assert windows.returncode == 0, windows.stderr
    assert windows.stdout == run(*args, env=UTF8).stdout
    names = [r["name"] for r in json.loads(windows.stdout.decode("utf-8"))]
    assert "Ardèche" in names or "Hérault" in names


def test_tables_fall_back_to_plain_characters():
    res = run("compare", "--type", "region", env=LATIN1)
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode("iso-8859-1")
    assert "région" in out  # what Latin-1 has is written as is
    assert "----------" in out and "─" not in out  # box lines: « - »
    res = run("resolve", "st-etienne", env=CP1252)
    assert res.returncode == 0, res.stderr
    assert "Saint-Étienne" in res.stdout.decode("cp1252")
    assert "173 136" in res.stdout.decode("cp1252")  # the narrow no-break space: a space
    res = run("entities", "--type", "commune", env=LATIN1)
    assert res.returncode == 0, res.stderr
    assert "Coeuvres-et-Valsery" in res.stdout.decode("iso-8859-1")  # « œ »: « oe »
    res = run("validate", demo_file("enquete"), env=LATIN1)
    assert res.returncode == 0, res.stderr
    assert "(lignes 4, 7, 23, 51, 56, ...)" in res.stdout.decode("iso-8859-1")
    assert "\\u2026" not in res.stderr.decode("iso-8859-1")  # messages alike
