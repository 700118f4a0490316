"""Small statistics: Wilson score interval, McNemar's exact test.

Standard library only, so that it can be used anywhere without pandas.
"""

from __future__ import annotations

import math

__all__ = ["wilson_interval", "is_sure_range", "is_k_of_n", "mcnemar_exact", "Z95"]

Z95 = 1.959963984540054  # two-sided 95 % normal quantile


def wilson_interval(share: float | None, n: float | None, z: float = Z95,
                    population: float | None = None) -> tuple[float | None, float | None]:
    """Wilson score interval for a proportion, with the finite-population correction;
    for a finite population, its bounds are shares the population can have.

    Parameters
    ----------
    share : float
        Observed proportion k / n, between 0 and 1.
    n : float
        Size of the base (denominator). Unknown (None, NaN) or 0 gives no interval.
    z : float, default 1.96
        Normal quantile (1.96 for a 95 % interval).
    population : float, optional
        Size N of the finite population the ``n`` answers come from (e.g. the 101
        départements). The variance is multiplied by (N − n) / (N − 1), i.e. the
        interval is computed with the effective size n (N − 1) / (N − n). A base that
        covers the whole population (n = N) is a census: it has no sampling error, so no
        interval, ``(None, None)`` (bounds equal to the share would read as a sample's
        interval of zero width, a claim of certainty); a base larger than the population
        (n > N) raises. Then each bound is moved outward to the nearest share the N entities
        can have, (k + j) / N for a whole j between 0 and u = N − n (the entities not
        in the base): the interval never leaves the possible range [k / N, (k + u) / N],
        where the share of all N lies whatever the u others are. Without
        ``population``, a plain Wilson interval (no correction, no rounding).

    Returns
    -------
    tuple of (float, float) or (None, None)
        The bounds; ``(None, None)``, no interval, for an unknown or empty base and for
        a census (n = N).

    Raises
    ------
    ValueError
        ``n`` greater than ``population``: counts that cannot be (more answers than
        entities), never turned into an interval.

    Notes
    -----
    The interval is for the share of all N entities, assuming that the n answers are
    like a random draw of them (the u others missing at random). The corrected Wilson
    interval alone can then claim impossible values: 90 of 94 départements present, 7
    not answered, of 101, gives 94.5–96.7 %, when at most 97 of the 101 (96.0 %) can
    be present. The share of the N is (k + J) / N for a whole number J of the u:
    clipping to the possible range would be the least; but near a census the normal
    approximation behind the interval is too narrow for so discrete a quantity
    (84 of 100 answered, one unknown, of 101: the clipped interval 83.3–84.2 % leaves
    out 84 of 101, which has a chance of about 16 % under the very same assumption).
    Taking each bound outward to the nearest possible share (a continuity correction
    for the whole count J) covers it: 83.2–84.2 %. Far from a census (n much smaller
    than N) the steps are tiny and the interval is the corrected Wilson one; near a
    census it tends to the possible range, the worst-case bounds statistics offices
    publish for a census with non-response: 90 of 94 of 101 reads 94.1–96.0 %.
    (tests/test_ci_possible_range.py checks, for u ≤ N / 2, that the interval holds the
    central 95 % of J's beta-binomial law under that assumption; the clipped one often
    does not.)

    Widening every interval to the whole possible range (worst-case bounds, with no
    assumption on who did not answer) was not chosen: for a real sample it says
    nothing (12 present of 500 communes answered, of 34 875: 0.03–98.6 %), it is a
    certainty rather than a 95 % interval, and the reader has those bounds anyway from
    the counts printed with it (k of n beside the interval, N in the coverage line).

    Examples
    --------
    >>> from barometre.analysis.stats import wilson_interval
    >>> lo, hi = wilson_interval(0.54, 101)
    >>> round(lo, 3), round(hi, 3)
    (0.443, 0.634)
    >>> wilson_interval(0.54, 101, population=101)  # a census: no interval
    (None, None)
    >>> lo, hi = wilson_interval(90 / 94, 94, population=101)  # 95 to 97 of the 101
    >>> lo == 95 / 101, hi == 97 / 101
    (True, True)
    """
    if share is None or n is None:
        return None, None
    try:
        p, n = float(share), float(n)
    except (TypeError, ValueError):
        return None, None
    if math.isnan(p) or math.isnan(n) or n <= 0:
        return None, None
    p = min(max(p, 0.0), 1.0)
    n_eff, finite = n, 0.0
    if population is not None and not _nan(population):
        big_n = float(population)
        if n > big_n:
            raise ValueError(f"a base of {n:g} answers in a population of {big_n:g}")
        if n == big_n:  # a census: no sampling error, no interval (never share–share)
            return None, None
        if big_n > 1:
            n_eff = n * (big_n - 1) / (big_n - n)
            finite = big_n
    z2 = z * z
    denom = 1 + z2 / n_eff
    centre = (p + z2 / (2 * n_eff)) / denom
    half = z * math.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff)) / denom
    lo, hi = max(0.0, centre - half), min(1.0, centre + half)
    if finite:
        lo, hi = _possible_shares(lo, hi, p * n, n, finite)
    # Exact bounds at the edges, not 0.9999999999999999.
    return (0.0 if p == 0 else lo), (1.0 if p == 1 else hi)


