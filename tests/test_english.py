"""English output says everything in English (and French output stays as it was)."""

from __future__ import annotations

import json

from tests.conftest import ROOT, as_json

DEMO_LONG = ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv"
DEMO_WIDE = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"


def _messages(cli, path, *args: str) -> dict[str, list[str]]:
    """``validate --format json`` messages by language."""
    out = {}
    for lang in ("fr", "en"):
        res = cli("validate", path, "--format", "json", "--lang", lang, *args)
        out[lang] = [p["message"] for p in json.loads(res.stdout)]  # exit 1 on errors
    return out


def test_platform_label_of_a_duplicate_reading_in_the_message_language(cli, tmp_path):
    lines = DEMO_LONG.read_text(encoding="cp1252").splitlines()
    assert lines[4].startswith("01;Ain;X (ex-Twitter);Oui;")
    lines.insert(5, "01;Ain;X (ex-Twitter);Non;;15/10/2024")  # answers the same reading again
    path = tmp_path / "doublon.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    said = _messages(cli, path)
    assert "réponses contradictoires pour Ain (01) sur X (ex-Twitter) (lignes 5, 6)" in said["fr"]
    assert "conflicting answers for Ain (01) on X (formerly Twitter) (lines 5, 6)" in said["en"]


def test_platform_label_of_blank_cells_in_the_message_language(cli, tmp_path):
    path = tmp_path / "vides.csv"
    path.write_text("Code;Nom;Facebook;X (ex-Twitter)\n01;Ain;Oui;Non\n02;Aisne;Oui;\n"
                    "03;Allier;Non;Oui\n", encoding="utf-8")
    said = _messages(cli, path, "--type", "departement")
    assert said["fr"] == ["X (ex-Twitter) : 1 cellule vide comptée comme « non renseigné » "
                          "(ligne 3) ; --blank absent pour la compter comme absence"]
    assert said["en"] == ["X (formerly Twitter): 1 blank cell counted as “not answered” (line 3); "
                          "--blank absent to count it as absent"]


def test_words_said_in_each_language():
    from barometre.messages import Msg, Words, text

    x = Words("X (ex-Twitter)", "X (formerly Twitter)")
    assert text("joined", "en", items=x) == "X (formerly Twitter)"
    assert text("joined", "fr", items=[x, "b"]) == "« X (ex-Twitter) » ou « b »"
    assert text("joined", "en", items=[x, "b"]) == "“X (formerly Twitter)” or “b”"
    assert Msg("joined", items=x) == Msg("joined", items=Words("X (ex-Twitter)",
                                                               "X (formerly Twitter)"))
    assert str(x) == "X (ex-Twitter)"


def test_column_problems_in_the_message_language(cli, tmp_path):
    path = tmp_path / "colonnes.csv"
    path.write_text("Code;Nom;X;Twitter;Date de création;Date;Date du relevé\n"
                    "01;Ain;Oui;Non;2010;15/10/2025;15/10/2025\n", encoding="utf-8")
    said = _messages(cli, path, "--type", "departement")
    assert "colonne ignorée : date de création d'un compte, pas la date du relevé" in said["fr"]
    assert "column ignored: creation date of an account, not the date of the reading" in said["en"]
    fr = [m for m in said["fr"] if m.startswith("deux colonnes")]
    assert [m.split(" :")[0] for m in fr] == ["deux colonnes pour la présence sur X (ex-Twitter)",
                                              "deux colonnes pour la date du relevé"]
    en = [m for m in said["en"] if m.startswith("two columns")]
    assert [m.split(":")[0] for m in en] == ["two columns for presence on X (formerly Twitter)",
                                             "two columns for the reading date"]


