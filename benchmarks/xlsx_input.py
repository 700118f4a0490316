#!/usr/bin/env python3
"""XLSX input at commune scale: which reader to use for a filled 35,000-row template.

Usage::

    python benchmarks/xlsx_input.py [--runs 3]

Writes the commune template with ``barometre template``, fills it with SYNTHETIC answers
(seeded; presence Oui/Non, followers only where present, one reading date; the demo files'
« DONNÉES FICTIVES » marker in its first cell, above the header), then reads
the raw cells with each candidate, alternately, and prints the median time of each:
openpyxl (read-only, values only), python-calamine (Rust calamine, Python rows) and
fastexcel (Rust calamine, Arrow table). Measured here, never in the test suite.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
FILLED = OUT / "enquete-communes-synthetique.xlsx"


def make_filled() -> Path:
    from barometre.survey.marker import is_fictitious

    if FILLED.exists() and is_fictitious(FILLED):  # one of an older run, unmarked: remade
        return FILLED
    import openpyxl

    OUT.mkdir(exist_ok=True)
    template = OUT / "modele-communes.xlsx"
    subprocess.run([sys.executable, "-m", "barometre", "template", "--type", "commune", "-o",
                    str(template), "--force"], check=False)
    if not template.exists():  # older CLI without --force
        subprocess.run([sys.executable, "-m", "barometre", "template", "--type", "commune", "-o",
                        str(template)], check=True)
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    header = [c.value or "" for c in ws[1]]
    rnd = random.Random(2026)
    for r in range(2, ws.max_row + 1):
        present = False
        for j, h in enumerate(header, start=1):
            if h.endswith("présence"):
                present = rnd.random() < 0.6
                ws.cell(r, j).value = "Oui" if present else "Non"
            elif h.endswith("abonnés") and present:
                ws.cell(r, j).value = rnd.randint(10, 100_000)
            elif h.endswith("date du relevé"):
                ws.cell(r, j).value = "15/10/2025"
    # the demo files' marker in the first cell, above the header, so that a chart or
    # report made from this file says « données fictives » (barometre.survey.marker)
    ws.insert_rows(1)
    ws.cell(1, 1).value = ("DONNÉES FICTIVES — synthétiques, générées par benchmarks/"
                           "xlsx_input.py (graine 2026) ; mesures de vitesse seulement")
    wb.save(FILLED)
    return FILLED


def read_openpyxl(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return n


def read_calamine(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    return len(wb.get_sheet_by_index(0).to_python(skip_empty_area=False))


def read_fastexcel(path: Path) -> int:
    import fastexcel

    return fastexcel.read_excel(str(path)).load_sheet(0, header_row=None).to_arrow().num_rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    path = make_filled()
    readers = {"openpyxl (read-only)": read_openpyxl, "python-calamine": read_calamine,
               "fastexcel": read_fastexcel}
    times: dict[str, list[float]] = {k: [] for k in readers}
    for _ in range(a.runs):  # alternate so every reader sees the same machine load
        for name, fn in readers.items():
            t = time.perf_counter()
            n = fn(path)
            times[name].append(time.perf_counter() - t)
    base = statistics.median(times["openpyxl (read-only)"])
    print(f"{path.name}: {n} rows, {path.stat().st_size / 1e6:.1f} MB")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"{name:<22} {med:6.2f} s  ({base / med:4.1f}× openpyxl)")


if __name__ == "__main__":
    main()
