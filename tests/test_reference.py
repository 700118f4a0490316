"""Reference universe: counts, codes as strings, resolution."""

import pytest

from barometre.datasets import reference
from barometre.domain.errors import ResolveError
from barometre.render.excel.cells import typeset

from .conftest import as_json


@pytest.mark.parametrize("type_id,expected", [
    ("region", 18), ("departement", 101), ("ville_prefecture", 101), ("metropole", 22),
    ("epci", 1254)])
def test_entity_counts(cli, type_id, expected):
    recs = as_json(cli("entities", "--type", type_id, "--format", "json"))
    assert len(recs) == expected
    assert set(recs[0]) >= {"code", "name", "collectivity_type", "population", "departement",
                            "region", "siren"}


def test_entities_table_leaves_an_unknown_departement_blank(cli):
    """The régions have no département: the table printed « nan » in its Dép. column
    (review14b); blank, as CSV and JSON leave it empty or null."""
    out = cli("entities", "--type", "region").stdout
    assert "nan" not in out
    guadeloupe = next(line for line in out.splitlines() if "Guadeloupe" in line)
    assert guadeloupe.split("  ")[-1].strip() == "01"  # the région; the Dép. cell blank
    assert [c for c in guadeloupe.split("  ") if c.strip()] == [
        "01", "Guadeloupe", " 384\u202f160", "01"]


def test_communes_about_35000_with_string_codes():
    c = reference.entities("commune")
    assert 34_500 < len(c) < 35_500
    assert c["code"].map(type).eq(str).all() and c["code"].str.len().eq(5).all()
    assert {"01053", "2A004", "2B033", "97411"} <= set(c["code"])
    assert c["code"].is_unique


def test_villes_prefectures_include_nantes_ajaccio_bastia():
    vp = reference.entities("ville_prefecture").set_index("departement")["name"]
    assert vp["44"] == "Nantes" and vp["2A"] == "Ajaccio" and vp["2B"] == "Bastia"


def test_populations_sum_up():
    d = reference.entities("departement")
    r = reference.entities("region")
    c = reference.communes()
    assert int(d["population"].sum()) == int(c["population"].sum()) == int(r["population"].sum())
    assert 67_000_000 < int(c["population"].sum()) < 69_000_000
    la = d.set_index("code").loc["44", "population"]
    assert la == int(c.loc[c.departement == "44", "population"].sum())


def test_size_classes_partition_communes():
    n = sum(len(reference.entities(t)) for t in ("petite_ville", "ville_moyenne", "grande_ville"))
    assert n == len(reference.entities("commune"))
    g = reference.entities("grande_ville")
    assert (g["population"] >= 100_000).all() and "Nantes" in set(g["name"])
    assert reference.band_of(499) == "< 500" and reference.band_of(100_000) == "≥ 100 000"
    assert reference.size_class(19_999) == "petite_ville"


@pytest.mark.parametrize("text,type_id,code", [
    ("Loire-Atlantique", None, "44"), ("loire atlantique", None, "44"), ("nantes", None, "44109"),
    ("Saint-Denis (974)", None, "97411"), ("Saint-Denis (93)", None, "93066"),
    ("1", "departement", "01"), ("2a", "departement", "2A"), ("971", None, "971"),
    ("St-Étienne", None, "42218"), ("le mans", None, "72181"), ("Mans", None, "72181"),
    ("Les Sables d’Olonne", None, "85194"), ("1053", "commune", "01053"),
    ("Bouches du Rhone", None, "13"), ("44", "ville_prefecture", "44109"),
    ("214401093", None, "44109"), ("Métropole de Lyon", None, "200046977"),
])
def test_resolve(text, type_id, code):
    assert reference.resolve(text, type=type_id).code == code


def test_ambiguous_name_lists_candidates():
    with pytest.raises(ResolveError) as e:
        reference.resolve("Saint-Denis")
    codes = {c.code for c in e.value.candidates}
    assert {"93066", "97411"} <= codes
    assert "Seine-Saint-Denis" in e.value.message and "La Réunion" in e.value.message


def test_unknown_name_suggests():
    with pytest.raises(ResolveError) as e:
        reference.resolve("Nantess")
    assert "Nantes (44109)" in e.value.message


def test_cli_resolve(cli):
    assert as_json(cli("resolve", "Loire-Atlantique", "--format", "json"))[0]["code"] == "44"
    assert as_json(cli("resolve", "1", "--type", "departement", "--format", "json"))[0]["name"] == "Ain"
    res = cli("resolve", "Saint-Denis")
    assert res.exit_code == 1 and "93066" in res.stderr and "97411" in res.stderr
    assert "Traceback" not in res.output
    assert as_json(cli("resolve", "Saint-Denis (974)", "--format", "json"))[0]["code"] == "97411"


