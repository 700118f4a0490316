"""Reference: analysis/survey.py before the integer-code aggregation (issue #19), for tests only.

Pure functions over the tidy frame of :func:`barometre.read_survey`
(``code, name, collectivity_type, platform, present, followers, account, date,
year, population, source_row``).

Conventions (see ``shared/design/benchmarking.md``):

- adoption rate = entities present ÷ entities of the base with an answer for
  that platform, with a Wilson 95 % interval;
- followers per 1,000 inhabitants = followers ÷ population × 1,000 (INSEE
  population municipale of the reference tables);
- rank: 1 = most followers, ties share the best rank; among the peers that
  have a value (the entity included);
- percentile: share of those peers whose value is at or below the entity's;
- index: the entity's value ÷ the median of those values × 100;
- competitor mean: mean of the peers' values without the entity.

When a file holds several readings of an entity on a platform, the latest one
(by date, then year) is used for benchmark and ranking.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from barometre.datasets import reference
from barometre.domain.errors import NoDataError, UsageError
from barometre.domain.registry import PLATFORMS, find_platform, find_type
from barometre.analysis.stats import wilson_interval

__all__ = ["adoption", "compare_survey", "follower_stats", "benchmark", "rank", "league_table",
           "latest", "BENCHMARK_COLUMNS",
           "RANK_COLUMNS", "restrict"]

BENCHMARK_COLUMNS = ["platform", "present", "followers", "followers_per_1000", "rank", "n_peers",
                     "percentile", "index", "peer_median", "peer_q1", "peer_q3", "competitor_mean",
                     "rank_per_1000", "index_per_1000"]
RANK_COLUMNS = ["rank", "code", "name", "value", "population"]
_COMMUNE_LIKE = {"commune", "ville_prefecture", "grande_ville", "ville_moyenne", "petite_ville"}


def _source_name(survey: pd.DataFrame) -> str:
    f = survey.attrs.get("file")
    name = Path(f).name if f else "enquête"
    meta = survey.attrs.get("annuaire")
    if meta:  # a census from the Annuaire de l'administration: name it and its date
        return f"{meta['attribution']}, {meta['source_label']} ({name})"
    return name


def restrict(survey: pd.DataFrame, type: str | None) -> pd.DataFrame:
    """Keep the entities of ``type`` in a survey frame.

    A ville préfecture counts as a commune; from a commune survey, ``ville_prefecture``,
    ``grande_ville``, ``ville_moyenne`` and ``petite_ville`` select their communes.
    """
    if not type:
        return survey
    t = find_type(type).id
    have = set(survey["collectivity_type"].dropna())
    if t in have:
        out = survey[survey["collectivity_type"] == t]
    elif t in _COMMUNE_LIKE and have & _COMMUNE_LIKE:
        out = survey[survey["collectivity_type"].isin(_COMMUNE_LIKE)]
        if t != "commune":
            codes = set(reference.entities(t)["code"])
            out = out[out["code"].isin(codes)]
    else:
        raise NoDataError(f"le fichier ne contient pas d'entités de type « {t} » (il contient : "
                          + ", ".join(sorted(have)) + ")")
    out = out.copy()
    out["collectivity_type"] = t
    return out


def latest(survey: pd.DataFrame) -> pd.DataFrame:
    """The latest reading of each entity on each platform (of its latest year, the latest
    answered one if any: a later non-answer hides no answer of the same year, #latest20)."""
    order = survey.assign(_d=survey["date"], _y=survey["year"].astype("Float64"),
                          _a=survey["present"].notna())
    order = order.sort_values(["code", "platform", "_y", "_a", "_d", "source_row"],
                              na_position="first", kind="stable")
    return order.drop_duplicates(["code", "platform"], keep="last").drop(
        columns=["_d", "_y", "_a"])


def _with_any(df: pd.DataFrame) -> pd.DataFrame:
    """Add the "at least one network" platform: present on any surveyed platform.

    Present when any answer is Oui; absent when every platform the survey covers that
    year (a platform with an answer that year) was answered Non; unknown otherwise (the
    rule of #any10: an entity without a reading on a covered platform is not "on none").
    """
    real = df[df["platform"] != "any"]
    if real.empty:
        return df
    p = real["present"]
    tmp = pd.DataFrame({"code": real["code"], "year_key": real["year"].astype("Float64").fillna(-1),
                        "yes": p.fillna(False).astype(bool), "known": p.notna(),
                        "no_real": (p == False).fillna(False).astype(bool)  # noqa: E712
                        & real["platform"].notna(),
                        "name": real["name"], "collectivity_type": real["collectivity_type"],
                        "population": real["population"]})
    g = tmp.groupby(["code", "year_key"], sort=False)
    anyp = g.agg(yes=("yes", "max"), known=("known", "min"), n_no=("no_real", "sum"),
                 name=("name", "first"),
                 collectivity_type=("collectivity_type", "first"),
                 population=("population", "first")).reset_index()
    covered = (tmp.assign(platform=real["platform"])[tmp["known"]].dropna(subset=["platform"])
               .groupby("year_key")["platform"].nunique())
    every_no = anyp["known"].to_numpy(dtype=bool) & (
        anyp["n_no"].to_numpy() == anyp["year_key"].map(covered).fillna(0).to_numpy())
    present = pd.array(anyp["yes"].to_numpy(dtype=bool), dtype="boolean")
    present[~anyp["yes"].to_numpy(dtype=bool) & ~every_no] = pd.NA
    anyp["present"] = present
    anyp["platform"] = "any"
    anyp["year"] = anyp["year_key"].where(anyp["year_key"] >= 0).astype("Int64")
    return pd.concat([df, anyp.drop(columns=["year_key", "yes", "known", "n_no"])],
                     ignore_index=True)


def _plain(survey: pd.DataFrame) -> pd.DataFrame:
    """A shallow copy without attrs: pandas deep-copies attrs at every step."""
    out = survey.copy(deep=False)
    out.attrs = {}
    return out


def adoption(survey: pd.DataFrame, type: str | None = None, by: str | None = None,
             platforms: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Adoption rates from survey data, with the same records as :func:`barometre.compare`.

    Parameters
    ----------
    survey : DataFrame
        Tidy frame from :func:`barometre.read_survey`.
    type : str, optional
        Collectivity type to count (default: the survey's). A ville préfecture
        counts for ``ville_prefecture`` and ``commune``.
    by : {"strate"}, optional
        Split by INSEE population band (communes).
    platforms : list of str, optional
        Platforms to keep.

    Returns
    -------
    DataFrame
        ``collectivity_type, platform, year, share, n_present, n_base, ci_low,
        ci_high, source`` plus ``base, measure, census, n_reference, n_surveyed,
        coverage, n_unknown`` (and ``strate`` with ``by="strate"``). ``census`` is
        true when every entity of the type in France answered (the interval is the
        share); otherwise the Wilson interval has the finite-population correction.
        ``n_base`` counts the entities of the file that have an answer for the
        platform; ``n_unknown`` those left out of the base because their answer is
        blank in a column that records "Non" answers (see :func:`barometre.validate`);
        ``n_surveyed`` the entities of the file; ``n_reference`` the entities of
        that type in France; ``coverage`` = n_surveyed ÷ n_reference. The "au
        moins un réseau" platform is ``any``.

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.read_survey("enquete-departements.xlsx")  # doctest: +SKIP
    >>> bm.adoption(s)[["platform", "share", "n_present", "n_base"]]  # doctest: +SKIP
    """
    if by not in (None, "strate"):
        raise UsageError(f"--by « {by} » inconnu : attendu « strate »")
    df = restrict(_plain(survey), type)
    if df.empty:
        raise NoDataError("aucune entité du type demandé dans le fichier")
    t = df["collectivity_type"].iloc[0]
    n_surveyed = df["code"].nunique()
    df = _with_any(latest_per_year(df))
    if platforms:
        keep = [find_platform(p).id for p in ([platforms] if isinstance(platforms, str) else platforms)]
        df = df[df["platform"].isin(keep)]
    try:
        n_ref = len(reference.entities(t))
    except UsageError:
        n_ref = None
    df = df.assign(year_key=df["year"].astype("Float64").fillna(-1))
    keys = ["platform", "year_key"]
    if by == "strate":
        df = df.assign(strate=df["population"].map(reference.band_of))
        keys = ["strate"] + keys
    # one row per entity and group after latest_per_year: counting rows counts entities;
    # entities not answered (present unknown) are out of the base, and counted apart
    known = df["present"].notna()
    out = df.assign(_yes=df["present"].fillna(False).astype(bool) & known, _known=known,
                    _unknown=~known).groupby(keys, sort=False).agg(
        n_present=("_yes", "sum"), n_base=("_known", "sum"),
        n_unknown=("_unknown", "sum")).reset_index()
    out = out[out["n_base"] > 0]
    out["collectivity_type"] = t
    out["year"] = out["year_key"].where(out["year_key"] >= 0).astype("Int64")
    out["share"] = out["n_present"] / out["n_base"]
    # every entity of the type answered: a census (no sampling error); otherwise a sample
    # of a finite population of n_ref entities (finite-population correction); a census
    # has no interval (NaN: ci22, was the share twice)
    out["census"] = out["n_base"].eq(n_ref) if n_ref else False
    nan = float("nan")
    cis = [(nan, nan) if c else wilson_interval(s, n, population=n_ref)
           for s, n, c in zip(out["share"], out["n_base"], out["census"])]
    out["ci_low"] = [c[0] for c in cis]
    out["ci_high"] = [c[1] for c in cis]
    out["source"] = _source_name(survey)
    out["base"] = out["n_base"].map(lambda n: f"{n} entité{'s' if n > 1 else ''} de l'enquête")
    out["measure"] = "of_all"
    # one base family for the whole file: the bases differ only by who answered each platform
    out["base_family"] = "entités de l'enquête"
    out["derived_from_wording"] = False
    out["n_reference"] = n_ref
    out["n_surveyed"] = n_surveyed
    out["coverage"] = n_surveyed / n_ref if n_ref else None
    # tidy dtypes (session 10, deliberate): month and the reference counts nullable
    # integers, no research_row (a line of the published research table, not of a survey)
    out["month"] = pd.array([pd.NA] * len(out), dtype="Int64")
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    out = out.assign(_p=out["platform"].map(p_rank)).sort_values(
        (["strate"] if by else []) + ["year_key", "_p"], kind="stable")
    for c in ("n_present", "n_base", "n_unknown", "n_reference", "n_surveyed"):
        out[c] = out[c].astype("Int64")
    cols = ["collectivity_type", "platform", "year", "share", "n_present", "n_base", "ci_low",
            "ci_high", "source", "base", "base_family", "measure", "census", "derived_from_wording",
            "n_unknown", "n_reference",
            "n_surveyed", "coverage", "month"]
    if by:
        cols.insert(1, "strate")
    return out[cols].reset_index(drop=True)


def compare_survey(survey: pd.DataFrame, type: str | None = None,
                   vs: str | Iterable[str] | None = None,
                   platforms: str | Iterable[str] | None = None, year: int | None = None,
                   by: str | None = None) -> pd.DataFrame:
    """:func:`barometre.compare` on survey data: the type and the ``vs`` types, counted in the file.

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.read_survey("villes.xlsx")                          # doctest: +SKIP
    >>> bm.compare_survey(s, "ville_prefecture", vs="commune")     # doctest: +SKIP
    """
    from .published import compare

    t = type or survey.attrs.get("collectivity_type")
    others = [vs] if isinstance(vs, str) else list(vs or [])
    figures = pd.concat([adoption(survey, type=x, by=by) for x in [t, *others]], ignore_index=True)
    result = compare(t, vs=others, platforms=platforms, year=year, figures=figures,
                     all_sources=True)
    result.attrs["years_left_aside"] = _years_left_aside(survey, result)
    return result


def _years_left_aside(survey: pd.DataFrame, result: pd.DataFrame) -> dict[int, int]:
    """Years of the file that a comparison does not show: year -> entities read that year."""
    shown = {int(y) for y in result["year"].dropna()}
    years = survey.dropna(subset=["year"]).groupby(survey["year"].dropna().astype(int))["code"]
    return {int(y): int(n) for y, n in years.nunique().items() if int(y) not in shown}


def latest_per_year(survey: pd.DataFrame) -> pd.DataFrame:
    """The latest reading of each entity on each platform within each year (the latest
    answered one, if any)."""
    year_key = survey["year"].astype("Float64").fillna(-1)
    keys = pd.DataFrame({"code": pd.factorize(survey["code"])[0],
                         "platform": pd.factorize(survey["platform"])[0],
                         "y": year_key.to_numpy(dtype=float)})
    if not keys.duplicated().any():  # one reading per year already: nothing to choose
        return survey
    # the latest answered reading of the year, if any (#latest20)
    tmp = survey.assign(_y=year_key, _a=survey["present"].notna())
    tmp = tmp.sort_values(["code", "platform", "_y", "_a", "date", "source_row"],
                          na_position="first", kind="stable")
    return tmp.drop_duplicates(["code", "platform", "_y"], keep="last").drop(
        columns=["_y", "_a"])


def _per_1000(df: pd.DataFrame) -> pd.Series:
    pop = df["population"].astype("Float64")
    return (df["followers"].astype("Float64") / pop * 1000).where(pop > 0)


def follower_stats(survey: pd.DataFrame, type: str | None = None) -> pd.DataFrame:
    """Distribution of followers per platform (and year): n, median, quartiles, per 1,000.

    Returns
    -------
    DataFrame
        ``collectivity_type, platform, year, n, median, q1, q3, mean,
        median_per_1000, q1_per_1000, q3_per_1000``.
    """
    df = latest_per_year(restrict(_plain(survey), type))
    df = df[df["followers"].notna()].assign(per_1000=_per_1000)
    if df.empty:
        raise NoDataError("aucun nombre d'abonnés dans le fichier")
    df = df.assign(year_key=df["year"].astype("Float64").fillna(-1))
    rows = []
    for (platform, yk), g in df.groupby(["platform", "year_key"], sort=True):
        f = g["followers"].astype(float)
        p = g["per_1000"].astype(float).dropna()
        rows.append({"collectivity_type": g["collectivity_type"].iloc[0], "platform": platform,
                     "year": None if yk < 0 else int(yk), "n": len(f),
                     "median": f.median(), "q1": f.quantile(0.25), "q3": f.quantile(0.75),
                     "mean": f.mean(),
                     "median_per_1000": p.median() if len(p) else None,
                     "q1_per_1000": p.quantile(0.25) if len(p) else None,
                     "q3_per_1000": p.quantile(0.75) if len(p) else None})
    out = pd.DataFrame(rows)
    out["year"] = out["year"].astype("Int64")
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    return out.sort_values(["year", "platform"], key=lambda s: s.map(p_rank) if s.name == "platform"
                           else s, kind="stable").reset_index(drop=True)


def _find_entity(survey: pd.DataFrame, entity: str) -> pd.Series:
    t = survey["collectivity_type"].iloc[0]
    ent = reference.resolve(entity, type=t if t != "all" else None)
    rows = survey[survey["code"] == ent.code]
    if rows.empty:
        raise NoDataError(f"{ent.name} ({ent.code}) n'est pas dans le fichier d'enquête")
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
    raise UsageError(f"--peers « {peers} » inconnu : attendu type, region ou strate")


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
    if survey.empty:
        raise NoDataError("fichier d'enquête sans données")
    focus = _find_entity(survey, entity)
    snap = latest(_plain(survey))
    snap = snap[snap["platform"] != "any"]
    snap = snap[_peer_mask(snap, focus, peers)].assign(per_1000=_per_1000)
    plats = ([find_platform(p).id for p in ([platforms] if isinstance(platforms, str) else platforms)]
             if platforms else [p for p in PLATFORMS if p in set(snap["platform"])])
    rows = []
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
    out = pd.DataFrame(rows, columns=BENCHMARK_COLUMNS + ["n_peers_per_1000"])
    for c in ("rank", "n_peers", "rank_per_1000", "n_peers_per_1000", "followers"):
        out[c] = out[c].astype("Int64")
    out["present"] = out["present"].astype("boolean")
    for c in ("followers_per_1000", "percentile", "index", "peer_median", "peer_q1", "peer_q3",
              "competitor_mean", "index_per_1000"):
        out[c] = out[c].astype("Float64")
    out.attrs.update({"code": focus["code"], "name": focus["name"],
                      "population": None if pd.isna(focus["population"]) else int(focus["population"]),
                      "collectivity_type": focus["collectivity_type"], "peers": peers,
                      "source": _source_name(survey)})
    return out


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
        raise UsageError(f"métrique « {metric} » inconnue : attendu followers ou followers_per_1000")
    p = find_platform(platform).id
    snap = latest(restrict(_plain(survey), type))
    g = snap[snap["platform"] == p].assign(per_1000=_per_1000)
    col = "followers" if metric == "followers" else "per_1000"
    g = g[g[col].notna()]
    if g.empty:
        raise NoDataError(f"aucune valeur de « {metric} » pour {p} dans le fichier")
    out = pd.DataFrame({"code": g["code"], "name": g["name"], "value": g[col].astype(float),
                        "population": g["population"]})
    out["rank"] = _rank_desc(out["value"]).astype(int)
    out = out.sort_values(["rank", "name", "code"], kind="stable")
    if top:
        out = out[out["rank"] <= top]
    out["population"] = out["population"].astype("Int64")
    if metric == "followers":
        out["value"] = out["value"].round().astype("Int64")
    out.attrs.update({"platform": p, "metric": metric, "source": _source_name(survey)})
    return out[RANK_COLUMNS].reset_index(drop=True)
