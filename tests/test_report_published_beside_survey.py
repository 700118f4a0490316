"""Published figures beside a survey frame (api19a's note): the report crashed with a bare
« No objects to concatenate » (its Classement asked for the figures' year, 2022, which the
survey has no reading of), and with a survey of that year it would have named the survey's
file as the published figures' source on every page. It is now refused in one sentence
that says what to do; a survey's own figures of an older year still choose the
Classement's year (test_review17_small)."""

import pytest

import barometre as bm


def test_published_figures_beside_a_survey_are_refused(tmp_path):
    demo = bm.read_survey(bm.demo_file("enquete"))
    with pytest.raises(bm.UsageError) as err:
        bm.write_report(tmp_path / "r.xlsx", bm.compare("departement"), survey=demo)
    assert err.value.code == "report-published-beside-survey"
    assert str(err.value).startswith(
        "des chiffres publiés à côté du tableau d'enquête "
        "enquete-departements-donnees-fictives.xlsx : un rapport nommerait ce fichier comme "
        "leur source")
    assert list(tmp_path.iterdir()) == []
    # each alone is a report
    assert bm.write_report(tmp_path / "p.xlsx", bm.compare("departement")).exists()
    assert bm.write_report(tmp_path / "s.xlsx", bm.adoption(demo), survey=demo).exists()
