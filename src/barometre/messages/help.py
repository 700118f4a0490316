"""The help of the command line: each command's docstring and each option's ``help=``,
in French as the code writes them (cli/*.py) and in English.

cli.chrome shows the English of a text when the help is asked in English (``--lang en``,
``BAROMETRE_LANG=en``), found by its French: tests/test_help_english.py checks that every
help text of the command line is here, word for word, and nothing else. ``help-NAME``: the
docstring of command NAME; ``help-NAME-OPTION``: an option of that command alone;
``help-OPTION``: an option several commands share (cli/options.py).
"""

MESSAGES = {
    'help-app': (
        'Mesurer et comparer la présence des collectivités territoriales sur les réseaux sociaux (chiffres publiés, enquêtes, classements, graphiques, rapports Excel).',
        "Measure and compare French local authorities' presence on social networks (published figures, surveys, rankings, charts, Excel reports)."),
    'help-compare': (
        "Comparer l'adoption des réseaux par un type de collectivité avec d'autres types.\n\nAvec --data, un fichier choisi par lieu (plus du quart de ses entités dans un\ndépartement) le dit sous le tableau et dans flags (chosen_by_place) : ce n'est pas\nun tirage au hasard parmi les entités de France, pas d'intervalle ; --within 01,44\nfait de celles de ces départements la base. Plus de la moitié de ses entités dans une\nrégion, ou toutes dans quelques régions tenues à moitié au moins (ce qu'un tirage au\nhasard ne donne pas ; l'outre-mer compte pour une région) : pas d'intervalle, note « † », avec le --within qui tient toutes ses entités. --panel lit le fichier comme un panel choisi :\nses parts sont celles de ses entités (« les 14 communautés d'agglomération du\npanel »), sans extrapolation au type en France.\n\nExemple : barometre compare --type region --year 2015 --source ideose",
        'Compare the adoption of social networks by one type of collectivité with other types.\n\nWith --data, a file chosen by place (over a quarter of its entities in one\ndépartement) says so under the table and in flags (chosen_by_place): it is not\na random draw among the entities of France, no interval; --within 01,44 makes\nthose of these départements the base. Over half of its entities in one région,\nor all in a few régions at least half held (which a random draw does not give;\noverseas France counts as one région): no interval, a "†" note, with the --within that holds all its entities. --panel reads the file as a chosen panel:\nits shares are those of its entities ("the panel\'s 14 communautés\nd\'agglomération"), not extrapolated to the type in France.\n\nExample: barometre compare --type region --year 2015 --source ideose'),
    'help-trend': (
        "Évolution d'un réseau pour un type de collectivité : chaque année et chaque source.\n\nAvec --data : l'adoption à chaque vague d'enquête (un ou plusieurs réseaux) ; --within\nou --panel y disent la base de chaque vague comme compare pour son fichier.\n\nExemple : barometre trend --type region --platform facebook",
        'Trend of one network for one type of collectivité: every year and every source.\n\nWith --data: the adoption at each survey wave (one or several networks); --within\nor --panel say each wave\'s base there as compare says it for its file.\n\nExample: barometre trend --type region --platform facebook'),
    'help-sources': (
        "Lister les sources des chiffres publiés (éditeur, titre, date, adresse).\n\nSans option : toutes les sources, y compris celles des audiences nationales et des\ndénombrements de collectivités. Avec --type ou --year : celles des taux d'adoption\net des chiffres sur des collectivités nommées (« barometre figures ») de ce type ou\nde cette année.",
        'List the sources of the published figures (publisher, title, date, address).\n\nWithout options: every source, including those of national audiences and of\ncounts of collectivités. With --type or --year: those of the adoption rates and\nof the figures about named collectivités ("barometre figures") of that type or\nof that year.'),
    'help-figures': (
        'Lister les chiffres publiés sur des collectivités nommées (abonnés, rangs, prix),\nchacun avec sa source.\n\nExemple : barometre figures --type departement --platform instagram',
        'List the published figures about named collectivités (followers, ranks, awards),\neach with its source.\n\nExample: barometre figures --type departement --platform instagram'),
    'help-types': (
        "Lister les types de collectivité, avec leurs alias.\n\nEn JSON, « aliases » est une liste ; en CSV, les alias sont joints par « ; », comme\ntoute liste d'une cellule ; dans le tableau, par « , ».",
        'List the types of collectivité, with their aliases.\n\nIn JSON, "aliases" is a list; in CSV, the aliases are joined by ";", as every\nlist in a cell; in the table, by ", ".'),
    'help-platforms': (
        "Lister les réseaux sociaux connus, avec leurs alias et leur couleur.\n\nEn JSON, « aliases » est une liste ; en CSV, les alias sont joints par « ; », comme\ntoute liste d'une cellule ; dans le tableau, par « , ».",
        'List the known social networks, with their aliases and their colour.\n\nIn JSON, "aliases" is a list; in CSV, the aliases are joined by ";", as every\nlist in a cell; in the table, by ", ".'),
    'help-entities': (
        "Lister toutes les collectivités d'un type (code, nom, population…).\n\nUne catégorie d'intercommunalités (--type « communauté d'agglomération »,\n« communauté de communes », « communauté urbaine ») n'en liste que les entités ; la\ncolonne Catégorie (kind : CC, CA, CU, METRO) dit celle de chaque intercommunalité.\nExemple : barometre entities --type departement --format csv",
        'List every collectivité of a type (code, name, population…).\n\nA category of intercommunalités (--type "communauté d\'agglomération",\n"communauté de communes", "communauté urbaine") lists only its entities; the\nCategory column (kind: CC, CA, CU, METRO) gives each intercommunalité\'s.\nExample: barometre entities --type departement --format csv'),
    'help-resolve': (
        'Trouver une collectivité par son code, son SIREN ou son nom.\n\nLe nom complet exact l\'emporte (« Biot » n\'est pas « Le Biot ») ; un nom porté\npar plusieurs types (« Paris » : commune et département) demande --type ; un\nancien nom de commune fusionnée donne la commune actuelle, avec un avertissement.\nLes institutions ont leur code et la population qu\'elles servent\n(« Département du Rhône », « CeA »). Un nom que rien ne porte tel quel est lu\ncomme celui d\'une institution quand son début dit le type sans doute possible :\n« Région Bretagne », « Conseil régional de … » (région), « Conseil départemental\nde Loire-Atlantique », « Département de … », « CD44 » (département ; « CD2B » :\nla Collectivité de Corse, avec un avertissement), « Ville de\nNantes », « Mairie de … », « Commune de … » (commune), « Métropole de Nantes »\n(Nantes Métropole). Avec --type epci ou metropole, le nom d\'une commune\n(« Quimper », « Quimper agglo », « CA Lorient ») n\'est pas pris pour son\nintercommunalité : l\'erreur propose d\'abord celle dont la commune est membre.\n« Marseille 1er », « Paris 15e » : un arrondissement municipal, dit comme son code.\n\nExemple : barometre resolve "Saint-Denis (974)"',
        'Find a collectivité by its code, its SIREN or its name.\n\nThe exact full name wins ("Biot" is not "Le Biot"); a name several types carry\n("Paris": commune and département) needs --type; a former name of a merged\ncommune gives today\'s commune, with a warning. Institutions have their code and\nthe population they serve ("Département du Rhône", "CeA"). A name nothing\ncarries as written is read as an institution\'s when its start says the type\nbeyond doubt: "Région Bretagne", "Conseil régional de …" (région), "Conseil\ndépartemental de Loire-Atlantique", "Département de …", "CD44" (département; "CD2B":\nthe Collectivité de Corse, with a warning), "Ville de Nantes", "Mairie de …", "Commune de …" (commune), "Métropole de\nNantes" (Nantes Métropole). With --type epci or metropole, a commune\'s name\n("Quimper", "Quimper agglo", "CA Lorient") is not taken for its\nintercommunalité: the error first suggests the one the commune is a member of.\n"Marseille 1er", "Paris 15e": an arrondissement municipal, said as its code is.\n\nExample: barometre resolve "Saint-Denis (974)"'),
    'help-template': (
        "Écrire un classeur d'enquête pré-rempli avec toutes les collectivités d'un type.\n\n--lang en écrit le mode d'emploi en anglais ; les en-têtes et les réponses Oui/Non\nrestent en français (c'est ce que le lecteur attend).\nUne catégorie d'intercommunalités (--type « communauté d'agglomération »,\n« communauté de communes », « communauté urbaine ») n'en liste que les entités ;\n--within 22,29 ne liste que celles de ces départements.\nExemple : barometre template --type departement -p facebook -p instagram -o enquete.xlsx",
        'Write a survey workbook pre-filled with every collectivité of a type.\n\n--lang en writes the instructions in English; the headers and the Oui/Non\nanswers stay in French (that is what the reader expects).\nA category of intercommunalités (--type "communauté d\'agglomération",\n"communauté de communes", "communauté urbaine") lists only its entities;\n--within 22,29 lists only those of these départements.\nExample: barometre template --type departement -p facebook -p instagram -o enquete.xlsx'),
    'help-template-within': (
        "Codes de départements (« 22,29 ») : seules les entités du type dans ces départements (une intercommunalité : celui de la plupart de ses habitants), lus comme le --within de compare ; le mode d'emploi dit d'analyser le fichier avec le même --within, la base que compare, trend, changes, chart et report prennent d'eux-mêmes sur le fichier rempli.",
        "Départements' codes (\"22,29\"): only the type's entities in these départements (an intercommunalité: that of most of its inhabitants), read as compare's --within; the instructions say to analyse the file with the same --within, the base compare, trend, changes, chart and report take by themselves on the filled file."),
    'help-validate': (
        "Vérifier un fichier d'enquête : toutes les erreurs et avertissements, ligne et colonne\n(les 1\u202f000 premiers détaillés, les autres comptés par code).\n\nUn avertissement de plusieurs lignes (cellules vides, date de la vague…) cite les 5\npremières ; en JSON et CSV, ses champs count (le nombre qu'il dit) et rows (toutes ses\nlignes : une liste en JSON, « 12;40;41 » en CSV). Un même problème sur plusieurs lignes\n(le code d'une collectivité sur chaque ligne de réseau d'un fichier long) est dit une\nfois, avec ses lignes ; en JSON et CSV, un par ligne. Les colonnes sont toujours les mêmes :\nrow, column, value, severity, message, code, by_code, count, rows (vides sinon), puis\nsur chaque ligne d'où elle vient : file (le fichier, tel que nommé), sheet (la feuille\nlue d'un classeur), sha256 (l'empreinte de ses octets), barometre_version et\nvalidated_at (vide sans --timestamp). Un fichier sans\naucun problème ne donne aucune ligne (l'en-tête seul en CSV, [] en JSON), donc pas\nde provenance : son code de sortie 0 dit qu'il est propre.\n\nCode de sortie : 0 sans erreur (avertissements permis) ; 1 si le fichier a des erreurs ;\n2 s'il ne peut pas être lu du tout (introuvable, illisible, pas une enquête), comme\npour un appel faux (option inconnue, type inconnu).",
        'Check a survey file: every error and warning, with row and column\n(the first 1,000 detailed, the others counted by code).\n\nA warning about several rows (blank cells, the wave\'s date…) quotes the first 5;\nin JSON and CSV, its fields count (the number it states) and rows (all its rows:\na list in JSON, "12;40;41" in CSV). The same problem on several rows (an authority\'s code on\neach platform row of a long file) is said once, with its rows; in JSON and CSV, once\nper row. The columns are always the same: row,\ncolumn, value, severity, message, code, by_code, count, rows (empty otherwise), then\non every row where it comes from: file (the file, as named), sheet (the sheet read\nof a workbook), sha256 (the fingerprint of its bytes), barometre_version and\nvalidated_at (empty without --timestamp). A file without\nany problem gives no row (the header alone in CSV, [] in JSON), hence no provenance:\nits exit code 0 says it is clean.\n\nExit code: 0 without errors (warnings allowed); 1 if the file has errors; 2 if\nit cannot be read at all (not found, unreadable, not a survey), as for a wrong\ncall (unknown option, unknown type).'),
    'help-validate-timestamp': (
        "En CSV et JSON, l'heure de la vérification dans validated_at (UTC, ISO 8601 ; SOURCE_DATE_EPOCH la fixe). Par défaut vide : le même fichier donne la même sortie.",
        'In CSV and JSON, the time of the check in validated_at (UTC, ISO 8601; SOURCE_DATE_EPOCH sets it). Empty by default: the same file gives the same output.'),
    'help-benchmark': (
        'Situer une collectivité parmi tous ses pairs : rang, indice, par 1\u202f000 habitants.\n\nSur chaque réseau, les relevés de sa dernière année (ou de --year) ; un relevé plus\nancien est laissé de côté et compté. Les pairs non classés sont dits après le rang, par\nraison, nommés quand ils sont 3 au plus ; CSV/JSON : n_no_answer (sans réponse),\nn_no_account (sans compte), n_account_no_count (compte sans nombre d\'abonnés),\nn_no_reading (sans relevé du réseau), puis leurs codes et noms, tous (no_answer_codes… no_answer_names… : séparés par « ; » en\nCSV, des listes en JSON), followers_rounded et followers_typed (nombre abrégé dans le\nfichier, « 184,8k », et sa cellule telle que tapée), rank_best, rank_worst (les rangs\npossibles avec les nombres abrégés), rank_rounded_codes, rank_rounded_names,\nrank_rounded_typed (ces nombres : codes, noms, cellules ; de même rank_per_1000_…),\nsource (le fichier lu), fictitious (true : données fictives), population_source (la\npopulation et son millésime).\n\nExemple : barometre benchmark --entity "Loire-Atlantique" --data enquete.xlsx',
        'Place one collectivité among all its peers: rank, index, per 1,000 inhabitants.\n\nOn each network, the readings of its latest year (or of --year); an older\nreading is set aside and counted. The peers not ranked are said after the rank,\nby reason, named when there are 3 or fewer; CSV/JSON: n_no_answer (no answer),\nn_no_account (no account), n_account_no_count (account without a follower\ncount), n_no_reading (no reading of the network), then their codes and names, all of them (no_answer_codes…\nno_answer_names…: separated by ";" in CSV, lists in JSON), followers_rounded and\nfollowers_typed (a number abbreviated in the file, "184,8k", and its cell as typed),\nrank_best, rank_worst (the ranks possible with the abbreviated numbers),\nrank_rounded_codes, rank_rounded_names, rank_rounded_typed (those numbers: codes,\nnames, cells; likewise rank_per_1000_…), source (the file read), fictitious (true:\nfictitious data), population_source (the population and its vintage).\n\nExample: barometre benchmark --entity "Loire-Atlantique" --data enquete.xlsx'),
    'help-rank': (
        "Classer les collectivités d'une enquête sur un réseau (abonnés ou par 1\u202f000 habitants).\n\nSont classés les relevés de la dernière année du réseau ; un relevé plus ancien est\nlaissé de côté et compté sous le tableau, comme un nombre d'abonnés à côté de « Non » ou\nd'une présence vide lue absente (« Non;0 ») : pas de compte, non classé. Un nombre abrégé dans le fichier (« 184,8k »)\nest un arrondi : « ≈ 184\u202f800 ». Un nombre que la lecture met en doute (plus d'abonnés\nque d'habitants, ou 20 fois la médiane du fichier : barometre validate) est classé tel\nque lu et marqué « (à vérifier) ». Un rang partagé se lit « 2 (ex aequo) » ; des ex aequo\nau dernier rang du --top sont tous gardés. Un conseil de deux départements (2A et 2B,\n67 et 68) dont les deux lignes donnent un même nombre d'abonnés est classé une fois,\ncomme le conseil (code 20R, 6AE). CSV/JSON : rank, code, name, value, population,\nplatform, metric, year, date, tied (true : rang partagé avec une autre collectivité),\nfollowers_rounded (true : valeur tirée d'un nombre abrégé), followers_typed (ce\nnombre tel que tapé, « 184,8k »), followers_questioned\n(true : nombre mis en doute à la lecture), population_of (territory,\nou council : 69 a la population du Département du Rhône), puis sur chaque ligne ce que\ndit le pied du tableau : n_ranked (classés), n_no_answer, n_no_account,\nn_account_no_count, n_no_reading (sans relevé du réseau), n_count_without_account, n_set_aside, n_population_zero,\nn_population_unknown, source (le fichier lu), fictitious (true : données fictives),\npopulation_source (la population et son millésime).\n\nExemple : barometre rank --type departement --platform instagram --metric followers_per_1000 --data enquete.xlsx --top 10\n\nParmi ses pairs : barometre rank -p facebook --data enquete.xlsx --entity Gironde --peers region",
        'Rank the collectivités of a survey on one network (followers or per 1,000 inhabitants).\n\nRanked are the readings of the network\'s latest year; an older reading is set\naside and counted under the table, as is a follower count beside "Non" or a\nblank presence read as absent ("Non;0"): no account, not ranked. A number\nabbreviated in the file ("184,8k") is rounded: "≈ 184,800". A count the reader\nquestions (more followers than inhabitants, or 20 times the file\'s median: barometre\nvalidate) is ranked as read and marked "(to check)". A shared rank reads\n"2 (tied)"; ties at the last rank of --top are all kept. A council of two départements (2A\nand 2B, 67 and 68) whose two rows give one follower count is ranked once, as the\ncouncil (code 20R, 6AE). CSV/JSON: rank, code,\nname, value, population, platform, metric, year, date, tied (true: rank shared\nwith another collectivité), followers_rounded (true: value from an abbreviated\nnumber), followers_typed (that number as typed, "184,8k"), followers_questioned (true: count questioned when read), population_of (territory, or council: 69 has the population of the\nDépartement du Rhône), then on every row what the table\'s footer says: n_ranked\n(ranked), n_no_answer, n_no_account, n_account_no_count, n_no_reading (no reading\nof the network), n_count_without_account,\nn_set_aside, n_population_zero, n_population_unknown, source (the file read),\nfictitious (true: fictitious data), population_source (the population and its\nvintage).\n\nExample: barometre rank --type departement --platform instagram --metric followers_per_1000 --data enquete.xlsx --top 10\n\nAmong its peers: barometre rank -p facebook --data enquete.xlsx --entity Gironde --peers region'),
    'help-changes': (
        "Ce qui a changé entre deux vagues : arrivées, départs, évolution (test de McNemar), croissance.\n\n--within ou --panel : la base est celle qu'ils disent (pour --panel, les entités\nprésentes aux deux vagues comparées) ; toutes comparées, l'évolution est exacte (pas de p).\nLes deux vagues relevant toutes les entités (du type, de la base), rien n'est tiré : pas\nde p, même avec des réponses inconnues ; la colonne p donne la plage sûre de l'évolution\n(« +3,9 à +6,0 pts », les inconnues comptées dans un sens puis dans l'autre).\n\nExemple : barometre changes --data enquete-2024.xlsx --data enquete-2025.xlsx -p tiktok --list",
        'What changed between two waves: arrivals, departures, change (McNemar test), growth.\n\n--within or --panel: the base is the one they say (for --panel, the entities\npresent at both waves compared); all of it compared, the change is exact (no p).\nBoth waves reading every entity (of the type, of the base), nothing is drawn: no\np, even with unknown answers; the p column gives the sure range of the change\n("+3.9 to +6.0 pts", the unknowns set one way then the other).\n\nExample: barometre changes --data enquete-2024.xlsx --data enquete-2025.xlsx -p tiktok --list'),
    'help-chart': (
        "Dessiner un graphique (PNG, SVG ou PDF selon l'extension de -o).\n\nChaque graphique lit ses options ; une autre est refusée, jamais ignorée. Requises,\npuis [facultatives] : adoption, heatmap : --type sans --data [--vs, --year, --source,\n--all-sources ; avec --data : --within ou --panel] ; trend : --type et un --platform sans --data [--source], ou --data (répétable, une\nvague par fichier) [--within ou --panel] ; benchmark : --data, --entity [--peers, --year] ;\nranking : --data, un --platform [--entity, --peers (region, strate : avec --entity),\n--metric, --top, --year] ; scatter : --data, un --platform [--entity, --year] ;\nchanges : --data, deux vagues ou plus (fichiers, ou un fichier long à plusieurs dates)\n[--old, --new (par défaut la plus ancienne et la plus récente, dit sur la sortie\nd'erreur), --within ou --panel]. Avec --data, --year garde les relevés de cette année. Sans --type,\nadoption, heatmap et trend avec --data comptent le type de toutes les entités du\nfichier, dit sur la sortie d'erreur (« type deviné : … ») ; un fichier qui en mêle\nplusieurs (un export de l'Annuaire) demande --type.\n\nExemples : barometre chart adoption --type region --year 2015 --source ideose -o reports/adoption.png ;\nbarometre chart benchmark --entity 44 --data enquete.xlsx -o reports/benchmark.svg",
        "Draw a chart (PNG, SVG or PDF from the extension of -o).\n\nEach chart reads its own options; another one is refused, never ignored.\nRequired, then [optional]: adoption, heatmap: --type without --data [--vs,\n--year, --source, --all-sources; with --data: --within or --panel]; trend:\n--type and one --platform without --data [--source], or --data (repeatable, one\nwave per file) [--within or --panel]; benchmark: --data, --entity [--peers, --year]; ranking:\n--data, one --platform [--entity, --peers (region, strate: with --entity),\n--metric, --top, --year]; scatter: --data, one --platform [--entity, --year];\nchanges: --data, two waves or more (files, or one long file at several dates)\n[--old, --new (by default the oldest and the newest, said on stderr), --within or\n--panel]. With --data, --year keeps that year's readings. Without --type,\nadoption, heatmap and trend with --data count the type of every entity in the\nfile, said on stderr (“type guessed: …”); a file mixing several (an export of the\nAnnuaire) needs --type.\n\nExamples: barometre chart adoption --type region --year 2015 --source ideose -o reports/adoption.png;\nbarometre chart benchmark --entity 44 --data enquete.xlsx -o reports/benchmark.svg"),
    'help-report': (
        "Écrire un rapport Excel (synthèse, adoption, évolution, classement, sources et méthode).\n\nAvec --data, --year choisit aussi les relevés du Classement et du Benchmark ; sans\n--type, le type compté est celui de toutes les entités lues, dit sur la sortie\nd'erreur (« type deviné : … ») ; un fichier qui en mêle plusieurs (un export de\nl'Annuaire) demande --type.\n\nExemples : barometre report --year 2015 --source ideose -o reports/ideose-2015.xlsx ;\nbarometre report --data enquete.xlsx --entity 44 -o reports/benchmark-44.xlsx",
        "Write an Excel report (summary, adoption, trend, ranking, sources and method).\n\nWith --data, --year also chooses the readings of the Classement and Benchmark sheets;\nwithout --type, the type counted is that of every entity read, said on\nstderr (“type guessed: …”); a file mixing several (an export of the Annuaire)\nneeds --type.\n\nExamples: barometre report --year 2015 --source ideose -o reports/ideose-2015.xlsx;\nbarometre report --data enquete.xlsx --entity 44 -o reports/benchmark-44.xlsx"),
    'help-annuaire': (
        "Écrire un modèle d'enquête pré-rempli avec les comptes déclarés à l'Annuaire de l'administration.\n\nChaque compte déclaré donne « Oui » et son adresse ; le reste est à compléter à la main.\nExemple : barometre annuaire annuaire.json -o enquete.xlsx --type departement",
        'Write a survey template pre-filled with the accounts declared to the Annuaire de l\'administration.\n\nEach declared account gives "Oui" and its address; the rest is to be filled in by hand.\nExample: barometre annuaire annuaire.json -o enquete.xlsx --type departement'),
    'help-app-version': (
        'Afficher la version.',
        'Show the version.'),
    'help-app-debug': (
        "Afficher la trace complète d'une erreur (aussi : BAROMETRE_DEBUG=1).",
        'Show the full traceback of an error (also: BAROMETRE_DEBUG=1).'),
    'help-app-lang': (
        "Langue de l'aide, des messages et de la commande qui suit : fr ou en, comme le --lang de la commande (qui l'emporte). Par défaut : BAROMETRE_LANG, sinon fr.",
        "Language of the help, the messages and the command that follows: fr or en, as the command's own --lang (which wins). Default: BAROMETRE_LANG, else fr."),
    'help-type': (
        'Type de collectivité (id ou alias : region, departement, ville_prefecture… ; voir « barometre types »).',
        'Type of collectivité (id or alias: region, departement, ville_prefecture…; see "barometre types").'),
    'help-type-data': (
        'Type de collectivité (id ou alias : region, departement, ville_prefecture… ; voir « barometre types ») ; obligatoire sans --data ; avec --data, par défaut celui de toutes les entités lues (dit sur la sortie d\'erreur).',
        'Type of collectivité (id or alias: region, departement, ville_prefecture…; see "barometre types"); required without --data; with --data, by default that of every entity read (said on stderr).'),
    'help-vs': (
        'Type(s) à comparer (répétable). Par défaut : les autres types de la même source.',
        'Type(s) to compare with (repeatable). Default: the other types of the same source.'),
    'help-platform': (
        'Réseau(x) à garder (répétable ; voir « barometre platforms »).',
        'Network(s) to keep (repeatable; see "barometre platforms").'),
    'help-year': (
        "Année d'observation. Par défaut : la dernière année disponible.",
        'Year of observation. Default: the latest year available.'),
    'help-source': (
        "Chiffres publiés : id de source, ou partie du nom de l'éditeur (ex. ideose) ; pas avec --data.",
        "Published figures: source id, or part of the publisher's name (e.g. ideose); not with --data."),
    'help-compare-data': (
        "Fichier d'enquête (.xlsx, .xlsm, .csv, .txt, .tsv, .parquet, ou export de l'Annuaire de l'administration : .json, .zip, .gz) au lieu des chiffres publiés.",
        "Survey file (.xlsx, .xlsm, .csv, .txt, .tsv, .parquet, or an export of the Annuaire de l'administration: .json, .zip, .gz) instead of the published figures."),
    'help-sheet': (
        "Feuille Excel à lire. Par défaut : la feuille visible qui ressemble à une enquête, l'active d'abord ; deux feuilles semblables (onglets « 2025 » et « 2024 ») sont une erreur qui demande --sheet, une enquête répartie sur plusieurs feuilles est refusée (réunissez ses lignes dans une feuille), et --sheet sur l'une de ses parties ne lit que celle-ci, avec un avertissement ; un classeur d'une enquête par type (une feuille d'intercommunalités, une de communes) se lit une feuille à la fois. Avec plusieurs --data, s'applique à chaque classeur lu. Refusée pour un fichier sans feuilles (CSV, Parquet).",
        'Excel sheet to read. By default: the visible sheet that looks like a survey, the active one first; two look-alike sheets (tabs "2025" and "2024") are an error asking for --sheet, a survey split over several sheets is refused (put its rows in one sheet), and --sheet on one of its parts reads that part alone, with a warning; a workbook of one survey per type (a sheet of intercommunalités, one of communes) is read one sheet at a time. With several --data, applies to every workbook read. Refused for a file without sheets (CSV, Parquet).'),
    'help-compare-by': (
        "Avec --data : « strate » découpe les communes par taille ; « category » découpe les intercommunalités par catégorie (CC, CA, CU, métropoles), chacune avec son N en France (ou dans --within).",
        'With --data: "strate" splits the communes by size; "category" splits the intercommunalités by category (CC, CA, CU, métropoles), each with its N in France (or within --within).'),
    'help-date-order': (
        "Ordre des dates comme 3/5/2024 : dmy (jour d'abord, 3 mai) ou mdy (mois d'abord, 5 mars : export américain) ; une date qui ne se lit pas ainsi est une erreur. Par défaut : chaque colonne de dates décide d'après ses cellules, et le dit quand elle lit mois d'abord ou dans le doute.",
        "Order of dates such as 3/5/2024: dmy (day first, 3 May) or mdy (month first, 5 March: a US export); a date that does not read so is an error. Default: each date column decides from its cells, and says so when it reads month first or is in doubt."),
    'help-blank': (
        'Cellules de présence vides : absent (comptées comme absence) ou unknown / inconnu (hors base). Par défaut, pour chaque réseau à chaque vague : absence quand ses réponses ne contiennent aucun « Non » (ni « ? », « NR »…), non renseigné quand elles en contiennent ou qu\'il n\'y en a aucune ; dans le modèle de barometre, le premier cas est une erreur sans --blank ; « NR », « ? » restent non renseignés. Un réseau sans aucune réponse à une vague n\'est pas relevé, même avec --blank absent.',
        'Blank presence cells: absent (counted as absence) or unknown / inconnu (out of the base). Default, for each platform at each wave: absence when its answers hold no "Non" (nor "?", "NR"…), not answered when they hold some or there is none; in barometre\'s template, the first case is an error without --blank; "NR", "?" stay not answered. A platform without any answer at a wave was not surveyed, even with --blank absent.'),
    'help-date': (
        "Date du relevé (de la vague) pour les lignes sans date, ex. 15/10/2025. Par défaut : la date la plus fréquente des relevés de son réseau (du fichier si ce réseau n'en a aucune).",
        "Date of the reading (of the wave) for rows without a date, e.g. 15/10/2025. Default: the most frequent date of its platform's readings (the file's if that platform has none)."),
    'help-all-sources': (
        "Chiffres publiés : garder côte à côte toutes les sources de l'année ; pas avec --data.",
        'Published figures: keep every source of the year side by side; not with --data.'),
    'help-within': (
        "Avec --data : codes de départements (« 01,44 ») ; la base devient les entités du type dans ces départements (une intercommunalité : celui de la plupart de ses habitants), pas celles de France : un fichier qui les tient toutes en est le recensement (parts exactes), une partie, un échantillon d'elles (intervalle sur leur nombre). Une entité du fichier hors de ces départements est une erreur. Sur plusieurs vagues (trend, changes, report, chart trend et changes), c'est la base de chaque vague. Sans --within ni --panel, un modèle rempli (barometre template --within) a pour base les départements de son mode d'emploi, dit à la lecture. Voir aussi --panel.",
        'With --data: département codes ("01,44"); the base becomes the type\'s entities in these départements (an intercommunalité: the one of most of its inhabitants), not those of France: a file holding them all is their census (exact shares), a part of them, a sample (interval on their number). An entity of the file outside these départements is an error. Over several waves (trend, changes, report, chart trend and changes), it is each wave\'s base. Without --within or --panel, a filled template (barometre template --within) has the départements of its instructions as its base, said when read. See also --panel.'),
    'help-panel': (
        "Avec --data : le fichier est un panel choisi à la main (des pairs, un réseau) ; la base devient ses propres entités (« les 14 communautés d'agglomération du panel »), jamais celles du type en France : toutes ayant répondu, il en est le recensement (parts exactes, pas d'intervalle) ; des réponses vides en font un échantillon du panel (intervalle sur son nombre). Sans --panel ni --within, le fichier se lit comme un tirage au hasard parmi les entités du type en France (un modèle rempli de quelques départements : parmi celles de ces départements). Sur plusieurs vagues (trend, report et toutes ses feuilles, Mouvements compris, chart trend ; compare d'un fichier long de plusieurs vagues), le panel est les entités présentes à chaque vague (les mêmes suivies dans le temps ; présente : une réponse, un compte ou un nombre d'abonnés, une ligne vide d'un modèle non rempli n'y compte pas) ; pour changes et chart changes, celles des deux vagues comparées ; les autres, hors panel, sont dites une fois. Requis pour des régions relevées avant le 1er janvier 2016 (la carte de 27 régions : les 18 d'aujourd'hui ne sont pas leur base). Pas avec --within.",
        'With --data: the file is a hand-picked panel (peers, a network); the base becomes its own entities ("the panel\'s 14 communautés d\'agglomération"), never those of the type in France: all having answered, it is their census (exact shares, no interval); blank answers make it a sample of the panel (interval on its number). Without --panel or --within, the file is read as a random draw among the type\'s entities in France (a filled template of some départements: among those of these départements). Over several waves (trend, report and every sheet of it, the Changes sheet too, chart trend; compare of one long file of several waves), the panel is the entities present at every wave (the same ones followed in time; present: an answer, an account or a follower count, an empty row of an unfilled template does not count); for changes and chart changes, those of the two waves compared; the others, out of the panel, are said once. Required for régions read before 1 January 2016 (the map of 27 régions: today\'s 18 are not their base). Not with --within.'),
    'help-format': (
        'Sortie : table, csv (standard, pour les programmes : « , » entre les cellules, point décimal ; pour Excel, voir docs/commands.md (Output formats) ou « barometre report ») ou json.',
        'Output: table, csv (standard, for programs: "," between cells, decimal point; for Excel, see docs/commands.md (Output formats) or "barometre report") or json.'),
    'help-lang': (
        "Langue des libellés, des tableaux et des messages : fr ou en (EN, Fr… acceptés). Par défaut : la variable d'environnement BAROMETRE_LANG (« en » : anglais), sinon fr ; --lang l'emporte sur elle.",
        'Language of the labels, tables and messages: fr or en (EN, Fr… accepted). Default: the environment variable BAROMETRE_LANG ("en": English), else fr; --lang wins over it.'),
    'help-trend-data': (
        "Fichier(s) d'enquête, une vague chacun, une campagne en plusieurs fichiers n'en faisant qu'une (répétable) : l'adoption par vague au lieu des chiffres publiés.",
        'Survey file(s), one wave each, a campaign in several files making one (repeatable): the adoption per wave instead of the published figures.'),
    'help-sources-type': (
        "Seulement les sources de chiffres sur ce type (taux d'adoption ou collectivités nommées).",
        'Only the sources of figures about this type (adoption rates or named collectivités).'),
    'help-sources-year': (
        'Seulement les sources de chiffres de cette année.',
        'Only the sources of figures of this year.'),
    'help-figures-type': (
        'Type de collectivité (par défaut : tous).',
        'Type of collectivité (default: all).'),
    'help-figures-entity': (
        'Collectivité : code ou nom (« 29 », « Finistère »), ou nom publié (« Picardie »).',
        'Collectivité: code or name ("29", "Finistère"), or published name ("Picardie").'),
    'help-figures-year': (
        'Année du chiffre (par défaut : toutes).',
        'Year of the figure (default: all).'),
    'help-figures-source': (
        "Id de source, ou partie du nom de l'éditeur (ex. ost).",
        "Source id, or part of the publisher's name (e.g. ost)."),
    'help-resolve-text': (
        'Code, SIREN ou nom (« Saint-Denis (974) », « CeA »).',
        'Code, SIREN or name ("Saint-Denis (974)", "CeA").'),
    'help-resolve-type': (
        'Type attendu.',
        'Expected type.'),
    'help-resolve-departement': (
        'Département qui lève une ambiguïté.',
        'Département that settles an ambiguity.'),
    'help-output': (
        'Fichier à écrire.',
        'File to write.'),
    'help-force': (
        "Écraser le fichier de sortie même s'il n'a pas été écrit par barometre ou s'il est en lecture seule.",
        'Overwrite the output file even if barometre did not write it or it is read-only.'),
    'help-validate-file': (
        "Fichier d'enquête (.xlsx, .xlsm, .csv, .txt, .tsv, .parquet, ou export de l'Annuaire de l'administration : .json, .zip, .gz).",
        "Survey file (.xlsx, .xlsm, .csv, .txt, .tsv, .parquet, or an export of the Annuaire de l'administration: .json, .zip, .gz)."),
    'help-validate-type': (
        "Type de collectivité (par défaut : deviné d'après le fichier).",
        'Type of collectivité (default: guessed from the file).'),
    'help-benchmark-entity': (
        'Code ou nom de la collectivité.',
        'Code or name of the collectivité.'),
    'help-data': (
        "Fichier d'enquête.",
        'Survey file.'),
    'help-peers': (
        "Groupe de pairs : type (tous ceux du type du fichier, toutes catégories d'intercommunalités), region (même région) ou strate (même strate de population ; refusé pour un type qu'une strate contient presque entier : régions, départements, métropoles, grandes villes). Par défaut : le type, et pour une intercommunalité sa catégorie (une CA parmi les CA du fichier). Refusé s'il laisse moins de 3 collectivités, elle comprise.",
        'Peer group: type (all of the file\'s type, every category of intercommunalités), region (same région) or strate (same population band; refused for a type one band holds nearly whole: régions, départements, métropoles, large cities). Default: the type, and for an intercommunalité its category (a CA among the CA of the file). Refused if it leaves fewer than 3 collectivités, the entity included.'),
    'help-benchmark-year': (
        'Année des relevés comparés. Par défaut : la dernière de chaque réseau.',
        'Year of the readings compared. Default: the latest of each network.'),
    'help-rank-platform': (
        'Réseau.',
        'Network.'),
    'help-rank-metric': (
        'followers ou followers_per_1000.',
        'followers or followers_per_1000.'),
    'help-rank-top': (
        'Garder les N premiers.',
        'Keep the first N.'),
    'help-rank-entity': (
        "Collectivité à mettre en avant (▸), gardée sous le --top quand elle n'y est pas.",
        'Collectivité to highlight (▸), kept below the --top when it is not in it.'),
    'help-rank-peers': (
        "Classer les pairs de --entity, les groupes de benchmark : type (tous ceux du type du fichier, toutes catégories d'intercommunalités), region (même région) ou strate (même strate de population) ; par défaut le type, et pour une intercommunalité sa catégorie (une CA parmi les CA du fichier).",
        "Rank the peers of --entity, the groups of benchmark: type (all of the file's type, every category of intercommunalités), region (same région) or strate (same population band); default: the type, and for an intercommunalité its category (a CA among the CA of the file)."),
    'help-changes-data': (
        "Fichier d'enquête, une vague (répétable : --data 2024.xlsx --data 2025.csv ; un fichier long à plusieurs dates en contient plusieurs ; une campagne livrée en plusieurs fichiers n'en fait qu'une).",
        'Survey file, one wave (repeatable: --data 2024.xlsx --data 2025.csv; a long file at several dates holds several; a campaign delivered in several files makes one).'),
    'help-changes-old': (
        'Vague de départ (date ou année ; par défaut la plus ancienne).',
        'Starting wave (date or year; default: the oldest).'),
    'help-changes-new': (
        "Vague d'arrivée (date ou année ; par défaut la plus récente).",
        'Arrival wave (date or year; default: the latest).'),
    'help-changes-list': (
        'Lister les collectivités derrière chaque nombre.',
        'List the collectivités behind each number.'),
    'help-changes-top': (
        "Plus fortes hausses et baisses d'abonnés à citer.",
        'Largest rises and falls in followers to name.'),
    'help-chart-kind': (
        'adoption, trend, heatmap, benchmark, ranking, scatter ou changes.',
        'adoption, trend, heatmap, benchmark, ranking, scatter or changes.'),
    'help-chart-data': (
        "Fichier d'enquête ; trend et changes : répétable, une vague par fichier (une campagne livrée en plusieurs fichiers n'en fait qu'une).",
        'Survey file; trend and changes: repeatable, one wave per file (a campaign delivered in several files makes one).'),
    'help-chart-entity': (
        'Collectivité à mettre en avant.',
        'Collectivité to highlight.'),
    'help-chart-peers': (
        "benchmark, ranking : groupe de pairs, type (tous ceux du type du fichier, toutes catégories d'intercommunalités), region (même région) ou strate (même taille) ; par défaut le type, et pour une intercommunalité sa catégorie ; ranking : classement parmi les pairs de --entity.",
        "benchmark, ranking: peer group, type (all of the file's type, every category of intercommunalités), region (same région) or strate (same size); default: the type, and for an intercommunalité its category; ranking: ranking among the peers of --entity."),
    'help-chart-old': (
        "changes : vague de départ (date ou année ; par défaut la plus ancienne).",
        'changes: starting wave (date or year; default: the oldest).'),
    'help-chart-new': (
        "changes : vague d'arrivée (date ou année ; par défaut la plus récente).",
        'changes: arrival wave (date or year; default: the latest).'),
    'help-chart-metric': (
        'ranking : followers (par défaut) ou followers_per_1000.',
        'ranking: followers (default) or followers_per_1000.'),
    'help-chart-top': (
        'ranking : nombre de barres (10 par défaut).',
        'ranking: number of bars (10 by default).'),
    'help-chart-dpi': (
        "Résolution d'un PNG en points par pouce (200 par défaut) ; refusé pour SVG et PDF, vectoriels.",
        'Resolution of a PNG in dots per inch (200 by default); refused for SVG and PDF, which are vector images.'),
    'help-chart-size': (
        'Taille en pouces, ex. 8x4.5.',
        'Size in inches, e.g. 8x4.5.'),
    'help-chart-colorblind': (
        'Palette pour daltoniens (Okabe-Ito).',
        'Colour-blind-safe palette (Okabe-Ito).'),
    'help-chart-title': (
        'Titre du graphique.',
        'Title of the chart.'),
    'help-report-data': (
        "Fichier d'enquête ; répété (une vague par fichier, une campagne en plusieurs fichiers n'en faisant qu'une), ou un fichier long à plusieurs dates : feuilles Évolution et Mouvements.",
        'Survey file; repeated (one wave per file, a campaign in several files making one), or a long file at several dates: Évolution and Mouvements sheets.'),
    'help-report-entity': (
        'Avec --data : ses rangs et indices en Synthèse, feuille Benchmark de cette collectivité (ses pairs nommés), ses lignes surlignées dans Classement.',
        'With --data: its ranks and indexes in the Synthèse, a Benchmark sheet of this collectivité (its peers named), its rows highlighted in Classement.'),
    'help-report-title': (
        'Titre du rapport.',
        'Title of the report.'),
    'help-annuaire-file': (
        "Export de l'Annuaire de l'administration (.json, .zip, .gz du téléchargement complet, ou export JSON/CSV de l'API).",
        "Export of the Annuaire de l'administration (.json, .zip, .gz of the full download, or a JSON/CSV export of the API)."),
    'help-annuaire-type': (
        'Type de collectivité : commune (défaut), departement, region, epci, ville_prefecture…',
        'Type of collectivité: commune (default), departement, region, epci, ville_prefecture…'),
}
