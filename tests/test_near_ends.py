"""Shares near 0 % and 100 %: only an exact 0 or 1 is shown "0 %" or "100 %".

A share that rounds there gets one more decimal ("99,5 %"), and when even that rounds to
the end, a bound ("> 99,9 %"): in the terminal, the charts and the report, whose cells
keep their exact values.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import openpyxl
import pytest

import barometre as bm
from barometre.render import charts
from barometre.render.excel.cells import share_format
from barometre.render.formats import fmt_ci, fmt_share, fmt_share_tick

NN = "\u202f"


@pytest.mark.parametrize("x, fr, en", [
    (0, "0 %", "0%"),
    (0.0, "0 %", "0%"),
    (1, "100 %", "100%"),
    (1.0, "100 %", "100%"),
    (0.004, "0,4 %", "0.4%"),
    (0.0004, "< 0,1 %", "<0.1%"),
    (0.995, "99,5 %", "99.5%"),  # 199 of 200
    (0.9954, "99,5 %", "99.5%"),
    (0.9996, "> 99,9 %", ">99.9%"),
    (34764 / 34875, "99,7 %", "99.7%"),  # Facebook on the synthetic commune file
    (0.96, "96 %", "96%"),  # away from the ends: as before
    (0.5, "50 %", "50%"),
    (float("nan"), "–", "–"),
    (None, "–", "–"),
])
def test_fmt_share_near_the_ends(x, fr, en):
    assert fmt_share(x) == fr.replace(" ", NN)
    assert fmt_share(x, lang="en") == en


@pytest.mark.parametrize("x, fr, en", [
    (0.137, "13,7 %", "13.7%"),
    (1.0, "100,0 %", "100.0%"),
    (0.9996, "99,96 %", "99.96%"),
    (0.99996, "> 99,99 %", ">99.99%"),
    (0.0004, "0,04 %", "0.04%"),
    (0.00004, "< 0,01 %", "<0.01%"),
])
def test_fmt_share_with_one_decimal(x, fr, en):
    assert fmt_share(x, digits=1) == fr.replace(" ", NN)
    assert fmt_share(x, lang="en", digits=1) == en


@pytest.mark.parametrize("x, fr, en", [
    (0.125, "13 %", "13%"),  # 1 of 8: Excel's "0 %" shows 13 %, the sentence said 12 %
    (0.875, "88 %", "88%"),
    (0.285, "29 %", "29%"),  # 0.28499999999999998 read to 15 digits, as Excel does
    (0.005, "1 %", "1%"),
    (0.0125, "1 %", "1%"),
])
def test_a_half_rounds_up_in_the_text_as_in_the_cells(x, fr, en):
    """A report's sentence ("13 % des départements sur Facebook") and the cell beside it
    (0.125 in "0 %") show the same number: Excel rounds half away from zero."""
    assert fmt_share(x) == fr.replace(" ", NN) and fmt_share(x, lang="en") == en
    assert share_format(x, "fr") == "0 %"


def test_fmt_ci_bounds_read_0_or_100_only_when_exact():
    assert fmt_ci(0.0, 0.0277) == f"IC 95{NN}% : 0–3{NN}%"
    assert fmt_ci(0.9813, 1.0, lang="en") == "95% CI: 98–100%"
    assert fmt_ci(0.9723, 0.9991) == f"IC 95{NN}% : 97–99,9{NN}%"  # 199 of 200
    assert fmt_ci(0.0009, 0.0277, lang="en") == "95% CI: 0.1–3%"
    assert fmt_ci(0.99989, 1.0, lang="en") == "95% CI: 99.99–100%"  # more decimals, no "100"
    assert fmt_ci(0.9999999, 1.0, lang="en") == "95% CI: >99.999–100%"
    assert fmt_ci(float("nan"), 0.5) == ""


def test_axis_ticks_are_rounded_plainly():
    """A tick is a position on the scale: 0.9999999999999999 is the 100 % graduation."""
    assert fmt_share_tick(1 - 1e-16) == f"100{NN}%"
    assert fmt_share_tick(0.25, lang="en") == "25%"


@pytest.mark.parametrize("x, fr, en", [
    (0.96, "0 %", "0%"),
    (1.0, "0 %", "0%"),
    (0.0, "0 %", "0%"),
    (0.995, "0.0 %", "0.0%"),
    (0.005, "0 %", "0%"),  # "1 %", as the text says it (half away from zero)
    (0.9995, '"> 99,9 %"', '">99.9%"'),  # Excel shows 0.9995 at one decimal as 100.0
    (0.9996, '"> 99,9 %"', '">99.9%"'),
    (0.0004, '"< 0,1 %"', '"<0.1%"'),
    ("–", "0 %", "0%"),
])
def test_share_cell_format(x, fr, en):
    assert share_format(x, "fr") == fr and share_format(x, "en") == en


@pytest.fixture(scope="module")
def near_ends(tmp_path_factory):
    """200 communes: 199 on Facebook, 1 on TikTok; and 2,001: 2,000 on Facebook, 1 on TikTok;
    spread over France (the first ones by code are all in the Ain: a file chosen by place,
    which has no interval)."""
    codes = bm.reference.entities("commune")["code"].tolist()
    folder = tmp_path_factory.mktemp("near-ends")
    files = {}
    for n in (200, 2001):
        rows = [f"{c};{'Non' if i == 0 else 'Oui'};{'Oui' if i == 0 else 'Non'};15/10/2025"
                for i, c in enumerate(codes[::len(codes) // n][:n])]
        f = folder / f"communes-{n}.csv"
        f.write_text("Code INSEE;Facebook;TikTok;Date du relevé\n" + "\n".join(rows) + "\n",
                     encoding="utf-8")
        files[n] = f
    return files


def _row(out: str, label: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(label))


def test_compare_prints_199_of_200_as_99_5(cli, near_ends):
    f = near_ends[200]
    fr = cli("compare", "--data", f, "--type", "commune").stdout
    assert f"99,5{NN}%  199/200  IC 95{NN}% : 97–99,9{NN}%" in _row(fr, "commune  Facebook")
    # 0.5 %: not an end, rounded half away from zero as the report's cells show it
    assert f"1{NN}%    1/200  IC 95{NN}% : 0,1–3{NN}%" in _row(fr, "commune  TikTok")
    assert f"100{NN}%  200/200  IC 95{NN}% : 98–100{NN}%" in _row(fr, "commune  au moins")
    en = cli("compare", "--data", f, "--type", "commune", "--lang", "en").stdout
    assert "99.5%  199/200  95% CI: 97–99.9%" in _row(en, "municipality  Facebook")
    # machine outputs keep the exact numbers
    rows = list(csv.DictReader(io.StringIO(cli("compare", "--data", f, "--type", "commune",
                                               "--format", "csv").stdout)))
    assert rows[0]["platform"] == "facebook" and rows[0]["share"] == "0.995"
    js = json.loads(cli("compare", "--data", f, "--type", "commune", "--format", "json").stdout)
    assert js[0]["share"] == 0.995 and js[1]["share"] == 0.005


def test_compare_prints_a_bound_when_one_decimal_still_rounds_to_the_end(cli, near_ends):
    out = cli("compare", "--data", near_ends[2001], "--type", "commune").stdout
    assert f">{NN}99,9{NN}%  2{NN}000/2{NN}001  IC 95{NN}% : 99,7–99,99{NN}%" in \
        _row(out, "commune  Facebook")
    assert f"<{NN}0,1{NN}%      1/2{NN}001  IC 95{NN}% : 0,01–0,3{NN}%" in _row(out, "commune  TikTok")


def test_chart_labels_the_bar_by_the_rule(near_ends):
    s = bm.read_survey(near_ends[200])
    fig = charts.adoption(bm.adoption(s))
    labels = {t.get_gid().split(":")[2]: t.get_text() for t in fig.axes[0].texts
              if (t.get_gid() or "").startswith("label:")}
    assert labels["facebook"] == f"99,5{NN}%" and labels["tiktok"] == f"1{NN}%"
    assert labels["any"] == f"100{NN}%"
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert ticks[-1] == f"100{NN}%"  # the axis keeps its plain graduations
    heat = charts.heatmap(bm.adoption(bm.read_survey(near_ends[2001])), lang="en")
    cells = {t.get_gid().split(":")[2]: t.get_text() for t in heat.axes[0].texts
             if (t.get_gid() or "").startswith("cell:")}
    assert cells["facebook"] == ">99.9%" and cells["tiktok"] == "<0.1%" and cells["any"] == "100%"


@pytest.fixture(scope="module")
def near_ends_report(near_ends, tmp_path_factory):
    s = bm.read_survey(near_ends[2001])
    out = tmp_path_factory.mktemp("report") / "rapport.xlsx"
    return bm.write_report(out, bm.adoption(s), survey=s)


def test_report_cells_keep_the_value_and_show_it_by_the_rule(near_ends_report):
    wb = openpyxl.load_workbook(near_ends_report)
    ws = wb["Adoption"]
    heads = [c.value for c in ws[1]]
    rows = {r[heads.index("Réseau")].value: dict(zip(heads, r)) for r in ws.iter_rows(min_row=2)}
    fb, tt, any_ = rows["Facebook"], rows["TikTok"], rows["au moins un réseau"]
    assert fb["Part"].value == pytest.approx(2000 / 2001) and fb["Part"].number_format == '"> 99,9 %"'
    assert tt["Part"].value == pytest.approx(1 / 2001) and tt["Part"].number_format == '"< 0,1 %"'
    assert any_["Part"].value == 1 and any_["Part"].number_format == "0 %"
    assert fb["IC 95\u202f% bas"].number_format == "0.0 %"  # 0.997 would show "100 %"
    # the interval's cells show the decimals of the text, "IC 95 % : 99,7–99,99 %" (one
    # decimal before: "> 99,9 %" beside a sentence saying 99,99)
    assert fb["IC 95\u202f% haut"].number_format == "0.00 %"
    assert (tt["IC 95\u202f% bas"].number_format, tt["IC 95\u202f% haut"].number_format) == \
        ("0.00 %", "0.0 %")  # "IC 95 % : 0,01–0,3 %"
    lines = [str(c.value) for c in wb["Synthèse"]["A"] if c.value]
    assert any(line.startswith(f">{NN}99,9{NN}% des communes sur Facebook") for line in lines)


def test_report_bar_chart_labels_take_their_cells_format(near_ends_report):
    """The Synthèse chart labels its bars "0 %" except the points whose cell has a format
    of its own: those are labelled in it."""
    wb = openpyxl.load_workbook(near_ends_report)
    ws = wb["Synthèse"]
    chart = ws._charts[0]
    series = chart.series[0]
    own = {lbl.idx: lbl.numFmt for lbl in series.dLbls.dLbl}
    head = next(r for r in ws.iter_rows() if r[0].value == "Réseau")[0].row
    cells = {i: ws.cell(head + 1 + i, 2) for i in range(3)}
    for i, c in cells.items():
        if c.number_format == "0 %":
            assert i not in own
        else:
            assert own[i] == c.number_format
    assert sorted(own.values()) == ['"< 0,1 %"', '"> 99,9 %"']


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")),
                    reason="LibreOffice not installed")
def test_libreoffice_shows_the_cells_by_the_rule(near_ends_report, tmp_path):
    """The Synthèse sheet as a spreadsheet shows it: its table, converted to CSV."""
    exe = shutil.which("libreoffice") or shutil.which("soffice")
    profile = (tmp_path / "lo-profile").as_uri()
    # CSV filter options: comma, double quote, UTF-8 (76), from line 1, …, cells as shown
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"
    out = subprocess.run([exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                          csv_filter, "--outdir", str(tmp_path), str(near_ends_report)],
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    shown = (tmp_path / "rapport.csv").read_text(encoding="utf-8").splitlines()
    # « au moins un réseau » last, as the adoption chart draws it (#17)
    assert shown[-3:] == ['Facebook,"> 99,9 %"', 'TikTok,"< 0,1 %"', "au moins un réseau,100 %"]


def test_a_growth_rate_rounds_half_away_from_zero_as_its_cell():
    """changes' growth ("+13 %") and the Mouvements cell beside it (0.125 in '"+"0 %') agree."""
    from barometre.render.excel.cells import growth_format
    from barometre.render.waves import fmt_growth

    assert fmt_growth(0.125) == f"+13{NN}%" and fmt_growth(-0.125, "en") == "−13%"
    assert growth_format(0.125, "fr") == '"+"0 %;"−"0 %;0 %'


