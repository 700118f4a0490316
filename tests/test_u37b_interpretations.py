"""Session 36 (user37, a Finistère consultant's files): every interpretation of a
client's file said, row by row."""
from __future__ import annotations

import json

import barometre as bm


def _epci_by_name(tmp_path):
    """Three EPCI of the 29, two with their SIREN cleared (read by the name beside)."""
    f = tmp_path / "noms.csv"
    f.write_text("SIREN;Intercommunalité;Facebook\n"
                 "242900314;Brest Métropole;Oui\n"
                 ";Brest;Oui\n"
                 ";Quimper Bretagne Occidentale;Non\n", encoding="utf-8")
    return f


def test_each_row_read_by_its_name_says_what_it_was_read_as(tmp_path, cli):
    """« 2 lignes sans code lues d'après le nom (lignes 3, 4) » said nothing of what
    « Brest » became (Brest Métropole): now each row, in the name's column, and
    validate's line says the first few."""
    f = tmp_path / "noms.csv"
    f.write_text("SIREN;Intercommunalité;Facebook\n"
                 "242900074;CC du Pays d'Iroise;Oui\n"
                 ";Brest;Oui\n"
                 ";Quimper Bretagne Occidentale;Non\n", encoding="utf-8")
    named = [p for p in bm.validate(f, type="epci") if p.code == "name-for-blank-code"]
    assert [(p.row, p.column, p.value, p.severity) for p in named] == [
        (3, "Intercommunalité", "Brest", "warning"),
        (4, "Intercommunalité", "Quimper Bretagne Occidentale", "warning")]
    assert named[0].text("fr") == ("« Brest » → Brest Métropole (242900314) : code vide, "
                                   "ligne lue d'après le nom")
    assert named[0].text("en") == ("“Brest” → Brest Métropole (242900314): blank code, "
                                   "row read from the name")
    res = cli("validate", f, "--type", "epci")
    assert ("noms.csv, colonne « Intercommunalité » : avertissement : 2 lignes sans code "
            "lues d'après le nom : « Brest » → Brest Métropole (242900314), ligne 3 ; "
            "« Quimper Bretagne Occidentale » → CA Quimper Bretagne Occidentale (200068120), "
            "ligne 4") in res.stdout
    res = cli("validate", f, "--type", "epci", "--lang", "en")
    assert ("2 rows without a code read from the name: “Brest” → Brest Métropole "
            "(242900314), line 3; “Quimper Bretagne Occidentale”") in res.stdout
    records = json.loads(cli("validate", f, "--type", "epci", "-f", "json").stdout)
    assert [(r["row"], r["column"], r["value"]) for r in records
            if r["code"] == "name-for-blank-code"] == [
        (3, "Intercommunalité", "Brest"), (4, "Intercommunalité", "Quimper Bretagne Occidentale")]


def test_more_rows_read_by_name_than_the_line_shows(tmp_path):
    from barometre.survey.problems import same_lines

    f = tmp_path / "noms.csv"
    f.write_text("SIREN;Intercommunalité;Facebook\n;Brest;Oui\n;Morlaix Communauté;Oui\n"
                 ";Concarneau Cornouaille Agglomération;Oui\n;Quimperlé Communauté;Non\n",
                 encoding="utf-8")
    lines = same_lines(bm.validate(f, type="epci"))
    (line,), _ = zip(*lines)
    assert line.count == 4 and line.rows.tolist() == [2, 3, 4, 5]
    assert line.text("fr").startswith("4 lignes sans code lues d'après le nom : « Brest » →")
    assert line.text("fr").endswith(", ligne 4 ; …")


def test_a_name_unknown_is_suggested_the_close_names_of_its_departement(tmp_path, cli):
    """« Concarnau » with --departement 29 (or in a template --within 29) suggested
    Connaux (30092), in the Gard, beside Concarneau (29039)."""
    res = cli("resolve", "Concarnau", "--type", "commune", "--departement", "29")
    assert "les plus proches : Concarneau (29039)" in res.stderr
    assert "Connaux" not in res.stderr
    # without a département, every close name
    assert "Connaux (30092)" in cli("resolve", "Concarnau", "--type", "commune").stderr
    import openpyxl

    t = tmp_path / "modele.xlsx"
    assert cli("template", "--type", "commune", "--within", "29", "-o", t).exit_code == 0
    wb = openpyxl.load_workbook(t)
    ws = wb["Enquête"]
    ws.append([None, "Concarnau", None, None, "Oui"])
    wb.save(t)
    (err,) = [p for p in bm.validate(t) if p.severity == "error"]
    assert (err.value, err.text("fr")) == ("Concarnau", (
        "aucune collectivité de type « commune » ne s'appelle « Concarnau » ; "
        "les plus proches : Concarneau (29039)"))
    assert err.text("en").endswith("closest: Concarneau (29039)")


