"""A cell that says, in words, that nobody answered (#input16): « Non renseigné », « NR »,
« N/R », « nc », « NC », « n.c. », « ne sait pas », « NSP », « inconnu » in a presence cell are
read as a lone « ? » is, *not answered* (outside the base, whatever the blank rule), with a
warning counting them with their rows; « N/A » too, with a warning of its own (not applicable
or not available: it does not say whether there is an account). In a count cell, « nc »,
« NR », « non communiqué »… are a missing count, warned. « Non » stays « Non »; « #N/A » stays
a formula's error. The small-file reader and the columnar one agree (tests/test_fast_path.py
has them in its generated files too)."""

from __future__ import annotations

import json

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from barometre.survey.values import read_account_cell, read_count, read_presence

from .test_fast_path import fast_reader, normal_reader, same_reading

HEADER = "Code département;Facebook;Abonnés Facebook;Date du relevé"
SAID = ["Non renseigné", "NR", "N/R", "nc", "NC", "n.c.", "ne sait pas", "NSP", "inconnu"]
# rows 2…: a firm answer, the nine words, a doubt, a « Non », an « N/A »
ROWS = ([("01", "Oui", "1200")] + [(f"{i + 2:02d}", w, "") for i, w in enumerate(SAID)]
        + [("11", "?", ""), ("12", "Non", ""), ("13", "N/A", ""),
           # counts said unknown beside firm answers
           ("14", "Oui", "nc"), ("15", "Oui", "NR"), ("16", "Oui", "non communiqué"),
           ("17", "Oui", "N/A"), ("18", "Non", "")])


def _csv(tmp_path, rows=ROWS, header=HEADER):
    path = tmp_path / "nr.csv"
    path.write_text("\n".join([header] + [";".join(r + ("15/10/2025",)) for r in rows]) + "\n",
                    encoding="utf-8")
    return path


def _xlsx(tmp_path, rows=ROWS):
    path = tmp_path / "nr.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER.split(";"))
    for code, present, count in rows:
        ws.append([code, present, count or None, "15/10/2025"])
    wb.save(path)
    return path


def _problems(path, **kw):
    df = bm.read_survey(path, **kw)
    return df, {p.code: p for p in df.attrs["problems"]}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_words_that_say_not_answered_read_as_a_question_mark(tmp_path, kind):
    path = (_csv if kind == "csv" else _xlsx)(tmp_path)
    df, found = _problems(path)
    assert not [p for p in found.values() if p.severity == "error"]
    present = dict(zip(df["code"], df["present"]))
    # the nine words and « ? », « N/A »: not answered (NA), as « ? » is
    for code in [f"{i:02d}" for i in range(2, 14) if i != 12]:
        assert pd.isna(present[code]), code
    assert present["01"] == True and present["12"] == False and present["18"] == False  # noqa: E712
    said = found["answer-not-given"]
    assert said.severity == "warning" and said.column == "Facebook" and said.count == 9
    assert said.rows.tolist() == list(range(3, 12))  # the file's lines (header: line 1)
    text = said.message
    assert "9 cellules disant que la réponse manque" in text
    assert "« Non renseigné » : 1" in text and "« NSP » : 1" in text
    assert "lues comme non renseignées, hors base" in text
    na = found["answer-not-applicable"]
    assert na.count == 1 and na.rows.tolist() == [14] and "écrivez Non" in na.message
    assert found["answer-doubtful"].rows.tolist() == [12]
    counts = found["count-not-given"]
    assert counts.column == "Abonnés Facebook" and counts.count == 4
    assert counts.rows.tolist() == [15, 16, 17, 18]
    assert "« non communiqué » : 1" in counts.message and "lus comme manquants" in counts.message
    followers = dict(zip(df["code"], df["followers"]))
    assert followers["01"] == 1200
    assert all(pd.isna(followers[c]) for c in ("14", "15", "16", "17"))
    assert all(present[c] == True for c in ("14", "15", "16", "17"))  # noqa: E712 (the answer stays)


def test_not_answered_is_outside_the_base_in_english_too(cli, tmp_path):
    path = _csv(tmp_path)
    out = cli("validate", path, "--lang", "en").stdout
    assert ("column “Facebook”: warning: 9 cells saying the answer is missing (“Non renseigné”: "
            "1, “NR”: 1, “N/R”: 1, “nc”: 1, “NC”: 1, “n.c.”: 1, “ne sait pas”: 1, “NSP”: 1, "
            "“inconnu”: 1) read as not answered, outside the base (lines 3, 4, 5, 6, 7, …)") in out
    assert "expected “Oui”/“Non” or Yes/No" not in out  # s32: the French answers named too
    row = json.loads(cli("compare", "--data", path, "-t", "departement", "--format",
                         "json").stdout)[0]
    # 01, 14-17 present; 12, 18 absent; the nine, « ? » and « N/A » not answered
    assert (row["n_present"], row["n_base"], row["n_unknown"]) == (5, 7, 11)


