"""Waves cut by a second reading of the same entities, not only by a gap of two months.

A campaign reads each entity × platform once, spread over days or weeks; a date that reads
again most of what the wave already read is a new wave, however soon: a check on 10
November of a 15 September reading used to be one wave dated 15 September holding the
November answers (trend: « 15 septembre 2025 : 100 % (3/3) » where 1/3 was read).
"""

from __future__ import annotations

import json

import pandas as pd
from typer.testing import CliRunner

import barometre as bm
from barometre.analysis import waves as W
from barometre.cli.app import app

HEAD = "code;plateforme;présent;abonnés;date du relevé\n"


def _file(tmp_path, rows: list[str], name: str = "releves.csv"):
    p = tmp_path / name
    p.write_text(HEAD + "".join(r + "\n" for r in rows), encoding="utf-8")
    return p


def _trend(path) -> pd.DataFrame:
    t = W.wave_trend(W.survey_waves(bm.read_survey(path, type="departement")))
    return t[t["platform"] == "instagram"]


def test_a_check_two_months_later_is_a_second_wave(tmp_path):
    p = _file(tmp_path, ["44;Instagram;Non;;15/09/2025", "35;Instagram;Non;;15/09/2025",
                         "49;Instagram;Oui;1 000;15/09/2025",
                         "44;Instagram;Oui;300;10/11/2025", "35;Instagram;Oui;200;10/11/2025",
                         "49;Instagram;Oui;1 100;10/11/2025"])
    t = _trend(p)
    assert [str(x) for x in t["wave"]] == ["2025-09-15", "2025-11-10"]
    assert list(t["n_present"]) == [1, 3] and list(t["n_base"]) == [3, 3]
    assert W.holds_waves(bm.read_survey(p, type="departement"))
    # changes --data compares them (it said « une seule vague » before)
    r = CliRunner().invoke(app, ["changes", "--data", str(p), "--type", "departement",
                                 "--format", "json"])
    assert r.exit_code == 0, r.output
    row = [x for x in json.loads(r.output) if x["platform"] == "instagram"][0]
    assert (row["joined"], row["left"], row["stayed"]) == (2, 0, 1)


def test_a_monthly_series_is_a_wave_a_month(tmp_path):
    rows = [f"{c};Instagram;Oui;{100 * m + i};15/{m:02d}/2025"
            for m in range(1, 7) for i, c in enumerate(["44", "35", "49"])]
    t = _trend(_file(tmp_path, rows))
    assert [str(x) for x in t["wave"]] == [f"2025-{m:02d}-15" for m in range(1, 7)]
    w = W.survey_waves(bm.read_survey(_file(tmp_path, rows, "m.csv"), type="departement"))
    # each month its own counts, not June's under January's date
    jan = w[(w["wave_label"] == "2025-01-15") & (w["code"] == "44")]
    assert jan["followers"].tolist() == [100]


def test_a_campaign_over_several_days_stays_one_wave(tmp_path):
    # each pair read once, on three days: one wave, dated by its most frequent date
    p = _file(tmp_path, ["44;Instagram;Oui;10;06/10/2025", "35;Instagram;Non;;06/10/2025",
                         "49;Instagram;Oui;30;20/10/2025", "53;Instagram;Oui;40;20/10/2025",
                         "85;Instagram;Non;;20/10/2025", "72;Instagram;Oui;60;03/11/2025"])
    t = _trend(p)
    assert [str(x) for x in t["wave"]] == ["2025-10-20"]
    assert list(t["n_present"]) == [4] and list(t["n_base"]) == [6]
    assert not W.holds_waves(bm.read_survey(p, type="departement"))


def test_a_few_corrections_stay_in_their_wave_and_the_latest_counts(tmp_path):
    # one pair of four read again a week later: a correction, not a new wave
    p = _file(tmp_path, ["44;Instagram;Non;;06/10/2025", "35;Instagram;Non;;06/10/2025",
                         "49;Instagram;Oui;30;06/10/2025", "53;Instagram;Oui;40;06/10/2025",
                         "44;Instagram;Oui;12;13/10/2025"])
    t = _trend(p)
    assert [str(x) for x in t["wave"]] == ["2025-10-06"]
    assert list(t["n_present"]) == [3] and list(t["n_base"]) == [4]


