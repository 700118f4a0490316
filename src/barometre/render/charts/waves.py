"""Charts of barometer waves: adoption per wave on a date axis, and changes as a dumbbell.

Each function returns a Figure in the house style and draws what
:mod:`barometre.analysis.waves` computed, nothing more.

Examples
--------
>>> import barometre as bm
>>> w = bm.read_waves(bm.demo_file("releves"))  # two yearly waves, fictitious data
>>> fig = bm.charts.wave_trend(bm.wave_trend(w, platforms=["x"]))
>>> fig = bm.charts.changes(bm.changes(w))
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from matplotlib.dates import DateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from ...domain.registry import TYPES
from ...messages import text
from ..formats import fmt_int, fmt_share_tick, platform_label, type_label
from ..views import annuaire_notes_of, base_label, design_changes_note
from ..waves import (annuaire_code, coinciding_lines, fmt_points, not_read_lines, p_words, sure_range_example, untested, wave_date, wave_random_draw_notes,
                     wave_words, waves_base)
from .captions import is_fictitious
from .frames import check_frame
from .style import (ANY_COLOR, PEER, caption, chart_size, dodge_offsets, dodged, figure,
                    platform_colors, stagger_xticks, style,
                    title as set_title)

__all__ = ["wave_trend", "changes"]

OLD = PEER  # the old wave: grey; the new wave: the platform's colour


def _fictitious(df: pd.DataFrame, lang: str) -> str:
    """The reader's marker (``attrs["fictitious"]``), never the files' names."""
    return _cap(text("waves-chart-fictitious", lang).lstrip(" —")) + "." if is_fictitious(df) else ""


def _sentences(parts: list[str]) -> list[str]:
    """Each caption line a sentence with its full stop, as the other charts' captions."""
    return [p if not p or p.endswith(".") else p + "." for p in parts]


def _cap(words: str) -> str:
    return words[:1].upper() + words[1:]


def _wave_x(label: str) -> dt.date:
    """A wave on the date axis: its date, or the middle of its year when only the year is known."""
    return dt.date.fromisoformat(label) if len(label) == 10 else dt.date(int(label), 7, 1)


