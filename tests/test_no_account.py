"""A follower count beside no account ("Non;0", a blank presence with 0, "Non;500") is no
account's count: rankings, benchmarks, follower statistics and the report's Benchmark and
Classement leave it out and count it (review12, finding 1). Before, "Non;0" was ranked as a
peer with 0 followers: "TikTok : 800 abonnés, 2e sur 4, indice 200" for Vendée, whose
right place is 2nd of the 2 départements with an account, index 80.

Also the benchmark chart's per-1,000 axis (finding 4) and the Mouvements sheet's p-value
(finding 8, in tests/test_waves.py)."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest

import barometre as bm
from barometre.analysis.peers import peer_group
from barometre.messages import text
from barometre.render.views import benchmark_text, rank_table
from barometre.render.excel.cells import typeset

# review12's files, as the reviewer wrote them (a template's Abonnés column filled with 0)
ZERO = ("Code;Département;Facebook;Abonnés Facebook;TikTok;Abonnés TikTok;Date\n"
        "44;Loire-Atlantique;Oui;10 000;;0;15/10/2025\n"
        "35;Ille-et-Vilaine;Oui;20 000;;0;15/10/2025\n"
        "49;Maine-et-Loire;Oui;15 000;Oui;1 200;15/10/2025\n"
        "85;Vendée;Oui;9 000;;0;15/10/2025\n")
ZERO2 = ("Code;Département;TikTok;Abonnés TikTok;Date\n"
         "44;Loire-Atlantique;Non;0;15/10/2025\n"
         "35;Ille-et-Vilaine;Non;0;15/10/2025\n"
         "49;Maine-et-Loire;Oui;1 200;15/10/2025\n"
         "85;Vendée;Oui;800;15/10/2025\n"
         "53;Mayenne;Non;;15/10/2025\n")
ZERO3 = ZERO2.replace("44;Loire-Atlantique;Non;0;", "44;Loire-Atlantique;Non;500;")


@pytest.fixture
def files(tmp_path):
    out = {}
    for name, content in (("zero", ZERO), ("zero2", ZERO2), ("zero3", ZERO3)):
        out[name] = tmp_path / f"{name}.csv"
        out[name].write_text(content, encoding="utf-8")
    return out


@pytest.fixture
def zero2(files):
    return bm.read_survey(files["zero2"])


def test_rank_leaves_out_the_counts_beside_no(zero2):
    r = bm.rank(zero2, "tiktok")
    assert list(zip(r["rank"], r["code"], r["value"])) == [(1, "49", 1200), (2, "85", 800)]
    assert r.attrs["no_account"] == 2 and r.attrs["n_ranked"] == 2
    k = bm.rank(zero2, "tiktok", metric="followers_per_1000")
    assert list(k["code"]) == ["49", "85"] and k.attrs["no_account"] == 2
    # the footer counts them, in French and English
    assert ("relevés 2025 ; 2 nombres d'abonnés sans compte (présence Non, vide ou douteuse), non classés"
            in rank_table(r, "fr"))
    assert ("readings 2025; 2 follower counts without an account (presence No, blank or doubtful), "
            "not ranked" in rank_table(k, "en"))


@pytest.mark.parametrize(("name", "ranked", "dropped"), [
    ("zero", ["49"], 3),  # a blank presence with 0: read absent by the blank rule, not ranked
    ("zero3", ["49", "85"], 2),  # "Non;500": warned (followers-but-no), not ranked either
])
def test_blank_with_zero_and_no_with_a_count_are_not_ranked(files, name, ranked, dropped):
    s = bm.read_survey(files[name])
    r = bm.rank(s, "tiktok")
    assert list(r["code"]) == ranked and r.attrs["no_account"] == dropped
    if name == "zero3":
        warned = [p for p in s.attrs["problems"] if p.code == "followers-but-no"]
        assert [(p.row, p.value) for p in warned] == [(2, "500")]
        assert "la présence l'emporte (absent, nombre non classé)" in warned[0].message


def test_a_blank_presence_with_a_count_is_an_account(tmp_path):
    """The reader's rule, kept: a blank presence beside a count above 0 is present, ranked."""
    f = tmp_path / "blank.csv"
    f.write_text("Code;TikTok;Abonnés TikTok\n44;;300\n35;Oui;200\n49;Non;\n", encoding="utf-8")
    s = bm.read_survey(f)
    r = bm.rank(s, "tiktok")
    assert list(r["code"]) == ["44", "35"] and r.attrs["no_account"] == 0


