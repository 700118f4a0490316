"""The ``annuaire`` command: a survey template pre-filled from the Annuaire de l'administration."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import finished
from .inputs import shown_name
from .progress import working
from .options import ForceOpt, Lang, LangOpt, OutputOpt, PlatformOpt, _check_platforms, _check_types


def annuaire(
    file: Annotated[Path, typer.Argument(help="Export de l'Annuaire de l'administration (.json, "
                                               ".zip, .gz du téléchargement complet, ou export "
                                               "JSON/CSV de l'API).")],
    output: OutputOpt,
    type: Annotated[str, typer.Option(
        "--type", "-t", help="Type de collectivité : commune (défaut), departement, region, "
                             "epci, ville_prefecture…")] = "commune",
    platform: PlatformOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.fr,
) -> None:
    """Écrire un modèle d'enquête pré-rempli avec les comptes déclarés à l'Annuaire de l'administration.

    Chaque compte déclaré donne « Oui » et son adresse ; le reste est à compléter à la main.
    Exemple : barometre annuaire annuaire.json -o enquete.xlsx --type departement
    """
    _check_types(type)
    _check_platforms(platform)
    from ..domain.registry import find_type
    from ..messages import Day, text
    from ..render.formats import type_label
    from ..survey.annuaire import (ATTRIBUTION, LICENCE, census_platforms, prefill, read_census,
                                   require_networks)
    from ..survey.template import write_template

    from ..render.files import check_output

    type_id = find_type(type).id
    check_output(output, (".xlsx",), inputs=(file,), force=force, option="--force",
                 kind="template")
    with working("progress-census", file=shown_name(file)):
        census = read_census(file)
    require_networks(census)
    filled = prefill(census, type_id)
    plats = platform or census_platforms(census)
    date = Day.of(census.date).render("fr") if census.date else "?"  # « 9 août 2025 »
    note = text("annuaire-template-note", "fr", file=census.file, date=date,
                attribution=ATTRIBUTION, licence=LICENCE)
    with working("progress-template", file=output.name):
        path = write_template(output, type_id, plats, force=force, prefill=filled, notes=[note])
    from ..datasets.reference import entities

    codes = set(entities(type_id)["code"])
    declared = [c for c in filled if c in codes]
    accounts = sum(1 for c in declared for p in filled[c] if p in plats)
    from ..messages import plural_s
    from ..render.formats import fmt_int, takes_plural

    n = {"n": len(codes), "declared": len(declared), "accounts": accounts}
    finished()  # written: an interrupt from now on changes nothing
    # each count agreeing: « 1 compte pré-rempli », « 0 compte », "0 accounts"
    typer.echo(text("annuaire-template-written", lang.value, path=path, s=plural_s(accounts),
                    types=type_label(type_id, lang.value,
                                     plural=takes_plural(len(codes), lang.value)),
                    **{k: fmt_int(v, lang.value) for k, v in n.items()}), err=True)
