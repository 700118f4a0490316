"""The shipped published figures: contents, traceability, compare and trend."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

import barometre as bm
from barometre.datasets import published
from barometre.domain.errors import NoDataError, UsageError

from .conftest import SHARED, as_json

IDEOSE_2015 = {("region", "facebook"): 0.96, ("region", "x"): 0.85,
               ("departement", "facebook"): 0.66, ("departement", "x"): 0.48,
               ("ville_prefecture", "facebook"): 0.54, ("ville_prefecture", "x"): 0.47}
TABLES = ["adoption", "citations", "entity_figures", "baselines", "entity_counts", "other_figures"]


def test_every_row_has_a_source_with_url():
    s = published.sources()
    assert s["source_id"].is_unique
    assert s["url"].str.startswith("http").all()
    for name in TABLES:
        df = getattr(published, name)()
        assert df["source"].isin(set(s["source_id"])).all(), name


def test_adoption_shares_are_fractions_and_counts_consistent():
    a = published.adoption()
    assert a["share"].between(0, 1).all()
    both = a[a["n_present"].notna() & a["n_base"].notna()]
    assert len(both) > 10
    assert ((both["n_present"] / both["n_base"] - both["share"]).abs() < 1e-6).all()
    known = a[a["ci_low"].notna()]
    assert (known["ci_low"] <= known["share"]).all() and (known["share"] <= known["ci_high"]).all()
    # no interval without a base, except a census (interval = the share itself)
    assert a.loc[a["n_base"].isna() & ~a["census"], "ci_low"].isna().all()


def test_wording_flags():
    a = published.adoption()
    flagged = a[a["derived_from_wording"]]
    # "toutes les régions", "aucun des 101 départements ne fait l'impasse" -> 100 %;
    # "1 ville sur 2" -> 50 %
    assert {0.5, 1.0} <= set(flagged["share"].round(6))
    assert flagged["flags"].str.contains("derived_from_wording").all()
    assert flagged["ci_low"].isna().all(), "no interval on a share derived from wording"
    ideose = a[a["source"] == "ideose-2015"]
    assert not ideose["derived_from_wording"].any()


def test_conflicting_ideose_2015_readings_kept_side_by_side():
    a = published.adoption()
    reg = a[(a.collectivity_type == "region") & (a.platform == "facebook") & (a.year == 2015)]
    # Gazette (October) and Cospirit ("fin 2015", 27 régions): two readings, each once
    assert sorted(reg["share"].round(2).tolist()) == [0.89, 0.96]


# Curated corrections the research table does not carry (research_row -> value), each
# explained in the row's notes: a year restated from an earlier study, a year the page
# did not print, a base derived from the source's own count and share, or from the base it
# names (r9: 50 + 100 + 26 = 176) or its series (r309: the 41 cities of Adverbia's studies).
YEAR_CORRECTIONS = {45: 2012, 109: 2013}
N_DERIVED = {9: 176, 86: 41, 309: 41, 378: 41}


@pytest.mark.skipif(not (SHARED / "published-figures-research.csv").exists(),
                    reason="shared/ research table not present (user clone)")
def test_every_shipped_row_traces_to_the_research_table():
    with open(SHARED / "published-figures-research.csv", encoding="utf-8", newline="") as fh:
        research = list(csv.DictReader(fh))
    srcs = published.sources().set_index("source_id")
    spec = importlib.util.spec_from_file_location(
        "build_published", Path(__file__).resolve().parents[1] / "scripts" / "build_published.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    seen = []
    for name in TABLES:
        df = getattr(published, name)()
        for r in df.to_dict("records"):
            i = int(r["research_row"])
            row = research[i - 1]
            seen.append(i)
            assert srcs.loc[r["source"], "url"] == row["url"]
            # the title the build script gives the page: the table's own, its research
            # notes and English glosses moved out (build_published.TITLES), and the year
            # added when one address has two publication years (vie-publique.fr)
            title = build.title_of(row["source"])
            assert srcs.loc[r["source"], "title"] in (
                title, build.version_title(title, row["year_published"])), i
            year = "" if r["year"] is None or str(r["year"]) == "<NA>" else str(r["year"])
            assert year == str(YEAR_CORRECTIONS.get(i, row["year_observed"])), i
            if name in ("adoption", "citations"):
                assert r["value_published"] == row["value"]
                if name == "adoption" and r["n_base"] is not None and str(r["n_base"]) != "<NA>":
                    assert str(r["n_base"]) == str(N_DERIVED.get(i, row["denominator_n"])), i
            else:
                assert r["value"] == row["value"]
            if i in YEAR_CORRECTIONS or i in N_DERIVED:
                assert r["notes"], f"r{i}: a correction is explained in notes"
    assert sorted(seen) == list(range(1, len(research) + 1)), "each research row lands once"


def test_compare_ideose_2015_api():
    c = bm.compare("region", year=2015, source="ideose")
    got = {(r.collectivity_type, r.platform): round(float(r.share), 2) for r in c.itertuples()
           if r.collectivity_type != "all"}
    assert got == IDEOSE_2015
    assert set(c["source"]) == {"ideose-2015"}


def test_compare_cli_json_matches_the_ideose_reference(cli):
    res = cli("compare", "--type", "region", "--year", "2015", "--source", "ideose",
              "--format", "json")
    recs = as_json(res)
    got = {(r["collectivity_type"], r["platform"]): r["share"] for r in recs
           if r["collectivity_type"] != "all"}
    assert got == IDEOSE_2015
    for r in recs:
        assert list(r)[:9] == ["collectivity_type", "platform", "year", "share", "n_present",
                               "n_base", "ci_low", "ci_high", "source"]
    vp = [r for r in recs if r["collectivity_type"] == "ville_prefecture"][0]
    # a census: no interval (was 0.54 twice, a zero-width interval)
    assert vp["n_base"] == 101 and vp["census"] is True and vp["ci_low"] is None
    assert vp["ci_high"] is None and vp["share"] == 0.54


def test_compare_table_is_french(cli):
    res = cli("compare", "--type", "region", "--year", "2015", "--source", "ideose")
    assert res.exit_code == 0
    out = res.stdout
    assert "96\u202f%" in out and "54\u202f%" in out and "n = 101" in out
    assert "IC 95" not in out and out.count("exhaustif") >= 6
    assert "Source : Ideose, octobre 2015" in out
    assert "dénominateur inconnu" not in out  # a census needs no n for its share


def test_compare_csv(cli):
    res = cli("compare", "--type", "departement", "--year", "2015", "--source", "ideose",
              "--format", "csv", "--platform", "facebook")
    lines = res.stdout.strip().splitlines()
    assert lines[0].startswith("collectivity_type,platform,year,share,n_present,n_base,ci_low")
    assert lines[1].startswith("departement,facebook,2015,0.66,")


def test_compare_vs_repetition_and_platform_alias(cli):
    res = cli("compare", "--type", "region", "--vs", "departement", "--year", "2015",
              "--source", "ideose", "--platform", "twitter", "--format", "json")
    recs = as_json(res)
    assert [(r["collectivity_type"], r["platform"]) for r in recs] == [
        ("region", "x"), ("departement", "x")]


def test_compare_without_year_takes_the_latest_source_with_most_platforms():
    c = bm.compare("region")
    # the latest year is 2022 (OST/Swello via the Gazette: Instagram); 48 % for the
    # métropoles is disputed and left out, with a word
    assert set(c["year"]) == {2022}
    assert c.attrs["anchor"] == {"source": "ost-2023-2", "measure": "of_all",
                                 "platforms": ["instagram"]}
    got = {(r.collectivity_type, r.platform): r.share for r in c.itertuples()}
    assert got == {("region", "instagram"): 0.76, ("departement", "instagram"): 0.85}
    assert c.attrs["left_out"]["metropole"] == {"platforms": ["instagram"], "reason": "disputed",
                                                "base_families": ["métropoles"]}
    assert c.attrs["left_out"]["ville_moyenne"]["platforms"] == ["any"]
    assert c.attrs["left_out"]["ville_moyenne"]["reason"] == "other"


def test_trend_region_facebook_spans_five_years(cli):
    recs = as_json(cli("trend", "--type", "region", "--platform", "facebook", "--format", "json"))
    years = [r["year"] for r in recs]
    assert years == sorted(years)
    assert len({y for y in years if 2010 <= y <= 2022}) >= 5
    assert all(r["source"] for r in recs)


def test_unknown_type_exit_2_one_line(cli):
    res = cli("compare", "--type", "regoin")
    assert res.exit_code == 2
    assert res.stderr.strip() == "barometre : type inconnu « regoin » ; vouliez-vous dire « region » ?"
    assert "Traceback" not in res.output


def test_no_figure_exit_1(cli):
    res = cli("compare", "--type", "region", "--year", "2031")
    assert res.exit_code == 1
    assert "aucun chiffre" in res.stderr


def test_unknown_source_is_usage_error():
    with pytest.raises(UsageError):
        bm.compare("region", source="nonexistent-publisher")
    with pytest.raises(NoDataError):
        bm.trend("petite_ville", "tiktok")


def test_a_year_given_as_text_of_digits_is_that_year():
    """``year="2015"`` (a form, a CSV) said « aucun chiffre … en 2015 ; années disponibles :
    …, 2015, … »: text of digits is the year; what is not a year is refused, one line."""
    want = bm.compare("region", year=2015)
    for year in ("2015", " 2015 ", 2015.0):
        assert bm.compare("region", year=year).equals(want)
    assert bm.select(year="2015").equals(bm.select(year=2015))
    for bad in ("2015a", 2015.5, True, "15"):
        with pytest.raises(UsageError) as e:
            bm.compare("region", year=bad)
        assert e.value.render("fr") == (
            f"année illisible « {bad} » : une année s'écrit en chiffres (2015)")


def test_listings(cli):
    types = as_json(cli("types", "--format", "json"))
    assert {t["id"] for t in types} >= {"region", "epci", "all"}
    plats = cli("platforms", "--format", "csv").stdout.splitlines()
    assert plats[0] == "id,label,color,aliases" and any(l.startswith("x,") for l in plats)
    assert "facebook,Facebook,#1877F2,fb;meta;page facebook" in plats  # one CSV cell (";": json18)
    # JSON: a list, not a string to split again
    fb = next(p for p in as_json(cli("platforms", "--format", "json")) if p["id"] == "facebook")
    assert fb["aliases"] == ["fb", "meta", "page facebook"]
    reg = next(t for t in types if t["id"] == "region")
    assert isinstance(reg["aliases"], list) and "conseil régional" in reg["aliases"]
    srcs = as_json(cli("sources", "--format", "json"))
    assert any("lagazettedescommunes.com/415314" in s["url"] for s in srcs)


def test_compare_says_which_vs_types_have_no_figure(cli):
    res = cli("compare", "--type", "region", "--year", "2015", "--source", "ideose",
              "--vs", "metropole", "--vs", "departement")
    assert res.exit_code == 0
    assert "⚠ aucun chiffre cette année-là pour : métropoles" in res.stdout
    assert "66\u202f%" in res.stdout


def _read_with_pandas(name: str):
    """The shipped table as pandas.read_csv reads it (the reader published._read replaced)."""
    import io
    from importlib import resources

    import pandas as pd

    raw = resources.files("barometre").joinpath("data", "published", f"{name}.csv").read_bytes()
    df = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, encoding="utf-8")
    for col in df.columns:
        if col in published._INT_COLS:
            df[col] = pd.to_numeric(df[col].replace("", None)).astype("Int64")
        elif col in ("share", "denominator_n"):
            df[col] = pd.to_numeric(df[col].replace("", None)).astype("Float64")
        elif col in published._BOOL_COLS:
            df[col] = df[col].eq("true")
        elif col == "flags":
            continue
        else:
            df[col] = df[col].replace("", None)
    if "source_id" in df.columns and name != "sources":
        df = df.rename(columns={"source_id": "source"})
    return df


@pytest.mark.parametrize("name", ["sources", "adoption", "citations", "entity_figures",
                                  "baselines", "entity_counts", "other_figures", "family_ends"])
def test_tables_read_as_pandas_reads_them(name):
    """published._read (csv module, fast start-up) gives exactly pandas.read_csv's frame."""
    import pandas as pd

    ours, ref = published._read(name), _read_with_pandas(name)
    pd.testing.assert_frame_equal(ours, ref, check_exact=True)
    assert ours.columns.dtype == ref.columns.dtype
    for col in ref.columns:
        assert ours[col].dtype == ref[col].dtype, col
        assert [repr(v) for v in ours[col].tolist()] == [repr(v) for v in ref[col].tolist()], col
