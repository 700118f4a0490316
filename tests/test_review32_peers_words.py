"""Review 32: a Python caller of benchmark and rank read the command line's options in the
refusals of a peer rule (« --peers strate ne départage pas … « --peers region » … (rank :
--metric followers_per_1000) », « donnez l'une d'elles : « --entity 67 » »), though
docs/python.md says an error's advice names the call's parameter. Python reads
``peers="region"``, ``metric="followers_per_1000"``, ``entity="67"``; the command line keeps
its flags."""

from __future__ import annotations

import pytest

import barometre as bm
from tests.test_epci_default_peers import CC_GRESIVAUDAN
from tests.test_epci_peers_kind import all_epci  # noqa: F401 (fixture)

NNBSP = "\u202f"
DEMO = bm.demo_file("enquete")


@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(DEMO)


def _refusal(call) -> bm.BarometreError:
    with pytest.raises(bm.BarometreError) as exc:
        call()
    return exc.value


@pytest.mark.parametrize("call", [
    lambda s: bm.benchmark(s, "29", peers="strate"),
    lambda s: bm.rank(s, "instagram", entity="29", peers="strate"),
])
def test_strate_refused_in_python_names_the_parameters(demo, call):
    err = _refusal(lambda: call(demo))
    assert str(err).replace(NNBSP, " ") == (
        'peers="strate" ne départage pas les départements : 100 sur 101 sont dans la même '
        "strate de population (100 000 habitants ou plus) ; comparez avec « peers=\"region\" » "
        "ou « peers=\"type\" » ; pour comparer sans l'effet de la taille : le nombre d'abonnés "
        'pour 1 000 habitants, que benchmark donne (rank : metric="followers_per_1000")')
    en = err.render("en")
    assert en.startswith('peers="strate" does not divide the départements')
    assert "compare with “peers=\"region\"” or “peers=\"type\"”" in en
    assert en.endswith('(rank: metric="followers_per_1000")')
    assert "--" not in str(err) + en


def test_strate_refused_on_the_command_line_keeps_its_flags(cli):
    res = cli("benchmark", "--entity", "29", "--data", DEMO, "--peers", "strate")
    assert res.exit_code == 2
    assert res.stderr.startswith("barometre : --peers strate ne départage pas")
    assert "comparez avec « --peers region » ou « --peers type »" in res.stderr
    assert "(rank : --metric followers_per_1000)" in res.stderr
    assert 'peers="' not in res.stderr


def test_too_few_in_python_names_the_parameter(demo):
    err = _refusal(lambda: bm.benchmark(demo, "973", peers="region"))
    assert str(err) == (
        'peers="region" : départements de la région Guyane dans le fichier d\'enquête : '
        "Guyane (973) seulement ; trop peu pour un rang (au moins 3, la collectivité "
        'comprise) ; comparez avec « peers="type" »')
    assert err.render("en").startswith('peers="region": départements of the Guyane region')
    res_cli = _refusal(lambda: bm.rank(demo, "facebook", peers="region"))
    assert str(res_cli) == ('peers="region" demande entity= (la collectivité dont les pairs '
                            "sont classés)")


def test_too_few_default_in_python_and_on_the_command_line(all_epci, cli):  # noqa: F811
    s = bm.read_survey(all_epci)
    err = _refusal(lambda: bm.benchmark(s, CC_GRESIVAUDAN, peers="strate"))
    said = str(err).replace(NNBSP, " ")
    assert said.startswith('peers="strate" : communautés de communes de 100 000 habitants')
    assert said.endswith('comparez avec « peers="region" » ou « peers="type" » ; ou avec '
                         "peers=None : même catégorie (communautés de communes)")
    assert err.render("en").endswith("; or with peers=None: same category (communautés de "
                                     "communes)")
    res = cli("benchmark", "--entity", CC_GRESIVAUDAN, "--data", all_epci, "--peers", "strate")
    assert res.stderr.rstrip().endswith("; ou sans --peers : même catégorie (communautés de "
                                        "communes)")


def test_council_of_two_rows_in_python_names_the_parameter(demo, cli):
    err = _refusal(lambda: bm.benchmark(demo, "Collectivité européenne d'Alsace"))
    assert str(err).endswith('donnez l\'une d\'elles : « entity="67" » ou « entity="68" »')
    assert err.render("en").endswith("give one of them: “entity=\"67\"” or “entity=\"68\"”")
    res = cli("benchmark", "--entity", "6AE", "--data", DEMO)
    assert res.stderr.rstrip().endswith("« --entity 67 » ou « --entity 68 »")


@pytest.mark.parametrize("name", ["nope", "releve", 3, ["enquete"]])
def test_an_unknown_demo_file_is_the_library_s_usage_error(name):
    """bm.demo_file("nope") raised a plain ValueError, which ``except bm.BarometreError``
    missed: it is bm.UsageError (code demo-unknown), and still a ValueError."""
    with pytest.raises(bm.UsageError) as exc:
        bm.demo_file(name)
    err = exc.value
    assert err.code == "demo-unknown" and isinstance(err, ValueError)
    assert str(err).startswith(f"fichier de démonstration « {name} » inconnu : attendu "
                               "« enquete », « releves », « vague-2024 » ou « vague-2025 »")
    assert err.render("en").startswith(f"unknown demo file “{name}”: expected “enquete”")
    assert str(err).endswith("vouliez-vous dire « releves » ?") == (name == "releve")
