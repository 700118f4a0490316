"""The reference universe: every French collectivité, size bands and name resolution.

Tables shipped in ``barometre/data/reference/`` (built by
``scripts/build_reference.py`` from INSEE's Code officiel géographique via
``@etalab/decoupage-administratif``), loaded lazily and cached.

Examples
--------
>>> from barometre import reference
>>> len(reference.entities("departement"))
101
>>> reference.resolve("Loire-Atlantique").code
'44'
>>> reference.resolve("Saint-Denis (974)").code
'97411'
>>> reference.resolve("1", type="departement").name
'Ain'
"""

from __future__ import annotations

import difflib
import functools
import io
import re
import unicodedata
from dataclasses import asdict, dataclass
from importlib import resources

import numpy as np
import pandas as pd

from ..domain.errors import ResolveError, UsageError
from ..domain.registry import find_type

__all__ = ["entities", "resolve", "Entity", "name_key", "restore_code", "INSEE_BANDS",
           "band_of", "size_class", "communes", "departements", "regions", "epci"]

ENTITY_COLUMNS = ["code", "name", "collectivity_type", "population", "departement", "region",
                  "siren"]

#: INSEE-style population bands (lower bound inclusive, label).
INSEE_BANDS = [(0, "< 500"), (500, "500–1 999"), (2_000, "2 000–4 999"), (5_000, "5 000–9 999"),
               (10_000, "10 000–19 999"), (20_000, "20 000–49 999"), (50_000, "50 000–99 999"),
               (100_000, "≥ 100 000")]
#: Size classes of the barometers: type id and its population range [low, high).
SIZE_CLASSES = {"petite_ville": (0, 20_000), "ville_moyenne": (20_000, 100_000),
                "grande_ville": (100_000, None)}


def band_of(population: float | None) -> str | None:
    """INSEE-style size band of a population ("20 000–49 999")."""
    if population is None or pd.isna(population):
        return None
    label = INSEE_BANDS[0][1]
    for low, lab in INSEE_BANDS:
        if population >= low:
            label = lab
    return label


def size_class(population: float | None) -> str | None:
    """Barometer size class: petite_ville (< 20 000), ville_moyenne, grande_ville (≥ 100 000)."""
    if population is None or pd.isna(population):
        return None
    if population >= 100_000:
        return "grande_ville"
    return "ville_moyenne" if population >= 20_000 else "petite_ville"


def _read(name: str) -> pd.DataFrame:
    raw = resources.files("barometre").joinpath("data", "reference", name).read_bytes()
    df = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False,
                     compression="gzip" if name.endswith(".gz") else None)
    if "population" in df:
        df["population"] = pd.to_numeric(df["population"].replace("", None)).astype("Int64")
    return df.replace("", None)


@functools.cache
def regions() -> pd.DataFrame:
    """The 18 régions: ``code, name, chef_lieu, population``."""
    return _read("regions.csv")


@functools.cache
def departements() -> pd.DataFrame:
    """The 101 départements: ``code, name, region, chef_lieu, population``."""
    return _read("departements.csv")


@functools.cache
def communes() -> pd.DataFrame:
    """The 34,875 communes: ``code, siren, name, departement, region, epci, population``."""
    return _read("communes.csv.gz")


@functools.cache
def epci() -> pd.DataFrame:
    """The 1,255 groupings: ``siren, name, kind, population, n_communes``."""
    return _read("epci.csv.gz")


@functools.cache
def _entities(type_id: str) -> pd.DataFrame:
    if type_id == "region":
        r = regions()
        df = pd.DataFrame({"code": r["code"], "name": r["name"], "population": r["population"],
                           "departement": None, "region": r["code"], "siren": None})
    elif type_id == "departement":
        d = departements()
        df = pd.DataFrame({"code": d["code"], "name": d["name"], "population": d["population"],
                           "departement": d["code"], "region": d["region"], "siren": None})
    elif type_id in ("commune", "ville_prefecture", *SIZE_CLASSES):
        c = communes()
        if type_id == "ville_prefecture":
            c = c[c["code"].isin(set(departements()["chef_lieu"]))]
        elif type_id in SIZE_CLASSES:
            low, high = SIZE_CLASSES[type_id]
            keep = c["population"].fillna(0) >= low
            if high is not None:
                keep &= c["population"].fillna(0) < high
            c = c[keep]
        df = pd.DataFrame({"code": c["code"], "name": c["name"], "population": c["population"],
                           "departement": c["departement"], "region": c["region"],
                           "siren": c["siren"]})
    elif type_id in ("epci", "metropole"):
        e = epci()
        kinds = {"CC", "CA", "CU", "METRO"} if type_id == "epci" else {"METRO", "MET69"}
        e = e[e["kind"].isin(kinds)]
        first = _epci_departement()
        df = pd.DataFrame({"code": e["siren"], "name": e["name"], "population": e["population"],
                           "departement": e["siren"].map(first),
                           "region": e["siren"].map(_epci_region()), "siren": e["siren"],
                           "kind": e["kind"]})
    else:
        raise UsageError(f"pas de liste d'entités pour le type « {type_id} » ; choisissez "
                         "region, departement, ville_prefecture, commune, grande_ville, "
                         "ville_moyenne, petite_ville, epci ou metropole")
    df.insert(2, "collectivity_type", type_id)
    df["population"] = df["population"].astype("Int64")
    return df.reset_index(drop=True)


