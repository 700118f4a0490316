"""A publisher's review (report16): the Mouvements sheet's print settings, each wave's
undated readings in the report's method sheet, the growth lists' figures, the warnings'
quoted cells, year-first dates with slashes, merged header cells and totals rows."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from barometre.datasets.reference import entities

HEADER = ["SIREN", "Intercommunalité", "Département (code)", "Population"] + [
    f"{p} - {w}" for p in ("Facebook", "Instagram", "LinkedIn")
    for w in ("présence", "compte", "abonnés", "date du relevé")]


def epci_waves(folder: Path) -> list[Path]:
    """Two waves of the 30 EPCI of the Ain and the Loire-Atlantique, a year apart: Facebook
    followers × 1.1 (whole numbers: growths from 9.9 % to 10 %), Instagram × 1.3 with one
    entity joining and one leaving, LinkedIn presence without a reading date (undated)."""
    e = entities("epci")
    d = e[e["departement"].isin(["01", "44"])].sort_values("code").reset_index(drop=True)
    paths = []
    for wave, date, fb_rate, ig_rate in ((2025, "15/10/2025", 1.0, 1.0),
                                         (2026, "14/10/2026", 1.1, 1.3)):
        wb = Workbook()
        ws = wb.active
        ws.title = "Enquête"
        ws.append(HEADER)
        for i, r in d.iterrows():
            ig = (i % 2 == 1) != (wave == 2026 and i in (0, 1))  # one joins, one leaves
            ws.append([r["siren"], r["name"], r["departement"], int(r["population"]),
                       "Oui", None, int((1000 + 37 * i) * fb_rate), date,
                       "Oui" if ig else "Non", None,
                       (int((200 + 11 * i) * ig_rate) if i else 120) if ig else None, date,
                       "Oui" if i % 3 == 0 else "Non", None, None, None])
        paths.append(folder / f"vague{wave}.xlsx")
        wb.save(paths[-1])
    return paths


@pytest.fixture(scope="module")
def waves(tmp_path_factory):
    return epci_waves(tmp_path_factory.mktemp("report16"))


@pytest.fixture(scope="module")
def report(waves, tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    out = tmp_path_factory.mktemp("report16r") / "r.xlsx"
    res = CliRunner().invoke(app, ["report", "--data", str(waves[0]), "--data", str(waves[1]),
                                   "-o", str(out)])
    assert res.exit_code == 0, res.output
    return openpyxl.load_workbook(out)


def test_movements_sheet_prints_one_page_wide_with_its_ranking_header_repeated(report):
    """The Mouvements sheet (three tables stacked over the same columns, 211 characters
    wide here) printed on 7 pages, cut across: no fit to the page, no repeated header."""
    ws = report["Mouvements"]
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    # the header repeated is the growth ranking's, the last and longest list: spreadsheet
    # programs repeat it only on the pages after it
    heads = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Rang"]
    assert len(heads) == 1 and ws.print_title_rows == f"${heads[0]}:${heads[0]}"
    assert ws.cell(heads[0] + 1, 1).value == "Facebook"


def test_method_sheet_names_each_waves_undated_readings(report, waves):
    """Both waves have 30 LinkedIn answers without a reading date: the method sheet named
    only the first wave's (« … ; 30 relevés sans date rattachés à la date de la vague,
    15/10/2025 »), as if the second wave's were all dated."""
    import barometre as bm

    for path, day in zip(waves, ("15 octobre 2025", "14 octobre 2026")):  # what validate says of each
        said = [p.message for p in bm.validate(path) if p.code == "wave-date"]
        assert len(said) == 1 and said[0].startswith(f"30 relevés sans date rattachés à la date de la vague, {day}")
    dates = {r[0]: r[1] for r in report["Sources et méthode"].iter_rows(values_only=True)}
    assert dates["Dates des relevés"] == (
        "15 octobre 2025, 14 octobre 2026\u202f; vague2025.xlsx\u00a0: 30 relevés sans date rattachés à la date de "
        "la vague, 15 octobre 2025\u202f; vague2026.xlsx\u00a0: 30 relevés sans date rattachés à la date de la "
        "vague, 14 octobre 2026")  # each wave's file named (wv26)


