"""Output consistency left open by session 32 (s33, brief C).

1. ``changes --format json`` gave ``flags`` as the CSV's cell (« "non_random_sample;
   chosen_by_place" ») where ``compare`` and ``trend`` give a list: every command's JSON
   now gives a record's flags as a list, its CSV one cell « a;b ».
2. The report's index cells (Benchmark, Classement) had the number format « #,##0 »: an
   index of 99.996 showed « 100 » (at the median) where ``fmt_index`` says « 99,996 »; each
   cell now has the format that shows what ``fmt_index`` shows.
3. ``chart-too-large`` said « 48000 × 48000 pixels (2304 mégapixels) », the only counts of
   the catalog without their thousands separator.
4. The report's notes ``report-evolution-pooled`` (« barometre trend --data » donne chaque
   vague) and ``waves-excel-capped`` (« barometre changes --data … --list --format csv » les
   donne toutes) named the command line in a report written by ``bm.write_report``: there
   they name the library's call, as session 32's sheet-*/peers-* advice does.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

from .conftest import as_json


@pytest.fixture
def two_deps_waves(tmp_path):
    """The 30 intercommunalités of the Ain and the Loire-Atlantique read in 2024 and 2025:
    waves chosen by place, no random sample (flags ``non_random_sample;chosen_by_place``)."""
    e = bm.reference.entities("epci")
    codes = sorted(e[e["departement"].isin(["01", "44"])]["code"])
    rows = [f"{c};{'Non' if i % 3 == 0 else 'Oui'};Non;15/10/2024\n"
            f"{c};Oui;{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(codes)]
    path = tmp_path / "ain_loire_atlantique_vagues.csv"
    path.write_text("SIREN;Facebook;Instagram;Date du relevé\n" + "".join(rows),
                    encoding="utf-8")
    return path


def _one_wave(tmp_path, waves):
    """The 2025 reading of ``waves`` alone (compare --data reads one wave)."""
    lines = waves.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "ain_loire_atlantique_2025.csv"
    path.write_text(lines[0] + "".join(x for x in lines[1:] if "2025" in x), encoding="utf-8")
    return path


# every listing command whose records have flags, on inputs that flag some of them: a
# disputed published figure (ost-2023-2, métropoles on Instagram, 2022), waves chosen by place
COMMANDS = {
    "compare": lambda w, one: ["compare", "--type", "metropole", "--year", "2022",
                               "--all-sources"],
    "trend": lambda w, one: ["trend", "--type", "metropole", "--platform", "instagram"],
    "compare --data": lambda w, one: ["compare", "--data", one, "--type", "epci"],
    "trend --data": lambda w, one: ["trend", "--data", w, "--type", "epci"],
    "changes": lambda w, one: ["changes", "--data", w, "--type", "epci"],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_json_gives_flags_as_a_list_and_csv_one_cell(cli, tmp_path, two_deps_waves,
                                                            command):
    args = COMMANDS[command](two_deps_waves, _one_wave(tmp_path, two_deps_waves))
    records = as_json(cli(*args, "--format", "json"))
    assert records and all("flags" in r for r in records)
    assert all(isinstance(r["flags"], list) for r in records), [r["flags"] for r in records]
    flagged = [r["flags"] for r in records if r["flags"]]
    assert flagged  # the inputs flag some records
    out = cli(*args, "--format", "csv")
    assert out.exit_code == 0, out.output
    cells = [r["flags"] for r in csv.DictReader(io.StringIO(out.stdout))]
    # the CSV keeps the cell « a;b », the JSON list its parts
    assert sorted(c for c in cells if c) == sorted(";".join(f) for f in flagged)


def test_changes_json_flags_of_waves_chosen_by_place(cli, two_deps_waves):
    records = as_json(cli("changes", "--data", two_deps_waves, "--type", "epci", "-f", "json"))
    assert [(r["platform"], r["flags"]) for r in records] == [
        ("facebook", ["non_random_sample", "chosen_by_place"]),
        ("instagram", ["non_random_sample", "chosen_by_place"])]


# --- 2. the report's index cells show what fmt_index says -------------------------------------

def _shown(value: float, number_format: str, lang: str) -> str:
    """``value`` as a spreadsheet shows it in a cell of ``number_format`` ("#,##0",
    "0.000"): its decimals, half away from zero, the language's separators."""
    from barometre.render.formats import fmt_float, fmt_int

    assert number_format == "#,##0" or set(number_format) <= {"0", "."}, number_format
    digits = len(number_format.partition(".")[2])
    return fmt_float(value, digits, lang) if digits else fmt_int(value, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_benchmark_sheet_index_cells_show_what_fmt_index_says(cli, tmp_path, lang):
    """Départements of 10,000, 100,000 (the median) and 200,000 followers, the Maine-et-
    Loire 99,996 and the Marne 100,004: the Benchmark sheet's index cells had « #,##0 »,
    showing « 100 » for both, where the benchmark's sentence says « indice 99,996 »
    (fmt_index): an index not 100 never shows 100."""
    from barometre.messages import text
    from barometre.render.formats import fmt_index

    from .test_near_ends import _around_the_median

    src = _around_the_median(tmp_path)
    seen = {}
    for entity in ("49", "51", "50", "75"):
        out = tmp_path / f"r-{entity}-{lang}.xlsx"
        res = cli("report", "--data", src, "--type", "departement", "--entity", entity,
                  "--lang", lang, "-o", out)
        assert res.exit_code == 0, res.output
        bench = openpyxl.load_workbook(out)["Benchmark"]
        head = [c.value for c in bench[3]]
        for code in ("report-col-index", "report-col-index-per-1000"):
            cell = bench.cell(row=4, column=head.index(text(code, lang)) + 1)
            if cell.value is None:
                continue
            assert _shown(cell.value, cell.number_format, lang) == fmt_index(cell.value, lang)
            seen[entity, code] = (cell.value, cell.number_format)
    index = {e: v for (e, code), v in seen.items() if code == "report-col-index"}
    assert index == {"49": (pytest.approx(99.996), "0.000"), "51": (pytest.approx(100.004), "0.000"),
                     "50": (100, "#,##0"), "75": (200, "#,##0")}


def test_classement_sheet_index_cells_show_what_fmt_index_says(cli, tmp_path):
    """The Classement sheet (streamed, bulk.py) wrote its index cells « #,##0 » too: the
    Maine-et-Loire's 99.996 and the Marne's 100.004 showed « 100 », the median's own."""
    from barometre.messages import text
    from barometre.render.formats import fmt_index

    from .test_near_ends import _around_the_median

    src = _around_the_median(tmp_path)
    for lang in ("fr", "en"):
        out = tmp_path / f"r-{lang}.xlsx"
        res = cli("report", "--data", src, "--type", "departement", "--entity", "49",
                  "--lang", lang, "-o", out)
        assert res.exit_code == 0, res.output
        ws = openpyxl.load_workbook(out)[text("report-sheet-ranking", lang)]
        rows = list(ws.iter_rows())
        (h,) = [i for i, r in enumerate(rows) if text("report-col-index", lang) in
                [c.value for c in r]]
        head = [c.value for c in rows[h]]
        at, code = head.index(text("report-col-index", lang)), head.index(text("report-col-code", lang))
        cells = {r[code].value: r[at] for r in rows[h + 1:] if r[at].value is not None}
        assert len(cells) > 90  # every département ranked on Facebook
        for c in cells.values():
            assert _shown(c.value, c.number_format, lang) == fmt_index(c.value, lang)
        assert {k: cells[k].number_format for k in ("49", "50", "51", "75")} == {
            "49": "0.000", "50": "#,##0", "51": "0.000", "75": "#,##0"}


# --- 3. chart-too-large counts its pixels with the thousands separator -------------------------

def test_chart_too_large_says_its_counts_with_the_thousands_separator(cli, tmp_path):
    args = ("chart", "adoption", "--type", "region", "--size", "40x40", "--dpi", "1200",
            "-o", tmp_path / "x.png")
    fr, en = cli(*args), cli(*args, "--lang", "en")
    assert fr.exit_code == en.exit_code == 2
    assert fr.stderr == ("barometre : image trop grande : 48\u202f000 × 48\u202f000 pixels "
                         "(2\u202f304 mégapixels) ; maximum 64 mégapixels : réduisez --size ou "
                         "--dpi\n")
    assert en.stderr == ("barometre: image too large: 48,000 × 48,000 pixels (2,304 "
                         "megapixels); at most 64 megapixels: reduce --size or --dpi\n")
    # a Python caller reads the same counts
    fig = bm.charts.adoption(bm.compare("region"), size=(40, 40))
    with pytest.raises(bm.UsageError) as err:
        bm.charts.save(fig, tmp_path / "x.png", dpi=1200)
    assert err.value.message.startswith(
        "image trop grande : 48\u202f000 × 48\u202f000 pixels (2\u202f304 mégapixels)")
    assert err.value.render("en").startswith("image too large: 48,000 × 48,000 pixels (2,304 ")


# --- 4. the report's notes name the call of the one who wrote it ----------------------------------

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"


def _rows(path, sheet):
    return [r[0] for r in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True)
            if isinstance(r[0], str)]


