"""What a Python caller reads names the parameter of the call, what the command line
prints its option (session 32, brief B): the sheet read among several, the waves, the old
and new waves' order; the report's Sources et méthode in words, whoever builds it."""

from __future__ import annotations

from pathlib import Path

import pytest

import barometre as bm
from barometre.datasets.reference import entities
from tests.test_epci_peers_kind import all_epci  # noqa: F401 (a fixture)
from barometre.render.excel.cells import typeset

openpyxl = pytest.importorskip("openpyxl")

FILES = Path(__file__).resolve().parent / "files"


# --------------------------------------------------------------------------- the sheet read

def _departements(ws, answer: str, date: str) -> None:
    ws.append(["Code département", "Nom", "Facebook", "Date du relevé"])
    for r in entities("departement").itertuples():
        ws.append([r.code, r.name, answer, date])


def _two_years(path: Path) -> Path:
    """Tabs « 2025 » and « 2024 », the same columns: which one to read? (sheet-ambiguous)"""
    wb = openpyxl.Workbook()
    wb.active.title = "2025"
    _departements(wb.active, "Oui", "15/10/2025")
    _departements(wb.create_sheet("2024"), "Non", "15/10/2024")
    wb.active = 1
    wb.save(path)
    return path


def _synthese(path: Path) -> Path:
    """An active « Synthèse » of 4 régions before the « Enquête » of the départements: the
    active one read, the other said (sheet-chosen; layout-other-sheets under an error)."""
    wb = openpyxl.Workbook()
    wb.active.title = "Synthèse"
    wb.active.append(["Région", "Facebook", "Instagram"])
    for name in ("Bretagne", "Normandie", "Occitanie", "Grand Est"):
        wb.active.append([name, "Oui", "Non"])
    ws = wb.create_sheet("Enquête")
    ws.append(["Code département", "Nom", "Facebook", "Instagram"])
    for r in entities("departement").itertuples():
        ws.append([r.code, r.name, "Oui", "Non"])
    wb.save(path)
    return path


def _split(path: Path) -> Path:
    """The départements 01 to 44 on one sheet, the rest on another (sheet-split)."""
    wb = openpyxl.Workbook()
    first, second = wb.active, wb.create_sheet("Relevés b")
    first.title = "Relevés a"
    for ws in (first, second):
        ws.append(["Code département", "Nom", "Facebook", "Date du relevé"])
    for i, r in enumerate(entities("departement").itertuples()):
        (first if i < 45 else second).append([r.code, r.name, "Oui", "15/10/2025"])
    wb.save(path)
    return path


