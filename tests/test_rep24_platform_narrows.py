"""`report --platform` narrows every sheet, the Mouvements and the Données too (rep24).

`report --data OLD --data NEW -p facebook` showed Instagram and TikTok in the Mouvements
(its table, its lists, its blank-rule note), every platform's rows in the Données, and in
Sources et méthode Instagram's blanks (« Cases vides lues « Non » », « Cases vides entre
vagues » and, until blank25, the « Mouvements, en plus » of « Réponses vides »). `changes -p facebook`
said Instagram's blank rule in the terminal. Set A (tests/files/waves21, with the first
delivery of tests/files/waves22) reads Instagram's 2024 blanks as absence, its 2025 ones as
not answered: every one of those sentences is Instagram's.
"""

from __future__ import annotations

import openpyxl

import barometre as bm
from barometre.domain.registry import PLATFORMS
from barometre.render.excel.cells import typeset
from barometre.render.formats import platform_label

from .conftest import FILES

A = FILES / "waves21"
SET_A = ("--data", FILES / "waves22" / "a_w2024_debut.csv", "--data", A / "a_w2024.csv",
         "--data", A / "a_w2025oct.csv")
DEMO = ("--data", bm.demo_file("vague-2024"), "--data", bm.demo_file("vague-2025"))


def _others(kept: str) -> set[str]:
    """Every other platform's name, as the report and the terminal say it."""
    return {platform_label(p, lang) for p in PLATFORMS if p not in (kept, "any")
            for lang in ("fr", "en")}


def _strings(path) -> dict[str, list[str]]:
    """Every text cell of every sheet."""
    wb = openpyxl.load_workbook(path)
    return {ws.title: [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
            for ws in wb.worksheets}


def _naming(cells: dict[str, list[str]], names: set[str]) -> list[tuple[str, str]]:
    return [(sheet, s) for sheet, ss in cells.items() for s in ss if any(n in s for n in names)]


def test_report_p_facebook_on_set_a_names_no_other_platform(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", *SET_A, "-p", "facebook", "-e", "01", "-o", out)
    assert res.exit_code == 0, res.output
    cells = _strings(out)
    assert {"Mouvements", "Données", "Classement", "Benchmark"} <= set(cells)
    assert _naming(cells, _others("facebook")) == []
    # the Mouvements: Facebook's row alone, its figures those of changes -p facebook
    ws = openpyxl.load_workbook(out)["Mouvements"]
    rows = [r for r in ws.iter_rows(min_row=4, max_row=5, values_only=True)]
    assert rows[0][:5] == ("Facebook", 1, 2, 20, 7) and rows[1][0] is None
    data = openpyxl.load_workbook(out)["Données"]
    # the table's header row (a note may sit above it: session 35's unfilled rows' note)
    values = list(data.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(values) if "Réseau" in r)
    col = values[head].index("Réseau")
    assert {r[col] for r in values[head + 1:] if any(v is not None for v in r)} == {"Facebook"}
    sources = cells["Sources et méthode"]
    blanks = sources[sources.index("Réponses vides") + 1]
    assert blanks.endswith(typeset("(hors base : Facebook : 1 en 2024, 2 en 2025)", "fr"))
    assert (typeset("Cases vides lues « Non »", "fr") not in sources
            and "Cases vides entre vagues" not in sources)


def test_report_p_instagram_keeps_what_is_said_of_instagram(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    assert cli("report", *SET_A, "-p", "instagram", "-o", out).exit_code == 0
    cells = _strings(out)
    assert _naming(cells, _others("instagram")) == []
    sources = cells["Sources et méthode"]
    blanks = sources[sources.index("Réponses vides") + 1]
    assert blanks.endswith(typeset("(hors base : Instagram : 5 en 2025)", "fr"))  # blank25: no « Mouvements, en plus »
    assert sources[sources.index(typeset("Cases vides lues « Non »", "fr")) + 1].startswith(
        typeset("Instagram : 14 (", "fr"))
    assert sources[sources.index("Cases vides entre vagues") + 1].startswith(
        typeset("Instagram : cases vides lues comme absence", "fr"))


def test_report_p_facebook_on_the_demo_waves(cli, tmp_path):
    out = tmp_path / "r.xlsx"
    res = cli("report", *DEMO, "-p", "facebook", "-e", "44", "-o", out, "--lang", "en")
    assert res.exit_code == 0, res.output
    cells = _strings(out)
    assert {"Changes", "Data"} <= set(cells)
    assert _naming(cells, _others("facebook")) == []
    ws = openpyxl.load_workbook(out)["Changes"]
    assert [r[0] for r in ws.iter_rows(min_row=4, max_row=5, values_only=True)] == [
        "Facebook", None]


def test_changes_p_facebook_says_nothing_of_instagram(cli):
    for extra in ((), ("--list",), ("-f", "json")):
        res = cli("changes", *SET_A, "-p", "facebook", *extra)
        assert res.exit_code == 0, res.output
        assert not [x for x in (res.stdout + res.stderr).splitlines()
                    if any(n in x for n in _others("facebook"))]
    # without -p, Instagram's rule is said as before
    assert "⚠ Instagram : cases vides lues comme absence" in cli("changes", *SET_A).stderr


def test_a_platform_neither_compared_wave_read_is_said(cli, tmp_path):
    """LinkedIn read in the middle wave only: no Mouvements of the other platforms under
    -p linkedin (it showed Facebook's), and why, in the Synthèse and the terminal."""
    files = []
    for year, linkedin in ((2023, False), (2024, True), (2025, False)):
        f = tmp_path / f"w{year}.csv"
        lines = ["Code;Département;Facebook" + (";LinkedIn" if linkedin else "") + ";Date du relevé"]
        for i, (code, name) in enumerate([("01", "Ain"), ("02", "Aisne"), ("03", "Allier"),
                                          ("05", "Hautes-Alpes")]):
            lines.append(f"{code};{name};{'Oui' if i % 2 else 'Non'}"
                         + (f";{'Oui' if i % 3 else 'Non'}" if linkedin else "")
                         + f";15/10/{year}")
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files += ["--data", f]
    out = tmp_path / "r.xlsx"
    res = cli("report", *files, "-p", "linkedin", "-o", out)
    assert res.exit_code == 0, res.output
    said = ("Pas de feuille Mouvements : les vagues qu'elle comparerait, la plus ancienne et la "
            "plus récente, ne relèvent aucun des réseaux demandés (LinkedIn).")
    assert said in res.stderr.splitlines()
    cells = _strings(out)
    assert "Mouvements" not in cells and typeset(said, "fr") in cells["Synthèse"]
    assert _naming(cells, _others("linkedin")) == []


def test_blank_help_says_the_rule_per_platform_and_wave(cli):
    """--blank's help said « absence dans une colonne sans aucun « Non » »: the rule is
    decided per platform at each wave (a long file's 2024 rows apart from its 2025 ones), a
    platform without any answer reading its blanks as not answered."""
    fr = " ".join(cli("compare", "--help").stdout.split())
    assert ("Par défaut, pour chaque réseau à chaque vague : absence quand ses réponses ne "
            "contiennent aucun « Non » (ni « ? », « NR »…), non renseigné quand elles en "
            "contiennent ou qu'il n'y en a aucune ; dans le modèle de barometre, le premier cas "
            "est une erreur sans --blank ;") in fr
    assert "dans une colonne sans aucun" not in fr
    en = " ".join(cli("changes", "--help", "--lang", "en").stdout.split())
    assert ('Default, for each platform at each wave: absence when its answers hold no "Non" '
            '(nor "?", "NR"…), not answered when they hold some or there is none;') in en
