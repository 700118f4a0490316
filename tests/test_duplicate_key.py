"""A reading is keyed by the resolved entity × platform × date (#19.1), not by the text of the cell."""

from __future__ import annotations

import barometre as bm

# "01001", "1001" (leading zero lost by a spreadsheet) and the name alone: one commune
ROWS = ["code;nom;plateforme;présent;abonnés;date",
        "01001;;Facebook;Oui;120;15/10/2025",
        "1001;;Facebook;Non;;15/10/2025",
        ";L'Abergement-Clémenciat;Facebook;Oui;300;15/10/2025",
        "01002;;Facebook;Oui;50;15/10/2025",
        "01002;;Instagram;Non;;15/10/2025"]


def _write(tmp_path, rows):
    path = tmp_path / "releves.csv"
    path.write_text("\n".join(rows) + "\n", encoding="cp1252")
    return path


def test_three_spellings_of_one_commune_contradict(tmp_path):
    path = _write(tmp_path, ROWS)
    problems = bm.validate(path, type="commune")
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1
    assert errors[0].row == 4
    # the resolved entity with its code, the platform's label; no cell value (the three
    # rows spell the commune differently)
    assert errors[0].message == ("réponses contradictoires pour L'Abergement-Clémenciat (01001) "
                                 "sur Facebook (lignes 2, 3, 4)")
    assert errors[0].value is None
    assert errors[0].text("en") == ("conflicting answers for L'Abergement-Clémenciat (01001) "
                                    "on Facebook (lines 2, 3, 4)")


def test_adoption_never_keeps_the_last_of_contradictory_answers(tmp_path):
    df = bm.read_survey(_write(tmp_path, ROWS), type="commune", errors="skip")
    assert df["source_row"].tolist() == [5, 6]  # the three readings of 01001 are left out
    a = bm.adoption(df)
    fb = a[a["platform"] == "facebook"].iloc[0]
    assert (fb["n_present"], fb["n_base"]) == (1, 1)


def test_same_answer_under_two_spellings_is_a_repeated_line(tmp_path):
    path = _write(tmp_path, ROWS[:2] + ["1001;;Facebook;Oui;120;15/10/2025"])
    errors = [p for p in bm.validate(path, type="commune") if p.severity == "error"]
    assert len(errors) == 1 and "ligne en double" in errors[0].message


def test_two_unknown_codes_are_not_one_entity(tmp_path):
    path = _write(tmp_path, ROWS[:1] + ["99998;;Facebook;Oui;1;15/10/2025",
                                        "99999;;Facebook;Non;;15/10/2025"])
    errors = [p for p in bm.validate(path, type="commune") if p.severity == "error"]
    assert [p.row for p in errors] == [2, 3]
    assert not any("contradictoires" in p.message or "double" in p.message for p in errors)


def test_a_repeat_made_by_the_wave_date_says_so(tmp_path):
    """An undated "Non" took the wave's date (the most frequent, 2024) and met the dated
    2024 reading: the error says which row had no date, the date it took, and --date."""
    path = _write(tmp_path, ["code;plateforme;présent;date", "01001;Facebook;Oui;15/10/2024",
                             "01001;Facebook;Non;", "01002;Facebook;Oui;15/10/2024",
                             "01002;Facebook;Oui;15/10/2025", "01004;Facebook;Oui;15/10/2024"])
    errors = [p for p in bm.validate(path, type="commune") if p.severity == "error"]
    assert [p.message for p in errors] == [
        "réponses contradictoires pour L'Abergement-Clémenciat (01001) sur Facebook "
        "(lignes 2, 3) ; ligne 3 sans date, datée du 15 octobre 2024 (date de la vague) : date= "
        "pour une autre date"]
    assert errors[0].text("en").endswith(
        "(lines 2, 3); line 3 without a date, dated 15 October 2024 (the wave's date): date= for "
        "another date")  # a library call names read_survey's date= (the CLI: --date)
    # with --date 2025 the undated reading is 2025's and repeats nothing
    assert not [p for p in bm.validate(path, type="commune", date="15/10/2025")
                if p.severity == "error"]
