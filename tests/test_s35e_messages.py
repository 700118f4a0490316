"""Session 35 (brief E35): messages that do not help or repeat themselves — a count quoted
beside the same number formatted, an EPCI's SIREN gone without advice, English outputs
mixing date and quote styles."""

from __future__ import annotations

import re

import pytest

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading

NN = "\u202f"


def _write(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------- 2. a count said once, not « « 20000 » 20 000 »

def test_a_count_cell_plainly_written_is_not_quoted_beside_its_number(tmp_path, cli):
    """« « 20000 » 20 000 abonnés pour 5 413 habitants » said the count twice: a cell that is
    the number plainly written (« 1234567 », « 12 345 678 ») is said once, as formatted; a
    cell written otherwise (« 1,2 M ») is still quoted before it, in both languages."""
    path = _write(tmp_path, "deps.csv", ["Code;Facebook;Abonnés", "13;Oui;12 345 678",
                                         "14;Oui;1234567", "69;Oui;1,2 M", "01;Oui;1 234"])
    problems = bm.validate(path, type="departement")
    # the API keeps the cell as typed
    assert [(p.row, p.value) for p in problems if p.code == "count-above-population"] == [
        (2, "12 345 678"), (3, "1234567"), (4, "1,2 M")]
    fr = cli("validate", path, "--type", "departement").output
    assert (f"deps.csv, ligne 3, colonne « Abonnés » : avertissement : 1{NN}234{NN}567 "
            "abonnés pour ") in fr
    assert f"avertissement : 12{NN}345{NN}678 abonnés pour " in fr
    assert f"avertissement : « 1,2 M » 1{NN}200{NN}000 abonnés pour " in fr
    assert "« 1234567 »" not in fr and "« 12 345 678 »" not in fr
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert "line 3, column “Abonnés”: warning: 1,234,567 followers for " in en
    assert "warning: “1,2 M” 1,200,000 followers for " in en
    assert "“1234567”" not in en
    same_reading(normal_reader, fast_reader, path)


def test_a_commune_s_implausible_count_is_formatted_as_the_others(tmp_path, cli):
    """count-implausible-population wrote its numbers with a plain space in both languages
    (« '400000' 400 000 followers »): grouped as every count is, said once."""
    path = _write(tmp_path, "c.csv", ["Code;Facebook;Abonnés Facebook", "69001;Oui;400000"])
    fr = cli("validate", path, "--type", "commune").output
    assert (f"c.csv, ligne 2, colonne « Abonnés Facebook » : avertissement : 400{NN}000 "
            "abonnés pour 398 habitants (Affoux) : vérifiez le code ou le nombre") in fr
    en = cli("validate", path, "--type", "commune", "--lang", "en").output
    assert ("c.csv, line 2, column “Abonnés Facebook”: warning: 400,000 followers for 398 "
            "inhabitants (Affoux): check the code or the number") in en


# ------------------------------------------------- 1. an EPCI's SIREN gone, said once with advice

# no intercommunalité's SIREN, yet a SIREN (its check digit holds): one gone since
GONE = "241099993"
HINT_FR = (" (une intercommunalité fusionnée ou dissoute depuis ? Elles changent chaque 1er "
           "janvier)")
HINT_EN = " (an intercommunality merged or dissolved since? They change every 1 January)"


def _long_epci(tmp_path, name="CC du Pays Fusionné (synthétique)", gone=GONE):
    lines = ["Code;Nom;Plateforme;Présent;Abonnés;Date du relevé",
             "200072999;CC du Grand Langres;Facebook;Oui;247;14/10/2024"]
    for p in ("Facebook", "X (ex-Twitter)", "Instagram", "LinkedIn"):
        lines.append(f"{gone};{name};{p};{'Oui;3200' if p == 'Facebook' else 'Non;'};14/10/2024")
    return _write(tmp_path, "long.csv", lines)


def test_an_epci_siren_gone_says_what_is_likely_and_what_to_do(tmp_path, cli):
    """« aucune collectivité de type « intercommunalité » n'a le code « 241099993 » », four
    times, with no advice: an EPCI's SIREN no current one has is likely one merged or
    dissolved since (the reference keeps no history of them); write today's, which
    ``resolve`` gives from a member commune's name. One problem per row in the API (and
    in JSON); one line listing the rows in validate's table, in both languages."""
    path = _long_epci(tmp_path)
    problems = [p for p in bm.validate(path, type="epci") if p.severity == "error"]
    assert [(p.row, p.column, p.code, p.value) for p in problems] == [
        (r, "Code", "unknown-code", GONE) for r in (3, 4, 5, 6)]
    fr = cli("validate", path, "--type", "epci")
    assert fr.exit_code == 1
    assert fr.stdout.splitlines() == [
        "long.csv, lignes 3, 4, 5, 6, colonne « Code » : erreur : aucune collectivité de type "
        f"« intercommunalité » n'a le code « {GONE} »{HINT_FR} : écrivez le SIREN de celle "
        "d'aujourd'hui, que donne le nom d'une de ses communes (par exemple barometre "
        "resolve Millau --type epci)"]
    assert "4 erreurs" in fr.stderr
    en = cli("validate", path, "--type", "epci", "--lang", "en").stdout
    assert en.splitlines() == [
        "long.csv, lines 3, 4, 5, 6, column “Code”: error: no authority of type "
        f"“intercommunality” has the code “{GONE}”{HINT_EN}: write the SIREN of today's, "
        "which the name of one of its communes gives (e.g. barometre resolve Millau --type "
        "epci)"]
    import json

    rows = json.loads(cli("validate", path, "--type", "epci", "--json").stdout)
    assert [r["row"] for r in rows if r["severity"] == "error"] == [3, 4, 5, 6]
    same_reading(normal_reader, fast_reader, path)
    # the Python API says it in its own words
    with pytest.raises(bm.BarometreError) as exc:
        bm.reference.resolve(GONE, type="epci")
    assert exc.value.code == "unknown-code"
    assert str(exc.value).endswith('barometre.reference.resolve("Millau", type="epci"))')


def test_an_epci_siren_gone_beside_a_name_close_to_today_s(tmp_path, cli):
    """The name beside the code gone, close to a current intercommunalité's (the name
    suggestions), names it and its SIREN; named exactly, it says which it is."""
    path = _long_epci(tmp_path, name="CC de la Muse et Raspes du Tarn")
    fr = cli("validate", path, "--type", "epci").stdout
    assert fr.splitlines() == [
        "long.csv, lignes 3, 4, 5, 6, colonne « Code » : erreur : aucune collectivité de type "
        f"« intercommunalité » n'a le code « {GONE} »{HINT_FR} ; le nom à côté, « CC de la "
        "Muse et Raspes du Tarn », est proche de CC de la Muse et des Raspes du Tarn "
        "(241200914) : écrivez le SIREN de l'intercommunalité relevée"]
    en = cli("validate", path, "--type", "epci", "--lang", "en").stdout
    assert en.splitlines()[0].endswith(
        f"{HINT_EN}; the name beside it, “CC de la Muse et Raspes du Tarn”, is close to CC de "
        "la Muse et des Raspes du Tarn (241200914): write the SIREN of the intercommunality "
        "surveyed")
    same_reading(normal_reader, fast_reader, path)
    path = _long_epci(tmp_path, name="Communauté de communes du Grand Langres")
    fr = cli("validate", path, "--type", "epci").stdout
    assert fr.splitlines()[0].endswith(
        f"{HINT_FR} ; le nom à côté, CC du Grand Langres, est 200072999")
    same_reading(normal_reader, fast_reader, path)


def test_a_commune_code_unknown_gets_no_epci_advice(tmp_path):
    """The advice is an EPCI's: a commune's unknown code says nothing of intercommunalités."""
    with pytest.raises(bm.BarometreError) as exc:
        bm.reference.resolve("99999", type="commune")
    assert "intercommunalité" not in str(exc.value) and exc.value.code == "unknown-code"


def test_same_lines_lists_the_first_rows_and_counts_them_past_five():
    """validate's table: a problem repeated on many rows is one line with its first rows and
    how many (« … (7 lignes) »), in the place of the first; a different cell on a row
    between stays its own line; the problems stay one per row."""
    from barometre.survey.problems import Problem, same_lines

    probs = [Problem.of("unknown-code", r, "Code", GONE, what="", hint="") for r in range(2, 9)]
    probs.insert(3, Problem.of("unknown-code", 4, "Code", "241099991", what="", hint=""))
    lines = same_lines(probs)
    assert [(p.value, rows) for p, rows in lines] == [(GONE, [2, 3, 4, 5, 6, 7, 8]),
                                                      ("241099991", [4])]
    assert lines[0][0].describe("f.csv", "fr", lines[0][1]).startswith(
        "f.csv, lignes 2, 3, 4, 5, 6, … (7 lignes), colonne « Code » : erreur : aucune "
        f"collectivité n'a le code « {GONE} »")
    assert lines[0][0].describe("f.csv", "en", lines[0][1]).startswith(
        "f.csv, lines 2, 3, 4, 5, 6, … (7 lines), column “Code”: error: ")
    assert lines[1][0].describe("f.csv", "fr", lines[1][1]).startswith("f.csv, ligne 4, ")


# ------------------------------------------------- 3. English outputs: one date style, one quote style

#: a quotation in '…' (not an apostrophe: « the file's », « platforms' »)
STRAIGHT_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[“:;,/]))'[^'\n]{1,80}'(?=$|[\s).,;:!?\]”/])")
ISO_DAY = re.compile(r"\b20\d\d-[01]\d-[0-3]\d\b")