@pytest.mark.parametrize("g, fr, en, cell", [
    (0.004, "+0,4 %", "+0.4%", '"+"0.0 %;"−"0.0 %;0 %'),  # read "0 %" before
    (-0.003, "−0,3 %", "−0.3%", '"+"0.0 %;"−"0.0 %;0 %'),
    (0.0004, "< +0,1 %", "<+0.1%", '"< +0,1 %"'),  # a bound, as "< 0,1 %" for a share
    (-0.0004, "> −0,1 %", ">−0.1%", '"> −0,1 %"'),
    (0.0, "0 %", "0%", '"+"0 %;"−"0 %;0 %'),  # no change at all: the only "0 %"
    (0.005, "+1 %", "+1%", '"+"0 %;"−"0 %;0 %'),  # a half, away from zero
    (-0.996, "−99,6 %", "−99.6%", '"+"0.0 %;"−"0.0 %;0 %'),  # not every follower lost
    (-0.9996, "< −99,9 %", "<−99.9%", '"< −99,9 %"'),
    (-1.0, "−100 %", "−100%", '"+"0 %;"−"0 %;0 %'),
    (0.9996, "+100 %", "+100%", '"+"0 %;"−"0 %;0 %'),  # doubling is no end
    (2.5, "+250 %", "+250%", '"+"0 %;"−"0 %;0 %'),
])
def test_a_growth_that_is_not_zero_never_reads_0(g, fr, en, cell):
    from barometre.render.excel.cells import growth_format
    from barometre.render.waves import fmt_growth

    assert fmt_growth(g) == fr.replace(" ", NN) and fmt_growth(g, "en") == en
    assert growth_format(g, "fr") == cell
    assert growth_format(g, "en") == cell.replace(" ", "").replace(",", ".")


