"""Waves and series said as they are (reviews 17b, 17c).

- A platform one of two waves did not read (Bluesky, added in 2025) is said once, « Bluesky
  non relevé à la vague du 15 octobre 2024 », not as 101 entities « pas dans la vague »:
  they were in that wave. « pas dans la vague » stays for an entity truly missing from it
  (« absent » says « no account », waves21b).
- « Au moins un réseau » of waves that read as many platforms, not the same ones, is not
  said to be over « moins de réseaux ».
- A wave prefix that matches several waves (« 2024 » of March and October 2024) is said
  ambiguous, not « introuvable ».
- A published figure whose base is unstated (Edgar Quinet's 80 %≈ of the régions, May
  2012) is not linked to one of a stated base (its 85 % of 27 régions, October 2012).
"""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.render.excel.cells import typeset
from barometre import charts
from barometre.analysis import published as P
from barometre.analysis import survey as S
from barometre.analysis import waves as W
from barometre.messages import text

from .conftest import as_json


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def bluesky(tmp_path):
    """2024: Facebook and X for 01–04; 2025: Facebook and Bluesky for 01–03 (04 dropped)."""
    old = _write(tmp_path / "v2024.csv", ["Code département;Facebook;X;Date"] + [
        f"{c};{fb};{x};15/10/2024" for c, fb, x in (("01", "Oui", "Non"), ("02", "Non", "Oui"),
                                                  ("03", "Oui", "Oui"), ("04", "Oui", "Non"))])
    new = _write(tmp_path / "v2025.csv", ["Code département;Facebook;Bluesky;Date"] + [
        f"{c};{fb};{b};15/10/2025" for c, fb, b in (("01", "Oui", "Oui"), ("02", "Oui", "Non"),
                                                  ("03", "Oui", "Non"))])
    return old, new


# --------------------------------------------------------------------------- platform not read

def test_a_platform_one_wave_did_not_read_is_said_once_not_of_each_entity(cli, bluesky):
    old, new = bluesky
    res = cli("changes", "--data", old, "--data", new, "-p", "bluesky", "--list")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[3] == ("  Non comparables (4) : Bluesky non relevé à la vague du 15 octobre 2024 "
                        "(3 entités), Alpes-de-Haute-Provence (04, pas dans la vague du "
                        "15 octobre 2025)")
    assert "pas dans la vague du 15 octobre 2024" not in res.stdout  # 01–03 were in it
    en = cli("changes", "--data", old, "--data", new, "-p", "bluesky", "--list", "--lang", "en")
    assert ("Not comparable (4): Bluesky not read in the wave of 15 October 2024 (3 entities), "
            "Alpes-de-Haute-Provence (04, not in the wave of 15 October 2025)") in en.stdout
    # the rows keep each entity, with why: read in 2024 (not on Bluesky), or not in 2025 at all
    recs = as_json(cli("changes", "--data", old, "--data", new, "--list", "-f", "json"))
    why = {(r["platform"], r["code"]): r["reason"] for r in recs if r["status"] == "not_comparable"}
    assert why == {("facebook", "04"): "missing_new", ("x", "01"): "not_read_new",
                   ("x", "02"): "not_read_new", ("x", "03"): "not_read_new",
                   ("x", "04"): "missing_new", ("bluesky", "01"): "not_read_old",
                   ("bluesky", "02"): "not_read_old", ("bluesky", "03"): "not_read_old",
                   ("bluesky", "04"): "missing_new"}
    # changes: each such platform said once, with the table's notes: under the table on
    # stdout (s35: it was on stderr, a redirected table's row left unexplained), on stderr
    # beside JSON (the output kept to its rows)
    for fmt in ("table", "json"):
        res = cli("changes", "--data", old, "--data", new, "-f", fmt)
        said = [x for x in (res.stdout if fmt == "table" else res.stderr).splitlines()
                if "non relevé" in x]
        assert not any("non relevé" in x for x in (res.stderr if fmt == "table"
                                                   else res.stdout).splitlines()), fmt
        assert said == ["X (ex-Twitter) non relevé à la vague du 15 octobre 2025 : pas "
                        "d'évolution à mesurer sur ce réseau",
                        "Bluesky non relevé à la vague du 15 octobre 2024 : pas d'évolution à "
                        "mesurer sur ce réseau"], fmt
    t = W.transitions(W.read_waves([old, new]))
    assert t.attrs["not_read"] == {"x": "2025-10-15", "bluesky": "2024-10-15"}


