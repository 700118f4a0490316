"""The Métropole de Lyon in an Annuaire export (session 35, L36).

Its record is of role ``epci`` (seat 69123, SIREN 200046977 or none), but it is no EPCI: a
collectivité à statut particulier, of barometre's type ``metropole``. It was reported
« sans collectivité correspondante dans le référentiel », left out of the métropoles
(« Couverture de l'Annuaire : 2 sur 22 ») and its declared accounts lost. Then: ``rank``
on an export said « aucun nombre d'abonnés » with neither why nor what to do, and
``benchmark`` said « sans compte » with no measure, date nor caveat.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import barometre as bm
from barometre.domain.errors import NoDataError
from barometre.survey.annuaire import prefill, read_census

FILES = Path(__file__).resolve().parent / "files" / "annuaire"
LYON = "200046977"


def _export(tmp_path: Path, lyon_siren: str = LYON, extra: list[dict] | None = None) -> Path:
    """Three métropoles of the real bulk record: Rennes Métropole (by SIREN), Nantes
    Métropole (by seat) and the Métropole de Lyon (seat 69123, SIREN ``lyon_siren``, 3
    declared accounts), état au 15/10/2026."""
    base = json.loads((FILES / "bulk-record-sample.json").read_text(encoding="utf-8"))
    sample = base["service"][0]

    def rec(i, name, siren, code, urls):
        r = copy.deepcopy(sample)
        r.update(id=f"l36-{i}", nom=name, siren=siren, code_insee_commune=code,
                 pivot=[{"type_service_local": "epci", "code_insee_commune": [code]}],
                 reseau_social=[{"valeur": u, "description": "", "custom_dico2": ""}
                                for u in urls],
                 date_modification="15/10/2026 10:00:00")
        return r

    services = [
        rec(1, "Rennes Métropole", "243500139", "35238",
            ["https://www.facebook.com/rennesmetropole"]),
        rec(2, "Nantes Métropole", "", "44109", ["https://www.facebook.com/nantesmetropole",
                                                 "https://www.instagram.com/nantesmetropole"]),
        rec(3, "Métropole de Lyon", lyon_siren, "69123",
            ["https://www.facebook.com/grandlyon", "https://twitter.com/grandlyon",
             "https://www.instagram.com/grandlyon/"]),
    ] + (extra or [])
    out = tmp_path / "annuaire.json"
    out.write_text(json.dumps({"service": services}, ensure_ascii=False), encoding="utf-8")
    return out


# 1. the Métropole de Lyon counted for the type metropole


@pytest.mark.parametrize("siren", [LYON, ""])
def test_lyon_counted_as_a_metropole(tmp_path, siren):
    path = _export(tmp_path, siren)
    census = read_census(path)
    assert census.counts["unresolved"] == 0
    lyon = census.entities[("metropole", LYON)]
    assert sorted(lyon.accounts) == ["facebook", "instagram", "x"]
    s = bm.read_survey(path, type="metropole")
    assert sorted(s["code"].unique()) == sorted(["243500139", "244400404", LYON])
    row = s[(s["code"] == LYON) & (s["platform"] == "instagram")].iloc[0]
    assert row["name"] == "Métropole de Lyon" and bool(row["present"])
    assert row["collectivity_type"] == "metropole"
    assert not any("Lyon" in p.message for p in bm.validate(path))
    # the template: Lyon's row pre-filled with its 3 declared accounts
    assert sorted(prefill(census, "metropole")[LYON]) == ["facebook", "instagram", "x"]


def test_lyon_is_no_epci(tmp_path):
    # --type epci: the EPCI à fiscalité propre, of which the Métropole de Lyon is not one
    s = bm.read_survey(_export(tmp_path), type="epci")
    assert LYON not in set(s["code"])
    assert sorted(s["code"].unique()) == ["243500139", "244400404"]
    assert LYON not in prefill(read_census(_export(tmp_path)), "epci")


def test_read_without_a_type_then_counted_as_metropoles(tmp_path):
    # read without a type, Lyon's rows are of the type métropole, the others EPCI rows:
    # --type metropole counts the three, never Lyon alone; epci the two EPCI
    s = bm.read_survey(_export(tmp_path))
    assert set(s["collectivity_type"]) == {"epci", "metropole"}
    fb = bm.compare_survey(s, "metropole").set_index("platform").loc["facebook"]
    assert (fb["n_present"], fb["n_base"]) == (3, 3)
    ig = bm.compare_survey(s, "epci").set_index("platform").loc["instagram"]
    assert (ig["n_present"], ig["n_base"]) == (1, 2)


def test_compare_counts_lyon_among_the_metropoles(cli, tmp_path):
    res = cli("compare", "--data", _export(tmp_path), "--type", "metropole")
    assert res.exit_code == 0, res.output
    assert "Couverture de l'Annuaire : 3 sur 22 métropoles" in res.stdout
    assert "sans collectivité correspondante" not in res.output
    line = next(x for x in res.stdout.splitlines() if x.startswith("métropole  Instagram"))
    assert "2/3" in line  # Nantes and Lyon


def test_annuaire_template_prefills_lyon(cli, tmp_path):
    import openpyxl

    out = tmp_path / "modele.xlsx"
    res = cli("annuaire", _export(tmp_path), "-o", out, "--type", "metropole")
    assert res.exit_code == 0, res.output
    assert "3 avec au moins un compte déclaré, 6 comptes pré-remplis" in res.stderr
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    lyon = next(r for r in rows if r and r[0] == LYON)
    assert "https://facebook.com/grandlyon" in lyon


def test_unresolved_epci_says_its_siren_not_its_seat_as_one(tmp_path):
    # an EPCI's SIREN the reference does not know, on a seat of no grouping: reported with
    # the SIREN given, the seat said a commune's code (never « epci 69123 »)
    path = _export(tmp_path, extra=[])
    d = json.loads(path.read_text(encoding="utf-8"))
    gone = copy.deepcopy(d["service"][0])
    gone.update(id="l36-9", nom="CC disparue", siren="299999999", code_insee_commune="99999",
                pivot=[{"type_service_local": "epci", "code_insee_commune": ["99999"]}])
    d["service"].append(gone)
    path.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    census = read_census(path)
    assert census.counts["unresolved"] == 1
    assert census.examples["unresolved"] == ["CC disparue (epci, SIREN 299999999, commune 99999)"]


# 2. rank: why no follower count, and what to do


def test_rank_says_the_annuaire_declares_accounts_and_what_to_do(cli, tmp_path):
    path = _export(tmp_path)
    res = cli("rank", "--data", path, "--type", "metropole", "-p", "facebook")
    assert res.exit_code == 1, res.output
    said = res.stderr.strip()
    assert said.count("\n") == 0
    assert "aucun nombre d'abonnés pour Facebook dans le fichier : l'Annuaire de " \
           "l'administration déclare les comptes, pas leurs abonnés" in said
    assert f"« barometre annuaire {path} -o modele.xlsx --type metropole »" in said
    assert "complétez-y les abonnés à la main" in said
    en = cli("rank", "--data", path, "--type", "metropole", "-p", "facebook", "--lang", "en")
    assert "the Annuaire de l'administration lists the accounts, not their followers" \
        in en.stderr
    assert f"“barometre annuaire {path} -o modele.xlsx --type metropole”" in en.stderr


def test_rank_python_error_code(tmp_path):
    s = bm.read_survey(_export(tmp_path), type="metropole")
    with pytest.raises(NoDataError) as err:
        bm.rank(s, "instagram")
    assert err.value.code == "rank-no-values-annuaire"


# 3. benchmark: « sans compte déclaré », the measure, date and caveat


def test_benchmark_of_the_annuaire_names_its_measure(cli, tmp_path):
    path = _export(tmp_path)
    res = cli("benchmark", "--entity", "Rennes", "--data", path, "--type", "metropole")
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "Instagram : sans compte déclaré (aucun pair avec un nombre d'abonnés ; " \
           "2 avec un compte sans nombre d'abonnés : Métropole de Lyon, Nantes Métropole)" in out
    assert "X (ex-Twitter) : sans compte déclaré (aucun pair avec un nombre d'abonnés ; " \
           "1 sans compte déclaré : Nantes Métropole ; 1 avec un compte sans nombre " \
           "d'abonnés : Métropole de Lyon)" in out
    assert "Mesure : comptes déclarés à l'Annuaire de l'administration (annuaire.json, " \
           "état au 15 octobre 2026)" in out
    assert "la part mesurée est un minimum" in out
    assert "pour 1 000 habitants" not in out and "Indice" not in out  # no count: neither
    en = cli("benchmark", "--entity", "Rennes", "--data", path, "--type", "metropole",
             "--lang", "en")
    assert "Instagram: without a declared account" in en.stdout
    assert "as of 15 October 2026" in en.stdout and "is a lower bound" in en.stdout


@pytest.mark.parametrize("lang,caveat", [("fr", "la part mesurée est un minimum"),
                                         ("en", "the share measured is a lower bound")])
def test_benchmark_json_carries_the_caveat(cli, tmp_path, lang, caveat):
    res = cli("benchmark", "--entity", "Rennes", "--data", _export(tmp_path), "--type",
              "metropole", "--format", "json", "--lang", lang)
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert all(caveat in r["caveat"] for r in rows)
    assert {r["data_date"] for r in rows} == {"2026-10-15"}
    assert {r["attribution"] for r in rows} == {"Service-Public.gouv.fr / DILA"}
    assert "déclarés" in rows[0]["measure_label"] or "declared" in rows[0]["measure_label"]


def test_benchmark_of_a_survey_unchanged(cli):
    res = cli("benchmark", "--entity", "Gironde", "--data", bm.demo_file("enquete"),
              "--format", "json")
    assert res.exit_code == 0, res.output
    assert "caveat" not in json.loads(res.stdout)[0]
    text = cli("benchmark", "--entity", "Gironde", "--data", bm.demo_file("enquete")).stdout
    assert "Indice : valeur ÷ médiane des pairs" in text and "sans compte déclaré" not in text
