"""The Python API's contract (review 17c): a survey frame whose codes are no longer text is
refused, not misread; the documented errors are exported; plausible misuse gives one clear
error, not a KeyError or a TypeError; the CLI's outputs carry what the library's do."""

from __future__ import annotations

import io

import pandas as pd
import pytest

import barometre as bm
from tests.conftest import as_json


@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(bm.demo_file("enquete"))


@pytest.fixture(scope="module")
def round_trip(demo):
    """The demo frame after a researcher's to_csv / read_csv: codes "01" → 1 (int64)."""
    buf = io.StringIO()
    demo.assign(code=demo["code"].replace({"2A": "20", "2B": "20"})).to_csv(buf, index=False)
    buf.seek(0)
    back = pd.read_csv(buf)
    assert back["code"].dtype.kind == "i"
    return back


# ------------------------------------------------------------------ 1. codes that are numbers

@pytest.mark.parametrize("call", [
    lambda s: bm.adoption(s),
    lambda s: bm.follower_stats(s),
    lambda s: bm.rank(s, "facebook"),
    lambda s: bm.benchmark(s, "44"),
    lambda s: bm.league_table(s),
], ids=["adoption", "follower_stats", "rank", "benchmark", "league_table"])
def test_number_codes_are_refused_not_misread(round_trip, call):
    # adoption used to answer with a plain Wilson interval, the design and the reference lost
    with pytest.raises(bm.UsageError) as exc:
        call(round_trip)
    assert exc.value.code == "survey-frame-text"
    assert "code" in str(exc.value) and "int64" in str(exc.value)
    assert "read_csv" in exc.value.render("en") and "not text" in exc.value.render("en")


def test_object_column_of_numbers_is_refused_and_text_is_not(demo):
    ints = demo.assign(code=pd.Series([int(c) if c.isdigit() else c for c in demo["code"]],
                                      dtype=object))
    with pytest.raises(bm.UsageError, match="pas du texte"):
        bm.adoption(ints)
    as_object = demo.assign(code=demo["code"].astype(object))  # text in an object column
    assert bm.adoption(as_object)["n_present"].tolist() == bm.adoption(demo)["n_present"].tolist()


def test_number_codes_in_waves_are_refused():
    w = bm.read_waves(bm.demo_file("releves"))
    w = w.assign(code=w["code"].replace({"2A": "20", "2B": "20"}).astype(int))
    for call in (bm.wave_trend, bm.changes, bm.transitions, bm.movers):
        with pytest.raises(bm.UsageError, match="pas du texte"):
            call(w)


# ------------------------------------------------------------------ 2. the errors, exported

def test_documented_errors_are_exported():
    from barometre.domain import errors
    from barometre.domain.schemas import SchemaError

    for name in ("BarometreError", "UsageError", "NoDataError", "InputFileError",
                 "OutputFileError", "ResolveError", "SchemaError"):
        assert name in bm.__all__ and name in dir(bm)
        assert issubclass(getattr(bm, name), bm.BarometreError)
    assert bm.UsageError is errors.UsageError and bm.SchemaError is SchemaError
    with pytest.raises(bm.ResolveError):
        bm.resolve("Zzzyxville", type="commune")


def test_schema_error_is_a_barometre_error_in_both_languages(demo):
    from barometre.domain.schemas import SURVEY

    with pytest.raises(bm.BarometreError) as exc:
        SURVEY.check(demo.assign(followers=demo["name"]))
    err = exc.value
    assert isinstance(err, bm.SchemaError) and isinstance(err, RuntimeError)
    assert err.code == "schema-kind" and err.exit_code == 1
    assert str(err).startswith("tableau « survey records » : la colonne « followers » est de type")
    assert err.render("en").startswith("frame “survey records”: column “followers” is ")
    with pytest.raises(bm.SchemaError) as exc:
        SURVEY.check(demo.drop(columns=["followers"]))
    assert "manquantes : followers" in str(exc.value)
    assert "; missing followers" in exc.value.render("en")


# ------------------------------------------------------------------ 3. misuse: one clear line

@pytest.mark.parametrize("call", [bm.changes, bm.wave_trend, bm.transitions, bm.movers],
                         ids=["changes", "wave_trend", "transitions", "movers"])
def test_waves_functions_refuse_a_frame_of_read_survey(call):
    s = bm.read_survey(bm.demo_file("releves"))  # was KeyError 'wave_label'
    with pytest.raises(bm.UsageError) as exc:
        call(s)
    assert exc.value.code == "survey-frame-not-waves"
    assert "barometre.read_waves" in str(exc.value) and "survey_waves(survey)" in str(exc.value)


def test_write_report_refuses_readings_in_place_of_figures(demo, tmp_path):
    out = tmp_path / "x.xlsx"
    with pytest.raises(bm.UsageError) as exc:  # was KeyError 'share'
        bm.write_report(out, demo)
    assert exc.value.code == "figures-readings"
    assert "write_report(fichier, barometre.adoption(survey), survey=survey)" in str(exc.value)
    with pytest.raises(bm.UsageError, match="pas un str"):
        bm.write_report(out, "adoption")
    assert not out.exists()


def test_trend_chart_refuses_compare_figures():
    with pytest.raises(bm.UsageError) as exc:  # was TypeError: boolean value of NA
        bm.charts.trend(bm.compare("region", year=2015))
    assert exc.value.code == "chart-trend-not-series"
    two = pd.concat([bm.trend("region", "facebook"), bm.trend("region", "x")])
    with pytest.raises(bm.UsageError):
        bm.charts.trend(two)


