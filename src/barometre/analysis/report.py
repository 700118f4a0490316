"""What a report says, computed once: :class:`ReportData`.

The analysis layer decides every figure of a report here (selection, coverage,
key figures, adoption, evolution, league table, benchmark, sources); renderers
(the Excel workbook today) only lay it out. Fields that other parts of barometre
may add later (survey wave dates, unknown rows, movements between waves…) are
optional: a renderer shows what is there.

Examples
--------
>>> import barometre as bm
>>> from barometre.analysis.report import report_data
>>> r = report_data(bm.compare("region", year=2015, source="ideose"))
>>> r.reference_year, [k.platform for k in r.key_figures][:2]
(2015, ['facebook', 'x'])
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from ..domain.errors import NoDataError, UsageError
from ..domain.registry import PLATFORMS, TYPES
from ..domain.text import published_digits
from .published import month_key

__all__ = ["ReportData", "KeyFigure", "OtherFigure", "SourceInfo", "SurveyInfo", "Selection",
           "report_data", "survey_files", "SAME_FIGURE"]

#: Two published shares closer than this are the same figure restated (rounding).
SAME_FIGURE = 0.005


def _num(v: Any) -> float | None:
    if v is None or v is pd.NA:
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _int(v: Any) -> int | None:
    f = _num(v)
    return None if f is None else int(round(f))


def _text(v: Any) -> str | None:
    """A text cell, None when missing or empty."""
    return v if isinstance(v, str) and v else None


@dataclass(frozen=True)
class OtherFigure:
    """Another source's figure for the same fact (type × platform × year)."""

    source: str
    publisher: str
    share: float | None
    n_present: int | None
    digits: int = 0  # the decimals the source printed its share with (published_digits)
    flags: str = ""  # its published flags ("not_k_of_n;restated"): compare's marks (flag_marks)
    # its own date, as compare cites each source (Cospirit's "fin 2015" beside the Gazette's
    # October 2015): never the key figure's
    month: int | None = None
    period: str | None = None


@dataclass(frozen=True)
class KeyFigure:
    """One fact of the key figures: the first source's figure, the others as notes.

    ``restated`` holds the other sources giving the same share (within
    :data:`SAME_FIGURE`), ``conflicting`` those giving another one; ``derived`` is
    true when the share is deduced from the source's wording ("toutes les régions"
    = 100 %, ``derived_from_wording``), not a number it printed; ``period`` is
    ``"late"`` for a source dated only "fin 2015" (then ``month`` is None).
    ``measure`` is the figure's (``of_all``, ``of_present``: a share of the authorities
    present on social media, ``of_respondents``: of a survey's respondents) and ``base``
    its base as published (French); ``disputed`` is true when the figure itself is
    contested (flag ``disputed``: compare's "‡"), ``notes`` saying why. ``digits``: the
    decimals the source printed its share with ("56,7 %" stays "56,7 %", as in compare).
    ``flags``: the figure's published flags ("not_k_of_n;disputed"), whose marks compare
    writes after its share (``render.views.flag_marks``: "≈", "†", "↺", "‡").
    ``ci_low``, ``ci_high``, ``census``, ``n_reference``, ``design``, ``design_subset`` and
    ``subset_census``: its interval and what it rests on, as compare's table says them (a
    survey's key figures give them with their base: "n = 40 ayant répondu sur 101 ;
    IC 95 % : 62–84 %").
    """

    collectivity_type: str
    platform: str
    year: int | None
    month: int | None
    share: float | None
    n_present: int | None
    n_base: int | None
    source: str
    publisher: str
    restated: tuple[OtherFigure, ...] = ()
    conflicting: tuple[OtherFigure, ...] = ()
    derived: bool = False
    period: str | None = None
    measure: str = "of_all"
    base: str | None = None
    disputed: bool = False
    notes: str | None = None
    digits: int = 0
    flags: str = ""
    #: its interval and design, as compare says them ("IC 95 % : 62–84 %", "exhaustif"):
    #: the bounds, a census, the N of the type (a survey's), a file of a part of the type
    ci_low: float | None = None
    ci_high: float | None = None
    #: "sure" when the interval is the whole possible range k/N–(k + u)/N (a certainty,
    #: « fourchette sûre »), "ci95" for a 95 % interval, None without one
    ci_kind: str | None = None
    census: bool = False
    n_reference: int | None = None
    design: str | None = None
    design_subset: str | None = None
    subset_census: bool = False
    #: the part's N when the file is a sample (or census) of a part of the type only
    #: (``design`` "subset": 914 communes of 10,000–49,999): the base its interval is of
    n_subset: int | None = None
    #: the population its trend follows (``base_family``): what a figure of type ``all``
    #: is of ("régions, départements et villes préfectures"), named so
    base_family: str | None = None
    #: a survey of several files: every file behind the figure (its readings', each
    #: entity's latest answered one of the year), in the order given
    #: (:func:`~barometre.analysis.survey.figure_files`); ``source`` joins them
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceInfo:
    """A published source as the report cites it (``period``: ``"late"`` for a source
    dated only "fin 2015", without a month; ``years``: the years of its figures in the
    report, which date a source that states no year of its own; ``base_families``: each
    base's family, same order as ``bases``, "" when none, which names a base with its map:
    « régions (carte d'avant 2016) »)."""

    id: str
    publisher: str
    title: str
    year: int | None
    month: int | None
    url: str | None
    method: str | None
    bases: tuple[str, ...] = ()
    period: str | None = None
    years: tuple[int, ...] = ()
    base_families: tuple[str, ...] = ()


@dataclass(frozen=True)
class SurveyInfo:
    """A survey file as Sources et méthode describes it.

    ``blanks`` counts, per platform, the entities whose blank answer was read as "not
    answered" and left the base (``n_unknown`` of the adoption figures, the key figures'
    year); ``blanks_by_year``, when the figures the report shows span several years (the
    Évolution's points, each with its own base), every year's: (platform, year, entities),
    each platform's years in order, so that a blank of an older wave is named too.
    ``n_unrecognised`` (rows whose entity was not recognised) is given when the survey
    reader provides it. ``years_left_aside`` are the older years of a file of several years
    that the figures (each entity's readings of the latest year, as ``compare``) leave
    aside, with their entities; ``years_same_campaign`` those of one campaign with
    ``year_shown`` (``campaign-crosses-year``). Several waves (:func:`barometre.read_waves`) name every file in
    ``file`` (as :func:`~barometre.analysis.waves.wave_file_names` names them), ``n_files``
    of them. ``n_entities``, the coverage, counts the entities with an answer in
    ``year_shown`` (the year of the key figures), not over every year of the files (Bastia
    missing in 2025 is missing from 2025's coverage); ``entities_by_year`` gives every
    year's count when the files hold several years ((year, entities), oldest first).
    """

    file: str
    collectivity_type: str
    n_rows: int
    n_entities: int
    n_reference: int | None
    wave_dates: tuple[dt.date, ...] = ()
    #: per wave date (same order): its readings' first and last dates, the same day when
    #: they were read in one day ("du 15/10/2025 au 16/10/2025" otherwise)
    wave_spans: tuple[tuple[dt.date, dt.date], ...] = ()
    #: each date readings without one took, and how many (the reader's warning
    #: ``wave-date``, one per wave of several files), by date: empty when every reading
    #: had its date
    undated: tuple[tuple[dt.date, int], ...] = ()
    #: the same, by date and file, for waves of several files (each file's warning, named:
    #: two files of 9 undated readings each are not one sentence said twice): (date, n, file)
    undated_files: tuple[tuple[dt.date, int, str], ...] = ()
    #: the same, each platform's, as ``validate`` says them (``wave-date-platform``: its
    #: readings without a date took the date of its own readings): (date, n, file or
    #: None, platform as said, a :class:`~barometre.messages.Words`); empty when the
    #: warnings are the whole file's (``wave-date``) or lost (a frame read from Parquet)
    undated_platforms: tuple[tuple[dt.date, int, str | None, Any], ...] = ()
    blanks: tuple[tuple[str, int], ...] = ()
    blanks_by_year: tuple[tuple[str, int, int], ...] = ()
    n_unrecognised: int | None = None
    fictitious: bool = False
    n_files: int = 1
    #: the year of the figures shown and the years their latest-year rule leaves aside:
    #: (year, entities), and those of the shown year's campaign (year, year shown)
    year_shown: int | None = None
    years_left_aside: tuple[tuple[int, int], ...] = ()
    years_same_campaign: tuple[tuple[int, int], ...] = ()
    entities_by_year: tuple[tuple[int, int], ...] = ()
    #: the blank presence cells the reader read as absent (a column without any « Non »,
    #: or ``blank="absent"``), as ``validate`` warns of them: (platform, file, line numbers)
    #: per platform and file (file None for one file), in the file's order
    blanks_absent: tuple[tuple[str, str | None, tuple[int, ...]], ...] = ()
    #: each file's name, in the order given (``file`` joins them); several files: each
    #: with the years of its readings
    files: tuple[str, ...] = ()
    file_years: tuple[tuple[str, tuple[int, ...]], ...] = ()
    #: the platforms asked (``--platform``, ids, « au moins un réseau » aside) that the
    #: coverage and the years left aside count; empty: every platform
    platforms: tuple[str, ...] = ()
    #: the codes of the entities ``n_entities`` counts, in code order: the coverage of
    #: départements within départements lists them, not the base's (#wv26)
    codes_answered: tuple[str, ...] = ()
    #: the rule asked for blank presence cells (``blank=``, ``--blank``): "absent" or
    #: "unknown"; None when each platform's answers decided (the reader's default rule)
    blank_rule: str | None = None

    @property
    def coverage(self) -> float | None:
        return self.n_entities / self.n_reference if self.n_reference else None


