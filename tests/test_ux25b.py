"""A user review's defects (session 25, ux25b): a regional template analysed without
--within, a wrong --type said as a header on two rows, an error quoting a code the user
never typed."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.survey.reader import read_coded
from barometre.render.excel.cells import typeset

openpyxl = pytest.importorskip("openpyxl")


# --------------------------------------------------------------------------- a wrong --type

_REGIONS = ("Code région;Région;Facebook;X (ex-Twitter);Instagram;LinkedIn;Abonnés Facebook;"
            "Date du relevé\n"
            "01;Guadeloupe;oui;OUI;x;Non;45 300;15/10/2025\n"
            "02;Martinique;Oui;Non;Oui;Non;12 345;15/10/2025\n")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_regions_read_as_departements_say_the_type_not_a_header_on_two_rows(
        tmp_path, cli, encoding):
    """A file of régions read with --type departement: the error says the file is about
    régions and --type region; its first data row (« 01 », « oui », « 45 300 ») is no
    second header row (it was said to « ressemble aussi à un en-tête »)."""
    f = tmp_path / "reg.csv"
    f.write_text(_REGIONS, encoding=encoding)
    r = cli("compare", "--data", f, "--type", "departement")
    assert r.exit_code == 1
    assert r.stderr == (
        "barometre : reg.csv : pas de colonne d'entité pour le type « département » : ce "
        "fichier porte sur des régions (« Code région ») : --type region, ou sans --type ; "
        "en-tête lu ligne 1 : « Code région », « Région », « Facebook », « X (ex-Twitter) », "
        "« Instagram », « LinkedIn », « Abonnés Facebook », « Date du relevé »\n")
    r = cli("compare", "--data", f, "--type", "departement", "--lang", "en")
    assert r.stderr == (
        "barometre: reg.csv: no entity column for type “département”: this file is about "
        "regions (“Code région”): --type region, or no --type; header read on line 1: "
        "“Code région”, “Région”, “Facebook”, “X (ex-Twitter)”, “Instagram”, “LinkedIn”, "
        "“Abonnés Facebook”, “Date du relevé”\n")


def test_a_row_of_answers_is_never_a_second_header_row(tmp_path):
    """No entity column: the row under the header holds answers (« Non »; its « x » also
    heads the platform X's columns): the error says the header row, not « a header on two
    rows »."""
    f = tmp_path / "sans-entite.csv"
    f.write_text("Collec;Facebook;Instagram\nRennes;x;Non\nBrest;Oui;x\n", encoding="utf-8")
    [p] = bm.validate(f)
    assert p.code == "no-entity-column"
    assert p.message == (
        "pas de colonne d'entité : attendu une colonne « code », « code INSEE », « nom », "
        "« collectivité », « département »… ; en-tête lu ligne 1 : « Collec », « Facebook », "
        "« Instagram »")


# --------------------------------------------------------------------------- the code quoted

def test_a_name_in_the_code_column_is_quoted_as_written(tmp_path, cli):
    """« Tulle » in the code column, « Guéret » in the name column: the error quotes
    « Tulle », read as the code 19272, not a code 19272 the user never typed; a row whose
    code cell is 19272 says the code alone."""
    f = tmp_path / "conflict.csv"
    f.write_text("Code INSEE;Ville;Facebook;Date\nTulle;Guéret;Oui;15/10/2025\n"
                 "19272;Guéret;Non;15/10/2025\n", encoding="utf-8")
    r = cli("validate", f, "--type", "ville_prefecture")
    assert r.exit_code == 1
    assert r.stdout.splitlines() == [
        "conflict.csv, ligne 2, colonne « Ville » : erreur : le code « Tulle » (lu comme "
        "19272) désigne Tulle, mais le nom « Guéret » désigne Guéret (23096)",
        "conflict.csv, ligne 3, colonne « Ville » : erreur : le code 19272 désigne Tulle, "
        "mais le nom « Guéret » désigne Guéret (23096)"]
    r = cli("validate", f, "--type", "ville_prefecture", "--lang", "en")
    assert r.stdout.splitlines() == [
        "conflict.csv, line 2, column “Ville”: error: code “Tulle” (read as 19272) is Tulle, "
        "but the name “Guéret” is Guéret (23096)",
        "conflict.csv, line 3, column “Ville”: error: code 19272 is Tulle, but the name "
        "“Guéret” is Guéret (23096)"]


def test_an_unknown_name_beside_a_name_in_the_code_column(tmp_path):
    """The warning of a name not recognised quotes the code cell as written too; a code
    without its leading zero or with a space (« 1 », « 75 056 ») is that code, said alone."""
    f = tmp_path / "inconnu.csv"
    f.write_text("Code INSEE;Ville;Facebook\nGuéret;Xyzville;Oui\n75 056;Zorglub;Oui\n",
                 encoding="utf-8")
    assert [p.message for p in bm.validate(f, type="ville_prefecture")] == [
        "nom « Xyzville » non reconnu à côté du code « Guéret » (lu comme 23096 : Guéret) : "
        "lu d'après le code",
        "nom « Zorglub » non reconnu à côté du code 75056 (Paris) : lu d'après le code"]
    assert [p.message for p in bm.validate(f, type="ville_prefecture", lang="en")] == [
        "name “Xyzville” not recognised next to code “Guéret” (read as 23096: Guéret): read "
        "from the code",
        "name “Zorglub” not recognised next to code 75056 (Paris): read from the code"]


# --------------------------------------------------------------------------- a template's scope

_BZH = "villes préfectures des Côtes-d'Armor et du Finistère"
_SCOPE_FR = ("périmètre lu dans le mode d'emploi du modèle : départements 22, 29 ; sans "
             "--within ni --panel, l'analyse a pour base les entités du type dans ces "
             "départements")


def _template(cli, path, answers, *, type="ville_prefecture", within="22,29", date="15/10/2025",
              extra=(), lang="fr"):
    """``barometre template`` of ``type`` in ``within`` (Facebook), filled: the answers
    row by row, each with its count and ``date``; ``extra`` rows added below."""
    r = cli("template", "--type", type, "--within", within, "-p", "facebook", "-o", path,
            "--force", "--lang", lang)
    assert r.exit_code == 0, r.output
    wb = openpyxl.load_workbook(path)
    ws = wb["Enquête"]
    for row, answer in zip(ws.iter_rows(min_row=2), answers):
        row[4].value, row[7].value = answer, date
        row[6].value = 1000 if answer == "Oui" else None
    for values in extra:
        ws.append(values)
    wb.save(path)
    return path


def test_a_regional_template_is_analysed_in_its_departements(tmp_path, cli):
    """A template of the villes préfectures of 22 and 29, all answered, analysed without
    --within: a census of those 2 (« exhaustif »), not a sample of the 101; said in the
    reading line and by validate (``template-scope``)."""
    f = _template(cli, tmp_path / "bzh.xlsx", ["Oui", "Non"])
    r = cli("compare", "--data", f)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == f"Couverture : 2 sur 2 {_BZH} avec au moins une réponse dans le fichier"
    assert lines[2] == (f"Lecture : {_SCOPE_FR} ; 1 avertissement (détail : « barometre "
                        f"validate {f} »)")
    assert lines[5] == ("ville préfecture  Facebook  2025   50\u202f%  1/2  exhaustif"
                        f"                2 {_BZH}")
    r = cli("validate", f)
    assert r.stdout == f"bzh.xlsx : avertissement : {_SCOPE_FR}\n"
    assert [p.message for p in bm.validate(f, lang="en")] == [
        "scope read in the template's instructions: départements 22, 29; without within= or "
        "panel=True, the analysis's base is the entities of the type in these départements"]
    # the library: the same base, said to come from the template
    for survey in (bm.read_survey(f), read_coded(f)):
        a = bm.adoption(survey)
        assert a["n_reference_of"].tolist() == ["ville_prefecture:22,29"]
        assert a.attrs["within"] == {"ville_prefecture": {"departements": ["22", "29"], "n": 2,
                                                          "template": True}}
    assert bm.read_survey(f).attrs["template_within"] == ["22", "29"]
    # --panel, given, wins: the file's own entities
    assert bm.adoption(bm.read_survey(f), panel=True)["n_reference_of"].tolist() == [
        "ville_prefecture:panel"]


def test_within_given_wins_and_is_said_when_it_is_another(tmp_path, cli):
    f = _template(cli, tmp_path / "bzh.xlsx", ["Oui", "Non"])
    r = cli("compare", "--data", f, "--within", "22,29,35")
    assert r.exit_code == 0, r.output
    assert r.stderr.splitlines()[-1] == (
        "--within 22,29,35 : une autre base que le périmètre du mode d'emploi du modèle "
        "(départements 22, 29)")
    assert ("Couverture : 2 sur 3 villes préfectures des Côtes-d'Armor, du Finistère et "
            "d'Ille-et-Vilaine avec au moins une réponse dans le fichier") in r.stdout
    assert "  1/2  fourchette sûre" in r.stdout  # 1 or 2 of the 3: a sure range (ci25)
    r = cli("compare", "--data", f, "--within", "29,22", "--lang", "en")  # the same: no note
    assert "another base" not in r.stderr
    assert ("prefecture city  Facebook  2025    50%  1/2  census               the 2 "
            "prefecture cities of Côtes-d'Armor and Finistère") in r.stdout.splitlines()


def test_a_template_with_an_entity_outside_its_departements(tmp_path, cli):
    """Paris added to a template of 22 and 29: its scope is not followed, the base stays
    France's, said (``template-scope-exceeded``)."""
    f = _template(cli, tmp_path / "bzh.xlsx", ["Oui", "Non"],
                  extra=[["75056", "Paris", "75", None, "Oui", None, None, "15/10/2025"]])
    r = cli("validate", f)
    assert r.stdout == (
        "bzh.xlsx : avertissement : périmètre du mode d'emploi du modèle (départements 22, 29) "
        "non suivi : 1 entité du fichier hors de ces départements : Paris (75056, département "
        "75, ligne 4) ; base de l'analyse : les villes préfectures de France, --within pour "
        "une autre\n")
    a = bm.adoption(bm.read_survey(f))
    assert a["n_reference"].tolist() == [101] and "within" not in a.attrs


@pytest.mark.parametrize("named", [True, False])
def test_a_category_template_is_its_category_there(tmp_path, cli, named):
    """The CA of the Côtes-d'Armor (5): their census, never 5 of the département's 8
    intercommunalités; a template written before its parameters named the category (its
    command says --panel) reads the category from its entities."""
    f = _template(cli, tmp_path / "ca.xlsx", ["Oui"] * 5, type="communauté d'agglomération",
                  within="22")
    if not named:
        wb = openpyxl.load_workbook(f)
        ws = wb["Mode d'emploi"]
        for (cell,) in ws.iter_rows(max_col=1):
            if isinstance(cell.value, str) and "\u202f; catégorie=CA" in cell.value:  # s33
                cell.value = cell.value.replace("\u202f; catégorie=CA", "")
                break
        else:
            raise AssertionError("no category in the parameters")
        wb.save(f)
    r = cli("compare", "--data", f)
    assert r.exit_code == 0, r.output
    assert ("intercommunalité  Facebook  2025   100\u202f%  5/5  exhaustif                5 "
            "communautés d'agglomération des Côtes-d'Armor") in r.stdout.splitlines()


def test_the_waves_of_a_regional_template(tmp_path, cli):
    """trend --data, changes and report on two waves of the same template: each wave's
    base is its départements', said."""
    old = _template(cli, tmp_path / "2024.xlsx", ["Non", "Non"], date="15/10/2024")
    new = _template(cli, tmp_path / "2025.xlsx", ["Oui", "Non"])
    r = cli("trend", "--data", old, "--data", new)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == f"Base : 2 {_BZH}"
    assert lines[3:5] == [
        "Facebook  15 octobre 2024   0\u202f%  0/2        0  exhaustif                2024.xlsx",
        "Facebook  15 octobre 2025  50\u202f%  1/2        0  exhaustif                2025.xlsx"]
    r = cli("changes", "--data", old, "--data", new)
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[0] == (
        f"2 {_BZH} : du 15 octobre 2024 au 15 octobre 2025 (2 fichiers)")
    out = tmp_path / "rapport.xlsx"
    r = cli("report", "--data", new, "-o", out)
    assert r.exit_code == 0, r.output
    said = [v for row in openpyxl.load_workbook(out)["Synthèse"].iter_rows(values_only=True)
            for v in row if isinstance(v, str)]
    assert said[1:3] == [typeset(f"Périmètre : {_BZH}", "fr"),
                         typeset("Périmètre lu dans le mode d'emploi du modèle d'enquête rempli : "
                                 "départements 22, 29.", "fr")]


def test_one_entity_of_a_category_is_named_by_the_type():
    """A base of one CA (a category's template of the Hautes-Alpes): « 1 intercommunalité
    des Hautes-Alpes », not « 1 communautés d'agglomération »."""
    from barometre.render.views import within_label

    assert within_label("epci", ["05"], plural=False, kinds=["CA"]) == (
        "intercommunalité des Hautes-Alpes")
    assert within_label("epci", ["05"], kinds=["CA"]) == (
        "communautés d'agglomération des Hautes-Alpes")
