"""Charts: publication-quality, reproducible figures from the analysis frames.

Every function returns a :class:`matplotlib.figure.Figure` built with the
object API (no pyplot state, nothing leaks in long notebook sessions), in the
house style shipped with the package (``barometre.mplstyle``), with a title and
a caption line naming the source(s), year(s) and base. Figures display inline
in Jupyter. :func:`save` writes PNG, SVG or PDF atomically and byte for byte
reproducibly (no dates, no software version, fixed SVG hash salt).

Examples
--------
>>> import barometre as bm
>>> fig = bm.charts.adoption(bm.compare("region", year=2015, source="ideose"))
>>> bm.charts.save(fig, "reports/adoption.png")  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import io
import textwrap
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from .files import check_output, image_metadata, write_atomic
from .formats import (NNBSP, fmt_date, fmt_float, fmt_int, fmt_rank, fmt_share, is_missing,
                         platform_label, type_label)
from ..domain.registry import OKABE_ITO, PLATFORMS, platform_color

__all__ = ["adoption", "trend", "heatmap", "benchmark", "ranking", "scatter", "save", "style",
           "KINDS", "BarometreFigure"]

KINDS = ("adoption", "trend", "heatmap", "benchmark", "ranking", "scatter")
FORMATS = (".png", ".svg", ".pdf")
HIGHLIGHT = "#D55E00"  # Okabe-Ito vermilion: the focus entity
PEER = "#9AA5B1"


class BarometreFigure(Figure):
    """A Figure that shows itself inline in Jupyter without pyplot."""

    def _repr_png_(self) -> bytes:
        buf = io.BytesIO()
        self.savefig(buf, format="png", dpi=100, metadata={"Software": None})
        return buf.getvalue()


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Apply the house style (``barometre.mplstyle``) inside a ``with`` block."""
    path = resources.files("barometre.render").joinpath("barometre.mplstyle")
    with resources.as_file(path) as p, matplotlib.rc_context(fname=str(p)):
        yield


def _figure(size: tuple[float, float]) -> BarometreFigure:
    return BarometreFigure(figsize=size, layout="constrained")


def _pct_axis(ax, lang: str) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_share(v, lang)))


def _caption(fig: Figure, text: str) -> None:
    # supxlabel takes part in the constrained layout: the caption never overlaps the axes.
    width = int(fig.get_figwidth() * 15)  # about 15 characters of 8 pt text per inch
    label = fig.supxlabel(textwrap.fill(text, width), x=0.01, ha="left", fontsize=8,
                          color="#555555")
    label.set_gid("caption")


def _sources_caption(df: pd.DataFrame, lang: str) -> str:
    """"Source : Ideose, octobre 2015 — base : 101 villes préfectures"."""
    from ..datasets.published import sources

    src = sources().set_index("source_id")
    parts = []
    for sid in dict.fromkeys(df["source"]):
        rows = df[df["source"] == sid]
        years = sorted({int(y) for y in rows["year"].dropna()})
        month = rows["month"].dropna().iloc[0] if "month" in rows and rows["month"].notna().any() else None
        when = fmt_date(years[0], month if len(years) == 1 else None, lang) if years else ""
        if len(years) > 1:
            when = f"{years[0]}–{years[-1]}"
        who = src.loc[sid, "publisher"].split(" (")[0] if sid in src.index else f"{'survey' if lang == 'en' else 'enquête'} {sid}"
        parts.append(f"{who}, {when}".strip(", "))
    label = "Source: " if lang == "en" else "Source : "
    text = label + " ; ".join(parts)
    bases = [b for b in dict.fromkeys(df["base"].dropna())] if "base" in df else []
    known = [b for b in bases if b[:1].isdigit()]
    if known:
        text += (" — base: " if lang == "en" else " — base : ") + ", ".join(known[:4])
    if "derived_from_wording" in df and df["derived_from_wording"].fillna(False).astype(bool).any():
        text += " — * " + ("from wording" if lang == "en" else "déduit d'une formulation")
    surveys = [str(sid) for sid in dict.fromkeys(df["source"]) if sid not in src.index]
    return text + (_fictitious_note(" ".join(surveys), lang) if surveys else "")


def _n_label(row, lang: str) -> str:
    if is_missing(row.get("n_base")):
        return "n unknown" if lang == "en" else "n inconnu"
    return f"n = {fmt_int(row['n_base'], lang)}"


def _colors(platforms: list[str], colorblind: bool) -> dict[str, str]:
    if colorblind:
        return {p: OKABE_ITO[i % len(OKABE_ITO)] for i, p in enumerate(platforms)}
    return {p: platform_color(p) for p in platforms}