@dataclass(frozen=True)
class Selection:
    """What the user asked for."""

    types: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    year: int | None = None
    source: str | None = None
    data_file: str | None = None
    entity: str | None = None
    peers: str | None = None


@dataclass
class ReportData:
    """Everything a report shows, ready to lay out.

    Attributes
    ----------
    title : str or None
        The user's title (the renderer supplies a default).
    selection : Selection
    adoption : DataFrame
        Adoption records (columns of :func:`barometre.compare`), in reading order.
    reference_year : int or None
        The year of the key figures and of the summary chart: the latest with a share.
    key_figures : list of KeyFigure
        One per fact of the reference year.
    types, platforms : list of str
        Types and platforms of the key figures, in registry order.
    evolution : DataFrame or None
        Long frame ``date, collectivity_type, platform, share, source`` (one value per
        series and date) when the figures span two dates or more; a survey's adds
        ``flags`` (``non_random_sample``: a wave that is no random sample of its type, its
        point marked « † », :attr:`extra` ``evolution_designs`` says why). Published figures add
        ``measure, base_family, series, run, break, derived``: per type and platform one series
        per measure and base family, as :func:`barometre.trend` groups them, each cut into
        runs at trend's ruptures (another publisher, another base; ``break``: trend's kind
        of the rupture that starts the figure's run, "" within one); ``derived``: a share
        derived from the source's wording. Every figure of a series followed over two
        dates or more is there, two figures of one series on one date included. A
        survey's waves: every series, one read at one wave only too (its single point).
    league, data, benchmark : DataFrame or None
        Survey reports: the league table (a platform without any follower count in one row,
        ``no_count`` true), the tidy survey rows, the entity's benchmark.
    sources : list of SourceInfo
        The sources of the adoption rows, then those of :attr:`others`.
    others : DataFrame or None
        The figures compare says under its table (``attrs["other_figures"]`` of
        :func:`barometre.compare`: the same types, year and platforms from other sources,
        Cospirit's « fin 2015 » Ideose figures beside the Gazette's), as rows of the adoption
        frame's columns (:func:`other_rows`): the key figures' notes, the Adoption's « Autres
        sources, même année » and the sources list name them, as compare does; None without.
    survey : SurveyInfo or None
    fictitious : bool
        The data is the demo's (decided from a marker inside the file).
    extra : dict
        Room for fields added later (e.g. ``movements``), shown by renderers that know them;
        ``evolution_any_left_out``: the years whose "au moins un réseau" the Évolution
        leaves out (they read fewer platforms than the others, or one only) -> the
        platforms they read; ``evolution_any_one_platform``: the platform, when every
        year read that one only;
        ``input_files``: the survey's files (:func:`survey_files`);
        ``year_asked``: the year of the readings ranked, when the selection gives one;
        ``peer_group``: with an entity, its benchmark's peer group (the rule, what the
        peers share, the région's name, the peer entities in the file);
        ``evolution_left_out``: published figures the Évolution leaves out, counted
        (``single``: series of one figure; ``disputed``: disputed figures);
        ``evolution_designs``: a survey's waves whose Évolution points are marked « † »
        (no random sample of their type: far from its categories' or size bands'
        proportions, a part beside others), ``(type, year) -> design`` (as
        ``attrs["design_by_year"]`` of :func:`barometre.adoption`).
    """

    selection: Selection
    adoption: pd.DataFrame
    title: str | None = None
    reference_year: int | None = None
    key_figures: list[KeyFigure] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    evolution: pd.DataFrame | None = None
    league: pd.DataFrame | None = None
    data: pd.DataFrame | None = None
    benchmark: pd.DataFrame | None = None
    sources: list[SourceInfo] = field(default_factory=list)
    others: pd.DataFrame | None = None
    survey: SurveyInfo | None = None
    fictitious: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def years(self) -> list[int]:
        return sorted({int(y) for y in self.adoption["year"].dropna()})

    @property
    def conflicts(self) -> list[KeyFigure]:
        """Key figures that other sources restate or contradict."""
        return [k for k in self.key_figures if k.restated or k.conflicting]


def _publishers() -> dict[str, str]:
    from ..datasets.published import sources

    s = sources()
    return {sid: str(pub).split(" (")[0] for sid, pub in zip(s["source_id"], s["publisher"])}


def _reference_year(df: pd.DataFrame) -> int | None:
    dated = df[df["year"].notna()]
    if dated.empty:
        return None
    with_share = dated[dated["share"].notna()]
    return int((with_share if len(with_share) else dated)["year"].max())


def _key_figures(df: pd.DataFrame, year: int | None, publishers: dict[str, str]) -> list[KeyFigure]:
    rows = df[df["year"] == year] if year is not None else df[df["year"].isna()]
    keys = ["collectivity_type", "platform"] + (["strate"] if "strate" in rows else [])
    out = []
    for _, g in rows.groupby(keys, sort=False, dropna=False):
        recs = g.to_dict("records")
        # the first figure with a share speaks for the fact; the table's order is the anchor's
        main = next((r for r in recs if _num(r["share"]) is not None), recs[0])
        share = _num(main["share"])
        restated, conflicting = [], []
        for r in recs:
            if r is main:
                continue
            o = OtherFigure(str(r["source"]), publishers.get(r["source"], str(r["source"])),
                            _num(r["share"]), _int(r.get("n_present")), published_digits(r), _text(r.get("flags")) or "",
                            _int(r.get("month")), _text(r.get("period")))
            same = (share is not None and o.share is not None and abs(o.share - share) < SAME_FIGURE)
            (restated if same else conflicting).append(o)
        out.append(KeyFigure(
            collectivity_type=str(main["collectivity_type"]), platform=str(main["platform"]),
            year=_int(main["year"]), month=_int(main.get("month")), share=share,
            n_present=_int(main.get("n_present")), n_base=_int(main.get("n_base")),
            source=str(main["source"]), publisher=publishers.get(main["source"], str(main["source"])),
            restated=tuple(restated), conflicting=tuple(conflicting),
            derived=str(main.get("derived_from_wording")).lower() in ("true", "1"),
            period=_text(main.get("period")), measure=_text(main.get("measure")) or "of_all",
            base=_text(main.get("base")),
            disputed="disputed" in str(main.get("flags") or "").split(";"),
            notes=_text(main.get("notes")), digits=published_digits(main),
            flags=_text(main.get("flags")) or "",
            ci_low=_num(main.get("ci_low")), ci_high=_num(main.get("ci_high")),
            ci_kind=_text(main.get("ci_kind")),
            census=str(main.get("census")) == "True", n_reference=_int(main.get("n_reference")),
            design=_text(main.get("design")), design_subset=_text(main.get("design_subset")),
            subset_census=str(main.get("subset_census")) == "True",
            n_subset=_int(main.get("n_subset")) if _text(main.get("design")) == "subset"
            else None, base_family=_text(main.get("base_family"))))
    return out


def other_rows(adoption: pd.DataFrame) -> pd.DataFrame | None:
    """The figures :func:`barometre.compare` says under its table and does not show
    (``attrs["other_figures"]``), as rows: ``collectivity_type, platform, year, month,
    period, source`` and each figure's ``share, measure, flags, derived_from_wording,
    value_published, unit_published, base, base_family``; None when there are none (a
    frame of ``all_sources``, whose rows already hold them, or a survey's).

    Examples
    --------
    >>> import barometre as bm
    >>> from barometre.analysis.report import other_rows
    >>> o = other_rows(bm.compare("region", year=2015, source="ideose"))
    >>> o[["collectivity_type", "platform", "share", "source", "period"]].values.tolist()
    [['region', 'facebook', 0.89, 'ideose-2015-3', 'late'], ['region', 'x', 0.81, 'ideose-2015-3', 'late']]
    """
    other = adoption.attrs.get("other_figures") or {}
    recs = [{"collectivity_type": t, "platform": f["platform"], "year": e["year"],
             "month": e["month"], "period": e["period"], "source": e["source"],
             **{c: v for c, v in f.items() if c != "platform"}}
            for t, entries in other.items() for e in entries for f in e["figures"]]
    return pd.DataFrame.from_records(recs) if recs else None


def _figure_date(year: Any, month: Any, waves: dict[int, dt.date]) -> dt.date | None:
    y = _int(year)
    if y is None:
        return None
    if y in waves:
        return waves[y]
    m = _int(month)
    return dt.date(y, m, 1) if m else dt.date(y, 7, 1)


