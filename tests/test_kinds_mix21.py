"""A file of intercommunalités far from its categories' proportions, no category held whole,
is never pooled as the 1,254 intercommunalités (mix21).

The category mix test existed only beside a category held whole (test_epci_whole_category);
a file of 10 EPCI of each category fell to the size bands' test (its note said the bands
and pointed to --by strate), and 30 CC beside 10 of the 21 métropoles fell to neither:
compare printed « 40 % 16/40 IC 95 % : 26–55 % » for the 1,254.

mix40: 10 of each category, every métropole present, 7 CU, 5 CA, 2 CC: 24/40 = 60 %. A
random draw of 40 of the 1,254 holds 40 × 989 / 1,254 = 31.5 CC and 40 × 21 / 1,254 = 0.67
métropoles, not 10 and 10. The categories weighed by their sizes give
(989 × 2/10 + 230 × 5/10 + 14 × 7/10 + 21 × 10/10) / 1,254 = 343.6 / 1,254 = 27.4 %.
"""

from __future__ import annotations

import json
import math
import random

import pytest

import barometre as bm
from barometre.analysis.survey import MIX_DESIGN_P
from barometre.analysis.stats import wilson_interval

from .test_epci_whole_category import NNBSP, _of, _write  # one file of EPCI, one way


def _picked(path, seed: int, per_kind: dict[str, tuple[int, int]]):
    """``per_kind``: category -> (entities drawn at random in it, of them on Facebook)."""
    rng = random.Random(seed)
    rows = []
    for kind, (n, yes) in per_kind.items():
        rows += [(c, "Oui" if i < yes else "Non")
                 for i, c in enumerate(rng.sample(_of(kind), n))]
    rng.shuffle(rows)
    return _write(path, rows)


@pytest.fixture
def mix40(tmp_path):
    return _picked(tmp_path / "mix40.csv", 21, {"CC": (10, 2), "CA": (10, 5), "CU": (10, 7),
                                                "METRO": (10, 10)})


@pytest.fixture
def cc_metro(tmp_path):
    """30 CC (6 on Facebook) and 10 of the 21 métropoles (all): 16/40."""
    return _picked(tmp_path / "ccmetro.csv", 5, {"CC": (30, 6), "METRO": (10, 10)})


def _out(cli, path, *args: str) -> str:
    r = cli("compare", "--data", path, "--type", "epci", *args)
    assert r.exit_code == 0, r.output
    return r.stdout.replace(NNBSP, " ")


def test_ten_of_each_category_is_no_random_draw_of_the_intercommunalites(cli, mix40):
    """No interval, no estimate, « † », the flag; the note counts each category and points
    to --by category (it said the size bands and --by strate)."""
    out = _out(cli, mix40)
    row = next(line for line in out.splitlines() if line.startswith("intercommunalité"))
    assert "60 %†" in row and "24/40" in row and "voir †" in row and "IC 95" not in row
    assert "IC 95 %" not in out
    assert ("† Le fichier tient 10 des 989 communautés de communes, 10 des 230 communautés "
            "d'agglomération, 10 des 14 communautés urbaines, 10 des 21 métropoles : un tirage "
            "au hasard de 40 des 1 254 intercommunalités serait aussi loin des proportions de "
            "leurs catégories avec moins d'une chance sur mille") in out
    assert "pas d'estimation pour les 1 254 intercommunalités" in out
    assert "« barometre compare --by category » compte chaque catégorie à part" in out
    assert "strate" not in out
    (rec,) = json.loads(_out(cli, mix40, "--format", "json"))
    assert (rec["n_present"], rec["n_base"]) == (24, 40)
    assert rec["ci_low"] is None and rec["ci_high"] is None and rec["estimate"] is None
    assert rec["flags"] == ["non_random_sample"]
    assert (rec["design"], rec["design_subset"]) == ("stratified", "kinds_mix")
    en = _out(cli, mix40, "--lang", "en")
    assert ("† The file holds 10 of the 989 communautés de communes, 10 of the 230 "
            "communautés d'agglomération, 10 of the 14 communautés urbaines, 10 of the 21 "
            "métropoles: a random draw of 40 of the 1,254 intercommunalities") in en
    assert "“barometre compare --by category” counts each category apart" in en


