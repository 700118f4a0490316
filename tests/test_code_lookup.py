"""The survey reader's look-up of plain codes (#19): cells found as they are, the others by
their text, SIRENs made only when asked, codes numbered from the table's rows; each the
same answer as the look-up of every cell's text in one dict of codes and SIRENs."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from barometre.datasets import name_index
from barometre.survey import entities
from barometre.survey.raw import factorize_objects
from barometre.survey.reader import read_coded
from barometre.survey.values import _text

TIERS = ["commune", "departement", "region", "epci", "metropole"]


@pytest.mark.parametrize("tier", TIERS)
def test_codes_are_unique_and_have_nothing_to_strip(tier):
    """What lets a cell be looked up as it is, and a code's row stand for the code."""
    codes = name_index.code_table(tier).code.tolist()
    assert len(set(codes)) == len(codes)
    assert all(isinstance(c, str) and c and c == c.strip() for c in codes)


def _cells(tier: str) -> list:
    table = name_index.code_table(tier)
    code, siren = table.code.tolist(), table.entities._cols["siren"]
    some = [code[0], code[len(code) // 2], code[-1]]
    sirens = [s for s in siren if s][:2]
    return [*some, *sirens, f" {some[1]} ", f"{some[1]}\t", some[1].lstrip("0"), "1001",
            "01001", "99999", "2a004", "Nantes", "", None, np.nan, 44109, 44109.0, 1.5,
            np.str_(some[1]), dt.date(2024, 1, 1), True, some[0].lower()]


@pytest.mark.parametrize("tier", TIERS)
def test_code_rows_are_the_dict_look_up_of_each_text(tier):
    table = name_index.code_table(tier)
    values = np.array(_cells(tier), dtype=object)
    want = [table.codes.get(_text(v), -1) for v in values]
    assert entities._code_rows(table, values).tolist() == want
    assert (np.asarray(want) >= 0).sum() >= 5  # codes and SIRENs found, padded ones too


def test_code_rows_of_a_cell_that_cannot_be_hashed():
    table = name_index.code_table("commune")
    values = np.empty(4, dtype=object)
    values[:] = ["44109", ["44109"], " 214401093", None]
    assert entities._code_rows(table, values).tolist() == [
        table.by_code["44109"], -1, table.codes["214401093"], -1]


def test_sirens_are_looked_up_only_when_a_cell_is_not_a_code():
    code = textwrap.dedent("""
        import numpy as np
        from barometre.datasets import name_index, reference
        from barometre.survey import entities
        t = name_index.code_table("commune")
        rows = entities._code_rows(t, np.array(["44109", "01053"], dtype=object))
        assert rows.tolist() == [t.by_code["44109"], t.by_code["01053"]]
        assert "codes" not in vars(t), "the SIRENs' dict made for plain codes"
        # the columns a survey of plain codes uses, and none other made
        assert set(reference._columns("communes.csv")._made) == {"code", "name", "population"}
        assert entities._code_rows(t, np.array(["214401093"], dtype=object)).tolist() == [
            t.by_code["44109"]]
    """)
    subprocess.run([sys.executable, "-c", code], check=True)


COMMUNES = ("code;commune;plateforme;present;date\n"
            "01053;;Facebook;Oui;15/10/2025\n1053;;Facebook;Non;15/10/2024\n"
            ";Bourg-en-Bresse;X;Oui;15/10/2025\n214401093;;X;Oui;15/10/2025\n"
            "44109;Nantes;Facebook;Oui;15/10/2025\n99999;;X;Oui;15/10/2025\n"
            ";Nantes;Instagram;Oui;15/10/2025\n ;Commune inconnue;X;Non;15/10/2025\n"
            "35238;;X;Non;15/10/2025\n2A004;;X;Oui;15/10/2025\n")
WITH_HINT = ("commune;departement;plateforme;present;date\n"
             "Saint-Denis;974;Facebook;Oui;15/10/2025\nSaint-Denis;93;Facebook;Non;15/10/2025\n"
             "97411;974;X;Oui;15/10/2025\n93066;;X;Oui;15/10/2025\n"
             "Saint-Denis;974;X;Non;15/10/2025\nVille inconnue;44;X;Oui;15/10/2025\n")
DEPARTEMENTS = ("code;plateforme;present;date\n44;Facebook;Oui;15/10/2025\n"
                "CeA;Facebook;Oui;15/10/2025\nDépartement du Rhône;X;Oui;15/10/2025\n"
                "Loire-Atlantique;X;Non;15/10/2025\n6AE;X;Non;15/10/2025\n"
                "1;X;Oui;15/10/2025\n99;X;Oui;15/10/2025\n")


@pytest.mark.parametrize("text,type_id", [(COMMUNES, "commune"), (WITH_HINT, "commune"),
                                          (DEPARTEMENTS, "departement"),
                                          (DEPARTEMENTS, "region")])
def test_codes_numbered_from_the_rows_are_those_factorized(tmp_path, monkeypatch, text,
                                                          type_id):
    """Codes found by code, SIREN, restored code, name (and name with a département),
    institutions past the table's rows, unknown entities: the numbers and the distinct codes
    ``factorize_objects`` makes of the entities' codes."""
    seen = []
    numbered = entities._Resolved.numbered_codes

    def checked(self):
        got = numbered(self)
        want = factorize_objects(self.arrays[1])
        assert got[0].dtype == want[0].dtype and got[0].tolist() == want[0].tolist()
        assert got[1].dtype == object and got[1].tolist() == want[1].tolist()
        seen.append(want[1].tolist())
        return got

    monkeypatch.setattr(entities._Resolved, "numbered_codes", checked)
    path = tmp_path / "enquete.csv"
    path.write_text(text, encoding="utf-8")
    read_coded(path, type=type_id, errors="skip")
    assert len(seen) == 1 and seen[0]
