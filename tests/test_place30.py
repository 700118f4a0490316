"""A file chosen by place and a file mostly in one région say the same words, without
noise (review of session 30). Both are no random sample of France: their shares marked
« † », « voir † », no interval (tests/test_chosen_by_place.py, tests/test_region_kinds28.py).

1. ``trend --data A --data B`` repeated an identical place (or région) note once per wave,
   « † Vague du 15/10/2024 : fichier choisi par lieu, … » then the same « † Vague du
   15/10/2025 : … »; now once: « † Chaque vague : … », or « † Chacune des vagues du … et
   du … : … » for some of the waves.
2. ``changes`` on such waves printed « p : test exact de McNemar (arrivées contre départs),
   bilatéral » under a table whose every p is « voir † » (no test run); now its line says
   the shares' base alone (its Mouvements sheet likewise).
3. ``report --data`` of such a file kept empty « IC 95\u202f% bas / haut » columns on the Adoption
   sheet and defined « IC 95 % » in Définitions, no figure having an interval; now neither
   (kept as soon as one figure has one).
4. ``compare``'s note on a file mostly in one région offered ``--panel``, a place file's did
   not, though ``--panel`` reads either as a chosen panel; and with ``-f csv`` / ``-f json``
   the place file's note went to stderr, the région's nowhere. Both now offer ``--panel``
   (in words in a report or a chart) and both say their note on stderr beside CSV/JSON, as
   trend and changes do: stdout keeps the rows alone, the note explains their flags.

The files: the 30 intercommunalités of the Ain and the Loire-Atlantique (chosen by place),
and 20 of Bretagne beside 10 spread over France (mostly in one région), each read at
several dates; 41 intercommunalités spread over France (a random-like sample).
"""

from __future__ import annotations

import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

NNBSP = "\u202f"
BZH = ["22", "29", "35", "56"]


def _epci():
    return bm.reference.entities("epci").sort_values("code")


def _place_codes():
    e = _epci()
    return sorted(e[e["departement"].isin(["01", "44"])]["code"])


def _region_codes():
    """5 intercommunalités in each département of Bretagne, 10 elsewhere (one per
    département): 20 of 30 in one région, none a quarter in one département."""
    e = _epci()
    codes = [c for d in BZH for c in e.loc[e["departement"] == d, "code"][:5]]
    others = e[~e["region"].isin(["53"])].drop_duplicates("departement")
    return codes + list(others["code"][::9][:10])


def _wave(path, codes, year, shift=0):
    path.write_text("SIREN;Facebook;Instagram;Date du relevé\n" + "".join(
        f"{c};{'Non' if (i + shift) % 3 == 0 else 'Oui'};{'Oui' if i % 2 else 'Non'};"
        f"15/10/{year}\n" for i, c in enumerate(codes)), encoding="utf-8")
    return path


@pytest.fixture
def place_waves(tmp_path):
    return [_wave(tmp_path / f"place{y}.csv", _place_codes(), y, y) for y in (2024, 2025)]


@pytest.fixture
def region_waves(tmp_path):
    return [_wave(tmp_path / f"region{y}.csv", _region_codes(), y, y) for y in (2024, 2025)]


def _daggers(stderr: str) -> list[str]:
    return [line for line in stderr.replace(NNBSP, " ").splitlines() if line.startswith("†")]


PLACE_EACH = ("† Chaque vague : fichier choisi par lieu, il tient 30 intercommunalités de 2 "
              "départements : Loire-Atlantique (16), Ain (14) ; ce n'est pas un échantillon "
              "tiré au hasard des 1 254 intercommunalités : sa part est celle des entités du "
              "fichier, pas celle des 1 254 intercommunalités ; pas d'intervalle pour elle "
              "(« barometre compare --data --within » sur ses départements en fait la base).")


# --- 1. trend: one note for the waves of one place -------------------------------------------

def test_trend_says_the_place_of_its_waves_once(cli, place_waves):
    args = [a for f in place_waves for a in ("--data", f)]
    r = cli("trend", *args, "--type", "epci")
    assert r.exit_code == 0, r.output
    # under the table, on stdout (s32: was stderr)
    assert _daggers(r.stdout) == [PLACE_EACH]  # was one note per wave, their date alone differing
    assert _daggers(r.stderr) == []
    en = cli("trend", *args, "--type", "epci", "--lang", "en")
    assert _daggers(en.stdout) == [
        "† Each wave: a file chosen by place, it holds 30 intercommunalities from 2 "
        "départements: Loire-Atlantique (16), Ain (14); it is not a random sample of the 1,254 "
        "intercommunalities: its share is that of the file's entities, not that of the 1,254 "
        "intercommunalities; no interval for it (“barometre compare --data --within” on its "
        "départements makes them the base)."]


