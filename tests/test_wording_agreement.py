"""Sentences that agree with their counts, and types named with their map (wd26)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

FILES = Path(__file__).resolve().parent / "files"
API = FILES / "annuaire" / "api-records-mairies-sample.json"


def test_one_rule_of_agreement():
    from barometre.messages import is_plural, plural_s
    from barometre.render.formats import takes_plural

    # plural_s and takes_plural say the same rule (messages.is_plural), in both languages
    for n in range(-3, 4):
        for lang in ("fr", "en"):
            assert takes_plural(n, lang) == is_plural(n, lang) == (plural_s(n).render(lang) == "s")
    assert takes_plural(None) and takes_plural(float("nan"), "en")


def test_cut_download_after_one_service_says_one_service(cli, tmp_path):
    cut = tmp_path / "cut.json"
    cut.write_text('{"service": [{"id": "a", "nom": "Mairie - Ain", "pivot": []}, {"id": "b", "n',
                   "utf-8")
    fr = cli("validate", cut)
    assert fr.exit_code == 2, fr.output
    assert "illisible après 1 service (" in fr.stdout, fr.stdout
    en = cli("validate", cut, "--lang", "en")
    assert "unreadable JSON after 1 service (" in en.stdout, en.stdout


def test_annuaire_template_one_account_prefilled(cli, tmp_path):
    data = json.loads(API.read_text("utf-8"))
    for r in data["results"]:
        r["reseau_social"] = None
    data["results"][1]["reseau_social"] = json.dumps([
        {"valeur": "www.facebook.com/baignes", "description": "", "custom_dico2": "Facebook"}])
    export = tmp_path / "api.json"
    export.write_text(json.dumps(data), "utf-8")
    res = cli("annuaire", export, "-o", tmp_path / "modele.xlsx", "--type", "region")
    assert res.exit_code == 0, res.output
    assert "0 compte pré-rempli)" in res.stderr, res.stderr  # the mairie is no région's
    res = cli("annuaire", export, "-o", tmp_path / "modele-c.xlsx", "--type", "commune",
              "--lang", "en")
    assert res.exit_code == 0, res.output
    assert "1 with at least one declared account, 1 account pre-filled)" in res.stderr, res.stderr


BLANK = "Code;Département;Facebook;Instagram;Date du relevé\n01;Ain;Oui;Oui;15/10/2025\n" \
        "02;Aisne;Oui;Non;15/10/2025\n05;Hautes-Alpes;Oui;;15/10/2025\n"
BLANKS = BLANK + "06;Alpes-Maritimes;Oui;;15/10/2025\n"


@pytest.mark.parametrize(("content", "fr", "en"), [
    (BLANK, "(ligne 4) ; --blank absent pour la compter comme absence",
     "(line 4); --blank absent to count it as absent"),
    (BLANKS, "(lignes 4, 5) ; --blank absent pour les compter comme absence",
     "(lines 4, 5); --blank absent to count them as absent")])
def test_blank_cells_advice_agrees_with_their_count(cli, tmp_path, content, fr, en):
    path = tmp_path / "vides.csv"
    path.write_text(content, "utf-8")
    assert fr in cli("validate", path).stdout
    assert en in cli("validate", path, "--lang", "en").stdout


def test_blank_absent_advice_agrees_with_one_cell(tmp_path):
    path = tmp_path / "vides.csv"
    path.write_text(BLANK.replace(";Non;", ";Oui;"), "utf-8")
    said = [p.message for p in bm.validate(path) if p.code == "blank-absent"]
    assert said and said[0].endswith('blank="unknown" pour l\'exclure de la base'), said


def test_left_out_regions_named_with_their_map(cli):
    fr = cli("compare", "--type", "commune", "--year", "2013")
    assert fr.exit_code == 0, fr.output
    line = next(x for x in fr.stdout.splitlines() if x.startswith("Non comparés"))
    assert ": régions (carte d'avant 2016) (Facebook, X (ex-Twitter)) ; départements" in line
    en = cli("compare", "--type", "commune", "--year", "2013", "--lang", "en")
    line = next(x for x in en.stdout.splitlines() if x.startswith("Not compared"))
    assert ": regions (map before 2016) (Facebook, X (formerly Twitter)); départements" in line


@pytest.mark.parametrize(("lang", "bases"), [
    ("fr", "régions (carte d'avant 2016) ; départements ; 101 villes préfectures"),
    ("en", "regions (map before 2016); départements; 101 prefecture cities")])
def test_report_sources_name_the_regions_map(cli, tmp_path, lang, bases):
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--type", "region", "--year", "2015", "--source", "ideose", "-o", out,
              "--lang", lang)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out).worksheets[-1]  # Sources et méthode
    cells = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert typeset(bases, lang) in cells, cells