@pytest.fixture(scope="module")
def small_growths(tmp_path_factory):
    """Two waves of five départements on Facebook: +0,4 %, < +0,1 %, −0,3 %, 0 %, −50 %."""
    return _two_waves(tmp_path_factory.mktemp("growths"), {
        "01": (1000, 1004), "02": (100000, 100003), "03": (1000, 997), "04": (1000, 1000),
        "05": (2000, 1000)})


def _two_waves(folder, counts: dict) -> list:
    """Two files, 2024 and 2025, of départements on Facebook with these follower counts;
    their --data arguments."""
    files = []
    for i, y in enumerate((2024, 2025)):
        f = folder / f"vague-{y}.csv"
        f.write_text("code;plateforme;present;abonnes;date\n" + "".join(
            f"{c};facebook;Oui;{ns[i]};15/10/{y}\n" for c, ns in counts.items()),
            encoding="utf-8")
        files += ["--data", f]
    return files


def test_changes_and_the_report_say_small_growths_alike(cli, small_growths, tmp_path):
    """The movers' line, the table's median and the Mouvements workbook's cells show a small
    growth with its decimal or bound, never "0 %"."""
    data = (*small_growths, "--type", "departement")
    out = cli("changes", *data, "--top", "2").stdout
    line = _row(out, "Facebook — ")
    assert line == ("Facebook — plus fortes hausses : Ain +0,4 %, Aisne < +0,1 % ; "
                    "plus fortes baisses : Hautes-Alpes −50 %, Allier −0,3 %").replace(" %", f"{NN}%")
    median = _row(out, "Facebook ")
    # the median growth, Alpes-de-Haute-Provence's: exactly 0 (over n = 5)
    assert f"  0{NN}% (n = 5)  " in median
    en = cli("changes", *data, "--top", "2", "--lang", "en").stdout
    assert "Ain +0.4%, Aisne <+0.1%" in en and "Allier −0.3%" in en
    rep = tmp_path / "r.xlsx"
    assert cli("report", *data, "-o", rep).exit_code == 0
    ws = openpyxl.load_workbook(rep)["Mouvements"]
    head = next(r for r in ws.iter_rows() if r[0].value == "Réseau" and r[1].value == "Rang")
    col = [c.value for c in head].index("Croissance")
    cells = {r[3].value: r[col] for r in ws.iter_rows(min_row=head[0].row + 1)
             if r[0].value == "Facebook"}
    assert {k: (round(c.value, 6), c.number_format) for k, c in cells.items()} == {
        "Ain": (0.004, '"+"0.0 %;"−"0.0 %;0 %'), "Aisne": (3e-05, '"< +0,1 %"'),
        "Allier": (-0.003, '"+"0.0 %;"−"0.0 %;0 %'),
        "Alpes-de-Haute-Provence": (0.0, '"+"0 %;"−"0 %;0 %'),
        "Hautes-Alpes": (-0.5, '"+"0 %;"−"0 %;0 %')}


