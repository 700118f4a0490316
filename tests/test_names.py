"""Names as a French user means them: folding, exact names, types, former names,
institutions, bulk resolution, read-only reference frames (#12 item 4, #13 item 4, #18)."""

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from barometre.datasets import reference
from barometre.datasets.reference import resolve, resolve_many
from barometre.domain.errors import ResolveError
from barometre.domain.registry import normalize
from barometre.domain.text import compact, fold, fold_series
from barometre.messages import catalog

from .conftest import as_json

CORPUS = ["L’Isle-Adam", "L'Isle-Adam", "Saint-Étienne", "ST ETIENNE", "Œuvre", "Ste-Foy",
          "  Les Sables-d’Olonne ", "Grand-Champ", "Grandchamp", "Cœuvres-et-Valsery",
          "Æsop", "Straße", "X (ex-Twitter)", "İstanbul", "", "---", "Évry–Courcouronnes",
          "Saint\u00a0Denis", "ﬁnistère", "Conseil  Départemental"]


# ---------------------------------------------------------------- one folding

def test_fold_values():
    assert fold("L’Isle-Adam") == fold("L'Isle-Adam") == "l isle adam"
    assert fold("Saint-Étienne") == fold("SAINT ETIENNE") == "saint etienne"
    assert fold("ST ETIENNE") == "st etienne"
    assert fold("Œuvre") == "oeuvre"
    assert fold("Ste-Foy") == "ste foy"
    assert fold("Grand-Champ") == "grand champ" and fold("Grandchamp") == "grandchamp"
    assert fold("ﬁnistère") == "finistere"
    assert compact("X (ex-Twitter)") == "xextwitter"


def test_missing_values_fold_to_empty_text():
    values = [None, float("nan"), pd.NA, "Évry"]
    assert [fold(v) for v in values] == ["", "", "", "evry"]
    assert fold_series(pd.Series(values, dtype=object)).tolist() == ["", "", "", "evry"]
    assert fold_series(pd.Series(["A", None], dtype="str")).tolist() == ["a", ""]


def test_fold_series_equals_fold_on_corpus_and_every_commune():
    names = pd.Series(CORPUS + list(reference.communes()["name"]) + list(
        reference.former_names()["name"]), dtype=object)
    assert fold_series(names).tolist() == [fold(n) for n in names]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=20), min_size=1, max_size=5))
@example(["\U0001ccd6"])  # newer in pyarrow's Unicode tables than in Python's: folds alike now
@example(["str", "L’Isle-Adam", "Œuvre"])
def test_fold_series_equals_fold_on_any_text(texts):
    assert fold_series(pd.Series(texts, dtype=object)).tolist() == [fold(t) for t in texts]


def test_name_key_and_name_keys_agree():
    """They disagreed on a typographic apostrophe (isleadam vs lisleadam)."""
    assert reference.name_key("L’Isle-Adam") == reference.name_key("L'Isle-Adam") == "isleadam"
    names = pd.Series(CORPUS + list(reference.communes()["name"]), dtype=object)
    assert reference.name_keys(names).tolist() == [reference.name_key(n) for n in names]
    assert reference.name_key("St-Étienne") == reference.name_key("Saint Etienne") == "saintetienne"
    assert reference.name_key("Ste-Foy") == "saintefoy"


def test_registry_normalize_is_compact_fold():
    for text in CORPUS:
        assert normalize(text) == compact(text) == fold(text).replace(" ", "")
    assert normalize("L’Isle-Adam") == "lisleadam"


# ---------------------------------------------------------------- the full name wins

@pytest.mark.parametrize("text,code", [
    ("Biot", "06018"), ("Le Biot", "74034"), ("le biot", "74034"), ("BIOT", "06018"),
    ("Le Lamentin", "97213"), ("Lamentin", "97115"),
    ("Grand-Champ", "56067"), ("Grand Champ", "56067"), ("grand-champ", "56067"),
    ("St-Étienne", "42218"), ("Saint Etienne", "42218"), ("L’Isle-Adam", "95313"),
    ("Mans", "72181"), ("Le Mans", "72181"), ("Lisle-Adam", "95313"), ("Isle Adam", "95313"),
    ("Lisle-sur-Tarn", "81145"),
])
def test_exact_full_name_wins(text, code):
    assert resolve(text).code == code


