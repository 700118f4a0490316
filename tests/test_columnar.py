"""The Arrow CSV path (#19.2): taken on regular files, handed over otherwise, same reading."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from barometre.survey import fastcsv
from barometre.survey.columnar import read_csv_columns

from .test_fast_path import (_fast_threshold, _read, fast_reader, normal_reader, same_reading,
                             survey_files)

TYPES = {0: "category", 1: "category", 2: "category", 3: str, 4: "category"}


def _columns(path):
    return read_csv_columns(path, ";", 1, 5, [0, 1, 2, 3, 4], TYPES, "utf-8")


def _cells(col):
    """Every cell of a reader's column (NaN when missing)."""
    return [col.at(i) for i in range(len(col))]


def test_regular_file_read_by_arrow_as_text(tmp_path):
    path = tmp_path / "releves.csv"
    path.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;12 345;15/10/2025\n"
                    "2A;X;Non;;\n", encoding="utf-8")
    raw = _columns(path)
    assert _cells(raw[0]) == ["01", "2A"]  # codes stay text
    counts = _cells(raw[3])
    assert counts[0] == "12 345" and counts[1] != counts[1]  # a blank count is missing (NaN)
    assert _cells(raw[4]) == ["15/10/2025", ""]


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
    assert _cells(raw[0]) == ["01", "", "02"]  # row 3 blank (dropped later), row 4 is row 4
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
# found by this test: two doubtful texts of one count listed in each path's own order of
# distinct values; now most frequent first, then in the order of the rows
@example(data=b"code;plateforme;present;abonnes;date\n"
         + b"01;Facebook;Oui;12 345;15/10/2025\n" * 6
         + b"01;Facebook;Oui ?;12 345;15/10/2025\n01;Facebook;Non ?;12 345;15/10/2025\n")
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


@settings(max_examples=60, deadline=None)
@given(chunks=st.lists(st.lists(st.sampled_from(["01", "2A", "", "Oui", "é", None]), max_size=8),
                       max_size=4),
       large=st.booleans())
def test_dictionary_columns_read_as_to_pandas_gives(chunks, large):
    """Several chunks with their own dictionaries, missing cells, empty dictionaries: the
    reader's codes and distinct values give each cell what ``to_pandas`` gives."""
    import pyarrow as pa

    from barometre.survey.raw import column_of_arrow

    text = pa.large_string() if large else pa.string()
    col = pa.chunked_array([pa.array(c, text).dictionary_encode() for c in chunks],
                           type=pa.dictionary(pa.int32(), text))
    expected = col.to_pandas()
    got = column_of_arrow(col)
    assert len(got) == len(expected)
    assert [None if v != v else v for v in _cells(got)] == \
        [None if v != v else v for v in expected.tolist()]
    if len(expected):  # the distinct values in order of first appearance, as categories
        assert list(got.values) == list(expected.cat.categories)
        assert got.codes.tolist() == expected.cat.codes.tolist()


def test_utf8_check_decides_as_python(tmp_path):
    """Arrow's validator, not a decoding: the same verdict on the hard cases."""
    cases = [b"", b"abc", b"\xc3\xa9", b"\xe9", b"a\xc3", b"\xed\xa0\x80", b"\xc0\x80",
             b"\xf4\x90\x80\x80", b"\xef\xbf\xbf", b"\xf0\x9f\x98\x80", b"\xef\xbb\xbfx"]
    for data in cases:
        try:
            data.decode("utf-8")
            valid = True
        except UnicodeDecodeError:
            valid = False
        assert fastcsv._is_utf8(data) is valid, data
    path = tmp_path / "f.csv"
    path.write_bytes(b"code;x\n01;\xc3\xa9\n")
    with fastcsv._file_bytes(path) as mapped:
        assert fastcsv._is_utf8(mapped) and mapped.find(b'"') == -1
    assert mapped.closed  # nothing kept the file mapped
    path.write_bytes(b"")
    with fastcsv._file_bytes(path) as empty:  # an empty file cannot be mapped: read
        assert empty == b""