def _two_waves(tmp_path):
    """Two waves of départements: Facebook and Instagram on 14/10/2024, then LinkedIn too on
    15/10/2025 (« at least one network » left out of the first: fewer platforms read)."""
    codes = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"]
    old = ["Code;Facebook;Instagram;Date"] + [
        f"{c};Oui;{'Oui' if i % 2 else 'Non'};14/10/2024" for i, c in enumerate(codes)]
    new = ["Code;Facebook;Instagram;LinkedIn;Date"] + [
        f"{c};Oui;Oui;{'Oui' if i % 3 else 'Non'};15/10/2025" for i, c in enumerate(codes)]
    return _write(tmp_path, "v2024.csv", old), _write(tmp_path, "v2025.csv", new)


def _said_once(text: str) -> None:
    assert not ISO_DAY.findall(text), ISO_DAY.findall(text)
    assert not STRAIGHT_QUOTED.findall(text), STRAIGHT_QUOTED.findall(text)


def test_a_day_is_written_as_english_writes_it(tmp_path, cli):
    """A day in an English message is « 14 October 2024 », as the waves are named; the
    value of an option to type keeps the form that option reads (« --date 2999-01-01 »)."""
    from barometre.messages import Day

    assert Day(2024, 10, 14).render("en") == "14 October 2024"
    assert Day(2024, 10, 14).render("fr") == "14 octobre 2024"  # as French writes it (Q37)
    path = _write(tmp_path, "d.csv", ["Code;Facebook", "01;Oui"])
    res = cli("validate", path, "--date", "2999-01-01", "--lang", "en")
    assert "--date 2999-01-01 is in the future" in res.output
    res = cli("validate", path, "--date", "2999-01-01")
    assert "--date 01/01/2999 est dans le futur" in res.output


