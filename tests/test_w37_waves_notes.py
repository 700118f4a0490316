"""Session 36 (W37): the waves' notes said alike in Python and by the commands.

- ``changes_table(...)`` (Python) lacked the notes ``barometre changes`` prints under its
  table: « TikTok non relevé à la vague du 14 octobre 2024 : pas d'évolution à mesurer sur
  ce réseau » (and « † », the Annuaire's measure). The table ends with them now
  (:func:`barometre.render.waves.changes_notes`); the command prints that table.
"""

from __future__ import annotations

import pytest

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


def test_a_wave_not_found_is_listed_as_said_and_as_typed(tmp_path, cli):
    """« --old 2019 »: the waves listed as the prose writes them and as one types them,
    « 15 octobre 2024 (--old 2024-10-15) », not « 2024-10-15 » alone; in Python,
    ``old="2024-10-15"``; a year-only wave as typed."""
    path = _tiktok_waves(tmp_path)
    res = cli("changes", "--data", str(path), "--new", "2019")
    assert res.exit_code == 2
    assert res.stderr == ("barometre : vague « 2019 » introuvable ; vagues disponibles : "
                          "15 octobre 2024 (--new 2024-10-15), 15 octobre 2025 "
                          "(--new 2025-10-15)\n")
    w = bm.read_waves([path])
    with pytest.raises(bm.UsageError) as err:
        bm.changes(w, old="2019")
    assert str(err.value).endswith('disponibles : 15 octobre 2024 (old="2024-10-15"), '
                                   '15 octobre 2025 (old="2025-10-15")')
    from barometre.analysis.waves import _choices

    assert [m.render("en") for m in _choices(["2024", "2025-10-15"], "old")] == [
        'old="2024"', '15 October 2025 (old="2025-10-15")']
