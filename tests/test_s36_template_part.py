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
    # its reading line says the base given, not « sans intervalle pour ces 36 »
    assert ("rempli pour 5 de ses 36 communes : 31 lignes sans aucune réponse hors de "
            "l'enquête ; base de l'analyse donnée par --within 92") in out
    assert "sans intervalle pour ces 36" not in out
    en = _plain(cli("compare", "--data", part, "--within", "92", "--lang", "en").stdout)
    assert "31 rows without any answer out of the survey; the analysis's base given by " \
        "--within 92" in en


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


def test_the_type_guessed_counts_the_entities_read(cli, tmp_path, part, fast):
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
        assert "« TOTAL »" in err or "“TOTAL”" in err, err
        guessed = [x for x in err.splitlines() if "deviné" in x or "guessed" in x]
        assert guessed and guessed[0].endswith(word), err
    res = cli("validate", part)
    err = res.stdout + res.stderr
    assert "celui de toutes les entités du fichier (5)" in err
    assert "(36)" not in err


@pytest.fixture(params=[False, True], ids=["small", "columnar"])
def fast(request, monkeypatch):
    from barometre.survey import fastcsv

    if request.param:  # the columnar reader: the same problems
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    return request.param


def test_a_columns_own_blanks_are_said_apart_from_the_rows_nobody_filled(tmp_path, fast):
    """« Instagram : 259 cellules vides comptées comme « non renseigné » (lignes 2, 3, 4, …) »
    hid the 2 real blanks of a column with a « Non » among the 257 rows nobody filled; now
    « 3 … sur des lignes sans aucune réponse » (as Facebook's line says them) and « 2
    cellules vides … (lignes 3, 5) »; the same on both readers."""
    codes = bm.reference.entities("departement")["code"].tolist()[:8]
    rows = [("Oui", "Non"), ("Oui", ""), ("Oui", "Oui"), ("Non", ""), ("Oui", "Oui"),
            ("", ""), ("", ""), ("", "")]
    f = tmp_path / "vague.csv"
    f.write_text("Code département;Facebook;Instagram\n" + "".join(
        f"{c};{a};{b}\n" for c, (a, b) in zip(codes, rows)), encoding="utf-8")
    said = [(p.code, p.column, p.message) for p in bm.validate(f)
            if p.code.startswith("blank-")]
    insta = [(code, m) for code, col, m in said if col == "Instagram"]
    assert insta == [
        ("blank-unfilled", "Instagram : 3 cellules vides sur des lignes sans aucune réponse, "
         "comptées comme « non renseigné » (lignes 7, 8, 9) ; blank=\"absent\" pour les "
         "compter comme absence"),
        ("blank-unknown", "Instagram : 2 cellules vides comptées comme « non renseigné » "
         "(lignes 3, 5) ; blank=\"absent\" pour les compter comme absence")]
    assert [c for c, col, _ in said if col == "Facebook"] == ["blank-unfilled"]
    en = [p.message for p in bm.validate(f, lang="en") if p.column == "Instagram"]
    assert en[1].startswith("Instagram: 2 blank cells counted as “not answered” (lines 3, 5)")
    assert en[0].startswith("Instagram: 3 blank cells on rows without any answer")


def test_the_waves_blank_note_counts_the_real_blanks_only(cli, tmp_path):
    """trend's note said « comme « non renseigné » à la vague … (259) » beside « Inconnu 2 »:
    the rows nobody filled counted as the column's blanks. Here 1 real blank and 3 empty
    rows in 2026 (its Instagram column writes « Non »), 2024's blanks read as absence."""
    codes = bm.reference.entities("departement")["code"].tolist()[:8]
    old = tmp_path / "v2024.csv"
    old.write_text("Code département;Facebook;Instagram;Date\n" + "".join(
        f"{c};Oui;{'Oui' if i % 2 else ''};14/10/2024\n" for i, c in enumerate(codes)),
        encoding="utf-8")
    rows = [("Oui", "Non"), ("Oui", ""), ("Oui", "Oui"), ("Non", "Oui"), ("Oui", "Oui"),
            ("", ""), ("", ""), ("", "")]
    new = tmp_path / "v2026.csv"
    new.write_text("Code département;Facebook;Instagram;Date\n" + "".join(
        f"{c};{a};{b};{'05/10/2026' if a else ''}\n" for c, (a, b) in zip(codes, rows)),
        encoding="utf-8")
    res = cli("trend", "--data", old, "--data", new, "--type", "departement")
    assert res.exit_code == 0, res.output
    said = _plain(res.output)
    assert "comme « non renseigné » à la vague du 5 octobre 2026 (1)" in said, said
    en = _plain(cli("trend", "--data", old, "--data", new, "--type", "departement",
                    "--lang", "en").output)
    assert "as “not answered” in the wave of 5 October 2026 (1)" in en, en


@pytest.fixture(scope="module")
def whole_waves(tmp_path_factory):
    """The 92's template filled for its 36 communes (2026), and a 2024 CSV of them."""
    d = tmp_path_factory.mktemp("s36w")
    tpl = _filled(d / "plein.xlsx", n=36, blank_at=-1)
    codes = bm.reference.entities("commune")
    codes = codes.loc[codes["departement"] == "92", "code"].tolist()
    old = d / "v2024.csv"
    old.write_text("Code INSEE;Facebook;Instagram;Date\n" + "".join(
        f"{c};{'Oui' if i % 4 else 'Non'};{'Oui' if i % 3 else 'Non'};14/10/2024\n"
        for i, c in enumerate(codes)), encoding="utf-8")
    return tpl, old


def test_the_reading_line_says_the_base_given_not_its_absence(cli, whole_waves):
    """`compare … --panel` and `report … --panel` said « sans --within ni --panel, l'analyse a
    pour base les entités du type dans ce département », and two waves « ⚠ périmètre du
    modèle … appliqué à chaque vague »: the notes follow the options given."""
    tpl, old = whole_waves
    for args, given in ((("--panel",), "--panel"), (("--within", "92"), "--within 92")):
        out = _plain(cli("compare", "--data", tpl, *args).output)
        assert "sans --within ni --panel" not in out
        assert ("périmètre lu dans le mode d'emploi du modèle : département 92 ; base de "
                f"l'analyse donnée par {given}") in out
        en = _plain(cli("compare", "--data", tpl, *args, "--lang", "en").output)
        assert "without --within or --panel" not in en
        assert f"the analysis's base given by {given}" in en
    # without an option: the template's scope, said as before
    assert "sans --within ni --panel" in _plain(cli("compare", "--data", tpl).output)
    for cmd in (("trend",), ("changes",)):
        out = _plain(cli(*cmd, "--data", old, "--data", tpl, "--panel").output)
        assert "appliqué à chaque vague" not in out and "sans --within ni --panel" not in out
        assert "base de l'analyse donnée par --panel" in out
        assert "appliqué à chaque vague" in _plain(cli(*cmd, "--data", old, "--data", tpl).output)
    rep = cli("report", "--data", old, "--data", tpl, "--panel", "-o", tpl.parent / "r.xlsx")
    assert rep.exit_code == 0, rep.output
    assert "appliqué à chaque vague" not in rep.output
    assert "base de l'analyse donnée par --panel" in _plain(rep.output)
