"""Adoption: horizontal bars sorted by share, every figure drawn, direct labels."""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib import patheffects
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, FuncFormatter

from ...domain.registry import PLATFORMS
from ...messages import text as msg
from ..formats import (band_said, figure_type_label, fmt_date, fmt_int, fmt_share,
                       fmt_share_tick, is_missing, platform_label, published_digits, type_label)
from .captions import (base_words, cited_date, derived_mark, published_caption, records_fictitious,
                       source_words, years_words)
from .frames import check_frame
from .style import (ANY_COLOR, caption, figure, fit_xlim, platform_colors, series_styles, style)
from .style import sized, thin_xticks
from .style import title as put_title
from ..views import (ci_note, design_notes, flag_marks, flag_notes, measure_mark, measure_notes,
                     base_label, not_an_epci_notes, place_notes, random_draw_notes,
                     type_or_kind_label)

__all__ = ["adoption", "bar_rows", "split_column"]


def split_column(df: pd.DataFrame) -> str | None:
    """The column figures split by size band or category hold (``"strate"``, ``"category"``:
    ``bm.adoption(s, by=…)``, ``bm.compare_survey(s, by=…)``), None for figures of whole
    types."""
    for col in ("strate", "category"):
        if col in df.columns and df[col].notna().any():
            return col
    return None


def _split_words(r, col: str, lang: str) -> str:
    """What a bar of a split figure is of, with its n of its band's or category's N:
    « moins de 500 habitants (n = 211 sur 224) », « Communautés d'agglomération (n = 12
    sur 230) »; a figure of no band (population unknown) said so."""
    from ..views import category_label

    group = r.get(col)
    if is_missing(group):
        said = msg("chart-split-none-" + col, lang)
    else:
        said = band_said(group, lang) if col == "strate" else category_label(group, lang)
    n, total = r.get("n_base"), r.get("n_" + col)
    if is_missing(n):
        return said
    if is_missing(total):
        return f"{said} (n = {fmt_int(n, lang)})"
    return msg("chart-split-n", lang, group=said, n=fmt_int(n, lang),
               total=fmt_int(total, lang))


def _n_words(rows: pd.DataFrame, lang: str) -> str:
    """"n = 101"; an n unknown said with the base the type's figures share, when it says
    more than the type ("communes bretonnes répondant à l'enquête, n inconnu")."""
    r = rows.iloc[0]
    n = r.get("n_base")
    if is_missing(n):
        unknown = "n unknown" if lang == "en" else "n inconnu"
        bases = {base_words(b, r["collectivity_type"], lang, e) for b, e in zip(
            rows["base"] if "base" in rows else [None] * len(rows),
            rows["base_en"] if "base_en" in rows else [None] * len(rows))}
        base = bases.pop() if len(bases) == 1 else ""
        said = base and base.casefold() != type_label(r["collectivity_type"], lang, True).casefold()
        return f"{base}, {unknown}" if said else unknown
    return f"n = {fmt_int(n, lang)}"


def _type_legend(rows: pd.DataFrame, lang: str) -> str:
    """"villes préfectures (n = 101)"; the n is left out when the type's figures differ in it.
    A figure of type ``all`` is named by its base when it is not every collectivité
    ("régions, départements et villes préfectures": ``figure_type_label``)."""
    label = " / ".join(dict.fromkeys(figure_type_label(r, lang, True)
                                     for r in rows.to_dict("records")))
    ns = set(rows["n_base"].astype("Float64").fillna(-1)) if "n_base" in rows else {-1}
    census = "census" in rows and rows["census"].fillna(False).astype(bool).all()
    if len(ns) > 1 or (census and ns == {-1}):  # n varies, or every entity counted
        return label
    return f"{label} ({_n_words(rows, lang)})"


