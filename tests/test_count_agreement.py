"""Counts agree with what they count, and shared ranks say so.

A survey with one métropole read « Pairs : les 1 métropoles de l'enquête » (benchmark
chart), « Facebook : les 1 métropoles les plus suivies » (ranking chart), « Pairs : les 1
métropole du fichier (toutes celles du fichier…) » and « Couverture de l'enquête :
1 métropoles sur 22 » (report), "the 1 surveyed metropolises" in English: words users paste
into slides. And a rank two entities share was shown « 2 » in ``barometre rank`` and in the
report's Classement, when the ranking chart says « (ex aequo) ».
"""

from __future__ import annotations

import matplotlib.text as mtext
import openpyxl
import pytest

import barometre as bm
from barometre.render import charts
from barometre.render.excel.cells import typeset

GRENOBLE, METZ, NICE = "200040715", "200039865", "200030195"
HEAD = "SIREN;Métropole;Facebook;Abonnés Facebook;Date\n"


def _one(tmp_path):
    """A survey of one métropole."""
    f = tmp_path / "une-metropole.csv"
    f.write_text(HEAD + f"{GRENOBLE};Grenoble-Alpes-Métropole;Oui;12000;15/10/2025\n",
                 encoding="utf-8")
    return f


def _three(tmp_path):
    """Three métropoles, Grenoble and Metz tied on followers (2nd), not per 1,000."""
    f = tmp_path / "trois-metropoles.csv"
    f.write_text(HEAD + f"{GRENOBLE};Grenoble-Alpes-Métropole;Oui;12000;15/10/2025\n"
                 f"{METZ};Metz Métropole;Oui;12000;15/10/2025\n"
                 f"{NICE};Métropole Nice Côte d'Azur;Oui;30000;15/10/2025\n", encoding="utf-8")
    return f


def _texts(fig) -> list[str]:
    return [t.get_text().replace("\n", " ") for t in fig.findobj(mtext.Text) if t.get_text()]


def _cells(path) -> dict[str, list[str]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
            for ws in wb.worksheets}


@pytest.mark.parametrize("lang, peers, words", [
    ("fr", "type", "Pairs : la seule métropole du fichier (sur 22 en France)"),
    ("en", "type", "Peers: the only metropolis in the file (of 22 in France)"),
    ("fr", "region", "Pairs : la seule métropole de la même région, Auvergne-Rhône-Alpes, "
     "dans le fichier"),
    ("en", "region", "Peers: the only metropolis of the same région, Auvergne-Rhône-Alpes, "
     "in the file"),
])
def test_the_benchmark_chart_of_an_entity_alone_of_its_kind(tmp_path, lang, peers, words):
    s = bm.read_survey(_one(tmp_path))
    texts = _texts(charts.benchmark(s, GRENOBLE, peers=peers, lang=lang))
    assert words in texts  # the subtitle
    base = words.split(": ", 1)[1]
    assert any(("Base : " if lang == "fr" else "Base: ") + base + "." in t for t in texts)
    assert not any(" 1 métropoles" in t or " 1 surveyed metropolises" in t for t in texts)


@pytest.mark.parametrize("lang, metric, one, top", [
    ("fr", "followers", "Facebook : la seule métropole du fichier classée, 2025",
     "Facebook : la métropole du fichier la plus suivie, 2025"),
    ("en", "followers", "Facebook: the only metropolis in the file ranked, 2025",
     "Facebook: the top metropolis in the file, 2025"),
    ("fr", "followers_per_1000",
     "Facebook : la seule métropole du fichier classée pour 1\u202f000 habitants, 2025",
     "Facebook : la métropole du fichier la plus suivie pour 1\u202f000 habitants, 2025"),
    ("en", "followers_per_1000", "Facebook: the only metropolis in the file ranked per 1,000 inhabitants, 2025",
     "Facebook: the top metropolis in the file per 1,000 inhabitants, 2025"),
])
def test_the_ranking_chart_title_of_one_bar(tmp_path, lang, metric, one, top):
    alone = bm.rank(bm.read_survey(_one(tmp_path)), "facebook", metric=metric)
    assert charts.ranking(alone, focus=GRENOBLE, lang=lang).get_suptitle().replace("\n", " ") == one
    three = bm.rank(bm.read_survey(_three(tmp_path)), "facebook", metric=metric)
    assert charts.ranking(three, top=1, lang=lang).get_suptitle().replace("\n", " ") == top
    # --top 2: in the plural; on followers Grenoble and Metz share the 2nd rank, both
    # drawn, so three bars said as three, and why (not « les 2 » over three bars)
    assert charts.ranking(three, top=2).get_suptitle().replace("\n", " ").startswith(
        "Facebook : les 3 métropoles du fichier les plus suivies (2 ex aequo au 2e rang)"
        if metric == "followers" else "Facebook : les 2 métropoles du fichier les plus suivies pour")


def test_the_ranking_chart_among_the_peers_of_an_entity_alone_in_its_region(tmp_path):
    s = bm.read_survey(_one(tmp_path))
    r = charts.peer_ranking(s, "facebook", entity=GRENOBLE, peers="region")
    assert charts.ranking(r, focus=GRENOBLE).get_suptitle().replace("\n", " ") == (
        "Facebook : la seule métropole de la région Auvergne-Rhône-Alpes classée, 2025")


@pytest.mark.parametrize("lang, base, france", [
    ("fr", "Base : 1 métropole de l'enquête", " (22 en France)"),
    ("en", "Base: 1 surveyed metropolis", " (22 in France)")])
