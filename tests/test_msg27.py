"""msg27: messages that say what they know — the decimals that set apart the growths
named side by side, the merged cells' column and date, the guessed type of several files,
the header search's plurals and HTML/JSON files, an OS error said in the user's language."""

from __future__ import annotations

import pytest

# --------------------------------------------------------------------------- 1. movers' decimals

HEAD = "Département;Facebook;Abonnés Facebook;Date du relevé\n"
#: the 2024 and 2025 counts: growths +50 %, +25 %, +12.5 %, then +0.54 %, +0.60 %, +0.66 %
COUNTS = {"Ain": (1000, 1500), "Aisne": (1000, 1250), "Allier": (1000, 1125),
          "Ardèche": (10000, 10054), "Ardennes": (10000, 10060), "Ariège": (10000, 10066)}


def test_the_slowest_growths_named_side_by_side_read_apart(cli, tmp_path):
    """« plus faibles : … +1 %, … +1 %, … +1 % » named three different growths (0.54, 0.60
    and 0.66 %) with one figure: each neighbour in a list now reads apart, as the report's
    Mouvements does."""
    w1, w2 = tmp_path / "w1.csv", tmp_path / "w2.csv"
    for f, i, day in ((w1, 0, "15/10/2024"), (w2, 1, "15/10/2025")):
        f.write_text(HEAD + "".join(f"{n};Oui;{c[i]};{day}\n" for n, c in COUNTS.items()),
                     encoding="utf-8")
    for lang, words in (("fr", ("+0,5\u202f%", "+0,6\u202f%", "+0,7\u202f%")),
                        ("en", ("+0.5%", "+0.6%", "+0.7%"))):
        r = cli("changes", "--data", w1, "--data", w2, "--lang", lang)
        assert r.exit_code == 0, r.output
        line = next(s for s in r.stdout.splitlines() if s.startswith("Facebook —"))
        assert all(w in line for w in words), line
        assert ("+1\u202f%" if lang == "fr" else "+1%") not in line


# --------------------------------------------------------------------------- 2. merged cells

def _merged_book(tmp_path):
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "Département", "Facebook", "Abonnés Facebook", "Date du relevé"])
    ws.append(["01", "Ain", "Oui", 12345, dt.datetime(2025, 10, 15)])
    ws.append(["02", "Aisne", "Oui", 8001, None])
    ws.append(["03", "Allier", "Non", None, None])
    ws["E2"].number_format = "DD/MM/YYYY"
    ws.merge_cells("E2:E4")
    f = tmp_path / "merged.xlsx"
    wb.save(f)
    return f


@pytest.mark.parametrize("lang, said", [
    ("fr", "merged.xlsx, ligne 2, colonne « Date du relevé » : avertissement : « 15/10/2025 » "
           "cellules fusionnées E2:E4"),
    ("en", "merged.xlsx, line 2, column “Date du relevé”: warning: “15/10/2025” merged "
           "cells E2:E4"),
])
def test_a_merged_range_is_said_with_its_column_and_its_date_as_read(cli, tmp_path, lang, said):
    """« ligne 2 : avertissement : « 2025-10-15 00:00:00 » cellules fusionnées G2:G6 »: no
    column, and Python's text of a datetime; now the header's column and the date as the
    reader shows it, in validate's text and JSON."""
    f = _merged_book(tmp_path)
    r = cli("validate", f, "--lang", lang)
    assert said in r.stdout, r.stdout
    import json

    (p,) = [p for p in json.loads(cli("validate", f, "--json").stdout)
            if p["code"] == "merged-cells"]
    assert (p["column"], p["value"], p["row"]) == ("Date du relevé", "15/10/2025", 2)


# --------------------------------------------------------------------------- 3. type guessed

def _two_waves(tmp_path):
    """2024: 5 départements, 2025: 6 (the Ariège added)."""
    w1, w2 = tmp_path / "w2024.csv", tmp_path / "w2025.csv"
    names = list(COUNTS)
    for f, i, day, some in ((w1, 0, "15/10/2024", names[:5]), (w2, 1, "15/10/2025", names)):
        f.write_text(HEAD + "".join(f"{n};Oui;{COUNTS[n][i]};{day}\n" for n in some),
                     encoding="utf-8")
    return w1, w2


