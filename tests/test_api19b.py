"""api19b (review rvnb19, a researcher in Jupyter): the Python API's frames and errors as a
pandas user expects them. Chart functions check the frame they are given (the columns they
read, shares as fractions 0–1) instead of a bare KeyError or a bar « 9 574 % »."""

from __future__ import annotations


import matplotlib.pyplot as plt
import pandas as pd
import pytest

import barometre as bm


@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(bm.demo_file("enquete"))


@pytest.fixture(scope="module")
def waves():
    return bm.read_waves(bm.demo_file("releves"))


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


# --- 6: the wrong frame, a UsageError naming the columns and the function that makes it

@pytest.mark.parametrize("chart, frame, missing, maker", [
    ("adoption", "survey", "share", "barometre.adoption"),
    ("heatmap", "survey", "share", "barometre.adoption"),
    ("trend", "survey", "share", "barometre.trend"),
    ("ranking", "adoption", "rank, code, name, value", "barometre.rank"),
    ("wave_trend", "survey", "wave, share", "barometre.wave_trend"),
    ("changes", "adoption", "share_old, share_new", "barometre.changes"),
])
def test_chart_on_the_wrong_frame_names_columns_and_maker(demo, chart, frame, missing, maker):
    df = demo if frame == "survey" else bm.adoption(demo)
    with pytest.raises(bm.UsageError) as exc:
        getattr(bm.charts, chart)(df)
    err = exc.value
    assert err.code == "chart-frame-columns"
    assert f"barometre.charts.{chart} :" in str(err)
    assert f"n'a pas les colonnes {missing}" in str(err) or \
        f"n'a pas la colonne {missing}" in str(err), str(err)
    assert maker in str(err)
    assert maker in err.render("en") and "the frame has no" in err.render("en")


def test_chart_one_column_missing_said_singular(demo):
    a = bm.adoption(demo).drop(columns="source")
    with pytest.raises(bm.UsageError, match="n'a pas la colonne source : attendu un tableau "
                                            "de barometre.adoption ou barometre.compare"):
        bm.charts.adoption(a)


def test_chart_on_no_frame(demo):
    with pytest.raises(bm.UsageError) as exc:
        bm.charts.heatmap(bm.adoption(demo).to_dict("records"))
    assert exc.value.code == "chart-frame-not-frame"
    assert "pas un list" in str(exc.value)


# --- 4: shares on 0–100, refused: a SchemaError saying shares are fractions

def _percent(df, *cols):
    return df.assign(**{c: df[c] * 100 for c in cols})


def test_adoption_chart_refuses_percentages(demo):
    a = bm.adoption(demo)
    with pytest.raises(bm.SchemaError) as exc:
        bm.charts.adoption(_percent(a, "share", "ci_low", "ci_high"))
    err = exc.value
    assert err.code == "chart-share-not-fraction"
    assert isinstance(err, bm.BarometreError)
    assert "la colonne share vaut 100, hors de 0–1 : les parts sont des fractions" in str(err)
    assert "multipliée par 100" in str(err)
    assert "divide it by 100" in err.render("en")


def test_adoption_chart_refuses_a_bound_above_one(demo):
    """The share right, its interval bounds on 0–100: refused on its bounds, never drawn."""
    a = bm.adoption(demo)
    with pytest.raises(bm.SchemaError, match="la colonne ci_(low|high) vaut"):
        bm.charts.adoption(_percent(a, "ci_low", "ci_high"))


def test_negative_share_refused_without_the_percent_hint(demo):
    a = bm.adoption(demo)
    with pytest.raises(bm.SchemaError) as exc:
        bm.charts.heatmap(a.assign(share=a["share"] - 2))
    assert "hors de 0–1" in str(exc.value) and "100" not in str(exc.value)


def test_share_as_text_refused(demo):
    a = bm.adoption(demo)
    with pytest.raises(bm.SchemaError) as exc:
        bm.charts.adoption(a.assign(share=[f"{v:.0%}" for v in a["share"]]))
    assert exc.value.code == "schema-kind"


