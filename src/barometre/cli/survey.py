"""Commands on survey files: template, validate, benchmark, rank."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..messages import Count, plural_s, text
from . import finished
from .inputs import shown_name
from .progress import working
from .options import (
    BlankOpt,
    DateOpt,
    DateOrderOpt,
    ForceOpt,
    Format,
    FormatOpt,
    Lang,
    LangOpt,
    MaybeTypeOpt,
    Metric,
    OutputOpt,
    Peers,
    PeersOpt,
    PlatformOpt,
    SheetOpt,
    SurveyYearOpt,
    TypeOpt,
    _check_platforms,
    _check_types,
    _emit,
    _emit_plain,
    _print_records,
    _survey_options,
    POPULATION_COLUMNS,
    PROVENANCE_COLUMNS,
    note_warnings,
    population_said,
    provenance,
    type_of_data,
)


def template(
    type: TypeOpt,
    output: OutputOpt,
    platform: PlatformOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.fr,
    within: Annotated[Optional[str], typer.Option(
        "--within", help="Codes de départements (« 22,29 ») : seules les entités du type dans "
        "ces départements (une intercommunalité : celui de la plupart de ses habitants), lus "
        "comme le --within de compare ; le mode d'emploi dit d'analyser le fichier avec le même "
        "--within, la base que compare, trend, changes, chart et report prennent d'eux-mêmes "
        "sur le fichier rempli.")] = None,
) -> None:
    """Écrire un classeur d'enquête pré-rempli avec toutes les collectivités d'un type.

    --lang en écrit le mode d'emploi en anglais ; les en-têtes et les réponses Oui/Non
    restent en français (c'est ce que le lecteur attend).
    Une catégorie d'intercommunalités (--type « communauté d'agglomération »,
    « communauté de communes », « communauté urbaine ») n'en liste que les entités ;
    --within 22,29 ne liste que celles de ces départements.
    Exemple : barometre template --type departement -p facebook -p instagram -o enquete.xlsx
    """
    _check_types(type, kinds=True)
    _check_platforms(platform)
    from ..render.files import check_output
    from ..survey.template import write_template

    check_output(output, (".xlsx",), force=force, option="--force",  # said with --force
                 kind="template")
    with working("progress-template", file=output.name):
        path = write_template(output, type, platform, force=force, lang=lang.value,
                              within=within)
    finished()  # written: an interrupt from now on changes nothing
    typer.echo(text("template-written", lang.value, path=path), err=True)


def _type_guessed(problems, type: str | None, lang: str) -> str:
    """« type deviné : intercommunalités (--type epci), celui de toutes les entités du
    fichier (60) »: the type validate checked the codes against, said as compare says the
    type it guessed; "" when --type gave it, when the file was not read (nor its type
    guessed: an Annuaire export, an unreadable file), or when the reader's own
    ``type-guessed`` warning (codes two types read alike) says it with the other reading."""
    t = getattr(problems, "collectivity_type", None)
    if type or t is None or any(p.code == "type-guessed" for p in problems):
        return ""
    from .options import type_guessed_line

    return type_guessed_line(t, problems.n_entities or 0, lang)


def validate(
    file: Annotated[Path, typer.Argument(
        help="Fichier d'enquête (.xlsx, .xlsm, .csv, .txt, .tsv, .parquet, ou export de "
        "l'Annuaire de l'administration : .json, .zip, .gz).")],
    type: MaybeTypeOpt = None,
    sheet: SheetOpt = None,
    blank: BlankOpt = None,
    date: DateOpt = None,
    date_order: DateOrderOpt = None,
    format: FormatOpt = Format.table,
    timestamp: Annotated[bool, typer.Option(
        "--timestamp",
        help="En CSV et JSON, l'heure de la vérification dans validated_at (UTC, ISO 8601 ; "
        "SOURCE_DATE_EPOCH la fixe). Par défaut vide : le même fichier donne la même "
        "sortie.")] = False,
    lang: LangOpt = Lang.fr,
) -> None:
    """Vérifier un fichier d'enquête : toutes les erreurs et avertissements, ligne et colonne
    (les 1 000 premiers détaillés, les autres comptés par code).

    Un avertissement de plusieurs lignes (cellules vides, date de la vague…) cite les 5
    premières ; en JSON et CSV, ses champs count (le nombre qu'il dit) et rows (toutes ses
    lignes : une liste en JSON, « 12;40;41 » en CSV). Un même problème sur plusieurs lignes
    (le code d'une collectivité sur chaque ligne de réseau d'un fichier long) est dit une
    fois, avec ses lignes ; en JSON et CSV, un par ligne. Les colonnes sont toujours les mêmes :
    row, column, value, severity, message, code, by_code, count, rows (vides sinon), puis
    sur chaque ligne d'où elle vient : file (le fichier, tel que nommé), sheet (la feuille
    lue d'un classeur), sha256 (l'empreinte de ses octets), barometre_version et
    validated_at (vide sans --timestamp). Un fichier sans
    aucun problème ne donne aucune ligne (l'en-tête seul en CSV, [] en JSON), donc pas
    de provenance : son code de sortie 0 dit qu'il est propre.

    Code de sortie : 0 sans erreur (avertissements permis) ; 1 si le fichier a des erreurs ;
    2 s'il ne peut pas être lu du tout (introuvable, illisible, pas une enquête), comme
    pour un appel faux (option inconnue, type inconnu).
    """
    _check_types(type)
    from ..survey.reader import validate as validate_

    from ..render.tables import terminal_safe
    from ..survey.problems import (GROUPED_COLUMNS, PROBLEM_COLUMNS, PROVENANCE_COLUMNS,
                                   rows_cell, same_lines, severity_counts)

    with working("progress-validate", file=shown_name(file)):
        problems = validate_(file, type=type, sheet=sheet, **_survey_options(blank, date, date_order))
    counts = severity_counts(problems)
    n_err = counts["error"]
    guessed = _type_guessed(problems, type, lang.value)
    if format is Format.table:
        name = terminal_safe(_display_name(file))
        for p, rows in same_lines(problems):  # one line for a problem repeated row by row
            _emit(terminal_safe(p.describe(name, lang.value, rows)))  # `>&-`: said, not lost
        typer.echo(text("validate-summary", lang.value, file=name, errors=Count(n_err),
                        e=plural_s(n_err), warnings=Count(counts["warning"]),
                        w=plural_s(counts["warning"])), err=True)
        if guessed:  # the type the codes were checked against, under the counts (stderr's
            typer.echo(terminal_safe(guessed), err=True)  # first line stays the file's)
    else:  # past the cap, the count of each code: a JSON object, a JSON text in CSV; a
        # problem of several rows, its count and every row: a list, "12;40;41" in CSV
        csv = format is Format.csv
        if csv:  # the rows written as text at once, not made a list of ints first
            records = [{**p, "message": p.text(lang.value)} for p in problems]
            for r, p in zip(records, problems):
                if p.rows is not None:
                    r["rows"] = rows_cell(p.rows)
        else:
            records = [p.to_dict(lang.value) for p in problems]
        if csv:
            import json

            records = [{**r, "by_code": json.dumps(r["by_code"])} if r.get("by_code") else r
                       for r in records]
        # the same columns (keys) whatever the file, so that the outputs of two files
        # stack: empty (null) where nothing applies
        columns = PROBLEM_COLUMNS + ["by_code"] + GROUPED_COLUMNS
        # no row, no provenance: a clean file is not read again for its hash
        origin = _provenance(file, problems, timestamp) if records else {}
        records = [{**{c: _shown(r.get(c)) for c in columns}, **origin} for r in records]
        columns = columns + PROVENANCE_COLUMNS
        _emit_plain(records, format, None, columns=columns)
        if guessed:  # on stderr, as compare says it beside its CSV/JSON: the rows alone out
            typer.echo(terminal_safe(guessed), err=True)
    if any(getattr(p, "unreadable", False) for p in problems):  # nothing was checked
        raise typer.Exit(2)
    if n_err:
        raise typer.Exit(1)


def _provenance(path: Path, problems: list, timestamp: bool) -> dict:
    """Where ``validate``'s rows come from (:data:`~barometre.survey.problems.PROVENANCE_COLUMNS`):
    the file as the user named it, the workbook's sheet read, the SHA-256 of its bytes
    (None when it could not be read), barometre's version, and the time of the check only
    when asked (``--timestamp``): without it, the same file gives the same bytes."""
    import datetime as dt
    import hashlib

    from .. import __version__
    from ..render.files import source_date
    from ..survey.grid import display_name

    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        sha = digest.hexdigest()
    except OSError:  # missing, a folder, not readable: said by its one problem
        sha = None
    when = None
    if timestamp:
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        when = source_date(now).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"file": display_name(path, full=True), "sheet": getattr(problems, "sheet", None),
            "sha256": sha, "barometre_version": __version__, "validated_at": when}


def _shown(value):
    """A problem's text field as the plain-text output quotes it: a control character
    named (« 15/10/2025<U+0007> »), never written raw to a terminal or a spreadsheet
    that opens the JSON or CSV."""
    from .._invisible import shown

    return shown(value) if isinstance(value, str) else value


def _display_name(path: Path) -> str:
    """A file name that can be printed whatever bytes it holds (undecodable ones as "?"),
    "." as itself, a stream read through a copy as it was given."""
    from ..survey.grid import display_name

    return display_name(path)


def _undated_on_stderr(result, format: Format, lang: str) -> None:
    """The note « Année non précisée … --date » of a ranking or a benchmark without a year
    (a file without any reading date) on stderr for CSV/JSON, as ``compare`` says it: the
    table says it under itself (render.views.no_year_note)."""
    from ..render.views import no_year_note

    note = no_year_note(result, lang)
    if format is not Format.table and note:
        typer.echo(note, err=True)


def benchmark(
    entity: Annotated[str, typer.Option("--entity", "-e", help="Code ou nom de la collectivité.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="Fichier d'enquête.")],
    platform: PlatformOpt = None,
    peers: PeersOpt = None,
    type: MaybeTypeOpt = None,
    year: SurveyYearOpt = None,
    sheet: SheetOpt = None,
    blank: BlankOpt = None,
    date: DateOpt = None,
    date_order: DateOrderOpt = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Situer une collectivité parmi tous ses pairs : rang, indice, par 1 000 habitants.

    Sur chaque réseau, les relevés de sa dernière année (ou de --year) ; un relevé plus
    ancien est laissé de côté et compté. Les pairs non classés sont dits après le rang, par
    raison, nommés quand ils sont 3 au plus ; CSV/JSON : n_no_answer (sans réponse),
    n_no_account (sans compte), n_account_no_count (compte sans nombre d'abonnés),
    n_no_reading (sans relevé du réseau), puis leurs codes et noms, tous (no_answer_codes… no_answer_names… : séparés par « ; » en
    CSV, des listes en JSON), followers_rounded et followers_typed (nombre abrégé dans le
    fichier, « 184,8k », et sa cellule telle que tapée), rank_best, rank_worst (les rangs
    possibles avec les nombres abrégés), rank_rounded_codes, rank_rounded_names,
    rank_rounded_typed (ces nombres : codes, noms, cellules ; de même rank_per_1000_…),
    source (le fichier lu), fictitious (true : données fictives), population_source (la
    population et son millésime).

    Exemple : barometre benchmark --entity "Loire-Atlantique" --data enquete.xlsx
    """
    _check_types(type)
    _check_platforms(platform)
    from ..analysis.peers import (NOT_RANKED_COLUMNS, ROUNDED_RANK_COLUMNS, ROUNDED_RANK_TYPED,
                                  benchmark as benchmark_)
    from ..domain.schemas import BENCHMARK
    from ..render.views import benchmark_text
    from ..survey.reader import read_survey

    with working("progress-read", file=shown_name(data)):
        survey = read_survey(data, type=type, sheet=sheet, **_survey_options(blank, date, date_order))
    type_of_data(survey, type, lang.value, said=False)  # a file of several types: --type asked
    note_warnings(survey, data, lang.value, sheet=sheet, blank=blank, date=date,
                  date_order=date_order)
    # --year: refusals said of the year, "pas de relevé de 2023 (relevés de 2025)"
    result = benchmark_(survey, entity, platforms=platform, peers=peers and peers.value,
                        year=year)
    # an Annuaire export: the library put its measure, date, attribution and caveat on
    # every row (in French) and its notes in attrs; in English, those words in English
    from ..survey.annuaire import RESULT_COLUMNS, annotate_result

    if lang.value == "en":
        result = annotate_result(result, survey, "en")
    _undated_on_stderr(result, format, lang.value)
    # the file and whether it is fictitious, on every row (the table says it on stderr)
    rows = (result.assign(**provenance(result.attrs), **population_said(result, lang.value))
            if format is not Format.table else result)
    _print_records(rows, format, BENCHMARK.present(result) + PROVENANCE_COLUMNS
                   + POPULATION_COLUMNS + [c for c in RESULT_COLUMNS if c in result.columns],
                   lambda: benchmark_text(result, lang.value),
                   {"followers_per_1000": 4, "percentile": 2, "index": 2, "index_per_1000": 2,
                    "competitor_mean": 2, "peer_median": 2, "peer_q1": 2, "peer_q3": 2},
                   # the codes and names of the peers not ranked, and of the rounded
                   # counts that leave a rank open: lists in JSON
                   lists=tuple(c for _, *cols in NOT_RANKED_COLUMNS.values() for c in cols)
                   + tuple(c for *_, codes, names in ROUNDED_RANK_COLUMNS.values()
                           for c in (codes, names))
                   + ("tied_names", "tied_per_1000_names"),  # those a rank is shared with
                   # their cells as typed: a list beside the codes, one cell each
                   aligned={ROUNDED_RANK_TYPED[m]: cols[2]
                            for m, cols in ROUNDED_RANK_COLUMNS.items()})


def rank(
    platform: Annotated[str, typer.Option("--platform", "-p", help="Réseau.")],
    data: Annotated[Path, typer.Option("--data", "-d", help="Fichier d'enquête.")],
    type: MaybeTypeOpt = None,
    metric: Annotated[Metric, typer.Option("--metric", "-m", help="followers ou followers_per_1000.")] = Metric.followers,
    top: Annotated[Optional[int], typer.Option("--top", "-n", min=1, help="Garder les N premiers.")] = None,
    entity: Annotated[Optional[str], typer.Option(
        "--entity", "-e", help="Collectivité à mettre en avant (▸), gardée sous le --top "
                               "quand elle n'y est pas.")] = None,
    peers: Annotated[Optional[Peers], typer.Option(
        "--peers", help="Classer les pairs de --entity, les groupes de benchmark : type (tous "
                        "ceux du type du fichier, toutes catégories d'intercommunalités), "
                        "region (même région) ou strate (même strate de population) ; par "
                        "défaut le type, et pour une intercommunalité sa catégorie (une CA "
                        "parmi les CA du fichier).")] = None,
    year: SurveyYearOpt = None,
    sheet: SheetOpt = None,
    blank: BlankOpt = None,
    date: DateOpt = None,
    date_order: DateOrderOpt = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Classer les collectivités d'une enquête sur un réseau (abonnés ou par 1 000 habitants).

    Sont classés les relevés de la dernière année du réseau ; un relevé plus ancien est
    laissé de côté et compté sous le tableau, comme un nombre d'abonnés à côté de « Non » ou
    d'une présence vide lue absente (« Non;0 ») : pas de compte, non classé. Un nombre abrégé dans le fichier (« 184,8k »)
    est un arrondi : « ≈ 184 800 ». Un nombre que la lecture met en doute (plus d'abonnés
    que d'habitants, ou 20 fois la médiane du fichier : barometre validate) est classé tel
    que lu et marqué « (à vérifier) ». Un rang partagé se lit « 2 (ex aequo) » ; des ex aequo
    au dernier rang du --top sont tous gardés. Un conseil de deux départements (2A et 2B,
    67 et 68) dont les deux lignes donnent un même nombre d'abonnés est classé une fois,
    comme le conseil (code 20R, 6AE). CSV/JSON : rank, code, name, value, population,
    platform, metric, year, date, tied (true : rang partagé avec une autre collectivité),
    followers_rounded (true : valeur tirée d'un nombre abrégé), followers_typed (ce
    nombre tel que tapé, « 184,8k »), followers_questioned
    (true : nombre mis en doute à la lecture), population_of (territory,
    ou council : 69 a la population du Département du Rhône), puis sur chaque ligne ce que
    dit le pied du tableau : n_ranked (classés), n_no_answer, n_no_account,
    n_account_no_count, n_no_reading (sans relevé du réseau), n_count_without_account, n_set_aside, n_population_zero,
    n_population_unknown, source (le fichier lu), fictitious (true : données fictives),
    population_source (la population et son millésime).

    Exemple : barometre rank --type departement --platform instagram --metric followers_per_1000 --data enquete.xlsx --top 10

    Parmi ses pairs : barometre rank -p facebook --data enquete.xlsx --entity Gironde --peers region
    """
    _check_types(type)
    _check_platforms([platform])
    from ..analysis.peers import RANK_COUNT_COLUMNS, rank as rank_, rank_counts
    from ..domain.schemas import RANKING
    from ..render.views import rank_table
    from ..survey.reader import read_survey

    with working("progress-read", file=shown_name(data)):
        survey = read_survey(data, type=type, sheet=sheet, **_survey_options(blank, date, date_order))
    type_of_data(survey, type, lang.value, said=False)  # a file of several types: --type asked
    note_warnings(survey, data, lang.value, sheet=sheet, blank=blank, date=date,
                  date_order=date_order)
    result = rank_(survey, platform, metric=metric.value, top=top, type=type, entity=entity,
                   peers=peers and peers.value, year=year)
    # the denominator on every row, as the footer says it (« 84 départements classés (7 sans
    # réponse, …) »): a script reads it without the table; and the file and whether it is
    # fictitious (said on stderr beside the table), which a saved output would lose
    rows = (result.assign(**rank_counts(result), **provenance(result.attrs),
                          **population_said(result, lang.value))
            if format is not Format.table else result)
    _undated_on_stderr(result, format, lang.value)
    _print_records(rows, format, RANKING.present(result) + list(RANK_COUNT_COLUMNS)
                   + PROVENANCE_COLUMNS + POPULATION_COLUMNS,
                   lambda: rank_table(result, lang.value), {"value": 4})
