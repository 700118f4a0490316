"""Barometer waves: reading several readings, adoption per wave, changes, McNemar, movers.

The two waves come from tests/files/make_waves.py: 101 départements, a workbook with a
title row (2024) and a French Excel CSV naming the départements (2025), with joins and
departures fixed by construction (see that script's table).
"""

from __future__ import annotations

import importlib.util
import json

import pytest

import barometre as bm

from barometre.analysis import waves as W
from barometre.analysis.stats import mcnemar_exact
from barometre.domain.errors import InputFileError
from barometre.messages import surface, text

from .conftest import FILES, as_json, down, up
from barometre.render.excel.cells import typeset

_spec = importlib.util.spec_from_file_location("make_waves", FILES / "make_waves.py")
make_waves = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_waves)

REQUIRED = ["platform", "joined", "left", "stayed", "not_comparable", "share_old", "share_new",
            "change", "p_value", "median_growth"]


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    return make_waves.write(tmp_path_factory.mktemp("waves"))


@pytest.fixture(scope="module")
def plan():
    return make_waves.plan()


# --------------------------------------------------------------------------- McNemar

def test_mcnemar_by_hand():
    # b=5, c=1: 2 × (C(6,0) + C(6,1)) / 2^6 = 2 × 7/64
    assert mcnemar_exact(5, 1) == 0.21875
    assert mcnemar_exact(1, 5) == 0.21875
    assert mcnemar_exact(3, 0) == 0.25  # 2 × 1/8
    # b=10, c=2: 2 × (1 + 12 + 66) / 4096
    assert mcnemar_exact(10, 2) == 158 / 4096
    assert mcnemar_exact(4, 4) == 1.0  # capped: the two tails overlap
    assert mcnemar_exact(0, 0) == 1.0
    with pytest.raises(ValueError):
        mcnemar_exact(-1, 2)


# --------------------------------------------------------------------------- changes

def test_changes_json_gives_the_constructed_counts(cli, two):
    recs = as_json(cli("changes", "--data", two[0], "--data", two[1], "--format", "json"))
    assert [r["platform"] for r in recs] == ["facebook", "x", "instagram", "tiktok"]
    assert all(list(r)[:10] == REQUIRED for r in recs)
    got = {r["platform"]: (r["joined"], r["left"], r["stayed"], r["not_comparable"],
                           r["stayed_absent"], r["n_paired"]) for r in recs}
    assert got == {"facebook": (0, 0, 101, 0, 0, 101), "x": (0, 4, 76, 0, 21, 101),
                   "instagram": (3, 0, 60, 1, 37, 100), "tiktok": (5, 1, 9, 2, 84, 99)}
    by = {r["platform"]: r for r in recs}
    # census (every département comparable): exact change, no p-value
    assert by["x"]["census"] is True and by["x"]["p_value"] is None
    assert by["x"]["share_old"] == round(80 / 101, 6) and by["x"]["share_new"] == round(76 / 101, 6)
    assert by["x"]["change"] == round(-4 / 101, 6)
    # every département in both waves, some answers unknown (waves21a): nothing was drawn,
    # no McNemar p (it was 0.21875 and 0.25), the sure range of the change over all 101
    # instead, the unknowns set both ways; shares over the comparable entities
    assert by["tiktok"]["p_value"] is None and by["tiktok"]["census"] is False
    assert (by["tiktok"]["change_low"], by["tiktok"]["change_high"]) == (
        down(4 / 101, 6), up(6 / 101, 6))
    assert by["tiktok"]["share_old"] == round(10 / 99, 6)
    assert by["tiktok"]["share_new"] == round(14 / 99, 6)
    assert by["instagram"]["p_value"] is None
    assert (by["instagram"]["change_low"], by["instagram"]["change_high"]) == (
        down(2 / 101, 6), up(3 / 101, 6))
    assert by["instagram"]["change"] == 0.03
    # followers: +10 % everywhere but one +50 % and one −20 %, on the 99 rows with a count
    # (68 and 2B leave their council's count to 67 and 2A: make_waves.TWINS)
    assert by["facebook"]["median_growth"] == 0.1 and by["facebook"]["n_growth"] == 99
    assert by["x"]["median_growth"] is None and by["x"]["n_growth"] == 0
    assert (by["x"]["wave_old"], by["x"]["wave_new"]) == ("2024-10-15", "2025-10-15")


def test_changes_csv_header_and_platform_filter(cli, two):
    res = cli("changes", "--data", two[0], "--data", two[1], "-p", "tiktok", "--format", "csv")
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    # then the marks of growths on abbreviated counts ("1,2 M"): files always say them
    assert lines[0] == ",".join(W.CHANGES_COLUMNS + ["n_growth_rounded", "median_growth_rounded",
                                                     "median_gain_rounded",
                                                     "source", "fictitious"])  # prov20
    assert lines[1].startswith("tiktok,5,1,9,2,") and len(lines) == 2
    assert lines[1].endswith(",0,False,False,\"vague-2024.xlsx, vague-2025.csv\",True")  # no count abbreviated; the waves are marked fictitious


def test_changes_table_french_and_english(cli, two):
    fr = cli("changes", "--data", two[0], "--data", two[1]).stdout
    assert "Départements : du 15 octobre 2024 au 15 octobre 2025 (2 fichiers)" in fr
    row = next(line for line in fr.splitlines() if line.startswith("TikTok"))
    # every département in both waves: the sure range of the change, not McNemar's 0,219
    assert row.split()[1:5] == ["5", "1", "9", "2"] and "+3,9 à +6,0 pts" in row
    assert "0,219" not in row and "+4,0 pts" in row
    x_row = next(line for line in fr.splitlines() if line.startswith("X (ex-Twitter)"))
    assert "exhaustif" in x_row and "−4,0 pts" in x_row
    en = cli("changes", "--data", two[0], "--data", two[1], "--lang", "en").stdout
    assert "from 15 October 2024 to 15 October 2025" in en and "census" in en


