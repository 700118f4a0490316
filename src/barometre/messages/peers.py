"""Messages of an entity among its peers (benchmark) and of the ranking (rank)."""

MESSAGES = {
    "peers-entity-absent": ("{name} ({code}) n'est pas dans le fichier d'enquête",
                            "{name} ({code}) is not in the survey file"),
    "peers-unknown": ("--peers « {value} » inconnu : attendu type, region ou strate",
                      "unknown --peers '{value}': expected type, region or strate"),
    "peers-survey-empty": ("fichier d'enquête sans données", "a survey file without data"),
    "rank-metric-unknown": (
        "métrique « {value} » inconnue : attendu followers ou followers_per_1000",
        "unknown metric '{value}': expected followers or followers_per_1000"),
    "rank-no-values": ("aucune valeur de « {metric} » pour {platform} dans le fichier",
                       "no value of '{metric}' for {platform} in the file"),
}
