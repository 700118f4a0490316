"""Survey template: a workbook pre-filled with every entity of a type, ready to fill in.

Filled in by hand, it reads back with :func:`barometre.read_survey` without any change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from ..domain.registry import find_platform, find_type, type_kind
from ..domain.keywords import lang_checked, numbered
from ..messages import text
from ..render.files import check_output, save_workbook
from ..render.typography import typeset

__all__ = ["write_template", "DEFAULT_PLATFORMS", "template_headers"]

DEFAULT_PLATFORMS = ["facebook", "x", "instagram", "linkedin", "youtube", "tiktok"]
_FIELDS = [("présence", 11), ("compte", 30), ("abonnés", 11), ("date du relevé", 14)]
_CODE_HEADER = {"region": "Code région", "departement": "Code département", "epci": "SIREN",
                "metropole": "SIREN"}
_NAME_HEADER = {"region": "Région", "departement": "Département", "epci": "Intercommunalité",
                "metropole": "Métropole", "ville_prefecture": "Ville préfecture",
                "grande_ville": "Grande ville", "ville_moyenne": "Ville moyenne",
                "petite_ville": "Petite ville", "commune": "Commune"}


def _context_header(type_id: str) -> str:
    # the régions' chef-lieu is said for information: a header the reader ignores, since a
    # "Chef-lieu (code)" column names the villes préfectures of a survey of them
    return {"departement": "Région (code)", "region": "Chef-lieu (pour information)"}.get(
        type_id, "Département (code)")


def template_headers(type_id: str, platforms: list[str]) -> list[str]:
    """Headers of the survey sheet for a type and platforms."""
    from ..render.formats import platform_label

    heads = [_CODE_HEADER.get(type_id, "Code INSEE"), _NAME_HEADER[type_id],
             _context_header(type_id), "Population"]
    for p in platforms:
        label = platform_label(p)
        heads += [f"{label} - {f}" for f, _ in _FIELDS]
    return heads


@numbered
@lang_checked
def write_template(output: str | Path, type: str,
                   platforms: str | Iterable[str] | None = None, force: bool = False,
                   prefill: Mapping[str, Mapping[str, str]] | None = None,
                   notes: Iterable[str] = (), lang: str = "fr",
                   within: str | Iterable[str] | None = None) -> Path:
    """Write a survey workbook pre-filled with every entity of ``type`` (of some
    départements: ``within``).

    Parameters
    ----------
    output : str or Path
        ``.xlsx`` file to write (atomically; parent folders are created).
    type : str
        Collectivity type (``departement``, ``region``, ``commune``...), or a category of
        intercommunalités by its name (« communauté d'agglomération »: its entities alone).
    platforms : list of str, optional
        Platforms to survey. Default: Facebook, X, Instagram, LinkedIn,
        YouTube, TikTok.
    force : bool, default False
        Overwrite ``output`` even when barometre did not write it, when it is read-only,
        or when it holds
        survey answers (a filled survey, the demo survey, a template pre-filled from the
        annuaire: :func:`~barometre.render.files.holds_answers`). Without it, such a file
        is never touched; an empty template barometre wrote is regenerated.
    prefill : mapping, optional
        Known accounts: entity code -> platform id -> account (URL or @handle).
        Those cells get the account and presence "Oui"; the others stay blank.
    notes : list of str, optional
        Lines added to the "Mode d'emploi" sheet (where the pre-fill comes from).
    lang : {"fr", "en"}, default "fr"
        Language of the instructions sheet. The survey sheet's headers and the
        "Oui"/"Non" answers stay French: they are what the reader expects.
    within : str or list of str, optional
        Départements' INSEE codes (``"22,29"`` or ``["22", "29"]``), read as
        :func:`barometre.adoption` reads its ``within``
        (:func:`~barometre.analysis.survey.within_codes`): only the entities of ``type``
        in them (an intercommunalité: in the département of most of its inhabitants; a
        département: itself). The "Mode d'emploi" then says to analyse the file with the
        same ``--within``, whose base is those entities, not France's; its parameters' line
        (« départements=22,29 », and « catégorie=CA » for a category's template) makes that
        base the default of the filled file's analysis (the reader's
        ``attrs["template_within"]``).

    Raises
    ------
    UsageError
        ``within`` names no département, an unknown one, or ``type`` has no département
        (the régions).

    Returns
    -------
    Path
        The written file.

    Examples
    --------
    A template for the départements, with the Facebook and Instagram columns (written in
    a temporary folder):

    >>> import tempfile
    >>> from pathlib import Path
    >>> from openpyxl import load_workbook
    >>> import barometre as bm
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = bm.write_template(Path(folder) / "enquete.xlsx", "departement",
    ...                             ["facebook", "instagram"])
    ...     sheet = load_workbook(out, read_only=True)["Enquête"]
    ...     rows = list(sheet.iter_rows(values_only=True))
    >>> len(rows) - 1  # the 101 départements under the header
    101
    >>> rows[0][:5]
    ('Code département', 'Département', 'Région (code)', 'Population', 'Facebook - présence')
    >>> rows[1][:4]
    ('01', 'Ain', '84', 679344)

    The intercommunalités of the Côtes-d'Armor and the Finistère alone:

    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = bm.write_template(Path(folder) / "enquete.xlsx", "epci", "facebook",
    ...                             within="22,29")
    ...     sheet = load_workbook(out, read_only=True)["Enquête"]
    ...     deps = {r[2] for r in sheet.iter_rows(min_row=2, values_only=True)}
    >>> sorted(deps)
    ['22', '29']
    """
    from openpyxl import Workbook

    from ..datasets.reference import entities

    kind = type_kind(type)  # « communauté d'agglomération »: the 230 CA, not the 1,254 EPCI
    type_id = "epci" if kind else find_type(type).id
    if isinstance(platforms, str):
        platforms = [platforms]
    plats = [find_platform(p).id for p in (platforms or DEFAULT_PLATFORMS)]
    plats = [p for p in dict.fromkeys(plats) if p != "any"]
    deps: tuple[str, ...] = ()
    if within is not None:  # checked before the output is touched: a wrong code writes nothing
        from ..analysis.survey import within_codes

        deps, base = within_codes(within, type_id)
    out = check_output(output, (".xlsx",), force=force, kind="template")
    ents = entities(type if kind else type_id)
    if deps:  # compare's base under the same --within: these rows, not France's
        ents = ents[ents["code"].isin(list(base))].reset_index(drop=True)
    wb = Workbook()
    _survey_sheet(wb.active, type_id, plats, ents, prefill, lang)
    _instructions_sheet(wb.create_sheet("Mode d'emploi"), type_id, plats, len(ents),
                        list(notes), lang, kind=kind, deps=deps,
                        codes=tuple(ents["code"]) if type_id == "departement" else ())
    from ..render.files import TEMPLATE_TITLE  # what files.holds_answers recognises

    said = _types_said(type_id, kind, deps, "fr")
    wb.properties.title = f"{TEMPLATE_TITLE} — {said}"
    wb.properties.creator = "barometre"
    return save_workbook(wb, out)


def _survey_sheet(ws, type_id: str, plats: list[str], ents, prefill, lang: str = "fr") -> None:
    """The "Enquête" sheet: a styled header, one row per entity, formats and drop-downs."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from ..datasets.reference import regions

    chef_lieu_region = dict(regions()[["code", "chef_lieu"]].values)
    ws.title = "Enquête"
    heads = template_headers(type_id, plats)
    ws.append(heads)
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    for i in range(1, len(heads) + 1):
        c = ws.cell(row=1, column=i)
        c.font, c.fill = bold, fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for r in ents.itertuples(index=False):
        context = r.region if type_id == "departement" else (
            r.departement if type_id != "region" else chef_lieu_region.get(r.code))
        pop = None if r.population is None or str(r.population) == "<NA>" else int(r.population)
        ws.append([r.code, r.name, context, pop] + _prefilled(prefill, r.code, plats))
    n = len(ents) + 1
    _number_format(ws, n, 1, 3, "@")  # codes stay text: "01", "2A"
    # "#,##0": grouped as the reader's locale says (« 1 234 567 » in French); in "# ##0" the
    # space is a literal, not a separator: Excel showed « 1234 567 », and a CSV saved so
    _number_format(ws, n, 4, 4, "#,##0")
    _platform_columns(ws, plats, n, lang)
    for letter, width in zip("ABCD", (13, 32, 16, 12)):
        ws.column_dimensions[letter].width = width
    ws.row_dimensions[1].height = 45  # three lines: « X (ex-Twitter) - présence »
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(heads))}{n}"
    _print_layout(ws, len(plats), n)


