"""House style, colours, plain text, label placement and saving, shared by every chart kind."""

from __future__ import annotations

import contextlib
import io
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from ...domain.errors import UsageError
from ...domain.registry import PLATFORMS, platform_color
from ...messages import NBSP, Count, bound_spaces
from ...messages import text as msg
from ..files import check_output, image_metadata, write_atomic
from ..formats import chart_size

__all__ = ["BarometreFigure", "style", "figure", "plain", "platform_colors", "series_colors",
           "series_styles", "series_palette",
           "HIGHLIGHT", "PEER", "sized", "ANY_COLOR", "MAX_MEGAPIXELS", "save", "text_overlaps",
           "title", "caption", "fit_xlim", "place_labels", "FORMATS"]

FORMATS = (".png", ".svg", ".pdf")
HIGHLIGHT = "#D55E00"  # Okabe-Ito vermilion: the focus entity
PEER = "#9AA5B1"
ANY_COLOR = "#595959"  # "au moins un réseau": a summary, drawn apart in grey
CAPTION_COLOR = "#555555"
#: Okabe-Ito, ordered so that any six in a row stay apart (CIEDE2000 ≥ 18) for normal,
#: deuteranope and protanope vision (tests/test_chart_colours.py).
COLORBLIND = ("#0072B2", "#000000", "#D55E00", "#56B4E9", "#F0E442", "#009E73", "#E69F00",
              "#CC79A7")
#: Okabe-Ito for types and publishers: the first five stay apart (CIEDE2000 ≥ 18) for normal,
#: deuteranope and protanope vision; no yellow line on white.
SERIES = ("#0072B2", "#D55E00", "#56B4E9", "#000000", "#009E73", "#CC79A7", "#E69F00")
#: after those seven, for more series in one chart (nine types): Paul Tol's indigo, wine and
#: olive and a brown, each at CIEDE2000 ≥ 20 from the others for normal vision
SERIES_MORE = ("#332288", "#882255", "#999933", "#8C564B")
#: the series of a chart beyond its palette: the colours again, hatched (white lines)
HATCHES = ("", "////", "....", "xxxx", "\\\\\\\\")
#: Largest PNG written: 64 megapixels (a 256 MB buffer). 8×4.5 in at 600 dpi is 13 Mpx.
MAX_MEGAPIXELS = 64


