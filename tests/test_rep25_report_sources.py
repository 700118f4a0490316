"""rep25: a report of several survey files cites each figure's own file; under ``-p`` its
coverage is that of the platforms asked; an empty list of arrivals and departures says so.

1. Three waves, LinkedIn read in 2024 only: the key figure of LinkedIn 2024 was credited to
   « w2025.csv, 2024 » (the newest file named for every year's figure). Each figure, the
   Adoption's Source, the Classement's and the Benchmark's source lines and the page footers
   now cite the file the figures were computed from.
2. ``report -p facebook``: the Synthèse's « Couverture de l'enquête » counted the entities
   that answered on any platform (5, two of them on X only); it counts Facebook's answers (3)
   and says so, in Sources et méthode too.
3. The Mouvements' « Arrivées, départs et entités non comparables » of a platform where no
   one moved was a bare header row: a sentence says so (French, English).

Every workbook is written by the CLI and read back with openpyxl.
"""

from __future__ import annotations

import openpyxl
import pytest

from barometre.render.excel.cells import typeset

W2023 = ("Code département;Facebook;Abonnés Facebook;X;Date du relevé\n"
         "01;Oui;1000;Oui;15/10/2023\n02;Oui;2000;Non;15/10/2023\n"
         "03;Non;;Non;15/10/2023\n04;Oui;3000;Oui;15/10/2023\n")
W2024 = ("Code département;Facebook;Abonnés Facebook;X;LinkedIn;Date du relevé\n"
         "01;Oui;1100;Oui;Oui;15/10/2024\n02;Oui;2100;Non;Non;15/10/2024\n"
         "03;Oui;300;Non;Oui;15/10/2024\n04;Oui;3100;Oui;Non;15/10/2024\n")
W2025 = ("Code département;Facebook;Abonnés Facebook;X;Date du relevé\n"
         "01;Oui;1200;Oui;15/10/2025\n02;Oui;2200;Non;15/10/2025\n"
         "03;Oui;400;Non;15/10/2025\n04;Oui;3200;Non;15/10/2025\n")

#: 03 and 04 answer on X only (Facebook blank beside a « Non »: not answered), 05 on
#: Facebook only: 5 entities answered something, 3 on Facebook
C2024 = ("Code département;Facebook;Abonnés Facebook;X;Date du relevé\n"
         "01;Oui;1000;Oui;15/10/2024\n02;Non;;Oui;15/10/2024\n03;;;Oui;15/10/2024\n"
         "04;;;Non;15/10/2024\n05;Oui;500;;15/10/2024\n")
C2025 = C2024.replace("2024", "2025").replace(";1000;", ";1100;").replace(";500;", ";600;")

#: no one joins or leaves Facebook; Aisne leaves X
S2024 = ("Code département;Facebook;Abonnés Facebook;X;Date du relevé\n"
         "01;Oui;1000;Oui;15/10/2024\n02;Non;;Oui;15/10/2024\n03;Oui;300;Non;15/10/2024\n")
S2025 = ("Code département;Facebook;Abonnés Facebook;X;Date du relevé\n"
         "01;Oui;1100;Oui;15/10/2025\n02;Non;;Non;15/10/2025\n03;Oui;400;Non;15/10/2025\n")


def _files(tmp_path, **bodies):
    out = []
    for name, body in bodies.items():
        path = tmp_path / f"{name}.csv"
        path.write_text(body, encoding="utf-8")
        out.append(path)
    return out


def _report(cli, tmp_path, files, *args):
    out = tmp_path / f"r{len(list(tmp_path.glob('r*.xlsx')))}.xlsx"
    res = cli("report", *[a for f in files for a in ("--data", f)], *args, "-o", out, "--force")
    assert res.exit_code == 0, res.output
    return openpyxl.load_workbook(out)


def _lines(ws) -> list[str]:
    """Column A's texts, as the cells hold them (no-break spaces, s33)."""
    return [c.value for c in ws["A"] if isinstance(c.value, str)]


