"""`figures -f json|csv`: counts and ranks are whole numbers (16636, not 16636.0) for scripts
(review of a data engineer, #17); measures (a percent) stay as they are."""

from __future__ import annotations

import csv
import io
import json


def test_counts_and_ranks_are_integers_in_json(cli):
    rows = json.loads(cli("figures", "--type", "departement", "--platform", "instagram",
                          "-f", "json").stdout)
    whole = [r for r in rows if r["unit"] in ("count", "rank", "boolean")]
    assert whole and all(isinstance(r["value"], int) for r in whole)
    gers = [r for r in rows if r["code"] == "32" and r["metric"] == "followers_total"]
    assert gers[0]["value"] == 16636 and json.dumps(gers[0]["value"]) == "16636"
    measures = [r for r in json.loads(cli("figures", "--type", "region", "-f", "json").stdout)
                if r["unit"] == "percent"]  # a measure, not a count: as published
    assert measures and all(isinstance(r["value"], float) for r in measures)


def test_counts_and_ranks_are_integers_in_csv(cli):
    out = cli("figures", "--type", "departement", "--platform", "instagram", "--csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    ranks = [r["value"] for r in rows if r["unit"] == "rank"]
    assert ranks and all(v.isdigit() for v in ranks)
    assert "16636" in [r["value"] for r in rows if r["code"] == "32"]
