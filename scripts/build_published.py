#!/usr/bin/env python3
"""Build barometre's published-figures tables from the team's research table.

Usage::

    python scripts/build_published.py [../shared/data/published-figures-research.csv]

Reads the research table (388 rows of figures published 2010-2025, free-text
types and metrics) and writes tidy CSV files into
``src/barometre/data/published/``:

- ``sources.csv``: one row per source (publisher, title, date, URL, method);
- ``adoption.csv``: adoption rates by collectivity type and platform;
- ``entity_figures.csv``: followers, ranks and awards of named entities;
- ``baselines.csv``: national audience figures (not collectivités);
- ``entity_counts.csv``: official counts of collectivités (denominators);
- ``other_figures.csv``: every other aggregate figure (growth, websites,
  community managers, multi-network shares...).

Every output row keeps ``research_row`` (1 = first data row of the research
table), so that each shipped figure traces back to its published source.
Every research row lands in exactly one table. The evidence quotes are read
only to flag figures derived from wording ("toutes les régions" → 100 %);
they are not copied.

Standard library only, deterministic output.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "barometre" / "data" / "published"
DEFAULT_IN = ROOT.parent / "shared" / "data" / "published-figures-research.csv"

PLATFORMS = {
    "Facebook": "facebook", "Twitter/X": "x", "Instagram": "instagram", "LinkedIn": "linkedin",
    "YouTube": "youtube", "Snapchat": "snapchat", "TikTok": "tiktok", "Dailymotion": "dailymotion",
    "WhatsApp": "whatsapp", "Google+": "google_plus", "Pinterest": "pinterest", "any": "any",
    "Messenger": "messenger",
}

# Raw collectivity_type of aggregate rows -> (type id, base in words, measure).
# measure: "of_all" = share of all entities in the base; "of_present" = share
# of those present on social media; "of_respondents" = share of a survey's
# respondents.
TYPES = {
    "région": ("region", "régions", "of_all"),
    "région (conseil régional)": ("region", "conseils régionaux", "of_all"),
    "région (conseil régional, pre-2016 map)": ("region", "conseils régionaux (carte d'avant 2016)", "of_all"),
    "région (métropole)": ("region", "régions métropolitaines", "of_all"),
    "région (métropole, post-2016 map)": ("region", "régions métropolitaines (carte de 2016)", "of_all"),
    "département": ("departement", "départements", "of_all"),
    "ville préfecture": ("ville_prefecture", "villes préfectures", "of_all"),
    "grande ville": ("grande_ville", "grandes villes", "of_all"),
    "grande ville (>100 000 hab.)": ("grande_ville", "villes de plus de 100 000 habitants", "of_all"),
    "grande ville (>86 000 hab.)": ("grande_ville", "50 villes de plus de 86 000 habitants", "of_all"),
    "grande ville (50 plus peuplées)": ("grande_ville", "50 communes les plus peuplées", "of_all"),
    "grande ville (50 plus grandes)": ("grande_ville", "50 plus grandes villes", "of_all"),
    "grande ville (50 communes les plus peuplées, >86 000 hab.)": (
        "grande_ville", "50 communes les plus peuplées (plus de 86 000 habitants)", "of_all"),
    "grande ville (hors Paris)": ("grande_ville", "grandes villes hors Paris", "of_all"),
    "ville moyenne (20 000-100 000 hab.)": ("ville_moyenne", "villes de 20 000 à 100 000 habitants", "of_all"),
    "ville 30 000-41 000 hab. (sample of 52)": (
        "ville_moyenne", "échantillon de 52 villes de 30 000 à 41 000 habitants", "of_all"),
    "petite ville": ("petite_ville", "petites villes (moins de 20 000 habitants)", "of_all"),
    "petite ville (<20 000 hab.)": ("petite_ville", "petites villes (moins de 20 000 habitants)", "of_all"),
    "commune": ("commune", "communes", "of_all"),
    "commune (all)": ("commune", "toutes les communes", "of_all"),
    "commune (<100 000 hab.)": ("commune", "communes de moins de 100 000 habitants", "of_all"),
    "commune (Bretagne, survey respondents)": ("commune", "communes bretonnes répondant à l'enquête", "of_respondents"),
    "commune (<10 000 hab.)": ("commune", "communes de moins de 10 000 habitants", "of_all"),
    "commune (10 000-50 000 hab.)": ("commune", "communes de 10 000 à 50 000 habitants", "of_all"),
    "commune (>50 000 hab.)": ("commune", "communes de plus de 50 000 habitants", "of_all"),
    "commune (hors Mayotte)": ("commune", "communes hors Mayotte", "of_all"),
    "commune (historical maximum)": ("commune", "communes (maximum historique)", "of_all"),
    "commune: village (<2 000 hab.)": ("commune", "villages de moins de 2 000 habitants", "of_all"),
    "intercommunalité (EPCI)": ("epci", "intercommunalités", "of_all"),
    "intercommunalité (EPCI à fiscalité propre)": ("epci", "EPCI à fiscalité propre", "of_all"),
    "intercommunalité (EPCI à fiscalité propre, excl. Métropole de Lyon)": (
        "epci", "EPCI à fiscalité propre hors Métropole de Lyon", "of_all"),
    "intercommunalité (EPCI, survey respondents)": (
        "epci", "intercommunalités répondant à l'enquête", "of_respondents"),
    "intercommunalité (>200 000 hab.)": ("epci", "intercommunalités de plus de 200 000 habitants", "of_all"),
    "communauté urbaine": ("epci", "communautés urbaines", "of_all"),
    "communauté d'agglomération": ("epci", "communautés d'agglomération", "of_all"),
    "communauté de communes": ("epci", "communautés de communes", "of_all"),
    "métropole": ("metropole", "métropoles", "of_all"),
    "métropole (incl. Lyon)": ("metropole", "métropoles, Lyon compris", "of_all"),
    "all (régions+départements+villes préfectures)": (
        "all", "régions, départements et villes préfectures", "of_all"),
    "all (50 villes+100 départements+26 régions)": (
        "all", "50 grandes villes, 100 départements et 26 régions", "of_all"),
    "all (50 grandes villes+100 départements+26 régions)": (
        "all", "50 grandes villes, 100 départements et 26 régions", "of_all"),
    "all (villes, départements, régions)": ("all", "grandes villes, départements et régions", "of_all"),
    "all collectivités": ("all", "ensemble des collectivités", "of_all"),
    "all collectivités (census)": ("all", "comptes recensés de collectivités", "of_all"),
    "all collectivités (census of official accounts)": ("all", "comptes officiels recensés", "of_all"),
    "all collectivités (~38 000 territoires)": ("all", "environ 38 000 territoires", "of_all"),
    "all collectivités (OST census)": ("all", "territoires recensés par l'OST", "of_all"),
    "all collectivités excl. villages <2 000 hab.": (
        "all", "collectivités hors villages de moins de 2 000 habitants", "of_all"),
    "all collectivités locales": ("all", "ensemble des collectivités locales", "of_all"),
    "collectivités territoriales": ("all", "collectivités territoriales", "of_all"),
    "collectivités present on social media": ("all", "collectivités présentes sur les réseaux sociaux", "of_present"),
    "collectivités present on social media (base: 3 918)": (
        "all", "3 918 collectivités présentes sur les réseaux sociaux", "of_present"),
    "collectivités present on social media (survey)": (
        "all", "collectivités présentes sur les réseaux sociaux (panel d'enquête)", "of_present"),
    "collectivités (survey panel of ~60, 10-5000 agents)": (
        "all", "panel d'environ 60 collectivités (10 à 5 000 agents)", "of_respondents"),
    "collectivités (Afnor survey)": ("all", "collectivités interrogées par l'Afnor", "of_respondents"),
    "collectivités (sample of 25)": ("all", "échantillon de 25 collectivités", "of_all"),
}

# Metric -> how an adoption figure is given.
ADOPTION_METRICS = {
    "share_with_account": "percent",
    "share_of_present_with_account": "percent",
    "share_with_account_fraction": "fraction",
    "count_with_account": "count",
    "count_with_page": "count",
    "share_using": "percent",
}
ENTITY_PREFIXES = {
    "ville": "commune", "région": "region", "département": "departement",
    "métropole": "metropole", "métropole/interco": "metropole", "interco": "epci",
    "petite ville": "commune", "ville moyenne": "commune", "grande ville": "commune",
    "communauté de communes": "epci", "communauté d'agglomération": "epci",
}
MONTHS = {m: i for i, m in enumerate(
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"], start=1)}
# Months stated by the source itself but not in its title in the research table.
MONTH_OVERRIDES = {
    "Baromètre Ideose (via La Gazette des communes)": 10,  # Gazette article, October 2015
}

METHODS = [  # (publisher keyword, how the study counted: our own words)
    ("ideose", "Part des régions, des départements et des 101 villes préfectures qui ont un compte "
               "officiel sur Facebook et Twitter ; Instagram, Flickr et Google+ jugés marginaux."),
    ("edgar quinet", "Présence sur Facebook et Twitter des 50 plus grandes villes (plus de 86 000 "
                     "habitants), des départements et des régions ; abonnés, croissance, taux de "
                     "pénétration (abonnés ÷ population)."),
    ("informer autrement", "Régions et villes de plus de 100 000 habitants ; un compte n'est retenu "
                           "que s'il est signalé sur le site officiel ; abonnés bruts et par habitant."),
    ("adverbia", "Une plateforme et un échelon par étude : présence, animation par un community "
                 "manager, abonnés et classements par habitant plutôt que par taille de communauté."),
    ("swello", "Recensement de l'Observatoire socialmedia des territoires croisé avec les données "
               "Swello (données 2022) ; parts par réseau et par échelon."),
    ("compublique", "Recensement des comptes officiels de collectivités par réseau (2025)."),
    ("observatoire socialmedia", "Recensement participatif d'environ 38 000 territoires (données "
                                 "2018) ; parts par réseau parmi les collectivités présentes et "
                                 "par échelon."),
    ("eterritoire", "Classement mensuel des comptes Twitter de collectivités (abonnés, messages)."),
    ("epiceum / harris", "Sondage auprès des habitants : usage des pages des collectivités (demande, "
                         "pas l'offre)."),
    ("intercommunalités de france", "Enquête déclarative auprès des communicants d'intercommunalités."),
    ("adcf", "Enquête déclarative auprès des communicants d'intercommunalités."),
    ("marsouin", "Enquête auprès des communes bretonnes (répondants)."),
    ("amf", "Enquête auprès des communes sur leurs outils numériques."),
    ("oten", "Relevé de la présence des conseils régionaux et généraux sur Facebook et Twitter."),
    ("voirin", "Enquête auprès d'un panel d'environ 60 collectivités."),
    ("cospirit", "Portraits des régions sur les réseaux sociaux, citant l'étude Ideose."),
    ("médiamétrie", "Audience nationale des réseaux sociaux : référence, pas une mesure des collectivités."),
    ("credoc", "Enquête nationale sur les usages numériques de la population : référence."),
    ("datareportal", "Estimation nationale des utilisateurs de réseaux sociaux : référence."),
    ("we are social", "Estimation nationale des utilisateurs de réseaux sociaux : référence."),
    ("arcom", "Audience nationale des réseaux sociaux : référence."),
    ("dgcl", "Dénombrement officiel des collectivités (dénominateurs)."),
    ("vie-publique", "Dénombrement officiel des collectivités (dénominateurs)."),
    ("cap'com (dgcl", "Dénombrement officiel des collectivités (dénominateurs)."),
    ("insee", "Dénombrement des communes par taille (dénominateurs)."),
    ("actionpublique21", "Dénombrement des collectivités (dénominateurs)."),
]
DEFAULT_METHOD = "Article citant des chiffres publiés ; la page source précise la méthode."


SLUG_SHORT = {
    "observatoire-socialmedia-territoires": "ost",
    "institut-edgar-quinet": "edgar-quinet",
    "observatoire-compublique-numerique": "compublique",
    "assemblee-departements-france": "adf",
    "intercommunalites-france": "intercommunalites-de-france",
    "credoc-for-arcep": "credoc",
}


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.split(r"[(/,]", s)[0]
    words = re.findall(r"[a-z0-9]+", s)
    words = [w for w in words if w not in {"de", "des", "la", "le", "les", "l", "d", "du", "via"}]
    key = "-".join(words[:3]) or "source"
    return SLUG_SHORT.get(key, key)


def method_for(publisher: str, title: str) -> str:
    text = f"{publisher} {title}".lower()
    for key, method in METHODS:
        if key in text:
            return method
    return DEFAULT_METHOD


def month_of(title: str) -> str:
    if title in MONTH_OVERRIDES:
        return str(MONTH_OVERRIDES[title])
    m = re.search(r"(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                  r"décembre)\s+(\d{4})", title)
    return str(MONTHS[m.group(1)]) if m else ""


def number(text: str) -> float:
    if "/" in text:
        return float(Fraction(text))
    return float(text)


def fmt(x: float | None) -> str:
    if x is None:
        return ""
    if float(x).is_integer():
        return str(int(x))
    return repr(round(float(x), 6))


def from_wording(value: str, quote: str) -> bool:
    """True when the quote does not print the number as a percentage: it came from words."""
    text = re.sub(r"[\u202f\u00a0]", " ", quote)
    variants = {value, value.replace(".", ",")}
    return not any(re.search(rf"(?<![\d.,]){re.escape(v)}\s*(%|pour ?cent)", text) for v in variants)


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_IN
    with open(src, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    OUT.mkdir(parents=True, exist_ok=True)

    sources: dict[str, dict] = {}
    source_id_of: dict[str, str] = {}
    for r in rows:
        title = r["source"]
        if title in source_id_of:
            continue
        year = r["year_published"] or r["year_observed"] or "nd"
        base = f"{slug(r['publisher'])}-{year}"
        sid, k = base, 2
        while sid in sources:
            sid, k = f"{base}-{k}", k + 1
        source_id_of[title] = sid
        sources[sid] = {
            "source_id": sid, "publisher": r["publisher"], "title": title,
            "year_published": r["year_published"], "month": month_of(title), "url": r["url"],
            "method": method_for(r["publisher"], title),
        }

    tables: dict[str, list[dict]] = {k: [] for k in
                                     ["adoption", "entity_figures", "baselines", "entity_counts",
                                      "other_figures"]}
    for i, r in enumerate(rows, start=1):
        sid = source_id_of[r["source"]]
        ctype, platform_raw, metric = r["collectivity_type"], r["platform"], r["metric"]
        platform = PLATFORMS.get(platform_raw, "")
        common = {"research_row": i, "source_id": sid, "year": r["year_observed"],
                  "month": sources[sid]["month"] if r["year_observed"] == (r["year_published"] or r["year_observed"]) else ""}
        wording = from_wording(r["value"], r["evidence_quote"]) if r["unit"] in ("percent", "fraction") else False

        if ctype.startswith("baseline"):
            tables["baselines"].append({**common, "population": ctype.split(":", 1)[1].strip(),
                                        "platform": platform or platform_raw, "metric": metric,
                                        "value": r["value"], "unit": r["unit"]})
            continue
        if metric == "entity_count":
            tid, base, _ = TYPES[ctype]
            tables["entity_counts"].append({**common, "collectivity_type": tid, "base": base,
                                            "value": r["value"]})
            continue
        if ":" in ctype and ctype not in TYPES and "base:" not in ctype:
            prefix, name = (s.strip() for s in ctype.split(":", 1))
            tables["entity_figures"].append({
                **common, "collectivity_type": ENTITY_PREFIXES[prefix], "entity": name,
                "platform": platform or platform_raw, "metric": metric, "value": r["value"],
                "unit": r["unit"]})
            continue
        tid, base, measure = TYPES.get(ctype, ("", ctype, ""))
        if metric in ADOPTION_METRICS and platform and platform != "messenger" and tid:
            n_base = int(r["denominator_n"]) if r["denominator_n"] else None
            n_present = None
            if ADOPTION_METRICS[metric] == "count":
                n_present = int(r["value"])
                share = n_present / n_base if n_base else None
            else:
                share = number(r["value"]) / (100 if r["unit"] == "percent" else 1)
            if measure == "of_all" and metric == "share_of_present_with_account":
                measure = "of_present"
            if n_base:
                base = f"{n_base} {base}" if not base[:1].isdigit() else base
            tables["adoption"].append({
                **common, "collectivity_type": tid, "base": base, "platform": platform,
                "measure": measure, "n_present": fmt(n_present), "n_base": fmt(n_base),
                "share": fmt(share), "value_published": r["value"], "unit_published": r["unit"],
                "derived_from_wording": "true" if wording else "false"})
            continue
        tables["other_figures"].append({
            **common, "collectivity_type": tid, "base": base,
            "platform": platform or platform_raw, "metric": metric, "value": r["value"],
            "unit": r["unit"], "denominator_n": r["denominator_n"],
            "derived_from_wording": "true" if wording else "false"})

    def write(name: str, records: list[dict]) -> None:
        with open(OUT / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(records[0]), lineterminator="\n")
            w.writeheader()
            w.writerows(records)

    write("sources", list(sources.values()))
    for name, records in tables.items():
        write(name, records)
    total = sum(len(t) for t in tables.values())
    print(f"{len(rows)} research rows -> {len(sources)} sources, "
          + ", ".join(f"{k} {len(v)}" for k, v in tables.items()) + f" (total {total})")
    return 0 if total == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
