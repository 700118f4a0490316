"""review 18 (fact-check of the published figures): every value of the report's Évolution
traced to one source in its own row; a census claim whose share is not k/n never called
« exhaustif »; CSV and JSON carry the value as its source printed it.

Workbooks are written by the CLI, as a user writes them, and read back with openpyxl and
from the chart's XML."""

from __future__ import annotations

import datetime as dt
import json
import re

import openpyxl
import pandas as pd
import pytest
from openpyxl.utils.cell import range_boundaries

from barometre.datasets import published

from .test_excel_layout import C, _resolve, assert_chart_matches_table, charts_of
from .test_figures_curation import flags, row


@pytest.fixture(scope="module")
def evolution(tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    out = {}
    for lang in ("fr", "en"):
        path = tmp_path_factory.mktemp("ev") / f"d-{lang}.xlsx"
        res = CliRunner().invoke(app, ["report", "--lang", lang, "-o", str(path)])
        assert res.exit_code == 0, res.output
        out[lang] = path
    return out


def _table(ws, name: str) -> tuple[list, list[list]]:
    # an English report names its tables in English (« Evolution » is "Trend")
    (ref,) = [t.ref for t in ws.tables.values()
              if t.name in (name, {"Evolution": "Trend", "Synthese": "Summary"}.get(name))]
    rows = [list(r) for r in ws[ref]]
    return [c.value for c in rows[0]], rows[1:]


@pytest.mark.parametrize("lang, source, publisher", [("fr", "Source", "Éditeur"),
                                                     ("en", "Source", "Publisher")])
def test_evolution_one_row_per_date_and_source(evolution, lang, source, publisher):
    wb = openpyxl.load_workbook(evolution[lang])
    ws = wb.worksheets[2]
    heads, rows = _table(ws, "Evolution")
    assert heads[-2:] == [source, publisher]
    ids = [r[-2].value for r in rows]
    assert all(isinstance(i, str) and "," not in i for i in ids)  # one source id per row
    # 1 July 2012: Adverbia's undated 2012 figures and Edgar Quinet's July edition, each its
    # own row (were one row whose source cell listed six ids, and a second row of the same date)
    july = [r for r in rows if r[0].value == dt.datetime(2012, 7, 1)]
    assert sorted(r[-2].value for r in july) == [
        "adverbia-2012", "adverbia-2012-2", "adverbia-2012-4", "adverbia-2013",
        "edgar-quinet-2012-2"]
    # Adverbia's study #4 is dated « 31 oct. 2012 » by its page: its own row of October
    # (beside Edgar Quinet's October edition, each its own row)
    assert sorted(r[-2].value for r in rows if r[0].value == dt.datetime(2012, 10, 1)) == [
        "adverbia-2012-3", "edgar-quinet-2012-3"]
    (eq,) = [r for r in july if r[-2].value == "edgar-quinet-2012-2"]
    assert eq[-1].value == "Institut Edgar Quinet"
    x = heads.index("Régions — X (ex-Twitter)" if lang == "fr" else "Regions — X (formerly Twitter)")
    assert eq[x].value == 0.6 and eq[x].number_format.endswith('"≈"')
    assert {r[-1].value for r in july if r is not eq} == {"Adverbia (Franck Confino)"}
    # every value is a figure its row's source published, on that date's year
    a = published.adoption()
    s = published.sources().set_index("source_id")
    for r in rows:
        sid = r[-2].value
        assert r[-1].value == s.loc[sid, "publisher"]
        mine = a[(a["source"] == sid) & (a["year"] == r[0].value.year)]
        for c in r[1:-2]:
            if c.value is not None:
                assert ((mine["share"] - c.value).abs() < 1e-6).any(), (sid, c.coordinate, c.value)


def test_evolution_chart_still_reads_its_columns_and_draws_lines(evolution):
    path = evolution["fr"]
    wb = openpyxl.load_workbook(path)
    ws = wb["Évolution"]
    heads, rows = _table(ws, "Evolution")
    (ch,) = [c for c in charts_of(path) if c["kind"] == "scatterChart"]
    assert_chart_matches_table(path, ch)  # each series reads its own column, dates as x
    assert ch["root"].find(f"{C}chart/{C}dispBlanksAs").get("val") == "span"
    publisher_col = len(heads)  # the table starts in column A
    joined = 0
    for s in ch["series"]:
        c1, r1, _, r2 = range_boundaries(s["val"].rpartition("!")[2].replace("$", ""))
        assert 1 < c1 < publisher_col - 1  # a value column, never Source nor Éditeur
        points = [(ws.cell(row=r, column=publisher_col).value, ws.cell(row=r, column=c1).value)
                  for r in range(r1, r2 + 1) if ws.cell(row=r, column=c1).value is not None]
        # a line never joins two publishers (trend's rupture): the rows between are other
        # sources' rows, blank in this column (spanned)
        assert points and len({p for p, _ in points}) == 1, (s["val"], points)
        joined += len(points) > 1
        xs = _resolve(wb, s["cat"])
        assert xs == sorted(xs)
    # lines are drawn, not only points (4 since session 36: Edgar Quinet's départements on
    # Facebook, « départements » / 101 / 100 / « départements », break at each change of base)
    assert joined >= 4


def _line(out: str, *words: str) -> str:
    return next(x for x in out.splitlines() if all(w in x for w in words))


@pytest.mark.parametrize("lang, not_k, note", [
    ("fr", "recensement, part non k/n", "recensement, part non k/n : la source dit compter toute"),
    ("en", "census, share not k/n", "census, share not k/n: the source says it counted the whole")])
def test_a_census_share_no_k_of_n_gives_is_not_exhaustif(cli, lang, not_k, note):
    # Edgar Quinet, October 2012, 62 % of the 27 régions (17/27 = 63 %): was « exhaustif »
    out = cli("trend", "--type", "region", "--platform", "x", "--lang", lang).stdout
    line = _line(out, "[edgar-quinet-2012-3]")
    assert not_k in line and "exhaustif" not in line and "census " not in line.replace(not_k, "")
    assert note in out
    # Edgar Quinet 2013, 60,7 % of 176 (r132), beside a plain census that keeps its word
    out = cli("compare", "--type", "all", "--year", "2013", "--all-sources", "--lang", lang).stdout
    assert not_k in _line(out, "60", "n = 176")
    assert ("exhaustif" if lang == "fr" else "census") in _line(out, "72")
    # Adverbia 2010, 25 % of 41 (r365)
    out = cli("trend", "--type", "grande_ville", "--platform", "facebook", "--lang", lang).stdout
    assert not_k in _line(out, "[adverbia-2010]")


def test_r309_and_r9_are_not_k_of_their_named_base(cli):
    r = row(309)  # Adverbia 2013: 60 % of the 41 cities over 100,000 (24/41 = 59 %, 25/41 = 61 %)
    assert int(r["n_base"]) == 41 and "not_k_of_n" in flags(r) and pd.isna(r["ci_low"])
    assert "25/41 = 61 %" in r["notes"]
    r = row(9)  # Edgar Quinet, March 2012: 56,7 % of 50 + 100 + 26 = 176 (100/176 = 56,8 %)
    assert int(r["n_base"]) == 176 and "not_k_of_n" in flags(r) and pd.isna(r["ci_low"])
    assert "100/176 = 56,8 %" in r["notes"]
    out = cli("compare", "--type", "grande_ville", "--year", "2013", "--all-sources").stdout
    line = _line(out, "adverbia-2013-2", "n = 41")  # was "60 %  n inconnu  exhaustif"
    assert re.search(r"60\s?%≈≠?\s+n = 41\s+recensement, part non k/n", line), line
    out = cli("compare", "--type", "all", "--year", "2012", "--all-sources").stdout
    line = _line(out, "edgar-quinet-2013", "56,7")  # was "n inconnu  exhaustif"
    assert re.search(r"56,7\s?%≈‡≠\s+n = 176\s+recensement, part non k/n", line), line


def test_report_adoption_says_the_census_is_not_k_of_n(cli, tmp_path):
    out = tmp_path / "y.xlsx"
    assert cli("report", "--year", "2012", "--all-sources", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Adoption"]
    heads, rows = _table(ws, "Adoption")
    lo, hi = heads.index("IC 95\u202f% bas"), heads.index("IC 95\u202f% haut")
    (r31,) = [r for r in rows if r[3].value == 0.62 and r[10].value and "edgar-quinet-2012-3" in r[10].value]
    assert r31[lo].value == r31[hi].value == "recensement, part non k/n"  # both read "exhaustif"
    assert r31[lo].alignment.wrap_text
    notes = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert any(n.startswith("recensement, part non k/n\u00a0: la source dit compter toute") for n in notes)
    plain = [r for r in rows if r[3].value == 0.85 and "edgar-quinet-2012-3" in (r[10].value or "")]
    # a census k/n keeps its word, no number (was the share formatted as the word)
    assert plain and plain[0][lo].value == plain[0][hi].value == "exhaustif"


@pytest.mark.parametrize("command", [
    ("compare", "--type", "ville_moyenne", "--year", "2014"),
    ("trend", "--type", "ville_moyenne", "--platform", "any")])
def test_csv_and_json_carry_the_value_as_published(cli, command):
    # choisirsonweb 2014: "90 %" printed; 47/52 inferred (share 0.903846)
    res = cli(*command, "--format", "csv")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    head = lines[0].split(",")
    assert head[14:16] == ["value_published", "unit_published"]  # after flags
    line = next(x for x in lines[1:] if "choisirsonweb-2014" in x)
    assert ",0.903846,47,52," in line and ",non_random_sample,90,percent," in line
    res = cli(*command, "--format", "json")
    (rec,) = [r for r in json.loads(res.stdout) if r["source"] == "choisirsonweb-2014"]
    assert (rec["value_published"], rec["unit_published"], rec["n_present"]) == ("90", "percent", 47)