#: the survey sheet's print scale: at 80 %, an A4 landscape page holds columns A to D and
#: one platform's four columns (139 characters wide) in Excel and in LibreOffice
PRINT_SCALE = 80

#: the most entities whose blank cells are ruled: the communes' 35,000 rows are no paper
#: form (a thousand pages a platform), and a million ruled blank cells slowed the reading
#: of the filled file by a fifth
RULED_MAX = 2000


def _print_layout(ws, n_plats: int, n: int) -> None:
    """The survey sheet on paper, a form to fill in by hand: A4 landscape, one platform per
    page width, each page repeating the header row and the code and name columns (A:B),
    cells ruled (up to :data:`RULED_MAX` entities), pages numbered. Fitting all the
    platforms to one page wide would print them in a 3-point font; cut between platforms, a page's columns are one platform's,
    beside the names they are for. The pages run down each platform, then to the next."""
    from copy import copy

    from openpyxl.styles import Border, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break

    ps = ws.page_setup
    ps.paperSize, ps.orientation, ps.scale = ws.PAPERSIZE_A4, "landscape", PRINT_SCALE
    ps.pageOrder = "downThenOver"
    m = ws.page_margins
    m.left = m.right = 0.4
    m.top = m.bottom = 0.6
    m.header = m.footer = 0.3
    ws.print_title_rows = "1:1"
    ws.print_title_cols = "A:B"
    last = get_column_letter(4 + 4 * n_plats)
    ws.print_area = f"A1:{last}{n}"
    for k in range(1, n_plats):  # a break after each platform's four columns, the last's aside
        ws.col_breaks.append(Break(id=4 + 4 * k))
    ws.oddFooter.center.text = "&9 &P / &N"
    if n - 1 > RULED_MAX:
        return
    # ruled cells: lines to write on, and LibreOffice prints a page of blank cells only when
    # they have borders (it leaves out the pages of the 2nd platform onwards otherwise)
    thin = Side(style="thin", color="A6A6A6")
    ruled = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col in range(1, 5 + 4 * n_plats):
        first = ws.cell(row=2, column=col)
        first.border = ruled
        # a column's cells share one style (its number format and the border): copied,
        # faster than set cell by cell
        for c in ws.iter_rows(min_row=3, max_row=n, min_col=col, max_col=col):
            c[0]._style = copy(first._style)


