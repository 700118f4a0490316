"""A population column in thousands (the reviewer's c3_pop_thousands_comma.csv, year18).

« Population » 679,3 for the Ain's 679 344: validate said the populations differ « sur 4
lignes » (the four « 1 299 » read as whole numbers) and skipped the 97 decimals without a
word. The warning now says the column is in thousands, that alone (« les 101 populations du
fichier semblent en milliers (Ain : 679,3 pour 679 344) : non lues »); the figures are
unchanged (the column is never read).
"""

from __future__ import annotations

import barometre as bm


def _file(tmp_path):
    from barometre import reference

    ents = reference.entities("departement")
    lines = ["Code;Département;Facebook;Abonnés Facebook;Date du relevé;Population"]
    for i, (c, n, p) in enumerate(zip(ents["code"], ents["name"], ents["population"])):
        thousands = f"{p / 1000:.1f}".replace(".", ",")
        lines.append(f"{c};{n};Oui;{1000 + i};15/10/2025;{thousands}")
    path = tmp_path / "pop.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(ents)


def test_population_in_thousands_said(tmp_path):
    path, n = _file(tmp_path)
    (said,) = [p for p in bm.validate(path) if p.code and p.code.startswith("population-column")]
    fr, en = said.msg.render("fr"), said.msg.render("en")
    # one statement (chartfix18): the column in thousands, not also far rows and cells
    # not readable as whole numbers
    assert f"les {n} populations du fichier semblent en milliers (Ain : 679,3 pour " \
           "679\u202f344) : non lues" in fr
    assert f"the file's {n} populations seem to be in thousands (Ain: 679.3 for 679,344): " \
           "not read" in en
    assert "illisible" not in fr and "plus de 10 %" not in fr
    # the figures: the reference's populations, whatever the column says
    from barometre import reference

    s = bm.read_survey(path)
    ents = reference.entities("departement")
    assert (s.loc[s["code"] == "01", "population"].iloc[0]
            == ents.loc[ents["code"] == "01", "population"].iloc[0])


def test_a_true_population_column_says_nothing_more(tmp_path):
    from barometre import reference

    ents = reference.entities("departement")
    lines = ["Code;Département;Facebook;Date du relevé;Population"]
    for c, n, p in zip(ents["code"], ents["name"], ents["population"]):
        lines.append(f"{c};{n};Oui;15/10/2025;{int(p)}")
    path = tmp_path / "vraie.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (said,) = [p for p in bm.validate(path) if p.code and p.code.startswith("population-column")]
    assert said.code == "population-column-ignored"
    assert "illisible" not in said.message and "milliers" not in said.message
