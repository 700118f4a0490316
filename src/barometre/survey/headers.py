"""Understand the header row: which column is the entity, a platform, followers, a date."""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from typing import Any

from ..domain.registry import COMMUNE_TYPES, match_platform, match_type, normalize
from ..domain.text import fold
from .values import _is_blank, _text

# --------------------------------------------------------------------------- headers

_ROLE_WORDS = {
    "followers": {"abonnes", "abonne", "abonnees", "followers", "follower", "fans", "fan",
                  "subscribers", "suiveurs", "nbabonnes", "communaute", "audience", "membres"},
    "account": {"compte", "comptes", "account", "url", "lien", "handle", "adresse", "identifiant",
                "page", "profil", "pseudo"},
    "date": {"date", "releve", "datedureleve", "datereleve", "datedereleve"},
    "present": {"presence", "present", "presente", "presents", "actif", "inscrit"},
}
_IGNORED_WORDS = {"nb", "nombre", "de", "du", "des", "d", "sur", "le", "la", "les", "l", "en",
                  "ex", "n", "number", "of", "nbre", "total", "officiel", "officielle"}
_ENTITY_CODE = {"code", "codeinsee", "insee", "codecommune", "codedepartement", "coderegion",
                "codedep", "codereg", "siren", "codesiren", "numerodepartement", "numdep",
                "codegeo", "codegeographique", "cog", "depcode", "codeofficiel", "id",
                "identifiantinsee", "codeepci", "sirenepci"}
_ENTITY_NAME = {"nom", "name", "collectivite", "libelle", "entite", "entity", "nomcollectivite",
                "nomdelacollectivite", "territoire", "organisme", "intitule", "nomcommune",
                "nomdepartement", "nomregion", "nomepci"}
_TYPE_COL = {"type", "typedecollectivite", "typecollectivite", "collectivitytype", "echelon",
             "categorie", "niveau"}
_LONG_PLATFORM = {"plateforme", "platform", "reseau", "reseausocial", "reseaux", "media",
                  "mediasocial", "network", "socialnetwork", "canal"}
_YEAR = {"annee", "year", "anneedureleve", "millesime"}
#: a population column: never read (the populations are the reference's), said so
_POPULATION_COLS = {"population", "habitants", "pop", "populationmunicipale"}
_IGNORE_COLS = {"population", "habitants", "pop", "populationmunicipale", "remarque", "remarques",
                "commentaire", "commentaires", "note", "notes", "observations", "observation",
                "source", "sources", "kind", "nature",
                "sourcerow",  # read_survey's own column: a frame saved and read again
                # read_survey's mark of a questioned count: the checks run again on reading
                "followersquestioned",
                "cheflieupourinformation"}  # the régions template's chef-lieu, for information
#: read_survey's mark of a rounded count (``followers_rounded``): a frame saved and read
#: again keeps it (role ``rounded``, read on a long file's rows)
_ROUNDED_COL = {"followersrounded"}
#: read_survey's cell of a rounded count as typed (``followers_typed``, « 112 k »): kept
#: the same way (role ``typed``, read on a long file's rows)
_TYPED_COL = {"followerstyped"}


@dataclass
class Column:
    index: int
    header: str
    role: str  # entity_code, entity_name, type, platform, present, followers, account, date, year, rounded, typed, context, ignore, unknown
    platform: str | None = None
    type_hint: str | None = None
    #: the hint is INSEE's word (« Code INSEE », « N° INSEE », CODGEO): communes' codes most
    #: often, but INSEE codes départements and régions too, so the codes decide the type
    #: (:func:`.cells.guess_type`) and a --type of another type takes the column
    hint_weak: bool = False
    x_marks: bool = False  # presence marked by "x", blank meaning absent
    #: for a column ignored on purpose: catalog code of the reason (or the reason's Msg)
    why: Any = None
    #: a column of comments on this platform (« Facebook - commentaires »): free text or a
    #: count of the page's comments, ignored either way; its cells say which, and ``why``
    #: (the header's reading until then) is decided by :func:`comments_reading`; of
    #: remarks (« Facebook - remarques »), ignored as remarks, its cells said when numbers
    comments_of: str | None = None
    #: a platform's activity measure by its header (« Engagement Facebook »), set aside:
    #: over « Oui », « Non » answers its word says no measure but a property of the
    #: account, refused as over a header on two rows (:func:`property_title`); its cells
    #: are read to tell
    measure_of: str | None = None
    #: the year a platform's field says beside its words (« Abonnés 2025 Facebook »): no
    #: date of the readings, checked against theirs (:func:`header_years`)
    year: int | None = None


def _words(text: str) -> list[str]:
    import unicodedata

    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.findall(r"[0-9a-z+]+", s)


def is_population(header: Any) -> bool:
    """Whether a column's header names a population (« Population », « Habitants »,
    « Population municipale 2021 »): a column left unread, the populations being the
    reference's (:func:`~barometre.survey.entities.population_column_problem`).

    >>> is_population("Population"), is_population("Nb habitants"), is_population("Pop.")
    (True, False, True)
    """
    key = normalize(str(header))
    return key in _POPULATION_COLS or key.startswith("population")


