"""A commune sample not in its type's size-band proportions is never pooled as the type's
(review rvstat20, findings 1, 2 and 4).

The files (tests/files/strata20, reviewer's /tmp/rvstat20 generators gen2.py and gen3.py):

- c3.csv: 8 communes in each of the 8 bands, random within each band, Facebook only
  (52 « Oui » of 64). A random draw of 64 of the 34,875 communes holds about
  64 × 18,256 / 34,875 = 33.5 communes of < 500 inhabitants and 64 × 42 / 34,875 = 0.08 of
  100,000 or more, not 8 and 8. By hand (hand_c3.py) the bands weighed by their sizes give
  51.3 %, where the pooled 52/64 = 81 % was printed with « IC 95 % : 70–89 % ».
- c1.csv: 20 communes < 500, 20 of 2,000–4,999, 15 of 50,000–99,999 (55 of the 21,606 of
  those bands). A random draw of 55 of the 21,606 holds 55 × 92 / 21,606 = 0.23 of the 92
  communes of 50,000–99,999; 15 or more has a chance of 8.6e-24 (hand_c1.py). Pooled
  33/49 = 67 % « IC 95 % : 53–79 % », band-weighted 53.7 %.
- c2.csv: the 42 communes of 100,000 or more (the grandes villes), 15 of 500–1,999, 15 of
  5,000–9,999. Beside the part, the 30 others among the 12,313 communes of those two bands:
  a draw would hold 30 × 1,203 / 12,313 = 2.9 of 5,000–9,999, not 15. The † estimate said
  « Facebook 63 % »; by hand (38 + 11,110 × 7/15 + 1,203 × 12/15) / 12,355 = 50.1 %.
- r200.csv: 200 communes drawn at random (seeded), a plausible draw: figures unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import barometre as bm
from barometre.analysis.survey import MIX_DESIGN_P

FILES = Path(__file__).parent / "files" / "strata20"
NNBSP = "\u202f"


def _compare(cli, name: str, *args: str) -> str:
    """compare's stdout, its narrow no-break spaces (« 34 875 », « 81 % ») read as spaces."""
    r = cli("compare", "--data", FILES / name, "--type", "commune", *args)
    assert r.exit_code == 0, r.output
    return r.stdout.replace(NNBSP, " ")


def _json(cli, name: str, *args: str) -> list[dict]:
    return json.loads(_compare(cli, name, "--format", "json", *args))


def test_eight_per_band_is_no_random_draw_of_the_communes(cli):
    """c3: the pooled 81 % is printed with no interval (« voir † ») and the note says why,
    with each band's count, and points to --by strate; it printed « IC 95 % : 70–89 % »."""
    out = _compare(cli, "c3.csv")
    row = next(line for line in out.splitlines() if line.startswith("commune"))
    assert "81 %†" in row and "52/64" in row and "voir †" in row and "IC 95" not in row
    assert "IC 95 %" not in out  # nor its method note under the table
    assert "8 des 18 256 de la strate < 500" in out
    assert "8 des 42 de la strate ≥ 100 000" in out
    assert "moins d'une chance sur mille" in out
    assert "« barometre compare --by strate » compte chaque strate à part" in out
    (rec,) = _json(cli, "c3.csv")
    assert rec["ci_low"] is None and rec["ci_high"] is None and rec["estimate"] is None
    assert rec["flags"] == ["non_random_sample"]
    assert (rec["design"], rec["design_subset"]) == ("stratified", "bands_mix")
    # the library says the design: the mix per band and its chance. By hand: P(X >= 8) for
    # X ~ hypergeometric(draw 64, 42 of 34,875) is about C(64, 8) (42/34,875)^8 = 2e-14
    s = bm.read_survey(FILES / "c3.csv")
    d = bm.compare_survey(s, "commune").attrs["design"]["commune"]
    assert d["kind"] == "mix" and d["estimable"] is False and d["p_mix"] < 1e-12
    assert d["bands_mix"][0] == ["< 500", 8, 18256] and d["bands_mix"][-1] == ["≥ 100 000", 8, 42]
    assert d["n_others"] == 64 and d["total"] == 34875


def test_eight_per_band_split_by_band_keeps_each_band_interval(cli):
    """c3 --by strate: each band is a random sample of its band; its interval stays
    (< 500: 5/8 of 18,256, Wilson with the finite-population correction: 31–86 %)."""
    out = _compare(cli, "c3.csv", "--by", "strate")
    row = next(line for line in out.splitlines() if line.startswith("< 500"))
    assert "5/8" in row and "IC 95 % : 31–86 %" in row and "†" not in row
    assert "moins d'une chance sur mille" not in out


