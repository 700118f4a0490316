"""Four user-facing gaps (cli23): ``compare --data`` and ``trend --data`` without --type take
the file's type when its reading leaves no doubt, and say so; a census has no Wilson interval
(never share–share); Ctrl-C while ``barometre.cli`` is imported is « interrompu », status
130; end of input at a prompt is said as an interrupt is, in barometre's one line."""

from __future__ import annotations

import pytest

from barometre.analysis.stats import wilson_interval


# ------------------------------------------------------- 2. a census has no interval

def test_a_census_has_no_wilson_interval():
    """n = N: the share is counted, not estimated: no bounds (it returned (p, p), an
    interval of zero width read as a claim of certainty)."""
    assert wilson_interval(0.54, 101, population=101) == (None, None)
    assert wilson_interval(1.0, 12, population=12) == (None, None)
    lo, hi = wilson_interval(0.54, 100, population=101)  # one short: an interval
    assert lo < 0.54 < hi


def test_a_base_larger_than_its_population_raises():
    """n > N: more answers than entities is a count gone wrong, never an interval."""
    with pytest.raises(ValueError, match="102"):
        wilson_interval(0.5, 102, population=101)