def _retyped(tmp_path, first: str) -> object:
    """A template's row (Concarneau, line 2: ``first``) and the entity typed again at the
    end by name, its code blank, with answers (line 4)."""
    f = tmp_path / "retyped.csv"
    f.write_text("Code INSEE;Commune;Facebook;Abonnés Facebook\n"
                 f"29039;Concarneau;{first}\n29019;Brest;Oui;100\n;Concarneau;Oui;50\n",
                 encoding="utf-8")
    return f


def test_an_empty_row_beside_the_entity_typed_again_is_the_one_set_aside(tmp_path):
    """« entité en double : Concarneau … figure déjà ligne 2 … (ligne non lue) » on the
    filled line 4 kept the template's EMPTY line 2 and dropped the answers; and it named
    « Code INSEE », blank on line 4, read by its name."""
    from .test_fast_path import fast_reader, normal_reader, same_reading

    f = _retyped(tmp_path, ";")
    (p,) = [p for p in bm.validate(f, type="commune") if "duplicate" in p.code]
    assert (p.row, p.column, p.severity, p.code) == (
        2, "Code INSEE", "warning", "duplicate-entity-empty")
    assert p.text("fr") == ("entité en double : Concarneau (29039) figure aussi ligne 4, qui "
                            "a des réponses ; la ligne 2 n'en a aucune : mise de côté "
                            "(supprimez-la)")
    assert p.text("en") == ("duplicate entity: Concarneau (29039) is also on line 4, which "
                            "has answers; line 2 has none: set aside (delete it)")
    df = bm.read_survey(f, type="commune")
    fb = df[(df["code"] == "29039") & (df["platform"] == "facebook")]
    assert fb["present"].tolist() == [True] and fb["followers"].tolist() == [50]
    same_reading(normal_reader, fast_reader, f)
    # both filled: the later row is the error, in the column that named it
    f = _retyped(tmp_path, "Non;")
    (p,) = [p for p in bm.validate(f, type="commune") if "duplicate" in p.code]
    assert (p.row, p.column, p.value, p.severity, p.code) == (
        4, "Commune", "Concarneau", "error", "duplicate-entity")
    same_reading(normal_reader, fast_reader, f)


def test_a_count_beside_nc_is_not_said_again_as_without_an_account(tmp_path, cli):
    """rank: « 3 sans réponse … ; 2 nombres d'abonnés sans compte (présence Non, vide ou
    douteuse), non classés », the 2 being « NC » rows among the « sans réponse »; and
    validate's warning for them quoted « Oui ? », « NR », not the file's « NC »."""
    f = tmp_path / "nc.csv"
    f.write_text("Code département;LinkedIn;Abonnés LinkedIn\n01;Oui;100\n02;NC;50\n"
                 "03;Non;30\n04;Oui;200\n05;NC;70\n06;Oui ?;90\n", encoding="utf-8")
    (p,) = [p for p in bm.validate(f) if p.code == "followers-but-unanswered"]
    assert p.text("fr") == ("3 nombres d'abonnés à côté d'une réponse douteuse ou non "
                            "renseignée (« NC », « Oui ? ») : la réponse n'étant pas lue, le "
                            "nombre n'est pas classé (lignes 3, 6, 7) ; écrivez Oui si le "
                            "compte existe")
    assert "(“NC”, “Oui ?”)" in p.text("en")  # English quotes “…”
    r = bm.rank(bm.read_survey(f), platform="linkedin")
    # « Non;30 » and the doubtful « Oui ?;90 » (quoted), not the two « NC »
    assert r.attrs["no_account"] == 2
    out = cli("rank", "-p", "linkedin", "--data", f).stdout
    assert ("2 départements classés (3 sans réponse, 1 sans compte) sur les 6 du fichier"
            in out)  # the two « NC » among the 3 sans réponse, not again below (4 before)
    assert ("2 nombres d'abonnés sans compte (présence Non, vide ou douteuse), non classés "
            "(dont Alpes-Maritimes, présence douteuse « Oui ? »)") in out


