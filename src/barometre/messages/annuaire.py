"""Messages of the Annuaire de l'administration census (reader, notes, command)."""

MESSAGES = {
    "annuaire-not-recognised": (
        "{file} : pas un export de l'Annuaire de l'administration (attendu le fichier "
        "{{\"service\": [...]}} du téléchargement complet, ou un export de l'API : JSON "
        "{{total_count, results}} ou CSV avec les colonnes id, nom, pivot)",
        "{file}: not an export of the Annuaire de l'administration (expected the bulk file "
        "{{\"service\": [...]}}, or an API export: JSON {{total_count, results}} or CSV with "
        "columns id, nom, pivot)"),
    "annuaire-no-social-field": (
        "{file} : export sans le champ reseau_social : les comptes déclarés y sont inconnus "
        "(exportez l'annuaire avec ce champ, ou prenez le téléchargement complet)",
        "{file}: export without the reseau_social field: declared accounts are unknown "
        "(export the annuaire with that field, or use the bulk download)"),
    "annuaire-zip-empty": ("{file} : l'archive ne contient aucun fichier .json ou .csv",
                           "{file}: the archive holds no .json or .csv file"),
    "annuaire-corrupt": ("{file} : fichier JSON illisible après {n} service{s} ({detail}) ; "
                         "téléchargement interrompu ?",
                         "{file}: unreadable JSON after {n} service{s} ({detail}); interrupted "
                         "download?"),
    "annuaire-no-entity": ("{file} : aucune entité de type « {type} » dans l'annuaire",
                           "{file}: no entity of type “{type}” in the annuaire"),
    "annuaire-measure-name": ("comptes déclarés à l'Annuaire de l'administration",
                              "accounts declared to the Annuaire de l'administration"),
    "annuaire-measure": (
        "Mesure : comptes déclarés à l'Annuaire de l'administration ({file}, état au {date}) ; "
        "présence = compte déclaré, nombre d'abonnés inconnu.",
        "Measure: accounts declared to the Annuaire de l'administration ({file}, as of {date}); "
        "present = account declared, follower counts unknown."),
    "annuaire-attribution": ("Source : {attribution} ({licence}).",
                             "Source: {attribution} ({licence})."),
    "annuaire-caveat": (
        "Attention : une collectivité sans compte déclaré peut en avoir un ; la part mesurée est "
        "un minimum.",
        "Caveat: an authority with no declared account may still have one; the share measured "
        "is a lower bound."),
    # each count agreeing in its language (messages.plural_s: « 0 annexe », "0 annexes")
    "annuaire-set-aside": (
        "Services écartés : {n} {s:mairie|mairies} ({deleguee} {sd:déléguée|déléguées}, "
        "{annexe} {sa:annexe|annexes}, {arrondissement} {sr:d'arrondissement|d'arrondissement}).",
        "Services set aside: {n} {s:town hall|town halls} ({deleguee} {sd:delegated|delegated}, "
        "{annexe} {sa:annex|annexes}, {arrondissement} {sr:district town hall|district town "
        "halls})."),
    "annuaire-code-disagreements": (
        "{n} service{s} dont le code INSEE du pivot diffère de code_insee_commune (pivot retenu) : "
        "{examples}",
        "{n} service{s} whose pivot INSEE code differs from code_insee_commune (pivot used): "
        "{examples}"),
    "annuaire-unresolved": (
        "{n} service{s} sans collectivité correspondante dans le référentiel (non compté{s}) : "
        "{examples}",
        "{n} service{s} matching no authority of the reference (not counted): {examples}"),
    "annuaire-duplicate-ids": ("{n} enregistrement{s} en double (même id, compté{s} une fois) : "
                               "{examples}",
                               "{n} duplicate record{s} (same id, counted once): {examples}"),
    "annuaire-merged": (
        "{n} service{s} supplémentaire{s} pour une collectivité déjà vue (comptes réunis) : "
        "{examples}",
        "{n} further service{s} for an authority already seen (accounts pooled): {examples}"),
    "annuaire-unclassified-urls": (
        "{n} adresse{s} de réseau non reconnue{s} (ni l'hôte ni le libellé) : {examples}",
        "{n} network link{s} not recognised (neither host nor label): {examples}"),
    "annuaire-template-written": (
        "Modèle écrit : {path} ({n} {types}, {declared} avec au moins un compte déclaré, "
        "{accounts} compte{s} pré-rempli{s})",
        "Template written: {path} ({n} {types}, {declared} with at least one declared account, "
        "{accounts} account{s} pre-filled)"),
    "annuaire-template-note": (
        "Pré-rempli avec les comptes déclarés à l'Annuaire de l'administration ({file}, état au "
        "{date}) ; source : {attribution}, {licence}. « Oui » = compte déclaré ; les cases vides "
        "restent à vérifier à la main (un compte non déclaré peut exister) : écrivez Non là où "
        "il n'y a pas de compte ; avant, --blank unknown compte les cases vides comme non "
        "renseignées (sans lui, une colonne sans aucun « Non » est une erreur).",
        "Pre-filled with the accounts declared to the Annuaire de l'administration ({file}, as "
        "of {date}); source: {attribution}, {licence}. “Oui” = declared account; blank cells "
        "remain to be checked by hand (an undeclared account may exist): write “Non” where "
        "there is no account; until then, --blank unknown counts the blank cells as not "
        "answered (without it, a column without any “Non” is an error)."),
}
