"""Captions that never mislead: sources and bases in words, the measure, notes, fictitious data.

A caption is a list of sentences (:func:`barometre.render.charts.style.caption` wraps
them). Published-figure columns are read defensively: ``month``, ``measure``,
``base_en``, ``derived_from_wording`` may be missing or blank.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ...domain.registry import TYPES, match_type
from ...messages import text as msg
from ..formats import (_with_ended_family, fmt_date, is_missing, no_account_text, source_date,
                       text_counted, type_label)

__all__ = ["published_caption", "survey_caption", "source_words", "figure_date", "cited_date",
           "base_words", "is_fictitious", "survey_name", "years_words", "derived_mark"]

_MAX_BASES = 4


def _col(df: pd.DataFrame, name: str) -> pd.Series:
    return df[name] if name in df.columns else pd.Series([pd.NA] * len(df), index=df.index)


def _publishers() -> dict[str, str]:
    from ...datasets.published import sources

    src = sources()
    return {r.source_id: str(r.publisher).split(" (")[0] for r in src.itertuples()}


def source_medium(source_id: str) -> str | None:
    """Where a published source's figure was read when its publisher did not print it
    itself: "La Gazette des communes" for Ideose's barometer (the publisher's "(via …)",
    else the title's "via …"), None for a publisher's own page. A slide's reader finds
    the figure there (no public Ideose page exists)."""
    import re

    from ...datasets.published import source_texts

    src = source_texts().get(str(source_id)) or {}
    for text in (src.get("publisher"), src.get("title")):
        m = re.search(r"\bvia ([^,;()]+)", text or "")
        if m:
            return m.group(1).strip()
    return None


def source_url(source_id: str) -> str | None:
    """The address of a published source's page (None when it has none)."""
    from ...datasets.published import source_texts

    return (source_texts().get(str(source_id)) or {}).get("url")


#: The most addresses a caption lists, and the most sources it names with their medium;
#: past them the sources' table gives them (a chart of ten sources would read as a list of
#: links and media under it; its bars' labels name each publisher)
_MAX_URLS = 2
_MAX_MEDIA = 4


def source_words(source_id: str, lang: str = "fr") -> str:
    """The publisher of a published source ("Institut Edgar Quinet"), or "enquête FILE"."""
    pub = _publishers().get(source_id)
    return pub if pub else msg("chart-survey", lang, name=source_id)


def figure_date(row, lang: str = "fr") -> str:
    """"octobre 2015", "fin 2015" (a source dated only so) or "2015" for one figure."""
    month = row.get("month") if hasattr(row, "get") else None
    period = row.get("period") if hasattr(row, "get") else None
    return fmt_date(row["year"], None if is_missing(month) else month, lang,
                    None if is_missing(period) else period)


def cited_date(row, lang: str = "fr") -> str:
    """The date one figure's source is cited with (:func:`~barometre.render.formats.source_date`):
    the source's own ("mars 2013"), with the figure's year when it differs ("mars 2013
    (chiffres de 2012)"); a source without a year of its own is dated by the figure."""
    get = row.get if hasattr(row, "get") else (lambda k, d=None: d)
    month, period = get("month"), get("period")
    return source_date(row["source"], [row["year"]], lang, None if is_missing(month) else month,
                       None if is_missing(period) else period)


def derived_mark(row) -> str:
    """"*" after a share the source did not print but its wording gives ("toutes les
    régions" = 100 %, column ``derived_from_wording``), "" otherwise; the caption then
    carries the note ``note-derived``."""
    flag = row.get("derived_from_wording") if hasattr(row, "get") else None
    return "*" if not is_missing(flag) and str(flag).lower() in ("true", "1") else ""


def years_words(df: pd.DataFrame) -> str:
    years = sorted({int(y) for y in _col(df, "year").dropna()})
    if not years:
        return ""
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


_COUNT = re.compile(r"^(\d[\d \u00a0\u202f]*)\s+(.+)$")


