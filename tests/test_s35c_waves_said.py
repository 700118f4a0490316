"""What the waves' commands say, and where (session 35, brief C35).

- ``changes``: the note that explains a platform's row of « – » (one wave did not read it)
  is printed with the table's other notes on the standard output, not on stderr alone;
  beside CSV/JSON it stays on stderr, the machine output kept to its rows.
- ``report``: the same note sits with the Mouvements table's notes, not below its list;
  a page footer naming several files says how many, never a name cut with the others
  dropped unsaid.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

from barometre.render.excel.cells import typeset

NOTE = ("Bluesky non relevé à la vague de 2024 : pas d'évolution à mesurer sur ce réseau")


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def three(tmp_path):
    return write_three(tmp_path)


def write_three(tmp_path):
    """Three yearly waves of départements with long file names; Bluesky read from 2025 on."""
    rows = {2024: "Code département;Facebook;X;Année",
            2025: "Code département;Facebook;X;Bluesky;Année",
            2026: "Code département;Facebook;X;Bluesky;Année"}
    answers = {2024: [("01", "Oui", "Non"), ("02", "Non", "Oui"), ("03", "Oui", "Oui"),
                      ("04", "Oui", "Non")],
               2025: [("01", "Oui", "Oui", "Non"), ("02", "Oui", "Oui", "Non"),
                      ("03", "Oui", "Non", "Oui"), ("04", "Oui", "Non", "Non")],
               2026: [("01", "Oui", "Oui", "Oui"), ("02", "Oui", "Non", "Oui"),
                      ("03", "Oui", "Oui", "Oui"), ("04", "Oui", "Oui", "Non")]}
    return [_write(tmp_path / f"departements-enquete-reseaux-sociaux-{y}.csv",
                   [rows[y]] + [";".join(a) + f";{y}" for a in answers[y]])
            for y in (2024, 2025, 2026)]


def _data(files):
    return [a for f in files for a in ("--data", f)]


def test_changes_explains_the_row_of_a_platform_not_read_on_stdout(cli, three):
    """« Bluesky  0 0 0 4  – → – »: the line that says why follows the table on stdout (a
    publisher redirecting stdout to a file had the row unexplained); not on stderr twice."""
    res = cli("changes", *_data(three), "--type", "departement")
    assert res.exit_code == 0, res.output
    out = res.stdout.splitlines()
    bluesky = [line for line in out if line.startswith("Bluesky  ")]
    assert len(bluesky) == 1 and "– → –" in bluesky[0], out
    assert NOTE in out
    assert out.index(NOTE) > out.index(bluesky[0])  # among the notes under the table
    assert NOTE not in res.stderr
    en = cli("changes", *_data(three), "--type", "departement", "--lang", "en")
    assert "Bluesky not read in the wave of 2024: no change to measure on it" in en.stdout


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_changes_csv_and_json_keep_the_note_on_stderr(cli, three, fmt):
    """Beside CSV or JSON the note goes where the table's other notes go (stderr): the
    standard output stays the rows, readable as such."""
    res = cli("changes", *_data(three), "--type", "departement", "--format", fmt)
    assert res.exit_code == 0, res.output
    assert NOTE in res.stderr.splitlines()
    assert "non relevé" not in res.stdout
    if fmt == "json":
        rows = json.loads(res.stdout)
    else:
        import csv
        import io

        rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["platform"] for r in rows] == ["facebook", "x", "bluesky"]


def test_changes_list_says_it_once_among_the_not_comparable(cli, three):
    """--list (table) already says it in Bluesky's list: not again on either stream."""
    res = cli("changes", *_data(three), "--type", "departement", "--list", "-p", "bluesky")
    assert res.exit_code == 0, res.output
    assert "  Non comparables (4) : Bluesky non relevé à la vague de 2024 (4 entités)" \
        in res.stdout.splitlines()
    assert NOTE not in res.stdout and NOTE not in res.stderr


def _cells(path, sheet):
    return [v for row in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True)
            for v in row if isinstance(v, str)]


def test_report_says_the_platform_not_read_with_the_mouvements_table(cli, three, tmp_path):
    """In the Mouvements sheet the note follows the table's own notes, before the list of
    who joined and left (it sat below that list, far from the row it explains)."""
    out = tmp_path / "r.xlsx"
    res = cli("report", *_data(three), "--type", "departement", "-o", out)
    assert res.exit_code == 0, res.output
    cells = _cells(out, "Mouvements")
    note = typeset(NOTE, "fr")
    assert cells.count(note) == 1, cells
    who = cells.index("Arrivées, départs et entités non comparables")
    base = next(i for i, c in enumerate(cells) if c.startswith("Parts calculées"))
    assert base < cells.index(note) < who


def test_report_footer_counts_several_files_never_cuts_one_unsaid(cli, three, tmp_path):
    """Three files of 45 characters: the footer said « Source : departements-enquete-
    reseaux-sociaux-2024.csv, departements-e…, relevés 2024–2026 » (the second cut, the
    third dropped); now « 3 fichiers (departements-enquete-reseaux-sociaux-2024.csv, …) »."""
    out = tmp_path / "r.xlsx"
    assert cli("report", *_data(three), "--type", "departement", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    feet = {ws.title: ws.oddFooter.left.text or "" for ws in wb}
    every = feet["Données"]
    assert typeset("Source : 3 fichiers (departements-enquete-reseaux-sociaux-2024.csv, …), "
                   "relevés 2024–2026", "fr") in every, every
    # a sheet of the newest figures names its one file whole
    assert "departements-enquete-reseaux-sociaux-2026.csv, relevés 2026" in feet["Adoption"]
    for said in feet.values():  # no name cut short
        assert "-e…" not in said and "sociaux-…" not in said, said

