"""A blank read as absence, counted as not answered between waves, hides no earlier answer
(waves22b; waves21a made those blanks not answered, rvwaves21 finding 1).

Set A (tests/files/waves21): a_w2024.csv (15/10/2024) reads its Instagram blanks as absence
(its column holds no « Non »), a_w2025oct.csv (14/10/2025) as not answered: ``changes``
counts the 14 blanks of 2024 as not answered in both waves. tests/files/waves22/
a_w2024_debut.csv is a first delivery of the 2024 campaign (10/10/2024, Instagram only, with
a « Non »), pooled with a_w2024.csv into the wave of 15/10/2024; on 15/10 the six
départements it read are:

    code  10/10  15/10   2025       counted 2024          status
    01    Non    Oui     Oui        Oui (15/10 answers)   stayed
    02    Oui    blank   Oui        Oui (10/10)           stayed      (was not comparable)
    04    Non    blank   Non        Non (10/10)           absent      (was not comparable)
    06    Non    blank   Oui        Non (10/10)           joined      (was not comparable)
    10    NR     blank   Oui        unknown               not comparable
    12    Oui    blank   blank      Oui (10/10)           not comparable (unknown in 2025)

Hand: the 13 stayed of waves21a + 02 stayed, 04 absent, 06 joined: 16 comparable, 1 joined,
0 left, 14/16 = 87,5 % → 15/16 = 93,75 %, +6,25 pts, McNemar p = 1; 30 − 16 = 14 not
comparable. Of the 14 blanks read as absence, 4 (02, 04, 06, 12) take the answer of
10/10, 10 stay not answered (08, 10, 14, 16, 18, 21, 23, 25, 27, 29).

2. The report's « Réponses vides » row counted only the key figures' blanks: it now adds those
   the Mouvements count as not answered (14 on set A alone, 10 with the first delivery).
"""

from __future__ import annotations

import openpyxl

import barometre as bm

from .conftest import FILES, as_json

A = FILES / "waves21"
OLD, NEW = A / "a_w2024.csv", A / "a_w2025oct.csv"
FIRST = FILES / "waves22" / "a_w2024_debut.csv"
DATA = ("--data", FIRST, "--data", OLD, "--data", NEW)


def _cells(path, sheet):
    return [c.value for row in openpyxl.load_workbook(path)[sheet].iter_rows() for c in row
            if c.value is not None]


# --------------------------------------------------------------------------- 1. fallback

def test_changes_takes_the_earlier_answer_of_the_wave_behind_a_blank(cli):
    res = cli("changes", *DATA, "-f", "json")
    ig = next(r for r in as_json(res) if r["platform"] == "instagram")
    # was 0 joined, 13 stayed, 0 absent, 13 comparable, 17 not comparable, 100 % → 100 %
    assert (ig["joined"], ig["left"], ig["stayed"], ig["stayed_absent"], ig["n_paired"],
            ig["not_comparable"]) == (1, 0, 14, 1, 16, 14)
    assert (ig["share_old"], ig["share_new"], ig["change"], ig["p_value"]) == (
        0.875, 0.9375, 0.0625, 1.0)
    # Facebook: the first delivery has no Facebook column, untouched (waves21a's figures)
    fb = next(r for r in as_json(res) if r["platform"] == "facebook")
    assert (fb["joined"], fb["left"], fb["n_paired"]) == (1, 2, 23)
    said = [line for line in res.stderr.splitlines() if line.startswith("⚠ Instagram")]
    assert said == ["⚠ Instagram : cases vides lues comme absence à la vague du 15 octobre 2024 "
                    "(14), comme « non renseigné » à la vague du 14 octobre 2025 (5) ; une case "
                    "vide ne se compare pas d'une vague à l'autre : des 14 lues comme absence, 10 "
                    "sont comptées comme non renseignées aux deux vagues (hors des entités "
                    "comparables), 4 prennent la réponse antérieure de la même vague (le relevé "
                    "répondu le plus récent compte)"]
    en = cli("changes", *DATA, "--lang", "en").stderr
    assert ("of the 14 read as absent, 10 are counted as not answered in both waves (out of the "
            "comparable entities), 4 take the earlier answer of the same wave (the latest "
            "answered reading counts)") in en
    table = cli("changes", *DATA).stdout
    line = next(x for x in table.splitlines() if x.startswith("Instagram"))
    assert line.split()[:10] == ["Instagram", "1", "0", "14", "14", "88", "%", "→", "94", "%"]
    assert "+6,3" in line


