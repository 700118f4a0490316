"""« † » said the same way everywhere a wave is no random sample of its type (dagger22).

compare, changes and the report's Évolution mark such a wave's share « † » and give it no
interval (mix21, words22). Two places still differed:

1. ``trend --data`` printed « 60 % … IC 95 % : 45–74 % » for a wave of 10
   intercommunalités of each category (``kinds_mix``), its note saying « son intervalle
   suppose un tirage au hasard »; its JSON and CSV gave the bounds, no flag; ``chart
   trend`` drew the bar. Now « 60 %† », « voir † », no bounds, ``flags``
   ``non_random_sample`` (a list in JSON, as compare gives it), the note « † Vague … :
   sa part est celle des entités du fichier … ; pas d'intervalle pour elle »; the chart
   marks the point « † », draws no bar and its caption says why. A part held whole beside
   others (every métropole beside 39 others: compare's « † ») likewise.
2. The Mouvements sheet gave the two shares of such waves plain (« voir † » only in the
   p column), where changes prints « 60 % → 60 %† ».

The files: tests/test_words22.py's waves (2024 a random draw of 40, 12 on Facebook;
2025 10 of each category, 24 on Facebook) and tests/test_kinds_mix21.py's mix40 read twice.
"""

from __future__ import annotations

import csv
import io
import json
import random

import openpyxl

import barometre as bm

from .conftest import as_json
from .test_epci_whole_category import NNBSP, _write
from .test_epci_whole_category import picked_file
from .test_kinds_mix21 import random_draw_waves
from .test_kinds_mix21 import _picked
from .test_words22 import _waves


def _trend(cli, *args):
    r = cli("trend", "--type", "epci", *args)
    assert r.exit_code == 0, r.output
    return r


# --- 1. trend --data: « † », no interval, the flag, the note ------------------------------------

def test_trend_table_marks_the_wave_as_compare_does(cli, tmp_path):
    old, new = _waves(tmp_path)
    # compare on the 2025 file alone: « 60 %† », « voir † », no interval
    comp = cli("compare", "--data", new, "--type", "epci").stdout.replace(NNBSP, " ")
    assert "60 %†" in comp and "voir †" in comp
    r = _trend(cli, "--data", old, "--data", new)
    out = r.stdout.replace(NNBSP, " ")
    rows = [line for line in out.splitlines() if line.startswith("Facebook")]
    assert len(rows) == 2
    assert " 30 % " in rows[0] and "IC 95 % : 18–45 %" in rows[0]  # 2024: a random draw
    assert "60 %†" in rows[1] and "voir †" in rows[1] and "IC 95" not in rows[1]
    assert "45–74" not in out  # the interval it printed for 2025
    # the intervals' notes speak of 2024 alone
    assert "(40 le 15 octobre 2024 sur 1 254 intercommunalités)" in out
    # the « † » note under the table, with it on stdout, as compare prints its own (s32)
    notes = out
    assert "son intervalle suppose un tirage au hasard" not in notes
    assert "†" not in r.stderr
    (note,) = [line for line in notes.splitlines() if line.startswith("†")]
    assert note == (
        "† Vague du 15 octobre 2025 : le fichier tient 10 des 989 communautés de communes, 10 des "
        "230 communautés d'agglomération, 10 des 14 communautés urbaines, 10 des 21 "
        "métropoles : un tirage au hasard serait aussi loin des proportions de leurs "
        "catégories avec moins d'une chance sur mille ; ce n'est pas un échantillon tiré au "
        "hasard des 1 254 intercommunalités : sa part est celle des entités du fichier, qui "
        "surreprésentent certaines catégories, pas celle des 1 254 intercommunalités ; pas "
        "d'intervalle pour elle (« barometre compare --data --by category » sur ce fichier "
        "compte chaque catégorie à part).")
    en = _trend(cli, "--data", old, "--data", new, "--lang", "en")
    row = [line for line in en.stdout.splitlines() if line.startswith("Facebook")][1]
    assert "60%†" in row and "see †" in row and "CI" not in row
    assert "its share is that of the file's entities" in en.stdout
    assert "no interval for it" in en.stdout and "its interval assumes" not in en.stdout


