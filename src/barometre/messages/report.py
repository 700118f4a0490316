"""Words of the Excel report: sheet names, column headers, sentences (French, English).

Codes start with ``report-`` (sentences), ``sheet-`` (sheet names) or ``col-`` (column
headers). Headers are what a reader sees above a column: plain words, never an
identifier.
"""

MESSAGES = {
    "report-written": ("Rapport écrit : {path}", "Report written: {path}"),
    # errors
    "report-nothing": ("rien à mettre dans le rapport : aucun chiffre ne correspond à cette sélection",
                       "nothing to report: no figure matches this selection"),
    # write_report(path, adoption(file A), survey=frame of file B): key figures of one file,
    # coverage, Classement, Benchmark and the demo stamp of the other (rvnb19 #2)
    "report-published-beside-survey": (
        "des chiffres publiés à côté du tableau d'enquête {survey} : un rapport nommerait ce "
        "fichier comme leur source et classerait ses relevés à côté d'eux ; faites deux "
        "rapports, barometre.write_report(chemin, barometre.compare(…)) pour les chiffres "
        "publiés et barometre.write_report(chemin, barometre.adoption(survey), survey=survey) "
        "pour l'enquête",
        "published figures beside the survey frame {survey}: a report would name that file "
        "as their source and rank its readings beside them; write two reports, "
        "barometre.write_report(path, barometre.compare(…)) for the published figures and "
        "barometre.write_report(path, barometre.adoption(survey), survey=survey) for the "
        "survey"),
    # figures split by size band or category (adoption(by=…)): the report's key figures,
    # table and chart are of a whole type, a band's figure would read as every commune's
    "report-split-figures": (
        "ces chiffres sont répartis par {what} (by=\"{by}\", colonne {by}) : le rapport "
        "présente ceux d'un type entier, chaque {one} s'y lirait comme l'ensemble ; passez "
        "barometre.adoption(survey) sans by= (within= garde les départements), et, pour les "
        "chiffres par {one}, barometre compare --data FICHIER --by {by} ou le tableau "
        "lui-même (barometre.labelled(chiffres).to_excel(chemin))",
        "these figures are split by {what} (by=\"{by}\", column {by}): the report shows "
        "those of a whole type, each {one} would read as all of them; pass "
        "barometre.adoption(survey) without by= (within= keeps the départements), and, for "
        "the figures per {one}, barometre compare --data FILE --by {by} or the frame itself "
        "(barometre.labelled(figures).to_excel(path))"),
    "report-other-survey": (
        "les chiffres d'adoption viennent de {figures}, le tableau d'enquête de {survey} : "
        "un rapport ne mêle pas deux enquêtes ; passez les chiffres de ce tableau "
        "(barometre.adoption(survey)) ou le tableau de ces chiffres",
        "the adoption figures come from {figures}, the survey frame from {survey}: a report "
        "does not mix two surveys; pass the figures of that frame (barometre.adoption(survey)) "
        "or the frame of those figures"),
    "report-bad-title": ("titre de rapport inutilisable : {reason}", "unusable report title: {reason}"),
    # sheet names (31 characters at most, no []:*?/\)
    "report-sheet-summary": ("Synthèse", "Summary"),
    "report-sheet-adoption": ("Adoption", "Adoption"),
    "report-sheet-evolution": ("Évolution", "Trend"),
    "report-sheet-ranking": ("Classement", "Ranking"),
    "report-sheet-data": ("Données", "Data"),
    "report-sheet-benchmark": ("Benchmark", "Benchmark"),
    "report-sheet-sources": ("Sources et méthode", "Sources and method"),
    # column headers
    "report-col-type": ("Type", "Type"),
    "report-col-platform": ("Réseau", "Platform"),
    "report-col-year": ("Année", "Year"),
    "report-col-reading-year": ("Année du relevé", "Reading year"),
    "report-col-years-compared": ("Année des relevés comparés", "Year of the readings compared"),
    # the readings ranked (the latest year of each platform) and the older ones left out
    "report-survey-ranked": ("Classement et benchmark", "Ranking and benchmark"),
    "report-survey-population": ("Population des conseils", "Population of the councils"),
    "report-survey-ranked-text": (
        "relevés de {years}, la dernière année de chaque réseau (un relevé plus ancien n'est "
        "pas classé parmi eux)",
        "readings of {years}, the latest year on each platform (an older reading is not "
        "ranked among them)"),
    # --year: the Classement and the Benchmark rank that year's readings; the sheets that
    # show every date say so
    "report-survey-ranked-year-text": (
        "relevés de {year}, l'année demandée ; ceux des autres années n'y sont pas",
        "readings of {year}, the year asked for; those of other years are not in it"),
    "report-survey-year-asked": ("Année demandée", "Year asked for"),
    "report-survey-year-asked-text": (
        "{year} : chiffres clés, Adoption, Classement et Benchmark ; {others} : toutes les dates du "
        "fichier",
        "{year}: key figures, Adoption, Ranking and Benchmark; {others}: every date of the file"),
    "report-entity-not-in-year": (
        "{name} ({code}) n'a pas de relevé de {year} dans le fichier d'enquête (relevés de {years})",
        "{name} ({code}) has no reading of {year} in the survey file (readings of {years})"),
    # the Benchmark's peer group, named (on its sheet and in Sources et méthode)
    "report-peers-type": ("les {n} {plural} du fichier", "the {n} {plural} in the file"),
    "report-peers-type-of": ("les {n} {plural} du fichier (sur {total} en France)",
                             "the {n} {plural} in the file (of {total} in France)"),
    # a single peer, the entity itself (render.formats.text_counted)
    "report-peers-type-one": ("{the_only} {label} du fichier", "{the_only} {label} in the file"),
    "report-peers-type-of-one": ("{the_only} {label} du fichier (sur {total} en France)",
                                 "{the_only} {label} in the file (of {total} in France)"),
    "report-bench-source": ("Source : {file}", "Source: {file}"),
    "report-peers-region": ("les {n} {plural} de la même région, {region}, dans le fichier",
                            "the {n} {plural} of the same région, {region}, in the file"),
    "report-peers-strate": ("les {n} {plural} de la même strate de population ({band}) "
                            "dans le fichier",
                            "the {n} {plural} of the same population band ({band}) "
                            "in the file"),
    "report-peers-region-one": ("{the_only} {label} de la même région, {region}, dans le fichier",
                                "{the_only} {label} of the same région, {region}, in the file"),
    "report-peers-strate-one": ("{the_only} {label} de la même strate de population ({band}) "
                                "dans le fichier",
                                "{the_only} {label} of the same population band ({band}) "
                                "in the file"),
    "report-peers-line": ("Pairs : {group}", "Peers: {group}"),
    "report-peers-ranked": (
        "Rang, pairs à son niveau ou en dessous, indice, médiane et quartiles : parmi ces pairs qui ont un relevé du "
        "réseau et un nombre d'abonnés (Pairs classés (n)), y compris {name} ; la moyenne "
        "des pairs, elle, sans {name} ; la feuille Classement classe {all} les {plural} du "
        "fichier.",
        "Rank, peers at or below, index, median and quartiles: among those peers with a reading on the "
        "platform and a follower count (Peers ranked (n)), including {name}; the peer mean "
        "without {name}; the Ranking sheet ranks {all} the {plural} in the file."),
    "report-survey-peers": ("Pairs du benchmark", "Benchmark peers"),
    # "tous les départements", "toutes les communes" (the type's gender, registry's feminine)
    "report-all": ("tous", "all"),
    "report-all-f": ("toutes", "all"),
    # the Classement's notes, above its table
    "report-ranking-scope": (
        "Classement de {all} les {plural} du fichier, réseau par réseau, sur les relevés de "
        "{years} ; rang 1 = le plus d'abonnés, les ex aequo partagent le meilleur rang.",
        "Ranking of {all} the {plural} in the file, platform by platform, on the readings of "
        "{years}; rank 1 = most followers, ties share the best rank."),
    "report-ranking-not-peers": (
        "Ce ne sont pas les rangs de la feuille Benchmark : elle compare {name} ({code}) à ses "
        "seuls pairs, {group}.",
        "These are not the ranks of the Benchmark sheet: it compares {name} ({code}) with its "
        "peers only, {group}."),
    # a template's unfilled rows (an entity that answered nothing at its wave: no answer,
    # account nor count), not listed in the Classement nor the Données (1,141 pages of
    # empty rows of 1,194 EPCI beside 60 answered): how many, and why
    "report-ranking-unanswered": (
        "Lignes non classées ni listées : celles de {n} {label} sans aucune réponse (ni "
        "« Oui », ni « Non », ni compte, ni nombre d'abonnés) à leur vague, lignes vides "
        "(celles d'un modèle non rempli) : rien n'y est relevé, comme pour une entité que le "
        "fichier n'a pas.",
        "Rows neither ranked nor listed: those of {n} {label} with no answer at all (“Yes”, "
        "“No”, account or follower count) at their wave, empty rows (a template's unfilled ones): "
        "nothing was read there, as for an entity the file does not hold."),
    "report-data-unanswered": (
        "Lignes non listées : {rows}, celles de {n} {label} sans aucune réponse (ni « Oui », "
        "ni « Non », ni compte, ni nombre d'abonnés) à leur vague, lignes vides (celles d'un "
        "modèle non rempli) : rien n'y est relevé, l'entité n'est pas de cette vague.",
        "Rows not listed: {rows}, those of {n} {label} with no answer at all (“Yes”, “No”, "
        "account or follower count) at their wave, empty rows (a template's unfilled ones): "
        "nothing was read there, the entity is not of that wave."),
    "report-ranking-empty": (
        "Abonnés vides : Présent « Non », pas de compte ; Présent vide, non renseigné (hors de "
        "la base du réseau) ; Présent « Oui », compte sans nombre d'abonnés relevé.",
        "Empty followers: Present “No”, no account; Present empty, not answered (out of the "
        "platform's base); Present “Yes”, an account without a follower count."),
    "report-ranking-highlight": ("Surlignées : les lignes {of_name} ({code}).",
                                 "Highlighted: the rows {of_name} ({code})."),
    # a survey's key figure: its own base (those with an answer for the platform, of the N
    # of the type) and its interval, as compare gives them
    "report-key-n-survey": (" (n = {n} ayant répondu sur {total}{ci})",
                            " (n = {n} answered of {total}{ci})"),
    # the same of an Annuaire export: its entities are listed in the Annuaire, none answered
    "report-key-n-annuaire": (" (n = {n} dans l'Annuaire sur {total}{ci})",
                              " (n = {n} in the Annuaire of {total}{ci})"),
    "report-key-n-annuaire-only": (" (n = {n} dans l'Annuaire{ci})",
                                   " (n = {n} in the Annuaire{ci})"),
    # a panel's key figure short of the panel: the share of those who answered, its
    # interval of the whole panel ("92 % des 13" would be 12 of them)
    "report-key-panel-answered": ("{base} ayant répondu ({total} dans le panel)",
                                  "{base} that answered ({total} in the panel)"),
    "report-key-panel-ci": (" ({ci} des {total})", " ({ci} of the {total})"),
    "report-key-n-survey-only": (" (n = {n} ayant répondu{ci})", " (n = {n} answered{ci})"),
    "report-key-ci": (" ; {ci}", "; {ci}"),
    # what the interval of a file of a part of its type read as a sample assumes, said in
    # words where the reader has no command line (the report, a chart's caption): no option
    # named (the CLI's notes offer --panel: messages/survey.py random-draw-*)
    # after a key figure's interval, its sentence under the key figures (draw-assumed-note)
    "draw-assumed-key": ("tirage au hasard supposé", "assumes a random draw"),
    "draw-assumed-short": (
        "tirage au hasard supposé : si les entités ont été choisies, les chiffres ne valent "
        "que pour elles",
        "assumes a random draw: if the entities were chosen, the figures hold for them only"),
    # ... and how to get the file's own shares, in words, whoever built the report; {see}:
    # draw-assumed-see under the key figures, nothing in Sources et méthode itself
    "draw-assumed-see": (" (voir « Sources et méthode »)", " (see “Sources and method”)"),
    "draw-assumed-note": (
        "Les intervalles supposent un tirage au hasard des entités du fichier ({n} sur {total} "
        "{label}) ; si elles ont été choisies (des pairs, un réseau), les chiffres ne valent "
        "que pour elles, sans extrapolation : le rapport établi « en panel » donne les parts "
        "de ces seules entités{see}.",
        "The intervals assume the file's entities ({n} of the {total} {label}) were drawn at "
        "random; if they were chosen (peers, a network), the figures hold for them only, with "
        "no extrapolation: the report made “as a panel” gives the shares of these entities "
        "alone{see}."),
    "draw-assumed-note-answered": (
        "Les intervalles supposent un tirage au hasard des entités ayant répondu en {year} "
        "({n} sur {total} {label} ; {held} dans le fichier) ; si elles ont été choisies (des "
        "pairs, un réseau), les chiffres ne valent que pour elles, sans extrapolation : le "
        "rapport établi « en panel » donne les parts de ces seules entités{see}.",
        "The intervals assume the entities that answered in {year} ({n} of the {total} "
        "{label}; {held} in the file) were drawn at random; if they were chosen (peers, a "
        "network), the figures hold for them only, with no extrapolation: the report made "
        "“as a panel” gives the shares of these entities alone{see}."),
    "draw-assumed-note-by": (
        "Les intervalles supposent un tirage au hasard des entités du fichier dans chaque "
        "{each} ({parts}) ; si elles ont été choisies (des pairs, un réseau), les chiffres "
        "ne valent que pour elles, sans extrapolation : le rapport établi « en panel » donne "
        "les parts de ces seules entités{see}.",
        "The intervals assume the file's entities of each {each} ({parts}) were drawn at "
        "random; if they were chosen (peers, a network), the figures hold for them only, with "
        "no extrapolation: the report made “as a panel” gives the shares of these entities "
        "alone{see}."),
    # a survey of communes all villes préfectures: what compare says, in words (Synthèse)
    "report-narrower-line": (
        "Les {n} communes du fichier sont toutes des {label} ({n} sur {total}) : {hint}.",
        "The {n} municipalities of the file are all {label} ({n} of {total}): {hint}."),
    "report-narrower-line-one": (
        "La seule commune du fichier est une {label} (1 sur {total}) : {hint}.",
        "The only municipality of the file is a {label} (1 of {total}): {hint}."),
    # the Synthèse's native chart: its base under its title (a chart copied onto a slide)
    "report-chart-base": ("n = {n} sur {total}", "n = {n} of {total}"),
    "report-chart-base-line": ("{base} ; {draw}", "{base}; {draw}"),
    "report-set-aside-tail": (" ; plus anciens, laissés de côté : {items}",
                              "; older, set aside: {items}"),
    "report-set-aside": ("Plus anciens, laissés de côté : {items}", "Older, set aside: {items}"),
    # a rank the entity shares with another peer: the Rang cell alone reads as its own
    "report-bench-tied": ("{platform} : {ranks}", "{platform}: {ranks}"),
    # the peers ranked, listed when they are a few (analysis.report._peer_ranks)
    "report-peers-listed": ("{platform} : les {n} pairs classés", "{platform}: the {n} peers ranked"),
    "report-peers-rounded": ("≈ : nombre abrégé dans le fichier{cells}, donc arrondi",
                             "≈: a number abbreviated in the file{cells}, so rounded"),
    "report-bench-tied-per-1000": ("pour 1\u202f000 habitants, {rank}",
                                   "per 1,000 inhabitants, {rank}"),
    # the peers not ranked on each platform, above one line per platform (the benchmark's
    # words: "X (ex-Twitter) : 20 sans compte ; 2 avec un compte sans nombre d'abonnés : Lot")
    "report-bench-not-ranked": (
        "Pairs non classés, {name} à part : leur dernier relevé ne donne pas de nombre "
        "d'abonnés, ou ils n'ont pas de relevé du réseau (nommés quand ils sont {n} au plus "
        "pour une raison)",
        "Peers not ranked, {name} aside: their latest reading gives no follower count, or "
        "they have no reading of the platform (named when {n} or fewer for a reason)"),
    "report-bench-not-in-year": (
        "{platform} : non relevé en {latest} ; sa ligne donne le dernier relevé, de {year} "
        "(« {column} »), non un chiffre de {latest}",
        "{platform}: not read in {latest}; its row gives the latest reading, of {year} "
        "(“{column}”), not a figure of {latest}"),
    "report-bench-entity-older": (
        "{platform} : pas de relevé de {year} ; celui de {own} est plus ancien, laissé de côté",
        "{platform}: no reading of {year}; its reading of {own} is older, set aside"),
    "report-col-date": ("Date", "Date"),
    "report-col-share": ("Part", "Share"),
    "report-col-n-present": ("Présents", "Present"),
    "report-col-n-base": ("Base (n)", "Base (n)"),
    "report-col-ci-low": ("IC 95\u202f% bas", "95% CI low"),
    "report-col-ci-high": ("IC 95\u202f% haut", "95% CI high"),
    # some intervals are sure ranges (k/N–(k + u)/N): the bounds' columns say neither, a
    # column after them says which each row's is
    "report-col-range-low": ("Intervalle bas", "Interval low"),
    "report-col-range-high": ("Intervalle haut", "Interval high"),
    "report-col-range-kind": ("Intervalle", "Interval"),
    "report-range-kind-ci95": ("IC 95\u202f%", "95% CI"),
    "report-range-kind-sure": ("fourchette sûre", "sure range"),
    "report-col-base": ("Base", "Base"),
    "report-col-measure": ("Mesure", "Measure"),
    "report-col-source": ("Source", "Source"),
    "report-col-others": ("Autres sources, même année", "Other sources, same year"),
    "report-source-cite": ("{publisher} — {title} ({id}, {date})", "{publisher} — {title} ({id}, {date})"),
    "report-col-wording": ("Déduit d'une formulation", "From wording"),
    "report-col-code": ("Code", "Code"),
    "report-col-name": ("Nom", "Name"),
    "report-col-population": ("Population", "Population"),
    # whose population the column beside gives: the territory's, or the council's that holds
    # its accounts (69: the Département du Rhône's, without the Métropole de Lyon)
    "report-col-population-of": ("Population de", "Population of"),
    "report-population-of-territory": ("territoire", "territory"),
    "report-population-of-council": ("conseil", "council"),
    "report-col-followers": ("Abonnés", "Followers"),
    # the counts the file gave abbreviated ("184,8k" read as 184 800): rounded values
    "report-col-followers-rounded": ("Abonnés : nombre abrégé dans le fichier",
                                     "Followers: abbreviated in the file"),
    "report-rounded": ("≈ arrondi", "≈ rounded"),
    # ... and, where the cell is known (followers_typed), that cell as typed: « ≈ « 1,2k » »
    "report-rounded-typed": ("≈ « {typed} »", "≈ “{typed}”"),
    # the counts the reader questioned (validate's count-above-population, count-outlier…)
    "report-col-followers-questioned": ("Abonnés : nombre mis en doute à la lecture",
                                        "Followers: questioned when read"),
    "report-questioned": ("à vérifier", "to check"),
    # the Benchmark's peers compared whose count the reader questioned
    "report-col-peers-questioned": ("Pairs : nombres à vérifier", "Peers: counts to check"),
    "report-col-per-1000": ("Abonnés pour 1\u202f000 hab.", "Followers per 1,000 inh."),
    "report-col-rank": ("Rang", "Rank"),
    "report-col-rank-per-1000": ("Rang pour 1\u202f000 hab.", "Rank per 1,000 inh."),
    "report-col-index": ("Indice (médiane = 100)", "Index (median = 100)"),
    "report-col-index-per-1000": ("Indice pour 1\u202f000 hab.", "Index per 1,000 inh."),
    "report-col-present": ("Présent", "Present"),
    # the Données: a « Non » that was a blank cell, read as absent (validate's warning)
    "report-col-blank-read": ("Case vide", "Blank cell"),
    "report-blank-read": ("lue « Non »", "read as “No”"),
    "report-col-account": ("Compte", "Account"),
    "report-col-reading-date": ("Date du relevé", "Date"),
    "report-col-source-row": ("Ligne du fichier", "File line"),  # as "line 5"
    "report-col-file": ("Fichier", "File"),  # several files: whose line it is
    # Classement: a platform without any follower count, one row (short: the Nom column's width)
    "report-league-no-count": ("aucun nombre d'abonnés", "no follower count"),
    "report-col-n-peers": ("Pairs classés (n)", "Peers ranked (n)"),
    "report-col-peers-not-ranked": ("Pairs non classés", "Peers not ranked"),
    # the percentile, said by what it is: a share of the peers (« 95 % »), not a bare « 95 »
    "report-col-percentile": ("Pairs à son niveau ou en dessous", "Peers at or below"),
    "report-col-peer-median": ("Médiane des pairs", "Peer median"),
    "report-col-peer-q1": ("1er quartile des pairs", "Peer 1st quartile"),
    "report-col-peer-q3": ("3e quartile des pairs", "Peer 3rd quartile"),
    # the peers' mean without the entity (docs/benchmarking.md), said in the peers' word
    "report-col-competitor-mean": ("Moyenne des pairs sans elle", "Peer mean without it"),
    "report-col-id": ("Id", "Id"),
    "report-col-publisher": ("Éditeur", "Publisher"),
    "report-col-title": ("Titre", "Title"),
    "report-col-url": ("Adresse", "URL"),
    "report-col-method": ("Méthode", "Method"),
    "report-col-term": ("Terme", "Term"),
    "report-col-definition": ("Définition", "Definition"),
    "report-col-item": ("Élément", "Item"),
    "report-col-detail": ("Détail", "Detail"),
    "report-yes": ("Oui", "Yes"),
    "report-no": ("Non", "No"),
    # summary
    "report-default-title": ("barometre — présence des collectivités sur les réseaux sociaux",
                             "barometre — local authorities on social media"),
    "report-fictitious": ("données fictives", "fictitious data"),
    "report-fictitious-warning": ("DONNÉES FICTIVES : chiffres inventés pour la démonstration, à ne pas citer",
                                  "FICTITIOUS DATA: invented figures for demonstration, not to be quoted"),
    # Sources et méthode: a panel over waves, the entities not in every wave (out of it)
    "report-survey-panel-out": ("Hors panel", "Out of the panel"),
    "report-survey-region-map": ("Carte des régions", "Map of the régions"),
    "report-scope": ("Périmètre : {types}", "Scope: {types}"),
    # the base read in a filled template's instructions (template --within), not given
    "report-scope-template": (
        "Périmètre lu dans le mode d'emploi du modèle d'enquête rempli : département{s} "
        "{deps}.",
        "Scope read in the instructions of the filled survey template: département{s} "
        "{deps}."),
    "report-period": ("Période des données : {period}", "Data period: {period}"),
    # the Synthèse's first « IC 95 % » and first « panel », each explained in a line
    "report-ci-explained": (
        "IC 95\u202f% : intervalle de confiance à 95\u202f%, la fourchette où se trouve la part "
        "cherchée avec 95\u202f% de confiance (méthode : « Sources et méthode »)",
        "95% CI: 95% confidence interval, the range holding the share sought with 95% "
        "confidence (method: “Sources and method”)"),
    # the Synthèse's first « fourchette sûre » (an interval that is the whole possible range)
    "report-sure-explained": (
        "fourchette sûre : les bornes entre lesquelles la part est certainement, quelles que "
        "soient les réponses manquantes (k/N et (k + u)/N : k présentes, u sans réponse, "
        "N la base) ; rien n'est supposé ni tiré, ce n'est pas un intervalle de confiance",
        "sure range: the bounds the share surely lies between, whatever the missing answers "
        "(k/N and (k + u)/N: k present, u not answered, N the base); nothing assumed or "
        "drawn, it is no confidence interval"),
    # the same of an Annuaire export: nobody answers the Annuaire, its u are the
    # collectivités out of the file (as compare's note says them)
    "report-sure-explained-annuaire": (
        "fourchette sûre : les bornes entre lesquelles la part est certainement, quelles que "
        "soient les collectivités hors du fichier (k/N et (k + u)/N : k présentes, u hors du "
        "fichier, N la base) ; rien n'est supposé ni tiré, ce n'est pas un intervalle de "
        "confiance",
        "sure range: the bounds the share surely lies between, whatever the authorities "
        "out of the file (k/N and (k + u)/N: k present, u out of the file, N the base); "
        "nothing assumed or drawn, it is no confidence interval"),
    "report-panel-explained": (
        "Panel : les entités du fichier, choisies à la main (des pairs, un réseau) ; les "
        "chiffres sont les leurs, sans extrapolation au type en France",
        "Panel: the file's entities, chosen by hand (peers, a network); the figures are "
        "theirs, not extrapolated to the type in France"),
    "report-panel-explained-waves": (
        "Panel : les entités du fichier présentes à chaque vague, choisies à la main (des "
        "pairs, un réseau) ; les chiffres sont les leurs, sans extrapolation au type en France",
        "Panel: the file's entities present at every wave, chosen by hand (peers, a "
        "network); the figures are theirs, not extrapolated to the type in France"),
    "report-made-by": ("Établi avec barometre {version}", "Made with barometre {version}"),
    # a survey's report: the date of its latest reading, the workbook's date too
    "report-made-by-dated": ("Établi avec barometre {version} ; données au {date}",
                             "Made with barometre {version}; data as of {date}"),
    "report-key-figures": ("Chiffres clés, {when}", "Key figures, {when}"),
    # a year read in several files (March and October): every file, and the rule that
    # pooled their readings
    "report-key-files": ("{files} (relevés de l'année réunis : la réponse la plus récente de "
                         "chaque entité)",
                         "{files} (the year's readings pooled: each entity's latest answer)"),
    "report-key-line": ("{share} des {whom} sur {platform}{n} — {who}, {when}",
                        "{share} of {whom} on {platform}{n} — {who}, {when}"),
    "report-key-line-all": ("{share} de l'ensemble des collectivités sur {platform}{n} — {who}, {when}",
                            "{share} of all local authorities on {platform}{n} — {who}, {when}"),
    "report-key-count": ("– des {whom} sur {platform} (nombre publié : {count}, part non publiée) — {who}, {when}",
                         "– of {whom} on {platform} (published count: {count}, no share) — {who}, {when}"),
    "report-key-count-all": ("– de l'ensemble des collectivités sur {platform} (nombre publié : {count}, part non "
                             "publiée) — {who}, {when}",
                             "– of all local authorities on {platform} (published count: {count}, no share) — "
                             "{who}, {when}"),
    "report-key-n": (" (n = {n})", " (n = {n})"),
    # key figures from several sources: each names its id, and this line says why
    "report-key-sources": ("Chiffres clés de {n} sources (études et dates différentes, l'identifiant après "
                           "chaque chiffre) : à ne pas lire comme une seule mesure ; voir Sources et méthode.",
                           "Key figures from {n} sources (different studies and dates, the id after each "
                           "figure): not to be read as one measurement; see Sources and method."),
    # a share of those present / of respondents says its measure in the sentence, as compare's
    # "°" and "§" (notes pub-present-note, pub-respondents-note under the key figures)
    "report-key-line-measure": ("{share} des {said} sont sur {platform}{n} — {who}, {when}",
                                "{share} of the {said} are on {platform}{n} — {who}, {when}"),
    "report-key-said-of-present": ("collectivités présentes sur les réseaux sociaux",
                                   "local authorities present on social media"),
    "report-key-said-of-respondents": ("{whom} répondant à l'enquête", "{whom} answering the survey"),
    "report-key-respondents-all": ("collectivités", "local authorities"),
    "report-key-paren": (" ({items})", " ({items})"),
    "report-key-paren-n": ("n = {n}", "n = {n}"),
    "report-key-paren-base": ("base : {base}", "base: {base}"),
    "report-key-derived": ("* part déduite d'une formulation de la source (« toutes » = 100\u202f%, « la moitié » = 50\u202f%), non "
                           "d'un chiffre publié : voir Adoption, colonne « Déduit d'une formulation »",
                           "* share derived from the source's wording (“all” = 100%, “half” = 50%), not a published "
                           "number: see Adoption, column “From wording”"),
    "report-key-others": (" ; autres sources : voir Sources et méthode", "; other sources: see Sources and method"),
    # entities with at least one answer, as compare's "Couverture" line: each key figure
    # says its own base (those who answered for its platform)
    "report-coverage": ("Couverture de l'enquête : {n} {whom} sur {total} ({share}) avec au moins une réponse",
                        "Survey coverage: {n} {whom} of {total} ({share}) with at least one answer"),
    "report-coverage-year": ("Couverture de l'enquête : {n} {whom} sur {total} ({share}) avec au moins une "
                             "réponse en {year}",
                             "Survey coverage: {n} {whom} of {total} ({share}) with at least one answer in {year}"),
    # under --platform: the entities that answered on those platforms, said so
    "report-coverage-platforms": (
        "Couverture de l'enquête : {n} {whom} sur {total} ({share}) avec au moins une réponse "
        "sur {platforms}",
        "Survey coverage: {n} {whom} of {total} ({share}) with at least one answer on {platforms}"),
    "report-coverage-year-platforms": (
        "Couverture de l'enquête : {n} {whom} sur {total} ({share}) avec au moins une réponse "
        "sur {platforms} en {year}",
        "Survey coverage: {n} {whom} of {total} ({share}) with at least one answer on "
        "{platforms} in {year}"),
    "report-coverage-annuaire": ("Couverture de l'Annuaire : {n} {whom} sur {total} ({share})",
                                 "Annuaire coverage: {n} {whom} of {total} ({share})"),
    # a file of presence only (Oui/Non answers, the Annuaire's declared accounts)
    "report-no-counts": ("Aucun nombre d'abonnés dans les données : pas de Classement.",
                         "No follower count in the data: no Ranking."),
    "report-no-counts-entity": (
        "Aucun nombre d'abonnés dans les données : pas de Classement ni de Benchmark.",
        "No follower count in the data: no Ranking and no Benchmark."),
    # a published source's method: our summary of how the study counted, in French
    # (data/published/README.md: "how the study counted (our words)"), never the publisher's
    "report-method-ours": ("{method} (notre résumé)", "{method} (our summary, in French)"),
    # the Synthèse's benchmark: its title, and the note under its lines
    "report-summary-bench-title": ("Benchmark : {name} ({code})", "Benchmark: {name} ({code})"),
    "report-summary-bench-note": (
        "Indice : valeur ÷ médiane des pairs × 100 ; rang 1 = le plus d'abonnés. Pairs non "
        "classés, quartiles et détail : feuille Benchmark.",
        "Index: value ÷ peer median × 100; rank 1 = most followers. Peers not ranked, "
        "quartiles and details: Benchmark sheet."),
    "report-chart-adoption": ("Part des collectivités présentes sur chaque réseau, {when}",
                              "Share of local authorities present on each platform, {when}"),
    "report-chart-adoption-one": ("Présence {of_whom} sur chaque réseau, {when}",
                                  "{of_whom}: presence on each platform, {when}"),
    "report-of-whom": ("des {whom}", "{whom}"),
    "report-of-whom-all": ("de l'ensemble des collectivités", "All authorities"),
    # the Synthèse chart of a share of those present / of respondents: titled by its measure
    "report-chart-measure": ("{measure}, par réseau, {when}", "{measure}, by platform, {when}"),
    "report-chart-measure-one": ("{whom} : {measure}, par réseau, {when}",
                                 "{whom}: {measure}, by platform, {when}"),
    "report-chart-left-out": ("Graphique limité à une mesure ; non repris (autre mesure, voir la feuille Adoption) : "
                              "{items}.",
                              "Chart limited to one measure; not shown (another measure, see the Adoption sheet): "
                              "{items}."),
    "report-chart-evolution": ("Évolution de la part des collectivités présentes, {period}",
                               "Share of local authorities present, {period}"),
    "report-axis-share": ("Part", "Share"),
    # under the Évolution: a wave whose point is marked « † », no random sample of its
    # type (render.views.design_evolution_notes): trend's words (design-wave-note*), ended
    # there, as the Évolution shows no interval (its share is the file's entities')
    "report-evolution-design-note": ("{note}.", "{note}."),
    "report-evolution-note": ("Une valeur par série et par date (la première source de la feuille Adoption) ; "
                              "un chiffre publié sans mois est placé au 1er juillet de son année, un chiffre "
                              "daté « fin 2015 » au 1er décembre.",
                              "One value per series and date (the first source listed in Adoption); "
                              "a figure published without a month is placed on 1 July of its year, one dated "
                              "“late 2015” on 1 December."),
    "report-chart-evolution-published": ("Parts publiées dans le temps (mesure et base : voir chaque série), {period}",
                                         "Published shares over time (measure and base: see each series), {period}"),
    "report-evolution-of-all": ("part de toutes", "share of all"),
    "report-evolution-of-present": ("part des présentes", "share of those present"),
    "report-evolution-of-respondents": ("part des répondants", "share of respondents"),
    "report-evolution-note-published": (
        "Une ligne par date et par source, dont l'identifiant et l'éditeur sont en fin de ligne "
        "(détaillés dans « Sources et méthode ») ; une colonne par série : une mesure sur une "
        "base, comme les séries de « barometre trend » ; la ligne s'interrompt à chaque "
        "« rupture » (autre source, autre base) : deux points non reliés ne se comparent pas sans "
        "précaution. Un chiffre publié sans mois est placé au 1er juillet de son année, un "
        "chiffre daté « fin 2015 » au 1er décembre.",
        "One row per date and source, whose id and publisher end the row (detailed in “Sources "
        "and method”); one column per series: one measure on one base, as the series of "
        "“barometre trend”; the line breaks at each “break” (another source, another base): two "
        "points not joined do not compare without care. A figure published without a month is "
        "placed on 1 July of its year, one dated “late 2015” on 1 December."),
    # trend's rupture base_uncounted: « 100 départements » beside « départements »
    "report-evolution-uncounted-break": (
        "La ligne s'interrompt aussi entre un chiffre de base dénombrée (« 100 départements ») et "
        "un chiffre de base non précisée par la source (« départements », sans nombre) : rien ne "
        "dit que leur base est la même.",
        "The line also breaks between a figure of a counted base (“100 départements”) and one "
        "whose base its source does not specify (“départements”, no count): nothing says they "
        "share one base."),
    "report-evolution-derived": ("* part déduite d'une formulation de la source (« toutes » = "
                                 "100\u202f%, « la moitié » = 50\u202f%), non d'un chiffre publié.",
                                 "* share derived from the source's wording (“all” = 100%, “half” = 50%), not a "
                                 "published number."),
    "report-evolution-left-out": ("Non repris ici (voir la feuille Adoption) : {items}.",
                                  "Not shown here (see the Adoption sheet): {items}."),
    "report-evolution-left-single": ("séries d'un seul chiffre, {n}", "series of a single figure, {n}"),
    "report-evolution-left-disputed": ("chiffres contestés, {n}", "disputed figures, {n}"),
    "report-evolution-not-drawn": ("Le graphique montre les {n} séries aux points les plus nombreux ; dans le tableau "
                                   "seulement : {names}.",
                                   "The chart shows the {n} series with the most points; in the table only: {names}."),
    "report-evolution-any-one-platform": (
        "« Au moins un réseau » sans point : un seul réseau relevé ({platform}) ; sur un réseau, "
        "ce serait la même part sous un autre nom.",
        "“At least one network” has no point: one platform read ({platform}); over one platform "
        "it would be the same share under another name."),
    "report-evolution-any-left-out": (
        "« Au moins un réseau » sans point pour {items} : ces relevés ne portent pas sur les "
        "mêmes réseaux que les autres, une part qui ne se compare pas.",
        "“At least one network” has no point for {items}: those readings do not cover the same "
        "platforms as the others, a share that does not compare."),
    "report-evolution-note-waves": (
        "Une valeur par série et par vague, datée du jour de relevé le plus fréquent de sa "
        "vague (les relevés de plusieurs fichiers réunis en vagues) ; chaque part a sa propre "
        "base : les collectivités ayant répondu pour ce réseau à cette vague.",
        "One value per series and wave, dated on its wave's most frequent reading day (the "
        "readings of several files grouped into waves); each share has its own base: the "
        "authorities with an answer for that platform in that wave."),
    # the same of Annuaire exports: their entities are listed, none « répond »
    "report-evolution-note-waves-annuaire": (
        "Une valeur par série et par vague, datée du jour de relevé le plus fréquent de sa "
        "vague (les exports de l'Annuaire réunis en vagues) ; chaque part a sa propre "
        "base : les collectivités de l'Annuaire dans l'export de cette vague.",
        "One value per series and wave, dated on its wave's most frequent reading day (the "
        "Annuaire's exports grouped into waves); each share has its own base: the "
        "authorities of the Annuaire in that wave's export."),
    "report-evolution-vs-movements-annuaire": (
        "{platform} : {ev_old} → {ev_new}, {whole} ; les Mouvements, sur les {n} "
        "{whom} des deux exports, donnent {old} → {new}.",
        "{platform}: {ev_old} → {ev_new}, {whole}; the Changes sheet, over the {n} "
        "{whom} in both exports, gives {old} → {new}."),
    # a platform whose shares the Mouvements say otherwise (entities of both waves only)
    "report-evolution-vs-movements": (
        "{platform} : {ev_old} → {ev_new}, {whole} ; les Mouvements, sur les {n} "
        "{whom} ayant répondu aux deux vagues, donnent {old} → {new}.",
        "{platform}: {ev_old} → {ev_new}, {whole}; the Changes sheet, over the {n} "
        "{whom} that answered at both waves, gives {old} → {new}."),
    # a year of several waves (March and October 2025): one point per year, as the key
    # figures count it; trend --data gives every wave
    "report-evolution-note-years": (
        "Une valeur par série et par année, placée au dernier relevé de l'année ; chaque part "
        "a sa propre base : les collectivités ayant répondu pour ce réseau dans l'année, la "
        "réponse la plus récente de chacune (les relevés d'une année réunis, comme les chiffres "
        "clés).",
        "One value per series and year, placed on the year's last reading; each share has its "
        "own base: the authorities with an answer for that platform in the year, each one's "
        "latest answer (a year's readings pooled, as the key figures)."),
    "report-evolution-note-years-annuaire": (
        "Une valeur par série et par année, placée au dernier export de l'année ; chaque part "
        "a sa propre base : les collectivités de l'Annuaire dans l'année, l'export le plus "
        "récent de chacune (les exports d'une année réunis, comme les chiffres clés).",
        "One value per series and year, placed on the year's last export; each share has its "
        "own base: the authorities of the Annuaire in the year, each one's latest export (a "
        "year's exports pooled, as the key figures)."),
    "report-evolution-pooled": (
        "{year} : un seul point pour les vagues {dates}, leurs relevés réunis, placé au "
        "{last} ; la part d'aucune de ces vagues seule ({opt:« barometre trend --data »|"
        "barometre.wave_trend} donne chaque vague).",
        "{year}: one point for the waves of {dates}, their readings pooled, placed on {last}; "
        "not any one wave's share ({opt:“barometre trend --data”|barometre.wave_trend} gives "
        "each wave)."),
    "report-evolution-pooled-cell": ("{dates}, réunis", "{dates}, pooled"),
    "report-col-readings": ("Relevés", "Readings"),
    "report-evolution-note-survey": (
        "Une valeur par série et par relevé, datée du jour de relevé le plus fréquent de l'année "
        "(la date de la vague) ; chaque part a sa propre base : les collectivités ayant répondu "
        "pour ce réseau à ce relevé.",
        "One value per series and reading, dated on the year's most frequent reading day (the "
        "wave's date); each share has its own base: the authorities with an answer for that "
        "platform in that reading."),
    "report-header-page": ("Page &P / &N", "Page &P / &N"),
    # every printed page says its source (the footer), a sheet printed alone included
    "report-page-source": ("Source : {file}, relevés {period} (méthode : « {sheet} »)",
                           "Source: {file}, readings {period} (method: “{sheet}”)"),
    "report-page-sources": ("Sources : {ids} (détail : « {sheet} »)",
                            "Sources: {ids} (details: “{sheet}”)"),
    "report-page-source-short": ("Source : {file}, relevés {period}", "Source: {file}, readings {period}"),
    "report-page-source-id": ("Source : {ids} (détail : « {sheet} »)", "Source: {ids} (details: “{sheet}”)"),
    # a footer's files that do not fit whole: their number, the first ones, « … »
    "report-page-files-n": ("{n} fichiers ({files})", "{n} files ({files})"),
    "report-page-sources-n": ("{n} sources publiées", "{n} published sources"),
    "report-page-served": ("Population du conseil, non du territoire, pour {items} (voir « {sheet} »)",
                           "Population of the council, not of the territory, for {items} (see “{sheet}”)"),
    "report-ranking-source": ("Source : {file}, relevés {period}.", "Source: {file}, readings {period}."),
    "report-footer-date": ("Imprimé le &D", "Printed &D"),
    # sources et méthode
    "report-survey-publisher": ("Enquête fournie par l'utilisateur", "Survey supplied by the user"),
    "report-survey-file": ("Fichier", "File"),
    "report-survey-files": ("Fichiers", "Files"),
    "report-survey-wave": ("Date du relevé", "Date of the reading"),
    "report-survey-waves": ("Dates des relevés", "Dates of the readings"),
    "report-wave-span": ("du {first} au {last} (date de la vague : {wave})",
                         "from {first} to {last} (wave date: {wave})"),
    "report-wave-undated": ("{n} relevé{s} sans date rattaché{s} à la date de la vague, {date}",
                            "{n} reading{s} {s:has|have} no date: given the wave's date, {date}"),
    # waves of several files: each file's readings without a date, the file named
    "report-wave-undated-file": (
        "{file} : {n} relevé{s} sans date rattaché{s} à la date de la vague, {date}",
        "{file}: {n} reading{s} {s:has|have} no date: given the wave's date, {date}"),
    # a platform's readings without a date, as validate says them (wave-date-platform):
    # those that took the wave's date together, each platform's count; those that took
    # their platform's own date (another day), each its sentence
    "report-wave-undated-platforms": (
        "{n} relevé{s} sans date rattaché{s} à la date de la vague, {date} ({platforms})",
        "{n} reading{s} {s:has|have} no date: given the wave's date, {date} ({platforms})"),
    "report-wave-undated-platform-count": ("{platform} : {n}", "{platform}: {n}"),
    "report-wave-undated-platform": (
        "{platform} : {n} relevé{s} sans date rattaché{s} à la date des relevés {platform}, "
        "{date}",
        "{platform}: {n} reading{s} {s:has|have} no date: given the date of the {platform} "
        "readings, {date}"),
    "report-wave-undated-in-file": ("{file} : {said}", "{file}: {said}"),
    "report-date-line": ("Date du relevé : {dates}", "Date of the reading: {dates}"),
    "report-dates-line": ("Dates des relevés : {dates}", "Dates of the readings: {dates}"),
    "report-survey-coverage": ("Couverture", "Coverage"),
    "report-survey-design": ("Plan du fichier", "File design"),
    "report-survey-place": ("Choix du fichier", "How the file was chosen"),
    "report-key-place": (" ; {words}", "; {words}"),
    "report-key-place-bare": (" ; sans intervalle ; {words}", "; no interval; {words}"),
    "report-survey-years": ("Année des chiffres", "Year of the figures"),
    # the years a report of several waves leaves out of the year's figures, which its
    # Évolution or Mouvements show: not « laissé de côté » of the whole report
    "report-year-aside-used": (
        "Année {year} ; {left} : hors des chiffres de {year}, repris dans {sheets}",
        "Year {year}; {left}: not in the figures of {year}, used in {sheets}"),
    "report-sheets-one": ("la feuille {sheets}", "the {sheets} sheet"),
    "report-sheets-many": ("les feuilles {sheets}", "the {sheets} sheets"),
    "report-sheet-quoted": ("« {sheet} »", "“{sheet}”"),
    # a survey's report: the published barometers' figures are not in it, where they are
    "report-survey-published": ("Chiffres publiés", "Published figures"),
    "report-published-elsewhere": (
        "ce rapport ne mêle pas aux chiffres du fichier ceux des baromètres publiés sur les "
        "{whom} ({where}) ; ils ont leur propre rapport : {report} (en Python : {python})",
        "this report does not mix the published barometers' figures on the {whom} with the "
        "file's ({where}); they have their own report: {report} (in Python: {python})"),
    # where they are not: the Évolution named only when the workbook has one
    "report-published-where-trend": ("ni dans la feuille « {sheet} », ni à côté des chiffres clés",
                                     "neither in the “{sheet}” sheet nor beside the key figures"),
    "report-published-where": ("ni à côté des chiffres clés, ni dans une autre feuille",
                               "neither beside the key figures nor in any other sheet"),
    "report-published-file": ("publies.xlsx", "published.xlsx"),
    "report-published-elsewhere-line": ("Chiffres publiés : {text}", "Published figures: {text}"),
    "report-survey-coverage-text": ("{n} {whom} dans le fichier sur {total} en France ({share})",
                                    "{n} {whom} in the file out of {total} in France ({share})"),
    "report-survey-coverage-within": ("{n} {whom} dans le fichier sur {total} ({share})",
                                      "{n} {whom} in the file out of {total} ({share})"),
    "report-survey-coverage-n": ("{n} {whom} dans le fichier", "{n} {whom} in the file"),
    # a survey's (not the Annuaire's): the entities that answered, as the Synthèse's coverage
    # says them, then ({held}) those the file holds when some rows were left blank, as its
    # note of the random draw (« 12 sur 22 métropoles ; 22 dans le fichier »)
    "report-survey-coverage-answered": (
        "{n} {whom} sur {total} en France ({share}) avec au moins une réponse{on}{held}",
        "{n} {whom} of {total} in France ({share}) with at least one answer{on}{held}"),
    "report-survey-coverage-answered-within": (
        "{n} {whom} sur {total} ({share}) avec au moins une réponse{on}{held}",
        "{n} {whom} of {total} ({share}) with at least one answer{on}{held}"),
    "report-survey-coverage-answered-n": ("{n} {whom} avec au moins une réponse{on}{held}",
                                          "{n} {whom} with at least one answer{on}{held}"),
    # under --platform ({on} above): the answers counted, those on these platforms
    "report-survey-coverage-on": (" sur {platforms}", " on {platforms}"),
    "report-survey-coverage-held": (" ; {held} dans le fichier", "; {held} in the file"),
    "report-survey-coverage-years": ("{year} (année des chiffres) : {n} {whom}{total} ; {others}",
                                     "{year} (year of the figures): {n} {whom}{total}; {others}"),
    "report-survey-coverage-total": (" sur {total} en France ({share})", " out of {total} in France ({share})"),
    "report-survey-coverage-total-within": (" sur {total} ({share})", " out of {total} ({share})"),
    # under --platform: every year's count of the entities that answered on those platforms
    # (the line of one year says it in its own words, report-survey-coverage-on)
    "report-survey-coverage-platforms": ("{coverage} — entités ayant au moins une réponse sur {platforms}",
                                         "{coverage} — entities with at least one answer on {platforms}"),
    # several files: each with the years of its readings (« w2024.csv (2024) »)
    "report-survey-file-years": ("{file} ({years})", "{file} ({years})"),
    "report-survey-coverage-other": ("{year} : {n}{share}", "{year}: {n}{share}"),
    "report-survey-unknown": ("Lignes non reconnues", "Unrecognised rows"),
    "report-survey-unknown-text": ("{n} ligne{s} dont la collectivité n'a pas été reconnue, laissée{s} de côté",
                                   "{n} row{s} whose authority was not recognised, left out"),
    "report-survey-blanks": ("Réponses vides", "Blank answers"),
    # the rule decided per platform on each file's answers and, in a file of several waves
    # (a long file), on each wave's (the reader's blank rule per wave × platform)
    "report-survey-blanks-text": (
        "une case de présence vide (ni réponse, ni compte, ni abonnés) compte comme absente quand "
        "les réponses du réseau ne contiennent aucun « Non » ; quand elles en contiennent, ou "
        "qu'il n'y a aucune réponse, elle est « non renseignée » et la collectivité sort de la "
        "base de ce réseau ; décidé pour chaque réseau sur les réponses de chaque fichier et, "
        "dans un fichier de plusieurs vagues, de chaque vague, comme dans des fichiers séparés "
        "({detail})",
        "a blank presence cell (no answer, no account, no followers) counts as absent when the "
        "platform's answers hold no “No”; when they hold some, or there is no answer at all, "
        "it is “not answered” and the authority leaves the base of that platform; decided "
        "for each platform on the answers of each file and, in a file of several waves, of "
        "each wave, as in separate files ({detail})"),
    # the same under a rule asked for the whole file (--blank unknown, --blank absent), as
    # validate says it (blank-unknown-forced, blank-absent-forced, blank-empty)
    "report-survey-blanks-text-unknown": (
        "une case de présence vide (ni réponse, ni compte, ni abonnés) compte comme « non "
        "renseignée », comme demandé ({opt:--blank unknown|blank=\"unknown\"}), quelles que "
        "soient les autres réponses du réseau : la collectivité sort de la base de ce réseau "
        "({detail})",
        "a blank presence cell (no answer, no account, no followers) counts as “not "
        "answered”, as asked ({opt:--blank unknown|blank=\"unknown\"}), whatever the "
        "platform's other answers: the authority leaves the base of that platform ({detail})"),
    "report-survey-blanks-text-absent": (
        "une case de présence vide (ni réponse, ni compte, ni abonnés) compte comme absente, "
        "comme demandé ({opt:--blank absent|blank=\"absent\"}), quelles que soient les autres "
        "réponses du réseau ; sauf pour un réseau sans aucune réponse dans un fichier (ou, dans "
        "un fichier de plusieurs vagues, à une vague), non relevé : elle y est « non "
        "renseignée » et la collectivité sort de la base de ce réseau ({detail})",
        "a blank presence cell (no answer, no account, no followers) counts as absent, as "
        "asked ({opt:--blank absent|blank=\"absent\"}), whatever the platform's other "
        "answers; except for a platform without any answer in a file (or, in a file of "
        "several waves, at a wave), not surveyed: there it is “not answered” and the "
        "authority leaves the base of that platform ({detail})"),
    "report-survey-blanks-absent": ("Cases vides lues « Non »", "Blank cells read as “No”"),
    # the waves compared read a platform's blanks two ways (Mouvements, as changes says it)
    "report-survey-blank-rules": ("Cases vides entre vagues", "Blank cells across waves"),
    "report-survey-blanks-absent-text": (
        "{items} ; ces réponses « Non » sont marquées dans la colonne « {column} » des {sheet}",
        "{items}; these “No” answers are marked in the column “{column}” of the {sheet} sheet"),
    "report-survey-blank-absent-item": ("{platform} : {n} ({rows})", "{platform}: {n} ({rows})"),
    "report-survey-blank-absent-file": ("{file}, {rows}", "{file}, {rows}"),
    "report-survey-blanks-none": ("aucune collectivité hors base", "no authority left out of the base"),
    "report-survey-blanks-out": ("hors base : {items}", "left out: {items}"),
    "report-survey-blank-item": ("{platform} : {n}", "{platform}: {n}"),
    # a year's entities left out, when the figures span several years (Évolution)
    "report-survey-blank-year": ("{n} en {year}", "{n} in {year}"),
    "report-survey-shares": ("Parts", "Shares"),
    "report-survey-shares-text": (
        "part = collectivités présentes ÷ collectivités du fichier ayant répondu pour ce réseau ; "
        "quand un fichier contient plusieurs relevés d'une collectivité la même année, le plus récent "
        "ayant une réponse est retenu (un « NR » plus récent ne cache pas un « Oui » ou un « Non »)",
        "share = authorities present ÷ authorities of the file with an answer for that platform; when a "
        "file holds several readings of an authority in a year, the latest with an answer is used "
        "(a later “NR” does not hide a “Yes” or a “No”)"),
    "report-survey-intervals": ("Intervalles", "Intervals"),
    # no figure with an interval: a file chosen by place, or mostly in one région
    "report-survey-intervals-none": (
        "aucun : le fichier n'est pas un tirage au hasard des collectivités du type en "
        "France (voir ses notes) ; ses parts sont celles de ses entités",
        "none: the file is not a random draw of the type's authorities in France (see its "
        "notes); its shares are those of its entities"),
    "report-survey-intervals-text": (
        "intervalle de confiance à 95\u202f% autour de chaque part, pour la part de {all} : "
        "Wilson avec correction de population finie (N = {total} "
        "{whom}), en supposant que les réponses connues sont comme un tirage au hasard des N ; chaque "
        "borne est ensuite portée à la part possible la plus proche, (k + j)/N, de sorte que "
        "l'intervalle ne sort jamais de k/N à (k + u)/N, bornes sûres de la part quelles que soient "
        "les u collectivités sans réponse ou hors du fichier (k présentes) ; quand le fichier "
        "couvre toutes les collectivités du type (relevé exhaustif), la part est exacte et "
        "l'intervalle ne se lit pas comme une marge d'erreur",
        "95% confidence interval around each share, for the share of {all}: Wilson with "
        "finite-population correction (N = {total} {whom}), assuming the "
        "known answers are like a random draw of the N; each bound is then moved outward to the "
        "nearest possible share, (k + j)/N, so that the interval never leaves k/N to (k + u)/N, "
        "sure bounds of the share whatever the u authorities unanswered or not in the file are "
        "(k present); when the file covers every authority of the type (a census), the share is "
        "exact and the interval is not a margin of error"),
    # some interval is the whole possible range k/N–(k + u)/N: said so, no confidence
    "report-survey-intervals-sure": (
        " ; quand les bornes atteignent k/N et (k + u)/N (peu de réponses manquantes), la part "
        "y est certainement, quelles que soient ces réponses : « fourchette sûre », non un "
        "intervalle de confiance",
        "; when the bounds reach k/N and (k + u)/N (few answers missing), the share surely "
        "lies there, whatever those answers: a “sure range”, no confidence interval"),
    # the same two rows of an Annuaire export: its entities are listed, none « répond » (an
    # entity without a declared account is absent), those out of the file are the u
    "report-annuaire-shares-text": (
        "part = collectivités avec un compte déclaré sur le réseau ÷ collectivités de l'Annuaire "
        "dans le fichier ; une collectivité sans compte déclaré compte comme absente, et les "
        "comptes de ses services sont réunis",
        "share = authorities with an account declared on the platform ÷ authorities of the "
        "Annuaire in the file; an authority with no declared account counts as absent, and the "
        "accounts of its services are pooled"),
    "report-annuaire-intervals-text": (
        "intervalle de confiance à 95\u202f% autour de chaque part, pour la part de {all} "
        "ayant un compte déclaré à l'Annuaire de l'administration (pas la part de celles qui "
        "ont un compte : un compte non déclaré n'est pas compté) : "
        "Wilson avec correction de population finie (N = {total} "
        "{whom}), en supposant que les collectivités du fichier sont comme un tirage au hasard "
        "des N ; chaque borne est ensuite portée à la part possible la plus proche, (k + j)/N, de "
        "sorte que l'intervalle ne sort jamais de k/N à (k + u)/N, bornes sûres de la part "
        "quelles que soient les u collectivités hors du fichier (k présentes) ; quand le fichier "
        "couvre toutes les collectivités du type (relevé exhaustif), la part est exacte et "
        "l'intervalle ne se lit pas comme une marge d'erreur",
        "95% confidence interval around each share, for the share of {all} with an account "
        "declared to the Annuaire de l'administration (not the share that have an account: an "
        "account not declared is not counted): Wilson with "
        "finite-population correction (N = {total} {whom}), assuming the "
        "file's authorities are like a random draw of the N; each bound is then moved outward to "
        "the nearest possible share, (k + j)/N, so that the interval never leaves k/N to "
        "(k + u)/N, sure bounds of the share whatever the u authorities not in the file are "
        "(k present); when the file covers every authority of the type (a census), the share is "
        "exact and the interval is not a margin of error"),
    "report-survey-intervals-all": ("toutes les collectivités du type en France",
                                    "all authorities of the type in France"),
    "report-survey-intervals-part": ("l'ensemble des {whom}", "all the {whom}"),
    "report-survey-intervals-text-sample": (
        "intervalle de confiance de Wilson à 95\u202f% autour de chaque part, qui traite les "
        "collectivités du fichier comme un échantillon d'une population de taille inconnue (sans "
        "correction de population finie)",
        "95% Wilson score interval around each share, treating the file's authorities as a sample "
        "of a population of unknown size (no finite-population correction)"),
    # the Données of an Annuaire export: whose date « Date du relevé » is
    "report-data-record-dates": (
        "Date du relevé : la dernière modification des fiches de la collectivité dans "
        "l'Annuaire.",
        "Reading date: the latest modification of the authority's records in the Annuaire."),
    "report-data-record-dates-some": (
        "Date du relevé : la dernière modification des fiches de la collectivité dans "
        "l'Annuaire ; {rows} ligne{s} sans fiche datée : la date du fichier ({date}, sa "
        "fiche la plus récente).",
        "Reading date: the latest modification of the authority's records in the Annuaire; "
        "{rows} row{s} without a dated record: the file's date ({date}, its latest record)."),
    "report-survey-reference": ("Référentiel", "Reference"),
    "report-survey-reference-text": (
        "INSEE, Code officiel géographique (@etalab/decoupage-administratif 6.0.0), Licence Ouverte 2.0 ; "
        "pour les abonnés pour 1\u202f000 habitants : {population}",
        "INSEE, Code officiel géographique (@etalab/decoupage-administratif 6.0.0), Licence Ouverte 2.0; "
        "for followers per 1,000 inhabitants: {population}"),
    # no figure per 1,000 inhabitants in the report (no Classement, no Benchmark)
    "report-survey-reference-text-plain": (
        "INSEE, Code officiel géographique (@etalab/decoupage-administratif 6.0.0), Licence "
        "Ouverte 2.0",
        "INSEE, Code officiel géographique (@etalab/decoupage-administratif 6.0.0), Licence "
        "Ouverte 2.0"),
    "report-survey-title": ("Relevé par collectivité", "Reading by authority"),
    "report-sources-survey": ("L'enquête", "The survey"),
    "report-sources-annuaire": ("L'Annuaire de l'administration (comptes déclarés)",
                                "The Annuaire de l'administration (declared accounts)"),
    "report-survey-measure": ("Mesure", "Measure"),
    "report-survey-source": ("Source", "Source"),
    "report-annuaire-measure-text": (
        "{measure} ; présence = compte déclaré, nombre d'abonnés inconnu ; une "
        "collectivité sans compte déclaré peut en avoir un : la part mesurée est un minimum",
        "{measure}; present = account declared, follower counts unknown; an "
        "authority with no declared account may still have one: the share measured is a lower "
        "bound"),
    "report-annuaire-source-text": ("{attribution}, Annuaire de l'administration ({licence})",
                                    "{attribution}, Annuaire de l'administration ({licence})"),
    "report-sources-published": ("Sources publiées", "Published sources"),
    "report-definitions": ("Définitions", "Definitions"),
    "report-notes": ("Chiffres qui diffèrent selon les sources", "Figures that differ between sources"),
    # the fact by its year, each source by its own date (never the key figure's for all)
    "report-note-line": ("{whom} sur {platform}, {year} : {main} selon {who} ({when}, chiffre de la synthèse) ; {others}",
                         "{whom} on {platform}, {year}: {main} according to {who} ({when}, the summary's figure); {others}"),
    "report-note-other": ("{share} selon {who}", "{share} according to {who}"),
    "report-note-restated": ("même chiffre repris par {who}", "same figure restated by {who}"),
    # definitions printed in Sources et méthode: (term, definition) pairs
    "report-def-share-term": ("Part (adoption)", "Share (adoption)"),
    "report-def-share": ("collectivités présentes ÷ collectivités de la base (la base est précisée pour chaque chiffre)",
                  "authorities present ÷ authorities of the base (stated for each figure)"),
    "report-def-ci-term": ("IC 95\u202f%", "95% CI"),
    "report-def-ci": ("intervalle de confiance de Wilson à 95\u202f%, donné quand le dénominateur est connu ; "
                      "quand la taille N de la population est connue (celle du type en France pour une "
                      "enquête), avec correction de population finie et des bornes portées aux parts "
                      "possibles, jamais hors de k/N à (k + u)/N (k présentes, u hors de la base)",
               "95% Wilson score interval, given when the denominator is known; when the size N of "
               "the population is known (the type's, in France, for a survey), with "
               "finite-population correction and bounds moved to possible shares, never outside "
               "k/N to (k + u)/N (k present, u outside the base)"),
    # the two definitions of a report of an Annuaire export: none of its figures is a survey's
    "report-def-ci-annuaire": (
        "intervalle de confiance de Wilson à 95\u202f%, donné quand le dénominateur est connu ; "
        "quand la taille N de la population est connue (celle du type en France pour un export "
        "de l'Annuaire), avec correction de population finie et des bornes portées aux parts "
        "possibles, jamais hors de k/N à (k + u)/N (k présentes, u hors de la base)",
        "95% Wilson score interval, given when the denominator is known; when the size N of "
        "the population is known (the type's, in France, for an Annuaire export), with "
        "finite-population correction and bounds moved to possible shares, never outside "
        "k/N to (k + u)/N (k present, u outside the base)"),
    "report-def-measure-annuaire": (
        "part de toutes les collectivités de la base ; pour l'Annuaire, ses collectivités avec "
        "un compte déclaré ÷ ses collectivités dans le fichier",
        "share of all authorities of the base; for the Annuaire, its authorities with a "
        "declared account ÷ its authorities in the file"),
    "report-def-measure-term": ("Mesure", "Measure"),
    "report-def-measure": ("part de toutes les collectivités de la base, des seules collectivités présentes sur les "
                    "réseaux sociaux, ou des répondants à une enquête",
                    "share of all authorities of the base, of those present on social media, or of a "
                    "survey's respondents"),
    "report-def-followers-term": ("Abonnés", "Followers"),
    "report-def-followers": ("abonnés (fans, followers) à la date du relevé",
                      "followers (fans, subscribers) at the date of the reading"),
    "report-def-per-1000-term": ("Abonnés pour 1\u202f000 hab.", "Followers per 1,000 inh."),
    "report-def-per-1000": ("abonnés ÷ population × 1\u202f000 ; {population}",
                     "followers ÷ population × 1,000; {population}"),
    "report-def-rank-term": ("Rang", "Rank"),
    "report-def-rank": ("1 = le plus d'abonnés ; les ex aequo partagent le meilleur rang ; parmi les pairs qui ont une valeur",
                 "1 = most followers; ties share the best rank; among peers with a value"),
    "report-def-index-term": ("Indice", "Index"),
    "report-def-index": ("valeur de la collectivité ÷ médiane des pairs × 100 (médiane = 100)",
                  "authority's value ÷ peer median × 100 (median = 100)"),
    "report-def-percentile-term": ("Pairs à son niveau ou en dessous (percentile)",
                                   "Peers at or below (percentile)"),
    "report-def-percentile": ("part des pairs classés, la collectivité comprise, qui ont autant "
                              "d'abonnés qu'elle ou moins : 60\u202f% = 6 pairs sur 10 ; 100\u202f% "
                              "pour la première",
                              "share of the ranked peers, the authority included, with as many "
                              "followers as it or fewer: 60% = 6 peers in 10; 100% for the "
                              "first"),
    "report-def-competitors-term": ("Moyenne des pairs sans elle", "Peer mean without it"),
    "report-def-competitors": ("moyenne des pairs sans la collectivité", "mean of the peers without the authority"),
    "report-def-wording-term": ("Déduit d'une formulation", "From wording"),
    "report-def-wording": ("chiffre tiré d'une phrase (« toutes » = 100\u202f%, « la moitié » = 50\u202f%)",
                    "figure taken from a sentence (“all” = 100%, “half” = 50%)"),
    "report-measure-of-all": ("part de toutes les collectivités de la base", "share of all authorities in the base"),
    "report-measure-of-present": ("part des collectivités présentes sur les réseaux",
                           "share of authorities present on social media"),
    "report-measure-of-respondents": ("part des répondants", "share of respondents"),
}
