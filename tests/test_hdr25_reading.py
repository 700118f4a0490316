"""Reading and diagnosis defects of a user review (session 25): a platform's column filled
with follower counts, summary rows other than « Total » and « Moyenne », abbreviated
names in the suggestions."""

from __future__ import annotations

import pytest

import barometre as bm

from .conftest import FILES

openpyxl = pytest.importorskip("openpyxl")


def _lines(cli, path, *args: str) -> dict[str, list[str]]:
    """``validate``'s problem lines by language (its summary on stderr left aside)."""
    return {lang: cli("validate", path, "--lang", lang, *args).stdout.splitlines()
            for lang in ("fr", "en")}


# --------------------------------------------------------------------------- counts under a platform


def test_a_platform_column_of_follower_counts_is_one_error_naming_its_header(cli, tmp_path):
    """« Facebook » and « Instagram » over « 98 765 »: five « attendu Oui/Non », no word of
    follower counts, and Instagram « not surveyed » though two of its cells were filled,
    in French « ses 1 cellule vide ». Now one error per column, with the header that reads
    them; the blank of a column filled with errors is counted as not answered, no
    platform « not surveyed »."""
    path = tmp_path / "hdr3.csv"
    path.write_bytes("Département;Facebook;Instagram\nLoire-Atlantique;98 765;23 456\n"
                     "Vendée;41 000;9 500\nSarthe;19 800;\n".encode("cp1252"))
    res = cli("validate", path, "--lang", "en")
    assert res.exit_code == 1
    assert res.stdout.splitlines() == [
        "hdr3.csv, column “Facebook”: error: presence column (Yes/No) whose cells are mostly "
        "numbers: follower counts? 3 numbers not read (e.g. “98 765”; lines 2, 3, 4); head "
        "the column “Abonnés Facebook” to read them as followers",
        "hdr3.csv, column “Instagram”: error: presence column (Yes/No) whose cells are mostly "
        "numbers: follower counts? 2 numbers not read (e.g. “23 456”; lines 2, 3); head the "
        "column “Abonnés Instagram” to read them as followers",
        "hdr3.csv, column “Instagram”: warning: Instagram: 1 blank cell counted as “not "
        "answered” (line 4); --blank absent to count it as absent"]
    assert "hdr3.csv: 2 errors, 1 warning" in res.stderr
    assert cli("validate", path).stdout.splitlines() == [
        "hdr3.csv, colonne « Facebook » : erreur : colonne de présence (Oui/Non) dont les "
        "cellules sont surtout des nombres : des nombres d'abonnés ? 3 nombres non lus (ex. "
        "« 98 765 » ; lignes 2, 3, 4) ; intitulez la colonne « Abonnés Facebook » pour les "
        "lire comme abonnés",
        "hdr3.csv, colonne « Instagram » : erreur : colonne de présence (Oui/Non) dont les "
        "cellules sont surtout des nombres : des nombres d'abonnés ? 2 nombres non lus (ex. "
        "« 23 456 » ; lignes 2, 3) ; intitulez la colonne « Abonnés Instagram » pour les "
        "lire comme abonnés",
        "hdr3.csv, colonne « Instagram » : avertissement : Instagram : 1 cellule vide "
        "comptée comme « non renseigné » (ligne 4) ; --blank absent pour la compter comme "
        "absence"]
    # headed as the message says: read, counts and all
    path.write_text("Département;Abonnés Facebook;Abonnés Instagram\nLoire-Atlantique;98 765;"
                    "23 456\nVendée;41 000;9 500\nSarthe;19 800;\n", encoding="utf-8")
    assert [p.severity for p in bm.validate(path)] == ["warning"]
    assert bm.read_survey(path)["followers"].sum() == 98765 + 23456 + 41000 + 9500 + 19800


def test_counts_in_a_presence_column_beside_its_followers_column(tmp_path):
    """The platform has a followers column already: the numbers belong there. A 1 or a 0
    among the counts is a count too, not read as an answer; a presence column of Oui and
    Non with a number typed once keeps its error on that cell."""
    path = tmp_path / "both.csv"
    path.write_text("Code département;Présence Facebook;Abonnés Facebook\n01;12 000;\n"
                    "02;1;\n03;8 500;\n04;Oui;300\n", encoding="utf-8")
    [p] = bm.validate(path)
    assert (p.severity, p.code, p.column, p.count, p.rows.tolist()) == (
        "error", "presence-counts", "Présence Facebook", 3, [2, 3, 4])
    assert p.message == (
        "colonne de présence (Oui/Non) dont les cellules sont surtout des nombres : des "
        "nombres d'abonnés ? 3 nombres non lus (ex. « 12 000 » ; lignes 2, 3, 4) ; leur "
        "place est dans la colonne « Abonnés Facebook »")
    assert p.msg.render("en").endswith("they belong in the column “Abonnés Facebook”")
    # the rows of counts not read
    assert bm.read_survey(path, errors="skip")["code"].tolist() == ["04"]
    path.write_text("Code département;Facebook;Instagram\n01;Oui;Oui\n02;Non;Oui\n03;1200;Non\n",
                    encoding="utf-8")
    assert [(p.row, p.code) for p in bm.validate(path)] == [(4, "presence-invalid")]
    # a long file's presence column: the header for every platform
    path.write_text("Code département;Plateforme;Présence\n01;Facebook;12 000\n"
                    "02;Facebook;8 000\n01;X;Oui\n", encoding="utf-8")
    [p] = bm.validate(path)
    assert p.code == "presence-counts" and p.message.endswith(
        "intitulez la colonne « Abonnés » pour les lire comme abonnés")