def _hidden_survey(path: Path, hidden: tuple[str, ...]) -> Path:
    """The survey on hidden sheets only, a visible « Notes » (hidden-survey-sheet-one/-many)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name in hidden:
        ws = wb.create_sheet(name)
        _departements(ws, "Oui", "15/10/2025")
        ws.sheet_state = "hidden"
    wb.create_sheet("Notes").append(["Voir l'onglet Enquête"])
    wb.active = len(hidden)
    wb.save(path)
    return path


def _said_to_python(f: Path, type: str | None, call: str) -> str:
    """The sentence a library call says: its error's, or its one warning's."""
    if call == "validate":
        [p] = [p for p in bm.validate(f, type=type) if p.code.startswith(("sheet", "hidden"))]
        return p.message
    with pytest.raises(bm.InputFileError) as err:
        bm.read_survey(f, type=type)
    return err.value.message


@pytest.mark.parametrize("make, type, call, python, cli_words", [
    (_two_years, None, "read_survey", "Choisissez-la avec sheet=", "Choisissez-la avec --sheet"),
    (_synthese, None, "validate", "« Enquête » ; sheet= pour en choisir une autre",
     "« Enquête » ; --sheet pour en choisir une autre"),
    (_synthese, "departement", "read_survey",
     "autres feuilles : « Enquête » (sheet= pour en lire une autre)",
     "autres feuilles : « Enquête » (--sheet pour en lire une autre)"),
    (_split, None, "read_survey", " ; sheet= n'en lirait qu'une partie",
     " ; --sheet n'en lirait qu'une partie"),
    (lambda p: _hidden_survey(p, ("Enquête",)), None, "read_survey",
     "« Enquête » en est une : sheet=\"Enquête\" pour la lire",
     "« Enquête » en est une : --sheet \"Enquête\" pour la lire"),
    (lambda p: _hidden_survey(p, ("Vague 1", "Vague 2")), None, "read_survey",
     "« Vague 1 », « Vague 2 » en sont : sheet= pour en lire une",
     "« Vague 1 », « Vague 2 » en sont : --sheet pour en lire une"),
    (lambda p: FILES / "hostile" / "hidden-first-sheet.xlsx", None, "validate",
     "lue : « Relevé » (sheet= pour en choisir une autre)",
     "lue : « Relevé » (--sheet pour en choisir une autre)"),
], ids=["sheet-ambiguous", "sheet-chosen", "layout-other-sheets", "sheet-split",
        "hidden-survey-sheet-one", "hidden-survey-sheet-many", "hidden-sheet-skipped"])
def test_the_sheet_advice_names_sheet_to_python_and_the_option_to_the_cli(
        tmp_path, cli, make, type, call, python, cli_words):
    f = make(tmp_path / "classeur.xlsx")
    said = _said_to_python(f, type, call)
    assert python in said and "--sheet" not in said
    args = ["validate", f] + (["--type", type] if type else [])
    res = cli(*args)
    assert cli_words in res.output and "sheet=" not in res.output


# --------------------------------------------------------------------------- the waves

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
WAVE_2024 = DEMO / "vague-2024-departements-donnees-fictives.xlsx"
WAVE_2025 = DEMO / "vague-2025-departements-donnees-fictives.csv"


def test_one_wave_is_told_read_waves_to_python_and_data_to_the_cli(cli):
    """One file of one date: two waves are needed; a library call gives its files to
    read_waves, the command line its --data (waves-need-two); no file at all: waves-no-data."""
    with pytest.raises(bm.NoDataError) as err:
        bm.changes(bm.read_waves([WAVE_2024]))
    assert err.value.message == (
        "une seule vague (2024-10-15) : il en faut deux pour mesurer une évolution (donnez "
        "deux fichiers à read_waves, ou un fichier long avec deux dates)")
    assert err.value.render("en").endswith(
        "(give two files to read_waves, or a long file with two dates)")
    res = cli("changes", "--data", WAVE_2024)
    assert res.exit_code == 1
    assert res.stderr == (
        "barometre : une seule vague (2024-10-15) : il en faut deux pour mesurer une "
        "évolution (donnez deux fichiers --data, ou un fichier long avec deux dates)\n")
    with pytest.raises(bm.UsageError) as none:
        bm.read_waves([])
    assert none.value.message == ("read_waves demande des fichiers (deux fichiers, ou un "
                                  "fichier à plusieurs dates)")


@pytest.mark.parametrize("call", [bm.changes, bm.transitions, bm.movers])
def test_waves_out_of_order_name_old_and_new_as_the_caller_wrote_them(cli, call):
    """old="2025", new="2024": the library names its parameters, the CLI its options."""
    waves = bm.read_waves([WAVE_2024, WAVE_2025])
    with pytest.raises(bm.UsageError) as err:
        call(waves, old="2025", new="2024")
    assert err.value.code == "wave-order"
    assert err.value.message == 'old="2025-10-15" doit précéder new="2024-10-15"'
    assert err.value.render("en") == 'old="2025-10-15" must come before new="2024-10-15"'
    res = cli("changes", "--data", WAVE_2024, "--data", WAVE_2025, "--old", "2025",
              "--new", "2024")
    assert res.exit_code == 2
    assert res.stderr == "barometre : --old 2025-10-15 doit précéder --new 2024-10-15\n"


# --------------------------------------------------------------------------- the report

PAIRS = FILES / "wkbk20" / "pairs-gironde.csv"  # 13 départements picked by hand


def _method(path: Path) -> dict[str, str]:
    wb = openpyxl.load_workbook(path)
    sheet = wb["Sources et méthode"] if "Sources et méthode" in wb.sheetnames \
        else wb["Sources and method"]
    return {a: b for a, b in sheet.iter_rows(values_only=True) if a}


@pytest.mark.parametrize("lang, row, words", [
    ("fr", "Intervalles",
     " ; si elles ont été choisies (des pairs, un réseau), les chiffres ne "
     "valent que pour elles, sans extrapolation : le rapport établi « en panel » donne les "
     "parts de ces seules entités."),
    ("en", "Intervals",
     " were drawn at random; if they were chosen (peers, a network), the figures hold for them only, with "
     "no extrapolation: the report made “as a panel” gives the shares of these entities "
     "alone."),
])
def test_the_report_method_says_the_panel_in_words_whoever_builds_it(tmp_path, cli, lang,
                                                                      row, words):
    """Sources et méthode said « --panel donne les parts… » in a report built by
    bm.write_report as by the command line: in words now, as the Synthèse says it (no
    « voir Sources et méthode » in that sheet itself)."""
    by_cli = tmp_path / "cli.xlsx"
    res = cli("report", "--data", PAIRS, "-o", by_cli, "--lang", lang)
    assert res.exit_code == 0, res.output
    survey = bm.read_survey(PAIRS)
    by_python = tmp_path / "python.xlsx"
    bm.write_report(by_python, bm.adoption(survey), survey=survey, lang=lang)
    for path in (by_cli, by_python):
        said = _method(path)[row]  # 12 of 101 answered in 2025 by the CLI, 13 of 101 by
        assert said.endswith(typeset(words, lang))  # adoption over the file's years: the draw's words alike
        assert "--panel" not in said and "panel=True" not in said


# --------------------------------------------------------------------------- the peers

ENQUETE = DEMO / "enquete-departements-donnees-fictives.xlsx"


def _five(tmp_path: Path) -> Path:
    """Five départements, one of Bretagne: the Finistère has no peer of its région."""
    f = tmp_path / "cinq.csv"
    f.write_text("Code département;Facebook;Abonnés Facebook;Date du relevé\n" + "".join(
        f"{c};Oui;{n};15/10/2025\n" for c, n in (("29", 1000), ("44", 2000), ("33", 3000),
                                                  ("69", 4000), ("75", 5000))),
        encoding="utf-8")
    return f


def test_a_peer_rule_refused_names_peers_to_python_and_the_option_to_the_cli(tmp_path, cli):
    """peers-strate-one-band, peers-too-few, peers-instead, rank-peers-need-entity said
    « --peers strate », « --metric followers_per_1000 », « --entity » to bm.benchmark and
    bm.rank: their parameters now, the command line's options unchanged."""
    survey = bm.read_survey(ENQUETE)
    with pytest.raises(bm.UsageError) as err:
        bm.benchmark(survey, "Lozère", peers="strate")
    said = err.value.message
    assert said.startswith('peers="strate" ne départage pas les départements : 100 sur 101')
    assert ('; comparez avec « peers="region" » ou « peers="type" » ; pour comparer' in said
            and said.endswith('que benchmark donne (rank : metric="followers_per_1000")'))
    assert err.value.render("en").endswith(
        'which benchmark gives (rank: metric="followers_per_1000")')
    res = cli("benchmark", "--entity", "Lozère", "--data", ENQUETE, "--peers", "strate")
    assert res.stderr.startswith("barometre : --peers strate ne départage pas")
    assert ("; comparez avec « --peers region » ou « --peers type » ;" in res.stderr
            and res.stderr.endswith("(rank : --metric followers_per_1000)\n"))

    five = _five(tmp_path)
    with pytest.raises(bm.UsageError) as err:
        bm.benchmark(bm.read_survey(five), "29", peers="region")
    assert err.value.message == (
        'peers="region" : départements de la région Bretagne dans le fichier d\'enquête : '
        "Finistère (29) seulement ; trop peu pour un rang (au moins 3, la collectivité "
        'comprise) ; comparez avec « peers="type" »')
    res = cli("benchmark", "--entity", "29", "--data", five, "--peers", "region")
    assert res.stderr == (
        "barometre : --peers region : départements de la région Bretagne dans le fichier "
        "d'enquête : Finistère (29) seulement ; trop peu pour un rang (au moins 3, la "
        "collectivité comprise) ; comparez avec « --peers type »\n")

    with pytest.raises(bm.UsageError) as err:
        bm.rank(survey, "facebook", peers="region")
    assert err.value.message == ('peers="region" demande entity= (la collectivité dont les '
                                 "pairs sont classés)")
    res = cli("rank", "-p", "facebook", "-d", ENQUETE, "--peers", "region")
    assert res.stderr.splitlines()[-1] == (
        "barometre : --peers region demande --entity (la collectivité dont les pairs sont "
        "classés)")


