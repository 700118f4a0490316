"""Follower counts a publisher can trust (fix18b): « 1.234 » said, implausible counts against
the population and against the file itself, the file's population column not read."""

from __future__ import annotations

import pytest

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading


def _write(tmp_path, name, lines, encoding="utf-8"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


# --------------------------------------------------------------------------- 2. « 1.234 »

def _probe_dot(tmp_path):
    """The reviewer's probe_dot.csv: a French Excel CSV (cp1252, « ; »)."""
    return _write(tmp_path, "probe_dot.csv", ["Code;Facebook;Facebook abonnés",
                                              "01;Oui;1.234", "02;Oui;2,345", "03;Oui;15000",
                                              "04;Non;"], encoding="cp1252")


def test_a_thousands_dot_is_said_as_the_comma_is(tmp_path, cli):
    """« 1.234 » became 1 234 without a word while « 2,345 » was said: both read as
    thousands, both said, with their code, row and the count read, in both languages."""
    path = _probe_dot(tmp_path)
    df = bm.read_survey(path, type="departement")
    fb = df.set_index("code")["followers"]
    assert fb["01"] == 1234 and fb["02"] == 2345
    said = [(p.row, p.column, p.severity, p.code, p.value)
            for p in df.attrs["problems"]]
    assert said == [(2, "Facebook abonnés", "warning", "count-dot-thousands", "1.234"),
                    (3, "Facebook abonnés", "warning", "count-ambiguous", "2,345")]
    res = cli("validate", path, "--type", "departement")
    assert ("probe_dot.csv, ligne 2, colonne « Facebook abonnés » : avertissement : « 1.234 » "
            "lu comme 1\u202f234 abonnés (point pris pour un séparateur de milliers, la "
            "colonne ne contient que des entiers) ; écrivez 1234 pour lever le doute"
            ) in res.output
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert ("probe_dot.csv, line 2, column “Facebook abonnés”: warning: “1.234” read as "
            "1,234 followers (dot taken as a thousands separator, the column holds only "
            "whole numbers); write 1234 to remove the doubt") in res.output
    same_reading(normal_reader, fast_reader, path)


def test_a_thousands_dot_beside_decimals_is_an_error(tmp_path):
    """A column that holds decimals (« 12.5 ») writes « 1.234 » as one point two: an error,
    as « 1,000 » is there, not 1 234 read silently (the reviewer's probe_counts.csv)."""
    path = _write(tmp_path, "dec.csv", ["Code;Facebook;Facebook abonnés", "01;Oui;1.234",
                                        "02;Oui;12.345", "13;Oui;1.234.567", "04;Oui;12.5"])
    df = bm.read_survey(path, type="departement", errors="skip")
    said = {(p.row, p.code) for p in df.attrs["problems"]}
    assert said == {(2, "count-not-integer"), (3, "count-not-integer"),
                    (5, "count-not-integer")}
    # two dots cannot be a decimal: read, as « 1,234,567 » is
    assert df.set_index("code")["followers"]["13"] == 1234567


# --------------------------------------------------------------------------- 1. implausible

COUNT_CODES = {"count-above-population", "count-outlier", "count-implausible-population"}


def _counts_file(tmp_path, typo: dict[str, str], platform="Facebook"):
    """Every département with a count of about 2 to 3 per 100 inhabitants (a barometer's
    figures), the cells of ``typo`` (code -> cell) written instead."""
    from barometre import reference

    ents = reference.entities("departement")
    lines = ["Code département;Département;Plateforme;Présent;Abonnés"]
    for i, (code, name, pop) in enumerate(zip(ents["code"], ents["name"], ents["population"])):
        lines.append(f"{code};{name};{platform};Oui;"
                     f"{typo.get(code, int(pop * (20 + i % 10) / 1000))}")
    return _write(tmp_path, "deps.csv", lines)


def _said(problems):
    return [(p.row, p.column, p.code, p.value) for p in problems if p.code in COUNT_CODES]


def test_a_departement_above_its_population_is_said(tmp_path, cli):
    """The reviewer's dep_fixed.xlsx: Rhône's « 1,2 M » (for 1,2 k) ranked first at 2 508,8
    per 1 000 inhabitants with only « nombre abrégé » said. More followers than inhabitants
    is said for a département (count-above-population), with the row, column, count,
    population and name; in English too."""
    path = _counts_file(tmp_path, {"69": "1,2 M"})
    problems = bm.validate(path, type="departement")
    rhone = 2 + list(bm.reference.entities("departement")["code"]).index("69")
    # the cell as typed, « 1,2 M », not the number read from it (rank25)
    assert _said(problems) == [(rhone, "Abonnés", "count-above-population", "1,2 M")]
    res = cli("validate", path, "--type", "departement")
    assert (f"deps.csv, ligne {rhone}, colonne « Abonnés » : avertissement : « 1,2 M » "
            "1\u202f200\u202f000 abonnés pour 478\u202f313 habitants (Rhône) : plus d'abonnés "
            "que d'habitants, vérifiez le nombre (« 1,2 M » tapé pour « 1,2 k » ?) ou le code"
            ) in res.output
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert ("1,200,000 followers for 478,313 inhabitants (Rhône): more followers than "
            "inhabitants, check the number (“1.2M” typed for “1.2k”?) or the code") in res.output
    # rank does not repeat the warning; since flag18 it marks the value « (à vérifier) »
    # with a footnote naming the check (tests/test_flag18_questioned.py)
    out = cli("rank", "--data", path, "-p", "facebook", "-m", "followers_per_1000").output
    assert "habitants (Rhône)" not in out and "(à vérifier)" in out


def test_probe_counts2_s_large_counts_are_said(tmp_path):
    """The reviewer's probe_counts2.csv: « 12 345 678 » for a département passed silently."""
    path = _write(tmp_path, "p.csv", ["Code;Facebook;Facebook abonnés", "01;Oui;1 234",
                                      "13;Oui;12 345 678", "14;Oui;1234567", "15;Oui;8 000"])
    assert _said(bm.validate(path, type="departement")) == [
        (3, "Facebook abonnés", "count-above-population", "12 345 678"),  # as typed
        (4, "Facebook abonnés", "count-above-population", "1234567")]


def test_a_count_far_above_the_file_s_own_is_said(tmp_path, cli):
    """« 1,5 M » for the Bouches-du-Rhône (2,1 million inhabitants) stays under its
    population but is 720 per 1 000 inhabitants where the file's median is 25: said
    against the file (count-outlier), with the figure and the median."""
    path = _counts_file(tmp_path, {"13": "1 500 000"})
    problems = bm.validate(path, type="departement")
    row = 2 + list(bm.reference.entities("departement")["code"]).index("13")
    assert _said(problems) == [(row, "Abonnés", "count-outlier", "1 500 000")]  # as typed
    [p] = [p for p in problems if p.code == "count-outlier"]
    assert p.severity == "warning"
    assert p.message == ("1\u202f500\u202f000 abonnés pour 2\u202f087\u202f658 habitants "
                         "(Bouches-du-Rhône), soit 718,5 pour 1\u202f000 habitants : plus de "
                         "20 fois la médiane du fichier sur Facebook (24,0 pour 1\u202f000 "
                         "habitants) ; vérifiez le nombre")
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert ("1,500,000 followers for 2,087,658 inhabitants (Bouches-du-Rhône), 718.5 per "
            "1,000 inhabitants: more than 20 times the file's median on Facebook (24.0 per "
            "1,000 inhabitants); check the number") in res.output


def test_no_outlier_is_said_against_fewer_than_twenty_counts(tmp_path):
    """A median of a few counts is no yardstick: the Hautes-Alpes at 900 per 1 000
    inhabitants (the others at 20) are said among 20 counts of Facebook, not among 19."""
    from barometre import reference

    ents = reference.entities("departement")
    codes, pops = list(ents["code"]), list(ents["population"])
    hautes_alpes = codes.index("05")

    def file(n):
        lines = ["Code département;Facebook;Abonnés Facebook"] + [
            f"{c};Oui;{int(p * (0.9 if k == hautes_alpes else 0.02))}"
            for k, (c, p) in enumerate(zip(codes[:n], pops[:n]))]
        return _write(tmp_path, f"{n}.csv", lines)

    assert _said(bm.validate(file(19), type="departement")) == []
    assert [c for _, _, c, _ in _said(bm.validate(file(20), type="departement"))] == [
        "count-outlier"]


# the figures published by barometers and the press (shared/data/published-figures-research.csv:
# publisher, year), read as a survey of their type: no count of them is questioned
PUBLISHED = {
    "departement": ("Code département", [
        ("83", "Facebook", 26471), ("44", "Facebook", 8200), ("59", "Facebook", 51600),
        ("59", "X (ex-Twitter)", 5612), ("74", "Facebook", 29692), ("67", "Facebook", 35909),
        ("32", "Instagram", 16636), ("69", "X (ex-Twitter)", 4675),
        ("40", "X (ex-Twitter)", 577), ("93", "X (ex-Twitter)", 655),
        # the Ville de Paris, a département too: 2,2 M followers on X (2025), more than its
        # 2,1 M inhabitants, and 2 034 918 « j'aime » on Facebook
        ("75", "X (ex-Twitter)", 2200000), ("75", "Facebook", 2034918),
        ("75", "Instagram", 56000)]),
    "region": ("Code région", [
        ("75", "Facebook", 97000), ("75", "X (ex-Twitter)", 30000), ("84", "Facebook", 226680),
        ("53", "X (ex-Twitter)", 116000), ("32", "Facebook", 170000),
        ("32", "X (ex-Twitter)", 28600), ("32", "Instagram", 474), ("28", "Facebook", 19000),
        ("24", "Instagram", 25800), ("27", "Facebook", 2600)]),
    "commune": ("Code commune", [
        ("75056", "X (ex-Twitter)", 2200000), ("75056", "Facebook", 2034918),
        ("31555", "X (ex-Twitter)", 124000), ("33063", "X (ex-Twitter)", 129000),
        ("38185", "Facebook", 73000), ("63113", "Facebook", 24000),
        ("25056", "Instagram", 18000), ("06083", "Instagram", 18700),
        ("62041", "Instagram", 21000), ("41018", "X (ex-Twitter)", 6300),
        ("02691", "X (ex-Twitter)", 1686), ("66136", "Facebook", 7156)]),
    "epci": ("SIREN", [("243100518", "Facebook", 1155), ("243300316", "LinkedIn", 61000)]),
}


@pytest.mark.parametrize("type_id", list(PUBLISHED))
def test_published_figures_are_not_questioned(tmp_path, type_id):
    header, rows = PUBLISHED[type_id]
    lines = [f"{header};Plateforme;Présent;Abonnés"] + [
        f"{c};{p};Oui;{n}" for c, p, n in rows]
    problems = bm.validate(_write(tmp_path, f"{type_id}.csv", lines), type=type_id)
    assert not [p for p in problems if p.severity == "error"]
    assert _said(problems) == []


# --------------------------------------------------------------------------- 3. population

def _filled_template(tmp_path, population_of: dict[str, int] | None = None):
    """barometre's template of départements, Facebook answered « Oui » with a count of 2 per
    100 inhabitants on every row, the Population cells of ``population_of`` overwritten
    (the reviewer's dep_fixed.xlsx: an intern typed 7 654 321 for the Lozère)."""
    import openpyxl

    path = bm.write_template(tmp_path / "enquete.xlsx", "departement", platforms="facebook")
    wb = openpyxl.load_workbook(path)
    ws = wb["Enquête"]
    heads = [c.value for c in ws[1]]
    pop, present, count = (heads.index(h) + 1 for h in (
        "Population", "Facebook - présence", "Facebook - abonnés"))
    rows = {}
    for r in range(2, ws.max_row + 1):
        code = ws.cell(r, 1).value
        rows[code] = r
        ws.cell(r, present).value = "Oui"
        ws.cell(r, count).value = int((ws.cell(r, pop).value or 0) / 50)
        if code in (population_of or {}):
            ws.cell(r, pop).value = population_of[code]
    wb.save(path)
    return path, rows


def test_a_population_overwritten_in_the_file_is_said_not_read(tmp_path, cli):
    """The file's Population column was silently ignored: 7 654 321 typed for the Lozère
    changed nothing (its figures use 76 486), without a word. Said once, on the column:
    how many rows differ by more than 10 %, the first rows, the first of them, and the
    reference's source with its year."""
    path, rows = _filled_template(tmp_path, {"48": 7_654_321, "01": 690_000})  # 01: +1.6 %
    [p] = [p for p in bm.validate(path) if p.code.startswith("population-column")]
    assert (p.code, p.column, p.severity, p.count, p.rows.tolist()) == (
        "population-column-differs", "Population", "warning", 1, [rows["48"]])
    assert p.message == (
        f"populations du fichier à plus de 10 % de celles de la référence sur 1 ligne (ligne "
        f"{rows['48']} ; Lozère : 7\u202f654\u202f321 dans le fichier, 76\u202f486 dans la "
        "référence) : non lues, les chiffres pour 1\u202f000 habitants utilisent celles de la "
        "référence, population municipale INSEE (populations légales 2023, en vigueur au 1er "
        "janvier 2026 ; Mayotte : recensement de 2017)")
    res = cli("validate", path, "--lang", "en")
    assert (f"column “Population”: warning: the file's populations differ from the "
            f"reference's by more than 10% on 1 line (line {rows['48']}; Lozère: 7,654,321 in "
            "the file, 76,486 in the reference): not read, per-1,000-inhabitant figures use "
            "the reference's, INSEE municipal population (legal populations of 2023"
            ) in res.output
    # the figures: the reference's population, as before
    df = bm.read_survey(path)
    assert df.set_index("code").loc["48", "population"] == 76486


def test_the_template_s_own_populations_are_not_said(tmp_path):
    """The template's Population column is the reference's (its Mode d'emploi says so):
    nothing to say while it is left as written; the Rhône's territory population, in the
    template, is no difference from its council's 478 313."""
    path, _ = _filled_template(tmp_path)
    assert not [p for p in bm.validate(path) if p.code.startswith("population-column")]


def test_a_population_column_of_another_file_is_said_once(tmp_path, cli):
    """Another file's Population column, in agreement with the reference: said once, not
    read (population-column-ignored), with the reference's source (the DGCL's for EPCI)."""
    lines = ["SIREN;Nom;Population;Facebook;Abonnés Facebook",
             "243100518;Toulouse Métropole;810000;Oui;1155",
             "243300316;Bordeaux Métropole;843738;Oui;1646"]
    path = _write(tmp_path, "epci.csv", lines)
    [p] = [p for p in bm.validate(path, type="epci") if p.code.startswith("population")]
    assert (p.code, p.column, p.severity, p.row) == (
        "population-column-ignored", "Population", "warning", None)
    assert p.message.startswith("populations du fichier non lues : les chiffres pour "
                                "1\u202f000 habitants utilisent celles de la référence, "
                                "population municipale de chaque EPCI selon la DGCL")
    res = cli("validate", path, "--type", "epci", "--lang", "en")
    assert ("column “Population”: warning: the file's populations are not read: "
            "per-1,000-inhabitant figures use the reference's, each EPCI's municipal "
            "population by the DGCL") in res.output


def test_no_outlier_is_said_among_communes(tmp_path):
    """The communes' followers per inhabitant spread over decades: a resort followed by
    100 000 among towns at 2 % is a real page, not a typo; only the 100-per-inhabitant
    rule (a wrong code) questions a commune's count."""
    from barometre import reference

    ents = reference.entities("commune")
    big = ents[ents["population"] > 20_000].head(30)
    lines = ["Code commune;Facebook;Abonnés Facebook"] + [
        f"{c};Oui;{int(p * 0.02)}" for c, p in zip(big["code"], big["population"])]
    resort = ents[(ents["population"] > 2_000) & (ents["population"] < 5_000)].iloc[0]
    lines.append(f"{resort['code']};Oui;100 000")  # 20 to 50 per inhabitant: under 100
    path = _write(tmp_path, "communes.csv", lines)
    assert [c for _, _, c, _ in _said(bm.validate(path, type="commune"))] == []
