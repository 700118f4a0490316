"""Trend: comparable series on a real date axis, each source a labelled point."""

from __future__ import annotations

import re

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

from ...domain.errors import NoDataError, UsageError
from ...domain.registry import PLATFORMS
from ...messages import text as msg
from ..formats import fmt_share, fmt_share_tick, is_missing, platform_label, published_digits, type_label
from ..views import (ci_note, flag_marks, flag_notes, flag_set, measure_mark, measure_notes, undated_note,
                     unsure_base_notes)
from .captions import (base_words, derived_mark, figure_date, published_caption, records_fictitious,
                       source_words, years_words)
from .frames import check_frame
from .style import (caption, dodge_offsets, dodged, figure, place_labels, platform_colors,
                    series_palette, style)
from .style import sized
from .style import title as put_title

__all__ = ["trend", "series_key", "publisher_colors", "publisher_styles"]

_COUNT = re.compile(r"^\d[\d \u00a0\u202f]*\s+")
_BRACKETS = re.compile(r"\([^)]*\)")


def _month(r) -> float | None:
    """The month that places a figure: its own, or its period's ("fin 2015": December)."""
    from ...analysis.published import PERIOD_MONTH

    m, p = r.get("month"), r.get("period")
    if not is_missing(m):
        return float(m)
    return None if is_missing(p) else PERIOD_MONTH.get(str(p))


def _when(r) -> float:
    """Position on the date axis: the middle of the month (of December for "fin 2015"),
    or mid-year without a month."""
    m = _month(r)
    return int(r["year"]) + ((m - 0.5) / 12 if m is not None else 0.5)


def series_key(r) -> tuple[str, str, str, str]:
    """Figures are comparable when publisher, measure, base (without its count and its
    bracketed details, as the table's breaks read it) and the published figures'
    comparable family (``series``, when the records carry it) agree."""
    base = _COUNT.sub("", _BRACKETS.sub("", str(r.get("base") or "")).strip()).strip().lower()
    family = r.get("series")
    return (source_words(str(r["source"])), str(r.get("measure") or ""), base,
            "" if is_missing(family) else str(family))


_ABBR = {"fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                "oct.", "nov.", "déc."],
         "en": ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
                "Nov.", "Dec."]}


def _short_date(r, lang: str) -> str:
    """"oct. 2012" (the usual French abbreviations), "fin 2015" (a source dated only so),
    or the year alone."""
    m = r.get("month")
    if is_missing(m):
        p = r.get("period")
        return figure_date(r, lang) if not is_missing(p) else str(int(r["year"]))
    return f"{_ABBR['en' if lang == 'en' else 'fr'][int(m) - 1]} {int(r['year'])}"


