"""Heatmap: types (one row per figure when sources disagree) × platforms, % in each cell."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ...domain.errors import NoDataError
from ...domain.registry import PLATFORMS
from ...messages import text as msg
from ..formats import fmt_share, platform_label, published_digits, type_label
from .captions import (cited_date, derived_mark, published_caption, records_fictitious, source_words,
                       years_words)
from .frames import check_frame
from .style import caption, figure, style
from .style import sized
from .style import title as put_title
from ..views import flag_marks, flag_notes, measure_mark, measure_notes

__all__ = ["heatmap"]


def _cells(d: pd.DataFrame, lang: str) -> list[tuple[str, str, dict[str, tuple[float, str, str, int]]]]:
    """Rows ``(type, label, {platform: (share, source, mark, digits)})``, the mark "*" for a
    share derived from the source's wording (:func:`derived_mark`), ``digits`` the decimals
    the source printed it with (:func:`published_digits`: "13,7 %" as compare shows it): one row per type, or per type ×
    source in words when a type has several figures for a platform. Two sources read the
    same ("Adverbia, 2012") share a row when their platforms differ; no figure is dropped."""
    rows: list[tuple[str, str, dict]] = []
    for t in dict.fromkeys(d["collectivity_type"]):
        g = d[d["collectivity_type"] == t]
        split = g.duplicated(["platform"]).any()
        for _, r in g.iterrows():
            label = type_label(t, lang, True)
            if split:
                label += f" — {source_words(str(r['source']), lang)}, {cited_date(r, lang)}"
            # "*" (from wording) and compare's marks of its measure ("92 %°": of those
            # present) and flags ("56,7 %‡": disputed)
            cell = (float(r["share"]), str(r["source"]), derived_mark(r) + measure_mark(r) + flag_marks(r),
                    published_digits(r))
            n = 1
            while True:
                name = label if n == 1 else f"{label} ({n})"
                row = next((x for x in rows if x[0] == t and x[1] == name), None)
                if row is None:
                    rows.append((t, name, {r["platform"]: cell}))
                    break
                if r["platform"] not in row[2] and not _other_account(row[2], cell, d):
                    row[2][r["platform"]] = cell
                    break
                n += 1
    return rows


def _other_account(cells: dict, cell: tuple, d: pd.DataFrame) -> bool:
    """Whether ``cell``'s source gives a figure on a platform that the row holds from another
    source: two accounts of one study read the same ("Institut Edgar Quinet, mars 2013"),
    and one's X figure beside the other's Facebook figure would credit it to the other.
    Sources of one label that share no platform (one id per platform) share a row."""
    others = {p for p, c in cells.items() if c[1] != cell[1]}
    return bool(others & set(d.loc[d["source"].astype(str) == cell[1], "platform"]))


def heatmap(df: pd.DataFrame, lang: str = "fr", title: str | None = None,
            size: tuple[float, float] | None = None, colorblind: bool = False,
            survey: pd.DataFrame | None = None) -> Figure:
    """Share present by type and platform, the percentage written in every cell.

    The shape follows the data: cells about square, one row is one strip of
    cells, not giant stripes. Column labels are wrapped above the cells; "au moins
    un réseau" is set apart by a white gap. The sequential palette (cividis with
    ``colorblind``) is readable in grey and by colour-blind readers; the numbers are
    written, so there is no colour bar. A share derived from the source's wording
    ("toutes les régions" = 100 %) is starred, as in :func:`adoption`, with the
    caption's note.

    Parameters
    ----------
    df : DataFrame
        Records of :func:`barometre.compare` or :func:`barometre.adoption`.
    lang : {"fr", "en"}
    title : str, optional
        Replaces the title (a chart of fictitious data keeps its mark, « (données
        fictives) », at its end).
    size : (width, height) in inches, optional (default: from the rows and platforms)
        A pair, or the command line's ``--size`` text (``"8x4.5"``); each side 1 to 40
        inches (``UsageError`` ``chart-bad-size``, ``chart-size-range``).
        A size too small to read is refused (``UsageError`` ``chart-too-small``).
    colorblind : bool
        The cividis palette instead of yellow-green-blue.
    survey : DataFrame, optional
        The survey the records come from (for the caption).

    Examples
    --------
    >>> import barometre as bm
    >>> fig = bm.charts.heatmap(bm.compare("region", year=2015, source="ideose"))
    >>> fig.get_suptitle()
    'Présence par type et par réseau, 2015'
    """
    check_frame(df, "heatmap")
    d = df[df["share"].notna()].reset_index(drop=True)
    if d.empty:
        raise NoDataError.of("chart-no-rows")
    order = {p: i for i, p in enumerate(PLATFORMS)}
    plats = sorted(dict.fromkeys(d["platform"]), key=lambda p: (p == "any", order.get(p, 99)))
    rows = _cells(d, lang)
    row_labels = [name for _, name, _ in rows]
    grid = np.full((len(rows), len(plats)), np.nan)
    for i, (_, _, cells) in enumerate(rows):
        for p, (share, *_) in cells.items():
            grid[i, plats.index(p)] = share
    longest = max(len(s) for s in row_labels)
    label_in = min(longest * 0.075, 3.2)
    natural = (min(max(label_in + 0.95 * len(plats) + 0.6, 6.0), 12),
               min(2.3 + 0.5 * len(rows), 10))
    size = sized(size, natural, min(natural[0], label_in + 0.8 * len(plats) + 0.5))
    with style():
        fig = figure(size)
        ax = fig.add_subplot()
        marks: set[str] = set()
        cmap = "cividis" if colorblind else "YlGnBu"
        ax.imshow(np.ma.masked_invalid(grid), cmap=cmap, vmin=0, vmax=1, aspect="auto")
        for i, (t, _, cells) in enumerate(rows):
            for j, p in enumerate(plats):
                v = grid[i, j]
                if not np.isnan(v):
                    _, s, mark, digits = cells[p]
                    marks |= {mark} - {""}
                    dark = v > 0.55 if not colorblind else v < 0.45
                    ax.text(j, i, fmt_share(v, lang, digits) + mark, ha="center", va="center",
                            fontsize=9,
                            color="white" if dark else "#222222",
                            gid=f"cell:{t}:{p}:{s}")
        col_labels = [textwrap.fill(platform_label(p, lang), 14, break_on_hyphens=False)
                      for p in plats]
        ax.set_xticks(range(len(plats)), col_labels, fontsize=8.5)
        ax.xaxis.tick_top()
        ax.set_yticks(range(len(rows)), [textwrap.fill(s, 42, break_on_hyphens=False) for s in row_labels], fontsize=9)
        if "any" in plats and len(plats) > 1:
            ax.axvline(len(plats) - 1.5, color="white", lw=5)
        ax.grid(False)
        for sp in ax.spines.values():
            sp.set_visible(False)
        types = list(dict.fromkeys(d["collectivity_type"]))
        put_title(fig, title or (
            msg("title-heatmap-one", lang, what=type_label(types[0], lang, True).capitalize(),
                years=years_words(d)) if len(types) == 1 else
            msg("title-heatmap", lang, years=years_words(d))),
            fictitious=records_fictitious(d, survey), lang=lang)
        notes = [msg("note-derived", lang)] if any("*" in m for m in marks) else []
        notes += measure_notes(d.to_dict("records"), lang)  # "°", "§": as compare says
        notes += flag_notes(d.to_dict("records"), lang)  # why "‡", "≈", "†": as compare says
        caption(fig, published_caption(d, lang, notes, survey=survey))
    return fig
