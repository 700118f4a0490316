"""The small, formatted sheets of the report, laid out from a :class:`ReportData`.

Synthèse (key figures, summary table and its chart), Adoption, Évolution (line chart on
a date axis), Benchmark and Sources et méthode. Nothing here computes a figure: every
number comes from the ReportData.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd
from openpyxl.formatting.rule import DataBarRule
from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break
from openpyxl.utils import get_column_letter

from ...analysis.report import SAME_FIGURE, KeyFigure, ReportData, SurveyInfo
from ...domain.registry import PLATFORMS
from ...domain.schemas import ANNUAIRE_BASE_FAMILY
from ...messages import Day, Words, of_words, plural_s, said_and, said_or, text
from ..views import (NAMED_UP_TO, place_without_interval, unsure_base_notes, unsure_base_word, bench_entity_name, council_once_base, peer_group_text, _ci_cell, _disputed_note, _held_of, _join_names, _part_label,
                     bench_latest_year, bench_not_in_year, bench_not_ranked_items, bench_not_ranked_text,
                     bench_own_typed, bench_platform_line,
                     bench_rank_range_line, census_word, design_evolution_notes,
                     design_notes,
                     family_end_note, base_label, place_key_words, place_notes,
                     random_draw_notes, random_draw_of, design_kind, panel_out_notes,
                     region_map_notes,
                     type_or_kind_label, flag_marks, flag_notes, flag_set, rounded_counts_note, rounded_note,
                     served_note, undated_notes, councils_once_note, bench_questioned,
                     questioned_note)
from ..formats import (base_text, figure_type_label, fmt_date, fmt_int, fmt_rank, fmt_share,
                       platform_label, published_digits, source_date,
                       no_account_text, platforms_set_aside_text, platforms_no_year_text, aside_tail, population_note, population_source, takes_plural,
                       type_label, type_with_map, annuaire_code,
                       undated_source_date, years_aside_text)
from .cells import (ci_format, font, number_format, percent_width, plain_value, share_format, sure_bound_cell,
                    text_width)
from .charts import bar_chart, line_chart, runs_chart
from .sheets import FIT_LIMIT, Column, Sheet, _lines
from ..waves import coinciding_lines, untested

__all__ = ["summary", "adoption", "evolution", "benchmark", "sources", "ranking_notes",
           "peer_group_text", "MAX_KEY_FIGURES"]

MAX_KEY_FIGURES = 14
URL_WIDTH = 44  # the Sources' Adresse column, characters: a long URL wraps on a few lines
TITLE_COLOR = "1F4E79"
ALERT_COLOR = "C00000"


def _when(k: KeyFigure, lang: str) -> str:
    """The key figure's source cited with its own date (``source_date``: "mars 2013
    (chiffres de 2012)"), as the "Sources publiées" sheet dates it."""
    return source_date(k.source, [k.year], lang, k.month, k.period)


def _whom(t: str, lang: str, n: object = None) -> str:
    """The type's plural; with ``n``, its words agreeing with that count ("1 métropole")."""
    return type_label(t, lang, plural=takes_plural(n, lang))


def _measure_survey(t: str, lang: str, annuaire: bool = False) -> str:
    """A survey's share in words, as the charts' captions say it: « part des départements
    présents sur le réseau, parmi ceux ayant répondu » (« présentes » of a feminine type);
    an Annuaire export's (``annuaire``): « part des régions de l'Annuaire avec un compte
    déclaré sur le réseau »."""
    from ...domain.registry import TYPES

    if annuaire:
        return text("measure-annuaire", lang, plural=_whom(t, lang))
    fem = "-f" if (ty := TYPES.get(t)) is not None and ty.feminine else ""
    return text("measure-survey" + fem, lang, plural=_whom(t, lang))


def _key_whom(k: KeyFigure, lang: str) -> str:
    """What a key figure is of: its type, plural, with its map (« régions (carte d'avant
    2016) »); a figure of type ``all`` whose base is not every collectivité, its base
    ("régions, départements et villes préfectures": :func:`~barometre.render.formats.type_with_map`)."""
    return type_with_map({"collectivity_type": k.collectivity_type, "base_family": k.base_family,
                          "base": k.base}, lang)


def _annuaire(r: ReportData) -> dict | None:
    """The Annuaire de l'administration's census read as the survey (``attrs["annuaire"]``:
    :func:`~barometre.survey.annuaire.annuaire_meta`): declared accounts, not a survey's."""
    return r.data.attrs.get("annuaire") if r.data is not None else None


def _sure_code(r: ReportData) -> str:
    """What explains a « fourchette sûre »: its u are missing answers in a survey, the
    collectivités out of the file in an Annuaire export (nobody answers the Annuaire)."""
    return "report-sure-explained-annuaire" if _annuaire(r) else "report-sure-explained"


#: compare's marks of a measure (render/views.py ``_marks``) and the notes that explain them
_MEASURE_MARKS = {"of_present": "°", "of_respondents": "§"}
_MEASURE_NOTES = {"of_present": "pub-present-note", "of_respondents": "pub-respondents-note"}


def _same_words(a: str, b: str) -> bool:
    """Whether a base says no more than the sentence's words (a count ahead aside):
    "3 918 collectivités présentes sur les réseaux sociaux" adds nothing to n = 3 918."""
    def norm(s: str) -> str:
        return re.sub(r"^[\d\s\u202f\u00a0,.]+", "", s).strip().casefold()
    return norm(a) == norm(b)


def key_line(k: KeyFigure, lang: str, survey: bool = False, cite_id: bool = False,
             place: dict | None = None, base: str | None = None, draw: bool = False,
             answered: tuple[str, int] | None = None) -> str:
    """One key figure in words: "96 % des régions sur Facebook — Ideose, octobre 2015".

    A figure of type ``all`` says its own base when it is not every collectivité: "64 % des
    régions, départements et villes préfectures sur Facebook". ``cite_id``: the source's id
    follows its date ("… octobre 2012 [edgar-quinet-2012-3]"), when the key figures come
    from several sources.

    A survey's figure (``survey``) says its own base, those with an answer for the platform
    out of the N of the type, and its interval, as compare gives them: "75 % des
    départements sur LinkedIn (n = 40 ayant répondu sur 101 ; IC 95 % : 62–84 %)";
    "exhaustif" for a census. A file of a part of the type alone says the part, its N and
    interval: "100 % des communautés d'agglomération de 100 000 habitants ou plus sur
    Facebook (n = 40 ayant répondu sur 91 ; …)", never "des intercommunalités". ``base``:
    the base the user said (``within``, ``panel``: "14 communautés d'agglomération du
    panel"), said instead of the type; ``draw``: its file is a small part of the type read
    as a sample, its interval followed by what it assumes, in words (« tirage au hasard
    supposé : si les entités ont été choisies, les chiffres ne valent que pour elles »,
    :func:`~barometre.render.views.random_draw_notes`). ``answered``: a panel's figure
    whose base is short of the panel (:func:`_panel_answered`: its words, the panel's N),
    the share said of those who answered and its interval of the whole panel: « 92 % des
    12 départements du panel ayant répondu (13 dans le panel) sur TikTok (fourchette sûre :
    84–93 % des 13) », never « 92 % des 13 » (12 of them; 11 are known).

    Marked as compare marks them: a share derived from the source's wording is starred
    ("100 %*"), a disputed one "‡"; a share of those present on social media ("°") or of a
    survey's respondents ("§") says its measure in the sentence ("92 %° des collectivités
    présentes sur les réseaux sociaux sont sur Facebook (n = 3 918)"), and its base when the
    base says more than the sentence ("base : communes bretonnes répondant à l'enquête").
    """
    who, when, plat = k.publisher, _when(k, lang), platform_label(k.platform, lang)
    if len(k.files) > 1:  # a year read in several files: every one behind the figure
        who = _files_said(k.files, lang)
    if k.share is None:
        count = fmt_int(k.n_present, lang) if k.n_present is not None else "–"
        code = "report-key-count-all" if k.collectivity_type == "all" else "report-key-count"
        line = text(code, lang, count=count, whom=_whom(k.collectivity_type, lang),
                    platform=plat, who=who, when=when)
    elif k.measure in _MEASURE_MARKS:
        everyone = k.collectivity_type == "all"
        whom = text("report-key-respondents-all", lang) if everyone else _whom(k.collectivity_type, lang)
        said = text("report-key-said-" + k.measure.replace("_", "-"), lang, whom=whom)
        items = [] if everyone or k.measure == "of_respondents" else [_whom(k.collectivity_type, lang)]
        base = base_text({"base": k.base, "collectivity_type": k.collectivity_type}, lang) if k.base else ""
        if base and not _same_words(base, said):
            items.append(text("report-key-paren-base", lang, base=base))
        if k.n_base:
            items.append(text("report-key-paren-n", lang, n=fmt_int(k.n_base, lang)))
        n = text("report-key-paren", lang, items=(" ; " if lang != "en" else "; ").join(items)) if items else ""
        line = text("report-key-line-measure", lang, share=_key_share(k, lang), said=said, platform=plat,
                    n=n, who=who, when=when)
    else:
        n = (_survey_n(k, lang, place, draw) if survey else
             text("report-key-n", lang, n=fmt_int(k.n_base, lang)) if k.n_base else
             _unsure_base(k, lang))
        whom = _key_whom(k, lang)  # a part of the collectivités (type all): its base
        everyone = k.collectivity_type == "all" and whom == _whom("all", lang)
        code = "report-key-line-all" if everyone else "report-key-line"
        if survey and k.design == "subset" and k.design_subset:  # a file of a part: its share
            whom = _part_label({"collectivity_type": k.collectivity_type,
                                "design_subset": k.design_subset}, lang)
        if survey and base:  # the base said by within or panel: its entities
            whom = base
        if survey and answered:  # a panel not wholly answered: the share of those who did
            whom, n = answered[0], _panel_ci(k, answered[1], lang)
        line = text(code, lang, share=_key_share(k, lang), whom=whom,
                    platform=plat, n=n, who=who, when=when)
    if cite_id:
        line += f" [{k.source}]"
    if k.conflicting:
        line += text("report-key-others", lang)
    return line


def _unsure_base(k: KeyFigure, lang: str) -> str:
    """What the tables say of a published share over no census nor sample, in the key line:
    its present counted and its word, « (3 918 présentes ; recensement participatif,
    minimum) », « (4 994 présentes ; base non précisée) »; "" for any other figure."""
    word = unsure_base_word({"flags": k.flags})
    if word is None:
        return ""
    items = ([text("pub-n-present", lang, n=fmt_int(k.n_present, lang))]
             if k.n_present is not None else []) + [text(word, lang)]
    return text("report-key-paren", lang, items=(" ; " if lang != "en" else "; ").join(items))


def _platforms_or(ids, lang: str) -> str:
    """Platforms said as one of them: « Facebook ou Instagram » (the coverage under
    ``--platform``: an answer on any of them)."""
    return said_or([platform_label(p, lang) for p in ids], lang)


def files_behind(r: ReportData, keys) -> str:
    """The survey's files behind the figures of ``keys`` ((platform, year) pairs): those of
    their readings (``r.extra["figure_files"]``, a survey of several files), in the order
    given, so that a sheet of 2024's figures cites the 2024 file, never every wave's; the
    survey's file(s) when none is known (one file)."""
    return ", ".join(_files_behind(r, keys))


def _files_behind(r: ReportData, keys) -> list[str]:
    """:func:`files_behind`'s files, one by one (the survey's file alone when none is known)."""
    known = r.extra.get("figure_files") or {}
    behind = {f for k in keys for f in known.get(k, ())}
    if not behind:
        return [r.survey.file]
    return ([f for f in r.survey.files if f in behind]
            + sorted(behind - set(r.survey.files)))


def _files_said(files: tuple[str, ...], lang: str) -> str:
    """The files behind a figure of several, said with the rule that pooled them: « d_mars.xlsx
    et d_oct.csv (relevés de l'année réunis : la réponse la plus récente de chaque entité) »."""
    return text("report-key-files", lang, files=said_and(files, lang))


def _source_cell(rec: dict, titles: dict, r: ReportData) -> str:
    """The Adoption's Source cell: a published source cited, a survey's file; every file
    behind the figure when its year was read in several (« d_mars.xlsx, d_oct.csv »)."""
    files = (r.extra.get("figure_files") or {}).get((str(rec["platform"]), _year_of(rec)), ())
    if len(files) > 1:
        return ", ".join(files)
    return titles.get(rec["source"], rec["source"])


def _year_of(rec: dict) -> int | None:
    y = rec.get("year")
    return None if y is None or pd.isna(y) else int(y)


def _any_interval(adoption: pd.DataFrame) -> bool:
    """Whether a survey's figures give some interval, or some census (exact, said with
    the intervals' method): a file chosen by place, or mostly in one région, gives neither
    (no draw from France), and the method's row says so instead of a method unused."""
    if "ci_low" not in adoption.columns:
        return True
    census = adoption["census"].fillna(False).astype(bool) if "census" in adoption.columns \
        else pd.Series(False, index=adoption.index)
    return bool(adoption["ci_low"].notna().any() or census.any()
                or ("subset_census" in adoption.columns
                    and adoption["subset_census"].fillna(False).astype(bool).any())
                or ("estimate_low" in adoption.columns and adoption["estimate_low"].notna().any()))


def no_bounds_shown(adoption: pd.DataFrame) -> bool:
    """Whether the Adoption sheet's interval columns would stay empty on every row: no
    figure has an interval, and none says a word in its place (« exhaustif », « minimum »,
    « base non précisée »), as a file chosen by place or mostly in one région gives (no
    draw from France, no census). The report then drops those columns, and the
    Définitions the interval's (« IC 95 % »): nothing in the workbook has one."""
    for rec in adoption.to_dict("records"):
        if plain_value(rec.get("ci_low")) is not None or plain_value(rec.get("ci_high")) is not None:
            return False
        if plain_value(rec.get("share")) is not None and (
                rec.get("census") is True or rec.get("subset_census") is True
                or unsure_base_word(rec)):
            return False
    return True


def _survey_n(k: KeyFigure, lang: str, place: dict | None = None, draw: bool = False) -> str:
    """A survey figure's base and interval: " (n = 40 ayant répondu sur 101 ; IC 95 % :
    62–84 %)", its interval as compare's table says it (``_ci_cell``: "exhaustif",
    "exhaustif (métropole)"); a file chosen by place (``place``: ``attrs["place"]`` of its
    type, :func:`~barometre.analysis.survey.place_of`) has no interval (no draw from France)
    and names its départements after its base (" ; sans intervalle ; fichier de 2
    départements : Ain, Loire-Atlantique"), its note below."""
    if not k.n_base:
        return ""
    record = _ci_record(k)
    placed = bool(place) and "chosen_by_place" in k.flags.split(";")
    # a file chosen by place has no interval (no draw from France): said after its base
    bare = placed and place_without_interval(record)
    ci = "" if bare else _ci_cell(record, lang)
    ci = text("report-key-ci", lang, ci=ci) if ci else ""
    if (ci and draw and not k.census and not k.subset_census
            and k.ci_kind != "sure"):  # what its interval assumes (a sure range: nothing),
        # in two words on each line (a line pasted alone keeps it), its sentence once below
        ci += text("report-key-ci", lang, ci=text("draw-assumed-key", lang))
    total = k.n_subset or k.n_reference  # a file of a part: that part's N, as its interval
    # an Annuaire export's entities are in the Annuaire: none « ayant répondu »
    of = "annuaire" if k.base_family == ANNUAIRE_BASE_FAMILY else "survey"
    said = (text(f"report-key-n-{of}", lang, n=fmt_int(k.n_base, lang),
                 total=fmt_int(total, lang), ci=ci) if total else
            text(f"report-key-n-{of}-only", lang, n=fmt_int(k.n_base, lang), ci=ci))
    if placed:  # its départements named after it (« ; fichier de 2 départements : … »)
        said = said[:-1] + text("report-key-place" + ("-bare" if bare else ""), lang,
                                words=place_key_words(place, lang)) + ")"
    return said