def test_movers_top_and_bottom(two, plan):
    w = W.read_waves(list(two))
    m = W.movers(w, platforms="facebook")
    # the 99 with a count in both waves: 68 and 2B leave their council's to 67 and 2A
    assert len(m) == len(plan["followers"][0]) == 99 and not {"68", "2B"} & set(m["code"])
    assert (m.iloc[0]["code"], m.iloc[0]["growth"], m.iloc[0]["rank"]) == (plan["top"], 0.5, 1)
    assert (m.iloc[-1]["code"], m.iloc[-1]["growth"], m.iloc[-1]["rank"]) == (plan["bottom"], -0.2, 99)
    assert set(m["rank"].iloc[1:-1]) == {2}  # every other département: exactly +10 %, tied
    top = m.iloc[0]
    pop = top["population"]
    assert top["gain_per_1000"] == pytest.approx((top["followers_new"] - top["followers_old"])
                                                 / pop * 1000)
    table = W.changes(w)
    fb = table.set_index("platform").loc["facebook"]
    gains = m["gain_per_1000"].astype(float)
    assert fb["median_gain_per_1000"] == pytest.approx(gains.median())


def test_list_names_the_entities_behind_each_count(cli, two, plan):
    recs = as_json(cli("changes", "--data", two[0], "--data", two[1], "--list", "-p", "tiktok",
                       "-p", "instagram", "--format", "json"))
    tik = [r for r in recs if r["platform"] == "tiktok"]
    assert len(tik) == 101
    old, new = plan["answers"]["tiktok"]
    joined = sorted(r["code"] for r in tik if r["status"] == "joined")
    assert joined == sorted(c for c in old if old[c] == "Non" and new[c] == "Oui")
    assert len(joined) == 5
    left = [r["code"] for r in tik if r["status"] == "left"]
    assert left == [c for c in old if old[c] == "Oui" and new[c] == "Non"]
    unknown = sorted((r["code"], r["reason"]) for r in tik if r["status"] == "not_comparable")
    assert unknown == sorted((c, "unknown_new") for c in new if new[c] == "")
    insta = [r for r in recs if r["platform"] == "instagram" and r["status"] == "not_comparable"]
    assert [r["reason"] for r in insta] == ["unknown_old"]
    table = cli("changes", "--data", two[0], "--data", two[1], "--list", "-p", "tiktok").stdout
    assert "  Arrivées (5) : " in table and "  Départs (1) : " in table
    assert "réponse inconnue à la vague du 15 octobre 2025" in table


# --------------------------------------------------------------------------- trend --data

def test_trend_data_shows_both_waves_oldest_first(cli, two):
    recs = as_json(cli("trend", "--type", "departement", "--data", two[1], "--data", two[0],
                       "-p", "tiktok", "-p", "instagram", "--format", "json"))
    assert [(r["platform"], r["wave"]) for r in recs] == [
        ("instagram", "2024-10-15"), ("instagram", "2025-10-15"),
        ("tiktok", "2024-10-15"), ("tiktok", "2025-10-15")]
    ig24, ig25, tk24, tk25 = recs
    assert (ig24["n_present"], ig24["n_base"], ig24["n_unknown"], ig24["census"]) == (60, 100, 1, False)
    assert ig24["ci_low"] is not None and ig24["ci_low"] < 0.6 < ig24["ci_high"]
    assert (ig25["n_present"], ig25["n_base"], ig25["census"]) == (63, 101, True)
    # a census has no sampling error, so no interval (as adoption()): null in JSON (was
    # the share twice, a zero-width interval)
    assert ig25["share"] == round(63 / 101, 6)
    assert ig25["ci_low"] is None and ig25["ci_high"] is None
    assert (tk25["n_present"], tk25["n_base"], tk25["n_unknown"]) == (14, 99, 2)
    assert (tk24["year"], tk25["year"]) == (2024, 2025)
    assert tk24["source"] == "vague-2024.xlsx" and tk25["source"] == "vague-2025.csv"
    table = cli("trend", "--type", "departement", "--data", two[0], "--data", two[1],
                "-p", "tiktok").stdout
    assert "15 octobre 2024" in table and "15 octobre 2025" in table and "exhaustif" in table
    csv_ = cli("trend", "--type", "departement", "--data", two[0], "--data", two[1],
               "-p", "x", "--format", "csv").stdout.splitlines()
    # ci_kind: a 95 % interval or a sure range (ci25)
    assert csv_[0] == ",".join(W.TREND_COLUMNS + ["ci_kind", "fictitious"]) and len(csv_) == 3


def test_published_trend_still_needs_one_platform(cli):
    res = cli("trend", "--type", "region")
    assert res.exit_code == 2
    assert res.stderr == "barometre : " + text("trend-one-platform") + "\n"
    res = cli("trend", "--type", "region", "-p", "facebook", "-p", "x")
    assert res.exit_code == 2
    assert len(as_json(cli("trend", "--type", "region", "-p", "facebook", "--format", "json"))) >= 5


def test_trend_data_refuses_a_source(cli, two):
    res = cli("trend", "--type", "departement", "--data", two[0], "--source", "ideose")
    assert res.exit_code == 2
    assert res.stderr == "barometre : " + text("waves-no-source") + "\n"


@pytest.mark.parametrize("args", [
    ("compare", "--type", "departement"),
    ("report", "-o", "{out}.xlsx"),
    ("chart", "adoption", "--type", "departement", "-o", "{out}.png"),
    ("chart", "trend", "--type", "departement", "-o", "{out}.png"),
])
def test_source_options_are_refused_with_data(cli, tmp_path, args):
    """compare, report and chart ignored --source (even an unknown id) and --all-sources
    with --data, and printed the survey's figures (review14b): refused as trend refuses."""
    args = [a.replace("{out}", str(tmp_path / "out")) for a in args]
    demo = bm.demo_file("enquete")
    res = cli(*args, "--data", demo, "--source", "nimporte")
    assert res.exit_code == 2
    assert res.stderr == "barometre : " + text("waves-no-source") + "\n"
    res = cli(*args, "--data", demo, "--all-sources", "--lang", "en")
    assert res.exit_code == 2
    assert res.stderr == "barometre: " + text("cli-all-sources-no-data", "en") + "\n"
    assert not list(tmp_path.iterdir())  # nothing written


# --------------------------------------------------------------------------- reading waves

