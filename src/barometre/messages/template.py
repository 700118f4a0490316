"""The survey template's instructions sheet ("Mode d'emploi"); lines are separated by "\\n"."""

MESSAGES = {
    "template-written": ("Modèle écrit : {path}", "Template written: {path}"),
    # the Enquête sheet's data-validation pop-ups; the answers the list offers stay « Oui »,
    # « Non » (the template's answers are French whatever --lang): the English says so
    "template-check-presence-title": ("Présence", "Presence"),
    "template-check-presence": ("Choisissez Oui ou Non.",
                                "Choose Oui (yes) or Non (no): the template's answers are in French."),
    "template-check-followers-title": ("Abonnés", "Followers"),
    "template-check-followers": ("Nombre entier positif.", "A whole number, 0 or more."),
    "template-check-date-title": ("Date", "Date"),
    "template-check-date": ("Date du relevé, ex. 15/10/2025, au plus tôt le 01/01/{first}.",
                            "Date of the reading, day/month/year, e.g. 15/10/2025, not before "
                            "01/01/{first}."),
    "template-instructions": (
        "Enquête barometre : {types} ({n} {entities})\n"
        "\n"
        "Pour chaque collectivité et chaque réseau, remplissez dans la feuille « Enquête » :\n"
        "• présence : Oui ou Non (compte officiel de la collectivité) ; écrivez Non quand la "
        "collectivité n'a pas de compte, laissez vide seulement si vous n'avez pas vérifié ;\n"
        "• compte : adresse de la page ou @identifiant ;\n"
        "• abonnés : nombre d'abonnés (fans, followers) à la date du relevé, sans décimale ;\n"
        "• date du relevé : date à laquelle vous avez fait le relevé (ex. 15/10/2025) ; "
        "inutile de la répéter sur chaque ligne, mais remplissez-la au moins une fois (ou "
        "donnez --date) : sans aucune date, l'année des chiffres n'est pas connue.\n"
        "\n"
        "Comment les cases vides sont comptées :\n"
        "• dans ce classeur, une case de présence vide veut dire « non renseigné » : la "
        "collectivité sort du calcul pour ce réseau, elle ne compte pas comme « pas de "
        "compte » ; écrivez donc Non pour une collectivité sans compte ;\n"
        "• une colonne de « x » (ou Oui) et de cases vides, sans aucun « Non », est ambiguë : "
        "case à cocher (vide = pas de compte) ou pas encore vérifié ? « barometre validate » "
        "la signale comme une erreur, et l'analyse attend --blank absent (vide = pas de "
        "compte) ou --blank unknown (vide = pas encore vérifié), ou des Non écrits ;\n"
        "• un fichier CSV enregistré depuis ce classeur, ou cette feuille copiée dans un autre "
        "classeur, n'est plus reconnu comme ce modèle : dans une colonne sans aucun « Non » "
        "(seulement Oui, x, adresses, @comptes ou nombres d'abonnés), une case vide y veut "
        "dire « pas de compte » (absence) ; écrivez Non, et la lecture est la même partout ;\n"
        "• --blank absent ou --blank inconnu impose une seule lecture pour tout le fichier ;\n"
        "• une ligne sans date du relevé compte à la date de l'enquête : la date la plus "
        "fréquente des relevés de son réseau (du fichier si ce réseau n'en a aucune), ou "
        "celle donnée par --date ; une date dans le futur est une erreur.\n"
        "« barometre validate » dit pour chaque réseau combien de cases vides ont été lues "
        "de chaque façon, et sur quelles lignes.\n"
        "\n"
        "Ne modifiez pas les colonnes de code : elles identifient chaque collectivité "
        "({codes}, au format texte).\n{councils}"
        "Vous pouvez supprimer les colonnes d'un réseau qui ne vous intéresse pas, ou des "
        "lignes.\n"
        "\n"
        "Vérifier le fichier : barometre validate FICHIER.xlsx\n"
        "Analyser : barometre compare --data FICHIER.xlsx --type {type}{within}\n"
        "\n"
        "Référentiel : {reference}.\n"
        "Paramètres : type={type}{within_param} ; réseaux={platforms}",
        "barometre survey: {types} ({n} {entities})\n"
        "\n"
        "For each collectivité and each platform, fill in the “Enquête” sheet (keep its "
        "French headers and answers: barometre reads them):\n"
        "• présence: Oui (yes) or Non (no), the collectivité's official account; write Non "
        "when it has no account, leave blank only if you did not check;\n"
        "• compte: the page's address or @handle;\n"
        "• abonnés: number of followers on the reading date, a whole number;\n"
        "• date du relevé: the date of your reading (e.g. 15/10/2025); no need to repeat it "
        "on every row, but fill it in at least once (or give --date): without any date, the "
        "figures' year is not known.\n"
        "\n"
        "How blank cells are counted:\n"
        "• in this workbook, a blank presence cell means “not answered”: the collectivité "
        "leaves the base for that platform, it does not count as “no account”; so write Non "
        "for a collectivité without an account;\n"
        "• a column of “x” (or Oui) and blanks, without any “Non”, is ambiguous: a tick "
        "box (blank = no account) or not checked yet? “barometre validate” reports it as an "
        "error, and the analysis waits for --blank absent (blank = no account) or --blank "
        "unknown (blank = not checked yet), or for written Non;\n"
        "• a CSV file saved from this workbook, or this sheet copied into another workbook, is "
        "no longer recognised as this template: in a column without any “Non” (only Oui, x, "
        "addresses, @handles or follower counts), a blank there means “no account” (absent); "
        "write Non, and the reading is the same everywhere;\n"
        "• --blank absent or --blank unknown imposes one reading for the whole file;\n"
        "• a row without a reading date counts at the survey's date: the most frequent date "
        "of its platform's readings (the file's if that platform has none), or the one given "
        "with --date; a date in the future is an error.\n"
        "“barometre validate” says for each platform how many blank cells were read each "
        "way, and on which rows.\n"
        "\n"
        "Do not change the code columns: they identify each collectivité ({codes}, as "
        "text).\n{councils}"
        "You may delete a platform's columns, or rows.\n"
        "\n"
        "Check the file: barometre validate FILE.xlsx\n"
        "Analyse: barometre compare --data FILE.xlsx --type {type}{within}\n"
        "\n"
        "Reference: {reference}.\n"
        "Parameters: type={type}{within_param}; platforms={platforms}"),
    # the départements of one council (2A and 2B, 67 and 68): one account on two rows, in
    # the words of the reader's council-territories-differ warning
    "template-councils": (
        "Un seul conseil pour deux lignes : {councils}. Son compte est le même sur les deux "
        "lignes : donnez-y la même présence (Oui ou Non) et gardez le nombre du compte du "
        "conseil sur une seule ligne (laissez vide le nombre d'abonnés de l'autre), sinon "
        "« barometre validate » le signale.",
        "One council for two rows: {councils}. Its account is the same on both rows: give "
        "them the same presence (Oui or Non) and keep the council's account's count on one "
        "row (leave the other's follower count blank), or “barometre validate” reports it."),
    # a template of some départements (write_template within=): compare reads it with the
    # same --within, whose base is their entities (without it: a random draw from France's)
    "template-within": (" --within {codes}", " --within {codes}"),
    # a category of some départements (the CA of the 44): compare's --panel counts the file's
    # own entities, every one of them (--within's base is all the départements' EPCI)
    "template-panel": (" --panel", " --panel"),
    "template-within-param": (" ; départements={codes}", "; départements={codes}"),
    # a category's template (its CA): the category, the base of its analysis with those
    # départements (survey.grid reads it back; a template without it names --panel)
    "template-kind-param": (" ; catégorie={kind}", "; category={kind}"),
    # a filled template of some départements (its « Paramètres : … départements=22,29 »
    # line) read: its analysis's base is their entities, unless the user says another
    # (survey.reader, the warning; analysis.survey.template_within, the base)
    "template-scope": (
        "périmètre lu dans le mode d'emploi du modèle : département{s} {deps} ; sans "
        "{opt:--within|within=} ni {opt:--panel|panel=True}, l'analyse a pour base les "
        "entités du type dans {s:ce département|ces départements}",
        "scope read in the template's instructions: département{s} {deps}; without "
        "{opt:--within|within=} or {opt:--panel|panel=True}, the analysis's base is the "
        "entities of the type in {s:this département|these départements}"),
    # … filled for some of its entities only: the others, never asked, are out of the
    # survey; the filled ones are no random draw of the template's (survey.reader)
    "template-scope-part": (
        "modèle du mode d'emploi pour le{s} département{s} {deps}, rempli pour {n} de ses "
        "{total} {plural} : {k} ligne{ks} sans aucune réponse hors de l'enquête ; base de "
        "l'analyse : les {n} remplies, choisies et non tirées au hasard parmi les {total}, "
        "sans intervalle pour ces {total} ({opt:--within {codes}|within=\"{codes}\"} les "
        "y compte comme un échantillon)",
        "template of the instructions for département{s} {deps}, filled for {n} of its "
        "{total} {plural}: {k} {ks:row|rows} without any answer out of the survey; the "
        "analysis's base: the {n} filled, chosen and not drawn at random among the {total}, "
        "with no interval for those {total} ({opt:--within {codes}|within=\"{codes}\"} "
        "counts them there as a sample)"),
    # the same, --panel or --within given: the base is the user's (cli.options)
    "template-scope-part-given": (
        "modèle du mode d'emploi pour le{s} département{s} {deps}, rempli pour {n} de ses "
        "{total} {plural} : {k} ligne{ks} sans aucune réponse hors de l'enquête ; base de "
        "l'analyse donnée par {given}",
        "template of the instructions for département{s} {deps}, filled for {n} of its "
        "{total} {plural}: {k} row{ks} without any answer out of the survey; the "
        "analysis's base given by {given}"),
    # … but the file holds entities of other départements: the base stays France's
    "template-scope-exceeded": (
        "périmètre du mode d'emploi du modèle (département{s} {deps}) non suivi : {n} "
        "entité{ns} du fichier hors de {s:ce département|ces départements} : {items}{more} ; "
        "base de l'analyse : les {plural} de France, {opt:--within|within=} pour une autre",
        "the template's scope (département{s} {deps}, from its instructions) not followed: "
        "{n} {ns:entity|entities} of the file outside {s:this département|these départements}"
        ": {items}{more}; the analysis's base: the {plural} of France, "
        "{opt:--within|within=} for another"),
    # --panel or --within given beside a template's scope: the base the user gave, said in
    # the reading's line in place of « sans --within ni --panel … » (cli.options)
    "template-scope-given": (
        "périmètre lu dans le mode d'emploi du modèle : département{s} {deps} ; base de "
        "l'analyse donnée par {given}",
        "scope read in the template's instructions: département{s} {deps}; the analysis's "
        "base given by {given}"),
    # --within given, other départements than the template's: the user's base, said
    "template-scope-other": (
        "{opt:--within {given}|within=\"{given}\"} : une autre base que le périmètre du mode "
        "d'emploi du modèle (département{s} {deps})",
        "{opt:--within {given}|within=\"{given}\"}: another base than the scope of the "
        "template's instructions (département{s} {deps})"),
    # the code column and the reference of the template's type: INSEE's for communes,
    # départements, régions; the DGCL's list and populations for EPCI (SIREN numbers)
    "template-codes-insee": ("codes INSEE", "INSEE codes"),
    "template-codes-siren": ("numéros SIREN", "SIREN numbers"),
    "template-reference-insee": (
        "INSEE, Code officiel géographique (via @etalab/decoupage-administratif 6.0.0), "
        "Licence Ouverte 2.0 ; population : {population}",
        "INSEE, Code officiel géographique (via @etalab/decoupage-administratif 6.0.0), "
        "Licence Ouverte 2.0; population: {population}"),
    "template-reference-dgcl": (
        "DGCL, liste des EPCI à fiscalité propre (epcicom2026, via "
        "@etalab/decoupage-administratif 6.0.0), Licence Ouverte 2.0 ; population : {population}",
        "DGCL, list of EPCI with own taxation (epcicom2026, via "
        "@etalab/decoupage-administratif 6.0.0), Licence Ouverte 2.0; population: {population}"),
    # the métropoles: the DGCL's list of EPCI gives 21 of them, and the Métropole de Lyon,
    # a collectivité à statut particulier, which is no EPCI
    "template-reference-dgcl-metropole": (
        "DGCL, liste des EPCI à fiscalité propre et de la Métropole de Lyon (collectivité à "
        "statut particulier, pas un EPCI) (epcicom2026, via "
        "@etalab/decoupage-administratif 6.0.0), Licence Ouverte 2.0 ; population : {population}",
        "DGCL, list of EPCI with own taxation and of the Métropole de Lyon (a collectivité à "
        "statut particulier, not an EPCI) (epcicom2026, via "
        "@etalab/decoupage-administratif 6.0.0), Licence Ouverte 2.0; population: {population}"),
}
