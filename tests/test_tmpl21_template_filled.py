"""The département template filled by a publisher's interns (rvtmpl21 findings 3-7).

``files/tmpl21/ok_dep.xlsx`` is the template filled as its Mode d'emploi asks; the other
files are what the interns made of it: counts typed in the account column (3), a
LibreOffice en-US CSV export (4), a comment column beside a network (5), a date before
the reader's floor (6), a count column of a network without a presence column (7).
"""

from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
import pytest

import barometre as bm
from barometre.survey.values import FIRST_YEAR

from .conftest import FILES

HERE = FILES / "tmpl21"


def _with_column(tmp_path, header: str, values: dict[int, object], name: str = "f.xlsx"):
    """ok_dep.xlsx with one more column ``header``, ``values`` on their rows."""
    wb = openpyxl.load_workbook(HERE / "ok_dep.xlsx")
    ws = wb["Enquête"]
    c = ws.max_column + 1
    ws.cell(1, c, header)
    for r, v in values.items():
        ws.cell(r, c, v)
    path = tmp_path / name
    wb.save(path)
    return path


# --- 3. counts typed in « Facebook - compte »

def test_counts_in_the_account_column_are_said_with_the_followers_column(cli):
    path = HERE / "m_followers_in_account.xlsx"
    problems = bm.validate(path)
    assert not [p for p in problems if p.severity == "error"]
    [p] = [p for p in problems if p.code == "account-number"]
    assert (p.severity, p.column, p.count, p.rows.tolist()) == (
        "warning", "Facebook - compte", 7, [2, 3, 4, 6, 7, 8, 9])
    assert p.message == (
        "7 nombres dans la colonne des comptes, lus comme le nom du compte (ex. « 28784 » ; "
        "lignes 2, 3, 4, 6, 7, …) : un nombre n'est ni une adresse ni un @compte — le nombre "
        "d'abonnés ? Sa place est dans la colonne « Facebook - abonnés »")
    res = cli("validate", path, "--lang", "en")
    assert ("column “Facebook - compte”: warning: 7 numbers in the account column, read as "
            "the account's name (e.g. “28784”; lines 2, 3, 4, 6, 7, …)") in res.stdout


def test_a_count_in_an_account_column_without_followers_column(tmp_path):
    f = tmp_path / "comptes.csv"
    f.write_text("Code département;Facebook;Compte Facebook\n01;Oui;12 345\n02;Oui;@ain\n"
                 "03;Oui;100064581234567\n04;Non;\n", encoding="utf-8")
    [p] = [p for p in bm.validate(f) if p.code == "account-number"]
    assert (p.count, p.rows.tolist()) == (1, [2])  # a 15-digit page id is no count
    assert p.message.endswith("Sa place est dans une colonne « Facebook - abonnés », à ajouter")
    # a long file: the followers column it has
    f = tmp_path / "long.csv"
    f.write_text("code;plateforme;present;compte;abonnes;date\n"
                 "01;Facebook;Oui;28784;;15/10/2025\n02;Instagram;Oui;@ain;12;15/10/2025\n",
                 encoding="utf-8")
    [p] = [p for p in bm.validate(f, type="departement") if p.code == "account-number"]
    assert (p.column, p.rows.tolist()) == ("compte", [2])
    assert p.message.endswith("Sa place est dans la colonne « abonnes »")


# --- 4. a LibreOffice en-US CSV export: « 28,784 » in every count cell

def test_a_column_of_thousands_commas_is_one_warning(cli):
    path = HERE / "lo_en_us.csv"
    problems = bm.validate(path)
    mine = [p for p in problems if p.code == "count-ambiguous"]
    assert [(p.column, p.count, p.row) for p in mine] == [
        ("Facebook - abonnés", 79, None), ("Instagram - abonnés", 64, None),
        ("X (ex-Twitter) - abonnés", 79, None)]
    assert mine[0].rows.tolist()[:5] == [2, 3, 4, 6, 7]
    assert mine[0].message == (
        "79 nombres d'abonnés (lignes 2, 3, 4, 6, 7, …) lus avec la virgule comme "
        "séparateur de milliers, la colonne ne contenant que des entiers (le premier "
        "« 28,784 » lu comme 28\u202f784) : écrivez-les sans virgule pour lever le doute")
    assert mine[0].msg.render("en").startswith(
        "79 follower counts (lines 2, 3, 4, 6, 7, …) read with the comma as a thousands "
        "separator, the column holding only whole numbers (the first “28,784” read as "
        "28,784)")
    res = cli("validate", path)
    assert res.exit_code == 0 and "0 erreur, 8 avertissements" in res.stderr
    # read as the workbook it was exported from
    assert (bm.read_survey(path)["followers"].sum()
            == bm.read_survey(HERE / "ok_dep.xlsx")["followers"].sum())