def trend(df: pd.DataFrame, lang: str = "fr", title: str | None = None,
          size: tuple[float, float] | None = None, colorblind: bool = False,
          survey: pd.DataFrame | None = None) -> Figure:
    """Share present over time.

    Published figures (one type, one platform): one colour per publisher, the same from
    chart to chart (:func:`publisher_colors`), points joined only between two of the
    ruptures of :func:`barometre.trend`'s table (another base, 27 → 26 régions included, or
    another publisher's figure in between: « rupture : autre source »), as the report's
    Évolution chart joins them; a publisher whose figures have several bases draws each
    with its own marker shape, named with its base in the legend; a grey bar for the spread
    between different publishers' figures in the same year (never between two
    editions of one publisher), a share derived from the source's wording starred
    ("100 %*") with the caption's note, every point labelled with its share, a sample figure
    (an interval, not a census) with its 95 % whisker; the legend (below the plot) names
    each publisher and the months of its figures. The title says the measure; figures of
    several measures (a share of all, one of those present) are never on one axis: one
    panel per measure, each titled with it, on one date axis.

    Survey waves (``survey`` given, or several platforms): one line per platform,
    points at each wave's year on a real date axis, labelled with the share.

    Parameters
    ----------
    df : DataFrame
        :func:`barometre.trend`'s table (one type, one platform), or
        :func:`barometre.adoption`'s records of a survey of several years (with
        ``survey``); the figures of several types are refused (``UsageError``
        ``chart-trend-not-series``: :func:`adoption` draws them).
    lang : {"fr", "en"}
    title : str, optional
        Replaces the title (a chart of fictitious data keeps its mark, « (données
        fictives) », at its end).
    size : (width, height) in inches, optional (default: from the series)
        A pair, or the command line's ``--size`` text (``"8x4.5"``); each side 1 to 40
        inches (``UsageError`` ``chart-bad-size``, ``chart-size-range``).
        A size too small to read is refused (``UsageError`` ``chart-too-small``).
    colorblind : bool
        Survey waves: Okabe-Ito colours instead of the platforms' brand colours.
        Published figures: each publisher's colour taken among the five Okabe-Ito colours
        that stay apart for colour-blind readers (those of the other chart kinds); a chart
        of more publishers than five gives the next ones those colours again with a dashed
        line and hollow points (:func:`publisher_styles`), so that no two publishers look
        alike.
    survey : DataFrame, optional
        The survey the records come from (for the caption): draws them as survey waves.

    Examples
    --------
    Every published figure for the régions on Facebook:

    >>> import barometre as bm
    >>> fig = bm.charts.trend(bm.trend("region", "facebook"))
    >>> fig.get_suptitle()
    'Régions sur Facebook : part de toutes les entités de la base, 2011–2018'
    >>> bm.charts.text_overlaps(fig)  # every label readable
    []
    """
    check_frame(df, "trend")
    d = df[df["year"].notna() & df["share"].notna()].reset_index(drop=True)
    if d.empty:
        raise NoDataError.of("chart-no-rows")
    if d["collectivity_type"].nunique() > 1 or (survey is None and d["platform"].nunique() > 1 and (
            "n_base" not in d or d["n_base"].isna().any())):  # compare's frame: not a series
        raise UsageError.of("chart-trend-not-series")
    if survey is not None or d["platform"].nunique() > 1:
        return _by_platform(d, lang, title, size, colorblind, survey)
    return _by_source(d, lang, title, size, colorblind)


def _axes_common(ax, d: pd.DataFrame, lang: str, pad: float) -> None:
    years = sorted({int(y) for y in d["year"]})
    ax.set_xlim(years[0] - pad, years[-1] + 1 + pad)
    ticks = list(range(years[0], years[-1] + 2))
    step = max(1, len(ticks) // 10)
    # the grid marks where each year begins; its label sits in the middle of the year, where
    # a figure without a month is drawn: a 2022 figure read beside « 2023 » (a label on
    # 1 January 2023, the nearest to its point) was a year off
    ax.xaxis.set_major_locator(FixedLocator(ticks[::step]))
    ax.xaxis.set_major_formatter(NullFormatter())
    ax.xaxis.set_minor_locator(FixedLocator([t + 0.5 for t in ticks[:-1][::step]]))
    ax.xaxis.set_minor_formatter(FuncFormatter(lambda v, _: str(int(v))))
    ax.tick_params(axis="x", which="minor", length=0)
    ax.set_ylim(0, 1.08)
    ax.yaxis.set_major_locator(FixedLocator([0, 0.25, 0.5, 0.75, 1.0]))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_share_tick(v, lang)))
    ax.grid(axis="x", visible=True)


#: the order of the panels when a trend holds several measures
_MEASURE_ORDER = {"of_all": 0, "of_present": 1, "of_respondents": 2}


def _measure_words(measure: str, lang: str) -> str:
    """What a share measures, in words ("part de toutes les entités de la base")."""
    try:
        return msg(f"measure-{str(measure).replace('_', '-')}", lang)
    except KeyError:
        return str(measure)


def _has_interval(r) -> bool:
    """A sample figure: an interval that is not a census's (``ci_low < ci_high``)."""
    lo, hi = r.get("ci_low"), r.get("ci_high")
    census = r.get("census")
    return (not is_missing(lo) and not is_missing(hi) and float(lo) < float(hi)
            and not (not is_missing(census) and bool(census)))


