"""OST's 2018 « 10 % » of about 38 000 territories is a participatory count (pub27, finding 3):
3 918 present known, the base approximate, the share a minimum — never « exhaustif » (a
census: every entity observed, the share exact), nor a sample (« n inconnu », an interval).
"""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from barometre.cli.app import app


def _run(*args: str) -> str:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def test_the_shipped_row_is_a_participatory_count():
    from importlib.resources import files

    path = files("barometre") / "data" / "published" / "adoption.csv"
    with path.open(encoding="utf-8") as fh:
        (row,) = [r for r in csv.DictReader(fh) if r["research_row"] == "55"]
    assert (row["census"], row["n_present"], row["n_base"], row["flags"]) == (
        "false", "3918", "", "participatory")
    assert "minimum" in row["notes"]


def test_trend_says_a_minimum_with_its_n():
    out = _run("trend", "--type", "all", "--platform", "any")
    (line,) = [x for x in out.splitlines() if "[ost-2019-2]" in x]
    assert "3\u202f918 présentes" in line and "recensement participatif, minimum" in line
    assert "exhaustif" not in line and "n inconnu" not in line
    assert any(x.startswith("recensement participatif, minimum : ") and "minimum" in x
               for x in out.splitlines())
    en = _run("trend", "--type", "all", "--platform", "any", "--lang", "en")
    (line,) = [x for x in en.splitlines() if "[ost-2019-2]" in x]
    assert "3,918 present" in line and "participatory count, a minimum" in line
    assert "census" not in line
    recs = json.loads(_run("trend", "--type", "all", "--platform", "any", "--json"))
    (rec,) = [r for r in recs if r["source"] == "ost-2019-2"]
    assert rec["census"] is False and rec["n_present"] == 3918 and rec["ci_low"] is None
    assert "participatory" in rec["flags"]


def test_the_report_adoption_says_a_minimum(tmp_path):
    import openpyxl

    path = tmp_path / "r.xlsx"
    _run("report", "--type", "all", "--year", "2018", "--platform", "any", "-o", str(path))
    ws = openpyxl.load_workbook(path)["Adoption"]
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    (row,) = [r for r in ws.iter_rows(values_only=True) if "environ 38 000 territoires" in r]
    assert "recensement participatif, minimum" in row and "exhaustif" not in row
    assert any(t.startswith("recensement participatif, minimum\u00a0: ") for t in texts)
