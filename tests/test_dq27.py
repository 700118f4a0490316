"""Five silences and wording defects (task dq27).

- A count beside a doubtful answer (« Oui ? » beside « 33 000 ») was counted in the note
  « … sans compte (présence Non, vide ou douteuse), non classé » without saying which
  cell: the note now quotes it, with its entity.
- ``validate --format json`` / ``csv`` wrote a control character raw in ``value``: named
  « <U+0007> » as the plain-text output does.
- ``chart nope`` said « KIND » where the help says « kind ».
- ``benchmark --help`` did not list its rounded-count columns.
- ``resolve 44 --type ville_prefecture`` gave Nantes without saying « 44 » is a
  département's code read as its préfecture.
"""

from __future__ import annotations

import csv
import io
import json

import pytest


def _controls(tmp_path):
    f = tmp_path / "d.csv"
    f.write_bytes(b"code;facebook;facebook_abonnes;date\n44;Oui;12000;15/10/2025\x07\n"
                  b"35;Oui;9000;15/10/2025\n29;Oui;15000;1\x1b5/10/2025\n")
    return f


def test_validate_json_names_control_characters(cli, tmp_path):
    r = cli("validate", _controls(tmp_path), "--format", "json")
    assert r.exit_code == 1, r.output
    values = [p["value"] for p in json.loads(r.stdout)]
    assert values == ["15/10/2025<U+0007>", "1<U+001B>5/10/2025"]
    assert "\x07" not in r.stdout and "\x1b" not in r.stdout and "\\u00" not in r.stdout


def test_validate_csv_names_control_characters(cli, tmp_path):
    r = cli("validate", _controls(tmp_path), "--format", "csv")
    assert r.exit_code == 1, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [x["value"] for x in rows] == ["15/10/2025<U+0007>", "1<U+001B>5/10/2025"]
    assert "\x07" not in r.stdout and "\x1b" not in r.stdout
    text = cli("validate", _controls(tmp_path))  # as the plain text quotes them
    assert "« 15/10/2025<U+0007> »" in text.stdout + text.stderr


@pytest.mark.parametrize("lang, said", [("fr", "valeur invalide pour kind : « nope »"),
                                        ("en", "invalid value for kind: “nope”")])
def test_chart_kind_named_as_in_help(cli, lang, said):
    r = cli("--lang", lang, "chart", "nope")
    assert r.exit_code == 2, r.output
    assert said in r.stderr
    assert "KIND" not in r.stderr
    assert "\n  kind " in cli("--lang", lang, "chart", "--help").stdout  # the help's name


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_benchmark_help_lists_rounded_columns(cli, lang):
    out = " ".join(cli("--lang", lang, "benchmark", "--help").stdout.split())
    for col in ("followers_rounded", "followers_typed", "rank_best", "rank_worst",
                "rank_rounded_codes", "rank_rounded_names", "rank_rounded_typed"):
        assert col in out, col


@pytest.mark.parametrize("lang, said", [
    ("fr", "« 44 » est un code de département, lu comme la préfecture du département : "
           "Nantes (44109)"),
    ("en", "“44” is a département code, read as the département's prefecture: Nantes "
           "(44109)")])
def test_resolve_departement_code_as_prefecture_said(cli, lang, said):
    r = cli("--lang", lang, "resolve", "44", "--type", "ville_prefecture")
    assert r.exit_code == 0, r.output
    assert "44109" in r.stdout
    assert said in r.stderr


def test_resolve_prefecture_own_code_not_said(cli):
    r = cli("resolve", "44109", "--type", "ville_prefecture")
    assert r.exit_code == 0, r.output
    assert r.stderr == ""
    assert cli("resolve", "44").stderr == ""  # the département itself


def _doubtful_survey(tmp_path):
    """A cp1252 « ; » survey where Indre-et-Loire's Facebook reads « Oui ? » beside 33 000."""
    f = tmp_path / "enquete.csv"
    f.write_bytes("code;facebook;facebook_abonnes\r\n44;Oui;12000\r\n35;Oui;9000\r\n"
                  "29;Oui;15000\r\n37;Oui ?;33 000\r\n56;Oui;21000\r\n".encode("cp1252"))
    return f


DOUBTFUL_FR = "non classé (dont Indre-et-Loire, présence douteuse « Oui ? »)"
DOUBTFUL_EN = "not ranked (including Indre-et-Loire, doubtful presence “Oui ?”)"


def test_rank_note_quotes_doubtful_cell(cli, tmp_path):
    r = cli("rank", "-p", "facebook", "--data", _doubtful_survey(tmp_path), "--date", "15/10/2025")
    assert r.exit_code == 0, r.output
    assert DOUBTFUL_FR in r.stdout


@pytest.mark.parametrize("lang, said", [("fr", DOUBTFUL_FR), ("en", DOUBTFUL_EN)])
def test_benchmark_note_quotes_doubtful_cell(cli, tmp_path, lang, said):
    r = cli("--lang", lang, "benchmark", "--entity", "44", "--data", _doubtful_survey(tmp_path),
            "--date", "15/10/2025")
    assert r.exit_code == 0, r.output
    assert said in r.stdout


def test_chart_captions_quote_doubtful_cell(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import barometre as bm
    from barometre import charts

    s = bm.read_survey(_doubtful_survey(tmp_path), date="15/10/2025")
    assert s.attrs["doubtful_answers"] == [
        {"platform": "facebook", "source_row": 5, "text": "Oui ?"}]
    for fig in (charts.ranking(bm.rank(s, "facebook")), charts.benchmark(s, "44"),
                charts.scatter(s, "facebook")):
        said = " ".join(t.get_text() for t in [*fig.texts, *(x for ax in fig.axes
                                                             for x in ax.texts)])
        assert "Indre-et-Loire, présence douteuse « Oui ? »" in " ".join(said.split())


def test_plain_no_account_not_quoted(cli, tmp_path):
    # « Non;500 »: no doubtful cell, the note as before
    f = tmp_path / "s.csv"
    f.write_text("code;facebook;facebook_abonnes\n44;Oui;12000\n35;Non;500\n29;Oui;15000\n",
                 encoding="utf-8")
    r = cli("rank", "-p", "facebook", "--data", f, "--date", "15/10/2025")
    assert r.exit_code == 0, r.output
    assert "vide ou douteuse), non classé" in r.stdout and "(dont" not in r.stdout


def test_doubtful_cells_kept_by_every_reader(tmp_path):
    # the large CSV's reader and a workbook's keep the cells as the small files' reader
    import pandas as pd

    import barometre as bm

    from .test_fast_path import _fast_threshold

    f = _doubtful_survey(tmp_path)
    want = [{"platform": "facebook", "source_row": 5, "text": "Oui ?"}]
    with _fast_threshold(0):
        assert bm.read_survey(f, date="15/10/2025").attrs["doubtful_answers"] == want
    x = tmp_path / "enquete.xlsx"
    pd.read_csv(f, sep=";", encoding="cp1252", dtype=str).to_excel(x, index=False)
    assert bm.read_survey(x, date="15/10/2025").attrs["doubtful_answers"] == want
