#!/usr/bin/env python3
"""Benchmark: the Annuaire de l'administration at national scale (80,000 services).

Usage::

    python benchmarks/annuaire.py            # generates benchmarks/out/annuaire-80000.json once
    python benchmarks/annuaire.py --runs 3 --services 80000

The file is SYNTHETIC: ``tests/files/make_annuaire.py`` (seeded) copies the real bulk record
(47 fields) for every commune of the reference, the départements, régions, 60 EPCI, the traps
(déléguées, annexes, duplicates…) and other services up to 80,000. Each measure runs in a fresh
process; the peak memory is that process's maximum resident set size. The reference is the
naive reading: ``json.load`` of the whole file, which is what ijson's streaming avoids.
Target (issue 17): peak memory < 1 GiB.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PY = sys.executable
GIB = 1024


def measure(cmd: list[str], runs: int) -> tuple[float, float, float]:
    """Median wall time (s), median CPU time (s) and peak RSS (MiB) of ``cmd``, each run in a
    fresh wrapper. On a shared machine the CPU time is the steadier figure."""
    wrapper = ("import json, resource, subprocess, sys, time\n"
               "t = time.perf_counter()\n"
               "subprocess.run(json.loads(sys.argv[1]), check=True, stdout=subprocess.DEVNULL)\n"
               "e = time.perf_counter() - t\n"
               "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
               "print(json.dumps([e, u.ru_utime + u.ru_stime, u.ru_maxrss / 1024]))\n")
    times, cpus, peaks = [], [], []
    for _ in range(runs):
        out = subprocess.run([PY, "-c", wrapper, json.dumps(cmd)], check=True,
                             capture_output=True, text=True)
        t, cpu, rss = json.loads(out.stdout.strip().splitlines()[-1])
        times.append(t)
        cpus.append(cpu)
        peaks.append(rss)
    return statistics.median(times), statistics.median(cpus), max(peaks)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--services", type=int, default=80_000)
    a = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    data = OUT / f"annuaire-{a.services}.json"
    if not data.exists():
        subprocess.run([PY, str(ROOT / "tests" / "files" / "make_annuaire.py"), str(data),
                        "--communes", "0", "--services", str(a.services)], check=True)
    size = data.stat().st_size / 2**20
    expected = json.loads(Path(str(data) + ".expected.json").read_text("utf-8"))
    cli = [PY, "-m", "barometre"]
    rows = [
        ("barometre compare --data FILE --type commune",
         cli + ["compare", "--data", str(data), "--type", "commune"]),
        ("barometre annuaire FILE -o enquete.xlsx --type commune (34,875 rows)",
         cli + ["annuaire", str(data), "-o", str(OUT / "annuaire-enquete.xlsx"), "--type",
                "commune"]),
        ("census only (read_census: stream, map, classify)",
         [PY, "-c", "from barometre.survey.annuaire import read_census; "
                    f"read_census({str(data)!r})"]),
        ("reference: json.load of the whole file (no streaming)",
         [PY, "-c", f"import json; d = json.load(open({str(data)!r}, encoding='utf-8')); "
                    "print(len(d['service']))"]),
    ]
    print(f"{data.name}: {expected['services']:,} services, {size:,.0f} MiB; "
          f"Python {platform.python_version()}, {platform.machine()}, median of {a.runs} runs")
    print("| measure | wall time | CPU time | peak memory |")
    results = []
    for name, cmd in rows:
        t, cpu, rss = measure(cmd, a.runs)
        results.append({"measure": name, "seconds": round(t, 2), "cpu_seconds": round(cpu, 2),
                        "peak_mib": round(rss)})
        ok = "" if name.startswith("reference") else ("  (< 1 GiB: met)" if rss < GIB else
                                                     "  (< 1 GiB: NOT met)")
        print(f"| {name} | {t:.1f} s | {cpu:.1f} s | {rss:,.0f} MiB |{ok}")
    (OUT / "annuaire-results.json").write_text(json.dumps(results, indent=1), "utf-8")


if __name__ == "__main__":
    main()