def _panel_answered(adoption: pd.DataFrame, k: KeyFigure, lang: str) -> tuple[str, int] | None:
    """A panel's key figure whose base is short of the panel (some of it did not answer
    for the platform): « 12 départements du panel ayant répondu (13 dans le panel) » and
    the panel's N; None otherwise (a whole panel, no panel, a base said by ``within``)."""
    from ..views import panel_label, within_of

    p = (adoption.attrs.get("panel") or {}).get(k.collectivity_type)
    if not p or within_of(adoption, k.collectivity_type) or not k.n_base or k.share is None:
        return None
    total = int(p["n"])
    if k.n_base >= total:
        return None
    of = f"{k.collectivity_type}:panel" + (":" + "+".join(p["kinds"]) if p.get("kinds") else "")
    return text("report-key-panel-answered", lang, base=panel_label(of, int(k.n_base), lang),
                total=fmt_int(total, lang)), total


def _panel_ci(k: KeyFigure, total: int, lang: str) -> str:
    """The interval of :func:`_panel_answered`'s figure, said of the whole panel (the
    share of its N it bounds): " (fourchette sûre : 84–93 % des 13)"; "" without one."""
    ci = _ci_cell(_ci_record(k), lang)
    return text("report-key-panel-ci", lang, ci=ci, total=fmt_int(total, lang)) if ci else ""


def _ci_record(k: KeyFigure) -> dict:
    """A key figure's interval and design as the record compare's cell reads
    (:func:`~barometre.render.views._ci_cell`): a sure range said so, never « IC 95 % »."""
    return {"census": k.census, "share": k.share, "ci_low": k.ci_low, "ci_high": k.ci_high,
            "ci_kind": k.ci_kind, "design": k.design, "design_subset": k.design_subset,
            "subset_census": k.subset_census, "collectivity_type": k.collectivity_type,
            "flags": k.flags}  # a participatory count: « recensement participatif, minimum »


def _key_share(k: KeyFigure, lang: str) -> str:
    """The share with compare's marks: "*" (from wording, as the adoption chart), "°"/"§"
    (measure), then its flags' (:func:`~barometre.render.views.flag_marks`: "≈" not k/n or
    a base no count gives, "†" not a random sample, "↺" restated, "‡" disputed)."""
    return (fmt_share(k.share, lang, k.digits) + ("*" if k.derived else "") + _MEASURE_MARKS.get(k.measure, "")
            + flag_marks(_flagged(k)))


def _flagged(k: KeyFigure) -> dict:
    """A key figure as the record :func:`flag_marks` and :func:`flag_notes` read."""
    flags = k.flags + (";disputed" if k.disputed and "disputed" not in k.flags.split(";") else "")
    return {"flags": flags, "source": k.source, "notes": k.notes}


def key_notes(keys: list[KeyFigure], lang: str) -> list[str]:
    """The notes under the key figures, as compare prints them under its table: what "°"
    and "§" mean, then what the flags' marks mean and why each "‡" figure is disputed
    (:func:`~barometre.render.views.flag_notes`)."""
    shown = [k for k in keys if k.share is not None]
    out = [text(_MEASURE_NOTES[m], lang) for m in _MEASURE_NOTES if any(k.measure == m for k in shown)]
    # the words of _unsure_base, each explained once, as under compare's table
    out += unsure_base_notes([{"flags": k.flags} for k in shown], lang)
    return out + flag_notes([_flagged(k) for k in shown], lang)


def _count_said(n: int, t: str, lang: str) -> str:
    """A count said with what it counts: "24 grandes villes", "1 region", "4 994 collectivités"
    (all of them: never "4 994 ensemble des collectivités")."""
    if t == "all":
        return f"{fmt_int(n, lang)} {text('report-key-respondents-all', lang)}"
    return f"{fmt_int(n, lang)} {type_label(t, lang, plural=abs(n) > 1 if lang != 'en' else n != 1)}"


def _period(years: list[int], lang: str) -> str:
    if not years:
        return "–"
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def summary(sh: Sheet, r: ReportData, title: str, lang: str) -> None:
    """Synthèse: title, key figures, the type × platform table and its bar chart."""
    r0 = sh.line(title, size=16, bold=True, color=TITLE_COLOR)
    sh.ws.row_dimensions[r0].height = 24
    if r.fictitious:
        sh.line(text("report-fictitious-warning", lang), bold=True, color=ALERT_COLOR)
    # the types, a figure of type all by its base when it is not every collectivité
    scope = list(dict.fromkeys(  # a base said by within or panel: its entities
        base_label(r.adoption, rec["collectivity_type"], lang)
        or (type_or_kind_label([rec], rec["collectivity_type"], lang) if design_kind(
            rec.get("design_subset")) else type_with_map(rec, lang))
        for rec in r.adoption.to_dict("records")))
    sh.line(text("report-scope", lang, types=_join_names(scope, lang)))
    for said in (r.adoption.attrs.get("within") or {}).values():  # the template's: said
        if said.get("template"):
            deps = said["departements"]
            _wrap_across(sh, sh.line(text("report-scope-template", lang, deps=", ".join(deps),
                                          s="" if len(deps) == 1 else "s"), color="595959"), 10)
            break
    if r.adoption.attrs.get("panel"):  # « du panel », first said just above: what it is
        waves = r.survey is not None and len(r.survey.wave_dates) > 1
        _wrap_across(sh, sh.line(text("report-panel-explained" + ("-waves" if waves else ""), lang),
                                 color="595959"), 10)
    for note in panel_out_notes(r.adoption, lang):  # a panel over waves: those out of it
        sh.line(note)
    for note in region_map_notes(r.adoption, lang, also=r.evolution):  # régions read on the map before 2016
        _wrap_across(sh, sh.line(note, bold=True, color=ALERT_COLOR), 10)
    sh.line(text("report-period", lang, period=_period(r.years, lang)))
    if r.survey is not None:  # a file without any reading date: how to give it
        for note in undated_notes(r.adoption, lang):
            _wrap_across(sh, sh.line(note, bold=True, color=ALERT_COLOR), 10)
    if r.survey is not None and r.survey.wave_dates:  # the day(s) of the readings, as Sources et méthode
        sh.line(text("report-date-line" if len(r.survey.wave_dates) == 1 else "report-dates-line", lang,
                     dates=wave_dates_text(r.survey, lang)))
    from ... import __version__

    from .workbook import data_date

    read = data_date(r) if r.survey is not None else None  # the file's date too (core.xml)
    sh.line(text("report-made-by-dated", lang, version=__version__, date=_day(read.date(), lang))
            if read else text("report-made-by", lang, version=__version__), color="595959")
    sh.blank()
    when = fmt_date(r.reference_year, None, lang) if r.reference_year else fmt_date(None, None, lang)
    sh.line(text("report-key-figures", lang, when=when), size=12, bold=True, color=TITLE_COLOR)
    keys = r.key_figures[:MAX_KEY_FIGURES]
    several = r.survey is None and len({k.source for k in keys}) > 1
    places = r.adoption.attrs.get("place") or {}  # a survey file chosen by place
    draws = random_draw_of(r.adoption, lang) if r.survey is not None else {}
    for k in keys:  # from several sources: each names its id, and a line says so
        # wrapped within the printed width (A:J), as the benchmark's lines: a survey's
        # figure with its base and interval runs past the page's right margin
        _wrap_across(sh, sh.line(key_line(k, lang, survey=r.survey is not None, cite_id=several,
                                          place=places.get(k.collectivity_type),
                                          base=base_label(r.adoption, k.collectivity_type, lang),
                                          draw=k.collectivity_type in draws,
                                          answered=_panel_answered(r.adoption, k, lang)
                                          if r.survey is not None else None)), 10)
    said = [str(sh.ws.cell(row, 1).value or "") for row in range(sh.row - len(keys), sh.row)]
    # each term used above explained once: a 95 % interval, a sure range (k/N–(k + u)/N)
    for code, term in (("report-ci-explained", "95% CI" if lang == "en" else "IC 95\u202f%"),
                       (_sure_code(r), "sure range" if lang == "en" else "fourchette sûre")):
        if any(term in line for line in said):
            _wrap_across(sh, sh.line(text(code, lang), color="595959"), 10)
    if several:
        sh.line(text("report-key-sources", lang, n=len({k.source for k in keys})), color="595959")
    if any(k.derived and k.share is not None for k in r.key_figures[:MAX_KEY_FIGURES]):
        sh.line(text("report-key-derived", lang), color="595959")
    design = _design_notes(r, lang)  # a survey file that is no random sample of its type
    for note in key_notes(r.key_figures[:MAX_KEY_FIGURES], lang):
        if not (design and note == text("pub-non-random-note", lang)):  # its own "†" note
            # wrapped within the printed width, as the notes below: « base non précisée :
            # … » ran past the page's edge and was cut there
            _wrap_across(sh, sh.line(note, color="595959"), 10)
    for note in design:  # a paragraph: wrapped within the printed width (A:J)
        _wrap_across(sh, sh.line(note, color="595959"), 10)
    for note in place_notes(r.adoption, lang, words=True):  # a file chosen by place: its départements
        _wrap_across(sh, sh.line(note, color="595959"), 10)
    if any(k.collectivity_type in draws and k.n_base and not k.census and not k.subset_census
           for k in keys):  # « tirage au hasard supposé » of the lines above, in a sentence
        for note in random_draw_notes(r.adoption, lang, words=True):
            _wrap_across(sh, sh.line(note, color="595959"), 10)
    narrower = _narrower(r)
    if narrower:  # communes all villes préfectures: said once, in words (compare's hint)
        _wrap_across(sh, sh.line(_narrower_line(narrower, lang), color="595959"), 10)
    if r.survey is not None and r.survey.n_reference:
        s = r.survey
        # a file of several years: the year its coverage counts (the others' answers are in it)
        year = s.year_shown if s.entities_by_year and not _annuaire(r) else None
        # under --platform, the answers on those platforms: said, the report is about them
        on = "-platforms" if s.platforms and not _annuaire(r) else ""
        sh.line(text("report-coverage-annuaire" if _annuaire(r) else "report-coverage" + on
                     if year is None else "report-coverage-year" + on, lang,
                     n=fmt_int(s.n_entities, lang),
                     whom=_survey_whom(r, lang, s.n_entities, answered=True),
                     total=fmt_int(s.n_reference, lang), share=fmt_share(s.coverage, lang),
                     year=year, platforms=_platforms_or(s.platforms, lang)))
    aside = _years_aside(r.survey, lang, r) if r.survey is not None else ""
    if aside:  # compare's footer, said here too
        sh.line(aside)
    published = published_elsewhere(r, lang)
    if published:  # no published figure beside the file's: said, and where they are
        _wrap_across(sh, sh.line(text("report-published-elsewhere-line", lang, text=published),
                                 color="595959"), 10)
    if r.benchmark is not None:
        _summary_benchmark(sh, r, lang)
    if r.extra.get("no_counts"):  # presence only: no Classement, no Benchmark, said why
        sh.line(text("report-no-counts-entity" if r.extra.get("no_counts_entity")
                     else "report-no-counts", lang))
    unread = r.extra.get("movements_not_read")
    if unread:  # --platform: the two waves compared read none of them, said why
        sh.line(movements_not_read(unread, lang))
    sh.blank()
    _summary_table(sh, r, lang)
    for col in range(1, 11):  # room for the key lines and the chart on the printed page
        sh.widths[col] = max(sh.widths.get(col, 0), 13)
    sh.ws.print_area = f"A1:J{sh.row}"


def movements_not_read(platforms: list[str], lang: str) -> str:
    """Why a report of several waves has no Mouvements under ``--platform``: the two waves
    it compares read none of ``platforms`` (ids), named (the Synthèse, the terminal)."""
    return text("report-movements-not-read", lang,
                platforms=", ".join(platform_label(p, lang) for p in platforms))


def _narrower(r: ReportData) -> dict | None:
    """A survey of communes all of a narrower type (villes préfectures…), as ``compare
    --type commune`` finds it (:func:`~barometre.analysis.peers.narrower_of`); None else."""
    from ...analysis.peers import narrower_of

    if r.survey is None or r.data is None or "code" not in getattr(r.data, "columns", ()):
        return None
    return narrower_of(r.data["code"].dropna().unique(), r.survey.collectivity_type)


def _narrower_line(nar: dict, lang: str) -> str:
    """« Les 12 communes du fichier sont toutes des villes préfectures (12 sur 101) : lues ici
    comme communes ; lues comme villes préfectures (type ville_prefecture), elles le
    seraient parmi les 101 villes préfectures. »: compare's hint, no option named."""
    from ..views import narrower_said

    one = "-one" if nar["n"] == 1 else ""
    return text("report-narrower-line" + one, lang, n=fmt_int(nar["n"], lang),
                total=fmt_int(nar["total"], lang),
                label=type_label(nar["type"], lang, plural=not one),
                hint=_lower_first(narrower_said(nar, lang, "words")))


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def _summary_benchmark(sh: Sheet, r: ReportData, lang: str) -> None:
    """How the ``--entity`` compares, on the Synthèse: its peers, then one line per platform
    with its followers, rank, index and number per 1,000 inhabitants, the figures of the
    Benchmark sheet read from the same frame (``r.benchmark``) in the words of ``barometre
    benchmark``; the peers not ranked, quartiles and notes stay on the Benchmark sheet."""
    b = r.benchmark
    sh.blank()
    # the benchmark's year, the latest of the readings compared, as the chart's title: a
    # platform of an older year says it on its line (« non relevé en 2026 »)
    latest = bench_latest_year(b.attrs)
    name, code = bench_entity_name(b.attrs)  # 2A and 2B ranked once: the council's, as rank's
    sh.line(text("report-summary-bench-title", lang, name=name, code=code)
            + (f", {latest}" if latest is not None else ""), size=12, bold=True,
            color=TITLE_COLOR)
    group = peer_group_text(r.extra.get("peer_group"), lang)
    if group:
        _wrap_across(sh, sh.line(text("report-peers-line", lang,
                                      group=group + council_once_base(b.attrs, lang))), 10)
    n_rounded, per_1000 = 0, False
    typed = b.attrs.get("typed_counts") or {}  # their cells as typed (« 112 k »)
    for rec in b.to_dict("records"):
        line, k = bench_platform_line(rec, lang, detail=False,
                                      typed=typed.get(rec["platform"]), latest=latest)
        n_rounded += k > 0  # the counts, as the Benchmark sheet counts them
        per_1000 |= k > 1  # its number per 1,000 inhabitants marked too: said, not counted
        _wrap_across(sh, sh.line(line), 10)
    if n_rounded:  # a count read from an abbreviated number ("184,8k"): marked ≈, said
        _wrap_across(sh, sh.line(rounded_counts_note(n_rounded, lang, bench_own_typed(b),
                                                     per_1000), color="595959"), 10)
    n_questioned = bench_questioned(b)  # counts the reader questioned: marked, said
    if n_questioned:
        _wrap_across(sh, sh.line(questioned_note(n_questioned, b.attrs.get("collectivity_type"),
                                                 lang), color="595959"), 10)
    _wrap_across(sh, sh.line(text("report-summary-bench-note", lang), color="595959"), 10)


