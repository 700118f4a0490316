"""Waves of a template's scope (review wv26): a filled template of some départements read
with a file that declares no scope, the trend chart's sure ranges, a missing entity of a
census base in ``changes``, the report's native trend chart and its English wording."""

from __future__ import annotations

import openpyxl

import barometre as bm
from .conftest import up

BZH = "22,29,35"


def _template(cli, path, rows, *, within=BZH):
    """``barometre template --type departement --within`` (Facebook), filled: ``rows``, one
    dict of header -> value per row, in place of the template's rows."""
    r = cli("template", "--type", "departement", "--within", within, "-p", "facebook",
            "-o", path, "--force")
    assert r.exit_code == 0, r.output
    wb = openpyxl.load_workbook(path)
    ws = wb["Enquête"]
    header = [c.value for c in ws[1]]
    ws.delete_rows(2, ws.max_row)
    for i, row in enumerate(rows, start=2):
        for k, v in row.items():
            ws.cell(i, header.index(k) + 1, v)
    wb.save(path)
    return path


def _row(code, answer, date="15/10/2024", followers=None):
    return {"Code département": code, "Facebook - présence": answer,
            "Facebook - abonnés": followers if followers is not None
            else (1000 if answer == "Oui" else None),
            "Facebook - date du relevé": date}


def _csv(path, rows):
    """A plain survey CSV (no template, no scope): (code, answer, date) per row."""
    lines = ["Code département;Facebook;Date du relevé"]
    lines += [f"{c};{a};{d}" for c, a, d in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _bzh_waves(cli, tmp_path):
    old = _template(cli, tmp_path / "2024.xlsx",
                    [_row("22", "Oui"), _row("29", "Non"), _row("35", "Oui")])
    new = _csv(tmp_path / "2025.csv", [("22", "Oui", "14/10/2025"), ("29", "Oui", "14/10/2025"),
                                       ("35", "Oui", "14/10/2025")])
    return old, new


def test_a_template_and_a_csv_of_its_scope_take_the_templates_base(cli, tmp_path):
    """#1: the 2025 CSV declares no scope and every reading lies in the 2024 template's:
    its scope is the waves' base (a census of the 3, no interval over 101), and said with
    the file that declared it."""
    old, new = _bzh_waves(cli, tmp_path)
    w = bm.read_waves([old, new])
    assert w.attrs["template_within"] == ["22", "29", "35"]
    r = cli("trend", "--data", old, "--data", new, "--lang", "en")
    assert r.exit_code == 0, r.output
    assert "95% CI" not in r.stdout and "101" not in r.stdout
    assert [ln.split()[-2] for ln in r.stdout.splitlines() if ln.startswith("Facebook")] == [
        "census", "census"]
    assert ("⚠ the template's scope of 2024.xlsx (départements 22, 29, 35) applied to every "
            "wave: 2025.csv declares none, and each of its readings lies in it"
            ) in r.stderr.splitlines()
    r = cli("changes", "--data", old, "--data", new)
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0].startswith("3 départements (Côtes-d'Armor, Finistère et Ille-et-Vilaine)")
    assert "appliqué à chaque vague" in r.stderr


def test_a_csv_outside_the_templates_scope_leaves_the_base_and_says_why(cli, tmp_path):
    """#1: a reading of the CSV outside the template's départements: the scope is not
    applied, said in one line, and the template's line no longer says « the base is »."""
    old, _ = _bzh_waves(cli, tmp_path)
    new = _csv(tmp_path / "2025.csv", [("22", "Oui", "14/10/2025"), ("75", "Oui", "14/10/2025")])
    assert bm.read_waves([old, new]).attrs.get("template_within") is None
    for args in (("trend",), ("changes",)):
        r = cli(*args, "--data", old, "--data", new, "--lang", "en")
        assert r.exit_code == 0, r.output
        assert "the analysis's base is the entities" not in r.stderr
        assert ("scope read in the template's instructions: départements 22, 29, 35, not "
                "followed for these waves") in r.stderr
        assert ("⚠ the template's scope of 2024.xlsx (départements 22, 29, 35) not followed: "
                "1 entity of the waves outside these départements: Paris (75, 2025.csv); the "
                "analysis's base: the départements of France, --within for another"
                ) in r.stderr.splitlines()


