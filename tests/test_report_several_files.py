"""A report over two campaigns' files (review 17b): nothing left out without a word, each
figure of the wave it stands beside.

Review: ``report --data vp2024_f.xlsx --data vp2025_f.xlsx`` dropped from Évolution the
series read at one wave only (Bluesky, added in 2025; the 2025 « au moins un réseau »; X,
no longer read in 2025); its coverage, 101 of 101, pooled both campaigns beside 2025's key
figures (Bastia missing: 100); the Données sheet's « Ligne du fichier » 2 was in both files,
without the file; Classement gave 101 empty rows to each platform without any count.

Here six départements in 2024 (Facebook with counts, X and Instagram answered Oui/Non), five
in 2025 (06 not read; Bluesky added), known answers:

========  ======  =====  =========  =======
2024      Fb      X      Instagram
01..06    5/6     4/6    1/6
2025      Fb      X      Instagram  Bluesky
01..05    5/5     1/5    2/5        1/5
========  ======  =====  =========  =======
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.analysis.report import report_data
from barometre.analysis.survey import compare_survey
from barometre.render.excel.cells import typeset

Y24 = ("Code département;Facebook;Abonnés Facebook;X;Instagram;Date du relevé\n"
       "01;Oui;1000;Oui;Oui;15/10/2024\n02;Oui;2000;Oui;Non;15/10/2024\n"
       "03;Non;;Non;Non;15/10/2024\n04;Oui;3000;Non;Non;15/10/2024\n"
       "05;Oui;4000;Oui;Non;15/10/2024\n06;Oui;5000;Oui;Non;15/10/2024\n")
Y25 = ("Code département;Facebook;Abonnés Facebook;X;Instagram;Bluesky;Date du relevé\n"
       "01;Oui;1100;Oui;Oui;Oui;15/10/2025\n02;Oui;2100;Non;Oui;Non;15/10/2025\n"
       "03;Oui;300;Non;Non;Non;15/10/2025\n04;Oui;3100;Non;Non;Non;15/10/2025\n"
       "05;Oui;4100;Non;Non;Non;15/10/2025\n")
#: 2025 without its X column: X read in 2024 only
Y25_NOX = "\n".join(";".join(c for i, c in enumerate(line.split(";")) if i != 3)
                    for line in Y25.splitlines()) + "\n"


@pytest.fixture
def files(tmp_path):
    out = {}
    for name, body in (("y2024.csv", Y24), ("y2025.csv", Y25), ("y2025_nox.csv", Y25_NOX)):
        out[name] = tmp_path / name
        out[name].write_text(body, encoding="utf-8")
    return out


def _report(cli, tmp_path, *data, lang="fr"):
    out = tmp_path / f"r-{len(data)}-{lang}.xlsx"
    args = [a for d in data for a in ("--data", d)]
    res = cli("report", *args, "-o", out, "--lang", lang, "--force")
    assert res.exit_code == 0, res.output
    return openpyxl.load_workbook(out)


def _evolution(wb, sheet="Évolution"):
    ws = wb[sheet]
    head = [c.value for c in ws[1]]
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if hasattr(r[0], "year")]
    return {(h.split(" — ")[1], r[0].year): r[i] for r in rows for i, h in enumerate(head)
            if i and r[i] is not None}, ws


def test_evolution_keeps_a_series_read_at_one_wave(cli, files, tmp_path):
    wb = _report(cli, tmp_path, files["y2024.csv"], files["y2025.csv"])
    got, ws = _evolution(wb)
    assert got == {("Facebook", 2024): pytest.approx(5 / 6), ("Facebook", 2025): 1,
                   ("X (ex-Twitter)", 2024): pytest.approx(4 / 6), ("X (ex-Twitter)", 2025): pytest.approx(1 / 5),
                   ("Instagram", 2024): pytest.approx(1 / 6), ("Instagram", 2025): pytest.approx(2 / 5),
                   # added in 2025: its point (was dropped, no word)
                   ("Bluesky", 2025): pytest.approx(1 / 5),
                   # 2024 read fewer platforms: no point that year (said), 2025's is one
                   ("au moins un réseau", 2025): 1}
    notes = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert any(n.startswith(typeset("« Au moins un réseau » sans point pour 2024 (", "fr"))
               for n in notes)
    # the chart draws every series, the single points too (markers)
    assert len(ws._charts) == 1 and len(ws._charts[0].series) == 5


def test_evolution_keeps_a_platform_no_longer_read(cli, files, tmp_path):
    wb = _report(cli, tmp_path, files["y2024.csv"], files["y2025_nox.csv"])
    got, _ = _evolution(wb)
    assert got[("X (ex-Twitter)", 2024)] == pytest.approx(4 / 6)  # was dropped: X not read in 2025
    assert ("X (ex-Twitter)", 2025) not in got
    assert got[("Bluesky", 2025)] == pytest.approx(1 / 5)
    # asked for Facebook only: X's 2024 point is not brought back
    waves = bm.read_waves([files["y2024.csv"], files["y2025_nox.csv"]])
    from barometre.analysis.report import Selection

    r = report_data(compare_survey(waves, platforms=["facebook"]), waves,
                    selection=Selection(platforms=("fb",)))
    assert set(r.evolution["platform"]) == {"facebook"}


def test_evolution_chart_draws_eight_series_and_names_the_others(cli, tmp_path):
    """Ten series (nine platforms and « au moins un réseau »): the table keeps all ten (the
    analysis kept eight, without a word), the chart draws eight and names the two others."""
    plats = ["Facebook", "X", "Instagram", "LinkedIn", "YouTube", "TikTok", "Snapchat",
             "Pinterest", "Mastodon"]
    paths = []
    for year, yes in ((2024, 2), (2025, 3)):
        rows = [f"0{i};" + ";".join("Oui" if (i + j) % 4 < yes else "Non" for j in range(9))
                + f";15/10/{year}" for i in range(1, 9)]
        p = tmp_path / f"n{year}.csv"
        p.write_text("\n".join(["Code département;" + ";".join(plats) + ";Date du relevé", *rows]) + "\n",
                     encoding="utf-8")
        paths.append(p)
    wb = _report(cli, tmp_path, *paths)
    ws = wb["Évolution"]
    head = [c.value for c in ws[1] if c.value]
    assert len(head) == 1 + 10
    assert len(ws._charts[0].series) == 8
    notes = [c.value for c in ws["A"] if isinstance(c.value, str) and "séries aux points les plus nombreux" in c.value]
    assert notes == [typeset("Le graphique montre les 8 séries aux points les plus nombreux ; dans le "
                             "tableau seulement : " + " ; ".join(head[9:]) + ".", "fr")]


@pytest.mark.parametrize("lang, synthese, sources", [
    ("fr", "Couverture de l'enquête : 5 départements sur 101 (5\u202f%) avec au moins une réponse "
     "en 2025",
     "2025 (année des chiffres) : 5 départements sur 101 en France (5\u202f%) ; 2024 : 6 (6\u202f%)"),
    ("en", "Survey coverage: 5 départements of 101 (5%) with at least one answer in 2025",
     "2025 (year of the figures): 5 départements out of 101 in France (5%); 2024: 6 (6%)")])
def test_coverage_is_the_year_of_the_key_figures(cli, files, tmp_path, lang, synthese, sources):
    wb = _report(cli, tmp_path, files["y2024.csv"], files["y2025.csv"], lang=lang)
    lines = [c.value for c in wb.worksheets[0]["A"] if isinstance(c.value, str)]
    assert typeset(synthese, lang) in lines  # was "6 départements sur 101": both campaigns pooled
    src = wb.worksheets[-1]
    cov = {r[0]: r[1] for r in src.iter_rows(values_only=True) if r[0] in ("Couverture", "Coverage")}
    assert list(cov.values()) == [typeset(sources, lang)]
    waves = bm.read_waves([files["y2024.csv"], files["y2025.csv"]])
    s = report_data(compare_survey(waves), waves).survey
    assert (s.n_entities, s.entities_by_year, s.n_rows) == (5, ((2024, 6), (2025, 5)), 11)


def test_one_file_keeps_its_coverage_line(cli, files, tmp_path):
    wb = _report(cli, tmp_path, files["y2025.csv"])
    src = wb["Sources et méthode"]
    cov = [r[1] for r in src.iter_rows(values_only=True) if r[0] == "Couverture"]
    assert cov == ["5 départements sur 101 en France (5\u202f%) avec au moins une réponse"]


def test_donnees_names_the_file_of_each_line_when_there_are_several(cli, files, tmp_path):
    wb = _report(cli, tmp_path, files["y2024.csv"], files["y2025.csv"])
    ws = wb["Données"]
    head = [c.value for c in ws[1]]
    assert head[-2:] == ["Fichier", "Ligne du fichier"]
    line2 = {(r[0], r[3], r[-2], r[-1]) for r in ws.iter_rows(min_row=2, values_only=True)
             if r[0] == "01" and r[3] == "Facebook"}
    assert line2 == {("01", "Facebook", "y2024.csv", 2), ("01", "Facebook", "y2025.csv", 2)}
    assert ws.tables["Donnees1"].ref == f"A1:{ws.cell(1, len(head)).column_letter}{ws.max_row}"
    one = _report(cli, tmp_path, files["y2025.csv"])["Données"]
    assert "Fichier" not in [c.value for c in one[1]]  # one file: named in Sources et méthode


@pytest.mark.parametrize("lang, said", [("fr", "aucun nombre d'abonnés"), ("en", "no follower count")])
def test_classement_gives_a_platform_without_counts_one_line(cli, files, tmp_path, lang, said):
    wb = _report(cli, tmp_path, files["y2024.csv"], files["y2025.csv"], lang=lang)
    ws = wb["Classement" if lang == "fr" else "Ranking"]
    h = next(c.row for c in ws["A"] if c.value in ("Réseau", "Platform"))  # below the notes
    rows = list(ws.iter_rows(min_row=h + 1, values_only=True))
    per = {}
    for r in rows:
        per.setdefault(r[0], []).append(r)
    assert list(per) == ["Facebook", "X (ex-Twitter)" if lang == "fr" else "X (formerly Twitter)",
                         "Instagram", "Bluesky"]
    assert [r[1] for r in per["Facebook"]] == ["05", "04", "02", "01", "03"]  # 2025, ranked
    for p in list(per)[1:]:  # was one empty row per département (5 or 6 each)
        assert per[p] == [(p, None, said) + (None,) * (len(rows[0]) - 3)]
    assert ws.tables["Classement1" if lang == "fr" else "Ranking1"].ref == (f"A{h}:{ws.cell(h, len(rows[0])).column_letter}"
                                            f"{h + len(rows)}")
