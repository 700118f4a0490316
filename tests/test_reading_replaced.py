"""A long file reading one entity on one platform twice in a wave, with two answers
(#hostile18: Loire-Atlantique « Oui 29 896 » on 15/10/2025, line 134, then « Non » on
17/10/2025, line 305): the later one counts, now said (``reading-replaced``: each pair, both
rows, counted), where validate said nothing and trend showed 74/101 of a file of 75 « Oui ».
Re-readings that agree, and a second wave (a monthly series), stay silent."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.datasets import reference
from barometre.survey import fastcsv

CODES = list(reference.departements()["code"])[:101]
NAMES = dict(zip(reference.departements()["code"], reference.departements()["name"]))

PAIR_FR = ("1 relevé remplacé dans sa vague par un relevé plus récent de la même collectivité "
           "sur le même réseau, à la réponse différente : Loire-Atlantique (44), Facebook : Oui "
           "(ligne {a}, 15 octobre 2025) remplacé par Non (ligne {b}, 17 octobre 2025) ; le plus récent "
           "compte (trend, changes, compare) : supprimez la ligne fausse, ou datez à part une "
           "seconde vague ; lignes {a}, {b}")


def _long(path, extra=(), dates=("15/10/2025", "16/10/2025")):
    """The 101 départements on Facebook (all « Oui » with a count), read over two days, then
    ``extra`` rows; cp1252 and CRLF, as the publisher's export."""
    rows = ["Code département;Département;Réseau;Présent;Abonnés;Date du relevé"]
    for i, c in enumerate(CODES):
        # 68 and 2B: « Oui » without a count, the CeA's and Corse's count given once (on
        # 67, 2A: not two counts of one council, council-territories-filled)
        count = "" if c in ("68", "2B") else 1000 + i
        rows.append(f"{c};{NAMES[c]};Facebook;Oui;{count};{dates[i % 2]}")
    rows += list(extra)
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


@pytest.mark.parametrize("fast", [False, True])
def test_a_reading_replaced_with_another_answer_is_said(cli, tmp_path, monkeypatch, fast):
    f = _long(tmp_path / "deps_long2.csv", ["44;Loire-Atlantique;Facebook;Non;;17/10/2025"])
    if fast:  # the columnar reader (dates as codes): the same warning
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    row44 = CODES.index("44") + 2
    [p] = bm.validate(f)
    assert (p.code, p.severity, p.count) == ("reading-replaced", "warning", 1)
    assert p.message == PAIR_FR.format(a=row44, b=103)
    assert p.rows.tolist() == [row44, 103]
    assert p.text("en").startswith(
        "1 reading replaced within its wave by a later reading of the same entity on the same "
        f"platform with another answer: Loire-Atlantique (44), Facebook: yes (line {row44}, "
        "15 October 2025) replaced by no (line 103, 17 October 2025)")
    out = cli("validate", f)
    assert "deps_long2.csv : 0 erreur, 1 avertissement" in out.stderr
    assert out.stdout.startswith("deps_long2.csv : avertissement : 1 relevé remplacé")
    res = cli("trend", "--type", "departement", "--data", f)
    assert "100/101" in res.stdout  # the latest counts, as before, now said
    assert "Lecture : 1 avertissement" in res.stderr


def test_re_readings_that_agree_and_a_second_wave_stay_silent(tmp_path):
    # the same answer and count (another count: followers-replaced, test_followers_replaced)
    count = 1000 + CODES.index("44")
    agree = _long(tmp_path / "a.csv", [f"44;Loire-Atlantique;Facebook;Oui;{count};17/10/2025"])
    assert bm.validate(agree) == []
    # a second reading of every département a month later, some answers changed: a wave
    later = [f"{c};{NAMES[c]};Facebook;{'Non' if i < 5 else 'Oui'};;15/11/2025"
             for i, c in enumerate(CODES)]
    assert bm.validate(_long(tmp_path / "b.csv", later)) == []


def test_several_replaced_readings_are_counted_with_every_row(tmp_path):
    extra = [f"{c};{NAMES[c]};Facebook;Non;;17/10/2025" for c in CODES[:7]]
    [p] = bm.validate(_long(tmp_path / "c.csv", extra))
    assert p.count == 7 and len(p.rows) == 14
    assert p.message.count("remplacé par Non") == 5
    assert "; et 2 autres ; le plus récent compte" in p.message