def test_report_adoption_base_says_the_unknown_answers_in_each_language(cli, tmp_path):
    import openpyxl

    bases = {}
    for lang in ("fr", "en"):
        out = tmp_path / f"rapport-{lang}.xlsx"
        res = cli("report", "--data", DEMO_WIDE, "--entity", "44", "--lang", lang, "-o", out)
        assert res.exit_code == 0, res.output
        ws = openpyxl.load_workbook(out)["Adoption"]
        rows = list(ws.iter_rows(values_only=True))
        head = next(i for i, r in enumerate(rows) if "Base" in r)
        col = rows[head].index("Base")
        bases[lang] = {r[1]: r[col] for r in rows[head + 1:] if r[1]}
    assert bases["fr"]["Facebook"] == "94 entités de l'enquête\u202f; 7 autres sans réponse, hors base"
    assert bases["fr"]["Instagram"] == "100 entités de l'enquête\u202f; 1 autre sans réponse, hors base"
    assert bases["fr"]["X (ex-Twitter)"] == "101 entités de l'enquête"
    assert bases["en"]["Facebook"] == "94 surveyed entities; 7 others not answered, out of the base"
    assert bases["en"]["X (formerly Twitter)"] == "101 surveyed entities"
    table = cli("compare", "--data", DEMO_WIDE, "--type", "departement", "--lang", "en").stdout
    assert "94 surveyed entities; 7 others not answered, out of the base" in table  # the same words


def test_compare_records_keep_a_survey_base_in_french(cli):
    """CSV and JSON keep the data's French bases in every language, a survey's as a
    published figure's, so that one script reads every output (README); they were said
    in English with --lang en ("94 surveyed entities", review14). The table translates."""
    import csv
    import io

    args = ("compare", "--data", DEMO_WIDE, "--type", "departement")
    fr = as_json(cli(*args, "-f", "json"))
    assert (fr[0]["base"], fr[0]["base_family"]) == ("94 entités de l'enquête",
                                                     "entités de l'enquête")
    assert as_json(cli(*args, "--lang", "en", "-f", "json")) == fr
    rows = {lang: list(csv.DictReader(io.StringIO(cli(*args, "--lang", lang, "-f", "csv").stdout)))
            for lang in ("fr", "en")}
    assert rows["en"] == rows["fr"]
    assert {r["base_family"] for r in rows["en"]} == {"entités de l'enquête"}
    assert rows["en"][0]["base"] == "94 entités de l'enquête"
    assert "94 surveyed entities" in cli(*args, "--lang", "en").stdout  # the table: English
    published = as_json(cli("compare", "--type", "region", "--lang", "en", "-f", "json"))
    assert published[0]["base"] == as_json(cli("compare", "--type", "region", "-f", "json")
                                           )[0]["base"]  # in its source's words


def test_listing_headers_in_the_language_asked(cli):
    heads = {(cmd, lang): cli(cmd, "--lang", lang).stdout.splitlines()[0].split()
             for cmd in ("platforms", "types") for lang in ("fr", "en")}
    assert heads["platforms", "fr"] == ["Id", "Nom", "Couleur", "Alias"]
    assert heads["platforms", "en"] == ["Id", "Name", "Colour", "Aliases"]
    assert heads["types", "fr"] == ["Id", "Libellé", "Alias"]
    assert heads["types", "en"] == ["Id", "Label", "Aliases"]


def test_population_bands_grouped_as_the_language_writes_numbers(cli):
    from barometre.render.formats import band_label

    assert band_label("50 000–99 999", "en") == "50,000–99,999"
    assert band_label("≥ 100 000", "en") == "≥ 100,000"
    assert band_label("< 500", "en") == "< 500"
    assert band_label("50 000–99 999", "fr") == "50 000–99 999"
    args = ("compare", "--data", DEMO_WIDE, "--type", "departement", "--by", "strate")
    en = cli(*args, "--lang", "en").stdout
    assert "\n50,000–99,999  " in en and "\n≥ 100,000  " in en and " 000" not in en
    fr = cli(*args).stdout
    assert "\n50 000–99 999  " in fr and "\n≥ 100 000  " in fr
    # départements: one band holds 100 of 101, --peers strate refused, the band said in
    # English (tests/test_peers_lookup.py: a band named in the benchmark's head)
    strate = cli("benchmark", "--entity", "44", "--data", DEMO_WIDE, "--peers", "strate",
                 "--lang", "en").stderr
    assert "same population band (100,000 inhabitants or more)" in strate and " 000" not in strate
    bench = cli("benchmark", "--entity", "44", "--data", DEMO_WIDE, "--lang", "en").stdout
    assert bench.splitlines()[0].endswith("peers: the 101 départements in the file")
    # the source named in both languages (the English view left it out)
    fr_bench = cli("benchmark", "--entity", "44", "--data", DEMO_WIDE).stdout
    source = fr_bench.rsplit("Source : ", 1)[1].split("\n", 1)[0]
    assert source and f"Source: {source}\n" in bench


