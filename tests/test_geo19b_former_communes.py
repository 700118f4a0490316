"""Former communes beside today's codes (rvgeo19 #2 and #7), on the reviewer's files
(tests/files/geo19b): a former commune's name beside the code of the commune it merged into
is an error, ``code-name-former``, that says whose account and population the row would
count; a former code whose current commune is in the file already says so (its row) instead
of « écrivez 74010 », which would count Annecy twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FILES = Path(__file__).parent / "files" / "geo19b"


def _problems(cli, name: str, *args: str) -> list[dict]:
    res = cli("validate", FILES / name, "--format", "json", *args)
    return json.loads(res.stdout)


def test_a_former_name_beside_the_merged_communes_code_is_an_error(cli):
    got = [(p["row"], p["value"], p["severity"], p["code"])
           for p in _problems(cli, "communes-2019-oldname.csv")]
    assert got == [(2, "Annecy-le-Vieux", "error", "code-name-former"),
                   (4, "Courcouronnes", "error", "code-name-former")]
    res = cli("validate", FILES / "communes-2019-oldname.csv")
    assert res.exit_code == 1
    assert res.stdout.splitlines()[0] == (
        "communes-2019-oldname.csv, ligne 2, colonne « Commune » : erreur : le code 74010 "
        "désigne Annecy, mais « Annecy-le-Vieux » est le nom d'Annecy-le-Vieux (74011), "
        "ancienne commune déléguée d'Annecy : la ligne compterait pour Annecy (132\u202f117 "
        "habitants) ; si le compte relevé est celui d'Annecy, écrivez ce nom ; s'il est celui "
        "d'Annecy-le-Vieux même, ce n'est pas celui d'Annecy : retirez la ligne")
    assert "2 erreurs, 0 avertissement" in res.stderr


def test_a_former_name_whose_code_the_merged_commune_kept(cli):
    """Cherbourg-Octeville (50129) and Bellegarde-sur-Valserine (01033): the code was the
    former commune's own, the commune nouvelle kept it."""
    got = {p["value"]: (p["row"], p["code"]) for p in _problems(cli, "communes-2019-clean.csv")}
    assert got == {"Cherbourg-Octeville": (6, "code-name-former"),
                   "Évry": (7, "code-name-former"),
                   "Bellegarde-sur-Valserine": (8, "code-name-former")}
    res = cli("validate", FILES / "communes-2019-clean.csv", "--lang", "en")
    assert ("code 01033 is Valserhône, but “Bellegarde-sur-Valserine” is the name of "
            "Bellegarde-sur-Valserine, former commune déléguée of Valserhône, whose code "
            "Valserhône kept: the row would count for Valserhône (16,712 inhabitants); if the "
            "account surveyed is Valserhône's, write that name; if it is "
            "Bellegarde-sur-Valserine's own, it is not Valserhône's: remove the row"
            ) in res.stdout


@pytest.mark.parametrize("command", [
    ("changes", "--data", FILES / "communes-2019-oldname.csv", "--data",
     FILES / "communes-2025.csv", "-p", "facebook"),
    ("rank", "-p", "facebook", "--metric", "followers_per_1000", "--data",
     FILES / "communes-2019-clean.csv")])
def test_no_growth_nor_ratio_from_a_former_communes_page(cli, command):
    res = cli(*command)
    assert res.exit_code == 1
    assert "Annecy +1 900 %" not in res.stdout
    assert "code-name-former" not in res.stderr  # said in words
    assert "ancienne commune déléguée" in res.stderr


def test_the_current_communes_own_name_and_code_pass(cli, tmp_path):
    f = tmp_path / "ok.csv"
    f.write_text("Code INSEE;Commune;Facebook\n74010;Annecy;Oui\n50129;Cherbourg-en-Cotentin;Oui\n"
                 "01033;Valserhône;Oui\n", encoding="utf-8")
    assert _problems(cli, str(f)) == []


def test_a_former_code_whose_commune_is_in_the_file_says_its_row(cli):
    got = {p["value"]: (p["row"], p["code"], p["message"])
           for p in _problems(cli, "communes-2019.csv") if p["code"] == "former-code"}
    assert got["74011"] == (6, "former-code", (
        "le code « 74011 » est celui d'Annecy-le-Vieux, ancienne commune déléguée d'Annecy, "
        "qui figure déjà dans le fichier (74010, ligne 5) : y écrire 74010 compterait deux "
        "fois la même commune ; une ancienne commune n'est pas une commune d'aujourd'hui "
        "(même dans une vague d'avant la fusion, son compte n'est pas celui de la commune "
        "actuelle) : retirez la ligne"))
    assert "(74010, ligne 5)" in got["74268"][2]
    assert "(91228, ligne 10)" in got["91182"][2]
    assert not any("écrivez" in m for _, _, m in got.values())
    res = cli("validate", FILES / "communes-2019.csv", "--lang", "en")
    assert ("the code “74268” is that of Seynod, former commune déléguée of Annecy, which is "
            "in the file already (74010, line 5): writing 74010 here would count one commune "
            "twice") in res.stdout


def test_a_former_code_alone_keeps_its_advice(cli, tmp_path):
    f = tmp_path / "alone.csv"
    f.write_text("Code INSEE;Facebook\n74011;Oui\n44109;Oui\n", encoding="utf-8")
    (p,) = _problems(cli, str(f))
    assert p["message"].endswith(": écrivez 74010 si le compte relevé est celui de la "
                                 "commune ; s'il est celui d'Annecy-le-Vieux même, retirez la "
                                 "ligne")


def test_insee_69m_points_to_the_metropoles_siren_and_69d(cli):
    """rvgeo19 #9: « 69M » is INSEE's code of the Métropole de Lyon."""
    import barometre as bm

    got = [(p["row"], p["value"], p["code"], p["message"])
           for p in _problems(cli, "deps-paris75056.csv") if p["value"] == "69M"]
    assert got == [(4, "69M", "insee-69m", (
        "« 69M » est le code INSEE de la Métropole de Lyon : barometre la désigne par son "
        "SIREN, 200046977, parmi les métropoles (--type metropole) ; parmi les départements, "
        "le Rhône est 69 et son conseil, le Département du Rhône, 69D"))]
    for type_ in (None, "departement", "epci", "metropole"):
        with pytest.raises(bm.ResolveError) as exc:
            bm.resolve("69m", type=type_, lang="en")
        assert exc.value.code == "insee-69m"
        assert [c.code for c in exc.value.candidates] == ["200046977", "69D"]
        assert str(exc.value).startswith("“69m” is INSEE's code of the Métropole de Lyon: "
                                         "barometre names it by its SIREN, 200046977")
