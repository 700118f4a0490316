"""What the survey reader decides must be certain or said: the sheet read among several,
a follower column without a platform, the cell and row an error points at, the header row
taken (reviewer's defects, session 10)."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.datasets.reference import entities

openpyxl = pytest.importorskip("openpyxl")


def _codes(problems) -> list[tuple]:
    return [(p.row, p.column, p.severity, p.code) for p in problems]


def _departements(ws, answer: str, date: str) -> None:
    ws.append(["Code département", "Nom", "Facebook", "Date du relevé"])
    for r in entities("departement").itertuples():
        ws.append([r.code, r.name, answer, date])


def _years_workbook(path):
    """Tabs "2025" (Facebook everywhere) and "2024" (nowhere), saved with "2024" active."""
    wb = openpyxl.Workbook()
    wb.active.title = "2025"
    _departements(wb.active, "Oui", "15/10/2025")
    _departements(wb.create_sheet("2024"), "Non", "15/10/2024")
    wb.active = 1
    wb.save(path)
    return path


def _synthese_workbook(path):
    """An active "Synthèse" of 4 régions before the "Enquête" of the 101 départements."""
    wb = openpyxl.Workbook()
    wb.active.title = "Synthèse"
    wb.active.append(["Région", "Facebook", "Instagram"])
    for name in ("Bretagne", "Normandie", "Occitanie", "Grand Est"):
        wb.active.append([name, "Oui", "Non"])
    ws = wb.create_sheet("Enquête")
    ws.append(["Code département", "Nom", "Facebook", "Instagram"])
    for r in entities("departement").itertuples():
        ws.append([r.code, r.name, "Oui", "Non"])
    wb.save(path)
    return path


# --------------------------------------------------------------------------- the sheet read

def test_two_sheets_of_one_survey_ask_which_one(tmp_path, cli):
    """"2025" and "2024", the same columns: reading the active one gave 2024's 0/101 as
    the file's figure without a word; it is an error naming both and asking for --sheet."""
    f = _years_workbook(tmp_path / "annees.xlsx")
    [p] = bm.validate(f)
    assert (p.severity, p.code) == ("error", "sheet-ambiguous")
    # a library call is advised its parameter, the command line its option (below)
    assert "« 2024 » (la feuille active), « 2025 »" in p.message
    assert p.message.endswith("Choisissez-la avec sheet=")
    res = cli("compare", "--data", f, "--type", "departement")
    assert res.exit_code == 1 and "sheet-ambiguous" not in res.stdout
    assert res.stderr.splitlines()[0] == (
        "barometre : annees.xlsx : plusieurs feuilles ressemblent à la même enquête (mêmes "
        "colonnes d'entité, même format) : « 2024 » (la feuille active), « 2025 » ; "
        "laquelle lire ? Choisissez-la avec --sheet")
    en = cli("compare", "--data", f, "--type", "departement", "--lang", "en")
    assert "“2024” (the active sheet), “2025”" in en.stderr
    # --sheet reads the one asked, silently
    ok = cli("compare", "--data", f, "--type", "departement", "--sheet", "2025",
             "--format", "json")
    assert ok.exit_code == 0 and '"n_present":101' in ok.stdout.replace(" ", "")
    assert bm.validate(f, sheet="2024") == []


