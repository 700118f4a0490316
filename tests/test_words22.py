"""Wordings a reader misread (words22).

1. A survey figure's base with entities left out: « 12 entités de l'enquête ; 1 non
   renseignée, hors base » read as 1 of the 12; the file
   ``files/words22/departements-une-ligne-vide.csv`` holds 13 départements, the Ardèche's
   row blank (its cells blank in columns that write « Non »): 12 answered, 1 other not.
2. The report's Évolution showed « 60 % » for a wave of 10 intercommunalités of each
   category (far from the categories' proportions, ``kinds_mix``), where compare shows
   « 60 %† » and no interval, and changes the same.
3. A duplicate of undated rows said « (date de la vague) » when the rows took their
   platform's own date: ``files/words22/departements-doublon-sans-date.csv``, Facebook
   read on 16/12/2024 (its « Non » rows undated), Instagram on 06/01/2025 for every
   département (the file's most frequent date, the wave's); the Allier's undated Facebook
   « Non » twice (lines 4 and 18), both dated 16/12/2024, Facebook's date.
"""

from __future__ import annotations

import random

import openpyxl

import barometre as bm
from barometre.render.excel.cells import typeset
from barometre.analysis.report import report_data

from .conftest import FILES, as_json
from .test_epci_whole_category import NNBSP, _write
from .test_fast_path import fast_reader, normal_reader, same_reading
from .test_kinds_mix21 import _picked

BLANK_ROW = FILES / "words22" / "departements-une-ligne-vide.csv"
UNDATED_TWICE = FILES / "words22" / "departements-doublon-sans-date.csv"


# --- 1. the entities out of the base said as others than the base's ---------------------------

def test_compare_base_says_the_unanswered_entity_is_another(cli):
    out = cli("compare", "--data", BLANK_ROW, "--type", "departement")
    assert out.exit_code == 0, out.output
    rows = [line for line in out.stdout.splitlines() if line.startswith("département")]
    assert len(rows) == 3  # Facebook, Instagram, au moins un réseau
    assert all(line.endswith("12 entités de l'enquête ; 1 autre sans réponse, hors base")
               for line in rows), rows
    assert "non renseignée" not in out.stdout
    en = cli("compare", "--data", BLANK_ROW, "--type", "departement", "--lang", "en").stdout
    assert "12 surveyed entities; 1 other not answered, out of the base" in en
    # the JSON keeps the base alone (12) and the entities out of it in their own field
    recs = as_json(cli("compare", "--data", BLANK_ROW, "--type", "departement", "-f", "json"))
    assert {(r["base"], r["n_base"], r["n_unknown"]) for r in recs} == {
        ("12 entités de l'enquête", 12, 1)}


def test_report_adoption_base_says_the_same(cli, tmp_path):
    for lang, said in (("fr", "12 entités de l'enquête ; 1 autre sans réponse, hors base"),
                       ("en", "12 surveyed entities; 1 other not answered, out of the base")):
        out = tmp_path / f"r-{lang}.xlsx"
        res = cli("report", "--data", BLANK_ROW, "--type", "departement", "--lang", lang,
                  "-o", out)
        assert res.exit_code == 0, res.output
        rows = list(openpyxl.load_workbook(out)["Adoption"].iter_rows(values_only=True))
        col = rows[0].index("Base")
        assert [r[col] for r in rows[1:4]] == [typeset(said, lang)] * 3


def test_skipped_entities_are_others_too(tmp_path):
    """Read with errors="skip": those its errors left out are others than the base's."""
    path = tmp_path / "skip.csv"
    path.write_text("Code;Département;Facebook;Date du relevé\n01;Ain;Oui;15/10/2025\n"
                    "02;Aisne;Non;15/10/2025\n03;Allier;;15/10/2025\n"
                    "04;Alpes-de-Haute-Provence;#N/A;15/10/2025\n", encoding="utf-8")
    from barometre.render.views import adoption_table

    a = bm.adoption(bm.read_survey(path, errors="skip"))
    fb = a[a["platform"] == "facebook"].iloc[0]
    assert (fb["n_base"], fb["n_unknown"], fb["n_skipped"]) == (2, 1, 1)
    assert ("2 entités de l'enquête ; 1 autre sans réponse, hors base ; 1 autre écartée pour "
            "erreur, hors base : voir barometre validate") in adoption_table(a)


# --- 2. the Évolution marks a wave far from the categories' proportions -------------------------

def _waves(tmp_path):
    """2024: a random draw of 40 intercommunalités (12 on Facebook); 2025: 10 of each
    category (24 on Facebook), far from the categories' proportions."""
    codes = random.Random(150).sample(sorted(bm.reference.entities("epci")["code"]), 40)
    old = _write(tmp_path / "draw2024.csv", [(c, "Oui" if i < 12 else "Non")
                                             for i, c in enumerate(codes)], "15/10/2024")
    new = _picked(tmp_path / "mix2025.csv", 21, {"CC": (10, 2), "CA": (10, 5),
                                                 "CU": (10, 7), "METRO": (10, 10)})
    return old, new


