"""A code typed with a letter for a digit (« 1O01 », « 2A0O4 », « O1 »): an unknown code, said
with the code it may be, never looked up as a name (#19: the name indexes cost a large
survey with a few such cells 0.1-0.2 s; and « ne s'appelle « 1O01 » » said the wrong thing)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import barometre as bm
from barometre.datasets import name_index
from barometre.datasets.resolution import _LETTER_FOR_DIGIT
from barometre.domain.errors import ResolveError


def _code_shaped(key: str) -> bool:
    return bool(_LETTER_FOR_DIGIT.fullmatch(key)) and any(c.isdigit() for c in key)


def test_no_name_is_written_as_a_code_with_letters():
    """What lets the reader skip the name search: no key of any pool, alias or former name
    has that shape (folded keys are lower case: « 1o01 » is checked as « 1O01 » would be)."""
    for tier in [*name_index._POOLS, "former"]:
        keys = name_index._keys(tier)
        every = [*keys.full, *keys.loose, *(k for k, _ in keys.alias)]
        for key in every:
            for variant in (key, key.upper(), key.replace(" ", "")):
                assert not _code_shaped(variant), (tier, key)


@pytest.mark.parametrize("text, type_, fixed, code, fr", [
    ("1O01", "commune", "1001", "01001", "est le code de L'Abergement-Clémenciat (01001)"),
    ("2A0O4", "commune", "2A004", "2A004", "est le code d'Ajaccio (2A004)"),
    ("O1", "departement", "01", "01", "est le code d'Ain (01)"),
    ("44l09", "commune", "44109", "44109", "est le code de Nantes (44109)"),
])
def test_a_letter_for_a_digit_is_an_unknown_code_with_the_code_it_may_be(text, type_, fixed,
                                                                          code, fr):
    with pytest.raises(ResolveError) as info:
        bm.reference.resolve(text, type=type_)
    err = info.value
    assert err.code == "unknown-code"
    said = err.render("fr")
    assert f"n'a le code « {text} »" in said
    assert f"une lettre à la place d'un chiffre ? « {fixed} » {fr}" in said
    assert [c.code for c in err.candidates] == [code]
    assert f"a letter for a digit? “{fixed}” is the code of" in err.render("en")


def test_no_code_behind_the_letters_is_said_so():
    with pytest.raises(ResolveError) as info:
        bm.reference.resolve("2O", type="departement")  # 20: Corse before 1976, no more
    assert info.value.code == "unknown-code"
    assert info.value.render("fr").endswith(
        "n'a le code « 2O » (une lettre O, I ou l parmi des chiffres : un zéro, un un ?)")
    assert info.value.candidates == []


def test_names_that_look_alike_still_resolve():
    assert bm.reference.resolve("Oô", type="commune").code == "31404"  # Oô, Haute-Garonne
    assert bm.reference.resolve("Oo", type="commune").code == "31404"  # no digit: a name
    # an EPCI's name opening with digits is a name
    assert bm.reference.resolve("CC des 1000 Étangs", type="epci").code == "247000854"


def test_validate_says_it_on_the_row(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("Code commune;Facebook\n01001;Oui\n1O01;Oui\n", encoding="utf-8")
    found = [(p.row, p.code, p.severity) for p in bm.validate(path, type="commune")]
    assert (3, "unknown-code", "error") in found
    said = [p.text("fr") for p in bm.validate(path, type="commune") if p.row == 3][0]
    assert "« 1001 » est le code de L'Abergement-Clémenciat (01001)" in said


def test_an_unknown_code_builds_no_name_index():
    """A fresh process: codes, even unknown or with a letter, look up no name index."""
    code = (
        "import barometre as bm\n"
        "from barometre.datasets import name_index as ni\n"
        "for v, t in (('99999', 'commune'), ('1O01', 'commune'), ('O1', 'departement'),"
        " ('69D', 'departement'), ('01001', 'commune')):\n"
        "    try:\n"
        "        bm.reference.resolve(v, type=t)\n"
        "    except bm.ResolveError:\n"
        "        pass\n"
        "print(ni._pool.cache_info().currsize, ni._shipped_keys.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    # « 69D » is an institution: its pool (and so the shipped keys) is built for its entity
    assert out == ["1", "1"]