def _detail(ws, item: str) -> str:
    return next(r[1] for r in ws.iter_rows(values_only=True) if r[0] == item)


def _table(ws, name: str) -> list[tuple]:
    ref = ws.tables[name].ref
    return [tuple(c.value for c in row) for row in ws[ref]][1:]


@pytest.fixture
def waves(tmp_path):
    return _files(tmp_path, w2023=W2023, w2024=W2024, w2025=W2025)


# --------------------------------------------------------------------------- 1. sources


def test_linkedin_2024_cites_the_2024_file(cli, tmp_path, waves):
    wb = _report(cli, tmp_path, waves, "-p", "linkedin")
    key = [x for x in _lines(wb["Synthèse"]) if " des départements sur LinkedIn" in x]
    assert key == [typeset("50 % des départements sur LinkedIn (n = 4 ayant répondu sur 101 ; "
                           "IC 95 % : 15–85 % ; tirage au hasard supposé) — w2024.csv, 2024", "fr")]
    assert [(r[1], r[2], r[10]) for r in _table(wb["Adoption"], "Adoption")] == [
        ("LinkedIn", 2024, "w2024.csv")]
    for ws in wb.worksheets:  # the LinkedIn readings are all of w2024.csv
        assert ws.oddFooter.left.text.startswith(typeset(
            "Source : w2024.csv, relevés 2024 (méthode : « Sources et méthode »)", "fr")), ws.title


def test_every_figure_of_the_year_asked_cites_its_file(cli, tmp_path, waves):
    wb = _report(cli, tmp_path, waves, "--year", "2024", "-e", "01")
    keys = [x for x in _lines(wb["Synthèse"]) if " des départements sur " in x]
    assert len(keys) == 4 and all(x.endswith(" — w2024.csv, 2024") for x in keys), keys
    assert {r[10] for r in _table(wb["Adoption"], "Adoption")} == {"w2024.csv"}
    assert typeset("Source : w2024.csv, relevés 2024.", "fr") in _lines(wb["Classement"])
    assert typeset("Source : w2024.csv", "fr") in _lines(wb["Benchmark"])
    assert wb["Synthèse"].oddFooter.left.text.startswith(typeset("Source : w2024.csv, relevés 2024 (", "fr"))
    # the sheets of every wave cite every file and year
    for name in ("Évolution", "Mouvements", "Données", "Sources et méthode"):
        assert wb[name].oddFooter.left.text.startswith(typeset(
            "Source : w2023.csv, w2024.csv, w2025.csv, relevés 2023–2025 (", "fr")), name


def test_the_newest_figures_and_the_files_years(cli, tmp_path, waves):
    wb = _report(cli, tmp_path, waves)
    keys = [x for x in _lines(wb["Synthèse"]) if " des départements sur " in x]
    assert keys and all(x.endswith(" — w2025.csv, 2025") for x in keys), keys
    assert typeset("Source : w2025.csv, relevés 2025.", "fr") in _lines(wb["Classement"])
    assert _detail(wb["Sources et méthode"], "Fichiers") == (
        "w2023.csv (2023), w2024.csv (2024), w2025.csv (2025)")


def test_the_library_names_each_figures_file(waves):
    import barometre as bm

    w = bm.read_waves(waves)
    got = bm.compare_survey(w, year=2024)
    assert set(got["source"]) == {"w2024.csv"} and set(got["publisher"]) == {"w2024.csv"}
    a = bm.adoption(w)
    assert dict(zip(zip(a["platform"], a["year"]), a["source"]))[("linkedin", 2024)] == "w2024.csv"
    assert dict(zip(zip(a["platform"], a["year"]), a["source"]))[("x", 2023)] == "w2023.csv"
    assert bm.benchmark(w, "01", year=2024).attrs["source"] == "w2024.csv"


# --------------------------------------------------------------------------- 2. coverage


