"""The Annuaire de l'administration counts accounts DECLARED (a lower bound), a survey
accounts checked: two measures, never one series (review 17b), and a figure from the
Annuaire alone never called a survey's."""
from __future__ import annotations

from pathlib import Path

import pytest

import barometre as bm
from barometre.domain.errors import UsageError
from barometre.render.excel.cells import typeset

FILES = Path(__file__).resolve().parent / "files"

REFUSED = "deux mesures différentes ne font pas une évolution"


@pytest.fixture
def annuaire(annuaire_export):
    return annuaire_export[0]  # état au 12/03/2026 (conftest)


def test_read_waves_refuses_annuaire_beside_a_survey(annuaire):
    with pytest.raises(UsageError) as err:
        bm.read_waves([annuaire, bm.demo_file("releves")], type="departement")
    assert err.value.code == "waves-mixed-measures"
    assert "annuaire.json : comptes déclarés à l'Annuaire de l'administration (un minimum)" \
        in str(err.value)
    assert "releves-departements-donnees-fictives.csv : comptes relevés par une enquête" \
        in str(err.value)


@pytest.mark.parametrize("command", [["changes"], ["trend"], ["chart", "changes"],
                                     ["report"]])
def test_cli_refuses_annuaire_beside_a_survey(cli, annuaire, tmp_path, command):
    out = ["-o", tmp_path / ("x.svg" if command[0] == "chart" else "x.xlsx")] \
        if command[0] in ("chart", "report") else []
    res = cli(*command, "--type", "departement", "--data", annuaire,
              "--data", bm.demo_file("releves"), *out)
    assert res.exit_code == 2, res.output
    assert REFUSED in res.stderr
    assert "comparez l'Annuaire avec l'Annuaire, une enquête avec une enquête" in res.stderr
    assert "Arrivées" not in res.stdout and "pts" not in res.stdout
    assert len(res.stderr.strip().splitlines()) == 1  # one clear line
    en = cli(*command, "--type", "departement", "--data", annuaire,
             "--data", bm.demo_file("releves"), *out, "--lang", "en")
    assert "compare the Annuaire with the Annuaire, a survey with a survey" in en.stderr


def test_two_annuaire_files_still_compare(annuaire, tmp_path):
    import json

    d = json.loads(annuaire.read_text(encoding="utf-8"))
    for r in d["service"]:
        r["date_modification"] = "10/08/2024 10:00:00"
    older = tmp_path / "annuaire2024.json"
    older.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    w = bm.read_waves([older, annuaire], type="departement")
    assert len(w.attrs["waves"]) == 2


def _texts(path: Path) -> dict[str, list[str]]:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return {ws.title: [str(v) for row in ws.iter_rows(values_only=True) for v in row
                       if isinstance(v, str)] for ws in wb}


def test_report_of_the_annuaire_says_declared_accounts(cli, annuaire, tmp_path):
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--type", "departement", "--data", annuaire, "-o", out)
    assert res.exit_code == 0, res.output
    t = _texts(out)
    synth, src = t["Synthèse"], t["Sources et méthode"]
    assert typeset("Mesure\u00a0: comptes déclarés à l'Annuaire de l'administration (annuaire.json, état au "
                   "12 mars 2026)\u202f; présence = compte déclaré, nombre d'abonnés inconnu.", "fr") in synth
    assert any("la part mesurée est un minimum" in x for x in synth)
    assert not any("de l'enquête" in x for x in synth)  # neither the measure nor the coverage
    assert "L'Annuaire de l'administration (comptes déclarés)" in src and "L'enquête" not in src
    assert "12 mars 2026" in src  # Date du relevé
    assert any(x.startswith("comptes déclarés à l'Annuaire de l'administration\u202f; présence")
               and x.endswith("la part mesurée est un minimum") for x in src)
    assert "Service-Public.gouv.fr / DILA, Annuaire de l'administration (Licence Ouverte 2.0)" in src
    assert not any("case de présence vide" in x for x in src)  # no blank answer in a census
    # French dates in French text: no ISO date anywhere in the workbook's words
    assert not any("2026-03-12" in x for xs in t.values() for x in xs)
    en = tmp_path / "report.xlsx"
    assert cli("report", "--type", "departement", "--data", annuaire, "-o", en,
               "--lang", "en").exit_code == 0
    t_en = _texts(en)
    assert any(x.startswith("Measure: accounts declared to the Annuaire de l'administration")
               for x in t_en["Summary"])
    assert "The Annuaire de l'administration (declared accounts)" in t_en["Sources and method"]


