"""What a user meets (session 31, brief D): an empty path said empty on the command line,
the benchmark's percentile with its unit, the library's advice naming Python's parameters."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

DEMO = bm.demo_file("enquete")
NNBSP = "\u202f"


# --------------------------------------------------------------- 1. an empty path on the CLI

EMPTY_INPUT = "chemin de fichier vide : donnez le chemin du fichier à lire"
EMPTY_OUTPUT = "chemin de sortie vide : donnez le chemin du fichier à écrire"


@pytest.mark.parametrize("args, option, said", [
    (["validate", ""], "FILE", EMPTY_INPUT),  # was « . : erreur : c'est un dossier… »
    (["validate", "  "], "FILE", EMPTY_INPUT),
    (["compare", "--data", ""], "--data / -d", EMPTY_INPUT),
    (["compare", "--data="], "--data / -d", EMPTY_INPUT),
    (["trend", "--data", ""], "--data / -d", EMPTY_INPUT),
    (["changes", "--data", DEMO, "--data", ""], "--data / -d", EMPTY_INPUT),
    (["benchmark", "--entity", "29", "--data", ""], "--data / -d", EMPTY_INPUT),
    (["rank", "--platform", "facebook", "-d", ""], "--data / -d", EMPTY_INPUT),
    (["report", "--data", "", "-o", "r.xlsx"], "--data / -d", EMPTY_INPUT),
    (["report", "--data", DEMO, "-o", ""], "--output / -o", EMPTY_OUTPUT),
    (["chart", "adoption", "--data", "", "-o", "c.png"], "--data / -d", EMPTY_INPUT),
    (["chart", "adoption", "--type", "region", "-o", ""], "--output / -o", EMPTY_OUTPUT),
    (["template", "--type", "region", "-o", ""], "--output / -o", EMPTY_OUTPUT),
    (["annuaire", "", "-o", "a.xlsx"], "FILE", EMPTY_INPUT),
])
def test_an_empty_path_is_said_empty_for_every_command(cli, tmp_path, monkeypatch, args,
                                                       option, said):
    monkeypatch.chdir(tmp_path)
    res = cli(*args)
    assert res.exit_code == 2
    assert res.stdout == ""
    assert res.stderr == f"barometre : valeur invalide pour {option} : {said}\n"
    assert list(tmp_path.iterdir()) == []


def test_an_empty_path_in_english_and_a_real_folder_still_a_folder(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = cli("--lang", "en", "compare", "--data", "")
    assert res.stderr == ("barometre: invalid value for --data / -d: empty file path: give "
                          "the path of the file to read\n")
    res = cli("validate", ".")  # "." is a folder, said so
    assert res.stdout == ". : erreur : c'est un dossier, pas un fichier\n"


# --------------------------------------------------------------- 2. the percentile's unit

DEPARTEMENTS = bm.demo_file("enquete")


@pytest.mark.parametrize("lang, header, fmt, term, definition", [
    ("fr", "Pairs à son niveau ou en dessous", "0 %",
     "Pairs à son niveau ou en dessous (percentile)",
     "part des pairs classés, la collectivité comprise, qui ont autant d'abonnés qu'elle ou "
     "moins : 60\u202f% = 6 pairs sur 10 ; 100\u202f% pour la première"),
    ("en", "Peers at or below", "0%", "Peers at or below (percentile)",
     "share of the ranked peers, the authority included, with as many followers as it or "
     "fewer: 60% = 6 peers in 10; 100% for the first"),
])
def test_the_benchmark_sheet_shows_the_percentile_as_a_share_of_peers(
        cli, tmp_path, lang, header, fmt, term, definition):
    import openpyxl

    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", DEPARTEMENTS, "--entity", "29", "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.stderr
    wb = openpyxl.load_workbook(out)
    bench = wb["Benchmark"]
    head = [c.value for c in bench[3]]
    cell = bench.cell(row=4, column=head.index(header) + 1)  # Facebook: 46 of 84 at or below
    assert (bench.cell(row=4, column=1).value, cell.value, cell.number_format) == (
        "Facebook", pytest.approx(46 / 84), fmt)  # shows « 55 % », was « 55 » (« 0 »)
    # the Définitions say what the column holds, under its own name
    method = wb["Sources et méthode" if lang == "fr" else "Sources and method"]
    rows = {r[0]: r[1] for r in method.iter_rows(values_only=True) if r and r[0]}
    assert rows[term] == typeset(definition, lang)  # the workbook's French spaces (s33)
    assert bm.benchmark(bm.read_survey(DEPARTEMENTS), "29", platforms="facebook").loc[
        0, "percentile"] == pytest.approx(100 * 46 / 84)  # the library's frame: 0-100


def test_benchmark_csv_and_json_keep_the_library_column(cli):
    """CSV and JSON carry the library's column names (a thin CLI): ``percentile``, the
    percentage (0-100) of the ranked peers at or below, as the frame's; the report's cell says
    it in words for a reader."""
    import csv
    import io
    import json

    res = cli("benchmark", "--entity", "29", "--data", DEPARTEMENTS, "-p", "facebook", "--json")
    row = json.loads(res.stdout)[0]
    assert row["percentile"] == 54.76  # a number, in percent: 46 of 84
    res = cli("benchmark", "--entity", "29", "--data", DEPARTEMENTS, "-p", "facebook", "--csv")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows[0]["percentile"] == "54.76"


# --------------------------------------------------------------- 3. Python's words, the CLI's

@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(DEMO)


@pytest.mark.parametrize("call, args, python, cli_said", [
    (lambda s: bm.adoption(s, within=","), ["compare", "--data", DEMO, "--within", ","],
     "within : aucun code de département (ex. « within=[\"01\", \"44\"] »)",
     "--within : aucun code de département (ex. « --within 01,44 »)"),
    (lambda s: bm.adoption(s, within="01", panel=True),
     ["compare", "--data", DEMO, "--within", "01", "--panel"],
     "panel=True ne se combine pas avec within= : la base est soit les entités du fichier, "
     "soit celles de départements",
     "--panel ne se combine pas avec --within : la base est soit les entités du fichier, "
     "soit celles de départements"),
    (lambda s: bm.adoption(s, within="01"), ["compare", "--data", DEMO, "--within", "01"],
     "within=\"01\" : 100 entités du fichier hors de ces départements",
     "--within 01 : 100 entités du fichier hors de ces départements"),
    (lambda s: bm.read_survey(DEMO, date="32/13/2025"),
     ["validate", DEMO, "--date", "32/13/2025"],
     "date=\"32/13/2025\" illisible : attendu une date comme 15/10/2025",
     "--date « 32/13/2025 » illisible : attendu une date comme 15/10/2025"),
])
def test_an_error_names_the_parameter_in_python_and_the_option_on_the_command_line(
        demo, cli, call, args, python, cli_said):
    with pytest.raises(bm.UsageError) as exc:
        call(demo)
    assert str(exc.value).startswith(python)  # was the CLI's « --within 01,44 »
    assert cli_said not in str(exc.value)
    res = cli(*args)
    assert res.exit_code == 2 and res.stderr.startswith("barometre : " + cli_said)


def test_a_warning_names_type_in_python_and_type_on_the_command_line(cli, tmp_path):
    src = tmp_path / "codes.csv"
    src.write_text("Code;Facebook\n11;Oui\n84;Oui\n53;Non\n", encoding="utf-8")
    [p] = bm.validate(src)
    assert p.message.endswith('précisez type="region" si ce sont des régions '
                              '(type="departement" pour confirmer), ou ajoutez une colonne '
                              'de noms')
    assert p.text("en").endswith('give type="region" if they are regions '
                                 '(type="departement" to confirm), or add a name column')
    res = cli("validate", src)
    assert ("précisez --type region si ce sont des régions (--type departement pour "
            "confirmer)") in res.stdout


# --------------------------------------------------------------- 4. codes without their zero

def _commune_frame(codes):
    import pandas as pd

    n = len(codes)
    return pd.DataFrame({"code": codes, "name": ["x"] * n, "collectivity_type": ["commune"] * n,
                         "platform": ["facebook"] * n, "present": [True] * n,
                         "date": pd.to_datetime(["2025-01-01"] * n), "year": [2025] * n,
                         "source_row": list(range(2, n + 2))})


def test_codes_without_their_zero_said_as_a_list_with_counts_grouped():
    from barometre.datasets import reference

    lost = [c[1:] for c in reference.type_codes("commune") if c.startswith("0")]
    with pytest.raises(bm.UsageError) as exc:
        bm.adoption(_commune_frame(lost))
    n = f"{len(lost) - 3:,}"  # the others counted as every count is: « 3 404 autres »
    assert len(lost) - 3 > 1000
    assert f"« 1004 » pour « 01004 » et {n.replace(',', NNBSP)} autres)" in exc.value.render("fr")
    assert f"“1004” for “01004” and {n} more)" in exc.value.render("en")
    with pytest.raises(bm.UsageError) as exc:  # two named: « a et b », was « a, b »
        bm.adoption(_commune_frame(["1001", "1002"]))
    assert "(« 1001 » pour « 01001 » et « 1002 » pour « 01002 »)" in str(exc.value)
    assert "(“1001” for “01001” and “1002” for “01002”)" in exc.value.render("en")