def test_capped_movements_name_the_call_that_lists_them_all(cli, tmp_path, monkeypatch):
    """The Mouvements sheet lists the first rows of each platform and says what lists them
    all: « barometre changes … » written by the command line, the library's call written
    by bm.write_report; that call, run, gives every row the note counts."""
    from barometre.render.excel import movements as M

    monkeypatch.setattr(M, "LISTED_PER_PLATFORM", 2)
    demo = DEMO / "releves-departements-donnees-fictives.csv"
    s = bm.read_survey(demo)
    by_python = bm.write_report(tmp_path / "python.xlsx", bm.adoption(s), survey=s)
    by_cli = tmp_path / "cli.xlsx"
    assert cli("report", "--data", demo, "-o", by_cli).exit_code == 0
    python = [x for x in _rows(by_python, "Mouvements") if x.startswith("Les 2 premières")]
    said = [x for x in _rows(by_cli, "Mouvements") if x.startswith("Les 2 premières")]
    assert len(python) == len(said) == 2
    call = f'barometre.transitions(barometre.read_waves(["{demo}"], type="departement"))'
    # as the French workbook writes them (s33): no-break spaces before « : », inside « »
    assert all(x.endswith(typeset(f" ici : « {call} » les donne toutes.", "fr"))
               for x in python), python
    assert all(x.endswith(typeset(f" ici : « barometre changes --data {demo} --type "
                                  "departement --list --format csv » les donne toutes.", "fr"))
               for x in said), said
    # the call lists every row the notes count: 2 per platform shown, the others not listed
    every = eval(call, {"barometre": bm})  # noqa: S307 (the note's own text, run)
    moved = every[every["status"].isin(["joined", "left", "not_comparable"])]
    ranked = every[every["growth"].notna()]
    for note, rows in zip(python, (moved, ranked)):
        shown = rows.groupby("platform").size().clip(upper=2).sum()
        left = int(note.split("\u202f; ")[1].split(" autre")[0].replace("\u202f", ""))
        assert left == len(rows) - shown > 0
    en = bm.write_report(tmp_path / "python-en.xlsx", bm.adoption(s), survey=s, lang="en")
    notes = [x for x in _rows(en, "Changes") if x.startswith("The first 2 rows")]
    assert notes and all(x.endswith(f": “{call}” gives them all.") for x in notes), notes


