"""Words of the published-figures views: compare and trend tables, their notes and warnings."""

MESSAGES = {
    # column headings
    "pub-col-type": ("Type", "Type"),
    "pub-col-platform": ("Réseau", "Platform"),
    "pub-col-year": ("Année", "Year"),
    "pub-col-share": ("Part", "Share"),
    "pub-col-n": ("n", "n"),
    "pub-col-ci": ("Intervalle de confiance", "Confidence interval"),
    "pub-col-base": ("Base", "Base"),
    "pub-col-source": ("Source", "Source"),
    "pub-col-strate": ("Strate", "Population"),
    "pub-col-category": ("Catégorie", "Category"),
    # cells
    "pub-census": ("exhaustif", "census"),
    # a census claim whose published share is k/n for no k of its n (62 % of 27 régions):
    # not "exhaustif", which would call it exact (pub-census-not-k-of-n-note says why)
    "pub-census-not-k-of-n": ("recensement, part non k/n", "census, share not k/n"),
    "pub-n-unknown": ("n inconnu", "n unknown"),
    # a participatory count (flag participatory: OST's 3 918 present of about 38 000
    # territories): the present counted, the base approximate, the share a minimum
    "pub-participatory": ("recensement participatif, minimum", "participatory count, a minimum"),
    "pub-n-present": ("{n} présentes", "{n} present"),
    "pub-participatory-note": (
        "recensement participatif, minimum : les collectivités présentes sont comptées (n), la "
        "base est approximative et une collectivité que personne n'a signalée peut être "
        "présente : la part mesurée est un minimum, ni exacte (pas un recensement exhaustif), "
        "ni estimée (pas un échantillon) ; pas d'intervalle.",
        "participatory count, a minimum: the authorities present are counted (n), the base is "
        "approximate and an authority nobody reported may be present: the measured share is a "
        "minimum, neither exact (not a full census) nor estimated (not a sample); no interval."),
    # a base its source neither counts nor says how it observed (flag base_unspecified: OST/
    # Swello's 2022 13,7 % of « collectivités territoriales »): no census claim, no sample
    "pub-base-unspecified": ("base non précisée", "base not specified"),
    "pub-base-unspecified-note": (
        "base non précisée : la source ne dit ni combien de collectivités compte sa base ni "
        "comment elle a relevé les présentes : la part publiée n'est ni exacte (pas un "
        "recensement exhaustif dit), ni estimée (pas un échantillon) ; pas d'intervalle.",
        "base not specified: the source says neither how many authorities its base holds nor "
        "how it found those present: the published share is neither exact (no full census "
        "stated) nor estimated (not a sample); no interval."),
    "pub-source-label": ("Source : ", "Source: "),
    # a source's own date, and its figures' year when it differs (render.formats.source_date)
    "source-date-figures": ("{date} (chiffres de {years})", "{date} ({years} figures)"),
    # what a figure measures
    "measure-of-all": ("part de toutes les entités de la base", "share of all entities of the base"),
    "measure-of-present": ("part des collectivités présentes sur les réseaux sociaux",
                           "share of the authorities present on social media"),
    "measure-of-respondents": ("part des répondants d'une enquête", "share of a survey's respondents"),
    # notes under a table
    "pub-no-figure-that-year": ("⚠ aucun chiffre cette année-là pour : {names}",
                                "⚠ no figure that year for: {names}"),
    "pub-unknown-denominator": (
        "⚠ dénominateur inconnu pour {count} chiffre{s} d'échantillon : pas d'intervalle de confiance.",
        "⚠ unknown denominator for {count} sample figure{s}: no confidence interval."),
    "pub-small-n": ("⚠ petit effectif (n < {limit}) pour {count} chiffre{s} : intervalle{s} "
                    "large{s}, à lire avec prudence.",
                    "⚠ small base (n < {limit}) for {count} figure{s}: wide interval{s}."),
    "pub-census-note": ("exhaustif : la base est toute la population nommée (recensement), sans "
                        "erreur d'échantillonnage ; pas d'intervalle.",
                        "census: the base is the whole population it names, with no sampling "
                        "error; no interval."),
    # under a figure of the EPCI category « métropole » (compare --type epci --by category):
    # the Métropole de Lyon, a métropole that is no EPCI, is out of it (reference: MET69)
    "pub-lyon-not-epci-note": (
        "Métropoles (intercommunalités) : la {name} ({siren}), collectivité à statut "
        "particulier, n'est pas un EPCI ; elle n'est pas comptée ici mais dans le type "
        "« métropole » ({opt:--type metropole|type=\"metropole\"}).",
        "Métropoles (intercommunalités): the {name} ({siren}), a collectivité à statut "
        "particulier, is not an EPCI; it is not counted here but in the type “metropolis” "
        "({opt:--type metropole|type=\"metropole\"})."),
    "pub-census-not-k-of-n-note": (
        "recensement, part non k/n : la source dit compter toute la base nommée, mais aucun k/n "
        "de son n ne donne la part publiée (base ou chiffre inexact) : ni valeur exacte, ni "
        "intervalle.",
        "census, share not k/n: the source says it counted the whole base it names, but no k/n of "
        "its n gives the published share (base or figure inexact): neither an exact value nor an "
        "interval."),
    "pub-survey-ci-note": (
        "IC 95\u202f% : la part sur l'ensemble des N est, à 95\u202f% de confiance, entre les deux "
        "bornes. Méthode : Wilson avec correction de population finie (N = {pops}) ; "
        "chaque borne est portée à la part possible la plus proche, (k + j)/N, donc jamais hors de "
        "k/N à (k + u)/N, bornes sûres de la part quelles que soient les u collectivités sans "
        "réponse ou hors du fichier (k présentes).",
        "95% CI: the share over all N lies, at 95% confidence, between the two bounds. Method: "
        "Wilson with finite-population correction (N = {pops}); "
        "each bound is moved outward to the nearest possible share, (k + j)/N, so never outside "
        "k/N to (k + u)/N, where the share lies whatever the u authorities unanswered or not in "
        "the file are (k present)."),
    # an interval that reached the whole possible range k/N–(k + u)/N (ci_kind "sure": 12
    # of a panel's 13 answered): a certainty, not a 95 % interval (render.formats.fmt_ci)
    "pub-sure-range": ("fourchette sûre : {low}–{high}\u202f%", "sure range: {low}–{high}%"),
    # an Annuaire export: the share is of accounts DECLARED to the Annuaire (a minimum), said
    # in the note itself, not only in the « Mesure » line further down (s32)
    "pub-survey-sure-note-annuaire": (
        "fourchette sûre : la part des N ({pops}) ayant un compte déclaré à l'Annuaire de "
        "l'administration est certainement entre les deux bornes, k/N et (k + u)/N, quelles que "
        "soient les u collectivités hors du fichier (k présentes) ; rien n'est supposé ni tiré, "
        "ce n'est pas un intervalle de confiance ; ce n'est pas la part des N qui ont un "
        "compte (un compte non déclaré n'est pas compté).",
        "sure range: the share of all N ({pops}) with an account declared to the Annuaire de "
        "l'administration surely lies between the two bounds, k/N and (k + u)/N, whatever the "
        "u authorities not in the file are (k present); nothing assumed or drawn, it is no "
        "confidence interval; it is not the share of the N that have an account (an account "
        "not declared is not counted)."),
    "pub-survey-sure-note": (
        "fourchette sûre : la part sur l'ensemble des N ({pops}) est certainement entre "
        "les deux bornes, k/N et (k + u)/N, quelles que soient les u collectivités sans "
        "réponse ou hors du fichier (k présentes) ; rien n'est supposé ni tiré, ce n'est "
        "pas un intervalle de confiance.",
        "sure range: the share over all N ({pops}) surely lies between the two bounds, "
        "k/N and (k + u)/N, whatever the u authorities unanswered or not in the file are "
        "(k present); nothing assumed or drawn, it is no confidence interval."),
    # the same, of an Annuaire export: every entity in it has its declared accounts (none is
    # « sans réponse »), the others are not in the file; the share is of accounts declared
    "pub-survey-ci-note-annuaire": (
        "IC 95\u202f% : la part des N ayant un compte déclaré à l'Annuaire de l'administration "
        "est, à 95\u202f% de confiance, entre les deux bornes ; ce n'est pas la part des N qui "
        "ont un compte (un compte non déclaré n'est pas compté). Méthode : Wilson avec correction de population finie (N = {pops}) ; "
        "chaque borne est portée à la part possible la plus proche, (k + j)/N, donc jamais hors de "
        "k/N à (k + u)/N, bornes sûres de la part quelles que soient les u collectivités hors du "
        "fichier (k présentes).",
        "95% CI: the share of all N with an account declared to the Annuaire de "
        "l'administration lies, at 95% confidence, between the two bounds; it is not the share "
        "of the N that have an account (an account not declared is not counted). Method: "
        "Wilson with finite-population correction (N = {pops}); "
        "each bound is moved outward to the nearest possible share, (k + j)/N, so never outside "
        "k/N to (k + u)/N, where the share lies whatever the u authorities not in the file are "
        "(k present)."),
    # split by category (compare --by category), a file of a part of the type: N is the
    # category's entities in that part
    "pub-survey-ci-kind-part": ("{n} (parmi les {part})", "{n} (among the {part})"),
    "pub-survey-ci-bands": ("les {type} de chaque strate en France", "the {type} of each band in France"),
    "pub-survey-ci-bands-of": ("les {type} de chaque strate", "the {type} of each band"),
    "pub-survey-ci-sample-note": (
        "IC 95\u202f% : Wilson, qui traite les collectivités du fichier comme un échantillon d'une "
        "population de taille inconnue (sans correction de population finie).",
        "95% CI: Wilson, treating the file's authorities as a sample of a population of unknown "
        "size (no finite-population correction)."),
    "pub-wording-note": ("* chiffre déduit d'une formulation (« toutes » = 100 %, « la moitié » = 50 %) : pas "
                         "d'intervalle.",
                         "* figure derived from wording (“all” = 100%, “half” = 50%): no interval."),
    "pub-present-note": ("° part parmi les collectivités présentes sur les réseaux sociaux, pas "
                         "parmi toutes.",
                         "° share among authorities present on social media, not among all."),
    "pub-respondents-note": ("§ part des répondants d'une enquête, pas de toutes les collectivités.",
                             "§ share of a survey's respondents, not of all authorities."),
    "pub-not-k-of-n-note": ("≈ la part publiée n'est pas k/n pour le n publié : pas d'intervalle.",
                            "≈ the published share is not k/n for the published n: no interval."),
    "pub-base-unstated-note": (
        "≈ (n inconnu) la part publiée n'est k/N pour aucun des effectifs que le nom de sa base "
        "permet, ou pour son seul effectif métropolitain quand la source ne dit pas laisser "
        "l'outre-mer de côté : la base n'est pas dite ; ni recensement ni intervalle.",
        "≈ (n unknown) the published share is not k/N for any of the counts its base's name "
        "allows, or only for its metropolitan count when the source does not say it leaves "
        "the overseas entities out: the base is not stated; neither census nor interval."),
    "pub-non-random-note": (
        "† échantillon retenu par l'auteur, sans tirage au sort dit : la part décrit ses entités "
        "seules ; pas d'intervalle de confiance.",
        "† sample chosen by the author, with no random draw stated: the share describes its own "
        "entities only; no confidence interval."),
    "pub-restated-note": ("↺ chiffre repris par une étude postérieure ; voir ses notes.",
                          "↺ figure restated by a later study; see its notes."),
    "pub-disputed-note": ("‡ chiffre contesté ({source}) : {notes}",
                          "‡ disputed figure ({source}): {notes}"),
    "pub-disputed-note-fr": ("‡ chiffre contesté ({source}) : {notes}",
                             "‡ disputed figure ({source}), note in French: \u201c{notes}\u201d"),
    "pub-compared-on": ("Comparaison : {measure} ; réseaux : {platforms}.",
                        "Compared on: {measure}; platforms: {platforms}."),
    "pub-left-out": ("Non comparés (autre mesure ou autres réseaux ; --all-sources pour les voir) : "
                     "{items}.",
                     "Not compared (another measure or other platforms; --all-sources shows "
                     "them): {items}."),
    "pub-left-out-disputed": ("Non comparés, chiffre contesté (--all-sources pour le voir) : {items}.",
                              "Not compared, disputed figure (--all-sources shows it): {items}."),
    "pub-left-out-item": ("{type} ({platforms})", "{type} ({platforms})"),
    "pub-differs-measure": ("≠ autre mesure que la comparaison : {rows}.",
                            "≠ another measure than the comparison: {rows}."),
    "pub-differs-platforms": ("≠ réseau hors de la comparaison : {rows}.",
                              "≠ platform outside the comparison: {rows}."),
    # a disputed figure shown with --all-sources: marked, never compared (see its ‡ note)
    "pub-differs-disputed": ("≠ chiffre contesté, hors de la comparaison (voir ‡) : {rows}.",
                             "≠ disputed figure, outside the comparison (see ‡): {rows}."),
    # rows of another source than most rows of compare's table: another study, another date
    "pub-differs-source": ("≠ autre source que le reste du tableau ({reference}) : {items}.",
                           "≠ another source than the rest of the table ({reference}): {items}."),
    "pub-differs-source-item": ("{rows} — {source}", "{rows} — {source}"),
    # the figures of the shown types and year that compare's table leaves out, said under it
    "pub-other-figures": ("Autres chiffres de {year} pour les {plural} ({count}) : {items} — "
                          "--all-sources pour les voir côte à côte.",
                          "Other {year} figures for {plural} ({count}): {items} — "
                          "--all-sources shows them side by side."),
    "pub-other-figures-item": ("{source} ({figures})", "{source} ({figures})"),
    # type all: several types together, each figure named by its base
    "pub-other-figures-all": ("Autres chiffres de {year} de plusieurs types ensemble ({count}) : {items} — "
                              "--all-sources pour les voir côte à côte.",
                              "Other {year} figures of several types together ({count}): {items} — "
                              "--all-sources shows them side by side."),
    "pub-other-figures-of": ("{label} : ", "{label}: "),
    # trend
    "pub-series-head": ("Série {n} : {measure} — {family}", "Series {n}: {measure} — {family}"),
    "pub-break-source": ("rupture : autre source (avant : {before})",
                         "break: another source (before: {before})"),
    "pub-break-base": ("rupture : autre base (avant : {before})",
                       "break: another base (before: {before})"),
    # one figure's base unstated (its share is k/N for no N of its base's name), not the other's
    "pub-break-base-unstated": ("rupture : base non dite d'un côté (avant : {before})",
                                "break: base unstated on one side (before: {before})"),
    # one figure's base counted (« 100 départements »), the other's not specified by its
    # source (« départements »): nothing says they share one base
    "pub-break-base-uncounted": ("rupture : autre base, base non précisée par la source d'un côté "
                                 "(avant : {before})",
                                 "break: another base, a base its source does not specify on one "
                                 "side (before: {before})"),
    "pub-break-col": ("Rupture", "Break"),
    # trend and select: the figures whose year their source does not state, left out, said
    # (attrs["undated_left_out"]) under the table and in the trend chart's caption
    "pub-undated-left-out": ("{n} chiffre{s} sans date laissé{s} de côté (source{ss} : {sources})",
                             "{n} undated figure{s} left out (source{ss}: {sources})"),
    # a base family that ends on a date the law fixes (data/published/family_ends.csv), under
    # its series in `trend` and the report's Évolution: what changed, when, and the source
    "pub-family-end": ("{series} : la base « {family} » prend fin le {date} ({what}, {citation} : "
                       "{url}) ; ses chiffres ne se comparent pas à ceux d'après.",
                       "{series}: the base \u201c{family}\u201d ends on {date} ({what}, {citation}: "
                       "{url}); its figures do not compare with later ones."),
    "pub-family-series": ("Série {n}", "Series {n}"),
    "pub-family-column": ("Colonne « {name} »", "Column \u201c{name}\u201d"),
    # what changed when a base family ends (``change`` of family_ends.csv), also in the trend
    # chart's caption
    "pub-family-change-region-map": ("nouvelle carte des régions", "the new map of the regions"),
    # errors
    "pub-unknown-source": ("source inconnue « {source} » ; voir « barometre sources »",
                           "unknown source “{source}”; see “barometre sources”"),
    "pub-no-figure-for-type": ("aucun chiffre pour le type « {type} »{in_source}{for_platforms}",
                               "no figure for type “{type}”{in_source}{for_platforms}"),
    "pub-in-source": (" dans la source « {source} »", " in source “{source}”"),
    "pub-for-these-platforms": (" pour ces réseaux", " for these platforms"),
    "pub-for-these-platforms-have": (
        " pour ces réseaux ; réseaux avec un chiffre publié pour ce type : {platforms}",
        " for these platforms; platforms with a published figure for this type: {platforms}"),
    # the platforms asked (-p) that compare's rows of the type do not show, said under them
    "pub-platforms-no-figure": ("Sans chiffre publié pour les {plural} : {platforms}.",
                                "No published figure for {plural}: {platforms}."),
    "pub-platforms-elsewhere": (
        "Hors de cette comparaison, chiffres des {plural} d'autres années, sources ou mesures "
        "(--year, --source ou --all-sources pour les voir) : {items}.",
        "Not in this comparison, figures for {plural} of other years, sources or measures "
        "(--year, --source or --all-sources shows them): {items}."),
    "pub-platforms-elsewhere-item": ("{platform} ({years})", "{platform} ({years})"),
    "pub-no-figure-in-year": (
        "aucun chiffre pour le type « {type} »{in_source} en {year} ; années disponibles"
        "{of_source} : {years}",
        "no figure for type “{type}”{in_source} in {year}; years available{of_source}: {years}"),
    # the same with --platform: the years listed are those of the platforms asked, said so
    # (« aucun chiffre Facebook pour les régions en 2017 ; années des chiffres Facebook : … »)
    "pub-no-platform-figure-in-year": (
        "aucun chiffre {platforms} pour {type}{in_source} en {year} ; années des chiffres "
        "{platforms}{of_source} : {years}{others}",
        "no {platforms} figure for {type}{in_source} in {year}; {platforms} years{of_source}: "
        "{years}{others}"),
    "pub-of-that-source": (" dans cette source", " in that source"),
    # the type has figures that year, on other platforms than those asked
    "pub-year-other-platforms": (" ; en {year}, chiffres sur : {platforms}",
                                 "; in {year}, figures on: {platforms}"),
    "pub-bad-year": ("année illisible « {year} » : une année s'écrit en chiffres (2015)",
                     "unreadable year “{year}”: a year is written in digits (2015)"),
    "pub-no-dated-figure": ("aucun chiffre daté pour le type « {type} » sur « {platform} »",
                            "no dated figure for type “{type}” on “{platform}”"),
    "pub-no-selection": ("aucun chiffre publié ne correspond à cette sélection",
                         "no published figure matches this selection"),
    # figures about named collectivités (analysis.named, barometre figures)
    "pub-no-named-figure": (
        "aucun chiffre publié sur une collectivité nommée ne correspond à cette sélection ; "
        "les sources citent ces {of} : {names}",
        "no published figure about a named authority matches this selection; the sources "
        "name these {of}: {names}"),
    "pub-no-named-figure-entity": (
        "aucune source ne cite {entity} ; les sources citent ces {of} : {names}",
        "no source names {entity}; the sources name these {of}: {names}"),
    "pub-no-named-figure-entity-none": (
        "aucune source ne cite {entity}, ni d'autres {of}",
        "no source names {entity}, nor other {of}"),
    "pub-no-named-figure-year": (
        "aucun chiffre de {year} sur une collectivité nommée pour cette sélection ; années "
        "des chiffres de cette sélection : {years}",
        "no figure of {year} about a named authority for this selection; years of this "
        "selection's figures: {years}"),
    "pub-no-named-figure-none": ("aucune source ne cite de {of}", "no source names {of}"),
    "metric-followers-total": ("abonnés", "followers"),
    "metric-rank": ("rang", "rank"),
    "metric-rank-overall": ("rang, tous réseaux", "rank, all platforms"),
    "metric-award-rank": ("rang au palmarès", "award rank"),
    "metric-award-rank-in-category": ("rang au palmarès, dans sa catégorie",
                                      "award rank, in its category"),
    "metric-followers-growth-month": ("abonnés gagnés dans le mois", "followers gained in the month"),
    "metric-followers-growth-mom": ("croissance des abonnés sur un mois",
                                    "followers' growth over a month"),
    "metric-has-account": ("compte", "account"),
    "metric-in-top10-ranking": ("dans le top 10 du classement", "in the ranking's top 10"),
    "metric-performance-score": ("score de performance", "performance score"),
    "metric-tweets-total": ("tweets publiés", "tweets posted"),
    "named-undated": ("s. d.", "n.d."),
    "named-yes": ("oui", "yes"),
    "named-no": ("non", "no"),
    "named-sources": ("Sources :", "Sources:"),
    "named-note": (
        "Chiffres tels que les sources les ont publiés, à leur date ; le code est celui de la "
        "collectivité d'aujourd'hui quand le nom publié la désigne sans doute possible.",
        "Figures as the sources published them, at their date; the code is today's "
        "authority's when the published name designates it without doubt."),
}

