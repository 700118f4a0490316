"""A wave read from several files is compared as trend counts it (waves22b, then blank25).

Set A (tests/files/waves21): a_w2024.csv (15/10/2024) reads its Instagram blanks as absence
(its column holds no « Non »), a_w2025oct.csv (14/10/2025) as not answered.
tests/files/waves22/a_w2024_debut.csv is a first delivery of the 2024 campaign (10/10/2024,
Instagram only, with a « Non »), pooled with a_w2024.csv into the wave of 15/10/2024; on
15/10 the six départements it read are:

    code  10/10  15/10   2025       counted 2024            status
    01    Non    Oui     Oui        Oui (15/10)             stayed
    02    Oui    blank   Oui        Non (15/10, absence)    joined
    04    Non    blank   Non        Non (15/10, absence)    absent
    06    Non    blank   Oui        Non (15/10, absence)    joined
    10    NR     blank   Oui        Non (15/10, absence)    joined
    12    Oui    blank   blank      Non (15/10, absence)    not comparable (unknown in 2025)

Each file reads its blanks by its own rule and the latest answered reading of a wave counts,
as trend and compare count it (13/27 = 48 % in 2024). waves22b made changes alone read the
14 blanks of 15/10 as not answered, falling back on 10/10's answers (1 joined, 87,5 % →
93,75 %): changes then disagreed with trend, and its 2024 figure depended on whether 2025
held a blank (blank25). Now: 7 joined, 0 left, 13 stayed, 1 absent, 21 comparable,
13/21 = 62 % → 20/21 = 95 %, the figures of set A without the first delivery.
"""

from __future__ import annotations

import openpyxl

import barometre as bm
from barometre.render.excel.cells import typeset

from .conftest import FILES, as_json

A = FILES / "waves21"
OLD, NEW = A / "a_w2024.csv", A / "a_w2025oct.csv"
FIRST = FILES / "waves22" / "a_w2024_debut.csv"
DATA = ("--data", FIRST, "--data", OLD, "--data", NEW)


def _cells(path, sheet):
    return [c.value for row in openpyxl.load_workbook(path)[sheet].iter_rows() for c in row
            if c.value is not None]


def test_changes_compares_the_wave_trend_counts(cli):
    res = cli("changes", *DATA, "-f", "json")
    ig = next(r for r in as_json(res) if r["platform"] == "instagram")
    assert (ig["joined"], ig["left"], ig["stayed"], ig["stayed_absent"], ig["n_paired"],
            ig["not_comparable"]) == (7, 0, 13, 1, 21, 9)
    without = next(r for r in as_json(cli("changes", "--data", OLD, "--data", NEW, "-f", "json"))
                   if r["platform"] == "instagram")
    assert {k: ig[k] for k in ("joined", "share_old", "share_new", "p_value")} == {
        k: without[k] for k in ("joined", "share_old", "share_new", "p_value")}
    said = [line for line in res.stderr.splitlines() if line.startswith("⚠ Instagram")]
    assert said == ["⚠ Instagram : cases vides lues comme absence à la vague du 15 octobre 2024 "
                    "(14), comme « non renseigné » à la vague du 14 octobre 2025 (5) ; chaque "
                    "vague est lue selon sa règle (les premières comparées comme des « Non », "
                    "les autres hors des entités comparables), les arrivées et départs peuvent "
                    "en venir (--blank unknown les lit toutes comme « non renseigné »)"]
    # trend on the same files: the same 2024 reading, 13 present of 27 answered
    trend = as_json(cli("trend", "-t", "departement", *DATA, "-p", "instagram", "-f", "json"))
    assert [(r["n_present"], r["n_base"]) for r in trend] == [(13, 27), (23, 24)]


def test_the_list_and_the_wave_hold_each_files_reading(cli):
    rows = as_json(cli("changes", *DATA, "-p", "instagram", "--list", "-f", "json"))
    got = {r["code"]: (r["status"], r["reason"], r["present_old"], r["present_new"])
           for r in rows if r["code"] in {"01", "02", "04", "06", "10", "12"}}
    assert got == {"01": ("stayed", None, True, True), "02": ("joined", None, False, True),
                   "04": ("absent", None, False, False), "06": ("joined", None, False, True),
                   "10": ("joined", None, False, True),
                   "12": ("not_comparable", "unknown_new", False, None)}
    for w in (bm.read_waves([FIRST, OLD, NEW]),
              bm.read_waves([FIRST, OLD, NEW], compare=(None, None))):
        assert "blank_earlier" not in w.attrs
        t = bm.transitions(w, platforms="instagram")
        assert t.attrs["blank_rules"] == [{"platform": "instagram",
                                           "absent": {"2024-10-15": 14},
                                           "unknown": {"2025-10-14": 5}}]
        row = w[(w["code"] == "02") & (w["platform"] == "instagram")
                & (w["wave_label"] == "2024-10-15")].iloc[0]
        assert (bool(row["present"]), row["file"]) == (False, "a_w2024.csv")


def test_the_report_counts_no_blank_twice(cli, tmp_path):
    """The report's « Réponses vides » added « Mouvements, en plus : Instagram : 14 à la
    vague du 15 octobre 2024 », the blanks changes made unknown: none now."""
    out = tmp_path / "r.xlsx"
    assert cli("report", *DATA, "-o", out).exit_code == 0
    rows = list(openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True))
    ig = next(r for r in rows if r[0] == "Instagram")
    assert ig[1:5] == (7, 0, 13, 9)
    sources = _cells(out, "Sources et méthode")
    blanks = sources[sources.index("Réponses vides") + 1]
    assert blanks.endswith(typeset("(hors base : Facebook : 1 en 2024, 2 en 2025 ; Instagram : "
                                   "5 en 2025)", "fr"))
    rule = sources[sources.index("Cases vides entre vagues") + 1]
    assert rule.startswith(typeset("Instagram : cases vides lues comme absence à la vague du 15 "
                                   "octobre 2024 (14)", "fr")) and "chaque vague est lue selon sa règle" in rule
    en = tmp_path / "en.xlsx"
    assert cli("report", "--data", OLD, "--data", NEW, "-o", en, "--lang", "en").exit_code == 0
    sources = _cells(en, "Sources and method")
    assert sources[sources.index("Blank answers") + 1].endswith(
        "(left out: Facebook: 1 in 2024, 2 in 2025; Instagram: 5 in 2025)")