def test_a_platform_whose_cells_are_errors_is_not_said_unsurveyed(cli, tmp_path):
    """A column whose filled cells are all errors (« zz », counts), or whose answers are on
    rows left out, was filled in: never « aucune réponse dans la colonne … réseau non
    relevé, laissé de côté » beside another platform's answers, nor « aucune réponse dans
    le fichier (réseau non relevé) »."""
    path = tmp_path / "zz.csv"
    path.write_text("Département;Facebook;Instagram\nLoire-Atlantique;Oui;zz\nVendée;Non;zz\n"
                    "Sarthe;Oui;\n", encoding="utf-8")
    assert [(p.row, p.column, p.code) for p in bm.validate(path)] == [
        (None, "Instagram", "blank-unknown"), (2, "Instagram", "presence-invalid"),
        (3, "Instagram", "presence-invalid")]
    path.write_text("Département;Facebook;Instagram;X\nLoire-Atlantique;98 765;23 456;Oui\n"
                    "Vendée;41 000;9 500;Non\nSarthe;19 800;;Oui\n", encoding="utf-8")
    assert [(p.column, p.code) for p in bm.validate(path)] == [
        ("Facebook", "presence-counts"), ("Instagram", "presence-counts"),
        ("Instagram", "blank-unknown")]
    # a platform answered on a row left out (an unknown code) only: not « not surveyed »
    path.write_text("code;plateforme;présent;date\n01;Facebook;Non;15/10/2025\n"
                    "01;TikTok;;15/10/2025\n02;Facebook;Oui;15/10/2025\n"
                    "999;TikTok;Oui;15/10/2025\n", encoding="utf-8")
    assert [(p.row, p.code) for p in bm.validate(path, type="departement")] == [
        (None, "blank-unknown"), (5, "unknown-code")]


def test_one_blank_cell_is_said_in_the_singular(tmp_path):
    """« ses 1 cellule vide comptée », « ses 1 cellule vide (ligne 4) ne disent pas »: the
    number said without a possessive, and no verb to agree with it."""
    path = tmp_path / "long.csv"
    path.write_text("code;plateforme;présent;date\n01;Facebook;Non;15/10/2025\n"
                    "01;TikTok;;15/10/2025\n02;Facebook;Oui;15/10/2025\n", encoding="utf-8")
    [p] = [p for p in bm.validate(path, type="departement") if p.code == "blank-empty"]
    assert p.message == (
        "TikTok : aucune réponse dans le fichier (réseau non relevé) ; 1 cellule vide comptée "
        "comme « non renseigné » (ligne 3), même avec blank=\"absent\" ; pour le compter, "
        "remplissez la présence (Oui ou Non)")
    assert p.msg.render("en") == (
        "TikTok: no answer in the file (platform not surveyed); 1 blank cell counted as “not "
        "answered” (line 3), even with blank=\"absent\"; to count it, fill in the presence "
        "(“Oui” or “Non”)")
    # barometre's template filled in, LinkedIn's counts on every row but the last
    wb = openpyxl.load_workbook(FILES / "tmpl21" / "ok_dep.xlsx")
    ws = wb["Enquête"]
    col = ws.max_column + 1
    ws.cell(1, col, "LinkedIn abonnés")
    for r in range(2, ws.max_row):
        ws.cell(r, col, 1000 + r)
    last = ws.max_row
    wb.save(tmp_path / "t.xlsx")
    [p] = [p for p in bm.validate(tmp_path / "t.xlsx") if p.code == "blank-ambiguous"]
    assert p.message.startswith(
        "LinkedIn : des nombres d'abonnés mais pas de colonne de présence : 1 cellule vide "
        f"(ligne {last}), sans rien qui dise si la collectivité a un compte ; ")
    assert p.msg.render("en").startswith(
        f"LinkedIn: follower counts but no presence column: 1 blank cell (line {last}), with "
        "nothing to say whether the collectivité has an account; ")


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
        "formulas.xlsx, line 5, column “Département”: warning: summary row (“Médiane”), left "
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
