"""Grouping and ordering on integer codes (issue #19): the survey aggregates without object sorts.

Each helper reproduces a pandas operation exactly (``sort_values(na_position="first")``,
``groupby(sort=False)``) with factorized keys, ``np.lexsort`` and ``np.bincount``;
``tests/test_survey_codes.py`` compares the aggregates with the groupby version.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["as_int32", "count", "dense", "group_ids_of", "latest_of", "latest_positions",
           "order_key", "year_key"]


def order_key(s: pd.Series) -> np.ndarray:
    """An integer or float key that sorts like ``s.sort_values(na_position="first")``."""
    if s.dtype.kind in "iufM" and not s.isna().any():
        return s.to_numpy().view("i8") if s.dtype.kind == "M" else s.to_numpy()
    if s.dtype.kind == "M":  # NaT is the smallest int64: first, as na_position="first"
        return s.to_numpy().view("i8")
    return pd.factorize(s, sort=True)[0]  # NA -> -1: first


def year_key(s: pd.Series) -> pd.Series:
    """The year as a float key, -1 when unknown (grouping and ordering)."""
    return s.astype("Float64").fillna(-1)


def dense(keys: list[np.ndarray]) -> np.ndarray:
    """One int64 key from several integer keys (each >= -1), ordered like the tuple of keys."""
    combined = keys[0].astype(np.int64) + 1
    for k in keys[1:]:  # in place: one array of millions, not one per operation
        combined *= int(k.max(initial=-1)) + 2
        combined += k
        combined += 1
    return combined


def latest_positions(survey: pd.DataFrame, per_year: bool) -> tuple[np.ndarray, bool]:
    """Positions of the latest reading of each entity × platform (× year), and whether unique.

    The readings are ordered by code, platform, year, date and source row (missing first),
    with one stable sort on integer keys; the last of each group is the latest. The positions
    come in that order. When ``per_year`` and every group has one row, nothing is sorted.
    """
    return latest_of(order_key(survey["code"]), order_key(survey["platform"]),
                     year_key(survey["year"]).to_numpy(dtype=float),
                     lambda: order_key(survey["date"]), lambda: order_key(survey["source_row"]),
                     per_year)


def latest_of(code: np.ndarray, platform: np.ndarray, year: np.ndarray, date, row,
              per_year: bool) -> tuple[np.ndarray, bool]:
    """:func:`latest_positions` on integer keys (``year`` a float, -1 when unknown; ``date``
    and ``row`` functions giving their keys, called only when a sort is needed)."""
    entity = dense([code, platform])
    group = dense([entity, pd.factorize(year, sort=True)[0]]) if per_year else entity
    n = len(group)
    if per_year and n:
        counts = (np.bincount(group) if group.max() < 4 * n + 1024
                  else pd.Series(group).value_counts().to_numpy())
        if counts.max() <= 1:
            return np.arange(n), True
    order = np.lexsort((row(), date(), year, entity))
    g = group[order]
    last = np.ones(n, dtype=bool)
    last[:-1] = g[1:] != g[:-1]
    return order[last], bool(last.all())


def group_ids_of(codes: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, int]:
    """Group ids in order of first appearance, like ``groupby(keys, sort=False)``.

    ``codes`` are integer keys, -1 where a key is missing: such rows are out of every
    group (id -1), as with ``dropna=True``. Returns ``(ids, first_row_of_each_group,
    n_groups)``.
    """
    all_valid = all(c.min(initial=0) >= 0 for c in codes)
    valid = None if all_valid else np.logical_and.reduce([c >= 0 for c in codes])
    key = dense(codes) if all_valid else dense(codes)[valid]
    sub = pd.factorize(key)[0] if len(key) else np.zeros(0, np.int64)
    if all_valid:
        ids = sub
    else:
        ids = np.full(len(valid), -1, dtype=np.int64)
        ids[valid] = sub
    ng = int(sub.max()) + 1 if len(sub) else 0
    # ids come in order of first appearance: a group starts where the running maximum grows
    new = np.ones(len(sub), dtype=bool)
    if len(sub) > 1:
        new[1:] = sub[1:] > np.maximum.accumulate(sub)[:-1]
    rows = np.flatnonzero(new)
    return ids, (rows if all_valid else np.flatnonzero(valid)[rows]), ng


def as_int32(codes: np.ndarray) -> np.ndarray:
    """Codes as int32 when they fit: half the memory of millions of int64 (#19)."""
    return codes.astype(np.int32) if len(codes) and codes.max() < 2 ** 31 - 1 else codes


def count(ids: np.ndarray, flags: np.ndarray, ng: int) -> np.ndarray:
    ok = ids >= 0
    return np.bincount(ids[ok], weights=flags[ok], minlength=ng).astype(np.int64)
