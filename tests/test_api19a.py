"""rvnb19 #1-#3: the Python API never mixes two surveys nor drops a reading silently.

#1: two survey frames put end to end (``pd.concat``) that read one entity on one platform on
one date twice were counted with one of the readings, picked by row order: refused now.
#2: ``write_report(adoption of file A, survey=frame of file B)`` wrote a workbook of both.
#3: ``adoption(by="strate")`` sorted the bands as text and said no band's N.
"""

from __future__ import annotations

import json

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from barometre.datasets import reference

#: a real-looking survey of 12 départements on the demo's date (15/10/2025), Windows-1252
#: CSV as Excel saves it; Ain on Facebook « Oui, 12 345 » where the demo leaves it blank
_MINE = [("01", "Ain", "Oui", "12 345", "Oui", "1 200"),
         ("02", "Aisne", "Oui", "8 001", "Non", ""),
         ("03", "Allier", "Non", "", "Oui", "950"),
         ("04", "Alpes-de-Haute-Provence", "Oui", "4 500", "Oui", "2 100"),
         ("05", "Hautes-Alpes", "Oui", "3 210", "", ""),
         ("06", "Alpes-Maritimes", "Oui", "45 000", "Oui", "20 000"),
         ("07", "Ardèche", "Oui", "7 777", "Non", ""),
         ("08", "Ardennes", "Non", "", "Non", ""),
         ("09", "Ariège", "Oui", "2 222", "Oui", "333"),
         ("10", "Aube", "Oui", "9 999", "Oui", "1 111"),
         ("44", "Loire-Atlantique", "Oui", "90 583", "Oui", "30 000"),
         ("2A", "Corse-du-Sud", "Oui", "5 000", "Non", "")]


