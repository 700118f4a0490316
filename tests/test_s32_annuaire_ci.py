"""The confidence interval of a figure read from an Annuaire de l'administration export is
that of accounts DECLARED to the Annuaire (a minimum), not of accounts (s32).

Its note said « IC 95 % : la part sur l'ensemble des N est, à 95 % de confiance, entre les
deux bornes », the words of a survey's note, as if the interval were of the share of the N
that have an account; only the « Mesure » line further down said « comptes déclarés ».
The note now says of what share it is, in French and English, under compare's and trend's
tables and in the report's Sources et méthode.

The file: the generated Annuaire export (conftest, 401 communes of 34,875: an interval).
"""

from __future__ import annotations

import json

NNBSP = "\u202f"
FR = ("IC 95 % : la part des N ayant un compte déclaré à l'Annuaire de l'administration est, "
      "à 95 % de confiance, entre les deux bornes ; ce n'est pas la part des N qui ont un "
      "compte (un compte non déclaré n'est pas compté). Méthode : Wilson")
EN = ("95% CI: the share of all N with an account declared to the Annuaire de "
      "l'administration lies, at 95% confidence, between the two bounds; it is not the share "
      "of the N that have an account (an account not declared is not counted). Method: Wilson")


def _ci_note(out: str, start: str) -> str:
    (line,) = [x for x in out.replace(NNBSP, " ").splitlines() if x.startswith(start)]
    return line


def test_compare_says_the_interval_is_of_declared_accounts(cli, annuaire_export):
    annuaire = annuaire_export[0]
    fr = cli("compare", "--data", annuaire, "--type", "commune", "-p", "facebook")
    assert fr.exit_code == 0, fr.output
    assert "IC 95 % : 43–53 %" in fr.stdout.replace(NNBSP, " ")  # an interval is printed
    assert _ci_note(fr.stdout, "IC 95 % :").startswith(FR)
    en = cli("compare", "--data", annuaire, "--type", "commune", "-p", "facebook",
             "--lang", "en")
    assert _ci_note(en.stdout, "95% CI:").startswith(EN)


def test_trend_of_two_exports_says_it_too(cli, annuaire_export, tmp_path):
    annuaire = annuaire_export[0]
    d = json.loads(annuaire.read_text(encoding="utf-8"))
    for r in d["service"]:
        r["date_modification"] = "10/08/2024 10:00:00"
    older = tmp_path / "annuaire2024.json"
    older.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    r = cli("trend", "--type", "commune", "-p", "facebook", "--data", older, "--data", annuaire)
    assert r.exit_code == 0, r.output
    assert _ci_note(r.stdout, "IC 95 % :").startswith(FR)


def test_report_says_it_in_sources_and_method(cli, annuaire_export, tmp_path):
    import openpyxl

    out = tmp_path / "r.xlsx"
    r = cli("report", "--data", annuaire_export[0], "--type", "commune", "-p", "facebook",
            "-o", out)
    assert r.exit_code == 0, r.output
    method = {row[0]: row[1] for row in
              openpyxl.load_workbook(out)["Sources et méthode"].iter_rows(values_only=True)
              if row[0]}
    said = method["Intervalles"].replace(NNBSP, " ")
    assert said.startswith("intervalle de confiance à 95 % autour de chaque part, pour la part "
                           "de toutes les collectivités du type en France ayant un compte "
                           "déclaré à l'Annuaire de l'administration (pas la part de celles "
                           "qui ont un compte\u00a0: un compte non déclaré n'est pas compté)")
