"""Two waves holding a part of the type whole (the 96 metropolitan départements), some
answers unknown: ``changes`` shows a sure range in place of p. Its note said « les deux
vagues relèvent toutes les entités du type » (the 101) and nothing named the part; it now
says the part's words and names the 96, without calling anything « exhaustif »; the
same part with every answer known keeps its « exhaustif » note (session 23, reviewer)."""

from __future__ import annotations

import openpyxl

from .test_wav23b import _metro_waves

TYPE_WORDS = "toutes les entités du type, sans tirage"
PART_WORDS = "toutes les entités de la partie du type que tiennent les vagues, sans tirage"
NAMED = "Les vagues tiennent les 96 départements de métropole et rien d'outre-mer"


def _said(res) -> str:
    return (res.stdout + res.stderr).replace("\u202f", " ")


def test_changes_on_a_part_with_unknowns_says_the_part(cli, tmp_path):
    old, new = _metro_waves(tmp_path)
    res = cli("changes", "--data", old, "--data", new)
    assert res.exit_code == 0, res.output
    out = _said(res)
    assert "−2,1 à +8,4 pts" in out  # the sure range over the 96, in place of p
    assert PART_WORDS in out and TYPE_WORDS not in out
    assert NAMED in out and "pas celle des 101 départements" in out
    assert "« exhaustif » : les vagues tiennent" not in out  # nothing counted whole
    en = _said(cli("changes", "--data", old, "--data", new, "--lang", "en"))
    assert "of the part of the type the waves hold" in en and "The waves hold the 96" in en


def test_the_part_counted_whole_keeps_its_census_note(cli, tmp_path):
    old, new = _metro_waves(tmp_path)
    full = tmp_path / "metro2025full.csv"
    full.write_text("\n".join(line if not line.endswith(";15/10/2025") or ";;" not in line
                              else line.replace(";;", ";Oui;")
                              for line in new.read_text(encoding="utf-8").splitlines()) + "\n",
                    encoding="utf-8")
    out = _said(cli("changes", "--data", old, "--data", full))
    assert "« exhaustif » : les vagues tiennent les 96 départements de métropole" in out
    assert PART_WORDS not in out and TYPE_WORDS not in out  # no sure range: no such note


def test_the_report_movements_say_the_part(cli, tmp_path):
    old, new = _metro_waves(tmp_path)
    out = tmp_path / "m.xlsx"
    res = cli("report", "--data", old, "--data", new, "-o", out)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["Mouvements"]
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row
                    if c.value is not None).replace("\u202f", " ")
    assert PART_WORDS in text and TYPE_WORDS not in text
    assert NAMED in text
    # the method line, as the terminal's: no « exhaustif » of the type; nor of the part,
    # which no cell says here (a sure range in place of p: des24, tests/test_des24_legend.py)
    assert "toute la partie du type que tiennent les vagues est comparée" not in text
    assert "« exhaustif » : toutes les entités du type sont comparées" not in text
    assert "(arrivées contre départs), bilatéral." in text and "bilatéral ; « exhaustif »" not in text


def test_the_sure_range_note_says_the_change_column_may_fall_outside(cli, tmp_path):
    # +9,3 pts over the 86 comparable beside « −2,1 à +8,4 pts » over the 96: both right,
    # and the note says why they differ rather than leave a seeming contradiction
    old, new = _metro_waves(tmp_path)
    out = _said(cli("changes", "--data", old, "--data", new))
    assert "+9,3 pts" in out and "−2,1 à +8,4 pts" in out
    assert ("la colonne Évolution, celle des seules entités comparables, peut en sortir."
            in out)
    en = _said(cli("changes", "--data", old, "--data", new, "--lang", "en"))
    assert "the Change column, the comparable entities' alone, may fall outside it." in en


def test_files_of_two_types_are_named_by_their_labels(cli, tmp_path):
    reg = tmp_path / "reg.csv"
    reg.write_text("Code;Facebook;Date du relevé\nBretagne;Oui;15/10/2024\n"
                   "Normandie;Non;15/10/2024\n", encoding="utf-8")
    com = tmp_path / "com.csv"
    com.write_text("Code;Facebook;Date du relevé\n01053;Oui;15/10/2025\n"
                   "44109;Non;15/10/2025\n", encoding="utf-8")
    res = cli("trend", "--data", reg, "--data", com)
    assert res.exit_code == 2
    err = res.stderr
    assert "(reg.csv : régions, com.csv : communes)" in err, err
    assert "donnez les fichiers d'un même type" in err and "Traceback" not in err
    en = cli("trend", "--data", reg, "--data", com, "--lang", "en").stderr
    assert "(reg.csv: regions, com.csv: municipalities)" in en, en