def _number_format(ws, last_row: int, first_col: int, last_col: int, fmt: str) -> None:
    for row in ws.iter_rows(min_row=2, max_row=last_row, min_col=first_col, max_col=last_col):
        for c in row:
            c.number_format = fmt


def _platform_columns(ws, plats: list[str], n: int, lang: str = "fr") -> None:
    """Widths, formats and drop-downs of each platform's four columns (the drop-downs'
    pop-ups in ``lang``; the answers they offer stay « Oui », « Non »)."""
    import datetime as dt

    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from .values import FIRST_YEAR

    def said(code: str) -> dict[str, str]:  # the pop-up's title and message, in ``lang``
        return {"errorTitle": typeset(text(f"template-check-{code}-title", lang), lang),
                "error": typeset(text(f"template-check-{code}", lang, first=FIRST_YEAR), lang)}

    yes_no = DataValidation(type="list", formula1='"Oui,Non"', allow_blank=True,
                            showErrorMessage=True, **said("presence"))
    counts = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                            allow_blank=True, showErrorMessage=True, **said("followers"))
    # the reader's floor (values.FIRST_YEAR: no reading older than Facebook), as an Excel
    # serial day: a date the drop-down lets through is never refused by validate
    floor = (dt.date(FIRST_YEAR, 1, 1) - dt.date(1899, 12, 30)).days
    dates = DataValidation(type="date", operator="greaterThanOrEqual", formula1=str(floor),
                           allow_blank=True, showErrorMessage=True, **said("date"))
    for dv in (yes_no, counts, dates):
        ws.add_data_validation(dv)
    for k in range(len(plats)):
        first = 5 + 4 * k
        for j, (_, width) in enumerate(_FIELDS):
            col = first + j
            letter = get_column_letter(col)
            ws.column_dimensions[letter].width = width
            rng = f"{letter}2:{letter}{n}"
            if j == 0:
                yes_no.add(rng)
            elif j == 2:
                counts.add(rng)
                _number_format(ws, n, col, col, "#,##0")
            elif j == 3:
                dates.add(rng)
                _number_format(ws, n, col, col, "DD/MM/YYYY")


