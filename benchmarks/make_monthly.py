#!/usr/bin/env python3
"""Generate a SYNTHETIC monthly file: communes × 10 platforms × 36 monthly readings.

Usage: python benchmarks/make_monthly.py [--seed 42] [--communes 10000] [--months 36]
[--out benchmarks/out]

Writes ``communes-mensuel-synthetique.csv`` (French CSV: ";", UTF-8, dates JJ/MM/AAAA,
plain-digit counts), opened by the demo files' marker line « DONNÉES FICTIVES — … » like
:mod:`make_data`'s files. The first ``--communes`` communes of the reference (by code),
each read on each platform once a month from January 2023, on one of the month's first
five days (a campaign spread over a few days, as monthly follower series are): with the
defaults 3.6 million rows, 180 distinct dates in one run of dates (no gap above 60 days),
which the readers cut into 36 waves (``rereading_cuts``), the case the yearly file of
:mod:`make_data` never reaches. The values are random (seeded): synthetic, for speed
measurements only; nothing here is a real reading.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_data import P_PRESENT, PLATFORMS, write_labelled  # noqa: E402

#: The first line of the CSV: the demo files' marker (barometre.survey.marker)
LABEL = ("DONNÉES FICTIVES — synthétiques, générées par benchmarks/make_monthly.py (graine {seed}) ;"
         " mesures de vitesse seulement, ne pas citer")


def make(seed: int = 42, communes: int = 10_000, months: int = 36) -> pd.DataFrame:
    from barometre.datasets.reference import entities

    rng = np.random.default_rng(seed)
    c = entities("commune").sort_values("code").head(communes)
    n, per = len(c), len(PLATFORMS) * months
    codes = np.repeat(c["code"].to_numpy(), per)
    pops = np.repeat(c["population"].fillna(0).to_numpy(dtype=float), per)
    plats = np.tile(np.repeat(np.array(PLATFORMS, dtype=object), months), n)
    month = np.tile(np.arange(months), n * len(PLATFORMS))
    p = np.tile(np.repeat(np.array(P_PRESENT), months), n)
    present = rng.random(len(codes)) < np.minimum(1, p * (1 + np.log10(pops + 10) / 3))
    followers = np.where(present, np.round(np.exp(rng.normal(np.log(pops + 50) - 1, 1.0))),
                         np.nan)
    first = np.array([f"{2023 + m // 12}-{m % 12 + 1:02d}-01" for m in range(months)],
                     dtype="datetime64[D]")
    day = first[month] + rng.integers(0, 5, len(codes))
    text = np.datetime_as_string(day)  # YYYY-MM-DD, written as JJ/MM/AAAA below
    return pd.DataFrame({
        "code": codes, "plateforme": plats,
        "present": np.where(present, "Oui", "Non"),
        "abonnes": pd.array(followers, dtype="Float64").astype("Int64"),
        "date": [f"{t[8:10]}/{t[5:7]}/{t[:4]}" for t in text.tolist()]})


def main() -> None:
    ap = argparse.ArgumentParser(description="Synthetic monthly benchmark data (seeded).")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--communes", type=int, default=10_000)
    ap.add_argument("--months", type=int, default=36)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    df = make(a.seed, a.communes, a.months)
    path = a.out / "communes-mensuel-synthetique.csv"
    write_labelled(df, path, LABEL.format(seed=a.seed))
    print(f"{path}: {len(df):,} rows (synthetic)")


if __name__ == "__main__":
    main()
