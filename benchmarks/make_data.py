#!/usr/bin/env python3
"""Generate the SYNTHETIC benchmark file: every commune × 10 platforms × 10 yearly readings.

Usage: python benchmarks/make_data.py [--seed 42] [--years 10] [--out benchmarks/out]

Writes ``communes-long-synthetique.csv`` (French CSV: ";", UTF-8, dates
15/10/YYYY, "12 345"-style counts are avoided on purpose: plain digits, so that
DuckDB can read the same file) and, when pyarrow is installed,
``communes-long-synthetique.parquet``. About 3.5 million rows. The values are
random (seeded): synthetic, for speed measurements only.

``communes-long-mauvaises-cellules.csv`` is the same file with 400 realistic bad
cells (seeded, see :func:`bad_cells`): French counts "12 345", "N/A", blank
answers, typos in Oui/Non, unknown codes and impossible dates.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

PLATFORMS = ["Facebook", "X", "Instagram", "LinkedIn", "YouTube", "TikTok", "Snapchat",
             "Pinterest", "Mastodon", "Bluesky"]
P_PRESENT = [0.6, 0.2, 0.3, 0.15, 0.1, 0.05, 0.02, 0.01, 0.01, 0.03]


def make(seed: int = 42, years: int = 10) -> pd.DataFrame:
    from barometre.datasets.reference import entities

    rng = np.random.default_rng(seed)
    c = entities("commune")
    n = len(c)
    codes = np.repeat(c["code"].to_numpy(), len(PLATFORMS) * years)
    pops = np.repeat(c["population"].fillna(0).to_numpy(dtype=float), len(PLATFORMS) * years)
    plats = np.tile(np.repeat(np.array(PLATFORMS, dtype=object), years), n)
    yrs = np.tile(np.arange(2025 - years + 1, 2026), n * len(PLATFORMS))
    p = np.tile(np.repeat(np.array(P_PRESENT), years), n)
    present = rng.random(len(codes)) < np.minimum(1, p * (1 + np.log10(pops + 10) / 3))
    followers = np.where(present, np.round(np.exp(rng.normal(np.log(pops + 50) - 1, 1.0))), np.nan)
    return pd.DataFrame({
        "code": codes, "plateforme": plats,
        "present": np.where(present, "Oui", "Non"),
        "abonnes": pd.array(followers, dtype="Float64").astype("Int64"),
        "date": [f"15/10/{y}" for y in yrs]})


BAD_KINDS = (  # (column, how many, values): what hand-filled files contain
    ("abonnes", 100, ["12 345", "1 234", "3\u202f500", "10 000"]),  # valid, French thousands
    ("abonnes", 60, ["N/A", "n.c.", "?", "-"]),
    ("present", 60, [""]),
    ("present", 80, ["Oiu", "oui ", "Nn", "OUI", "no", "Ouii"]),
    ("code", 50, ["99999", "1O01", "0100", "75 056"]),
    ("date", 50, ["31/02/2025", "15/13/2024", "2025-15-10"]),
)


def bad_cells(df: pd.DataFrame, seed: int = 42) -> pd.DataFrame:
    """The frame as text with 400 bad cells at seeded random rows (one per row)."""
    rng = np.random.default_rng(seed + 1)
    out = df.astype({"abonnes": "string"}).astype(object)
    rows = rng.choice(len(out), sum(n for _, n, _ in BAD_KINDS), replace=False)
    i = 0
    for col, n, values in BAD_KINDS:
        out.iloc[rows[i:i + n], out.columns.get_loc(col)] = rng.choice(values, n)
        i += n
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="Synthetic benchmark data (seeded).")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    df = make(a.seed, a.years)
    csv_path = a.out / "communes-long-synthetique.csv"
    df.to_csv(csv_path, sep=";", index=False)
    print(f"{csv_path}: {len(df):,} rows (synthetic)")
    bad_path = a.out / "communes-long-mauvaises-cellules.csv"
    bad_cells(df, a.seed).to_csv(bad_path, sep=";", index=False)
    print(f"{bad_path}: the same with {sum(n for _, n, _ in BAD_KINDS)} bad cells (synthetic)")
    try:
        df.to_parquet(a.out / "communes-long-synthetique.parquet", index=False)
        print(f"{a.out / 'communes-long-synthetique.parquet'} (synthetic)")
    except ImportError:
        print("pyarrow not installed: no Parquet file")


if __name__ == "__main__":
    main()