def _write(path, lines, encoding="utf-8"):
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_long_file_with_two_dates_is_two_waves(tmp_path):
    p = _write(tmp_path / "releves.csv", [
        "Code;Plateforme;Présent;Abonnés;Date du relevé",
        "01;Facebook;Oui;1 000;15/10/2024", "02;Facebook;Non;;16/10/2024",
        "03;Facebook;Oui;500;28/11/2024",  # 43 days later: same wave
        "04;Facebook;Oui;;15/10/2024",  # not read in 2025: not comparable
        "01;Facebook;Oui;1 100;14/10/2025", "02;Facebook;Oui;80;14/10/2025",
        "03;Facebook;Non;;15/10/2025"])
    w = W.read_waves(p)
    assert w.attrs["waves"] == ["2024-10-15", "2025-10-14"]  # the most frequent date of each
    c = W.changes(w).iloc[0]
    assert (c["joined"], c["left"], c["stayed"], c["not_comparable"]) == (1, 1, 1, 1)
    t = W.transitions(w)
    assert t.loc[t["code"] == "04", "reason"].tolist() == ["missing_new"]
    assert c["p_value"] == 1.0 and not c["census"]
    assert c["median_growth"] == pytest.approx(0.1)


def test_year_only_waves_and_undated_rows(tmp_path):
    p = _write(tmp_path / "annees.csv", ["Code;Plateforme;Présent;Année",
                                          "01;X;Oui;2024", "02;X;Oui;2024",
                                          "01;X;Non;2025", "02;X;Oui;2025"])
    w = W.read_waves(p)
    assert w.attrs["waves"] == ["2024", "2025"] and w["wave"].isna().all()
    assert W.changes(w).iloc[0]["left"] == 1
    mixed = _write(tmp_path / "melange.csv", ["Code;Plateforme;Présent;Date",
                                               "01;X;Oui;15/10/2024", "01;X;Non;15/10/2025",
                                               "02;X;Oui;"])
    # the reader gives the undated row the file's most frequent date (a tie: the earliest),
    # an arbitrary choice in a file of two waves: refused, with the reader's warning as detail
    with pytest.raises(InputFileError) as exc:
        W.read_waves(mixed)
    assert exc.value.code == "wave-undated-rows"
    assert "(15 octobre 2024, 15 octobre 2025)" in str(exc.value)  # as French writes a date
    assert "(15 October 2024, 15 October 2025)" in exc.value.render("en")
    fr, en = exc.value.render_details("fr"), exc.value.render_details("en")
    assert len(fr) == 1 and "ligne 4" in fr[0]
    assert en[0].startswith("1 reading has no date") and "(line 4)" in en[0]


def test_errors_are_one_coded_line(cli, two, tmp_path):
    undated = _write(tmp_path / "sans-date.csv", ["Code département;Facebook", "01;Oui"])
    res = cli("changes", "--data", undated, "--data", two[1])
    assert res.exit_code == 1
    assert res.stderr == "barometre : " + text("wave-no-date", file="sans-date.csv") + "\n"
    res = cli("changes", "--data", two[0])
    assert res.exit_code == 1
    with surface("cli"):  # the command line names --data (a library call: read_waves)
        assert res.stderr == "barometre : " + text("waves-need-two", wave="2024-10-15") + "\n"
    res = cli("changes", "--data", two[0], "--data", two[0])  # a wrong call, said so
    assert res.exit_code == 2 and res.stderr.endswith(" : le même fichier donné deux fois\n")
    regions = _write(tmp_path / "regions.csv", ["Région;Facebook;Date", "Bretagne;Oui;01/09/2025"])
    res = cli("changes", "--data", two[0], "--data", regions)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert "vague-2024.xlsx : départements, regions.csv : régions" in res.stderr
    res = cli("changes", "--data", two[0], "--data", two[1], "--old", "2019")
    assert res.exit_code == 2
    # each wave as the prose says it and as it is typed (W37: « 2024-10-15 » alone)
    assert res.stderr == ("barometre : vague « 2019 » introuvable ; vagues disponibles : "
                          "15 octobre 2024 (--old 2024-10-15), 15 octobre 2025 "
                          "(--old 2025-10-15)\n")
    res = cli("changes", "--data", two[0], "--data", two[1], "--old", "2025", "--new", "2024")
    assert res.exit_code == 2
    with surface("cli"):  # --old, --new (a library call: old=, new=)
        said = text("wave-order", old="2025-10-15", new="2024-10-15")
    assert res.stderr == "barometre : " + said + "\n"


def test_inputs_untouched_and_output_deterministic(cli, two):
    before = [p.read_bytes() for p in two]
    a = cli("changes", "--data", two[0], "--data", two[1], "--format", "json").stdout
    b = cli("changes", "--data", two[0], "--data", two[1], "--format", "json").stdout
    assert a == b and json.loads(a)
    assert [p.read_bytes() for p in two] == before


def test_generator_is_reproducible(tmp_path, two):
    again = make_waves.write(tmp_path)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in two]


# --------------------------------------------------------------------------- charts

def _by_gid(fig):
    return {a.get_gid(): a for a in fig.axes[0].lines if a.get_gid()}


def test_dumbbell_draws_the_paired_shares(two):
    from barometre.render import charts as wave_charts

    c = W.changes(W.read_waves(list(two)))
    lines = _by_gid(wave_charts.changes(c))
    assert list(lines["old:tiktok"].get_xdata()) == pytest.approx([10 / 99])
    assert list(lines["new:tiktok"].get_xdata()) == pytest.approx([14 / 99])
    assert list(lines["new:x"].get_xdata()) == pytest.approx([76 / 101])
    notes = {t.get_gid(): t.get_text() for t in wave_charts.changes(c).axes[0].texts}
    # every département in both waves: the change's sure range, not p = 0,219 (waves21a)
    assert notes["note:tiktok"] == "+4,0 pts (sûr : +3,9 à +6,0 pts)"
    assert notes["note:x"] == "−4,0 pts (exhaustif)"


def test_trend_chart_two_points_per_platform_on_a_date_axis(two):
    import matplotlib.dates as mdates

    from barometre.render import charts as wave_charts

    t = W.wave_trend(W.read_waves(list(two)), platforms=["x", "tiktok"])
    lines = _by_gid(wave_charts.wave_trend(t))
    xs = [mdates.num2date(x).date().isoformat() for x in mdates.date2num(lines["line:x"].get_xdata())]
    assert xs == ["2024-10-15", "2025-10-15"]
    assert list(lines["line:tiktok"].get_ydata()) == pytest.approx([10 / 101, 14 / 99])
    # an interval bar only for the sample wave (2 unknown answers in 2025), not the census
    assert "ci:tiktok:2025-10-15" in lines and "ci:tiktok:2024-10-15" not in lines


