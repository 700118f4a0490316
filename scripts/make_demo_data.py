#!/usr/bin/env python3
"""Generate barometre's demo survey data: FICTITIOUS, seeded, reproducible.

Usage: python scripts/make_demo_data.py [--seed 2025] [--out data/demo]

Writes ``enquete-departements-donnees-fictives.xlsx`` (wide, the 101
départements × 6 platforms, one reading in October 2025) and
``releves-departements-donnees-fictives.csv`` (long, French CSV: ";", cp1252,
two yearly readings 2024 and 2025), the two waves of ``tests/files/make_waves.py``
(``vague-2024-…xlsx``, ``vague-2025-…csv``), and copies them into the package
(``src/barometre/data/demo/``, for ``barometre.demo_file``). Each wave records its "Non" answers (a
département without an account is written "Non", in every year), as the
template asks; a few cells of the workbook are left blank ("not checked") so
that ``barometre validate`` shows how blanks are counted. The figures are
invented: realistic in shape only (follower counts skewed and correlated with
population, some départements absent from some platforms, a few accounts
opened in 2025). Every file says "données fictives" in its name and on its
first line. The two pairs of départements that share one council (67 and 68: the
Collectivité européenne d'Alsace; 2A and 2B: the Collectivité de Corse) are recorded as a
real survey would: one council account per platform, the same answer on both rows and its
follower count on the first row only (68 and 2B: « Oui » with a blank count), so that
``barometre validate`` says nothing about councils on the files we ship.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
from pathlib import Path

PLATFORMS = [  # id, header, presence probability, followers per inhabitant (median)
    ("facebook", "Facebook", 0.97, 0.040),
    ("x", "X (ex-Twitter)", 0.80, 0.012),
    ("instagram", "Instagram", 0.85, 0.015),
    ("linkedin", "LinkedIn", 0.75, 0.008),
    ("youtube", "YouTube", 0.60, 0.002),
    ("tiktok", "TikTok", 0.20, 0.004),
]
ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo"
PACKAGED = ROOT / "src" / "barometre" / "data" / "demo"
LABEL = "DONNÉES FICTIVES — générées par scripts/make_demo_data.py (graine {seed}) ; ne pas citer"


def followers(rng: random.Random, population: int, per_inhabitant: float) -> int:
    # Log-normal around a per-inhabitant median, elasticity < 1 (big entities have fewer per head).
    base = per_inhabitant * population ** 0.9 * 3.5
    return max(10, int(round(base * math.exp(rng.gauss(0, 0.8)))))


#: the départements governed by one council with another (docs/survey.md's table on councils): the
#: twin's row answers as the first's, the council's follower count on the first's row only
TWINS = {"68": "67", "2B": "2A"}  # Collectivité européenne d'Alsace, Collectivité de Corse


def share_councils(rows: list[list], long_rows: list[tuple], drawn: dict) -> None:
    """One council account per platform for two territories, as a real survey records it:
    the twin's row (68, 2B) says the first's presence (67, 2A, as drawn) and its account,
    its follower count left blank (the count is given once, on the first's row: ranked
    once; « Oui » without a count on the twin is the adoption of two territories). The cells
    left unchecked stay blank: a twin's own; where the first's is, the twin's row carries
    the council's answer and count (the one row checked). Applied after every draw: the
    other départements keep the same draws as before."""
    wide = {r[0]: r for r in rows}
    for twin, first in TWINS.items():
        for k, (pid, *_) in enumerate(PLATFORMS):
            answer, handle, count, first_unchecked = drawn[first, pid]
            if not drawn[twin, pid][3]:  # the twin's cell checked
                wide[twin][2 + 3 * k: 5 + 3 * k] = [
                    answer, handle, count if first_unchecked else None]
    at = {(r[0], r[2], r[5]): i for i, r in enumerate(long_rows)}
    for i, (code, name, plat, _, _, date) in enumerate(long_rows):
        if code in TWINS:
            first = long_rows[at[(TWINS[code], plat, date)]]
            long_rows[i] = (code, name, plat, first[3], "", date)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--out", type=Path, default=DEMO)
    args = ap.parse_args()
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from barometre.render.files import save_workbook
    from barometre.datasets.reference import entities

    rng = random.Random(args.seed)
    deps = entities("departement")
    args.out.mkdir(parents=True, exist_ok=True)
    rows, long_rows = [], []
    drawn = {}  # (code, platform): the answer, account, count drawn and whether checked
    for d in deps.itertuples():
        pop = int(d.population)
        row = [d.code, d.name]
        for pid, header, p_present, per in PLATFORMS:
            present = rng.random() < p_present
            f = followers(rng, pop, per) if present else None
            handle = f"@{d.name.lower().replace(' ', '').replace('-', '')[:14]}" if present else None
            # a few present accounts whose count was not read
            if present and rng.random() < 0.04:
                f = None
            # a few cells not checked: left blank (no answer, no account, no count)
            unchecked = rng.random() < 0.02
            row += [None, None, None] if unchecked else ["Oui" if present else "Non", handle, f]
            drawn[d.code, pid] = ("Oui" if present else "Non", handle, f, unchecked)
            # 2024: the same accounts but a few opened in 2025; "Non" written in both years
            present_2024 = present and rng.random() < 0.93
            f2024 = (int(f / (1 + max(-0.05, rng.gauss(0.12, 0.08))))
                     if present_2024 and f is not None else "")
            long_rows.append((d.code, d.name, header, "Oui" if present_2024 else "Non", f2024,
                              "15/10/2024"))
            long_rows.append((d.code, d.name, header, "Oui" if present else "Non",
                              "" if f is None else f, "15/10/2025"))
        rows.append(row)
    share_councils(rows, long_rows, drawn)

    wb = Workbook()
    ws = wb.active
    ws.title = "Relevé"
    ws.append([LABEL.format(seed=args.seed)])
    ws["A1"].font = Font(bold=True, color="C00000")
    ws.append([])
    header = ["Code département", "Département"]
    for _, h, _, _ in PLATFORMS:
        header += [h, f"Compte {h}", f"Abonnés {h}"]
    header.append("Date du relevé")
    ws.append(header)
    for r in rows:
        ws.append(r + [dt.datetime(2025, 10, 15)])
    for row in ws.iter_rows(min_row=4, max_col=1):
        row[0].number_format = "@"
    for row in ws.iter_rows(min_row=4, min_col=len(header), max_col=len(header)):
        row[0].number_format = "DD/MM/YYYY"
    wb.properties.title = "Enquête fictive — départements (données fictives)"
    wb.properties.creator = "barometre"
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 10, 15)
    xlsx = args.out / "enquete-departements-donnees-fictives.xlsx"
    save_workbook(wb, xlsx, stamp="2025-10-15T00:00:00Z")

    lines = [LABEL.format(seed=args.seed), "Code;Département;Plateforme;Présent;Abonnés;Date du relevé"]
    for code, name, plat, pres, f, date in long_rows:
        fs = f"{f:,}".replace(",", " ") if f != "" else ""
        lines.append(f"{code};{name};{plat};{pres};{fs};{date}")
    csv_path = args.out / "releves-departements-donnees-fictives.csv"
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    print(f"{xlsx} ({len(rows)} départements), {csv_path} ({len(long_rows)} relevés)")
    waves = write_waves(args.out)
    print(", ".join(str(w) for w in waves) + " (deux vagues, arrivées et départs connus)")
    if args.out.resolve() == DEMO:  # the package ships the same bytes (barometre.demo_file)
        import shutil

        PACKAGED.mkdir(parents=True, exist_ok=True)
        for f in (xlsx, csv_path, *waves):
            shutil.copyfile(f, PACKAGED / f.name)
        print(f"copied to {PACKAGED}")


WAVES = {"vague-2024.xlsx": "vague-2024-departements-donnees-fictives.xlsx",
         "vague-2025.csv": "vague-2025-departements-donnees-fictives.csv"}


def write_waves(out: Path) -> list[Path]:
    """The two waves of ``tests/files/make_waves.py`` (fictitious, seeded, with known
    arrivals and departures: the tests check them), under names that say "données fictives":
    the second notebook and ``barometre.demo_file("vague-2024")`` read them."""
    import importlib.util
    import tempfile

    spec = importlib.util.spec_from_file_location(
        "make_waves", ROOT / "tests" / "files" / "make_waves.py")
    make_waves = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_waves)
    with tempfile.TemporaryDirectory() as tmp:
        written = make_waves.write(Path(tmp))
        paths = []
        for f in written:
            target = out / WAVES[f.name]
            target.write_bytes(f.read_bytes())
            paths.append(target)
    return paths


if __name__ == "__main__":
    main()