#: The published figures' bases (``base``, ``base_family`` of data/published/adoption.csv)
#: in English: our own descriptions of what each source counted, so ours to translate.
#: A base missing here is printed in English as published, quoted and said to be French
#: (``chart-base-published-fr``); tests/test_english.py checks that none is missing.
BASES_EN = {
    "régions, départements et villes préfectures": "regions, départements and prefecture cities",
    "régions": "regions",
    "régions (carte d'avant 2016)": "regions (map before 2016)",
    "régions (carte de 2016)": "regions (2016 map)",
    "régions métropolitaines": "metropolitan regions",
    "13 régions métropolitaines": "13 metropolitan regions",
    "27 conseils régionaux (carte d'avant 2016)": "27 regional councils (map before 2016)",
    "26 régions": "26 regions",
    "27 régions": "27 regions",
    "départements": "départements",
    "100 départements": "100 départements",
    "101 départements": "101 départements",
    "101 villes préfectures": "101 prefecture cities",
    "villes préfectures": "prefecture cities",
    "50 plus grandes villes": "50 largest cities",
    "50 plus grandes villes (plus de 86 000 habitants)":
        "50 largest cities (over 86,000 inhabitants)",
    "50 grandes villes, 100 départements et 26 régions":
        "50 large cities, 100 départements and 26 regions",
    "villes de plus de 100 000 habitants": "cities over 100,000 inhabitants",
    "41 villes de plus de 100 000 habitants": "41 cities over 100,000 inhabitants",
    "villes de 20 000 à 100 000 habitants": "cities of 20,000 to 100,000 inhabitants",
    "villes de 10 000 à 20 000 habitants": "towns of 10,000 to 20,000 inhabitants",
    "petites villes (10 000 à 20 000 habitants)": "small towns (10,000 to 20,000 inhabitants)",
    "échantillon de 52 villes de 30 000 à 41 000 habitants":
        "sample of 52 towns of 30,000 to 41,000 inhabitants",
    "échantillon de villes de 30 000 à 41 000 habitants":
        "sample of towns of 30,000 to 41,000 inhabitants",
    "intercommunalités": "intercommunalities",
    "intercommunalités de plus de 200 000 habitants":
        "intercommunalities over 200,000 inhabitants",
    "intercommunalités répondant à l'enquête": "intercommunalities answering the survey",
    "intercommunalités répondant au baromètre de la communication intercommunale":
        "intercommunalities answering the barometer of intercommunal communication",
    "métropoles": "metropolises",
    "communes": "municipalities",
    "communes répondant à l'enquête AMF": "municipalities answering the AMF survey",
    "communes de moins de 100 000 habitants ayant répondu à l'enquête AMF":
        "municipalities under 100,000 inhabitants that answered the AMF survey",
    "communes bretonnes répondant à l'enquête": "Breton municipalities answering the survey",
    "communes bretonnes répondant à l'enquête Marsouin":
        "Breton municipalities answering the Marsouin survey",
    "ensemble des collectivités": "all local authorities",
    "environ 38 000 territoires": "about 38,000 territories",
    "collectivités hors villages de moins de 2 000 habitants":
        "local authorities except villages under 2,000 inhabitants",
    "collectivités présentes sur les réseaux sociaux":
        "local authorities present on social media",
    "3 918 collectivités présentes sur les réseaux sociaux":
        "3,918 local authorities present on social media",
    "collectivités présentes sur les réseaux sociaux (panel d'enquête)":
        "local authorities present on social media (survey panel)",
    "comptes recensés de collectivités": "local authorities' accounts listed",
    "comptes officiels recensés": "official accounts listed",
    "panel d'environ 60 collectivités (10 à 5 000 agents)":
        "panel of about 60 local authorities (10 to 5,000 staff)",
    "panel d'enquête Voirin": "Voirin survey panel",
}

