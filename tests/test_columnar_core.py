"""The survey core on integer codes (issue #19): what it must keep exact at any size."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import barometre as bm
from barometre.survey import normalize
from barometre.survey.cells import _blank_mask
from barometre.survey.rules import most_frequent_date
from barometre.survey.values import WHITESPACE, _is_blank, parse_count_column


def test_whitespace_is_what_str_strip_removes():
    assert set(WHITESPACE) == {c for c in map(chr, range(0x110000)) if c.isspace()}


@pytest.mark.parametrize("dtype", ["str", object])
def test_blank_cells_are_the_same_on_arrow_and_python_text(dtype):
    values = ["", " ", "\x1c", "\u200b", "\xa0 ", "a", None, " a ", "\u3000", "\x00", "\u2007"]
    s = pd.Series(values, dtype=dtype)
    assert _blank_mask(s).tolist() == [_is_blank(v) for v in values]


def test_counts_read_alike_from_arrow_and_python_text():
    cells = ["12", "0012", "\u0663\u0664", "12 345", "1,000", "1,2 k", "x", None, "",
             "1000000001", "\u00a0", "999999999"]
    arrow = parse_count_column(pd.Series(cells, dtype="str"))
    python = parse_count_column(pd.Series(cells, dtype=object))
    np.testing.assert_array_equal(arrow[0], python[0])
    for a, b in zip(arrow[1:], python[1:]):
        assert a[0].tolist() == b[0].tolist() and a[1] == b[1]
    assert arrow[0][:2].tolist() == [12.0, 12.0]
    assert dict(zip(arrow[1][0].tolist(), arrow[1][1]))[9] == "count-too-large"


@pytest.mark.parametrize("large", [False, True])
def test_plain_digits_read_on_buffers_match_the_regular_expression(large):
    import pyarrow as pa
    import pyarrow.compute as pc

    from barometre.survey.values import _plain_digits_of

    cells = ["12", "", None, "0012", "\u0663", "1 2", "123456789", "1234567890", "+1", "-1",
             "1a", "a1", "é9", "007", None, "9"]
    typ = pa.large_string() if large else pa.string()
    whole = pa.array(cells, type=typ)
    # sliced chunks: their offsets do not start at zero
    arr = pa.chunked_array([whole.slice(0, 5), whole.slice(5, 0), whole.slice(5)], type=typ)
    per_chunk = [_plain_digits_of(chunk) for chunk in arr.chunks if len(chunk)]
    digits, filled = (np.concatenate([p[k] for p in per_chunk]) for k in (0, 1))
    expected = pc.fill_null(pc.match_substring_regex(arr, "^[0-9]{1,9}$"), False)
    assert digits.tolist() == expected.to_numpy(zero_copy_only=False).tolist()
    assert filled.tolist() == [c is not None for c in cells]


def test_wave_date_is_the_most_frequent_and_the_earliest_of_a_tie():
    d = np.array(["2025-10-15", "2025-10-01", "2025-10-15", "2025-10-01", "NaT"],
                 dtype="datetime64[s]")
    assert most_frequent_date([d]) == np.datetime64("2025-10-01")
    assert most_frequent_date([d[:1], d[2:3]]) == np.datetime64("2025-10-15")
    assert most_frequent_date([d[4:]]) is None
    # distinct dates with their number of rows: the same answer as the rows themselves
    u = np.array(["2025-10-15", "2025-10-01", "NaT", "2024-01-01"], dtype="datetime64[s]")
    assert most_frequent_date([u], [np.array([2, 3, 9, 0])]) == np.datetime64("2025-10-01")
    assert most_frequent_date([u[:1], u[1:2]], [np.array([3]), np.array([3])]) == \
        np.datetime64("2025-10-01")
    assert most_frequent_date([u[2:]], [np.array([5, 0])]) is None


def test_rows_are_listed_alike_from_a_list_and_an_array():
    from barometre.survey.rules import rows_text

    rows = [60, 12, 40, 41, 12, 52, 60, 7]
    for cells in (rows, np.array(rows), np.array(rows, dtype=np.int32), iter(rows)):
        msg = rows_text(cells)
        assert msg.params["rows"] == "7, 12, 40, 41, 52, …" and msg.params["s"] == "s"
    assert rows_text([3]).params == {"s": "", "rows": "3"}


def test_an_unknown_plain_code_is_said_without_the_name_indexes(monkeypatch):
    """Digits (or 2A/2B) are a code or nothing: no name can answer to them, so the name
    indexes (half a second to build for the communes) are not built for them."""
    from barometre.datasets import resolution
    from barometre.domain.errors import ResolveError
    from barometre.survey.entities import _resolve_one

    pool = resolution._pool

    def codes_only(tier):
        assert tier == "institution", f"name index of {tier} built for a plain code"
        return pool(tier)

    monkeypatch.setattr(resolution, "_pool", codes_only)
    for value in ("99999", "0100", "2A999"):
        err = _resolve_one(value, "", "commune")
        assert isinstance(err, ResolveError) and err.code == "unknown-code"


def test_validate_never_builds_the_tidy_frame(tmp_path, monkeypatch):
    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;12 345;15/10/2025\n"
                    "02;X;truc;;15/10/2025\n", encoding="utf-8")

    def no_frame(self):
        raise AssertionError("validate built the frame")

    monkeypatch.setattr(normalize.Readings, "frame", no_frame)
    assert [p.code for p in bm.validate(path) if p.severity == "error"] == ["presence-invalid"]
    with pytest.raises(AssertionError):
        bm.read_survey(path, errors="skip")


def test_tidy_frame_text_columns_keep_codes_as_text(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present;abonnes;date\n1053;Facebook;Oui;12 345;15/10/2025\n"
                    "2A004;X;https://x.com/ajaccio;;15/10/2025\n01053;X;;;15/10/2025\n",
                    encoding="utf-8")
    df = bm.read_survey(path, type="commune")
    assert df["code"].tolist() == ["01053", "2A004", "01053"]
    assert pd.api.types.is_string_dtype(df["code"]) and pd.api.types.is_string_dtype(df["name"])
    assert df["platform"].tolist() == ["facebook", "x", "x"]
    assert df["account"].isna().tolist() == [True, False, True]
    assert df.loc[1, "account"] == "https://x.com/ajaccio"
    assert df["present"].tolist() == [True, True, False]  # a blank in a column without "Non"
    assert df["followers"].dtype == "Int64" and df.loc[0, "followers"] == 12345


def test_duplicates_far_apart_and_out_of_order_are_found(tmp_path):
    """The combined key is sorted only when the file is not in key order: both must work."""
    rows = [f"{d:02d};Facebook;Oui;{d};15/10/2025" for d in range(1, 90)]
    rows.insert(0, "45;Facebook;Non;;15/10/2025")  # 45 again, far below, with another answer
    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present;abonnes;date\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    problems = [p for p in bm.validate(path, type="departement") if p.code == "duplicate-rows"]
    assert len(problems) == 1 and "2, 47" in problems[0].message
    in_order = tmp_path / "dans-l-ordre.csv"
    in_order.write_text("code;plateforme;present;abonnes;date\n"
                        + "\n".join(rows[1:]) + "\n", encoding="utf-8")
    assert not [p for p in bm.validate(in_order, type="departement") if p.code == "duplicate-rows"]


@pytest.mark.parametrize("year_column", [False, True])
@pytest.mark.parametrize("seed", range(20))
def test_long_key_is_equal_exactly_for_equal_readings(seed, year_column):
    """Two readings share the key of duplicates exactly when entity, platform, date and
    year are equal (missing equal to missing), whatever the order of the rows."""
    rng = np.random.default_rng(seed)
    n = 300
    ent_key = np.array([0, 1, 2, -1, -2, 5])  # unresolved texts are negative, apart
    eidx = rng.integers(0, len(ent_key), n)
    platform = rng.choice(np.array([1, 4, 2], dtype=np.int8), n)
    days = rng.choice(np.array([0, 1, 400, -1]), n)
    date = (np.datetime64("2020-01-01", "s") + days * 86400).astype("datetime64[s]")
    date[days < 0] = np.datetime64("NaT")
    year = rng.choice(np.array([2020.0, 2021.0, np.nan]), n)
    if not year_column:  # the year is then the date's
        year = date.astype("datetime64[Y]").astype(float) + 1970
        year[np.isnat(date)] = np.nan
    if seed % 2:  # the file in key order
        order = np.lexsort((date.view("int64"), platform, ent_key[eidx]))
        eidx, platform, date, year = eidx[order], platform[order], date[order], year[order]
    readings = normalize.Readings(
        ent_key, ent_key, np.zeros(len(ent_key)), "commune", eidx, platform,
        np.ones(n, np.int8), np.full(n, np.nan), np.full(n, -1, np.int32),
        np.zeros(0, object), date, year, np.arange(n))
    key = normalize._long_key(readings, ent_key, year_column)
    rows = list(zip(ent_key[eidx].tolist(), platform.tolist(), date.view("int64").tolist(),
                    np.nan_to_num(year, nan=-1).tolist()))
    same_key = key[:, None] == key[None, :]
    same_row = np.array([[a == b for b in rows] for a in rows])
    assert (same_key == same_row).all()
    # the run-by-run check of an increasing key, on these readings and on their distinct
    # keys in order (increasing), with runs shorter than the readings
    for sub in (readings, readings.take(np.unique(key, return_index=True)[1])):
        whole = normalize._long_key(sub, ent_key, year_column)
        for step in (1, 7, 1 << 16):
            assert normalize._LongKey(sub, ent_key, year_column).increasing(step) == \
                bool((whole[1:] > whole[:-1]).all())


# ---------------------------------------------------------------- coded readings (no frame)

from hypothesis import HealthCheck, example, given, settings  # noqa: E402

from barometre.analysis.survey import adoption, compare_survey  # noqa: E402
from barometre.domain.errors import BarometreError  # noqa: E402
from barometre.survey.reader import read_coded  # noqa: E402

from .conftest import ROOT  # noqa: E402
from .test_fast_path import LATEST20, survey_files  # noqa: E402


def _same_figures(path, **kw):
    """compare and adoption give the same records from the coded readings as from the frame."""
    try:
        frame = bm.read_survey(path, errors="skip", **kw)
    except BarometreError as exc:
        with pytest.raises(BarometreError) as again:
            read_coded(path, errors="skip", **kw)
        assert again.value.message == exc.message
        return
    coded = read_coded(path, errors="skip", **kw)
    assert [p.to_dict() for p in coded.attrs["problems"]] == \
        [p.to_dict() for p in frame.attrs["problems"]]
    try:
        want = compare_survey(frame)
    except BarometreError as exc:
        with pytest.raises(type(exc)):
            compare_survey(coded)
        return
    got = compare_survey(coded)
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert got.attrs == want.attrs


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=survey_files())
@example(data=LATEST20[0])  # a later « NR » after an answer of the year: the answer kept
@example(data=LATEST20[1])
def test_coded_readings_give_the_figures_of_the_frame(tmp_path, data):
    path = tmp_path / "enquete.csv"
    path.write_bytes(data)
    _same_figures(path)


@pytest.mark.parametrize("name", ["enquete-departements-donnees-fictives.xlsx",
                                  "releves-departements-donnees-fictives.csv"])
def test_coded_readings_of_the_demo_data(name):
    _same_figures(ROOT / "data" / "demo" / name)


def test_coded_readings_by_size_band_and_spellings_of_one_commune(tmp_path):
    """Two spellings of one commune are one entity; size bands from the population."""
    path = tmp_path / "communes.csv"
    path.write_text("code;plateforme;present;date\n1053;Facebook;Oui;15/10/2024\n"
                    "01053;Facebook;Non;15/10/2025\n44109;Facebook;Oui;15/10/2025\n"
                    "Bourg-en-Bresse;X;Oui;15/10/2025\n35238;X;;15/10/2025\n"
                    "35238;Facebook;Non;15/10/2025\n", encoding="utf-8")
    frame = bm.read_survey(path, type="commune")
    coded = read_coded(path, type="commune")
    assert len(set(coded.codes[coded.entity])) == 3  # 01053 (three spellings), 44109, 35238
    for kw in ({}, {"by": "strate"}, {"platforms": ["x"]}):
        pd.testing.assert_frame_equal(adoption(coded, **kw), adoption(frame, **kw),
                                      check_exact=True)
    with pytest.raises(BarometreError):
        compare_survey(coded, vs="departement")


def test_compare_data_reads_without_the_frame(tmp_path, monkeypatch):
    """The command counts on the coded readings: the frame is never built."""
    from typer.testing import CliRunner

    from barometre.cli.app import app

    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present\n01;Facebook;Oui\n02;Facebook;Non\n",
                    encoding="utf-8")
    monkeypatch.setattr(normalize.Readings, "frame", lambda self: 1 / 0)
    res = CliRunner().invoke(app, ["compare", "--data", str(path), "--type", "departement",
                                  "--format", "json"])
    assert res.exit_code == 0, res.output
    assert '"n_present": 1' in res.output and '"n_base": 2' in res.output


def test_counts_in_messages_have_thousands_separators():
    from barometre.survey.rules import years_problem

    years = np.array([2016.0] * 12345 + [2017.0] * 3 + [np.nan])
    p = years_problem(years)
    assert "2016 (12\u202f345 relevés)" in p.message and "2017 (3 relevés)" in p.message
    assert "2016 (12,345 readings)" in p.text("en")


def test_blank_rows_of_a_large_file_read_by_the_general_reader():
    """Over 100,000 rows, pandas hands out read-only masks: the blank rows are still dropped."""
    n = 100_001
    raw = pd.DataFrame({0: pd.Series(["01"] * n, dtype=object),
                        1: pd.Series(["Facebook"] * n, dtype=object)})
    raw.loc[5, 0] = None
    raw.loc[5, 1] = "  "
    raw.loc[7, 0] = ""
    from barometre.survey.raw import columns_of_frame

    out, rows = normalize._drop_blank_rows(columns_of_frame(raw), np.arange(n) + 2)
    assert len(out) == n - 1
    assert rows[:7].tolist() == [2, 3, 4, 5, 6, 8, 9]


def test_a_row_with_an_extra_field_is_rejected_on_every_path(tmp_path):
    from .test_fast_path import fast_reader, normal_reader, same_reading

    rows = [f"{d:02d};Facebook;Oui;{d};15/10/2025" for d in range(1, 90) if d != 20]
    rows[40] += ";en trop"
    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present;abonnes;date\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    assert [p.row for p in bm.validate(path) if p.severity == "error"] == [42]


def test_a_zero_count_beside_a_blank_answer_is_not_presence(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("code;Facebook;Abonnés Facebook\n01;Oui;1200\n02;;0\n03;;350\n04;Non;\n"
                    "05;;\n", encoding="utf-8")
    df = bm.read_survey(path, type="departement")
    # the column has a "Non": its blanks are not answered, the 0 beside one included
    assert [None if pd.isna(v) else v for v in df["present"]] == [True, None, True, False, None]
    a = bm.adoption(df)
    fb = a[a["platform"] == "facebook"].iloc[0]
    assert (fb["n_present"], fb["n_base"]) == (2, 3)  # 01 and 03; 02 and 05 not answered
    assert any(p.code == "blank-unknown" and "2" in p.message for p in df.attrs["problems"])


def test_a_frame_reloaded_from_csv_counts_like_the_original(tmp_path):
    s = bm.read_survey(ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv")
    path = tmp_path / "copie.csv"
    s.to_csv(path, index=False)
    again = pd.read_csv(path, dtype=str)  # codes keep their zeros; True/False are text
    for c in ("year", "followers", "population", "source_row"):
        again[c] = pd.to_numeric(again[c]).astype("Int64")
    again["date"] = pd.to_datetime(again["date"])
    a, b = bm.adoption(s), bm.adoption(again)
    assert a["n_present"].tolist() == b["n_present"].tolist()
    assert a["n_base"].tolist() == b["n_base"].tolist()
    again.loc[0, "present"] = "Oui"
    with pytest.raises(BarometreError, match="Oui"):
        bm.adoption(again)


def test_a_windows_file_accented_only_late_takes_the_fast_path(tmp_path):
    """cp1252 bytes after the first 256 KiB: decided as the general reader decides."""
    from barometre.survey import reader
    from .test_fast_path import _fast_threshold, fast_reader, normal_reader, same_reading

    deps = [f"{i:02d}" for i in range(1, 96) if i != 20]
    rows = [f"{deps[i % 94]};{['Facebook', 'X', 'Instagram'][i // 94 % 3]};Oui;{i};"
            f"{1 + i // 2538:02d}/10/{2016 + i // 282 % 9}" for i in range(10_000)]
    rows[9900] = rows[9900].replace(";Oui;", ";Non;")
    text = "code;plateforme;present;abonnes;date;commentaire\n" + "\n".join(
        r + (";relevé à vérifier" if i == 9950 else ";") for i, r in enumerate(rows)) + "\n"
    path = tmp_path / "windows.csv"
    path.write_bytes(text.encode("cp1252"))
    assert path.stat().st_size > 300_000 and b"\xe9" in path.read_bytes()[280_000:]
    with _fast_threshold(0):
        assert reader._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)


def test_an_r_style_quoted_export_reads_on_the_fast_path_like_the_csv_module(tmp_path):
    """write.csv quotes every text: header, codes, answers; "" inside, ; inside, "12"3."""
    from barometre.survey import reader
    from .test_fast_path import _fast_threshold, fast_reader, normal_reader, same_reading

    lines = ['"code";"plateforme";"present";"abonnes";"date";"note"',
             '"01";"Facebook";"Oui";"12 345";"15/10/2025";"dit ""oui"""',
             '"02";"X";"Non";"";"15/10/2025";"a;b"',
             '03;"Instagram";Oui;1 600;15/10/2025;abc',
             '"04";"X";"Oui";"12"3;"15/10/2025";""']
    path = tmp_path / "export-r.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with _fast_threshold(0):
        assert reader._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)
    df, _ = fast_reader(path)
    assert df["code"].tolist() == ["01", "02", "03", "04"]
    assert df["followers"].iloc[0] == 12345 and df["followers"].iloc[2] == 1600
    # a lone quote inside a field: the line's quotes do not pair, the csv module reads it
    path.write_text("\n".join(lines) + '\n05;X;Oui;7;15/10/2025;ab"c\n', encoding="utf-8")
    with _fast_threshold(0):
        assert reader._read_csv_fast(path) is None
    same_reading(normal_reader, fast_reader, path)


