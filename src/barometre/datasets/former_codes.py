"""What an INSEE code that is no current collectivité's code was: the error that says
which code to write.

A survey may carry the code of a commune déléguée or associée (« 01340 », Saint-Bois,
now part of Arboys en Bugey, 01015), of an arrondissement municipal (« 75101 »: Paris),
or a Corsican code written with the département « 20 » of before 1976 (« 20004 »:
2A004, Ajaccio). Such a code stays an error: two former communes read as their current
commune would be one entity counted twice. :func:`error` gives that error, with the
current entity as its only candidate; it is asked only once a code is found nowhere else
(:func:`.resolution._by_code`), so that a clean file never reads the table.

Examples
--------
>>> error("01340", "01340", "commune").render("en")
"the code “01340” is that of Saint-Bois, former commune déléguée of Arboys en Bugey: write 01015 if the account surveyed is the commune's; if it is that of Saint-Bois itself, remove the row"
>>> error("20", "20", "departement").render()
"« 20 » est un code corse d'avant 1976 : écrivez 2A (Corse-du-Sud) ou 2B (Haute-Corse)"
"""

from __future__ import annotations

import functools
import re

from ..domain.errors import ResolveError
from ..messages import Words, de_fr


#: What each kind of ``former_codes.csv`` is to its current commune, in words:
#: (French with ``{de}``/``{a}`` before the name, English)
_KINDS = {
    "deleguee": ("ancienne commune déléguée {de}", "former commune déléguée of {name}"),
    "associee": ("ancienne commune associée {a}", "former commune associée of {name}"),
    "arrondissement": ("arrondissement municipal {de}", "arrondissement municipal of {name}"),
    "fusionnee": ("ancienne commune fusionnée dans {name}", "former commune merged into {name}"),
}


def _de(name: str) -> str:
    """ "de Paris", "d'Arboys en Bugey", "du Mans", "des Abrets", "de La Ferté"."""
    if name.startswith("Le "):
        return "du " + name[3:]
    if name.startswith("Les "):
        return "des " + name[4:]
    return de_fr(name)


def _a(name: str) -> str:
    """ "à Vire", "au Mans", "aux Andelys", "à La Ferté"."""
    if name.startswith("Le "):
        return "au " + name[3:]
    if name.startswith("Les "):
        return "aux " + name[4:]
    return "à " + name


@functools.cache
def _index() -> dict[str, tuple[str, str, str]]:
    """``former_codes.csv`` by code: (name, kind, current commune's code); read once, on
    the first code not found."""
    from .reference import _columns

    cols = _columns("former_codes.csv")
    return {c: (n, k, p) for c, n, k, p in zip(cols["code"], cols["name"], cols["kind"],
                                                cols["commune"])}


def error(raw: str, code: str, type_id: str | None, lang: str | None = None) -> ResolveError | None:
    """The error for ``code`` (``raw`` as written) when it was a commune's, an
    arrondissement's or a Corsican code of before 1976 and its current entity is of
    ``type_id``; else None (the plain ``unknown-code``).

    Codes ``former-code`` and ``corsica-code``; ``candidates``: the current entity (the
    two départements of Corsica for « 20 »).
    """
    from .name_index import _fits, _typed, code_table

    if type_id in (None, "departement") and code == "20":
        deps = code_table("departement")
        ents = [deps.entities[deps.codes[c]] for c in ("2A", "2B")]
        said = [f"{e.code} ({e.name})" for e in ents]
        err = ResolveError.of("corsica-code", value=raw, lang=lang,
                              write=Words(" ou ".join(said), " or ".join(said)))
        err.candidates = [_typed(e, type_id) for e in ents]
        return err
    if len(code) != 5 or not (type_id is None or type_id in _commune_like()):
        return None
    communes = code_table("commune")
    if code.startswith("20"):  # 2A004 or 2B004: never both (tests/test_former_codes.py)
        row = communes.codes.get("2A" + code[2:], communes.codes.get("2B" + code[2:]))
        msg = "corsica-code"
    else:
        found = _index().get(code)
        row = None if found is None else communes.codes.get(found[2])
        msg = "former-code"
    if row is None:
        return None
    ent = communes.entities[row]
    if not _fits(ent, type_id):
        return None
    if msg == "corsica-code":
        err = ResolveError.of(msg, value=raw, write=f"{ent.code} ({ent.name})", lang=lang)
    else:
        name, kind, _ = found
        fr, en = _KINDS[kind]
        what = Words(fr.format(de=_de(ent.name), a=_a(ent.name), name=ent.name),
                     en.format(name=ent.name))
        err = ResolveError.of(msg, value=raw, name=Words(_de(name), name), what=what,
                              code=ent.code, lang=lang)
    err.candidates = [_typed(ent, type_id)]
    return err


