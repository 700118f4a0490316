"""The ``barometre`` command line: a thin layer over the Python API.

Heavy modules (pandas, matplotlib, openpyxl) are imported inside the commands
that need them, so that ``barometre --help`` and ``barometre types`` start fast.
Every user error prints one line on stderr and exits non-zero (2 for a wrong
call, 1 for data that says no), without a traceback.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from ..domain.errors import BarometreError, UsageError


class _Group(TyperGroup):
    """Turn barometre's own errors (and OS errors) into one line and an exit code."""

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except BarometreError as exc:
            typer.echo(f"barometre : {exc.message}", err=True)
            for line in exc.details:
                typer.echo(f"  {line}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except OSError as exc:  # disk full, permission denied...
            name = getattr(exc, "filename", None)
            where = f" ({name})" if name else ""
            typer.echo(f"barometre : erreur d'entrée-sortie{where} : {exc.strerror or exc}",
                       err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=_Group,
    name="barometre",
    help="Mesurer et comparer la présence des collectivités territoriales sur les réseaux "
         "sociaux (chiffres publiés, enquêtes, classements, graphiques, rapports Excel).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"barometre {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option(
        "--version", callback=_version, is_eager=True, help="Afficher la version.")] = None,
) -> None:
    """Mesurer et comparer la présence des collectivités territoriales sur les réseaux sociaux."""


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Lang(str, Enum):
    fr = "fr"
    en = "en"


TypeOpt = Annotated[str, typer.Option("--type", "-t", help="Type de collectivité (id ou alias : "
                                      "region, departement, ville_prefecture… ; voir « barometre types »).")]
VsOpt = Annotated[Optional[list[str]], typer.Option(
    "--vs", help="Type(s) à comparer (répétable). Par défaut : les autres types de la même source.")]
PlatformOpt = Annotated[Optional[list[str]], typer.Option(
    "--platform", "-p", help="Réseau(x) à garder (répétable ; voir « barometre platforms »).")]
YearOpt = Annotated[Optional[int], typer.Option(
    "--year", "-y", help="Année d'observation. Par défaut : la dernière année disponible.")]
SourceOpt = Annotated[Optional[str], typer.Option(
    "--source", "-s", help="Id de source, ou partie du nom de l'éditeur (ex. ideose).")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Sortie : table, csv ou json.")]
LangOpt = Annotated[Lang, typer.Option("--lang", help="Langue des libellés : fr ou en.")]
DataOpt = Annotated[Optional[Path], typer.Option(
    "--data", "-d", help="Fichier d'enquête (.xlsx, .csv, .txt) au lieu des chiffres publiés.")]
SheetOpt = Annotated[Optional[str], typer.Option("--sheet", help="Feuille Excel à lire.")]
MaybeTypeOpt = Annotated[Optional[str], typer.Option(
    "--type", "-t", help="Type de collectivité (par défaut : deviné d'après le fichier).")]
PeersOpt = Annotated[str, typer.Option("--peers", help="Groupe de pairs : type, region ou strate.")]
AllSourcesOpt = Annotated[bool, typer.Option(
    "--all-sources", help="Garder côte à côte toutes les sources de l'année.")]


def _emit(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _print_records(df, fmt: Format, columns=None, table_text=None, round_to=None) -> None:
    from ..render.tables import frame_records, to_csv, to_json

    if fmt is Format.table:
        _emit(table_text() if callable(table_text) else df.to_string(index=False))
        return
    records = frame_records(df, columns, round_to=round_to)
    _emit(to_json(records) if fmt is Format.json else to_csv(records, columns or list(df.columns)))


def _check_types(*names: str | None) -> None:
    from ..domain.registry import find_type

    for n in names:
        if n:
            find_type(n)


def _check_platforms(names: list[str] | None) -> None:
    from ..domain.registry import find_platform

    for n in names or []:
        find_platform(n)


_RECORD_ROUND = {"share": 6, "ci_low": 4, "ci_high": 4}


@app.command()
def compare(
    type: TypeOpt,
    vs: VsOpt = None,
    platform: PlatformOpt = None,
    year: YearOpt = None,
    source: SourceOpt = None,
    data: DataOpt = None,
    sheet: SheetOpt = None,
    by: Annotated[Optional[str], typer.Option(
        "--by", help="Avec --data : « strate » découpe les communes par taille.")] = None,
    all_sources: AllSourcesOpt = False,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Comparer l'adoption des réseaux par un type de collectivité avec d'autres types.

    Exemple : barometre compare --type region --year 2015 --source ideose
    """
    _check_types(type, *(vs or []))
    _check_platforms(platform)
    from ..analysis.published import RECORD_COLUMNS, compare as compare_
    from ..render.views import adoption_table

    if data is not None:
        from ..survey.reader import read_survey
        from ..analysis.survey import compare_survey

        result = compare_survey(read_survey(data, type=type, sheet=sheet), type, vs=vs,
                                platforms=platform, year=year, by=by)
    else:
        if by:
            raise UsageError("--by ne s'applique qu'avec --data (données d'enquête)")
        result = compare_(type, vs=vs, platforms=platform, year=year, source=source,
                          all_sources=all_sources)
    cols = RECORD_COLUMNS + [c for c in ("base", "measure", "derived_from_wording")
                             if c in result.columns]
    if "strate" in result.columns:
        cols.insert(1, "strate")
    title = ""
    if data is not None:
        title = _coverage_line(result, lang.value)
    _print_records(result, format, cols,
                   lambda: adoption_table(result, lang.value, title=title), _RECORD_ROUND)


def _coverage_line(result, lang: str) -> str:
    if "n_reference" not in result.columns or result.empty:
        return ""
    from ..render.formats import fmt_int, type_label

    lines = []
    for _, r in result.drop_duplicates("collectivity_type").iterrows():
        if lang == "en":
            lines.append(f"Coverage: {fmt_int(r['n_surveyed'], 'en')} of {fmt_int(r['n_reference'], 'en')} "
                         f"{type_label(r['collectivity_type'], 'en', plural=True)} in the file")
        else:
            lines.append(f"Couverture : {fmt_int(r['n_surveyed'])} sur {fmt_int(r['n_reference'])} "
                         f"{type_label(r['collectivity_type'], plural=True)} dans le fichier")
    return "\n".join(lines)


@app.command()
def trend(
    type: TypeOpt,
    platform: Annotated[str, typer.Option("--platform", "-p", help="Réseau (id ou alias).")],
    source: SourceOpt = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Évolution d'un réseau pour un type de collectivité : chaque année et chaque source.

    Exemple : barometre trend --type region --platform facebook
    """
    _check_types(type)
    _check_platforms([platform])
    from ..analysis.published import RECORD_COLUMNS, trend as trend_
    from ..render.views import adoption_table

    result = trend_(type, platform, source=source)
    cols = RECORD_COLUMNS + ["base", "measure", "derived_from_wording"]
    _print_records(result, format, cols, lambda: adoption_table(result, lang.value), _RECORD_ROUND)


@app.command()
def sources(format: FormatOpt = Format.table) -> None:
    """Lister les sources des chiffres publiés (éditeur, titre, date, adresse)."""
    from ..datasets.published import adoption, sources as sources_
    from ..render.tables import text_table

    df = sources_()
    counts = adoption().groupby("source").size()
    df["n_adoption_figures"] = df["source_id"].map(counts).fillna(0).astype(int)

    def table():
        rows = [[r.source_id, r.publisher, "" if r.year_published is None or str(r.year_published) == "<NA>"
                 else str(r.year_published), str(r.n_adoption_figures), r.url]
                for r in df.itertuples()]
        return text_table(["Id", "Éditeur", "Année", "Taux", "Adresse"], rows, "lllrl")

    _print_records(df, format, None, table)


@app.command()
def types(format: FormatOpt = Format.table, lang: LangOpt = Lang.fr) -> None:
    """Lister les types de collectivité, avec leurs alias."""
    from ..domain.registry import TYPES
    from ..render.tables import text_table

    records = [{"id": t.id, "label": t.label(lang.value), "label_plural": t.label(lang.value, True),
                "aliases": ", ".join(t.aliases), "description": t.description_fr}
               for t in TYPES.values()]
    _emit_plain(records, format, lambda: text_table(
        ["Id", "Libellé", "Alias"], [[r["id"], r["label"], r["aliases"]] for r in records]))


@app.command()
def platforms(format: FormatOpt = Format.table, lang: LangOpt = Lang.fr) -> None:
    """Lister les réseaux sociaux connus, avec leurs alias et leur couleur."""
    from ..domain.registry import PLATFORMS
    from ..render.tables import text_table

    records = [{"id": p.id, "label": p.label(lang.value), "color": p.color,
                "aliases": ", ".join(p.aliases)} for p in PLATFORMS.values()]
    _emit_plain(records, format, lambda: text_table(
        ["Id", "Nom", "Couleur", "Alias"],
        [[r["id"], r["label"], r["color"], r["aliases"]] for r in records]))


@app.command()
def entities(
    type: TypeOpt,
    format: FormatOpt = Format.table,
) -> None:
    """Lister toutes les collectivités d'un type (code, nom, population…).

    Exemple : barometre entities --type departement --format csv
    """
    _check_types(type)
    from ..datasets.reference import ENTITY_COLUMNS, entities as entities_
    from ..render.tables import text_table
    from ..render.formats import fmt_int

    df = entities_(type)

    def table():
        rows = [[r.code, r.name, fmt_int(r.population), r.departement or "", r.region or ""]
                for r in df.itertuples()]
        return text_table(["Code", "Nom", "Population", "Dép.", "Région"], rows, "llrll")

    _print_records(df, format, ENTITY_COLUMNS, table)


@app.command()
def resolve(
    text: Annotated[str, typer.Argument(help="Code, SIREN ou nom (« Saint-Denis (974) »).")],
    type: Annotated[Optional[str], typer.Option("--type", "-t", help="Type attendu.")] = None,
    departement: Annotated[Optional[str], typer.Option(
        "--departement", help="Département qui lève une ambiguïté.")] = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Trouver une collectivité par son code, son SIREN ou son nom.

    Exemple : barometre resolve "Saint-Denis (974)"
    """
    _check_types(type)
    from ..datasets.reference import resolve as resolve_
    from ..render.tables import text_table

    ent = resolve_(text, type=type, departement=departement, lang=lang.value)
    rec = ent.to_dict()
    _emit_plain([rec], format, lambda: text_table(
        ["Code", "Nom", "Type", "Population", "Dép.", "Région", "SIREN"],
        [[rec["code"], rec["name"], rec["collectivity_type"], str(rec["population"] or ""),
          rec["departement"] or "", rec["region"] or "", rec["siren"] or ""]]))


@app.command()
def benchmark(
    entity: Annotated[str, typer.Option("--entity", "-e", help="Code ou nom de la collectivité.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="Fichier d'enquête.")],
    platform: PlatformOpt = None,
    peers: PeersOpt = "type",
    type: MaybeTypeOpt = None,
    sheet: SheetOpt = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Situer une collectivité parmi tous ses pairs : rang, indice, par 1 000 habitants.

    Exemple : barometre benchmark --entity "Loire-Atlantique" --data enquete.xlsx
    """
    _check_types(type)
    _check_platforms(platform)
    from ..survey.reader import read_survey
    from ..analysis.survey import BENCHMARK_COLUMNS, benchmark as benchmark_
    from ..render.views import benchmark_text

    survey = read_survey(data, type=type, sheet=sheet)
    result = benchmark_(survey, entity, platforms=platform, peers=peers)
    _print_records(result, format, BENCHMARK_COLUMNS, lambda: benchmark_text(result, lang.value),
                   {"followers_per_1000": 4, "percentile": 2, "index": 2, "index_per_1000": 2,
                    "competitor_mean": 2, "peer_median": 2, "peer_q1": 2, "peer_q3": 2})


class Metric(str, Enum):
    followers = "followers"
    followers_per_1000 = "followers_per_1000"


@app.command()
def rank(
    platform: Annotated[str, typer.Option("--platform", "-p", help="Réseau.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="Fichier d'enquête.")],
    type: MaybeTypeOpt = None,
    metric: Annotated[Metric, typer.Option("--metric", "-m", help="followers ou followers_per_1000.")] = Metric.followers,
    top: Annotated[Optional[int], typer.Option("--top", "-n", min=1, help="Garder les N premiers.")] = None,
    sheet: SheetOpt = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Classer les collectivités d'une enquête sur un réseau (abonnés ou par 1 000 habitants).

    Exemple : barometre rank --type departement --platform instagram --metric followers_per_1000 --data enquete.xlsx --top 10
    """
    _check_types(type)
    _check_platforms([platform])
    from ..survey.reader import read_survey
    from ..analysis.survey import RANK_COLUMNS, rank as rank_
    from ..render.views import rank_table

    survey = read_survey(data, type=type, sheet=sheet)
    result = rank_(survey, platform, metric=metric.value, top=top, type=type)
    _print_records(result, format, RANK_COLUMNS, lambda: rank_table(result, lang.value),
                   {"value": 4})


OutputOpt = Annotated[Path, typer.Option("--output", "-o", help="Fichier à écrire.")]


class ChartKind(str, Enum):
    adoption = "adoption"
    trend = "trend"
    heatmap = "heatmap"
    benchmark = "benchmark"
    ranking = "ranking"
    scatter = "scatter"


def _size(text: str | None) -> tuple[float, float] | None:
    if not text:
        return None
    import re

    m = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*[x×,]\s*(\d+(?:[.,]\d+)?)\s*", text)
    if not m:
        raise UsageError(f"--size « {text} » illisible : attendu LARGEURxHAUTEUR en pouces, ex. 8x4.5")
    w, h = (float(g.replace(",", ".")) for g in m.groups())
    if not (1 <= w <= 40 and 1 <= h <= 40):
        raise UsageError("--size : largeur et hauteur entre 1 et 40 pouces")
    return w, h


@app.command()
def chart(
    kind: Annotated[ChartKind, typer.Argument(help="adoption, trend, heatmap, benchmark, ranking ou scatter.")],
    output: OutputOpt,
    type: MaybeTypeOpt = None,
    vs: VsOpt = None,
    platform: PlatformOpt = None,
    year: YearOpt = None,
    source: SourceOpt = None,
    data: DataOpt = None,
    entity: Annotated[Optional[str], typer.Option("--entity", "-e", help="Collectivité à mettre en avant.")] = None,
    peers: PeersOpt = "type",
    metric: Annotated[Metric, typer.Option("--metric", "-m", help="Classement : followers ou followers_per_1000.")] = Metric.followers,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Classement : nombre de barres.")] = 10,
    sheet: SheetOpt = None,
    all_sources: AllSourcesOpt = False,
    dpi: Annotated[int, typer.Option("--dpi", min=50, max=1200, help="Résolution PNG.")] = 200,
    size: Annotated[Optional[str], typer.Option("--size", help="Taille en pouces, ex. 8x4.5.")] = None,
    colorblind: Annotated[bool, typer.Option("--colorblind", help="Palette pour daltoniens (Okabe-Ito).")] = False,
    title: Annotated[Optional[str], typer.Option("--title", help="Titre du graphique.")] = None,
    lang: LangOpt = Lang.fr,
) -> None:
    """Dessiner un graphique (PNG, SVG ou PDF selon l'extension de -o).

    Exemples : barometre chart adoption --type region --year 2015 --source ideose -o reports/adoption.png ;
    barometre chart benchmark --entity 44 --data enquete.xlsx -o reports/benchmark.svg
    """
    _check_types(type, *(vs or []))
    _check_platforms(platform)
    from ..render.files import check_output

    check_output(output, (".png", ".svg", ".pdf"), inputs=(data,))
    figsize = _size(size)
    from ..render import charts

    kw = {"lang": lang.value, "title": title}
    if figsize:
        kw["size"] = figsize
    k = kind.value
    survey = None
    if data is not None:
        from ..survey.reader import read_survey

        survey = read_survey(data, type=type, sheet=sheet)
    elif k not in ("adoption", "heatmap", "trend"):
        raise UsageError(f"« chart {k} » demande --data (fichier d'enquête)")
    if k in ("adoption", "heatmap", "trend"):
        if survey is not None:
            from ..analysis.survey import compare_survey

            df = compare_survey(survey, type, vs=vs, platforms=platform, year=year)
        elif not type:
            raise UsageError("--type est requis pour ce graphique")
        elif k == "trend":
            if not platform:
                raise UsageError("--platform est requis pour « chart trend »")
            from ..analysis.published import trend as trend_

            df = trend_(type, platform[0], source=source)
        else:
            from ..analysis.published import compare as compare_

            df = compare_(type, vs=vs, platforms=platform, year=year, source=source,
                          all_sources=all_sources)
        fig = (charts.adoption(df, colorblind=colorblind, **kw) if k == "adoption" else
               charts.heatmap(df, **kw) if k == "heatmap" else charts.trend(df, colorblind=colorblind, **kw))
    elif k == "benchmark":
        if not entity:
            raise UsageError("--entity est requis pour « chart benchmark »")
        fig = charts.benchmark(survey, entity, platforms=platform, peers=peers, **kw)
    elif k == "ranking":
        if not platform:
            raise UsageError("--platform est requis pour « chart ranking »")
        from ..analysis.survey import rank as rank_

        ranks = rank_(survey, platform[0], metric=metric.value, type=type)
        ranks.attrs["collectivity_type"] = survey.attrs["collectivity_type"]
        fig = charts.ranking(ranks, focus=entity, top=top, **kw)
    else:
        if not platform:
            raise UsageError("--platform est requis pour « chart scatter »")
        fig = charts.scatter(survey, platform[0], focus=entity, type=type, **kw)
    path = charts.save(fig, output, dpi=dpi)
    typer.echo(f"Graphique écrit : {path}", err=True)


@app.command()
def template(
    type: TypeOpt,
    output: OutputOpt,
    platform: PlatformOpt = None,
) -> None:
    """Écrire un classeur d'enquête pré-rempli avec toutes les collectivités d'un type.

    Exemple : barometre template --type departement -p facebook -p instagram -o enquete.xlsx
    """
    _check_types(type)
    _check_platforms(platform)
    from ..survey.template import write_template

    path = write_template(output, type, platform)
    typer.echo(f"Modèle écrit : {path}", err=True)


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="Fichier d'enquête (.xlsx, .csv, .txt).")],
    type: MaybeTypeOpt = None,
    sheet: SheetOpt = None,
    format: FormatOpt = Format.table,
) -> None:
    """Vérifier un fichier d'enquête : toutes les erreurs et avertissements, ligne et colonne.

    Code de sortie 0 sans erreur (avertissements permis), 1 sinon.
    """
    _check_types(type)
    from ..survey.reader import validate as validate_

    problems = validate_(file, type=type, sheet=sheet)
    records = [p.to_dict() for p in problems]
    n_err = sum(p.severity == "error" for p in problems)
    if format is Format.table:
        for p in problems:
            typer.echo(p.describe(file.name))
        typer.echo(f"{file.name} : {n_err} erreur(s), {len(problems) - n_err} avertissement(s)",
                   err=True)
    else:
        _emit_plain(records, format, None, columns=["row", "column", "value", "severity", "message"])
    if n_err:
        raise typer.Exit(1)


@app.command()
def report(
    output: OutputOpt,
    type: MaybeTypeOpt = None,
    vs: VsOpt = None,
    platform: PlatformOpt = None,
    year: YearOpt = None,
    source: SourceOpt = None,
    data: DataOpt = None,
    entity: Annotated[Optional[str], typer.Option("--entity", "-e", help="Avec --data : feuille Benchmark de cette collectivité.")] = None,
    peers: PeersOpt = "type",
    sheet: SheetOpt = None,
    all_sources: AllSourcesOpt = False,
    title: Annotated[Optional[str], typer.Option("--title", help="Titre du rapport.")] = None,
    lang: LangOpt = Lang.fr,
) -> None:
    """Écrire un rapport Excel (synthèse, adoption, évolution, classement, sources et méthode).

    Exemples : barometre report --year 2015 --source ideose -o reports/ideose-2015.xlsx ;
    barometre report --data enquete.xlsx --entity 44 -o reports/benchmark-44.xlsx
    """
    _check_types(type, *(vs or []))
    _check_platforms(platform)
    from ..render.files import check_output

    check_output(output, (".xlsx",), inputs=(data,))
    if entity and data is None:
        raise UsageError("--entity demande --data (fichier d'enquête)")
    from ..render.excel import write_report

    survey = None
    if data is not None:
        from ..survey.reader import read_survey
        from ..analysis.survey import compare_survey

        survey = read_survey(data, type=type, sheet=sheet)
        figures = compare_survey(survey, type, vs=vs, platforms=platform, year=year)
    elif type:
        from ..analysis.published import compare as compare_

        figures = compare_(type, vs=vs, platforms=platform, year=year, source=source,
                           all_sources=all_sources)
    else:
        from ..analysis.published import select

        figures = select(platforms=platform, year=year, source=source)
    path = write_report(output, figures, survey=survey, entity=entity, peers=peers,
                        lang=lang.value, title=title, inputs=(data,))
    typer.echo(f"Rapport écrit : {path}", err=True)


def _emit_plain(records: list[dict], fmt: Format, table, columns=None) -> None:
    from ..render.tables import to_csv, to_json

    if fmt is Format.table:
        _emit(table())
    elif fmt is Format.json:
        _emit(to_json(records))
    else:
        _emit(to_csv(records, columns))


def main() -> None:
    """Entry point of the ``barometre`` console script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
