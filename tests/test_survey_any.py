"""« Au moins un réseau » (the ``any`` platform) on survey data: who is "on no network", and
which readings its share compares with (#any10).

Rule: an entity's "any" for a year is yes when a platform read that year says yes; no only
when every platform the survey read that year (a platform with an answer that year) says no
for it; otherwise not answered (out of the base, in ``n_unknown``). A wave (or a year) that
read fewer platforms than the others has no "any" point in a trend: a share over fewer
networks is another measure.
"""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.analysis.report import report_data
from barometre.analysis import survey as S
from barometre.domain.errors import NoDataError

from .conftest import as_json

# A campaign across New Year: Facebook read on 20/12/2024 for the odd départements, on
# 10/01/2025 for the even ones; Instagram and X on the row's date, 15/01/2025.
NEW_YEAR = ("Code département;Facebook;Date Facebook;Instagram;X;Date du relevé\n"
            "01;Oui;20/12/2024;Non;Non;15/01/2025\n"
            "02;Oui;10/01/2025;Non;Non;15/01/2025\n"
            "03;Non;20/12/2024;Oui;Non;15/01/2025\n"
            "04;Non;10/01/2025;Non;Non;15/01/2025\n"
            "05;Oui;20/12/2024;Non;Non;15/01/2025\n"
            "06;Non;10/01/2025;Non;Oui;15/01/2025\n"
            "07;Non;20/12/2024;Non;Non;15/01/2025\n"
            "08;Oui;10/01/2025;Oui;Oui;15/01/2025\n")


def _by(records: list[dict]) -> dict:
    return {(r["platform"], r["year"]): (r["n_present"], r["n_base"], r["n_unknown"])
            for r in records}


def test_new_year_campaign_any_is_not_no_for_an_entity_whose_facebook_is_set_aside(
        cli, tmp_path):
    """2025 reads Facebook (02, 04, 06, 08), Instagram and X (all eight). By hand:
    yes 02 (Facebook), 03 (Instagram), 06 (X), 08 = 4; no 04 (Non on all three) = 1;
    01, 05, 07 have no 2025 Facebook reading and no "yes" elsewhere: not answered, 3.
    "Au moins un réseau" 2025 = 4/5, 3 out of the base; it was 4/8 (01, 05, 07 counted
    "on no network", 01 and 05 being on Facebook)."""
    src = tmp_path / "nouvel-an.csv"
    src.write_text(NEW_YEAR, encoding="utf-8")
    # coded path (compare --data counts without a frame)
    recs = as_json(cli("compare", "--type", "departement", "--data", src, "-f", "json"))
    got = _by(recs)
    assert got[("any", 2025)] == (4, 5, 3)
    assert got[("facebook", 2025)] == (2, 4, 0)
    assert got[("instagram", 2025)] == (2, 8, 0) and got[("x", 2025)] == (2, 8, 0)
    # frame path: the same figures, every year; 2024 read Facebook alone (01, 03, 05, 07)
    a = bm.adoption(bm.read_survey(src))
    frame = {(p, y): (k, n, u) for p, y, k, n, u in zip(
        a["platform"], a["year"], a["n_present"], a["n_base"], a["n_unknown"])}
    assert frame[("any", 2025)] == (4, 5, 3)
    # 2024 read Facebook alone: its "any" would be Facebook's 2/4 again, no row
    assert ("any", 2024) not in frame and frame[("facebook", 2024)] == (2, 4, 0)
    assert a.attrs["any_platforms"] == {2024: ("facebook",),
                                        2025: ("facebook", "x", "instagram")}
    # trend --data: one wave (15/01/2025), every platform read for all eight: yes for
    # 01, 02, 03, 05, 06, 08, no for 04 and 07 = 6/8
    trend = _by(as_json(cli("trend", "--type", "departement", "--data", src, "-f", "json")))
    assert trend[("any", 2025)] == (6, 8, 0) and trend[("facebook", 2025)] == (4, 8, 0)


