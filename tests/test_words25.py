"""Wording found by the review ux25b.

1. The figures of an Annuaire de l'administration export were said as a survey's: « 3 entités
   de l'enquête » in compare's Base column, « n = 3 ayant répondu sur 18 » and « parmi celles
   ayant répondu » in the report, « avec au moins une réponse », « sans réponse »… Nobody
   answers the Annuaire: its entities are listed in it (« 3 entités de l'Annuaire »).
2. « 2 mairies (1 déléguées, 1 annexes, 0 d'arrondissement) »: each count agrees in number,
   in French (singular below 2) and in English (plural but for 1).
3. The adoption chart's caption said « régions » where compare's table says « régions (carte
   d'avant 2016) » (Ideose's 2015 figure is of the 26 régions before the merger).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
from barometre.render.excel.cells import typeset
import pytest

#: what a survey says and the Annuaire never does (fr and en): « enquête », « répondu »,
#: « réponse », "survey", "responded", "answer(ed)", "unanswered" (never inside
#: « correspondante »)
SURVEY_WORDS = re.compile(r"enquête|\brépon|survey|\brespond|answer", re.IGNORECASE)


def _record(id: str, name: str, code: str, role: str, social: list[tuple[str, str]],
            date: str) -> dict:
    """A service of an API export of the Annuaire (nested fields JSON-encoded), as the
    reviewer's mkann.py wrote them."""
    return {"id": id, "nom": name, "code_insee_commune": code,
            "pivot": json.dumps([{"type_service_local": role, "code_insee_commune": [code]}]),
            "reseau_social": json.dumps([{"valeur": u, "custom_dico2": label}
                                         for u, label in social]),
            "statut_de_diffusion": "true", "date_modification_datetime": date}


def _three_regions(tmp_path: Path) -> Path:
    """The reviewer's export: 3 régions (Bretagne twice), 4 mairies, a mairie déléguée and a
    mairie annexe (set aside), a conseil départemental."""
    fb, tw = "https://www.facebook.com/", "https://twitter.com/"
    rows = [
        _record("a1", "Conseil régional de Bretagne", "35238", "cr",
                [(fb + "regionbretagne", "Facebook"), (tw + "regionbretagne", "Twitter")],
                "2025-09-01T10:00:00+00:00"),
        _record("a2", "Conseil régional d'Occitanie", "31555", "cr",
                [("https://fr-fr.facebook.com/RegionOccitanie/", "Facebook")],
                "2025-08-01T10:00:00+00:00"),
        _record("a3", "Collectivité de Corse", "2A004", "cr", [], "2025-07-01T10:00:00+00:00"),
        _record("b1", "Mairie - Rennes", "35238", "mairie",
                [(fb + "VilleDeRennes", "Facebook")], "2025-10-01T10:00:00+00:00"),
        _record("b2", "Mairie - Toulouse", "31555", "mairie", [], "2025-06-01T10:00:00+00:00"),
        _record("b5", "Mairie déléguée - Saint-Jacques", "35238", "mairie",
                [(fb + "stjacques", "Facebook")], "2025-10-05T10:00:00+00:00"),
        _record("b6", "Mairie annexe - Rennes Nord", "35238", "mairie",
                [(fb + "rennesnord", "Facebook")], "2025-10-05T10:00:00+00:00"),
        _record("c1", "Conseil départemental d'Ille-et-Vilaine", "35238", "cg",
                [("https://www.linkedin.com/company/ille-et-vilaine", "LinkedIn")],
                "2025-03-01T10:00:00+00:00"),
        _record("a1", "Conseil régional de Bretagne", "35238", "cr",
                [(fb + "regionbretagne", "Facebook")], "2025-09-01T10:00:00+00:00"),
    ]
    out = tmp_path / "annuaire.json"
    out.write_text(json.dumps({"total_count": len(rows), "results": rows}, ensure_ascii=False),
                   encoding="utf-8")
    return out


