"""Options shared by several commands, and the helpers that print results."""

from __future__ import annotations

import errno
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Callable, Optional

import typer


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Lang(str, Enum):
    fr = "fr"
    en = "en"


TypeOpt = Annotated[str, typer.Option("--type", "-t", help="Type de collectivité (id ou alias : "
                                      "region, departement, ville_prefecture… ; voir « barometre types »).")]


#: ``--type`` of a command that reads published figures or, with --data, a survey file:
#: required without --data; with it, the file's type when its reading leaves no doubt
#: (:func:`type_of_data`)
DataTypeOpt = Annotated[Optional[str], typer.Option(
    "--type", "-t", help="Type de collectivité (id ou alias : region, departement, "
    "ville_prefecture… ; voir « barometre types ») ; obligatoire sans --data ; avec --data, "
    "par défaut celui de toutes les entités lues (dit sur la sortie d'erreur).")]


def need_type(type: str | None) -> None:
    """Without --data, --type is required: Click's own error, as when the option was
    declared required (« option obligatoire manquante : --type / -t », then the help's
    command, exit 2)."""
    if type:
        return
    import importlib

    from .chrome import click  # (Typer's own copy, or click)

    ctx = importlib.import_module(f"{click.__name__}.globals").get_current_context()
    param = next(p for p in ctx.command.params if p.name == "type")
    raise click.exceptions.MissingParameter(ctx=ctx, param=param)


def type_of_data(survey, type: str | None, lang: str, said: bool = True) -> str:
    """The type a --data command counts: ``type`` when given; else the type of the file's
    entities, as its reading guessed it (``validate``'s guess), when that guess is certain:
    said on stderr once the command succeeded, before any other line (« type deviné :
    départements (--type departement), celui de toutes les entités du fichier (101) »):
    every figure and note after it is of that type.

    Not certain, the call is refused as without --data (« option obligatoire manquante :
    --type / -t »), with why: the file mixes types (an Annuaire export of communes,
    départements and régions), or its codes read as well as another type's (région codes
    without names are département codes too: the reader's ``type-guessed``, said here as
    the two readings, not as a guess made).
    ``survey``: the frame of ``read_survey`` or ``read_waves``, or coded readings.
    ``said`` False: the refusal of a file of several types alone, no line (``rank``,
    ``benchmark``, ``changes``, whose output names the entities' type itself, and which
    read codes of two types as the reader's tie-break says, its warning given); a mixed
    Annuaire export failed there on an entity read twice, « deux enquêtes mises bout à
    bout (pd.concat) ? ».
    """
    if type:
        return type
    from ..domain.errors import UsageError
    from ..domain.registry import TYPES, types_words
    from ..messages import Count, Msg, Words, text
    from .chrome import LEAD

    tie = next((p for p in survey.attrs.get("problems") or [] if p["code"] == "type-guessed"),
               None)
    if tie is not None and said:  # the two types, how many codes, the fix
        raise UsageError.of("cli-type-needed", why=_tie_said(tie))
    columns = getattr(survey, "columns", ())
    if "collectivity_type" in columns:  # a frame: each row its entity's type
        from ..analysis.survey import types_of

        types = types_of(survey)  # in the registry's order
    else:  # coded readings: one type
        types = [survey.collectivity_type]
    if len(types) != 1:  # an Annuaire export of several types: which one is asked
        raise UsageError.of("cli-type-needed", why=Msg("cli-type-mixed",
                                                        types=types_words(types)))
    t = types[0]
    if not said:
        return t
    # its entities, counted only to be said: each file's, when several were read (the
    # entities of two waves together are no file's count: 18 where 2024's held 17)
    files = (survey.groupby("file", sort=False)["code"].nunique()
             if "file" in columns and "code" in columns else None)
    if files is not None and len(files) > 1:
        counts = [Msg("cli-type-guessed-file", file=f, n=Count(int(n))) for f, n in files.items()]
        LEAD.append(text("cli-type-guessed-files", lang, types=TYPES[t].plural_words(), id=t,
                         counts=Words(" ; ".join(m.render("fr") for m in counts),
                                      "; ".join(m.render("en") for m in counts))))
        return t
    n = int(survey["code"].nunique()) if "code" in columns else len(survey.codes)
    LEAD.append(type_guessed_line(t, n, lang))
    return t