def classify_header(text: Any, index: int = 0) -> Column:
    """What a header cell means ("Abonnés Facebook" -> followers of facebook)."""
    header = "" if text is None else str(text).strip()
    key = normalize(header)
    if not key:
        return Column(index, header, "ignore")
    if _URL.match(header):  # a cell's value (an account's address), no header
        return Column(index, header, "unknown")
    # « Présent (O/N) », « Compte (oui/non) »: the answers' form, no word of the column's
    bare = _ANSWER_FORM.sub(" ", header).strip()
    if bare and bare != header:
        col = classify_header(bare, index)
        col.header = header  # messages name the column as the file does
        return col
    return (_entity_column(index, header, key) or _field_column(index, header, key)
            or _platform_column(index, header) or _date_column(index, header)
            or Column(index, header, "unknown"))


#: a bracket that only gives the form of the answers: « (O/N) », « (oui / non) », « (1/0) »
_ANSWER_FORM = re.compile(
    r"[(\[]\s*(?:o|n|oui|non|y|yes|no|1|0|x|vrai|faux|true|false)"
    r"(?:\s*[/|,-]\s*(?:o|n|oui|non|y|yes|no|1|0|x|vrai|faux|true|false))+\s*[)\]]",
    re.IGNORECASE)


_URL = re.compile(r"(?i)\s*(https?://|www\.)")


def _entity_column(index: int, header: str, key: str) -> Column | None:
    """A code or name column of the entity ("Code INSEE", "Département", "Commune")."""
    if key.endswith("code") and len(key) > 4 and match_type(key[:-4]) not in (None, "all"):
        return Column(index, header, "entity_code", type_hint=match_type(key[:-4]))
    if key in _ENTITY_CODE or key.startswith("code") and match_type(key[4:]):
        rest = key[4:] if key.startswith("code") else ""
        hint = ("commune" if key in {"codeinsee", "insee", "codecommune", "codegeo"} else
                "departement" if key in {"codedep", "numerodepartement", "numdep", "depcode"}
                else "region" if key == "codereg" else
                "epci" if key in {"siren", "codesiren", "codeepci", "sirenepci"} else
                match_type(rest) if rest else None)
        return Column(index, header, "entity_code", type_hint=hint,
                      hint_weak=key in _INSEE_WORDS)
    if key in _ENTITY_NAME:
        col = Column(index, header, "entity_name")
        for suffix in ("commune", "departement", "region", "epci"):
            if key.endswith(suffix) and key != suffix:
                col.type_hint = suffix
        return col
    t = match_type(header)
    if t and t != "all":
        return Column(index, header, "entity_name", type_hint=t)
    return _entity_in_words(index, header, key)


#: words that say a code ("Code commune INSEE", "N° INSEE", "Numéro du département")
_CODE_WORDS = {"code", "cod", "numero", "num", "no", "n", "insee", "cog", "siren", "id",
               "identifiant"}
#: words that say a name ("Nom de la commune", "Libellé commune", "Lib. département")
_NAME_WORDS = {"nom", "libelle", "lib", "intitule", "name", "denomination", "appellation",
               "designation"}
_ARTICLES = {"de", "du", "des", "d", "la", "le", "les", "l", "of", "the"}
_FILLERS = _ARTICLES | {"officiel", "officielle", "complet", "usuel"}
#: INSEE's words for a code, of no level: « Code INSEE » of a département is « 44 »
_INSEE_WORDS = {"codeinsee", "insee", "codegeo", "codgeo"}
#: codes that name their type alone: INSEE's, the SIREN of an EPCI
_CODE_TYPES = {"insee": "commune", "cog": "commune", "siren": "epci"}
#: INSEE's column names (code officiel géographique): a commune's code and name
_COG_NAMES = {"codgeo": ("entity_code", "commune"), "libgeo": ("entity_name", "commune"),
              "codcom": ("entity_code", "commune"), "nccenr": ("entity_name", None),
              "ncc": ("entity_name", None)}


def _entity_in_words(index: int, header: str, key: str) -> Column | None:
    """A code or name column said in words, French articles and all: "Nom de la commune",
    "Libellé de la commune", "Code du département", "Nom de l'EPCI", "Code commune INSEE",
    "N° INSEE", "Département (code)"; INSEE's names: CODGEO, LIBGEO, LIBDEP, LIBREG…

    A code word (code, N°, numéro, INSEE, SIREN) or a name word (nom, libellé, lib) and a
    type (commune, ville, département, région, EPCI…), nothing else but articles: "Nom du
    maire", "Code postal", "Nom de la page Facebook" are not entity columns."""
    if key in _COG_NAMES:
        role, hint = _COG_NAMES[key]
        return Column(index, header, role, type_hint=hint, hint_weak=key in _INSEE_WORDS)
    for prefix, role in (("libelle", "entity_name"), ("lib", "entity_name"),
                         ("nom", "entity_name"), ("cod", "entity_code")):
        t = match_type(key[len(prefix):]) if key.startswith(prefix) else None
        if t and t != "all":  # LIBDEP, LIBREG, LIBEPCI, LIBCOM, CODDEP
            return Column(index, header, role, type_hint=t)
    words = _words(header)
    codes = [w for w in words if w in _CODE_WORDS]
    names = [w for w in words if w in _NAME_WORDS]
    if bool(codes) == bool(names):  # neither, or both: not said
        return None
    rest = [w for w in words if w not in _CODE_WORDS and w not in _NAME_WORDS]
    while rest and rest[0] in _FILLERS:
        rest.pop(0)
    while rest and rest[-1] in _FILLERS:
        rest.pop()
    role = "entity_code" if codes else "entity_name"
    if not rest:  # "N° INSEE", "Code SIREN": a code that names its type
        hint = next((_CODE_TYPES[w] for w in codes if w in _CODE_TYPES), None)
        return Column(index, header, role, type_hint=hint,
                      hint_weak=hint == "commune") if hint else None
    t = match_type(" ".join(rest)) or match_type(
        " ".join(w for w in rest if w not in _FILLERS))
    if t is None:
        return None
    return Column(index, header, role, type_hint=None if t == "all" else t)


