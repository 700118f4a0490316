"""Messages say a collectivity type by its label (« département », "municipality"), never
by its id (« departement »), which is an option value, not a word for users."""

from __future__ import annotations

import pytest

import barometre as bm

DEMO = bm.demo_file("enquete")


@pytest.mark.parametrize("lang, said", [
    ("fr", "aucune collectivité de type « département » ne s'appelle « Finisterre »"),
    ("en", "no authority of type “département” is named “Finisterre”")])
def test_benchmark_unknown_entity_says_the_type_label(cli, lang, said):
    out = cli("benchmark", "--entity", "Finisterre", "--data", DEMO, "--lang", lang)
    assert out.exit_code != 0
    assert said in out.output and "departement" not in out.output.split("proches")[0]


@pytest.mark.parametrize("lang, said", [
    ("fr", "aucun chiffre pour le type « département » en 2031"),
    ("en", "no figure for type “département” in 2031")])
def test_compare_year_without_figures_says_the_type_label(cli, lang, said):
    out = cli("compare", "--type", "departement", "--year", "2031", "--lang", lang)
    assert out.exit_code != 0
    assert said in out.output and "departement" not in out.output


@pytest.mark.parametrize("lang, said", [
    ("fr", "aucun chiffre pour le type « commune » en 2031"),
    ("en", "no figure for type “municipality” in 2031")])
def test_an_english_label_in_english(cli, lang, said):
    out = cli("compare", "--type", "commune", "--year", "2031", "--lang", lang)
    assert out.exit_code != 0 and said in out.output


def test_survey_type_absent_names_both_types_by_label():
    survey = bm.read_survey(DEMO)
    with pytest.raises(bm.BarometreError) as err:
        bm.compare_survey(survey, type="region")
    fr, en = err.value.render("fr"), err.value.render("en")
    assert "« région »" in fr and "département" in fr and "departement" not in fr
    assert "“region”" in en