def test_an_entity_read_in_a_wave_but_not_on_a_platform_is_not_absent_from_it(tmp_path):
    """A long file: 05 read on Facebook in 2024, not on X (X read for the others): it was
    in the 2024 wave, « non relevé sur ce réseau », not « pas dans la vague »."""
    rows = ["code;plateforme;present;date"]
    for c in ("01", "02", "03", "04"):
        rows += [f"{c};Facebook;Oui;15/10/2024", f"{c};X;Non;15/10/2024",
                 f"{c};Facebook;Oui;15/10/2025", f"{c};X;Oui;15/10/2025"]
    rows += ["05;Facebook;Oui;15/10/2024", "05;Facebook;Oui;15/10/2025", "05;X;Oui;15/10/2025"]
    t = W.transitions(W.read_waves(_write(tmp_path / "long.csv", rows)))
    got = t.loc[(t["code"] == "05") & (t["platform"] == "x"), "reason"].tolist()
    assert got == ["not_read_old"] and t.attrs["not_read"] == {}
    assert "sur ce réseau" in text("waves-reason-not-read-old", of_old="du 15 octobre 2024")


# --------------------------------------------------------------------------- "any": other platforms

def test_waves_of_other_platforms_are_not_said_to_read_fewer(cli, tmp_path):
    """2024 read Facebook, X, Instagram; 2025 Facebook, Instagram, Bluesky: three each."""
    a = _write(tmp_path / "a.csv", ["Code département;Facebook;X;Instagram;Date",
                                    "01;Oui;Non;Oui;15/10/2024", "02;Non;Oui;Non;15/10/2024"])
    b = _write(tmp_path / "b.csv", ["Code département;Facebook;Instagram;Bluesky;Date",
                                    "01;Oui;Oui;Non;15/10/2025", "02;Non;Non;Oui;15/10/2025"])
    res = cli("trend", "--type", "departement", "--data", a, "--data", b)
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[-1] == (  # the table's last note (s32: was stderr)
        "« au moins un réseau » non montré pour la vague du 15 octobre 2024 (Facebook, X (ex-Twitter), "
        "Instagram) ; la vague du 15 octobre 2025 (Facebook, Instagram, Bluesky) : les vagues n'ont pas "
        "relevé les mêmes réseaux (en tout : Facebook, X (ex-Twitter), Instagram, Bluesky) ; une "
        "part sur d'autres réseaux ne se compare pas.")
    assert "moins de réseaux" not in res.output
    # a wave that read fewer than another is still said so
    c = _write(tmp_path / "c.csv", ["Code département;Facebook;Date",
                                    "01;Oui;15/10/2026", "02;Oui;15/10/2026"])
    res = cli("trend", "--type", "departement", "--data", a, "--data", b, "--data", c)
    last = res.stdout.splitlines()[-1]
    assert "la vague du 15 octobre 2026 (Facebook) : un seul réseau" not in last
    assert "la vague du 15 octobre 2026 (Facebook) : moins de réseaux relevés" in last
    assert "les vagues n'ont pas relevé les mêmes réseaux" in last
    # compare --data, one file of two years
    both = _write(tmp_path / "both.csv", ["code;plateforme;present;date"] + [
        f"{c};{p};Oui;{d}" for c in ("01", "02")
        for d, ps in (("15/10/2024", ("Facebook", "X", "Instagram")),
                      ("15/10/2025", ("Facebook", "Instagram", "Bluesky"))) for p in ps])
    out = cli("compare", "--type", "departement", "--data", both).stdout
    assert ("« au moins un réseau » non montré : 2025 a relevé Facebook, Instagram, Bluesky, pas "
            "les mêmes réseaux que les autres années du fichier") in out
    assert "moins de réseaux" not in out
    # the report's Évolution note: true of fewer and of other platforms alike
    assert "moins de réseaux" not in text("report-evolution-any-left-out", items="2024")