def _summary_table(sh: Sheet, r: ReportData, lang: str) -> None:
    """The type × platform table of the key figures and its bar chart, one measure in it:
    the key figures' most frequent (the first's on a tie), as a share of all, of those
    present and of respondents never share a series; the others are said above the table."""
    with_share = [k for k in r.key_figures if k.share is not None]
    if not with_share:
        return  # counts only: nothing to chart
    measures = [k.measure for k in with_share]
    measure = max(dict.fromkeys(measures), key=measures.count)  # first of the most frequent
    shares = {(k.collectivity_type, k.platform): k.share for k in with_share if k.measure == measure}
    types = [t for t in r.types if any(shares.get((t, p)) is not None for p in r.platforms)]
    plats = [p for p in r.platforms if any(shares.get((t, p)) is not None for t in types)]
    first = types[0]
    # bars sorted, largest first; « au moins un réseau » last, as the adoption chart draws it
    # (first, it was the tallest bar, read as one more platform)
    plats.sort(key=lambda p: (p == "any", -(shares.get((first, p)) or -1)))
    # the measure, as the charts' captions say it (a survey's: those with an answer)
    words = (_measure_survey(r.survey.collectivity_type, lang, bool(_annuaire(r)))
             if r.survey is not None
             else text(_measure_code(measure), lang))
    meta = _annuaire(r)
    if meta:  # the Annuaire's census: declared accounts, a lower bound, as compare says it
        notes = meta["notes_en" if lang == "en" else "notes_fr"]
        for note in (notes[0], notes[2]):  # annuaire_notes: the measure (its date), the caveat
            _wrap_across(sh, sh.line(note, color="595959"), 10)
    else:
        sh.line(text("chart-measure", lang, measure=words), color="595959")
    left: dict[str, list[str]] = {}  # type (with its map) -> platforms of another measure, as compare names them
    for k in with_share:
        if k.measure != measure:
            left.setdefault(_key_whom(k, lang), []).append(platform_label(k.platform, lang))
    if left:
        items = (" ; " if lang != "en" else "; ").join(
            text("pub-left-out-item", lang, type=whom, platforms=", ".join(ps)) for whom, ps in left.items())
        row = sh.line(text("report-chart-left-out", lang, items=items), color="595959")
        _wrap_across(sh, row, 10)  # within the printed width (A:J), on as many lines as it takes
    # a type named by what its key figures are of (type all: their base)
    whom = {t: " ; ".join(dict.fromkeys(_key_whom(k, lang) for k in with_share
                                         if k.collectivity_type == t and k.measure == measure)) or _whom(t, lang)
            for t in types}
    columns = [Column(text("report-col-platform", lang))] + [Column(_cap(whom[t]), "share") for t in types]
    rows = [[platform_label(p, lang)] + [shares.get((t, p)) for t in types] for p in plats]
    block = sh.table("Synthese", columns, rows)
    digits = {(k.collectivity_type, k.platform): k.digits for k in with_share if k.measure == measure}
    flagged = {(k.collectivity_type, k.platform): _flagged(k) for k in with_share if k.measure == measure}
    for i, p in enumerate(plats):  # a share printed with decimals keeps them ("56,7 %"), and
        for j, t in enumerate(types):  # compare's marks ("76 %≈"): the cell keeps its value
            v, d = shares.get((t, p)), digits.get((t, p), 0)
            marks = flag_marks(flagged[(t, p)]) if v is not None else ""
            if (d or marks) and v is not None:
                sh.mark_share(sh.ws.cell(row=block.first_row + i, column=block.col(1 + j)), marks,
                              share_format(v, lang, digits=d))
    said = key_notes(r.key_figures[:MAX_KEY_FIGURES], lang)  # the notes above, not said twice
    if _design_notes(r, lang):  # a survey file's "†": its design note above says it
        said.append(text("pub-non-random-note", lang))
    for note in flag_notes([flagged[(t, p)] for p in plats for t in types if (t, p) in flagged], lang):
        if note not in said:
            sh.line(note, color="595959")
    when = fmt_date(r.reference_year, None, lang)
    # the base the user said (within, panel) named in the title, as in the key figures: a
    # chart copied onto a slide says of whom ("des intercommunalités de 9 départements (…)")
    said_base = {t: base_label(r.adoption, t, lang, count=False) for t in types}
    title = _fictitious_chart(_chart_title(types, measure, when, lang, {
        t: said_base[t] or w for t, w in whom.items()}), r, lang)
    base = _chart_base(r, [k for k in with_share if k.measure == measure], types, lang)
    if base:  # a second line under the title: the bars' base and what it assumes
        title += "\n" + base
    chart = bar_chart(sh.ws, block, [block.col(1 + i) for i in range(len(types))],
                      _type_colors(types), title, text("report-axis-share", lang), number_format("share", lang))
    chart.height, chart.width = 9, 22
    sh.ws.add_chart(chart, f"A{sh.row}")
    sh.row += 20  # the chart covers about 18 rows


def _chart_base(r: ReportData, keys: list[KeyFigure], types: list[str], lang: str) -> str:
    """The Synthèse chart's base when its bars are a survey file's part of its type read
    as a sample: « n = 12 sur 22 ; tirage au hasard supposé : si les entités ont été
    choisies, les chiffres ne valent que pour elles » (the key figures' base and clause),
    so that the chart copied onto a slide does not read as the whole type's; "" for a
    census, a base said by ``within`` or ``panel`` (in the title), or published figures."""
    if r.survey is None or len(types) != 1:
        return ""
    t = types[0]
    mine = [k for k in keys if k.collectivity_type == t and k.n_base]
    if not mine or base_label(r.adoption, t, lang) or any(k.census or k.subset_census
                                                          for k in mine):
        return ""
    total = mine[0].n_subset or mine[0].n_reference
    ns = sorted({int(k.n_base) for k in mine})
    if not total or ns[-1] >= int(total):
        return ""
    n = fmt_int(ns[0], lang) if len(ns) == 1 else f"{fmt_int(ns[0], lang)}–{fmt_int(ns[-1], lang)}"
    said = text("report-chart-base", lang, n=n, total=fmt_int(int(total), lang))
    if t in random_draw_of(r.adoption, lang):
        said = text("report-chart-base-line", lang, base=said,
                    draw=text("draw-assumed-short", lang))
    return said


def _fictitious_chart(title: str, r: ReportData, lang: str) -> str:
    """A native chart's title, marked « (données fictives) » for a fictitious file, as the
    PNG charts are: a chart copied onto a slide leaves the sheet's header behind."""
    return f"{title} {text('chart-fictitious-title', lang)}" if r.fictitious else title


def _wrap_across(sh: Sheet, row: int, cols: int) -> None:
    """A long line of text wrapped within the first ``cols`` columns (merged), its row as tall
    as its lines (the columns are at least 13 wide: the Synthèse's)."""
    cell = sh.ws.cell(row=row, column=1)
    sh.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=cols)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    sh.ws.row_dimensions[row].height = 14.5 * _lines(str(cell.value), 13 * cols - 4) + 1


def _measure_code(measure: str) -> str:
    """compare's words for a measure (messages/published.py ``measure-*``)."""
    return "measure-" + str(measure or "of_all").replace("_", "-")


def _chart_title(types: list[str], measure: str, when: str, lang: str,
                 whom: dict[str, str] | None = None) -> str:
    """The Synthèse chart's title: "Présence des régions sur chaque réseau, 2018", "Présence de
    l'ensemble des collectivités…"; titled by its measure when the bars are shares of those
    present or of respondents ("Ensemble des collectivités : part des collectivités présentes
    sur les réseaux sociaux, par réseau, 2018"). ``whom``: what each type's bars are of, when
    not its type's name (a figure of type ``all`` on a part: "Présence des régions,
    départements et villes préfectures…")."""
    one = len(types) == 1
    named = (whom or {}).get(types[0]) if one else None
    if named and named != _whom(types[0], lang) and measure not in _MEASURE_MARKS:
        return text("report-chart-adoption-one", lang, when=when, of_whom=text(
            "report-of-whom", lang, whom=_cap(named) if lang == "en" else named))
    if measure not in _MEASURE_MARKS:
        if not one:
            return text("report-chart-adoption", lang, when=when)
        t = types[0]
        of_whom = (text("report-of-whom-all", lang) if t == "all"
                   else text("report-of-whom", lang, whom=_cap(_whom(t, lang)) if lang == "en" else _whom(t, lang)))
        return text("report-chart-adoption-one", lang, of_whom=of_whom, when=when)
    words = text(_measure_code(measure), lang)
    if one:
        return text("report-chart-measure-one", lang, whom=_cap(_whom(types[0], lang)), measure=words, when=when)
    return text("report-chart-measure", lang, measure=_cap(words), when=when)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


_TYPE_COLORS = ["1F4E79", "ED7D31", "70AD47", "7030A0", "FFC000", "5B9BD5", "A5A5A5", "264478"]


def _type_colors(types: list[str]) -> list[str]:
    return [_TYPE_COLORS[i % len(_TYPE_COLORS)] for i in range(len(types))]


def _platform_color(p: str) -> str | None:
    return PLATFORMS[p].color.lstrip("#").upper() if p in PLATFORMS else None


def _cols(lang: str, *spec: tuple[str, str]) -> list[Column]:
    return [Column(text(f"report-col-{code}", lang), kind) for code, kind in spec]


def _measure(m: object, lang: str) -> str:
    code = f"report-measure-{str(m or 'of_all').replace('_', '-')}"
    return text(code, lang) if code in _MEASURES else str(m)


def adoption(sh: Sheet, r: ReportData, lang: str) -> None:
    """Adoption: every figure of the selection, with its base, interval and source."""
    spec = [("type", "text"), ("platform", "text"), ("year", "year"), ("share", "share"),
            ("n-present", "count"), ("n-base", "count"), ("ci-low", "ci"), ("ci-high", "ci"),
            ("base", "wrap"), ("measure", "wrap"), ("source", "wrap"), ("wording", "yesno")]
    if r.sources:  # published figures: the other sources' values and the disputes, beside the source
        spec.insert(11, ("others", "wrap"))
    # published figures: Base, Mesure, Source and Autres sources narrower, the sheet fitted
    # one page wide (sheets.FIT_LIMIT) with the added column
    narrow = {"base": 22, "measure": 16, "source": 23, "others": 23} if r.sources else {}
    if r.sources and (r.adoption["collectivity_type"] == "all").any():
        # a figure of type all is named by its base (figure_type_label): wrapped, as Base
        spec[0] = ("type", "wrap")
        narrow["type"] = 22
    # some interval a sure range (k/N–(k + u)/N, ci_kind "sure"): the bounds' columns named
    # for either kind, and a column after them says which each row's is
    sure = _sure_ranges(r.adoption)
    if sure:
        spec[6:8] = [("range-low", "ci"), ("range-high", "ci")]
        spec.insert(8, ("range-kind", "text"))
    # no figure with an interval nor a word in its place (a file chosen by place, or
    # mostly in one région): no empty « IC 95 % » columns
    with_bounds = not no_bounds_shown(r.adoption)
    if not with_bounds:
        del spec[6:8]
    cols = [Column(text(f"report-col-{code}", lang), kind, narrow.get(code)) for code, kind in spec]
    # a printed figure traced to its source: "Ideose — Baromètre… (ideose-2015, octobre 2015)"
    titles = {s.id: text("report-source-cite", lang, publisher=s.publisher, title=s.title, id=s.id,
                         date=fmt_date(s.year, s.month, lang, s.period)) if s.year
              else f"{s.publisher} — {s.title} ({s.id})" for s in r.sources}
    others = _other_sources(r, lang)
    rows = []
    for rec, other in zip(r.adoption.to_dict("records"), others):
        share = plain_value(rec["share"])
        rows.append([
            figure_type_label(rec, lang), platform_label(rec["platform"], lang), rec["year"],
            "–" if share is None else share,  # a figure published as a count only
            rec.get("n_present"), rec.get("n_base")]
            + ([rec.get("ci_low"), rec.get("ci_high")] if with_bounds else [])
            + ([_range_kind(rec, lang)] if sure else []) + [
            base_text(rec, lang, unknown=True) or None,
            # a survey's share in the Synthèse's words (« parmi ceux ayant répondu »)
            _measure_survey(rec["collectivity_type"], lang, bool(_annuaire(r)))
            if r.survey is not None
            else _measure(rec.get("measure"), lang), _source_cell(rec, titles, r)]
            + ([other] if r.sources else [])
            + [text("report-yes" if rec.get("derived_from_wording") is True else "report-no", lang)])
    block = sh.table("Adoption", cols, rows)
    _published_decimals(sh, block, cols.index(next(c for c in cols if c.kind == "share")),
                        r.adoption.to_dict("records"), lang)
    # what the marks say; a survey file that is no random sample of its type, its own notes
    for note in flag_notes([rec for rec in r.adoption.to_dict("records")
                            if rec.get("design") != "stratified"], lang):
        _note_across(sh, block, note)
    for note in _design_notes(r, lang):
        _note_across(sh, block, note)
    for note in place_notes(r.adoption, lang, words=True):  # a file chosen by place
        _note_across(sh, block, note)
    for note in random_draw_notes(r.adoption, lang, words=True):  # a part read as a sample
        _note_across(sh, block, note)
    if sure:  # a certainty, not a confidence interval: said under the table
        _note_across(sh, block, text(_sure_code(r), lang))
    meta = _annuaire(r)
    if meta:  # the Annuaire's caveat where its figures are, as the Synthèse says it
        _note_across(sh, block, meta["caveat_en" if lang == "en" else "caveat"])
    # a census has no sampling error, so no interval: its bound cells hold no number (the
    # share twice would read as a sample's interval of zero width) but the word the text
    # tables say in its place, "exhaustif", "exhaustif (métropole)" for a part's census;
    # one whose share is not k/n reads "recensement, part non k/n" (census_word), said
    # under the table
    records = r.adoption.to_dict("records")
    if any(rec.get("census") is True and "not_k_of_n" in flag_set(rec) for rec in records):
        _note_across(sh, block, text("pub-census-not-k-of-n-note", lang))
    for note in unsure_base_notes(records, lang):  # what « minimum », « base non précisée » say
        _note_across(sh, block, note)
    for i, rec in enumerate(records if with_bounds else []):  # the bounds' cells (6, 7)
        bounds = {6: plain_value(rec.get("ci_low")), 7: plain_value(rec.get("ci_high"))}
        part_census = rec.get("subset_census") is True
        for j, other in ((6, 7), (7, 6)):  # the two bounds
            cell = sh.ws.cell(row=block.first_row + i, column=block.col(j))
            word = unsure_base_word(rec)  # a minimum, or neither census nor sample
            if ((part_census or rec.get("census") is True or word)
                    and plain_value(rec.get("share")) is not None):
                said = (text("survey-part-census", lang, part=_part_label(rec, lang, short=True))
                        if part_census else text(word, lang) if word
                        else census_word(rec, lang))
                # the word itself, wrapped in the narrow column ("recensement, / part non
                # k/n"), its row as tall
                cell.value = said
                cell.number_format = "General"
                # on the right, as the bounds' numbers: never against the count on its left
                # (« 13exhaustif » in a narrow column)
                cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="right")
                sh.wrapped[(cell.row, cell.column)] = said
            elif bounds[j] is not None and bounds[other] is not None and rec.get("ci_kind") == "sure":
                # a sure range: its bounds rounded outward, as fmt_ci says them, the range
                # shown containing the exact one (« 38 % » for 38,6 %, never « 39 % »)
                cell.value, cell.number_format = sure_bound_cell(bounds[j], bounds[other], lang, j == 7)
                sh._width(block.col(j), percent_width(cell.number_format), "ci")
            elif bounds[j] is not None:
                # bounds that would read the same take the decimals that set them apart,
                # as fmt_ci says them: "98,8 %" and "99,2 %", not "99 %" twice
                cell.number_format = ci_format(bounds[j], lang, bounds[other])
                sh._width(block.col(j), percent_width(cell.number_format), "ci")
    letter = get_column_letter(block.col(3))
    sh.ws.conditional_formatting.add(f"{letter}{block.first_row}:{letter}{block.last_row}",
                                     DataBarRule(start_type="num", start_value=0, end_type="num",
                                                 end_value=1, color="9DC3E6"))


