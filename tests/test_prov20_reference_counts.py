"""The counts that data/reference/README.md gives are those of the files it describes
(rvdata20 finding 9: name_keys.txt had 79,034 lines, the README said 79,001); and an
EPCI answers to its name without its legal form, « Châteauroux Métropole » (finding 8)."""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections import Counter
from pathlib import Path

import pytest

import barometre as bm
from barometre import reference

REF = Path(bm.__file__).parent / "data" / "reference"
README = (REF / "README.md").read_text(encoding="utf-8")


def _rows(name: str) -> list[dict]:
    raw = (REF / name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


def _n(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_table_of_files_counts_their_rows():
    table = re.findall(r"^\| `([^`]+)` \| ([\d,]+)( lines)? \|", README, flags=re.M)
    names = {name for name, _, _ in table}
    on_disk = {p.name for p in REF.iterdir() if p.name != "README.md"}
    assert names == on_disk  # every file in the table, and no other
    for name, count, lines in table:
        if lines:
            got = len((REF / name).read_bytes().splitlines())
        else:
            got = len(_rows(name))
        assert got == _n(count), (name, got, count)


def test_the_former_tables_counts_by_kind():
    names = Counter(r["kind"] for r in _rows("former_names.csv"))
    m = re.search(r"— ([\d,]+) déléguées and ([\d,]+)\s+associées", README)
    assert (names["deleguee"], names["associee"]) == (_n(m.group(1)), _n(m.group(2)))
    codes = _rows("former_codes.csv")
    kinds = Counter(r["kind"] for r in codes)
    m = re.search(r"commune déléguée \(([\d,]+)\) and commune associée \(([\d,]+)\)", README)
    assert (kinds["deleguee"], kinds["associee"]) == (_n(m.group(1)), _n(m.group(2)))
    m = re.search(r"\*\*(\d+) arrondissements municipaux\*\*", README)
    assert kinds["arrondissement"] == _n(m.group(1))
    m = re.search(r": ([\d,]+) rows, `code, name,", README)
    assert len(codes) == _n(m.group(1))


@pytest.mark.parametrize("name, code", [
    ("Châteauroux Métropole", "243600327"),  # CA Châteauroux Métropole
    ("Amiens Métropole", "248000531"),  # CA Amiens Métropole
    ("Le Mans Métropole", None),  # CU Le Mans Métropole
    ("Chartres Métropole", None),  # CA Chartres Métropole
    ("Pays Basque", "200067106"),  # as before
])
def test_an_epci_by_its_name_without_its_legal_form(name, code):
    found = reference.resolve(name, type="epci")
    assert found.code == (code or found.code)
    assert found.collectivity_type == "epci"
    assert "Métropole" in found.name or name == "Pays Basque"


def test_figures_give_chateauroux_metropole_its_code():
    f = bm.figures(entity="Châteauroux Métropole")
    assert len(f) and set(f["code"]) == {"243600327"}