def test_the_pooled_share_is_far_from_the_categories_weighed(mix40):
    """By hand: 60 % pooled, 27.4 % with each category weighed by its size in France; the
    library says the design: the mix per category and its chance."""
    s = bm.read_survey(mix40)
    res = bm.compare_survey(s, "epci")
    assert res["share"].tolist() == [0.6]
    sizes = {"CC": 989, "CA": 230, "CU": 14, "METRO": 21}
    weighed = sum(sizes[k] * x / 10 for k, x in (("CC", 2), ("CA", 5), ("CU", 7),
                                                   ("METRO", 10))) / 1254
    assert weighed == pytest.approx(0.274, abs=1e-3)
    d = res.attrs["design"]["epci"]
    assert (d["kind"], d["id"], d["estimable"]) == ("mix", "kinds_mix", False)
    assert d["others_kinds"] == [["CC", 10, 989], ["CA", 10, 230], ["CU", 10, 14],
                                 ["METRO", 10, 21]]
    # the CU's tail: P(X >= 10) for X ~ hypergeometric(draw 40, 14 of 1,254), about
    # C(14, 10) C(1,240, 30) / C(1,254, 40) = 1.6e-13; two-sided (× 2), over the four
    # categories (× 4): 1.2e-12
    assert math.comb(14, 10) * math.comb(1240, 30) / math.comb(1254, 40) == pytest.approx(
        1.56e-13, rel=0.01)
    assert 1e-12 < d["p_mix"] < 1.3e-12 and d["p_mix"] < MIX_DESIGN_P
    assert (d["n_others"], d["total"]) == (40, 1254)
    a = bm.adoption(s, type="epci")
    assert a["ci_low"].isna().all() and a.attrs["design"]["epci"]["id"] == "kinds_mix"


def test_cc_beside_half_the_metropoles_gets_no_interval(cli, cc_metro):
    """30 CC and 10 métropoles: no size band test caught it, compare printed « IC 95 % :
    26–55 % » for the 1,254."""
    out = _out(cli, cc_metro)
    row = next(line for line in out.splitlines() if line.startswith("intercommunalité"))
    assert "40 %†" in row and "16/40" in row and "IC 95" not in row
    assert ("Le fichier tient 30 des 989 communautés de communes, 0 des 230 communautés "
            "d'agglomération, 0 des 14 communautés urbaines, 10 des 21 métropoles") in out
    (rec,) = json.loads(_out(cli, cc_metro, "--format", "json"))
    assert rec["ci_low"] is None and rec["flags"] == ["non_random_sample"]


def test_by_category_keeps_each_category_interval(cli, mix40):
    """Split by category, each category is its own population: 2/10 of the 989 CC, Wilson
    with the finite-population correction; no « † »."""
    out = _out(cli, mix40, "--by", "category")
    assert "†" not in out
    row = next(line for line in out.splitlines() if line.startswith("Communautés de communes"))
    lo, hi = wilson_interval(0.2, 10, population=989)
    assert "2/10" in row and bm.render.formats.fmt_ci(lo, hi).replace(NNBSP, " ") in row


def test_by_strate_each_band_mixes_the_categories_too(cli, mix40):
    """Split by size band, a band's sample mixes the categories as unevenly (its 10
    métropoles of 21 and 10 CU of 14 among the 125 of 100,000 or more): no interval per band,
    the note says the categories and points to --by category (it gave each band one)."""
    out = _out(cli, mix40, "--by", "strate")
    rows = [line for line in out.splitlines() if "intercommunalité " in line]
    assert rows and all("voir †" in line and "IC 95" not in line for line in rows)
    assert "la part de chaque strate surreprésente certaines catégories" in out
    assert "« barometre compare --by category » compte chaque catégorie à part" in out


def _quota(seed: int) -> list[str]:
    """150 EPCI, each category in its share of the 1,254 (118 CC, 28 CA, 2 CU, 2
    métropoles for 118.3, 27.5, 1.7 and 2.5), random within it."""
    rng = random.Random(seed)
    return [c for k, n in (("CC", 118), ("CA", 28), ("CU", 2), ("METRO", 2))
            for c in rng.sample(_of(k), n)]


@pytest.mark.parametrize("kind", ["random", "quota"])
def test_a_random_draw_and_a_quota_sample_keep_their_interval(cli, tmp_path, kind):
    """A seeded random draw of 150 of the 1,254 and a quota sample in the categories'
    proportions: no design, the interval for the 1,254 stays (Wilson, N = 1,254)."""
    codes = (random.Random(150).sample(sorted(bm.reference.entities("epci")["code"]), 150)
             if kind == "random" else _quota(150))
    path = _write(tmp_path / f"{kind}.csv", [(c, "Oui" if i % 3 else "Non")
                                              for i, c in enumerate(codes)])
    (rec,) = json.loads(_out(cli, path, "--format", "json"))
    assert (rec["n_present"], rec["n_base"]) == (100, 150)
    lo, hi = wilson_interval(100 / 150, 150, population=1254)
    assert (rec["ci_low"], rec["ci_high"]) == (pytest.approx(lo, abs=0.01),
                                               pytest.approx(hi, abs=0.01))
    assert "design" not in rec and rec["flags"] == []
    out = _out(cli, path)
    assert "IC 95 % : " in out and "†" not in out
    assert "design" not in bm.compare_survey(bm.read_survey(path), "epci").attrs


