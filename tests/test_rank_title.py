"""`rank`'s table says which platform, value and year it ranks, on a title line above it
(CSV/JSON carry them in their platform, metric and year columns)."""

from __future__ import annotations

import json

import barometre as bm

DEMO = bm.demo_file("enquete")


def test_rank_table_names_platform_metric_year(cli):
    out = cli("rank", "--platform", "Insta", "--data", DEMO, "--top", "3")
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert lines[0] == "Instagram : abonnés, 2025"
    assert lines[1] == "" and lines[2].startswith("Rang")
    per = cli("rank", "--platform", "Insta", "--data", DEMO, "--top", "3",
              "-m", "followers_per_1000").stdout.splitlines()
    assert per[0] == "Instagram : abonnés pour 1\u202f000 habitants, 2025"


def test_rank_table_title_in_english_with_the_platform_label(cli):
    out = cli("rank", "--platform", "Twitter", "--data", DEMO, "--top", "2", "--lang", "en")
    assert out.exit_code == 0, out.output
    assert out.stdout.splitlines()[0] == "X (formerly Twitter): followers, 2025"
    per = cli("rank", "--platform", "Insta", "--data", DEMO, "--top", "2", "--lang", "en",
              "-m", "followers_per_1000").stdout.splitlines()
    assert per[0] == "Instagram: followers per 1,000 inhabitants, 2025"


def test_rank_csv_json_unchanged_no_title(cli):
    js = json.loads(cli("rank", "-p", "Insta", "--data", DEMO, "--top", "2", "-f", "json").stdout)
    assert js[0]["platform"] == "instagram" and js[0]["year"] == 2025
    csv = cli("rank", "-p", "Insta", "--data", DEMO, "--top", "2", "-f", "csv").stdout
    assert csv.splitlines()[0].startswith("rank,code,name")