def test_trend_says_the_region_of_its_waves_once(cli, region_waves):
    r = cli("trend", *[a for f in region_waves for a in ("--data", f)], "--type", "epci")
    assert r.exit_code == 0, r.output
    (note,) = _daggers(r.stdout)
    assert note.startswith("† Chaque vague : le fichier tient 20 de ses 30 intercommunalités "
                           "dans une même région, Bretagne (60 en France)")


def test_trend_names_the_waves_of_a_place_beside_others(cli, place_waves, tmp_path):
    """Two waves chosen by place beside a wave spread over France: the note names them; a
    wave of other counts (29 of the 30) keeps its own note, named by its date."""
    spread = tmp_path / "spread.csv"
    spread.write_text("SIREN;Facebook;Date du relevé\n" + "".join(
        f"{c};Oui;15/10/2026\n" for c in sorted(_epci()["code"])[::31]), encoding="utf-8")
    fewer = _wave(tmp_path / "fewer.csv", _place_codes()[1:], 2023)
    r = cli("trend", "--data", fewer, *[a for f in place_waves for a in ("--data", f)],
            "--data", spread, "--type", "epci", "-p", "facebook")
    assert r.exit_code == 0, r.output
    notes = _daggers(r.stdout)
    assert len(notes) == 2
    assert notes[0].startswith("† Vague du 15 octobre 2023 : fichier choisi par lieu, il tient 29 "
                               "intercommunalités de 2 départements : ")
    assert notes[1] == PLACE_EACH.replace("Chaque vague",
                                          "Chacune des vagues du 15 octobre 2024 et du 15 octobre 2025")


def test_trend_chart_says_the_place_once(place_waves):
    import matplotlib.pyplot as plt

    fig = bm.charts.wave_trend(bm.wave_trend(bm.read_waves(place_waves, type="epci"),
                                             type="epci"))
    cap = fig.get_supxlabel().replace("\n", " ")
    assert cap.count("fichier choisi par lieu") == 1 and "Chaque vague : fichier" in cap
    plt.close(fig)


# --- 2. changes: no word of McNemar when no test was run --------------------------------------

MCNEMAR = "test exact de McNemar"


@pytest.mark.parametrize("waves", ["place_waves", "region_waves"])
def test_changes_says_no_test_when_every_p_is_see_dagger(cli, waves, request, tmp_path):
    old, new = request.getfixturevalue(waves)
    r = cli("changes", "--data", old, "--data", new, "--type", "epci")
    assert r.exit_code == 0, r.output
    rows = [line for line in r.stdout.splitlines() if line.startswith(("Facebook", "Instagram"))]
    assert len(rows) == 2 and all("voir †" in line for line in rows)  # no p anywhere
    # the shares' base said, no explanation of a test nowhere run
    assert "Parts calculées sur les entités comparables (réponse connue aux deux vagues).\n" \
        in r.stdout
    assert MCNEMAR not in r.output and "McNemar's" not in cli(
        "changes", "--data", old, "--data", new, "--type", "epci", "--lang", "en").output
    # the report's Mouvements sheet, the same line
    import openpyxl

    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", old, "--data", new, "--type", "epci", "-o", out).exit_code == 0
    cells = [c.value for row in openpyxl.load_workbook(out)["Mouvements"].iter_rows()
             for c in row if isinstance(c.value, str)]
    assert "Parts calculées sur les entités comparables (réponse connue aux deux vagues)." in cells
    assert not any(MCNEMAR in c for c in cells)


def test_changes_of_a_random_sample_keeps_its_test_said(cli, tmp_path):
    codes = sorted(_epci()["code"])[::31]
    old = _wave(tmp_path / "a.csv", codes, 2024)
    new = _wave(tmp_path / "b.csv", codes, 2025, 1)
    r = cli("changes", "--data", old, "--data", new, "--type", "epci")
    assert r.exit_code == 0, r.output
    assert "voir †" not in r.stdout and f"p : {MCNEMAR} (arrivées contre départs)" in r.stdout


# --- 3. the report: no empty « IC 95 % » columns, no definition of an interval none has ---------

def _single(path, codes, tmp_path):
    return _wave(tmp_path / path, codes, 2025)


def _defined_terms(wb) -> list[str]:
    ws = wb["Sources et méthode"]
    (t,) = [t for t in ws.tables.values() if t.name == "Definitions"]
    from openpyxl.utils import range_boundaries

    a, b, _, y = range_boundaries(t.ref)
    return [ws.cell(row=r, column=a).value for r in range(b + 1, y + 1)]


