"""Messages shared by every command: generic errors and the CLI's own words."""

MESSAGES = {
    "unknown-type": ("type inconnu « {value} »{hint}", "unknown collectivity type “{value}”{hint}"),
    # a list where one is named (trend(["region", "departement"])): said as a list, not
    # quoted whole as one unknown name (« « region » ou « departement » »)
    "type-not-one": (
        "un seul type de collectivité attendu, pas une liste ({values}) : un appel par type",
        "one collectivity type expected, not a list ({values}): one call per type"),
    "platform-not-one": (
        "un seul réseau attendu, pas une liste ({values}) : un appel par réseau",
        "one platform expected, not a list ({values}): one call per platform"),
    "type-is-kind": (
        "« {value} » est une catégorie d'intercommunalités ({kind}), pas un type : "
        "{opt:--type epci|type=\"epci\"} compte les 1\u202f254 intercommunalités (un fichier "
        "de {kind} seules est dit et compté comme tel) ; {opt:« barometre entities » et « "
        "barometre template » avec --type « {value} »|« entities(\"{value}\") » et « "
        "write_template(…, type=\"{value}\") »} listent les {kind} seules",
        "“{value}” is a category of intercommunalities ({kind}), not a type: {opt:--type "
        "epci|type=\"epci\"} counts the 1,254 intercommunalities (a file of {kind} alone is "
        "said and counted as such); {opt:“barometre entities” and “barometre template” with "
        "--type “{value}”|“entities(\"{value}\")” and “write_template(…, type=\"{value}\")”} "
        "list the {kind} alone"),
    "unknown-platform": ("réseau inconnu « {value} »{hint}", "unknown platform “{value}”{hint}"),
    # bm.demo_file("nope"): the names of the demo files, a close one suggested ({hint})
    "demo-unknown": ("fichier de démonstration « {value} » inconnu : attendu {names}{hint}",
                     "unknown demo file “{value}”: expected {names}{hint}"),
    "did-you-mean": (" ; vouliez-vous dire {choices} ?", "; did you mean {choices}?"),
    "no-hint": ("", ""),
    # a single entity said in a sentence written for several (render.formats.text_counted):
    # « la seule métropole de l'enquête », never « les 1 métropoles »
    "one-the-only": ("le seul", "the only"),
    "one-the-only-f": ("la seule", "the only"),
    "one-the": ("le", "the"),
    "one-the-f": ("la", "the"),
    "joined": ("{items}", "{items}"),
    # the last link of a list said as a sentence says it (messages.said_and): « a, b et c »
    "list-and": (" et ", " and "),
    # one of several, said as a sentence does: « au moins une réponse sur Facebook ou X »
    "list-or": (" ou ", " or "),
    # a keyword of the other number (domain.keywords): singular for one, plural for several
    "wrong-keyword": (
        "{function}() n'a pas de paramètre {given}= ; vouliez-vous dire {right}= ?",
        "{function}() got an unexpected keyword argument '{given}'; did you mean {right}=?"),
    "keyword-renamed": (
        "{function}({given}=…) s'écrit désormais {function}({right}=…) (barometre 0.2) ; "
        "{given}= sera retiré",
        "{function}({given}=…) is now spelt {function}({right}=…) (barometre 0.2); {given}= "
        "will be removed"),
    "keyword-twice": (
        "{function}() : {given}= et {right}= ensemble ; {given}= est l'ancien nom de {right}=",
        "{function}(): both {given}= and {right}=; {given}= is the old name of {right}="),
    # bm.labelled(frame): nothing to label
    "labels-no-column": (
        "ni colonne « platform » ni colonne « collectivity_type » à étiqueter (colonnes : "
        "{columns})",
        "no “platform” or “collectivity_type” column to label (columns: {columns})"),
    "bad-errors-option": ("errors=« {value} » inconnu : attendu « raise » ou « skip »",
                          "errors=“{value}” unknown: expected “raise” or “skip”"),
    "unexpected-error": (
        "erreur inattendue ({kind}) : {detail}. C'est un défaut de barometre : merci de le "
        "signaler avec la commande lancée ; « barometre --debug … » (ou BAROMETRE_DEBUG=1) "
        "affiche le détail.",
        "unexpected error ({kind}): {detail}. This is a bug in barometre: please report it "
        "with the command you ran; “barometre --debug …” (or BAROMETRE_DEBUG=1) shows the "
        "traceback."),
    # a result frame that does not match its declaration (domain.schemas.SchemaError)
    "schema-columns": (
        "tableau « {name} » : colonnes {got} au lieu de {expected}{missing} (un défaut de "
        "barometre, ou un tableau modifié avant d'être repassé)",
        "frame “{name}”: columns {got} instead of {expected}{missing} (a bug in barometre, or "
        "a frame changed before it was passed back)"),
    "schema-missing": (" ; manquantes : {columns}", "; missing {columns}"),
    "schema-undeclared": (
        "tableau « {name} » : colonne « {column} » non déclarée (un défaut de barometre, ou un "
        "tableau modifié avant d'être repassé)",
        "frame “{name}”: undeclared column “{column}” (a bug in barometre, or a frame changed "
        "before it was passed back)"),
    "schema-kind": (
        "tableau « {name} » : la colonne « {column} » est de type {dtype}, pas {kind} (un "
        "défaut de barometre, ou un tableau modifié avant d'être repassé)",
        "frame “{name}”: column “{column}” is {dtype}, not {kind} (a bug in barometre, or a "
        "frame changed before it was passed back)"),
    "io-error": ("erreur d'entrée-sortie{where} : {detail}", "input/output error{where}: {detail}"),
    # the system's common errors in the user's language (messages.os_error_said); any other
    # is said in the system's own words
    "os-enoent": ("fichier ou dossier introuvable", "no such file or folder"),
    "os-eacces": ("permission refusée", "permission denied"),
    "os-eperm": ("opération non permise", "operation not permitted"),
    "os-erofs": ("disque en lecture seule", "read-only file system"),
    "os-enospc": ("plus de place sur le disque", "no space left on the disk"),
    "os-edquot": ("quota de disque dépassé", "disk quota exceeded"),
    "os-eisdir": ("c'est un dossier", "it is a folder"),
    "os-enotdir": ("un élément du chemin n'est pas un dossier",
                   "a part of the path is not a folder"),
    "os-ebusy": ("fichier ou appareil occupé", "file or device busy"),
    "os-enametoolong": ("nom de fichier trop long", "file name too long"),
    "os-eexist": ("le fichier existe déjà", "the file exists already"),
    "os-eio": ("erreur matérielle de lecture ou d'écriture", "hardware read or write error"),
    # « barometre types >&- »: the output closed before the command ran
    "os-ebadf": ("flux fermé", "stream closed"),
    "os-epipe": ("le programme lecteur s'est arrêté", "the reading program stopped"),
    "stdout-name": ("sortie standard", "standard output"),
    "stdin-name": ("entrée standard", "standard input"),
}
