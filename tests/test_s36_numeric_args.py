"""Session 36, brief P37 (3): one rule for the public functions' numeric arguments: ``year``
and ``top`` read a whole number given as an int, a whole float or text of digits."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.render import charts

DEMO = "data/demo/enquete-departements-donnees-fictives.xlsx"


def test_top_follows_year_s_rule_a_whole_number_as_int_float_or_text():
    # year="2025" was read as 2025 and top="10" refused: both now read as the number
    s = bm.read_survey(DEMO)
    want = bm.rank(s, "facebook", top=10, year=2025)
    for top, year in (("10", "2025"), (10.0, 2025.0), (" 10 ", 2025)):
        got = bm.rank(s, "facebook", top=top, year=year)
        assert got.equals(want) and got.attrs["top"] == 10
    fig = charts.ranking(bm.rank(s, "facebook"), top="3")
    assert fig.get_suptitle().startswith("Facebook : les 3 départements les plus suivis")
    for bad in ("10a", "", 2.5, True, "0"):
        with pytest.raises(bm.UsageError) as e:
            bm.rank(s, "facebook", top=bad)
        assert str(e.value) == f"top doit être un nombre entier d'au moins 1, pas {bad!r}"
    for bad in ("2025a", 2025.5, True):
        with pytest.raises(bm.UsageError) as e:
            bm.rank(s, "facebook", year=bad)
        assert e.value.code == "pub-bad-year"


def test_figures_reads_a_year_by_the_same_rule():
    # bm.figures(year="x") raised pandas' ValueError (« invalid literal for int() »)
    want = bm.figures(type="region", platforms="instagram", year=2020)
    assert bm.figures(type="region", platforms="instagram", year="2020").equals(want)
    with pytest.raises(bm.UsageError) as e:
        bm.figures(year="2020a")
    assert e.value.render("fr") == "année illisible « 2020a » : une année s'écrit en chiffres (2015)"
