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

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..domain.errors import NoDataError, UsageError
from ..domain.keywords import numbered, whole_number
from ..messages import Msg, Words
from ..domain.schemas import ADOPTION
from ..domain.registry import (PLATFORMS, TYPES, find_platform, find_type, platforms_words,
                               types_words)

if TYPE_CHECKING:
    import pandas as pd

# pandas is imported by the functions that need it: the CLI reads RECORD_COLUMNS on the
# survey path of ``compare --data``, which never builds a frame (issue #19)
__all__ = ["compare", "trend", "select", "published_sources", "cited_sources", "RECORD_COLUMNS",
           "DESIGN_COLUMNS"]

#: The stable columns of compare and trend records (JSON keys, CSV header).
RECORD_COLUMNS = ["collectivity_type", "platform", "year", "share", "n_present", "n_base",
                  "ci_low", "ci_high", "source"]
#: What every compare/trend record also says: when, what it measures, on which base, and
#: whether it is a census (no sampling error: ``ci_low``, ``ci_high`` missing); ``flags`` joins with ";" any of
#: derived_from_wording, disputed, restated, base_unstated, non_random_sample, participatory
#: (a participatory count: its present known, its base approximate, the share a minimum),
#: base_unspecified (a base its source neither counts nor says how it observed), not_k_of_n;
#: the figure as its source printed it (``value_published``, text: "90", "56.7") and its
#: unit (``unit_published``: ``percent`` or ``count``), of which ``share`` may be inferred
#: (90 % of 52 towns: 47/52). A survey's records have no published value (nor column).
DESIGN_COLUMNS = ["month", "measure", "census", "base", "flags", "value_published",
                  "unit_published"]
_EXTRA_COLUMNS = ["period", "publisher", "url", "year_published", "base_family", "derived_from_wording", "notes",
                  "comparable",
                  "differs", "series", "break", "break_from", "strate", "category",
                  "n_reference", "n_category", "n_strate", "n_surveyed", "coverage", "n_unknown",
                  # "au moins un réseau": of n_unknown, those that answered "Non" on some
                  # platform and left another blank (a column only when some did)
                  "n_unknown_partial",
                  # a survey read with errors="skip": the entities its errors left out
                  "n_skipped", "n_reference_of",
                  # a survey's interval: "ci95", or "sure" when it is the whole possible
                  # range k/N–(k + u)/N (analysis.survey.ci_kinds)
                  "ci_kind",
                  # a survey file that is no random sample of its type (analysis.survey_design)
                  "design", "design_subset", "n_subset", "subset_census", "estimate",
                  "estimate_low", "estimate_high", "n_estimate"]
_MEASURE_RANK = {"of_all": 2, "of_present": 1, "of_respondents": 0}
#: the values of the design columns a frame lacks (``month``: pd.NA, set by _with_design)
_DEFAULTS = {"month": None, "measure": "of_all", "census": False, "base": None, "flags": "",
             "derived_from_wording": False, "notes": None}