def test_grandchamp_is_ambiguous_among_the_grandchamps_only():
    with pytest.raises(ResolveError) as e:
        resolve("Grandchamp", type="commune")
    assert e.value.code == "ambiguous-entity"
    codes = {c.code for c in e.value.candidates}
    assert {"08196", "52228", "72142", "78283"} <= codes and "56067" not in codes
    assert resolve("Grandchamp (72)", type="commune").code == "72142"


# ---------------------------------------------------------------- the type first

@pytest.mark.parametrize("text,type_id,code", [
    ("Lyon", "commune", "69123"), ("Paris", "commune", "75056"), ("Paris", "departement", "75"),
    ("Lyon", "metropole", "200046977"), ("Lyon", None, "69123"), ("Marseille", None, "13055"),
    ("Vienne", "departement", "86"), ("Vienne", "commune", "38544"),
    ("Martinique", "region", "02"), ("Martinique", "departement", "972"),
    ("Paris", "ville_prefecture", "75056"), ("Lyon", "grande_ville", "69123"),
])
def test_type_restricts_names(text, type_id, code):
    ent = resolve(text, type=type_id)
    assert ent.code == code
    if type_id:
        assert ent.collectivity_type == type_id


def test_lyon_without_type_is_the_commune_not_the_metropole():
    ent = resolve("Lyon")
    assert (ent.code, ent.collectivity_type) == ("69123", "commune")


def test_name_of_several_types_is_ambiguous_across_types():
    with pytest.raises(ResolveError) as e:
        resolve("Paris")
    err = e.value
    assert err.code == "ambiguous-entity-types"
    assert [(c.code, c.collectivity_type) for c in err.candidates] == [
        ("75", "departement"), ("75056", "commune")]
    assert err.render("fr") == (
        "« Paris » désigne des collectivités de plusieurs types : Paris (75, département), "
        "Paris (75056, commune, Paris, 75) ; précisez le type (« departement » ou « commune »)")
    assert "municipality" in err.render("en")


def test_departement_hint_settles_ambiguity():
    assert resolve("Saint-Denis", departement="974").code == "97411"
    assert resolve("Saint-Denis", departement="Seine-Saint-Denis").code == "93066"
    with pytest.raises(ResolveError) as e:
        resolve("Nantes", departement="45")
    assert e.value.code == "entity-not-in-departement"
    assert [c.code for c in e.value.candidates] == ["44109"]


# ---------------------------------------------------------------- former names

def test_former_names_resolve_to_the_current_commune_with_a_warning():
    ent = resolve("Cherbourg-Octeville")
    assert (ent.code, ent.name, ent.former_name) == ("50129", "Cherbourg-en-Cotentin",
                                                     "Cherbourg-Octeville")
    assert ent.warning().render("fr") == ("« Cherbourg-Octeville » est un ancien nom : lu comme "
                                          "la commune actuelle Cherbourg-en-Cotentin (50129)")
    assert ent.warning().code == "former-name"
    annecy = resolve("Annecy-le-Vieux", type="commune")
    assert (annecy.code, annecy.name) == ("74010", "Annecy")
    assert resolve("Annecy").former_name is None and resolve("Annecy").warning() is None
    assert resolve("Courcouronnes").code == "91228"


def test_name_both_current_and_former_is_ambiguous():
    with pytest.raises(ResolveError) as e:
        resolve("Évry", type="commune")
    assert e.value.code == "ambiguous-entity"
    assert [(c.code, c.former_name) for c in e.value.candidates] == [
        ("89162", None), ("91228", "Évry")]
    assert "Évry-Courcouronnes (91228, Essonne, 91), ancien nom « Évry »" in e.value.message
    assert resolve("Évry", departement="91").code == "91228"
    assert resolve("Évry (89)").code == "89162"


def test_former_names_table():
    f = reference.former_names()
    assert len(f) == 2500
    assert f["kind"].value_counts().to_dict() == {"deleguee": 2027, "associee": 471,
                                                  "fusionnee": 2}
    assert set(f["commune"]) <= set(reference.communes()["code"])
    # a former name equal to its commune's name would be noise
    names = reference.communes().set_index("code")["name"]
    assert (fold_series(f["name"]) != fold_series(f["commune"].map(names))).all()


# ---------------------------------------------------------------- institutions