@pytest.mark.parametrize("command", [("trend",), ("chart", "trend"), ("chart", "changes"),
                                     ("report",)])
def test_the_type_guessed_of_two_files_counts_each_file(cli, tmp_path, command):
    """« celui de toutes les entités du fichier (6) » of two files, the first holding 5:
    now « des fichiers », each file's count; and ``chart changes``, which said nothing,
    says it as ``chart trend`` does."""
    w1, w2 = _two_waves(tmp_path)
    out = [] if command == ("trend",) else ["-o", tmp_path / ("out.xlsx" if command == ("report",)
                                                               else "out.png")]
    r = cli(*command, "--data", w1, "--data", w2, *out)
    assert r.exit_code == 0, r.output
    assert ("type deviné : départements (--type departement), celui de toutes les entités "
            "des fichiers (w2024.csv : 5 ; w2025.csv : 6)") in r.stderr, r.stderr
    r = cli(*command, "--data", w1, "--data", w2, *out, "--lang", "en")
    assert ("type guessed: départements (--type departement), that of every entity in the "
            "files (w2024.csv: 5; w2025.csv: 6)") in r.stderr, r.stderr


# --------------------------------------------------------------------------- 4. no header

@pytest.mark.parametrize("content, fr, en", [
    ("<html><body><table><tr><td>Code</td><td>Facebook</td></tr></table></body></html>\n",
     "le fichier est une page web (HTML), pas un tableau",
     "the file is a web page (HTML), not a table"),
    ('[{"Code":"01","Facebook":"Oui"}]\n',
     "le fichier contient du JSON, pas un tableau", "the file holds JSON, not a table"),
    ("a;b\n", "aucune ligne d'en-tête reconnue dans la première ligne :",
     "no header row recognised in the first row:"),
])
def test_a_file_without_header_says_what_it_is(cli, tmp_path, content, fr, en):
    """« aucune ligne d'en-tête reconnue dans les 1 premières lignes » of an HTML page or
    JSON saved as .csv: now what the file is; and one line said in the singular."""
    f = tmp_path / "fake.csv"
    f.write_text(content, encoding="utf-8")
    for lang, said in (("fr", fr), ("en", en)):
        r = cli("validate", f, "--lang", lang)
        assert r.exit_code == 2 and said in r.stdout, r.stdout
        assert "1 premières" not in r.stdout and "first 1 rows" not in r.stdout


def test_one_field_is_said_in_the_singular(cli, tmp_path):
    """« 1 champs pour 7 colonnes » of a row written with another separator: « 1 champ »."""
    f = tmp_path / "mixsep.csv"
    f.write_text(HEAD + "Ain;Oui;1000;15/10/2025\nAisne,Oui,1000,15/10/2025\n",
                 encoding="utf-8")
    assert "1 champ pour 4 colonnes d'en-tête" in cli("validate", f).stdout
    assert "1 field for 4 header columns" in cli("validate", f, "--lang", "en").stdout


# --------------------------------------------------------------------------- 5. OS errors

@pytest.mark.skipif(not __import__("os").path.isdir("/proc/self"), reason="no /proc")
@pytest.mark.parametrize("lang, said", [
    ("fr", "barometre : impossible d'écrire dans /proc : fichier ou dossier introuvable ; "
           "choisissez un autre dossier pour /proc/x.xlsx"),
    ("en", "barometre: cannot write in /proc: no such file or folder; choose another folder "
           "for /proc/x.xlsx"),
])
def test_a_folder_that_takes_no_file_is_said_in_the_users_language(cli, tmp_path, lang, said):
    """« impossible d'écrire dans /proc : No such file or directory »: the system's English
    inside a French sentence; the common errors are now said in the language asked."""
    w1, _ = _two_waves(tmp_path)
    r = cli("report", "--data", w1, "-o", "/proc/x.xlsx", "--lang", lang)
    assert r.exit_code == 1 and r.stderr.splitlines()[-1] == said, r.stderr


def test_an_uncommon_error_keeps_the_systems_words():
    """An error without a translation is said as the system says it (never nothing)."""
    from barometre.messages import os_error_said, text

    assert os_error_said(OSError(9999, "Odd thing")) == "Odd thing"
    assert text("io-error", "en", where="", detail=os_error_said(
        OSError(28, "No space left on device"))) == "input/output error: no space left on the disk"
