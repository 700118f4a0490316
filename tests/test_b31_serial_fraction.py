"""A fractional Excel date said in one notation (session 31, brief B, finding 4).

A workbook's date cell holding the number 45945.5 was said « « 45945.5 » 2 nombres lus
comme dates Excel … : « 45945,5 » → 15/10/2025 »: the cell's value, in the decimal point
no French user typed, put before a message that already quotes it the French way. The line
now quotes it once, in the language's notation; the problem's value keeps the cell's text.
"""

from __future__ import annotations

import openpyxl
import pytest
from typer.testing import CliRunner

import barometre as bm
from barometre.cli.app import app
from barometre.survey import xlsx_fast


@pytest.mark.parametrize("calamine", [True, False], ids=["calamine", "openpyxl"])
def test_a_fractional_serial_date_is_quoted_once(tmp_path, monkeypatch, calamine):
    if not calamine:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a: None)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Code", "Facebook", "Date"])
    ws.append(["29", "Oui", 45945.5])
    ws.append(["35", "Oui", 45945])
    wb.save(tmp_path / "serial.xlsx")
    [p] = bm.validate(tmp_path / "serial.xlsx", type="departement")
    assert (p.code, p.value) == ("date-serial", "45945.5")
    runner = CliRunner()
    fr = runner.invoke(app, ["validate", str(tmp_path / "serial.xlsx"), "--type", "departement"])
    assert fr.exit_code == 0
    assert fr.stdout == ("serial.xlsx, colonne « Date » : avertissement : 2 nombres lus comme "
                         "dates Excel (numéro de série du jour ; une fraction est l'heure, "
                         "ignorée) : « 45945,5 » → 15 octobre 2025 (lignes 2, 3)\n")
    en = runner.invoke(app, ["--lang", "en", "validate", str(tmp_path / "serial.xlsx"),
                             "--type", "departement"])
    assert en.stdout == ("serial.xlsx, column “Date”: warning: 2 numbers read as Excel dates "
                         "(the day's serial number; a fraction is the time of day, dropped): "
                         "“45945.5” → 15 October 2025 (lines 2, 3)\n")