def test_changes_fastest_and_slowest_growths_read_apart(cli, waves):
    """Every Facebook count × 1.1 in whole followers: growths from 9.93 % to 10 %. The
    fastest and the slowest all read « +10 % » (10,00 % and 9,93 %): the line now takes the
    decimals that set the two lists apart, as an interval's bounds do (README)."""
    out = cli("changes", "--data", waves[0], "--data", waves[1]).stdout
    line = next(t for t in out.splitlines() if t.startswith("Facebook — plus fortes"))
    fastest, slowest = line.split(" ; plus faibles : ")
    # the slowest, 9.9285, 9.9303 and 9.9325 %, read apart from one another too (msg27)
    assert fastest.endswith("(CCTV) +10,000\u202f%, CC de la Veyle +10,000\u202f%, "
                            "CC du Pays de Pontchâteau St-Gildas-des-Bois +10,000\u202f%")
    assert slowest == ("CC Sèvre et Loire +9,929\u202f%, CA Haut-Bugey Agglomération "
                       "+9,930\u202f%, CC Rives de l'Ain - Pays du Cerdon +9,932\u202f%")
    # English: the same decimals
    en = cli("changes", "--data", waves[0], "--data", waves[1], "--lang", "en").stdout
    assert "CC Sèvre et Loire +9.929%" in en


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_followers_beside_a_no_are_quoted_as_written(tmp_path, suffix):
    """A count beside a « Non » is quoted as the cell holds it: « 1.234 », not « 1234 » (the
    count read from it), whatever the file's kind and the count's spelling."""
    import barometre as bm

    rows = [["Code département", "Facebook", "Abonnés Facebook", "Date"],
            ["01", "Non", "1.234", "15/10/2025"], ["02", "Non", "2\u202f450", "15/10/2025"],
            ["03", "Non", "5400", "15/10/2025"], ["04", "Oui", "800", "15/10/2025"]]
    path = tmp_path / f"enquete.{suffix}"
    if suffix == "xlsx":
        wb = Workbook()
        for r in rows:
            wb.active.append(r)
        wb.active["C4"] = 5400  # a number cell
        wb.save(path)
    else:
        path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    said = [(p.row, p.value) for p in bm.validate(path) if p.code == "followers-but-no"]
    assert said == [(2, "1.234"), (3, "2\u202f450"), (4, "5400")]


def test_validate_quotes_the_count_beside_a_no_as_written(cli, tmp_path):
    wb = Workbook()
    for r in [["Code département", "Facebook", "Abonnés Facebook"], ["01", "Non", "1.234"]]:
        wb.active.append(r)
    wb.save(tmp_path / "e.xlsx")
    out = cli("validate", tmp_path / "e.xlsx").output
    assert ("ligne 2, colonne « Abonnés Facebook » : avertissement : « 1.234 » abonnés indiqués "
            "alors que la présence dit Non") in out


@pytest.mark.parametrize("value,expected", [
    ("2025/10/15", "2025-10-15"), ("2025/1/5", "2025-01-05"), ("2025/10/15 10:30", "2025-10-15"),
    ("2025/04/03", "2025-04-03")])  # never 4 March: year, month, day is the only order
def test_a_year_first_date_with_slashes_is_read(value, expected):
    from barometre.survey.reader import parse_date

    assert parse_date(value).isoformat() == expected
    assert parse_date(value, order="mdy").isoformat() == expected


@pytest.mark.parametrize("value", ["2025/13/15", "2025/10/32", "2025/10-15", "2025/10/15 25:00"])
def test_an_impossible_year_first_date_stays_refused(value):
    from barometre.survey.reader import parse_date

    with pytest.raises(ValueError, match="date-invalid"):
        parse_date(value)


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_validate_and_read_a_year_first_date_with_slashes(tmp_path, suffix):
    """« 2025/10/15 » was refused (« attendu une date comme 15/10/2025 ») while 2025-10-15
    was read: both read, on both CSV paths and in a workbook; a date column of them is read
    day first or month first alike (no order to decide)."""
    import barometre as bm
    from tests.test_fast_path import fast_reader, normal_reader, same_reading

    rows = [["code", "plateforme", "present", "abonnes", "date"],
            ["01", "Facebook", "Oui", "12", "2025/10/15"], ["02", "Facebook", "Oui", "13", "2025/10/03"],
            ["03", "Facebook", "Oui", "14", "10/15/2025"]]  # a month-first date beside them
    path = tmp_path / f"e.{suffix}"
    if suffix == "csv":
        path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
        same_reading(normal_reader, fast_reader, path)
    else:
        wb = Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(path)
    # no error; the month-first one said (the column reads month first: 2025/10/03 stays
    # 3 October, year first reads one way only)
    assert [p.code for p in bm.validate(path) if p.code.startswith("date")] == ["dates-month-first"]
    assert [p for p in bm.validate(path) if p.severity == "error"] == []
    df = bm.read_survey(path).sort_values("code")
    assert [d.date().isoformat() for d in df["date"]] == ["2025-10-15", "2025-10-03", "2025-10-15"]


