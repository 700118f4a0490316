"""Session 36 (W37): the waves' notes said alike in Python and by the commands.

- ``changes_table(...)`` (Python) lacked the notes ``barometre changes`` prints under its
  table: « TikTok non relevé à la vague du 14 octobre 2024 : pas d'évolution à mesurer sur
  ce réseau » (and « † », the Annuaire's measure). The table ends with them now
  (:func:`barometre.render.waves.changes_notes`); the command prints that table.
"""

from __future__ import annotations

import barometre as bm
from barometre.analysis.waves import movers, transitions
from barometre.render.waves import changes_table




def _tiktok_waves(tmp_path):
    """Two waves of départements, TikTok read at the second only."""
    rows = ["Code;Département;Plateforme;Présent;Date du relevé"]
    for year in (2024, 2025):
        for d in ("01", "02", "03", "04"):
            rows.append(f"{d};;Facebook;{'Oui' if d != '04' else 'Non'};15/10/{year}")
            if year == 2025:
                rows.append(f"{d};;TikTok;{'Oui' if d < '03' else 'Non'};15/10/{year}")
    path = tmp_path / "releves.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_changes_table_ends_with_the_platform_not_read_as_the_command(tmp_path, cli):
    path = _tiktok_waves(tmp_path)
    w = bm.read_waves([path])
    moves = transitions(w)
    table = changes_table(bm.changes(w), movers(moves))
    note = ("TikTok non relevé à la vague du 15 octobre 2024 : pas d'évolution à mesurer "
            "sur ce réseau")
    assert table.split("\n")[-1] == note
    en = changes_table(bm.changes(w), movers(moves), lang="en").split("\n")[-1]
    assert en.startswith("TikTok not read")
    # the command prints that table, its note once
    out = cli("changes", "--data", str(path)).stdout
    assert out.rstrip("\n") == table
    # beside CSV, the note on stderr, the output its rows
    res = cli("changes", "--data", str(path), "-f", "csv")
    assert note in res.stderr and note not in res.stdout
