"""Review 32: docs/commands.md said a CSV's `fictitious` is `true` for the demo files, and
`tied` true; the CSV writes `True`/`False` (scripts read it, so it stays): the docs say
what the CSV writes, and JSON's `true`."""

from __future__ import annotations

import csv
import io
import json
import re

import barometre as bm
from tests.docs_pages import page

DEMO = bm.demo_file("enquete")


def test_the_docs_spell_booleans_as_the_csv_writes_them(cli):
    docs = page("docs/commands.md")
    said = re.search(r"`fictitious` \(`(\w+)` for the demo files", docs).group(1)
    rows = list(csv.DictReader(io.StringIO(
        cli("benchmark", "--entity", "29", "--data", DEMO, "--format", "csv").stdout)))
    assert {r["fictitious"] for r in rows} == {said} == {"True"}
    assert {r["tied"] for r in rows} <= {"True", "False", ""}
    ranked = list(csv.DictReader(io.StringIO(
        cli("rank", "-p", "facebook", "--data", DEMO, "--format", "csv").stdout)))
    assert {r["tied"] for r in ranked} <= {"True", "False"} and ranked
    assert "`tied` `True`, JSON `true`" in docs
    assert "`True` and `False` for a yes or no (JSON: `true`, `false`" in " ".join(docs.split())
    js = json.loads(cli("rank", "-p", "facebook", "--data", DEMO, "--format", "json").stdout)
    rows_js = js if isinstance(js, list) else js.get("rows", js)
    assert {r["fictitious"] for r in rows_js} == {True}
    # no page says a CSV boolean is lowercase
    for name in ("docs/commands.md", "docs/survey.md"):
        flat = " ".join(page(name).split())
        assert not re.search(r"`\w+` true in CSV|\(`true` for the demo", flat), name