def test_an_entity_without_a_reading_on_a_platform_read_that_year_is_not_on_none():
    """Readings as a long file gives them: 02 was not read on X, which 01 was read on."""
    import pandas as pd

    rows = [("01", "facebook", False), ("01", "x", False),
            ("02", "facebook", False),
            ("03", "facebook", True)]
    frame = pd.DataFrame({
        "code": [c for c, _, _ in rows], "name": [f"D{c}" for c, _, _ in rows],
        "collectivity_type": "departement", "platform": [p for _, p, _ in rows],
        "present": pd.array([v for _, _, v in rows], dtype="boolean"),
        "followers": pd.array([None] * 4, dtype="Int64"), "account": None,
        "date": pd.to_datetime(["2025-10-15"] * 4), "year": pd.array([2025] * 4, dtype="Int64"),
        "population": pd.array([None] * 4, dtype="Int64"), "source_row": range(2, 6)})
    a = bm.adoption(frame)
    got = {p: (k, n, u) for p, k, n, u in zip(a["platform"], a["n_present"], a["n_base"],
                                                a["n_unknown"])}
    # yes: 03; no: 01 (Non on Facebook and X); 02: Non on Facebook, X not read: unknown
    assert got["any"] == (1, 2, 1)


OCTOBER = ("Code département;Facebook;Instagram;X;Date du relevé\n"
           "01;Oui;Non;Non;15/10/2025\n02;Non;Non;Non;15/10/2025\n03;Non;Oui;Non;15/10/2025\n"
           "04;Non;Non;Non;15/10/2025\n05;Oui;Oui;Oui;15/10/2025\n")
MARCH = "Code département;Facebook;Date du relevé\n01;Oui;16/03/2026\n03;Oui;16/03/2026\n" \
        "05;Oui;16/03/2026\n"


@pytest.fixture
def october_march(tmp_path):
    oct_, mar = tmp_path / "octobre.csv", tmp_path / "mars.csv"
    oct_.write_text(OCTOBER, encoding="utf-8")
    mar.write_text(MARCH, encoding="utf-8")
    return oct_, mar


def test_a_wave_of_facebook_alone_has_no_any_in_the_trend(cli, october_march):
    """October read three platforms (any: 01, 03, 05 yes, 02, 04 no = 3/5); March read
    Facebook alone (3/3): its "any" would be 100 % over one network. Left out, and said."""
    oct_, mar = october_march
    res = cli("trend", "--type", "departement", "--data", oct_, "--data", mar, "-f", "json")
    got = {(r["platform"], r["wave"]): (r["n_present"], r["n_base"]) for r in as_json(res)}
    assert got[("any", "2025-10-15")] == (3, 5)
    assert ("any", "2026-03-16") not in got
    assert got[("facebook", "2026-03-16")] == (3, 3)  # Facebook itself compares
    assert ("« au moins un réseau » non montré pour la vague du 16 mars 2026 (Facebook) : moins "
            "de réseaux relevés que dans les autres vagues (Facebook, X (ex-Twitter), "
            "Instagram)") in res.stderr
    en = cli("trend", "--type", "departement", "--data", oct_, "--data", mar, "--lang", "en")
    # beside JSON on stderr (above); under the table on stdout (s32: was stderr)
    assert "“at least one network” not shown for the wave of 16 March 2026 (Facebook)" in en.stdout
    assert "not shown" not in en.stderr
    # without "any" asked for, nothing to say
    only = cli("trend", "--type", "departement", "--data", oct_, "--data", mar, "-p", "facebook")
    assert "au moins un réseau" not in only.output


