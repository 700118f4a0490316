"""The progress line of long commands (issue #19.5), shown on stderr when it is a terminal."""

MESSAGES = {
    "progress-read": ("Lecture de {file}…", "Reading {file}…"),
    "progress-validate": ("Vérification de {file}…", "Checking {file}…"),
    "progress-report": ("Écriture du rapport {file}…", "Writing the report {file}…"),
    "progress-template": ("Écriture du modèle {file}…", "Writing the template {file}…"),
    "progress-census": ("Lecture de l'Annuaire {file}…", "Reading the Annuaire {file}…"),
}
