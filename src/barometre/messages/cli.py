"""The command line's own words: help chrome and the errors Click raises while parsing."""

MESSAGES = {
    "cli-usage": ("Utilisation : ", "Usage: "),
    "cli-help-option": ("Afficher cette aide et quitter.", "Show this message and exit."),
    "cli-try-help": ("Essayez « {command} --help » pour l'aide.", "Try '{command} --help' for help."),
    "cli-missing-option": ("option obligatoire manquante : {option}", "missing option: {option}"),
    "cli-missing-argument": ("argument obligatoire manquant : {argument}",
                             "missing argument: {argument}"),
    "cli-no-such-option": ("option inconnue : {option}{hint}", "no such option: {option}{hint}"),
    "cli-bad-choice": ("valeur invalide pour {option} : « {value} » ; valeurs possibles : {choices}",
                       "invalid value for {option}: '{value}'; possible values: {choices}"),
    "cli-bad-value": ("valeur invalide pour {option} : {detail}", "invalid value for {option}: {detail}"),
    "cli-needs-value": ("l'option {option} demande une valeur", "option {option} requires a value"),
    "cli-extra-arguments": ("argument(s) en trop : {args}", "unexpected extra argument(s): {args}"),
    "cli-no-such-command": ("commande inconnue « {name} »{hint}", "no such command '{name}'{hint}"),
    "cli-missing-command": ("commande manquante (voir « barometre --help »)",
                            "missing command (see 'barometre --help')"),
    "cli-aborted": ("interrompu", "aborted"),
}
