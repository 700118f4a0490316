"""Session 33 (D): French workbooks held a plain space before « : », « ; », « ! », « ? »
and inside « » (« Périmètre : départements », « 94 entités de l'enquête ; 7 autres »,
« feuille « Enquête » : »), on which a cell that wraps may open a line with the sign
alone; session 32 gave « % » its narrow no-break space only. Every text barometre writes
in a French report or template now has U+00A0 before « : » and inside « », U+202F before
« ; », « ! », « ? »; English workbooks are unchanged; the user's own words (the survey's
file name) are cited byte for byte; the reader still knows the template it wrote."""

from __future__ import annotations

import re
import shutil

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

NBSP, NNBSP = "\u00a0", "\u202f"
#: a plain space where French wants a no-break one
PLAIN = re.compile(r" [:;!?%]|« | »")
#: a no-break space English never has (« Source: », "95%")
NO_BREAK_EN = re.compile(r"[\u00a0\u202f][:;!?»]|«[\u00a0\u202f]")

DEMO = bm.demo_file("enquete")
WAVES = [bm.demo_file("vague-2024"), bm.demo_file("vague-2025")]


def _texts(path):
    """Every text of a workbook: its cells, page headers and footers, tables' column
    names and drop-downs' pop-ups, with where each is."""
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    yield f"{ws.title}!{c.coordinate}", c.value
        for hf in (ws.oddHeader, ws.oddFooter):
            for part in ("left", "center", "right"):
                t = getattr(hf, part).text
                if t:
                    yield f"{ws.title} header/footer", t
        for t in ws.tables.values():
            for col in t.tableColumns:
                yield f"{ws.title} table {t.name}", col.name
        for dv in ws.data_validations.dataValidation:
            for t in (dv.errorTitle, dv.error):
                if t:
                    yield f"{ws.title} drop-down", t


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    out = tmp_path_factory.mktemp("s33d")
    s = bm.read_survey(DEMO)
    w = bm.read_waves(WAVES)
    made = {}
    for lang in ("fr", "en"):
        made[("survey", lang)] = bm.write_report(out / f"survey-{lang}.xlsx", bm.adoption(s),
                                                 survey=s, entity="29", lang=lang)
        made[("waves", lang)] = bm.write_report(out / f"waves-{lang}.xlsx", bm.adoption(w),
                                                survey=w, entity="29", lang=lang)
        made[("published", lang)] = bm.write_report(
            out / f"pub-{lang}.xlsx", bm.select(types=["region", "departement"]), lang=lang)
        made[("template", lang)] = bm.write_template(out / f"tpl-{lang}.xlsx", "departement",
                                                     lang=lang, within="22,29")
    return made


@pytest.mark.parametrize("kind", ["survey", "waves", "published", "template"])
def test_no_plain_space_in_french_workbooks(books, kind):
    """Synthèse!A3 « Périmètre : départements », Adoption!J2 « 94 entités de l'enquête ;
    7 autres… », the footers' « Source : … (méthode : « Sources et méthode ») », the
    Mode d'emploi's « feuille « Enquête » : » had plain spaces."""
    said = list(_texts(books[(kind, "fr")]))
    assert len(said) > 20
    bad = [(where, t) for where, t in said if PLAIN.search(t)]
    assert not bad, bad[:5]
    cells = dict(said)
    if kind == "survey":
        assert cells["Synthèse!A3"] == f"Périmètre{NBSP}: départements"
        assert cells["Adoption!J2"] == f"94 entités de l'enquête{NNBSP}; 7 autres sans réponse, hors base"
        assert cells["Synthèse!A9"].startswith(
            f"96{NNBSP}% des départements sur Facebook (n = 94 ayant répondu sur 101{NNBSP}; "
            f"IC 95{NNBSP}%{NBSP}: 94–96{NNBSP}%)")
        footer = openpyxl.load_workbook(books[(kind, "fr")])["Synthèse"].oddFooter.left.text
        assert footer.endswith(f"Source{NBSP}: enquete-departements-donnees-fictives.xlsx, "
                               f"relevés 2025 (méthode{NBSP}: «{NBSP}Sources et méthode{NBSP}»)")
    if kind == "template":
        assert cells["Mode d'emploi!A3"] == ("Pour chaque collectivité et chaque réseau, "
                                             f"remplissez dans la feuille «{NBSP}Enquête{NBSP}»{NBSP}:")
        # the survey sheet's headers, which the reader reads, are as they were
        assert cells["Enquête!E1"] == "Facebook - présence"