@pytest.mark.parametrize("chart", ["heatmap", "trend"])
def test_published_charts_refuse_percentages(chart):
    df = (bm.compare("region", year=2015, source="ideose") if chart == "heatmap"
          else bm.trend("region", "facebook"))
    getattr(bm.charts, chart)(df)  # as published: drawn
    with pytest.raises(bm.SchemaError, match="la colonne share vaut"):
        getattr(bm.charts, chart)(_percent(df, "share"))


def test_wave_charts_refuse_percentages(waves):
    wt = bm.wave_trend(waves)
    with pytest.raises(bm.SchemaError, match="share"):
        bm.charts.wave_trend(_percent(wt, "share", "ci_low", "ci_high"))
    ch = bm.changes(waves)
    with pytest.raises(bm.SchemaError, match="share_new"):
        bm.charts.changes(_percent(ch, "share_new"))


def test_share_of_exactly_one_drawn(demo):
    """A census of 100 % (share 1.0) is a fraction: drawn, not refused."""
    a = bm.adoption(demo)
    one = a.assign(share=1.0, ci_low=1.0, ci_high=1.0)
    fig = bm.charts.adoption(one)
    assert any("100" in t.get_text() for t in fig.axes[0].texts)


# --- 5: league_table numbered 0..n-1 in its order, as rank and adoption

def test_league_table_has_a_range_index(demo):
    lt = bm.league_table(demo)
    assert lt.index.equals(pd.RangeIndex(len(lt)))
    first = lt.loc[0]
    assert (first["platform"], first["rank"]) == ("facebook", 1)
    assert lt.loc[0, "code"] == lt.iloc[0]["code"]
    # as rank numbers its rows: the first row of the table is Facebook's rank 1 there too
    r = bm.rank(demo, "facebook")
    assert r.index.equals(pd.RangeIndex(len(r)))
    assert lt.loc[0, "code"] == r.loc[0, "code"]
    assert lt.attrs["years"]["facebook"] == 2025  # attrs kept


# --- 8: one dtype per column, whatever the values

def _write(path, text, encoding="utf-8"):
    path.write_text(text, encoding=encoding)
    return path


def test_problems_frame_row_is_int64_with_a_row_and_without(tmp_path):
    """A problem of the whole file beside one of line 4 gave float64 [nan, 4.0]; a problem
    of the whole file alone gave object [None]: Int64 both times, <NA> for no line."""
    codes = _write(tmp_path / "codes.csv", "Code;Facebook;Date du relevé\n1;Oui;15/10/2025\n"
                   "2;Non;15/10/2025\n20;Oui;15/10/2025\n44;Oui;15/10/2025\n")
    pf = bm.problems_frame(bm.validate(codes))
    assert str(pf["row"].dtype) == "Int64"
    assert pf["row"].isna().any() and 4 in pf["row"].dropna().tolist()
    mine = _write(tmp_path / "mine.csv",
                  "Code;Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;"
                  "Date du relevé\n01;Ain;Oui;12 345;Oui;1 200;15/10/2025\n"
                  "05;Hautes-Alpes;Oui;3 210;;;15/10/2025\n"
                  "44;Loire-Atlantique;Oui;90 583;Oui;30 000;15/10/2025\n", "cp1252")
    s = bm.read_survey(mine)
    pf = bm.problems_frame(s.attrs["problems"])
    assert str(pf["row"].dtype) == "Int64" and pf["row"].isna().all(), pf
    assert str(bm.problems_frame([])["row"].dtype) == "Int64"


