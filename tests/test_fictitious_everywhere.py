"""Every frame derived from the demo survey (fictitious data) carries the marker in its
``attrs``, so that a chart drawn from it says « Données fictives » even without the survey
(notebook 02 draws ``bm.charts.adoption(adoption)``), as the report and the CLI do."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.analysis.survey import compare_survey

from .conftest import FILES

REAL = FILES / "cases" / "enquete-departements-toutes-dates.xlsx"  # no demo marker
# a template whose Instagram column holds « x » and blanks, no « Non »: ambiguous
# (blank-ambiguous) unless the reading is given; as it was read before (fix18a)
BLANK = "unknown"


@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(bm.demo_file("enquete"))


@pytest.fixture(scope="module")
def demo_waves():
    return bm.read_waves(bm.demo_file("releves"))


@pytest.fixture(scope="module")
def real():
    """A survey file without the marker: its frames say it is not fictitious."""
    return bm.read_survey(REAL, blank=BLANK)


def _survey_frames(s):
    a = bm.adoption(s)
    return {
        "adoption": a,
        "compare_survey": compare_survey(s),
        "compare(figures=adoption)": bm.compare(s.attrs["collectivity_type"], figures=a),
        "select(figures=adoption)": bm.select(figures=a),
        "follower_stats": bm.follower_stats(s),
        "league_table": bm.league_table(s),
        "rank": bm.rank(s, "facebook"),
        "benchmark": bm.benchmark(s, s["code"].iloc[0]),
    }


def _wave_frames(w):
    return {"read_waves": w, "wave_trend": bm.wave_trend(w), "transitions": bm.transitions(w),
            "changes": bm.changes(w), "movers": bm.movers(w)}


def test_every_public_frame_of_the_demo_keeps_the_marker(demo, demo_waves):
    frames = {**_survey_frames(demo), **_wave_frames(demo_waves)}
    missing = [name for name, f in frames.items() if f.attrs.get("fictitious") is not True]
    assert missing == []


def test_a_real_file_is_not_marked(real):
    frames = _survey_frames(real)
    assert [name for name, f in frames.items() if f.attrs.get("fictitious") is not False] == []


@pytest.mark.parametrize("lang, words", [("en", "Fictitious data."), ("fr", "Données fictives.")])
@pytest.mark.parametrize("kind", ["adoption", "heatmap", "trend"])
def test_a_chart_of_the_demo_adoption_says_it_without_the_survey(demo, kind, lang, words):
    fig = getattr(bm.charts, kind)(bm.adoption(demo), lang=lang)
    assert fig.get_supxlabel().splitlines()[-1] == words


def test_a_chart_of_a_real_file_does_not(real):
    assert "Fictitious" not in bm.charts.adoption(bm.adoption(real), lang="en").get_supxlabel()


def test_the_report_of_the_demo_adoption_says_it_without_the_survey(demo, tmp_path):
    out = bm.write_report(tmp_path / "r.xlsx", bm.adoption(demo), lang="en")
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        assert "(fictitious data)" in ws.oddHeader.center.text, ws.title
    cells = [str(c.value) for c in wb["Summary"]["A"] if c.value]
    assert any(c.startswith("FICTITIOUS DATA") for c in cells)


@pytest.mark.parametrize("args", [
    ["compare", "-t", "departement", "--data", "enquete"],
    ["rank", "-p", "facebook", "--data", "enquete"],
    ["benchmark", "-e", "44", "--data", "enquete"],
    ["changes", "--data", "releves"],
    ["trend", "-t", "departement", "-p", "x", "--data", "releves"],
])
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_the_cli_says_it_beside_the_reading_line(cli, args, fmt):
    """Said where the reading's warnings are said: on stderr (the table of compare: in its
    head), in every format; stdout's CSV and JSON stay data only."""
    args = [str(bm.demo_file(a)) if a in ("enquete", "releves") else a for a in args]
    r = cli(*args, "--lang", "en", "--format", fmt)
    assert r.exit_code == 0, r.output
    line = "Fictitious data: invented figures for demonstration, not to be quoted."
    assert line in r.stdout + r.stderr
    if fmt != "table":
        assert "Fictitious" not in r.stdout


def test_the_cli_says_nothing_for_a_real_file(cli):
    r = cli("compare", "-t", "departement", "--data", REAL, "--blank", BLANK,
            "--lang", "en")
    assert r.exit_code == 0 and "Fictitious" not in r.stdout + r.stderr
