"""The method line under ``changes``' table (the terminal's and the report's Mouvements
sheet's, both :func:`barometre.render.waves.base_note`) ends with the « exhaustif » legend
only when a row's p column says « exhaustif ». Two waves of the 96 metropolitan
départements, some answers unknown, show a sure range in place of p and nothing counted
whole: the legend « « exhaustif » : toute la partie du type … est comparée » explained
nothing shown (des24). The same for a sample of the type and for waves marked « † ». And a
part's interval is one helper's, trend's as compare's (survey._part_cis)."""

from __future__ import annotations

import json

import openpyxl
import pytest

import barometre as bm
from barometre.analysis.stats import wilson_interval

from .test_wav23b import _bands_waves, _metro_waves
from barometre.render.excel.cells import typeset

METHOD = {"fr": "Parts calculées sur les entités comparables",
          "en": "Shares over the comparable entities"}
LEGEND = {"fr": "« exhaustif » :", "en": "“census”:"}
PLAIN = {"fr": ("Parts calculées sur les entités comparables (réponse connue aux deux vagues) ; "
                "p : test exact de McNemar (arrivées contre départs), bilatéral."),
         "en": ("Shares over the comparable entities (known answer in both waves); p: McNemar's "
                "exact test (joined vs left), two-sided.")}
UNTESTED = {"fr": "Parts calculées sur les entités comparables (réponse connue aux deux vagues).",
            "en": "Shares over the comparable entities (known answer in both waves)."}
PART_LEGEND = {"fr": ("« exhaustif » : toute la partie du type que tiennent les vagues est "
                      "comparée (voir la note), l'évolution de cette partie est exacte."),
               "en": ("“census”: the whole part of the type the waves hold is compared (see "
                      "the note), that part's change is exact.")}


def _method_line(out: str, lang: str) -> str:
    (line,) = [x for x in out.splitlines() if x.startswith(METHOD[lang])]
    return line


def _movements_method_line(cli, tmp_path, files, lang: str) -> tuple[str, list]:
    """The Mouvements sheet's method line, and its p column's cells."""
    out = tmp_path / f"r-{lang}.xlsx"
    res = cli("report", *[a for f in files for a in ("--data", f)], "-o", out, "--lang", lang)
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out)["Mouvements" if lang == "fr" else "Changes"]
    lines = [r[0].value for r in ws.iter_rows()
             if isinstance(r[0].value, str) and r[0].value.startswith(METHOD[lang])]
    head = next(r for r in ws.iter_rows() if r[0].value in ("Réseau", "Platform"))
    col = [c.value for c in head].index("p (McNemar)")
    ps = []
    for r in ws.iter_rows(min_row=head[0].row + 1):  # the table's rows, to its end
        if r[0].value not in ("Facebook", "Instagram"):
            break
        ps.append(r[col].value)
    (line,) = lines
    return line, ps


