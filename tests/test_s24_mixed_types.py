"""rank, benchmark and their charts on an Annuaire export of several types, without
--type: they failed on an entity read twice, « deux enquêtes mises bout à bout
(pd.concat) ? », where compare and trend ask for --type and name the types (cli24)."""
from __future__ import annotations


import pytest
from typer.testing import CliRunner

from barometre.cli.app import app



@pytest.fixture
def export(annuaire_export):
    return annuaire_export[0]  # communes, EPCI, départements, régions (conftest)


@pytest.mark.parametrize("args", [
    ["rank", "-p", "facebook"],
    ["benchmark", "--entity", "44"],
    ["chart", "ranking", "-p", "facebook"],
    ["chart", "benchmark", "--entity", "44"],
    ["chart", "scatter", "-p", "facebook"],
])
def test_a_mixed_export_asks_for_the_type(export, tmp_path, args):
    out = ["-o", str(tmp_path / "c.png")] if args[0] == "chart" else []
    res = CliRunner().invoke(app, [*args, "--data", str(export), *out])
    assert res.exit_code == 2, res.output
    err = res.stderr if hasattr(res, "stderr") else res.output
    assert "--type" in err and "pd.concat" not in err
    assert "région, département, commune, intercommunalité" in err
    assert "Traceback" not in err and not (tmp_path / "c.png").exists()


def test_the_type_given_reads_its_entities(export):
    res = CliRunner().invoke(app, ["rank", "-p", "facebook", "--data", str(export),
                                   "--type", "departement"])
    # the Annuaire has no follower counts: rank says so, of the départements read
    assert res.exit_code == 1 and "aucun nombre d'abonnés pour Facebook" in res.output