def test_evolution_marks_the_wave_far_from_the_categories(cli, tmp_path):
    old, new = _waves(tmp_path)
    # compare marks 2025 alone
    (rec,) = as_json(cli("compare", "--data", new, "--type", "epci", "-f", "json"))
    assert rec["flags"] == ["non_random_sample"] and rec["ci_low"] is None
    (rec,) = as_json(cli("compare", "--data", old, "--type", "epci", "-f", "json"))
    assert rec["flags"] == [] and rec["ci_low"] is not None
    for lang in ("fr", "en"):
        out = tmp_path / f"r-{lang}.xlsx"
        res = cli("report", "--data", old, "--data", new, "--lang", lang, "-o", out)
        assert res.exit_code == 0, res.output
        ws = openpyxl.load_workbook(out).worksheets[2]
        assert ws.title == ("Évolution" if lang == "fr" else "Trend")
        cells = {c.coordinate: c for row in ws.iter_rows() for c in row if c.value is not None}
        assert (cells["B2"].value, cells["B3"].value) == (0.3, 0.6)
        # 2024, a random draw: its share plain; 2025: « 60 %† », as compare marks it
        assert cells["B2"].number_format == ("0 %" if lang == "fr" else "0%")
        assert cells["B3"].number_format == ('0 %"†"' if lang == "fr" else '0%"†"')
        notes = [str(c.value).replace(NNBSP, " ") for c in cells.values()
                 if str(c.value).startswith("†")]
        if lang == "fr":
            assert notes == [typeset(
                "† Vague du 15 octobre 2025 : le fichier tient 10 des 989 communautés de communes, "
                "10 des 230 communautés d'agglomération, 10 des 14 communautés urbaines, 10 "
                "des 21 métropoles : un tirage au hasard serait aussi loin des proportions de "
                "leurs catégories avec moins d'une chance sur mille ; ce n'est pas un "
                "échantillon tiré au hasard des 1 254 intercommunalités : sa part est celle "
                "des entités du fichier, qui surreprésentent certaines catégories, pas celle "
                "des 1 254 intercommunalités.", "fr").replace(NNBSP, " ")]
        else:
            assert len(notes) == 1 and notes[0].startswith(
                "† Wave of 15 October 2025: the file holds 10 of the 989 communautés de communes")
            assert "its share is that of the file's entities" in notes[0]


def test_report_data_says_which_waves_are_marked(tmp_path):
    old, new = _waves(tmp_path)
    s = bm.read_waves([old, new])
    r = report_data(bm.compare_survey(s, "epci"), s)
    ev = r.evolution
    assert ev["flags"].tolist() == ["", "non_random_sample"]
    assert list(r.extra["evolution_designs"]) == [("epci", 2025)]
    assert r.extra["evolution_designs"][("epci", 2025)]["subset"] == "kinds_mix"
    # every year's figures given at once (the API's adoption): the same
    r = report_data(bm.adoption(s, type="epci"), s)
    assert r.evolution["flags"].tolist() == ["", "non_random_sample"]
    assert list(r.extra["evolution_designs"]) == [("epci", 2025)]


# --- 3. a duplicate of undated rows says the date they took -------------------------------------

def test_duplicate_note_says_the_platforms_date(cli):
    res = cli("validate", UNDATED_TWICE)
    assert res.exit_code == 1
    out = res.output
    # the wave's date is Instagram's (06/01/2025); the Facebook rows took Facebook's
    assert ("Facebook : 3 relevés sans date rattachés à la date des relevés Facebook, "
            "16 décembre 2024") in out
    assert ("ligne en double pour Allier (03) sur Facebook (lignes 4, 18) ; lignes 4, 18 sans "
            "date, datées du 16 décembre 2024 (date des relevés Facebook) : --date pour une autre "
            "date") in out
    assert "date de la vague" not in out
    en = cli("validate", UNDATED_TWICE, "--lang", "en").output
    assert ("lines 4, 18 without a date, dated 16 December 2024 (the date of the Facebook "
            "readings): --date for another date") in en
    # the fast reader says it alike
    same_reading(fast_reader, normal_reader, UNDATED_TWICE)


def test_duplicate_note_keeps_the_waves_date_when_it_is_the_waves(tmp_path):
    """Undated rows that took the wave's date (every platform read that day) say so."""
    path = tmp_path / "one_day.csv"
    path.write_text("Code;Département;Réseau;Présence;Date du relevé\n"
                    "01;Ain;Facebook;Oui;15/10/2025\n02;Aisne;Facebook;Non;\n"
                    "01;Ain;Instagram;Oui;15/10/2025\n02;Aisne;Facebook;Non;\n",
                    encoding="utf-8")
    problems = bm.validate(path)
    dup = next(p for p in problems if p.code == "duplicate-rows")
    assert dup.message.endswith("lignes 3, 5 sans date, datées du 15 octobre 2025 (date de la "
                                "vague) : date= pour une autre date")  # Python: date=
