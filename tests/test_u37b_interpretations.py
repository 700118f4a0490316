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
    assert named[0].text("en") == ("'Brest' → Brest Métropole (242900314): blank code, "
                                   "row read from the name")
    res = cli("validate", f, "--type", "epci")
    assert ("noms.csv, colonne « Intercommunalité » : avertissement : 2 lignes sans code "
            "lues d'après le nom : « Brest » → Brest Métropole (242900314), ligne 3 ; "
            "« Quimper Bretagne Occidentale » → CA Quimper Bretagne Occidentale (200068120), "
            "ligne 4") in res.stdout
    res = cli("validate", f, "--type", "epci", "--lang", "en")
    assert ("2 rows without a code read from the name: 'Brest' → Brest Métropole "
            "(242900314), line 3; 'Quimper Bretagne Occidentale'") in res.stdout
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
