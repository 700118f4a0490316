"""Commands on barometer waves: changes between two readings, and trend --data (survey waves)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .options import (
    BlankOpt,
    DateOrderOpt,
    Format,
    FormatOpt,
    Lang,
    LangOpt,
    MaybeTypeOpt,
    PanelOpt,
    PlatformOpt,
    PROVENANCE_COLUMNS,
    SheetOpt,
    WithinOpt,
    _check_platforms,
    _check_types,
    _print_records,
    base_given,
    note_template_within,
    note_wave_warnings,
    provenance,
    type_of_data,
    under_table,
)

WavesDataOpt = Annotated[list[Path], typer.Option(
    "--data", "-d", help="Fichier d'enquête, une vague (répétable : --data 2024.xlsx --data "
                         "2025.csv ; un fichier long à plusieurs dates en contient plusieurs ; "
                         "une campagne livrée en plusieurs fichiers n'en fait qu'une).")]

_TREND_ROUND = {"share": 6, "ci_low": 4, "ci_high": 4, "coverage": 4}
_CHANGES_ROUND = {"share_old": 6, "share_new": 6, "change": 6, "p_value": 6,
                  "change_low": 6, "change_high": 6,
                  "median_growth": 6, "median_gain_per_1000": 4}
_LIST_ROUND = {"growth": 6, "gain_per_1000": 4}


def survey_trend(data: list[Path], type: Optional[str], platform: Optional[list[str]],
                 sheet: Optional[str], format: Format, lang: Lang, blank=None,
                 within: Optional[str] = None, panel: bool = False, date_order=None) -> None:
    """``trend --data``: adoption per wave of survey files, oldest first; ``within``,
    ``panel``: each wave's base, as compare says it for its file."""
    from ..analysis.waves import any_left_out_note, read_waves, wave_trend
    from ..domain.schemas import WAVE_TREND
    from ..render.waves import wave_trend_table
    from .chrome import NOTES

    waves = read_waves(data, type=type, sheet=sheet, blank=blank.value if blank else None,
                       date_order=date_order.value if date_order else None)
    type = type_of_data(waves, type, lang.value)  # without --type: the files', said
    note_wave_warnings(waves, lang.value, sheet=sheet, blank=blank, date_order=date_order,
                       given=base_given(within, panel))
    note_template_within(waves, within, lang.value)  # another base than the templates'
    result = wave_trend(waves, platforms=platform, type=type, within=within, panel=panel)
    note = any_left_out_note(result)
    from ..render.waves import blank_rules_lines

    # blanks read as absence in a wave, as not answered in another: each wave's own
    # reading kept, the gap it may make said (a reading's diagnostic: stderr)
    NOTES.extend(blank_rules_lines(result, lang.value, trend=True))
    from ..render.views import annuaire_notes_of, design_wave_notes, panel_out_notes

    NOTES.extend(panel_out_notes(result, lang.value))  # --panel: those not in every wave
    # the notes on the table's cells, under it in table mode (stderr beside CSV/JSON):
    # "any" of a wave of fewer platforms, left out; a wave whose file holds a part of the
    # type whole (every metropolitan département…) or is no random sample of it (« † »),
    # waves chosen by the same place sharing one note (« Chaque vague »); the Annuaire's
    # measure
    cells = [note.render(lang.value) if note is not None else "",
             *design_wave_notes(result.attrs.get("design") or {}, lang.value,
                                waves=result["wave"].unique() if len(result) else None),
             *annuaire_notes_of(result, lang.value)]
    # n_reference_of under --within, --panel (the base said), as compare --data's CSV
    # each wave's file is its rows' source; whether the data are fictitious, on every row
    rows = (result.assign(fictitious=bool(result.attrs.get("fictitious", False)))
            if format is not Format.table else result)
    # flags as compare gives them (_print_records: a list in JSON, [] unflagged)
    _print_records(rows, format, WAVE_TREND.present(result) + ["fictitious"],
                   under_table(format, lambda: wave_trend_table(result, lang.value), cells),
                   _TREND_ROUND)


