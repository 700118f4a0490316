"""r36: the report's notes and printed pages a manager meets (user review, session 35).

Files: tests/files/r36/metro-ok.xlsx (the 22 métropoles, barometre's template filled in with
SYNTHETIC counts: Facebook, X and Instagram without any « Non », 5 blank presence cells) and
vp-filled.xlsx (the 101 villes préfectures, the same way).

1. Sources et méthode « Réponses vides » said the default rule (« compte comme absente quand
   les réponses du réseau ne contiennent aucun « Non » ») under ``--blank unknown`` or
   ``--blank absent`` too: it says the rule applied, as validate does (« comme demandé »).
2. The Benchmark sheet with its peers listed (``--peers strate``) had no fit-to-width and no
   repeated header: its columns H to P printed after six pages of lists.
3. A shared rank « 21 (ex aequo) » in the Benchmark's 8-wide Rang column printed « ### ».
4. Every survey report's Synthèse named « la feuille « Évolution » », which it has not.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

from .conftest import FILES

METRO = FILES / "r36" / "metro-ok.xlsx"
VP = FILES / "r36" / "vp-filled.xlsx"

BLANKS = {  # Sources et méthode « Réponses vides », per rule asked and language
    ("unknown", "fr"): (
        "une case de présence vide (ni réponse, ni compte, ni abonnés) compte comme « non "
        "renseignée », comme demandé (--blank unknown), quelles que soient les autres réponses "
        "du réseau : la collectivité sort de la base de ce réseau (hors base : Facebook : 1 ; "
        "X (ex-Twitter) : 3 ; Instagram : 1)"),
    ("unknown", "en"): (
        "a blank presence cell (no answer, no account, no followers) counts as “not "
        "answered”, as asked (--blank unknown), whatever the platform's other answers: the "
        "authority leaves the base of that platform (left out: Facebook: 1; X (formerly "
        "Twitter): 3; Instagram: 1)"),
    ("absent", "fr"): (
        "une case de présence vide (ni réponse, ni compte, ni abonnés) compte comme absente, "
        "comme demandé (--blank absent), quelles que soient les autres réponses du réseau ; "
        "sauf pour un réseau sans aucune réponse dans un fichier (ou, dans un fichier de "
        "plusieurs vagues, à une vague), non relevé : elle y est « non renseignée » et la "
        "collectivité sort de la base de ce réseau (aucune collectivité hors base)"),
    ("absent", "en"): (
        "a blank presence cell (no answer, no account, no followers) counts as absent, as "
        "asked (--blank absent), whatever the platform's other answers; except for a platform "
        "without any answer in a file (or, in a file of several waves, at a wave), not "
        "surveyed: there it is “not answered” and the authority leaves the base of that "
        "platform (no authority left out of the base)"),
}


def _row(path, label):
    ws = openpyxl.load_workbook(path).worksheets[-1]
    return next(r[1] for r in ws.iter_rows(values_only=True) if r[0] == label)


@pytest.mark.parametrize("rule", ["unknown", "absent"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_blank_answers_say_the_rule_asked(cli, tmp_path, rule, lang):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", METRO, "--blank", rule, "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.output
    said = _row(out, "Réponses vides" if lang == "fr" else "Blank answers")
    assert said == typeset(BLANKS[rule, lang], lang)
    # the file's Facebook, X and Instagram hold no « Non »: the default rule's words are
    # not said of them
    assert "aucun « Non »" not in said and "hold no" not in said
    # as validate says the same cells for the same option
    shown = cli("validate", METRO, "--blank", rule, "--lang", lang).stdout
    asked = "comme demandé" if lang == "fr" else "as asked"
    assert f"{asked} (--blank {rule})" in shown
    assert f"{asked} (--blank {rule})" in said


def test_blank_answers_in_python_name_the_parameter(tmp_path):
    s = bm.read_survey(METRO, blank="unknown")
    out = bm.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s)
    assert 'comme demandé (blank="unknown")' in _row(out, "Réponses vides")


def test_blank_answers_default_rule_kept(cli, tmp_path):
    """Without --blank the columns decide: the default rule is said, as before."""
    one = tmp_path / "one.csv"
    one.write_text("Code;Département;Facebook;Instagram;Date du relevé\n"
                   "01;Ain;Oui;Oui;14/10/2025\n02;Aisne;Oui;Non;14/10/2025\n"
                   "03;Allier;Oui;;14/10/2025\n04;Alpes-de-Haute-Provence;;Oui;14/10/2025\n",
                   encoding="utf-8")
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", one, "-o", out).exit_code == 0
    said = _row(out, "Réponses vides")
    assert said.startswith(typeset(
        "une case de présence vide (ni réponse, ni compte, ni abonnés) compte comme absente "
        "quand les réponses du réseau ne contiennent aucun « Non »", "fr"))
    assert said.endswith(typeset("(hors base : Instagram : 1)", "fr"))
    assert "comme demandé" not in said


@pytest.fixture(scope="module")
def vp_report(tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    out = tmp_path_factory.mktemp("r36") / "vp.xlsx"
    res = CliRunner().invoke(app, ["report", "--data", str(VP), "--blank", "unknown",
                                   "--entity", "Rennes", "--peers", "strate", "-o", str(out)])
    assert res.exit_code == 0, res.output
    return out


def test_benchmark_with_peer_lists_prints_one_page_wide(vp_report):
    ws = openpyxl.load_workbook(vp_report)["Benchmark"]
    assert ws.max_column >= 16  # through the « Année des relevés comparés » column (P)
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    # the peers' lists' header on every page after the first list, the lists' columns
    lists = [c.row for c in ws["A"] if c.value == "Rang"]
    assert len(lists) == 5  # Facebook, X, Instagram, LinkedIn, TikTok (19 ranked)
    assert ws.print_title_rows == f"${lists[0]}:${lists[0]}"
    assert [ws.cell(lists[0], c).value for c in range(1, 6)] == [
        "Rang", "Code", "Nom", "Abonnés", "Population"]
    # the notes under the table wrapped within the printed width (merged over its columns)
    notes = [m for m in ws.merged_cells.ranges if m.min_row < lists[0]]
    assert notes and all(m.max_col <= ws.max_column for m in notes)


def test_metro_benchmark_keeps_its_print_settings(cli, tmp_path):
    out = tmp_path / "m.xlsx"
    res = cli("report", "--data", METRO, "--blank", "unknown", "--entity", "Rennes", "-o", out)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["Benchmark"]
    assert ws.page_setup.fitToWidth == 1 and ws.print_title_rows == "$3:$3"


def _shown_width(cell) -> int:
    """Characters a rank cell shows: the number, then its format's quoted suffix."""
    fmt = cell.number_format
    suffix = fmt[fmt.index('"') + 1:fmt.rindex('"')] if '"' in fmt else ""
    return len(str(cell.value)) + len(suffix)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_shared_rank_fits_its_column(cli, tmp_path, lang):
    out = tmp_path / "m.xlsx"
    res = cli("report", "--data", METRO, "--blank", "unknown", "--entity", "Rennes", "-o", out,
              "--lang", lang)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["Benchmark"]
    tied = [c for row in ws.iter_rows() for c in row if isinstance(c.value, int)
            and ("aequo" in c.number_format or "tied" in c.number_format)]
    assert tied, "LinkedIn's rank 21 is shared (Dijon Métropole)"
    assert any(c.value == 21 for c in tied)
    for c in tied:  # « 21 (ex aequo) »: 14 characters, in a column wide enough (was 8: « ### »)
        assert ws.column_dimensions[c.column_letter].width >= _shown_width(c) + 1, c.coordinate


