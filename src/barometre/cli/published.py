"""Commands on the published figures: compare, trend, sources, figures, types, platforms."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..analysis.records import Records  # standard library only: the rows compare prints
from ..domain.errors import UsageError
from ..messages import text
from .options import (
    By,
    _RECORD_ROUND,
    AllSourcesOpt,
    BlankOpt,
    DataOpt,
    DataTypeOpt,
    DateOpt,
    DateOrderOpt,
    Format,
    FormatOpt,
    Lang,
    LangOpt,
    PlatformOpt,
    SheetOpt,
    SourceOpt,
    VsOpt,
    PanelOpt,
    WithinOpt,
    YearOpt,
    _check_no_source,
    _check_platforms,
    _check_types,
    _emit_plain,
    _print_records,
    _survey_options,
    fictitious_line,
    need_type,
    base_given,
    note_template_within,
    type_of_data,
    warnings_line,
)


def compare(
    type: DataTypeOpt = None,
    vs: VsOpt = None,
    platform: PlatformOpt = None,
    year: YearOpt = None,
    source: SourceOpt = None,
    data: DataOpt = None,
    sheet: SheetOpt = None,
    by: Annotated[Optional[By], typer.Option(
        "--by", help="Avec --data : « strate » découpe les communes par taille ; "
                     "« category » découpe les intercommunalités par catégorie (CC, CA, CU, "
                     "métropoles), chacune avec son N en France (ou dans --within).")] = None,
    blank: BlankOpt = None,
    date: DateOpt = None,
    date_order: DateOrderOpt = None,
    all_sources: AllSourcesOpt = False,
    within: WithinOpt = None,
    panel: PanelOpt = False,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Comparer l'adoption des réseaux par un type de collectivité avec d'autres types.

    Avec --data, un fichier choisi par lieu (plus du quart de ses entités dans un
    département) le dit sous le tableau et dans flags (chosen_by_place) : ce n'est pas
    un tirage au hasard parmi les entités de France, pas d'intervalle ; --within 01,44
    fait de celles de ces départements la base. Plus de la moitié de ses entités dans une
    région, ou toutes dans quelques régions tenues à moitié au moins (ce qu'un tirage au
    hasard ne donne pas ; l'outre-mer compte pour une région) : pas d'intervalle, note « † », avec le --within qui tient toutes ses entités. --panel lit le fichier comme un panel choisi :
    ses parts sont celles de ses entités (« les 14 communautés d'agglomération du
    panel »), sans extrapolation au type en France.

    Exemple : barometre compare --type region --year 2015 --source ideose
    """
    if data is None:  # the published figures: of the type asked
        need_type(type)
    _check_types(type, *(vs or []))
    _check_platforms(platform)
    _check_no_source(data, source, all_sources)
    if within is not None and data is None:
        raise UsageError.of("cli-within-needs-data")
    if panel and data is None:
        raise UsageError.of("cli-panel-needs-data")
    from ..render.views import adoption_table

    if data is not None:
        from ..analysis.survey import compare_survey, compare_survey_records
        from ..survey.reader import read_coded, read_survey

        from .inputs import shown_name
        from .progress import working  # only for a survey file: not on the published path

        with working("progress-read", file=shown_name(data)):
            # the figures are counted on integer codes, without the tidy frame (#19), --panel's
            # too (a long file's panel, the entities of every wave, is cut on them:
            # analysis.survey._coded_panel); comparing with other types (--vs) and annuaire
            # exports need the frame
            survey = None if vs else read_coded(data, type=type, sheet=sheet,
                                                **_survey_options(blank, date, date_order))
            if survey is None:
                survey = read_survey(data, type=type, sheet=sheet,
                                     **_survey_options(blank, date, date_order))
        type = type_of_data(survey, type, lang.value)  # without --type: the file's, said
        note_template_within(survey, within, lang.value)  # another base than the template's
        strate = by.value if by else None
        if vs:
            result = Records.of_frame(compare_survey(survey, type, vs=vs, platforms=platform,
                                                     year=year, by=strate, within=within,
                                                     panel=panel))
        else:  # printed from the rows: no pandas for a coded survey (#19)
            result = compare_survey_records(survey, type, platforms=platform, year=year,
                                            by=strate, within=within, panel=panel)
        if survey.attrs.get("annuaire"):  # the annuaire's measure, date, attribution
            from ..survey.annuaire import annotate_result

            result = annotate_result(result, survey)
    else:
        from ..analysis.published import compare as compare_

        if by:
            raise UsageError.of("cli-by-needs-data")
        result = Records.of_frame(compare_(type, vs=vs, platforms=platform, year=year,
                                           source=source, all_sources=all_sources))
    if data is not None:  # a survey's figures are not published: the column stays, empty
        result = result.with_column("year_published", None)
        # whether the file's data are fictitious (the reader's marker), on every row: a
        # saved CSV keeps what stderr says (its name is in source)
        result = result.with_column("fictitious", bool(survey.attrs.get("fictitious", False)))
    cols = _figure_columns(result, ("period", "publisher", "url", "year_published", "base_family",
                                    "derived_from_wording", "comparable", "differs", "notes", "n_unknown",
                                    "n_unknown_partial",
                                    # the survey's coverage (the table's "Couverture" line)
                                    "n_reference", "n_surveyed", "coverage",
                                    "measure_label", "data_date", "attribution", "caveat",
                                    "design", "design_subset", "n_subset", "subset_census",
                                    "estimate", "estimate_low", "estimate_high", "n_estimate"))
    if ((result.attrs.get("within") or result.attrs.get("panel"))
            and "n_reference_of" in result.columns):
        cols.append("n_reference_of")  # the base said: "epci:01,44", "epci:panel:CA"
    if "ci_kind" in result.columns:  # a survey's interval: a 95 % one, or a sure range
        cols.append("ci_kind")  # (the first columns stay compare's records')
    if "fictitious" in result.columns:  # a survey's: ends the row, as in rank, changes…
        cols.append("fictitious")
    for split in ("strate", "category"):  # the band or category, after the type
        if split in result.columns:
            cols.insert(1, split)
    for n in ("n_category", "n_strate"):  # each category's or band's N, beside the type's
        if n in result.columns:
            cols.insert(cols.index("n_reference") + 1 if "n_reference" in cols else len(cols), n)
    title = ""
    if data is not None:
        # a file that holds a part of the type whole says so under the table (render.views);
        # a sample inside some size bands (50 villes préfectures) keeps the narrower hint
        designs = result.attrs.get("design") or {}
        whole = any(d.get("kind") != "bands" for d in designs.values())
        narrower = "" if whole else _narrower_line(survey, type, lang.value,
                                                   designs.get("commune"))
        title = "\n".join(t for t in (_coverage_line(result, lang.value), narrower) if t)
        wave = "" if date else _wave_line(survey, lang.value)  # --date: the user's choice
        said = warnings_line(survey, data, lang.value, sheet=sheet, blank=blank, date=date,
                             date_order=date_order, given=base_given(within, panel))
        fictitious = fictitious_line(survey, lang.value)  # the demo's: said as its warnings
        title = "\n".join(t for t in (title, wave, said, fictitious) if t)
        from ..render.views import design_notes, panel_out_notes, place_notes, undated_notes

        # a file chosen by place: its note (the flag chosen_by_place is in each row); a file
        # that is no random sample otherwise (mostly in one région, a part beside others…):
        # its own, the flag non_random_sample in each row. Said on stderr beside CSV or
        # JSON too, as trend and changes say them: the rows' « † » is no random sample
        design = "\n".join(design_notes(result, lang.value))
        place = "\n".join(place_notes(result, lang.value))
        undated = "\n".join(undated_notes(result, lang.value))  # no date: no year, said
        if format is not Format.table:  # after the type guessed, if it was
            from .chrome import say_now

            say_now(*(line for line in (_year_line(result, lang.value), narrower, wave, said,
                                        fictitious, design, place, undated) if line))
        # --panel over a long file's waves: those not in every wave, left out of every
        # figure, said on stderr as trend and changes say them
        from .chrome import NOTES

        NOTES.extend(panel_out_notes(result, lang.value))
    if format is not Format.table:  # the words of the rows in --lang (notes, base, caveat)
        from ..render.views import records_in

        result = records_in(result, lang.value)
    _print_figures(result, format, cols, lambda: adoption_table(result, lang.value, title=title))