def test_one_date_format_per_language_in_wave_messages(cli, tmp_path):
    lines = DEMO_LONG.read_text(encoding="cp1252").splitlines()
    assert lines[2] == "01;Ain;Facebook;Non;;15/10/2024" and lines[3].startswith("01;Ain;Facebook;Oui")
    lines[2], lines[3:4] = "01;Ain;Facebook;Non;;", []  # one undated reading in two waves
    path = tmp_path / "non-date.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ("trend", "--type", "departement", "--data", path)
    fr = cli(*args).stderr.splitlines()
    assert "plusieurs vagues (15 octobre 2024, 15 octobre 2025)" in fr[0]
    assert fr[1] == "  1 relevé sans date rattaché à la date de la vague, 15 octobre 2024 (ligne 3)"
    en = cli(*args, "--lang", "en").stderr.splitlines()
    assert "several waves (15 October 2024, 15 October 2025)" in en[0]
    assert en[1] == "  1 reading has no date: given the wave's date, 15 October 2024 (line 3)"
    # two files holding the same wave: the wave and the platform said in the language too
    both = ("trend", "--type", "departement", "--data", DEMO_LONG, "--data", DEMO_WIDE)
    assert "la vague 15 octobre 2025 pour Ain (01) sur Facebook, à la même date :" in cli(*both).stderr
    assert "wave 15 October 2025 for Ain (01) on Facebook, on the same date:" in cli(
        *both, "--lang", "en").stderr


def test_by_without_data_said_in_the_language_asked(cli):
    fr = cli("compare", "--type", "region", "--by", "strate")
    assert (fr.exit_code, fr.stderr) == (
        2, "barometre : --by ne s'applique qu'avec --data (données d'enquête)\n")
    en = cli("compare", "--type", "region", "--by", "strate", "--lang", "en")
    assert en.stderr == "barometre: --by applies only with --data (survey data)\n"


def test_counts_read_from_a_cell_are_said_with_the_grouping_of_the_language(cli, tmp_path):
    """"read as 1,200" in English, "1 200" (narrow no-break space) in French; the number to
    write to remove a doubt has no separator at all (a comma is what made the doubt)."""
    path = tmp_path / "abonnes.csv"
    path.write_text("code;plateforme;present;abonnes\n44109;facebook;Oui;1,2k\n"
                    "35238;facebook;Oui;1,500\n13055;facebook;Oui;300\n"
                    "69123;facebook;Oui;9999999999999\n", encoding="utf-8")
    said = _messages(cli, path, "--type", "commune")
    assert "nombre abrégé « 1,2k » lu comme 1\u202f200 : valeur arrondie, donnez le nombre " \
           "exact si vous l'avez" in said["fr"]
    assert "abbreviated number “1,2k” read as 1,200: a rounded value, give the exact number " \
           "if you have it" in said["en"]
    assert any(m.startswith("« 1,500 » lu comme 1\u202f500 abonnés") and
               m.endswith("écrivez 1500 pour lever le doute") for m in said["fr"])
    assert any(m.startswith("“1,500” read as 1,500 followers") and
               m.endswith("write 1500 to remove the doubt") for m in said["en"])
    assert any("(more than 1,000,000,000)" in m for m in said["en"]), said["en"]
    assert any("(plus de 1\u202f000\u202f000\u202f000)" in m for m in said["fr"]), said["fr"]