def type_guessed_line(t: str, n: int, lang: str) -> str:
    """« type deviné : départements (--type departement), celui de toutes les entités du
    fichier (101) »: the type a command guessed from one file's ``n`` entities (compare,
    trend, validate…)."""
    from ..domain.registry import TYPES
    from ..messages import Count, text

    return text("cli-type-guessed", lang, types=TYPES[t].plural_words(), id=t, n=Count(n))


def _tie_said(tie):
    """The reader's ``type-guessed`` warning (codes that two types read alike) as the
    reason --type is needed: both readings side by side, in the words of neither a guess
    nor a choice (« 3 codes lisibles aussi bien comme codes de départements que de
    régions : précisez --type departement… »); a problem read back without its message's
    parameters (a plain dict) keeps its sentence."""
    from ..messages import Msg, of_words

    msg = getattr(tie, "msg", None)
    if msg is None:
        return tie["message"]
    p = msg.params  # the reader's (survey.entities._type_guessed): the two types' words
    return Msg("cli-type-tie-named" if "names" in p else "cli-type-tie",
               of_chosen=of_words(p["chosen"]), **p)


VsOpt = Annotated[Optional[list[str]], typer.Option(
    "--vs", help="Type(s) à comparer (répétable). Par défaut : les autres types de la même source.")]


PlatformOpt = Annotated[Optional[list[str]], typer.Option(
    "--platform", "-p", help="Réseau(x) à garder (répétable ; voir « barometre platforms »).")]


YearOpt = Annotated[Optional[int], typer.Option(
    "--year", "-y", help="Année d'observation. Par défaut : la dernière année disponible.")]


SurveyYearOpt = Annotated[Optional[int], typer.Option(
    "--year", "-y", help="Année des relevés comparés. Par défaut : la dernière de chaque réseau.")]


SourceOpt = Annotated[Optional[str], typer.Option(
    "--source", "-s", help="Chiffres publiés : id de source, ou partie du nom de l'éditeur (ex. "
                        "ideose) ; pas avec --data.")]


FormatOpt = Annotated[Format, typer.Option(
    "--format", "-f", help="Sortie : table, csv (standard, pour les programmes : « , » entre les "
    "cellules, point décimal ; pour Excel, voir docs/commands.md (Output formats) ou « barometre "
    "report ») ou json.")]


def _lang_or_env(ctx: typer.Context, param: typer.CallbackParam, value: Lang) -> str:
    """``--lang`` not given: the ``--lang`` given before the command (``barometre --lang en
    compare …``), else ``$BAROMETRE_LANG``, read as the library reads it
    (:func:`barometre.messages.default_lang`: « en » in any case, else French), so that
    a value the variable may hold for other programs never refuses the command."""
    from .chrome import click

    if ctx.get_parameter_source(param.name) is click.core.ParameterSource.DEFAULT:
        before = ctx.find_root().params.get("lang") if ctx.parent is not None else None
        if before is not None:
            return getattr(before, "value", before)
        from ..messages import default_lang

        return default_lang()
    return value.value  # the command's own conversion reads the plain value


LangOpt = Annotated[Lang, typer.Option(
    "--lang", case_sensitive=False, callback=_lang_or_env, show_default=False,
    help="Langue des libellés, des tableaux et des messages : fr ou en (EN, Fr… acceptés). "
         "Par défaut : la variable d'environnement BAROMETRE_LANG (« en » : anglais), "
         "sinon fr ; --lang l'emporte sur elle.")]


DataOpt = Annotated[Optional[Path], typer.Option(
    "--data", "-d", help="Fichier d'enquête (.xlsx, .xlsm, .csv, .txt, .tsv, .parquet, ou export "
    "de l'Annuaire de l'administration : .json, .zip, .gz) au lieu des chiffres publiés.")]


