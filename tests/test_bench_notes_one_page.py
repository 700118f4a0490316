"""The Benchmark sheet's notes wrap within one printed page, not across its 17 columns: a
note merged over all of them printed on two pages wide and was cut at the first one's edge
(« Rang, pairs à son niveau ou en dessous, indice… », the population note; seen rendered with LibreOffice)."""

from __future__ import annotations

import openpyxl

import barometre as bm
from barometre.render.excel.content import _NOTE_WIDTH

SURVEY = """\ufeffCode INSEE;Commune;Facebook;Abonnés Facebook;X (ex-Twitter);Abonnés X;Instagram;Abonnés Instagram;Date du relevé
2A004;Ajaccio;Oui;12 345;Oui;3 210;Non;;15/10/2025
01053;Bourg-en-Bresse;Oui;8 500;Non;;Oui;1 234;15/10/2025
;Rennes;Oui;45 000;Oui;30 000;Oui;20 000;15/10/2025
;Quimper;Oui;;;;Oui;2 500;15/10/2025
;Saint-Brieuc;Non;;Oui;1 000;;;15/10/2025
;vannes;oui;10 500,0;non;;Oui;3 000;15/10/2025
;nantes;Oui;98 765;Oui;45 678;Oui;1,2k;15/10/2025
"""


def test_benchmark_notes_are_merged_over_one_page_at_most(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text(SURVEY, encoding="utf-8")
    s = bm.read_survey(path, type="ville_prefecture")
    out = bm.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s, entity="Nantes")
    ws = openpyxl.load_workbook(out)["Benchmark"]
    width = {k: v.width for k, v in ws.column_dimensions.items()}
    notes = [m for m in ws.merged_cells.ranges
             if isinstance(ws.cell(m.min_row, 1).value, str) and m.min_row == m.max_row
             and len(ws.cell(m.min_row, 1).value) > 60]
    assert len(notes) >= 4  # the ranks' note, the not-ranked peers, the population…
    for m in notes:
        span = sum(width[ws.cell(1, c).column_letter] for c in range(m.min_col, m.max_col + 1))
        assert span <= _NOTE_WIDTH, (str(m), span)
    assert max(m.max_col for m in notes) < ws.max_column  # not over the whole table