def test_benchmark_compares_the_accounts_only(zero2):
    b = bm.benchmark(zero2, "85").set_index("platform").loc["tiktok"]
    assert (b["rank"], b["n_peers"], b["percentile"], b["index"]) == (2, 2, 50.0, 80.0)
    assert (b["peer_median"], b["competitor_mean"]) == (1000.0, 1200.0)
    assert (b["peer_q1"], b["peer_q3"]) == (900.0, 1100.0)
    assert (b["rank_per_1000"], b["n_peers_per_1000"]) == (2, 2)
    out = bm.benchmark(zero2, "85")
    assert out.attrs["no_account"] == {"tiktok": 2}
    said = benchmark_text(out, "fr")
    # the peers not ranked said, as rank counts them, named when few (review 19b)
    assert ("TikTok : 800 abonnés, 2e sur 2 (3 sans compte : Ille-et-Vilaine, "
            "Loire-Atlantique, Mayenne), indice 80") in said
    assert "TikTok : 2 nombres d'abonnés sans compte (présence Non, vide ou douteuse), non classés" in said
    # a "Non;0" entity benchmarked: absent, no rank among the accounts
    me = bm.benchmark(zero2, "44").set_index("platform").loc["tiktok"]
    assert me["present"] is False or not me["present"]
    assert pd.isna(me["followers"]) and pd.isna(me["rank"]) and me["n_peers"] == 2


def test_peer_group_has_no_count_beside_no(zero2):
    g = peer_group(zero2, "85")
    counts = dict(zip(g["code"], g["followers"]))
    assert counts["49"] == 1200 and counts["85"] == 800
    assert all(pd.isna(counts[c]) for c in ("44", "35", "53"))
    assert g["followers_per_1000"].notna().sum() == 2
    assert g.attrs["no_account"] == {"tiktok": 2}


def test_follower_stats_counts_the_accounts(zero2):
    f = bm.follower_stats(zero2).set_index("platform").loc["tiktok"]
    assert (f["n"], f["median"], f["mean"]) == (2, 1000.0, 1000.0)
    assert bm.follower_stats(zero2).attrs["no_account"] == {"tiktok": 2}


def test_league_table_ranks_the_accounts_only(zero2):
    t = bm.league_table(zero2)
    ranks = dict(zip(t["code"], t["rank"]))
    assert (ranks["49"], ranks["85"]) == (1, 2)
    assert all(pd.isna(ranks[c]) for c in ("44", "35", "53"))
    assert t.loc[t["code"] == "85", "index"].iloc[0] == 80.0
    assert t.attrs["no_account"] == {"tiktok": 2}