SheetOpt = Annotated[Optional[str], typer.Option(
    "--sheet", help="Feuille Excel à lire. Par défaut : la feuille visible qui ressemble à une "
    "enquête, l'active d'abord ; deux feuilles semblables (onglets « 2025 » et « 2024 ») sont une "
    "erreur qui demande --sheet, une enquête répartie sur plusieurs feuilles est refusée "
    "(réunissez ses lignes dans une feuille), et --sheet sur l'une de ses parties ne lit que "
    "celle-ci, avec un avertissement ; un classeur d'une enquête par type (une feuille "
    "d'intercommunalités, une de communes) se lit une feuille à la fois. Avec plusieurs --data, "
    "s'applique à chaque classeur lu. Refusée pour un fichier sans feuilles (CSV, Parquet).")]

WithinOpt = Annotated[Optional[str], typer.Option(
    "--within", help="Avec --data : codes de départements (« 01,44 ») ; la base devient les "
    "entités du type dans ces départements (une intercommunalité : celui de la plupart de ses "
    "habitants), pas celles de France : un fichier qui les tient toutes en est le recensement "
    "(parts exactes), une partie, un échantillon d'elles (intervalle sur leur nombre). Une "
    "entité du fichier hors de ces départements est une erreur. Sur plusieurs vagues (trend, "
    "changes, report, chart trend et changes), c'est la base de chaque vague. Sans --within "
    "ni --panel, un modèle rempli (barometre template --within) a pour base les départements "
    "de son mode d'emploi, dit à la lecture. Voir aussi --panel.")]

PanelOpt = Annotated[bool, typer.Option(
    "--panel", help="Avec --data : le fichier est un panel choisi à la main (des pairs, un "
    "réseau) ; la base devient ses propres entités (« les 14 communautés d'agglomération du "
    "panel »), jamais celles du type en France : toutes ayant répondu, il en est le "
    "recensement (parts exactes, pas d'intervalle) ; des réponses vides en font un "
    "échantillon du panel (intervalle sur son nombre). Sans --panel ni --within, le fichier "
    "se lit comme un tirage au hasard parmi les entités du type en France (un modèle rempli "
    "de quelques départements : parmi celles de ces départements). Sur plusieurs "
    "vagues (trend, report et toutes ses feuilles, Mouvements compris, chart trend ; compare "
    "d'un fichier long de plusieurs vagues), le panel "
    "est les entités présentes à chaque vague (les mêmes suivies dans le temps ; présente : "
    "une réponse, un compte ou un nombre d'abonnés, une ligne vide d'un modèle non rempli n'y "
    "compte pas) ; pour changes "
    "et chart changes, celles des deux vagues comparées ; les autres, hors panel, sont dites une fois. Requis pour des régions relevées avant le 1er janvier 2016 (la carte "
    "de 27 régions : les 18 d'aujourd'hui ne sont pas leur base). Pas avec --within.")]


class Blank(str, Enum):
    absent = "absent"
    unknown = "unknown"
    inconnu = "inconnu"


BlankOpt = Annotated[Optional[Blank], typer.Option(
    "--blank", help="Cellules de présence vides : absent (comptées comme absence) ou unknown / "
    "inconnu (hors base). Par défaut, pour chaque réseau à chaque vague : absence quand ses "
    "réponses ne contiennent aucun « Non » (ni « ? », « NR »…), non renseigné quand elles en "
    "contiennent ou qu'il n'y en a aucune ; dans le modèle de barometre, le premier cas est une "
    "erreur sans --blank ; « NR », « ? » restent non renseignés. Un réseau sans aucune réponse "
    "à une vague n'est pas relevé, même avec --blank absent.")]


DateOpt = Annotated[Optional[str], typer.Option(
    "--date", help="Date du relevé (de la vague) pour les lignes sans date, ex. 15/10/2025. "
    "Par défaut : la date la plus fréquente des relevés de son réseau (du fichier si ce "
    "réseau n'en a aucune).")]


class DateOrder(str, Enum):
    dmy = "dmy"
    mdy = "mdy"


DateOrderOpt = Annotated[Optional[DateOrder], typer.Option(
    "--date-order", help="Ordre des dates comme 3/5/2024 : dmy (jour d'abord, 3 mai) ou mdy "
    "(mois d'abord, 5 mars : export américain) ; une date qui ne se lit pas ainsi est une "
    "erreur. Par défaut : chaque colonne de dates décide d'après ses cellules, et le dit quand "
    "elle lit mois d'abord ou dans le doute.")]