def wave_trend(df: pd.DataFrame, lang: str = "fr", title: str | None = None,
               size: tuple[float, float] = (8, 4.8), colorblind: bool = False) -> Figure:
    """One line per platform across waves, on a date axis; 95 % interval bars for samples.

    ``df`` is :func:`barometre.analysis.waves.wave_trend`. A census wave has no bar. The
    caption gives each point's base (its wave's entities, its platform's n) and, when a
    wave read part of its base, that a line may join different entities.

    Parameters
    ----------
    df : DataFrame
        :func:`barometre.wave_trend`'s table.
    lang : {"fr", "en"}
    title : str, optional
        Replaces the title (a chart of fictitious data keeps its mark, « (données
        fictives) », at its end).
    size : (width, height) in inches, default (8, 4.8)
        A pair, or the command line's ``--size`` text (``"8x4.5"``); each side 1 to 40
        inches (``UsageError`` ``chart-bad-size``, ``chart-size-range``).
    colorblind : bool
        Okabe-Ito colours instead of the platforms' brand colours.

    Examples
    --------
    The two waves of the demo long file (fictitious data): every département in both, so
    censuses, without bars.

    >>> import barometre as bm
    >>> w = bm.read_waves(bm.demo_file("releves"))
    >>> fig = bm.charts.wave_trend(bm.wave_trend(w, platforms=["x", "tiktok"]))
    >>> fig.get_suptitle()
    'Départements : part des collectivités présentes à chaque vague\\n(données fictives)'
    >>> print(fig.get_supxlabel())
    Source : enquête releves-departements-donnees-fictives.csv — barres : intervalle de confiance à 95 % (pas de barre pour une
    vague exhaustive).
    n de chaque point (ayant répondu pour le réseau à la vague, sur 101 départements) — 15 octobre 2024 (101 dans la vague) : X
    (ex-Twitter) 101, TikTok 101 ; 15 octobre 2025 (101 dans la vague) : X (ex-Twitter) 101, TikTok 101.
    Données fictives.
    """
    check_frame(df, "wave_trend")
    colors = platform_colors(list(dict.fromkeys(df["platform"])), colorblind)
    with style():
        fig = figure(chart_size(size))
        ax = fig.add_subplot()
        series = list(df.groupby("platform", sort=False))
        # the interval bars of several platforms at one wave set apart (Facebook 59–95 %,
        # Instagram 36–91 % on one vertical line read as one bar): each series a few points
        # aside, its line and points with its bars; the dates of the axis stay true
        bars = bool((~df["census"].fillna(False).astype(bool) & df["ci_low"].notna()).any())
        offsets = dodge_offsets(len(series)) if bars else [0.0] * len(series)
        for (p, g), dx in zip(series, offsets):
            color = colors[p]
            xs = [_wave_x(w) for w in g["wave"]]
            ys = g["share"].astype(float).tolist()
            dashed = p == "any"  # "at least one": dashed, drawn over the platform it may hide
            drawn = ax.plot(xs, ys, color=ANY_COLOR if dashed else color,
                            lw=1.2 if dashed else 1.8, ls="--" if dashed else "-", marker="o",
                            ms=4 if dashed else 6, label=platform_label(p, lang),
                            gid=f"line:{p}", zorder=3 if dashed else 2)
            for x, r in zip(xs, g.itertuples()):
                if not r.census and pd.notna(r.ci_low):
                    drawn += ax.plot([x, x], [r.ci_low, r.ci_high], color=color, lw=1,
                                     alpha=0.6, gid=f"ci:{p}:{r.wave}")
                if untested(r):  # no random sample of its type: « † », no bar, as compare
                    drawn.append(ax.annotate("†", (x, r.share), xytext=(4, 3),
                                             textcoords="offset points", fontsize=9,
                                             color=ANY_COLOR if dashed else color,
                                             gid=f"mark:{p}:{r.wave}"))
            dodged(ax, drawn, dx)
        ax.xaxis.set_major_formatter(DateFormatter("%m/%Y"))
        ticks = sorted({_wave_x(w) for w in df["wave"]})
        ax.set_xticks(ticks, [wave_date(w, lang) for w in dict.fromkeys(
            sorted(df["wave"], key=_wave_x))])
        ax.set_ylim(0, 1.08)
        ax.margins(x=0.12)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_share_tick(v, lang)))
        t = str(df["collectivity_type"].iloc[0]) if len(df) else ""
        # the base said (within, panel) names what is counted, as compare's chart title
        kind = (base_label(df, t, lang, count=False) or type_label(t, lang, plural=True)
                if t else "")
        set_title(fig, title or text("waves-chart-trend-title", lang, type=_cap(kind)),
                  fictitious=is_fictitious(df), lang=lang)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7.5)
        sources = list(dict.fromkeys(df["source"]))
        annuaire = bool(df.attrs.get("annuaire"))
        # a wave marked « † » has no bar either: the caption says so, its note why
        marked = "-marked" if not annuaire and "flags" in df and any(
            untested(r) for r in df.to_dict("records")) else ""
        # « pas de barre pour une vague exhaustive » only where a wave is one (des24)
        if not annuaire and not df["census"].fillna(False).astype(bool).any():
            marked += "-nocensus"
            if "-marked" in marked and all(untested(r) for r in df.to_dict("records")):
                marked = "-all-marked"  # no bar at all: none of a 95 % interval to name
        # whiskers of a small part read as a random draw: what they assume, as compare's
        # chart says it, in words (« tirage au hasard supposé : si les entités ont été choisies… »)
        draw = "".join(("; " if lang == "en" else " ; ") + x
                       for x in wave_random_draw_notes(df, lang, short=True))
        caption(fig, _sentences([text(annuaire_code("waves-chart-trend-caption", annuaire) + marked, lang,
                                      sources=", ".join(sources), bars=_bars_said(df, lang),
                                      s="" if len(sources) == 1 else "s") + draw,
                                 *_base_said(df, lang), *_point_bases(df, lang),
                                 *_coinciding(df, lang),
                                 *_trend_notes(df, lang), _fictitious(df, lang)]))
        stagger_xticks(ax)
    return fig


