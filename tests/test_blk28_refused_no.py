"""The blank rule decided on every answer of the column, refused rows' too (blk28, a user review).

enquete35.xlsx: « Morbihant » (a typo: the row is refused) answers Instagram « Non »; Mayenne's
Instagram cell is blank. ``validate`` said the blank « comptée comme absence », and once the
name was fixed « comptée comme « non renseigné » »: the refused row's « Non » was left out of
the rule. A row refused for another cell's error still tells how the column is filled.
"""

from __future__ import annotations

import openpyxl

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading

NAMES = ["Ille-et-Vilaine", "Côtes-d'Armor", "Finistère", "Morbihant", "Loire-Atlantique",
         "Maine-et-Loire", "Mayenne", "Sarthe"]
UNKNOWN = "1 cellule vide comptée comme « non renseigné » (ligne {})"


def _instagram(name: str) -> str:
    return {"Morbihant": "Non", "Mayenne": ""}.get(name, "Oui")


def test_a_refused_rows_no_makes_the_blank_not_answered_xlsx(cli, tmp_path):
    """The review's workbook, its small-file reader: Mayenne's blank is not answered, as it
    is once « Morbihant » is corrected (was « comptée comme absence », Mayenne absent)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Département", "Facebook", "Instagram", "Date du relevé"])
    for name in NAMES:
        ws.append([name, "Oui", _instagram(name) or None, "15/10/2025"])
    path = tmp_path / "enquete.xlsx"
    wb.save(path)
    out = cli("validate", path).stdout
    assert "Instagram : " + UNKNOWN.format(8) in out
    assert "comptée comme absence" not in out
    df = bm.read_survey(path, errors="skip")
    mayenne = df[(df["name"] == "Mayenne") & (df["platform"] == "instagram")]
    assert len(mayenne) == 1 and mayenne["present"].isna().all()
    ig = bm.adoption(df).set_index("platform").loc["instagram"]
    assert (ig["n_present"], ig["n_base"], ig["n_unknown"]) == (6, 6, 1)


def test_a_refused_rows_no_on_both_csv_readers(tmp_path):
    """The same survey as a CSV: the normal and the columnar (large-file) readers agree, and
    both read Mayenne's blank as not answered."""
    lines = ["Département;Facebook;Instagram;Date du relevé"] + [
        f"{name};Oui;{_instagram(name)};15/10/2025" for name in NAMES]
    path = tmp_path / "enquete.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    for read in (normal_reader, fast_reader):
        df, problems = read(path)
        ig = df[(df["name"] == "Mayenne") & (df["platform"] == "instagram")]
        assert ig["present"].isna().all() and len(ig) == 1
        said = [p.to_dict() for p in problems if p.code.startswith("blank-")]
        assert [p["code"] for p in said] == ["blank-unknown"], said


def _two_waves(folder, refused_year: int):
    """A long run of two waves in one file: 2024 Instagram « x » or blank (no « Non »), 2025
    « Oui » but Mayenne's blank; « Morbihant » (refused) answers « Non » at ``refused_year``
    only, « x » at the other."""
    lines = ["Département;Instagram;Date du relevé"]
    for year in (2024, 2025):
        for i, name in enumerate(NAMES):
            if name == "Morbihant":
                cell = "Non" if year == refused_year else "x"
            elif year == 2024:
                cell = "x" if i < 4 else ""
            else:
                cell = _instagram(name)
            lines.append(f"{name};{cell};15/10/{year}")
    path = folder / f"vagues{refused_year}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_refused_rows_no_counts_in_its_own_wave_only(tmp_path):
    """Each wave's blanks by its own rule, a refused row's « Non » in the wave of its date:
    in 2025, Mayenne's blank is not answered and 2024's four blanks stay absences (was
    absent in both waves); in 2024, the four are not answered and Mayenne's 2025 blank is an
    absence. Both readers alike."""
    for refused_year, unknown, absent_year in ((2025, 2025, 2024), (2024, 2024, 2025)):
        path = _two_waves(tmp_path, refused_year)
        same_reading(normal_reader, fast_reader, path)
        for read in (normal_reader, fast_reader):
            df, problems = read(path)
            blanks = df[df["present"].isna()]
            assert set(blanks["year"]) == {unknown}, (refused_year, blanks)
            absent = df[(df["present"] == False) & (df["year"] == absent_year)]  # noqa: E712
            assert len(absent) == (4 if absent_year == 2024 else 1)
            assert "blank-waves" in {p.code for p in problems}