def _figure_columns(result: Records, extra: tuple[str, ...]) -> list[str]:
    """The stable record columns, what each figure measures, then ``extra`` when present."""
    from ..analysis.published import DESIGN_COLUMNS, RECORD_COLUMNS

    return RECORD_COLUMNS + [c for c in (*DESIGN_COLUMNS, *extra) if c in result.columns]


def _print_figures(result: Records, format: Format, cols: list[str], table) -> None:
    """_print_records of figures; in JSON, ``flags`` is a list ("a;b" in CSV), as in every
    command's JSON."""
    _print_records(result, format, cols, table, _RECORD_ROUND)


def _coverage_line(result: Records, lang: str) -> str:
    if "n_reference" not in result.columns or not result.rows:
        return ""
    from ..domain.schemas import ANNUAIRE_BASE_FAMILY
    from ..messages import said_or
    from ..render.formats import fmt_int, platform_label, type_label
    from ..render.views import _within_of_record

    # -p: the entities that answered on those platforms (n_surveyed counts them), said so
    on = result.attrs.get("coverage_platforms") or []
    platforms = said_or([platform_label(p, lang) for p in on], lang) if on else ""
    lines = []
    firsts = {}  # the first row of each type
    for r in result.rows:
        firsts.setdefault(r["collectivity_type"], r)
    for r in firsts.values():
        of = r.get("n_reference_of")
        what = (text("coverage-councils", lang) if of == "conseils_departementaux"
                else _within_of_record(r, lang, 2)  # the base said by --within, --panel
                or type_label(r["collectivity_type"], lang, plural=True))
        year = r.get("year") if result.attrs.get("years_left_aside") else None
        code = ("coverage-line-annuaire" if r.get("base_family") == ANNUAIRE_BASE_FAMILY
                else ("coverage-line" if year is None or year != year else "coverage-line-year")
                + ("-platforms" if platforms else ""))
        lines.append(text(code,
                          lang, n=fmt_int(r["n_surveyed"], lang),
                          total=fmt_int(r["n_reference"], lang), what=what,
                          year=year if year is None or year != year else int(year),
                          platforms=platforms))
    year = _year_line(result, lang)
    return "\n".join(lines + ([year] if year else []))