def changes(
    data: WavesDataOpt,
    platform: PlatformOpt = None,
    type: MaybeTypeOpt = None,
    old: Annotated[Optional[str], typer.Option(
        "--old", help="Vague de départ (date ou année ; par défaut la plus ancienne).")] = None,
    new: Annotated[Optional[str], typer.Option(
        "--new", help="Vague d'arrivée (date ou année ; par défaut la plus récente).")] = None,
    list_: Annotated[bool, typer.Option(
        "--list", help="Lister les collectivités derrière chaque nombre.")] = False,
    top: Annotated[int, typer.Option(
        "--top", "-n", min=1, help="Plus fortes hausses et baisses d'abonnés à citer.")] = 3,
    sheet: SheetOpt = None,
    blank: BlankOpt = None,
    date_order: DateOrderOpt = None,
    within: WithinOpt = None,
    panel: PanelOpt = False,
    format: FormatOpt = Format.table,
    lang: LangOpt = Lang.fr,
) -> None:
    """Ce qui a changé entre deux vagues : arrivées, départs, évolution (test de McNemar), croissance.

    --within ou --panel : la base est celle qu'ils disent (pour --panel, les entités
    présentes aux deux vagues comparées) ; toutes comparées, l'évolution est exacte (pas de p).
    Les deux vagues relevant toutes les entités (du type, de la base), rien n'est tiré : pas
    de p, même avec des réponses inconnues ; la colonne p donne la plage sûre de l'évolution
    (« +3,9 à +6,0 pts », les inconnues comptées dans un sens puis dans l'autre).

    Exemple : barometre changes --data enquete-2024.xlsx --data enquete-2025.xlsx -p tiktok --list
    """
    _check_types(type)
    _check_platforms(platform)
    from ..analysis.waves import (TRANSITION_COLUMNS, changes as changes_, movers, read_waves,
                                  transitions)
    from ..domain.schemas import CHANGES
    from ..render.waves import changes_notes, changes_table, mark_many_waves, transitions_text

    # only the two waves compared are read past their placing (the others are listed);
    # under --panel too: the panel is the entities of the two waves compared
    waves = read_waves(data, type=type, sheet=sheet, blank=blank.value if blank else None,
                       compare=(old, new),
                       date_order=date_order.value if date_order else None)
    type_of_data(waves, type, lang.value, said=False)  # exports of several types: --type asked
    note_wave_warnings(waves, lang.value, sheet=sheet, blank=blank, date_order=date_order,
                       given=base_given(within, panel))
    note_template_within(waves, within, lang.value)  # another base than the templates'
    moves = transitions(waves, old=old, new=new, platforms=platform, within=within,
                        panel=panel)
    from ..render.waves import blank_rules_lines, not_read_lines
    from .chrome import NOTES

    # blanks read as absence in one wave, as not answered in the other: each wave by its own
    # rule, as trend reads them, the gap said
    NOTES.extend(blank_rules_lines(moves, lang.value))

    if list_ and format is not Format.table:  # the list says it among the not comparable
        # a platform one wave did not read at all: said once, not of each of its entities
        NOTES.extend(not_read_lines(moves, lang.value))
    from ..render.views import panel_out_notes

    NOTES.extend(panel_out_notes(moves, lang.value))  # --panel: those not in every wave
    if list_:
        # and, when the files mark their abbreviated counts ("1,2 M"), those marks
        # and the counts the reader questioned (more followers than inhabitants…)
        rounded = [c for c in ("followers_rounded_old", "followers_rounded_new",
                               "followers_typed_old", "followers_typed_new", "growth_rounded", "followers_questioned_old",
                               "followers_questioned_new", "growth_questioned")
                   if c in moves.columns]
        # the files compared and whether they are fictitious, on every row
        rows = moves.assign(**provenance(moves.attrs)) if format is not Format.table else moves
        _print_records(rows, format, TRANSITION_COLUMNS + rounded + PROVENANCE_COLUMNS,
                       lambda: transitions_text(moves, lang.value), _LIST_ROUND)
        return
    result = changes_(moves)
    mark_many_waves(result, waves.attrs["waves"])  # « ⚠ 3 vagues » when the ends are compared
    # the notes on the table's cells (a platform one wave did not read: its row of « – »;
    # « † », a part's census, the Annuaire's measure): the table's own in table mode
    # (changes_table ends with them, as in Python), on stderr beside CSV/JSON
    if format is not Format.table:
        NOTES.extend(changes_notes(result, lang.value))
    rows = result.assign(**provenance(result.attrs)) if format is not Format.table else result
    _print_records(rows, format, CHANGES.present(result) + PROVENANCE_COLUMNS,  # n_growth_rounded… when marked
                   lambda: changes_table(result, movers(moves), lang.value, top=top),
                   _CHANGES_ROUND)
