"""Files chosen by région say where they are and advise a base that takes them (session 31).

1. A file of the 9 départements of Bretagne and the Pays de la Loire said « 5 de ses 9
   départements dans une même région, Pays de la Loire » and advised ``--within`` on that
   région's départements, which refused the 4 others. Now « tous les départements des Pays
   de la Loire et de Bretagne (9) » and ``--within 22,29,…`` naming every département that
   holds the file's entities, which gives « exhaustif »; a file spread beyond its région
   (more than 2 other départements) gets no ``--within`` advice, one stray keeps it.
2. The 5 overseas départements (each its own région) got « IC 95 % : 57–100 % » for
   France: overseas France is now one place (« outre-mer »), for départements, communes and
   intercommunalités; random draws keep their interval.
3. ``changes`` said the région with no ``--within`` advice; now as compare.
4. The report's Évolution said one région note per wave of one place; now « Chaque vague ».
"""

from __future__ import annotations

import random
import re

import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

NNBSP = "\u202f"
WEST = ["22", "29", "35", "56", "44", "49", "53", "72", "85"]
DROM = ["971", "972", "973", "974", "976"]


def _file(path, codes, dates=("15/10/2025",), code="Code"):
    rows = [f"{c};{'Oui' if (i + j) % 2 else 'Non'};{d}"
            for j, d in enumerate(dates) for i, c in enumerate(codes)]
    path.write_text(f"{code};Facebook;Date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _dagger(out: str) -> str:
    (line,) = [x for x in out.replace(NNBSP, " ").splitlines() if x.startswith("†")]
    return line


def _advised(note: str, command: str = "compare") -> str:
    return re.search(rf"« barometre {command} (?:--data )?--within ([0-9AB,]+) »", note)[1]


def _row(out: str, start: str) -> str:
    return next(x for x in out.splitlines() if x.startswith(start))


# --- 1. a file of whole régions: said so, and the advice works ----------------------------

def test_a_file_of_two_whole_regions_says_so_and_its_advice_works(cli, tmp_path):
    f = _file(tmp_path / "ouest.csv", WEST)
    r = cli("compare", "--data", f, "--type", "departement")
    assert r.exit_code == 0, r.output
    assert "voir †" in _row(r.stdout, "département  Facebook")
    note = _dagger(r.stdout)
    # was « 5 de ses 9 départements dans une même région, Pays de la Loire (5 en France) »
    assert note.startswith("† Le fichier tient tous les départements des Pays de la Loire et "
                           "de Bretagne (9) : un tirage au hasard de 9 des 101 départements "
                           "en mettrait 5 dans une seule région avec moins d'une chance sur "
                           "mille")
    # was « barometre compare --within » on the Pays de la Loire's, refusing Bretagne's 4
    assert note.endswith("« barometre compare --within 22,29,35,44,49,53,56,72,85 » en fait "
                         "la base ; --panel donne les parts des seules entités du fichier.")
    within = cli("compare", "--data", f, "--type", "departement", "--within", _advised(note))
    assert within.exit_code == 0, within.output
    assert "exhaustif" in _row(within.stdout, "département  Facebook")
    en = cli("compare", "--data", f, "--type", "departement", "--lang", "en")
    assert _dagger(en.stdout).startswith(
        "† The file holds all the départements of Pays de la Loire and Bretagne (9): a "
        "random draw of 9 of the 101 départements would put 5 in one région")


def _epci():
    return bm.reference.entities("epci").sort_values("code")


def _bretagne_epci():
    e = _epci()
    return [c for d in ("22", "29", "35", "56") for c in e.loc[e["departement"] == d, "code"][:5]]


def test_an_epci_file_with_one_stray_is_advised_a_base_holding_it(cli, tmp_path):
    e = _epci()
    codes = _bretagne_epci() + list(e.loc[e["departement"] == "50", "code"][:1])  # Manche
    f = _file(tmp_path / "bzh.csv", codes, code="SIREN")
    r = cli("compare", "--data", f, "--type", "epci")
    assert r.exit_code == 0, r.output
    note = _dagger(r.stdout)
    assert note.startswith("† Le fichier tient 20 de ses 21 intercommunalités dans une même "
                           "région, Bretagne (60 en France)")
    assert _advised(note) == "22,29,35,50,56"  # was the région's alone: the Manche's refused
    within = cli("compare", "--data", f, "--type", "epci", "--within", _advised(note))
    assert within.exit_code == 0, within.output
    assert "21 des 68 intercommunalités de 5 départements" in within.stdout


def test_a_file_spread_beyond_its_region_is_advised_no_base(cli, tmp_path):
    e = _epci()
    others = e[e["region"] != "53"].drop_duplicates("departement")
    codes = _bretagne_epci() + list(others["code"][::9][:10])  # 10 in 10 other départements
    r = cli("compare", "--data", _file(tmp_path / "f.csv", codes, code="SIREN"),
            "--type", "epci")
    assert r.exit_code == 0, r.output
    note = _dagger(r.stdout)
    assert "dans une même région, Bretagne" in note and "--within" not in note
    assert note.endswith(". --panel donne les parts des seules entités du fichier.")


# --- 2. overseas France is a place ---------------------------------------------------------

def test_the_five_overseas_departements_get_no_interval(cli, tmp_path):
    f = _file(tmp_path / "dom.csv", DROM)
    r = cli("compare", "--data", f, "--type", "departement")
    assert r.exit_code == 0, r.output
    line = _row(r.stdout, "département  Facebook")
    assert "voir †" in line and "IC 95" not in line  # was « IC 95 % : 57–100 % »
    note = _dagger(r.stdout)
    assert note.startswith("† Le fichier tient tous les départements d'outre-mer (5) : un "
                           "tirage au hasard de 5 des 101 départements en mettrait 5 en "
                           "outre-mer avec moins d'une chance sur mille")
    within = cli("compare", "--data", f, "--type", "departement", "--within", _advised(note))
    assert "exhaustif" in _row(within.stdout, "département  Facebook")
    a = bm.adoption(bm.read_survey(f))
    assert a["ci_low"].isna().all() and a["flags"].str.contains("non_random_sample").all()
    assert a.attrs["design"]["departement"]["id"] == "region:DROM"


@pytest.mark.parametrize("type_id", ["commune", "epci"])
def test_a_file_mostly_overseas_gets_no_interval(cli, tmp_path, type_id):
    e = bm.reference.entities(type_id).sort_values("code")
    overseas = e[e["region"].isin(["01", "02", "03", "04", "06"])]
    codes = (list(overseas.groupby("departement").head(2)["code"])  # 2 per DROM (or 1)
             + list(e["code"][::500][:3]))  # 3 metropolitan: none a quarter in one place
    f = _file(tmp_path / "f.csv", sorted(set(codes)), code="Code" if type_id == "commune"
              else "SIREN")
    r = cli("compare", "--data", f, "--type", type_id)
    assert r.exit_code == 0, r.output
    note = _dagger(r.stdout)
    assert re.match(r"† Le fichier tient \d+ de ses \d+ \w+ en outre-mer \(\d+ en France\)",
                    note), note
    assert "IC 95" not in r.stdout


@pytest.mark.parametrize("seed", range(12))
def test_random_draws_keep_their_interval(tmp_path, seed):
    """Random draws of each type, of sizes where a few overseas entities, or a few régions
    held half, could fall in."""
    rng = random.Random(seed)
    for type_id, n in (("departement", 4), ("departement", 5), ("departement", 12),
                       ("departement", 20), ("commune", 40),
                       ("epci", 30)):
        drawn = rng.sample(sorted(bm.reference.entities(type_id)["code"]), n)
        f = _file(tmp_path / f"{type_id}{n}.csv", drawn)
        a = bm.adoption(bm.read_survey(f), type=type_id)
        assert a["ci_low"].notna().all(), (type_id, drawn)


# --- 3. changes: the same advice, and it works ---------------------------------------------

def test_changes_advises_the_within_that_holds_the_waves(cli, tmp_path):
    f = _file(tmp_path / "ouest.csv", WEST, dates=("15/10/2024", "15/10/2025"))
    r = cli("changes", "--data", f, "--type", "departement")
    assert r.exit_code == 0, r.output
    note = _dagger(r.stdout)  # under the table (s32: was stderr)
    assert "†" not in r.stderr
    assert note.startswith("† Les vagues tiennent tous les départements des Pays de la Loire "
                           "et de Bretagne (9)")
    assert note.endswith("« barometre changes --within 22,29,35,44,49,53,56,72,85 » en fait "
                         "la base.")  # was no advice
    within = cli("changes", "--data", f, "--type", "departement",
                 "--within", _advised(note, "changes"))
    assert within.exit_code == 0, within.output
    assert "exhaustif" in _row(within.stdout, "Facebook")


# --- 4. the report's Évolution: one note for the waves of one place ------------------------

def test_the_evolution_says_the_region_of_its_waves_once(cli, tmp_path):
    import openpyxl

    f = _file(tmp_path / "ouest.csv", WEST, dates=("15/10/2024", "15/10/2025"))
    out = tmp_path / "r.xlsx"
    r = cli("report", "--data", f, "--type", "departement", "-o", out)
    assert r.exit_code == 0, r.output
    cells = [c.value.replace(NNBSP, " ") for row in openpyxl.load_workbook(out)["Évolution"]
             .iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("†")]
    # was « † Vague du 15/10/2024 : … » then the same « † Vague du 15/10/2025 : … »
    assert cells == [typeset(
        "† Chaque vague : le fichier tient tous les départements des Pays de la Loire et de "
        "Bretagne (9) : un tirage au hasard en mettrait 5 dans une seule région avec moins "
        "d'une chance sur mille ; ce n'est pas un échantillon tiré au hasard des 101 "
        "départements : sa part est celle des entités du fichier, pas celle des 101 "
        "départements.", "fr").replace(NNBSP, " ")]
    trend = cli("trend", "--data", f, "--type", "departement")
    assert _dagger(trend.stdout).endswith(
        "(« barometre compare --data --within 22,29,35,44,49,53,56,72,85 » sur ce fichier en "
        "fait la base).")


# --- both readers: the small-file reader and the columnar one read the same place ----------

@pytest.mark.parametrize("columnar", [False, True], ids=["small", "columnar"])
@pytest.mark.parametrize("codes", [WEST, DROM], ids=["west", "drom"])
def test_both_readers_give_the_same_region_design(tmp_path, monkeypatch, columnar, codes):
    from barometre.survey import fastcsv

    if columnar:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    a = bm.adoption(bm.read_survey(_file(tmp_path / "f.csv", codes)), type="departement")
    d = a.attrs["design"]["departement"]
    assert d["within"] == sorted(codes) and d["regions"][0][1] == d["regions"][0][2]
    assert a["ci_low"].isna().all()


# --- a report's reader has no command line: the advised --within in words -------------------

def test_the_report_says_the_advised_base_in_words(cli, tmp_path):
    import openpyxl

    f = _file(tmp_path / "ouest.csv", WEST, dates=("15/10/2024", "15/10/2025"))
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", f, "--type", "departement", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    cells = {ws.title: [c.value.replace(NNBSP, " ") for row in ws.iter_rows() for c in row
                        if isinstance(c.value, str)] for ws in wb}
    assert not any("--within" in v for vs in cells.values() for v in vs)
    deps = "22, 29, 35, 44, 49, 53, 56, 72, 85"
    assert any(v.endswith(typeset(
        f"pas d'estimation pour les 101 départements. Comptées sur les entités des départements "
        f"{deps}, ses parts en sont un échantillon ou un recensement ; établies « en panel », "
        "les parts sont celles des seules entités du fichier.", "fr").replace(NNBSP, " "))
        for v in cells["Adoption"])
    assert any(v.endswith(f"pour elles. Comptées sur les entités des départements {deps}, les "
                          "vagues en sont un échantillon ou un recensement.")
               for v in cells["Mouvements"])


def test_a_file_of_three_whole_regions_none_half_of_it_gets_no_interval(cli, tmp_path):
    """14 départements, all those of Normandie, the Pays de la Loire and Bretagne: none of
    the three holds half of the file, yet a random draw of 14 never falls there alone (it
    printed « IC 95 % : 80–100 % » for France)."""
    d = bm.reference.entities("departement")
    codes = sorted(d.loc[d["region"].isin(["28", "52", "53"]), "code"])
    f = _file(tmp_path / "ouest3.csv", codes)
    r = cli("compare", "--data", f, "--type", "departement")
    assert r.exit_code == 0, r.output
    assert "voir †" in _row(r.stdout, "département  Facebook")
    note = _dagger(r.stdout)
    assert note.startswith("† Le fichier tient tous les départements de Normandie, des Pays de "
                           "la Loire et de Bretagne (14) : un tirage au hasard de 14 des 101 "
                           "départements les mettrait tous dans ces 3 régions seules avec moins "
                           "d'une chance sur mille")
    assert _advised(note) == ",".join(codes)
    within = cli("compare", "--data", f, "--type", "departement", "--within", _advised(note))
    assert "exhaustif" in _row(within.stdout, "département  Facebook")