def test_tie_between_dates_takes_the_earliest_as_the_reader():
    # 15/10 and 16/10 twice each, 17/10 once: one wave, dated 15 October
    w = W.read_waves(FILES / "departements-cp1252.csv")
    assert w.attrs["waves"] == ["2025-10-15"]


def test_blank_option_turns_unknown_answers_into_absences(cli, two):
    recs = as_json(cli("changes", "--data", two[0], "--data", two[1], "-p", "tiktok",
                       "--blank", "absent", "--format", "json"))
    assert (recs[0]["not_comparable"], recs[0]["stayed_absent"], recs[0]["n_paired"]) == (0, 86, 101)
    assert recs[0]["census"] is True and recs[0]["p_value"] is None


# --------------------------------------------------------------------------- report

def test_report_from_two_waves_has_evolution_and_movements_matching_changes(cli, two, tmp_path):
    import openpyxl

    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--data", two[0], "--data", two[1], "-o", out)
    assert res.exit_code == 0, res.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:4] == ["Synthèse", "Adoption", "Évolution", "Mouvements"]
    recs = {r["platform"]: r for r in as_json(cli("changes", "--data", two[0], "--data", two[1],
                                                  "--format", "json"))}
    rows = list(wb["Mouvements"].iter_rows(min_row=4, max_row=7, values_only=True))
    labels = {"Facebook": "facebook", "X (ex-Twitter)": "x", "Instagram": "instagram",
              "TikTok": "tiktok"}
    for row in rows:
        r = recs[labels[row[0]]]
        assert row[1:5] == (r["joined"], r["left"], r["stayed"], r["not_comparable"])
        assert round(row[5], 6) == r["share_old"] and round(row[6], 6) == r["share_new"]
    # the p column: the word for a census; every département in both waves with some
    # answers unknown, the sure range of the change as changes says it (waves21a: was
    # McNemar's 0.25 and 0.21875; a p of a sample stays a number, test_waves21a)
    assert [row[8] for row in rows] == ["exhaustif", "exhaustif", "+1,9 à +3,0 pts",
                                        "+3,9 à +6,0 pts"]
    # the change in points, as changes says it ("−4,0 pts"; the cell showed "-4 %")
    change = {r[0].value: r[7] for r in wb["Mouvements"].iter_rows(min_row=4, max_row=7)}
    assert [round(change[k].value, 4) for k in labels] == [
        round(recs[labels[k]]["change"] * 100, 4) for k in labels]
    shown = cli("changes", "--data", two[0], "--data", two[1]).stdout
    assert [f"{'+' if c.value > 0 else '−' if c.value < 0 else ''}{abs(c.value):.1f} pts"
            .replace(".", ",") for c in change.values()] == \
        ["0,0 pts", "−4,0 pts", "+3,0 pts", "+4,0 pts"]
    assert all(f"  {t}  " in shown for t in ["0,0 pts", "−4,0 pts", "+3,0 pts", "+4,0 pts"])
    assert {c.number_format for c in change.values()} == {
        '"+"0.0" pts";"−"0.0" pts";0.0" pts"'}
    # who joined and left: one row per entity behind the counts
    who = [r for r in wb["Mouvements"].iter_rows(values_only=True) if r[3] in ("Arrivées", "Départs")]
    assert len(who) == 3 + 4 + 5 + 1
    # Évolution: one row per wave date, the shares of each wave
    ev = list(wb["Évolution"].iter_rows(min_row=2, max_row=3, values_only=True))
    assert [r[0].date().isoformat() for r in ev] == ["2024-10-15", "2025-10-15"]
    head = next(wb["Évolution"].iter_rows(min_row=1, max_row=1, values_only=True))
    x = head.index("Départements — X (ex-Twitter)")
    assert (ev[0][x], ev[1][x]) == (80 / 101, 76 / 101)


