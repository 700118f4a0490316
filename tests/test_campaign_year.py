"""A campaign whose readings cross 31 December (10 December 2024 – 15 January 2025, no gap
over WAVE_GAP_DAYS) is one wave for ``trend`` but two calendar years for ``compare``, ``rank``
and the report: the reader says so (``campaign-crosses-year``: the run, the counts of each
side, the rows of the earlier year, the fix) and the commands that set the earlier year aside
say that it is of the same campaign. Two separate campaigns, a series of readings of the same
entities, or a file whose year column states the years keep the plain ``multi-year`` warning.
"""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

import barometre as bm
from barometre.datasets import reference
from barometre.survey import fastcsv
from barometre.survey.reader import read_coded
from barometre.render.excel.cells import typeset

CODES = list(reference.departements()["code"])[:101]


def _campaign(path, dates=("10/12/2024", "15/01/2025"), year=None, followers=False):
    """The brief's file: the 101 départements on Facebook, the first 60 read on the first
    date, the 41 others on the second (81 present); ``year``: an année column, a year or a
    function of the date; ``followers``: a count for each present one."""
    rng = random.Random(1)
    head = "code;plateforme;present;date" + (";abonnes" if followers else "") + (
        ";année" if year else "")
    rows = [head]
    for i, c in enumerate(CODES):
        yes = rng.random() < 0.8
        d = dates[0] if i < 60 else dates[1]
        row = f"{c};Facebook;{'Oui' if yes else 'Non'};{d}"
        if followers:
            row += f";{1000 + 37 * i if yes else ''}"
        if year:
            row += f";{year(d) if callable(year) else year}"
        rows.append(row)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


CAMPAIGN_FR = (
    "les relevés du 10 décembre 2024 au 15 janvier 2025 sont une seule campagne, sans écart de plus de "
    "60 jours, qui passe le 31 décembre : 60 relevés (60 entités) en 2024, 41 relevés "
    "(41 entités) en 2025 ; compare, rank et le rapport la coupent au 31 décembre ; pour la "
    "lire en entier, une colonne « année » donnant à chaque relevé l'année de sa campagne "
    "(trend la lit déjà comme une seule vague) ; relevés de 2024 : lignes 2, 3, 4, 5, 6, …")
CAMPAIGN_EN = (
    "the readings from 10 December 2024 to 15 January 2025 are one campaign, with no gap over 60 days, "
    "that crosses 31 December: 60 readings (60 entities) in 2024, 41 readings (41 entities) "
    "in 2025; compare, rank and the report cut it at 31 December; to read it whole, a “year” "
    "column (“année”) giving each reading its campaign's year (trend already reads it as "
    "one wave); readings of 2024: lines 2, 3, 4, 5, 6, …")
CUT_FR = ("Année 2025 ; laissé de côté : 2024 (60 entités, de la même campagne que 2025, "
          "coupée au 31 décembre)")


@pytest.mark.parametrize("fast", [False, True])
def test_a_campaign_across_new_year_is_said_with_its_run_counts_rows_and_fix(
        tmp_path, monkeypatch, fast):
    """On the general reader and on the columnar one (dates as codes): the same problem."""
    f = _campaign(tmp_path / "newyear.csv")
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    [p] = bm.validate(f)
    assert (p.code, p.severity, p.count) == ("campaign-crosses-year", "warning", 60)
    assert p.message == CAMPAIGN_FR
    assert p.text("en") == CAMPAIGN_EN
    assert p.rows.tolist() == list(range(2, 62))  # the rows of 2024, every one
    coded = read_coded(f)
    assert [x.to_dict() for x in coded.attrs["problems"]] == [p.to_dict()]


def test_the_columnar_path_says_the_same_as_the_general_reader(tmp_path, monkeypatch):
    f = _campaign(tmp_path / "newyear.csv")
    normal = [p.to_dict() for p in bm.validate(f)]
    monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    assert [p.to_dict() for p in bm.validate(f)] == normal


def test_a_wide_file_counts_readings_and_entities_of_each_side(tmp_path):
    """Dates spread per reading (two platforms of one date column): the same rule."""
    from .test_year_date_mismatch import _odd  # 68 as 67, 2B as 2A: one council, one answer

    rows = ["Code;Facebook;Instagram;Date"]
    for i, c in enumerate(CODES):
        rows.append(f"{c};Oui;{'Oui' if _odd(i, c) else 'Non'};"
                    f"{'10/12/2024' if i < 60 else '15/01/2025'}")
    f = tmp_path / "large.csv"
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    [p] = bm.validate(f)
    assert p.code == "campaign-crosses-year" and p.count == 120
    assert "120 relevés (60 entités) en 2024, 82 relevés (41 entités) en 2025" in p.message
    assert p.rows.tolist() == list(range(2, 62))