@pytest.mark.parametrize("codes", [_place_codes, _region_codes])
def test_report_of_a_file_without_interval_has_no_interval_columns(cli, tmp_path, codes):
    import openpyxl
    from openpyxl.utils import range_boundaries

    from .test_excel_layout import assert_chart_matches_table, charts_of

    f = _single("f.csv", codes(), tmp_path)
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", f, "--type", "epci", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Adoption"]
    head = [c.value for c in ws[1] if c.value is not None]
    assert head == ["Type", "Réseau", "Année", "Part", "Présents", "Base (n)", "Base", "Mesure",
                    "Source", "Déduit d'une formulation"]
    # the Excel table spans those columns, no more, its rows the figures'
    (table,) = ws.tables.values()
    a, b, x, y = range_boundaries(table.ref)
    assert (a, b, x, y) == (1, 1, len(head), 4)
    assert [c.name for c in table.tableColumns] == head
    rows = list(ws.iter_rows(min_row=2, max_row=4, values_only=True))
    assert [r[1] for r in rows] == ["Facebook", "Instagram", "au moins un réseau"]
    assert [r[head.index("Base (n)")] for r in rows] == [30, 30, 30]
    assert all(r[head.index("Base")] == "30 entités de l'enquête" for r in rows)
    assert all(isinstance(r[head.index("Part")], (int, float)) for r in rows)
    # the Synthèse's chart still reads its own table
    for chart in charts_of(out):
        assert_chart_matches_table(out, chart)
    # no figure with an interval: « IC 95 % » defines nothing
    terms = _defined_terms(wb)
    assert "IC 95\u202f%" not in terms and terms[:2] == ["Part (adoption)", "Mesure"]
    assert not any("IC 95" in str(c.value) for s in wb for row in s.iter_rows() for c in row
                   if c.value is not None)


def test_report_keeps_the_interval_columns_when_one_figure_has_one(cli, tmp_path):
    """A file spread over France: its intervals, the columns and the definition kept."""
    import openpyxl

    f = _single("spread.csv", sorted(_epci()["code"])[::31], tmp_path)
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", f, "--type", "epci", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Adoption"]
    head = [c.value for c in ws[1]]
    assert head[6:8] == ["IC 95\u202f% bas", "IC 95\u202f% haut"]
    (table,) = ws.tables.values()
    assert table.ref == "A1:L4"
    assert all(isinstance(r[6], float) for r in ws.iter_rows(min_row=2, max_row=4, values_only=True))
    assert "IC 95\u202f%" in _defined_terms(wb)


# --- 4. compare: the same offer of --panel, the same notes beside CSV and JSON -----------------

@pytest.mark.parametrize("codes", [_place_codes, _region_codes])
def test_compare_offers_panel_for_both_kinds(cli, tmp_path, codes):
    f = _single("f.csv", codes(), tmp_path)
    out = cli("compare", "--data", f, "--type", "epci")
    assert out.exit_code == 0, out.output
    (note,) = _daggers(out.stdout)
    assert note.endswith("--panel donne les parts des seules entités du fichier.")
    en = cli("compare", "--data", f, "--type", "epci", "--lang", "en")
    assert _daggers(en.stdout)[0].endswith("--panel gives the shares of the file's entities only.")
    # which the option does: the file's entities as the base, each share exact, no « † »
    panel = cli("compare", "--data", f, "--type", "epci", "--panel")
    assert panel.exit_code == 0, panel.output
    rows = [line for line in panel.stdout.splitlines() if line.startswith("intercommunalité ")]
    assert len(rows) == 3 and all("exhaustif" in r and "†" not in r for r in rows)
    assert "du panel" in rows[0] and not _daggers(panel.output)


@pytest.mark.parametrize("codes", [_place_codes, _region_codes])
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_compare_says_both_kinds_on_stderr_beside_csv_and_json(cli, tmp_path, codes, fmt):
    """The note the table prints under the rows, on stderr beside the rows of CSV or JSON
    (a région's said nothing there), as trend and changes say their notes: the rows'
    flags non_random_sample are explained, stdout stays the rows alone."""
    f = _single("f.csv", codes(), tmp_path)
    table = _daggers(cli("compare", "--data", f, "--type", "epci").stdout)
    out = cli("compare", "--data", f, "--type", "epci", "-f", fmt)
    assert out.exit_code == 0, out.output
    assert _daggers(out.stderr) == table and len(table) == 1
    assert "†" not in out.stdout.replace("voir †", "")
    if fmt == "json":
        import json

        rows = json.loads(out.stdout)
        assert rows and all("non_random_sample" in r["flags"] for r in rows)


def test_report_and_chart_say_panel_in_words(cli, tmp_path):
    import matplotlib.pyplot as plt
    import openpyxl

    f = _single("f.csv", _place_codes(), tmp_path)
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", f, "--type", "epci", "-o", out).exit_code == 0
    notes = [c.value for c in openpyxl.load_workbook(out)["Adoption"]["A"]
             if isinstance(c.value, str) and c.value.startswith("† Fichier choisi par lieu")]
    assert len(notes) == 1 and notes[0].endswith(typeset(
        "Établies « en panel », les parts sont celles des seules entités du fichier.", "fr"))
    s = bm.read_survey(f, type="epci")
    fig = bm.charts.adoption(bm.compare_survey(s, "epci"), survey=s)
    cap = fig._supxlabel.get_text().replace("\n", " ")
    assert "« en panel »" in cap and "--panel" not in cap
    plt.close(fig)