def is_sure_range(low: float | None, high: float | None, share: float | None,
                  n: float | None, population: float | None) -> bool:
    """Whether the interval ``low``–``high`` of a share k / n of ``population`` N entities is
    the whole possible range [k / N, (k + u) / N], u = N − n: then it is no 95 % interval
    but a sure range, where the share of all N lies whatever the u others are.

    :func:`wilson_interval` takes its bounds outward to shares the N can have and never past
    that range: near a census (12 of 13 answered) they reach it, and a "95 %" label would
    understate a certainty (the share is 11/13 or 12/13, nothing else).

    Examples
    --------
    >>> from barometre.analysis.stats import is_sure_range, wilson_interval
    >>> lo, hi = wilson_interval(11 / 12, 12, population=13)  # 11/13 to 12/13
    >>> is_sure_range(lo, hi, 11 / 12, 12, 13)
    True
    >>> lo, hi = wilson_interval(90 / 94, 94, population=101)  # 95 to 97 of 90 to 97
    >>> is_sure_range(lo, hi, 90 / 94, 94, 101)
    False
    """
    if any(_nan(x) for x in (low, high, share, n, population)):
        return False
    big_n, n = float(population), float(n)  # type: ignore[arg-type]
    if not 0 < n < big_n:
        return False
    k = round(float(share) * n)  # type: ignore[arg-type]
    return (abs(float(low) - k / big_n) < 1e-9  # type: ignore[arg-type]
            and abs(float(high) - (k + big_n - n) / big_n) < 1e-9)  # type: ignore[arg-type]


def _possible_shares(lo: float, hi: float, k: float, n: float, big_n: float
                     ) -> tuple[float, float]:
    """The bounds ``lo``, ``hi`` moved outward to the nearest shares (k + j) / N, j whole
    between 0 and u = N − n: within the possible range [k / N, (k + u) / N]."""
    if abs(k - round(k)) < 1e-9:  # a count: 90, not 89.99999999999999
        k = float(round(k))
    u = big_n - n
    # 1e-9: a bound on a possible share (17 / 101 computed as 0.16831683168316833) stays there
    j_lo = min(max(math.floor(lo * big_n - k + 1e-9), 0), u)
    j_hi = min(max(math.ceil(hi * big_n - k - 1e-9), 0), u)
    return (k + j_lo) / big_n, (k + j_hi) / big_n


def _nan(x: object) -> bool:
    try:
        return math.isnan(float(x))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return True


def is_k_of_n(share: float, n: float, tolerance: float = 0.005) -> bool:
    """True when ``share`` can be k/n for a whole k, within the rounding of the published figure.

    ``tolerance`` is half a unit of the last printed digit, as a fraction: 0.005 for a
    whole percentage ("94 %"), 0.0005 for one decimal ("60,7 %").

    Examples
    --------
    >>> from barometre.analysis.stats import is_k_of_n
    >>> is_k_of_n(0.54, 101), is_k_of_n(0.94, 13)
    (True, False)
    """
    k = round(share * n)
    candidates = (k - 1, k, k + 1)
    return any(0 <= c <= n and abs(c / n - share) <= tolerance + 1e-12 for c in candidates)


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided p-value of McNemar's exact test for paired yes/no answers.

    The discordant pairs of two readings of the same entities: ``b`` went from
    no to yes (joined), ``c`` from yes to no (left). Under "no change", each
    discordant pair is a fair coin: the p-value is the two-sided binomial
    probability of a split at least as uneven as ``b``/``c`` among ``b + c``.

    Parameters
    ----------
    b, c : int
        Counts of the two kinds of discordant pairs (non-negative).

    Returns
    -------
    float
        Between 0 and 1; 1.0 when there is no discordant pair.

    Examples
    --------
    >>> mcnemar_exact(5, 1)  # 2 × (C(6,0) + C(6,1)) / 2**6 = 14/64
    0.21875
    >>> mcnemar_exact(0, 0)
    1.0
    """
    b, c = int(b), int(c)
    if b < 0 or c < 0:
        raise ValueError("counts must be non-negative")
    n = b + c
    if n == 0:
        return 1.0
    k = min(b, c)
    # exact integer arithmetic: no rounding until the last division
    tail = sum(math.comb(n, i) for i in range(k + 1))
    return min(1.0, 2 * tail / 2 ** n)