def adoption(df: pd.DataFrame, lang: str = "fr", title: str | None = None,
             size: tuple[float, float] = (8, 4.8), colorblind: bool = False) -> Figure:
    """Grouped bars: collectivity types × platforms, share with its 95 % CI.

    Parameters
    ----------
    df : DataFrame
        Records of :func:`barometre.compare` (or :func:`barometre.adoption`).
    lang : {"fr", "en"}
    title : str, optional
    size : (width, height) in inches
    colorblind : bool
        Okabe-Ito palette instead of the platforms' brand colours.

    Returns
    -------
    Figure
        One bar per record, labelled with its share; the denominator is in the
        type labels; the caption names the source and base.
    """
    with style():
        fig = _figure(size)
        ax = fig.add_subplot()
        types = list(dict.fromkeys(df["collectivity_type"]))
        plats = [p for p in PLATFORMS if p in set(df["platform"])]
        colors = _colors(plats, colorblind)
        width = 0.8 / max(len(plats), 1)
        labelled: set[str] = set()
        for j, p in enumerate(plats):
            for i, t in enumerate(types):
                rows = df[(df["collectivity_type"] == t) & (df["platform"] == p)]
                if rows.empty:
                    continue
                r = rows.iloc[0]
                x = i - 0.4 + width * (j + 0.5)
                share = float(r["share"])
                bar = ax.bar(x, share, width * 0.92, color=colors[p],
                             label=None if p in labelled else platform_label(p, lang))
                labelled.add(p)
                bar.patches[0].set_gid(f"bar:{t}:{p}")
                top = share
                if (not is_missing(r.get("ci_low")) and not is_missing(r.get("ci_high"))
                        and float(r["ci_low"]) < float(r["ci_high"])):  # a census has no bar
                    ax.errorbar(x, share, yerr=[[share - float(r["ci_low"])],
                                                [float(r["ci_high"]) - share]],
                                fmt="none", ecolor="#333333", elinewidth=1, capsize=3)
                    top = float(r["ci_high"])
                mark = "*" if bool(r.get("derived_from_wording") is True) else ""
                ax.text(x, top + 0.02, fmt_share(share, lang) + mark, ha="center", va="bottom",
                        fontsize=8.5, gid=f"label:{t}:{p}")
        labels = []
        for t in types:
            r = df[df["collectivity_type"] == t].iloc[0]
            labels.append(textwrap.fill(type_label(t, lang, plural=True), 18)
                          + f"\n({_n_label(r, lang)})")
        ax.set_xticks(range(len(types)), labels)
        ax.set_ylim(0, 1.12)
        _pct_axis(ax, lang)
        years = sorted({int(y) for y in df["year"].dropna()})
        default = ("Social media adoption by type of authority" if lang == "en" else
                   "Présence sur les réseaux sociaux par type de collectivité")
        if years:
            default += f" — {years[0]}" if len(years) == 1 else f" — {years[0]}–{years[-1]}"
        ax.set_title(title or default)
        ax.legend(ncols=min(len(plats), 4), loc="upper right")
        ax.set_ylabel("Share of entities" if lang == "en" else "Part des collectivités")
        _caption(fig, _sources_caption(df, lang) + (
            " — error bars: 95% CI where n is known" if lang == "en" else
            f" — traits : IC 95{NNBSP}% quand n est connu"))
    return fig


_MARKERS = ["o", "s", "D", "^", "v", "P", "X", "h", "<", ">", "p", "*"]


