"""Published figures shipped with barometre: sources, adoption rates and more.

The tables are built by ``scripts/build_published.py`` from the team's research
table and shipped inside the package (``barometre/data/published/``). Each row
keeps ``research_row``, its line in that research table, and a ``source``
id that points into :func:`sources`.

Examples
--------
>>> from barometre import published
>>> a = published.adoption()
>>> row = a[(a.source == "ideose-2015") & (a.collectivity_type == "region")
...         & (a.platform == "facebook")]
>>> float(row.share.iloc[0])
0.96
"""

from __future__ import annotations

import functools
import io
from importlib import resources

import pandas as pd

from ..analysis.stats import wilson_interval

__all__ = ["sources", "adoption", "entity_figures", "baselines", "entity_counts",
           "other_figures", "find_sources"]

_INT_COLS = ("research_row", "year", "month", "n_present", "n_base", "year_published")


def _read(name: str) -> pd.DataFrame:
    raw = resources.files("barometre").joinpath("data", "published", f"{name}.csv").read_bytes()
    df = pd.read_csv(io.BytesIO(raw), dtype=str, keep_default_na=False, encoding="utf-8")
    for col in df.columns:
        if col in _INT_COLS:
            df[col] = pd.to_numeric(df[col].replace("", None)).astype("Int64")
        elif col in ("share", "denominator_n"):
            df[col] = pd.to_numeric(df[col].replace("", None)).astype("Float64")
        elif col == "derived_from_wording":
            df[col] = df[col].eq("true")
        else:
            df[col] = df[col].replace("", None)
    if "source_id" in df.columns and name != "sources":
        df = df.rename(columns={"source_id": "source"})
    return df


@functools.cache
def _cached(name: str) -> pd.DataFrame:
    return _read(name)


def sources() -> pd.DataFrame:
    """Sources of the published figures.

    Returns
    -------
    DataFrame
        ``source_id, publisher, title, year_published, month, url, method``.
    """
    return _cached("sources").copy()


def adoption() -> pd.DataFrame:
    """Published adoption rates, one row per source × type × platform × year.

    Returns
    -------
    DataFrame
        ``research_row, source, year, month, collectivity_type, base, platform,
        measure, n_present, n_base, share, ci_low, ci_high, value_published,
        unit_published, derived_from_wording``. ``share`` is a fraction (0.96);
        ``measure`` says whether it is a share of all the entities of the base
        (``of_all``), of those present on social media (``of_present``) or of a
        survey's respondents (``of_respondents``). The Wilson 95 % interval is
        given when ``n_base`` is known.
    """
    return _adoption_ci().copy()


@functools.cache
def _adoption_ci() -> pd.DataFrame:
    return _with_ci(_cached("adoption"))


def _with_ci(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    cis = [wilson_interval(s if pd.notna(s) else None, n if pd.notna(n) else None)
           for s, n in zip(df["share"], df["n_base"])]
    df["ci_low"] = pd.array([c[0] for c in cis], dtype="Float64")
    df["ci_high"] = pd.array([c[1] for c in cis], dtype="Float64")
    cols = list(df.columns)
    i = cols.index("share") + 1
    cols = cols[:i] + ["ci_low", "ci_high"] + [c for c in cols[i:] if c not in ("ci_low", "ci_high")]
    return df[cols]


def entity_figures() -> pd.DataFrame:
    """Figures about named entities: followers, ranks, awards (with source)."""
    return _cached("entity_figures").copy()


def baselines() -> pd.DataFrame:
    """National audience baselines (users of each platform in France), with source."""
    return _cached("baselines").copy()


def entity_counts() -> pd.DataFrame:
    """Official counts of collectivités by type and year (denominators), with source."""
    return _cached("entity_counts").copy()


def other_figures() -> pd.DataFrame:
    """Every other published aggregate: growth, websites, community managers..."""
    return _cached("other_figures").copy()


def find_sources(text: str) -> list[str]:
    """Source ids matched by ``text``: an exact id, or a part of an id, publisher or title.

    Case and accents are ignored: ``find_sources("ideose")`` gives the Ideose sources.
    """
    from ..domain.registry import normalize

    s = _cached("sources")
    if text in set(s["source_id"]):
        return [text]
    key = normalize(text)
    if not key:
        return []
    hit = [sid for sid, pub, title in zip(s["source_id"], s["publisher"], s["title"])
           if key in normalize(sid) or key in normalize(pub) or key in normalize(title)]
    return hit
