"""Commands on the reference universe: entities, resolve."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..domain.errors import UsageError
from ..messages import text
from .chrome import said
from .options import (
    Format,
    FormatOpt,
    Lang,
    LangOpt,
    TypeOpt,
    _check_types,
    _emit_plain,
    _print_records,
)


#: The CSV/JSON columns of ``entities`` for every type, that ``resolve`` starts with
ENTITY_OUTPUT_COLUMNS = ["code", "name", "collectivity_type", "population", "departement",
                         "region", "siren", "kind", "population_of"]


def entities(
    type: TypeOpt,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Lister toutes les collectivités d'un type (code, nom, population…).

    Une catégorie d'intercommunalités (--type « communauté d'agglomération »,
    « communauté de communes », « communauté urbaine ») n'en liste que les entités ; la
    colonne Catégorie (kind : CC, CA, CU, METRO) dit celle de chaque intercommunalité.
    Exemple : barometre entities --type departement --format csv
    """
    _check_types(type, kinds=True)
    from ..datasets.reference import entities as entities_
    from ..render.formats import fmt_int, is_missing, population_source
    from ..render.tables import text_table

    df = entities_(type)

    def cell(x: object) -> str:  # unknown (a région has no département): blank, never "nan"
        return "" if is_missing(x) else str(x)

    kinds = "kind" in df.columns  # intercommunalités: their category (CC, CA, CU, METRO)

    def table():
        rows = [[r.code, r.name, fmt_int(r.population, lang.value), cell(r.departement),
                 cell(r.region)] + ([r.kind] if kinds else []) for r in df.itertuples()]
        heads = ["col-code", "col-name", "col-population", "col-departement", "col-region"]
        heads += ["col-kind"] if kinds else []
        # the population's source and year under the table (« 102 574 » of which year?)
        return (text_table([text(h, lang.value) for h in heads], rows,
                           "llrll" + ("l" if kinds else ""))
                + "\n\n" + text("population-line", lang.value, source=population_source(
                    sorted(set(df["collectivity_type"])), lang.value, df["code"])))

    # the same columns for every type, so that the lists of two types stack: ``kind`` empty
    # outside the intercommunalités; ``population_of`` as ``resolve`` and ``rank`` say it
    # (a territory's, as every row here is: 69 is the Rhône's 1,914,667)
    if format is not Format.table:
        df = df.assign(population_of="territory", **({} if kinds else {"kind": None}))
    _print_records(df, format, ENTITY_OUTPUT_COLUMNS, table)


def resolve(
    text: Annotated[str, typer.Argument(help="Code, SIREN ou nom (« Saint-Denis (974) », « CeA »).")],
    type: Annotated[Optional[str], typer.Option("--type", "-t", help="Type attendu.")] = None,
    departement: Annotated[Optional[str], typer.Option(
        "--departement", help="Département qui lève une ambiguïté.")] = None,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Trouver une collectivité par son code, son SIREN ou son nom.

    Le nom complet exact l'emporte (« Biot » n'est pas « Le Biot ») ; un nom porté
    par plusieurs types (« Paris » : commune et département) demande --type ; un
    ancien nom de commune fusionnée donne la commune actuelle, avec un avertissement.
    Les institutions ont leur code et la population qu'elles servent
    (« Département du Rhône », « CeA »). Un nom que rien ne porte tel quel est lu
    comme celui d'une institution quand son début dit le type sans doute possible :
    « Région Bretagne », « Conseil régional de … » (région), « Conseil départemental
    de Loire-Atlantique », « Département de … », « CD44 » (département ; « CD2B » :
    la Collectivité de Corse, avec un avertissement), « Ville de
    Nantes », « Mairie de … », « Commune de … » (commune), « Métropole de Nantes »
    (Nantes Métropole). Avec --type epci ou metropole, le nom d'une commune
    (« Quimper », « Quimper agglo », « CA Lorient ») n'est pas pris pour son
    intercommunalité : l'erreur propose d'abord celle dont la commune est membre.
    « Marseille 1er », « Paris 15e » : un arrondissement municipal, dit comme son code.

    Exemple : barometre resolve "Saint-Denis (974)"
    """
    _check_types(type)
    if not text.strip():  # nothing to look for: a wrong call (exit 2), not a name not found
        raise UsageError.of("empty-entity")
    from ..datasets.reference import resolve as resolve_
    from ..render.formats import fmt_int, population_source, type_label
    from ..render.tables import text_table

    ent = resolve_(text, type=type, departement=departement, lang=lang.value)
    warning = ent.warning()
    if warning is None and ent.collectivity_type == "ville_prefecture":
        warning = _prefecture_of_code(text, ent)
    if warning is not None:
        typer.echo(said(warning.render(lang.value), lang.value), err=True)
    rec = ent.to_dict()
    from ..messages import text as say

    heads = ["col-code", "col-name", "col-type", "col-population", "col-departement",
             "col-region", "col-siren"]
    headers = [say(h, lang.value) for h in heads]
    row = [rec["code"], rec["name"], type_label(rec["collectivity_type"], lang.value),
           fmt_int(rec["population"], lang.value) if rec["population"] is not None else "",
           rec["departement"] or " + ".join(rec["territories"]), rec["region"] or "",
           rec["siren"] or ""]
    # fixed columns, those of ``entities`` then resolve's own: an intercommunalité's
    # category (``kind``), whose population (an institution's: the population it serves,
    # "Département du Rhône" 478,313, a council's), its role, territories, former name
    from ..datasets.name_index import epci_kind

    rec = {**{c: rec.get(c) for c in ENTITY_OUTPUT_COLUMNS[:len(ENTITY_OUTPUT_COLUMNS) - 2]},
           "kind": epci_kind(rec["code"]) if rec["collectivity_type"] in ("epci", "metropole")
           else None, "population_of": "council" if rec["role"] else "territory",
           **{c: rec[c] for c in ("role", "territories", "former_name")}}
    if format is Format.csv:  # a list in one cell, joined as every CSV list (LIST_SEP)
        rec["territories"] = ";".join(rec["territories"])
    # the population's source and year under the table (« 102 574 » of which year?)
    note = ("" if rec["population"] is None else "\n\n" + say("population-line", lang.value,
            source=population_source([rec["collectivity_type"]], lang.value,
                                     [rec["code"], *rec["territories"]])))
    _emit_plain([rec], format, lambda: text_table(headers, [row], "lllrlll") + note,
                columns=list(rec))


def _prefecture_of_code(asked: str, ent):
    """The note of a département's code (« 44 », « 2A ») read as its préfecture under
    ``--type ville_prefecture`` (``resolve-departement-code-as-prefecture``), as the
    survey reader says it: not the commune's own code, so no certain reading. None when
    ``asked`` was the commune's code or a name."""
    import re

    from ..messages import Msg

    typed = asked.strip()
    if not re.fullmatch(r"\d{1,3}|2[AB]", typed.upper()) or typed == ent.code:
        return None
    return Msg("resolve-departement-code-as-prefecture", value=typed, name=ent.name,
               code=ent.code)
