"""Ranking: the top N as horizontal bars, then a gap, an ellipsis and the focus entity."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ...datasets.reference import resolve, survey_row_entity
from ...domain.errors import NoDataError, UsageError
from ...domain.keywords import numbered
from ...domain.registry import OKABE_ITO, TYPES, platform_color
from ...messages import text as msg
from ..formats import (fmt_int, fmt_ordinal, no_population_text, per1000_number, platform_label,
                       population_note, set_aside_text, no_year_text, text_counted, type_label)
from ..views import (ROUNDED_MARK, councils_once_note, file_part_text, narrower_said,
                     not_ranked_text, questioned_flags,
                     questioned_mark, questioned_note, rank_base_text, rounded_example, rounded_flags, rounded_note,
                     served_note)
from .captions import is_fictitious, left_out_notes, survey_caption, undated, year_words
from .frames import check_frame
from .style import HIGHLIGHT, caption, figure, fit_xlim, plain, style
from .style import sized
from .style import title as put_title

__all__ = ["ranking", "peer_ranking"]


@numbered
def peer_ranking(survey: pd.DataFrame, platform: str, metric: str = "followers",
                 type: str | None = None, entity: str | None = None, peers: str | None = None,
                 year: int | None = None) -> pd.DataFrame:
    """The ranking :func:`ranking` draws: :func:`barometre.rank` (this function is it, kept
    for the code that calls it by this name) of the readings of ``year``
    (by default the platform's latest year's), among the peers of ``entity`` when ``peers``
    is ``"region"`` (its région) or ``"strate"`` (its population band), or by default its
    category for an intercommunalité of a file of several, the groups
    :func:`barometre.benchmark` compares it with; ``attrs["peer_group"]`` then says which
    (``peers``, ``shared``: the région's code or the band), and the chart's title and base
    name it.

    Parameters
    ----------
    survey, platform, metric, type, entity, peers, year
        As for :func:`barometre.rank`.

    Raises
    ------
    UsageError
        ``peers`` other than ``"type"`` without ``entity``.
    NoDataError
        No reading of ``year``; ``entity`` not in the file; no value to rank.

    Examples
    --------
    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))  # fictitious data
    >>> r = bm.charts.peer_ranking(s, "facebook", entity="Gironde", peers="region")
    >>> sorted(r["name"])[:3], r.attrs["peer_group"]
    (['Charente', 'Charente-Maritime', 'Corrèze'], {'peers': 'region', 'shared': '75'})
    """
    from ...analysis.peers import rank

    return rank(survey, platform, metric=metric, type=type, entity=entity, peers=peers,
                year=year)


def _group_plural(ranks: pd.DataFrame, plural: str, lang: str) -> str:
    """"départements", or "départements de la région Nouvelle-Aquitaine" for a ranking
    among one entity's peers (:func:`barometre.rank` with ``peers``)."""
    from ...analysis.peers import peer_group_words

    from ...messages import Words

    g = ranks.attrs.get("peer_group")
    if not g or g.get("shared") is None:
        return plural
    return peer_group_words(ranks.attrs["collectivity_type"], g["peers"],
                            g["shared"], Words(plural, plural), kind=g.get("kind")).render(lang)


def _value_text(metric: str, lang: str):
    if metric == "followers":
        return lambda v: fmt_int(v, lang)
    return lambda v: per1000_number(float(v), lang)


def _axis_text(lang: str):
    """Axis ticks: whole numbers only ("0", "10", "20", never "0,0 10,0")."""
    return FuncFormatter(lambda v, _: fmt_int(v, lang))


