"""In Python, a file whose codes two types read alike was counted as the type guessed
(review api29): 27 région codes of 2015 without names, `bm.compare_survey(s)` gave
« départements, Facebook 96 %, IC 84–99 % », the guess said only in
``attrs["problems"]`` (Jupyter shows no warning), where `barometre compare --data` and
`trend --data` refuse without --type. `adoption`, `compare_survey` and `wave_trend` now
refuse without ``type=`` too, naming both readings; with ``type=`` they count as asked.
`rank` and `benchmark` keep the reader's tie-break, as their commands do."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.domain.errors import UsageError

from .conftest import FILES

TIED = FILES / "regions2015" / "regions-2015-nonames.csv"
SAID = ("27 codes lisibles aussi bien comme codes de départements que de régions : précisez "
        'type="departement" si ce sont des départements, type="region" si ce sont des '
        "régions (ici ou à read_survey), ou ajoutez une colonne de noms")


@pytest.mark.parametrize("count", [
    lambda s: bm.adoption(s), lambda s: bm.compare_survey(s),
    lambda s: bm.wave_trend(bm.read_waves(TIED))])
def test_a_tied_type_is_asked_for(count):
    s = bm.read_survey(TIED)
    assert any(p["code"] == "type-guessed" for p in s.attrs["problems"])
    with pytest.raises(UsageError) as e:
        count(s)
    assert e.value.code == "survey-type-tie"
    assert str(e.value) == SAID
    assert 'type="region"' in e.value.render("en")


def test_type_given_counts_as_asked():
    s = bm.read_survey(TIED)
    a = bm.adoption(s, type="departement")
    assert set(a["collectivity_type"]) == {"departement"} and len(a)
    # read as régions in the first place: no guess, nothing to refuse
    r = bm.read_survey(TIED, type="region", errors="skip")
    assert not any(p["code"] == "type-guessed" for p in r.attrs["problems"])