def _bars_said(df: pd.DataFrame, lang: str) -> str:
    """What the bars drawn are: 95 % intervals; sure ranges (``ci_kind`` "sure": the whole
    possible range k/N–(k + u)/N, a certainty, never called a confidence interval) when
    every bar is one; else the sure ones named by platform and wave."""
    from ...messages import Day

    if "ci_kind" not in df.columns:
        return text("waves-chart-bars-ci", lang)
    drawn = df[~df["census"].fillna(False).astype(bool) & df["ci_low"].notna()]
    sure = drawn[(drawn["ci_kind"] == "sure").fillna(False).astype(bool)]
    if not len(sure):
        return text("waves-chart-bars-ci", lang)
    if len(sure) == len(drawn):
        return text("waves-chart-bars-sure", lang)
    points = ", ".join(
        f"{platform_label(p, lang)} "
        + (Day.fromisoformat(w).render(lang) if len(str(w)) == 10 else str(w))
        for p, w in zip(sure["platform"], sure["wave"]))
    return text("waves-chart-bars-some-sure", lang, points=points)


#: past this many points, each wave's n is said as a range (a monthly series of nine
#: platforms would fill the image with numbers)
MAX_POINTS_SAID = 24


def _point_bases(df: pd.DataFrame, lang: str) -> list[str]:
    """Each point's base, as ``trend --data``'s table gives it: per wave (oldest first),
    the entities read in it and each platform's n (those that answered for it), « n de
    chaque point (ayant répondu pour le réseau à la vague, sur 101 départements) —
    15/10/2024 (27 dans la vague) : Facebook 26, Instagram 27 ; 10/03/2025 (11 dans la
    vague) : Facebook 11 ; … », a range per wave past :data:`MAX_POINTS_SAID` points; then,
    when a wave read only part of its base (no ``panel``, not a census), that a line joins
    different entities. Nothing for a frame without its bases."""
    from ...messages import Day

    if not len(df) or not {"n_base", "n_surveyed", "wave"} <= set(df.columns):
        return []
    t = str(df["collectivity_type"].iloc[0])
    sep = "; " if lang == "en" else " ; "
    waves = list(dict.fromkeys(sorted(df["wave"], key=_wave_x)))
    many = len(df) > MAX_POINTS_SAID
    items = []
    for w in waves:
        g = df[df["wave"] == w]
        date = Day.fromisoformat(w).render(lang) if len(str(w)) == 10 else str(w)
        k = fmt_int(int(g["n_surveyed"].max()), lang)
        ns = [int(n) for n in g["n_base"]]
        if many:
            items.append(text("waves-chart-trend-bases-range", lang, date=date, k=k,
                              lo=fmt_int(min(ns), lang), hi=fmt_int(max(ns), lang)))
        else:
            full = int(g["n_surveyed"].max())
            other = [(p, n) for p, n in zip(g["platform"], ns) if n != full]
            points = ", ".join(f"{platform_label(p, lang)} {fmt_int(n, lang)}"
                               for p, n in (other if len(ns) - len(other) >= 3
                                            else zip(g["platform"], ns)))
            # three platforms or more answered by the whole wave: said once, « 101 pour
            # chaque réseau sauf Instagram 100 » (the list took the plot's room at 5 x 3 in)
            code = ("waves-chart-trend-bases-wave" if len(ns) - len(other) < 3 else
                    "waves-chart-trend-bases-except" if other else "waves-chart-trend-bases-all")
            items.append(text(code, lang, date=date, k=k, points=points))
    refs = df["n_reference"].dropna() if "n_reference" in df else df["n_base"].iloc[:0]
    of = ""
    if not waves_base(df, lang) and len(refs):  # a base said (within, panel): its own line
        total = int(refs.iloc[0])
        of = text("waves-chart-trend-bases-of", lang, total=fmt_int(total, lang),
                  label=type_label(t, lang, plural=total > 1))
    out = [text(annuaire_code("waves-chart-trend-bases", df.attrs), lang, of=of,
                items=sep.join(items))]
    # a wave of part of its base: the entities may change from wave to wave (a panel, a
    # census at every wave: the same entities)
    partial = len(refs) == len(df) and bool((df["n_surveyed"].astype(float)
                                             < df["n_reference"].astype(float)).any())
    if len(waves) > 1 and partial and not df.attrs.get("panel"):  # a panel: its own entities
        fem = "-f" if (ty := TYPES.get(t)) is not None and ty.feminine else ""
        out.append(text("waves-chart-trend-differ" + fem, lang,
                        label=type_label(t, lang, plural=True)))
    return out


