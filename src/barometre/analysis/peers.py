"""One entity among its peers: benchmark (rank, percentile, index, per 1,000 inhabitants),
the peer group itself, and rankings (league table, rank).

Pure functions over the tidy survey frame; the conventions are those of
:mod:`barometre.analysis.survey` (``shared/design/benchmarking.md``): rank 1 = most followers,
ties share the best rank; percentile = share of peers at or below; index = value ÷ peer
median × 100; competitor mean = mean of the peers without the entity; the latest reading
of each entity on each platform is used.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..datasets import reference
from ..domain.errors import NoDataError, UsageError
from ..domain.schemas import BENCHMARK, RANKING
from ..domain.registry import PLATFORMS, find_platform

from .survey import _per_1000, _plain, _source_name, latest, restrict

__all__ = ["benchmark", "peer_group", "league_table", "rank", "BENCHMARK_COLUMNS",
           "RANK_COLUMNS"]

BENCHMARK_COLUMNS = BENCHMARK.names  # the JSON keys of `barometre benchmark`
RANK_COLUMNS = RANKING.names



def _find_entity(survey: pd.DataFrame, entity: str) -> pd.Series:
    t = survey["collectivity_type"].iloc[0]
    ent = reference.resolve(entity, type=t if t != "all" else None)
    rows = survey[survey["code"] == ent.code]
    if rows.empty:
        raise NoDataError.of("peers-entity-absent", name=ent.name, code=ent.code)
    return rows.iloc[0]


def _peer_mask(snap: pd.DataFrame, focus: pd.Series, peers: str) -> pd.Series:
    if peers == "type":
        return pd.Series(True, index=snap.index)
    if peers == "region":
        info = reference.entities(focus["collectivity_type"]).set_index("code")["region"]
        reg = snap["code"].map(info)
        return reg == info.get(focus["code"])
    if peers == "strate":
        band = snap["population"].map(reference.band_of)
        return band == reference.band_of(focus["population"])
    raise UsageError.of("peers-unknown", value=peers)


def _position(values: pd.Series, v) -> dict:
    vals = values.dropna().astype(float)
    n = len(vals)
    if n == 0 or v is None or pd.isna(v):
        return {"rank": None, "n": n, "percentile": None, "index": None,
                "median": vals.median() if n else None}
    v = float(v)
    med = vals.median()
    return {"rank": int((vals > v).sum()) + 1, "n": n,
            "percentile": float((vals <= v).sum()) / n * 100,
            "index": v / med * 100 if med else None, "median": med}


def benchmark(survey: pd.DataFrame, entity: str, platforms: str | Iterable[str] | None = None,
              peers: str = "type") -> pd.DataFrame:
    """Benchmark one entity against its whole peer group, platform by platform.

    Parameters
    ----------
    survey : DataFrame
        Tidy frame from :func:`barometre.read_survey`.
    entity : str
        Code or name of the entity ("44", "Loire-Atlantique").
    platforms : list of str, optional
        Platforms to report (default: every platform of the file).
    peers : {"type", "region", "strate"}, default "type"
        Peer group: every entity of the same type in the file, those of the
        same région, or those of the same population band.

    Returns
    -------
    DataFrame
        One row per platform: ``platform, present, followers,
        followers_per_1000, rank, n_peers, percentile, index, peer_median,
        peer_q1, peer_q3, competitor_mean, rank_per_1000, index_per_1000``;
        ``attrs`` holds the entity's ``code``, ``name`` and ``population``.

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.read_survey("enquete-departements.xlsx")    # doctest: +SKIP
    >>> bm.benchmark(s, "Loire-Atlantique")                # doctest: +SKIP
    """
    focus, snap = _snapshot(survey, entity, peers)
    plats = ([find_platform(p).id for p in ([platforms] if isinstance(platforms, str) else platforms)]
             if platforms else [p for p in PLATFORMS if p in set(snap["platform"])])
    rows = []
    medians_per_1000: dict[str, float | None] = {}
    for p in plats:
        g = snap[snap["platform"] == p]
        me = g[g["code"] == focus["code"]]
        f = me["followers"].iloc[0] if len(me) else None
        f = None if f is None or pd.isna(f) else int(f)
        per = me["per_1000"].iloc[0] if len(me) else None
        per = None if per is None or pd.isna(per) else float(per)
        pres = me["present"].iloc[0] if len(me) else None
        pres = None if pres is None or pd.isna(pres) else bool(pres)
        pos = _position(g["followers"], f)
        pos_k = _position(g["per_1000"], per)
        vals = g["followers"].dropna().astype(float)
        others = g.loc[g["code"] != focus["code"], "followers"].dropna().astype(float)
        rows.append({
            "platform": p, "present": pres, "followers": f, "followers_per_1000": per,
            "rank": pos["rank"], "n_peers": pos["n"], "percentile": pos["percentile"],
            "index": pos["index"], "peer_median": vals.median() if len(vals) else None,
            "peer_q1": vals.quantile(0.25) if len(vals) else None,
            "peer_q3": vals.quantile(0.75) if len(vals) else None,
            "competitor_mean": others.mean() if len(others) else None,
            "rank_per_1000": pos_k["rank"], "n_peers_per_1000": pos_k["n"],
            "index_per_1000": pos_k["index"]})
        medians_per_1000[p] = None if pos_k["median"] is None else float(pos_k["median"])
    out = pd.DataFrame(rows, columns=BENCHMARK_COLUMNS)
    for c in ("rank", "n_peers", "rank_per_1000", "n_peers_per_1000", "followers"):
        out[c] = out[c].astype("Int64")
    out["present"] = out["present"].astype("boolean")
    for c in ("followers_per_1000", "percentile", "index", "peer_median", "peer_q1", "peer_q3",
              "competitor_mean", "index_per_1000"):
        out[c] = out[c].astype("Float64")
    out.attrs.update({"code": focus["code"], "name": focus["name"],
                      "population": None if pd.isna(focus["population"]) else int(focus["population"]),
                      "collectivity_type": focus["collectivity_type"], "peers": peers,
                      "source": _source_name(survey),
                      "fictitious": bool(survey.attrs.get("fictitious", False)),
                      # the years of the readings compared (the latest of each entity)
                      "years": sorted({int(y) for y in snap["year"].dropna()}),
                      # the peers' median per 1,000 inhabitants, by platform (the charts mark it)
                      "peer_median_per_1000": medians_per_1000})
    return BENCHMARK.check(out)


def peer_group(survey: pd.DataFrame, entity: str, peers: str = "type") -> pd.DataFrame:
    """The peer group that :func:`benchmark` compares ``entity`` with, one row per peer × platform.

    Returns
    -------
    DataFrame
        The latest reading of every peer (the entity included) with ``per_1000``
        (followers per 1,000 inhabitants); ``attrs`` holds the entity's ``code``,
        ``name``, the ``peers`` rule, the number of peer entities ``n_entities``
        and the value shared by the group (``region`` code or ``strate`` label).
    """
    focus, snap = _snapshot(survey, entity, peers)
    shared = None
    if peers == "region":
        info = reference.entities(focus["collectivity_type"]).set_index("code")["region"]
        shared = info.get(focus["code"])
    elif peers == "strate":
        shared = reference.band_of(focus["population"])
    snap.attrs = {"code": focus["code"], "name": focus["name"], "peers": peers,
                  "n_entities": int(snap["code"].nunique()), "shared": shared,
                  "collectivity_type": focus["collectivity_type"]}
    return snap.reset_index(drop=True)


def _snapshot(survey: pd.DataFrame, entity: str, peers: str) -> tuple[pd.Series, pd.DataFrame]:
    """The focus entity's row and the latest reading of each of its peers (itself included),
    with ``per_1000``: what :func:`benchmark` and :func:`peer_group` both start from."""
    if survey.empty:
        raise NoDataError.of("peers-survey-empty")
    focus = _find_entity(survey, entity)
    snap = latest(_plain(survey))
    snap = snap[snap["platform"] != "any"]
    return focus, snap[_peer_mask(snap, focus, peers)].assign(per_1000=_per_1000)


def _rank_desc(values: pd.Series) -> pd.Series:
    """1 = highest value; ties share the best rank; missing values get no rank."""
    return values.astype("Float64").rank(method="min", ascending=False).astype("Int64")


def league_table(survey: pd.DataFrame) -> pd.DataFrame:
    """Every entity on every platform with its ranks and index (the report's Classement).

    Returns
    -------
    DataFrame
        The latest reading of each entity × platform with ``per_1000``, ``rank``,
        ``rank_per_1000`` and ``index`` (followers ÷ median of the platform × 100),
        ordered by platform then rank; entities without a count come last.
    """
    snap = latest(_plain(survey))
    snap = snap[snap["platform"] != "any"].assign(per_1000=_per_1000)
    parts = []
    for _, g in snap.groupby("platform", sort=False):
        followers = g["followers"].astype("Float64")
        med = followers.median()
        parts.append(g.assign(rank=_rank_desc(followers), rank_per_1000=_rank_desc(g["per_1000"]),
                              index=(followers / med * 100) if pd.notna(med) and med else pd.NA))
    out = pd.concat(parts, ignore_index=True)
    order = {p: i for i, p in enumerate(PLATFORMS)}
    out = out.assign(_p=out["platform"].map(order)).sort_values(["_p", "rank", "name"],
                                                                 kind="stable", na_position="last")
    return out.drop(columns="_p")


def rank(survey: pd.DataFrame, platform: str, metric: str = "followers",
         top: int | None = None, type: str | None = None) -> pd.DataFrame:
    """Rank the entities of a survey on one platform.

    Parameters
    ----------
    survey : DataFrame
        Tidy frame from :func:`barometre.read_survey`.
    platform : str
        Platform id or alias.
    metric : {"followers", "followers_per_1000"}
        What to rank by (1 = highest; ties share the best rank).
    top : int, optional
        Keep the first ``top`` ranks.
    type : str, optional
        Keep the entities of this type (e.g. ``grande_ville`` from a commune survey).

    Returns
    -------
    DataFrame
        ``rank, code, name, value, population``; entities without a value are left out.
    """
    if metric not in ("followers", "followers_per_1000"):
        raise UsageError.of("rank-metric-unknown", value=metric)
    plat = find_platform(platform)
    p = plat.id
    df = restrict(_plain(survey), type)
    g = latest(df[df["platform"] == p]).assign(per_1000=_per_1000)
    col = "followers" if metric == "followers" else "per_1000"
    g = g[g[col].notna()]
    if g.empty:
        raise NoDataError.of("rank-no-values", metric=metric, platform=plat.words())
    out = pd.DataFrame({"code": g["code"], "name": g["name"], "value": g[col].astype(float),
                        "population": g["population"]})
    out["rank"] = _rank_desc(out["value"]).astype(int)
    out = out.sort_values(["rank", "name", "code"], kind="stable")
    if top:
        out = out[out["rank"] <= top]
    out["population"] = out["population"].astype("Int64")
    if metric == "followers":
        out["value"] = out["value"].round().astype("Int64")
    years = g["year"].dropna()
    out.attrs.update({"platform": p, "metric": metric, "source": _source_name(survey),
                      "fictitious": bool(survey.attrs.get("fictitious", False)),
                      "collectivity_type": g["collectivity_type"].iloc[0],
                      "year": int(years.max()) if len(years) else None})
    return RANKING.check(out[RANK_COLUMNS].reset_index(drop=True))
