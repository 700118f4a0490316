"""changes: the median growth and the median gain per 1,000 are over different entities
when one started from 0 followers (0 → 150 has a gain, no growth rate). Each median says
its n, and a note counts those that started from 0, wherever the growth note is."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm

from .conftest import as_json

HEAD = "Département;Facebook;Abonnés Facebook;Date du relevé\n"


@pytest.fixture
def waves(tmp_path):
    w1, w2 = tmp_path / "w1.csv", tmp_path / "w2.csv"
    w1.write_text(HEAD + "Ain;Oui;0;15/10/2024\nAisne;Oui;1000;15/10/2024\n"
                  "Allier;Oui;500;15/10/2024\n", encoding="utf-8")
    w2.write_text(HEAD + "Ain;Oui;150;15/10/2025\nAisne;Oui;1100;15/10/2025\n"
                  "Allier;Oui;400;15/10/2025\n", encoding="utf-8")
    return w1, w2


def test_each_median_has_its_n(waves):
    c = bm.changes(bm.read_waves(list(waves))).iloc[0]
    assert c["median_growth"] == pytest.approx(-0.05) and c["n_growth"] == 2
    assert c["median_gain_per_1000"] > 0 and c["n_gain"] == 3
    assert c["n_from_zero"] == 1
    # movers leaves Ain out: said by n_from_zero
    assert "01" not in set(bm.movers(bm.read_waves(list(waves)))["code"])


def test_the_demo_has_none_from_zero():
    c = bm.changes(bm.read_waves(bm.demo_file("releves")))
    assert (c["n_from_zero"] == 0).all() and (c["n_gain"] == c["n_growth"]).all()


@pytest.mark.parametrize("lang, growth, gain, note", [
    ("en", "−5% (n = 2)", "0.2 (n = 3)",
     "1 authority started from 0 followers: no growth rate (left out of the median growth "
     "and of the fastest and slowest growth)."),
    ("fr", "−5\u202f% (n = 2)", "0,2 (n = 3)",
     "1 collectivité partait de 0 abonné : pas de taux de croissance (hors de la croissance "
     "médiane et des plus fortes et plus faibles croissances)."),
])
def test_the_table_says_each_n_and_counts_those_from_zero(cli, waves, lang, growth, gain, note):
    r = cli("changes", "--data", waves[0], "--data", waves[1], "--lang", lang)
    assert r.exit_code == 0, r.output
    row = next(line for line in r.stdout.splitlines() if line.startswith("Facebook "))
    assert growth in row and gain in row
    assert note in r.stdout.splitlines()


def test_csv_and_json_have_both_ns(cli, waves):
    r = cli("changes", "--data", waves[0], "--data", waves[1], "--format", "csv")
    head, row = r.stdout.splitlines()[:2]
    rec = dict(zip(head.split(","), row.split(",")))
    assert (rec["n_growth"], rec["n_gain"], rec["n_from_zero"]) == ("2", "3", "1")
    js = as_json(cli("changes", "--data", waves[0], "--data", waves[1], "--format", "json"))
    assert (js[0]["n_growth"], js[0]["n_gain"], js[0]["n_from_zero"]) == (2, 3, 1)


def test_no_note_when_none_started_from_zero(cli):
    r = cli("changes", "--data", bm.demo_file("releves"), "--lang", "en")
    assert r.exit_code == 0 and "started from 0" not in r.stdout
    assert "+" in r.stdout and "(n = " in r.stdout


def test_the_report_says_each_n_and_the_note(cli, waves, tmp_path):
    out = tmp_path / "r.xlsx"
    r = cli("report", "--data", waves[0], "--data", waves[1], "-o", out, "--lang", "en")
    assert r.exit_code == 0, r.output
    ws = openpyxl.load_workbook(out)["Changes"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    head = next(r_ for r_ in rows if "Median growth" in r_)
    fb = rows[rows.index(head) + 1]
    got = dict(zip(head, fb))
    assert got["n (growth)"] == 2 and got["n (gain)"] == 3
    assert head.index("n (growth)") == head.index("Median growth") + 1
    assert head.index("n (gain)") == head.index("Median gain / 1,000 inh.") + 1
    lines = [r_[0] for r_ in rows if r_ and isinstance(r_[0], str)]
    assert any(line.startswith("1 authority started from 0 followers") for line in lines)
