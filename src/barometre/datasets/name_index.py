"""Indexes of names for :mod:`.resolution`: matching keys, one pool of names per kind of
entity, former names of communes, and which entity can stand for which type.

Private to ``barometre.datasets``; built once, on first use, from the reference tables and
their matching keys folded at build time (``data/reference/name_keys.txt``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, Mapping

import numpy as np

from .._data import data_bytes
from ..domain.text import fold

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .reference import Entity


def _reference():
    """The reference module, imported when first needed (it imports this package's
    resolution, which imports this module)."""
    from . import reference

    return reference

_SAINT = (r"(?<![0-9a-z])st(?![0-9a-z])", "saint")
_SAINTE = (r"(?<![0-9a-z])ste(?![0-9a-z])", "sainte")
#: The articles a full key may start with, and the pattern that takes one off (rule 4)
ARTICLES = ("le", "la", "les", "l")
_ARTICLE = rf"^(?:{'|'.join(ARTICLES)}) (?=\S)"
#: The article that old INSEE lists (the ``ARTMIN``/``ARTMAJ`` of the COG before 2019), the
#: préfectures' lists and many spreadsheets write after the name, in brackets: "Havre (Le)",
#: "MANS(LE)", "Abergement-Clémenciat (L')", "Marais (Aux)". The articles of INSEE's
#: "type de nom en clair" (TNCC): Le, La, Les, L', Aux, Las, Los; no "(D')", which INSEE
#: never writes (the TNCC's "D'" is a charnière, not part of the name). Read on the text
#: as written (folding drops the brackets: "havre le", glued "havrele"), only when it ends
#: with ")".
_ARTICLE_AFTER = r"^\s*(\S.*?)\s*\(\s*(le|la|les|l['’]?|aux|las|los)\s*\)\s*$"
_ARTICLE_AFTER_RE = re.compile(_ARTICLE_AFTER, re.IGNORECASE)
_SAINT_RE, _SAINTE_RE = re.compile(_SAINT[0]), re.compile(_SAINTE[0])  # 35,000 names a pool
#: Pools of names looked up without a type, in this order (a code found in two pools,
#: a métropole among EPCI, is kept once, from the first).
_POOLS = ("departement", "region", "metropole", "commune", "epci", "institution")


# ---------------------------------------------------------------- matching keys

def article_first(text: object) -> object:
    """``text`` with the article written after it in brackets put back in front ("Havre
    (Le)" is "Le Havre"; :data:`_ARTICLE_AFTER`), else ``text`` as it is. A certain reading,
    as case and accents are: the keys of :func:`_full_key` and :func:`name_key` read it.

    >>> article_first("Havre (Le)"), article_first("ROCHELLE(LA)")
    ('Le Havre', 'LA ROCHELLE')
    >>> article_first("Abergement-Clémenciat (L')")
    "L' Abergement-Clémenciat"
    >>> article_first("Saint-Denis (974)"), article_first("Le Mans")
    ('Saint-Denis (974)', 'Le Mans')
    """
    if isinstance(text, str) and text.rstrip().endswith(")"):  # no regex on most names
        m = _ARTICLE_AFTER_RE.match(text)
        if m:
            return f"{m.group(2)} {m.group(1)}"
    return text


def _full_key(text: object) -> str:
    """Key of rule 2: folded words, the article written after the name in brackets put in
    front (:func:`article_first`), "st"/"ste" spelled out."""
    s = _SAINT_RE.sub(_SAINT[1], fold(article_first(text)))
    return _SAINTE_RE.sub(_SAINTE[1], s)


def name_key(text: object) -> str:
    """Loose matching key of a name (rule 4): folded, no leading article, no spaces.

    Examples
    --------
    >>> import barometre as bm
    >>> name_key = bm.reference.name_key
    >>> name_key("Les Sables-d’Olonne") == name_key("sables d'olonne")
    True
    >>> name_key("St-Étienne") == name_key("Saint-Etienne")
    True
    >>> name_key("L’Isle-Adam"), name_key("Isle-Adam (L')")
    ('isleadam', 'isleadam')
    >>> name_key("Mans (Le)")
    'mans'
    """
    return re.sub(_ARTICLE, "", _full_key(text)).replace(" ", "")


#: How an institution names itself before its territory's name, and the type that says
#: (only prefixes that leave no doubt): "Région Bretagne", "Conseil régional de Bretagne",
#: "Conseil départemental de Loire-Atlantique", "CD44", "Département de …", "Ville de
#: Nantes", "Mairie de Nantes", "Commune de …", "Métropole de Nantes". On folded text; a commune's article
#: is part of its name, so "Ville du Mans" reads "le mans" and "Mairie des Sables…"
#: "les sables…".
_INSTITUTION_PREFIXES = (
    (re.compile(r"^(?:conseil regional|region)(?: (?:de|d|du|des))? (?=\S)"), "region"),
    (re.compile(r"^(?:conseil departemental|conseil general|departement)"
                r"(?: (?:de|d|du|des))? (?=\S)"), "departement"),
    (re.compile(r"^(?:cd|cg) ?(?=(?:\d{1,3}|2a|2b)$)"), "departement"),  # "CD44", "CD 2A"
    (re.compile(r"^(?:ville|mairie|commune)(?: (?:de|d|du|des)) (?=\S)"), "commune"),
    (re.compile(r"^metropole(?: (?:de|d|du|des)) (?=\S)"), "metropole"),  # "… de Nantes"
)


def institution_name(text: object) -> tuple[str, str] | None:
    """The type and the territory's name (or code) of a name an institution gives itself,
    or None when ``text`` starts with no such prefix.

    Only the prefixes that say the type for certain: "Conseil régional" and "Région" a
    région, "Conseil départemental", "Conseil général", "Département" and "CD"/"CG"
    before a code a département, "Ville de", "Mairie de", "Commune de" a commune,
    "Métropole de" a métropole (by its city: "Métropole de Nantes" is Nantes Métropole). The
    resolver reads them only when the name as written answers to nothing
    ("Ville-d'Avray" is a commune's own name).

    >>> institution_name("Conseil régional d'Occitanie")
    ('region', 'occitanie')
    >>> institution_name("CD 44"), institution_name("Mairie du Mans")
    (('departement', '44'), ('commune', 'le mans'))
    >>> institution_name("Nantes") is None
    True
    """
    s = fold(text)
    for pattern, type_id in _INSTITUTION_PREFIXES:
        m = pattern.match(s)
        if m:
            rest = s[m.end():]
            if type_id == "commune" and m.group(0).endswith(("du ", "des ")):
                rest = ("le " if m.group(0).endswith("du ") else "les ") + rest
            return type_id, rest
    return None


def _full_keys(names: Iterable[object]) -> list[str]:
    """:func:`_full_key` of each name (one fold per distinct name)."""
    cache: dict[object, str] = {}
    out = []
    for n in names:
        k = cache.get(n)
        if k is None:
            k = cache[n] = _full_key(n)
        out.append(k)
    return out


def _loose_of(full_keys: Iterable[str]) -> list[str]:
    """The loose keys (rule 4) of full keys: no leading article, no spaces."""
    article = re.compile(_ARTICLE)
    return [article.sub("", k, count=1).replace(" ", "") for k in full_keys]


def name_keys(names: Iterable[object]) -> pd.Series | list[str]:
    """Vectorised :func:`name_key` (same result, for whole columns of names): a Series for
    a Series (same index), else a list."""
    keys = _loose_of(_full_keys(names))
    if hasattr(names, "index") and hasattr(names, "map"):  # a pandas Series
        import pandas as pd

        return pd.Series(keys, index=names.index, dtype=object)
    return keys


# ---------------------------------------------------------------- pools of names

@dataclass(frozen=True)
class _Pool:
    """One kind of entity with its indexes: rule -> key -> row numbers."""

    tier: str
    entities: "_Entities | tuple[Entity, ...]"
    full: dict[str, list[int]]
    alias: dict[str, list[int]]
    loose: dict[str, list[int]]
    codes: dict[str, int]


def _index(keys: Iterable[str], rows: Iterable[int], into: dict[str, list[int]] | None = None
           ) -> dict[str, list[int]]:
    out = {} if into is None else into
    if hasattr(keys, "tolist"):
        keys = keys.tolist()  # iterating an Arrow-backed Series is slow
    for k, i in zip(keys, rows):
        if k:
            found = out.get(k)  # no setdefault: it would make a list for every row
            if found is None:
                out[k] = [i]
            elif i not in found:
                found.append(i)
    return out


class _Entities:
    """The rows of a pool as :class:`Entity`, built on first access (35,000 communes:
    building them all up front would cost a second at every start)."""

    def __init__(self, cols: Mapping, tier: str) -> None:
        """``cols``: the reference's columns of the tier (``reference._entity_columns``):
        text (None when missing) and ``population`` as floats (NaN when unknown)."""
        self._tier = tier
        self._cols = cols  # as they are: the communes' are made when first used
        self._pop = np.asarray(cols["population"], dtype="float64")
        self._made: dict[int, Entity] = {}

    def __len__(self) -> int:
        return len(self._pop)

    def __getitem__(self, i: int) -> Entity:
        ent = self._made.get(i)
        if ent is None:
            def at(c: str):
                return self._cols[c][i]  # text or None

            pop = self._pop[i]
            ent = self._made[i] = _reference().Entity(
                code=at("code"), name=at("name"), collectivity_type=self._tier,
                population=None if np.isnan(pop) else int(pop), departement=at("departement"),
                region=at("region"), siren=at("siren"))
        return ent


#: The legal forms an EPCI's name opens with (on folded text), long and short, and the
#: kinds of ``epci.csv.gz`` each says: "Communauté d'agglomération du Pays Basque" and
#: "CA du Pays Basque" are a CA; "Agglomération de …" (a usage, not a legal form) a CA or a
#: CU; "Métropole européenne de Lille", "Eurométropole de Strasbourg" a métropole;
#: "Communauté …" alone ("Communauté Paris-Saclay") any communauté.
_EPCI_FORMS = (
    ("communaute d agglomeration|ca", ("CA",)),
    ("agglomeration|agglo", ("CA", "CU")),
    ("communaute de communes|cc", ("CC",)),
    ("communaute urbaine|cu", ("CU",)),
    ("metropole europeenne|eurometropole|metropole", ("METRO", "MET69")),
    ("communaute", ("CA", "CC", "CU")),
)
_EPCI_PREFIX = re.compile("^(?:" + "|".join(f"({forms})" for forms, _ in _EPCI_FORMS)
                          + r")(?: (?:de|du|des|d))? (?=\S)")
#: A second form after the first, in the published names: "CA Communauté Paris-Saclay",
#: "CA Agglo du Pays de Dreux", "CA Agglomération d'Agen"
_EPCI_SECOND = re.compile(r"^(?:communaute|agglomeration|agglo)(?: (?:de|du|des|d))? (?=\S)")
#: "Nantes Métropole", "Grenoble-Alpes-Métropole": also answer to "nantes", "grenoble alpes"
_EPCI_SUFFIX = re.compile(r"(?<=\S)\s+metropole$")
#: The names a région's council goes by that are not the région's name, as (code, name):
#: aliases of the région ("Région Sud": Provence-Alpes-Côte d'Azur's council since 2017;
#: "PACA", so also "Région PACA"). Part of the keys' fingerprint (:func:`_rules`).
REGION_ALIASES = (("93", "Région Sud"), ("93", "Région Sud Provence-Alpes-Côte d'Azur"),
                  ("93", "PACA"))
#: The names a métropole goes by that its own name does not give, as (SIREN, name): only
#: the ones its institution uses itself, with one meaning. "MEL": the Métropole européenne
#: de Lille (lillemetropole.fr, « Qui sommes-nous ? » : « la MEL »); "Grand Lyon": the
#: Métropole de Lyon (its site grandlyon.com; the name of the communauté urbaine it
#: replaced in 2015, kept as its brand). Part of the keys' fingerprint (:func:`_rules`).
EPCI_ALIASES = (("200093201", "MEL"), ("200046977", "Grand Lyon"),
                # the CA du Bassin de Bourg-en-Bresse's usage name (its site grandbourg.fr,
                # « Grand Bourg Agglomération », CA3B)
                ("200071751", "Grand Bourg Agglomération"))
#: Usage words written after a town's name for the grouping around it ("Quimper agglo",
#: "Lorient Agglomération", "Rouen Métropole"), and the kinds each says (as
#: :data:`_EPCI_FORMS`). Read on queries only (:func:`epci_town`), never part of the keys.
_EPCI_AFTER = re.compile(r"(?<=\S) (communaute d agglomeration|agglomeration|agglo|"
                         r"communaute|metropole)$")
_AFTER_KINDS = {"communaute d agglomeration": ("CA",), "agglomeration": ("CA", "CU"),
                "agglo": ("CA", "CU"), "communaute": ("CA", "CC", "CU"),
                "metropole": ("METRO", "MET69")}


def epci_form(text: object) -> tuple[tuple[str, ...], str] | None:
    """The kinds of EPCI (``CA``, ``CC``, ``CU``, ``METRO``, ``MET69``) that the legal form
    ``text`` opens with says, and the rest of the name (folded), or None without one.

    >>> epci_form("Communauté d'agglomération de La Rochelle")
    (('CA',), 'la rochelle')
    >>> epci_form("Agglomération de La Rochelle")
    (('CA', 'CU'), 'la rochelle')
    >>> epci_form("CC de la Vallée d'Ossau"), epci_form("Métropole Européenne de Lille")
    ((('CC',), 'la vallee d ossau'), (('METRO', 'MET69'), 'lille'))
    >>> epci_form("CA Communauté Paris-Saclay")
    (('CA',), 'paris saclay')
    >>> epci_form("Pays Basque") is None
    True
    """
    s = fold(text)
    m = _EPCI_PREFIX.match(s)
    if not m:
        return None
    kinds = next(k for (_, k), g in zip(_EPCI_FORMS, m.groups()) if g is not None)
    return kinds, _EPCI_SECOND.sub("", s[m.end():], count=1)


def epci_town(text: object) -> tuple[tuple[str, ...] | None, str]:
    """The name of a grouping as said around its town: the kinds of EPCI that a legal form
    or a usage word before it (:func:`epci_form`) or after it (:data:`_EPCI_AFTER`: "agglo",
    "Agglomération", "Communauté", "Métropole") says, or None without one, and the rest (a
    full key: the town's name, as the user wrote it).

    >>> epci_town("Quimper agglo"), epci_town("CA Lorient")
    ((('CA', 'CU'), 'quimper'), (('CA',), 'lorient'))
    >>> epci_town("Quimper"), epci_town("CA Saint-Brieuc Agglomération")
    ((None, 'quimper'), (('CA',), 'saint brieuc'))
    """
    form = epci_form(text)
    kinds, rest = (form[0], _full_key(form[1])) if form else (None, _full_key(text))
    m = _EPCI_AFTER.search(rest)
    if m:
        after = _AFTER_KINDS[m.group(1)]
        kinds = after if kinds is None else (tuple(k for k in kinds if k in after) or kinds)
        rest = rest[:m.start()]
    return kinds, rest


def _epci_short(name: object) -> str:
    """An EPCI's name without its legal form and its trailing "Métropole": "CA du Pays
    Basque" -> "pays basque", "Nantes Métropole" -> "nantes"."""
    form = epci_form(name)
    return _EPCI_SUFFIX.sub("", form[1] if form else fold(name))


@dataclass(frozen=True)
class CodeTable:
    """One kind of entity by code: what the large-file path needs, without name indexes.

    ``code``, ``name`` and ``population`` are the rows as arrays (NaN for an unknown
    population); ``entities`` gives the row as an :class:`Entity`, built on first access.
    ``by_code`` maps a code to its row, ``codes`` a code or a SIREN (made when first asked:
    a survey of plain codes never asks for SIRENs).
    """

    code: np.ndarray
    name: np.ndarray
    population: np.ndarray
    entities: _Entities

    @functools.cached_property
    def by_code(self) -> dict[str, int]:
        """A code -> its row (codes are unique and stripped: tests/test_code_lookup.py)."""
        return dict(zip(self.entities._cols["code"], range(len(self.code))))

    @functools.cached_property
    def codes(self) -> dict[str, int]:
        """A code or a SIREN -> its row: a code first; a SIREN given twice, its first row."""
        codes = dict(self.by_code)
        for s, i in zip(self.entities._cols["siren"], range(len(self.code))):  # text or None
            if s and s not in codes:
                codes[s] = i
        return codes


@functools.cache
def code_table(tier: str) -> CodeTable:
    """The entities of ``tier`` (not ``institution``) by code; built once, in milliseconds
    (the name indexes of :func:`_pool` take half a second for the communes)."""
    cols = _reference()._entity_columns(tier)  # read without pandas (#19)
    ents = _Entities(cols, tier)
    return CodeTable(np.array(cols["code"], dtype=object), np.array(cols["name"], dtype=object),
                     ents._pop, ents)


@dataclass(frozen=True)
class _Keys:
    """The matching keys of one pool's rows (or of the former names): ``full`` and ``loose``
    per row, ``alias`` as (key, row) in the order found. Folding them is the whole cost of a
    pool (0.1 s for the communes), hence shipped prebuilt (:func:`_shipped_keys`)."""

    full: list[str]
    loose: list[str]
    alias: list[tuple[str, int]]


def _computed_keys(tier: str) -> _Keys:
    """The keys of ``tier`` (one of :data:`_POOLS`, or ``former``), folded by the live rules
    from the packaged tables: the truth that the shipped keys must equal."""
    if tier == "former":
        full_keys = _full_keys(_reference()._columns("former_names.csv")["name"])
        return _Keys(full_keys, _loose_of(full_keys), [])
    if tier == "institution":
        col = _institution_rows()
        full_keys = _full_keys(col["name"])
        alias = [(_full_key(a), i) for i, aliases in enumerate(col["aliases"]) for a in aliases]
        return _Keys(full_keys, _loose_of(full_keys), alias)
    cols = _reference()._entity_columns(tier)
    names, codes = cols["name"], cols["code"]
    full_keys = _full_keys(names)
    alias = []
    if tier in ("epci", "metropole"):  # "Métropole de Lyon", "Nantes Métropole": their city
        for i, name in enumerate(names):
            # the name without its legal form ("CA Châteauroux Métropole": « Châteauroux
            # Métropole », as its own site names it), and without its trailing "Métropole"
            # too (« Châteauroux », "Nantes"): :data:`_EPCI_ALIAS_RULE`
            form = epci_form(name)
            shorts = [form[1] if form else "", _epci_short(name)]
            # and without the acronym (or gloss) that ends it: « CC Terre Valserhône
            # (CCTV) » is also « CC Terre Valserhône », « Terre Valserhône »
            bare = _TRAILING_BRACKETS.fullmatch(name)
            if bare:
                bare_form = epci_form(bare.group(1))
                shorts += [bare.group(1), bare_form[1] if bare_form else ""]
            for short in dict.fromkeys(shorts):
                if short and short != fold(name):
                    alias.append((_full_key(short), i))
        pos = {c: i for i, c in enumerate(codes)}
        alias += [(_full_key(text), pos[code]) for code, text in EPCI_ALIASES if code in pos]
    if tier == "region":  # "Région Sud"
        pos = {c: i for i, c in enumerate(codes)}
        alias += [(_full_key(text), pos[code]) for code, text in REGION_ALIASES]
    inst = _reference()._institution_columns()
    if tier == "departement":  # "Département de la Gironde", "Conseil départemental de…"
        pos = {c: i for i, c in enumerate(codes)}
        for code, name, aliases in zip(inst["code"], inst["name"], inst["aliases"]):
            if code in pos:
                alias += [(_full_key(text), pos[code]) for text in (name, *aliases)]
    if tier == "commune":  # the Ville de Paris is the commune of Paris
        pos = {s: i for i, s in enumerate(cols["siren"]) if isinstance(s, str)}
        for siren, name in zip(inst["siren"], inst["name"]):
            if siren in pos:
                alias.append((_full_key(name), pos[siren]))
    return _Keys(full_keys, _loose_of(full_keys), alias)


@functools.cache
def _pool(tier: str) -> _Pool:
    keys = _keys(tier)
    rows = range(len(keys.full))
    full = _index(keys.full, rows)
    loose = _index(keys.loose, rows)
    if tier != "institution":  # "Lisle-Adam" for "L'Isle-Adam": the elided article glued
        elided = [(k.replace(" ", ""), i) for i, k in enumerate(keys.full) if k.startswith("l ")]
        _index([k for k, _ in elided], [i for _, i in elided], loose)
    alias = _index([k for k, _ in keys.alias], [i for _, i in keys.alias])
    for key, found in alias.items():
        _index([key.replace(" ", "")], found, loose)
    if tier == "institution":
        return _Pool(tier, _institution_entities(), full, alias, loose, institution_codes())
    table = code_table(tier)
    return _Pool(tier, table.entities, full, alias, loose, table.codes)


@functools.cache
def institution_codes() -> dict[str, int]:
    """The institutions' codes (« 69D », « 6AE », « 972R »…) -> their row in the
    ``institution`` pool, without its name indexes: a code looked up (an unknown code of a
    large survey) needs no name folded nor indexed (#19)."""
    return {c: i for i, c in enumerate(_institution_rows()["code"])}


@functools.cache
def _institution_rows() -> dict[str, list]:
    """The institutions that are not simply one département's council (Corse, CeA, 69D…):
    the rows of the ``institution`` pool, as columns."""
    inst = _reference()._institution_columns()
    own = set(_reference()._entity_columns("departement")["code"])
    keep = [i for i, c in enumerate(inst["code"]) if c not in own]
    return {k: [v[i] for i in keep] for k, v in inst.items()}


def _institution_entities() -> tuple[Entity, ...]:
    col = _institution_rows()
    entity = _reference().Entity
    return tuple(entity(code=code, name=name, collectivity_type=types[0],
                        population=None if pop != pop else int(pop), departement=dep,
                        region=region, siren=siren, role=role, territories=terr)
                 for code, name, types, pop, dep, region, siren, role, terr in zip(
                     col["code"], col["name"], col["types"], col["population"],
                     col["departement"], col["region"], col["siren"], col["role"],
                     col["territories"]))


@functools.cache
def _former_index() -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]]:
    """Former names: full key -> [(name, current code)], and the same by loose key."""
    f = _reference()._columns("former_names.csv")
    keys = _keys("former")
    full: dict[str, list[tuple[str, str]]] = {}
    loose: dict[str, list[tuple[str, str]]] = {}
    for name, fk, lk, code in zip(f["name"], keys.full, keys.loose, f["commune"]):
        for index, key in ((full, fk), (loose, lk)):
            if (name, code) not in index.setdefault(key, []):
                index[key].append((name, code))
    return full, loose


# ---------------------------------------------------------------- prebuilt keys

#: The keys of every pool and of the former names, folded at build time
#: (``scripts/build_reference.py --keys``): building the pools then folds nothing.
KEYS_FILE = "name_keys.txt"
_KEYED = (*_POOLS, "former")
#: What the keys are made from besides the code: the packaged tables and the patterns of
#: the rules. A change to either makes the shipped keys unused (computed again) until
#: rebuilt; a change to the code itself is caught by tests/test_name_keys.py.
_SOURCES = ("regions.csv", "departements.csv", "communes.csv", "epci.csv.gz",
            "institutions.csv", "former_names.csv")
_HEADER = "barometre name keys 1"


#: How an EPCI's aliases are made from its name (:func:`_computed_keys`), in the keys'
#: fingerprint: a change of that rule makes the shipped keys stale, never silently kept
_EPCI_ALIAS_RULE = ("name without its legal form; and without its trailing Métropole; "
                    "and without its trailing brackets, with and without its legal form")
#: a name ending with brackets, an acronym or a gloss (« CC Terre Valserhône (CCTV) »,
#: « CA ECLA (Espace Communautaire Lons Agglomération) »): the name before them
_TRAILING_BRACKETS = re.compile(r"(.*\S)\s*\([^()]*\)\s*")


def _rules() -> tuple:
    from ..domain import text

    return (text._LIGATURES, text._MARKS, text._OTHER, _SAINT, _SAINTE, _ARTICLE,
            _ARTICLE_AFTER, _EPCI_PREFIX.pattern, _EPCI_SECOND.pattern, _EPCI_SUFFIX.pattern, _EPCI_FORMS,
            REGION_ALIASES, EPCI_ALIASES, _EPCI_ALIAS_RULE)


def _fingerprint() -> str:
    """Digest of the sources of the keys: tables' bytes (1 ms) and rules' patterns."""
    import hashlib  # here: _hashlib loads OpenSSL (3-6 ms), for the name pools only

    digest = hashlib.blake2b(repr(_rules()).encode("utf-8"), digest_size=16)
    for name in _SOURCES:
        digest.update(data_bytes("reference", name))
    return digest.hexdigest()


def keys_file_bytes() -> bytes:
    """The content of :data:`KEYS_FILE`, computed by the live rules.

    Text, one key a line (keys are folded: only ``[0-9a-z ]``, no line breaks): a header
    with the fingerprint, then for each of :data:`_KEYED` a line ``@tier rows aliases``,
    the full keys of its rows, their loose keys, and its aliases as ``row key``. Not
    gzipped: inflating it took half of the 9 ms of a load (the wheel is compressed anyway).
    """
    lines = [f"{_HEADER} {_fingerprint()}"]
    for tier in _KEYED:
        keys = _computed_keys(tier)
        lines.append(f"@{tier} {len(keys.full)} {len(keys.alias)}")
        lines += keys.full + keys.loose + [f"{i} {k}" for k, i in keys.alias]
    text = "\n".join(lines) + "\n"
    assert text.count("\n") == len(lines), "a key with a line break"
    return text.encode("utf-8")


def _parse_keys(raw: bytes) -> tuple[str, dict[str, _Keys]]:
    """The fingerprint and keys of a :data:`KEYS_FILE` content."""
    lines = raw.decode("utf-8").splitlines()  # also if checked out with CRLF
    if not lines or not lines[0].startswith(_HEADER + " "):
        raise ValueError(f"not a file of name keys: {lines[0][:60] if lines else ''!r}")
    fingerprint = lines[0][len(_HEADER) + 1:]
    out: dict[str, _Keys] = {}
    at = 1
    while at < len(lines):
        tier, n, n_alias = lines[at][1:].split(" ")
        n, n_alias, at = int(n), int(n_alias), at + 1
        alias = [line.split(" ", 1) for line in lines[at + 2 * n:at + 2 * n + n_alias]]
        out[tier] = _Keys(lines[at:at + n], lines[at + n:at + 2 * n],
                          [(k, int(i)) for i, k in alias])
        at += 2 * n + n_alias
    return fingerprint, out


@functools.cache
def _shipped_keys() -> dict[str, _Keys]:
    """The prebuilt keys of :data:`KEYS_FILE`; none when absent or made from other tables
    or rules than these (then every pool folds its names, as the build does)."""
    try:
        raw = data_bytes("reference", KEYS_FILE)
    except FileNotFoundError:
        return {}
    fingerprint, keys = _parse_keys(raw)
    return keys if fingerprint == _fingerprint() else {}


def _keys(tier: str) -> _Keys:
    keys = _shipped_keys().get(tier)
    return keys if keys is not None else _computed_keys(tier)


# ---------------------------------------------------------------- type checks

def _pools_for(type_id: str | None) -> list[str]:
    if type_id is None:
        return list(_POOLS)
    if type_id in _reference().COMMUNE_LIKE:
        return ["commune"]
    if type_id in ("region", "departement"):
        return [type_id, "institution"]
    return [type_id]


def _fits(ent: Entity, type_id: str | None) -> bool:
    """Whether ``ent`` can stand for an entity of ``type_id``."""
    if type_id is None:
        return True
    if ent.role is not None:  # an institution: the types it serves as
        return type_id in _institution_types().get(ent.code, ())
    if type_id == "ville_prefecture":
        return ent.code in _prefectures()
    if type_id in _reference().SIZE_CLASSES:
        return _reference().size_class(ent.population) == type_id
    if type_id in _reference().COMMUNE_LIKE:
        return ent.collectivity_type in _reference().COMMUNE_LIKE
    return ent.collectivity_type == type_id


@functools.cache
def _institution_types() -> dict[str, tuple[str, ...]]:
    inst = _reference()._institution_columns()
    return dict(zip(inst["code"], inst["types"]))


@functools.cache
def _council_of() -> dict[str, Entity]:
    """A département's code -> the council that serves it alone under another code (the
    Département du Rhône, 69D, for the Rhône without the Métropole de Lyon): what
    "Conseil départemental du Rhône" names, and so "CD69" or "Département de Rhône"."""
    inst = _pool("institution")
    return {ent.territories[0]: ent for ent in inst.entities
            if ent.role == "conseil_departemental" and len(ent.territories) == 1}


#: When the collectivités that took over the conseils départementaux of their
#: départements came into being (institutions.csv, README): Corse on 1 January 2018, Paris
#: on 1 January 2019, Martinique and Guyane at their assemblies' first sittings, December
#: 2015. Keyed by the collectivité's code; ``(year, month, day or None)``.
COUNCIL_REPLACED_SINCE = {"20R": (2018, 1, 1), "75C": (2019, 1, 1), "972R": (2015, 12, None),
                          "973R": (2015, 12, None)}


@functools.cache
def _council_replaced() -> dict[str, Entity]:
    """A département's code -> the collectivité that holds what was its conseil
    départemental ("CD2B", « Conseil départemental de la Haute-Corse »: the Collectivité de
    Corse, 20R, since 1 January 2018; "CD75": the Ville de Paris, 75C)."""
    inst = _pool("institution")
    return {t: ent for ent in inst.entities if ent.code in COUNCIL_REPLACED_SINCE
            for t in ent.territories}


@functools.cache
def _chefs_lieux() -> dict[str, str]:
    d = _reference()._columns("departements.csv")
    return dict(zip(d["code"], d["chef_lieu"]))


@functools.cache
def _prefectures() -> frozenset[str]:
    return frozenset(_chefs_lieux().values())


def _typed(ent: Entity, type_id: str | None) -> Entity:
    """``ent`` labelled with the requested type (a commune read as a ville préfecture)."""
    if type_id is None or ent.collectivity_type == type_id:
        return ent
    return replace(ent, collectivity_type=type_id)


def _in_departement(ent: Entity, dep: str) -> bool:
    return ent.departement == dep or dep in ent.territories


def _hint_departement(hint: object) -> str | None:
    """The département a cell names (its code, its name, or both when they agree: see
    :func:`read_departement_cell`), else None."""
    return read_departement_cell(hint)[0]


#: a département's code and its name in one cell, as exports write them: « 29 - Finistère »,
#: « 29 Finistère », « 2A:Corse-du-Sud », « Finistère (29) », « Finistère - 29 »
_DEP_CODE = r"(?:2[AaBb]|\d{1,3})"
_CODE_THEN_NAME = re.compile(rf"\s*({_DEP_CODE})\s*(?:[-–—:/|,.]\s*)?([^\W\d_].*?)\s*")
_NAME_THEN_CODE = re.compile(
    rf"\s*([^\W\d_].*?)\s*(?:[(\[]\s*({_DEP_CODE})\s*[)\]]|[-–—:/|,]?\s*({_DEP_CODE}))\s*")


def _departement_code(text: object) -> str | None:
    code = _reference().restore_code(text, "departement")
    return code if code and code in _pool("departement").codes else None


def _departement_named(text: object) -> str | None:
    deps = _pool("departement")
    found = deps.full.get(_full_key(text)) or deps.loose.get(name_key(text)) or []
    return deps.entities[found[0]].code if len(found) == 1 else None


def departement_name(code: str) -> str:
    """The name of the département of ``code`` (one of the reference's)."""
    deps = _pool("departement")
    return deps.entities[deps.codes[code]].name


def read_departement_cell(text: object) -> tuple[str | None, tuple[str, str, str] | None]:
    """The département a cell of a département column names: ``(code, None)``; or, for a
    code and a name that name two départements (« 29 - Morbihan »), ``(None, (code, name,
    named))``: the code, the name as written and the code of the département it names;
    ``(None, None)`` when the cell names none (« Bretagne », « 20 », « x »).

    A code (« 29 », « 2A », « 1 » for 01), a name (« Finistère », « FINISTERE »), or
    both in one cell, the code first or last (« 29 - Finistère », « 29 Finistère »,
    « Finistère (29) », « Finistère - 29 »): read when the two agree.

    >>> [read_departement_cell(t)[0] for t in ("29", "Finistère", "29 - Finistère",
    ...  "Finistère (29)", "2A Corse-du-Sud", "Côtes-d'Armor - 22", "Bretagne")]
    ['29', '29', '29', '29', '2A', '22', None]
    >>> read_departement_cell("29 - Morbihan")
    (None, ('29', 'Morbihan', '56'))
    """
    code = _departement_code(text)
    if code is not None:
        return code, None
    named = _departement_named(text)
    if named is not None or not isinstance(text, str):
        return named, None
    m = _CODE_THEN_NAME.fullmatch(text) or _NAME_THEN_CODE.fullmatch(text)
    if m is None:
        return None, None
    if m.re is _CODE_THEN_NAME:
        code_part, name_part = m.group(1), m.group(2)
    else:
        name_part, code_part = m.group(1), m.group(2) or m.group(3)
    code, named = _departement_code(code_part), _departement_named(name_part)
    if code is None or named is None:
        return None, None
    return (code, None) if code == named else (None, (code, name_part, named))


@functools.cache
def _loose_keys(tier: str) -> list[str]:
    return list(_pool(tier).loose)


#: The pools of groupings, whose names :func:`epci_form` reads
EPCI_TIERS = ("metropole", "epci")


@functools.cache
def _epci_kinds() -> dict[str, str]:
    """An EPCI's or a métropole's SIREN -> its kind (``CA``, ``CC``, ``CU``, ``METRO``,
    ``MET69``: ``epci.csv.gz``)."""
    out: dict[str, str] = {}
    for tier in EPCI_TIERS:
        cols = _reference()._entity_columns(tier)
        out.update(zip(cols["code"], cols["kind"]))
    return out


def epci_kind(code: object) -> str | None:
    """The kind of the EPCI or métropole of SIREN ``code`` (None for any other code).

    >>> epci_kind("246400337"), epci_kind("200046977"), epci_kind("44109")
    ('CC', 'MET69', None)
    """
    return _epci_kinds().get(code)  # type: ignore[arg-type]


def epci_own_keys(code: str) -> frozenset[str]:
    """The loose keys an EPCI or métropole answers to: its name's and its aliases' (its
    name without its legal form: "pays basque", "bordeaux" for Bordeaux Métropole)."""
    for tier in EPCI_TIERS:
        pool = _pool(tier)
        i = pool.codes.get(code)
        if i is not None:
            keys = _keys(tier)
            return frozenset([keys.loose[i]] + [k.replace(" ", "") for k, j in keys.alias
                                                 if j == i])
    return frozenset()


#: Words of a grouping's name that say what it is, not where: its legal form, the usage
#: words around a place, articles and prepositions. "CA du Pays de Lorient" is close to
#: "CA du Pays de l'Or" by them alone; its place, "lorient", is Lorient Agglomération's.
_EPCI_GENERIC = frozenset({
    "ca", "cc", "cu", "communaute", "communautes", "commune", "communes", "agglomeration",
    "agglo", "urbaine", "metropole", "intercommunalite", "pays", "de", "du", "des", "d",
    "la", "le", "les", "l", "et", "en", "sur", "aux", "au"})


def epci_place(key: str) -> str:
    """The words of a grouping's full key that say where, not what (without
    :data:`_EPCI_GENERIC`): what its suggestions weigh.

    >>> epci_place("ca du pays de lorient"), epci_place("ca du pays de l or")
    ('lorient', 'or')
    """
    return " ".join(w for w in key.split() if w not in _EPCI_GENERIC)


@functools.cache
def epci_place_keys(tier: str) -> tuple[list[str], list[int]]:
    """The places (:func:`epci_place`, without spaces) of a pool of groupings' names and
    aliases, with their rows (a place said by a name only: none for "Communauté de
    communes")."""
    keys = _keys(tier)
    out: tuple[list[str], list[int]] = ([], [])
    for k, i in [(k, i) for i, k in enumerate(keys.full)] + list(keys.alias):
        place = epci_place(k).replace(" ", "")
        if place:
            out[0].append(place)
            out[1].append(i)
    return out


@functools.cache
def _epci_words(tier: str) -> list[tuple[str, int]]:
    """The full keys of a pool of groupings, names' and aliases', as `` key `` (padded with
    spaces: a name contained in one, word for word, is found by ``in``), with their rows."""
    keys = _keys(tier)
    return [(f" {k} ", i) for i, k in enumerate(keys.full)] + [
        (f" {k} ", i) for k, i in keys.alias]


def epci_containing(text: str, tier: str, town: bool = False) -> list[tuple[float, int]]:
    """The rows of ``tier`` (one of :data:`EPCI_TIERS`) whose name or alias holds the words
    of ``text`` (a full key), each with the share of its key they make up: "grand paris
    sud" is in "ca grand paris sud seine essonne senart". Nothing for a single word ("lyon"
    is no part of the name of the "CC Lyon-Saint-Exupéry en Dauphiné") nor fewer than 4
    letters, unless ``town``: words said as a grouping's town ("Quimper agglo", "CA
    Lorient": :func:`epci_town`), which may be one word of 3 letters ("Pau")."""
    letters = len(text.replace(" ", ""))
    if (letters < 3 if town else (" " not in text.strip() or letters < 4)):
        return []
    words = f" {text} "
    best: dict[int, float] = {}
    for key, i in _epci_words(tier):
        if words in key:
            share = len(words) / len(key)
            if share > best.get(i, 0.0):
                best[i] = share
    return sorted(((share, i) for i, share in best.items()), reverse=True)
