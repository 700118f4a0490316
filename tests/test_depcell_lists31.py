"""A Département cell that lists several départements (« 35, 44, 56 »: an intercommunalité
across départements, as its lists write it) is read as that list and checked (session 31,
review reg31): it was warned « ne désignant aucun département », the entity unchecked."""

from __future__ import annotations

from typer.testing import CliRunner

import barometre as bm
from barometre.cli.app import app
from barometre.survey.entities import _departement_list

from .test_fast_path import fast_reader, normal_reader, same_reading


def test_a_list_of_departements_is_read_as_one_cell_reads_each():
    assert _departement_list("35, 44, 56") == frozenset({"35", "44", "56"})
    assert _departement_list("Ille-et-Vilaine / Loire-Atlantique") == frozenset({"35", "44"})
    assert _departement_list("29 - Finistère ; 56") == frozenset({"29", "56"})
    # one département, a part that names none, a repeat: no list
    for text in ("35", "Ille-et-Vilaine", "Seine-et-Marne", "35, Bretagne", "35, 35"):
        assert _departement_list(text) is None, text


def test_an_intercommunalite_across_departements_beside_their_list(tmp_path):
    # Redon Agglomération (243500741): communes of Ille-et-Vilaine, Loire-Atlantique and
    # Morbihan; the CA du Pays de Gex (240100750) is in the Ain alone
    path = tmp_path / "epci.csv"
    path.write_text("SIREN;Intercommunalité;Département;Facebook\n"
                    "243500741;Redon Agglomération;35, 44, 56;Oui\n"
                    "240100750;CA du Pays de Gex;29 / 22;Oui\n", encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    said = [(p.code, p.row, p.value) for p in bm.validate(path, type="epci")]
    assert said == [("entity-not-in-departement", 3, "240100750")]
    out = CliRunner().invoke(app, ["validate", str(path), "--type", "epci"])
    assert out.exit_code == 1
    assert "n'est pas dans le département 22, 29 : CA du Pays de Gex" in out.stdout
    assert "aucun département" not in out.stdout


def test_a_commune_in_one_of_the_listed_departements_passes(tmp_path):
    path = tmp_path / "communes.csv"
    path.write_text("Code;Nom;Département;Facebook\n"
                    "35238;Rennes;35 et 44;Oui\n"
                    "29019;Brest;22, 56;Oui\n", encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    said = [(p.code, p.row) for p in bm.validate(path, type="commune")]
    assert said == [("entity-not-in-departement", 3)]