def test_departement_du_rhone_serves_the_rhone_without_the_metropole():
    c = reference.communes()
    rhone = int(c.loc[c["departement"] == "69", "population"].sum())
    metropole = int(c.loc[c["epci"] == "200046977", "population"].sum())
    ent = resolve("Département du Rhône")
    assert (ent.code, ent.collectivity_type, ent.role) == ("69D", "departement",
                                                           "conseil_departemental")
    assert ent.population == rhone - metropole == 478_313
    assert resolve("Conseil départemental du Rhône").code == "69D"
    assert resolve("Rhône", type="departement").population == rhone


def test_cea_is_the_council_of_both_alsatian_departements():
    d = reference.departements().set_index("code")["population"]
    for text in ("CeA", "CEA", "Collectivité européenne d'Alsace", "6AE"):
        ent = resolve(text, type="departement")
        assert (ent.code, ent.territories) == ("6AE", ("67", "68"))
        assert ent.population == int(d["67"] + d["68"])


def test_single_collectivities_and_ville_de_paris():
    assert resolve("CTM").code == "972R" and resolve("CTG").code == "973R"
    corse = resolve("Collectivité de Corse", type="region")
    assert (corse.code, corse.territories, corse.region) == ("20R", ("2A", "2B"), "94")
    assert resolve("Collectivité territoriale de Martinique", type="departement").code == "972R"
    assert resolve("Ville de Paris", type="departement").code == "75C"
    assert resolve("Ville de Paris", type="commune").code == "75056"
    with pytest.raises(ResolveError):
        resolve("CeA", type="region")


def test_conseils_departementaux_are_95():
    cd = reference.conseils_departementaux()
    assert len(cd) == 95 and cd["code"].is_unique
    codes = set(cd["code"])
    assert {"6AE", "69D", "976", "44", "971", "974"} <= codes
    assert not codes & {"2A", "2B", "67", "68", "69", "75", "972", "973"}
    assert (set(reference.departements()["code"]) - codes) == {
        "2A", "2B", "67", "68", "69", "75", "972", "973"}
    covered = [t for ts in cd["territories"] for t in ts]
    assert len(covered) == 95 + 1  # 6AE covers two
    assert cd.set_index("code").loc["33", "name"] == "Département de la Gironde"
    assert resolve("Département de la Gironde").code == "33"
    inst = reference.institutions()
    assert inst["role"].value_counts().to_dict() == {"conseil_departemental": 95,
                                                     "collectivite_unique": 3,
                                                     "commune_departement": 1}


def test_departement_council_maps_territories_to_the_95():
    councils = [reference.departement_council(c) for c in reference.departements()["code"]]
    assert sum(c is None for c in councils) == 5  # 2A, 2B, 972, 973, 75
    assert set(councils) - {None} == set(reference.conseils_departementaux()["code"])
    assert reference.departement_council("67") == reference.departement_council(68) == "6AE"
    assert reference.departement_council("69") == "69D"
    assert reference.departement_council("1") == "01"


# ---------------------------------------------------------------- many at once, suggestions

def test_resolve_many_uses_the_departement_column():
    out = resolve_many(["Saint-Denis", "Saint-Denis", "Biot", "Le Biot", "Nowhere-sur-Rien", "",
                        "44109"],
                       type="commune", departements=["93", "La Réunion", "", "", "", "", None])
    assert [getattr(e, "code", None) for e in out[:4]] == ["93066", "97411", "06018", "74034"]
    assert isinstance(out[4], ResolveError) and out[4].code == "unknown-entity"
    assert isinstance(out[5], ResolveError) and out[5].code == "empty-entity"
    assert out[6].code == "44109"
    with pytest.raises(ValueError):
        resolve_many(["a", "b"], departements=["1"])


def test_find_code_is_a_lookup():
    assert reference.find_code("1", "departement").name == "Ain"
    assert reference.find_code("6AE").name == "Collectivité européenne d'Alsace"
    assert reference.find_code("Nantes", "commune") is None
    assert reference.find_code("99999", "commune") is None


def test_suggestions_are_close_and_capped():
    with pytest.raises(ResolveError) as e:
        resolve("Nantess")
    assert e.value.code == "unknown-entity"
    assert e.value.candidates[0].code == "44109"
    with pytest.raises(ResolveError) as e:
        resolve("Saint-Martinn", type="commune")
    cands = e.value.candidates
    assert 1 <= len(cands) <= 5 and cands[0].name == "Saint-Martin"
    assert "les plus proches : Saint-Martin (" in e.value.message


