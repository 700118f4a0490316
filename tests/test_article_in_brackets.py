"""Commune names with the article after them, in brackets, as old INSEE lists (the COG's
ARTMIN/ARTMAJ), the préfectures' lists and many barometer spreadsheets write them:
« Havre (Le) », « MANS(LE) », « Abergement-Clémenciat (L') ». Read as « Le Havre »,
« Le Mans »…, never glued into another name: « Mans (Le) » was read as « Mansle », a
former name of Mansle-les-Fontaines (16206), with only a warning (names19)."""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.datasets import name_index
from barometre.datasets.reference import name_key, resolve, resolve_many
from barometre.domain.errors import ResolveError

#: the brief's file: the article in brackets, one ambiguous name (La Rochelle: 17300, 70450)
SURVEY = "nom;facebook\nHavre (Le);Oui\nMans (Le);Non\nRochelle (La);Oui\nAndelys (Les);Oui\n"
READ_AS = {  # as written -> the commune it names
    "Havre (Le)": "76351", "Mans (Le)": "72181", "Andelys (Les)": "27016",
    "Abergement-Clémenciat (L')": "01001", "Abergement-Clémenciat (L’)": "01001",
    "HAVRE (LE)": "76351", "Havre(Le)": "76351", "MANS(LE)": "72181", " Mans ( le ) ": "72181",
    "Marais (Aux)": "60703", "Masos (Los)": "66104",  # INSEE's other articles (TNCC 6, 8)
}


@pytest.fixture
def survey(tmp_path):
    f = tmp_path / "names19.csv"
    f.write_text(SURVEY, encoding="utf-8")
    return f


# ---------------------------------------------------------------- bm.resolve

@pytest.mark.parametrize("text, code", READ_AS.items())
def test_the_article_in_brackets_is_read_in_front(text, code):
    ent = bm.resolve(text, type="commune")
    assert (ent.code, ent.former_name) == (code, None)  # a certain reading: no former name
    assert name_key(text) == name_key(ent.name)


def test_mans_le_is_le_mans_never_mansle():
    """The loose key glued « mans » and « le » into « mansle », a former name of
    Mansle-les-Fontaines: read silently, with a warning only."""
    for type_ in ("commune", None):
        ent = bm.resolve("Mans (Le)", type=type_)
        assert (ent.code, ent.name, ent.former_name) == ("72181", "Le Mans", None)
    assert bm.resolve("Mansle").code == "16206"  # the former name itself still answers


@pytest.mark.parametrize("text", ["Mans, Le", "Mans Le", "MANS LE"])
def test_a_name_ending_with_an_article_is_never_glued_to_it(text):
    """Without brackets the article is not read in front (no list writes it so for
    certain), but never glued either: unknown, Le Mans suggested first."""
    with pytest.raises(ResolveError) as exc:
        bm.resolve(text, type="commune")
    assert exc.value.code == "unknown-entity"
    assert exc.value.candidates[0].code == "72181"
    assert "16206" not in [c.code for c in exc.value.candidates]


def test_an_ambiguous_name_stays_ambiguous_as_with_the_article_in_front():
    with pytest.raises(ResolveError) as brackets:
        bm.resolve("Rochelle (La)", type="commune")
    with pytest.raises(ResolveError) as front:
        bm.resolve("La Rochelle", type="commune")
    assert brackets.value.code == front.value.code == "ambiguous-entity"
    assert ([c.code for c in brackets.value.candidates]
            == [c.code for c in front.value.candidates] == ["17300", "70450"])
    assert str(brackets.value).startswith("« Rochelle (La) » est ambigu : La Rochelle (17300, "
                                          "Charente-Maritime, 17), La Rochelle (70450, ")
    # settled by a département, in brackets after the name or given apart
    assert resolve("Rochelle (La) (17)", type="commune").code == "17300"
    assert resolve("Rochelle (La)", type="commune", departement="70").code == "70450"


def test_other_brackets_are_not_articles():
    assert resolve("Saint-Denis (974)", type="commune").code == "97411"
    assert resolve("Château-Chinon (Ville)").code == "58062"  # a name with brackets of its own
    assert name_index.article_first("Bors (Canton de Charente-Sud)") == (
        "Bors (Canton de Charente-Sud)")


def test_names_without_a_closing_bracket_skip_the_pattern():
    """35,000 names at commune scale: the pattern runs only on names ending with ")"."""
    name = "Saint-Étienne"
    assert name_index.article_first(name) is name
    assert name_index.article_first(None) is None


def test_resolve_many_and_the_cli_read_it(cli):
    found = resolve_many(["Havre (Le)", "Mans (Le)", "Rochelle (La)"], type="commune",
                         departements=["", "", "17"])
    assert [e.code for e in found] == ["76351", "72181", "17300"]
    out = cli("resolve", "Mans (Le)", "--type", "commune", "--format", "csv")
    assert out.exit_code == 0 and "72181,Le Mans" in out.stdout


# ---------------------------------------------------------------- survey files

def test_validate_reads_the_article_in_brackets(cli, survey):
    out = cli("validate", survey, "--type", "commune")
    assert out.stdout.splitlines() == [
        "names19.csv, ligne 4, colonne « nom » : erreur : « Rochelle (La) » est ambigu : "
        "La Rochelle (17300, Charente-Maritime, 17), La Rochelle (70450, Haute-Saône, 70) ; "
        "précisez le département, ex. « La Rochelle (70) »"]
    assert out.stderr == "names19.csv : 1 erreur, 0 avertissement\n"
    assert "Mansle" not in out.output


def test_read_survey_gives_the_communes(survey):
    df = bm.read_survey(survey, type="commune", errors="skip")
    assert dict(zip(df["source_row"], df["code"])) == {2: "76351", 3: "72181", 5: "27016"}
    assert list(df["name"]) == ["Le Havre", "Le Mans", "Les Andelys"]
    warnings = [p for p in df.attrs["problems"] if p.severity == "warning"]
    assert warnings == []


def test_read_survey_with_a_departement_and_the_type_guessed(tmp_path):
    f = tmp_path / "prefecture.csv"
    f.write_text("commune;département;facebook\nRochelle (La);17;Oui\nHAVRE (LE);76;Oui\n"
                 "Abergement-Clémenciat (L');01;Non\nMans (Le);72;Oui\n", encoding="utf-8")
    df = bm.read_survey(f)  # no type: guessed from the names
    assert df.attrs["collectivity_type"] == "commune"
    assert list(df["code"]) == ["17300", "76351", "01001", "72181"]
    assert list(df["name"]) == ["La Rochelle", "Le Havre", "L'Abergement-Clémenciat", "Le Mans"]


def test_a_name_beside_its_code(cli, tmp_path):
    """The code/name check reads the name as resolve does: « Mans (Le) » beside 72181 is Le
    Mans (no message), beside Mansle-les-Fontaines's code an error naming Le Mans."""
    f = tmp_path / "codes.csv"
    f.write_text("code;nom;facebook\n72181;Mans (Le);Oui\n76351;HAVRE(LE);Non\n"
                 "01001;Abergement-Clémenciat (L’);Oui\n16206;Mans (Le);Oui\n",
                 encoding="utf-8")
    out = cli("validate", f, "--type", "commune")
    assert out.stdout.splitlines() == [
        "codes.csv, ligne 5, colonne « nom » : erreur : le code 16206 désigne "
        "Mansle-les-Fontaines, mais le nom « Mans (Le) » désigne Le Mans (72181)"]
    assert out.stderr == "codes.csv : 1 erreur, 0 avertissement\n"