def test_chart_cli_trend_on_the_demo_and_changes(cli, two, tmp_path):
    demo = FILES.parents[1] / "data" / "demo" / "releves-departements-donnees-fictives.csv"
    res = cli("chart", "trend", "--data", demo, "-p", "x", "-p", "tiktok", "-o", tmp_path / "t.svg")
    assert res.exit_code == 0, res.stderr
    svg = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "15 octobre 2024" in svg and "15 octobre 2025" in svg  # the waves on the date axis
    assert "Données fictives" in svg  # the demo file's marker, read by the survey reader
    res = cli("chart", "changes", "--data", two[0], "--data", two[1], "-o", tmp_path / "c.png")
    assert res.exit_code == 0 and (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    res = cli("chart", "ranking", "--data", two[0], "--data", two[1], "-p", "facebook",
              "-o", tmp_path / "r.png")
    assert res.exit_code == 2
    assert res.stderr == "barometre : " + text("waves-chart-one-file", kind="ranking") + "\n"
    res = cli("chart", "changes", "--type", "region", "-o", tmp_path / "x.png")
    assert res.exit_code == 2


def test_waves_a_few_days_apart_have_readable_dates(tmp_path):
    """Two waves 18 days apart: their dates on the axis would overlap ("15 octobre 2025"
    over "2 novembre 2025"); every other one goes one line lower and each stays readable."""
    from barometre.render import charts

    paths = []
    for name, date in (("a", "15/10/2024"), ("b", "15/10/2025"), ("c", "02/11/2025")):
        p = tmp_path / f"{name}.csv"
        p.write_text(f"code;plateforme;present;date\n44109;facebook;Oui;{date}\n"
                     f"35238;facebook;Non;{date}\n", encoding="utf-8")
        paths.append(p)
    fig = charts.wave_trend(W.wave_trend(W.read_waves(paths, type="commune")))
    ticks = fig.axes[0].xaxis.get_major_ticks()
    assert [t.label1.get_text() for t in ticks] == ["15 octobre 2024", "15 octobre 2025",
                                                    "2 novembre 2025"]
    assert ticks[1].get_pad() > ticks[0].get_pad() == ticks[2].get_pad()  # the middle one lower
    assert charts.text_overlaps(fig) == []


def test_two_files_of_one_name_are_two_files(cli, tmp_path, monkeypatch):
    # v1/enquete.csv and v2/enquete.csv: each wave's file is named by its path as typed,
    # wherever a file is named or counted (the title said "(1 fichier)")
    import openpyxl

    monkeypatch.chdir(tmp_path)
    (tmp_path / "v1").mkdir(), (tmp_path / "v2").mkdir()
    head = "Code;Plateforme;Présent;Abonnés;Date du relevé"
    _write(tmp_path / "v1" / "enquete.csv", [head, "01;Facebook;Oui;1 000;15/10/2024",
                                            "02;Facebook;Non;;15/10/2024"])
    _write(tmp_path / "v2" / "enquete.csv", [head, "01;Facebook;Oui;1 100;15/10/2025",
                                            "02;Facebook;Oui;50;15/10/2025"])
    files = ["v1/enquete.csv", "v2/enquete.csv"]
    w = W.read_waves(files)
    assert sorted(set(w["file"])) == files and w.attrs["files"] == files
    assert w.attrs["wave_files"] == {"2024-10-15": ["v1/enquete.csv"],
                                     "2025-10-15": ["v2/enquete.csv"]}
    assert W.wave_file_names(["a/x.csv", "b/y.csv", "a/x.csv"]) == ["x.csv", "y.csv", "x.csv"]
    args = [a for f in files for a in ("--data", f)]
    shown = cli("changes", *args).stdout
    assert "(2 fichiers)" in shown.splitlines()[0]
    assert "(2 files)" in cli("changes", *args, "--lang", "en").stdout.splitlines()[0]
    trend = cli("trend", "--type", "departement", *args).stdout
    assert [line.split()[-1] for line in trend.splitlines()[3:5]] == files
    recs = as_json(cli("trend", "--type", "departement", *args, "--format", "json"))
    assert [r["source"] for r in recs if r["platform"] == "facebook"] == files
    assert "v1/enquete.csv" in cli("trend", "--type", "departement", *args, "--format", "csv").stdout
    # the same wave in both: the error names both files, not "enquete.csv et enquete.csv"
    _write(tmp_path / "v2" / "enquete.csv", [head, "01;Facebook;Oui;1 100;15/10/2024"])
    res = cli("changes", *args)
    assert res.exit_code == 1
    assert res.stderr.startswith("barometre : v1/enquete.csv et v2/enquete.csv contiennent")
    # two types in two files of one name: both said, not one hidden behind the other
    _write(tmp_path / "v2" / "enquete.csv", ["Région;Facebook;Date", "Bretagne;Oui;01/09/2025"])
    res = cli("changes", *args)
    assert res.exit_code == 2
    assert "v1/enquete.csv : départements, v2/enquete.csv : régions" in res.stderr
    # the report: the Mouvements title and the Sources sheet name both files
    _write(tmp_path / "v2" / "enquete.csv", [head, "01;Facebook;Oui;1 100;15/10/2025",
                                            "02;Facebook;Oui;50;15/10/2025"])
    # (--type as trend's above: codes 01, 02 without names read as régions too)
    res = cli("report", "--type", "departement", *args, "-o", "r.xlsx")
    assert res.exit_code == 0, res.stderr
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert "(2 fichiers)" in wb["Mouvements"]["A1"].value
    cells = {r[0]: r[1] for r in wb["Sources et méthode"].iter_rows(values_only=True) if r[0]}
    # each with the years of its readings (rep25)
    assert cells["Fichiers"] == "v1/enquete.csv (2024), v2/enquete.csv (2025)"


def test_report_on_one_long_file_of_two_waves_has_the_movements_of_changes(cli, tmp_path):
    """The demo long file holds two yearly readings: `changes` compared them, the report
    read the file with read_survey (no waves) and had an Évolution sheet but no Mouvements.
    It now has the Mouvements of `changes` on that file; a file whose undated rows would
    fall in an arbitrary wave (which changes refuses) gets none, and the report says why."""
    import openpyxl

    demo = FILES.parents[1] / "data" / "demo" / "releves-departements-donnees-fictives.csv"
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", demo, "-o", out)
    assert res.exit_code == 0, res.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:4] == ["Synthèse", "Adoption", "Évolution", "Mouvements"]
    ws = wb["Mouvements"]
    assert ws["A1"].value == "Départements\u00a0: du 15 octobre 2024 au 15 octobre 2025 (1 fichier)"
    recs = as_json(cli("changes", "--data", demo, "--format", "json"))
    rows = [r for r in ws.iter_rows(min_row=4, max_row=3 + len(recs), values_only=True)]
    assert [(r[1], r[2], r[3], r[4], round(r[5], 6), round(r[6], 6), round(r[7] / 100, 6),
             round(r[9], 6), r[10], round(r[11], 4), r[12]) for r in rows] == [
        (c["joined"], c["left"], c["stayed"], c["not_comparable"], c["share_old"], c["share_new"],
         c["change"], c["median_growth"], c["n_growth"], c["median_gain_per_1000"], c["n_gain"])
        for c in recs]
    # undated rows in a file of two waves: changes refuses; the report says why, no guess
    mixed = _write(tmp_path / "melange.csv", ["Code;Plateforme;Présent;Date",
                                               "01;X;Oui;15/10/2024", "01;X;Non;15/10/2025",
                                               "02;X;Oui;15/10/2024", "02;X;Oui;15/10/2025",
                                               "03;X;Oui;"])
    assert cli("changes", "--data", mixed).exit_code == 1
    res = cli("report", "--data", mixed, "-o", tmp_path / "m.xlsx", "--type", "departement")
    assert res.exit_code == 0, res.stderr
    said = text("report-movements-refused", reason=text(
        "wave-undated-rows", file="melange.csv", waves="15 octobre 2024, 15 octobre 2025"))
    assert said in res.stderr.splitlines()
    wb = openpyxl.load_workbook(tmp_path / "m.xlsx")
    assert "Mouvements" not in wb.sheetnames
    assert typeset(said, "fr") in [c.value for r in wb["Évolution"].iter_rows() for c in r]
    en = cli("report", "--data", mixed, "-o", tmp_path / "e.xlsx", "--type", "departement",
             "--lang", "en").stderr
    assert "No Changes sheet, the file holding several waves: melange.csv: " in en