def test_report_evolution_leaves_out_any_of_a_year_of_fewer_platforms(october_march):
    oct_, mar = october_march
    waves = bm.read_waves([oct_, mar], type="departement")
    r = report_data(S.compare_survey(waves, "departement"), waves)
    assert r.extra["evolution_any_left_out"] == {2026: ("facebook",)}
    # March's "any" is left out (and said); October's, X's and Instagram's, read in October
    # only, are points of their own (they were dropped without a word: one point, no line)
    got = {(p, d.year): s for p, d, s in zip(r.evolution["platform"], r.evolution["date"],
                                             r.evolution["share"])}
    assert got == {("facebook", 2025): pytest.approx(2 / 5), ("facebook", 2026): 1.0,
                   ("x", 2025): pytest.approx(1 / 5), ("instagram", 2025): pytest.approx(2 / 5),
                   ("any", 2025): pytest.approx(3 / 5)}


def test_any_left_out_is_the_readings_of_fewer_platforms():
    assert S.any_left_out({2024: ("facebook", "x"), 2025: ("facebook",)}) == {2025: ("facebook",)}
    assert S.any_left_out({2024: ("facebook", "x"), 2025: ("x", "facebook")}) == {}
    # one platform read: its "any" would be that platform again, left out even when alike
    assert S.any_left_out({2024: ("facebook",), 2025: ("facebook",)}) == {
        2024: ("facebook",), 2025: ("facebook",)}
    assert S.any_left_out({None: ("facebook",)}) == {None: ("facebook",)}
    # neither read what the other did: neither compares
    assert S.any_left_out({1: ("facebook", "x"), 2: ("facebook", "tiktok")}) == {
        1: ("facebook", "x"), 2: ("facebook", "tiktok")}


LONG = ("code;plateforme;present;date\n"
        + "".join(f"{c};{p};{v};15/10/2025\n" for c, answers in (
            ("01", "Oui Non Non"), ("02", "Non Non Non"), ("03", "Non Oui Non"),
            ("04", "Non Non Non"), ("05", "Oui Oui Oui"))
            for p, v in zip(("Facebook", "Instagram", "X"), answers.split()))
        + "01;Facebook;Oui;16/03/2026\n03;Facebook;Oui;16/03/2026\n05;Facebook;Oui;16/03/2026\n")


def test_compare_of_a_latest_year_of_facebook_alone_shows_no_any(cli, tmp_path):
    """compare shows 2026 (the latest year), which read Facebook alone: Facebook 3/3, and
    no "au moins un réseau 100 %"; it says why, on the table and on stderr, in English too.
    The report's Évolution says 2026's "any" left out (2025's is a point of its own)."""
    src = tmp_path / "releves.csv"
    src.write_text(LONG, encoding="utf-8")
    table = cli("compare", "--type", "departement", "--data", src)
    assert ("« au moins un réseau » non montré : 2026 n'a relevé que Facebook, moins de "
            "réseaux que les autres années du fichier") in table.stdout
    assert "au moins un réseau  2026" not in table.stdout
    res = cli("compare", "--type", "departement", "--data", src, "-f", "json", "--lang", "en")
    assert [(r["platform"], r["year"], r["n_present"], r["n_base"]) for r in as_json(res)] == [
        ("facebook", 2026, 3, 3)]
    assert "“at least one network” not shown: 2026 read only Facebook" in res.stderr
    frame = S.compare_survey(bm.read_survey(src), "departement")
    assert list(frame["platform"]) == ["facebook"]
    assert frame.attrs["any_left_out"] == {2026: ("facebook",)}
    # a year that reads every platform keeps its "any" (2025: 01, 03, 05 yes; 02, 04 no)
    y25 = S.compare_survey(bm.read_survey(src), "departement", year=2025)
    got = {p: (k, n) for p, k, n in zip(y25["platform"], y25["n_present"], y25["n_base"])}
    assert got["any"] == (3, 5) and "any_left_out" not in y25.attrs
    r = report_data(frame, bm.read_survey(src))
    assert r.extra["evolution_any_left_out"] == {2026: ("facebook",)}