ForceOpt = Annotated[bool, typer.Option(
    "--force", help="Écraser le fichier de sortie même s'il n'a pas été écrit par barometre "
                    "ou s'il est en lecture seule.")]


def _survey_options(blank, date, date_order=None) -> dict:
    """Keyword arguments of read_survey/validate for --blank, --date and --date-order."""
    return {"blank": blank.value if blank is not None else None, "date": date,
            "date_order": date_order.value if date_order is not None else None}


MaybeTypeOpt = Annotated[Optional[str], typer.Option(
    "--type", "-t", help="Type de collectivité (par défaut : deviné d'après le fichier).")]


class Peers(str, Enum):
    type = "type"
    region = "region"
    strate = "strate"


class By(str, Enum):
    strate = "strate"
    category = "category"


PeersOpt = Annotated[Optional[Peers], typer.Option(
    "--peers", help="Groupe de pairs : type (tous ceux du type du fichier, toutes catégories "
                    "d'intercommunalités), region (même région) ou strate (même strate de "
                    "population ; refusé pour un type qu'une strate contient presque entier : "
                    "régions, départements, métropoles, grandes villes). Par défaut : le type, "
                    "et pour une intercommunalité sa catégorie (une CA parmi les CA du "
                    "fichier). Refusé s'il laisse moins de 3 collectivités, elle comprise.")]


AllSourcesOpt = Annotated[bool, typer.Option(
    "--all-sources", help="Chiffres publiés : garder côte à côte toutes les sources de "
                             "l'année ; pas avec --data.")]


#: The name an error of the standard output carries (``OSError.filename``): the CLI then
#: says « erreur d'entrée-sortie (sortie standard) : … » once, status 1
STDOUT = "<stdout>"


def _emit(text: str, utf8: bool = False) -> None:
    """Write ``text`` and a line end on the standard output; ``utf8`` (CSV, JSON): in UTF-8
    whatever the locale's encoding (:mod:`barometre.cli.streams`). One it cannot take (a
    full disk, closed by the caller: ``barometre … >&-``) raises ``OSError`` named
    :data:`STDOUT`, as ``ls`` says « write error: Bad file descriptor », never an empty
    success."""
    from .chrome import LEAD, say_now

    if LEAD:  # the type guessed, before the output: first in a terminal too, not under it
        say_now()
    try:
        if sys.stdout is None:  # closed by the caller: Python has no stream for it
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        from contextlib import nullcontext

        from .streams import utf8_output

        with utf8_output(sys.stdout) if utf8 else nullcontext():
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
    except BrokenPipeError:  # the reader left: reader_gone, quietly
        raise
    except OSError as exc:
        if exc.filename is None:
            exc.filename = STDOUT
        raise


def _print_records(df, fmt: Format, columns=None, table_text=None, round_to=None,
                   lists: tuple[str, ...] = (), aligned: dict[str, str] | None = None
                   ) -> None:
    """Print a result (a DataFrame or :class:`~barometre.analysis.records.Records`) as the
    table ``table_text()`` gives, CSV or JSON; in JSON, the ``lists`` columns ("a;b" in a
    cell) are lists, and each ``aligned`` column a list as long as the ``lists`` column it
    names, an empty field null ("112 k;" beside "33;38": ["112 k", null]). ``flags`` is
    always one of the ``lists``: every command's JSON gives a record's flags as a list
    (``["non_random_sample"]``, ``[]`` unflagged), its CSV one cell "a;b"."""
    from ..analysis.records import Records
    from ..render.tables import frame_records, plain_records, terminal_safe, to_csv, to_json

    if fmt is Format.table:  # cells from users' files may hold escape sequences
        _emit(terminal_safe(table_text() if callable(table_text) else df.to_string(index=False)))
        return
    rows_of = plain_records if isinstance(df, Records) else frame_records
    records = rows_of(df, columns, round_to=round_to)
    if fmt is not Format.json:
        _emit(to_csv(records, columns or list(df.columns)), utf8=True)
        return
    lists = (*lists, *(() if "flags" in lists else ("flags",)))
    for r in records:
        for k in lists:
            if k in r:
                r[k] = [f for f in (r[k] or "").split(";") if f]
        for k, beside in (aligned or {}).items():
            if k in r and isinstance(r.get(beside), list):
                n = len(r[beside])  # "" is one unknown cell of one count, or none of none
                r[k] = ([f or None for f in (r[k] or "").split(";")] + [None] * n)[:n]
    _emit(to_json(records), utf8=True)