def _coinciding(df: pd.DataFrame, lang: str) -> list[str]:
    """The lines drawn one over the other (the same share at every wave), named with their
    shares: the legend lists seven platforms, three lines show."""
    waves = list(dict.fromkeys(sorted(df["wave"], key=_wave_x)))
    series = []
    for p, g in df.groupby("platform", sort=False):
        share = dict(zip(g["wave"], g["share"]))
        series.append((platform_label(p, lang), [share.get(w) for w in waves]))
    return coinciding_lines(series, lang)


def _base_said(df: pd.DataFrame, lang: str) -> list[str]:
    """« Base : 14 communautés d'agglomération du panel (exhaustif) » under ``within`` or
    ``panel`` (:func:`~barometre.render.waves.waves_base`), as compare's chart says it; « exhaustif »
    when every figure drawn is a census of it. Nothing for the type's in France."""
    from ..views import panel_out_notes

    base = waves_base(df, lang)
    if not base:
        return []
    census = "census" in df and len(df) and bool(df["census"].astype(bool).all())
    # a panel over waves: the entities not in every wave, out of it, said once
    return [text("chart-base", lang, base=base)
            + (f" ({text('waves-census', lang)})" if census else ""),
            *panel_out_notes(df, lang)]


def _with_comparable(said: list[str], d: pd.DataFrame, lang: str) -> list[str]:
    """The changes chart's base line (:func:`_base_said`) followed by the comparable
    entities its shares count when some of the base are not comparable: « Base : 13
    départements du panel ; parts sur les 12 comparables (réponse connue aux deux vagues) »,
    a platform of another count named (« 11 sur LinkedIn »). ``d``: the rows drawn."""
    if not said or "n_paired" not in d or "not_comparable" not in d or not len(d):
        return said
    if not (d["not_comparable"].fillna(0) > 0).any():
        return said
    counts = [int(n) for n in d["n_paired"]]
    most = max(set(counts), key=lambda n: (counts.count(n), n))
    others = {}
    for p, n in zip(d["platform"], counts):
        if n != most:
            others.setdefault(n, []).append(platform_label(p, lang))
    sep = "; " if lang == "en" else " ; "
    items = sep.join(text("waves-chart-comparable-other", lang, n=fmt_int(n, lang),
                          platforms=", ".join(ps)) for n, ps in others.items())
    return [said[0] + text(annuaire_code("waves-chart-comparable", d.attrs), lang,
                           n=fmt_int(most, lang),
                           others=f" ({items})" if items else ""), *said[1:]]


