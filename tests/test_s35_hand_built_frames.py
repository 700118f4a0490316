"""A survey frame built by hand in pandas (session 35): its values checked once at the
analysis functions' door, as the reader checks a file's, each slip one sentence naming the
column, the rows and what is expected; what the reader normalises normalised alike."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import barometre as bm
from barometre.analysis import frame_check


@pytest.fixture(scope="module")
def communes():
    """The communes of the Hautes-Alpes, read by hand: Facebook for those of 1,000
    inhabitants or more (a tenth of their population as followers), X for none."""
    ref = bm.entities("commune")
    ref = ref[ref["departement"] == "05"].reset_index(drop=True)
    rows = []
    for r in ref.itertuples():
        big = r.population >= 1000
        rows.append({"code": r.code, "name": r.name, "platform": "facebook",
                     "present": big, "followers": int(r.population) // 10 if big else None})
        rows.append({"code": r.code, "name": r.name, "platform": "x", "present": False,
                     "followers": None})
    s = pd.DataFrame(rows).merge(ref[["code", "population"]], on="code")
    return s.assign(present=s["present"].astype("boolean"),
                    followers=s["followers"].astype("Int64"),
                    collectivity_type="commune", date=pd.Timestamp("2026-11-15"), year=2026,
                    source_row=s.index + 2)


def _refused(call) -> bm.UsageError:
    with pytest.raises(bm.UsageError) as exc:
        call()
    return exc.value


def test_the_hand_built_frame_is_counted(communes):
    a = bm.adoption(communes)
    assert a.loc[a["platform"] == "facebook", "n_base"].item() == len(communes) // 2


# ------------------------------------------------------------ 1. a blank code

def test_a_blank_code_is_refused_not_counted(communes):
    # n stayed the same, and rank listed « 87 NaN Aiguilles »
    s = communes.copy()
    s.loc[4, "code"] = np.nan
    for call in (lambda: bm.adoption(s), lambda: bm.rank(s, "facebook"),
                 lambda: bm.follower_stats(s), lambda: bm.league_table(s)):
        e = _refused(call)
        assert e.code == "survey-frame-code-blank"
    assert str(e) == (
        "la colonne code du tableau d'enquête est vide (ligne 4) : chaque relevé porte le "
        "code INSEE (le SIREN d'un EPCI) de son entité ; complétez-le, ou retirez ces "
        "lignes : survey.dropna(subset=[\"code\"])")
    assert e.render("en").startswith("column code of the survey frame is blank (row 4): ")


# ------------------------------------------------------------ 2. a code of no commune

def test_a_code_of_no_commune_is_refused(communes):
    # « 99999 Gap » ranked first
    s = communes.copy()
    s.loc[s["code"] == "05061", "code"] = "99999"
    e = _refused(lambda: bm.rank(s, "facebook"))
    assert e.code == "survey-frame-code-unknown"
    rows = s.index[s["code"] == "99999"].tolist()
    assert str(e) == (
        "la colonne code du tableau d'enquête a des codes d'aucune entité de type commune "
        f"(« 99999 » ; lignes {rows[0]} et {rows[1]}) : attendu les codes du référentiel, "
        "barometre.entities(\"commune\")[\"code\"]")
    assert e.render("en") == (
        "column code of the survey frame has codes of no entity of type municipality "
        f"(“99999”; rows {rows[0]} and {rows[1]}): expected the codes of the reference, "
        "barometre.entities(\"commune\")[\"code\"]")


def test_many_rows_are_said_by_their_first_labels(communes):
    s = communes.assign(code="99999").set_axis([f"r{i}" for i in range(len(communes))])
    e = _refused(lambda: bm.adoption(s))
    assert f"lignes r0, r1, r2, r3, r4 et {len(s) - 5} autres)" in str(e)
    assert f"rows r0, r1, r2, r3, r4 and {len(s) - 5:,} more)" in e.render("en")


# ------------------------------------------------------------ 3. a code with a space

def test_a_code_with_spaces_is_read_as_the_reader_reads_it(communes):
    # adoption counted « 05061 », then benchmark said « Gap (05061) n'est pas dans le fichier »
    s = communes.copy()
    s.loc[s["code"] == "05061", "code"] = " 05061"
    assert bm.adoption(s).equals(bm.adoption(communes))
    b = bm.benchmark(s, "Gap")
    assert b.attrs["code"] == "05061"
    assert b[["platform", "rank"]].equals(bm.benchmark(communes, "Gap")[["platform", "rank"]])
    assert (s["code"] == " 05061").sum() == 2  # the caller's frame as it was


# ------------------------------------------------------------ 4. negative, infinite counts

def test_a_negative_count_is_refused(communes):
    # ranked 126th, and in follower_stats' quartiles
    s = communes.copy()
    s.loc[0, "followers"] = -5
    for call in (lambda: bm.rank(s, "facebook"), lambda: bm.follower_stats(s),
                 lambda: bm.benchmark(s, "Gap")):
        e = _refused(call)
        assert e.code == "survey-frame-followers-negative"
    assert str(e) == (
        "la colonne followers du tableau d'enquête a des nombres négatifs (« -5 » ; ligne 0) :"
        " attendu un nombre d'abonnés positif ou nul, vide (pd.NA) s'il est inconnu")


def test_an_infinite_count_is_refused(communes):
    # OverflowError: cannot convert float infinity to integer
    s = communes.assign(followers=communes["followers"].astype(float))
    s.loc[2, "followers"] = np.inf
    e = _refused(lambda: bm.rank(s, "facebook"))
    assert e.code == "survey-frame-followers-infinite"
    assert e.render("en") == (
        "column followers of the survey frame has infinite numbers (row 2): expected a whole "
        "follower count, blank (pd.NA) when unknown")
    assert len(bm.rank(s.assign(followers=communes["followers"].astype(float)), "facebook"))


# ------------------------------------------------------------ 5. platform names

def test_platform_names_are_read_as_the_reader_reads_them(communes):
    # « Facebook », « X », « twitter »: rows of their own, NaN labels, « aucun réseau »
    s = communes.assign(platform=communes["platform"].map({"facebook": "Facebook", "x": "X"}))
    s.loc[s.index[-1], "platform"] = "twitter"
    a = bm.labelled(bm.adoption(s))
    assert a["platform"].tolist() == ["facebook", "x", "any"]
    assert a["platform_label"].notna().all()
    assert a.drop(columns=["platform_label"]).equals(
        bm.labelled(bm.adoption(communes)).drop(columns=["platform_label"]))
    assert bm.rank(s, "facebook").equals(bm.rank(communes, "facebook"))
    assert s["platform"].iloc[0] == "Facebook"  # the caller's frame as it was


def test_an_unknown_platform_is_refused(communes):
    s = communes.copy()
    s.loc[[1, 3], "platform"] = "tiktokk"
    e = _refused(lambda: bm.adoption(s))
    assert e.code == "survey-frame-platform-unknown"
    assert "(« tiktokk » ; lignes 1 et 3) : attendu un identifiant de réseau" in str(e)


# ------------------------------------------------------------ 6. communes typed départements

def test_communes_typed_departements_are_refused_in_words(communes):
    # ValueError: a base of 295 answers in a population of 101 (analysis/stats.py)
    s = communes.assign(collectivity_type="departement")
    e = _refused(lambda: bm.adoption(s))
    assert e.code == "survey-frame-code-unknown"
    assert str(e).startswith(
        "la colonne code du tableau d'enquête a des codes d'aucune entité de type "
        "département (« 05001 », « 05003 », « 05004 » et ")
    assert str(e).endswith(
        "; ce sont des codes de type commune : la colonne collectivity_type dit-elle le bon "
        "type ?")


def test_a_blank_type_is_refused(communes):
    e = _refused(lambda: bm.adoption(communes.assign(collectivity_type=np.nan)))
    assert e.code == "survey-frame-type-unknown"
    assert e.render("en").startswith(
        "column collectivity_type of the survey frame has unknown types (blank; rows 0, 1, "
        "2, 3, 4 and ")


# ------------------------------------------------------------ 7. index levels named like columns

def test_index_levels_named_like_columns(communes):
    # rank: « 'code' is both an index level and a column label » (adoption took it)
    s = communes.set_index(["code", "platform"], drop=False)
    assert bm.rank(s, "facebook").equals(bm.rank(communes, "facebook"))
    assert bm.adoption(s).equals(bm.adoption(communes))
    assert s.index.names == ["code", "platform"]


# ------------------------------------------------------------ the reader's frames

def test_a_read_frame_is_checked_once_yet_an_edit_is_seen():
    s = bm.read_survey(bm.demo_file("enquete"))
    assert frame_check._is_checked(s, "code", ("code", "collectivity_type"))
    assert frame_check._is_checked(s, "platform", ("platform",))
    s.loc[s.index[6], "code"] = "99"  # in place: a new Arrow array, no mark
    assert not frame_check._is_checked(s, "code", ("code", "collectivity_type"))
    e = _refused(lambda: bm.adoption(s))
    assert e.code == "survey-frame-code-unknown" and "(« 99 » ; ligne 6)" in str(e)


def test_the_councils_codes_are_codes():
    # « 20R » (the Collectivité de Corse) as a région, as the reader reads it
    s = bm.read_survey("tests/files/regions2015/regions-2015-names.csv", errors="skip")
    assert "20R" in set(s["code"])
    frame_check._CHECKED.clear()
    assert len(bm.adoption(s.copy(), panel=True))