def _older(annuaire: Path, tmp_path: Path) -> Path:
    """The generated export dated 10/08/2024: two dates of the census, two waves."""
    d = json.loads(annuaire.read_text(encoding="utf-8"))
    for r in d["service"]:
        r["date_modification"] = "10/08/2024 10:00:00"
    older = tmp_path / "annuaire2024.json"
    older.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return older


def _cells(path: Path) -> list[str]:
    """Every text cell of every sheet of a workbook, with its sheet and address."""
    wb = openpyxl.load_workbook(path)
    return [f"{ws.title}!{c.coordinate}: {c.value}" for ws in wb for row in ws.iter_rows()
            for c in row if isinstance(c.value, str)]


def _svg_texts(path: Path) -> list[str]:
    """The texts drawn in an SVG chart (its title, legend and caption)."""
    return re.findall(r"<text[^>]*>([^<]*)</text>", path.read_text(encoding="utf-8"))


def _survey_said(texts) -> list[str]:
    return [t for t in texts if SURVEY_WORDS.search(t)]


def _run(cli, *args) -> str:
    res = cli(*args)
    assert res.exit_code == 0, (args, res.output)
    return res.stdout + res.stderr


# --- 1. the Annuaire's figures in the Annuaire's words -----------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_compare_and_validate_of_an_annuaire_say_no_survey_word(cli, tmp_path, annuaire_export,
                                                                lang):
    small, (export, _) = _three_regions(tmp_path), annuaire_export
    said = _run(cli, "compare", "--data", small, "--type", "region", "--lang", lang)
    for args in (["--type", "commune"], ["--type", "departement"],
                 ["--type", "epci", "--by", "category"], ["--type", "commune", "--by", "strate"],
                 ["--type", "departement", "--panel"]):
        said += _run(cli, "compare", "--data", export, *args, "--lang", lang)
        csv = _run(cli, "compare", "--data", export, *args, "--lang", lang, "--format", "csv")
        said += csv.split("\n", 1)[1]  # its rows: the header's ids are no words (n_surveyed)
    said += _run(cli, "validate", small, "--lang", lang)
    said += _run(cli, "validate", export, "--lang", lang)
    assert _survey_said(said.splitlines()) == []
    if lang == "fr":
        table = _run(cli, "compare", "--data", small, "--type", "region")
        assert "Couverture de l'Annuaire : 3 sur 18 régions\n" in table
        assert re.search(r"région +Facebook .* 2/3 +IC 95.*  3 entités de l'Annuaire\n", table)
        assert "quelles que soient les u collectivités hors du fichier (k présentes)." in table
    else:
        assert "Annuaire coverage: 3 of 18 regions\n" in said
        assert "3 entities in the Annuaire\n" in said
    # CSV and JSON: the base in the data's French, as a survey's « 94 entités de l'enquête »
    rows = json.loads(cli("compare", "--data", small, "--type", "region", "--json").stdout)
    assert {(r["base"], r["base_family"]) for r in rows} == {("3 entités de l'Annuaire",
                                                              "entités de l'Annuaire")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reports_of_an_annuaire_say_no_survey_word(cli, tmp_path, annuaire_export, lang):
    small, (export, _) = _three_regions(tmp_path), annuaire_export
    cells = []
    for name, args in (("small", ["--data", small, "--type", "region"]),
                       ("communes", ["--data", export, "--type", "commune"]),
                       ("entity", ["--data", export, "--type", "departement", "--entity", "35"]),
                       ("waves", ["--data", _older(export, tmp_path), "--data", export,
                                  "--type", "departement"])):
        out = tmp_path / f"{name}-{lang}.xlsx"
        _run(cli, "report", *args, "-o", out, "--lang", lang)
        cells += _cells(out)
    assert _survey_said(cells) == []
    texts = [c.split(": ", 1)[1] for c in cells]
    if lang == "fr":
        assert any(t.startswith(typeset("67\u202f% des régions sur Facebook (n = 3 dans "
                                        "l'Annuaire sur 18 ; IC 95\u202f% : 22–94\u202f%", "fr"))
                   for t in texts)
        assert "3 entités de l'Annuaire" in texts
        assert "part des régions de l'Annuaire avec un compte déclaré sur le réseau" in texts
    else:
        assert any(t.startswith("67% of regions on Facebook (n = 3 in the Annuaire of 18; ")
                   for t in texts)
        assert "share of the regions in the Annuaire with an account declared on the network" \
            in texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_charts_of_an_annuaire_say_no_survey_word(cli, tmp_path, annuaire_export, lang):
    small, (export, _) = _three_regions(tmp_path), annuaire_export
    older = _older(export, tmp_path)
    texts = []
    for i, args in enumerate((
            ["adoption", "--data", small, "--type", "region"],
            ["adoption", "--data", export, "--type", "commune"],
            ["heatmap", "--data", export, "--type", "commune"],
            ["trend", "--data", older, "--data", export, "--type", "departement"],
            ["changes", "--data", older, "--data", export, "--type", "departement"])):
        out = tmp_path / f"{i}-{lang}.svg"
        said = _run(cli, "chart", *args, "-o", out, "--lang", lang)
        texts += said.splitlines() + _svg_texts(out)
    # trend and changes over two exports: their tables' notes too
    for command in ("trend", "changes"):
        texts += _run(cli, command, "--data", older, "--data", export, "--type", "departement",
                      "--lang", lang).splitlines()
    # the benchmark has no follower count to place: refused in the Annuaire's words (s26)
    bench = cli("chart", "benchmark", "--data", export, "--type", "departement", "--entity",
                "35", "--platform", "facebook", "-o", tmp_path / "b.svg", "--lang", lang)
    assert bench.exit_code == 1 and "Annuaire" in bench.stderr
    texts += bench.stderr.splitlines()
    assert _survey_said(texts) == []
    # the captions name the Annuaire, never « enquête annuaire.json »
    source = "Source : " if lang == "fr" else "Source: "
    assert (source + "Service-Public.gouv.fr / DILA, Annuaire de l'administration "
            "(annuaire.json), 2026.") in texts


# --- 2. the mairies set aside, counted in agreement --------------------------------------

def test_mairies_set_aside_agree_with_their_counts(cli, tmp_path):
    small = _three_regions(tmp_path)
    fr = _run(cli, "validate", small)
    assert ("annuaire.json : avertissement : Services écartés : 2 mairies (1 déléguée, "
            "1 annexe, 0 d'arrondissement).") in fr
    en = _run(cli, "validate", small, "--lang", "en")
    assert ("annuaire.json: warning: Services set aside: 2 town halls (1 delegated, 1 annex, "
            "0 district town halls).") in en
    # one alone: « 1 mairie (0 déléguée, …) » (French: singular below 2), "1 town hall"
    d = json.loads(small.read_text(encoding="utf-8"))
    d["results"] = [r for r in d["results"] if r["id"] != "b5"]
    small.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    assert ("Services écartés : 1 mairie (0 déléguée, 1 annexe, 0 d'arrondissement)."
            in _run(cli, "validate", small))
    assert ("Services set aside: 1 town hall (0 delegated, 1 annex, 0 district town halls)."
            in _run(cli, "validate", small, "--lang", "en"))


# --- 3. a published base named as compare's table names it -------------------------------

@pytest.mark.parametrize("lang, said", [
    ("fr", "Bases : 101 villes préfectures ; régions (carte d'avant 2016)."),
    ("en", "Bases: 101 prefecture cities; regions (map before 2016).")])
def test_adoption_caption_names_the_regions_before_2016(cli, tmp_path, lang, said):
    out = tmp_path / "vp.svg"
    _run(cli, "chart", "adoption", "--type", "ville_prefecture", "--vs", "region", "--source",
         "ideose", "-o", out, "--lang", lang)
    assert said in _svg_texts(out)
    table = _run(cli, "compare", "--type", "ville_prefecture", "--vs", "region", "--source",
                 "ideose", "--lang", lang)
    assert said.split("; ")[-1].rstrip(".") in table  # the table's words
