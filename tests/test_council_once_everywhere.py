"""A council of two départements ranked once everywhere a ranking is shown (league18).

`rank` listed 2A and 2B giving the Collectivité de Corse's one count once, as the council
(20R, analysis.peers.council_once), but the report's Classement (league_table) still
listed them as two ex aequo rows: « 52e » in `rank`, « 53e (ex aequo) » in the report for
one file. The Classement, the ranking chart and the scatter now follow `rank`.
"""

from __future__ import annotations

import openpyxl

import barometre as bm

from .conftest import as_json
from barometre.render.excel.cells import typeset


def _one_council_file(tmp_path):
    """The Collectivité de Corse's one count on 2A and 2B (Facebook, Instagram), the CeA's
    on 67 and 68 on Facebook; on Instagram 67 and 68 differ (two rows stay)."""
    f = tmp_path / "conseils.csv"
    f.write_text("Code département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram\n"
                 "2A;Oui;10000;Oui;500\n2B;Oui;10000;Oui;500\n67;Oui;3000;Oui;700\n"
                 "68;Oui;3000;Oui;900\n44;Oui;90000;Oui;8000\n29;Oui;20000;Non;\n",
                 encoding="utf-8")
    return f


def _classement(path, sheet="Classement"):
    """The Classement's notes (the lines above its table), its rows as dicts, and its
    sheet."""
    ws = openpyxl.load_workbook(path)[sheet]
    h = next(c.row for c in ws["A"] if c.value in ("Réseau", "Platform"))
    notes = [ws.cell(r, 1).value for r in range(1, h) if ws.cell(r, 1).value]
    head = [c.value for c in ws[h]]
    rows = [dict(zip(head, r)) for r in ws.iter_rows(min_row=h + 1, values_only=True)]
    return notes, rows, ws, h


def test_the_classement_ranks_a_council_once_as_rank_does(cli, tmp_path):
    f = _one_council_file(tmp_path)
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--data", f, "--entity", "2B", "-o", out)
    assert res.exit_code == 0, res.output
    notes, rows, ws, h = _classement(out)
    for label, platform in (("Facebook", "facebook"), ("Instagram", "instagram")):
        ranked = as_json(cli("rank", "-p", platform, "--data", f, "-f", "json"))
        table = [(r["Code"], r["Nom"], r["Abonnés"], r["Rang"]) for r in rows
                 if r["Réseau"] == label and r["Rang"] is not None]
        assert table == [(r["code"], r["name"], r["value"], r["rank"]) for r in ranked]
    fb = [(r["Code"], r["Rang"]) for r in rows if r["Réseau"] == "Facebook"]
    # was 44, 29, 2A 3 (ex aequo), 2B 3 (ex aequo), 67 5 (ex aequo), 68 5 (ex aequo)
    assert fb == [("44", 1), ("29", 2), ("20R", 3), ("6AE", 4)]
    ig = [(r["Code"], r["Rang"]) for r in rows if r["Réseau"] == "Instagram"]
    assert ig == [("44", 1), ("68", 2), ("67", 3), ("20R", 4), ("29", None)]  # 67, 68 differ
    corse = next(r for r in rows if r["Réseau"] == "Facebook" and r["Code"] == "20R")
    assert corse["Nom"] == "Collectivité de Corse (2A, 2B)" and corse["Population"] == 355486
    assert corse["Rang pour 1\u202f000 hab."] == 2  # as rank -m followers_per_1000
    # no rank shared: no cell says « (ex aequo) »
    rank_col = [c.value for c in ws[h]].index("Rang") + 1
    assert not any("ex aequo" in ws.cell(r, rank_col).number_format
                   for r in range(h + 1, ws.max_row + 1))
    assert typeset("Un conseil pour deux départements, un seul compte, classé une fois avec la "
                   "population qu'il sert : Collectivité de Corse (2A, 2B) sur Facebook, Instagram ; "
                   "Collectivité européenne d'Alsace (67, 68) sur Facebook", "fr") in notes
    # the entity (2B) highlighted on its own rows and on its council's (20R)
    [rule] = [r for rng in ws.conditional_formatting for r in rng.rules]
    assert '="2B"' in rule.formula[0] and '="20R"' in rule.formula[0]
    en = tmp_path / "report-en.xlsx"
    assert cli("report", "--data", f, "--lang", "en", "-o", en).exit_code == 0
    notes, _, _, _ = _classement(en, "Ranking")
    assert ("One council for two départements, one account, ranked once with the population "
            "it serves: Collectivité de Corse (2A, 2B) on Facebook, Instagram; Collectivité "
            "européenne d'Alsace (67, 68) on Facebook") in notes


