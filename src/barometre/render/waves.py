"""Text views of barometer waves: adoption per wave, changes between two waves, who moved.

Each function takes a result frame of :mod:`barometre.analysis.waves` and returns the
string the CLI prints for ``--format table``. No statistics here.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from typing import Any

from ..messages import Day, said_and, text
from .formats import (HIGH, LOW, annuaire_code, fmt_ci, fmt_float, fmt_int, fmt_share,
                      CI_MAX_DIGITS, growth_number, is_missing, per1000_number, platform_label, points_number,
                      population_note, type_label)
from .tables import text_table
from .views import ROUNDED_MARK, questioned_mark, served_note

__all__ = ["wave_date", "wave_words", "wave_trend_table", "changes_table", "changes_notes", "transitions_text", "not_read_lines",
           "fmt_points",
           "fmt_p", "untested", "p_words", "sure_range", "sure_range_note", "blank_rules_lines", "changes_title", "fmt_growth", "growth_words", "coinciding_lines", "growth_rounded_note", "growth_questioned_note",
           "waves_base"]

SMALL_N = 30
_ENTITIES = (("entité", "entités"), ("entity", "entities"))  # [English][plural]


def wave_date(label: str, lang: str = "fr") -> str:
    """A wave label for humans: "15 octobre 2025" / "15 October 2025", or the year."""
    if not isinstance(label, str) or len(label) != 10:
        return str(label)
    return Day.fromisoformat(label).render(lang)  # the one prose date of both languages


def wave_words(lang: str = "fr", **labels: Any) -> dict[str, str]:
    """Each wave label given (``old=``, ``new=``, ``wave=``) as the messages say it: the
    wave (:func:`wave_date`) and, under ``of_``, ``from_`` and ``to_``, with the words
    before it. French says a date "du 15 octobre 2025", "au 15 octobre 2025", and a year
    "de 2024", "à 2025" (never "du 2024").

    >>> w = wave_words(old="2024", new="2025-10-15")
    >>> w["from_old"], w["to_new"], w["of_old"], w["of_new"]
    ('de 2024', 'au 15 octobre 2025', 'de 2024', 'du 15 octobre 2025')
    >>> wave_words("en", old="2024")["from_old"]
    'from 2024'
    """
    out = {}
    for key, label in labels.items():
        said = wave_date(label, lang)
        if lang == "en":
            of, start, end = f"of {said}", f"from {said}", f"to {said}"
        elif isinstance(label, str) and len(label) == 10:  # a date
            of = start = f"du {said}"
            end = f"au {said}"
        else:  # a year
            of = start = f"de {said}"
            end = f"à {said}"
        out.update({key: said, f"of_{key}": of, f"from_{key}": start, f"to_{key}": end})
    return out


def fmt_points(change: object, lang: str = "fr", rounding: str = ROUND_HALF_UP) -> str:
    """A change of share (a difference of fractions) in percentage points: "+4,0 pts";
    "0,0 pts" only for no net change at all: 1 entity of 3 500 joining reads "+0,03 pts",
    1 commune of 34 875 "< +0,01 pts" (:func:`~barometre.render.formats.points_number`;
    the report's cell shows the same, :func:`~barometre.render.excel.cells.points_format`).
    ``rounding``: :data:`~barometre.render.formats.LOW` or ``HIGH`` for a bound of a sure
    range (:func:`sure_range`)."""
    if is_missing(change):
        return "–"
    return points_number(float(change) * 100, lang, rounding)


def fmt_p(p: object, census: bool, lang: str = "fr", low: object = None,
          high: object = None) -> str:
    """McNemar's p-value as the table shows it: "0,219", "< 0,001"; "exhaustif" for a
    census; the sure range of the change when both waves hold every entity of the base,
    some answers unknown (``low``, ``high``: :func:`barometre.changes`' ``change_low``,
    ``change_high``; nothing drawn, no test): "+3,9 à +6,0 pts", rounded outward
    (:func:`sure_range`); "–" when unknown.

    >>> fmt_p(None, False, "fr", 0.0396, 0.0594), fmt_p(None, False, "en", 0.0396, 0.0594)
    ('+3,9 à +6,0 pts', '+3.9 to +6.0 pts')
    """
    if census:
        return text("waves-census", lang)
    if not is_missing(low) and not is_missing(high):
        return sure_range(low, high, lang)
    if is_missing(p):
        return "–"
    return ("< 0.001" if lang == "en" else "< 0,001") if float(p) < 0.001 else \
        fmt_float(p, 3, lang)


def untested(r: Any) -> bool:
    """A row of :func:`barometre.changes` on waves far from the type's categories' or size
    bands' proportions (``flags`` ``non_random_sample``, ``attrs["mix_design"]``): its
    shares are the compared entities', marked « † », and no test (p) is given, the note
    under the table, the chart or the sheet says why; a row of :func:`barometre.wave_trend`
    of a wave that is no random sample of its type, likewise: its share marked « † », no
    interval. ``r``: a record (mapping) or a row of ``itertuples()``.

    >>> untested({"flags": "non_random_sample"}), untested({"flags": None}), untested({})
    (True, False, False)
    """
    flags = r.get("flags") if hasattr(r, "get") else getattr(r, "flags", None)
    return "non_random_sample" in str(flags or "")


def sure_range(low: object, high: object, lang: str = "fr") -> str:
    """The sure range of a change (fractions) in points: "+3,9 à +6,0 pts", its low bound
    rounded down and its high one up, so that the range printed contains the exact one
    (it says « sûr »: +15,87 to +19,81 reads "+15,8 à +19,9 pts"); the change itself when
    both bounds are one ("+4,0 pts").

    >>> sure_range(0.1587, 0.1981), sure_range(-0.0201, 0.04, "en"), sure_range(0.04, 0.04)
    ('+15,8 à +19,9 pts', '−2.1 to +4.0 pts', '+4,0 pts')
    """
    if not is_missing(low) and not is_missing(high) and float(low) == float(high):
        return fmt_points(low, lang)
    lo, hi = fmt_points(low, lang, LOW), fmt_points(high, lang, HIGH)
    if lo == hi:
        return lo
    return text("waves-sure-range", lang, low=lo.removesuffix(" pts"), high=hi)


def p_words(p: object, census: bool, lang: str = "fr", low: object = None,
            high: object = None) -> str:
    """The p-value in words, for a sentence or a chart's note: "p = 0,219", "p < 0,001"
    (never "p = < 0,001"), "exhaustif" for a census (no sampling), the sure range of the
    change when both waves hold every entity (:func:`fmt_p`), "–" when unknown.

    Examples
    --------
    >>> p_words(0.21875, False), p_words(0.0004, False), p_words(0.0004, False, "en")
    ('p = 0,219', 'p < 0,001', 'p < 0.001')
    >>> p_words(None, False, "fr", 0.0396, 0.0594)
    'sûr : +3,9 à +6,0 pts'
    """
    words = fmt_p(p, census, lang, low, high)
    if not census and not is_missing(low) and not is_missing(high):
        return text("waves-sure-range-words", lang, range=words)
    if census or is_missing(p):
        return words
    return f"p {words}" if words.startswith("<") else f"p = {words}"


def sure_range_example(df: Any, lang: str = "fr") -> str | None:
    """The first sure range a table of :func:`barometre.changes` shows in place of a p
    (:func:`fmt_p`), to quote in its note; None when it shows none."""
    if df is None or "change_low" not in getattr(df, "columns", ()):
        return None
    for r in df.to_dict("records"):
        if not r["census"] and not is_missing(r["change_low"]) and not is_missing(r["change_high"]):
            return sure_range(r["change_low"], r["change_high"], lang)
    return None


def base_note(df: Any, lang: str = "fr") -> str:
    """The method line under a table of :func:`barometre.changes` (the terminal's and the
    Mouvements sheet's): its shares' base, its p, and what « exhaustif » means there, the
    part's when the waves hold a part of the type (``attrs["design"]``), the base said's,
    or the type's; that last only when a row's p column says « exhaustif » (a census, no
    mark « † »): a legend of nothing shown would read as if something were counted whole
    (a part held with some answers unknown gives a sure range, no census). No word of
    McNemar when every row's p says « voir † » (waves that are no random sample of their
    type: no test run, the « † » note says why)."""
    a = df.attrs
    records = df.to_dict("records")
    if records and all(untested(r) for r in records):
        return text(annuaire_code("waves-note-base-untested", a), lang)
    if not any(bool(r["census"]) and not untested(r) for r in records):
        return text(annuaire_code("waves-note-base-no-census", a), lang)
    return text(annuaire_code("waves-note-base-part" if a.get("design") else
                              "waves-note-base-said" if a.get("base") else "waves-note-base", a),
                lang)


def sure_range_note(df: Any, lang: str = "fr") -> str | None:
    """The note under a table of :func:`barometre.changes` that shows a sure range in place
    of a p: why no p, what the range is; None when it shows none."""
    example = sure_range_example(df, lang)
    if example is None:
        return None
    a = df.attrs
    whom = ("waves-note-sure-range-part" if a.get("design") else
            "waves-note-sure-range-said" if a.get("base") else "waves-note-sure-range-type")
    return text("waves-note-sure-range", lang, example=example, whom=text(whom, lang))


def blank_rules_lines(df: Any, lang: str = "fr", trend: bool = False) -> list[str]:
    """One warning per platform whose blank presence cells the waves read two ways, as
    absence in one and as not answered in another (``attrs["blank_rules"]`` of
    :func:`barometre.transitions`, :func:`barometre.changes`, :func:`barometre.wave_trend`):
    each wave keeps its own reading, in changes as in trend; the joined and left
    (``trend``: the gap between the waves) may come from it."""
    out = []
    for r in (getattr(df, "attrs", None) or {}).get("blank_rules") or ():
        def items(waves: dict) -> str:
            return said_and([text("waves-blank-rules-item", lang, n=fmt_int(n, lang),
                                  **wave_words(lang, wave=w)) for w, n in waves.items()], lang)

        out.append(text("waves-blank-rules-trend" if trend else "waves-blank-rules-changes",
                        lang, platform=platform_label(r["platform"], lang),
                        as_absent=items(r["absent"]), unknown=items(r["unknown"])))
    return out


def changes_title(df: Any, lang: str = "fr", waves_read: int | None = None) -> str:
    """The title of a table of :func:`barometre.changes` (the text's, the Mouvements
    sheet's): the type (or the base said), the two waves, the files holding them, or every
    file read when more were (« 3 fichiers lus, 2 vagues comparées »: a third wave's file,
    not compared), or every wave read when a file holding a compared wave holds a third
    (« 1 fichier, 3 vagues lues, 2 comparées »: a long file). ``waves_read``: a report's
    panel made of that many waves, more than the two compared (« 11 départements du panel
    (dans chacune des 3 vagues lues) »)."""
    a = df.attrs
    files = a.get("files") or {}
    n_files = len({f for fs in files.values() for f in fs}) or 1
    n_read = a.get("n_files_read") or n_files
    # the base said (within, panel) in place of the type, as compare names it
    kind = waves_base(df, lang) or type_label(a.get("collectivity_type") or "", lang, plural=True)
    if waves_read:
        kind = text("waves-panel-every-wave", lang, base=kind, n=waves_read)
    n_waves = a.get("n_waves_read") or 2
    code = ("waves-title-changes-read" if n_read > n_files else
            # a third wave in a file of the two compared: the waves said, not the files
            "waves-title-changes" if n_waves <= 2 else
            "waves-title-changes-compared" if waves_read else "waves-title-changes-waves")
    return text(code, lang, type=kind[:1].upper() + kind[1:],
                **wave_words(lang, old=a.get("old"), new=a.get("new")),
                n_files=n_files, n_read=n_read, n_waves=n_waves,
                s="" if n_files == 1 else "s")


def fmt_growth(g: object, lang: str = "fr", digits: int = 0) -> str:
    """A growth rate: "+10 %", "−20 %"; "0 %" only for no change at all, "−100 %" only for
    every follower lost: "+0,4 %", "< +0,1 %", "> −0,1 %" otherwise, as a share near its
    ends (:func:`~barometre.render.formats.growth_number`; the report's cell shows the same,
    :func:`~barometre.render.excel.cells.growth_format`)."""
    if is_missing(g):
        return "–"
    return growth_number(float(g), lang, digits)


def waves_base(df: Any, lang: str = "fr") -> str | None:
    """The base said by ``within`` or ``panel`` of figures over waves, counted as compare
    says it (:func:`~barometre.render.views.panel_label`,
    :func:`~barometre.render.views.within_base_label`): "14 communautés d'agglomération du
    panel", "129 intercommunalités de 9 départements (…)"; each wave's with its date when
    the waves' differ (a panel of 14, then of 15). ``df``: :func:`barometre.wave_trend`'s
    table (``n_reference_of``, ``n_reference`` per wave) or :func:`barometre.changes`'
    (``attrs["base"]``). None for the type's in France."""
    from .views import panel_label, panel_of, within_base_label

    said = (df.attrs.get("base") if hasattr(df, "attrs") else None) or {}
    if said:
        pairs = [(None, said["of"], said["n"])]
    elif "n_reference_of" in getattr(df, "columns", ()) and len(df):
        pairs = list(dict.fromkeys(zip(df["wave"], df["n_reference_of"], df["n_reference"])))
    else:
        return None

    def label(of: Any, n: Any) -> str | None:
        if is_missing(of) or is_missing(n):
            return None
        return (panel_label(str(of), int(n), lang) if panel_of(of)
                else within_base_label(str(of), int(n), lang))

    labels = {w: label(of, n) for w, of, n in pairs}
    if not any(labels.values()):
        return None
    if len(set(labels.values())) == 1:
        return next(iter(labels.values()))
    sep = "; " if lang == "en" else " ; "
    return sep.join(f"{b} ({wave_date(w, lang)})" for w, b in labels.items() if b)


def wave_trend_table(df: Any, lang: str = "fr") -> str:
    """Table view of :func:`barometre.analysis.waves.wave_trend`, ending with its base (each
    wave whole; under ``panel``, the panel at each wave, its N said) and a pointer to
    ``changes`` (the entities answered at both waves)."""
    h = lambda code: text(code, lang)  # noqa: E731
    rows = []
    parts_of = {w: p for w, (p, _) in _parts_alone(df, lang).items()}
    for r in df.to_dict("records"):
        n = f"{fmt_int(r['n_present'], lang)}/{fmt_int(r['n_base'], lang)}"
        # a wave that is no random sample of its type: « 60 %† », no interval, as compare
        # prints it; the wave's note says why
        mixed = untested(r)
        ci = (text("waves-census", lang) if r["census"]
              else text("survey-design-see-note", lang) if mixed
              else fmt_ci(r["ci_low"], r["ci_high"], lang, r.get("ci_kind") == "sure"))
        part = parts_of.get(r["wave"])
        if part and not mixed and ci:  # a part alone: its census, its interval, as compare
            # says them (« exhaustif (métropole) »)
            ci = (text("survey-part-census", lang, part=part) if r["census"]
                  else text("survey-part-ci", lang, ci=ci, part=part))
        rows.append([platform_label(r["platform"], lang), wave_date(r["wave"], lang),
                     fmt_share(r["share"], lang) + ("†" if mixed else ""), n,
                     fmt_int(r["n_unknown"], lang), ci, str(r["source"])])
    head = [h("waves-head-platform"), h("waves-head-wave"), h("waves-head-share"), "n",
            h("waves-head-unknown"), h("waves-head-interval"), "Source"]
    parts = []
    base = waves_base(df, lang)  # within, panel: the base said, as compare's Base column
    if base:
        parts.append(text("chart-base", lang, base=base))
    elif len(df):
        label = type_label(df["collectivity_type"].iloc[0], lang, plural=True)
        parts.append(label[:1].upper() + label[1:])
    parts.append(text_table(head, rows, "llrrrll"))
    # a sure range is certain; a wave marked « † » has no interval to read wide
    small = df[~df["census"] & (df["n_base"] < SMALL_N) & ~_sure(df) & df["ci_low"].notna()]
    if len(small):
        parts += ["", text("waves-small", lang, n=SMALL_N)]
    parts += _ci_method(df, lang)
    parts += wave_random_draw_notes(df, lang)  # a small part read as a random draw
    from .views import region_map_notes

    parts += region_map_notes(df, lang)  # régions of 2015 beside 2025: the map changed
    # last, the base, as the report's Évolution says it beside its Mouvements: changes' differs;
    # under panel, the panel at each wave (its N), not each wave whole
    panel = base if base and _panel_figures(df) else None
    parts.append(text(annuaire_code("waves-trend-base-line-panel", df.attrs), lang, base=panel)
                 if panel else text(annuaire_code("waves-trend-base-line", df.attrs), lang))
    return "\n".join(parts)


def _panel_figures(df: Any) -> bool:
    """Whether the figures of :func:`barometre.wave_trend` are over ``panel``'s base
    (their ``n_reference_of``, « epci:panel »)."""
    from .views import panel_of

    return ("n_reference_of" in getattr(df, "columns", ()) and len(df) > 0
            and all(panel_of(of) for of in df["n_reference_of"].drop_duplicates()))


def wave_random_draw_notes(df: Any, lang: str = "fr", short: bool = False) -> list[str]:
    """What the intervals of :func:`barometre.wave_trend` assume, as compare says it of one
    file (:func:`~barometre.render.views.random_draw_notes`): the waves whose file holds a
    part of the type (any part short of the whole) and whose share has an interval are
    read as random draws of it; ``--panel`` reads a hand-picked panel as itself. None
    for a census, a base said (``within``, ``panel``), a wave whose file holds a part of
    the type whole (its own note). ``short``: the clause of a caption, in words, no
    option named (:func:`~barometre.render.views.random_draw_notes`)."""
    from .formats import takes_plural

    if df is None or not len(df) or "n_reference_of" in getattr(df, "columns", ()):
        return []
    designs = (getattr(df, "attrs", None) or {}).get("design") or {}
    rows = df[~df["census"].astype(bool) & df["ci_low"].notna()
              & ~df["wave"].isin(list(designs))]
    if "ci_kind" in rows.columns:  # a sure range assumes no draw: k/N to (k + u)/N
        rows = rows[(rows["ci_kind"] != "sure").to_numpy(dtype=bool)]
    drawn: dict[str, int] = {}
    total, t = None, None
    for r in rows.to_dict("records"):
        n, N = r.get("n_surveyed"), r.get("n_reference")
        if is_missing(n) or is_missing(N) or not N or int(n) >= int(N):
            continue
        drawn.setdefault(r["wave"], int(n))
        total, t = int(N), r["collectivity_type"]
    if not drawn:
        return []
    if short:
        return [text("draw-assumed-short", lang)]
    items = ", ".join(text("panel-waves-out-item" + ("" if len(str(w)) == 10 else "-year"),
                           lang, k=fmt_int(k, lang), date=wave_date(str(w), lang))
                      for w, k in sorted(drawn.items()))
    return [text("random-draw-waves-note", lang, items=items, total=fmt_int(total, lang),
                 label=type_label(t, lang, plural=takes_plural(total, lang)))]


def _parts_alone(df: Any, lang: str) -> dict[str, tuple[str, str]]:
    """The waves of :func:`barometre.wave_trend` whose file is a part of the type alone
    (``attrs["design"]``, not marked « † »), each with the part said short (« métropole »,
    its interval's and census' qualifier as compare gives it) and its N said whole (« 96
    départements de métropole »)."""
    from ..analysis.survey import no_random_sample
    from .views import _part_label

    out = {}
    for w, (t, d) in ((getattr(df, "attrs", None) or {}).get("design") or {}).items():
        if no_random_sample(d):
            continue
        r = {"collectivity_type": t}
        short = _part_label(r, lang, short=True, design=d)
        n = fmt_int(d["n_subset"], lang)
        out[str(w)] = (short, f"{n} " + _part_label(r, lang, design=d))  # as compare's N
    return out


def _ci_method(df: Any, lang: str) -> list[str]:
    """How the intervals shown are computed (as under ``compare --data``): Wilson with the
    finite-population correction for the N entities of the type (of the part of it a wave's
    file holds alone: its own N), bounds on possible shares."""
    every = df[~df["census"] & df["ci_low"].notna()]
    # a 95 % interval's method (Annuaire exports: no entity of theirs is « sans réponse »,
    # the others are out of the file), and a sure range's certainty (k/N–(k + u)/N), each
    # said when a wave shows one
    return [line for code, shown in ((annuaire_code("pub-survey-ci-note", df.attrs), every[~_sure(every)]),
                                     (annuaire_code("pub-survey-sure-note", df.attrs), every[_sure(every)]))
            for line in _ci_lines(df, shown, code, lang)]


def _sure(df: Any) -> Any:
    """Which rows' interval is a sure range (``ci_kind`` "sure")."""
    if "ci_kind" not in df.columns:
        return df["census"] & False
    return (df["ci_kind"] == "sure").fillna(False).astype(bool)


def _ci_lines(df: Any, shown: Any, code: str, lang: str) -> list[str]:
    """:func:`_ci_method`'s line ``code`` for the rows ``shown``, their N said."""
    if not len(shown):
        return []
    parts = _parts_alone(df, lang)
    if parts:  # a wave of a part alone: its interval's N is the part's, said so
        ns = list(dict.fromkeys(parts[w][1] if w in parts else None for w in shown["wave"]))
        if None not in ns:
            return ["", text(code, lang, pops=" ; ".join(ns)
                             if lang != "en" else "; ".join(ns))]
        shown = shown[~shown["wave"].isin(list(parts))]
    sizes = shown["n_reference"].dropna() if "n_reference" in shown else shown["ci_low"].iloc[:0]
    if len(sizes):
        from .views import _within_of_record

        n = int(sizes.iloc[0])
        # the base said (within, panel) names its N: "14 communautés d'agglomération du panel"
        said = (_within_of_record(shown.iloc[0].to_dict(), lang, n)
                if "n_reference_of" in shown else None)
        pops = f"{fmt_int(n, lang)} {said or type_label(shown['collectivity_type'].iloc[0], lang, plural=n > 1)}"
        return ["", text(code, lang, pops=pops)]
    return ["", text("pub-survey-ci-sample-note", lang)]


def _movers_lines(movers: Any, lang: str, top: int) -> list[str]:
    """The fastest and slowest growths of each platform, ``top`` of each at most, said
    honestly on ties: a growth tied with others left out at the cut-off says how many
    ("… (et 16 autres ex aequo)"), a figure is never both among the fastest and the slowest
    (fewer are named instead), a platform whose growths are all the same gets one
    line saying so, not the same figure as fastest and slowest, and the line's figures take
    the decimals that set apart the growths named side by side, across the two lists and
    within each (:func:`~barometre.render.formats.growth_apart_digits`: "+10,0 %" and
    "+9,9 %", never "+10 %" in both; "+0,54 %, +0,60 %", never "+1 %, +1 %")."""
    lines = []
    for p, g in movers.groupby("platform", sort=False):
        if not len(g):
            continue
        label = platform_label(p, lang)
        growth = g["growth"].astype(float).to_numpy()
        if len(set(growth)) == 1:  # one growth, or every one the same: no fastest, no slowest
            approx = "growth_rounded" in g.columns and bool(
                g["growth_rounded"].fillna(False).astype(bool).any())
            shown = _approx(approx) + fmt_growth(growth[0], lang)
            if len(g) == 1:
                lines.append(text("waves-movers-one", lang, platform=label,
                                  name=f"{g['name'].iloc[0]} {shown}"
                                  + questioned_mark(g.iloc[0].get("growth_questioned"), lang)))
            else:
                lines.append(text("waves-movers-same", lang, platform=label,
                                  n=fmt_int(len(g), lang), growth=shown))
            continue
        # rows are by decreasing growth: the k first and k last, k cut until the slowest
        # named are all below the fastest named (ties would name one figure in both lists)
        k = max(1, min(top, len(g) // 2))
        while k > 1 and growth[len(g) - k] >= growth[k - 1]:
            k -= 1

        # growths named next to each other, different, read apart: the slowest of the
        # fastest and the fastest of the slowest ("+10,0 %" and "+9,9 %", never "+10 %" in
        # both lists) and neighbours within a list ("+0,54 %, +0,60 %", never "+1 %, +1 %"):
        # the line's decimals, the fewest that part every such pair (a pair alike even at
        # the most decimals reads as the tie it nearly is, not forcing them on the line)
        named = [*growth[:k], *growth[len(g) - k:]]
        pairs = [(a, b) for a, b in zip(named, named[1:]) if growth_number(
            a, digits=CI_MAX_DIGITS) != growth_number(b, digits=CI_MAX_DIGITS)]
        digits = next((d for d in range(CI_MAX_DIGITS + 1)
                       if all(growth_number(a, digits=d) != growth_number(b, digits=d)
                              for a, b in pairs)), CI_MAX_DIGITS)

        def names(rows: Any, tied: int) -> str:  # a growth on a rounded count: "≈ +4 %"
            # a growth on a count the reader questioned: « +231 114 % (à vérifier) »
            said = ", ".join(f"{r.name} {_approx(getattr(r, 'growth_rounded', False))}"
                             f"{fmt_growth(r.growth, lang, digits)}"
                             + questioned_mark(getattr(r, "growth_questioned", False), lang)
                             for r in rows.itertuples())
            if tied:  # others have the last named growth: which ones named is by name order
                said += text("waves-movers-tied", lang, n=fmt_int(tied, lang),
                             s="" if tied == 1 else "s")
            return said

        top_tied = int((growth[k:] == growth[k - 1]).sum())
        bottom_tied = int((growth[:len(g) - k] == growth[len(g) - k]).sum())
        lines.append(text(_movers_words(growth[:k], growth[len(g) - k:]), lang, platform=label,
                          top=names(g.head(k), top_tied),
                          bottom=names(g.tail(k).iloc[::-1], bottom_tied)))
    return lines


def coinciding_lines(series: list[tuple[str, list]], lang: str = "fr") -> list[str]:
    """What a trend chart's lines hide of one another: the series (``(name, shares at
    each wave)``, in the legend's order) whose shares are the same at every wave, drawn
    one over the other, said once per group (« Facebook, X (ex-Twitter), Instagram et au
    moins un réseau : 100 % aux deux vagues (lignes confondues) »); a series alone, none.

    >>> coinciding_lines([("Facebook", [1.0, 1.0]), ("TikTok", [0.7, 0.9]), ("X", [1.0, 1.0])])
    ['Facebook et X : 100\u202f% aux deux vagues (lignes confondues)']
    >>> coinciding_lines([("A", [0.5, 0.7, None]), ("B", [0.5, 0.7, None])], "en")
    ['A and B: the same shares at every wave (lines drawn one over the other)']
    """
    groups: dict[tuple, list[str]] = {}
    for name, shares in series:
        key = tuple(None if is_missing(v) else round(float(v), 9) for v in shares)
        if any(v is not None for v in key):
            groups.setdefault(key, []).append(name)
    out = []
    for key, names in groups.items():
        if len(names) < 2:
            continue
        said = set(key)
        if len(said) == 1:  # one share throughout: said
            code = "waves-lines-same-both" if len(key) == 2 else "waves-lines-same-each"
            shares = text(code, lang, share=fmt_share(key[0], lang))
        else:
            shares = text("waves-lines-same-shares", lang)
        out.append(text("waves-lines-coincide", lang, names=said_and(names, lang), shares=shares))
    return out


def _movers_words(top: Any, bottom: Any) -> str:
    """The message of a platform's fastest and slowest growths, by the signs of those
    named: growths (no loss named), losses only (« plus faibles baisses », never « plus
    fortes croissances » over −2 %), rises then losses, or a neutral « plus fortes
    évolutions » (a list mixing them, or a zero)."""
    named = [*top, *bottom]
    if not any(v < 0 for v in named):
        return "waves-movers"
    if all(v < 0 for v in named):
        return "waves-movers-losses"
    if all(v > 0 for v in top) and all(v < 0 for v in bottom):
        return "waves-movers-rises-losses"
    return "waves-movers-mixed"


def growth_words(growth: Any) -> str:
    """The title's message of a growth ranking (Mouvements) by the signs of its growths:
    growths, losses only, or some of each (« rang 1 = la plus forte hausse, ou la plus
    faible baisse »)."""
    values = [float(v) for v in growth if not is_missing(v)]
    if not any(v < 0 for v in values):
        return "waves-excel-growth"
    return "waves-excel-growth-losses" if all(v < 0 for v in values) else "waves-excel-growth-mixed"


def growth_questioned_note(movers: Any, collectivity_type: Any = None,
                           lang: str = "fr") -> str | None:
    """The note under changes' table when some growths rest on a count the reader
    questioned (``growth_questioned`` of :func:`barometre.analysis.waves.movers`): how
    many, and validate's checks; None when none does (or the waves do not mark them)."""
    if movers is None or "growth_questioned" not in movers.columns:
        return None
    n = int(movers["growth_questioned"].fillna(False).astype(bool).sum())
    if not n:
        return None
    from ..domain.registry import COMMUNE_TYPES

    commune = collectivity_type is None or is_missing(collectivity_type) or (
        collectivity_type in COMMUNE_TYPES)
    return text("waves-note-growth-questioned", lang, n=fmt_int(n, lang),
                s="s" if n > 1 else "",
                codes=text("questioned-codes-commune" if commune
                           else "questioned-codes-territory", lang))


def _approx(flag: Any) -> str:
    """The mark of a value computed on a rounded count ("≈ "), or nothing."""
    return ROUNDED_MARK if flag is True or (not is_missing(flag) and bool(flag)) else ""


def growth_rounded_note(df: Any, lang: str = "fr") -> str | None:
    """The note under a table of :func:`barometre.analysis.waves.changes` when some growths
    rest on a count the file gave abbreviated (``n_growth_rounded``): how many, per platform
    when several have some, quoting one such cell of the file as typed and the count read
    (``attrs["rounded_cells"]``: « 1,2 M », lu 1 200 000), or a number written so when
    none was kept; None when none does (or the waves do not mark them)."""
    counted = _per_platform(df, "n_growth_rounded", lang)
    if counted is None:
        return None
    n, where = counted
    cells = df.attrs.get("rounded_cells") or {}
    shown = [cells[p] for p, k in zip(df["platform"], df["n_growth_rounded"])
             if p in cells and not is_missing(k) and int(k) > 0]
    if not shown:
        return text("waves-note-growth-rounded", lang, n=fmt_int(n, lang), where=where,
                    s="s" if n > 1 else "")
    # « comme » as soon as the note is of more than that one cell
    one = n == 1 and sum(c["n"] for c in shown) == 1
    example = text("waves-rounded-example" if one else "waves-rounded-examples", lang,
                   typed=shown[0]["typed"], read=fmt_int(shown[0]["count"], lang))
    return text("waves-note-growth-rounded-cell", lang, n=fmt_int(n, lang), where=where,
                s="s" if n > 1 else "", example=example)


def _per_platform(df: Any, column: str, lang: str) -> tuple[int, str] | None:
    """The total of a count column of :func:`barometre.analysis.waves.changes` and, when
    several platforms have some, each one's (« (Facebook : 2, X : 1) »); None when none
    has any (or the column is absent)."""
    if column not in df.columns:
        return None
    per = [(r["platform"], int(r[column])) for r in df.to_dict("records")
           if not is_missing(r[column]) and int(r[column]) > 0]
    n = sum(k for _, k in per)
    if not n:
        return None
    sep = ": " if lang == "en" else " : "
    where = (" (" + ", ".join(f"{platform_label(p, lang)}{sep}{fmt_int(k, lang)}"
                              for p, k in per) + ")") if len(per) > 1 else ""
    return n, where


def from_zero_note(df: Any, lang: str = "fr") -> str | None:
    """The note under a table of :func:`barometre.analysis.waves.changes` when some entities
    had 0 followers in the old wave (``n_from_zero``): they have a gain per 1,000 but no
    growth rate, so the two medians are over different entities; how many, per platform
    when several have some; None when none had."""
    counted = _per_platform(df, "n_from_zero", lang)
    if counted is None:
        return None
    n, where = counted
    return text("waves-note-from-zero-one" if n == 1 else "waves-note-from-zero-many", lang,
                n=fmt_int(n, lang), where=where)


def _with_n(value: str, n: Any, lang: str) -> str:
    """A median with the number of entities it is over: "−5 % (n = 2)"."""
    return value if is_missing(n) else f"{value} (n = {fmt_int(n, lang)})"


def mark_many_waves(result, every: list) -> None:
    """Set ``result.attrs["n_waves"]`` (``len(every)``) when :func:`changes` compared the
    oldest and the newest of the waves read, ``every`` (oldest first): the
    « ⚠ 3 vagues » warning of :func:`many_waves_line` is said only then (``--old``/``--new``
    chose two others)."""
    if (result.attrs["old"], result.attrs["new"]) == (every[0], every[-1]):
        result.attrs["n_waves"] = len(every)


def many_waves_line(a: dict, lang: str) -> str | None:
    """« ⚠ 3 vagues : comparaison de la plus ancienne (14 octobre 2024) et de la plus récente
    (13 octobre 2026) ; --old et --new en choisissent d'autres »: over ``changes``' table
    and beside ``chart changes``, when ``a["n_waves"]`` (:func:`mark_many_waves`) is above
    two; None otherwise."""
    if a.get("n_waves", 2) <= 2:
        return None
    return text("waves-many", lang, n=a["n_waves"], old=wave_date(a["old"], lang),
                new=wave_date(a["new"], lang))


def changes_table(df: Any, movers: Any = None, lang: str = "fr", top: int = 3) -> str:
    """Table view of :func:`barometre.analysis.waves.changes`, with the top and bottom movers.

    A growth computed on a count the file gave abbreviated ("1,2 M") is marked "≈" in the
    movers' line, and so is a median the true counts could move (``median_growth_rounded``,
    ``median_gain_rounded``: see :func:`barometre.analysis.waves.changes`); a note under the
    table counts them (:func:`growth_rounded_note`). Then a line names its base (the
    entities answered at both waves) and points to ``trend --data`` (each wave whole); last,
    the notes on its cells (:func:`changes_notes`: « TikTok non relevé à la vague du … »,
    « † »), as ``barometre changes`` prints them."""
    h = lambda code: text(code, lang)  # noqa: E731
    a = df.attrs
    title = changes_title(df, lang)
    rows = []
    for r in df.to_dict("records"):
        # waves far from the type's proportions (attrs["mix_design"]): the shares marked,
        # no test; the note under the table says why
        mixed = untested(r)
        rows.append([platform_label(r["platform"], lang), fmt_int(r["joined"], lang),
                     fmt_int(r["left"], lang), fmt_int(r["stayed"], lang),
                     fmt_int(r["not_comparable"], lang),
                     f"{fmt_share(r['share_old'], lang)} → {fmt_share(r['share_new'], lang)}"
                     + ("†" if mixed else ""),
                     fmt_points(r["change"], lang),
                     text("survey-design-see-note", lang) if mixed
                     else fmt_p(r["p_value"], r["census"], lang, r.get("change_low"),
                                r.get("change_high")),
                     # each median with its n: a growth is over fewer entities than a
                     # gain when some started from 0 (n_from_zero, said under the table)
                     _with_n(_approx(r.get("median_growth_rounded"))
                             + fmt_growth(r["median_growth"], lang), r.get("n_growth"), lang)
                     if not is_missing(r["median_growth"]) else "–",
                     "–" if is_missing(r["median_gain_per_1000"]) else
                     _with_n(_approx(r.get("median_gain_rounded"))
                             + per1000_number(float(r["median_gain_per_1000"]), lang),
                             r.get("n_gain"), lang)])
    head = [h("waves-head-platform"), h("waves-head-joined"), h("waves-head-left"),
            h("waves-head-stayed"), h("waves-head-not-comparable"), h("waves-head-share"),
            h("waves-head-change"), h("waves-head-p"), h("waves-head-growth"),
            h("waves-head-growth-1000")]
    parts = [title]
    many = many_waves_line(a, lang)
    if many:
        parts.append(many)
    parts += [text_table(head, rows, "lrrrrrrrrr"), ""]
    if movers is not None and len(movers):
        parts += _movers_lines(movers, lang, top) + [""]
    parts += [base_note(df, lang)]
    sure = sure_range_note(df, lang)
    if sure:  # every entity in both waves, some answers unknown: a sure range, no p
        parts.append(sure)
    parts.append(text("waves-note-growth", lang))
    zero = from_zero_note(df, lang)
    if zero:  # 0 followers in the old wave: a gain, no growth rate; counted
        parts.append(zero)
    rounded = growth_rounded_note(df, lang)
    if rounded:  # growths on a count the file gave abbreviated ("1,2 M"): approximate, said
        parts.append(rounded)
    questioned = growth_questioned_note(movers, a.get("collectivity_type"), lang)
    if questioned:  # growths on a count the reader questioned: marked, counted
        parts.append(questioned)
    parts.append(population_note([a.get("collectivity_type")], lang,  # behind "pour 1 000"
                                 None if movers is None or "code" not in movers.columns
                                 else movers["code"].unique()))  # Mayotte's only for its own
    served = served_note(a.get("population_served"), lang)
    if served:  # gains per 1,000 of a council's population (69: 69D's), said
        parts.append(served)
    changed = council_changed_note(a.get("council_changed"), lang)
    if changed:  # 67 in 2015 and in 2025: two councils' accounts, no growth
        parts.append(changed)
    # last, the base, as the report's Mouvements say it beside its Évolution: trend's differs
    parts.append(text(annuaire_code("waves-changes-base-line", a), lang))
    parts += changes_notes(df, lang)  # then the notes on the table's cells
    return "\n".join(parts)


def changes_notes(df: Any, lang: str = "fr") -> list[str]:
    """The notes on the cells of :func:`changes_table`, at its end: a platform one of the
    two waves did not read at all, its row of « – » (:func:`not_read_lines`: « TikTok non
    relevé à la vague du 14 octobre 2024 : pas d'évolution à mesurer sur ce réseau »); the
    shares marked « † » and a part's census
    (:func:`~barometre.render.views.design_changes_note`); the Annuaire's measure
    (:func:`~barometre.render.views.annuaire_notes_of`). ``df``:
    :func:`barometre.changes`' table (its ``attrs``). ``changes`` prints them under its
    table, and on stderr beside CSV or JSON."""
    from .views import annuaire_notes_of, design_changes_note

    a = df.attrs
    return [n for n in (*not_read_lines(df, lang),
                        *design_changes_note(a.get("design"), lang, bands=a.get("band_design"),
                                             mix=a.get("mix_design")),
                        *annuaire_notes_of(df, lang)) if n]


def council_changed_note(changed: list[dict] | None, lang: str = "fr") -> str:
    """The note of the territories whose council was created between the two waves
    (``attrs["council_changed"]`` of :func:`~barometre.analysis.waves.transitions`: 67 in
    2015, the Bas-Rhin's conseil général, and in 2025, the CeA), or "" when none."""
    if not changed:
        return ""
    items = []
    for e in changed:
        day = wave_date(e["since"], lang)
        items.append(text("waves-note-council-changed-item", lang, name=e["name"],
                          code=e["code"], council=e["council"], council_code=e["council_code"],
                          since=day))
    return text("waves-note-council-changed", lang,
                items=(" ; " if lang != "en" else "; ").join(items))


def not_read_lines(df: Any, lang: str = "fr") -> list[str]:
    """One line per platform that one of the two waves compared did not read at all
    (``attrs["not_read"]`` of :func:`barometre.analysis.waves.transitions`, or of
    :func:`~barometre.analysis.waves.changes`): "Bluesky non relevé à la vague du 15 octobre
    2024 : pas d'évolution à mesurer sur ce réseau" — said once, not of each entity."""
    return [text("waves-platform-not-read", lang, platform=platform_label(p, lang),
                 **wave_words(lang, wave=w))
            for p, w in (df.attrs.get("not_read") or {}).items()]


def transitions_text(df: Any, lang: str = "fr") -> str:
    """The entities behind each count of :func:`changes`, platform by platform (``--list``).
    A platform one wave did not read at all is said once among its not comparable entities
    ("Bluesky non relevé à la vague du 15 octobre 2024 (100 entités)"), its entities not
    named one by one; an entity absent from a wave is named with why."""
    a = df.attrs
    said = wave_words(lang, old=a.get("old"), new=a.get("new"))
    not_read = a.get("not_read") or {}
    lines = []
    sep = ": " if lang == "en" else " : "

    def why(reason: str) -> str:
        return text("waves-reason-" + reason.replace("_", "-"), lang, **said)

    for p, g in df.groupby("platform", sort=False):
        lines.append(platform_label(p, lang))
        for status in ("joined", "left", "not_comparable", "stayed", "absent"):
            s = g[g["status"] == status]
            count, names = len(s), []
            if status == "not_comparable" and p in not_read:  # the platform, said once
                side = "not_read_old" if not_read[p] == a.get("old") else "not_read_new"
                unread = s["reason"] == side
                k = int(unread.sum())
                if k:
                    names.append(text("waves-platform-not-read-list", lang,
                                      platform=platform_label(p, lang),
                                      **wave_words(lang, wave=not_read[p]), n=fmt_int(k, lang),
                                      entities=_ENTITIES[lang == "en"][k > 1]))
                s = s[~unread]
            names += [f"{r.name} ({r.code}, {why(r.reason)})" if status == "not_comparable"
                      else f"{r.name} ({r.code})" for r in s.itertuples()]
            head = text("waves-status-" + status.replace("_", "-"), lang)
            lines.append(f"  {head} ({count}){sep}" + (", ".join(names) if names else "–"))
        lines.append("")
    return "\n".join(lines).rstrip("\n")
