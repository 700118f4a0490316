"""A file named as a workbook that is none (session 30): online tools and old intranets
export their tables as HTML under an .xls name, and a CSV is often renamed .xls or .xlsx to
open in Excel with a double click. barometre said « l'ancien format .xls n'est pas lu ;
enregistrez-le en .xlsx » of all of them, and of an .xlsx renamed .xls: each is now said as
what it is, with the step that reads it. Nothing of such a file is read."""

from __future__ import annotations

import pytest

HTML = ("<html><head><meta charset='utf-8'></head><body><table><tr><td>code</td>"
        "<td>facebook</td></tr><tr><td>01</td><td>oui</td></tr></table></body></html>")
XML_2003 = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>\n')


def _said(cli, path, lang="fr"):
    r = cli("compare", "--data", path, "--type", "departement", "--lang", lang)
    return r.exit_code, r.stderr.strip()


@pytest.mark.parametrize("name", ["export.xls", "export.xlsx"])
def test_a_web_page_named_as_a_workbook(cli, tmp_path, name):
    f = tmp_path / name
    f.write_text(HTML, encoding="utf-8")
    suffix = name[name.index("."):]
    assert _said(cli, f) == (1, f"barometre : {name} : ce fichier {suffix} est une page web "
                                "(HTML), comme en exportent des logiciels en ligne, pas un "
                                "classeur : ouvrez-le dans Excel ou LibreOffice et "
                                "enregistrez-le en .xlsx")
    assert _said(cli, f, "en")[1].startswith(f"barometre: {name}: this {suffix} file is a "
                                             "web page (HTML)")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_a_csv_named_as_a_workbook(cli, tmp_path, encoding):
    f = tmp_path / "enquete.xls"
    f.write_bytes("Département;Facebook\nAin;Oui\n".encode(encoding))
    assert _said(cli, f) == (1, "barometre : enquete.xls : ce fichier .xls est du texte (un "
                                "CSV, sans doute), pas un classeur : renommez-le en .csv")
    before = f.read_bytes()
    assert cli("validate", f, "--type", "departement").exit_code == 2
    assert f.read_bytes() == before  # never modified, never renamed for the user


def test_an_xlsx_renamed_xls(cli, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["code", "facebook"])
    wb.active.append(["01", "oui"])
    f = tmp_path / "enquete.xls"
    wb.save(f)
    assert _said(cli, f) == (1, "barometre : enquete.xls : ce fichier est un classeur Excel ou "
                                "une archive malgré son extension .xls ; renommez-le en .xlsx")


@pytest.mark.parametrize("content", [XML_2003.encode(), bytes(range(256)) * 8])
def test_other_bytes_under_xls_stay_the_old_format(cli, tmp_path, content):
    """Excel 2003's XML spreadsheet and binary bytes: « save it as .xlsx », as before (an
    XML file is no CSV to rename)."""
    f = tmp_path / "enquete.xls"
    f.write_bytes(content)
    assert _said(cli, f) == (1, "barometre : enquete.xls : l'ancien format .xls n'est pas lu ; "
                                "enregistrez-le en .xlsx ou en CSV")


@pytest.mark.parametrize("name, content", [
    ("releves.json", b'[{"code": "01", "facebook": "oui"}]'),
    ("enquete.csv.gz", None)])
def test_json_or_gz_that_is_no_annuaire_export(cli, tmp_path, name, content):
    """.json, .zip and .gz are read as Annuaire exports only: another one said so (it was
    « extension « .json » non reconnue ; attendu .xlsx, .csv … », though .json is read)."""
    import gzip

    f = tmp_path / name
    f.write_bytes(content if content is not None
                  else gzip.compress("code;facebook\n01;oui\n".encode()))
    suffix = name[name.rindex("."):]
    assert _said(cli, f) == (1, f"barometre : {name} : un fichier {suffix} n'est lu que s'il "
                                "est un export de l'Annuaire de l'administration, ce que "
                                "celui-ci n'est pas ; une enquête se lit en .xlsx, .csv, .txt, "
                                ".tsv ou .parquet")