class BarometreFigure(Figure):
    """A Figure that shows itself inline in Jupyter without pyplot.

    Examples
    --------
    Every chart function returns one; Jupyter calls ``_repr_png_`` to show it.

    >>> import barometre as bm
    >>> fig = bm.charts.heatmap(bm.compare("region", year=2015, source="ideose"))
    >>> isinstance(fig, bm.charts.BarometreFigure), fig._repr_png_()[:4]
    (True, b'\\x89PNG')
    """

    def _repr_png_(self) -> bytes:
        buf = io.BytesIO()
        fit_caption(self, 100)
        with style():
            self.savefig(buf, format="png", dpi=100, metadata={"Software": None})
        return buf.getvalue()


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Apply the house style (``barometre.mplstyle``) inside a ``with`` block.

    Examples
    --------
    A figure of your own in the house style (chart functions and :func:`save` apply it):

    >>> import matplotlib
    >>> import barometre as bm
    >>> with bm.charts.style():
    ...     matplotlib.rcParams["font.family"], matplotlib.rcParams["axes.spines.top"]
    (['DejaVu Sans'], False)
    """
    path = resources.files("barometre.render").joinpath("barometre.mplstyle")
    with resources.as_file(path) as p, matplotlib.rc_context(fname=str(p)):
        yield


def sized(size: tuple[float, float] | str | None, natural: tuple[float, float],
          min_width: float) -> tuple[float, float]:
    """The requested size (:func:`chart_size`), or the chart's natural one; refuse a size too
    small to print.

    Below ``min_width`` inches wide or 80 % of the natural height, labels would collide or
    the plot collapse: a one-line error says the smallest size that reads.
    """
    size = chart_size(size)
    if size is None:
        return natural
    w, h = size
    low_w, low_h = round(min_width, 1), round(natural[1] * 0.8, 1)
    if w < low_w or h < low_h:
        raise UsageError.of("chart-too-small", width=f"{w:g}", height=f"{h:g}",
                            min_width=f"{low_w:g}", min_height=f"{low_h:g}")
    return size


def figure(size: tuple[float, float]) -> BarometreFigure:
    """A new figure with an Agg canvas (so text can be measured while it is laid out)."""
    fig = BarometreFigure(figsize=size, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(value: object) -> str:
    """Text safe to draw: control characters removed, tabs as spaces, NFC.

    Mathtext is off in the house style (``text.parse_math: False``), so ``$`` stays a
    dollar sign.
    """
    s = unicodedata.normalize("NFC", str(value)).replace("\t", " ").replace("\r", "")
    return _CONTROL.sub("", s)


def platform_colors(platforms: Iterable[str], colorblind: bool = False) -> dict[str, str]:
    """One colour per platform: brand colours (checked distinct), or Okabe-Ito."""
    plats = list(platforms)
    if colorblind:  # by registry order: a platform keeps its colour whatever the sorting
        rank = {p: i for i, p in enumerate(PLATFORMS)}
        real = sorted((p for p in plats if p != "any"), key=lambda p: rank.get(p, len(rank)))
        out = {p: COLORBLIND[i % len(COLORBLIND)] for i, p in enumerate(real)}
    else:
        out = {p: platform_color(p) for p in plats if p != "any"}
    if "any" in plats:
        out["any"] = ANY_COLOR
    return out


def series_palette(colorblind: bool = False) -> tuple[str, ...]:
    """The colours of series (types, publishers), in order: the seven of :data:`SERIES` and
    :data:`SERIES_MORE`; with ``colorblind``, the five of :data:`SERIES` that stay apart for
    deuteranope and protanope vision too."""
    return SERIES[:5] if colorblind else SERIES + SERIES_MORE


def series_styles(keys: Iterable[str], colorblind: bool = False) -> dict[str, tuple[str, str]]:
    """A colour and a hatch per series, in order, no two series alike in one chart: the
    palette's colours (:func:`series_palette`), then the same colours hatched
    (:data:`HATCHES`) when there are more series than colours (nine types, colour-blind:
    five plain, four hatched).

    >>> s = series_styles("abcdefghi", colorblind=True)
    >>> s["a"], s["f"], len(set(s.values()))
    (('#0072B2', ''), ('#0072B2', '////'), 9)
    """
    pal = series_palette(colorblind)
    return {k: (pal[i % len(pal)], HATCHES[(i // len(pal)) % len(HATCHES)])
            for i, k in enumerate(dict.fromkeys(keys))}


def series_colors(keys: Iterable[str], colorblind: bool = False) -> dict[str, str]:
    """Colours in order (types, publishers), readable with colour-vision deficiencies for
    the first five; distinct up to eleven (:func:`series_styles` hatches beyond)."""
    return {k: c for k, (c, _) in series_styles(keys, colorblind).items()}


def title(fig: Figure, text: str, subtitle: str | None = None, ax=None,
          fictitious: bool = False, lang: str = "fr") -> None:
    """Bold title at the top left of the figure, optional grey subtitle above the axes.

    Titles end with their years (", 2025"): a survey without any date has none, and the
    title then ends at the words before ("… : communes", not "… : communes,"). Fictitious
    data (``fictitious``) are said in the title too, « … (données fictives) » in ``lang``
    (:func:`~.captions.fictitious_title`): a slide crops the caption first."""
    text = plain(text).rstrip().removesuffix(",").rstrip()
    if fictitious:
        from .captions import fictitious_title

        text = fictitious_title(text, lang)
    t = fig.suptitle(text, x=0.01, ha="left")
    _fit_width(fig, t, text, 0.97, msg("chart-fictitious-title", lang) if fictitious else "")
    if subtitle:
        target = ax if ax is not None else fig.axes[0]
        sub = target.set_title(plain(subtitle), loc="left")
        _fit_width(fig, sub, plain(subtitle), 0.9)


def _fit_width(fig: Figure, t: Text, text: str, share: float, whole: str = "") -> None:
    """Wrap ``text`` at the longest width (in characters) whose drawn width fits the figure;
    the words ``whole`` (« (données fictives) ») are never cut across two lines."""
    r = fig.canvas.get_renderer()
    limit = fig.get_figwidth() * fig.dpi * share
    width = len(text)
    glued = bound_spaces(text.replace(whole, whole.replace(" ", "\x1f")) if whole else text)
    while width > 20 and t.get_window_extent(r).width > limit:
        width -= 3
        t.set_text(textwrap.fill(glued, width, break_on_hyphens=False)  # « Loire-Atlantique » whole
                   .replace("\x1f", " ").replace(NBSP, " "))


def caption(fig: Figure, parts: Iterable[str]) -> None:
    """The caption under the figure: each part a sentence, wrapped to the figure's width.

    It takes part in the constrained layout (supxlabel): it never overlaps the axes.
    """
    parts = [plain(p) for p in parts if p]
    label = fig.supxlabel(_wrapped(parts, _caption_width(fig)), x=0.01, ha="left", fontsize=8,
                          color=CAPTION_COLOR, linespacing=1.35)
    label.set_gid("caption")
    label._barometre_parts = parts  # re-wrapped by save() at the resolution it draws


def _caption_width(fig: Figure) -> int:
    return max(int(fig.get_figwidth() * 16), 40)  # about 16 characters of 8 pt text per inch


def _wrapped(parts: list[str], width: int) -> str:
    # never a line opened on « ; » or « » » (French typography's bound spaces)
    return "\n".join(line.replace(NBSP, " ") for part in parts
                     for line in textwrap.wrap(bound_spaces(part), width,
                                               break_on_hyphens=False))


def fit_caption(fig: Figure, dpi: float | None) -> None:
    """The caption wrapped so that every line fits the figure's width at ``dpi``.

    The characters per inch of :func:`caption` hold at 100 dpi and above; below, the glyphs
    drawn on whole pixels are relatively wider (at 80 or 50 dpi a line ran out of the
    image, « shares among th »): the lines are measured at the resolution of the PNG and
    wrapped shorter until the widest fits. ``dpi=None`` (SVG, PDF: text not snapped to
    pixels) keeps the default wrapping. Never wider than the default: a chart that fits
    is drawn as it was."""
    label = getattr(fig, "_supxlabel", None)
    parts = getattr(label, "_barometre_parts", None)
    if not parts:
        return
    width = _caption_width(fig)
    label.set_text(_wrapped(parts, width))
    if dpi is None:
        return
    old = fig.dpi
    fig.set_dpi(dpi)
    try:
        r = fig.canvas.get_renderer()
        limit = fig.get_figwidth() * dpi * (1 - 2 * 0.01)  # from x = 0.01, the same margin right
        while width > 20 and label.get_window_extent(r).width > limit:
            width -= 2
            label.set_text(_wrapped(parts, width))
    finally:
        fig.set_dpi(old)


def _hidden_ticks(fig: Figure) -> set[int]:
    """Tick labels outside the view: they exist as objects but are not drawn."""
    hidden: set[int] = set()
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            lo, hi = sorted(axis.get_view_interval())
            span = (hi - lo) * 1e-9
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not (lo - span <= tick.get_loc() <= hi + span):
                    hidden.update({id(tick.label1), id(tick.label2)})
    return hidden


def _texts(fig: Figure) -> list[Text]:
    hidden = _hidden_ticks(fig)
    out = []
    for t in fig.findobj(Text):
        if (t.get_visible() and t.get_text().strip() and t.get_figure() is not None
                and id(t) not in hidden):
            out.append(t)
    return out


def text_overlaps(fig: Figure) -> list[tuple[str, str]]:
    """Pairs of drawn texts whose bounding boxes overlap (empty when the figure reads cleanly).

    Parameters
    ----------
    fig : Figure
        A figure of :mod:`barometre.charts` (drawn here to measure its texts).

    Returns
    -------
    list of (str, str)
        The texts of each overlapping pair.

    Examples
    --------
    >>> import barometre as bm
    >>> fig = bm.charts.adoption(bm.compare("region", year=2015, source="ideose"))
    >>> bm.charts.text_overlaps(fig)
    []
    """
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = []
    for t in _texts(fig):
        bb = t.get_window_extent(renderer)
        if bb.width > 0 and bb.height > 0:
            boxes.append((t.get_text(), bb))
    pairs = []
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            a, b = boxes[i][1], boxes[j][1]
            if a.overlaps(b) and _area(a, b) > 1.0:
                pairs.append((boxes[i][0], boxes[j][0]))
    return pairs


#: the room between two series' interval bars at one date, in points (a bar is about 1 pt
#: wide, a point 6 pt): :func:`dodged`
DODGE_STEP = 5.0
#: the widest the dodged series of one date spread, in points (nine platforms stay near
#: their date: the offsets shrink rather than reach the next one)
DODGE_SPREAD = 32.0


def dodge_offsets(n: int) -> list[float]:
    """The horizontal offsets, in points, of ``n`` series drawn with interval bars at the
    same dates: centred on the date, in the series' order, :data:`DODGE_STEP` apart (closer
    past :data:`DODGE_SPREAD`). Deterministic.

    >>> dodge_offsets(3)
    [-5.0, 0.0, 5.0]
    >>> dodge_offsets(1)
    [0.0]
    """
    if n < 2:
        return [0.0] * max(n, 0)
    step = min(DODGE_STEP, DODGE_SPREAD / (n - 1))
    return [(i - (n - 1) / 2) * step for i in range(n)]


def dodged(ax, artists: Iterable, points: float) -> None:
    """Shift ``artists`` (already drawn in data coordinates on ``ax``) ``points`` to the
    right on the page, their data left true: the bars of several series at one date set
    apart (:func:`dodge_offsets`), each series' points and line with its bars. The shift is
    set after drawing so that the axis limits stay those of the true dates."""
    from matplotlib.collections import PathCollection
    from matplotlib.text import Annotation
    from matplotlib.transforms import offset_copy

    if not points:
        return
    shifted = offset_copy(ax.transData, fig=ax.get_figure(), x=points, y=0, units="points")
    for a in artists:
        if isinstance(a, Annotation):  # a mark beside a point: the point it annotates
            a.xycoords = shifted
        elif isinstance(a, PathCollection):  # scattered points: placed by their offsets
            a.set_offset_transform(shifted)
        else:
            a.set_transform(shifted)


def stagger_xticks(ax) -> None:
    """The x tick labels on two lines, every other one lower, when neighbours would overlap
    (waves a few days apart: "15 octobre 2025" over "2 novembre 2025"). Measured once the
    layout is done, as they are drawn."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    ticks = [t for t in ax.xaxis.get_major_ticks() if t.label1.get_text()]
    boxes = [t.label1.get_window_extent(renderer) for t in ticks]
    if any(a.x1 > b.x0 for a, b in zip(boxes, boxes[1:])):
        for tick in ticks[1::2]:  # one line lower: the label's own height more of padding
            tick.set_pad(tick.get_pad() + tick.label1.get_fontsize() * 1.25)


