"""Reading survey files: hostile and unusual inputs (encodings, columns, counts, sizes).

Codes follow the frictionless style (``type-error``, ``duplicate-column``…); each is the
``code`` of a :class:`~barometre.survey.problems.Problem` or of an ``InputFileError``.
"""

MESSAGES = {
    # problem cap
    "more-errors": ("… et {n} autre{s} erreur{s} non détaillée{s}{of}",
                    "… and {n} more error{s} not listed{of}"),
    "more-warnings": ("… et {n} autre{s} avertissement{s} non détaillé{s}{of}",
                      "… and {n} more warning{s} not listed{of}"),
    # their codes, largest count first: " (dont 3 000 date-invalid, 500 unknown-code)"
    "more-of": (" (dont {items})", " (of which {items})"),
    "more-of-code": ("{n} {code}", "{n} {code}"),
    "more-of-one": (" ({code})", " ({code})"),
    # follower counts
    "count-not-integer": (
        "pas un nombre entier d'abonnés (un décimal ? « 12,5 » se lit douze et demi) : "
        "attendu un entier comme 12 345",
        "not a whole number of followers (a decimal? “12,5” reads twelve and a half): "
        "expected an integer such as 12345"),
    "count-is-date": (
        "une date, pas un nombre d'abonnés (la date du relevé dans la mauvaise colonne ?) : "
        "attendu un entier comme 12 345",
        "a date, not a number of followers (the reading's date in the wrong column?): "
        "expected an integer such as 12345"),
    "count-bad-grouping": (
        "chiffres mal groupés : après un espace, les milliers vont par trois chiffres "
        "(« 1 234 », « 12 345 ») ; nombre non lu (un séparateur mal placé, ou deux nombres ?)",
        "digits wrongly grouped: after a space, thousands go by three digits (“1 234”, "
        "“12 345”); number not read (a misplaced separator, or two numbers?)"),
    "count-split-by-control": (
        "chiffres séparés par un retour à la ligne ou une tabulation : nombre non lu (deux "
        "nombres, ou un collage à reprendre ? les milliers se séparent par une espace, "
        "« 12\u202f345 »)",
        "digits split by a line break or a tab: number not read (two numbers, or a paste to "
        "redo? thousands are separated by a space, “12\u202f345”)"),
    "cell-excel-error": (
        "erreur de formule Excel : cellule non lue (corrigez la formule ou saisissez la "
        "valeur dans le classeur)",
        "Excel formula error: cell not read (fix the formula or type the value in the "
        "workbook)"),
    "count-invalid": ("attendu un nombre entier positif d'abonnés (ex. 12 345), ou une cellule "
                      "vide si le nombre est inconnu",
                      "expected a positive whole number of followers (e.g. 12345), or a blank "
                      "cell if the count is unknown"),
    # once per file: counts like « 3?614 » (a narrow no-break space lost to cp1252)
    "count-lost-separator": (
        "des nombres d'abonnés ont un « ? » à la place de l'espace des milliers (« {example} ») :"
        " le séparateur de milliers a été perdu à l'enregistrement (encodage) : enregistrez en "
        "« CSV UTF-8 », ou ôtez le format de nombre avec séparateur",
        "follower counts have a “?” where the thousands space was (“{example}”): the "
        "thousands separator was lost when the file was saved (encoding): save it as “CSV "
        "UTF-8”, or remove the number format with a separator"),
    # a sign before a count: a change over a period (« +1 200 abonnés cette année »)
    "count-negative": (
        "nombre d'abonnés négatif (une évolution, « −200 abonnés cette année » ?) : attendu "
        "le nombre d'abonnés, sans signe",
        "negative follower count (a change, “−200 followers this year”?): expected the "
        "number of followers, without a sign"),
    "count-signed": (
        "un signe + devant le nombre (une évolution, « +1\u202f200 abonnés cette année » ?) : "
        "attendu le nombre d'abonnés, sans signe",
        "a + sign before the number (a change, “+1,200 followers this year”?): expected the "
        "number of followers, without a sign"),
    "count-not-finite": ("nombre d'abonnés infini ou indéfini : attendu un entier comme 12 345",
                         "infinite or undefined follower count: expected an integer such as 12345"),
    "count-too-large": (
        "nombre d'abonnés invraisemblable (plus de {max}) : vérifiez la cellule",
        "implausible follower count (more than {max}): check the cell"),
    "count-ambiguous": (
        "« {value} » lu comme {read} abonnés (virgule prise pour un séparateur de milliers, "
        "la colonne ne contient que des entiers) ; écrivez {plain} pour lever le doute",
        "“{value}” read as {read} followers (comma taken as a thousands separator, the column "
        "holds only whole numbers); write {plain} to remove the doubt"),
    "count-dot-thousands": (
        "« {value} » lu comme {read} abonnés (point pris pour un séparateur de milliers, "
        "la colonne ne contient que des entiers) ; écrivez {plain} pour lever le doute",
        "“{value}” read as {read} followers (dot taken as a thousands separator, the column "
        "holds only whole numbers); write {plain} to remove the doubt"),
    # more than 5 cells of a column with one of the notes of a count (survey.cells.
    # _grouped_notes): what the note says of one cell, said of them all, the first as example
    "count-grouped-ambiguous": (
        "{n} nombres d'abonnés ({rows}) lus avec la virgule comme séparateur de milliers, la "
        "colonne ne contenant que des entiers (le premier « {value} » lu comme {read}) : "
        "écrivez-les sans virgule pour lever le doute",
        "{n} follower counts ({rows}) read with the comma as a thousands separator, the "
        "column holding only whole numbers (the first “{value}” read as {read}): write them "
        "without the comma to remove the doubt"),
    "count-grouped-dot-thousands": (
        "{n} nombres d'abonnés ({rows}) lus avec le point comme séparateur de milliers, la "
        "colonne ne contenant que des entiers (le premier « {value} » lu comme {read}) : "
        "écrivez-les sans point pour lever le doute",
        "{n} follower counts ({rows}) read with the dot as a thousands separator, the column "
        "holding only whole numbers (the first “{value}” read as {read}): write them without "
        "the dot to remove the doubt"),
    "count-grouped-unit": (
        "{n} nombres d'abonnés suivis d'un mot ({rows}) lus sans ce mot (le premier "
        "« {value} » lu comme {read}) : écrivez les nombres seuls dans les cellules",
        "{n} follower counts followed by a word ({rows}) read without the word (the first "
        "“{value}” read as {read}): write the numbers alone in the cells"),
    "count-grouped-abbreviated": (
        "{n} nombres abrégés ({rows}) lus comme des valeurs arrondies (le premier « {value} » "
        "lu comme {read}) : donnez les nombres exacts si vous les avez",
        "{n} abbreviated numbers ({rows}) read as rounded values (the first “{value}” read "
        "as {read}): give the exact numbers if you have them"),
    "count-abbreviated": (
        "nombre abrégé « {value} » lu comme {read} : valeur arrondie, donnez le nombre exact "
        "si vous l'avez",
        "abbreviated number “{value}” read as {read}: a rounded value, give the exact number "
        "if you have it"),
    # « ١٢٣ », « １２３ »: digits other than 0-9, read as their digits (values.read_count)
    "count-digits-not-ascii": (
        "« {value} » lu comme {read} : des chiffres autres que 0-9 (arabes orientaux, pleine "
        "chasse…) ; écrivez {plain}",
        "“{value}” read as {read}: digits other than 0-9 (Arabic-Indic, full-width…); write "
        "{plain}"),
    "count-grouped-digits-not-ascii": (
        "{n} nombres d'abonnés écrits avec des chiffres autres que 0-9 ({rows}) lus comme "
        "leurs chiffres (le premier « {value} » lu comme {read}) : écrivez-les en chiffres 0-9",
        "{n} follower counts written with digits other than 0-9 ({rows}) read as their digits "
        "(the first “{value}” read as {read}): write them with the digits 0-9"),
    "count-unit": (
        "« {value} » lu comme {read} abonnés (le mot après le nombre laissé de côté) ; écrivez "
        "{plain} seul dans la cellule",
        "“{value}” read as {read} followers (the word after the number left aside); write "
        "{plain} alone in the cell"),
    # one line per column (survey.cells.followers_with_problems)
    "count-not-given": (
        "{n} nombre{s} d'abonnés dit{s} inconnu{s} ({texts}) lu{s} comme manquant{s}, une "
        "cellule vide ({rows})",
        "{n} follower count{s} said to be unknown ({texts}) read as missing, a blank cell "
        "({rows})"),
    "count-implausible-population": (
        "{followers} abonnés pour {population} habitants ({name}) : vérifiez le code ou le "
        "nombre",
        "{followers} followers for {population} inhabitants ({name}): check the code or the "
        "number"),
    # a région's, département's, EPCI's count above its population (cells.implausible_followers)
    "count-above-population": (
        "{followers} abonnés pour {population} habitants ({name}) : plus d'abonnés que "
        "d'habitants, vérifiez le nombre (« 1,2 M » tapé pour « 1,2 k » ?) ou le code",
        "{followers} followers for {population} inhabitants ({name}): more followers than "
        "inhabitants, check the number (“1.2M” typed for “1.2k”?) or the code"),
    # a count far above the file's others (cells.outlier_followers)
    "count-outlier": (
        "{followers} abonnés pour {population} habitants ({name}), soit {per1000} pour "
        "1\u202f000 habitants : plus de {factor} fois la médiane du fichier sur {platform} "
        "({median} pour 1\u202f000 habitants) ; vérifiez le nombre",
        "{followers} followers for {population} inhabitants ({name}), {per1000} per 1,000 "
        "inhabitants: more than {factor} times the file's median on {platform} ({median} "
        "per 1,000 inhabitants); check the number"),
    # a file's population column (entities.population_column_problem): never read
    "population-column-ignored": (
        "populations du fichier non lues : les chiffres pour 1\u202f000 habitants utilisent "
        "celles de la référence, {source}{notes}",
        "the file's populations are not read: per-1,000-inhabitant figures use the "
        "reference's, {source}{notes}"),
    "population-column-differs": (
        "populations du fichier à plus de 10 % de celles de la référence sur {n} ligne{s} "
        "({rows} ; {example}) : non lues, les chiffres pour 1\u202f000 habitants utilisent "
        "celles de la référence, {source}{notes}",
        "the file's populations differ from the reference's by more than 10% on {n} "
        "line{s} ({rows}; {example}): not read, per-1,000-inhabitant figures use the "
        "reference's, {source}{notes}"),
    # what else the population column says: cells that are no whole number, thousands
    "population-column-notes": (" ; {items}", "; {items}"),
    "population-column-unreadable": (
        "{k} cellule{ks} illisible{ks} comme nombre entier, non comparée{ks}",
        "{k} cell{ks} not readable as a whole number, not compared"),
    # a column in thousands (« 679,3 » for the Ain's 679 344): said alone, not as far rows
    # and cells not read beside it
    "population-column-thousands": (
        "{which} semblent en milliers ({example}) : non lues, les chiffres pour 1\u202f000 "
        "habitants utilisent celles de la référence, {source}",
        "{which} seem to be in thousands ({example}): not read, per-1,000-inhabitant "
        "figures use the reference's, {source}"),
    "population-column-thousands-all": ("les {k} populations du fichier",
                                        "the file's {k} populations"),
    "population-column-thousands-some": ("{k} des {total} populations du fichier",
                                         "{k} of the file's {total} populations"),
    "population-column-thousands-example": ("{name} : {given} pour {reference}",
                                            "{name}: {given} for {reference}"),
    "population-column-example": ("{name} : {given} dans le fichier, {reference} dans la "
                                  "référence",
                                  "{name}: {given} in the file, {reference} in the reference"),
    # dates and years
    "date-invalid": ("attendu une date comme 15/10/2025", "expected a date such as 15/10/2025"),
    # the same code for a date whose month has no such day (« 31/11/2026 »)
    "date-no-such-day": (
        "le {day} {month} {year} n'existe pas ({month} {year} a {days} jours) : attendu une "
        "date réelle comme 15/10/2025",
        "{month} {day}, {year} does not exist ({month} {year} has {days} days): expected a "
        "real date such as 15/10/2025"),
    # the same code for a month or a year without its day ("janv. 2025", "2025"); a blank
    # date cell takes the wave's date, which --date gives
    "date-without-day": (
        "date sans jour : attendu une date complète comme 15/10/2025, le jour du relevé, "
        "ou une cellule vide et ce jour donné par {opt:--date|date=} (l'année seule va dans une "
        "colonne « Année »)",
        "a date without a day: expected a full date such as 15/10/2025, the day of the "
        "reading, or a blank cell and that day given by {opt:--date|date=} (a year alone goes in a "
        "“Year” column)"),
    # the same code for a workbook's date cell of a number below 0 (Excel shows « ##### »;
    # openpyxl read a day of 1899, calamine a time of day) or a time alone (a cell of 0,
    # which Excel shows 00/01/1900 as a date, or of a fraction): no day of the reading
    "date-serial-negative": (
        "nombre négatif : aucun jour (au format date, Excel l'affiche « ##### ») ; attendu "
        "une date comme 15/10/2025",
        "a negative number: no day (formatted as a date, Excel shows it as “#####”); "
        "expected a date such as 15/10/2025"),
    "date-time-only": (
        "une heure sans jour (une cellule de date à 0, qu'Excel affiche 00/01/1900, ou une "
        "heure seule) : attendu une date comme 15/10/2025",
        "a time without a day (a date cell of 0, which Excel shows as 00/01/1900, or a time "
        "alone): expected a date such as 15/10/2025"),
    # Unicode noncharacters (U+FFFF, U+FFFE, U+FDD0…: never text) removed from the cells
    # read (survey.noncharacters), one warning per column, and from a header cell
    "noncharacter-removed": (
        "{n} cellule{s} avec un caractère non valide (réservé par Unicode, jamais du texte : "
        "un export défectueux ?), retiré : « {value} » lu « {read} » ({rows})",
        "{n} cell{s} holding an invalid character (reserved by Unicode, never text: a "
        "faulty export?), removed: “{value}” read “{read}” ({rows})"),
    "noncharacter-removed-header": (
        "en-tête avec un caractère non valide (réservé par Unicode, jamais du texte), "
        "retiré : « {value} » lu « {read} »",
        "a header holding an invalid character (reserved by Unicode, never text), removed: "
        "“{value}” read “{read}”"),
    # control characters that are no whitespace (U+0001, DEL, C1…: invisible) removed
    # from the cells read (survey.noncharacters), one warning per column, and from a header
    "control-character-removed": (
        "{n} cellule{s} avec un caractère de contrôle (invisible, jamais du texte : un "
        "export ou un copier-coller défectueux ?), retiré : « {value} » lu « {read} » ({rows})",
        "{n} cell{s} holding a control character (invisible, never text: a faulty export "
        "or paste?), removed: “{value}” read “{read}” ({rows})"),
    "control-character-removed-header": (
        "en-tête avec un caractère de contrôle (invisible, jamais du texte), retiré : "
        "« {value} » lu « {read} »",
        "a header holding a control character (invisible, never text), removed: "
        "“{value}” read “{read}”"),
    # invisible format characters (soft hyphen, zero-width space, bidirectional marks, a
    # BOM inside a text, variation selectors, tag characters, an emoji's keycap…) removed
    # from the cells the reader interprets, and their headers
    "invisible-character-removed": (
        "{n} cellule{s} avec un caractère invisible (espace sans largeur, trait d'union "
        "conditionnel, marque de sens d'écriture, sélecteur de variante ou touche d'un "
        "emoji : un copier-coller d'une page web ou d'un traitement de texte ?), retiré : "
        "« {value} » lu « {read} » ({rows})",
        "{n} cell{s} holding an invisible character (zero-width space, soft hyphen, "
        "text direction mark, emoji variation selector or keycap: pasted from a web page "
        "or a word processor?), removed: “{value}” read “{read}” ({rows})"),
    "invisible-character-removed-header": (
        "en-tête avec un caractère invisible (espace sans largeur, trait d'union "
        "conditionnel, marque de sens d'écriture, sélecteur de variante ou touche d'un emoji), "
        "retiré : « {value} » lu « {read} »",
        "a header holding an invisible character (zero-width space, soft hyphen, text "
        "direction mark, emoji variation selector or keycap), removed: “{value}” read “{read}”"),
    # the same code in a column read month first (dates-month-first)
    "date-invalid-month-first": ("attendu une date comme 10/15/2025 (colonne lue mois d'abord)",
                                 "expected a date such as 10/15/2025 (column read month first)"),
    # a column of numeric dates written month first (a file exported with a US locale)
    "dates-month-first": (
        "{n} date{s} lue{s} mois d'abord, à l'américaine : « {value} » (ligne {row}) n'a pas "
        "de mois {month} et aucune ne se lit seulement jour d'abord{ambiguous}",
        "{n} date{s} read month first, US style: “{value}” (line {row}) has no month {month} "
        "and none reads day first only{ambiguous}"),
    # a column whose dates all read both ways, in a file whose other date columns are
    # month first and where no date reads day first only
    "dates-month-first-like": (
        "{n} date{s} lue{s} mois d'abord comme la colonne « {column} » : « {value} » "
        "(ligne {row}) n'a pas de mois {month} et aucune date du fichier ne se lit seulement "
        "jour d'abord{ambiguous}",
        "{n} date{s} read month first, as column “{column}” is: “{value}” (line {row}) has no "
        "month {month} and no date of the file reads day first only{ambiguous}"),
    # a column mostly of month-first-only dates, with some day-first-only ones (errors)
    "dates-month-first-most": (
        "{n} date{s} lue{s} mois d'abord, à l'américaine, comme la plupart : {most} ne se "
        "lisent que mois d'abord (« {value} », ligne {row} : pas de mois {month}), {few} que "
        "jour d'abord, en erreur{ambiguous}",
        "{n} date{s} read month first, US style, as most are: {most} read month first only "
        "(“{value}”, line {row}: no month {month}), {few} day first only, in error{ambiguous}"),
    # the ambiguous dates of a column read day first that mixes day-first-only and
    # month-first-only dates (normalize._DateOrder.mixed_day_first)
    "dates-day-first-mixed": (
        "{n} date{s} ambiguë{s} lue{s} jour d'abord sans certitude : la colonne mêle les "
        "deux ordres (« {value} », ligne {row}, ne se lit que mois d'abord) ; une autre date "
        "si lue{s} mois d'abord ({rows})",
        "{n} ambiguous date{s} read day first without certainty: the column mixes both "
        "orders (“{value}”, line {row}, reads month first only); another date if read month "
        "first ({rows})"),
    # a column of ambiguous dates only, read day first, in a file that looks like a US export
    "dates-day-first-assumed": (
        "{n} date{s} ambiguë{s} lue{s} jour d'abord, à la française, sans certitude : aucune "
        "date du fichier ne tranche (« {value} », ligne {row} : le {day_first} jour d'abord, le "
        "{month_first} mois d'abord) et le fichier a l'allure d'un export américain "
        "({cues}) ; {opt:--date-order mdy|date_order=\"mdy\"} si les dates sont écrites mois "
        "d'abord, {opt:--date-order dmy|date_order=\"dmy\"} pour confirmer",
        "{n} ambiguous date{s} read day first, French style, without certainty: no date of "
        "the file settles the order (“{value}”, line {row}: {day_first} day first, {month_first} "
        "month first) and the file looks like a US export ({cues}); "
        "{opt:--date-order mdy|date_order=\"mdy\"} if the dates are written month first, "
        "{opt:--date-order dmy|date_order=\"dmy\"} to confirm"),
    "us-cue-comma": ("séparateur virgule, dates sans zéro initial",
                     "comma separator, dates without leading zeros"),
    "us-cue-true-false": ("réponses TRUE/FALSE", "TRUE/FALSE answers"),
    "dates-month-first-ambiguous": (
        " ; {k} date{s} ambiguë{s} (une autre date si lue{s} jour d'abord : {rows})",
        "; {k} ambiguous date{s} (another date if read day first: {rows})"),
    "date-mixed-order": (
        "date impossible jour d'abord : la colonne mêle jour d'abord (« {day_first} », "
        "ligne {row}) et mois d'abord ; attendu une date comme 15/10/2025",
        "is not a valid day-first date: the column mixes day-first (“{day_first}”, line {row}) "
        "and month-first dates; expected a date such as 15/10/2025"),
    # a day-first-only date in a column read month first as most of its dates
    "date-mixed-order-month-first": (
        "date impossible mois d'abord : la colonne, lue mois d'abord comme la plupart de ses "
        "dates (« {month_first} », ligne {row}), en mêle d'écrites jour d'abord ; attendu une "
        "date comme 10/15/2025",
        "is not a valid month-first date: the column, read month first as most of its dates "
        "are (“{month_first}”, line {row}), mixes in day-first ones; expected a date such "
        "as 10/15/2025"),
    # numbers of a workbook's date column read as Excel serial dates (normalize._serial_dates)
    "date-serial": (
        "{n} nombre{s} lu{s} comme date{s} Excel (numéro de série du jour{system} ; une "
        "fraction est l'heure, ignorée) : « {shown} » → {date} ({rows})",
        "{n} number{s} read as Excel date{s} (the day's serial number{system}; a fraction is "
        "the time of day, dropped): “{shown}” → {date} ({rows})"),
    "date-serial-1904": (", calendrier 1904 du classeur", ", the workbook's 1904 date system"),
    "date-out-of-range": (
        "date hors période : attendu entre {first} et aujourd'hui",
        "date out of range: expected between {first} and today"),
    "year-invalid": ("attendu une année comme 2025", "expected a year such as 2025"),
    "year-out-of-range": ("année hors période : attendu entre {first} et {last}",
                          "year out of range: expected between {first} and {last}"),
    "presence-invalid": (
        "attendu Oui/Non (ou O/N, x, 1/0, vrai/faux, une URL ou un @compte)",
        "expected “Oui”/“Non” or Yes/No (or O/N, Y/N, x, 1/0, vrai/faux, true/false, a URL or an "
        "@account)"),
    # a presence column whose cells are mostly numbers (« Facebook » over « 98 765 »):
    # follower counts under a header read as presence, said once (normalize._presence_counts)
    "presence-counts": (
        "colonne de présence (Oui/Non) dont les cellules sont surtout des nombres : des "
        "nombres d'abonnés ? {n} nombre{s} non lu{s} (ex. « {value} » ; {rows}) ; {where}",
        "presence column (Yes/No) whose cells are mostly numbers: follower counts? {n} "
        "number{s} not read (e.g. “{value}”; {rows}); {where}"),
    "presence-counts-header": (
        "intitulez la colonne {followers} pour les lire comme abonnés",
        "head the column {followers} to read them as followers"),
    "presence-counts-column": (
        "leur place est dans la colonne « {column} »",
        "they belong in the column “{column}”"),
    # the opposite: a followers column whose counts are all 0 or 1 (a presence column)
    "followers-zero-one": (
        "colonne d'abonnés dont les {n} nombre{s} sont tous 0 ou 1 (ex. « {value} » ; "
        "{rows}) : une présence (1 = oui, 0 = non) sous un en-tête d'abonnés ? Lus comme "
        "des nombres d'abonnés (0 ou 1 abonné) ; {where}",
        "followers column whose {n} number{s} are all 0 or 1 (e.g. “{value}”; {rows}): a "
        "presence (1 = yes, 0 = no) under a followers header? Read as follower counts "
        "(0 or 1 follower); {where}"),
    "followers-zero-one-header": (
        "si c'est la présence, intitulez la colonne {presence}",
        "if it is presence, head the column {presence}"),
    "followers-zero-one-column": (
        "si c'est la présence, la colonne « {column} » la dit déjà : retirez celle-ci",
        "if it is presence, the column “{column}” already says it: remove this one"),
    # columns
    "duplicate-column": (
        "deux colonnes pour {what} : « {first} » et « {second} » ; gardez-en une (ou "
        "renommez l'autre) pour que l'on sache laquelle lire",
        "two columns for {what}: “{first}” and “{second}”; keep one (or rename the other) "
        "so that it is clear which one to read"),
    "duplicate-column-misspelt": (
        "« {word} » mal écrit ? ({right}) : « {column} » se lit comme {what}, à côté de "
        "« {other} » ; corrigez l'en-tête pour que l'on sache quelle colonne lire",
        "“{word}” misspelt? ({right}): “{column}” reads as {what}, beside “{other}”; correct "
        "the header so that it is clear which column to read"),
    "duplicate-column-same": (
        "deux colonnes « {header} » pour {what} (colonnes {first} et {second} de l'en-tête) ; "
        "gardez-en une (ou renommez l'autre) pour que l'on sache laquelle lire",
        "two “{header}” columns for {what} (header columns {first} and {second}); keep one "
        "(or rename the other) so that it is clear which one to read"),
    "unknown-column": ("colonne non reconnue (ni réseau ni champ connu) : ignorée",
                       "column not recognised (neither a platform nor a known field): ignored"),
    # the rows: a note typed after the last column, or a row shifted by a « ; » too many
    "unnamed-column": ("{n} valeur{s} sous un en-tête vide (colonne {position}, {rows}) : "
                       "ignorée{s}",
                       "{n} value{s} under a blank header (column {position}, {rows}): "
                       "ignored"),
    "ignored-column": ("colonne ignorée : {why}", "column ignored: {why}"),
    "type-guessed": (
        "type deviné : {chosen} ({n} code{s}, lisible{s} aussi comme code{s} {of_other}) ; "
        "précisez {opt:--type {other_id}|type=\"{other_id}\"} si ce sont des {other} "
        "({opt:--type {chosen_id}|type=\"{chosen_id}\"} pour confirmer), ou ajoutez une colonne de noms",
        "type guessed: {chosen} ({n} code{s}, also readable as code{s} {of_other}); give "
        "{opt:--type {other_id}|type=\"{other_id}\"} if they are {other} "
        "({opt:--type {chosen_id}|type=\"{chosen_id}\"} to confirm), or add a "
        "name column"),
    # the same, beside a name column whose names designate neither reading's entities more
    "type-guessed-named": (
        "type deviné : {chosen} ({n} code{s}, lisible{s} aussi comme code{s} {of_other} ; "
        "les noms de « {names} » ne tranchent pas) ; précisez "
        "{opt:--type {other_id}|type=\"{other_id}\"} si ce sont des {other} "
        "({opt:--type {chosen_id}|type=\"{chosen_id}\"} pour confirmer)",
        "type guessed: {chosen} ({n} code{s}, also readable as code{s} {of_other}; the names "
        "in “{names}” do not decide); give {opt:--type {other_id}|type=\"{other_id}\"} if "
        "they are {other} ({opt:--type {chosen_id}|type=\"{chosen_id}\"} to confirm)"),
    "entity-column-chosen": (
        "entités lues dans « {chosen} » (villes préfectures), non dans « {other} » ; si "
        "l'enquête porte sur la colonne « {other} », précisez {opt:--type {type}|type=\"{type}\"}",
        "entities read from “{chosen}” (prefecture cities), not from “{other}”; if the survey "
        "is about the “{other}” column, give {opt:--type {type}|type=\"{type}\"}"),
    "why-creation-date": (
        "date de création d'un compte, pas la date du relevé",
        "creation date of an account, not the date of the reading"),
    "why-in-thousands": ("nombres en milliers, pas d'abonnés", "numbers in thousands, not followers"),
    "why-activity": ("mesure d'activité ou d'engagement (publications, vues, taux "
                     "d'engagement…), ni présence ni abonnés",
                     "activity or engagement measure (posts, views, engagement rate…), "
                     "neither presence nor followers"),
    "why-per-capita": ("nombre rapporté à la population, pas le nombre d'abonnés (ni présence "
                       "ni abonnés ; barometre calcule les abonnés pour 1\u202f000 habitants)",
                       "a number relative to the population, not the number of followers "
                       "(neither presence nor followers; barometre computes followers per 1,000 "
                       "inhabitants)"),
    "why-growth": ("évolution du nombre d'abonnés, pas le nombre (ni présence ni abonnés)",
                   "change in the number of followers, not the number (neither presence nor "
                   "followers)"),
    "why-comment": ("commentaire libre sur {platform}, non lu (ni présence, ni compte, ni "
                    "abonnés)",
                    "free-text comment on {platform}, not read (neither presence, account nor "
                    "followers)"),
    "why-comment-any": ("commentaire libre, non lu", "free-text comment, not read"),
    # « Facebook - remarques » over numbers: a remark by its header, not read, said with a cell
    # (survey.headers.comments_reading): follower counts put there would be lost unsaid
    "why-comment-numbers": (
        "commentaire libre sur {platform} d'après son en-tête, non lu (ni présence, ni compte, "
        "ni abonnés), mais la plupart de ses cellules sont des nombres (ex. « {example} ») : "
        "si ce sont des abonnés, nommez la colonne {followers}",
        "free-text comment on {platform} by its header, not read (neither presence, account "
        "nor followers), but most of its cells are numbers (e.g. “{example}”): if they are "
        "followers, name the column {followers}"),
    # « Facebook - commentaires »: remarks or a count of comments, its cells decided
    # (survey.headers.comments_reading)
    "why-comments-text": (
        "commentaires libres sur {platform} (la plupart de ses cellules sont du texte, ex. "
        "« {example} »), non lus : ni présence, ni compte, ni abonnés, ni nombre de "
        "commentaires",
        "free-text comments on {platform} (most of its cells are text, e.g. “{example}”), not "
        "read: neither presence, account, followers nor number of comments"),
    "why-comments-count": (
        "nombre de commentaires sur {platform} (la plupart de ses cellules sont des nombres, "
        "ex. « {example} ») : mesure d'activité, non lue, ni présence ni abonnés",
        "number of comments on {platform} (most of its cells are numbers, e.g. “{example}”): "
        "an activity measure, not read, neither presence nor followers"),
    "why-generic-presence": (
        "présence sur « les réseaux sociaux » en général : les colonnes par réseau suffisent",
        "presence on “social networks” in general: the per-platform columns are enough"),
    # a long file reads one column per role on every row (survey.layout._long_roles)
    "why-long-other-column": (
        "fichier long, la colonne « {column} » est lue pour chaque réseau",
        "long file, column “{column}” is read for every platform"),
    "column-platform-other-rows": (
        "colonne de {platform} lue sur chaque ligne d'un fichier long : {n} cellule{s} "
        "remplie{s} sur des lignes d'autres réseaux ({rows}), lue{s} pour ces réseaux ; si "
        "elle vaut pour tous, retirez {platform} de son en-tête",
        "a {platform} column read on every row of a long file: {n} filled cell{s} on rows "
        "of other platforms ({rows}), read for those platforms; if it holds for every "
        "platform, take {platform} out of its header"),
    # a role read per platform in a long file (one column per platform): the column of
    # another platform's row is not read there
    "column-platform-other-rows-unread": (
        "colonne de {platform} d'un fichier long, lue sur les lignes {platform} seulement : "
        "{n} cellule{s} remplie{s} sur des lignes d'autres réseaux ({rows}), non lue{s} "
        "(chaque ligne lit la colonne de son réseau)",
        "column for {platform} in a long file, read on {platform} rows only: {n} filled "
        "cell{s} on rows of other platforms ({rows}), not read (each row reads its own "
        "platform's column)"),
    # a wide file's platform date column without presence, account or followers for it
    "date-without-platform": (
        "date sans autre colonne {platform} (présence, compte ou abonnés) : ignorée, aucun "
        "relevé {platform}",
        "a date without any other {platform} column (presence, account or followers): ignored, "
        "no {platform} reading"),
    # a wide file's presence, followers or account column naming no platform
    "column-platform-assumed": (
        "colonne {role} sans réseau, lue comme celle de {platform}, seul réseau du fichier ; "
        "nommez le réseau dans l'en-tête ({example}) pour lever le doute",
        "{role} column without a platform, read as {platform}'s, the file's only platform; "
        "name the platform in the header ({example}) to remove the doubt"),
    "column-without-platform": ("colonne {role} sans réseau : ignorée, {why}",
                                "{role} column without a platform: ignored, {why}"),
    "example-present": ("« Présence {platform} »", "“Présence {platform}”"),
    "example-followers": ("« Abonnés {platform} »", "“Abonnés {platform}”"),
    "example-followers-any": ("« Abonnés »", "“Abonnés”"),  # a long file's, for every platform
    "example-presence": ("« {platform} »", "“{platform}”"),
    "example-presence-any": ("« Présence »", "“Présence”"),  # a long file's
    "example-account": ("« Compte {platform} »", "“Compte {platform}”"),
    "why-several-platforms": (
        "le fichier a plusieurs réseaux ({platforms}) ; nommez le réseau dans l'en-tête "
        "({example})",
        "the file has several platforms ({platforms}); name the platform in the header "
        "({example})"),
    "why-platform-has-own": ("la colonne « {column} » est lue pour {platform}",
                             "column “{column}” is read for {platform}"),
    "field-present": ("de présence", "presence"),
    "field-followers": ("d'abonnés", "follower"),
    "field-account": ("de compte", "account"),
    "why-rounded-wide": ("la marque d'un nombre arrondi se lit dans un fichier long (une "
                         "ligne par relevé, comme read_survey l'enregistre), pas pour "
                         "plusieurs réseaux d'une même ligne",
                         "the mark of a rounded count is read in a long file (a row per "
                         "reading, as read_survey saves it), not for several platforms of "
                         "one row"),
    "why-row-number": ("numéros de ligne, pas des codes de collectivité",
                       "row numbers, not codes of collectivités"),
    "what-role": ("{role} {platform}", "{role} {platform}"),
    "role-present": ("la présence sur", "presence on"),
    "role-followers": ("les abonnés", "followers"),
    "role-account": ("le compte", "the account"),
    "role-date": ("la date du relevé", "the reading date"),
    "role-entity": ("l'entité", "the entity"),
    "role-entity-code": ("le code de l'entité", "the entity's code"),
    "role-entity-name": ("le nom de l'entité", "the entity's name"),
    "role-entity-code-of": ("le code des {plural}", "the code of the {plural}"),
    "role-entity-name-of": ("le nom des {plural}", "the name of the {plural}"),
    "role-year": ("l'année", "the year"),
    "role-platform": ("le réseau (format long)", "the platform (long format)"),
    # encodings
    "encoding-error": (
        "problème d'encodage : l'en-tête contient des caractères illisibles ({sample}) ; "
        "le fichier mélange des encodages ou n'est ni en UTF-8 ni en Windows-1252. "
        "Ré-enregistrez-le en « CSV UTF-8 »",
        "encoding problem: the header holds unreadable characters ({sample}); the file "
        "mixes encodings or is neither UTF-8 nor Windows-1252. Save it again as “CSV UTF-8”"),
    "encoding-guessed": (
        "encodage détecté : {encoding} (ni UTF-8 ni Windows-1252) ; vérifiez les accents",
        "encoding detected: {encoding} (neither UTF-8 nor Windows-1252); check the accents"),
    "csv-multiline-cells": (
        "cellule sur plusieurs lignes de texte dans {n} ligne{s} du tableau (la première : "
        "lignes {first} à {last} du fichier texte) : les numéros de ligne donnés sont ceux d'un "
        "tableur (Excel, LibreOffice), pas ceux d'un éditeur de texte",
        "a cell over several lines of text in {n} row{s} of the table (the first: text lines "
        "{first} to {last}): the line numbers given are a spreadsheet's (Excel, LibreOffice), "
        "not a text editor's"),
    # an entity's cell in mojibake (« CorrÃ¨ze »): UTF-8 text read as Windows-1252
    "encoding-mojibake-cells": (
        "caractères mal décodés : c'est « {repaired} » écrit en UTF-8 dans un fichier lu en "
        "Windows-1252 ({n} collectivité{s} non trouvée{s} ainsi) ; le fichier mélange des "
        "encodages : ré-enregistrez-le entier en « CSV UTF-8 »",
        "badly decoded characters: this is “{repaired}” written in UTF-8 in a file read as "
        "Windows-1252 ({n} name{s} not found so); the file mixes encodings: save it "
        "again, whole, as “CSV UTF-8”"),
    "encoding-mojibake-cell": (
        "caractères mal décodés ({n} collectivité{s} non trouvée{s} ainsi) : le fichier "
        "mélange des encodages ou a été mal converti : ré-enregistrez-le en « CSV UTF-8 »",
        "badly decoded characters ({n} name{s} not found so): the file mixes "
        "encodings or was badly converted: save it again as “CSV UTF-8”"),
    "encoding-mixed": (
        "{n} ligne{s} non UTF-8 dans un fichier UTF-8 (première : ligne {line}) : lue{s} en "
        "Windows-1252 ; vérifiez les accents",
        "{n} non-UTF-8 line{s} in a UTF-8 file (first: line {line}): read as Windows-1252; "
        "check the accents"),
    # CSV structure
    "extra-fields": (
        "{found} champs pour {expected} colonnes d'en-tête : {hint} La ligne est écartée",
        "{found} fields for {expected} header columns: {hint} The row is left out"),
    "extra-fields-every-row": (
        "chaque ligne de données a plus de champs que l'en-tête ({n} ligne{s} ; {found} "
        "champs pour {expected} colonnes, ligne {row} la première) : une colonne sans nom "
        "d'en-tête (donnez-lui un nom) ou {hint}",
        "every data line has more fields than the header ({n} line{s}; {found} fields for "
        "{expected} columns, line {row} the first): a column without a header name (give it "
        "one) or {hint}"),
    # why a row has a field too many, by the file's separator: a decimal comma splits a
    # number only in a ","-separated file
    "extra-fields-hint-comma": ("une virgule décimale non protégée par des guillemets ?",
                                "an unquoted decimal comma?"),
    "extra-fields-hint-sep": ("un « {sep} » de trop dans la ligne ?",
                              "one “{sep}” too many in the line?"),
    "extra-fields-hint-tab": ("une tabulation de trop dans la ligne ?",
                              "one tab too many in the line?"),
    "missing-fields": (
        "{found} champ{s} pour {expected} colonnes d'en-tête : les cellules manquantes sont "
        "lues vides",
        "{found} field{s} for {expected} header columns: the missing cells are read as blank"),
    # workbooks
    # a formula cell whose value the workbook does not hold (saved by a script without it,
    # or XlsxWriter's 0 to be recomputed on opening): an error of its cell, no value quoted
    "formula-without-value": (
        "formule dont le classeur n'enregistre pas la valeur affichée (classeur écrit par un "
        "programme) : cellule non lue ; ouvrez et enregistrez le classeur dans Excel ou "
        "LibreOffice, qui enregistrent les valeurs, ou collez les cellules en valeurs",
        "formula whose displayed value the workbook does not hold (a workbook written by a "
        "program): cell not read; open and save the workbook in Excel or LibreOffice, which "
        "save the values, or paste the cells as values"),
    "merged-cells": (
        "cellules fusionnées {range} : la valeur est recopiée sur chaque ligne de la plage",
        "merged cells {range}: the value is copied onto every row of the range"),
    # the vertical merges past the 20 said one by one (code merged-cells)
    "merged-cells-more": (
        "… et {n} autre{s} plage{s} de cellules fusionnée{s} ({ranges}) : la valeur de "
        "chacune est recopiée de même sur chaque ligne de sa plage",
        "… and {n} other range{s} of merged cells ({ranges}): each one's value is copied "
        "onto every row of its range in the same way"),
    # ranges below the header merged across presence columns (code merged-cells): {n}
    # ranges; {blank}: merged-cells-blank, or nothing when every cell was a presence cell
    "merged-cells-across": (
        "{n} plage{s} de cellules fusionnée{s} sur plusieurs colonnes sous l'en-tête "
        "({ranges}) : la valeur de chaque plage est lue dans chacune de ses colonnes de "
        "présence, comme la feuille l'affiche (colonnes {columns} ; {rows}){blank}",
        "{n} range{s} of cells merged across columns below the header ({ranges}): each "
        "range's value is read in every presence column it spans, as the sheet shows it "
        "(columns {columns}; {rows}){blank}"),
    # ranges below the header merged across columns from a column that is no presence one
    # (« 1 200 » over the followers and Instagram cells; code merged-cells): not spread
    "merged-cells-first-column": (
        "{n} plage{s} de cellules fusionnée{s} sur plusieurs colonnes sous l'en-tête "
        "({ranges}) : la valeur de chaque plage est lue dans sa première colonne seule "
        "(colonnes {columns} ; {rows}){blank}",
        "{n} range{s} of cells merged across columns below the header ({ranges}): each "
        "range's value is read in its first column alone (columns {columns}; {rows}){blank}"),
    "merged-cells-blank": (
        " ; ses cellules sous {columns} restent vides, comme Excel les enregistre",
        "; its cells under {columns} stay blank, as Excel stores them"),
    "hidden-survey-sheet": (
        "aucune feuille visible ne ressemble à une enquête, mais {which}",
        "no visible sheet looks like a survey, but {which}"),
    "hidden-survey-sheet-one": (
        "la feuille masquée « {sheet} » en est une : {opt:--sheet \"{sheet}\"|sheet=\"{sheet}\"} "
        "pour la lire",
        "the hidden sheet “{sheet}” is one: {opt:--sheet \"{sheet}\"|sheet=\"{sheet}\"} to read "
        "it"),
    "hidden-survey-sheet-many": (
        "les feuilles masquées {sheets} en sont : {opt:--sheet|sheet=} pour en lire une",
        "the hidden sheets {sheets} are: {opt:--sheet|sheet=} to read one"),
    "hidden-rows": (
        "{n} ligne{s} masquée{s} dans la feuille ({rows}) : lue{s} et comptée{s} comme les "
        "autres",
        "{n} hidden row{s} in the sheet ({rows}): read and counted like the others"),
    "filtered-rows": (
        "{n} ligne{s} masquée{s} par le filtre automatique de la feuille ({rows}) : lue{s} "
        "et comptée{s} comme les autres ; les chiffres portent sur toutes les lignes, pas "
        "seulement celles que le filtre affiche",
        "{n} row{s} hidden by the sheet's autofilter ({rows}): read and counted like the "
        "others; the figures cover every row, not only those the filter shows"),
    "hidden-columns": (
        "{n} colonne{s} masquée{s} dans la feuille, lue{s} comme les autres : {columns}",
        "{n} hidden column{s} in the sheet, read like the others: {columns}"),
    "hidden-sheet-skipped": (
        "feuille{s} masquée{s} ignorée{s} : {sheets} ; lue : « {sheet} » ({opt:--sheet|sheet=} "
        "pour en choisir une autre)",
        "hidden sheet{s} skipped: {sheets}; read: “{sheet}” ({opt:--sheet|sheet=} to choose "
        "another)"),
    # several visible sheets look like a survey (survey.workbook.pick_sheet)
    "sheet-chosen": (
        "feuille « {sheet} » lue ({why}) ; d'autres ressemblent à une enquête : {others} ; "
        "{opt:--sheet|sheet=} pour en choisir une autre",
        "sheet “{sheet}” read ({why}); others look like a survey: {others}; "
        "{opt:--sheet|sheet=} to choose another"),
    "sheet-ambiguous": (
        "plusieurs feuilles ressemblent à la même enquête (mêmes colonnes d'entité, même "
        "format) : « {sheet} » ({why}), {others} ; laquelle lire ? "
        "Choisissez-la avec {opt:--sheet|sheet=}",
        "several sheets look like the same survey (same entity columns, same format): "
        "“{sheet}” ({why}), {others}; which one should be read? Choose it with "
        "{opt:--sheet|sheet=}"),
    "sheet-split": (
        "l'enquête semble répartie sur {n} feuilles (mêmes colonnes d'entité et de réseaux, "
        "{common}) : {sheets} ; {opt:--sheet|sheet=} n'en lirait qu'une partie, comme un échantillon : "
        "réunissez les lignes dans une seule feuille",
        "the survey looks split over {n} sheets (same entity and platform columns, "
        "{common}): {sheets}; {opt:--sheet|sheet=} would read only part of it, as a sample: put the rows "
        "in one sheet"),
    "sheet-common-none": ("aucune collectivité en commun", "no collectivity in common"),
    "sheet-common": ("{what} en commun seulement", "only {what} in common"),
    "sheet-entities-one": ("{n} collectivité", "{n} collectivity"),
    "sheet-entities-many": ("{n} collectivités", "{n} collectivities"),
    # --sheet names one part of a survey split over sheets (survey.workbook.pick_sheet)
    "sheet-part-read": (
        "seule la feuille « {sheet} » est lue ; hors des chiffres : {what} de plus sur "
        "{others}, la suite de la même enquête semble-t-il (mêmes colonnes d'entité et de "
        "réseaux, {common}) ; réunissez les lignes dans une seule feuille pour lire toute "
        "l'enquête",
        "only sheet “{sheet}” is read; left out of the figures: a further {what} on {others}, "
        "the rest of the same survey it seems (same entity and platform columns, {common}); "
        "put the rows in one sheet to read the whole survey"),
    "sheet-why-active": ("la feuille active", "the active sheet"),
    "sheet-why-first": ("la première", "the first one"),
    "too-many-rows": (
        "trop de lignes : {n} (au plus {max}) ; découpez le fichier",
        "too many rows: {n} (at most {max}); split the file"),
    "too-many-cells": (
        "trop de cellules : plus de {max} à la ligne {row} ; supprimez les cellules vides "
        "éloignées du tableau ou découpez le fichier",
        "too many cells: more than {max} on line {row}; delete the blank cells far from the "
        "table or split the file"),
    "too-many-columns": (
        "trop de colonnes : {n} (au plus {max}) ; une cellule égarée loin du tableau ?",
        "too many columns: {n} (at most {max}); a stray cell far from the table?"),
    "archive-too-large": (
        "classeur trop volumineux une fois décompressé ({size} Mo, au plus {max} Mo) : "
        "classeur endommagé ou piégé ?",
        "workbook too large once uncompressed ({size} MB, at most {max} MB): damaged or "
        "booby-trapped workbook?"),
    "archive-ratio": (
        "la partie « {part} » du classeur se décompresse {ratio} fois (au plus {max}) : "
        "classeur endommagé ou piégé ?",
        "part “{part}” of the workbook unpacks {ratio} times (at most {max}): damaged or "
        "booby-trapped workbook?"),
    "parquet-unsupported-column": (
        "colonne Parquet « {column} » de type {kind} : attendu du texte, des nombres ou des "
        "dates",
        "Parquet column “{column}” of type {kind}: expected text, numbers or dates"),
    # entities
    "duplicate-entity": (
        "entité en double : {name} ({code}) figure déjà ligne {first} : comparez les deux "
        "lignes et supprimez l'une d'elles, ou corrigez le code si c'est une autre "
        "collectivité (ligne non lue)",
        "duplicate entity: {name} ({code}) is already on line {first}: compare the two lines "
        "and delete one of them, or correct the code if it is another collectivité (line "
        "not read)"),
    # a template's row left empty and the entity typed again with its answers: the empty
    # row set aside, whichever comes first
    "duplicate-entity-empty": (
        "entité en double : {name} ({code}) figure aussi ligne {kept}, qui a des réponses ; "
        "la ligne {line} n'en a aucune : mise de côté (supprimez-la)",
        "duplicate entity: {name} ({code}) is also on line {kept}, which has answers; line "
        "{line} has none: set aside (delete it)"),
    "platform-unknown": (
        "réseau inconnu : attendu Facebook, X, Instagram, LinkedIn…",
        "unknown platform: expected Facebook, X, Instagram, LinkedIn…"),
    # a long file's row « Au moins un réseau »: read as a platform, it counted its entities
    # twice in the base of « au moins un réseau » (111 of 101), against their own rows
    "column-platform-misspelt": (
        "colonne non lue : « {platform} » mal écrit ? Corrigez l'en-tête (sinon ce réseau "
        "manque à tous les chiffres, « au moins un réseau » compris), ou renommez la colonne "
        "si elle n'est pas un réseau",
        "column not read: “{platform}” misspelt? Correct the header (else this platform is "
        "missing from every figure, “at least one network” included), or rename the column "
        "if it is not a platform"),
    "platform-any": (
        "« {value} » n'est pas un réseau : barometre calcule « au moins un réseau » à partir "
        "des lignes de chaque réseau ; supprimez cette ligne",
        "“{value}” is not a platform: barometre computes “at least one network” from each "
        "platform's rows; delete this row"),
    "followers-in-thousands": (
        "l'en-tête dit que les nombres sont en milliers (ou millions) : colonne non lue ; "
        "écrivez le nombre d'abonnés entier (12\u202f345) ou abrégé (12,3 k), et retirez l'unité "
        "de l'en-tête",
        "the header says the numbers are in thousands (or millions): column not read; write "
        "the whole number of followers (12,345) or abbreviated (12.3k), and remove the unit "
        "from the header"),
    "platform-missing": (
        "réseau manquant : attendu Facebook, X, Instagram…",
        "missing platform: expected Facebook, X, Instagram…"),
    "account-but-no": (
        "compte indiqué alors que la présence dit Non",
        "account given while presence says No"),
    "account-contradicts": (
        "la colonne compte dit « {value} », la présence dit le contraire : la présence l'emporte",
        "the account column says “{value}”, presence says otherwise: presence wins"),
    "account-answer": (
        "{n} cellule{s} lue{s} comme une réponse, pas comme un compte ({examples}) ; une "
        "présence vide prend cette réponse ({rows})",
        "{n} cell{s} read as an answer, not as an account ({examples}); a blank presence "
        "takes that answer ({rows})"),
    # follower counts typed in an account column (normalize._counts_as_accounts), per column
    "account-number": (
        "{n} nombre{s} dans la colonne des comptes, lu{s} comme le nom du compte (ex. "
        "« {value} » ; {rows}) : un nombre n'est ni une adresse ni un @compte — le nombre "
        "d'abonnés ? Sa place est {where}",
        "{n} number{s} in the account column, read as the account's name (e.g. “{value}”; "
        "{rows}): a number is neither an address nor an @handle — the follower count? It "
        "belongs {where}"),
    "account-number-column": ("dans la colonne « {column} »", "in the column “{column}”"),
    "account-number-add": ("dans une colonne « {column} », à ajouter",
                           "in a column “{column}”, to add"),
    "account-number-long": ("dans une colonne des abonnés, à ajouter",
                            "in a followers column, to add"),
    "account-answer-example": ("« {value} » : {meaning}", "“{value}”: {meaning}"),
    # links to another site than the platform's (survey.accounts)
    "url-other-platform": (
        "lien {site} « {value} » dans la colonne {platform} : mettez-le dans la colonne "
        "{site}, ou le lien du compte {platform}",
        "{site} link “{value}” in the {platform} column: put it in the {site} column, or the "
        "link of the {platform} account"),
    "url-other-platform-long": (
        "lien {site} « {value} » sur une ligne {platform} : mettez-le sur une ligne {site}, "
        "ou le lien du compte {platform}",
        "{site} link “{value}” on a {platform} row: put it on a {site} row, or the link of "
        "the {platform} account"),
    "url-unknown-site": (
        "{n} lien{s} vers un site qui n'est pas {platform} ({texts}) lu{s} comme un compte "
        "{platform} ({rows}) : le site de la collectivité ? Mettez le lien du compte "
        "{platform}, ou Oui",
        "{n} link{s} to a site that is not {platform} ({texts}) read as an account on "
        "{platform} ({rows}): the collectivité's website? Put the link of the {platform} "
        "account, or “Oui”"),
    "account-shared": (
        "le même compte {platform} (« {value} ») est donné pour {k} entités différentes la "
        "même année : {entities} ({rows}) ; une page partagée, ou un lien copié sur la "
        "mauvaise ligne ? Chaque ligne est comptée telle quelle",
        "the same {platform} account (“{value}”) is given for {k} different entities in the "
        "same year: {entities} ({rows}); a shared page, or a link pasted on the wrong row? "
        "Each row is counted as it stands"),
    "account-none": (
        "{n} cellule{s} sans compte ni réponse (« {example} ») lue{s} comme vide{s} ({rows})",
        "{n} cell{s} giving neither an account nor an answer (“{example}”) read as blank "
        "({rows})"),
    # presence answers read with a note (survey.values.read_presence), one line per column
    "answer-doubtful": (
        "{n} réponse{s} marquée{s} d'un doute ({texts}) lue{s} comme non renseignée{s}, hors "
        "base ({rows}) : écrivez Oui ou Non",
        "{n} answer{s} marked as doubtful ({texts}) read as not answered, outside the base "
        "({rows}): write “Oui” or “Non”"),
    "answer-not-given": (
        "{n} cellule{s} disant que la réponse manque ({texts}) lue{s} comme non "
        "renseignée{s}, hors base ({rows})",
        "{n} cell{s} saying the answer is missing ({texts}) read as not answered, outside "
        "the base ({rows})"),
    "answer-not-applicable": (
        "{n} cellule{s} « N/A », « ND » ou « sans objet » ({texts}) lue{s} comme non "
        "renseignée{s}, hors base ({rows}) : non applicable ou non disponible, cela ne dit pas si la "
        "collectivité a un compte ; écrivez Non si elle n'en a pas",
        "{n} cell{s} “N/A”, “ND” or “not applicable” ({texts}) read as not answered, outside "
        "the base ({rows}): not applicable or not available, that does not say whether the "
        "collectivité has an account; write “Non” if it has none"),
    "answer-marked": (
        "{n} réponse{s} suivie{s} d'un renvoi « * » ({texts}) lue{s} sans le renvoi ({rows}) : "
        "la note n'est pas lue, vérifiez qu'elle ne change pas la réponse",
        "{n} answer{s} with a footnote mark “*” ({texts}) read without the mark ({rows}): "
        "the note is not read, check that it does not change the answer"),
    "answer-inactive": (
        "{n} compte{s} dit{s} inactif{s} ({texts}) lu{s} comme présent{s}, le compte existant "
        "({rows}) : écrivez Non si vous ne comptez pas les comptes inactifs",
        "{n} account{s} said to be inactive ({texts}) read as present, the account existing "
        "({rows}): write “Non” if inactive accounts do not count"),
    "answer-symbol": (
        "{n} réponse{s} donnée{s} par un symbole ({texts}) lue{s} d'après le symbole ou le "
        "mot qu'il accompagne ({rows}) : vérifiez la lecture, ou écrivez Oui ou Non",
        "{n} answer{s} given by a symbol ({texts}) read from the symbol or the word beside "
        "it ({rows}): check the reading, or write “Oui” or “Non”"),
    "answer-symbol-text": ("« {value} » lu {answer} : {n}", "“{value}” read as {answer}: {n}"),
    "answer-text-count": ("« {value} » : {n}", "“{value}”: {n}"),
    # the header line again, mid-file (two files pasted one under the other)
    "header-repeated": (
        "l'en-tête est répété (fichiers collés ?) : supprimez cette ligne",
        "the header is repeated (files pasted together?): delete this row"),
    # the header's texts again on the row right under it: its second row, not joined
    # (survey.grid.header_of), not a pasted file
    "header-second-row": (
        "cette ligne continue l'en-tête (un en-tête sur deux lignes, les réseaux au-dessus de "
        "leurs champs, qui n'a pas pu être lu ainsi) : mettez l'en-tête sur une seule ligne, "
        "le réseau dans chaque colonne (« Abonnés Facebook ») ; supprimer cette ligne "
        "perdrait les champs qu'elle nomme",
        "this row continues the header (a header on two rows, the platforms above their "
        "fields, which could not be read so): put the header on one row, the platform in "
        "each column (“Abonnés Facebook”); deleting this row would lose the fields it names"),
    # the row right under a one-row header only repeats its fields without their platform
    # (« Présence » under « Présence Facebook »): left out, nothing lost
    "header-second-row-repeat": (
        "ligne laissée de côté : elle ne fait que répéter des champs que l'en-tête nomme "
        "déjà ({fields}) ; supprimez-la",
        "row left out: it only repeats fields the header already names ({fields}); delete "
        "it"),
    # a header read on two rows, its two rows again mid-file
    "header-repeated-two-rows": (
        "l'en-tête sur deux lignes est répété (fichiers collés ?) : supprimez les lignes "
        "{first} et {last}",
        "the two-row header is repeated (files pasted together?): delete rows {first} and "
        "{last}"),
    "header-repeated-title": (
        "le titre (ligne {first}) et l'en-tête sont répétés (fichiers collés ?) : supprimez "
        "les lignes {first} et {last}",
        "the title (row {first}) and the header are repeated (files pasted together?): "
        "delete rows {first} and {last}"),
    # a row of the table's totals, averages or medians (« TOTAL », « Moyenne », « Médiane »),
    # its entity resolving as nothing
    "totals-row": (
        "ligne de synthèse (« {value} »), laissée de côté : supprimez-la, barometre calcule "
        "lui-même totaux, moyennes et médianes",
        "summary row (“{value}”), left out: delete it, barometre computes totals, averages "
        "and medians itself"),
    "followers-but-unanswered": (
        "{n} nombre{s} d'abonnés à côté d'une réponse douteuse ou non renseignée ({cells}) : "
        "la réponse n'étant pas lue, le nombre n'est pas classé ({rows}) ; écrivez Oui si le "
        "compte existe",
        "{n} follower count{s} beside a doubtful or missing answer ({cells}): the answer not "
        "being read, the count is not ranked ({rows}); write “Oui” if the account exists"),
    "followers-but-no": (
        "abonnés indiqués alors que la présence dit Non : la présence l'emporte (absent, "
        "nombre non classé)",
        "followers given while presence says no: presence wins (absent, count not ranked)"),
    "duplicate-rows": (
        "{what} pour {name} sur {platform} (lignes {rows}){note}",
        "{what} for {name} on {platform} (lines {rows}){note}"),
    "duplicate-wave-note": (
        " ; ligne{s} {rows} sans date, datée{s} du {date} (date de la vague) : "
        "{opt:--date|date=} pour une autre date",
        "; line{s} {rows} without a date, dated {date} (the wave's date): {opt:--date|date=} for another "
        "date"),
    # ... dated by their platform's own readings (a platform read on another day than the
    # others), as the wave-date-platform warning says it
    "duplicate-wave-note-platform": (
        " ; ligne{s} {rows} sans date, datée{s} du {date} (date des relevés {platform}) : "
        "{opt:--date|date=} pour une autre date",
        "; line{s} {rows} without a date, dated {date} (the date of the {platform} "
        "readings): {opt:--date|date=} for another date"),
    "what-duplicate": ("ligne en double", "duplicate row"),
    "what-conflict": ("réponses contradictoires", "conflicting answers"),
    # a file with errors, read by a command that counts (compare, rank, report...)
    "survey-has-errors": ("{file} : {n} erreurs (voir « barometre validate {args} »)",
                          "{file}: {n} errors (see “barometre validate {args}”)"),
    "more-errors-listed": ("… et {n} autre{s}{of}", "… and {n} more{s:|}{of}"),
    # the same file's errors, to a Python caller (read_survey): its first problems, each on
    # a line, and the Python way to see them all (not the shell's barometre validate)
    "survey-has-errors-python": (
        "{file} : {n} erreurs :{first}\nToutes : bm.problems_frame(bm.validate({call})), ou "
        "bm.problems_frame(err) de l'erreur attrapée (err.problems) ; errors=\"skip\" pour "
        "lire le fichier sans les relevés en erreur",
        "{file}: {n} errors:{first}\nAll of them: bm.problems_frame(bm.validate({call})), or "
        "bm.problems_frame(err) of the error caught (err.problems); errors=\"skip\" to read "
        "the file without the readings in error"),
    "more-problems-listed": ("… et {n} autre{s}", "… and {n} more{s:|}"),
    # --- files that cannot be read at all (InputFileError)
    "file-not-found": ("{path} : fichier introuvable", "{path}: file not found"),
    # a path that is no path (a Python caller's BytesIO, a list), an empty one, a web address
    "path-not-path": (
        "attendu le chemin d'un fichier (str ou pathlib.Path), pas un {kind}{hint}",
        "expected the path of a file (str or pathlib.Path), not a {kind}{hint}"),
    "path-not-path-stream": (
        " : enregistrez d'abord son contenu dans un fichier",
        ": save its content to a file first"),
    "path-not-path-several": (
        " : un seul fichier ici (bm.read_waves lit plusieurs fichiers)",
        ": one file here (bm.read_waves reads several files)"),
    "path-not-path-written": (
        " : barometre écrit le fichier lui-même (atomiquement), donnez son chemin",
        ": barometre writes the file itself (atomically), give its path"),
    "output-path-empty": ("chemin de sortie vide : donnez le chemin du fichier à écrire",
                          "empty output path: give the path of the file to write"),
    "file-path-empty": ("chemin de fichier vide : donnez le chemin du fichier à lire",
                        "empty file path: give the path of the file to read"),
    "file-is-url": (
        "« {url} » : c'est une adresse web ; barometre lit les fichiers locaux : "
        "téléchargez d'abord le fichier, puis donnez son chemin",
        "“{url}”: this is a web address; barometre reads local files: download the file "
        "first, then give its path"),
    "file-is-directory": ("{path} : c'est un dossier, pas un fichier",
                          "{path}: this is a folder, not a file"),
    "file-not-found-similar": (
        "{path} : fichier introuvable ; le dossier a « {name} », le même nom aux accents codés "
        "autrement (NFC/NFD, un nom tapé sur un système, le fichier venu d'un autre) : "
        "complétez le nom avec la touche Tab, ou renommez le fichier",
        "{path}: file not found; the folder has “{name}”, the same name with its accents "
        "encoded otherwise (NFC/NFD, a name typed on one system, the file from another): "
        "complete the name with the Tab key, or rename the file"),
    "file-link-broken": ("{path} : lien symbolique vers « {target} », introuvable",
                         "{path}: symbolic link to “{target}”, which does not exist"),
    "file-symlink-loop": (
        "{path} : lien symbolique en boucle (il mène, de lien en lien, à lui-même)",
        "{path}: symbolic link in a loop (from link to link, it leads back to itself)"),
    "file-is-pipe": (
        "{path} : c'est un tube, pas un fichier : enregistrez-le d'abord dans un fichier "
        "(la ligne de commande barometre, elle, le lit)",
        "{path}: this is a pipe, not a file: save it to a file first (the barometre command "
        "line reads it)"),
    "file-unreadable": ("{path} : lecture refusée (droits d'accès)",
                        "{path}: reading denied (permissions)"),
    "file-folder-denied": ("{path} : lecture refusée (droits d'accès du dossier {folder})",
                           "{path}: reading denied (permissions of the folder {folder})"),
    "file-empty": ("{file} : fichier vide", "{file}: empty file"),
    "file-no-cells": ("fichier vide (aucune cellule remplie)", "empty file (no cell filled in)"),
    "ods-not-read": (
        "{file} : le format .ods de LibreOffice n'est pas lu ; dans LibreOffice Calc, "
        "Fichier > Enregistrer sous… au format Excel 2007-365 (.xlsx) ou CSV",
        "{file}: LibreOffice's .ods format is not read; in LibreOffice Calc, File > Save "
        "As… in Excel 2007-365 (.xlsx) or CSV format"),
    "file-extension-unknown": (
        "{file} : extension « {suffix} » non reconnue ; attendu .xlsx, .csv, .txt, .tsv ou "
        ".parquet",
        "{file}: extension “{suffix}” not recognised; expected .xlsx, .csv, .txt, .tsv or "
        ".parquet"),
    "no-extension": ("(aucune)", "(none)"),
    # a .json, .zip or .gz file that is no Annuaire export (survey.annuaire_read.sniff)
    "file-not-annuaire": (
        "{file} : un fichier {suffix} n'est lu que s'il est un export de l'Annuaire de "
        "l'administration, ce que celui-ci n'est pas ; une enquête se lit en .xlsx, .csv, "
        ".txt, .tsv ou .parquet",
        "{file}: a {suffix} file is read only when it is an export of the Annuaire de "
        "l'administration, which this one is not; a survey is read as .xlsx, .csv, .txt, "
        ".tsv or .parquet"),
    "xls-not-read": (
        "{file} : l'ancien format .xls n'est pas lu ; enregistrez-le en .xlsx ou en CSV",
        "{file}: the old .xls format is not read; save it as .xlsx or CSV"),
    "sheet-not-workbook": (
        "{opt:--sheet |sheet=}« {sheet} » pour {file}, qui n'a pas de feuilles (fichier "
        "{suffix}) : seul un classeur .xlsx ou .xlsm en a",
        "{opt:--sheet |sheet=}“{sheet}” for {file}, which has no sheets (a {suffix} file): "
        "only an .xlsx or .xlsm workbook has"),
    # a file named as a workbook that is a web page or text (survey.grid._disguised)
    "file-html-misnamed": (
        "{file} : ce fichier {suffix} est une page web (HTML), comme en exportent des "
        "logiciels en ligne, pas un classeur : ouvrez-le dans Excel ou LibreOffice et "
        "enregistrez-le en .xlsx",
        "{file}: this {suffix} file is a web page (HTML), as online tools export them, not a "
        "workbook: open it in Excel or LibreOffice and save it as .xlsx"),
    "file-text-misnamed": (
        "{file} : ce fichier {suffix} est du texte (un CSV, sans doute), pas un classeur : "
        "renommez-le en .csv",
        "{file}: this {suffix} file is text (a CSV, probably), not a workbook: rename it "
        "to .csv"),
    "xls-or-encrypted": (
        "{file} : ancien format .xls, ou classeur protégé par un mot de passe : "
        "enregistrez-le en .xlsx sans mot de passe",
        "{file}: the old .xls format, or a workbook protected by a password: save it as "
        ".xlsx without a password"),
    "xlsx-not-valid": (
        "{file} : ce n'est pas un classeur Excel .xlsx valide (contenu non reconnu ; fichier "
        "tronqué, ou CSV renommé ?)",
        "{file}: not a valid Excel .xlsx workbook (content not recognised; a truncated file, "
        "or a renamed CSV?)"),
    "xlsx-misnamed": (
        "{file} : ce fichier est un classeur Excel ou une archive malgré son extension "
        "{suffix} ; renommez-le en .xlsx",
        "{file}: this file is an Excel workbook or an archive despite its {suffix} "
        "extension; rename it to .xlsx"),
    "xlsx-strict": (
        "{file} : classeur enregistré au format « Feuille de calcul Open XML Strict », que "
        "barometre ne lit pas : dans Excel, Fichier > Enregistrer sous, choisissez le type "
        "« Classeur Excel (.xlsx) »",
        "{file}: workbook saved as “Strict Open XML Spreadsheet”, which barometre does not "
        "read: in Excel, File > Save As, choose the type “Excel Workbook (.xlsx)”"),
    "xlsx-damaged": ("{file} : classeur Excel illisible ou endommagé ({error})",
                     "{file}: unreadable or damaged Excel workbook ({error})"),
    "xlsx-unreadable": ("{file} : classeur Excel illisible ({error})",
                        "{file}: unreadable Excel workbook ({error})"),
    "xlsx-no-sheet": ("pas de feuille « {sheet} » ; feuilles : {sheets}",
                      "no sheet “{sheet}”; sheets: {sheets}"),
    # after xlsx-no-sheet when several --data are read: the sheet named is every file's
    "sheet-each-file": (
        " ({opt:--sheet|sheet=} s'applique à chaque fichier lu, pas au seul classeur de "
        "plusieurs feuilles : enregistrez la feuille voulue de ce classeur dans un fichier à "
        "part)",
        " ({opt:--sheet|sheet=} applies to every file read, not only to the workbook of "
        "several sheets: save the sheet wanted of that workbook as a file of its own)"),
    # a workbook of one survey per type, a sheet each (EPCI, communes): no split survey
    "sheet-split-types": (
        "le classeur tient {n} enquêtes de types différents, une par feuille : {sheets} ; "
        "lisez chacune à part : {commands}",
        "the workbook holds {n} surveys of different types, one per sheet: {sheets}; read "
        "each alone: {commands}"),
    "csv-binary": ("{file} : fichier binaire, pas un CSV lisible (octets nuls)",
                   "{file}: a binary file, not a readable CSV (null bytes)"),
    "csv-nul-byte": (
        "{file} : ligne {line}, caractère {char} : octet nul dans le texte ({n} en tout ; "
        "un fichier abîmé, ou un caractère invisible collé ?) : supprimez-le et relancez",
        "{file}: line {line}, character {char}: a null byte in the text ({n} in all; a "
        "damaged file, or an invisible character pasted?): remove it and run again"),
    "csv-unreadable": ("{file}, ligne {line} : CSV illisible ({error})",
                       "{file}, line {line}: unreadable CSV ({error})"),
    "parquet-needs-pyarrow": ("lire du Parquet demande pyarrow (pip install pyarrow)",
                              "reading Parquet needs pyarrow (pip install pyarrow)"),
    "parquet-unreadable": ("fichier Parquet illisible ({error})",
                           "unreadable Parquet file ({error})"),
    # --- a table barometre does not understand (InputFileError)
    "header-not-found": (
        "aucune ligne d'en-tête reconnue dans {s:la première ligne|les {n} premières lignes} : "
        "attendu une colonne d'entité (code, nom, département…) et des colonnes de réseaux "
        "(Facebook, X, Instagram…)",
        "no header row recognised in {s:the first row|the first {n} rows}: expected an entity "
        "column (code, name, département…) and platform columns (Facebook, X, Instagram…)"),
    # a text file with no header that is no table: {kind} is file-kind-html or -json
    "header-not-found-markup": (
        "{kind}, pas un tableau (aucune ligne d'en-tête) : enregistrez les données en "
        "« CSV UTF-8 » ou en .xlsx",
        "{kind}, not a table (no header row): save the data as “CSV UTF-8” or as .xlsx"),
    "file-kind-html": ("le fichier est une page web (HTML)",
                       "the file is a web page (HTML)"),
    "file-kind-json": ("le fichier contient du JSON", "the file holds JSON"),
    "header-without-rows": ("en-tête sans aucune ligne de données",
                            "a header without any row of data"),
    "no-entity-column": (
        "pas de colonne d'entité : attendu une colonne « code », « code INSEE », « nom », "
        "« collectivité », « département »…",
        "no entity column: expected a column “code”, “code INSEE”, “nom”, “collectivité”, "
        "“département”…"),
    "no-entity-column-of-type": (
        "pas de colonne d'entité pour le type « {type} » : {what}",
        "no entity column for type “{type}”: {what}"),
    "entity-column-expected": ("attendu une colonne « code » ou « nom »",
                               "expected a column “code” or “nom”"),
    # the type the file's columns say, read without --type: what to type
    "entity-column-seems": (
        "ce fichier porte sur des {plural} (« {column} ») : {opt:--type {seems}|type=\"{seems}\"}, "
        "ou sans {opt:--type|type=}",
        "this file is about {plural} (“{column}”): {opt:--type {seems}|type=\"{seems}\"}, "
        "or no {opt:--type|type=}"),
    "no-platform-column": (
        "aucune colonne de réseau reconnue : attendu des en-têtes comme « Facebook », "
        "« X (ex-Twitter) », « Abonnés Instagram », ou une colonne « plateforme » (format long)",
        "no platform column recognised: expected headers such as “Facebook”, "
        "“X (ex-Twitter)”, “Abonnés Instagram”, or a column “plateforme” (long format)"),
    # platforms' names above their fields, or fields above the platforms' names
    # (survey.grid.header_of): {platforms} and {fields}, the lines of each
    "header-two-rows": (
        "en-tête sur deux lignes : les réseaux de la ligne {platforms} joints aux champs de la "
        "ligne {fields} ({n} colonne{s} : {columns}{aside}){titles} ; vérifiez-les, ou mettez "
        "l'en-tête sur une seule ligne",
        "header on two lines: the platforms of line {platforms} joined to the fields of line "
        "{fields} ({n} column{s}: {columns}{aside}){titles}; check them, or put the header on "
        "one line"),
    # a year in a field over the platforms (« Abonnés 2025 », survey.reader._header_years),
    # or in a one-row header's columns (« Abonnés 2025 Facebook »): {titles}, quoted, {s}
    # their plural
    "header-year-no-date": (
        "{titles} (ligne {line}) {s:dit|disent} l'année {year}, mais aucune date de relevé "
        "n'est lue : l'année d'un en-tête n'est pas une date ; ajoutez une colonne « Date » (le "
        "jour du relevé), ou donnez-le par {opt:--date|date=}",
        "{titles} (line {line}) {s:says|say} the year {year}, but no date of the readings is "
        "read: a header's year is no date; add a “Date” column (the day of the reading), or "
        "give it with {opt:--date|date=}"),
    "header-year-differs": (
        "{titles} (ligne {line}) {s:dit|disent} l'année {year}, mais {which}",
        "{titles} (line {line}) {s:says|say} the year {year}, but {which}"),
    # fields of two years or more in one header (« Abonnés 2024 Facebook », « Abonnés 2025
    # Facebook », or « Abonnés 2024 » and « Abonnés 2025 » over the platforms): {field},
    # field-followers…
    "header-two-years": (
        "l'en-tête donne {n} années {field} ({years} : {columns}), mais un relevé n'a qu'une "
        "date : faites un fichier par année, chacun avec la date de ses relevés, ou un fichier "
        "long (colonnes « Code », « Plateforme », « Abonnés », « Date »), une ligne par relevé "
        "avec sa date",
        "the header gives {n} years of {field} readings ({years}: {columns}), but a reading has "
        "one date: make one file per year, each with the date of its readings, or a long file "
        "(columns “Code”, “Plateforme”, “Abonnés”, “Date”), one row per reading with its date"),
    # a title above a complete one-row header that leaves it refused as over a header on
    # two rows ({refused}: header-two-rows-property…, survey.grid.header_of)
    "header-title-above": (
        "en-tête lu ligne {line} ({cells}) sous une ligne de titre{refused}",
        "header read on line {line} ({cells}) under a title line{refused}"),
    # {which}: all the readings of other years, by their dates or a year column (« Année »)
    "header-year-all-dates": (
        "les dates des relevés sont de {years} : vérifiez l'en-tête ou les dates",
        "the readings' dates are of {years}: check the header or the dates"),
    "header-year-all-column": (
        "les relevés sont de {years} selon la colonne « {column} » : vérifiez l'en-tête ou "
        "cette colonne",
        "the readings are of {years} by the column “{column}”: check the header or that "
        "column"),
    # … or some of them, the others of the header's year
    "header-year-some-dates": (
        "{n} relevé{s} sur {total} {s:est daté|sont datés} de {years} ({rows}), les autres "
        "de {year} : vérifiez l'en-tête ou ces dates",
        "{n} reading{s} of {total} {s:is|are} dated {years} ({rows}), the others {year}: "
        "check the header or these dates"),
    "header-year-some-column": (
        "{n} relevé{s} sur {total} {s:est|sont} de {years} selon la colonne « {column} » "
        "({rows}), les autres de {year} : vérifiez l'en-tête ou cette colonne",
        "{n} reading{s} of {total} {s:is|are} of {years} by the column “{column}” ({rows}), "
        "the others of {year}: check the header or that column"),
    # a group title beside the fields, over presence answers (« Vidéo » over YouTube, TikTok)
    "header-two-rows-titles": (
        ", titre{s} de groupe laissé{s} de côté ({titles}, au-dessus de {columns}, lues "
        "comme présences)",
        ", group title{s} left aside ({titles}, above {columns}, read as presences)"),
    # why a header on two rows was not read (survey.grid._fields_over), said after the
    # layout error in place of layout-two-rows
    "header-two-rows-title": (
        " ; « {title} » (ligne {row}, au-dessus de {cells}) n'est pas un champ, et les "
        "cellules sous lui ne sont pas des réponses Oui/Non : que disent ces colonnes ? "
        "Écrivez le champ au-dessus de tous les réseaux (« Présence », « Abonnés »), ou le "
        "champ et le réseau dans chaque colonne (« Présence YouTube », « Abonnés YouTube »)",
        "; “{title}” (line {row}, above {cells}) is no field, and the cells under it are no "
        "“Oui”/“Non” answers: what do these columns hold? Write the field above all the platforms "
        "(“Présence”, “Abonnés”), or the field and the platform in each column (“Présence "
        "YouTube”, “Abonnés YouTube”)"),
    # a title over presence answers that names no group of networks nor a format
    # (« Compte certifié », « Publicité »: survey.headers.group_title): its « Non » no absence
    "header-two-rows-property": (
        " ; « {title} » (ligne {row}, au-dessus de {cells}) n'est ni un champ ni un titre de "
        "groupe de réseaux (« Réseaux sociaux », « Vidéo ») : ses réponses Oui/Non ne sont pas "
        "lues comme des présences, un « Non » sous lui ne dit pas qu'un compte manque ; pour "
        "des présences, écrivez « Présence » au-dessus des réseaux, sinon retirez ces colonnes",
        "; “{title}” (line {row}, above {cells}) is no field and no group title of networks "
        "(“Réseaux sociaux”, “Vidéo”): its “Oui”/“Non” answers are not read as presences, a “Non” "
        "under it does not say an account is missing; for presences, write “Présence” above "
        "the platforms, else remove these columns"),
    # a one-row header's words beside its platform that say a property of the account
    # (« Compte certifié Facebook »: survey.headers.property_title) over Oui/Non answers
    "column-property": (
        "« {title} » n'est ni un champ ni un titre de groupe de réseaux (« Réseaux sociaux », "
        "« Vidéo ») : les réponses Oui/Non de cette colonne ne sont pas lues comme des présences "
        "sur {platform}, un « Non » n'y dit pas qu'un compte manque ; colonne non lue : pour des "
        "présences, écrivez « Présence {platform} » en en-tête, sinon retirez cette colonne",
        "“{title}” is no field and no group title of networks (“Réseaux sociaux”, “Vidéo”): "
        "this column's “Oui”/“Non” answers are not read as presences on {platform}, a “Non” "
        "there does not say an account is missing; column not read: for presences, head it "
        "“Présence {platform}”, else remove this column"),
    # … every platform's column of the file so headed: no platform's column read
    "column-property-all": (
        "aucune colonne de réseau lue : colonne{s} {columns} ; {titles} {t:n'est|ne sont} ni "
        "un champ ni un titre de groupe de réseaux (« Réseaux sociaux », « Vidéo ») : {s:ses|leurs} réponses "
        "Oui/Non ne sont pas lues comme des présences, un « Non » n'y dit pas qu'un compte "
        "manque ; pour des présences, écrivez « Présence » et le réseau en en-tête (« Présence "
        "{platform} »), sinon retirez {s:cette colonne|ces colonnes}",
        "no platform's column read: column{s} {columns}; {titles} {t:is|are} no field and no "
        "group title of networks (“Réseaux sociaux”, “Vidéo”): {s:its|their} “Oui”/“Non” answers are "
        "not read as presences, a “Non” there does not say an account is missing; for "
        "presences, head {s:it|them} “Présence” and the platform (“Présence {platform}”), else "
        "remove {s:this column|these columns}"),
    "header-two-rows-answers": (
        " ; « {title} » (ligne {row}) dit des abonnés, mais les cellules sous lui sont des "
        "réponses (« Oui », « Non »), pas des nombres : pour des présences, écrivez « Présence » "
        "au-dessus des réseaux ; pour des abonnés, leurs nombres dans les cellules",
        "; “{title}” (line {row}) says followers, but the cells under it are answers (“Oui”, "
        "“Non”), not numbers: for presences, write “Présence” above the platforms; for "
        "followers, their numbers in the cells"),
    # header-two-rows when no joined column is read, all set aside (« Évolution » over the
    # platforms beside « Réseaux sociaux »): those columns alone, no « 0 colonne : »
    "header-two-rows-aside-only": (
        "en-tête sur deux lignes : les réseaux de la ligne {platforms} joints aux champs de la "
        "ligne {fields} ({n} colonne{s} ignorée{s} : {columns}){titles} ; vérifiez-les, ou "
        "mettez l'en-tête sur une seule ligne",
        "header on two lines: the platforms of line {platforms} joined to the fields of line "
        "{fields} ({n} column{s} ignored: {columns}){titles}; check them, or put the header on "
        "one line"),
    # the joined columns that are not read (a measure, a remark: each said by its own warning)
    "header-two-rows-aside": (" ; {n} autre{s} colonne{s} ignorée{s} : {columns}",
                              "; {n} other column{s} ignored: {columns}"),
    # a title over a group of columns above the header (« Réseaux sociaux » merged over
    # « Facebook », « Instagram », « X »): left aside (survey.grid.header_of)
    "header-group-title": (
        "en-tête sur deux lignes : la ligne {bottom} lue comme en-tête, {the} titre{s} de "
        "groupe de la ligne {top} laissé{s} de côté ({titles}, au-dessus de {columns}) ; "
        "vérifiez-le, ou mettez l'en-tête sur une seule ligne",
        "header on two lines: line {bottom} read as the header, {the} group title{s} of line "
        "{top} left aside ({titles}, above {columns}); check it, or put the header on one "
        "line"),
    # what locates an error about the table's layout (survey.reader._layout_where)
    "layout-header-row": (" ; en-tête lu ligne {row} : {cells}",
                          "; header read on line {row}: {cells}"),
    "layout-header-row-sheet": (
        " ; en-tête lu ligne {row} de la feuille « {sheet} » : {cells}",
        "; header read on line {row} of sheet “{sheet}”: {cells}"),
    "layout-sheet": (" ; feuille lue : « {sheet} »", "; sheet read: “{sheet}”"),
    "layout-other-sheets": (" ; autres feuilles : {sheets} ({opt:--sheet|sheet=} pour en lire "
                            "une autre)",
                            "; other sheets: {sheets} ({opt:--sheet|sheet=} to read another)"),
    "layout-two-rows": (
        " ; la ligne {row} {side} ressemble aussi à un en-tête ({cells}) : un en-tête sur "
        "deux lignes ? Mettez l'en-tête sur une seule ligne, le réseau dans chaque colonne "
        "(« Abonnés Facebook »)",
        "; line {row} {side} looks like a header too ({cells}): a header on two lines? Put "
        "the header on one line, the platform in each column (“Abonnés Facebook”)"),
    "layout-row-above": ("au-dessus", "above"),
    "layout-row-below": ("en dessous", "below"),
    "type-not-guessed": (
        "impossible de deviner le type de collectivité : aucune entité reconnue ; précisez "
        "{opt:--type|type=}",
        "cannot guess the collectivity type: no entity recognised; give {opt:--type|type=}"),
    "entity-missing": ("entité manquante : attendu un code ou un nom",
                       "missing entity: expected a code or a name"),
}
