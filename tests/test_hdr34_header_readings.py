"""Header readings that were silent or untrue (brief A34, session 34).

1. A title row « Compte certifié » above a complete one-row header (Facebook, Instagram, X
   over Oui/Non) was dropped without a word: 0 erreur, its « Non » read absent. Refused
   now as the two-row « Compte certifié » over the platforms is; group titles (« Réseaux
   sociaux »), fields (« Présence »), a first line « Enquête 2026 », the demo marker line
   stay read.
2. A one-row « Compte certifié Facebook » over Oui/Non was read as Facebook's account
   column, its answers as presences (2 warnings saying presence): refused, naming the
   column; « Suivi Facebook », « Activité Facebook » too.
3. « Abonnés 2025 Facebook » (one row): its year ignored without a word while the dates
   said 2026: header-year-differs / header-year-no-date, as the two-row header's year.
4. Two follower years (« Abonnés 2024 » and « Abonnés 2025 » over the platforms, or
   « Abonnés 2024 Facebook » and « Abonnés 2025 Facebook ») were refused « n'est pas un
   champ, et les cellules sous lui ne sont pas des réponses Oui/Non »: now
   header-two-years, saying what the file is and what to do.

Both readers (the grid and the columnar fast path, and Parquet for one-row headers).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import barometre as bm
from barometre.domain.errors import InputFileError

from .test_fast_path import fast_reader, normal_reader, same_reading
from .test_hdr31_group_titles import _csv, _workbook

ROOT = Path(__file__).resolve().parents[1]
ENTITIES = [["29", "Finistère", "15/10/2026"], ["35", "Ille-et-Vilaine", "15/10/2026"],
            ["56", "Morbihan", "15/10/2026"], ["22", "Côtes-d'Armor", "15/10/2026"]]
ANSWERS = [["Oui", "Non", "Oui"], ["Non", "Oui", "Oui"], ["Oui", "Oui", "Non"],
           ["Oui", "Non", "Non"]]
HEADER = ["code", "nom", "date", "Facebook", "Instagram", "X"]


def _both(path):
    """The file read by both readers, alike (or refused alike)."""
    same_reading(normal_reader, fast_reader, path)
    return path


def _parquet(path, header, rows):
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = [pa.array([r[i] for r in rows], type=pa.string()) for i in range(len(header))]
    pq.write_table(pa.Table.from_arrays(cols, names=header), path)
    return path


# --------------------------------------------------------------------------- 1. title row

CERTIFIED_REFUSAL = (
    "en-tête lu ligne 2 (« code », « nom », « date », « Facebook », « Instagram », « X ») "
    "sous une ligne de titre ; « Compte certifié » (ligne 1, au-dessus de « Facebook », "
    "« Instagram », « X ») n'est ni un champ ni un titre de groupe de réseaux (« Réseaux "
    "sociaux », « Vidéo ») : ses réponses Oui/Non ne sont pas lues comme des présences, un "
    "« Non » sous lui ne dit pas qu'un compte manque ; pour des présences, écrivez « Présence » "
    "au-dessus des réseaux, sinon retirez ces colonnes")


def test_a_property_title_above_a_whole_header_is_refused(tmp_path, cli):
    path = _both(_csv(tmp_path / "titre.csv", [[None, None, None, "Compte certifié", None, None],
                                                HEADER, *[e + a for e, a in zip(ENTITIES,
                                                                                ANSWERS)]]))
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert err.value.code == "header-title-above"
    assert str(err.value) == f"titre.csv : {CERTIFIED_REFUSAL}"
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert res.exit_code == 2
    assert ("header read on line 2 (“code”, “nom”, “date”, “Facebook”, “Instagram”, “X”) under "
            "a title line; “Compte certifié” (line 1, above “Facebook”, “Instagram”, “X”) is no "
            "field and no group title of networks") in res.output


def test_the_lead_s_file_is_refused(tmp_path):
    """/tmp/s34/titre_compte_certifie.csv, as the lead built it (0 erreur before)."""
    path = tmp_path / "titre_compte_certifie.csv"
    path.write_text(";;;Compte certifié;;\ncode;nom;date;Facebook;Instagram;X\n"
                    "29;Finistère;15/10/2026;Oui;Non;Oui\n35;Ille-et-Vilaine;15/10/2026;Non;Oui;Oui\n"
                    "56;Morbihan;15/10/2026;Oui;Oui;Non\n22;Côtes-d'Armor;15/10/2026;Oui;Non;Non\n",
                    encoding="utf-8")
    [p] = bm.validate(_both(path), type="departement")
    assert (p.severity, p.code, p.message) == ("error", "header-title-above", CERTIFIED_REFUSAL)


@pytest.mark.parametrize("merged", [True, False])
def test_a_property_title_above_a_whole_header_in_a_workbook(tmp_path, merged):
    path = _workbook(tmp_path / "t.xlsx", [None, None, None, "Compte certifié", None, None],
                     HEADER, ["D1:F1"] if merged else [],
                     [e + a for e, a in zip(ENTITIES, ANSWERS)])
    with pytest.raises(InputFileError, match="« Compte certifié » \\(ligne 1, au-dessus de"):
        bm.read_survey(path, type="departement")


@pytest.mark.parametrize("title", ["Réseaux sociaux", "Présence", "Comptes officiels"])
def test_a_group_title_or_a_field_above_a_whole_header_stays_read(tmp_path, title):
    rows = [e + a for e, a in zip(ENTITIES, ANSWERS)]
    plain = bm.read_survey(_csv(tmp_path / "plain.csv", [HEADER, *rows]), type="departement")
    path = _both(_csv(tmp_path / "t.csv", [[None, None, None, title, None, None], HEADER,
                                           *rows]))
    df = bm.read_survey(path, type="departement")
    assert sorted(zip(df["code"], df["platform"], df["present"])) == sorted(
        zip(plain["code"], plain["platform"], plain["present"]))


def test_a_first_line_title_and_the_demo_marker_stay_read(tmp_path):
    rows = [e + a for e, a in zip(ENTITIES, ANSWERS)]
    path = _both(_csv(tmp_path / "t.csv", [["Enquête 2026"], HEADER, *rows]))
    assert len(bm.read_survey(path, type="departement")) == 12
    for demo in sorted((ROOT / "data" / "demo").glob("*")):
        assert not [p for p in bm.validate(demo, type="departement") if p.severity == "error"
                    and p.code in ("header-title-above", "column-property", "header-two-years")]


# --------------------------------------------------------------------------- 2. one row

def _certified(tmp_path, kind, header, rows, name="f"):
    if kind == "parquet":
        return _parquet(tmp_path / f"{name}.parquet", header, rows)
    return _both(_csv(tmp_path / f"{name}.csv", [header, *rows]))


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_a_property_beside_the_platform_in_one_cell_is_refused(tmp_path, kind, cli):
    header = ["code", "nom", "date", "Compte certifié Facebook", "Compte certifié Instagram"]
    rows = [e + a[:2] for e, a in zip(ENTITIES, ANSWERS)]
    path = _certified(tmp_path, kind, header, rows)
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert err.value.code == "column-property-all"
    assert err.value.message.endswith(
        "aucune colonne de réseau lue : colonnes « Compte certifié Facebook », « Compte certifié "
        "Instagram » ; « Compte certifié » n'est ni un champ ni un titre de groupe de réseaux "
        "(« Réseaux sociaux », « Vidéo ») : leurs réponses Oui/Non ne sont pas lues comme des "
        "présences, un « Non » n'y dit pas qu'un compte manque ; pour des présences, écrivez "
        "« Présence » et le réseau en en-tête (« Présence Facebook »), sinon retirez ces colonnes")
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert res.exit_code == 2 and ("“Compte certifié Facebook”, “Compte certifié Instagram”; "
                                   "“Compte certifié” is no field and no group title") in res.output
    one = _certified(tmp_path, kind, header[:4], [r[:4] for r in rows], name="one")
    with pytest.raises(InputFileError, match="colonne « Compte certifié Facebook » ; « Compte "
                       "certifié » n'est ni .* : ses réponses .* retirez cette colonne$"):
        bm.read_survey(one, type="departement")


@pytest.mark.parametrize("kind", ["csv", "parquet"])
@pytest.mark.parametrize("column", ["Compte certifié Facebook", "Suivi Facebook",
                                    "Activité Facebook", "Facebook - compte certifié",
                                    "Engagement Facebook"])
def test_the_column_beside_others_is_an_error_naming_it(tmp_path, kind, column):
    header = ["code", "nom", "date", column, "Instagram"]
    rows = [e + a[:2] for e, a in zip(ENTITIES, ANSWERS)]
    path = _certified(tmp_path, kind, header, rows)
    problems = bm.validate(path, type="departement")
    [p] = [p for p in problems if p.severity == "error"]
    assert (p.code, p.column) == ("column-property", column)
    assert p.message.startswith(f"« {column.replace('Facebook', '').strip(' -')} » n'est ni "
                                "un champ ni un titre de groupe de réseaux")
    assert not [p for p in problems if p.code == "ignored-column"]
    assert not [p for p in problems if p.code == "account-answer"]
    df = bm.read_survey(path, type="departement", errors="skip")
    assert sorted(set(df["platform"])) == ["instagram"]  # the column not read


@pytest.mark.parametrize("column", ["Compte Facebook", "Facebook officiel", "Page Facebook",
                                    "Présence Facebook", "Facebook (O/N)", "Chaîne YouTube",
                                    "Facebook de la mairie"])
def test_fields_and_whose_account_words_stay_read(tmp_path, column):
    header = ["code", "nom", "date", column]
    path = _both(_csv(tmp_path / "f.csv", [header, *[e + a[:1] for e, a in zip(ENTITIES,
                                                                                 ANSWERS)]]))
    assert not [p for p in bm.validate(path, type="departement") if p.severity == "error"]
    assert len(bm.read_survey(path, type="departement", errors="skip")) == 4


@pytest.mark.parametrize("counts", [["120", "121", "122", "123"], ["0", "1", "1", "0"]])
def test_a_measure_of_counts_stays_set_aside_with_its_warning(tmp_path, counts):
    """Under a measure 1 and 0 are counts too (as over a header on two rows)."""
    header = ["code", "nom", "date", "Facebook", "Engagement Facebook"]
    rows = [e + ["Oui", n] for e, n in zip(ENTITIES, counts)]
    path = _both(_csv(tmp_path / "f.csv", [header, *rows]))
    assert [(p.code, p.column) for p in bm.validate(path, type="departement")] == [
        ("ignored-column", "Engagement Facebook")]


def test_a_certified_account_column_of_addresses_stays_an_account(tmp_path):
    header = ["code", "nom", "date", "Facebook", "Compte certifié Facebook"]
    rows = [e + ["Oui", f"https://facebook.com/cd{e[0]}"] for e in ENTITIES]
    path = _both(_csv(tmp_path / "f.csv", [header, *rows]))
    assert not [p for p in bm.validate(path, type="departement") if p.severity == "error"]


# --------------------------------------------------------------------------- 3. one-row year

YEAR_ROWS = [["29", "Finistère", "15/10/2026", "Oui", "12000", "Oui", "3400"],
             ["35", "Ille-et-Vilaine", "15/10/2026", "Oui", "15000", "Non", ""],
             ["56", "Morbihan", "15/10/2026", "Oui", "9000", "Oui", "2100"]]
YEAR_HEADER = ["code", "nom", "date", "Facebook", "Abonnés 2025 Facebook", "Instagram",
               "Abonnés 2025 Instagram"]


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_a_year_in_a_one_row_header_is_checked_against_the_dates(tmp_path, kind, cli):
    path = _certified(tmp_path, kind, YEAR_HEADER, YEAR_ROWS)
    [p] = bm.validate(path, type="departement")
    assert (p.code, p.severity, p.message) == (
        "header-year-differs", "warning",
        "« Abonnés 2025 Facebook », « Abonnés 2025 Instagram » (ligne 1) disent l'année 2025, "
        "mais les dates des relevés sont de 2026 : vérifiez l'en-tête ou les dates")
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert ("“Abonnés 2025 Facebook”, “Abonnés 2025 Instagram” (line 1) say the year 2025, but "
            "the readings' dates are of 2026") in res.output


def test_some_readings_of_another_year_are_counted_with_their_rows(tmp_path):
    rows = [r[:] for r in YEAR_ROWS]
    rows[0][2] = rows[1][2] = "15/10/2025"
    path = _both(_csv(tmp_path / "f.csv", [YEAR_HEADER, *rows]))
    [p] = [p for p in bm.validate(path, type="departement") if p.code == "header-year-differs"]
    assert p.message.endswith("mais 2 relevés sur 6 sont datés de 2026 (ligne 4), les autres "
                              "de 2025 : vérifiez l'en-tête ou ces dates")


def test_a_year_without_any_date_is_said_no_date(tmp_path):
    rows = [[r[0], r[1], *r[3:]] for r in YEAR_ROWS]
    path = _both(_csv(tmp_path / "f.csv", [[h for h in YEAR_HEADER if h != "date"], *rows]))
    [p] = [p for p in bm.validate(path, type="departement") if p.code.startswith("header-year")]
    assert p.message.startswith("« Abonnés 2025 Facebook », « Abonnés 2025 Instagram » (ligne 1) "
                                "disent l'année 2025, mais aucune date de relevé n'est lue")


def test_the_year_of_the_dates_says_nothing(tmp_path):
    rows = [r[:2] + ["15/10/2025"] + r[3:] for r in YEAR_ROWS]
    path = _both(_csv(tmp_path / "f.csv", [YEAR_HEADER, *rows]))
    assert bm.validate(path, type="departement") == []
    one = _both(_csv(tmp_path / "one.csv", [["code", "nom", "date", "Abonnés 2025 Facebook"],
                                            ["29", "Finistère", "15/10/2026", "12000"]]))
    [p] = [p for p in bm.validate(one, type="departement") if p.code == "header-year-differs"]
    assert p.message.startswith("« Abonnés 2025 Facebook » (ligne 1) dit l'année 2025")


# --------------------------------------------------------------------------- 4. two years

TWO_YEARS_FR = (
    "l'en-tête donne 2 années d'abonnés (2024, 2025 : {columns}), mais un relevé n'a qu'une "
    "date : faites un fichier par année, chacun avec la date de ses relevés, ou un fichier long "
    "(colonnes « Code », « Plateforme », « Abonnés », « Date »), une ligne par relevé avec sa "
    "date")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_two_follower_years_over_the_platforms_are_said_so(tmp_path, kind, cli):
    top = ["code", "nom", "date", "Abonnés 2024", None, "Abonnés 2025", None]
    bottom = [None, None, None, "Facebook", "Instagram", "Facebook", "Instagram"]
    rows = [["29", "Finistère", "15/10/2026", "11000", "3000", "12000", "3400"],
            ["35", "Ille-et-Vilaine", "15/10/2026", "14000", "", "15000", ""]]
    path = (_workbook(tmp_path / "f.xlsx", top, bottom, ["D1:E1", "F1:G1"], rows)
            if kind == "xlsx" else _both(_csv(tmp_path / "f.csv", [top, bottom, *rows])))
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert err.value.code == "header-two-years"
    assert err.value.message.endswith(TWO_YEARS_FR.format(columns=(
        "« Abonnés 2024 Facebook », « Abonnés 2024 Instagram », « Abonnés 2025 Facebook », "
        "« Abonnés 2025 Instagram »")))
    assert "n'est pas un champ" not in err.value.message
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert res.exit_code == 2
    assert ("the header gives 2 years of follower readings (2024, 2025: “Abonnés 2024 Facebook”"
            in res.output)
    assert "make one file per year" in res.output


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_two_follower_years_in_one_row_are_said_so(tmp_path, kind):
    header = ["code", "nom", "date", "Abonnés 2024 Facebook", "Abonnés 2025 Facebook"]
    path = _certified(tmp_path, kind, header, [["29", "Finistère", "15/10/2026", "11000",
                                                "12000"]])
    with pytest.raises(InputFileError) as err:
        bm.read_survey(path, type="departement")
    assert err.value.code == "header-two-years"
    assert err.value.message.endswith(TWO_YEARS_FR.format(
        columns="« Abonnés 2024 Facebook », « Abonnés 2025 Facebook »"))