def test_a_sheet_of_another_kind_is_read_and_said(tmp_path, cli):
    """A small "Synthèse" (régions) active before the "Enquête" (départements): read, with
    a warning naming it and the other sheet, in validate and in the Lecture line."""
    f = _synthese_workbook(tmp_path / "synthese.xlsx")
    assert _codes(bm.validate(f)) == [(None, None, "warning", "sheet-chosen")]
    [p] = bm.validate(f)
    assert p.message == ("feuille « Synthèse » lue (la feuille active) ; d'autres "
                         "ressemblent à une enquête : « Enquête » ; sheet= pour en choisir "
                         "une autre")  # the CLI's Lecture line says --sheet (below)
    res = cli("compare", "--data", f, "--type", "region")
    assert res.exit_code == 0
    assert ("Lecture : feuille « Synthèse » lue (la feuille active) ; d'autres ressemblent à "
            "une enquête : « Enquête » ; --sheet pour en choisir une autre ; 1 avertissement "
            f"(détail : « barometre validate {f} »)") in res.stdout.splitlines()
    en = cli("compare", "--data", f, "--type", "region", "--lang", "en")
    assert ("Reading: sheet “Synthèse” read (the active sheet); others look like a survey: "
            "“Enquête”; --sheet to choose another; 1 warning") in en.stdout
    # the survey asked for another type: its error names the sheet read and the others
    err = cli("compare", "--data", f, "--type", "departement")
    assert err.exit_code == 1
    line = err.stderr.splitlines()[0]
    assert "pas de colonne d'entité pour le type « département »" in line
    assert "feuille « Synthèse »" in line and "autres feuilles : « Enquête »" in line
    # --sheet: the survey, silently
    assert bm.validate(f, sheet="Enquête") == []
    # the same file saved with the survey active: the survey is read, the synthesis said
    wb = openpyxl.load_workbook(f)
    wb.active = 1
    wb.save(f)
    [p] = bm.validate(f)
    assert p.code == "sheet-chosen" and "feuille « Enquête » lue (la feuille active)" in p.message


def test_the_sheet_said_in_the_lecture_line_of_each_wave(tmp_path, cli):
    """trend over several files: the Lecture line of the file whose sheet was chosen says it."""
    wb = openpyxl.Workbook()
    wb.active.title = "Synthèse"
    wb.active.append(["Région", "Facebook"])
    wb.active.append(["Bretagne", "Oui"])
    ws = wb.create_sheet("Relevés")
    _departements(ws, "Oui", "15/10/2025")
    wb.active = 1
    f = tmp_path / "vague.xlsx"
    wb.save(f)
    res = cli("trend", "--data", f, "--type", "departement")
    assert res.exit_code == 0, res.output
    assert res.stderr.splitlines()[0] == (
        "Lecture : feuille « Relevés » lue (la feuille active) ; d'autres ressemblent à une "
        f"enquête : « Synthèse » ; --sheet pour en choisir une autre ; 1 avertissement "
        f"(détail : « barometre validate {f} »)")


def test_the_template_and_its_instructions_stay_silent(tmp_path):
    """The template's workbook: its survey and its instructions sheet, nothing to say."""
    f = bm.write_template(tmp_path / "enquete.xlsx", "region", platforms=["facebook"])
    wb = openpyxl.load_workbook(f)
    ws = wb["Enquête"]
    for row in range(2, ws.max_row + 1):  # filled in
        ws.cell(row=row, column=5, value="Oui")
    wb.active = 1  # saved on its instructions
    wb.save(f)
    # nothing to say of its sheets; filled without any date, it says that alone (fix18a:
    # the year of its figures is not known)
    assert [p.code for p in bm.validate(f)] == ["no-date"]
    assert bm.validate(f, date="15/10/2025")[0].code == "wave-date"
    assert bm.read_survey(f)["present"].sum() == 18


def test_a_lists_sheet_is_not_a_survey(tmp_path):
    """A drop-down lists sheet whose row names platforms (or entity types) has no survey
    header (an entity and a platform column): the survey is read, silently, even when the
    lists sheet is the active one."""
    wb = openpyxl.Workbook()
    wb.active.title = "Listes"
    wb.active.append(["Facebook", "Instagram", "X"])
    wb.active.append(["Département", "Région"])
    ws = wb.create_sheet("Enquête")
    ws.append(["Code département", "Facebook"])
    ws.append(["01", "Oui"])
    f = tmp_path / "listes.xlsx"
    wb.save(f)
    assert bm.validate(f) == []
    df = bm.read_survey(f)
    assert list(df["code"]) == ["01"]


# --------------------------------------------------------------------------- the header row

