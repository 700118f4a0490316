"""A survey without any reading date (fix18a, the reviewer's com100.xlsx).

barometre's template filled without a single date (its Mode d'emploi says the date need
not be repeated on each line): validate said 0 errors 0 warnings, compare showed an empty
« Année » and no note, the report « Période des données : – ». Now validate warns
(``no-date``, its count and rows) and compare and the report say how to give the date.
"""

from __future__ import annotations

import openpyxl

import barometre as bm
from tests.conftest import as_json
from barometre.render.excel.cells import typeset

NOTE_FR = ("Année non précisée : le fichier ne donne aucune date de relevé ; remplissez la date "
           "du relevé, ou donnez-la avec --date, ex. --date 15/10/2025")
NOTE_EN = ("Year not stated: the file gives no reading date; fill in the reading date, or give "
           "it with --date, e.g. --date 15/10/2025")


def _undated(tmp_path, dated_row: int | None = None):
    """The région template filled « Oui » / « Non » on Facebook for its 18 régions, every
    date cell blank (``dated_row``: that row dated 15/10/2025)."""
    import datetime as dt

    out = bm.write_template(tmp_path / "modele.xlsx", "region", ["facebook"])
    wb = openpyxl.load_workbook(out)
    ws = wb["Enquête"]
    heads = [c.value for c in ws[1]]
    fb = heads.index("Facebook - présence") + 1
    day = heads.index("Facebook - date du relevé") + 1
    for r in range(2, ws.max_row + 1):
        ws.cell(r, fb, "Non" if r % 4 == 0 else "Oui")
    if dated_row is not None:
        ws.cell(dated_row, day, dt.datetime(2025, 10, 15))
    path = tmp_path / "regions-sans-date.xlsx"
    wb.save(path)
    return path, ws.max_row - 1


def test_validate_warns_of_a_survey_without_any_date(cli, tmp_path):
    path, n = _undated(tmp_path)
    [p] = bm.validate(path)
    assert (p.code, p.severity, p.count, p.rows.tolist()) == ("no-date", "warning", n,
                                                              list(range(2, n + 2)))
    assert p.message == (
        f"{n} relevés sans date ni année (lignes 2, 3, 4, 5, 6, …) : l'année des chiffres "
        "n'est pas connue ; remplissez la date du relevé (une suffit : les lignes sans date "
        "prennent la date de la vague) ou donnez-la avec date=, ex. date=\"15/10/2025\"")
    res = cli("validate", path, "--lang", "en")  # (a library call names date=, the CLI --date)
    assert res.exit_code == 0 and "0 errors, 1 warning" in res.stderr
    assert (f"{n} readings without a date or year (lines 2, 3, 4, 5, 6, …): the figures' year "
            "is not known") in res.stdout
    # --date gives the wave's date: no longer without a date (wave-date says it instead)
    assert [p.code for p in bm.validate(path, date="15/10/2025")] == ["wave-date"]
    # one date in the file is the wave's for the others
    dated, _ = _undated(tmp_path, dated_row=5)
    assert [p.code for p in bm.validate(dated)] == ["wave-date"]


def test_compare_says_the_year_is_not_stated(cli, tmp_path):
    path, n = _undated(tmp_path)
    res = cli("compare", "--data", path, "--type", "region")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    fb = next(x for x in lines if "Facebook" in x)
    assert "2025" not in fb  # the « Année » column empty, now said under the table
    assert NOTE_FR in lines and lines.index(NOTE_FR) > lines.index(fb)
    en = cli("compare", "--data", path, "--type", "region", "--lang", "en")
    assert NOTE_EN in en.stdout.splitlines()
    js = cli("compare", "--data", path, "--type", "region", "-f", "json")
    assert NOTE_FR in js.stderr.splitlines() and as_json(js)[0]["year"] is None
    # given a date: a year, no note
    res = cli("compare", "--data", path, "--type", "region", "--date", "15/10/2025")
    fb = next(x for x in res.stdout.splitlines() if "Facebook" in x)
    assert "2025" in fb and "Année non précisée" not in res.stdout


def test_the_report_synthese_says_it(cli, tmp_path):
    path, _ = _undated(tmp_path)
    for lang, note, period in (("fr", NOTE_FR, "Période des données : –"),
                               ("en", NOTE_EN, "Data period: –")):
        out = tmp_path / f"rapport-{lang}.xlsx"
        res = cli("report", "--data", path, "--type", "region", "--lang", lang, "-o", out)
        assert res.exit_code == 0, res.output
        ws = openpyxl.load_workbook(out).worksheets[0]
        first = [r[0] for r in ws.iter_rows(min_row=1, max_row=8, max_col=1, values_only=True)]
        assert first[first.index(typeset(period, lang)) + 1] == typeset(note, lang)
    out = tmp_path / "rapport-date.xlsx"
    cli("report", "--data", path, "--type", "region", "--date", "15/10/2025", "-o", out)
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert typeset(NOTE_FR, "fr") not in [r[0] for r in ws.iter_rows(max_col=1, values_only=True)]


def test_a_file_without_a_date_column_gets_the_note_only(cli, tmp_path):
    """A hand-made file with no date column states no date by design: no warning (its
    figures still have no year: compare says it under the table)."""
    f = tmp_path / "regions.csv"
    f.write_text("Code région;Facebook\n11;Oui\n24;Non\n27;Oui\n", encoding="utf-8")
    assert "no-date" not in [p.code for p in bm.validate(f)]
    res = cli("compare", "--data", f, "--type", "region")
    assert res.exit_code == 0 and NOTE_FR in res.stdout.splitlines()
    # a blank date column: the same answers, warned
    f.write_text("Code région;Facebook;Date\n11;Oui;\n24;Non;\n27;Oui;\n", encoding="utf-8")
    [p] = [p for p in bm.validate(f) if p.code == "no-date"]
    assert (p.count, p.rows.tolist()) == (3, [2, 3, 4])


def _undated_counts(tmp_path):
    """Three régions' Facebook counts, the date column blank on every row."""
    f = tmp_path / "regions-comptes.csv"
    f.write_text("Code région;Facebook;Abonnés Facebook;Date\n11;Oui;1000;\n24;Oui;500;\n"
                 "27;Oui;800;\n", encoding="utf-8")
    return f


def test_rank_and_benchmark_say_the_year_is_not_stated(cli, tmp_path):
    """rank and benchmark ranked the readings of a file without any date and said nothing
    of their year (league18): the note, as compare says it, under the table, on stderr
    for CSV/JSON."""
    f = _undated_counts(tmp_path)
    for args in (("rank", "-p", "facebook"), ("benchmark", "--entity", "24")):
        res = cli(*args, "--data", f)
        assert res.exit_code == 0, res.output
        assert res.stdout.splitlines()[-1] == NOTE_FR
        en = cli(*args, "--data", f, "--lang", "en")
        assert en.stdout.splitlines()[-1] == NOTE_EN
        for fmt in ("json", "csv"):
            res = cli(*args, "--data", f, "-f", fmt)
            assert res.exit_code == 0 and NOTE_FR in res.stderr.splitlines()
            assert NOTE_FR not in res.stdout
        js = as_json(cli(*args, "--data", f, "-f", "json"))
        assert all(r["year"] is None for r in js)
        # given a date: a year, no note
        dated = cli(*args, "--data", f, "--date", "15/10/2025")
        assert dated.exit_code == 0 and "Année non précisée" not in dated.output
    # a dated file (the demo): no note
    demo = cli("rank", "-p", "facebook", "--data", bm.demo_file("enquete"), "-f", "json")
    assert "Année non précisée" not in demo.output
