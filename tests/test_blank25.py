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
        "TikTok : aucune réponse à la vague du 15 octobre 2024 (réseau non relevé alors) ; 3 "
        "cellules vides comptées comme « non renseigné » (lignes 5, 6, 7), même avec "
        'blank="absent"')
    # the 2025 blank of a wave that answered: an absence, as asked
    assert "ligne 13" in said["blank-absent"].message
    # one rule asked: no warning that the waves read their blanks two ways
    assert "blank-waves" not in said
    en = cli("validate", src, "-t", "departement", "--blank", "absent", "--lang", "en").stdout
    assert "(platform not surveyed then); 3 blank cells counted as “not answered” (lines 5, " \
           "6, 7), even with --blank absent; to count it, fill in the presence (“Oui” or “Non”)" in en


# --------------------------------------------------------------------------- 2. one 2025 blank

def _waves(folder, vesoul_like: str = ""):
    """Ten départements. 2024: Facebook « x » on 01–08, Instagram « x » on 01–06, the rest
    blank (no « Non »: absences). 2025: Oui/Non everywhere, but département 10's Instagram
    ``vesoul_like`` (blank: not answered, its column writes « Non »)."""
    head = "Code département;Facebook;Instagram;Date du relevé"
    old = [head] + [f"{i:02d};{'x' if i <= 8 else ''};{'x' if i <= 6 else ''};15/10/2024"
                    for i in range(1, 11)]
    ig = {9: "Non", 10: vesoul_like}
    new = [head] + [f"{i:02d};{'Non' if i == 9 else 'Oui'};{ig.get(i, 'Oui')};15/10/2025"
                    for i in range(1, 11)]
    paths = folder / "w2024.csv", folder / f"w2025{vesoul_like}.csv"
    for path, lines in zip(paths, (old, new)):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths


def _row(out: str, platform: str) -> str:
    return " ".join(next(x for x in out.splitlines() if x.startswith(platform)).split())


def test_one_blank_of_the_new_wave_leaves_that_entity_alone_unknown(cli, tmp_path):
    """Hand count, Instagram: 07 and 08 joined (blank in 2024, « Oui » in 2025), 09 absent in
    both, 10 unknown in 2025 (its blank), 01–06 stayed: 6/9 = 67 % → 8/9 = 89 %. Was 0
    joined, « 100 % → 100 % », 4 not comparable: the 2025 blank made every 2024 blank
    unknown. Filled « Non », 10 is absent in both: 60 % → 80 %."""
    old, new = _waves(tmp_path)
    out = cli("changes", "--data", old, "--data", new).output
    assert _row(out, "Instagram") == ("Instagram 2 0 6 1 67 % → 89 % +22,2 pts 0,500 – –")
    assert _row(out, "Facebook") == "Facebook 1 0 8 0 80 % → 90 % +10,0 pts 1,000 – –"
    assert ("⚠ Instagram : cases vides lues comme absence à la vague du 15 octobre 2024 (4), "
            "comme « non renseigné » à la vague du 15 octobre 2025 (1) ; chaque vague est lue "
            "selon sa règle") in out
    _, filled = _waves(tmp_path, "Non")
    out = cli("changes", "--data", old, "--data", filled).output
    assert _row(out, "Instagram") == "Instagram 2 0 6 0 60 % → 80 % +20,0 pts 0,500 – –"
    # trend reads the same waves: 2024's 4 blanks absences, 2025's one not answered
    rows = as_json(cli("trend", "-t", "departement", "--data", old, "--data", new,
                       "-p", "instagram", "-f", "json"))
    assert [(r["n_present"], r["n_base"], r["n_unknown"]) for r in rows] == [(6, 10, 0),
                                                                            (8, 9, 1)]
    listed = {r["code"]: (r["status"], r["reason"]) for r in as_json(cli(
        "changes", "--data", old, "--data", new, "-p", "instagram", "--list", "-f", "json"))}
    assert [c for c, s in listed.items() if s[0] == "joined"] == ["07", "08"]
    assert listed["10"] == ("not_comparable", "unknown_new")
    # the report's Mouvements: the same figures
    report = tmp_path / "r.xlsx"
    assert cli("report", "--data", old, "--data", new, "-o", report).exit_code == 0
    moves = list(openpyxl.load_workbook(report)["Mouvements"].iter_rows(values_only=True))
    assert next(r for r in moves if r[0] == "Instagram")[1:5] == (2, 0, 6, 1)
