"""Session 36 (W37): one reading of a wave's entities on both readers.

Rule (session 35, ``said_rows``): an entity is in a wave when it has an answer, a count or
an account there. ``compare --data long.csv --panel`` counts on the coded readings
(:func:`barometre.survey.reader.read_coded`), whose panel saw the answers only: an entity
whose only entry at a wave was a follower count beside « NR » (or an account beside it)
was out of that wave, while the frame of :func:`barometre.read_survey` kept it. Each
reader (the small-file reader and the columnar one of large CSV files, forced here) and
each form (frame, coded readings) now gives the same panel and the same figures.
"""

from __future__ import annotations

import pandas as pd
import pytest

import barometre as bm
from barometre.analysis.survey import compare_survey
from barometre.survey.reader import read_coded

from .test_fast_path import _fast_threshold

HEADER = "Code;Département;Plateforme;Présent;Abonnés;Compte;Date du relevé"


def _long_file(path):
    """Six départements read on 15/10/2024 and 15/10/2025. At the second wave 01 holds a
    count beside « NR », 02 a count beside a blank presence (read « Oui »), 03 an account
    beside « NR » (each in its wave), 04 « NR » alone (out of it)."""
    rows = [HEADER]
    for year in (2024, 2025):
        for d in ("01", "02", "03", "04", "05", "06"):
            for platform, answer in (("Facebook", "Oui"), ("Instagram", "Non")):
                count, account = ("1200" if answer == "Oui" else ""), ""
                fb = platform == "Facebook"
                if year == 2025 and d == "01":
                    answer, count = "NR", ("1500" if fb else "")
                elif year == 2025 and d == "02":
                    answer, count = "", ("800" if fb else "")
                elif year == 2025 and d == "03":
                    answer, count, account = "NR", "", ("@ain03" if fb else "")
                elif year == 2025 and d == "04":
                    answer, count = "NR", ""
                rows.append(f"{d};;{platform};{answer};{count};{account};15/10/{year}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _read(path, fast: bool, coded: bool):
    with _fast_threshold(0 if fast else float("inf")):
        if coded:
            return read_coded(path, errors="skip")
        return bm.read_survey(path, errors="skip")


@pytest.mark.parametrize("year", [2024, 2025])
def test_panel_and_figures_alike_on_both_readers_and_both_forms(tmp_path, year):
    path = _long_file(tmp_path / "releves.csv")
    got = {(fast, coded): compare_survey(_read(path, fast, coded), panel=True, year=year)
           for fast in (True, False) for coded in (True, False)}
    first = got[False, False]
    # 04 alone out: « NR » and nothing else at 2025; 01, 02 and 03 said something there
    assert first.attrs["panel_out"] == {
        "type": "departement", "n": 1, "n_panel": 5,
        "absent": {"2024-10-15": 0, "2025-10-15": 1},
        "held": {"2024-10-15": 6, "2025-10-15": 5}, "unanswered": 0}
    for key, res in got.items():
        assert res.attrs["panel_out"] == first.attrs["panel_out"], key
        pd.testing.assert_frame_equal(res.reset_index(drop=True),
                                      first.reset_index(drop=True), obj=str(key))


def test_the_coded_readings_note_a_count_or_an_account_beside_no_answer(tmp_path):
    path = _long_file(tmp_path / "releves.csv")
    for fast in (True, False):
        c = _read(path, fast, coded=True)
        noted = sorted(c.codes[c.entity[c.noted]].tolist())
        assert noted == ["01", "03"]  # 02's count beside a blank reads « Oui »: answered


def test_compare_panel_command_keeps_an_entity_of_a_count_beside_nr(tmp_path):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    path = _long_file(tmp_path / "releves.csv")
    with _fast_threshold(0):
        out = CliRunner().invoke(app, ["compare", "--data", str(path), "--panel",
                                       "--year", "2024"]).output
    assert "1 département non relevé à l'une des vagues, hors panel (0 le 15 octobre " \
           "2024, 1 le 15 octobre 2025)" in out
    assert "5 départements du panel" in out


def test_one_membership_test_for_the_waves_and_the_classement():
    """``answered_at``: the test of ``answered_rows`` (an entity in its wave: an answer, a
    count or an account there) and of the report's Classement (its (code, year) rows),
    one spelling; a year of Int64 is the same year of int64, a missing code one value."""
    import numpy as np

    from barometre.analysis.survey import answered_at, answered_rows, said_rows

    s = pd.DataFrame({
        "code": pd.array(["01", "01", "02", "02", None, "03"], dtype="string"),
        "year": pd.array([2024, 2025, 2024, 2025, 2025, 2024], dtype="Int64"),
        "present": pd.array([True, None, None, None, True, False], dtype="boolean"),
        "followers": [np.nan, np.nan, np.nan, 5.0, np.nan, np.nan]})
    said = said_rows(s)
    assert answered_rows(s).tolist() == [True, False, False, True, True, True]
    league = pd.DataFrame({"code": ["01", "01", "02", "02", "03", None, "04"],
                           "year": [2024, 2025, 2024, 2025, 2025, 2025, 2024]})
    assert answered_at(s, said, "year", league["code"], league["year"]).tolist() == [
        True, False, False, True, False, True, False]
