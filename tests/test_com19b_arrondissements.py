"""Review com19, finding 7: an arrondissement municipal named without its code (« Marseille
1er », « Paris 15e », « Lyon 3e arrondissement ») is said to be one, as its code 13201 is;
before, « aucune collectivité … ; les plus proches : Marseille (13055) », and following the
suggestion read a sector's followers as the city's."""

from __future__ import annotations

from pathlib import Path

import pytest

from barometre.datasets.reference import resolve
from barometre.domain.errors import ResolveError

FILES = Path(__file__).resolve().parent / "files" / "rvcom19b"


@pytest.mark.parametrize("name, city, code", [
    ("Marseille 1er", "Marseille", "13055"), ("Paris 15e", "Paris", "75056"),
    ("Lyon 3e arrondissement", "Lyon", "69123")])
def test_an_arrondissement_by_name_is_said_as_its_code_is(name, city, code):
    with pytest.raises(ResolveError) as e:
        resolve(name)
    assert e.value.code == "former-code-name"
    assert f"arrondissement municipal de {city} : écrivez {code}" in str(e.value)
    assert "les plus proches" not in str(e.value)
    assert [c.code for c in e.value.candidates] == [code]
    assert "arrondissement municipal of " + city in e.value.render("en")


def test_resolve_and_validate_say_arrondissement(cli):
    res = cli("resolve", "Marseille 1er")
    assert res.exit_code != 0
    assert ("« Marseille 1er » est le nom de Marseille 1er Arrondissement, arrondissement "
            "municipal de Marseille : écrivez 13055") in res.stderr
    assert "plus proches" not in res.stderr
    res = cli("validate", FILES / "pairs-gv.csv")
    out = res.stdout + res.stderr
    assert "« Marseille 13e » est le nom de Marseille 13e Arrondissement" in out
    assert "plus proches : Marseille" not in out
    assert cli("resolve", "Marseile").stderr.count("Marseille (13055)") == 1  # a typo: suggested
