"""rng28: a sure range (« fourchette sûre », k/N to (k + u)/N, said « certainement ») is
printed rounded outward, its low bound down and its high bound up, so that what is printed
contains the exact range: 39/101 = 38,6 % to 43/101 = 42,6 % read « 39–43 % », which left
38,6 % out. The sure range of a change (``changes``' p column) likewise; a 95 % interval
keeps the rounding to the nearest; CSV/JSON keep the exact values."""

from __future__ import annotations

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
    assert any(f"fourchette sûre : 38–43{NN}%" in s for s in said), said
    ws = wb["Adoption"]
    heads = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "TikTok")
    low, high = row[heads.index("Intervalle bas")], row[heads.index("Intervalle haut")]
    # the cells show what the text says: « 38 % » and « 43 % », a range containing 38,6 %
    assert (low.value, high.value) == (pytest.approx(0.38), pytest.approx(0.43))
    assert low.number_format == high.number_format == "0 %"


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
