"""pub28: OST/Swello's 2022 shares said with their true base (« base non précisée », never
« exhaustif »), 2018's participatory 10 % marked a minimum on the trend chart and in the
report's key line, and ``sources``' figures' date as a field of its own."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from barometre.cli.app import app


def _run(*args: str) -> str:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


def test_trend_says_2022_base_not_specified():
    out = _run("trend", "--type", "all", "--platform", "any")
    lines = [x for x in out.splitlines() if "[ost-2023]" in x]
    assert len(lines) == 2
    thirteen = next(x for x in lines if "13,7" in x)
    assert "4\u202f994 présentes" in thirteen and "base non précisée" in thirteen
    assert all("exhaustif" not in x and "base non précisée" in x for x in lines)
    assert any(x.startswith("base non précisée : ") for x in out.splitlines())
    en = _run("trend", "--type", "all", "--platform", "any", "--lang", "en")
    assert any(x.startswith("base not specified: ") for x in en.splitlines())
    recs = json.loads(_run("trend", "--type", "all", "--platform", "any", "--json"))
    got = {r["share"]: r for r in recs if r["source"] == "ost-2023"}
    assert got[0.137]["census"] is False and got[0.137]["n_present"] == 4994
    assert "base_unspecified" in got[0.137]["flags"] and "base_unspecified" in got[0.53]["flags"]
    assert got[0.53]["census"] is False and got[0.53]["ci_low"] is None


def test_the_report_says_what_the_table_says(tmp_path):
    import openpyxl

    path = tmp_path / "r.xlsx"
    _run("report", "--type", "all", "--year", "2018", "--platform", "any", "-o", str(path))
    ws = openpyxl.load_workbook(path)["Synthèse"]
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    (line,) = [t for t in texts if t.startswith("10\u202f% de l'ensemble des collectivités")]
    assert "(3\u202f918 présentes\u202f; recensement participatif, minimum)" in line
    assert any(t.startswith("recensement participatif, minimum\u00a0: ") for t in texts)
    path = tmp_path / "r22.xlsx"
    _run("report", "--type", "all", "--year", "2022", "--platform", "any", "-o", str(path))
    wb = openpyxl.load_workbook(path)
    texts = [c for row in wb["Synthèse"].iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    (line,) = [t for t in texts if t.startswith("13,7\u202f% de l'ensemble des collectivités")]
    assert "(4\u202f994 présentes\u202f; base non précisée)" in line
    (row,) = [r for r in wb["Adoption"].iter_rows(values_only=True)
              if r[0] == "ensemble des collectivités" and 0.137 in r]
    assert "base non précisée" in row and "exhaustif" not in row


def test_trend_chart_marks_the_minimum(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import barometre as bm
    from barometre.render import charts

    for lang, want in (("fr", "10\u202f% (minimum)"), ("en", "10% (minimum)")):
        fig = charts.trend(bm.trend("all", "any"), lang=lang)
        said = [t.get_text() for ax in fig.axes for t in ax.texts]
        said += [t.get_text() for t in fig.texts]
        assert want in said, said
        assert any(("recensement participatif, minimum : " if lang == "fr"
                    else "participatory count, a minimum: ") in t for t in said)


def test_sources_give_the_figures_date_apart():
    recs = {r["source"]: r for r in json.loads(_run("sources", "--year", "2015", "--json"))}
    late = recs["informer-autrement-2017-2"]
    assert (late["year_published"], late["figures_year"], late["figures_period"]) == (
        2017, 2015, "late")
    assert recs["ideose-2015"]["figures_year"] is None
    assert recs["ideose-2015"]["figures_period"] is None
    rows = {r["source"]: r for r in csv.DictReader(io.StringIO(
        _run("sources", "--year", "2018", "--csv")))}
    assert (rows["ost-2019-2"]["figures_year"], rows["ost-2019-2"]["figures_period"]) == ("2018", "")


def test_a_base_not_specified_keeps_its_lead():
    """pub28b: « base non précisée » ranks as the census it was printed as, not below a
    census: the 2022 tables lead with the same figures as before, now said so."""
    rows = [x for x in _run("compare", "--type", "all", "--year", "2022", "--source",
                            "ost-2023").splitlines() if "2022" in x and "réseau" in x]
    assert rows[0].startswith("collectivités hors villages de moins de 2 000 habitants")
    assert "53\u202f%" in rows[0] and "base non précisée" in rows[0]
    (lead,) = [x for x in _run("compare", "--type", "all", "--year", "2022").splitlines()
               if x.startswith("ensemble des collectivités ")]
    assert "13,7\u202f%" in lead and "4\u202f994 présentes" in lead and "base non précisée" in lead


def test_the_synthese_wraps_the_notes_of_its_key_figures(tmp_path):
    """« base non précisée : la source ne dit ni … » was written on one line of the Synthèse
    and ran past the printed page, cut at its edge (seen rendered with LibreOffice): each
    key note is wrapped in cells merged over the page's width, its row as tall as its lines."""
    import openpyxl

    out = tmp_path / "r.xlsx"
    res = CliRunner().invoke(app, ["report", "--type", "all", "--year", "2022", "-o", str(out)],
                             env={"BAROMETRE_LANG": ""})
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["Synthèse"]
    row = next(r for r in range(1, ws.max_row + 1)
               if str(ws.cell(r, 1).value or "").startswith("base non précisée\u00a0:"))
    assert any(m.min_row == row == m.max_row and m.min_col == 1 and m.max_col == 10
               for m in ws.merged_cells.ranges)
    assert ws.cell(row, 1).alignment.wrap_text
    assert ws.row_dimensions[row].height > 15  # two lines or more