def test_restore_code():
    assert reference.restore_code(1, "departement") == "01"
    assert reference.restore_code("1053", None) == "01053"
    assert reference.restore_code(1053.0, "commune") == "01053"
    assert reference.restore_code("Nantes", None) is None
    # a "000" number format's added zero on a département's or région's code ("069" was
    # read as a name: « aucun département ne s'appelle « 069 » »); not on 3-digit DOM codes
    assert reference.restore_code("069", "departement") == "69"
    assert reference.restore_code("011", "region") == "11"
    assert reference.restore_code("974", "departement") == "974"
    assert reference.restore_code("0974", "departement") is None
    assert reference.restore_code("053", "commune") is None
    # a number format's digit grouping ("# ##0"), with any of the spaces Excel and French
    # locales write; anything else with a space is not a code
    assert reference.restore_code("75 056", "commune") == "75056"
    assert reference.restore_code("1\u00a0001", "commune") == "01001"
    assert reference.restore_code("200\u202f046\u202f977", "epci") == "200046977"
    assert reference.restore_code("75 56", "commune") is None
    assert reference.restore_code("2A 004", "commune") is None


def test_survey_codes_with_digit_grouping_are_read_as_codes(tmp_path):
    import barometre as bm

    f = tmp_path / "enquete.csv"
    f.write_text("code;nom;plateforme;present\n75 056;Paris;Facebook;Oui\n"
                 "1 001;L'Abergement-Clémenciat;Facebook;Non\n", encoding="utf-8")
    assert bm.validate(f, type="commune") == []
    df = bm.read_survey(f, type="commune")
    assert df["code"].tolist() == ["75056", "01001"]


def test_per_1000_figures_say_whose_population_of_which_year(cli, tmp_path):
    """rank, benchmark and changes gave figures per 1,000 inhabitants without the source or
    year of the population; the report said « population municipale INSEE » even for EPCI,
    whose populations are the DGCL's (review14b). Each now says it, per type."""
    import openpyxl

    import barometre as bm

    insee = ("Population (pour 1\u202f000 habitants) : population municipale INSEE "
             "(populations légales 2023, en vigueur au 1er janvier 2026 ; Mayotte : "
             "recensement de 2017).")
    demo, waves = bm.demo_file("enquete"), bm.demo_file("releves")
    per_1000 = cli("rank", "-p", "facebook", "--metric", "followers_per_1000", "--data", demo)
    assert insee in per_1000.stdout.splitlines()
    assert "Population (" not in cli("rank", "-p", "facebook", "--data", demo).stdout
    assert insee in cli("benchmark", "--entity", "44", "--data", demo).stdout.splitlines()
    assert insee in cli("changes", "--data", waves).stdout.splitlines()
    en = cli("benchmark", "--entity", "44", "--data", demo, "--lang", "en").stdout
    assert "Population (per 1,000 inhabitants): INSEE municipal population (legal " \
           "populations of 2023, in force on 1 January 2026; Mayotte: 2017 census)." in en
    epci = tmp_path / "epci.csv"
    epci.write_text("SIREN;Facebook;Abonnés Facebook\n200000172;Oui;1200\n200000438;Oui;900\n",
                    encoding="utf-8")
    said = cli("rank", "-p", "facebook", "--metric", "followers_per_1000", "--data", epci,
               "--type", "epci").stdout
    assert ("population municipale de chaque EPCI selon la DGCL (liste des EPCI 2026, "
            "epcicom2026) : somme des populations légales 2022 (en vigueur au 1er janvier 2025) "
            "de ses communes, un millésime avant celles des communes (2023).") in said
    # the report: Définitions and Sources et méthode, per type
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", epci, "--type", "epci", "-o", out).exit_code == 0
    cells = [v for ws in openpyxl.load_workbook(out) for row in ws.iter_rows(values_only=True)
             for v in row if isinstance(v, str)]
    dgcl = ("population municipale de chaque EPCI selon la DGCL (liste des EPCI 2026, "
            "epcicom2026) : somme des populations légales 2022 (en vigueur au 1er janvier 2025) "
            "de ses communes, un millésime avant celles des communes (2023)")
    assert typeset("abonnés ÷ population × 1\u202f000 ; " + dgcl, "fr") in cells
    assert not any("population municipale INSEE" in v for v in cells)
    assert any(v.endswith(typeset("pour les abonnés pour 1\u202f000 habitants : " + dgcl, "fr"))
               for v in cells)