@pytest.mark.parametrize("lang, line, row", [
    ("fr", "Couverture de l'enquête : 3 départements sur 101 (3 %) avec au moins une réponse "
           "sur Facebook en 2025",
     "2025 (année des chiffres) : 3 départements sur 101 en France (3 %) ; 2024 : 3 (3 %) — "
     "entités ayant au moins une réponse sur Facebook"),
    ("en", "Survey coverage: 3 départements of 101 (3%) with at least one answer on Facebook "
           "in 2025",
     "2025 (year of the figures): 3 départements out of 101 in France (3%); 2024: 3 (3%) — "
     "entities with at least one answer on Facebook")])
def test_coverage_under_platform_counts_its_answers(cli, tmp_path, lang, line, row):
    files = _files(tmp_path, c2024=C2024, c2025=C2025)
    wb = _report(cli, tmp_path, files, "-p", "facebook", "--lang", lang)
    summary, sources = wb.worksheets[0], wb.worksheets[-1]
    assert typeset(line, lang) in _lines(summary)
    assert _detail(sources, "Couverture" if lang == "fr" else "Coverage") == typeset(row, lang)


def test_coverage_of_two_platforms_in_the_registrys_order(cli, tmp_path):
    files = _files(tmp_path, c2024=C2024, c2025=C2025)
    wb = _report(cli, tmp_path, files, "-p", "x", "-p", "facebook")
    assert typeset("Couverture de l'enquête : 5 départements sur 101 (5 %) avec au moins une réponse "
            "sur Facebook ou X (ex-Twitter) en 2025", "fr") in _lines(wb["Synthèse"])


def test_coverage_of_every_platform_unchanged(cli, tmp_path):
    files = _files(tmp_path, c2024=C2024, c2025=C2025)
    wb = _report(cli, tmp_path, files)
    assert typeset("Couverture de l'enquête : 5 départements sur 101 (5 %) avec au moins une réponse "
            "en 2025", "fr") in _lines(wb["Synthèse"])


def test_years_left_aside_are_the_platforms(cli, tmp_path, waves):
    """LinkedIn read in 2024 alone: no LinkedIn reading of 2023 or 2025 left aside."""
    wb = _report(cli, tmp_path, waves, "-p", "linkedin")
    assert not [x for x in _lines(wb["Synthèse"]) if "laissé de côté" in x]
    assert typeset("Couverture de l'enquête : 4 départements sur 101 (4 %) avec au moins une réponse "
            "sur LinkedIn", "fr") in _lines(wb["Synthèse"])


# --------------------------------------------------------------------------- 3. no one moved


@pytest.mark.parametrize("lang, sheet, said", [
    ("fr", "Mouvements", "Aucune arrivée ni aucun départ sur Facebook du 15 octobre 2024 au "
                         "15 octobre 2025, et aucune entité non comparable."),
    ("en", "Changes", "No authority joined or left Facebook from 15 October 2024 to 15 October "
                      "2025, and none was left out as not comparable.")])
def test_no_one_moved_is_said(cli, tmp_path, lang, sheet, said):
    files = _files(tmp_path, s2024=S2024, s2025=S2025)
    wb = _report(cli, tmp_path, files, "-p", "facebook", "--lang", lang)
    ws = wb[sheet]
    assert "Entrees_sorties" not in ws.tables  # no bare header row
    lines = _lines(ws)
    head = "Arrivées, départs et entités non comparables" if lang == "fr" else \
        "Joined, left and not comparable"
    assert lines[lines.index(head) + 1] == said


def test_a_platform_without_moves_beside_others_is_named(cli, tmp_path):
    files = _files(tmp_path, s2024=S2024, s2025=S2025)
    ws = _report(cli, tmp_path, files)["Mouvements"]
    assert _table(ws, "Entrees_sorties") == [("X (ex-Twitter)", "02", "Aisne", "Départs", None)]
    assert ("Aucune arrivée, aucun départ ni aucune entité non comparable sur Facebook."
            in _lines(ws))