def _types_said(type_id: str, kind: str | None, deps: tuple[str, ...], lang: str) -> str:
    """What the template lists: « communautés d'agglomération », « intercommunalités des
    Côtes-d'Armor et du Finistère », « intercommunalités de 9 départements (22, 29, …) »."""
    from ..render.formats import type_label

    if deps:
        from ..render.views import within_label

        return within_label(type_id, list(deps), lang, kinds=[kind] if kind else None)
    return (text("epci-kind-" + kind.lower(), lang) if kind
            else type_label(type_id, lang, plural=True))


def _shared_councils_said(codes: tuple[str, ...], lang: str) -> str:
    """The "Mode d'emploi"'s paragraph on the councils of two rows of the template
    (``codes``: its départements): 2A and 2B one Collectivité de Corse, 67 and 68 one
    Collectivité européenne d'Alsace, one account each, its count kept on one row, in the
    words of the reader's ``council-territories-differ`` warning; "" when no such council
    has both its rows in the template (a template of other départements, or of one of
    them alone: ``within``).

    >>> print(_shared_councils_said(("2A", "2B", "44"), "en"))  # doctest: +ELLIPSIS
    One council for two rows: Corse-du-Sud (2A) and Haute-Corse (2B), Collectivité de Corse. ...
    >>> _shared_councils_said(("67", "44"), "fr")
    ''
    """
    from ..datasets import reference
    from ..messages import said_and, text
    from .entities import _shared_councils

    here = set(codes)
    names = dict(zip(*(reference._entity_columns("departement")[k] for k in ("code", "name"))))
    seen: dict[str, tuple[str, tuple[str, ...]]] = {}
    for council, name, terr in _shared_councils().values():
        if all(t in here for t in terr):
            seen.setdefault(council, (name, terr))
    if not seen:
        return ""
    sep = "; " if lang == "en" else " ; "
    items = sep.join(
        said_and([f"{names.get(t, t)} ({t})" for t in terr], lang) + ", " + name
        for name, terr in sorted(seen.values(), key=lambda v: [codes.index(t) for t in v[1]]))
    return text("template-councils", lang, councils=items)