def test_chart_of_the_annuaire_is_no_survey(cli, annuaire, tmp_path):
    out = tmp_path / "adoption.svg"
    res = cli("chart", "adoption", "--type", "departement", "--data", annuaire, "-o", out)
    assert res.exit_code == 0, res.output
    svg = out.read_text(encoding="utf-8")
    assert "enquête" not in svg
    assert ("Source : Service-Public.gouv.fr / DILA, Annuaire de l'administration "
            "(annuaire.json), 2026.") in svg
    assert "Base : 101 départements de l'Annuaire." in svg
    assert "Mesure : comptes déclarés à l'Annuaire de l'administration (annuaire.json, état au " \
           "12 mars 2026)" in svg
    assert "la part mesurée est un minimum." in svg
    assert "2026-03-12" not in svg


def test_compare_source_line_has_no_iso_date_but_its_csv_does(cli, annuaire):
    res = cli("compare", "--type", "departement", "--data", annuaire)
    assert res.exit_code == 0, res.output
    assert "Source : Service-Public.gouv.fr / DILA, Annuaire de l'administration (annuaire.json)" \
        in res.stdout
    assert "2026-03-12" not in res.stdout and "état au 12 mars 2026" in res.stdout
    csv = cli("compare", "--type", "departement", "--data", annuaire, "--format", "csv").stdout
    assert ",2026-03-12," in csv  # data_date, ISO


def test_report_of_two_annuaire_exports_names_the_measure(cli, annuaire, tmp_path):
    import json

    d = json.loads(annuaire.read_text(encoding="utf-8"))
    for r in d["service"]:
        r["date_modification"] = "10/08/2024 10:00:00"
    older = tmp_path / "annuaire2024.json"
    older.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--type", "departement", "--data", older, "--data", annuaire, "-o", out)
    assert res.exit_code == 0, res.output
    t = _texts(out)
    assert "Mouvements" in t  # two censuses: their movements
    assert any(x.startswith(typeset("Mesure : comptes déclarés à l'Annuaire de l'administration "
                                    "(annuaire.json, état au 12 mars 2026)", "fr")) for x in t["Synthèse"])
    assert not any("de l'enquête" in x for x in t["Synthèse"])
    assert "L'Annuaire de l'administration (comptes déclarés)" in t["Sources et méthode"]
    assert "10 août 2024, 12 mars 2026" in t["Sources et méthode"]


def test_waves_of_two_annuaire_exports_say_declared_accounts(cli, annuaire, tmp_path):
    """`trend`, `changes` and their charts over two exports showed « enquêtes » and no
    measure line, where compare and report say « comptes déclarés … un minimum » (diff17a)."""
    import json

    d = json.loads(annuaire.read_text(encoding="utf-8"))
    for r in d["service"]:
        r["date_modification"] = "10/08/2024 10:00:00"
    older = tmp_path / "annuaire2024.json"
    older.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    args = ["--type", "departement", "--data", older, "--data", annuaire]
    for command in (["trend"], ["changes"]):
        res = cli(*command, *args)
        assert res.exit_code == 0, res.output
        said = res.stdout  # the notes under the table, with it (as compare's; s32: stderr)
        assert "Mesure : comptes déclarés à l'Annuaire de l'administration" in said
        assert "la part mesurée est un minimum" in said
        assert "Mesure" not in res.stderr
    w = bm.read_waves([older, annuaire], type="departement")
    for fig in (bm.charts.wave_trend(bm.wave_trend(w)), bm.charts.changes(bm.changes(w))):
        caption = fig.get_supxlabel().replace("\n", " ")
        assert "enquête" not in caption and "Annuaire de l'administration, exports" in caption
        assert "la part mesurée est un minimum" in caption