def _sure_ranges(adoption: pd.DataFrame) -> bool:
    """Whether some figure's interval is a sure range (``ci_kind`` "sure": the whole
    possible range k/N–(k + u)/N, a certainty, not a 95 % interval)."""
    return "ci_kind" in adoption.columns and bool((adoption["ci_kind"] == "sure").any())


def _range_kind(rec: dict, lang: str) -> str | None:
    """The Adoption's Intervalle cell: « IC 95 % » or « fourchette sûre », none without
    an interval."""
    kind = plain_value(rec.get("ci_kind"))
    if kind is None and plain_value(rec.get("ci_low")) is not None:
        kind = "ci95"  # a published figure's interval: a 95 % one
    return text("report-range-kind-" + kind, lang) if kind in ("ci95", "sure") else None


def _other_sources(r: ReportData, lang: str) -> list[str | None]:
    """Per Adoption row, what else is said of the same fact (type × platform × year, as the
    key figures group them): the other figures' values with their sources' ids ("47 % selon
    edgar-quinet-2012-2", each value once), those restating the same figure, and the "‡"
    note of a figure the source itself says is disputed, as compare prints it."""
    recs = r.adoption.to_dict("records")
    # compare's other figures of that year (r.others), after the rows: named as compare names them
    pool = recs + ([] if r.others is None else r.others.to_dict("records"))
    fact = [(rec["collectivity_type"], rec["platform"], plain_value(rec["year"]),
             plain_value(rec.get("strate"))) for rec in pool]
    sep = "; " if lang == "en" else " ; "
    out: list[str | None] = []
    for i, rec in enumerate(recs):
        share = plain_value(rec["share"])
        by_value: dict[str, list[str]] = {}
        restated: list[str] = []
        for j, o in enumerate(pool):
            if j == i or fact[j] != fact[i]:  # also the source's other rows, as the notes list them
                continue
            v = plain_value(o["share"])
            if share is not None and v is not None and abs(v - share) < SAME_FIGURE:
                ids = restated
            else:
                n = plain_value(o.get("n_present"))
                # with compare's marks ("60 %≈"); a count says what it counts ("24 grandes villes")
                said = (fmt_share(v, lang, published_digits(o)) + flag_marks(o) if v is not None
                        else _count_said(n, o["collectivity_type"], lang) if n is not None else "–")
                ids = by_value.setdefault(said, [])
            if o["source"] not in ids:
                ids.append(str(o["source"]))
        parts = [text("report-note-other", lang, share=v, who=", ".join(ids)) for v, ids in by_value.items()]
        if restated:
            parts.append(text("report-note-restated", lang, who=", ".join(restated)))
        if "disputed" in flag_set(rec):
            notes = plain_value(rec.get("notes"))
            parts.append(_disputed_note({"source": rec["source"], "notes": notes or ""}, lang))
        out.append(sep.join(parts) or None)
    return out


def _published_decimals(sh: Sheet, block, j: int, records: list[dict], lang: str) -> None:
    """A share the source printed with decimals (13.7 %) shows them in its cell ("13,7 %"),
    as compare and the charts show it (:func:`published_digits`), and compare's marks of its
    flags (:func:`flag_marks`: "76 %≈"); the cell keeps its value."""
    for i, rec in enumerate(records):
        share, digits, marks = plain_value(rec.get("share")), published_digits(rec), flag_marks(rec)
        if (digits or marks) and isinstance(share, (int, float)) and not isinstance(share, bool):
            sh.mark_share(sh.ws.cell(row=block.first_row + i, column=block.col(j)), marks,
                          share_format(share, lang, digits=digits))


_MEASURES = {"report-measure-of-all", "report-measure-of-present", "report-measure-of-respondents"}


#: the Évolution's series colours: far apart in hue and lightness (no two dark blues)
_SERIES_COLORS = ["1F4E79", "ED7D31", "70AD47", "7030A0", "C00000", "00B0F0", "FFC000", "7F7F7F"]
#: the measure in a column's name: always when it is not a share of all (a share of those
#: present read as one of all is a wrong figure), else when several measures coexist
_MEASURE_SHORT = {"of_all": "report-evolution-of-all", "of_present": "report-evolution-of-present",
                  "of_respondents": "report-evolution-of-respondents"}
#: the Évolution chart shows this many series at most (the most followed; one colour each);
#: the table, all
MAX_EVOLUTION_LINES = len(_SERIES_COLORS)


def _series_names(ev, keys: list[tuple[str, str, int]], lang: str) -> list[str]:
    """"Régions — Facebook", qualified by measure and base when the type and platform have
    several series (or a measure other than a share of all): "Ensemble des collectivités —
    Facebook (part des présentes)", "Grandes villes — Facebook — 50 plus grandes villes (plus
    de 86 000 habitants)"."""
    first = ev.drop_duplicates(["collectivity_type", "platform", "series"])
    design = {(t, p, n): (m, f) for t, p, n, m, f in zip(
        first["collectivity_type"], first["platform"], first["series"], first["measure"], first["base_family"])}
    names = []
    for t, p, n in keys:
        measure, family = design[(t, p, n)]
        mine = [v for (t2, p2, _), v in design.items() if (t2, p2) == (t, p)]
        who = figure_type_label({"collectivity_type": t, "base_family": family}, lang, plural=True)
        name = f"{_cap(who)} — {platform_label(p, lang)}"
        if measure != "of_all" or len({m for m, _ in mine}) > 1:
            name += f" ({text(_MEASURE_SHORT.get(measure, 'report-evolution-of-all'), lang)})"
        if sum(m == measure for m, _ in mine) > 1 and family and who == _whom(t, lang):
            name += " — " + base_text({"base": family, "collectivity_type": t}, lang)
        names.append(name)
    return names


#: characters of the Évolution's Éditeur column: a long name wraps on two lines, most rows on
#: one (a narrower column made the table taller than its page, the chart cut in two)
_PUBLISHER_WIDTH = 32
#: characters of a note's line under the Évolution table: about a landscape page's width
_NOTE_WIDTH = 90


def _note_across(sh: Sheet, block, message: str, bold: bool = False) -> None:
    """A grey note under a table, wrapped in cells merged over the table's first columns
    (about one printed page wide), or past a narrow table's last one as far (the
    Évolution's four columns, its chart 22 cm wide below): a long note neither runs off
    into pages of its own, nor past the printed width, nor hides under the next cells."""
    r = sh.line(message, size=9, bold=bold, color="595959")
    c1, c2, used = block.col(0), block.col(0), 0.0
    for c in range(block.col(0), max(block.col(block.n_cols), block.col(0) + 40)):
        used += sh.widths.get(c, 8)
        if used > _NOTE_WIDTH and c > c1:
            break
        c2 = c
    if c2 > c1:
        sh.ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    sh.ws.cell(row=r, column=c1).alignment = Alignment(wrap_text=True, vertical="top")
    width = sum(sh.widths.get(c, 8) for c in range(c1, c2 + 1)) * 11 / 9  # 9 pt text
    sh.ws.row_dimensions[r].height = 11.5 * _lines(message, width) + 1


#: printed height of a landscape A4 page within its margins (0.8 in top and bottom) and the
#: page's header and footer, in points
_PAGE_HEIGHT = 595 - 2 * 0.8 * 72 - 30


def _col_width(sh: Sheet, c: int) -> float:
    """A column's width as :meth:`Sheet.finish` will set it (characters)."""
    return max(sh.widths.get(c, 8), sh.fixed.get(c, 0))


def _row_height(sh: Sheet, r: int) -> float:
    """A row's printed height in points: its own, else a wrapped cell's lines as
    :meth:`Sheet.finish` will size it, else a line's (15)."""
    if sh.ws.row_dimensions[r].height:
        return sh.ws.row_dimensions[r].height
    n = max([_lines(t, _col_width(sh, c)) for (r2, c), t in {**sh.header_texts, **sh.wrapped}.items()
             if r2 == r], default=1)
    return 14.5 * n + 1 if n > 1 else 15


def _fits_on_its_page(sh: Sheet, block, row: int, height_cm: float) -> bool:
    """Whether a chart of ``height_cm`` anchored at ``row`` ends on the printed page where it
    begins: the rows above laid out page by page (a wrapped cell's row as tall as its lines,
    the table's header repeated at the top of each page, as :meth:`Sheet.finish` sets them).
    A sheet narrow enough to be fitted one page wide (:data:`FIT_LIMIT`) is scaled by the
    spreadsheet program, which lays it out itself: True."""
    if sum(_col_width(sh, c) for c in set(sh.widths) | set(sh.fixed)) <= FIT_LIMIT:
        return True

    def height(r: int) -> float:
        return _row_height(sh, r)
    head = height(block.header_row)
    used = 0.0
    for r in range(1, row):
        h = height(r)
        if used + h > _PAGE_HEIGHT:
            used = head if r > block.header_row else 0.0  # a new page, the header repeated
        used += h
    return used + height_cm * 72 / 2.54 + 15 <= _PAGE_HEIGHT


def _published_evolution(sh: Sheet, r: ReportData, lang: str) -> None:
    """Évolution of published figures: one column per series (trend's measure and base
    family), one row per date and source (two when a source gives one series two figures
    that day), that source's id and publisher in the row's last two cells: every value is
    traced to its source, and a date given by several sources has a row for each; a chart
    whose lines break wherever trend marks a rupture."""
    ev = r.evolution
    keys = list(dict.fromkeys(zip(ev["collectivity_type"], ev["platform"], ev["series"])))
    col_of = {k: i for i, k in enumerate(keys)}
    col = [col_of[k] for k in zip(ev["collectivity_type"], ev["platform"], ev["series"])]
    # the k-th figure of a series on a date from one source goes to that (date, source)'s
    # k-th row; rows in trend's order (date, then source), so that a run's rows follow
    nth = ev.groupby(["collectivity_type", "platform", "series", "date", "source"],
                     sort=False).cumcount().tolist()
    publisher = dict(zip(ev["source"], ev["publisher"])) if "publisher" in ev else {}
    index = {k: i for i, k in enumerate(sorted(set(zip(ev["date"], ev["source"], nth))))}
    rows: list[list] = [[d] + [None] * len(keys) + [sid, publisher.get(sid)] for d, sid, _ in index]
    row_of = [index[k] for k in zip(ev["date"], ev["source"], nth)]  # ev's row -> table row
    for i, c, share in zip(row_of, col, ev["share"]):
        rows[i][1 + c] = share
    cols = ([Column(text("report-col-date", lang), "date")]
            + [Column(nm, "share") for nm in _series_names(ev, keys, lang)]
            + [Column(text("report-col-source", lang)),
               Column(text("report-col-publisher", lang), "wrap", _PUBLISHER_WIDTH)])
    block = sh.table("Evolution", cols, rows)
    # a date shows what its source gave: « 2023 » for a year alone (its point sits
    # mid-year on the axis), « 10/2015 » for a month; never a day the source never gave
    shows = {"year": "YYYY", "month": "MM/YYYY"}
    dated = dict(zip(zip(ev["date"], ev["source"]), ev["dated"])) if "dated" in ev else {}
    for (day, sid, _), i in index.items():
        if dated.get((day, sid)) in shows:
            sh.ws.cell(row=block.first_row + i, column=block.col(0)).number_format = shows[dated[(day, sid)]]
    derived = False
    records = ev.to_dict("records")
    for i, rec in enumerate(records):
        # the decimals the source printed ("13,7 %", as Adoption), "100 %*" as compare and the
        # charts star a share derived from wording, and its flags' marks ("60 %≈"); the
        # cell keeps its value
        c = sh.ws.cell(row=block.first_row + row_of[i],
                       column=block.col(1 + col_of[(rec["collectivity_type"], rec["platform"], rec["series"])]))
        sh.mark_share(c, ("*" if rec["derived"] else "") + flag_marks(rec),
                      share_format(c.value, lang, digits=int(rec.get("digits") or 0)))
        derived = derived or bool(rec["derived"])
    _note_across(sh, block, text("report-evolution-note-published", lang))
    if "break" in ev and (ev["break"] == "base_uncounted").any():  # as trend and its chart say
        _note_across(sh, block, text("report-evolution-uncounted-break", lang))
    if derived:
        _note_across(sh, block, text("report-evolution-derived", lang))
    for note in flag_notes(records, lang):  # what the marks say
        _note_across(sh, block, note)
    # a series whose base ends on a date the law fixes (the régions' map, 1 January 2016):
    # that date and the law, as trend and the chart say it (one table, family_ends.csv)
    family = dict(zip(zip(ev["collectivity_type"], ev["platform"], ev["series"]), ev["base_family"]))
    for k, name in zip(keys, _series_names(ev, keys, lang)):
        end = family_end_note(family[k], k[0], text("pub-family-column", lang, name=name), lang)
        if end:
            _note_across(sh, block, end)
    left = r.extra.get("evolution_left_out") or {}
    items = [text(f"report-evolution-left-{k}", lang, n=left[k]) for k in ("single", "disputed") if left.get(k)]
    if items:
        _note_across(sh, block, text("report-evolution-left-out", lang,
                                     items=("; " if lang == "en" else " ; ").join(items)))
    # the chart: the most followed series (the table's order among them), each in its colour
    size = ev.groupby(["collectivity_type", "platform", "series"], sort=False).size()
    shown = sorted(sorted(keys, key=lambda k: -size[k])[:MAX_EVOLUTION_LINES], key=col_of.get)
    if len(shown) < len(keys):
        names = _series_names(ev, keys, lang)
        _note_across(sh, block, text("report-evolution-not-drawn", lang, n=len(shown), names=(
            "; " if lang == "en" else " ; ").join(names[col_of[k]] for k in keys if k not in shown)))
    color = {k: _SERIES_COLORS[i % len(_SERIES_COLORS)] for i, k in enumerate(shown)}
    runs: dict = {}
    for i, (t, p, n, run) in enumerate(zip(ev["collectivity_type"], ev["platform"],
                                           ev["series"], ev["run"])):
        if (t, p, n) in color:
            lo, hi = runs.get((t, p, n, run), (row_of[i], row_of[i]))
            runs[(t, p, n, run)] = (min(lo, row_of[i]), max(hi, row_of[i]))
    spec = [(block.col(1 + col_of[(t, p, n)]), block.first_row + lo, block.first_row + hi, color[(t, p, n)])
            for (t, p, n, _), (lo, hi) in sorted(runs.items(), key=lambda kv: (col_of[kv[0][:3]], kv[0][3]))]
    sh.blank()
    drawn = [rows[lo][0] for lo, hi in runs.values()] + [rows[hi][0] for lo, hi in runs.values()]
    first, last = min(drawn), max(drawn)
    period = f"{first.year}–{last.year}"
    chart = runs_chart(sh.ws, block, spec, text("report-chart-evolution-published", lang, period=period),
                       text("report-axis-share", lang), number_format("share", lang), "yyyy",
                       first, last)
    chart.height, chart.width = 10, 22
    if not _fits_on_its_page(sh, block, sh.row, chart.height):  # never cut in two when printed
        sh.ws.row_breaks.append(Break(id=sh.row - 1))
    sh.ws.add_chart(chart, f"A{sh.row}")
    sh.row += 26


