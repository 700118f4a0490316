"""What the published figures are said to be of, and from which study (fact-check pub18a).

1. A figure of type ``all`` on a part of the collectivités (Ideose's 64 % of the régions,
   départements and villes préfectures; Edgar Quinet's 38 % of 50 grandes villes, 100
   départements and 26 régions) is named by its base, never « l'ensemble des collectivités ».
2. compare's rows of another source than most (another study and month, the same year) are
   marked « ≠ » and said with their source's date; the report's key figures name each source
   when they come from several.
3. compare says the other figures of the shown types and year that it leaves out.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

NN = "\u202f"


def _table_rows(out: str) -> list[str]:
    lines = out.splitlines()
    return lines[2:lines.index("")]  # below the header and its rule, above the sources


def _cells(path, sheet: str | None = None) -> list[list]:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    return [[c.value for c in row] for row in ws.iter_rows()]


def _lines(path) -> list[str]:
    return [r[0] for r in _cells(path) if isinstance(r[0], str)]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    d = tmp_path_factory.mktemp("labels")
    runs = {"ideose": ("--year", "2015", "--source", "ideose"),
            "ideose_en": ("--year", "2015", "--source", "ideose", "--lang", "en"),
            "all2012": ("--type", "all", "--year", "2012")}
    out = {}
    for name, args in runs.items():
        path = d / f"{name}.xlsx"
        result = CliRunner().invoke(app, ["report", *args, "-o", str(path)])
        assert result.exit_code == 0, result.output
        out[name] = path
    return out


# 1. a part of the collectivités, named by its base

def test_compare_names_a_partial_aggregate_by_its_base(cli):
    out = cli("compare", "--type", "all", "--year", "2015").stdout
    rows = _table_rows(out)
    assert rows[0].startswith(f"régions, départements et villes préfectures  Facebook  2015    64{NN}%")
    assert not any(r.startswith("ensemble des collectivités") for r in rows)
    en = cli("compare", "--type", "all", "--year", "2015", "--lang", "en").stdout
    assert _table_rows(en)[0].startswith("regions, départements and prefecture cities  Facebook")


def test_compare_left_out_names_the_base(cli):
    out = cli("compare", "--type", "region", "--year", "2015").stdout
    assert ("Non comparés (autre mesure ou autres réseaux ; --all-sources pour les voir) : "
            "grandes villes (Facebook) ; régions, départements et villes préfectures "
            "(Facebook).") in out.splitlines()


def test_a_figure_of_every_collectivite_keeps_its_name(cli):
    """OST 2022: 13,7 % of every collectivité (base family « ensemble des collectivités »),
    53 % of those but villages: each named by what it is of."""
    out = cli("compare", "--type", "all", "--year", "2022", "--source", "ost-2023").stdout
    assert _table_rows(out)[0].startswith("collectivités hors villages de moins de 2 000 habitants")
    assert ("Autres chiffres de 2022 de plusieurs types ensemble (1) : Observatoire socialmedia des "
            "territoires / Swello, 2023 (chiffres de 2022) (ensemble des collectivités : au moins "
            f"un réseau 13,7{NN}%) — --all-sources pour les voir côte à côte.") in out.splitlines()


def test_report_key_figure_and_table_say_the_base(reports):
    lines = _lines(reports["ideose"])
    assert (f"64{NN}% des régions, départements et villes préfectures sur Facebook — Ideose, "
            "octobre 2015") in lines
    assert not any("ensemble des collectivités sur" in t for t in lines)
    heads = next(r for r in _cells(reports["ideose"]) if r[0] == "Réseau")
    assert "Régions, départements et villes préfectures" in heads
    assert "Ensemble des collectivités" not in heads
    facebook = next(r for r in _cells(reports["ideose"]) if r[0] == "Facebook")
    assert facebook[heads.index("Régions, départements et villes préfectures")] == 0.64
    # the Adoption sheet's Type too
    adoption = _cells(reports["ideose"], "Adoption")
    assert any(r[0] == "régions, départements et villes préfectures" and r[3] == 0.64
               for r in adoption)
    en = _lines(reports["ideose_en"])
    assert ("64% of regions, départements and prefecture cities on Facebook — Ideose, "
            "October 2015") in en


def test_report_all_2012_says_176_of_which(reports):
    lines = _lines(reports["all2012"])
    assert any(t.startswith(f"38{NN}% des 50 grandes villes, 100 départements et 26 régions sur "
                            "X (ex-Twitter) (n = 176) — Institut Edgar Quinet, mars 2013") for t in lines)


def test_chart_legend_names_the_base():
    fig = bm.charts.adoption(bm.compare("all", year=2015))
    # (a long name wraps over two lines in the legend: its words, not its line breaks)
    legend = [" ".join(t.get_text().split()) for t in fig.axes[0].get_legend().get_texts()]
    assert legend[0] == "régions, départements et villes préfectures"
    assert "ensemble des collectivités" not in legend
    fig = bm.charts.adoption(bm.compare("all", year=2015), lang="en")
    assert " ".join(fig.axes[0].get_legend().get_texts()[0].get_text().split()) == \
        "regions, départements and prefecture cities"


# 2. another study, another month, the same year: marked

def test_compare_marks_the_row_of_another_source(cli):
    c = bm.compare("all", year=2012)
    assert c.attrs["reference_source"] == "edgar-quinet-2012-3"
    assert list(c["differs"]) == ["other_source", "", "", ""]
    out = cli("compare", "--type", "all", "--year", "2012").stdout
    rows = _table_rows(out)
    assert "38 %≠" in rows[0].replace(NN, " ")
    assert not any("%≠" in r.replace(NN, " ") for r in rows[1:])  # the share's mark
    assert ("≠ autre source que le reste du tableau (Institut Edgar Quinet, octobre 2012 "
            "[edgar-quinet-2012-3]) : 50 grandes villes, 100 départements et 26 régions "
            "X (ex-Twitter) — Institut Edgar Quinet, mars 2013 (chiffres de 2012) "
            "[edgar-quinet-2013-3].") in out.splitlines()
    en = cli("compare", "--type", "all", "--year", "2012", "--lang", "en").stdout
    assert ("≠ another source than the rest of the table (Institut Edgar Quinet, October 2012 "
            "[edgar-quinet-2012-3]): 50 large cities, 100 départements and 26 regions "
            "X (formerly Twitter) — Institut Edgar Quinet, March 2013 (2012 figures) "
            "[edgar-quinet-2013-3].") in en.splitlines()


def test_one_source_no_mark(cli):
    out = cli("compare", "--type", "region", "--year", "2015").stdout
    assert "≠" not in out


def test_report_key_figures_name_each_source(reports):
    lines = _lines(reports["all2012"])
    keys = [t for t in lines if " — Institut Edgar Quinet, " in t]
    assert len(keys) == 4
    assert keys[0].endswith("mars 2013 (chiffres de 2012) [edgar-quinet-2013-3]")
    # compare's other 2012 figures of these types (Adverbia, Informer autrement…), said (pub27)
    assert all(k.endswith(typeset("octobre 2012 [edgar-quinet-2012-3] ; autres sources : voir Sources et "
                                  "méthode", "fr")) for k in keys[1:])
    assert typeset("Chiffres clés de 2 sources (études et dates différentes, l'identifiant après chaque "
                   "chiffre) : à ne pas lire comme une seule mesure ; voir Sources et méthode.", "fr") in lines
    # one source: no id, no such line
    assert not any("Chiffres clés de" in t and "sources" in t for t in _lines(reports["ideose"]))
    assert not any(t.endswith("[ideose-2015]") for t in _lines(reports["ideose"]))


# 3. the other readings of the same type and year, said

def test_compare_says_the_other_figures_of_the_year(cli):
    out = cli("compare", "--type", "region", "--year", "2015")
    lines = out.stdout.splitlines()
    assert (f"Autres chiffres de 2015 pour les régions (2) : Ideose, fin 2015 (Facebook 89{NN}%, "
            f"X (ex-Twitter) 81{NN}%) — --all-sources pour les voir côte à côte.") in lines
    en = cli("compare", "--type", "region", "--year", "2015", "--lang", "en").stdout
    assert ("Other 2015 figures for regions (2): Ideose, late 2015 (Facebook 89%, "
            "X (formerly Twitter) 81%) — --all-sources shows them side by side.") in en.splitlines()
    # the table itself unchanged: Ideose's October figures only, and the CSV the same rows
    assert len(_table_rows(out.stdout)) == 6
    csv = cli("compare", "--type", "region", "--year", "2015", "--format", "csv").stdout
    assert "ideose-2015-3" not in csv and len(csv.strip().splitlines()) == 7
    # shown side by side: said no more
    assert "Autres chiffres" not in cli("compare", "--type", "region", "--year", "2015",
                                        "--all-sources").stdout


def test_compare_2012_names_every_other_reading(cli):
    lines = cli("compare", "--type", "region", "--year", "2012").stdout.splitlines()
    (line,) = [t for t in lines if t.startswith("Autres chiffres de 2012 pour les régions")]
    assert line.startswith("Autres chiffres de 2012 pour les régions (7) : ")
    # Adverbia's 55 %: 12/22 only, no census of the régions named (pub28b)
    for said in (f"Adverbia, 2012 (Facebook 70{NN}%, X (ex-Twitter) 55{NN}%≈)",
                 f"Informer autrement, février 2012 (Facebook 69{NN}%, X (ex-Twitter) 54{NN}%)",
                 f"Institut Edgar Quinet, mai 2012 (Facebook 80{NN}%≈, X (ex-Twitter) 60{NN}%≈)"):
        assert said in line
    # the marks of those figures are explained too (≈: a base no count gives)
    assert any(t.startswith("≈ (n inconnu)") for t in lines)
    assert any(t.startswith("Autres chiffres de 2012 pour les départements (5)") for t in lines)
