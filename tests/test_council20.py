"""Every council population the report shows is explained where it is shown (council20).

tests/files/wkbk20/pairs-gironde.csv: 13 départements, 2024 and 2025; Bas-Rhin's 2025 row is
blank. Its Classement row (no count) and its Données rows still show 1 934 548 habitants
« conseil », the Collectivité européenne d'Alsace's: the notes named the Rhône's (69) alone.
The Mouvements' gains per 1 000 inhabitants of 69 (and, in the demo's two waves, of 67 and
2A) divide by a council's population: the sheet said only « population municipale INSEE »."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).parents[1]
GIRONDE = ROOT / "tests" / "files" / "wkbk20" / "pairs-gironde.csv"
DEMO = [ROOT / "data" / "demo" / "vague-2024-departements-donnees-fictives.xlsx",
        ROOT / "data" / "demo" / "vague-2025-departements-donnees-fictives.csv"]


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    d = tmp_path_factory.mktemp("council20")
    out = {}
    for name, data, extra in (("gironde", [GIRONDE], []), ("panel", [GIRONDE], ["--panel"]),
                              ("gironde-en", [GIRONDE], ["--lang", "en"]),
                              ("demo", DEMO, []), ("demo-en", DEMO, ["--lang", "en"])):
        path = d / f"{name}.xlsx"
        args = ["report", *[a for p in data for a in ("--data", str(p))], "-o", str(path), *extra]
        res = CliRunner().invoke(app, args)
        assert res.exit_code == 0, res.output
        out[name] = openpyxl.load_workbook(path)
    return out


def _shown(ws) -> set[str]:
    """The codes whose Population cell the sheet marks « conseil » (« council »)."""
    for row in ws.iter_rows(max_row=20):
        head = [c.value for c in row]
        if "Code" in head and ("Population de" in head or "Population of" in head):
            code = head.index("Code")
            of = head.index("Population de" if "Population de" in head else "Population of")
            pop = of - 1
            return {r[code] for r in ws.iter_rows(min_row=row[0].row + 1, values_only=True)
                    if r[of] in ("conseil", "council") and r[pop] is not None}
    raise AssertionError(f"no population column in {ws.title}")


def _footer_codes(ws) -> set[str]:
    """The codes the footer's council note names (none: empty)."""
    m = re.search(r"(?:Population du conseil, non du territoire, pour|Population of the council, "
                  r"not of the territory, for) ([^(]+) \(", ws.oddFooter.left.text or "")
    return set(m.group(1).split(", ")) if m else set()


def _note_codes(line: str) -> set[str]:
    """The territories' codes a whole note names (« Rhône (69) : « Département du Rhône » … »)."""
    return set(re.findall(r"\((\d[\dAB]|2[AB])\)[ \u00a0]?: [«'“]", line))


def _lines(ws, col: str = "A") -> list[str]:
    return [str(c.value) for c in ws[col] if c.value is not None]


@pytest.mark.parametrize("name", ["gironde", "panel", "gironde-en", "demo", "demo-en"])
def test_each_sheet_explains_the_council_populations_it_shows_and_only_those(books, name):
    wb = books[name]
    en = name.endswith("en")
    ranking, data = wb["Ranking" if en else "Classement"], wb["Data" if en else "Données"]
    every: set[str] = set()
    for ws in (ranking, data):
        shown = _shown(ws)
        assert shown and _footer_codes(ws) == shown, ws.title
        every |= shown
    # the Classement's note above its table names the same
    note = [x for x in _lines(ranking)[:10] if x.startswith("Population ")]
    assert len(note) == 1 and _note_codes(note[0]) == _shown(ranking)
    src = wb["Sources et méthode" if "Sources et méthode" in wb.sheetnames else "Sources and method"]
    rows = {a: b for a, b in src.iter_rows(min_col=1, max_col=2, values_only=True) if a}
    said = rows["Population des conseils" if "Population des conseils" in rows
                else "Population of the councils"]
    assert _note_codes(said) >= every
    if name.startswith("gironde"):
        assert every == {"67", "69"}  # Bas-Rhin: no 2025 count, its population shown
    if name == "panel":  # Bas-Rhin's 2025 row is empty: in no 2025 wave, out of the panel
        assert every == {"69"}  # (session 35: the panel is the entities answered each wave)


@pytest.mark.parametrize("name, used", [("gironde", {"69"}), ("panel", {"69"}),
                                        ("gironde-en", {"69"}), ("demo", {"2A", "67", "69"}),
                                        ("demo-en", {"2A", "67", "69"})])
def test_movements_say_whose_population_their_gains_per_1000_divide_by(books, name, used):
    wb = books[name]
    ws = wb["Mouvements" if "Mouvements" in wb.sheetnames else "Changes"]
    lines = _lines(ws)
    at = next(i for i, x in enumerate(lines) if x.startswith(("Population (pour", "Population (per")))
    served = lines[at + 1]  # beside the INSEE population, as changes prints it
    assert served.startswith(("Population du conseil, non du territoire\u00a0: ",  # s33
                              "Population of the council, not of the territory: "))
    assert _note_codes(served) == used and _footer_codes(ws) == used
    if "69" in used:
        assert ("Rhône (69)\u00a0: «\u00a0Département du Rhône\u00a0» (69D), 478\u202f313 habitants (territoire\u00a0: "
                "1\u202f914\u202f667)" in served if not name.endswith("en") else
                "Rhône (69): “Département du Rhône” (69D), 478,313 inhabitants" in served)
    # the Bas-Rhin's 2025 row is blank in the Gironde file: no gain, not named here
    src = wb["Sources et méthode" if "Sources et méthode" in wb.sheetnames else "Sources and method"]
    rows = {a: b for a, b in src.iter_rows(min_col=1, max_col=2, values_only=True) if a}
    said = rows["Population des conseils" if "Population des conseils" in rows
                else "Population of the councils"]
    assert _note_codes(said) >= used