def test_templates_of_different_scopes_are_not_followed(cli, tmp_path):
    old, _ = _bzh_waves(cli, tmp_path)
    new = _template(cli, tmp_path / "2025.xlsx",
                    [_row("22", "Oui", "14/10/2025"), _row("29", "Oui", "14/10/2025")],
                    within="22,29")
    assert bm.read_waves([old, new]).attrs.get("template_within") is None
    r = cli("trend", "--data", old, "--data", new)
    assert r.exit_code == 0, r.output
    assert "l'analyse a pour base" not in r.stderr
    assert ("⚠ périmètres des modèles non suivis, différents d'un fichier à l'autre : "
            "2024.xlsx (départements 22, 29, 35), 2025.xlsx (départements 22, 29) ; base de "
            "l'analyse : les départements de France, --within pour une autre"
            ) in r.stderr.splitlines()
    # an explicit --within still wins
    r = cli("trend", "--data", old, "--data", new, "--within", "22,29,35")
    assert r.exit_code == 0, r.output
    assert "exhaustif" in r.stdout or "fourchette" in r.stdout
    assert "101" not in r.stdout


def test_the_trend_charts_sure_ranges_are_not_called_confidence_intervals(cli, tmp_path):
    """#2: every whisker of the trend chart a sure range (k/N–(k + u)/N: the template's 3
    départements, 1 unanswered): said « fourchette sûre », never « 95 % »; beside 95 %
    intervals, the sure ones named."""
    old = _template(cli, tmp_path / "2024.xlsx",
                    [_row("22", "Oui"), _row("29", "Non"), _row("35", None)])
    new = _template(cli, tmp_path / "2025.xlsx",
                    [_row("22", "Oui", "14/10/2025"), _row("29", None, "14/10/2025"),
                     _row("35", "Non", "14/10/2025")])
    trend = bm.wave_trend(bm.read_waves([old, new]), platforms=["facebook"])
    assert set(trend["ci_kind"]) == {"sure"}
    for lang, said, not_said in (
            ("en", "bars: sure range, whatever the missing answers", "95% confidence"),
            ("fr", "barres : fourchette sûre, quelles que soient les réponses manquantes",
             "confiance à 95")):
        caption = bm.charts.wave_trend(trend, lang=lang).get_supxlabel().replace("\n", " ")
        assert said in caption and not_said not in caption
    mixed = trend.copy()
    mixed.loc[0, "ci_kind"] = "ci95"
    caption = bm.charts.wave_trend(mixed, lang="en").get_supxlabel().replace("\n", " ")
    assert ("bars: 95% confidence interval, sure range (whatever the missing answers) for "
            "Facebook 14 October 2025") in caption
    out = tmp_path / "c.png"
    r = cli("chart", "trend", "--data", old, "--data", new, "-p", "facebook", "-o", out)
    assert r.exit_code == 0, r.output and out.exists()


def _json(r):
    import json

    assert r.exit_code == 0, r.output
    return {x["platform"]: x for x in json.loads(r.stdout)}


def test_changes_does_not_call_a_wave_missing_an_entity_a_census(cli, tmp_path):
    """A wave's file that lists every entity of the base, one blank, is a census with an
    unknown answer: the sure range of the change. One that lacks an entity may be a draw: the
    McNemar test on the entities of both, never « the waves hold every entity » (a first
    rule of wv26 said so of a wave of 20 départements beside a census of 101)."""
    old = _template(cli, tmp_path / "2024.xlsx",
                    [_row("22", "Oui"), _row("29", "Non"), _row("35", "Oui")])
    two = [_row("22", "Oui", "14/10/2025"), _row("29", "Oui", "14/10/2025")]
    missing = _template(cli, tmp_path / "2025-sans-35.xlsx", two)
    blank = _template(cli, tmp_path / "2025-35-vide.xlsx",
                      two + [{"Code département": "35"}])
    a = _json(cli("changes", "--data", old, "--data", missing, "-f", "json"))["facebook"]
    b = _json(cli("changes", "--data", old, "--data", blank, "--blank", "unknown", "-f",
                  "json"))["facebook"]
    assert (a["joined"], a["left"], a["stayed"]) == (b["joined"], b["left"], b["stayed"]) == (1, 0, 1)
    # hand: 22 stayed, 29 joined; 35 « Oui » then unknown: with its row, −0 to +1/3 over 3
    assert b["p_value"] is None and (b["change_low"], b["change_high"]) == (0.0, up(1 / 3, 6))
    assert a["p_value"] == 1.0 and a["change_low"] is None
    table = cli("changes", "--data", old, "--data", missing, "--lang", "en").stdout
    assert "McNemar" in table and "hold every" not in table