def test_the_changes_title_counts_the_files_of_the_two_waves_compared(cli, tmp_path):
    head = "Code;Plateforme;Présent;Date du relevé"
    args = []
    for y in (2023, 2024, 2025):
        args += ["--data", _write(tmp_path / f"{y}.csv", [head, f"01;X;Oui;15/10/{y}",
                                                         f"02;X;{'Oui' if y > 2023 else 'Non'};15/10/{y}"])]
    out = cli("changes", *args, "--old", "2024", "--type", "departement").stdout
    # three files read, two waves compared: said so (waves21a), not « 3 fichiers » as if the
    # 2023 file's readings were compared, nor « 2 fichiers » as if only two were read
    assert out.splitlines()[0].endswith("(3 fichiers lus, 2 vagues comparées)")
    assert cli("changes", *args, "--type", "departement").stdout.splitlines()[0].endswith(
        "(3 fichiers lus, 2 vagues comparées)")
    two_files = args[2:]  # the 2024 and 2025 files alone
    assert cli("changes", *two_files, "--type", "departement").stdout.splitlines()[0].endswith(
        "(2 fichiers)")


def _movements_without_filter(monkeypatch, df):
    monkeypatch.setattr(W, "_end_waves_only", lambda s, **_: s)
    got = W.movements(df)
    monkeypatch.undo()
    return got


@pytest.mark.parametrize("dates", [
    ["15/10/2023", "15/10/2024", "15/10/2025"],  # three yearly waves
    ["01/01/2024", "20/02/2024", "15/10/2024", "15/03/2025", "20/04/2025"],  # runs of dates
    ["15/10/2023", "15/03/2025", "15/11/2025", "15/12/2025"],  # the last two years share 2025
    ["15/10/2023", "14/12/2023", "15/10/2024", "13/12/2024", "14/02/2025"],  # 60-day gaps
])
@pytest.mark.parametrize("undated", ["", "with year", "no year"])
def test_movements_of_one_file_read_only_its_end_waves_and_give_the_same(
        tmp_path, monkeypatch, dates, undated):
    """A report's movements on one long file read only the readings of its oldest and newest
    waves (a commune file of ten yearly readings: a fifth of them): the same transitions,
    changes and movers, and the same errors, as when every wave is read."""
    import barometre as bm

    lines = ["Code;Plateforme;Présent;Abonnés;Date;Année"]
    for k, d in enumerate(dates):
        for e in range(1, 9):
            present = "Oui" if (e + k) % 3 else "Non"
            lines.append(f"{e:02d};Facebook;{present};{100 * e + 7 * k if present == 'Oui' else ''};"
                         f"{d};")
    if undated == "with year":  # placed by its year: the first wave of that year
        lines.append("09;Facebook;Oui;50;;" + dates[-2][-4:])
    elif undated == "no year":
        lines.append("09;Facebook;Oui;50;;")
    path = _write(tmp_path / "releves.csv", lines)
    df = bm.read_survey(path, type="departement", errors="skip")
    try:
        want = _movements_without_filter(monkeypatch, df)
    except Exception as exc:  # noqa: BLE001 - the same error either way
        with pytest.raises(type(exc)) as again:
            W.movements(df)
        assert str(again.value) == str(exc)
        return
    got = W.movements(df)
    assert (got is None) == (want is None)
    if got is None:
        return
    for key in ("transitions", "changes", "movers"):
        pd_testing().assert_frame_equal(got[key], want[key])
        assert got[key].attrs == want[key].attrs


def pd_testing():
    import pandas as pd

    return pd.testing


def test_the_report_lists_the_first_movers_of_each_platform_and_says_how_to_get_all(
        cli, tmp_path, monkeypatch):
    """A list of the Mouvements sheet shows at most LISTED_PER_PLATFORM rows of each
    platform (130,000 movers of a commune file took 40 s cell by cell and no one reads
    them); a note says how many are not listed and the changes command that lists them."""
    import openpyxl

    from barometre.render.excel import movements as M

    monkeypatch.setattr(M, "LISTED_PER_PLATFORM", 2)
    demo = FILES.parents[1] / "data" / "demo" / "releves-departements-donnees-fictives.csv"
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", demo, "-o", out).exit_code == 0
    rows = list(openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True))
    notes = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("Les 2 premières")]
    assert len(notes) == 2
    listed = as_json(cli("changes", "--data", demo, "--list", "--format", "json"))
    moved = [t for t in listed if t["status"] in ("joined", "left", "not_comparable")]
    ranked = [t for t in listed if t["growth"] is not None]
    for note, every in zip(notes, (moved, ranked)):
        platforms = {t["platform"] for t in every}
        shown = sum(min(2, sum(t["platform"] == p for t in every)) for p in platforms)
        left = len(every) - shown
        assert f"; {left} autres lignes non listées ici" in note.replace("\u202f", "")
        command = note[note.index("«\u00a0") + 2:note.index("\u00a0»")]  # s33's spaces
        assert command == (f"barometre changes --data {demo} --type departement --list "
                           "--format csv")
    who = rows.index(next(r for r in rows if r[0] == "Arrivées, départs et entités non comparables"))
    table = []
    for r in rows[who + 2:]:
        if r[0] is None or str(r[0]).startswith("Les 2"):
            break
        table.append(r)
    assert max(sum(r[0] == p for r in table) for p in {r[0] for r in table}) == 2


def _long_file(path, dates, extra=(), codes=range(1, 9)):
    lines = ["Code;Plateforme;Présent;Abonnés;Date;Année"]
    for k, d in enumerate(dates):
        for e in codes:
            present = "Oui" if (e + k) % 3 else "Non"
            lines.append(f"{e:02d};Facebook;{present};{100 * e + 7 * k if present == 'Oui' else ''};"
                         f"{d};")
    return _write(path, lines + list(extra))