@pytest.mark.parametrize("kind", ["survey", "waves", "published", "template"])
def test_english_workbooks_unchanged(books, kind):
    """English has no space before « : » and its cells are written as before."""
    said = list(_texts(books[(kind, "en")]))
    assert len(said) > 20
    bad = [(where, t) for where, t in said if NO_BREAK_EN.search(t)]
    assert not bad, bad[:5]
    cells = dict(said)
    if kind == "survey":
        assert cells["Summary!A2"] == "FICTITIOUS DATA: invented figures for demonstration, not to be quoted"
        assert cells["Summary!A9"] == ("96% of départements on Facebook (n = 94 answered of 101; "
                                       "95% CI: 94–96%) — enquete-departements-donnees-fictives.xlsx, 2025")


def test_the_users_file_name_is_cited_byte_for_byte(tmp_path):
    """A survey file named « relevés ; v2 : « test » !.csv » keeps its name in the cells and
    footers that cite it, where barometre's own words around it are typeset."""
    name = "relevés ; v2 : « test » !.csv"
    src = tmp_path / name
    shutil.copy(bm.demo_file("releves"), src)
    s = bm.read_survey(src)
    out = bm.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s, lang="fr")
    said = list(_texts(out))
    citing = [t for _, t in said if name in t]
    assert len(citing) >= 3, citing
    footer = openpyxl.load_workbook(out)["Synthèse"].oddFooter.left.text
    assert f"Source{NBSP}: {name}, relevés 2024–2025 (méthode{NBSP}:" in footer
    assert not [t for _, t in said if PLAIN.search(t.replace(name, ""))]


def test_typeset_only_replaces_a_space_that_is_there():
    assert typeset("Relevé à 12:30 : voir https://exemple.fr/a?b=1 !", "fr") == \
        f"Relevé à 12:30{NBSP}: voir https://exemple.fr/a?b=1{NNBSP}!"
    assert typeset("=SOMME(A1 : A3)", "fr") == "=SOMME(A1 : A3)"  # a formula's text, whole
    assert typeset("«Oui»", "fr") == "«Oui»"
    assert typeset("Source : a ; b.csv ; c", "fr", keep=("a ; b.csv",)) == \
        f"Source{NBSP}: a ; b.csv{NNBSP}; c"
    assert typeset("Source : 95 % ; « x » ?", "en") == f"Source : 95{NNBSP}% ; « x » ?"


def test_a_filled_french_template_still_read_as_the_template(books, tmp_path):
    """Its « Paramètres\u00a0: type=… ; départements=22,29 » line says its scope, as the
    plain space of the templates written before still does (title property lost)."""
    from barometre.survey.grid import _instruction_lines, _is_template, _template_scope

    for plain in (False, True):
        wb = openpyxl.load_workbook(books[("template", "fr")])
        wb.properties.title = None  # a tool that drops it: the instructions tell
        info = wb["Mode d'emploi"]
        if plain:  # a template of session 32
            for row in info.iter_rows(max_col=1):
                if isinstance(row[0].value, str):
                    row[0].value = row[0].value.replace(NBSP, " ").replace(NNBSP, " ")
        ws = wb["Enquête"]
        lines = _instruction_lines(wb, ws)
        assert any(v.startswith("Paramètres" + (" " if plain else NBSP) + ": type=") for v in lines)
        assert _is_template(wb, ws, lines)
        assert _template_scope(lines) == ("departement", ("22", "29"), None)