def test_other_platforms_do_not_count_as_a_second_reading(tmp_path):
    # Facebook on one day, Instagram a week later, for the same entities: one wave
    rows = [f"{c};Facebook;Oui;1;06/10/2025" for c in ("44", "35", "49")] + \
        [f"{c};Instagram;Oui;1;13/10/2025" for c in ("44", "35", "49")]
    t = W.wave_trend(W.survey_waves(bm.read_survey(_file(tmp_path, rows),
                                                     type="departement")))
    assert {str(x) for x in t["wave"]} == {"2025-10-06"}


def test_a_small_first_day_corrected_on_the_main_day_stays_in_the_campaign(tmp_path):
    # review: one pilot reading on 14/10 corrected on 15/10 among the main day's readings
    # was cut into a wave « 14 octobre 2025 : 0/1 » and a wave of 5/6
    p = _file(tmp_path, ["01;Instagram;Non;;14/10/2025", "01;Instagram;Oui;1;15/10/2025",
                         "02;Instagram;Oui;1;15/10/2025", "03;Instagram;Non;;15/10/2025",
                         "04;Instagram;Oui;1;16/10/2025", "05;Instagram;Oui;1;16/10/2025",
                         "06;Instagram;Oui;1;16/10/2025"])
    t = _trend(p)
    assert len(t) == 1 and list(t["n_present"]) == [5] and list(t["n_base"]) == [6]
    assert not W.holds_waves(bm.read_survey(p, type="departement"))


def test_a_monthly_check_spread_over_days_is_a_wave_a_month(tmp_path):
    # review: ten entities checked each month, two a day over days 1-9: no single date
    # reads half of them again, and the four months were one wave « 1er janvier 2025 »
    # holding April's answers (6/10); changes refused (« une seule vague »)
    codes = [f"{i:02d}" for i in range(1, 11)]
    rows = [f"{c};Instagram;{'Oui' if i < 10 - m else 'Non'};;{1 + 2 * (i % 5):02d}/{1 + m:02d}/2025"
            for m in range(4) for i, c in enumerate(codes)]
    p = _file(tmp_path, rows)
    t = _trend(p)
    assert [str(x) for x in t["wave"]] == ["2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01"]
    assert list(t["n_present"]) == [10, 9, 8, 7] and list(t["n_base"]) == [10] * 4
    r = CliRunner().invoke(app, ["changes", "--data", str(p), "--type", "departement",
                                 "--format", "json"])
    assert r.exit_code == 0, r.output
    row = [x for x in json.loads(r.output) if x["platform"] == "instagram"][0]
    assert (row["wave_old"], row["wave_new"], row["left"]) == ("2025-01-01", "2025-04-01", 3)


def test_a_second_campaign_over_days_is_a_second_wave(tmp_path):
    # review: two censuses, 1-10 September then 3-12 November, ten entities a day: one
    # wave « 1er septembre 2025 » with November's answers
    codes = [f"{i:02d}" for i in range(1, 42) if i != 20]  # no département 20
    first = [f"{c};Instagram;{'Oui' if i < 20 else 'Non'};;{1 + i // 4:02d}/09/2025"
             for i, c in enumerate(codes)]
    second = [f"{c};Instagram;{'Oui' if i < 30 else 'Non'};;{3 + i // 4:02d}/11/2025"
              for i, c in enumerate(codes)]
    t = _trend(_file(tmp_path, first + second))
    assert [str(x) for x in t["wave"]] == ["2025-09-01", "2025-11-03"]
    assert list(t["n_present"]) == [20, 30] and list(t["n_base"]) == [40, 40]


def test_corrections_over_days_then_the_campaign_going_on_stay_one_wave(tmp_path):
    # a campaign of ten, three pairs corrected over two days a month later: one wave; and
    # corrections followed by first readings of other entities: the campaign going on
    codes = [f"{i:02d}" for i in range(1, 11)]
    rows = [f"{c};Instagram;Non;;{1 + i:02d}/10/2025" for i, c in enumerate(codes)]
    rows += ["01;Instagram;Oui;;03/11/2025", "02;Instagram;Oui;;05/11/2025",
             "03;Instagram;Oui;;05/11/2025"]
    t = _trend(_file(tmp_path, rows))
    assert len(t) == 1 and list(t["n_present"]) == [3] and list(t["n_base"]) == [10]
    rows += [f"{c};Instagram;Non;;{6 + i // 3:02d}/11/2025" for i, c in
             enumerate(f"{i:02d}" for i in range(11, 24) if i != 20)]
    t = _trend(_file(tmp_path, rows, "b.csv"))
    assert len(t) == 1 and list(t["n_present"]) == [3] and list(t["n_base"]) == [22]