def _by_source(d: pd.DataFrame, lang: str, title: str | None, size,
               colorblind: bool = False) -> Figure:
    # one function: the series, range bars, labels and legend share the same keys
    d = d.assign(_x=[_when(r) for _, r in d.iterrows()],
                 _k=[series_key(r) for _, r in d.iterrows()], _run=_trend_runs(d))
    pubs = list(dict.fromkeys(k[0] for k in d["_k"]))
    looks = publisher_styles(pubs, colorblind)
    colors = {p: c for p, (c, _) in looks.items()}
    levels = {p: lv for p, (_, lv) in looks.items()}
    markers = _base_markers(d)
    # never two measures on one axis: one panel per measure (a share of those present beside
    # one of all would read 64 % -> 92 % as growth), each titled with its measure
    measures = sorted(dict.fromkeys(d["_k"].map(lambda k: k[1])),
                      key=lambda m: (_MEASURE_ORDER.get(m, 9), m))
    size = sized(size, (8, 5.2 + 0.18 * len(pubs) + 4.2 * (len(measures) - 1)), 6.5)
    notes: set[str] = set()
    families: list[str] = []
    labels: dict = {}
    with style():
        fig = figure(size)
        axes = fig.subplots(len(measures), 1, squeeze=False)[:, 0]
        for ax, m in zip(axes, measures):
            part = d[d["_k"].map(lambda k: k[1] == m)]
            labels[ax] = _panel(ax, part, colors, markers, lang, notes, families, levels)
            _axes_common(ax, d, lang, 0.2)  # one date axis for every panel
            if len(measures) > 1:
                ax.set_title(_measure_words(m, lang)[:1].upper() + _measure_words(m, lang)[1:],
                             loc="left", fontsize=10, gid=f"measure:{m}")
        handles, names = _legend(d, pubs, colors, markers, lang, levels)
        axes[-1].legend(handles, names, loc="upper left", bbox_to_anchor=(0, -0.08), ncols=1,
                        fontsize=8, handlelength=1.6)
        first = d.iloc[0]
        what = type_label(first["collectivity_type"], lang, True).capitalize()
        plat = platform_label(first["platform"], lang)
        if len(measures) == 1:
            head = msg("title-trend", lang, what=what, platform=plat,
                       measure=_measure_words(measures[0], lang), years=years_words(d))
        else:
            head = msg("title-trend-measures", lang, what=what, platform=plat,
                       n=len(measures), years=years_words(d))
        put_title(fig, title or head, fictitious=records_fictitious(d), lang=lang)
        cap = [msg("note-range", lang)] if "note-range" in notes else []
        if "note-ci" in notes:  # what the whiskers are for, as the adoption chart says it
            recs = d.to_dict("records")
            cap.append(ci_note([r for r in recs if _has_interval(r)],
                               [r for r in recs if not _has_interval(r)], lang))
        if "broken" in notes:
            cap.append(msg("note-base-break", lang))
        if "broken-uncounted" in notes:
            cap.append(msg("note-base-uncounted-break", lang))
        if "broken-source" in notes:
            cap.append(msg("note-source-break", lang))
        if any(m != _MARKERS[0] for m in markers.values()):
            cap.append(msg("note-base-markers", lang))
        if "derived" in notes:
            cap.append(msg("note-derived", lang))
        if families:
            cap.append(msg("note-family-break", lang, families=(" ; " if lang != "en" else "; ").join(families)))
        if any(_month(r) is None for _, r in d.iterrows()):
            cap.append(msg("note-no-month", lang))
        undated = undated_note(d.attrs, lang)  # what trend left out for want of a year
        if undated:
            cap.append(undated)
        cap += measure_notes(d.to_dict("records"), lang)  # "°", "§": as compare says
        cap += flag_notes(d.to_dict("records"), lang)  # why "‡", "≈", "†": as compare says
        # what « minimum » and a base not specified say, as under compare's table
        cap += unsure_base_notes(d.to_dict("records"), lang)
        caption(fig, published_caption(d.drop(columns=["_x", "_k", "_run"]), lang, cap, dated=False))
        for ax in axes:
            for t in place_labels(ax, labels[ax]):
                t.set_gid(t.get_gid())
    return fig