def test_a_two_row_header_is_said_with_the_row_taken(tmp_path, cli):
    """Platform names above fields that are no known field: the header taken is row 1 (three
    platforms), without an entity column; the error names it, its cells and the row under
    it, which looks like a header too (it said "pas de colonne d'entité" and no more)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([None, None, "Facebook", None, "Instagram", None, "X", None])
    ws.append(["Code département", "Nom", "Statut", "Volume", "Statut", "Volume", "Statut",
               "Volume"])
    ws.append(["01", "Ain", "Oui", 1200, "Non", None, "Oui", 5])
    for rng in ("C1:D1", "E1:F1", "G1:H1"):
        ws.merge_cells(rng)
    f = tmp_path / "deux-lignes.xlsx"
    wb.save(f)
    [p] = bm.validate(f)
    assert p.code == "no-entity-column"
    assert p.message.endswith(
        " ; en-tête lu ligne 1 : « Facebook », « Instagram », « X » ; la ligne 2 en dessous "
        "ressemble aussi à un en-tête (« Code département », « Nom », « Statut », "
        "« Volume », « Statut », « Volume », « Statut », « Volume ») : un en-tête sur "
        "deux lignes ? Mettez l'en-tête sur une seule ligne, le réseau dans chaque colonne "
        "(« Abonnés Facebook »)")
    en = cli("compare", "--data", f, "--type", "departement", "--lang", "en")
    assert "header read on line 1: “Facebook”, “Instagram”, “X”; line 2 below looks like a " \
        "header too" in en.stderr
    # a CSV whose header row has no platform column: the row taken is said, with its cells
    g = tmp_path / "sans-reseau.csv"
    g.write_text("Code;Nom;Statut\n01;Ain;Oui\n", encoding="utf-8")
    [p] = bm.validate(g, type="departement")
    assert p.code == "no-platform-column"
    assert p.message.endswith("; en-tête lu ligne 1 : « Code », « Nom », « Statut »")


# --------------------------------------------------------------------------- follower columns

@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("head", ["Abonnés", "Followers", "Nombre d'abonnés", "Nb d’abonnés"])
def test_a_follower_column_without_platform_in_a_file_of_one_platform(tmp_path, monkeypatch,
                                                                      cli, head, fast):
    """One platform ("Facebook") and "Abonnés": the counts were dropped without a word
    (rank: "aucun nombre d'abonnés"); they are read as Facebook's, and said."""
    if fast:  # the C parser path of large files, on a small file
        from barometre.survey import fastcsv

        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    f = tmp_path / "abonnes.csv"
    f.write_text(f"Code département;Nom;Facebook;{head}\n01;Ain;Oui;12000\n02;Aisne;Oui;1200\n",
                 encoding="utf-8")
    [p] = bm.validate(f)
    assert (p.column, p.severity, p.code) == (head, "warning", "column-platform-assumed")
    assert p.message == ("colonne d'abonnés sans réseau, lue comme celle de Facebook, seul "
                         "réseau du fichier ; nommez le réseau dans l'en-tête (« Abonnés "
                         "Facebook ») pour lever le doute")
    df = bm.read_survey(f)
    assert df["followers"].tolist() == [12000, 1200]
    res = cli("rank", "--data", f, "-p", "facebook")
    assert res.exit_code == 0 and "12 000" in res.stdout.replace("\u202f", " ")
    assert "1 avertissement" in res.stderr


def test_a_follower_column_without_platform_among_several_is_said(tmp_path, cli):
    """Two platforms: whose followers "Abonnés" holds is not known; ignored, and said
    (validate said "0 erreur, 0 avertissement")."""
    f = tmp_path / "abonnes.csv"
    f.write_text("Code département;Nom;Facebook;Instagram;Abonnés;Compte\n"
                 "01;Ain;Oui;Oui;12000;@ain\n", encoding="utf-8")
    assert _codes(bm.validate(f)) == [(None, "Abonnés", "warning", "column-without-platform"),
                                      (None, "Compte", "warning", "column-without-platform")]
    [p, q] = bm.validate(f)
    assert p.message == ("colonne d'abonnés sans réseau : ignorée, le fichier a plusieurs "
                         "réseaux (Facebook, Instagram) ; nommez le réseau dans l'en-tête "
                         "(« Abonnés Facebook »)")
    assert p.text("en") == ("follower column without a platform: ignored, the file has "
                            "several platforms (Facebook, Instagram); name the platform in "
                            "the header (“Abonnés Facebook”)")
    assert "(« Compte Facebook »)" in q.message
    assert bm.read_survey(f)["followers"].isna().all()
    # a platform with its own follower column: the other one is not read, and said
    g = tmp_path / "deux.csv"
    g.write_text("Code département;Facebook;Abonnés Facebook;Abonnés\n01;Oui;5;7\n",
                 encoding="utf-8")
    [p] = bm.validate(g)
    assert (p.column, p.code) == ("Abonnés", "column-without-platform")
    assert p.message.endswith("ignorée, la colonne « Abonnés Facebook » est lue pour Facebook")
    assert bm.read_survey(g)["followers"].tolist() == [5]


