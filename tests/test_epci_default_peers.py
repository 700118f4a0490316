"""Review of a CA's communicator benchmarking on a survey of all 1,254 intercommunalités
(peers17): by default CA Quimper was ranked among 1,135 EPCI, tiny communautés de communes
included (« 130e sur 1135 »); the one CC of 100,000 inhabitants or more was « 1er sur 1 »
with --peers strate; the report's peers line read « les 101 départements du fichier (tous
ceux du fichier) »."""

from __future__ import annotations

import openpyxl
import pytest
from matplotlib import text as mtext

import barometre as bm
from barometre.analysis.peers import peer_group

from tests.test_epci_peers_kind import CA_QUIMPER, all_epci, ca_only  # noqa: F401 (fixtures)
from barometre.render.excel.cells import typeset

CC_GRESIVAUDAN = "200018166"  # the one CC of 100,000 inhabitants or more
NNBSP = "\u202f"


def _codes(kind: str) -> set[str]:
    e = bm.reference.entities("epci")
    return set(e.loc[e["kind"] == kind, "code"])


def _cells(path) -> dict[str, list[str]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [str(c).replace(NNBSP, " ") for row in ws.iter_rows(values_only=True)
                       for c in row if isinstance(c, str)] for ws in wb.worksheets}


def test_the_default_peers_of_a_ca_are_the_ca_of_the_file(all_epci, cli):  # noqa: F811
    s = bm.read_survey(all_epci)
    ca = _codes("CA")
    g = peer_group(s, CA_QUIMPER)
    assert g.attrs["peers"] == "category" and set(g["code"]) == ca  # 230, no CC nor métropole
    b = bm.benchmark(s, CA_QUIMPER)
    assert b.attrs["peers"] == "category" and set(b["peers"]) == {"category"}
    assert set(b["peer_group"]) == {"CA"} and b.attrs["peer_kind"] == "CA"
    assert (b["n_peers"] <= 230).all()
    out = cli("benchmark", "--entity", CA_QUIMPER, "--data", all_epci)
    head = out.stdout.splitlines()[0]
    assert head.endswith("pairs : les 230 communautés d'agglomération du fichier"), head
    assert "sur 1135" not in out.stdout and "sur 1" + NNBSP + "135" not in out.stdout
    en = cli("benchmark", "--entity", CA_QUIMPER, "--data", all_epci, "--lang", "en")
    assert en.stdout.splitlines()[0].endswith("peers: the 230 communautés d'agglomération in the file")
    # --peers type, asked: every EPCI of the file, said so
    whole = bm.benchmark(s, CA_QUIMPER, peers="type")
    assert whole.attrs["peers"] == "type" and (whole["n_peers"] > 1000).all()
    typed = cli("benchmark", "--entity", CA_QUIMPER, "--data", all_epci, "--peers", "type")
    assert typed.stdout.splitlines()[0].endswith(
        "pairs : les 1\u202f254 intercommunalités du fichier")  # every category
    # rank --entity: among the CA, as benchmark; without --entity every EPCI is ranked
    r = bm.rank(s, "facebook", entity=CA_QUIMPER)
    assert set(r["code"]) <= ca and r.attrs["n_ranked"] > 150
    assert r.attrs["peer_group"] == {"peers": "category", "shared": "CA", "kind": "CA"}
    ranked = cli("rank", "-p", "facebook", "--entity", CA_QUIMPER, "--data", all_epci,
                 "--top", "3").stdout
    assert f"{r.attrs['n_ranked']} communautés d'agglomération classées" in ranked
    assert bm.rank(s, "facebook").attrs["n_ranked"] > 1000
    assert bm.rank(s, "facebook", entity=CA_QUIMPER, peers="type").attrs["n_ranked"] > 1000


def test_the_chart_and_the_report_of_a_ca_name_its_category(all_epci, cli, tmp_path):  # noqa: F811
    s = bm.read_survey(all_epci)
    fig = bm.charts.benchmark(s, CA_QUIMPER)
    texts = [t.get_text() for t in fig.findobj(mtext.Text)]
    assert "Pairs : les 230 communautés d'agglomération du fichier" in texts
    assert not any(" sur 11" in t for t in texts)  # « 77e sur 206 », never among 1,135
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", all_epci, "--entity", CA_QUIMPER, "-o", out)
    assert res.exit_code == 0, res.output
    cells = _cells(out)
    line = typeset("Pairs : les 230 communautés d'agglomération du fichier", "fr")
    assert line in cells["Synthèse"] and line in cells["Benchmark"]
    # the Classement ranks every EPCI of the file: said not to be the Benchmark's ranks
    assert any(c.startswith("Ce ne sont pas les rangs de la feuille Benchmark") and
               c.endswith("les 230 communautés d'agglomération du fichier.")
               for c in cells["Classement"])
    out_en = tmp_path / "r-en.xlsx"
    assert cli("report", "--data", all_epci, "--entity", CA_QUIMPER, "-o", out_en,
               "--lang", "en").exit_code == 0
    summary = list(_cells(out_en).values())[0]
    assert "Peers: the 230 communautés d'agglomération in the file" in summary