def _evolution(df: pd.DataFrame, waves: dict[int, dt.date]) -> pd.DataFrame | None:
    d = df[df["year"].notna() & df["share"].notna()]
    if "strate" in d:
        d = d[d["strate"].isna()] if d["strate"].isna().any() else d.iloc[0:0]
    if "flags" in d:  # a disputed figure is never drawn as a point of a line
        d = d[~d["flags"].fillna("").astype(str).str.contains("disputed")]
    if d.empty:
        return None
    # a source dated "fin 2015" is placed in December, for the axis only (month_key)
    dates = [_figure_date(y, m, waves) for y, m in
             zip(d["year"], month_key(d) if "month" in d else [None] * len(d))]
    # a line joins only comparable figures: same measure and same base family (as `trend`)
    family = (d["measure"].fillna("").astype(str) if "measure" in d else pd.Series("", index=d.index))
    if "base_family" in d:
        family = family + "|" + d["base_family"].fillna("").astype(str)
    # a wave far from the type's proportions (non_random_sample) keeps its flag: the
    # Évolution marks its point « † », as compare and changes mark its share
    flags = (d["flags"].fillna("").astype(str) if "flags" in d
             else pd.Series("", index=d.index))
    long = pd.DataFrame({"date": dates, "collectivity_type": d["collectivity_type"].to_numpy(),
                         "platform": d["platform"].to_numpy(), "share": d["share"].astype(float).to_numpy(),
                         "source": d["source"].astype(str).to_numpy(), "flags": flags.to_numpy(),
                         "_f": family.to_numpy()})
    long = long.drop_duplicates(["collectivity_type", "platform", "_f", "date"])  # first source
    # per type and platform, the family followed over the most dates (the latest on a tie)
    span = long.groupby(["collectivity_type", "platform", "_f"], sort=False)["date"].agg(["size", "max"])
    best = span.sort_values(["size", "max"], ascending=False).reset_index().drop_duplicates(
        ["collectivity_type", "platform"])
    long = long.merge(best[["collectivity_type", "platform", "_f"]], how="inner").drop(columns="_f")
    if len({d.year for d in long["date"]}) < 2:  # an evolution spans years
        return None
    # every series, the most complete first: one read at one wave only (a platform added in
    # 2025, one no longer read) is a point of its own, never dropped without a word (the
    # renderer draws those of the most points and names the others)
    counts = long.groupby(["collectivity_type", "platform"], sort=False).size()
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    order = sorted(counts.index, key=lambda k: (-counts[k], p_rank.get(k[1], 99)))
    rank = {k: i for i, k in enumerate(order)}
    long = long.assign(_s=[rank[(t, p)] for t, p in zip(long["collectivity_type"], long["platform"])])
    return long.sort_values(["_s", "date"], kind="stable").drop(columns="_s").reset_index(drop=True)


def _published_evolution(df: pd.DataFrame) -> tuple[pd.DataFrame | None, dict[str, Any]]:
    """Published figures in time, as :func:`barometre.trend` reads them: per type and
    platform, one series per measure and base family (``series``, trend's grouping,
    numbered in order of date), cut into runs (``run``) wherever trend marks a rupture (another publisher, another
    base), placed on the dates of :func:`_figure_date`. Series followed over two dates or
    more; what is left out is counted (``single``: series of one figure, ``disputed``:
    disputed figures, never a point of a line). Each figure keeps its ``source`` and
    ``publisher``, the decimals its source printed (``digits``), its published ``flags``
    (compare's marks, shown by the report) and how its date is known (``dated``:
    ``"month"``, or ``"year"`` alone, its point placed mid-year: never a day shown)."""
    from .published import _series, _with_design

    d = _with_design(df)
    d = d[d["year"].notna() & d["share"].notna()]
    if "strate" in d:
        d = d[d["strate"].isna()] if d["strate"].isna().any() else d.iloc[0:0]
    left = {"disputed": int(d["_disputed"].sum()), "single": 0}
    d = d[~d["_disputed"]]
    if d.empty:
        return None, left
    d = d.assign(date=[_figure_date(y, m, {}) for y, m in zip(d["year"], month_key(d))])
    d = d.sort_values(["date", "source"], kind="stable")
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    t_rank = {t: i for i, t in enumerate(TYPES)}
    parts = []
    for (t, p), g in sorted(d.groupby(["collectivity_type", "platform"], sort=False),
                            key=lambda kv: (t_rank.get(kv[0][0], 99), p_rank.get(kv[0][1], 99))):
        s = _series(g)  # trend's families and ruptures, on the dates' order
        s = s.assign(run=s["break"].notna().groupby(s["series"]).cumsum().astype(int))
        n_dates = s.groupby("series")["date"].nunique()
        left["single"] += int((n_dates < 2).sum())
        parts.append(s[s["series"].isin(n_dates[n_dates >= 2].index)])
    long = pd.concat(parts, ignore_index=True) if parts else d.iloc[0:0]
    if long.empty or len({x.year for x in long["date"]}) < 2:  # an evolution spans years
        return None, left
    derived = long["derived_from_wording"].astype(str).str.lower().isin(["true", "1"])
    out = pd.DataFrame({
        "date": long["date"].to_numpy(), "collectivity_type": long["collectivity_type"].astype(str).to_numpy(),
        "platform": long["platform"].astype(str).to_numpy(), "share": long["share"].astype(float).to_numpy(),
        "source": long["source"].astype(str).to_numpy(), "publisher": long["publisher"].astype(str).to_numpy(),
        "measure": long["measure"].astype(str).to_numpy(),
        "base_family": long["base_family"].fillna("").astype(str).to_numpy(),
        # the date's precision: a source's month, else its year alone (its point sits mid-year)
        "dated": ["month" if pd.notna(m) else "year" for m in long["month"]],
        "series": long["series"].astype(int).to_numpy(), "run": long["run"].to_numpy(),
        # what starts a run (trend's ``break``: "source", "base", "base_unstated",
        # "base_uncounted"), "" within one: the notes say the kinds the lines show
        "break": long["break"].fillna("").astype(str).to_numpy(),
        "derived": derived.to_numpy(), "digits": [published_digits(r) for r in long.to_dict("records")],
        "flags": (long["flags"].fillna("").astype(str) if "flags" in long else pd.Series("", index=long.index)).to_numpy()})
    return out, left


def _sources(df: pd.DataFrame) -> list[SourceInfo]:
    from ..datasets.published import sources

    s = sources().set_index("source_id")
    out = []
    for sid in dict.fromkeys(df["source"].astype(str)):
        if sid not in s.index:
            continue
        r = s.loc[sid]
        mine = df[df["source"] == sid]
        with_base = mine[mine["base"].notna()]
        families = (with_base["base_family"].fillna("").astype(str) if "base_family" in mine
                    else pd.Series("", index=with_base.index))
        pairs = tuple(dict.fromkeys(zip(with_base["base"].astype(str), families)))
        years = tuple(sorted({int(y) for y in mine["year"].dropna()}))
        out.append(SourceInfo(sid, str(r["publisher"]), str(r["title"]), _int(r["year_published"]),
                              _int(r["month"]), None if pd.isna(r["url"]) else str(r["url"]),
                              None if pd.isna(r["method"]) else str(r["method"]),
                              tuple(b for b, _ in pairs), _text(r.get("period")), years,
                              tuple(f for _, f in pairs)))
    return out


def _wave_date_warnings(survey: pd.DataFrame):
    """The reader's ``wave-date`` warnings (readings without a date given the wave's, or
    their platform's readings' date), each as ``(date, readings, file, msg)``: ``file`` as
    read_waves names it (None when the warning names none), ``msg`` the warning's message
    (``wave-date-platform`` for a platform's). The one walk of :func:`_undated`,
    :func:`_undated_files` and :func:`_undated_platforms`; none when the warnings' dates
    are lost (a frame read back from Parquet)."""
    # a problem names its file as given (a path), the report as read_waves names it
    name_of = {str(path): name for name, path in (survey.attrs.get("file_paths") or {}).items()}
    for p in survey.attrs.get("problems") or ():
        msg, file = getattr(p, "msg", None), getattr(p, "file", None)
        if getattr(p, "code", None) != "wave-date" or msg is None:
            continue
        day = msg.params.get("date")
        if isinstance(day, dt.date):
            yield (dt.date(day.year, day.month, day.day), int(getattr(p, "count", 0) or 0),
                   name_of.get(str(file), str(file)) if file else None, msg)


def _undated(survey: pd.DataFrame) -> tuple[tuple[dt.date, int], ...]:
    """Each date the survey reader gave readings without one, and how many took it (its
    warning ``wave-date``, "19 relevés sans date rattachés à la date de la vague,
    15 octobre 2025"), by date: one per wave of several files, each file its own warning;
    empty when every reading had its date (or the warnings' dates are lost, a frame read
    back from Parquet)."""
    out: dict[dt.date, int] = {}
    for day, n, _, _ in _wave_date_warnings(survey):
        out[day] = out.get(day, 0) + n
    return tuple(sorted(out.items()))