def test_vs_the_same_type_adds_no_rows():
    s = bm.read_survey(ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv")
    once = compare_survey(s, "departement")
    pd.testing.assert_frame_equal(compare_survey(s, "departement", vs=["departement"] * 2), once)


def test_coverage_counts_the_entities_answered_in_the_year_shown(tmp_path):
    path = tmp_path / "communes.csv"
    path.write_text("code;plateforme;present;date\n01053;Facebook;Oui;15/10/2024\n"
                    "44109;Facebook;Oui;15/10/2024\n35238;Facebook;Non;15/10/2024\n"
                    "01053;Facebook;Oui;15/10/2025\n", encoding="utf-8")
    for survey in (bm.read_survey(path, type="commune"), read_coded(path, type="commune")):
        a = adoption(survey)
        by_year = dict(zip(a["year"], a["n_surveyed"]))
        assert by_year == {2024: 3, 2025: 1}
        assert a.loc[a["year"] == 2025, "coverage"].iloc[0] == 1 / len(bm.reference.entities("commune"))


def test_first_seen_by_runs_equals_the_distinct_values_in_order():
    """cells._first_seen (first run of each small integer code, #19) against
    unique_in_order of the runs, on sorted, shuffled, missing (-1) and wide-range codes."""
    from barometre.survey.cells import _first_seen
    from barometre.survey.raw import unique_in_order

    rng = np.random.default_rng(0)
    for _ in range(2000):
        n, k = int(rng.integers(0, 60)), int(rng.integers(1, 20))
        dtype = rng.choice([np.int8, np.int32, np.int64, np.float64])
        values = rng.integers(-1, k, n).astype(dtype)
        if rng.random() < 0.3:
            values = np.sort(values)
        if rng.random() < 0.1 and dtype != np.int8:
            values = values * 100_000  # a range too wide for the table: sorted instead
        runs = values[np.r_[0, np.flatnonzero(values[1:] != values[:-1]) + 1]] if n else values
        got, want = _first_seen(values), unique_in_order(runs)
        assert got.dtype == want.dtype and np.array_equal(got, want)


def test_factorize_keeps_codes_already_in_order_of_first_appearance():
    """An Arrow dictionary read from a CSV is numbered in order of first appearance: the
    codes are kept (int32), with the result pd.factorize gives."""
    pd = pytest.importorskip("pandas")
    from barometre.survey.cells import _factorize
    from barometre.survey.raw import CodedColumn

    cases = [(np.array([0, 0, 1, 2, 1, 2], np.int32), ["01001", "01002", "2A004"]),
             (np.array([0, 2, 1, 0], np.int32), ["a", "b", "c"]),  # not in order
             (np.array([0, -1, 1], np.int32), ["a", "b"]),  # a missing cell
             (np.array([1, 1], np.int32), ["unused", "b"])]  # a value no row uses
    for codes, values in cases:
        got_codes, got_values = _factorize(CodedColumn(codes, np.array(values, dtype=object)))
        cells = pd.Series([values[c] if c >= 0 else None for c in codes], dtype=object)
        want_codes, want_values = pd.factorize(cells, use_na_sentinel=False)
        assert got_codes.dtype == np.int32 and got_codes.tolist() == want_codes.tolist()
        assert [None if v != v else v for v in got_values] == \
            [None if v is None or v != v else v for v in want_values]


def test_drop_blank_rows_skips_the_rows_when_a_column_has_no_blank_value():
    """_drop_blank_rows: a column without any blank value (the usual platform column) says at
    once that no row is blank; otherwise the rows blank in every column go, as before."""
    from barometre.survey.normalize import _drop_blank_rows
    from barometre.survey.raw import CodedColumn, RawColumns

    def raw(a_codes, a_values, b_codes, b_values):
        return RawColumns({0: CodedColumn(np.array(a_codes, np.int32), np.array(a_values, object)),
                           1: CodedColumn(np.array(b_codes, np.int32), np.array(b_values, object))},
                          len(a_codes))

    rows = np.array([2, 3, 4], dtype=np.int64)
    full = raw([0, 1, 0], ["Facebook", "X"], [0, 1, 2], ["01001", "01002", "01004"])
    kept, kept_rows = _drop_blank_rows(full, rows)
    assert kept is full and kept_rows is rows
    unused_blank = raw([0, 1, 0], ["Facebook", "X", " "], [0, 1, 2], ["01001", "01002", ""])
    assert _drop_blank_rows(unused_blank, rows)[1].tolist() == [2, 3, 4]
    one_blank = raw([0, 2, -1], ["Facebook", "X", " "], [0, 1, 2], ["01001", "", "01004"])
    assert _drop_blank_rows(one_blank, rows)[1].tolist() == [2, 4]


def test_first_seen_of_codes_already_in_order_of_first_appearance():
    """_first_seen's shortcut for codes numbered in order of first appearance (an Arrow
    dictionary read from a CSV): what unique_in_order of the runs gives, also for codes
    nearly so (one changed), at the top of small integer types, and with missing (-1)."""
    from barometre.survey.cells import _first_seen
    from barometre.survey.raw import unique_in_order

    rng = np.random.default_rng(1)
    for _ in range(2000):
        n, k = int(rng.integers(1, 300)), int(rng.integers(1, 129))
        values = pd.factorize(rng.integers(0, k, n))[0]  # 0, 1, 2… as they first appear
        if rng.random() < 0.3:
            values[int(rng.integers(0, n))] = int(rng.integers(-1, k + 2))
        dtype = rng.choice([np.int8, np.uint8, np.int32, np.int64])
        if dtype == np.uint8 and values.min() < 0:
            dtype = np.int32
        values = values.astype(dtype)
        runs = values[np.r_[0, np.flatnonzero(values[1:] != values[:-1]) + 1]]
        got, want = _first_seen(values), unique_in_order(runs)
        assert got.dtype == want.dtype and np.array_equal(got, want)


@pytest.mark.parametrize("seed", range(8))
def test_dates_as_codes_as_spread(seed):
    """Readings whose dates are codes into their distinct dates (``_DateCodes``): the
    duplicates' key, the year codes, the years' count, the wave's date mask and the
    spread arrays equal those of the same readings with per-reading dates (#19)."""
    from barometre.analysis.grouping import year_codes
    from barometre.survey import normalize
    from barometre.survey.rules import _year_counts, fill_wave_date, years_problem

    rng = np.random.default_rng(seed)
    n = 3000
    k = int(rng.integers(1, 12))
    table = (np.datetime64("2019-01-01", "s")
             + rng.integers(0, 5 * 365, k).astype("timedelta64[D]")).astype("datetime64[s]")
    if seed % 4 == 1:  # unreadable cells, and two cells of one date
        table[0] = np.datetime64("NaT")
        table[-1] = table[-2 if k > 1 else -1]
    if seed % 4 == 2:  # numbered in the order of their dates (a file in date order)
        table = np.sort(table)
    table = np.append(table, np.datetime64("NaT", "s"))  # the blank cells' slot, last
    years = normalize._years(table)
    low = -1 if seed % 3 else 0  # blank cells (-1) or none
    codes = rng.integers(low, k, n).astype(np.int32)
    if seed % 4 == 3:  # some distinct dates held by no reading
        codes[codes == k - 1] = 0
    eidx = rng.integers(0, 40, n).astype(np.int32)
    platform = rng.choice(np.array([2, 0, 5], dtype=np.int8), n)
    if seed >= 4:  # the file in key order
        order = np.lexsort((table[codes].view("int64"), platform, eidx))
        eidx, platform, codes = eidx[order], platform[order], codes[order]
    ent_key = np.arange(40)

    def readings(coded: bool):
        dates = (normalize._DateCodes(codes, table, years) if coded
                 else (table[codes], years[codes]))
        return normalize.Readings(
            ent_key, ent_key, np.zeros(40), "commune", eidx, platform, np.ones(n, np.int8),
            np.full(n, np.nan), None, np.zeros(0, object),
            *(dates if not coded else (dates, None)), np.arange(n))

    plain, coded = readings(False), readings(True)
    assert coded.dated is not None and "date" not in coded.__dict__
    for year_column in (False, True):
        a = normalize._LongKey(plain, ent_key, year_column)
        b = normalize._LongKey(coded, ent_key, year_column)
        assert a.increasing() == b.increasing()
        ka, kb = a.with_runs()[0], b.with_runs()[0]
        assert (np.argsort(ka, kind="stable") == np.argsort(kb, kind="stable")).all()
        assert ((ka[1:] == ka[:-1]) == (kb[1:] == kb[:-1])).all()
        assert (normalize._repeated(*a.with_runs()) == normalize._repeated(*b.with_runs())).all()
        if not year_column:
            assert "date" not in coded.__dict__  # the key took the codes
    coded = readings(True)  # the year column's key spread them: afresh
    want = year_codes(plain.year)
    got = coded.dated.year_codes()
    assert got[0].dtype == want[0].dtype and (got[0] == want[0]).all()
    np.testing.assert_array_equal(got[1], want[1])
    assert coded.dated.year_counts() == _year_counts(plain.year.copy())
    assert years_problem(None, counted=coded.dated.year_counts()) == years_problem(plain.year)
    keep = rng.random(n) > 0.1
    mask = fill_wave_date(plain.date.copy(), plain.year.copy(), None, keep)  # no wave: none
    missing = np.isnat(plain.date) & keep
    got_mask = coded.dated.unfilled(keep)
    assert (np.zeros(n, bool) if got_mask is None else got_mask).tolist() == missing.tolist()
    assert not mask.any()
    some = rng.integers(0, n, 50)
    sub = coded.take(some)
    assert sub.dated is not None
    np.testing.assert_array_equal(sub.date, plain.date[some])
    np.testing.assert_array_equal(sub.year, plain.year[some])
    drop = rng.random(n) > 0.8
    left = coded.without(drop)
    np.testing.assert_array_equal(left.date, plain.date[~drop])
    survey = coded.coded()
    np.testing.assert_array_equal(survey.year, plain.year)
    np.testing.assert_array_equal(survey.date, plain.date.view("int64"))
    np.testing.assert_array_equal(coded.date, plain.date)  # spread once asked
    np.testing.assert_array_equal(coded.year, plain.year)