def test_a_percentile_short_of_100_does_not_show_100(cli, tmp_path):
    """The second of 250 communes has 249 of 250 at or below: percentile 99.6, not the top;
    its Benchmark cell, a share of the peers (session 31), shows "99,6 %" (0.996, format
    "0.0 %"), the top one "100 %"."""
    from barometre.datasets import reference

    codes = reference.type_codes("commune")[:250]
    src = tmp_path / "communes.csv"
    src.write_text("code;plateforme;present;abonnes\n" + "".join(
        f"{c};facebook;Oui;{1000 + i}\n" for i, c in enumerate(codes)), encoding="utf-8")
    for entity, fmt, value in ((codes[-2], "0.0 %", 0.996), (codes[-1], "0 %", 1.0)):
        out = tmp_path / f"r-{entity}.xlsx"
        res = cli("report", "--data", src, "--type", "commune", "--entity", entity, "-o", out)
        assert res.exit_code == 0, res.output
        bench = openpyxl.load_workbook(out)["Benchmark"]
        head = [c.value for c in bench[3]]
        cell = bench.cell(row=4, column=head.index("Pairs à son niveau ou en dessous") + 1)
        assert cell.value == pytest.approx(value) and cell.number_format == fmt


@pytest.mark.parametrize("x, digits, fr, en", [
    (31.25, 1, "31,3", "31.3"),  # exact in binary: Python's format rounds it to even, 31.2
    (6.25, 1, "6,3", "6.3"),
    (8.35, 1, "8,4", "8.4"),  # 8.3499999999999996 read to 15 digits, as Excel does
    (-8.25, 1, "−8,3", "−8.3"),  # away from zero, with the minus sign of the other figures
    (-0.02, 1, "−0,0", "−0.0"),  # a small loss: no ASCII "-0,0"
    (-0.0, 1, "0,0", "0.0"),
    (float("-inf"), 1, "−inf", "−inf"),
    (0.125, 2, "0,13", "0.13"),
    (12345.65, 1, f"12{NN}345,7", "12,345.7"),
    (8.24, 1, "8,2", "8.2"),
    (float("inf"), 1, "inf", "inf"),
])
def test_a_half_rounds_away_from_zero_in_fmt_float_as_in_the_cells(x, digits, fr, en):
    from barometre.render.formats import fmt_float

    assert fmt_float(x, digits) == fr and fmt_float(x, digits, "en") == en


def test_followers_per_1000_on_a_half_read_as_their_cells(cli, tmp_path):
    """Aude (11): 11,864 followers for 379,648 inhabitants is 31.25 per 1,000, exactly; the
    report's "0.0" cell shows 31,3, and so do the ranking and the benchmark sentence (they
    said 31,2: Python rounds a half to even)."""
    src = tmp_path / "departements.csv"
    src.write_text("code;plateforme;present;abonnes;date\n11;facebook;Oui;11864;15/10/2025\n"
                   "971;facebook;Oui;2401;15/10/2025\n44;facebook;Oui;90000;15/10/2025\n",
                   encoding="utf-8")
    data = ("--data", src, "--type", "departement")
    ranked = cli("rank", *data, "-p", "facebook", "--metric", "followers_per_1000").stdout
    assert _row(ranked, "   2  11 ").split()[-3] == "31,3"
    assert _row(ranked, "   3  971").split()[-3] == "6,3"  # 6.25 (Guadeloupe)
    en = cli("rank", *data, "-p", "facebook", "--metric", "followers_per_1000", "--lang", "en")
    assert _row(en.stdout, "   2  11 ").split()[-2] == "31.3"
    said = cli("benchmark", "--entity", "11", *data).stdout
    assert f"; 31,3 pour 1{NN}000 habitants, 2e sur 3" in said
    cell = _benchmark_cell(cli, data, tmp_path, "Abonnés pour 1\u202f000 hab.")
    assert cell.value == pytest.approx(31.25) and cell.number_format == "0.0"