def _field_column(index: int, header: str, key: str) -> Column | None:
    """A column named by one word: type, platform (long files), year, a role, or ignored."""
    for role, keys in (("type", _TYPE_COL), ("platform", _LONG_PLATFORM), ("year", _YEAR)):
        if key in keys:
            return Column(index, header, role)
    if key in _IGNORE_COLS or key.startswith("population"):
        return Column(index, header, "ignore")
    if key in _ROUNDED_COL:
        return Column(index, header, "rounded")
    if key in _TYPED_COL:
        return Column(index, header, "typed")
    ws = set(_words(header))
    if ws & _ROLE_WORDS["followers"] and _says_growth(ws, header):
        # « Évolution abonnés » of a long file: a growth, not the number of followers
        return Column(index, header, "ignore", why="why-growth")
    if ws & _ROLE_WORDS["followers"] and _says_per_capita(ws, header):
        # « Abonnés pour 1 000 hab. » of a long file: a ratio, not the number of followers
        return Column(index, header, "ignore", why="why-per-capita")
    for role in ("followers", "account", "date", "present"):
        if key in _ROLE_WORDS[role]:
            return Column(index, header, role)
    # a role said in a few words ("Nombre d'abonnés", "Nb d'abonnés", "Compte officiel"):
    # every word a word of one role, or a filler (dates: _date_column, creation included)
    words = [w for w in _words(header) if w not in _IGNORED_WORDS]
    roles = {next((r for r, ws in _ROLE_WORDS.items() if w in ws), None) for w in words}
    if words and len(roles) == 1 and roles <= {"followers", "account", "present"}:
        return Column(index, header, roles.pop())
    return None


def _platform_column(index: int, header: str) -> Column | None:
    """Wide format: a platform name, maybe with a role word around it ("Abonnés Facebook")."""
    p = match_platform(header)
    words = _words(header)
    role_words: set[str] = set()
    if not p:
        rest = []
        for w in words:
            if w in _IGNORED_WORDS:
                continue
            hit = next((r for r, ws in _ROLE_WORDS.items() if w in ws), None)
            if hit:
                role_words.add(hit)
            else:
                rest.append(w)
        p = _platform_in(rest)  # the platform is what remains ("x ex twitter" -> twitter)
    if not p:
        return None
    col = Column(index, header, "present")
    why = _not_a_platform_column(words, role_words, p, header)
    if why in ("why-comments-cells", "why-comment"):  # the cells say more (comments_reading)
        col.comments_of = p if p != "any" else None
    if why == "why-comments-cells":  # remarks or a count, by the cells
        why = "why-activity" if set(words) & _COUNT_WORDS else "why-comment"
    if why:
        col.role, col.why = "ignore", why
        if why == "why-activity" and p != "any" and set(words) & _MEASURE_WORDS:
            col.measure_of = p  # « Engagement Facebook »: its cells say (property_title)
        if why == "why-comment":  # « Facebook - remarque »: a note on that platform
            from ..domain.registry import PLATFORMS
            from ..messages import Msg

            col.why = (Msg("why-comment", platform=PLATFORMS[p].words()) if p != "any"
                       else Msg("why-comment-any"))
        return col
    col.platform = p
    for role in ("followers", "account", "date"):
        if role in role_words:
            col.role = role
            break
    years = {int(w) for w in words if _YEAR_WORD.fullmatch(w)}
    if col.role != "date" and len(years) == 1:  # « Abonnés 2025 Facebook »
        col.year = years.pop()
    return col


def _platform_in(words: list[str]) -> str | None:
    """The platform named by a run of consecutive words, the longest run first."""
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            cand = match_platform("".join(words[i:j]))
            if cand:
                return cand
    return None


def _date_column(index: int, header: str) -> Column | None:
    """Date words with other words ("date du relevé"); a creation date is not a reading."""
    words = set(_words(header))
    if not words & {"date", "releve"}:
        return None
    if words & _CREATION_WORDS:
        return Column(index, header, "ignore", why="why-creation-date")
    return Column(index, header, "date")


# A platform named with one of these words is about activity, not presence or followers.
_ACTIVITY_WORDS = {"post", "posts", "publication", "publications", "tweet", "tweets", "message",
                   "messages", "video", "videos", "vue", "vues", "views", "like", "likes",
                   "jaime", "partage", "partages", "shares", "engagement",
                   "taux", "interaction", "interactions", "story", "stories", "reel", "reels",
                   "impression", "impressions", "portee", "reach", "frequence", "rythme"}
#: A platform named with one of these words is a free-text note on it (« Facebook -
#: remarque », « Notes X », « Facebook - observations »), ignored as « Commentaire » alone is
_COMMENT_WORDS = {"remarque", "remarques", "remark", "remarks", "note", "notes", "observation",
                  "observations", "annotation", "annotations"}
