"""Survey template: a workbook pre-filled with every entity of a type, ready to fill in.

Filled in by hand, it reads back with :func:`barometre.read_survey` without any change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from ..domain.registry import find_platform, find_type
from ..render.files import check_output, save_workbook

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
    return {"departement": "Région (code)", "region": "Chef-lieu (code)"}.get(
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


def write_template(output: str | Path, type: str,
                   platforms: str | Iterable[str] | None = None, force: bool = False,
                   prefill: Mapping[str, Mapping[str, str]] | None = None,
                   notes: Iterable[str] = ()) -> Path:
    """Write a survey workbook pre-filled with every entity of ``type``.

    Parameters
    ----------
    output : str or Path
        ``.xlsx`` file to write (atomically; parent folders are created).
    type : str
        Collectivity type (``departement``, ``region``, ``commune``...).
    platforms : list of str, optional
        Platforms to survey. Default: Facebook, X, Instagram, LinkedIn,
        YouTube, TikTok.
    force : bool, default False
        Overwrite ``output`` even when barometre did not write it (a filled
        survey). Without it, such a file is never touched.
    prefill : mapping, optional
        Known accounts: entity code -> platform id -> account (URL or @handle).
        Those cells get the account and presence "Oui"; the others stay blank.
    notes : list of str, optional
        Lines added to the "Mode d'emploi" sheet (where the pre-fill comes from).

    Returns
    -------
    Path
        The written file.

    Examples
    --------
    >>> import barometre as bm
    >>> bm.write_template("reports/enquete-departements.xlsx", "departement")  # doctest: +SKIP
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from ..datasets.reference import entities

    type_id = find_type(type).id
    if isinstance(platforms, str):
        platforms = [platforms]
    plats = [find_platform(p).id for p in (platforms or DEFAULT_PLATFORMS)]
    plats = [p for p in dict.fromkeys(plats) if p != "any"]
    out = check_output(output, (".xlsx",), force=force)
    ents = entities(type_id)
    from ..datasets.reference import regions

    chef_lieu_region = dict(regions()[["code", "chef_lieu"]].values)

    wb = Workbook()
    ws = wb.active
    ws.title = "Enquête"
    heads = template_headers(type_id, plats)
    ws.append(heads)
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=1, column=i)
        c.font, c.fill = bold, fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for r in ents.itertuples(index=False):
        context = r.region if type_id == "departement" else (
            r.departement if type_id != "region" else chef_lieu_region.get(r.code))
        pop = None if r.population is None or str(r.population) == "<NA>" else int(r.population)
        ws.append([r.code, r.name, context, pop] + _prefilled(prefill, r.code, plats))
    n = len(ents) + 1
    for row in ws.iter_rows(min_row=2, max_row=n, max_col=3):
        for c in row:
            c.number_format = "@"  # codes stay text: "01", "2A"
    for row in ws.iter_rows(min_row=2, max_row=n, min_col=4, max_col=4):
        for c in row:
            c.number_format = "# ##0"
    yes_no = DataValidation(type="list", formula1='"Oui,Non"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Présence",
                            error="Choisissez Oui ou Non.")
    counts = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                            allow_blank=True, showErrorMessage=True, errorTitle="Abonnés",
                            error="Nombre entier positif.")
    dates = DataValidation(type="date", operator="greaterThan", formula1="36526",
                           allow_blank=True, showErrorMessage=True, errorTitle="Date",
                           error="Date du relevé, ex. 15/10/2025.")
    for dv in (yes_no, counts, dates):
        ws.add_data_validation(dv)
    for k, p in enumerate(plats):
        first = 5 + 4 * k
        for j, (_, width) in enumerate(_FIELDS):
            letter = get_column_letter(first + j)
            ws.column_dimensions[letter].width = width
            rng = f"{letter}2:{letter}{n}"
            if j == 0:
                yes_no.add(rng)
            elif j == 2:
                counts.add(rng)
                for row in ws.iter_rows(min_row=2, max_row=n, min_col=first + j, max_col=first + j):
                    for c in row:
                        c.number_format = "# ##0"
            elif j == 3:
                dates.add(rng)
                for row in ws.iter_rows(min_row=2, max_row=n, min_col=first + j, max_col=first + j):
                    for c in row:
                        c.number_format = "DD/MM/YYYY"
    for letter, width in zip("ABCD", (13, 32, 16, 12)):
        ws.column_dimensions[letter].width = width
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(heads))}{n}"

    info = wb.create_sheet("Mode d'emploi")
    from ..render.formats import type_label

    lines = [
        f"Enquête barometre : {type_label(type_id, plural=True)} ({len(ents)} entités)",
        "",
        "Pour chaque collectivité et chaque réseau, remplissez dans la feuille « Enquête » :",
        "• présence : Oui ou Non (compte officiel de la collectivité) ; écrivez Non quand la "
        "collectivité n'a pas de compte, laissez vide seulement si vous n'avez pas vérifié ;",
        "• compte : adresse de la page ou @identifiant ;",
        "• abonnés : nombre d'abonnés (fans, followers) à la date du relevé, sans décimale ;",
        "• date du relevé : date à laquelle vous avez fait le relevé (ex. 15/10/2025) ; "
        "inutile de la répéter sur chaque ligne.",
        "",
        "Comment les cases vides sont comptées :",
        "• dans une colonne de présence qui contient au moins un « Non », une case vide veut "
        "dire « non renseigné » : la collectivité sort du calcul pour ce réseau ;",
        "• dans une colonne sans aucun « Non » (seulement Oui, x, adresses, @comptes ou "
        "nombres d'abonnés), une case vide veut dire « pas de compte » (absence) ;",
        "• --blank absent ou --blank inconnu impose une seule lecture pour tout le fichier ;",
        "• une ligne sans date du relevé compte à la date de l'enquête : la date la plus "
        "fréquente du fichier, ou celle donnée par --date ; une date dans le futur est une erreur.",
        "« barometre validate » dit pour chaque réseau combien de cases vides ont été lues "
        "de chaque façon, et sur quelles lignes.",
        "",
        "Ne modifiez pas les colonnes de code : elles identifient chaque collectivité "
        "(codes INSEE, au format texte).",
        "Vous pouvez supprimer les colonnes d'un réseau qui ne vous intéresse pas, ou des lignes.",
        "",
        "Vérifier le fichier : barometre validate FICHIER.xlsx",
        "Analyser : barometre compare --data FICHIER.xlsx --type " + type_id,
        "",
        "Référentiel : INSEE, Code officiel géographique (via @etalab/decoupage-administratif "
        "6.0.0), Licence Ouverte 2.0 ; populations municipales.",
        f"Paramètres : type={type_id} ; réseaux={','.join(plats)}",
    ]
    extra = list(notes)
    if extra:
        lines += [""] + extra
    for i, line in enumerate(lines, start=1):
        info.cell(row=i, column=1, value=line)
    info["A1"].font = Font(bold=True, size=14)
    info.column_dimensions["A"].width = 110
    wb.properties.title = f"Enquête barometre — {type_label(type_id, plural=True)}"
    wb.properties.creator = "barometre"

    return save_workbook(wb, out)


def _prefilled(prefill: Mapping[str, Mapping[str, str]] | None, code: str,
               plats: list[str]) -> list:
    """The platform cells of one row: presence "Oui" and the account where one is known."""
    known = (prefill or {}).get(code) or {}
    cells: list = []
    for p in plats:
        account = known.get(p)
        cells += ["Oui", account, None, None] if account else [None] * 4
    return cells