def _benchmark_cell(cli, data: tuple, folder, header: str):
    """The cell of Aude (11) under ``header`` in the Benchmark sheet of its report."""
    out = folder / "r.xlsx"
    assert cli("report", *data, "--entity", "11", "-o", out).exit_code == 0
    bench = openpyxl.load_workbook(out)["Benchmark"]
    head = [c.value for c in bench[3]]
    return bench.cell(row=4, column=head.index(header) + 1)


def _cell_text(value: float, fmt: str) -> str:
    """What a spreadsheet shows for a share cell of format ``fmt`` (French)."""
    if fmt.startswith('"'):
        return fmt.strip('"')
    digits = len(fmt.split(" ")[0]) - 2 if "." in fmt else 0
    from barometre.render.formats import percent_at

    return f"{percent_at(value, digits):f}".replace(".", ",") + " %"


def test_every_interval_cell_shows_the_decimals_of_the_text():
    """ci_format and fmt_ci agree on 4,000 bounds, near the ends and away from them."""
    from barometre.render.excel.cells import ci_format

    values = [k / 4000 for k in range(4001)] + [1 - 10 ** -e for e in range(2, 9)] + \
        [10 ** -e for e in range(2, 9)] + [0.99989, 0.000088, 0.9991, 0.00049999]
    for v in values:
        said = fmt_ci(v, 1.0).split(" : ")[1].split("–")[0].replace(NN, " ")
        assert _cell_text(v, ci_format(v, "fr")) == said + " %", v


def test_an_index_on_a_half_reads_as_its_cell(cli, tmp_path):
    """Aude 900 followers, peers' median 800: index 112.5, which the Benchmark cell ("0")
    shows 113; the sentence said 112 (Python rounds a half to even)."""
    from barometre.render.formats import fmt_int

    assert (fmt_int(112.5), fmt_int(113.5), fmt_int(-2.5), fmt_int(12345.0, "en")) == \
        ("113", "114", "−3", "12,345")  # the minus sign of every figure
    src = tmp_path / "departements.csv"
    src.write_text("code;plateforme;present;abonnes;date\n11;facebook;Oui;900;15/10/2025\n"
                   "44;facebook;Oui;800;15/10/2025\n971;facebook;Oui;700;15/10/2025\n",
                   encoding="utf-8")
    data = ("--data", src, "--type", "departement")
    assert "1er sur 3, indice 113 ;" in cli("benchmark", "--entity", "11", *data).stdout
    cell = _benchmark_cell(cli, data, tmp_path, "Indice (médiane = 100)")
    assert cell.value == pytest.approx(112.5) and cell.number_format == "#,##0"  # grouped as the counts (rven18)


@pytest.mark.parametrize("change, fr, en, cell", [
    (0.0, "0,0 pts", "0.0 pts", '"+"0.0" pts";"−"0.0" pts";0.0" pts"'),  # the only "0,0"
    (0.04, "+4,0 pts", "+4.0 pts", '"+"0.0" pts";"−"0.0" pts";0.0" pts"'),
    (-0.04, "−4,0 pts", "−4.0 pts", '"+"0.0" pts";"−"0.0" pts";0.0" pts"'),
    (1 / 3500, "+0,03 pts", "+0.03 pts", '"+"0.00" pts";"−"0.00" pts";0.00" pts"'),
    (-1 / 3500, "−0,03 pts", "−0.03 pts", '"+"0.00" pts";"−"0.00" pts";0.00" pts"'),
    (1 / 34875, "< +0,01 pts", "<+0.01 pts", '"< +0,01 pts"'),  # read "+0,0 pts" before
    (-1 / 34875, "> −0,01 pts", ">−0.01 pts", '"> −0,01 pts"'),
    (0.0005, "+0,1 pts", "+0.1 pts", '"+"0.0" pts";"−"0.0" pts";0.0" pts"'),  # a half, away from 0
    (0.9996, "+99,96 pts", "+99.96 pts", '"+"0.00" pts";"−"0.00" pts";0.00" pts"'),
    (-0.99996, "< −99,99 pts", "<−99.99 pts", '"< −99,99 pts"'),  # not all to none
    (1.0, "+100,0 pts", "+100.0 pts", '"+"0.0" pts";"−"0.0" pts";0.0" pts"'),
])
def test_a_change_that_is_not_zero_never_reads_0_pts(change, fr, en, cell):
    """A change of share in points follows the near-ends rule of shares and growths: one
    more decimal, then a bound; "0,0 pts" only for no net change at all, in the text and
    in the report's cell (which holds the points)."""
    from barometre.render.excel.cells import points_format
    from barometre.render.waves import fmt_points

    assert fmt_points(change) == fr.replace(" ", NN, 1 if fr[0] in "<>" else 0)
    assert fmt_points(change, "en") == en
    assert points_format(change * 100, "fr") == cell
    assert points_format(change * 100, "en") == cell.replace("< ", "<").replace("> ", ">") \
        .replace(",", ".")


