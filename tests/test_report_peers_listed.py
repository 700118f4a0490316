"""The report's Benchmark named no peer (review com29): `report --entity 72 --peers region`
said « Instagram : 3e ex aequo sur 5 » among « les 5 départements de la même région, Pays
de la Loire », but no sheet named the other four nor gave their counts (the Classement ranks
the file's 101), so a director could not check the 3rd place. A few peers, fewer than the
Classement's, are now listed under the Benchmark, platform by platform, as ``barometre rank
--entity 72 --peers region`` gives them: rank (« 3 (ex aequo) »), code, name, followers
(« ≈ 1 200 » for an abbreviated count, its cell quoted below), population, the entity's row
highlighted. The Benchmark's own rank cell says a tie too."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm

PDL = {"44": 48_700, "49": 21_000, "53": 9_800, "72": 9_800, "85": "1,2 k"}


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    codes = bm.reference.entities("departement")["code"].tolist()
    rows = []
    for i, c in enumerate(codes):
        count = PDL.get(c, 5_000 + 137 * i)
        rows.append(f"{c};Oui;{count};15/10/2025")
    path = tmp_path_factory.mktemp("peers") / "departements.csv"
    path.write_text("Code;Instagram;Abonnés Instagram;Date du relevé\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


def _no_peers_listed(cli, tmp_path, data, entity: str) -> None:
    """The report of ``entity`` (peers: the type, the default) has one table on its
    Benchmark, no « … pairs classés » list."""
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", data, "--entity", entity, "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert not any(isinstance(c.value, str) and "pairs classés" in c.value
                   for row in wb["Benchmark"].iter_rows() for c in row)
    assert list(wb["Benchmark"].tables) == ["Benchmark"]


def _rows(ws):
    return [[c for c in row] for row in ws.iter_rows()]


def test_the_peers_of_the_region_are_listed(cli, survey, tmp_path):
    out = tmp_path / "r.xlsx"
    r = cli("report", "--data", survey, "--entity", "72", "--peers", "region", "-o", out)
    assert r.exit_code == 0, r.output
    ws = openpyxl.load_workbook(out)["Benchmark"]
    cells = [c for row in ws.iter_rows() for c in row]
    head = next(c for c in cells if c.value == "Instagram\u00a0: les 5 pairs classés")
    table = [[c for c in row] for row in ws.iter_rows(min_row=head.row + 2, max_row=head.row + 6)]
    assert [(r[0].value, r[1].value, r[2].value, r[3].value) for r in table] == [
        (1, "44", "Loire-Atlantique", 48_700), (2, "49", "Maine-et-Loire", 21_000),
        (3, "53", "Mayenne", 9_800), (3, "72", "Sarthe", 9_800), (5, "85", "Vendée", 1_200)]
    # the tie written as the Classement writes it, the abbreviated count marked, the
    # entity's row highlighted (the others not)
    assert [r[0].number_format for r in table] == ["0", "0", '0" (ex aequo)"', '0" (ex aequo)"', "0"]
    assert table[4][3].number_format.startswith('"≈ "')
    assert [r[2].fill.fill_type for r in table] == [None, None, None, "solid", None]
    below = ws.cell(row=head.row + 7, column=1).value
    assert below == "≈\u00a0: nombre abrégé dans le fichier («\u00a01,2 k\u00a0»), donc arrondi"
    # the Benchmark's own rank: « 3 (ex aequo) » too
    bench_head = [c.value for c in ws[3]]
    rank = ws.cell(row=4, column=bench_head.index("Rang") + 1)
    assert (rank.value, rank.number_format) == (3, '0" (ex aequo)"')
    assert "Peers1" not in openpyxl.load_workbook(out)["Benchmark"].tables  # French names


def test_the_file_s_whole_type_is_not_listed_again(cli, survey, tmp_path):
    """Peers of the whole file: the Classement ranks them all, no list under the Benchmark."""
    _no_peers_listed(cli, tmp_path, survey, "72")


def test_english_names_the_peers_table(cli, survey, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", survey, "--entity", "72", "--peers", "region",
               "--lang", "en", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Benchmark"]
    said = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Instagram: the 5 peers ranked" in said
    assert "≈: a number abbreviated in the file (“1,2 k”), so rounded" in said
    assert "Peers1" in ws.tables


def test_the_whole_file_is_not_listed_when_some_have_no_count(cli, tmp_path):
    """The Classement also lists, unranked, the entities with no count: the peers of the
    whole file (3 ranked of 5 rows) are still the Classement's own, not listed again (the
    first version compared the peers with every row of the Classement and listed them)."""
    path = tmp_path / "enquete.csv"
    path.write_text("code,nom,instagram,abonnes instagram,date\n"
                    "01,Ain,oui,1200,2025-03-01\n02,Aisne,oui,800,2025-03-01\n"
                    "03,Allier,,,2025-03-01\n04,Alpes-de-Haute-Provence,non,,2025-03-01\n"
                    "05,Hautes-Alpes,oui,3000,2025-03-01\n", encoding="utf-8")
    _no_peers_listed(cli, tmp_path, path, "01")
