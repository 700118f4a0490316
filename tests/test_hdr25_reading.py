"""Reading and diagnosis defects of a user review (session 25): a platform's column filled
with follower counts, summary rows other than « Total » and « Moyenne », abbreviated
names in the suggestions."""

from __future__ import annotations

import pytest

import barometre as bm

openpyxl = pytest.importorskip("openpyxl")


def _lines(cli, path, *args: str) -> dict[str, list[str]]:
    """``validate``'s problem lines by language (its summary on stderr left aside)."""
    return {lang: cli("validate", path, "--lang", lang, *args).stdout.splitlines()
            for lang in ("fr", "en")}


# --------------------------------------------------------------------------- summary rows


def test_median_and_peer_average_rows_are_summary_rows(cli, tmp_path):
    """« Médiane » and « Moyenne des pairs » were refused as unknown départements (their
    formulas said too) while « Total … » was set aside: each now a summary row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Département", "Abonnés Facebook", "Abonnés Instagram"])
    for row in (["Loire-Atlantique", 98765, 23456], ["Vendée", 41000, 9500],
                ["Sarthe", 19800, 4000], ["Médiane", "=MEDIAN(B2:B4)", "=MEDIAN(C2:C4)"],
                ["Moyenne des pairs", "=AVERAGE(B3:B4)", "=AVERAGE(C3:C4)"],
                ["Total Pays de la Loire", "=SUM(B2:B4)", "=SUM(C2:C4)"]):
        ws.append(row)
    wb.save(tmp_path / "formulas.xlsx")
    said = _lines(cli, tmp_path / "formulas.xlsx")
    assert said["fr"] == [
        f"formulas.xlsx, ligne {r}, colonne « Département » : avertissement : ligne de "
        f"synthèse (« {v} »), laissée de côté : supprimez-la, barometre calcule lui-même "
        "totaux, moyennes et médianes"
        for r, v in ((5, "Médiane"), (6, "Moyenne des pairs"), (7, "Total Pays de la Loire"))]
    assert said["en"][0] == (
        "formulas.xlsx, line 5, column 'Département': warning: summary row ('Médiane'), left "
        "out: delete it, barometre computes totals, averages and medians itself")
    path = tmp_path / "s.csv"
    path.write_text("Département;Facebook\nAin;Oui\nAisne;Non\nMoyenne nationale;1\n"
                    "MÉDIANE :;1\nEnsemble des pairs;2\nSous-total;2\nMoyennes régionales;1\n"
                    "Moyennevile;Oui\nMédianes;1\n", encoding="utf-8")
    assert [(p.row, p.code) for p in bm.validate(path)] == [
        (4, "totals-row"), (5, "totals-row"), (6, "totals-row"), (7, "totals-row"),
        (8, "totals-row"), (9, "unknown-entity"), (10, "totals-row")]


# --------------------------------------------------------------------------- abbreviations


def test_an_abbreviated_name_suggests_the_names_it_abbreviates(cli, tmp_path):
    """« Loire-Atl. » suggested Loiret, Loire: rapidfuzz scores the letters, and the dot
    left out most of Loire-Atlantique's. Never resolved: only suggested, first."""
    res = cli("resolve", "Loire-Atl.")
    assert res.exit_code == 1
    assert res.stderr.strip() == (
        "barometre : aucune collectivité ne s'appelle « Loire-Atl. » ; les plus proches : "
        "Loire-Atlantique (44), Loiret (45), Loire (42), Loiré (49178)")
    assert "les plus proches : Côtes-d'Armor (22)" in cli("resolve", "C.-d'Armor").stderr
    assert "les plus proches : Bouches-du-Rhône (13)" in cli(
        "resolve", "Bouches-du-Rh.", "--type", "departement").stderr
    assert "les plus proches : Les Sables-d'Olonne (85194)" in cli(
        "resolve", "Les Sables-d'Ol.").stderr
    assert cli("resolve", "St-Jean-de-M.", "--type", "commune").stderr.split(" : ")[-1].split(
        ", ")[:2] == ["Saint-Jean-de-Monts (85234)", "Saint-Jean-de-Maurienne (73248)"]
    path = tmp_path / "abr.csv"
    path.write_text("Département;Facebook\nLoire-Atl.;Oui\nAin;Non\n", encoding="utf-8")
    [p] = [p for p in bm.validate(path) if p.severity == "error"]
    assert "Loire-Atlantique (44)" in p.message
