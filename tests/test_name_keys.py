"""The prebuilt name keys (``data/reference/name_keys.txt``): what the rules make, and the
same pools as folding every name at run time (#19: folding them cost 0.15 s a start)."""

from __future__ import annotations

from importlib import resources

import pytest

from barometre.datasets import name_index

REBUILD = "rebuild them: python scripts/build_reference.py --keys"


def _shipped_bytes() -> bytes:
    return resources.files("barometre").joinpath(
        "data", "reference", name_index.KEYS_FILE).read_bytes()


def _first_difference(shipped: list, computed: list) -> str:
    for i, (a, b) in enumerate(zip(shipped, computed)):
        if a != b:
            return f"row {i}: shipped {a!r}, computed {b!r}"
    return f"{len(shipped)} rows shipped, {len(computed)} computed"


def test_the_shipped_keys_are_those_the_rules_make():
    fingerprint, shipped = name_index._parse_keys(_shipped_bytes())
    assert list(shipped) == list(name_index._KEYED), f"tiers {list(shipped)}; {REBUILD}"
    for tier in name_index._KEYED:
        computed = name_index._computed_keys(tier)
        for part in ("full", "loose", "alias"):
            got, want = getattr(shipped[tier], part), getattr(computed, part)
            assert got == want, (f"the shipped {part} keys of {tier} are stale "
                                 f"({_first_difference(got, want)}); {REBUILD}")
    assert fingerprint == name_index._fingerprint(), (
        f"the shipped keys were made from other tables or rules; {REBUILD}")
    assert _shipped_bytes() == name_index.keys_file_bytes(), f"layout changed; {REBUILD}"


def test_the_shipped_keys_are_used():
    assert set(name_index._shipped_keys()) == set(name_index._KEYED)


@pytest.fixture
def fresh_caches():
    """Pools and keys built again by the test, and again after it."""
    cached = (name_index._pool, name_index._former_index, name_index._shipped_keys,
              name_index._loose_keys)

    def clear():
        for f in cached:
            f.cache_clear()

    clear()
    yield
    clear()


def _built(monkeypatch, shipped: bool) -> tuple[dict, tuple]:
    name_index._pool.cache_clear()
    name_index._former_index.cache_clear()
    with monkeypatch.context() as m:
        if not shipped:
            m.setattr(name_index, "_shipped_keys", lambda: {})
        pools = {tier: name_index._pool(tier) for tier in name_index._POOLS}
        former = name_index._former_index()
    return pools, former


def _with_order(index: dict) -> list:
    """A dict as its items in order: the order of the keys is part of the result (the
    close matches suggested come from it)."""
    return list(index.items())


def test_the_pools_from_shipped_keys_equal_the_pools_computed(monkeypatch, fresh_caches):
    computed, computed_former = _built(monkeypatch, shipped=False)
    shipped, shipped_former = _built(monkeypatch, shipped=True)
    assert name_index._shipped_keys(), "the shipped keys were not used"
    for tier in name_index._POOLS:
        a, b = shipped[tier], computed[tier]
        for part in ("full", "alias", "loose", "codes"):
            assert _with_order(getattr(a, part)) == _with_order(getattr(b, part)), (tier, part)
        assert a.tier == b.tier == tier
        assert len(a.entities) == len(b.entities)
        assert [a.entities[i] for i in range(len(a.entities))] == \
            [b.entities[i] for i in range(len(b.entities))], tier
    for a, b in zip(shipped_former, computed_former):
        assert _with_order(a) == _with_order(b)


def test_without_the_file_or_with_stale_keys_the_pools_fold(monkeypatch, fresh_caches):
    monkeypatch.setattr(name_index, "KEYS_FILE", "no-such-file.txt")
    assert name_index._shipped_keys() == {}
    name_index._shipped_keys.cache_clear()
    monkeypatch.setattr(name_index, "KEYS_FILE", "name_keys.txt")
    monkeypatch.setattr(name_index, "_fingerprint", lambda: "other tables")
    assert name_index._shipped_keys() == {}
    pool = name_index._pool("departement")  # folded by the live rules
    assert pool.entities[pool.full["gironde"][0]].code == "33"


def test_a_file_of_something_else_is_refused():
    with pytest.raises(ValueError, match="not a file of name keys"):
        name_index._parse_keys(b"code,name\n01,Ain\n")
