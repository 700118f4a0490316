#!/usr/bin/env python3
"""Build barometre's reference tables of French collectivités.

Usage::

    python scripts/build_reference.py            # fetches the npm package with `npm pack`
    python scripts/build_reference.py PATH       # PATH = an extracted package/ folder or a .tgz
    python scripts/build_reference.py --keys     # only name_keys.txt, from the tables here

Source: the npm package ``@etalab/decoupage-administratif@6.0.0`` (data from
INSEE's Code officiel géographique; MIT licence for the package, Licence
Ouverte / Etalab 2.0 for the data). Writes compact files into
``src/barometre/data/reference/``:

- ``regions.csv``: the 18 régions (13 metropolitan, 5 overseas);
- ``departements.csv``: the 101 départements, with their chef-lieu;
- ``communes.csv``: the 34,875 current communes of the 101 départements
  (code INSEE, SIREN, name, département, région, EPCI, population); not gzipped, as
  the other tables but ``epci.csv.gz``: ``compare --data`` reads it at every run, and
  inflating it took 5-9 ms (#19); plain text also shows a rebuild's changes in a diff;
- ``epci.csv.gz``: the 1,255 groupings of the package (CC, CA, CU, METRO and
  the Métropole de Lyon, MET69), with population and number of communes;
- ``former_names.csv``: names of communes déléguées and associées (the communes
  that merged into a commune nouvelle or associated with another) whose name is
  not that of the current commune, with the code of that current commune;
- ``former_codes.csv``: the INSEE codes that are no longer a current commune's: every
  commune déléguée, commune associée and arrondissement municipal (Paris, Lyon,
  Marseille) of the package whose code is not that of a current commune, plus the
  communes fusionnées of :data:`NO_DELEGUEE` whose code is gone (Courcouronnes, 91182),
  with its name, kind (``deleguee``, ``associee``, ``arrondissement``, ``fusionnee``) and
  the code of the current commune it belongs to (``chefLieu``; ``commune`` for an
  arrondissement): what ``resolve`` says of such a code (an error that names the code to
  write). Not part of ``name_keys.txt`` (codes, not names);
- ``institutions.csv``: the councils that publish accounts where they are not
  one per territory: the 95 conseils départementaux (93 départements with their
  own council, the Département du Rhône without the Métropole de Lyon, the
  Collectivité européenne d'Alsace), the Collectivité de Corse, the
  collectivités territoriales de Martinique and de Guyane and the Ville de Paris,
  with the territories they cover and the population they serve;
- ``name_keys.txt``: derived from the tables above, not from the package: the
  matching keys of every name (``barometre.datasets.name_index``), folded here once so
  that ``resolve`` builds its name indexes without folding 40,000 names at each start.
  ``--keys`` rebuilds only this file, from the packaged tables (no npm): run it after
  changing a table by hand or the rules of the keys (``domain.text.fold``,
  ``name_index``). Until then ``tests/test_name_keys.py`` fails, and the file is left
  unused wherever its fingerprint (tables and patterns) no longer matches.

Populations are INSEE "populations municipales"; those of départements,
régions and institutions are the sums of their communes'; those of the EPCI are the
package's, the DGCL's ``populationMunicipale`` (epcicom2026), as they come: the sum of
the DGCL's own member populations, of the legal populations of 2022 (one vintage before the
communes'; see data/reference/README.md). Standard library only
(and barometre's own ``domain.text.fold``, to compare names as ``resolve`` does), but
for the keys, made by barometre itself (numpy, pyarrow); the output is byte-for-byte
deterministic (gzip without timestamp).
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
sys.path.insert(0, str(ROOT / "src"))
from barometre.domain.text import fold as _fold  # noqa: E402  (standard library only)
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


# Where a département has no council of its own (INSEE COG, "collectivités territoriales
# ayant les compétences départementales"; codes from that table). Laws: Collectivité de
# Corse, loi NOTRe 2015-991 art. 30 (1 January 2018); Martinique and Guyane, loi
# 2011-884 (December 2015); Ville de Paris, loi 2017-257 (1 January 2019); Collectivité
# européenne d'Alsace, loi 2019-816 (1 January 2021); Métropole de Lyon, loi 2014-58
# (1 January 2015), which leaves the Département du Rhône the other communes of the 69.
# SIREN only where the reference data or the public registers give it for sure.
SPECIAL = [
    # code, name, role, types, territories, region, siren, aliases
    ("20R", "Collectivité de Corse", "collectivite_unique", "region departement", "2A 2B",
     "94", "200076958", "Collectivité territoriale de Corse"),
    ("972R", "Collectivité territoriale de Martinique", "collectivite_unique",
     "region departement", "972", "02", "200055507", "CTM"),
    ("973R", "Collectivité territoriale de Guyane", "collectivite_unique", "region departement",
     "973", "03", "200052678", "CTG"),
    ("75C", "Ville de Paris", "commune_departement", "commune departement", "75", "11", "", ""),
    ("6AE", "Collectivité européenne d'Alsace", "conseil_departemental", "departement", "67 68",
     "44", "", "CeA|Conseil de la Collectivité européenne d'Alsace"),
    ("69D", "Département du Rhône", "conseil_departemental", "departement", "69", "84", "",
     "Conseil départemental du Rhône"),
]
NO_OWN_COUNCIL = {"2A", "2B", "67", "68", "69", "75", "972", "973"}
# INSEE "type de nom en clair" (TNCC): the words between "Département" and the name.
CHARNIERE = {0: "de ", 1: "d'", 2: "du ", 3: "de la ", 4: "des ", 5: "de l'"}
MET69 = "MET69"
# Former names that the package no longer lists because the commune nouvelle kept no
# commune déléguée: name, former code, current code. Source: INSEE COG, événements
# sur les communes (fusion of 1 January 2019, Évry 91228 + Courcouronnes 91182).
NO_DELEGUEE = [("Évry", "91228", "91228"), ("Courcouronnes", "91182", "91228")]


def _institutions(deps: list[dict], pop_dep: dict[str, int], communes: list[dict],
                  epcis: list[dict]) -> list[list]:
    """The rows of ``institutions.csv`` (see :data:`SPECIAL`)."""
    pop = {c["code"]: c.get("population") or 0 for c in communes}
    lyon = next(e for e in epcis if e["type"] == MET69)
    lyon_pop = sum(pop[m["code"]] for m in lyon["membres"])
    paris_siren = next(c["siren"] for c in communes if c["code"] == "75056")
    rows = []
    for d in sorted(deps, key=lambda d: d["code"]):
        if d["code"] in NO_OWN_COUNCIL:
            continue
        tail = CHARNIERE[d["typeLiaison"]] + d["nom"]
        rows.append([d["code"], f"Département {tail}", "conseil_departemental", "departement",
                     d["code"], d["region"], "", pop_dep[d["code"]],
                     f"Conseil départemental {tail}"])
    for code, name, role, types, terr, region, siren, aliases in SPECIAL:
        served = sum(pop_dep[t] for t in terr.split())
        if code == "69D":
            served -= lyon_pop
        if code == "75C":
            siren = paris_siren
        rows.append([code, name, role, types, terr, region, siren, served, aliases])
    return rows


def _former_names(all_communes: list[dict], current: dict[str, dict]) -> list[list]:
    """Communes déléguées and associées whose name differs from their current commune's."""
    rows = set()
    for c in all_communes:
        if c["type"] not in ("commune-deleguee", "commune-associee"):
            continue
        parent = current.get(c.get("chefLieu", ""))
        if parent is None or _fold(c["nom"]) == _fold(parent["nom"]):
            continue
        kind = "deleguee" if c["type"] == "commune-deleguee" else "associee"
        rows.add((c["nom"], c["code"], kind, parent["code"]))
    for name, code, parent in NO_DELEGUEE:
        if parent in current:
            rows.add((name, code, "fusionnee", parent))
    return [list(r) for r in sorted(rows, key=lambda r: (r[3], r[1], r[0], r[2]))]