def ranking(ranks: pd.DataFrame, focus: str | None = None, top: int = 10, lang: str = "fr",
            title: str | None = None, size: tuple[float, float] | None = None,
            colorblind: bool = False, survey: pd.DataFrame | None = None) -> Figure:
    """Horizontal bars of the top ``top`` of a ranking, plus the focus entity if outside it.

    Parameters
    ----------
    ranks : DataFrame
        The full ranking from :func:`barometre.rank` (not cut to the top); its
        ``attrs`` give the platform, metric, source file and year; the caption counts
        the older readings set aside (``attrs["set_aside"]``) and the entities not
        placed per 1,000 inhabitants for a population of 0 or unknown
        (``attrs["no_population"]``). A value from a count the file gave abbreviated
        (``followers_rounded``: "184,8k" read as 184 800) is labelled "≈ 184 800", and
        the caption says how many bars are so; a rank two bars share (ties share the best
        rank) is labelled "47,7 (ex aequo)" on each. The caption's base is that of
        :func:`barometre.render.views.rank_base_text`: how many were ranked and why the
        others were not ("21 métropoles classées (1 avec un compte sans nombre
        d'abonnés)"). A ranking without a value is refused
        (``NoDataError`` ``chart-no-rows``).
    focus : str, optional
        Code or name of the entity to highlight. Outside the top, it follows a gap
        and an ellipsis. Without a rank, the caption says why: a value of an older year,
        or, for the ``entity`` the ranking was made for (:func:`barometre.rank`'s
        ``attrs["entity_not_ranked"]``), « sans compte », « compte sans nombre
        d'abonnés », « sans réponse », 0 habitant or no reading of the platform; for
        another entity, « pas de valeur ».
    top : int, default 10
        How many ranks to draw: a whole number of at least 1, 10 or 10.0 or "10" as
        :func:`barometre.rank`'s ``top`` (another value, None included, is a
        ``UsageError`` ``rank-top-invalid``). Entities tied at the last rank kept are all drawn, as
        ``barometre rank --top`` prints them, and the title counts the bars drawn and says
        why: « Facebook : les 11 départements les plus suivis (2 ex aequo au 10e rang) »,
        "the top 11 départements (2 tied at 10th)".
    lang : {"fr", "en"}
    title : str, optional
        Replaces the title (a chart of fictitious data keeps its mark, « (données
        fictives) », at its end).
    size : (width, height) in inches, optional (default: from the number of bars)
        A pair, or the command line's ``--size`` text (``"8x4.5"``); each side 1 to 40
        inches (``UsageError`` ``chart-bad-size``, ``chart-size-range``).
        A size too small to read is refused (``UsageError`` ``chart-too-small``).
    colorblind : bool
        The bars in Okabe-Ito blue instead of the platform's brand colour.
    survey : DataFrame, optional
        The survey ranked (for the caption's file name and "données fictives"; default:
        what ``ranks.attrs`` say of it).

    Examples
    --------
    The demo workbook's Facebook ranking (fictitious data), Loire-Atlantique highlighted:

    >>> import barometre as bm
    >>> s = bm.read_survey(bm.demo_file("enquete"))
    >>> fig = bm.charts.ranking(bm.rank(s, "facebook"), focus="44")
    >>> fig.get_suptitle()
    'Facebook : les 10 départements les plus suivis, 2025 (données fictives)'
    >>> print(fig.get_supxlabel())
    Source : enquête enquete-departements-donnees-fictives.xlsx, 2025.
    Base : 84 départements classés (7 sans réponse, 4 sans compte, 6 avec un compte sans nombre d'abonnés).
    Données fictives.
    """
    # one figure drawn top to bottom (a third of it is the docstring): kept in one piece
    check_frame(ranks, "ranking")
    from ...domain.keywords import whole_number

    whole = whole_number(top)  # as rank's top=: 10, 10.0 or "10" (the numeric arguments' rule)
    if whole is None or whole < 1:  # 0, -3: a title of one bar over none; 2.5 cut at 2
        raise UsageError.of("rank-top-invalid", value=repr(top))
    top = whole
    if ranks.empty or not ranks["value"].notna().any():  # no bar: said, not a float(NA)
        raise NoDataError.of("chart-no-rows")
    focus_code = None
    t = ranks.attrs.get("collectivity_type")
    if focus:
        focus_code = (focus if (ranks["code"] == focus).any()
                      else survey_row_entity(resolve(focus, type=t)).code)  # "CD2B": 2B
        for c in ranks.attrs.get("councils_once") or ():
            if focus_code in c["territories"]:  # 2B: its council's one bar (20R), as rank's
                focus_code = c["code"]
    shown = ranks[ranks["rank"] <= top]
    unranked = focus_code is not None and not (ranks["code"] == focus_code).any()
    outside = not unranked and focus_code is not None and focus_code not in set(shown["code"])
    metric = ranks.attrs.get("metric", "followers")
    platform = ranks.attrs.get("platform", "")
    fmt = _value_text(metric, lang)
    n_rows = len(shown) + (2 if outside else 0)
    # 0.3 in a bar up to 11 in; past 30 bars, the figure grows by 0.17 in a bar (12 pt: a
    # label of 8.5 pt and its gap), so that 100 bars' labels never run into each other
    size = sized(size, (8, max(min(max(1.9 + 0.3 * n_rows, 3.4), 11), 1.9 + 0.17 * n_rows)), 6)
    color = OKABE_ITO[0] if colorblind else platform_color(platform)
    with style():
        fig = figure(size)
        ax = fig.add_subplot()
        ys = list(range(len(shown)))
        rows = list(shown.itertuples())
        if outside:
            ys.append(len(shown) + 1)
            rows.append(next(ranks[ranks["code"] == focus_code].itertuples()))
        labels = []
        rounded_at = dict(zip(ranks.index, rounded_flags(ranks)))
        shown_rounded = [rounded_at[r.Index] for r in rows]
        questioned_at = dict(zip(ranks.index, questioned_flags(ranks)))  # « (à vérifier) »
        shown_questioned = [questioned_at[r.Index] for r in rows]
        # a rank two bars share (ties share the best rank): "27. …" twice is not a typo
        counts = ranks["rank"].value_counts()
        shared = set(counts.index[counts > 1])
        for y, r, rounded, q in zip(ys, rows, shown_rounded, shown_questioned):
            is_focus = r.code == focus_code
            bar = ax.barh(y, float(r.value), color=HIGHLIGHT if is_focus else color, height=0.75)
            bar.patches[0].set_gid(f"bar:{r.code}" + (":focus" if is_focus else ""))
            labels.append(ax.text(float(r.value), y,
                                  " " + (ROUNDED_MARK if rounded else "") + fmt(r.value)
                                  + (msg("label-tied", lang) if r.rank in shared else "")
                                  + questioned_mark(q, lang),
                                  va="center", fontsize=8.5,
                                  fontweight="bold" if is_focus else "normal"))
        ticks = [f"{r.rank}. {plain(r.name)}" for r in rows]
        ax.set_yticks(ys, ticks)
        if outside:
            ax.text(0, len(shown), msg("label-ellipsis", lang), va="center", ha="right",
                    fontsize=11, color="#777777", transform=ax.get_yaxis_transform(),
                    gid="ellipsis")
        for lab, r in zip(ax.get_yticklabels(), rows):
            if r.code == focus_code:
                lab.set_color(HIGHLIGHT)
                lab.set_fontweight("bold")
        ax.invert_yaxis()
        if n_rows > 30:  # the 5 % margins of 100 bars are 5 empty rows at each end: one
            ax.set_ylim(ys[-1] + 1, -1)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        ax.xaxis.set_major_formatter(_axis_text(lang))
        ax.spines["left"].set_visible(False)
        # a part of the type's entities in France (or communes all villes préfectures): the
        # title says the file's, « les 10 villes préfectures du fichier les plus suivies »,
        # never read as the country's (the base says how many of how many)
        of_file = bool(file_part_text(ranks.attrs, lang))

        def in_file(words: str) -> str:
            return msg("ranking-of-file", lang, plural=words) if of_file else words

        plural = in_file(_group_plural(ranks, type_label(t, lang, True) if t else "", lang))
        year = ranks.attrs.get("year")
        # "les plus suivies", "classées" for a feminine type (régions, villes préfectures…)
        fem = "-f" if t in TYPES and TYPES[t].feminine else ""
        code = "title-ranking" if metric == "followers" else "title-ranking-per-1000"
        no_year = undated(ranks)  # no reading date in the file: « année non précisée »
        said = {"platform": platform_label(platform, lang),
                "year": year_words(year or None, no_year, lang)}
        # the bars drawn, counted: ties at the last rank kept are all drawn (as `rank --top`
        # prints them), and the title says how many and why, never « les 10 » over 11 bars
        n_top = max(1, len(shown))
        if n_top == 1 and t:  # « la métropole la plus suivie », never « les 1 métropoles »
            head = text_counted(code + ("-only" if len(ranks) == 1 else ""), lang, 1, t,
                                group=lambda words: in_file(_group_plural(ranks, words, lang)),
                                **said)
        else:
            ties = ""
            if n_top > top:  # "(2 ex aequo au 10e rang)": the ties at the last rank drawn
                last = int(shown["rank"].max())
                ties = msg("title-ranking-ties", lang, rank=fmt_ordinal(last, lang),
                           n=fmt_int(int((shown["rank"] == last).sum()), lang))
            head = msg(code + fem, lang, top=n_top, plural=plural, ties=ties, **said)
        cap_survey = survey if survey is not None else _pseudo(ranks)
        put_title(fig, title or head.rstrip(", "),
                  msg("label-followers" if metric == "followers" else "label-per-1000", lang),
                  fictitious=is_fictitious(cap_survey), lang=lang)
        # who was ranked and why the others were not, as `rank` says it: "21 métropoles
        # classées (1 avec un compte sans nombre d'abonnés)", not read as no account
        base = rank_base_text(ranks.attrs, lang) or (text_counted(
            "note-ranked", lang, 1, t, group=lambda words: _group_plural(ranks, words, lang))
            if len(ranks) == 1 and t else msg(
            "note-ranked" + fem, lang, n=fmt_int(len(ranks), lang), plural=plural))
        # 2A and 2B with one count: one bar, the council's, said under the base as by rank
        notes = [n for n in (councils_once_note(ranks.attrs, lang),) if n]
        if ranks.attrs.get("narrower"):  # communes all villes préfectures: how else read
            notes.append(narrower_said(ranks.attrs["narrower"], lang, "words"))
        if unranked:  # said, not silently left out: a value of an older year than the
            # ranking's, or why it has none (no account, an account without a count…)
            notes.append(not_ranked_text(ranks.attrs, focus_code,
                                         plain(resolve(focus, type=t).name), lang))
        # older readings are not ranked among the latest year's; "Non;0" is no account with
        # 0 followers: neither drawn, both counted
        notes += left_out_notes(set_aside_text(ranks.attrs.get("set_aside"), lang,
                                               ranks.attrs.get("same_campaign")),
                                ranks.attrs.get("no_account"), lang,
                                no_year_text(ranks.attrs.get("set_aside"), lang),
                                ranks.attrs.get("no_account_doubtful"))
        if metric != "followers":  # the population behind "pour 1 000 habitants"
            notes.append(population_note([t], lang, ranks["code"].unique()))
        unplaced = no_population_text(ranks.attrs.get("no_population"), lang)
        if unplaced:  # no number per 1,000 for a population of 0 or unknown: counted
            notes.append(unplaced)
        drawn = {r.code for r in rows}  # a council's population, not its territory's: said
        served = served_note([e for e in ranks.attrs.get("population_served") or ()
                              if e["code"] in drawn], lang)
        if served:
            notes.append(served)
        if any(shown_rounded):  # the bars of a rounded count are marked ≈: said why, the
            # first of them quoted as the file typed it (« 112 k »)
            bars = pd.DataFrame({"code": [r.code for r in rows]})
            bars.attrs = ranks.attrs
            notes.append(rounded_note(sum(shown_rounded), lang,
                                      rounded_example(bars, shown_rounded)))
        if any(shown_questioned):  # the bars of a count the reader questioned: said why
            notes.append(questioned_note(sum(shown_questioned),
                                         ranks.attrs.get("collectivity_type"), lang))
        caption(fig, survey_caption(cap_survey, lang, base, year, notes, undated=no_year))
        fit_xlim(ax, labels, 0, float(ranks["value"].max()))
    return fig


def _pseudo(ranks: pd.DataFrame) -> pd.DataFrame:
    p = pd.DataFrame()
    p.attrs = {"file": ranks.attrs.get("source", ""), "fictitious": ranks.attrs.get("fictitious")}
    return p