def _comparable_bases(d: pd.DataFrame, t: str, lang: str) -> list[str]:
    """Each share's base under the changes chart when no base is said (within, panel say
    theirs, :func:`_with_comparable`): the entities comparable on each platform drawn,
    of those of either wave, « Parts sur les départements comparables (réponse connue aux
    deux vagues) : Facebook 23, Instagram 21, sur les 30 de l'une ou l'autre vague ».
    ``d``: the rows drawn."""
    if not len(d) or not {"n_paired", "not_comparable"} <= set(d.columns):
        return []
    ns = [int(n) for n in d["n_paired"]]
    totals = [n + int(x) for n, x in zip(ns, d["not_comparable"].fillna(0))]
    one = len(set(totals)) == 1  # the entities of either wave, the same on every platform
    of = " of " if lang == "en" else " sur "
    items = ", ".join(f"{platform_label(p, lang)} {fmt_int(n, lang)}"
                      + ("" if one else of + fmt_int(k, lang))
                      for p, n, k in zip(d["platform"], ns, totals))
    label = type_label(t, lang, plural=True) if t else ("entities" if lang == "en" else "entités")
    if not one:
        return [text(annuaire_code("waves-chart-changes-bases-each", d.attrs), lang,
                     items=items, label=label)]
    return [text(annuaire_code("waves-chart-changes-bases", d.attrs), lang, items=items,
                 total=fmt_int(totals[0], lang), label=label)]


def _trend_notes(df: pd.DataFrame, lang: str) -> list[str]:
    """What ``trend --data`` says under its table, said under the chart too: the waves whose
    « au moins un réseau » was left out (a share over other networks: why a point is
    missing from the dashed line), and the waves whose file holds a part of the type whole
    or a sample of some bands (their share is not the whole type's)."""
    from ...analysis.waves import any_left_out_note
    from ..views import design_wave_notes

    from ..views import annuaire_notes_of

    note = any_left_out_note(df) if df.attrs.get("any_left_out") else None
    return (([note.render(lang)] if note is not None else []) + design_wave_notes(
        df.attrs.get("design") or {}, lang, words=True,
        waves=df["wave"].unique() if "wave" in df.columns else None) + annuaire_notes_of(df, lang))



def _range_of(r: Any) -> tuple[Any, Any]:
    """A row's sure range of the change (``change_low``, ``change_high``), or none."""
    return getattr(r, "change_low", None), getattr(r, "change_high", None)