def under_table(format: Format, table: Callable[[], str], notes) -> Callable[[], str]:
    """``table`` (a function giving the table's text) with ``notes`` under it: the notes
    that explain the table's cells (why a share is marked « † », what the Annuaire's
    measure is, why « au moins un réseau » is not shown). In table mode they are the
    table's footnotes, printed with it on the standard output, as ``compare`` prints its
    own; beside CSV or JSON they are said on stderr after the output (:data:`NOTES
    <barometre.cli.chrome.NOTES>`), the machine output kept to its rows, as sqlite-utils
    keeps it. Warnings and diagnostics of the reading stay on stderr in every format."""
    from .chrome import NOTES

    notes = [n for n in notes if n]
    if format is not Format.table:
        NOTES.extend(notes)
        return table
    if not notes:
        return table
    return lambda: "\n".join([table(), *notes])


def _check_types(*names: str | None, kinds: bool = False) -> None:
    """Refuse an unknown type; ``kinds``: a category of intercommunalités (« communauté
    d'agglomération ») passes too (the commands that list entities select it)."""
    from ..domain.registry import find_type, type_kind

    for n in names:
        if n and not (kinds and type_kind(n)):
            find_type(n)


def _check_no_source(data, source: str | None, all_sources: bool = False) -> None:
    """``--source`` and ``--all-sources`` choose published figures: with ``--data`` they
    would be ignored (an unknown source id passed), so the call is refused, as ``trend``
    refuses it."""
    from ..domain.errors import UsageError

    if data is None or data == []:
        return
    if source is not None:
        raise UsageError.of("waves-no-source")
    if all_sources:
        raise UsageError.of("cli-all-sources-no-data")


def _check_platforms(names: list[str] | None) -> None:
    from ..domain.registry import find_platform

    for n in names or []:
        find_platform(n)


_RECORD_ROUND = {"share": 6, "ci_low": 4, "ci_high": 4, "estimate": 6, "estimate_low": 4,
                 "estimate_high": 4, "coverage": 4}


class Metric(str, Enum):
    followers = "followers"
    followers_per_1000 = "followers_per_1000"


OutputOpt = Annotated[Path, typer.Option("--output", "-o", help="Fichier à écrire.")]


def _emit_plain(records: list[dict], fmt: Format, table, columns=None) -> None:
    from ..render.tables import terminal_safe, to_csv, to_json

    if fmt is Format.table:
        _emit(terminal_safe(table()))
    elif fmt is Format.json:
        _emit(to_json(records), utf8=True)
    else:
        _emit(to_csv(records, columns), utf8=True)


def warnings_line(survey, path: Path, lang: str, given: str | None = None, **reading) -> str:
    """How many warnings the reading gave: each is an interpretation that changes what is
    counted (blank cells counted one way, dates read month first, counts read from "1,2k"),
    so ``compare`` says there are some and ``validate`` lists them. ``reading``: the
    options the file was read with (``sheet``, ``blank``, ``date``, ``date_order``), for the
    command that lists them (:func:`validate_command`). The sheet read among several that look like a
    survey (``sheet-chosen``), the sheet ``--sheet`` named when it is one part of a survey
    split over sheets (``sheet-part-read``), a type guessed between two that read the
    codes alike (``type-guessed``: région codes without names read as départements) and
    the départements of a template's scope (``template-scope``, ``-exceeded``) are said in
    the line itself: the figures are that sheet's, that type's, on that base. ``given``:
    the base the user gave (:func:`base_given`, « --panel »), which the template's scope
    then says it follows (``template-scope-given``), never « sans --within ni --panel »."""
    from ..survey.problems import severity_counts

    problems = survey.attrs.get("problems") or []
    # past the cap, the warnings are summarised ("… et 500 autres avertissements"): counted
    return _warnings_said(severity_counts(problems)["warning"], path, lang,
                          sheet_said=_sheet_said(problems, lang, given=given), **reading)