@functools.cache
def _epci_departement() -> dict[str, str]:
    """An EPCI's département: that of most of its inhabitants."""
    c = communes().dropna(subset=["epci"])
    g = c.groupby(["epci", "departement"])["population"].sum().reset_index()
    g = g.sort_values(["epci", "population", "departement"], ascending=[True, False, True])
    return dict(g.drop_duplicates("epci")[["epci", "departement"]].values)


@functools.cache
def _epci_region() -> dict[str, str]:
    dep_region = dict(departements()[["code", "region"]].values)
    return {k: dep_region.get(v) for k, v in _epci_departement().items()}


def entities(type: str) -> pd.DataFrame:
    """Every entity of a collectivity type.

    Parameters
    ----------
    type : str
        ``region`` (18), ``departement`` (101), ``ville_prefecture`` (101),
        ``commune`` (34,875), ``grande_ville``, ``ville_moyenne``,
        ``petite_ville`` (communes by size), ``epci`` (1,254) or ``metropole`` (22).

    Returns
    -------
    DataFrame
        ``code, name, collectivity_type, population, departement, region, siren``
        (plus ``kind`` for EPCI and métropoles). Codes are strings.

    Examples
    --------
    >>> from barometre import reference
    >>> vp = reference.entities("ville_prefecture")
    >>> vp.loc[vp.departement == "44", "name"].item()
    'Nantes'
    """
    return _entities(find_type(type).id).copy()


@dataclass(frozen=True)
class Entity:
    """One collectivité."""

    code: str
    name: str
    collectivity_type: str
    population: int | None
    departement: str | None
    region: str | None
    siren: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def label(self) -> str:
        return f"{self.name} ({self.code})"


_ARTICLES = {"le", "la", "les", "l"}


def name_key(text: object) -> str:
    """Matching key of a name: no case, accents, hyphens, apostrophes, leading article;
    "St"/"Ste" read as "Saint"/"Sainte".

    >>> name_key("Les Sables-d’Olonne") == name_key("sables d'olonne")
    True
    >>> name_key("St-Étienne") == name_key("Saint-Etienne")
    True
    """
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("œ", "oe").replace("æ", "ae")
    words = re.findall(r"[0-9a-z]+", s)
    words = ["saint" if w == "st" else "sainte" if w == "ste" else w for w in words]
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return "".join(words)


def restore_code(code: object, type_id: str | None) -> str | None:
    """Put back the leading zeros a spreadsheet stripped: 1 -> "01" (département),
    1053 -> "01053" (commune). Returns None when ``code`` does not look like a code."""
    if code is None:
        return None
    s = str(code).strip().upper()
    if re.fullmatch(r"\d+\.0", s):  # 1053.0 from a float column
        s = s[:-2]
    if type_id in ("departement",) or (type_id is None and re.fullmatch(r"\d{1,3}|2[AB]", s)):
        if re.fullmatch(r"\d", s):
            return s.zfill(2)
        if re.fullmatch(r"\d{2}|2[AB]|97[1-6]", s):
            return s
        return None
    if type_id == "region":
        return s.zfill(2) if re.fullmatch(r"\d{1,2}", s) else None
    if type_id in ("epci", "metropole"):
        return s if re.fullmatch(r"\d{9}", s) else None
    if re.fullmatch(r"\d{4,5}", s):
        return s.zfill(5)
    if re.fullmatch(r"2[AB]\d{3}", s):
        return s
    if re.fullmatch(r"\d{9}", s):
        return s
    return None