@pytest.mark.parametrize("lang, python, command", [
    ("fr", "(barometre.wave_trend donne chaque vague).",
     "(« barometre trend --data » donne chaque vague)."),
    ("en", "(barometre.wave_trend gives each wave).",
     "(“barometre trend --data” gives each wave)."),
])
def test_a_pooled_year_names_the_call_that_gives_each_wave(cli, tmp_path, lang, python,
                                                           command):
    """A long file of three readings, two in 2025: the Évolution's 2025 point pools them,
    its note says what gives each wave, as its writer calls it."""
    from barometre.messages import text

    from .test_waves22a import _long_file

    f = _long_file(tmp_path)
    s = bm.read_survey(f)
    by_python = bm.write_report(tmp_path / "python.xlsx", bm.adoption(s), survey=s, lang=lang)
    by_cli = tmp_path / "cli.xlsx"
    assert cli("report", "--data", f, "-o", by_cli, "--lang", lang).exit_code == 0
    sheet = text("report-sheet-evolution", lang)
    pooled = [x for x in _rows(by_python, sheet) if x.startswith("2025")]
    said = [x for x in _rows(by_cli, sheet) if x.startswith("2025")]
    assert len(pooled) == len(said) == 1
    python, command = typeset(python, lang), typeset(command, lang)  # as the workbook (s33)
    assert pooled[0].endswith(python) and said[0].endswith(command)
    assert pooled[0][:-len(python)] == said[0][:-len(command)]  # the rest alike
    # the call named gives each wave: the two of 2025 apart
    waves = bm.wave_trend(bm.read_waves([f]))
    assert sorted(waves["wave"].unique())[-2:] == ["2025-03-10", "2025-10-14"]
