"""Scatter: followers against population (log scales), a reference line, labelled outliers."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

from ...domain.errors import NoDataError
from ...domain.keywords import numbered
from ...domain.registry import OKABE_ITO, find_platform, platform_color
from ...messages import text as msg
from ..formats import (fmt_int, per1000_number, platform_label, population_note,
                       set_aside_text, no_year_text, text_counted, type_label)
from ..views import (ROUNDED_MARK, questioned_flags, questioned_mark, questioned_note,
                     rounded_flags, rounded_note)
from .captions import is_fictitious, left_out_notes, survey_caption, undated, year_words
from .style import HIGHLIGHT, caption, figure, place_labels, plain, style
from .style import sized
from .style import title as put_title

__all__ = ["scatter"]

_OUTLIERS = 3  # labelled at each end of the followers-per-1,000 ranking


def _log_axis(axis, lang: str) -> None:
    """Ticks at 1, 2, 5 × 10^k written in full ("100 000", never "2×10⁵")."""
    axis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0), numticks=12))
    axis.set_minor_locator(NullLocator())
    axis.set_major_formatter(FuncFormatter(lambda v, _: fmt_int(v, lang)))


@numbered
def scatter(survey: pd.DataFrame, platform: str, focus: str | None = None,
            type: str | None = None, lang: str = "fr", title: str | None = None,
            size: tuple[float, float] | None = None, colorblind: bool = False,
            year: int | None = None) -> Figure:
    """Followers against population (log scales) for one platform.

    The line is the median followers per 1,000 inhabitants (from
    :func:`barometre.follower_stats`); the entities ranked first and last per
    1,000 inhabitants (from :func:`barometre.league_table`) are named; the focus
    entity is orange. A dot whose count the reader questioned (``followers_questioned``:
    more followers than inhabitants, far above the file's others) is drawn as read, named
    wherever it lies and marked « (à vérifier) », and the caption names the checks
    (``count-above-population``…). The readings are those of the platform's latest year (of ``year``
    when given: :func:`barometre.analysis.survey.readings_of_year`); the caption counts
    the older ones set aside and names the population.

    Parameters
    ----------
    survey : DataFrame
        Tidy frame from :func:`barometre.read_survey`.
    platform : str
        Platform id or alias.
    focus : str, optional
        Code or name of the entity drawn in orange and named.
    type : str, optional
        Draw the entities of this type only (e.g. ``grande_ville`` from a commune survey).
    lang : {"fr", "en"}
    title : str, optional
        Replaces the title (a chart of fictitious data keeps its mark, « (données
        fictives) », at its end).
    size : (width, height) in inches, optional (default: 8 × 5.6)
        A pair, or the command line's ``--size`` text (``"8x4.5"``); each side 1 to 40
        inches (``UsageError`` ``chart-bad-size``, ``chart-size-range``).
        A size too small to read is refused (``UsageError`` ``chart-too-small``).
    colorblind : bool
        The dots in Okabe-Ito blue instead of the platform's brand colour.
    year : int, optional
        Draw the readings of that year (default: the platform's latest).

    Raises
    ------
    NoDataError
        No entity has a positive follower count and a population on the platform.

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))  # fictitious data
    >>> fig = bm.charts.scatter(s, "facebook", focus="44")
    >>> fig.get_suptitle()
    'Facebook : abonnés et population des départements, 2025\\n(données fictives)'
    >>> cap = fig.get_supxlabel().splitlines()
    >>> print("\\n".join(cap[:4]))
    Source : enquête enquete-departements-donnees-fictives.xlsx, 2025.
    Base : 84 départements de l'enquête.
    Droite : 36,9 abonnés pour 1 000 habitants (médiane).
    En orange : Loire-Atlantique.
    >>> cap[4].startswith("Population (pour 1 000 habitants) : population municipale INSEE")
    True
    >>> cap[6][:56], cap[-1]  # 67, 68, 69, 2A, 2B at their councils' populations
    ('Population du conseil, non du territoire : Rhône (69) : ', 'Données fictives.')
    """
    # one figure drawn top to bottom (a third of it is the docstring): kept in one piece
    from ...analysis.peers import league_table, year_checked
    from ...analysis.survey import PEER_COLUMNS, follower_stats, require_columns, restrict
    from ...datasets.reference import resolve, survey_row_entity

    survey = require_columns(survey, PEER_COLUMNS)
    # that year's readings; the focus without one that year, said (it was left out silently)
    survey = year_checked(survey, year, focus, [platform])
    p = find_platform(platform).id
    sub = restrict(survey, type)
    table = league_table(sub)
    g = table[(table["platform"] == p) & table["followers"].notna() & table["population"].notna()]
    g = g[(g["followers"].astype(float) > 0) & (g["population"].astype(float) > 0)]
    if g.empty:
        raise NoDataError.of("chart-no-followers", platform=platform_label(p, lang))
    t = str(g["collectivity_type"].iloc[0])
    focus_code = survey_row_entity(resolve(focus, type=t)).code if focus else None  # "CD2B": 2B
    for c in table.attrs.get("councils_once", {}).get(p, []):
        if focus_code in c["territories"]:  # 2B: its council's one dot (20R)
            focus_code = c["code"]
    stats = follower_stats(sub)
    stats = stats[stats["platform"] == p]
    year = g["year"].dropna().max() if "year" in g else None
    if len(stats) and "year" in stats and not pd.isna(year):
        stats = stats[stats["year"] == year] if (stats["year"] == year).any() else stats
    per_1000 = float(stats["median_per_1000"].iloc[-1]) if len(stats) else None
    color = OKABE_ITO[0] if colorblind else platform_color(p)
    with style():
        fig = figure(sized(size, (8, 5.6), 6))
        ax = fig.add_subplot()
        others = g[g["code"] != focus_code]
        x, y = others["population"].astype(float), others["followers"].astype(float)
        ax.scatter(x, y, s=20, color=color, alpha=0.55, lw=0, gid="peers")
        notes = []
        if per_1000 and per_1000 > 0:
            xs = np.array([g["population"].astype(float).min() / 1.5,
                           g["population"].astype(float).max() * 1.5])
            ax.plot(xs, xs * per_1000 / 1000, color="#333333", lw=1, ls="--", gid="reference")
            notes.append(msg("note-reference-line", lang, value=per1000_number(per_1000, lang)))
        labels = []
        n_rounded = 0
        example: tuple[str, int] | None = None  # a rounded count named, as typed

        def named(r) -> str:
            """The point's name; a count abbreviated in the file ("1,2 k") with its rounded
            value, marked ≈ as rankings and reports mark it: "Charente-Maritime (≈ 1 200)";
            a count the reader questioned, « (à vérifier) » after it, as rank marks it."""
            nonlocal n_rounded, example
            one = pd.DataFrame([r])
            mark = questioned_mark(questioned_flags(one)[0], lang)
            if not rounded_flags(one)[0]:
                return plain(r["name"]) + mark
            n_rounded += 1
            typed = r.get("followers_typed")
            if example is None and isinstance(typed, str) and typed:
                example = (typed, int(r["followers"]))
            return f"{plain(r['name'])} ({ROUNDED_MARK}{fmt_int(r['followers'], lang)}){mark}"

        if focus_code is not None and (g["code"] == focus_code).any():
            me = g[g["code"] == focus_code].iloc[0]
            ax.scatter([float(me["population"])], [float(me["followers"])], s=80,
                       color=HIGHLIGHT, edgecolor="white", zorder=3, gid="focus")
            labels.append((float(me["population"]), float(me["followers"]), named(me),
                           {"color": HIGHLIGHT, "fontweight": "bold", "fontsize": 9,
                            "gid": "focus-label"}))
            notes.append(msg("note-focus", lang, name=plain(me["name"])))
        ranked = g[g["rank_per_1000"].notna() & (g["code"] != focus_code)].sort_values(
            "rank_per_1000", kind="stable")
        # a dot whose count the reader questioned (a « 1,2 M » typed for « 1,2 k ») is named
        # and marked wherever it lies, before the ends, so that no other label takes its room
        questioned = g[questioned_flags(g)]
        others_q = questioned[questioned["code"] != focus_code]
        ends = pd.concat([others_q, ranked.head(_OUTLIERS), ranked.tail(_OUTLIERS)]
                         ).drop_duplicates("code")
        q_codes = set(others_q["code"])
        for _, r in ends.iterrows():
            # a questioned name is long (« … (à vérifier) »): beside its own dot, on either
            # side, before below it, where it ran under the next dots and read as theirs
            labels.append((float(r["population"]), float(r["followers"]), named(r),
                           {"color": "#333333", "fontsize": 8, "gid": f"outlier:{r['code']}",
                            "beside": r["code"] in q_codes}))
        if n_rounded:  # the names written with a rounded count, marked ≈: said why, one
            # of them quoted as the file typed it
            notes.append(rounded_note(n_rounded, lang, example))
        if len(questioned):  # the dots of a count the reader questioned: drawn as read, said
            notes.append(questioned_note(len(questioned), t, lang))
        ax.set_xscale("log")
        ax.set_yscale("log")
        _log_axis(ax.xaxis, lang)
        _log_axis(ax.yaxis, lang)
        ax.set_xlabel(msg("label-population", lang))
        ax.set_ylabel(msg("label-followers-log-y", lang))
        ax.grid(axis="both", visible=True)
        plural = type_label(t, lang, True)
        put_title(fig, title or msg("title-scatter", lang, platform=platform_label(p, lang),
                                    plural=plural,
                                    year=year_words(year, undated(g), lang)).rstrip(", "),
                  fictitious=is_fictitious(survey), lang=lang)
        # older readings are not drawn among the latest year's; a count beside "Non" is no
        # account's: neither drawn, both counted
        notes += left_out_notes(set_aside_text(table.attrs.get("set_aside", {}).get(p), lang,
                                               table.attrs.get("same_campaign", {}).get(p)),
                                table.attrs.get("no_account", {}).get(p), lang,
                                no_year_text(table.attrs.get("set_aside", {}).get(p), lang),
                                (table.attrs.get("no_account_doubtful") or {}).get(p))
        from ...analysis.peers import served_of
        from ..views import councils_once_note, served_note, type_total

        # the population axis and the line's (Mayotte's census said when one is drawn)
        notes.append(population_note([t], lang, g["code"].unique()))
        served = served_note(served_of(g["code"], t, g["population"] if "population" in g
                                       else None), lang)
        if served:  # placed at their council's population (69: 69D's), not the territory's
            notes.append(served)
        # a council of two départements whose rows give one count is one dot (league_table,
        # as rank ranks it): its two départements counted in the base, the dot said
        once = [c for c in table.attrs.get("councils_once", {}).get(p, [])
                if (g["code"] == c["code"]).any()]
        if once:
            notes.append(councils_once_note({"councils_once": once}, lang,
                                            "note-councils-once-drawn"))
        n = len(g) + sum(len(c["territories"]) - 1 for c in once)
        base = text_counted("chart-survey-base", lang, n, t)  # "1 métropole de l'enquête"
        # a file of a part of the type: never read as the country (rvcom19), as the ranking
        # says it: « 11 villes préfectures de l'enquête, sur les 12 du fichier (101 en France) »
        total, in_file = type_total(t), sub.loc[sub["collectivity_type"] == t, "code"].nunique()
        if total and in_file < total:
            base += (msg("rank-of-file", lang, n=fmt_int(in_file, lang), total=fmt_int(total, lang))
                     if in_file > n else msg("rank-of-file-one", lang, total=fmt_int(total, lang)))
        caption(fig, survey_caption(survey, lang, base, year, notes, undated=undated(g)))
        # every dot drawn, named or not: no name may sit nearer a neighbour's dot than its own
        place_labels(ax, labels, dots=zip(g["population"].astype(float),
                                          g["followers"].astype(float)))
    return fig