_TIER_ORDER = ["departement", "region", "metropole", "commune", "epci"]
_COMMUNE_LIKE = {"commune", "ville_prefecture", *SIZE_CLASSES}


def name_keys(names: pd.Series) -> pd.Series:
    """Vectorised :func:`name_key` (same result, for whole columns of names)."""
    s = names.astype(str).str.replace("œ", "oe").str.replace("Œ", "Oe").str.replace(
        "æ", "ae").str.replace("Æ", "Ae").str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii")
    s = s.str.lower().str.replace(r"[^0-9a-z]+", " ", regex=True).str.strip()
    s = s.str.replace(r"\bst\b", "saint", regex=True).str.replace(r"\bste\b", "sainte", regex=True)
    s = s.str.replace(r"^(?:le|la|les|l) (?=\S)", "", regex=True)
    return s.str.replace(" ", "", regex=False)


@functools.cache
def _name_index(base_type: str) -> dict[str, list[int]]:
    df = _entities(base_type)
    index: dict[str, list[int]] = {}
    for i, key in enumerate(name_keys(df["name"])):
        index.setdefault(key, []).append(i)
    if base_type in ("epci", "metropole"):  # "Métropole de Lyon" also answers to its city
        for i, name in enumerate(df["name"]):
            short = re.sub(r"^(cc|ca|cu|communaute (de communes|d'agglomeration|urbaine)|"
                           r"metropole)\s+(de |du |des |d')?", "",
                           unicodedata.normalize("NFKD", name).encode("ascii", "ignore")
                           .decode().lower())
            k = name_key(short)
            if k and k != name_key(name):
                index.setdefault(k, []).append(i)
    return index


@functools.cache
def _code_index(base_type: str) -> dict[str, int]:
    df = _entities(base_type)
    index = {c: i for i, c in enumerate(df["code"])}
    if "siren" in df:
        for i, s in enumerate(df["siren"]):
            if s:
                index.setdefault(s, i)
    return index


def _base_type(type_id: str) -> str:
    return "commune" if type_id in _COMMUNE_LIKE else type_id


@functools.cache
def _columns(base_type: str) -> dict[str, list]:
    """The entity table as plain Python lists: cheap single-row access."""
    df = _entities(base_type)
    out = {}
    for c in ("code", "name", "departement", "region", "siren"):
        out[c] = [None if v is None or (not isinstance(v, str) and pd.isna(v)) else v
                  for v in df[c].to_numpy(dtype=object)]
    pop = df["population"].to_numpy(dtype="float64", na_value=np.nan)
    out["population"] = [None if np.isnan(v) else int(v) for v in pop]
    return out


def _entity(base_type: str, i: int, as_type: str | None = None) -> Entity:
    c = _columns(base_type)
    return Entity(code=c["code"][i], name=c["name"][i], collectivity_type=as_type or base_type,
                  population=c["population"][i], departement=c["departement"][i],
                  region=c["region"][i], siren=c["siren"][i])


def _dep_label(code: str | None) -> str:
    if not code:
        return ""
    d = departements()
    name = d.loc[d["code"] == code, "name"]
    return f"{name.iloc[0]}, {code}" if len(name) else code


def _hint_departement(hint: str) -> str | None:
    code = restore_code(hint, "departement")
    if code and code in set(departements()["code"]):
        return code
    key = name_key(hint)
    for c, n in zip(departements()["code"], departements()["name"]):
        if name_key(n) == key:
            return c
    return None


def _check_kind(ent: Entity, type_id: str | None) -> bool:
    if type_id is None or (type_id == ent.collectivity_type and type_id not in _COMMUNE_LIKE):
        return True
    if type_id == "ville_prefecture":
        return ent.code in set(departements()["chef_lieu"])
    if type_id in SIZE_CLASSES:
        return size_class(ent.population) == type_id
    return type_id == "commune" and ent.collectivity_type in _COMMUNE_LIKE