def test_parquet_text_with_gaps_and_an_index_reads_as_to_pandas(tmp_path):
    """Missing text cells, a stored index, an ordered category: as to_pandas gives them."""
    import pandas as pd
    import pyarrow.parquet as pq

    from barometre.survey.grid import _parquet_frame

    df = pd.DataFrame({"code": ["01", None, "2A", "01"], "plateforme": ["X", "X", None, "X"],
                       "present": pd.Categorical(["Oui", "Non", "Oui", None], ordered=True),
                       "abonnes": pd.array([1, None, 3, 4], dtype="Int64")},
                      index=pd.RangeIndex(10, 14))
    path = tmp_path / "releves.parquet"
    df.to_parquet(path)
    raw, rownums, header = _parquet_frame(path)
    expected = pq.read_table(path, read_dictionary=["code", "plateforme"]).to_pandas()
    for k in range(4):  # the same cells, missing where to_pandas has them missing
        got, want = _cells(raw[k]), expected.iloc[:, k].tolist()
        assert [pd.isna(v) for v in got] == [pd.isna(v) for v in want], k
        assert [v for v in got if not pd.isna(v)] == [v for v in want if not pd.isna(v)], k
    assert header == ["code", "plateforme", "present", "abonnes"]
    assert rownums.tolist() == [2, 3, 4, 5]


_PIECES = [b"a", b";", b"\n", b"\r\n", b"\xe9", b"\xc3\xa9", b"\xc3", b"\xa9", b"\xe2\x82\xac",
           b"\xe2\x82", b"\xf0\x9f\x98\x80", b"\xf0\x9f", b"\xed\xa0\x80", b"\xed\x9f\xbf",
           b"\xc0\x80", b"\xc1\xbf", b"\xef\xbb\xbf", b"\x80", b"\xff", b"\xe0\x80\x80",
           b"\xe0\xa0\x80", b"\xf4\x90\x80\x80", b"\xf4\x8f\xbf\xbf", b"\xf5\x80\x80\x80",
           b"\xdf\xbf", b"\xc2\x80", b"\xee\x80\x80", b"\x8d", "Nôn".encode("mac_roman")]


def _line_by_line(data: bytes) -> tuple[int, int]:
    """The rule as detect_encoding applies it: each line decoded on its own."""
    from barometre.survey.grid import _utf8_multibyte

    bad = good = 0
    for line in data.split(b"\n"):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
        else:
            good += _utf8_multibyte(line)
    return bad, good


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(st.sampled_from(_PIECES), max_size=80) | st.lists(st.binary(), max_size=8),
       chunk_size=st.integers(1, 40))
def test_large_file_lines_counted_as_decoded_one_by_one(parts, chunk_size):
    """The numpy count of bad lines and accented lines (issue #19: a Windows export took
    seconds line by line) is the line-by-line decoding's, whatever the chunks."""
    from barometre.survey.grid import _bad_and_good_lines

    data = b"".join(parts)
    assert _bad_and_good_lines(data, chunk_size) == _line_by_line(data)
    assert _bad_and_good_lines(data, 1 << 24) == _line_by_line(data)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from([b'"', b"\n", b"a", b";", b'""', b"\r\n", b"\n\n"]),
                      max_size=60),
       chunk_size=st.integers(1, 30))
def test_quote_parity_per_line_whatever_the_chunks(parts, chunk_size):
    data = b"".join(parts)
    expected = all(line.count(b'"') % 2 == 0 for line in data.split(b"\n"))
    assert fastcsv._quotes_close_on_their_line(data, chunk_size) is expected


def test_parquet_numeric_codes_with_a_gap_read_by_name(tmp_path):
    """A code column of numbers (one per row, not a dictionary) with a blank code: the row
    is read through its name, as from any other file; the grid holds Python cells."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    import barometre as bm
    from barometre.survey.grid import read_grid

    path = tmp_path / "releves.parquet"
    pq.write_table(pa.table({"code": pa.array([75056, None, 13055], pa.int64()),
                             "commune": ["Paris", "Marseille", "Marseille"],
                             "facebook": ["Oui", "Non", "Oui"]}), path)
    df = bm.read_survey(path, type="commune", errors="skip")
    assert df["code"].tolist() == ["75056", "13055"]
    assert df["present"].tolist() == [True, False]
    assert [p.code for p in df.attrs["problems"]] == ["name-for-blank-code", "duplicate-entity"]
    assert read_grid(path).rows[1:] == [[75056.0, "Paris", "Oui"], [None, "Marseille", "Non"],
                                        [13055.0, "Marseille", "Oui"]]