# --------------------------------------------------------------------------- cell errors

def test_a_decimal_count_error_quotes_its_cell(tmp_path, cli):
    """"12,5" is the example of count-not-integer's sentence: the cell's « 12,5 » was taken
    for it and left out, as no other cell error leaves its value out."""
    f = tmp_path / "decimal.csv"
    f.write_text("Code département;Nom;Facebook;Abonnés Facebook\n01;Ain;Oui;12,5\n"
                 "02;Aisne;Oui;13,7\n", encoding="utf-8")
    res = cli("validate", f)
    assert res.stdout.splitlines()[:2] == [
        "decimal.csv, ligne 2, colonne « Abonnés Facebook » : erreur : « 12,5 » pas un "
        "nombre entier d'abonnés (un décimal ? « 12,5 » se lit douze et demi) : attendu un "
        "entier comme 12 345",
        "decimal.csv, ligne 3, colonne « Abonnés Facebook » : erreur : « 13,7 » pas un "
        "nombre entier d'abonnés (un décimal ? « 12,5 » se lit douze et demi) : attendu un "
        "entier comme 12 345"]
    en = cli("validate", f, "--lang", "en")
    assert en.stdout.splitlines()[0].startswith(
        "decimal.csv, line 2, column “Abonnés Facebook”: error: “12,5” not a whole number")
    # a sentence that quotes the value itself still says it once
    g = tmp_path / "milliers.csv"
    g.write_text("Code département;Facebook;Abonnés Facebook\n01;Oui;1,500\n", encoding="utf-8")
    line = cli("validate", g).stdout.splitlines()[0]
    assert line.count("« 1,500 »") == 1


def test_a_total_row_is_said_in_the_column_of_its_text(tmp_path):
    """"TOTAL" and "Moyenne" in the name column (a blank code): the error was put in
    « Code département », a blank cell; it is the name's cell, its text quoted."""
    f = tmp_path / "total.csv"
    f.write_text("Code département;Nom;Facebook\n01;Ain;Oui\n02;Aisne;Oui\n;TOTAL;2\n"
                 ";Moyenne;1\n", encoding="utf-8")
    got = [(p.row, p.column, p.value, p.code) for p in bm.validate(f)]
    # a totals row (report16): one warning, the row left out, its cells not read ("2",
    # a count of « Oui », is no answer to say)
    assert got == [(4, "Nom", "TOTAL", "totals-row"), (5, "Nom", "Moyenne", "totals-row")]
    # a code that names nothing stays said in the code's column
    g = tmp_path / "code.csv"
    g.write_text("Code département;Nom;Facebook\n999;Ain;Oui\n", encoding="utf-8")
    assert [(p.column, p.value) for p in bm.validate(g, type="departement")
            if p.severity == "error"] == [("Code département", "999")]