def test_trend_json_and_csv_give_the_flags_and_bounds_as_compare(cli, tmp_path):
    old, new = _waves(tmp_path)
    (comp,) = as_json(cli("compare", "--data", new, "--type", "epci", "-f", "json"))
    recs = as_json(_trend(cli, "--data", old, "--data", new, "-f", "json"))
    assert [r["wave"] for r in recs] == ["2024-10-15", "2025-10-15"]
    drawn, mixed = recs
    # 2025: as compare gives its file's record
    assert (mixed["flags"], mixed["ci_low"], mixed["ci_high"]) == (
        comp["flags"], comp["ci_low"], comp["ci_high"]) == (["non_random_sample"], None, None)
    assert (mixed["share"], mixed["census"]) == (0.6, False)
    # 2024, a random draw: its interval, no flag
    assert drawn["flags"] == [] and drawn["ci_low"] is not None
    text = _trend(cli, "--data", old, "--data", new, "-f", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["flags"], r["ci_low"], r["ci_high"]) for r in rows][1] == (
        "non_random_sample", "", "")
    assert rows[0]["flags"] == "" and rows[0]["ci_low"] != ""
    # the API: the flag as compare's frame holds it, the bounds missing
    t = bm.wave_trend(bm.read_waves([old, new]), type="epci")
    assert t["flags"].tolist() == ["", "non_random_sample"]
    assert t["ci_low"].isna().tolist() == [False, True]


def test_trend_of_random_draws_has_no_flags_column(cli, tmp_path):
    """Waves that are random draws: no flags column, as before (changes' alike)."""
    codes = random.Random(150).sample(sorted(bm.reference.entities("epci")["code"]), 40)
    old = _write(tmp_path / "a.csv", [(c, "Oui" if i < 12 else "Non")
                                      for i, c in enumerate(codes)], "15/10/2024")
    new = _write(tmp_path / "b.csv", [(c, "Oui" if i < 20 else "Non")
                                      for i, c in enumerate(codes)])
    recs = as_json(_trend(cli, "--data", old, "--data", new, "-f", "json"))
    assert all("flags" not in r and r["ci_low"] is not None for r in recs)


def test_trend_marks_a_part_held_whole_beside_others(cli, tmp_path):
    """Every métropole beside 39 others: compare's « 58 %† » with no interval (its
    estimate apart); trend printed the interval of a random draw."""
    new = picked_file(tmp_path)
    old, _ = _waves(tmp_path)
    (comp,) = as_json(cli("compare", "--data", new, "--type", "epci", "-f", "json"))
    assert comp["flags"] == ["non_random_sample"] and comp["ci_low"] is None
    r = _trend(cli, "--data", old, "--data", new)
    row = [line for line in r.stdout.replace(NNBSP, " ").splitlines()
           if line.startswith("Facebook")][1]
    assert "58 %†" in row and "voir †" in row
    (note,) = [line for line in r.stdout.replace(NNBSP, " ").splitlines()
               if line.startswith("†")]
    assert note.startswith("† Vague du 15 octobre 2025 : le fichier tient les 21 métropoles, toutes")
    assert "sa part est celle des entités du fichier" in note
    assert "pas d'intervalle pour elle" in note
    recs = as_json(_trend(cli, "--data", old, "--data", new, "-f", "json"))
    assert recs[1]["flags"] == ["non_random_sample"] and recs[1]["ci_low"] is None


