"""Commands that write files: chart, report."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..domain.errors import UsageError
from . import finished
from .inputs import shown_name
from .progress import working
from .options import (
    AllSourcesOpt,
    BlankOpt,
    DateOpt,
    DateOrderOpt,
    ForceOpt,
    Lang,
    LangOpt,
    MaybeTypeOpt,
    Metric,
    OutputOpt,
    Peers,
    PeersOpt,
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
    _survey_options,
    base_given,
    note_template_within,
    note_warnings,
    note_wave_warnings,
    type_of_data,
)
from .chrome import say_now


class ChartKind(str, Enum):
    adoption = "adoption"
    trend = "trend"
    heatmap = "heatmap"
    benchmark = "benchmark"
    ranking = "ranking"
    scatter = "scatter"
    changes = "changes"


def _size(text: str | None) -> tuple[float, float] | None:
    """--size as the charts' size= reads it (:func:`barometre.render.formats.chart_size`),
    a size out of range said by the option's text."""
    if not text:
        return None
    from ..render.formats import chart_size

    return chart_size(text, shown=text)


#: The options each kind reads, beyond -o, --type, --platform, --data and the drawing ones
#: (--dpi, --size, --colorblind, --title, --lang): any other one given is refused in one
#: line, never silently dropped (#review17a). --sheet, --blank, --date read a survey file.
_READS = {
    "adoption": {"--vs", "--year", "--source", "--all-sources", "--within", "--panel"},
    "heatmap": {"--vs", "--year", "--source", "--all-sources", "--within", "--panel"},
    "trend": {"--source", "--within", "--panel"},  # every year; one series per platform
    "benchmark": {"--entity", "--peers", "--year"},
    "ranking": {"--entity", "--peers", "--metric", "--top", "--year"},
    "scatter": {"--entity", "--year"},
    "changes": {"--within", "--panel", "--old", "--new"},
}
#: The kinds that draw one platform (the first -p would be drawn, the others dropped)
_ONE_PLATFORM = {"ranking", "scatter"}


def _check_options(k: str, data, given: dict[str, bool], platform, sheet, blank,
                   date, date_order=None) -> None:
    """Refuse, in one line, an option that ``chart k`` would accept and ignore: ``given``,
    whether each option of :data:`_READS` was given."""
    for option, on in given.items():
        if on and option not in _READS[k]:
            raise UsageError.of("chart-option-ignored", option=option, kind=k)
    if data is None:
        for option, on in (("--sheet", sheet is not None), ("--blank", blank is not None),
                           ("--date", date is not None),
                           ("--date-order", date_order is not None),
                           ("--within", given.get("--within")),
                           ("--panel", given.get("--panel"))):
            if on:
                raise UsageError.of("chart-option-needs-data", option=option)
    waves = k == "changes" or (k == "trend" and data is not None)
    if waves and date is not None:  # a wave's date is its file's: read_waves takes none
        raise UsageError.of("chart-option-ignored-waves", option="--date", kind=k)
    if platform and len(platform) > 1 and (k in _ONE_PLATFORM or (k == "trend" and data is None)):
        raise UsageError.of("chart-one-platform", kind=k)


def _need(value, option: str, kind: str) -> None:
    if not value:
        raise UsageError.of("chart-needs-option", option=option, kind=kind)


def _figures_chart(charts, k: str, survey, type, vs, platform, year, source, all_sources, kw,
                   within=None, panel=False):
    """adoption, heatmap, trend: from published figures, or from the survey's records."""
    if survey is not None:
        from ..analysis.survey import adoption, compare_survey

        if k == "trend":  # every wave of the survey, not only the latest year
            df = adoption(survey, type=type, platforms=platform)
        else:
            df = compare_survey(survey, type, vs=vs, platforms=platform, year=year,
                                within=within, panel=panel)
        kw["survey"] = survey
    else:
        _need(type, "--type", k)
        if k == "trend":
            _need(platform, "--platform", k)
            from ..analysis.published import trend as trend_

            df = trend_(type, platform[0], source=source)
        else:
            from ..analysis.published import compare as compare_

            df = compare_(type, vs=vs, platforms=platform, year=year, source=source,
                          all_sources=all_sources)
    return getattr(charts, k)(df, **kw)