def _merged_header_workbook(path, top: list, bottom: list, merges: list, rows: list):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(top)
    ws.append(bottom)
    for r in rows:
        ws.append(r)
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def test_a_two_row_header_of_merged_platforms_is_read_and_said(tmp_path, cli):
    """« Facebook » merged over « Présence », « Abonnés », « Date » (row 1 over row 2): the
    merged range says whose fields they are; read so, with a header-two-rows warning."""
    f = _merged_header_workbook(
        tmp_path / "fusion.xlsx",
        [None, None, "Facebook", None, None, "Instagram", None, None],
        ["Code département", "Nom", "Présence", "Abonnés", "Date", "Présence", "Abonnés",
         "Date"],
        ["C1:E1", "F1:H1"],
        [["01", "Ain", "Oui", 1200, "15/10/2025", "Non", None, "15/10/2025"],
         ["02", "Aisne", "Oui", 800, "15/10/2025", "Oui", 300, "15/10/2025"]])
    [p] = bm.validate(f)
    assert (p.row, p.severity, p.code) == (None, "warning", "header-two-rows")
    assert p.message == (
        "en-tête sur deux lignes : les réseaux de la ligne 1 joints aux champs de la ligne 2 "
        "(6 colonnes : « Présence Facebook », « Abonnés Facebook », « Date Facebook », "
        "« Présence Instagram », « Abonnés Instagram », « Date Instagram ») ; vérifiez-les, "
        "ou mettez l'en-tête sur une seule ligne")
    df = bm.read_survey(f)
    got = sorted(zip(df["code"], df["platform"], df["present"], df["followers"].fillna(-1)))
    assert got == [("01", "facebook", True, 1200), ("01", "instagram", False, -1),
                   ("02", "facebook", True, 800), ("02", "instagram", True, 300)]
    assert list(df["source_row"]) == [3, 3, 4, 4]
    # an entity title merged over its columns above, the fields under: the same
    g = _merged_header_workbook(
        tmp_path / "titre.xlsx", ["Collectivité", None, "Facebook", None, "Instagram", None],
        ["Code", "Nom", "Présent", "Abonnés", "Présent", "Abonnés"],
        ["A1:B1", "C1:D1", "E1:F1"], [["01", "Ain", "Oui", 1200, "Non", None]])
    assert _codes(bm.validate(g, type="departement")) == [
        (None, None, "warning", "header-two-rows")]
    df = bm.read_survey(g, type="departement")
    assert sorted(zip(df["platform"], df["followers"].fillna(-1))) == [
        ("facebook", 1200), ("instagram", -1)]
    # beside a synthesis sheet, the survey with its two-row header is a survey too: named
    # among the others when the synthesis is active, read when it is
    wb = openpyxl.load_workbook(f)
    syn = wb.create_sheet("Synthèse", 0)
    syn.append(["Région", "Facebook"])
    syn.append(["Bretagne", "Oui"])
    wb.active = 0
    wb.save(f)
    [p] = bm.validate(f)
    assert p.code == "sheet-chosen" and "ressemblent à une enquête : « Sheet »" in p.message
    wb.active = 1
    wb.save(f)
    assert [p.code for p in bm.validate(f)] == ["sheet-chosen", "header-two-rows"]


def test_a_two_row_header_without_merges_reads_what_is_certain(tmp_path):
    """A CSV has no merged cells: a field right under a platform's name is its; the others
    (« Abonnés » under a blank) name no platform and are said, not guessed, unless every
    name heads the same fields (below)."""
    f = tmp_path / "deux-lignes.csv"
    # the groups differ (Facebook has a date, Instagram none): not certain
    f.write_text(";;Facebook;;;Instagram;\nCode;Nom;Présent;Abonnés;Date;Présent;Abonnés\n"
                 "01;Ain;Oui;1200;15/10/2025;Non;\n", encoding="utf-8")
    assert _codes(bm.validate(f, type="departement")) == [
        (None, None, "warning", "header-two-rows"),
        (None, "Abonnés", "warning", "column-without-platform"),
        (None, "Abonnés", "warning", "column-without-platform")]
    df = bm.read_survey(f, type="departement")
    assert sorted(zip(df["platform"], df["present"])) == [("facebook", True),
                                                          ("instagram", False)]
    assert df["followers"].isna().all()
    # one platform: nothing to compare its fields with
    g = tmp_path / "un-reseau.csv"
    g.write_text(";;Facebook;\nCode;Nom;Présent;Abonnés\n01;Ain;Oui;1200\n", encoding="utf-8")
    assert [p.code for p in bm.validate(g, type="departement")] == [
        "header-two-rows", "column-platform-assumed"]  # the only platform's, said


