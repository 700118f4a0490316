"""Headers on two rows that were refused or lost columns (session 31, brief C).

1. A group title merged over the platforms' columns (« Réseaux sociaux » over C1:E1,
   « Facebook », « Instagram », « X » in row 2; in a CSV, the title alone in its first cell,
   blanks after it) was refused: « aucune colonne de réseau reconnue … un en-tête sur deux
   lignes ? ». The second row is the header now, the title left aside, said in one
   ``header-group-title`` warning; a title over cells that are no complete header (whose
   « Présence » is it?) or not merged in a workbook stays refused.
2. « Facebook | Abonnés Facebook | Instagram | Abonnés Instagram » over « Présence | Abonnés
   | Présence | Abonnés »: both « Abonnés » columns were ignored (« colonne d'abonnés sans
   réseau »), exit 0, the followers lost. The top cell that names platform and field keeps
   its meaning when the cell under it repeats the field alone.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading

def _workbook(path, top, bottom, merges, rows, sheet=None, wb=None):
    wb = wb or openpyxl.Workbook()
    ws = wb.active if sheet is None else wb.create_sheet(sheet)
    for row in [top, bottom, *rows]:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    wb.save(path)
    return path


def _csv(path, rows):
    path.write_text("\n".join(";".join("" if v is None else str(v) for v in r)
                              for r in rows) + "\n", encoding="utf-8")
    return path


REDUND_TOP = ["Code", "Nom", "Facebook", "Abonnés Facebook", "Instagram", "Abonnés Instagram",
              "Date"]
REDUND_BOTTOM = [None, None, "Présence", "Abonnés", "Présence", "Abonnés", None]
REDUND_ROWS = [["29", "Finistère", "Oui", 1200, "Non", None, "15/10/2025"],
               ["35", "Ille-et-Vilaine", "Oui", 3400, "Oui", 560, "15/10/2025"]]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_redundant_second_row_keeps_the_followers(tmp_path, kind, cli):
    if kind == "xlsx":
        path = _workbook(tmp_path / "redund.xlsx", REDUND_TOP, REDUND_BOTTOM, [], REDUND_ROWS)
    else:
        path = _csv(tmp_path / "redund.csv", [REDUND_TOP, REDUND_BOTTOM, *REDUND_ROWS])
    [p] = bm.validate(path, type="departement")  # no « colonne d'abonnés sans réseau »
    assert (p.code, p.message) == ("header-two-rows", (
        "en-tête sur deux lignes : les réseaux de la ligne 1 joints aux champs de la ligne 2 "
        "(4 colonnes : « Présence Facebook », « Abonnés Facebook », « Présence Instagram », "
        "« Abonnés Instagram ») ; vérifiez-les, ou mettez l'en-tête sur une seule ligne"))
    df = bm.read_survey(path, type="departement")
    # each platform once per entity, with its followers: no column lost nor doubled
    assert sorted(zip(df["code"], df["platform"], df["present"], df["followers"].fillna(-1))
                  ) == [("29", "facebook", True, 1200), ("29", "instagram", False, -1),
                        ("35", "facebook", True, 3400), ("35", "instagram", True, 560)]
    assert cli("validate", path, "--type", "departement").exit_code == 0
    if kind == "csv":
        same_reading(normal_reader, fast_reader, path)