def _waves_chart(charts, k: str, data, type, platform, sheet, blank, kw, within=None,
                 panel=False, date_order=None, old=None, new=None):
    """trend --data (every wave on a date axis) and changes (old → new share per platform);
    ``within``, ``panel``: the base said, each wave's (trend) or the two waves' (changes);
    ``old``, ``new``: the two waves changes compares, read as the changes command reads
    them (:func:`barometre.analysis.waves.transitions`: a date or a year), the oldest and
    newest of more by default, said on stderr as that command says it."""
    if data is None:
        raise UsageError.of("chart-needs-data", kind=k)
    from ..analysis.waves import changes, read_waves, transitions, wave_trend

    order = _survey_options(blank, None, date_order)
    # changes: only the two waves compared are read past their placing, as by the command
    waves = read_waves(data, type=type, sheet=sheet, blank=order["blank"],
                       date_order=order["date_order"],
                       **({"compare": (old, new)} if k == "changes" else {}))
    if k == "trend":  # a type's shares per wave, as trend --data counts them:
        type = type_of_data(waves, type, kw["lang"])  # without --type, the files', said
    else:  # changes: the type guessed said as by chart trend (the chart's file names
        # it nowhere in the terminal, unlike the changes command's table)
        type_of_data(waves, type, kw["lang"])
    note_wave_warnings(waves, kw["lang"], sheet=sheet, blank=blank, date_order=date_order,
                       given=base_given(within, panel))
    note_template_within(waves, within, kw["lang"])  # another base than the templates'
    from ..render.waves import blank_rules_lines
    from .chrome import NOTES

    # blanks read as absence in a wave, as not answered in another: said as trend and
    # changes say it (each wave by its own rule)
    if k == "trend":
        df = wave_trend(waves, platforms=platform, type=type, within=within, panel=panel)
        NOTES.extend(blank_rules_lines(df, kw["lang"], trend=True))
        return charts.wave_trend(df, **kw)
    moves = transitions(waves, old=old, new=new, platforms=platform, within=within,
                        panel=panel)
    df = changes(moves)
    NOTES.extend(blank_rules_lines(df, kw["lang"]))
    # « ⚠ 3 vagues : comparaison de la plus ancienne … » as changes says it over its
    # table: the chart compares two of them, which its picture cannot tell
    from ..render.waves import mark_many_waves, many_waves_line

    mark_many_waves(df, waves.attrs["waves"])
    many = many_waves_line(df.attrs, kw["lang"])
    if many:
        NOTES.append(many)
    return charts.changes(df, **kw)


def _one_chart(charts, k: str, data, type, vs, platform, year, source, all_sources, entity,
               peers, metric, top, sheet, blank, date, kw, within=None, panel=False,
               date_order=None):
    """The charts of one survey file or of the published figures."""
    survey = None
    if data is not None:
        from ..survey.reader import read_survey

        with working("progress-read", file=shown_name(data)):
            survey = read_survey(data, type=type, sheet=sheet,
                                 **_survey_options(blank, date, date_order))
        if k in ("adoption", "heatmap"):  # a type's shares, as compare --data counts them:
            type = type_of_data(survey, type, kw["lang"])  # without --type, the file's, said
        else:  # as benchmark and rank: a file of several types asks for --type
            type_of_data(survey, type, kw["lang"], said=False)
        note_warnings(survey, Path(data), kw["lang"], sheet=sheet, blank=blank, date=date,
                      date_order=date_order, given=base_given(within, panel))
        note_template_within(survey, within, kw["lang"])  # another base than the template's
    elif k not in ("adoption", "heatmap", "trend"):
        raise UsageError.of("chart-needs-data", kind=k)
    if k in ("adoption", "heatmap", "trend"):
        return _figures_chart(charts, k, survey, type, vs, platform, year, source, all_sources, kw,
                              within, panel)
    # --year: the readings of that year (by default each platform's latest)
    if k == "benchmark":
        _need(entity, "--entity", k)
        return charts.benchmark(survey, entity, platforms=platform, peers=peers, year=year, **kw)
    elif k == "ranking":
        _need(platform, "--platform", k)
        ranks = charts.peer_ranking(survey, platform[0], metric=metric, type=type,
                                    entity=entity, peers=peers, year=year)
        return charts.ranking(ranks, focus=entity, top=top, survey=survey, **kw)
    else:
        _need(platform, "--platform", k)
        return charts.scatter(survey, platform[0], focus=entity, type=type, year=year, **kw)