def test_platforms_read_per_year_from_the_tally_equal_a_pass_over_the_readings():
    """compare's counting reads the platforms covered each year off its own (platform,
    year) tally instead of another pass over millions of readings: the same counts, with
    unknown platforms, "any" rows given in the file and unanswered readings."""
    import numpy as np

    from barometre.analysis import survey as S

    rng = np.random.default_rng(19)
    for _ in range(200):
        n, n_ids, n_years = int(rng.integers(1, 400)), int(rng.integers(2, 9)), int(rng.integers(1, 6))
        any_code = int(rng.integers(0, n_ids))
        plat = rng.integers(-1, n_ids, n).astype(np.int8)
        year = rng.integers(0, n_years, n)
        pres = rng.integers(-1, 2, n).astype(np.int8)
        sizes = [n_ids, n_years]
        tally = S._tally_blocks([plat, year], sizes, pres)
        real = plat != any_code
        expected, idle = S._covered_per_year(plat[real], year[real], pres[real], n_years)
        got, got_idle = S._covered_of_tally(tally[0], sizes, any_code)
        assert got.tolist() == expected.tolist()
        k = len(idle)  # the platforms up to the largest code read; none idle beyond
        assert got_idle[:k].tolist() == idle.tolist() and not got_idle[k:].any()


def test_a_platform_never_answered_does_not_make_any_unknown(cli, tmp_path):
    """A long file's TikTok rows all blank (not read): Ain's "Non" on Facebook made it
    absent from every platform read before, but the blank TikTok readings blocked the
    "no": « au moins un réseau » read 100 % (1/1) where 1/2 is right (review11). (Instagram
    read as well: over Facebook alone there is no "any" at all.)"""
    def any_of(tiktok_02: str) -> tuple:
        src = tmp_path / "w3.csv"
        src.write_text("code;plateforme;présent;date\n01;Facebook;Non;15/10/2025\n"
                       "01;TikTok;;15/10/2025\n02;Facebook;Oui;15/10/2025\n"
                       f"02;TikTok;{tiktok_02};15/10/2025\n01;Instagram;Non;15/10/2025\n"
                       "02;Instagram;Non;15/10/2025\n", encoding="utf-8")
        recs = {r["platform"]: r for r in as_json(cli("compare", "--data", src, "--type",
                                                      "departement", "-f", "json"))}
        return src, (recs["any"]["n_present"], recs["any"]["n_base"], recs["any"]["n_unknown"])

    src, counted = any_of("")
    assert counted == (1, 2, 0)
    a = bm.adoption(bm.read_survey(src, type="departement")).set_index("platform")
    assert (a.loc["any", "n_present"], a.loc["any", "n_base"]) == (1, 2)
    # a blank on a platform that was read still stands in the way of a "no"
    assert any_of("Non")[1] == (1, 1, 1)


def test_a_long_files_platform_never_answered_is_said_not_surveyed(tmp_path):
    """A long file's TikTok rows all blank: said « réseau non relevé » as a wide file's
    untouched column is, not « aucune réponse dans la colonne » (a long file has no
    column of its own per platform; review11)."""
    src = tmp_path / "w.csv"
    src.write_text("code;plateforme;présent;date\n01;Facebook;Non;15/10/2025\n"
                   "01;TikTok;;15/10/2025\n02;Facebook;Oui;15/10/2025\n02;TikTok;;15/10/2025\n",
                   encoding="utf-8")
    said = next(p for p in bm.validate(src, type="departement") if p.code == "blank-empty")
    assert said.message.startswith("TikTok : aucune réponse dans le fichier (réseau non relevé) ;")
    assert said.count == 2 and said.rows.tolist() == [3, 5]


# 2024 read Facebook and X (01 on Facebook, 02 on neither); the 2025 rows were left blank
# (columns that record "Non": not answered)
BLANK_2025 = ("code;plateforme;présent;date\n"
              "01;Facebook;Oui;15/10/2024\n01;X;Non;15/10/2024\n"
              "02;Facebook;Non;15/10/2024\n02;X;Non;15/10/2024\n"
              "01;Facebook;;15/10/2025\n01;X;;15/10/2025\n"
              "02;Facebook;;15/10/2025\n02;X;;15/10/2025\n")


