"""An undated answer takes ITS platform's date (rvtmpl21 finding 1).

The département template filled as its Mode d'emploi asks (a date on each « Oui » row,
none on the « Non » rows), Facebook and X read on 16-17/12/2024, Instagram on 06/01/2025
(``files/tmpl21/m_cross_year.xlsx``): the 32 undated Instagram « Non » took the file's
most frequent date (17/12/2024, Facebook's and X's), so compare said « Instagram 2025
100 % 69/69 » and « Instagram 2024 0 % 0/32 ». Truth: 69 of the 101 départements, 68 %,
in 2025. Each platform's undated answers now take that platform's date.
"""

from __future__ import annotations

import datetime as dt

import openpyxl

import barometre as bm

from .conftest import FILES, as_json
from .test_fast_path import fast_reader, normal_reader, same_reading

HERE = FILES / "tmpl21"


def _by_platform_year(df):
    return {(p, int(y)): (int(n), int(k)) for (p, y), (n, k) in
            df.groupby(["platform", "year"])["present"].agg(["size", "sum"]).iterrows()}


def test_undated_answers_take_their_platforms_date_across_new_year():
    df = bm.read_survey(HERE / "m_cross_year.xlsx")
    # every département once per platform, in the year its platform was read in
    assert _by_platform_year(df) == {("facebook", 2024): (101, 82), ("x", 2024): (101, 85),
                                     ("instagram", 2025): (101, 69)}
    insta = df[df["platform"] == "instagram"]
    assert set(insta["date"].dt.date) == {dt.date(2025, 1, 6)}
    # said per platform, each with the date its undated readings took
    waves = [p for p in df.attrs["problems"] if p.code == "wave-date"]
    assert [p.message.split(" (lignes")[0] for p in waves] == [
        "Facebook : 19 relevés sans date rattachés à la date des relevés Facebook, 16 décembre 2024",
        "X (ex-Twitter) : 16 relevés sans date rattachés à la date des relevés X (ex-Twitter), "
        "17 décembre 2024",
        "Instagram : 32 relevés sans date rattachés à la date des relevés Instagram, "
        "6 janvier 2025"]
    # the campaign across 31 December is still said
    assert "campaign-crosses-year" in [p.code for p in df.attrs["problems"]]


def test_compare_gives_the_true_share_of_a_platform_read_in_january(cli):
    path = HERE / "m_cross_year.xlsx"
    res = cli("compare", "--data", path, "--type", "departement", "-f", "json")
    assert res.exit_code == 0, res.output
    [insta] = as_json(res)
    assert (insta["platform"], insta["year"], insta["n_present"], insta["n_base"]) == (
        "instagram", 2025, 69, 101)
    res = cli("compare", "--data", path, "--type", "departement")
    assert "68 %  69/101" in res.stdout.replace("\u202f", " ")
    res = cli("compare", "--data", path, "--type", "departement", "--year", "2024",
              "-f", "json")
    assert res.exit_code == 0, res.output
    rows = {r["platform"]: (r["n_present"], r["n_base"]) for r in as_json(res)}
    assert rows == {"facebook": (82, 101), "x": (85, 101)}  # no Instagram « 0/32 »


def test_the_report_headline_counts_every_answer(cli, tmp_path):
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--data", HERE / "m_cross_year.xlsx", "-o", out)
    assert res.exit_code == 0, res.output
    first = [r[0] for r in openpyxl.load_workbook(out).worksheets[0].iter_rows(
        max_row=10, max_col=1, values_only=True)]
    head = next(x for x in first if x and "sur Instagram" in x)
    assert head.startswith("68\u202f% des départements sur Instagram (n = 101 ayant répondu")


def test_one_platform_dated_last_year_keeps_its_undated_answers():
    """An intern copied last year's dates into the Instagram column: its undated « Non »
    go with its readings (2024), not into 2025 where they read « 0 % 0/32 »."""
    df = bm.read_survey(HERE / "m_dates_2024_year.xlsx")
    assert _by_platform_year(df) == {("facebook", 2025): (101, 82), ("x", 2025): (101, 85),
                                     ("instagram", 2024): (101, 69)}