def test_survey_chart_bases_of_one_entity(tmp_path, lang, base, france):
    """One count in both charts; the scatter, which draws the file's entities as a ranking
    does, also says France's number for a file of a part of the type (rvcom19)."""
    s = bm.read_survey(_one(tmp_path))
    assert base + france + "." in charts.scatter(s, "facebook", focus=GRENOBLE, lang=lang) \
        .get_supxlabel().replace("\n", " ")
    assert base + "." in charts.adoption(bm.adoption(s), lang=lang, survey=s).get_supxlabel() \
        .replace("\n", " ")


@pytest.mark.parametrize("lang, peers, said", [
    ("fr", "type", ["Pairs : la seule métropole du fichier (sur 22 en France)",
                    "Couverture de l'enquête : 1 métropole sur 22 (5\u202f%) avec au moins une "
                    "réponse",
                    "1 métropole sur 22 en France (5\u202f%) avec au moins une réponse"]),
    ("en", "type", ["Peers: the only metropolis in the file (of 22 in France)",
                    "Survey coverage: 1 metropolis of 22 (5%) with at least one answer",
                    "1 metropolis of 22 in France (5%) with at least one answer"]),
    ("fr", "region", ["Pairs : la seule métropole de la même région, Auvergne-Rhône-Alpes, "
                      "dans le fichier"]),
    ("en", "region", ["Peers: the only metropolis of the same région, Auvergne-Rhône-Alpes, "
                      "in the file"]),
])
def test_the_report_of_an_entity_alone_of_its_kind(cli, tmp_path, lang, peers, said):
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--data", _one(tmp_path), "--entity", GRENOBLE, "--peers", peers,
              "--lang", lang, "-o", out)
    assert res.exit_code == 0, res.output
    cells = [v for vs in _cells(out).values() for v in vs]
    for words in said:
        assert typeset(words, lang) in cells
    assert not any("les 1 " in v or "the 1 " in v or "1 métropoles" in v
                   or "1 metropolises" in v for v in cells)


@pytest.mark.parametrize("lang, line", [
    ("fr", "La seule commune du fichier est une grande ville (1 sur 42) : comptée ici comme "
           "un échantillon des communes ; --type grande_ville la compte comme grande ville"),
    ("en", "The only municipality of the file is a large city (1 of 42): counted here as a "
           "sample of the communes; --type grande_ville counts it as a large city")])
def test_compare_on_a_file_of_one_large_city(cli, tmp_path, lang, line):
    f = tmp_path / "une-commune.csv"
    f.write_text("Code commune;Commune;Facebook\n38185;Grenoble;Oui\n", encoding="utf-8")
    res = cli("compare", "--data", f, "--type", "commune", "--lang", lang)
    assert res.exit_code == 0, res.output
    assert line in res.stdout.splitlines()


@pytest.mark.parametrize("lang, tied", [("fr", " (ex aequo)"), ("en", " (tied)")])
def test_the_rank_table_says_a_shared_rank(cli, tmp_path, lang, tied):
    f = _three(tmp_path)
    res = cli("rank", "-p", "facebook", "--data", f, "--lang", lang)
    assert res.exit_code == 0, res.output
    assert [ln.split("  ")[0].strip() for ln in res.stdout.splitlines()
            if any(c in ln for c in (GRENOBLE, METZ, NICE))] == ["1", "2" + tied, "2" + tied]
    # per 1,000 inhabitants none is tied: plain ranks, right-aligned as before
    per = cli("rank", "-p", "facebook", "--data", f, "--metric", "followers_per_1000",
              "--lang", lang).stdout
    assert tied not in per
    # the entity kept below the --top, tied with one not shown: still said
    top = cli("rank", "-p", "facebook", "--data", f, "--top", "1", "--entity", METZ,
              "--lang", lang).stdout
    assert [ln.split("  ")[0].strip() for ln in top.splitlines() if METZ in ln] == ["2" + tied]
    # CSV/JSON keep the number: the rank repeated says the tie
    data = cli("rank", "-p", "facebook", "--data", f, "--format", "json").stdout
    assert '"rank": 2' in data and "aequo" not in data


@pytest.mark.parametrize("lang, shown", [("fr", '0" (ex aequo)"'), ("en", '0" (tied)"')])
def test_the_classement_sheet_says_a_shared_rank(cli, tmp_path, lang, shown):
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--data", _three(tmp_path), "--entity", METZ, "--lang", lang, "-o", out)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out).worksheets[2]
    assert ws.title == ("Classement" if lang == "fr" else "Ranking")
    head = next(r for r in ws.iter_rows() if r[0].value in ("Réseau", "Platform"))
    col = {c.value: c.column - 1 for c in head}
    rank = col["Rang" if lang == "fr" else "Rank"]
    per = next(i for name, i in col.items() if name.startswith(("Rang pour", "Rank per")))
    rows = {r[col["Code"]].value: r for r in ws.iter_rows(min_row=head[0].row + 1)}
    # the cell stays the number 2, shown « 2 (ex aequo) » by its format
    for code in (GRENOBLE, METZ):
        assert rows[code][rank].value == 2 and rows[code][rank].number_format == shown
    assert rows[NICE][rank].value == 1 and rows[NICE][rank].number_format == "0"
    # per 1,000 inhabitants, no rank is shared: plain numbers
    assert {rows[c][per].number_format for c in rows} == {"0"}
