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

Both CSV files open with the line :data:`LABEL`, « DONNÉES FICTIVES — … », the marker
the demo files carry (``barometre.survey.marker``): read inside the file, never from its
name, so that a figure, chart or report made from them says « données fictives ». The
readers that compare with barometre skip that line (``label_lines``). A Parquet file has
no first line: the same line is the value of its metadata key ``barometre:marker``
(``barometre.survey.marker.PARQUET_KEY``), which DuckDB and Arrow ignore.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

#: The first line of every CSV written here: the demo files' marker (barometre.survey.marker)
LABEL = ("DONNÉES FICTIVES — synthétiques, générées par benchmarks/make_data.py (graine {seed}) ;"
         " mesures de vitesse seulement, ne pas citer")

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


def write_labelled(df: pd.DataFrame, path: Path, label: str) -> None:
    """``df`` as a French CSV (";") opened by the line ``label`` (:data:`LABEL`)."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(label + "\n")
        df.to_csv(fh, sep=";", index=False)


def label_of(path: Path) -> str:
    """The marker line of ``path``, to label a file cut from it (the 2025 readings of
    run.py): its own, or :data:`LABEL` of an unknown seed for a file made before it."""
    with open(path, encoding="utf-8") as fh:
        first = fh.readline().rstrip("\n")
    return first if first.startswith("DONNÉES FICTIVES") else LABEL.format(seed="?")


def label_lines(path: Path) -> int:
    """1 when ``path`` opens with the marker line (a file of this script's), else 0: what
    a reference reader (DuckDB, pandas) skips before the header."""
    with open(path, "rb") as fh:
        return int(fh.readline().startswith("DONNÉES FICTIVES".encode("utf-8")))


def write_parquet_labelled(df: pd.DataFrame, path: Path, label: str) -> None:
    """``df`` as Parquet (Arrow's defaults, as ``DataFrame.to_parquet``) with the marker
    line ``label`` in the file's metadata, where barometre reads it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    meta = {**(table.schema.metadata or {}), b"barometre:marker": label.strip().encode("utf-8")}
    pq.write_table(table.replace_schema_metadata(meta), path)


def main() -> None:
    ap = argparse.ArgumentParser(description="Synthetic benchmark data (seeded).")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    df = make(a.seed, a.years)
    csv_path = a.out / "communes-long-synthetique.csv"
    write_labelled(df, csv_path, LABEL.format(seed=a.seed))
    print(f"{csv_path}: {len(df):,} rows (synthetic)")
    bad_path = a.out / "communes-long-mauvaises-cellules.csv"
    write_labelled(bad_cells(df, a.seed), bad_path, LABEL.format(seed=a.seed))
    print(f"{bad_path}: the same with {sum(n for _, n, _ in BAD_KINDS)} bad cells (synthetic)")
    try:
        write_parquet_labelled(df, a.out / "communes-long-synthetique.parquet",
                               LABEL.format(seed=a.seed))
        print(f"{a.out / 'communes-long-synthetique.parquet'} (synthetic)")
    except ImportError:
        print("pyarrow not installed: no Parquet file")


if __name__ == "__main__":
    main()
