"""Review 19b (a département's communication officer), the report for a manager: the
survey's date as it is (finding 1), a source on every printed page (2), an output that
cannot be replaced said so (3)."""

from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
import pytest


def _codes(n: int) -> list[tuple[str, str]]:
    from barometre import reference

    ents = reference.entities("departement")
    return list(zip(ents["code"], ents["name"]))[:n]


def _spread_file(tmp_path, years=(2025,)):
    """12 départements a year: 8 read on the 15th of October, 2 on the 16th, 2 undated
    (those only in the latest year): the wave is of the 15th, its readings spread to the
    16th."""
    lines = ["Code;Département;Facebook;Abonnés Facebook;Date du relevé"]
    for y in years:
        for i, (code, name) in enumerate(_codes(12)):
            day = "" if i >= 10 and y == years[-1] else (f"16/10/{y}" if i >= 8 else f"15/10/{y}")
            lines.append(f"{code};{name};Oui;{1000 + 10 * i};{day}")
    path = tmp_path / "suivi.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cells(ws) -> list[str]:
    return [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]


def _row(ws, label: str):
    return next(row[1] for row in ws.iter_rows(values_only=True) if row[0] == label)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_says_the_wave_date_and_the_span_of_its_readings(cli, tmp_path, lang):
    """Before: « Date du relevé : 16/10/2025 » (the last day) while validate said the 2
    undated readings took the wave's date, 15/10/2025, and 8 of 12 were of the 15th."""
    path, out = _spread_file(tmp_path), tmp_path / "r.xlsx"
    args = ("--lang", "en") if lang == "en" else ()
    res = cli("report", "--data", path, "-o", out, *args)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    if lang == "fr":
        said = ("du 15 octobre 2025 au 16 octobre 2025 (date de la vague\u00a0: 15 octobre 2025)")
        assert _row(wb["Sources et méthode"], "Date du relevé") == (
            said + "\u202f; 2 relevés sans date rattachés à la date de la vague, 15 octobre 2025")
        assert "Date du relevé\u00a0: " + said in _cells(wb["Synthèse"])
    else:
        said = "from 15 October 2025 to 16 October 2025 (wave date: 15 October 2025)"
        sheet = next(ws for ws in wb if ws.title not in ("Summary", "Adoption", "Ranking", "Data")
                     and "Date of the reading" in [r[0] for r in ws.iter_rows(values_only=True)])
        assert _row(sheet, "Date of the reading") == (
            said + "; 2 readings have no date: given the wave's date, 15 October 2025")
        assert "Date of the reading: " + said in _cells(wb.worksheets[0])
    # validate says the same date
    checked = cli("validate", path)
    assert "2 relevés sans date rattachés à la date de la vague, 15 octobre 2025" in checked.output