def bar_rows(df: pd.DataFrame) -> tuple[list[tuple[str, list[int]]], bool]:
    """The bars, grouped by platform: ``[(platform, [row positions…]), …]``.

    One type: platforms sorted by their (largest) share, "au moins un réseau" last.
    Several types: platforms in registry order, types in the order given. Within a
    platform and type, the years in chronological order, the same on every platform; the
    figures of one year (several sources) by share, those split by size band or category
    (:func:`split_column`) in the frame's order of bands. Every row of ``df`` is
    in exactly one group: no figure is left out.
    """
    d = df.reset_index(drop=True)
    multi_type = d["collectivity_type"].nunique() > 1
    split = split_column(d)
    order = {p: i for i, p in enumerate(PLATFORMS)}
    plats = list(dict.fromkeys(d["platform"]))
    if multi_type:
        plats.sort(key=lambda p: (p == "any", order.get(p, 99)))
    else:
        best = d.groupby("platform")["share"].max()
        plats.sort(key=lambda p: (p == "any", -float(best[p]), order.get(p, 99)))
    types = list(dict.fromkeys(d["collectivity_type"]))
    groups = []
    for p in plats:
        g = d[d["platform"] == p]
        g = g.assign(_t=g["collectivity_type"].map(types.index), _y=_period_keys(g))
        if split:  # split by band or category: in the frame's order (« < 500 » first),
            # the same on every platform, never by share (bands told apart by their labels)
            groups_order = list(dict.fromkeys(d[split].astype(object).where(
                d[split].notna(), None)))
            g = g.assign(_g=[groups_order.index(None if is_missing(x) else x)
                             for x in g[split]])
            g = g.sort_values(["_t", "_y", "_g"], kind="stable")
        else:
            g = g.sort_values(["_t", "_y", "share"], ascending=[True, True, False],
                              kind="stable")
        groups.append((p, list(g.index)))
    return groups, multi_type


def _period_keys(rows: pd.DataFrame) -> list[float]:
    """Per row, its year (unknown last): the chronological order of the figures of one
    platform. The figures of one year (sources of several months) are not told apart by
    it: their labels date them, their bars keep the order of their shares."""
    return [float("inf") if is_missing(y) else float(y) for y in rows["year"]]


def periods(df: pd.DataFrame) -> list[float]:
    """The years the chart shades apart, oldest first: those of ``df`` when one type's
    platform has figures of several years (a survey's two years), else none (one year;
    several sources of one year are told apart by their labels)."""
    keys = pd.Series(_period_keys(df), index=df.index)
    several = keys.groupby([df["collectivity_type"], df["platform"]]).nunique().max() > 1
    return sorted(set(keys)) if several else []


def period_shades(keys: list[float]) -> dict[float, float]:
    """The strength of the colour of each year's bars: the latest full, the older ones
    lighter (mixed with white), oldest lightest."""
    n = len(keys)
    return {k: 1.0 if n < 2 else 0.4 + 0.6 * i / (n - 1) for i, k in enumerate(keys)}


def _shade(color: str, strength: float) -> tuple[float, float, float]:
    """``color`` mixed with white: ``strength`` 1 is the colour itself."""
    from matplotlib.colors import to_rgb

    return tuple(strength * c + (1 - strength) for c in to_rgb(color))


def _period_words(key: float, lang: str) -> str:
    """A year of the legend: "2024" ("année non précisée" for a figure without one)."""
    return fmt_date(None if key == float("inf") else int(key), None, lang)