#: … and with one of these, a note or a count of the page's comments (« Facebook -
#: commentaires »: an intern's remarks, or the comments an activity survey counts): ignored
#: either way, never a presence (whose « 0 » and « 1 » would read Non and Oui); its cells
#: say which (:func:`comments_reading`), else its header: a count said with a count's word
#: (« Nombre de commentaires Facebook »), a remark otherwise (« Commentaire Instagram »)
_COMMENTS_WORDS = {"commentaire", "commentaires", "comment", "comments"}
#: … of which these leave it open: remarks, or the comments counted
_PLURAL_COMMENTS = {"commentaires", "comments"}
#: the words of a count (« Nombre de commentaires », « Nb commentaires », « number of »)
_COUNT_WORDS = {"nombre", "nb", "nbre", "number", "total", "count"}
#: A platform named with one of these words gives a growth (« Évolution abonnés Facebook »,
#: « Progression Facebook », « Gain Facebook », « Facebook followers growth »), not the
#: number of followers nor a presence: ignored as the activity measures are; « +1 200 »
#: there read as presence or as 1 200 followers would be a silent misread
_GROWTH_WORDS = {"evolution", "evolutions", "evol", "variation", "variations", "progression",
                 "progres", "gain", "gains", "gagnes", "croissance", "hausse", "augmentation",
                 "delta", "growth", "change", "changes", "increase", "gained", "difference",
                 "ecart"}
#: … and these, with a follower word (« Nouveaux abonnés Facebook », « New Facebook
#: followers », « Var. abonnés »): « Nouveau compte Facebook » stays an account
_NEW_WORDS = {"nouveaux", "nouveau", "nouvelles", "nouvel", "new", "var"}
#: a growth said by a sign: « Δ Facebook », « +/- abonnés Facebook », « ± Facebook »
_GROWTH_SIGN = re.compile(r"[\u0394\u2206\u00b1]|\+\s*/\s*[-\u2212]")


def _says_growth(ws: set[str], header: str) -> bool:
    """Whether a header's words ``ws`` (or its signs) say a growth: a growth word, a sign,
    or a « new » word beside a follower word (« Nouveaux abonnés »)."""
    return bool(ws & _GROWTH_WORDS or ws & _NEW_WORDS and ws & _ROLE_WORDS["followers"]
                or _GROWTH_SIGN.search(header))
#: A platform (or followers) named with one of these words, or per a number (« pour 1 000 »,
#: « / 1000 », « ‰ »), gives a ratio to the population (« Abonnés FB pour 1 000 hab. »), not
#: the number of followers: read as a second followers column it stopped the file
#: (duplicate-column), read alone it would count 24 followers where there are 24 per 1,000
_PER_CAPITA_WORDS = {"hab", "habitant", "habitants", "inhabitant", "inhabitants", "capita",
                     "ratio"}
_PER_CAPITA = re.compile(r"(?:\bpour|\bper|\bpar|/)\s*(?:1[\s\u00a0\u202f.,]?000|mille|100|10[\s\u00a0\u202f.,]?000|million)\b|\u2030",
                         re.IGNORECASE)


def _says_per_capita(ws: set[str], header: str) -> bool:
    """Whether a header's words ``ws`` (or its text) say a ratio to the population
    (« Abonnés FB pour 1 000 hab. », « Facebook / 1000 habitants », « Abonnés par habitant »)."""
    return bool(ws & _PER_CAPITA_WORDS or _PER_CAPITA.search(header))


#: words of a title over accounts or networks (« Comptes vidéo », « Réseaux sociaux »):
#: such a title groups platforms, it does not name a measure of them
_GROUPING_WORDS = {"compte", "comptes", "reseau", "reseaux", "plateforme", "plateformes",
                   "account", "accounts", "network", "networks", "presence", "media", "medias"}


def measure_title(cell: Any) -> bool:
    """Whether a header's cell with no platform in it names a measure that is no survey
    field (« Publications », « Taux d'engagement », « Évolution », « Remarques »): over
    platforms' names, each column under it is that measure of its platform (« Publications
    Facebook »), set aside as such a header is, never a group title over presences.
    « Comptes vidéo » and « Réseaux sociaux » group accounts: no measure."""
    if not (isinstance(cell, str) and cell.strip()):
        return False
    ws = set(_words(cell))
    if ws & _GROUPING_WORDS:
        return False
    why = _not_a_platform_column(_words(cell), set(), "facebook", cell)
    if why == "why-activity":  # a measure's word, not a format's: « Vidéo », « Vidéos
        return bool(ws & _MEASURE_WORDS)  # courtes », « Partage de vidéos » group platforms
    return why in ("why-growth", "why-comment", "why-comments-cells")


def remark_title(cell: Any) -> bool:
    """Whether a header's cell with no platform in it names remarks (« Remarques »,
    « Commentaires »): over platforms, their notes, whatever words the notes hold (« ok »,
    « compte inactif » are remarks there, not answers)."""
    return isinstance(cell, str) and bool(cell.strip()) and _not_a_platform_column(
        _words(cell), set(), "facebook", cell) in ("why-comment", "why-comments-cells")


#: the activity words of a format (vidéo, story, reel) or of sharing (partage): over
#: platforms' names they group them (« Vidéo » over YouTube, TikTok), no measure of theirs
_FORMAT_WORDS = {"video", "videos", "story", "stories", "reel", "reels", "partage", "partages",
                 "shares"}
