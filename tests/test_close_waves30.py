"""Two colleagues' readings pasted into one file (review pub30, concat_nohdr.csv): colleague A
read four départements on 14/10/2025, colleague B three of them again on 16/10/2025 with other
answers. B re-reading most pairs makes a second wave (a check, a weekly series: a wave
however soon), and `validate` said « 0 erreur, 0 avertissement » while compare kept B's
answers and `changes` counted the contradiction as a « départ ». Each date stays a wave
(a rule that made such readings corrections turned a weekly series into fortnightly waves,
review reg30); the differing answers of two waves fewer than 7 days apart are now said
(``waves-close-changed``), the same on the columnar reader; a weekly series and a monthly one
stay silent, and so does a blank answer filled in later."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.survey import fastcsv

HEADER = ("Code;Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;"
          "Date du relevé")
A = ["22;Côtes-d'Armor;Oui;12 345;Non;;14/10/2025", "29;Finistère;Oui;45 000;Oui;8 900;14/10/2025",
     "35;Ille-et-Vilaine;Oui;38 200;Oui;12 000;14/10/2025", "56;Morbihan;Oui;27 600;Non;;14/10/2025"]
B = ["29;Finistère;Oui;44 800;Oui;8 900;{d}", "56;Morbihan;Oui;27 600;Oui;6 100;{d}",
     "35;Ille et Vilaine;Non;;Oui;12 000;{d}", "44;Loire-Atlantique;Oui;112 000;Oui;15 500;{d}"]
SAID = (
    "2 réponses différentes entre deux vagues à moins de 7 jours d'écart : Ille-et-Vilaine "
    "(35), Facebook : Oui (ligne 4, 14 octobre 2025) puis Non (ligne 8, 16 octobre 2025) ; Morbihan "
    "(56), Instagram : Non (ligne 5, 14 octobre 2025) puis Oui (ligne 7, 16 octobre 2025) ; chaque date "
    "est lue comme une vague (changes et le rapport en feraient des arrivées ou des départs, "
    "compare compte la plus récente) : deux relevés d'une même campagne collés dans le "
    "fichier ? Supprimez la ligne fausse, ou gardez les deux si la réponse a bien changé ; "
    "lignes 4, 5, 7, 8")


def _pasted(path, day="16/10/2025"):
    rows = [HEADER, *A, *(r.format(d=day) for r in B)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(params=[False, True], ids=["small", "columnar"])
def fast(request, monkeypatch):
    if request.param:  # the columnar reader: the same problems
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    return request.param


def test_pasted_readings_days_apart_are_said(tmp_path, fast):
    said = bm.validate(_pasted(tmp_path / "colles.csv"))
    assert [(p.code, p.severity, p.count) for p in said] == [
        ("waves-close-changed", "warning", 2)]
    assert said[0].message == SAID
    assert said[0].rows.tolist() == [4, 5, 7, 8]


def test_the_commands_count_it_and_keep_the_waves(cli, tmp_path):
    f = _pasted(tmp_path / "colles.csv")
    assert "colles.csv : 0 erreur, 1 avertissement" in cli("validate", f).stderr
    assert ("2 answers differing between two waves fewer than 7 days apart: Ille-et-Vilaine "
            "(35), Facebook: yes (line 4") in cli("validate", f, "--lang", "en").output
    res = cli("compare", "--type", "departement", "--data", f)
    assert "Lecture : 1 avertissement" in res.stdout
    assert len(bm.read_waves([f], type="departement")["wave_label"].unique()) == 2


@pytest.mark.parametrize("day", ["21/10/2025", "14/11/2025"])
def test_a_week_or_a_month_later_is_silent(tmp_path, fast, day):
    """A weekly or monthly series' changes are real ones: not questioned."""
    assert bm.validate(_pasted(tmp_path / "semaine.csv", day)) == []


def test_a_blank_answer_filled_in_is_no_change(tmp_path, fast):
    f = tmp_path / "rempli.csv"
    f.write_text(HEADER + "\n" + "\n".join(
        ["22;Côtes-d'Armor;;;Oui;;14/10/2025", "29;Finistère;Oui;;Oui;;14/10/2025",
         "22;Côtes-d'Armor;Oui;;Oui;;16/10/2025", "29;Finistère;Oui;;Oui;;16/10/2025"]) + "\n",
                 encoding="utf-8")
    # read as unknown, a blank answers nothing: no change to question
    assert [p.code for p in bm.validate(f, blank="unknown")
            if p.code == "waves-close-changed"] == []
    # counted as absent (the default here, said by its own warning), it is « Non » then
    # « Oui » two days later, which changes would count as an arrival: questioned
    said = [p for p in bm.validate(f) if p.code == "waves-close-changed"]
    assert [(p.count, p.rows.tolist()) for p in said] == [(1, [2, 4])]