def test_a_year_that_read_no_platform_has_no_any(cli, tmp_path):
    """2025 read no platform (every cell blank): "every platform read says no" held of
    none, so compare showed « au moins un réseau 2025 0 % (0/2) » (blank11). No "any" that
    year, on the coded and the frame paths; compare shows 2024, trend says nothing of an
    "any" left out of a wave that has no figure at all."""
    src = tmp_path / "vide-2025.csv"
    src.write_text(BLANK_2025, encoding="utf-8")
    got = _by(as_json(cli("compare", "--type", "departement", "--data", src, "-f", "json")))
    assert got == {("facebook", 2024): (1, 2, 0), ("x", 2024): (0, 2, 0),
                   ("any", 2024): (1, 2, 0)}
    a = bm.adoption(bm.read_survey(src), type="departement")  # codes "01", "02": a tie
    assert _by(a.to_dict("records")) == got
    assert a.attrs["any_platforms"] == {2024: ("facebook", "x")}
    res = cli("compare", "--type", "departement", "--data", src, "--year", "2025")
    assert res.exit_code == 1 and "années disponibles : 2024" in res.stderr
    res = cli("trend", "--type", "departement", "--data", src)
    assert res.exit_code == 0 and "non montré" not in res.output
    assert _by(as_json(cli("trend", "--type", "departement", "--data", src, "-f", "json"))) == got


def test_a_platform_read_alone_gives_no_any(cli, tmp_path):
    """Facebook answered, X and Instagram never filled in (left aside, not surveyed): "au
    moins un réseau" would be over Facebook alone, the same figure as Facebook's under
    another name: no "any" row, and compare says why (it printed both, review14b)."""
    src = tmp_path / "facebook-seul.csv"
    src.write_text("code;Facebook;X;Instagram\n01;Oui;;\n02;Non;;\n03;Oui;;\n04;;;\n",
                   encoding="utf-8")
    assert [p.code for p in bm.validate(src, type="departement")] == [
        "empty-platform-column", "empty-platform-column", "blank-unfilled"]  # 04: nobody filled it
    got = {r["platform"]: (r["n_present"], r["n_base"], r["n_unknown"]) for r in
           as_json(cli("compare", "--type", "departement", "--data", src, "-f", "json"))}
    # 04's Facebook blank is not answered (the column records "Non"): out of the base
    assert got == {"facebook": (2, 3, 1)}
    a = bm.adoption(bm.read_survey(src, type="departement"))
    assert {p: (k, n, u) for p, k, n, u in zip(a["platform"], a["n_present"], a["n_base"],
                                               a["n_unknown"])} == got
    assert a.attrs["any_platforms"] == {None: ("facebook",)}


def test_a_type_selected_without_an_answer_has_no_any(tmp_path):
    """A survey of communes whose only ville préfecture (Rennes) was left blank: the
    villes préfectures read no platform; their "au moins un réseau" was 0 % (0/1), now
    no figure for the type (pub-no-figure-for-type, the error compare already gives)."""
    src = tmp_path / "communes.csv"
    src.write_text("code;Facebook;X\n01001;Oui;Non\n01002;Non;Oui\n35238;;\n", encoding="utf-8")
    s = bm.read_survey(src, type="commune")
    with pytest.raises(NoDataError) as exc:
        S.compare_survey(s, "ville_prefecture")
    assert exc.value.code == "pub-no-figure-for-type"
    assert S.adoption(s, type="ville_prefecture").empty
    # the communes keep theirs: Rennes is out of the bases, not "on no network"
    a = S.adoption(s).set_index("platform")
    assert (a.loc["any", "n_present"], a.loc["any", "n_base"],
            a.loc["any", "n_unknown"]) == (2, 2, 1)


FB_ONLY = "Département;Facebook\nAin;Oui\nAisne;Non\nAllier;Oui\nCantal;Non\n"
FB_TWO_YEARS = ("Département;Plateforme;Présent;Date du relevé\n"
                "Ain;Facebook;Oui;15/10/2024\nAisne;Facebook;Non;15/10/2024\n"
                "Ain;Facebook;Oui;15/10/2025\nAisne;Facebook;Oui;15/10/2025\n")


