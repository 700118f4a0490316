"""``benchmark``'s peers not ranked carried by its machine outputs (bench16): the library's
frame, ``-f csv`` and ``-f json`` have the counts by why and the peers' codes and names that
the table's sentence says (« 5e sur 84 (7 sans réponse, 4 sans compte, …) »); the sentence,
the chart's caption and the report's Benchmark read those columns; and a label's « 1 000 »
keeps its narrow no-break space (LibreOffice wrapped « Rang pour 1 / 000 hab. »)."""

from __future__ import annotations

import csv
import io
import json
import re

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

DEMO = bm.demo_file("enquete")
NNBSP = "\u202f"
COUNTS = ["n_no_answer", "n_no_account", "n_account_no_count", "n_no_reading"]  # cap28
LISTS = ["no_answer_codes", "no_account_codes", "account_no_count_codes", "no_reading_codes",
         "no_answer_names", "no_account_names", "account_no_count_names", "no_reading_names"]


@pytest.fixture(scope="module")
def survey():
    return bm.read_survey(DEMO)


@pytest.fixture(scope="module")
def bench(survey):
    return bm.benchmark(survey, "Loire-Atlantique")


# --- 1. the library's frame ----------------------------------------------------------------

def test_benchmark_frame_has_the_peers_not_ranked_by_why(bench):
    from barometre.analysis.peers import not_ranked_peers

    cols = list(bench.columns)
    assert cols[cols.index("tied_per_1000") + 1:][:12] == COUNTS + LISTS
    for c in COUNTS:
        assert str(bench[c].dtype) == "Int64"
    b = bench.set_index("platform")
    assert b[COUNTS].astype(int).to_dict("index") == {
        "facebook": {"n_no_answer": 7, "n_no_account": 4, "n_account_no_count": 6, "n_no_reading": 0},
        "x": {"n_no_answer": 0, "n_no_account": 20, "n_account_no_count": 4, "n_no_reading": 0},
        "instagram": {"n_no_answer": 1, "n_no_account": 15, "n_account_no_count": 5, "n_no_reading": 0},
        "linkedin": {"n_no_answer": 3, "n_no_account": 22, "n_account_no_count": 3, "n_no_reading": 0},
        "youtube": {"n_no_answer": 3, "n_no_account": 34, "n_account_no_count": 1, "n_no_reading": 0},
        "tiktok": {"n_no_answer": 1, "n_no_account": 82, "n_account_no_count": 1, "n_no_reading": 0}}
    # every peer listed, codes and names in the same order, not only the three named
    li = b.loc["linkedin"]
    assert li["no_answer_codes"] == "15;39;95"
    assert li["no_answer_names"] == "Cantal;Jura;Val-d'Oise"
    assert li["account_no_count_codes"] == "68;70;75"
    assert b.loc["x", "no_answer_codes"] == "" and b.loc["x", "no_answer_names"] == ""
    fb = not_ranked_peers(b.loc["facebook"])
    assert fb["not_answered"][0] == len(fb["not_answered"][1]) == len(fb["not_answered"][2]) == 7
    assert "Gironde" in fb["absent"][2]


def test_peers_not_ranked_account_for_every_entity(survey, bench):
    """n_peers (the entity among them when it has a count) plus the peers not ranked, plus
    the entity when it has none: the 101 départements of the file, on every platform."""
    from barometre.analysis.peers import not_ranked_peers

    for r in bench.to_dict("records"):
        entity_out = 0 if r["present"] is True else 1
        assert r["n_peers"] + sum(r[c] for c in COUNTS) + entity_out == 101, r["platform"]
    # as rank counts them, when the entity is ranked (it is no peer of its own)
    for p in ("facebook", "x", "linkedin", "youtube"):
        row = bench.set_index("platform").loc[p]
        assert {k: n for k, (n, _, _) in not_ranked_peers(row).items()} == \
            bm.rank(survey, p).attrs["not_ranked"]