def base_given(within: str | None, panel: bool) -> str | None:
    """The base option the user gave, as the command line says it (« --panel », « --within
    29 »), None without one: what the template's scope line then names."""
    return "--panel" if panel else f"--within {within}" if within else None


#: The warnings said in the reading's line itself, not only counted (:func:`warnings_line`)
_SAID_IN_LINE = ("sheet-chosen", "sheet-part-read", "type-guessed", "template-scope",
                 "template-scope-exceeded", "template-scope-part", "template-scope-unused")


def _sheet_said(problems, lang: str, file: str | None = None, given: str | None = None
                ) -> str:
    """The warnings of a reading said in its line (:data:`_SAID_IN_LINE`: the sheet read,
    the type guessed, a template's scope), of ``file`` among several, in ``lang``, joined
    by " ; "; "" when it gave none of them. A :class:`~barometre.survey.problems.Problem`
    says itself in either language, a plain record (a dict) gives its ``message`` as it is.
    ``given``: the base option given (« --panel »): a template's scope (``template-scope``,
    ``-unused``) is then said as the base given instead (``template-scope-given``)."""
    said = [_scope_given(p, lang, given) if given and p["code"] in _SCOPE_CODES
            else p.text(lang) if hasattr(p, "text") else p["message"]
            for code in _SAID_IN_LINE for p in problems
            if p["code"] == code and (file is None or p.get("file") in (None, file))]
    return " ; ".join(said)


#: The template scope's warnings that say the scope is (or is not) the base: with a base
#: given (--panel, --within), said as that base instead (:func:`_scope_given`)
_SCOPE_CODES = ("template-scope", "template-scope-unused", "template-scope-part")


def _scope_given(p, lang: str, given: str) -> str:
    """A ``template-scope`` warning under a base the user gave: « périmètre lu dans le mode
    d'emploi du modèle : département 29 ; base de l'analyse donnée par --panel »."""
    from ..messages import Msg

    params = getattr(getattr(p, "msg", None), "params", None)
    if not params:  # a record read back without its message: as it is
        return p.text(lang) if hasattr(p, "text") else p["message"]
    if p["code"] == "template-scope-part":  # filled for some rows: they stay out of it
        return Msg("template-scope-part-given", **{**params, "given": given}).render(lang)
    return Msg("template-scope-given", deps=params["deps"], s=params["s"],
               given=given).render(lang)


def validate_command(path: Path, lang: str, sheet: str | None = None, blank=None,
                     date: str | None = None, date_order=None) -> str:
    """The arguments of the ``validate`` that lists the warnings of a file read with these
    options (:func:`barometre.survey.grid.validate_args`, which the reader's error hint uses
    too), in ``lang``: ``enquete.xlsx --sheet 'Vague 2' --lang en``."""
    from ..survey.grid import validate_args

    return validate_args(path, sheet, getattr(blank, "value", blank), date,
                         getattr(date_order, "value", date_order)).render(lang)


def _warnings_said(n: int, path: Path, lang: str, sheet_said: str = "", **reading) -> str:
    """ "Lecture : 2 avertissements (détail : « barometre validate F »)", "" for none;
    "Lecture : feuille « 2024 » lue (…) ; 1 avertissement (…)" with ``sheet_said``."""
    from ..messages import Count, text

    if not n:
        return ""
    return text("compare-warnings-sheet" if sheet_said else "compare-warnings", lang,
                n=Count(n), s="" if n == 1 else "s", sheet=sheet_said,
                args=validate_command(path, lang, **reading))


def note_warnings(survey, path: Path, lang: str, given: str | None = None, **reading) -> None:
    """:func:`warnings_line` said on stderr after the command's output, if it succeeds (a
    user error stays one line; stdout stays clean)."""
    from .chrome import NOTES

    line = warnings_line(survey, path, lang, given=given, **reading)
    for said in (line, fictitious_line(survey, lang)):
        if said:
            NOTES.append(said)