def _communes_29(tmp_path, name: str, year: int, extra: str = "") -> object:
    f = tmp_path / name
    f.write_text("Code INSEE;Facebook;Abonnés Facebook;Date du relevé\n"
                 f"29019;Oui;{1000 + year - 2024};15/10/{year}\n"
                 f"29232;Oui;{800 + 2 * (year - 2024)};15/10/{year}\n"
                 f"29039;Oui;{300 + 5 * (year - 2024)};15/10/{year}\n" + extra,
                 encoding="utf-8")
    return f


def test_mayottes_census_is_said_only_for_figures_of_its_communes(tmp_path, cli):
    """« Mayotte : recensement de 2017 » under the per-1,000 figures of Finistère's
    communes (rank, changes, benchmark, the report's Benchmark and Mouvements)."""
    import openpyxl

    old = _communes_29(tmp_path, "c2024.csv", 2024)
    new = _communes_29(tmp_path, "c2026.csv", 2026)
    outputs = {
        "rank": cli("rank", "-p", "facebook", "--metric", "followers_per_1000",
                    "--data", new).stdout,
        "changes": cli("changes", "--data", old, "--data", new).stdout,
        "benchmark": cli("benchmark", "--entity", "Quimper", "-p", "facebook",
                         "--data", new).stdout}
    report = tmp_path / "rapport.xlsx"
    assert cli("report", "--data", old, "--data", new, "--entity", "Quimper",
               "-o", report).exit_code == 0
    wb = openpyxl.load_workbook(report)
    for sheet in wb:
        outputs[sheet.title] = "\n".join(str(v) for row in sheet.iter_rows(values_only=True)
                                         for v in row if isinstance(v, str))
    said = [k for k, out in outputs.items() if "populations légales 2023" in out]
    assert {"rank", "changes", "benchmark", "Benchmark", "Mouvements"} <= set(said), said
    assert [k for k, out in outputs.items() if "Mayotte" in out] == []
    # a commune of Mayotte among them: its census said
    mayotte = _communes_29(tmp_path, "c976.csv", 2026, "97611;Oui;200;15/10/2026\n")
    out = cli("rank", "-p", "facebook", "--metric", "followers_per_1000",
              "--data", mayotte).stdout
    assert "Mayotte : recensement de 2017" in out
    out = cli("rank", "-p", "facebook", "--metric", "followers_per_1000",
              "--data", mayotte, "--lang", "en").stdout
    assert "Mayotte: 2017 census" in out


def _book(path, sheets: dict, date: str = "15/10/2024") -> object:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        ws.append(["Code", "Nom", "Facebook", "Abonnés Facebook", "Date du relevé"])
        for r in rows:
            ws.append(list(r) + [date])
    wb.save(path)
    return path


EPCI_ROWS = [("242900314", "Brest Métropole", "Oui", 5000),
             ("200068120", "Quimper Bretagne Occidentale", "Oui", 3000),
             ("242900074", "CC du Pays d'Iroise", "Non", None)]
COMMUNE_ROWS = [("29019", "Brest", "Oui", 9000), ("29232", "Quimper", "Oui", 2500),
                ("29039", "Concarneau", "Non", None)]


def test_a_workbook_of_one_survey_per_type_is_no_survey_split(tmp_path, cli):
    """EPCI (SIREN) on one sheet, communes (INSEE) on the other: « l'enquête semble
    répartie sur 2 feuilles … réunissez les lignes dans une seule feuille », wrong advice."""
    from barometre.messages import text

    book = _book(tmp_path / "client.xlsx", {"Intercommunalités": EPCI_ROWS,
                                           "Communes": COMMUNE_ROWS})
    (p,) = bm.validate(book)
    assert p.code == "sheet-split-types"
    assert p.text("fr") == (
        "le classeur tient 2 enquêtes de types différents, une par feuille : "
        "« Intercommunalités » (3 lignes, codes SIREN : intercommunalités), « Communes » "
        "(3 lignes, codes INSEE : communes) ; lisez chacune à part : --sheet "
        "Intercommunalités, --sheet Communes")
    assert p.text("en").startswith("the workbook holds 2 surveys of different types")
    assert "one per sheet: “Intercommunalités” (3 rows, SIREN codes" in p.text("en")  # “…”
    # each sheet read alone, the other no « suite de la même enquête »
    assert [x.code for x in bm.validate(book, sheet="Communes")] == []
    assert set(bm.read_survey(book, sheet="Intercommunalités")["code"]) == {
        r[0] for r in EPCI_ROWS}
    # --sheet with several --data: every file's sheet, said so
    other = _book(tmp_path / "w2026.xlsx", {"Enquête": EPCI_ROWS}, "15/10/2026")
    res = cli("changes", "--data", book, "--data", other, "--sheet", "Intercommunalités")
    assert res.exit_code != 0
    assert ("w2026.xlsx : pas de feuille « Intercommunalités » ; feuilles : Enquête "
            "(--sheet s'applique à chaque fichier lu") in res.stderr
    res = cli("changes", "--data", book, "--data", other, "--sheet", "Intercommunalités",
              "--lang", "en")
    assert "(--sheet applies to every file read" in res.stderr
    assert "s'applique à chaque classeur lu" in text("help-sheet", "fr")
    assert "applies to every workbook read" in text("help-sheet", "en")


