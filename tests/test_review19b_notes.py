"""The note under a share derived from a source's wording is true of every type: it quoted
« toutes les régions » under the départements' figures (review 19b, item 12)."""

from __future__ import annotations


def test_the_wording_note_names_no_other_type(cli):
    res = cli("trend", "--type", "departement", "--platform", "any")
    assert res.exit_code == 0, res.output
    assert "%*" in res.stdout  # a share derived from wording, starred
    note = next(line for line in res.stdout.splitlines() if line.startswith("* "))
    assert note == ("* chiffre déduit d'une formulation (« toutes » = 100 %, « la moitié » = "
                    "50 %) : pas d'intervalle.")
    en = cli("trend", "--type", "departement", "--platform", "any", "--lang", "en").stdout
    assert "* figure derived from wording (“all” = 100%, “half” = 50%): no interval." in en
    assert "régions" not in res.stdout and "regions" not in en