def test_sentence_and_caption_read_the_columns(bench):
    """One rule: the sentence and the chart's caption say what the columns hold (a frame
    changed by hand says its own peers), never counted again from elsewhere."""
    from barometre.render.views import bench_not_ranked_note, benchmark_text

    b = bench.copy()
    i = b.index[b["platform"] == "x"][0]
    b.loc[i, ["n_no_answer"]] = 2
    b.loc[i, ["no_answer_codes", "no_answer_names"]] = ["01;02", "Ain;Aisne"]
    line = next(x for x in benchmark_text(b).splitlines() if x.startswith("X (ex-Twitter)"))
    assert ("20e sur 77 (2 sans réponse : Ain, Aisne ; 20 sans compte ; 4 avec un compte sans "
            "nombre d'abonnés)") in line
    note = bench_not_ranked_note(b, ["x"])
    assert note == ("Pairs non classés — X (ex-Twitter) : 2 sans réponse (Ain, Aisne), 20 sans "
                    "compte, 4 avec un compte sans nombre d'abonnés")


# --- 1b. the command's CSV and JSON ---------------------------------------------------------

def test_cli_csv_and_json_carry_the_peers_not_ranked(cli):
    out = cli("benchmark", "--data", DEMO, "--entity", "Loire-Atlantique", "-f", "csv")
    assert out.exit_code == 0, out.output
    rows = {r["platform"]: r for r in csv.DictReader(io.StringIO(out.stdout))}
    assert (rows["facebook"]["rank"], rows["facebook"]["n_peers"]) == ("5", "84")
    assert [rows["facebook"][c] for c in COUNTS] == ["7", "4", "6", "0"]
    # 68 and 2B: « Oui », their council's count on 67's and 2A's rows (the demo's councils)
    assert rows["x"]["account_no_count_names"] == "Haute-Corse;Lot;Morbihan;Haut-Rhin"
    assert rows["x"]["account_no_count_codes"] == "2B;46;56;68"
    assert rows["x"]["no_answer_names"] == ""
    js = cli("benchmark", "--data", DEMO, "--entity", "Loire-Atlantique", "-f", "json",
             "-p", "linkedin").stdout
    (li,) = json.loads(js)
    assert (li["n_no_answer"], li["n_no_account"], li["n_account_no_count"]) == (3, 22, 3)
    assert li["no_answer_names"] == ["Cantal", "Jura", "Val-d'Oise"]
    assert li["no_answer_codes"] == ["15", "39", "95"]
    assert li["account_no_count_names"] == ["Haut-Rhin", "Haute-Saône", "Paris"]
    assert len(li["no_account_codes"]) == len(li["no_account_names"]) == 22
    js = json.loads(cli("benchmark", "--data", DEMO, "--entity", "Loire-Atlantique", "-f",
                        "json", "-p", "x").stdout)
    assert js[0]["no_answer_names"] == [] and js[0]["no_answer_codes"] == []


def test_not_ranked_columns_are_declared_once():
    from barometre.analysis.peers import NOT_RANKED_COLUMNS
    from barometre.domain.schemas import BENCHMARK

    declared = [c for cols in NOT_RANKED_COLUMNS.values() for c in cols]
    assert set(declared) == set(COUNTS + LISTS) and set(declared) <= set(BENCHMARK.names)


# --- 2. the report's Benchmark ---------------------------------------------------------------