def _area(a: Bbox, b: Bbox) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return max(w, 0) * max(h, 0)


def fit_xlim(ax, texts: list[Text], left: float = 0.0, right: float = 1.0) -> None:
    """Widen the x range so that direct labels after the bars stay inside the axes."""
    fig = ax.get_figure()
    ax.set_xlim(left, right)
    for _ in range(3):
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        inv = ax.transData.inverted()
        need = max([inv.transform((t.get_window_extent(r).x1, 0))[0] for t in texts] + [right])
        lo, hi = ax.get_xlim()
        if need <= hi:
            break
        ax.set_xlim(lo, need + (hi - lo) * 0.02)


def thin_xticks(ax, steps: tuple[float, ...] = (0.25, 0.5, 1.0)) -> None:
    """The x ticks from 0 to 1 every ``steps[0]``, or every next step while neighbouring
    labels would touch (a share axis that :func:`fit_xlim` widened for long labels after
    the bars: "0 %25 %50 %" drawn over one another)."""
    from matplotlib.ticker import FixedLocator

    fig = ax.get_figure()
    for step in steps:
        n = round(1 / step)
        ax.xaxis.set_major_locator(FixedLocator([i * step for i in range(n + 1)]))
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        boxes = sorted((t.label1.get_window_extent(r) for t in ax.xaxis.get_major_ticks()
                        if t.label1.get_visible() and t.label1.get_text()), key=lambda b: b.x0)
        gap = 4 * fig.dpi / 72  # four points between two labels
        if all(a.x1 + gap <= b.x0 for a, b in zip(boxes, boxes[1:])):
            return


