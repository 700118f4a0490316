#!/usr/bin/env python3
"""Build barometre's reference tables of French collectivités.

Usage::

    python scripts/build_reference.py            # fetches the npm package with `npm pack`
    python scripts/build_reference.py PATH       # PATH = an extracted package/ folder or a .tgz

Source: the npm package ``@etalab/decoupage-administratif@6.0.0`` (data from
INSEE's Code officiel géographique; MIT licence for the package, Licence
Ouverte / Etalab 2.0 for the data). Writes compact files into
``src/barometre/data/reference/``:

- ``regions.csv``: the 18 régions (13 metropolitan, 5 overseas);
- ``departements.csv``: the 101 départements, with their chef-lieu;
- ``communes.csv.gz``: the 34,875 current communes of the 101 départements
  (code INSEE, SIREN, name, département, région, EPCI, population);
- ``epci.csv.gz``: the 1,255 groupings of the package (CC, CA, CU, METRO and
  the Métropole de Lyon, MET69), with population and number of communes.

Populations are INSEE "populations municipales"; those of départements and
régions are the sums of their communes'. Standard library only; the output is
byte-for-byte deterministic (gzip without timestamp).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "@etalab/decoupage-administratif@6.0.0"
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "barometre" / "data" / "reference"


def _load(src: Path | None) -> dict[str, list]:
    if src is None:
        tmp = Path(tempfile.mkdtemp(prefix="decoupage-"))
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        src = next(tmp.glob("*.tgz"))
    data = {}
    names = ["regions", "departements", "communes", "epci"]
    if src.is_file():
        with tarfile.open(src) as tar:
            for n in names:
                data[n] = json.load(tar.extractfile(f"package/data/{n}.json"))
    else:
        base = src / "data" if (src / "data").is_dir() else src
        for n in names:
            data[n] = json.loads((base / f"{n}.json").read_text(encoding="utf-8"))
    return data


def _write_csv(path: Path, header: list[str], rows: list[list], compress: bool) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    raw = buf.getvalue().encode("utf-8")
    if compress:
        path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    else:
        path.write_bytes(raw)


def main(argv: list[str]) -> int:
    data = _load(Path(argv[1]) if len(argv) > 1 else None)
    OUT.mkdir(parents=True, exist_ok=True)
    # The 101 départements are those of metropolitan France and the five DROM;
    # the overseas collectivities (975, 977, 978, 984, 986-989) are not départements.
    deps = [d for d in data["departements"] if d["zone"] in ("metro", "drom")]
    dep_codes = {d["code"] for d in deps}
    regions = [r for r in data["regions"] if len(r["code"]) == 2]

    epci_of: dict[str, str] = {}
    for e in data["epci"]:
        for m in e["membres"]:
            epci_of[m["code"]] = e["code"]

    communes = sorted((c for c in data["communes"]
                       if c["type"] == "commune-actuelle" and c["departement"] in dep_codes),
                      key=lambda c: c["code"])
    pop_dep: dict[str, int] = {}
    pop_reg: dict[str, int] = {}
    rows = []
    for c in communes:
        pop = c.get("population")
        if pop is not None:
            pop_dep[c["departement"]] = pop_dep.get(c["departement"], 0) + pop
            pop_reg[c["region"]] = pop_reg.get(c["region"], 0) + pop
        rows.append([c["code"], c.get("siren", ""), c["nom"], c["departement"], c["region"],
                     epci_of.get(c["code"], ""), "" if pop is None else pop])
    _write_csv(OUT / "communes.csv.gz",
               ["code", "siren", "name", "departement", "region", "epci", "population"], rows, True)
    _write_csv(OUT / "departements.csv",
               ["code", "name", "region", "chef_lieu", "population"],
               [[d["code"], d["nom"], d["region"], d["chefLieu"], pop_dep.get(d["code"], 0)]
                for d in sorted(deps, key=lambda d: d["code"])], False)
    _write_csv(OUT / "regions.csv", ["code", "name", "chef_lieu", "population"],
               [[r["code"], r["nom"], r["chefLieu"], pop_reg.get(r["code"], 0)]
                for r in sorted(regions, key=lambda r: r["code"])], False)
    _write_csv(OUT / "epci.csv.gz", ["siren", "name", "kind", "population", "n_communes"],
               [[e["code"], e["nom"], e["type"], e.get("populationMunicipale", ""), len(e["membres"])]
                for e in sorted(data["epci"], key=lambda e: e["code"])], True)
    print(f"{len(regions)} régions, {len(deps)} départements, {len(communes)} communes, "
          f"{len(data['epci'])} EPCI -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
