"""The Annuaire de l'administration as a census of declared accounts.

From the services of an annuaire export (:mod:`.annuaire_read`) to entities:

- kept: mairies (``mairie``; not the mairies déléguées, annexes or
  d'arrondissement, which are set aside and counted), conseils départementaux
  (``cg``), régionaux (``cr``) and EPCI seats (``epci``); a service with two roles
  (Saint-Barthélemy: ``cg`` and ``mairie``) counts for both;
- the INSEE code is the ``pivot`` code, else the top-level ``code_insee_commune``;
  records where both disagree are reported; a conseil's code is its seat's commune,
  whose département or région is taken (the Collectivité européenne d'Alsace counts
  for 67 and 68, after :func:`reference.departement_council`); an EPCI is its SIREN, else the EPCI of its
  seat's commune; the Métropole de Lyon (role ``epci``, SIREN 200046977 or seat 69123) is
  no EPCI but a collectivité à statut particulier: it counts for the type ``metropole``
  (never ``epci``), like the reference (:func:`reference.entities`);
- every declared URL is normalised and classified to a platform, with its handle.

The result reads like any survey: presence = "declared in the annuaire", an
entity with no declared account on a platform is absent there, followers are
unknown. The measure is named: "comptes déclarés à l'Annuaire de
l'administration", with the file's date, the attribution "Service-Public.gouv.fr /
DILA" and the caveat that an undeclared account may exist.

Examples
--------
>>> from barometre.survey.annuaire import read_census
>>> census = read_census("annuaire.json")          # doctest: +SKIP
>>> census.counts["set_aside_deleguee"]             # doctest: +SKIP
2125
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.registry import PLATFORMS, find_type, types_words
from ..messages import Day, Msg, Words, plural_s, text
from .annuaire_read import services
from .annuaire_urls import classify_url

__all__ = ["read_census", "Census", "DeclaredEntity", "census_frame", "ATTRIBUTION",
           "LICENCE", "ROLES", "annuaire_notes", "prefill"]

ATTRIBUTION = "Service-Public.gouv.fr / DILA"
LICENCE = "Licence Ouverte 2.0"
#: annuaire role (``type_service_local``) → barometre collectivity type
ROLES = {"mairie": "commune", "cg": "departement", "cr": "region", "epci": "epci"}
_TYPE_ORDER = ["region", "departement", "epci", "metropole", "commune"]
_EXAMPLES = 5  # examples kept per kind of problem


@dataclass
class DeclaredEntity:
    """One collectivité and the accounts its services declare."""

    code: str
    collectivity_type: str
    service_ids: list[str] = field(default_factory=list)
    accounts: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)
    row: int = 0
    #: the latest modification date of its services' records (None: none dated)
    modified: dt.date | None = None

    def add(self, platform: str, url: str, handle: str | None) -> None:
        seen = self.accounts.setdefault(platform, [])
        if all(u != url for u, _ in seen):
            seen.append((url, handle))


@dataclass
class Census:
    """Entities of an annuaire export, and how the services were counted."""

    file: str
    entities: dict[tuple[str, str], DeclaredEntity]
    counts: Counter
    examples: dict[str, list[str]]
    date: dt.date | None
    platforms: Counter  # declared URLs per platform (after de-duplication per entity)
    #: the examples said otherwise in English ("name: detail", not « name : detail »),
    #: by kind, in the order of ``examples``; a kind not here reads the same in both
    examples_en: dict[str, list[str]] = field(default_factory=dict)

    def of_type(self, type_id: str) -> list[DeclaredEntity]:
        return [e for (t, _), e in self.entities.items() if t == type_id]


_SET_ASIDE = [("deleguee", re.compile(r"\bdelegue(e)?s?\b")),
              ("annexe", re.compile(r"\bannexes?\b")),
              ("arrondissement", re.compile(r"\barrondissement\b"))]


def _set_aside_kind(name: str) -> str | None:
    """Mairies that are not the commune's own: déléguée, annexe, d'arrondissement."""
    folded = re.sub(r"[^a-z0-9]+", " ", _fold(name))
    for kind, pattern in _SET_ASIDE:
        if pattern.search(folded):
            return kind
    return None


def _fold(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


class _Maps:
    """Reference look-ups: commune → département, région, EPCI; valid codes per type."""

    def __init__(self) -> None:
        from ..datasets import reference

        c = reference.communes()
        self.commune_dep = dict(zip(c["code"], c["departement"]))
        self.commune_reg = dict(zip(c["code"], c["region"]))
        self.commune_epci = dict(zip(c["code"], c["epci"]))
        self.valid = {t: set(reference.entities(t)["code"]) for t in _TYPE_ORDER}
        # départements governed by one council (67 and 68: the Collectivité européenne
        # d'Alsace): its declared accounts count for each of them
        council = {d: reference.departement_council(d) for d in self.valid["departement"]}
        self.same_council = {d: sorted(x for x, cx in council.items() if c and cx == c) or [d]
                             for d, c in council.items()}

    def codes_for(self, type_id: str, code: str, siren: str) -> list[tuple[str, str]]:
        """The entities (type, code) a service with this role and INSEE code stands for.

        A service of role ``epci`` is its SIREN's EPCI, else its seat's; the Métropole de
        Lyon (``MET69``, no EPCI: out of ``reference.entities("epci")``) is of the type
        ``metropole``, found the same two ways."""
        if type_id == "commune":
            return [(type_id, code)] if code in self.valid["commune"] else []
        if type_id == "departement":
            dep = self.commune_dep.get(code) or code
            return [(type_id, d) for d in self.same_council.get(dep, [])]
        if type_id == "region":
            reg = self.commune_reg.get(code) or code
            return [(type_id, reg)] if reg in self.valid["region"] else []
        for e in (siren, self.commune_epci.get(code)):
            if e in self.valid["epci"]:
                return [("epci", e)]
            if e in self.valid["metropole"]:  # the Métropole de Lyon
                return [("metropole", e)]
        return []


def _note(census_examples: dict[str, list[str]], counts: Counter, key: str, example: str,
          name: str | None = None) -> None:
    """Count a problem of kind ``key`` and keep its first examples: ``example``, or the
    service's ``name`` then ``example`` (« name : example », in English under
    ``census_examples["en:" + key]``, "name: example")."""
    counts[key] += 1
    ex = census_examples.setdefault(key, [])
    if len(ex) < _EXAMPLES:
        ex.append(example if name is None else f"{name} : {example}")
        if name is not None:
            census_examples.setdefault("en:" + key, []).append(f"{name}: {example}")


def read_census(path: str | Path) -> Census:
    """Read an annuaire export (bulk or API shape) into a :class:`Census`.

    ``counts`` holds ``services`` (read), ``kept_<role>`` (services kept per
    role), ``set_aside_deleguee``, ``set_aside_annexe``, ``set_aside_arrondissement``,
    ``other_services`` (prefectures, schools… not counted), ``duplicate_ids``
    (the same record twice: counted once), ``merged`` (a second service for an
    entity already seen: accounts pooled), ``code_disagreements`` (pivot vs
    ``code_insee_commune``), ``unresolved`` (no matching entity in the reference),
    ``urls`` (declared), ``unclassified_urls``. ``date`` is the latest
    modification date of the file's records.
    """
    p = Path(path)
    maps = _Maps()
    counts: Counter = Counter()
    examples: dict[str, list[str]] = {}
    entities: dict[tuple[str, str], DeclaredEntity] = {}
    seen_ids: set[str] = set()
    latest: dt.date | None = None
    for s in services(p):
        counts["services"] += 1
        if s.modified and (latest is None or s.modified > latest):
            latest = s.modified
        if s.id and s.id in seen_ids:
            _note(examples, counts, "duplicate_ids", f"{s.name} ({s.id})")
            continue
        if s.id:
            seen_ids.add(s.id)
        roles = [(r, codes) for r, codes in s.pivot if r in ROLES]
        if not roles and not s.pivot and s.code_insee and _looks_like_mairie(s.name):
            roles = [("mairie", [])]  # API records without pivot: the name says mairie
        if not roles:
            counts["other_services"] += 1
            continue
        counts["role_services"] += 1
        if not s.has_social:
            counts["no_social_field"] += 1  # an API export without the field: nothing known
        declared = _declared(s.social, counts, examples, s.name)
        pivot_codes = [c for _, codes in roles for c in codes]
        if pivot_codes and s.code_insee and s.code_insee not in pivot_codes:
            _note(examples, counts, "code_disagreements",
                  f"pivot {'/'.join(dict.fromkeys(pivot_codes))}, "
                  f"code_insee_commune {s.code_insee}", name=s.name)
        for role, codes in dict((r, c) for r, c in roles).items():
            type_id = ROLES[role]
            if role == "mairie":
                kind = _set_aside_kind(s.name)
                if kind:
                    _note(examples, counts, f"set_aside_{kind}", s.name)
                    continue
            code = codes[0] if codes else s.code_insee
            ent_codes = maps.codes_for(type_id, code, s.siren)
            if not ent_codes:
                # an EPCI's SIREN said as such, never its seat's code as if it were it
                said = (f"{role}, SIREN {s.siren}, commune {code or '?'}"
                        if role == "epci" and s.siren else
                        f"{role}, commune {code or '?'}" if role == "epci" else
                        f"{role} {code or '?'}")
                _note(examples, counts, "unresolved", f"{s.name} ({said})")
                continue
            counts[f"kept_{role}"] += 1
            for type_id, ent_code in ent_codes:
                key = (type_id, ent_code)
                ent = entities.get(key)
                if ent is None:
                    ent = entities[key] = DeclaredEntity(ent_code, type_id, row=s.row)
                else:
                    _note(examples, counts, "merged", f"{s.name} ({type_id} {ent_code})")
                ent.service_ids.append(s.id)
                if s.modified and (ent.modified is None or s.modified > ent.modified):
                    ent.modified = s.modified  # its own date, not the file's latest
                for platform, url, handle in declared:
                    ent.add(platform, url, handle)
    platforms: Counter = Counter()
    for ent in entities.values():
        for platform, accs in ent.accounts.items():
            platforms[(ent.collectivity_type, platform)] += 1
    examples_en = {k[3:]: examples.pop(k) for k in [k for k in examples if k.startswith("en:")]}
    return Census(p.name, entities, counts, examples, latest, platforms, examples_en)


def require_networks(census: Census) -> None:
    """Refuse an export without the ``reseau_social`` field (an API export of a few columns):
    counting its entities as absent everywhere would be a silent misread.

    Raises
    ------
    InputFileError
        ``annuaire-no-social-field``.
    """
    from ..domain.errors import InputFileError

    c = census.counts
    if c["role_services"] and c["no_social_field"] == c["role_services"]:
        raise InputFileError.of("annuaire-no-social-field", file=census.file)


def _looks_like_mairie(name: str) -> bool:
    return _fold(name).startswith("mairie")


def _declared(social, counts: Counter, examples: dict, name: str) -> list[tuple[str, str, str | None]]:
    out = []
    for raw, label in social:
        counts["urls"] += 1
        url, platform, handle = classify_url(raw, label)
        if platform is None or platform == "any":
            _note(examples, counts, "unclassified_urls", raw, name=name)
            continue
        out.append((platform, url or ("@" + handle if handle else raw), handle))
    return out


def census_platforms(census: Census, default: list[str] | None = None) -> list[str]:
    """Platforms of the frame: the usual six, plus any other declared in the file."""
    from .template import DEFAULT_PLATFORMS

    found = {p for (_, p) in census.platforms}
    keep = set(default or DEFAULT_PLATFORMS) | found
    return [p for p in PLATFORMS if p in keep and p != "any"]


def census_frame(census: Census, type: str | None = None):
    """The census as a survey frame (the columns of :func:`barometre.read_survey`).

    One row per entity × platform: ``present`` True when the annuaire declares an
    account, False otherwise; ``followers`` unknown; ``account`` the first declared
    URL (normalised); ``date`` the file's date (its records' latest modification);
    ``record_date`` the entity's own records' latest modification (NaT when none is
    dated), which the report's Données show. ``type`` keeps one type
    (``ville_prefecture``, ``grande_ville``… select communes; ``metropole`` the EPCI
    that are métropoles and the Métropole de Lyon).
    """
    import numpy as np
    import pandas as pd

    from ..datasets import reference

    type_id = find_type(type).id if type else None
    bases = _base_types(type_id)
    plats = census_platforms(census)
    ents = [e for e in census.entities.values() if bases is None or e.collectivity_type in bases]
    if type_id and type_id != "all" and bases != {type_id}:
        allowed = set(reference.entities(type_id)["code"])
        ents = [e for e in ents if e.code in allowed]
    ents.sort(key=lambda e: (_TYPE_ORDER.index(e.collectivity_type), e.code))
    rows = {"code": [], "collectivity_type": [], "platform": [], "present": [], "account": [],
            "source_row": [], "record_date": []}
    for i, e in enumerate(ents, start=1):
        for p in plats:
            accs = e.accounts.get(p)
            rows["code"].append(e.code)
            rows["collectivity_type"].append(type_id if type_id and type_id != "all" else
                                             e.collectivity_type)
            rows["platform"].append(p)
            rows["present"].append(bool(accs))
            rows["account"].append(accs[0][0] if accs else None)
            rows["source_row"].append(i)
            rows["record_date"].append(pd.Timestamp(e.modified) if e.modified else pd.NaT)
    df = pd.DataFrame(rows)
    names, pops = {}, {}
    for t in {e.collectivity_type for e in ents}:
        ref = reference.entities(t)
        names.update({(t, c): n for c, n in zip(ref["code"], ref["name"])})
        pops.update({(t, c): p for c, p in zip(ref["code"], ref["population"])})
    base_types = [e.collectivity_type for e in ents for _ in plats]
    keys = list(zip(base_types, df["code"]))
    date = pd.Timestamp(census.date) if census.date else pd.NaT
    out = pd.DataFrame({
        "code": df["code"].astype(object),
        "name": pd.Series([names.get(k) for k in keys], dtype=object),
        "collectivity_type": df["collectivity_type"].astype(object),
        "platform": df["platform"].astype(object),
        "present": pd.array(df["present"].to_numpy(dtype=bool), dtype="boolean"),
        "followers": pd.array([pd.NA] * len(df), dtype="Int64"),
        "account": df["account"].astype(object),
        "date": pd.Series([date] * len(df), dtype="datetime64[s]" if len(df) else "datetime64[ns]"),
        "year": pd.array([census.date.year if census.date else pd.NA] * len(df), dtype="Int64"),
        "population": pd.array([None if pd.isna(pops.get(k)) else int(pops.get(k))
                                for k in keys], dtype="Int64"),
        "source_row": df["source_row"].astype(np.int64),
        # no count: none rounded, none questioned, no cell of one typed
        "followers_rounded": np.zeros(len(df), dtype=bool),
        "followers_questioned": np.zeros(len(df), dtype=bool),
        "followers_typed": pd.Series([None] * len(df), dtype=object),
        # each entity's own records' latest modification (« date » is the file's, the
        # census's date): the report's Données say it row by row
        "record_date": pd.Series(df["record_date"].to_numpy(), dtype="datetime64[s]")
        if len(df) else pd.Series([], dtype="datetime64[ns]")})
    return out


def _base_types(type_id: str | None) -> set[str] | None:
    """The census's types an entity of ``type_id`` is among (None: all of them): the
    métropoles are EPCI and the Métropole de Lyon (of the census's type ``metropole``)."""
    if type_id in (None, "all"):
        return None
    if type_id == "metropole":
        return {"epci", "metropole"}
    if type_id in ROLES.values():
        return {type_id}
    return {"commune"}  # ville_prefecture, grande_ville, ville_moyenne, petite_ville


def annuaire_notes(census: Census, lang: str = "fr") -> list[str]:
    """What a reader of a figure from the annuaire must know: measure, date,
    attribution, caveat, and the services set aside or not counted."""
    date = Day.of(census.date).render(lang) if census.date else "?"  # « 9 août 2025 », "9 August 2025"
    lines = [text("annuaire-measure", lang, date=date, file=census.file),
             text("annuaire-attribution", lang, attribution=ATTRIBUTION, licence=LICENCE),
             text("annuaire-caveat", lang)]  # the first three: see problems()
    return lines + [m.render(lang) for m in _report_msgs(census)]


def _report_msgs(census: Census) -> list[Msg]:
    """The census's report (services set aside or not counted), not yet put into words:
    said in either language, as notes and as :func:`problems`."""
    c = census.counts
    n = c["set_aside_deleguee"] + c["set_aside_annexe"] + c["set_aside_arrondissement"]
    msgs = [Msg("annuaire-set-aside", n=n, s=plural_s(n), deleguee=c["set_aside_deleguee"],
                sd=plural_s(c["set_aside_deleguee"]), annexe=c["set_aside_annexe"],
                sa=plural_s(c["set_aside_annexe"]), arrondissement=c["set_aside_arrondissement"],
                sr=plural_s(c["set_aside_arrondissement"]))]
    for key in ("code_disagreements", "unresolved", "duplicate_ids", "merged", "unclassified_urls"):
        if c[key]:
            fr = "; ".join(census.examples.get(key, [])[:3])
            en = "; ".join(census.examples_en[key][:3]) if key in census.examples_en else fr
            msgs.append(Msg(f"annuaire-{key.replace('_', '-')}", n=c[key], s=plural_s(c[key]),
                            examples=Words(fr, en) if en != fr else fr))
    return msgs


def annuaire_meta(census: Census) -> dict:
    """The metadata a survey frame from the annuaire carries in ``attrs["annuaire"]``."""
    return {"source_label": "Annuaire de l'administration",
            "measure": text("annuaire-measure-name", "fr"),
            "measure_en": text("annuaire-measure-name", "en"),
            "date": census.date.isoformat() if census.date else None,
            "attribution": ATTRIBUTION, "licence": LICENCE,
            "caveat": text("annuaire-caveat", "fr"), "caveat_en": text("annuaire-caveat", "en"),
            "counts": dict(census.counts), "examples": census.examples,
            "notes_fr": annuaire_notes(census, "fr"), "notes_en": annuaire_notes(census, "en")}


def prefill(census: Census, type: str) -> dict[str, dict[str, str]]:
    """Declared accounts per entity code and platform, for the survey template."""
    type_id = find_type(type).id
    bases = _base_types(type_id)
    out: dict[str, dict[str, str]] = {}
    for e in census.entities.values():
        if (bases is None or e.collectivity_type in bases) and e.accounts:
            out[e.code] = {p: accs[0][0] for p, accs in e.accounts.items()}
    return out


def read_survey_annuaire(path: str | Path, type: str | None = None):
    """:func:`barometre.read_survey` for an annuaire export: the census as a survey frame.

    ``attrs`` holds ``problems`` (the census report, as warnings), ``file``,
    ``collectivity_type`` (the type asked, else the export's when it holds one type, None
    when it holds several: each row's column says it) and ``annuaire`` (measure, date,
    attribution, caveat, counts: :func:`annuaire_meta`).
    """
    from ..domain.errors import InputFileError

    p = Path(path)
    census = read_census(p)
    require_networks(census)
    df = census_frame(census, type)
    if df.empty:
        raise InputFileError.of("annuaire-no-entity", file=p.name,
                                type=types_words(find_type(type).id if type else "commune"))
    type_id = find_type(type).id if type else None
    if type_id in (None, "all"):
        # the export's type when it holds one; of several, None: never its most frequent
        # one said of the whole file (each row says its own, ``collectivity_type``)
        types = df["collectivity_type"].dropna().unique()
        type_id = str(types[0]) if len(types) == 1 else None
    from .problems import in_default_lang

    df.attrs["problems"] = in_default_lang(problems(census))
    df.attrs["file"] = str(p)
    df.attrs["collectivity_type"] = type_id
    df.attrs["annuaire"] = annuaire_meta(census)
    return df


def validate_annuaire(path: str | Path, type: str | None = None) -> list:
    """:func:`barometre.validate` for an annuaire export: the census report as warnings."""
    from ..domain.errors import InputFileError
    from .problems import Problem

    try:
        return read_survey_annuaire(path, type).attrs["problems"]
    except InputFileError as exc:
        return [Problem(None, None, None, "error", exc.message, code=exc.code, msg=exc.msg,
                        unreadable=True)]


def problems(census: Census) -> list:
    """The census's report as warnings of the survey reader (never errors)."""
    from .problems import Problem

    return [Problem.said(m, severity="warning") for m in _report_msgs(census)]



#: Fields added to a result computed from the annuaire (compare, adoption), for CSV/JSON.
RESULT_COLUMNS = ["measure_label", "data_date", "attribution", "caveat"]


def annotate_result(result, survey, lang: str = "fr"):
    """Name the measure on a result computed from an annuaire survey frame.

    Adds the columns :data:`RESULT_COLUMNS` and ``attrs["annuaire"]`` (the notes a
    view prints under the table); returns ``result`` unchanged for other surveys.
    ``result`` is a frame or its :class:`~barometre.analysis.records.Records`;
    ``lang``: the language of ``measure_label`` and ``caveat`` (compare's are translated
    when printed: ``render.views.records_in``).
    """
    meta = survey.attrs.get("annuaire") if survey is not None else None
    if not meta:
        return result
    from ..analysis.records import Records

    en = lang == "en"
    added = {"measure_label": meta["measure_en" if en else "measure"], "data_date": meta["date"],
             "attribution": meta["attribution"], "caveat": meta["caveat_en" if en else "caveat"]}
    if isinstance(result, Records):
        return Records(result.columns + [c for c in added if c not in result.columns],
                       [{**r, **added} for r in result.rows],
                       {**result.attrs, "annuaire": meta})
    out = result.assign(**added)
    out.attrs = {**result.attrs, "annuaire": meta}
    return out
