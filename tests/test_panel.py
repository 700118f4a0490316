"""A file that is a panel chosen by hand (panel17): 14 communautés d'agglomération picked as a
communicator's peers read as a random sample of the 230 CA in France — compare --data and the
report's Synthèse said « 100 % des communautés d'agglomération sur Facebook (n = 14 ayant
répondu sur 230 ; IC 95 % : 79–100 % (CA)) », the chart's whiskers « intervalle … de la part
sur l'ensemble des 230 communautés d'agglomération ». ``panel=True`` / ``--panel`` makes the
file's entities the base (a census of the panel when all answered, a sample of it with FPC
on its N otherwise, never the type's in France); without it, a file of a small part of its
type says its interval assumes a random draw and points to ``--panel``."""

from __future__ import annotations

import datetime
import random

import openpyxl
import pytest

import barometre as bm
from barometre.analysis.stats import wilson_interval
from barometre.analysis.survey import compare_survey
from barometre.render.formats import fmt_ci
from tests.conftest import as_json
from barometre.render.excel.cells import typeset

NNBSP = "\u202f"
BASE = "14 communautés d'agglomération du panel"
# in words on a chart and in the report (rvcom19: no CLI option for a slide or a DGS)
DRAW = ("tirage au hasard supposé : si les entités ont été choisies, les chiffres ne valent "
        "que pour elles")


def _fill(template, out, keep, blanks=()):
    """The template filled as a communicator would (seeded): Facebook « Oui » for all,
    Instagram « Oui » or « Non »; the rows not kept deleted; ``blanks``: codes whose
    Instagram answer is left blank (in a column with « Non »: not answered)."""
    rng = random.Random(17)
    wb = openpyxl.load_workbook(template)
    ws = wb["Enquête"]
    hdr = [c.value for c in ws[1]]
    drop = []
    for i, row in enumerate(ws.iter_rows(min_row=2), start=2):
        code = str(row[0].value)
        if code not in keep:
            drop.append(i)
            continue
        for j, h in enumerate(hdr):
            if h and str(h).endswith("présence"):
                net = str(h).split(" - ")[0]
                yes = net == "Facebook" or (keep.index(code) % 4 != 1)
                if net != "Facebook" and code in blanks:
                    continue
                row[j].value = "Oui" if yes else "Non"
                if yes:
                    row[j + 2].value = int(rng.lognormvariate(8, 0.6))
                    row[j + 1].value = f"https://www.{net.lower()}.com/x{code}"

                row[j + 3].value = datetime.datetime(2026, 11, 16)
    for i in reversed(drop):
        ws.delete_rows(i)
    wb.save(out)
    return out


@pytest.fixture(scope="module")
def panel_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("panel")
    template = bm.write_template(d / "ca.xlsx", "communauté d'agglomération",
                                 platforms=["facebook", "instagram"])
    e = bm.reference.entities("epci")
    keep = sorted(random.Random(7).sample(sorted(e[e["kind"] == "CA"]["code"]), 14))
    full = _fill(template, d / "ca-pairs.xlsx", keep)
    blank = _fill(template, d / "ca-pairs-blanks.xlsx", keep, blanks=keep[:2])
    return full, blank, keep


def _cells(path, sheet):
    ws = openpyxl.load_workbook(path)[sheet]
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_compare_panel_is_a_census_of_the_panel(cli, panel_files):
    full, _, _ = panel_files
    out = cli("compare", "--data", full, "--type", "epci", "--panel")
    assert out.exit_code == 0, out.output
    assert f"Couverture : 14 sur {BASE}" in out.stdout
    assert "exhaustif" in out.stdout and "IC 95" not in out.stdout
    assert "230" not in out.stdout and "tirage au hasard" not in out.stdout
    rows = {r["platform"]: r for r in as_json(cli(
        "compare", "--data", full, "--type", "epci", "--panel", "-f", "json"))}
    fb, ig = rows["facebook"], rows["instagram"]
    assert (fb["census"], fb["n_reference"], fb["n_reference_of"], fb["base"]) == (
        True, 14, "epci:panel:CA", BASE)
    # the panel's census: no interval (was the share twice)
    assert fb["share"] == 1.0 and fb["ci_low"] is None and fb["ci_high"] is None
    assert ig["census"] and ig["ci_low"] is None and ig["ci_high"] is None
    assert "design" not in fb and fb["coverage"] == 1.0
    en = cli("compare", "--data", full, "--type", "epci", "--panel", "--lang", "en").stdout
    assert "the 14 communautés d'agglomération of the panel" in en and "census" in en