def test_a_survey_of_one_platform_publishes_no_any(cli, tmp_path):
    """A file of Facebook alone: compare printed « au moins un réseau 50 % 2/4 », Facebook's
    figure again (review14b). No "any" in compare, trend --data, the charts or the report;
    each says why, in French and English."""
    src = tmp_path / "fbonly.csv"
    src.write_text(FB_ONLY, encoding="utf-8")
    res = cli("compare", "--type", "departement", "--data", src)
    assert "au moins un réseau " not in res.stdout.split("« au moins un réseau » non")[-1]
    assert ("« au moins un réseau » non montré : un seul réseau relevé (Facebook) ; sur un "
            "réseau, ce serait la même part sous un autre nom") in res.stdout
    en = cli("compare", "--type", "departement", "--data", src, "-f", "json", "--lang", "en")
    assert [r["platform"] for r in as_json(en)] == ["facebook"]
    assert "“at least one network” not shown: one platform read (Facebook)" in en.stderr
    assert "any" not in set(bm.adoption(bm.read_survey(src, type="departement"))["platform"])
    two = tmp_path / "fb2.csv"
    two.write_text(FB_TWO_YEARS, encoding="utf-8")
    res = cli("compare", "--type", "departement", "--data", two)
    assert "un seul réseau relevé en 2025 (Facebook)" in res.stdout
    res = cli("trend", "--type", "departement", "--data", two, "-f", "json")
    assert {r["platform"] for r in as_json(res)} == {"facebook"}
    assert ("« au moins un réseau » non montré : un seul réseau relevé (Facebook)"
            in res.stderr)
    waves = bm.read_waves([two], type="departement")
    r = report_data(S.compare_survey(waves, "departement"), waves)
    assert "any" not in set(r.evolution["platform"])
    assert r.extra["evolution_any_one_platform"] == "facebook"
    assert r.extra["evolution_any_left_out"] == {2024: ("facebook",), 2025: ("facebook",)}
    out = tmp_path / "c.svg"
    assert cli("chart", "adoption", "--type", "departement", "--data", src, "-o", out).exit_code == 0
    assert "au moins un" not in out.read_text(encoding="utf-8")
    # with --vs (the frame path): the same
    com = tmp_path / "communes.csv"
    com.write_text("code;Facebook\n35238;Oui\n01001;Non\n44109;Oui\n", encoding="utf-8")
    res = cli("compare", "--type", "commune", "--vs", "ville_prefecture", "--data", com)
    assert "un seul réseau relevé (Facebook)" in res.stdout
    assert "au moins un réseau  " not in res.stdout


def test_waves_of_one_different_platform_each_are_not_said_to_read_fewer(cli, tmp_path):
    """A 2024 file of Instagram alone and a 2025 file of Facebook alone: trend said each
    wave read « moins de réseaux … que les autres vagues (Facebook, Instagram) » and compare
    « 2025 n'a relevé que Facebook, moins de réseaux que les autres années »: no wave read
    more than one platform."""
    ig, fb = tmp_path / "ig.csv", tmp_path / "fb.csv"
    ig.write_text("Code département;Instagram;Date\n01;Oui;15/10/2024\n02;Non;15/10/2024\n",
                  encoding="utf-8")
    fb.write_text("Code département;Facebook;Date\n01;Oui;15/10/2025\n02;Oui;15/10/2025\n",
                  encoding="utf-8")
    res = cli("trend", "--type", "departement", "--data", ig, "--data", fb)
    assert res.stdout.splitlines()[-1] == (  # the table's last note (s32: stderr)
        "« au moins un réseau » non montré pour la vague du 15 octobre 2024 (Instagram) ; la vague "
        "du 15 octobre 2025 (Facebook) : un seul réseau relevé par vague ; sur un réseau, ce serait "
        "la même part sous un autre nom.")
    both = tmp_path / "both.csv"
    both.write_text("code;plateforme;present;date\n01;Instagram;Oui;15/10/2024\n"
                    "01;Facebook;Oui;15/10/2025\n", encoding="utf-8")
    out = cli("compare", "--type", "departement", "--data", both).stdout
    assert ("« au moins un réseau » non montré : un seul réseau relevé en 2025 (Facebook)"
            in out)
    assert "moins de réseaux" not in out


