"""A platform not read in the benchmark's year says so (user review, session 33).

Two waves, TikTok asked in 2025 only: under « Benchmark : Loire-Atlantique (44), 2026 » the
Synthèse said « TikTok : sans compte », 2025's answer read as 2026's; the Benchmark sheet's
« Année des relevés comparés » of TikTok was empty, Sources et méthode said « relevés de
2026 ». A platform without any follower count had no year compared (``year`` missing), its
older answers compared as if current. Now its year is that of its latest readings, and every
view says the platform was not read in the benchmark's year, its line of its own year: the
CLI's ``benchmark``, the chart, the report's Synthèse, Benchmark and Sources et méthode.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

NAMES = ["Loire-Atlantique", "Ille-et-Vilaine", "Finistère", "Morbihan", "Côtes-d'Armor"]


def _long(tmp_path, tiktok=("Non", "Non", "Non", "Non", "Non"), counts=("", "", "", "", "")):
    """One long file: Facebook in 2025 and 2026, TikTok in 2025 only."""
    lines = ["Département;Réseau;Présence;Abonnés;Date du relevé"]
    for i, n in enumerate(NAMES):
        lines.append(f"{n};Facebook;Oui;{40000 - 5000 * i};15/10/2025")
        lines.append(f"{n};TikTok;{tiktok[i]};{counts[i]};15/10/2025")
        lines.append(f"{n};Facebook;Oui;{42000 - 5000 * i};05/11/2026")
    path = tmp_path / "releves.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _waves(tmp_path):
    """Two files: 2025 with TikTok, 2026 without it."""
    old = ["Département;Facebook;Abonnés Facebook;TikTok;Date du relevé"]
    new = ["Département;Facebook;Abonnés Facebook;Date du relevé"]
    for i, n in enumerate(NAMES):
        old.append(f"{n};Oui;{40000 - 5000 * i};Non;15/10/2025")
        new.append(f"{n};Oui;{42000 - 5000 * i};05/11/2026")
    a, b = tmp_path / "vague-2025.csv", tmp_path / "vague-2026.csv"
    a.write_text("\n".join(old) + "\n", encoding="utf-8")
    b.write_text("\n".join(new) + "\n", encoding="utf-8")
    return a, b


def test_benchmark_frame_gives_the_year_of_a_platform_without_counts(tmp_path):
    b = bm.benchmark(bm.read_survey(_long(tmp_path)), "44").set_index("platform")
    assert b.loc["tiktok", "year"] == 2025 and b.loc["tiktok", "entity_year"] == 2025
    assert b.loc["facebook", "year"] == 2026
    assert b.attrs["years"] == [2025, 2026]
    assert b.loc["tiktok", "n_no_account"] == 4  # its 2025 peers, said of 2025


@pytest.mark.parametrize("lang, line", [
    ("fr", "TikTok : non relevé en 2026 ; dernier relevé (2025) : sans compte (aucun pair "
           "avec un nombre d'abonnés ; 4 sans compte)"),
    ("en", "TikTok: not read in 2026; latest reading (2025): without an account (no peer "
           "with a count; 4 without an account)")])
def test_cli_benchmark_says_the_platform_not_read_in_its_year(cli, tmp_path, lang, line):
    out = cli("benchmark", "-e", "44", "-d", _long(tmp_path), "--lang", lang)
    assert out.exit_code == 0, out.output
    assert line in out.stdout.splitlines()


def test_cli_benchmark_ranked_platform_of_an_older_year(cli, tmp_path):
    """TikTok counted in 2025: its rank among 2025's peers, said of 2025."""
    path = _long(tmp_path, ("Oui", "Oui", "Oui", "Non", "Oui"), ("2 000", "1 200", "900", "", "500"))
    out = cli("benchmark", "-e", "44", "-d", path).stdout.splitlines()
    tiktok = next(x for x in out if x.startswith("TikTok"))
    assert tiktok.startswith("TikTok : non relevé en 2026 ; dernier relevé (2025) : "
                             "2\u202f000 abonnés, 1er sur 4")


def test_chart_names_the_year_of_a_platform_not_read(tmp_path):
    fig = bm.charts.benchmark(bm.read_survey(_long(tmp_path)), "44")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Facebook", "TikTok (2025)"]
    cap = fig.get_supxlabel().replace("\n", " ")
    assert "Non relevé en 2026, dernier relevé montré : TikTok (2025)." in cap
    en = bm.charts.benchmark(bm.read_survey(_long(tmp_path)), "44", lang="en")
    assert "Not read in 2026, latest reading shown: TikTok (2025)." in (
        en.get_supxlabel().replace("\n", " "))


def _cells(ws):
    return [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)
            if any(c is not None for c in row)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_says_the_platform_not_read_in_the_benchmark_year(cli, tmp_path, lang):
    a, b = _waves(tmp_path)
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--data", a, "--data", b, "--entity", "44", "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    en = lang == "en"
    summary = [r[0] for r in _cells(wb["Summary" if en else "Synthèse"])]
    # as the workbook writes them: no-break spaces before « : » and « ; » in French (s33)
    assert typeset("Benchmark: Loire-Atlantique (44), 2026" if en
                   else "Benchmark : Loire-Atlantique (44), 2026", lang) in summary
    assert typeset("TikTok: not read in 2026; latest reading (2025): without an account (no "
                   "peer with a count)" if en else
                   "TikTok : non relevé en 2026 ; dernier relevé (2025) : sans compte (aucun "
                   "pair avec un nombre d'abonnés)", lang) in summary
    assert not any(x.startswith(typeset("TikTok : sans compte", "fr")) or x.startswith("TikTok: without")
                   for x in summary if isinstance(x, str))
    rows = _cells(wb["Benchmark"])
    head = next(r for r in rows if r[0] in ("Réseau", "Platform"))
    tiktok = next(r for r in rows if r[0] == "TikTok" and len(r) > 2)
    assert tiktok[-1] == 2025 and head[-1] == ("Year of the readings compared" if en
                                               else "Année des relevés comparés")
    assert [typeset(("TikTok: not read in 2026; its row gives the latest reading, of 2025 "
                     "(“Year of the readings compared”), not a figure of 2026") if en else
                    ("TikTok : non relevé en 2026 ; sa ligne donne le dernier relevé, de 2025 "
                     "(« Année des relevés comparés »), non un chiffre de 2026"), lang)] in rows
    method = dict(r[:2] for r in _cells(wb["Sources and method" if en else "Sources et méthode"])
                  if len(r) >= 2)
    ranked = method["Ranking and benchmark" if en else "Classement et benchmark"]
    assert ranked.startswith(typeset("readings of 2026 (TikTok: 2025)" if en
                                     else "relevés de 2026 (TikTok : 2025)", lang))
