"""Benchmark: one entity against its peer group, platform by platform."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, LogLocator, MaxNLocator, NullLocator

from ...domain.errors import NoDataError
from ...domain.keywords import numbered
from ...domain.registry import PLATFORMS, find_platform
from ...messages import said_and
from ...messages import text as msg
from ..views import (ROUNDED_MARK, bench_entity_name, bench_latest_year, bench_not_in_year, council_once_base, bench_not_ranked_counts_note, bench_questioned,
                     bench_own_typed, bench_rank_range_line, bench_rank_words,
                     questioned_mark, questioned_note, rounded_counts_note, served_short_note)
from ..formats import (fmt_float, fmt_int, is_missing, per1000_number,
                       platform_label, platforms_no_year_text, platforms_set_aside_text,
                       population_note, type_label)
from .captions import is_fictitious, left_out_notes, survey_caption, undated, year_words
from .style import HIGHLIGHT, PEER, caption, figure, plain, style
from .style import sized
from .style import title as put_title

__all__ = ["benchmark"]


#: the caption lines the natural height of the chart holds, and the height of each more
CAPTION_LINES, CAPTION_LINE_IN = 6, 0.15

_BACK = {"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.0}


def _jitter(n: int) -> np.ndarray:
    """Deterministic spread of peer dots (no randomness: same input, same picture)."""
    return (np.arange(n) * 0.618034 % 1.0 - 0.5) * 0.44


def _ranked_of(b: pd.DataFrame, plats: list[str], n_group: int, lang: str) -> str:
    """After the base of 13 peers, the peers each rank counts when fewer (those with a
    count): " ; rangs sur les 12 classés (11 sur LinkedIn, TikTok)", as the « 4e sur 12 »
    beside the dots; "" when every peer is ranked on every platform drawn."""
    if "n_peers" not in b.columns or "rank" not in b.columns:
        return ""
    # the platforms whose dot has a rank beside it (« absent », « non renseigné »: none)
    counts = {p: int(b.at[p, "n_peers"]) for p in plats
              if not is_missing(b.at[p, "n_peers"]) and not is_missing(b.at[p, "rank"])}
    if not counts or all(n == n_group for n in counts.values()):
        return ""
    values = list(counts.values())
    most = max(set(values), key=lambda n: (values.count(n), n))
    others: dict[int, list[str]] = {}
    for p, n in counts.items():
        if n != most:
            others.setdefault(n, []).append(platform_label(p, lang))
    sep = "; " if lang == "en" else " ; "
    items = sep.join(msg("chart-bench-ranked-other", lang, n=fmt_int(n, lang),
                         platforms=", ".join(ps)) for n, ps in others.items())
    return msg("chart-bench-ranked", lang, n=fmt_int(most, lang),
               others=f" ({items})" if items else "")


def _label_room(fig: Figure, rooms: list[tuple]) -> None:
    """Widen each panel's x range on the right until its row labels (rank, "absent"…),
    written at the right end of their row, clear every dot and median of the panel: a
    label then reads as its row's, never as a mark over the data. ``rooms``: per panel,
    ``(ax, labels, right end of the data, log scale)``.

    Measured once, on the figure laid out without rendering it: the new ticks move the
    layout by less than 1 % of a panel's width (0.5 % on the demo), within the 4 % kept
    free between the data and the labels; a second layout to check made the chart twice
    as slow."""
    fig.draw_without_rendering()
    r = fig.canvas.get_renderer()
    for ax, labels, data_max, log in rooms:
        if not labels or not np.isfinite(data_max):
            continue
        box = ax.get_window_extent(r)
        left = min(t.get_window_extent(r).x0 for t in labels)
        free = (left - box.x0) / box.width - 0.04  # the share of the width left to the data
        lo, hi = ax.get_xlim()
        f = np.log10 if log else (lambda v: v)
        if f(data_max) > f(lo) + (f(hi) - f(lo)) * free:
            span = (f(data_max) - f(lo)) / max(free, 0.1)
            ax.set_xlim(lo, 10 ** (f(lo) + span) if log else lo + span)


#: the ticks tried within each decade of the log axis, the most first: "2 000 5 000
#: 10 000 20 000 50 000", then "3 000 10 000 30 000", then the decades alone
LOG_SUBS = ((1, 2, 5), (1, 3), (1,))


def _log_ticks(lo: float, hi: float, start: float | None = None) -> list[FixedLocator]:
    """The tick sets tried on the log axis from ``lo`` to ``hi``, the most first: within
    each decade :data:`LOG_SUBS` (readable round numbers between the decades: a range of
    2 000–150 000 gets 2 000, 5 000, 10 000, 20 000…, not 10 000 and 100 000 alone), then
    every second (third…) decade; none below ``start`` (the first decade after a "0" at
    the axis' start).

    >>> [float(t) for t in _log_ticks(2000, 150000)[0].tick_values(0, 0)]
    [2000.0, 5000.0, 10000.0, 20000.0, 50000.0, 100000.0]
    """
    low = max(lo, start or lo)
    first, last = int(np.floor(np.log10(low))), int(np.floor(np.log10(hi) + 1e-9))

    def within(ticks):
        return [t for t in ticks if low * (1 - 1e-9) <= t <= hi * (1 + 1e-9)]

    out = [FixedLocator(within([m * 10.0 ** k for k in range(first, last + 1) for m in subs]))
           for subs in LOG_SUBS[:-1]]
    decades = int(np.ceil(np.log10(low) - 1e-9))
    out += [FixedLocator(within([10.0 ** k for k in range(decades, last + 1, step)]))
            for step in range(1, max(last - decades, 1) + 1)]
    return out


def _ticks_apart(fig: Figure, axes, start: dict | None = None, end: dict | None = None
                 ) -> None:
    """As many x ticks on the log axes as their labels leave room for: round numbers
    between the decades when they fit (:func:`_log_ticks`: "2 000 5 000 10 000 20 000"),
    else the decades, else every second (third…) decade ("1 / 100 / 10 000 / 1 000 000",
    not "100 000 1 000 000 10 000 000" touching). A range within one decade, which holds
    two of none of these (per 1,000 inhabitants: 1,1 to 1,5), gets evenly spaced ticks
    ("1,1 1,2 1,3 1,4"), never a bare axis. Labels are measured with the renderer of the
    last layout (:func:`_label_room`'s), no new layout: two neighbours stay apart by at
    least half their font size. ``start``: per axis, no tick below that value (the decades
    after a "0" drawn at the start of the log axis); ``end``: per axis, the right end of its
    data: no tick beyond the first decade that holds it (the range :func:`_label_room` adds
    for the row labels holds no data: ticks there read "100 000 000" beside counts of
    thousands)."""
    r = fig.canvas.get_renderer()
    for ax in axes:
        lo, hi = ax.get_xlim()
        first = (start or {}).get(ax)
        low = max(lo, first or lo) * (1 - 1e-9)
        data_end = (end or {}).get(ax)
        if data_end is not None and np.isfinite(data_end) and data_end > 0:
            hi = min(hi, 10 ** np.ceil(np.log10(data_end) - 1e-9) * (1 + 1e-9))
        fmt, labels = ax.xaxis.get_major_formatter(), ax.xaxis.get_majorticklabels()
        if not labels:
            continue
        font, gap = labels[0].get_fontproperties(), labels[0].get_fontsize() * fig.dpi / 72 * 0.5

        def within(loc):
            return [t for t in loc.tick_values(lo, hi) if low <= t <= hi]

        logs = _log_ticks(lo, hi, first)
        even = [MaxNLocator(nbins=k, steps=[1, 2, 2.5, 5, 10]) for k in range(6, 0, -1)]
        candidates = ([c for c in logs if len(within(c)) >= 2] + even
                      + [c for c in logs if len(within(c)) == 1])
        for loc in candidates:
            ticks = within(loc)
            fmt.set_locs(ticks)
            xs = [ax.transData.transform((t, 0))[0] for t in ticks]
            ws = [r.get_text_width_height_descent(fmt(t), font, ismath=False)[0] for t in ticks]
            if all(x1 - x0 >= (w0 + w1) / 2 + gap
                   for x0, x1, w0, w1 in zip(xs, xs[1:], ws, ws[1:])):
                ax.xaxis.set_major_locator(FixedLocator(ticks))
                break


def _log_number(v: float, lang: str) -> str:
    """A tick of the log axis per 1,000 inhabitants with the decimals it needs, no more:
    "0,05 0,1 0,2 0,5 1 2 5 10 20" (most TikTok and LinkedIn values are under 2, a whole
    number would write 0,2 as "0"). French or English decimal mark (:func:`fmt_float`).

    >>> [_log_number(v, "fr") for v in (0.05, 0.1, 0.5, 1.0, 20.0, 1000.0)]
    ['0,05', '0,1', '0,5', '1', '20', '1\u202f000']
    """
    d = next((d for d in range(5) if abs(v - round(v, d)) <= 1e-9 * max(1.0, abs(v))), 4)
    return fmt_int(v, lang) if d == 0 else fmt_float(v, d, lang)


def _check_surveyed(survey: pd.DataFrame, platforms, lang: str) -> None:
    """Refuse a platform asked for that the file never surveyed (no answer, no count): its
    row would be an empty "non renseigné" over an axis of nothing (``chart ranking``
    refuses it too)."""
    if platforms is None:
        return
    asked = [find_platform(p).id for p in ([platforms] if isinstance(platforms, str)
                                           else platforms)]
    answered = survey["present"].notna() | survey["followers"].notna()
    have = set(survey.loc[answered.to_numpy(dtype=bool), "platform"].dropna().unique())
    missing = [p for p in dict.fromkeys(asked) if p not in have]
    if missing:
        order = [p for p in PLATFORMS if p in have] + sorted(have - set(PLATFORMS) - {"any"})
        raise NoDataError.of("chart-platform-not-surveyed",
                             platforms=", ".join(platform_label(p, lang) for p in missing),
                             have=", ".join(platform_label(p, lang) for p in order) or "\u2014")


def _check_counted(group: pd.DataFrame, plats: list[str], annuaire: bool) -> None:
    """Refuse a chart with no follower count on any platform drawn (an Annuaire export, a
    presence-only survey): its two panels were empty log axes, or matplotlib's
    "Data cannot be log-scaled" when no platform was asked for. One platform with a
    count is enough: the others say « absent » or « compte sans nombre d'abonnés »."""
    from ...messages import Msg, Words, said_and

    if group.loc[group["platform"].isin(plats), "followers"].notna().any():
        return
    raise NoDataError.of(
        "chart-benchmark-no-counts",
        platforms=Words(*(said_and([platform_label(p, lang) for p in plats], lang)
                          for lang in ("fr", "en"))),
        what=Msg("chart-benchmark-no-counts-annuaire", why=Msg("annuaire-no-followers"))
        if annuaire else Msg("chart-benchmark-no-counts-survey"))


def _zero_at(values: Iterable[float]) -> tuple[float, float] | None:
    """Where a count of 0 goes on the log axis of followers, and the axis' left end: half
    a decade below the first decade holding a positive count, the axis starting a quarter
    of a decade further left; ``None`` when no count is 0 (the axis as matplotlib scales
    it). A 0 drawn at 1 stretched the axis over decades of nothing (1 to 10⁹ for counts of
    10⁴–10⁵) and thinned its ticks.

    >>> _zero_at([0, 1200, 56000])
    (316.22776601683796, 177.82794100389228)
    >>> _zero_at([1200, 56000]) is None
    True
    """
    v = np.asarray([float(x) for x in values], dtype=float)
    v = v[np.isfinite(v)]
    if not (v <= 0).any():
        return None
    pos = v[v > 0]
    d = int(np.floor(np.log10(pos.min()))) if len(pos) else 0
    return 10.0 ** (d - 0.5), 10.0 ** (d - 0.75)


def _rounded(b: pd.DataFrame, platform: str) -> bool:
    """Whether the entity's count on ``platform`` (a row of the benchmark indexed by
    platform) was abbreviated in the file ("41,2k" read as 41 200): its values are rounded."""
    if "followers_rounded" not in b.columns:
        return False
    v = b.at[platform, "followers_rounded"]
    return not is_missing(v) and bool(v)


def _row(b: pd.DataFrame, platform: str) -> dict:
    """The benchmark's row of ``platform`` (``b`` indexed by platform) as a record, its
    platform in it, as :func:`~barometre.render.views.bench_rank_words` reads it."""
    return {**b.loc[platform].to_dict(), "platform": platform}


def _peers_questioned(b: pd.DataFrame, platform: str) -> int:
    """How many of the entity's peers compared on ``platform`` have a count the reader
    questioned: the benchmark's ``n_peers_questioned``, as the text and the report count
    them (the entity's own, and its council's other territory, not among them)."""
    if "n_peers_questioned" not in b.columns:
        return 0
    v = b.at[platform, "n_peers_questioned"]
    return 0 if is_missing(v) else int(v)


def _own_questioned(b: pd.DataFrame, platform: str) -> bool:
    """Whether the reader questioned the entity's count on ``platform`` (a row of the
    benchmark indexed by platform, ``followers_questioned``)."""
    if "followers_questioned" not in b.columns:
        return False
    v = b.at[platform, "followers_questioned"]
    return not is_missing(v) and bool(v)


def _peers_words(group: pd.DataFrame, lang: str) -> str:
    """« Pairs : les 101 départements du fichier »: the group in the report's words
    (:func:`~barometre.render.views.peer_group_text`), one wording wherever it is named;
    one peer, the entity itself: « la seule métropole du fichier »."""
    from ..views import peer_group_text

    a = dict(group.attrs)
    if a.get("peers") == "region" and a.get("shared"):
        from ...datasets.reference import regions

        names = regions().set_index("code")["name"]
        a["region_name"] = names.get(a["shared"], a["shared"])
    return msg("report-peers-line", lang, group=peer_group_text(a, lang))


@numbered
def benchmark(survey: pd.DataFrame, entity: str, platforms: str | Iterable[str] | None = None,
              peers: str | None = None, lang: str = "fr", title: str | None = None,
              size: tuple[float, float] | None = None, colorblind: bool = False,
              year: int | None = None, type: str | None = None) -> Figure:
    """One entity against the distribution of its peers, per platform.

    Two panels, both on a log scale (ticks at round numbers between the decades when
    their labels have room: "2 000 5 000 10 000 20 000", "0,5 1 2 5"): followers and
    followers per 1,000 inhabitants. Peers are grey dots, their median a dark vertical
    mark; the entity is an orange dot with its rank ("5e sur 87") at the right end of its
    row, clear of the dots, and under it "≈ 41 200" when its count was abbreviated in the
    file ("41,2k"), and its value with « (à vérifier) » ("251 991 (à vérifier)") when the
    reader questioned it
    (``followers_questioned``: more followers than inhabitants, far above the file's
    others); its peers drawn with such a count are counted after the rank as the text
    counts them (« 5e sur 87 (dont 1 à vérifier) »), their dots drawn as read, and one
    caption line names the checks; "absent" (or "non renseigné") is written there where it
    has no count.

    Why a log scale per 1,000 inhabitants too, and not a linear axis clipped at a high
    quantile: the platforms differ by decades (Facebook tens per 1,000, TikTok tenths), so
    one linear axis crushed the small platforms' rows against 0 even without an outlier,
    and one peer near 330 ran it to 500; clipping would still crush them, and would need
    its own marks and a sentence to explain. On a log scale every row is spread, no dot
    is moved or clipped (the entity's included), and it reads as the left panel beside
    it; a value of 0 is drawn at the axis' start, marked "0" and counted in the caption,
    as on the left.

    The caption counts the peers not ranked per platform, every reason together ("Pairs
    non classés (sans réponse, sans compte, sans nombre d'abonnés ou sans relevé du
    réseau) : Facebook 17, Instagram 21"; the command's table, its CSV and the report's
    Benchmark sheet keep the full detail, a chart made alone names no sheet of a report
    never made); it names the councils whose population, not their
    territory's, is behind a number per 1,000 inhabitants drawn, in one short sentence
    (the Rhône's, 69D). The numbers come from :func:`barometre.benchmark` and the dots
    from :func:`barometre.analysis.peers.peer_group`: the chart computes nothing.
    ``year``: the readings of that year
    (:func:`barometre.analysis.survey.readings_of_year`), by default each platform's
    latest. A platform asked for that the file never surveyed is refused (``NoDataError``
    ``chart-platform-not-surveyed``). Orange and grey read the same to colour-blind
    readers: ``colorblind`` changes nothing here.

    Parameters
    ----------
    survey : DataFrame
        Tidy frame from :func:`barometre.read_survey`.
    entity : str
        Code or name of the entity ("44", "Loire-Atlantique").
    platforms : list of str, optional
        Platforms to draw, one row each (default: every platform of the file).
    peers : {"type", "region", "strate", "category"}, optional
        Peer group, as for :func:`barometre.benchmark`: every entity of the same type in
        the file, those of the same région, of the same population band or of the same
        category of intercommunalités; by default the type, an intercommunalité's category
        when the file holds several (« Pairs : les 230 communautés d'agglomération de
        l'enquête »).
    lang : {"fr", "en"}
    title : str, optional
        Replaces the title ("Loire-Atlantique parmi ses pairs, 2025"; a chart of fictitious
        data keeps its mark, « (données fictives) », at its end).
    size : (width, height) in inches, optional (default: from the number of platforms)
        A pair, or the command line's ``--size`` text (``"8x4.5"``); each side 1 to 40
        inches (``UsageError`` ``chart-bad-size``, ``chart-size-range``).
        A size too small to read is refused (``UsageError`` ``chart-too-small``).
    colorblind : bool
        Accepted as by every chart; changes nothing here.
    year : int, optional
        Compare the readings of that year (default: each platform's latest).
    type : str, optional
        The entities of that type, as :func:`barometre.benchmark` takes it: a frame of
        several types (an Annuaire export read whole) is refused without it
        (``UsageError`` ``survey-types-mixed``).

    Examples
    --------
    Loire-Atlantique in the demo workbook (fictitious data, said in the caption), with the
    peers not ranked counted and the councils whose population is not their territory's,
    their numbers per 1,000 inhabitants drawn:

    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> fig = bm.charts.benchmark(s, "Loire-Atlantique", platforms=["facebook", "instagram"])
    >>> fig.get_suptitle()
    'Loire-Atlantique parmi ses pairs, 2025 (données fictives)'
    >>> fig.axes[1].get_xscale()
    'log'
    >>> print(fig.get_supxlabel())
    Source : enquête enquete-departements-donnees-fictives.xlsx, 2025.
    Base : les 101 départements du fichier ; rangs sur les 84 classés.
    En orange : Loire-Atlantique ; trait vertical : médiane des pairs.
    Pairs non classés (sans réponse, sans compte, sans nombre d'abonnés ou sans relevé du réseau) : Facebook 17, Instagram 21.
    Population (pour 1 000 habitants) : population municipale INSEE (populations légales 2023, en vigueur au 1er janvier 2026 ; Mayotte :
    recensement de 2017).
    Population du conseil, non du territoire, pour 2A, 2B (Collectivité de Corse), 67 (Collectivité européenne d'Alsace), 69 (Département du Rhône).
    Données fictives.
    """
    # one figure drawn top to bottom (a third of it is the docstring): kept in one piece
    from ...analysis.peers import benchmark as bench
    from ...analysis.peers import council_once, of_type, peer_group, year_checked

    survey = of_type(survey, type)  # one type, or refused as benchmark refuses it
    _check_surveyed(survey, platforms, lang)  # on the whole file, then that year's
    survey = year_checked(survey, year, entity, [] if platforms is None else
                          [platforms] if isinstance(platforms, str) else list(platforms))
    b = bench(survey, entity, platforms=platforms, peers=peers).set_index("platform")
    group = peer_group(survey, entity, peers=peers)
    focus = b.attrs["code"]
    plats = list(b.index)
    _check_counted(group, plats, bool(survey.attrs.get("annuaire")))
    typed = b.attrs.get("typed_counts") or {}  # the rounded counts' cells, as typed
    asked = size
    size = sized(size, (9, min(max(2.6 + 0.55 * len(plats), 3.8), 10)), 7.5)
    with style():
        fig = figure(size)
        axes = fig.subplots(1, 2, sharey=True)
        # (panel id for the marks' gids: "rank:per_1000:x", then the column of the peer
        # group and of the benchmark, the same name in both)
        panels = ((axes[0], "followers", "followers", "rank", "n_peers", "peer_median",
                   "label-followers-log", "tied"),
                  (axes[1], "per_1000", "followers_per_1000", "rank_per_1000",
                   "n_peers_per_1000", "peer_median_per_1000", "label-per-1000-log",
                   "tied_per_1000"))
        rooms = []  # per panel: its row labels and the right end of its data
        # a value of 0 on a log axis: at its start, marked "0" (None: no value of 0)
        shown = group[group["platform"].isin(plats)]

        def median(p, med_col):
            return (b.at[p, med_col] if med_col in b.columns else
                    b.attrs.get(med_col, {}).get(p))

        zero_of = {col: _zero_at(list(shown[mine].dropna()) + [
            v for p in plats for v in (median(p, med_col), b.at[p, mine]) if not is_missing(v)])
            for _, col, mine, _, _, med_col, _, _ in panels}
        zeros: dict[str, dict[str, int]] = {"followers": {}, "per_1000": {}}  # dots drawn at 0
        drawn_per_1000: set = set()  # the codes drawn per 1,000 inhabitants
        # the platforms whose count the file gave abbreviated, by panel: marked ≈ in each,
        # counted once (the counts), the per-1,000 marks said, as the text says them
        rounded_in: dict[str, set] = {"followers": set(), "per_1000": set()}
        for ax, col, mine, rank_col, n_col, med_col, label, tied_col in panels:
            labels, data_max = [], -np.inf
            zero = zero_of[col]
            floor = zero[0] if zero else 0.0  # no value at or below 0 then
            for i, p in enumerate(plats):
                g = group[(group["platform"] == p) & group[mine].notna()]
                # a council of two départements with one count (2A and 2B) is one peer, as
                # the benchmark ranks it: the entity's own council not drawn again as a
                # peer, the other council's count once
                g, _ = council_once(g, focus)
                g = g[g["code"] != focus]
                vals = g[mine].astype(float).to_numpy()
                if zero:
                    zeros[col][p] = int((vals <= 0).sum())
                if col == "per_1000":
                    drawn_per_1000.update(g["code"])
                vals = np.maximum(vals, floor)
                data_max = max([data_max, *vals])
                ax.scatter(vals, i + _jitter(len(vals)), s=12, color=PEER, alpha=0.7, lw=0,
                           gid=f"peers:{p}")
                med = median(p, med_col)
                if not is_missing(med):
                    data_max = max(data_max, float(med))
                    ax.plot([max(float(med), floor)] * 2, [i - 0.3, i + 0.3], color="#222222", lw=1.6,
                            gid=f"median:{col}:{p}")
                v = b.at[p, mine]
                if not is_missing(v):
                    data_max = max(data_max, float(v))
                    if zero and float(v) <= 0:
                        zeros[col][p] = zeros[col].get(p, 0) + 1
                    if col == "per_1000":
                        drawn_per_1000.add(focus)
                    ax.scatter([max(float(v), floor)], [i], s=70,
                               color=HIGHLIGHT, zorder=3, edgecolor="white", lw=1,
                               gid=f"focus:{p}")
                    # at the right end of its own row, centred on it (not on the line
                    # between two rows, where it read as the row above's); a value from a
                    # count abbreviated in the file ("41,2k") written "≈ 41 200" under
                    # its rank, as the text and the ranking chart mark it (a second line:
                    # a wider label would push the data into less of the panel)
                    # « 3e ou 4e sur 13 » when a count read from an abbreviated number
                    # leaves the rank open (the caption says whose), as the text says it
                    word = bench_rank_words(_row(b, p), mine, lang, typed.get(p),
                                            short=True)[0]
                    # the peers of the row whose count the reader questioned, counted beside
                    # the rank as the text counts them (« 5e sur 87 (dont 1 à vérifier) »):
                    # the benchmark's count, the entity's own never among them
                    n_q = _peers_questioned(b, p)
                    if n_q:
                        word += msg("bench-peers-questioned", lang, n=fmt_int(n_q, lang))
                    # its own, under the rank after its value, as the text says it
                    # (« 251 991 abonnés (à vérifier) »): "≈ 41 200 (à vérifier)" when
                    # rounded, "251 991 (à vérifier)" else (not a loose « (à vérifier) »
                    # under a rank that ends with its peers' count)
                    mark = questioned_mark(_own_questioned(b, p), lang).strip()
                    value = (fmt_int(v, lang) if col == "followers"
                             else per1000_number(float(v), lang))
                    if _rounded(b, p):
                        rounded_in[col].add(p)
                        word += "\n" + ROUNDED_MARK + value + (" " + mark if mark else "")
                    elif mark:
                        word += "\n" + value + " " + mark
                    labels.append(ax.text(
                        0.995, i, word,
                        transform=ax.get_yaxis_transform(), ha="right", va="center",
                        fontsize=8, color=HIGHLIGHT, fontweight="bold", bbox=_BACK,
                        gid=f"rank:{col}:{p}"))
                else:
                    pres = b.at[p, "present"]
                    own, compared = b.at[p, "entity_year"], b.at[p, "year"]
                    older = not is_missing(own) and not is_missing(compared) and own < compared
                    word = (msg("label-older", lang, year=int(own)) if older else
                            msg("label-no-data" if is_missing(pres) else
                                "label-no-count" if bool(pres) else "label-absent", lang))
                    labels.append(ax.text(
                        0.995, i, word, transform=ax.get_yaxis_transform(), ha="right",
                        va="center", fontsize=8, color="#555555", style="italic", bbox=_BACK,
                        gid=f"absent:{col}:{p}"))
            # both panels on a log scale (why: the function's docstring)
            ax.set_xscale("log")
            ax.xaxis.set_major_locator(LogLocator(base=10, numticks=8))
            ax.xaxis.set_minor_locator(NullLocator())
            if zero:  # 0 at the axis' start, its tick "0", a break before the decades
                ax.set_xlim(left=zero[1])
                ax.xaxis.set_minor_locator(FixedLocator([zero[0]]))
                ax.xaxis.set_minor_formatter(FuncFormatter(lambda v, _: msg("label-zero", lang)))
                major = ax.xaxis.get_major_ticks()[0]  # the "0" as the decades' labels
                ax.tick_params(axis="x", which="minor", length=major.tick1line.get_markersize(),
                               pad=major.get_pad(), labelsize=major.label1.get_fontsize())
                ax.text(zero[0] * 10 ** 0.25, 0, "//", transform=ax.get_xaxis_transform(),
                        ha="center", va="center", fontsize=8, color="#555555",
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5},
                        clip_on=False, gid="zero-break")
            # followers: whole numbers; per 1,000: the decimals each tick needs ("0,2",
            # not "0" for 0,2: most TikTok and LinkedIn values are under 2)
            ax.xaxis.set_major_formatter(FuncFormatter(
                (lambda v, _: fmt_int(v, lang)) if col == "followers"
                else (lambda v, _: _log_number(v, lang))))
            ax.set_xlabel(msg(label, lang))
            ax.grid(axis="x", visible=True)
            ax.grid(axis="y", visible=False)
            ax.set_ylim(len(plats) - 0.5, -0.5)
            rooms.append((ax, labels, data_max, True))
        # a platform not read in the benchmark's year (TikTok of 2025 under 2026): its year
        # beside its name, « TikTok (2025) », said in the caption, never drawn as 2026's
        latest = bench_latest_year(b.attrs)
        stale = {p: int(b.at[p, "year"]) for p in plats
                 if bench_not_in_year(_row(b, p), latest)}
        axes[0].set_yticks(range(len(plats)), [
            msg("label-platform-year", lang, platform=platform_label(p, lang), year=stale[p])
            if p in stale else platform_label(p, lang) for p in plats])
        # the name every view gives: the council's with both codes when 2A and 2B are
        # one count ranked once (« Collectivité de Corse (2A, 2B) »), as rank names it
        name = plain(b.attrs["name"])
        if b.attrs.get("council_once"):
            name = "{} ({})".format(*bench_entity_name(b.attrs))
        once_base = council_once_base(b.attrs, lang)  # « 12 … du fichier, dont 2A et 2B : … »
        years = b.attrs.get("years") or []  # the years compared, the latest of each platform
        year = max(years) if years else None
        no_year = undated(b)  # no reading date in the file: « année non précisée », as said
        put_title(fig, title or msg("title-benchmark", lang, name=name,
                                    year=year_words(year, no_year, lang)).rstrip(", "),
                  _peers_words(group, lang) + once_base, ax=axes[0],
                  fictitious=is_fictitious(survey), lang=lang)
        gids = {a.get_gid() or "" for ax in axes for a in ax.collections + ax.lines}
        # the dot and the line in one sentence (a slide's caption: as few lines as it can)
        keys = ([msg("note-focus", lang, name=name)] if any(g.startswith("focus:") for g in gids)
                else []) + ([msg("note-median", lang)] if any(g.startswith("median:") for g in gids)
                            else [])
        notes = [(" ; " if lang != "en" else "; ").join(
            k if i == 0 else k[:1].lower() + k[1:] for i, k in enumerate(keys))] if keys else []
        # older readings are not compared with the latest year's; "Non;0" is no peer with 0
        # followers: neither drawn, both counted
        notes += left_out_notes(platforms_set_aside_text(b.attrs.get("set_aside"), lang,
                                                         b.attrs.get("same_campaign")),
                                b.attrs.get("no_account"), lang,
                                platforms_no_year_text(b.attrs.get("set_aside"), lang),
                                b.attrs.get("no_account_doubtful"))
        if stale:
            notes.append(msg("note-not-in-year", lang, latest=latest, items=said_and(
                [msg("label-platform-year", lang, platform=platform_label(p, lang), year=y)
                 for p, y in stale.items()], lang)))
        t = b.attrs.get("collectivity_type") or group.attrs.get("collectivity_type")

        def zero_items(counts: dict[str, int]) -> str:
            return (", " if lang == "en" else " ; ").join(
                msg("note-zero-log-item", lang, platform=platform_label(p, lang),
                    n=fmt_int(n, lang), who=type_label(t, lang, n > 1)) for p, n in counts.items())

        # a value of 0 drawn at the start of a log axis: said, counted; the same peers on
        # both panels (0 followers is 0 per 1,000) said once
        zf, zk = ({p: n for p, n in zeros[c].items() if n} for c in ("followers", "per_1000"))
        if zf and zf == zk:
            notes.append(msg("note-zero-log-both", lang, items=zero_items(zf)))
        else:
            if zf:
                notes.append(msg("note-zero-log", lang, items=zero_items(zf)))
            if zk:
                notes.append(msg("note-zero-log-per-1000", lang, items=zero_items(zk)))
        # the peers not ranked (blank, "Non", no count), counted per platform: their
        # reasons and names are in the table and the report, the caption says where
        unranked = bench_not_ranked_counts_note(b.reset_index(), plats, focus, lang,
                                                annuaire=bool(survey.attrs.get("annuaire")))
        if unranked:
            notes.append(plain(unranked))
        # a rank a count read from an abbreviated number leaves open: whose count, as typed
        # (« 3e ou 4e sur 13 (Facebook, pour 1 000 habitants) : le compte de Gironde,
        # « 112 k », est arrondi »)
        notes += [line for p in plats for m in ("followers", "followers_per_1000")
                  if (line := bench_rank_range_line(_row(b, p), m, lang, typed.get(p)))]
        n_rounded = len(rounded_in["followers"] | rounded_in["per_1000"])
        if n_rounded:  # the entity's counts marked ≈: said why, one of its cells quoted
            notes.append(rounded_counts_note(n_rounded, lang, bench_own_typed(b.reset_index()),
                                             bool(rounded_in["per_1000"])))
        n_questioned = bench_questioned(b.reset_index())  # as the text counts them
        if n_questioned:  # counts the reader questioned, marked beside the ranks: said why
            notes.append(questioned_note(n_questioned, b.attrs.get("collectivity_type"), lang))
        narrower = group.attrs.get("narrower")
        if narrower:  # communes all villes préfectures (said in the base): how else read
            from ..views import narrower_said

            notes.append(narrower_said(narrower, lang, "words"))
        # behind "pour 1 000 habitants"; Mayotte's census said when one is drawn
        notes.append(population_note([t], lang, group["code"].unique()))
        # per 1,000 inhabitants of a council's population (69: 69D's): only the councils
        # whose territory is drawn in the right panel, in one short sentence
        served = served_short_note([e for e in b.attrs.get("population_served") or ()
                                    if e["code"] in drawn_per_1000], lang)
        if served:
            notes.append(served)
        base = (_peers_words(group, lang).split(" : ", 1)[-1].split(": ", 1)[-1] + once_base
                + _ranked_of(b, plats, group["code"].nunique(), lang))
        caption(fig, survey_caption(survey, lang, base, year, notes, undated=no_year))
        if asked is None:  # a long caption (peers not ranked, councils' populations) gets
            # its own room, not the panels': the natural height holds six lines of it
            lines = fig.get_supxlabel().count("\n") + 1
            fig.set_figheight(size[1] + max(0, lines - CAPTION_LINES) * CAPTION_LINE_IN)
        _label_room(fig, rooms)  # once the layout (title, caption, ticks) is in place
        # in the final x range: tick labels never touch; after a "0", the decades' from
        # the first one
        _ticks_apart(fig, axes, {ax: zero_of[col][0] * 10 ** 0.5 for ax, col, *_ in panels
                                 if zero_of[col]},
                     {ax: data_max for ax, _, data_max, log in rooms if log})
    return fig
