"""What out26 left (tail26): benchmark's and changes --list's CSV/JSON carry the cells of the
rounded counts as typed, compare's coverage under -p counts the platforms asked and says
so, and the library's benchmark refuses a mixed-type Annuaire export as rank does."""

from __future__ import annotations

import csv
import io
import json

import pytest

import barometre as bm
from barometre.domain.errors import UsageError

# Gironde's Facebook typed « 112 k », Nord's Instagram « 1,2 k » (rank25's pairs.csv)
PAIRS = """Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;Date du relevé
Loire-Atlantique;Oui;98 765;Oui;23456;15/10/2025
Gironde;Oui;112 k;Oui;31 000;15/10/2025
Nord;Oui;150 000;Oui;1,2 k;16/10/2025
Isère;Oui;41 000;Oui;9 876;16/10/2025
"""


@pytest.fixture
def pairs(tmp_path):
    p = tmp_path / "pairs.csv"
    p.write_text(PAIRS, encoding="utf-8")
    return p


# ------------------------------------------------ 1. benchmark's rounded counts, as typed


def test_benchmark_frame_keeps_the_rounded_cells(pairs):
    s = bm.read_survey(pairs)
    fb = bm.benchmark(s, "44").set_index("platform").loc["facebook"]
    # 44's per-1,000 rank is « 1er ou 2e sur 4 : le compte de Gironde, « 112 k », est arrondi »
    assert (fb["rank_per_1000_rounded_codes"], fb["rank_per_1000_rounded_typed"]) == (
        "33", "112 k")
    assert fb["rank_rounded_typed"] == "" and pd_missing(fb["followers_typed"])
    own = bm.benchmark(s, "33").set_index("platform").loc["facebook"]
    assert own["followers_rounded"] and own["followers_typed"] == "112 k"
    cols = list(bm.benchmark(s, "44").columns)
    assert cols.index("followers_typed") == cols.index("followers_rounded") + 1
    assert cols.index("rank_rounded_typed") == cols.index("rank_rounded_names") + 1
    # a frame saved without the cells: no column of them, as rank
    assert "rank_rounded_typed" not in bm.benchmark(s.drop(columns="followers_typed"), "44")


def pd_missing(v) -> bool:
    import pandas as pd

    return v is None or pd.isna(v)


def test_benchmark_csv_and_json_quote_the_cells_the_text_quotes(cli, pairs):
    text = cli("benchmark", "-e", "44", "--data", pairs).stdout
    assert "le compte de Gironde, « 112 k », est arrondi" in text
    rows = {r["platform"]: r for r in csv.DictReader(io.StringIO(
        cli("benchmark", "-e", "44", "--data", pairs, "--format", "csv").stdout))}
    assert (rows["facebook"]["rank_per_1000_rounded_names"],
            rows["facebook"]["rank_per_1000_rounded_typed"]) == ("Gironde", "112 k")
    assert rows["facebook"]["followers_typed"] == ""
    js = {r["platform"]: r for r in json.loads(cli(
        "benchmark", "-e", "33", "--data", pairs, "--format", "json").stdout)}
    assert js["facebook"]["followers_typed"] == "112 k"
    assert js["facebook"]["rank_per_1000_rounded_typed"] == ["112 k"]  # beside ["33"]
    assert js["instagram"]["followers_typed"] is None
    assert js["instagram"]["rank_rounded_typed"] == []


def test_json_typed_list_stays_beside_its_codes_when_a_cell_is_unknown():
    from barometre.cli.options import Format, _print_records
    import pandas as pd

    df = pd.DataFrame({"codes": ["33;38", "", "59"], "typed": ["112 k;", "", ""]})
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        _print_records(df, Format.json, lists=("codes",), aligned={"typed": "codes"})
    got = json.loads(out.getvalue())
    assert [r["typed"] for r in got] == [["112 k", None], [], [None]]


# ------------------------------------------------ 2. changes --list: the typed cells


def _two_waves(tmp_path, old_cells, new_cells):
    head = "code,nom,facebook,abonnes facebook,date\n"
    codes = [("49", "Maine-et-Loire"), ("44", "Loire-Atlantique"), ("35", "Ille-et-Vilaine")]
    paths = []
    for name, cells, day in (("a.csv", old_cells, "2024-10-15"),
                             ("b.csv", new_cells, "2025-10-15")):
        p = tmp_path / name
        p.write_text(head + "".join(f'{c},{n},oui,"{k}",{day}\n'
                                    for (c, n), k in zip(codes, cells)), encoding="utf-8")
        paths.append(p)
    return paths