_CHANGES_CASES = {
    # one long file of four yearly waves
    "one file": [["15/10/2022", "15/10/2023", "15/10/2024", "15/10/2025"]],
    # undated readings placed by their year in a wave between (2023) and in a wave of their own
    "years": [["15/10/2022", "15/10/2023", "15/10/2024", "15/10/2025"],
              ["09;Facebook;Oui;50;;2023", "10;Facebook;Non;;;2021"]],
    # a reading without date or year: an arbitrary wave (wave-undated-rows, every wave said)
    "undated": [["15/10/2022", "15/10/2023", "15/10/2024"], ["09;Facebook;Oui;50;;"]],
    # two files: the second holds 2023 again for other entities, and 2026
    "two files": [["15/10/2022", "15/10/2023", "15/10/2024"], [], ["15/10/2023", "15/10/2026"],
                  range(11, 15)],
    # two files giving 2023 for the same entities: wave-overlap, whichever waves are compared
    "overlap": [["15/10/2022", "15/10/2023", "15/10/2024"], [], ["15/10/2023", "15/10/2025"],
                range(5, 12)],
}


@pytest.mark.parametrize("case", list(_CHANGES_CASES))
@pytest.mark.parametrize("pick", [[], ["--old", "2023"], ["--old", "2022", "--new", "2024"],
                                  ["--new", "2023"], ["--old", "2024", "--new", "2022"],
                                  ["--old", "1999"], ["--old", "202"], ["--new", "2021"]])
def test_changes_reads_only_the_two_waves_compared_and_says_the_same(
        cli, tmp_path, monkeypatch, case, pick):
    """``changes`` keeps only the readings of the two waves it compares (read_waves
    ``compare``): the waves between skip the costly steps (a commune file of ten yearly
    readings: 10 s and 2 GiB with every wave). The same table, CSV, JSON, --list and errors
    (wave-undated-rows listing every wave, wave-overlap in a wave not compared, wave-order,
    an unknown wave, the count of waves and of files) as when every wave is read."""
    spec = _CHANGES_CASES[case]
    paths = [_long_file(tmp_path / "a.csv", *spec[:2])]
    if len(spec) > 2:
        paths.append(_long_file(tmp_path / "b.csv", spec[2], codes=spec[3]))
    args = [x for p in paths for x in ("--data", p)] + ["--type", "departement", *pick]

    def said():
        return [(r.exit_code, r.stdout, r.stderr) for r in
                (cli("changes", *args, *extra) for extra in
                 ([], ["--format", "csv"], ["--format", "json"], ["--list", "--format", "json"],
                  ["--list", "--lang", "en"]))]

    seen, placed = [], []
    latest, assign = W._latest_per_wave, W.assign_waves
    monkeypatch.setattr(W, "_latest_per_wave",
                        lambda df: seen.append(set(df["wave_label"])) or latest(df))
    monkeypatch.setattr(W, "assign_waves", lambda df, file="": placed.append(
        set(assign(df, file)["wave_label"])) or assign(df, file))
    got = said()
    read, assigned = set().union(*seen), set().union(*placed)
    every = W.read_waves
    monkeypatch.setattr(W, "read_waves", lambda *a, compare=None, **k: every(*a, **k))
    want = said()
    assert got == want
    if got[0][0] == 0:  # compared: only those two, and the 2023 that both files hold
        held = {"2023-10-15"} if len(paths) > 1 else set()
        waves = json.loads(got[2][1])[0]
        assert read == {waves["wave_old"], waves["wave_new"]} | held
        # the oldest and the newest of one file with dates only: the others not even placed
        ends = case == "one file" and not pick
        assert (assigned == read) == ends


def test_read_waves_compare_keeps_two_waves_and_lists_every_one(tmp_path):
    """``read_waves(compare=(old, new))``: the readings of those two waves, the attrs of
    every wave; by default every reading."""
    path = _long_file(tmp_path / "r.csv", ["15/10/2022", "15/10/2023", "15/10/2024"])
    full = W.read_waves(path, type="departement")
    two = W.read_waves(path, type="departement", compare=(None, None))
    assert sorted(set(full["wave_label"])) == ["2022-10-15", "2023-10-15", "2024-10-15"]
    assert sorted(set(two["wave_label"])) == ["2022-10-15", "2024-10-15"]
    assert two.attrs == full.attrs
    some = W.read_waves(path, type="departement", compare=("2023", None))
    assert sorted(set(some["wave_label"])) == ["2023-10-15", "2024-10-15"]
    assert W.read_waves(path, type="departement", compare=("2024", "2022")).equals(full)


def test_chart_captions_say_survey_in_the_singular_for_one_file(two):
    """One long file holding both waves is one survey: "enquête releves….csv", not
    "enquêtes"; two files are two surveys, in both languages and both charts."""
    from barometre.render import charts as wave_charts

    def caption(fig):
        return fig._supxlabel.get_text().replace("\n", " ")

    demo = FILES.parent.parent / "data" / "demo" / "releves-departements-donnees-fictives.csv"
    one, both = W.read_waves(demo), W.read_waves(list(two))
    names = ", ".join(p.name for p in two)
    assert caption(wave_charts.changes(W.changes(one))).startswith(
        f"Source : enquête {demo.name} — parts")
    assert caption(wave_charts.changes(W.changes(both))).startswith(f"Source : enquêtes {names} — ")
    assert caption(wave_charts.changes(W.changes(one), lang="en")).startswith(
        f"Source: survey {demo.name} — ")
    assert caption(wave_charts.changes(W.changes(both), lang="en")).startswith(
        f"Source: surveys {names} — ")
    assert caption(wave_charts.wave_trend(W.wave_trend(one))).startswith(
        f"Source : enquête {demo.name} — barres")
    assert caption(wave_charts.wave_trend(W.wave_trend(both))).startswith(
        f"Source : enquêtes {names} — barres")


