"""Intercommunalités named as their publishers write them (review 18a: a communicator of an
EPCI / métropole).

« Communauté d'agglomération du Pays Basque », « Agglomération de La Rochelle », « MEL »,
« Métropole du Grand Lyon », « CA Paris Saclay »… answered « aucune collectivité ne
s'appelle … », while « CA du Pays Basque » and the SIREN worked: the legal form was taken
off the reference's names, never off the name asked.
"""

from __future__ import annotations

import pytest

from barometre.datasets.reference import resolve, resolve_many
from barometre.domain.errors import ResolveError


@pytest.mark.parametrize("text, type_, code", [
    ("Communauté d'agglomération du Pays Basque", None, "200067106"),
    ("Communauté d'agglomération de La Rochelle", None, "241700434"),
    ("Agglomération de La Rochelle", None, "241700434"),
    ("Agglomération de La Rochelle", "epci", "241700434"),
    ("Communauté de communes de la Vallée d'Ossau", "epci", "246400337"),
    ("Communauté urbaine du Grand Reims", None, "200067213"),
    ("CA Paris Saclay", None, "200056232"),
    ("Paris-Saclay", "epci", "200056232"),
    ("Communauté Paris-Saclay", None, "200056232"),
    ("Lille", "metropole", "200093201"),
    ("Métropole européenne de Lille", "epci", "200093201"),
    ("MEL", None, "200093201"),
    ("Grand Lyon", None, "200046977"),
    ("Métropole du Grand Lyon", "metropole", "200046977"),
    ("Métropole Aix-Marseille-Provence", None, "200054807"),
    ("Eurométropole de Strasbourg", "metropole", "246700488"),
])
def test_an_epci_named_with_its_legal_form_long_or_short(text, type_, code, cli):
    assert resolve(text, type=type_).code == code
    args = ("resolve", text) + (("--type", type_) if type_ else ())
    r = cli(*args)
    assert r.exit_code == 0, r.stderr
    assert code in r.stdout


def test_the_spelled_out_form_of_a_survey_row_without_siren_is_read(tmp_path):
    """The review's file: « ;Communauté d'agglomération du Pays Basque » was an error."""
    import barometre as bm

    f = tmp_path / "ca.csv"
    f.write_text("SIREN;Nom de l'EPCI;Facebook;Abonnés Facebook\n"
                 ";Communauté d'agglomération du Pays Basque;Oui;14781\n"
                 ";Agglomération de La Rochelle;Oui;10808\n"
                 "200055655;CA Roissy Pays de France;Oui;13837\n", encoding="utf-8")
    assert not [p.message for p in bm.validate(f, type="epci") if p.severity == "error"]
    s = bm.read_survey(f, type="epci")
    assert sorted(s["code"].unique()) == ["200055655", "200067106", "241700434"]


def test_the_legal_form_says_the_kind():
    """« CA … » is no communauté de communes: the rest of the name is looked for among the
    groupings of the kind the form says only."""
    with pytest.raises(ResolveError) as e:
        resolve("CA de la Vallée d'Ossau", type="epci")  # a CC
    assert e.value.code == "unknown-entity"
    with pytest.raises(ResolveError):
        resolve("Communauté de communes du Pays Basque")  # a CA


def test_a_part_of_a_name_is_suggested_before_a_partial_likeness(cli):
    """« Grand Paris Sud » suggested only the Métropole du Grand Paris (another entity): the
    CA Grand Paris Sud Seine Essonne Sénart, whose name holds it, comes first."""
    r = cli("resolve", "Grand Paris Sud")
    assert r.exit_code == 1
    assert r.stderr.startswith(
        "barometre : aucune collectivité ne s'appelle « Grand Paris Sud » ; les plus proches "
        ": CA Grand Paris Sud Seine Essonne Sénart (200059228), ")
    err = resolve_many(["Grand Paris Sud"], type="epci")[0]
    assert [c.code for c in err.candidates][:1] == ["200059228"]
    # « CA Grand Paris »: a CA, not the Métropole du Grand Paris whose alias it equals
    err = resolve_many(["CA Grand Paris"], type="epci")[0]
    assert err.candidates[0].code == "200059228"


def test_a_commune_still_wins_its_own_name():
    """The groupings' short names are read after the communes' own names: « La Rochelle »,
    « Lille », « Lyon » stay communes without a type."""
    assert resolve("La Rochelle (17)").code == "17300"
    assert resolve("Lille").code == "59350"
    assert resolve("Agen").code == "47001"
    assert resolve("Agen", type="epci").name == "CA Agglomération d'Agen"


# ---------------------------------------------------------------- the name column's header

@pytest.mark.parametrize("header", ["Métropole", "Nom de la métropole", "EPCI",
                                    "Intercommunalité", "Communauté d'agglomération"])
def test_a_column_headed_with_a_groupings_type_names_the_row(header, tmp_path):
    """« SIREN;Métropole » read with --type epci: the rows without a SIREN were « entité
    manquante : attendu un code ou un nom » though « Métropole » held their names (a
    métropole's column was not the name column of a survey of EPCI)."""
    import barometre as bm

    f = tmp_path / "metro.csv"
    f.write_text(f"SIREN;{header};Facebook;Abonnés Facebook\n"
                 ";Métropole Européenne de Lille;Oui;50000\n"
                 ";Métropole d'Aix-Marseille-Provence;Oui;40000\n"
                 "243300316;Bordeaux Métropole;Oui;30000\n", encoding="utf-8")
    for type_ in ("epci", "metropole"):
        assert [p.text("fr") for p in bm.validate(f, type=type_)] == [
            "« Métropole Européenne de Lille » → Métropole Européenne de Lille (200093201) : "
            "code vide, ligne lue d'après le nom",
            "« Métropole d'Aix-Marseille-Provence » → Métropole d'Aix-Marseille-Provence "
            "(200054807) : code vide, ligne lue d'après le nom"], type_
        s = bm.read_survey(f, type=type_)
        assert set(s["code"]) >= {"200093201", "200054807", "243300316"}