def test_a_communes_code_beside_its_name_is_not_told_the_epcis(tmp_path):
    """Both types in one sheet, read as EPCI: « aucune … n'a le code « 29019 » ; le nom à
    côté, Brest Métropole, est 242900314 » for the commune of Brest."""
    book = _book(tmp_path / "mixed.xlsx", {"Enquête": EPCI_ROWS + EPCI_ROWS[:0]
                                          + [("29019", "Brest", "Oui", 9000)]})
    (err,) = [p for p in bm.validate(book, type="epci") if p.severity == "error"]
    assert err.row == 5 and "Brest Métropole" not in err.text("fr")
    assert "Brest Métropole" not in err.text("en")
    # a code gone beside the name of an EPCI still says the EPCI's code
    book = _book(tmp_path / "gone.xlsx", {"Enquête": [("242900315", "Brest Métropole", "Oui",
                                                       5000)]})
    (err,) = [p for p in bm.validate(book, type="epci") if p.severity == "error"]
    assert "Brest Métropole, est 242900314" in err.text("fr")


def _sources_cells(path) -> str:
    import openpyxl

    ws = openpyxl.load_workbook(path)["Sources et méthode"]
    return "\n".join(v for row in ws.iter_rows(values_only=True) for v in row
                     if isinstance(v, str))


def _sources_sheet(path) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return "\n".join(v for row in wb.worksheets[-1].iter_rows(values_only=True) for v in row
                     if isinstance(v, str))


def test_the_reports_reading_dates_agree_with_validate(tmp_path, cli):
    """Sources et méthode said « 3 relevés sans date rattachés à la date de la vague,
    05/10/2026 ; 1 relevé sans date rattaché à la date de la vague, 07/10/2026 »: one wave,
    two dates, and no platform, where validate says Instagram's readings took the date of
    the Instagram readings."""
    f = tmp_path / "dates.csv"
    f.write_text("Code département;Facebook;Date Facebook;Instagram;Date Instagram;LinkedIn;"
                 "Date LinkedIn\n01;Oui;05/10/2026;Oui;07/10/2026;Oui;05/10/2026\n"
                 "02;Oui;;Non;;Non;\n03;Non;05/10/2026;Oui;07/10/2026;Oui;\n"
                 "04;Oui;05/10/2026;Oui;07/10/2026;Oui;05/10/2026\n", encoding="utf-8")
    fr, en = tmp_path / "rapport.xlsx", tmp_path / "report.xlsx"
    assert cli("report", "--data", f, "-o", fr).exit_code == 0
    assert cli("report", "--data", f, "-o", en, "--lang", "en").exit_code == 0
    said = _sources_cells(fr)
    assert ("du 5 octobre 2026 au 7 octobre 2026 (date de la vague\u00a0: 5 octobre 2026)\u202f; 3 relevés "
            "sans date rattachés à la date de la vague, 5 octobre 2026 (Facebook\u00a0: 1, "
            "LinkedIn\u00a0: 2)\u202f; Instagram\u00a0: 1 relevé sans date rattaché à la date "
            "des relevés Instagram, 7 octobre 2026") in said
    assert "à la date de la vague, 7 octobre 2026" not in said
    said = _sources_sheet(en)
    assert ("3 readings have no date: given the wave's date, 5 October 2026 (Facebook: 1, "
            "LinkedIn: 2); Instagram: 1 reading has no date: given the date of the Instagram "
            "readings, 7 October 2026") in said
