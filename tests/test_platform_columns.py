"""A column that names a platform where the file does not read it per platform.

Long files read, per role, a generic column ("abonnés") on every row when there is one;
else, with one column per platform ("abonnés Facebook", "abonnés Instagram"), each row its
own platform's column (another platform's cell on it said, not read); else the one column
that names a platform ("abonnés Facebook"), read for every platform and said when it is
filled on other platforms' rows (``column-platform-other-rows``). Wide files:
a platform's date column alone says nothing of its presence (``date-without-platform``).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading

LONG_NAMED = ("code;plateforme;present;abonnes facebook;date\n"
              "44109;Facebook;Oui;1200;15/10/2025\n"
              "44109;Instagram;Oui;900;15/10/2025\n")
LONG_TWO_DATES = ("code;plateforme;present;date facebook;date\n"
                  "44109;Facebook;Oui;15/09/2025;15/10/2025\n"
                  "44109;Instagram;Oui;;15/10/2025\n")
LONG_GENERIC = ("code;plateforme;present;abonnes;date\n"
                "44109;Facebook;Oui;1200;15/10/2025\n"
                "44109;Instagram;Oui;900;15/10/2025\n")
WIDE_DATE_ALONE = ("Code commune;Facebook;Date TikTok\n"
                   "44109;Oui;15/10/2025\n"
                   "35238;Non;15/10/2025\n")


def _file(tmp_path, text, name="enquete.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _validate(cli, path, lang):
    res = cli("validate", path, "--format", "json", "--lang", lang)
    assert res.exit_code == 0, res.output  # warnings only
    return json.loads(res.stdout)


def _records(path):
    df = bm.read_survey(path, errors="skip")
    return {(r.platform, r.code): r for r in df.itertuples()}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_platform_column_filled_on_other_platforms_rows_is_read_and_said(tmp_path, cli,
                                                                           lang):
    path = _file(tmp_path, LONG_NAMED)
    problems = _validate(cli, path, lang)
    assert [(p["code"], p["column"], p["severity"]) for p in problems] == [
        ("column-platform-other-rows", "abonnes facebook", "warning")]
    message = problems[0]["message"]
    assert "Facebook" in message
    assert ("1 cellule remplie" in message and "(ligne 3)" in message if lang == "fr"
            else "1 filled cell" in message and "(line 3)" in message)
    got = _records(path)  # the reading is kept: the user may have used the header loosely
    assert got["instagram", "44109"].followers == 900
    assert got["facebook", "44109"].followers == 1200


def test_other_platforms_rows_are_counted_and_listed(tmp_path):
    rows = [f"{code};{p};Oui;{n};15/10/2025" for code, p, n in [
        ("44109", "Facebook", "1200"), ("44109", "Instagram", ""), ("35238", "Facebook", "5"),
        ("35238", "Instagram", "7"), ("35238", "X", "8"), ("75056", "X", " ")]]
    path = _file(tmp_path, "code;plateforme;present;abonnes facebook;date\n"
                 + "\n".join(rows) + "\n")
    problems = bm.validate(path)
    assert [(p.code, p.column) for p in problems] == [
        ("column-platform-other-rows", "abonnes facebook")]
    assert "2 cellules remplies" in problems[0].message  # blank cells are not counted
    assert "(lignes 5, 6)" in problems[0].message


def test_a_platform_column_filled_on_its_own_rows_only_says_nothing(tmp_path):
    path = _file(tmp_path, "code;plateforme;present;abonnes facebook;date\n"
                 "44109;Facebook;Oui;1200;15/10/2025\n44109;Instagram;Oui;;15/10/2025\n")
    assert bm.validate(path) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_generic_column_is_read_before_one_naming_a_platform(tmp_path, cli, lang):
    path = _file(tmp_path, LONG_TWO_DATES)
    problems = _validate(cli, path, lang)
    assert [(p["code"], p["column"]) for p in problems] == [("ignored-column", "date facebook")]
    assert ("« date » est lue pour chaque réseau" in problems[0]["message"] if lang == "fr"
            else "“date” is read for every platform" in problems[0]["message"])
    got = _records(path)
    assert str(got["facebook", "44109"].date.date()) == "2025-10-15"  # not 15/09 (#longcols)
    assert str(got["instagram", "44109"].date.date()) == "2025-10-15"


LONG_PER_PLATFORM = ("code;plateforme;present;abonnes facebook;abonnes instagram;date\n"
                     "44109;Facebook;Oui;1200;;15/10/2025\n"
                     "44109;Instagram;Oui;;900;15/10/2025\n")
# cells on other platforms' rows, a platform without its own column (X), dates per platform
LONG_PER_PLATFORM_OTHERS = (
    "code;plateforme;present;abonnes facebook;abonnes instagram;date facebook;date instagram\n"
    "44109;Facebook;Oui;1200;5;15/10/2025;\n"
    "44109;Instagram;Oui;;900;;16/10/2025\n"
    "44109;X;Oui;7;;01/10/2025;\n"
    "35238;Facebook;Non;;;15/10/2025;\n"
    "35238;Instagram;;;40;;16/10/2025\n")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_row_reads_its_platforms_column(tmp_path, cli, lang):
    path = _file(tmp_path, LONG_PER_PLATFORM)
    assert _validate(cli, path, lang) == []  # nothing ignored, nothing to say
    got = _records(path)
    assert got["facebook", "44109"].followers == 1200
    assert got["instagram", "44109"].followers == 900  # was lost (ignored column)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_platforms_column_on_other_rows_is_said_and_not_read(tmp_path, cli, lang):
    path = _file(tmp_path, LONG_PER_PLATFORM_OTHERS)
    problems = _validate(cli, path, lang)
    said = {p["column"]: p for p in problems if p["code"] == "column-platform-other-rows"}
    assert sorted(said) == ["abonnes facebook", "abonnes instagram", "date facebook"]
    assert all(p["severity"] == "warning" for p in said.values())
    fb, ig = said["abonnes facebook"]["message"], said["abonnes instagram"]["message"]
    if lang == "fr":
        assert "1 cellule remplie" in fb and "(ligne 4)" in fb and "non lue" in fb
        assert "(ligne 2)" in ig and "lue pour ces réseaux" not in ig
    else:
        assert "1 filled cell" in fb and "(line 4)" in fb and "not read" in fb
        assert "(line 2)" in ig and "read for those platforms" not in ig
    assert [p["code"] for p in problems if p["code"] != "column-platform-other-rows"] == [
        "wave-date"]  # the X row has no date column of its own: the wave's date, said
    got = _records(path)
    assert got["facebook", "44109"].followers == 1200  # not Instagram's 5
    assert got["instagram", "44109"].followers == 900
    assert str(got["facebook", "44109"].date.date()) == "2025-10-15"
    assert str(got["instagram", "44109"].date.date()) == "2025-10-16"
    # X has no column of its own: it reads nothing (not Facebook's 7 followers nor its date)
    assert pd.isna(got["x", "44109"].followers)
    assert str(got["x", "44109"].date.date()) != "2025-10-01"
    assert got["instagram", "35238"].followers == 40
    assert bool(got["instagram", "35238"].present)  # a count says present
    assert not bool(got["facebook", "35238"].present)


def test_a_second_column_of_a_platform_read_per_platform_is_an_error(tmp_path):
    path = _file(tmp_path, "code;plateforme;abonnes facebook;nb abonnes facebook;"
                 "abonnes instagram\n44109;Facebook;1;2;\n44109;Instagram;;;3\n")
    problems = bm.validate(path)
    assert [(p.code, p.severity) for p in problems] == [("duplicate-column", "error")]
    assert "« abonnes facebook » et « nb abonnes facebook »" in problems[0].message


def test_a_generic_column_is_read_before_columns_per_platform(tmp_path):
    path = _file(tmp_path, "code;plateforme;abonnes;abonnes facebook;abonnes instagram\n"
                 "44109;Facebook;10;1200;\n44109;Instagram;20;;900\n")
    problems = bm.validate(path)
    assert [(p.code, p.column) for p in problems] == [
        ("ignored-column", "abonnes facebook"), ("ignored-column", "abonnes instagram")]
    assert "« abonnes » est lue pour chaque réseau" in problems[0].message
    got = _records(path)
    assert (got["facebook", "44109"].followers, got["instagram", "44109"].followers) == (10, 20)


def test_columns_per_platform_in_parquet_read_alike(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    # ints without a gap (numpy integers) and with gaps (floats), as the CSV
    table = pa.table({"code": ["44109", "44109", "35238", "35238"],
                      "plateforme": ["Facebook", "Instagram", "Facebook", "Instagram"],
                      "present": ["Oui"] * 4,
                      "abonnes facebook": pa.array([1200, 5, 30, 6], pa.int64()),
                      "abonnes instagram": pa.array([None, 900, None, 40], pa.int64()),
                      "date": ["15/10/2025"] * 4})
    path = tmp_path / "enquete.parquet"
    pq.write_table(table, path)
    problems = bm.validate(path)
    assert [(p.code, p.column) for p in problems] == [
        ("column-platform-other-rows", "abonnes facebook")]
    got = _records(path)
    assert [got[k].followers for k in [("facebook", "44109"), ("instagram", "44109"),
                                       ("facebook", "35238"), ("instagram", "35238")]] == [
        1200, 900, 30, 40]


def test_a_long_file_with_generic_columns_only_is_unchanged(tmp_path, cli):
    path = _file(tmp_path, LONG_GENERIC)
    for lang in ("fr", "en"):
        assert _validate(cli, path, lang) == []
    got = _records(path)
    assert (got["facebook", "44109"].followers, got["instagram", "44109"].followers) == (
        1200, 900)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wide_date_column_without_its_platform_gives_no_readings(tmp_path, cli, lang):
    path = _file(tmp_path, WIDE_DATE_ALONE)
    problems = _validate(cli, path, lang)
    assert [(p["code"], p["column"], p["severity"]) for p in problems] == [
        ("date-without-platform", "Date TikTok", "warning")]
    assert ("sans autre colonne TikTok" in problems[0]["message"] if lang == "fr"
            else "without any other TikTok column" in problems[0]["message"])
    df = bm.read_survey(path, errors="skip")
    assert sorted(set(df["platform"])) == ["facebook"]  # no TikTok counted absent
    res = cli("compare", "--data", path, "--type", "commune", "--format", "json")
    assert res.exit_code == 0, res.output
    assert "tiktok" not in {r["platform"] for r in json.loads(res.stdout)}


def test_a_wide_date_column_with_its_platform_is_read(tmp_path):
    path = _file(tmp_path, "Code commune;Facebook;TikTok;Date TikTok\n"
                 "44109;Oui;Oui;15/10/2025\n35238;Non;Non;15/10/2025\n")
    assert [p.code for p in bm.validate(path)] == ["wave-date"]  # Facebook takes the wave's
    df = bm.read_survey(path, errors="skip")
    assert df.loc[df["platform"] == "tiktok", "present"].tolist() == [True, False]


def test_a_wide_file_with_only_a_platform_date_has_no_platform_column(tmp_path):
    path = _file(tmp_path, "Code commune;Date TikTok\n44109;15/10/2025\n")
    with pytest.raises(bm.BarometreError) as exc:
        bm.read_survey(path)
    assert exc.value.msg.code == "no-platform-column"


@pytest.mark.parametrize("text", [LONG_NAMED, LONG_TWO_DATES, WIDE_DATE_ALONE,
                                  LONG_PER_PLATFORM, LONG_PER_PLATFORM_OTHERS],
                         ids=["long-named", "long-two-dates", "wide-date-alone",
                              "long-per-platform", "long-per-platform-others"])
def test_fast_path_reads_them_alike(tmp_path, text):
    head, *rows = text.splitlines()
    # more rows of the same kind, other entities, so that both paths have something to read
    more = [r.replace("44109", code) for code in ("01001", "13055", "69123") for r in rows
            if r.startswith("44109")]
    path = _file(tmp_path, "\n".join([head, *rows, *more]) + "\n")
    same_reading(normal_reader, fast_reader, path)
