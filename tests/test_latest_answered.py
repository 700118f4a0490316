"""A later non-answer never hides an earlier answer of the same year (#latest20).

``files/latest20/s1.csv`` (the statistician's file, cp1252): 40 départements read on
15/10/2024, 15/03/2025 and 15/10/2025; Gard (30) Facebook « Oui » on 15/03/2025 then « NR »
on 15/10/2025 (line 256), Isère (38) Instagram « Oui » then a blank (line 331), Ariège (09)
TikTok « Non » then a blank (line 85). ``files/latest20/vague.csv``: the 101 départements on
Facebook on 15/10/2024 and 15/10/2025, and four corrections on 17/10/2025 in the 2025 wave:
« NR » for 02 and 03 and a blank for 05 (all « Oui » on 15/10), « Oui » for 04 (« NR » on 15/10).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import barometre as bm
from barometre.analysis import grouping
from barometre.analysis.survey import compare_survey, latest, latest_per_year
from barometre.survey.reader import read_coded

from .conftest import FILES
from .test_fast_path import fast_reader, normal_reader, same_reading

S1 = FILES / "latest20" / "s1.csv"
WAVE = FILES / "latest20" / "vague.csv"


def _figures(survey, year=2025):
    out = compare_survey(survey, type="departement", year=year)
    return {r.platform: (int(r.n_present), int(r.n_base)) for r in out.itertuples()}


def _by_hand(path, blank_absent=False):
    """The rule written with pandas on the file itself: per département, platform and year,
    the latest reading with an answer, else the latest reading."""
    df = pd.read_csv(path, sep=";", encoding="cp1252", dtype=str).fillna("")
    df.columns = ["code", "name", "platform", "present", "followers", "date"]
    df["date"] = pd.to_datetime(df["date"], dayfirst=True)
    answers = ("Oui", "Non", "") if blank_absent else ("Oui", "Non")
    df["answered"] = df["present"].isin(answers)
    y = df[df["date"].dt.year == 2025].sort_values(["answered", "date"], kind="stable")
    y = y.groupby(["code", "platform"]).last()
    return {p: (int((g["present"] == "Oui").sum()), int(g["answered"].sum()))
            for p, g in y.groupby(level="platform")}


@pytest.mark.parametrize("coded", [False, True], ids=["frame", "coded"])
def test_an_earlier_answer_of_the_year_is_kept(coded):
    s = read_coded(S1) if coded else bm.read_survey(S1)
    got = _figures(s)
    # Gard's « Oui » of March counts: 36/39, not 35/38; Isère's Instagram, Ariège's TikTok
    assert got["facebook"] == (36, 39)
    assert got["instagram"] == (27, 36)
    assert got["tiktok"] == (3, 36)
    assert got["x"] == (24, 37)
    want = _by_hand(S1)
    assert {"Facebook": got["facebook"], "Instagram": got["instagram"], "TikTok": got["tiktok"],
            "X (ex-Twitter)": got["x"]} == want


def test_the_latest_answered_reading_is_the_one_kept():
    s = bm.read_survey(S1)
    per_year = latest_per_year(s)
    row = per_year.set_index(["code", "platform", "year"])["source_row"]
    assert row[("30", "facebook", 2025)] == 255  # « Oui » of 15/03, not « NR » of 15/10
    assert row[("38", "instagram", 2025)] == 330
    assert row[("09", "tiktok", 2025)] == 84  # « Non » of 15/03: an answer too
    assert row[("05", "x", 2025)] == 46  # « Non » after « Oui »: a later answer, kept
    assert row[("04", "instagram", 2025)] == 33  # no answer in 2025: its blank reading
    # over the years: the latest year first, then its latest answer
    one = latest(s).set_index(["code", "platform"])["source_row"]
    assert one[("30", "facebook")] == 255
    assert one[("04", "instagram")] == 33  # 2024's « Non » does not come back
    assert row[("01", "facebook", 2025)] == 4  # « NR » in March, « Oui » in October


def test_validate_says_the_readings_passed_over():
    problems = [p for p in bm.validate(S1) if p.code == "unanswered-after-answer"]
    assert len(problems) == 1
    p = problems[0]
    assert p.severity == "warning" and p.count == 3 and list(p.rows) == [85, 256, 331]
    assert p.message == (
        "3 relevés sans réponse, plus récents qu'une réponse de la même année pour la même "
        "collectivité sur le même réseau : la réponse du 15 mars 2025 est gardée (compare, rank, "
        "benchmark, trend, le rapport) ; lignes 85, 256, 331")
    assert p.text("en") == (
        "3 readings without an answer, later than an answer of the same year for the same "
        "entity on the same platform: the answer of 15 March 2025 is kept (compare, rank, "
        "benchmark, trend, the report); lines 85, 256, 331")


def test_blanks_read_as_absent_are_answers():
    # --blank absent: Isère's and Ariège's blanks are « Non », the latest answers; Gard's
    # « NR » still passes over its « Oui »
    problems = [p for p in bm.validate(S1, blank="absent")
                if p.code == "unanswered-after-answer"]
    assert [(p.count, list(p.rows)) for p in problems] == [(1, [256])]
    got = _figures(bm.read_survey(S1, blank="absent"))
    want = _by_hand(S1, blank_absent=True)
    # a blank of 2025 (Dordogne) is now « Non », in the base: 36/40
    assert got["facebook"] == want["Facebook"] == (36, 40)
    assert got["instagram"] == want["Instagram"]
    assert got["tiktok"] == want["TikTok"]


def test_the_commands_count_it_and_benchmark_names_no_gard(cli):
    r = cli("compare", "--data", S1, "-t", "departement", "-p", "facebook")
    assert r.exit_code == 0, r.output
    assert "36/39" in r.stdout and "35/38" not in r.stdout
    r = cli("benchmark", "--data", S1, "--entity", "69", "-p", "facebook")
    assert r.exit_code == 0, r.output
    assert "1 sans réponse : Dordogne" in r.stdout and "Gard" not in r.stdout
    r = cli("validate", S1, "--lang", "en")
    assert "the answer of 15 March 2025 is kept" in r.output


def test_within_a_wave_the_answer_is_kept():
    w = bm.read_waves([WAVE], type="departement")
    t = bm.wave_trend(w)
    last = t[t["platform"] == "facebook"].iloc[-1]
    assert str(last["wave"])[:10] == "2025-10-15"
    # 79 « Oui » of 100 answers on 15/10, 04's « Oui » of 17/10 added; 02, 03, 05 stay « Oui »
    assert (int(last["n_present"]), int(last["n_base"])) == (80, 101)
    assert _figures(bm.read_survey(WAVE)) == {"facebook": (80, 101)}
    problems = {p.code: p for p in bm.validate(WAVE)}
    assert list(problems["unanswered-after-answer"].rows) == [204, 205, 206]
    assert "la réponse du 15 octobre 2025 est gardée" in problems["unanswered-after-answer"].message
    # « NR » then « Oui »: replaced, said as before; the later non-answers replace nothing
    replaced = problems["reading-replaced"]
    assert replaced.count == 1 and sorted(replaced.rows) == [106, 207]


@pytest.mark.parametrize("path", [S1, WAVE], ids=["s1", "vague"])
def test_both_readers_and_both_countings_agree(tmp_path, path):
    from .test_columnar_core import _same_figures

    same_reading(normal_reader, fast_reader, path)
    _same_figures(path)


def test_a_repeat_on_one_date_is_still_refused():
    s = bm.read_survey(S1)
    gard = s[(s["code"] == "30") & (s["platform"] == "facebook") & (s["year"] == 2025)]
    again = gard.iloc[[1]].assign(present=pd.array([None], dtype="boolean"),
                                  date=gard["date"].iloc[0])  # « NR » on 15/03 too
    with pytest.raises(bm.UsageError) as e:
        bm.adoption(pd.concat([s, again]))
    assert e.value.code == "survey-frame-conflict"


def test_latest_of_on_integer_keys():
    # one entity, one platform; year codes 1, 1, 1, 2, 2: answered, answered, not, not, not
    code = np.zeros(5, dtype=np.int64)
    platform = np.zeros(5, dtype=np.int64)
    year = np.array([1, 1, 1, 2, 2], dtype=np.int8)
    rows = np.arange(5)
    answered = np.array([True, True, False, False, False])
    pos, unique = grouping.latest_of(code, platform, year, lambda: rows, lambda: rows, True,
                                     answered=lambda: answered)
    assert list(pos) == [1, 4] and not unique  # 2024: its latest answer; 2025: none, its last
    pos, _ = grouping.latest_of(code, platform, year, lambda: rows, lambda: rows, False,
                                answered=lambda: answered)
    assert list(pos) == [4]  # the latest year first: 2024's answer does not come back
    pos, _ = grouping.latest_of(code, platform, year, lambda: rows, lambda: rows, True)
    assert list(pos) == [2, 4]  # without the flag: the latest reading


def test_council_territories_compare_their_latest_answers():
    # 67 « Oui » and 68 « Non » on 15/03, 67 « NR » on 15/10: the CeA's one account is said
    # both existing and not, as the figures count 67's « Oui »
    problems = {p.code: p for p in bm.validate(FILES / "latest20" / "alsace.csv")}
    assert "Facebook : Oui (67), Non (68)" in problems["council-territories-disagree"].message
    assert list(problems["unanswered-after-answer"].rows) == [103]
