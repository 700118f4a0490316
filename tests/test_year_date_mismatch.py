"""A stated year (an « Année » column) that contradicts its row's reading date: an error
naming the row, and the row's readings left out, so that no row is split between the year
compare groups it in and the wave trend cuts it into (#hostile18: one Aude row, Année 2024
beside a Facebook reading of 15/10/2025, counted by compare in 2024, by trend in October
2025 for Facebook and in a wave « 2024 » for its undated Instagram). A campaign across
31 December may state either of its years: no error, and its undated readings join its wave.
"""

from __future__ import annotations

import json

import pytest

import barometre as bm
from barometre.datasets import reference
from barometre.survey import fastcsv

CODES = list(reference.departements()["code"])[:101]
#: 68 answers as 67 and 2B as 2A: one council (the CeA, the Collectivité de Corse), one answer
#: (else council-territories-disagree, beside what these tests are about)
_FIRST = {"68": "67", "2B": "2A"}


def _odd(i: int, c: str) -> bool:
    """Row ``i`` (code ``c``) answers « Oui » on Instagram: every other row, a twin as its
    council's first territory."""
    return bool((CODES.index(_FIRST[c]) if c in _FIRST else i) % 2)


def _annee(path, n=60, odd=None):
    """The publisher's file: ``n`` départements, a dated Facebook reading and an undated
    Instagram one, Année 2025; ``odd``: {index: Année} rows contradicting their date."""
    rows = ["Code;Département;Facebook;Date Facebook;Instagram;Année"]
    names = dict(zip(reference.departements()["code"], reference.departements()["name"]))
    for i, c in enumerate(CODES[:n]):
        year = (odd or {}).get(i, 2025)
        rows.append(f"{c};{names[c]};{'Oui' if i % 3 else 'Non'};15/10/2025;"
                    f"{'Oui' if _odd(i, c) else 'Non'};{year}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


AUDE_FR = ("année « 2024 », mais le relevé Facebook de cette ligne est daté du 15 octobre 2025 "
           "(2025) : l'année ou la date est fausse, corrigez l'une ou l'autre (ligne laissée "
           "de côté)")


@pytest.mark.parametrize("fast", [False, True])
def test_a_year_that_contradicts_the_date_is_an_error_per_row(tmp_path, monkeypatch, fast):
    f = _annee(tmp_path / "deps_annee2.csv", odd={10: 2024, 40: 2023})
    if fast:  # the columnar reader: the same problems
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    found = bm.validate(f)
    assert [(p.code, p.severity, p.row, p.column) for p in found] == [
        ("year-date-mismatch", "error", 12, "Année"),
        ("year-date-mismatch", "error", 42, "Année")]
    assert found[0].message == AUDE_FR
    assert found[1].text("en") == (
        "year “2023”, but this row's Facebook reading is dated 15 October 2025 (2025): the year "
        "or the date is wrong, correct one of them (row left out)")
    # no "plusieurs années" any more: the rows are left out, both of their readings
    survey = bm.read_survey(f, errors="skip")
    assert 12 not in set(survey["source_row"]) and 42 not in set(survey["source_row"])
    assert set(survey["year"]) == {2025}


def test_the_columnar_path_gives_the_same_problems(tmp_path, monkeypatch):
    f = _annee(tmp_path / "a.csv", odd={10: 2024})
    normal = [p.to_dict() for p in bm.validate(f)]
    monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    assert [p.to_dict() for p in bm.validate(f)] == normal


def test_validate_names_the_row_and_the_commands_refuse_the_file(cli, tmp_path):
    f = _annee(tmp_path / "deps_annee2.csv", odd={10: 2024})
    out = cli("validate", f)
    assert (f"deps_annee2.csv, ligne 12, colonne « Année » : erreur : {AUDE_FR}"
            in out.stdout.splitlines())
    assert "plusieurs années" not in out.stdout
    for args in (("compare", "--type", "departement", "--data", f),
                 ("trend", "--type", "departement", "--data", f)):
        res = cli(*args)
        assert res.exit_code != 0
        assert "Instagram           2024" not in res.stdout  # no wave of one undated row


def _campaign(path, year):
    """A wide file: a Facebook reading dated 10/12/2024 (60 rows) or 15/01/2025 (41 rows),
    an undated Instagram reading, the campaign's year ``year`` on every row."""
    rows = ["Code;Facebook;Date Facebook;Instagram;Année"]
    for i, c in enumerate(CODES):
        d = "10/12/2024" if i < 60 else "15/01/2025"
        rows.append(f"{c};{'Oui' if i % 3 else 'Non'};{d};{'Oui' if _odd(i, c) else 'Non'};"
                    f"{year}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("year", [2024, 2025])
def test_a_campaign_across_new_year_may_state_either_year_one_wave(cli, tmp_path, year):
    """The year column is the fix ``campaign-crosses-year`` gives: not a contradiction; and
    trend keeps each row whole: its undated Instagram reading in the Facebook's wave (it
    made a wave « 2025 » of its own when the year stated was not the wave's date's)."""
    f = _campaign(tmp_path / "camp.csv", year)
    assert bm.validate(f) == []
    res = cli("trend", "--type", "departement", "--data", f, "-f", "json")
    rows = json.loads(res.stdout)
    assert {(r["platform"], r["wave"], r["n_base"]) for r in rows
            if r["platform"] in ("facebook", "instagram")} == {
        ("facebook", "2024-12-10", 101), ("instagram", "2024-12-10", 101)}
    res = cli("compare", "--type", "departement", "--data", f, "-f", "json")
    assert {(r["platform"], r["year"], r["n_base"]) for r in json.loads(res.stdout)
            if r["platform"] in ("facebook", "instagram")} == {
        ("facebook", year, 101), ("instagram", year, 101)}


def test_a_typo_in_a_campaign_across_new_year_is_still_an_error(tmp_path):
    f = _campaign(tmp_path / "camp.csv", 2024)
    lines = f.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5][:-4] + "2023"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [p] = bm.validate(f)
    assert (p.code, p.row) == ("year-date-mismatch", 6)