def test_league_table_counts_a_council_once_only_when_the_counts_agree(tmp_path):
    s = bm.read_survey(_one_council_file(tmp_path))
    t = bm.league_table(s)
    fb = t[t["platform"] == "facebook"]
    assert fb["code"].tolist() == ["44", "29", "20R", "6AE"]
    # the index's median is of the four accounts, as benchmark's peer median (15 000 → 20 000
    # for 44, 29, 20R, 6AE: 90 000, 20 000, 10 000, 3 000)
    assert fb["index"].round(1).tolist() == [600.0, 133.3, 66.7, 20.0]
    assert fb["rank_per_1000"].tolist() == [1, 3, 2, 4]
    assert [c["code"] for c in t.attrs["councils_once"]["facebook"]] == ["20R", "6AE"]
    assert [c["code"] for c in t.attrs["councils_once"]["instagram"]] == ["20R"]
    # the ranks per 1,000 inhabitants those of rank's
    r = bm.rank(s, "facebook", metric="followers_per_1000")
    assert dict(zip(r["code"], r["rank"])) == dict(zip(fb["code"], fb["rank_per_1000"]))


def test_the_ranking_chart_and_the_scatter_draw_the_council_once(cli, tmp_path):
    f = _one_council_file(tmp_path)
    s = bm.read_survey(f)
    fig = bm.charts.ranking(bm.rank(s, "facebook"), focus="2B")
    bars = [p.get_gid() for p in fig.axes[0].patches]
    assert bars == ["bar:44", "bar:29", "bar:20R:focus", "bar:6AE"]  # 2B: its council's bar
    # (the file gives no reading date: the title says so, as the commands do, ci25)
    assert fig.get_suptitle() == ("Facebook : les 4 départements du fichier les plus suivis, "
                                  "année non précisée")
    cap = fig.get_supxlabel().replace("\n", " ")
    assert ("Base : 4 classés : 2 départements et 2 conseils de deux départements chacun sur "
            "les 6 du fichier (101 en France).") in cap
    assert "(ex aequo)" not in " ".join(t.get_text() for t in fig.axes[0].texts)
    assert "classé une fois avec la population qu'il sert" in cap
    out = tmp_path / "r.svg"
    res = cli("chart", "ranking", "--data", f, "-p", "facebook", "-e", "2B", "-o", out)
    assert res.exit_code == 0, res.output
    svg = out.read_text(encoding="utf-8")
    assert 'id="bar:20R:focus"' in svg and 'id="bar:2A"' not in svg and 'id="bar:2B' not in svg
    # the scatter: one dot for one account, its two départements in the base, said
    sc = bm.charts.scatter(s, "facebook", focus="2B")
    cap = sc.get_supxlabel().replace("\n", " ")
    # (a part of the type: France's number said, as the ranking says it)
    assert "Base : 6 départements de l'enquête (101 en France)." in cap
    assert "En orange : Collectivité de Corse (2A, 2B)." in cap
    assert ("un seul point avec la population qu'il sert : Collectivité de Corse (2A, 2B) ; "
            "Collectivité européenne d'Alsace (67, 68)") in cap
    assert len(sc.axes[0].collections[0].get_offsets()) == 3  # 44, 29, 6AE; 20R the focus


def test_benchmark_says_why_it_ranks_among_fewer_than_its_peers(cli, tmp_path):
    """« pairs : les 6 départements du fichier » then « 3e sur 4 »: the councils compared
    once are said under the figures (rvhostile18), in French and English."""
    f = _one_council_file(tmp_path)
    out = cli("benchmark", "--data", f, "--entity", "44", "-p", "facebook").output
    assert "1er sur 4" in out
    assert ("Un conseil pour deux départements, un seul compte, classé une fois avec la "
            "population qu'il sert : Collectivité de Corse (2A, 2B) sur Facebook ; "
            "Collectivité européenne d'Alsace (67, 68) sur Facebook") in out
    en = cli("benchmark", "--data", f, "--entity", "44", "-p", "facebook", "--lang", "en").output
    assert "One council for two départements" in en and "Collectivité de Corse (2A, 2B)" in en