#: the activity words that name a measure over platforms
_MEASURE_WORDS = _ACTIVITY_WORDS - _FORMAT_WORDS
#: the words beside a group's or a format's that add no meaning of their own (« Réseaux
#: sociaux », « Comptes officiels », « Vidéos courtes », « Présence en ligne », « Réseaux et
#: vidéos », « Photos & vidéos », « Formats vidéo », « Sites de partage »), never a title
#: alone; and a year (« Réseaux sociaux 2025 »)
_GROUP_FILLERS = _ARTICLES | {"en", "et", "and", "ou", "or", "sociaux", "social", "sociale",
                              "sociales", "officiel", "officiels", "officielle", "officielles",
                              "courte", "courtes", "ligne", "online", "autre", "autres",
                              "other", "others", "format", "formats", "photo", "photos",
                              "site", "sites", "streaming"}
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def group_title(cell: Any) -> bool:
    """Whether a header's cell names a group of networks or a format, the titles a header
    on two rows may set over platforms' names with their presences under them: « Réseaux
    sociaux » (:func:`~barometre.domain.registry.match_platform`'s « any »), « Comptes
    vidéo », « Réseaux », « Vidéo », « Stories », « Partage de vidéos », « Vidéos
    courtes », « Comptes officiels »: words of accounts or networks
    (:data:`_GROUPING_WORDS`, :data:`_LONG_PLATFORM`) or of a format
    (:data:`_FORMAT_WORDS`), one at least, and no other word but those of no meaning of
    their own (:data:`_GROUP_FILLERS`: « Réseaux et vidéos », « Formats vidéo ») or a year
    (« Réseaux sociaux 2025 »). Any other text says something of the accounts (« Compte
    certifié », « Publicité », « Lien sur le site », « Mis à jour en 2025 », « Notoriété »):
    its « Non » is no absence.

    >>> group_title("Réseaux sociaux"), group_title("Partage de vidéos")
    (True, True)
    >>> group_title("Compte certifié"), group_title("Publicité")
    (False, False)
    """
    if not (isinstance(cell, str) and cell.strip()):
        return False
    if match_platform(cell.strip()) == "any":
        return True
    ws = {w for w in _words(cell) if not _YEAR_WORD.fullmatch(w)}
    named = ws & (_GROUPING_WORDS | _LONG_PLATFORM | _FORMAT_WORDS)
    return bool(named) and ws <= named | _GROUP_FILLERS


#: the words of a presence's answers in its header (« Facebook oui/non », « Facebook O/N »)
_ANSWER_WORDS = {"oui", "non", "o", "n", "yes", "no", "y", "x", "vrai", "faux", "true", "false"}
#: whose account it is (« Facebook institutionnel », « Facebook de la mairie »): no property
_WHOSE_WORDS = {"institutionnel", "institutionnelle", "institutionnels", "institutionnelles",
                "principal", "principale", "mairie", "ville", "collectivite", "chaine", "chaines",
                "channel"}


def property_title(col: Column) -> str | None:
    """The text beside a platform's name in a one-row header that says something of the
    account, as :func:`group_title` refuses it over a header on two rows: « Compte
    certifié » of « Compte certifié Facebook », « Suivi » of « Suivi Facebook »: under it,
    « Oui » and « Non » answer that (certified?), not whether an account exists; of an
    activity measure set aside by its word (« Engagement Facebook »: over « Oui », « Non »,
    no measure), that word. None for a column of no platform's presence, account or
    measure, or when the other words are fields
    (« Présence », « Abonnés », « Compte », « Page »), a group's or a format's words, an
    answer's form (« oui/non »), a year, or whose account it is (« officiel », « de la
    mairie »).

    >>> from barometre.survey.headers import classify_header
    >>> property_title(classify_header("Compte certifié Facebook"))
    'Compte certifié'
    >>> property_title(classify_header("Compte Facebook")), property_title(
    ...     classify_header("Facebook officiel (oui/non)"))
    (None, None)
    """
    platform = col.platform if col.role in ("present", "account") else col.measure_of
    if not platform:
        return None
    header = _ANSWER_FORM.sub(" ", str(col.header))
    tokens = list(re.finditer(r"[^\W_]+", header))
    folded = ["".join(_words(t.group())) for t in tokens]
    named = set()  # the tokens of the platform's name (« X (ex-Twitter) »: x, ex, twitter)
    for i in range(len(tokens)):
        for j in range(len(tokens), i, -1):
            if match_platform("".join(folded[i:j])) == platform:
                named.update(range(i, j))
                break
    plain = (_IGNORED_WORDS | _GROUP_FILLERS | _GROUPING_WORDS | _LONG_PLATFORM | _FORMAT_WORDS
             | _ANSWER_WORDS | _WHOSE_WORDS | {w for ws in _ROLE_WORDS.values() for w in ws})
    said = [i for i, w in enumerate(folded) if i not in named and w and w not in plain
            and not w.isdigit() and match_platform(w) is None and match_type(w) is None]
    if not said:
        return None
    text = header
    for i in sorted(named, reverse=True):
        text = text[:tokens[i].start()] + " " + text[tokens[i].end():]
    return " ".join(text.split()).strip(" -\u2013\u2014:/|()[],.") or None


def header_years(cols: list[Column]) -> dict[int, list[Column]]:
    """The years said by a one-row header's platforms' fields (« Abonnés 2025 Facebook »:
    :attr:`Column.year`), each with its columns, in the columns' order."""
    years: dict[int, list[Column]] = {}
    for c in cols:
        if c.year is not None and c.platform and c.role in ("present", "followers", "account"):
            years.setdefault(c.year, []).append(c)
    return years


_CREATION_WORDS = {"creation", "creee", "cree", "ouverture", "ouvert", "inscription",
                   "created", "creation", "lancement"}
ROW_NUMBER_KEYS = {"id", "n", "no", "num", "numero", "rang", "index", "ligne", "row", "nligne",
                   "numeroligne"}