def evolution(sh: Sheet, r: ReportData, lang: str) -> None:
    """Évolution: one column per series, one row per date, and a line chart on a date axis.

    Survey waves: every series, one read at one wave only too (a point of its own, an empty
    cell at the other waves); the chart draws the :data:`MAX_EVOLUTION_LINES` most followed
    and names the others under the table.

    Published figures (:attr:`ReportData.evolution` with ``series``): one column per series
    of :func:`barometre.trend` (measure and base family), one row per date and source (its
    id and publisher in the row's last cells), its lines broken at trend's ruptures
    (:func:`_published_evolution`)."""
    ev = r.evolution
    if "series" in ev:
        _published_evolution(sh, r, lang)
        return
    keys = list(dict.fromkeys(zip(ev["collectivity_type"], ev["platform"])))
    names = [f"{_cap(_whom(t, lang))} — {platform_label(p, lang)}" for t, p in keys]
    dates = sorted(set(ev["date"]))
    value = {(t, p, d): s for t, p, d, s in zip(ev["collectivity_type"], ev["platform"], ev["date"], ev["share"])}
    cols = [Column(text("report-col-date", lang), "date")] + [Column(n, "share") for n in names]
    rows = [[d] + [value.get((t, p, d)) for t, p in keys] for d in dates]
    merged = _merged_years(r)  # a year of several waves: one point, its readings pooled
    if merged:  # each row says the readings behind it (the chart reads the share columns)
        cols.append(Column(text("report-col-readings", lang), "text"))
        for row in rows:
            days = merged.get(row[0].year)
            row.append(text("report-evolution-pooled-cell", lang, dates=_days_said(days, lang, cell=True))
                       if days else Day.of(row[0]).cell(lang))
    block = sh.table("Evolution", cols, rows)
    # a wave that is no random sample of its type (10 intercommunalités of each category):
    # its point « 60 %† », as compare and changes mark its share, the note below says why
    col_of = {k: i for i, k in enumerate(keys)}
    row_of = {d: i for i, d in enumerate(dates)}
    for rec in ev.to_dict("records"):
        if untested(rec):
            sh.mark_share(sh.ws.cell(row=block.first_row + row_of[rec["date"]],
                                     column=block.col(1 + col_of[(rec["collectivity_type"], rec["platform"])])),
                          "†")
    note = ("report-evolution-note" if r.survey is None else "report-evolution-note-years"
            if merged else "report-evolution-note-survey"
            if r.survey.n_files == 1 else "report-evolution-note-waves")  # pooled: its wave's date
    if note in ("report-evolution-note-waves", "report-evolution-note-years"):
        note = annuaire_code(note, bool(_annuaire(r)))  # Annuaire exports: their entities are listed, none answered
    _note_across(sh, block, text(note, lang))
    # each marked wave said by its row's date (« Vague du 15/10/2024 »), a year that pools
    # several waves by its year
    day_of = {day.year: day for day in dates}  # one row a year but for a pooled year
    said = {(t, str(y) if y in merged else day_of[y].isoformat()[:10]): design
            for (t, y), design in (r.extra.get("evolution_designs") or {}).items()
            if y in day_of}
    # waves of one place said once (« Chaque vague » when they are all the sheet's rows)
    waves = {str(d.year) if d.year in merged else d.isoformat()[:10] for d in dates}
    for out in design_evolution_notes(said, lang, waves=waves):
        _note_across(sh, block, out)
    for y, days in sorted(merged.items()):  # which waves a point pools, and where trend shows them
        _note_across(sh, block, text("report-evolution-pooled", lang, year=y,
                                     dates=_days_said(days, lang, of=True),
                                     last=Day.of(days[-1]).render(lang)))
    for out in panel_out_notes(r.adoption, lang):  # a panel over waves: those out of it
        _note_across(sh, block, out)
    from .movements import evolution_gaps

    for gap in evolution_gaps(r, lang):  # the Mouvements' share of the same platform, said
        _note_across(sh, block, text(annuaire_code("report-evolution-vs-movements",
                                                   bool(_annuaire(r))), lang, **gap))
    for out in region_map_notes(r.adoption, lang, also=r.evolution):  # 2015 beside 2025: the map changed
        _note_across(sh, block, out)
    any_left = r.extra.get("evolution_any_left_out")  # years of fewer platforms: no "any" point
    one = r.extra.get("evolution_any_one_platform")  # every year read that one platform
    if any_left and one:
        _note_across(sh, block, text("report-evolution-any-one-platform", lang,
                                     platform=platform_label(one, lang)))
    elif any_left:
        items = ("; " if lang == "en" else " ; ").join(
            f"{y} ({', '.join(platform_label(p, lang) for p in ps)})"
            for y, ps in sorted(any_left.items()))
        _note_across(sh, block, text("report-evolution-any-left-out", lang, items=items))
    refused = r.extra.get("movements_refused")  # why the waves are not compared (changes' error)
    if refused is not None:
        _note_across(sh, block, text("report-movements-refused", lang,
                                     reason=refused.render(lang)))
    # the chart: the series of the most points (the table's first columns), the others named
    drawn = keys[:MAX_EVOLUTION_LINES]
    if len(drawn) < len(keys):
        _note_across(sh, block, text("report-evolution-not-drawn", lang, n=len(drawn),
                                     names=("; " if lang == "en" else " ; ").join(
                                         names[len(drawn):])))
    # lines drawn one over the other (the same share at every date): said, legend aside
    for same in coinciding_lines([(platform_label(p, lang) if len({t for t, _ in drawn}) == 1 else n,
                                   [value.get((t, p, d)) for d in dates])
                                  for (t, p), n in zip(drawn, names)], lang):
        _note_across(sh, block, same, bold=True)
    sh.blank()
    one_type = len({t for t, _ in keys}) == 1
    colors = ([_platform_color(p) for _, p in drawn] if one_type  # one type: the platforms' own colours
              else [_TYPE_COLORS[i % len(_TYPE_COLORS)] for i in range(len(drawn))])
    period = f"{dates[0].year}–{dates[-1].year}"
    chart = line_chart(sh.ws, block, [block.col(1 + i) for i in range(len(drawn))], colors,
                       _fictitious_chart(text("report-chart-evolution", lang, period=period), r, lang),
                       text("report-axis-share", lang),
                       number_format("share", lang), "yyyy", first=dates[0], last=dates[-1])
    chart.height, chart.width = 10, 22
    sh.ws.add_chart(chart, f"A{sh.row}")
    sh.row += 22


def _merged_years(r: ReportData) -> dict[int, list]:
    """The years of a survey's Évolution that pool several waves (March and October 2025:
    one point, each entity's latest answer of the year), with their waves' dates; empty
    when every year is one wave."""
    if r.survey is None:
        return {}
    by_year: dict[int, list] = {}
    for d in r.survey.wave_dates:
        by_year.setdefault(d.year, []).append(d)
    return {y: sorted(ds) for y, ds in by_year.items() if len(ds) > 1}


def _days_said(days: list, lang: str, of: bool = False, cell: bool = False) -> str:
    """« 10 mars 2025 et 14 octobre 2025 », "10 March 2025 and 14 October 2025"; ``of``:
    each date after « du » in French, « du 10 mars 2025 et du 14 octobre 2025 »; ``cell``:
    as a table's cell writes them (:meth:`Day.cell`), « 10/03/2025 et 14/10/2025 »."""
    return said_and([("du " if of and lang != "en" else "")
                     + (Day.of(d).cell(lang) if cell else Day.of(d).render(lang)) for d in days],
                    lang)


def benchmark(sh: Sheet, r: ReportData, lang: str) -> None:
    """Benchmark: the entity against its peers, platform by platform."""
    b = r.benchmark
    sh.line("{} ({})".format(*bench_entity_name(b.attrs)), size=14, bold=True,
            color=TITLE_COLOR)  # 2A and 2B ranked once: the council's name, as rank's
    group = peer_group_text(r.extra.get("peer_group"), lang)
    if group:  # which peers, named (the région, the population band), above the table
        sh.line(text("report-peers-line", lang, group=group + council_once_base(b.attrs, lang)),
                bold=True)
    else:
        sh.blank()
    spec = [("platform", "report-col-platform", "text"), ("present", "report-col-present", "yesno"),
            ("followers", "report-col-followers", "count"), ("followers_per_1000", "report-col-per-1000", "per1000"),
            ("rank", "report-col-rank", "rank"), ("n_peers", "report-col-n-peers", "count"),
            ("percentile", "report-col-percentile", "share"), ("index", "report-col-index", "index"),
            ("peer_median", "report-col-peer-median", "count"), ("peer_q1", "report-col-peer-q1", "count"),
            ("peer_q3", "report-col-peer-q3", "count"), ("competitor_mean", "report-col-competitor-mean", "count"),
            ("rank_per_1000", "report-col-rank-per-1000", "rank"), ("index_per_1000", "report-col-index-per-1000", "index"),
            ("year", "report-col-years-compared", "year")]
    if "followers_rounded" in b.columns and b["followers_rounded"].fillna(False).astype(bool).any():
        # the entity's count was abbreviated in the file ("184,8k"): marked beside it
        spec.insert(3, ("followers_rounded", "report-col-followers-rounded", "rounded"))
    questioned = "followers_questioned" in b.columns and (
        b["followers_questioned"].fillna(False).astype(bool) & b["followers"].notna()).any()
    if questioned:  # the reader questioned the entity's count: marked beside it
        at = next(i for i, c in enumerate(spec) if c[0] == "followers") + 1
        spec.insert(at + (spec[at][0] == "followers_rounded"),
                    ("followers_questioned", "report-col-followers-questioned", "questioned"))
    # the peers not ranked, counted (named under the table): « 20 sans compte »
    unranked = {i: ", ".join(bench_not_ranked_items(rec, lang, named="none")) or None
                for i, rec in enumerate(b.to_dict("records"))}
    if any(unranked.values()):
        # « Pairs classés (n) 0 » alone reads « no peers on X »: the peers left unranked
        # beside it (« 11 avec un compte sans nombre d'abonnés »), as benchmark's line says
        at = next(i for i, c in enumerate(spec) if c[0] == "n_peers") + 1
        spec.insert(at, ("_unranked", "report-col-peers-not-ranked", "text"))
    if "n_peers_questioned" in b.columns and (b["n_peers_questioned"].fillna(0) > 0).any():
        # peers compared whose count the reader questioned: how many, beside their number
        at = next(i for i, c in enumerate(spec) if c[0] == "n_peers") + 1
        spec.insert(at, ("n_peers_questioned", "report-col-peers-questioned", "count"))
    # the peers not ranked (« 2 sans compte, 11 avec un compte sans nombre d'abonnés »):
    # wrapped in a narrow column, so that the table keeps to the printed width
    cols = [Column(text(code, lang), "wrap", 22) if key == "_unranked" else
            Column(text(code, lang), "text" if kind in ("rounded", "questioned") else kind)
            for key, code, kind in spec]
    rows = []
    for k, rec in enumerate(b.to_dict("records")):
        row: list[Any] = []
        for key, _, kind in spec:
            v = unranked[k] if key == "_unranked" else rec[key]
            if key == "platform":
                v = platform_label(v, lang)
            elif key == "percentile" and plain_value(v) is not None:
                # a share of the peers, shown as one (« 95 % », « 99,6 % »): the frame's
                # 0-100 read « 60 » without a unit, a rank or a score to a manager
                v = v / 100
            elif kind == "yesno":
                v = None if plain_value(v) is None else text("report-yes" if v else "report-no", lang)
            elif kind == "rounded":  # the entity's cell as typed, « ≈ « 184,8k » », when known
                cell = rec.get("followers_typed")
                v = (None if not plain_value(v) else
                     text("report-rounded-typed", lang, typed=cell)
                     if isinstance(cell, str) and cell.strip() else text("report-rounded", lang))
            elif kind == "questioned":
                v = (text("report-questioned", lang)
                     if plain_value(v) and plain_value(rec["followers"]) is not None else None)
            row.append(v)
        rows.append(row)
    block = sh.table("Benchmark", cols, rows)
    for k, rec in enumerate(b.to_dict("records")):  # a shared rank: « 43 (ex aequo) », as
        # the Classement and the peers' tables write it (its sentence below says it too)
        for j, (key, _, _) in enumerate(spec):
            if (key, plain_value(rec.get("tied"))) == ("rank", True) or (
                    key, plain_value(rec.get("tied_per_1000"))) == ("rank_per_1000", True):
                _tied_cell(sh, sh.ws.cell(row=block.first_row + k, column=block.col(j)), lang)
    first_note = sh.row
    latest = bench_latest_year(b.attrs)
    for rec in b.to_dict("records"):  # its own reading older than its peers': said
        own, year = plain_value(rec["entity_year"]), plain_value(rec["year"])
        if bench_not_in_year(rec, latest):  # TikTok of 2025 in a benchmark of 2026
            sh.line(text("report-bench-not-in-year", lang,
                         platform=platform_label(rec["platform"], lang),
                         latest=latest, year=int(year),
                         column=text("report-col-years-compared", lang)))
        elif own is not None and year is not None and own < year:
            sh.line(text("report-bench-entity-older", lang, platform=platform_label(rec["platform"], lang),
                         year=year, own=own))
    t = b.attrs.get("collectivity_type")
    typed = b.attrs.get("typed_counts") or {}
    for rec in b.to_dict("records"):  # a rank shared with another peer: "27e ex aequo sur 40"
        # a rank a count read from an abbreviated number leaves open: the ranks it can be
        # and why, the table's rank being the one read (« 3e ou 4e sur 13 (Facebook, pour
        # 1 000 habitants) : le compte de Gironde, « 112 k », est arrondi »)
        open_ = {m: bench_rank_range_line(rec, m, lang, typed.get(rec["platform"]))
                 for m in ("followers", "followers_per_1000")}
        for line in open_.values():
            if line:
                sh.line(line)
        ranks = [fmt_rank(rec["rank"], rec["n_peers"], lang, t, True,
                          plain_value(rec.get("tied_names")))] if plain_value(
            rec.get("tied")) and not open_["followers"] else []
        if plain_value(rec.get("tied_per_1000")) and not open_["followers_per_1000"]:
            ranks.append(text("report-bench-tied-per-1000", lang, rank=fmt_rank(
                rec["rank_per_1000"], rec["n_peers_per_1000"], lang, t, True,
                plain_value(rec.get("tied_per_1000_names")))))
        if ranks:
            sh.line(text("report-bench-tied", lang, platform=platform_label(rec["platform"], lang),
                         ranks=("; " if lang == "en" else " ; ").join(ranks)))
    aside = platforms_set_aside_text(b.attrs.get("set_aside"), lang,
                                     b.attrs.get("same_campaign"))
    if aside:
        sh.line(text("report-set-aside", lang, items=aside))
    no_year = platforms_no_year_text(b.attrs.get("set_aside"), lang)
    if no_year:  # readings of no year: not older ones, said in their own words
        sh.line(no_year)
    no_account = no_account_text(b.attrs.get("no_account"), lang,
                                 b.attrs.get("no_account_doubtful"))
    if no_account:  # "Non;0": no peer with 0 followers, counted
        sh.line(no_account[:1].upper() + no_account[1:])
    served = served_note(b.attrs.get("population_served"), lang)
    if served:  # per 1,000 inhabitants of its council's population (69: 69D's), said
        sh.line(served)
    once = councils_once_note(b.attrs, lang)
    if once:  # « Pairs classés (n) 11 » of 12 rows: 2A and 2B one count, ranked once, said here too
        sh.line(once)
    rounded = _rounded_line(b, lang, counts=True)
    if rounded:  # the entity's count read from an abbreviated number: marked ≈, quoted
        sh.line(rounded)
    n_questioned = bench_questioned(b)  # counts the reader questioned, the peers' too
    if n_questioned:
        sh.line(questioned_note(n_questioned, b.attrs.get("collectivity_type"), lang))
    if group:  # what the ranks are among; the Classement ranks the whole file
        sh.line(_peers_ranked(r, lang), color="595959")
    _bench_not_ranked(sh, b, lang)
    # as the CLI's benchmark says them under its table: the file and the population behind
    # "pour 1 000 habitants" (not only in Sources et méthode)
    if r.survey is not None:  # several files: those of the readings compared (each
        # platform's latest year), not every wave's
        compared = b[b["year"].notna().to_numpy(dtype=bool)]
        sh.line(text("report-bench-source", lang, file=files_behind(r, set(zip(
            compared["platform"].astype(str), compared["year"].astype(int))))), color="595959")
        t = r.survey.collectivity_type
    else:
        t = r.extra.get("peer_group", {}).get("collectivity_type")
    if t:
        sh.line(population_note([t], lang, b.attrs.get("mayotte_codes")),  # its peers' of
                color="595959")  # Mayotte (976), whose census is of 2017: said for them only
    for row in range(first_note, sh.row):  # the notes within the table's width
        _wrap_in_block(sh, block, row)
    _peers_listed(sh, r, lang)


