"""Readings left out for an error (``errors="skip"``), counted honestly: kept through a
comparison with other types, per type; a rejected date gives no year of its own; and the
survey-design notes agree with their counts (« 1 autre commune »)."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.analysis.survey import compare_survey
from barometre.render.views import adoption_table

LONG_HEAD = "Code;Nom;Réseau;Présence;Nombre d'abonnés;Date du relevé\r\n"


def _csv(path, text: str):
    """A CSV as a French user's Excel saves it: cp1252, ';', CRLF."""
    path.write_bytes(text.encode("cp1252"))
    return path


# ------------------------------------------------------------------ 1. compare --vs

COMMUNES = LONG_HEAD + "".join(f"{r}\r\n" for r in [
    "01053;Bourg-en-Bresse;Facebook;Oui;1000;15/10/2025",   # ville préfecture
    "02408;Laon;Facebook;Oui;#N/A;15/10/2025",              # ville préfecture, left out
    "03190;Moulins;Facebook;Non;;15/10/2025",               # ville préfecture
    "01001;L'Abergement-Clémenciat;Facebook;Non;;15/10/2025",
    "01002;L'Abergement-de-Varey;Facebook;Oui;12;15/10/2025",
    "01004;Ambérieu-en-Bugey;Facebook;Oui;abc;15/10/2025",  # left out
])


def test_compare_with_other_types_keeps_what_skip_left_out(tmp_path):
    s = bm.read_survey(_csv(tmp_path / "communes.csv", COMMUNES), errors="skip")
    c = compare_survey(s, "ville_prefecture", vs="commune")
    got = dict(zip(c["collectivity_type"], c["n_skipped"]))
    # Laon alone is a ville préfecture; Laon and Ambérieu are communes
    assert got == {"ville_prefecture": 1, "commune": 2}
    assert list(c.columns).index("n_skipped") == list(c.columns).index("n_unknown") + 1
    table = adoption_table(c)
    line = next(x for x in table.splitlines() if x.startswith("ville préfecture"))
    assert line.endswith("2 entités de l'enquête ; 1 autre écartée pour erreur, hors base : "
                         "voir barometre validate")
    line = next(x for x in table.splitlines() if x.startswith("commune"))
    assert line.endswith("4 entités de l'enquête ; 2 autres écartées pour erreur, hors base : "
                         "voir barometre validate")
    assert "1 other left out for an error" in adoption_table(c, lang="en")
    # the narrower type's own figures count its own entities
    a = bm.adoption(s, type="ville_prefecture")
    assert a["n_skipped"].tolist() == [1]
    assert (a["n_base"] + a["n_unknown"] + a["n_skipped"]).tolist() == [3]
    # bm.compare on the figures of both types: the column kept
    figures = bm.adoption(s)
    both = bm.compare("commune", figures=figures)
    assert both["n_skipped"].tolist() == [2]


# ------------------------------------------------------------------ 2. a rejected date

def _deps(rows: list[str], head: str = LONG_HEAD) -> str:
    return head + "".join(f"{r}\r\n" for r in rows)


def test_a_rejected_date_counts_in_the_files_one_year(tmp_path):
    path = _csv(tmp_path / "dates.csv", _deps([
        "01;Ain;Facebook;Oui;100;15/10/2025",
        "02;Aisne;Facebook;Oui;200;31/02/2025",                   # unreadable
        "03;Allier;Facebook;Non;;15/10/2025",
        "04;Alpes-de-Haute-Provence;Facebook;Oui;50;15/10/2099",  # in the future
        "05;Hautes-Alpes;Facebook;Oui;20;15/10/2025",
    ]))
    # validate says a file of one year (no « plusieurs années »), its two dates in error
    problems = bm.validate(path)
    assert [(p.row, p.code) for p in problems if p.severity == "error"] == [
        (3, "date-invalid"), (5, "future-date")]
    assert not any(p.code == "multi-year" for p in problems)
    s = bm.read_survey(path, errors="skip")
    assert [(r["year"], r["n"]) for r in s.attrs["skipped"]] == [(2025, 2)]  # never 2099
    a = bm.adoption(s)
    assert (a["year"].tolist(), a["n_skipped"].tolist()) == ([2025], [2])
    assert "skipped_unshown" not in a.attrs
    assert ("3 entités de l'enquête ; 2 autres écartées pour erreur, hors base : voir "
            "barometre validate") in adoption_table(a)


