"""Analysis of adoption figures: compare collectivity types, follow a trend.

Pure functions: a DataFrame of adoption records in, a DataFrame out. The
default input is the published figures shipped with barometre
(:func:`barometre.published.adoption`); survey-based adoption frames (see
:func:`barometre.survey_analysis.adoption`) have the same columns.

Examples
--------
>>> import barometre as bm
>>> c = bm.compare("region", year=2015, source="ideose")
>>> c[["collectivity_type", "platform", "share"]].head(2).to_dict("records")
[{'collectivity_type': 'region', 'platform': 'facebook', 'share': 0.96}, {'collectivity_type': 'region', 'platform': 'x', 'share': 0.85}]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from ..domain.errors import NoDataError, UsageError
from ..render.formats import type_label
from ..domain.registry import PLATFORMS, TYPES, find_platform, find_type

__all__ = ["compare", "trend", "select", "RECORD_COLUMNS"]

#: The stable columns of compare and trend records (JSON keys, CSV header).
RECORD_COLUMNS = ["collectivity_type", "platform", "year", "share", "n_present", "n_base",
                  "ci_low", "ci_high", "source"]
_EXTRA_COLUMNS = ["month", "base", "measure", "derived_from_wording", "strate", "n_reference",
                  "n_surveyed", "coverage", "n_unknown"]


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def _default_figures() -> pd.DataFrame:
    from ..datasets import published

    return published.adoption()


def _filter_source(df: pd.DataFrame, source: str | None) -> pd.DataFrame:
    if not source:
        return df
    from ..datasets.published import find_sources

    ids = set(find_sources(source)) | ({source} if source in set(df["source"]) else set())
    if not ids:
        raise UsageError(f"source inconnue « {source} » ; voir « barometre sources »")
    return df[df["source"].isin(ids)]


def _order(df: pd.DataFrame, type_order: Sequence[str]) -> pd.DataFrame:
    t_rank = {t: i for i, t in enumerate(type_order)}
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    key = pd.DataFrame({
        "band": _band_order(df),
        "t": df["collectivity_type"].map(lambda t: t_rank.get(t, len(t_rank))),
        "p": df["platform"].map(lambda p: p_rank.get(p, len(p_rank))),
        "s": df["source"].astype(str),
        "r": df["research_row"] if "research_row" in df else 0,
    }, index=df.index)
    return df.loc[key.sort_values(["band", "t", "p", "s", "r"]).index]


def _band_order(df: pd.DataFrame) -> pd.Series | int:
    """Population bands in increasing order (survey results split ``by="strate"``)."""
    if "strate" not in df:
        return 0
    from ..datasets.reference import INSEE_BANDS

    rank = {label: i for i, (_, label) in enumerate(INSEE_BANDS)}
    return df["strate"].map(lambda b: rank.get(b, len(rank)))


def _best_source(rows: pd.DataFrame, year_rows: pd.DataFrame) -> str:
    """The source to anchor a comparison: the one reporting most types that year."""
    scores = []
    for sid in sorted(set(rows["source"])):
        mine = year_rows[year_rows["source"] == sid]
        month = mine["month"].max() if "month" in mine and mine["month"].notna().any() else 0
        scores.append((mine["collectivity_type"].nunique(), len(mine), int(month), sid))
    scores.sort(key=lambda s: (-s[0], -s[1], -s[2], s[3]))
    return scores[0][3]


def _records(df: pd.DataFrame) -> pd.DataFrame:
    cols = RECORD_COLUMNS + [c for c in _EXTRA_COLUMNS if c in df.columns]
    out = df[cols].reset_index(drop=True)
    return out


def compare(type: str, vs: str | Iterable[str] | None = None,
            platforms: str | Iterable[str] | None = None, year: int | None = None,
            source: str | None = None, figures: pd.DataFrame | None = None,
            all_sources: bool = False) -> pd.DataFrame:
    """Compare the adoption of platforms by one collectivity type with other types.

    Parameters
    ----------
    type : str
        Collectivity type id or alias ("region", "Régions", "conseil général"...).
    vs : str or list of str, optional
        Types to compare with. Default: the other types that the same source
        reports for the same year.
    platforms : str or list of str, optional
        Platforms to keep (ids or aliases). Default: all.
    year : int, optional
        Observation year. Default: the latest year with figures for ``type``.
    source : str, optional
        A source id, or a case-insensitive part of the publisher's name or
        the title ("ideose").
    figures : DataFrame, optional
        Adoption records to use instead of the published figures.
    all_sources : bool, default False
        Keep every source of that year side by side instead of anchoring the
        comparison on the source that reports the most types.

    Returns
    -------
    DataFrame
        One row per type × platform (× source): ``collectivity_type, platform,
        year, share, n_present, n_base, ci_low, ci_high, source`` plus
        ``month, base, measure, derived_from_wording`` where known.

    Raises
    ------
    UsageError
        Unknown type, platform or source.
    NoDataError
        No figure matches.

    Examples
    --------
    >>> import barometre as bm
    >>> c = bm.compare("region", year=2015, source="ideose")
    >>> sorted(set(c.collectivity_type))
    ['all', 'departement', 'region', 'ville_prefecture']
    """
    t = find_type(type).id
    vs_ids = [find_type(v).id for v in _as_list(vs)]
    plats = [find_platform(p).id for p in _as_list(platforms)]
    df = _default_figures() if figures is None else figures
    df = _filter_source(df, source)
    if plats:
        df = df[df["platform"].isin(plats)]
    mine = df[df["collectivity_type"] == t]
    if figures is None:  # published figures without a stated year cannot be compared in time
        mine = mine[mine["year"].notna()]
    if mine.empty:
        raise NoDataError(f"aucun chiffre pour le type « {t} »"
                          + (f" dans la source « {source} »" if source else "")
                          + (" pour ces réseaux" if plats else ""))
    if year is None and mine["year"].notna().any():
        year = int(mine["year"].max())
    if year is not None:
        mine = mine[mine["year"] == year]
    if mine.empty:
        years = sorted({int(y) for y in df.loc[df["collectivity_type"] == t, "year"].dropna()})
        raise NoDataError(f"aucun chiffre pour le type « {t} » en {year} ; années disponibles : "
                          + ", ".join(map(str, years)))
    year_rows = df[df["year"] == year] if year is not None else df[df["year"].isna()]
    if all_sources:
        anchor_ids = sorted(set(mine["source"]))
    else:
        anchor_ids = [_best_source(mine, year_rows)]
    anchor = year_rows[year_rows["source"].isin(anchor_ids)]
    if not vs_ids:
        vs_ids = [x for x in TYPES if x != t and x in set(anchor["collectivity_type"])]
    parts = [anchor[anchor["collectivity_type"] == t]]
    for v in vs_ids:
        own = anchor[anchor["collectivity_type"] == v]
        if own.empty:
            other = year_rows[year_rows["collectivity_type"] == v]
            if not other.empty and not all_sources:
                other = other[other["source"] == _best_source(other, year_rows)]
            own = other
        parts.append(own)
    out = pd.concat([p for p in parts if not p.empty])
    result = _records(_order(out, [t, *vs_ids]))
    # types asked for with --vs that no source reports that year: said, not silently dropped
    result.attrs["missing_types"] = [v for v in vs_ids if v not in set(result["collectivity_type"])]
    return result


def trend(type: str, platform: str, figures: pd.DataFrame | None = None,
          source: str | None = None) -> pd.DataFrame:
    """Every figure for one type and platform across years, oldest first.

    Figures whose year the source does not state are left out (they cannot be
    placed in time). Conflicting figures of the same year stay side by side,
    each with its source.

    Parameters
    ----------
    type : str
        Collectivity type id or alias.
    platform : str
        Platform id or alias.
    figures : DataFrame, optional
        Adoption records to use instead of the published figures.
    source : str, optional
        Keep only the matching source(s).

    Returns
    -------
    DataFrame
        Same columns as :func:`compare`, sorted by year, month and source.

    Examples
    --------
    >>> import barometre as bm
    >>> t = bm.trend("region", "facebook")
    >>> int(t.year.min()), t.year.nunique() >= 5
    (2011, True)
    """
    t = find_type(type).id
    p = find_platform(platform).id
    df = _default_figures() if figures is None else figures
    df = _filter_source(df, source)
    rows = df[(df["collectivity_type"] == t) & (df["platform"] == p) & df["year"].notna()]
    if rows.empty:
        raise NoDataError(f"aucun chiffre daté pour {type_label(t, plural=True)} sur « {p} »")
    key = rows.assign(_m=rows["month"].fillna(0) if "month" in rows else 0)
    rows = key.sort_values(["year", "_m", "source"], kind="stable").drop(columns="_m")
    return _records(rows)


def select(types: str | Iterable[str] | None = None, platforms: str | Iterable[str] | None = None,
           year: int | None = None, source: str | None = None,
           figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """Published adoption figures matching a selection, every source kept.

    Parameters
    ----------
    types, platforms : str or list of str, optional
        Ids or aliases; default: all.
    year : int, optional
        Observation year; default: every dated figure.
    source : str, optional
        Source id or part of the publisher's name.

    Returns
    -------
    DataFrame
        Same columns as :func:`compare`, ordered by year, type and platform.

    Examples
    --------
    >>> import barometre as bm
    >>> len(bm.select(year=2015, source="ideose")) >= 7
    True
    """
    df = _default_figures() if figures is None else figures
    df = _filter_source(df, source)
    df = df[df["year"].notna()]
    if types is not None:
        df = df[df["collectivity_type"].isin([find_type(t).id for t in _as_list(types)])]
    if platforms is not None:
        df = df[df["platform"].isin([find_platform(p).id for p in _as_list(platforms)])]
    if year is not None:
        df = df[df["year"] == year]
    if df.empty:
        raise NoDataError("aucun chiffre publié ne correspond à cette sélection")
    ordered = _order(df, list(TYPES))
    key = ordered["year"].astype(int)
    return _records(ordered.iloc[key.argsort(kind="stable")])