def test_counts_of_warnings_over_a_thousand_rows_are_grouped(cli, tmp_path):
    """The counts the warnings give of their rows ("1 999 cellules vides", "1,998 readings
    without a date", "1,200 dates read month first") with the grouping of the language, as
    every other count: a commune file gives thousands."""
    from barometre.datasets import reference

    codes = list(reference.type_codes("commune"))[:2000]
    path = tmp_path / "vides.csv"
    path.write_text("Code commune;Facebook;Instagram;Date du relevé\n" + "".join(
        f"{c};Oui;{'Non' if i == 0 else ''};{'03/15/2025' if i < 2 else ''}\n"
        for i, c in enumerate(codes)), encoding="utf-8")
    said = _messages(cli, path, "--type", "commune")
    assert any("Instagram : 1\u202f999 cellules vides" in m for m in said["fr"]), said["fr"]
    assert any(m.startswith("1\u202f998 relevés sans date") for m in said["fr"]), said["fr"]
    assert any("Instagram: 1,999 blank cells" in m for m in said["en"]), said["en"]
    assert any(m.startswith("1,998 readings have no date") for m in said["en"]), said["en"]
    us = tmp_path / "us.csv"
    us.write_text("code;plateforme;present;date\n" + "".join(
        f"{c};facebook;Oui;{'03/15/2025' if i < 1200 else '03/04/2025'}\n"
        for i, c in enumerate(codes)), encoding="utf-8")
    said = _messages(cli, us, "--type", "commune")
    assert any(m.startswith("2\u202f000 dates lues mois d'abord") and
               "800 dates ambiguës" in m for m in said["fr"]), said["fr"]
    assert any(m.startswith("2,000 dates read month first") for m in said["en"]), said["en"]
    for n, fr, en in ((3200, "… et 2\u202f200 autres erreurs non détaillées (presence-invalid)",
                       "… and 2,200 more errors not listed (presence-invalid)"),
                      (1001, "… et 1 autre erreur non détaillée (presence-invalid)",
                       "… and 1 more error not listed (presence-invalid)")):
        bad = tmp_path / f"erreurs-{n}.csv"
        bad.write_text("code;plateforme;present\n" + "".join(
            f"{c};facebook;Ouii\n" for c in reference.type_codes("commune")[:n]), encoding="utf-8")
        said = _messages(cli, bad, "--type", "commune")
        assert (said["fr"][-1], said["en"][-1]) == (fr, en)


def test_published_tables_say_our_bases_and_notes_in_english(cli):
    """The bases and the disputed figures' notes are our descriptions: said in English with
    --lang en (they were printed in French); the publishers' words stay French, quoted."""
    en = cli("compare", "--type", "region", "--year", "2015", "--all-sources",
             "--lang", "en").stdout
    assert "27 regional councils (map before 2016)" in en and "101 prefecture cities" in en
    assert "carte d'avant" not in en and "villes préfectures" not in en
    fr = cli("compare", "--type", "region", "--year", "2015", "--all-sources").stdout
    assert "27 conseils régionaux (carte d'avant 2016)" in fr  # French as it was
    trend = cli("trend", "--type", "region", "--platform", "facebook", "--lang", "en").stdout
    assert "Series 1: share of all entities of the base — regions (map before 2016)" in trend
    assert "break: another base (before: 27 regions)" in trend
    assert "13 metropolitan regions" in trend and "régions" not in trend
    disputed = cli("compare", "--type", "metropole", "--year", "2022", "--all-sources",
                   "--lang", "en").stdout
    assert ("‡ disputed figure (ost-2023-2): Two readings: the Gazette gives “48 % des parts”"
            in disputed) and "Deux lectures" not in disputed
    assert "‡ chiffre contesté (ost-2023-2) : Deux lectures" in cli(
        "compare", "--type", "metropole", "--year", "2022", "--all-sources").stdout


def test_every_published_base_and_disputed_note_has_its_english():
    """A base or note added to the published figures without its English would print in
    French (quoted): add it to messages/published.py."""
    import csv

    from barometre.messages.published import BASES_EN, NOTES_EN

    path = ROOT / "src" / "barometre" / "data" / "published" / "adoption.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert {b for r in rows for b in (r["base"], r["base_family"]) if b} <= set(BASES_EN)
    assert {r["notes"] for r in rows if "disputed" in r["flags"]} <= set(NOTES_EN)


def test_a_disputed_note_not_translated_is_said_to_be_french():
    from barometre.render.views import _disputed_note

    r = {"source": "x-2020", "notes": "Chiffre douteux.", "flags": "disputed"}
    assert _disputed_note(r, "en") == "‡ disputed figure (x-2020), note in French: “Chiffre douteux.”"
    assert _disputed_note(r, "fr") == "‡ chiffre contesté (x-2020) : Chiffre douteux."