_OFFSETS = [(7, 0), (6, 4), (6, -12), (-6, 4), (-6, -12), (0, 9), (0, -15), (10, 12), (10, -20),
            (-10, 12), (-10, -20), (16, 0), (-16, 0), (0, 20), (0, -26), (20, 20), (-20, -28)]
_OFFSETS_LEFT = [(-dx, dy) for dx, dy in _OFFSETS]
# beside the point on either side first: a long label set below-right of its point (6, -12)
# runs under the next dots and reads as theirs
_OFFSETS_BESIDE = [(7, 0), (-7, 0)] + [o for o in _OFFSETS if o != (7, 0)]


def place_labels(ax, items: list[tuple[float, float, str, dict]],
                 avoid: list[Bbox] | None = None,
                 dots: Iterable[tuple[float, float]] | None = None) -> list[Text]:
    """Direct labels next to points, moved until no two overlap (greedy, deterministic).

    Each item is ``(x, y, text, text_kwargs)`` in data coordinates (``prefer_left=True`` in
    the kwargs tries the left side first; ``beside=True`` tries right beside the point, then
    left beside it, before any place above or below, tied to its point by a thin line
    there). ``dots`` (data coordinates: every dot drawn, named or not) makes each label
    keep off every dot and sit nearer its own dot than any other, measured in display
    coordinates at the figure's size (a name beside an unnamed neighbour reads as the
    neighbour's); where no place beside its dot is nearer its own, a place farther out tied
    to it by a thin line and clear of every dot. A label that finds
    no free place among the candidate offsets is not drawn (its mark stays, and the
    caller says so if it matters).
    """
    fig = ax.get_figure()
    fig.canvas.draw()
    fig.set_layout_engine("none")  # freeze the layout: offsets measured now stay true
    r = fig.canvas.get_renderer()
    taken = list(avoid or []) + [t.get_window_extent(r) for t in _texts(fig)]
    for x, y, _, _ in items:  # the marks themselves stay visible
        px, py = ax.transData.transform((x, y))
        taken.append(Bbox.from_extents(px - 4, py - 4, px + 4, py + 4))
    pix = (np.asarray(ax.transData.transform(np.asarray(list(dots), dtype=float)))
           if dots is not None else np.empty((0, 2)))
    pix = pix.reshape(-1, 2)
    taken += [Bbox.from_extents(px - 3, py - 3, px + 3, py + 3) for px, py in pix]
    taken += _line_boxes(ax)
    inside = ax.get_window_extent(r)
    margin = 2 * fig.dpi / 72  # two points nearer its own dot than any other, at least
    placed = []
    for x, y, s, kw in items:
        kw = dict(kw)
        left, beside = kw.pop("prefer_left", False), kw.pop("beside", False)
        offsets = _OFFSETS_LEFT if left else _OFFSETS_BESIDE if beside else _OFFSETS
        own = np.asarray(ax.transData.transform((x, y)), dtype=float)
        neighbours = pix[np.hypot(*(pix - own).T) > 0.5] if len(pix) else pix
        # first a place nearer its own dot than any other; failing that, one tied by a line
        tries = [(o, False) for o in offsets]
        if len(neighbours):
            tries += [(o, True) for o in offsets if _far(o)]
        for (dx, dy), tied in tries:
            t = ax.annotate(s, (x, y), xytext=(dx, dy), textcoords="offset points",
                            ha="left" if dx > 0 else "right" if dx < 0 else "center",
                            va="center" if dy == 0 else "bottom" if dy > 0 else "top", **kw)
            bb = t.get_window_extent(r)
            ok = (bb.x0 >= inside.x0 and bb.x1 <= inside.x1 and bb.y0 >= inside.y0
                  and bb.y1 <= inside.y1 and not any(bb.overlaps(o) for o in taken))
            if ok and len(neighbours) and not tied:
                ok = bool(_box_distance(bb, neighbours).min() > _box_distance(bb, own[None])[0]
                          + margin)
            if ok:
                taken.append(bb)
                placed.append(t)
                # far from its point, or not beside it when it should be (its name runs
                # under the next dots): a thin leader line ties it to its own
                if _far((dx, dy)) or (beside and dy != 0) or tied:
                    _leader(ax, (x, y), bb, kw.get("color", "#555555"))
                break
            t.remove()
    return placed