def _not_a_platform_column(words: list[str], role_words: set[str], platform: str,
                           header: str = "") -> str | None:
    """Why a header that names a platform is still not one of its columns (catalog code)."""
    ws = set(words)
    if ws & _COMMENT_WORDS:  # before anything: a note is never a presence (nor activity)
        return "why-comment"
    if ws & _COMMENTS_WORDS:  # remarks or a count of comments: never a presence either
        return "why-comments-cells"
    if ws & _CREATION_WORDS:
        return "why-creation-date"
    if _says_growth(ws, header):
        return "why-growth"
    if _says_per_capita(ws, header):
        return "why-per-capita"
    if ws & _ACTIVITY_WORDS and "followers" not in role_words and not ws & _ROLE_WORDS[
            "followers"]:
        return "why-activity"
    if platform == "any":
        return "why-generic-presence"
    return None


def needs_cells(col: Column) -> bool:
    """Whether the reader loads a column's cells: a column it reads, or a column of comments
    or of an activity measure whose cells say what it is (:func:`comments_reading`,
    :func:`property_title`); the fast readers skip the rest."""
    return (col.role not in ("ignore", "unknown") or col.comments_of is not None
            or col.measure_of is not None)


#: the filled cells of a comments column that :func:`comments_reading` looks at: enough to
#: tell remarks from counts, a bounded cost on a file of millions of rows
COMMENTS_CELLS_LOOKED_AT = 1000


def comments_reading(col: Column, cells: Any) -> None:
    """Decide from its cells what a column of comments on a platform is (in place: its
    ``why``, the reason it is ignored, said by ``validate``): a count of the page's comments
    (an activity measure) when more of its filled cells are numbers than text, free-text
    remarks when more are text; a column left blank, or as many of each, keeps its
    header's reading (:func:`classify_header`). A column of remarks by its header
    (« Facebook - remarques ») stays one, whatever its cells; mostly numbers (follower
    counts put there?), it is said with one of them.

    ``col`` has ``comments_of`` (« Facebook - commentaires »); ``cells``, its raw column
    (:class:`~.raw.CodedColumn` or :class:`~.raw.RowColumn`); its first
    :data:`COMMENTS_CELLS_LOOKED_AT` filled cells decide, read in slices from the top (a
    column of millions is not listed whole). Where the header said the same
    (« Nombre de commentaires » over numbers, « Commentaire » over text) its usual reason
    is said; where it left it open (« commentaires », « comments ») or said the other, the
    reading taken and a cell that shows why.
    """
    import numpy as np

    from ..domain.registry import PLATFORMS
    from ..messages import Msg
    from .cells import _distinct
    from .raw import CodedColumn, RowColumn, as_column
    from .values import CellError, read_count

    cells = as_column(cells)
    numbers: list[str] = []
    texts: list[str] = []
    # the rows in slices, growing (a column mostly blank reads on): never a code per row
    # of the whole column (3.5 M) for the 1,000 cells looked at
    start, step = 0, 2 * COMMENTS_CELLS_LOOKED_AT
    while start < len(cells) and len(numbers) + len(texts) < COMMENTS_CELLS_LOOKED_AT:
        part = slice(start, min(start + step, len(cells)))
        codes, values = _distinct(CodedColumn(cells.codes[part], cells.values)
                                  if isinstance(cells, CodedColumn) else RowColumn(cells.data[part]))
        start, step = part.stop, 2 * step
        codes = np.asarray(codes)
        for k in codes[codes >= 0].tolist():
            v = values[k]
            if _is_blank(v):
                continue
            try:
                count, _ = read_count(v)
            except CellError:
                count = None
            (numbers if count is not None else texts).append(_text(v))
            if len(numbers) + len(texts) >= COMMENTS_CELLS_LOOKED_AT:
                break
    words = set(_words(col.header))
    platform = PLATFORMS[col.comments_of].words()
    if words & _COMMENT_WORDS:  # a remark, never a count: its numbers said, not read
        if len(numbers) > len(texts):
            col.why = Msg("why-comment-numbers", platform=platform, example=numbers[0],
                          followers=Msg("example-followers", platform=platform))
        return
    if len(numbers) > len(texts):
        col.why = ("why-activity" if words & _COUNT_WORDS else
                   Msg("why-comments-count", platform=platform, example=numbers[0]))
    elif len(texts) > len(numbers):
        col.why = (Msg("why-comment", platform=platform)
                   if not words & (_COUNT_WORDS | _PLURAL_COMMENTS) else
                   Msg("why-comments-text", platform=platform, example=texts[0]))


def answers_only(cells: Any, digits: bool = True) -> bool:
    """Whether a column's filled cells are presence answers only (« Oui », « Non », « x »,
    1 and 0, as under « Facebook »: :func:`.values.read_presence`), one at least: no
    count, no account (a URL, an @account), no other text. Its distinct values are
    looked at (a column of answers has a few), the first that is no answer ends it.
    ``cells``: the raw column (:class:`~.raw.CodedColumn` or :class:`~.raw.RowColumn`);
    ``digits`` false (a measure's column): 1 and 0 are counts as well, one answer in
    words at least is needed."""
    import numbers

    import numpy as np

    from .cells import _distinct
    from .raw import as_column
    from .values import looks_like_account, looks_like_count, read_presence

    codes, values = _distinct(as_column(cells))
    seen = False
    for k in np.unique(np.asarray(codes)[np.asarray(codes) >= 0]).tolist():
        v = values[k]
        if _is_blank(v):
            continue
        if isinstance(v, numbers.Real) and not isinstance(v, bool) and v in (0, 1) or (
                isinstance(v, str) and v.strip() in ("0", "1")):
            seen = seen or digits
            continue
        if not isinstance(v, str) or v.strip().isdigit() or looks_like_count(v) or (
                looks_like_account(v.strip())):
            return False
        try:
            read_presence(v)  # « Oui ? », « N/A »: an answer not given, an answer's cell
        except ValueError:
            return False
        seen = True
    return seen