@pytest.mark.parametrize("lang, note", [("fr", "(p < 0,001)"), ("en", "(p < 0.001)")])
def test_dumbbell_note_reads_p_below_not_p_equals_below(tmp_path, cli, lang, note):
    # 12 départements of 12 join Facebook: McNemar 12/0, p = 2/4096 < 0.001
    rows = [f"{c:02d};Facebook;{{}};15/10/{{}}" for c in range(1, 13)]
    old = _write(tmp_path / "v2024.csv", ["Code;Plateforme;Présent;Date du relevé"]
                 + [r.format("Non", 2024) for r in rows])
    new = _write(tmp_path / "v2025.csv", ["Code;Plateforme;Présent;Date du relevé"]
                 + [r.format("Oui", 2025) for r in rows])
    from barometre.render import charts as wave_charts

    c = W.changes(W.read_waves([old, new]))
    assert c.iloc[0]["p_value"] == 2 / 4096 and not c.iloc[0]["census"]
    texts = {t.get_gid(): t.get_text() for t in wave_charts.changes(c, lang=lang).axes[0].texts}
    assert texts["note:facebook"].endswith(note), texts["note:facebook"]
    assert "= <" not in texts["note:facebook"]
    out = tmp_path / "changes.svg"
    res = cli("chart", "changes", "--data", old, "--data", new, "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.stderr
    assert note.replace("<", "&lt;") in out.read_text(encoding="utf-8")


def test_movements_of_a_type_take_that_types_own_end_waves(tmp_path):
    """One file of communes: Rennes and Nantes read in January and July, another commune
    in December. The villes préfectures' movements were looked for between the file's
    oldest and newest waves (January, December), before the file was narrowed to the
    type, which left them one wave and no movements, where `survey_waves` of the type
    finds two (the report's Mouvements sheet and `changes` disagreed)."""
    import barometre as bm

    src = tmp_path / "communes.csv"
    src.write_text("code;plateforme;présent;date\n35238;Facebook;Oui;05/01/2024\n"
                   "44109;Facebook;Non;05/01/2024\n35238;Facebook;Oui;05/07/2024\n"
                   "44109;Facebook;Oui;05/07/2024\n01001;Facebook;Non;20/12/2024\n",
                   encoding="utf-8")
    frame = bm.read_survey(src, type="commune")
    assert W.survey_waves(frame, "ville_prefecture").attrs["waves"] == ["2024-01-05", "2024-07-05"]
    m = W.movements(frame, type="ville_prefecture")
    assert m is not None
    t = m["transitions"]
    assert (t.attrs["old"], t.attrs["new"]) == ("2024-01-05", "2024-07-05")
    assert sorted(t["status"].tolist()) == ["joined", "stayed"]


def _growth_waves(tmp_path, counts: dict[str, tuple[int, int]]) -> list:
    """Two files of départements on Facebook with these follower counts; --data arguments."""
    files = []
    for i, y in enumerate((2024, 2025)):
        f = tmp_path / f"g{y}.csv"
        f.write_text("Code;Facebook;Abonnés Facebook;Date\n" + "".join(
            f"{c};Oui;{n[i]};15/10/{y}\n" for c, n in counts.items()), encoding="utf-8")
        files += ["--data", f]
    return files


def _movers_line(out: str) -> str:
    return next(line for line in out.splitlines() if line.startswith("Facebook —"))


def test_movers_say_ties_instead_of_the_same_figure_fastest_and_slowest(cli, tmp_path):
    """Every growth +10 % (review14's w1/w2): « plus fortes croissances : Aisne +10 %,
    Allier +10 %, Alpes-Maritimes +10 % ; plus faibles : Hautes-Alpes +10 %, … » named the
    same figure fastest and slowest, the names picked by name order. One line says it."""
    nn = "\u202f"
    same = _growth_waves(tmp_path, {c: (1000 * k, 1100 * k) for k, c in
                                    enumerate(("01", "02", "03", "04", "05", "06", "07"), 1)})
    assert _movers_line(cli("changes", *same).stdout) == \
        f"Facebook — même croissance pour les 7 : +10{nn}%"
    assert _movers_line(cli("changes", *same, "--lang", "en").stdout) == \
        "Facebook — the same growth for all 7: +10%"
    one = _growth_waves(tmp_path, {"01": (1000, 1100)})
    assert _movers_line(cli("changes", *one).stdout) == \
        f"Facebook — une seule croissance : Ain +10{nn}%"
    # five at +10 %, one at +5 %: the +10 % are not among the slowest; the four left out
    # at the cut-off are said ex aequo
    tied = _growth_waves(tmp_path, {"01": (1000, 1100), "02": (2000, 2200), "03": (3000, 3300),
                                    "04": (4000, 4400), "05": (5000, 5500), "06": (1000, 1050)})
    assert _movers_line(cli("changes", *tied).stdout) == (
        f"Facebook — plus fortes croissances : Ain +10{nn}% (et 4 autres ex aequo) ; "
        f"plus faibles : Alpes-Maritimes +5{nn}%")
    assert _movers_line(cli("changes", *tied, "--lang", "en").stdout) == (
        "Facebook — fastest growth: Ain +10% (and 4 others tied); slowest: Alpes-Maritimes +5%")
    # +20 %, three at +10 %, 0 %, −5 %: two named each side, the tie at the cut-off said
    cut = _growth_waves(tmp_path, {"01": (1000, 1200), "02": (1000, 1100), "03": (1000, 1100),
                                   "04": (1000, 1100), "05": (1000, 1000), "06": (1000, 950)})
    assert _movers_line(cli("changes", *cut, "--top", "2").stdout) == (
        f"Facebook — plus fortes évolutions : Ain +20{nn}%, Aisne +10{nn}% (et 2 autres "
        f"ex aequo) ; plus faibles : Alpes-Maritimes −5{nn}%, Hautes-Alpes 0{nn}%")


def test_the_shipped_demo_waves_are_these_two_waves(two):
    """The second notebook reads the two waves from the package (``bm.demo_file``), not from
    the repository's tests/ (review17c: it failed run from anywhere else): the shipped files
    are make_waves' waves, byte for byte in their cells, with the same changes."""
    import pandas as pd

    root = FILES.parents[1]
    shipped = bm.read_waves([bm.demo_file("vague-2024"), bm.demo_file("vague-2025")])
    made = bm.read_waves(list(two))
    assert shipped.attrs["fictitious"] and shipped.attrs["waves"] == made.attrs["waves"]
    cols = ["code", "platform", "present", "followers", "wave_label"]
    pd.testing.assert_frame_equal(shipped[cols], made[cols])
    assert bm.demo_file("vague-2025").read_bytes() == two[1].read_bytes()
    for nb in (root / "notebooks").glob("*.ipynb"):
        assert "../tests" not in nb.read_text(encoding="utf-8"), nb.name
