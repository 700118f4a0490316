"""A survey of départements measures councils: per-1,000 figures on the population the council
serves (69 → the Département du Rhône's 478,313, not the Rhône's 1,914,667), said where shown;
a council and one of its territories in one file is an error (one council counted twice).

Figures computed by hand from data/reference (departements.csv, institutions.csv):
Rhône 1,914,667, Département du Rhône 478,313; Bas-Rhin 1,163,810, Haut-Rhin 770,738, CeA
1,934,548; Loire-Atlantique 1,487,570; Ille-et-Vilaine 1,120,666.
"""

from __future__ import annotations

import pandas as pd
import pytest

import barometre as bm
from barometre.datasets import reference
from barometre.domain.errors import InputFileError

from .conftest import as_json


def _write(tmp_path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture
def survey(tmp_path):
    # 69: 33,238 ÷ 478,313 × 1,000 = 69.49 (÷ 1,914,667: 17.36, last of three)
    # 35: 100,000 ÷ 1,120,666 × 1,000 = 89.23; 44: 74,379 ÷ 1,487,570 × 1,000 = 50.00
    # 67: 38,691 ÷ 1,934,548 × 1,000 = 20.00 (÷ 1,163,810: 33.25); 68: 9,000 → 4.65 (not 11.68)
    return _write(tmp_path, "cd.csv", "Code;Facebook;Abonnés Facebook;Date\n"
                  "69;Oui;33238;15/10/2025\n35;Oui;100000;15/10/2025\n"
                  "44;Oui;74379;15/10/2025\n67;Oui;38691;15/10/2025\n"
                  "68;Oui;9000;15/10/2025\n")


def test_reference_says_which_councils_serve_another_population():
    s = reference.served_populations()
    assert s["69"] == ("69D", "Département du Rhône", 478_313, 1_914_667)
    assert s["67"] == ("6AE", "Collectivité européenne d'Alsace", 1_934_548, 1_163_810)
    assert s["68"] == ("6AE", "Collectivité européenne d'Alsace", 1_934_548, 770_738)
    assert s["2A"] == ("20R", "Collectivité de Corse", 355_486, 168_306)
    assert s["2B"] == ("20R", "Collectivité de Corse", 355_486, 187_180)
    # Paris, Martinique, Guyane: their collectivity serves exactly the territory
    assert sorted(s) == ["2A", "2B", "67", "68", "69"]


def test_reader_gives_the_council_population(survey):
    df = bm.read_survey(survey)
    pop = df.drop_duplicates("code").set_index("code")["population"]
    assert pop.to_dict() == {"69": 478_313, "35": 1_120_666, "44": 1_487_570,
                             "67": 1_934_548, "68": 1_934_548}
    # the demo workbook (101 territories): the Rhône is its council
    demo = bm.read_survey(bm.demo_file("enquete"))
    assert int(demo.loc[demo["code"] == "69", "population"].iloc[0]) == 478_313
    assert int(demo.loc[demo["code"] == "44", "population"].iloc[0]) == 1_487_570


def test_benchmark_per_1000_on_the_council_population(survey, cli):
    b = bm.benchmark(bm.read_survey(survey), "69").set_index("platform")
    assert b.at["facebook", "followers_per_1000"] == pytest.approx(33_238 / 478_313 * 1000)
    assert b.at["facebook", "followers_per_1000"] == pytest.approx(69.490062, abs=1e-6)
    assert (b.at["facebook", "rank_per_1000"], b.at["facebook", "n_peers_per_1000"]) == (2, 5)
    assert b.attrs["population"] == 478_313
    out = cli("benchmark", "--entity", "69", "--data", survey).stdout
    assert out.splitlines()[0].startswith(
        "Rhône (69) : compte du Département du Rhône (69D), 478\u202f313 habitants")
    assert "69,5 pour 1\u202f000 habitants, 2e sur 5" in out
    assert out.count("Population du conseil") == 1
    assert ("Population du conseil, non du territoire : Rhône (69) : « Département du Rhône » "
            "(69D), 478\u202f313 habitants (territoire : 1\u202f914\u202f667)") in out
    en = cli("benchmark", "--entity", "69", "--data", survey, "--lang", "en").stdout
    assert "69.5 per 1,000 inhabitants, 2nd of 5" in en
    assert ("Population of the council, not of the territory: Rhône (69): “Département du "
            "Rhône” (69D), 478,313 inhabitants (territory: 1,914,667)") in en
    # an ordinary département among peers that use a council's population (69, 67, 68: in
    # its per-1,000 rank): the note names them (review 19b); among peers that use none, none
    out = cli("benchmark", "--entity", "44", "--data", survey).stdout
    assert out.count("Population du conseil") == 1
    assert "Rhône (69) : « Département du Rhône » (69D), 478\u202f313 habitants" in out
    assert "Bas-Rhin (67) : « Collectivité européenne d'Alsace » (6AE)" in out
    assert "Population du conseil" not in cli("benchmark", "--entity", "44", "--data",
                                              survey, "--peers", "region").stdout


def test_rank_per_1000_on_the_council_population(survey, cli):
    r = bm.rank(bm.read_survey(survey), "facebook", metric="followers_per_1000")
    got = dict(zip(r["code"], r["value"].round(2)))
    assert got == {"35": 89.23, "69": 69.49, "44": 50.0, "67": 20.0, "68": 4.65}
    assert r["code"].tolist() == ["35", "69", "44", "67", "68"]
    assert [e["code"] for e in r.attrs["population_served"]] == ["69", "67", "68"]
    out = cli("rank", "-p", "facebook", "-m", "followers_per_1000", "--data", survey,
              "--top", "2").stdout
    lines = out.rstrip().splitlines()
    # only the rows shown, said once, above the footer (which still ends the output)
    assert lines[-2] == ("Population du conseil, non du territoire : Rhône (69) : « Département "
                         "du Rhône » (69D), 478\u202f313 habitants (territoire : 1\u202f914\u202f667)")
    assert lines[-1].startswith("Source : cd.csv")


def test_changes_gain_per_1000_on_the_council_population(tmp_path, cli):
    old = _write(tmp_path, "old.csv", "Code;Facebook;Abonnés Facebook;Date\n"
                 "69;Oui;30405;15/10/2024\n44;Oui;70000;15/10/2024\n")
    new = _write(tmp_path, "new.csv", "Code;Facebook;Abonnés Facebook;Date\n"
                 "69;Oui;33238;15/10/2025\n44;Oui;74379;15/10/2025\n")
    t = bm.transitions(bm.read_waves([old, new])).set_index("code")
    # (33,238 − 30,405) ÷ 478,313 × 1,000 = 5.9229 (÷ 1,914,667: 1.4796)
    assert t.at["69", "gain_per_1000"] == pytest.approx(2_833 / 478_313 * 1000)
    assert t.at["69", "gain_per_1000"] == pytest.approx(5.9229, abs=1e-4)
    out = cli("changes", "--data", old, "--data", new).stdout
    # the last note before the base line (fixrep21: changes ends with its base)
    assert out.rstrip().splitlines()[-2].startswith(
        "Population du conseil, non du territoire : Rhône (69)")


def test_a_file_of_councils_keeps_their_populations(tmp_path):
    p = _write(tmp_path, "c.csv", "Code;Facebook;Abonnés Facebook\n"
               "6AE;Oui;1000\n69D;Oui;500\n75;Oui;10\n972;Oui;5\n")
    pop = bm.read_survey(p, type="departement").drop_duplicates("code").set_index(
        "code")["population"].to_dict()
    assert pop == {"6AE": 1_934_548, "69D": 478_313, "75": 2_103_778, "972": 360_630}


@pytest.fixture
def overlap(tmp_path):
    return _write(tmp_path, "mix.csv", "Code;Nom;Facebook;Abonnés Facebook\n"
                  "6AE;CeA;Oui;1000\n67;Bas-Rhin;Oui;1000\n"
                  "69D;Département du Rhône;Oui;500\n69;Rhône;Oui;500\n"
                  "44;Loire-Atlantique;Oui;900\n")


def test_a_council_and_its_territory_is_an_error(overlap, cli):
    problems = bm.validate(overlap)
    assert [(p.code, p.severity, p.rows.tolist()) for p in problems] == [
        ("council-territory-overlap", "error", [3]),
        ("council-territory-overlap", "error", [5])]
    assert problems[1].message == (
        "Rhône (69, ligne 5) et « Département du Rhône » (69D, ligne 4) dans le même fichier : "
        "un même conseil compté deux fois ; gardez l'un ou l'autre")
    assert problems[0].msg.render("en") == (
        "Bas-Rhin (67, line 3) and “Collectivité européenne d'Alsace” (6AE, line 2) in the "
        "same file: one council counted twice; keep one or the other")
    r = cli("validate", overlap)
    assert r.exit_code == 1 and "0 erreur" not in r.output
    with pytest.raises(InputFileError):
        bm.read_survey(overlap)
    # compare refuses it instead of "5 sur 95 conseils départementaux"
    c = cli("compare", "--data", overlap, "--type", "departement")
    assert c.exit_code == 1 and "5 sur 95" not in c.output
    # skipped: the territories' rows are left out, the councils' stay (3 of the 95)
    kept = bm.read_survey(overlap, errors="skip")
    assert sorted(kept["code"].unique()) == ["44", "69D", "6AE"]
    from barometre.analysis.survey import compare_survey

    row = compare_survey(kept).iloc[0]
    assert (row["n_present"], row["n_reference"]) == (3, 95)


def test_two_territories_of_one_council_are_not_an_overlap(tmp_path):
    # a file of the 101 territories: 67 and 68 are both rows of the template
    p = _write(tmp_path, "t.csv", "Code;Facebook\n67;Oui\n68;Oui\n69;Oui\n")
    assert [x.code for x in bm.validate(p)] == []


def test_a_file_of_territories_naming_one_council_keeps_the_101(cli, tmp_path):
    """101 départements written « CD01 » … « CD976 »: « CD69 » is the Département du Rhône
    (69D), and the file was counted as the 95 councils: « 101 sur 95 », an interval where
    the file is a census (review11). Every entity a council: still 95."""
    import barometre as bm

    codes = bm.reference.entities("departement")["code"].tolist()
    src = tmp_path / "cd.csv"
    src.write_text("Département;Facebook\n" + "".join(
        f"CD{c};{'Oui' if i % 4 else 'Non'}\n" for i, c in enumerate(codes)), encoding="utf-8")
    out = cli("compare", "--data", src, "--type", "departement")
    assert out.exit_code == 0, out.stderr
    assert "Couverture : 101 sur 101 départements" in out.stdout
    rec = as_json(cli("compare", "--data", src, "--type", "departement", "-f", "json"))[0]
    assert rec["census"] is True and rec["n_base"] == 101
    councils = tmp_path / "conseils.csv"
    councils.write_text("code;Facebook\n" + "".join(
        f"{c};Oui\n" for c in bm.reference.conseils_departementaux()["code"]), encoding="utf-8")
    rec = as_json(cli("compare", "--data", councils, "--type", "departement", "-f", "json"))[0]
    assert (rec["n_base"], rec["census"]) == (95, True)
    assert "Couverture : 95 sur 95 conseils départementaux" in cli(
        "compare", "--data", councils, "--type", "departement").stdout


def test_benchmark_finds_the_council_on_its_territorys_row(cli):
    """Row 69 of a file of territories holds the Département du Rhône's account: asking
    for « CD69 » or « Département du Rhône » (69D) said it was not in the file (review11)."""
    demo = bm.demo_file("enquete")
    by_code = cli("benchmark", "--entity", "69", "--data", demo, "-f", "json")
    for asked in ("CD69", "Département du Rhône", "69D"):
        res = cli("benchmark", "--entity", asked, "--data", demo, "-f", "json")
        assert res.exit_code == 0, res.stderr
        assert as_json(res) == as_json(by_code)
    # the CEA beside both 67 and 68: which row is not said, so still refused
    assert cli("benchmark", "--entity", "6AE", "--data", demo).exit_code != 0


COUNCIL_NAMES = [("67", "Collectivité européenne d'Alsace"), ("68", "CeA"),
                 ("69", "Conseil départemental du Rhône"), ("44", "CD44"),
                 ("35", "Département d'Ille-et-Vilaine")]
# the collectivités that govern a territory with a département's powers (docs/survey.md's table)
OTHER_COUNCILS = [("2A", "Collectivité de Corse"), ("2B", "Collectivité de Corse"),
                  ("75", "Ville de Paris"), ("972", "CTM"),
                  ("973", "Collectivité territoriale de Guyane")]


def _but_shared(problems: list) -> list:
    """The problems but ``council-territories-filled`` (two territories of one council
    giving its count: test_two_territories_of_one_council_both_filled_are_said)."""
    return [p for p in problems if p.code != "council-territories-filled"]


def _named(tmp_path, name: str, names: list[tuple[str, str]]):
    return _write(tmp_path, name, "code;nom;Facebook;Compte Facebook;Abonnés Facebook;date\n"
                  + "".join(f"{c};{n};Oui;https://www.facebook.com/cd{c};{1000 + i};01/10/2025\n"
                            for i, (c, n) in enumerate(names)))


def test_a_departements_code_beside_its_councils_name_is_its_row(tmp_path, cli):
    """« 69;Conseil départemental du Rhône » is the most natural row of a survey of councils:
    each of these rows was an error (« le code 69 désigne Rhône, mais le nom … désigne
    Département du Rhône (69D) »). Read as the département's row, silently, as
    « 69;Rhône » is; the same file with the territories' names reads the same."""
    councils = _named(tmp_path, "conseils.csv", COUNCIL_NAMES + OTHER_COUNCILS)
    territories = _named(tmp_path, "territoires.csv", [
        ("67", "Bas-Rhin"), ("68", "Haut-Rhin"), ("69", "Rhône"), ("44", "Loire-Atlantique"),
        ("35", "Ille-et-Vilaine"), ("2A", "Corse-du-Sud"), ("2B", "Haute-Corse"),
        ("75", "Paris"), ("972", "Martinique"), ("973", "Guyane")])
    # 67 and 68 (and 2A, 2B) give the CeA's (Corse's) count twice: said apart, below
    assert _but_shared(bm.validate(councils)) == [] == _but_shared(bm.validate(territories))
    df, ref = bm.read_survey(councils), bm.read_survey(territories)
    assert list(df["code"]) == ["67", "68", "69", "44", "35", "2A", "2B", "75", "972", "973"]
    pd.testing.assert_frame_equal(df, ref)  # the reference names: Bas-Rhin, Rhône…
    # 67 and 68 keep the CeA's population (one council, two rows: as with Bas-Rhin/Haut-Rhin)
    assert df.set_index("code")["population"].to_dict() == {
        "67": 1_934_548, "68": 1_934_548, "69": 478_313, "44": 1_487_570, "35": 1_120_666,
        "2A": 355_486, "2B": 355_486, "75": 2_103_778, "972": 360_630, "973": 293_996}
    r = cli("validate", councils)  # no error; the CeA's and Corse's counts given twice
    assert r.exit_code == 0 and "0 erreur, 2 avertissements" in r.output


def test_a_council_beside_another_departements_code_stays_an_error(tmp_path):
    p = _named(tmp_path, "c.csv", [("01", "Département du Rhône"),
                                   ("68", "Conseil départemental du Rhône"), ("69", "CeA"),
                                   ("44", "CD35"), ("2A", "CTM"), ("974", "Ville de Paris")])
    problems = bm.validate(p)
    assert [(p.row, p.code, p.severity) for p in problems] == [
        (r, "code-name-mismatch", "error") for r in range(2, 8)]
    assert problems[0].message == ("le code 01 désigne Ain, mais le nom « Département du "
                                   "Rhône » désigne Département du Rhône (69D)")
    assert problems[2].msg.render("en") == (
        "code 69 is Rhône, but the name “CeA” is Collectivité européenne d'Alsace (6AE)")


def test_council_names_read_the_same_on_every_path(tmp_path):
    """The check is shared: the small-file reader, the large-file paths (Arrow, pandas'
    C parser), a workbook and the long layout read these rows alike."""
    from openpyxl import Workbook

    from .test_columnar import _pandas_reader
    from .test_fast_path import fast_reader, normal_reader, same_reading

    names = [*COUNCIL_NAMES, ("01", "Département du Rhône"),  # an error, skipped
             *OTHER_COUNCILS]
    csv = _named(tmp_path, "c.csv", names)
    same_reading(normal_reader, fast_reader, csv)
    same_reading(normal_reader, _pandas_reader, csv)
    wb = Workbook()
    ws = wb.active
    for line in csv.read_text(encoding="utf-8").splitlines():
        ws.append(line.split(";"))
    xlsx = tmp_path / "c.xlsx"
    wb.save(xlsx)
    long = _write(tmp_path, "long.csv", "code;nom;plateforme;présent;date\n" + "".join(
        f"{c};{n};Facebook;Oui;01/10/2025\n" for c, n in names))
    for path in (csv, xlsx, long):
        problems = _but_shared(bm.validate(path))  # 67, 68: the CeA's count twice
        assert [(p.row, p.code) for p in problems] == [(7, "code-name-mismatch")], path
        df = bm.read_survey(path, errors="skip")
        assert list(df["code"]) == ["67", "68", "69", "44", "35", "2A", "2B", "75", "972",
                                    "973"], path


def test_changes_on_the_95_councils_is_a_census_as_in_compare(tmp_path, cli):
    """Two waves of the 95 conseils départementaux (6AE, 69D among them), 60 then 70 « Oui »:
    compare says « 70/95 exhaustif »; changes printed « p (McNemar) 0,002 » on the same
    census, its base being the 101 territories (review14). Same base: no p-value."""
    councils = bm.reference.conseils_departementaux()["code"].tolist()
    assert len(councils) == 95 and {"6AE", "69D"} <= set(councils)
    old, new = tmp_path / "c1.csv", tmp_path / "c2.csv"
    for path, n_yes, date in ((old, 60, "15/10/2024"), (new, 70, "15/10/2025")):
        path.write_text("Code;Facebook;Date\n" + "".join(
            f"{c};{'Oui' if i < n_yes else 'Non'};{date}\n" for i, c in enumerate(councils)),
            encoding="utf-8")
    rec = as_json(cli("compare", "--data", new, "--type", "departement", "-f", "json"))[0]
    assert (rec["n_present"], rec["n_base"], rec["census"]) == (70, 95, True)
    ch = as_json(cli("changes", "--data", old, "--data", new, "-f", "json"))[0]
    assert (ch["joined"], ch["left"], ch["n_paired"]) == (10, 0, 95)
    assert ch["census"] is True and ch["p_value"] is None
    out = cli("changes", "--data", old, "--data", new)
    assert "exhaustif" in out.stdout and "0,002" not in out.stdout
    # the report's Mouvements sheet reads the same figures
    mv = bm.analysis.waves.movements(bm.read_waves([old, new]))["changes"]
    assert bool(mv["census"].iloc[0]) and pd.isna(mv["p_value"].iloc[0])


def test_two_territories_of_one_council_both_filled_are_said(tmp_path, cli):
    """67 and 68 (the CeA) or 2A and 2B (the Collectivité de Corse) both giving the
    council's follower count: ranked twice, each divided by the council's population; validate
    says it per platform, with both rows and the council, louder with the two counts when
    they differ. Both rows stay (nothing dropped silently); « Non » on both, or « Oui »
    without a count (the adoption of two territories), says nothing."""
    f = _write(tmp_path, "suivi.csv",
               "Code département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram\n"
               "67;Oui;46748;Oui;25040\n68;Oui;50923;Oui;25040\n2A;Oui;7810;Non;\n"
               "2B;Oui;7810;Non;\n44;Oui;900;Oui;100\n")
    said = [p for p in bm.validate(f) if p.code == "council-territories-filled"]
    assert [(p.severity, p.rows.tolist(), p.count) for p in said] == [
        ("warning", [2, 3], 2), ("warning", [4, 5], 2)]
    assert said[0].message == (
        "Bas-Rhin (67) et Haut-Rhin (68) donnent des nombres d'abonnés différents pour un seul "
        "conseil, « Collectivité européenne d'Alsace » (6AE) "
        "(Facebook : 46\u202f748 (67), 50\u202f923 (68) ; Instagram : 25\u202f040 (67), "
        "25\u202f040 (68) ; lignes 2, 3) : deux comptes relevés pour un conseil (une ancienne "
        "page de territoire ?) ou l'un des nombres est faux ; tous deux sont classés par rank "
        "et benchmark (chacun rapporté à la population du conseil) ; gardez le nombre du "
        "compte du conseil sur une seule ligne")
    assert said[1].message == (
        "Corse-du-Sud (2A) et Haute-Corse (2B) donnent tous deux le nombre d'abonnés du même "
        "conseil, « Collectivité de Corse » (20R), sur Facebook (lignes 4, 5) : un seul "
        "compte, que rank et benchmark classent une fois, comme le conseil (avec la population "
        "qu'il sert) ; l'adoption compte les deux territoires")
    assert said[0].msg.render("en").startswith(
        "Bas-Rhin (67) and Haut-Rhin (68) give different follower counts for one council, "
        "“Collectivité européenne d'Alsace” (6AE) (Facebook: 46,748 "
        "(67), 50,923 (68); Instagram: 25,040 (67), 25,040 (68); lines 2, 3)")
    res = cli("validate", f)
    assert res.exit_code == 0 and "donnent des nombres d'abonnés différents" in res.stdout
    en = cli("--lang", "en", "validate", f)  # « both are ranked by rank and benchmark » (enfix18)
    assert ("or one of the counts is wrong; rank and benchmark rank both (each divided by the "
            "council's population); keep the council's account's count on one row"
            in en.stdout), en.stdout
    # two counts for the CeA: both rows ranked, as the warning says; one count for the
    # Collectivité de Corse: ranked once, as the council (test_council_ranked_once)
    ranked = as_json(cli("rank", "-p", "facebook", "--data", f, "-f", "json"))
    assert {r["code"] for r in ranked} == {"67", "68", "20R", "44"}


def _disagree(problems: list) -> list:
    return [p for p in problems if p.code == "council-territories-disagree"]


def _as_xlsx(csv, tmp_path):
    """The same rows in a workbook (codes as text, the date as a date)."""
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for k, line in enumerate(csv.read_text(encoding="utf-8").splitlines()):
        cells = [None if c == "" else c for c in line.split(";")]
        if k:
            cells = [dt.datetime.strptime(c, "%d/%m/%Y") if c and c.count("/") == 2 else
                     int(c) if j and c and c.isdigit() else c
                     for j, c in enumerate(cells)]
        ws.append(cells)
    for row in ws.iter_rows(min_row=2, max_col=1):
        row[0].number_format = "@"
    path = tmp_path / (csv.stem + ".xlsx")
    wb.save(path)
    return path


def test_two_territories_of_one_council_contradicting_each_other_are_said(tmp_path, cli):
    """67 « Oui » and 68 « Non » on Facebook describe the CeA's one account as existing and
    not: one answer is wrong, the adoption counts 1 of 2. A warning per council and year,
    each platform's answers and every row said; the figures unchanged. The same rows in a
    workbook say the same."""
    f = _write(tmp_path, "contradiction.csv",
               "Code département;Facebook;Abonnés Facebook;Instagram;TikTok;Date\n"
               "67;Oui;46748;Non;Oui;15/10/2025\n68;Non;;Oui;Oui;15/10/2025\n"
               "2A;Oui;7810;Non;Non;15/10/2025\n2B;Oui;;Non;Non;15/10/2025\n"
               "44;Oui;900;Oui;Non;15/10/2025\n")
    for path in (f, _as_xlsx(f, tmp_path)):
        problems = bm.validate(path)
        assert [p.code for p in problems] == ["council-territories-disagree"], path
        [p] = problems
        assert (p.severity, p.rows.tolist(), p.count) == ("warning", [2, 3], 2)
        assert p.message == (
            "Bas-Rhin (67) et Haut-Rhin (68) se contredisent sur le compte d'un seul conseil, "
            "« Collectivité européenne d'Alsace » (6AE) (Facebook : Oui (67), Non (68) ; "
            "Instagram : Non (67), Oui (68) ; lignes 2, 3) : un même compte dit à la fois "
            "existant et absent, l'une des réponses est fausse ; l'adoption compte 1 "
            "territoire sur 2 ; corrigez la réponse fausse")
        assert p.msg.render("en") == (
            "Bas-Rhin (67) and Haut-Rhin (68) contradict each other on the account of one "
            "council, “Collectivité européenne d'Alsace” (6AE) (Facebook: yes (67), no (68); "
            "Instagram: no (67), yes (68); lines 2, 3): one account said both to exist and not "
            "to, one of the answers is wrong; the adoption counts 1 territory of 2; correct the "
            "wrong answer")
    res = cli("validate", f)
    assert res.exit_code == 0 and "se contredisent" in res.stdout
    assert "0 erreur, 1 avertissement" in res.output
    res = cli("validate", f, "--lang", "en")
    assert "contradict each other" in res.stdout
    # nothing changed in the figures: 67 counted present, 68 absent, as the file says
    df = bm.read_survey(f)
    fb = df[df["platform"] == "facebook"].set_index("code")["present"]
    assert (bool(fb["67"]), bool(fb["68"])) == (True, False)


def test_territories_of_one_council_agreeing_or_left_blank_say_nothing(tmp_path):
    """« Oui » on both (the count on one row), « Non » on both, and a blank answer
    (« non renseigné ») beside « Oui » or « Non »: no contradiction, in a CSV and a
    workbook."""
    f = _write(tmp_path, "accord.csv",
               "Code département;Facebook;Abonnés Facebook;Instagram;TikTok;Date\n"
               "67;Oui;46748;Non;;15/10/2025\n68;Oui;;Non;Oui;15/10/2025\n"
               "2A;Oui;7810;;Non;15/10/2025\n2B;Oui;;Oui;Non;15/10/2025\n"
               "44;Oui;900;Oui;Non;15/10/2025\n")
    for path in (f, _as_xlsx(f, tmp_path)):
        assert {p.code for p in bm.validate(path)} == {"blank-unknown"}, path


def test_territories_of_one_council_compared_on_their_latest_reading(tmp_path):
    """Per council and year, each territory's latest reading of the year counts (a 67
    « Non » of 10/10 replaced by « Oui » on 15/10 agrees with 68's « Oui »); the years are
    said apart (2024: 67 « Oui », 68 « Non »)."""
    f = _write(tmp_path, "long.csv",
               "Code;Plateforme;Présent;Date\n"
               "67;Facebook;Oui;15/10/2024\n68;Facebook;Non;15/10/2024\n"
               "67;Facebook;Non;10/10/2025\n67;Facebook;Oui;15/10/2025\n"
               "68;Facebook;Oui;15/10/2025\n2A;Facebook;Oui;15/10/2025\n"
               "2B;Facebook;;15/10/2025\n")
    said = _disagree(bm.validate(f))
    assert [(p.rows.tolist(), p.count) for p in said] == [([2, 3], 2)]
    assert "Facebook : Oui (67), Non (68)" in said[0].message


def _one_council_file(tmp_path):
    """Six départements; the Collectivité de Corse's one Facebook count on 2A and 2B, the
    CeA's on 67 and 68 (Instagram: two counts for the CeA, a wrong one)."""
    return _write(tmp_path, "conseils.csv",
                  "Code département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram\n"
                  "2A;Oui;10000;Oui;500\n2B;Oui;10000;Oui;500\n67;Oui;3000;Oui;700\n"
                  "68;Oui;3000;Oui;900\n44;Oui;90000;Oui;8000\n29;Oui;20000;Non;\n")


def test_council_ranked_once(tmp_path, cli):
    """2A and 2B giving the Collectivité de Corse's count were ranked « 44 (ex aequo) 2A »,
    « 44 (ex aequo) 2B », the base counting one council twice (reviewer, session 18): one
    row, the council's, with the population it serves; the count and a note say it."""
    f = _one_council_file(tmp_path)
    s = bm.read_survey(f)
    r = bm.rank(s, "facebook", metric="followers_per_1000")
    assert r["code"].tolist() == ["44", "20R", "29", "6AE"]
    assert r["name"].tolist()[1:4:2] == ["Collectivité de Corse (2A, 2B)",
                                         "Collectivité européenne d'Alsace (67, 68)"]
    assert r["population"].tolist()[1] == 355486 and not r["tied"].any()
    assert r.attrs["n_ranked"] == 4 and r.attrs["tied_ranks"] == []
    assert [c["territories"] for c in r.attrs["councils_once"]] == [["2A", "2B"], ["67", "68"]]
    # the population is the council's own: no « population du conseil, non du territoire »
    assert r.attrs["population_served"] == []
    out = cli("rank", "-p", "facebook", "--data", f, "-m", "followers_per_1000").stdout
    assert "(ex aequo)" not in out and "Corse-du-Sud" not in out
    assert any(x.startswith("4 classés : 2 départements et 2 conseils de deux départements "
                            "chacun") for x in out.splitlines())
    assert ("Un conseil pour deux départements, un seul compte, classé une fois avec la "
            "population qu'il sert : Collectivité de Corse (2A, 2B) ; Collectivité européenne "
            "d'Alsace (67, 68)") in out.splitlines()
    en = cli("rank", "-p", "facebook", "--data", f, "--lang", "en").stdout
    assert "4 ranked: 2 départements and 2 councils of two départements each" in en
    # two counts for one council (Instagram, 67 and 68): which is its own is not guessed
    ig = bm.rank(s, "instagram")
    assert ig["code"].tolist() == ["44", "68", "67", "20R"] and ig.attrs["n_ranked"] == 4
    assert "1 classé" not in bm.render.views.rank_base_text(ig.attrs)
    assert bm.render.views.rank_base_text(ig.attrs) == (
        "4 classés : 3 départements et 1 conseil de deux départements (1 sans compte) sur les "
        "6 du fichier (101 en France)")  # a part of the type, said (rvcom19)
    # the entity asked for by a territory's code is the council's row, kept below the top
    top = bm.rank(s, "facebook", top=1, entity="2B")
    assert top["code"].tolist() == ["44", "20R"] and top.attrs["entity"] == "20R"
    table = cli("rank", "-p", "facebook", "--data", f, "--top", "1", "--entity", "2B").stdout
    assert "▸ Collectivité de Corse (2A, 2B)" in table


def test_council_once_among_benchmark_peers(tmp_path):
    """The Finistère's peers on Facebook: 44, the Collectivité de Corse, the CeA, not
    2A, 2B, 67 and 68 each: 2e sur 4, not 2e sur 6 (two councils counted twice)."""
    f = _one_council_file(tmp_path)
    b = bm.benchmark(bm.read_survey(f), "29", platforms=["facebook"])
    assert (b["rank"].iloc[0], b["n_peers"].iloc[0]) == (2, 4)
    assert b["peer_median"].iloc[0] == 15000  # 90000, 20000, 10000, 3000
    assert [c["code"] for c in b.attrs["councils_once"]["facebook"]] == ["20R", "6AE"]
    # the entity one of the territories: its own row kept, compared once
    b2 = bm.benchmark(bm.read_survey(f), "2B", platforms=["facebook"])
    assert (b2["rank"].iloc[0], b2["n_peers"].iloc[0], b2["code"].iloc[0]) == (3, 4, "2B")
