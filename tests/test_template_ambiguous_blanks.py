"""barometre's template filled « x or blank » (fix18a, the reviewer's com100_xblank.xlsx).

Interns wrote « x » for an account and left the cell blank for none, never « Non ». The
template's rule read every blank as « non renseigné » with a warning only: TikTok « 100 %
28/28 » where the truth is 28 %, and the CSV export of the same answers said 28 %. In a
barometre template, a presence column with blanks and no « Non » (nor a doubt, « NR »,
« Inactif ») is now an error, blank-ambiguous, until --blank absent or --blank unknown says
which reading; a column with some « Non » keeps the template's rule.
"""

from __future__ import annotations

import random

import openpyxl
import pytest

import barometre as bm
from tests.conftest import as_json

#: the truth: 28 of the 100 départements of the panel on TikTok, all 100 on Facebook
N_TIKTOK = 28


def _filled(tmp_path, tiktok_non: bool = False):
    """The département template, its 100 first rows kept (a panel), filled « x or blank »:
    Facebook « x » everywhere, TikTok « x » on 28 rows drawn with a seed (``tiktok_non``:
    and « Non » on one other row, as the Mode d'emploi asks)."""
    out = bm.write_template(tmp_path / "modele.xlsx", "departement", ["facebook", "tiktok"])
    wb = openpyxl.load_workbook(out)
    ws = wb["Enquête"]
    ws.delete_rows(102, ws.max_row)  # 100 départements: the panel
    heads = [c.value for c in ws[1]]
    fb, tt = heads.index("Facebook - présence") + 1, heads.index("TikTok - présence") + 1
    rows = list(range(2, 102))
    on_tiktok = set(random.Random(18).sample(rows, N_TIKTOK))
    for r in rows:
        ws.cell(r, fb, "x")
        if r in on_tiktok:
            ws.cell(r, tt, "x")
    if tiktok_non:
        ws.cell(min(set(rows) - on_tiktok), tt, "Non")
    path = tmp_path / "enquete-x-ou-vide.xlsx"
    wb.save(path)
    return path, ws


def _tiktok(cli, path, *options):
    res = cli("compare", "--data", path, "--type", "departement", "--panel", *options,
              "-f", "json")
    assert res.exit_code == 0, res.output
    [r] = [r for r in as_json(res) if r["platform"] == "tiktok"]
    return r["n_present"], r["n_base"], r["n_unknown"], r["share"]


def test_x_or_blank_template_is_an_error_until_blank_says_which(cli, tmp_path):
    path, ws = _filled(tmp_path)
    tt = [c.value for c in ws[1]].index("TikTok - présence") + 1
    [p] = [p for p in bm.validate(path) if p.severity == "error"]
    assert (p.code, p.column, p.count) == ("blank-ambiguous", "TikTok - présence",
                                           100 - N_TIKTOK)
    blank = [r for r in range(2, 102) if ws.cell(r, tt).value is None]
    assert p.rows.tolist() == blank
    first = ", ".join(str(r) for r in blank[:5])
    assert p.message.startswith(f"TikTok : {100 - N_TIKTOK} cellules vides (lignes {first}, …) "
                                "dans une colonne sans aucun « Non » : ambigu")
    res = cli("validate", path)
    assert res.exit_code == 1 and "1 erreur" in res.stderr
    # compare refuses it, in words that say what to type
    res = cli("compare", "--data", path, "--type", "departement", "--panel")
    assert res.exit_code == 1
    assert "100\u202f%" not in res.stdout
    assert ("--blank absent si une case vide veut dire pas de compte (case à cocher : « x » "
            "ou vide), --blank unknown si elle veut dire pas encore vérifié") in res.output
    en = cli("compare", "--data", path, "--type", "departement", "--panel", "--lang", "en")
    assert en.exit_code == 1
    assert ("--blank absent if a blank means no account (a tick box: “x” or blank), "
            "--blank unknown if it means not checked yet") in en.output
    # either option: no error, the reading asked; absent is the truth, 28 % exactly
    assert _tiktok(cli, path, "--blank", "absent") == (N_TIKTOK, 100, 0,
                                                       pytest.approx(N_TIKTOK / 100))
    assert _tiktok(cli, path, "--blank", "unknown") == (N_TIKTOK, N_TIKTOK, 100 - N_TIKTOK,
                                                        pytest.approx(1.0))
    for blank in ("absent", "unknown"):
        assert {p.severity for p in bm.validate(path, blank=blank)} <= {"warning"}
        assert cli("validate", path, "--blank", blank).exit_code == 0


def test_its_csv_export_and_blank_absent_agree(cli, tmp_path):
    """The same answers saved as a French CSV (no template marker): the column rule reads
    the blanks as absences, warned; the template read with --blank absent gives the same
    figure, no longer another one."""
    path, ws = _filled(tmp_path)
    csv = tmp_path / "enquete-x-ou-vide.csv"
    with open(csv, "w", encoding="utf-8", newline="") as fh:
        for row in ws.iter_rows(values_only=True):
            fh.write(";".join("" if v is None else str(v) for v in row) + "\n")
    assert "blank-absent" in [p.code for p in bm.validate(csv)]
    assert _tiktok(cli, csv) == _tiktok(cli, path, "--blank", "absent")
    assert cli("compare", "--data", path, "--type", "departement", "--panel").exit_code == 1


def test_a_template_with_some_non_keeps_its_rule(cli, tmp_path):
    """One « Non » in the TikTok column: the column writes its answers, its blanks are not
    answered, warned (blank-unknown), as before fix18a; no error."""
    path, _ = _filled(tmp_path, tiktok_non=True)
    problems = bm.validate(path)
    assert {p.severity for p in problems} == {"warning"}
    [p] = [p for p in problems if p.code == "blank-unknown"]
    assert (p.column, p.count) == ("TikTok - présence", 100 - N_TIKTOK - 1)
    assert _tiktok(cli, path) == (N_TIKTOK, N_TIKTOK + 1, 100 - N_TIKTOK - 1,
                                  pytest.approx(N_TIKTOK / (N_TIKTOK + 1)))