def test_changes_and_the_report_say_a_small_change_alike(cli, tmp_path):
    """3,500 communes: one joins Facebook (+1/3 500 = 0.029 points), one leaves TikTok, X
    does not move: changes says "+0,03 pts", "−0,03 pts", "0,0 pts", and so do the cells
    of the Mouvements sheet, which keep the value in points."""
    codes = bm.reference.entities("commune")["code"].tolist()[:3500]
    files = []
    for y in (2024, 2025):
        rows = [f"{c};{'Oui' if i or y == 2025 else 'Non'};Oui;"
                f"{'Oui' if i == 0 and y == 2024 else 'Non'};15/10/{y}" for i, c in enumerate(codes)]
        f = tmp_path / f"communes-{y}.csv"
        f.write_text("Code INSEE;Facebook;X;TikTok;Date du relevé\n" + "\n".join(rows) + "\n",
                     encoding="utf-8")
        files += ["--data", f]
    out = cli("changes", *files).stdout
    shown = {p: _row(out, p) for p in ("Facebook", "X (ex-Twitter)", "TikTok")}
    assert "  +0,03 pts  " in shown["Facebook"] and "  −0,03 pts  " in shown["TikTok"]
    assert "  0,0 pts  " in shown["X (ex-Twitter)"]
    assert "  +0.03 pts  " in _row(cli("changes", *files, "--lang", "en").stdout, "Facebook")
    rep = tmp_path / "r.xlsx"
    res = cli("report", *files, "-o", rep)
    assert res.exit_code == 0, res.stderr
    ws = openpyxl.load_workbook(rep)["Mouvements"]
    head = next(r for r in ws.iter_rows() if r[0].value == "Réseau")
    col = [c.value for c in head].index("Évolution")
    cells = {r[0].value: r[col] for r in ws.iter_rows(min_row=head[0].row + 1, max_row=head[0].row + 3)}
    two = '"+"0.00" pts";"−"0.00" pts";0.00" pts"'
    assert {k: (round(c.value, 6), c.number_format) for k, c in cells.items()} == {
        "Facebook": (round(100 / 3500, 6), two), "TikTok": (round(-100 / 3500, 6), two),
        "X (ex-Twitter)": (0.0, '"+"0.0" pts";"−"0.0" pts";0.0" pts"')}


def test_a_small_loss_per_1000_reads_with_the_minus_sign_in_text_and_cells(cli, tmp_path):
    """The median gain per 1,000 inhabitants of three départements losing a few followers
    read "-0,0" (an ASCII hyphen) where the growths beside it read "−0,3 %", then "−0,0",
    which says no loss at all: 2 followers lost by the Aisne (~530,000 inhabitants) is
    −0.004 per 1,000, which now reads "> −0,01" in both languages, in the text and the
    Mouvements cells (the value kept)."""
    files = _two_waves(tmp_path, {"01": (1000, 997), "02": (1000, 998), "03": (1000, 1004)})
    data = (*files, "--type", "departement")
    row = _row(cli("changes", *data).stdout, "Facebook ")
    assert row.endswith(f"  >{NN}−0,01 (n = 3)") and "-" not in row
    assert _row(cli("changes", *data, "--lang", "en").stdout, "Facebook ").endswith(
        "  >−0.01 (n = 3)")
    rep = tmp_path / "r.xlsx"
    assert cli("report", *data, "-o", rep).exit_code == 0
    ws = openpyxl.load_workbook(rep)["Mouvements"]
    negative = [c for r in ws.iter_rows() for c in r
                if isinstance(c.value, float) and -0.005 < c.value < 0
                and "%" not in c.number_format]  # the growths beside them: "−0,3 %"
    assert len(negative) == 3  # the median and two entities' gains per 1,000
    assert {c.number_format for c in negative} == {'"> −0,01"'}

def test_a_few_followers_per_1000_never_read_zero(cli, tmp_path):
    """One follower for Paris's 2.1 M inhabitants is not "0,0" per 1,000 (nobody): near 0
    a number per 1,000 gets one more decimal ("0,02"), then a bound ("< 0,01"), in the
    ranking, the benchmark sentence, the chart's labels and every cell of the report,
    the bulk Classement sheet included; the cells keep their values."""
    src = tmp_path / "communes.csv"
    src.write_text("code;plateforme;present;abonnes;date\n"
                   "75056;facebook;Oui;1;15/10/2025\n13055;facebook;Oui;15;15/10/2025\n"
                   "01001;facebook;Oui;8;15/10/2025\n", encoding="utf-8")
    data = ("--data", src, "--type", "commune")
    ranked = cli("rank", *data, "-p", "facebook", "--metric", "followers_per_1000").stdout
    line = {code: next(x for x in ranked.splitlines() if f"  {code}  " in x)
            for code in ("75056", "13055", "01001")}
    assert f"  <{NN}0,01  " in line["75056"] and "  0,02  " in line["13055"]
    assert "  9,3  " in line["01001"]  # 8 for 860 inhabitants: as before
    en = cli("rank", *data, "-p", "facebook", "--metric", "followers_per_1000", "--lang", "en")
    assert "  <0.01  " in en.stdout and "  0.02  " in en.stdout
    said = cli("benchmark", "--entity", "13055", *data).stdout
    assert f"; 0,02 pour 1{NN}000 habitants" in said
    said = cli("benchmark", "--entity", "75056", *data, "--lang", "en").stdout
    assert "; <0.01 per 1,000 inhabitants" in said
    out = tmp_path / "r.xlsx"
    assert cli("report", *data, "--entity", "13055", "-o", out).exit_code == 0
    wb = openpyxl.load_workbook(out)
    bench = wb["Benchmark"]
    head = [c.value for c in bench[3]]
    cell = bench.cell(row=4, column=head.index("Abonnés pour 1\u202f000 hab.") + 1)
    assert cell.value == pytest.approx(15 / 886.040) and cell.number_format == "0.00"
    ranking = wb["Classement"]  # streamed column by column: its own styles per value
    h = next(c.row for c in ranking["A"] if c.value == "Réseau")  # below the notes
    head = [c.value for c in ranking[h]]
    j = head.index("Abonnés pour 1\u202f000 hab.")
    shown = {r[1].value: (r[j].value, r[j].number_format) for r in ranking.iter_rows(min_row=h + 1)}
    assert shown["75056"][1] == '"< 0,01"' and 0 < shown["75056"][0] < 0.001
    assert shown["13055"][1] == "0.00" and shown["01001"][1] == "0.0"
    fig = charts.ranking(bm.rank(bm.read_survey(src, type="commune"), "facebook",
                                 metric="followers_per_1000"))
    labels = [t.get_text().strip() for t in fig.axes[0].texts]
    assert f"<{NN}0,01" in labels and "0,02" in labels and "0,0" not in labels