def trend(df: pd.DataFrame, lang: str = "fr", title: str | None = None,
          size: tuple[float, float] = (8, 4.8), colorblind: bool = False) -> Figure:
    """One line per type (or per platform) across years, a marker per source.

    Consecutive points from the same source are joined by a solid line; a
    change of source is a dotted segment, so that a break in method stays
    visible.
    """
    with style():
        fig = _figure(size)
        ax = fig.add_subplot()
        d = df[df["year"].notna()].copy()
        by = "platform" if d["platform"].nunique() > 1 else "collectivity_type"
        if by == "collectivity_type" and "series" in d:  # one line per comparable family
            by = "series"
        series = list(dict.fromkeys(d[by]))
        srcs = list(dict.fromkeys(d["source"]))
        marker = {s: _MARKERS[i % len(_MARKERS)] for i, s in enumerate(srcs)}
        for k, key in enumerate(series):
            g = d[d[by] == key].sort_values(["year", "source"], kind="stable")
            color = (platform_color(key) if by == "platform" and not colorblind
                     else OKABE_ITO[k % len(OKABE_ITO)])
            xs, ys, ss = g["year"].astype(int).tolist(), g["share"].astype(float).tolist(), g["source"].tolist()
            for a in range(len(xs) - 1):
                same = ss[a] == ss[a + 1]
                ax.plot(xs[a:a + 2], ys[a:a + 2], color=color, lw=1.8 if same else 1.0,
                        ls="-" if same else ":", gid="segment:same" if same else "segment:break")
            label = platform_label(key, lang) if by == "platform" else (
                f"{type_label(g['collectivity_type'].iloc[0], lang, True)} — {g['base_family'].iloc[0]}"
                if by == "series" else type_label(key, lang, True))
            for x, y, s in zip(xs, ys, ss):
                ax.plot([x], [y], marker=marker[s], color=color, ls="none", ms=6,
                        gid=f"point:{x}:{s}")
            ax.plot([], [], color=color, lw=1.8, label=label)
        for s in srcs:
            ax.plot([], [], marker=marker[s], color="#555555", ls="none", label=s)
        years = sorted(d["year"].astype(int).unique())
        ax.set_xticks(years, [str(y) for y in years])
        ax.set_ylim(0, 1.08)
        _pct_axis(ax, lang)
        ax.grid(axis="x", visible=False)
        first = d.iloc[0]
        what = (platform_label(first["platform"], lang) if by == "collectivity_type"
                else type_label(first["collectivity_type"], lang, True))
        default = (f"{what}: share present, {years[0]}–{years[-1]}" if lang == "en" else
                   f"{what} : part des collectivités présentes, {years[0]}–{years[-1]}")
        ax.set_title(title or default)
        ax.legend(loc="lower right", fontsize=7.5, ncols=2)
        _caption(fig, _sources_caption(d, lang) + (
            " — dotted: change of source" if lang == "en" else " — pointillés : changement de source"))
    return fig


def heatmap(df: pd.DataFrame, lang: str = "fr", title: str | None = None,
            size: tuple[float, float] = (8, 4.2)) -> Figure:
    """Types × platforms, the share written in each cell."""
    with style():
        fig = _figure(size)
        ax = fig.add_subplot()
        types = list(dict.fromkeys(df["collectivity_type"]))
        plats = [p for p in PLATFORMS if p in set(df["platform"])]
        grid = np.full((len(types), len(plats)), np.nan)
        for r in df.itertuples():
            grid[types.index(r.collectivity_type), plats.index(r.platform)] = float(r.share)
        im = ax.imshow(np.ma.masked_invalid(grid), cmap="YlGnBu", vmin=0, vmax=1, aspect="auto")
        for i in range(len(types)):
            for j in range(len(plats)):
                if not np.isnan(grid[i, j]):
                    ax.text(j, i, fmt_share(grid[i, j], lang), ha="center", va="center",
                            color="white" if grid[i, j] > 0.6 else "#222222", fontsize=9,
                            gid=f"cell:{types[i]}:{plats[j]}")
        ax.set_xticks(range(len(plats)), [platform_label(p, lang) for p in plats])
        ax.set_yticks(range(len(types)), [type_label(t, lang, True) for t in types])
        ax.grid(False)
        for s in ax.spines.values():
            s.set_visible(False)
        cb = fig.colorbar(im, ax=ax, shrink=0.8)
        cb.formatter = FuncFormatter(lambda v, _: fmt_share(v, lang))
        cb.update_ticks()
        ax.set_title(title or ("Share present, by type and platform" if lang == "en" else
                               "Part des collectivités présentes, par type et réseau"))
        _caption(fig, _sources_caption(df, lang))
    return fig


def _survey_caption(survey: pd.DataFrame, lang: str, n: int | None = None) -> str:
    f = survey.attrs.get("file")
    name = Path(f).name if f else ("survey" if lang == "en" else "enquête")
    years = sorted({int(y) for y in survey["year"].dropna()}) if "year" in survey else []
    when = f", {years[-1]}" if years else ""
    base = ""
    if n is not None:
        t = survey["collectivity_type"].iloc[0] if len(survey) else ""
        base = f" — base: {n} {type_label(t, lang, True)}" if lang == "en" else \
            f" — base : {n} {type_label(t, lang, True)}"
    note = _fictitious_note(name, lang)
    return (f"Source: {name}{when}" if lang == "en" else f"Source : enquête {name}{when}") + base + note


