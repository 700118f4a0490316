"""rng28: a sure range (« fourchette sûre », k/N to (k + u)/N, said « certainement ») is
printed rounded outward, its low bound down and its high bound up, so that what is printed
contains the exact range: 39/101 = 38,6 % to 43/101 = 42,6 % read « 39–43 % », which left
38,6 % out. The sure range of a change (``changes``' p column) likewise; a 95 % interval
keeps the rounding to the nearest; CSV/JSON keep the exact values."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import openpyxl
import pytest

from barometre.datasets import reference

from .conftest import as_json

NN = "\u202f"


def _census(path, present: int, absent: int, year: int = 2025, joined: int = 0) -> None:
    """The 101 départements on TikTok: ``present`` « Oui », ``absent`` « Non », the rest
    blank (not answered); Facebook answered by all (a census beside it)."""
    codes = sorted(reference.entities("departement")["code"])
    rows = ["code;plateforme;present;date"]
    for i, c in enumerate(codes):
        tiktok = "Oui" if i < present else "Non" if i < present + absent else ""
        rows += [f"{c};tiktok;{tiktok};15/10/{year}", f"{c};facebook;{'Oui' if i % 2 else 'Non'};15/10/{year}"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_compare_and_trend_print_a_sure_range_that_contains_it(cli, tmp_path):
    data = tmp_path / "c2025.csv"
    _census(data, 39, 58)  # 39 of 97 answered, 4 unknown: 39/101 to 43/101
    for command in ("compare", "trend"):
        text = cli(command, "--data", data, "--type", "departement", "-p", "tiktok").stdout
        assert f"fourchette sûre : 38–43{NN}%" in text, text  # 38,6 % to 42,6 %, never « 39–43 »
        en = cli(command, "--data", data, "--type", "departement", "-p", "tiktok", "--lang", "en").stdout
        assert "sure range: 38–43%" in en, en
    rec = as_json(cli("compare", "--data", data, "--type", "departement", "-p", "tiktok",
                      "--format", "json"))[0]
    assert rec["ci_kind"] == "sure"  # the bounds at 4 decimals, outward too: 43/101 is
    # 0.425742…, 0.4257 (the nearest) was inside the range
    assert (rec["ci_low"], rec["ci_high"]) == (0.3861, 0.4258)
    assert rec["ci_low"] <= 39 / 101 and rec["ci_high"] >= 43 / 101


def test_the_report_says_and_shows_the_sure_range_outward(cli, tmp_path):
    data, out = tmp_path / "c2025.csv", tmp_path / "r.xlsx"
    _census(data, 39, 58)
    assert cli("report", "--data", data, "--type", "departement", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    said = [c.value for r in wb["Synthèse"].iter_rows() for c in r if isinstance(c.value, str)]
    assert any(f"fourchette sûre\u00a0: 38–43{NN}%" in s for s in said), said
    ws = wb["Adoption"]
    heads = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "TikTok")
    low, high = row[heads.index("Intervalle bas")], row[heads.index("Intervalle haut")]
    # the cells show what the text says: « 38 % » and « 43 % », a range containing 38,6 %;
    # they hold the exact bounds, 39/101 and 43/101 (session 31: they held 0.38 and 0.43,
    # rounded, which a formula or a filter read as the bounds): « 38 % » is a literal
    # format, Excel's « 0 % » rounding 38,6 % to the nearest, 39
    assert (low.value, high.value) == (pytest.approx(39 / 101, rel=1e-12),
                                       pytest.approx(43 / 101, rel=1e-12))
    assert (low.number_format, high.number_format) == ('"38 %"', "0 %")


def test_a_95_interval_keeps_the_nearest():
    from barometre.render.formats import fmt_ci

    assert fmt_ci(0.386, 0.426) == f"IC 95{NN}% : 39–43{NN}%"
    assert fmt_ci(0.386, 0.426, sure=True) == f"fourchette sûre : 38–43{NN}%"
    assert fmt_ci(12 / 28, 18 / 28, "en", sure=True) == "sure range: 42–65%"  # 42,9 % to 64,3 %
    assert fmt_ci(11 / 13, 12 / 13, sure=True) == f"fourchette sûre : 84–93{NN}%"
    # never below 0 nor above 100; an end is said only when it is one
    assert fmt_ci(0.0, 0.004, "en", sure=True) == "sure range: 0–1%"
    assert fmt_ci(0.996, 1.0, "en", sure=True) == "sure range: 99–100%"


def test_changes_prints_the_sure_change_outward(cli, tmp_path):
    old, new = tmp_path / "c2024.csv", tmp_path / "c2025.csv"
    _census(old, 23, 74, 2024)  # 4 unknown both years: the change is 12/101 to 20/101
    _census(new, 39, 58)
    args = ("changes", "--data", old, "--data", new, "--type", "departement", "-p", "tiktok")
    rec = as_json(cli(*args, "--format", "json"))[0]
    # 6 decimals, outward: 12/101 = 0.1188118…, 0.118812 (the nearest) was inside it
    assert (rec["change_low"], rec["change_high"]) == (0.118811, 0.19802)
    assert rec["change_low"] <= 12 / 101 and rec["change_high"] >= 20 / 101
    # +11,88 to +19,80 pts: never « +11,9 à +19,8 », which leaves both ends out
    res = cli(*args)
    assert res.exit_code == 0, res.output
    assert "+11,8 à +19,9 pts" in res.stdout, res.stdout
    assert "« +11,8 à +19,9 pts » à la place de p" in res.stdout
    assert "+11.8 to +19.9 pts" in cli(*args, "--lang", "en").stdout


def _adoption_row(path, platform: str):
    ws = openpyxl.load_workbook(path)["Adoption"]
    heads = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == platform)
    return row[heads.index("Intervalle bas")], row[heads.index("Intervalle haut")]


def test_the_report_cells_hold_the_exact_bounds_and_show_them_outward(cli, tmp_path):
    """50 « Oui », 2 unknown of the 101: certainly 50/101 = 49,5 % to 52/101 = 51,5 %, said
    « 49–52 % ». The cells held 0.49 and 0.52, rounded: a formula, a filter or a chart on
    them read bounds that are not the range's. They hold 50/101 and 52/101 and show « 49 % »
    and « 52 % », where Excel's « 0 % » would round both inward, « 50 % » and « 51 % »."""
    data, out = tmp_path / "c2025.csv", tmp_path / "r.xlsx"
    _census(data, 50, 49)
    assert cli("report", "--data", data, "--type", "departement", "-o", out).exit_code == 0
    low, high = _adoption_row(out, "TikTok")
    said = [c.value for r in openpyxl.load_workbook(out)["Synthèse"].iter_rows() for c in r
            if isinstance(c.value, str)]
    assert any(f"fourchette sûre\u00a0: 49–52{NN}%" in s for s in said), said
    assert (low.value, high.value) == (pytest.approx(50 / 101, rel=1e-12),
                                       pytest.approx(52 / 101, rel=1e-12))
    assert (low.number_format, high.number_format) == ('"49 %"', '"52 %"')
    en = tmp_path / "en.xlsx"
    assert cli("report", "--data", data, "--type", "departement", "-o", en,
               "--lang", "en").exit_code == 0
    ws = openpyxl.load_workbook(en)["Adoption"]
    heads = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "TikTok")
    low, high = row[heads.index("Interval low")], row[heads.index("Interval high")]
    assert (low.number_format, high.number_format) == ('"49%"', '"52%"')


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")),
                    reason="LibreOffice not installed")