def test_merged_cells_within_the_header_are_not_warned_those_below_are(tmp_path):
    """A header on two rows, « SIREN » and « Intercommunalité » merged over both: the
    header-two-rows warning said it, then one merged-cells warning per header cell added
    « la valeur est recopiée sur chaque ligne de la plage », of no answer. A range merged
    over data rows is still said (its value is copied onto each)."""
    import barometre as bm

    e = entities("epci")
    d = e[e["departement"] == "44"].sort_values("code").reset_index(drop=True)
    wb = Workbook()
    ws = wb.active
    ws.append(["SIREN", "Intercommunalité", "Facebook", None, None, "Instagram", None, None])
    ws.append([None, None, "Présence", "Abonnés", "Date", "Présence", "Abonnés", "Date"])
    for rng in ("C1:E1", "F1:H1", "A1:A2", "B1:B2"):
        ws.merge_cells(rng)
    for i, r in d.iterrows():
        ws.append([r["siren"], r["name"], "Oui", 1000 + i, "15/10/2025",
                   "Oui" if i % 2 else "Non", (50 + i) if i % 2 else None, "15/10/2025"])
    ws.merge_cells("F4:F5")  # « Oui » over two rows' Instagram presence (data rows 4 and 5)
    path = tmp_path / "merged_header.xlsx"
    wb.save(path)
    problems = bm.validate(path)
    assert [p.code for p in problems if p.code.startswith("header")] == ["header-two-rows"]
    merged = [(p.row, p.message) for p in problems if p.code == "merged-cells"]
    assert merged == [(4, "cellules fusionnées F4:F5 : la valeur est recopiée sur chaque "
                          "ligne de la plage")]
    df = bm.read_survey(path)
    ig = df[(df["platform"] == "instagram") & df["source_row"].isin([4, 5])]
    assert ig["present"].tolist() == [True, True]  # copied onto row 5 (a « Non » there before)


def _with_totals(tmp_path: Path, other_formula: bool = False) -> Path:
    """Ten EPCI of the Loire-Atlantique, then a « TOTAL » row of =SUM/=COUNTIF formulas
    (saved without their values, as openpyxl writes them) and a « Moyenne » row of values."""
    e = entities("epci")
    d = e[e["departement"] == "44"].sort_values("code").head(10).reset_index(drop=True)
    wb = Workbook()
    ws = wb.active
    ws.append(["SIREN", "Intercommunalité", "Population", "Facebook", "Abonnés Facebook",
               "Date du relevé"])
    for i, r in d.iterrows():
        ws.append([r["siren"], r["name"], int(r["population"]), "Oui" if i % 3 else "Non",
                   1000 + i if i % 3 else None, "15/10/2025"])
    ws.append([None, "TOTAL", "=SUM(C2:C11)", '=COUNTIF(D2:D11,"Oui")', "=SUM(E2:E11)", None])
    ws.append([None, "Moyenne :", 50000, None, 1004, None])
    if other_formula:
        ws["E3"] = "=1000+1"  # a formula on an entity's row: still said
    path = tmp_path / "totaux.xlsx"
    wb.save(path)
    return path


def test_a_totals_row_is_one_warning_and_left_out(tmp_path, cli):
    """Row « TOTAL » with =SUM/=COUNTIF formulas got « 3 formule(s) sans valeur enregistrée
    … ouvrez et enregistrez le classeur dans Excel » and « aucune collectivité … ne
    s'appelle « TOTAL » » (an error: the file refused): a totals row (its entity cell says
    so, nothing in it resolves as an entity) is certainly no collectivity; one warning
    says it and the row is left out, never counted."""
    import barometre as bm

    path = _with_totals(tmp_path)
    problems = bm.validate(path)
    assert [(p.row, p.severity, p.code, p.value) for p in problems if p.row in (12, 13)] == [
        (12, "warning", "totals-row", "TOTAL"), (13, "warning", "totals-row", "Moyenne :")]
    assert not [p for p in problems if p.severity == "error" or p.code == "formula-without-value"]
    out = cli("validate", path).output
    assert ("ligne 12, colonne « Intercommunalité » : avertissement : ligne de synthèse "
            "(« TOTAL »), laissée de côté : supprimez-la, barometre calcule lui-même totaux, "
            "moyennes et médianes") in out
    df = bm.read_survey(path)  # no error: not refused
    assert sorted(df["source_row"].unique().tolist()) == list(range(2, 12))
    assert df["present"].sum() == 6 and df["followers"].max() == 1008  # no total among them


def test_a_formula_outside_the_totals_row_is_still_said(tmp_path):
    import barometre as bm

    # an error of its cell since xlsxin20 (a warning for the file, « 1 formule(s) … », before)
    said = [(p.row, p.column, p.severity) for p in
            bm.validate(_with_totals(tmp_path, other_formula=True))
            if p.code == "formula-without-value"]
    assert said == [(3, "Abonnés Facebook", "error")]


def test_a_name_that_resolves_nothing_stays_an_error(tmp_path):
    """Only a totals label is left out: « Totalement CC » or « Somme » (a département, not
    an EPCI) stay unknown entities, errors."""
    import barometre as bm

    path = tmp_path / "e.csv"
    path.write_text("SIREN;Intercommunalité;Facebook\n;Somme;Oui\n;Totalement CC;Oui\n"
                    ";Total général;\n", encoding="utf-8")
    got = [(p.row, p.severity, p.code) for p in bm.validate(path, type="epci") if p.row]
    assert got == [(2, "error", "unknown-entity"), (3, "error", "unknown-entity"),
                   (4, "warning", "totals-row")]
