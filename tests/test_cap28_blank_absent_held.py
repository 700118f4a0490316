"""--blank absent applies to a column whose only answers are on refused rows (cap28).

A review: ``printf 'code;Facebook;TikTok\\n35;Oui;\\n44;Oui;\\nMorbihant;Oui;Non\\n29;Non;\\n'``,
``barometre validate bl.csv --blank absent`` said « TikTok : 3 cellules vides comptées comme
« non renseigné » (lignes 2, 3, 5), comme demandé (--blank unknown) »: not what was asked.
The TikTok column was filled (« Morbihant », refused for its name, answers « Non »):
``--blank absent`` says what a blank means in a filled column (docs/survey.md), so its blanks
are absences, as they are once the name is corrected, and said « comme demandé (--blank
absent) »; without ``--blank``, « non renseigné », whose hint (--blank absent pour les
compter comme absence) is now true.
"""

from __future__ import annotations

import pytest

import barometre as bm

from .test_fast_path import _fast_threshold

BL = "code;Facebook;TikTok\n35;Oui;\n44;Oui;\nMorbihant;Oui;Non\n29;Non;\n"


def _file(tmp_path, text=BL):
    f = tmp_path / "bl.csv"
    f.write_text(text, encoding="utf-8")
    return f


@pytest.mark.parametrize("lang, said", [
    ("fr", "TikTok : 3 cellules vides comptées comme absence (lignes 2, 3, 5), comme demandé "
           "(--blank absent)"),
    ("en", "TikTok: 3 blank cells counted as absent (lines 2, 3, 5), as asked (--blank absent)")])
def test_validate_says_blank_absent_as_asked(cli, tmp_path, lang, said):
    out = cli("validate", _file(tmp_path), "--blank", "absent", "--lang", lang).stdout
    assert said in out
    assert "--blank unknown" not in out
    # the rule alone: the refused « Non » makes them not answered (blk28), and the hint to
    # count them absent is what --blank absent now does
    out = cli("validate", _file(tmp_path), "--lang", lang).stdout
    assert (("TikTok : 3 cellules vides comptées comme « non renseigné » (lignes 2, 3, 5) ; "
             "--blank absent pour les compter comme absence") if lang == "fr" else
            ("TikTok: 3 blank cells counted as “not answered” (lines 2, 3, 5); --blank absent "
             "to count them as absent")) in out


@pytest.mark.parametrize("fast", [False, True])
def test_the_blanks_read_absent_as_once_corrected(tmp_path, fast):
    """Both CSV readers: the three blanks absent, as with « Morbihan » corrected."""
    with _fast_threshold(0 if fast else float("inf")):
        s = bm.read_survey(_file(tmp_path), blank="absent", errors="skip")
        fixed = bm.read_survey(_file(tmp_path, BL.replace("Morbihant", "Morbihan")),
                               blank="absent")
    tt = s[s["platform"] == "tiktok"].set_index("code")["present"]
    assert tt.to_dict() == {"35": False, "44": False, "29": False}
    assert (fixed[fixed["platform"] == "tiktok"].set_index("code")["present"]
            .drop("56").to_dict() == tt.to_dict())
    said = [p.to_dict() for p in s.attrs["problems"] if p.code.startswith("blank-")]
    assert [p["code"] for p in said] == ["blank-absent"], said

