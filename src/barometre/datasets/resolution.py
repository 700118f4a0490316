"""Find a collectivité by its code or its name, as a French user means it.

Rules, in order (each tried only when the previous one finds nothing):

1. **Codes**: INSEE codes (départements, communes), SIREN, and the codes of
   institutions ("6AE", "69D"…). A code never falls back to a name.
2. **The full name**, folded (case, accents, hyphens, apostrophes; "St"/"Ste" read
   as "Saint"/"Sainte"; the article that old INSEE lists write after the name, in
   brackets, read in front: "Havre (Le)", "MANS(LE)" are "Le Havre", "Le Mans"),
   including the former names of merged communes:
   "Biot" is Biot (06018) and "Le Biot" is Le Biot (74034); "Grand-Champ" is not
   "Grandchamp".
3. **Aliases**: "CeA", "CTM", "Conseil départemental de la Gironde", "Région Sud" and
   "PACA" (Provence-Alpes-Côte d'Azur: :data:`.name_index.REGION_ALIASES`), a métropole
   by its city ("Lyon", "Nantes" with ``type="metropole"``: Métropole de Lyon,
   Nantes Métropole), an EPCI by its name without its legal form ("Pays Basque",
   "Paris-Saclay"), and the names a métropole goes by, from a sourced table
   (:data:`.name_index.EPCI_ALIASES`: "MEL", "Grand Lyon").
4. **Loose names**: without the leading article and the spaces ("Mans" is Le Mans,
   "Grandchamp" finds Grand-Champ when nothing is called Grandchamp); never for a name
   whose last word is an article ("Mans, Le" is not "Mansle", a former name).
   Then an EPCI named with a legal form, long or short, other than the one its
   reference name has ("Communauté d'agglomération du Pays Basque", "Agglomération de
   La Rochelle", "CA Paris Saclay", "Métropole européenne de Lille", "Métropole du
   Grand Lyon"): the rest of the name, by rules 2 to 4, among the groupings of the kind
   the form says only (:func:`.name_index.epci_form`). Then a grouping named with
   « Agglo » or « Agglomération » after its place ("Pays de Gex Agglo", "CA Haut Bugey
   Agglo"): its place alone and with either word, together, among the CA and CU.
5. **Institutions' own names**, when the name as written answers to nothing: a
   prefix that says the type for certain is read as that type, and the rest as its
   territory's name or code ("Région Bretagne", "Conseil régional d'Occitanie": a
   région; "Conseil départemental de Loire-Atlantique", "Département de …", "CD44",
   "CD 2A": a département, or the council that serves it alone under another code
   ("CD69" is 69D, as "Conseil départemental du Rhône"); "Ville de Nantes", "Mairie
   du Mans", "Commune de …": a commune; "Métropole de Nantes": a métropole, by its
   city). With another ``type`` than the prefix says, the name is unknown; a
   territory's name shared by several ("Ville de Saint-Denis") stays ambiguous.

Within a rule, candidates are restricted to the expected type when there is one
("Lyon" with ``type="commune"`` is 69123, "Paris" with ``type="departement"`` is
75), then to the département hint ("Saint-Denis (974)", ``departement=``). One
candidate left: found. Several: :class:`ResolveError` listing them. Without a
type, a name carried by entities of several types ("Paris": commune and
département) is ambiguous across types: the error lists each with its type and
asks for one; nothing is preferred silently. An entity found through a former name
carries it (:attr:`Entity.former_name`) and :meth:`Entity.warning` names the
current commune. Unknown names get up to five suggestions (rapidfuzz; among EPCI, the
names that hold the words asked first: "Grand Paris Sud"; a town's name with the words of a
grouping around it, "CA Lorient", "Quimper agglo", finds the names that hold the town; an
abbreviated name, "Loire-Atl.", the names it abbreviates first: Loire-Atlantique).
Asked as an EPCI or a métropole, a commune's name ("Quimper") is not the grouping: the
error suggests first the grouping that commune belongs to, said as such (« Quimper est une
commune de CA Quimper Bretagne Occidentale (200068120) : écrivez 200068120 »,
:attr:`ResolveError.towns`), the grouping named after the town first among homonyms.

The indexes behind these rules (keys, pools of names, former names, type checks)
are in :mod:`.name_index`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable, Sequence

from ..domain.errors import ResolveError
from ..domain.keywords import numbered
from ..domain.registry import TYPES, find_type, types_words
from ..domain.text import ascii_digits_of, fold
from ..domain.text import is_missing as _missing
from ..messages import Count, Msg, Words
from .name_index import (
    ARTICLES,
    EPCI_TIERS,
    _chefs_lieux,
    COUNCIL_REPLACED_SINCE,
    _council_of,
    _council_replaced,
    _fits,
    _former_index,
    _full_key,
    _hint_departement,
    _in_departement,
    _keys,
    _loose_keys,
    institution_codes,
    institution_name,
    _pool,
    code_table,
    _pools_for,
    _typed,
    epci_form,
    epci_kind,
    epci_containing,
    epci_place,
    epci_place_keys,
    epci_town,
    name_key,
    name_keys,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .reference import Entity

__all__ = ["resolve", "resolve_many", "find_code", "name_key", "name_keys", "asked_territory",
           "survey_row_entity"]

MAX_SUGGESTIONS = 5
#: A full key whose last word is an article ("Mans, Le", "Mans Le": "mans le") is never read
#: by its loose key, which would glue the article to the name ("mansle": Mansle, a former
#: name of Mansle-les-Fontaines, for Le Mans): no name of the reference ends with an
#: article. Written in brackets ("Mans (Le)"), the article is read in front instead
#: (:func:`.name_index.article_first`).
_TRAILING_ARTICLES = (" le", " la", " les", " l", " aux", " las", " los")
#: :func:`resolve_many` looks for suggestions for this many distinct unknown names; the
#: others get the error without suggestions (a file of 2,000 unknown names stays fast).
MAX_SUGGESTED_NAMES = 100


# ---------------------------------------------------------------- resolve

@numbered
def resolve(text: object, type: str | None = None, departement: str | None = None,
            lang: str | None = None) -> Entity:
    """Find the entity named by a code, a SIREN or a name.

    Parameters
    ----------
    text : str
        "44", "1" (with ``type="departement"``), "44109", a 9-digit SIREN, "6AE",
        "Loire-Atlantique", "st etienne", "Saint-Denis (974)", "CeA"...
    type : str, optional
        Collectivity type expected (a survey's type): names and codes of other
        types are not considered. Without it, codes of 1 to 3 characters are
        départements, 5 communes, 9 SIREN; a name shared by several types is
        ambiguous.
    departement : str, optional
        Département code or name that settles an ambiguous name (a survey's
        département column).
    lang : {"fr", "en"}, optional
        Language of the error message (``str(err)``; ``err.render(lang)`` says it in
        another). Default: ``$BAROMETRE_LANG``, else French.

    Returns
    -------
    Entity
        With ``former_name`` set when found by a former name (see
        :meth:`Entity.warning`).

    Raises
    ------
    ResolveError
        Code ``unknown-entity`` / ``unknown-code`` (``candidates`` = up to five
        suggestions; with ``type="epci"`` or ``"metropole"``, a commune's name suggests
        first the grouping the commune belongs to, and ``towns`` holds the pairs (commune,
        grouping): « Quimper » is no EPCI's name, CA Quimper Bretagne Occidentale is
        suggested), ``former-code`` / ``corsica-code`` for a code that is no current
        commune's but was one's (a commune déléguée or associée, an arrondissement
        municipal: « 01340 », « 75101 ») or a Corsican code of before 1976 (« 20004 »,
        « 20 »): the message says which code to write, ``candidates`` = the current
        entity (:mod:`.former_codes`), ``ambiguous-entity`` / ``ambiguous-entity-types``
        (``candidates`` = the matches) or ``entity-not-in-departement``; with
        ``type="epci"``, ``not-an-epci`` for the Métropole de Lyon ("Lyon", its SIREN):
        a collectivité à statut particulier, of the type ``metropole`` (``candidates`` =
        it).

    Examples
    --------
    >>> from barometre.datasets.reference import resolve
    >>> resolve("nantes").code
    '44109'
    >>> resolve("Lyon", type="commune").code, resolve("Paris", type="departement").code
    ('69123', '75')
    >>> resolve("Biot").code, resolve("Le Biot").code
    ('06018', '74034')
    >>> resolve("CeA").population > 1_900_000
    True
    >>> resolve("Saint-Denis")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ResolveError: « Saint-Denis » est ambigu : ...
    """
    return _resolve(text, _type_id(type), departement, lang, suggest=True)


def _type_id(type: str | None) -> str | None:
    type_id = find_type(type).id if type else None
    return None if type_id == "all" else type_id


def _resolve(text: object, type_id: str | None, departement: object, lang: str,
             suggest: bool) -> Entity:
    try:
        return _resolve_as(text, type_id, departement, lang, suggest)
    except ResolveError as exc:
        if exc.code not in ("unknown-entity", "unknown-code"):
            raise
        if str(text).strip().upper() == "69M":
            raise _insee_69m(str(text).strip(), type_id, lang) from None
        if type_id != "epci":
            raise
        raise _not_an_epci(exc, text, departement, lang) from None


def _insee_69m(raw: str, type_id: str | None, lang: str) -> ResolveError:
    """« 69M », INSEE's code of the Métropole de Lyon (its table of the collectivités with a
    département's powers): barometre names it by its SIREN among the ``metropole`` type, and
    the Rhône's council is 69D; code ``insee-69m``, ``candidates`` both."""
    cols = _ref._entity_columns("metropole")
    siren = next(c for c, k in zip(cols["code"], cols["kind"]) if k == "MET69")
    lyon = code_table("metropole")
    found = [_typed(lyon.entities[lyon.codes[siren]], type_id or "metropole")]
    inst = _pool("institution")
    if "69D" in inst.codes:
        found.append(inst.entities[inst.codes["69D"]])
    err = ResolveError.of("insee-69m", value=raw, siren=siren, lang=lang)
    err.candidates = found
    return err


def _not_an_epci(err: ResolveError, text: object, departement: object,
                 lang: str) -> ResolveError:
    """``err`` (nothing of type ``epci`` answers to ``text``), saying so when ``text`` names
    the Métropole de Lyon: a collectivité à statut particulier, not an EPCI, of the type
    ``metropole`` ("Lyon", "Métropole de Lyon", its SIREN 200046977)."""
    try:
        found = _resolve_as(text, "metropole", departement, lang, suggest=False)
    except ResolveError:
        return err
    if found.code in code_table("epci").codes:  # a métropole that is an EPCI: not this
        return err
    said = err.msg
    hint = said.params.get("hint") if said is not None else None
    if isinstance(hint, Msg) and hint.code == "epci-code-gone":  # it is no EPCI gone
        said = Msg(said.code, **{**said.params, "hint": Msg("no-hint")})
    out = ResolveError.of("not-an-epci", error=said, name=found.name, code=found.code,
                          lang=lang)
    out.candidates = [found]
    return out


def _resolve_as(text: object, type_id: str | None, departement: object, lang: str,
                suggest: bool) -> Entity:
    # a missing value of any kind (None, NaN, pandas' NA: « <NA> » once a string, NaT)
    raw = "" if _missing(text) else str(text).strip()
    if not raw or raw.lower() in ("nan", "none", "<na>"):
        raise ResolveError.of("empty-entity", lang=lang)
    fixed = ascii_digits_of(raw)
    if fixed is not None:
        # « ٤٤١٠٩ », « ４４１０９ Nantes »: digits other than 0-9 are no code (the name rules
        # would drop them unsaid, « Nantes »): refused, with the cell written 0-9
        raise ResolveError.of("entity-digits-not-ascii", value=raw, fixed=fixed, lang=lang)
    sci = _SCIENTIFIC.fullmatch(raw)
    sci_err = _scientific_code(raw, sci, type_id, lang) if sci else None
    if sci_err is not None:  # never a name; never read as a code (digits may be lost)
        raise sci_err
    hint_dep = _hint_departement(departement) if departement else None
    name_part = raw
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", raw)
    if m and m.group(1):
        hint = _hint_departement(m.group(2))
        if hint:
            name_part, hint_dep = m.group(1), hint
    found = _by_code(name_part, raw, type_id, lang)
    if found is not None:
        return found
    found = _by_code_and_name(raw, type_id, lang)
    if found is not None:
        return found
    return _by_name(name_part, raw, type_id, hint_dep, lang, suggest)


#: A number Excel wrote in scientific notation (« 2,42900314E+08 », « 1.23E+04 »): the
#: integer part, the decimals, the exponent
_SCIENTIFIC = re.compile(r"\s*(\d)(?:[.,](\d+))?\s*[eE]\s*\+?(\d{1,2})\s*")


def _scientific_code(raw: str, m: re.Match, type_id: str | None,
                     lang: str) -> ResolveError | None:
    """The error of a code cell Excel turned into scientific notation: never read (Excel
    keeps as many significant digits as its format shows, the others are lost). When every
    digit is shown (« 2,42900314E+08 », 9 digits of a 9-digit number), the code it would be
    is said, with its entity when one has it (``candidates``); else the digits past those
    shown are said lost (« 1,23E+04 » may have been 12 345). None for a number that is no
    integer (« 2,5E+00 »): no code, said as any other cell."""
    digits = m.group(1) + (m.group(2) or "")
    width = int(m.group(3)) + 1
    if len(digits) < width:  # 1,23E+04: 123?? — the last digits are gone
        n = len(digits)
        nth = Words("1er" if n == 1 else f"{n}e", _ordinal_en(n))
        return ResolveError.of("code-scientific-lost", value=raw, nth=nth, lang=lang)
    if digits[width:].strip("0"):
        return None
    code = digits[:width]
    found = None
    try:
        found = _by_code(code, code, type_id, lang)
    except ResolveError:
        pass
    name = f" ({found.name})" if found is not None else ""
    err = ResolveError.of("code-scientific-whole", value=raw,
                          code=found.code if found is not None else code, name=name, lang=lang)
    err.candidates = [found] if found is not None else []
    return err


def _ordinal_en(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th…"""
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{end}"


#: A cell that gives a code and a name (« 44109 - Nantes », « 44109 Nantes », « Nantes
#: (44109) », « Nantes - 44109 »): the layout of many exports (« code - libellé »). The name
#: opens with no digit (no commune's, département's or région's name does: an EPCI's
#: « 4B Sud Charente » is read as a name when its « code » is none)
_CODE = r"(?:\d[\dAB]{1,8}|2[AB]\d{3})"
_CODE_THEN_NAME = re.compile(rf"\s*(?P<code>{_CODE})\s*(?:[-–—:|/,]\s*|\s)\s*(?P<name>[^\d\s].*?)\s*")
_NAME_THEN_CODE = re.compile(rf"\s*(?P<name>[^\d\s].*?)\s*(?:\(\s*(?P<code>{_CODE})\s*\)|"
                             rf"[-–—:|/,]\s*(?P<code2>{_CODE}))\s*")


def code_and_name(text: str) -> tuple[str, str] | None:
    """The code and the name of a cell that gives both (« 44109 - Nantes », « Nantes
    (44109) »), else None.

    >>> code_and_name("44109 - Nantes"), code_and_name("Nantes (44109)"), code_and_name("Nantes")
    (('44109', 'Nantes'), ('44109', 'Nantes'), None)
    """
    m = _CODE_THEN_NAME.fullmatch(text) or _NAME_THEN_CODE.fullmatch(text)
    if m is None:
        return None
    return m.group("code") or m.group("code2"), m.group("name")


def read_by_code_and_name(text: str, type_id: str | None, code: str) -> bool:
    """Whether ``text``, resolved as the entity of ``code``, was read as a cell giving a
    code and a name (« 44109 - Nantes »): its code part names that entity (« Nantes (44) »,
    a name and its département, does not). For the survey reader, which says it."""
    parts = code_and_name(text) if type_id else None
    if parts is None:
        return False
    try:
        found = _by_code(parts[0], parts[0], type_id, "fr")
    except ResolveError:
        return False
    return found is not None and found.code == code


def _by_code_and_name(raw: str, type_id: str | None, lang: str) -> Entity | None:
    """A cell that gives a code and a name (:func:`code_and_name`) of one entity of the type:
    that entity (two identifiers agree: a certain reading, said by the survey reader,
    ``code-and-name-in-cell``); the ``code-name-in-cell-differ`` error when they name two;
    None when the cell is not so written or a part names nothing (the usual rules then say
    what is wrong with the whole cell)."""
    parts = code_and_name(raw) if type_id else None
    if parts is None:
        return None
    code, name = parts
    try:
        by_code = _by_code(code, code, type_id, lang)
    except ResolveError:
        return None
    if by_code is None:
        return None
    try:
        by_name = _by_name(name, name, type_id, None, lang, suggest=False)
    except ResolveError as exc:  # homonyms (« Saint-Denis »): the code picks one of them
        if by_code.code in {c.code for c in (exc.candidates or ())}:
            return by_code
        if _close_names(name, by_code.name):  # « 44109 Nante »: the code's name mistyped?
            # not read (which part is wrong?), and no « ne s'appelle » of the whole cell
            err = ResolveError.of("code-name-in-cell-close", value=raw, code=code,
                                  code_name=by_code.name, code_code=by_code.code, name=name,
                                  lang=lang)
            err.candidates = [by_code]
            raise err from None
        return None
    if by_name.code == by_code.code:
        return by_code
    err = ResolveError.of("code-name-in-cell-differ", value=raw, code=code,
                          code_name=by_code.name, code_code=by_code.code, name=name,
                          name_name=by_name.name, name_code=by_name.code, lang=lang)
    err.candidates = [by_code, by_name]
    raise err


#: How close (rapidfuzz ratio of the loose keys) the name of a cell « 44109 Nante » must be
#: to its code's entity's to be said its typo: as close as :func:`_suggestions` suggests
CLOSE_NAME_RATIO = 75


def _close_names(typed: str, name: str) -> bool:
    """Whether the name ``typed`` beside a code may be the code's entity's ``name``
    mistyped (« Nante », « Nantes »), as :func:`_suggestions` finds close names.

    >>> _close_names("Nante", "Nantes"), _close_names("Rennes", "Nantes")
    (True, False)
    """
    from rapidfuzz import fuzz

    a, b = name_key(typed), name_key(name)
    return bool(a and b) and fuzz.ratio(a, b) >= CLOSE_NAME_RATIO


def _by_code(text: str, raw: str, type_id: str | None, lang: str) -> Entity | None:
    """Rule 1. None when ``text`` is not a code; ResolveError for an unknown code."""
    # the institutions' codes without their pool's name indexes: those are built for a
    # name only (an unknown code of a large survey costs no name index, #19)
    i = institution_codes().get(text.strip().upper())
    if i is not None:
        inst = _pool("institution")
        if _fits(inst.entities[i], type_id):
            return _typed(inst.entities[i], type_id)
    code = _ref.restore_code(text, type_id)
    if type_id == "ville_prefecture" and re.fullmatch(r"\d{1,3}|2[AB]", text.upper()):
        dep = _ref.restore_code(text, "departement")  # a département's code: its préfecture
        code = _chefs_lieux().get(dep, dep)
    if code is None:
        if type_id and re.fullmatch(r"\d+", text.strip()):
            # digits that are no code of the type (« 0039022 », a SIREN cut short): a code
            # to say unknown, not a name (« ne s'appelle « 0039022 » »)
            raise ResolveError.of("unknown-code", value=raw, lang=lang, hint=Msg("no-hint"),
                                  what=Msg("of-type", type=types_words(type_id)))
        if type_id and _LETTER_FOR_DIGIT.fullmatch(text.strip()) and any(
                c.isdigit() for c in text):
            raise _letter_for_digit(text.strip(), raw, type_id, lang)
        return None
    tiers = (_pools_for(type_id) if type_id else
             (["departement"] if len(code) <= 3 else ["commune", "epci", "metropole"]))
    for tier in tiers:  # codes only: no need for the name indexes of a pool
        if tier == "institution":
            j = institution_codes().get(code)
            pool = _pool(tier) if j is not None else None
        else:  # a SIREN has nine digits: a shorter code needs no table of SIRENs (35,000
            # communes', built on first use: 40 ms of an unknown code in a large survey)
            pool = code_table(tier)
            j = (pool.codes if len(code) == 9 else pool.by_code).get(code)
        if j is not None and _fits(pool.entities[j], type_id):
            return _typed(pool.entities[j], type_id)
    if type_id == "region":  # « 22 »: Picardie, a région of before 2016, not today's
        from .former_regions import error as former_region

        err = former_region(raw, code, lang)
        if err is not None:
            raise err
    if re.fullmatch(r"[\dAB]+", text.upper()):
        from .former_codes import error as former  # a former code: says which to write
        what = Msg("of-type", type=types_words(type_id)) if type_id else Msg("no-hint")
        # an EPCI's SIREN no current one has: one merged or dissolved since (no history
        # of EPCI in the reference, unlike communes' and régions' former codes)
        # — unless it is no SIREN at all: its check digit (Luhn's) fails, a slip of the keys
        hint = (Msg("no-hint") if type_id != "epci" or len(code) != 9 else
                Msg("epci-code-gone") if _luhn_valid(code) else Msg("siren-check-digit"))
        raise former(raw, code, type_id, lang) or ResolveError.of(
            "unknown-code", value=raw, what=what, hint=hint, lang=lang)
    return None


def _luhn_valid(digits: str) -> bool:
    """Whether a SIREN's nine digits pass its check (Luhn's algorithm), as every
    intercommunalité's SIREN does: one that fails was mistyped, never an EPCI gone since.

    >>> _luhn_valid("200046977"), _luhn_valid("241099990")
    (True, False)
    """
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


#: A code typed with a letter for a digit: O or o for 0, I or l for 1 (« 1O01 », « 2A0O4 »,
#: « 44l09 »), digits otherwise; no name of any collectivité is written so
#: (tests/test_code_letters.py checks every name key)
_LETTER_FOR_DIGIT = re.compile(r"(?:2[AaBb])?[0-9OoIl]*[OoIl][0-9OoIl]*")
_DIGIT_OF_LETTER = str.maketrans("OoIl", "0011")


def _letter_for_digit(text: str, raw: str, type_id: str, lang: str) -> ResolveError:
    """The ``unknown-code`` error of a code typed with a letter for a digit (« 1O01 »): not
    read as the code it may be (a guess), said with that code's entity when it is one
    (« « 1001 » est le code de L'Abergement-Clémenciat (01001) », its ``candidates``), never
    looked up as a name (no name is written so, and the name indexes cost a large survey
    0.1 s, #19)."""
    fixed = text.translate(_DIGIT_OF_LETTER)
    try:
        found = _by_code(fixed, fixed, type_id, lang)
    except ResolveError:
        found = None
    if found is not None:
        from .former_codes import _de  # « d'Ajaccio », « du Mans »

        hint = Msg("code-letter-for-digit", fixed=fixed, code=found.code,
                   name=Words(_de(found.name), f"of {found.name}"))
    else:
        hint = Msg("code-letter-among-digits")
    err = ResolveError.of("unknown-code", value=raw, lang=lang, hint=hint,
                          what=Msg("of-type", type=types_words(type_id)))
    err.candidates = [found] if found is not None else []
    return err


def _candidates(rule: str, text: str, type_id: str | None,
                tiers: Sequence[str] | None = None) -> list[Entity]:
    """Entities that answer to ``text`` under one rule, restricted to the type (and to the
    pools ``tiers``, without former names, when given)."""
    key = name_key(text) if rule == "loose" else _full_key(text)
    if rule == "loose" and _full_key(text).endswith(_TRAILING_ARTICLES):
        return []
    out: dict[str, Entity] = {}
    for tier in _pools_for(type_id) if tiers is None else tiers:
        pool = _pool(tier)
        for i in getattr(pool, rule).get(key, ()):
            ent = pool.entities[i]
            if ent.code not in out and _fits(ent, type_id):
                out[ent.code] = _typed(ent, type_id)
    if rule != "alias" and tiers is None and (type_id is None or type_id in _ref.COMMUNE_LIKE):
        communes = _pool("commune")
        for name, code in _former_index()[0 if rule == "full" else 1].get(key, ()):
            ent = communes.entities[communes.codes[code]]
            if code not in out and _fits(ent, type_id):
                out[code] = replace(_typed(ent, type_id), former_name=name)
    return list(out.values())


def _by_name(text: str, raw: str, type_id: str | None, hint_dep: str | None,
             lang: str, suggest: bool = True, prefixed: bool = True) -> Entity:
    """Rules 2 to 4, then rule 5 (:func:`_by_institution_name`), then the errors."""
    outside: list[Entity] = []
    for rule in ("full", "alias", "loose"):
        cands = _candidates(rule, text, type_id)
        if hint_dep and cands:
            inside = [c for c in cands if _in_departement(c, hint_dep)]
            if not inside:
                outside = outside or cands
                continue
            cands = inside
        if len(cands) == 1:
            return cands[0]
        if cands:
            raise _ambiguous(raw, cands, lang)
    if not outside and type_id in (None, "region"):
        found = _by_former_region(text, raw, lang)
        if found is not None:
            return found
    if not outside and prefixed:
        found = _by_epci_form(text, raw, type_id, hint_dep, lang)
        if found is not None:
            return found
    prefixed_sugg: list[Entity] = []  # the territory's close names, "Région Bretagn"
    if not outside and prefixed:
        try:
            found = _by_institution_name(text, raw, type_id, hint_dep, lang, suggest)
        except ResolveError as exc:
            if exc.code != "unknown-entity":
                raise
            prefixed_sugg = list(exc.candidates)
        else:
            if found is not None:
                return found
    if outside:
        err = ResolveError.of("entity-not-in-departement", value=raw, departement=hint_dep,
                              candidates=_Joined(_describe(c, False) for c in outside),
                              lang=lang)
        err.candidates = outside
        raise err
    sugg = _suggestions(text, type_id) if suggest else []
    if prefixed_sugg:  # then those of the name as written ("Ville-du-Pon": Ville-du-Pont)
        kept: dict[str, Entity] = {}
        for ent in (*prefixed_sugg, *sugg):
            kept.setdefault(ent.code, ent)
        sugg = list(kept.values())[:MAX_SUGGESTIONS]
    towns = _towns(text, type_id) if suggest and type_id in EPCI_TIERS else []
    from .former_codes import name_error

    arr = name_error(raw, type_id, lang)  # « Marseille 1er »: said as its code 13201 is
    if arr is not None:
        raise arr
    if hint_dep:  # « Concarnau » in the 29: Concarneau (29039), not Connaux (30092)
        sugg = within_departements(sugg, (hint_dep,))
    raise unknown_error(raw, type_id, sugg, towns, lang)


def within_departements(sugg: Sequence[Entity], deps: Sequence[str]) -> list[Entity]:
    """The close names ``sugg`` that lie in one of the départements ``deps`` (a
    ``--departement`` given, a template's ``--within``), when any does: the others, of
    another département, are no reading of a name written there; all of them otherwise."""
    inside = [e for e in sugg if any(_in_departement(e, d) for d in deps)]
    return inside or list(sugg)


def suggested_within(err: ResolveError, deps: Sequence[str], type_id: str | None,
                     lang: str = "fr") -> ResolveError:
    """``err``, an ``unknown-entity`` error, whose suggestions are only those in the
    départements ``deps`` when any is (:func:`within_departements`): a survey made for
    them (a template's scope); ``err`` itself otherwise."""
    if err.code != "unknown-entity" or not err.candidates or getattr(err, "towns", None):
        return err
    kept = within_departements(err.candidates, deps)
    if len(kept) == len(err.candidates):
        return err
    value = err.msg.params.get("value") if err.msg is not None else None
    if value is None:
        return err
    return unknown_error(value, type_id, kept, [], lang).with_traceback(None)


def _by_former_region(text: str, raw: str, lang: str) -> Entity | None:
    """A région's name of before 2016 that answers to nothing today (:mod:`.former_regions`):
    the région that kept its code and territory (« Région Centre »: Centre-Val de Loire, 24),
    else the ``former-region`` / ``provisional-region`` error, never a close name (« Picardie »
    is neither Pardies nor Hauts-de-France); None for any other name."""
    from .former_regions import error as former_region
    from .former_regions import kept_code

    code = kept_code(text)
    if code is not None:
        regions = code_table("region")
        return _typed(regions.entities[regions.codes[code]], "region")
    err = former_region(raw if text == raw else text, None, lang)
    if err is not None:
        raise err
    return None


def unknown_error(raw: str, type_id: str | None, sugg: Sequence[Entity],
                  towns: Sequence[tuple[Entity, Entity]], lang: str = "fr",
                  option: str | None = None) -> ResolveError:
    """The ``unknown-entity`` error of ``raw``: its suggestions ``sugg`` and, for a name
    asked as a grouping that is a commune's (``towns``: :func:`_towns`), the grouping of
    that commune first, said as such (« Quimper est une commune de CA Quimper Bretagne
    Occidentale (200068120) : écrivez 200068120 »; with ``option``, « : --entity
    200068120 »). ``candidates``: the communes' groupings, then the suggestions (up to
    :data:`MAX_SUGGESTIONS`); ``towns``: the (commune, grouping) pairs."""
    first = [epci for _, epci in towns]
    kept: dict[str, Entity] = {}
    for ent in (*first, *sugg):
        kept.setdefault(ent.code, ent)
    cands = list(kept.values())[:MAX_SUGGESTIONS]
    others = [e for e in cands if e.code not in {f.code for f in first}]
    closest = (Msg("closest-entities", names=", ".join(s.label() for s in others)) if others
               else Msg("no-hint"))
    if towns:
        closest = Msg("closest-town", town=_town_hint(towns, option), closest=closest)
    what = Msg("of-type", type=types_words(type_id)) if type_id else Msg("no-hint")
    err = ResolveError.of("unknown-entity", value=raw, what=what, closest=closest, lang=lang)
    err.candidates = cands
    err.towns = list(towns)
    return err


def _town_hint(towns: Sequence[tuple[Entity, Entity]], option: str | None) -> Msg:
    """« Quimper est une commune de CA Quimper Bretagne Occidentale (200068120) : écrivez
    200068120 », or the communes of that name each with its grouping."""
    codes = list(dict.fromkeys(epci.code for _, epci in towns[:MAX_SUGGESTIONS]))
    said = [f"{option} {c}" if option else c for c in codes]
    alts = Words(" ou ".join(said), " or ".join(said))
    give: object = alts if option else Msg("write-code", code=alts)
    commune, epci = towns[0]
    if len(towns) == 1:
        return Msg("epci-of-commune", commune=commune.name, epci=epci.name, code=epci.code,
                   give=give)
    items = [Msg("epci-of-commune-item", commune=c.name, departement=c.departement or "",
                 epci=e.name, code=e.code) for c, e in towns[:MAX_SUGGESTIONS]]
    if len(towns) > MAX_SUGGESTIONS:
        items.append(Msg("list-more"))
    return Msg("epci-of-communes", n=Count(len(towns)), commune=commune.name, items=items,
               give=give)


def _towns(text: str, type_id: str | None) -> list[tuple[Entity, Entity]]:
    """The communes whose name is ``text`` (its full key: case, accents, hyphens aside),
    or the town it names with the words of a grouping around it ("Quimper agglo", "CA
    Lorient": :func:`.name_index.epci_town`), each with the grouping of ``type_id`` it
    belongs to (``communes.csv``'s ``epci``): the one whose name holds the town first (the
    grouping named after it), then by the commune's population. Empty when no commune is
    so named, or its grouping is of another type (a commune of the Métropole de Lyon
    asked as an EPCI).

    A plain look-up in the communes' keys, and the rows found read cell by cell: no index
    nor column of the 35,000 communes made (under a millisecond, on the path of an unknown
    name only)."""
    town = epci_town(text)[1]
    if not town:
        return []
    full = _keys("commune").full
    rows: list[int] = []
    at = -1
    while True:
        try:
            at = full.index(town, at + 1)
        except ValueError:
            break
        rows.append(at)
    if not rows:
        return []
    col = _ref._columns("communes.csv")  # read for the groupings' départements already
    found: list[tuple[bool, float, int, Entity, Entity]] = []
    for i in rows:
        for tier in _pools_for(type_id):
            pool = _pool(tier)
            j = pool.codes.get(col.cell("epci", i) or "")
            if j is not None and _fits(pool.entities[j], type_id):
                epci = _typed(pool.entities[j], type_id)
                named = f" {town} " in f" {_full_key(epci.name)} "
                pop = col.cell("population", i)
                ent = _ref.Entity(  # as the commune pool makes it, for these rows only
                    code=col.cell("code", i), name=col.cell("name", i),
                    collectivity_type="commune", population=None if pop != pop else int(pop),
                    departement=col.cell("departement", i), region=col.cell("region", i),
                    siren=col.cell("siren", i))
                found.append((not named, -(ent.population or 0), i, ent, epci))
                break
    found.sort(key=lambda t: t[:3])
    return [(ent, epci) for *_, ent, epci in found]


def _by_epci_form(text: str, raw: str, type_id: str | None, hint_dep: str | None,
                  lang: str) -> Entity | None:
    """Rule 4b: an EPCI named with its legal form, long or short, and whatever the published
    name says ("Communauté d'agglomération du Pays Basque" and "Agglomération du Pays
    Basque" are "CA du Pays Basque"; "CA Paris Saclay" is "CA Communauté Paris-Saclay";
    "Métropole européenne de Lille", "Métropole du Grand Lyon"): the rest of the name read
    as the groupings' names without their form (rules 2 to 4), among the groupings of the
    kind the form says only ("CA Côte Basque-Adour" is no communauté de communes).

    Then a name that ends with « Agglo » or « Agglomération », with or without a legal
    form before it (:func:`_by_agglo_word`).

    None when ``text`` opens with no such form, when the type is not of groupings, or when
    nothing of that kind answers; the entity, or an ambiguity about ``raw``.
    """
    read = epci_form(text)
    tiers = [t for t in _pools_for(type_id) if t in EPCI_TIERS]
    if not tiers:
        return None
    if read is not None and read[1]:
        kinds, rest = read
        for rule in ("full", "alias", "loose"):
            cands = [c for c in _candidates(rule, rest, type_id, tiers)
                     if epci_kind(c.code) in kinds]
            if cands:
                return _the_one(cands, raw, hint_dep, lang)
    return _by_agglo_word(text, raw, type_id, tiers, hint_dep, lang)


#: The usage words after a grouping's place that say the same (« Carcassonne Agglo » and
#: « Carcassonne Agglomération »), on full keys
_AGGLO_WORDS = ("agglomeration", "agglo")


def _by_agglo_word(text: str, raw: str, type_id: str | None, tiers: Sequence[str],
                   hint_dep: str | None, lang: str) -> Entity | None:
    """Rule 4c: a grouping named with « Agglo » or « Agglomération » after its place
    (:func:`.name_index.epci_town`), a legal form before it or not: « Pays de Gex Agglo »
    is the CA du Pays de Gex (the place alone, as its name without its form says it),
    « CA Haut Bugey Agglo » the CA Haut-Bugey Agglomération (the place with the other
    word). Both readings are looked up together, by rules 2 to 4, among the CA and CU
    (and the kinds a legal form written says): one grouping found, it; several, an
    ambiguity about ``raw``, none preferred. A commune's name with such a word (« Quimper
    agglo », « Pau agglo ») is no grouping's, nor a name whose legal form says another kind
    (« CC … Agglo », « Métropole … Agglo »): None, suggestions then.
    """
    kinds, rest = epci_town(text)
    ends = _full_key(text).rsplit(" ", 1)
    if (kinds is None or not set(kinds) <= {"CA", "CU"} or not rest or len(ends) < 2
            or ends[1] not in _AGGLO_WORDS):
        return None  # « CC … Agglo », « Métropole … Agglo »: words that disagree
    found: dict[str, Entity] = {}
    for key in (rest, *(f"{rest} {w}" for w in _AGGLO_WORDS)):
        for rule in ("full", "alias", "loose"):
            cands = [c for c in _candidates(rule, key, type_id, tiers)
                     if epci_kind(c.code) in kinds]
            if cands:  # the first rule that answers, for each reading
                found.update((c.code, c) for c in cands)
                break
    return _the_one(list(found.values()), raw, hint_dep, lang) if found else None


def _the_one(cands: list[Entity], raw: str, hint_dep: str | None, lang: str) -> Entity:
    """The one grouping of ``cands`` (not empty), those of the row's département first
    when it names one; several, an ambiguity about ``raw``."""
    if hint_dep:
        cands = [c for c in cands if _in_departement(c, hint_dep)] or cands
    if len(cands) > 1:
        raise _ambiguous(raw, cands, lang)
    return cands[0]


def _by_institution_name(text: str, raw: str, type_id: str | None, hint_dep: str | None,
                         lang: str, suggest: bool) -> Entity | None:
    """Rule 5: a name as an institution gives itself ("Région Bretagne", "CD44", "Ville de
    Nantes"), read as its territory's name or code of the type that its prefix says.

    None when ``text`` has no such prefix, or one of another type than ``type_id`` (then
    the name is unknown as written). Otherwise the entity, or the error of the
    territory's name about ``raw`` (ambiguous; unknown with its suggestions, which
    :func:`_by_name` puts before those of the name as written).
    """
    read = institution_name(text)
    if read is None or not read[1]:
        return None
    said, rest = read
    if type_id is None or type_id == said:
        want = said
    elif (said == "commune" and type_id in _ref.COMMUNE_LIKE) or (
            said == "metropole" and type_id == "epci"):
        want = type_id  # "Ville de Nantes" among villes préfectures, a métropole an EPCI
    else:
        return None
    found = _by_code(rest, raw, want, lang)
    if found is None:
        found = _by_name(rest, raw, want, hint_dep, lang, suggest, prefixed=False)
    if said == "departement" and found.role is None and found.code in _council_of():
        return _typed(_council_of()[found.code], want)  # as "Conseil départemental du Rhône"
    if said == "departement" and found.role is None and found.code in _council_replaced():
        # a conseil départemental that is no more ("CD2B": since 2018 the Collectivité de
        # Corse, 20R): today's council, found through the name as written (its warning
        # says so, and which département was asked: :func:`asked_territory`)
        return replace(_typed(_council_replaced()[found.code], want),
                       former_name=" ".join(raw.split()))
    return found


def survey_row_entity(ent: Entity) -> Entity:
    """``ent`` as a survey file's row keys it: the département asked for when ``ent`` was
    found through its former conseil départemental (a row « Conseil départemental de la
    Haute-Corse » is row 2B, as it was before 2018: two such rows are 2A and 2B, not the
    Collectivité de Corse twice), else ``ent``."""
    dep = asked_territory(ent)
    if dep is None:
        return ent
    return _typed(_resolve(dep, "departement", None, "fr", suggest=False), ent.collectivity_type)


def asked_territory(ent: Entity) -> str | None:
    """The département whose former conseil départemental ``ent`` was found through
    ("CD2B", « Conseil départemental de la Haute-Corse »: 2B, of the Collectivité de Corse,
    20R), or None. A survey of départements keys that council's accounts by this row.

    >>> from barometre.datasets.reference import resolve
    >>> ent = resolve("CD2B")
    >>> ent.code, ent.population, ent.former_name, asked_territory(ent)
    ('20R', 355486, 'CD2B', '2B')
    """
    if not ent.former_name or ent.code not in COUNCIL_REPLACED_SINCE:
        return None
    read = institution_name(ent.former_name)
    if read is None or read[0] != "departement" or not read[1]:
        return None
    try:
        t = _resolve(read[1], "departement", None, "fr", suggest=False)
    except ResolveError:
        return None
    return t.code if t.code in ent.territories else None


def _ambiguous(raw: str, cands: list[Entity], lang: str) -> ResolveError:
    types = list(dict.fromkeys(c.collectivity_type for c in cands))
    several = len(types) > 1
    listed = _Joined(_describe(c, several) for c in cands)
    if several:
        err = ResolveError.of("ambiguous-entity-types", value=raw, candidates=listed,
                              types=types, lang=lang)
    else:
        ex = cands[-1]
        example = f"{ex.former_name or ex.name} ({ex.departement or ex.code})"
        err = ResolveError.of("ambiguous-entity", value=raw, candidates=listed,
                              example=example, lang=lang)
    err.candidates = list(cands)
    return err


class _Joined(Msg):
    """Several messages said one after the other ("a, b, c"), in the reader's language."""

    __slots__ = ("parts",)

    def __init__(self, parts: Iterable[object]) -> None:
        super().__init__("no-hint")
        self.parts = list(parts)

    def render(self, lang: str = "fr") -> str:
        return ", ".join(p.render(lang) if isinstance(p, Msg) else str(p) for p in self.parts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Joined) and self.parts == other.parts


class _TypeLabel(Msg):
    __slots__ = ("type_id",)

    def __init__(self, type_id: str) -> None:
        super().__init__("no-hint")
        self.type_id = type_id

    def render(self, lang: str = "fr") -> str:
        t = TYPES.get(self.type_id)
        return t.label(lang) if t else self.type_id


def _describe(ent: Entity, with_type: bool) -> Msg:
    deps = _pool("departement")
    dep = ent.departement
    where: list[object] = [_TypeLabel(ent.collectivity_type)] if with_type else []
    if dep and dep in deps.codes and not (with_type and ent.collectivity_type == "departement"):
        where.append(f"{deps.entities[deps.codes[dep]].name}, {dep}")
    if not where:
        where.append(" + ".join(ent.territories) or ent.region or "")
    if ent.former_name:
        return Msg("entity-candidate-former", name=ent.name, code=ent.code,
                   where=_Joined(where), former=ent.former_name)
    return Msg("entity-candidate", name=ent.name, code=ent.code, where=_Joined(where))


def _suggestions(text: str, type_id: str | None) -> list[Entity]:
    """Up to :data:`MAX_SUGGESTIONS` close names (rapidfuzz ratio ≥ 75 on loose keys).

    Among the groupings (EPCI, métropoles), a name written with a legal form is compared
    without it, and first come the names that hold its words ("Grand Paris Sud" is in
    "CA Grand Paris Sud Seine Essonne Sénart"; "CA Grand Paris" is not the Métropole du
    Grand Paris: of the kind the form says only), the closest in length first; a name with
    generic words (:func:`.name_index.epci_place`) is compared by its place: "CA du Pays de
    Lorient" suggests Lorient Agglomération, not the names close by "du Pays de" alone. A name
    ending with an article ("Mans, Le") is compared without it (:data:`_TRAILING_ARTICLES`).
    A name abbreviated with dots ("Loire-Atl.", "C.-d'Armor": :func:`_abbreviation`) first
    suggests the names it abbreviates, the most populous first: rapidfuzz's ratio scores
    "Loiret" above "Loire-Atlantique", whose letters the dot left out."""
    from rapidfuzz import fuzz, process

    key = name_key(text)
    full = _full_key(text)
    if full.endswith(_TRAILING_ARTICLES):  # "Mans, Le": close to "mans", not to "mansle"
        key = full.rsplit(" ", 1)[0].replace(" ", "")
    if not key:
        return []
    kinds, words = epci_town(text)  # "CA Lorient", "Quimper agglo": the town's words
    scored: list[tuple[float, bool, int, Entity]] = []
    short = _abbreviation(text)
    for rank, tier in enumerate(_pools_for(type_id)):
        pool = _pool(tier)
        if short is not None:  # as sure as a name's own words: before any likeness
            found = [pool.entities[i] for k in _abbreviated(short, tier)
                     for i in pool.full[k]]
            found = [e for e in found if _fits(e, type_id)]
            found.sort(key=lambda e: -(e.population or 0))
            scored += [(-100, False, rank, _typed(e, type_id)) for e in found[:MAX_SUGGESTIONS]]
        if tier in EPCI_TIERS:
            for share, i in epci_containing(words, tier, town=kinds is not None
                                            )[:MAX_SUGGESTIONS]:
                ent = pool.entities[i]
                if _fits(ent, type_id) and (kinds is None or epci_kind(ent.code) in kinds):
                    scored.append((-100 - share, False, rank, _typed(ent, type_id)))
        # a name said with generic words ("CA du Pays de Lorient"): its place weighs, not
        # them ("du Pays de" is as close to "CA du Pays de l'Or" as to anything)
        place = epci_place(words).replace(" ", "") if tier in EPCI_TIERS else ""
        generic = bool(place) and place != words.replace(" ", "")
        near_place: set[int] = set()
        if generic:
            places, rows = epci_place_keys(tier)
            if len(place) >= 3:  # the place word for word: "lorient" in Lorient Agglomération
                for share, i in epci_containing(epci_place(words), tier, town=True
                                                )[:MAX_SUGGESTIONS]:
                    ent = pool.entities[i]
                    if _fits(ent, type_id) and (kinds is None or epci_kind(ent.code) in kinds):
                        scored.append((-100, False, rank, _typed(ent, type_id)))
            for _, score, j in process.extract(place, places, scorer=fuzz.ratio,
                                               processor=None, limit=None, score_cutoff=75):
                near_place.add(rows[j])
                if len(near_place) <= 3:  # "Loriant": the closest places, as below
                    ent = pool.entities[rows[j]]
                    if _fits(ent, type_id):
                        scored.append((-score, False, rank, _typed(ent, type_id)))
        tier_key = (name_key(words) or key) if tier in EPCI_TIERS else key
        own = _keys(tier).loose  # a name's own key before an alias ("Nantess": Nantes first,
        for k, score, _ in process.extract(tier_key, _loose_keys(tier), scorer=fuzz.ratio,
                                           processor=None, limit=3, score_cutoff=75):
            for i in pool.loose[k][:2]:  # then Nantes Métropole by its city)
                ent = pool.entities[i]
                if generic and i not in near_place:  # close by generic words only
                    continue
                if _fits(ent, type_id):
                    scored.append((-score, own[i] != k, rank, _typed(ent, type_id)))
    scored.sort(key=lambda t: t[:3])
    out: dict[str, Entity] = {}
    for *_, ent in scored:
        out.setdefault(ent.code, ent)
    return list(out.values())[:MAX_SUGGESTIONS]


#: A word of a name as typed, with the dot that may end it ("Atl.")
_TYPED_WORD = re.compile(r"([^\W_]+)(\.?)")
#: An abbreviation says at least this many letters (« A. » would abbreviate hundreds)
_ABBREVIATION_LETTERS = 3


def _abbreviation(text: str) -> tuple[str, bool, re.Pattern[str]] | None:
    """What ``text`` abbreviates with dots, as the full keys (:func:`.name_index._full_key`)
    it fits: each word ending with a dot the start of a word ("Atl." of "atlantique"), the
    others whole, in order, an article ahead allowed. Returns the first word after the
    article, whether it is cut short, and the pattern of the whole key; None when no word
    of ``text`` ends with a dot ("St." is "saint" already, no abbreviation) or it says
    fewer than :data:`_ABBREVIATION_LETTERS` letters.

    >>> first, cut, pattern = _abbreviation("Loire-Atl.")
    >>> first, cut, [bool(pattern.fullmatch(k)) for k in ("loire atlantique", "loiret")]
    ('loire', False, [True, False])
    >>> _abbreviation("C.-d'Armor")[:2], _abbreviation("Loire"), _abbreviation("A.")
    (('c', True), None, None)
    """
    words: list[tuple[str, bool]] = []
    for word, dot in _TYPED_WORD.findall(text):
        keys = _full_key(word).split()
        cut = bool(dot) and keys == fold(word).split()  # "St." is spelt out: a whole word
        words += [(k, cut and n == len(keys) - 1) for n, k in enumerate(keys)]
    if len(words) > 1 and words[0][0] in ARTICLES and not words[0][1]:
        words = words[1:]  # « Les Sables-d'Ol. »: the pattern allows any article
    if (not any(cut for _, cut in words)
            or sum(len(k) for k, _ in words) < _ABBREVIATION_LETTERS):
        return None
    body = " ".join(re.escape(k) + ("[0-9a-z]*" if cut else "") for k, cut in words)
    return (words[0][0], words[0][1],
            re.compile(f"(?:(?:{'|'.join(ARTICLES)}) )?{body}"))


@functools.cache
def _keys_by_first_word(tier: str) -> dict[str, list[str]]:
    """A pool's full keys by their first word after an article: an abbreviation is
    matched against the keys of its first word only (a few names, not 35,000)."""
    out: dict[str, list[str]] = {}
    for k in _pool(tier).full:
        w = k.split(" ", 2)
        out.setdefault(w[1] if len(w) > 1 and w[0] in ARTICLES else w[0],
                       []).append(k)
    return out


def _abbreviated(short: tuple[str, bool, re.Pattern[str]], tier: str) -> list[str]:
    """The full keys of ``tier`` that :func:`_abbreviation`'s ``short`` fits."""
    first, cut, pattern = short
    index = _keys_by_first_word(tier)
    firsts = [w for w in index if w.startswith(first)] if cut else [first]
    return [k for w in firsts for k in index.get(w, ()) if pattern.fullmatch(k)]


# ---------------------------------------------------------------- many at once

@numbered
def find_code(value: object, type: str | None = None) -> Entity | None:
    """The entity whose code or SIREN is ``value``, or None: a dictionary look-up,
    no name matching, no error (the fast path of large files of plain codes).

    Examples
    --------
    >>> import barometre as bm
    >>> bm.reference.find_code("1", "departement").name, bm.reference.find_code("Nantes", "commune")
    ('Ain', None)
    """
    if value is None or (not isinstance(value, str) and _missing(value)):
        return None
    type_id = _type_id(type)
    try:
        return _by_code(str(value).strip(), str(value), type_id, "fr")
    except ResolveError:
        return None



@numbered
def resolve_many(values: Sequence[object] | pd.Series, type: str | None = None,
                 departements: Sequence[object] | pd.Series | None = None,
                 lang: str | None = None) -> list[Entity | ResolveError]:
    """Resolve a whole column: one result per value, errors returned, not raised.

    Each distinct (value, département) pair is resolved once; plain codes are a
    dictionary look-up. For survey files: pass the file's département column as
    ``departements`` to settle ambiguous names.

    Parameters
    ----------
    values : sequence or Series
        Codes or names, as in :func:`resolve`.
    type : str, optional
        Expected collectivity type (strongly advised for surveys).
    departements : sequence or Series, optional
        Same length as ``values``: a département code or name per value (blank
        when unknown).
    lang : {"fr", "en"}, optional
        Language of the errors' ``str(err)``. Default: ``$BAROMETRE_LANG``, else French.

    Returns
    -------
    list of Entity or ResolveError
        In the order of ``values``.

    Examples
    --------
    >>> import barometre as bm
    >>> [e.code for e in bm.reference.resolve_many(["Biot", "44109", "Saint-Denis"], type="commune",
    ...                                            departements=["", "", "974"])]
    ['06018', '44109', '97411']
    """
    vals = ["" if v is None or (not isinstance(v, str) and _missing(v)) else str(v).strip()
            for v in values]
    hints = [""] * len(vals) if departements is None else [
        "" if h is None or (not isinstance(h, str) and _missing(h)) else str(h).strip()
        for h in departements]
    if len(hints) != len(vals):
        raise ValueError("values and departements differ in length")
    type_id = _type_id(type)
    done: dict[tuple[str, str], Entity | ResolveError] = {}
    out: list[Entity | ResolveError] = []
    unknown = 0
    for pair in zip(vals, hints):
        if pair not in done:
            try:
                done[pair] = _resolve(pair[0], type_id, pair[1] or None, lang,
                                      suggest=unknown < MAX_SUGGESTED_NAMES)
            except ResolveError as exc:
                unknown += exc.code == "unknown-entity"
                done[pair] = exc
        out.append(done[pair])
    return out


# At the end: ``reference`` re-exports this module's functions and this module uses
# its tables; importing it last lets either module be imported first.
from . import reference as _ref  # noqa: E402