def refine_columns(cols: list[Column]) -> None:
    """Decisions that need the whole header row (in place).

    An "ID" or "N°" column next to another entity column (a name, a code) is a row
    number, not the entity's code: ignored, with its reason.

    A type's short name alone ("DEP", "REG", "EPCI": INSEE's columns of codes), or its word
    alone ("Département", "Région"), beside a column that names the entities of that type
    ("LIBDEP", "Nom du département") and without a code column of that type is their code: the two are then checked against
    each other, not two columns for the name (a code column holding names is read as
    names, and checked the same).
    """
    from ..domain.registry import normalize as _norm

    entity = [c for c in cols if c.role in ("entity_code", "entity_name")]
    for c in cols:
        key = _norm(c.header)
        if key in ROW_NUMBER_KEYS and len(entity) > 1 or (
                key in ROW_NUMBER_KEYS and c.role == "unknown" and entity):
            c.role, c.why, c.type_hint = "ignore", "why-row-number", None
    def short(c: Column) -> bool:  # INSEE's "DEP"
        return _norm(c.header) in _SHORT_TYPE_NAMES

    for c in cols:
        # "DEP" beside any name of its type ("Département", "LIBDEP"); the type's word alone
        # ("Département") beside an explicit name ("Nom du département")
        if c.role != "entity_name" or not (short(c) or _bare_type_word(c.header)):
            continue
        named = any(o.role == "entity_name" and o.type_hint == c.type_hint and o is not c
                    and not short(o) and (short(c) or not _bare_type_word(o.header))
                    for o in cols)
        coded = any(o.role == "entity_code" and o.type_hint == c.type_hint for o in cols)
        if named and not coded:
            c.role = "entity_code"
    # "Facebook (O/N)" and "Page Facebook": the second, named with an account's word, is
    # the account (a page's address), not a second presence
    for c in cols:
        if c.role != "present" or not c.platform or not set(_words(c.header)) & _ROLE_WORDS[
                "account"]:
            continue
        if any(o is not c and o.platform == c.platform and o.role == "present"
               and not set(_words(o.header)) & _ROLE_WORDS["account"] for o in cols) and not any(
                o.platform == c.platform and o.role == "account" for o in cols):
            c.role = "account"


#: a type's short name, INSEE's name of a column of codes ("DEP", "REG", "EPCI")
_SHORT_TYPE_NAMES = {"dep", "dept", "reg", "epci", "com"}


_COMMUNE_TYPES = COMMUNE_TYPES


#: Headers that are a type's word alone ("Département", "Commune"): such a column may hold
#: codes or names, beside an explicit name column ("Nom du département")
_BARE_TYPE_WORDS = {("departement",), ("region",), ("commune",), ("ville",), ("epci",),
                    ("intercommunalite",), ("metropole",), ("collectivite",), ("territoire",),
                    ("dep",), ("reg",)}


def _bare_type_word(header: str) -> bool:
    return tuple(_words(header)) in _BARE_TYPE_WORDS


def entity_duplicates(cols: list[Column], type_id: str | None) -> list:
    """Two code columns, or two name columns, of the entities of one type: an error naming
    both (``duplicate-column``), as for any other field: which one says the entity? The
    second table of a sheet of two side by side ("Code;Nom;Facebook;;Code;Nom;Instagram")
    would be read as the first's rows.

    A column that says no type ("Code", "Nom") is of the file's type ``type_id`` (given,
    or guessed from the values; None: not known yet): "Code" beside "Code département" in
    a survey of départements is two codes of a département, even when they agree (keep
    one), and in a survey of communes the commune's code and its département's. Columns
    of two types ("Commune" and "Département", "Code région" and "Chef-lieu (code)") are
    an entity and its context."""
    from ..domain.registry import TYPES
    from ..messages import Msg
    from .problems import Problem

    def family(t: str | None) -> str | None:
        return "commune" if t in _COMMUNE_TYPES else t

    def same(a: Column, b: Column) -> bool:
        if a.type_hint and b.type_hint:
            return a.type_hint == b.type_hint
        typed = a.type_hint or b.type_hint
        return typed is None or (type_id is not None and family(typed) == family(type_id))

    problems = []
    for role, label in (("entity_code", "role-entity-code"),
                        ("entity_name", "role-entity-name")):
        of_role = [c for c in cols if c.role == role]
        for i, c in enumerate(of_role):
            first = next((o for o in of_role[:i] if same(o, c)), None)
            if first is None:
                continue
            if role == "entity_name" and (_bare_type_word(first.header)
                                          or _bare_type_word(c.header)) and any(
                    o.role == "entity_code" and same(o, c) for o in cols):
                # "Code commune;Commune;Libellé commune": the code says the entity; a
                # column headed by the type's word alone beside an explicit name is no
                # second table (read as before: the name checked against the code)
                continue
            t = TYPES.get(c.type_hint or first.type_hint or type_id or "")
            what = (Msg(label + "-of", plural=t.plural_words()) if t
                    else Msg(label))
            if first.header.strip() == c.header.strip():  # "Code" twice: where
                problems.append(Problem.said(
                    Msg("duplicate-column-same", what=what, header=c.header,
                        first=first.index + 1, second=c.index + 1),
                    column=c.header, code="duplicate-column"))
            else:
                problems.append(Problem.of("duplicate-column", column=c.header, what=what,
                                           first=first.header, second=c.header))
    return problems


