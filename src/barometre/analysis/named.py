"""Published figures about named collectivités: a département's followers in a barometer,
a région's rank, an award, each with its source.

Pure selection over :func:`barometre.published.entity_figures` (the figures as the
sources printed them, names included: « Paris (French fans only) », « Picardie » of 2012):
the INSEE code or SIREN of today's entity is added where the name designates one entity
of its type without doubt, never guessed (a former région, « La CUB », has none).

Examples
--------
>>> import barometre as bm
>>> f = bm.figures(type="departement", entity="Gers")
>>> f[["year", "entity", "code", "platform", "metric", "value", "source"]].to_dict("records")
[{'year': 2021, 'entity': 'Gers', 'code': '32', 'platform': 'instagram', 'metric': 'followers_total', 'value': 16636.0, 'source': 'ost-2022'}]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..domain.errors import NoDataError
from ..domain.keywords import numbered, renamed
from ..domain.registry import COMMUNE_TYPES, TYPES, find_platform, find_type
from ..domain.text import fold

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["figures", "FIGURE_COLUMNS"]

#: The stable columns of :func:`figures` (JSON keys, CSV header).
FIGURE_COLUMNS = ["year", "month", "period", "collectivity_type", "entity", "code", "platform", "metric",
                  "value", "unit", "source", "publisher", "url", "year_published",
                  "research_row"]

#: A qualifier the source wrote after the name: « Toulouse (@Toulouse) », « Paris (French
#: fans only) », « Paris (@paris), week before… ». Tried without it only when the whole
#: name designates no entity.
_QUALIFIER = re.compile(r"\s*\(.*$")


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _code_of(name: str, type_id: str) -> str | None:
    """The code of the one entity of ``type_id`` that ``name`` designates, else None."""
    from ..datasets.resolution import resolve
    from ..domain.errors import ResolveError

    for text in dict.fromkeys((name, _QUALIFIER.sub("", name))):
        try:
            return resolve(text, type=type_id).code
        except ResolveError:
            continue
    return None


@lru_cache(maxsize=1)
def _coded() -> "pd.DataFrame":
    """The published entity figures with today's codes and their sources' publisher and
    address (once: resolving the names loads the reference tables)."""
    import pandas as pd

    from ..datasets.published import entity_figures, sources

    df = entity_figures()
    codes = {(n, t): _code_of(n, t) for n, t in set(zip(df["entity"], df["collectivity_type"]))}
    df["code"] = pd.array([codes[k] for k in zip(df["entity"], df["collectivity_type"])],
                          dtype="str")
    src = sources().set_index("source_id")
    df["publisher"] = df["source"].map(src["publisher"]).astype("str")
    df["url"] = df["source"].map(src["url"]).astype("str")
    # the source's own year, for a citation ("…, 2023" for figures of 2022)
    df["year_published"] = df["source"].map(src["year_published"]).astype("Int64")
    df["value"] = pd.to_numeric(df["value"], errors="raise").astype("Float64")
    order = {t: i for i, t in enumerate(TYPES)}
    key = pd.DataFrame({"t": df["collectivity_type"].map(order), "e": df["entity"].map(fold),
                        "y": df["year"].fillna(9999), "r": df["research_row"]})
    df = df.iloc[key.sort_values(["t", "e", "y", "r"], kind="stable").index]
    return df[FIGURE_COLUMNS].reset_index(drop=True)


@renamed(platform="platforms")  # 0.1's name: a list of platforms under a singular name
@numbered
def figures(type: str | None = None, entity: str | None = None,
            platforms: str | Iterable[str] | None = None, year: int | str | None = None,
            source: str | None = None) -> pd.DataFrame:
    """Published figures about named collectivités (followers, ranks, awards), each with
    its source.

    Parameters
    ----------
    type : str, optional
        Collectivity type (id or alias: "departement", "region"…); default: every type.
    entity : str, optional
        A collectivité: its code or name as :func:`barometre.resolve` reads them
        ("29", "Finistère"), or a name as a source printed it ("Picardie", a région of
        2012); default: every entity.
    platforms : str or list of str, optional
        Platform ids or aliases; default: every platform. (``platform=``, its name in
        0.1, still works with a DeprecationWarning.)
    year : int or str, optional
        Year of the figure; the figures of a source that states no year are kept only
        without ``year``.
    source : str, optional
        Source id or part of the publisher's name ("ost", "Edgar Quinet").

    Returns
    -------
    DataFrame
        One row per figure: ``year`` and ``month`` (NA when the source does not say),
        ``period`` (``late`` for a figure its source dates "fin 2015" in words: Informer
        autrement's 2017 page on Auvergne-Rhône-Alpes' « score de fin 2015 »; else NA),
        ``collectivity_type``, ``entity`` (the name as the source printed it), ``code``
        (today's INSEE code or SIREN when the name designates one entity of its type,
        else NA), ``platform``, ``metric`` (``followers_total``, ``rank``,
        ``award_rank``, ``has_account``…), ``value`` and its ``unit`` (``count``,
        ``rank``, ``percent``: 8.4 for 8.4 %, ``boolean``: 1 or 0; one ``Float64``
        column for every unit, so a rank reads 1.0: ``barometre figures`` writes counts
        and ranks as integers in CSV and JSON), ``source``,
        ``publisher``, ``year_published`` (the source's own year, NA when it states none),
        ``url``, ``research_row`` (the row of the research table).
        Ordered by type, entity, year (a figure without a year last).

    Raises
    ------
    NoDataError
        No figure matches (code ``pub-no-named-figure``, naming the entities that have
        some for the type asked).
    UsageError
        An unknown type or platform.

    Examples
    --------
    >>> import barometre as bm
    >>> f = bm.figures(type="region", platforms="instagram", year=2020)
    >>> print(f[["entity", "code", "metric", "value", "unit"]].to_string(index=False))
                 entity code            metric    value    unit
    Centre-Val de Loire   24   followers_total  25800.0   count
    Centre-Val de Loire   24              rank      1.0    rank
    Centre-Val de Loire   24 performance_score     69.0 percent
    """
    df = _coded()
    type_id = find_type(type).id if type is not None else None
    if type_id == "all":
        type_id = None
    if type_id is not None:
        df = df[_of_type(df, type_id)]
    if platforms is not None:
        df = df[df["platform"].isin([find_platform(p).id for p in _as_list(platforms)])]
    if source is not None:
        s = fold(source)
        df = df[(df["source"] == source)
                | df["publisher"].map(fold).str.contains(s, regex=False)]
    found = None  # the entity asked, when its code or name designates one
    if entity is not None:
        found = _entity(entity, type_id)
        df = df[_entity_mask(df, entity, found)]
    if year is not None:
        from .published import _year

        year = _year(year)  # "2020" is 2020, as compare reads it; "2020a" refused, one line
        every_year = df
        df = df[df["year"] == year]
        if df.empty and not every_year.empty:  # the selection has figures, of other years
            years = sorted({int(y) for y in every_year["year"].dropna()})
            raise NoDataError.of("pub-no-named-figure-year", year=int(year),
                                 years=", ".join(map(str, years)) or "—")
    if df.empty:
        from ..messages import Words

        named = _coded()
        of_type = type_id or (found.collectivity_type if found is not None else None)
        if of_type is not None:
            named = named[_of_type(named, of_type)]
        names = ", ".join(f"« {n} »" for n in dict.fromkeys(named["entity"]))
        of = (Words(TYPES[of_type].label("fr", True), TYPES[of_type].label("en", True))
              if of_type is not None else Words("collectivités", "authorities"))
        if entity is not None:
            who = f"{found.name} ({found.code})" if found is not None else entity
            raise NoDataError.of("pub-no-named-figure-entity" if names
                                 else "pub-no-named-figure-entity-none",
                                 entity=who, names=names, of=of)
        raise NoDataError.of("pub-no-named-figure" if names else "pub-no-named-figure-none",
                             names=names, of=of)
    return df.reset_index(drop=True)


def _of_type(df: pd.DataFrame, type_id: str) -> "pd.Series":
    """The figures of a type; for a subset of the communes the sources do not name as
    such (grandes villes, villes moyennes…), the communes' figures of its members."""
    mask = df["collectivity_type"] == type_id
    if type_id != "commune" and type_id in COMMUNE_TYPES and not mask.any():
        from ..datasets.reference import entities

        members = set(entities(type_id)["code"])
        mask = (df["collectivity_type"] == "commune") & df["code"].isin(members)
    return mask


def _entity(entity: str, type_id: str | None):
    """The entity that ``entity`` designates (:func:`barometre.resolve`), None when it
    designates none or several (« Bretagne »: a région and communes)."""
    from ..datasets.resolution import resolve
    from ..domain.errors import ResolveError

    try:
        return resolve(entity, type=type_id)
    except ResolveError:
        return None


def _entity_mask(df: pd.DataFrame, entity: str, found) -> "pd.Series":
    """The figures of ``entity``: those of the entity it designates (``found``, by code),
    and those whose printed name is it (a name no entity has today: « Picardie »)."""
    folded = fold(entity)
    by_name = df["entity"].map(
        lambda n: fold(n) == folded or fold(_QUALIFIER.sub("", n)) == folded).astype(bool)
    if found is None:
        return by_name
    return by_name | ((df["code"] == found.code)
                      & (df["collectivity_type"] == found.collectivity_type))
