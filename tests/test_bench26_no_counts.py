"""chart benchmark with no follower count on any platform drawn is refused in one plain
sentence (exit 1, no file written): an Annuaire export declares accounts, not followers,
and the chart was two empty log axes, or « erreur inattendue (ValueError) : Data cannot
be log-scaled » (exit 70) when no platform was asked for."""

from __future__ import annotations

import matplotlib
import pytest

import barometre as bm
from barometre import charts
from barometre.domain.errors import NoDataError

matplotlib.use("Agg")


@pytest.mark.parametrize("platform", [[], ["-p", "facebook"]])
def test_annuaire_export_refused_plainly(cli, annuaire_export, tmp_path, platform):
    path, _ = annuaire_export
    out = tmp_path / "b.png"
    r = cli("chart", "benchmark", "--data", path, "--type", "departement", "--entity", "35",
            *platform, "-o", out)
    assert r.exit_code == 1, r.output
    assert "Traceback" not in r.output and "inattendue" not in r.output
    said = r.stderr.strip()
    assert said.count("\n") == 0  # one line
    assert "aucun nombre d'abonnés pour Facebook" in said
    assert ("Facebook dans le fichier" in said) == bool(platform)  # the platforms drawn, all
    assert "X (ex-Twitter)" in said or platform
    assert "l'Annuaire de l'administration déclare les comptes, pas leurs abonnés" in said
    assert "barometre chart adoption" in said
    assert not out.exists()


def test_presence_only_survey_refused_in_english(tmp_path):
    # a survey of presence alone (no follower column filled): the survey's own advice
    f = tmp_path / "presence.csv"
    f.write_text("code;facebook;instagram\n44;Oui;Non\n35;Oui;Oui\n29;Non;Oui\n",
                 encoding="utf-8")
    s = bm.read_survey(f, type="departement", date="15/10/2025")
    with pytest.raises(NoDataError) as e:
        charts.benchmark(s, "44", lang="en")
    said = e.value.render("en")
    assert said.startswith("no follower count for Facebook and Instagram in the file")
    assert "fill in the survey's follower column" in said
    assert "barometre.charts.adoption" in said  # Python's spelling, from Python


def test_one_platform_with_counts_still_drawn(tmp_path):
    # one platform counted is enough: the other says why it has no dot
    f = tmp_path / "s.csv"
    f.write_text("code;facebook;facebook_abonnes;instagram\n44;Oui;12000;Oui\n35;Oui;9000;Non\n"
                 "29;Oui;15000;Oui\n", encoding="utf-8")
    s = bm.read_survey(f, type="departement", date="15/10/2025")
    fig = charts.benchmark(s, "44")
    assert "rank:followers:facebook" in {t.get_gid() for t in fig.axes[0].texts}


def test_annuaire_benchmark_not_said_undated(cli, annuaire_export):
    # the export is dated (état au 12/03/2026); with no count compared, its benchmark had
    # no year compared and said « Année non précisée : le fichier ne donne aucune date »
    path, _ = annuaire_export
    r = cli("benchmark", "--data", path, "--type", "departement", "--entity", "35")
    assert r.exit_code == 0, r.output
    assert "Facebook : " in r.stdout
    assert "Année non précisée" not in r.stdout


def test_undated_survey_benchmark_still_said_undated(cli, tmp_path):
    f = tmp_path / "s.csv"
    f.write_text("code;facebook;facebook_abonnes\n44;Oui;12000\n35;Oui;9000\n29;Oui;15000\n",
                 encoding="utf-8")
    r = cli("benchmark", "--data", f, "--type", "departement", "--entity", "44")
    assert r.exit_code == 0, r.output
    assert "Année non précisée" in r.stdout
