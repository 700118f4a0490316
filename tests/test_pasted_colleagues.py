"""Two colleagues' files pasted into one (pub30 #1, concat_nohdr.csv): colleague A read four
départements on 14/10/2025, colleague B three of them again on 16/10/2025 with other answers
(Ille-et-Vilaine's Facebook « Oui » → « Non », Morbihan's Instagram « Non » → « Oui »,
Finistère's 45 000 → 44 800). B re-reading most pairs made a second « wave » two days after
the first: `validate` said « 0 erreur, 0 avertissement », compare kept B's answers without a
word and `changes` / the report's Mouvements counted the contradiction as a « départ ». A
second reading begun fewer than WAVE_MIN_DAYS (14) days after its wave's first date is now the
wave read twice: its differing answers and counts are said (``reading-replaced``,
``followers-replaced``, counted in every command's « Lecture » line), the same on the
columnar reader; a monthly second reading stays a wave, silent."""

from __future__ import annotations

import numpy as np
import pytest

import barometre as bm
from barometre.survey import fastcsv
from barometre.survey.rules import WAVE_MIN_DAYS, rereading_cuts

HEADER = ("Code;Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;"
          "Date du relevé")
A = ["22;Côtes-d'Armor;Oui;12 345;Non;;14/10/2025", "29;Finistère;Oui;45 000;Oui;8 900;14/10/2025",
     "35;Ille-et-Vilaine;Oui;38 200;Oui;12 000;14/10/2025", "56;Morbihan;Oui;27 600;Non;;14/10/2025"]
B = ["29;Finistère;Oui;44 800;Oui;8 900;{d}", "56;Morbihan;Oui;27 600;Oui;6 100;{d}",
     "35;Ille et Vilaine;Non;;Oui;12 000;{d}", "44;Loire-Atlantique;Oui;112 000;Oui;15 500;{d}"]

ANSWERS_FR = (
    "2 relevés remplacés dans leur vague par un relevé plus récent de la même collectivité sur "
    "le même réseau, à la réponse différente : Ille-et-Vilaine (35), Facebook : Oui (ligne 4, "
    "14/10/2025) remplacé par Non (ligne 8, 16/10/2025) ; Morbihan (56), Instagram : Non "
    "(ligne 5, 14/10/2025) remplacé par Oui (ligne 7, 16/10/2025) ; le plus récent compte "
    "(trend, changes, compare) : supprimez la ligne fausse, ou datez à part une seconde "
    "vague ; lignes 4, 5, 7, 8")
COUNT_FR = (
    "1 nombre d'abonnés remplacé dans sa vague par un relevé plus récent de la même "
    "collectivité sur le même réseau : Finistère (29), Facebook : 45\u202f000 (ligne 3, "
    "14/10/2025) remplacé par 44\u202f800 (ligne 6, 16/10/2025) ; le plus récent compte (rank, "
    "compare, trend, changes) : supprimez la ligne fausse, reportez le bon nombre sur le "
    "relevé plus récent, ou datez à part une seconde vague ; lignes 3, 6")


def _pasted(path, day="16/10/2025"):
    """A's rows then B's, dated ``day``, one header (the reviewer's concat_nohdr.csv)."""
    rows = [HEADER, *A, *(r.format(d=day) for r in B)]
    path.write_bytes(("\n".join(rows) + "\n").encode("utf-8"))
    return path


@pytest.fixture(params=[False, True], ids=["small", "columnar"])
def fast(request, monkeypatch):
    if request.param:  # the columnar reader: the same problems
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    return request.param


def test_pasted_readings_two_days_apart_are_said(tmp_path, fast):
    f = _pasted(tmp_path / "concat_nohdr.csv")
    said = bm.validate(f)
    assert [(p.code, p.severity, p.count) for p in said] == [
        ("reading-replaced", "warning", 2), ("followers-replaced", "warning", 1)]
    assert said[0].message == ANSWERS_FR
    assert said[0].rows.tolist() == [4, 5, 7, 8]
    assert said[1].message == COUNT_FR
    assert said[1].rows.tolist() == [3, 6]


def test_pasted_readings_are_one_wave_not_departures(cli, tmp_path):
    f = _pasted(tmp_path / "concat_nohdr.csv")
    out = cli("validate", f)
    assert "concat_nohdr.csv : 0 erreur, 2 avertissements" in out.stderr
    res = cli("compare", "--type", "departement", "--data", f)
    assert "Lecture : 2 avertissements" in res.stdout  # counted as other warnings
    assert "4/5" in res.stdout  # B's answers, the latest, still count
    # one wave read twice: no « départ » of Ille-et-Vilaine on Facebook between them
    waves = bm.read_waves([f])
    assert waves["wave"].nunique() == 1
    bad = cli("changes", "--data", f)
    assert bad.exit_code != 0 and "une seule vague" in bad.stderr


def test_a_second_reading_two_weeks_later_is_a_wave(tmp_path, fast):
    """At WAVE_MIN_DAYS days after the wave's first date, B's reading is a second wave
    (a check, as a month later): its other answers are the wave's, silent; one day sooner,
    the same wave read twice, said."""
    assert WAVE_MIN_DAYS == 14
    assert bm.validate(_pasted(tmp_path / "a.csv", "28/10/2025")) == []
    sooner = bm.validate(_pasted(tmp_path / "b.csv", "27/10/2025"))
    assert [p.code for p in sooner] == ["reading-replaced", "followers-replaced"]


def test_rereading_cuts_with_dates():
    """The ranks alone cut a second reading however soon; with the run's dates, one begun
    fewer than WAVE_MIN_DAYS days after its wave's first date stays in the wave, and a
    monthly series spread over five days is one wave a month as without them."""
    day, pair = np.array([0, 0, 0, 1, 1, 1]), np.array([1, 2, 3, 1, 2, 3])
    assert rereading_cuts(day, pair, 2) == [[0], [1]]
    for gap, cuts in ((2, [[0, 1]]), (13, [[0, 1]]), (14, [[0], [1]]), (30, [[0], [1]])):
        dates = np.array(["2025-10-14", "2025-10-14"], dtype="datetime64[D]")
        dates[1] += gap
        assert rereading_cuts(day, pair, 2, dates) == cuts
    rng = np.random.default_rng(5)
    months, n_pairs = 12, 50
    month = np.repeat(np.arange(months), n_pairs)
    first = np.array([f"2025-{m + 1:02d}-01" for m in range(months)], dtype="datetime64[D]")
    when = first[month] + rng.integers(0, 5, len(month))
    days = np.unique(when)
    got = rereading_cuts(np.searchsorted(days, when), np.tile(np.arange(n_pairs), months),
                         len(days), days)
    assert [np.unique(days[g].astype("datetime64[M]")).tolist() for g in got] == [
        [m] for m in first.astype("datetime64[M]").tolist()]