def base_words(base: object, type_id: str | None, lang: str = "fr", base_en: object = None) -> str:
    """A figure's base in words, in ``lang``.

    French bases are printed as published. In English: a ``base_en`` column when the
    published figures carry one; else our translation of the base
    (:data:`barometre.messages.published.BASES_EN`); else "N <type>" when the base is a
    count of a known type; else the French words, quoted.
    """
    if is_missing(base):
        if type_id in TYPES:
            return type_label(type_id, lang, plural=True)
        return ""
    b = str(base)
    if lang != "en":
        return b
    if not is_missing(base_en):
        return str(base_en)
    from ...messages.published import BASES_EN

    if b in BASES_EN:
        return BASES_EN[b]
    m = _COUNT.match(b)
    count, rest = (m.group(1).replace("\u202f", " ").replace("\u00a0", " ").replace(" ", ","),
                   m.group(2)) if m else ("", b)
    t = match_type(rest)
    if t is not None:
        return f"{count} {TYPES[t].plural_en}".strip()
    return msg("chart-base-published-fr", "en", base=b)


def is_fictitious(survey_or_name: object) -> bool:
    """Demo and synthetic data: the ``fictitious`` flag the reader sets from the marker
    inside the file (never from its name), else the marker of the file itself."""
    from ...survey.marker import is_fictitious as marked

    attrs = getattr(survey_or_name, "attrs", None)
    if isinstance(attrs, dict):
        flag = attrs.get("fictitious")
        if flag is not None:
            return bool(flag)
        survey_or_name = attrs.get("file") or ""
    path = Path(str(survey_or_name))
    return bool(str(survey_or_name)) and path.is_file() and marked(path)


def survey_name(survey: pd.DataFrame | None, fallback: str = "") -> str:
    if survey is None:
        return fallback
    f = survey.attrs.get("file")
    return survey.attrs.get("file_name") or (Path(str(f)).name if f else fallback)


def _measures(df: pd.DataFrame, lang: str) -> str:
    vals = [m for m in dict.fromkeys(_col(df, "measure").dropna().astype(str)) if m]
    words = []
    for m in vals:
        code = f"measure-{m.replace('_', '-')}"
        try:
            words.append(msg(code, lang))
        except KeyError:
            words.append(m)
    return " ; ".join(words) if lang != "en" else "; ".join(words)


