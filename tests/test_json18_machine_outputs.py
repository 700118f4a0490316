"""Machine outputs a script can trust (review json18): the CSV/JSON of the listing commands
say whose population a figure uses, cite a published figure from its own row, name the
source key alike everywhere, give a ranking's denominator, write lists one way and keep
each command's columns fixed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

import barometre as bm

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
RELEVES = ROOT / "data" / "demo" / "releves-departements-donnees-fictives.csv"


def _csv(result) -> list[dict]:
    assert result.exit_code in (0, 1), result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def _json(result):
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


# 1. population: the territory's or the council's, said in the row


@pytest.mark.parametrize("fmt", ["--csv", "--json"])
def test_rank_says_whose_population(cli, fmt):
    out = cli("rank", "-p", "facebook", "-d", DEMO, fmt)
    rows = _csv(out) if fmt == "--csv" else _json(out)
    by = {r["code"]: r for r in rows}
    # 69's 478,313 is the Département du Rhône's, not the Rhône's 1,914,667 (entities)
    assert str(by["69"]["population"]) == "478313" and by["69"]["population_of"] == "council"
    for code in ("67", "68", "2A", "2B"):
        if code in by:
            assert by[code]["population_of"] == "council"
    assert by["44"]["population_of"] == "territory"
    assert {r["population_of"] for r in rows} == {"territory", "council"}
    ent = {r["code"]: r for r in _csv(cli("entities", "--type", "departement", "--csv"))}
    assert ent["69"]["population"] == "1914667" and ent["69"]["population_of"] == "territory"


def test_benchmark_says_whose_population(cli):
    rows = _csv(cli("benchmark", "-e", "69", "-d", DEMO, "--csv"))
    assert {r["population"] for r in rows} == {"478313"}
    assert {r["population_of"] for r in rows} == {"council"}
    rows = _json(cli("benchmark", "-e", "44", "-d", DEMO, "--json"))
    assert {r["population_of"] for r in rows} == {"territory"}


def test_resolve_says_whose_population(cli):
    council = _csv(cli("resolve", "Département du Rhône", "--csv"))[0]
    assert (council["code"], council["population"], council["population_of"]) == (
        "69D", "478313", "council")
    territory = _json(cli("resolve", "69", "--type", "departement", "--json"))[0]
    assert (territory["population"], territory["population_of"]) == (1914667, "territory")


def test_report_tables_say_whose_population(tmp_path):
    from barometre.render import excel

    s = bm.read_survey(DEMO)
    out = excel.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s)
    wb = openpyxl.load_workbook(out)
    d = wb["Données"]
    heads = [c.value for c in d[1]]
    i, j = heads.index("Population"), heads.index("Population de")
    assert j == i + 1
    of = {r[0]: (r[i], r[j]) for r in d.iter_rows(min_row=2, values_only=True)}
    assert of["69"] == (478313, "conseil") and of["44"][1] == "territoire"
    assert of["2A"][1] == of["67"][1] == "conseil"
    cl = wb["Classement"]
    h = next(c.row for c in cl["A"] if c.value == "Réseau")
    heads = [c.value for c in cl[h]]
    k = heads.index("Population de")
    rows = [r for r in cl.iter_rows(min_row=h + 1, values_only=True) if r[1] == "69"]
    assert rows and {r[k] for r in rows} == {"conseil"}


# 2. a published figure cited from its own row: the source's year beside the figures'


def test_compare_and_trend_rows_carry_the_year_published(cli):
    rows = _csv(cli("compare", "--type", "region", "--csv"))
    ost = [r for r in rows if r["source"] == "ost-2023-2"]
    assert ost and {(r["year"], r["year_published"]) for r in ost} == {("2022", "2023")}
    rows = _json(cli("trend", "--type", "region", "--platform", "facebook", "--json"))
    assert all("year_published" in r for r in rows)
    by = {r["source"]: r["year_published"] for r in rows}
    assert by["oten-2011"] == 2011
    src = {r["source"]: r["year_published"]
           for r in _csv(cli("sources", "--csv"))}
    assert all(str(y or "") == src[s] for s, y in by.items())
    # a survey's figures are not published: the column stays, empty
    rows = _csv(cli("compare", "--data", DEMO, "--type", "departement", "--csv"))
    assert rows and {r["year_published"] for r in rows} == {""}


def test_figures_rows_carry_the_year_published(cli):
    rows = _csv(cli("figures", "--csv"))
    assert rows and all("year_published" in r for r in rows)
    src = {r["source"]: r["year_published"] for r in _csv(cli("sources", "--csv"))}
    assert all(r["year_published"] == src[r["source"]] for r in rows)
    assert bm.figures()["year_published"].dtype == "Int64"


# 5. rank's denominator on every row


@pytest.mark.parametrize("extra", [[], ["--top", "3"], ["--top", "3", "-e", "69"]])
def test_rank_gives_its_denominator_on_every_row(cli, extra):
    out = cli("rank", "-p", "facebook", "-d", DEMO, "--csv", *extra)
    rows = _csv(out)
    counts = {(r["n_ranked"], r["n_no_answer"], r["n_no_account"], r["n_account_no_count"],
               r["n_count_without_account"], r["n_set_aside"]) for r in rows}
    # the table's « 84 départements classés (7 sans réponse, 4 sans compte, 6 avec un
    # compte sans nombre d'abonnés) »
    assert counts == {("84", "7", "4", "6", "0", "0")}
    table = cli("rank", "-p", "facebook", "-d", DEMO, *extra).stdout
    assert "84 départements classés (7 sans réponse, 4 sans compte, 6 avec un" in table
    data = _json(cli("rank", "-p", "facebook", "-d", DEMO, "--json", *extra))
    assert {d["n_ranked"] for d in data} == {84} and {d["n_population_zero"] for d in data} == {0}


def test_rank_counts_set_aside_and_benchmark_alike(cli):
    # the long file: 2025 ranked, the entities whose only count is of 2024 set aside
    r = bm.rank(bm.read_survey(RELEVES), "x")
    rows = _json(cli("rank", "-p", "x", "-d", RELEVES, "--json"))
    assert {d["n_set_aside"] for d in rows} == {sum(r.attrs["set_aside"].values())}
    assert {d["n_ranked"] for d in rows} == {r.attrs["n_ranked"]} == {len(r)}
    b = _json(cli("benchmark", "-e", "44", "-d", DEMO, "-p", "facebook", "--json"))[0]
    d = _json(cli("rank", "-p", "facebook", "-d", DEMO, "--json"))[0]
    for k in ("n_no_answer", "n_no_account", "n_account_no_count"):
        assert d[k] >= b[k] and d[k] - b[k] <= 1  # benchmark leaves the entity out


# 3. and 4. sources: the key is ``source``, and the « fin 2015 » sources have their year


def test_sources_key_is_source_and_the_late_2015_sources_have_a_year(cli):
    rows = _csv(cli("sources", "--csv"))
    assert "source" in rows[0] and "source_id" not in rows[0]
    data = _json(cli("sources", "--json", "--lang", "en"))
    assert "source" in data[0] and "source_id" not in data[0]
    by = {r["source"]: r for r in rows}
    for sid in ("ideose-2015-2", "ideose-2015-3"):
        # no year of its own (the Cospirit page's date is not given), dated « fin 2015 »
        assert by[sid]["year_published"] == "" and by[sid]["period"] == "late"
        assert by[sid]["year_dated"] == "2015"
    assert by["ost-2023-2"]["year_dated"] == by["ost-2023-2"]["year_published"] == "2023"
    table = cli("sources").stdout
    line = next(ln for ln in table.splitlines() if ln.startswith("ideose-2015-2 "))
    assert "fin 2015" in line
    # the key joins compare's rows to their source
    compare = _csv(cli("compare", "--type", "region", "--csv"))
    assert {r["source"] for r in compare} <= set(by)


# 6. one way to write a list in a CSV cell: ";" without spaces (JSON: real arrays)


def test_lists_in_csv_are_joined_by_semicolons(cli):
    types = {r["id"]: r for r in _csv(cli("types", "--csv"))}
    assert types["departement"]["aliases"].split(";")[:2] == ["départements", "department"]
    assert ", " not in types["region"]["aliases"]
    plats = {r["id"]: r for r in _csv(cli("platforms", "--csv"))}
    assert plats["facebook"]["aliases"] == "fb;meta;page facebook"
    assert _json(cli("platforms", "--json"))[0]["aliases"] == ["fb", "meta", "page facebook"]
    cea = _csv(cli("resolve", "CeA", "--csv"))[0]
    assert cea["territories"] == "67;68"
    assert _json(cli("resolve", "CeA", "--json"))[0]["territories"] == ["67", "68"]
    rows = _csv(cli("validate", DEMO, "--csv"))
    grouped = [r for r in rows if r["rows"]]
    assert grouped and all(r["rows"].split(";") == [str(int(x)) for x in r["rows"].split(";")]
                           for r in grouped)
    assert len(grouped[0]["rows"].split(";")) == int(grouped[0]["count"])
    data = [p for p in _json(cli("validate", DEMO, "--json")) if p["rows"]]
    assert data[0]["rows"] == [int(x) for x in grouped[0]["rows"].split(";")]


# 7. each command's columns fixed, whatever the input: the outputs stack


def test_validate_columns_are_fixed(cli):
    heads = set()
    keys = set()
    for f in (DEMO, RELEVES):
        out = cli("validate", f, "--csv")
        heads.add(out.stdout.splitlines()[0])
        keys |= {tuple(p) for p in _json(cli("validate", f, "--json"))}
    # inp23: then where the rows come from, on every row
    assert heads == {"row,column,value,severity,message,code,by_code,count,rows,"
                     "file,sheet,sha256,barometre_version,validated_at"}
    assert keys == {("row", "column", "value", "severity", "message", "code", "by_code",
                     "count", "rows", "file", "sheet", "sha256", "barometre_version",
                     "validated_at")}


def test_entities_and_resolve_columns_are_fixed(cli):
    heads = {cli("entities", "--type", t, "--csv").stdout.splitlines()[0]
             for t in ("region", "departement", "epci", "metropole", "grande_ville")}
    assert heads == {"code,name,collectivity_type,population,departement,region,siren,kind,"
                     "population_of"}
    epci = _json(cli("entities", "--type", "metropole", "--json"))
    assert {e["kind"] for e in epci} >= {"METRO"}
    assert {e["kind"] for e in _json(cli("entities", "--type", "region", "--json"))} == {None}
    heads = {cli("resolve", q, "--csv").stdout.splitlines()[0]
             for q in ("2A", "st etienne", "CA du Pays Basque", "Département du Rhône")}
    assert heads == {"code,name,collectivity_type,population,departement,region,siren,kind,"
                     "population_of,role,territories,former_name"}
    assert _csv(cli("resolve", "CA du Pays Basque", "--csv"))[0]["kind"] == "CA"


def test_report_bulk_text_after_a_number_starts_one_indent_in(tmp_path):
    """« 176 473 territoire »: the Classement's and Données' text cells right after a number
    column start one indent in, as their headers and the small tables' cells do (a
    LibreOffice render read the population and its word as one cell)."""
    from barometre.render import excel

    s = bm.read_survey(DEMO)
    out = excel.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s)
    wb = openpyxl.load_workbook(out)
    for name in ("Données", "Classement"):
        ws = wb[name]
        h = next(c.row for c in ws["A"] if c.value in ("Réseau", "Code"))
        heads = [c.value for c in ws[h]]
        j = heads.index("Population de") + 1
        assert ws.cell(h, j).alignment.indent == 1  # the header's, as before
        assert ws.cell(h + 1, j).alignment.indent == 1, name
        assert ws.cell(h + 1, heads.index("Population") + 1).alignment.indent == 0


def test_report_index_has_thousands_like_the_counts_beside_it(tmp_path):
    """« 10112 » beside « 1 200 000 »: the Classement's index takes the counts' grouping
    (rven18), in the workbook's number format."""
    from barometre.render import excel

    s = bm.read_survey(DEMO)
    out = excel.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s)
    ws = openpyxl.load_workbook(out)["Classement"]
    h = next(c.row for c in ws["A"] if c.value == "Réseau")
    heads = [c.value for c in ws[h]]
    j = next(i for i, v in enumerate(heads) if v and v.startswith("Indice")) + 1
    k = heads.index("Abonnés") + 1
    assert ws.cell(h + 1, j).number_format == ws.cell(h + 1, k).number_format == "#,##0"