def _panel(ax, d: pd.DataFrame, colors: dict[str, str], markers: dict, lang: str,
           notes: set[str], families: list[str], levels: dict[str, int] | None = None) -> list[tuple]:
    """One measure's figures on ``ax``: spreads between sources, a publisher's lines (cut
    where the base changes), points, whiskers for sample figures (``note-ci``); returns
    the point labels to place. ``notes`` gathers what the caption must say, ``families``
    each panel's changes of base family ("a → b"); ``levels`` each publisher's look beyond
    the palette's colours (:func:`publisher_styles`: a dashed line, hollow points)."""
    levels = levels or {}
    for y, (x0, x1, lo, hi) in _spreads(d).items():  # sources of one year disagree
        ax.fill_between([x0 - 0.07, x1 + 0.07], lo, hi,
                        color="#E4E4E4", lw=0, zorder=1, gid=f"range:{y}")
        notes.add("note-range")
    families.extend(_family_breaks(ax, d, lang))
    labels = []
    pubs = list(dict.fromkeys(k[0] for k in d["_k"]))
    # two publishers' sample figures of one month: their whiskers on one vertical line read
    # as one; each such publisher's points, lines and whiskers set a few points aside (the
    # dates of the axis and the labels' anchors stay true), the others left in place
    sampled = d[[_has_interval(r) for _, r in d.iterrows()]]
    by_x = sampled.groupby("_x")["_k"].agg(lambda ks: set(k[0] for k in ks))
    apart = set().union(*(ps for ps in by_x if len(ps) > 1))
    moved = [p for p in pubs if p in apart]
    offsets = {p: 0.0 for p in pubs} | dict(zip(moved, dodge_offsets(len(moved))))
    for pub in pubs:
        drawn: list = []
        g = d[d["_k"].map(lambda k: k[0] == pub)].sort_values("_x", kind="stable")
        keys = list(dict.fromkeys(g["_k"]))
        if len(keys) > 1:
            notes.add("broken")
        for k in keys:
            runs = _runs(g[g["_k"] == k])
            for s in runs[1:]:  # why the line is cut there: another base, or another source
                notes.add("broken-source" if _cut_by(s.iloc[0]) == "source" else "broken")
                if _cut_by(s.iloc[0]) == "base_uncounted":  # said: the base reads the same
                    notes.add("broken-uncounted")
            for s in runs:
                # a disputed figure is a point, not a step of the line: two accounts of one
                # study (56,7 % and 47 %, "‡") joined would draw a fall and a rise
                s = s[["disputed" not in flag_set(r) for _, r in s.iterrows()]]
                if len(s) > 1:
                    drawn += ax.plot(s["_x"], s["share"].astype(float), color=colors[pub],
                                     lw=1.6, zorder=2, gid="series",
                                     ls=_line_style(levels.get(pub, 0)))
            mine = g[g["_k"] == k]  # one marker shape per base of the publisher (legend)
            hollow = levels.get(pub, 0) > 0  # the colour of another publisher: hollow points
            drawn.append(ax.scatter(
                mine["_x"], mine["share"].astype(float), s=34 if markers[k] == "o" else 38,
                color="white" if hollow else colors[pub], marker=markers[k], zorder=3,
                edgecolor=colors[pub] if hollow else "white", linewidth=1.3 if hollow else 0.6,
                gid=f"points:{pub}" + ("" if markers[k] == "o" else f":{markers[k]}")))
        for _, r in g.iterrows():
            if _has_interval(r):  # a sample's 95 % interval, as the adoption chart draws it
                share = float(r["share"])
                eb = ax.errorbar(r["_x"], share, yerr=[[share - float(r["ci_low"])],
                                                       [float(r["ci_high"]) - share]],
                                 fmt="none", ecolor=colors[pub], elinewidth=0.9, capsize=2.5,
                                 zorder=2)
                eb.set_label(f"ci:{int(r['year'])}:{r['source']}")
                drawn += [*eb.lines[1], *eb.lines[2]]  # its caps and its bar
                notes.add("note-ci")
            star = derived_mark(r)  # "100 %*", as in the adoption chart
            if star:
                notes.add("derived")
            # with the decimals the source printed and compare's marks ("56,7 %‡", "50 %§"),
            # a participatory count's share said a minimum (« 10 % (minimum) »), as the tables
            said = (fmt_share(r["share"], lang, published_digits(r)) + star + measure_mark(r)
                    + flag_marks(r))
            if "participatory" in flag_set(r):
                said = msg("chart-share-minimum", lang, share=said)
            labels.append((r["_x"], float(r["share"]), said,
                           {"fontsize": 7.5, "color": colors[pub],
                            "gid": f"point:{int(r['year'])}:{r['source']}"}))
        dodged(ax, drawn, offsets[pub])
    return labels


