"""compare --data without pandas (#19): a survey's figures as rows of Python values.

``compare_survey_records`` applies :func:`barometre.compare`'s rules to the figures of one
type from one file; the frames of ``adoption`` and ``compare_survey`` are built from those
rows, and the CLI prints them as they are. These tests check the rows against
``barometre.compare`` on the adoption frame, the printing helpers against their frame
versions, the numpy stand-ins for pandas against pandas, and (in a subprocess) that the
command's path from a CodedSurvey to its printed result never imports pandas.
"""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest

import barometre as bm
from barometre.analysis import grouping
from barometre.analysis.published import DESIGN_COLUMNS, RECORD_COLUMNS, compare
from barometre.analysis.records import Records
from barometre.analysis.survey import adoption, compare_survey, compare_survey_records
from barometre.domain.errors import BarometreError
from barometre.render.tables import frame_records, plain_records
from barometre.survey.reader import read_coded

from .conftest import FILES, ROOT

#: communes of every size band, two years, unanswered cells, a commune without population
COMMUNES = ("code;plateforme;present;date\n" + "".join(
    f"{code};{p};{yes};15/10/{year}\n"
    for i, code in enumerate(["01053", "44109", "35238", "75056", "01001", "29019", "13055",
                              "97611", "33063", "59350", "01004", "74010"])
    for year in (2024, 2025) for p, yes in (("Facebook", "Oui" if i % 3 else "Non"),
                                            ("Instagram", ("Oui", "Non", "")[i % 3]))))
