#!/usr/bin/env python3
"""Which writer for the report's bulk sheets? The same cells written four ways, timed in one run.

Usage: python benchmarks/excel_writers.py [--runs 1] [--only streamed,xlsxwriter,...]

Cells: the Classement and Données sheets of the commune report (2 × 348,750 rows of the
SYNTHETIC file of ``make_data.py``, one year). Writers:

- ``streamed``: barometre's column-wise streamed writer (render/excel/bulk.py) inside the
  whole report (small sheets included), with Excel tables;
- ``xlsxwriter``: XlsxWriter ``constant_memory``, ``write_row`` per row, with Excel tables;
- ``pyexcelerate``: whole-sheet data at once (no Excel table support);
- ``openpyxl``: write-only mode, plain values, with Excel tables.

Prints seconds per writer and the ratio to XlsxWriter (target for the whole report: ≤ 0.6).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


def _one_year() -> Path:
    path = OUT / "communes-2025-synthetique.csv"
    if not path.exists():
        import pandas as pd

        src = OUT / "communes-long-synthetique.csv"
        if not src.exists():
            sys.exit("run benchmarks/make_data.py first")
        sys.path.insert(0, str(HERE))
        from make_data import label_lines, label_of, write_labelled

        df = pd.read_csv(src, sep=";", dtype=str, skiprows=label_lines(src))
        write_labelled(df[df["date"] == "15/10/2025"], path, label_of(src))  # synthetic, said inside
    return path


def _columns(survey, league):
    rk = league.assign(platform_label=league["platform"])
    return [("Classement", rk, ["platform_label", "code", "name", "population", "followers",
                                "followers_per_1000", "rank", "rank_per_1000", "index"]),
            ("Données", survey, ["code", "name", "collectivity_type", "platform", "present", "followers",
                                 "account", "date", "population", "source_row"])]


def _rows(frame, cols):
    import pandas as pd

    values = []
    for c in cols:
        s = frame[c]
        if pd.api.types.is_datetime64_any_dtype(s):
            values.append([None if pd.isna(v) else v.to_pydatetime() for v in s])
        else:
            values.append([None if v is pd.NA or (isinstance(v, float) and v != v) else v
                           for v in s.astype(object).tolist()])
    return values


def w_streamed(path, survey, adoption, league):
    from barometre.analysis.report import report_data
    from barometre.render.excel import write_report

    write_report(path, report_data(adoption, survey=survey))


def w_xlsxwriter(path, survey, adoption, league):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    for name, frame, cols in _columns(survey, league):
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, cols)
        values = _rows(frame, cols)
        for i, r in enumerate(zip(*values), start=1):
            ws.write_row(i, 0, r)
        ws.add_table(0, 0, len(frame), len(cols) - 1, {"columns": [{"header": c} for c in cols],
                                                       "header_row": True})
    wb.close()


def w_pyexcelerate(path, survey, adoption, league):
    from pyexcelerate import Workbook

    wb = Workbook()
    for name, frame, cols in _columns(survey, league):
        values = _rows(frame, cols)
        wb.new_sheet(name, data=[cols] + [list(r) for r in zip(*values)])
    wb.save(path)


def w_openpyxl(path, survey, adoption, league):
    import warnings

    from openpyxl import Workbook
    from openpyxl.worksheet.table import Table, TableColumn

    wb = Workbook(write_only=True)
    for name, frame, cols in _columns(survey, league):
        ws = wb.create_sheet(name)
        ws.append(cols)
        values = _rows(frame, cols)
        for r in zip(*values):
            ws.append(list(r))
        t = Table(displayName=name.replace("é", "e"), ref=f"A1:{chr(64 + len(cols))}{len(frame) + 1}")
        t.tableColumns = [TableColumn(id=i, name=c) for i, c in enumerate(cols, start=1)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ws.add_table(t)
    wb.save(path)


WRITERS = {"streamed": w_streamed, "xlsxwriter": w_xlsxwriter, "pyexcelerate": w_pyexcelerate,
           "openpyxl": w_openpyxl}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--only", default=",".join(WRITERS))
    a = ap.parse_args()
    import barometre as bm

    survey = bm.read_survey(_one_year(), type="commune")
    adoption = bm.adoption(survey)
    league = bm.league_table(survey)
    print(f"cells: Classement {len(league):,} rows, Données {len(survey):,} rows")
    names = a.only.split(",")
    times: dict[str, list[float]] = {n: [] for n in names}
    d = tempfile.mkdtemp()
    for _ in range(a.runs):  # paired: every writer once per run, in turn
        for n in names:
            path = os.path.join(d, f"{n}.xlsx")
            t = time.perf_counter()
            WRITERS[n](path, survey, adoption, league)
            times[n].append(time.perf_counter() - t)
            print(f"  {n:<13} {times[n][-1]:7.1f} s  {os.path.getsize(path) / 2**20:6.1f} MiB", flush=True)
    ref = statistics.median(times["xlsxwriter"]) if "xlsxwriter" in times else None
    for n in names:
        m = statistics.median(times[n])
        ratio = f"{m / ref:5.2f} × XlsxWriter" if ref else ""
        print(f"{n:<13} median {m:7.1f} s  {ratio}")


if __name__ == "__main__":
    main()