def test_a_survey_read_in_one_day_keeps_its_one_date(cli, tmp_path):
    lines = ["Code;Département;Facebook;Date du relevé"] + [
        f"{c};{n};Oui;15/10/2025" for c, n in _codes(5)]
    path, out = tmp_path / "un-jour.csv", tmp_path / "r.xlsx"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("report", "--data", path, "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert _row(wb["Sources et méthode"], "Date du relevé") == "15 octobre 2025"
    assert "Date du relevé\u00a0: 15 octobre 2025" in _cells(wb["Synthèse"])


def test_the_evolution_places_each_year_on_its_wave_date(tmp_path):
    """Before: each year on its last reading day (16/10), the note saying so; the wave's
    date is its most frequent day (the reader's and read_waves' rule)."""
    import barometre as bm
    from barometre.analysis.report import report_data

    s = bm.read_survey(_spread_file(tmp_path, years=(2024, 2025)))
    r = report_data(bm.adoption(s), survey=s)
    assert sorted(set(r.evolution["date"])) == [dt.date(2024, 10, 15), dt.date(2025, 10, 15)]
    assert r.survey.wave_spans == ((dt.date(2024, 10, 15), dt.date(2024, 10, 16)),
                                   (dt.date(2025, 10, 15), dt.date(2025, 10, 16)))


# -- finding 2: every sheet printed alone names its source; the council populations beside
#    the table that shows them --

def _councils_file(tmp_path):
    """Ten départements, the Rhône (69) and Alsace's two (67, 68) among them: their
    population is their council's, not their territory's."""
    codes = [c for c in _codes(40) if c[0] in ("01", "02", "03", "06", "13", "29", "33", "35")]
    codes += [("67", "Bas-Rhin"), ("68", "Haut-Rhin"), ("69", "Rhône")]
    lines = ["Code;Département;Facebook;Abonnés Facebook;Date du relevé"] + [
        f"{c};{n};Oui;{2000 + 17 * i};15/10/2025" for i, (c, n) in enumerate(codes)]
    path = tmp_path / "suivi & co.csv"  # an "&" starts a field code in a page footer
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _footer_xml(path) -> dict[str, str]:
    """Each sheet part's footer as written in the file (what Excel limits to 255 characters)."""
    import re
    import zipfile
    from html import unescape

    out = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
                xml = z.read(name).decode()
                out[name] = unescape(re.search(r"<oddFooter>(.*?)</oddFooter>", xml, re.S).group(1))
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_printed_page_names_its_source_and_the_council_populations(cli, tmp_path, lang):
    """Before: the Classement and the Données printed alone said no source (the footer held
    the date and the page), the Données no title, and « Bas-Rhin 1 934 548 » went
    unexplained outside Sources et méthode."""
    path, out = _councils_file(tmp_path), tmp_path / "r.xlsx"
    args = ("--lang", "en") if lang == "en" else ()
    res = cli("report", "--data", path, "--entity", "29", "-o", out, *args)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    fr = lang == "fr"
    source = ("Source\u00a0: suivi & co.csv, relevés 2025 (méthode\u00a0: «\u00a0Sources et méthode\u00a0»)" if fr
              else "Source: suivi & co.csv, readings 2025 (method: “Sources and method”)")
    served = ("Population du conseil, non du territoire, pour 67, 68, 69 (voir «\u00a0Sources et méthode\u00a0»)"
              if fr else "Population of the council, not of the territory, for 67, 68, 69 "
              "(see “Sources and method”)")
    ranking, data = ("Classement", "Données") if fr else ("Ranking", "Data")
    for ws in wb.worksheets:
        lines = ws.oddFooter.left.text.split("\n")
        noted = ws.title in (ranking, data)  # the method's sheet named by the note below
        assert lines[0].endswith(source.replace("&", "&&").split(" (")[0] if noted
                                 else source.replace("&", "&&")), ws.title
        assert ws.oddHeader.left.text.endswith("&A")  # the sheet's name on every page
        assert ("Page &P / &N" in ws.oddFooter.right.text
                and ("Imprimé le &D" if fr else "Printed &D") in ws.oddFooter.right.text)
        # the council note in the footer of the sheets that show those populations only
        assert (lines[1:] == [served]) == noted, (ws.title, lines)
    footers = _footer_xml(out)
    assert len(footers) == len(wb.worksheets)
    for part, xml in footers.items():
        assert len(xml) <= 255, part
        assert "_x000a_" not in xml  # a line break LibreOffice prints as it is
    # above the Classement's table: its source and the council note, in full
    notes = [r[0] for r in wb[ranking].iter_rows(max_row=10, values_only=True) if r[0]]
    head = notes.index("Réseau" if fr else "Platform")
    assert (("Source\u00a0: suivi & co.csv, relevés 2025." if fr else "Source: suivi & co.csv, readings 2025.")
            in notes[:head])
    assert any(n.startswith("Population du conseil, non du territoire\u00a0: Rhône (69)" if fr else
                            "Population of the council, not of the territory: Rhône (69)")
               and "Bas-Rhin (67)" in n for n in notes[:head])
    # the Données keeps its one header row (read back by pandas, tests, users' macros)
    assert wb[data]["A1"].value == "Code" and wb[data].print_title_rows == "$1:$1"


def test_a_published_report_names_its_sources_on_every_page(cli, tmp_path):
    out = tmp_path / "p.xlsx"
    assert cli("report", "-t", "region", "--year", "2015", "--source", "ideose", "-o", out).exit_code == 0
    for ws in openpyxl.load_workbook(out).worksheets:
        # Ideose's October figures and its « fin 2015 » study, which the report names (pub27)
        assert ws.oddFooter.left.text.endswith(
            "Sources\u00a0: ideose-2015, ideose-2015-3 (détail\u00a0: «\u00a0Sources et méthode\u00a0»)")


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or poppler-utils not installed")
def test_the_data_pages_printed_by_libreoffice_say_their_source(cli, tmp_path):
    """Rendered as a reader prints it: every page of the Données and the Classement shows
    the source and the council note in its footer, on lines of their own."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "render_pages", Path(__file__).resolve().parents[1] / "scripts" / "render_report_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", _councils_file(tmp_path), "-o", out).exit_code == 0
    pdf = mod.to_pdf(out, tmp_path / "pages")
    pages = [mod.page_text(pdf, i) for i in range(1, mod.page_count(pdf) + 1)]
    data = [p for p in pages if p.lstrip().startswith(("Classement", "Données"))]
    assert len(data) >= 2
    for p in data:
        lines = [ln.strip() for ln in p.splitlines()]
        assert "Source : suivi & co.csv, relevés 2025" in lines
        assert ("Population du conseil, non du territoire, pour 67, 68, 69 (voir « Sources et "
                "méthode »)") in lines
    assert mod.blank_pages(pdf) == []


# -- finding 3: an output that cannot be replaced, or that is open, said so in the user's
#    words; the temporary file never named, never left behind --

def _listing(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _held(monkeypatch, exc):
    """os.replace refusing as Windows does for a file open in Excel (or a read-only one);
    ``exc`` an error, or a function of the temporary file giving one."""
    import barometre.render.files as files

    def refuse(src, dst):
        raise exc(src) if callable(exc) else exc
    monkeypatch.setattr(files.os, "replace", refuse)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_output_that_cannot_be_replaced_is_named_with_what_to_do(cli, tmp_path, monkeypatch, lang):
    """Before: « barometre : erreur d'entrée-sortie (/tmp/…/.immut.xlsx.21461.rzeouyci.tmp.xlsx)
    : Operation not permitted », the hidden temporary file named, nothing to do said."""
    import errno

    path = _spread_file(tmp_path)
    out = tmp_path / "immut.xlsx"
    assert cli("report", "--data", path, "-o", out).exit_code == 0
    before, files_before = out.read_bytes(), _listing(tmp_path)
    _held(monkeypatch, PermissionError(errno.EACCES, "Permission denied"))
    args = ("--lang", "en") if lang == "en" else ()
    res = cli("report", "--data", path, "-o", out, "--force", *args)
    assert res.exit_code == 1
    said = (f"barometre : impossible d'écrire {out} : le fichier est peut-être ouvert dans Excel "
            "ou LibreOffice, ou protégé ; fermez-le et relancez (permission refusée)" if lang == "fr"
            else f"barometre: cannot write {out}: the file may be open in Excel or LibreOffice, "
            "or protected; close it and run again (permission denied)")
    assert res.stderr.splitlines() == [said]
    assert ".tmp" not in res.stderr
    assert out.read_bytes() == before and _listing(tmp_path) == files_before  # no temp left


def test_a_chart_that_cannot_be_replaced_is_said_the_same(cli, tmp_path, monkeypatch):
    path, out = _spread_file(tmp_path), tmp_path / "c.png"
    _held(monkeypatch, PermissionError(13, "[WinError 32] The process cannot access the file"))
    res = cli("chart", "ranking", "--data", path, "-p", "facebook", "-o", out)
    assert res.exit_code == 1
    assert res.stderr.startswith(f"barometre : impossible d'écrire {out} : le fichier est peut-être "
                                 "ouvert dans Excel ou LibreOffice, ou protégé")
    assert _listing(tmp_path) == ["suivi.csv"]


def test_a_full_disk_names_the_output_not_the_temporary_file(cli, tmp_path, monkeypatch):
    import errno

    _held(monkeypatch, lambda tmp: OSError(errno.ENOSPC, "No space left on device", str(tmp)))
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", _spread_file(tmp_path), "-o", out)
    assert res.exit_code == 1
    assert res.stderr.splitlines() == [f"barometre : erreur d'entrée-sortie ({out}) : "
                                       "plus de place sur le disque"]
    assert _listing(tmp_path) == ["suivi.csv"]


def test_a_folder_that_takes_no_new_file_is_said(tmp_path, monkeypatch):
    import errno

    import barometre as bm
    import barometre.render.files as files

    def denied(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / ".r.xlsx.1.x.tmp.xlsx"))
    monkeypatch.setattr(files.tempfile, "mkstemp", denied)
    s = bm.read_survey(_spread_file(tmp_path))
    with pytest.raises(bm.OutputFileError) as exc:
        bm.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s)
    assert exc.value.code == "output-folder-denied"
    assert exc.value.render("en") == (
        f"cannot write {tmp_path / 'r.xlsx'}: the folder {tmp_path} takes no new file "
        "(write-protected?); choose another folder (permission denied)")


def test_an_immutable_output_for_real(cli, tmp_path):
    """``chattr +i``: the rename refused by the system itself (skipped where it cannot be set)."""
    import subprocess

    path, out = _spread_file(tmp_path), tmp_path / "immut.xlsx"
    assert cli("report", "--data", path, "-o", out).exit_code == 0
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(out)],
                                                        capture_output=True).returncode:
        pytest.skip("chattr +i not possible here")
    try:
        files_before = _listing(tmp_path)
        res = cli("report", "--data", path, "-o", out)
        assert res.exit_code == 1
        assert res.stderr.startswith(f"barometre : impossible d'écrire {out} : le fichier est "
                                     "peut-être ouvert dans Excel ou LibreOffice, ou protégé ; "
                                     "fermez-le et relancez (")
        assert _listing(tmp_path) == files_before
    finally:
        subprocess.run(["chattr", "-i", str(out)], check=True)


@pytest.mark.parametrize("lock, program, who", [
    (".~lock.r.xlsx#", "LibreOffice", "Marie Dupont"),
    ("~$r.xlsx", "Excel", None)])
def test_an_output_open_in_libreoffice_or_excel_is_not_replaced(cli, tmp_path, lock, program, who):
    """A lock file beside the output: the file is open (LibreOffice on Linux and Excel on a
    Mac let it be replaced under the reader, who then saves the old one over the new, or
    reads the old one as the new): refused, with who has it open; --force for a stale lock."""
    path, out = _spread_file(tmp_path), tmp_path / "r.xlsx"
    assert cli("report", "--data", path, "-o", out).exit_code == 0
    before = out.read_bytes()
    (tmp_path / lock).write_text("Marie Dupont,mdupont,bureau-12,12.01.2026 10:42,"
                                 "file:///home/mdupont/.config/libreoffice/4;" if who else "\x0bmdupont",
                                 encoding="utf-8")
    res = cli("report", "--data", path, "-o", out, "--title", "Nouveau")
    assert res.exit_code == 1
    by = f" par {who}" if who else ""
    assert res.stderr.splitlines() == [
        f"barometre : r.xlsx est ouvert dans {program}{by} (fichier de verrou {lock}) : refus de le "
        "remplacer tant qu'il est ouvert ; fermez-le et relancez, ou, si plus personne ne l'a "
        "ouvert (un verrou resté après un arrêt brutal), ajoutez --force"]
    assert out.read_bytes() == before
    forced = cli("report", "--data", path, "-o", out, "--title", "Nouveau", "--force")
    assert forced.exit_code == 0 and out.read_bytes() != before
    # a lock without its file (the file moved away): nothing open, written
    other = tmp_path / "neuf.xlsx"
    (tmp_path / ".~lock.neuf.xlsx#").write_text("x,y;", encoding="utf-8")
    assert cli("report", "--data", path, "-o", other).exit_code == 0
