"""Fixes of the lead, session 34."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize("lang, said", [
    ("fr", "date hors période : attendu entre 2004 et aujourd'hui"),
    ("en", "date out of range: expected between 2004 and today")])
def test_a_date_before_2004_names_no_date_for_today(cli, tmp_path, lang, said):
    """Its upper bound was today in UTC+14 (the latest date on Earth, which the checks
    accept): « et 04/12/2026 (aujourd'hui) » in the evening of 03/12 in Paris."""
    path = tmp_path / "f.csv"
    path.write_text("code;nom;date;Facebook\n29;Finistère;29/02/00;Oui\n"
                    "35;Ille-et-Vilaine;15/10/2026;Oui\n", encoding="utf-8")
    out = cli("validate", path, "--type", "departement", "--format", "json", "--lang", lang)
    problems = json.loads(out.stdout)
    assert [(p["row"], p["code"], p["message"]) for p in problems] == [
        (2, "date-out-of-range", said)]