def test_any_asked_of_a_survey_of_one_platform_says_why_there_is_none(cli, tmp_path):
    """`compare -p any` on a Facebook-only file said « aucun chiffre pour le type … pour
    ces réseaux », not why."""
    f = tmp_path / "fb.csv"
    f.write_text("Département;Facebook\nAin;Oui\nAisne;Non\n", encoding="utf-8")
    res = cli("compare", "--data", f, "-t", "departement", "-p", "any")
    assert res.exit_code == 1
    assert res.stderr.strip() == (
        "barometre : « au moins un réseau » : le fichier ne relève qu'un réseau (Facebook) ; "
        "sur un réseau, ce serait la même part sous un autre nom (-p facebook pour elle)")


# 01 answered both; 02 « Non » on both; 03 « Non » on Facebook, Instagram left blank; 04
# left both blank (--blank unknown: blanks are not « Non »)
PARTIAL = ("Code département;Facebook;Instagram;Date du relevé\n"
           "01;Oui;Oui;15/10/2025\n02;Non;Non;15/10/2025\n03;Non;;15/10/2025\n"
           "04;;;15/10/2025\n")


def test_any_says_apart_who_answered_non_somewhere_and_left_another_blank(cli, tmp_path):
    """By hand, "au moins un réseau": 01 yes, 02 no: 1/2; 03 and 04 out of the base, but
    03 answered (« Non » on Facebook, counted in the coverage): not « 2 autres sans
    réponse » but 1 without any answer and 1 without an answer on some of the networks."""
    src = tmp_path / "partiel.csv"
    src.write_text(PARTIAL, encoding="utf-8")
    recs = as_json(cli("compare", "--type", "departement", "--data", src, "--blank",
                       "unknown", "-f", "json"))
    by = {r["platform"]: r for r in recs}
    assert (by["any"]["n_present"], by["any"]["n_base"], by["any"]["n_unknown"]) == (1, 2, 2)
    assert by["any"]["n_unknown_partial"] == 1
    assert by["facebook"]["n_unknown"] == 1 and by["facebook"]["n_unknown_partial"] is None
    fr = cli("compare", "--type", "departement", "--data", src, "--blank", "unknown")
    assert fr.exit_code == 0, fr.output
    assert ("1 autre sans réponse, 1 sans réponse sur une partie des réseaux (« Non » sur "
            "les autres), hors base") in " ".join(fr.stdout.split())
    en = cli("compare", "--type", "departement", "--data", src, "--blank", "unknown",
             "--lang", "en")
    assert ("1 other not answered, 1 not answered on some of the networks (“Non” on the "
            "others), out of the base") in " ".join(en.stdout.split())
    # the frame path counts them too
    a = bm.adoption(bm.read_survey(src, blank="unknown"))
    assert a.set_index("platform").loc["any", "n_unknown_partial"] == 1


def test_any_partial_only_says_no_silent_others(cli, tmp_path):
    """Every entity answered something: the "any" base's others are all partial."""
    src = tmp_path / "partiel.csv"
    src.write_text(PARTIAL.replace("04;;;", "04;Non;;"), encoding="utf-8")
    fr = cli("compare", "--type", "departement", "--data", src, "--blank", "unknown")
    text = " ".join(fr.stdout.split())
    assert ("; 2 autres sans réponse sur une partie des réseaux (« Non » sur les autres), "
            "hors base") in text
    assert "autres sans réponse, hors base" not in text.split("au moins un réseau")[1]
