"""Messages of an entity among its peers (benchmark) and of the ranking (rank)."""

MESSAGES = {
    "peers-entity-absent": ("{name} ({code}) n'est pas dans le fichier d'enquête",
                            "{name} ({code}) is not in the survey file"),
    # the council asked for holds its accounts on several rows of the file (the CeA, 6AE,
    # on 67 and 68; the Collectivité de Corse, 20R, on 2A and 2B): which one is not said
    "peers-entity-several-rows": (
        "{name} ({code}) : ses comptes sont sur {n} lignes du fichier d'enquête, {rows} ; "
        "donnez l'une d'elles : {give}",
        "{name} ({code}): its accounts are on {n} rows of the survey file, {rows}; give "
        "one of them: {give}"),
    # an entity of another type than the file's ("Nouvelle-Aquitaine" in a file of départements)
    "peers-entity-other-type": (
        "{name} ({code}) est {type}, pas {other} : le fichier d'enquête est une enquête "
        "{of_plural}",
        "{name} ({code}) is {type}, not {other}: the survey file surveys {of_plural}"),
    # ... a commune of a grouping of the file's type (Lyon, 69123, in a file of métropoles):
    # that grouping, to give instead
    "peers-entity-other-type-grouping": (
        "{name} ({code}) est {type}, pas {other} : le fichier d'enquête est une enquête "
        "{of_plural} ; la {label} de cette commune est {grouping} : {siren}",
        "{name} ({code}) is {type}, not {other}: the survey file surveys {of_plural}; "
        "this commune's {label} is {grouping}: {siren}"),
    # a platform asked for that the file never surveyed (no column, no answer)
    "peers-platform-not-surveyed": (
        "{platforms} : {what} dans le fichier d'enquête (aucune réponse) ; "
        "réseaux du fichier : {surveyed}",
        "{platforms}: {what} in the survey file (no answer); platforms of the file: "
        "{surveyed}"),
    # a platform of the file without a reading of the year asked for (chart --year)
    "peers-platform-not-in-year": (
        "{platforms} : aucun relevé de {year} dans le fichier d'enquête (relevés de {years})",
        "{platforms}: no reading of {year} in the survey file (readings of {years})"),
    # a platform of the file that none of the entity's peers answered (chart ranking --peers)
    "peers-platform-not-among-peers": (
        "{platforms} : aucune réponse parmi les pairs ({group}) ; le fichier en a ailleurs",
        "{platforms}: no answer among the peers ({group}); the file has some elsewhere"),
    # --peers strate for a type whose entities nearly all fall in one population band
    "peers-strate-one-band": (
        "{opt:--peers strate|peers=\"strate\"} ne départage pas les {plural} : {n} sur {total} sont dans la même "
        "strate de population ({band}) ; {instead} ; pour comparer "
        "sans l'effet de la taille : le nombre d'abonnés pour 1\u202f000 habitants, que "
        "benchmark donne (rank : {opt:--metric followers_per_1000|metric=\"followers_per_1000\"})",
        "{opt:--peers strate|peers=\"strate\"} does not divide the {plural}: {n} of {total} are in the same "
        "population band ({band}); {instead}; to compare "
        "regardless of size: the followers per 1,000 inhabitants, which benchmark gives "
        "(rank: {opt:--metric followers_per_1000|metric=\"followers_per_1000\"})"),
    # a rule narrowing the file (region, strate, category) that leaves the entity with
    # fewer than MIN_PEERS in its group: « 1er sur 1 » compares nothing, refused
    "peers-too-few": (
        "{opt:--peers {peers}|peers=\"{peers}\"} : {group} dans le fichier d'enquête : {names} seulement ; trop peu "
        "pour un rang (au moins {least}, la collectivité comprise) ; "
        "{instead}{default}",
        "{opt:--peers {peers}|peers=\"{peers}\"}: {group} in the survey file: {names} only; too few for a rank (at "
        "least {least}, the authority included); {instead}{default}"),
    # what a refused peer rule advises instead: the rules the entity and file would accept
    "peers-instead": ("comparez avec {rules}", "compare with {rules}"),
    "peers-instead-none": ("aucune autre règle de pairs n'en retient assez (au moins {least})",
                           "no other peer rule keeps enough (at least {least})"),
    "peers-too-few-default": (" ; ou {opt:sans --peers|avec peers=None} : même catégorie ({kinds})",
                              "; or {opt:without --peers|with peers=None}: same category ({kinds})"),
    # peers="category" (the default of an intercommunalité) asked for another type
    "peers-category-none": (
        "peers=« category » : les {plural} n'ont pas de catégorie (celle des "
        "intercommunalités : CA, CC, CU, métropoles) ; attendu type, region ou strate",
        "peers=“category”: {plural} have no category (that of intercommunalités: CA, CC, "
        "CU, métropoles); expected type, region or strate"),
    # what the peers share, named in the benchmark's head line
    "bench-peers-type": ("même type", "same type"),
    "bench-peers-region": ("même région", "same région"),
    "bench-peers-region-named": ("même région ({region})", "same région ({region})"),
    "bench-peers-strate": ("même strate de population", "same population band"),
    "bench-peers-category": ("même catégorie", "same category"),
    # --peers type of an intercommunalité in a file of several categories: all of them
    "bench-peers-type-all-kinds": ("même type, toutes catégories d'intercommunalités",
                                   "same type, every category of intercommunalités"),
    # the peers all of one category of intercommunalités (a CA among CA)
    "bench-peers-kind": ("même catégorie ({kinds})", "same category ({kinds})"),
    "bench-peers-and": ("{first} et {second}", "{first} and {second}"),
    "bench-peers-strate-named": ("même strate de population ({band})",
                                 "same population band ({band})"),
    # rank: how many were ranked, and who was not
    "rank-count": ("{n} {plural} {ranked}", "{n} {plural} {ranked}"),
    "rank-count-out": (" ({items})", " ({items})"),
    # a council of two départements ranked once (analysis.peers.council_once)
    "rank-count-councils": ("{n} {ranked} : {rows} et {councils}",
                            "{n} {ranked}: {rows} and {councils}"),
    "rank-councils-once-one": ("1 conseil de deux départements", "1 council of two départements"),
    "rank-councils-once-many": ("{n} conseils de deux départements chacun",
                                "{n} councils of two départements each"),
    "note-councils-once": (
        "Un conseil pour deux départements, un seul compte, classé une fois avec la "
        "population qu'il sert : {items}",
        "One council for two départements, one account, ranked once with the population "
        "it serves: {items}"),
    # ... on the scatter: one dot
    "note-councils-once-drawn": (
        "Un conseil pour deux départements, un seul compte, un seul point avec la population "
        "qu'il sert : {items}",
        "One council for two départements, one account, one dot with the population it "
        "serves: {items}"),
    # ... in a table of several platforms (the report's Classement): on which
    "note-council-once-on": ("{council} sur {platforms}", "{council} on {platforms}"),
    "rank-not-answered": ("{n} sans réponse", "{n} not answered"),
    "rank-no-account": ("{n} sans compte", "{n} without an account"),
    # ... of an Annuaire export: no account declared (one may exist)
    "rank-no-account-annuaire": ("{n} sans compte déclaré", "{n} without a declared account"),
    "rank-no-count": ("{n} avec un compte sans nombre d'abonnés",
                      "{n} with an account but no follower count"),
    # ... in the file (an Instagram row) but no row of the platform ranked: a part of the
    # base, so that it adds up to the file's entities
    "rank-no-reading": ("{n} sans relevé {platform}", "{n} with no {platform} reading"),
    # benchmark: the peers not ranked (the entity aside), in rank's words, named when few
    "bench-not-ranked-named": ("{item} : {names}", "{item}: {names}"),
    "note-bench-not-ranked": ("Pairs non classés — {items}", "Peers not ranked — {items}"),
    "note-bench-not-ranked-platform": ("{platform} : {items}", "{platform}: {items}"),
    # ... on a chart, counted per platform only (the names and reasons are in benchmark's
    # table and the report's Benchmark sheet; a chart is no report's, and a command could
    # not run as printed without its --data and --type: no pointer)
    "note-bench-not-ranked-counts": (
        "Pairs non classés (sans réponse, sans compte, sans nombre d'abonnés ou sans relevé "
        "du réseau) : {items}",
        "Peers not ranked (no answer, no account, no follower count or no reading of the "
        "platform): {items}"),
    # ... of an Annuaire export: none of its peers is « sans réponse »
    "note-bench-not-ranked-counts-annuaire": (
        "Pairs non classés (sans compte déclaré, sans nombre d'abonnés ou sans relevé du "
        "réseau) : {items}",
        "Peers not ranked (no declared account, no follower count or no reading of the "
        "platform): {items}"),
    "note-bench-not-ranked-count": ("{platform} {n}", "{platform} {n}"),
    # a ranking's base, its entities a part of the type's in France: « 11 villes préfectures
    # classées (1 sans compte) sur les 12 du fichier (101 en France) », never read as all
    "rank-of-file": (" sur les {n} du fichier ({total} en France)",
                     " of the {n} in the file ({total} in France)"),
    "rank-of-file-one": (" ({total} en France)", " ({total} in France)"),
    # ... the ranking chart's title: « les 10 villes préfectures du fichier les plus suivies »
    "ranking-of-file": ("{plural} du fichier", "{plural} in the file"),
    # a file of communes all villes préfectures (grandes villes, villes moyennes: all
    # feminine), as compare finds it (compare-narrower-type): the peers and the ranking
    # say what the file is, never « sur 34 875 en France »
    "rank-of-file-narrower": (" sur les {n} du fichier, toutes des {label} ({n} sur {total})",
                              " of the {n} in the file, all {label} ({n} of {total})"),
    "rank-of-file-narrower-one": (", une {label} (1 sur {total})", ", a {label} (1 of {total})"),
    "peers-narrower": (", toutes des {label} ({n} sur {total})", ", all {label} ({n} of {total})"),
    "peers-narrower-one": (", une {label} (1 sur {total})", ", a {label} (1 of {total})"),
    # ... and how --type reads them: the command line's, then the chart's and the report's
    # (no option: in words)
    "narrower-hint-cli": ("Lues comme communes ; --type {type} les lit comme {label} (parmi les "
                          "{total})",
                          "Read as communes; --type {type} reads them as {label} (among the "
                          "{total})"),
    "narrower-hint-words": ("lues ici comme communes ; lues comme {label} (type {type}), elles "
                            "le seraient parmi les {total} {label}",
                            "read here as communes; read as {label} (type {type}), they would "
                            "be among the {total} {label}"),
    "rank-top-ties": ("--top {top} : {n} lignes, ex aequo compris",
                      "--top {top}: {n} rows, ties included"),
    # rank(peers=…) without entity=, rank --peers without --entity
    "rank-peers-need-entity": (
        "{opt:--peers {peers}|peers=\"{peers}\"} demande {opt:--entity|entity=} (la collectivité dont les pairs sont classés)",
        "{opt:--peers {peers}|peers=\"{peers}\"} needs {opt:--entity|entity=} (the authority whose peers are ranked)"),
    "peers-unknown": ("peers=« {value} » inconnu : attendu type, region, strate ou category",
                      "unknown peers=“{value}”: expected type, region, strate or category"),
    "peers-survey-empty": ("fichier d'enquête sans données", "a survey file without data"),
    "rank-metric-unknown": (
        "métrique « {value} » inconnue : attendu followers ou followers_per_1000",
        "unknown metric “{value}”: expected followers or followers_per_1000"),
    "rank-no-values": ("aucun {metric} pour {platform} dans le fichier",
                       "no {metric} for {platform} in the file"),
    # ... of an Annuaire export: why (chart benchmark's words) and what to do instead
    "rank-no-values-annuaire": (
        "aucun {metric} pour {platform} dans le fichier : {why} ; pour classer des abonnés, "
        "écrivez un modèle d'enquête pré-rempli de ces comptes (« {command} »), complétez-y "
        "les abonnés à la main, puis classez-le (--data modele.xlsx)",
        "no {metric} for {platform} in the file: {why}; to rank followers, write a survey "
        "template pre-filled with these accounts (“{command}”), fill in the followers by "
        "hand, then rank it (--data modele.xlsx)"),
    "rank-top-invalid": ("top doit être un nombre entier d'au moins 1, pas {value}",
                         "top must be a whole number of at least 1, not {value}"),
    # readings older than the year ranked (a 2024 count among 2025 ones): set aside, counted
    "set-aside-year": ("{n} relevé{s} de {year}", "{n} reading{s} of {year}"),
    # readings set aside of one campaign with the year ranked (campaign-crosses-year)
    "set-aside-same-campaign": (" (de la même campagne que {year}, coupée au 31 décembre)",
                                " (of the same campaign as {year}, cut at 31 December)"),
    # readings of no year (a blank year cell in a file of several years): not older ones
    "set-aside-no-year": ("{n} relevé{s} sans année, non classé{s}",
                          "{n} reading{s} without a year, not ranked"),
    "note-focus-no-year": ("{name} : relevé sans année, donc pas de rang parmi ceux de {ranked}",
                           "{name}: reading without a year, so no rank among those of {ranked}"),
    "rank-set-aside": (" ; plus anciens, laissés de côté : {items}",
                       "; older, set aside: {items}"),
    # a follower count beside "Non" or a blank presence read absent ("Non;0"): no account's
    # count, left out of rankings, benchmarks and follower statistics, counted
    "no-account": ("{n} nombre{s} d'abonnés sans compte (présence Non, vide ou douteuse), "
                   "non classé{s}",
                   "{n} follower count{s} without an account (presence No, blank or doubtful), "
                   "not ranked"),
    # those beside a doubtful answer (« Oui ? » beside « 33 000 »), each entity with its cell
    "no-account-doubtful": (" (dont {items}{more})", " (including {items}{more})"),
    "no-account-doubtful-item": ("{name}, présence douteuse « {value} »",
                                 "{name}, doubtful presence “{value}”"),
    "no-account-doubtful-more": (" et {n} autre{s}", " and {n} other{s}"),
    # more doubtful cells than the reader keeps (reader.DOUBTFUL_KEPT): not counted here
    "no-account-doubtful-others": (" et peut-être d'autres", " and perhaps others"),
    "note-set-aside": ("Plus anciens, laissés de côté : {items}", "Older, set aside: {items}"),
    "note-focus-older": ("{name} : relevé de {year}, plus ancien que ceux de {ranked}, donc pas de rang",
                         "{name}: reading of {year}, older than those of {ranked}, so no rank"),
    # the entity asked for (rank --entity, chart ranking --entity) without a rank, and why:
    # its latest reading on the platform, in the words of the base ("sans compte"…)
    # (rank's attrs["entity_not_ranked"]; the note says it, never « pas de valeur » alone)
    "note-focus-not-answered": (
        "{name} : sans réponse sur {platform} (présence non renseignée), donc pas de rang",
        "{name}: not answered on {platform} (presence left blank), hence no rank"),
    "note-focus-absent": ("{name} : sans compte sur {platform}, donc pas de rang",
                          "{name}: no account on {platform}, hence no rank"),
    "note-focus-count-without-account": (
        "{name} : sans compte sur {platform} (un nombre d'abonnés donné avec la présence Non, "
        "vide ou douteuse, non classé), donc pas de rang",
        "{name}: no account on {platform} (a follower count given with presence No, "
        "blank or doubtful, not ranked), hence no rank"),
    "note-focus-no-count": (
        "{name} : compte sur {platform} sans nombre d'abonnés, donc pas de rang",
        "{name}: account on {platform} without a follower count, hence no rank"),
    "note-focus-population-zero": (
        "{name} : un nombre d'abonnés sur {platform} mais 0 habitant, donc pas de rang pour "
        "1\u202f000 habitants",
        "{name}: a follower count on {platform} but 0 inhabitants, hence no rank per 1,000 "
        "inhabitants"),
    "note-focus-population-unknown": (
        "{name} : un nombre d'abonnés sur {platform} mais une population inconnue, donc pas "
        "de rang pour 1\u202f000 habitants",
        "{name}: a follower count on {platform} but an unknown population, hence no rank per "
        "1,000 inhabitants"),
    "note-focus-no-reading": (
        "{name} : aucun relevé sur {platform} dans le fichier, donc pas de rang",
        "{name}: no reading on {platform} in the file, hence no rank"),
    # counts the file gave abbreviated ("184,8k" read as 184 800): rounded, marked "≈"
    # ... {example}: one of the counts shown as the file typed it, and the number read, or
    # a number written so (note-rounded-written)
    "note-rounded": ("≈ : {n} valeur{s} tirée{s} d'un nombre abrégé dans le fichier "
                     "({example}), donc arrondie{s}",
                     "≈: {n} value{s} from a number abbreviated in the file ({example}), "
                     "so rounded"),
    # a benchmark's: the entity's follower counts typed abbreviated, counted as such (one
    # per platform), then ({per_1000}) the numbers per 1,000 inhabitants computed from them,
    # marked ≈ too (note-rounded-per-1000*) or "" where they are not marked
    "note-rounded-counts": ("≈ : {n} nombre{s} d'abonnés abrégé{s} dans le fichier ({example}), "
                            "donc arrondi{s}{per_1000}",
                            "≈: {n} follower count{s} abbreviated in the file ({example}), "
                            "so rounded{per_1000}"),
    "note-rounded-per-1000-one": (", comme son nombre pour 1\u202f000 habitants",
                                  ", as is its number per 1,000 inhabitants"),
    "note-rounded-per-1000": (", comme leurs nombres pour 1\u202f000 habitants",
                              ", as are their numbers per 1,000 inhabitants"),
    "note-rounded-written": ("un nombre écrit comme « 1,2k », lu 1\u202f200",
                             "written like “1.2k”, read as 1,200"),
    "note-rounded-example": ("« {typed} », lu {read}", "“{typed}”, read as {read}"),
    "note-rounded-examples": ("comme « {typed} », lu {read}", "such as “{typed}”, read as {read}"),
    # a benchmark's rank that a count read from an abbreviated number leaves open: « 3e ou
    # 4e sur 13 : le compte de Gironde, « 112 k », est arrondi » (analysis.peers.rank_range)
    "rank-range-two": ("{best} ou {worst} sur {n}", "{best} or {worst} of {n}"),
    "rank-range": ("{best} à {worst} sur {n}", "{best} to {worst} of {n}"),
    # {name}, {items}: « de Gironde », « de Gironde (« 112 k ») et d'Isère » in French
    "bench-rounded-one": (" : le compte {name}, « {typed} », est arrondi",
                          ": the count of {name}, “{typed}”, is rounded"),
    "bench-rounded-one-untyped": (" : le compte {name} est arrondi",
                                  ": the count of {name} is rounded"),
    "bench-rounded-several": (" : les comptes {items} sont arrondis",
                              ": the counts of {items} are rounded"),
    "bench-rounded-many": (" : {n} comptes sont arrondis, dont ceux {items}",
                           ": {n} counts are rounded, among them those of {items}"),
    "bench-rounded-item": ("{name} (« {typed} »)", "{name} (“{typed}”)"),
    # the caption's and the report's line of such a rank: which platform and value it is
    "bench-rank-range-line": ("{ranks} ({platform}, {value}){why}",
                              "{ranks} ({platform}, {value}){why}"),
    "bench-value-followers": ("abonnés", "followers"),
    "bench-value-per-1000": ("pour 1 000 habitants", "per 1,000 inhabitants"),
    # counts the reader questioned (validate's count-above-population, count-outlier,
    # count-implausible-population): shown and ranked as read, marked beside the value
    "mark-questioned": ("(à vérifier)", "(to check)"),
    "note-questioned": (
        "(à vérifier) : {n} nombre{s} d'abonnés mis en doute à la lecture du fichier "
        "({codes} ; détail : barometre validate), compté{s} tel{s} que lu{s}",
        "(to check): {n} follower count{s} questioned when the file was read ({codes}; "
        "details: barometre validate), counted as read"),
    # a benchmark's peers compared whose count the reader questioned: « 1re sur 126 (dont
    # 1 à vérifier) », their counts make the rank, the median and the index
    "bench-peers-questioned": (" (dont {n} à vérifier)", " ({n} of them to check)"),
    "questioned-codes-commune": ("count-implausible-population", "count-implausible-population"),
    "questioned-codes-territory": ("count-above-population ou count-outlier",
                                   "count-above-population or count-outlier"),
    # a survey of départements measures councils: the population one serves, said once
    "note-population-served": (
        "Population du conseil, non du territoire : {items}",
        "Population of the council, not of the territory: {items}"),
    "note-population-served-item": (
        "{territory} ({dep}) : « {council} » ({council_code}), {served} habitants "
        "(territoire : {own})",
        "{territory} ({dep}): “{council}” ({council_code}), {served} inhabitants "
        "(territory: {own})"),
    # ... on a chart, in one short sentence: the territories by council
    "note-population-served-short": (
        "Population du conseil, non du territoire, pour {items}",
        "Population of the council, not of the territory, for {items}"),
    "note-population-served-council": ("{codes} ({council})", "{codes} ({council})"),
    "label-year-unknown": ("année inconnue", "unknown year"),
    "label-older": ("relevé de {year} laissé de côté", "reading of {year} set aside"),
}