def test_a_spreadsheet_shows_the_sure_range_outward(cli, tmp_path):
    """The Adoption sheet as LibreOffice shows it (converted to CSV, cells as shown): the
    sure range 49,5–51,5 % reads « 49 % » and « 52 % », the text's « 49–52 % »."""
    data, out = tmp_path / "c2025.csv", tmp_path / "rapport.xlsx"
    _census(data, 50, 49)
    assert cli("report", "--data", data, "--type", "departement", "-o", out).exit_code == 0
    exe = shutil.which("libreoffice") or shutil.which("soffice")
    profile = (tmp_path / "lo-profile").as_uri()
    # comma, double quote, UTF-8, from line 1, …, cells as shown, every sheet (-1)
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
    res = subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                          csv_filter, "--outdir", str(tmp_path), str(out)],
                         capture_output=True, text=True, timeout=180)
    assert res.returncode == 0, res.stderr
    rows = list(csv.reader(io.StringIO(
        (tmp_path / "rapport-Adoption.csv").read_text(encoding="utf-8"))))
    heads = rows[0]
    tiktok = next(r for r in rows if len(r) > 1 and r[1] == "TikTok")
    assert (tiktok[heads.index("Intervalle bas")], tiktok[heads.index("Intervalle haut")]) \
        == ("49 %", "52 %")