def test_platforms_as_a_series(demo):
    # was ValueError: the truth value of a Series is ambiguous
    picked = pd.Series(["facebook", "x"])
    assert bm.adoption(demo, platforms=picked)["platform"].tolist() == ["facebook", "x"]
    assert bm.benchmark(demo, "44", platforms=picked)["platform"].tolist() == ["facebook", "x"]
    w = bm.read_waves(bm.demo_file("releves"))
    assert set(bm.wave_trend(w, platforms=picked)["platform"]) == {"facebook", "x"}
    assert set(bm.changes(w, platforms=picked)["platform"]) == {"facebook", "x"}


# ------------------------------------------------------------------ 4. compare --data's columns

def test_compare_data_json_and_csv_carry_the_coverage(cli, demo, tmp_path):
    f = bm.demo_file("enquete")
    recs = as_json(cli("compare", "--data", f, "--type", "departement", "-f", "json"))
    a = bm.adoption(demo)
    for r, (_, want) in zip(recs, a.iterrows(), strict=True):
        assert (r["n_reference"], r["n_surveyed"], r["coverage"]) == (
            want["n_reference"], want["n_surveyed"], round(want["coverage"], 4))
    assert recs[0]["n_reference"] == 101 and recs[0]["n_surveyed"] == 101
    out = cli("compare", "--data", f, "--type", "departement", "-f", "csv")
    assert out.exit_code == 0
    table = pd.read_csv(io.StringIO(out.stdout))
    # then what each interval is (ci25), whether the file is fictitious (prov20: every
    # survey listing ends with it)
    assert list(table.columns)[-6:] == ["n_unknown", "n_reference", "n_surveyed", "coverage",
                                        "ci_kind", "fictitious"]
    assert table["coverage"].tolist() == [1.0] * len(table)
    # published figures have no coverage: no such columns
    pub = as_json(cli("compare", "--type", "region", "-f", "json"))
    assert "coverage" not in pub[0]


# ------------------------------------------------------------------ 5. another kind of file

def test_template_never_replaces_a_report_nor_a_report_a_template(cli, demo, tmp_path):
    report, template = tmp_path / "rapport.xlsx", tmp_path / "enquete.xlsx"
    bm.write_report(report, bm.adoption(demo))
    before = report.read_bytes()
    res = cli("template", "-t", "region", "-o", report)
    assert res.exit_code == 2, res.output
    assert "rapport.xlsx est un rapport de barometre, pas un modèle d'enquête" in res.stderr
    assert "--force" in res.stderr and report.read_bytes() == before
    with pytest.raises(bm.UsageError, match="force=True"):
        bm.write_template(report, "region")
    assert report.read_bytes() == before
    # the same kind is regenerated freely; another kind with --force
    assert cli("template", "-t", "region", "-o", template).exit_code == 0
    assert cli("template", "-t", "region", "-o", template).exit_code == 0
    res = cli("report", "--data", bm.demo_file("enquete"), "-o", template, "--lang", "en")
    assert res.exit_code == 2 and "is a barometre survey template, not a report" in res.stderr
    with pytest.raises(bm.UsageError, match="pas un rapport"):
        bm.write_report(template, bm.adoption(demo))
    bm.write_report(report, bm.adoption(demo))  # a report over a report
    assert cli("template", "-t", "region", "-o", report, "--force").exit_code == 0


# ------------------------------------------------------------------ 6. small things

def test_data_help_lists_every_format_read(cli):
    import re

    for args in (("compare", "--help"), ("validate", "--help")):
        out = re.sub(r"[│\s]+", " ", cli(*args).stdout)
        for suffix in (".xlsx", ".csv", ".tsv", ".parquet", ".json", ".zip"):
            assert suffix in out, (args, suffix)
        assert "Annuaire" in out


def test_resolve_table_says_the_type_in_words_and_empty_is_a_usage_error(cli):
    fr = cli("resolve", "Loire-Atlantique")
    assert fr.exit_code == 0 and "département" in fr.stdout and "departement" not in fr.stdout
    assert as_json(cli("resolve", "Loire-Atlantique", "-f", "json"))[0][
        "collectivity_type"] == "departement"  # JSON keeps the id
    for text in ("", "   "):
        res = cli("resolve", text)
        assert res.exit_code == 2 and res.stderr.strip() == "barometre : nom ou code vide"


def test_types_description_in_english(cli):
    en = {r["id"]: r for r in as_json(cli("types", "-f", "json", "--lang", "en"))}
    fr = {r["id"]: r for r in as_json(cli("types", "-f", "json"))}
    assert en["region"]["description"].startswith("Regional councils")
    assert fr["region"]["description"].startswith("Conseils régionaux")
    for t in fr:
        assert en[t]["description"] and en[t]["description"] != fr[t]["description"], t


def test_library_errors_name_parameters_not_cli_flags(demo):
    with pytest.raises(bm.UsageError) as exc:
        bm.read_survey(bm.demo_file("enquete"), blank="parfois")
    assert str(exc.value).startswith("blank=« parfois » inconnu") and "--" not in str(exc.value)
    assert exc.value.render("en").startswith("unknown blank=“parfois”")
    with pytest.raises(bm.UsageError) as exc:
        bm.adoption(demo, by="taille")
    assert str(exc.value) == "by=« taille » inconnu : attendu « strate » ou « category »"
    with pytest.raises(bm.UsageError, match=r"^peers=« voisins »"):
        bm.benchmark(demo, "44", peers="voisins")
