"""Cells that give a code and a name (« 44109 - Nantes », « Nantes (44109) »), the layout of
many exports (« code - libellé »): read when both name one entity, and said; an error naming
both when they name two. They were « aucune collectivité … ne s'appelle « 44109 - Nantes » »."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.domain.errors import ResolveError
from barometre.survey import fastcsv


@pytest.mark.parametrize("text, type_, code", [
    ("44109 - Nantes", "commune", "44109"),
    ("44109 Nantes", "commune", "44109"),
    ("49007 – Angers", "commune", "49007"),
    ("Nantes (44109)", "commune", "44109"),
    ("Nantes - 44109", "commune", "44109"),
    ("2A004 - Ajaccio", "commune", "2A004"),
    ("44 - Loire-Atlantique", "departement", "44"),
    ("200039022 - CA Vitré Communauté", "epci", "200039022"),
    ("93066 - Saint-Denis", "commune", "93066"),  # homonyms: the code picks one
])
def test_a_code_and_its_name_read_as_the_entity(text, type_, code):
    assert bm.reference.resolve(text, type=type_).code == code


def test_a_code_and_another_entitys_name_is_an_error_naming_both():
    with pytest.raises(ResolveError) as info:
        bm.reference.resolve("44109 - Rennes", type="commune")
    err = info.value
    assert err.code == "code-name-in-cell-differ"
    assert [c.code for c in err.candidates] == ["44109", "35238"]
    assert err.render("fr") == ("« 44109 - Rennes » donne deux collectivités : le code 44109 "
                                "est Nantes (44109), le nom « Rennes » est Rennes (35238) ; "
                                "écrivez l'une ou l'autre")
    assert "the code 44109 is Nantes (44109), the name “Rennes” is Rennes (35238)" in \
        err.render("en")


def test_names_opening_with_digits_stay_names():
    assert bm.reference.resolve("4B Sud Charente", type="epci").code == "200029734"


@pytest.fixture(params=[False, True], ids=["small-file reader", "columnar reader"])
def fast(request, monkeypatch):
    if request.param:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    return request.param


def test_the_reader_reads_them_and_says_so_once(tmp_path, fast):
    path = tmp_path / "enquete.csv"
    path.write_text("Code commune;Facebook;Abonnés Facebook\n44109 - Nantes;Oui;12 000\n"
                    "Rennes (35238);Oui;9 000\n49007 – Angers;Non;\n44109 - Rennes;Oui;1\n"
                    "Brest (29);Oui;5 000\n", encoding="utf-8")
    problems = bm.validate(path, type="commune")
    said = [(p.code, p.row, p.count) for p in problems]
    assert ("code-and-name-in-cell", None, 3) in said
    assert ("code-name-in-cell-differ", 5, None) in said
    warning = next(p for p in problems if p.code == "code-and-name-in-cell")
    assert warning.rows.tolist() == [2, 3, 4]
    assert "« 44109 - Nantes » lu comme 44109 Nantes, le nom concorde" in warning.text("fr")
    df = bm.read_survey(path, type="commune", errors="skip")
    assert sorted(set(df["code"])) == ["29019", "35238", "44109", "49007"]
    # « Brest (29) », a name and its département in a code column, is said as a name
    assert "Brest" not in warning.text("fr")
    assert "« Brest (29) »" in next(p for p in problems
                                    if p.code == "name-in-code-column").text("fr")
