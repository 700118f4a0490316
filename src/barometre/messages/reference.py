"""Messages of the reference universe: finding a collectivité by its code or name."""

MESSAGES = {
    # the population behind "pour 1 000 habitants" (data/reference/README.md)
    "population-insee": (
        "population municipale INSEE (populations légales 2023, en vigueur au 1er janvier "
        "2026 ; Mayotte : recensement de 2017)",
        "INSEE municipal population (legal populations of 2023, in force on 1 January 2026; "
        "Mayotte: 2017 census)"),
    # the same, no entity of Mayotte in the figure: its older census not said
    "population-insee-plain": (
        "population municipale INSEE (populations légales 2023, en vigueur au 1er janvier "
        "2026)",
        "INSEE municipal population (legal populations of 2023, in force on 1 January 2026)"),
    # {unit}: "EPCI", "métropole" (the Métropole de Lyon is one, not an EPCI) or both; the
    # DGCL's figure is the sum of its member communes' populations as the DGCL lists them, of
    # the legal populations of 2022: one vintage before the communes' (README there)
    "population-dgcl": (
        "population municipale de chaque {unit} selon la DGCL (liste des EPCI 2026, "
        "epcicom2026) : somme des populations légales 2022 (en vigueur au 1er janvier 2025) "
        "de ses communes, un millésime avant celles des communes (2023)",
        "each {unit}'s municipal population by the DGCL (2026 list of EPCI, epcicom2026): the "
        "sum of its communes' legal populations of 2022 (in force on 1 January 2025), one "
        "vintage before the communes' (2023)"),
    # under the tables of resolve and entities: which population, of which year
    "population-line": ("Population : {source}.", "Population: {source}."),
    "population-for": ("{types} : {source}", "{types}: {source}"),
    "population-note": ("Population (pour 1\u202f000 habitants) : {source}.",
                        "Population (per 1,000 inhabitants): {source}."),
    "empty-entity": ("nom ou code vide", "empty name or code"),
    "no-entity-list": (
        "pas de liste d'entités pour le type « {type} » ; choisissez region, departement, "
        "ville_prefecture, commune, grande_ville, ville_moyenne, petite_ville, epci ou metropole",
        "no list of entities for the type “{type}”; choose region, departement, "
        "ville_prefecture, commune, grande_ville, ville_moyenne, petite_ville, epci or "
        "metropole"),
    "of-type": (" de type « {type} »", " of type “{type}”"),
    "unknown-code": ("aucune collectivité{what} n'a le code « {value} »{hint}",
                     "no authority{what} has the code “{value}”{hint}"),
    # « ٤٤١٠٩ », « ４４ Nantes »: digits other than 0-9, no code; refused (resolution)
    "entity-digits-not-ascii": (
        "« {value} » est écrit avec des chiffres autres que 0-9 (arabes orientaux, pleine "
        "chasse…) : écrivez « {fixed} »",
        "“{value}” is written with digits other than 0-9 (Arabic-Indic, full-width…): write "
        "“{fixed}”"),
    # a code cell Excel turned into scientific notation (« 2,42900314E+08 »): never read;
    # whole (every digit shown) the code it would be is said, else the digits are lost
    "code-scientific-whole": (
        "« {value} » est un code mis en notation scientifique par Excel : écrivez le code en "
        "entier, {code}{name}, et formatez la colonne en texte (Format de cellule > Texte) "
        "avant de saisir",
        "“{value}” is a code Excel turned into scientific notation: write the whole code, "
        "{code}{name}, and format the column as text (Format Cells > Text) before typing"),
    "code-scientific-lost": (
        "« {value} » est un code mis en notation scientifique par Excel : ses chiffres après "
        "le {nth} significatif sont perdus, le code ne peut pas être lu ; formatez la "
        "colonne en texte (Format de cellule > Texte) et saisissez à nouveau les codes",
        "“{value}” is a code Excel turned into scientific notation: its digits after the "
        "{nth} significant one are lost, the code cannot be read; format the column as "
        "text (Format Cells > Text) and type the codes again"),
    # a cell giving a code and a name (« 44109 - Rennes ») of two entities: which one?
    "code-name-in-cell-differ": (
        "« {value} » donne deux collectivités : le code {code} est {code_name} ({code_code}), "
        "le nom « {name} » est {name_name} ({name_code}) ; écrivez l'une ou l'autre",
        "“{value}” gives two authorities: the code {code} is {code_name} ({code_code}), the "
        "name “{name}” is {name_name} ({name_code}); write one or the other"),
    # a cell giving a known code and a name close to its entity's (« 44109 Nante »): a typo
    # in the name, or a wrong code? Not read (resolution._by_code_and_name)
    "code-name-in-cell-close": (
        "« {value} » : le code {code} est {code_name} ({code_code}) ; « {name} » ne "
        "correspond pas (une faute de frappe ?) : écrivez le code ou le nom exact",
        "“{value}”: the code {code} is {code_name} ({code_code}); “{name}” does not match (a "
        "typo?): write the code or the exact name"),
    # a code typed with a letter for a digit (« 1O01 »): the code it may be, not read as it
    "code-letter-for-digit": (" ; une lettre à la place d'un chiffre ? « {fixed} » est le code "
                              "{name} ({code})",
                              "; a letter for a digit? “{fixed}” is the code {name} ({code})"),
    "code-letter-among-digits": (" (une lettre O, I ou l parmi des chiffres : un zéro, un un ?)",
                                 " (a letter O, I or l among digits: a zero, a one?)"),
    # a code that is no current commune's (data/reference/former_codes.csv): {name} is
    # "de Saint-Bois" / "Saint-Bois", {what} "ancienne commune déléguée d'Arboys en Bugey"
    # its current commune's code, if the account is the commune's; the former one's own
    # account (a mairie d'arrondissement, a commune déléguée) is no account of the commune
    "former-code": ("le code « {value} » est celui {name}, {what} : écrivez {code} si le "
                    "compte relevé est celui de la commune ; s'il est celui {name} même, "
                    "retirez la ligne",
                    "the code “{value}” is that of {name}, {what}: write {code} if the "
                    "account surveyed is the commune's; if it is that of {name} itself, "
                    "remove the row"),
    # « Marseille 1er », « Paris 15e »: an arrondissement municipal's name, said as its code is
    "former-code-name": ("« {value} » est le nom {name}, {what} : écrivez {code} si le "
                         "compte relevé est celui de la commune ; s'il est celui {name} "
                         "même, retirez la ligne",
                         "“{value}” is the name of {name}, {what}: write {code} if the "
                         "account surveyed is the commune's; if it is that of {name} "
                         "itself, remove the row"),
    # a région of before 1 January 2016 (data/reference/former_regions.csv): « 22 »,
    # « Région Picardie »; {into}: « Hauts-de-France (32) »; its account is not today's région's
    "former-region": (
        "« {value} » : {name}, région d'avant 2016, fusionnée dans la région {into} le 1er janvier 2016 "
        "; ce n'est pas la région {today} : une vague d'avant 2016 ne se compare qu'aux régions restées "
        "inchangées (gardez leurs lignes, précisez {opt:--panel|panel=True})",
        "“{value}”: {name}, a région before 2016, merged into {into} on 1 January 2016"
        "; it is not {today}: a wave before 2016 compares only on the régions left unchanged "
        "(keep their rows, give {opt:--panel|panel=True})"),
    # « ACAL », « Nord-Pas-de-Calais-Picardie »: the 2016 name of a merged région, today's
    "provisional-region": (
        "« {value} » : nom provisoire (2016) de la région {region}, formée le 1er janvier 2016 de "
        "{parts} : écrivez {code}",
        "“{value}”: provisional name (2016) of the région {region}, formed on 1 January 2016 from "
        "{parts}: write {code}"),
    # the same, when the current commune {code} is in the file already ({rows}: "ligne 5")
    "former-code-present": (
        "le code « {value} » est celui {name}, {what}, qui figure déjà dans le fichier "
        "({code}, {rows}) : y écrire {code} compterait deux fois la même commune ; une "
        "ancienne commune n'est pas une commune d'aujourd'hui (même dans une vague d'avant "
        "la fusion, son compte n'est pas celui de la commune actuelle) : retirez la ligne",
        "the code “{value}” is that of {name}, {what}, which is in the file already "
        "({code}, {rows}): writing {code} here would count one commune twice; a former "
        "commune is no commune of today (even in a wave from before the merger, its account "
        "is not the current commune's): remove the row"),
    # INSEE's code of the Métropole de Lyon, which barometre names by its SIREN
    "insee-69m": (
        "« {value} » est le code INSEE de la Métropole de Lyon : barometre la désigne par son "
        "SIREN, {siren}, parmi les métropoles ({opt:--type metropole|type=\"metropole\"}) ; parmi les départements, "
        "le Rhône est 69 et son conseil, le Département du Rhône, 69D",
        "“{value}” is INSEE's code of the Métropole de Lyon: barometre names it by its SIREN, "
        "{siren}, among métropoles ({opt:--type metropole|type=\"metropole\"}); among départements, the Rhône is 69 "
        "and its council, the Département du Rhône, 69D"),
    # "20004", "20": the département of Corsica before 1976; {write}: "2A004 (Ajaccio)"
    "corsica-code": ("« {value} » est un code corse d'avant 1976 : écrivez {write}",
                     "“{value}” is a Corsican code from before 1976: write {write}"),
    # a survey's code cell no entity has, beside a name that is one (survey/entities.py)
    "unknown-code-name-beside": ("{error} ; le nom à côté, {name}, est {code}",
                                 "{error}; the name beside it, {name}, is {code}"),
    # an EPCI's SIREN no current intercommunalité has: the reference keeps no history of
    # them (unlike communes, former_codes.csv, and régions): what is likely, what to do
    "epci-code-gone": (
        " (une intercommunalité fusionnée ou dissoute depuis ? Elles changent chaque 1er "
        "janvier) : écrivez le SIREN de celle d'aujourd'hui, que donne le nom d'une de ses "
        "communes (par exemple {opt:barometre resolve Millau --type epci|"
        "barometre.reference.resolve(\"Millau\", type=\"epci\")})",
        " (an intercommunality merged or dissolved since? They change every 1 January): "
        "write the SIREN of today's, which the name of one of its communes gives "
        "(e.g. {opt:barometre resolve Millau --type epci|"
        "barometre.reference.resolve(\"Millau\", type=\"epci\")})"),
    # a 9-digit code whose check digit fails: mistyped, not an intercommunalité gone
    "siren-check-digit": (
        ", qui n'est pas un SIREN : sa clé de contrôle ne correspond pas (une faute de "
        "frappe ?) ; le SIREN d'une intercommunalité se trouve par le nom d'une de ses communes "
        "({opt:barometre resolve Millau --type epci|"
        "barometre.reference.resolve(\"Millau\", type=\"epci\")})",
        ", which is no SIREN: its check digit does not match (a typo?); an "
        "intercommunality's SIREN is found by the name of one of its communes "
        "({opt:barometre resolve Millau --type epci|"
        "barometre.reference.resolve(\"Millau\", type=\"epci\")})"),
    # the same before the name beside the code, which says the intercommunalité
    "siren-check-digit-short": (
        ", qui n'est pas un SIREN : sa clé de contrôle ne correspond pas (une faute de frappe ?)",
        ", which is no SIREN: its check digit does not match (a typo?)"),
    # the same before the name beside the code, which says today's intercommunalité
    "epci-code-gone-short": (
        " (une intercommunalité fusionnée ou dissoute depuis ? Elles changent chaque 1er "
        "janvier)",
        " (an intercommunality merged or dissolved since? They change every 1 January)"),
    # the name beside such a code is close to current intercommunalités' names ({names}:
    # « CC de la Muse et des Raspes du Tarn (241200914) », joined by « ou »)
    "unknown-code-name-close": (
        "{error} ; le nom à côté, « {typed} », est proche de {names} : écrivez le SIREN de "
        "l'intercommunalité relevée",
        "{error}; the name beside it, “{typed}”, is close to {names}: write the SIREN of "
        "the intercommunality surveyed"),
    "unknown-entity": ("aucune collectivité{what} ne s'appelle « {value} »{closest}",
                       "no authority{what} is named “{value}”{closest}"),
    # the only métropole that is not an EPCI: the Métropole de Lyon ("la" fits it)
    "not-an-epci": (
        "{error} : la {name} ({code}) est une collectivité à statut particulier, pas un EPCI ; "
        "elle est du type « métropole » ({opt:--type metropole|type=\"metropole\"})",
        "{error}: the {name} ({code}) is a collectivité à statut particulier, not an EPCI; "
        "it is of the type “metropolis” ({opt:--type metropole|type=\"metropole\"})"),
    "closest-entities": (" ; les plus proches : {names}", "; closest: {names}"),
    # a name asked as an EPCI (or a métropole) that is a commune's: the grouping the commune
    # belongs to, suggested, never taken for it (resolution._towns); {closest}: the other
    # close names, or nothing
    "closest-town": (" ; {town}{closest}", "; {town}{closest}"),
    "epci-of-commune": ("{commune} est une commune de {epci} ({code}) : {give}",
                        "{commune} is a commune of {epci} ({code}): {give}"),
    # several communes of that name: each with its département and its grouping
    "epci-of-communes": ("{n} communes s'appellent {commune} : {items} ; {give}",
                         "{n} communes are named {commune}: {items}; {give}"),
    "epci-of-commune-item": ("{commune} ({departement}) dans {epci} ({code})",
                             "{commune} ({departement}) in {epci} ({code})"),
    "list-more": ("…", "…"),
    "write-code": ("écrivez {code}", "write {code}"),
    "ambiguous-entity": (
        "« {value} » est ambigu : {candidates} ; précisez le département, ex. « {example} »",
        "“{value}” is ambiguous: {candidates}; give the département, e.g. “{example}”"),
    "ambiguous-entity-types": (
        "« {value} » désigne des collectivités de plusieurs types : {candidates} ; "
        "précisez le type ({types})",
        "“{value}” names authorities of several types: {candidates}; give the type ({types})"),
    "entity-not-in-departement": (
        "« {value} » n'est pas dans le département {departement} : {candidates}",
        "“{value}” is not in the département {departement}: {candidates}"),
    # "CD2B", « Conseil départemental de la Haute-Corse »: a council that is no more,
    # read as today's (the Collectivité de Corse, 20R, and the population it serves)
    "former-council": (
        "« {value} » : le conseil départemental de {territory} ({dep}) n'existe plus depuis "
        "{since} ; lu comme la collectivité qui l'a remplacé, {name} ({code}, {population} "
        "habitants)",
        "“{value}”: the conseil départemental of {territory} ({dep}) has not existed since "
        "{since}; read as the collectivité that replaced it, {name} ({code}, {population} "
        "inhabitants)"),
    "former-name": (
        "« {value} » est un ancien nom : lu comme la commune actuelle {name} ({code})",
        "“{value}” is a former name: read as the current commune {name} ({code})"),
    # resolve « 44 » --type ville_prefecture: a département's code read as its préfecture,
    # as the survey reader says it (departement-code-read-as-prefecture)
    "resolve-departement-code-as-prefecture": (
        "« {value} » est un code de département, lu comme la préfecture du département : "
        "{name} ({code}) ; écrivez le code INSEE de la commune pour une lecture sûre",
        "“{value}” is a département code, read as the département's prefecture: {name} "
        "({code}); write the commune's INSEE code for a certain reading"),
    "col-type": ("Type", "Type"),
    "col-siren": ("SIREN", "SIREN"),
    "entity-candidate": ("{name} ({code}, {where})", "{name} ({code}, {where})"),
    "entity-candidate-former": ("{name} ({code}, {where}), ancien nom « {former} »",
                                "{name} ({code}, {where}), former name “{former}”"),
}