def _peers_listed(sh: Sheet, r: ReportData, lang: str) -> None:
    """The entity's peers ranked on each platform, when they are a few and not the
    Classement's whole file (``extra["peer_ranks"]``, :func:`~barometre.analysis.report.
    _peer_ranks`): « Instagram : les 5 pairs classés », then rank, code, name, followers
    and population, the entity's row highlighted, a shared rank « 3 (ex aequo) » as the
    Classement writes it; a count read from an abbreviated number marked ≈ (its note
    above)."""
    from openpyxl.styles import PatternFill

    from .bulk import HIGHLIGHT

    listed = r.extra.get("peer_ranks") or {}
    code = str(r.benchmark.attrs.get("code", "")) if r.benchmark is not None else ""
    for k, (p, t) in enumerate(listed.items(), start=1):
        if k == 1:  # the next ones: the table's own space below it
            sh.blank()
        sh.line(text("report-peers-listed", lang, platform=platform_label(p, lang),
                     n=fmt_int(len(t), lang)), bold=True)
        cols = [Column(text("report-col-rank", lang), "rank"),
                Column(text("report-col-code", lang), "text"),
                Column(text("report-col-name", lang), "text"),
                Column(text("report-col-followers", lang), "count"),
                Column(text("report-col-population", lang), "count")]
        rows = [[int(x.rank), str(x.code), str(x.name), plain_value(x.value),
                 plain_value(x.population)] for x in t.itertuples()]
        block = sh.table(f"Pairs{k}", cols, rows)
        if k == 1:  # the lists' common header on every printed page after it (a list
            # across two pages keeps its columns named), never over the Benchmark above
            sh.repeat_row = block.header_row
        fill = PatternFill(start_color=HIGHLIGHT, end_color=HIGHLIGHT, fill_type="solid")
        typed = []
        for row, x in enumerate(t.itertuples(), start=block.first_row):
            if bool(x.tied):
                _tied_cell(sh, sh.ws.cell(row=row, column=block.col(0)), lang)
            if bool(x.followers_rounded):  # « ≈ 1 200 »: the value kept, the mark shown
                c = sh.ws.cell(row=row, column=block.col(3))
                c.number_format = '"≈ "' + c.number_format
                typed.append(x.followers_typed if isinstance(x.followers_typed, str)
                             and x.followers_typed.strip() else None)
            if str(x.code) == code:
                for j in range(len(cols)):
                    sh.ws.cell(row=row, column=block.col(j)).fill = fill
        if typed:  # what the mark means, the cells as the file typed them
            cells = ", ".join((f"“{x}”" if lang == "en" else f"« {x} »") for x in typed if x)
            sh.row -= 1  # right under the table
            sh.line(text("report-peers-rounded", lang, cells=(" (" + cells + ")") if cells
                         else ""), color="595959")
            sh.blank()


def _tied_cell(sh: Sheet, cell, lang: str) -> None:
    """A shared rank shown « 21 (ex aequo) » (:func:`~.bulk.tied_format`), its column as
    wide as that text: sized for the number alone (an 8-wide column), it printed « ### »."""
    from .bulk import tied_format

    cell.number_format = tied_format(lang)
    shown = text_width(plain_value(cell.value), "rank") + len(text("label-tied", lang))
    sh._width(cell.column, shown, "rank")


def _wrap_in_block(sh: Sheet, block, row: int) -> None:
    """A line under a table wrapped within the table's columns (merged), its row as tall as
    its lines: a long note left to run on to the right widens the printed range, and fitting
    that one page wide prints the whole sheet too small to read (the Benchmark's population
    note). A line as short as its first column, or an empty row, is left as it is."""
    cell = sh.ws.cell(row=row, column=block.col(0))
    if not isinstance(cell.value, str):
        return
    first = max(sh.widths.get(block.col(0), 8), sh.fixed.get(block.col(0), 0))
    if len(cell.value) <= first - 2:
        return
    # within the table's columns: all of them when the sheet prints one page wide (a table
    # up to FIT_LIMIT), else no wider than a page (_NOTE_WIDTH, as _note_across): a wider
    # Benchmark printed on two pages, a note merged over it cut at the first's edge; fitted
    # one page wide now (r36), its notes keep a page's reading width
    cols = range(block.col(0), block.col(block.n_cols))
    last, width = cols[-1], sum(max(sh.widths.get(c, 8), sh.fixed.get(c, 0)) for c in cols)
    if sum(sh.fixed.get(c, sh.widths.get(c, 8)) for c in cols) > FIT_LIMIT:  # as finish sets them
        last, width = block.col(0), 0.0
        for c in cols:
            w = max(sh.widths.get(c, 8), sh.fixed.get(c, 0))
            if width + w > _NOTE_WIDTH and c > block.col(0):
                break
            last, width = c, width + w
    sh.ws.merge_cells(start_row=row, start_column=block.col(0), end_row=row, end_column=last)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    # a column w wide holds about 1.2 w characters of prose (w is in digit widths; measured
    # 1.25 in LibreOffice): 1.15, a little room to spare; a bold or larger line holds fewer
    size = cell.font.sz or 11
    room = width * 1.15 * 11 / size * (0.9 if cell.font.b else 1)
    n = _lines(cell.value, room)
    if n > 1:
        sh.ws.row_dimensions[row].height = 14.5 * size / 11 * n + 1


def _bench_not_ranked(sh: Sheet, b: pd.DataFrame, lang: str) -> None:
    """The peers the Benchmark does not rank, per platform, in the words and with the names
    of ``barometre benchmark``'s sentence (read from the frame's not-ranked columns): "X
    (ex-Twitter) : 20 sans compte ; 2 avec un compte sans nombre d'abonnés : Lot,
    Morbihan"; nothing when every peer is ranked. Lines under the table, as its other
    notes: a table here would share the Benchmark's column widths."""
    said = [(rec["platform"], bench_not_ranked_text(rec, lang)) for rec in b.to_dict("records")]
    said = [(p, t) for p, t in said if t]
    if not said:
        return
    sh.blank()
    sh.line(text("report-bench-not-ranked", lang, name=bench_entity_name(b.attrs)[0], n=NAMED_UP_TO),
            bold=True)
    for p, t in said:
        sh.line(text("note-bench-not-ranked-platform", lang, platform=platform_label(p, lang),
                     items=t))


def _peers_ranked(r: ReportData, lang: str) -> str:
    """What the Benchmark's ranks are among, and that the Classement ranks the whole file."""
    g = r.extra["peer_group"]
    t = g["collectivity_type"]
    name = bench_entity_name(r.benchmark.attrs)[0] if r.benchmark is not None else g["name"]
    return text("report-peers-ranked", lang, name=name, plural=type_label(t, lang, plural=True),
                all=_all(t, lang))


def _all(t: str, lang: str) -> str:
    """"tous" or "toutes" les {type}, as the type's French plural is masculine or feminine."""
    from ...domain.registry import TYPES

    return text("report-all-f" if t in TYPES and TYPES[t].feminine else "report-all", lang)


#: characters of a survey's file names in a page footer (Excel allows 255 for the whole
#: footer; its page footer cuts a longer line, :meth:`.sheets.Sheet.finish`); several files
#: that do not fit are counted, the first ones named (:func:`_footer_files`)
PAGE_SOURCE_MAX = 60


def page_source(r: ReportData, lang: str, short: bool = False, every: bool = False) -> str:
    """The source every printed page names in its footer, so that a sheet printed alone
    (the Classement, the Données) still says where its figures come from: the survey's
    file(s) and years ("Source : suivi-v2.xlsx, relevés 2025 (méthode : « Sources et
    méthode »)"; ``short``, without the method, for a footer whose note points there), or
    the published sources' ids (their number when more than three).

    A survey's sheets of the year shown (Synthèse, Adoption, Classement, Benchmark) cite
    the files of those figures (:func:`files_behind`: three waves, the newest one's);
    ``every``, a sheet of every wave (Évolution, Mouvements, Données, Sources et
    méthode), every file and every year read."""
    sheet = text("report-sheet-sources", lang)
    if r.survey is not None:
        s = r.survey
        # several files: those of the platforms asked (every platform without --platform)
        read = [k for k in r.extra.get("figure_files") or {}
                if k[0] != "any" and (not s.platforms or k[0] in s.platforms)]
        if every and read:
            names, years = _files_behind(r, read), sorted({y for _, y in read if y is not None})
        elif every:
            names, years = [s.file], sorted({d.year for d in s.wave_dates}) or r.years
        else:
            shown = r.adoption[r.adoption["year"].notna().to_numpy(dtype=bool)]
            names, years = _files_behind(r, set(zip(shown["platform"].astype(str),
                                                    shown["year"].astype(int)))), r.years
        name = _footer_files(names, lang)
        return text("report-page-source-short" if short else "report-page-source", lang, file=name,
                    period=_period(years, lang), sheet=sheet)
    ids = [s.id for s in r.sources] or list(dict.fromkeys(r.adoption["source"].astype(str)))
    said = (", ".join(ids) if len(ids) <= 3 and sum(map(len, ids)) < PAGE_SOURCE_MAX
            else text("report-page-sources-n", lang, n=len(ids)))
    return text("report-page-source-id" if len(ids) == 1 else "report-page-sources", lang, ids=said, sheet=sheet)


def _footer_files(names: list[str], lang: str) -> str:
    """The files a page footer names, in :data:`PAGE_SOURCE_MAX` characters: all of them
    when they fit ("a.csv, b.csv"), else their number and the first ones whole, the rest
    marked « … » ("3 fichiers (epci-2024-long-synthetique-corrige.csv, …)"): never a name
    cut in two with the others dropped unsaid (the Sources et méthode lists each)."""
    every = ", ".join(names)
    if len(every) <= PAGE_SOURCE_MAX:
        return every
    if len(names) == 1:
        return every[:PAGE_SOURCE_MAX - 1] + "…"
    kept: list[str] = []
    for f in names:  # the names whole in PAGE_SOURCE_MAX (the count and « … » beside them)
        if len(", ".join([*kept, f])) > PAGE_SOURCE_MAX:
            break
        kept.append(f)
    if not kept:  # not even the first whole: the first cut
        kept = [names[0][:PAGE_SOURCE_MAX - 1] + "…"]
    return text("report-page-files-n", lang, n=len(names), files=", ".join([*kept, "…"]))


def served_shown(frame: pd.DataFrame | None, r: ReportData) -> list[dict]:
    """The entities of a sheet's table whose ``population`` cell shows their council's
    population, not their territory's (69: 69D's; 67, 68: the CeA's; 2A, 2B: the
    Collectivité de Corse's), in the order of the table: a population shown is a
    population explained (its note, its footer), a row with a population and no count
    (Bas-Rhin without a 2025 reading) as much as any. A reading made before its council
    existed shows its territory's own (67 in 2015): not listed. Empty for another type."""
    if frame is None or not len(frame) or not {"code", "population"} <= set(frame.columns):
        return []
    kind = (r.survey.collectivity_type if r.survey is not None
            else str(frame["collectivity_type"].iloc[0]) if "collectivity_type" in frame.columns
            else None)
    if kind != "departement":
        return []
    from ...analysis.peers import served_of
    from ...datasets.reference import population_of, served_populations

    # the few rows of a served territory with a population, then each (code, population)
    # once: the Données may hold millions of rows
    mine = (frame["population"].notna().to_numpy(dtype=bool)
            & frame["code"].isin(list(served_populations())).to_numpy(dtype=bool))
    pairs = pd.DataFrame({"code": frame["code"][mine].astype(str),
                          "population": frame["population"][mine]}).drop_duplicates()
    said = population_of(pairs["code"], kind, pairs["population"])
    return served_of([c for c, w in zip(pairs["code"], said) if w == "council"], kind)


def served_anywhere(r: ReportData) -> list[dict]:
    """Every council population the workbook shows or uses: the Classement's and the
    Données' population cells (:func:`served_shown`), the Mouvements' gains per 1,000
    and the Benchmark's figures per 1,000 (their ``population_served``), once each, in that
    order; what Sources et méthode's « Population des conseils » names."""
    m = r.extra.get("movements")
    every = (served_shown(r.league, r) + served_shown(r.data, r)
             + list((m["changes"].attrs.get("population_served") if m is not None else None) or [])
             + list((r.benchmark.attrs.get("population_served") if r.benchmark is not None
                     else None) or []))
    once: dict[str, dict] = {}
    for e in every:
        once.setdefault(e["code"], e)
    return list(once.values())


def served_footer(served: list[dict] | None, lang: str) -> str:
    """The footer's short note of the council populations a sheet shows ("Population du
    conseil, non du territoire, pour 2A, 2B, 67, 68, 69 (voir « Sources et méthode »)"),
    the whole note being on the sheet or in Sources et méthode; "" when none."""
    if not served:
        return ""
    items = ", ".join(sorted({e["code"] for e in served}))
    return text("report-page-served", lang, items=items, sheet=text("report-sheet-sources", lang))


def _rounded_line(frame: pd.DataFrame, lang: str, counts: bool = False) -> str | None:
    """The footnote of the counts of ``frame`` (the Classement's, the Benchmark's own) read
    from an abbreviated number (``followers_rounded``), as ``rank``'s text and the charts
    say it: how many, quoting the first one's cell as typed (``followers_typed``) and the
    count read, « ≈ : 1 valeur tirée d'un nombre abrégé dans le fichier (« 1,2k », lu
    1 200), donc arrondie »; ``counts``: in a benchmark's words, as the Synthèse counts
    them (« 1 nombre d'abonnés abrégé… »); None when no count shown is rounded."""
    if "followers_rounded" not in frame.columns:
        return None
    flags = frame["followers_rounded"].fillna(False).astype(bool) & frame["followers"].notna()
    if not flags.any():
        return None
    example = None
    if "followers_typed" in frame.columns:
        for cell, count in zip(frame.loc[flags, "followers_typed"], frame.loc[flags, "followers"]):
            if isinstance(cell, str) and cell.strip():
                example = (cell, int(count))
                break
    if counts:
        return rounded_counts_note(int(flags.sum()), lang, example)
    return rounded_note(int(flags.sum()), lang, example)


def data_notes(r: ReportData, lang: str) -> tuple[str, ...]:
    """The lines above the Données' table: the rows not listed, of the entities that
    answered nothing at their wave (a template's unfilled rows, ``extra["data_unanswered"]``):
    how many, and why; none otherwise (the table alone, as before)."""
    dated = _record_dates_note(r, lang)  # an Annuaire export: whose date each row says
    blank = r.extra.get("data_unanswered")
    if not blank or r.survey is None:
        return dated
    t = r.survey.collectivity_type
    return dated + (text("report-data-unanswered", lang, rows=fmt_int(blank["rows"], lang),
                         n=fmt_int(blank["entities"], lang),
                         label=type_label(t, lang, plural=takes_plural(blank["entities"], lang))),)


def _record_dates_note(r: ReportData, lang: str) -> tuple[str, ...]:
    """An Annuaire export's Données: « Date du relevé » is each collectivité's records'
    latest modification (``record_date``), the file's date (its latest record) for a row
    whose records have none, said with how many rows."""
    d = r.data
    if d is None or "record_date" not in d.columns or not len(d):
        return ()
    undated = int(d["record_date"].isna().sum())
    meta = _annuaire(r) or {}
    day = _day(dt.date.fromisoformat(meta["date"]), lang) if meta.get("date") else "?"
    return ((text("report-data-record-dates", lang),) if not undated else
            (text("report-data-record-dates-some", lang, rows=fmt_int(undated, lang),
                  s=plural_s(undated), date=day),))


