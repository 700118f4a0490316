"""Blank presence cells, per platform and per wave (blank25, a user review's two findings).

1. Following the advice of ``blank-ambiguous`` turned unsurveyed networks into « 0 %,
   exhaustif »: a région template, Facebook « x » or blank, X Oui/Non, Instagram, LinkedIn,
   YouTube and TikTok never touched. ``compare --blank absent`` printed those four « 0 %
   0/18 exhaustif ». A column (a platform at one wave) without any answer was not surveyed,
   whatever ``--blank`` says: left aside, and said so.
2. One blank cell in the new wave wiped out every Instagram arrival: 2024 « x » or blank,
   2025 Oui/Non but Vesoul's cell blank. changes read the 40 blanks of 2024 as not answered
   in both waves (« 100 % → 100 % », 40 not comparable), while trend read each wave by its
   own rule (+21 points); with Vesoul's cell « Non », 20 arrivals. Each wave's blanks are
   its own rule's: 2024's are absences, Vesoul's 2025 blank alone is unknown.
"""

from __future__ import annotations

import openpyxl

import barometre as bm

from .conftest import as_json

ABSENT_EVEN = "même avec --blank absent"


# --------------------------------------------------------------------------- 1. untouched columns

def _filled_region_template(folder):
    """The reviewer's regtpl.xlsx: 18 régions, Facebook « x » on the first 10 rows and blank
    on the other 8, X « Oui » on 12 and « Non » on 6, the other four platforms untouched."""
    path = bm.write_template(folder / "modele.xlsx", "region")
    wb = openpyxl.load_workbook(path)
    ws = wb["Enquête"]
    heads = [c.value for c in ws[1]]
    fb, x = heads.index("Facebook - présence") + 1, heads.index("X (ex-Twitter) - présence") + 1
    for i, r in enumerate(range(2, 20)):
        if i < 10:
            ws.cell(r, fb, "x")
        ws.cell(r, x, "Non" if i % 3 == 1 else "Oui")
    ws.cell(2, heads.index("Facebook - date du relevé") + 1, "15/10/2025")
    out = folder / "regtpl.xlsx"
    wb.save(out)
    return out


def test_the_template_advice_leaves_untouched_columns_aside(cli, tmp_path):
    src = _filled_region_template(tmp_path)
    res = cli("validate", src)
    assert res.exit_code == 1 and "--blank absent si une case vide veut dire pas de compte" \
        in res.stdout
    # the advice followed: Facebook's blanks are absences, the untouched platforms not
    # surveyed (was Instagram, LinkedIn, YouTube, TikTok « 0 % 0/18 exhaustif »)
    res = cli("compare", "--data", src, "--blank", "absent")
    assert res.exit_code == 0, res.output
    rows = [" ".join(line.split()) for line in res.stdout.splitlines()
            if line.startswith("région")]
    assert rows == ["région Facebook 2025 56 % 10/18 exhaustif 18 entités de l'enquête",
                    "région X (ex-Twitter) 2025 67 % 12/18 exhaustif 18 entités de l'enquête",
                    "région au moins un réseau 2025 83 % 15/18 exhaustif 18 entités de l'enquête"]
    for platform in ("Instagram", "LinkedIn", "YouTube", "TikTok"):
        assert platform not in res.stdout
    got = {r["platform"]: (r["n_present"], r["n_base"]) for r in as_json(
        cli("compare", "--data", src, "--blank", "absent", "-f", "json"))}
    assert got == {"facebook": (10, 18), "x": (12, 18), "any": (15, 18)}
    # validate says each untouched column, under --blank absent as without it
    checked = cli("validate", src, "--blank", "absent")
    assert checked.exit_code == 0
    said = [line for line in checked.stdout.splitlines() if "aucune réponse dans la colonne" in line]
    assert len(said) == 4 and all(ABSENT_EVEN in line for line in said)
    assert said[-1].endswith("TikTok : aucune réponse dans la colonne (ni présence, ni "
                             "abonnés, ni compte) : réseau non relevé, laissé de côté, même avec "
                             "--blank absent ; pour le compter, remplissez la colonne (Oui ou Non)")
    problems = bm.validate(src, blank="absent")
    assert [p.column for p in problems if p.code == "empty-platform-column"] == [
        "Instagram - présence", "LinkedIn - présence", "YouTube - présence", "TikTok - présence"]
    # rank and the report do not rank or show a platform nobody surveyed
    res = cli("rank", "-p", "tiktok", "--data", src, "--blank", "absent")
    assert res.exit_code == 1 and "TikTok : réseau non relevé" in res.stderr
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", src, "--blank", "absent", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Données"]
    assert {r[3] for r in ws.iter_rows(min_row=2, values_only=True)} == {"Facebook",
                                                                        "X (ex-Twitter)"}


def test_a_wave_nobody_answered_stays_not_surveyed_under_blank_absent(cli, tmp_path):
    """A long file of two waves: TikTok blank on every 2024 row, answered in 2025. Under
    --blank absent, 2024's TikTok read 0/3 (trend: « 0 % → 33 % »; changes 1 arrival)."""
    src = tmp_path / "long.csv"
    src.write_text(
        "code;plateforme;présence;date\n"
        "01;Facebook;x;15/10/2024\n02;Facebook;;15/10/2024\n03;Facebook;x;15/10/2024\n"
        "01;TikTok;;15/10/2024\n02;TikTok;;15/10/2024\n03;TikTok;;15/10/2024\n"
        "01;Facebook;Oui;15/10/2025\n02;Facebook;Non;15/10/2025\n03;Facebook;Oui;15/10/2025\n"
        "01;TikTok;Oui;15/10/2025\n02;TikTok;Non;15/10/2025\n03;TikTok;;15/10/2025\n",
        encoding="utf-8")
    trend = [(r["platform"], r["wave"], r["n_present"], r["n_base"]) for r in as_json(cli(
        "trend", "--data", src, "-t", "departement", "--blank", "absent", "-f", "json"))]
    assert trend == [("facebook", "2024-10-15", 2, 3), ("facebook", "2025-10-15", 2, 3),
                     ("tiktok", "2025-10-15", 1, 3), ("any", "2025-10-15", 2, 3)]
    tiktok = next(r for r in as_json(cli("changes", "--data", src, "-t", "departement",
                                         "--blank", "absent", "-f", "json"))
                  if r["platform"] == "tiktok")
    assert (tiktok["joined"], tiktok["not_comparable"], tiktok["n_paired"]) == (0, 3, 0)
    said = {p.code: p for p in bm.validate(src, type="departement", blank="absent")}
    assert said["blank-empty"].rows.tolist() == [5, 6, 7]
    assert said["blank-empty"].message.startswith(
        "TikTok : aucune réponse à la vague du 15/10/2024 (réseau non relevé alors) ; ses 3 "
        "cellules vides comptées comme « non renseigné » (lignes 5, 6, 7), même avec "
        'blank="absent"')
    # the 2025 blank of a wave that answered: an absence, as asked
    assert "ligne 13" in said["blank-absent"].message
    # one rule asked: no warning that the waves read their blanks two ways
    assert "blank-waves" not in said
    en = cli("validate", src, "-t", "departement", "--blank", "absent", "--lang", "en").stdout
    assert "(platform not surveyed then); its 3 blank cells counted as 'not answered' (lines 5, " \
           "6, 7), even with --blank absent; to count it, fill in the presence (Oui or Non)" in en