def _narrower_line(survey, type: str | None, lang: str, bands: dict | None = None) -> str:
    """A survey of communes that are all villes préfectures (or grandes villes…) says that
    ``--type`` counts them as that type (:func:`~barometre.analysis.survey.narrower_type`);
    ``bands``: the design of a file inside some size bands (counted as their sample)."""
    from ..analysis.survey import narrower_type
    from ..render.formats import fmt_int, type_label

    from ..domain.coded import CodedSurvey

    coded = isinstance(survey, CodedSurvey)  # else the tidy frame (--vs, annuaire exports)
    # None: an Annuaire export of several types, whose communes alone are --type commune's
    kind = survey.collectivity_type if coded else survey.attrs.get("collectivity_type")
    if (kind or type) != "commune" or (not coded and "code" not in survey.columns):
        return ""
    if not coded and not kind and "collectivity_type" in survey.columns:
        survey = survey[(survey["collectivity_type"] == "commune").to_numpy(dtype=bool)]
    codes = survey.codes if coded else survey["code"].dropna().unique()
    found = narrower_type(codes, "commune")
    if found is None:
        return ""
    t, n, total = found
    one = "-one" if n == 1 else ""  # « La seule commune du fichier est une … », not « Les 1 »
    said = dict(n=fmt_int(n, lang), total=fmt_int(total, lang),
                label=type_label(t, lang, plural=not one), type=t,
                census=text("compare-narrower-census", lang) if n == total else "")
    if bands and not bands.get("estimable", True):  # far from those bands' proportions:
        return text("compare-narrower-type-mix", lang, **said)  # a sample of none (†)
    if bands:  # counted as a sample of those bands' communes, not of all the communes
        from ..render.views import _part_label

        return text("compare-narrower-type-part" + one, lang, **said, part=_part_label(
            {"collectivity_type": "commune"}, lang, design=bands))
    return text("compare-narrower-type" + one, lang, **said)


