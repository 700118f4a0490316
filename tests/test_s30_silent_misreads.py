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
    assert en[0].startswith("a totals row? 'Total' next to code 13: row left out, not "
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