def chart(
    # the kinds in the help, not in the metavar: « {kind}:<adoption|…|changes> » is one word
    # longer than a narrow terminal, which the usage line cut mid-name (« heatm / ap »)
    kind: Annotated[ChartKind, typer.Argument(
        metavar="kind", help="adoption, trend, heatmap, benchmark, ranking, scatter ou changes.")],
    output: OutputOpt,
    type: MaybeTypeOpt = None,
    vs: VsOpt = None,
    platform: PlatformOpt = None,
    year: YearOpt = None,
    source: SourceOpt = None,
    data: Annotated[Optional[list[Path]], typer.Option(
        "--data", "-d", help="Fichier d'enquête ; trend et changes : répétable, une vague par "
                             "fichier (une campagne livrée en plusieurs fichiers n'en fait qu'une).")] = None,
    entity: Annotated[Optional[str], typer.Option("--entity", "-e", help="Collectivité à mettre en avant.")] = None,
    peers: Annotated[Optional[Peers], typer.Option(
        "--peers", help="benchmark, ranking : groupe de pairs, type (tous ceux du type du "
                        "fichier, toutes catégories d'intercommunalités), region (même région) "
                        "ou strate (même taille) ; par défaut le type, et pour une "
                        "intercommunalité sa catégorie ; ranking : classement parmi les pairs "
                        "de --entity.")] = None,
    metric: Annotated[Optional[Metric], typer.Option("--metric", "-m", help="ranking : followers (par défaut) ou followers_per_1000.")] = None,
    top: Annotated[Optional[int], typer.Option("--top", "-n", min=1, help="ranking : nombre de barres (10 par défaut).")] = None,
    sheet: SheetOpt = None,
    blank: BlankOpt = None,
    date: DateOpt = None,
    date_order: DateOrderOpt = None,
    force: ForceOpt = False,
    all_sources: AllSourcesOpt = False,
    dpi: Annotated[Optional[int], typer.Option("--dpi", min=50, max=1200, help="Résolution d'un PNG en points par pouce (200 par défaut) ; refusé pour SVG et PDF, vectoriels.")] = None,
    size: Annotated[Optional[str], typer.Option("--size", help="Taille en pouces, ex. 8x4.5.")] = None,
    colorblind: Annotated[bool, typer.Option("--colorblind", help="Palette pour daltoniens (Okabe-Ito).")] = False,
    title: Annotated[Optional[str], typer.Option("--title", help="Titre du graphique.")] = None,
    within: WithinOpt = None,
    panel: PanelOpt = False,
    old: Annotated[Optional[str], typer.Option(
        "--old", help="changes : vague de départ (date ou année ; par défaut la plus "
                      "ancienne).")] = None,
    new: Annotated[Optional[str], typer.Option(
        "--new", help="changes : vague d'arrivée (date ou année ; par défaut la plus "
                      "récente).")] = None,
    lang: LangOpt = Lang.fr,
) -> None:
    """Dessiner un graphique (PNG, SVG ou PDF selon l'extension de -o).

    Chaque graphique lit ses options ; une autre est refusée, jamais ignorée. Requises,
    puis [facultatives] : adoption, heatmap : --type sans --data [--vs, --year, --source,
    --all-sources ; avec --data : --within ou --panel] ; trend : --type et un --platform sans --data [--source], ou --data (répétable, une
    vague par fichier) [--within ou --panel] ; benchmark : --data, --entity [--peers, --year] ;
    ranking : --data, un --platform [--entity, --peers (region, strate : avec --entity),
    --metric, --top, --year] ; scatter : --data, un --platform [--entity, --year] ;
    changes : --data, deux vagues ou plus (fichiers, ou un fichier long à plusieurs dates)
    [--old, --new (par défaut la plus ancienne et la plus récente, dit sur la sortie
    d'erreur), --within ou --panel]. Avec --data, --year garde les relevés de cette année. Sans --type,
    adoption, heatmap et trend avec --data comptent le type de toutes les entités du
    fichier, dit sur la sortie d'erreur (« type deviné : … ») ; un fichier qui en mêle
    plusieurs (un export de l'Annuaire) demande --type.

    Exemples : barometre chart adoption --type region --year 2015 --source ideose -o reports/adoption.png ;
    barometre chart benchmark --entity 44 --data enquete.xlsx -o reports/benchmark.svg
    """
    _check_types(type, *(vs or []))
    _check_platforms(platform)
    _check_no_source(data, source, all_sources)
    from ..render.files import check_output, overwrite_allowed

    data = data or None
    check_output(output, (".png", ".svg", ".pdf"), inputs=tuple(data or ()), force=force,
                 option="--force")
    k = kind.value
    _check_options(k, data, {"--vs": bool(vs), "--year": year is not None,
                             "--source": source is not None, "--all-sources": all_sources,
                             "--entity": entity is not None, "--peers": peers is not None,
                             "--metric": metric is not None, "--top": top is not None,
                             "--within": within is not None, "--panel": panel,
                             "--old": old is not None, "--new": new is not None},
                   platform, sheet, blank, date, date_order)
    figsize = _size(size)
    if dpi is not None and Path(output).suffix.lower() != ".png":  # never silently dropped
        raise UsageError.of("chart-dpi-vector", suffix=Path(output).suffix.lower())
    from ..render import charts

    kw = {"lang": lang.value, "title": title, "colorblind": colorblind}
    if figsize:
        kw["size"] = figsize
    if k == "changes" or (k == "trend" and data is not None):  # survey waves (#16)
        fig = _waves_chart(charts, k, data, type, platform, sheet, blank, kw, within, panel,
                           date_order, old, new)
    else:
        if data is not None and len(data) > 1:
            raise UsageError.of("waves-chart-one-file", kind=k)
        fig = _one_chart(charts, k, None if data is None else data[0], type, vs, platform, year,
                         source, all_sources, entity, peers and peers.value,
                         (metric or Metric.followers).value, 10 if top is None else top,
                         sheet, blank, date, kw, within, panel, date_order)
    with overwrite_allowed(force):
        path = charts.save(fig, output, dpi=200 if dpi is None else dpi, lang=lang.value)
    from ..messages import text

    finished()  # written: an interrupt from now on changes nothing
    say_now(text("chart-written", lang.value, path=path))  # after the type guessed, if it was