def test_trend_and_changes_in_english_write_one_date_and_one_quote_style(tmp_path, cli):
    """trend's notes said « 'at least one network' not shown for the wave of 2024-10-14 »
    and « 'barometre changes' compares… » beside the table's « 14 October 2024 » and the
    « (details: “barometre validate …”) » of the same output: one of each in English."""
    old, new = _two_waves(tmp_path)
    trend = cli("trend", "--data", old, "--data", new, "--type", "departement", "--lang", "en")
    assert trend.exit_code == 0, trend.output
    assert ("“at least one network” not shown for the wave of 14 October 2024 (Facebook, "
            "Instagram)") in trend.stdout
    assert "“barometre changes” compares only the entities" in trend.stdout
    _said_once(trend.stdout)
    changes = cli("changes", "--data", old, "--data", new, "--type", "departement",
                  "--lang", "en")
    assert changes.exit_code == 0, changes.output
    assert "“barometre trend --data” counts each wave whole" in changes.stdout
    _said_once(changes.stdout)
    # French keeps its own
    fr = cli("trend", "--data", old, "--data", new, "--type", "departement").stdout
    assert "« au moins un réseau » non montré pour la vague du 14 octobre 2024" in fr


def test_the_english_report_and_chart_write_one_date_and_one_quote_style(tmp_path, cli):
    """The report's Summary said « Dates of the readings: 2024-10-14, 2025-10-15 », « data
    as of 2025-10-15 » and « the report made 'as a panel' … (see 'Sources and method') »
    beside « (method: “Sources and method”) »; the trend chart's caption « 2024-10-14 (10 in
    the wave) » under an axis of « 14 October 2024 »."""
    import html

    import openpyxl

    old, new = _two_waves(tmp_path)
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", old, "--data", new, "--type", "departement", "--lang", "en",
              "-o", out)
    assert res.exit_code == 0, res.output
    cells = [c.value for ws in openpyxl.load_workbook(out) for row in ws.iter_rows()
             for c in row if isinstance(c.value, str)]
    every = "\n".join(cells)
    assert "Dates of the readings: 14 October 2024, 15 October 2025" in cells
    assert any(c.endswith("data as of 15 October 2025") for c in cells)
    assert "the report made “as a panel” gives the shares" in every
    assert "(see “Sources and method”)" in every
    _said_once(every)
    svg = tmp_path / "t.svg"
    res = cli("chart", "trend", "--data", old, "--data", new, "--type", "departement",
              "--lang", "en", "-o", svg)
    assert res.exit_code == 0, res.output
    drawn = " ".join(html.unescape(re.sub(r"<[^>]+>", "", t)) for t in re.findall(
        r"<text[^>]*>(.*?)</text>", svg.read_text(encoding="utf-8"), re.S))
    assert "14 October 2024 (10 in the wave)" in drawn
    _said_once(drawn)


