"""Every listing of a survey's figures in CSV or JSON says on each row which file it comes
from (``source``) and whether its data are fictitious (``fictitious``): « Données
fictives » on stderr is lost when the output is saved (rvdata20 finding 1)."""

from __future__ import annotations

import csv
import io

import pytest

import barometre as bm

from .conftest import as_json, two_years_file

DEMO = bm.demo_file("enquete")
LONG = bm.demo_file("releves")
W24, W25 = bm.demo_file("vague-2024"), bm.demo_file("vague-2025")

COMMANDS = {
    "rank": ["rank", "--data", DEMO, "-p", "facebook"],
    "benchmark": ["benchmark", "--data", DEMO, "--entity", "44"],
    "changes": ["changes", "--data", LONG],
    "changes --list": ["changes", "--data", W24, "--data", W25, "--list"],
    "compare": ["compare", "--type", "departement", "--data", DEMO],
    "trend": ["trend", "--type", "departement", "--data", LONG],
}
SOURCES = {"rank": DEMO.name, "benchmark": DEMO.name, "changes": LONG.name,
           "changes --list": f"{W24.name}, {W25.name}", "compare": DEMO.name,
           "trend": LONG.name}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_json_rows_say_the_file_and_fictitious(cli, name):
    rows = as_json(cli(*COMMANDS[name], "--json"))
    assert rows
    for r in rows:
        assert r["fictitious"] is True
        assert r["source"] == SOURCES[name]


@pytest.mark.parametrize("name", list(COMMANDS))
def test_csv_rows_say_the_file_and_fictitious(cli, name):
    result = cli(*COMMANDS[name], "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    assert {r["fictitious"] for r in rows} == {"True"}
    assert {r["source"] for r in rows} == {SOURCES[name]}


def test_a_real_file_says_not_fictitious(cli, tmp_path):
    f = two_years_file(tmp_path)
    for args in (["rank", "--data", f, "-p", "facebook"],
                 ["benchmark", "--data", f, "--entity", "44"],
                 ["changes", "--data", f]):
        rows = as_json(cli(*args, "--json"))
        assert {r["fictitious"] for r in rows} == {False}
        assert {r["source"] for r in rows} == {"two.csv"}


def test_the_table_is_unchanged(cli):
    """The table says it under itself and on stderr: no column added there."""
    result = cli("rank", "--data", DEMO, "-p", "facebook")
    assert result.exit_code == 0
    assert "fictitious" not in result.stdout