def test_a_csv_of_merged_platform_names_repeating_its_fields_is_read_whole(tmp_path, cli):
    """« Facebook » and « Instagram » merged over « Présence », « Abonnés » in a workbook,
    saved as CSV (cp1252, ;): each name kept in its first cell, blanks after it. Every name
    heading the same fields says whose each field is: the counts are read, not dropped
    with a warning, and the joined columns are said (they used to be « colonne d'abonnés
    sans réseau : ignorée », and rank found no count)."""
    f = tmp_path / "export.csv"
    f.write_bytes("Département;;Facebook;;Instagram;\r\n"
                  "Code;Nom;Présence;Abonnés;Présence;Abonnés\r\n"
                  "29;Finistère;Oui;12 000;Non;\r\n"
                  "22;Côtes-d'Armor;Oui;8 000;Oui;3 000\r\n".encode("cp1252"))
    [p] = bm.validate(f, type="departement")
    assert (p.code, p.severity) == ("header-two-rows", "warning")
    assert p.message == (
        "en-tête sur deux lignes : les réseaux de la ligne 1 joints aux champs de la ligne 2 "
        "(4 colonnes : « Présence Facebook », « Abonnés Facebook », « Présence Instagram », "
        "« Abonnés Instagram ») ; vérifiez-les, ou mettez l'en-tête sur une seule ligne")
    df = bm.read_survey(f, type="departement")
    got = sorted(zip(df["code"], df["platform"], df["present"], df["followers"].fillna(-1)))
    assert got == [("22", "facebook", True, 8000), ("22", "instagram", True, 3000),
                   ("29", "facebook", True, 12000), ("29", "instagram", False, -1)]
    res = cli("rank", "--data", f, "--platform", "instagram", "--type", "departement")
    assert res.exit_code == 0, res.output
    assert "   1  22    Côtes-d'Armor    3\u202f000     611\u202f859" in res.stdout
    assert "1 département classé (1 sans compte)" in res.stdout
    # a date after the last group, under a blank: every platform's, as before
    g = tmp_path / "date.csv"
    g.write_text(";;Facebook;;Instagram;;\nCode;Nom;Présence;Abonnés;Présence;Abonnés;"
                 "Date du relevé\n29;Finistère;Oui;12 000;Non;;15/10/2025\n", encoding="utf-8")
    df = bm.read_survey(g, type="departement")
    assert sorted(zip(df["platform"], df["date"].astype(str))) == [
        ("facebook", "2025-10-15"), ("instagram", "2025-10-15")]
    assert [p.code for p in bm.validate(g, type="departement")] == ["header-two-rows"]


def test_errors_of_a_sheet_chosen_among_several_say_the_sheet(tmp_path, cli):
    """A command refused for the errors of the sheet read says which sheet that was."""
    wb = openpyxl.Workbook()
    wb.active.title = "Synthèse"
    for row in (["Région", "Facebook"], ["Bretagne", "Oui"], ["Bretagn", "Oui"],
                ["Normandi", "Oui"]):
        wb.active.append(row)
    ws = wb.create_sheet("Enquête")
    ws.append(["Code département", "Facebook"])
    ws.append(["01", "Oui"])
    f = tmp_path / "erreurs.xlsx"
    wb.save(f)
    res = cli("compare", "--data", f, "--type", "region")
    assert res.exit_code == 1
    assert res.stderr.splitlines()[:2] == [
        f"barometre : erreurs.xlsx : 2 erreurs (voir « barometre validate {f} »)",
        "  feuille « Synthèse » lue (la feuille active) ; d'autres ressemblent à une "
        "enquête : « Enquête » ; --sheet pour en choisir une autre"]
    ws = openpyxl.load_workbook(f)
    ws["Synthèse"].delete_rows(4)
    ws.save(f)
    one = cli("compare", "--data", f, "--type", "region", "--lang", "en")
    assert one.stderr.splitlines()[1] == (
        "  erreurs.xlsx: warning: sheet “Synthèse” read (the active sheet); others look like "
        "a survey: “Enquête”; --sheet to choose another")