def _fictitious_note(name: str, lang: str) -> str:
    """Demo and benchmark files are labelled as such on every chart made from them."""
    if any(w in name for w in ("fictive", "synthetique", "synthetic", "demo")):
        return " — fictitious data" if lang == "en" else " — données fictives"
    return ""


def _jitter(n: int) -> np.ndarray:
    """Deterministic spread of peer dots (no randomness: same input, same picture)."""
    return (np.arange(n) * 0.618034 % 1.0 - 0.5) * 0.5


def benchmark(survey: pd.DataFrame, entity: str, platforms: str | Iterable[str] | None = None,
              peers: str = "type", lang: str = "fr", title: str | None = None,
              size: tuple[float, float] = (9, 4.8)) -> Figure:
    """One entity against the distribution of its peers, per platform.

    Two panels: followers (log scale) and followers per 1,000 inhabitants.
    Peers are grey dots, the entity a highlighted dot with its rank written
    next to it ("5e sur 87").
    """
    from ..analysis.survey import _per_1000, _peer_mask, latest
    from ..analysis.survey import benchmark as bench

    b = bench(survey, entity, platforms=platforms, peers=peers)
    snap = latest(survey)
    focus_code = b.attrs["code"]
    focus_row = snap[snap["code"] == focus_code].iloc[0]
    snap = snap[_peer_mask(snap, focus_row, peers)].assign(per_1000=_per_1000)
    plats = list(b["platform"])
    with style():
        fig = _figure(size)
        axes = fig.subplots(1, 2, sharey=True)
        for ax, col, rank_col, n_col, label in (
                (axes[0], "followers", "rank", "n_peers",
                 "Followers (log scale)" if lang == "en" else "Abonnés (échelle log)"),
                (axes[1], "per_1000", "rank_per_1000", "n_peers_per_1000",
                 "Followers per 1,000 inhabitants" if lang == "en" else "Abonnés pour 1 000 habitants")):
            for i, p in enumerate(plats):
                g = snap[(snap["platform"] == p) & snap[col].notna() & (snap["code"] != focus_code)]
                vals = g[col].astype(float).clip(lower=0.1 if col == "followers" else 0).to_numpy()
                ax.scatter(vals, i + _jitter(len(vals)), s=14, color=PEER, alpha=0.8, lw=0,
                           gid=f"peers:{p}")
                me = b.set_index("platform").loc[p]
                v = me["followers"] if col == "followers" else me["followers_per_1000"]
                if not is_missing(v):
                    ax.scatter([float(v)], [i], s=70, color=HIGHLIGHT, zorder=3,
                               edgecolor="white", lw=1, gid=f"focus:{p}")
                    ax.annotate(fmt_rank(me[rank_col], me[n_col], lang), (float(v), i),
                                xytext=(6, 6), textcoords="offset points", fontsize=8.5,
                                color=HIGHLIGHT, fontweight="bold", gid=f"rank:{col}:{p}")
            if col == "followers":
                ax.set_xscale("log")
                ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_int(v, lang)))
            else:
                ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_float(v, 0, lang)))
            ax.set_xlabel(label.replace("1 000", f"1{NNBSP}000") if lang != "en" else label)
            ax.grid(axis="x", visible=True)
            ax.grid(axis="y", visible=False)
        axes[0].set_yticks(range(len(plats)), [platform_label(p, lang) for p in plats])
        axes[0].invert_yaxis()
        name = b.attrs["name"]
        fig.suptitle(title or (f"{name} among its peers" if lang == "en" else
                               f"{name} parmi ses pairs"), x=0.01, ha="left",
                     fontweight="bold", fontsize=13)
        n_peers = snap["code"].nunique()
        _caption(fig, _survey_caption(survey, lang, n_peers) + (
            f" — orange: {name}" if lang == "en" else f" — en orange : {name}"))
    return fig


