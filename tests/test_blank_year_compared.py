"""blank18: a peer that did not answer in the year compared is « sans réponse », over
several waves too.

With the 2025 wave alone, a LinkedIn row left blank is « 1 sans réponse : CA Ardenne
Métropole »; with the 2024 wave beside it, the blank 2025 row hid the 2024 count, which was
« set aside » as the peer's figure (« Plus anciens, laissés de côté : LinkedIn : 1 relevé de
2024 ») and the peer was never said « sans réponse ». Now the row of the year compared is
that year's reading, not answered, in benchmark, rank, the league table and the report; a
blank row older than the year compared (2024 blank, no 2025 row) still hides its 2023
count, set aside as when the row is absent.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

import barometre as bm
from barometre import reference
from barometre.render.excel.cells import typeset

HEADER = "Code;Département;Réseau;Présence;Nombre d'abonnés;Date du relevé"


def _codes() -> list[str]:
    ents = reference.entities("departement")
    return [c for c in ents["code"] if c not in ("69", "67", "68", "2A", "2B")][:20]


def _lines(year: int) -> list[str]:
    """Facebook and LinkedIn of 20 départements; LinkedIn: 04 (Alpes-de-Haute-Provence)
    answers in 2024, left blank in 2025; 05 (Hautes-Alpes) says « Non » both years."""
    names = reference.entities("departement").set_index("code")["name"]
    out = []
    for i, c in enumerate(_codes()):
        fb = 1000 + 97 * i + (year - 2024) * 50
        li = "Oui;" + str(300 + 41 * i + (year - 2024) * 20)
        if c == "04" and year == 2025:
            li = ";"
        if c == "05":
            li = "Non;"
        out += [f"{c};{names[c]};Facebook;Oui;{fb};15/10/{year}",
                f"{c};{names[c]};LinkedIn;{li};15/10/{year}"]
    return out


@pytest.fixture(scope="module")
def waves(tmp_path_factory):
    """Two wave files (2024, 2025) and one file of both years plus a 2023 LinkedIn count of
    the Cantal (15) whose 2024 row is left blank and whose 2025 row is absent."""
    d = tmp_path_factory.mktemp("blank18")
    w24, w25, both = d / "w2024.csv", d / "w2025.csv", d / "both.csv"
    w24.write_text("\n".join([HEADER] + _lines(2024)) + "\n", encoding="utf-8")
    w25.write_text("\n".join([HEADER] + _lines(2025)) + "\n", encoding="utf-8")
    cantal = ["15;Cantal;LinkedIn;Oui;900;15/10/2023", "15;Cantal;LinkedIn;;;15/10/2024"]
    rows = [r for r in _lines(2024) + _lines(2025) if not r.startswith("15;Cantal;LinkedIn")]
    both.write_text("\n".join([HEADER] + cantal + rows) + "\n", encoding="utf-8")
    return w24, w25, both


def test_the_library_says_the_blank_peer_not_answered(waves):
    """Before: benchmark n_no_answer 0, set_aside {linkedin: {2024: 1}}; rank not_ranked
    not_answered 0, set_aside_codes {04: 2024}, and 04's own reason « older »."""
    s = bm.read_survey(waves[2])
    li = bm.benchmark(s, "13").set_index("platform").loc["linkedin"]
    assert (li["n_no_answer"], li["no_answer_codes"], li["no_answer_names"]) == (
        1, "04", "Alpes-de-Haute-Provence")
    assert (li["n_no_account"], li["n_set_aside"], li["year"]) == (1, 1, 2025)
    r = bm.rank(s, "linkedin")
    assert r.attrs["not_ranked"] == {"not_answered": 1, "absent": 1, "no_count": 0, "no_reading": 0}
    # the Cantal's 2024 row left blank, before the year ranked, still hides its 2023 count
    assert r.attrs["set_aside"] == {2023: 1}
    assert r.attrs["set_aside_codes"] == {"15": 2023}
    assert bm.rank(s, "linkedin", entity="04").attrs["entity_not_ranked"] == "not_answered"
    assert bm.rank(s, "linkedin", entity="15").attrs["entity_not_ranked"] == "older"
    assert bm.league_table(s).attrs["set_aside"] == {"linkedin": {2023: 1}}