def test_random_draws_are_not_read_as_a_mix():
    """300 seeded draws of 40 and of 150 of the 1,254 and 100 quota samples: none read as
    far from the categories' proportions (the test's false alarms are under one in a
    thousand by construction: 1 in 2,000 draws of 40 seen)."""
    from barometre.analysis.survey import _kind_mix, _mix_chance

    codes = sorted(bm.reference.entities("epci")["code"])
    rng = random.Random(2101)
    for n in (40, 150):
        for _ in range(300):
            assert _mix_chance(_kind_mix(rng.sample(codes, n), "epci")) >= MIX_DESIGN_P
    for seed in range(100):
        assert _mix_chance(_kind_mix(_quota(seed), "epci")) > 0.5


def test_report_and_chart_say_it_in_words(cli, tmp_path, mix40):
    """The report's Synthèse key figure has no interval; its notes count each category and
    say --by category in words, as the chart's caption does."""
    import openpyxl

    out = tmp_path / "mix40.xlsx"
    r = cli("report", "--data", mix40, "-o", out)
    assert r.exit_code == 0, r.output
    cells = [str(c.value).replace(NNBSP, " ") for ws in openpyxl.load_workbook(out).worksheets
             for row in ws.iter_rows() for c in row if c.value is not None]
    key = next(c for c in cells if "des intercommunalités sur Facebook" in c)
    assert "60 %†" in key and "IC 95" not in key
    notes = [c for c in cells if "10 des 14 communautés urbaines" in c]
    assert notes and all("moins d'une chance sur mille" in c for c in notes)
    assert any("chaque catégorie d'intercommunalités a sa propre estimation" in c
               for c in notes)
    # the categories in words, no command (s33: the note that the published barometers'
    # figures are not in a survey's report names « barometre compare --type … »: another matter)
    assert not [c for c in cells if "--by category" in c or "compare --data" in c
                or "--by" in c]
    from barometre.render.charts.adoption import adoption

    fig = adoption(bm.compare_survey(bm.read_survey(mix40), "epci"))
    caption = " ".join(t.get_text() for t in fig.texts).replace("\n", " ").replace(NNBSP, " ")
    assert "10 des 21 métropoles" in caption and "--by category" not in caption
    assert [t.get_text() for ax in fig.axes for t in ax.texts] == [f"60{NNBSP}%†"]


def test_trend_says_the_wave_is_far_from_the_categories(cli, tmp_path, mix40):
    old = tmp_path / "mix40_2024.csv"
    old.write_bytes(mix40.read_bytes().replace(b"15/10/2025", b"15/10/2024"))
    r = cli("trend", "--type", "epci", "--data", old, "--data", mix40)
    assert r.exit_code == 0, r.output
    notes = r.stdout.replace(NNBSP, " ")  # under the table (s32: was stderr)
    assert "Vague du 15 octobre 2024" not in r.stderr
    assert "Vague du 15 octobre 2024 : le fichier tient 10 des 989 communautés de communes" in notes
    assert notes.count("proportions de leurs catégories avec moins d'une chance sur mille") == 2
    assert "« barometre compare --data --by category » sur ce fichier" in notes


