"""The report says the figures compare says under its table (pub27, finding 1): Ideose's own
« fin 2015 » figures (Cospirit, 27 conseils régionaux) beside the Gazette's October 2015 ones,
in the Adoption's « Autres sources, même année », the notes and the sources list, in French
and English, without --all-sources.
"""

from __future__ import annotations

import openpyxl
import pytest
from typer.testing import CliRunner

from barometre.cli.app import app

NN = "\u202f"


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    d = tmp_path_factory.mktemp("others")
    out = {}
    for lang in ("fr", "en"):
        path = d / f"pub-{lang}.xlsx"
        res = CliRunner().invoke(app, ["report", "--type", "region", "--year", "2015",
                                       "-o", str(path), "--lang", lang])
        assert res.exit_code == 0, res.output
        out[lang] = path
    return out


def _adoption(path) -> list[dict]:
    ws = openpyxl.load_workbook(path).worksheets[[s.title for s in openpyxl.load_workbook(path)
                                                  ].index("Adoption")]
    table = next(iter(ws.tables.values()))
    rows = [[c.value for c in r] for r in ws[table.ref]]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def _texts(path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [c for ws in wb for row in ws.iter_rows(values_only=True) for c in row
            if isinstance(c, str)]


@pytest.mark.parametrize("lang,col", [("fr", "Autres sources, même année"),
                                      ("en", "Other sources, same year")])
def test_the_adoption_names_the_other_figures(books, lang, col):
    rows = {(r[next(iter(r))], r[list(r)[1]]): r for r in _adoption(books[lang])}
    regions = [r for r in _adoption(books[lang]) if r["Source"] and "ideose-2015," in r["Source"]
               and str(r[list(r)[0]]).lower().startswith(("région", "region"))]
    assert len(regions) == 2, rows
    said = sorted(r[col] for r in regions)
    according = "according to" if lang == "en" else "selon"
    pct = "%" if lang == "en" else f"{NN}%"
    assert said == [f"81{pct} {according} ideose-2015-3", f"89{pct} {according} ideose-2015-3"]


@pytest.mark.parametrize("lang,late", [("fr", "fin 2015"), ("en", "late 2015")])
def test_the_sources_and_notes_name_ideose_late_2015(books, lang, late):
    texts = _texts(books[lang])
    assert "ideose-2015-3" in texts  # the sources list has its row
    assert late in texts
    # its method: what it counted
    assert any(("27 regional councils" if lang == "en" else "27 conseils régionaux") in t
               for t in texts), [t for t in texts if "27" in t]
    pct = "%" if lang == "en" else f"{NN}%"
    notes = [t for t in texts if f"89{pct}" in t and "ideose-2015-3 (" + late + ")" in t]
    assert notes, [t for t in texts if "ideose-2015-3" in t]