#: The notes of the published figures (``notes`` of data/published/adoption.csv), ours, in
#: The ``notes`` of a figure of the EPCI category « métropole » (CSV/JSON): the Métropole de
#: Lyon, no EPCI, is out of it (the table says it with ``pub-lyon-not-epci-note``)
LYON_NOT_EPCI_NOTE = ("La Métropole de Lyon (200046977), collectivité à statut particulier, "
                      "n'est pas un EPCI : elle n'est pas comptée dans cette catégorie mais "
                      "dans le type « métropole ».")

#: English: the disputed figures' notes under the table, and every note in compare's and
#: trend's CSV/JSON under --lang en; publishers' words inside stay French, in quotes. Every
#: note has one (tests/test_help_english.py); a note missing here would be printed as
#: written, said to be French (``pub-disputed-note-fr``).
NOTES_EN = {
    # the notes column of a figure of the EPCI category « métropole » (LYON_NOT_EPCI_NOTE)
    "La Métropole de Lyon (200046977), collectivité à statut particulier, n'est pas un "
    "EPCI : elle n'est pas comptée dans cette catégorie mais dans le type « métropole ».":
        "The Métropole de Lyon (200046977), a collectivité à statut particulier, is not an "
        "EPCI: it is not counted in this category but in the type “metropolis”.",
    # a base its source counts short of the map (build script's SHORT_BASES, pub28b)
    "Base de la source : 100 départements (« 55 départements sur 100 ») ; elle ne dit pas "
    "lequel elle laisse de côté (101 depuis que Mayotte est devenue département, le 31 mars "
    "2011).":
        "The source's base: 100 départements (“55 départements sur 100”); it does not say "
        "which one it leaves out (101 since Mayotte became a département, on 31 March 2011).",
    "Base de la source : 26 régions (« 22 régions sur 26 ») ; elle ne dit pas laquelle elle laisse "
    "de côté (27 depuis que Mayotte est devenue département et région d'outre-mer, le 31 "
    "mars 2011).":
        "The source's base: 26 regions (“22 régions sur 26”); it does not say which one it leaves "
        "out (27 since Mayotte became an overseas département and region, on 31 March 2011).",
    "Base de la source : 26 régions (« 18 des 26 régions ») ; elle ne dit pas laquelle elle laisse "
    "de côté (27 depuis que Mayotte est devenue département et région d'outre-mer, le 31 "
    "mars 2011).":
        "The source's base: 26 regions (“18 des 26 régions”); it does not say which one it leaves "
        "out (27 since Mayotte became an overseas département and region, on 31 March 2011).",
    "Base de la source : 26 régions (« 25 Régions sur 26 ») ; elle ne dit pas laquelle elle laisse "
    "de côté (27 depuis que Mayotte est devenue département et région d'outre-mer, le 31 "
    "mars 2011).":
        "The source's base: 26 regions (“25 Régions sur 26”); it does not say which one it leaves "
        "out (27 since Mayotte became an overseas département and region, on 31 March 2011).",
    "4 994 collectivités présentes (même page) ; la source ne dit pas combien de collectivités "
    "compte sa base ni comment le recensement, croisé avec les données Swello, les a relevées : "
    "base non précisée, la part n'est ni exacte ni estimée.":
        "4,994 authorities present (same page); the source says neither how many authorities "
        "its base holds nor how the count, crossed with Swello's data, found them: base not "
        "specified, the share neither exact nor estimated.",
    "Base : les collectivités de l'étude hors villages de moins de 2 000 habitants ; la source "
    "n'en donne ni le nombre ni celui des présentes : base non précisée.":
        "Base: the study's authorities other than villages under 2,000 inhabitants; the source "
        "gives neither their number nor that of those present: base not specified.",
    "3 918 collectivités présentes sur environ 38 000 territoires recensés (recensement "
    "participatif) : la part est un minimum.":
        "3,918 authorities present out of about 38,000 territories counted (a participatory "
        "count): the share is a minimum.",
    "Mars 2012 : 56,7 % selon le communiqué de l'étude annuelle, 47 % selon Décision Achats "
    "(même étude, même base). Base nommée : 50 + 100 + 26 = 176 entités ; 56,7 % n'est pas "
    "k/176 (100/176 = 56,8 %).":
        "March 2012: 56.7% according to the annual study's press release, 47% according to "
        "Décision Achats (same study, same base). Named base: 50 + 100 + 26 = 176 entities; "
        "56.7% is not k/176 (100/176 = 56.8%).",
    "Mars 2012 : 47 % selon Décision Achats, 56,7 % selon le communiqué de l'étude annuelle "
    "(même étude, même base).":
        "March 2012: 47% according to Décision Achats, 56.7% according to the annual study's "
        "press release (same study, same base).",
    "Deux lectures : la Gazette donne « 48 % des parts » des métropoles présentes, en hausse "
    "de 126 % (soit environ 21 % en 2018) ; ID.CiTé donne +48 points depuis 2018. Un niveau "
    "de 48 % ne peut pas être les deux : chiffre contesté.":
        "Two readings: the Gazette gives “48 % des parts” of the metropolises present, up "
        "126% (about 21% in 2018); ID.CiTé gives +48 points since 2018. A level of 48% cannot "
        "be both: disputed figure.",
    "La dépêche AFP donne 60,7 % pour « Facebook ou Twitter », pas pour Twitter seul ; "
    "60,7 % n'est pas k/176.":
        "The AFP dispatch gives 60.7% for “Facebook ou Twitter”, not for Twitter alone; "
        "60.7% is not k/176.",
    "25 % publié ; le nombre de villes diffère selon la page (11 ou 12 sur 41) et aucun des "
    "deux ne fait 25 %. Les taux 27 % et 29 % n'ont jamais été publiés.":
        "25% published; the number of cities differs from page to page (11 or 12 of 41) and "
        "neither makes 25%. The rates 27% and 29% were never published.",
    "55 % n'est k/N que pour l'effectif métropolitain de la base nommée (régions (carte "
    "d'avant 2016) : 22 ; 12/22 = 55 %), non pour 26 ni 27 (14/26 = 54 %, 15/27 = 56 %) : la "
    "source ne dit ni combien d'entités elle a observées ni qu'elle laisse l'outre-mer de "
    "côté ; la base n'est pas dite ; ni n, ni recensement, ni intervalle.":
        "55% is k/N only for the metropolitan count of the named base (regions (map before "
        "2016): 22; 12/22 = 55%), not for 26 nor 27 (14/26 = 54%, 15/27 = 56%): the source "
        "says neither how many entities it observed nor that it leaves the overseas ones out; "
        "the base is not stated; neither n, nor census, nor interval.",
    "60 % n'est k/N pour aucun effectif de la base nommée (régions (carte d'avant 2016) :"
    ' 22, 26 ou 27 ; au plus près 13/22 = 59 %, 16/26 = 62 %, 16/27 = 59 %) : la base '
    "n'est pas dite ; ni n, ni recensement, ni intervalle.":
        '60% is k/N for none of the counts of the named base (regions (map before 2016): '
        '22, 26 or 27; closest 13/22 = 59%, 16/26 = 62%, 16/27 = 59%): the base is not '
        'stated; neither n, nor census, nor interval.',
    "80 % n'est k/N pour aucun effectif de la base nommée (régions (carte d'avant 2016) :"
    ' 22, 26 ou 27 ; au plus près 18/22 = 82 %, 21/26 = 81 %, 22/27 = 81 %) : la base '
    "n'est pas dite ; ni n, ni recensement, ni intervalle. Présence, pas activité : la "
    "même source estime qu'environ 40 % de ces pages sont mortes et 20 % alimentées "
    'automatiquement.':
        '80% is k/N for none of the counts of the named base (regions (map before 2016): '
        '22, 26 or 27; closest 18/22 = 82%, 21/26 = 81%, 22/27 = 81%): the base is not '
        'stated; neither n, nor census, nor interval. Presence, not activity: the same '
        'source estimates that about 40% of these pages are dead and 20% fed '
        'automatically.',
    "Chiffre repris dans l'étude #7 (2013) avec ceux de 2012 (grandes villes 78 %, "
    "régions 70 %) : daté de 2012, l'étude d'origine n'est pas dans la table.":
        'Figure taken up in study #7 (2013) with those of 2012 (large cities 78%, regions'
        ' 70%): dated 2012, the original study is not in the table.',
    '3 918 collectivités présentes sur environ 38 000 territoires recensés (recensement '
    'participatif).':
        '3,918 local authorities present out of about 38,000 territories listed '
        '(crowd-sourced census).',
    "Décompte 2018 refait sur la base de l'étude 2023 (3 639) ; l'étude 2018 en comptait "
    '3 918.':
        '2018 count redone on the basis of the 2023 study (3,639); the 2018 study counted'
        ' 3,918.',
    "76 % n'est k/N pour aucun effectif de la base nommée (régions (carte de 2016) : 13 "
    "ou 18 ; au plus près 10/13 = 77 %, 14/18 = 78 %) : la base n'est pas dite ; ni n, ni"
    ' recensement, ni intervalle. 13 régions sur 17 (les 18 sans Mayotte) feraient 76 %.':
        '76% is k/N for none of the counts of the named base (regions (map of 2016): 13 '
        'or 18; closest 10/13 = 77%, 14/18 = 78%): the base is not stated; neither n, nor'
        ' census, nor interval. 13 regions of 17 (the 18 without Mayotte) would make 76%.',
    'Base : les 41 villes de plus de 100 000 habitants du baromètre ; 38 sur 41 = 93 %, '
    "comme l'écrit la source.":
        "Base: the barometer's 41 cities over 100,000 inhabitants; 38 of 41 = 93%, as the"
        ' source writes.',
    "94 % n'est k/N pour aucun effectif de la base nommée (régions métropolitaines : 13 "
    "ou 22 ; au plus près 12/13 = 92 %, 21/22 = 95 %) : la base n'est pas dite ; ni n, ni"
    ' recensement, ni intervalle. 17 régions sur 18, outre-mer compris, feraient 94 %.':
        '94% is k/N for none of the counts of the named base (metropolitan regions: 13 or'
        ' 22; closest 12/13 = 92%, 21/22 = 95%): the base is not stated; neither n, nor '
        'census, nor interval. 17 regions of 18, overseas included, would make 94%.',
    "Année non imprimée sur la page : c'est la 2e étude annuelle (mars 2013), dont le "
    'taux Facebook (78 %, 39 sur 50) est le même.':
        'Year not printed on the page: it is the 2nd annual study (March 2013), whose '
        'Facebook rate (78%, 39 of 50) is the same.',
    'Part de toutes les villes moyennes.':
        'Share of all medium-sized towns.',
    'Part des villes moyennes ; la source la compare à 38 %, qui est une part des '
    'collectivités présentes sur les réseaux sociaux (autre mesure).':
        'Share of medium-sized towns; the source compares it with 38%, a share of the '
        'local authorities present on social media (another measure).',
    'La source compare à 21 %, part des collectivités présentes (autre mesure).':
        'The source compares it with 21%, a share of the local authorities present '
        '(another measure).',
    'La source compare à 18 %, part des collectivités présentes (autre mesure).':
        'The source compares it with 18%, a share of the local authorities present '
        '(another measure).',
    'La source compare à 8 %, part des collectivités présentes (autre mesure).':
        'The source compares it with 8%, a share of the local authorities present '
        '(another measure).',
    '47 villes sur 52 : la source ne donne que 90 %, et 47/52 est le seul k/52 qui '
    "s'arrondit à 90 % (46/52 = 88 %, 48/52 = 92 %). Les 52 villes de métropole de 30 000"
    " à 41 000 habitants sont retenues par l'auteur du site, à la demande de la ville de "
    'Bagneux, sans tirage au sort dit : la part décrit ces 52 villes, sans intervalle '
    "d'échantillonnage.":
        '47 towns of 52: the source gives only 90%, and 47/52 is the only k/52 that '
        'rounds to 90% (46/52 = 88%, 48/52 = 92%). The 52 towns of metropolitan France of'
        " 30,000 to 41,000 inhabitants were chosen by the site's author, at the request "
        'of the town of Bagneux, with no random draw stated: the share describes these 52'
        ' towns, with no sampling interval.',
    'Enquête déclarative : part des communes répondantes.':
        'Self-reported survey: share of the responding communes.',
    "80 % n'est k/N pour aucun effectif de la base nommée (régions (carte d'avant 2016) :"
    ' 22, 26 ou 27 ; au plus près 18/22 = 82 %, 21/26 = 81 %, 22/27 = 81 %) : la base '
    "n'est pas dite ; ni n, ni recensement, ni intervalle.":
        '80% is k/N for none of the counts of the named base (regions (map before 2016): '
        '22, 26 or 27; closest 18/22 = 82%, 21/26 = 81%, 22/27 = 81%): the base is not '
        'stated; neither n, nor census, nor interval.',
    'Série Adverbia sur les 41 villes de plus de 100 000 habitants (étude de 2010 : « 11 '
    "sur les 41 villes ») ; 60 % affiché n'est pas k/41 (24/41 = 59 %, 25/41 = 61 %, le "
    'taux que choisirsonweb cite pour cette étude).':
        'Adverbia series on the 41 cities over 100,000 inhabitants (2010 study: “11 sur '
        'les 41 villes”); the 60% shown is not k/41 (24/41 = 59%, 25/41 = 61%, the rate '
        'choisirsonweb quotes for this study).',
    "Grandes villes au sens de l'OST : plus de 100 000 habitants.":
        'Large cities as the OST defines them: over 100,000 inhabitants.',
    'Base : les 41 villes de plus de 100 000 habitants du baromètre (« deux villes sur '
    'trois »).':
        "Base: the barometer's 41 cities over 100,000 inhabitants (“deux villes sur "
        'trois”).',
}
