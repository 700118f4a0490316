"""Words of the charts: titles, axis labels, captions, notes, and chart errors."""

MESSAGES = {
    # errors
    "chart-too-large": (
        "image trop grande : {width} × {height} pixels ({mpx} mégapixels) ; maximum "
        "{limit} mégapixels : réduisez {opt:--size ou --dpi|size= (le graphique) ou dpi= "
        "(save)}",
        "image too large: {width} × {height} pixels ({mpx} megapixels); at most {limit} "
        "megapixels: reduce {opt:--size or --dpi|size= (the chart) or dpi= (save)}"),
    "chart-too-small": (
        "{opt:--size {width}x{height}|size=({width}, {height})} trop petit pour ce graphique : "
        "au moins {min_width}x{min_height} pouces pour que les libellés restent lisibles",
        "{opt:--size {width}x{height}|size=({width}, {height})} too small for this chart: at "
        "least {min_width}x{min_height} inches to keep the labels readable"),
    "chart-no-followers": (
        "aucun nombre d'abonnés positif pour {platform} dans le fichier : pas de nuage de points",
        "no positive follower count for {platform} in the file: no scatter plot"),
    "chart-no-rows": ("rien à dessiner : aucun chiffre", "nothing to draw: no figure"),
    "chart-trend-not-series": (
        "charts.trend dessine une série dans le temps, d'un type : passez barometre.trend(type, "
        "réseau), ou barometre.adoption(survey) avec survey=survey (barometre.charts.wave_trend "
        "pour barometre.wave_trend), pas les chiffres de plusieurs types ou réseaux publiés "
        "(barometre.compare : barometre.charts.adoption)",
        "charts.trend draws a series over time, of one type: pass barometre.trend(type, "
        "platform), or barometre.adoption(survey) with survey=survey (barometre.charts.wave_trend "
        "for barometre.wave_trend), not the figures of several types or published platforms "
        "(barometre.compare: barometre.charts.adoption)"),
    # the frame passed to a chart function (render.charts.frames): not one it can draw
    "chart-frame-not-frame": (
        "barometre.charts.{chart} : attendu un tableau (DataFrame de {made_by}), pas un {kind}",
        "barometre.charts.{chart}: expected a frame (a DataFrame of {made_by}), not a {kind}"),
    "chart-frame-columns": (
        "barometre.charts.{chart} : le tableau n'a pas {columns} {missing} : attendu un "
        "tableau de {made_by} ({expected})",
        "barometre.charts.{chart}: the frame has no {missing} {columns}: expected a frame of "
        "{made_by} ({expected})"),
    "chart-share-not-fraction": (
        "barometre.charts.{chart} : la colonne {column} vaut {value}, hors de 0–1 : les parts "
        "sont des fractions (0,96 pour 96\u202f%){hint}",
        "barometre.charts.{chart}: column {column} holds {value}, outside 0–1: shares are "
        "fractions (0.96 for 96%){hint}"),
    "chart-share-percent": (
        ", pas des pourcentages : une part multipliée par 100 ? divisez-la par 100",
        ", not percentages: a share multiplied by 100? divide it by 100"),
    "chart-needs-data": ("« chart {kind} » demande --data (fichier d'enquête)",
                         "“chart {kind}” needs --data (a survey file)"),
    "chart-needs-option": ("{option} est requis pour « chart {kind} »",
                           "{option} is required for “chart {kind}”"),
    # an option the kind would not read: refused, never silently dropped
    "chart-dpi-vector": (
        "--dpi ne vaut que pour une image PNG : un fichier {suffix} est vectoriel, net à toute "
        "taille (--size règle ses dimensions)",
        "--dpi applies to a PNG image only: a {suffix} file is a vector image, sharp at any "
        "size (--size sets its dimensions)"),
    "chart-option-ignored": ("{option} ne s'applique pas à « chart {kind} »",
                             "{option} does not apply to “chart {kind}”"),
    "chart-option-ignored-waves": (
        "{option} ne s'applique pas à « chart {kind} » sur des vagues (--data)",
        "{option} does not apply to “chart {kind}” over survey waves (--data)"),
    "chart-option-needs-data": ("{option} ne s'applique qu'avec --data (fichier d'enquête)",
                                "{option} applies only with --data (a survey file)"),
    "chart-one-platform": ("« chart {kind} » dessine un seul réseau : un seul --platform",
                           "“chart {kind}” draws one platform: a single --platform"),
    "chart-platform-not-surveyed": (
        "{platforms} : aucun relevé dans le fichier (réseaux du fichier : {have})",
        "{platforms}: no reading in the file (the file's platforms: {have})"),
    # chart benchmark with no follower count on any platform drawn: two empty panels
    # on a log axis said nothing (and a log axis of no value raised in matplotlib)
    "chart-benchmark-no-counts": (
        "aucun nombre d'abonnés pour {platforms} dans le fichier : pas de graphique de "
        "comparaison ({what})",
        "no follower count for {platforms} in the file: no comparison chart ({what})"),
    "chart-benchmark-no-counts-annuaire": (
        "{why} : {opt:barometre chart adoption|barometre.charts.adoption} dessine leur présence",
        "{why}: {opt:barometre chart adoption|barometre.charts.adoption} draws their presence"),
    # why an Annuaire export has no follower count (chart benchmark, rank)
    "annuaire-no-followers": ("l'Annuaire de l'administration déclare les comptes, pas leurs "
                              "abonnés",
                              "the Annuaire de l'administration lists the accounts, not their "
                              "followers"),
    "chart-benchmark-no-counts-survey": (
        "remplissez la colonne des abonnés du relevé, ou voyez la présence avec "
        "{opt:barometre chart adoption|barometre.charts.adoption}",
        "fill in the survey's follower column, or see the presence with "
        "{opt:barometre chart adoption|barometre.charts.adoption}"),
    # a size that reads as none: the CLI's --size text, a Python caller's size= (a pair, or
    # the CLI's "8x4.5"); {value}: as given
    "chart-bad-size": (
        "{opt:--size|size} « {value} » illisible : attendu {opt:LARGEURxHAUTEUR en pouces, "
        "ex. 8x4.5|(largeur, hauteur) en pouces, ex. (8, 4.5) ou « 8x4.5 »}",
        "{opt:--size|size} “{value}” unreadable: expected {opt:WIDTHxHEIGHT in inches, "
        "e.g. 8x4.5|(width, height) in inches, e.g. (8, 4.5) or “8x4.5”}"),
    "chart-size-range": ("{opt:--size|size={value}} : largeur et hauteur entre 1 et 40 pouces",
                         "{opt:--size|size={value}}: width and height between 1 and 40 inches"),
    "chart-written": ("Graphique écrit : {path}", "Chart written: {path}"),
    # caption parts
    "chart-source": ("Source : {sources}", "Source: {sources}"),
    "chart-sources": ("Sources : {sources}", "Sources: {sources}"),
    # the published sources' pages, under their names (two at most: trend charts name
    # their sources only)
    "chart-url": ("Adresse : {urls}", "Address: {urls}"),
    "chart-urls": ("Adresses : {urls}", "Addresses: {urls}"),
    "chart-base": ("Base : {base}", "Base: {base}"),
    # the benchmark chart: after its base, the peers its ranks count when fewer
    "chart-bench-ranked": (" ; rangs sur les {n} classés{others}",
                           "; ranks out of the {n} ranked{others}"),
    "chart-bench-ranked-other": ("{n} sur {platforms}", "{n} on {platforms}"),
    "chart-bases": ("Bases : {base}", "Bases: {base}"),
    "chart-measure": ("Mesure : {measure}", "Measure: {measure}"),
    # measure-of-all, measure-of-present, measure-of-respondents: messages/published.py
    # the share measured, not the base again (« avec une réponse » read as a response rate)
    "measure-survey": ("part des {plural} présents sur le réseau, parmi ceux ayant répondu",
                       "share of the {plural} present on the network, among those with an "
                       "answer"),
    "measure-survey-f": ("part des {plural} présentes sur le réseau, parmi celles ayant répondu",
                         "share of the {plural} present on the network, among those with an "
                         "answer"),
    # an Annuaire export's share: nobody « répond » to the Annuaire, its entities declare
    # accounts (or none)
    "measure-annuaire": ("part des {plural} de l'Annuaire avec un compte déclaré sur le réseau",
                         "share of the {plural} in the Annuaire with an account declared on "
                         "the network"),
    "chart-fictitious": ("Données fictives", "Fictitious data"),
    "chart-fictitious-title": ("(données fictives)", "(fictitious data)"),
    "chart-survey": ("enquête {name}", "survey {name}"),
    # a chart of readings without any date (a file without a reading date), as the
    # commands' « survey-no-year-note » says it, its --date advice left to them
    "chart-no-year-note": ("Année non précisée : le fichier ne donne aucune date de relevé",
                           "Year not stated: the file gives no reading date"),
    "chart-survey-base-range": (
        "{plural} de l'enquête avec une réponse pour le réseau ({low} à {high} selon le réseau ou l'année)",
        "surveyed {plural} with an answer for the network ({low} to {high} by network or year)"),
    # one year drawn: the count varies by network only
    "chart-survey-base-range-year": (
        "{plural} de l'enquête avec une réponse pour le réseau ({low} à {high} selon le réseau)",
        "surveyed {plural} with an answer for the network ({low} to {high} by network)"),
    # figures split by size band or category (adoption(by=…)): each bar's band and its n
    # of the band's N, the base line saying where they are
    "chart-split-n": ("{group} (n = {n} sur {total})", "{group} (n = {n} of {total})"),
    "chart-split-none-strate": ("population inconnue", "population unknown"),
    "chart-split-none-category": ("sans catégorie", "no category"),
    "chart-split-title-strate": ("{types} par strate de population",
                                 "{types} by population band"),
    "chart-split-title-category": ("{types} par catégorie", "{types} by category"),
    "chart-survey-base-strate": (
        "{plural} de l'enquête avec une réponse pour le réseau dans chaque strate (n sur N "
        "de la strate après chaque part)",
        "surveyed {plural} with an answer for the network in each band (n of the band's N "
        "after each share)"),
    "chart-survey-base-category": (
        "{plural} de l'enquête avec une réponse pour le réseau dans chaque catégorie (n sur "
        "N de la catégorie après chaque part)",
        "surveyed {plural} with an answer for the network in each category (n of the "
        "category's N after each share)"),
    "chart-survey-base": ("{n} {plural} de l'enquête", "{n} surveyed {plural}"),
    "chart-annuaire-base": ("{n} {plural} de l'Annuaire", "{n} {plural} in the Annuaire"),
    "chart-survey-base-one": ("1 {label} de l'enquête", "1 surveyed {label}"),
    "chart-annuaire-base-one": ("1 {label} de l'Annuaire", "1 {label} in the Annuaire"),
    "chart-base-published-fr": ("« {base} »", "\u201c{base}\u201d"),
    "chart-base-french": ("Base : {base}", "Base (as published, in French): {base}"),
    "chart-bases-french": ("Bases : {base}", "Bases (some as published, in French): {base}"),
    # the adoption chart's whiskers: what the interval is for (render.views.ci_note)
    "note-ci-of": ("Traits : intervalle de confiance à 95\u202f% de la part sur l'ensemble des {pops}",
                   "Whiskers: 95% confidence interval for the share of all {pops}"),
    "note-ci-of-bands": ("Traits : intervalle de confiance à 95\u202f% de la part sur {pops}",
                         "Whiskers: 95% confidence interval for the share of {pops}"),
    # every whisker a sure range (k/N–(k + u)/N: 12 of a panel's 13 answered), or some
    "note-sure-of": ("Traits : fourchette sûre de la part sur l'ensemble des {pops}, certaine "
                     "quelles que soient les réponses manquantes",
                     "Whiskers: sure range of the share of all {pops}, whatever the missing "
                     "answers"),
    "note-sure-some": (" ; fourchette sûre, certaine quelles que soient les réponses "
                       "manquantes, pour {platforms}",
                       "; a sure range, whatever the missing answers, for {platforms}"),
    "note-ci-sampled": ("Traits : intervalle de confiance à 95\u202f% de la part dans toute la "
                        "population échantillonnée",
                        "Whiskers: 95% confidence interval for the share in the whole population "
                        "sampled"),
    "note-ci-none-census": (" ; sans trait : exhaustif, part exacte",
                            "; no whisker: census, exact share"),
    "note-ci-none-unknown": (" ; sans trait : effectif inconnu", "; no whisker: count unknown"),
    "note-ci-none-both": (" ; sans trait : exhaustif (part exacte) ou effectif inconnu",
                          "; no whisker: census (exact share) or count unknown"),
    "note-ci": ("Traits : intervalle de confiance à 95\u202f% quand l'effectif est connu",
                "Whiskers: 95% confidence interval where the count is known"),
    # a participatory count's share (flag participatory) on a trend chart: a minimum, as the
    # tables' « recensement participatif, minimum » says
    "chart-share-minimum": ("{share} (minimum)", "{share} (minimum)"),
    "note-derived": ("* part déduite d'une formulation de la source, non d'un chiffre publié",
                     "* share derived from the source's wording, not a published number"),
    "note-range": ("Barre grise : écart entre sources la même année",
                   "Grey bar: spread between sources in the same year"),
    "note-base-break": ("Ligne interrompue : la base change", "Broken line: the base changes"),
    # a break of trend's kind base_uncounted: a counted base beside one the source leaves vague
    "note-base-uncounted-break": ("Ligne interrompue aussi entre un chiffre de base dénombrée et un "
                                  "chiffre de base non précisée par la source (sans nombre)",
                                  "The line is also broken between a figure of a counted base and one "
                                  "whose base its source does not specify (no count)"),
    "note-source-break": ("Points d'un éditeur non reliés quand le chiffre d'un autre s'intercale "
                          "(rupture « autre source » de barometre trend)",
                          "A publisher's points not joined where another publisher's figure comes "
                          "between them (barometre trend's “another source” break)"),
    "note-base-markers": ("Un éditeur dont les chiffres portent sur plusieurs bases : une forme de "
                          "point par base (légende)",
                          "A publisher whose figures have several bases: one marker shape per base "
                          "(legend)"),
    "note-family-break": ("Pointillé vertical : la base change ({families})",
                          "Dotted vertical line: the base changes ({families})"),
    # one change of base family on a trend chart, its line at the date of the change
    "family-break-dated": ("{change}, trait au {date} : {what}",
                           "{change}, line on {date}: {what}"),
    # ... or, the date unknown, midway between the last figure of one and the first of the next
    "family-break-midway": ("{change}, trait à mi-chemin entre leurs chiffres, date du "
                            "changement non connue",
                            "{change}, line midway between their figures, date of the change "
                            "not known"),
    "note-no-month": ("Chiffres sans mois placés en milieu d'année",
                      "Figures without a month placed mid-year"),
    "note-focus": ("En orange : {name}", "In orange: {name}"),
    # a platform not read in the benchmark's year, its latest reading shown with its year
    "label-platform-year": ("{platform} ({year})", "{platform} ({year})"),
    "note-not-in-year": ("Non relevé en {latest}, dernier relevé montré : {items}",
                         "Not read in {latest}, latest reading shown: {items}"),
    "note-median": ("Trait vertical : médiane des pairs", "Vertical mark: peers' median"),
    "note-reference-line": ("Droite : {value} abonnés pour 1\u202f000 habitants (médiane)",
                            "Line: {value} followers per 1,000 inhabitants (median)"),
    "note-font": ("Texte en DejaVu Sans (police libre, https://dejavu-fonts.github.io) : "
                  "installez-la pour modifier le texte à l'identique.",
                  "Text set in DejaVu Sans (free font, https://dejavu-fonts.github.io): "
                  "install it to edit the text as drawn."),
    "note-zero-log": ("0 abonné : au début de l'axe, hors de l'échelle logarithmique ({items})",
                      "0 followers: at the start of the axis, off the log scale ({items})"),
    # both panels of the benchmark chart on log scales, their 0s the same peers'
    "note-zero-log-both": ("0 abonné : au début des deux axes, hors des échelles "
                           "logarithmiques ({items})",
                           "0 followers: at the start of both axes, off the log scales ({items})"),
    # ... or not the same (a population unknown): the right panel's said apart
    "note-zero-log-per-1000": ("0 pour 1\u202f000 habitants : au début de l'axe de droite, hors "
                               "de l'échelle logarithmique ({items})",
                               "0 per 1,000 inhabitants: at the start of the right axis, off "
                               "the log scale ({items})"),
    "note-zero-log-item": ("{platform} : {n} {who}", "{platform}: {n} {who}"),
    "label-zero": ("0", "0"),
    "note-focus-unranked": ("{name} : pas de valeur sur {platform}, donc pas de rang",
                            "{name}: no value on {platform}, hence no rank"),
    # a ranking among one entity's peers (chart ranking --peers)
    "peers-of-region": ("{plural} de la région {region}", "{plural} of the {region} region"),
    "peers-of-strate": ("{plural} de {band}", "{plural} of {band}"),
    # a population band with its inhabitants (render.formats.band_said): the top band is
    # « 100 000 habitants ou plus », never « de ≥ 100 000 habitants »
    "band-inhabitants": ("{band} habitants", "{band} inhabitants"),
    "band-inhabitants-above": ("{low} habitants ou plus", "{low} inhabitants or more"),
    "band-inhabitants-below": ("moins de {high} habitants", "under {high} inhabitants"),
    "note-ranked": ("{n} {plural} classés", "{n} {plural} ranked"),
    "note-ranked-f": ("{n} {plural} classées", "{n} {plural} ranked"),  # feminine types
    # a single entity (render.formats.text_counted): never « 1 métropoles classées »
    "note-ranked-one": ("1 {label} classé{e}", "1 {label} ranked{e}"),  # {e}: "" in English
    # titles, labels
    "title-adoption": ("Présence sur les réseaux sociaux : {types}, {years}",
                       "Social media presence: {types}, {years}"),
    "title-adoption-types": ("Présence sur les réseaux sociaux par type de collectivité, {years}",
                             "Social media presence by type of authority, {years}"),
    "title-trend": ("{what} sur {platform} : {measure}, {years}",
                    "{what} on {platform}: {measure}, {years}"),
    "title-trend-measures": ("{what} sur {platform} : {n} mesures, un graphique chacune, {years}",
                             "{what} on {platform}: {n} measures, one panel each, {years}"),
    "title-trend-survey": ("{what} : part présente sur chaque réseau, {years}",
                           "{what}: share present on each network, {years}"),
    "title-heatmap": ("Présence par type et par réseau, {years}",
                      "Presence by type and network, {years}"),
    "title-heatmap-one": ("{what} : présence par réseau, {years}",
                          "{what}: presence by network, {years}"),
    # {ties}: "" or, when ties at the last rank drawn stretch --top, "title-ranking-ties"
    "title-ranking": ("{platform} : les {top} {plural} les plus suivis{ties}, {year}",
                      "{platform}: the top {top} {plural}{ties}, {year}"),
    "title-ranking-per-1000": (
        "{platform} : les {top} {plural} les plus suivis pour 1\u202f000 habitants{ties}, {year}",
        "{platform}: the top {top} {plural} per 1,000 inhabitants{ties}, {year}"),
    # feminine types ("régions", "villes préfectures": registry's CollectivityType.feminine)
    "title-ranking-f": ("{platform} : les {top} {plural} les plus suivies{ties}, {year}",
                        "{platform}: the top {top} {plural}{ties}, {year}"),
    "title-ranking-per-1000-f": (
        "{platform} : les {top} {plural} les plus suivies pour 1\u202f000 habitants{ties}, {year}",
        "{platform}: the top {top} {plural} per 1,000 inhabitants{ties}, {year}"),
    # --top 10 drawing 11 bars, two tied at the 10th rank: all drawn (as `rank --top`
    # prints them), the count drawn said and why: « les 11 … (2 ex aequo au 10e rang) »
    "title-ranking-ties": (" ({n} ex aequo au {rank} rang)", " ({n} tied at {rank})"),
    # --top 1 among several: « la métropole la plus suivie », never « les 1 métropoles »
    # ({the}, {the_only}, {e}: render.formats.text_counted; {e}, a feminine ending, is "" in English)
    "title-ranking-one": ("{platform} : {the} {label} {the} plus suivi{e}, {year}",
                          "{platform}: {the} top{e} {label}, {year}"),
    "title-ranking-per-1000-one": (
        "{platform} : {the} {label} {the} plus suivi{e} pour 1\u202f000 habitants, {year}",
        "{platform}: {the} top{e} {label} per 1,000 inhabitants, {year}"),
    # a ranking of one entity: no "most followed" among none
    "title-ranking-only-one": ("{platform} : {the_only} {label} classé{e}, {year}",
                               "{platform}: {the_only} {label} ranked{e}, {year}"),
    "title-ranking-per-1000-only-one": (
        "{platform} : {the_only} {label} classé{e} pour 1\u202f000 habitants, {year}",
        "{platform}: {the_only} {label} ranked{e} per 1,000 inhabitants, {year}"),
    "title-benchmark": ("{name} parmi ses pairs, {year}", "{name} among its peers, {year}"),
    "title-scatter": ("{platform} : abonnés et population des {plural}, {year}",
                      "{platform}: followers and population of {plural}, {year}"),
    "subtitle-peers-type": ("Pairs : les {n} {plural} de l'enquête",
                            "Peers: the {n} surveyed {plural}"),
    "subtitle-peers-region": ("Pairs : les {n} {plural} de la région {region} dans l'enquête",
                              "Peers: the {n} surveyed {plural} of the {region} region"),
    "subtitle-peers-strate": ("Pairs : les {n} {plural} de {band} dans l'enquête",
                              "Peers: the {n} surveyed {plural} of {band}"),
    # a single peer, the entity itself (render.formats.text_counted)
    "subtitle-peers-type-one": ("Pairs : {the_only} {label} de l'enquête",
                                "Peers: {the_only} surveyed {label}"),
    "subtitle-peers-region-one": ("Pairs : {the_only} {label} de la région {region} dans l'enquête",
                                  "Peers: {the_only} surveyed {label} of the {region} region"),
    "subtitle-peers-strate-one": ("Pairs : {the_only} {label} de {band} dans l'enquête",
                                  "Peers: {the_only} surveyed {label} of {band}"),
    "label-share": ("Part des collectivités", "Share of authorities"),
    "label-followers": ("Abonnés", "Followers"),
    "label-followers-log": ("Abonnés (échelle logarithmique)", "Followers (log scale)"),
    "label-per-1000-log": ("Abonnés pour 1\u202f000 habitants (échelle logarithmique)",
                           "Followers per 1,000 inhabitants (log scale)"),
    "label-per-1000": ("Abonnés pour 1\u202f000 habitants", "Followers per 1,000 inhabitants"),
    "label-population": ("Population (échelle logarithmique)", "Population (log scale)"),
    "label-followers-log-y": ("Abonnés (échelle log.)", "Followers (log scale)"),
    # one word per state for the benchmark chart and text (``benchmark``, the report):
    # « absent » (Non), « non renseigné » (no answer), and present with a blank follower
    # count (the ranking's « compte … sans nombre d'abonnés »)
    # the entity without an account, in the words of its peers in that state (rank-no-account)
    "label-absent": ("sans compte", "without an account"),
    # ... of an Annuaire export (rank-no-account-annuaire)
    "label-absent-annuaire": ("sans compte déclaré", "without a declared account"),
    "label-no-count": ("compte sans nombre d'abonnés", "account without a follower count"),
    # ... and without an answer (rank-not-answered)
    "label-no-data": ("sans réponse", "not answered"),
    "label-median": ("médiane", "median"),
    "label-ellipsis": ("…", "…"),
    # after the value of a bar whose rank another bar shares (ties share the best rank)
    "label-tied": (" (ex aequo)", " (tied)"),
}
