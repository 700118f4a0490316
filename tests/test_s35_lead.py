"""Session 35, lead: findings of a student's notebook review (user35)."""

from __future__ import annotations

import json

import barometre as bm


def test_labelled_in_english_says_the_notes_the_cli_prints(cli):
    """``bm.labelled(bm.compare("departement", year=2013), lang="en")`` kept the French notes
    (« Base de la source : 100 départements… ») while ``compare --lang en --json`` printed them
    in English: a notebook had no way to get them. Now the same words, row by row."""
    frame = bm.compare("departement", year=2013)
    assert frame["notes"].notna().any()
    en = bm.labelled(frame, lang="en")
    res = cli("compare", "--type", "departement", "--year", "2013", "--lang", "en", "--json")
    printed = [r["notes"] for r in json.loads(res.stdout)]
    assert [n if isinstance(n, str) else None for n in en["notes"]] == printed
    assert any(n and n.startswith("The source's base: 100 départements") for n in printed)
    # French: unchanged; the frame passed: unchanged
    assert bm.labelled(frame)["notes"].equals(frame["notes"])
    assert frame["notes"].dropna().str.startswith("Base de la source").any()


PER_1000 = "Code;Nom;Facebook;{extra}Abonnés FB pour 1 000 hab.\n05061;Gap;Oui;{v1}24\n05023;Briançon;Oui;{v2}50\n"


def test_a_per_1000_column_is_no_follower_count(tmp_path, cli):
    """« Abonnés FB pour 1 000 hab. » beside « Abonnés FB » stopped the file as a second
    followers column (duplicate-column); alone, its 24 were read as 24 followers of Gap.
    A ratio to the population is set aside, said as such (why-per-capita)."""
    from .test_fast_path import fast_reader, normal_reader, same_reading

    both = tmp_path / "les-deux.csv"
    both.write_text(PER_1000.format(extra="Abonnés FB;", v1="1000;", v2="500;"), encoding="utf-8")
    alone = tmp_path / "ratio-seul.csv"
    alone.write_text(PER_1000.format(extra="", v1="", v2=""), encoding="utf-8")
    for path, followers in ((both, [1000, 500]), (alone, [None, None])):
        [p] = bm.validate(path)
        assert (p.code, p.severity, p.column) == ("ignored-column", "warning",
                                                 "Abonnés FB pour 1 000 hab.")
        assert "nombre rapporté à la population, pas le nombre d'abonnés" in p.message
        df = bm.read_survey(path)
        assert [None if v is None or v != v else int(v) for v in
                df["followers"].astype(object).where(df["followers"].notna(), None)] == followers
        same_reading(normal_reader, fast_reader, path)
    long = tmp_path / "long.csv"
    long.write_text("Code;Réseau;Présence;Abonnés;Abonnés pour 1 000 hab.\n"
                    "05061;Facebook;Oui;1000;24\n05023;Facebook;Oui;500;50\n", encoding="utf-8")
    [p] = bm.validate(long)
    assert p.column == "Abonnés pour 1 000 hab." and "rapporté à la population" in p.message
    assert bm.read_survey(long)["followers"].tolist() == [1000, 500]
    assert ("long.csv, column “Abonnés pour 1 000 hab.”: warning: column ignored: a number "
            "relative to the population, not the number of followers") in cli(
                "validate", long, "--lang", "en").stdout


def test_resolve_says_a_missing_value_is_empty():
    """``bm.resolve(pd.NA)`` answered « aucune collectivité ne s'appelle « <NA> » ; les plus
    proches : Nay » (NaN and None said « nom ou code vide »): a notebook's missing cell."""
    import numpy as np
    import pandas as pd
    import pytest

    for missing in (pd.NA, pd.NaT, np.float32("nan"), float("nan"), None):
        with pytest.raises(bm.ResolveError) as err:
            bm.resolve(missing)
        assert err.value.code == "empty-entity" and str(err.value) == "nom ou code vide"
    assert bm.resolve("Gap").code == "05061"


def test_rank_and_benchmark_exports_say_the_population_behind_per_1000(cli):
    """The table's footer says which population a per-1,000 figure divides by (INSEE's
    2023, in force on 1 January 2026, for départements); the CSV/JSON carried only
    ``population_of`` = territory: a figure exported without its population's vintage
    (a user review of a métropole's peers, session 35). Now ``population_source``."""
    import csv
    import io

    from barometre.render.formats import population_source

    demo = bm.demo_file("enquete")
    rows = json.loads(cli("rank", "--data", demo, "-p", "facebook", "--metric",
                          "followers_per_1000", "--json").stdout)
    said = {r["population_source"] for r in rows}
    assert said == {population_source(["departement"], "fr", [r["code"] for r in rows])}
    assert "populations légales 2023" in said.pop()
    out = cli("benchmark", "--data", demo, "-e", "Gironde", "--csv", "--lang", "en").stdout
    bench = list(csv.DictReader(io.StringIO(out)))
    assert bench and {r["population_source"] for r in bench} == {
        population_source(["departement"], "en", ["33"])}
    assert "2023" in bench[0]["population_source"]
