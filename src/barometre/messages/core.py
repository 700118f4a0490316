"""Messages shared by every command: generic errors and the CLI's own words."""

MESSAGES = {
    "unknown-type": ("type inconnu « {value} »{hint}", "unknown collectivity type '{value}'{hint}"),
    "unknown-platform": ("réseau inconnu « {value} »{hint}", "unknown platform '{value}'{hint}"),
    "did-you-mean": (" ; vouliez-vous dire {choices} ?", "; did you mean {choices}?"),
    "no-hint": ("", ""),
    "joined": ("{items}", "{items}"),
    "bad-errors-option": ("errors=« {value} » inconnu : attendu « raise » ou « skip »",
                          "errors='{value}' unknown: expected 'raise' or 'skip'"),
    "unexpected-error": (
        "erreur inattendue ({kind}) : {detail}. C'est un défaut de barometre : merci de le "
        "signaler avec la commande lancée ; « barometre --debug … » (ou BAROMETRE_DEBUG=1) "
        "affiche le détail.",
        "unexpected error ({kind}): {detail}. This is a bug in barometre: please report it "
        "with the command you ran; “barometre --debug …” (or BAROMETRE_DEBUG=1) shows the "
        "traceback."),
    "io-error": ("erreur d'entrée-sortie{where} : {detail}", "input/output error{where}: {detail}"),
}