SURVEYS = [(FILES / "cases" / "departements-deux-annees.csv", "departement"),
           (FILES / "departements-cp1252.csv", "departement"),
           (FILES / "regions-long-bom.csv", "region"),
           ("communes.csv", "commune"),
           (ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv", "departement"),
           (FILES / "cases" / "enquete-departements-toutes-dates.xlsx", "departement"),
           (FILES / "cases" / "regions-tiktok.csv", "region"),
           ("sans-date.csv", "departement")]  # no date, no year: the year-less figures
NO_DATE = ("code;plateforme;present\n01;Facebook;Oui\n02;Facebook;Non\n03;Instagram;Oui\n"
           "01;Instagram;\n04;X;Non\n")
OPTIONS = [{}, {"by": "strate"}, {"platforms": ["facebook"]}, {"year": 2024}, {"year": 2025},
           {"platforms": ["any", "x"], "by": "strate"}, {"year": 1999}]


def _general_rules(frame: pd.DataFrame, t: str, by=None, platforms=None, year=None):
    """What compare_survey gave before the rows: barometre.compare on the adoption frame."""
    result = compare(t, platforms=platforms, year=year, figures=adoption(frame, t, by=by),
                     all_sources=True)
    if platforms and "any" not in platforms:  # -p: the coverage of those platforms' answers
        on = frame[frame["platform"].isin(platforms) & frame["present"].notna()]
        by_year = on.groupby(on["year"].fillna(-1))["code"].nunique()
        n = [int(by_year.get(-1 if pd.isna(y) else y, 0)) for y in result["year"]]
        result["n_surveyed"] = pd.array(n, dtype="Int64")
        result["coverage"] = (result["n_surveyed"] / result["n_reference"]).astype("float64")
    return result


@pytest.mark.parametrize("path,t", SURVEYS, ids=[str(p).rsplit("/")[-1] for p, _ in SURVEYS])
def test_one_type_rows_follow_the_rules_of_compare(path, t, tmp_path):
    """Latest year (or the one asked), by band then platform, every figure comparable:
    barometre.compare's choice among one file's figures, errors included."""
    if path in ("communes.csv", "sans-date.csv"):
        text = COMMUNES if path == "communes.csv" else NO_DATE
        path = tmp_path / path
        path.write_text(text, encoding="utf-8")
    # the template's Instagram column of « x » and blanks, no « Non »: ambiguous
    # (blank-ambiguous) unless the reading is given; as it was read before (fix18a)
    blank = "unknown" if str(path).endswith("toutes-dates.xlsx") else None
    frame = bm.read_survey(path, type=t, blank=blank)
    coded = read_coded(path, type=t, blank=blank)
    for kw in OPTIONS:
        try:
            want = _general_rules(frame, t, **kw)
        except BarometreError as exc:
            read = set(frame["platform"])
            unread = [p for p in kw.get("platforms") or [] if p != "any" and p not in read]
            for survey in (frame, coded):
                with pytest.raises(type(exc)) as got:
                    compare_survey(survey, t, **kw)
                if unread and exc.code == "pub-no-figure-for-type":
                    # a platform the file never read: said so, with the file's (diff17a)
                    assert got.value.code == "survey-platforms-not-surveyed-all"
                else:
                    assert got.value.message == exc.message
            continue
        # platforms as int8 and entities as int32 (the reader's narrow codes): counted alike
        narrow = dataclasses.replace(coded, platform=coded.platform.astype(np.int8),
                                     entity=coded.entity.astype(np.int32))
        for survey in (frame, coded, narrow):
            got = compare_survey(survey, t, **kw)
            pd.testing.assert_frame_equal(got, want, check_exact=True)
            # a survey's own notes (years left aside, "any" not shown): not the general rules'
            # (and adoption's design of every year: compare says the year shown's, "design";
            # 12 communes, 8 of the 42 largest, are no random draw of the communes: strata20)
            assert {k: v for k, v in got.attrs.items()
                    if k not in ("years_left_aside", "any_left_out",
                                 "platforms_not_surveyed", "coverage_platforms")} == {
                k: v for k, v in want.attrs.items() if k != "design_by_year"}
            rows = compare_survey_records(survey, t, **kw)
            assert rows.columns == list(want.columns)
            assert plain_records(rows) == frame_records(want)


def test_years_left_aside_are_said_in_the_rows():
    path = FILES / "cases" / "departements-deux-annees.csv"
    coded = read_coded(path, type="departement")
    rows = compare_survey_records(coded, "departement")
    assert rows.attrs["years_left_aside"] == compare_survey(coded).attrs["years_left_aside"]
    assert rows.attrs["years_left_aside"]  # two years: the earlier one is left aside
    assert all(r["year"] > y for r in rows.rows for y in rows.attrs["years_left_aside"])


def test_an_empty_adoption_frame_keeps_its_dtypes():
    """No platform with an answer: the frame of no row, typed as the frame of some rows
    (it was typed by what pandas made of empty columns: census float, base int, text
    object; changed deliberately in session 10)."""
    coded = read_coded(FILES / "cases" / "regions-tiktok.csv", type="region")
    empty = adoption(coded, platforms=["facebook"])
    full = adoption(coded)
    assert empty.empty and not full.empty
    assert list(empty.columns) == list(full.columns)
    assert dict(empty.dtypes.astype(str)) == dict(full.dtypes.astype(str))
    assert str(empty["year"].dtype) == "Int64" and empty["census"].dtype == bool


def test_the_printed_columns_are_the_records_ones():
    from barometre.domain.schemas import ADOPTION

    assert RECORD_COLUMNS == ADOPTION.names
    assert DESIGN_COLUMNS == ["month", "measure", "census", "base", "flags", "value_published",
                              "unit_published"]


def test_rows_of_a_frame_print_as_the_frame():
    """plain_records of a frame's rows is frame_records of the frame (NA, Int64, dates)."""
    df = bm.compare("departement", all_sources=True)
    df["when"] = pd.to_datetime(["2024-01-05"] * len(df))
    df.loc[df.index[0], "when"] = pd.NaT
    rounding = {"share": 6, "ci_low": 4}
    assert plain_records(Records.of_frame(df), round_to=rounding) == \
        frame_records(df, round_to=rounding)
    cols = ["platform", "n_base", "month", "when"]
    assert plain_records(Records.of_frame(df), cols) == frame_records(df, cols)


def test_missing_values_are_pandas_ones(monkeypatch):
    """One missing-value test for the views, the reference and folding, as pd.isna."""
    from barometre.domain.text import is_missing as _na

    plain = [None, float("nan"), np.nan, np.float64("nan"), np.datetime64("NaT"),
             np.float32("nan"), "", "x", 0, 1.5, np.int64(3), True, np.datetime64("2024-01-01")]
    values = plain + [pd.NA, pd.NaT, pd.Timestamp("2024-01-01")]
    assert [_na(v) for v in values] == [bool(pd.isna(v)) for v in values]
    want = [bool(pd.isna(v)) for v in plain]
    monkeypatch.setitem(sys.modules, "pandas", None)  # pandas not loaded: no pandas value
    assert [_na(v) for v in plain] == want


def test_source_texts_are_the_sources_frame():
    from barometre.datasets.published import source_texts, sources

    texts = source_texts()
    s = sources()
    assert list(texts) == list(s["source_id"])
    for col in ("publisher", "title", "url"):
        assert [texts[i][col] for i in s["source_id"]] == list(s[col])


@pytest.mark.parametrize("sort", [False, True])
def test_factorize_is_pandas_factorize(sort):
    rng = np.random.default_rng(7)
    for trial in range(300):
        n = int(rng.integers(0, 60))
        a = rng.integers(-4, 9, n).astype(float)
        if trial % 2:
            a[rng.random(n) < 0.3] = np.nan
        if trial % 3 == 0 and not np.isnan(a).any():
            a = (a * 2 ** 40).astype(np.int64)  # wide integer keys
        codes, values = grouping.factorize(a, sort=sort)
        want_codes, want_values = pd.factorize(a, sort=sort)
        np.testing.assert_array_equal(codes, want_codes)
        np.testing.assert_array_equal(values, want_values)


def test_size_bands_are_numbered_in_order_of_first_reading():
    from barometre.analysis.survey import _bands

    pop = np.array([30_000.0, np.nan, 600.0, 45_000.0, 120.0, 600.0, 250_000.0])
    a_at = np.array([2, -1, 6, 0])  # the readings whose populations the "any" ones take
    band, a_band, names = _bands(pop, a_at)
    assert list(names) == ["20 000–49 999", "500–1 999", "< 500", "≥ 100 000"]
    assert band.tolist() == [0, -1, 1, 0, 2, 1, 3]
    assert a_band.tolist() == [1, -1, 3, 0]


# --- no pandas on the command's path (#19) ------------------------------------------------
# The reader is stubbed (its own work on reading without pandas is tested elsewhere): a
# CodedSurvey built from numpy arrays goes through compare --data's path, from the counting
# to the printed table, CSV and JSON, in a fresh interpreter that must never import pandas.

_CODED = """
import numpy as np
from barometre.domain.coded import CodedSurvey


def coded():
    rng = np.random.default_rng(3)
    n = 600
    codes = np.array(["01", "02", "03", "06", "13", "33", "59", "75"], dtype=object)
    return CodedSurvey(
        entity=rng.integers(0, len(codes), n).astype(np.int32), codes=codes,
        population=lambda: np.random.default_rng(4).choice([600.0, 30_000.0, np.nan], n),
        platform=rng.integers(0, 3, n).astype(np.int32),
        platform_ids=np.array(["facebook", "instagram", "x"], dtype=object),
        present=rng.integers(-1, 2, n).astype(np.int8),
        year=rng.choice([2024.0, 2025.0, np.nan], n), date=np.arange(n, dtype=np.int64),
        source_row=np.arange(n, dtype=np.int64), collectivity_type="departement",
        attrs={"file": "enquete.csv", "problems": []})
"""

_NO_PANDAS = _CODED + """
import contextlib, io, json, sys, types

reader = types.ModuleType("barometre.survey.reader")  # the stub: this CodedSurvey, no file
reader.read_coded = lambda *a, **k: coded()
reader.read_survey = lambda *a, **k: 1 / 0
sys.modules["barometre.survey.reader"] = reader
from barometre.cli.app import main

out = {}
for args in ARGS:
    sys.argv = ["barometre", "compare", "--data", "enquete.csv", "--type", "departement", *args]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.suppress(SystemExit):
        main()
    out[" ".join(args)] = buf.getvalue()
print(json.dumps({"pandas": "pandas" in sys.modules, "out": out}))
"""

_ARGS = [[*v, "--format", f] for f in ("table", "csv", "json")
         for v in ([], ["--lang", "en"], ["--by", "strate"], ["--platform", "facebook"],
                   ["--year", "2024", "--lang", "en"])]


def test_compare_data_from_coded_readings_never_imports_pandas():
    """MARKED: the no-pandas guarantee of compare --data (#19), in a subprocess."""
    res = subprocess.run([sys.executable, "-c", _NO_PANDAS.replace("ARGS", repr(_ARGS))],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    got = json.loads(res.stdout)
    assert got["pandas"] is False
    # what was printed is the frame path's figures
    namespace: dict = {}
    exec(textwrap.dedent(_CODED), namespace)
    for by in (None, "strate"):
        want = compare_survey(namespace["coded"](), "departement", by=by)
        printed = json.loads(got["out"]["--by strate --format json" if by else "--format json"])
        # a survey's figures are not published: the CLI's year_published stays empty
        assert {r.pop("year_published") for r in printed} == {None}
        assert {r.pop("fictitious") for r in printed} == {False}  # prov20: the CLI's too
        records = frame_records(want, list(printed[0]),
                                round_to={"share": 6, "ci_low": 4, "ci_high": 4, "coverage": 4})
        for r in records:
            r["flags"] = [f for f in (r["flags"] or "").split(";") if f]
        assert printed == records
    csv_lines = got["out"]["--format csv"].splitlines()
    assert csv_lines[0].startswith(",".join(RECORD_COLUMNS))
    assert len(csv_lines) == 1 + len(compare_survey(namespace["coded"](), "departement"))
    table = got["out"]["--lang en --format table"]
    assert "surveyed entit" in table and "Source: enquete.csv" in table
    assert not math.isnan(float(printed[0]["share"]))


def test_an_annuaire_result_is_annotated_alike_as_rows_and_as_a_frame(tmp_path):
    """compare --data on an Annuaire export: the measure, date and attribution columns and
    notes added to the rows as to the frame."""
    sys.path.insert(0, str(FILES))
    try:
        import make_annuaire
    finally:
        sys.path.remove(str(FILES))
    from barometre.survey.annuaire import RESULT_COLUMNS, annotate_result

    path = tmp_path / "annuaire.json"
    make_annuaire.make(path, communes=60, seed=3)
    survey = bm.read_survey(path, type="commune")
    rows = annotate_result(compare_survey_records(survey, "commune"), survey)
    frame = annotate_result(compare_survey(survey, "commune"), survey)
    assert rows.columns == list(frame.columns) and rows.columns[-4:] == RESULT_COLUMNS
    assert plain_records(rows) == frame_records(frame)
    assert rows.attrs["annuaire"] == frame.attrs["annuaire"]
