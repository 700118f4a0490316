"""Silent misreads in a publisher's messy files (review pub30), said on both readers.

- Item 3: an Excel CSV whose header ends with a blank column (its trailing « ; » on every
  line): a line with one « ; » too many put its date under that blank header and its
  Instagram count in the ignored engagement column, said only « des valeurs sous un en-tête
  vide (colonne 9) : ignorées »; the same file without the trailing column gets « 9 champs
  pour 8 colonnes d'en-tête : un « ; » de trop dans la ligne ? ». Now the same error; and
  the warning of values under a blank header names its rows.
- Item 2: a totals row whose code cell holds a number that is some entity's code
  (« 13;Total;;6 100 », 12 départements above it) was counted as the Bouches-du-Rhône, said
  only « nom « Total » non reconnu à côté du code 13 (Bouches-du-Rhône) : lu d'après le
  code »: compare gave Facebook 10/13 for 9/12. Now an error naming both cells, the row
  left out.
- Item 5: the Département column was checked only for homonyms (« Saint-Denis;44 » an
  error): « Rennes;22 », « CC de la Dombes;22 », a commune's code or an EPCI's SIREN beside
  another département were read silently. Now the same error as the homonyms', on the
  entity's cell, whether the entity was found by name, code or SIREN; a grouping across a
  border is in each département of its communes.
- Item 6: an EPCI whose reference name ends with its acronym (34 of 1 254: « CC Terre
  Valserhône (CCTV) ») was refused under its name without it (« CC Terre Valserhône »,
  « CC du Kreiz-Breizh »), the right name only suggested. Now read.
"""

from __future__ import annotations

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading

SHIFT_HEADER = ("Code;Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;"
                "Taux d'engagement;Date du relevé")
SHIFT_ROWS = ["22;Côtes-d'Armor;Oui;12 345;Non;;2,5 %;15/10/2025",
              # one « ; » too many after « Non »: the count and the date shifted right
              "49;Maine-et-Loire;Non;;Oui;;4 200;;15/10/2025",
              "56;Morbihan;Oui;27 600;Oui;6 100;0,8;15/10/2025",
              "85;Vendée;Oui;51 000;Oui;11 300;;15/10/2025"]


def _shifted(tmp_path, trailing: bool):
    end = ";" if trailing else ""
    path = tmp_path / ("trailing.csv" if trailing else "plain.csv")
    path.write_text("\n".join(line + end for line in [SHIFT_HEADER, *SHIFT_ROWS]) + "\n",
                    encoding="cp1252")
    return path


def _said(problems):
    return [(p.row, p.severity, p.code, p.message) for p in problems
            if p.code != "unknown-column"]


def test_a_semicolon_too_many_before_excel_s_trailing_one_is_the_same_error(tmp_path):
    plain, trailing = _shifted(tmp_path, False), _shifted(tmp_path, True)
    expected = [(3, "error", "extra-fields", "9 champs pour 8 colonnes d'en-tête : un « ; » "
                 "de trop dans la ligne ? La ligne est écartée")]
    assert _said(bm.validate(plain)) == expected
    assert _said(bm.validate(trailing)) == expected  # was: unnamed-column, wave-date
    for path in (plain, trailing):
        same_reading(normal_reader, fast_reader, path)
        df = bm.read_survey(path, errors="skip")
        assert "49" not in set(df["code"])  # the shifted row counts for nothing
        assert sorted(df.loc[df["platform"] == "instagram", "followers"].dropna()) == [
            6100, 11300]


def test_a_note_after_the_last_column_stays_a_warning_naming_its_rows(tmp_path):
    """Excel writes every line with the header's number of fields: a note typed after the
    last column is no field too many; its warning now names the rows to look at."""
    path = tmp_path / "notes.csv"
    lines = [SHIFT_HEADER + ";"] + [r + ";" for r in SHIFT_ROWS if not r.startswith("49")]
    lines[1] += "vérifié le 16/10"
    lines[3] += "à revoir"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _said(bm.validate(path)) == [
        (None, "warning", "unnamed-column",
         "2 valeurs sous un en-tête vide (colonne 9, lignes 2, 4) : ignorées")]
    same_reading(normal_reader, fast_reader, path)
    said = [p for p in fast_reader(path)[1] if p.code == "unnamed-column"]
    assert said[0].rows.tolist() == [2, 4] and said[0].count == 2
    en = bm.validate(path, lang="en")
    assert "2 values under a blank header (column 9, lines 2, 4): ignored" in [
        p.message for p in en]


def test_the_validate_command_says_the_shifted_line(cli, tmp_path):
    result = cli("validate", _shifted(tmp_path, True))
    assert result.exit_code == 1
    assert ("trailing.csv, ligne 3 : erreur : 9 champs pour 8 colonnes d'en-tête : un « ; » "
            "de trop dans la ligne ? La ligne est écartée") in result.output
    assert "en-tête vide" not in result.output


