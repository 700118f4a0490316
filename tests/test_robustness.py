"""Bad files against every command that reads files; round trips; fault injection."""

from __future__ import annotations

import datetime as dt
import random

import openpyxl
import pytest

import barometre as bm
from barometre.render import charts
from barometre.render import excel

from .conftest import FILES
from .test_survey import fill_template

BAD_FILES = sorted(p.name for p in (FILES / "bad").iterdir())


def commands(path, tmp_path):
    return [
        ["validate", path],
        ["compare", "--data", path, "--type", "departement"],
        ["benchmark", "--entity", "01", "--data", path],
        ["rank", "-p", "facebook", "--data", path],
        ["chart", "ranking", "-p", "facebook", "--data", path, "-o", tmp_path / "c.png"],
        ["report", "--data", path, "-o", tmp_path / "r.xlsx"],
    ]


@pytest.fixture(scope="module")
def junk(tmp_path_factory):
    """10 MB of junk, seeded: random bytes, and random printable text."""
    d = tmp_path_factory.mktemp("junk")
    rng = random.Random(10)
    (d / "junk-bytes.csv").write_bytes(rng.randbytes(10 * 1024 * 1024))
    alphabet = "abcdefghij;,\t\" 0123456789éà\n"
    (d / "junk-text.csv").write_text("".join(rng.choices(alphabet, k=10 * 1024 * 1024)),
                                     encoding="utf-8")
    return d


@pytest.mark.parametrize("name", BAD_FILES)
def test_every_command_answers_bad_files_cleanly(cli, tmp_path, name):
    path = FILES / "bad" / name
    for args in commands(path, tmp_path):
        res = cli(*args)
        assert res.exit_code in (1, 2), (args, res.output)
        assert "Traceback" not in res.output and res.exception is None or isinstance(
            res.exception, SystemExit), (args, res.exception)
        first = (res.stderr or res.stdout).strip().splitlines()[0]
        assert first.startswith(("barometre : ", "barometre: ", name)), (args, first)
        assert name in res.stderr + res.stdout
    assert not (tmp_path / "c.png").exists() and not (tmp_path / "r.xlsx").exists()


@pytest.mark.parametrize("name", ["junk-bytes.csv", "junk-text.csv"])
def test_ten_megabytes_of_junk(cli, tmp_path, junk, name):
    for args in commands(junk / name, tmp_path)[:2]:
        res = cli(*args)
        assert res.exit_code == 1 and res.exception is None or isinstance(res.exception, SystemExit)
        assert "Traceback" not in res.output
        assert name in res.stderr + res.stdout


def test_round_trip_template_survey_report(tmp_path):
    tpl = bm.write_template(tmp_path / "t.xlsx", "departement", ["facebook", "instagram"])
    rng = random.Random(3)
    values = {}
    for code in ("01", "2A", "2B", "971", "44", "90", "13"):
        values[code] = {"Facebook - présence": "Oui",
                        "Facebook - abonnés": rng.randint(1, 10**9),
                        "Facebook - compte": f"@dép_{code}_é",
                        "Facebook - date du relevé": dt.datetime(2025, 10, rng.randint(1, 28)),
                        "Instagram - présence": "Non"}
    fill_template(tpl, values)
    survey = bm.read_survey(tpl)
    survey = survey[survey["present"].notna()]
    out = excel.write_report(tmp_path / "r.xlsx", bm.adoption(survey), survey=survey)
    wb = openpyxl.load_workbook(out)
    ws = wb["Données"]
    heads = [c.value for c in ws[1]]
    back = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        r = dict(zip(heads, row))
        back[(r["Code"], r["Réseau"])] = r
    for code, v in values.items():
        fb = back[(code, "Facebook")]
        assert fb["Abonnés"] == v["Facebook - abonnés"]
        assert fb["Compte"] == v["Facebook - compte"]
        assert fb["Date du relevé"] == v["Facebook - date du relevé"]
        assert fb["Présent"] == "Oui" and back[(code, "Instagram")]["Présent"] == "Non"
    names = {r["Code"]: r["Nom"] for r in back.values()}
    assert names["2A"] == "Corse-du-Sud" and names["971"] == "Guadeloupe" and names["13"] == "Bouches-du-Rhône"
    assert ws["A2"].data_type == "s"  # codes stay text


def test_chart_failure_leaves_previous_file(tmp_path, monkeypatch):
    out = tmp_path / "a.png"
    fig = charts.adoption(bm.compare("region", year=2015, source="ideose"))
    charts.save(fig, out)
    before = out.read_bytes()

    def broken(self, fname, **kw):
        with open(fname, "wb") as fh:
            fh.write(b"\x89PNG half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(fig), "savefig", broken)
    with pytest.raises(OSError):
        charts.save(fig, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.png"]


def test_disk_error_is_one_line_in_cli(cli, tmp_path, monkeypatch):
    from matplotlib.figure import Figure

    def broken(self, fname, **kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Figure, "savefig", broken)
    res = cli("chart", "adoption", "--type", "region", "-o", tmp_path / "x.png")
    assert res.exit_code == 1 and "plus de place sur le disque" in res.stderr
    assert "Traceback" not in res.output and list(tmp_path.iterdir()) == []


def test_control_characters_do_not_break_the_report(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("Code département;Facebook;Compte Facebook\n01;Oui;ab\x08c\n", encoding="utf-8")
    s = bm.read_survey(p)
    out = excel.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s)
    wb = openpyxl.load_workbook(out)
    assert "abc" in [c.value for c in wb["Données"]["G"]]


@pytest.mark.parametrize("args", [["compare", "--type", "region", "--format", "csv"],
                                  ["compare", "--type", "region", "--lang", "en"]])
def test_a_reader_gone_early_ends_the_command_quietly(args):
    """`barometre … | head`: the reader closes the pipe; the command stops without a word
    (it printed "erreur d'entrée-sortie : Broken pipe"), exit 141 as a Unix tool killed
    by SIGPIPE (rvrepro19: 1 is `validate`'s "the file has errors")."""
    import os
    import subprocess
    import sys

    read, write = os.pipe()
    os.close(read)  # gone before the command writes
    try:
        done = subprocess.run([sys.executable, "-m", "barometre", *args], stdout=write,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)
    assert done.stderr == "" and done.returncode == 141