def _undated_files(survey: pd.DataFrame) -> tuple[tuple[dt.date, int, str], ...]:
    """:func:`_undated` by date and file, for waves of several files (the reader's
    ``wave-date`` warnings, each with its ``file``): ``(date, readings, file)`` in the
    order of the dates then of the files given; empty for one file."""
    files = [str(f) for f in survey.attrs.get("files") or ()]
    if len(files) < 2:
        return ()
    out: dict[tuple[dt.date, str], int] = {}
    for day, n, name, _ in _wave_date_warnings(survey):
        if name is not None:
            out[(day, name)] = out.get((day, name), 0) + n
    rank = {f: i for i, f in enumerate(files)}
    return tuple((d, n, f) for (d, f), n in sorted(out.items(),
                                                   key=lambda kv: (kv[0][0], rank.get(kv[0][1], 0))))


def _undated_platforms(survey: pd.DataFrame
                       ) -> tuple[tuple[dt.date, int, str | None, Any], ...]:
    """The reader's ``wave-date-platform`` warnings (a platform's readings without a date
    given the date of its readings): ``(date, n, file, platform)``, ``file`` None for one
    file (read_waves' name of it for several), in the order of the dates, then of the
    files given, then of the warnings; empty when there is none."""
    files = [str(f) for f in survey.attrs.get("files") or ()]
    out = [(day, n, name if len(files) > 1 else None, msg.params.get("platform"))
           for day, n, name, msg in _wave_date_warnings(survey)
           if msg.code == "wave-date-platform"]
    rank = {f: i for i, f in enumerate(files)}
    return tuple(sorted(out, key=lambda x: (x[0], rank.get(x[2], 0))))


def _wave_dates(survey: pd.DataFrame, spans: dict[dt.date, tuple[dt.date, dt.date]]
                ) -> dict[int, dt.date]:
    """Each year's wave date: the reader's (``attrs["wave_dates"]``, :func:`barometre.read_waves`),
    else the date the readings without one took (:func:`_undated`), else the year's most
    frequent reading date, the earliest on a tie (the survey reader's and ``read_waves``'
    rule): 74 readings of 15/10 and 10 of 16/10 are a wave of 15/10, not of 16/10."""
    if "wave_dates" in survey.attrs:  # given by the survey reader when it knows them
        return {d.year: d for d in survey.attrs["wave_dates"]}
    d = survey[["year", "date"]].dropna()
    out = {}
    for y, c in d.groupby(["year", "date"], sort=True).size().groupby(level=0):
        top = c[c == c.max()].index.get_level_values(1).min()  # the earliest of a tie
        out[int(y)] = pd.Timestamp(top).date()
    taken: set[int] = set()
    for day, _ in _undated(survey):  # the first of a year, as a file's reader gave it
        if day.year in out and day.year not in taken:
            out[day.year] = day
            taken.add(day.year)
    for day in spans:  # a year of two waves (:func:`_file_wave_spans`): its point at the last,
        out[day.year] = max(day, out.get(day.year, day))  # as read_waves' files place it
    return out


def _file_wave_spans(survey: pd.DataFrame) -> dict[dt.date, tuple[dt.date, dt.date]]:
    """The waves of a survey of one file when a year holds several (a long file read on
    10/03/2025 and on 14/10/2025: two waves, as ``changes --data`` and ``trend --data``
    read it, :func:`barometre.analysis.waves.survey_waves`): each wave's date (its most
    frequent reading date) with its readings' first and last days, so that the report
    dates every wave as it does those of several files. Empty when every year is one wave
    (the year's date then, :func:`_wave_dates`), and for waves the reader dated
    (``attrs["wave_dates"]``, :func:`barometre.read_waves`)."""
    if "wave_dates" in survey.attrs or "wave" in survey.columns or "date" not in survey:
        return {}
    dated = survey[["year", "date"]].dropna().drop_duplicates()
    if not dated["year"].duplicated().any():  # one date a year: one wave a year
        return {}
    from .waves import _date_runs

    runs = _date_runs(survey["date"], survey)  # as assign_waves cuts them
    if len({best.year for _, best in runs}) == len(runs):  # days of one wave, spread
        return {}
    return {best.date(): (min(g).date(), max(g).date()) for g, best in runs}


def _every_wave_date(survey: pd.DataFrame, waves: dict[int, dt.date],
                     spans: dict[dt.date, tuple[dt.date, dt.date]]) -> dict[dt.date, int]:
    """Every wave's date, sorted, with its year: the reader's (``attrs["wave_dates"]``, two
    waves of one year both, March and October 2025), else each year's (:func:`_wave_dates`).
    ``waves``: :func:`_wave_dates` of the survey, ``spans`` its :func:`_file_wave_spans`."""
    days = survey.attrs.get("wave_dates") or tuple(spans)
    every = {pd.Timestamp(d).date(): pd.Timestamp(d).year for d in days}
    for y, d in waves.items():  # a year the reader dated otherwise (undated readings)
        if y not in every.values():
            every[d] = y
    return dict(sorted(every.items()))


def _wave_spans(survey: pd.DataFrame, days: tuple[dt.date, ...],
                spans: dict[dt.date, tuple[dt.date, dt.date]]
                ) -> tuple[tuple[dt.date, dt.date], ...]:
    """Per wave date (sorted, as ``SurveyInfo.wave_dates``), its readings' first and last
    dates: a wave's readings spread over days ("du 15 octobre 2025 au 16 octobre 2025"). A wave of
    :func:`barometre.read_waves` is its ``wave`` column's readings, one of a single file
    its year's."""
    if "date" not in survey:
        return ()
    if spans:  # one file, two waves a year (:func:`_file_wave_spans`): each its own span
        return tuple(spans.get(day, (day, day)) for day in sorted(days))
    by_wave = "wave" in survey
    d = survey[["wave" if by_wave else "year", "date"]].dropna()
    ends = d.groupby(d.columns[0])["date"].agg(["min", "max"])
    if by_wave:
        ends.index = [pd.Timestamp(w).date() for w in ends.index]
    else:
        ends.index = [int(y) for y in ends.index]
    out = []
    for day in sorted(days):
        key = day if by_wave else day.year
        if key in ends.index:
            lo, hi = (pd.Timestamp(ends.at[key, "min"]).date(), pd.Timestamp(ends.at[key, "max"]).date())
            out.append((min(lo, day), max(hi, day)))
        else:
            out.append((day, day))
    return tuple(out)


def is_fictitious(survey: pd.DataFrame) -> bool:
    """Whether a survey frame comes from demo data: the reader's flag, else the file's marker."""
    if "fictitious" in survey.attrs:
        return bool(survey.attrs["fictitious"])
    f = survey.attrs.get("file")
    if not f:
        return False
    from ..survey.marker import is_fictitious as marked

    return marked(f)


def blanks_read_absent(survey: pd.DataFrame) -> tuple[tuple[str, str | None, tuple[int, ...]], ...]:
    """The blank presence cells ``survey``'s reader counted as absent (its ``blank-absent``
    warnings, :func:`~barometre.survey.rules.blank_problem`): (platform, file, line numbers)
    per platform and file, file None for a survey of one file. Problems read back without
    their rows (a frame from parquet) give none."""
    out = []
    for p in survey.attrs.get("problems") or ():
        rows = getattr(p, "rows", None)
        msg = getattr(p, "msg", None)
        if not isinstance(p, dict) or p.get("code") != "blank-absent" or rows is None or msg is None:
            continue
        said = msg.params.get("platform")
        platform = next((k for k, v in PLATFORMS.items() if v.words() == said), None)
        if platform is not None:
            out.append((platform, p.get("file"), tuple(int(r) for r in rows)))
    return tuple(out)


def _blanks_by_year(every: pd.DataFrame | None, p_rank: dict[str, int]
                    ) -> tuple[tuple[str, int, int], ...]:
    """The entities left out of the base (``n_unknown``) of every year of ``every``, the
    figures the report shows in time (:func:`_every_wave`): (platform, year, entities),
    platforms in the registry's order, each one's years in order; () when they hold one
    year (the key figures' count says it all) or no such count."""
    if every is None or "n_unknown" not in every or "year" not in every:
        return ()
    real = every[(every["platform"] != "any").to_numpy() & every["year"].notna().to_numpy()]
    if real["year"].nunique() < 2 or real.duplicated(["platform", "year"]).any():
        return ()  # one year, or not one figure per year: the key figures' count alone
    counted = ((str(p), int(y), _int(n) or 0)
               for p, y, n in zip(real["platform"], real["year"], real["n_unknown"]))
    return tuple(sorted((x for x in counted if x[2]), key=lambda x: (p_rank.get(x[0], 99), x[1])))


