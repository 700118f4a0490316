"""Review 19b (a département's communication officer), the report for a manager: the
survey's date as it is (finding 1), a source on every printed page (2), an output that
cannot be replaced said so (3)."""

from __future__ import annotations

import datetime as dt

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
        said = ("du 15/10/2025 au 16/10/2025 (date de la vague : 15/10/2025)")
        assert _row(wb["Sources et méthode"], "Date du relevé") == (
            said + " ; 2 relevés sans date rattachés à la date de la vague, 15/10/2025")
        assert "Date du relevé : " + said in _cells(wb["Synthèse"])
    else:
        said = "from 2025-10-15 to 2025-10-16 (wave date: 2025-10-15)"
        sheet = next(ws for ws in wb if ws.title not in ("Summary", "Adoption", "Ranking", "Data")
                     and "Date of the reading" in [r[0] for r in ws.iter_rows(values_only=True)])
        assert _row(sheet, "Date of the reading") == (
            said + "; 2 readings without a date given the wave's date, 2025-10-15")
        assert "Date of the reading: " + said in _cells(wb.worksheets[0])
    # validate says the same date
    checked = cli("validate", path)
    assert "2 relevés sans date rattachés à la date de la vague, 15/10/2025" in checked.output


def test_a_survey_read_in_one_day_keeps_its_one_date(cli, tmp_path):
    lines = ["Code;Département;Facebook;Date du relevé"] + [
        f"{c};{n};Oui;15/10/2025" for c, n in _codes(5)]
    path, out = tmp_path / "un-jour.csv", tmp_path / "r.xlsx"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("report", "--data", path, "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert _row(wb["Sources et méthode"], "Date du relevé") == "15/10/2025"
    assert "Date du relevé : 15/10/2025" in _cells(wb["Synthèse"])


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