def test_report_benchmark_and_classement(cli, files, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", files["zero2"], "--entity", "85", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    bench = wb["Benchmark"]
    assert bench["A1"].value == "Vendée (85)"
    at = next(c.row for c in bench["A"] if c.value == "Réseau")
    head = [c.value for c in bench[at]]
    row = dict(zip(head, [c.value for c in bench[at + 1]]))
    assert row["Réseau"] == "TikTok" and row["Pairs classés (n)"] == 2 and row["Rang"] == 2
    # the percentile a share of the peers (« 50 % »), since session 31
    assert (row["Pairs à son niveau ou en dessous"], row["Indice (médiane = 100)"]) == (0.5, 80)
    assert (row["Médiane des pairs"], row["Moyenne des pairs sans elle"]) == (1000, 1200)
    notes = [c.value for c in bench["A"][at + 1:] if c.value]
    assert notes[0] == typeset("TikTok : 2 nombres d'abonnés sans compte (présence Non, vide ou douteuse), non classés", "fr")
    assert notes[1:5] == [typeset(t, "fr") for t in [text("report-peers-ranked", "fr", name="Vendée", plural="départements",
                               all="tous"),  # what the ranks are among (review 17a)
                          # the peers not ranked, as the CLI's benchmark says them (bench16)
                          text("report-bench-not-ranked", "fr", name="Vendée", n=3),
                          "TikTok : 3 sans compte : Ille-et-Vilaine, Loire-Atlantique, Mayenne",
                          "Source : zero2.csv"]]  # and the file, as the CLI's benchmark
    assert notes[5].startswith("Population (pour 1\u202f000 habitants)\u00a0: population municipale "
                               "INSEE") and len(notes) == 6
    cl = wb["Classement"]
    h = next(c.row for c in cl["A"] if c.value == "Réseau")  # below the notes (review 17a)
    head = [c.value for c in cl[h]]
    rows = [dict(zip(head, r)) for r in cl.iter_rows(min_row=h + 1, values_only=True)]
    ranked = [(r["Code"], r["Abonnés"], r["Rang"]) for r in rows if r["Rang"] is not None]
    assert ranked == [("49", 1200, 1), ("85", 800, 2)]
    unranked = {r["Code"]: r["Abonnés"] for r in rows if r["Rang"] is None}
    assert unranked == {"35": None, "44": None, "53": None}
    # the Adoption sheet and the ranking agree: 2 present, 2 ranked
    sources = [r for r in wb["Sources et méthode"].iter_rows(values_only=True)
               if r[0] == "Classement et benchmark"]
    assert sources[0][1].endswith(typeset("TikTok : 2 nombres d'abonnés sans compte (présence Non, "
                                          "vide ou douteuse), non classés", "fr"))


def test_rank_cli_footer(cli, files):
    res = cli("rank", "-p", "tiktok", "--data", files["zero2"])
    assert res.exit_code == 0, res.output
    assert "2 nombres d'abonnés sans compte (présence Non, vide ou douteuse), non classés" in res.stdout
    assert "Loire-Atlantique" not in res.stdout and "Ille-et-Vilaine" not in res.stdout


# --------------------------------------------------------------------------- chart (finding 4)

def _ticks(ax) -> list[tuple[float, str]]:
    ax.figure.canvas.draw()
    lo, hi = ax.get_xlim()
    return [(t.get_loc(), t.label1.get_text()) for t in ax.xaxis.get_major_ticks()
            if lo <= t.get_loc() <= hi]


def test_benchmark_chart_per_1000_axis_keeps_its_decimals(zero2):
    """The per-1,000 panel read "0 0 1 1 1" for 0,2 … 1,6 (whole numbers)."""
    fig = bm.charts.benchmark(zero2, "85")
    ticks = _ticks(fig.axes[1])
    labels = [label for _, label in ticks]
    assert len(set(labels)) == len(labels) >= 3, labels
    for loc, label in ticks:  # each label reads its own tick's value
        assert float(label.replace(",", ".").replace("−", "-")) == pytest.approx(loc), ticks
    assert all("," in label for label in labels), labels  # French decimal comma
    en = bm.charts.benchmark(zero2, "85", lang="en")
    assert all("." in label for _, label in _ticks(en.axes[1]))
    # the followers panel keeps whole numbers (log scale)
    assert all("," not in label for _, label in _ticks(fig.axes[0]))


def test_benchmark_chart_says_the_counts_left_out(zero2):
    fig = bm.charts.benchmark(zero2, "85")
    assert ("TikTok : 2 nombres d'abonnés sans compte (présence Non, vide ou douteuse), non classés."
            in fig.get_supxlabel())
    dots = [c for c in fig.axes[0].collections if (c.get_gid() or "") == "peers:tiktok"]
    assert len(dots[0].get_offsets()) == 1  # Maine-et-Loire only: no dot at 0 for 44 and 35


def test_benchmark_text_counts_its_peers_in_the_right_number(tmp_path):
    """« TikTok : absent (1 pairs avec un nombre d'abonnés) »: one peer is singular, in
    both languages, and the text comes from the message catalog."""
    from barometre.render.views import benchmark_text

    f = tmp_path / "un.csv"
    f.write_text("code;plateforme;present;abonnes;date\n44;Facebook;Oui;5000;15/10/2025\n"
                 "35;Facebook;Non;;15/10/2025\n", encoding="utf-8")
    b = bm.benchmark(bm.read_survey(f, type="departement"), "35")
    # (s32: the entity without an account said as its peers are, « sans compte »)
    assert "Facebook : sans compte (1 pair avec un nombre d'abonnés)" in benchmark_text(b, "fr")
    assert "Facebook: without an account (1 peer with a count)" in benchmark_text(b, "en")


def test_the_first_of_a_feminine_type_is_1re(tmp_path):
    """« 1er sur 3 » for a région: a région is feminine, « 1re »; a département stays 1er."""
    from barometre.render.formats import fmt_rank

    f = tmp_path / "reg.csv"
    f.write_text("code;plateforme;present;abonnes;date\n53;Facebook;Oui;90000;15/10/2025\n"
                 "84;Facebook;Oui;50000;15/10/2025\n11;Facebook;Oui;40000;15/10/2025\n",
                 encoding="utf-8")
    b = bm.benchmark(bm.read_survey(f, type="region"), "53")
    assert "1re sur 3" in benchmark_text(b, "fr") and "1st of 3" in benchmark_text(b, "en")
    assert fmt_rank(1, 101, type_id="departement") == "1er sur 101"