def test_chart_trend_draws_no_bar_and_marks_the_point(tmp_path):
    old, new = _waves(tmp_path)
    t = bm.wave_trend(bm.read_waves([old, new]), type="epci")
    fig = bm.charts.wave_trend(t)
    ax = fig.axes[0]
    gids = [line.get_gid() for line in ax.lines]
    assert "ci:facebook:2024-10-15" in gids and "ci:facebook:2025-10-15" not in gids
    marks = [(x.get_gid(), x.get_text()) for x in ax.texts]
    assert marks == [("mark:facebook:2025-10-15", "†")]
    caption = fig.get_supxlabel().replace("\n", " ").replace(NNBSP, " ")
    # no wave is a census: the caption says only why the † wave has no bar (s24)
    assert "(pas de barre pour une vague marquée †)" in caption
    assert "exhaustive" not in caption
    assert "† Vague du 15 octobre 2025 : le fichier tient 10 des 989" in caption
    assert "pas d'intervalle pour elle" in caption
    assert "son intervalle suppose" not in caption
    en = bm.charts.wave_trend(t, lang="en").get_supxlabel().replace("\n", " ")
    assert "(none for a wave marked †)" in en and "census" not in en
    # two random draws: no mark, the caption as before
    fig = bm.charts.wave_trend(bm.wave_trend(bm.read_waves([old]), type="epci"))
    cap = fig.get_supxlabel().replace("\n", " ")
    assert not fig.axes[0].texts and "marquée" not in cap
    assert "intervalle de confiance à 95 %" in cap and "pas de barre" not in cap


def test_notes_each_on_their_own_line(cli, tmp_path):
    """Each note is a line of its own (never « …aux deux vagues.« au moins un réseau » »:
    that was stdout and stderr shown one after the other). The notes on the table's cells
    end the table, on stdout (s32: they were on stderr); beside JSON, on stderr."""
    old, new = _waves(tmp_path)
    r = _trend(cli, "--data", old, "--data", new)
    lines = r.stdout.splitlines()
    assert lines[-3].endswith("aux deux vagues.")
    assert [line[:12] for line in lines[-2:]] == ["« au moins u", "† Vague du 1"]
    assert r.stdout.endswith(".\n") and r.stderr == ""
    j = _trend(cli, "--data", old, "--data", new, "--json")
    assert [line[:12] for line in j.stderr.splitlines()] == ["« au moins u", "† Vague du 1"]


# --- 2. the Mouvements sheet marks both shares, as changes does -------------------------------

def test_movements_marks_both_shares(cli, tmp_path):
    new = _picked(tmp_path / "mix40.csv", 21, {"CC": (10, 2), "CA": (10, 5), "CU": (10, 7),
                                               "METRO": (10, 10)})
    old = tmp_path / "mix40_2024.csv"
    old.write_bytes(new.read_bytes().replace(b"15/10/2025", b"15/10/2024"))
    row = next(line for line in cli("changes", "--data", old, "--data", new).stdout.splitlines()
               if line.startswith("Facebook"))
    assert "60 % → 60 %†" in row.replace(NNBSP, " ")
    for lang, fmt, see in (("fr", '0 %"†"', "voir †"), ("en", '0%"†"', "see †")):
        out = tmp_path / f"r-{lang}.xlsx"
        res = cli("report", "--data", old, "--data", new, "--lang", lang, "-o", out)
        assert res.exit_code == 0, res.output
        wb = openpyxl.load_workbook(out)
        ws = wb["Mouvements" if lang == "fr" else "Changes"]
        head = next(r for r in ws.iter_rows() if r[0].value in ("Réseau", "Platform"))
        names = [c.value for c in head]
        fb = next(r for r in ws.iter_rows(min_row=head[0].row + 1) if r[0].value == "Facebook")
        shares = fb[5:7]  # after the platform, joined, left, stayed, not comparable
        assert [c.value for c in shares] == [0.6, 0.6]
        assert [c.number_format for c in shares] == [fmt, fmt], names
        assert see in [c.value for c in fb]


def test_movements_of_random_draws_keep_their_plain_shares(cli, tmp_path):
    old, new = random_draw_waves(tmp_path)
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", old, "--data", new, "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Mouvements"]
    fb = next(r for r in ws.iter_rows() if r[0].value == "Facebook")
    assert [c.number_format for c in fb[5:7]] == ["0 %", "0 %"]
    (rec,) = json.loads(cli("changes", "--data", old, "--data", new, "-f", "json").stdout)
    assert "flags" not in rec
