"""Messages of survey reading: how blank cells and dates were counted, code/name checks,
and the output files that barometre refuses to overwrite."""

MESSAGES = {
    # --- a survey without any reading to count (compare_survey, adoption…)
    "survey-no-readings": (
        "{file} : aucun relevé à compter : chaque ligne a été écartée pour une erreur "
        "({n} erreur{s} ; voir « barometre validate {file} »)",
        "{file}: no reading to count: every row was left out for an error "
        "({n} error{s}; see “barometre validate {file}”)"),
    # --- a file without any answer (validate's error; compare, rank… refuse it)
    "no-answer": (
        "aucune réponse {where} : {columns} ; rien à compter, même avec {opt:--blank absent|blank=\"absent\"} "
        "(une colonne que personne n'a remplie n'est pas relevée) : remplissez la présence, Oui ou Non",
        "no answer {where}: {columns}; nothing to count, even with {opt:--blank absent|blank=\"absent\"} "
        "(a column nobody filled in was not surveyed): fill in the presence, “Oui” or “Non”"),
    "no-answer-in-file": ("dans le fichier", "in the file"),
    # a workbook of several sheets: the others may hold answers
    "no-answer-in-sheet": ("dans la feuille « {sheet} »", "in sheet “{sheet}”"),
    "no-answer-column": (
        "la colonne {name} est vide sur {n} ligne{s} (ni présence, ni abonnés, ni compte)",
        "column {name} is empty on {n} line{s} (no presence, count or account)"),
    "no-answer-columns": (
        "les colonnes {names} sont vides sur {n} ligne{s} (ni présence, ni abonnés, ni compte)",
        "columns {names} are empty on {n} line{s} (no presence, count or account)"),
    # the columns hold something, but no firm answer (a doubt, counts of 0 beside blanks)
    "no-answer-column-held": (
        "la colonne {name} ne donne aucune réponse ferme sur {n} ligne{s} ({held})",
        "column {name} gives no firm answer on {n} line{s} ({held})"),
    "no-answer-columns-held": (
        "les colonnes {names} ne donnent aucune réponse ferme sur {n} ligne{s} ({held})",
        "columns {names} give no firm answer on {n} line{s} ({held})"),
    "no-answer-doubtful": (
        "{k} réponse{ks} marquée{ks} d'un doute, lue{ks} comme non renseignée{ks}",
        "{k} answer{ks} marked as doubtful, read as not answered"),
    "no-answer-not-given": (
        "{k} cellule{ks} disant que la réponse manque (« NR », « N/A »…), lue{ks} comme non "
        "renseignée{ks}",
        "{k} cell{ks} saying the answer is missing (“NR”, “N/A”…), read as not answered"),
    "no-answer-zeros": (
        "{k} nombre{ks} d'abonnés à 0 à côté d'une présence vide, sans compte dit",
        "{k} follower count{ks} of 0 beside a blank presence, no account said"),
    "no-answer-no-column": (
        "{n} ligne{s} sans colonne de présence, d'abonnés ni de compte",
        "{n} line{s} without a presence, count or account column"),
    "survey-empty": ("aucun relevé à compter : le tableau des relevés est vide",
                     "no reading to count: the table of readings is empty"),
    # --- interpretations of blank presence cells (warnings, one per platform)
    "blank-unknown": (
        "{platform} : {n} cellule{s} vide{s} comptée{s} comme « non renseigné » ({rows}) ; "
        "{opt:--blank absent|blank=\"absent\"} pour {s:la|les} compter comme absence",
        "{platform}: {n} blank cell{s} counted as “not answered” ({rows}); "
        "{opt:--blank absent|blank=\"absent\"} to count {s:it|them} as absent"),
    "blank-absent": (
        "{platform} : {n} cellule{s} vide{s} comptée{s} comme absence ({rows}) ; "
        "{opt:--blank unknown|blank=\"unknown\"} pour {s:l'exclure|les exclure} de la base",
        "{platform}: {n} blank cell{s} counted as absent ({rows}); "
        "{opt:--blank unknown|blank=\"unknown\"} to leave {s:it|them} out of the base"),
    "blank-empty": (
        "{platform} : aucune réponse dans le fichier (réseau non relevé) ; {n} cellule{s} "
        "vide{s} comptée{s} comme « non renseigné » ({rows}), même avec {opt:--blank absent|blank=\"absent\"} ; "
        "pour le compter, remplissez la présence (Oui ou Non)",
        "{platform}: no answer in the file (platform not surveyed); {n} blank cell{s} "
        "counted as “not answered” ({rows}), even with {opt:--blank absent|blank=\"absent\"}; to "
        "count it, fill in the presence (“Oui” or “Non”)"),
    # a file of several waves: a wave where the platform has no answer, the others some
    "blank-empty-waves": (
        "{platform} : aucune réponse {waves} (réseau non relevé alors) ; {n} "
        "cellule{s} vide{s} comptée{s} comme « non renseigné » ({rows}), même avec "
        "{opt:--blank absent|blank=\"absent\"} ; pour le compter, remplissez la présence (Oui ou Non)",
        "{platform}: no answer {waves} (platform not surveyed then); {n} blank "
        "cell{s} counted as “not answered” ({rows}), even with {opt:--blank absent|blank=\"absent\"}; "
        "to count it, fill in the presence (“Oui” or “Non”)"),
    # a file of several waves whose waves read a platform's blanks two ways, each by its
    # own rows (as separate files are read)
    "blank-waves": (
        "{platform} : cellules vides lues vague par vague, chacune selon ses propres réponses "
        "(comme des fichiers séparés) : {waves} ; {opt:--blank absent|blank=\"absent\"} ou "
        "{opt:--blank unknown|blank=\"unknown\"} pour une seule règle",
        "{platform}: blank cells read wave by wave, each by its own answers (as separate "
        "files are): {waves}; {opt:--blank absent|blank=\"absent\"} or "
        "{opt:--blank unknown|blank=\"unknown\"} for one rule"),
    "blank-wave-absent": (
        "{wave}, {n} comptée{s} comme absence (aucun « Non » à cette vague)",
        "{wave}, {n} blank cell{s} counted as absent (no “Non” in that wave)"),
    "blank-wave-empty": (
        "{wave}, {n} comptée{s} comme « non renseigné » (aucune réponse à cette vague)",
        "{wave}, {n} blank cell{s} counted as “not answered” (no answer in that wave)"),
    "blank-wave-unknown": (
        "{wave}, {n} comptée{s} comme « non renseigné »",
        "{wave}, {n} blank cell{s} counted as “not answered”"),
    "blank-unfilled": (
        "{platform} : {n} cellule{s} vide{s} sur des lignes sans aucune réponse, comptée{s} "
        "comme « non renseigné » ({rows}) ; {opt:--blank absent|blank=\"absent\"} pour {s:la|les} compter comme absence",
        "{platform}: {n} blank cell{s} on rows without any answer, counted as “not "
        "answered” ({rows}); {opt:--blank absent|blank=\"absent\"} to count {s:it|them} as absent"),
    # barometre's template, a column without any « Non »: « x » or blank? (an error)
    "blank-ambiguous": (
        "{platform} : {n} cellule{s} vide{s} ({rows}) dans une colonne sans aucun « Non » : "
        "ambigu dans le modèle de barometre, dont le mode d'emploi demande d'écrire Non quand "
        "la collectivité n'a pas de compte ; {opt:--blank absent|blank=\"absent\"} si une case vide veut dire pas de "
        "compte (case à cocher : « x » ou vide), {opt:--blank unknown|blank=\"unknown\"} si elle veut dire pas encore "
        "vérifié (hors base) ; ou écrivez Non là où il n'y a pas de compte",
        "{platform}: {n} blank cell{s} ({rows}) in a column without any “Non” (or “No”): "
        "ambiguous in barometre's template, whose instructions ask for “Non” when the "
        "collectivité has no account; {opt:--blank absent|blank=\"absent\"} if a blank means no account (a tick box: "
        "“x” or blank), {opt:--blank unknown|blank=\"unknown\"} if it means not checked yet (out of the base); or "
        "write “Non” where there is no account"),
    # the same, for a platform of counts or accounts without a presence column
    "blank-no-presence": (
        "{platform} : {what} mais pas de colonne de présence : {n} cellule{s} vide{s} "
        "({rows}), sans rien qui dise si la collectivité a un compte ; ajoutez une colonne "
        "« {header} » (Oui ou Non sur chaque ligne), ou {opt:--blank absent|blank=\"absent\"} "
        "si une case vide veut dire pas de compte",
        "{platform}: {what} but no presence column: {n} blank cell{s} ({rows}), with "
        "nothing to say whether the collectivité has an account; add a column “{header}” (“Oui” or "
        "“Non” on each row), or {opt:--blank absent|blank=\"absent\"} if a blank means no account"),
    "blank-no-presence-followers": ("des nombres d'abonnés", "follower counts"),
    "blank-no-presence-account": ("des comptes", "accounts"),
    "blank-no-presence-account-followers": ("des comptes et des nombres d'abonnés",
                                            "accounts and follower counts"),
    "empty-platform-column": (
        "{platform} : aucune réponse dans la colonne (ni présence, ni abonnés, ni compte) : "
        "réseau non relevé, laissé de côté, même avec {opt:--blank absent|blank=\"absent\"} ; pour le compter, "
        "remplissez la colonne (Oui ou Non)",
        "{platform}: no answer in the column (no presence, count or account): platform not "
        "surveyed, left aside, even with {opt:--blank absent|blank=\"absent\"}; to count it, fill in "
        "the column (“Oui” or “Non”)"),
    "empty-platform-column-zeros": (
        "{platform} : aucune réponse dans la colonne (ni présence ni compte ; {k} nombre{ks} "
        "d'abonnés à 0 à côté d'une présence vide, sans compte dit) : réseau non relevé, "
        "laissé de côté, même avec {opt:--blank absent|blank=\"absent\"} ; pour le compter, remplissez la "
        "colonne (Oui ou Non)",
        "{platform}: no answer in the column (no presence or account; {k} follower count{ks} "
        "of 0 beside a blank presence, no account said): platform not surveyed, left aside, "
        "even with {opt:--blank absent|blank=\"absent\"}; to count it, fill in the column "
        "(“Oui” or “Non”)"),
    "blank-unknown-forced": (
        "{platform} : {n} cellule{s} vide{s} comptée{s} comme « non renseigné » ({rows}), "
        "comme demandé ({opt:--blank unknown|blank=\"unknown\"})",
        "{platform}: {n} blank cell{s} counted as “not answered” ({rows}), as asked "
        "({opt:--blank unknown|blank=\"unknown\"})"),
    "blank-absent-forced": (
        "{platform} : {n} cellule{s} vide{s} comptée{s} comme absence ({rows}), comme demandé "
        "({opt:--blank absent|blank=\"absent\"})",
        "{platform}: {n} blank cell{s} counted as absent ({rows}), as asked ({opt:--blank absent|blank=\"absent\"})"),
    # a wide file's rows without any answer at all, counted absent on every platform
    "blank-rows-absent": (
        "{n} ligne{s} sans aucune réponse ({rows}) comptée{s} comme {s:absente|absentes} "
        "sur tous les réseaux : {s:une collectivité|des collectivités} sans aucun compte ? "
        "Une ligne qui n'a pas été remplie fait baisser toutes les parts : retirez-la du "
        "fichier, ou écrivez Non là où il n'y a pas de compte",
        "{n} row{s} without any answer ({rows}) counted as absent on every platform: "
        "{s:a collectivité|collectivités} without any account? A row nobody filled in "
        "lowers every share: remove it from the file, or write “Non” where there is no "
        "account"),
    "blank-rows-absent-forced": (
        "{n} ligne{s} sans aucune réponse ({rows}) comptée{s} comme {s:absente|absentes} "
        "sur tous les réseaux, comme demandé ({opt:--blank absent|blank=\"absent\"}) : "
        "{s:une collectivité|des collectivités} sans aucun compte ? Une ligne qui n'a pas "
        "été remplie fait baisser toutes les parts : retirez-la du fichier",
        "{n} row{s} without any answer ({rows}) counted as absent on every platform, as "
        "asked ({opt:--blank absent|blank=\"absent\"}): {s:a collectivité|collectivités} "
        "without any account? A row nobody filled in lowers every share: remove it from "
        "the file"),
    "rows-list": ("ligne{s} {rows}", "line{s} {rows}"),  # as the errors' "line 5"
    # --- dates
    "wave-date": (
        "{n} relevé{s} sans date rattaché{s} à la date de la vague, {date} ({rows})",
        "{n} reading{s} {s:has|have} no date: given the wave's date, {date} ({rows})"),
    # a platform read on another day than the others: its undated readings take its own
    # readings' most frequent date (a platform without any date: the wave's)
    "wave-date-platform": (
        "{platform} : {n} relevé{s} sans date rattaché{s} à la date des relevés {platform}, "
        "{date} ({rows})",
        "{platform}: {n} reading{s} {s:has|have} no date: given the date of the {platform} "
        "readings, {date} ({rows})"),
    "wave-date-platform-file": (
        "{platform} : {n} relevé{s} sans date (aucun relevé {platform} daté) rattaché{s} à "
        "la date de la vague, {date} ({rows})",
        "{platform}: {n} reading{s} {s:has|have} no date (no {platform} reading is dated): "
        "given the wave's date, {date} ({rows})"),
    # a blank year cell (and no date) in a file whose year column states one year
    "file-year": (
        "{n} relevé{s} sans année rattaché{s} à l'année du fichier, {year} ({rows})",
        "{n} reading{s} {s:has|have} no year: given the file's year, {year} ({rows})"),
    # a file without any date (nor year, nor --date): its figures have no year
    "no-date": (
        "{n} relevé{s} sans date ni année ({rows}) : l'année des chiffres n'est pas connue ; "
        "remplissez la date du relevé (une suffit : les lignes sans date prennent la date de "
        "la vague) ou donnez-la avec {opt:--date|date=}, ex. {opt:--date 15/10/2025|date=\"15/10/2025\"}",
        "{n} reading{s} without a date or year ({rows}): the figures' year is not known; fill "
        "in the reading date (one is enough: rows without a date take the wave's) or give it "
        "with {opt:--date|date=}, e.g. {opt:--date 15/10/2025|date=\"15/10/2025\"}"),
    "future-date": (
        "date du relevé dans le futur : attendu une date passée",
        "reading date in the future: expected a past date"),
    "future-year": (
        "année dans le futur ({year}) : attendu une année passée",
        "year in the future ({year}): expected a past year"),
    "year-date-mismatch": (
        "année « {value} », mais le relevé {platform} de cette ligne est daté du {date} "
        "({date_year}) : l'année ou la date est fausse, corrigez l'une ou l'autre (ligne "
        "laissée de côté)",
        "year “{value}”, but this row's {platform} reading is dated {date} ({date_year}): "
        "the year or the date is wrong, correct one of them (row left out)"),
    # a long file: a reading replaced within its wave by a later one with another answer
    "reading-replaced": (
        "{n} relevé{s} remplacé{s} dans {sa} vague par un relevé plus récent de la même "
        "collectivité sur le même réseau, à la réponse différente : {pairs}{more} ; le plus "
        "récent compte (trend, changes, compare) : supprimez la ligne fausse, ou datez à part "
        "une seconde vague ; {rows}",
        "{n} reading{s} replaced within {sa} wave by a later reading of the same entity on "
        "the same platform with another answer: {pairs}{more}; the latest counts (trend, "
        "changes, compare): delete the wrong row, or date a second wave apart; {rows}"),
    "reading-replaced-pair": (
        "{name} ({code}), {platform} : {old} (ligne {old_row}, {old_date}) remplacé par "
        "{new} (ligne {new_row}, {new_date})",
        "{name} ({code}), {platform}: {old} (line {old_row}, {old_date}) replaced by {new} "
        "(line {new_row}, {new_date})"),
    "reading-replaced-more": (" ; et {n} autre{s}", "; and {n} other{s}"),
    # two waves of one file days apart, a pair answered differently (normalize._close_waves_changed)
    "waves-close-changed": (
        "{n} réponse{s} différente{s} entre deux vagues à moins de {days} jours d'écart : "
        "{pairs}{more} ; chaque date est lue comme une vague (changes et le rapport en "
        "feraient des arrivées ou des départs, compare compte la plus récente) : deux relevés "
        "d'une même campagne collés dans le fichier ? Supprimez la ligne fausse, ou gardez "
        "les deux si la réponse a bien changé ; {rows}",
        "{n} answer{s} differing between two waves fewer than {days} days apart: "
        "{pairs}{more}; each date is read as a wave (changes and the report would make them "
        "arrivals or departures, compare counts the latest): two readings of one campaign "
        "pasted into the file? Delete the wrong row, or keep both if the answer did "
        "change; {rows}"),
    "waves-close-pair": (
        "{name} ({code}), {platform} : {old} (ligne {old_row}, {old_date}) puis {new} "
        "(ligne {new_row}, {new_date})",
        "{name} ({code}), {platform}: {old} (line {old_row}, {old_date}) then {new} "
        "(line {new_row}, {new_date})"),
    # « Oui » twice in a wave, the later count another or none: the earlier count not used
    "followers-replaced": (
        "{n} nombre{s} d'abonnés remplacé{s} dans {sa} vague par un relevé plus récent de la "
        "même collectivité sur le même réseau : {pairs}{more} ; le plus récent compte (rank, "
        "compare, trend, changes){dropped} : supprimez la ligne fausse, reportez le bon nombre "
        "sur le relevé plus récent, ou datez à part une seconde vague ; {rows}",
        "{n} follower count{s} replaced within {sa} wave by a later reading of the same entity "
        "on the same platform: {pairs}{more}; the latest counts (rank, compare, trend, "
        "changes){dropped}: delete the wrong row, copy the right count onto the later reading, "
        "or date a second wave apart; {rows}"),
    "followers-replaced-dropped": (
        ", même sans nombre : {n} nombre{s} donné{s} plus tôt {s:n'est|ne sont} pas repris "
        "(compte sans nombre d'abonnés)",
        ", even without a count: {n} count{s} given earlier {s:is|are} not used (account "
        "without a follower count)"),
    # « Oui » on 15/03, « NR » on 15/10 of one year: the answer counts (analysis.grouping)
    "unanswered-after-answer": (
        "{n} relevé{s} sans réponse, plus récent{s} qu'une réponse de la même année pour la "
        "même collectivité sur le même réseau : {kept} (compare, rank, benchmark, trend, le "
        "rapport) ; {rows}",
        "{n} reading{s} without an answer, later than an answer of the same year for the "
        "same entity on the same platform: {kept} (compare, rank, benchmark, trend, the "
        "report); {rows}"),
    "unanswered-after-answer-one": ("la réponse du {date} est gardée",
                                    "the answer of {date} is kept"),
    "unanswered-after-answer-undated": ("la réponse sans date est gardée",
                                        "the undated answer is kept"),
    "unanswered-after-answer-several": (
        "la dernière réponse de l'année est gardée ({dates})",
        "the year's latest answer is kept ({dates})"),
    "multi-year": (
        "le fichier couvre plusieurs années : {years} ; {opt:compare|compare_survey} montre "
        "la dernière, {opt:--year|year=} pour en choisir une autre",
        "the file spans several years: {years}; {opt:compare|compare_survey} shows the "
        "latest, {opt:--year|year=} to pick another"),
    # one run of dates (no gap over WAVE_GAP_DAYS, as trend's waves) across 31 December
    "campaign-crosses-year": (
        "les relevés du {first} au {last} sont une seule campagne, sans écart de plus de "
        "{gap} jours, qui passe le 31 décembre : {before} en {year}, {after} en {next_year} ; "
        "compare, rank et le rapport la coupent au 31 décembre ; pour la lire en entier, une "
        "colonne « année » donnant à chaque relevé l'année de sa campagne (trend la lit déjà "
        "comme une seule vague) ; relevés de {year} : {rows}",
        "the readings from {first} to {last} are one campaign, with no gap over {gap} days, "
        "that crosses 31 December: {before} in {year}, {after} in {next_year}; compare, rank "
        "and the report cut it at 31 December; to read it whole, a “year” column (“année”) "
        "giving each reading its campaign's year (trend already reads it as one wave); "
        "readings of {year}: {rows}"),
    # a run of dates far from every other reading and small beside the file's largest: a
    # date typed years or months off (« 09/11/2016 » for 09/11/2026)
    "date-isolated": (
        "{n} relevé{s} daté{s} {when}, à plus de {gap} jours de tout autre relevé du fichier "
        "({total} relevés) : une date mal tapée ? Ces relevés comptent pour {year} et forment "
        "une vague à eux seuls (trend, changes) ; corrigez la date si c'est une faute ({rows})",
        "{n} reading{s} dated {when}, more than {gap} days from any other reading of the file "
        "({total} readings): a mistyped date? These readings count for {year} and make a wave "
        "of their own (trend, changes); correct the date if it is a typo ({rows})"),
    "date-isolated-day": ("du {day}", "{day}"),
    "date-isolated-days": ("du {first} au {last}", "from {first} to {last}"),
    "campaign-side": ("{n} relevé{s} ({k} {entities})", "{n} reading{s} ({k} {entities})"),
    "bad-wave-date": ("{opt:--date « {value} »|date=\"{value}\"} illisible : attendu une date comme 15/10/2025",
                      "{opt:--date “{value}”|date=\"{value}\"} unreadable: expected a date such as 15/10/2025"),
    "future-wave-date": ("{opt:--date {value}|date=\"{value}\"} est dans le futur : attendu la date du relevé",
                         "{opt:--date {value}|date=\"{value}\"} is in the future: expected the reading date"),
    "year-count": ("{year} ({n} relevé{s})", "{year} ({n} reading{s})"),
    "compare-year": (
        "Année {year} ; laissé de côté : {left}", "Year {year}; left aside: {left}"),
    # answers of no year (a blank year cell in a file of several years): in no figure
    "compare-no-year": (
        "{n} relevé{s} sans année, non compté{s}",
        "{n} reading{s} without a year, not counted"),
    # a year left aside whose readings are of one campaign with the year shown
    "compare-same-campaign": (", de la même campagne que {year}, coupée au 31 décembre",
                              ", of the same campaign as {year}, cut at 31 December"),
    "compare-any-left-out": (
        "« au moins un réseau » non montré : {year} n'a relevé que {platforms}, moins de "
        "réseaux que les autres années du fichier",
        "“at least one network” not shown: {year} read only {platforms}, fewer platforms "
        "than the file's other years"),
    "compare-any-left-out-other": (
        "« au moins un réseau » non montré : {year} a relevé {platforms}, pas les mêmes "
        "réseaux que les autres années du fichier",
        "“at least one network” not shown: {year} read {platforms}, not the same platforms "
        "as the file's other years"),
    "survey-any-one-platform": (
        "« au moins un réseau » : le fichier ne relève qu'un réseau ({platform}) ; sur un "
        "réseau, ce serait la même part sous un autre nom (-p {id} pour elle)",
        "“at least one network”: the file reads one platform only ({platform}); over one "
        "platform it would be the same share under another name (-p {id} for it)"),
    "compare-any-one-platform": (
        "« au moins un réseau » non montré : un seul réseau relevé{when} ({platforms}) ; "
        "sur un réseau, ce serait la même part sous un autre nom",
        "“at least one network” not shown: one platform read{when} ({platforms}); over one "
        "platform it would be the same share under another name"),
    "compare-any-in-year": (" en {year}", " in {year}"),
    # what the reading interpreted (blank cells counted one way, dates read month first…)
    # changes what is counted: the command says how much, validate says what
    # after the reading's line, for a file of fictitious data (the demo's marker)
    "cli-fictitious": (
        "Données fictives : chiffres inventés pour la démonstration, à ne pas citer.",
        "Fictitious data: invented figures for demonstration, not to be quoted."),
    "compare-warnings": (
        "Lecture : {n} avertissement{s} (détail : « barometre validate {args} »)",
        "Reading: {n} warning{s} (details: “barometre validate {args}”)"),
    # the same, when the sheet read was one of several that look like a survey
    "compare-warnings-sheet": (
        "Lecture : {sheet} ; {n} avertissement{s} (détail : « barometre validate {args} »)",
        "Reading: {sheet}; {n} warning{s} (details: “barometre validate {args}”)"),
    "compare-narrower-type": (
        "Les {n} communes du fichier sont toutes des {label} ({n} sur {total}) : comptées ici "
        "comme un échantillon des communes ; --type {type} les compte comme {label}{census}",
        "The {n} municipalities of the file are all {label} ({n} of {total}): counted here as a "
        "sample of the communes; --type {type} counts them as {label}{census}"),
    # ... inside some size bands but far from their proportions (analysis.survey._band_mix)
    "compare-narrower-type-mix": (
        "Les {n} communes du fichier sont toutes des {label} ({n} sur {total}) : ni un "
        "échantillon tiré au hasard des communes, ni de leurs strates (voir †) ; --type {type} "
        "les compte comme {label}{census}",
        "The {n} municipalities of the file are all {label} ({n} of {total}): neither a random "
        "sample of the communes nor of their bands (see †); --type {type} counts them as "
        "{label}{census}"),
    # a file that holds a part of its type whole (analysis.survey.survey_design): what part
    "survey-part-metropole": ("{label} de métropole", "metropolitan {label}"),
    "survey-part-band": ("communes de {low} habitants ou plus", "municipalities of {low} inhabitants or more"),
    # the same, short, in the interval cell: "exhaustif (métropole)"
    "survey-part-metropole-short": ("métropole", "metropolitan"),
    "survey-part-band-short": ("≥ {low} hab.", "≥ {low} inhab."),
    # a sample inside some size bands (analysis.survey.band_design): "communes de 10 000 à
    # 49 999 habitants", short "10 000–49 999 hab."; several ranges joined by "ou"
    "survey-part-bands": ("{label} {ranges}", "{label} {ranges}"),
    "survey-part-bands-short": ("{ranges} hab.", "{ranges} inhab."),
    "survey-range-below": ("de moins de {high} habitants", "of under {high} inhabitants"),
    "survey-range-between": ("de {low} à {high} habitants", "of {low} to {high} inhabitants"),
    "survey-range-above": ("de {low} habitants ou plus", "of {low} inhabitants or more"),
    "survey-range-or": (" ou ", " or "),
    "survey-part-census": ("exhaustif ({part})", "census ({part})"),
    "survey-part-ci": ("{ci} ({part})", "{ci} ({part})"),
    # what the file holds: every entity of the part and none of the others
    "survey-design-what-metropole": ("les {n} {label} de métropole et rien d'outre-mer",
                                     "the {n} metropolitan {label} and nothing overseas"),
    "survey-design-what-other": ("les {n} {part} et aucune autre commune",
                                 "the {n} {part} and no other municipality"),
    "survey-design-subset": (
        "Le fichier couvre {what} : ce n'est pas un échantillon tiré au hasard des {total} "
        "{label}, et un intervalle pour les {total} supposerait un tirage au hasard. Les parts "
        "sont celles des {n} {part} (exhaustif quand aucune réponse n'y manque) ; pour les "
        "{total} {label}, quoi que fassent les {rest} autres, hors du fichier, et les entités "
        "sans réponse, chaque part est entre : {ranges}.",
        "The file covers {what}: it is not a random sample of the {total} {label}, and an "
        "interval for all {total} would assume a random draw. The shares are those of the "
        "{n} {part} (census when no answer is missing there); for all {total} {label}, "
        "whatever the {rest} others (not in the file) and the unanswered do, each share lies "
        "between: {ranges}."),
    "survey-design-subset-bands": (
        "Le fichier couvre {what} : ce n'est pas un échantillon tiré au hasard des {total} "
        "{label} ; chaque strate est celle des {part} (exhaustif quand toutes les communes "
        "de la strate y sont et ont répondu).",
        "The file covers {what}: it is not a random sample of the {total} {label}; each band "
        "is that of the {part} (census when every municipality of the band is there and "
        "answered)."),
    "survey-design-band-sample": (
        "Le fichier ne tient que des {part} ({n_sample} des {n} en France) : un tirage au "
        "hasard de {n_sample} des {total} {label} n'en tirerait pas que là (moins d'une "
        "chance sur un million) ; ce n'est pas un échantillon des {total} {label}. Les parts "
        "et leurs intervalles sont ceux des {n} {part} (N = {n}), pas des {total} : les "
        "{rest} autres {label} (strates {missing}) manquent au fichier, pas d'estimation "
        "pour elles ; {opt:« barometre compare --by strate »|« compare_survey(by=\"strate\") "
        "»} compte chaque strate à part.",
        "The file holds only {part} ({n_sample} of the {n} in France): a random draw of "
        "{n_sample} of the {total} {label} would not fall there alone (less than one chance "
        "in a million); it is no sample of the {total} {label}. The shares and their "
        "intervals are those of the {n} {part} (N = {n}), not of the {total}: the {rest} "
        "other {label} (bands {missing}) are missing from the file, no estimate for them; "
        "{opt:“barometre compare --by strate”|“compare_survey(by=\"strate\")”} counts each "
        "band apart."),
    "survey-design-band-sample-bands": (
        "Le fichier ne tient que des {part} ({n_sample} des {n} en France) : ce n'est pas un "
        "échantillon des {total} {label} ; chaque strate est comptée à part (N = sa taille), "
        "et les {rest} autres {label} (strates {missing}) manquent au fichier.",
        "The file holds only {part} ({n_sample} of the {n} in France): it is no sample of the "
        "{total} {label}; each band is counted apart (N = its size), and the {rest} other "
        "{label} (bands {missing}) are missing from the file."),
    # the categories of intercommunalités (analysis.survey.kind_design), plural; short in
    # the interval cell: "IC 95 % : 74–92 % (CA, ≥ 100 000 hab.)"
    "epci-kind-cc": ("communautés de communes", "communautés de communes"),
    "epci-kind-ca": ("communautés d'agglomération", "communautés d'agglomération"),
    "epci-kind-cu": ("communautés urbaines", "communautés urbaines"),
    "epci-kind-metro": ("métropoles", "métropoles"),
    "epci-kind-one-cc": ("communauté de communes", "communauté de communes"),
    "epci-kind-one-ca": ("communauté d'agglomération", "communauté d'agglomération"),
    "epci-kind-one-cu": ("communauté urbaine", "communauté urbaine"),
    "epci-kind-one-metro": ("métropole", "métropole"),
    "epci-kind-short-cc": ("CC", "CC"),
    "epci-kind-short-ca": ("CA", "CA"),
    "epci-kind-short-cu": ("CU", "CU"),
    "epci-kind-short-metro": ("métropoles", "métropoles"),
    "survey-kinds-count": ("{n} {kinds}", "{n} {kinds}"),
    "survey-kinds-none": (" ; aucune des {kinds}", "; none of the {kinds}"),
    "survey-kinds-none-sep": (", des ", ", "),
    "survey-kinds-none-last": (" ni des ", " or "),
    "survey-kinds-within": (", toutes {ranges} ({n} {kinds} en France)",
                            ", all {ranges} ({n} {kinds} in France)"),
    "survey-kinds-head": (
        "Le fichier ne tient que des {kinds} ({n_sample} des {n_kinds} en France{none}){within}",
        "The file holds only {kinds} ({n_sample} of the {n_kinds} in France{none}){within}"),
    "survey-kinds-aside": (" (les autres catégories)", " (the other categories)"),
    "survey-kinds-aside-bands": (
        " (les autres catégories, et les {kinds} des strates {missing})",
        " (the other categories, and the {kinds} of the bands {missing})"),
    "survey-kinds-aside-bands-only": (" (les {kinds} des strates {missing})",
                                      " (the {kinds} of the bands {missing})"),
    "survey-kinds-hint": (
        " ; {opt:« barometre compare --by strate »|« compare_survey(by=\"strate\") »} compte "
        "chaque strate à part",
        "; {opt:“barometre compare --by strate”|“compare_survey(by=\"strate\")”} counts each "
        "band apart"),
    "survey-design-kind-sample": (
        "{head} : un tirage au hasard de {n_sample} des {total} {label} n'en tirerait pas que "
        "là (moins d'une chance sur un million) ; ce n'est pas un échantillon des {total} "
        "{label}. Les parts et leurs intervalles sont ceux des {n} {part} (N = {n}), pas des "
        "{total} : les {rest} autres {label}{aside} manquent au fichier, pas d'estimation "
        "pour elles{hint}.",
        "{head}: a random draw of {n_sample} of the {total} {label} would not fall there "
        "alone (less than one chance in a million); it is no sample of the {total} {label}. "
        "The shares and their intervals are those of the {n} {part} (N = {n}), not of the "
        "{total}: the {rest} other {label}{aside} are missing from the file, no estimate for "
        "them{hint}."),
    "survey-design-kind-sample-bands": (
        "{head} : ce n'est pas un échantillon des {total} {label} ; chaque strate est comptée "
        "à part (N = ses {kinds}), et les {rest} autres {label} manquent au fichier.",
        "{head}: it is no sample of the {total} {label}; each band is counted apart (N = its "
        "{kinds}), and the {rest} other {label} are missing from the file."),
    # trend --data: a wave whose file is a sample inside some size bands
    "survey-design-what-bands": ("{n_sample} {part} seulement (sur {n} en France)",
                                 "only {n_sample} {part} (of {n} in France)"),
    "survey-design-what-beside": ("les {n} {part}, {all}, à côté de {beside}",
                                  "{all} {n} {part} beside {beside}"),
    # the others beside a part held whole, agreeing with their count (1 autre commune) and
    # the type's gender (tous, toutes; supposés, supposées)
    "survey-design-beside": ("{n} autres {label}", "{n} other {label}"),
    "survey-design-beside-one": ("{n} autre {label}", "{n} other {label}"),
    "survey-design-all": ("tous", "all"),
    "survey-design-all-f": ("toutes", "all"),
    "survey-design-counted": ("comptés", "counted"),
    "survey-design-counted-f": ("comptées", "counted"),
    "survey-design-assumed": ("les {n} autres supposés tirés au hasard",
                              "the {n} others assumed drawn at random"),
    "survey-design-assumed-f": ("les {n} autres supposées tirées au hasard",
                                "the {n} others assumed drawn at random"),
    "survey-design-assumed-one": ("l'autre supposé tiré au hasard",
                                  "the other one assumed drawn at random"),
    "survey-design-assumed-one-f": ("l'autre supposée tirée au hasard",
                                    "the other one assumed drawn at random"),
    "survey-design-others-are": ("Les {n} autres ne sont que des {inside}",
                                 "The {n} others are all {inside}"),
    "survey-design-others-are-one": ("L'autre est l'un des {inside}",
                                     "The other one is one of the {inside}"),
    "survey-design-others-are-one-f": ("L'autre est l'une des {inside}",
                                       "The other one is one of the {inside}"),
    "survey-design-all-inside": ("tous des {inside}", "all {inside}"),
    "survey-design-all-inside-f": ("toutes des {inside}", "all {inside}"),
    "survey-design-all-inside-one": ("l'un des {inside}", "one of the {inside}"),
    "survey-design-all-inside-one-f": ("l'une des {inside}", "one of the {inside}"),
    # trend --data: a wave whose file holds a part of the type whole
    "changes-design-note": (
        "« exhaustif » : les vagues tiennent {what} ; l'évolution est celle de cette partie, "
        "comptée entière (sans erreur d'échantillonnage), pas celle des {total} {label}.",
        "“census”: the waves hold {what}; the change is that part's, counted whole (no "
        "sampling error), not that of the {total} {label}."),
    # the same waves, some answers unknown: no platform counted whole, a sure range in place
    # of p (waves-note-sure-range-part), the part said all the same
    "changes-design-note-held": (
        "Les vagues tiennent {what} ; l'évolution est celle de cette partie, sans tirage, "
        "pas celle des {total} {label}.",
        "The waves hold {what}; the change is that part's, not drawn, not that of the "
        "{total} {label}."),
    # compare --data -p P: a platform asked that the file never read
    "survey-platforms-not-surveyed": ("Non relevé dans le fichier d'enquête : {platforms}.",
                                      "Not read in the survey file: {platforms}."),
    "survey-platforms-not-surveyed-all": (
        "{platforms} : non relevé dans le fichier d'enquête ; réseaux du fichier : {have}",
        "{platforms}: not read in the survey file; platforms of the file: {have}"),
    # changes: two waves of a sample inside some size bands (analysis.survey.band_design)
    "changes-band-note": (
        "Les vagues ne tiennent que des {part} ({n} en France) : les parts, l'évolution et "
        "le test sont ceux de ces {part}, pas des {total} {label}.",
        "The waves hold only {part} ({n} in France): the shares, the change and the test are "
        "those of these {part}, not of the {total} {label}."),
    # changes: two waves that hold a part of the type whole beside others (compare's,
    # trend's « † »): the shares are the compared entities', no test
    "changes-design-note-marked": (
        "† Les vagues tiennent {what} ; ce n'est pas un échantillon tiré au hasard des "
        "{total} {label} : les parts et l'évolution sont celles des entités comparées, qui "
        "surreprésentent cette partie, pas celles des {total} {label}, et aucun test (p) "
        "n'est donné pour elles ({opt:« barometre compare --data »|« compare_survey »} sur "
        "chaque fichier compte cette partie à part).",
        "† The waves hold {what}; it is not a random sample of the {total} {label}: the "
        "shares and the change are those of the entities compared, which over-weight that "
        "part, not those of the {total} {label}, and no test (p) is given for them "
        "({opt:“barometre compare --data”|“compare_survey”} on each file counts that part "
        "apart)."),
    # changes: two waves far from the type's categories' (size bands') proportions
    # (analysis.survey.mix_design): the shares are the compared entities', no test
    "changes-mix-note-kinds": (
        "† Les vagues tiennent {mix} : un tirage au hasard serait aussi loin des proportions "
        "de leurs catégories avec moins d'une chance sur mille ; ce n'est pas un échantillon "
        "tiré au hasard des {total} {label} : les parts et l'évolution sont celles des "
        "entités comparées, qui surreprésentent certaines catégories, pas celles des {total} "
        "{label}, et aucun test (p) n'est donné pour elles.",
        "† The waves hold {mix}: a random draw would be that far from the proportions of "
        "their categories with less than one chance in a thousand; it is not a random "
        "sample of the {total} {label}: the shares and the change are those of the entities "
        "compared, which over-weight some categories, not those of the {total} {label}, and "
        "no test (p) is given for them."),
    # changes: two waves mostly in one région (analysis.survey.region_design)
    # (its {hint}: changes-place-hint on the départements holding every compared entity)
    "changes-region-note": (
        "† Les vagues tiennent {held} : un tirage au hasard {chance} avec moins d'une chance "
        "sur mille ; ce n'est pas un échantillon tiré au hasard des {total} {label} : les "
        "parts et l'évolution sont celles des entités comparées, pas celles des {total} "
        "{label}, et aucun test (p) n'est donné pour elles.{hint}",
        "† The waves hold {held}: a random draw {chance} with less than one chance in a "
        "thousand; it is not a random sample of the {total} {label}: the shares and the "
        "change are those of the entities compared, not those of the {total} {label}, and "
        "no test (p) is given for them.{hint}"),
    # what a file (waves) mostly in one région holds, its {held} (render.views._region_said):
    # most in one région; most overseas (the DROM, one place: analysis.survey.OVERSEAS);
    # a few régions, at least half of each (all of them: « tous »), named {of_regions}
    "region-held-one": ("{k} de {their} {n} {label} dans une même région, {region} "
                        "({n_region} en France)",
                        "{k} of {their} {n} {label} in one région, {region} ({n_region} in "
                        "France)"),
    "region-held-overseas": ("{k} de {their} {n} {label} en outre-mer ({n_region} en France)",
                             "{k} of {their} {n} {label} overseas ({n_region} in France)"),
    "region-held-all": ("tous les {label} {of_regions} ({n})",
                        "all the {label} {of_regions} ({n})"),
    "region-held-all-f": ("toutes les {label} {of_regions} ({n})",
                          "all the {label} {of_regions} ({n})"),
    "region-held-most": ("{n} des {m} {label} {of_regions}", "{n} of the {m} {label} {of_regions}"),
    "region-their-file": ("ses", "its"),
    "region-their-waves": ("leurs", "their"),
    # and what a random draw would not do ({k}: the most in one région, when not said before)
    "region-chance-one": ("en mettrait autant dans une seule région",
                          "would put as many in one région"),
    "region-chance-overseas": ("en mettrait autant en outre-mer", "would put as many overseas"),
    "region-chance-k": ("en mettrait {k} dans une seule région", "would put {k} in one région"),
    "region-chance-k-overseas": ("en mettrait {k} en outre-mer", "would put {k} overseas"),
    # none more than half of it, the file inside those régions alone (regions_inside)
    "region-chance-inside": ("les mettrait tous dans ces {r} régions seules",
                             "would put them all in these {r} régions alone"),
    "region-chance-inside-f": ("les mettrait toutes dans ces {r} régions seules",
                               "would put them all in these {r} régions alone"),
    # changes: two waves mostly in a few départements (analysis.survey.place_design)
    "changes-place-note": (
        "† Vagues choisies par lieu : les entités comparées sont {n} {label_n} {deps} : "
        "{items} ; ce n'est pas un échantillon tiré au hasard des {total} {label} : les parts "
        "et l'évolution sont les leurs, pas celles des {total} {label}, et aucun test (p) "
        "n'est donné pour elles.{hint}",
        "† Waves chosen by place: the entities compared are {n} {label_n} from {deps}: "
        "{items}; they are not a random sample of the {total} {label}: the shares and the "
        "change are theirs, not those of the {total} {label}, and no test (p) is given for "
        "them.{hint}"),
    "changes-place-hint": (
        " {opt:« barometre changes --within {codes} »|« changes(within=\"{codes}\") »} en "
        "fait la base.",
        " {opt:“barometre changes --within {codes}”|“changes(within=\"{codes}\")”} makes "
        "them the base."),
    "changes-mix-note": (
        "† Les vagues tiennent {mix} : un tirage au hasard serait aussi loin des proportions "
        "de leurs strates de population avec moins d'une chance sur mille ; ce n'est pas un "
        "échantillon tiré au hasard des {total} {label} : les parts et l'évolution sont "
        "celles des entités comparées, qui surreprésentent certaines strates, pas celles des "
        "{total} {label}, et aucun test (p) n'est donné pour elles.",
        "† The waves hold {mix}: a random draw would be that far from the proportions of "
        "their population bands with less than one chance in a thousand; it is not a random "
        "sample of the {total} {label}: the shares and the change are those of the entities "
        "compared, which over-weight some bands, not those of the {total} {label}, and no "
        "test (p) is given for them."),
    # what a wave marked « † » holds, no random sample of its type: the words trend's note
    # (trend-design-note-*) and the report's Évolution (report-evolution-design-note) share,
    # each adding its own end; far from its type's size bands' proportions
    # (analysis.survey.mix_design)
    "design-wave-note-mix": (
        "† Vague {of_wave} : le fichier tient {mix} : un tirage au hasard serait aussi loin "
        "des proportions de leurs strates de population avec moins d'une chance sur mille ; "
        "ce n'est pas un échantillon tiré au hasard des {total} {label} : sa part est celle "
        "des entités du fichier, qui surreprésentent certaines strates, pas celle des "
        "{total} {label}",
        "† Wave {of_wave}: the file holds {mix}: a random draw would be that far from the "
        "proportions of their population bands with less than one chance in a thousand; it "
        "is not a random sample of the {total} {label}: its share is that of the file's "
        "entities, which over-weight some bands, not that of the {total} {label}"),
    # intercommunalités far from the categories' proportions (mix_design)
    "design-wave-note-kinds-mix": (
        "† Vague {of_wave} : le fichier tient {mix} : un tirage au hasard serait aussi loin "
        "des proportions de leurs catégories avec moins d'une chance sur mille ; ce n'est "
        "pas un échantillon tiré au hasard des {total} {label} : sa part est celle des "
        "entités du fichier, qui surreprésentent certaines catégories, pas celle des "
        "{total} {label}",
        "† Wave {of_wave}: the file holds {mix}: a random draw would be that far from the "
        "proportions of their categories with less than one chance in a thousand; it is not "
        "a random sample of the {total} {label}: its share is that of the file's entities, "
        "which over-weight some categories, not that of the {total} {label}"),
    # who a note on waves chosen by place (or mostly in one région) is of: one wave, every
    # wave of the trend, or some of them (render.views._same_place_waves), the words after
    # it the singular's
    "design-wave-one": ("Vague {of_wave}", "Wave {of_wave}"),
    "design-wave-each": ("Chaque vague", "Each wave"),
    "design-wave-each-of": ("Chacune des vagues {of_waves}", "Each of the waves {of_waves}"),
    # most of the wave's file in one région (analysis.survey.region_design)
    "design-wave-note-region": (
        "† {wave} : le fichier tient {held} : un tirage au hasard {chance} avec moins d'une "
        "chance sur mille ; ce n'est pas un échantillon tiré au hasard des {total} {label} : "
        "sa part est celle des entités du fichier, pas celle des {total} {label}",
        "† {wave}: the file holds {held}: a random draw {chance} with less than one chance "
        "in a thousand; it is not a random sample of the {total} {label}: its share is that "
        "of the file's entities, not that of the {total} {label}"),
    # most of the wave's file in a few départements (analysis.survey.place_design)
    "design-wave-note-place": (
        "† {wave} : fichier choisi par lieu, il tient {n} {label_n} {deps} : "
        "{items} ; ce n'est pas un échantillon tiré au hasard des {total} {label} : sa "
        "part est celle des entités du fichier, pas celle des {total} {label}",
        "† {wave}: a file chosen by place, it holds {n} {label_n} from {deps}: "
        "{items}; it is not a random sample of the {total} {label}: its share is that of "
        "the file's entities, not that of the {total} {label}"),
    # a part held whole beside others (or far from the proportions of the rest)
    "design-wave-note": (
        "† Vague {of_wave} : le fichier tient {what} ; ce n'est pas un échantillon tiré au "
        "hasard des {total} {label} : sa part est celle des entités du fichier, pas celle "
        "des {total} {label}",
        "† Wave {of_wave}: the file holds {what}; it is not a random sample of the {total} "
        "{label}: its share is that of the file's entities, not that of the {total} "
        "{label}"),
    # trend's end of them: no interval, and how compare counts the wave's file
    "trend-design-note-mix": (
        "{note} ; pas d'intervalle pour elle ({opt:« barometre compare --data --by strate "
        "»|« compare_survey(by=\"strate\") »} sur ce fichier compte chaque strate à part).",
        "{note}; no interval for it ({opt:“barometre compare --data --by "
        "strate”|“compare_survey(by=\"strate\")”} on that file counts each band apart)."),
    "trend-design-note-kinds-mix": (
        "{note} ; pas d'intervalle pour elle ({opt:« barometre compare --data --by category "
        "»|« compare_survey(by=\"category\") »} sur ce fichier compte chaque catégorie à "
        "part).",
        "{note}; no interval for it ({opt:“barometre compare --data --by "
        "category”|“compare_survey(by=\"category\")”} on that file counts each category "
        "apart)."),
    # (« -spread »: the file beyond its région, in more than REGION_STRAYS départements)
    "trend-design-note-region": (
        "{note} ; pas d'intervalle pour elle ({opt:« barometre compare --data --within "
        "{codes} »|« compare_survey(within=\"{codes}\") »} sur ce fichier en fait la base).",
        "{note}; no interval for it ({opt:“barometre compare --data --within "
        "{codes}”|“compare_survey(within=\"{codes}\")”} on that file makes them the base)."),
    "trend-design-note-region-spread": ("{note} ; pas d'intervalle pour elle.",
                                        "{note}; no interval for it."),
    "trend-design-note-place": (
        "{note} ; pas d'intervalle pour elle ({opt:« barometre compare --data --within »|« "
        "compare_survey(within=…) »} sur ses départements en fait la base).",
        "{note}; no interval for it ({opt:“barometre compare --data "
        "--within”|“compare_survey(within=…)”} on its départements makes them the base)."),
    "trend-design-note-place-spread": ("{note} ; pas d'intervalle pour elle.",
                                       "{note}; no interval for it."),
    "trend-design-note-marked": (
        "{note} ; pas d'intervalle pour elle ({opt:« barometre compare --data »|« "
        "compare_survey »} sur ce fichier compte cette partie à part).",
        "{note}; no interval for it ({opt:“barometre compare --data”|“compare_survey”} on "
        "that file counts that part apart)."),
    # a wave of a part alone: its figures are the part's, as compare gives them (the part's
    # census, or an interval on the part's N), never a draw of the type
    "trend-design-note": (
        "Vague {of_wave} : le fichier tient {what} ; ce n'est pas un échantillon tiré au "
        "hasard des {total} {label} : sa part est celle de cette partie, comme {opt:« "
        "barometre compare --data »|« compare_survey »} la compte sur ce fichier (« "
        "exhaustif » quand toute la partie a répondu : comptée entière, sans erreur "
        "d'échantillonnage ; sinon un intervalle pour cette partie seule), pas celle des "
        "{total} {label}.",
        "Wave {of_wave}: the file holds {what}; it is not a random sample of the {total} "
        "{label}: its share is that part's, as {opt:“barometre compare "
        "--data”|“compare_survey”} counts it on that file (“census” when the whole part "
        "answered: counted whole, no sampling error; else an interval for that part alone), "
        "not that of the {total} {label}."),
    # --- within (adoption, compare --data --within): the base is some départements' entities
    "within-label-many": ("{label} de {k} départements ({codes})",
                          "{label} of {k} départements ({codes})"),
    # départements within départements: the type said once, its départements after it
    "within-label-self": ("{label} ({items})", "{label} ({items})"),
    "within-base": ("{n} {label}", "the {n} {label}"),
    "within-vs": ("{opt:--within|within=} ne se combine pas avec {opt:--vs|vs=} (un type à la fois)",
                  "{opt:--within|within=} does not combine with {opt:--vs|vs=} (one type at a time)"),
    # --- panel (adoption, compare --data --panel): the base is the file's own entities
    "panel-vs": ("{opt:--panel|panel=True} ne se combine pas avec {opt:--vs|vs=} (un type à la fois)",
                 "{opt:--panel|panel=True} does not combine with {opt:--vs|vs=} (one type at a time)"),
    # régions read before 1 January 2016 (loi n° 2015-29): the base of 18 is today's map
    "region-map-before-2016": (
        "régions relevées en {year}, avant la nouvelle carte des régions du 1er janvier 2016 "
        "(loi n° 2015-29 : 27 régions avant, 18 après) : leurs parts ne se rapportent pas aux "
        "18 régions d'aujourd'hui ; précisez {opt:--panel|panel=True} (la base devient les régions du fichier, "
        "sur plusieurs vagues celles présentes à chacune)",
        "régions read in {year}, before the new map of the régions of 1 January 2016 "
        "(loi n° 2015-29: 27 régions before, 18 after): their shares are not of today's 18 "
        "régions; give {opt:--panel|panel=True} (the base becomes the file's régions, over several waves those "
        "in every wave)"),
    "panel-within": ("{opt:--panel|panel=True} ne se combine pas avec {opt:--within|within=} : la base est soit les entités du "
                     "fichier, soit celles de départements",
                     "{opt:--panel|panel=True} does not combine with {opt:--within|within=}: the base is either the file's "
                     "entities or some départements'"),
    # over several waves, the panel is the entities of every wave (analysis.survey.balanced_panel)
    "panel-waves-empty": (
        "{opt:--panel|panel=True} : aucune entité n'est dans toutes les vagues (entités par vague : {waves}) ; "
        "un panel suit les mêmes entités d'une vague à l'autre",
        "{opt:--panel|panel=True}: no entity is in every wave (entities per wave: {waves}); a panel follows "
        "the same entities from one wave to the next"),
    # régions read before 1 January 2016, measured as a panel (region-map-before-2016)
    "region-map-before": (
        "Régions relevées avant le {date} ({what}, {citation} : {url}) : la base est les "
        "régions du fichier (carte d'avant 2016), pas les 18 régions d'aujourd'hui.",
        "Régions read before {date} ({what}, {citation}: {url}): the base is the file's "
        "régions (map before 2016), not today's 18 régions."),
    "region-map-waves": (
        "Régions relevées avant le {date} ({what}, {citation} : {url}) : la carte a changé "
        "entre les vagues ; le panel ne compare que les régions présentes à chaque vague, une "
        "région fusionnée n'est pas celle d'aujourd'hui.",
        "Régions read before {date} ({what}, {citation}: {url}): the map changed between the "
        "waves; the panel compares only the régions present in every wave, a merged région is "
        "not today's."),
    "panel-waves-out": (
        "{n} {label} {missing} à l'une des vagues, hors panel ({items})",
        "{n} {label} {missing} from a wave, out of the panel ({items})"),
    # ... and the entities with rows but nothing answered at any wave (a template's
    # unfilled rows, out of every wave: answered_codes), never counted as of the panel
    "panel-waves-out-unanswered": (
        " ; {n} autres dont les lignes sont toutes vides (non remplies), hors panel "
        "aussi",
        "; {n} others whose rows are all empty (not filled in), out of the panel "
        "too"),
    "panel-waves-unanswered": (
        "{n} {label} dont les lignes sont toutes vides (non remplies), hors panel",
        "{n} {label} whose rows are all empty (not filled in), out of the panel"),
    "panel-waves-out-item": ("{k} le {date}", "{k} on {date}"),
    "panel-waves-out-item-year": ("{k} en {date}", "{k} in {date}"),
    "panel-label": ("{n} {label} du panel", "the {n} {label} of the panel"),
    "panel-label-bare": ("{label} du panel", "{label} of the panel"),
    "panel-base-part": ("{k} des {label}", "{k} of {label}"),
    # a figure split by category (compare --by category): k answered of the category's N
    "category-base-part": ("{k} des {label}", "{k} of the {label}"),
    # the N of a size band's figure (compare --by strate): "18 256 communes de la strate"
    "strate-counted": ("{n} {plural} de la strate", "{n} {plural} of the band"),
    # ... under within: the band's entities in those départements
    "strate-counted-within": ("{n} {label} de la strate", "{n} {label} in the band"),
    "strate-counted-panel": ("{n} {plural} de la strate dans le panel",
                             "{n} {plural} of the band in the panel"),
    # a file of a small part of its type, read as a sample of it: what its interval assumes
    "random-draw-note": (
        "Les intervalles supposent un tirage au hasard des entités du fichier ({n} sur "
        "{total} {label}) ; pour un panel choisi à la main, {opt:--panel|panel=True} donne "
        "les parts de ses seules entités, sans extrapolation.",
        "The intervals assume the file's entities ({n} of the {total} {label}) were drawn at "
        "random; for a hand-picked panel, {opt:--panel|panel=True} gives the shares of its "
        "entities only, with no extrapolation."),
    # ... when the file holds entities without any answer that year (a blank row): the
    # draw is of those that answered, as the coverage counts them (12 of 101 in 2025, 13 held)
    "random-draw-note-answered": (
        "Les intervalles supposent un tirage au hasard des entités ayant répondu en {year} "
        "({n} sur {total} {label} ; {held} dans le fichier) ; pour un panel choisi à la "
        "main, {opt:--panel|panel=True} donne les parts de ses seules entités, sans "
        "extrapolation.",
        "The intervals assume the entities that answered in {year} ({n} of the {total} "
        "{label}; {held} in the file) were drawn at random; for a hand-picked panel, "
        "{opt:--panel|panel=True} gives the shares of its entities only, with no "
        "extrapolation."),
    # trend --data: each wave whose file holds a small part of the type, with its date: the
    # entities that answered at that wave (coverage's count, not the file's rows)
    "random-draw-waves-note": (
        "Les intervalles supposent un tirage au hasard des entités ayant répondu à chaque "
        "vague ({items} sur {total} {label}) ; pour un panel choisi à la main, "
        "{opt:--panel|panel=True} donne les parts de ses seules entités, sans extrapolation.",
        "The intervals assume the entities that answered at each wave ({items} of the "
        "{total} {label}) were drawn at random; for a hand-picked panel, "
        "{opt:--panel|panel=True} gives the shares of its entities only, with no "
        "extrapolation."),
    # split by category (compare --by category): each category's entities, a draw of their own
    "random-draw-note-by": (
        "Les intervalles supposent un tirage au hasard des entités du fichier dans chaque "
        "{each} ({parts}) ; pour un panel choisi à la main, {opt:--panel|panel=True} donne "
        "les parts de ses seules entités, sans extrapolation.",
        "The intervals assume the file's entities of each {each} ({parts}) were drawn at "
        "random; for a hand-picked panel, {opt:--panel|panel=True} gives the shares of its "
        "entities only, with no extrapolation."),
    # what each part of random-draw-note-by is: a category (--by category), a size band
    "random-draw-each-category": ("catégorie", "category"),
    "random-draw-each-strate": ("strate de population", "population band"),
    # a size band's part: "< 500 hab. : 8 sur 18 256"
    "random-draw-part-strate": ("{band} hab. : {n} sur {total}",
                                "{band} inhab.: {n} of the {total}"),
    "random-draw-part": ("{n} sur {total} {label}", "{n} of the {total} {label}"),
    "random-draw-short": (
        "tirage au hasard supposé, sinon {opt:--panel|panel=True}",
        "assumes a random draw, else {opt:--panel|panel=True}"),
    "within-empty": (
        "{opt:--within|within} : aucun code de département (ex. « {opt:--within 01,44|within=[\"01\", \"44\"]} »)",
        "{opt:--within|within}: no département code (e.g. “{opt:--within 01,44|within=[\"01\", \"44\"]}”)"),
    "within-unknown": (
        "{opt:--within|within} : « {value} » n'est pas un code de département (ex. « 01 », « 2A », « 974 »)",
        "{opt:--within|within}: “{value}” is not a département code (e.g. “01”, “2A”, “974”)"),
    "within-no-departement": (
        "{opt:--within|within} : les entités de type « {type} » n'ont pas de département ; rien à "
        "restreindre",
        "{opt:--within|within}: entities of type “{type}” have no département; nothing to restrict"),
    "within-outside": (
        "{opt:--within {deps}|within=\"{deps}\"} : {n} entités du fichier hors de ces départements : {items}{more} ; "
        "ajoutez leur département à {opt:--within|within}, ou retirez-les du fichier",
        "{opt:--within {deps}|within=\"{deps}\"}: {n} entities of the file outside these départements: {items}{more}; "
        "add their départements to {opt:--within|within}, or take them out of the file"),
    "within-outside-one": (
        "{opt:--within {deps}|within=\"{deps}\"} : {n} entité du fichier hors de ces départements : {items}{more} ; "
        "ajoutez son département à {opt:--within|within}, ou retirez-la du fichier",
        "{opt:--within {deps}|within=\"{deps}\"}: {n} entity of the file outside these départements: {items}{more}; "
        "add its département to {opt:--within|within}, or take it out of the file"),
    "within-outside-item": ("{name} ({code}, département {dep}{row})",
                            "{name} ({code}, département {dep}{row})"),
    "within-outside-row": (", ligne {row}", ", row {row}"),
    "within-outside-more": (" et {n} autres", " and {n} more"),
    # --- a file chosen by place (analysis.survey.place_of): most of it in a few départements
    "survey-place-note": (
        "† Fichier choisi par lieu : le fichier tient {n} {label} {deps} : {items} ; "
        "ce n'est pas un tirage au hasard parmi les {total} de France : ses parts sont "
        "celles de ses entités, sans intervalle.{hint}{panel}",
        "† File chosen by place: the file holds {n} {label} from {deps}: {items}; it is "
        "not a random draw among the {total} in France: its shares are those of its "
        "entities, with no interval.{hint}{panel}"),
    # --panel, as a file mostly in one région offers it (survey-design-region): the same
    # words, said in words in a report or a chart (render.views._in_words)
    "survey-place-panel": (
        " {opt:--panel|panel=True} donne les parts des seules entités du fichier.",
        " {opt:--panel|panel=True} gives the shares of the file's entities only."),
    # after the noun they qualify, French with its preposition (« d'un seul département »)
    "survey-place-deps": ("de {k} départements", "{k} départements"),
    "survey-place-deps-one": ("d'un seul département", "a single département"),
    "survey-place-others": ("et {k} autres départements ({n})",
                            "and {k} other départements ({n})"),
    "survey-place-hint": (
        " {opt:« --within {codes} »|« within=\"{codes}\" »} les compte sur les {n_within} "
        "{label} de {those} : {what}.",
        " {opt:“--within {codes}”|“within=\"{codes}\"”} counts them among the {n_within} "
        "{label} of {those}: {what}."),
    "survey-place-those": ("ces départements", "these départements"),
    "survey-place-that": ("ce département", "this département"),
    "survey-place-census": ("le fichier les tient toutes, un recensement",
                            "the file holds them all, a census"),
    "survey-place-census-m": ("le fichier les tient tous, un recensement",
                              "the file holds them all, a census"),
    "survey-place-sample": ("un échantillon d'elles, intervalle pour ces {n_within}",
                            "a sample of them, intervals for these {n_within}"),
    "survey-place-sample-m": ("un échantillon d'eux, intervalle pour ces {n_within}",
                              "a sample of them, intervals for these {n_within}"),
    "survey-place-key": ("fichier {deps} : {names}", "a file of {deps}: {names}"),
    "survey-design-type-hint": (
        " {opt:--type {type}|type=\"{type}\"} les compte comme {part}.",
        " {opt:--type {type}|type=\"{type}\"} counts them as {part}."),
    "survey-design-range": ("{platform} de {low} à {high}", "{platform} {low} to {high}"),
    "survey-design-stratified": (
        "† Le fichier tient les {n} {part}, {all}, à côté de {beside} sur {rest} : ce n'est "
        "pas un échantillon tiré au hasard des {total} {label}, et sa part (k/n) surreprésente "
        "cette partie ; pas d'intervalle pour elle. Estimée pour les {total} {label} en pesant "
        "chaque partie par sa taille (les {n} {part} {counted}, {assumed} parmi les {rest}) : "
        "{estimates}.",
        "† The file holds {all} {n} {part} beside {beside} of {rest}: it is not a random sample "
        "of the {total} {label}, and its share (k/n) over-weights that part; no interval for "
        "it. Estimated for all {total} {label} by weighing each part by its size (the {n} "
        "{part} {counted}, {assumed} among the {rest}): {estimates}."),
    "survey-design-stratified-inside": (
        "† Le fichier tient les {n} {part}, {all}, à côté de {beside} sur {rest} : ce n'est "
        "pas un échantillon tiré au hasard des {total} {label}, et sa part (k/n) "
        "surreprésente cette partie ; pas d'intervalle pour elle. {others_are} : les {label} "
        "des strates {missing} (hors des {part}) manquent au fichier, pas d'estimation pour "
        "les {total} {label} ; {opt:« barometre compare --by strate »|« "
        "compare_survey(by=\"strate\") »} compte chaque strate à part. Estimée pour les "
        "{estimated} {label} que le fichier représente en pesant chaque partie par sa taille "
        "(les {n} {part} {counted}, {assumed} parmi les {covered} {inside} hors des {part}) "
        ": {estimates}.",
        "† The file holds {all} {n} {part} beside {beside} of {rest}: it is not a random "
        "sample of the {total} {label}, and its share (k/n) over-weights that part; no "
        "interval for it. {others_are}: the {label} of the bands {missing} (outside the "
        "{part}) are missing from the file, no estimate for all {total} {label}; "
        "{opt:“barometre compare --by strate”|“compare_survey(by=\"strate\")”} counts each "
        "band apart. Estimated for the {estimated} {label} the file stands for by weighing "
        "each part by its size (the {n} {part} {counted}, {assumed} among the {covered} "
        "{inside} outside the {part}): {estimates}."),
    # beside some categories of intercommunalités held whole, others far from the rest's
    # proportions (analysis.survey.MIX_DESIGN_P: one chance in a thousand)
    "survey-design-stratified-mix": (
        "† Le fichier tient les {n} {part}, {all}, à côté de {beside} sur {rest} : ce n'est "
        "pas un échantillon tiré au hasard des {total} {label}, et sa part (k/n) "
        "surreprésente cette partie ; pas d'intervalle pour elle. Hors de cette partie, le "
        "fichier tient {mix} : un tirage au hasard parmi les {rest} serait aussi loin de "
        "leurs proportions avec moins d'une chance sur mille ; pas d'estimation pour les "
        "{total} {label}. {opt:« barometre compare --by category »|« "
        "compare_survey(by=\"category\") »} compte chaque catégorie à part (les {part} : "
        "leur recensement) ; {opt:--panel|panel=True} donne les parts des seules entités du "
        "fichier.",
        "† The file holds {all} {n} {part} beside {beside} of {rest}: it is not a random "
        "sample of the {total} {label}, and its share (k/n) over-weights that part; no "
        "interval for it. Beside that part the file holds {mix}: a random draw among the "
        "{rest} would be that far from their proportions with less than one chance in a "
        "thousand; no estimate for all {total} {label}. {opt:“barometre compare --by "
        "category”|“compare_survey(by=\"category\")”} counts each category apart (the "
        "{part}: their census); {opt:--panel|panel=True} gives the shares of the file's "
        "entities only."),
    "survey-design-mix-item": ("{k} des {n} {kinds}", "{k} of the {n} {kinds}"),
    # a file (its others beside a part) far from the size bands' proportions
    # (analysis.survey.mix_design, _band_mix: MIX_DESIGN_P, one chance in a thousand)
    "survey-design-mix-band-item": ("{k} des {n} de la strate {band}",
                                    "{k} of the {n} in band {band}"),
    "survey-design-mix": (
        "† Le fichier tient {mix} : un tirage au hasard de {others} des {total} {label} "
        "serait aussi loin des proportions de leurs strates de population avec moins d'une "
        "chance sur mille ; ce n'est pas un échantillon tiré au hasard des {total} {label}, "
        "et sa part (k/n) surreprésente certaines strates ; pas d'intervalle pour elle, pas "
        "d'estimation pour les {total} {label}. {opt:« barometre compare --by strate »|« "
        "compare_survey(by=\"strate\") »} compte chaque strate à part ; "
        "{opt:--panel|panel=True} donne les parts des seules entités du fichier.",
        "† The file holds {mix}: a random draw of {others} of the {total} {label} would be "
        "that far from the proportions of their population bands with less than one chance "
        "in a thousand; it is not a random sample of the {total} {label}, and its share "
        "(k/n) over-weights some bands; no interval for it, no estimate for all {total} "
        "{label}. {opt:“barometre compare --by strate”|“compare_survey(by=\"strate\")”} "
        "counts each band apart; {opt:--panel|panel=True} gives the shares of the file's "
        "entities only."),
    # a file of intercommunalités far from the categories' proportions, no part whole
    # (analysis.survey.mix_design, _kind_mix: MIX_DESIGN_P, one chance in a thousand)
    "survey-design-kinds-mix": (
        "† Le fichier tient {mix} : un tirage au hasard de {others} des {total} {label} "
        "serait aussi loin des proportions de leurs catégories avec moins d'une chance sur "
        "mille ; ce n'est pas un échantillon tiré au hasard des {total} {label}, et sa part "
        "(k/n) surreprésente certaines catégories ; pas d'intervalle pour elle, pas "
        "d'estimation pour les {total} {label}. {opt:« barometre compare --by category »|« "
        "compare_survey(by=\"category\") »} compte chaque catégorie à part ; "
        "{opt:--panel|panel=True} donne les parts des seules entités du fichier.",
        "† The file holds {mix}: a random draw of {others} of the {total} {label} would be "
        "that far from the proportions of their categories with less than one chance in a "
        "thousand; it is not a random sample of the {total} {label}, and its share (k/n) "
        "over-weights some categories; no interval for it, no estimate for all {total} "
        "{label}. {opt:“barometre compare --by category”|“compare_survey(by=\"category\")”} "
        "counts each category apart; {opt:--panel|panel=True} gives the shares of the file's "
        "entities only."),
    # most of a file in one région, no part whole (analysis.survey.region_design:
    # REGION_SHARE, MIX_DESIGN_P, one chance in a thousand)
    "survey-design-region": (
        "† Le fichier tient {held} : un tirage au hasard de {n} des {total} {label} {chance} "
        "avec moins d'une chance sur mille ; ce n'est pas un échantillon tiré au hasard des "
        "{total} {label}, ni de leurs catégories ou strates ; pas d'intervalle pour ses "
        "parts, pas d'estimation pour les {total} {label}. {hint}{opt:--panel|panel=True} "
        "donne les parts des seules entités du fichier.",
        "† The file holds {held}: a random draw of {n} of the {total} {label} {chance} with "
        "less than one chance in a thousand; it is not a random sample of the {total} "
        "{label}, nor of their categories or bands; no interval for its shares, no estimate "
        "for all {total} {label}. {hint}{opt:--panel|panel=True} gives the shares of the "
        "file's entities only."),
    # the départements whose entities hold every one of the file's (analysis.survey
    # .region_design's within); none when it is spread beyond its région
    "survey-region-hint": (
        "{opt:« barometre compare --within {codes} »|« compare_survey(within=\"{codes}\") »} "
        "en fait la base ; ",
        "{opt:“barometre compare --within {codes}”|“compare_survey(within=\"{codes}\")”} "
        "makes them the base; "),
    # the same split by size band: a band's share mixes the categories as unevenly
    "survey-design-kinds-mix-bands": (
        "† Le fichier tient {mix} : un tirage au hasard de {others} des {total} {label} "
        "serait aussi loin des proportions de leurs catégories avec moins d'une chance sur "
        "mille ; ce n'est pas un échantillon tiré au hasard, et la part de chaque strate "
        "surreprésente certaines catégories ; pas d'intervalle (sauf une strate tenue "
        "entière). {opt:« barometre compare --by category »|« "
        "compare_survey(by=\"category\") »} compte chaque catégorie à part.",
        "† The file holds {mix}: a random draw of {others} of the {total} {label} would be "
        "that far from the proportions of their categories with less than one chance in a "
        "thousand; it is not a random sample, and each band's share over-weights some "
        "categories; no interval (but for a band held whole). {opt:“barometre compare --by "
        "category”|“compare_survey(by=\"category\")”} counts each category apart."),
    "survey-design-band-sample-mix": (
        "† Le fichier ne tient que des {part} ({n_sample} des {n} en France) : ce n'est pas "
        "un échantillon des {total} {label}, les {rest} autres {label} (strates {missing}) "
        "manquent au fichier. Il en tient {mix} : un tirage au hasard de {n_sample} des {n} "
        "serait aussi loin de leurs proportions avec moins d'une chance sur mille ; sa part "
        "(k/n) surreprésente certaines strates ; pas d'intervalle pour elle, pas "
        "d'estimation pour les {n} {part} ni pour les {total} {label}. {opt:« barometre "
        "compare --by strate »|« compare_survey(by=\"strate\") »} compte chaque strate à "
        "part ; {opt:--panel|panel=True} donne les parts des seules entités du fichier.",
        "† The file holds only {part} ({n_sample} of the {n} in France): it is no sample of "
        "the {total} {label}, the {rest} other {label} (bands {missing}) are missing from "
        "the file. It holds {mix}: a random draw of {n_sample} of the {n} would be that far "
        "from their proportions with less than one chance in a thousand; its share (k/n) "
        "over-weights some bands; no interval for it, no estimate for the {n} {part} nor for "
        "all {total} {label}. {opt:“barometre compare --by "
        "strate”|“compare_survey(by=\"strate\")”} counts each band apart; "
        "{opt:--panel|panel=True} gives the shares of the file's entities only."),
    "survey-design-stratified-bands-mix": (
        "† Le fichier tient les {n} {part}, {all}, à côté de {beside} sur {rest} : ce n'est "
        "pas un échantillon tiré au hasard des {total} {label}, et sa part (k/n) "
        "surreprésente cette partie ; pas d'intervalle pour elle. Hors de cette partie, le "
        "fichier tient {mix} : un tirage au hasard parmi les {pool} serait aussi loin de "
        "leurs proportions avec moins d'une chance sur mille ; pas d'estimation pour les "
        "{total} {label}. {opt:« barometre compare --by strate »|« "
        "compare_survey(by=\"strate\") »} compte chaque strate à part ; "
        "{opt:--panel|panel=True} donne les parts des seules entités du fichier.",
        "† The file holds {all} {n} {part} beside {beside} of {rest}: it is not a random "
        "sample of the {total} {label}, and its share (k/n) over-weights that part; no "
        "interval for it. Beside that part the file holds {mix}: a random draw among the "
        "{pool} would be that far from their proportions with less than one chance in a "
        "thousand; no estimate for all {total} {label}. {opt:“barometre compare --by "
        "strate”|“compare_survey(by=\"strate\")”} counts each band apart; "
        "{opt:--panel|panel=True} gives the shares of the file's entities only."),
    "survey-design-estimate": ("{platform} {share} ({ci})", "{platform} {share} ({ci})"),
    "survey-design-estimate-no-ci": (
        "{platform} {share} (sans intervalle : des réponses manquent parmi les {part})",
        "{platform} {share} (no interval: answers are missing among the {part})"),
    "survey-design-no-estimate": ("{platform} : pas d'estimation", "{platform}: no estimate"),
    "survey-design-see-note": ("voir †", "see †"),
    "survey-design-bands": (
        "† Le fichier tient les {n} {part}, {all}, à côté de {beside} sur {rest} : ce n'est "
        "pas un échantillon tiré au hasard des {total} {label}. Par strate, chacune est sa "
        "propre population : une strate sans aucune des {part}, ou toute de cette partie, a "
        "son intervalle (tirage au hasard supposé dans la strate) ; une strate qui mêle des "
        "{part} et d'autres {label} surreprésente cette partie, pas d'intervalle (sans "
        "{opt:--by strate|by=\"strate\"}, une estimation pondérée pour les {total} {label}).",
        "† The file holds {all} {n} {part} beside {beside} of {rest}: it is not a random "
        "sample of the {total} {label}. Per band, each is its own population: a band with "
        "none of the {part}, or all of that part, has its interval (a random draw within the "
        "band assumed); a band mixing {part} and other {label} over-weights that part, no "
        "interval (without {opt:--by strate|by=\"strate\"}, a weighted estimate for all "
        "{total} {label})."),
    "survey-design-bands-inside": (
        "† Le fichier tient les {n} {part}, {all}, à côté de {beside} sur {rest}, "
        "{all_inside} : ce n'est pas un échantillon tiré au hasard des {total} {label}. Par "
        "strate, chacune est sa propre population : une strate sans aucune des {part}, ou "
        "toute de cette partie, a son intervalle (tirage au hasard supposé dans la strate) ; "
        "une strate qui mêle des {part} et d'autres {label} surreprésente cette partie, pas "
        "d'intervalle (sans {opt:--by strate|by=\"strate\"}, une estimation pondérée pour "
        "les {estimated} {label} que le fichier représente, pas pour les {total}).",
        "† The file holds {all} {n} {part} beside {beside} of {rest}, {all_inside}: it is "
        "not a random sample of the {total} {label}. Per band, each is its own population: a "
        "band with none of the {part}, or all of that part, has its interval (a random draw "
        "within the band assumed); a band mixing {part} and other {label} over-weights that "
        "part, no interval (without {opt:--by strate|by=\"strate\"}, a weighted estimate for "
        "the {estimated} {label} the file stands for, not for all {total})."),
    "compare-narrower-type-part": (
        "Les {n} communes du fichier sont toutes des {label} ({n} sur {total}) : comptées ici "
        "comme un échantillon des {part} ; --type {type} les compte comme {label}{census}",
        "The {n} municipalities of the file are all {label} ({n} of {total}): counted here as a "
        "sample of the {part}; --type {type} counts them as {label}{census}"),
    # a file of one commune (never « Les 1 communes du fichier sont toutes … »); the types
    # narrower than the communes are all feminine (villes préfectures, grandes villes…)
    "compare-narrower-type-one": (
        "La seule commune du fichier est une {label} ({n} sur {total}) : comptée ici comme un "
        "échantillon des communes ; --type {type} la compte comme {label}{census}",
        "The only municipality of the file is a {label} ({n} of {total}): counted here as a "
        "sample of the communes; --type {type} counts it as a {label}{census}"),
    "compare-narrower-type-part-one": (
        "La seule commune du fichier est une {label} ({n} sur {total}) : comptée ici comme un "
        "échantillon des {part} ; --type {type} la compte comme {label}{census}",
        "The only municipality of the file is a {label} ({n} of {total}): counted here as a "
        "sample of the {part}; --type {type} counts it as a {label}{census}"),
    "compare-narrower-census": (" (un recensement : le fichier les a toutes)",
                                " (a census: the file holds them all)"),
    # under compare's, rank's and benchmark's tables (stderr with csv/json) and in the
    # report's Synthèse: survey figures without a year
    # (a file without any reading date: validate's no-date)
    "survey-no-year-note": (
        "Année non précisée : le fichier ne donne aucune date de relevé ; remplissez la date "
        "du relevé, ou donnez-la avec {opt:--date|date=}, ex. {opt:--date "
        "15/10/2025|date=\"15/10/2025\"}",
        "Year not stated: the file gives no reading date; fill in the reading date, or give "
        "it with {opt:--date|date=}, e.g. {opt:--date 15/10/2025|date=\"15/10/2025\"}"),
    "compare-wave-date": (
        "Attention : {what} ; le fichier couvre plusieurs années, --date pour dater ces relevés",
        "Warning: {what}; the file spans several years, --date to date these readings"),
    # a survey figure's base (compare's Base column, the report's Adoption sheet): the
    # entities whose answer is blank, said as others than the base's (« 12 entités de
    # l'enquête ; 1 autre sans réponse, hors base », not « 1 non renseignée », read as 1 of 12)
    "base-unknown": (
        " ; {n} {others} sans réponse, hors base",
        "; {n} {others} not answered, out of the base"),
    # ... of "au moins un réseau": those that answered « Non » on some platform but left
    # another blank, out of its base yet not silent (the coverage counts them as answered)
    "base-unknown-partial": (
        " ; {n} {others} sans réponse, {k} sans réponse sur une partie des réseaux (« Non » "
        "sur les autres), hors base",
        "; {n} {others} not answered, {k} not answered on some of the networks (“Non” on "
        "the others), out of the base"),
    "base-partial-only": (
        " ; {k} {others} sans réponse sur une partie des réseaux (« Non » sur les autres), "
        "hors base",
        "; {k} {others} not answered on some of the networks (“Non” on the others), out of "
        "the base"),
    # ... read with errors="skip": the entities its errors left out
    "base-skipped": (
        " ; {n} {others} {left} pour erreur, hors base : voir barometre validate",
        "; {n} {others} {left} for an error, out of the base: see barometre validate"),
    # ... and those that no figure counts (attrs["skipped_unshown"]): a year unknown, a
    # platform without any reading kept that year
    "skipped-unshown": (
        "Écartées pour erreur et comptées dans aucun chiffre : {items} ; voir barometre "
        "validate",
        "Left out for an error and counted in no figure: {items}; see barometre validate"),
    "skipped-unshown-item": ("{platform} {year} : {n}", "{platform} {year}: {n}"),
    "skipped-unshown-item-no-year": (
        "{platform}, année inconnue (la date était l'erreur, dans un fichier de plusieurs "
        "années) : {n}",
        "{platform}, year unknown (the date was the error, in a file of several years): {n}"),
    # reached from Python only (validate, problems_frame): the parameter's name
    "bad-lang": (
        "lang=« {value} » inconnue : attendu fr ou en",
        "unknown lang=“{value}”: expected fr or en"),
    # reached from Python only (the CLI's --blank is a choice): the parameter's name
    "bad-blank": (
        "blank=« {value} » inconnu : attendu absent ou unknown (inconnu)",
        "unknown blank=“{value}”: expected absent or unknown"),
    # reached from Python only (the CLI's --date-order is a choice): the parameter's name
    "bad-date-order": (
        "date_order=« {value} » inconnu : attendu dmy (jour d'abord) ou mdy (mois d'abord)",
        "unknown date_order=“{value}”: expected dmy (day first) or mdy (month first)"),
    # --- code and name of the same row
    # the code cell as the user wrote it when it is not the code read (« Tulle » in a code
    # column, a former code): both said, never a code the user did not type
    "code-written": ("« {value} » (lu comme {code})", "“{value}” (read as {code})"),
    # a code and the name of its entity, after « à côté du code » in the warnings
    "code-named": ("{code} ({code_name})", "{code} ({code_name})"),
    "code-named-written": ("« {value} » (lu comme {code} : {code_name})",
                           "“{value}” (read as {code}: {code_name})"),
    "code-name-mismatch": (
        "le code {code} désigne {code_name}, mais le nom « {name} » désigne {other}",
        "code {code} is {code_name}, but the name “{name}” is {other}"),
    # the département column of a commune's or a grouping's row (entities._departement_cells)
    "departement-cell-mismatch": (
        "deux départements dans la cellule : le code {code} désigne {code_name}, mais le nom "
        "« {name} » désigne {other} : corrigez le code ou le nom (ligne non lue)",
        "two départements in the cell: code {code} is {code_name}, but the name “{name}” is "
        "{other}: fix the code or the name (row not read)"),
    "departement-cell-unread": (
        "{n} cellule{s} ne désignant aucun département (la première « {value} ») : non "
        "lue{s}, l'entité de la ligne n'est pas vérifiée par son département ({rows})",
        "{n} cell{s} naming no département (the first “{value}”): not read, the row's "
        "entity is not checked against its département ({rows})"),
    # … one cell: no « la première »
    "departement-cell-unread-one": (
        "1 cellule ne désignant aucun département (« {value} ») : non lue, l'entité de la "
        "ligne n'est pas vérifiée par son département ({rows})",
        "1 cell naming no département (“{value}”): not read, the row's entity is not checked "
        "against its département ({rows})"),
    "code-name-other-type": (
        "le code {code} désigne {code_name}{type}, mais le nom « {name} » est {other_type} :"
        " {other} ; si le fichier porte sur des {plural}, précisez {opt:--type {type_id}|type=\"{type_id}\"}",
        "code {code} is {code_name}{type}, but the name “{name}” is {other_type}: {other}; "
        "if the file is about {plural}, give {opt:--type {type_id}|type=\"{type_id}\"}"),
    "code-name-kind": (
        "le code {code} désigne {code_name}, {kind}, mais le nom « {name} » dit {said} : "
        "code ou nom erroné",
        "code {code} is {code_name}, {kind}, but the name “{name}” says {said}: wrong code "
        "or name"),
    "code-name-kind-same": (
        "nom « {name} » à côté du code {code} : le nom dit {said}, c'est "
        "{kind} (un ancien nom ?) : lu d'après le code",
        "name “{name}” next to code {code}: the name says {said}, it is "
        "{kind} (a former name?): read from the code"),
    # a totals row's word (« Total », « Moyenne ») in the name column beside a code that
    # is some entity's (a count, a row number in the code column): never counted as it
    "code-name-totals": (
        "ligne de totaux ? « {name} » à côté du code {code} : ligne écartée, non comptée "
        "pour {code_name} ; supprimez-la (barometre calcule lui-même totaux, moyennes et "
        "médianes) ou, si c'est bien {code_name}, écrivez son nom",
        "a totals row? “{name}” next to code {code}: row left out, not counted for "
        "{code_name}; delete it (barometre computes totals, averages and medians itself) "
        "or, if it is indeed {code_name}, write its name"),
    "code-name-unknown": (
        "nom « {name} » non reconnu à côté du code {code} : lu d'après le code",
        "name “{name}” not recognised next to code {code}: read from the code"),
    # a warning of a name beside a code (code-name-unknown…) on several rows: a long
    # file's rows of one entity, a row per platform (survey.entities._check_code_name)
    "code-name-rows": ("{said} ({rows})", "{said} ({rows})"),
    "code-name-former": (
        "le code {code} désigne {code_name}, mais « {name} » est le nom {former} : la "
        "ligne compterait pour {code_name} ({population} habitants) ; si le compte relevé "
        "est celui {of_commune}, écrivez ce nom ; s'il est celui {of_former} même, ce n'est "
        "pas celui {of_commune} : retirez la ligne",
        "code {code} is {code_name}, but “{name}” is the name of {former}: the row would "
        "count for {code_name} ({population} inhabitants); if the account surveyed is "
        "{of_commune}'s, write that name; if it is {of_former}'s own, it is not "
        "{of_commune}'s: remove the row"),
    "code-name-arrondissement": (
        "nom « {name} » d'un arrondissement ({arr_name}, code {arr_code}) à côté du code "
        "{code} de la commune entière ({code_name}) : lu d'après le code ; vérifiez que le "
        "compte relevé est celui de la ville, pas celui de l'arrondissement",
        "name “{name}” of an arrondissement ({arr_name}, code {arr_code}) next to code "
        "{code} of the whole commune ({code_name}): read from the code; check that the "
        "account surveyed is the city's, not the arrondissement's"),
    # a name typed in the code column (« Tulle » under « Code INSEE »), read as its entity
    "name-in-code-column": (
        "{n} nom{s} au lieu d'un code (ex. {code} ; {rows}), lu{s} d'après le nom : "
        "écrivez le code pour une lecture sûre",
        "{n} name{s} instead of a code (e.g. {code}; {rows}), read from the name: write "
        "the code for a certain reading"),
    # cells giving a code and a name that agree (« 44109 - Nantes »), read by both
    "code-and-name-in-cell": (
        "{n} cellule{s} donnant un code et un nom (ex. « {value} » lu comme {code} {code_name}, "
        "le nom concorde ; {rows}) : lue{s} par le code",
        "{n} cell{s} giving a code and a name (e.g. “{value}” read as {code} {code_name}, the "
        "name agrees; {rows}): read by the code"),
    # a département's code in a survey of villes préfectures (« 44 »), read as its préfecture
    "departement-code-read-as-prefecture": (
        "{n} code{s} de département lu{s} comme la préfecture du département (ex. « {value} » lu comme "
        "{code} {code_name} ; {rows}) : écrivez le code INSEE de la commune pour une lecture "
        "sûre",
        "{n} département code{s} read as the département's prefecture (e.g. “{value}” read as {code} "
        "{code_name}; {rows}): write the commune's INSEE code for a certain reading"),
    # a row whose code is blank, read by the name beside it: said row by row
    "name-for-blank-code": (
        "« {value} » → {name} ({code}) : code vide, ligne lue d'après le nom",
        "“{value}” → {name} ({code}): blank code, row read from the name"),
    # validate's line for them all: the first few, « … » after
    "names-for-blank-codes": (
        "{n} ligne{s} sans code lue{s} d'après le nom : {items}",
        "{n} row{s} without a code read from the name: {items}"),
    "name-for-blank-code-item": (
        "« {value} » → {name} ({code}), ligne {row}",
        "“{value}” → {name} ({code}), line {row}"),
    "council-territory-overlap": (
        "{territory} ({code}, {rows}) et « {council} » ({council_code}, {council_rows}) "
        "dans le même fichier : un même conseil compté deux fois ; gardez l'un ou l'autre",
        "{territory} ({code}, {rows}) and “{council}” ({council_code}, {council_rows}) in "
        "the same file: one council counted twice; keep one or the other"),
    "council-territories-filled": (
        "{territories} donnent tous deux le nombre d'abonnés du même conseil, « {council} » "
        "({council_code}), sur {platforms} ({rows}) : un seul compte, que rank et benchmark "
        "classent une fois, comme le conseil (avec la population qu'il sert) ; l'adoption "
        "compte les deux territoires",
        "{territories} both give the follower count of one council, “{council}” "
        "({council_code}), on {platforms} ({rows}): one account, which rank and benchmark "
        "rank once, as the council (with the population it serves); the adoption counts both "
        "territories"),
    "council-territories-differ": (
        "{territories} donnent des nombres d'abonnés différents pour un seul conseil, « "
        "{council} » ({council_code}) ({counts} ; {rows}) : deux comptes relevés pour un "
        "conseil (une ancienne page de territoire ?) ou l'un des nombres est faux ; tous deux "
        "sont classés par rank et benchmark (chacun rapporté à la population du conseil) ; "
        "gardez le nombre du compte du conseil sur une seule ligne",
        "{territories} give different follower counts for one council, “{council}” "
        "({council_code}) ({counts}; {rows}): two accounts recorded for one council (a former "
        "territory's page?) or one of the counts is wrong; rank and benchmark rank both "
        "(each divided by the council's population); keep the council's account's "
        "count on one row"),
    "council-territories-disagree": (
        "{territories} se contredisent sur le compte d'un seul conseil, « {council} » "
        "({council_code}) ({answers} ; {rows}) : un même compte dit à la fois existant et "
        "absent, l'une des réponses est fausse ; l'adoption compte 1 territoire sur 2 ; "
        "corrigez la réponse fausse",
        "{territories} contradict each other on the account of one council, “{council}” "
        "({council_code}) ({answers}; {rows}): one account said both to exist and not to, "
        "one of the answers is wrong; the adoption counts 1 territory of 2; correct the "
        "wrong answer"),
    "former-name-read": (
        "« {value} » est un ancien nom : lu comme la commune actuelle {name} ({code}) "
        "({rows})",
        "“{value}” is a former name: read as the current commune {name} ({code}) ({rows})"),
    # --- output files
    "source-date-epoch": (
        "SOURCE_DATE_EPOCH = « {value} » : attendu un nombre entier de secondes depuis le "
        "1er janvier 1970 (UTC), au plus {last} (31 décembre 2107, la dernière date d'un "
        "fichier zip)",
        "SOURCE_DATE_EPOCH = \"{value}\": expected a whole number of seconds since 1 January "
        "1970 (UTC), at most {last} (31 December 2107, the last date a zip file holds)"),
    "output-not-ours": (
        "{file} existe et n'a pas été écrit par barometre (ou a été modifié depuis) : "
        "refus de l'écraser ; choisissez un autre nom ou {force}",
        "{file} exists and was not written by barometre (or was changed since): refusing "
        "to overwrite it; choose another name or {force}"),
    "output-holds-answers": (
        "{file} est un classeur qui contient des réponses d'enquête : refus de le remplacer ; "
        "choisissez un autre nom ou {force}",
        "{file} is a workbook holding survey answers: refusing to replace it; choose another "
        "name or {force}"),
    "output-other-kind": (
        "{file} est un {have} de barometre, pas un {want} : refus de le remplacer ; "
        "choisissez un autre nom ou {force}",
        "{file} is a barometre {have}, not a {want}: refusing to replace it; choose another "
        "name or {force}"),
    "output-read-only": (
        "{file} est en lecture seule : refus de le remplacer ; choisissez un autre nom, "
        "rendez-le modifiable ou {force}",
        "{file} is read-only: refusing to replace it; choose another name, make it writable "
        "or {force}"),
    "output-unreadable": (
        "{file} : lecture refusée (droits d'accès) : ce qu'il contient ne peut être vérifié, "
        "refus de le remplacer ; choisissez un autre nom, rendez-le lisible ou {force}",
        "{file}: reading denied (permissions): what it holds cannot be checked, refusing to "
        "replace it; choose another name, make it readable or {force}"),
    "output-not-regular": (
        "{file} n'est pas un fichier ordinaire (un périphérique, un tube) : refus de le "
        "remplacer ; choisissez un autre nom",
        "{file} is not a regular file (a device, a pipe): refusing to replace it; choose "
        "another name"),
    "output-kind-report": ("rapport", "report"),
    "output-kind-template": ("modèle d'enquête", "survey template"),
    "output-not-replaced": (
        "impossible d'écrire {file} : le fichier est peut-être ouvert dans Excel ou LibreOffice, "
        "ou protégé ; fermez-le et relancez ({detail})",
        "cannot write {file}: the file may be open in Excel or LibreOffice, or protected; close "
        "it and run again ({detail})"),
    "output-folder-denied": (
        "impossible d'écrire {file} : le dossier {folder} n'accepte pas de nouveau fichier "
        "(protégé en écriture ?) ; choisissez un autre dossier ({detail})",
        "cannot write {file}: the folder {folder} takes no new file (write-protected?); choose "
        "another folder ({detail})"),
    "output-folder-failed": (
        "impossible d'écrire dans {folder} : {detail} ; choisissez un autre dossier pour {file}",
        "cannot write in {folder}: {detail}; choose another folder for {file}"),
    "output-parent-is-file": (
        "{parent} est un fichier, pas un dossier : impossible d'écrire {file}",
        "{parent} is a file, not a folder: cannot write {file}"),
    "output-open": (
        "{file} est ouvert dans {program}{who} (fichier de verrou {lock}) : refus de le remplacer "
        "tant qu'il est ouvert ; fermez-le et relancez, ou, si plus personne ne l'a ouvert (un verrou "
        "resté après un arrêt brutal), {force}",
        "{file} is open in {program}{who} (lock file {lock}): refusing to replace it while it "
        "is open; close it and run again, or, if nobody has it open any more (a lock left "
        "by a crash), {force}"),
    "output-open-who": (" par {who}", " by {who}"),
    "output-force-cli": ("ajoutez --force", "add --force"),
    "output-force-api": ("passez force=True", "pass force=True"),
    "output-extension": (
        "extension « {suffix} » non prise en charge pour {file} : attendu {expected}",
        "extension “{suffix}” not supported for {file}: expected {expected}"),
    "output-is-input": (
        "refus d'écrire sur le fichier d'entrée {path} : choisissez un autre nom de sortie",
        "refusing to write over the input file {path}: choose another output name"),
    "output-is-directory": ("{path} est un dossier : donnez un nom de fichier",
                            "{path} is a folder: give a file name"),
    # --- counting a survey (compare_survey, adoption, followers)
    "survey-type-absent": (
        "le fichier ne contient pas d'entités de type « {type} » (il contient : {have})",
        "the file holds no entity of type “{type}” (it holds: {have})"),
    "survey-no-year": ("aucun relevé de {year} dans le fichier ; années des relevés : {years}",
                       "no reading of {year} in the file; years of the readings: {years}"),
    "survey-no-year-undated": ("aucun relevé de {year} : le fichier ne date pas ses relevés",
                               "no reading of {year}: the file does not date its readings"),
    "survey-frame-columns": (
        "le tableau d'enquête n'a pas {columns} {missing} : attendu un tableau de "
        "barometre.read_survey ({expected})",
        "the survey frame has no {missing} {columns}: expected a frame of "
        "barometre.read_survey ({expected})"),
    "survey-frame-date": (
        "la colonne date du tableau d'enquête est de type {dtype}, pas des dates : relisez "
        "le fichier avec barometre.read_survey, ou un CSV avec read_csv(…, "
        "parse_dates=['date'])",
        "column date of the survey frame is {dtype}, not dates: read the file again with "
        "barometre.read_survey, or a CSV with read_csv(…, parse_dates=['date'])"),
    "survey-frame-text": (
        "la colonne {column} du tableau d'enquête est de type {dtype}, pas du texte : les codes "
        "INSEE sont du texte (« 01 », « 2A »), un nombre ne désigne aucune collectivité ; "
        "relisez le fichier avec barometre.read_survey, ou un CSV avec "
        "read_csv(…, dtype={{'{column}': str}})",
        "column {column} of the survey frame is {dtype}, not text: INSEE codes are text "
        "(“01”, “2A”), a number names no collectivity; read the file again with "
        "barometre.read_survey, or a CSV with read_csv(…, dtype={{'{column}': str}})"),
    # a frame's codes without their leading zero (astype(int).astype(str)): the reader puts
    # them back; a frame is refused for every function alike (_refuse_unpadded_codes)
    "survey-frame-code-zeros": (
        "des codes INSEE du tableau d'enquête ont perdu leur zéro initial ({codes}) : relisez "
        "le fichier avec barometre.read_survey, un CSV avec read_csv(…, dtype={{'code': "
        "str}}), ou remettez-les : survey[\"code\"] = survey[\"code\"].str.zfill({width})",
        "INSEE codes of the survey frame lost their leading zero ({codes}): read the file "
        "again with barometre.read_survey, a CSV with read_csv(…, dtype={{'code': str}}), or "
        "put them back: survey[\"code\"] = survey[\"code\"].str.zfill({width})"),
    # … each code as it is and as it was: « « 1 » pour « 01 » » (the first three), the others
    # counted; said as a list (messages.words_and: « a, b, c et 6 autres »)
    "survey-frame-code-lost": ("« {code} » pour « {padded} »", "“{code}” for “{padded}”"),
    "survey-frame-code-more": ("{n} autre{s}", "{n} more{s:|}"),
    # the values of a frame built by hand, checked as the reader checks a file's
    # (analysis.frame_check): the column, its values, its first rows, what is expected
    "survey-frame-code-blank": (
        "la colonne code du tableau d'enquête est vide ({rows}) : chaque relevé porte le code "
        "INSEE (le SIREN d'un EPCI) de son entité ; complétez-le, ou retirez ces lignes : "
        "survey.dropna(subset=[\"code\"])",
        "column code of the survey frame is blank ({rows}): each reading carries its "
        "entity's INSEE code (an EPCI's SIREN); fill it in, or drop these rows: "
        "survey.dropna(subset=[\"code\"])"),
    "survey-frame-code-unknown": (
        "la colonne code du tableau d'enquête a des codes d'aucune entité de type {type} "
        "({values} ; {rows}) : attendu les codes du référentiel, "
        "barometre.entities(\"{type_id}\")[\"code\"]{hint}",
        "column code of the survey frame has codes of no entity of type {type} "
        "({values}; {rows}): expected the codes of the reference, "
        "barometre.entities(\"{type_id}\")[\"code\"]{hint}"),
    "survey-frame-code-other-type": (
        " ; ce sont des codes de type {other} : la colonne collectivity_type dit-elle le bon "
        "type ?",
        "; they are codes of type {other}: does column collectivity_type say the right "
        "type?"),
    "survey-frame-type-unknown": (
        "la colonne collectivity_type du tableau d'enquête a des types inconnus ({values} ; "
        "{rows}) : attendu un identifiant de type de barometre ({expected})",
        "column collectivity_type of the survey frame has unknown types ({values}; {rows}): "
        "expected a type id of barometre ({expected})"),
    "survey-frame-platform-unknown": (
        "la colonne platform du tableau d'enquête a des réseaux inconnus ({values} ; {rows}) :"
        " attendu un identifiant de réseau de barometre ({expected}) ou son nom (« Facebook »,"
        " « Twitter »)",
        "column platform of the survey frame has unknown platforms ({values}; {rows}): "
        "expected a platform id of barometre ({expected}) or its name (“Facebook”, "
        "“Twitter”)"),
    "survey-frame-followers-negative": (
        "la colonne followers du tableau d'enquête a des nombres négatifs ({values} ; {rows})"
        " : attendu un nombre d'abonnés positif ou nul, vide (pd.NA) s'il est inconnu",
        "column followers of the survey frame has negative numbers ({values}; {rows}): "
        "expected a follower count of zero or more, blank (pd.NA) when unknown"),
    "survey-frame-followers-infinite": (
        "la colonne followers du tableau d'enquête a des nombres infinis ({rows}) : attendu "
        "un nombre d'abonnés entier, vide (pd.NA) s'il est inconnu",
        "column followers of the survey frame has infinite numbers ({rows}): expected a "
        "whole follower count, blank (pd.NA) when unknown"),
    # two readings of one entity × platform × year on one date in a frame (two surveys put
    # end to end): no figure picks one by row order (refuse_repeats)
    "survey-frame-conflict": (
        "le tableau d'enquête a {n} relevés de {name} sur {platform} {date} aux réponses "
        "différentes ({answers}){more} : deux enquêtes mises bout à bout (pd.concat) ? Un "
        "seul serait compté, choisi par l'ordre des lignes ; des vagues de dates "
        "différentes se lisent avec barometre.read_waves, sinon gardez un relevé par "
        "entité, réseau et date",
        "the survey frame has {n} readings of {name} on {platform} {date} with different "
        "answers ({answers}){more}: two surveys put end to end (pd.concat)? Only one would "
        "be counted, picked by row order; waves of different dates are read with "
        "barometre.read_waves, otherwise keep one reading per entity, platform and date"),
    "survey-frame-repeat": (
        "le tableau d'enquête a {n} fois le même relevé de {name} sur {platform} {date} "
        "({answers}){more} : le même tableau mis deux fois bout à bout (pd.concat) ? Gardez "
        "un relevé par entité, réseau et date (drop_duplicates)",
        "the survey frame has the same reading of {name} on {platform} {date} {n} times "
        "({answers}){more}: the same frame put twice end to end (pd.concat)? Keep one "
        "reading per entity, platform and date (drop_duplicates)"),
    "survey-frame-repeat-more": (
        " ; et {n} autres entités × réseaux × dates relevées plusieurs fois",
        "; and {n} more entities × platforms × dates read several times"),
    "survey-frame-on": ("le {date}", "on {date}"),
    "survey-frame-undated": ("sans date", "with no date"),
    "survey-frame-answer": ("{answer}", "{answer}"),
    "survey-frame-answer-count": ("{answer} à {n} abonnés", "{answer} with {n} followers"),
    "survey-frame-not-waves": (
        "ce tableau n'a pas de vagues (colonne wave_label) : passez le tableau de "
        "barometre.read_waves, ou survey_waves(survey) (barometre.analysis.waves) pour les "
        "vagues d'un tableau de read_survey",
        "this frame has no waves (column wave_label): pass the frame of barometre.read_waves, "
        "or survey_waves(survey) (barometre.analysis.waves) for the waves of a frame of "
        "read_survey"),
    "figures-readings": (
        "attendu des chiffres d'adoption (barometre.adoption(survey), barometre.compare…), "
        "pas les relevés d'une enquête : write_report(fichier, barometre.adoption(survey), "
        "survey=survey)",
        "expected adoption figures (barometre.adoption(survey), barometre.compare…), not the "
        "readings of a survey: write_report(file, barometre.adoption(survey), survey=survey)"),
    "figures-columns": (
        "attendu des chiffres d'adoption (barometre.adoption, barometre.compare…) : il manque "
        "{missing} (colonnes : {expected})",
        "expected adoption figures (barometre.adoption, barometre.compare…): {missing} missing "
        "(columns: {expected})"),
    "figures-not-frame": (
        "attendu des chiffres d'adoption (DataFrame de barometre.adoption ou "
        "barometre.compare), pas un {kind}",
        "expected adoption figures (a DataFrame of barometre.adoption or barometre.compare), "
        "not a {kind}"),
    "survey-frame-not-frame": (
        "attendu un tableau d'enquête (DataFrame de barometre.read_survey), pas un {kind}",
        "expected a survey frame (a DataFrame of barometre.read_survey), not a {kind}"),
    "survey-type-none": ("aucune entité du type demandé dans le fichier",
                         "no entity of the requested type in the file"),
    # a frame of several types counted without type= (an Annuaire export read whole): one
    # share over régions and communes, or région 44 taken for département 44, is no figure
    # codes two types read alike, no type= (analysis.survey.refuse_tied_type)
    "survey-type-tie": (
        "{n} code{s} lisible{s} aussi bien comme code{s} {of_chosen} que {of_other} : "
        "précisez type=\"{chosen_id}\" si ce sont des {chosen}, type=\"{other_id}\" si ce "
        "sont des {other} (ici ou à read_survey), ou ajoutez une colonne de noms",
        "{n} code{s} readable as code{s} {of_chosen} as well as {of_other}: pass "
        "type=\"{chosen_id}\" if they are {chosen}, type=\"{other_id}\" if they are {other} "
        "(here or to read_survey), or add a name column"),
    "survey-type-tie-said": ("type= manquant : {said}", "type= missing: {said}"),
    "survey-types-mixed": (
        "le tableau mêle plusieurs types de collectivités : {types} ; une part se compte sur "
        "un type : précisez lequel avec type=, type=\"{first}\" par exemple",
        "the frame mixes several types of authorities: {types}; a share is counted over one "
        "type: say which with type=, type=\"{first}\" for instance"),
    # write_report of a frame of several types beside figures of none or several of them
    "report-types-mixed": (
        "le tableau d'enquête mêle plusieurs types de collectivités : {types} ; le rapport en "
        "montre un : lisez-le avec barometre.read_survey(…, type=\"{first}\") par exemple, et "
        "comptez ses chiffres avec barometre.adoption(survey)",
        "the survey frame mixes several types of authorities: {types}; the report shows one: "
        "read it with barometre.read_survey(…, type=\"{first}\") for instance, and count its "
        "figures with barometre.adoption(survey)"),
    # reached from Python only (the CLI's --by is a choice): the parameter's name
    "survey-by-unknown": ("by=« {value} » inconnu : attendu « strate » ou « category »",
                          "unknown by=“{value}”: expected “strate” or “category”"),
    # by="category" (compare --by category): the categories of intercommunalités only;
    # said without the flag: the library says it too
    "survey-by-category-not-epci": (
        "découpage par catégorie (CC, CA, CU, métropoles) : réservé aux intercommunalités "
        "(type epci) ; ce fichier est de type « {type} »",
        "split by category (CC, CA, CU, métropoles): for intercommunalités only (type "
        "epci); this file is of type “{type}”"),
    "survey-by-category-vs": (
        "le découpage par catégorie ne se combine pas avec d'autres types (les catégories "
        "d'un seul type, les intercommunalités)",
        "the split by category does not combine with other types (the categories of one "
        "type, the intercommunalités)"),
    "survey-communes-need-frame": (
        "type « {type} » : choisir des communes demande le tableau des relevés (read_survey), "
        "pas les relevés codés",
        "type “{type}”: choosing communes needs the table of readings (read_survey), not "
        "the coded readings"),
    "survey-vs-needs-frame": (
        "vs= demande le tableau des relevés (read_survey), pas les relevés codés",
        "vs= needs the table of readings (read_survey), not the coded readings"),
    "survey-present-not-answer": (
        "colonne present : « {value} » n'est pas une réponse (attendu True, False ou vide, "
        "comme read_survey les donne)",
        "column present: “{value}” is not an answer (expected True, False or blank, as "
        "read_survey gives them)"),
    "survey-no-followers": ("aucun nombre d'abonnés dans le fichier",
                            "no follower count in the file"),
}
