"""The report's figures agree with each other and claim no more than the file (wkbk20a).

A directrice de la communication of the Gironde compares it with 12 large départements
(tests/files/wkbk20/pairs-gironde.csv: 13 départements, waves of 15/10/2024 and 15/10/2025;
Bas-Rhin's 2025 row all blank, Var's 2024 YouTube cell blank in a column without any
« Non »: read as absent). Before: under --panel the key figures said « 92 % des 13
départements du panel sur TikTok (n = 12 ayant répondu sur 13 ; IC 95 % : 84–93 %) »
(92 % of 13 is 12, 11 are known)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from barometre.render.excel.cells import typeset
import pytest

SURVEY = Path(__file__).parent / "files" / "wkbk20" / "pairs-gironde.csv"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The reports of the review: fr and en, with and without --panel."""
    from typer.testing import CliRunner

    from barometre.cli.app import app

    d = tmp_path_factory.mktemp("wkbk20a")
    out = {}
    for name, extra in (("fr", []), ("en", ["--lang", "en"]), ("panel", ["--panel"]),
                        ("panel-en", ["--panel", "--lang", "en"])):
        path = d / f"{name}.xlsx"
        res = CliRunner().invoke(app, ["report", "--data", str(SURVEY), "--entity", "33",
                                       "-o", str(path), *extra])
        assert res.exit_code == 0, res.output
        out[name] = openpyxl.load_workbook(path)
    return out


def _column(ws, col: str = "A") -> list[str]:
    return [str(c.value) for c in ws[col] if c.value is not None]


def test_panel_key_figures_say_the_answered_base(reports):
    """Bas-Rhin's 2025 row is empty (a date, no answer, count nor account): session 35 puts
    an entity in a wave when it answered something there (the rule of trend, changes and
    the report's panel, so that a template's unfilled rows are in no wave), so the panel is
    the 12 answered at both waves, its census, Bas-Rhin said out of it (it was « 12 … ayant
    répondu (13 dans le panel) », a sure range over 13)."""
    lines = _column(reports["panel"]["Synthèse"])
    tiktok = next(x for x in lines if "sur TikTok" in x)
    assert tiktok.startswith(typeset("92\u202f% des 12 départements du panel sur TikTok (n = 12 "
                                     "ayant répondu sur 12 ; exhaustif)", "fr"))
    assert not any("des 13 départements du panel" in x for x in lines)
    assert typeset("1 département non relevé à l'une des vagues, hors panel (0 le 15 octobre "
                   "2024, 1 le 15 octobre 2025)", "fr") in lines
    en = next(x for x in _column(reports["panel-en"]["Summary"]) if "on TikTok" in x)
    assert en.startswith("92% of the 12 départements of the panel on TikTok (n = 12 answered of "
                         "12; census)")


def test_evolution_and_movements_point_to_each_other(reports):
    """TikTok: the Évolution counts each wave whole (9 of 13, 69 %), the Mouvements the 12
    that answered at both waves (8 of 12, 67 %): each sheet says its base and the other's
    figure; YouTube reads 92 % → 100 % on both, no sentence."""
    wb = reports["fr"]
    ev, mv = wb["Évolution"], wb["Mouvements"]
    assert round(ev["G2"].value, 4) == 0.6923 and round(mv["F9"].value, 4) == 0.6667
    assert typeset("TikTok : 69\u202f% → 92\u202f%, chaque vague entière ; les Mouvements, sur "
                   "les 12 départements ayant répondu aux deux vagues, donnent 67\u202f% → "
                   "92\u202f%.", "fr") in _column(ev)
    assert typeset("TikTok : 67\u202f% → 92\u202f% sur les 12 départements ayant répondu aux "
                   "deux vagues ; l'Évolution, qui compte chaque vague entière, donne 69\u202f% → "
                   "92\u202f%.", "fr") in _column(mv)
    assert not any(x.startswith(typeset("YouTube :", "fr")) for x in _column(ev) + _column(mv))
    en = reports["en"]
    assert ("TikTok: 67% → 92% over the 12 départements that answered at both waves; the Trend "
            "sheet, which counts each wave whole, gives 69% → 92%." in _column(en["Changes"]))
    assert any(x.startswith("TikTok: 69% → 92%, each wave whole; the Changes sheet")
               for x in _column(en["Trend"]))


