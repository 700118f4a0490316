"""The adoption chart's caption says what its whiskers estimate: the share of all N of the
base (as the table's note: "N = 101 départements, for the share of all N"), not only "where
the count is known"; and why some bars have none (a census, a count unknown)."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.render.views import ci_note


@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(bm.demo_file("enquete"))


def _whisker_line(fig) -> str:
    """The caption's sentence on whiskers, over the lines it is wrapped on."""
    import re

    said = " ".join(fig.get_supxlabel().splitlines())
    return re.search(r"(Whiskers|Traits)\b.*?\.(?= [A-Z]|$)", said).group(0)


@pytest.mark.parametrize("with_survey", [False, True])
def test_the_demo_says_the_n_and_why_x_has_no_whisker(demo, with_survey):
    """X and "at least one network" are a census (every département answered): no whisker."""
    a = bm.adoption(demo)
    kw = {"survey": demo} if with_survey else {}
    # Instagram, LinkedIn, YouTube and TikTok: few unknowns, their bounds are k/101 and
    # (k + u)/101, a sure range named so (ci25)
    assert _whisker_line(bm.charts.adoption(a, lang="en", **kw)) == (
        "Whiskers: 95% confidence interval for the share of all 101 départements; "
        "a sure range, whatever the missing answers, for Instagram, LinkedIn, YouTube and "
        "TikTok; no whisker: census, exact share.")
    assert _whisker_line(bm.charts.adoption(a, lang="fr", **kw)) == (
        "Traits : intervalle de confiance à 95\u202f% de la part sur l'ensemble des "
        "101 départements ; fourchette sûre, certaine quelles que soient les réponses "
        "manquantes, pour Instagram, LinkedIn, YouTube et TikTok ; sans trait : exhaustif, "
        "part exacte.")


def test_no_clause_when_every_bar_has_its_whisker(demo):
    a = bm.adoption(demo)
    a = a[~a["census"]].reset_index(drop=True)
    assert _whisker_line(bm.charts.adoption(a, lang="en")) == (
        "Whiskers: 95% confidence interval for the share of all 101 départements; a sure "
        "range, whatever the missing answers, for Instagram, LinkedIn, YouTube and TikTok.")
    sure = a[a["ci_kind"] == "sure"].reset_index(drop=True)  # only sure ranges: said so
    assert _whisker_line(bm.charts.adoption(sure, lang="en")) == (
        "Whiskers: sure range of the share of all 101 départements, whatever the missing "
        "answers.")


def test_no_whisker_line_without_a_whisker():
    fig = bm.charts.adoption(bm.compare("region", year=2015, source="ideose"), lang="en")
    assert "Whiskers" not in fig.get_supxlabel()


def _rec(**kw):
    from barometre.analysis.survey import SURVEY_BASE_FAMILY

    r = {"collectivity_type": "departement", "source": "enquete.xlsx", "n_base": 94,
         "base_family": SURVEY_BASE_FAMILY,
         "n_reference": 101, "ci_low": 0.9, "ci_high": 0.96, "census": False}
    r.update(kw)
    return r


def test_a_count_unknown_and_a_population_unknown_are_said():
    sample = _rec()
    unknown = _rec(source="ideose-2015", base_family="régions", n_base=None, ci_low=None,
                   ci_high=None)
    census = _rec(n_base=101, ci_low=0.8, ci_high=0.8, census=True)
    assert ci_note([sample], [unknown], "en") == (
        "Whiskers: 95% confidence interval for the share of all 101 départements; "
        "no whisker: count unknown")
    assert ci_note([sample], [unknown, census], "en").endswith(
        "; no whisker: census (exact share) or count unknown")
    # a survey read without its type's size: plain Wilson, for the population sampled
    assert ci_note([_rec(n_reference=None)], [], "en") == (
        "Whiskers: 95% confidence interval for the share in the whole population sampled")
