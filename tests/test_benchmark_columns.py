"""The benchmark scripts name columns of the library's frames (the Excel report's bulk sheets,
written again by XlsxWriter as the reference): no test runs them, so a renamed column broke
them silently once (0.2: ``per_1000`` became ``followers_per_1000``). Their column lists are
checked here against the frames the report writes, on the demo survey."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import barometre as bm

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _frames():
    survey = bm.read_survey(bm.demo_file("enquete"))
    return survey, bm.league_table(survey)


def test_excel_writers_columns_exist():
    spec = importlib.util.spec_from_file_location("excel_writers", BENCH / "excel_writers.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    survey, league = _frames()
    for name, frame, cols in mod._columns(survey, league):
        assert set(cols) <= set(frame.columns), (name, set(cols) - set(frame.columns))


def test_run_py_xlsxwriter_reference_columns_exist():
    code = (BENCH / "run.py").read_text(encoding="utf-8")
    survey, league = _frames()
    lists = {}
    for sheet in ("Classement", "Données"):
        m = re.search(r"\('" + sheet + r"', \w+, \[(.*?)\]\)", code, re.S)
        assert m, sheet
        lists[sheet] = re.findall(r"'(\w+)'", m.group(1))
    assert set(lists["Classement"]) - {"platform_label"} <= set(league.columns)
    assert set(lists["Données"]) <= set(survey.columns)