def _row_of(ws, **cells) -> dict:
    """The Données row whose cells (by header) hold ``cells``."""
    rows = list(ws.iter_rows(values_only=True))  # the table's header, under its notes
    at = next(i for i, r in enumerate(rows) if r and r[0] in ("Code", "Code INSEE"))
    head = list(rows[at])
    for row in rows[at + 1:]:
        rec = dict(zip(head, row))
        if all(rec.get(k) == v for k, v in cells.items()):
            return rec
    raise AssertionError(cells)


def test_blank_read_as_absence_is_shown(reports):
    """Var's 2024 YouTube cell (line 14) is blank in a column without « Non »: read as
    absent, as validate warns. The Données mark it beside « Non » (a column of its own,
    filterable), Sources et méthode counts it with its line."""
    ws = reports["fr"]["Données"]
    var = _row_of(ws, Nom="Var", Réseau="YouTube", **{"Ligne du fichier": 14})
    assert var["Présent"] == "Non" and var["Case vide"] == typeset("lue « Non »", "fr")
    marked = [r for r in ws.iter_rows(min_row=2, values_only=True) if typeset("lue « Non »", "fr") in r]
    assert len(marked) == 1  # Gironde's written « Non » (TikTok, line 2) is not marked
    assert _row_of(ws, Nom="Gironde", Réseau="TikTok", **{"Ligne du fichier": 2})["Case vide"] is None
    src = {a: b for a, b in reports["fr"]["Sources et méthode"].iter_rows(values_only=True) if a}
    assert src[typeset("Cases vides lues « Non »", "fr")] == typeset(
        "YouTube : 1 (ligne 14) ; ces réponses « Non » sont marquées dans la colonne « Case vide » "
        "des Données", "fr")
    assert "Réponses vides" in src  # beside the blanks left out of the base
    en = reports["en"]
    assert _row_of(en["Data"], Name="Var", Platform="YouTube", **{"File line": 14})[
        "Blank cell"] == "read as “No”"
    src = {a: b for a, b in en["Sources and method"].iter_rows(values_only=True) if a}
    assert src["Blank cells read as “No”"].startswith("YouTube: 1 (line 14); ")


def test_a_peer_file_report_tells_how_to_get_its_own_figures(reports):
    """Without --panel the 13 hand-picked départements are read as a draw from France's
    101; the caveat now says how to get the file's own shares: in words in the Synthèse
    and the Adoption sheet, and in Sources et méthode too (session 32: it said --panel,
    an option the reader of a report built in Python never wrote)."""
    words = ("si elles ont été choisies (des pairs, un réseau), les chiffres ne valent que pour "
             "elles, sans extrapolation : le rapport établi « en panel » donne les parts de ces "
             "seules entités (voir « Sources et méthode »).")
    words = typeset(words, "fr")
    wb = reports["fr"]
    assert sum(words in x for x in _column(wb["Synthèse"])) == 1
    assert any(words in x for x in _column(wb["Adoption"]))
    assert not any("--panel" in x for x in _column(wb["Synthèse"]))
    src = {a: b for a, b in wb["Sources et méthode"].iter_rows(values_only=True) if a}
    assert src["Intervalles"].endswith(typeset(
        "si elles ont été choisies (des pairs, un réseau), les chiffres ne valent que pour "
        "elles, sans extrapolation : le rapport établi « en panel » donne les parts de ces "
        "seules entités.", "fr"))
    assert "--panel" not in src["Intervalles"]
    assert any("the report made “as a panel” gives the shares of these entities alone (see "
               "“Sources and method”)." in x for x in _column(reports["en"]["Summary"]))
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    recipe = readme[readme.index("## A survey, from template to report"):][:1500]
    assert "barometre report --data pairs.csv --entity 33 --panel" in recipe