def adoption(df: pd.DataFrame, lang: str = "fr", title: str | None = None,
             size: tuple[float, float] | None = None, colorblind: bool = False,
             survey: pd.DataFrame | None = None) -> Figure:
    """Share of collectivités present on each platform, as horizontal bars.

    One type: one bar per platform sorted by share, "au moins un réseau" set apart,
    the share written after each bar, no legend. Several types: grouped bars, one
    colour per type (hatched when there are more types than colours), a legend above the
    bars, each type with its n, or with its base when its n is unknown. Several figures for the same type and
    platform (``--all-sources``): one bar each, labelled with its source. Several years (a
    survey's two years): each platform's bars oldest first, the same order on every
    platform, the older years a lighter shade of the colour, a legend of the years.
    Figures split by size band or category (``bm.adoption(s, by="strate")``,
    ``bm.compare_survey(s, by="category")``): one bar per band, in the frame's order, each
    labelled with its band and its n of the band's N (« moins de 500 habitants (n = 211
    sur 224) »), the title saying « par strate de population » (« par catégorie »).

    Parameters
    ----------
    df : DataFrame
        Records of :func:`barometre.compare` or :func:`barometre.adoption`.
    lang : {"fr", "en"}
    title : str, optional
    size : (width, height) in inches, optional (default: from the number of bars)
        A pair, or the command line's ``--size`` text (``"8x4.5"``); each side 1 to 40
        inches (``UsageError`` ``chart-bad-size``, ``chart-size-range``).
    colorblind : bool
        Okabe-Ito colours instead of the platforms' brand colours; several types: the five
        colours that stay apart for colour-blind readers, hatched beyond five types (without
        it: eleven colours, hatched beyond).
    survey : DataFrame, optional
        The survey the records come from (for the caption).

    Examples
    --------
    Ideose's 2015 figures (published): the title says the year, the caption the source
    (with the medium it was read in, and its address), the bases and the measure.

    >>> import barometre as bm
    >>> fig = bm.charts.adoption(bm.compare("region", year=2015, source="ideose"))
    >>> fig.get_suptitle()
    'Présence sur les réseaux sociaux par type de collectivité, 2015'
    >>> print(fig.get_supxlabel())
    Source : Ideose, via La Gazette des communes, octobre 2015.
    Adresse : https://www.lagazettedescommunes.com/415314/comment-les-reseaux-sociaux-gagnent-les-collectivites-locales/
    Bases : régions (carte d'avant 2016) ; départements ; 101 villes préfectures.
    Mesure : part de toutes les entités de la base.
    """
    check_frame(df, "adoption")
    d = df[df["share"].notna()].reset_index(drop=True)  # a figure without a share has no bar
    if d.empty:
        from ...domain.errors import NoDataError

        raise NoDataError.of("chart-no-rows")
    groups, multi_type = bar_rows(d)
    types = list(dict.fromkeys(d["collectivity_type"]))
    gaps = len(groups) if multi_type or len(d) > len(groups) else 1
    size = sized(size, (8, min(max(2.4 + 0.3 * len(d) + 0.2 * gaps + 0.3 * multi_type, 3.8),
                               11)), 6)
    # one colour per type, hatched beyond the palette: nine types, no two alike
    t_colors = series_styles(types, colorblind)
    p_colors = platform_colors([p for p, _ in groups], colorblind)
    with style():
        fig = figure(size)
        ax = fig.add_subplot()
        keys = periods(d)
        shades = period_shades(keys)
        y, ticks, tick_labels, labels, marks = _draw_bars(ax, d, groups, multi_type, lang,
                                                           t_colors, p_colors, shades)
        notes = []
        if "note-ci" in marks:  # what the whiskers are for, and why some bars have none
            recs = d.to_dict("records")
            notes.append(ci_note([r for r in recs if _whiskered(r)],
                                 [r for r in recs if not _whiskered(r)], lang))
            # a small part of its type read as a sample: its whiskers assume a random draw
            notes[-1] += "".join(("; " if lang == "en" else " ; ") + s
                                 for s in random_draw_notes(df, lang, short=True))
        notes += [msg("note-derived", lang)] if "note-derived" in marks else []
        notes += measure_notes(d.to_dict("records"), lang)  # "°", "§": as compare says
        notes += flag_notes(d.to_dict("records"), lang)  # why "‡", "≈", "†": as compare says
        notes += design_notes(df, lang, words=True)  # a file that is no random sample: what it holds
        notes += place_notes(df, lang, words=True)  # a survey file chosen by place: its départements
        notes += not_an_epci_notes(df, lang)  # the EPCI category « métropole »: not Lyon
        ax.set_yticks(ticks, tick_labels)
        extra = max(0.0, (3 - y) / 2)  # fewer than three bars: keep them slim, centred
        ax.set_ylim(y - 0.5 + extra, -0.5 - extra)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.xaxis.set_major_locator(FixedLocator([0, 0.25, 0.5, 0.75, 1.0]))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_share_tick(v, lang)))
        ax.spines["left"].set_visible(False)
        ax.spines["bottom"].set_visible(False)
        handles, names = [], []
        if multi_type:
            handles = [Patch(facecolor=t_colors[t][0], hatch=t_colors[t][1], edgecolor="white",
                             linewidth=0) for t in types]
            names = [_type_legend(d[d["collectivity_type"] == t], lang) for t in types]
            # a long name (a type said with its base) on a few lines: the legend stays
            # within the figure, the bars keep their width
            names = [textwrap.fill(n, 42, subsequent_indent=" ", break_on_hyphens=False)
                     for n in names]
        if keys:  # the years told apart by their shade: the latest full, older ones lighter
            handles += [Patch(facecolor=_shade(ANY_COLOR, shades[k]), edgecolor="white",
                              linewidth=0, gid=f"legend-period:{_period_words(k, 'en')}")
                        for k in keys]
            names += [_period_words(k, lang) for k in keys]
        if handles:
            ax.legend(handles, names, loc="lower left", bbox_to_anchor=(0, 1.0),
                      ncols=(min(len(types), 2) if multi_type else len(keys)), fontsize=8.5,
                      handlelength=1.2, borderaxespad=0.3)
        # a base said by within or panel: "intercommunalités de l'Ain et de la
        # Loire-Atlantique", "14 communautés d'agglomération du panel"; a file of CA alone:
        # « communautés d'agglomération », its figures' design says it
        what = ", ".join(base_label(df, t, lang) or type_or_kind_label(df, t, lang)
                         for t in types)
        split = split_column(d)
        if split:  # « communes des Hautes-Alpes et de la Lozère par strate de population »
            what = msg("chart-split-title-" + split, lang, types=what)
        put_title(fig, title or (
            msg("title-adoption-types", lang, years=years_words(d)) if multi_type else
            msg("title-adoption", lang, types=what, years=years_words(d))),
            fictitious=records_fictitious(d, survey), lang=lang)
        caption(fig, published_caption(d, lang, notes, survey=survey))
        fit_xlim(ax, labels, 0, 1.0)
        thin_xticks(ax)  # an axis widened for the sources' names: ticks that do not touch
    return fig