def test_peer_lists_shared_ranks_fit(vp_report):
    ws = openpyxl.load_workbook(vp_report)["Benchmark"]
    tied = [c for row in ws.iter_rows() for c in row if "aequo" in c.number_format
            and c.value is not None]
    for c in tied:
        assert ws.column_dimensions[c.column_letter].width >= _shown_width(c) + 1, c.coordinate


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_note_names_a_sheet_the_workbook_lacks(cli, tmp_path, lang):
    out = tmp_path / "m.xlsx"
    res = cli("report", "--data", METRO, "--blank", "unknown", "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    trend = "Évolution" if lang == "fr" else "Trend"
    assert trend not in wb.sheetnames
    texts = [v for ws in wb for row in ws.iter_rows(values_only=True) for v in row
             if isinstance(v, str)]
    assert not [t for t in texts if f"« {trend} »" in t or f"“{trend}”" in t]
    published = [t for t in texts if "ceux des baromètres publiés sur les" in t
                 or "the published barometers' figures on the" in t]
    assert len(published) == 2  # Synthèse and Sources et méthode
    said = ("ni à côté des chiffres clés, ni dans une autre feuille" if lang == "fr"
            else "neither beside the key figures nor in any other sheet")
    assert all(typeset(said, lang) in t for t in published)


def test_a_report_with_a_trend_sheet_still_names_it(cli, tmp_path):
    from .test_review33_report_wording import _waves

    a, b = _waves(tmp_path)
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", a, "--data", b, "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)
    assert "Évolution" in wb.sheetnames
    summary = [v for row in wb["Synthèse"].iter_rows(values_only=True) for v in row
               if isinstance(v, str) and v.startswith("Chiffres publiés")]
    assert summary and typeset("(ni dans la feuille « Évolution », ni à côté des chiffres clés)",
                               "fr") in summary[0]


def test_blank_answers_of_several_files_say_the_rule_asked(cli, tmp_path):
    """Two waves (read_waves): the rule asked reaches the report too."""
    from .test_review33_report_wording import _waves

    a, b = _waves(tmp_path)
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", a, "--data", b, "--blank", "absent", "-o", out)
    assert res.exit_code == 0, res.output
    assert _row(out, "Réponses vides") == typeset(BLANKS["absent", "fr"], "fr")
