"""The entity × platform pair key is one rule (:class:`~barometre.survey.normalize._PairKeys`)
for the duplicates' key (``_LongKey``), the replaced readings and trend's cuts of the blank
rule's waves: the values each of the three computed on its own before (ref24), kept."""

from __future__ import annotations

import numpy as np
import pytest

from barometre.survey import normalize
from barometre.survey.normalize import PLATFORM_IDS, _LongKey, _PairKeys


def _readings(rng, n, ent_key, year_column, nat):
    eidx = rng.integers(0, len(ent_key), n)
    platform = rng.choice(np.array([4, 1, 2, 0], dtype=np.int8), n)
    days = rng.choice(np.array([0, 1, 2, 400] + ([-1] if nat else [])), n)
    date = (np.datetime64("2020-01-01", "s") + days * 86400).astype("datetime64[s]")
    date[days < 0] = np.datetime64("NaT")
    year = (rng.choice(np.array([2020.0, 2021.0, np.nan]), n) if year_column
            else date.astype("datetime64[Y]").astype(float) + 1970)
    return normalize.Readings(
        ent_key, ent_key, np.zeros(len(ent_key)), "commune", eidx, platform,
        np.ones(n, np.int8), np.full(n, np.nan), np.full(n, -1, np.int32),
        np.zeros(0, object), date, year, np.arange(n))


@pytest.mark.parametrize("year_column", [False, True])
@pytest.mark.parametrize("nat", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_pair_keys_are_the_three_former_computations(seed, nat, year_column):
    rng = np.random.default_rng(seed)
    n = 2000
    ent_key = np.array([0, 1, 2, -1, -2, 5, 3, -7])  # unresolved texts: negative, apart
    r = _readings(rng, n, ent_key, year_column, nat)
    P = len(PLATFORM_IDS)
    # _replaced_readings' and _reading_waves' former pairs, on every reading and on rows
    ent = (ent_key - ent_key.min(initial=0)).astype(np.int64)
    former = ent[r.eidx] * P + r.platform
    pairs = _PairKeys(ent_key, r.eidx, r.platform)
    np.testing.assert_array_equal(pairs(), former)
    rows = rng.permutation(n)[:300]
    np.testing.assert_array_equal(pairs(rows), former[rows])
    assert pairs().dtype == np.int64 and pairs.bound == (int(ent.max()) + 1) * P
    assert former.max() < pairs.bound
    # the duplicates' key, both its ways (look-up tables, part by part): the former key
    # built by hand, the platforms numbered in order of first appearance
    values, first = np.unique(r.platform, return_index=True)
    order = np.zeros(P, dtype=np.int64)
    order[values[np.argsort(first)]] = np.arange(len(values))
    dates = r.date.view("int64")
    if nat:  # NaT 0, the dates from 1
        low = dates[dates != np.iinfo(np.int64).min].min()
        date_part = np.where(np.isnat(r.date), 0, dates - low + 1)
        w_date = int(dates.max() - low + 2)
    else:
        date_part, w_date = dates - dates.min(), int(dates.max() - dates.min() + 1)
    expected = (ent[r.eidx] * P + order[r.platform]) * w_date + date_part
    if year_column:
        y = r.year
        part = np.where(np.isnan(y), 0, np.nan_to_num(y) - np.nanmin(y) + 1).astype(np.int64)
        expected = expected * int(np.nanmax(y) - np.nanmin(y) + 2) + part
    key = _LongKey(r, ent_key, year_column)
    assert (key._parts is not None) == (not nat and not year_column)
    np.testing.assert_array_equal(key.of(), expected)
    key._parts = None
    np.testing.assert_array_equal(key.of(), expected)
    np.testing.assert_array_equal(key.with_runs(step=128)[0], expected)


def test_entities_without_code_table_numbered_once_for_the_waves_and_the_readings(
        tmp_path, monkeypatch):
    """Villes préfectures (no code table of the resolution): the blank rule's waves and the
    readings (duplicates, replaced readings, compare) number the entities' codes with
    one ``factorize_objects``, made by the waves and kept by the readings; the figures as
    before."""
    import barometre as bm
    from barometre.datasets import reference

    prefs = reference.entities("ville_prefecture")
    answers = ["Oui", "Non", "", "Oui", "Oui"]
    rows = [f"{c};{n};Facebook;{answers[(i + k) % 5]};;{day}"
            for k, day in enumerate(("15/10/2024", "15/10/2025"))
            for i, (c, n) in enumerate(zip(prefs["code"], prefs["name"]))]
    path = tmp_path / "prefectures.csv"
    path.write_text("Code;Nom;Réseau;Présent;Abonnés;Date du relevé\n" + "\n".join(rows)
                    + "\n", encoding="utf-8")
    calls = []
    factorize = normalize.factorize_objects

    def counted(values):
        calls.append(len(values))
        return factorize(values)

    monkeypatch.setattr(normalize, "factorize_objects", counted)
    waves = []
    reading_waves = normalize._reading_waves
    monkeypatch.setattr(normalize, "_reading_waves",
                        lambda *a: waves.append(reading_waves(*a)) or waves[-1])
    df = bm.read_survey(path, type="ville_prefecture")
    assert len(waves) == 1 and len(waves[0][1]) == 2  # the rule read two waves
    assert calls == [len(prefs)]  # the codes numbered once (twice before)
    assert len(df) == 2 * len(prefs)
    # the blank rule per wave: both waves have a « Non », their blanks not answered
    assert df["present"].isna().sum() == 2 * len(prefs) // 5
    res = bm.compare_survey(df)
    assert res[["year", "n_base"]].values.tolist() == [
        [2025, len(prefs) - len(prefs) // 5]]