def ranking_notes(r: ReportData, lang: str) -> tuple[str, ...]:
    """The lines above the Classement's table: what it ranks (every entity of the file, not
    the Benchmark's peers, said when those are fewer), what an empty count means (the
    Présent column beside it), the older readings set aside (as the Benchmark counts them), whose rows are highlighted and the footnote of the counts
    marked ≈ (read from an abbreviated number, one quoted as typed)."""
    lg = r.league
    t = r.survey.collectivity_type if r.survey is not None else str(lg["collectivity_type"].iloc[0])
    asked = r.extra.get("year_asked")
    years = [asked] if asked is not None else sorted(
        {y for y in lg.attrs.get("years", {}).values() if y is not None})
    out = [text("report-ranking-scope", lang, plural=type_label(t, lang, plural=True), all=_all(t, lang),
                years=", ".join(map(str, years)) or "–")]
    g = r.extra.get("peer_group")
    if g and r.benchmark is not None and g["peers"] != "type":
        out.append(text("report-ranking-not-peers", lang, name=g["name"], code=g["code"],
                        group=peer_group_text(g, lang)))
    if len(lg) and lg["followers"].isna().any():
        out.append(text("report-ranking-empty", lang))
    blank = r.extra.get("league_unanswered")
    if blank:  # a template's unfilled rows: not ranked nor listed, said
        out.append(text("report-ranking-unanswered", lang, n=fmt_int(blank["entities"], lang),
                        label=type_label(t, lang, plural=takes_plural(blank["entities"], lang))))
    aside = platforms_set_aside_text(lg.attrs.get("set_aside"), lang, lg.attrs.get("same_campaign"))
    if aside:  # the entities of the file whose latest reading is older: not rows, counted
        out.append(text("report-set-aside", lang, items=aside))
    no_year = platforms_no_year_text(lg.attrs.get("set_aside"), lang)
    if no_year:  # readings of no year: not older ones, said in their own words
        out.append(no_year)
    once = councils_once_note(lg.attrs, lang)
    if once:  # 2A and 2B with one count: one row, the council's, as `rank` lists it
        out.append(once)
    if r.benchmark is not None:
        name, code = bench_entity_name(r.benchmark.attrs)
        # « d'Ille-et-Vilaine », « de Gironde »
        out.append(text("report-ranking-highlight", lang, of_name=of_words(Words(name, name)),
                        code=code))
    served = served_note(served_shown(lg, r), lang)
    if served:  # the populations of the table that are a council's (69: 69D's), said beside it
        out.append(served)
    rounded = _rounded_line(lg, lang)
    if rounded:  # counts read from an abbreviated number: marked ≈, one of them quoted
        out.append(rounded)
    if "followers_questioned" in lg.columns:  # counts the reader questioned: marked, said
        n = int((lg["followers_questioned"].fillna(False).astype(bool)
                 & lg["followers"].notna()).sum())
        if n:
            out.append(questioned_note(n, t, lang))
    if r.survey is not None:  # the sheet printed alone names its source: the files and
        # years of the readings it ranks (three waves: the newest's, not every wave's)
        ranked = lg[lg["year"].notna().to_numpy(dtype=bool)] if "year" in lg else lg.iloc[:0]
        keys = set(zip(ranked["platform"].astype(str), ranked["year"].astype(int)))
        out.append(text("report-ranking-source", lang, file=files_behind(r, keys),
                        period=_period(years or r.years, lang)))
    return tuple(out)


def sources(sh: Sheet, r: ReportData, lang: str) -> None:
    """Sources et méthode: the survey or the published sources, notes, definitions."""
    if r.survey is not None:
        sh.line(text("report-sources-annuaire" if _annuaire(r) else "report-sources-survey", lang),
                size=12, bold=True, color=TITLE_COLOR)
        # the table's name (Excel's Name Box): an Annuaire export is no « Enquete »
        sh.table("Annuaire" if _annuaire(r) else "Enquete",
                 [Column(text("report-col-item", lang)), Column(text("report-col-detail", lang), "wrap", 90)],
                 _survey_rows(r, lang))
    if r.sources:
        sh.line(text("report-sources-published", lang), size=12, bold=True, color=TITLE_COLOR)
        cols = [Column(text("report-col-id", lang)), Column(text("report-col-publisher", lang), "wrap"),
                Column(text("report-col-title", lang), "wrap"), Column(text("report-col-date", lang)),
                # the address wraps in its cell (after "/", "-"…), whole on the printed page
                Column(text("report-col-url", lang), "wrap", URL_WIDTH), Column(text("report-col-base", lang), "wrap"),
                Column(text("report-col-method", lang), "wrap")]
        # a source that states no year of its own: its figures' date ("fin 2015")
        def bases(s) -> str:  # as the charts' captions say them: ("regions"), with their map
            from ..formats import _with_ended_family

            said = s.bases
            if lang == "en":
                from ..charts.captions import base_words  # matplotlib: only when needed

                said = [base_words(b, None, lang) for b in said]
            families = s.base_families or ("",) * len(said)
            return ("; " if lang == "en" else " ; ").join(dict.fromkeys(  # « a ; b »
                _with_ended_family(b, f, None, lang) for b, f in zip(said, families)))

        # the method is our summary of how the study counted (French), and said so
        rows = [[s.id, s.publisher, s.title, fmt_date(s.year, s.month, lang, s.period) if s.year
                 else undated_source_date(s.years, s.month, s.period, lang), s.url, bases(s),
                 text("report-method-ours", lang, method=s.method) if s.method else s.method]
                for s in r.sources]
        block = sh.table("Sources", cols, rows)
        for i, s in enumerate(r.sources):
            if s.url:
                sh.wrapped[(block.first_row + i, block.col(4))] = _url_lines(s.url)
            if s.url and s.url.startswith(("http://", "https://")):
                # the link is on the id: LibreOffice neither wraps nor prints whole a cell that
                # is a link, the Adresse prints whole as wrapped text
                c = sh.ws.cell(row=block.first_row + i, column=block.col(0))
                c.hyperlink = s.url
                c.font = font(color="0563C1", underline="single")
    if r.conflicts:
        sh.line(text("report-notes", lang), size=12, bold=True, color=TITLE_COLOR)
        for k in r.conflicts:
            sh.line(_note(k, lang))
        flagged = [_flagged(k) for k in r.conflicts if k.share is not None]
        flagged += [{"flags": o.flags, "source": o.source} for k in r.conflicts for o in k.conflicting + k.restated
                    if o.share is not None and "disputed" not in o.flags.split(";")]
        for note in flag_notes(flagged, lang):  # what the notes' marks say
            sh.line(note, color="595959")
        sh.blank()
    heading = sh.line(text("report-definitions", lang), size=12, bold=True, color=TITLE_COLOR)
    terms = ["share", "ci", "measure", "followers", "per-1000", "rank", "index", "percentile",
             "competitors", "wording"]
    if no_bounds_shown(r.adoption):  # no figure with an interval: « IC 95 % » defines nothing
        terms.remove("ci")
    # only what the workbook shows: a report without Classement nor Benchmark (published
    # figures, an Annuaire export) has no per-1,000 figure, rank, index, percentile or mean
    for t in _terms_not_shown(r):
        terms.remove(t)
    # the population behind "pour 1 000 habitants": the survey's type, else the report's types
    population = population_source([r.survey.collectivity_type] if r.survey is not None
                                   else r.types or list(r.adoption["collectivity_type"]), lang,
                                   # Mayotte's census said for a survey of its entities only
                                   r.survey.codes_answered or None if r.survey is not None
                                   else None)
    # a report of an Annuaire export: its interval and measure said of the Annuaire's entities
    own = ("ci", "measure") if _annuaire(r) else ()
    sh.table("Definitions", [Column(text("report-col-term", lang)), Column(text("report-col-definition", lang), "wrap", None if r.sources else 90)],
             [[text(f"report-def-{t}-term", lang),
               text(annuaire_code(f"report-def-{t}", t in own), lang,
                    population=population)]
              for t in terms])
    # the sheet longer than a page: the Définitions start one, never their heading and
    # header row alone at the foot of the page before (where the tables above end depends
    # on the program's own scaling)
    if heading > 1 and sum(_row_height(sh, r) for r in range(1, sh.row)) > _PAGE_HEIGHT:
        sh.ws.row_breaks.append(Break(id=heading - 1))


def _terms_not_shown(r: ReportData) -> list[str]:
    """The Définitions' terms that no sheet of the report shows: the percentile and the
    peers' mean (the Benchmark's alone), the per-1,000 figure, rank and index (the
    Classement's and the Benchmark's), the followers (those two sheets' and the Données'
    « Abonnés » column, when some count is there)."""
    ranked = r.league is not None or r.benchmark is not None
    counts = (r.data is not None and "followers" in r.data.columns
              and bool(r.data["followers"].notna().any()))
    return ([] if r.benchmark is not None else ["percentile", "competitors"]) + (
        [] if ranked else ["per-1000", "rank", "index"]) + (
        [] if ranked or counts else ["followers"])


def _url_lines(url: str) -> str:
    """The address as wrapping cuts it, for the row's height: a line ends after a "/" or a
    "-" (as LibreOffice wraps it; each followed here by a space, the words the height counts),
    a longer stretch where it reaches the column's edge."""
    return re.sub(r"([/-])(?=.)", r"\1 ", url)


def _note(k: KeyFigure, lang: str) -> str:
    """A fact that other sources restate or contradict, each value once with its sources' ids,
    each source with its own date (as compare cites them: ``source_date``), the fact by its
    year: Cospirit's « fin 2015 » is not the Gazette's « octobre 2015 »."""
    def dated(o) -> str:
        return f"{o.source} ({source_date(o.source, [k.year], lang, o.month, o.period)})"

    by_value: dict[str, list[str]] = {}
    for o in k.conflicting:  # with compare's marks ("60 %≈"); a count says what it counts
        v = (fmt_share(o.share, lang, o.digits) + flag_marks({"flags": o.flags}) if o.share is not None
             else _count_said(o.n_present, k.collectivity_type, lang) if o.n_present is not None else "–")
        by_value.setdefault(v, []).append(dated(o))
    others = [text("report-note-other", lang, share=v, who=", ".join(ids)) for v, ids in by_value.items()]
    if k.restated:
        others.append(text("report-note-restated", lang, who=", ".join(dated(o) for o in k.restated)))
    return text("report-note-line", lang, whom=_cap(_key_whom(k, lang)),
                platform=platform_label(k.platform, lang),
                year=k.year if k.year is not None else _when(k, lang), when=_when(k, lang),
                main=fmt_share(k.share, lang, k.digits) + flag_marks(_flagged(k)), who=k.source, others=("; " if lang == "en" else " ; ").join(others))


def _years_aside(s, lang: str, r: ReportData | None = None) -> str:
    """"Année 2025 ; laissé de côté : 2024 (60 entités, …)" for a file of several years,
    as compare's footer says it ("" otherwise). In a report (``r``) whose Évolution or
    Mouvements show those years, what they are left out of and where they are used:
    « Année 2026 ; 2025 (101 entités) : hors des chiffres de 2026, repris dans les feuilles
    « Évolution » et « Mouvements » » (:func:`_sheets_of_years`)."""
    if not s.years_left_aside or s.year_shown is None:
        return ""
    left = years_aside_text(dict(s.years_left_aside), lang, dict(s.years_same_campaign))
    sheets = _sheets_of_years(r, set(dict(s.years_left_aside)), lang) if r is not None else []
    if not sheets:
        return text("compare-year", lang, year=s.year_shown, left=left)
    return text("report-year-aside-used", lang, year=s.year_shown, left=left, sheets=text(
        "report-sheets-many" if len(sheets) > 1 else "report-sheets-one", lang,
        sheets=said_and([text("report-sheet-quoted", lang, sheet=x) for x in sheets], lang)))


def _sheets_of_years(r: ReportData, years: set, lang: str) -> list[str]:
    """The sheets of a report that show readings of ``years`` (years left out of the
    year's figures), by their names in ``lang``: the Évolution (a point of theirs) and the
    Mouvements (one of the two waves it compares)."""
    out = []
    ev = r.evolution
    if ev is not None and len(ev) and "date" in ev.columns:
        shown = set(pd.to_datetime(ev["date"], errors="coerce").dt.year.dropna().astype(int))
        if shown & years:
            out.append(text("report-sheet-evolution", lang))
    moves = r.extra.get("movements")
    if moves is not None:
        a = moves["changes"].attrs
        waves = {pd.Timestamp(a[k]).year for k in ("old", "new")
                 if a.get(k) is not None and not pd.isna(pd.to_datetime(a[k], errors="coerce"))}
        if waves & years:
            out.append(text("report-sheet-movements", lang))
    return out


def _design_notes(r: ReportData, lang: str) -> list[str]:
    """:func:`~barometre.render.views.design_notes` of the figures of the year shown."""
    if not r.adoption.attrs.get("design") or "design" not in r.adoption.columns:
        return []
    shown = r.adoption if r.reference_year is None else r.adoption[
        r.adoption["year"] == r.reference_year]
    shown = shown.copy()
    shown.attrs = r.adoption.attrs
    return design_notes(shown, lang, words=True)




def _day(d, lang: str) -> str:
    """A day as the report's sentences write it: « 15 octobre 2025 », "15 October 2025"
    (:class:`Day`)."""
    return Day.of(d).render(lang)


def wave_dates_text(s: SurveyInfo, lang: str, undated: bool = False) -> str:
    """The survey's reading dates as the report names them, the same in the Synthèse and
    in Sources et méthode: each wave's date, or, when its readings spread over days, their
    first and last days and the wave's date ("du 15 octobre 2025 au 16 octobre 2025 (date de
    la vague : 15 octobre 2025)"); with ``undated``, the readings without a date
    that took their wave's date, each wave's, as ``validate`` says them."""
    spans = dict(zip(s.wave_dates, s.wave_spans))
    said, spread = [], False
    for d in s.wave_dates:
        first, last = spans.get(d, (d, d))
        spread |= first != last
        said.append(_day(d, lang) if first == last else text(
            "report-wave-span", lang, first=_day(first, lang), last=_day(last, lang), wave=_day(d, lang)))
    out = ((" ; " if lang != "en" else "; ") if spread else ", ").join(said)
    if undated and s.undated_platforms:  # each platform's, as validate says them
        return out + _undated_platforms_text(s, lang)
    # waves of several files: each file's undated readings named with it (#wv26)
    each = ([(d, n, f) for d, n, f in s.undated_files] if s.undated_files
            else [(d, n, None) for d, n in s.undated])
    for day, n, file in each if undated else ():
        if n:
            out += (" ; " if lang != "en" else "; ") + text(
                "report-wave-undated" + ("-file" if file else ""), lang, n=fmt_int(n, lang),
                s="s" if n > 1 else "", date=_day(day, lang), file=file)
    return out


def _undated_platforms_text(s: SurveyInfo, lang: str) -> str:
    """The readings without a date that took a date, platform by platform as ``validate``
    says them (:attr:`SurveyInfo.undated_platforms`), each after « ; »: those that took
    their wave's date together, with each platform's count (« 8 relevés sans date
    rattachés à la date de la vague, 05/10/2026 (Facebook : 1, LinkedIn : 7) »); those
    that took their platform's own date, another day, each as its platform's (« Instagram :
    6 relevés sans date rattachés à la date des relevés Instagram, 07/10/2026 »); each
    file named first for several."""
    sep = " ; " if lang != "en" else "; "
    waves = set(s.wave_dates)
    groups: dict[tuple, list] = {}
    for day, n, file, platform in s.undated_platforms:
        if n:
            groups.setdefault((day, file), []).append((platform, n))
    out = ""
    for (day, file), items in groups.items():
        if day in waves:
            n = sum(k for _, k in items)
            said = [text("report-wave-undated-platforms", lang, n=fmt_int(n, lang),
                         s="s" if n > 1 else "", date=_day(day, lang), platforms=", ".join(
                             text("report-wave-undated-platform-count", lang, platform=p,
                                  n=fmt_int(k, lang)) for p, k in items))]
        else:
            said = [text("report-wave-undated-platform", lang, platform=p, n=fmt_int(k, lang),
                         s="s" if k > 1 else "", date=_day(day, lang)) for p, k in items]
        for one in said:
            out += sep + (text("report-wave-undated-in-file", lang, file=file, said=one)
                          if file else one)
    return out