def test_the_list_names_each_one_by_its_earlier_answer(cli):
    out = cli("changes", *DATA, "-p", "instagram", "--list").stdout
    assert "  Arrivées (1) : Alpes-Maritimes (06)" in out
    assert "  Absents aux deux vagues (1) : Alpes-de-Haute-Provence (04)" in out
    assert "Restés présents (14) : Ain (01), Aisne (02)," in out
    assert "Aube (10, réponse inconnue à la vague du 15 octobre 2024)" in out
    assert "Aveyron (12, réponse inconnue à la vague du 14 octobre 2025)" in out
    rows = as_json(cli("changes", *DATA, "-p", "instagram", "--list", "-f", "json"))
    got = {r["code"]: (r["status"], r["reason"], r["present_old"], r["present_new"])
           for r in rows if r["code"] in {"01", "02", "04", "06", "10", "12", "14"}}
    assert got == {"01": ("stayed", None, True, True), "02": ("stayed", None, True, True),
                   "04": ("absent", None, False, False), "06": ("joined", None, False, True),
                   "10": ("not_comparable", "unknown_old", None, True),
                   "12": ("not_comparable", "unknown_new", True, None),
                   "14": ("not_comparable", "unknown_old", None, True)}


def test_api_every_way_of_reading_gives_the_earlier_answer():
    for w in (bm.read_waves([FIRST, OLD, NEW]),
              bm.read_waves([FIRST, OLD, NEW], compare=(None, None))):
        t = bm.transitions(w, platforms="instagram")
        assert t.attrs["blank_rules"] == [{"platform": "instagram", "absent": {"2024-10-15": 14},
                                           "unknown": {"2025-10-14": 5},
                                           "earlier": {"2024-10-15": 4}}]
        aisne = t[t["code"] == "02"].iloc[0]
        assert (aisne["status"], bool(aisne["present_old"])) == ("stayed", True)
        assert t["status"].value_counts().to_dict() == {
            "stayed": 14, "not_comparable": 14, "joined": 1, "absent": 1}
    # the wave itself keeps each file's reading (trend, compare): 02's blank of 15/10 is « Non »
    w = bm.read_waves([FIRST, OLD, NEW])
    row = w[(w["code"] == "02") & (w["platform"] == "instagram")
            & (w["wave_label"] == "2024-10-15")].iloc[0]
    assert (bool(row["present"]), row["file"]) == (False, "a_w2024.csv")
    # the panel of the two waves compared: the same answers
    p = bm.changes(bm.transitions(w, platforms="instagram", panel=True))
    assert (int(p["joined"].iloc[0]), int(p["n_paired"].iloc[0])) == (1, 16)


def test_chart_changes_draws_the_earlier_answers():
    fig = bm.charts.changes(bm.changes(bm.read_waves([FIRST, OLD, NEW])))
    notes = {t.get_gid(): t.get_text() for t in fig.axes[0].texts}
    assert notes["note:instagram"] == "+6,3 pts (p = 1,000)"  # was 0,0 pts


# --------------------------------------------------------------------------- 2. the counts

def test_report_counts_the_blanks_the_mouvements_leave_out(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", *DATA, "-o", out)
    assert res.exit_code == 0, res.output
    rows = list(openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True))
    ig = next(r for r in rows if r[0] == "Instagram")
    assert ig[1:5] == (1, 0, 14, 14) and (ig[5], ig[6]) == (0.875, 0.9375)
    moved = [r[1:4] for r in rows if r[0] == "Instagram" and r[3] == "Arrivées"]
    assert moved == [("06", "Alpes-Maritimes", "Arrivées")]
    sources = _cells(out, "Sources et méthode")
    blanks = sources[sources.index("Réponses vides") + 1]
    # the figures' blanks, each year's (2024's Facebook blank too: msg24), then the
    # Mouvements': 14 read as absence, 4 of them answered on 10/10
    assert blanks.endswith("(hors base : Facebook : 1 en 2024, 2 en 2025 ; Instagram : 5 en "
                           "2025 ; Mouvements, en plus : "
                           "Instagram : 10 à la vague du 15 octobre 2024, cases vides lues comme "
                           "absence et comptées comme non renseignées, l'autre vague lisant celles "
                           "de ce réseau comme « non renseigné » : voir « Cases vides entre "
                           "vagues »)")
    rule = sources[sources.index("Cases vides entre vagues") + 1]
    assert "des 14 lues comme absence, 10 sont comptées comme non renseignées" in rule


def test_report_counts_them_on_set_a_in_english(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", OLD, "--data", NEW, "-o", out, "--lang", "en").exit_code == 0
    sources = _cells(out, "Sources and method")
    blanks = sources[sources.index("Blank answers") + 1]
    assert blanks.endswith("(left out: Facebook: 1 in 2024, 2 in 2025; Instagram: 5 in 2025; "
                           "Changes sheet, also: Instagram: 14 in the wave of 15 October 2024, "
                           "blank cells read as absent and counted as not answered, the other wave reading this platform's as "
                           "'not answered': see 'Blank cells across waves')")
    # the same blanks in one rule: nothing more to count
    same = tmp_path / "s.xlsx"
    assert cli("report", "--data", OLD, "--data", NEW, "-o", same, "--blank", "unknown"
               ).exit_code == 0
    assert not [c for c in _cells(same, "Sources et méthode")
                if isinstance(c, str) and "Mouvements, en plus" in c]
