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
    # cells
    "pub-census": ("exhaustif", "census"),
    "pub-n-unknown": ("n inconnu", "n unknown"),
    "pub-source-label": ("Source : ", "Source: "),
    # what a figure measures
    "measure-of-all": ("part de toutes les entités de la base", "share of all entities of the base"),
    "measure-of-present": ("part des collectivités présentes sur les réseaux sociaux",
                           "share of the authorities present on social media"),
    "measure-of-respondents": ("part des répondants d'une enquête", "share of a survey's respondents"),
    # notes under a table
    "pub-no-figure-that-year": ("⚠ aucun chiffre cette année-là pour : {names}",
                                "⚠ no figure that year for: {names}"),
    "pub-unknown-denominator": (
        "⚠ dénominateur inconnu pour {count} chiffre(s) d'échantillon : pas d'intervalle de confiance.",
        "⚠ unknown denominator for {count} sample figure(s): no confidence interval."),
    "pub-small-n": ("⚠ petit effectif (n < {limit}) pour {count} chiffre(s) : intervalle large, à "
                    "lire avec prudence.",
                    "⚠ small base (n < {limit}) for {count} figure(s): wide interval."),
    "pub-census-note": ("exhaustif : la base est toute la population nommée (recensement), sans "
                        "erreur d'échantillonnage ; pas d'intervalle.",
                        "census: the base is the whole population it names, with no sampling "
                        "error; no interval."),
    "pub-survey-ci-note": (
        "IC 95\u202f% : Wilson avec correction de population finie (N = {pops}), pour la part des N ; "
        "chaque borne est portée à la part possible la plus proche, (k + j)/N, donc jamais hors de "
        "k/N à (k + u)/N, bornes sûres de la part quelles que soient les u collectivités sans "
        "réponse ou absentes du fichier (k présentes).",
        "95% CI: Wilson with finite-population correction (N = {pops}), for the share of all N; "
        "each bound is moved outward to the nearest possible share, (k + j)/N, so never outside "
        "k/N to (k + u)/N, where the share lies whatever the u authorities unanswered or not in "
        "the file are (k present)."),
    "pub-survey-ci-bands": ("les {type} de chaque strate en France", "the {type} of each band in France"),
    "pub-survey-ci-sample-note": (
        "IC 95\u202f% : Wilson, qui traite les collectivités du fichier comme un échantillon d'une "
        "population de taille inconnue (sans correction de population finie).",
        "95% CI: Wilson, treating the file's authorities as a sample of a population of unknown "
        "size (no finite-population correction)."),
    "pub-wording-note": ("* chiffre déduit d'une formulation (« toutes les régions » = 100 %) : pas "
                         "d'intervalle.",
                         "* figure derived from wording ('all regions' = 100%): no interval."),
    "pub-present-note": ("° part parmi les collectivités présentes sur les réseaux sociaux, pas "
                         "parmi toutes.",
                         "° share among authorities present on social media, not among all."),
    "pub-respondents-note": ("§ part des répondants d'une enquête, pas de toutes les collectivités.",
                             "§ share of a survey's respondents, not of all authorities."),
    "pub-not-k-of-n-note": ("≈ la part publiée n'est pas k/n pour le n publié : pas d'intervalle.",
                            "≈ the published share is not k/n for the published n: no interval."),
    "pub-restated-note": ("↺ chiffre repris par une étude postérieure ; voir ses notes.",
                          "↺ figure restated by a later study; see its notes."),
    "pub-disputed-note": ("‡ chiffre contesté ({source}) : {notes}",
                          "‡ disputed figure ({source}): {notes}"),
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
    # trend
    "pub-series-head": ("Série {n} : {measure} — {family}", "Series {n}: {measure} — {family}"),
    "pub-break-source": ("rupture : autre source (avant : {before})",
                         "break: another source (before: {before})"),
    "pub-break-base": ("rupture : autre base (avant : {before})",
                       "break: another base (before: {before})"),
    "pub-break-col": ("Rupture", "Break"),
    # errors
    "pub-unknown-source": ("source inconnue « {source} » ; voir « barometre sources »",
                           "unknown source '{source}'; see 'barometre sources'"),
    "pub-no-figure-for-type": ("aucun chiffre pour le type « {type} »{in_source}{for_platforms}",
                               "no figure for type '{type}'{in_source}{for_platforms}"),
    "pub-in-source": (" dans la source « {source} »", " in source '{source}'"),
    "pub-for-these-platforms": (" pour ces réseaux", " for these platforms"),
    "pub-no-figure-in-year": (
        "aucun chiffre pour le type « {type} » en {year} ; années disponibles : {years}",
        "no figure for type '{type}' in {year}; years available: {years}"),
    "pub-bad-year": ("année illisible « {year} » : une année s'écrit en chiffres (2015)",
                     "unreadable year '{year}': a year is written in digits (2015)"),
    "pub-no-dated-figure": ("aucun chiffre daté pour le type « {type} » sur « {platform} »",
                            "no dated figure for type '{type}' on '{platform}'"),
    "pub-no-selection": ("aucun chiffre publié ne correspond à cette sélection",
                         "no published figure matches this selection"),
}
