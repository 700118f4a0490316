"""A survey share's interval stays within the shares the population can have.

With N entities of the type, k present among the n that answered and u = N − n others,
the share of all N is (k + j) / N for a whole j between 0 and u: it lies in
[k / N, (k + u) / N] whatever the others are. The Wilson interval with the
finite-population correction is computed, then each bound goes outward to the nearest
such share (``analysis.stats.wilson_interval``).
"""

from __future__ import annotations

import math
import random

import pytest

import barometre as bm
from barometre.analysis.stats import Z95, wilson_interval

from .conftest import ROOT, as_json, down, up

DEMO = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
NN = "\u202f"


def _fpc_wilson(k: int, n: int, big_n: int) -> tuple[float, float]:
    """Wilson with the finite-population correction, from the formula, unclipped."""
    z, p = Z95, k / n
    n_eff = n * (big_n - 1) / (big_n - n)
    d = 1 + z * z / n_eff
    c = (p + z * z / (2 * n_eff)) / d
    h = z * math.sqrt(p * (1 - p) / n_eff + z * z / (4 * n_eff ** 2)) / d
    return c - h, c + h


@pytest.mark.parametrize("k, n, big_n, wilson, expected", [
    # Facebook of the demo: 90 of 94, 7 not answered, of 101. The corrected Wilson
    # interval reaches 96.7 %, above the 97 of 101 (96.0 %) that can be present at most;
    # 95.47 and 97.67 of the 101 go outward to 95 and 97 (capped at 90 + 7)
    (90, 94, 101, (0.9453, 0.967), (95, 97)),
    # Instagram: 84 of 100, one unknown: 84.10 and 85.55 of 101 -> 84 and 85, the whole
    # possible range (84 of 101 has a chance of 16 % under the interval's own assumption)
    (84, 100, 101, (0.8327, 0.8471), (84, 85)),
    # TikTok: 17 of 99, two unknown: the corrected interval starts below 17 of 101
    # (16.31) and stops at 18.43: 17 and 19
    (17, 99, 101, (0.1615, 0.1825), (17, 19)),
    # 99 of 100, one unknown: 99.77 and 100.17 of 101 -> 99 and 100
    (99, 100, 101, (0.9879, 0.9918), (99, 100)),
])
def test_bounds_by_hand(k, n, big_n, wilson, expected):
    lo, hi = _fpc_wilson(k, n, big_n)
    assert (round(lo, 4), round(hi, 4)) == wilson
    assert wilson_interval(k / n, n, population=big_n) == (expected[0] / big_n,
                                                           expected[1] / big_n)


def test_far_from_a_census_the_steps_are_tiny():
    # 12 present of 500 communes that answered, of 34,875: the corrected Wilson interval,
    # each bound moved by less than one commune in 34,875
    lo, hi = _fpc_wilson(12, 500, 34875)
    got = wilson_interval(12 / 500, 500, population=34875)
    assert lo - 1 / 34875 < got[0] <= lo and hi <= got[1] < hi + 1 / 34875
    assert round(got[0] * 34875) == math.floor(lo * 34875)
    # without a known population: the plain Wilson interval, unchanged
    z, p, n = Z95, 12 / 500, 500
    d = 1 + z * z / n
    c, h = (p + z * z / (2 * n)) / d, z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    assert wilson_interval(p, n) == (pytest.approx(c - h), pytest.approx(c + h))


def test_within_the_possible_range_on_random_counts():
    rng = random.Random(2026)
    for _ in range(20000):
        big_n = rng.randint(2, 3000)
        n = rng.randint(1, big_n - 1)
        k = rng.randint(0, n)
        u = big_n - n
        lo, hi = wilson_interval(k / n, n, population=big_n)
        assert k / big_n <= lo <= k / n <= hi <= (k + u) / big_n, (k, n, big_n)
        # the bounds are shares the N can have: (k + j) / N
        for bound in (lo, hi):
            j = bound * big_n - k
            assert abs(j - round(j)) < 1e-6 and 0 <= round(j) <= u, (k, n, big_n, bound)
        # outward: the corrected Wilson interval, within the possible range, is inside
        w_lo, w_hi = _fpc_wilson(k, n, big_n)
        assert lo <= max(w_lo, k / big_n) + 1e-12 and hi >= min(w_hi, (k + u) / big_n) - 1e-12


def _beta_binomial(j: int, u: int, a: float, b: float) -> float:
    lg = math.lgamma
    return math.exp(lg(u + 1) - lg(j + 1) - lg(u - j + 1) + lg(j + a) + lg(u - j + b)
                    - lg(u + a + b) - lg(a) - lg(b) + lg(a + b))