def _mine(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    head = ["Code", "Département", "Facebook", "Abonnés Facebook", "Instagram",
            "Abonnés Instagram", "Date du relevé"]
    lines = [";".join(head)] + [";".join((*r, "15/10/2025")) for r in _MINE]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(bm.demo_file("enquete"))


@pytest.fixture
def mine(tmp_path):
    return bm.read_survey(_mine(tmp_path / "mine.csv"))


def _refused(call, code):
    with pytest.raises(bm.UsageError) as e:
        call()
    assert e.value.code == code
    return e.value


def test_two_surveys_concatenated_with_different_answers_are_refused(demo, mine):
    """90/94 on Facebook, the demo's alone, and Ain (mine: « Oui, 12 345 ») not ranked:
    the higher source_row won. Every function that picks a reading refuses now, naming
    the entity, platform, date and answers, and how many others."""
    both = pd.concat([demo, mine], ignore_index=True)
    calls = {"adoption": lambda s: bm.adoption(s, platforms="facebook"),
             "rank": lambda s: bm.rank(s, "facebook"),
             "benchmark": lambda s: bm.benchmark(s, "44"),
             "league_table": bm.league_table, "compare_survey": bm.compare_survey,
             "follower_stats": bm.follower_stats}
    for name, call in calls.items():
        err = _refused(lambda: call(both), "survey-frame-conflict")
        assert str(err).startswith(
            "le tableau d'enquête a 2 relevés de Ain (01) sur Facebook le 15 octobre 2025 aux "
            "réponses différentes (Oui à 12\u202f345 abonnés, non renseigné) ; et "), name
        assert "pd.concat" in str(err) and "read_waves" in str(err)
    err = _refused(lambda: bm.adoption(both), "survey-frame-conflict")
    # 12 départements × 2 platforms read twice: Ain on Facebook named, 23 more counted
    assert "; and 23 more entities × platforms × dates read several times" in err.render("en")
    assert "on 15 October 2025 with different answers (yes with 12,345 followers, not answered)" \
        in err.render("en")
    # the row numbers no longer decide: the other file's rows after the demo's, same refusal
    later = mine.assign(source_row=mine["source_row"] + 1000)
    _refused(lambda: bm.rank(pd.concat([demo, later]), "facebook"), "survey-frame-conflict")


def test_the_same_frame_twice_is_refused_too(demo):
    """The same readings twice (a cell run twice in a notebook) gave the right shares by
    luck: refused as well, said as the same reading, not as different answers."""
    twice = pd.concat([demo, demo], ignore_index=True)
    for call in (bm.adoption, lambda s: bm.rank(s, "x"), bm.league_table):
        err = _refused(lambda: call(twice), "survey-frame-repeat")
        assert "le même relevé de Ain (01)" in str(err) and "drop_duplicates" in str(err)


def test_readings_of_other_dates_still_count_as_the_latest(demo):
    """Readings of one entity on other dates are no repeat: the latest counts, as before
    (a long file of several dates, a panel)."""
    later = demo.assign(date=demo["date"] + pd.Timedelta(days=30), present=True,
                        source_row=demo["source_row"] + 1000)
    a = bm.adoption(pd.concat([demo, later], ignore_index=True), platforms="facebook")
    assert (a["n_present"].tolist(), a["n_base"].tolist()) == ([101], [101])
    r = bm.rank(pd.concat([later, demo], ignore_index=True), "x")
    assert len(r) == len(bm.rank(later, "x"))


def test_a_report_refuses_the_figures_of_another_file(demo, mine, tmp_path):
    """Key figures of mine.csv beside the demo's coverage, 101 peers and « données
    fictives » stamp: refused, both files named; the figures of the frame's own file pass."""
    out = tmp_path / "mix.xlsx"
    for figures in (bm.adoption(mine), bm.compare_survey(mine)):
        err = _refused(lambda: bm.write_report(out, figures, survey=demo, entity="44"),
                       "report-other-survey")
        assert str(err).startswith(
            "les chiffres d'adoption viennent de mine.csv, le tableau d'enquête de "
            "enquete-departements-donnees-fictives.xlsx : un rapport ne mêle pas deux "
            "enquêtes")
    assert not out.exists()
    # figures without their attrs: told by their source column
    bare = bm.adoption(mine)
    bare.attrs = {}
    _refused(lambda: bm.write_report(out, bare, survey=demo), "report-other-survey")
    # two files of one name in two folders: told apart by their paths
    other = bm.read_survey(_mine(tmp_path / "v2" / "mine.csv"))
    err = _refused(lambda: bm.write_report(out, bm.adoption(mine), survey=other),
                   "report-other-survey")
    assert str(tmp_path / "v2" / "mine.csv") in str(err)
    # the same file: its figures, a part of its frame, the file read again
    bm.write_report(out, bm.adoption(mine), survey=mine[mine["code"] != "01"], entity="44")
    again = bm.read_survey(tmp_path / "." / "mine.csv")
    bm.write_report(out, bm.adoption(mine), survey=again, entity="44", force=True)
    ws = openpyxl.load_workbook(out)["Synthèse"]
    said = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert not any("FICTIVES" in c for c in said)


def test_the_cli_report_of_a_file_still_writes(cli, tmp_path):
    """The CLI's report counts the file it reads (compare_survey, then report_data)."""
    src = _mine(tmp_path / "mine.csv")
    res = cli("report", "--data", src, "--entity", "44", "-o", tmp_path / "r.xlsx")
    assert res.exit_code == 0, res.stderr
    assert "Benchmark" in openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames


def _communes(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code INSEE", "Commune", "Facebook", "Abonnés Facebook", "Date du relevé"])
    for row in [(1001, "L'Abergement-Clémenciat", "Non", None),
                (1053, "Bourg-en-Bresse", "Oui", 25000), ("2A004", "Ajaccio", "Oui", 40000),
                (44109, "Nantes", "Oui", 120000), (75056, "Paris", "Oui", 900000),
                (13055, "Marseille", "Oui", 300000), (6088, "Nice", "Oui", 200000),
                (97411, "Saint-Denis", "Oui", 50000)]:
        ws.append([*row, "15/10/2025"])
    wb.save(path)
    return path


def test_adoption_by_strate_orders_bands_by_population_and_gives_their_n(tmp_path, cli):
    """« 20 000–49 999 » came before « 500–1 999 » (text order), and the N of each band's
    interval was in no column (n_reference stays the 34 875 communes)."""
    src = _communes(tmp_path / "communes.xlsx")
    s = bm.read_survey(src)
    a = bm.adoption(s, by="strate")
    want = ["500–1 999", "20 000–49 999", "50 000–99 999", "≥ 100 000"]
    assert a["strate"].tolist() == want
    assert bm.compare_survey(s, "commune", by="strate")["strate"].tolist() == want
    sizes = dict(reference.entities("commune")["population"].map(reference.band_of)
                 .value_counts())
    assert a["n_strate"].tolist() == [sizes[b] for b in want]
    assert a["n_strate"].dtype == "Int64" and set(a["n_reference"]) == {34875}
    assert list(a.columns).index("n_strate") == list(a.columns).index("n_reference") + 1
    # the band's N is the interval's: Bourg-en-Bresse alone of the 350 of 20 000–49 999
    from barometre.analysis.stats import wilson_interval

    row = a[a["strate"] == "20 000–49 999"].iloc[0]
    assert (row["ci_low"], row["ci_high"]) == wilson_interval(1.0, 1, population=350)
    assert bm.compare_survey(s, "commune", by="strate")["n_strate"].tolist() == \
        a["n_strate"].tolist()
    # the CLI's CSV and JSON: n_strate after n_reference, the bands in the same order
    res = cli("compare", "--data", src, "--type", "commune", "--by", "strate", "--csv")
    assert res.exit_code == 0, res.stderr
    rows = [line.split(",") for line in res.stdout.splitlines()]
    head = rows[0]
    assert head.index("n_strate") == head.index("n_reference") + 1
    assert [r[head.index("strate")] for r in rows[1:]] == want
    assert [int(r[head.index("n_strate")]) for r in rows[1:]] == [sizes[b] for b in want]
    res = cli("compare", "--data", src, "--type", "commune", "--by", "strate", "--json")
    got = json.loads(res.stdout)
    assert [(r["strate"], r["n_strate"]) for r in got] == [(b, sizes[b]) for b in want]