#: the marker shapes of one publisher's bases, in order of first date (one base: a disc)
_MARKERS = ("o", "s", "^", "D", "v", "P")


#: the line styles of the publishers of one chart beyond its palette's colours (the colours
#: again, dashed, then dotted...), as the other chart kinds hatch their bars beyond theirs
_PUBLISHER_LINES = ("-", "--", ":", "-.")


def publisher_styles(publishers: list[str], colorblind: bool = False) -> dict[str, tuple[str, int]]:
    """A colour and a look per publisher, ``(colour, level)``: the colour it keeps from chart
    to chart (Informer autrement the same on Facebook and on X): its rank among the
    published sources' publishers picks it in
    :func:`~barometre.render.charts.style.series_palette` (with ``colorblind``, the five
    colours that stay apart for colour-blind readers, as the other chart kinds use); two
    publishers of one chart never share a colour and a level (the later-ranked takes the
    next free colour). Level 0 is a solid line and filled points; a chart of more
    publishers than colours gives the next ones the colours again at level 1 (dashed line,
    hollow points), then 2... (:data:`_PUBLISHER_LINES`). A name that is no published
    publisher (a survey file) comes after them. Deterministic: the same publishers give
    the same looks whatever their order.

    >>> s = publisher_styles(["Ideose", "OTeN", "Adverbia", "Informer autrement",
    ...                       "Institut Edgar Quinet", "Observatoire socialmedia des territoires / Cap'Com"],
    ...                      colorblind=True)
    >>> sorted(level for _, level in s.values()), len(set(s.values()))
    ([0, 0, 0, 0, 0, 1], 6)
    """
    from .captions import _publishers

    pal = series_palette(colorblind)
    rank = {p: i for i, p in enumerate(dict.fromkeys(_publishers().values()))}
    order = sorted(dict.fromkeys(publishers), key=lambda p: (rank.get(p, len(rank)), p))
    taken: dict[str, tuple[str, int]] = {}
    for p in order:
        start = rank.get(p, len(taken))
        level = 0
        while p not in taken:
            used = {c for c, lv in taken.values() if lv == level}
            free = [pal[(start + j) % len(pal)] for j in range(len(pal))
                    if pal[(start + j) % len(pal)] not in used]
            if free:
                taken[p] = (free[0], level)
            level += 1
    return {p: taken[p] for p in dict.fromkeys(publishers)}


def publisher_colors(publishers: list[str], colorblind: bool = False) -> dict[str, str]:
    """One colour per publisher (:func:`publisher_styles`, its look left out)."""
    return {p: c for p, (c, _) in publisher_styles(publishers, colorblind).items()}


def _base_markers(d: pd.DataFrame) -> dict:
    """The marker of each series key: a disc, or when one publisher's figures have several
    bases (Swello's 13,7 % of all authorities and 53 % of those over 2 000 inhabitants, in
    one year), one shape per base in order of first date."""
    out = {}
    for pub in dict.fromkeys(k[0] for k in d["_k"]):
        keys = list(dict.fromkeys(d.loc[d["_k"].map(lambda k: k[0] == pub)]
                                  .sort_values("_x", kind="stable")["_k"]))
        out.update({k: _MARKERS[i % len(_MARKERS)] for i, k in enumerate(keys)})
    return out