def _wave_line(survey, lang: str) -> str:
    """Readings without a date took a date (their platform's most frequent, else the
    file's): in a file of several years that choice decides their year, so ``compare`` says
    it, every platform's, not only ``validate``."""
    problems = survey.attrs.get("problems") or []
    codes = {p.code for p in problems}
    if "wave-date" not in codes or not codes & {"multi-year", "campaign-crosses-year"}:
        return ""
    # one per platform when each took its own platform's date: every one said, not the
    # first only (Facebook's line above a table of Instagram's 2025)
    said = [p.msg.render(lang) if p.msg is not None else p.message
            for p in problems if p.code == "wave-date"]
    return text("compare-wave-date", lang, what=" ; ".join(said) if lang == "fr"
                else "; ".join(said))


def _year_line(result: Records, lang: str) -> str:
    """ "Année 2025 ; laissé de côté : 2024 (101 entités)" when the file spans several years;
    "2024 (60 entités, de la même campagne que 2025, coupée au 31 décembre)" when the year
    left aside is of one campaign with the year shown (``campaign-crosses-year``)."""
    from ..analysis.survey import reads_fewer
    from ..render.formats import fmt_int, is_missing, platform_label, years_aside_text

    left = result.attrs.get("years_left_aside") or {}
    years = [y for y in result.column("year") if not is_missing(y)]
    lines = []
    if left and years:
        # a campaign cut at 31 December: said of its year
        aside = years_aside_text(left, lang, result.attrs.get("years_same_campaign"))
        lines.append(text("compare-year", lang, year=int(years[0]), left=aside))
    no_year = result.attrs.get("no_year")
    if no_year and years:  # a row of no year (blank year cell): in no figure, said
        lines.append(text("compare-no-year", lang, n=fmt_int(no_year, lang),
                          s="" if no_year == 1 else "s"))
    # a year of fewer platforms, or of one platform only: no "any", and said
    read = (result.attrs.get("any_platforms") or {}).values()
    widest = max((len(ps) for ps in read), default=0)  # "fewer" only beside a year of more
    for y, ps in (result.attrs.get("any_left_out") or {}).items():
        names = ", ".join(platform_label(p, lang) for p in ps)
        if len(ps) == 1 and widest <= 1:  # no year read more: "any" would be it again
            when = "" if y is None else text("compare-any-in-year", lang, year=y)
            lines.append(text("compare-any-one-platform", lang, platforms=names, when=when))
        elif reads_fewer(result.attrs.get("any_platforms") or {}, y):
            lines.append(text("compare-any-left-out", lang, year=y, platforms=names))
        else:  # as many platforms as another year, or more, not the same: "other" ones
            lines.append(text("compare-any-left-out-other", lang, year=y, platforms=names))
    return "\n".join(lines)


