"""Abbreviated follower counts ("184,8k" read as 184 800) stay marked as rounded: in the
survey frame (``followers_rounded``), the ranking, its text, chart, CSV/JSON and the
report's Classement sheet ("≈ 184 800"), never shown as exact numbers."""

from __future__ import annotations

import csv
import io
import json
import re

import numpy as np
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

WIDE = ("code,nom,facebook,abonnes facebook,instagram,abonnes instagram,date\n"
        '01,Ain,oui,"184,8k",oui,12000,2025-03-01\n'
        '02,Aisne,oui,150000,oui,"1,2 k",2025-03-01\n'
        "03,Allier,oui,120000,non,,2025-03-01\n"
        '13,Bouches-du-Rhône,oui,"184 900",oui,500,2025-03-01\n')
# (the exact count beside the rounded one is the Bouches-du-Rhône's: 184 900 followers for the
# 168 054 inhabitants of the Alpes-de-Haute-Provence were more than its inhabitants, said)
# long: a bad cell dropped (row 4), a repeat dropped (rows 6-7), an abbreviation after them
LONG = ("code;reseau;abonnes;date\n"
        "01;facebook;184,8k;2025-03-01\n"
        "02;instagram;1,2 k;2025-03-01\n"
        "05;facebook;xx;2025-03-01\n"
        "01;instagram;12000;2025-03-01\n"
        "03;facebook;5;2025-04-01\n"
        "03;facebook;120000;2025-04-01\n"
        "04;facebook;2,5k;2025-04-01\n")


@pytest.fixture
def wide(tmp_path):
    p = tmp_path / "abrege.csv"
    p.write_text(WIDE, encoding="utf-8")
    return p


def _flags(df):
    return {(c, p): bool(f) for c, p, f in zip(df["code"], df["platform"],
                                                df["followers_rounded"])}


def test_the_survey_frame_marks_the_abbreviated_counts(wide):
    s = bm.read_survey(wide)
    assert s["followers_rounded"].dtype == bool
    got = _flags(s)
    assert got[("01", "facebook")] and got[("02", "instagram")]
    assert sum(got.values()) == 2  # "184 900" is exact; a blank count is not rounded
    assert s.loc[(s["code"] == "01") & (s["platform"] == "facebook"), "followers"].item() == 184800