def test_two_thousand_unknown_names_resolve_in_bulk():
    names = [f"Communeinconnue{i}" for i in range(2000)]
    out = resolve_many(names + ["Nantess"], type="commune")
    assert len(out) == 2001 and all(isinstance(e, ResolveError) for e in out)
    assert {e.code for e in out} == {"unknown-entity"}
    # suggestions are looked for the first MAX_SUGGESTED_NAMES unknown names only
    assert out[-1].candidates == [] and "les plus proches" not in out[-1].message
    assert resolve_many(["Nantess"], type="commune")[0].candidates[0].code == "44109"


# ---------------------------------------------------------------- read-only frames

def test_editing_a_returned_frame_changes_nothing():
    c = reference.communes()
    c.loc[c["code"] == "44109", "name"] = "Ailleurs"
    e = reference.entities("commune")
    e.loc[e["code"] == "44109", "population"] = 1
    d = reference.departements()
    d["name"] = "x"
    inst = reference.institutions()
    inst.loc[:, "population"] = 0
    former = reference.former_names()
    former.loc[:, "commune"] = "00000"
    assert reference.communes().set_index("code").loc["44109", "name"] == "Nantes"
    assert resolve("Nantes").population > 300_000
    assert resolve("44").name == "Loire-Atlantique"
    assert resolve("CeA").population > 1_900_000
    assert resolve("Cherbourg-Octeville").code == "50129"


# ---------------------------------------------------------------- messages and CLI

def test_message_codes_in_both_languages():
    for code in ("unknown-entity", "ambiguous-entity", "ambiguous-entity-types", "former-name",
                 "entity-not-in-departement", "unknown-code", "empty-entity"):
        fr, en = catalog()[code]
        assert fr and en and fr != en


def test_cli_resolve_institutions(cli):
    rec = as_json(cli("resolve", "Département du Rhône", "--format", "json"))[0]
    assert (rec["code"], rec["population"], rec["role"]) == ("69D", 478_313,
                                                              "conseil_departemental")
    rec = as_json(cli("resolve", "CeA", "--format", "json"))[0]
    assert (rec["code"], rec["territories"], rec["departement"]) == ("6AE", ["67", "68"], None)
    table = cli("resolve", "CeA").stdout
    assert "1\u202f934\u202f548" in table and "67 + 68" in table


def test_cli_resolve_names(cli):
    assert as_json(cli("resolve", "Lyon", "--format", "json"))[0]["code"] == "69123"
    assert as_json(cli("resolve", "Paris", "--type", "commune", "--format", "json"))[0][
        "code"] == "75056"
    res = cli("resolve", "Paris")
    assert res.exit_code == 1 and "75056" in res.stderr and "(75, département)" in res.stderr
    assert "--type" not in res.stdout and "Traceback" not in res.output
    res = cli("resolve", "Cherbourg-Octeville", "--format", "json")
    assert as_json(res)[0]["code"] == "50129"
    assert "« Cherbourg-Octeville » est un ancien nom" in res.stderr
    res = cli("resolve", "Paris", "--lang", "en")
    assert "names authorities of several types" in res.stderr


def test_a_survey_naming_councils_is_counted_against_the_95_councils(tmp_path, cli):
    """CeA and the Département du Rhône are councils, not territories: the base is the 95
    conseils départementaux, and per-1,000 figures use the population each one serves."""
    import barometre as bm

    f = tmp_path / "conseils.csv"
    f.write_text("Département;Facebook;Abonnés Facebook\n"
                 "Collectivité européenne d'Alsace;Oui;50000\n"
                 "Département du Rhône;Oui;30000\n"
                 "Loire-Atlantique;Oui;90000\n"
                 "Ain;Non;\n", encoding="utf-8")
    s = bm.read_survey(f)
    assert sorted(s["code"].unique()) == ["01", "44", "69D", "6AE"]
    a = bm.adoption(s)
    assert set(a["n_reference"]) == {95} and set(a["n_reference_of"]) == {"conseils_departementaux"}
    b = bm.benchmark(s, "Département du Rhône")
    assert b.attrs["population"] == 478_313
    assert round(float(b.loc[b["platform"] == "facebook", "followers_per_1000"].iloc[0]), 1) == 62.7
    res = cli("compare", "--data", f, "--type", "departement")
    assert res.stdout.startswith("Couverture : 4 sur 95 conseils départementaux avec au moins une réponse dans le fichier")
    # a survey of the 101 territories keeps the 101
    t = tmp_path / "territoires.csv"
    t.write_text("Département;Facebook\nBas-Rhin;Oui\nRhône;Oui\n", encoding="utf-8")
    assert set(bm.adoption(bm.read_survey(t))["n_reference"]) == {101}