def _column_a(path):
    ws = openpyxl.load_workbook(path)["Benchmark"]
    return [c for c in ws["A"] if c.value is not None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_benchmark_lists_the_peers_not_ranked(cli, tmp_path, lang):
    out = tmp_path / f"r-{lang}.xlsx"
    res = cli("report", "--data", DEMO, "--entity", "Loire-Atlantique", "-o", out,
              "--lang", lang)
    assert res.exit_code == 0, res.output
    cells = _column_a(out)
    texts = [c.value for c in cells]
    fr = lang == "fr"
    head = ("Pairs non classés, Loire-Atlantique à part : leur dernier relevé ne donne pas de "
            "nombre d'abonnés, ou ils n'ont pas de relevé du réseau (nommés quand ils sont 3 au "
            "plus pour une raison)" if fr else
            "Peers not ranked, Loire-Atlantique aside: their latest reading gives no follower "
            "count, or they have no reading of the platform (named when 3 or fewer for a "
            "reason)")
    i = texts.index(typeset(head, lang))  # the workbook's French spaces (s33)
    assert cells[i].font.bold
    want = ([
        "Facebook : 7 sans réponse, 4 sans compte, 6 avec un compte sans nombre d'abonnés",
        "X (ex-Twitter) : 20 sans compte, 4 avec un compte sans nombre d'abonnés",
        "Instagram : 1 sans réponse : Corse-du-Sud ; 15 sans compte ; 5 avec un compte sans "
        "nombre d'abonnés",
        "LinkedIn : 3 sans réponse : Cantal, Jura, Val-d'Oise ; 22 sans compte ; 3 avec un "
        "compte sans nombre d'abonnés : Haut-Rhin, Haute-Saône, Paris",
        "YouTube : 3 sans réponse : Oise, Yvelines, Essonne ; 34 sans compte ; 1 avec un compte "
        "sans nombre d'abonnés : Indre-et-Loire",
        "TikTok : 1 sans réponse : Eure ; 82 sans compte ; 1 avec un compte sans nombre "
        "d'abonnés : Ariège"] if fr else [
        "Facebook: 7 not answered, 4 without an account, 6 with an account but no follower "
        "count",
        "X (formerly Twitter): 20 without an account, 4 with an account but no follower count"])
    assert texts[i + 1:i + 1 + len(want)] == [typeset(w, lang) for w in want]
    for c in cells[i:i + 7]:  # text, never a formula
        assert c.data_type == "s"


def test_report_not_ranked_lines_stay_text(tmp_path, survey):
    """A peer's name that a spreadsheet would run (« =1+1 ») stays text in the workbook, as
    every text the report writes (its cell is a string; a leading one is quote-prefixed)."""
    from barometre.render import excel
    from barometre.analysis.report import report_data

    r = report_data(bm.adoption(survey), survey=survey, entity="Loire-Atlantique")
    b = r.benchmark
    i = b.index[b["platform"] == "x"][0]
    b.loc[i, ["n_no_answer"]] = 1
    b.loc[i, ["no_answer_codes", "no_answer_names"]] = ["01", "=1+1"]
    out = excel.write_report(tmp_path / "r.xlsx", r)
    wb = openpyxl.load_workbook(out)
    line = [c for c in wb["Benchmark"]["A"] if str(c.value).startswith("X (ex-Twitter)\u00a0:")]
    assert [c.value for c in line] == [typeset(
        "X (ex-Twitter) : 1 sans réponse : =1+1 ; 20 sans compte ; 4 avec un compte sans nombre "
        "d'abonnés", "fr")]
    assert line[0].data_type == "s"
    for ws in wb.worksheets:
        assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


# --- 3. « 1 000 » in labels: a narrow no-break space ------------------------------------------

_GROUPED = re.compile(r"\d[ \u00a0]\d{3}(?!\d)")  # "1 000" with a breakable or other space


#: messages whose « 12 345 » shows what a user types in a survey's cell (a plain space),
#: not a figure barometre writes
_TYPED = {"count-not-integer", "count-bad-grouping", "count-invalid", "count-not-finite"}


def test_catalog_thousands_keep_the_narrow_no_break_space():
    from barometre.messages import catalog

    bad = {code: t for code, texts in catalog().items() if code not in _TYPED
           for t in texts if _GROUPED.search(t)}
    assert not bad, bad


def test_report_headers_per_1000_do_not_break_the_number(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", DEMO, "--entity", "Loire-Atlantique", "-o", out)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["Benchmark"]
    row = next(r for r in ws.iter_rows(values_only=True) if r[0] == "Réseau")
    per_1000 = [h for h in row if h and "1" in h and "000" in h]
    assert per_1000 == [f"Abonnés pour 1{NNBSP}000 hab.", f"Rang pour 1{NNBSP}000 hab.",
                        f"Indice pour 1{NNBSP}000 hab."]
    from barometre.render.excel.sheets import _lines

    # the row's height is reckoned with "1 000" as one word, as the spreadsheet wraps it
    assert _lines(f"Rang pour 1{NNBSP}000 hab.", 10) == 2  # "Rang pour" / "1 000 hab."
    assert _lines(f"ab 1{NNBSP}000 cd", 6) == 3  # "ab" / "1 000" / "cd", never "ab 1" / "000 cd"


def test_ranking_table_header_per_1000(survey):
    from barometre.render.views import rank_table

    t = rank_table(bm.rank(survey, "facebook", metric="followers_per_1000", top=3))
    assert f"Pour 1{NNBSP}000 hab." in t and "Pour 1 000 hab." not in t