def _key_base(g: pd.DataFrame, lang: str, by_family: bool) -> str:
    """A series key's base in words for the legend: its base family when the publisher's
    keys differ in it (« régions (carte de 2016) »), else its figures' bases."""
    t = g["collectivity_type"].iloc[0]
    if by_family and "base_family" in g and not is_missing(g["base_family"].iloc[0]):
        return base_words(g["base_family"].iloc[0], t, lang)
    en = g["base_en"] if "base_en" in g else [None] * len(g)
    words = [base_words(b, t, lang, e) for b, e in zip(g["base"], en)]
    return (" ; " if lang != "en" else "; ").join(w for w in dict.fromkeys(words) if w)


def _line_style(level: int) -> str:
    """A publisher's line: solid, or dashed... beyond the palette's colours."""
    return _PUBLISHER_LINES[level % len(_PUBLISHER_LINES)]


def _legend(d: pd.DataFrame, pubs: list[str], colors: dict, markers: dict,
            lang: str, levels: dict[str, int] | None = None) -> tuple[list, list[str]]:
    """One entry per publisher with the months of its figures; a publisher whose figures
    have several bases, one entry per base, with its marker and its base in words; each
    drawn with its publisher's look (:func:`publisher_styles`)."""
    levels = levels or {}
    handles, names = [], []
    for pub in pubs:
        g = d[d["_k"].map(lambda k: k[0] == pub)].sort_values("_x", kind="stable")
        keys = list(dict.fromkeys(g["_k"]))
        by_family = len({k[3] for k in keys}) > 1
        for k in keys:
            part = g[g["_k"] == k] if len(keys) > 1 else g
            dates = ", ".join(dict.fromkeys(_short_date(r, lang) for _, r in part.iterrows()))
            level = levels.get(pub, 0)
            handles.append(Line2D([], [], color=colors[pub], marker=markers[k], lw=1.6,
                                  ls=_line_style(level),
                                  markerfacecolor="white" if level else colors[pub]))
            base = f" — {_key_base(part, lang, by_family)}" if len(keys) > 1 else ""
            names.append(f"{pub}{base} ({dates})")
    return handles, names


def _trend_runs(d: pd.DataFrame) -> list:
    """Each figure's run as :func:`barometre.trend` cuts its series (``series``, ``break``:
    a new run at every rupture, another source or another base; « Points are linked only
    between two breaks »), as the report's Évolution chart cuts its lines; None for
    every figure of a frame without those columns (:func:`_runs` then cuts by base)."""
    if "series" not in d or "break" not in d:
        return [None] * len(d)
    cut = d["break"].notna() & (d["break"].astype(str) != "")
    run = cut.groupby(d["series"]).cumsum()
    return [f"{s}:{r}" for s, r in zip(d["series"], run)]


def _cut_by(r) -> str:
    """What starts a run: trend's break ("source", "base", "base_unstated",
    "base_uncounted") or "base"."""
    b = r.get("break")
    return "base" if is_missing(b) or not str(b) else str(b)


def _runs(s: pd.DataFrame) -> list[pd.DataFrame]:
    """One publisher's figures of one series, in time order, each run drawn as one line:
    cut at trend's ruptures when the frame has them (:func:`_trend_runs`: another source
    between two of its figures, another base), else where the base changes as the
    table's ruptures say (:func:`barometre.analysis.published.base_break`: 27 → 26
    régions, a base unstated beside a stated one, « rupture : base non dite d'un
    côté », and a counted base beside one its source does not specify, « base non
    précisée par la source d'un côté »)."""
    from ...analysis.published import base_changed, base_unstated

    if "_run" in s and s["_run"].notna().all():
        return [s[s["_run"] == r] for r in dict.fromkeys(s["_run"])]

    cuts = [0]
    rows = [r for _, r in s.iterrows()]
    for i in range(1, len(rows)):
        a, b = rows[i - 1], rows[i]
        if base_changed(a.get("base"), a.get("n_base"), b.get("base"), b.get("n_base"),
                        base_unstated(a.get("flags")), base_unstated(b.get("flags"))):
            cuts.append(i)
    cuts.append(len(rows))
    return [s.iloc[i:j] for i, j in zip(cuts[:-1], cuts[1:])]


