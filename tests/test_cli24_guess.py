"""The type a --data command guesses (cli24): ``chart`` and ``report`` guess it as
``compare`` and ``trend`` do; the « type deviné » line is said before any other on
stderr; the refusal for codes two types read alike does not read as a guess made; ``trend``
names an Annuaire export's types as ``compare`` does (régions too); and ``compare
--panel`` on a long file counts the year it leaves aside over the panel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

FILES = Path(__file__).resolve().parent / "files"
DEMO = bm.demo_file("enquete")  # the 101 départements (fictitious)
WAVES = bm.demo_file("releves")  # two waves of the 101 départements (fictitious)
GUESSED = {"fr": "type deviné : départements (--type departement), celui de toutes les "
                 "entités du fichier (101)",
           "en": "type guessed: départements (--type departement), that of every entity in "
                 "the file (101)"}
MIXED = ("barometre : option obligatoire manquante : --type / -t (le fichier mêle plusieurs "
         "types : région, département, commune, intercommunalité)")


@pytest.fixture
def annuaire(annuaire_export):
    return annuaire_export[0]  # communes, EPCI, départements, régions (conftest)


@pytest.fixture
def regcodes(tmp_path):
    """Three région codes without names: département codes too (the reader's type-guessed)."""
    src = tmp_path / "regcodes.csv"
    src.write_text("Code;Facebook;Abonnés Facebook;Date\n11;Oui;250 000;15/10/2025\n"
                   "84;Oui;180 000;15/10/2025\n53;Oui;90 000;15/10/2025\n", encoding="utf-8")
    return src


# --------------------------------------- 1. chart and report guess as compare and trend

@pytest.mark.parametrize("command", [["chart", "adoption"], ["chart", "heatmap"],
                                     ["chart", "trend"], ["report"]])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_chart_and_report_say_the_type_they_guess(cli, tmp_path, command, lang):
    """They took the reader's type silently; now the guess of compare --data, said on
    stderr first, and nothing said when --type is given."""
    out = tmp_path / ("r.xlsx" if command == ["report"] else "c.png")
    data = WAVES if command[-1] in ("trend", "report") else DEMO
    res = cli(*command, "--data", data, "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.stderr
    assert res.stderr.splitlines()[0] == GUESSED[lang]  # before « Graphique écrit »…
    typed = tmp_path / f"t{out.suffix}"
    given = cli(*command, "--data", data, "-o", typed, "--lang", lang, "--type", "departement")
    assert given.exit_code == 0 and GUESSED[lang] not in given.stderr
    if command == ["report"]:  # the workbook of the type guessed is that of the type given
        def adoption(path):
            return list(openpyxl.load_workbook(path)["Adoption"].iter_rows(values_only=True))

        assert adoption(out) == adoption(typed)


@pytest.mark.parametrize("command", [["chart", "adoption"], ["chart", "heatmap"],
                                     ["chart", "trend"], ["report"]])
def test_chart_and_report_refuse_an_export_of_several_types(cli, tmp_path, annuaire,
                                                            command):
    """On an Annuaire export (régions, départements, communes, intercommunalités) they drew
    or wrote the communes (the reader's default) without a word, or failed on the codes
    the types share; now compare's refusal, the file's four types named."""
    out = tmp_path / ("r.xlsx" if command == ["report"] else "c.png")
    res = cli(*command, "--data", annuaire, "-o", out)
    assert res.exit_code == 2 and res.stdout == "" and not out.exists()
    assert res.stderr.splitlines() == [MIXED]
    assert cli(*command, "--data", annuaire, "-o", out, "--type", "departement").exit_code == 0


@pytest.mark.parametrize("command", [["chart", "adoption"], ["chart", "trend"], ["report"]])
def test_chart_and_report_refuse_codes_of_two_types(cli, tmp_path, regcodes, command):
    out = tmp_path / ("r.xlsx" if command == ["report"] else "c.png")
    res = cli(*command, "--data", regcodes, "-o", out)
    assert res.exit_code == 2 and not out.exists()
    assert res.stderr.startswith("barometre : option obligatoire manquante : --type / -t (3 codes")


# ------------------------------------------------------ 2. the guess said first

def test_compare_says_the_type_guessed_before_its_other_lines(cli):
    """compare --format csv says its reading's lines before the output, the notes after:
    the type guessed came last, after every line it is the type of."""
    res = cli("compare", "--data", DEMO, "--format", "csv")
    lines = res.stderr.splitlines()
    assert res.exit_code == 0 and len(lines) > 1
    assert lines[0] == GUESSED["fr"] and lines.count(GUESSED["fr"]) == 1
    assert lines[1].startswith("Lecture : 5 avertissements")
    # trend, as before: first too
    trend = cli("trend", "--data", WAVES, "--format", "csv", "--lang", "en").stderr.splitlines()
    assert len(trend) > 1 and trend[0] == GUESSED["en"]
    # said once the command succeeded: an error after the guess stays its one line
    res = cli("compare", "--data", DEMO, "--year", "1999")
    assert res.exit_code != 0
    assert len(res.stderr.splitlines()) == 1 and "type deviné" not in res.stderr


# ------------------------------------- 3. codes of two types: no « type deviné » in a refusal

@pytest.mark.parametrize("command", [["compare"], ["trend"]])
def test_codes_of_two_types_are_refused_without_reading_as_a_guess(cli, regcodes, command):
    res = cli(*command, "--data", regcodes)
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.splitlines() == [
        "barometre : option obligatoire manquante : --type / -t (3 codes lisibles aussi bien "
        "comme codes de départements que de régions : précisez --type departement si ce sont "
        "des départements, --type region si ce sont des régions, ou ajoutez une colonne de "
        "noms)"]
    en = cli(*command, "--data", regcodes, "--lang", "en")
    assert en.stderr.splitlines() == [
        "barometre: missing option: --type / -t (3 codes readable as codes of départements "
        "as well as of regions: give --type departement if they are départements, --type "
        "region if they are regions, or add a name column)"]
    assert cli(*command, "--data", regcodes, "--type", "region").exit_code == 0  # (cli23)


def test_codes_of_two_types_beside_names_that_do_not_decide(cli, tmp_path):
    src = tmp_path / "named.csv"
    src.write_text("Code;Nom;Facebook;Date\n11;Truc;Oui;15/10/2025\n", encoding="utf-8")
    res = cli("compare", "--data", src)
    assert res.exit_code == 2
    assert res.stderr.splitlines() == [
        "barometre : option obligatoire manquante : --type / -t (1 code lisible aussi bien "
        "comme code de départements que de régions, les noms de « Nom » ne tranchant pas : "
        "précisez --type departement si ce sont des départements, --type region si ce sont "
        "des régions)"]
    # validate still says the reader's guess, which it made
    assert "type deviné : départements" in cli("validate", src).stdout


# ------------------------------------- 4. trend names an Annuaire export's types as compare

def test_trend_names_the_types_compare_names(cli, annuaire):
    """Every région code is a département code: read_waves kept one reading per code, the
    régions folded into the départements, and trend's refusal did not name them."""
    said = {c: cli(c, "--data", annuaire).stderr.splitlines() for c in ("compare", "trend")}
    assert said["trend"] == said["compare"] == [MIXED]


def test_read_waves_keeps_an_exports_regions(annuaire):
    w = bm.read_waves(annuaire)
    s = bm.read_survey(annuaire)
    assert (w.groupby("collectivity_type")["code"].nunique().to_dict()
            == s.groupby("collectivity_type")["code"].nunique().to_dict())
    assert w["collectivity_type"].eq("region").groupby(w["code"]).sum().gt(0).sum() == 18
    t = bm.wave_trend(w, type="region", platforms="facebook")
    assert t["n_base"].tolist() == [18]  # refused before: no région in the frame
    assert len(w) == len(s)  # one reading per entity, platform and wave: none lost


# ----------------------------- 5. compare --panel: the years left aside counted in the panel

@pytest.fixture
def long_file(tmp_path):
    """2024: 01–05; 2025: 01–03 and 06. The panel: 01, 02, 03 (3); out of it: 04 and 05
    (not read in 2025), 06 (not read in 2024)."""
    src = tmp_path / "long.csv"
    src.write_text(
        "Code;Facebook;Date\n"
        "01;Oui;15/10/2024\n02;Non;15/10/2024\n03;Oui;15/10/2024\n04;Oui;15/10/2024\n"
        "05;Non;15/10/2024\n"
        "01;Oui;14/10/2025\n02;Oui;14/10/2025\n03;Oui;14/10/2025\n06;Non;14/10/2025\n",
        encoding="utf-8")
    return src


def test_compare_panel_counts_the_year_left_aside_in_the_panel(cli, long_file):
    """It said « laissé de côté : 2024 (5 entités) », the file's five of 2024, of a panel of
    three: the three are what its 2024 readings leave aside."""
    res = cli("compare", "--data", long_file, "--type", "departement", "--panel")
    assert res.exit_code == 0, res.stderr
    assert "Année 2025 ; laissé de côté : 2024 (3 entités)" in res.stdout.splitlines()
    assert "3 départements du panel" in res.stdout
    # without --panel, the file's five
    whole = cli("compare", "--data", long_file, "--type", "departement").stdout
    assert "Année 2025 ; laissé de côté : 2024 (5 entités)" in whole.splitlines()


def test_the_panels_year_left_aside_on_the_frame_too(cli, tmp_path, long_file):
    """The report counts on the file's frame (compare on its coded readings): the same."""
    s = bm.read_survey(long_file, type="departement")
    assert bm.compare_survey(s, panel=True).attrs["years_left_aside"] == {2024: 3}
    assert bm.compare_survey(s).attrs["years_left_aside"] == {2024: 5}
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", long_file, "-t", "departement", "--panel",
               "-o", out).exit_code == 0
    # s33: in the report, 2024 makes the Évolution and Mouvements: said so, not « laissé de
    # côté » (compare's words), with the panel's count all the same
    cells = [v for ws in openpyxl.load_workbook(out) for row in ws.iter_rows(values_only=True)
             for v in row if isinstance(v, str) and "2024 (" in v]
    assert len(cells) == 2 and all(
        c == typeset("Année 2025 ; 2024 (3 entités) : hors des chiffres de 2025, repris dans "
                     "les feuilles « Évolution » et « Mouvements »", "fr") for c in cells)