def changes(df: pd.DataFrame, lang: str = "fr", title: str | None = None,
            size: tuple[float, float] = (8, 4.8), colorblind: bool = False) -> Figure:
    """A dumbbell per platform: share at the old wave (grey) → share at the new wave.

    ``df`` is :func:`barometre.analysis.waves.changes`: shares over the comparable
    entities, each row labelled with its change in points and McNemar's p-value (or
    "exhaustif"); the caption gives each platform's comparable entities, of those of
    either wave.

    Parameters
    ----------
    df : DataFrame
        :func:`barometre.changes`'s table (its ``attrs`` give the waves and the type).
    lang : {"fr", "en"}
    title : str, optional
        Replaces the title (a chart of fictitious data keeps its mark, « (données
        fictives) », at its end).
    size : (width, height) in inches, default (8, 4.8)
        A pair, or the command line's ``--size`` text (``"8x4.5"``); each side 1 to 40
        inches (``UsageError`` ``chart-bad-size``, ``chart-size-range``).
    colorblind : bool
        Okabe-Ito colours instead of the platforms' brand colours.

    Examples
    --------
    >>> import barometre as bm
    >>> w = bm.read_waves(bm.demo_file("releves"))  # fictitious data
    >>> fig = bm.charts.changes(bm.changes(w))
    >>> fig.get_suptitle()
    'Départements : du 15 octobre 2024 au 15 octobre 2025 (données fictives)'
    """
    check_frame(df, "changes")
    d = df[df["share_old"].notna() & df["share_new"].notna()].reset_index(drop=True)
    colors = platform_colors(list(d["platform"]), colorblind)
    with style():
        fig = figure(chart_size(size))
        ax = fig.add_subplot()
        n = len(d)
        for k, r in enumerate(d.itertuples()):
            y = n - 1 - k  # first platform on top
            color = colors[r.platform]
            a, b = float(r.share_old), float(r.share_new)
            ax.plot([a, b], [y, y], color=color, lw=2.2, alpha=0.5, gid=f"bar:{r.platform}")
            ax.plot([a], [y], "o", color=OLD, ms=8, gid=f"old:{r.platform}")
            ax.plot([b], [y], "o", color=color, ms=8, gid=f"new:{r.platform}")
            mixed = untested(r)
            # no test on waves far from the type's proportions: the † note says why; both
            # waves holding every entity: the sure range of the change, not a p
            note = (f"{fmt_points(r.change, lang)}†" if mixed else
                    f"{fmt_points(r.change, lang)} "
                    f"({p_words(r.p_value, bool(r.census), lang, *_range_of(r))})")
            ax.annotate(note, (max(a, b), y), xytext=(8, 0), textcoords="offset points",
                        va="center", fontsize=8, gid=f"note:{r.platform}")
        ax.set_yticks(range(n), [platform_label(p, lang) for p in d["platform"]][::-1])
        ax.set_xlim(0, 1.18)
        ax.set_ylim(-0.7, n - 0.3)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_share_tick(v, lang)))
        ax.grid(axis="y", visible=False)
        a = df.attrs
        words = wave_words(lang, old=a.get("old", ""), new=a.get("new", ""))  # dates said once
        t = a.get("collectivity_type") or ""
        kind = (base_label(df, t, lang, count=False) if t else None) or type_label(
            t, lang, plural=True)
        set_title(fig, title or text("waves-chart-changes-title", lang, type=_cap(kind), **words),
                  fictitious=is_fictitious(df), lang=lang)
        t = a.get("collectivity_type") or ""
        fem = "-f" if (ty := TYPES.get(t)) is not None and ty.feminine else ""
        ax.set_xlabel(text("waves-chart-changes-xlabel" + fem, lang,
                           plural=type_label(t, lang, plural=True)))
        ax.plot([], [], "o", color=OLD, label=words["old"])
        # the new dots are each platform's colour, not this neutral one: the label says so
        ax.plot([], [], "o", color="#333333",
                label=text("waves-chart-changes-new", lang, new=words["new"]))
        ax.legend(loc="lower right", fontsize=7.5)
        # one file may hold both waves: name each file once, in order
        files = list(dict.fromkeys(f for fs in (a.get("files") or {}).values() for f in fs))
        # explain p only where a p is drawn (not a census, nor waves far from the type's
        # proportions: their p_value is empty)
        p_shown = bool(d["p_value"].notna().any())
        example = sure_range_example(d, lang)  # a sure range drawn in place of a p
        caption(fig, _sentences([text(annuaire_code("waves-chart-changes-caption", a), lang,
                           sources=", ".join(files),
                           s="" if len(files) == 1 else "s")
                      + (text("waves-chart-mcnemar-note", lang) if p_shown else "")
                      + (text("waves-chart-sure-range-note", lang, example=example)
                         if example else ""),
                      # within, panel: the base compared, and the comparable entities
                      # every share counts (13 in the panel, 12 answered at both waves)
                      *(_with_comparable(_base_said(df, lang), d, lang)
                        or _comparable_bases(d, t, lang)),
                      *not_read_lines(df, lang),  # a platform one wave did not read: no bar
                      *annuaire_notes_of(df, lang),  # Annuaire exports: declared accounts
                      *design_changes_note(a.get("design"), lang, bands=a.get("band_design"),
                                          mix=a.get("mix_design"), words=True),
                      _fictitious(df, lang)]))
    return fig