def _spreads(d: pd.DataFrame) -> dict[int, tuple[float, float, float, float]]:
    """The spread between different sources in one year, as ``year: (x0, x1, lo, hi)``:
    the two figures of different publishers that year that lie furthest apart (two
    editions of one publisher are its own change, not a spread between sources).
    Years with one publisher, or whose sources agree, have none."""
    out = {}
    for y, g in d.groupby(d["year"].astype(int), sort=True):
        rows = [(r["_k"][0], float(r["share"]), float(r["_x"])) for _, r in g.iterrows()]
        best = None
        for i, (pa, sa, xa) in enumerate(rows):
            for pb, sb, xb in rows[i + 1:]:
                if pa != pb and abs(sa - sb) > 0 and (best is None
                                                      or abs(sa - sb) > best[0]):
                    best = (abs(sa - sb), min(xa, xb), max(xa, xb), min(sa, sb), max(sa, sb))
        if best is not None:
            out[int(y)] = best[1:]
    return out


def _family_breaks(ax, d: pd.DataFrame, lang: str = "fr") -> list[str]:
    """A dotted vertical line where the published figures change base family (e.g. the
    régions before and after 2016), when the families follow each other in time: at the
    date of the change when it is known (:func:`barometre.datasets.published.family_end`,
    the shipped table with its source: the 27 régions' map ended on 1 January 2016, loi
    n° 2015-29 du 16 janvier 2015; between the two families' figures), else midway between
    them. Returns each change in words for the caption, "a → b", with its date, or said
    midway (empty when no line is drawn)."""
    from ...datasets.published import family_end
    from ..waves import wave_date

    if "series" not in d or d["series"].nunique() < 2:
        return []
    spans = d.groupby("series")["_x"].agg(["min", "max"]).sort_values("min")

    def family(k) -> tuple[str, str]:
        fam = d.loc[d["series"] == k, "base_family"].iloc[0] if "base_family" in d else k
        # in English, our translation of the base (as the caption's bases), else quoted
        return str(fam), (base_words(fam, d["collectivity_type"].iloc[0], lang)
                          if lang == "en" else str(fam))

    changes = []
    for (ka, a), (kb, b) in zip(spans.iloc[:-1].iterrows(), spans.iloc[1:].iterrows()):
        if a["max"] < b["min"]:
            (old, old_words), (_, new_words) = family(ka), family(kb)
            change = f"{old_words} → {new_words}"
            end = family_end(old)
            at = None
            if end is not None:
                y, m, day = (int(v) for v in end["ends"].split("-"))
                at = y + (m - 1) / 12 + (day - 1) / 365  # the axis: years, months in twelfths
                if not a["max"] < at <= b["min"]:  # a figure of the old base after it: not it
                    at = None
            if at is None:
                ax.axvline((a["max"] + b["min"]) / 2, color="#888888", lw=0.9, ls=":",
                           zorder=1, gid="family-break")
                changes.append(msg("family-break-midway", lang, change=change))
            else:
                ax.axvline(at, color="#888888", lw=0.9, ls=":", zorder=1, gid="family-break")
                changes.append(msg("family-break-dated", lang, change=change,
                                   date=wave_date(end["ends"], lang),
                                   what=msg(f"pub-family-change-{end['change']}", lang)))
    return changes