def test_panel_with_blanks_is_a_sample_of_the_panel(panel_files):
    _, blank, _ = panel_files
    s = bm.read_survey(blank)
    a = bm.adoption(s, panel=True)
    ig = a[a["platform"] == "instagram"].iloc[0]
    assert (int(ig["n_base"]), int(ig["n_reference"]), bool(ig["census"])) == (12, 14, False)
    lo, hi = wilson_interval(ig["share"], 12, population=14)
    assert (ig["ci_low"], ig["ci_high"]) == (pytest.approx(lo), pytest.approx(hi))
    assert ig["base"] == f"12 des {BASE}"
    assert a.attrs["panel"] == {"epci": {"n": 14, "kinds": ["CA"]}}
    from barometre.render.views import adoption_table

    table = adoption_table(compare_survey(s, panel=True))
    # 2 unknown of 14: the interval reached k/14–(k + 2)/14, a sure range said so (ci25)
    assert ig["ci_kind"] == "sure"
    assert "N (14 communautés d'agglomération du panel)" in table
    assert fmt_ci(lo, hi, sure=True) in table


def test_panel_refuses_within_vs_and_no_data(cli, panel_files):
    full, _, _ = panel_files
    both = cli("compare", "--data", full, "--type", "epci", "--panel", "--within", "64")
    assert both.exit_code != 0 and "--panel ne se combine pas avec --within" in both.stderr
    assert "Traceback" not in both.output
    alone = cli("compare", "--type", "epci", "--panel")
    assert alone.exit_code != 0 and "--panel ne s'applique qu'avec --data" in alone.stderr
    from barometre.domain.errors import UsageError

    with pytest.raises(UsageError):
        compare_survey(bm.read_survey(full), "epci", vs="metropole", panel=True)


def test_without_panel_the_interval_says_it_assumes_a_random_draw(cli, panel_files, tmp_path):
    full, _, keep = panel_files
    out = cli("compare", "--data", full, "--type", "epci").stdout
    assert ("Les intervalles supposent un tirage au hasard des entités du fichier (14 sur 230 "
            "communautés d'agglomération) ; pour un panel choisi à la main, --panel") in out
    s = bm.read_survey(full)
    fig = bm.charts.adoption(compare_survey(s), survey=s)
    cap = fig._supxlabel.get_text().replace("\n", " ")
    assert f"l'ensemble des 230 communautés d'agglomération ; {DRAW}" in cap
    rep = tmp_path / "rapport.xlsx"
    assert cli("report", "--data", full, "--entity", keep[0], "-o", rep).exit_code == 0
    fb = next(c for c in _cells(rep, "Synthèse")
              if c.startswith(f"100{NNBSP}% des communautés d'agglomération sur Facebook"))
    # two words on the line, the sentence once under the key figures (not on every line)
    assert typeset("(n = 14 ayant répondu sur 230 ; IC 95", "fr") in fb and "; tirage au hasard supposé)" in fb
    assert any(c.startswith("Les intervalles supposent un tirage au hasard des entités du "
                            "fichier (14 sur 230") for c in _cells(rep, "Synthèse"))
    assert any("Les intervalles supposent un tirage au hasard" in c for c in _cells(rep, "Adoption"))


def test_panel_in_the_chart_and_the_report(cli, panel_files, tmp_path):
    full, _, keep = panel_files
    s = bm.read_survey(full)
    fig = bm.charts.adoption(compare_survey(s, panel=True), survey=s)
    title = " ".join(t.get_text() for t in fig.texts if t.get_text()).replace("\n", " ")
    cap = fig._supxlabel.get_text().replace("\n", " ")
    assert BASE in title and f"Base : {BASE} (exhaustif)" in cap
    assert "230" not in cap and "Traits" not in cap
    png = tmp_path / "a.png"
    assert cli("chart", "adoption", "--data", full, "--panel", "-o", png).exit_code == 0
    assert png.stat().st_size > 0
    rep = tmp_path / "rapport.xlsx"
    out = cli("report", "--data", full, "--entity", keep[0], "--panel", "-o", rep)
    assert out.exit_code == 0, out.output
    synth = _cells(rep, "Synthèse")
    assert typeset(f"Périmètre : {BASE}", "fr") in synth
    assert any(c.startswith(typeset(f"100{NNBSP}% des {BASE} sur Facebook (n = 14 ayant répondu "
                                    "sur 14 ; exhaustif)", "fr")) for c in synth)
    # no share extrapolated to the 230 (the benchmark's peers line may say how many in France)
    assert not any(("230" in c and not c.startswith(typeset("Pairs :", "fr"))) or "tirage au hasard" in c
                   for c in synth)
    assert BASE in _cells(rep, "Adoption")
    method = _cells(rep, "Sources et méthode")
    assert any(f"N = {BASE}" in c for c in method)
    assert f"14 communautés d'agglomération du panel sur 14 (100{NNBSP}%) avec au moins une réponse" in method
