"""Fixes of the lead, session 34."""

from __future__ import annotations

import json

import pytest


@pytest.mark.parametrize("lang, said", [
    ("fr", "date hors période : attendu entre 2004 et aujourd'hui"),
    ("en", "date out of range: expected between 2004 and today")])
def test_a_date_before_2004_names_no_date_for_today(cli, tmp_path, lang, said):
    """Its upper bound was today in UTC+14 (the latest date on Earth, which the checks
    accept): « et 04/12/2026 (aujourd'hui) » in the evening of 03/12 in Paris."""
    path = tmp_path / "f.csv"
    path.write_text("code;nom;date;Facebook\n29;Finistère;29/02/00;Oui\n"
                    "35;Ille-et-Vilaine;15/10/2026;Oui\n", encoding="utf-8")
    out = cli("validate", path, "--type", "departement", "--format", "json", "--lang", lang)
    problems = json.loads(out.stdout)
    assert [(p["row"], p["code"], p["message"]) for p in problems] == [
        (2, "date-out-of-range", said)]


def test_published_trend_labels_each_year_in_its_middle():
    """A published figure is drawn at its month (mid-year without one), and the year labels
    sat on 1 January: Ideose's October 2015 figure stood beside « 2016 », a one-point chart's
    2022 figure halfway between « 2022 » and « 2023 ». Each label now sits in the middle of
    its year (the grid still marks where years begin): the nearest label to every point is
    its own year."""
    import barometre as bm

    fig = bm.charts.trend(bm.trend("region", "facebook"))
    ax = fig.axes[0]
    labels = {float(t.get_position()[0]): t.get_text() for t in ax.xaxis.get_ticklabels(
        which="both") if t.get_text()}
    assert sorted(labels.values()) == [str(y) for y in range(2011, 2019)]
    assert all(x == int(v) + 0.5 for x, v in labels.items())
    assert [float(x) for x in ax.get_xticks()] == list(range(2011, 2020))  # the years' starts
    points = [float(x) for c in ax.collections if str(c.get_gid()).startswith("points:")
              for x, _ in c.get_offsets()]
    assert len(points) >= 10
    for x in points:
        nearest = labels[min(labels, key=lambda t: abs(t - x))]
        assert nearest == str(int(x)), (x, nearest)
    assert any(2015.5 < x < 2016 for x in points)  # Ideose, October 2015
    assert bm.charts.text_overlaps(fig) == []


def test_mouvements_cut_lists_every_arrival_before_the_not_comparable(cli, tmp_path):
    """A list longer than the sheet shows (1,000 rows a platform) was cut in name order: a
    2026 wave answered by 60 of a template's 1,254 rows listed 1,194 unanswered ones
    « Non comparables » and cut real arrivals off. Each platform's arrivals and departures
    now come first, the entities not comparable after them."""
    import openpyxl

    import barometre as bm

    names = bm.reference.entities("commune").sort_values("name").head(1_106)
    codes = names["code"].tolist()
    old, new = ["code;Facebook;date"], ["code;Facebook;date"]
    for i, c in enumerate(codes):
        if i < 5:  # absent twice: the second wave's blanks read as not answered
            old.append(f"{c};Non;15/10/2025")
            new.append(f"{c};Non;15/10/2026")
        elif i >= len(codes) - 1:  # the last name: a departure
            old.append(f"{c};Oui;15/10/2025")
            new.append(f"{c};Non;15/10/2026")
        elif i >= len(codes) - 4:  # the last names: arrivals
            old.append(f"{c};Non;15/10/2025")
            new.append(f"{c};Oui;15/10/2026")
        else:  # answered in 2025, blank in 2026: not comparable
            old.append(f"{c};Oui;15/10/2025")
            new.append(f"{c};;15/10/2026")
    a, b, out = tmp_path / "v2025.csv", tmp_path / "v2026.csv", tmp_path / "r.xlsx"
    a.write_text("\n".join(old) + "\n", encoding="utf-8")
    b.write_text("\n".join(new) + "\n", encoding="utf-8")
    res = cli("report", "--type", "commune", "--data", a, "--data", b, "-o", out)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out, read_only=True)["Mouvements"]
    listed = [(r[1], r[3]) for r in ws.iter_rows(values_only=True)
              if r and len(r) > 3 and r[1] in set(codes)]
    said = dict(listed)
    assert [said[c] for c in codes[-4:]] == ["Arrivées"] * 3 + ["Départs"]
    assert sum(s == "Non comparables" for _, s in listed) == 1_000 - 4
    assert [s for _, s in listed[:4]] == ["Arrivées"] * 3 + ["Départs"]


