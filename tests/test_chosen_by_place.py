"""A survey of the intercommunalités of two départements read as a national figure (review
scope16): compare --data said « Facebook 97 % 28/29 IC 95 % : 83–99 % » with « N = 1 254
intercommunalités », the report's Synthèse « 97 % des intercommunalités sur Facebook (n = 30
ayant répondu sur 1 254 ; IC 95 % : 83–99 %) », JSON flags [], and nothing named the places.
A file chosen by place now says so everywhere (flag ``chosen_by_place``, a note naming its
départements and counts), and ``within`` / ``--within`` makes those départements' entities
the base (a census of them when the file holds them all).

Session 29: such a file had kept the type's interval (said « l'intervalle les traite comme un
tirage au hasard … ce qu'elles ne sont pas ») while a file merely mostly in one région lost
its interval (region_design): the more concentrated file kept the interval. Both now have
none: their entities are no draw from France."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.analysis.survey import place_of
from barometre.analysis.stats import wilson_interval
from barometre.render.formats import fmt_ci
from tests.conftest import as_json
from .conftest import write_epci_answers as _write
from barometre.render.excel.cells import typeset

NNBSP = "\u202f"
# the départements most held first (what makes the file chosen by place), « † » as the
# shares are marked, as a file mostly in one région
NOTE = ("† Fichier choisi par lieu : le fichier tient 30 intercommunalités de 2 départements : "
        "Loire-Atlantique (16), Ain (14) ; ce n'est pas un tirage au hasard parmi les "
        f"1{NNBSP}254 de France : ses parts sont celles de ses entités, sans intervalle.")
NOTE_EN = ("† File chosen by place: the file holds 30 intercommunalities from 2 départements: "
           "Loire-Atlantique (16), Ain (14); it is not a random draw among the 1,254 in "
           "France: its shares are those of its entities, with no interval.")
BASE = "intercommunalités de l'Ain et de la Loire-Atlantique"


def _epci():
    return bm.reference.entities("epci")


@pytest.fixture
def two_deps(tmp_path):
    """Every intercommunalité of the Ain (14) and the Loire-Atlantique (16); one Facebook
    answer blank (« ? »), one « Non »."""
    e = _epci()
    codes = sorted(e[e["departement"].isin(["01", "44"])]["code"])
    assert len(codes) == 30
    return _write(tmp_path / "ain_loire_atlantique.csv", codes,
                  lambda i: "?" if i == 3 else "Non" if i == 7 else "Oui")


@pytest.fixture
def spread(tmp_path):
    """40 intercommunalités spread over France: no département holds a quarter of them."""
    return _write(tmp_path / "france.csv", sorted(_epci()["code"])[::31])


def test_compare_says_the_file_was_chosen_by_place(cli, two_deps):
    out = cli("compare", "--data", two_deps, "--type", "epci")
    assert out.exit_code == 0, out.output
    assert NOTE in out.stdout
    # no interval of the type's N (1 254), nor its method, nor « petit effectif » (n = 29)
    # for one: each share marked « † » and its interval « voir † », as a région's file
    table = [line for line in out.stdout.splitlines() if line.startswith("intercommunalité ")]
    assert len(table) == 3 and all("%†" in line and "voir †" in line for line in table)
    assert "IC 95" not in out.stdout and f"N = 1{NNBSP}254" not in out.stdout
    assert "petit effectif" not in out.stdout
    assert "« --within 01,44 » les compte sur les 30 intercommunalités de ces départements" in out.stdout
    en = cli("compare", "--data", two_deps, "--type", "epci", "--lang", "en").stdout
    assert NOTE_EN in en and "see †" in en
    rows = as_json(cli("compare", "--data", two_deps, "--type", "epci", "-f", "json"))
    # the flags trend and changes give such waves too
    assert rows and all(r["flags"] == ["non_random_sample", "chosen_by_place"] for r in rows)
    assert all(r["ci_low"] is None and r["ci_high"] is None and r["ci_kind"] is None
               for r in rows)
    csv = cli("compare", "--data", two_deps, "--type", "epci", "-f", "csv")
    header, first = csv.stdout.splitlines()[:2]
    assert first.split(",")[header.split(",").index("flags")] == "non_random_sample;chosen_by_place"
    assert NOTE in csv.stderr  # beside the rows, as the file's other lines


def test_a_file_spread_over_france_is_not_said_chosen_by_place(cli, spread):
    out = cli("compare", "--data", spread, "--type", "epci")
    assert "choisi par lieu" not in out.stdout and "IC 95" in out.stdout
    rows = as_json(cli("compare", "--data", spread, "--type", "epci", "-f", "json"))
    assert all(r["flags"] == [] for r in rows)
    assert place_of(sorted(_epci()["code"])[::31], "epci") is None


def test_place_of_names_the_departements_and_their_counts():
    e = _epci()
    codes = list(e[e["departement"] == "44"]["code"]) + list(e[e["departement"] == "01"]["code"])
    assert place_of(codes, "epci") == {
        "departements": [["01", 14], ["44", 16]], "n": 30, "total": 1254, "n_within": 30}
    # a few entities spread at random are no place: two of five in one département
    others = [e[e["departement"] == d]["code"].iloc[0] for d in ("01", "33", "69")]
    assert place_of(codes[:2] + others, "epci") is None
    # départements are each their own place: nothing to say
    assert place_of(["01", "44"], "departement") is None


def test_chart_caption_says_the_place(two_deps, tmp_path):
    s = bm.read_survey(two_deps, type="epci")
    fig = bm.charts.adoption(bm.compare_survey(s, "epci"), survey=s)
    cap = fig._supxlabel.get_text().replace("\n", " ")
    assert "Fichier choisi par lieu : le fichier tient 30 intercommunalités de 2 départements" in cap
    assert "Loire-Atlantique (16), Ain (14)" in cap and "sans intervalle" in cap
    # no error bar drawn: the bars alone (an errorbar adds a LineCollection to the axes)
    from matplotlib.collections import LineCollection
    assert not [c for ax in fig.axes for c in ax.collections if isinstance(c, LineCollection)]


def _cells(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_report_says_the_place_in_the_synthese_and_the_method(cli, two_deps, tmp_path):
    out = tmp_path / "rapport.xlsx"
    assert cli("report", "--data", two_deps, "--type", "epci", "-o", out).exit_code == 0
    synth = _cells(out, "Synthèse")
    fb = next(c for c in synth if c.startswith(f"97{NNBSP}%† des intercommunalités sur Facebook"))
    assert typeset(f"(n = 29 ayant répondu sur 1{NNBSP}254 ; sans intervalle ; fichier de 2 "
                   "départements : Loire-Atlantique, Ain)", "fr") in fb
    assert not any("IC 95" in c for c in synth)
    assert any(c.startswith(typeset(NOTE, "fr")) for c in synth)
    method = _cells(out, "Sources et méthode")
    at = method.index("Choix du fichier")
    assert method[at + 1].startswith(typeset(NOTE, "fr"))
    # the intervals' row says there are none, not the method of one unused
    at = method.index("Intervalles")
    assert method[at + 1].startswith("aucun\u00a0: le fichier n'est pas un tirage au hasard")
    ws = openpyxl.load_workbook(out)["Adoption"]
    head = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2, max_row=4, values_only=True))
    assert [r[head.index("Réseau")] for r in rows] == ["Facebook", "Instagram", "au moins un réseau"]
    # no figure with an interval: no « IC 95 % » columns left empty (session 30)
    assert not any("IC 95" in str(h) for h in head)
    assert any(c.startswith(typeset(NOTE, "fr")) for c in _cells(out, "Adoption"))


# --- within: the base is those départements' entities -------------------------------------

def test_within_makes_a_census_of_the_two_departements(cli, two_deps):
    out = cli("compare", "--data", two_deps, "--type", "epci", "--within", "01,44")
    assert out.exit_code == 0, out.output
    assert f"Couverture : 30 sur 30 {BASE}" in out.stdout
    assert "choisi par lieu" not in out.stdout and f"1{NNBSP}254" not in out.stdout
    rows = {r["platform"]: r for r in as_json(cli(
        "compare", "--data", two_deps, "--type", "epci", "--within", "01,44", "-f", "json"))}
    ig = rows["instagram"]
    assert (ig["census"], ig["n_reference"], ig["n_reference_of"], ig["flags"]) == (
        True, 30, "epci:01,44", [])
    assert ig["ci_low"] is None and ig["ci_high"] is None  # their census: no interval
    # Facebook: 29 answered of the 30 (one « ? »), 28 « Oui »: a sample of the 30, N = 30
    fb = rows["facebook"]
    lo, hi = wilson_interval(28 / 29, 29, population=30)
    assert (fb["census"], fb["n_base"], fb["n_present"]) == (False, 29, 28)
    assert (fb["ci_low"], fb["ci_high"]) == (pytest.approx(lo, abs=1e-4), pytest.approx(hi, abs=1e-4))
    # one unknown of 30: the interval is the sure range 28/30–29/30, said so (ci25)
    assert fb["ci_kind"] == "sure"
    assert f"l'ensemble des N (30 {BASE})" in out.stdout and fmt_ci(lo, hi, sure=True) in out.stdout
    en = cli("compare", "--data", two_deps, "--type", "epci", "--within", "1,44", "--lang", "en")
    assert "Coverage: 30 of 30 intercommunalities of Ain and Loire-Atlantique" in en.stdout


def test_within_a_part_of_the_departements_is_a_sample_of_them(tmp_path):
    e = _epci()
    codes = sorted(e[e["departement"].isin(["01", "44"])]["code"])[::2]  # 15 of the 30
    s = bm.read_survey(_write(tmp_path / "half.csv", codes), type="epci")
    a = bm.adoption(s, within=["01", "44"])
    fb = a[a["platform"] == "facebook"].iloc[0]
    assert (fb["n_reference"], bool(fb["census"])) == (30, False)
    lo, hi = wilson_interval(1.0, 15, population=30)
    assert (fb["ci_low"], fb["ci_high"]) == (pytest.approx(lo), pytest.approx(hi))
    assert a.attrs["within"] == {"epci": {"departements": ["01", "44"], "n": 30}}


def test_within_refuses_an_entity_outside_and_names_its_row(cli, two_deps):
    out = cli("compare", "--data", two_deps, "--type", "epci", "--within", "44")
    assert out.exit_code != 0
    err = out.stderr
    assert "--within 44 : 14 entités du fichier hors de ces départements" in err
    # the first intercommunalité of the Ain, on the file's third line (the first is Pontchâteau's)
    assert "CC Rives de l'Ain - Pays du Cerdon (200029999, département 01, ligne 3)" in err
    assert "Traceback" not in out.output
    bad = cli("compare", "--data", two_deps, "--type", "epci", "--within", "4Z")
    assert bad.exit_code != 0 and "« 4Z » n'est pas un code de département" in bad.stderr
    alone = cli("compare", "--type", "epci", "--within", "44")
    assert alone.exit_code != 0 and "--within ne s'applique qu'avec --data" in alone.stderr


def test_within_in_the_chart_and_the_report(cli, two_deps, tmp_path):
    s = bm.read_survey(two_deps, type="epci")
    fig = bm.charts.adoption(bm.compare_survey(s, "epci", within="01,44"), survey=s)
    title = " ".join(t.get_text() for t in fig.texts if t.get_text()).replace("\n", " ")
    cap = fig._supxlabel.get_text().replace("\n", " ")
    assert "intercommunalités de l'Ain et de la Loire-" in title
    assert "choisi par lieu" not in cap and "30 intercommunalités de l'Ain" in cap
    png = tmp_path / "a.png"
    assert cli("chart", "adoption", "--data", two_deps, "--type", "epci", "--within", "01,44",
               "-o", png).exit_code == 0
    out = tmp_path / "rapport.xlsx"
    assert cli("report", "--data", two_deps, "--type", "epci", "--within", "01,44",
               "-o", out).exit_code == 0
    synth = _cells(out, "Synthèse")
    assert f"Périmètre\u00a0: {BASE}" in synth
    assert any(c.startswith(typeset(f"50{NNBSP}% des {BASE} sur Instagram (n = 30 ayant répondu sur "
                                    "30 ; exhaustif)", "fr")) for c in synth)
    assert not any("choisi par lieu" in c for c in synth)
    method = _cells(out, "Sources et méthode")
    assert f"30 {BASE} sur 30 (100{NNBSP}%) avec au moins une réponse" in method


# --- waves chosen by place: trend, changes and the report's Évolution say it too -----------

@pytest.fixture
def two_deps_waves(tmp_path):
    """The same 30 intercommunalités read twice (2024, 2025): a file chosen by place."""
    e = _epci()
    codes = sorted(e[e["departement"].isin(["01", "44"])]["code"])
    rows = [f"{c};{'Non' if i % 3 == 0 else 'Oui'};Non;15/10/2024\n"
            f"{c};Oui;{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(codes)]
    path = tmp_path / "ain_loire_atlantique_vagues.csv"
    path.write_text("SIREN;Facebook;Instagram;Date du relevé\n" + "".join(rows), encoding="utf-8")
    return path


WAVE_NOTE = ("† Vague du 15/10/2025 : fichier choisi par lieu, il tient 30 intercommunalités "
             "de 2 départements : Loire-Atlantique (16), Ain (14) ; ce n'est pas un "
             f"échantillon tiré au hasard des 1{NNBSP}254 intercommunalités")


def test_trend_gives_no_interval_to_waves_chosen_by_place(cli, two_deps_waves):
    out = cli("trend", "--data", two_deps_waves, "--type", "epci")
    assert out.exit_code == 0, out.output
    rows = [line for line in out.stdout.splitlines() if line.startswith(("Facebook", "Instagram"))]
    assert len(rows) == 4 and all("%†" in r and "voir †" in r for r in rows)
    # the waves' note under the table, on stdout with it (s32: was stderr): one for both
    # waves, of one place (session 30: one per wave, their date alone differing)
    assert WAVE_NOTE.replace("Vague du 15/10/2025", "Chaque vague") in out.stdout
    assert out.stdout.count("fichier choisi par lieu") == 1 and "IC 95" not in out.output
    assert "fichier choisi par lieu" not in out.stderr
    assert "petit effectif" not in out.stdout  # no interval to read wide
    data = as_json(cli("trend", "--data", two_deps_waves, "--type", "epci", "-f", "json"))
    assert data and all(r["ci_low"] is None and "chosen_by_place" in r["flags"] for r in data)
    # a --within of those départements: their census, each wave exact, nothing marked
    within = as_json(cli("trend", "--data", two_deps_waves, "--type", "epci", "--within",
                         "01,44", "-f", "json"))
    assert all(r["flags"] == [] if "flags" in r else True for r in within)
    assert {r["census"] for r in within if r["platform"] == "instagram"} == {True}


def test_changes_gives_no_test_to_waves_chosen_by_place(cli, two_deps_waves):
    out = cli("changes", "--data", two_deps_waves, "--type", "epci")
    assert out.exit_code == 0, out.output
    assert ("† Vagues choisies par lieu : les entités comparées sont 30 intercommunalités de 2 "
            "départements : Loire-Atlantique (16), Ain (14)") in out.stdout  # s32: was stderr
    assert "« barometre changes --within 01,44 » en fait la base." in out.stdout
    assert "†" not in out.stderr
    data = as_json(cli("changes", "--data", two_deps_waves, "--type", "epci", "-f", "json"))
    assert data and all(r["p_value"] is None for r in data)
    # the same waves spread over France keep their test
    e = _epci()
    assert place_of(sorted(e["code"])[::31], "epci") is None


def test_report_evolution_marks_the_waves_chosen_by_place(cli, two_deps_waves, tmp_path):
    out = tmp_path / "rapport.xlsx"
    assert cli("report", "--data", two_deps_waves, "--type", "epci", "-o", out).exit_code == 0
    evolution = _cells(out, "Évolution")
    # the two waves of one place: one note, as trend's (session 31; was one per wave)
    notes = [c for c in evolution if c.startswith("†")]
    assert len(notes) == 1 and notes[0].startswith(typeset(
        WAVE_NOTE.replace("Vague du 15/10/2025", "Chaque vague"), "fr"))


def test_trend_chart_says_the_place_in_words(two_deps_waves):
    import matplotlib.pyplot as plt

    w = bm.read_waves(two_deps_waves, type="epci")
    fig = bm.charts.wave_trend(bm.wave_trend(w, type="epci"))
    cap = " ".join(t.get_text() for t in fig.texts).replace("\n", " ")
    cap += " " + (fig._supxlabel.get_text().replace("\n", " ") if fig._supxlabel else "")
    assert "fichier choisi par lieu, il tient 30 intercommunalités" in cap
    # a chart's reader has no command line: the option said in words
    assert "comptées sur les entités de ses départements" in cap and "--within" not in cap
    plt.close(fig)


def test_changes_tests_the_place_of_the_entities_compared(cli, two_deps_waves, tmp_path):
    """A 2024 wave spread over France beside the two départements, a 2025 wave of those
    alone (review 29): the entities compared are those of the two départements, no test."""
    e = _epci()
    place = sorted(e[e["departement"].isin(["01", "44"])]["code"])
    spread = [c for c in sorted(e["code"])[::31] if c not in place][:41]
    rows = [f"{c};{'Oui' if i % 3 else 'Non'};Non;15/10/2024" for i, c in enumerate(spread + place)]
    rows += [f"{c};{'Oui' if i % 4 else 'Non'};Oui;15/10/2025" for i, c in enumerate(place)]
    f = tmp_path / "mixed.csv"
    f.write_text("SIREN;Facebook;Instagram;Date du relevé\n" + "\n".join(rows) + "\n",
                 encoding="utf-8")
    data = as_json(cli("changes", "--data", f, "--type", "epci", "-f", "json"))
    assert {r["n_paired"] for r in data} == {30}
    assert all(r["p_value"] is None for r in data)


def test_a_quarter_in_one_departement_leads_its_note(tmp_path, cli):
    """12 intercommunalités of the Ain beside 31 spread over France: the Ain named first,
    no --within hint (31 départements are no base of this file)."""
    e = _epci()
    ain = sorted(e[e["departement"] == "01"]["code"])[:12]
    spread = sorted(e[e["departement"] != "01"]["code"])[::40]
    f = _write(tmp_path / "quart.csv", ain + spread)
    out = cli("compare", "--data", f, "--type", "epci").stdout
    assert f"le fichier tient {len(ain) + len(spread)} intercommunalités de " in out
    assert "départements : Ain (12), " in out and "--within" not in out
    one = _write(tmp_path / "ain.csv", sorted(e[e["departement"] == "01"]["code"]))
    said = cli("compare", "--data", one, "--type", "epci").stdout
    assert "le fichier tient 14 intercommunalités d'un seul département : Ain (14)" in said