def _two_platforms(tmp_path):
    """The 96 metropolitan départements read twice: Facebook answered by all in both waves
    (the part's census, « exhaustif »), Instagram with ten unknown in 2025 (a sure range)."""
    metro = [c for c in bm.reference.type_codes("departement") if not c.startswith("97")]

    def write(name, date, fb, ig):
        path = tmp_path / name
        path.write_text("Code;Facebook;Instagram;Date du relevé\n" + "".join(
            f"{c};{fb(i)};{ig(i)};{date}\n" for i, c in enumerate(metro)), encoding="utf-8")
        return path

    old = write("m2024.csv", "15/10/2024", lambda i: "Oui" if i % 4 else "Non",
                lambda i: "Oui" if i % 3 else "Non")
    new = write("m2025.csv", "15/10/2025", lambda i: "Oui" if i % 6 else "Non",
                lambda i: "" if i % 10 == 3 else "Oui" if i % 2 else "Non")
    return old, new


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_part_with_unknowns_shows_no_census_legend(cli, tmp_path, lang):
    old, new = _metro_waves(tmp_path)
    res = cli("changes", "--data", old, "--data", new, "--lang", lang)
    assert res.exit_code == 0, res.output
    fb = next(x for x in res.stdout.splitlines() if x.startswith("Facebook"))
    assert "exhaustif" not in fb and "census" not in fb  # a sure range in place of p
    assert _method_line(res.stdout, lang) == PLAIN[lang]
    assert LEGEND[lang] not in res.stdout + res.stderr
    line, ps = _movements_method_line(cli, tmp_path, (old, new), lang)
    assert ps == [("−2,1 à +8,4 pts" if lang == "fr" else "−2.1 to +8.4 pts")]
    assert line == typeset(PLAIN[lang], lang)  # the workbook's French spaces


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_part_counted_whole_keeps_its_legend(cli, tmp_path, lang):
    """One platform counted whole is enough: the legend explains its « exhaustif »."""
    old, new = _two_platforms(tmp_path)
    res = cli("changes", "--data", old, "--data", new, "--lang", lang)
    assert res.exit_code == 0, res.output
    rows = {x.split()[0]: x for x in res.stdout.splitlines()
            if x.startswith(("Facebook", "Instagram"))}
    assert ("exhaustif" if lang == "fr" else "census") in rows["Facebook"]
    assert "pts" in rows["Instagram"].split("%")[-1]  # its sure range
    assert _method_line(res.stdout, lang).endswith(PART_LEGEND[lang])
    line, ps = _movements_method_line(cli, tmp_path, (old, new), lang)
    assert ps[0] == ("exhaustif" if lang == "fr" else "census")
    assert line.endswith(typeset(PART_LEGEND[lang], lang))


def test_a_sample_and_waves_marked_dagger_show_no_legend(cli, tmp_path):
    # 30 départements, a sample of the 101: p values, nothing « exhaustif »
    files = ("tests/files/waves21/a_w2024.csv", "tests/files/waves21/a_w2025oct.csv")
    res = cli("changes", "--data", files[0], "--data", files[1])
    assert res.exit_code == 0, res.output
    assert "exhaustif" not in res.stdout
    assert _method_line(res.stdout, "fr") == PLAIN["fr"]
    # every row marked « † », « voir † » in place of p: no test run, so no word of
    # McNemar either (session 30), the shares' base alone
    old, new = _bands_waves(tmp_path)
    res = cli("changes", "--data", old, "--data", new, "--lang", "en")
    assert res.exit_code == 0, res.output
    assert _method_line(res.stdout, "en") == UNTESTED["en"]
    assert _movements_method_line(cli, tmp_path, (old, new), "fr")[0] == UNTESTED["fr"]


def test_the_census_of_the_type_keeps_its_legend(cli):
    res = cli("changes", "--data", bm.demo_file("releves"))
    assert res.exit_code == 0, res.output
    assert _method_line(res.stdout, "fr").endswith(
        "« exhaustif » : toutes les entités du type sont comparées, l'évolution est exacte.")


def test_trend_gives_a_part_the_interval_compare_gives_it(cli, tmp_path):
    """A wave of the 96 with blanks: trend's interval and census are compare's, one helper
    (N = 96, not 101); the wave of all 96 answered, the part's census, no interval."""
    old, new = _metro_waves(tmp_path)
    (c_old,) = json.loads(cli("compare", "--data", old, "-t", "departement", "-f", "json").stdout)
    (c_new,) = json.loads(cli("compare", "--data", new, "-t", "departement", "-f", "json").stdout)
    t = json.loads(cli("trend", "-t", "departement", "--data", old, "--data", new,
                       "-f", "json").stdout)
    assert [(r["census"], r["ci_low"], r["ci_high"]) for r in t] == [
        (True, None, None), (False, c_new["ci_low"], c_new["ci_high"])]
    assert c_old["subset_census"] is True and c_new["subset_census"] is False
    lo, hi = wilson_interval(c_new["n_present"] / c_new["n_base"], c_new["n_base"], population=96)
    assert (c_new["ci_low"], c_new["ci_high"]) == (round(lo, 4), round(hi, 4))