def _far(offset: tuple[float, float]) -> bool:
    """An offset far enough from its point for its label to need a leader line."""
    return abs(offset[0]) >= 10 or abs(offset[1]) >= 15


def _box_distance(bb: Bbox, points: np.ndarray) -> np.ndarray:
    """Distance in display units from each point to the nearest edge of ``bb`` (0 inside)."""
    dx = np.maximum.reduce([bb.x0 - points[:, 0], np.zeros(len(points)), points[:, 0] - bb.x1])
    dy = np.maximum.reduce([bb.y0 - points[:, 1], np.zeros(len(points)), points[:, 1] - bb.y1])
    return np.hypot(dx, dy)


def _line_boxes(ax, step: float = 5.0) -> list[Bbox]:
    """Small boxes along the drawn lines, so that labels do not sit on a line."""
    boxes = []
    for line in ax.lines:
        xy = line.get_xydata()
        if line.get_linestyle() in ("None", "none", "") or len(xy) < 2:
            continue
        pts = line.get_transform().transform(xy)
        for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
            n = max(int(np.hypot(x1 - x0, y1 - y0) / step), 1)
            for k in range(n + 1):
                x, y = x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n
                boxes.append(Bbox.from_extents(x - 1.5, y - 1.5, x + 1.5, y + 1.5))
    return boxes