def _survey_info(survey: pd.DataFrame, adoption: pd.DataFrame, waves: dict[int, dt.date],
                 spans: dict[dt.date, tuple[dt.date, dt.date]],
                 in_time: pd.DataFrame | None = None, asked: list[str] | None = None
                 ) -> SurveyInfo:
    """What Sources et méthode says of ``survey``; ``in_time``, the figures the report
    shows in time (:func:`_every_wave`): their blanks out of the base, every year's;
    ``asked`` (``--platform``, as ids): the blanks, the coverage and the years left aside
    of those platforms only (the report is about them)."""
    t = str(survey.attrs.get("collectivity_type") or survey["collectivity_type"].iloc[0])
    n_ref = None
    if "n_reference" in adoption and adoption["n_reference"].notna().any():
        n_ref = _int(adoption["n_reference"].dropna().iloc[0])
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    if "n_unknown" in adoption:  # the reader's rule: blanks left out of the base, per platform
        year = _reference_year(adoption)
        rows = adoption[adoption["year"] == year] if year is not None else adoption
        counts = {str(p): _int(n) or 0 for p, n in zip(rows["platform"], rows["n_unknown"]) if p != "any"}
    else:
        real = survey[(survey["platform"] != "any") & survey["present"].isna()]
        counts = {str(p): int(n) for p, n in real.groupby("platform", sort=False)["code"].nunique().items()}
    blank_items = tuple(sorted(((p, n) for p, n in counts.items() if n and (not asked or p in asked)),
                               key=lambda x: p_rank.get(x[0], 99)))
    from ..survey.grid import display_name  # (a stream named as given: /dev/stdin)

    files = survey.attrs.get("files") or [display_name(str(survey.attrs.get("file", "")))]
    # coverage: entities that answered something, not template rows, in the year of the key
    # figures (several files or years: each year's own count, never one pooled over them);
    # under --platform, an answer on those platforms (an answer on X is no Facebook's)
    mine = _of_platforms(survey, asked or [])
    answered = mine.loc[mine["present"].notna(), [c for c in ("code", "year") if c in mine]]
    by_year = (answered.dropna(subset=["year"]).groupby("year")["code"].nunique()
               if "year" in answered else pd.Series(dtype=int))
    shown = _reference_year(adoption)
    counted = (answered.loc[answered["year"] == shown, "code"] if shown is not None
               and len(by_year) else answered["code"])
    n_entities = (int(by_year.get(shown, 0)) if shown is not None and len(by_year)
                  else int(answered["code"].nunique()))
    row_keys = [c for c in ("file", "source_row") if c in survey]  # a row is a file's row
    every = tuple(_every_wave_date(survey, waves, spans))
    left = adoption.attrs.get("years_left_aside") or {}
    same = adoption.attrs.get("years_same_campaign") or {}
    if asked:  # the years of those platforms' readings left aside, not of every platform's
        from .survey import _years_left_aside

        left = _years_left_aside(survey, {int(y) for y in adoption["year"].dropna()}, asked)
        same = {y: z for y, z in same.items() if y in left}
    return SurveyInfo(file=", ".join(files), files=tuple(map(str, files)),
                      file_years=_file_years(survey, files),
                      platforms=tuple(sorted(asked or (), key=lambda p: p_rank.get(p, 99))),
                      collectivity_type=t, n_files=len(files),
                      n_rows=(len(survey[row_keys].drop_duplicates()) if "source_row" in row_keys
                              else len(survey)),
                      n_entities=n_entities,
                      codes_answered=tuple(sorted(set(counted.dropna().astype(str)))),
                      entities_by_year=(tuple((int(y), int(n)) for y, n in by_year.items())
                                        if len(by_year) > 1 else ()),
                      n_reference=n_ref,
                      wave_dates=tuple(every),  # every wave, two of a year both
                      wave_spans=_wave_spans(survey, every, spans), undated=_undated(survey),
                      undated_files=_undated_files(survey),
                      undated_platforms=_undated_platforms(survey),
                      blanks=blank_items, blanks_by_year=_blanks_by_year(in_time, p_rank),
                      n_unrecognised=survey.attrs.get("n_unrecognised"), fictitious=is_fictitious(survey),
                      year_shown=_reference_year(adoption),
                      years_left_aside=tuple(sorted(left.items())),
                      years_same_campaign=tuple(sorted(same.items())),
                      blank_rule=survey.attrs.get("blank"),
                      blanks_absent=tuple(b for b in blanks_read_absent(survey)
                                          if not asked or b[0] in asked))