def _chart_axis(xlsx):
    """The date axis of the report's native Évolution chart: (min, max, unit, time unit,
    base time unit)."""
    import re
    import zipfile

    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if name.startswith("xl/charts/chart"):
                xml = z.read(name).decode("utf-8")
                ax = re.search(r"<(?:c:)?dateAx>(.*?)</(?:c:)?dateAx>", xml, re.S)
                if ax:
                    def val(tag, body=ax.group(1)):
                        m = re.search(rf"<(?:c:)?{tag} val=\"([^\"]+)\"", body)
                        return m.group(1) if m else None
                    return (val("min"), val("max"), val("majorUnit"), val("majorTimeUnit"),
                            val("baseTimeUnit"))
    raise AssertionError("no date axis")


def test_the_reports_trend_chart_labels_every_waves_year(cli, tmp_path):
    """#4: waves of 15/10/2024 and 14/10/2025: a yearly tick from the first point missed
    the second (a day short of a year); the axis's unit is the year (vp26: each wave on its
    own year's tick, not between 1 January ticks), from 2024 to 2025, a tick a year, each
    labelled « yyyy »: 2024 and 2025 both."""
    import datetime as dt

    old, new = _bzh_waves(cli, tmp_path)
    out = tmp_path / "r.xlsx"
    r = cli("report", "--data", old, "--data", new, "--lang", "en", "-o", out)
    assert r.exit_code == 0, r.output
    lo, hi, unit, time_unit, base = _chart_axis(out)
    serial = lambda d: (d - dt.date(1899, 12, 30)).days  # noqa: E731
    assert (float(lo), float(hi)) == (serial(dt.date(2024, 1, 1)), serial(dt.date(2025, 1, 1)))
    assert (unit, time_unit, base) == ("1", "years", "years")


def _cells(xlsx):
    wb = openpyxl.load_workbook(xlsx)
    return [v for ws in wb for row in ws.iter_rows(values_only=True) for v in row
            if isinstance(v, str)]


def test_the_english_reports_coverage_intervals_and_undated_readings(cli, tmp_path):
    """#5: coverage of 2 of the template's 3 départements names those 2, not the 3; each
    file's undated readings named with it; a draw note is its own sentence (no « ; The »)."""
    old = _template(cli, tmp_path / "2024.xlsx",
                    [_row("22", "Oui"), _row("29", "Non"), _row("35", "Oui", date=None)])
    new = _template(cli, tmp_path / "2025.xlsx",
                    [_row("22", "Oui", "14/10/2025"), _row("29", "Non", None)])
    out = tmp_path / "r.xlsx"
    r = cli("report", "--data", old, "--data", new, "--lang", "en", "-o", out)
    assert r.exit_code == 0, r.output
    said = _cells(out)
    assert ("Survey coverage: 2 départements (Côtes-d'Armor and Finistère) of 3 (67%) with at "
            "least one answer in 2025") in said
    dates = next(v for v in said if v.startswith("15 October 2024, 14 October 2025"))
    assert dates == ("15 October 2024, 14 October 2025; 2024.xlsx: 1 reading has no date: given the "
                     "wave's date, 15 October 2024; 2025.xlsx: 1 reading has no date: given the "
                     "wave's date, 14 October 2025")
    # a sample of France's départements (no template): what its intervals assume, a sentence
    a = _csv(tmp_path / "a.csv", [("22", "Oui", "15/10/2024"), ("29", "Non", "15/10/2024"),
                                  ("35", "Oui", "15/10/2024")])
    b = _csv(tmp_path / "b.csv", [("22", "Oui", "14/10/2025"), ("29", "Oui", "14/10/2025"),
                                  ("35", "Oui", "14/10/2025")])
    r = cli("report", "--data", a, "--data", b, "--lang", "en", "-o", out)
    assert r.exit_code == 0, r.output
    intervals = next(v for v in _cells(out) if v.startswith("95% confidence interval around"))
    assert "; The intervals assume" not in intervals
    assert "not a margin of error. The intervals assume" in intervals
