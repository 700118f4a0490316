"""The 27 régions of before 1 January 2016: what an old région's code or name is today.

Loi n° 2015-29 du 16 janvier 2015 merged 16 of the 27 régions of the INSEE COG 2015 into 7
on 1 January 2016 (``data/reference/former_regions.csv``, written by hand from the law and
the COG 2015; see that folder's README). A survey of 2015 keyed by the old codes
(« 22 », Picardie) or names (« Région Picardie », « Conseil régional d'Alsace ») must not be
read as today's merged région (the old Picardie is not Hauts-de-France), nor its codes as
départements (« 22 » is also the Côtes-d'Armor): :func:`error` gives the one plain error
that says what the région was and what to do. The table is read only when a région's code
or name is found nowhere else (a clean file never reads it).

Examples
--------
>>> print(error("22", "22"))
« 22 » : Picardie, région d'avant 2016, fusionnée dans la région Hauts-de-France (32) le 1er janvier 2016 ; ce n'est pas la région Hauts-de-France : une vague d'avant 2016 ne se compare qu'aux régions restées inchangées (gardez leurs lignes, précisez panel=True)
>>> error("Région Franche-Comté", None).render("en").split(";")[0]
'“Région Franche-Comté”: Franche-Comté, a région before 2016, merged into Bourgogne-Franche-Comté (27) on 1 January 2016'
>>> error("ACAL", None).render("en").split(";")[0]
'“ACAL”: provisional name (2016) of the région Grand Est (44), formed on 1 January 2016 from Champagne-Ardenne, Lorraine and Alsace: write 44'
>>> kept_code("Région Centre"), error("53", "53") is None
('24', True)
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..domain.errors import ResolveError
from ..messages import words_and

#: The day the 13 régions of metropolitan France replaced the 22 (loi n° 2015-29, art. 1er, III)
MAP_CHANGE = "2016-01-01"


class FormerRegion(NamedTuple):
    code: str
    name: str
    merged_into: str  #: today's région (its own code when it kept code and territory)
    until: str | None  #: ISO date it ceased (None: kept)
    aliases: tuple[str, ...]


@functools.cache
def table() -> dict[str, FormerRegion]:
    """``former_regions.csv`` by code (the 27 régions of the COG 2015); read once."""
    from .reference import _columns

    cols = _columns("former_regions.csv")
    return {c: FormerRegion(c, n, m, u or None, tuple(a for a in (al or "").split("|") if a))
            for c, n, m, u, al in zip(cols["code"], cols["name"], cols["merged_into"],
                                      cols["until"], cols["aliases"])}


def former_codes() -> frozenset[str]:
    """The 16 codes of the régions merged on 1 January 2016 (21, 22, …, 91)."""
    return frozenset(c for c, r in table().items() if r.until)


@functools.cache
def _names() -> dict[str, tuple[list[str], bool]]:
    """Name key -> (codes of the old régions it names, whether it is an alias)."""
    from .reference import name_key

    out: dict[str, tuple[list[str], bool]] = {}
    for r in table().values():
        for text, alias in ((r.name, False), *((a, True) for a in r.aliases)):
            codes, _ = out.setdefault(name_key(text), ([], alias))
            codes.append(r.code)
    return out


def _match(text: str) -> tuple[list[str], bool] | None:
    """The old régions ``text`` names (« Picardie », « Région Picardie », « Conseil régional
    de Picardie », « ACAL »), or None."""
    from .name_index import institution_name
    from .reference import name_key

    found = _names().get(name_key(text))
    if found is None:
        said = institution_name(text)
        if said is not None and said[0] == "region":
            found = _names().get(name_key(said[1]))
    return found


def names_code(text: object) -> list[str]:
    """The codes of the old régions that ``text`` names (« Région Picardie »: ``["22"]``)."""
    found = _match(str(text or "").strip())
    return [] if found is None else list(found[0])


def kept_code(text: object) -> str | None:
    """Today's code of a région that kept its code and territory, named by its old name
    (« Centre », « Région Centre »: 24); else None."""
    found = _match(str(text or "").strip())
    if found is None or len(found[0]) != 1:
        return None
    r = table()[found[0][0]]
    return r.code if r.until is None else None


def error(raw: str, code: str | None, lang: str | None = None) -> ResolveError | None:
    """The ``former-region`` error for an old région's code (``code``, as restored) or name
    (``raw``), or None when it is none (a région of today, anything else)."""
    from .name_index import code_table

    regions = code_table("region")

    def today(c: str) -> str:
        return f"{regions.entities[regions.codes[c]].name} ({c})"

    rows = table()
    if code is not None:
        r = rows.get(code)
        if r is None or r.until is None:
            return None
        found, alias = [code], False
    else:
        m = _match(raw)
        if m is None:
            return None
        found, alias = m
        if not any(rows[c].until for c in found):
            return None
    into = {rows[c].merged_into for c in found}
    if alias and len(found) > 1 and len(into) == 1:  # « ACAL »: the new région's 2016 name
        new = into.pop()
        names = words_and(rows[c].name for c in found)
        err = ResolveError.of("provisional-region", value=raw,
                              region=today(new),
                              parts=names, code=new, lang=lang)
    else:
        r = rows[found[0]]
        err = ResolveError.of("former-region", value=raw, name=r.name,
                              into=today(r.merged_into), lang=lang,
                              today=regions.entities[regions.codes[r.merged_into]].name)
    return err