_ROLE_LABELS = {"present": "role-present", "followers": "role-followers",
                "account": "role-account", "date": "role-date", "year": "role-year",
                "platform": "role-platform"}


@functools.cache
def _platform_words() -> dict[str, str]:
    from ..domain.registry import PLATFORMS

    words: dict[str, str] = {}
    for p in PLATFORMS.values():
        if p.id == "any":
            continue
        for name in (p.id, p.label_en, *p.aliases):
            w = fold(name).replace(" ", "")
            if len(w) >= 5:
                words.setdefault(w, p.id)
    return words


def _near_miss(words: list[tuple[str, str]], vocabulary: Iterable[str], known: Container[str],
               cutoff: int) -> tuple[str, str] | None:
    """The first of ``words`` (as written, folded) of 5 letters or more, not ``known``, within
    rapidfuzz's ratio ``cutoff`` of a word of ``vocabulary``: that word as written and the
    one it misses; None when none is (:func:`misspelt_platform`, :func:`misspelt_field`)."""
    from rapidfuzz import fuzz, process

    for said, w in words:
        if len(w) < 5 or w in known:
            continue
        hit = process.extractOne(w, vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is not None:
            return said, hit[0]
    return None


def misspelt_platform(header: Any) -> str | None:
    """The platform a header's word is a near miss of (« Facebok », « Instagramm »,
    « Linkdin », « Youtub »: one or two letters off a name of 5 letters or more), or None.

    >>> misspelt_platform("Abonnés Facebok"), misspelt_platform("Instagramm")
    ('facebook', 'instagram')
    >>> misspelt_platform("Centres d'intérêt"), misspelt_platform("Commentaire")
    (None, None)
    """
    words = _platform_words()
    hit = _near_miss([(w, w) for w in fold(header).split()], list(words), words, 88)
    return None if hit is None else words[hit[1]]


#: the field words a platform's second column may hold misspelt, as said to the user: its
#: followers, its account (5 letters or more, as :func:`misspelt_platform`'s names)
_FIELD_WORDS = ("abonnés", "abonnées", "followers", "subscribers", "suiveurs", "membres",
                "audience", "communauté", "compte", "comptes", "account", "identifiant",
                "profil", "pseudo", "adresse", "handle")


def misspelt_field(header: Any) -> tuple[str, str] | None:
    """The word of a header that is a near miss of a field word (« abonés », « folowers »:
    one or two letters off), as written, and the word it misses; None when none is.

    >>> misspelt_field("Facebook - abonés"), misspelt_field("Folowers Instagram")
    (('abonés', 'abonnés'), ('Folowers', 'followers'))
    >>> misspelt_field("Facebook - abonnés"), misspelt_field("Facebook - abonnement")
    (None, None)
    """
    words = {fold(w): w for w in _FIELD_WORDS}
    known = set(words) | {w for ws in _ROLE_WORDS.values() for w in ws}
    hit = _near_miss([(said, fold(said)) for said in re.findall(r"\w+", str(header))],
                     list(words), known, 85)
    return None if hit is None else (hit[0], words[hit[1]])


def column_problems(cols: list[Column]) -> list:
    """Each header understood, or reported: ignored (warning), unknown (warning), or a
    second column for the same role and platform (error naming both)."""
    from ..domain.registry import find_platform
    from ..messages import Msg
    from .problems import Problem

    problems = []
    for c in cols:
        if c.role == "unknown" and (near := misspelt_platform(c.header)) is not None:
            # « Facebok », « Abonnés Instagramm »: a platform's column left unread would
            # drop that platform from every figure, « au moins un réseau » too
            problems.append(Problem.of("column-platform-misspelt", column=c.header,
                                       platform=find_platform(near).words()))
        elif c.role == "unknown":
            problems.append(Problem.of("unknown-column", column=c.header, severity="warning"))
        elif c.role == "ignore" and c.why:
            problems.append(Problem.of("ignored-column", column=c.header, severity="warning",
                                       why=Msg(c.why) if isinstance(c.why, str) else c.why))
    seen: dict[tuple[str, str | None], Column] = {}
    for c in cols:
        if c.role not in _ROLE_LABELS:
            continue
        key = (c.role, c.platform)
        if key not in seen:
            seen[key] = c
            continue
        first = seen[key]
        role = Msg(_ROLE_LABELS[c.role])  # said in the problem's language, as the platform
        what = (Msg("what-role", role=role, platform=find_platform(c.platform).words())
                if c.platform else role)
        # « Facebook - abonés »: a field word misspelt left the platform's name alone, read
        # as its presence; « deux colonnes pour la présence » would send the user looking
        # for a presence column they never wrote
        near = next(((h, m) for h in (c.header, first.header)
                     if c.role == "present" and (m := misspelt_field(h))), None)
        if near is not None:
            problems.append(Problem.said(
                Msg("duplicate-column-misspelt", what=what, column=near[0], word=near[1][0],
                    right=near[1][1], other=first.header if near[0] == c.header else c.header),
                column=near[0], code="duplicate-column"))
            continue
        problems.append(Problem.of("duplicate-column", column=c.header, what=what,
                                   first=first.header, second=c.header))
    return problems


def _header_score(row: list[Any]) -> int:
    score = 0
    for i, v in enumerate(row):
        if _is_blank(v) or not isinstance(v, str):
            continue
        role = classify_header(v, i).role
        if role not in ("unknown", "ignore"):
            score += 1
    return score