def test_a_metropole_yes_no_column_is_no_name_in_a_survey_of_epci(tmp_path):
    """The same header holding Oui/Non (whether the EPCI is a métropole) is not read as
    names: no « nom « Oui » non reconnu » on every row."""
    import barometre as bm

    f = tmp_path / "epci.csv"
    f.write_text("SIREN;Métropole;Facebook\n243100518;Oui;Oui\n200041010;Non;Non\n",
                 encoding="utf-8")
    assert [p.message for p in bm.validate(f, type="epci")] == []


# ---------------------------------------------------------------- the kind beside the code

_FUSION = ("SIREN;Nom de l'EPCI;Facebook;Abonnés Facebook;Date du relevé\n"
           "200067106;Agglomération Côte Basque-Adour;Oui;14781;15/10/2025\n"
           "243300316;Communauté urbaine de Bordeaux;Oui;20000;15/10/2025\n"
           "246400337;CA Côte Basque-Adour;Oui;9000;15/10/2025\n"
           "200067254;CA Pau;Oui;10447;15/10/2025\n")


def test_a_name_of_another_kind_of_epci_beside_a_siren_is_an_error(tmp_path, cli):
    """« 246400337;CA Côte Basque-Adour » (a SIREN typed by mistake: a CC's) was only « nom
    non reconnu … lu d'après le code », and rank put that CC first per 1,000 inhabitants."""
    f = tmp_path / "fusion.csv"
    f.write_text(_FUSION, encoding="utf-8")
    r = cli("validate", f)
    assert r.exit_code == 1
    assert (
        "fusion.csv, ligne 4, colonne « Nom de l'EPCI » : erreur : le code 246400337 désigne "
        "CC de la Vallée d'Ossau, une communauté de communes, mais le nom « CA Côte "
        "Basque-Adour » dit une communauté d'agglomération : code ou nom erroné"
    ) in r.stderr.splitlines() + r.stdout.splitlines()
    out = r.stderr + r.stdout
    # merely unrecognised names stay warnings (a CA beside a CA's SIREN)
    assert ("ligne 2, colonne « Nom de l'EPCI » : avertissement : nom « Agglomération Côte "
            "Basque-Adour » non reconnu à côté du code 200067106") in out
    assert "ligne 5, colonne « Nom de l'EPCI » : avertissement : nom « CA Pau » non reconnu" in out
    r = cli("validate", f, "--lang", "en")
    assert ("error: code 246400337 is CC de la Vallée d'Ossau, a communauté de communes, but "
            "the name “CA Côte Basque-Adour” says a communauté d'agglomération: wrong code or "
            "name") in r.stderr + r.stdout
    r = cli("rank", "--data", f, "-p", "facebook", "--metric", "followers_per_1000")
    assert r.exit_code != 0 and "CC de la Vallée d'Ossau, une communauté de communes" in r.stderr


def test_the_same_territory_under_another_kind_is_a_warning_that_says_so(tmp_path):
    """« Communauté urbaine de Bordeaux » beside Bordeaux Métropole's SIREN (the same SIREN,
    a métropole since 2015): the name's own territory, another status; read from the code,
    and said (no table of former EPCI names exists in the reference data)."""
    import barometre as bm

    f = tmp_path / "fusion.csv"
    f.write_text(_FUSION, encoding="utf-8")
    said = [p for p in bm.validate(f) if p.row == 3]
    assert [(p.severity, p.text("fr")) for p in said] == [(
        "warning", "nom « Communauté "
        "urbaine de Bordeaux » à côté du code 243300316 (Bordeaux Métropole) : le nom dit une "
        "communauté urbaine, c'est une métropole (un ancien nom ?) : lu d'après le code")]


@pytest.mark.parametrize("text, first", [
    ("CA du Pays de Lorient", "200042174"),   # Lorient Agglomération, its place word for word
    ("CA du Pays de Loriant", "200042174"),   # its place mistyped
])
def test_a_place_weighs_over_the_generic_words_of_an_epci_name(text, first, cli):
    """« CA du Pays de Lorient » suggested CA du Pays de l'Or, CC du Pays de la Zorn and CA du
    Pays de Laon, close by « CA du Pays de » alone: its place, Lorient, is Lorient
    Agglomération's; still only suggested, never read."""
    r = cli("resolve", text, "--type", "epci")
    assert r.exit_code == 1
    assert f"ne s'appelle « {text} » ; les plus proches : CA Lorient Agglomération " in r.stderr
    for far in ("Pays de l'Or", "Pays de la Zorn", "Pays de Laon"):
        assert far not in r.stderr
    with pytest.raises(ResolveError) as exc:
        resolve(text, type="epci")
    assert exc.value.candidates[0].code == first
    # a place mistyped amid the generic words is still found by its place
    err = resolve_many(["CC du Pays de la Zor"], type="epci")[0]
    assert err.candidates[0].code == "246700959"  # CC du Pays de la Zorn