def test_transitions_leave_out_entities_answered_in_neither_wave(tmp_path):
    """A 2026 wave of barometre's kind of template, every département a row and 6 of them
    answered: the 95 unfilled rows were « non comparables » (absent from 2025, unknown in
    2026), 1,194 of them on a template of EPCI; an entity answered in neither wave was not
    surveyed, and has no row, as one in neither file."""
    import barometre as bm

    deps = bm.reference.entities("departement")["code"].tolist()
    answered = {"29": ("Oui", "Oui"), "35": ("Non", "Oui"), "56": ("Oui", "Non"),
                "22": ("Oui", "Oui"), "44": ("Non", "Non")}
    old = ["code;Facebook;date"] + [f"{c};{o};15/10/2025" for c, (o, _) in answered.items()]
    new = ["code;Facebook;Abonnés Facebook;date"]
    for c in deps:
        if c in answered:
            new.append(f"{c};{answered[c][1]};;13/10/2026")
        elif c == "01":  # answered in 2026 alone: not comparable, listed
            new.append(f"{c};Oui;;13/10/2026")
        else:  # unfilled
            new.append(f"{c};;;13/10/2026")
    a, b = tmp_path / "v2025.csv", tmp_path / "v2026.csv"
    a.write_text("\n".join(old) + "\n", encoding="utf-8")
    b.write_text("\n".join(new) + "\n", encoding="utf-8")
    t = bm.transitions(bm.read_waves([a, b], type="departement"))
    got = dict(zip(t["code"], zip(t["status"], t["reason"])))
    assert got == {"29": ("stayed", None), "35": ("joined", None), "56": ("left", None),
                   "22": ("stayed", None), "44": ("absent", None),
                   "01": ("not_comparable", "missing_old")}


def test_a_panel_is_of_the_entities_answered_in_both_waves(tmp_path):
    """Under --panel the panel was every entity of both files (« 101 départements du
    panel », 41 unfilled rows « non comparables »). Session 35: an entity is in a wave when
    it answered something there (the rule of trend --panel too), so the panel is the 60
    answered in both; its counts still add up to it, and the 41 unfilled rows are said
    beside it (in no wave), not counted as of the panel."""
    import barometre as bm

    deps = bm.reference.entities("departement")["code"].tolist()
    paths = []
    for year, day in ((2025, "15/10/2025"), (2026, "13/10/2026")):
        lines = ["code;Facebook;date"] + [
            f"{c};{'Oui' if i % 2 else 'Non'};{day}" if i < 60 else f"{c};;{day}"
            for i, c in enumerate(deps)]
        paths.append(tmp_path / f"v{year}.csv")
        paths[-1].write_text("\n".join(lines) + "\n", encoding="utf-8")
    waves = bm.read_waves(paths, type="departement")
    t = bm.transitions(waves, panel=True)
    assert t["status"].value_counts().to_dict() == {"stayed": 30, "absent": 30}
    assert t.attrs["base"]["n"] == 60
    assert t.attrs["panel_out"]["n"] == 0 and t.attrs["panel_out"]["unanswered"] == 41
    plain = bm.transitions(waves)["status"].value_counts().to_dict()
    assert plain == {"stayed": 30, "absent": 30}
