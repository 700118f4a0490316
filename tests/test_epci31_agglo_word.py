"""« Agglo » after a grouping's place (session 31, brief C).

« Agglo du Pays de Gex » resolved (the legal form's place read first), but « Pays de Gex
Agglo » (reference « CA du Pays de Gex ») and « CA Haut Bugey Agglo » (reference « CA
Haut-Bugey Agglomération ») were refused: « aucune collectivité de type « intercommunalité »
ne s'appelle … ». A name ending with « Agglo » or « Agglomération » is read now with its
place alone and with either word, among the CA and CU; found when one answers, never when
several do (checked over every EPCI of the reference); a commune's name with the word
(« Quimper agglo ») still suggests its grouping, never taken for it.
"""

from __future__ import annotations

import collections
import re

import pytest

import barometre as bm
from barometre.datasets.name_index import _reference
from barometre.datasets.reference import name_key, resolve
from barometre.domain.errors import ResolveError
from barometre.domain.text import fold

from .test_fast_path import fast_reader, normal_reader, same_reading


@pytest.mark.parametrize("text, code", [
    ("Pays de Gex Agglo", "240100750"),            # CA du Pays de Gex
    ("CA Haut Bugey Agglo", "200042935"),          # CA Haut-Bugey Agglomération
    ("CA du Pays de Gex Agglo", "240100750"),
    ("Haut-Bugey Agglo", "200042935"),
    ("Carcassonne Agglomération", "200035715"),    # CA Carcassonne Agglo
    ("Lorient agglo", "200042174"),                # CA Lorient Agglomération
    ("Agglo du Pays de Gex", "240100750"),         # as before
])
def test_agglo_after_the_place_resolves(text, code):
    assert resolve(text, type="epci").code == code
    assert resolve(text).code == code  # without a type: no other type carries these names


@pytest.mark.parametrize("text", [
    "Quimper agglo", "Pau agglo", "CA Lorient",   # a commune's name: its grouping suggested
    "Métropole Rouen Normandie Agglo",            # a form of another kind: no guess
    "Haut-Bugey",                                 # neither form nor usage word: as before
])
def test_what_stays_unknown(text):
    with pytest.raises(ResolveError) as err:
        resolve(text, type="epci")
    assert err.value.code == "unknown-entity"


#: The test's own reading of a grouping's place: its name folded, without the legal form
#: in front (and a second usage word, « CA Agglo du Pays de Dreux ») nor « Agglo » or
#: « Agglomération » at its end
_FORM = re.compile(r"^(?:communaute d agglomeration|communaute de communes|communaute urbaine|"
                   r"metropole europeenne|eurometropole|metropole|ca|cc|cu|agglomeration|"
                   r"agglo)(?: (?:communaute|agglomeration|agglo))?(?: (?:de|du|des|d))? ")
_AFTER = re.compile(r" (?:agglomeration|agglo)$")


def _place(name: str) -> str:
    return _AFTER.sub("", _FORM.sub("", fold(name), count=1))


def test_no_collision_resolves_over_every_epci():
    """For each of the 1,254 EPCI, its place followed by « Agglo »: the CA or CU whose place
    it is when only one has it; an ambiguity when several do (none preferred); nothing for
    the place of a communauté de communes or a métropole that no CA or CU shares."""
    cols = _reference()._entity_columns("epci")
    rows = list(zip(cols["code"], cols["name"], cols["kind"]))
    assert len(rows) == 1254
    owners = collections.defaultdict(list)  # a place's loose key -> the CA and CU with it
    for code, name, kind in rows:
        if kind in ("CA", "CU"):
            owners[name_key(_place(name))].append(code)
    found = 0
    for code, name, kind in rows:
        text = f"{_place(name)} Agglo"
        mine = owners.get(name_key(_place(name)), [])
        try:
            got = resolve(text, type="epci").code
        except ResolveError as exc:
            got = exc.code
        if len(mine) == 1:
            assert got == mine[0], (name, text, got)
            found += 1
        else:  # shared: never resolved; of no CA or CU: unknown
            assert got == ("ambiguous-entity" if mine else "unknown-entity"), (name, text, got)
    # every CA and CU is found so (one CC shares the place of a CA: found as the CA)
    assert found >= sum(k in ("CA", "CU") for _, _, k in rows) > 200


GEX = "Nom;Facebook;Date\nPays de Gex Agglo;Oui;15/10/2025\nCA Haut Bugey Agglo;Oui;15/10/2025\n"


def test_a_survey_names_them_so(tmp_path, cli):
    path = tmp_path / "gex.csv"
    path.write_text(GEX, encoding="utf-8")
    assert bm.validate(path, type="epci") == []
    df = bm.read_survey(path, type="epci")
    assert list(df["code"]) == ["240100750", "200042935"]
    res = cli("validate", path, "--type", "epci")
    assert res.exit_code == 0, res.output
    same_reading(normal_reader, fast_reader, path)
