"""A sure range (« fourchette sûre » k/N to (k + u)/N) assumes nothing: the report's key line
said « fourchette sûre : 88–95 % ; tirage au hasard supposé » two lines above its own
definition « rien n'est supposé ni tiré », and the adoption chart's caption « tirage au
hasard supposé » under sure ranges alone (review rev28f)."""

from __future__ import annotations

import openpyxl

import barometre as bm


def _regions(path):
    """The 18 régions on Facebook: 16 « Oui », 1 « Non », 1 blank (not answered)."""
    codes = sorted(bm.entities("region")["code"])
    rows = ["code;plateforme;présent;date"]
    for i, c in enumerate(codes):
        rows.append(f"{c};Facebook;{'Oui' if i < 16 else 'Non' if i == 16 else ''};15/10/2025")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_key_line_of_a_sure_range_assumes_no_draw(cli, tmp_path):
    data = _regions(tmp_path / "r.csv")
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", data, "--type", "region", "-o", out).exit_code == 0
    lines = [v for r in openpyxl.load_workbook(out)["Synthèse"].iter_rows(values_only=True)
             for v in r if isinstance(v, str) and "des régions sur Facebook" in v]
    assert lines and "fourchette sûre" in lines[0], lines
    assert "tirage au hasard" not in lines[0]


def test_the_chart_of_sure_ranges_alone_assumes_no_draw(cli, tmp_path):
    data = _regions(tmp_path / "r.csv")
    out = tmp_path / "a.svg"
    assert cli("chart", "adoption", "--data", data, "--type", "region", "-o", out).exit_code == 0
    svg = out.read_text(encoding="utf-8")
    assert "fourchette sûre" in svg
    assert "tirage au hasard" not in svg


def test_compare_under_sure_ranges_alone_assumes_no_draw(cli, tmp_path):
    """compare said « Les intervalles supposent un tirage au hasard des entités ayant
    répondu en 2025 (17 sur 18 régions …) » under a table of sure ranges alone."""
    data = _regions(tmp_path / "r.csv")
    res = cli("compare", "--data", data, "--type", "region")
    assert res.exit_code == 0, res.output
    assert "fourchette sûre : 88–95 %" in res.stdout.replace("\u202f", " ")
    assert "tirage au hasard" not in res.stdout + res.stderr


def test_trend_under_sure_ranges_alone_assumes_no_draw(cli, tmp_path):
    """trend --data said the same « Les intervalles supposent un tirage au hasard … »."""
    data = _regions(tmp_path / "r.csv")
    res = cli("trend", "--data", data, "--type", "region")
    assert res.exit_code == 0, res.output
    assert "fourchette sûre : 88–95 %" in res.stdout.replace("\u202f", " ")
    assert "tirage au hasard" not in res.stdout + res.stderr
