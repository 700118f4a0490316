"""flag18: a count that the reader questions (validate's count-above-population,
count-outlier) is marked where it is shown or ranked — rank (text, chart's footnote,
CSV/JSON ``followers_questioned``), benchmark (its own line, its peers counted), changes (a
growth from or to it) and the report — never dropped nor changed."""

from __future__ import annotations

import csv
import io
import json
import re

import openpyxl
import pytest

import barometre as bm
from barometre import reference

NNBSP = "\u202f"


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def deps(tmp_path):
    """Every département with about 2 to 3 followers per 100 inhabitants, the Rhône's
    « 1,2 M » typed for « 1,2 k »: 1 200 000 for its council's 478 313 inhabitants."""
    ents = reference.entities("departement")
    lines = ["Code département;Département;Facebook;Abonnés Facebook"]
    for i, (code, name, pop) in enumerate(zip(ents["code"], ents["name"], ents["population"])):
        lines.append(f"{code};{name};Oui;"
                     + ("1,2 M" if code == "69" else str(int(pop * (20 + i % 10) / 1000))))
    return _write(tmp_path / "deps.csv", lines)


def _epci(n=30):
    e = reference.entities("epci")
    e = e[e["population"] > 60_000].sort_values("code").head(n)
    return list(zip(e["code"], e["name"], e["population"]))


@pytest.fixture
def epci_waves(tmp_path):
    """Two waves of 30 EPCI at about 20 followers per 1 000 inhabitants; in the second,
    the first EPCI at 500 per 1 000 (below its population, 25 times the file's median:
    count-outlier)."""
    ents = _epci()
    head = "Code;Nom;Facebook;Abonnés Facebook;Date"
    old = [head] + [f"{c};{n};Oui;{int(p * 0.02)};2024-10-15" for c, n, p in ents]
    new = [head] + [f"{c};{n};Oui;{int(p * (0.5 if k == 0 else 0.021))};2025-10-15"
                    for k, (c, n, p) in enumerate(ents)]
    return (_write(tmp_path / "epci-2024.csv", old), _write(tmp_path / "epci-2025.csv", new),
            ents[0])


def test_the_frame_keeps_the_questioned_count(deps):
    df = bm.read_survey(deps, type="departement")
    assert df["followers_questioned"].dtype == bool
    assert df.loc[df["followers_questioned"], "code"].tolist() == ["69"]
    assert df.set_index("code").loc["69", "followers"] == 1_200_000  # never changed


def test_rank_marks_the_value_and_names_the_check(deps, cli):
    out = cli("rank", "-p", "facebook", "-d", deps, "--type", "departement", "--top", "3").stdout
    line = next(x for x in out.splitlines() if " 69 " in x)
    assert f"≈{NNBSP}1{NNBSP}200{NNBSP}000 (à vérifier)" in line and line.lstrip().startswith("1")
    assert ("(à vérifier) : 1 nombre d'abonnés mis en doute à la lecture du fichier "
            "(count-above-population ou count-outlier ; détail : barometre validate), compté "
            "tel que lu") in out
    en = cli("rank", "-p", "facebook", "-d", deps, "--type", "departement", "--top", "3",
             "--lang", "en").stdout
    assert f"≈{NNBSP}1,200,000 (to check)" in en
    assert "(to check): 1 follower count questioned when the file was read" in en
    rows = list(csv.DictReader(io.StringIO(cli(
        "rank", "-p", "facebook", "-d", deps, "--type", "departement", "--format", "csv").stdout)))
    assert {r["code"] for r in rows if r["followers_questioned"] == "True"} == {"69"}
    js = json.loads(cli("rank", "-p", "facebook", "-d", deps, "--type", "departement",
                        "--format", "json").stdout)
    assert [r["code"] for r in js if r["followers_questioned"] is True] == ["69"]


def test_benchmark_marks_its_own_count_and_counts_its_peers(deps, cli):
    out = cli("benchmark", "--entity", "69", "--data", deps, "--type", "departement").stdout
    assert f"Facebook : ≈{NNBSP}1{NNBSP}200{NNBSP}000 abonnés (à vérifier), 1er sur" in out
    assert "(à vérifier) : 1 nombre d'abonnés mis en doute" in out
    other = cli("benchmark", "--entity", "44", "--data", deps, "--type", "departement").stdout
    assert "sur 101 (dont 1 à vérifier)" in other
    js = json.loads(cli("benchmark", "--entity", "44", "--data", deps, "--type",
                        "departement", "--format", "json", "--lang", "en").stdout)
    assert (js[0]["followers_questioned"], js[0]["n_peers_questioned"]) == (False, 1)
    en = cli("benchmark", "--entity", "69", "--data", deps, "--type", "departement",
             "--lang", "en").stdout
    assert f"≈{NNBSP}1,200,000 followers (to check), 1st of" in en


def test_changes_marks_a_growth_to_an_outlier(epci_waves, cli):
    old, new, (code, name, _) = epci_waves
    assert [p.code for p in bm.validate(new) if p.code.startswith("count-")] == ["count-outlier"]
    out = cli("changes", "--data", old, "--data", new).stdout
    fastest = next(x for x in out.splitlines() if "plus fortes croissances" in x)
    # the fastest growth, named first with its mark (the count of the new wave)
    assert re.match(rf"{re.escape(name)} \+2{NNBSP}400,\d+{NNBSP}% \(à vérifier\), ",
                    fastest.split(" : ", 1)[1])
    assert "(à vérifier) : 1 croissance calculée sur un nombre d'abonnés mis en doute" in out
    en = cli("changes", "--data", old, "--data", new, "--lang", "en").stdout
    assert f"fastest growth: {name} +2,400." in en and "% (to check), " in en
    listed = list(csv.DictReader(io.StringIO(cli("changes", "--data", old, "--data", new,
                                                 "--list", "--format", "csv").stdout)))
    assert {r["code"] for r in listed if r["growth_questioned"] == "True"} == {code}


def test_the_report_marks_them(epci_waves, cli, tmp_path):
    old, new, (code, name, _) = epci_waves
    out = tmp_path / "r.xlsx"
    cli("report", "--data", old, "--data", new, "--entity", code, "-o", out)
    wb = openpyxl.load_workbook(out)

    def cells(sheet):
        return [[v for v in row if v is not None] for row in wb[sheet].iter_rows(values_only=True)]

    rk = cells("Classement")
    head = next(r for r in rk if "Abonnés\u00a0: nombre mis en doute à la lecture" in r)
    mine = [r for r in rk if code in r]
    assert [r[head.index("Abonnés\u00a0: nombre mis en doute à la lecture")] for r in mine] == [
        "à vérifier"]
    assert any(str(r[0]).startswith("(à vérifier)\u00a0: 1 nombre d'abonnés") for r in rk if r)
    syn = [str(v) for r in cells("Synthèse") for v in r]
    assert any(v.startswith("Facebook\u00a0: ") and "abonnés (à vérifier), 1re sur 23" in v
               for v in syn)
    bench = cells("Benchmark")
    assert any("à vérifier" in r for r in bench if "Facebook" in r)
    mv = cells("Mouvements")
    assert any(code in r and "à vérifier" in r for r in mv)
    assert any(str(r[0]).startswith("(à vérifier)\u00a0: 1 croissance") for r in mv if r)