def _leader(ax, xy: tuple[float, float], bb: Bbox, color: str) -> None:
    px, py = ax.transData.transform(xy)
    tx = min(max(px, bb.x0), bb.x1)
    ty = min(max(py, bb.y0), bb.y1)
    inv = ax.transData.inverted()
    (x0, y0), (x1, y1) = inv.transform([(px, py), (tx, ty)])
    ax.plot([x0, x1], [y0, y1], color=color, lw=0.5, alpha=0.7, gid="leader")


def _check_pixels(fig: Figure, dpi: int) -> None:
    w, h = (round(v * dpi) for v in fig.get_size_inches())
    if w * h > MAX_MEGAPIXELS * 1_000_000:
        # the counts with the language's thousands separator (« 48 000 × 48 000 pixels »)
        raise UsageError.of("chart-too-large", width=Count(w), height=Count(h),
                            mpx=Count(round(w * h / 1e6)), limit=Count(MAX_MEGAPIXELS))


def save(fig: Figure, output: str | Path, dpi: int = 200, lang: str = "fr",
         force: bool = False) -> Path:
    """Write a figure to PNG, SVG or PDF (by extension), atomically and reproducibly.

    Parent folders are created. The same figure gives the same bytes: dates and
    software versions are left out and the SVG hash salt is fixed. SVG text stays
    text (with a note naming the font); PDF embeds its fonts; a PNG larger than
    :data:`MAX_MEGAPIXELS` is refused before any memory is taken. An existing file
    that barometre did not write is replaced only with ``force=True``.

    Parameters
    ----------
    fig : Figure
        A figure of :mod:`barometre.charts`.
    output : str or Path
        ``.png``, ``.svg`` or ``.pdf`` file; parent folders are created.
    dpi : int, default 200
        Resolution of a PNG.
    lang : {"fr", "en"}
        Language of the SVG's note naming the font.
    force : bool, default False
        Replace an existing file that barometre did not write, or a read-only one.

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    Saved twice, the same figure gives the same bytes (here in a temporary folder):

    >>> import tempfile
    >>> from pathlib import Path
    >>> import barometre as bm
    >>> fig = bm.charts.adoption(bm.compare("region", year=2015, source="ideose"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     a = bm.charts.save(fig, Path(folder) / "a.png", dpi=100)
    ...     b = bm.charts.save(fig, Path(folder) / "b.png", dpi=100)
    ...     a.read_bytes()[:4], a.read_bytes() == b.read_bytes()
    (b'\\x89PNG', True)
    """
    out = check_output(output, FORMATS, force=force)
    fmt = out.suffix.lower().lstrip(".")
    if fmt == "png":
        _check_pixels(fig, dpi)
    metadata = {"png": {"Software": None},
                "svg": {"Date": None, "Creator": None, "Description": msg("note-font", lang)},
                "pdf": {"CreationDate": None, "ModDate": None, "Producer": None,
                        "Creator": None}}[fmt]
    metadata.update(image_metadata(fmt))  # barometre's mark: this file may be regenerated

    fit_caption(fig, dpi if fmt == "png" else None)  # every line within the image

    def write(tmp: Path) -> None:
        with style():
            fig.savefig(tmp, format=fmt, dpi=dpi, metadata=metadata)

    return write_atomic(out, write)
