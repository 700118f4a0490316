"""Messages of barometer waves: several readings of the same entities (trend --data, changes)."""

MESSAGES = {
    # one file given twice (`changes --data a.csv --data ./a.csv`): not two waves
    "waves-same-file": ("{first} : le même fichier donné deux fois",
                        "{first}: the same file given twice"),
    "waves-same-file-named": ("{first} et {second} : le même fichier donné deux fois",
                              "{first} and {second}: the same file given twice"),
    # errors
    "wave-no-date": (
        "{file} : aucune date de relevé ni année, impossible de placer l'enquête dans le temps ; "
        "ajoutez une colonne « Date du relevé » (ou « Année »)",
        "{file}: no reading date and no year, the survey cannot be placed in time; add a "
        "“Date du relevé” (or “Année”) column"),
    # the file's date (or year) column is there, blank on every row: to fill (trend and
    # changes have no --date: the reader's no-date names it for the commands that do)
    "wave-no-date-blank": (
        "{file} : colonne de date du relevé (ou d'année) vide sur chaque ligne, impossible de "
        "placer l'enquête dans le temps ; remplissez-la (une date suffit : les lignes sans "
        "date prennent la date de la vague)",
        "{file}: reading date (or year) column blank on every row, the survey cannot be "
        "placed in time; fill it in (one date is enough: rows without a date take the "
        "wave's)"),
    "wave-undated-rows": (
        "{file} : des relevés sans date ont été rattachés à une seule date alors que le fichier "
        "contient plusieurs vagues ({waves}) ; datez chaque ligne, ou donnez chaque vague dans "
        "son propre fichier",
        "{file}: readings without a date were given one date although the file holds several "
        "waves ({waves}); date every row, or give each wave in its own file"),
    "waves-mixed-types": (
        "les fichiers ne portent pas sur le même type de collectivité ({types}) : des vagues "
        "comparées sont d'un même type ; donnez les fichiers d'un même type, ou précisez "
        "{opt:--type|type=} si l'un a été mal deviné",
        "the files are not about the same collectivity type ({types}): waves compared are of "
        "one type; give files of one type, or use {opt:--type|type=} if one was guessed wrong"),
    # transitions, changes, movers (no type=) on waves of several types: région 44 paired
    # with département 44; the waves of one type are read with read_waves(type=)
    "waves-types-mixed": (
        "les vagues mêlent plusieurs types de collectivités : {types} ; une évolution se "
        "mesure sur un type : lisez les vagues d'un type, read_waves(…, type=\"{first}\") "
        "par exemple",
        "the waves mix several types of authorities: {types}; a change is measured over one "
        "type: read the waves of one type, read_waves(…, type=\"{first}\") for instance"),
    "waves-mixed-measures": (
        "{annuaire} : comptes déclarés à l'Annuaire de l'administration (un minimum) ; {survey} : "
        "comptes relevés par une enquête ; deux mesures différentes ne font pas une évolution : "
        "comparez l'Annuaire avec l'Annuaire, une enquête avec une enquête",
        "{annuaire}: accounts declared to the Annuaire de l'administration (a lower bound); "
        "{survey}: accounts checked by a survey; two different measures make no change over "
        "time: compare the Annuaire with the Annuaire, a survey with a survey"),
    "wave-overlap": (
        "{first} et {second} contiennent tous deux la vague {wave} pour {name} ({code}) sur "
        "{platform}, à la même date : une seule lecture par vague et par date (d'une date à "
        "une plus récente, la dernière lecture répondue compte : un « NR » après une réponse ne la "
        "cache pas)",
        "{first} and {second} both hold wave {wave} for {name} ({code}) on {platform}, on "
        "the same date: one reading per wave and date (from one date to a later one, the "
        "latest answered reading counts: an “NR” after an answer does not hide it)"),
    "waves-need-two-pooled": (
        "une seule vague ({wave}) : les fichiers donnés ont été lus comme une seule campagne "
        "(ci-dessous) ; il faut deux vagues pour mesurer une évolution",
        "only one wave ({wave}): the files given were read as one campaign (below); two waves "
        "are needed to measure a change"),
    "waves-need-two": (
        "une seule vague ({wave}) : il en faut deux pour mesurer une évolution (donnez deux "
        "fichiers {opt:--data|à read_waves}, ou un fichier long avec deux dates)",
        "only one wave ({wave}): two are needed to measure a change (give two "
        "{opt:--data files|files to read_waves}, or a long file with two dates)"),
    "wave-unknown": ("vague « {value} » introuvable ; vagues disponibles : {choices}",
                     "wave “{value}” not found; available waves: {choices}"),
    # a wave one may pick (wave-unknown, wave-ambiguous): as the prose says it, as typed
    "wave-choice": ("{date} ({opt:--{side} {label}|{side}=\"{label}\"})",
                    "{date} ({opt:--{side} {label}|{side}=\"{label}\"})"),
    "wave-choice-year": ("{opt:--{side} {label}|{side}=\"{label}\"}",
                         "{opt:--{side} {label}|{side}=\"{label}\"}"),
    "wave-ambiguous": (
        "« {value} » désigne plusieurs vagues ; donnez l'une d'elles : {choices}",
        "“{value}” matches several waves; give one of them: {choices}"),
    # old= and new= of changes, transitions, movers; --old and --new of the command line
    "wave-order": ("{opt:--old {old}|old=\"{old}\"} doit précéder {opt:--new {new}|new=\"{new}\"}",
                   "{opt:--old {old}|old=\"{old}\"} must come before "
                   "{opt:--new {new}|new=\"{new}\"}"),
    "waves-chart-one-file": ("« chart {kind} » lit un seul fichier --data (plusieurs : trend ou "
                             "changes)", "“chart {kind}” reads one --data file (several: trend or "
                             "changes)"),
    # the platforms by their labels, as adoption's survey-platforms-not-surveyed-all
    "waves-no-platform": (
        "aucun des réseaux demandés n'est dans les vagues ({platforms}) ; réseaux des "
        "vagues : {have}",
        "none of the requested platforms is in the waves ({platforms}); platforms of the "
        "waves: {have}"),
    "trend-one-platform": (
        "sans --data, trend porte sur un seul réseau : donnez exactement un --platform",
        "without --data, trend is about one platform: give exactly one --platform"),
    "waves-no-source": ("--source choisit des chiffres publiés : il ne s'applique pas avec --data",
                        "--source selects published figures: it does not apply with --data"),
    "cli-all-sources-no-data": (
        "--all-sources montre les chiffres publiés d'autres sources : il ne s'applique pas "
        "avec --data",
        "--all-sources shows the published figures of other sources: it does not apply with "
        "--data"),
    "waves-no-data": ("{opt:--data est requis|read_waves demande des fichiers} (deux fichiers, "
                      "ou un fichier à plusieurs dates)",
                      "{opt:--data is required|read_waves needs files} (two files, or one file "
                      "with several dates)"),
    # one campaign in several files: one wave, said (read_waves attrs["joined"])
    "waves-files-joined": (
        "vague {wave} lue dans plusieurs fichiers, une seule campagne ({files}{span}) : "
        "leurs relevés sont réunis comme dans un seul fichier{rule}{again}",
        "wave {wave} read from several files, one campaign ({files}{span}): their "
        "readings are pooled as in one file{rule}{again}"),
    "waves-joined-rule": (
        " (moins de 60 jours d'écart, pas de seconde lecture de la moitié des couples "
        "entité × réseau)",
        " (less than 60 days apart, no second reading of half the entity × platform pairs)"),
    "waves-joined-span": (", relevés du {first} au {last}", ", read from {first} to {last}"),
    "waves-joined-again": (
        " ; {n} couple{s} entité × réseau relu{s} dans un autre fichier : la lecture répondue "
        "la plus récente compte (un « NR » après une réponse ne la cache pas)",
        "; {n} entity × platform pair{s} read again in another file: the latest answered "
        "reading counts (an “NR” after an answer does not hide it)"),
    # a template's scope (template --within) and waves of several files (read_waves): one
    # file's scope, the others declaring none, applied when every reading lies in it
    "waves-scope-file": ("{file} (département{s} {deps})", "{file} (département{s} {deps})"),
    "waves-scope-applied": (
        "périmètre du modèle {scope} appliqué à chaque vague : {others} n'en déclare{s:|nt} "
        "aucun, et chacun de {s:ses|leurs} relevés y est",
        "the template's scope of {scope} applied to every wave: {others} declare{s:s|} none, "
        "and each of {s:its|their} readings lies in it"),
    # … not applied: the base stays France's, said once (never the template's « base is… »)
    "waves-scope-differ": (
        "périmètres des modèles non suivis, différents d'un fichier à l'autre : {items} ; "
        "base de l'analyse : les {plural} de France, {opt:--within|within=} pour une autre",
        "the templates' scopes not followed, they differ from one file to another: {items}; "
        "the analysis's base: the {plural} of France, {opt:--within|within=} for another"),
    "waves-scope-exceeded": (
        "périmètre du modèle {scope} non suivi : {n} entité{ns} des vagues hors de "
        "{s:ce département|ces départements} : {items}{more} ; base de l'analyse : les "
        "{plural} de France, {opt:--within|within=} pour une autre",
        "the template's scope of {scope} not followed: {n} {ns:entity|entities} of the waves "
        "outside {s:this département|these départements}: {items}{more}; the analysis's "
        "base: the {plural} of France, {opt:--within|within=} for another"),
    "waves-scope-outside-item": ("{name} ({code}, {file})", "{name} ({code}, {file})"),
    # a file's template-scope warning, its scope not followed by the waves (said why apart)
    "template-scope-unused": (
        "périmètre lu dans le mode d'emploi du modèle : département{s} {deps}, non suivi "
        "pour ces vagues",
        "scope read in the template's instructions: département{s} {deps}, not followed "
        "for these waves"),
    # words of the views
    "waves-any-left-out": (
        "« au moins un réseau » non montré pour {items} : moins de réseaux relevés que dans "
        "les autres vagues ({every}) ; une part sur moins de réseaux ne se compare pas",
        "“at least one network” not shown for {items}: fewer platforms read than in the other "
        "waves ({every}); a share over fewer platforms does not compare"),
    # waves of as many platforms (or more), not the same ones: neither read "fewer"
    "waves-any-left-out-other": (
        "« au moins un réseau » non montré pour {items} : les vagues n'ont pas relevé les "
        "mêmes réseaux (en tout : {every}) ; une part sur d'autres réseaux ne se compare pas",
        "“at least one network” not shown for {items}: the waves did not read the same "
        "platforms (in all: {every}); a share over other platforms does not compare"),
    "waves-any-one-platform-each": (
        "« au moins un réseau » non montré pour {items} : un seul réseau relevé par vague ; sur un "
        "réseau, ce serait la même part sous un autre nom",
        "“at least one network” not shown for {items}: one platform read in each; over one platform "
        "it would be the same share under another name"),
    "waves-any-notes": ("{first} ; {second}", "{first}; {second}"),
    # the note of them all, a sentence under trend's table and chart as the design notes
    "waves-any-note": ("{note}.", "{note}."),
    "waves-any-one-platform": (
        "« au moins un réseau » non montré : un seul réseau relevé ({platform}) ; sur un "
        "réseau, ce serait la même part sous un autre nom",
        "“at least one network” not shown: one platform read ({platform}); over one platform "
        "it would be the same share under another name"),
    "waves-census": ("exhaustif", "census"),
    # every entity of the base in both waves, some answers unknown: no p (nothing drawn),
    # the change over them all lies surely between these bounds (the unknowns set both ways)
    "waves-sure-range": ("{low} à {high}", "{low} to {high}"),
    # in a sentence, a chart's label: « +4,0 pts (sûr : +3,9 à +6,0 pts) »
    "waves-sure-range-words": ("sûr : {range}", "sure: {range}"),
    "waves-note-sure-range": (
        "« {example} » à la place de p : les deux vagues relèvent toutes les entités "
        "{whom}, sans tirage, pas de test ; des réponses inconnues comptées dans un sens puis "
        "dans l'autre, l'évolution sur l'ensemble est sûrement dans cet intervalle ; la "
        "colonne Évolution, celle des seules entités comparables, peut en sortir.",
        "“{example}” in place of p: both waves read every entity {whom}, nothing "
        "drawn, no test; the unknown answers set one way then the other, the change over "
        "them all surely lies in that range; the Change column, the comparable entities' "
        "alone, may fall outside it."),
    "waves-note-sure-range-type": ("du type", "of the type"),
    "waves-note-sure-range-said": ("de la base (voir le titre)", "of the base (see the title)"),
    "waves-note-sure-range-part": ("de la partie du type que tiennent les vagues",
                                   "of the part of the type the waves hold"),
    "waves-chart-sure-range-note": (
        " ; « sûr : {example} » : toutes les entités relevées aux deux vagues, l'évolution "
        "sur l'ensemble sûrement dans cet intervalle (réponses inconnues comptées dans les "
        "deux sens), pas de test",
        "; “sure: {example}”: every entity read in both waves, the change over them all "
        "surely in that range (unknown answers set both ways), no test"),
    # a platform whose blanks one wave read as absence (a column without any « Non ») and
    # another as not answered (a column that writes its « Non »): each wave keeps its own
    # rule (per platform and per wave), the gap it may make said
    "waves-blank-rules-changes": (
        "⚠ {platform} : cases vides lues comme absence {as_absent}, comme « non renseigné » "
        "{unknown} ; chaque vague est lue selon sa règle (les premières comparées comme des "
        "« Non », les autres hors des entités comparables), les arrivées et départs peuvent en "
        "venir ({opt:--blank unknown|blank=\"unknown\"} les lit toutes comme « non renseigné »)",
        "⚠ {platform}: blank cells read as absent {as_absent}, as “not answered” {unknown}; "
        "each wave is read by its own rule (the former compared as absent, the latter out of "
        "the comparable entities), and the joined and left may come from it "
        "({opt:--blank unknown|blank=\"unknown\"} reads them all as “not answered”)"),
    "waves-blank-rules-trend": (
        "⚠ {platform} : cases vides lues comme absence {as_absent}, comme « non renseigné » "
        "{unknown} ; chaque vague est lue selon sa règle, l'écart entre elles peut en venir "
        "({opt:--blank unknown|blank=\"unknown\"} les lit toutes comme « non renseigné »)",
        "⚠ {platform}: blank cells read as absent {as_absent}, as “not answered” {unknown}; each "
        "wave is read by its own rule, and the gap between them may come from it "
        "({opt:--blank unknown|blank=\"unknown\"} reads them all as “not answered”)"),
    "waves-blank-rules-item": ("à la vague {of_wave} ({n})", "in the wave {of_wave} ({n})"),
    "waves-head-wave": ("Vague", "Wave"),
    "waves-head-platform": ("Réseau", "Platform"),
    "waves-head-share": ("Part", "Share"),
    "waves-head-unknown": ("Inconnu", "Unknown"),
    "waves-head-interval": ("Intervalle de confiance", "Confidence interval"),
    "waves-head-joined": ("Arrivées", "Joined"),
    "waves-head-left": ("Départs", "Left"),
    "waves-head-stayed": ("Restés présents", "Stayed present"),
    "waves-head-not-comparable": ("Non comparables", "Not comparable"),
    "waves-head-change": ("Évolution", "Change"),
    "waves-head-p": ("p (McNemar)", "p (McNemar)"),
    "waves-head-growth": ("Croissance médiane", "Median growth"),
    "waves-head-growth-1000": ("Gain méd. / 1\u202f000 hab.", "Median gain / 1,000 inh."),
    "waves-title-changes": (
        "{type} : {from_old} {to_new} ({n_files} fichier{s})",
        "{type}: {from_old} {to_new} ({n_files} file{s})"),
    # more files read than hold the two waves compared (a third wave's file)
    "waves-title-changes-read": (
        "{type} : {from_old} {to_new} ({n_read} fichiers lus, 2 vagues comparées)",
        "{type}: {from_old} {to_new} ({n_read} files read, 2 waves compared)"),
    # more waves read than the two compared, the third in a file holding a compared one
    # (a long file of three waves): the waves said, as the files are above
    "waves-title-changes-waves": (
        "{type} : {from_old} {to_new} ({n_files} fichier{s}, {n_waves} vagues lues, 2 comparées)",
        "{type}: {from_old} {to_new} ({n_files} file{s}, {n_waves} waves read, 2 compared)"),
    # the same under a report's panel, whose waves read the type already says
    "waves-title-changes-compared": (
        "{type} : {from_old} {to_new} ({n_files} fichier{s}, 2 vagues comparées)",
        "{type}: {from_old} {to_new} ({n_files} file{s}, 2 waves compared)"),
    # a report's panel over more waves than the two compared: the entities of every wave
    # read, on every sheet (the Mouvements' title says it)
    "waves-panel-every-wave": (
        "{base} (dans chacune des {n} vagues lues)",
        "{base} (in each of the {n} waves read)"),
    # under it, the entities the two compared waves share beyond that panel, and the
    # command that compares them all (changes --panel: the two waves' own panel)
    "waves-excel-panel-beyond": (
        "Panel du rapport, le même sur chaque feuille : les {n_panel} {whom} qui figurent "
        "dans chacune des {n_waves} vagues lues ; les deux vagues comparées en ont {beyond} "
        "autres en commun, hors de ce panel : « barometre changes {args} » compare "
        "les {n_pair}.",
        "The report's panel, the same on every sheet: the {n_panel} {whom} in each of the "
        "{n_waves} waves read; the two waves compared share {beyond} more, outside this "
        "panel: “barometre changes {args}” compares all {n_pair}."),
    "waves-note-base-part": (
        "Parts calculées sur les entités comparables (réponse connue aux deux vagues) ; "
        "p : test exact de McNemar (arrivées contre départs), bilatéral ; « exhaustif » : "
        "toute la partie du type que tiennent les vagues est comparée (voir la note), "
        "l'évolution de cette partie est exacte.",
        "Shares over the comparable entities (known answer in both waves); p: McNemar's exact "
        "test (joined vs left), two-sided; “census”: the whole part of the type the waves hold "
        "is compared (see the note), that part's change is exact."),
    # the same four of Annuaire exports (render.waves.annuaire_code): their entities are
    # listed in each export, none « répond »
    "waves-note-base-part-annuaire": (
        "Parts calculées sur les entités comparables (présentes dans les deux exports) ; "
        "p : test exact de McNemar (arrivées contre départs), bilatéral ; « exhaustif » : "
        "toute la partie du type que tiennent les exports est comparée (voir la note), "
        "l'évolution de cette partie est exacte.",
        "Shares over the comparable entities (in both exports); p: McNemar's exact "
        "test (joined vs left), two-sided; “census”: the whole part of the type the exports "
        "hold is compared (see the note), that part's change is exact."),
    "waves-note-base-annuaire": (
        "Parts calculées sur les entités comparables (présentes dans les deux exports) ; "
        "p : test exact de McNemar (arrivées contre départs), bilatéral ; « exhaustif » : toutes "
        "les entités du type sont comparées, l'évolution est exacte.",
        "Shares over the comparable entities (in both exports); p: McNemar's exact test "
        "(joined vs left), two-sided; “census”: every entity of the type is compared, the "
        "change is exact."),
    "waves-note-base-no-census-annuaire": (
        "Parts calculées sur les entités comparables (présentes dans les deux exports) ; "
        "p : test exact de McNemar (arrivées contre départs), bilatéral.",
        "Shares over the comparable entities (in both exports); p: McNemar's exact test "
        "(joined vs left), two-sided."),
    "waves-note-base-said-annuaire": (
        "Parts calculées sur les entités comparables (présentes dans les deux exports) ; "
        "p : test exact de McNemar (arrivées contre départs), bilatéral ; « exhaustif » : "
        "toutes les entités de la base (voir le titre) sont comparées, l'évolution est exacte.",
        "Shares over the comparable entities (in both exports); p: McNemar's exact test "
        "(joined vs left), two-sided; “census”: every entity of the base (see the "
        "title) is compared, the change is exact."),
    # the report: a platform whose shares the Évolution sheet says otherwise (each wave whole)
    # the last line of trend --data's and changes' tables: each one's base, and the other's
    "waves-trend-base-line": (
        "Base : chaque vague entière (ses entités ayant répondu) ; « barometre changes » "
        "compare les seules entités ayant répondu aux deux vagues.",
        "Base: each wave whole (its entities that answered); “barometre changes” compares "
        "only the entities that answered at both waves."),
    # trend --panel's: the panel at each wave, not each wave whole (its N, as its title)
    "waves-trend-base-line-panel": (
        "Base : à chaque vague, les {base} ; « barometre changes » compare les seules "
        "entités ayant répondu aux deux vagues.",
        "Base: at each wave, {base}; “barometre changes” compares only the entities "
        "that answered at both waves."),
    "waves-trend-base-line-panel-annuaire": (
        "Base : dans chaque export, les {base} ; « barometre changes » compare les seules "
        "entités présentes dans les deux exports.",
        "Base: in each export, {base}; “barometre changes” compares only the entities "
        "in both exports."),
    "waves-changes-base-line": (
        "Base : les entités ayant répondu aux deux vagues ; « barometre trend --data » compte "
        "chaque vague entière.",
        "Base: the entities that answered at both waves; “barometre trend --data” counts "
        "each wave whole."),
    "waves-trend-base-line-annuaire": (
        "Base : chaque export entier (ses entités) ; « barometre changes » compare les seules "
        "entités présentes dans les deux exports.",
        "Base: each export whole (its entities); “barometre changes” compares only the "
        "entities in both exports."),
    "waves-changes-base-line-annuaire": (
        "Base : les entités présentes dans les deux exports ; « barometre trend --data » "
        "compte chaque export entier.",
        "Base: the entities in both exports; “barometre trend --data” counts each export "
        "whole."),
    "waves-excel-vs-evolution-annuaire": (
        "{platform} : {old} → {new} sur les {n} {whom} des deux exports ; "
        "l'Évolution, qui compte {whole}, donne {ev_old} → {ev_new}.",
        "{platform}: {old} → {new} over the {n} {whom} in both exports; the "
        "Trend sheet, which counts {whole}, gives {ev_old} → {ev_new}."),
    "waves-excel-vs-evolution": (
        "{platform} : {old} → {new} sur les {n} {whom} ayant répondu aux deux vagues ; "
        "l'Évolution, qui compte {whole}, donne {ev_old} → {ev_new}.",
        "{platform}: {old} → {new} over the {n} {whom} that answered at both waves; the "
        "Trend sheet, which counts {whole}, gives {ev_old} → {ev_new}."),
    # what the Évolution counts: each wave whole, or each year whole when a year pooled
    # several waves (its point is no wave's share)
    "waves-whole-wave": ("chaque vague entière", "each wave whole"),
    "waves-whole-year": ("chaque année entière, les vagues de {years} réunies",
                         "each year whole, the waves of {years} pooled"),
    "waves-note-base": (
        "Parts calculées sur les entités comparables (réponse connue aux deux vagues) ; "
        "p : test exact de McNemar (arrivées contre départs), bilatéral ; « exhaustif » : toutes "
        "les entités du type sont comparées, l'évolution est exacte.",
        "Shares over the comparable entities (known answer in both waves); p: McNemar's exact "
        "test (joined vs left), two-sided; “census”: every entity of the type is compared, the "
        "change is exact."),
    # no row's p says « exhaustif » (a sample, a sure range, waves marked « † »): no legend
    # of it (waves-note-base, -said, -part say it when one does)
    "waves-note-base-no-census": (
        "Parts calculées sur les entités comparables (réponse connue aux deux vagues) ; "
        "p : test exact de McNemar (arrivées contre départs), bilatéral.",
        "Shares over the comparable entities (known answer in both waves); p: McNemar's exact "
        "test (joined vs left), two-sided."),
    # every row's p « voir † » (waves no random sample of their type): no test run, no
    # word of McNemar (the « † » note says why)
    "waves-note-base-untested": (
        "Parts calculées sur les entités comparables (réponse connue aux deux vagues).",
        "Shares over the comparable entities (known answer in both waves)."),
    "waves-note-base-untested-annuaire": (
        "Parts calculées sur les entités comparables (présentes dans les deux exports).",
        "Shares over the comparable entities (in both exports)."),
    # under --within, --panel: the base said, named in the title, is what is compared whole
    "waves-note-base-said": (
        "Parts calculées sur les entités comparables (réponse connue aux deux vagues) ; "
        "p : test exact de McNemar (arrivées contre départs), bilatéral ; « exhaustif » : "
        "toutes les entités de la base (voir le titre) sont comparées, l'évolution est exacte.",
        "Shares over the comparable entities (known answer in both waves); p: McNemar's exact "
        "test (joined vs left), two-sided; “census”: every entity of the base (see the "
        "title) is compared, the change is exact."),
    "waves-note-council-changed": (
        "Conseil changé entre les deux vagues : {items} ; l'ancienne vague relevait le compte "
        "du conseil propre au département, la nouvelle celui du nouveau conseil : deux comptes, "
        "pas de croissance calculée.",
        "Council changed between the two waves: {items}; the old wave surveyed the account of "
        "the département's own council, the new one the new council's: two accounts, no growth "
        "computed."),
    "waves-note-council-changed-item": (
        "{name} ({code}), « {council} » ({council_code}) depuis le {since}",
        "{name} ({code}), “{council}” ({council_code}) since {since}"),
    "waves-note-growth": (
        "Croissance : abonnés nouvelle vague ÷ ancienne − 1, entités présentes aux deux vagues "
        "avec un nombre d'abonnés, non nul à l'ancienne ; n : entités de chaque médiane.",
        "Growth: followers new wave ÷ old − 1, entities present in both waves with a count, "
        "above 0 in the old one; n: entities of each median."),
    # entities whose old count was 0: a gain, but no growth rate (÷ 0): the two medians
    # are over different entities (each n said beside it)
    "waves-note-from-zero-one": (
        "1 collectivité partait de 0 abonné{where} : pas de taux de croissance (hors de la "
        "croissance médiane et des plus fortes et plus faibles croissances).",
        "1 authority started from 0 followers{where}: no growth rate (left out of the median "
        "growth and of the fastest and slowest growth)."),
    "waves-note-from-zero-many": (
        "{n} collectivités partaient de 0 abonné{where} : pas de taux de croissance (hors de la "
        "croissance médiane et des plus fortes et plus faibles croissances).",
        "{n} authorities started from 0 followers{where}: no growth rate (left out of the "
        "median growth and of the fastest and slowest growth)."),
    "waves-head-n-growth": ("n (croissance)", "n (growth)"),
    "waves-head-n-gain": ("n (gain)", "n (gain)"),
    # growths computed on a count the file gave abbreviated ("1,2 M"): approximate, "≈"
    "waves-note-growth-rounded": (
        "≈ : {n} croissance{s}{where} calculée{s} sur un nombre d'abonnés arrondi (abrégé dans "
        "le fichier, comme « 1,2 M »), donc approximative{s}, de même que le gain pour "
        "1\u202f000 habitants.",
        "≈: {n} growth figure{s}{where} computed on a rounded follower count (abbreviated in the "
        "file, like “1.2M”), so approximate, as is the gain per 1,000 inhabitants."),
    # ... quoting a cell of the file behind one of them, as typed, and the count read
    "waves-note-growth-rounded-cell": (
        "≈ : {n} croissance{s}{where} calculée{s} sur un nombre d'abonnés arrondi ({example}), "
        "donc approximative{s}, de même que le gain pour 1\u202f000 habitants.",
        "≈: {n} growth figure{s}{where} computed on a rounded follower count ({example}), so "
        "approximate, as is the gain per 1,000 inhabitants."),
    "waves-rounded-example": ("abrégé dans le fichier : « {typed} », lu {read}",
                              "abbreviated in the file: “{typed}”, read as {read}"),
    "waves-rounded-examples": ("abrégé dans le fichier, comme « {typed} », lu {read}",
                               "abbreviated in the file, such as “{typed}”, read as {read}"),
    # growths on a count the reader questioned (validate's count-above-population…)
    "waves-note-growth-questioned": (
        "(à vérifier) : {n} croissance{s} calculée{s} sur un nombre d'abonnés mis en doute à "
        "la lecture du fichier ({codes} ; détail : barometre validate), comme lu, de même que "
        "le gain pour 1\u202f000 habitants ; les médianes les comptent.",
        "(to check): {n} growth figure{s} computed on a follower count questioned when the "
        "file was read ({codes}; details: barometre validate), as read, and so is the gain "
        "per 1,000 inhabitants; the medians count them."),
    "waves-movers": ("{platform} — plus fortes croissances : {top} ; plus faibles : {bottom}",
                     "{platform} — fastest growth: {top}; slowest: {bottom}"),
    # the growths named all losses, rises then losses, or neither (zeros, mixed lists)
    "waves-movers-losses": ("{platform} — plus faibles baisses : {top} ; plus fortes baisses : {bottom}",
                            "{platform} — smallest losses: {top}; largest losses: {bottom}"),
    "waves-movers-rises-losses": (
        "{platform} — plus fortes hausses : {top} ; plus fortes baisses : {bottom}",
        "{platform} — largest rises: {top}; largest losses: {bottom}"),
    "waves-movers-mixed": ("{platform} — plus fortes évolutions : {top} ; plus faibles : {bottom}",
                           "{platform} — highest changes: {top}; lowest: {bottom}"),
    # ties: the growths equal to the last one named, left out ("Aisne +10 % (et 2 autres…)")
    # lines of a trend chart drawn one over the other: which, and their shares
    "waves-lines-coincide": ("{names} : {shares} (lignes confondues)",
                             "{names}: {shares} (lines drawn one over the other)"),
    "waves-lines-same-both": ("{share} aux deux vagues", "{share} at both waves"),
    "waves-lines-same-each": ("{share} à chaque vague", "{share} at every wave"),
    "waves-lines-same-shares": ("mêmes parts à chaque vague", "the same shares at every wave"),
    "waves-movers-tied": (" (et {n} autre{s} ex aequo)", " (and {n} other{s} tied)"),
    # every growth the same: neither fastest nor slowest
    "waves-movers-same": ("{platform} — même croissance pour les {n} : {growth}",
                          "{platform} — the same growth for all {n}: {growth}"),
    "waves-movers-one": ("{platform} — une seule croissance : {name}",
                         "{platform} — one growth only: {name}"),
    "waves-many": (
        "⚠ {n} vagues : comparaison de la plus ancienne ({old}) et de la plus récente ({new}) ; "
        "--old et --new en choisissent d'autres",
        "⚠ {n} waves: comparing the oldest ({old}) and the newest ({new}); --old and --new "
        "choose others"),
    "waves-small": ("⚠ petit effectif (n < {n}) : intervalle large, à lire avec prudence.",
                    "⚠ small base (n < {n}): wide interval."),
    "waves-status-joined": ("Arrivées", "Joined"),
    "waves-status-left": ("Départs", "Left"),
    "waves-status-stayed": ("Restés présents", "Stayed present"),
    "waves-status-absent": ("Absents aux deux vagues", "Absent in both waves"),
    "waves-status-not-comparable": ("Non comparables", "Not comparable"),
    # not surveyed in that wave (no row of it in the wave's files): never « absent », which
    # says « no account » (« Absents aux deux vagues »)
    "waves-reason-missing-old": ("pas dans la vague {of_old}", "not in the wave {of_old}"),
    "waves-reason-missing-new": ("pas dans la vague {of_new}", "not in the wave {of_new}"),
    "waves-reason-not-read-old": ("non relevé sur ce réseau à la vague {of_old}",
                                  "not read on this platform in the wave {of_old}"),
    "waves-reason-not-read-new": ("non relevé sur ce réseau à la vague {of_new}",
                                  "not read on this platform in the wave {of_new}"),
    # a platform one of the two waves did not read at all: one line, not a row per entity
    "waves-platform-not-read": (
        "{platform} non relevé à la vague {of_wave} : pas d'évolution à mesurer sur ce réseau",
        "{platform} not read in the wave {of_wave}: no change to measure on it"),
    "waves-platform-not-read-list": (
        "{platform} non relevé à la vague {of_wave} ({n} {entities})",
        "{platform} not read in the wave {of_wave} ({n} {entities})"),
    "waves-reason-unknown-old": ("réponse inconnue à la vague {of_old}",
                                 "unknown answer in the wave {of_old}"),
    "waves-reason-unknown-new": ("réponse inconnue à la vague {of_new}",
                                 "unknown answer in the wave {of_new}"),
    # charts
    "waves-chart-trend-title": ("{type} : part des collectivités présentes à chaque vague",
                                "{type}: share present at each wave"),
    "waves-chart-trend-caption": (
        "Source : enquête{s} {sources} — barres : {bars} (pas de barre "
        "pour une vague exhaustive)",
        "Source: survey{s} {sources} — bars: {bars} (none for a census wave)"),
    # a wave that is no random sample of its type (compare's « † ») has no bar either
    "waves-chart-trend-caption-marked": (
        "Source : enquête{s} {sources} — barres : {bars} (pas de barre "
        "pour une vague exhaustive ni pour une vague marquée †)",
        "Source: survey{s} {sources} — bars: {bars} (none for a census wave "
        "nor for a wave marked †)"),
    # no wave a census: no bar missing for that reason, none said
    "waves-chart-trend-caption-nocensus": (
        "Source : enquête{s} {sources} — barres : {bars}",
        "Source: survey{s} {sources} — bars: {bars}"),
    "waves-chart-trend-caption-marked-nocensus": (
        "Source : enquête{s} {sources} — barres : {bars} (pas de barre "
        "pour une vague marquée †)",
        "Source: survey{s} {sources} — bars: {bars} (none for a wave marked †)"),
    # every wave marked « † » (none a random sample of its type): no bar at all
    "waves-chart-trend-caption-all-marked": (
        "Source : enquête{s} {sources} — pas de barre : chaque vague est marquée †",
        "Source: survey{s} {sources} — no bars: every wave is marked †"),
    # what the trend chart's bars are: 95 % intervals, sure ranges (k/N–(k + u)/N, the
    # whole possible range: a certainty, render.charts.waves), or some of each
    "waves-chart-bars-ci": ("intervalle de confiance à 95 %", "95% confidence interval"),
    "waves-chart-bars-sure": (
        "fourchette sûre, quelles que soient les réponses manquantes",
        "sure range, whatever the missing answers"),
    "waves-chart-bars-some-sure": (
        "intervalle de confiance à 95 %, fourchette sûre (quelles que soient les réponses "
        "manquantes) pour {points}",
        "95% confidence interval, sure range (whatever the missing answers) for {points}"),
    "waves-chart-changes-title": ("{type} : {from_old} {to_new}", "{type}: {from_old} {to_new}"),
    # what the dumbbells measure, on the x axis (the title says only who and when)
    "waves-chart-changes-xlabel": ("Part des {plural} présents sur chaque réseau",
                                   "Share of {plural} present on each network"),
    "waves-chart-changes-xlabel-f": ("Part des {plural} présentes sur chaque réseau",
                                     "Share of {plural} present on each network"),
    # the legend of the new wave's dots, drawn in each platform's colour
    "waves-chart-changes-new": ("couleur du réseau : {new}", "platform's colour: {new}"),
    # after the base of a changes chart (within, panel): the entities its shares count
    "waves-chart-comparable": (" ; parts sur les {n} comparables (réponse connue aux deux "
                               "vagues){others}",
                               "; shares over the {n} comparable (answer known at both "
                               "waves){others}"),
    "waves-chart-comparable-annuaire": (" ; parts sur les {n} comparables (dans les deux "
                                        "exports){others}",
                                        "; shares over the {n} comparable (in both "
                                        "exports){others}"),
    "waves-chart-comparable-other": ("{n} sur {platforms}", "{n} on {platforms}"),
    "waves-chart-changes-caption": (
        "Source : enquête{s} {sources} — parts parmi les entités comparables aux deux vagues",
        "Source: survey{s} {sources} — shares among the entities comparable in both waves"),
    # waves read from exports of the Annuaire de l'administration: not "enquêtes"
    "waves-chart-trend-caption-annuaire": (
        "Source : Annuaire de l'administration, export{s} {sources} — comptes déclarés",
        "Source: Annuaire de l'administration, export{s} {sources} — declared accounts"),
    "waves-chart-changes-caption-annuaire": (
        "Source : Annuaire de l'administration, export{s} {sources} — parts parmi les "
        "entités comparables aux deux exports",
        "Source: Annuaire de l'administration, export{s} {sources} — shares among the "
        "entities comparable in both exports"),
    # each point's base under the trend chart: the n of its platform at its wave, the
    # entities read at each wave (review rvwaves21, finding 5)
    "waves-chart-trend-bases": (
        "n de chaque point (ayant répondu pour le réseau à la vague{of}) — {items}",
        "n of each point (answered for the platform at the wave{of}) — {items}"),
    "waves-chart-trend-bases-annuaire": (
        "n de chaque point (dans l'export de la vague{of}) — {items}",
        "n of each point (in the wave's export{of}) — {items}"),
    "waves-chart-trend-bases-of": (", sur {total} {label}", ", of {total} {label}"),
    "waves-chart-trend-bases-wave": ("{date} ({k} dans la vague) : {points}",
                                     "{date} ({k} in the wave): {points}"),
    # most platforms answered by every entity of the wave: those said once, the others
    # named (a 5 x 3 in chart's caption must leave room for the plot)
    "waves-chart-trend-bases-all": ("{date} ({k} dans la vague) : {k} pour chaque réseau",
                                    "{date} ({k} in the wave): {k} for each platform"),
    "waves-chart-trend-bases-except": (
        "{date} ({k} dans la vague) : {k} pour chaque réseau sauf {points}",
        "{date} ({k} in the wave): {k} for each platform except {points}"),
    "waves-chart-trend-bases-range": ("{date} ({k} dans la vague) : n de {lo} à {hi}",
                                      "{date} ({k} in the wave): n from {lo} to {hi}"),
    "waves-chart-trend-differ": (
        "Les {label} relevés ne sont pas forcément les mêmes d'une vague à l'autre : une "
        "ligne joint des bases différentes ({opt:--panel|panel=True} : les seules entités de "
        "toutes les vagues)",
        "The {label} read are not necessarily the same from one wave to the next: a line "
        "joins different bases ({opt:--panel|panel=True}: the entities of every wave only)"),
    "waves-chart-trend-differ-f": (
        "Les {label} relevées ne sont pas forcément les mêmes d'une vague à l'autre : une "
        "ligne joint des bases différentes ({opt:--panel|panel=True} : les seules entités de "
        "toutes les vagues)",
        "The {label} read are not necessarily the same from one wave to the next: a line "
        "joins different bases ({opt:--panel|panel=True}: the entities of every wave only)"),
    # each share's base under the changes chart: the comparable entities per platform
    "waves-chart-changes-bases": (
        "Parts sur les {label} comparables (réponse connue aux deux vagues) : {items}, sur "
        "les {total} de l'une ou l'autre vague",
        "Shares over the comparable {label} (answer known at both waves): {items}, of the "
        "{total} in either wave"),
    "waves-chart-changes-bases-each": (
        "Parts sur les {label} comparables (réponse connue aux deux vagues), sur le nombre "
        "de l'une ou l'autre vague : {items}",
        "Shares over the comparable {label} (answer known at both waves), of those in either "
        "wave: {items}"),
    "waves-chart-changes-bases-annuaire": (
        "Parts sur les {label} comparables (dans les deux exports) : {items}, sur "
        "les {total} de l'un ou l'autre export",
        "Shares over the comparable {label} (in both exports): {items}, of the "
        "{total} in either export"),
    "waves-chart-changes-bases-each-annuaire": (
        "Parts sur les {label} comparables (dans les deux exports), sur le nombre "
        "de l'un ou l'autre export : {items}",
        "Shares over the comparable {label} (in both exports), of those in either "
        "export: {items}"),
    "waves-chart-mcnemar-note": (" ; p : test exact de McNemar", "; p: McNemar's exact test"),
    "waves-chart-fictitious": (" — données fictives", " — fictitious data"),
    # the report's Mouvements sheet
    "report-sheet-movements": ("Mouvements", "Changes"),
    "report-movements-refused": (
        "Pas de feuille Mouvements, le fichier contenant plusieurs vagues : {reason}",
        "No Changes sheet, the file holding several waves: {reason}"),
    # --platform: neither wave compared read any of the platforms asked for
    "report-movements-not-read": (
        "Pas de feuille Mouvements : les vagues qu'elle comparerait, la plus ancienne et la "
        "plus récente, ne relèvent aucun des réseaux demandés ({platforms}).",
        "No Changes sheet: the waves it would compare, the oldest and the newest, read none "
        "of the platforms asked for ({platforms})."),
    "waves-head-share-old": ("Part, ancienne vague", "Share, old wave"),
    "waves-head-share-new": ("Part, nouvelle vague", "Share, new wave"),
    "waves-head-name": ("Nom", "Name"),
    "waves-head-status": ("Mouvement", "Change"),
    "waves-head-reason": ("Pourquoi non comparable", "Why not comparable"),
    "waves-head-rank": ("Rang", "Rank"),
    "waves-head-followers-old": ("Abonnés, ancienne vague", "Followers, old wave"),
    "waves-head-followers-new": ("Abonnés, nouvelle vague", "Followers, new wave"),
    "waves-head-growth-rate": ("Croissance", "Growth"),
    "waves-head-gain-1000": ("Gain / 1\u202f000 hab.", "Gain / 1,000 inh."),
    # growths and gains computed on a count the file gave abbreviated ("1,2 M"), marked as
    # the report marks such counts (a column beside them)
    "waves-head-growth-rounded": ("Croissance et gain : nombre abrégé dans le fichier",
                                  "Growth and gain: count abbreviated in the file"),
    "waves-growth-rounded": ("≈ approximatifs", "≈ approximate"),
    # growths and gains on a count the reader questioned (more followers than inhabitants…)
    "waves-head-growth-questioned": ("Croissance et gain : nombre mis en doute à la lecture",
                                     "Growth and gain: count questioned when read"),
    "waves-growth-questioned": ("à vérifier", "to check"),
    "waves-head-medians-rounded": ("Médianes : nombres abrégés dans le fichier",
                                   "Medians: counts abbreviated in the file"),
    "waves-medians-rounded-growth": ("≈ croissance", "≈ growth"),
    "waves-medians-rounded-gain": ("≈ gain", "≈ gain"),
    "waves-medians-rounded-both": ("≈ croissance et gain", "≈ growth and gain"),
    "waves-excel-who": ("Arrivées, départs et entités non comparables",
                        "Joined, left and not comparable"),
    # the list above left empty: said, not a bare header row
    "waves-excel-who-none": (
        "Aucune arrivée ni aucun départ sur {platforms} {from_old} {to_new}, et aucune entité "
        "non comparable.",
        "No authority joined or left {platforms} {from_old} {to_new}, and none was left out "
        "as not comparable."),
    # the list holds other platforms' rows: those without any, named
    "waves-excel-who-none-of": (
        "Aucune arrivée, aucun départ ni aucune entité non comparable sur {platforms}.",
        "No authority joined, left or was not comparable on {platforms}."),
    # no growth rate to rank (an old wave without follower counts, report -p x of a file
    # without X's counts): one line saying why, not a bare header row; the platforms
    # grouped by why (analysis.waves._why_no_growth)
    "waves-excel-growth-none": ("Pas de croissance des abonnés à mesurer : {reasons}.",
                                "No follower growth to measure: {reasons}."),
    "waves-growth-none-old": ("aucun nombre d'abonnés à la vague {of_old} sur {platforms}",
                              "no follower count in the wave {of_old} on {platforms}"),
    "waves-growth-none-new": ("aucun nombre d'abonnés à la vague {of_new} sur {platforms}",
                              "no follower count in the wave {of_new} on {platforms}"),
    "waves-growth-none-both": ("aucun nombre d'abonnés à aucune des deux vagues sur {platforms}",
                               "no follower count in either wave on {platforms}"),
    "waves-growth-none-unpaired": (
        "aucune entité avec un nombre d'abonnés aux deux vagues, non nul à l'ancienne, sur "
        "{platforms}",
        "no authority with a follower count in both waves, above 0 in the old one, on "
        "{platforms}"),
    "waves-excel-growth": ("Croissance des abonnés (rang 1 = la plus forte)",
                           "Follower growth (rank 1 = fastest)"),
    # every growth listed a loss; some losses among rises
    "waves-excel-growth-losses": ("Baisse des abonnés (rang 1 = la plus faible)",
                                  "Follower losses (rank 1 = smallest)"),
    "waves-excel-growth-mixed": (
        "Évolution des abonnés (rang 1 = la plus forte hausse, ou la plus faible baisse)",
        "Change in followers (rank 1 = the largest rise, or the smallest loss)"),
    # {call}: the changes command (« barometre changes --data … --list --format csv »), or
    # in a report written by barometre.write_report the library's call (a Setting)
    "waves-excel-capped": (
        "Les {shown} premières lignes de chaque réseau ; {n} autre{s} ligne{s} non listée{s} "
        "ici : « {call} » les donne toutes.",
        "The first {shown} rows of each platform; {n} more row{s} not listed here: "
        "“{call}” gives them all."),
}
