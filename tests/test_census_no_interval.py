"""A census has no sampling error, so no confidence interval, in every output (ci22).

The text tables said « exhaustif », but the frames and exports carried ``ci_low = ci_high =
share`` for a census: a researcher loading the JSON, the CSV or the report's cells read an
interval of zero width, a claim of certainty from a sample. A census now carries no bounds
(NaN in the frames, ``<NA>`` in the published figures', null in JSON, empty in CSV, the word
and no number in the report), its ``census`` flag kept; the sure bounds that are no sampling
interval (the clamped bounds of a file with non-answers, ``changes``' sure range) stay.
"""

from __future__ import annotations

import csv
import io
import warnings

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from tests.conftest import as_json


def _no_census_bounds(df: pd.DataFrame) -> None:
    census = df["census"].astype(bool)
    assert census.any()
    assert df.loc[census, "ci_low"].isna().all() and df.loc[census, "ci_high"].isna().all()
    # every sample with a base keeps its interval, never one of zero width
    sample = df[~census & df["ci_low"].notna()]
    assert (sample["ci_low"] < sample["ci_high"]).all()


def test_the_frames_carry_no_interval_for_a_census():
    s = bm.read_survey(bm.demo_file("enquete"))
    a = bm.adoption(s)
    _no_census_bounds(a)
    x = a[a["platform"] == "x"].iloc[0]  # 81 of the 101 départements: their census
    assert bool(x["census"]) and x["share"] == 81 / 101
    # Facebook, 90 of 94 answered of 101: a sample, its bounds clamped to the shares the 101
    # can have (95 and 97 of them), kept as they were
    fb = a[a["platform"] == "facebook"].iloc[0]
    assert (fb["ci_low"], fb["ci_high"]) == (95 / 101, 97 / 101) and not fb["census"]
    _no_census_bounds(bm.compare_survey(s))
    t = bm.wave_trend(bm.read_waves(bm.demo_file("releves")))
    assert t["census"].all() and t["ci_low"].isna().all() and t["ci_high"].isna().all()
    # the published figures: every census without bounds (the 101 villes préfectures)
    p = bm.published.adoption()
    assert p.loc[p["census"], "ci_low"].isna().all() and p.loc[p["census"], "ci_high"].isna().all()
    c = bm.compare("ville_prefecture", year=2015, source="ideose")
    assert c["census"].all() and c["ci_low"].isna().all() and c["share"].notna().all()
    # changes' sure range is no sampling interval: kept (exact for a census of both waves)
    ch = bm.changes(bm.read_waves([bm.demo_file("vague-2024"), bm.demo_file("vague-2025")]))
    assert "ci_low" not in ch.columns
    whole = ch[ch["census"].astype(bool)]
    assert len(whole) and (whole["change_low"] == whole["change"]).all()
    sure = ch[~ch["census"].astype(bool) & ch["change_low"].notna()]
    assert len(sure) and (sure["change_low"] < sure["change_high"]).all()


def test_a_whole_category_or_size_band_has_no_interval(tmp_path):
    """Every métropole beside 20 CA: split by category, the métropoles are their census;
    every département split by size band: each band's."""
    e = bm.reference.entities("epci")
    metro = sorted(e.loc[e["kind"] == "METRO", "code"])
    ca = sorted(e.loc[e["kind"] == "CA", "code"])[:20]
    f = tmp_path / "metro.csv"
    f.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};{'Oui' if i % 3 else 'Non'};15/10/2025\n" for i, c in enumerate(metro + ca)),
        encoding="utf-8")
    a = bm.adoption(bm.read_survey(f), by="category")
    m = a[a["category"] == "METRO"].iloc[0]
    assert bool(m["census"]) and m["n_base"] == 21
    assert pd.isna(m["ci_low"]) and pd.isna(m["ci_high"])
    d = tmp_path / "deps.csv"
    d.write_text("Code département;Facebook\n" + "".join(
        f"{c};{'Oui' if i % 3 else 'Non'}\n" for i, c in enumerate(bm.entities("departement")["code"])),
        encoding="utf-8")
    _no_census_bounds(bm.adoption(bm.read_survey(d), by="strate"))


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_compare_data_exports_no_bounds_for_a_census(cli, fmt):
    res = cli("compare", "--data", bm.demo_file("enquete"), "--type", "departement", "-f", fmt)
    rows = (as_json(res) if fmt == "json" else
            list(csv.DictReader(io.StringIO(res.stdout))))
    empty = None if fmt == "json" else ""
    census = [r for r in rows if str(r["census"]) == "True"]
    assert [r["platform"] for r in census] == ["x", "any"]
    assert all(r["ci_low"] == r["ci_high"] == empty for r in census)
    fb = next(r for r in rows if r["platform"] == "facebook")
    assert float(fb["ci_low"]) == 0.9406 and float(fb["ci_high"]) == 0.9604  # 95 and 97 of 101
    trend = cli("trend", "--type", "departement", "--data", bm.demo_file("releves"), "-f", fmt)
    rows = (as_json(trend) if fmt == "json" else
            list(csv.DictReader(io.StringIO(trend.stdout))))
    assert rows and all(str(r["census"]) == "True" and r["ci_low"] == r["ci_high"] == empty
                        for r in rows)


def test_the_report_cells_of_a_census_hold_no_number(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", bm.demo_file("enquete"), "--type", "departement",
               "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Adoption"]
    heads = [c.value for c in ws[1]]
    # Instagram's 84/100 of 101 is a sure range (84 or 85 of the 101): the bounds' columns
    # name either kind (ci25)
    low, high, plat = (heads.index("Intervalle bas"), heads.index("Intervalle haut"),
                       heads.index("Réseau"))
    rows = {r[plat].value: r for r in ws.iter_rows(min_row=2) if r[plat].value}
    for name in ("X (ex-Twitter)", "au moins un réseau"):  # the censuses
        assert rows[name][low].value == rows[name][high].value == "exhaustif", name
    fb = rows["Facebook"]
    assert (fb[low].value, fb[high].value) == (pytest.approx(95 / 101), pytest.approx(97 / 101))


def test_charts_draw_no_whisker_for_a_census():
    from matplotlib.container import ErrorbarContainer

    a = bm.adoption(bm.read_survey(bm.demo_file("enquete")))
    assert a["ci_low"].isna().sum() == 2  # X and « au moins un réseau »
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # NaN bounds: no warning, no crash
        fig = bm.charts.adoption(a)
    bars = [c for c in fig.axes[0].containers if isinstance(c, ErrorbarContainer)]
    assert len(bars) == int((~a["census"]).sum()) == 5
    t = bm.wave_trend(bm.read_waves(bm.demo_file("releves")))
    fig = bm.charts.wave_trend(t)
    assert not [ln for ln in fig.axes[0].lines if str(ln.get_gid()).startswith("ci:")]
