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