def note_template_within(survey, within: str | None, lang: str) -> None:
    """``--within`` given beside a template of other départements (the reader's
    ``attrs["template_within"]``): said on stderr after the output (``template-scope-other``),
    the base being the user's; nothing when they name the same départements, or a
    ``--within`` the analysis refuses (its own error says it)."""
    scope = survey.attrs.get("template_within") if survey is not None else None
    if within is None or not scope:
        return
    from ..analysis.survey import within_codes
    from ..domain.errors import UsageError
    from ..messages import text
    from .chrome import NOTES

    try:
        deps = within_codes(within, "departement")[0]
    except UsageError:
        return
    if set(deps) != set(scope):
        NOTES.append(text("template-scope-other", lang, given=within,
                          deps=", ".join(scope), s="" if len(scope) == 1 else "s"))


def fictitious_line(survey, lang: str) -> str:
    """ "Données fictives : …" for a survey (or waves) of fictitious data (the reader's
    ``attrs["fictitious"]``), "" otherwise: said beside the reading's warnings line, in
    every format, as the charts' captions and the report say it."""
    from ..messages import text

    return text("cli-fictitious", lang) if survey.attrs.get("fictitious") else ""


#: Where the rows of a survey's figures come from, on every row of their CSV/JSON: the file
#: name (``source``, as compare and trend --data name it) and whether its data are
#: fictitious (the reader's marker): a saved output keeps what stderr said (#rvdata20)
PROVENANCE_COLUMNS = ["source", "fictitious"]


def provenance(attrs: dict) -> dict:
    """:data:`PROVENANCE_COLUMNS` of a result's ``attrs``: its ``source`` (a ranking's, a
    benchmark's), else the names of the files of the waves compared (``changes``)."""
    source = attrs.get("source") or ", ".join(dict.fromkeys(
        str(f) for fs in (attrs.get("files") or {}).values() for f in fs))
    return {"source": source or None, "fictitious": bool(attrs.get("fictitious", False))}


#: Where the population behind a ranking's or a benchmark's figures per 1,000 inhabitants
#: comes from, with its year, on every row of their CSV/JSON (the table's footer says it):
#: a per-1,000 figure exported without its population's vintage cannot be checked
POPULATION_COLUMNS = ["population_source"]


def population_said(result, lang: str) -> dict:
    """:data:`POPULATION_COLUMNS` of a ranking or a benchmark: the source of its
    ``population`` column in ``lang`` (:func:`~barometre.render.formats.population_source`,
    of its collectivity type and entities)."""
    from ..render.formats import population_source

    t = result.attrs.get("collectivity_type")
    if t is None and "collectivity_type" in result.columns and len(result):
        t = result["collectivity_type"].iloc[0]
    codes = result["code"].tolist() if "code" in result.columns else None
    return {"population_source": population_source([t] if t else [], lang, codes)
            if t else None}


def note_wave_warnings(waves, lang: str, given: str | None = None, **reading) -> None:
    """:func:`note_warnings` for the files of :func:`~barometre.analysis.waves.read_waves`,
    a line per file that gave warnings (each file is validated on its own), and a line per
    wave read from several files (``attrs["joined"]``: one campaign, the files pooled), and
    the template scope the waves take or leave (``attrs["scope_notes"]``), unless the user
    gave the base (``given``, :func:`base_given`: « --panel »), which no template scope
    then sets (each file's line says its scope and the base given)."""
    from .chrome import NOTES

    problems = waves.attrs.get("problems") or []
    for path, n in (waves.attrs.get("file_warnings") or {}).items():
        if n:
            NOTES.append(_warnings_said(n, Path(path), lang,
                                        sheet_said=_sheet_said(problems, lang, path, given),
                                        **reading))
    for said in waves.attrs.get("joined") or []:  # one campaign in several files: said
        NOTES.append("⚠ " + said.render(lang))
    for said in (waves.attrs.get("scope_notes") or []) if not given else []:
        NOTES.append("⚠ " + said.render(lang))  # one file's template scope, or none
    fictitious = fictitious_line(waves, lang)
    if fictitious:
        NOTES.append(fictitious)