def test_reads_fewer():
    read = {2024: ("facebook", "x", "instagram"), 2025: ("facebook", "instagram", "bluesky")}
    assert not S.reads_fewer(read, 2024) and not S.reads_fewer(read, 2025)
    assert S.reads_fewer({**read, 2026: ("facebook", "x")}, 2026)


# --------------------------------------------------------------------------- ambiguous wave

def test_a_wave_prefix_of_several_waves_is_said_ambiguous(cli, tmp_path):
    rows = ["code;plateforme;présent;date"]
    for d in ("15/03/2024", "15/10/2024", "15/10/2025"):
        rows += [f"{c};Facebook;{'Oui' if i % 2 else 'Non'};{d}"
                 for i, c in enumerate(("01", "02", "03", "04"))]
    three = _write(tmp_path / "three.csv", rows)
    res = cli("changes", "--data", three, "--old", "2024")
    assert res.exit_code == 2
    # each wave as the prose says it and as it is typed (W37: « 2024-03-15 » beside prose
    # that writes « 15 mars 2024 »)
    assert res.stderr == ("barometre : « 2024 » désigne plusieurs vagues ; donnez l'une "
                          "d'elles : 15 mars 2024 (--old 2024-03-15), 15 octobre 2024 "
                          "(--old 2024-10-15)\n")
    en = cli("changes", "--data", three, "--old", "2024", "--lang", "en")
    assert ("“2024” matches several waves; give one of them: 15 March 2024 (--old "
            "2024-03-15), 15 October 2024 (--old 2024-10-15)") in en.stderr
    # a prefix of one wave picks it; « the oldest » is said only when the oldest is compared
    res = cli("changes", "--data", three, "--old", "2024-10")
    assert res.exit_code == 0 and "du 15 octobre 2024 au 15 octobre 2025" in res.stdout
    assert "plus ancienne" not in res.stdout
    assert "3 vagues : comparaison de la plus ancienne (15 mars 2024)" in cli(
        "changes", "--data", three).stdout


# --------------------------------------------------------------------------- published series

def test_an_unstated_base_is_not_linked_to_a_stated_one(cli):
    t = bm.trend("region", "facebook")
    eq = t[t["publisher"] == "Institut Edgar Quinet"].set_index("source")
    assert "base_unstated" in eq.loc["edgar-quinet-2012", "flags"]  # 80 %≈, n unknown
    assert eq.loc["edgar-quinet-2012-3", "break"] == "base_unstated"
    assert eq.loc["edgar-quinet-2012-3", "break_from"] == "régions"
    # the chart cuts the line there, as the table says
    fig = charts.trend(t)
    may, oct_ = round(2012 + 4.5 / 12, 6), round(2012 + 9.5 / 12, 6)
    points = [c for c in fig.axes[0].collections if c.get_gid() == "points:Institut Edgar Quinet"]
    assert {may, oct_} <= {round(float(x), 6) for x, _ in points[0].get_offsets()}
    for line in (x for x in fig.axes[0].lines if x.get_gid() == "series"):
        xs = [round(float(x), 6) for x in line.get_xdata()]
        assert not (may in xs and oct_ in xs), xs
    out = cli("trend", "-t", "region", "-p", "facebook").stdout
    assert "rupture : base non dite d'un côté (avant : régions)" in out
    en = cli("trend", "-t", "region", "-p", "facebook", "--lang", "en").stdout
    assert "break: base unstated on one side (before: regions)" in en
    # an unstated base beside a stated one is a change; so is, since session 36, a base its
    # source does not count beside a counted one (base_uncounted: nothing says they are one)
    assert P.base_break("régions", None, "27 régions", 27) == "base_uncounted"
    assert P.base_break("régions", None, "27 régions", 27, unstated_before=True) == "base_unstated"
    assert not P.base_changed("régions", None, "régions", None, True, True)