def test_a_file_of_one_category_is_unchanged(ca_only, cli):  # noqa: F811
    b = bm.benchmark(bm.read_survey(ca_only), CA_QUIMPER)
    assert b.attrs["peers"] == "type" and b.attrs["peer_kind"] == "CA"
    out = cli("benchmark", "--entity", CA_QUIMPER, "--data", ca_only).stdout
    assert out.splitlines()[0].endswith("pairs : les 230 communautés d'agglomération du fichier")


def test_a_cc_alone_in_its_band_is_not_ranked_first_of_one(all_epci, cli):  # noqa: F811
    res = cli("benchmark", "--entity", CC_GRESIVAUDAN, "--data", all_epci, "--peers", "strate")
    assert res.exit_code != 0 and "1er sur 1" not in res.output
    assert res.stderr.replace(NNBSP, " ").strip() == (
        "barometre : --peers strate : communautés de communes de 100 000 habitants ou plus "
        "dans le fichier d'enquête : CC Le Grésivaudan (200018166) seulement ; trop peu pour "
        "un rang (au moins 3, la collectivité comprise) ; comparez avec « --peers region » ou "
        "« --peers type » ; ou sans --peers : même catégorie (communautés de communes)")
    en = cli("benchmark", "--entity", CC_GRESIVAUDAN, "--data", all_epci, "--peers", "strate",
             "--lang", "en")
    assert en.exit_code != 0 and "CC Le Grésivaudan (200018166) only; too few for a rank" \
        in en.stderr
    assert "Traceback" not in res.output + en.output
    ranked = cli("rank", "-p", "facebook", "--entity", CC_GRESIVAUDAN, "--data", all_epci,
                 "--peers", "strate")
    assert ranked.exit_code != 0 and "trop peu pour un rang" in ranked.stderr
    s = bm.read_survey(all_epci)
    with pytest.raises(bm.UsageError, match="trop peu pour un rang"):
        bm.benchmark(s, CC_GRESIVAUDAN, peers="strate")
    # its default peers, the CC of the file, are many
    assert bm.benchmark(s, CC_GRESIVAUDAN).attrs["peers"] == "category"


def test_an_entity_alone_in_its_region_is_refused_a_file_of_two_is_not(cli, tmp_path):
    demo = bm.demo_file("enquete")
    res = cli("benchmark", "--entity", "973", "--data", demo, "--peers", "region")
    assert res.exit_code != 0 and "1er sur 1" not in res.output
    assert ("--peers region : départements de la région Guyane dans le fichier d'enquête : "
            "Guyane (973) seulement ; trop peu pour un rang") in res.stderr
    corse = cli("rank", "-p", "facebook", "--entity", "2A", "--data", demo, "--peers", "region")
    assert corse.exit_code != 0 and "Corse-du-Sud (2A), Haute-Corse (2B) seulement" in corse.stderr
    # a file of two entities is compared whole, its caution said, as before
    f = tmp_path / "deux.csv"
    f.write_text("code;plateforme;présent;abonnés;date\n29;Facebook;Oui;4000;15/10/2025\n"
                 "35;Facebook;Oui;5000;15/10/2025\n", encoding="utf-8")
    ok = cli("benchmark", "--entity", "29", "--data", f, "--peers", "region")
    assert ok.exit_code == 0 and "2e sur 2" in ok.stdout and "peu de pairs" in ok.stdout


@pytest.mark.parametrize("lang, line", [("fr", "Pairs : les 101 départements du fichier"),
                                        ("en", "Peers: the 101 départements in the file")])
def test_the_peers_line_says_the_file_once(cli, tmp_path, lang, line):
    out = tmp_path / "r.xlsx"
    res = cli("report", "--data", bm.demo_file("enquete"), "--entity", "44", "-o", out,
              "--lang", lang)
    assert res.exit_code == 0, res.output
    cells = list(_cells(out).values())
    line = typeset(line, lang)  # the workbook's French spaces (s33)
    assert line in cells[0] and line in cells[-2]  # Synthèse (Summary), Benchmark
    assert not any("tous ceux du fichier" in c or "all those in the file" in c
                   for sheet in cells for c in sheet)
