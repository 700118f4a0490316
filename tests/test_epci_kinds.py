"""A file of intercommunalités of one category (communautés d'agglomération, CC, CU,
métropoles: the reference's ``kind``) is no sample of the 1,254 intercommunalités (epci18b).
compare --data on the 40 largest CA said "100 % … IC 95 % : 94–100 % (≥ 100 000 hab.)"
with "N = 125 intercommunalités de 100 000 habitants ou plus", though those 125 hold 21
métropoles, 12 CU and a CC the file cannot hold; the report's Synthèse said "100 % des
intercommunalités sur Facebook (n = 40 ayant répondu sur 125 …)"."""

from __future__ import annotations

import random

import pytest

import barometre as bm
from barometre.analysis.stats import wilson_interval
from tests.conftest import as_json
from barometre.render.excel.cells import typeset

NNBSP = "\u202f"


def _epci():
    return bm.reference.entities("epci")


def _write(path, codes, present=lambda i: "Oui"):
    path.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};{present(i)};15/10/2025\n" for i, c in enumerate(codes)), encoding="utf-8")
    return path


@pytest.fixture
def ca40(tmp_path):
    """The 40 most populous communautés d'agglomération, all on Facebook but 4."""
    e = _epci()
    ca = e[e["kind"] == "CA"].sort_values("population", ascending=False)["code"].head(40)
    return _write(tmp_path / "ca40.csv", list(ca), lambda i: "Non" if i % 10 == 3 else "Oui")


def test_the_largest_communautes_d_agglomeration_are_their_sample_not_the_epci(cli, ca40):
    out = cli("compare", "--data", ca40, "--type", "epci").stdout
    lo, hi = wilson_interval(36 / 40, 40, population=91)
    said = bm.render.formats.fmt_ci(lo, hi)
    assert f"{said} (CA, ≥ 100{NNBSP}000 hab.)" in out
    assert f"N = 91 communautés d'agglomération de 100{NNBSP}000 habitants ou plus" in out
    assert "N = 125" not in out
    assert ("Le fichier ne tient que des communautés d'agglomération (40 des 230 en France ; "
            "aucune des 989 communautés de communes, des 14 communautés urbaines ni des 21 "
            f"métropoles), toutes de 100{NNBSP}000 habitants ou plus (91 communautés "
            "d'agglomération en France)") in out
    assert (f"ce n'est pas un échantillon des 1{NNBSP}254 intercommunalités. Les parts et leurs "
            "intervalles sont ceux des 91 communautés d'agglomération de "
            f"100{NNBSP}000 habitants ou plus (N = 91), pas des 1{NNBSP}254") in out
    fb = as_json(cli("compare", "--data", ca40, "--type", "epci", "-f", "json"))[0]
    assert (fb["design"], fb["design_subset"], fb["n_subset"]) == (
        "subset", "kind:CA;population:100000+", 91)
    assert (fb["ci_low"], fb["ci_high"]) == (pytest.approx(lo, abs=1e-4),
                                             pytest.approx(hi, abs=1e-4))
    en = cli("compare", "--data", ca40, "--type", "epci", "--lang", "en").stdout
    assert ("The file holds only communautés d'agglomération (40 of the 230 in France; none of "
            "the 989 communautés de communes, 14 communautés urbaines or 21 métropoles)") in en
    strate = cli("compare", "--data", ca40, "--type", "epci", "--by", "strate").stdout
    assert "chaque strate est comptée à part (N = ses communautés d'agglomération)" in strate


def test_the_report_says_the_category_in_its_key_figures(cli, ca40, tmp_path):
    import openpyxl

    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", ca40, "-t", "epci", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    lines = [c.value for c in wb["Synthèse"]["A"]
             if isinstance(c.value, str) and "sur Facebook" in c.value]
    assert len(lines) == 1, lines
    assert lines[0].replace(NNBSP, " ").startswith(
        "90 % des communautés d'agglomération de 100 000 habitants ou plus sur Facebook "
        "(n = 40 ayant répondu sur 91 ; IC 95"), lines
    method = {r[0]: r[1] for r in wb["Sources et méthode"].iter_rows(values_only=True) if r[0]}
    assert "ne tient que des communautés d'agglomération (40 des 230" in method["Plan du fichier"]


def test_a_file_of_one_category_of_every_size_is_that_category_s_sample(cli, tmp_path):
    e = _epci()
    ca = sorted(e.loc[e["kind"] == "CA", "code"])[::4]  # 58 CA of every size
    src = _write(tmp_path / "ca.csv", ca)
    out = cli("compare", "--data", src, "--type", "epci").stdout
    assert "IC 95 % : 95–100 % (CA)" in out.replace(NNBSP, " ")
    assert "N = 230 communautés d'agglomération)" in out
    assert (f"les 1{NNBSP}024 autres intercommunalités (les autres catégories) manquent au "
            "fichier") in out