def _instructions_sheet(info, type_id: str, plats: list[str], n_entities: int,
                        notes: list[str], lang: str, kind: str | None = None,
                        deps: tuple[str, ...] = (), codes: tuple[str, ...] = ()) -> None:
    """The "Mode d'emploi" sheet: how to fill the survey and how blanks are counted
    (``kind``: a category of intercommunalités alone, named in its title; ``deps``: the
    départements of ``within``, named in its title and in the command that analyses it;
    ``codes``: the template's départements, whose councils of two rows are said,
    :func:`_shared_councils_said`)."""
    from openpyxl.styles import Alignment, Font

    from ..messages import Words, text
    from ..render.formats import _DGCL_TYPES, population_source

    types = _types_said(type_id, kind, deps, lang)
    within = ",".join(deps)
    dgcl = type_id in _DGCL_TYPES  # EPCI, métropoles: SIREN, the DGCL's list and populations
    councils = _shared_councils_said(codes, lang)
    lines = text("template-instructions", lang, types=types,
                 n=n_entities, type=type_id,
                 entities=Words("entité" if n_entities < 2 else "entités",
                                "entity" if n_entities == 1 else "entities"), platforms=",".join(plats),
                 # a category of those départements (their 4 CA): the file is every one
                 # of them, its own base (--panel); --within would read it as a sample of
                 # all the départements' intercommunalités
                 within=(text("template-panel", lang) if deps and kind else
                         text("template-within", lang, codes=within) if deps else ""),
                 within_param=(text("template-kind-param", lang, kind=kind) if kind else "")
                 + (text("template-within-param", lang, codes=within) if deps else ""),
                 codes=text("template-codes-siren" if dgcl else "template-codes-insee", lang),
                 # the métropoles' list: 21 EPCI and the Métropole de Lyon, which is none
                 reference=text("template-reference-insee" if not dgcl else
                                "template-reference-dgcl-metropole" if type_id == "metropole"
                                else "template-reference-dgcl",
                                lang, population=population_source([type_id], lang)),
                 # two rows, one council (2A and 2B, 67 and 68): one count, on one row
                 councils=councils + "\n" if councils else "",
                 ).split("\n")
    if notes:
        lines += [""] + notes
    wrapped = Alignment(wrap_text=True, vertical="top")
    for i, line in enumerate(lines, start=1):  # French typography in French (« Paramètres : »)
        info.cell(row=i, column=1, value=typeset(line, lang)).alignment = wrapped
    info["A1"].font = Font(bold=True, size=14)
    _instructions_print_layout(info)


#: the "Mode d'emploi" column's width (characters): it must fit an A4 portrait page between
#: margins of 0.6 inch (508 points) in LibreOffice too, whose unit is wider than Excel's where
#: Calibri is missing (7 points a character with DejaVu Sans): LibreOffice ignores
#: ``fitToWidth`` when ``fitToHeight`` is 0, and cuts a wider column at the page's edge
INSTRUCTIONS_WIDTH = 70

#: a wrapped line's height (points) in the "Mode d'emploi", 11-point text
_LINE_HEIGHT = 15

#: the characters a wrapped line is counted to hold, fewer than it does: a safe margin
_WRAP_COUNT = 76


def _instructions_print_layout(info) -> None:
    """The "Mode d'emploi" on paper: its text wrapped in one column as wide as an A4
    portrait page, fitted to one page wide (``fitToHeight`` 0: as many pages down as the text
    needs), pages numbered. Unwrapped in a wider column, its lines printed cut across three
    pages, each line's end on a page of its own.

    Each row's height is set to its wrapped lines: LibreOffice does not fit the rows of an
    .xlsx to their text (the lines print over each other); the count wraps at
    :data:`_WRAP_COUNT` characters, fewer than a line holds (about 85 in LibreOffice, more in
    Excel), so a row may end in blank space, never cut."""
    import textwrap

    info.column_dimensions["A"].width = INSTRUCTIONS_WIDTH
    for row in info.iter_rows(min_row=2, max_col=1):
        value = row[0].value
        if value:
            lines = len(textwrap.wrap(str(value), _WRAP_COUNT))
            info.row_dimensions[row[0].row].height = _LINE_HEIGHT * max(lines, 1)
    ps = info.page_setup
    ps.paperSize, ps.orientation = info.PAPERSIZE_A4, "portrait"
    ps.fitToWidth, ps.fitToHeight = 1, 0
    info.sheet_properties.pageSetUpPr.fitToPage = True
    m = info.page_margins
    m.left = m.right = 0.6
    m.top = m.bottom = 0.75
    m.header = m.footer = 0.3
    info.print_area = f"A1:A{info.max_row}"
    info.oddFooter.center.text = "&9 &P / &N"


def _prefilled(prefill: Mapping[str, Mapping[str, str]] | None, code: str,
               plats: list[str]) -> list:
    """The platform cells of one row: presence "Oui" and the account where one is known."""
    known = (prefill or {}).get(code) or {}
    cells: list = []
    for p in plats:
        account = known.get(p)
        cells += ["Oui", account, None, None] if account else [None] * 4
    return cells