# ---------------------------------------------------------------- institutions' own names

@pytest.mark.parametrize("text,type_id,code", [
    ("Région Bretagne", None, "53"), ("Région Bretagne", "region", "53"),
    ("Conseil régional de Bretagne", None, "53"), ("Conseil régional de Bretagne", "region", "53"),
    ("Conseil régional d’Occitanie", None, "76"), ("Région Île-de-France", None, "11"),
    ("Conseil départemental de Loire-Atlantique", None, "44"),
    ("Département de Loire-Atlantique", "departement", "44"), ("CD44", None, "44"),
    ("CD 44", "departement", "44"), ("cd 2a", None, "20R"), ("CG13", None, "13"),
    ("Conseil départemental de Rhône", None, "69D"), ("CD69", None, "69D"),
    ("Ville de Nantes", None, "44109"), ("Mairie de Nantes", "commune", "44109"),
    ("Commune de Nantes", None, "44109"), ("Ville du Mans", None, "72181"),
    ("Ville de Nantes", "ville_prefecture", "44109"),
    ("Mairie de Saint-Denis (974)", None, "97411"),
    ("Métropole de Nantes", None, "244400404"), ("Métropole de Rennes", "epci", "243500139"),
    ("Nantes", "metropole", "244400404"), ("Strasbourg", "metropole", "246700488"),
    # what worked keeps working: a name of its own first
    ("Ville-d'Avray", None, "92077"), ("Métropole de Lyon", None, "200046977"),
    ("Nantes Métropole", None, "244400404"), ("Ville de Paris", None, "75C"),
    ("Conseil départemental de la Loire-Atlantique", None, "44"),
])
def test_institutions_are_found_by_the_names_they_give_themselves(text, type_id, code):
    ent = resolve(text, type=type_id)
    assert ent.code == code
    if type_id:
        assert ent.collectivity_type == type_id


def test_a_prefix_of_another_type_than_asked_is_not_read():
    with pytest.raises(ResolveError) as e:
        resolve("Région Bretagne", type="departement")
    assert e.value.code == "unknown-entity"
    with pytest.raises(ResolveError):
        resolve("Ville de Nantes", type="region")


def test_an_institutions_name_stays_ambiguous_with_its_candidates():
    with pytest.raises(ResolveError) as e:
        resolve("Ville de Saint-Denis")
    assert e.value.code == "ambiguous-entity"
    assert {"93066", "97411"} <= {c.code for c in e.value.candidates}
    assert "« Ville de Saint-Denis » est ambigu" in e.value.render("fr")
    with pytest.raises(ResolveError) as e:  # misspelt: suggestions from the territory's name
        resolve("Région Bretagn")
    assert [c.code for c in e.value.candidates][:1] == ["53"]
    assert e.value.render("fr") == ("aucune collectivité ne s'appelle « Région Bretagn » ; "
                                    "les plus proches : Bretagne (53)")
    with pytest.raises(ResolveError) as e:  # a name's own key before a métropole's city
        resolve("Nantess")
    assert [c.code for c in e.value.candidates][:2] == ["44109", "244400404"]
    with pytest.raises(ResolveError) as e:  # then those of the name as written
        resolve("Ville-du-Pon")
    assert "28414" in {c.code for c in e.value.candidates}  # Villebon


def test_a_regions_survey_of_institutions_names_is_read(tmp_path, cli):
    f = tmp_path / "regions.csv"
    f.write_text("Collectivité;Facebook\nRégion Bretagne;Oui\n"
                 "Conseil régional d’Île-de-France;Oui\nRégion Normandie;Non\n",
                 encoding="utf-8")
    import barometre as bm

    s = bm.read_survey(f, type="region")
    assert sorted(s["code"].unique()) == ["11", "28", "53"]
    assert sorted(bm.read_survey(f)["code"].unique()) == ["11", "28", "53"]  # type inferred
    res = cli("resolve", "Conseil régional de Bretagne", "--type", "region", "--format", "json")
    assert as_json(res)[0]["code"] == "53"