def _machine(cli, *args) -> tuple[list[dict], list[dict]]:
    """The JSON records of a command and its CSV rows."""
    js = json.loads(cli(*args, "--format", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(cli(*args, "--format", "csv").stdout)))
    return js, rows


@pytest.fixture(scope="module")
def census_like(tmp_path_factory):
    """Every commune: Facebook « Non » for the first, X « Oui » for the first only, five
    blanks (review14b's mkcomm.py, with an X column)."""
    codes = bm.reference.entities("commune")["code"].tolist()
    f = tmp_path_factory.mktemp("census-like") / "communes.csv"
    f.write_text("code;Facebook;X;Date\n" + "".join(
        f"{c};{'Non' if i == 0 else '' if i < 6 else 'Oui'};"
        f"{'Oui' if i == 0 else '' if i < 6 else 'Non'};15/10/2025\n"
        for i, c in enumerate(codes)), encoding="utf-8")
    return f


@pytest.mark.parametrize("command", ["compare", "trend"])
def test_csv_and_json_never_round_a_share_or_bound_onto_0_or_1(cli, census_like, command):
    """34,869 « Oui » of 34,870 answered (of 34,875 communes): the upper bound is 34,874 of
    34,875 and the lower bound of 1 « Oui » is at least 1/34,875, but CSV and JSON rounded
    the bounds to 4 decimals, 1.0 and 0.0: impossible figures. They keep their first
    digits; an exact 0 or 1 stays so."""
    js, rows = _machine(cli, command, "--data", census_like, "--type", "commune",
                        *(("--platform", "facebook", "--platform", "x") if command == "trend"
                          else ()))
    by = {r["platform"]: r for r in js}
    fb, x = by["facebook"], by["x"]
    assert fb["ci_high"] == round(34_874 / 34_875, 7) == 0.9999713
    assert fb["share"] == round(34_869 / 34_870, 7) and fb["ci_low"] == 0.9999427
    assert x["ci_low"] == round(1 / 34_875, 7) and x["share"] == round(1 / 34_870, 7)
    assert 0 < x["ci_low"] <= x["share"] < x["ci_high"] < 0.001
    for r in [r for r in js + rows if r["platform"] != "any"]:  # "any": 34,870 of 34,870
        for c in ("share", "ci_low", "ci_high", "coverage"):
            if r.get(c) not in (None, ""):
                assert 0 < float(r[c]) < 1, (c, r)
    if command == "trend":
        assert fb["coverage"] == round(34_870 / 34_875, 6)


def test_changes_csv_and_json_never_publish_a_p_value_or_growth_of_0(cli, tmp_path):
    """80 départements, 60 joined and none left: p = 2/2⁶⁰, written 0.0 by CSV and JSON
    (rounded to 6 decimals), an impossible p-value; a growth of one follower on 999,999,999
    was written 0.0 too, which reads « no change »."""
    codes = bm.reference.entities("departement")["code"].tolist()[:80]
    files = []
    for y in (2024, 2025):
        f = tmp_path / f"d{y}.csv"
        f.write_text("code;Facebook;Abonnés Facebook;Date\n" + "".join(
            f"{c};{'Oui' if y == 2025 or i >= 60 else 'Non'};"
            f"{(999_999_999 + (y == 2025)) if i == 79 else ''};15/10/{y}\n"
            for i, c in enumerate(codes)), encoding="utf-8")
        files += ["--data", f]
    js, rows = _machine(cli, "changes", *files)
    assert (js[0]["joined"], js[0]["left"], js[0]["census"]) == (60, 0, False)
    assert js[0]["p_value"] == 1.73e-18 and float(rows[0]["p_value"]) == 1.73e-18
    assert js[0]["median_growth"] == 1e-09 and float(rows[0]["median_growth"]) == 1e-09
    listed, rows = _machine(cli, "changes", *files, "--list")
    grown = [r for r in listed if r["growth"] is not None]
    assert [r["growth"] for r in grown] == [1e-09]
    assert [float(r["growth"]) for r in rows if r["growth"]] == [1e-09]