def test_a_band_sample_far_from_its_bands_proportions_gets_no_interval(cli):
    """c1: a sample of the bands < 500, 2 000–4 999 and 50 000–99 999 (N = 21,606), but 15
    of the 92 of 50,000–99,999: no interval (it printed « IC 95 % : 53–79 % »)."""
    out = _compare(cli, "c1.csv")
    row = next(line for line in out.splitlines() if "Facebook" in line and line.startswith("commune"))
    assert "67 %†" in row and "33/49" in row and "voir †" in row and "IC 95" not in row
    assert "15 des 92 de la strate 50 000–99 999" in out
    assert "pas d'estimation pour les 21 606 communes" in out
    assert "« barometre compare --by strate » compte chaque strate à part" in out
    recs = _json(cli, "c1.csv")
    assert all(r["ci_low"] is None and r["design"] == "stratified" for r in recs)
    assert {r["design_subset"] for r in recs} == {"population:0-499+2000-4999+50000-99999"}
    d = bm.compare_survey(bm.read_survey(FILES / "c1.csv"), "commune").attrs["design"]["commune"]
    assert d["kind"] == "bands" and d["estimable"] is False
    assert d["bands_mix"] == [["< 500", 20, 18256], ["2 000–4 999", 20, 3258],
                              ["50 000–99 999", 15, 92]]
    # hand_c1.py: P(>= 15 of 92 in a draw of 55 of 21,606) = 8.6e-24, the upper tail of the
    # three; two-sided (× 2) and over the three bands (× 3): about 5e-23
    assert 1e-23 < d["p_mix"] < 1e-22 and d["p_mix"] < MIX_DESIGN_P


def test_by_strate_interval_names_its_own_band(cli):
    """c1 --by strate (finding 4): each interval is against its own band's N and says so:
    9/18 of the 18,256 communes < 500: 29–71 % (< 500 hab.); 10/12 of the 92 of
    50,000–99,999: 57–96 % (50 000–99 999 hab.). It said every band of the file on each
    row, « (< 500, 2 000–4 999, 50 000–99 999 hab.) »."""
    out = _compare(cli, "c1.csv", "--by", "strate")
    rows = [line for line in out.splitlines() if "Facebook" in line]
    assert "9/18" in rows[0] and "IC 95 % : 29–71 % (< 500 hab.)" in rows[0]
    assert "10/12" in rows[2] and "IC 95 % : 57–96 % (50 000–99 999 hab.)" in rows[2]
    assert "2 000–4 999, 50" not in out.split("Source")[0]
    en = _compare(cli, "c1.csv", "--by", "strate", "--lang", "en")
    assert "95% CI: 29–71% (< 500 inhab.)" in en


def test_others_beside_a_part_far_from_their_bands_get_no_estimate(cli):
    """c2: the 42 grandes villes beside 15 + 15 others of two bands: the † estimate
    (« Facebook 63 % ») is no longer given; the note says the others' mix."""
    out = _compare(cli, "c2.csv")
    assert "63 %" not in out and "Estimée pour" not in out
    assert "15 des 1 203 de la strate 5 000–9 999" in out
    assert "un tirage au hasard parmi les 12 313 serait aussi loin" in out
    assert "pas d'estimation pour les 34 875 communes" in out
    recs = _json(cli, "c2.csv")
    assert all(r["estimate"] is None and r["ci_low"] is None for r in recs)
    assert all(r["flags"] == ["non_random_sample"] for r in recs)
    d = bm.compare_survey(bm.read_survey(FILES / "c2.csv"), "commune").attrs["design"]["commune"]
    assert d["estimable"] is False and d["n_covered"] == 12313
    assert d["bands_mix"] == [["500–1 999", 15, 11110], ["5 000–9 999", 15, 1203]]


def test_report_and_chart_say_it_in_words(cli, tmp_path):
    """c3's report: the Synthèse key figure no longer reads « IC 95 % : 70–89 % ; tirage au
    hasard supposé »; the note under it says the bands' mix. The chart's caption too."""
    import openpyxl

    out = tmp_path / "r3.xlsx"
    r = cli("report", "--data", FILES / "c3.csv", "-o", out)
    assert r.exit_code == 0, r.output
    ws = openpyxl.load_workbook(out)["Synthèse"]
    cells = [str(c.value).replace(NNBSP, " ") for row in ws.iter_rows() for c in row
             if c.value is not None]
    key = next(c for c in cells if "des communes sur Facebook" in c)
    assert "81 %†" in key and "IC 95" not in key and "voir †" in key
    assert any("moins d'une chance sur mille" in c and "8 des 42 de la strate" in c
               for c in cells)
    from barometre.render.charts.adoption import adoption

    fig = adoption(bm.compare_survey(bm.read_survey(FILES / "c3.csv"), "commune"))
    caption = " ".join(t.get_text() for t in fig.texts).replace("\n", " ").replace(NNBSP, " ")
    bars = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert bars == [f"81{NNBSP}%†"]  # no whisker drawn: the bar's label has its mark
    assert "8 des 42 de la strate ≥ 100 000" in caption
    # said in words: a slide's reader has no command line (rvver20b #4)
    assert "moins d'une chance sur mille" in caption and "--by strate" not in caption
    assert "chaque strate de population a sa propre estimation" in caption