# --- 5. a comment column beside a network

@pytest.mark.parametrize("header, platform", [
    ("Facebook - remarque", "Facebook"), ("Facebook - observations", "Facebook"),
    ("Notes X", "X (ex-Twitter)"), ("Commentaire Instagram", "Instagram"),
    ("Instagram - commentaire", "Instagram")])
def test_a_comment_column_beside_a_network_is_ignored_as_a_comment(tmp_path, header, platform):
    path = _with_column(tmp_path, header, {3: "page peu active", 4: "à revérifier",
                                           5: "Oui mais fermée"})
    problems = bm.validate(path)
    assert not [p for p in problems if p.severity == "error"]
    [p] = [p for p in problems if p.column == header]
    assert (p.code, p.severity) == ("ignored-column", "warning")
    assert p.message == (f"colonne ignorée : commentaire libre sur {platform}, non lu (ni "
                         "présence, ni compte, ni abonnés)")
    # the figures are the template's own
    assert bm.read_survey(path)["present"].sum() == bm.read_survey(HERE / "ok_dep.xlsx")[
        "present"].sum()


# --- 6. the template's date check and the reader's floor

def test_the_templates_date_check_starts_at_the_readers_floor(tmp_path):
    out = bm.write_template(tmp_path / "modele.xlsx", "departement", ["facebook"])
    ws = openpyxl.load_workbook(out)["Enquête"]
    [dv] = [d for d in ws.data_validations.dataValidation if d.type == "date"]
    floor = dt.date(1899, 12, 30) + dt.timedelta(days=int(dv.formula1))
    assert dv.operator == "greaterThanOrEqual" and floor == dt.date(FIRST_YEAR, 1, 1)
    assert "01/01/2004" in dv.error
    # the first day it lets through is read; the day before, refused by both
    for day, refused in ((floor, False), (floor - dt.timedelta(days=1), True)):
        wb = openpyxl.load_workbook(out)
        ws = wb["Enquête"]
        heads = [c.value for c in ws[1]]
        ws.cell(2, heads.index("Facebook - présence") + 1, "Oui")
        ws.cell(2, heads.index("Facebook - date du relevé") + 1, dt.datetime.combine(
            day, dt.time()))
        for r in range(3, ws.max_row + 1):
            ws.cell(r, heads.index("Facebook - présence") + 1, "Non")
        path = tmp_path / f"d{day}.xlsx"
        wb.save(path)
        codes = [p.code for p in bm.validate(path) if p.severity == "error"]
        assert codes == (["date-out-of-range"] if refused else [])


# --- 7. counts of a network without a presence column

def test_counts_without_a_presence_column_ask_for_one(tmp_path):
    path = _with_column(tmp_path, "LinkedIn abonnés", {r: 1000 + r for r in range(2, 30)})
    [p] = [p for p in bm.validate(path) if p.severity == "error"]
    assert (p.code, p.column, p.count) == ("blank-ambiguous", "LinkedIn abonnés", 73)
    assert p.message == (
        "LinkedIn : des nombres d'abonnés mais pas de colonne de présence : 73 cellules "
        "vides (lignes 30, 31, 32, 33, 34, …), sans rien qui dise si la collectivité a un compte ; "
        "ajoutez une colonne « LinkedIn - présence » (Oui ou Non sur chaque ligne), ou "
        "blank=\"absent\" si une case vide veut dire pas de compte")
    assert p.msg.render("en").startswith("LinkedIn: follower counts but no presence column")
    # a presence column added (« Non » on the other rows): read
    shutil.copy(path, tmp_path / "g.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "g.xlsx")
    ws = wb["Enquête"]
    c = ws.max_column + 1
    ws.cell(1, c, "LinkedIn - présence")
    for r in range(2, ws.max_row + 1):
        ws.cell(r, c, "Oui" if r < 30 else "Non")
    wb.save(tmp_path / "g.xlsx")
    assert not [p for p in bm.validate(tmp_path / "g.xlsx") if p.severity == "error"]
