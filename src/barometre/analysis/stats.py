"""Small statistics: Wilson score interval, ranks, percentiles, index.

Standard library only, so that it can be used anywhere without pandas.
"""

from __future__ import annotations

import math

__all__ = ["wilson_interval", "Z95"]

Z95 = 1.959963984540054  # two-sided 95 % normal quantile


def wilson_interval(share: float | None, n: float | None, z: float = Z95) -> tuple[float | None, float | None]:
    """Wilson score interval for a proportion.

    Parameters
    ----------
    share : float
        Observed proportion, between 0 and 1.
    n : float
        Size of the base (denominator). Unknown (None, NaN) or 0 gives no interval.
    z : float, default 1.96
        Normal quantile (1.96 for a 95 % interval).

    Returns
    -------
    tuple of (float, float) or (None, None)

    Examples
    --------
    >>> lo, hi = wilson_interval(0.54, 101)
    >>> round(lo, 3), round(hi, 3)
    (0.443, 0.634)
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
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    lo, hi = max(0.0, centre - half), min(1.0, centre + half)
    # Exact bounds at the edges, not 0.9999999999999999.
    return (0.0 if p == 0 else lo), (1.0 if p == 1 else hi)