def published_caption(df: pd.DataFrame, lang: str = "fr", notes: list[str] | None = None,
                      survey: pd.DataFrame | None = None, dated: bool = True) -> list[str]:
    """Caption sentences for published (or survey-adoption) figures: every source cited
    is one whose figure is drawn (the chart passes exactly what it drew). ``dated=False``
    names the publishers only (a trend's legend dates each figure)."""
    pubs = _publishers()
    # the Annuaire de l'administration's census: declared accounts, not a survey's (its notes)
    annuaire = survey.attrs.get("annuaire") if survey is not None else None
    seen: dict[str, None] = {}
    urls: dict[str, None] = {}
    few = len({str(x) for x in df["source"]} & set(pubs)) <= _MAX_MEDIA
    for _, r in df.iterrows():
        sid = str(r["source"])
        if sid in pubs:
            # a source cited once, with its own date (and its figures' years when they differ)
            # its figures' month or period ("fin 2015") when they all share one, as the bars'
            # labels date each figure; and where it was read ("via La Gazette des communes")
            mine = df[df["source"].astype(str) == sid]
            when = source_date(sid, list(_col(mine, "year")), lang, _shared(mine, "month"),
                               _shared(mine, "period"))
            medium = source_medium(sid)
            who = (f"{pubs[sid]}, via {medium}" if few and medium and medium not in pubs[sid]
                   else pubs[sid])
            seen[f"{who}, {when}" if dated else who] = None
            if source_url(sid):
                urls[str(source_url(sid))] = None
        else:
            seen[(sid if annuaire else msg("chart-survey", lang, name=sid))
                 + (f", {years_words(df)}" if years_words(df) else "")] = None
    sep = "; " if lang == "en" else " ; "
    srcs = list(seen)
    parts = [msg("chart-sources" if len(srcs) > 1 else "chart-source", lang,
                 sources=sep.join(srcs)) + "."]
    if urls and len(urls) <= _MAX_URLS:  # the page, so that a slide's reader finds it
        parts.append(msg("chart-urls" if len(urls) > 1 else "chart-url", lang,
                         urls=sep.join(urls)))
    bases = []
    for _, r in df.iterrows():
        if str(r["source"]) in pubs:
            b = base_words(r.get("base"), r.get("collectivity_type"), lang, r.get("base_en"))
            if b:  # « régions » of 2015: « régions (carte d'avant 2016) », as compare's Base
                bases.append(_with_ended_family(b, r.get("base_family"),
                                                r.get("collectivity_type"), lang))
    for t, g in df[~df["source"].astype(str).isin(pubs)].groupby("collectivity_type", sort=False):
        ns = sorted({int(n) for n in g["n_base"].dropna()})
        plural = type_label(t, lang, True)
        from ..views import panel_label, panel_of

        of = g["n_reference_of"].iloc[0] if "n_reference_of" in g else None
        if panel_of(of) and not g["n_reference"].isna().all():
            # the base said by panel: the file's entities, a census of them when all answered
            said = panel_label(str(of), int(g["n_reference"].dropna().iloc[0]), lang)
            census = g["census"].astype(bool).all() if "census" in g else False
            bases.append(f"{said} ({msg('pub-census', lang)})" if census else said)
        elif any(c in g and g[c].notna().any() for c in ("strate", "category")):
            # split by band or category: each bar says its n of its band's N (« 1 à 211 selon
            # le réseau » was the bands' range, read as the platforms')
            split = "strate" if "strate" in g and g["strate"].notna().any() else "category"
            bases.append(msg("chart-survey-base-" + split, lang, plural=plural))
        elif len(ns) > 1:
            one_year = "year" in g and g["year"].dropna().nunique() <= 1
            bases.append(msg("chart-survey-base-range" + ("-year" if one_year else ""), lang,
                             plural=plural, low=_int(ns[0]), high=_int(ns[-1])))
        else:
            n = ns[0] if ns else None  # one: "1 métropole de l'enquête"
            bases.append(text_counted("chart-annuaire-base" if annuaire else "chart-survey-base",
                                      lang, 1, t) if n == 1 else msg(
                "chart-annuaire-base" if annuaire else "chart-survey-base", lang,
                n=_int(n), plural=plural))
    bases = list(dict.fromkeys(bases))
    if len(bases) > _MAX_BASES:
        more = len(bases) - _MAX_BASES
        bases = bases[:_MAX_BASES] + [(f"and {more} more" if lang == "en" else
                                       f"et {more} autre{'s' if more > 1 else ''}")]
    if bases:
        french = lang == "en" and any(b.startswith("\u201c") for b in bases)
        code = ("chart-bases" if len(bases) > 1 else "chart-base") + ("-french" if french else "")
        parts.append(msg(code, lang, base=sep.join(bases)) + ".")
    if annuaire:  # the measure with its date, and the caveat: a lower bound (as compare)
        notes_ = annuaire["notes_en" if lang == "en" else "notes_fr"]
        parts += [notes_[0], notes_[2]]
    elif survey is not None:
        t = str(df["collectivity_type"].iloc[0])
        from ...domain.registry import TYPES

        fem = "-f" if (ty := TYPES.get(t)) is not None and ty.feminine else ""
        parts.append(msg("chart-measure", lang, measure=msg(
            "measure-survey" + fem, lang, plural=type_label(t, lang, True))) + ".")
    else:
        m = _measures(df, lang)
        if m:
            parts.append(msg("chart-measure", lang, measure=m) + ".")
    parts += [n if n.endswith(".") else n + "." for n in (notes or [])]
    if records_fictitious(df, survey):
        parts.append(msg("chart-fictitious", lang) + ".")
    return parts