def test_changes_list_carries_the_typed_cells(cli, tmp_path):
    a, b = _two_waves(tmp_path, ["112 k", "100000", "50000"], ["115000", "1,2 M", "51000"])
    out = cli("changes", "--data", a, "--data", b, "--list", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["code"]: (r["followers_typed_old"], r["followers_typed_new"]) for r in rows} == {
        "49": ("112 k", ""), "44": ("", "1,2 M"), "35": ("", "")}
    head = list(rows[0])
    assert head.index("followers_typed_old") == head.index("followers_rounded_new") + 1
    js = json.loads(cli("changes", "--data", a, "--data", b, "--list", "--format",
                        "json").stdout)
    assert {r["code"]: r["followers_typed_old"] for r in js} == {
        "49": "112 k", "44": None, "35": None}
    t = bm.transitions(bm.read_waves([a, b]))
    assert t.set_index("code").loc["44", "followers_typed_new"] == "1,2 M"


# ------------------------------------------------ 3. compare's coverage under -p

COV = """code,nom,facebook,abonnes facebook,instagram,abonnes instagram,date
44,Loire-Atlantique,oui,1000,oui,150,2025-10-15
35,Ille-et-Vilaine,,,non,,2025-10-15
49,Maine-et-Loire,,,oui,350,2025-10-15
"""


def test_compare_coverage_counts_the_platforms_asked(cli, tmp_path):
    p = tmp_path / "cov.csv"
    p.write_text(COV, encoding="utf-8")

    def line(*args):
        out = cli("compare", "--data", p, "--blank", "unknown", *args)
        assert out.exit_code == 0, out.output
        return [x for x in (out.stdout + out.stderr).splitlines()
                if x.startswith(("Couverture", "Coverage"))]

    # one département answered on Facebook: not the three that answered on Instagram
    assert line("-p", "facebook") == [
        "Couverture : 1 sur 101 départements avec au moins une réponse sur Facebook dans le "
        "fichier"]
    assert line("-p", "facebook", "--lang", "en") == [
        "Coverage: 1 of 101 départements with at least one answer on Facebook in the file"]
    assert line("-p", "facebook", "-p", "instagram") == [
        "Couverture : 3 sur 101 départements avec au moins une réponse sur Facebook ou "
        "Instagram dans le fichier"]
    every = ["Couverture : 3 sur 101 départements avec au moins une réponse dans le fichier"]
    assert line() == every and line("-p", "facebook", "-p", "any") == every
    rows = list(csv.DictReader(io.StringIO(cli(
        "compare", "--data", p, "--blank", "unknown", "-p", "facebook", "--format",
        "csv").stdout)))
    assert [(r["n_surveyed"], r["coverage"]) for r in rows] == [("1", "0.0099")]
    c = bm.compare_survey(bm.read_survey(p, blank="unknown"), platforms="facebook")
    assert c["n_surveyed"].tolist() == [1] and c.attrs["coverage_platforms"] == ["facebook"]


YEARS = """code,nom,facebook,abonnes facebook,instagram,abonnes instagram,date
44,Loire-Atlantique,oui,900,oui,100,2024-10-15
35,Ille-et-Vilaine,non,,non,,2024-10-15
44,Loire-Atlantique,oui,1000,oui,150,2025-10-15
35,Ille-et-Vilaine,,,non,,2025-10-15
49,Maine-et-Loire,,,oui,350,2025-10-15
"""


def test_compare_coverage_of_a_year_under_p(cli, tmp_path):
    p = tmp_path / "years.csv"
    p.write_text(YEARS, encoding="utf-8")
    out = cli("compare", "--data", p, "--blank", "unknown", "-p", "facebook")
    assert ("Couverture : 1 sur 101 départements avec au moins une réponse sur Facebook en "
            "2025 dans le fichier") in (out.stdout + out.stderr).splitlines()


# ------------------------------------------------ 4. a mixed-type export in the library


def test_benchmark_of_a_mixed_export_is_refused_as_rank_refuses_it(annuaire_export):
    from barometre.analysis.peers import peer_group

    s = bm.read_survey(annuaire_export[0])
    assert s.attrs["collectivity_type"] is None
    with pytest.raises(UsageError) as ranked:
        bm.rank(s, "facebook")
    for call in (lambda: bm.benchmark(s, "44"), lambda: peer_group(s, "44"),
                 lambda: bm.charts.benchmark(s, "44")):
        with pytest.raises(UsageError) as err:  # was « deux enquêtes mises bout à bout »
            call()
        assert err.value.code == "survey-types-mixed" == ranked.value.code
        assert str(err.value) == str(ranked.value)
    # type= reads that type's entities, as rank's and the CLI's --type
    b = bm.benchmark(s, "44", type="departement")
    assert b.attrs["collectivity_type"] == "departement" and b.attrs["n_entities"] == 101
    assert peer_group(s, "44", type="departement").attrs["collectivity_type"] == "departement"
    one = bm.read_survey(annuaire_export[0], type="departement")
    assert b.equals(bm.benchmark(one, "44"))
    # the chart of that type goes on to the Annuaire's own refusal: no follower counts
    from barometre.domain.errors import NoDataError

    with pytest.raises(NoDataError, match="l'Annuaire de l'administration déclare"):
        bm.charts.benchmark(s, "44", type="departement")