def test_the_report_mouvements_say_a_platform_not_read_once(cli, bluesky, tmp_path):
    """The report's Mouvements listed each entity of a platform one wave did not read
    ("non relevé sur ce réseau…", 100 rows over four pages for Bluesky, review 17b): the
    platform is said once under the list, the entities truly absent from a wave stay."""
    import openpyxl

    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", bluesky[0], "--data", bluesky[1], "-o", out)
    assert res.exit_code == 0, res.output
    rows = [[x for x in r if x is not None]
            for r in openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True)]
    listed = [r for r in rows if r and r[0] == "Bluesky" and len(r) >= 4]
    assert all("non relevé sur ce réseau" not in str(r) for r in listed)
    assert [r[1] for r in listed if len(r) > 1 and r[1] == "04"] == ["04"]  # absent in 2025
    assert [typeset("Bluesky non relevé à la vague du 15 octobre 2024 : pas d'évolution à "
                    "mesurer sur ce réseau", "fr")] in rows


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_trend_chart_says_why_a_wave_has_no_any_point(bluesky, lang):
    """``trend --data`` said under its table why a wave has no « au moins un réseau »; the
    chart drew the dashed line without that wave's point and said nothing (review 17b)."""
    t = bm.wave_trend(bm.read_waves(list(bluesky)))
    note = W.any_left_out_note(t)
    assert note is not None
    said = note.render(lang)
    caption = charts.wave_trend(t, lang=lang).get_supxlabel().replace("\n", " ")
    assert said.replace("\n", " ") in caption
    assert t.attrs["any_left_out"]
    assert set(t.loc[t["platform"] == "any", "wave"]).isdisjoint(t.attrs["any_left_out"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_changes_of_a_sample_inside_one_band_say_whose_change_it_is(cli, tmp_path, lang):
    """Two waves of 60 communes of 10,000–49,999 inhabitants: `compare` reads them as a
    sample of that band (survey17), `changes` said « Communes … 30 % → 40 % » with nothing
    to tell that the change is of those 914 communes, not of the 34,875 (review 17b)."""
    from barometre import reference

    pop = reference.entities("commune").set_index("code")["population"]
    mid = sorted(pop[(pop >= 10_000) & (pop < 50_000)].index)[::15][:60]
    for year, yes in ((2024, 18), (2025, 24)):
        _write(tmp_path / f"c{year}.csv", ["Code commune;Facebook;Date"] + [
            f"{c};{'Oui' if i < yes else 'Non'};15/10/{year}" for i, c in enumerate(mid)])
    res = cli("changes", "--data", tmp_path / "c2024.csv", "--data", tmp_path / "c2025.csv",
              "--type", "commune", "--lang", lang)
    assert res.exit_code == 0, res.output
    said = {"fr": "Les vagues ne tiennent que des communes de 10 000 à 49 999 habitants "
                  "(914 en France) : les parts, l'évolution et le test sont ceux de ces "
                  "communes de 10 000 à 49 999 habitants, pas des 34 875 communes.",
            "en": "The waves hold only municipalities of 10,000 to 49,999 inhabitants (914 "
                  "in France): the shares, the change and the test are those of these "
                  "municipalities of 10,000 to 49,999 inhabitants, not of the 34,875 "
                  "municipalities."}[lang]
    assert said in res.output.replace("\u202f", " ").replace("\n", " ")
    # a sample of every band says nothing of the kind
    spread = sorted(pop.index)[::600][:58]
    for year in (2024, 2025):
        _write(tmp_path / f"s{year}.csv", ["Code commune;Facebook;Date"] + [
            f"{c};Oui;15/10/{year}" for c in spread])
    res = cli("changes", "--data", tmp_path / "s2024.csv", "--data", tmp_path / "s2025.csv",
              "--type", "commune", "--lang", lang)
    assert res.exit_code == 0 and ("ne tiennent que" not in res.output
                                   and "hold only" not in res.output)


def test_the_changes_chart_says_a_platform_not_read_at_one_wave(bluesky):
    """The dumbbell chart dropped X (not read in 2025) and Bluesky (not in 2024) without a
    word, where `changes` and the report say them (review diff17a)."""
    c = bm.changes(bm.read_waves(list(bluesky)))
    caption = charts.changes(c).get_supxlabel().replace("\n", " ")
    from barometre.render.waves import wave_words

    said = [text("waves-platform-not-read", "fr", platform=p, **wave_words(wave=w))
            for p, w in (("X (ex-Twitter)", "2025-10-15"), ("Bluesky", "2024-10-15"))]
    assert all(s.replace("\n", " ") in caption for s in said), caption


# --------------------------------------------------------------------------- waves of a year

@pytest.fixture
def by_year(tmp_path):
    """The Bluesky fixture's waves known by their year only (an « Année » column, no date)."""
    old = _write(tmp_path / "an2024.csv", ["Code département;Facebook;X;Année"] + [
        f"{c};{fb};{x};2024" for c, fb, x in (("01", "Oui", "Non"), ("02", "Non", "Oui"),
                                             ("03", "Oui", "Oui"), ("04", "Oui", "Non"))])
    new = _write(tmp_path / "an2025.csv", ["Code département;Facebook;Bluesky;Année"] + [
        f"{c};{fb};{b};2025" for c, fb, b in (("01", "Oui", "Oui"), ("02", "Oui", "Non"),
                                             ("03", "Oui", "Non"))])
    return old, new


def test_waves_known_by_their_year_are_said_de_2024_not_du_2024(cli, by_year, tmp_path):
    """« Départements : du 2024 au 2025 », « pas dans la vague du 2025 », « non relevé à la
    vague du 2024 »: a year takes « de », « à » (a date keeps « du 15 octobre 2025 »)."""
    import openpyxl

    old, new = by_year
    res = cli("changes", "--data", old, "--data", new, "--type", "departement", "--list",
              "-p", "bluesky")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert ("  Non comparables (4) : Bluesky non relevé à la vague de 2024 (3 entités), "
            "Alpes-de-Haute-Provence (04, pas dans la vague de 2025)") in lines
    res = cli("changes", "--data", old, "--data", new, "--type", "departement")
    assert res.stdout.splitlines()[0] == "Départements : de 2024 à 2025 (2 fichiers)"
    assert ("X (ex-Twitter) non relevé à la vague de 2025 : pas d'évolution à mesurer sur ce "
            "réseau") in res.stdout.splitlines()  # with the table's notes (s35: not stderr)
    en = cli("changes", "--data", old, "--data", new, "--type", "departement", "--lang", "en")
    assert en.stdout.splitlines()[0] == "Départements: from 2024 to 2025 (2 files)"
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", old, "--data", new, "-o", out).exit_code == 0
    cells = [v for r in openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True)
             for v in r if isinstance(v, str)]
    assert typeset("Départements : de 2024 à 2025 (2 fichiers)", "fr") in cells
    assert "pas dans la vague de 2025" in cells
    assert not any("du 202" in v or "au 202" in v for v in cells), cells
    caption = charts.changes(bm.changes(bm.read_waves([old, new]))).get_supxlabel()
    assert "non relevé à la vague de 2025" in caption.replace("\n", " ")
