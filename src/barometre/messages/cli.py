"""The command line's own words: help chrome and the errors Click raises while parsing."""

MESSAGES = {
    "cli-usage": ("Utilisation : ", "Usage: "),
    "cli-help-option": ("Afficher cette aide et quitter.", "Show this message and exit."),
    # after a usage error, on its line
    "cli-try-help": (" (aide : « {command} --help »)", " (help: “{command} --help”)"),
    "cli-missing-option": ("option obligatoire manquante : {option}", "missing option: {option}"),
    # --type left out of a --data command (cli.options.type_of_data): the file's type, said;
    # or the error of a missing --type, with why the file does not settle it
    "cli-type-guessed": (
        "type deviné : {types} (--type {id}), celui de toutes les entités du fichier ({n})",
        "type guessed: {types} (--type {id}), that of every entity in the file ({n})"),
    # several files (trend, report, charts over waves): each file's entities counted
    "cli-type-guessed-files": (
        "type deviné : {types} (--type {id}), celui de toutes les entités des fichiers "
        "({counts})",
        "type guessed: {types} (--type {id}), that of every entity in the files ({counts})"),
    # one file's count in cli-type-guessed-files
    "cli-type-guessed-file": ("{file} : {n}", "{file}: {n}"),
    "cli-type-needed": ("option obligatoire manquante : --type / -t ({why})",
                        "missing option: --type / -t ({why})"),
    # codes two types read alike (the reader's type-guessed): neither reading said as chosen
    "cli-type-tie": (
        "{n} code{s} lisible{s} aussi bien comme code{s} {of_chosen} que {of_other} : "
        "précisez --type {chosen_id} si ce sont des {chosen}, --type {other_id} si ce sont "
        "des {other}, ou ajoutez une colonne de noms",
        "{n} code{s} readable as code{s} {of_chosen} as well as {of_other}: give --type "
        "{chosen_id} if they are {chosen}, --type {other_id} if they are {other}, or add a "
        "name column"),
    "cli-type-tie-named": (
        "{n} code{s} lisible{s} aussi bien comme code{s} {of_chosen} que {of_other}, les "
        "noms de « {names} » ne tranchant pas : précisez --type {chosen_id} si ce sont des "
        "{chosen}, --type {other_id} si ce sont des {other}",
        "{n} code{s} readable as code{s} {of_chosen} as well as {of_other}, the names in "
        "“{names}” not deciding: give --type {chosen_id} if they are {chosen}, --type "
        "{other_id} if they are {other}"),
    "cli-type-mixed": ("le fichier mêle plusieurs types : {types}",
                       "the file mixes several types: {types}"),
    "cli-missing-argument": ("argument obligatoire manquant : {argument}",
                             "missing argument: {argument}"),
    "cli-no-such-option": ("option inconnue : {option}{hint}", "no such option: {option}{hint}"),
    "cli-bad-choice": ("valeur invalide pour {option} : « {value} » ; valeurs possibles : {choices}",
                       "invalid value for {option}: “{value}”; possible values: {choices}"),
    "cli-bad-value": ("valeur invalide pour {option} : {detail}", "invalid value for {option}: {detail}"),
    # the program's name before each error line, with each language's punctuation
    "cli-said": ("barometre : {message}", "barometre: {message}"),
    # Click's own type checks, said in the user's language
    "cli-not-int": ("« {value} » n'est pas un nombre entier", "“{value}” is not a whole number"),
    "cli-not-number": ("« {value} » n'est pas un nombre", "“{value}” is not a number"),
    "cli-out-of-range": ("{value} (il faut {range})", "{value} (must be {range})"),
    "range-at-least": ("au moins {low}", "at least {low}"),
    "range-more-than": ("plus de {low}", "more than {low}"),
    "range-at-most": ("au plus {high}", "at most {high}"),
    "range-less-than": ("moins de {high}", "less than {high}"),
    "range-between": ("de {low} à {high}", "from {low} to {high}"),
    "cli-needs-value": ("l'option {option} demande une valeur", "option {option} requires a value"),
    "cli-extra-arguments": ("argument{s} en trop : {args}", "unexpected extra argument{s}: {args}"),
    "cli-no-such-command": ("commande inconnue « {name} »{hint}", "no such command “{name}”{hint}"),
    "cli-missing-command": ("commande manquante (voir « barometre --help »)",
                            "missing command (see “barometre --help”)"),
    "cli-aborted": ("interrompu", "aborted"),
    # an option of one value given twice (cli.app._refuse_repeats)
    "cli-option-repeated": (
        "option {option} donnée {n} fois : « barometre {command} » n'en lit qu'une{hint}",
        "option {option} given {n} times: “barometre {command}” reads only one{hint}"),
    "cli-option-repeated-data": (" (plusieurs fichiers : barometre trend, changes ou report)",
                                 " (several files: barometre trend, changes or report)"),
    # --csv and --json, shortcuts of --format (chrome.Command): one output at a time
    "cli-format-conflict": (
        "{given} : deux formats de sortie à la fois ; un seul parmi --format, --csv, --json",
        "{given}: two output formats at once; only one of --format, --csv, --json"),
    "cli-csv-flag": ("Raccourci de --format csv.", "Shortcut for --format csv."),
    "cli-json-flag": ("Raccourci de --format json.", "Shortcut for --format json."),
    "cli-within-needs-data": ("--within ne s'applique qu'avec --data (données d'enquête)",
                              "--within applies only with --data (survey data)"),
    "cli-panel-needs-data": ("--panel ne s'applique qu'avec --data (données d'enquête)",
                             "--panel applies only with --data (survey data)"),
    "cli-by-needs-data": ("--by ne s'applique qu'avec --data (données d'enquête)",
                          "--by applies only with --data (survey data)"),
    "validate-summary": ("{file} : {errors} erreur{e}, {warnings} avertissement{w}",
                         "{file}: {errors} error{e}, {warnings} warning{w}"),
    # entities whose every answer is blank are not counted: say "with an answer"
    "coverage-line": ("Couverture : {n} sur {total} {what} avec au moins une réponse dans le "
                      "fichier",
                      "Coverage: {n} of {total} {what} with at least one answer in the file"),
    # a file of several years: the coverage of the year shown (another year's answers are
    # in the file too)
    "coverage-line-year": ("Couverture : {n} sur {total} {what} avec au moins une réponse en "
                           "{year} dans le fichier",
                           "Coverage: {n} of {total} {what} with at least one answer in {year} "
                           "in the file"),
    # under -p: the entities that answered on those platforms, said so (as the report's
    # « Couverture de l'enquête … sur Facebook »)
    "coverage-line-platforms": (
        "Couverture : {n} sur {total} {what} avec au moins une réponse sur {platforms} dans "
        "le fichier",
        "Coverage: {n} of {total} {what} with at least one answer on {platforms} in the file"),
    "coverage-line-year-platforms": (
        "Couverture : {n} sur {total} {what} avec au moins une réponse sur {platforms} en "
        "{year} dans le fichier",
        "Coverage: {n} of {total} {what} with at least one answer on {platforms} in {year} "
        "in the file"),
    # an Annuaire export: its entities are listed in the Annuaire, none « répond » (every
    # one has its declared accounts, or none)
    "coverage-line-annuaire": ("Couverture de l'Annuaire : {n} sur {total} {what}",
                               "Annuaire coverage: {n} of {total} {what}"),
    "coverage-councils": ("conseils départementaux", "conseils départementaux (county councils)"),
    "bench-years": ("Relevés comparés : {years} (la dernière année de chaque réseau)",
                    "Readings compared: {years} (the latest year on each platform)"),
    "bench-set-aside": (" ; plus anciens, laissés de côté : {items}",
                        "; older, set aside: {items}"),
    "bench-entity-older": (
        "pas de relevé de {year} ; celui de {own} est plus ancien, laissé de côté "
        "({peers} avec un relevé de {year})",
        "no reading of {year}; its reading of {own} is older, set aside "
        "({peers} read in {year})"),
    # a platform whose latest readings are older than the benchmark's year (TikTok read
    # in 2025, not in 2026): its line said of its own year, never as the latest's
    "bench-not-in-year": ("non relevé en {latest} ; dernier relevé ({year}) : {line}",
                          "not read in {latest}; latest reading ({year}): {line}"),
    # an entity absent or without data on a platform: how many peers have a count there
    "bench-peers-with-count": (" ({peers} avec un nombre d'abonnés)",
                               " ({peers} with a count)"),
    # the same, with the peers not ranked (the entity aside): "; 2 sans réponse, 9 sans compte"
    "bench-peers-with-count-out": (" ({peers} avec un nombre d'abonnés ; {items})",
                                   " ({peers} with a count; {items})"),
    # ... {peers}: how many, none said so (« aucun pair », never « 0 pair »)
    "bench-peers-n": ("{n} pair{s}", "{n} peer{s}"),
    "bench-peers-none": ("aucun pair", "no peer"),
    "bench-few-peers": (" — peu de pairs : rang et indice à lire avec prudence",
                        " — few peers: read the rank and index with care"),
    "rank-year": (" — relevés {year}", " — readings {year}"),
    # the line above `rank`'s table: which platform, which value, which year is ranked
    "rank-title": ("{platform} : abonnés{year}", "{platform}: followers{year}"),
    "rank-title-per-1000": ("{platform} : abonnés pour 1\u202f000 habitants{year}",
                            "{platform}: followers per 1,000 inhabitants{year}"),
    "rank-title-year": (", {year}", ", {year}"),
    "rank-no-population-zero": (
        "{n} {who} avec un nombre d'abonnés mais 0 habitant : pas de rang pour 1\u202f000 "
        "habitants",
        "{n} {who} with a follower count but 0 inhabitants: no rank per 1,000 inhabitants"),
    "rank-no-population-unknown": (
        "{n} {who} avec un nombre d'abonnés mais une population inconnue : pas de rang pour "
        "1\u202f000 habitants",
        "{n} {who} with a follower count but an unknown population: no rank per 1,000 "
        "inhabitants"),
    # a territory whose accounts are its council's, serving another population (2B, 69)
    "bench-entity-council": ("{name} ({dep}) : compte {council} ({council_code}), {inhabitants}",
                             "{name} ({dep}): account {council} ({council_code}), "
                             "{inhabitants}"),
    # 2A and 2B giving one count: one peer, ranked once (« 1er sur 11 » of 12 rows)
    "bench-council-once-base": (", dont {pair} : un seul compte, classé une fois",
                                ", of which {pair}: one account, ranked once"),
    "bench-inhabitants": ("{n} habitant{s}", "{n} inhabitant{s}"),
    "bench-population-unknown": ("population inconnue", "population unknown"),
    # column headings of the terminal tables
    "col-id": ("Id", "Id"),
    "col-publisher": ("Éditeur", "Publisher"),
    "col-year": ("Année", "Year"),
    "col-n-rates": ("Taux", "Rates"),
    "col-n-named": ("Chiffres nommés", "Named figures"),
    "col-url": ("Adresse", "URL"),
    "col-code": ("Code", "Code"),
    "col-name": ("Nom", "Name"),
    "col-population": ("Population", "Population"),
    "col-departement": ("Dép.", "Dept."),
    "col-region": ("Région", "Region"),
    "col-kind": ("Catégorie", "Category"),
    "col-label": ("Libellé", "Label"),
    "col-color": ("Couleur", "Colour"),
    "col-aliases": ("Alias", "Aliases"),
    "col-entity-named": ("Collectivité (nom publié)", "Authority (name as published)"),
    "col-metric": ("Mesure", "Measure"),
    "col-value": ("Valeur", "Value"),
    "col-source": ("Source", "Source"),
    "col-platform": ("Réseau", "Platform"),
    "cli-entity-needs-data": ("--entity demande --data (fichier d'enquête)",
                              "--entity needs --data (a survey file)"),
    # report --peers region|strate without --entity: the peers of whom? (nothing to draw)
    "cli-peers-need-entity": (
        "--peers {peers} demande --entity (la collectivité du Benchmark, dont les pairs sont "
        "choisis)",
        "--peers {peers} needs --entity (the Benchmark's authority, whose peers are chosen)"),
}