def ranking(ranks: pd.DataFrame, focus: str | None = None, top: int = 10, lang: str = "fr",
            title: str | None = None, size: tuple[float, float] = (8, 5)) -> Figure:
    """Horizontal bars of the top ``top`` of a ranking, plus the focus entity if outside it.

    Parameters
    ----------
    ranks : DataFrame
        The full ranking from :func:`barometre.rank` (not cut to the top).
    focus : str, optional
        Code or name of the entity to highlight.
    """
    from ..datasets.reference import resolve

    focus_code = None
    if focus:
        t = ranks.attrs.get("collectivity_type")
        focus_code = resolve(focus, type=t).code if not (ranks["code"] == focus).any() else focus
    shown = ranks[ranks["rank"] <= top]
    if focus_code and focus_code not in set(shown["code"]):
        shown = pd.concat([shown, ranks[ranks["code"] == focus_code]])
    metric = ranks.attrs.get("metric", "followers")
    platform = ranks.attrs.get("platform", "")
    with style():
        fig = _figure(size)
        ax = fig.add_subplot()
        ys = np.arange(len(shown))
        colors = [HIGHLIGHT if c == focus_code else platform_color(platform) for c in shown["code"]]
        bars = ax.barh(ys, shown["value"].astype(float), color=colors)
        for bar, code in zip(bars.patches, shown["code"]):
            bar.set_gid(f"bar:{code}" + (":focus" if code == focus_code else ""))
        fmt = (lambda v: fmt_int(v, lang)) if metric == "followers" else (lambda v: fmt_float(v, 1, lang))
        for y, r in zip(ys, shown.itertuples()):
            ax.text(float(r.value), y, " " + fmt(r.value), va="center", fontsize=8.5)
        ax.set_yticks(ys, [f"{r.rank}. {r.name}" for r in shown.itertuples()])
        ax.invert_yaxis()
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt(v)))
        what = ("followers" if metric == "followers" else "followers per 1,000 inhabitants") \
            if lang == "en" else ("abonnés" if metric == "followers" else
                                  f"abonnés pour 1{NNBSP}000 habitants")
        ax.set_title(title or (f"{platform_label(platform, lang)}: top {top}, {what}" if lang == "en"
                               else f"{platform_label(platform, lang)} : les {top} premiers, {what}"))
        source = str(ranks.attrs.get("source", ""))
        _caption(fig, ("Source: " if lang == "en" else "Source : ") + source
                 + (f" — ranked: {len(ranks)}" if lang == "en" else f" — classés : {len(ranks)}")
                 + _fictitious_note(source, lang))
    return fig


def scatter(survey: pd.DataFrame, platform: str, focus: str | None = None,
            type: str | None = None, lang: str = "fr", title: str | None = None,
            size: tuple[float, float] = (7, 5)) -> Figure:
    """Followers against population (log scales) for one platform, focus highlighted."""
    from ..datasets.reference import resolve
    from ..domain.registry import find_platform
    from ..analysis.survey import latest, restrict

    p = find_platform(platform).id
    snap = latest(restrict(survey, type))
    g = snap[(snap["platform"] == p) & snap["followers"].notna() & snap["population"].notna()]
    g = g[(g["followers"] > 0) & (g["population"] > 0)]
    focus_code = resolve(focus, type=snap["collectivity_type"].iloc[0]).code if focus else None
    with style():
        fig = _figure(size)
        ax = fig.add_subplot()
        others = g[g["code"] != focus_code]
        ax.scatter(others["population"].astype(float), others["followers"].astype(float), s=18,
                   color=platform_color(p), alpha=0.6, lw=0, gid="peers")
        if focus_code is not None and (g["code"] == focus_code).any():
            me = g[g["code"] == focus_code].iloc[0]
            ax.scatter([float(me["population"])], [float(me["followers"])], s=80, color=HIGHLIGHT,
                       edgecolor="white", zorder=3, gid="focus")
            ax.annotate(me["name"], (float(me["population"]), float(me["followers"])),
                        xytext=(6, 6), textcoords="offset points", color=HIGHLIGHT,
                        fontweight="bold", gid="focus-label")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_int(v, lang)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_int(v, lang)))
        ax.set_xlabel("Population")
        ax.set_ylabel("Followers" if lang == "en" else "Abonnés")
        ax.grid(axis="both")
        ax.set_title(title or (f"{platform_label(p, lang)}: followers and population" if lang == "en"
                               else f"{platform_label(p, lang)} : abonnés et population"))
        _caption(fig, _survey_caption(survey, lang, len(g)))
    return fig


def save(fig: Figure, output: str | Path, dpi: int = 200) -> Path:
    """Write a figure to PNG, SVG or PDF (by extension), atomically and reproducibly.

    Parent folders are created. The same figure gives the same bytes: dates and
    software versions are left out and the SVG hash salt is fixed.
    """
    out = check_output(output, FORMATS)
    fmt = out.suffix.lower().lstrip(".")
    metadata = {"png": {"Software": None},
                "svg": {"Date": None, "Creator": None},
                "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None}}[fmt]
    metadata.update(image_metadata(fmt))  # barometre's mark: this file may be regenerated

    def write(tmp: Path) -> None:
        with style():
            fig.savefig(tmp, format=fmt, dpi=dpi, metadata=metadata)

    return write_atomic(out, write)
