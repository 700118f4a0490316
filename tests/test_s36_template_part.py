"""A template of some départements filled for a few of its rows (session 36, user37): the
20 largest communes of a `template --type commune --within 29` (277) were read as a random
sample of the 277, « IC 95 % : 84–100 % », and `--panel` as a panel of 277, while the same
20 in a plain file were « choisi par lieu … sans intervalle ». The unfilled rows were never
asked: out of the survey; the filled ones are a file of those rows alone. Here: a template
of the Hauts-de-Seine (92, 36 communes) filled for 5, one Instagram cell left blank."""

from __future__ import annotations

import datetime

import openpyxl
import pytest

import barometre as bm



def _plain(text: str) -> str:
    """The output with its no-break spaces as spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def _filled(path, n=5, blank_at=2):
    """The 92's template filled for its first ``n`` communes: Facebook « Oui » for each,
    Instagram « Non », « Oui »… but the row ``blank_at``, left blank."""
    tpl = bm.write_template(path, "commune", platforms=["facebook", "instagram"], within="92")
    wb = openpyxl.load_workbook(tpl)
    ws = wb["Enquête"]
    heads = [c.value for c in ws[1]]
    for i, row in enumerate(list(ws.iter_rows(min_row=2))[:n]):
        row[heads.index("Facebook - présence")].value = "Oui"
        row[heads.index("Facebook - date du relevé")].value = datetime.datetime(2026, 10, 5)
        if i != blank_at:
            row[heads.index("Instagram - présence")].value = "Oui" if i % 2 else "Non"
            row[heads.index("Instagram - date du relevé")].value = datetime.datetime(2026, 10, 5)
    wb.save(tpl)
    return tpl


@pytest.fixture(scope="module")
def part(tmp_path_factory):
    return _filled(tmp_path_factory.mktemp("s36") / "modele.xlsx")


def test_a_template_filled_for_a_few_rows_has_no_interval_for_its_departement(cli, part):
    """Before: « IC 95 % : 58–100 % — 5 des 36 communes des Hauts-de-Seine ; 31 autres sans
    réponse »; now the 5 filled are a file chosen by place, as the same 5 in a plain file."""
    res = cli("compare", "--data", part)
    assert res.exit_code == 0, res.stderr
    out = _plain(res.stdout)
    assert "IC 95 %" not in out and "des 36 communes" not in out
    assert "voir †" in out and "5 entités de l'enquête" in out
    assert "31 autres" not in out  # the unfilled rows are no « sans réponse »
    assert "4 entités de l'enquête ; 1 autre sans réponse, hors base" in out  # the real blank
    assert "Fichier choisi par lieu" in out
    assert ("modèle du mode d'emploi pour le département 92, rempli pour 5 de ses 36 communes"
            " : 31 lignes sans aucune réponse hors de l'enquête") in out
    assert "sans --within ni --panel" not in out
    a = bm.adoption(bm.read_survey(part))
    assert a["ci_low"].isna().all() and set(a["n_base"]) == {5, 4}
    en = _plain(cli("compare", "--data", part, "--lang", "en").stdout)
    assert "95% CI" not in en and "filled for 5 of its 36 municipalities: 31 rows" in en


def test_the_within_given_still_reads_them_as_a_sample(cli, part):
    """--within 92 said by the user: the 36 communes the base, the 5 a sample of them."""
    out = _plain(cli("compare", "--data", part, "--within", "92").stdout)
    assert "IC 95 %" in out and "5 des 36 communes des Hauts-de-Seine" in out


def test_the_panel_of_a_template_filled_for_a_few_rows_is_those_rows(cli, part):
    """Before: « Couverture : 5 sur 36 communes du panel », « 5 des 36 communes du panel »."""
    out = _plain(cli("compare", "--data", part, "--panel").stdout)
    assert "Couverture : 5 sur 5 communes du panel" in out
    assert "des 36" not in out and "IC 95 %" not in out
    assert "4 des 5 communes du panel ; 1 autre sans réponse" in out
    en = _plain(cli("compare", "--data", part, "--panel", "--lang", "en").stdout)
    assert "Coverage: 5 of 5 municipalities of the panel" in en


def test_a_template_filled_whole_keeps_its_departement_as_base(cli, tmp_path):
    """Every row answered: the 36 communes' census, as before."""
    whole = _filled(tmp_path / "plein.xlsx", n=36, blank_at=-1)
    out = _plain(cli("compare", "--data", whole).stdout)
    assert "36 communes des Hauts-de-Seine" in out and "exhaustif" in out
    assert "voir †" not in out


def test_the_type_guessed_counts_the_entities_read(cli, tmp_path, part):
    """« type deviné : … (22) » for 21 intercommunalités and a TOTAL row; (36) for the
    template's 5 filled communes: the entities read, never the rows left aside."""
    ents = bm.reference.entities("epci")
    codes = ents.loc[ents["departement"] == "29", "code"].tolist()[:4]
    f = tmp_path / "epci.csv"
    f.write_text("SIREN;Nom;Facebook\n" + "".join(f"{c};;Oui\n" for c in codes)
                 + ";TOTAL;4\n", encoding="utf-8")
    for lang, word in (("fr", "(4)"), ("en", "(4)")):
        res = cli("validate", f, "--lang", lang)
        err = res.stdout + res.stderr
        assert "« TOTAL »" in err or "'TOTAL'" in err, err
        guessed = [x for x in err.splitlines() if "deviné" in x or "guessed" in x]
        assert guessed and guessed[0].endswith(word), err
    res = cli("validate", part)
    err = res.stdout + res.stderr
    assert "celui de toutes les entités du fichier (5)" in err
    assert "(36)" not in err
