"""Tidy frames: stable columns and meaningful dtypes, whatever the input (session 10).

Researchers read these frames in Jupyter: counts and months are nullable integers,
codes are text (``str``, never object), values floats; a census's bounds equal its share
in every output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import barometre as bm
from barometre.domain.registry import type_ids

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"


def test_survey_adoption_columns_and_dtypes():
    s = bm.read_survey(DEMO / "enquete-departements-donnees-fictives.xlsx")
    a = bm.adoption(s)
    assert "research_row" not in a.columns  # a line of the published research table
    types = dict(a.dtypes.astype(str))
    for col in ("year", "month", "n_present", "n_base", "n_unknown", "n_reference",
                "n_surveyed"):
        assert types[col] == "Int64", col
    assert a["month"].isna().all()
    for col in ("share", "ci_low", "ci_high", "coverage"):
        assert types[col] == "float64", col
    for col in ("collectivity_type", "platform", "source", "base", "n_reference_of"):
        assert types[col] == "str", col


def test_survey_adoption_of_an_unknown_reference_size_keeps_its_dtypes():
    """No reference size (an unknown type's count): n_reference missing, still Int64,
    coverage NaN in a float column (it was an object column of None)."""
    s = bm.read_survey(DEMO / "enquete-departements-donnees-fictives.xlsx")
    from barometre.analysis import survey as sv

    real = sv._reference_size
    try:
        sv._reference_size = lambda codes, t: (None, t)
        a = bm.adoption(s)
    finally:
        sv._reference_size = real
    assert str(a["n_reference"].dtype) == "Int64" and a["n_reference"].isna().all()
    assert str(a["coverage"].dtype) == "float64" and a["coverage"].isna().all()


@pytest.mark.parametrize("type_id", [t for t in type_ids() if t != "all"])
def test_entity_frames_have_text_codes_for_every_type(type_id):
    e = bm.entities(type_id)
    for col in ("code", "name", "departement", "region", "siren"):
        assert str(e[col].dtype) == "str", (type_id, col, e[col].dtype)


def _cli(*args: str) -> str:
    from typer.testing import CliRunner

    from barometre.cli.app import app

    out = CliRunner().invoke(app, list(args))
    assert out.exit_code == 0, out.output
    return out.stdout


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_census_has_no_bounds_in_csv_and_json(fmt):
    """0.926829 (38/41), a census: its bounds were rounded to 4 decimals (0.9268), then
    the share twice (a zero-width interval to whoever reads the file); a census has no
    sampling error, so no bounds: empty in CSV, null in JSON (ci22)."""
    text = _cli("compare", "--type", "grande_ville", "--year", "2016", "--format", fmt)
    if fmt == "json":
        rows = json.loads(text)
    else:
        import csv
        import io

        rows = list(csv.DictReader(io.StringIO(text)))
    census = [r for r in rows if str(r["census"]) == "True"]
    assert any(float(r["share"]) == 0.926829 for r in census)
    for r in census:
        assert r["ci_low"] in ("", None) and r["ci_high"] in ("", None), r
    # a sample's bounds keep their 4 decimals
    sample = json.loads(_cli("compare", "--type", "region", "--year", "2013", "--all-sources",
                             "--format", "json"))
    assert all(r["ci_low"] is None or r["census"] or round(r["ci_low"], 4) == r["ci_low"]
               for r in sample)


def test_a_survey_comparison_is_typed_as_a_published_one():
    """notes, differs, comparable and month were object columns in a survey's comparison
    (a concatenation's leftovers) while bool, str and Int64 in the published figures'."""
    from barometre.analysis.survey import compare_survey

    pub = bm.compare("departement")
    s = bm.read_survey(DEMO / "releves-departements-donnees-fictives.csv")
    for got in (compare_survey(s), compare_survey(s, vs="departement"),
                bm.compare("departement", figures=bm.adoption(s), all_sources=True)):
        for col in ("month", "notes", "differs", "comparable", "census", "year", "n_base"):
            assert str(got[col].dtype) == str(pub[col].dtype), col
        assert [c for c in got.columns if got[c].dtype == object] == []