def _as_list(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def _undated(rows: pd.DataFrame) -> dict | None:
    """The figures of ``rows`` whose year their source does not state, which trend and
    select leave out: ``{"n": how many, "sources": their source ids in order}``, None
    when every one is dated (``attrs["undated_left_out"]``, said under the table)."""
    undated = rows[rows["year"].isna()]
    if undated.empty:
        return None
    return {"n": len(undated), "sources": list(dict.fromkeys(undated["source"].astype(str)))}


def _default_figures() -> pd.DataFrame:
    from ..datasets import published

    return published.adoption()


def _year(year: object) -> int | None:
    """``year`` as the int it means, by the rule of every public function's numeric
    argument (:func:`barometre.domain.keywords.whole_number`: an int, 2015.0, or text of
    digits, "2015", as a form or a CSV gives it), text of four digits; UsageError for
    anything else (2015.5, "2015a", "15", True), never a silent "no figure in 2015"."""
    if year is None:
        return None
    if isinstance(year, str) and not re.fullmatch(r"\s*\d{4}\s*", year):
        raise UsageError.of("pub-bad-year", year=year)
    value = whole_number(year)
    if value is None:
        raise UsageError.of("pub-bad-year", year=year)
    return value


def _filter_source(df: pd.DataFrame, source: str | None) -> pd.DataFrame:
    if not source:
        return df
    from ..datasets.published import find_sources

    ids = set(find_sources(source)) | ({source} if source in set(df["source"]) else set())
    if not ids:
        raise UsageError.of("pub-unknown-source", source=source)
    return df[df["source"].isin(ids)]


def _order(df: pd.DataFrame, type_order: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

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


def _with_design(df: pd.DataFrame) -> pd.DataFrame:
    """Adoption records with every design column (survey frames may lack some)."""
    import pandas as pd

    missing = {c: pd.NA if c == "month" else v for c, v in _DEFAULTS.items()
               if c not in df.columns}
    out = df.assign(**missing) if missing else df
    if "base_family" not in out.columns:
        out = out.assign(base_family=out["base"].fillna(""))
    if "publisher" not in out.columns:
        out = out.assign(publisher=_publishers(out["source"]))
    flags = out["flags"].fillna("").astype(str)
    return out.assign(flags=flags, _disputed=flags.str.contains("disputed"))


#: where a figure dated only by a period of its year falls among the months, for ordering
#: alone (its label never shows a month: ``render.formats.fmt_date``)
PERIOD_MONTH = {"late": 12}


def month_key(df: pd.DataFrame) -> pd.Series:
    """The month that orders each figure within its year: its ``month``, else the place of
    its ``period`` ("fin 2015": ``late``, after October 2015), else missing."""
    import pandas as pd

    month = df["month"].astype("Float64")
    if "period" not in df.columns:
        return month
    placed = pd.array([PERIOD_MONTH.get(p) if isinstance(p, str) else None
                       for p in df["period"]], dtype="Float64")
    return month.fillna(pd.Series(placed, index=df.index))


def _publishers(source: pd.Series) -> list[str]:
    from ..datasets.published import sources

    s = sources()
    names = dict(zip(s["source_id"], s["publisher"]))
    return [names.get(x, x) for x in source]


def _year_key(df: pd.DataFrame) -> pd.Series:
    return df["year"].astype("Float64").fillna(-1)


def _keys(df: pd.DataFrame) -> list[str]:
    return ["platform", "strate"] if "strate" in df.columns else ["platform"]


def _census_rank(df: pd.DataFrame) -> pd.Series:
    """Whether each figure ranks as a census in the choice of a comparison's lead: a
    census, or a figure whose source states neither its base nor a sample (flag
    ``base_unspecified``: OST/Swello 2022's 13,7 % and 53 %, printed by their source as
    counts). It is ``census`` false only to show no « exhaustif » nor interval, not
    because it is a sample: it keeps the rank it had as a census."""
    unspecified = df["flags"].fillna("").astype(str).str.split(";").map(
        lambda f: "base_unspecified" in f)
    return df["census"].fillna(False).astype(bool) | unspecified


def _anchor(mine: pd.DataFrame, all_rows: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``mine`` that anchor a comparison: one source, year, measure and base.

    The latest year, then the group that reports the most platforms for the type, then
    the one whose source reports the most types that year, then the latest month, then a
    census (or a base its source does not specify, :func:`_census_rank`), then a share of
    all (before one of those present, then of respondents), then the most common base
    family; disputed figures anchor only when nothing else exists. One figure per platform.
    """
    import pandas as pd

    pool = mine[~mine["_disputed"]] if (~mine["_disputed"]).any() else mine
    family_use = all_rows["base_family"].value_counts()
    # types reported by each source and year, counted once (not filtered per group)
    n_types = all_rows.groupby(["source", _year_key(all_rows)])["collectivity_type"].nunique()
    # the candidate groups in plain Python: a few dozen rows (pandas per group cost ~1 ms each)
    groups: dict[tuple, list] = {}
    for i, key, platform, month, census in zip(
            range(len(pool)), zip(pool["source"], _year_key(pool), pool["measure"],
                                  pool["base_family"].fillna("")),
            pool["platform"], month_key(pool), _census_rank(pool)):
        g = groups.setdefault(key, [set(), None, True, []])
        g[0].add(platform)
        if not pd.isna(month):
            g[1] = float(month) if g[1] is None else max(g[1], float(month))
        g[2] = g[2] and bool(census)
        g[3].append(i)
    scores = []
    for key in sorted(groups):  # as groupby(sort=True)
        (sid, yk, measure, fam), (platforms, month, census, rows) = key, groups[key]
        scores.append(((yk, len(platforms), int(n_types.get((sid, yk), 0)),
                        0 if month is None else month, census,
                        _MEASURE_RANK.get(measure, 0), int(family_use.get(fam, 0))),
                       pool.index[rows]))
    scores.sort(key=lambda s: s[0], reverse=True)  # stable: ties keep the first group
    best = pool.loc[scores[0][1]]
    return _pick(best, best)


def _pick(cand: pd.DataFrame, anchor: pd.DataFrame) -> pd.DataFrame:
    """One figure per platform for a compared type: the anchor's source first, then its
    publisher, then a census (:func:`_census_rank`), then the latest month."""
    sid, pub = anchor["source"].iloc[0], anchor["publisher"].iloc[0]
    order = cand.assign(
        _a=(cand["source"] != sid).astype(int), _p=(cand["publisher"] != pub).astype(int),
        _c=(~_census_rank(cand)).astype(int),
        _m=-month_key(cand).fillna(0))
    order = order.sort_values(["_a", "_p", "_c", "_m", "source"], kind="stable")
    return order.drop_duplicates(_keys(cand)).drop(columns=["_a", "_p", "_c", "_m"])


def _left_out(rows: pd.DataFrame, measure: str, plats: set[str]) -> dict:
    """Why a type is not compared: its platforms that year, and ``disputed`` when its only
    figures of the same measure and platforms are disputed (else ``other``)."""
    same = rows[(rows["measure"] == measure) & rows["platform"].isin(plats)]
    out = {"platforms": [p for p in PLATFORMS if p in set(rows["platform"])],
           "reason": "disputed" if set(same["platform"]) == plats else "other"}
    # named by its bases: type all's, not "ensemble"; « régions (carte d'avant 2016) »
    out["base_families"] = list(dict.fromkeys(rows["base_family"].fillna("").astype(str)))
    return out


def _reference_source(rows: pd.DataFrame, anchor_source: str) -> str:
    """The source most of a comparison's rows come from (the anchor's on a tie): rows of
    another source are marked ``other_source``, another study and date."""
    counts = rows["source"].astype(str).value_counts()
    best = counts.max()
    return anchor_source if counts.get(anchor_source, 0) == best else str(counts.index[0])


def _other_figures(rest: pd.DataFrame) -> dict[str, list[dict]]:
    """The figures of the shown types, year and platforms that a comparison leaves out
    (another source, a second reading of the same), per type, each source once in order:
    ``source, month, period, year`` and ``figures`` (``platform, share, measure, flags,
    derived_from_wording, value_published, unit_published, base, base_family``)."""
    out: dict[str, list[dict]] = {}
    cols = ("platform", "share", "measure", "flags", "derived_from_wording", "value_published",
            "unit_published", "base", "base_family")
    for r in _order(rest, list(TYPES)).to_dict("records"):
        mine = out.setdefault(str(r["collectivity_type"]), [])
        entry = next((e for e in mine if e["source"] == r["source"]), None)
        if entry is None:
            entry = {"source": r["source"], "month": _plain(r.get("month")),
                     "period": _plain(r.get("period")), "year": _plain(r.get("year")),
                     "figures": []}
            mine.append(entry)
        entry["figures"].append({c: _plain(r.get(c)) for c in cols})
    for mine in out.values():  # in order of date, as trend orders a year's figures
        mine.sort(key=lambda e: (_month_of(e), str(e["source"])))
    return out


def _plain(value: object) -> object:
    """A cell as plain Python: None for a missing one, an int for a whole number."""
    import numbers

    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _month_of(entry: dict) -> float:
    """Where a source's figures fall in their year (:func:`month_key`), 0 when undated."""
    month = entry.get("month")
    if month is not None:
        return float(month)
    period = entry.get("period")
    return float(PERIOD_MONTH.get(period, 0)) if isinstance(period, str) else 0.0


def _differs(rows: pd.DataFrame, measure: str, plats: set[str], shown: set[str],
              covered: dict[str, set[str]]) -> list[str]:
    """What sets each extra figure apart from the comparison: ";"-joined reasons.

    ``covered`` gives, per type, the platforms it has with the comparison's measure:
    a type that lacks some of ``plats`` is another platform set.
    """
    out = []
    for t, m, p, d, s in zip(rows["collectivity_type"], rows["measure"], rows["platform"],
                             rows["_disputed"], rows["source"]):
        other_set = p not in plats or covered.get(t, set()) != plats
        why = [w for w, bad in (("measure", m != measure), ("platforms", other_set),
                                ("disputed", bool(d)), ("other_source", s not in shown)) if bad]
        out.append(";".join(why))
    return out


def no_figure_in_year(t: str, year: int, years: Iterable[object], plats: Sequence[str],
                      source: str | None = None, that_year: Iterable[str] = ()) -> NoDataError:
    """The error of :func:`compare` for type ``t`` without a figure of ``year``.

    ``years`` are the years of the figures asked for (those of ``plats`` when some were
    asked, of ``source`` when given): the message says whose years they are (« années des
    chiffres Facebook »), never "years available" for the platforms' or the source's alone.
    ``that_year``: the platforms of the type's figures of ``year`` (all platforms): those
    not asked are named, the type having figures that year, on other platforms.
    """
    listed = ", ".join(map(str, sorted({int(y) for y in years})))
    in_source = Msg("pub-in-source", source=source) if source else Msg("no-hint")
    of_source = Msg("pub-of-that-source") if source else Msg("no-hint")
    if not plats:
        return NoDataError.of("pub-no-figure-in-year", type=types_words(t), year=year,
                              years=listed,
                              in_source=in_source, of_source=of_source)
    asked = list(dict.fromkeys(plats))
    others = [p for p in PLATFORMS if p in set(that_year) and p not in asked]
    return NoDataError.of(
        "pub-no-platform-figure-in-year", platforms=_platforms_or(asked), type=_the_type(t),
        year=year, years=listed or "–", in_source=in_source, of_source=of_source,
        others=(Msg("pub-year-other-platforms", year=year, platforms=platforms_words(others))
                if others else Msg("no-hint")))


def _platforms_or(ids: Sequence[str]) -> Words:
    """Platforms said in one phrase, joined by "ou" / "or" ("Facebook ou Instagram");
    "au moins un réseau" in quotes, not read as a platform's name."""
    def label(p: str, lang: str) -> str:
        plat = PLATFORMS[p]
        if p != "any":
            return plat.label(lang)
        return f"“{plat.label_en}”" if lang == "en" else f"« {plat.label_fr} »"

    return Words(" ou ".join(label(p, "fr") for p in ids), " or ".join(label(p, "en") for p in ids))


def _the_type(t: str) -> Words:
    """A type's plural with its French article: « les régions », « l'ensemble des
    collectivités » (type ``all``); "regions", "all authorities"."""
    ct = TYPES[t]
    return Words(f"l'{ct.plural_fr}" if t == "all" else f"les {ct.plural_fr}", ct.plural_en)


@numbered
def compare(type: str, vs: str | Iterable[str] | None = None,
            platforms: str | Iterable[str] | None = None, year: int | None = None,
            source: str | None = None, figures: pd.DataFrame | None = None,
            all_sources: bool = False) -> pd.DataFrame:
    """Compare the adoption of platforms by one collectivity type with other types.

    Only comparable figures are joined: the anchor is one source, year and measure
    for ``type`` (by default the
    latest year, then the one reporting the most platforms); another type is shown with the
    same measure and the same platforms, or not at all (``attrs["left_out"]``). A row of
    another source than most rows (the anchor's on a tie: ``attrs["reference_source"]``)
    has ``differs`` ``other_source``: another study, another date, though the same year.
    The other figures of the shown types, year and platforms are not rows but said
    (``attrs["other_figures"]``). ``all_sources=True`` adds them and every other figure
    of that year for these types, marked: ``comparable`` false when the measure or the
    platforms differ or the figure is disputed, and ``differs`` says what
    (``measure``, ``platforms``, ``disputed``; ``other_source`` for a second reading).

    Parameters
    ----------
    type : str
        Collectivity type id or alias ("region", "Régions", "conseil général"...).
    vs : str or list of str, optional
        Types to compare with. Default: every type with comparable figures that year.
    platforms : str or list of str, optional
        Platforms to keep (ids or aliases). Default: all.
    year : int or str, optional
        Observation year (2015, or "2015": text of digits). Default: the year of the anchor.
    source : str, optional
        A source id, or a case-insensitive part of the publisher's name or
        the title ("ideose").
    figures : DataFrame, optional
        Adoption records to use instead of the published figures.
    all_sources : bool, default False
        Also show, marked, the figures of that year that are not comparable.

    Returns
    -------
    DataFrame
        One row per type × platform: ``collectivity_type, platform, year, share,
        n_present, n_base, ci_low, ci_high, source``, then ``month, measure, census,
        base, flags``, ``value_published, unit_published`` (the figure as its source
        printed it, and its unit: ``percent`` or ``count``; also in CSV and JSON) and
        ``period`` (``late`` for a figure dated "fin 2015", else missing), ``publisher,
        url, year_published`` (the source's, as :func:`barometre.published.sources` gives
        them, its year beside the figures' ``year``: 2023 for figures of 2022; a survey
        file's figures: its name, and no ``url`` nor ``year_published``), ``base_family, derived_from_wording,
        notes`` and ``comparable, differs``. ``attrs``:
        ``missing_types`` (asked with ``vs``, no figure that year), ``left_out`` (type ->
        ``platforms`` it has that year, ``reason``: ``disputed`` or ``other``, and its
        ``base_families``, which name it), ``anchor`` (source, measure, platforms),
        ``reference_source`` (the source of most rows, when the rows come from several)
        and ``other_figures`` (type -> the figures of that year on the platforms compared
        that are not rows, per source: ``source, month, period, year, figures``; only
        when there are some, never with ``all_sources``).

    Raises
    ------
    UsageError
        Unknown type, platform or source; a year that is not a year ("2015a", 2015.5).
    NoDataError
        No figure matches.

    Examples
    --------
    >>> import barometre as bm
    >>> c = bm.compare("region", year=2015, source="ideose")
    >>> sorted(set(c.collectivity_type)), bool(c.census.all())
    (['departement', 'region', 'ville_prefecture'], True)
    """
    # Long on purpose: the selection rules (anchor, comparable types, left out, all sources)
    # read in the order the docstring states them.
    import pandas as pd

    t = find_type(type).id
    year = _year(year)
    vs_ids = [find_type(v).id for v in _as_list(vs)]
    plats = [find_platform(p).id for p in _as_list(platforms)]
    df = _with_design(_filter_source(_default_figures() if figures is None else figures, source))
    df = df[df["share"].notna()]
    if figures is None:  # published figures without a stated year cannot be compared in time
        df = df[df["year"].notna()]
    # the type's figures on every platform: which of those asked have none, said
    of_type = df[df["collectivity_type"] == t]
    if plats:
        df = df[df["platform"].isin(plats)]
    mine = df[df["collectivity_type"] == t]
    if mine.empty:
        # the platforms asked have none: those that have some named (published figures)
        have = [p for p in PLATFORMS if p in set(of_type["platform"])]
        hint = Msg("no-hint")
        if plats:
            hint = (Msg("pub-for-these-platforms-have", platforms=platforms_words(have))
                    if have and figures is None else Msg("pub-for-these-platforms"))
        raise NoDataError.of(
            "pub-no-figure-for-type", type=types_words(t),
            in_source=Msg("pub-in-source", source=source) if source else Msg("no-hint"),
            for_platforms=hint)
    if year is not None:
        mine = mine[mine["year"] == year]
        if mine.empty:  # the years of what was asked (platforms, source), said as such
            raise no_figure_in_year(
                t, year, df.loc[df["collectivity_type"] == t, "year"].dropna(), plats, source,
                of_type.loc[(of_type["year"] == year).fillna(False), "platform"])
    anchor = _anchor(mine, df)
    measure, fam = anchor["measure"].iloc[0], set(anchor["platform"])
    year_rows = df[_year_key(df) == _year_key(anchor).iloc[0]]
    same_design = year_rows[(year_rows["measure"] == measure) & year_rows["platform"].isin(fam)]
    comparable = same_design[~same_design["_disputed"]]
    asked = bool(vs_ids)
    if not asked:
        pool = year_rows if all_sources else comparable
        vs_ids = [x for x in TYPES if x != t and x in set(pool["collectivity_type"])]
    parts, left_out = [anchor], {}
    for v in vs_ids:
        picked = _pick(comparable[comparable["collectivity_type"] == v], anchor)
        if not picked.empty and set(picked["platform"]) == fam:
            parts.append(picked)
        elif (year_rows["collectivity_type"] == v).any():
            left_out[v] = _left_out(year_rows[year_rows["collectivity_type"] == v], measure, fam)
    if not asked:  # say which other types have figures that year, and why they are not shown
        for v in TYPES:
            if v != t and v not in vs_ids and (year_rows["collectivity_type"] == v).any():
                left_out[v] = _left_out(year_rows[year_rows["collectivity_type"] == v], measure, fam)
    out = pd.concat(parts)
    # rows of another source than most (another study, another date): marked, not hidden
    reference = _reference_source(out, anchor["source"].iloc[0])
    out = out.assign(differs=["other_source" if s != reference else ""
                              for s in out["source"].astype(str)], comparable=True)
    # the other figures of the shown types that year, on the platforms compared: said
    rest = year_rows[year_rows["collectivity_type"].isin(set(out["collectivity_type"]))
                     & year_rows["platform"].isin(fam) & ~year_rows.index.isin(out.index)]
    other_figures = {} if all_sources else _other_figures(rest)
    if all_sources:
        rest = year_rows[year_rows["collectivity_type"].isin([t, *vs_ids])
                         & ~year_rows.index.isin(out.index)]
        covered = {v: set(g["platform"]) for v, g in same_design.groupby("collectivity_type")}
        differs = _differs(rest, measure, fam, {reference}, covered)
        rest = rest.assign(differs=differs, comparable=[
            not any(w in d for w in ("measure", "platforms", "disputed")) for d in differs])
        out = pd.concat([out, rest])
        left_out = {}
    result = _records(_order(out, [t, *vs_ids]))
    result.attrs["missing_types"] = [v for v in vs_ids if v not in set(result["collectivity_type"])
                                     and v not in left_out]
    result.attrs["left_out"] = left_out
    result.attrs["anchor"] = {"source": anchor["source"].iloc[0], "measure": measure,
                              "platforms": [p for p in PLATFORMS if p in fam]}
    if out["source"].nunique() > 1:  # only then: rows of another source are marked
        result.attrs["reference_source"] = reference
    if other_figures:  # only then (a survey file's figures have none)
        result.attrs["other_figures"] = other_figures
    if plats and figures is None:  # the platforms asked that the type's rows do not show
        shown = set(result.loc[result["collectivity_type"] == t, "platform"])
        years = of_type.groupby("platform")["year"].agg(lambda y: sorted({int(v) for v in y}))
        result.attrs["platforms_without_figure"] = [
            p for p in dict.fromkeys(plats) if p not in years.index]
        result.attrs["platforms_elsewhere"] = {
            p: years[p] for p in dict.fromkeys(plats) if p in years.index and p not in shown}
    return result


#: the dtypes of the design columns that a concatenation may leave as objects (an empty
#: part's columns; a survey's figures, without notes nor month): typed as the published
#: figures' frame types them, whatever the figures compared
_DESIGN_DTYPES = {"month": "Int64", "notes": "str", "differs": "str", "comparable": bool}


def _records(df: pd.DataFrame) -> pd.DataFrame:
    cols = RECORD_COLUMNS + DESIGN_COLUMNS + [c for c in _EXTRA_COLUMNS if c in df.columns]
    out = df[[c for c in cols if c in df.columns]].reset_index(drop=True)
    typed = {c: ("boolean" if t is bool and out[c].isna().any() else t)  # never NA -> False
             for c, t in _DESIGN_DTYPES.items() if c in out.columns and out[c].dtype == object}
    return ADOPTION.check(out.astype(typed) if typed else out)


def base_changed(before: object, n_before: object, after: object, n_after: object,
                 unstated_before: bool = False, unstated_after: bool = False) -> bool:
    """Another base (:func:`base_break`): other words (count and bracketed details aside),
    two known counts that differ (26 → 27 régions), a base unstated on one side only
    (``unstated_*``: the figure's flag ``base_unstated``), or a base counted on one side
    only (« 100 départements » beside « départements », which its source does not specify:
    nothing says the two figures share one base). Two bases of the same words, neither
    counted, are not a change.

    >>> base_changed("27 régions", 27, "26 régions", 26), base_changed("régions", None, "27 régions", 27)
    (True, True)
    >>> base_changed("régions", None, "régions", None), base_changed("50 villes", None, "50 villes", 50)
    (False, False)
    """
    return base_break(before, n_before, after, n_after, unstated_before,
                      unstated_after) is not None


def base_break(before: object, n_before: object, after: object, n_after: object,
               unstated_before: bool = False, unstated_after: bool = False) -> str | None:
    """Why two figures' bases are not one: ``"base"`` (other words, or two known counts that
    differ), ``"base_unstated"`` (one figure's base is unstated, flag ``base_unstated``: its
    share is k/N for no N its base's name allows, so its base was something else — Edgar
    Quinet's 80 %≈ of the "régions" in May 2012 beside its 85 % of 27 régions in October —,
    the other's is not), ``"base_uncounted"`` (one figure's base is counted, ``n_base`` or a
    count in its words, « 50 plus grandes villes », the other's is not: its source does not
    specify it — Edgar Quinet's 55 % of 100 départements in March 2013 beside its 61 % of
    the « départements » in June), or None. Two bases of the same words, neither counted
    nor both unstated, are not a change: nothing says the base moved."""
    import pandas as pd

    def words(base: object) -> str:
        text = re.sub(r"\([^)]*\)", "", str(base or ""))
        return re.sub(r"^[\d\s\u202f]+", "", text).strip()

    def counted(base: object, n: object) -> bool:
        return not pd.isna(n) or re.match(r"\s*\d", str(base or "")) is not None

    counts = not pd.isna(n_before) and not pd.isna(n_after) and int(n_before) != int(n_after)
    if words(before) != words(after) or counts:
        return "base"
    if bool(unstated_before) != bool(unstated_after):
        return "base_unstated"
    return "base_uncounted" if counted(before, n_before) != counted(after, n_after) else None


def base_unstated(flags: object) -> bool:
    """Whether a figure's ``flags`` ("a;b") say its base is unstated (``base_unstated``)."""
    return "base_unstated" in str(flags or "").split(";")


def _series(rows: pd.DataFrame) -> pd.DataFrame:
    """Number the comparable families (same measure, same base family) in order of first
    appearance, and mark a break where the publisher or the base changes within one."""
    key = list(zip(rows["measure"], rows["base_family"].fillna("")))
    ids: dict = {}
    for k in key:
        ids.setdefault(k, len(ids) + 1)
    series = [ids[k] for k in key]
    breaks: list = [None] * len(rows)
    froms: list = [None] * len(rows)
    last: dict = {}
    flags = rows["flags"] if "flags" in rows.columns else [""] * len(rows)
    for i, (sid, pub, base, n, unstated) in enumerate(zip(
            series, rows["publisher"], rows["base"], rows["n_base"], map(base_unstated, flags))):
        if sid in last:
            prev_pub, prev_base, prev_n, prev_unstated = last[sid]
            if pub != prev_pub:
                breaks[i], froms[i] = "source", prev_pub
            else:  # another base, a base unstated ("base_unstated") or counted
                # ("base_uncounted") on one side only
                kind = base_break(prev_base, prev_n, base, n, prev_unstated, unstated)
                if kind is not None:
                    breaks[i], froms[i] = kind, prev_base
        last[sid] = (pub, base, n, unstated)
    out = rows.assign(series=series, **{"break": breaks, "break_from": froms})
    return out.sort_values(["series"], kind="stable")


@numbered
def trend(type: str, platform: str, figures: pd.DataFrame | None = None,
          source: str | None = None) -> pd.DataFrame:
    """Every dated figure for one type and platform, one series per comparable family.

    A series holds the figures of one measure on one base family (e.g. the share of
    all of the 50 largest cities); within it, a change of publisher or of base is a
    break (``break`` = ``source``, ``base``, ``base_unstated`` when one figure's base is
    unstated and the other's is not, or ``base_uncounted`` when one figure's base is
    counted, « 100 départements », and the other's is not specified by its source,
    « départements »: :func:`base_break`; ``break_from`` = what it was before). Points
    are linked only between two breaks.
    Figures whose year the source does not state, or without a share, are left out; the
    undated ones (with a share) are counted in ``attrs["undated_left_out"]``, said under
    the table and in the chart's caption.

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
        The columns of :func:`compare` (``publisher, url, year_published`` of each figure's source among
        them) plus ``series, break, break_from``, ordered by series, then year, month and
        source. ``attrs["undated_left_out"]``: ``{"n", "sources"}``, the figures of that
        type and platform left out for want of a year and their source ids (only when
        there are some).

    Examples
    --------
    >>> import barometre as bm
    >>> t = bm.trend("region", "facebook")
    >>> int(t.year.min()), int(t.series.max()) >= 2
    (2011, True)
    """
    t = find_type(type).id
    p = find_platform(platform).id
    df = _with_design(_filter_source(_default_figures() if figures is None else figures, source))
    mine = df[(df["collectivity_type"] == t) & (df["platform"] == p) & df["share"].notna()]
    rows = mine[mine["year"].notna()]
    if rows.empty:
        raise NoDataError.of("pub-no-dated-figure", type=types_words(t),
                             platform=PLATFORMS[p].words())
    key = rows.assign(_m=month_key(rows).fillna(0))
    rows = key.sort_values(["year", "_m", "source"], kind="stable").drop(columns="_m")
    out = _records(_series(rows))
    undated = _undated(mine)
    if undated:  # left out, said (edgar-quinet-nd-2: 55 % of the départements, no year)
        out.attrs["undated_left_out"] = undated
    return out


@numbered
def select(types: str | Iterable[str] | None = None, platforms: str | Iterable[str] | None = None,
           year: int | None = None, source: str | None = None,
           figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """Published adoption figures matching a selection, every source kept.

    Parameters
    ----------
    types, platforms : str or list of str, optional
        Ids or aliases; default: all.
    year : int or str, optional
        Observation year (2015 or "2015"); default: every dated figure (the figures
        whose year their source does not state are left out, counted in
        ``attrs["undated_left_out"]``).
    source : str, optional
        Source id or part of the publisher's name.
    figures : DataFrame, optional
        Adoption records to use instead of the published figures.

    Returns
    -------
    DataFrame
        The records of :func:`compare` without its choice among them (``collectivity_type,
        platform, year, share, n_present, n_base, ci_low, ci_high, source, month,
        measure, census, base, flags, value_published, unit_published, period,
        publisher, url, year_published, base_family, derived_from_wording, notes``; no ``comparable`` or
        ``differs``: nothing is compared), ordered by year, type and platform.
        ``attrs["undated_left_out"]``: ``{"n", "sources"}``, the figures of the selection
        left out for want of a year and their source ids (only when there are some).

    Examples
    --------
    >>> import barometre as bm
    >>> len(bm.select(year=2015, source="ideose")) >= 7
    True
    """
    year = _year(year)
    df = _default_figures() if figures is None else figures
    df = _filter_source(df, source)
    if types is not None:
        df = df[df["collectivity_type"].isin([find_type(t).id for t in _as_list(types)])]
    if platforms is not None:
        df = df[df["platform"].isin([find_platform(p).id for p in _as_list(platforms)])]
    undated = _undated(df)  # of any year: left out, said
    df = df[df["year"].notna()]
    if year is not None:
        df = df[df["year"] == year]
    if df.empty:
        raise NoDataError.of("pub-no-selection")
    ordered = _order(df, list(TYPES))
    key = ordered["year"].astype(int)
    out = _records(ordered.iloc[key.argsort(kind="stable")])
    if undated:
        out.attrs["undated_left_out"] = undated
    return out


@numbered
def published_sources(type: str | None = None, year: int | str | None = None) -> pd.DataFrame:
    """The sources of the published figures, each with how many figures it gives.

    Parameters
    ----------
    type : str, optional
        Only the sources of adoption figures or of figures about named collectivités
        (:func:`barometre.figures`) of this type; default: every source, those of the
        national audiences and of the counts of collectivités too.
    year : int or str, optional
        Only the sources of such figures of this year.

    Returns
    -------
    DataFrame
        The columns of :func:`barometre.published.sources` (``source_id, replaces,
        publisher, title, year_published, month, period, url, method``), then
        ``n_adoption_figures`` and ``n_entity_figures``: the figures of the selection
        it gives (all of them without ``type`` and ``year``).

    Raises
    ------
    NoDataError
        No source gives figures of that type and year (code ``pub-no-selection``).

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.published_sources(type="departement", year=2015)
    >>> s[["source_id", "n_adoption_figures", "n_entity_figures"]].to_dict("records")
    [{'source_id': 'ideose-2015', 'n_adoption_figures': 2, 'n_entity_figures': 0}]
    """
    from ..datasets.published import adoption, entity_figures, sources

    df = sources()
    year = _year(year)
    counted = []
    for figures in (adoption(), entity_figures()):
        if type is not None:
            type_id = find_type(type).id
            figures = figures[figures["collectivity_type"] == type_id]
        if year is not None:
            figures = figures[figures["year"] == year]
        counted.append(figures.groupby("source").size())
    df["n_adoption_figures"] = df["source_id"].map(counted[0]).fillna(0).astype(int)
    df["n_entity_figures"] = df["source_id"].map(counted[1]).fillna(0).astype(int)
    if type is not None or year is not None:
        df = df[(df["n_adoption_figures"] > 0) | (df["n_entity_figures"] > 0)]
        if df.empty:
            raise NoDataError.of("pub-no-selection")
    return df.reset_index(drop=True)


#: The name this function had before it was exported as ``bm.published_sources``; kept so
#: that ``from barometre.analysis.published import cited_sources`` still works.
cited_sources = published_sources