def test_compare_says_the_year_left_aside_is_of_the_same_campaign(cli, tmp_path):
    f = _campaign(tmp_path / "newyear.csv")
    out = cli("compare", "--type", "departement", "--data", f).stdout
    assert CUT_FR in out.splitlines()
    res = cli("compare", "--type", "departement", "--data", f, "-f", "json", "--lang", "en")
    assert ("Year 2025; left aside: 2024 (60 entities, of the same campaign as 2025, cut at "
            "31 December)") in res.stderr.splitlines()
    [fb] = [r for r in json.loads(res.stdout) if r["platform"] == "facebook"]
    assert (fb["year"], fb["n_present"], fb["n_base"]) == (2025, 33, 41)  # cut, as before
    out = cli("compare", "--type", "departement", "--data", f, "--year", "2024").stdout
    assert ("Année 2024 ; laissé de côté : 2025 (41 entités, de la même campagne que 2024, "
            "coupée au 31 décembre)") in out.splitlines()
    # the library says it: on the coded readings and on the frame
    from barometre.analysis.survey import compare_survey_records

    for survey in (read_coded(f), bm.read_survey(f)):
        rows = compare_survey_records(survey, "departement")
        assert rows.attrs["years_left_aside"] == {2024: 60}
        assert rows.attrs["years_same_campaign"] == {2024: 2025}


def test_rank_benchmark_and_report_say_the_readings_set_aside_are_of_the_campaign(
        cli, tmp_path):
    f = _campaign(tmp_path / "newyear.csv", followers=True)
    # the 60 readings of 2024 set aside, the 12 « Non » among them (compare's 60 entities):
    # a 2024 « Non » is not 2025's « sans compte »
    clause = "60 relevés de 2024 (de la même campagne que 2025, coupée au 31 décembre)"
    out = cli("rank", "--platform", "facebook", "--data", f).stdout
    assert f"relevés 2025 ; plus anciens, laissés de côté : {clause}" in out
    r = bm.rank(bm.read_survey(f), "facebook")
    assert (r.attrs["set_aside"], r.attrs["same_campaign"]) == ({2024: 60}, {2024: 2025})
    out = cli("benchmark", "--entity", "75", "--data", f, "--lang", "en").stdout
    assert ("older, set aside: Facebook: 60 readings of 2024 (of the same campaign as 2025, "
            "cut at 31 December)") in out
    report = tmp_path / "rapport.xlsx"
    assert cli("report", "--data", f, "--entity", "75", "-o", report).exit_code == 0
    import openpyxl

    cells = [v for ws in openpyxl.load_workbook(report) for row in ws.iter_rows(values_only=True)
             for v in row if isinstance(v, str)]
    assert typeset(f"Plus anciens, laissés de côté : Facebook : {clause}", "fr") in cells  # Benchmark
    assert any(v.endswith(typeset(f"laissés de côté : Facebook : {clause}", "fr")) and v.startswith("relevés")
               for v in cells)  # Sources et méthode: the Classement's readings


def test_two_separate_campaigns_keep_the_years_warning(cli, tmp_path):
    f = _campaign(tmp_path / "deux.csv", dates=("15/03/2024", "15/03/2025"))
    [p] = bm.validate(f)
    assert p.code == "multi-year"
    assert p.message == ("le fichier couvre plusieurs années : 2024 (60 relevés), 2025 "
                         "(41 relevés) ; compare_survey montre la dernière, year= pour en choisir "
                         "une autre")
    out = cli("compare", "--type", "departement", "--data", f).stdout
    assert "Année 2025 ; laissé de côté : 2024 (60 entités)" in out.splitlines()


def test_a_stated_year_is_certain_no_campaign_warning(cli, tmp_path):
    """An année column of 2025 on every row: one year, 81/101 (the stated year wins); of
    each date's year: the years are stated, the plain warning."""
    f = _campaign(tmp_path / "annee.csv", year=2025)
    assert bm.validate(f) == []
    res = cli("compare", "--type", "departement", "--data", f, "-f", "json")
    [fb] = [r for r in json.loads(res.stdout) if r["platform"] == "facebook"]
    assert (fb["year"], fb["n_present"], fb["n_base"]) == (2025, 81, 101)
    f = _campaign(tmp_path / "annees.csv", year=lambda d: d[-4:])
    assert [p.code for p in bm.validate(f)] == ["multi-year"]


