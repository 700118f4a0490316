"""Two silent readings of spreadsheets (task inp24).

- A wave's date is its most frequent reading date. The reader counted the dates by their
  cell's text: one day written two ways in one file (« 15/10/2024 » and « 2024-10-15 »)
  was two days, its readings split between them, so a wave of 6 + 6 readings on 15/10 and
  8 on 17/10 was said « vague du 17/10/2024 » while ``read_waves`` (trend's rule, on the
  dates read) labels it 2024-10-15. The reader now counts the dates read.
"""

from __future__ import annotations

import pytest

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading


# ------------------------------------------------------------- one day written two ways

def _mixed_dates(path):
    """Ten départements read in October 2024 (3 on « 15/10/2024 », 3 on « 2024-10-15 »,
    4 on « 17/10/2024 »: 12 readings on the 15th, 8 on the 17th), again on 10/03/2025;
    Instagram's blanks beside « Oui » only in 2024 (absences), beside a « Non » in 2025."""
    lines = ["Département;Réseau;Présent;Date du relevé"]
    for k in range(1, 11):
        date = "15/10/2024" if k <= 3 else "2024-10-15" if k <= 6 else "17/10/2024"
        lines += [f"{k:02d};Facebook;Oui;{date}",
                  f"{k:02d};Instagram;{'Oui' if k % 2 else ''};{date}"]
    for k in range(1, 11):
        insta = "Oui" if k % 3 else "Non" if k == 3 else ""
        lines += [f"{k:02d};Facebook;Oui;10/03/2025", f"{k:02d};Instagram;{insta};10/03/2025"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_day_written_two_ways_is_one_day_of_its_wave(tmp_path):
    path = _mixed_dates(tmp_path / "deux-ecritures.csv")
    said = {p.code: p for p in bm.validate(path)}
    waves = said["blank-waves"].message
    assert "vague du 15/10/2024, 5 comptées comme absence" in waves  # was 17/10/2024
    assert "17/10/2024" not in waves
    assert "vague du 10/03/2025, 2 comptées comme « non renseigné »" in waves
    assert "wave of 2024-10-15" in said["blank-waves"].in_lang("en").message
    # the reader's waves are trend's: two waves, 15/10/2024 and 10/03/2025
    labels = bm.read_waves(path).groupby("wave_label").size().to_dict()
    assert labels == {"2024-10-15": 20, "2025-03-10": 20}


def test_a_day_written_two_ways_the_fast_reader_agrees(tmp_path):
    from barometre.survey import fastcsv

    path = _mixed_dates(tmp_path / "deux-ecritures.csv")
    with pytest.MonkeyPatch.context() as m:  # the fast path is taken: no tautology
        m.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        assert fastcsv._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)