def test_a_random_draw_of_200_communes_keeps_its_figures(cli):
    """r200: 200 communes drawn at random (108 < 500, 54 of 500–1,999 … none of 100,000 or
    more): no design; 132/200, Wilson with N = 34,875: 59–72 %, as before."""
    out = _compare(cli, "r200.csv")
    row = next(line for line in out.splitlines() if line.startswith("commune"))
    assert "66 %" in row and "132/200" in row and "IC 95 % : 59–72 %" in row and "†" not in row
    s = bm.read_survey(FILES / "r200.csv")
    assert "design" not in bm.compare_survey(s, "commune").attrs


def test_trend_says_each_wave_is_far_from_the_bands_proportions(cli, tmp_path):
    """trend --data over two waves of c3 (2024 and 2025, the same 64 communes): each wave's
    interval is the type's (the trend keeps it), and the note under it says the file is no
    random draw of the communes, with its count per band; it said nothing."""
    old = tmp_path / "c3_2024.csv"
    old.write_bytes((FILES / "c3.csv").read_bytes().replace(b"15/10/2025", b"15/10/2024"))
    r = cli("trend", "--type", "commune", "--data", old, "--data", FILES / "c3.csv")
    assert r.exit_code == 0, r.output
    out = (r.stdout + r.stderr).replace(NNBSP, " ")  # the notes: under the table
    assert "Vague du 15 octobre 2024 : le fichier tient 8 des 18 256 de la strate < 500" in out
    assert out.count("moins d'une chance sur mille") == 2
    assert "« barometre compare --data --by strate » sur ce fichier" in out


def test_half_of_the_communes_skewed_to_the_larger_bands_gets_no_interval(cli, tmp_path):
    """17,500 communes, just over half of the 34,875: 95 % of the 16,619 of 500 inhabitants or
    more and 1,712 of the 18,256 under 500 (review rvver20b #1). Its pooled share is far from
    the type's (simulated: 84 % in the file, 59 % in France), and holding half the type says
    nothing of that: its sure bounds k/N to (k + u)/N span 42–92 %. A « near census »
    exemption from the bands' test at half the type gave « IC 95 % : 84–85 % »; no interval."""
    import random

    ents = bm.reference.entities("commune")
    pops = dict(zip(ents["code"], ents["population"].fillna(0)))
    r = random.Random(11)
    small = sorted(c for c, p in pops.items() if p < 500)
    big = sorted(c for c, p in pops.items() if p >= 500)
    codes = r.sample(big, int(len(big) * 0.95))
    codes += r.sample(small, 17_500 - len(codes))
    yes = {c: r.random() < (0.9 if pops[c] >= 500 else 0.3) for c in codes}
    path = tmp_path / "half.csv"
    path.write_text("Code;Facebook;Date du relevé\n" + "".join(
        f"{c};{'Oui' if yes[c] else 'Non'};15/10/2025\n" for c in codes), "utf-8")
    r = cli("compare", "--data", path, "--type", "commune", "--json")
    assert r.exit_code == 0, r.output
    row = json.loads(r.stdout)[0]
    assert row["n_base"] == 17_500
    assert row["ci_low"] is None and row["ci_high"] is None
    assert "non_random_sample" in row["flags"]


def test_report_design_notes_name_no_option(cli, tmp_path):
    """The report's design notes (Synthèse, Adoption, Sources et méthode) say compare's
    options in words (rvver20b #4): « barometre compare --by strate » and « --panel » were
    printed on sheets read by people without a command line."""
    import openpyxl

    for name in ("c1.csv", "c2.csv", "c3.csv"):
        for lang in ("fr", "en"):
            out = tmp_path / f"{name}-{lang}.xlsx"
            r = cli("report", "--data", FILES / name, "--lang", lang, "-o", out)
            assert r.exit_code == 0, r.output
            cells = [str(c.value) for ws in openpyxl.load_workbook(out).worksheets
                     for row in ws.iter_rows() for c in row if c.value is not None]
            notes = [v for v in cells if "†" in v and ("strate" in v or "band" in v)]
            assert notes, (name, lang)
            assert not [v for v in cells if "--by strate" in v or "barometre compare" in v]
            assert not [v for v in notes if "--panel" in v]
            assert any(("strate de population" in v) if lang == "fr"
                       else ("population band" in v) for v in notes)


def test_compare_by_strate_draw_note_is_of_each_band(cli):
    """Split by band, each interval is against its band's N: the draw assumed is within each
    band, with each band's n of N (rvver20b #5: it said « des entités du fichier (64 sur
    34 875 communes) », the file the † note calls no random draw)."""
    out = _compare(cli, "c3.csv", "--by", "strate")
    assert "tirage au hasard des entités du fichier dans chaque strate de population" in out
    assert "< 500 hab. : 8 sur 18 256" in out and "≥ 100 000 hab. : 8 sur 42" in out
    assert "(64 sur 34 875 communes)" not in out