def test_a_series_of_the_same_entities_is_not_one_campaign(tmp_path):
    """Every month from November to February, the same départements: one run of dates
    across 31 December, but each entity read on both sides: a series, the years warning."""
    rows = ["code;plateforme;present;abonnes;date"]
    for month in ("15/11/2024", "15/12/2024", "15/01/2025", "15/02/2025"):
        rows += [f"{c};Facebook;Oui;{100 + i};{month}" for i, c in enumerate(CODES[:10])]
    f = tmp_path / "serie.csv"
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert [p.code for p in bm.validate(f)] == ["multi-year"]


def test_an_earlier_separate_year_keeps_its_count_beside_the_campaign(tmp_path):
    """March 2023, then the campaign across New Year: both said."""
    rows = ["code;plateforme;present;date"]
    rows += [f"{c};Facebook;Oui;15/03/2023" for c in CODES[:5]]
    rows += [f"{c};Facebook;Oui;{'10/12/2024' if i < 3 else '15/01/2025'}"
             for i, c in enumerate(CODES[:5])]
    f = tmp_path / "trois.csv"
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found = bm.validate(f)
    assert [p.code for p in found] == ["multi-year", "campaign-crosses-year"]
    assert "2023 (5 relevés), 2024 (3 relevés), 2025 (2 relevés)" in found[0].message
    assert found[1].rows.tolist() == [7, 8, 9]


def test_the_run_rule_is_the_waves_one():
    """One rule: trend's waves and the reader's runs cut at the same gap."""
    from barometre.analysis import waves
    from barometre.survey.rules import WAVE_GAP_DAYS, date_runs

    assert waves.WAVE_GAP_DAYS == WAVE_GAP_DAYS == 60
    d = np.array(["2024-10-11", "2024-12-10", "2025-02-09", "2025-04-10"],
                 dtype="datetime64[D]")  # 60 days, 61 days, 60 days apart
    assert date_runs(d) == [slice(0, 2), slice(2, 4)]


def test_the_report_says_which_year_its_figures_are_and_what_they_leave_aside(cli, tmp_path):
    """The Synthèse said "80 % (n = 41), 2025" beside "Couverture 101 sur 101" without a word
    of the 60 entities read in December: it now says compare's footer, and so does Sources et
    méthode, in both languages; a file of one year says nothing of the kind."""
    import openpyxl

    def lines(report, sheet):
        return [v for row in openpyxl.load_workbook(report)[sheet].iter_rows(values_only=True)
                for v in row if isinstance(v, str)]

    f = _campaign(tmp_path / "newyear.csv")
    fr, en = tmp_path / "r.xlsx", tmp_path / "r-en.xlsx"
    assert cli("report", "--data", f, "--type", "departement", "-o", fr).exit_code == 0
    # s33: the report's Évolution draws the December readings, so they are said out of the
    # year's figures and used there, not « laissé de côté » (compare's words, one year shown)
    cut_fr = ("Année 2025 ; 2024 (60 entités, de la même campagne que 2025, coupée au 31 "
              "décembre) : hors des chiffres de 2025, repris dans la feuille « Évolution »")
    assert typeset(cut_fr, "fr") in lines(fr, "Synthèse")
    src = lines(fr, "Sources et méthode")
    assert src[src.index("Année des chiffres") + 1] == typeset(cut_fr, "fr")
    assert cli("report", "--data", f, "--type", "departement", "-o", en,
               "--lang", "en").exit_code == 0
    cut_en = ("Year 2025; 2024 (60 entities, of the same campaign as 2025, cut at 31 December): "
              "not in the figures of 2025, used in the “Trend” sheet")
    assert cut_en in lines(en, openpyxl.load_workbook(en).sheetnames[0])  # the summary
    one = _campaign(tmp_path / "one.csv", dates=("06/10/2025", "20/10/2025"))
    r1 = tmp_path / "r1.xlsx"
    assert cli("report", "--data", one, "--type", "departement", "-o", r1).exit_code == 0
    assert not any("laissé de côté" in v for v in lines(r1, "Synthèse"))
    assert "Année des chiffres" not in lines(r1, "Sources et méthode")