def records_fictitious(df: pd.DataFrame, survey: pd.DataFrame | None = None) -> bool:
    """Figures of fictitious data: the survey's flag, or the records' own (adoption() and
    compare's frames carry it on), or a source that is a marked file (never a publisher's)."""
    if (survey is not None and is_fictitious(survey)) or df.attrs.get("fictitious"):
        return True
    pubs = _publishers()
    return any(is_fictitious(s) for s in dict.fromkeys(df["source"].astype(str)) if s not in pubs)


def fictitious_title(title: str, lang: str = "fr") -> str:
    """A chart's title marked « … (données fictives) »: the caption's last line says it too,
    but a slide crops the caption first, never the title; a title that says it already
    (a report's own) is left as it is."""
    if re.search(r"fictiv|fictitious", title, flags=re.IGNORECASE):
        return title
    return f"{title} {msg('chart-fictitious-title', lang)}"


def _shared(df: pd.DataFrame, name: str) -> object:
    """The value of column ``name`` that every row shares (None when the column is missing,
    a row is blank or two rows differ)."""
    vals = list(_col(df, name))
    if not vals or any(is_missing(v) for v in vals) or len({str(v) for v in vals}) > 1:
        return None
    return vals[0]


def _int(n: object) -> str:
    from ..formats import fmt_int

    return fmt_int(n) if not is_missing(n) else "?"


def left_out_notes(aside: str, no_account: object, lang: str = "fr",
                   no_year: str = "", doubtful: object = None) -> list[str]:
    """The caption's notes on the readings a ranking leaves out: the older ones set aside
    (``aside``, their text: :func:`~barometre.render.formats.set_aside_text`), those of no
    year (``no_year``: :func:`~barometre.render.formats.no_year_text`, in their own words),
    and the counts beside no account (``attrs["no_account"]``: "Non;0" is no peer with 0
    followers), each counted, those beside a doubtful answer quoted (``doubtful``:
    ``attrs["no_account_doubtful"]``); the ranking, benchmark and scatter charts say the
    same."""
    notes = [msg("note-set-aside", lang, items=aside)] if aside else []
    if no_year:
        notes.append(no_year[:1].upper() + no_year[1:])
    no_account = no_account_text(no_account, lang, doubtful)
    if no_account:
        notes.append(no_account[:1].upper() + no_account[1:])
    return notes


def undated(readings: pd.DataFrame | None) -> bool:
    """Whether the readings a chart draws have no year at all (``year`` empty on every row:
    a file without any reading date), as ``rank`` and ``benchmark`` say it under their
    tables (:func:`~barometre.render.views.no_year_note`)."""
    return (readings is not None and len(readings) > 0 and "year" in readings.columns
            and bool(readings["year"].isna().all()))


def year_words(year: object, no_year: bool, lang: str) -> object:
    """A chart title's year: the year, « année non précisée » for readings without any
    (``no_year``), "" when none is said."""
    if not is_missing(year):
        return int(year)  # type: ignore[call-overload]
    return fmt_date(None, None, lang) if no_year else ""


def survey_caption(survey: pd.DataFrame, lang: str, base: str, year: object = None,
                   notes: list[str] | None = None, undated: bool = False) -> list[str]:
    """Caption sentences for charts of survey readings (benchmark, ranking, scatter); of an
    Annuaire export, its source as compare names it, never « enquête »; ``undated``: the
    readings drawn have no year (a file without any reading date), said as the commands
    say it (« Année non précisée : … »)."""
    name = survey_name(survey, "enquête" if lang != "en" else "survey")
    when = f", {int(year)}" if not is_missing(year) else ""
    meta = survey.attrs.get("annuaire")
    source = (f"{meta['attribution']}, {meta['source_label']} ({name})" if meta
              else msg("chart-survey", lang, name=name))
    parts = [msg("chart-source", lang, sources=source + when) + ".",
             msg("chart-base", lang, base=base) + "."]
    parts += [n if n.endswith(".") else n + "." for n in (notes or [])]
    if undated:
        parts.append(msg("chart-no-year-note", lang) + ".")
    if is_fictitious(survey):
        parts.append(msg("chart-fictitious", lang) + ".")
    return parts