TOTALS = ["Code;Département;Facebook;Abonnés Facebook",
          "01;Ain;Oui;1 000", "02;Aisne;Oui;2 000", "03;Allier;Non;",
          "13;Total;;6 100"]


def test_a_totals_row_beside_a_code_that_resolves_is_an_error(tmp_path, cli):
    path = tmp_path / "totaux.csv"
    path.write_text("\n".join(TOTALS) + "\n", encoding="utf-8")
    assert [(p.row, p.column, p.value, p.severity, p.code) for p in bm.validate(path)] == [
        (5, "Département", "Total", "error", "code-name-totals")]
    same_reading(normal_reader, fast_reader, path)
    df = bm.read_survey(path, errors="skip")
    assert sorted(set(df["code"])) == ["01", "02", "03"]  # never the Bouches-du-Rhône
    result = cli("validate", path)
    assert result.exit_code == 1
    assert ("totaux.csv, ligne 5, colonne « Département » : erreur : ligne de totaux ? "
            "« Total » à côté du code 13 : ligne écartée, non comptée pour Bouches-du-Rhône ; "
            "supprimez-la (barometre calcule lui-même totaux, moyennes et médianes) ou, si "
            "c'est bien Bouches-du-Rhône, écrivez son nom") in result.output
    en = [p.message for p in bm.validate(path, lang="en")]
    assert en[0].startswith("a totals row? “Total” next to code 13: row left out, not "
                            "counted for Bouches-du-Rhône;")


def test_every_totals_word_beside_a_commune_code_is_an_error(tmp_path):
    path = tmp_path / "communes.csv"
    path.write_text("Code INSEE;Commune;Facebook\n44109;Nantes;Oui\n35238;Rennes;Non\n"
                    "44190;Moyenne;Oui\n29019;TOTAL GÉNÉRAL :;\n22278;Saint-Brieuc;Oui\n",
                    encoding="utf-8")
    said = [(p.row, p.value, p.code) for p in bm.validate(path)]
    assert said == [(4, "Moyenne", "code-name-totals"),
                    (5, "TOTAL GÉNÉRAL :", "code-name-totals")]
    same_reading(normal_reader, fast_reader, path)
    assert sorted(set(bm.read_survey(path, errors="skip")["code"])) == [
        "22278", "35238", "44109"]