def test_the_default_peers_advised_name_peers_to_python(all_epci, cli):  # noqa: F811
    """« ou sans --peers : même catégorie » (peers-too-few-default) to bm.benchmark: its
    parameter, peers=, now."""
    from tests.test_epci_default_peers import CC_GRESIVAUDAN

    with pytest.raises(bm.UsageError) as err:
        bm.benchmark(bm.read_survey(all_epci), CC_GRESIVAUDAN, peers="strate")
    assert err.value.message.replace("\u202f", " ").endswith(
        '; comparez avec « peers="region" » ou « peers="type" » ; ou avec peers=None : même '
        "catégorie (communautés de communes)")
    res = cli("benchmark", "--entity", CC_GRESIVAUDAN, "--data", all_epci, "--peers", "strate")
    assert res.stderr.endswith("« --peers type » ; ou sans --peers : même catégorie "
                               "(communautés de communes)\n")


# --------------------------------------------------------------------------- the charts

def test_a_chart_too_large_names_size_and_dpi_as_their_caller_wrote_them(tmp_path, cli):
    """bm.charts.save said « réduisez --size ou --dpi », options a notebook never wrote."""
    fig = bm.charts.adoption(bm.compare("region"), size=(40, 40))
    with pytest.raises(bm.UsageError) as err:
        bm.charts.save(fig, tmp_path / "x.png", dpi=1200)
    assert err.value.message.endswith(" : réduisez size= (le graphique) ou dpi= (save)")
    assert err.value.render("en").endswith(": reduce size= (the chart) or dpi= (save)")
    res = cli("chart", "adoption", "--type", "region", "--size", "40x40", "--dpi", "1200",
              "-o", tmp_path / "x.png")
    assert res.exit_code == 2 and res.stderr.endswith(" : réduisez --size ou --dpi\n")
    assert not (tmp_path / "x.png").exists()
