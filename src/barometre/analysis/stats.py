"""Small statistics: Wilson score interval, McNemar's exact test.

Standard library only, so that it can be used anywhere without pandas.
"""

from __future__ import annotations

import math

__all__ = ["wilson_interval", "is_k_of_n", "mcnemar_exact", "Z95"]

Z95 = 1.959963984540054  # two-sided 95 % normal quantile


def wilson_interval(share: float | None, n: float | None, z: float = Z95,
                    population: float | None = None) -> tuple[float | None, float | None]:
    """Wilson score interval for a proportion, with the finite-population correction.

    Parameters
    ----------
    share : float
        Observed proportion, between 0 and 1.
    n : float
        Size of the base (denominator). Unknown (None, NaN) or 0 gives no interval.
    z : float, default 1.96
        Normal quantile (1.96 for a 95 % interval).
    population : float, optional
        Size N of the finite population the sample of ``n`` was drawn from (e.g. the
        101 départements). The variance is multiplied by (N − n) / (N − 1), i.e. the
        interval is computed with the effective size n (N − 1) / (N − n); a sample
        that covers the whole population (n ≥ N) is a census and its interval is the
        share itself.

    Returns
    -------
    tuple of (float, float) or (None, None)

    Examples
    --------
    >>> lo, hi = wilson_interval(0.54, 101)
    >>> round(lo, 3), round(hi, 3)
    (0.443, 0.634)
    >>> wilson_interval(0.54, 101, population=101)
    (0.54, 0.54)
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
    if population is not None and not _nan(population):
        big_n = float(population)
        if n >= big_n:
            return p, p
        if big_n > 1:
            n = n * (big_n - 1) / (big_n - n)
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    lo, hi = max(0.0, centre - half), min(1.0, centre + half)
    # Exact bounds at the edges, not 0.9999999999999999.
    return (0.0 if p == 0 else lo), (1.0 if p == 1 else hi)


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