def test_near_a_census_the_interval_covers_the_likely_shares():
    """Under the interval's own assumption (the u others like the n that answered), the
    number j present among them follows a beta-binomial law (Jeffreys prior). Near a
    census (u ≤ N / 2), every j but the 2.5 % tails on each side is inside the interval;
    clipping the corrected Wilson interval to the possible range would not be enough
    (84 of 100 of 101 would leave out 84 of 101, a chance of 16 %)."""
    rng = random.Random(9)
    for _ in range(3000):
        big_n = rng.randint(20, 300)
        u = rng.randint(1, big_n // 2)
        n = big_n - u
        k = rng.randint(0, n)
        pmf = [_beta_binomial(j, u, k + 0.5, n - k + 0.5) for j in range(u + 1)]
        low_tail = [sum(pmf[:j + 1]) for j in range(u + 1)]
        j_lo = next(j for j in range(u + 1) if low_tail[j] > 0.025)
        j_hi = next(j for j in range(u, -1, -1) if sum(pmf[j:]) > 0.025)
        lo, hi = wilson_interval(k / n, n, population=big_n)
        assert lo <= (k + j_lo) / big_n + 1e-12 and hi >= (k + j_hi) / big_n - 1e-12, (k, n, big_n)
    assert _beta_binomial(0, 1, 84.5, 16.5) == pytest.approx(16.5 / 101)
    assert _fpc_wilson(84, 100, 101)[0] > 84 / 101  # the corrected interval leaves it out


def test_demo_figures_in_compare_and_trend(cli):
    """The demo file (101 départements): compare and trend give the same bounds, each a
    share of the 101 between k / 101 and (k + u) / 101."""
    expected = {"facebook": (90, 7, 95, 97), "instagram": (84, 1, 84, 85),
                "linkedin": (76, 3, 76, 79), "youtube": (64, 3, 64, 67),
                "tiktok": (17, 2, 17, 19)}
    a = bm.adoption(bm.read_survey(DEMO)).set_index("platform")
    compare = {r["platform"]: r for r in as_json(cli("compare", "--data", DEMO, "--type",
                                                     "departement", "--format", "json"))}
    trend = {r["platform"]: r for r in as_json(cli("trend", "--data", DEMO, "--type",
                                                   "departement", "--format", "json"))}
    for platform, (k, u, lo, hi) in expected.items():
        assert (a.loc[platform, "n_present"], a.loc[platform, "n_unknown"]) == (k, u)
        assert (a.loc[platform, "ci_low"], a.loc[platform, "ci_high"]) == (lo / 101, hi / 101)
        for rec in (compare[platform], trend[platform]):  # rounded to 4 decimals
            # a sure range's bounds outward, a 95 % interval's to the nearest
            sure = rec["ci_kind"] == "sure"
            assert (rec["ci_low"], rec["ci_high"]) == (
                (down(lo / 101, 4), up(hi / 101, 4)) if sure
                else (round(lo / 101, 4), round(hi / 101, 4)))
    text = cli("compare", "--data", DEMO, "--type", "departement").stdout
    facebook = next(line for line in text.splitlines() if "Facebook" in line)
    assert f"IC 95{NN}% : 94–96{NN}%" in facebook  # 95 and 97 of the 101, never 97 %
    instagram = next(line for line in text.splitlines() if "Instagram" in line)
    # 84 or 85 of the 101, one unknown: the sure range, no 95 % interval (ci25)
    assert f"fourchette sûre : 83–85{NN}%" in instagram
    for platform in expected:  # a 95 % interval inside the possible range, or that range
        assert compare[platform]["ci_kind"] == trend[platform]["ci_kind"] == (
            "ci95" if platform == "facebook" else "sure")


def test_bounds_that_would_read_the_same_take_decimals():
    from barometre.render.excel.cells import ci_format
    from barometre.render.formats import fmt_ci

    # 99 of 100 answered with one unknown, read as a plain corrected interval, both 99 %
    assert fmt_ci(0.9879, 0.9918) == f"IC 95{NN}% : 98,8–99,2{NN}%"
    assert fmt_ci(0.9879, 0.9918, lang="en") == "95% CI: 98.8–99.2%"
    assert fmt_ci(0.98791, 0.98794, lang="en") == "95% CI: 98.791–98.794%"
    assert (ci_format(0.9879, "fr", 0.9918), ci_format(0.9918, "en", 0.9879)) == ("0.0 %", "0.0%")
    # the near-ends rule kept: an exact end reads 100, another bound takes what it needs
    assert fmt_ci(0.99989, 1.0, lang="en") == "95% CI: 99.99–100%"
    assert fmt_ci(0.9991, 0.9996) == f"IC 95{NN}% : 99,9–99,96{NN}%"
    assert ci_format(1.0, "fr", 0.99989) == "0 %" and ci_format(0.99989, "fr", 1.0) == "0.00 %"
    assert fmt_ci(0.81, 0.99) == f"IC 95{NN}% : 81–99{NN}%" and ci_format(0.81, "fr", 0.99) == "0 %"


def test_bounds_of_a_survey_read_apart_in_text_and_cells(cli, tmp_path):
    """50 of 100 départements, one not in the file: the share of the 101 is 50 or 51 of
    them, 49.5 % or 50.5 %, both "50 %" at whole percents."""
    import openpyxl

    from barometre.datasets import reference

    codes = sorted(reference.entities("departement")["code"])[:100]
    data = tmp_path / "cent.csv"
    data.write_text("code;plateforme;present;date\n" + "".join(
        f"{c};facebook;{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(codes)),
        encoding="utf-8")
    rec = as_json(cli("compare", "--data", data, "--type", "departement", "--format", "json"))[0]
    assert (rec["n_present"], rec["n_base"], rec["n_unknown"]) == (50, 100, 0)
    assert (rec["ci_low"], rec["ci_high"]) == (down(50 / 101, 4), up(51 / 101, 4))
    text = cli("compare", "--data", data, "--type", "departement").stdout
    # 50 or 51 of the 101: the sure range itself, said so (ci25)
    assert f"fourchette sûre : 49,5–50,5{NN}%" in text
    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", data, "--type", "departement", "-o", out).exit_code == 0
    ws = openpyxl.load_workbook(out)["Adoption"]
    heads = [c.value for c in ws[1]]
    row = [r for r in ws.iter_rows(min_row=2) if r[heads.index("Intervalle bas")].value][0]
    low, high = row[heads.index("Intervalle bas")], row[heads.index("Intervalle haut")]
    # the exact bounds (session 31: 0.495 and 0.505, rounded outward, were in the cells),
    # shown outward « 49,5 % » and « 50,5 % », as the nearest rounds them here
    assert (low.value, high.value) == (pytest.approx(50 / 101, rel=1e-12),
                                       pytest.approx(51 / 101, rel=1e-12))
    assert low.number_format == high.number_format == "0.0 %"


def test_the_method_is_said_with_its_n(cli, tmp_path):
    """compare, trend and the report say what is computed: Wilson with the
    finite-population correction (N = 101 départements) and the possible-share rule."""
    import openpyxl

    for lang, said in (("fr", "Wilson avec correction de population finie (N = 101 départements)"),
                       ("en", "Wilson with finite-population correction (N = 101 départements)")):
        for command in ("compare", "trend"):
            res = cli(command, "--data", DEMO, "--type", "departement", "--lang", lang)
            assert res.exit_code == 0, res.output
            line = next(x for x in res.stdout.splitlines() if said in x)
            assert "k/N" in line and "(k + u)/N" in line, line
        out = tmp_path / f"r-{lang}.xlsx"
        assert cli("report", "--data", DEMO, "--type", "departement", "--lang", lang,
                   "-o", out).exit_code == 0
        wb = openpyxl.load_workbook(out)
        sheet = wb["Sources et méthode" if lang == "fr" else "Sources and method"]
        items = {r[0]: r[1] for r in sheet.iter_rows(values_only=True) if r[0] and r[1]}
        method = items["Intervalles" if lang == "fr" else "Intervals"]
        assert said in method and "(k + u)/N" in method, method
        assert "comme un échantillon" not in method and "as a sample" not in method
        definition = items["IC 95\u202f%" if lang == "fr" else "95% CI"]
        assert "(k + u)/N" in definition and ("population finie" in definition
                                             or "finite-population" in definition)
    # a census: no interval shown, no method line
    census = cli("compare", "--data", DEMO, "--type", "departement", "--blank", "absent").stdout
    assert "correction de population finie" not in census


def test_the_interval_is_read_in_plain_words_before_its_method(cli):
    """A director reads what the interval means before how it is computed (review of a
    département's communicator: « Wilson avec correction … (k + j)/N » alone was jargon)."""
    for lang, plain, method in (
            ("fr", "IC 95\u202f% : la part sur l'ensemble des N est, à 95\u202f% de confiance, "
                   "entre les deux bornes. Méthode : Wilson", "(N = 101 départements)"),
            ("en", "95% CI: the share over all N lies, at 95% confidence, between the two "
                   "bounds. Method: Wilson", "(N = 101 départements)")):
        res = cli("compare", "--data", DEMO, "--type", "departement", "--lang", lang)
        line = next(x for x in res.stdout.splitlines() if x.startswith(plain))
        assert method in line
