"""A refused peer rule advises only the rules this entity and file would accept (review
27b): ``--peers strate`` for Nantes Métropole advised « --peers region », refused in turn
(the only métropole of the Pays de la Loire)."""

from __future__ import annotations

import re

import pytest

#: métropoles: Nantes alone in its région (52), Rennes and Brest two in theirs (53), Lyon,
#: Grenoble and Clermont three in theirs (84)
METROS = {"244400404": 120_000, "243500139": 90_000, "242900314": 40_000,
          "200046977": 300_000, "200040715": 80_000, "246300701": 50_000}


@pytest.fixture
def metros(tmp_path):
    lines = ["code;plateforme;présent;abonnés;date"] + [
        f"{c};Facebook;Oui;{n};15/10/2025" for c, n in METROS.items()]
    f = tmp_path / "metropoles.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def _bench(cli, f, entity, rule, *more):
    return cli("benchmark", "--entity", entity, "--data", f, "--type", "metropole",
               "--peers", rule, *more)


def test_strate_refusal_names_only_type_when_region_is_refused_too(cli, metros):
    res = _bench(cli, metros, "244400404", "strate")
    assert res.exit_code == 2
    assert "; comparez avec « --peers type » ; pour comparer" in res.stderr
    assert "--peers region" not in res.stderr
    en = _bench(cli, metros, "244400404", "strate", "--lang", "en")
    assert "; compare with “--peers type”; to compare" in en.stderr
    # what the old advice named: refused
    assert _bench(cli, metros, "244400404", "region").exit_code == 2


def test_strate_refusal_names_region_where_it_holds_enough(cli, metros):
    res = _bench(cli, metros, "200046977", "strate")  # Lyon: three métropoles in its région
    assert res.exit_code == 2
    assert "; comparez avec « --peers region » ou « --peers type » ; pour" in res.stderr


@pytest.mark.parametrize("entity", sorted(METROS))
@pytest.mark.parametrize("rule", ["strate", "region"])
def test_every_rule_advised_is_accepted(cli, metros, entity, rule):
    res = _bench(cli, metros, entity, rule)
    if res.exit_code == 0:
        return
    advised = re.findall(r"« --peers (\w+) »", res.stderr)
    assert res.exit_code == 2 and advised, res.stderr
    for other in advised:
        assert _bench(cli, metros, entity, other).exit_code == 0, (entity, rule, other)