def _by_platform(d: pd.DataFrame, lang: str, title: str | None, size, colorblind: bool,
                 survey: pd.DataFrame | None) -> Figure:
    order = {p: i for i, p in enumerate(PLATFORMS)}
    plats = sorted(dict.fromkeys(d["platform"]), key=lambda p: (p == "any", order.get(p, 99)))
    colors = platform_colors(plats, colorblind)
    years = sorted({int(y) for y in d["year"]})
    size = sized(size, (8, 5), 6)
    labels, ends = [], []
    broken = False
    with style():
        fig = figure(size)
        ax = fig.add_subplot()
        for p in plats:
            g = d[d["platform"] == p].sort_values("year", kind="stable")
            xs = g["year"].astype(int).tolist()
            ys = g["share"].astype(float).tolist()
            ns = g["n_base"].tolist() if "n_base" in g else [None] * len(xs)
            ax.plot(xs, ys, color=colors[p], marker="o", ms=5, ls="none", gid=f"points:{p}")
            for a in range(len(xs) - 1):  # a wave whose base differs is not joined: a break
                if ns[a] == ns[a + 1]:
                    ax.plot(xs[a:a + 2], ys[a:a + 2], color=colors[p], lw=2,
                            ls="--" if p == "any" else "-", gid=f"line:{p}")
                else:
                    broken = True
            for x, y in zip(xs[:-1], ys[:-1]):  # the last value goes with the name, right
                labels.append((x, y, fmt_share(y, lang),
                               {"fontsize": 8, "color": colors[p], "gid": f"point:{x}:{p}",
                                "prefer_left": x == years[0]}))
            ends.append((xs[-1], ys[-1], f"{fmt_share(ys[-1], lang)}  {platform_label(p, lang)}",
                         {"fontsize": 8.5, "color": colors[p], "fontweight": "bold",
                          "gid": f"point:{xs[-1]}:{p}:name"}))
        pad = 0.35 if len(years) > 1 else 0.6
        ax.set_xlim(years[0] - pad, years[-1] + pad + 0.9)
        ax.xaxis.set_major_locator(FixedLocator(years))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: str(int(v))))
        ax.set_ylim(0, 1.08)
        ax.yaxis.set_major_locator(FixedLocator([0, 0.25, 0.5, 0.75, 1.0]))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_share_tick(v, lang)))
        ax.grid(axis="x", visible=True)
        t = d["collectivity_type"].iloc[0]
        put_title(fig, title or msg("title-trend-survey", lang,
                                    what=type_label(t, lang, True).capitalize(),
                                    years=years_words(d)),
                  fictitious=records_fictitious(d, survey), lang=lang)
        caption(fig, published_caption(d, lang, [msg("note-base-break", lang)] if broken else [],
                                       survey=survey))
        _end_labels(ax, ends)
        place_labels(ax, _one_label_per_value(labels))
    return fig


def _one_label_per_value(labels: list[tuple]) -> list[tuple]:
    """Several series with the same share at the same wave: one grey label for them all."""
    seen: dict[tuple, int] = {}
    for x, y, s, kw in labels:
        seen[(x, s)] = seen.get((x, s), 0) + 1
    out, done = [], set()
    for x, y, s, kw in labels:
        if seen[(x, s)] > 1:
            if (x, s) in done:
                continue
            done.add((x, s))
            kw = {**kw, "color": "#333333"}
        out.append((x, y, s, kw))
    return out


def _end_labels(ax, ends: list[tuple]) -> None:
    """Platform names right of the last point, spread vertically so they never touch."""
    fig = ax.get_figure()
    fig.canvas.draw()
    fig.set_layout_engine("none")
    px = ax.get_window_extent().height
    h = 8.5 * 1.45 / 72 * fig.dpi / px * (ax.get_ylim()[1] - ax.get_ylim()[0])  # one text line
    ys = sorted(((y, i) for i, (_, y, _, _) in enumerate(ends)), reverse=True)
    pos: dict[int, float] = {}
    prev = None
    for y, i in ys:
        y2 = y if prev is None else min(y, prev - h)
        pos[i] = y2
        prev = y2
    low = min(pos.values()) if pos else 0
    if low < 0.02:
        shift = 0.02 - low
        pos = {i: v + shift for i, v in pos.items()}
    for i, (x, y, s, kw) in enumerate(ends):
        ax.plot([x + 0.04, x + 0.16], [y, pos[i]], color=kw["color"], lw=0.6)
        ax.text(x + 0.18, pos[i], s, va="center", ha="left", **kw)