def _written(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _errors(path, **kw):
    return [(p.row, p.column, p.value, p.code, p.message) for p in bm.validate(path, **kw)
            if p.severity == "error"]


def test_a_commune_outside_its_departement_column_is_an_error(tmp_path, cli):
    path = _written(tmp_path, "communes.csv", "Commune;Département;Facebook\n"
                    "Saint-Denis;93;Oui\nSaint-Denis;974;Non\nNantes;44;Oui\nRennes;22;Oui\n"
                    "Brest;Finistère;Oui\nQuimper;Morbihan;Non\n")
    assert _errors(path) == [
        (5, "Commune", "Rennes", "entity-not-in-departement",
         "« Rennes » n'est pas dans le département 22 : Rennes (35238, Ille-et-Vilaine, 35)"),
        (7, "Commune", "Quimper", "entity-not-in-departement",
         "« Quimper » n'est pas dans le département 56 : Quimper (29232, Finistère, 29)")]
    same_reading(normal_reader, fast_reader, path)
    df = bm.read_survey(path, errors="skip")
    assert sorted(df["code"]) == ["29019", "44109", "93066", "97411"]
    result = cli("validate", path)
    assert result.exit_code == 1
    assert ("communes.csv, ligne 5, colonne « Commune » : erreur : « Rennes » n'est pas dans "
            "le département 22 : Rennes (35238, Ille-et-Vilaine, 35)") in result.output


def test_a_commune_code_beside_another_departement_is_an_error_on_both_readers(tmp_path):
    """Found by code (the large files' look-up by arrays): checked alike, each row said."""
    rows = [f"{row};{p};Oui" for p in ("Facebook", "Instagram", "X")
            for row in ("44109;44", "35238;22", "22278;35", "29019;29")]
    path = _written(tmp_path, "codes.csv", "Code INSEE;Département;Réseau;Présent\n"
                    + "\n".join(rows) + "\n")
    said = _errors(path)
    assert [(r, v, c) for r, _, v, c, _ in said] == [
        (3, "35238", "entity-not-in-departement"), (4, "22278", "entity-not-in-departement"),
        (7, "35238", "entity-not-in-departement"), (8, "22278", "entity-not-in-departement"),
        (11, "35238", "entity-not-in-departement"), (12, "22278", "entity-not-in-departement")]
    assert said[0][4] == ("« 35238 » n'est pas dans le département 22 : Rennes (35238, "
                          "Ille-et-Vilaine, 35)")
    assert said[1][4] == ("« 22278 » n'est pas dans le département 35 : Saint-Brieuc "
                          "(22278, Côtes-d'Armor, 22)")
    same_reading(normal_reader, fast_reader, path)
    assert set(bm.read_survey(path, errors="skip")["code"]) == {"44109", "29019"}
    en = [p.message for p in bm.validate(path, lang="en") if p.severity == "error"]
    assert en[0] == ("“35238” is not in the département 22: Rennes (35238, Ille-et-Vilaine, "
                     "35)")


def test_an_epci_outside_its_departement_column_is_an_error(tmp_path):
    path = _written(tmp_path, "epci.csv", "SIREN;Nom;Département;Facebook\n"
                    "200069086;Leff Armor Communauté;1;Oui\n"  # in the Côtes-d'Armor (22)
                    ";CC de la Dombes;22;Oui\n"  # in the Ain (01)
                    "200071751;CA du Bassin de Bourg-en-Bresse;01;Oui\n"
                    # CC Usses et Rhône: its seat in Haute-Savoie, communes in the Ain too
                    "200070852;CC Usses et Rhône;01;Non\n200070852;CC Usses et Rhône;38;Non\n")
    said = [(r, c, v, m) for r, c, v, _, m in _errors(path)]
    assert said[0] == (2, "SIREN", "200069086",
                       "« 200069086 » n'est pas dans le département 01 : CC Leff Armor "
                       "Communauté (200069086, Côtes-d'Armor, 22)")
    assert said[1] == (3, "Nom", "CC de la Dombes",
                       "« CC de la Dombes » n'est pas dans le département 22 : CC de la "
                       "Dombes (200069193, Ain, 01)")
    assert [r for r, *_ in said] == [2, 3, 6]
    same_reading(normal_reader, fast_reader, path)


def test_a_departement_column_that_names_no_departement_checks_nothing(tmp_path):
    path = _written(tmp_path, "communes.csv", "Code INSEE;Commune;Département;Facebook\n"
                    "44109;Nantes;;Oui\n35238;Rennes;Bretagne;Non\n2A004;Ajaccio;20;Oui\n"
                    "2A004;Ajaccio;2A;Oui\n")
    assert not [p for p in bm.validate(path) if p.code == "entity-not-in-departement"]


def test_an_epci_named_without_its_acronym_is_read(tmp_path):
    for name, code in [("CC Terre Valserhône", "240100891"), ("CC du Kreiz-Breizh", "242200715"),
                       ("Terre Valserhône", "240100891"), ("CA ECLA", "200071116"),
                       ("Communauté de communes du Kreiz-Breizh", "242200715")]:
        assert bm.reference.resolve(name, type="epci").code == code, name
    path = _written(tmp_path, "epci.csv", "Nom de l'EPCI;Département;Facebook\n"
                    "CC Terre Valserhône;01;Oui\nCC du Kreiz-Breizh;22;Non\n")
    assert [p for p in bm.validate(path) if p.severity == "error"] == []
    assert list(bm.read_survey(path)["code"]) == ["240100891", "242200715"]
    same_reading(normal_reader, fast_reader, path)


def test_a_former_commune_beside_its_own_former_departement(tmp_path):
    """A former commune named with the département it lay in (Freigné, Maine-et-Loire until
    2018, now in Vallons-de-l'Erdre, 44180) is the « ancien nom » warning it was, not an
    « n'est pas dans le département 49 » error that left the row out (review reg30);
    Rennes beside 22 stays an error."""
    f = tmp_path / "anciennes.csv"
    f.write_text("Commune;Département;Facebook;Date du relevé\n"
                 "Freigné;Maine-et-Loire;Oui;15/10/2017\nRennes;22;Oui;15/10/2017\n",
                 encoding="utf-8")
    problems = bm.validate(f)
    errors = [p for p in problems if p.severity == "error"]
    assert [(p.row, p.code) for p in errors] == [(3, "entity-not-in-departement")]
    assert any("« Freigné » est un ancien nom" in p.message for p in problems)


def test_a_semicolon_typed_in_a_last_notes_column_shifts_nothing_read(tmp_path):
    """« voir ; X » typed unquoted in a Notes column that is the last named one, in a file
    whose lines end with « ; »: the extra field lies past every column read, so the row is
    read and the value under the blank header said (review reg30), where a « ; » too many
    before a read last column (« Date ») is the extra-fields error (pub30)."""
    f = tmp_path / "notes.csv"
    f.write_text("Code;Département;Facebook;Date du relevé;Notes;\n"
                 "22;Côtes-d'Armor;Oui;15/10/2025;ok;\n"
                 "56;Morbihan;Oui;15/10/2025;voir ; X;\n", encoding="utf-8")
    problems = bm.validate(f)
    assert not [p for p in problems if p.severity == "error"]
    assert [(p.code, p.rows) for p in problems if p.code == "unnamed-column"] == [
        ("unnamed-column", [3])]
    s = bm.read_survey(f)
    assert sorted(s["code"]) == ["22", "56"]