def _blanks_absent_text(s: SurveyInfo, lang: str) -> str:
    """The blank cells read as absent, per platform with their lines (each file's, for
    several files), as ``validate``'s warning: « YouTube : 1 (ligne 14) ; ces réponses
    « Non » sont marquées dans la colonne « Case vide » des Données »."""
    from ...survey.rules import rows_text

    by_platform: dict[str, list[tuple[str | None, tuple[int, ...]]]] = {}
    for platform, file, rows in s.blanks_absent:
        by_platform.setdefault(platform, []).append((file, rows))
    sep = "; " if lang == "en" else " ; "
    items = []
    for platform, said in by_platform.items():
        where = sep.join(rows_text(rows).render(lang) if file is None or s.n_files == 1 else
                         text("report-survey-blank-absent-file", lang, file=file,
                              rows=rows_text(rows).render(lang)) for file, rows in said)
        items.append(text("report-survey-blank-absent-item", lang, platform=platform_label(platform, lang),
                          n=fmt_int(sum(len(rows) for _, rows in said), lang), rows=where))
    return text("report-survey-blanks-absent-text", lang, items=sep.join(items),
                column=text("report-col-blank-read", lang), sheet=text("report-sheet-data", lang))


def _blanks_out(s: SurveyInfo, lang: str) -> str:
    """The entities left out of the base, per platform: « Instagram : 5 » for the key
    figures' year, or every year the figures show, each platform's years in order
    (« Facebook : 1 en 2024, 2 en 2025 ; Instagram : 5 en 2025 »): an older wave's blanks
    leave its Évolution point's base as the key year's leave theirs."""
    sep = "; " if lang == "en" else " ; "
    if not s.blanks_by_year:
        return sep.join(text("report-survey-blank-item", lang, platform=platform_label(p, lang),
                             n=fmt_int(n, lang)) for p, n in s.blanks)
    by_platform: dict[str, list[str]] = {}
    for p, year, n in s.blanks_by_year:
        by_platform.setdefault(p, []).append(
            text("report-survey-blank-year", lang, n=fmt_int(n, lang), year=year))
    return sep.join(text("report-survey-blank-item", lang, platform=platform_label(p, lang),
                         n=", ".join(said)) for p, said in by_platform.items())


def _survey_whom(r: ReportData, lang: str, n: object = None, answered: bool = False) -> str:
    """The survey's type, plural (:func:`_whom`), or the base said by ``within`` or
    ``panel``: "intercommunalités de l'Ain et de la Loire-Atlantique", "communautés
    d'agglomération du panel" (after a count). ``answered``: the coverage's count, whose
    départements within départements are those that answered (« 4 départements (22, 29,
    35, 44) sur 5 »), never the base's five codes after a count of four."""
    from ..views import within_label, within_of

    t = r.survey.collectivity_type
    deps = within_of(r.adoption, t)
    codes = r.survey.codes_answered
    if answered and t == "departement" and deps and codes and len(codes) < len(deps):
        return within_label(t, list(codes), lang, plural=takes_plural(len(codes), lang))
    return base_label(r.adoption, t, lang, n=n, count=False) or _whom(t, lang, n)


def published_elsewhere(r: ReportData, lang: str) -> str:
    """What a survey's report says of the published barometers' figures of its types: it
    does not mix them with the file's (no Évolution of theirs beside the file's figures;
    the Évolution sheet named only when the workbook has one), and how to see them, on the
    command line and in Python: « Chiffres publiés : … ; pour les voir : barometre compare
    --type departement (en Python : barometre.compare("departement")) »; "" for a report of
    published figures, or of types that have none."""
    if r.survey is None:
        return ""
    from ...datasets.published import adoption as published

    have = set(published()["collectivity_type"].astype(str))
    types = [t for t in r.types if t in have]
    if not types:
        return ""
    return text("report-published-elsewhere", lang,
                whom=_join_names([type_label(t, lang, plural=True) for t in types], lang),
                report=said_or([f"barometre report --type {t} -o {text('report-published-file', lang)}"
                                for t in types], lang),
                python=said_or([f'barometre.compare("{t}")' for t in types], lang),
                # the Évolution named only when the workbook has one (build_workbook)
                where=text("report-published-where-trend", lang,
                           sheet=text("report-sheet-evolution", lang))
                if r.evolution is not None else text("report-published-where", lang))


def _survey_rows(r: ReportData, lang: str) -> list[list[str]]:
    s = r.survey
    whom = _survey_whom(r, lang, s.n_entities)  # "1 métropole dans le fichier"
    covered = _survey_whom(r, lang, s.n_entities, answered=True)  # the coverage's own
    # several files: each with the years of its readings, whose figures cite it
    files = ", ".join(text("report-survey-file-years", lang, file=f,
                           years=said_and(map(str, years), lang)) if years else f
                      for f, years in s.file_years) or s.file
    rows = [[text("report-survey-file" if s.n_files == 1 else "report-survey-files", lang), files]]
    if s.wave_dates:
        dates = wave_dates_text(s, lang, undated=True)
        rows.append([text("report-survey-wave" if len(s.wave_dates) == 1 else "report-survey-waves", lang), dates])
    within = base_label(r.adoption, s.collectivity_type, lang)  # the base said: not "en France"
    if _annuaire(r):  # the entities the Annuaire lists
        cov = (text("report-survey-coverage-within" if within else "report-survey-coverage-text",
                    lang, n=fmt_int(s.n_entities, lang), whom=covered,
                    total=fmt_int(s.n_reference, lang), share=fmt_share(s.coverage, lang))
               if s.n_reference else
               text("report-survey-coverage-n", lang, n=fmt_int(s.n_entities, lang), whom=covered))
    else:  # those that answered, and those the file holds, as the Synthèse says them
        held = _held_of(r.adoption, s.collectivity_type, s.n_entities)[1]
        held = (text("report-survey-coverage-held", lang, held=fmt_int(held, lang))
                if held > s.n_entities else "")
        # --platform: « avec au moins une réponse sur Facebook », once (no tail repeating it)
        on = (text("report-survey-coverage-on", lang, platforms=_platforms_or(s.platforms, lang))
              if s.platforms else "")
        key = "report-survey-coverage-answered" + ("-within" if within else "")
        cov = (text(key, lang, n=fmt_int(s.n_entities, lang), whom=covered, held=held, on=on,
                    total=fmt_int(s.n_reference, lang), share=fmt_share(s.coverage, lang))
               if s.n_reference else
               text("report-survey-coverage-answered-n", lang, n=fmt_int(s.n_entities, lang),
                    whom=covered, held=held, on=on))
    if s.entities_by_year and s.year_shown is not None:  # several years: each its own coverage
        def share(n: int) -> str:
            return f" ({fmt_share(n / s.n_reference, lang)})" if s.n_reference else ""
        others = ("; " if lang == "en" else " ; ").join(
            text("report-survey-coverage-other", lang, year=y, n=fmt_int(n, lang), share=share(n))
            for y, n in s.entities_by_year if y != s.year_shown)
        cov = text("report-survey-coverage-years", lang, n=fmt_int(s.n_entities, lang), whom=covered,
                   year=s.year_shown, others=others,
                   # the base said (within, panel): out of its N, not "in France"
                   total=text("report-survey-coverage-total" + ("-within" if within else ""),
                              lang, total=fmt_int(s.n_reference, lang),
                              share=fmt_share(s.coverage, lang)) if s.n_reference else "")
    if s.platforms and not _annuaire(r) and s.entities_by_year and s.year_shown is not None:
        # --platform over several years: every year's count is of answers on those platforms
        cov = text("report-survey-coverage-platforms", lang, coverage=cov,
                   platforms=_platforms_or(s.platforms, lang))
    rows.append([text("report-survey-coverage", lang), cov])
    for note in panel_out_notes(r.adoption, lang):  # a panel over waves: those out of it
        rows.append([text("report-survey-panel-out", lang), note])
    for note in region_map_notes(r.adoption, lang, also=r.evolution):  # régions read on the map before 2016
        rows.append([text("report-survey-region-map", lang), note])
    meta = _annuaire(r)
    if meta:  # declared accounts, a lower bound (its date: the row above); source, licence
        rows.append([text("report-survey-measure", lang), text(
            "report-annuaire-measure-text", lang,
            measure=meta["measure_en" if lang == "en" else "measure"])])
        rows.append([text("report-survey-source", lang), text(
            "report-annuaire-source-text", lang, attribution=meta["attribution"], licence=meta["licence"])])
    n_ci, whom_ci = s.n_reference, whom
    part = r.adoption.attrs.get("design", {}).get(s.collectivity_type)
    if part and not part["n_others"]:  # a file of a part alone: intervals for the part
        n_ci = part["n_subset"]
        whom_ci = _part_label({"collectivity_type": s.collectivity_type}, lang, design=part)
    design = _design_notes(r, lang)
    if design:  # a file that is no random sample of its type: what it holds, what follows
        rows.append([text("report-survey-design", lang), " ".join(design)])
    place = place_notes(r.adoption, lang, words=True)
    if place:  # a file chosen by place: its départements, what its interval assumes
        rows.append([text("report-survey-place", lang), " ".join(place)])
    years_line = _years_aside(s, lang, r)
    if years_line:
        rows.append([text("report-survey-years", lang), years_line])
    if r.league is not None:  # which readings the Classement ranks, and the older ones left out
        # each platform's year: the Classement's, and the Benchmark's of a platform it
        # ranks none of (TikTok without a count, its 2025 answers shown: not 2026's)
        of_platform = {p: y for p, y in r.league.attrs.get("years", {}).items() if y is not None}
        if r.benchmark is not None:
            for p, y in zip(r.benchmark["platform"], r.benchmark["year"]):
                if plain_value(y) is not None:
                    of_platform.setdefault(p, int(y))
        years = sorted(set(of_platform.values()))
        aside = platforms_set_aside_text(r.league.attrs.get("set_aside"), lang,
                                         r.league.attrs.get("same_campaign"))
        no_account = no_account_text(r.league.attrs.get("no_account"), lang,
                                     r.league.attrs.get("no_account_doubtful"))
        asked = r.extra.get("year_asked")
        if asked is not None:  # --year: that year's readings only
            rows.append([text("report-survey-ranked", lang),
                         text("report-survey-ranked-year-text", lang, year=asked)
                         + ((" ; " if lang != "en" else "; ") + no_account if no_account else "")])
        elif years:
            # the latest year, then each platform of an older one named with its year
            # (« 2026 (TikTok : 2025) »): no platform's year read as the others'
            older = [f"{platform_label(p, lang)}{':' if lang == 'en' else ' :'} {y}"
                     for p, y in of_platform.items() if y < years[-1]]
            said = str(years[-1]) + (" ({})".format(("; " if lang == "en" else " ; ").join(older))
                                     if older else "")
            rows.append([text("report-survey-ranked", lang),
                         text("report-survey-ranked-text", lang, years=said)
                         + aside_tail(aside, platforms_no_year_text(
                             r.league.attrs.get("set_aside"), lang), "report-set-aside-tail", lang)
                         + ((" ; " if lang != "en" else "; ") + no_account if no_account else "")])
    if r.extra.get("year_asked") is not None:  # the sheets that show every date, said
        others = [text(c, lang) for c, shown in (
            ("report-sheet-evolution", r.evolution is not None),
            ("report-sheet-movements", r.extra.get("movements") is not None),
            ("report-sheet-data", r.data is not None)) if shown]
        if others:
            rows.append([text("report-survey-year-asked", lang), text(
                "report-survey-year-asked-text", lang, year=r.extra["year_asked"],
                others=", ".join(others))])
    group = peer_group_text(r.extra.get("peer_group"), lang)
    if group and r.benchmark is not None:  # the Benchmark's peers, named
        rows.append([text("report-survey-peers", lang),
                     f"{r.benchmark.attrs['name']} ({r.benchmark.attrs['code']}) : " if lang != "en"
                     else f"{r.benchmark.attrs['name']} ({r.benchmark.attrs['code']}): "])
        ranked = _peers_ranked(r, lang)
        rows[-1][1] += group + (" ; " if lang != "en" else "; ") + ranked[:1].lower() + ranked[1:]
    # every council population the workbook shows (the Classement's, the Données' cells) or
    # uses (the Mouvements' gains, the Benchmark's figures per 1,000): said
    served = served_note(served_anywhere(r), lang)
    if served:
        rows.append([text("report-survey-population", lang), served])
    if s.n_unrecognised:
        rows.append([text("report-survey-unknown", lang),
                     text("report-survey-unknown-text", lang, n=s.n_unrecognised,
                          s=plural_s(s.n_unrecognised))])
    detail = (text("report-survey-blanks-out", lang, items=_blanks_out(s, lang))
              if s.blanks or s.blanks_by_year else text("report-survey-blanks-none", lang))
    rows += ([] if meta else  # no blank answer in the Annuaire: an undeclared account is absent
             [[text("report-survey-blanks", lang),  # the rule applied: the default, or asked
               text("report-survey-blanks-text" + (f"-{s.blank_rule}" if s.blank_rule else ""),
                    lang, detail=detail)]])
    if s.blanks_absent and not meta:  # blanks read « Non », with their lines, as validate says them
        rows.append([text("report-survey-blanks-absent", lang), _blanks_absent_text(s, lang)])
    moves = r.extra.get("movements")
    if moves is not None:  # blanks read two ways by the waves compared: as changes says it
        from ..waves import blank_rules_lines

        for line in blank_rules_lines(moves["changes"], lang):
            rows.append([text("report-survey-blank-rules", lang), line.removeprefix("⚠ ")])
    # an Annuaire export's: its entities are listed, none answered (report-annuaire-…)
    of = "annuaire" if meta else "survey"
    rows += [[text("report-survey-shares", lang), text(f"report-{of}-shares-text", lang)],
             [text("report-survey-intervals", lang),
              text(f"report-{of}-intervals-text", lang, total=fmt_int(n_ci, lang), whom=whom_ci,
                   all=text("report-survey-intervals-all", lang)
                   if whom_ci is whom and not base_label(r.adoption, s.collectivity_type, lang)
                   else text("report-survey-intervals-part", lang, whom=whom_ci))
              # a sure range shown: what it is, beside the 95 % interval's method
              + (text("report-survey-intervals-sure", lang) if _sure_ranges(r.adoption) else "")
              if n_ci and _any_interval(r.adoption) else
              text("report-survey-intervals-none", lang) if n_ci
              else text("report-survey-intervals-text-sample", lang)],
             [text("report-survey-reference", lang), text(
                 "report-survey-reference-text", lang,
                 population=population_source([s.collectivity_type], lang,
                                              s.codes_answered or None))
              if "per-1000" not in _terms_not_shown(r)  # a per-1,000 figure shown
              else text("report-survey-reference-text-plain", lang)]]
    published = published_elsewhere(r, lang)
    if published:  # the published barometers' figures: not in this report, where they are
        rows.append([text("report-survey-published", lang), published])
    # the same report whoever builds it: in words, as the Synthèse says it (no --panel nor
    # panel=True: a reader of the workbook may never have written either)
    draw = random_draw_notes(r.adoption, lang, words=True, method=True)
    if draw:  # a part read as a sample: what its intervals assume, and the report that
        # reads the file as itself, « en panel » (the Synthèse points here)
        at = next(i for i, row in enumerate(rows) if row[0] == text("report-survey-intervals", lang))
        # a sentence of its own: « …; The intervals assume » read as a typo (#wv26)
        rows[at][1] += ". " + " ".join(draw)
    return rows