def test_council_population_explained_where_shown_and_coverage_says_its_year(reports, cli):
    """Bas-Rhin (67) has no 2025 reading: its 2025 row is empty, which the Classement listed
    without a count; session 35 lists no row of an entity that answered nothing at its wave
    (said above the table), so the Classement's council populations are the Rhône's alone,
    while the Données' 2024 rows of Bas-Rhin show its council's (the CeA's, 1 934 548
    « conseil »): Sources et méthode names it beside the Rhône's (council20).
    The file holds Bas-Rhin's 2024 answers: coverage says « en 2025 »."""
    wb = reports["fr"]
    cea = typeset("Bas-Rhin (67) : « Collectivité européenne d'Alsace » (6AE), "
                  "1\u202f934\u202f548 habitants", "fr")
    ranking = [x for x in _column(wb["Classement"])[:8] if x.startswith("Population du conseil")]
    assert ranking and all("Rhône (69)" in x and "Bas-Rhin" not in x for x in ranking)
    assert any(x.startswith(typeset("Lignes non classées ni listées : celles de 1 département "
                                    "sans aucune réponse", "fr"))
               for x in _column(wb["Classement"])[:8])
    served = [x for x in _column(wb["Sources et méthode"], "B")
              if x.startswith("Population du conseil")]
    assert served and all("Rhône (69)" in x and cea in x for x in served)
    assert "pour 69 (voir" in wb["Classement"].oddFooter.left.text
    assert "pour 67, 69 (voir" in wb["Données"].oddFooter.left.text
    assert typeset("Couverture de l'enquête : 12 départements sur 101 (12\u202f%) avec au moins "
                   "une réponse en 2025", "fr") in _column(wb["Synthèse"])
    assert ("Survey coverage: 12 départements of 101 (12%) with at least one answer in 2025"
            in _column(reports["en"]["Summary"]))
    out = cli("compare", "--data", SURVEY, "--type", "departement")
    assert out.exit_code == 0
    assert ("Couverture : 12 sur 101 départements avec au moins une réponse en 2025 dans le "
            "fichier") in out.output
    out = cli("compare", "--data", SURVEY, "--type", "departement", "--lang", "en", "--panel")
    # the panel of the 12 answered at both waves (session 35), Bas-Rhin said out of it
    assert ("Coverage: 12 of 12 départements of the panel with at least one answer in 2025 in "
            "the file") in out.output
    assert ("1 département absent from a wave, out of the panel (0 on 15 October 2024, 1 on 15 "
            "October 2025)") in out.output


def test_chart_captions_count_the_bases_of_their_figures():
    """The changes dumbbell under --panel: the 12 answered at both waves (session 35:
    Bas-Rhin's empty 2025 row puts it in no 2025 wave; it was « 13 du panel ; parts sur les
    12 comparables »), Bas-Rhin said out of it; the benchmark: 13 peers in the file, ranks
    « sur 12 » and « sur 11 »."""
    import barometre as bm

    w = bm.read_waves(SURVEY)
    cap = bm.charts.changes(bm.changes(w, panel=True)).get_supxlabel().replace("\n", " ")
    assert ("Base : 12 départements du panel (exhaustif). 1 département non relevé à l'une des "
            "vagues, hors panel (0 le 15 octobre 2024, 1 le 15 octobre 2025).") in cap
    en = bm.charts.changes(bm.changes(w, panel=True), lang="en").get_supxlabel().replace("\n", " ")
    assert "Base: the 12 départements of the panel (census)." in en
    s = bm.read_survey(SURVEY)
    cap = bm.charts.benchmark(s, "33").get_supxlabel().replace("\n", " ")
    assert ("Base : les 13 départements du fichier (sur 101 en France) ; rangs sur les 12 "
            "classés (11 sur LinkedIn, TikTok).") in cap