def test_the_blank_rule_does_not_touch_them(tmp_path):
    """« --blank absent » counts blanks as absences, not a cell that says nobody answered."""
    rows = [("01", "x", ""), ("02", "", ""), ("03", "NR", ""), ("04", "x", "")]
    df, found = _problems(_csv(tmp_path, rows), blank="absent")
    present = dict(zip(df["code"], df["present"]))
    assert present["02"] == False and pd.isna(present["03"])  # noqa: E712 (never an absence)
    # without a rule: an « NR » shows the column writes its answers, its blanks say nothing
    df, found = _problems(_csv(tmp_path, rows))
    assert "blank-unknown" in found and "blank-absent" not in found


def test_a_file_of_such_cells_has_no_answer(tmp_path):
    rows = [("01", "NR", ""), ("02", "Non renseigné", ""), ("03", "?", "")]
    found = {p.code: p for p in bm.validate(_csv(tmp_path, rows))}
    assert found["no-answer"].severity == "error"
    msg = found["no-answer"].message
    assert "1 réponse marquée d'un doute" in msg
    assert "2 cellules disant que la réponse manque (« NR », « N/A »…)" in msg


def test_both_readers_agree(tmp_path):
    same_reading(normal_reader, fast_reader, _csv(tmp_path))


@pytest.mark.parametrize("word", ["Non", "non", "N", "NON", "Non ", "Aucun", "Absent", "0"])
def test_no_stays_no(word):
    assert read_presence(word) == (False, None)


@pytest.mark.parametrize("word", SAID + ["Non communiqué", "non-renseignée", "N. C.", "N.R.",
                                         "Je ne sais pas", "Inconnue", "Unknown", "Don't know"])
def test_each_spelling_reads_not_answered(word):
    assert read_presence(word) == (None, "answer-not-given")
    assert read_count(word) == (None, "count-not-given")
    assert read_account_cell(word) == ("none", None)  # no account given: a blank


@pytest.mark.parametrize("word", ["N/A", "n/a", "NA", "N.A.", "Non applicable", "non concerné",
                                  "Sans objet"])
def test_not_applicable_reads_not_answered_apart(word):
    assert read_presence(word) == (None, "answer-not-applicable")


def test_a_formula_error_stays_an_error(tmp_path):
    with pytest.raises(ValueError):
        read_presence("#N/A")
    rows = [("01", "Oui", "12"), ("02", "#N/A", "#N/A"), ("03", "Non", "")]
    codes = [(p.code, p.row) for p in bm.validate(_csv(tmp_path, rows))]
    assert ("cell-excel-error", 3) in codes and codes.count(("cell-excel-error", 3)) == 2


def test_what_means_no_is_never_not_answered():
    """The words that start with « non » but say no answer are not « Non », and none of the
    words of « no » is read as not answered."""
    from barometre.survey.values import _FALSE, NOT_ANSWERED, NOT_APPLICABLE

    assert not (_FALSE & (NOT_ANSWERED | NOT_APPLICABLE))
    for word in ("Non", "No", "Faux", "pas de compte", "aucun compte", "néant"):
        try:
            assert read_presence(word)[0] is not None
        except ValueError:  # not a presence answer at all: an error, never not answered
            pass
    # « Non renseigné » in an account column was read « no account »: now no account given
    assert read_account_cell("Non renseigné") == ("none", None)


@pytest.mark.parametrize("word", ["Pas de compte", "pas de compte", "Aucun compte", "Sans compte",
                                  "Pas de page", "aucune page", "Néant", "NEANT", "No account"])
def test_no_account_in_words_reads_no(word):
    """« Pas de compte » in a presence cell is the answer Non, as in an account cell (it was
    an error: ``presence-invalid``)."""
    assert read_presence(word) == (False, None)
    assert read_account_cell(word) == ("answer", False)


@pytest.mark.parametrize("word", ["ND", "N/D", "n.d.", "Non disponible", "non dispo",
                                  "Not available"])
def test_not_available_reads_not_answered_as_na(word):
    """« ND » (non disponible: the figure, or the account?) is read as « N/A » is: not
    answered, outside the base, with its warning; a missing count in a count cell."""
    assert read_presence(word) == (None, "answer-not-applicable")
    assert read_count(word) == (None, "count-not-given")
    assert read_account_cell(word) == ("none", None)


@pytest.mark.parametrize("word", ["Non trouvé", "compte fermé", "peut-être"])
def test_words_of_no_certain_meaning_stay_errors(word):
    with pytest.raises(ValueError):
        read_presence(word)


def test_no_account_and_nd_in_a_file(tmp_path):
    """In a file: « Pas de compte » counts as an absence in the base, « ND » is outside it and
    said with its row; the small-file reader and the columnar one agree."""
    rows = [("01", "Oui", "1200"), ("02", "Pas de compte", ""), ("03", "Néant", ""),
            ("04", "ND", ""), ("05", "Non", "")]
    path = _csv(tmp_path, rows)
    df, found = _problems(path)
    assert not [p for p in found.values() if p.severity == "error"]
    na = found["answer-not-applicable"]
    assert "« ND »" in na.message and "5" in na.message  # row 5 of the file
    got = dict(zip(df["code"], df["present"]))
    assert [got[c] for c in ("02", "03", "05")] == [False, False, False]
    assert pd.isna(got["04"])
    row = bm.adoption(df).iloc[0]
    assert (row["n_present"], row["n_base"], row["n_unknown"]) == (1, 4, 1)
    same_reading(normal_reader, fast_reader, path)
