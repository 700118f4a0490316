"""Registries of collectivity types and platforms, and alias matching.

Standard library only: the CLI uses this module for ``--help`` and option
checks without importing pandas.

Examples
--------
>>> from barometre.domain.registry import find_type, find_platform
>>> find_type("Conseil départemental").id
'departement'
>>> find_platform("X (ex-Twitter)").id
'x'
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..messages import Msg, Words
from .errors import UsageError
from .text import compact

__all__ = [
    "CollectivityType",
    "Platform",
    "TYPES",
    "PLATFORMS",
    "normalize",
    "find_type",
    "type_kind",
    "find_platform",
    "type_ids",
    "platform_ids",
    "OKABE_ITO",
]


def normalize(text: object) -> str:
    """Fold text for matching: no case, accents, spaces, hyphens or punctuation
    (:func:`barometre.domain.text.compact`).

    Examples
    --------
    >>> import barometre as bm
    >>> bm.registry.normalize("Conseil Départemental")
    'conseildepartemental'
    >>> bm.registry.normalize("X (ex-Twitter)")
    'xextwitter'
    """
    return compact(text)


@dataclass(frozen=True)
class CollectivityType:
    id: str
    label_fr: str
    label_en: str
    plural_fr: str
    plural_en: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    description_fr: str = ""
    #: the French plural is feminine ("régions", "villes préfectures", "collectivités"):
    #: words agreeing with it take the feminine ("les plus suivies", "classées")
    feminine: bool = False
    description_en: str = ""

    def description(self, lang: str = "fr") -> str:
        """What the type covers, in ``lang`` ("fr" or "en")."""
        return self.description_en if lang == "en" and self.description_en else self.description_fr

    def label(self, lang: str = "fr", plural: bool = False) -> str:
        if lang == "en":
            return self.plural_en if plural else self.label_en
        return self.plural_fr if plural else self.label_fr

    def words(self) -> Words:
        """The label as a message parameter, said in the language of the message
        (« type « département » », "type 'municipality'"): never the id, an option value."""
        return Words(self.label_fr, self.label_en)

    def plural_words(self) -> Words:
        """The plural as a message parameter, said in the language of the message
        ("départements", "départements"), as :meth:`Platform.words` for a platform."""
        return Words(self.plural_fr, self.plural_en)


@dataclass(frozen=True)
class Platform:
    id: str
    label_fr: str
    label_en: str
    color: str
    aliases: tuple[str, ...] = field(default_factory=tuple)

    def label(self, lang: str = "fr") -> str:
        return self.label_en if lang == "en" else self.label_fr

    def words(self) -> Words:
        """The label as a message parameter, said in the language of the message."""
        return Words(self.label_fr, self.label_en)


_T = CollectivityType
TYPES: dict[str, CollectivityType] = {
    t.id: t
    for t in [
        _T("region", "région", "region", "régions", "regions",
           ("regions", "conseil régional", "conseils régionaux", "région (conseil régional)",
            "collectivité régionale", "reg"),
           "Conseils régionaux (13 métropolitains, 5 d'outre-mer depuis 2016)", feminine=True,
           description_en="Regional councils (13 in metropolitan France, 5 overseas since 2016)"),
        _T("departement", "département", "département", "départements", "départements",
           ("départements", "department", "departments", "conseil départemental",
            "conseils départementaux", "conseil général", "conseils généraux", "dept", "dep"),
           "Conseils départementaux (101 départements)",
           description_en="Departmental councils (101 départements)"),
        _T("ville_prefecture", "ville préfecture", "prefecture city", "villes préfectures",
           "prefecture cities",
           ("villes préfectures", "ville-préfecture", "préfecture", "préfectures",
            "chef-lieu", "chefs-lieux", "chef-lieu de département", "prefecture"),
           "Chefs-lieux des 101 départements", feminine=True,
           description_en="The prefecture towns of the 101 départements"),
        _T("commune", "commune", "municipality", "communes", "municipalities",
           ("communes", "mairie", "mairies", "ville", "villes", "municipalité", "city", "cities"),
           "Communes (mairies)", feminine=True,
           description_en="Municipalities (town halls)"),
        _T("grande_ville", "grande ville", "large city", "grandes villes", "large cities",
           ("grandes villes", "grande ville (>100 000 hab.)", "big city", "big cities",
            "large cities"),
           "Villes de 100 000 habitants ou plus, ou bases « plus grandes villes »", feminine=True,
           description_en="Cities of 100,000 inhabitants or more, or \"largest cities\" bases"),
        _T("ville_moyenne", "ville moyenne", "medium-sized town", "villes moyennes",
           "medium-sized towns",
           ("villes moyennes", "medium town", "medium towns", "ville moyenne (20 000-100 000 hab.)"),
           "Villes de 20 000 à 100 000 habitants", feminine=True,
           description_en="Towns of 20,000 to 100,000 inhabitants"),
        _T("petite_ville", "petite ville", "small town", "petites villes", "small towns",
           ("petites villes", "small town", "petite commune", "petites communes"),
           "Communes de moins de 20 000 habitants (un chiffre publié dit sa base : les "
           "« petites villes » de l'OST 2018 ont 10 000 à 20 000 habitants)", feminine=True,
           description_en="Municipalities of fewer than 20,000 inhabitants (a published figure "
           "states its base: the OST 2018 \"small towns\" have 10,000 to 20,000 inhabitants)"),
        _T("epci", "intercommunalité", "intercommunality", "intercommunalités",
           "intercommunalities",
           ("interco", "intercos", "intercommunalites", "EPCI", "EPCI à fiscalité propre",
            "communauté de communes", "communauté d'agglomération", "communauté urbaine",
            "groupement de communes"),
           "EPCI à fiscalité propre (CC, CA, CU, métropoles)", feminine=True,
           description_en="Intercommunal bodies with their own tax revenue (CC, CA, CU, métropoles)"),
        _T("metropole", "métropole", "metropolis", "métropoles", "metropolises",
           ("métropoles", "metropoles", "metropolitan authority", "métropole de lyon"),
           "Les 21 métropoles et la Métropole de Lyon", feminine=True,
           description_en="The 21 métropoles and the Métropole de Lyon"),
        _T("all", "ensemble des collectivités", "all authorities", "ensemble des collectivités",
           "all authorities",
           ("tous", "toutes", "ensemble", "collectivités", "collectivites", "all types",
            "toutes collectivités"),
           "Plusieurs types ensemble (la base est précisée pour chaque chiffre)", feminine=True,
           description_en="Several types together (each figure states its base)"),
    ]
}

_P = Platform
PLATFORMS: dict[str, Platform] = {
    p.id: p
    for p in [
        _P("facebook", "Facebook", "Facebook", "#1877F2", ("fb", "meta", "page facebook")),
        _P("x", "X (ex-Twitter)", "X (formerly Twitter)", "#14171A",
           ("twitter", "x (ex-twitter)", "x/twitter", "twitter/x", "x twitter", "tw")),
        _P("instagram", "Instagram", "Instagram", "#E1306C", ("insta", "ig")),
        _P("linkedin", "LinkedIn", "LinkedIn", "#004182", ("linked in", "li")),
        _P("youtube", "YouTube", "YouTube", "#FF0000", ("yt", "you tube")),
        _P("tiktok", "TikTok", "TikTok", "#00B2B2", ("tik tok",)),
        _P("snapchat", "Snapchat", "Snapchat", "#E6C700", ("snap",)),
        _P("pinterest", "Pinterest", "Pinterest", "#BD081C", ()),
        _P("dailymotion", "Dailymotion", "Dailymotion", "#0066DC", ()),
        _P("flickr", "Flickr", "Flickr", "#FF0084", ()),
        _P("google_plus", "Google+", "Google+", "#DB4437", ("google plus", "google+", "g+")),
        _P("mastodon", "Mastodon", "Mastodon", "#6364FF", ()),
        # not its brand blue (#1185FE), which nobody tells from Facebook's beside it
        _P("bluesky", "Bluesky", "Bluesky", "#1100FF", ("bsky", "blue sky")),
        _P("threads", "Threads", "Threads", "#7A3E9D", ()),
        _P("whatsapp", "WhatsApp", "WhatsApp", "#25D366", ("whats app", "chaîne whatsapp")),
        _P("any", "au moins un réseau", "at least one network", "#555555",
           ("au moins un réseau", "au moins un reseau", "any network", "réseaux sociaux",
            "reseaux sociaux", "social media", "tous réseaux", "any")),
    ]
}

# Okabe & Ito (2008): a palette readable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
             "#F0E442", "#000000")


def _index(registry: dict) -> dict[str, str]:
    index: dict[str, str] = {}
    for item in registry.values():
        keys = {item.id, item.label_fr, item.label_en, *item.aliases}
        for extra in ("plural_fr", "plural_en"):
            if hasattr(item, extra):
                keys.add(getattr(item, extra))
        for key in keys:
            index.setdefault(normalize(key), item.id)
    return index


_TYPE_INDEX = _index(TYPES)
_PLATFORM_INDEX = _index(PLATFORMS)


def type_ids() -> list[str]:
    return list(TYPES)


def platform_ids() -> list[str]:
    return list(PLATFORMS)


def _suggest(key: str, index: dict[str, str], ids: list[str]) -> list[str]:
    close = difflib.get_close_matches(key, list(index), n=5, cutoff=0.6)
    out: list[str] = []
    for c in close:
        if index[c] not in out:
            out.append(index[c])
    return out[:3] or []


def _one_of(kind: str, text: object, lang: str | None) -> object:
    """``text``, or the one name of a list, tuple or set of one (``["region"]``, read so
    before); several, or none, where one ``kind`` ("type", "platform") is named:
    ``type-not-one``, ``platform-not-one``, the values listed as given (their list was
    said whole as one unknown name, « « region » ou « departement » »)."""
    if not isinstance(text, (list, tuple, set, frozenset)):
        return text
    items = sorted(text, key=str) if isinstance(text, (set, frozenset)) else list(text)
    if len(items) == 1:
        return items[0]
    raise UsageError.of(f"{kind}-not-one", values=", ".join(str(v) for v in items) or "[]",
                        lang=lang)


def _unknown(kind: str, text: str, suggestions: list[str], lang: str) -> UsageError:
    hint = Msg("did-you-mean", choices=suggestions) if suggestions else Msg("no-hint")
    return UsageError.of(f"unknown-{kind}", value=text, hint=hint, lang=lang)


def match_type(text: object) -> str | None:
    """Return the type id for a label or alias, or None (no error)."""
    return _TYPE_INDEX.get(normalize(text))


def match_platform(text: object) -> str | None:
    """Return the platform id for a name or alias, or None (no error)."""
    return _PLATFORM_INDEX.get(normalize(text))


#: The types that are communes (a ville préfecture is a commune, and so is a grande ville):
#: one set for the reader, the counting and the reference data
COMMUNE_TYPES = frozenset({"commune", "ville_prefecture", "grande_ville", "ville_moyenne",
                           "petite_ville"})


def mayotte_codes(codes: Iterable[object], types: Iterable[str]) -> list[str]:
    """The codes among ``codes`` of an entity of Mayotte (département 976, its communes
    976xx; the région 06 when ``types``, type ids, hold ``region`` or ``all``), whose
    population is of the 2017 census: the one rule of the notes that say it only for
    figures holding one (sorted, as text).

    >>> import barometre as bm
    >>> codes = bm.registry.mayotte_codes
    >>> codes(["97611", "29039", "06"], ["commune"]), codes(["06"], ["region"])
    (['97611'], ['06'])
    """
    types = set(types)
    regions = "region" in types or "all" in types
    return sorted(str(c) for c in codes
                  if str(c).startswith("976") or (regions and str(c) == "06"))


#: The names of one category of intercommunalités (the reference's ``kind``): read as an
#: intercommunalité's in a header ("Nom de la communauté de communes", :func:`match_type`),
#: but as a type asked they select that category where entities are listed
#: (:func:`barometre.reference.entities`, the survey template) and are refused elsewhere
#: (:func:`find_type`): read as ``epci`` they counted the 1,254 intercommunalités
EPCI_KIND_NAMES = {
    "CC": ("communauté de communes", "communautés de communes"),
    "CA": ("communauté d'agglomération", "communautés d'agglomération"),
    "CU": ("communauté urbaine", "communautés urbaines"),
}
_KIND_INDEX = {normalize(n): k for k, names in EPCI_KIND_NAMES.items() for n in names}


def type_kind(text: object) -> str | None:
    """The category of intercommunalités (``CC``, ``CA``, ``CU``) that ``text`` names,
    or None.

    Examples
    --------
    >>> import barometre as bm
    >>> bm.registry.type_kind("Communauté d'agglomération"), bm.registry.type_kind("epci")
    ('CA', None)
    """
    return _KIND_INDEX.get(normalize(text)) if isinstance(text, str) else None


def find_type(text: str, lang: str | None = None) -> CollectivityType:
    """Return the collectivity type named by ``text`` (id, label or alias).

    Raises
    ------
    UsageError
        When nothing matches; the message names the closest ids. Also for a name of one
        category of intercommunalités (« communauté d'agglomération », :func:`type_kind`):
        no type is that category; ``epci`` counts them all. A list of several (``type-not-one``).
    """
    text = _one_of("type", text, lang)
    key = normalize(text)
    if key in _KIND_INDEX:
        return _kind_refused(text, _KIND_INDEX[key], lang)
    if key in _TYPE_INDEX:
        return TYPES[_TYPE_INDEX[key]]
    raise _unknown("type", text, _suggest(key, _TYPE_INDEX, type_ids()), lang)


def _kind_refused(text: str, kind: str, lang: str):
    raise UsageError.of("type-is-kind", value=text, kind=kind, lang=lang)


def find_platform(text: str, lang: str | None = None) -> Platform:
    """Return the platform named by ``text`` (id, name or alias).

    Raises
    ------
    UsageError
        When nothing matches; the message names the closest ids. A list of several
        (``platform-not-one``).
    """
    text = _one_of("platform", text, lang)
    key = normalize(text)
    if key in _PLATFORM_INDEX:
        return PLATFORMS[_PLATFORM_INDEX[key]]
    raise _unknown("platform", text, _suggest(key, _PLATFORM_INDEX, platform_ids()), lang)


def types_words(ids: str | Iterable[str] | None) -> Words | str:
    """Types' labels as a message parameter (« département », "municipality, region"), in
    the language of the message; an id the registry does not know is said as it is."""
    ids = [ids] if isinstance(ids, str) or ids is None else list(ids)
    known = [TYPES.get(str(i)) for i in ids]
    if not all(known):
        return ", ".join(str(i) for i in ids)
    return Words(", ".join(t.label_fr for t in known), ", ".join(t.label_en for t in known))


def platforms_words(ids: Iterable[str], none: tuple[str, str] = ("", "")) -> Words:
    """Platforms named as a message parameter, in the message's language: "Facebook, X
    (ex-Twitter)" / "Facebook, X (formerly Twitter)"; ``none`` (fr, en) for no platform."""
    plats = [PLATFORMS[p] for p in ids]
    return Words(", ".join(p.label_fr for p in plats) or none[0],
                 ", ".join(p.label_en for p in plats) or none[1])


def platform_color(platform_id: str) -> str:
    p = PLATFORMS.get(platform_id)
    return p.color if p else "#777777"


from .._public import public_dir as _public_dir  # noqa: E402

__dir__ = _public_dir(globals())
