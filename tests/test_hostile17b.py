"""Hostile inputs of the seventeenth review (#17, second part): messages that misled or
said too little (a name beside its commune's code, a NUL byte, an output path under a file,
a header repeated mid-file, hints that could not apply); the small-file reader and the
columnar one agree on each."""

from __future__ import annotations

import pytest

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading

def _write(tmp_path, name, lines, encoding="utf-8"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def _departements(n=12):
    from barometre import reference

    ents = reference.entities("departement")
    return [f"{name};Oui;{1000 + i};Oui;15/10/2025"
            for i, name in enumerate(ents["name"][:n])]


HEADER = "Département;Facebook;Abonnés Facebook;Instagram;Date du relevé"


# --------------------------------------------------------------------------- 7. NUL byte

def test_one_nul_byte_is_located_not_called_binary(tmp_path, cli):
    """One NUL in a text file was « fichier binaire » like a real binary: now its line and
    character, the whole file still refused (a silent misread is worse)."""
    rows = _departements()
    rows[2] = rows[2].replace(";10", ";1\x000", 1)  # line 4: "Allier;Oui;1\x0002;…"
    path = _write(tmp_path, "nul.csv", [HEADER, *rows])
    [p] = bm.validate(path)
    assert p.code == "csv-nul-byte" and p.severity == "error"
    assert p.message.startswith("ligne 4, caractère 13 : octet nul dans le texte (1 en tout")
    res = cli("rank", "--data", path, "-t", "departement", "-p", "facebook", "--lang", "en")
    assert res.exit_code == 1
    assert "nul.csv: line 4, character 13: a null byte in the text" in res.output
    same_reading(normal_reader, fast_reader, path)


def test_a_nul_byte_far_in_a_file_is_located(tmp_path):
    """A NUL past the first 4 KiB (the binary test's sample) and past the fast reader's
    head is found too, by both readers, at its line."""
    rows = _departements(101) * 80
    line = 7000
    rows[line - 2] = rows[line - 2].replace("Oui", "O\x00ui", 1)
    path = _write(tmp_path, "nul_far.csv", [HEADER, *rows])
    assert path.stat().st_size > 256 * 1024
    [p] = bm.validate(path)
    assert p.code == "csv-nul-byte" and p.message.startswith(f"ligne {line}, caractère ")
    same_reading(normal_reader, fast_reader, path)


def test_a_binary_file_is_still_binary(tmp_path):
    """Bytes of every value (a picture, an executable): « binaire », not a line."""
    path = tmp_path / "junk.csv"
    path.write_bytes(bytes(range(256)) * 100)
    [p] = bm.validate(path)
    assert p.code == "csv-binary"
    same_reading(normal_reader, fast_reader, path)


# --------------------------------------------------------------------------- 8. output path

@pytest.mark.parametrize("command", [
    ("report", "--data", "{demo}"),
    ("chart", "adoption", "--data", "{demo}"),
    ("template", "-t", "departement"),
])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_output_under_a_file_says_so(tmp_path, cli, monkeypatch, command, lang):
    """``-o base.csv/r.xlsx`` beside a file base.csv said « erreur d'entrée-sortie (base.csv)
    : File exists »: now which part of the path is a file, in the user's language."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "base.csv").write_text("x\n")
    args = [a.replace("{demo}", str(bm.demo_file("enquete"))) for a in command]
    ext = ".png" if command[0] == "chart" else ".xlsx"
    out = f"base.csv/sub/r{ext}"
    res = cli(*args, "-o", out, "--lang", lang)
    assert res.exit_code == 1, res.output
    said = {"fr": f"base.csv est un fichier, pas un dossier : impossible d'écrire {out}",
            "en": f"base.csv is a file, not a folder: cannot write {out}"}[lang]
    assert said in res.output and "File exists" not in res.output
    assert (tmp_path / "base.csv").read_text() == "x\n"


def test_an_output_folder_that_takes_no_file_names_the_user_s_path(tmp_path):
    """``-o /proc/r.xlsx`` named the temporary file (« /proc/.r.xlsx.14480.f_qrvvsd.tmp.xlsx
    ») in an « erreur d'entrée-sortie »: now the folder and the path given."""
    from barometre.domain.errors import OutputFileError
    from barometre.render.files import write_atomic

    target = "/proc/r.xlsx"
    with pytest.raises(OutputFileError) as info:
        write_atomic(target, lambda tmp: tmp.write_bytes(b"x"))
    said = info.value.render("fr")
    assert said.startswith("impossible d'écrire dans /proc : ") and target in said
    assert ".tmp" not in said
    assert info.value.render("en").startswith("cannot write in /proc: ")


# --------------------------------------------------------------------------- 10. header again

@pytest.mark.parametrize("title", [False, True])
def test_a_header_repeated_mid_file_is_one_error(tmp_path, title):
    """Two files pasted one under the other: the second header gave an error per cell
    (seven on line 53); now one for the row, its cells not said, the title line above it
    (the second file's) in the same error."""
    rows = _departements(12)
    again = (["Baromètre 2025 — suite"] if title else []) + [HEADER.replace("Date", "date")]
    path = _write(tmp_path, "pasted.csv",
                  ["Baromètre 2025", HEADER, *rows[:6], *again, *rows[6:]])
    errors = [p for p in bm.validate(path) if p.severity == "error"]
    row = 10 if title else 9
    assert [(p.code, p.row, p.column) for p in errors] == [
        ("header-repeated-title" if title else "header-repeated", row, None)]
    said = errors[0].message
    assert said == ("le titre (ligne 9) et l'en-tête sont répétés (fichiers collés ?) : "
                    "supprimez les lignes 9 et 10" if title else
                    "l'en-tête est répété (fichiers collés ?) : supprimez cette ligne")
    assert [p for p in bm.validate(path) if p.severity == "warning"] == []
    df = bm.read_survey(path, errors="skip")
    fb = df[df["platform"] == "facebook"]  # every département read, Facebook and Instagram
    assert len(df) == 2 * 12 and len(fb) == 12 and fb["followers"].notna().all()
    same_reading(normal_reader, fast_reader, path)


# --------------------------------------------------------------------------- 12. hints

@pytest.mark.parametrize("sep, hint", [
    (";", "un « ; » de trop dans la ligne ?"),
    ("\t", "une tabulation de trop dans la ligne ?"),
    (",", "une virgule décimale non protégée par des guillemets ?")])
def test_a_field_too_many_is_hinted_by_the_separator(tmp_path, sep, hint):
    """« une virgule décimale non protégée » in a « ; » file could not be: the decimal
    comma is said for a ","-separated file only, else the separator typed once too much."""
    path = _write(tmp_path, "extra.csv", [sep.join(["Département", "Facebook", "Abonnés Facebook"]),
                                         sep.join(["Ain", "Oui", "12", "5"]),
                                         sep.join(["Aisne", "Oui", "30"])])
    [p] = [p for p in bm.validate(path) if p.severity == "error"]
    assert (p.code, p.row) == ("extra-fields", 2)
    assert p.message == f"4 champs pour 3 colonnes d'en-tête : {hint} La ligne est écartée"
    same_reading(normal_reader, fast_reader, path)
    every = _write(tmp_path, "every.csv", [sep.join(["Département", "Facebook"]),
                                           sep.join(["Ain", "Oui", "12"])])
    [p] = bm.validate(every)
    assert p.code == "extra-fields-every-row" and p.message.endswith(f"un nom) ou {hint}")


def test_a_date_in_a_count_column_is_said_a_date(tmp_path):
    """A workbook's date cell in a count column was « « 01/01/2025 » chiffres mal groupés »
    (its digits, « 2025-01-01 00:00:00 », read as a count); a date typed in a CSV's count
    cell was « attendu un nombre entier »: both are said a date."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Département", "Facebook", "Abonnés Facebook"])
    ws.append(["Ain", "Oui", dt.datetime(2025, 1, 1)])
    ws.append(["Aisne", "Oui", 30])
    ws["C2"].number_format = "DD/MM/YYYY"
    xlsx = tmp_path / "date.xlsx"
    wb.save(xlsx)
    csv_ = _write(tmp_path, "date.csv", ["Département;Facebook;Abonnés Facebook",
                                         "Ain;Oui;15/10/2025", "Aisne;Oui;2025-10-15 10:30",
                                         "Allier;Oui;12.10.2025", "Ardennes;Oui;1.234.567"])
    for path, rows in ((xlsx, [2]), (csv_, [2, 3, 4])):
        errors = [p for p in bm.validate(path) if p.severity == "error"]
        assert [(p.code, p.row) for p in errors] == [("count-is-date", r) for r in rows]
        assert "une date, pas un nombre d'abonnés" in errors[0].message
        assert "mal groupés" not in errors[0].message
        same_reading(normal_reader, fast_reader, path)
    assert bm.read_survey(csv_, errors="skip")["followers"].dropna().tolist() == [1234567]


def test_utf8_lines_in_a_cp1252_file_are_said_an_encoding_problem(tmp_path):
    """UTF-8 lines inside a Windows-1252 file gave « ne s'appelle « CorrÃ¨ze » » and no
    word of the encoding (the opposite mix was detected): the cell's mojibake is said,
    with the name it stands for."""
    lines = [HEADER, *_departements(12), "Corrèze;Oui;50;Non;15/10/2025"]
    body = "\n".join(lines[:-1]).encode("cp1252") + b"\n" + lines[-1].encode("utf-8") + b"\n"
    path = tmp_path / "mixed.csv"
    path.write_bytes(body)
    problems = bm.validate(path)
    [e] = [p for p in problems if p.severity == "error"]
    assert e.row == 14 and "ne s'appelle « CorrÃ¨ze »" in e.message
    [w] = [p for p in problems if p.code == "encoding-mojibake-cells"]
    assert (w.row, w.column, w.severity) == (14, "Département", "warning")
    assert "c'est « Corrèze » écrit en UTF-8 dans un fichier lu en Windows-1252" in w.message
    same_reading(normal_reader, fast_reader, path)


# --------------------------------------------------------------------------- 5. code and name

def test_a_commune_s_name_with_more_words_is_not_its_name(tmp_path):
    """« 75056;Paris 1er », « 13055;Marseille 13e », « 75056;Paris Zzz » were accepted
    silently (the arrondissement's account ranked as the city's): an arrondissement's name
    is said one, with its code; other extra words are « nom non reconnu » like any name."""
    path = _write(tmp_path, "communes.csv", [
        "Code INSEE;Commune;Facebook;Abonnés Facebook",
        "75056;Paris 1er;Oui;100", "13055;Marseille 13e;Oui;200",
        "69123;Lyon 3e arrondissement;Oui;300", "35238;Rennes Zzz;Oui;400",
        "33063;1er arrondissement de Bordeaux;Oui;500"])
    warnings = {p.row: p for p in bm.validate(path) if p.code == "code-name-unknown"}
    assert sorted(warnings) == [2, 3, 4, 5, 6]
    assert warnings[2].message == (
        "nom « Paris 1er » d'un arrondissement (Paris 1er Arrondissement, code 75101) à côté "
        "du code 75056 de la commune entière (Paris) : lu d'après le code ; vérifiez que le "
        "compte relevé est celui de la ville, pas celui de l'arrondissement")
    assert "(Marseille 13e Arrondissement, code 13213)" in warnings[3].message
    assert "(Lyon 3e Arrondissement, code 69383)" in warnings[4].message
    for row, name, code in ((5, "Rennes Zzz", "35238 (Rennes)"),  # no arrondissements
                            (6, "1er arrondissement de Bordeaux", "33063 (Bordeaux)")):
        assert warnings[row].message == (
            f"nom « {name} » non reconnu à côté du code {code} : lu d'après le code")
    same_reading(normal_reader, fast_reader, path)


@pytest.mark.parametrize("name", ["Paris", "PARIS", "paris", "Ville de Paris", "Mairie de Paris",
                                  "Paris (75)", "Paris 75", "Pariss"])
def test_the_same_name_spelled_otherwise_stays_accepted(tmp_path, name):
    """Case, a département's code, « Ville de », « Mairie de », a typo: still Paris."""
    path = _write(tmp_path, "paris.csv", ["Code INSEE;Commune;Facebook", f"75056;{name};Oui"])
    assert bm.validate(path) == []


@pytest.mark.parametrize("code, name", [("35288", "St-Malo"), ("35288", "Saint Malo"),
                                        ("76351", "Havre (Le)"), ("76351", "LE HAVRE"),
                                        ("42218", "St Etienne")])
def test_a_commune_spelled_otherwise_stays_accepted(tmp_path, code, name):
    path = _write(tmp_path, "c.csv", ["Code INSEE;Commune;Facebook", f"{code};{name};Oui"])
    assert bm.validate(path) == []