def test_a_platform_without_any_date_takes_the_files(tmp_path):
    """Instagram never dated: the file's date (the wave's); X its own, Facebook its own."""
    f = tmp_path / "trois-dates.csv"
    f.write_text("Code département;Facebook;Date Facebook;Instagram;Date Instagram;X;Date X\n"
                 "01;Oui;16/12/2024;Oui;;Oui;06/01/2025\n02;Non;;Non;;Non;\n"
                 "03;Oui;16/12/2024;Non;;Non;\n", encoding="utf-8")
    df = bm.read_survey(f)
    assert _by_platform_year(df) == {("facebook", 2024): (3, 2), ("instagram", 2024): (3, 1),
                                     ("x", 2025): (3, 1)}
    msgs = [p.message for p in df.attrs["problems"] if p.code == "wave-date"]
    assert msgs == [
        "Facebook : 1 relevé sans date rattaché à la date des relevés Facebook, 16 décembre 2024 "
        "(ligne 3)",
        "X (ex-Twitter) : 2 relevés sans date rattachés à la date des relevés X (ex-Twitter), "
        "6 janvier 2025 (lignes 3, 4)",
        "Instagram : 3 relevés sans date (aucun relevé Instagram daté) rattachés à la date de "
        "la vague, 16 décembre 2024 (lignes 2, 3, 4)"]
    en = [p.msg.render("en") for p in df.attrs["problems"] if p.code == "wave-date"]
    assert en[2] == ("Instagram: 3 readings have no date (no Instagram reading is dated): "
                     "given the wave's date, 16 December 2024 (lines 2, 3, 4)")
    # --date: the user's date for every undated reading, said once
    df = bm.read_survey(f, date="15/10/2025")
    assert sorted(df[df["date"] == "2025-10-15"]["source_row"]) == [2, 3, 3, 3, 4, 4]
    assert len([p for p in df.attrs["problems"] if p.code == "wave-date"]) == 1


def test_a_long_file_dates_by_platform_on_both_readers(tmp_path):
    """A long file: each platform's rows; the small-file and the columnar readers agree."""
    rows = ["code;plateforme;present;abonnes;date"]
    for i, code in enumerate(["01", "02", "03", "04", "05", "06"]):
        rows.append(f"{code};Facebook;{'Oui' if i % 3 else 'Non'};{100 + i};"
                    f"{'16/12/2024' if i % 3 else ''}")
        rows.append(f"{code};Instagram;{'Oui' if i % 2 else 'Non'};{200 + i};"
                    f"{'06/01/2025' if i % 2 else ''}")
    rows.append("07;Instagram;Non;;")
    f = tmp_path / "long.csv"
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    same_reading(normal_reader, fast_reader, f)
    for read in (normal_reader, fast_reader):
        df, _ = read(f)
        assert {p: sorted(set(df[df["platform"] == p]["year"])) for p in
                ("facebook", "instagram")} == {"facebook": [2024], "instagram": [2025]}
        insta = df[df["platform"] == "instagram"]
        assert (len(insta), int(insta["present"].sum())) == (7, 3)


def test_compare_says_every_platforms_date_not_the_first_only(cli):
    """The « Attention » line under compare's table said Facebook's date alone, above a
    table whose Instagram figure is of 2025: each platform's date is said."""
    res = cli("compare", "--data", HERE / "m_cross_year.xlsx", "--type", "departement")
    assert res.exit_code == 0, res.output
    (line,) = [x for x in res.output.splitlines() if x.startswith("Attention :")]
    assert line.count("relevés sans date") == 3
    for said in ("date des relevés Facebook, 16 décembre 2024", "date des relevés X (ex-Twitter), 17 décembre 2024",
                 "date des relevés Instagram, 6 janvier 2025"):
        assert said in line