def resolve(text: object, type: str | None = None, departement: str | None = None,
            lang: str = "fr") -> Entity:
    """Find the entity named by a code, a SIREN or a name.

    Parameters
    ----------
    text : str
        "44", "1" (with ``type="departement"``), "44109", a 9-digit SIREN,
        "Loire-Atlantique", "st etienne", "Saint-Denis (974)"...
    type : str, optional
        Collectivity type that the entity must have. Without it, codes of
        1 to 3 characters are read as départements, 5 as communes, 9 as SIREN,
        and names are looked up among départements, régions, métropoles,
        communes and EPCI, in that order.
    departement : str, optional
        Département code or name that disambiguates a commune name.

    Returns
    -------
    Entity

    Raises
    ------
    ResolveError
        No match (the message gives the closest names) or several matches
        (the message lists them with their département).

    Examples
    --------
    >>> from barometre.datasets.reference import resolve
    >>> resolve("nantes").code
    '44109'
    >>> resolve("Saint-Denis")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ResolveError: « Saint-Denis » est ambigu : ...
    """
    type_id = find_type(type).id if type else None
    if type_id == "all":
        type_id = None
    raw = "" if text is None else str(text).strip()
    if not raw or raw.lower() in ("nan", "none"):
        raise ResolveError("nom ou code vide" if lang != "en" else "empty name or code")
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", raw)
    hint_dep = _hint_departement(departement) if departement else None
    name_part = raw
    if m and m.group(1):
        hint = _hint_departement(m.group(2))
        if hint:
            name_part, hint_dep = m.group(1), hint

    # Codes and SIREN
    code = restore_code(name_part, type_id)
    if type_id == "ville_prefecture" and re.fullmatch(r"\d{1,3}|2[AB]", name_part.upper()):
        code = restore_code(name_part, "departement")  # a département's code: its préfecture
    if code is not None:
        tiers = ([_base_type(type_id)] if type_id else
                 (["departement"] if len(code) <= 3 else ["commune", "epci", "metropole"]))
        if type_id == "ville_prefecture" and len(code) <= 3:
            d = departements()
            hit = d.loc[d["code"] == code, "chef_lieu"]
            code = hit.iloc[0] if len(hit) else code
        for tier in tiers:
            i = _code_index(tier).get(code)
            if i is not None:
                ent = _entity(tier, i)
                if _check_kind(ent, type_id):
                    return _entity(tier, i, type_id if type_id in _COMMUNE_LIKE else None)
        if re.fullmatch(r"[\dAB]+", name_part.upper()):
            what = f" de type « {type_id} »" if type_id else ""
            raise ResolveError(f"aucune collectivité{what} n'a le code « {raw} »"
                               if lang != "en" else f"no authority has the code '{raw}'")

    key = name_key(name_part)
    tiers = [_base_type(type_id)] if type_id else _TIER_ORDER
    for tier in tiers:
        idx = _name_index(tier).get(key)
        if not idx:
            continue
        as_type = type_id if type_id in _COMMUNE_LIKE else None
        cands = [_entity(tier, i, as_type) for i in dict.fromkeys(idx)]
        cands = [c for c in cands if _check_kind(c, type_id)]
        if hint_dep:
            cands = [c for c in cands if c.departement == hint_dep]
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:
            listed = ", ".join(f"{c.name} ({c.code}, {_dep_label(c.departement)})" for c in cands)
            example = f"{cands[-1].name} ({cands[-1].departement})"
            raise ResolveError(
                f"« {raw} » est ambigu : {listed} ; précisez le département, ex. « {example} »"
                if lang != "en" else
                f"'{raw}' is ambiguous: {listed}; give the département, e.g. '{example}'",
                candidates=cands)
    raise ResolveError(_unknown_message(raw, key, tiers, type_id, lang),
                       candidates=_suggestions(key, tiers, type_id))


def _suggestions(key: str, tiers: list[str], type_id: str | None) -> list[Entity]:
    out: list[Entity] = []
    for tier in tiers:
        index = _name_index(tier)
        for k in difflib.get_close_matches(key, list(index), n=3, cutoff=0.75):
            for i in index[k][:2]:
                e = _entity(tier, i)
                if _check_kind(e, type_id):
                    out.append(e)
        if len(out) >= 3:
            break
    return out[:5]


def _unknown_message(raw: str, key: str, tiers: list[str], type_id: str | None, lang: str) -> str:
    sugg = _suggestions(key, tiers, type_id)
    what = f" de type « {type_id} »" if type_id else ""
    if lang == "en":
        msg = f"no authority named '{raw}'"
        if sugg:
            msg += "; closest: " + ", ".join(s.label() for s in sugg)
        return msg
    msg = f"aucune collectivité{what} ne s'appelle « {raw} »"
    if sugg:
        msg += " ; les plus proches : " + ", ".join(s.label() for s in sugg)
    return msg