def trend(
    type: DataTypeOpt = None,
    platform: PlatformOpt = None,
    source: SourceOpt = None,
    data: Annotated[Optional[list[Path]], typer.Option(
        "--data", "-d", help="Fichier(s) d'enquête, une vague chacun, une campagne en plusieurs fichiers "
                             "n'en faisant qu'une (répétable) : l'adoption "
                             "par vague au lieu des chiffres publiés.")] = None,
    sheet: SheetOpt = None,
    blank: BlankOpt = None,
    date_order: DateOrderOpt = None,
    within: WithinOpt = None,
    panel: PanelOpt = False,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Évolution d'un réseau pour un type de collectivité : chaque année et chaque source.

    Avec --data : l'adoption à chaque vague d'enquête (un ou plusieurs réseaux) ; --within
    ou --panel y disent la base de chaque vague comme compare pour son fichier.

    Exemple : barometre trend --type region --platform facebook
    """
    if not data:  # the published figures: of the type asked
        need_type(type)
    _check_types(type)
    _check_platforms(platform)
    if within is not None and not data:
        raise UsageError.of("cli-within-needs-data")
    if panel and not data:
        raise UsageError.of("cli-panel-needs-data")
    if data:  # survey waves (cli/waves.py)
        from .waves import survey_trend

        if source:
            raise UsageError.of("waves-no-source")
        return survey_trend(data, type, platform, sheet, format, lang, blank=blank,
                            within=within, panel=panel, date_order=date_order)
    if not platform or len(platform) != 1:
        raise UsageError.of("trend-one-platform")
    platform = platform[0]
    from ..analysis.published import trend as trend_
    from ..render.views import trend_table

    frame = trend_(type, platform, source=source)
    result = Records.of_frame(frame)
    cols = _figure_columns(result, ("period", "publisher", "url", "year_published", "base_family",
                                    "derived_from_wording", "series", "break", "break_from",
                                    "notes"))
    from ..render.views import records_in

    _print_figures(records_in(result, lang.value), format, cols,
                   lambda: trend_table(frame, lang.value))


def sources(
    type: Annotated[Optional[str], typer.Option(
        "--type", "-t", help="Seulement les sources de chiffres sur ce type (taux d'adoption ou "
        "collectivités nommées).")] = None,
    year: Annotated[Optional[int], typer.Option(
        "--year", "-y", help="Seulement les sources de chiffres de cette année.")] = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Lister les sources des chiffres publiés (éditeur, titre, date, adresse).

    Sans option : toutes les sources, y compris celles des audiences nationales et des
    dénombrements de collectivités. Avec --type ou --year : celles des taux d'adoption
    et des chiffres sur des collectivités nommées (« barometre figures ») de ce type ou
    de cette année.
    """
    import pandas as pd

    from ..analysis.published import published_sources
    from ..datasets.published import adoption, citations, entity_figures
    from ..render.tables import text_table

    from ..render.formats import fmt_date, is_missing, undated_source_date

    _check_types(type)
    df = published_sources(type=type, year=year)
    # the years of each source's figures, those it gives again (citations) too: Cospirit's
    # part 2, ideose-2015-2, cites Ideose's figures of « fin 2015 » and gives no year of its own
    figures = pd.concat([adoption()[["source", "year"]], citations()[["source", "year"]]])
    years = figures.groupby("source")["year"].agg(list)

    # the date of each source's figures of the year asked (entity figures too): a period
    # the page words ("fin 2015") when they all share it
    named = entity_figures()[["source", "year", "period"]]
    asked = pd.concat([adoption()[["source", "year", "period"]],
                       citations()[["source", "year", "period"]], named])
    asked = asked[asked["year"] == year] if year is not None else asked.iloc[0:0]
    periods = asked.groupby("source")["period"].agg(lambda p: set(p.fillna("")))

    def figures_date(sid: str, year_published: object) -> tuple[int | None, str | None]:
        """The date of a source's figures when it is not the source's own, as « Année »
        says it in parentheses: (the year asked, its period "late" or None); (None, None)
        for a source of the year asked, or with no year asked."""
        if (year is None or is_missing(year_published) or int(year_published) == year
                or sid not in periods):
            return None, None
        said = periods[sid]
        return year, (next(iter(said)) or None) if len(said) == 1 else None

    def when(r) -> str:
        """The source's year; one that states none, its figures' date ("fin 2015"); a source
        of another year than the one asked, both, as compare cites it: « 2017 (chiffres de
        fin 2015) », a 2017 page giving an end-2015 figure."""
        if not is_missing(r.year_published):
            fy, period = figures_date(r.source_id, r.year_published)
            if fy is None:
                return str(r.year_published)
            return text("source-date-figures", lang.value, date=str(r.year_published),
                        years=fmt_date(fy, None, lang.value, period))
        return undated_source_date(years.get(r.source_id, []), r.month, r.period, lang.value)

    def table():
        rows = [[r.source_id, r.publisher, when(r), str(r.n_adoption_figures),
                 str(r.n_entity_figures), r.url] for r in df.itertuples()]
        heads = ["col-id", "col-publisher", "col-year", "col-n-rates", "col-n-named", "col-url"]
        return text_table([text(h, lang.value) for h in heads], rows, "lllrrl")

    if format is not Format.table:
        # ``source``, the key compare, trend and figures give a figure's source; then the
        # year the table's « Année » gives, also for a source that dates itself only by its
        # figures' year ("fin 2015": ``period`` late, ``year_published`` empty)
        df = df.rename(columns={"source_id": "source"})
        df.insert(df.columns.get_loc("year_published") + 1, "year_dated", pd.array(
            [_year_dated(r.year_published, years.get(r.source, [])) for r in df.itertuples()],
            dtype="Int64"))
        # the date of its figures when « Année » says it apart, « 2017 (chiffres de fin
        # 2015) »: ``figures_year`` 2015, ``figures_period`` "late" (as ``period``); empty
        # for a source of the year asked
        dates = [figures_date(r.source, r.year_published) for r in df.itertuples()]
        at = df.columns.get_loc("period") + 1
        df.insert(at, "figures_year", pd.array([d[0] for d in dates], dtype="Int64"))
        df.insert(at + 1, "figures_period", pd.array([d[1] for d in dates], dtype="string"))
    _print_records(df, format, None, table)


def _year_dated(year_published: object, figure_years: list) -> int | None:
    """The year a source is dated by (``sources``' ``year_dated``): its own year, else the
    one year of all its figures (« fin 2015 »), else None (figures of several years or
    none), as :func:`~barometre.render.formats.undated_source_date` dates it."""
    from ..render.formats import is_missing

    if not is_missing(year_published):
        return int(year_published)
    ys = {int(float(y)) for y in figure_years if not is_missing(y)}
    return ys.pop() if len(ys) == 1 else None


def figures(
    type: Annotated[Optional[str], typer.Option(
        "--type", "-t", help="Type de collectivité (par défaut : tous).")] = None,
    entity: Annotated[Optional[str], typer.Option(
        "--entity", "-e", help="Collectivité : code ou nom (« 29 », « Finistère »), ou nom "
        "publié (« Picardie »).")] = None,
    platform: PlatformOpt = None,
    year: Annotated[Optional[int], typer.Option(
        "--year", "-y", help="Année du chiffre (par défaut : toutes).")] = None,
    source: Annotated[Optional[str], typer.Option(
        "--source", "-s", help="Id de source, ou partie du nom de l'éditeur (ex. ost).")] = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Lister les chiffres publiés sur des collectivités nommées (abonnés, rangs, prix),
    chacun avec sa source.

    Exemple : barometre figures --type departement --platform instagram
    """
    from ..analysis.named import FIGURE_COLUMNS, figures as figures_
    from ..render.named import figures_table

    _check_types(type)
    _check_platforms(platform)
    df = figures_(type=type, entity=entity, platforms=platform, year=year, source=source)
    _print_records(df, format, FIGURE_COLUMNS, lambda: figures_table(df, lang.value))


def types(format: FormatOpt = Format.table, lang: LangOpt = Lang.fr) -> None:
    """Lister les types de collectivité, avec leurs alias.

    En JSON, « aliases » est une liste ; en CSV, les alias sont joints par « ; », comme
    toute liste d'une cellule ; dans le tableau, par « , ».
    """
    from ..domain.registry import TYPES
    from ..render.tables import text_table

    records = [{"id": t.id, "label": t.label(lang.value), "label_plural": t.label(lang.value, True),
                "aliases": list(t.aliases), "description": t.description(lang.value)}
               for t in TYPES.values()]
    heads = [text(h, lang.value) for h in ("col-id", "col-label", "col-aliases")]
    _emit_plain(_aliases_joined(records, format), format, lambda: text_table(
        heads, [[r["id"], r["label"], ", ".join(r["aliases"])] for r in records]))


def _aliases_joined(records: list[dict], format: Format) -> list[dict]:
    """The records as JSON gives them (``aliases`` a list), or with the aliases joined by
    ";" for CSV (one cell, as every list of a CSV cell; no alias holds one)."""
    if format is Format.json:
        return records
    return [{**r, "aliases": ";".join(r["aliases"])} for r in records]


def platforms(format: FormatOpt = Format.table, lang: LangOpt = Lang.fr) -> None:
    """Lister les réseaux sociaux connus, avec leurs alias et leur couleur.

    En JSON, « aliases » est une liste ; en CSV, les alias sont joints par « ; », comme
    toute liste d'une cellule ; dans le tableau, par « , ».
    """
    from ..domain.registry import PLATFORMS
    from ..render.tables import text_table

    records = [{"id": p.id, "label": p.label(lang.value), "color": p.color,
                "aliases": list(p.aliases)} for p in PLATFORMS.values()]
    heads = [text(h, lang.value) for h in ("col-id", "col-name", "col-color", "col-aliases")]
    _emit_plain(_aliases_joined(records, format), format, lambda: text_table(
        heads, [[r["id"], r["label"], r["color"], ", ".join(r["aliases"])] for r in records]))