def test_the_type_of_a_file_of_institutions_names_is_the_one_their_prefixes_say(tmp_path):
    """« Ville de … » names and one plain « Paris » (a commune and a département): the
    prefixes count for the commune, the file is not read as départements (3 errors)."""
    import barometre as bm

    f = tmp_path / "villes.csv"
    f.write_text("Collectivité;Facebook\nVille de Nantes;Oui\nMairie de Rennes;Oui\n"
                 "Ville de Brest;Non\nParis;Oui\n", encoding="utf-8")
    s = bm.read_survey(f)
    assert sorted(s["code"].unique()) == ["29019", "35238", "44109", "75056"]
    assert set(s["collectivity_type"]) == {"commune"}


@pytest.mark.parametrize("text", ["Lyon", "Métropole de Lyon", "200046977"])
def test_the_metropole_de_lyon_asked_as_an_epci_says_where_it_is(text, cli):
    """The Métropole de Lyon is a collectivité à statut particulier, not an EPCI (the
    1,254 EPCI à fiscalité propre): asked as an EPCI, it is not found, and the error says
    why and under which type it is (it said only « aucune collectivité de type « epci » ne
    s'appelle « Lyon » »)."""
    with pytest.raises(ResolveError) as e:
        resolve(text, type="epci")
    err = e.value
    assert err.code == "not-an-epci" and [c.code for c in err.candidates] == ["200046977"]
    said = ("n'a le code « 200046977 »" if text.isdigit() else f"ne s'appelle « {text} »")
    assert err.render("fr") == (
        f"aucune collectivité de type « intercommunalité » {said} : la Métropole de Lyon (200046977) est "
        "une collectivité à statut particulier, pas un EPCI ; elle est du type « métropole » "
        "(type=\"metropole\")")  # a library call: resolve's type= (the CLI's --type, below)
    assert err.render("en").endswith(
        ": the Métropole de Lyon (200046977) is a collectivité à statut particulier, not an "
        "EPCI; it is of the type “metropolis” (type=\"metropole\")")
    assert resolve(text, type="metropole").code == "200046977"
    r = cli("resolve", text, "--type", "epci")
    assert r.exit_code == 1 and "« métropole » (--type metropole)" in r.stderr


def test_an_unknown_epci_name_keeps_its_error():
    # « Grand Lyon » is now the Métropole de Lyon (name_index.EPCI_ALIASES): not an EPCI
    for text, code in (("Grand Lyonnais", "unknown-entity"), ("Nantess", "unknown-entity"),
                       ("123456789", "unknown-code"), ("Grand Lyon", "not-an-epci")):
        with pytest.raises(ResolveError) as e:
            resolve(text, type="epci")
        assert e.value.code == code, text
    assert resolve("Nantes", type="epci").code == "244400404"  # a métropole that is an EPCI


@pytest.mark.parametrize("text", ["Région Sud", "Région Sud Provence-Alpes-Côte d'Azur",
                                  "region sud", "PACA", "Région PACA"])
def test_the_name_provence_alpes_cote_d_azurs_council_goes_by(text):
    """« Région Sud » is the name Provence-Alpes-Côte d'Azur's council uses publicly (was
    « aucune collectivité ne s'appelle « Région Sud » »); « PACA » its common short name."""
    for type_id in (None, "region"):
        assert resolve(text, type=type_id).code == "93"
    with pytest.raises(ResolveError):  # not a département
        resolve(text, type="departement")


def test_a_regions_survey_writing_region_sud_is_read(tmp_path):
    import barometre as bm

    f = tmp_path / "regions.csv"
    f.write_text("Code région;Région;Facebook\n93;Région Sud;Oui\n53;Région Bretagne;Oui\n",
                 encoding="utf-8")
    assert bm.validate(f) == []  # was a warning: name not recognised beside the code 93
    assert list(bm.read_survey(f)["code"]) == ["93", "53"]
    f.write_text("Région;Facebook\nRégion Sud;Oui\nRégion Bretagne;Oui\n", encoding="utf-8")
    assert bm.validate(f) == [] and list(bm.read_survey(f)["code"]) == ["93", "53"]