#: The communes divided into arrondissements municipaux: Paris, Marseille, Lyon
_DIVIDED = ("75056", "13055", "69123")


def name_error(raw: str, type_id: str | None, lang: str | None = None) -> ResolveError | None:
    """The error for a name that no collectivité has and that names an arrondissement
    municipal (« Marseille 1er », « Paris 15e », « Lyon 3e arrondissement »): the one its
    code gets (« 13201 »), said of the name, never a suggestion of the whole city (an
    arrondissement's account is not the city's); else None.

    >>> name_error("Marseille 1er", None).render()
    "« Marseille 1er » est le nom de Marseille 1er Arrondissement, arrondissement municipal de Marseille : écrivez 13055 si le compte relevé est celui de la commune ; s'il est celui de Marseille 1er Arrondissement même, retirez la ligne"
    """
    if not (type_id is None or type_id in _commune_like()):
        return None
    from ..survey.rules import _arrondissement
    from .name_index import code_table

    communes = code_table("commune")
    for city in _DIVIDED:
        ent = communes.entities[communes.codes[city]]
        found = _arrondissement(ent, raw)
        if found is not None:
            by_code = error(raw, found[0], type_id, lang)
            if by_code is not None and by_code.msg is not None:
                err = ResolveError.of("former-code-name", lang=lang, **by_code.msg.params)
                err.candidates = by_code.candidates
                return err
    return None


@functools.cache
def _names_by_commune() -> dict[str, dict[str, tuple[str, str, str]]]:
    """``former_names.csv`` by current commune, then by the loose key of the former name:
    ``(former name, its code, kind)``; read once, on the first name beside a code that is
    not the commune's own."""
    from .name_index import name_key
    from .reference import _columns

    cols = _columns("former_names.csv")
    out: dict[str, dict[str, tuple[str, str, str]]] = {}
    for name, code, kind, commune in zip(cols["name"], cols["code"], cols["kind"],
                                         cols["commune"]):
        out.setdefault(commune, {}).setdefault(name_key(name), (name, code, kind))
    return out


def former_name_of(commune: str, name: str) -> tuple[str, str, str] | None:
    """When ``name`` is the name of a former commune merged into ``commune`` (its code
    today), ``(former name, its code, kind)`` (kind as in ``former_codes.csv``); else None.
    « Annecy-le-Vieux » beside 74010 (Annecy): a commune déléguée, of code 74011;
    « Bellegarde-sur-Valserine » beside 01033: the commune déléguée whose code Valserhône
    kept.

    >>> former_name_of("74010", "Annecy le Vieux")
    ('Annecy-le-Vieux', '74011', 'deleguee')
    >>> former_name_of("74010", "Annecy") is None
    True
    """
    from .name_index import name_key

    found = _names_by_commune().get(commune)
    return None if not found else found.get(name_key(name))


def former_words(name: str, code: str, kind: str, commune: str, commune_name: str) -> Words:
    """« d'Annecy-le-Vieux (74011), ancienne commune déléguée d'Annecy » (after « le nom »),
    "Annecy-le-Vieux (74011), former commune déléguée of Annecy", said per language;
    the code said as the one the current commune kept when it is the same (Bellegarde-sur-
    Valserine, 01033, for Valserhône)."""
    fr, en = _KINDS[kind]
    what_fr = fr.format(de=_de(commune_name), a=_a(commune_name), name=commune_name)
    what_en = en.format(name=commune_name)
    if code == commune:
        return Words(f"{_de(name)}, {what_fr}, dont {commune_name} a gardé le code",
                     f"{name}, {what_en}, whose code {commune_name} kept")
    return Words(f"{_de(name)} ({code}), {what_fr}", f"{name} ({code}), {what_en}")


@functools.cache
def arrondissements(commune: str) -> dict[int, tuple[str, str]]:
    """The arrondissements municipaux of ``commune`` (Paris 75056, Marseille 13055, Lyon
    69123) by their number: ``(code, name)``; empty for any other commune.

    >>> arrondissements("75056")[1], arrondissements("69123")[3]
    (('75101', 'Paris 1er Arrondissement'), ('69383', 'Lyon 3e Arrondissement'))
    >>> arrondissements("35238")
    {}
    """
    out = {}
    for code, (name, kind, parent) in _index().items():
        if kind == "arrondissement" and parent == commune:
            m = re.search(r"(\d+)(?:er|e)\b", name)
            if m:
                out[int(m.group(1))] = (code, name)
    return out


def _commune_like() -> frozenset[str]:
    from .reference import COMMUNE_LIKE

    return frozenset(COMMUNE_LIKE)
