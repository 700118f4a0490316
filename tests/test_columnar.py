"""The Arrow CSV path (#19.2): taken on regular files, handed over otherwise, same reading."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from barometre.survey import fastcsv
from barometre.survey.columnar import read_csv_columns

from .test_fast_path import (_fast_threshold, _read, fast_reader, normal_reader, same_reading,
                             survey_files)

TYPES = {0: "category", 1: "category", 2: "category", 3: str, 4: "category"}


def _columns(path):
    return read_csv_columns(path, ";", 1, 5, [0, 1, 2, 3, 4], TYPES, "utf-8")


def test_regular_file_read_by_arrow_as_text(tmp_path):
    path = tmp_path / "releves.csv"
    path.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;12 345;15/10/2025\n"
                    "2A;X;Non;;\n", encoding="utf-8")
    raw = _columns(path)
    assert list(raw[0]) == ["01", "2A"]  # codes stay text
    assert list(raw[3].iloc[:1]) == ["12 345"] and raw[3].isna().tolist() == [False, True]
    assert list(raw[4]) == ["15/10/2025", ""]


def test_irregular_files_are_handed_over(tmp_path):
    path = tmp_path / "releves.csv"
    head = "code;plateforme;present;abonnes;date\n01;Facebook;Oui;1;15/10/2025\n"
    for tail in ("02;X;Non\n", "02;X;Non;;;;\n"):  # a short row, a long row
        path.write_text(head + tail, encoding="utf-8")
        assert _columns(path) is None


def test_a_blank_line_keeps_its_row(tmp_path):
    path = tmp_path / "releves.csv"
    path.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;1;15/10/2025\n\n"
                    "02;X;Non;;\n", encoding="utf-8")
    raw = _columns(path)
    assert list(raw[0]) == ["01", "", "02"]  # row 3 blank (dropped later), row 4 is row 4
    with _fast_threshold(0):
        df, _ = _read(path)
    assert list(df["source_row"]) == [2, 4]
    same_reading(normal_reader, fast_reader, path)


def _pandas_reader(path):
    """The fast path with pandas' C parser (what irregular files get)."""
    old = fastcsv.read_csv_columns
    fastcsv.read_csv_columns = lambda *a, **k: None
    try:
        with _fast_threshold(0):
            return _read(path)
    finally:
        fastcsv.read_csv_columns = old


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=survey_files())
def test_pandas_fallback_reads_like_the_normal_reader(tmp_path, data):
    path = tmp_path / "enquete.csv"
    path.write_bytes(data)
    same_reading(normal_reader, _pandas_reader, path)


def test_parquet_reads_like_its_csv_twin(tmp_path):
    """Dictionary pages or not, several row groups: the Parquet reading is the CSV reading."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [("01", "Facebook", "Oui", "12 345", "15/10/2025"), ("2A", "X", "Non", "", "15/10/2025"),
            ("44", "Instagram", "peut-être", "350", "32/13/2025"), ("99", "Facebook", "Oui", "7", ""),
            ("", "Myspace", "x", "-4", "15/10/2025"), ("01", "Facebook", "Non", "", "15/10/2025")]
    df = pd.DataFrame(rows * 7, columns=["code", "plateforme", "present", "abonnes", "date"])
    csv = tmp_path / "releves.csv"
    csv.write_text(df.to_csv(sep=";", index=False), encoding="utf-8")
    for use_dictionary in (True, ["code"]):
        pq_path = tmp_path / "releves.parquet"
        pq.write_table(pa.Table.from_pandas(df, preserve_index=False), pq_path, row_group_size=10,
                       use_dictionary=use_dictionary)
        a, pa_ = _read(pq_path)
        b, pb = normal_reader(csv)
        assert [p.to_dict() for p in pa_] == [p.to_dict() for p in pb]
        pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))
