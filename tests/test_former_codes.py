"""Old INSEE codes say which commune they belong to (codes19): codes of communes déléguées
and associées, of the 45 arrondissements municipaux, and Corsican codes of before 1976 stay
errors (never read as the current commune), whose sentence says what the code is and which
one to write; problem codes ``former-code`` and ``corsica-code``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import barometre
import barometre as bm
from barometre.datasets import reference

#: after « écrivez 01015 »: the other case, the former one's own account (com19b's review:
#: « écrivez 13055 » alone led a mairie de secteur's followers into Marseille's)
FR = " si le compte relevé est celui de la commune ; s'il est celui {n} même, retirez la ligne"
EN = " if the account surveyed is the commune's; if it is that of {n} itself, remove the row"

LINES = {
    "01340": ("le code « 01340 » est celui de Saint-Bois, ancienne commune déléguée "
              "d'Arboys en Bugey : écrivez 01015" + FR.format(n="de Saint-Bois"),
              "the code “01340” is that of Saint-Bois, former commune déléguée of Arboys en "
              "Bugey: write 01015" + EN.format(n="Saint-Bois"), "former-code", "01015"),
    "75101": ("le code « 75101 » est celui de Paris 1er Arrondissement, arrondissement "
              "municipal de Paris : écrivez 75056" + FR.format(n="de Paris 1er Arrondissement"),
              "the code “75101” is that of Paris 1er Arrondissement, arrondissement municipal "
              "of Paris: write 75056" + EN.format(n="Paris 1er Arrondissement"), "former-code",
              "75056"),
    "20004": ("« 20004 » est un code corse d'avant 1976 : écrivez 2A004 (Ajaccio)",
              "“20004” is a Corsican code from before 1976: write 2A004 (Ajaccio)",
              "corsica-code", "2A004"),
}


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    f = tmp_path / "codes19.csv"
    f.write_text("code;facebook\n01340;Oui\n75101;Oui\n20004;Oui\n44109;Oui\n",
                 encoding="utf-8")
    return f


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_validate_says_what_each_old_code_is_and_which_to_write(cli, survey, lang):
    res = cli("validate", survey, "--type", "commune", "--lang", lang)
    assert res.exit_code == 1  # still errors: the rows are not read as the current commune
    col, line = ("colonne « code » : erreur", "ligne") if lang == "fr" else (
        "column “code”: error", "line")
    sep = " : " if lang == "fr" else ": "
    expected = [f"codes19.csv, {line} {row}, {col}{sep}{LINES[code][lang == 'en']}"
                for row, code in ((2, "01340"), (3, "75101"), (4, "20004"))]
    assert res.stdout.splitlines() == expected


def test_validate_json_keeps_the_error_severity_and_new_codes(cli, survey):
    import json

    res = cli("validate", survey, "--type", "commune", "--format", "json")
    got = [(p["row"], p["column"], p["value"], p["severity"], p["code"])
           for p in json.loads(res.stdout)]
    assert got == [(2, "code", "01340", "error", "former-code"),
                   (3, "code", "75101", "error", "former-code"),
                   (4, "code", "20004", "error", "corsica-code")]


@pytest.mark.parametrize("code", list(LINES))
def test_resolve_raises_with_the_current_commune_as_candidate(code):
    fr, en, problem, current = LINES[code]
    for type_ in (None, "commune"):
        with pytest.raises(bm.ResolveError) as exc:
            bm.resolve(code, type=type_)
        assert (exc.value.code, str(exc.value)) == (problem, fr)
        assert [c.code for c in exc.value.candidates] == [current]
    with pytest.raises(bm.ResolveError) as exc:
        bm.resolve(code, type="commune", lang="en")
    assert str(exc.value) == en
    # resolve_many returns the same error, not the current commune
    got = reference.resolve_many([code, "44109"], type="commune")
    assert isinstance(got[0], bm.ResolveError) and got[0].code == problem
    assert got[1].code == "44109"


def test_other_kinds_and_spelling_of_the_current_commune():
    cases = {
        "1340": "le code « 1340 » est celui de Saint-Bois, ancienne commune déléguée "
                "d'Arboys en Bugey : écrivez 01015" + FR.format(n="de Saint-Bois"),  # lost zero
        "69381": "le code « 69381 » est celui de Lyon 1er Arrondissement, arrondissement "
                 "municipal de Lyon : écrivez 69123" + FR.format(n="de Lyon 1er Arrondissement"),
        "13216": "le code « 13216 » est celui de Marseille 16e Arrondissement, "
                 "arrondissement municipal de Marseille : écrivez 13055"
                 + FR.format(n="de Marseille 16e Arrondissement"),
        "91182": "le code « 91182 » est celui de Courcouronnes, ancienne commune fusionnée "
                 "dans Évry-Courcouronnes : écrivez 91228" + FR.format(n="de Courcouronnes"),
    }
    f = reference.former_codes()
    assoc = f[f["kind"] == "associee"].iloc[0]
    with pytest.raises(bm.ResolveError) as exc:
        bm.resolve(assoc["code"], type="commune")
    assert "ancienne commune associée à" in str(exc.value) or \
        "ancienne commune associée au" in str(exc.value)
    assert f"écrivez {assoc['commune']} si le compte relevé est celui de la commune ; " \
        "s'il est celui" in str(exc.value) and str(exc.value).endswith("même, retirez la ligne")
    for code, said in cases.items():
        with pytest.raises(bm.ResolveError) as exc:
            bm.resolve(code, type="commune")
        assert (exc.value.code, str(exc.value)) == ("former-code", said)


def test_corsica_departement_20():
    for type_ in ("departement", None):
        with pytest.raises(bm.ResolveError) as exc:
            bm.resolve("20", type=type_)
        assert exc.value.code == "corsica-code"
        assert str(exc.value) == ("« 20 » est un code corse d'avant 1976 : écrivez 2A "
                                  "(Corse-du-Sud) ou 2B (Haute-Corse)")
        assert [c.code for c in exc.value.candidates] == ["2A", "2B"]
    with pytest.raises(bm.ResolveError) as exc:
        bm.resolve("20", type="departement", lang="en")
    assert str(exc.value) == ("“20” is a Corsican code from before 1976: write 2A "
                              "(Corse-du-Sud) or 2B (Haute-Corse)")


def test_a_current_commune_of_another_type_keeps_the_plain_error():
    # Paris is no petite ville: "write 75056" would be no better
    with pytest.raises(bm.ResolveError) as exc:
        bm.resolve("75101", type="petite_ville")
    assert exc.value.code == "unknown-code"
    with pytest.raises(bm.ResolveError) as exc:  # no such Corsican commune
        bm.resolve("20999", type="commune")
    assert exc.value.code == "unknown-code"


def test_entity_option_says_which_code_to_write(cli, tmp_path):
    f = tmp_path / "big.csv"
    f.write_text("code;facebook;facebook_followers\n75056;Oui;120000\n69123;Oui;80000\n"
                 "13055;Oui;60000\n", encoding="utf-8")
    res = cli("benchmark", "--entity", "75101", "--data", f, "--type", "commune")
    assert res.exit_code == 1
    assert res.stderr.strip() == "barometre : " + LINES["75101"][0]


# ---------------------------------------------------------------- the table

def test_former_codes_table_invariants():
    f = reference.former_codes()
    current = set(reference.communes()["code"])
    assert set(f["commune"]) <= current  # every code points at a current commune
    assert not set(f["code"]) & current  # and none is a current commune's
    assert f["code"].is_unique
    kinds = f["kind"].value_counts().to_dict()
    assert kinds["arrondissement"] == 45 and set(kinds) == {"deleguee", "associee",
                                                            "arrondissement", "fusionnee"}
    arr = f[f["kind"] == "arrondissement"].groupby("commune")["code"].apply(sorted).to_dict()
    assert arr == {"75056": [f"751{i:02d}" for i in range(1, 21)],
                   "69123": [f"6938{i}" for i in range(1, 10)],
                   "13055": [f"132{i:02d}" for i in range(1, 17)]}
    assert len(f) == 2038


def test_each_corsican_number_is_in_one_departement_only():
    current = set(reference.communes()["code"])
    tails = {c[2:] for c in current if c[:2] in ("2A", "2B")}
    assert len(tails) == 360
    assert all(("2A" + t in current) != ("2B" + t in current) for t in tails)
    assert not any(c.startswith("20") for c in current)


def test_the_table_is_not_in_the_name_keys():
    from barometre.datasets import name_index

    assert "former_codes.csv" not in name_index._SOURCES


_PROBE = r"""
import sys
from barometre.survey.reader import read_coded
from barometre.domain.errors import BarometreError
from barometre.datasets import former_codes
try:
    read_coded(sys.argv[1], type="commune")
except BarometreError:  # a file with an error is refused
    pass
print(former_codes._index.cache_info().currsize)
"""


def test_a_clean_file_never_reads_the_table(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(Path(barometre.__file__).parents[1]))
    read = []
    for name, codes in (("clean", "01015 75056 2A004"), ("old", "01015 01340")):
        f = tmp_path / f"{name}.csv"
        f.write_text("code;facebook\n" + "".join(f"{c};Oui\n" for c in codes.split()),
                     encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", _PROBE, str(f)], env=env, check=True,
                             capture_output=True, text=True, timeout=120).stdout
        read.append(out.strip())
    assert read == ["0", "1"]  # read for the file with an old code only