def test_a_rejected_date_in_a_file_of_several_years_is_said_apart(tmp_path):
    path = _csv(tmp_path / "years.csv", _deps([
        "01;Ain;Facebook;Oui;100;15/10/2024",
        "02;Aisne;Facebook;Oui;200;15/10/2024",
        "01;Ain;Facebook;Oui;110;15/10/2025",
        "02;Aisne;Facebook;Oui;210;31/02/2025",                   # 2024 or 2025? unknown
        "03;Allier;Facebook;Non;;15/10/2025",
        "04;Alpes-de-Haute-Provence;Facebook;Oui;50;15/10/2099",  # idem
        "05;Hautes-Alpes;Facebook;Oui;#N/A;15/10/2025",           # a bad count: 2025
    ]))
    multi = next(p for p in bm.validate(path) if p.code == "multi-year")
    assert "2024 (2 relevés), 2025 (2 relevés)" in multi.message  # the years it has
    s = bm.read_survey(path, errors="skip")
    a = bm.adoption(s)
    assert dict(zip(a["year"], a["n_skipped"])) == {2024: 0, 2025: 1}
    assert a.attrs["skipped_unshown"] == [{"platform": "facebook", "year": None, "n": 2}]
    said = ("Écartées pour erreur et comptées dans aucun chiffre : Facebook, année inconnue "
            "(la date était l'erreur, dans un fichier de plusieurs années) : 2 départements ; "
            "voir barometre validate")
    assert said in adoption_table(a)
    c = compare_survey(s)  # the latest year, and what no figure counts
    assert c["n_skipped"].tolist() == [1]
    assert said in adoption_table(c)
    assert ("Left out for an error and counted in no figure: Facebook, year unknown (the date "
            "was the error, in a file of several years): 2 départements; see barometre "
            "validate") in adoption_table(c, lang="en")


def test_a_rejected_date_beside_a_stated_year_counts_in_that_year(tmp_path):
    head = "Code;Nom;Année;Réseau;Présence;Date du relevé\r\n"
    path = _csv(tmp_path / "stated.csv", _deps([
        "01;Ain;2024;Facebook;Oui;15/10/2024",
        "02;Aisne;2024;Facebook;Oui;31/02/2024",  # the year stated: 2024
        "01;Ain;2025;Facebook;Oui;15/10/2025",
        "02;Aisne;2025;Facebook;Non;15/10/2025",
    ], head))
    a = bm.adoption(bm.read_survey(path, errors="skip"))
    assert dict(zip(a["year"], a["n_skipped"])) == {2024: 1, 2025: 0}
    assert "skipped_unshown" not in a.attrs


def test_a_platform_left_out_whole_is_said_apart(tmp_path):
    path = _csv(tmp_path / "x.csv", _deps([
        "01;Ain;Facebook;Oui;100;15/10/2025",
        "02;Aisne;Facebook;Non;;15/10/2025",
        "01;Ain;X;Oui;#N/A;15/10/2025",
        "02;Aisne;X;Oui;-5;15/10/2025",
    ]))
    a = bm.adoption(bm.read_survey(path, errors="skip"))
    assert a["platform"].tolist() == ["facebook"]  # every X reading had an error
    assert a.attrs["skipped_unshown"] == [{"platform": "x", "year": 2025, "n": 2}]
    assert ("Écartées pour erreur et comptées dans aucun chiffre : X (ex-Twitter) 2025 : "
            "2 départements ; voir barometre validate") in adoption_table(a)


# ------------------------------------------------------------------ 3. design notes

def test_the_design_notes_agree_with_one_other(cli, tmp_path):
    """The 96 metropolitan départements and Guadeloupe: « 1 autre département », « l'autre
    supposé tiré au hasard », « tous » (départements: masculine), not « 1 autres
    départements », « les 1 autres supposées »."""
    e = bm.reference.entities("departement")
    codes = e.loc[~e["region"].isin(["01", "02", "03", "04", "06"]), "code"].tolist()
    codes.append("971")
    src = _csv(tmp_path / "dep97.csv", "Code département;Facebook;Date\r\n" + "".join(
        f"{c};{'Non' if i % 16 == 0 else 'Oui'};15/10/2025\r\n" for i, c in enumerate(codes)))
    out = cli("compare", "--data", src, "--type", "departement").stdout
    assert ("† Le fichier tient les 96 départements de métropole, tous, à côté de 1 autre "
            "département sur 5 : ce n'est pas") in out
    assert ("(les 96 départements de métropole comptés, l'autre supposé tiré au hasard "
            "parmi les 5)") in out
    assert "autres" not in out
    en = cli("compare", "--data", src, "--type", "departement", "--lang", "en").stdout
    assert "beside 1 other département of 5:" in en
    assert "the other one assumed drawn at random among the 5" in en
    band = cli("compare", "--data", src, "--type", "departement", "--by", "strate").stdout
    assert "tous, à côté de 1 autre département sur 5 : ce n'est pas" in band
    trend = cli("trend", "--data", src, "--type", "departement")
    assert ("le fichier tient les 96 départements de métropole, tous, à côté de 1 autre "
            "département ;") in trend.stdout  # under the table (s32: stderr)


@pytest.mark.parametrize("k, said", [
    (1, "toutes, à côté de 1 autre commune sur 34\u202f774"),
    (2, "toutes, à côté de 2 autres communes sur 34\u202f774"),
])
def test_the_villes_prefectures_beside_one_or_two_communes(cli, tmp_path, k, said):
    vp = bm.reference.type_codes("ville_prefecture")
    others = [c for c in bm.reference.type_codes("commune") if c not in set(vp)][:k]
    src = _csv(tmp_path / "vp.csv", "Code commune;Facebook;Date\r\n" + "".join(
        f"{c};Oui;15/10/2025\r\n" for c in vp + others))
    out = cli("compare", "--data", src, "--type", "commune").stdout
    assert said in out
    assert ("l'autre supposée tirée au hasard" if k == 1
            else "les 2 autres supposées tirées au hasard") in out
