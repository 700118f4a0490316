"""Outputs that keep what the reader knew (out26): a ranking exported says which cell each
rounded count was typed as; the growth note of `changes` quotes a real rounded cell;
`compare --data` bands cite their own readings' files and count the years left aside of
the platforms shown; a mixed-type Annuaire export is never said of one type."""

from __future__ import annotations

import csv
import io
import json

import pytest

import barometre as bm

# Gironde's Facebook typed « 112 k », Nord's Instagram « 1,2 k » (rank25's pairs.csv)
PAIRS = """Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;Date du relevé
Loire-Atlantique;Oui;98 765;Oui;23456;15/10/2025
Gironde;Oui;112 k;Oui;31 000;15/10/2025
Nord;Oui;150 000;Oui;1,2 k;16/10/2025
Isère;Oui;41 000;Oui;9 876;16/10/2025
"""


@pytest.fixture
def pairs(tmp_path):
    p = tmp_path / "pairs.csv"
    p.write_text(PAIRS, encoding="utf-8")
    return p


def test_rank_frame_keeps_each_rounded_cell_as_typed(pairs):
    r = bm.rank(bm.read_survey(pairs), "facebook")
    assert dict(zip(r["code"], r["followers_typed"].fillna(""))) == {
        "59": "", "33": "112 k", "44": "", "38": ""}
    # beside the flag it explains, as the table's ≈ sits beside the count
    cols = list(r.columns)
    assert cols.index("followers_typed") == cols.index("followers_rounded") + 1


def test_rank_csv_and_json_say_which_counts_were_rounded(cli, pairs):
    out = cli("rank", "-p", "facebook", "--data", pairs, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["code"], r["followers_rounded"], r["followers_typed"]) for r in rows] == [
        ("59", "False", ""), ("33", "True", "112 k"), ("44", "False", ""),
        ("38", "False", "")]
    js = json.loads(cli("rank", "-p", "instagram", "--data", pairs, "--format",
                        "json").stdout)
    assert {r["code"]: r["followers_typed"] for r in js} == {
        "33": None, "44": None, "38": None, "59": "1,2 k"}