def test_benchmark_text_csv_json(cli, waves):
    """The text, as with the 2025 wave alone: « (1 sans réponse : Alpes-de-Haute-Provence ;
    1 sans compte) »; the CSV and JSON count and name it."""
    one = cli("benchmark", "--entity", "13", "--data", waves[1], "--platform", "linkedin")
    two = cli("benchmark", "--entity", "13", "--data", waves[2], "--platform", "linkedin")
    said = "(1 sans réponse : Alpes-de-Haute-Provence ; 1 sans compte : Hautes-Alpes)"
    assert said in one.stdout
    assert said in two.stdout, two.stdout
    # the Cantal's 2023 count, behind its blank 2024 row, is the one set aside
    assert "laissés de côté : LinkedIn : 1 relevé de 2023" in two.stdout
    assert "2024" not in two.stdout.split("laissés de côté")[-1]
    csv = cli("benchmark", "--entity", "13", "--data", waves[2], "--platform", "linkedin",
              "--format", "csv").stdout.splitlines()
    row = dict(zip(csv[0].split(","), csv[1].split(",")))
    assert (row["n_no_answer"], row["no_answer_codes"], row["n_set_aside"]) == ("1", "04", "1")
    js = json.loads(cli("benchmark", "--entity", "13", "--data", waves[2], "--platform",
                        "linkedin", "--format", "json").stdout)[0]
    assert (js["n_no_answer"], js["no_answer_codes"], js["n_set_aside"]) == (1, ["04"], 1)


def test_rank_footer_and_counts(cli, waves):
    """« 17 départements classés (1 sans réponse, 1 sans compte) » and 04 « sans réponse »,
    where it said « (1 sans compte) » and 04's 2024 count set aside."""
    out = cli("rank", "--data", waves[2], "--platform", "linkedin", "--entity", "04").stdout
    assert "17 départements classés (1 sans réponse, 1 sans compte)" in out, out
    assert "Alpes-de-Haute-Provence : sans réponse sur LinkedIn" in out
    assert out.rstrip().endswith("relevés 2025 ; plus anciens, laissés de côté : 1 relevé "
                                 "de 2023")
    csv = cli("rank", "--data", waves[2], "--platform", "linkedin",
              "--format", "csv").stdout.splitlines()
    row = dict(zip(csv[0].split(","), csv[1].split(",")))
    assert (row["n_ranked"], row["n_no_answer"], row["n_no_account"], row["n_set_aside"]) == (
        "17", "1", "1", "1")
    js = json.loads(cli("rank", "--data", waves[2], "--platform", "linkedin",
                        "--format", "json").stdout)[0]
    assert (js["n_no_answer"], js["n_set_aside"]) == (1, 1)


def test_the_report_of_two_waves_says_the_peer_not_answered(cli, waves, tmp_path):
    """The report of the two wave files: its Benchmark said « LinkedIn : 1 sans compte »
    and « Plus anciens, laissés de côté : LinkedIn : 1 relevé de 2024 »."""
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", waves[0], "--data", waves[1], "--entity", "13", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)

    def cells(sheet):
        return [v for row in wb[sheet].iter_rows(values_only=True) for v in row
                if isinstance(v, str)]

    bench = cells("Benchmark")
    assert typeset("LinkedIn : 1 sans réponse : Alpes-de-Haute-Provence ; 1 sans compte : "
                   "Hautes-Alpes", "fr") in bench
    assert not any("laissés de côté" in v for sheet in ("Benchmark", "Classement",
                                                       "Sources et méthode")
                   for v in cells(sheet))
    # the Classement: 04's 2025 LinkedIn row, unranked, of the year ranked
    rows = list(wb["Classement"].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r and r[0] == "Réseau")
    cols = rows[head]
    li04 = [dict(zip(cols, r)) for r in rows[head + 1:] if r[0] == "LinkedIn" and r[1] == "04"]
    assert len(li04) == 1
    assert li04[0]["Rang"] is None and li04[0]["Abonnés"] is None
    assert li04[0]["Année du relevé"] == 2025