def test_figures_value_as_the_changelog_says(cli):
    """The changelog: ``barometre figures`` gives counts and ranks as integers (CSV, JSON);
    bm.figures' value is one Float64 column (it holds percents too)."""
    f = bm.figures(type="region", platforms="instagram", year=2020)
    assert str(f["value"].dtype) == "Float64"
    assert f.loc[f["metric"] == "rank", "value"].iloc[0] == 1.0
    import json

    r = cli("figures", "--type", "region", "--platform", "instagram", "--year", "2020", "--json")
    rows = json.loads(r.output)
    by = {row["metric"]: row["value"] for row in rows}
    assert by["rank"] == 1 and isinstance(by["rank"], int)
    assert by["followers_total"] == 25800 and isinstance(by["followers_total"], int)
    assert by["performance_score"] == 69.0
    from tests.docs_pages import all_docs, page

    assert "`figures` gives counts and ranks as integers." not in all_docs()
    assert "`bm.figures`'\n  `value` is one `Float64` column" in page("CHANGELOG.md")


# --- 9: benchmark's percentile and competitor_mean defined where a user reads them

def test_benchmark_docstring_defines_percentile_and_competitor_mean(demo):
    doc = bm.benchmark.__doc__
    returns = doc.split("Returns\n    -------")[1].split("Raises\n")[0]
    assert "``percentile``: on a scale of 0 to 100" in returns
    assert "the entity itself included" in " ".join(returns.split())
    assert "``competitor_mean``: the mean count of the peers *without* the entity" in returns
    # what it says is what benchmark computes: 5th of 84 -> 95.24, the last -> 1.19, first 100
    b = bm.benchmark(demo, "44", platforms="facebook")
    assert (b.loc[0, "rank"], b.loc[0, "n_peers"]) == (5, 84)
    assert b.loc[0, "percentile"] == pytest.approx(100 * 80 / 84)
    r = bm.rank(demo, "facebook")
    last, first = r.loc[r["rank"] == 84, "code"].iloc[0], r.loc[r["rank"] == 1, "code"].iloc[0]
    assert bm.benchmark(demo, last, platforms="facebook").loc[0, "percentile"] == \
        pytest.approx(100 / 84)
    assert bm.benchmark(demo, first, platforms="facebook").loc[0, "percentile"] == 100
    peers = r.loc[r["code"] != "44", "value"].astype(float)
    assert b.loc[0, "competitor_mean"] == pytest.approx(peers.mean())


# --- 7: a sentence reached from Python names the keyword, from the CLI the option

BLANKS = "Code;Département;Facebook;Instagram;Date du relevé\n01;Ain;Oui;Oui;15/10/2025\n" \
         "02;Aisne;Oui;Non;15/10/2025\n05;Hautes-Alpes;Oui;;15/10/2025\n"


def test_blank_warning_names_the_keyword_in_python_the_option_on_the_cli(cli, tmp_path):
    path = _write(tmp_path / "vides.csv", BLANKS)
    s = bm.read_survey(path)
    pf = bm.problems_frame(s.attrs["problems"])
    [said] = pf.loc[pf["code"] == "blank-unknown", "message"]
    assert said.endswith('(ligne 4) ; blank="absent" pour la compter comme absence'), said
    assert "--blank" not in said
    en = bm.problems_frame(s.attrs["problems"], lang="en")["message"].iloc[0]
    assert en.endswith('blank="absent" to count it as absent'), en
    res = cli("validate", path)
    assert "(ligne 4) ; --blank absent pour la compter comme absence" in res.stdout
    # the command line's run over, Python is Python again (a CliRunner inside a notebook)
    assert 'blank="absent"' in bm.problems_frame(bm.validate(path))["message"].iloc[0]
    # the keyword said works as said
    assert not [p for p in bm.validate(path, blank="absent") if p.code == "blank-unknown"]


def test_chart_too_small_names_size_as_python_writes_it(demo, cli, tmp_path):
    a = bm.adoption(demo)
    with pytest.raises(bm.UsageError) as exc:
        bm.charts.adoption(a, size=(2, 2))
    assert exc.value.code == "chart-too-small"
    assert str(exc.value).startswith("size=(2, 2) trop petit pour ce graphique")
    assert exc.value.render("en").startswith("size=(2, 2) too small for this chart")
    res = cli("chart", "adoption", "--type", "region", "--size", "2x2", "-o",
              tmp_path / "c.png")
    assert res.exit_code == 2
    assert "--size 2x2 trop petit pour ce graphique" in res.stderr
