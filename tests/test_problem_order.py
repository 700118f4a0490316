"""validate lists a file's problems by row (#hostile18: found column by column, they came out
as lines 7, 21, 4, 5, 5, 6, 20): the whole file's first, then row by row, a row's from left
to right; and a count column's « — », « beaucoup », « - » say that a blank cell is how to
write an unknown count (« n.c. », « NSP », « ? », which say so, are read as one since #input16:
tests/test_not_answered.py)."""

from __future__ import annotations

import barometre as bm

ROWS = ["Code INSEE;Commune;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;Date",
        "1053;Bourg-en-Bresse;Oui;12345;Oui;1200;15/10/2025",
        "44109;Nantes;Oui;—;Oui;3400;15/10/2025",
        "35238;Rennes;Oui;beaucoup;Oui;env. 300;15/10/2025",
        "33063;Bordeaux;Oui;1000;Oui;-;16/10/2025",
        "31555;Toulouse;compte fermé;;Oui;;16/10/2025",  # « pas de compte » is Non (#17)
        "2A004;Ajaccio;peut-être;;Non;;"]


def _file(tmp_path):
    f = tmp_path / "communes_excel_fr.csv"
    f.write_text("\n".join(ROWS) + "\n", encoding="cp1252")
    return f


def test_validate_lists_the_problems_by_row_the_file_s_first(cli, tmp_path):
    found = bm.validate(_file(tmp_path))
    rows = [(p.row, p.column) for p in found if p.row is not None]
    assert rows == [(3, "Abonnés Facebook"), (4, "Abonnés Facebook"),
                    (4, "Abonnés Instagram"), (5, "Abonnés Instagram"), (6, "Facebook"),
                    (7, "Facebook")]
    first_row = next(i for i, p in enumerate(found) if p.row is not None)
    assert all(p.row is None for p in found[:first_row]) and first_row > 0  # wave-date
    out = cli("validate", _file(tmp_path)).stdout.splitlines()
    lines = [x.split(", ")[1] for x in out if ", ligne " in x]
    assert lines == ["ligne 3", "ligne 4", "ligne 4", "ligne 5", "ligne 6", "ligne 7"]


def test_an_unreadable_count_says_to_leave_the_cell_blank(cli, tmp_path):
    out = cli("validate", _file(tmp_path)).stdout.splitlines()
    assert ("communes_excel_fr.csv, ligne 4, colonne « Abonnés Instagram » : erreur : « env. 300 » "
            "attendu un nombre entier positif d'abonnés (ex. 12 345), ou une cellule vide si "
            "le nombre est inconnu") in out
    en = cli("validate", _file(tmp_path), "--lang", "en").stdout
    assert ("“-” expected a positive whole number of followers (e.g. 12345), or a blank cell "
            "if the count is unknown") in en
