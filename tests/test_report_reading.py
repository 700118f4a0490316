"""The Excel report as a manager reads it (review 17a): the Benchmark's peer group named,
--year applied to the Classement and the Benchmark, the Classement's empty counts said,
its rows in French order and the entity's rows highlighted, each key figure with its own
base and interval. Checked on the cells a user meets (openpyxl)."""

from __future__ import annotations

import openpyxl
import pytest

from barometre.render.excel.cells import typeset

NN = "\u202f"


def _survey(path, years=(2025,), gironde_2024=10):
    """A long file of the 101 départements: Facebook for every one (Creuse, Lozère and
    Territoire de Belfort "Non"), Instagram with ties (Saône-et-Loire = Savoie, Seine-et-Marne
    = Seine-Saint-Denis), LinkedIn answered by the first 40 only (Saône-et-Loire and Savoie,
    Seine-et-Marne and Seine-Saint-Denis "Non" there); 2024 readings, when asked, with the
    follower counts reversed and Gironde last."""
    import barometre as bm

    codes = list(bm.entities("departement")["code"])
    lines = ["code;plateforme;présent;abonnés;date"]
    for year in years:
        for i, c in enumerate(codes, start=1):
            fb = ("Non", "") if c in ("23", "48", "90") else ("Oui", 1000 * i)
            if year == 2024 and fb[0] == "Oui":
                fb = ("Oui", 200_000 - 1000 * i)
            if c == "33":
                fb = ("Oui", 250_000 if year == 2025 else gironde_2024)
            ig = ("Oui", 5000 if c in ("71", "73", "77", "93") else 1000 + 37 * i)
            if c in ("71", "73", "77", "93"):
                li = ("Non", "")
            elif i <= 40:
                li = ("Non", "") if i % 4 == 0 else ("Oui", 2000 + 100 * i)
            else:
                li = ("", "")
            for plat, (p, f) in (("Facebook", fb), ("Instagram", ig), ("LinkedIn", li)):
                lines.append(f"{c};{plat};{p};{f};15/10/{year}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _rows(ws):
    return [r for r in ws.iter_rows(values_only=True)]


def _table(ws, first: str):
    """The rows of the table whose header row starts with ``first``, as dicts."""
    rows = _rows(ws)
    h = next(i for i, r in enumerate(rows) if r[0] == first)
    head = rows[h]
    return h + 1, [dict(zip(head, r)) for r in rows[h + 1:] if r[0] is not None]


def _texts(ws):
    return [v for r in ws.iter_rows(values_only=True) for v in r if isinstance(v, str)]


@pytest.fixture(scope="module")
def enquete(tmp_path_factory):
    return _survey(tmp_path_factory.mktemp("reading") / "enquete.csv")


@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    return _survey(tmp_path_factory.mktemp("reading2") / "long2y.csv", years=(2025, 2024))


def test_the_benchmark_names_its_peer_group(cli, enquete, tmp_path):
    """--peers region: "Pairs (n) 11" beside a national Classement, the group never named.
    The Benchmark and Sources et méthode name the région; the Classement says its ranks are
    not the Benchmark's."""
    for lang, region_line, note in (
            ("fr", "Pairs : les 12 départements de la même région, Nouvelle-Aquitaine, dans le fichier",
             "Ce ne sont pas les rangs de la feuille Benchmark : elle compare Gironde (33) à ses "
             "seuls pairs, les 12 départements de la même région, Nouvelle-Aquitaine, dans le "
             "fichier."),
            ("en", "Peers: the 12 départements of the same région, Nouvelle-Aquitaine, in the file",
             "These are not the ranks of the Benchmark sheet: it compares Gironde (33) with its "
             "peers only, the 12 départements of the same région, Nouvelle-Aquitaine, in the file.")):
        out = tmp_path / f"r-{lang}.xlsx"
        res = cli("report", "--data", enquete, "--entity", "33", "--peers", "region", "-o", out,
                  "--lang", lang)
        assert res.exit_code == 0, res.output
        wb = openpyxl.load_workbook(out)
        bench, ranking, sources = wb.worksheets[-2], wb.worksheets[2], wb.worksheets[-1]
        assert bench.title == "Benchmark" and ranking.title in ("Classement", "Ranking")
        assert bench["A2"].value == typeset(region_line, lang)
        assert typeset(note, lang) in _texts(ranking)
        said = {r[0]: r[1] for r in _rows(sources)}
        peers = said["Pairs du benchmark" if lang == "fr" else "Benchmark peers"]
        assert "Nouvelle-Aquitaine" in peers and "Gironde (33)" in peers
    # the whole type: said too, and no "not the Benchmark's ranks" on the Classement
    out = tmp_path / "r-type.xlsx"
    assert cli("report", "--data", enquete, "--entity", "33", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert wb["Benchmark"]["A2"].value == typeset("Pairs : les 101 départements du fichier", "fr")  # said once
    assert not any(t.startswith("Ce ne sont pas les rangs") for t in _texts(wb["Classement"]))


def test_year_applies_to_the_classement_and_the_benchmark(cli, two_years, tmp_path):
    """--year 2024: the Synthèse said 2024, the Benchmark and the Classement ranked 2025
    (Gironde "1er sur 96" there, last in 2024)."""
    out = tmp_path / "r2024.xlsx"
    res = cli("report", "--data", two_years, "--year", "2024", "--entity", "33", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    _, bench = _table(wb["Benchmark"], "Réseau")
    fb = next(r for r in bench if r["Réseau"] == "Facebook")
    assert fb["Année des relevés comparés"] == 2024
    assert (fb["Abonnés"], fb["Rang"], fb["Pairs classés (n)"]) == (10, 98, 98)
    _, ranking = _table(wb["Classement"], "Réseau")
    assert {r["Année du relevé"] for r in ranking} == {2024}
    gironde = next(r for r in ranking if r["Code"] == "33" and r["Réseau"] == "Facebook")
    assert gironde["Rang"] == 98
    said = {r[0]: r[1] for r in _rows(wb["Sources et méthode"])}
    # in words, whoever built the report (it said « (--year) », session 32)
    assert said["Classement et benchmark"] == typeset("relevés de 2024, l'année demandée ; "
                                                      "ceux des autres années n'y sont pas", "fr")
    assert said["Année demandée"].startswith(typeset("2024 : chiffres clés, Adoption, Classement et Benchmark ; ", "fr"))
    # without --year: the latest year, as before
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", two_years, "--entity", "33", "-o", out).exit_code == 0
    _, bench = _table(openpyxl.load_workbook(out)["Benchmark"], "Réseau")
    fb = next(r for r in bench if r["Réseau"] == "Facebook")
    assert (fb["Année des relevés comparés"], fb["Rang"]) == (2025, 1)


def test_year_without_the_entitys_reading_is_one_clear_line(cli, tmp_path):
    f = tmp_path / "s.csv"
    _survey(f, years=(2025, 2024))
    f.write_text("\n".join(l for l in f.read_text(encoding="utf-8").splitlines()
                           if not l.startswith("33;") or l.endswith("2025")) + "\n",
                 encoding="utf-8")
    res = cli("report", "--data", f, "--year", "2024", "--entity", "33", "-o", tmp_path / "x.xlsx")
    assert res.exit_code == 1
    assert res.stderr.strip() == ("barometre : Gironde (33) n'a pas de relevé de 2024 dans le "
                                  "fichier d'enquête (relevés de 2025)")
    res = cli("report", "--data", f, "--year", "2024", "--entity", "33", "-o", tmp_path / "x.xlsx",
              "--lang", "en")
    assert res.stderr.strip() == ("barometre: Gironde (33) has no reading of 2024 in the survey "
                                  "file (readings of 2025)")


def test_the_classement_says_its_empty_counts_orders_names_and_highlights(cli, enquete, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", enquete, "--entity", "Gironde", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Classement"]
    notes = [r[0] for r in _rows(ws)[:4]]
    assert notes[0].startswith("Classement de tous les départements du fichier, réseau par "
                               "réseau, sur les relevés de 2025")
    assert typeset("Abonnés vides : Présent « Non », pas de compte ; Présent vide, non renseigné "
                   "(hors de la base du réseau) ; Présent « Oui », compte sans nombre d'abonnés "
                   "relevé.", "fr") in notes
    assert typeset("Surlignées : les lignes de Gironde (33).", "fr") in notes
    first, rows = _table(ws, "Réseau")
    # an empty count says why: "Non" (no account) or no answer at all
    linkedin = [r for r in rows if r["Réseau"] == "LinkedIn" and r["Abonnés"] is None]
    assert {r["Présent"] for r in linkedin} == {"Non", None}
    # French order for ties and unranked rows: accents and case folded, a hyphen a space
    names = [r["Nom"] for r in rows if r["Réseau"] == "Instagram" and r["Abonnés"] == 5000]
    assert names == ["Saône-et-Loire", "Savoie", "Seine-et-Marne", "Seine-Saint-Denis"]
    names = [r["Nom"] for r in linkedin if r["Présent"] == "Non"]
    assert names.index("Saône-et-Loire") < names.index("Savoie")
    assert names.index("Seine-et-Marne") < names.index("Seine-Saint-Denis")
    # the entity's rows highlighted (a conditional format on the code column)
    rules = [(str(cf.sqref), r.formula, r.dxf.font.b, r.dxf.fill.fgColor.rgb)
             for cf in ws.conditional_formatting for r in cf.rules]
    last = first + len(rows)
    assert rules == [(f"A{first + 1}:L{last}", [f'$B{first + 1}="33"'], True, "00FFF2CC")]
    assert ws.freeze_panes == f"A{first + 1}"


def test_each_key_figure_says_its_base_and_interval(cli, enquete, tmp_path):
    """"75 % des départements sur LinkedIn (n = 40)" beside "Couverture 101 sur 101": the
    base of the platform (those who answered, of the N) and the interval, as compare."""
    out, en = tmp_path / "r.xlsx", tmp_path / "r-en.xlsx"
    assert cli("report", "--data", enquete, "-o", out).exit_code == 0
    lines = _texts(openpyxl.load_workbook(out).worksheets[0])
    compare = cli("compare", "--data", enquete, "--type", "departement").stdout
    li = next(line for line in compare.splitlines() if " LinkedIn " in line)
    assert f"IC 95{NN}% : 56–78{NN}%" in li and " 30/44 " in li
    assert typeset(f"68{NN}% des départements sur LinkedIn (n = 44 ayant répondu sur 101 ; "
                   f"IC 95{NN}% : 56–78{NN}%) — enquete.csv, 2025", "fr") in lines
    # every département answered for Facebook: a census, "exhaustif" as compare says it
    assert typeset(f"97{NN}% des départements sur Facebook (n = 101 ayant répondu sur 101 ; "
                   "exhaustif) — enquete.csv, 2025", "fr") in lines
    assert typeset(f"Couverture de l'enquête : 101 départements sur 101 (100{NN}%) avec au moins "
                   "une réponse", "fr") in lines
    assert cli("report", "--data", enquete, "-o", en, "--lang", "en").exit_code == 0
    lines = _texts(openpyxl.load_workbook(en).worksheets[0])
    assert ("68% of départements on LinkedIn (n = 44 answered of 101; 95% CI: 56–78%) — "
            "enquete.csv, 2025") in lines
    assert "97% of départements on Facebook (n = 101 answered of 101; census) — enquete.csv, 2025" in lines
    assert "Survey coverage: 101 départements of 101 (100%) with at least one answer" in lines


def test_same_input_same_bytes(cli, two_years, tmp_path):
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for out in (a, b):
        assert cli("report", "--data", two_years, "--year", "2024", "--entity", "33",
                   "--peers", "region", "-o", out).exit_code == 0
    assert a.read_bytes() == b.read_bytes()


def test_the_classement_notes_agree_with_the_type(cli, tmp_path):
    """"Classement de tous les communes": the type's gender ("toutes les communes"), and
    "y compris Nantes" (no agreement with the entity's name)."""
    src = tmp_path / "communes.csv"
    src.write_text("code;plateforme;présent;abonnés;date\n44109;Facebook;Oui;900;15/10/2025\n"
                   "35238;Facebook;Oui;800;15/10/2025\n49007;Facebook;Oui;700;15/10/2025\n",
                   encoding="utf-8")
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", src, "--type", "commune", "--entity", "44109",
               "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert wb["Classement"]["A1"].value.startswith("Classement de toutes les communes du fichier")
    notes = _texts(wb["Benchmark"])
    assert any(t.endswith(typeset("y compris Nantes ; la moyenne des pairs, elle, sans Nantes ; "
                                  "la feuille Classement classe toutes les communes du fichier.",
                                  "fr"))
               for t in notes), notes


def test_highlight_elides_de_and_the_sources_bases_are_joined_the_french_way(cli, enquete, tmp_path):
    """Review rev28a: « Surlignées : les lignes de Ille-et-Vilaine (35). » (« d' » before a
    vowel) and the Sources' Base column « départements; régions » (« ; » with its space)."""
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", enquete, "--entity", "35", "-o", out).exit_code == 0
    assert typeset("Surlignées : les lignes d'Ille-et-Vilaine (35).", "fr") in _texts(
        openpyxl.load_workbook(out)["Classement"])
    out = tmp_path / "en.xlsx"
    assert cli("report", "--data", enquete, "--entity", "35", "-o", out, "--lang", "en").exit_code == 0
    assert "Highlighted: the rows of Ille-et-Vilaine (35)." in _texts(
        openpyxl.load_workbook(out)["Ranking"])
    out = tmp_path / "pub.xlsx"
    assert cli("report", "--type", "departement", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Sources et méthode"]
    bases = [v for v in _texts(ws) if "départements" in v and "régions" in v and ";" in v]
    assert bases and all(";" not in v.replace("\u202f; ", "") for v in bases), bases
