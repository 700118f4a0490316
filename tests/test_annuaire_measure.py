"""The Annuaire de l'administration counts accounts DECLARED (a lower bound), a survey
accounts checked: two measures, never one series (review 17b), and a figure from the
Annuaire alone never called a survey's."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import barometre as bm
from barometre.domain.errors import UsageError

FILES = Path(__file__).resolve().parent / "files"
sys.path.insert(0, str(FILES))
import make_annuaire  # noqa: E402

REFUSED = "deux mesures différentes ne font pas une évolution"


@pytest.fixture(scope="module")
def annuaire(tmp_path_factory):
    out = tmp_path_factory.mktemp("annuaire") / "annuaire.json"
    make_annuaire.make(out, communes=400, seed=17)  # état au 12/03/2026
    return out


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
