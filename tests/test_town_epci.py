"""An intercommunalité asked by its town (review town17: a communicator of a CA).

« Quimper » with ``--type epci`` answered « aucune collectivité … ne s'appelle « Quimper » »
without a word of CA Quimper Bretagne Occidentale; « Lorient » and « CA Lorient » suggested
the CC de l'Oriente; « Grand Bourg Agglomération » (the usage name of the CA du Bassin de
Bourg-en-Bresse) two other CA; ``benchmark --entity Quimper`` on a survey of EPCI said
Quimper is a commune, not which grouping it belongs to. A commune's name is not its EPCI:
the grouping is suggested (first, said as such), never taken for it. On the real reference
(``communes.csv``'s ``epci`` column).
"""

from __future__ import annotations

import pytest

from barometre.datasets.reference import resolve, resolve_many
from barometre.domain.errors import ResolveError


def _error(text: str, type_: str = "epci") -> ResolveError:
    with pytest.raises(ResolveError) as exc:
        resolve(text, type=type_)
    return exc.value


@pytest.mark.parametrize("text, town, commune, epci, epci_name", [
    ("Quimper", "Quimper", "29232", "200068120", "CA Quimper Bretagne Occidentale"),
    ("quimper", "Quimper", "29232", "200068120", "CA Quimper Bretagne Occidentale"),
    ("Grasse", "Grasse", "06069", "200039857", "CA du Pays de Grasse"),
    ("Lorient", "Lorient", "56121", "200042174", "CA Lorient Agglomération"),
    ("Bourg en bresse", "Bourg-en-Bresse", "01053", "200071751",
     "CA du Bassin de Bourg-en-Bresse"),
    # the words of a grouping around the town's name
    ("Quimper agglo", "Quimper", "29232", "200068120", "CA Quimper Bretagne Occidentale"),
    ("CA Lorient", "Lorient", "56121", "200042174", "CA Lorient Agglomération"),
    ("Agglomération de Quimper", "Quimper", "29232", "200068120",
     "CA Quimper Bretagne Occidentale"),
    ("Métropole de Rouen", "Rouen", "76540", "200023414", "Métropole Rouen Normandie"),
    ("Pau agglo", "Pau", "64445", "200067254", "CA Pau Béarn Pyrénées"),
])
def test_a_communes_name_suggests_its_epci_first_never_resolved(text, town, commune, epci,
                                                                epci_name):
    err = _error(text)
    assert err.code == "unknown-entity"  # not found: a commune is not its EPCI
    assert err.candidates[0].code == epci
    assert [(c.code, e.code) for c, e in err.towns] == [(commune, epci)]
    assert err.towns[0][0].name == town and err.towns[0][0].collectivity_type == "commune"
    assert err.render("fr").startswith(
        f"aucune collectivité de type « intercommunalité » ne s'appelle « {text} » ; "
        f"{town} est une commune de {epci_name} ({epci}) : écrivez {epci}")
    assert f"; {town} is a commune of {epci_name} ({epci}): write {epci}" in err.render("en")


def test_the_epci_whose_name_holds_the_town_before_a_fuzzy_match():
    """« CA Lorient »: CA Lorient Agglomération, then the CC de l'Oriente (a close word),
    which alone was suggested; « Quimper agglo »: not the CA Quimperlé Communauté."""
    codes = [c.code for c in _error("CA Lorient").candidates]
    assert codes == ["200042174", "200015162"]
    assert _error("CA Lorient").render("fr").endswith(
        "écrivez 200042174 ; les plus proches : CC de l'Oriente (200015162)")
    assert [c.code for c in _error("Quimper agglo").candidates] == ["200068120"]
    assert [c.code for c in _error("Quimper").candidates] == ["200068120"]


def test_the_usage_name_grand_bourg_agglomeration():
    assert resolve("Grand Bourg Agglomération", type="epci").code == "200071751"
    assert resolve("grand bourg agglomeration").code == "200071751"


def test_communes_of_one_name_each_with_its_epci():
    """Four communes are called Saint-Denis: each said with its département and its
    grouping, the most populous first; none chosen."""
    err = _error("Saint-Denis")
    assert [(c.code, e.code) for c, e in err.towns] == [
        ("97411", "249740119"), ("93066", "200054781"), ("11339", "200042463"),
        ("30247", "200035129")]
    assert [c.code for c in err.candidates] == ["249740119", "200054781", "200042463",
                                                "200035129"]
    fr = err.render("fr")
    assert "; 4 communes s'appellent Saint-Denis : Saint-Denis (974) dans CA Intercommunale " \
           "du Nord de la Réunion (CINOR) (249740119), Saint-Denis (93) dans Métropole du " \
           "Grand Paris (200054781), " in fr
    assert fr.endswith("; écrivez 249740119 ou 200054781 ou 200042463 ou 200035129")
    assert "; 4 communes are named Saint-Denis: Saint-Denis (974) in " in err.render("en")