def test_changes_gives_no_test_for_the_type(cli, tmp_path, mix40):
    """changes prints the pooled shares (« 60 % → 60 % »), the change and McNemar's p for
    the 1,254: on waves far from the categories' proportions the shares are marked « † »,
    no p, and the note says they are the compared entities' (it printed « 1,000 » and
    nothing else)."""
    import openpyxl

    old = tmp_path / "mix40_2024.csv"
    old.write_bytes(mix40.read_bytes().replace(b"15/10/2025", b"15/10/2024"))
    r = cli("changes", "--data", old, "--data", mix40)
    assert r.exit_code == 0, r.output
    row = next(line for line in r.stdout.splitlines() if line.startswith("Facebook"))
    assert "60 % → 60 %†" in row.replace(NNBSP, " ") and "voir †" in row and "1,000" not in row
    notes = r.stdout.replace(NNBSP, " ")  # under the table (s32: was stderr)
    assert "†" not in r.stderr
    assert ("† Les vagues tiennent 10 des 989 communautés de communes, 10 des 230 communautés "
            "d'agglomération, 10 des 14 communautés urbaines, 10 des 21 métropoles") in notes
    assert "les parts et l'évolution sont celles des entités comparées" in notes
    (rec,) = json.loads(cli("changes", "--data", old, "--data", mix40, "-f", "json").stdout)
    assert rec["p_value"] is None and rec["flags"] == ["non_random_sample"]
    assert (rec["share_old"], rec["share_new"], rec["census"]) == (0.6, 0.6, False)
    c = bm.changes(bm.read_waves([old, mix40]))
    assert c.attrs["mix_design"]["id"] == "kinds_mix" and c["p_value"].isna().all()
    en = cli("changes", "--data", old, "--data", mix40, "--lang", "en")
    assert "no test (p) is given for them" in en.stdout  # under the table (s32)
    # the chart's caption and the report's Mouvements sheet say the same
    from barometre.render.charts.waves import changes as changes_chart

    fig = changes_chart(c)
    texts = " ".join(t.get_text() for t in fig.texts + fig.axes[0].texts).replace("\n", " ")
    assert "10 des 21 métropoles" in texts and "McNemar" not in texts
    assert "0,0 pts†" in texts
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", old, "--data", mix40, "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Mouvements"]
    cells = [str(x.value).replace(NNBSP, " ") for row in ws.iter_rows() for x in row
             if x.value is not None]
    assert "voir †" in cells
    assert any(v.startswith("† Les vagues tiennent 10 des 989") for v in cells)


def random_draw_waves(tmp_path):
    """The seeded random draw of 150 intercommunalités, read in 2024 and 2025 (old, new)."""
    codes = random.Random(150).sample(sorted(bm.reference.entities("epci")["code"]), 150)
    new = _write(tmp_path / "r2025.csv", [(c, "Oui" if i % 3 else "Non")
                                          for i, c in enumerate(codes)])
    old = _write(tmp_path / "r2024.csv", [(c, "Oui" if i % 4 else "Non")
                                          for i, c in enumerate(codes)], "15/10/2024")
    return old, new


def test_changes_on_a_random_draw_keeps_its_test(cli, tmp_path):
    """The seeded random draw of 150, read twice: McNemar's p stays, no flag."""
    old, new = random_draw_waves(tmp_path)
    (rec,) = json.loads(cli("changes", "--data", old, "--data", new, "-f", "json").stdout)
    assert rec["p_value"] is not None and "flags" not in rec


def test_by_strate_a_band_outside_the_part_keeps_its_interval(cli):
    """c2 (tests/files/strata20): the 42 grandes villes (the band ≥ 100 000 whole) beside
    15 communes of 500–1,999 and 15 of 5,000–9,999. Split by band, each band is its own
    population, as for c3's 8 per band: 7/15 of the 11,110 of 500–1,999 gets Wilson with
    N = 11,110; the band ≥ 100 000 is the part, its census (40/42 « au moins un réseau »
    exhaustif) or a sample of its 42 with blanks. It printed « voir † » on every band."""
    from pathlib import Path

    c2 = Path(__file__).parent / "files" / "strata20" / "c2.csv"
    r = cli("compare", "--data", c2, "--type", "commune", "--by", "strate")
    assert r.exit_code == 0, r.output
    rows = [line for line in r.stdout.replace(NNBSP, " ").splitlines() if "commune " in line]
    fb = next(line for line in rows if line.startswith("500–1 999") and "Facebook" in line)
    lo, hi = wilson_interval(7 / 15, 15, population=11_110)
    assert "7/15" in fb and bm.render.formats.fmt_ci(lo, hi).replace(NNBSP, " ") in fb
    assert "†" not in fb
    big = next(line for line in rows if line.startswith("≥ 100 000") and "au moins" in line)
    assert "40/42" in big and "exhaustif" in big
    recs = json.loads(cli("compare", "--data", c2, "--type", "commune", "--by", "strate",
                          "-f", "json").stdout)
    # every band has its interval but a band's census (no interval, ci22), none flagged
    assert all((x["ci_low"] is None) == x["census"] and x["flags"] == [] for x in recs)
    assert any(x["census"] for x in recs)
    assert "une strate sans aucune des grandes villes, ou toute de cette partie, a son intervalle" in (
        r.stdout.replace(NNBSP, " "))
