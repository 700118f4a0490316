#!/usr/bin/env python3
"""Build barometre's published-figures tables from the team's research table.

Usage::

    python scripts/build_published.py [path/to/shared/data/published-figures-research.csv]

(default: ``shared/data/published-figures-research.csv`` in the nearest folder above the
checkout that has it, ``/work/shared`` from ``/work/main`` or from a worktree ``/work/wt/x``)

Reads the research table (388 rows of figures published 2010-2025, free-text
types and metrics) and writes tidy CSV files into
``src/barometre/data/published/``:

- ``sources.csv``: one row per source (publisher, title, date, URL, method). The ids
  are frozen: they are read back from the shipped ``sources.csv`` and only a new
  title gets a new id (``replaces`` keeps an id renamed once because it misstated
  the year or the publisher, ``RENAMED_IDS``); a source's publisher and method are
  those of its page (``page_publisher``);
- ``adoption.csv``: adoption rates by collectivity type and platform, one row per
  fact, with what each measures (``measure``, ``census``, ``base``,
  ``base_family``), ``flags`` and ``notes`` (see ``CURATION``); a census claim with
  no stated count must be k/N for a count its base's name allows (``MAP_COUNTS``),
  else it is no census (flag ``base_unstated``);
- ``citations.csv``: the other pages that give an adoption figure again (see
  ``CITATIONS``);
- ``entity_figures.csv``: followers, ranks and awards of named entities;
- ``baselines.csv``: national audience figures (not collectivités);
- ``entity_counts.csv``: official counts of collectivités (denominators);
- ``other_figures.csv``: every other aggregate figure (growth, websites,
  community managers, multi-network shares...);
- ``family_ends.csv``: the base families that end on a date the law fixes (the
  régions' map, 1 January 2016), with that law as source (``FAMILY_ENDS``; not
  research rows).

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
RESEARCH = Path("shared") / "data" / "published-figures-research.csv"
# the steering repo's shared/ is a sibling of the main checkout (/work/main, /work/shared), a
# level further up from a worktree (/work/wt/x): the nearest one above the checkout
DEFAULT_IN = next((d / RESEARCH for d in ROOT.parents if (d / RESEARCH).exists()),
                  ROOT.parent / RESEARCH)

PLATFORMS = {
    "Facebook": "facebook", "Twitter/X": "x", "Instagram": "instagram", "LinkedIn": "linkedin",
    "YouTube": "youtube", "Snapchat": "snapchat", "TikTok": "tiktok", "Dailymotion": "dailymotion",
    "WhatsApp": "whatsapp", "Google+": "google_plus", "Pinterest": "pinterest", "any": "any",
    "Messenger": "messenger",
}

# Raw collectivity_type of aggregate rows -> (type id, base in words, measure, base family).
# measure: "of_all" = share of all entities in the base; "of_present" = share
# of those present on social media; "of_respondents" = share of a survey's
# respondents. The base family names the population a trend can follow across
# sources (a change of family is a new series; see analysis/published.trend).
# Each bound was checked against the wording of the source pages: OST/Maire-info
# "petites villes" are 10,000-20,000 inhabitants (64 % of the 36,811 collectivités
# under 20,000 would exceed the 3,918 present in total); the OST "petites villes"
# focus counts every collectivité under 20,000 (entity count only).
_EQ50 = "50 plus grandes villes (plus de 86 000 habitants)"
_GV100 = "villes de plus de 100 000 habitants"
TYPES = {
    "région": ("region", "régions", "of_all", "régions"),
    "région (conseil régional)": ("region", "conseils régionaux", "of_all", "régions"),
    "région (conseil régional, pre-2016 map)": (
        "region", "conseils régionaux (carte d'avant 2016)", "of_all", "régions"),
    "région (métropole)": ("region", "régions métropolitaines", "of_all", "régions métropolitaines"),
    "région (métropole, post-2016 map)": (
        "region", "régions métropolitaines (carte de 2016)", "of_all", "régions métropolitaines"),
    "département": ("departement", "départements", "of_all", "départements"),
    "ville préfecture": ("ville_prefecture", "villes préfectures", "of_all", "villes préfectures"),
    "grande ville": ("grande_ville", "grandes villes (seuil non précisé)", "of_all",
                     "grandes villes (seuil non précisé)"),
    "grande ville (>100 000 hab.)": ("grande_ville", _GV100, "of_all", _GV100),
    # the same 50 most populous communes, worded three ways by the sources: one wording
    "grande ville (>86 000 hab.)": ("grande_ville", _EQ50, "of_all", _EQ50),
    "grande ville (50 plus peuplées)": ("grande_ville", "50 plus grandes villes", "of_all", _EQ50),
    "grande ville (50 plus grandes)": ("grande_ville", "50 plus grandes villes", "of_all", _EQ50),
    "grande ville (50 communes les plus peuplées, >86 000 hab.)": ("grande_ville", _EQ50, "of_all", _EQ50),
    "grande ville (hors Paris)": ("grande_ville", "grandes villes hors Paris", "of_all",
                                  "grandes villes hors Paris"),
    "ville moyenne (20 000-100 000 hab.)": (
        "ville_moyenne", "villes de 20 000 à 100 000 habitants", "of_all",
        "villes de 20 000 à 100 000 habitants"),
    "ville 30 000-41 000 hab. (sample of 52)": (
        "ville_moyenne", "échantillon de 52 villes de 30 000 à 41 000 habitants", "of_all",
        "échantillon de villes de 30 000 à 41 000 habitants"),
    "petite ville": ("petite_ville", "petites villes (10 000 à 20 000 habitants)", "of_all",
                     "villes de 10 000 à 20 000 habitants"),
    "petite ville (<20 000 hab.)": (
        "petite_ville", "collectivités de moins de 20 000 habitants", "of_all",
        "collectivités de moins de 20 000 habitants"),
    "commune": ("commune", "communes", "of_all", "communes"),
    "commune (all)": ("commune", "toutes les communes", "of_all", "communes"),
    "commune (<100 000 hab.)": ("commune", "communes de moins de 100 000 habitants", "of_all",
                                "communes de moins de 100 000 habitants"),
    "commune (Bretagne, survey respondents)": (
        "commune", "communes bretonnes répondant à l'enquête", "of_respondents",
        "communes bretonnes répondant à l'enquête Marsouin"),
    "commune (<10 000 hab.)": ("commune", "communes de moins de 10 000 habitants", "of_all",
                               "communes de moins de 10 000 habitants"),
    "commune (10 000-50 000 hab.)": ("commune", "communes de 10 000 à 50 000 habitants", "of_all",
                                     "communes de 10 000 à 50 000 habitants"),
    "commune (>50 000 hab.)": ("commune", "communes de plus de 50 000 habitants", "of_all",
                               "communes de plus de 50 000 habitants"),
    "commune (hors Mayotte)": ("commune", "communes hors Mayotte", "of_all", "communes"),
    "commune (historical maximum)": ("commune", "communes (maximum historique)", "of_all", "communes"),
    "commune: village (<2 000 hab.)": ("commune", "villages de moins de 2 000 habitants", "of_all",
                                       "villages de moins de 2 000 habitants"),
    "intercommunalité (EPCI)": ("epci", "intercommunalités", "of_all", "intercommunalités"),
    "intercommunalité (EPCI à fiscalité propre)": (
        "epci", "EPCI à fiscalité propre", "of_all", "intercommunalités"),
    "intercommunalité (EPCI à fiscalité propre, excl. Métropole de Lyon)": (
        "epci", "EPCI à fiscalité propre hors Métropole de Lyon", "of_all", "intercommunalités"),
    "intercommunalité (EPCI, survey respondents)": (
        "epci", "intercommunalités répondant à l'enquête", "of_respondents",
        "intercommunalités répondant au baromètre de la communication intercommunale"),
    "intercommunalité (>200 000 hab.)": (
        "epci", "intercommunalités de plus de 200 000 habitants", "of_all",
        "intercommunalités de plus de 200 000 habitants"),
    "communauté urbaine": ("epci", "communautés urbaines", "of_all", "communautés urbaines"),
    "communauté d'agglomération": ("epci", "communautés d'agglomération", "of_all",
                                   "communautés d'agglomération"),
    "communauté de communes": ("epci", "communautés de communes", "of_all", "communautés de communes"),
    "métropole": ("metropole", "métropoles", "of_all", "métropoles"),
    "métropole (incl. Lyon)": ("metropole", "métropoles, Lyon compris", "of_all", "métropoles"),
    "all (régions+départements+villes préfectures)": (
        "all", "régions, départements et villes préfectures", "of_all",
        "régions, départements et villes préfectures"),
    "all (50 villes+100 départements+26 régions)": (
        "all", "50 grandes villes, 100 départements et 26 régions", "of_all",
        "50 grandes villes, 100 départements et 26 régions"),
    "all (50 grandes villes+100 départements+26 régions)": (
        "all", "50 grandes villes, 100 départements et 26 régions", "of_all",
        "50 grandes villes, 100 départements et 26 régions"),
    "all (villes, départements, régions)": (
        "all", "grandes villes, départements et régions", "of_all",
        "50 grandes villes, 100 départements et 26 régions"),
    "all collectivités": ("all", "ensemble des collectivités", "of_all", "ensemble des collectivités"),
    "all collectivités (census)": ("all", "comptes recensés de collectivités", "of_all",
                                   "comptes recensés de collectivités"),
    "all collectivités (census of official accounts)": (
        "all", "comptes officiels recensés", "of_all", "comptes recensés de collectivités"),
    "all collectivités (~38 000 territoires)": (
        "all", "environ 38 000 territoires", "of_all", "ensemble des collectivités"),
    "all collectivités (OST census)": ("all", "territoires recensés par l'OST", "of_all",
                                       "ensemble des collectivités"),
    "all collectivités excl. villages <2 000 hab.": (
        "all", "collectivités hors villages de moins de 2 000 habitants", "of_all",
        "collectivités hors villages de moins de 2 000 habitants"),
    "all collectivités locales": ("all", "ensemble des collectivités locales", "of_all",
                                  "ensemble des collectivités"),
    "collectivités territoriales": ("all", "collectivités territoriales", "of_all",
                                    "ensemble des collectivités"),
    "collectivités present on social media": (
        "all", "collectivités présentes sur les réseaux sociaux", "of_present",
        "collectivités présentes sur les réseaux sociaux"),
    "collectivités present on social media (base: 3 918)": (
        "all", "3 918 collectivités présentes sur les réseaux sociaux", "of_present",
        "collectivités présentes sur les réseaux sociaux"),
    "collectivités present on social media (survey)": (
        "all", "collectivités présentes sur les réseaux sociaux (panel d'enquête)", "of_present",
        "panel d'enquête Voirin"),
    "collectivités (survey panel of ~60, 10-5000 agents)": (
        "all", "panel d'environ 60 collectivités (10 à 5 000 agents)", "of_respondents",
        "panel d'enquête Voirin"),
    "collectivités (Afnor survey)": ("all", "collectivités interrogées par l'Afnor", "of_respondents",
                                     "collectivités interrogées par l'Afnor"),
    "collectivités (sample of 25)": ("all", "échantillon de 25 collectivités", "of_all",
                                     "échantillon de 25 collectivités"),
}
# Bases that are samples, not the whole population they name (no census).
SAMPLE_TYPES = {"ville 30 000-41 000 hab. (sample of 52)", "collectivités (sample of 25)",
                "collectivités present on social media (survey)"}

# Metric -> how an adoption figure is given.
ADOPTION_METRICS = {
    "share_with_account": "percent",
    "share_of_present_with_account": "percent",
    "share_with_account_fraction": "fraction",
    "count_with_account": "count",
    "count_with_page": "count",
    "share_using": "percent",
}

# One fact, one row. A research row listed here is another page (or another form,
# such as the count beside a share) of the fact held by another research row: it is
# shipped in citations.csv, never as a second observation.
# research_row -> (research_row of the fact, relation, note in our words).
CITATIONS = {
    43: (160, "restated", "L'étude #7 (2013) reprend le taux de l'étude Facebook & grandes villes de 2012."),
    44: (106, "restated", "L'étude #7 (2013) reprend le taux de l'étude Facebook & régions de 2012."),
    50: (55, "same_fact", "Maire-info écrit « une commune sur dix » ; la base est l'ensemble des "
                          "quelque 38 000 territoires recensés, pas les seules communes."),
    54: (55, "count", "Le nombre de collectivités présentes derrière les 10 %."),
    87: (86, "share", "Le même décompte exprimé en pourcentage (93 %)."),
    88: (378, "same_fact", "« Deux villes sur trois » : le même décompte (28 villes) en mots."),
    100: (203, "same_fact", "La partie 2 de l'article Cospirit reprend le chiffre Ideose de la partie 1."),
    101: (204, "same_fact", "La partie 2 de l'article Cospirit reprend le chiffre Ideose de la partie 1."),
    108: (11, "same_fact", "Le blog de l'AMGVF rend compte de l'étude annuelle de mars 2013 (39 villes sur 50)."),
    161: (365, "restated", "La Gazette (2012) rappelle le taux de l'étude Adverbia de 2010."),
    162: (309, "restated", "choisirsonweb (2014) cite l'étude Adverbia Twitter & grandes villes : "
                           "61 %, soit 25 villes sur 41 ; l'étude elle-même affiche 60 %."),
    364: (365, "count", "Cette page donne 11 villes sur 41 à côté des 25 %."),
    367: (365, "count", "Cette page donne 12 villes sur 41 à côté des 25 %."),
}

# Corrections and notes on single adoption rows (research_row -> fields). Only what
# the sources support; every change is said in ``notes``.
CURATION = {
    # the base it names is 50 + 100 + 26 = 176 entities, the n Décision Achats gives the same
    # study (r130): 56,7 % is not k/176 (not_k_of_n at load, no interval)
    9: {"n_base": 176, "flags": ["disputed"],
        "notes": "Mars 2012 : 56,7 % selon le communiqué de l'étude annuelle, 47 % selon "
                 "Décision Achats (même étude, même base). Base nommée : 50 + 100 + 26 = 176 "
                 "entités ; 56,7 % n'est pas k/176 (100/176 = 56,8 %)."},
    130: {"flags": ["disputed"], "notes": "Mars 2012 : 47 % selon Décision Achats, 56,7 % selon le "
                                          "communiqué de l'étude annuelle (même étude, même base)."},
    132: {"flags": ["disputed"], "notes": "La dépêche AFP donne 60,7 % pour « Facebook ou Twitter », "
                                          "pas pour Twitter seul ; 60,7 % n'est pas k/176."},
    17: {"notes": "Présence, pas activité : la même source estime qu'environ 40 % de ces pages sont "
                  "mortes et 20 % alimentées automatiquement."},
    45: {"year": 2012, "flags": ["restated"],
         "notes": "Chiffre repris dans l'étude #7 (2013) avec ceux de 2012 (grandes villes 78 %, "
                  "régions 70 %) : daté de 2012, l'étude d'origine n'est pas dans la table."},
    # a participatory count (its method, METHODS): the present are counted, the base is
    # approximate and a territory nobody reported may be present: a minimum, neither a census
    # (no exact share) nor a sample (no interval)
    55: {"n_present": 3918, "census": False, "flags": ["participatory"],
         "notes": "3 918 collectivités présentes sur environ 38 000 territoires "
                  "recensés (recensement participatif) : la part est un minimum."},
    # OST/Swello 2022 (via Maire-info): the page says the study « a recensé et analysé » profiles
    # (OST's count crossed with Swello's data) but neither how many collectivités its base
    # holds nor that the count is participatory, as 2018's page did (r55): no census claim,
    # no sample, the base « non précisée » (flag base_unspecified); its present are on the
    # same page (r74, QUOTED_COUNTS)
    72: {"n_present": 4994, "census": False, "flags": ["base_unspecified"],
         "notes": "4 994 collectivités présentes (même page) ; la source ne dit pas combien de "
                  "collectivités compte sa base ni comment le recensement, croisé avec les données "
                  "Swello, les a relevées : base non précisée, la part n'est ni exacte ni estimée."},
    76: {"census": False, "flags": ["base_unspecified"],
         "notes": "Base : les collectivités de l'étude hors villages de moins de 2 000 habitants ; "
                  "la source n'en donne ni le nombre ni celui des présentes : base non précisée."},
    75: {"flags": ["restated"], "notes": "Décompte 2018 refait sur la base de l'étude 2023 (3 639) ; "
                                         "l'étude 2018 en comptait 3 918."},
    82: {"flags": ["disputed"],
         "notes": "Deux lectures : la Gazette donne « 48 % des parts » des métropoles présentes, en "
                  "hausse de 126 % (soit environ 21 % en 2018) ; ID.CiTé donne +48 points depuis "
                  "2018. Un niveau de 48 % ne peut pas être les deux : chiffre contesté."},
    86: {"n_base": 41, "notes": "Base : les 41 villes de plus de 100 000 habitants du baromètre ; "
                                "38 sur 41 = 93 %, comme l'écrit la source."},
    80: {"notes": "13 régions sur 17 (les 18 sans Mayotte) feraient 76 %."},
    163: {"n_present": 47, "flags": ["non_random_sample"],
          "notes": "47 villes sur 52 : la source ne donne que 90 %, et 47/52 est le seul k/52 qui "
                   "s'arrondit à 90 % (46/52 = 88 %, 48/52 = 92 %). Les 52 villes de métropole de "
                   "30 000 à 41 000 habitants sont retenues par l'auteur du site, à la demande de "
                   "la ville de Bagneux, sans tirage au sort dit : la part décrit ces 52 villes, "
                   "sans intervalle d'échantillonnage."},
    # the research table's n = 13 is not the source's: 94 % is not k/13 (census check below)
    98: {"n_base": None, "notes": "17 régions sur 18, outre-mer compris, feraient 94 %."},
    109: {"year": 2013, "notes": "Année non imprimée sur la page : c'est la 2e étude annuelle "
                                 "(mars 2013), dont le taux Facebook (78 %, 39 sur 50) est le même."},
    153: {"notes": "Part de toutes les villes moyennes."},
    154: {"notes": "Part des villes moyennes ; la source la compare à 38 %, qui est une part des "
                   "collectivités présentes sur les réseaux sociaux (autre mesure)."},
    155: {"notes": "La source compare à 21 %, part des collectivités présentes (autre mesure)."},
    156: {"notes": "La source compare à 18 %, part des collectivités présentes (autre mesure)."},
    157: {"notes": "La source compare à 8 %, part des collectivités présentes (autre mesure)."},
    224: {"measure": "of_respondents", "census": False,
          "base": "communes de moins de 100 000 habitants ayant répondu à l'enquête AMF",
          "base_family": "communes répondant à l'enquête AMF",
          "notes": "Enquête déclarative : part des communes répondantes."},
    # Adverbia's grandes villes are the 41 of over 100,000 inhabitants (its 2010 study, r364,
    # r365); the 61 % choisirsonweb cites for this study (r162) is 25/41: 60 % is not k/41
    309: {"base": _GV100, "base_family": _GV100, "n_base": 41,
          "notes": "Série Adverbia sur les 41 villes de plus de 100 000 habitants (étude de 2010 : "
                   "« 11 sur les 41 villes ») ; 60 % affiché n'est pas k/41 (24/41 = 59 %, "
                   "25/41 = 61 %, le taux que choisirsonweb cite pour cette étude)."},
    365: {"flags": ["disputed"],
          "notes": "25 % publié ; le nombre de villes diffère selon la page (11 ou 12 sur 41) et "
                   "aucun des deux ne fait 25 %. Les taux 27 % et 29 % n'ont jamais été publiés."},
    378: {"n_base": 41, "notes": "Base : les 41 villes de plus de 100 000 habitants du baromètre "
                                 "(« deux villes sur trois »)."},
    276: {"base": "50 plus grandes villes", "base_family": _EQ50},
    279: {"base": "50 plus grandes villes", "base_family": _EQ50},
    316: {"base": _GV100, "base_family": _GV100,
          "notes": "Grandes villes au sens de l'OST : plus de 100 000 habitants."},
}
# Figures a later page dates in its own words, where the research table gives only a year
# (research_row -> period): Informer autrement's 9th edition (August 2017) gives Auvergne-
# Rhône-Alpes' 226 680 Facebook fans as « son score de fin 2015 » (r129), so "fin 2015", not
# the source's August. The name stays the source's (the région of 2016, as the page prints it).
PERIODS_QUOTED = {129: "late"}
# A count of present entities CURATION gives a share, checked against the words of the row
# that prints it (research_row -> (row printing the count, its words)): r72's 4 994 present
# are r74's « 4 994 en 2022 », on the same page.
QUOTED_COUNTS = {72: (74, "4 994 en 2022")}
# A base its source counts short of the map (100 départements, 26 régions after Mayotte became
# a département on 31 March 2011: 101 and 27): the source's count stays, with a note saying so
# and that the source does not say which entity it leaves out (never guessed). research_row ->
# (row whose quote prints that count, on the same page; its words)
SHORT_BASES = {12: (12, "55 départements sur 100"), 13: (13, "22 régions sur 26"),
               210: (210, "18 des 26 régions"), 211: (210, "18 des 26 régions"),
               213: (213, "25 Régions sur 26"), 214: (213, "25 Régions sur 26")}
SHORT_BASE_NOTES = {
    "départements": "Base de la source : 100 départements (« {words} ») ; elle ne dit pas lequel "
                    "elle laisse de côté (101 depuis que Mayotte est devenue département, le "
                    "31 mars 2011).",
    "régions (carte d'avant 2016)": "Base de la source : 26 régions (« {words} ») ; elle ne dit "
                                    "pas laquelle elle laisse de côté (27 depuis que Mayotte est "
                                    "devenue département et région d'outre-mer, le 31 mars 2011).",
}
FLAGS = ("derived_from_wording", "disputed", "restated", "base_unstated", "non_random_sample",
         "participatory", "base_unspecified")

# The counts that the name of a base fixes (the administrative map), for the census check of
# ``census_fits``: a census claim whose source states no count must be k/N, at its printed
# precision, for one of them, else the base is not the population it names. Bases whose count
# moves with each census of population (cities over 100,000 inhabitants) or with the law
# (métropoles: 12 in 2015, 22 in 2018) are not listed: no check is made on them.
MAP_COUNTS = {
    "régions (carte de 2016)": (13, 18),  # metropolitan; with the 5 overseas
    "régions (carte d'avant 2016)": (22, 26, 27),  # metropolitan; with 4 overseas; with Mayotte (2011)
    "régions": (13, 18, 22, 26, 27),  # year not stated: either map
    "régions métropolitaines": (13, 22),  # since 2016; before
    "départements": (96, 100, 101),  # metropolitan; before Mayotte (2011); since
    "villes préfectures": (101,),
    _EQ50: (50,),
}
# The metropolitan counts among them (the base without its overseas entities): a census
# claim whose share only such a count gives (r306: Adverbia's 55 % of « les régions », 12/22,
# neither k/26 nor k/27) is a census only if its source left the overseas entities out,
# which it does not say: its base is not stated (flag ``base_unstated``, as ``census_fits``).
METROPOLITAN_COUNTS = {
    "régions (carte de 2016)": (13,),
    "régions (carte d'avant 2016)": (22,),
    "régions": (13, 22),
    "départements": (96,),
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
# the abbreviations French typography uses (« nov. 2020 », « 31 oct. 2012 »)
MONTHS.update({a: MONTHS[m] for a, m in [
    ("janv.", "janvier"), ("févr.", "février"), ("avr.", "avril"), ("juil.", "juillet"),
    ("sept.", "septembre"), ("oct.", "octobre"), ("nov.", "novembre"), ("déc.", "décembre")]})
# Months stated by the source itself but not in its title in the research table.
MONTH_OVERRIDES = {
    "Baromètre Ideose (via La Gazette des communes)": 10,  # Gazette article, October 2015
    # Edgar Quinet's annual study: entities observed from March 2012 to 31 March 2013
    "Étude annuelle Collectivités Locales & Réseaux Sociaux (Institut Edgar Quinet / NXA / Les Argonautes)": 3,
    "Étude Collectivités territoriales et réseaux sociaux 2013 (Edgar Quinet, via Décision Achats)": 3,
    "Étude Collectivités territoriales et réseaux sociaux 2013 (Edgar Quinet, dépêche AFP via WebManagerCenter)": 3,
}

METHODS = [  # (publisher keyword, how the study counted: our own words)
    # before "adverbia": this page cites an Adverbia figure but counted its own 52 towns
    ("choisirsonweb", "Comparaison faite par l'auteur du site, à la demande de la ville de Bagneux, "
                      "de 52 villes de métropole de 30 000 à 41 000 habitants (recensement 2011, "
                      "d'après Wikipédia) : site internet, Facebook, Twitter, du 1er janvier au "
                      "31 août 2014 (relevés du 4 au 10 septembre 2014) ; la page ne dit pas que "
                      "ces villes ont été tirées au sort. Cite aussi l'étude Adverbia de 2012 sur les grandes "
                      "villes."),
    # before "ideose": Cospirit cites Ideose's study of fin 2015 on the 27 conseils régionaux
    # alone (89 %, 81 %), not the Gazette's régions, départements and villes préfectures
    ("ideose fin 2015 (via cospirit", "Part des 27 conseils régionaux (carte d'avant 2016) qui "
                                      "ont un compte officiel sur Facebook et sur Twitter, "
                                      "d'après l'étude Ideose de fin 2015 que cite Cospirit "
                                      "magazine."),
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


# Publishers in our words, as the tables print them in French and in English: the research
# table's English glosses ("cited by", "for", "data") would read as English inside a French
# table; "via" and a parenthesis read the same in both languages.
PUBLISHERS = {
    "CREDOC for Arcep / CGE / Agence du numérique": "CREDOC (Arcep / CGE / Agence du numérique)",
    "Cap'Com (DGCL data)": "Cap'Com (DGCL)",
    "tour-dhorizon.com (Insee data)": "tour-dhorizon.com (Insee)",
}


def publisher_of(r: dict) -> str:
    return PUBLISHERS.get(r["publisher"], r["publisher"])


def page_publisher(r: dict) -> dict:
    """Research row ``r`` with the publisher of its page: a row that reports another
    publisher's figure ("Adverbia (cited by choisirsonweb.com)") was published by the one who
    cites it. A source is its page: its publisher and method are the page's, whatever row of
    the page comes first (choisirsonweb.com's comparison of 52 towns, not Adverbia)."""
    m = re.fullmatch(r".+\(cited by (.+)\)", r["publisher"])
    return {**r, "publisher": m.group(1)} if m else r


# Publication years the research table leaves blank in ``year_published`` but states in the
# title it gives the page, "(<publisher>, <year>)", the form in which every other title of the
# table gives its ``year_published``. Only a year the shared material states; never one read
# from a source id. Checked and left blank (review api16): marsouin-2021 ("Enquête … 2021"
# names the survey), mediametrie-2023 ("L'année Internet 2023" names the year reported: the
# 2019 edition was published in February 2020), intercommunalites-de-france-2023-capcom
# ("Baromètre 2023" names the edition, the Cap'Com article's date is not given) and
# ideose-2015-3 (the Cospirit page gives the study's date, "fin 2015", not its own).
YEARS_STATED = {
    "Les Gersois performants sur Instagram (Le Journal du Gers, 2022) citing OST ranking": "2022",
}


# Research notes the research table wrote into the title it gives a page ("année non précisée
# dans l'extrait", "same study, different count", "via ow.ly short link"): the shipped title is
# the page's, in the table's form "<title> (<where>)"; the note stays here, with the curation
# (data/published/README.md lists them). A month is never read from a note: edgar-quinet-nd's
# "chiffres cohérents avec mars 2013" gave its page, which states no date, « mars 2013 ».
TITLES = {
    "2e baromètre annuel Collectivités territoriales et réseaux sociaux (via AMGVF blog; année "
    "non précisée dans l'extrait — chiffres cohérents avec mars 2013 vs mars 2012)": (
        "2e baromètre annuel Collectivités territoriales et réseaux sociaux (via le blog de "
        "l'AMGVF)",
        "année non précisée dans l'extrait ; chiffres cohérents avec mars 2013 contre mars 2012"),
    "Baromètre Collectivités et réseaux sociaux, édition de février (année non précisée dans "
    "l'extrait; via ow.ly short link)": (
        "Baromètre Collectivités et réseaux sociaux, édition de février",
        "année non précisée dans l'extrait ; adresse raccourcie ow.ly"),
    "Instagram bour et bour et ratatam (blog-territorial.fr, année non précisée dans "
    "l'extrait)": ("Instagram bour et bour et ratatam (blog-territorial.fr)",
                   "année non précisée dans l'extrait"),
    "Combien de communes compte la France (tour-dhorizon.com, citing Insee; année non "
    "précisée)": ("Combien de communes compte la France (tour-dhorizon.com, d'après l'Insee)",
                  "année non précisée"),
    "Les grandes villes toutes présentes sur Facebook, mais pas les municipalités "
    "(digitalmaniak.fr, déc. 2010; same study, different count)": (
        "Les grandes villes toutes présentes sur Facebook, mais pas les municipalités "
        "(digitalmaniak.fr, déc. 2010)",
        "la même étude Adverbia qu'adverbia-2010, un autre décompte"),
    "Twitter se propage dans les collectivités ? (owni.fr blog, année non précisée dans "
    "l'extrait)": ("Twitter se propage dans les collectivités ? (blog owni.fr)",
                   "année non précisée dans l'extrait"),
    "Baromètre annuel Afnor cité par Paroles d'élus (année non précisée dans l'extrait)": (
        "Baromètre annuel Afnor cité par Paroles d'élus", "année non précisée dans l'extrait"),
    # the table's English glosses, printed as « Titre » in French tables: in French
    "Étude comparative des réseaux sociaux municipaux (choisirsonweb.com, 2014) citing "
    "Adverbia 2012": ("Étude comparative des réseaux sociaux municipaux (choisirsonweb.com, "
                      "2014)", "cite aussi l'étude Adverbia de 2012"),
    "Aérons-nous l'esprit sur Instagram (Cap'Com, nov. 2020) citing OST ranking": (
        "Aérons-nous l'esprit sur Instagram (Cap'Com, nov. 2020, d'après le classement de "
        "l'OST)", ""),
    "Les Gersois performants sur Instagram (Le Journal du Gers, 2022) citing OST ranking": (
        "Les Gersois performants sur Instagram (Le Journal du Gers, 2022, d'après le "
        "classement de l'OST)", ""),
    "La Gazette des communes, 22 juin 2010 (cited in Légicom n°47)": (
        "La Gazette des communes, 22 juin 2010 (citée dans Légicom n° 47)", ""),
    "Étude 2018 OST, focus régions (Cap'Com, 2019) (republished by ID.CiTé)": (
        "Étude 2018 OST, focus régions (Cap'Com, 2019, repris par ID.CiTé)", ""),
    "Médiamétrie 2017 user counts (via licence-mci.fr)": (
        "Médiamétrie 2017, nombres d'utilisateurs (via licence-mci.fr)", ""),
    "Paris dépasse les deux millions de fans sur Facebook (bilingual reprint, hujiang.com)": (
        "Paris dépasse les deux millions de fans sur Facebook (reprise bilingue, hujiang.com)",
        ""),
    "Les grandes villes encore très minoritaires sur Facebook (Adverbia study 2010, "
    "blog-territorial.fr)": ("Les grandes villes encore très minoritaires sur Facebook (étude "
                             "Adverbia 2010, blog-territorial.fr)", ""),
}


def title_of(research_title: str) -> str:
    """The title shipped for a research title: the page's, without the research notes."""
    return TITLES.get(research_title, (research_title, ""))[0]


def with_stated_year(r: dict) -> dict:
    """Research row ``r`` with the publication year its title states (``YEARS_STATED``)."""
    year = YEARS_STATED.get(r["source"])
    return {**r, "year_published": year} if year and not r["year_published"] else r


# Ids that misstated the publisher or the year, renamed once: the old id stays in ``replaces``
# (``--source`` still takes it). The shipped sources.csv keeps the renames already made.
RENAMED_IDS = {
    # choisirsonweb.com's own comparison of 52 towns, which also cites an Adverbia figure
    "adverbia-2014": "choisirsonweb-2014",
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


def month_of(title: str, year: str = "") -> str:
    """The month a source's title names, when it is of the source's year ``year``: the
    "décembre 2014" edition cited by an article of 2015 gets no month (it would read
    "décembre 2015", a date of neither)."""
    if title in MONTH_OVERRIDES:
        return str(MONTH_OVERRIDES[title])
    m = re.search(r"\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                  r"novembre|décembre|(?:janv|févr|avr|juil|sept|oct|nov|déc)\.)\s+(\d{4})",
                  title, flags=re.IGNORECASE)
    if not m or (year and m.group(2) != year):
        return ""
    return str(MONTHS[m.group(1).lower()])


def period_of(title: str) -> str:
    """"late" when the source dates itself only as "fin <year>" (Cospirit's "Étude Ideose
    fin 2015"): no month is stored for it, the label reads "fin 2015" / "late 2015", and
    the figure is ordered after the months of its year."""
    return "late" if re.search(r"\bfin\s+\d{4}\b", title) and not month_of(title) else ""


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


def tolerance(value: str) -> float:
    """Half a unit of the last digit printed in a percentage, as a fraction ("76" -> 0.005)."""
    decimals = len(value.split(".", 1)[1]) if "." in value else 0
    return 0.5 * 10 ** -decimals / 100


def counts_giving(share: float, tol: float, counts: tuple[int, ...]) -> list[int]:
    """The counts N among ``counts`` for which some whole k gives k/N within ``tol`` of
    ``share`` (as :func:`barometre.analysis.stats.is_k_of_n`, standard library only)."""
    return [n for n in counts
            if any(0 <= k <= n and abs(k / n - share) <= tol + 1e-12
                   for k in (round(share * n) - 1, round(share * n), round(share * n) + 1))]


def nearest(share: float, n: int) -> str:
    """The nearest k/N to ``share`` in words: "10/13 = 77 %"."""
    k = round(share * n)
    pct = Fraction(100 * k, n)
    whole = int(pct + Fraction(1, 2))  # half away from zero (shares are positive)
    return f"{k}/{n} = {whole} %"


def census_fits(share: float | None, value: str, counts: tuple[int, ...]) -> bool:
    """Whether a census claim with no stated count can be a census of the base it names:
    some k/N, N a count the name fixes (``MAP_COUNTS``), rounds to the published share at
    its published precision. True when the base's count is not fixed by its name."""
    if share is None or not counts:
        return True
    return bool(counts_giving(share, tolerance(value), counts))


def only_metropolitan(share: float | None, value: str, counts: tuple[int, ...],
                      metro: tuple[int, ...]) -> bool:
    """Whether a census claim with no stated count is k/N, at its printed precision, for
    none of its base's counts but metropolitan ones (``METROPOLITAN_COUNTS``): 55 % of the
    régions before 2016 is 12/22, neither k/26 nor k/27."""
    if share is None or not metro:
        return False
    fits = counts_giving(share, tolerance(value), counts)
    return bool(fits) and set(fits) <= set(metro)


def from_wording(value: str, quote: str) -> bool:
    """True when the quote does not print the number as a percentage: it came from words."""
    text = re.sub(r"[\u202f\u00a0]", " ", quote)
    variants = {value, value.replace(".", ",")}
    return not any(re.search(rf"(?<![\d.,]){re.escape(v)}\s*(%|pour ?cent)", text) for v in variants)


def frozen_sources(path: Path) -> dict[str, dict]:
    """The shipped sources, by title: their ids are frozen and never regenerated."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["title"]: r for r in csv.DictReader(fh)}


def version_title(title: str, year: str) -> str:
    """The title of the version of ``year`` of a page the research table gives several
    publication years (vie-publique.fr's counts of 2021 and of 2022, one address): the year
    in the table's form, "(<publisher>, <year>)": two sources, each cited with its year."""
    m = re.fullmatch(r"(.*)\(([^()]*)\)", title)
    return f"{m.group(1)}({m.group(2)}, {year})" if m else f"{title} ({year})"


def source_key(r: dict, years_of: dict[str, set]):
    """The key of research row ``r``'s source in ``source_id_of``: its title, and its
    publication year too when the table gives its title several."""
    t = r["source"]
    return (t, r["year_published"]) if len(years_of.get(t, ())) > 1 else t


def build_sources(rows: list[dict], frozen: dict[str, dict]) -> tuple[dict, dict]:
    """One source per research title and publication year. A title already shipped keeps
    its id; a new title, or a version of another year of a page (``version_title``), gets
    ``<publisher>-<year>`` (suffixed when taken), printed so that it can be checked.
    ``source_id_of`` is keyed by the research title, and by ``(title, year_published)``
    for a title of several years."""
    sources: dict[str, dict] = {}
    source_id_of: dict = {}
    years_of: dict[str, set] = {}
    for r in rows:
        years_of.setdefault(r["source"], set()).add(r["year_published"])
    taken = {r["source_id"] for r in frozen.values()} | {
        r["replaces"] for r in frozen.values() if r.get("replaces")}
    taken |= set(RENAMED_IDS.values())
    for r in rows:
        key = source_key(r, years_of)
        if key in source_id_of:
            continue
        raw, title = r["source"], title_of(r["source"])
        if len(years_of[raw]) > 1:
            title = version_title(title, r["year_published"])
        r = page_publisher(r)
        # shipped under this title, or under the research title before it was cleaned
        # (only the version of the same year: the other is a source of its own)
        old = frozen.get(title)
        if old is None and raw in frozen and (
                len(years_of[raw]) == 1 or frozen[raw]["year_published"] == r["year_published"]):
            old = frozen[raw]
        if old and old["source_id"] in RENAMED_IDS:
            sid, replaces = RENAMED_IDS[old["source_id"]], old["source_id"]
        elif old:
            sid, replaces = old["source_id"], old.get("replaces", "")
        else:
            year = r["year_published"] or r["year_observed"] or "nd"
            base = f"{slug(r['publisher'])}-{year}"
            sid, k = base, 2
            while sid in taken:
                sid, k = f"{base}-{k}", k + 1
            replaces = ""
            print(f"new source id {sid}: {title}")
        taken.add(sid)
        source_id_of[key] = sid
        sources[sid] = {
            "source_id": sid, "replaces": replaces, "publisher": publisher_of(r), "title": title,
            "year_published": r["year_published"], "month": month_of(title, r["year_published"]),
            "period": period_of(title), "url": r["url"],
            "method": method_for(r["publisher"], title),
        }
    return sources, source_id_of


# Base families of the published figures that end on a date the law fixes, each with its
# source (publisher, title, year, URL): written to ``family_ends.csv``, the one definition
# that the trend chart (its dotted line at that date), ``barometre trend`` and the report's
# Évolution sheet read; ``base_family`` below cuts the régions at the same date. ``change``
# names the message that says what changed (``pub-family-change-<change>``, messages/published.py).
_OLD_MAP, _NEW_MAP = "régions (carte d'avant 2016)", "régions (carte de 2016)"
FAMILY_ENDS = {
    _OLD_MAP: {
        "ends": "2016-01-01", "change": "region-map",
        "citation": "loi n° 2015-29 du 16 janvier 2015",
        "publisher": "Journal officiel de la République française (Légifrance)",
        "title": "Loi n° 2015-29 du 16 janvier 2015 relative à la délimitation des régions, "
                 "aux élections régionales et départementales et modifiant le calendrier "
                 "électoral",
        "year_published": "2015", "month": "1",
        "url": "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030109622",
        "notes": "Article 1er, III : la nouvelle délimitation des régions (13 régions "
                 "métropolitaines au lieu de 22) entre en vigueur le 1er janvier 2016.",
    },
}


def base_family(tid: str, family: str, year: str) -> str:
    """Régions changed map on 1 January 2016 (``FAMILY_ENDS``): the two maps are two bases."""
    if tid == "region" and family == "régions" and year:
        new_map_year = int(FAMILY_ENDS[_OLD_MAP]["ends"][:4])
        return _OLD_MAP if int(year) < new_map_year else _NEW_MAP
    return family


def states_count(base: str, n: int) -> bool:
    """Whether a base in words already says its count ``n`` ("41 villes", "échantillon de 52
    villes"): ``n`` as a number of its own, not a piece of "30 000" or of "1 052"."""
    group = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*"
    return any(int(re.sub(r"\D", "", m)) == n for m in re.findall(group, base))


def adoption_row(i: int, r: dict, common: dict, wording: bool) -> dict:
    """The adoption record of research row ``i``, with its curation applied."""
    ctype, metric = r["collectivity_type"], r["metric"]
    tid, base, measure, family = TYPES[ctype]
    cur = CURATION.get(i, {})
    year = str(cur.get("year", common["year"]))
    n_base = cur.get("n_base", int(r["denominator_n"]) if r["denominator_n"] else None)
    n_present = cur.get("n_present")
    if ADOPTION_METRICS[metric] == "count":
        n_present = int(r["value"])
        share = n_present / n_base if n_base else None
    elif n_present is not None and n_base:  # k deduced from the rounded share (r163: 47/52)
        share = n_present / n_base
    else:
        share = number(r["value"]) / (100 if r["unit"] == "percent" else 1)
    if measure == "of_all" and metric == "share_of_present_with_account":
        measure = "of_present"
    measure = cur.get("measure", measure)
    base = cur.get("base", base)
    if n_base and not base[:1].isdigit() and not states_count(base, n_base):
        base = f"{n_base} {base}"
    census = cur.get("census", measure != "of_respondents" and ctype not in SAMPLE_TYPES)
    flags = (["derived_from_wording"] if wording else []) + cur.get("flags", [])
    family = base_family(tid, cur.get("base_family", family), year)
    notes = cur.get("notes", "")
    if i in SHORT_BASES:  # the source's count short of the map's: said, which one left out not
        assert n_base == {"départements": 100, "régions (carte d'avant 2016)": 26}[family], i
        short = SHORT_BASE_NOTES[family].format(words=SHORT_BASES[i][1])
        notes = f"{short} {notes}" if notes else short
    # A census claim the source gives no count for is checked against every count its base
    # can have: a share that no k/N gives means the base is not the one named (r80: 76 % of
    # the régions is neither k/13 nor k/18). Not a census then, and no n nor interval.
    counts = MAP_COUNTS.get(family, ())
    if (census and not wording and n_base is None and r["unit"] == "percent"
            and not census_fits(share, r["value"], counts)):
        census = False
        flags.append("base_unstated")
        said = ", ".join(str(n) for n in counts[:-1]) + (" ou " if len(counts) > 1 else "")
        check = (f"{r['value'].replace('.', ',')} % n'est k/N pour aucun effectif de la base "
                 f"nommée ({family} : {said}{counts[-1]} ; au plus près "
                 f"{', '.join(nearest(share, n) for n in counts)}) : la base n'est pas dite ; "
                 "ni n, ni recensement, ni intervalle.")
        notes = f"{check} {notes}" if notes else check
    elif (census and not wording and n_base is None and r["unit"] == "percent" and counts
          and only_metropolitan(share, r["value"], counts, METROPOLITAN_COUNTS.get(family, ()))):
        census = False
        flags.append("base_unstated")
        metro = METROPOLITAN_COUNTS[family]
        whole = [n for n in counts if n not in metro]
        check = (f"{r['value'].replace('.', ',')} % n'est k/N que pour l'effectif métropolitain "
                 f"de la base nommée ({family} : {' ou '.join(str(n) for n in metro)} ; "
                 f"{', '.join(nearest(share, n) for n in metro)}), non pour "
                 f"{' ni '.join(str(n) for n in whole)} ({', '.join(nearest(share, n) for n in whole)})"
                 " : la source ne dit ni combien d'entités elle a observées ni qu'elle laisse "
                 "l'outre-mer de côté ; la base n'est pas dite ; ni n, ni recensement, ni intervalle.")
        notes = f"{check} {notes}" if notes else check
    return {
        **common, "year": year, "collectivity_type": tid, "base": base,
        "base_family": family,
        "platform": PLATFORMS[r["platform"]], "measure": measure,
        "census": "true" if census else "false", "n_present": fmt(n_present),
        "n_base": fmt(n_base), "share": fmt(share), "value_published": r["value"],
        "unit_published": r["unit"], "derived_from_wording": "true" if wording else "false",
        "flags": ";".join(f for f in FLAGS if f in flags), "notes": notes}


def is_adoption(r: dict) -> bool:
    platform = PLATFORMS.get(r["platform"], "")
    return (r["metric"] in ADOPTION_METRICS and platform not in ("", "messenger")
            and r["collectivity_type"] in TYPES)


def main(argv: list[str]) -> int:
    # One loop sends each research row to exactly one table (the final count checks it):
    # kept in one place, at the cost of length, so that the rule stays visible.
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_IN
    with open(src, encoding="utf-8", newline="") as fh:
        rows = [with_stated_year(r) for r in csv.DictReader(fh)]
    OUT.mkdir(parents=True, exist_ok=True)
    sources, source_id_of = build_sources(rows, frozen_sources(OUT / "sources.csv"))

    tables: dict[str, list[dict]] = {k: [] for k in
                                     ["adoption", "citations", "entity_figures", "baselines",
                                      "entity_counts", "other_figures"]}
    years_of: dict[str, set] = {}
    for r in rows:
        years_of.setdefault(r["source"], set()).add(r["year_published"])
    for i, r in enumerate(rows, start=1):
        sid = source_id_of[source_key(r, years_of)]
        ctype, platform_raw, metric = r["collectivity_type"], r["platform"], r["metric"]
        platform = PLATFORMS.get(platform_raw, "")
        same_year = r["year_observed"] == (r["year_published"] or r["year_observed"])
        common = {"research_row": i, "source_id": sid, "year": r["year_observed"],
                  "month": sources[sid]["month"] if same_year else "",
                  "period": sources[sid]["period"] if same_year else ""}
        if i in PERIODS_QUOTED:  # a date the page words itself ("fin 2015"): no month then
            assert "fin " + r["year_observed"] in r["evidence_quote"], i
            common.update(month="", period=PERIODS_QUOTED[i])
        if i in QUOTED_COUNTS:  # the present CURATION says, as another row's quote prints them
            at, words = QUOTED_COUNTS[i]
            assert (rows[at - 1]["url"] == r["url"] and words in rows[at - 1]["evidence_quote"]
                    and str(CURATION[i]["n_present"]) == rows[at - 1]["value"]), i
        if i in SHORT_BASES:  # the source's own count of its base, as its page prints it
            at, words = SHORT_BASES[i]
            assert rows[at - 1]["url"] == r["url"] and words in rows[at - 1]["evidence_quote"], i
        wording = from_wording(r["value"], r["evidence_quote"]) if r["unit"] in ("percent", "fraction") else False

        if i in CITATIONS:
            fact, relation, note = CITATIONS[i]
            assert is_adoption(rows[fact - 1]) and fact not in CITATIONS, (i, fact)
            tables["citations"].append({**common, "fact_row": fact, "relation": relation,
                                        "value_published": r["value"], "unit_published": r["unit"],
                                        "notes": note})
            continue
        if ctype.startswith("baseline"):
            tables["baselines"].append({**common, "population": ctype.split(":", 1)[1].strip(),
                                        "platform": platform or platform_raw, "metric": metric,
                                        "value": r["value"], "unit": r["unit"]})
            continue
        if metric == "entity_count":
            tid, base, _, _ = TYPES[ctype]
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
        if is_adoption(r):
            tables["adoption"].append(adoption_row(i, r, common, wording))
            continue
        tid, base, _, _ = TYPES.get(ctype, ("", ctype, "", ""))
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
    write("family_ends", [{"base_family": f, **end} for f, end in FAMILY_ENDS.items()])
    for name, records in tables.items():
        write(name, records)
    total = sum(len(t) for t in tables.values())
    print(f"{len(rows)} research rows -> {len(sources)} sources, "
          + ", ".join(f"{k} {len(v)}" for k, v in tables.items()) + f" (total {total})")
    return 0 if total == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