@pytest.fixture(scope="module")
def every_commune(tmp_path_factory):
    """Every commune on Facebook, one more follower each, in the reference's order: the
    file and the codes."""
    codes = bm.reference.entities("commune")["code"].tolist()
    src = tmp_path_factory.mktemp("every-commune") / "communes.csv"
    src.write_text("code;plateforme;present;abonnes;date\n" + "".join(
        f"{c};facebook;Oui;{1000 + i};15/10/2025\n" for i, c in enumerate(codes)),
        encoding="utf-8")
    return src, codes


def test_benchmark_csv_and_json_never_round_a_percentile_onto_100_or_0(cli, every_commune):
    """The 2nd of 34,875 has 34,874 at or below, percentile 99.997, which CSV and JSON
    rounded to 2 decimals, « 100.0 », the top's percentile; the last one's 1/34,875
    (0.00287) keeps its digits, and the top is 100.0."""
    src, codes = every_commune
    js, rows = _machine(cli, "benchmark", "--data", src, "--type", "commune",
                        "--entity", codes[-2])
    assert (js[0]["rank"], js[0]["n_peers"]) == (2, 34_875)
    assert js[0]["percentile"] == 99.99713 and rows[0]["percentile"] == "99.99713"
    js, rows = _machine(cli, "benchmark", "--data", src, "--type", "commune",
                        "--entity", codes[0])
    assert js[0]["percentile"] == 0.00287 and rows[0]["percentile"] == "0.00287"
    js = json.loads(cli("benchmark", "--data", src, "--type", "commune", "--entity",
                        codes[-1], "--format", "json").stdout)
    assert js[0]["percentile"] == 100.0


def test_a_rank_among_thousands_reads_with_its_thousands_separator(cli, every_commune):
    """The benchmark sentence said « 2e sur 34875 » and « 31888e sur 34869 », the only
    numbers of the line without the separator of « 35 873 abonnés »."""
    from barometre.render.formats import fmt_rank, fmt_rank_range

    src, codes = every_commune
    args = ("benchmark", "--data", src, "--type", "commune", "--entity", codes[-2])
    fr, en = cli(*args).stdout, cli(*args, "--lang", "en").stdout
    assert f"2e sur 34{NN}875 " in fr and f", 31{NN}888e sur 34{NN}869" in fr, fr
    assert "2nd of 34,875 " in en and ", 31,888th of 34,869" in en, en
    assert fmt_rank(1_135, 1_135, type_id="commune") == f"1{NN}135e sur 1{NN}135"
    assert fmt_rank_range(1_001, 1_002, 2_000, "en") == "1,001st or 1,002nd of 2,000"


def _around_the_median(tmp_path):
    """Départements of 10,000, 100,000 (the median, the Mayenne's) and 200,000 followers,
    the Maine-et-Loire 99,996 and the Marne 100,004."""
    codes = bm.reference.entities("departement")["code"].tolist()
    values = [10_000] * 49 + [99_996, 100_000, 100_004] + [200_000] * (len(codes) - 52)
    assert codes[49:52] == ["49", "50", "51"]
    src = tmp_path / "departements.csv"
    src.write_text("code;plateforme;present;abonnes;date\n" + "".join(
        f"{c};facebook;Oui;{v};15/10/2025\n" for c, v in zip(codes, values)), encoding="utf-8")
    return src


def test_benchmark_csv_and_json_never_round_an_index_onto_100(cli, tmp_path):
    """An index is the entity's value ÷ the peers' median × 100: 100 says « at the median »
    (s32). Départements of 10,000, 100,000 (the median) and 200,000 followers, the Maine-
    et-Loire 99,996 and the Marne 100,004: CSV and JSON rounded both indexes to 2 decimals,
    « 100.0 », the Marne's and the median's alike; the Mayenne, at the median, keeps 100.0,
    and an index far from 100 its 2 decimals (200.0)."""
    src = _around_the_median(tmp_path)
    for entity, index in (("49", 99.996), ("51", 100.004), ("50", 100.0), ("75", 200.0)):
        js, rows = _machine(cli, "benchmark", "--data", src, "--type", "departement",
                            "--entity", entity)
        assert js[0]["peer_median"] == 100_000.0
        assert js[0]["index"] == index and float(rows[0]["index"]) == index, entity
    assert rows[0]["index"] == "200.0"  # far from 100: its 2 decimals, as before


def test_benchmark_sentence_never_says_index_100_of_an_index_that_is_not(cli, tmp_path):
    """The table's sentence gives the index as a whole number (« indice 113 »), and said
    « indice 100 », at the median, of 99.996 and 100.004 alike (s32): such an index gets
    the decimals that set it apart; the median's own stays « indice 100 »."""
    src = _around_the_median(tmp_path)

    def said(entity, lang="fr"):
        out = cli("benchmark", "--data", src, "--type", "departement", "--entity", entity,
                  "--lang", lang).stdout
        (line,) = [x for x in out.splitlines() if x.startswith("Facebook")]
        return line.replace(NN, " ")

    assert ", indice 99,996 ; " in said("49")
    assert ", indice 100,004 ; " in said("51")
    assert ", indice 100 ; " in said("50") and ", indice 200 ; " in said("75")
    assert ", index 99.996; " in said("49", "en")