def test_when_a_file_is_read_as_of_some_categories():
    from barometre.analysis.survey import kind_design, sample_design

    e = _epci()
    every = sorted(e["code"])
    for seed in range(20):  # random samples of the intercommunalités: never
        draw = random.Random(seed).sample(every, 100)
        assert kind_design(draw, "epci") is None and sample_design(draw, "epci") is None
    # a random draw of the 125 of 100,000 inhabitants or more misses the one CC of that
    # size: the bands' sample, not "CA, CU and métropoles"
    big = sorted(e.loc[e["population"] >= 100_000, "code"])
    for seed in range(5):
        d = sample_design(random.Random(seed).sample(big, 40), "epci")
        assert d.id == "population:100000+" and not d.kinds
    # the métropoles: all of 100,000 or more, said as métropoles alone
    metro = sorted(e.loc[e["kind"] == "METRO", "code"])[:15]
    d = sample_design(metro, "epci")
    assert (d.id, d.n_subset, d.n_sample) == ("kind:METRO", 21, 15)
    # no categories for another type
    assert kind_design(bm.reference.type_codes("departement")[:40], "departement") is None


# -------------------------------------- a --type that names a category (epci18b)

def test_a_type_naming_a_category_lists_that_category(cli, tmp_path):
    """`entities --type "communauté d'agglomération"` listed the 1,254 intercommunalités,
    "CC Faucigny - Glières" first, and `template` wrote 1,254 rows: the alias read as
    epci. It lists the 230 CA now, with the category column; elsewhere it is refused."""
    import openpyxl

    out = cli("entities", "--type", "communauté d'agglomération").stdout
    lines = out.splitlines()
    # 2 head lines, 230 CA, then a blank line and the population's source (epci17)
    assert "Catégorie" in lines[0] and len(lines) == 2 + 230 + 2
    assert lines[-1].startswith("Population : ") and not lines[-2]
    assert "CC Faucigny" not in out and all(line.rstrip().endswith("CA") for line in lines[2:-2])
    every = cli("entities", "--type", "epci").stdout.splitlines()
    assert len(every) == 2 + 1254 + 2 and every[2].rstrip().endswith("CC")
    rows = as_json(cli("entities", "--type", "communauté de communes", "-f", "json"))
    assert len(rows) == 989 and {r["kind"] for r in rows} == {"CC"}
    tpl = tmp_path / "ca.xlsx"
    assert cli("template", "--type", "communauté d'agglomération", "-o", tpl).exit_code == 0
    wb = openpyxl.load_workbook(tpl)
    assert wb["Enquête"].max_row == 1 + 230
    assert wb["Mode d'emploi"]["A1"].value == ("Enquête barometre\u00a0: communautés "
                                               "d'agglomération (230 entités)")
    assert wb["Enquête"]["A1"].value == "SIREN"  # read back as intercommunalités
    refused = cli("compare", "--type", "communauté urbaine")
    assert refused.exit_code == 2
    assert ("« communauté urbaine » est une catégorie d'intercommunalités (CU), pas un type : "
            "--type epci compte les 1 254 intercommunalités") in refused.stderr.replace(NNBSP, " ")
    # a header that names one is still an intercommunalité's
    src = tmp_path / "cc.csv"
    src.write_text("Code de la communauté de communes;Facebook\n200000172;Oui\n",
                   encoding="utf-8")
    assert bm.read_survey(src).attrs["collectivity_type"] == "epci"


def test_the_benchmark_sheet_says_its_peers_source_and_population(cli, ca40, tmp_path):
    """The Benchmark sheet said "Pairs : les 40 intercommunalités du fichier (tout le type)"
    (English "(the whole type)") for 40 of 1,254, and gave neither the file nor the
    population behind "pour 1 000 habitants" under its table; the CLI's benchmark does."""
    import openpyxl

    codes = [line.split(";")[0] for line in ca40.read_text().splitlines()[1:]]
    src = tmp_path / "ca40.csv"
    src.write_text("SIREN;Facebook;Abonnés Facebook;Date du relevé\n" + "".join(
        f"{c};Oui;{1000 + 37 * i};15/10/2025\n" for i, c in enumerate(codes)), encoding="utf-8")
    entity = codes[0]
    for lang, peers, source, pop in (
            # a file of CA alone: its category named, of the 230 CA (epci17)
            ("fr", "Pairs : les 40 communautés d'agglomération du fichier (sur 230 en France)",
             "Source : ca40.csv",
             "Population (pour 1 000 habitants)"),
            ("en", "Peers: the 40 communautés d'agglomération in the file (of 230 in France)",
             "Source: ca40.csv",
             "Population (per 1,000 inhabitants)")):
        out = tmp_path / f"b-{lang}.xlsx"
        res = cli("report", "--data", src, "-t", "epci", "-e", entity, "-o", out,
                  "--lang", lang)
        assert res.exit_code == 0, res.output
        wb = openpyxl.load_workbook(out)
        lines = [str(c.value).replace(NNBSP, " ") for c in wb.worksheets[
            wb.sheetnames.index("Benchmark")]["A"] if c.value is not None]
        # as the workbook typesets them (s33), its narrow spaces read as spaces as above
        peers, source, pop = (typeset(t, lang).replace(NNBSP, " ") for t in (peers, source, pop))
        assert peers in lines, lines
        assert source in lines
        assert any(line.startswith(pop) and "epcicom2026" in line and "2022" in line
                   for line in lines), lines
        assert not any("whole type" in x or "tout le type" in x for x in lines)