def _whiskered(r) -> bool:
    """Whether a figure is drawn with its 95 % whisker: an interval wider than the share
    (none for a census, a count unknown, a share derived from wording…)."""
    lo, hi = r.get("ci_low"), r.get("ci_high")
    return not is_missing(lo) and not is_missing(hi) and float(lo) < float(hi)


def _bar(ax, r, y: float, color: str, label_suffix: str, lang: str,
         hatch: str = "") -> tuple[object, set[str]]:
    """One figure: its bar, its 95 % whisker when n is known, its share written after (with
    the decimals the source printed it with)."""
    share, p = float(r["share"]), r["platform"]
    bar = ax.barh(y, share, height=0.8, color=color, hatch=hatch or None, edgecolor="white",
                  linewidth=0)
    bar.patches[0].set_gid(f"bar:{r['collectivity_type']}:{p}:{r['source']}")
    end, marks = share, set()
    lo, hi = r.get("ci_low"), r.get("ci_high")
    if _whiskered(r):  # a census has none
        eb = ax.errorbar(share, y, xerr=[[share - float(lo)], [float(hi) - share]],
                         fmt="none", ecolor="#333333", elinewidth=0.9, capsize=2.5)
        halo = [patheffects.withStroke(linewidth=2.6, foreground="white")]  # seen on dark bars
        for artist in (*eb.lines[1], *eb.lines[2]):
            artist.set_path_effects(halo)
        end = max(share, float(hi))
        marks.add("note-ci")
    star = derived_mark(r)
    if star:
        marks.add("note-derived")
    # with the decimals the source printed ("13,7 %", as compare shows it) and compare's
    # marks of its measure ("92 %°": of those present) and flags ("56,7 %‡": disputed;
    # notes under the chart)
    words = (fmt_share(share, lang, published_digits(r)) + star + measure_mark(r) + flag_marks(r)
             + label_suffix)
    text = ax.text(end + 0.012, y, words, va="center", fontsize=8.5, gid=f"label:{r['collectivity_type']}:{p}:{r['source']}")
    return text, marks


def _draw_bars(ax, d: pd.DataFrame, groups, multi_type: bool, lang: str, t_colors: dict,
               p_colors: dict, shades: dict | None = None):
    """Every bar, top to bottom: returns the last position, group ticks and labels, the
    value labels and the marks drawn (for the caption's notes); ``shades``: the strength
    of each year's colour (:func:`period_shades`), when the chart has several."""
    y, ticks, tick_labels, labels, marks = 0.0, [], [], [], set()
    split = split_column(d)
    for p, rows in groups:
        if p == "any" and len(groups) > 1:
            y += 0.6  # "au moins un réseau" set apart from the platforms
        pos = []
        multi_src = len(rows) > len({d.at[i, "collectivity_type"] for i in rows})
        for i in rows:
            r = d.loc[i]
            color, hatch = (t_colors[r["collectivity_type"]] if multi_type else
                            (ANY_COLOR if p == "any" else p_colors[p], ""))
            if shades:
                color = _shade(color, shades[_period_keys(d.loc[[i]])[0]])
            # split by band or category: each bar its band and its n of the band's N (the
            # source was said on every bar, 6 bars per platform nothing told apart)
            suffix = (f"  {_split_words(r, split, lang)}" if split else
                      f"  {source_words(str(r['source']), lang)}, {cited_date(r, lang)}"
                      if multi_src else "")
            text, drawn = _bar(ax, r, y, color, suffix, lang, hatch)
            labels.append(text)
            marks |= drawn
            pos.append(y)
            y += 1
        ticks.append(sum(pos) / len(pos))
        tick_labels.append(platform_label(p, lang))
        y += 0.5 if multi_type or multi_src else 0.0
    return y, ticks, tick_labels, labels, marks