def test_as_a_metropole_and_not_as_an_epci_of_another_type():
    """Villeurbanne is a commune of the Métropole de Lyon: suggested with ``metropole``;
    with ``epci`` no grouping (the Métropole de Lyon is not an EPCI)."""
    err = _error("Villeurbanne", "metropole")
    assert [c.code for c in err.candidates] == ["200046977"]
    assert "Villeurbanne est une commune de Métropole de Lyon (200046977)" in err.render("fr")
    assert not _error("Villeurbanne", "epci").towns
    # a commune's name without a type, or as a commune, is the commune
    assert resolve("Quimper").code == resolve("Quimper", type="commune").code == "29232"


def test_the_cli_says_it_in_french_and_in_english(cli):
    r = cli("resolve", "Quimper", "--type", "epci")
    assert r.exit_code == 1 and r.stdout == ""
    assert r.stderr.strip() == (
        "barometre : aucune collectivité de type « intercommunalité » ne s'appelle "
        "« Quimper » ; Quimper est une commune de CA Quimper Bretagne Occidentale "
        "(200068120) : écrivez 200068120")
    en = cli("resolve", "Quimper agglo", "--type", "epci", "--lang", "en")
    assert en.exit_code == 1
    assert en.stderr.strip().endswith(
        "; Quimper is a commune of CA Quimper Bretagne Occidentale (200068120): "
        "write 200068120")


def _survey(tmp_path):
    f = tmp_path / "ca.csv"
    f.write_text("SIREN;Intercommunalité;Facebook;Abonnés Facebook\n"
                 "200068120;CA Quimper Bretagne Occidentale;Oui;5200\n"
                 "200042174;CA Lorient Agglomération;Oui;9100\n"
                 "200039857;CA du Pays de Grasse;Oui;4300\n"
                 "200071751;CA du Bassin de Bourg-en-Bresse;Oui;6100\n", encoding="utf-8")
    return f


def test_benchmark_entity_names_the_epci_of_the_town(cli, tmp_path):
    f = _survey(tmp_path)
    r = cli("benchmark", "--entity", "Quimper", "--data", f)
    assert r.exit_code == 1
    assert r.stderr.strip().endswith(
        "Quimper est une commune de CA Quimper Bretagne Occidentale (200068120) : "
        "--entity 200068120")
    en = cli("benchmark", "--entity", "CA Lorient", "--data", f, "--lang", "en")
    assert "Lorient is a commune of CA Lorient Agglomération (200042174): --entity " \
           "200042174" in en.stderr
    ok = cli("benchmark", "--entity", "200068120", "--data", f)
    assert ok.exit_code == 0 and ok.stdout.startswith("CA Quimper Bretagne Occidentale")
    ok = cli("benchmark", "--entity", "Grand Bourg Agglomération", "--data", f)
    assert ok.exit_code == 0 and ok.stdout.startswith("CA du Bassin de Bourg-en-Bresse")


def test_a_survey_row_named_by_its_town(tmp_path):
    """Without a SIREN, « Quimper » in a survey of EPCI is an error that names its CA; beside
    the CA's SIREN it stays the warning of a name not recognised (read by the code)."""
    import barometre as bm

    f = tmp_path / "epci.csv"
    f.write_text("SIREN;Nom;Facebook;Abonnés Facebook\n"
                 ";Quimper;Oui;100\n"
                 "200068120;Quimper;Oui;100\n", encoding="utf-8")
    probs = [(p.severity, p.row, p.message) for p in bm.validate(f, type="epci")]
    errors = [m for s, _, m in probs if s == "error"]
    assert len(errors) == 1 and errors[0].endswith(
        "Quimper est une commune de CA Quimper Bretagne Occidentale (200068120) : "
        "écrivez 200068120")
    assert [s for s, _, m in probs if "200068120 (CA Quimper" in m] == ["warning"]
    out = resolve_many(["Quimper", "200068120"], type="epci")
    assert isinstance(out[0], ResolveError) and out[0].candidates[0].code == "200068120"
    assert out[1].code == "200068120"