def test_a_nine_digit_code_that_is_no_siren_says_a_typo(tmp_path, cli):
    """Session 35's synthetic « merged » SIREN, 241099990, fails the SIREN check digit
    (Luhn's, which every intercommunalité's passes): a slip of the keys, not an
    intercommunalité gone; the advice says so."""
    from barometre.datasets.resolution import _luhn_valid

    assert all(_luhn_valid(c) for c in bm.reference.entities("epci")["code"])
    path = _long_epci(tmp_path, gone="241099990")
    fr = cli("validate", path, "--type", "epci").stdout
    assert fr.splitlines() == [
        "long.csv, lignes 3, 4, 5, 6, colonne « Code » : erreur : aucune collectivité de type "
        "« intercommunalité » n'a le code « 241099990 », qui n'est pas un SIREN : sa clé de "
        "contrôle ne correspond pas (une faute de frappe ?) ; le SIREN d'une intercommunalité "
        "se trouve par le nom d'une de ses communes (barometre resolve Millau --type epci)"]
    en = cli("validate", path, "--type", "epci", "--lang", "en").stdout
    assert "“241099990”, which is no SIREN: its check digit does not match (a typo?)" in en
    same_reading(normal_reader, fast_reader, path)
    # beside a name: the typo said short, the name saying which SIREN to write
    path = _long_epci(tmp_path, name="CC de la Muse et des Raspes du Tarn", gone="241200910")
    fr = cli("validate", path, "--type", "epci").stdout.splitlines()[0]
    assert fr.endswith("« 241200910 », qui n'est pas un SIREN : sa clé de contrôle ne "
                       "correspond pas (une faute de frappe ?) ; le nom à côté, CC de la Muse "
                       "et des Raspes du Tarn, est 241200914")
    same_reading(normal_reader, fast_reader, path)
