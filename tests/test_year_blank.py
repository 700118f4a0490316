"""A blank year cell (the reviewer's d2_year_partial.csv, year18).

« Année » 2025 on every row but one (« Oui » and a count, its year blank, no date column):
compare counted 100 départements of 101, an interval instead of the census, and said
nothing; rank set that row aside as « plus ancien ». As a reading without its own date
takes the wave's date, a reading without its own year now takes the file's one year, said
(``file-year``); in a file of several years it stays of no year, and compare and rank say
it in its own words (never « older », never a non-answer).
"""

from __future__ import annotations

import json

import barometre as bm


def _file(tmp_path, years=("2025",), blank_row: int = 3):
    """The 101 départements, Facebook « Oui » with a count on every third, « Non »
    elsewhere; the « Année » cell of data row ``blank_row`` (an « Oui ») blank, the others
    ``years`` in turn. Returns the path and the blank row's line number."""
    from barometre import reference

    lines = ["Code;Département;Facebook;Abonnés Facebook;Année"]
    for i, (c, n) in enumerate(zip(reference.entities("departement")["code"],
                                   reference.entities("departement")["name"])):
        yes = i % 3 == 0 or i == blank_row
        year = "" if i == blank_row else years[i % len(years)]
        lines.append(f"{c};{n};{'Oui' if yes else 'Non'};{1000 + i if yes else ''};{year}")
    path = tmp_path / "annee.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, blank_row + 2


def test_blank_year_takes_the_files_year_said(tmp_path):
    path, line = _file(tmp_path)
    found = bm.validate(path)
    said = [p for p in found if p.code == "file-year"]
    assert len(said) == 1 and said[0].count == 1 and list(said[0].rows) == [line]
    assert said[0].message == (f"1 relevé sans année rattaché à l'année du fichier, 2025 "
                               f"(ligne {line})")
    assert not any(p.code == "no-date" for p in found)
    survey = bm.read_survey(path)
    assert set(survey["year"].dropna().astype(int)) == {2025}
    assert not survey["year"].isna().any()


def test_compare_counts_the_census(tmp_path, cli):
    path, _ = _file(tmp_path)
    res = cli("compare", "--data", path, "-t", "departement", "-f", "json")
    assert res.exit_code == 0, res.output
    (row,) = json.loads(res.stdout)
    assert (row["n_surveyed"], row["n_reference"], row["n_base"]) == (101, 101, 101)
    assert row["census"] is True
    # the blank year's « Oui » counted as the same file's with its year written
    full = tmp_path / "full.csv"
    full.write_text(path.read_text(encoding="utf-8").replace(";\n", ";2025\n"),
                    encoding="utf-8")
    (written,) = json.loads(cli("compare", "--data", full, "-t", "departement",
                                "-f", "json").stdout)
    assert row["n_present"] == written["n_present"]
    assert (row["share"], row["ci_low"]) == (written["share"], written["ci_low"])
    text = cli("compare", "--data", path, "-t", "departement").stdout
    assert "Couverture : 101 sur 101" in text and "exhaustif" in text


def test_several_years_blank_year_said_not_counted(tmp_path, cli):
    path, line = _file(tmp_path, years=("2024", "2025"))
    found = bm.validate(path)
    assert not any(p.code == "file-year" for p in found)
    (undated,) = [p for p in found if p.code == "no-date"]
    assert list(undated.rows) == [line]
    assert any(p.code == "multi-year" for p in found)  # a year column without dates
    res = cli("compare", "--data", path, "-t", "departement")
    assert res.exit_code == 0, res.output
    assert "1 relevé sans année, non compté" in res.output
    en = cli("compare", "--data", path, "-t", "departement", "--lang", "en")
    assert "1 reading without a year, not counted" in en.output


def test_rank_says_no_year_in_its_own_words(tmp_path, cli):
    path, _ = _file(tmp_path, years=("2024", "2025"))
    res = cli("rank", "--data", path, "-t", "departement", "-p", "facebook")
    assert res.exit_code == 0, res.output
    assert "1 relevé sans année, non classé" in res.stdout
    assert "année inconnue" not in res.stdout
    older = [ln for ln in res.stdout.splitlines() if "plus anciens" in ln]
    assert older and all("sans année" not in ln.split("plus anciens")[1].split(" ; ")[0]
                         for ln in older)
    focus = cli("rank", "--data", path, "-t", "departement", "-p", "facebook",
                "--entity", "04")
    assert "Alpes-de-Haute-Provence : relevé sans année, donc pas de rang" in focus.stdout


def test_english_says_who_has_no_year_or_date(tmp_path, cli):
    # « 1 reading without a year assigned to the file's year »: garbled English (enfix18);
    # the verb agrees with the count, the French is unchanged
    path, line = _file(tmp_path)
    en = cli("--lang", "en", "validate", path)
    assert (f"warning: 1 reading has no year: given the file's year, 2025 (line {line})"
            in en.stdout), en.stdout
    fr = cli("validate", path)
    assert f"1 relevé sans année rattaché à l'année du fichier, 2025 (ligne {line})" in fr.stdout
    # two readings without a date in a dated file: "have", the wave's date
    lines = ["Code;Facebook;Date"] + [f"{c};Oui;{'' if c in ('02', '03') else '15/10/2025'}"
                                      for c in ("01", "02", "03", "04", "05")]
    dated = tmp_path / "dates.csv"
    dated.write_text("\n".join(lines) + "\n", encoding="utf-8")
    en = cli("--lang", "en", "validate", dated, "-t", "departement")
    assert ("warning: 2 readings have no date: given the wave's date, 15 October 2025 (lines 3, 4)"
            in en.stdout), en.stdout
