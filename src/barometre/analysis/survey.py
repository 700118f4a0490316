"""Entity-level analysis of survey data: adoption, follower statistics, peer benchmark, ranking.

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

import numpy as np
import pandas as pd

from ..datasets import reference
from ..domain.coded import CodedSurvey
from ..domain.errors import NoDataError, UsageError
from ..domain.registry import PLATFORMS, find_platform, find_type
from . import grouping
from .stats import wilson_interval

__all__ = ["adoption", "compare_survey", "follower_stats", "latest", "latest_per_year",
           "restrict"]
_COMMUNE_LIKE = {"commune", "ville_prefecture", "grande_ville", "ville_moyenne", "petite_ville"}


def _source_name(survey: pd.DataFrame) -> str:
    f = survey.attrs.get("file")
    name = Path(f).name if f else "enquête"
    meta = survey.attrs.get("annuaire")
    if meta:  # a census from the Annuaire de l'administration: name it and its date
        return f"{meta['attribution']}, {meta['source_label']} ({name}, {meta['date'] or '?'})"
    return name


def restrict(survey: pd.DataFrame, type: str | None) -> pd.DataFrame:
    """Keep the entities of ``type`` in a survey frame.

    A ville préfecture counts as a commune; from a commune survey, ``ville_prefecture``,
    ``grande_ville``, ``ville_moyenne`` and ``petite_ville`` select their communes.
    """
    if not type:
        return survey
    t = find_type(type).id
    ctype = survey["collectivity_type"]
    have = set(ctype.dropna().unique())
    if t in have:
        out = survey if have == {t} and ctype.notna().all() else survey[ctype == t]
    elif t in _COMMUNE_LIKE and have & _COMMUNE_LIKE:
        out = survey[ctype.isin(_COMMUNE_LIKE)]
        if t != "commune":
            codes = set(reference.entities(t)["code"])
            out = out[out["code"].isin(codes)]
    else:
        raise NoDataError(f"le fichier ne contient pas d'entités de type « {t} » (il contient : "
                          + ", ".join(sorted(have)) + ")")
    whole = out is survey  # every row is already of type t: no new column of millions of rows
    out = out.copy(deep=False)  # copy-on-write: the caller's frame is not touched
    if not whole:
        out["collectivity_type"] = t
    return out


def latest(survey: pd.DataFrame) -> pd.DataFrame:
    """The latest reading of each entity on each platform (by year, then date, then row)."""
    return survey.take(grouping.latest_positions(survey, per_year=False)[0])



def _plain(survey: pd.DataFrame) -> pd.DataFrame:
    """A shallow copy without attrs: pandas deep-copies attrs at every step."""
    out = survey.copy(deep=False)
    out.attrs = {}
    return out


def adoption(survey: pd.DataFrame | CodedSurvey, type: str | None = None,
             by: str | None = None, platforms: str | Iterable[str] | None = None
             ) -> pd.DataFrame:
    """Adoption rates from survey data, with the same records as :func:`barometre.compare`.

    Parameters
    ----------
    survey : DataFrame or CodedSurvey
        Tidy frame from :func:`barometre.read_survey`, or the coded readings of
        :func:`barometre.survey.reader.read_coded` (same figures, no frame; ``type``
        must then be the file's).
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
        ``n_surveyed`` the entities of the file with at least one answer that year; ``n_reference`` the entities of
        that type in France (``n_reference_of`` says which: the type id, or
        ``conseils_departementaux`` for a survey that names the councils, see
        :func:`_reference_size`); ``coverage`` = n_surveyed ÷ n_reference. The "au
        moins un réseau" platform is ``any``.

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.read_survey("enquete-departements.xlsx")  # doctest: +SKIP
    >>> bm.adoption(s)[["platform", "share", "n_present", "n_base"]]  # doctest: +SKIP
    """
    if by not in (None, "strate"):
        raise UsageError(f"--by « {by} » inconnu : attendu « strate »")
    if isinstance(survey, CodedSurvey):  # from the reader, without a frame (compare --data)
        t = find_type(type).id if type else survey.collectivity_type
        if t != survey.collectivity_type:
            if t in _COMMUNE_LIKE and survey.collectivity_type in _COMMUNE_LIKE:
                raise UsageError(f"type « {t} » : choisir des communes demande le tableau des "
                                 "relevés (read_survey), pas les relevés codés")
            raise NoDataError(f"le fichier ne contient pas d'entités de type « {t} » (il "
                              f"contient : {survey.collectivity_type})")
        c = survey
        if not len(c):
            raise NoDataError("aucune entité du type demandé dans le fichier")
    else:
        df = restrict(_plain(survey), type)
        if df.empty:
            raise NoDataError("aucune entité du type demandé dans le fichier")
        c = coded(df)
    t = c.collectivity_type
    # coverage counts the entities that answered something, not the rows of a template
    # per year: a table of 2025 is covered by the entities answered in 2025, not in any year
    n_surveyed = _answered_per_year(c)
    n_ref, reference_of = _reference_size(c.codes, t)
    out = _adoption_counts(c, by, platforms)
    out = out[out["n_base"] > 0]
    out["collectivity_type"] = t
    out["year"] = out["year_key"].where(out["year_key"] >= 0).astype("Int64")
    out["share"] = out["n_present"] / out["n_base"]
    # every entity of the type answered: a census (no sampling error); otherwise a sample
    # of a finite population of n_ref entities (finite-population correction). Split by
    # size band, each band is its own population: its size comes from the reference.
    pops = _band_sizes(t, out["strate"]) if by == "strate" else pd.Series(n_ref, index=out.index)
    out["census"] = [bool(N) and n == N for n, N in zip(out["n_base"], pops)]
    cis = [(s, s) if c else wilson_interval(s, n, population=None if pd.isna(N) else int(N))
           for s, n, c, N in zip(out["share"], out["n_base"], out["census"], pops)]
    out["ci_low"] = [c[0] for c in cis]
    out["ci_high"] = [c[1] for c in cis]
    out["source"] = _source_name(survey)
    # French thousands (narrow no-break space), as every figure of the tables: "34 875"
    out["base"] = out["n_base"].map(
        lambda n: f"{n:,} entité{'s' if n > 1 else ''} de l'enquête".replace(",", "\u202f"))
    out["measure"] = "of_all"
    # one base family for the whole file: the bases differ only by who answered each platform
    out["base_family"] = "entités de l'enquête"
    out["derived_from_wording"] = False
    out["n_reference"] = n_ref
    out["n_reference_of"] = reference_of
    out["n_surveyed"] = out["year_key"].map(lambda y: n_surveyed.get(float(y), 0)).astype("int64")
    out["coverage"] = out["n_surveyed"] / n_ref if n_ref else None
    out["month"] = pd.NA
    out["research_row"] = 0
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    out = out.assign(_p=out["platform"].map(p_rank)).sort_values(
        (["strate"] if by else []) + ["year_key", "_p"], kind="stable")
    for c in ("n_present", "n_base", "n_unknown"):
        out[c] = out[c].astype("Int64")
    cols = ["collectivity_type", "platform", "year", "share", "n_present", "n_base", "ci_low",
            "ci_high", "source", "base", "base_family", "measure", "census", "derived_from_wording",
            "n_unknown", "n_reference", "n_reference_of",
            "n_surveyed", "coverage", "month", "research_row"]
    if by:
        cols.insert(1, "strate")
    return out[cols].reset_index(drop=True)


def coded(df: pd.DataFrame) -> CodedSurvey:
    """The columns :func:`adoption` counts on, as integer codes ordered like their values
    (missing first), with ``df.attrs``."""
    entity, codes = pd.factorize(df["code"], sort=True)
    platform, ids = pd.factorize(df["platform"], sort=True)
    entity, platform = grouping.as_int32(entity), grouping.as_int32(platform)  # int32: half the size
    present = _presence_codes(df["present"])
    year = df["year"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    ctype = df["collectivity_type"]
    return CodedSurvey(
        entity=entity, codes=np.asarray(codes, dtype=object),
        population=lambda: df["population"].astype("Float64").to_numpy(dtype=float,
                                                                        na_value=np.nan),
        platform=platform, platform_ids=np.asarray(ids, dtype=object),
        present=present.astype(np.int8), year=year, date=grouping.order_key(df["date"]),
        source_row=grouping.order_key(df["source_row"]),
        collectivity_type=ctype.iloc[0] if len(ctype) else None, attrs=df.attrs)


def _answered_per_year(c: CodedSurvey) -> dict[float, int]:
    """Entities with at least one answer, per year (-1: year unknown)."""
    return _entities_per_year(np.nan_to_num(c.year, nan=-1.0), c.entity,
                              (c.present >= 0) & (c.entity >= 0))


def _entities_per_year(year: np.ndarray, entity: np.ndarray, rows: np.ndarray
                       ) -> dict[float, int]:
    """Distinct entities per year among ``rows`` (a mask), on integer codes: no frame copy."""
    if not rows.any():
        return {}
    pairs = pd.DataFrame({"y": year[rows], "e": entity[rows]}).drop_duplicates()
    return {float(y): int(n) for y, n in pairs.groupby("y").size().items()}


_PRESENCE = {True: 1, False: 0, "True": 1, "False": 0, "true": 1, "false": 0}


def _presence_codes(p: pd.Series) -> np.ndarray:
    """1, 0 or -1 (unknown) per reading. A frame reloaded from CSV holds "True"/"False"
    as text: read as such, never as non-empty (hence true) strings; anything else is refused."""
    if pd.api.types.is_bool_dtype(p.dtype):
        return np.where(p.notna().to_numpy(), p.fillna(False).astype(bool).to_numpy(), -1)
    codes, values = pd.factorize(p, use_na_sentinel=True)
    out = []
    for v in values:
        key = v.strip() if isinstance(v, str) else (bool(v) if v in (0, 1) else v)
        if key not in _PRESENCE:
            raise UsageError(f"colonne present : « {v} » n'est pas une réponse (attendu True, "
                             "False ou vide, comme read_survey les donne)")
        out.append(_PRESENCE[key])
    return np.append(np.asarray(out, dtype=np.int8), np.int8(-1))[codes]


def _adoption_counts(c: CodedSurvey, by: str | None,
                     platforms: str | Iterable[str] | None) -> pd.DataFrame:
    """Entities present, answered and unknown per (strate,) platform and year, "any" included.

    On integer codes: the latest reading of each entity, platform and year (as
    :func:`latest_per_year`), then the "au moins un réseau" readings per entity and year
    (present on any real platform, absent when every one says no, else unknown), then one
    count per group, the groups in order of first
    appearance (``groupby(sort=False)``). Counting readings counts entities; entities not
    answered (present unknown) are out of the base, and counted apart.
    """
    year_all = np.nan_to_num(c.year, nan=-1.0)
    pos, unique = grouping.latest_of(c.entity, c.platform, year_all, lambda: c.date,
                                     lambda: c.source_row, per_year=True)
    if unique:  # one reading per entity, platform and year: the arrays as they are
        ent, plat, pres, year = c.entity, c.platform, c.present, year_all
        pop = c.population() if by == "strate" else None
    else:
        ent, plat, pres, year = c.entity[pos], c.platform[pos], c.present[pos], year_all[pos]
        pop = c.population()[pos] if by == "strate" else None
    ids = list(c.platform_ids)
    if "any" not in ids:
        ids.append("any")
    any_code = ids.index("any")
    # the "any" platform: present on any real platform; absent when every one says no
    is_real = (plat != any_code) & (ent >= 0)
    real = slice(None) if is_real.all() else np.flatnonzero(is_real)  # no copy when all are
    gid, first, ng = grouping.group_ids_of([ent[real], grouping.as_int32(
        pd.factorize(year[real])[0])])
    any_yes = grouping.count(gid, pres[real] == 1, ng) > 0
    all_known = grouping.count(gid, pres[real] < 0, ng) == 0
    any_pres = np.where(any_yes, 1, np.where(all_known, 0, -1)).astype(np.int8)
    keys_plat = np.concatenate([plat, np.full(ng, any_code)])
    keys_year = np.concatenate([year, year[real][first]])
    present = np.concatenate([pres, any_pres])
    band = None
    if pop is not None:  # the any reading's population: the first known one of its group
        rows = np.flatnonzero(~np.isnan(pop[real]))
        g, at = np.unique(gid[rows], return_index=True)
        any_pop = np.full(ng, np.nan)
        any_pop[g] = pop[real][rows[at]]
        codes, values = pd.factorize(np.concatenate([pop, any_pop]))  # a band per population
        bands = np.array([reference.band_of(None if np.isnan(x) else x) for x in values]
                         + [None], dtype=object)
        band = bands[codes]  # NaN population (code -1): the None at the end
    if platforms:
        keep = {find_platform(p).id for p in ([platforms] if isinstance(platforms, str)
                                                else platforms)}
        mask = np.isin(keys_plat, [i for i, p in enumerate(ids) if p in keep])
        keys_plat, keys_year, present = keys_plat[mask], keys_year[mask], present[mask]
        band = band[mask] if band is not None else None
    year_codes, year_values = pd.factorize(keys_year)
    keys = [keys_plat, year_codes]
    if band is not None:
        band_codes, band_values = pd.factorize(band)
        keys.insert(0, band_codes)
    gid, first, ng = grouping.group_ids_of(keys)
    out = pd.DataFrame({"platform": pd.Series(pd.Index(np.asarray(ids, dtype=object)[
                            keys_plat[first]])),
                        "year_key": pd.array(keys_year[first], dtype="Float64")})
    if band is not None:
        out.insert(0, "strate", pd.Series(pd.Index(band[first])))
    known = present >= 0
    out["n_present"] = grouping.count(gid, present == 1, ng)
    out["n_base"] = grouping.count(gid, known, ng)
    out["n_unknown"] = grouping.count(gid, ~known, ng)
    return out


def _band_sizes(t: str, strata: pd.Series) -> pd.Series:
    """How many entities of type ``t`` fall in each size band of ``strata`` (None if unknown)."""
    try:
        ref = reference.entities(t)
    except UsageError:
        return pd.Series(None, index=strata.index, dtype=object)
    sizes = ref["population"].map(reference.band_of).value_counts()
    return strata.map(lambda b: int(sizes[b]) if b in sizes.index else None)


def _reference_size(codes, t: str) -> tuple[int | None, str]:
    """How many entities of type ``t`` there are in France, and of what.

    A survey of départements that names councils which are not territories (the
    Collectivité européenne d'Alsace, the Département du Rhône) surveys the 95
    conseils départementaux: its base is 95, not the 101 territories (two councils
    cover none of 2A, 2B, 972, 973, 75; one covers 67 and 68). Otherwise the
    territories of the reference.
    """
    if t == "departement":
        councils = reference.conseils_departementaux()["code"]
        territories = set(reference.entities("departement")["code"])
        if pd.Series(codes, dtype=object).isin(set(councils) - territories).any():
            return len(councils), "conseils_departementaux"
    try:
        return len(reference.entities(t)), t
    except UsageError:
        return None, t


def compare_survey(survey: pd.DataFrame | CodedSurvey, type: str | None = None,
                   vs: str | Iterable[str] | None = None,
                   platforms: str | Iterable[str] | None = None, year: int | None = None,
                   by: str | None = None) -> pd.DataFrame:
    """:func:`barometre.compare` on survey data: the type and the ``vs`` types, counted in the file.

    ``survey`` is the frame of :func:`barometre.read_survey`, or the coded readings of
    :func:`barometre.survey.reader.read_coded` (the same figures without building the
    frame: ``compare --data`` on millions of readings; without ``vs``).

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.read_survey("villes.xlsx")                          # doctest: +SKIP
    >>> bm.compare_survey(s, "ville_prefecture", vs="commune")     # doctest: +SKIP
    """
    from .published import compare

    t = type or survey.attrs.get("collectivity_type")
    others = [vs] if isinstance(vs, str) else list(vs or [])
    t_id = find_type(t).id if t else t
    others = list(dict.fromkeys(x for x in others if find_type(x).id != t_id))  # once each
    if isinstance(survey, CodedSurvey) and others:
        raise UsageError("vs= demande le tableau des relevés (read_survey), pas les relevés codés")
    figures = pd.concat([adoption(survey, type=x, by=by) for x in [t, *others]], ignore_index=True)
    result = compare(t, vs=others, platforms=platforms, year=year, figures=figures,
                     all_sources=True)
    result.attrs["years_left_aside"] = _years_left_aside(survey, result)
    return result


def _years_left_aside(survey: pd.DataFrame, result: pd.DataFrame) -> dict[int, int]:
    """Years of the file that a comparison does not show: year -> entities read that year."""
    shown = {int(y) for y in result["year"].dropna()}
    if isinstance(survey, CodedSurvey):
        year, entity = survey.year, survey.entity
    else:
        year = survey["year"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
        entity = pd.factorize(survey["code"])[0]
    aside = ~np.isnan(year) & ~np.isin(year, list(shown)) & (entity >= 0)
    return {int(y): n for y, n in _entities_per_year(year, entity, aside).items()}


def latest_per_year(survey: pd.DataFrame) -> pd.DataFrame:
    """The latest reading of each entity on each platform within each year.

    One stable sort on integer keys (code, platform, year, date, row); the frame
    is returned as is when it holds one reading per entity, platform and year.
    """
    pos, unique = grouping.latest_positions(survey, per_year=True)
    return survey if unique else survey.take(pos)



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
    followers = df["followers"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    pop = df["population"].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        per = np.where(pop > 0, followers / pop * 1000, np.nan)
    plat = grouping.order_key(df["platform"])
    year_key = grouping.year_key(df["year"]).to_numpy(dtype=float)
    # groups sorted by platform then year (groupby sort=True); rows keep their order inside
    rows_ = np.flatnonzero(~np.isnan(followers) & (plat >= 0))
    if not len(rows_):
        raise NoDataError("aucun nombre d'abonnés dans le fichier")
    rows_ = rows_[np.lexsort((year_key[rows_], plat[rows_]))]
    gp, gy = plat[rows_], year_key[rows_]
    starts = np.flatnonzero(np.r_[True, (gp[1:] != gp[:-1]) | (gy[1:] != gy[:-1])])
    ends = np.r_[starts[1:], len(rows_)]
    ctype, platforms = df["collectivity_type"], df["platform"]  # read at one row per group
    out_rows = []
    for a, b in zip(starts, ends):
        idx = rows_[a:b]
        f = pd.Series(followers[idx])
        p = pd.Series(per[idx]).dropna()
        yk = year_key[idx[0]]
        out_rows.append({"collectivity_type": ctype.iloc[idx[0]],
                         "platform": platforms.iloc[idx[0]],
                         "year": None if yk < 0 else int(yk), "n": len(f),
                         "median": f.median(), "q1": f.quantile(0.25), "q3": f.quantile(0.75),
                         "mean": f.mean(),
                         "median_per_1000": p.median() if len(p) else None,
                         "q1_per_1000": p.quantile(0.25) if len(p) else None,
                         "q3_per_1000": p.quantile(0.75) if len(p) else None})
    out = pd.DataFrame(out_rows)
    out["year"] = out["year"].astype("Int64")
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    return out.sort_values(["year", "platform"], key=lambda s: s.map(p_rank) if s.name == "platform"
                           else s, kind="stable").reset_index(drop=True)