def _former_codes(all_communes: list[dict], current: dict[str, dict]) -> list[list]:
    """Codes of communes déléguées, associées, arrondissements municipaux and communes
    fusionnées (:data:`NO_DELEGUEE`) that are not a current commune's code, with the
    current commune they belong to: ``code, name, kind, commune``, by code."""
    kinds = {"commune-deleguee": "deleguee", "commune-associee": "associee",
             "arrondissement-municipal": "arrondissement"}
    rows: dict[str, list] = {}
    for c in all_communes:
        kind = kinds.get(c["type"])
        if kind is None or c["code"] in current:
            continue
        parent = current.get(c.get("chefLieu") or c.get("commune") or "")
        if parent is None:
            raise ValueError(f"{c['code']} ({c['nom']}): no current commune")
        if c["code"] in rows:
            raise ValueError(f"{c['code']}: listed twice")
        rows[c["code"]] = [c["code"], c["nom"], kind, parent["code"]]
    for name, code, parent in NO_DELEGUEE:
        if code not in current and code not in rows and parent in current:
            rows[code] = [code, name, "fusionnee", parent]
    return [rows[k] for k in sorted(rows)]


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


def _write_keys() -> None:
    """``name_keys.txt`` from the packaged tables as they are now in OUT."""
    from barometre.datasets import name_index

    path = OUT / name_index.KEYS_FILE
    path.write_bytes(name_index.keys_file_bytes())
    print(f"name keys -> {path}")


def main(argv: list[str]) -> int:
    if argv[1:] == ["--keys"]:
        _write_keys()
        return 0
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
    _write_csv(OUT / "communes.csv",
               ["code", "siren", "name", "departement", "region", "epci", "population"], rows, False)
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
    current = {c["code"]: c for c in communes}
    former = _former_names(data["communes"], current)
    _write_csv(OUT / "former_names.csv", ["name", "code", "kind", "commune"], former, False)
    codes = _former_codes(data["communes"], current)
    _write_csv(OUT / "former_codes.csv", ["code", "name", "kind", "commune"], codes, False)
    inst = _institutions(deps, pop_dep, communes, data["epci"])
    _write_csv(OUT / "institutions.csv", ["code", "name", "role", "types", "territories",
                                          "region", "siren", "population", "aliases"],
               inst, False)
    print(f"{len(former)} former names, {len(codes)} former codes, {len(inst)} institutions")
    print(f"{len(regions)} régions, {len(deps)} départements, {len(communes)} communes, "
          f"{len(data['epci'])} EPCI -> {OUT}")
    _write_keys()  # after the tables: the keys are made from them
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