def _file_years(survey: pd.DataFrame, files: list) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Each file of a survey of several files with the years of its readings, in the order
    given (Sources et méthode ties each year's figures to its file); empty for one file."""
    if len(files) < 2 or "file" not in survey or "year" not in survey:
        return ()
    pairs = survey[["file", "year"]].dropna().drop_duplicates()
    years: dict[str, set[int]] = {}
    for f, y in zip(pairs["file"].astype(str), pairs["year"]):
        years.setdefault(f, set()).add(int(y))
    return tuple((str(f), tuple(sorted(years.get(str(f), ())))) for f in files)


def _every_wave(adoption: pd.DataFrame, survey: pd.DataFrame | None, asked: tuple[str, ...] = ()
                ) -> tuple[pd.DataFrame, dict[int, tuple[str, ...]], set[str]]:
    """The figures to follow in time: a survey's every wave, not only the selected year's;
    the years whose "au moins un réseau" is left out, with the platforms they read
    (a year that read fewer platforms than the others: its "any" is another measure; a
    year that read one platform: it would be that platform's share again,
    :func:`barometre.analysis.survey.any_left_out`); and every platform the years read.

    The platforms followed are those of ``adoption`` and those the year shown did not read
    (X read in 2024 only: its 2024 share is a point of the Évolution, not dropped because
    2025 has no figure for it); among them, with ``asked`` (the user's platforms), those
    asked only."""
    if survey is None or adoption["year"].nunique() > 1:
        if survey is not None:
            designs = _designs_of([adoption])
            adoption = adoption.copy(deep=False)
            adoption.attrs = {**adoption.attrs, "designs": designs}  # the caller's kept
        return adoption, {}, set()
    from .survey import adoption as survey_adoption
    from .survey import any_left_out

    types = list(dict.fromkeys(adoption["collectivity_type"].astype(str)))
    try:
        # the base the figures were counted on (within, panel): every wave's the same
        per_type = [survey_adoption(survey, type=t, **_said_of(adoption, t)) for t in types]
    except NoDataError:
        return adoption, {}, set()
    left: dict[int, tuple[str, ...]] = {}
    for i, a in enumerate(per_type):
        read = {y: ps for y, ps in a.attrs.get("any_platforms", {}).items() if y is not None}
        out = any_left_out(read)
        if out:
            per_type[i] = a[~((a["platform"] == "any") & a["year"].isin(list(out)))]
            left.update(out)
    every = pd.concat(per_type, ignore_index=True)
    every.attrs = {**every.attrs, "designs": _designs_of(per_type)}
    shown = set(adoption["platform"])
    by_year = [a.attrs.get("any_platforms", {}) for a in per_type]
    year = _reference_year(adoption)
    in_year = {p for ps in by_year for p in ps.get(year, ())}
    unread = {p for ps in by_year for y, read_y in ps.items() if y is not None for p in read_y} - in_year
    if asked:
        from ..domain.registry import find_platform

        unread &= {find_platform(p).id for p in asked}
    shown |= unread  # a platform the year shown did not read: its other years' points
    if adoption.attrs.get("any_left_out"):  # compare left out the latest year's "any" alone:
        shown.add("any")                    # the years that compare keep their line
    every = every[every["platform"].isin(shown)]
    read = {p for a in per_type for ps in a.attrs.get("any_platforms", {}).values() for p in ps}
    return every, (left if "any" in shown else {}), read


def _designs_of(frames: list[pd.DataFrame]) -> dict[tuple[str, int], dict]:
    """Each year's design of the survey figures ``frames`` (each of one type, as
    :func:`barometre.adoption` gives them): ``(type, year) -> design``; the years whose
    file is a random sample of the type have none; a year chosen by place, its
    :func:`~barometre.analysis.survey.place_design`."""
    from .survey import place_design

    out = {}
    for f in frames:
        types = list(f.attrs.get("design") or f.attrs.get("place") or {})
        if len(types) != 1:  # figures of several types in one frame: whose year is not said
            continue
        for y, d in (f.attrs.get("design_by_year") or {}).items():
            if y is not None:
                out[(types[0], int(y))] = d
        for y, p in (f.attrs.get("place_by_year") or {}).items():
            if y is not None and (types[0], int(y)) not in out:
                out[(types[0], int(y))] = place_design(p)
    return out


def _said_of(adoption: pd.DataFrame, t: str | None = None) -> dict:
    """The base the figures ``adoption`` were counted on for type ``t`` (default: their
    first), as :func:`barometre.adoption` takes it again: ``{"within": its départements or
    None, "panel": bool}``; the Évolution and the Mouvements are counted on it too."""
    if t is None:
        t = str(adoption["collectivity_type"].iloc[0]) if len(adoption) else None
    return {"within": (adoption.attrs.get("within") or {}).get(t, {}).get("departements"),
            "panel": t in (adoption.attrs.get("panel") or {})}


def _countless_in_one_row(league: pd.DataFrame) -> pd.DataFrame:
    """The league table with each platform that has no follower count at all (X answered
    "x" or blank, no count column) in one row, ``no_count`` true, in place of one empty row
    per entity: nothing to rank there, and a hundred empty rows said nothing. The table's
    ``attrs`` are kept; ``attrs["no_count"]`` lists those platforms."""
    counted = league["followers"].notna().groupby(league["platform"], sort=False).any()
    countless = [str(p) for p, any_count in counted.items() if not any_count]
    if not countless:
        return league
    first = ~league["platform"].duplicated()
    keep = ~league["platform"].isin(countless) | first
    out = league[keep].copy()
    one = out["platform"].isin(countless)
    for c in out.columns:  # the platform's row says the platform and nothing else
        if c != "platform":
            out[c] = out[c].mask(one)
    out["no_count"] = one.to_numpy()
    out.attrs = {**league.attrs, "no_count": countless}
    return out.reset_index(drop=True)


#: a peer group of at most this many ranked entities is listed on the Benchmark sheet
#: (:func:`_peer_ranks`): the Classement ranks the whole file, not them
PEERS_LISTED = 40


def _peer_ranks(ranked: pd.DataFrame, entity: str, peers: str | None,
                bench: pd.DataFrame | None, league: pd.DataFrame | None) -> dict:
    """The ranking of the entity's peers on each platform of its benchmark, as ``barometre
    rank --entity E --peers P`` gives it (:func:`~barometre.analysis.peers.rank`), when they
    are a few (at most :data:`PEERS_LISTED`) and fewer than the Classement ranks on that
    platform (the 5 départements of the région, not the file's 101): ``{platform: frame}``,
    so that the report names the peers behind « 3e ex aequo sur 5 »; empty otherwise."""
    from ..domain.errors import UsageError
    from .peers import rank

    if bench is None or league is None or not len(league):
        return {}
    out = {}
    for p, n in zip(bench["platform"].astype(str), bench["n_peers"]):
        # the Classement's ranked rows (it also lists, unranked, those with no count)
        in_league = int(((league["platform"] == p) & league["rank"].notna()).sum()) \
            if "rank" in league else int((league["platform"] == p).sum())
        if pd.isna(n) or not 0 < n <= PEERS_LISTED or n >= in_league:
            continue  # ranked by nobody, too many to list, or the Classement's own
        try:
            t = rank(ranked, p, entity=entity, peers=peers)
        except (NoDataError, UsageError):  # no count to rank: the Benchmark says why
            continue
        if 0 < len(t) <= PEERS_LISTED and len(t) < in_league:
            out[p] = t
    return out


def _of_year(survey: pd.DataFrame, year: int) -> pd.DataFrame:
    """The survey's readings of ``year`` (its ``year`` column), with the frame's attrs."""
    out = survey[(survey["year"] == year).fillna(False).to_numpy(dtype=bool)]
    out.attrs = dict(survey.attrs)
    return out


def _benchmark_of_year(survey: pd.DataFrame, ranked: pd.DataFrame, entity: str, peers: str | None,
                       year: int | None) -> pd.DataFrame:
    """:func:`~barometre.analysis.peers.benchmark` of ``entity`` on ``ranked`` (the readings of
    the year asked for, else the whole survey); an entity of the file without a reading of
    that year is said so, not "absent from the file"."""
    from .peers import benchmark, not_in_year

    try:
        return benchmark(ranked, entity, peers=peers)
    except NoDataError as e:
        if year is None or e.code != "peers-entity-absent" or ranked is survey:
            raise
        raise not_in_year(survey, entity, year) from None  # in the file, another year


def _peer_group_said(survey: pd.DataFrame, entity: str, peers: str | None) -> dict[str, Any]:
    """The Benchmark's peer group as the report names it: the rule applied (``peers``:
    ``None`` resolved, :func:`~barometre.analysis.peers.resolve_peers`), what the peers
    share (``shared``: the type, the région's code, the population band), the région's name
    (``region_name``), the peer entities in the file (``n_entities``, the entity included),
    their type (``collectivity_type``) and their one category of intercommunalités
    (``kind``: ``CA``, when they are all of one; else None)."""
    from .peers import peer_group

    a = peer_group(survey, entity, peers=peers).attrs
    peers = a["peers"]
    name = None
    if peers == "region" and a.get("shared"):
        from ..datasets.reference import regions

        names = dict(zip(regions()["code"], regions()["name"]))
        name = names.get(a["shared"])
    return {"peers": peers, "shared": a.get("shared"), "region_name": name,
            "n_entities": int(a.get("n_entities") or 0),
            "collectivity_type": str(a.get("collectivity_type")), "kind": a.get("kind"),
            "narrower": a.get("narrower"),  # communes all villes préfectures (narrower_of)
            "code": a.get("code"), "name": a.get("name")}


def _collated(league: pd.DataFrame) -> pd.DataFrame:
    """The league table in reading order for a French reader: per platform, by rank, the
    entities without a rank last, ties and those by name as a dictionary orders them
    (accents and case folded, a hyphen as a space: "Saône-et-Loire" before "Savoie",
    "Seine-et-Marne" before "Seine-Saint-Denis"), then by name and code."""
    if league.empty:
        return league
    from ..domain.text import fold_series

    order = {p: i for i, p in enumerate(PLATFORMS)}
    keyed = league.assign(_p=league["platform"].map(order).fillna(99),
                          _r=league["rank"].astype("Float64").fillna(float("inf")),
                          _n=fold_series(league["name"]))
    out = keyed.sort_values(["_p", "_r", "_n", "name", "code"], kind="stable")
    out = out.drop(columns=["_p", "_r", "_n"]).reset_index(drop=True)
    out.attrs = league.attrs
    return out


def _asked_ids(platforms) -> tuple[list[str], list[str]]:
    """The platforms asked for (``--platform``), as ids: those the Classement and the
    Benchmark rank (« au moins un réseau » aside), and those whose readings the Données,
    the Mouvements and what Sources et méthode says of blanks show (every platform, [],
    when « au moins un réseau » was asked, every platform making it); both empty when none
    was asked."""
    from ..domain.registry import find_platform

    ids = [find_platform(p).id for p in platforms or ()]
    ranked = [p for p in ids if p != "any"]
    return ranked, [] if "any" in ids else ranked


def _of_platforms(survey: pd.DataFrame, asked: list[str]) -> pd.DataFrame:
    """``survey``'s readings of the ``asked`` platforms (:func:`_asked_ids`), its attrs
    kept; ``survey`` itself when none was asked."""
    if not asked:
        return survey
    kept = survey[survey["platform"].isin(asked).to_numpy()]
    kept.attrs = survey.attrs
    return kept


def _chosen_year(adoption: pd.DataFrame, survey: pd.DataFrame | None) -> int | None:
    """The year a caller chose through the figures (``bm.compare(..., year=2024,
    figures=...)``) when no :class:`Selection` says it: the figures' one year, when it is
    older than the survey's latest and one of its years (else the Classement and the
    Benchmark rank each platform's latest year, as without a choice: published figures of
    2022 beside a survey of 2025 have no 2022 readings to rank)."""
    if survey is None or "year" not in adoption.columns or "year" not in survey.columns:
        return None
    years = {int(y) for y in adoption["year"].dropna()}
    latest = survey["year"].dropna()
    if len(years) != 1 or latest.empty:
        return None
    y = years.pop()
    return y if y < int(latest.max()) and (latest == y).any() else None


def same_survey(adoption: pd.DataFrame, survey: pd.DataFrame) -> None:
    """Refuse a survey's figures beside the frame of another survey: a report of them
    would show the key figures of one file, and the coverage, Classement, Benchmark and
    « données fictives » stamp of the other, without a word.

    The figures' file is ``adoption.attrs["survey_file"]`` (:func:`barometre.adoption`,
    :func:`barometre.compare_survey` set it), else the ``source`` of their rows counted
    from a file (``base_family`` « entités de l'enquête », an Annuaire export's « entités de
    l'Annuaire »); it must be one of the survey
    frame's files (:func:`survey_files`: every wave's for :func:`barometre.read_waves`).
    Published figures (no row of a survey) beside a survey frame are refused: the report
    would name the survey's file as their source; a frame that names no file (made by
    hand: nothing to compare) is taken as it is.

    Raises
    ------
    UsageError
        ``report-other-survey``: the figures' file and the frame's, named;
        ``report-published-beside-survey``: published figures (no row counted from a
        survey) beside a survey frame.
    """
    from ..domain.errors import UsageError
    from ..domain.schemas import FILE_BASE_FAMILIES
    from .survey import _source_name

    files = survey_files(survey)
    if not files:
        return
    name = _source_name(survey)
    theirs = adoption.attrs.get("survey_file")
    if theirs is not None:  # the path read: two files of one name in two folders told apart
        if not any(_same_path(theirs, f) for f in files):
            names = {Path(f).name for f in files}  # the paths when the names are alike
            alike = Path(theirs).name in names
            raise UsageError.of("report-other-survey",
                                figures=str(theirs) if alike else Path(theirs).name,
                                survey=", ".join(files) if alike else name)
        return
    if "source" not in adoption.columns or "base_family" not in adoption.columns:
        return
    counted = adoption["base_family"].isin(FILE_BASE_FAMILIES).to_numpy(dtype=bool)
    sources = set(adoption["source"][counted].dropna().astype(str))
    known = {name, *(Path(f).name for f in files)}
    # a figure of a year read in several files names them all: « a.csv, b.csv »
    other = sorted(x for x in sources - known if not set(x.split(", ")) <= known)
    if other:
        raise UsageError.of("report-other-survey", figures=", ".join(other), survey=name)
    if not counted.any() and len(adoption):
        # published figures only: the report would name the survey's file as their source
        # on every page and rank readings of another year than theirs, without a word
        raise UsageError.of("report-published-beside-survey", survey=name)


def _same_path(a: str, b: str) -> bool:
    """Whether two paths name one file (``mine.csv`` and ``./mine.csv``)."""
    try:
        return Path(a).samefile(b)
    except OSError:  # moved or deleted since: the paths as written
        return Path(a).absolute() == Path(b).absolute()


def survey_files(survey: pd.DataFrame | None) -> tuple[str, ...]:
    """The files a survey frame was read from (``attrs["file"]``; every wave's file,
    ``attrs["file_paths"]``, for :func:`barometre.read_waves`): a report never overwrites
    them."""
    if survey is None:
        return ()
    attrs = getattr(survey, "attrs", {}) or {}
    files = list((attrs.get("file_paths") or {}).values())
    if attrs.get("file"):
        files.append(attrs["file"])
    return tuple(dict.fromkeys(str(f) for f in files))


def _of_figures_type(survey: pd.DataFrame, adoption: pd.DataFrame) -> pd.DataFrame:
    """A survey frame of several types (an Annuaire export read without a type) cut to the
    one type its figures count (``bm.adoption(s, type="departement")``): the report's
    Classement, Données and Benchmark are of that type, as ``barometre report --type``
    reads them. Figures of none of its types, or of several: :class:`UsageError`
    ``report-types-mixed``, naming the frame's types and how to keep one (its league
    table failed on région 44 beside département 44, « deux enquêtes mises bout à
    bout »)."""
    from .survey import _types_with_ids, restrict, types_of

    types = types_of(survey)
    if len(types) < 2:
        return survey
    counted = [t for t in dict.fromkeys(adoption["collectivity_type"].astype(str))
               if t in types]
    if len(counted) == 1:
        return restrict(survey, counted[0])
    raise UsageError.of("report-types-mixed", types=_types_with_ids(types), first=types[0])


def _refuse_split(adoption: pd.DataFrame) -> None:
    """Refuse figures split by size band or category (``bm.adoption(s, by="strate")``):
    the report's key figures, Synthèse table and chart and Adoption sheet are of a whole
    type, and wrote each band's figure as the whole type's (« 80 % des communes des
    Hautes-Alpes et de la Lozère … (n = 15 … sur 314 ; exhaustif) », the band's 15 of 15),
    24 Adoption rows nothing told apart. ``barometre report`` has no ``--by``.

    Raises
    ------
    UsageError
        ``report-split-figures``: what to pass instead.
    """
    from ..messages import Words

    for col, what, one in (("strate", Words("strate de population", "population band"),
                            Words("strate", "band")),
                           ("category", Words("catégorie d'intercommunalités",
                                              "category of intercommunalités"),
                            Words("catégorie", "category"))):
        if col in adoption.columns and adoption[col].notna().any():
            raise UsageError.of("report-split-figures", by=col, what=what, one=one)


def report_data(adoption: pd.DataFrame, survey: pd.DataFrame | None = None, entity: str | None = None,
                peers: str | None = None, title: str | None = None,
                selection: Selection | None = None) -> ReportData:
    """Compute what a report shows.

    Parameters
    ----------
    adoption : DataFrame
        Adoption records (:func:`barometre.compare`, :func:`barometre.analysis.select`,
        :func:`barometre.adoption`).
    survey : DataFrame, optional
        Tidy survey frame: adds the league table, the data rows (neither of them lists the
        rows of an entity that answered nothing at its wave, a template's unfilled rows:
        how many in ``extra["league_unanswered"]``, ``extra["data_unanswered"]``, ``{"rows",
        "entities"}`` or None) and the survey's description;
        its waves, when it holds several (:func:`barometre.read_waves`, or one long file
        whose dates are months apart), add the movements between the oldest and the newest
        (``extra["movements"]``, :func:`barometre.analysis.waves.movements`), or, when they
        cannot be told apart, why not (``extra["movements_refused"]``, the error). Under
        ``panel`` every sheet counts the same entities, those of every wave read: with a
        third wave, the Mouvements too (``extra["movements_panel"]``: how many more the two
        waves compared share, which ``changes --panel`` on their files compares).
    entity : str, optional
        With ``survey``: the entity to benchmark against its peers.
    peers : {"type", "region", "strate", "category"}, optional
        The Benchmark's peers, as :func:`barometre.benchmark`'s ``peers`` (by default the
        entity's type, its category for an intercommunalité among several).
    title : str, optional
        The report's title.
    selection : Selection, optional
        What the user asked for (shown in the report). Its ``year`` (``--year``), with
        ``survey``, is the year of the readings the league table and the benchmark rank
        (``extra["year_asked"]``), as the adoption figures are of that year; without it they
        rank each platform's latest year. Without a selection, figures of one year older
        than the survey's latest (``bm.compare(..., year=2024, figures=...)``) choose it.

    Raises
    ------
    NoDataError
        Nothing to report; the entity has no reading of the selection's year.
    UsageError
        ``report-split-figures``: figures split by size band or category
        (``bm.adoption(s, by="strate")``: a report is of whole types).
        ``report-other-survey``: figures counted from another file than ``survey``'s
        (:func:`same_survey`); published figures beside a survey are taken.
        ``report-types-mixed``: a ``survey`` of several types (an Annuaire export read
        without a type) beside figures of none of them or of several; figures of one of
        them take the survey's entities of that type.
    """
    from .survey import PEER_COLUMNS, figure_files, require_columns, require_figures

    if adoption is None or getattr(adoption, "empty", False):
        raise NoDataError.of("report-nothing")
    require_figures(adoption)  # a frame of readings in their place: one clear error
    _refuse_split(adoption)
    if survey is not None:  # a frame without read_survey's columns: one clear error
        survey = require_columns(survey, PEER_COLUMNS)
        survey = _of_figures_type(survey, adoption)
        same_survey(adoption, survey)
        said = _said_of(adoption)
        if said["panel"]:  # one long file: its waves, as the same waves in several files
            survey = _file_waves_of_panel(survey)
        every_entity = survey  # every wave's entities, to count those the panel leaves out
        if said["panel"]:  # a panel over waves: the entities of every wave, on every sheet
            from .survey import balanced_panel

            survey = balanced_panel(survey, str(adoption["collectivity_type"].iloc[0]))
    publishers = _publishers()
    year = _reference_year(adoption)
    others = other_rows(adoption)
    # compare's other figures of the facts shown, after the adoption rows: the same builder
    # puts them in each key figure's notes (the first row with a share stays the figure)
    facts = set(zip(adoption["collectivity_type"].astype(str), adoption["platform"].astype(str)))
    mine = None if others is None else others[[
        (t, p) in facts for t, p in zip(others["collectivity_type"], others["platform"])]]
    keys = _key_figures(adoption if mine is None or mine.empty else pd.concat(
        [adoption, mine], ignore_index=True), year, publishers)
    spans = _file_wave_spans(survey) if survey is not None else {}  # once: a cut of the file
    waves = _wave_dates(survey, spans) if survey is not None else {}
    files = figure_files(survey) if survey is not None else {}
    if files:  # several files: each figure names every file behind it, not the newest only
        keys = [replace(k, files=files.get((k.platform, k.year), ())) for k in keys]
    sel = selection or Selection(data_file=None if survey is None else survey.attrs.get("file"),
                                 entity=entity, peers=peers, year=_chosen_year(adoption, survey))
    t_order = list(dict.fromkeys(adoption["collectivity_type"].astype(str)))
    p_rank = {p: i for i, p in enumerate(PLATFORMS)}
    r = ReportData(
        selection=sel, adoption=adoption.reset_index(drop=True), title=title, reference_year=year,
        key_figures=keys, types=[t for t in t_order if any(k.collectivity_type == t for k in keys)],
        platforms=sorted({k.platform for k in keys}, key=lambda p: p_rank.get(p, 99)),
        sources=_sources(adoption if others is None else pd.concat([adoption, others],
                                                                     ignore_index=True)),
        others=others)
    # figures of a demo survey say so on every sheet, with its frame or without it
    r.fictitious = bool(adoption.attrs.get("fictitious", False))
    if survey is not None:  # a report never overwrites them (write_report)
        r.extra["input_files"] = survey_files(survey)
    if files:  # the Adoption's Source cells and the Évolution name them too
        r.extra["figure_files"] = files
    every, any_left, read = _every_wave(adoption, survey, sel.platforms)
    designs = every.attrs.get("designs") or {}
    if survey is None:  # published figures: trend's series, cut at its ruptures
        r.evolution, left = _published_evolution(every)
        if r.evolution is not None and any(left.values()):
            r.extra["evolution_left_out"] = left
    else:
        r.evolution = _evolution(every, waves)
        if r.evolution is not None:  # the waves whose points are marked « † »: why
            marked = r.evolution[r.evolution["flags"].str.contains("non_random_sample")]
            said = {(t, d.year): designs[(t, d.year)]
                    for t, d in zip(marked["collectivity_type"], marked["date"])
                    if (t, d.year) in designs}
            if said:
                r.extra["evolution_designs"] = dict(sorted(said.items()))
    if any_left and r.evolution is not None:  # said under the Évolution chart
        r.extra["evolution_any_left_out"] = any_left
        if len(read) == 1:  # one platform read every year: not "fewer platforms"
            r.extra["evolution_any_one_platform"] = next(iter(read))
    if survey is not None:
        from .peers import league_table

        # -p: every sheet of those platforms only; the rows shown, every platform beside « any »
        asked, shown = _asked_ids(sel.platforms)
        r.survey = _survey_info(survey, adoption, waves, spans, every, shown)
        r.fictitious = r.survey.fictitious or r.fictitious
        # the year asked for (--year) is that of every figure: the Classement and the
        # Benchmark rank that year's readings, as the key figures and Adoption show it
        ranked = survey if sel.year is None else _of_year(survey, sel.year)
        if sel.year is not None:
            r.extra["year_asked"] = int(sel.year)
        # ranked platform by platform: the asked ones' rows alone give their ranks, and
        # attrs (readings set aside, councils ranked once…) naming no other platform
        # the rows of an entity that answered nothing at its wave (a template's unfilled
        # rows: 1,194 of 1,254 EPCI, 1,141 pages) are no data: not listed, said (notes)
        # (the Classement drops their rows once ranked: its older readings set aside are
        # the Benchmark's, an entity blank at the wave ranked not taken at an older one)
        league = league_table(_of_platforms(ranked, asked))
        league, r.extra["league_unanswered"] = _league_answered(league, ranked)
        r.league = _countless_in_one_row(_collated(league))
        data_rows, r.extra["data_unanswered"] = _answered_only(_of_platforms(survey, shown))
        r.data = data_rows  # the Données: the rows of the asked platforms
        if len(r.league) and r.league.get("no_count", pd.Series(False)).astype(bool).all():
            # presence only (Oui/Non, the Annuaire's declared accounts): nothing to rank
            # nor to benchmark; said in the Synthèse, not as sheets of empty rows
            r.extra["no_counts"] = True
            r.league = None
            if entity is not None:
                _benchmark_of_year(survey, ranked, entity, peers, sel.year)  # its errors
                r.extra["no_counts_entity"] = entity
        elif entity is not None:
            r.benchmark = _benchmark_of_year(survey, ranked, entity, peers, sel.year)
            if asked:
                r.benchmark = _of_platforms(r.benchmark, asked).reset_index(drop=True)
                # its older readings set aside, per platform: those asked only (a platform
                # without counts has its own since s33, its readings' latest year)
                r.benchmark.attrs = {**r.benchmark.attrs, "set_aside": {
                    p: v for p, v in (r.benchmark.attrs.get("set_aside") or {}).items()
                    if p in asked}}
            r.extra["peer_group"] = _peer_group_said(ranked, entity, peers)
            listed = _peer_ranks(ranked, entity, peers, r.benchmark, r.league)
            if listed:  # a few peers, fewer than the Classement's: each named, its value
                r.extra["peer_ranks"] = listed
        # several waves (read_waves, #16; or one long file whose dates are months apart,
        # read as changes reads it): the Mouvements
        from ..domain.errors import InputFileError
        from .waves import movements

        # the base the figures were counted on (within, panel), the Mouvements' too: a panel
        # compared whole is its census, not a sample of the type in France. One report, one
        # base: its panel is the entities of every wave read, on every sheet (a third wave
        # cuts some out of the Mouvements; how many the two waves share beyond it is said,
        # with the changes --panel that compares them all)
        said = _said_of(adoption)
        try:
            moves = movements(survey, type=sel.types[0] if sel.types else None, **said,
                              platforms=shown or None)
        except InputFileError as e:  # undated rows in a file of several waves: said, not guessed
            moves = None
            r.extra["movements_refused"] = e
        except NoDataError as e:  # -p: the two waves compared read none of them
            if e.code != "waves-no-platform":
                raise
            moves = None
            r.extra["movements_not_read"] = shown
        if moves is not None:
            r.extra["movements"] = moves
            beyond = _pair_beyond_panel(every_entity, survey, moves["changes"]) \
                if said["panel"] else None
            if beyond is not None:
                r.extra["movements_panel"] = beyond
    return r


def _answered_only(survey: pd.DataFrame) -> tuple[pd.DataFrame, dict | None]:
    """The readings of the entities that answered something at their wave
    (:func:`~.survey.answered_rows`: an answer, a count or an account), and what the others
    were: ``{"rows", "entities"}`` (how many rows, of how many entities), None when every
    row is kept. A template's unfilled rows are no data: the Classement and the Données list
    none of them, their notes say how many."""
    from .survey import answered_rows

    kept = answered_rows(survey)
    if kept.all():
        return survey, None
    out = survey[kept]
    out.attrs = survey.attrs
    left = survey.loc[~kept, "code"]
    return out, {"rows": int((~kept).sum()), "entities": int(left.nunique())}


def _league_answered(league: pd.DataFrame, survey: pd.DataFrame
                     ) -> tuple[pd.DataFrame, dict | None]:
    """The Classement's rows (:func:`~.peers.league_table` of ``survey``) but those of an
    entity that answered nothing in the year of its row (:func:`~.survey.said_rows`: no
    answer, count or account on any platform that year: a template's unfilled rows), and
    ``{"rows", "entities"}`` of those left out (None when none is)."""
    from .survey import answered_at, said_rows

    if not len(league) or not {"code", "year"} <= set(league.columns) \
            or "year" not in survey.columns:
        return league, None
    said = said_rows(survey)
    if said.all():
        return league, None
    # the test of survey.answered_rows, on the Classement's (code, year) pairs
    kept = answered_at(survey, said, "year", league["code"], league["year"])
    if kept.all():
        return league, None
    out = league[kept].reset_index(drop=True)
    out.attrs = league.attrs
    return out, {"rows": int((~kept).sum()),
                 "entities": int(league.loc[~kept, "code"].nunique())}


def _file_waves_of_panel(survey: pd.DataFrame) -> pd.DataFrame:
    """Under ``panel``, one file of several waves (a long file, :func:`barometre.read_survey`'s
    frame) read as its waves (:func:`~barometre.analysis.waves.survey_waves`), as those
    waves in separate files are (:func:`barometre.read_waves`): the report's panel is then
    the entities of every wave on every sheet, as :func:`~.survey.adoption` counts it
    (``balanced_panel``), the Mouvements and what they say of the panel too. A frame of
    waves already, of one wave, or whose waves cannot be told apart (undated rows: the
    Mouvements say why) is returned as it is."""
    from ..domain.errors import InputFileError
    from .waves import holds_waves, survey_waves

    if "wave_label" in survey.columns or not holds_waves(survey):
        return survey
    try:
        return survey_waves(survey)
    except InputFileError:
        return survey


def _pair_beyond_panel(every: pd.DataFrame, panel: pd.DataFrame,
                       changes: pd.DataFrame) -> dict | None:
    """Under ``panel`` over more than two waves (:func:`barometre.read_waves`), the report's
    panel (the entities of every wave read, ``panel``) beside that of the two waves its
    Mouvements compare (``changes``' ``old`` and ``new``, in ``every``, the waves before the
    panel was made): ``{"n_waves"`` (waves read), ``"n_panel"``, ``"n_pair"`` (entities in
    both compared waves), ``"beyond"`` (those of the pair out of the report's panel),
    ``"paths"`` (the two waves' files, as given), ``"type"}``; None with two waves (one panel)."""
    from .survey import answered_codes, restrict

    if "wave_label" not in every.columns or every["wave_label"].nunique() < 3:
        return None
    a = changes.attrs
    t = a.get("collectivity_type")
    own, kept = (restrict(every, t), restrict(panel, t)) if t else (every, panel)
    # in a wave: answered there (a template's unfilled rows are not), balanced_panel's rule
    codes = {w: answered_codes(own[(own["wave_label"] == w).to_numpy()])
             for w in (a.get("old"), a.get("new"))}
    pair = set.intersection(*codes.values())
    mine = set(kept["code"].dropna())
    return {"n_waves": int(every["wave_label"].nunique()), "n_panel": len(mine),
            "n_pair": len(pair), "beyond": len(pair - mine), "paths": list(a.get("paths") or []),
            "type": t}