def report(
    output: OutputOpt,
    type: MaybeTypeOpt = None,
    vs: VsOpt = None,
    platform: PlatformOpt = None,
    year: YearOpt = None,
    source: SourceOpt = None,
    data: Annotated[Optional[list[Path]], typer.Option(
        "--data", "-d", help="Fichier d'enquête ; répété (une vague par fichier, une campagne en plusieurs "
                             "fichiers n'en faisant qu'une), ou un fichier "
                             "long à plusieurs dates : feuilles Évolution et Mouvements.")] = None,
    entity: Annotated[Optional[str], typer.Option("--entity", "-e", help="Avec --data : ses rangs et indices en Synthèse, "
                                                                      "feuille Benchmark de cette collectivité (ses pairs nommés), "
                                                                      "ses lignes surlignées dans Classement.")] = None,
    peers: PeersOpt = None,
    sheet: SheetOpt = None,
    blank: BlankOpt = None,
    date: DateOpt = None,
    date_order: DateOrderOpt = None,
    force: ForceOpt = False,
    all_sources: AllSourcesOpt = False,
    title: Annotated[Optional[str], typer.Option("--title", help="Titre du rapport.")] = None,
    within: WithinOpt = None,
    panel: PanelOpt = False,
    lang: LangOpt = Lang.fr,
) -> None:
    """Écrire un rapport Excel (synthèse, adoption, évolution, classement, sources et méthode).

    Avec --data, --year choisit aussi les relevés du Classement et du Benchmark ; sans
    --type, le type compté est celui de toutes les entités lues, dit sur la sortie
    d'erreur (« type deviné : … ») ; un fichier qui en mêle plusieurs (un export de
    l'Annuaire) demande --type.

    Exemples : barometre report --year 2015 --source ideose -o reports/ideose-2015.xlsx ;
    barometre report --data enquete.xlsx --entity 44 -o reports/benchmark-44.xlsx
    """
    # Long on purpose: a command with many options; the work is in build_report and
    # write_report.
    _check_types(type, *(vs or []))
    _check_platforms(platform)
    _check_no_source(data, source, all_sources)
    from ..render.files import check_output, overwrite_allowed

    data = data or None
    inputs = tuple(data or ())
    check_output(output, (".xlsx",), inputs=inputs, force=force, option="--force", kind="report")
    if entity and data is None:
        raise UsageError.of("cli-entity-needs-data")
    if within is not None and data is None:  # a survey's figures (one file or its waves)
        raise UsageError.of("cli-within-needs-data")
    if panel and data is None:  # a survey's entities (one file or its waves)
        raise UsageError.of("cli-panel-needs-data")
    if peers not in (None, Peers.type) and not entity:  # accepted and dropped before (review diff17b)
        raise UsageError.of("cli-peers-need-entity", peers=peers.value)
    from ..render.excel import write_report

    survey = None
    if data is not None:
        from ..analysis.survey import compare_survey
        from ..survey.reader import read_survey

        if len(data) > 1:  # several waves (analysis/waves.py, #16)
            from ..analysis.waves import read_waves, wave_file_names

            with working("progress-read", file=", ".join(wave_file_names(data))):
                order = _survey_options(blank, date, date_order)
                survey = read_waves(data, type=type, sheet=sheet, blank=order["blank"],
                                    date_order=order["date_order"])
            counted = type_of_data(survey, type, lang.value)  # without --type: the files'
            note_wave_warnings(survey, lang.value, sheet=sheet, blank=blank,
                               date_order=date_order, given=base_given(within, panel))
        else:
            with working("progress-read", file=shown_name(data[0])):
                survey = read_survey(data[0], type=type, sheet=sheet,
                                     **_survey_options(blank, date, date_order))
            counted = type_of_data(survey, type, lang.value)  # without --type: the file's
            note_warnings(survey, Path(data[0]), lang.value, sheet=sheet, blank=blank,
                          date=date, date_order=date_order, given=base_given(within, panel))
        note_template_within(survey, within, lang.value)  # another base than the template's
        # the type guessed is counted, not asked: the Selection stays the user's
        figures = compare_survey(survey, counted, vs=vs, platforms=platform, year=year,
                                 within=within, panel=panel)
    elif type:
        from ..analysis.published import compare as compare_

        figures = compare_(type, vs=vs, platforms=platform, year=year, source=source,
                           all_sources=all_sources)
    else:
        from ..analysis.published import select

        figures = select(platforms=platform, year=year, source=source)
    from ..analysis.report import Selection, report_data

    selection = Selection(types=tuple(t for t in (type, *(vs or [])) if t), platforms=tuple(platform or ()),
                          year=year, source=source, data_file=None if data is None else ", ".join(map(str, data)),
                          entity=entity, peers=peers and peers.value)
    r = report_data(figures, survey=survey, entity=entity, peers=peers and peers.value, title=title,
                    selection=selection)
    if r.extra.get("movements_refused") is not None:  # said in the report and here
        from .chrome import NOTES
        from ..messages import text

        NOTES.append(text("report-movements-refused", lang.value,
                          reason=r.extra["movements_refused"].render(lang.value)))
    if r.extra.get("movements_not_read"):  # -p: the waves compared read none: said here too
        from .chrome import NOTES
        from ..render.excel.content import movements_not_read

        NOTES.append(movements_not_read(r.extra["movements_not_read"], lang.value))
    with overwrite_allowed(force):
        with working("progress-report", file=Path(output).name):
            path = write_report(output, r, lang=lang.value, inputs=inputs)
    from ..messages import text

    finished()  # written: an interrupt from now on changes nothing
    say_now(text("report-written", lang.value, path=path))  # after the type guessed, if it was
