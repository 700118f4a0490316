"""What a Python caller gets when read_survey refuses a file with errors (review nb27): the
first errors located and the Python way to see them all, the problems on the error
(``err.problems``), readable details, and ``bm.problems_frame`` of them; the command line
says what it said (« voir « barometre validate … » », every error under it)."""

from __future__ import annotations

import pytest

import barometre as bm

BAD = ("Code;Nom;Facebook;Abonnés Facebook\n"
       "2A004;Ajaccio;Peut-être;12 345\n"
       "01053;Bourg-en-Bresse;Oui;-5\n"
       "99999;Nulle-part;Oui;3\n"
       ";Saint-Denis;Oui;100\n"
       "01004;Ambérieu-en-Bugey;Oui;-7\n")


@pytest.fixture
def bad(tmp_path, monkeypatch):
    monkeypatch.delenv("BAROMETRE_LANG", raising=False)
    f = tmp_path / "bad.csv"
    f.write_text(BAD, encoding="utf-8")
    return f


def _refusal(path, **kw) -> bm.InputFileError:
    with pytest.raises(bm.InputFileError) as info:
        bm.read_survey(path, **kw)
    return info.value


def test_the_message_names_the_first_errors_and_the_python_way(bad):
    err = _refusal(bad)
    lines = str(err).splitlines()
    assert lines[0] == "bad.csv : 5 erreurs :"
    assert lines[1].startswith("  ligne 2, colonne « Facebook » : erreur : « Peut-être »")
    assert lines[2].startswith("  ligne 3, colonne « Abonnés Facebook » : erreur : « -5 »")
    assert lines[3].startswith("  ligne 4, colonne « Code » : erreur : ")
    assert lines[4] == "  … et 2 autres"
    assert lines[5] == (
        f"Toutes : bm.problems_frame(bm.validate({str(bad)!r})), ou bm.problems_frame(err) "
        "de l'erreur attrapée (err.problems) ; errors=\"skip\" pour lire le fichier sans les "
        "relevés en erreur")
    assert "barometre validate" not in str(err)
    assert err.args == (str(err),) and err.code == "survey-has-errors"
    en = err.render("en").splitlines()
    assert en[0] == "bad.csv: 5 errors:" and en[4] == "  … and 2 more"
    assert en[1].startswith("  line 2, column “Facebook”: error: “Peut-être”")
    assert en[5].startswith(f"All of them: bm.problems_frame(bm.validate({str(bad)!r}))")


def test_english_by_the_environment_and_the_options_in_the_call(bad, monkeypatch):
    monkeypatch.setenv("BAROMETRE_LANG", "en")
    err = _refusal(bad, blank="absent", date="2025-10-15")
    lines = str(err).splitlines()
    assert lines[0] == "bad.csv: 5 errors:"
    assert (f"bm.validate({str(bad)!r}, blank='absent', date='2025-10-15')"
            in lines[-1])
    assert err.problems[0].message.startswith("expected “Oui”/“Non” or Yes/No")  # as validate says them (s32: the French answers too)


def test_the_problems_are_validates_and_make_a_frame(bad):
    err = _refusal(bad)
    every = bm.validate(bad)
    assert [p.to_dict() for p in err.problems] == [p.to_dict() for p in every]
    assert err.problems.sheet is None
    frame = bm.problems_frame(err)
    assert frame.equals(bm.problems_frame(every))
    assert frame["row"].tolist() == [2, 3, 4, 5, 6]
    assert frame["code"].tolist()[:2] == ["presence-invalid", "count-negative"]
    # the details, each problem with its place: read as their problems, shown as said
    by_details = bm.problems_frame(err.details, lang="en")
    assert by_details["row"].tolist() == [2, 3, 4, 5, 6]
    assert by_details["message"].iloc[1].startswith("negative follower count")
    assert repr(err.details[0]).startswith(
        "<Located ligne 2, colonne « Facebook » : erreur : « Peut-être » attendu Oui/Non")


def test_a_file_of_one_error_carries_it_too(tmp_path, monkeypatch):
    monkeypatch.delenv("BAROMETRE_LANG", raising=False)
    f = tmp_path / "one.csv"
    f.write_text(BAD.splitlines()[0] + "\n" + BAD.splitlines()[2] + "\n", encoding="utf-8")
    err = _refusal(f)
    assert str(err).startswith("one.csv, ligne 2, colonne « Abonnés Facebook » : erreur")
    frame = bm.problems_frame(err)
    assert frame.loc[frame["severity"] == "error", "code"].tolist() == ["count-negative"]


def test_the_command_line_says_what_it_said(bad, cli):
    """The shell's message, and every error under it, whatever a Python caller reads."""
    res = cli("rank", "--data", bad, "-p", "facebook")
    assert res.exit_code == 1
    lines = res.stderr.splitlines()
    assert lines[0] == f"barometre : bad.csv : 5 erreurs (voir « barometre validate {bad} »)"
    assert len(lines) == 6 and lines[5].startswith("  ligne 6, colonne « Abonnés Facebook »")
    assert "bm." not in res.stderr
    # the error it caught is the one a Python caller gets: its problems on it
    err = _refusal(bad)
    assert len(err.problems) == 5
