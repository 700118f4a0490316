"""A follower count replaced within its wave (#ux25a): Vendée « Oui 41 000 » on 15/10/2025,
line 3, then « Oui 14 500 » (digits swapped) on 17/10/2025, line 5. The later reading counts,
as before, but validate said nothing and rank showed 14 500; with a blank count on 17/10,
the 41 000 the file gives was lost without a word. Now said (``followers-replaced``: each
pair, both counts, rows and dates; the counts a blank one leaves out said apart), counted by
validate, the same on the columnar path. Same count twice, a count given later where the
earlier reading had none, and a count changed in another wave stay silent."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.survey import fastcsv

HEADER = "Code;Département;Facebook;Abonnés Facebook;Date"
ROWS = ["44;Loire-Atlantique;Oui;98 765;15/10/2025", "85;Vendée;Oui;41 000;15/10/2025",
        "49;Maine-et-Loire;Oui;25 000;16/10/2025"]
NNBSP = "\u202f"

DUP_FR = ("1 nombre d'abonnés remplacé dans sa vague par un relevé plus récent de la même "
          "collectivité sur le même réseau : Vendée (85), Facebook : 41{s}000 (ligne 3, "
          "15 octobre 2025) remplacé par {new} (ligne 5, 17 octobre 2025) ; le plus récent compte (rank, "
          "compare, trend, changes){dropped} : supprimez la ligne fausse, reportez le bon nombre "
          "sur le relevé plus récent, ou datez à part une seconde vague ; lignes 3, 5")


def _file(path, *extra, rows=ROWS, header=HEADER):
    """The reviewer's file (a wide file, one row per reading), cp1252 as a French export."""
    path.write_bytes(("\n".join([header, *rows, *extra]) + "\n").encode("cp1252"))
    return path


@pytest.fixture(params=[False, True], ids=["small", "columnar"])
def fast(request, monkeypatch):
    if request.param:  # the columnar (Arrow) reader: the same warning
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    return request.param


def test_a_changed_count_is_said_and_the_latest_counts(cli, tmp_path, fast):
    f = _file(tmp_path / "dup.csv", "85;Vendée;Oui;14 500;17/10/2025")
    [p] = bm.validate(f)
    assert (p.code, p.severity, p.count, p.rows.tolist()) == (
        "followers-replaced", "warning", 1, [3, 5])
    assert p.message == DUP_FR.format(s=NNBSP, new=f"14{NNBSP}500", dropped="")
    assert p.text("en").startswith(
        "1 follower count replaced within its wave by a later reading of the same entity on "
        "the same platform: Vendée (85), Facebook: 41,000 (line 3, 15 October 2025) replaced by "
        "14,500 (line 5, 17 October 2025); the latest counts")
    out = cli("validate", f)
    assert "dup.csv : 0 erreur, 1 avertissement" in out.stderr
    res = cli("rank", "-p", "facebook", "--data", f)
    assert f"14{NNBSP}500" in res.stdout and f"41{NNBSP}000" not in res.stdout  # the latest, now said
    assert "Lecture : 1 avertissement" in res.stderr


def test_a_count_left_out_by_a_blank_one_is_said_lost(cli, tmp_path, fast):
    f = _file(tmp_path / "dup3.csv", "85;Vendée;Oui;;17/10/2025")
    [p] = bm.validate(f)
    assert (p.code, p.count, p.rows.tolist()) == ("followers-replaced", 1, [3, 5])
    assert p.message == DUP_FR.format(
        s=NNBSP, new="aucun nombre",
        dropped=", même sans nombre : 1 nombre donné plus tôt n'est pas repris (compte sans "
                "nombre d'abonnés)")
    assert ("replaced by no count (line 5, 17 October 2025); the latest counts (rank, compare, "
            "trend, changes), even without a count: 1 count given earlier is not used"
            in p.text("en"))
    res = cli("rank", "-p", "facebook", "--data", f)
    assert "1 avec un compte sans nombre d'abonnés" in res.stdout  # as documented
    assert "Lecture : 1 avertissement" in res.stderr


def test_several_counts_each_said_and_counted(tmp_path, fast):
    # ten départements read on 15/10, three re-read later in the wave (a correction, not a
    # second wave: under half of its pairs)
    base = [f"{i + 1:02d};;Oui;{1000 + i};15/10/2025" for i in range(10)]
    f = _file(tmp_path / "d.csv", "01;;Oui;;17/10/2025", "02;;Oui;2 000;17/10/2025",
              "03;;Oui;;18/10/2025", "03;;Oui;3 000;19/10/2025", rows=base)
    [p] = bm.validate(f)
    assert p.code == "followers-replaced" and p.count == 3
    assert p.rows.tolist() == [2, 3, 4, 12, 13, 15]
    assert p.message.count("remplacé par") == 3
    # 01's count left out by a blank one; 03's blank re-reading passed over by a later count
    assert "1 nombre donné plus tôt n'est pas repris" in p.message
    assert (f"Ain (01), Facebook : 1{NNBSP}000 (ligne 2, 15 octobre 2025) remplacé par aucun nombre "
            f"(ligne 12, 17 octobre 2025) ; Aisne (02), Facebook : 1{NNBSP}001 (ligne 3, 15 octobre 2025) "
            f"remplacé par 2{NNBSP}000 (ligne 13, 17 octobre 2025) ; Allier (03), Facebook : "
            f"1{NNBSP}002 (ligne 4, 15 octobre 2025) remplacé par 3{NNBSP}000 (ligne 15, 19 octobre 2025)"
            in p.message)


@pytest.mark.parametrize("extra", [
    "85;Vendée;Oui;41 000;17/10/2025",  # the same count again
    "85;Vendée;Oui;41000;17/10/2025",  # written another way
])
def test_the_same_count_again_is_silent(tmp_path, fast, extra):
    assert bm.validate(_file(tmp_path / "same.csv", extra)) == []


def test_a_count_given_where_the_earlier_reading_had_none_is_silent(tmp_path, fast):
    rows = [ROWS[0], "85;Vendée;Oui;;15/10/2025", ROWS[2]]
    assert bm.validate(_file(tmp_path / "later.csv", "85;Vendée;Oui;41 000;17/10/2025",
                             rows=rows)) == []


def test_a_count_changed_in_another_wave_is_silent(tmp_path, fast):
    # a month later every département read again: a second wave, its counts its own
    later = ["44;Loire-Atlantique;Oui;99 000;15/11/2025", "85;Vendée;Oui;;15/11/2025",
             "49;Maine-et-Loire;Oui;24 000;16/11/2025"]
    assert bm.validate(_file(tmp_path / "waves.csv", *later)) == []


def test_another_answer_is_said_once_by_reading_replaced(tmp_path, fast):
    [p] = bm.validate(_file(tmp_path / "non.csv", "85;Vendée;Non;;17/10/2025"))
    assert p.code == "reading-replaced"


def test_a_long_file_says_it_too(tmp_path, fast):
    f = _file(tmp_path / "long.csv", "85;Vendée;Facebook;Oui;14 500;17/10/2025",
              header="Code;Département;Réseau;Présent;Abonnés;Date",
              rows=["44;Loire-Atlantique;Facebook;Oui;98 765;15/10/2025",
                    "85;Vendée;Facebook;Oui;41 000;15/10/2025",
                    "85;Vendée;Instagram;Oui;300;15/10/2025",
                    "49;Maine-et-Loire;Facebook;Oui;25 000;16/10/2025"])
    [p] = bm.validate(f)
    assert (p.code, p.count, p.rows.tolist()) == ("followers-replaced", 1, [3, 6])
