#!/usr/bin/env python3
"""Generate a bulk file of the Annuaire de l'administration, in the exact schema, with known counts.

Every service is a copy of the real bulk record (`annuaire/bulk-record-sample.json`, 47 fields)
with its identity, roles, codes and social networks changed. The traps of the real file are
all there, each a known number of times: mairies déléguées and annexes (set aside), a record
with two roles (Paris: `cg` and `mairie`), one council for two départements (the Collectivité
européenne d'Alsace: 67 and 68), Saint-Barthélemy (two roles, outside the reference),
top-level codes that disagree with the pivot, the same record twice, a second service for a
commune, empty lists, URLs without scheme, mobile hosts, twitter.com, tracking parameters, a
Mastodon instance known only by its label, an address that is no network, other services.

The expected counts are computed here from the generator's own choices (not by barometre) and
written next to the file as `<name>.expected.json`:
``{"entities": {type: n}, "present": {type: {platform: n}}, "set_aside": {...}, ...}``.

Run: python tests/files/make_annuaire.py OUT.json [--communes N] [--services N] [--seed S]
(``--services 80000 --communes 0`` for the benchmark: every commune, plus other services.)
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import uuid
from collections import defaultdict
from pathlib import Path

from barometre.datasets import reference

HERE = Path(__file__).resolve().parent
TEMPLATE = json.loads((HERE / "annuaire" / "bulk-record-sample.json").read_text("utf-8"))["service"][0]

# (platform, probability of a declared account, URL shapes with {h} for the handle, labels)
NETWORKS = [
    ("facebook", 0.70, ["https://www.facebook.com/{h}", "m.facebook.com/{h}/?ref=bookmarks",
                        "http://fr-fr.facebook.com/{h}", "https://facebook.com/{h}/?fbclid=IwAR0x",
                        "https://www.facebook.com/profile.php?id=1000{n}"], ["Facebook", ""]),
    ("x", 0.30, ["https://twitter.com/{h}", "twitter.com/{h}?lang=fr", "https://x.com/{h}",
                 "https://mobile.twitter.com/{h}/"], ["Twitter", "X", ""]),
    ("instagram", 0.35, ["https://www.instagram.com/{h}/?igshid=YmMyMTA2M2Y=",
                         "instagram.com/{h}", "https://www.instagram.com/{h}/"], ["Instagram"]),
    ("linkedin", 0.10, ["https://www.linkedin.com/company/{h}/", "fr.linkedin.com/company/{h}"],
     ["Linkedin", ""]),
    ("youtube", 0.15, ["https://www.youtube.com/@{h}", "youtube.com/channel/UC{h}",
                       "https://www.youtube.com/c/{h}?si=abc"], ["Youtube", "YouTube"]),
    ("tiktok", 0.05, ["https://www.tiktok.com/@{h}"], ["TikTok", ""]),
    ("mastodon", 0.03, ["https://social.{h}.fr/@{h}"], ["Mastodon"]),
]
_DATE = "12/03/2026 10:20:30"


def _record(rng: random.Random, name: str, pivot: list, code: str, social: list,
            siren: str = "") -> dict:
    r = copy.deepcopy(TEMPLATE)
    r["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    r["nom"] = name
    r["pivot"] = pivot
    r["code_insee_commune"] = code
    r["ancien_code_pivot"] = f"{pivot[0]['type_service_local']}-{code}-01" if pivot else ""
    r["reseau_social"] = social
    r["siren"] = siren
    r["date_modification"] = _DATE if rng.random() < 0.05 else r["date_modification"]
    r["adresse"][0]["nom_commune"] = name.split(" - ")[-1]
    return r


def _social(rng: random.Random, handle: str, n: int) -> tuple[list, set]:
    """Declared networks of one service, and the platforms they count for."""
    items, platforms = [], set()
    for platform, prob, shapes, labels in NETWORKS:
        if rng.random() < prob:
            url = rng.choice(shapes).format(h=handle, n=n)
            items.append({"valeur": url, "description": "", "custom_dico2": rng.choice(labels)})
            platforms.add(platform)
            if platform == "facebook" and rng.random() < 0.1:  # a second page: still one entity
                items.append({"valeur": f"https://www.facebook.com/{handle}.officiel",
                              "description": "", "custom_dico2": "Facebook"})
    return items, platforms


def make(out: Path, communes: int = 400, services: int = 0, seed: int = 17) -> dict:
    """Write the bulk file ``out`` and ``out.expected.json``; return the expected counts."""
    rng = random.Random(seed)
    com = reference.communes()
    com = com[com["population"].notna()]
    deps, regs, epcis = reference.departements(), reference.regions(), reference.entities("epci")
    chosen = com if communes == 0 else com.sample(n=communes, random_state=seed)
    chosen = chosen[chosen["code"] != "75056"]  # Paris comes as a two-role record below
    present: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    counts = defaultdict(int)
    records: list[dict] = []

    def keep(type_id: str, code: str, platforms: set) -> None:
        present[type_id].setdefault(code, set())
        present[type_id][code] |= platforms

    def social(h: str, i: int) -> tuple[list, set]:
        if rng.random() < 0.25:
            return [], set()  # empty list: no declared account
        return _social(rng, h, i)

    for i, c in enumerate(chosen.itertuples(index=False)):
        h = f"ville{c.code}"
        items, plats = social(h, i)
        top = c.code
        if i % 37 == 5:  # top-level code disagrees with the pivot: the pivot wins
            top = str(int(c.code[:2]) % 95 + 1).zfill(2) + c.code[2:] if c.code[:2].isdigit() \
                else "01001"
            counts["code_disagreements"] += 1
        if i % 53 == 7:  # an address that is no social network
            items.append({"valeur": f"https://www.{h}.fr/newsletter", "description": "",
                          "custom_dico2": "Autre"})
            counts["unclassified_urls"] += 1
        rec = _record(rng, f"Mairie - {c.name}", [{"type_service_local": "mairie",
                                                   "code_insee_commune": [c.code]}], top, items)
        records.append(rec)
        keep("commune", c.code, plats)
        if i % 41 == 3:  # the very same record twice
            records.append(copy.deepcopy(rec))
            counts["duplicate_ids"] += 1
        if i % 43 == 11:  # a second service of the same mairie, with another account
            extra = [{"valeur": f"instagram.com/{h}_officiel", "description": "",
                      "custom_dico2": "Instagram"}]
            records.append(_record(rng, f"Mairie - {c.name}", [{"type_service_local": "mairie",
                           "code_insee_commune": [c.code]}], c.code, extra))
            keep("commune", c.code, {"instagram"})
            counts["merged"] += 1
        if i % 29 == 13:  # a mairie déléguée of this commune (set aside, even with accounts)
            d_items, _ = _social(rng, f"delegue{c.code}", i)
            records.append(_record(rng, f"Mairie déléguée - Ancien {c.name}",
                                   [{"type_service_local": "mairie", "code_insee_commune":
                                     [c.code]}], c.code, d_items))
            counts["set_aside_deleguee"] += 1
        if i % 31 == 17:  # two shapes of names for annexes
            name = (f"Mairie annexe - {c.name} Nord" if i % 2 else
                    f"Mairie - {c.name} - annexe Centre")
            records.append(_record(rng, name, [{"type_service_local": "mairie",
                                                "code_insee_commune": [c.code]}], c.code,
                                   [{"valeur": f"https://www.facebook.com/annexe{c.code}",
                                     "description": "", "custom_dico2": "Facebook"}]))
            counts["set_aside_annexe"] += 1
    # Paris: one record, two roles (cg and mairie), like Saint-Barthélemy in the real file
    items, plats = _social(rng, "paris", 0)
    items.append({"valeur": "https://x.com/Paris", "description": "", "custom_dico2": "Twitter"})
    plats.add("x")
    records.append(_record(rng, "Mairie de Paris - Hôtel de Ville", [
        {"type_service_local": "cg", "code_insee_commune": ["75056"]},
        {"type_service_local": "mairie", "code_insee_commune": ["75056"]}], "75056", items))
    records[-1]["date_modification"] = _DATE  # the latest date of the file
    keep("commune", "75056", plats)
    keep("departement", "75", plats)
    # Saint-Barthélemy: two roles, outside the 101 départements of the reference
    records.append(_record(rng, "Conseil territorial de Saint-Barthélemy", [
        {"type_service_local": "cg", "code_insee_commune": ["97701"]},
        {"type_service_local": "mairie", "code_insee_commune": ["97701"]}], "97701",
        [{"valeur": "https://www.facebook.com/comstbarth", "description": "",
          "custom_dico2": "Facebook"}]))
    counts["unresolved"] += 2
    for d in deps.itertuples(index=False):
        if d.code in ("75", "68"):
            continue  # Paris above; 68 is governed with 67 by one council, the CeA
        items, plats = social(f"departement{d.code}", 0)
        name = ("Collectivité européenne d'Alsace" if d.code == "67" else
                f"Conseil départemental - {d.name}")
        records.append(_record(rng, name,
                               [{"type_service_local": "cg", "code_insee_commune": [d.chef_lieu]}],
                               d.chef_lieu, items))
        keep("departement", d.code, plats)
        if d.code == "67":  # the CeA's accounts count for both départements
            keep("departement", "68", plats)
    for r in regs.itertuples(index=False):
        items, plats = social(f"region{r.code}", 0)
        records.append(_record(rng, f"Conseil régional - {r.name}",
                               [{"type_service_local": "cr", "code_insee_commune": [r.chef_lieu]}],
                               r.chef_lieu, items))
        keep("region", r.code, plats)
    members = com.dropna(subset=["epci"]).drop_duplicates("epci").set_index("epci")["code"]
    for j, e in enumerate(epcis.sample(n=min(len(epcis), 60), random_state=seed)
                          .itertuples(index=False)):
        items, plats = social(f"epci{e.code}", j)
        seat = members.get(e.code, "")
        siren = e.code if j % 2 else ""  # half give their SIREN, half only their seat
        records.append(_record(rng, f"Communauté - {e.name}",
                               [{"type_service_local": "epci", "code_insee_commune": [seat]}],
                               seat, items, siren=siren))
        keep("epci", e.code, plats)
    other = max(3, services - len(records))
    for k in range(other):  # services that are no collectivité: not counted
        c = com.iloc[k % len(com)]
        kind = ("ccas", "prefecture", "cpam", "gendarmerie")[k % 4]
        records.append(_record(rng, f"{kind.upper()} - {c['name']}",
                               [{"type_service_local": kind, "code_insee_commune": [c["code"]]}],
                               c["code"], []))
    counts["other_services"] = other
    rng.shuffle(records)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:  # one record at a time: no big string in memory
        fh.write('{"service": [\n')
        for n, rec in enumerate(records):
            fh.write((",\n" if n else "") + json.dumps(rec, ensure_ascii=False, indent=1))
        fh.write("\n]}\n")
    expected = {
        "services": len(records),
        "entities": {t: len(v) for t, v in present.items()},
        "present": {t: {p: sum(p in s for s in v.values()) for p, *_ in NETWORKS}
                    for t, v in present.items()},
        "with_any": {t: sum(bool(s) for s in v.values()) for t, v in present.items()},
        **{k: counts[k] for k in ("set_aside_deleguee", "set_aside_annexe", "code_disagreements",
                                  "duplicate_ids", "merged", "unresolved", "unclassified_urls",
                                  "other_services")},
        "date": "2026-03-12",
    }
    Path(str(out) + ".expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True),
                                                 "utf-8")
    return expected


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--communes", type=int, default=400, help="0 = every commune")
    ap.add_argument("--services", type=int, default=0, help="pad with other services up to N")
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()
    exp = make(a.out, a.communes, a.services, a.seed)
    print(json.dumps({k: exp[k] for k in ("services", "entities", "with_any")}))


if __name__ == "__main__":
    main()