def test_a_file_without_abbreviation_has_the_column_all_false():
    from tests.conftest import ROOT

    s = bm.read_survey(ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv")
    assert s["followers_rounded"].dtype == bool and not s["followers_rounded"].any()


def test_flags_stay_with_their_readings_when_rows_are_dropped(tmp_path):
    p = tmp_path / "long.csv"
    p.write_text(LONG, encoding="utf-8")
    s = bm.read_survey(p, type="departement", errors="skip")
    rows = dict(zip(s["source_row"].tolist(), s["followers_rounded"].tolist()))
    assert rows == {2: True, 3: True, 5: False, 8: True}


def test_rank_carries_the_flag_and_the_text_marks_it(wide):
    from barometre.render.views import rank_table

    r = bm.rank(bm.read_survey(wide), "facebook")
    assert list(r.columns)[-4:] == ["followers_rounded", "followers_typed",  # flag18, out26
                                    "followers_questioned", "population_of"]  # json18
    assert dict(zip(r["code"], r["followers_rounded"])) == {
        "13": False, "01": True, "02": False, "03": False}
    text = rank_table(r, "fr")
    assert "≈\u202f184\u202f800" in text and "≈\u202f184\u202f900" not in text
    assert text.rstrip().endswith("≈ : 1 valeur tirée d'un nombre abrégé dans le fichier "
                                  "(« 184,8k », lu 184\u202f800), donc "
                                  "arrondie")  # the cell of the file, as typed (rank25)
    en = rank_table(r, "en")
    assert "≈\u202f184,800" in en and "so rounded" in en
    per = bm.rank(bm.read_survey(wide), "instagram", metric="followers_per_1000")
    assert dict(zip(per["code"], per["followers_rounded"]))["02"]
    assert "≈\u202f2,3" in rank_table(per, "fr")


def test_rank_cli_csv_and_json_have_the_column(cli, wide):
    out = cli("rank", "-p", "facebook", "-d", wide, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["code"]: r["followers_rounded"] for r in rows}["01"] == "True"
    js = json.loads(cli("rank", "-p", "facebook", "-d", wide, "--format", "json").stdout)
    assert [r["followers_rounded"] for r in js] == [False, True, False, False]


def test_ranking_chart_labels_the_rounded_bar(wide):
    from barometre.render import charts

    fig = charts.ranking(bm.rank(bm.read_survey(wide), "facebook"), top=2)
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert " ≈\u202f184\u202f800" in labels and " 184\u202f900" in labels
    assert "≈ : 1 valeur tirée d'un nombre abrégé" in fig.texts[-1].get_text()
    plain = charts.ranking(bm.rank(bm.read_survey(wide), "facebook"), top=1)
    assert "abrégé" not in plain.texts[-1].get_text()  # the rounded bar is not shown


def test_report_classement_and_data_sheets_mark_the_rounded_counts(cli, wide, tmp_path):
    import openpyxl

    out = tmp_path / "r.xlsx"
    cli("report", "--data", wide, "-o", out)
    wb = openpyxl.load_workbook(out)
    for name in ("Classement", "Données"):
        rows = list(wb[name].iter_rows(values_only=True))
        rows = rows[next(i for i, r in enumerate(rows) if r[0] in ("Réseau", "Code")):]  # notes above
        head = list(rows[0])
        j = head.index(typeset("Abonnés : nombre abrégé dans le fichier", "fr"))
        assert head[j - 1] == "Abonnés"
        marked = {(r[head.index("Code")], r[j - 1], r[j]) for r in rows[1:] if r[j]}
        # each cell as typed (rev27a): what the file says, not only that it was rounded
        assert marked == {("01", 184800, typeset("≈ « 184,8k »", "fr")),
                          ("02", 1200, typeset("≈ « 1,2 k »", "fr"))}, name


def test_report_without_rounded_counts_has_no_such_column(cli, tmp_path):
    import openpyxl

    from tests.conftest import ROOT

    out = tmp_path / "r.xlsx"
    cli("report", "--data", ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv",
        "-o", out)
    head = next(r for r in openpyxl.load_workbook(out)["Classement"].iter_rows(values_only=True)
                if r[0] == "Réseau")  # below the notes (review 17a)
    assert "Abonnés : nombre abrégé dans le fichier" not in head


def test_the_flag_is_found_per_distinct_cell_and_spread_only_if_any():
    """No abbreviated cell: no mask at all (3.5 M rows: no array of False)."""
    import pandas as pd

    from barometre.survey.cells import followers_with_problems
    from barometre.survey.headers import Column
    from barometre.survey.problems import _Problems

    col = Column(2, "Abonnés Facebook", "followers", platform="facebook")
    rows = np.arange(2, 6)
    none = followers_with_problems(pd.Series(["12", "13", None, "14"]), rows, col,
                                   _Problems())
    assert none[2] is None
    some = followers_with_problems(pd.Series(["12", "1,2k", "1,2k", "1,000"]), rows, col,
                                   _Problems())
    assert some[2].tolist() == [False, True, True, False]  # "1,000" is ambiguous, not rounded


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_saved_frame_read_again_keeps_its_rounded_counts(wide, tmp_path, suffix):
    """to_csv / to_parquet then read_survey: the marks come back (not silently lost)."""
    s = bm.read_survey(wide)
    out = tmp_path / f"saved{suffix}"
    s.to_csv(out, index=False) if suffix == ".csv" else s.to_parquet(out)
    assert bm.validate(out) == []
    again = bm.read_survey(out)
    assert _flags(again) == _flags(s)


def test_a_wide_file_with_the_mark_column_says_it_is_ignored(tmp_path):
    p = tmp_path / "large.csv"
    p.write_text("code,facebook,abonnes facebook,followers_rounded\n01,oui,184800,True\n",
                 encoding="utf-8")
    probs = bm.validate(p, type="departement")
    assert [(x.code, x.column) for x in probs] == [("ignored-column", "followers_rounded")]
    assert not bm.read_survey(p, type="departement")["followers_rounded"].any()


def test_benchmark_marks_the_entity_rounded_count(cli, wide, tmp_path):
    from barometre.render.views import benchmark_text

    b = bm.benchmark(bm.read_survey(wide), "02")
    assert dict(zip(b["platform"], b["followers_rounded"])) == {"facebook": False,
                                                               "instagram": True}
    text = benchmark_text(b, "fr")
    assert "Instagram : ≈\u202f1\u202f200 abonnés" in text and "Facebook : 150\u202f000" in text
    # its number per 1,000 inhabitants too, as rank --metric followers_per_1000 marks it
    assert re.search(r"; ≈\u202f[0-9,]+ pour 1\u202f000 habitants", text)
    # its cell; one count (pg27: not its two marks), its number per 1,000 said marked too
    assert text.endswith("≈ : 1 nombre d'abonnés abrégé dans le fichier (« 1,2 k », lu "
                         "1\u202f200), donc arrondi, comme son nombre pour 1\u202f000 habitants")
    js = json.loads(cli("benchmark", "--entity", "02", "-d", wide, "--format", "json").stdout)
    assert [r["followers_rounded"] for r in js] == [False, True]
    import openpyxl

    out = tmp_path / "b.xlsx"
    cli("report", "--data", wide, "--entity", "02", "-o", out)
    rows = list(openpyxl.load_workbook(out)["Benchmark"].iter_rows(values_only=True))
    head = next(r for r in rows if r and r[0] == "Réseau")
    j = head.index(typeset("Abonnés : nombre abrégé dans le fichier", "fr"))
    assert [(r[0], r[j - 1], r[j]) for r in rows[rows.index(head) + 1:] if r[0]][:2] == [
        ("Facebook", 150000, None), ("Instagram", 1200, typeset("≈ « 1,2 k »", "fr"))]
