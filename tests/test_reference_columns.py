"""The reference tables read without pandas (#19) give what the frames give."""

import subprocess
import sys
import math
import textwrap

import pandas as pd
import pytest

from barometre.datasets import name_index, reference

TYPES = ["region", "departement", "commune", "ville_prefecture", "grande_ville",
         "ville_moyenne", "petite_ville", "epci", "metropole"]


@pytest.mark.parametrize("type_id", TYPES)
def test_type_codes_and_band_sizes_match_the_frames(type_id):
    frame = reference.entities(type_id)
    assert reference.type_codes(type_id) == frame["code"].tolist()
    want = {}
    for pop in frame["population"].dropna():
        band = reference.band_of(pop)
        want[band] = want.get(band, 0) + 1
    assert reference.band_sizes(type_id) == want


def test_conseils_codes_match_the_frame():
    assert reference.conseils_codes() == reference.conseils_departementaux()["code"].tolist()
    assert len(reference.conseils_codes()) == 95 and "6AE" in reference.conseils_codes()


@pytest.mark.parametrize("type_id", TYPES)
def test_code_table_matches_the_frame(type_id):
    frame = reference.entities(type_id)
    table = name_index.code_table(type_id)
    assert table.code.tolist() == frame["code"].tolist()
    assert table.name.tolist() == frame["name"].tolist()
    pops = frame["population"].astype("Float64").to_numpy(dtype=float, na_value=float("nan"))
    pd.testing.assert_series_equal(pd.Series(table.population), pd.Series(pops))
    i = len(frame) // 2
    e = table.entities[i]
    row = frame.iloc[i]
    # a missing code of the frame's str columns reads as NaN (a région's departement)
    assert (e.code, e.name, e.departement, e.region) == tuple(
        row[c] if isinstance(row[c], str) else None
        for c in ("code", "name", "departement", "region"))
    assert e.siren == (row["siren"] if isinstance(row["siren"], str) else None)


def test_unknown_type_is_refused_as_by_entities():
    with pytest.raises(Exception) as a:
        reference.entities("institution")
    with pytest.raises(type(a.value)):
        reference.type_codes("institution")


def test_band_of_missing_values():
    assert reference.band_of(None) is None
    assert reference.band_of(float("nan")) is None
    assert reference.band_of(pd.NA) is None
    assert reference.band_of(499) == "< 500" and reference.band_of(100_000) == "≥ 100 000"
    assert reference.size_class(pd.NA) is None and reference.size_class(20_000) == "ville_moyenne"


def test_code_lookup_without_pandas():
    code = textwrap.dedent("""
        import sys
        from barometre.datasets import name_index, reference
        t = name_index.code_table("commune")
        assert t.entities[t.codes["44109"]].name == "Nantes"
        assert t.codes["214401093"] == t.codes["44109"]  # the SIREN too
        assert reference.band_sizes("commune")["≥ 100 000"] == 42
        assert len(reference.type_codes("departement")) == 101
        assert "pandas" not in sys.modules, "pandas imported"
    """)
    subprocess.run([sys.executable, "-c", code], check=True)


def test_name_keys_keep_a_series_index():
    s = pd.Series(["Les Sables-d’Olonne", "St-Étienne", None], index=[5, 7, 9])
    keys = reference.name_keys(s)
    assert isinstance(keys, pd.Series) and list(keys.index) == [5, 7, 9]
    assert list(keys) == [reference.name_key(v) for v in s]
    assert reference.name_keys(["L'Isle-Adam"]) == ["isleadam"]


def test_pools_are_keyed_as_lookups_key_their_text():
    """Every commune is found by its own name under rules 2 and 4 (the index keys are the
    lookup keys), and institutions by their aliases."""
    pool = name_index._pool("commune")
    names = pool.entities._cols["name"]
    for i in range(0, len(names), 997):
        assert i in pool.full[name_index._full_key(names[i])]
        assert i in pool.loose[reference.name_key(names[i])]
    assert reference.resolve("Ville de Paris", type="commune").code == "75056"
    assert reference.resolve("Conseil départemental de la Gironde").code == "33"
    assert reference.resolve("Collectivité européenne d'Alsace").code == "6AE"


def test_name_lookups_without_pandas():
    code = textwrap.dedent("""
        import sys
        from barometre.datasets import reference
        from barometre.domain.errors import ResolveError
        assert reference.resolve("Sainte-Foy-lès-Lyon").code == "69202"
        assert reference.find_code("6AE").name
        try:
            reference.resolve("99999", type="commune")
            raise SystemExit("an unknown code was resolved")
        except ResolveError as e:
            assert "99999" in str(e)
        assert "pandas" not in sys.modules, "pandas imported"
    """)
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cached_reference_columns_cannot_be_edited():
    """The columns are cached for the whole process: a caller's edit would change every
    later reading."""
    cols = reference._entity_columns("departement")
    with pytest.raises(ValueError):
        cols["population"][0] = 0.0
    with pytest.raises(TypeError):
        cols["code"][0] = "99"
    with pytest.raises(ValueError):
        name_index.code_table("region").population[0] = 0.0


@pytest.mark.parametrize("name", ["communes.csv", "departements.csv", "institutions.csv",
                                  "epci.csv.gz"])
def test_columns_are_the_cells_of_the_table(name):
    """Read by Arrow (told of line breaks in cells only when the table has quotes), the
    columns are the cells as the csv module reads them."""
    import csv
    import gzip
    import io
    import math

    from barometre._data import data_bytes

    raw = data_bytes("reference", name)
    text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
    header, *rows = list(csv.reader(io.StringIO(text)))
    cols = reference._columns(name)
    assert list(cols) == header
    for j, h in enumerate(header):
        if h == "population":
            want = [float(r[j]) if r[j] else math.nan for r in rows]
            assert cols[h].tolist() == pytest.approx(want, nan_ok=True)
        else:
            assert list(cols[h]) == [r[j] or None for r in rows]


def test_a_line_break_in_a_quoted_cell(monkeypatch):
    monkeypatch.setattr(reference, "data_bytes", lambda *parts: (
        'code,name,population\n01,"Ain\nbis",5\n02,Aisne,\n'.encode("utf-8")))
    cols = reference._columns.__wrapped__("table.csv")  # not the cached tables
    assert cols["name"] == ("Ain\nbis", "Aisne") and cols["code"] == ("01", "02")
    assert cols["population"][0] == 5 and math.isnan(cols["population"][1])
