"""bm28: a peer whose latest reading is of an older year is set aside, with a count or not.

A statistician's review: two waves (2024, 2025), the Hautes-Alpes only in 2024 with
Facebook blank and Instagram « Non ». The report's Benchmark said Facebook « 7 sans réponse »
and Instagram « 11 sans compte » (2024's answers counted as 2025's) where ``benchmark`` on the
2025 wave and the Classement said 6 and 10; the Ardèche, 2024-only with counts, was set aside
(« 1 relevé de 2024 »), the Hautes-Alpes neither ranked, nor set aside, nor in the Classement.
Now every reading older than the year compared is set aside and counted (``latest_year``),
by ``benchmark``, ``rank``, ``peer_group``, ``league_table`` and every sheet of the report.
"""

from __future__ import annotations

import json

import openpyxl
import pytest

import barometre as bm
from barometre.analysis.peers import peer_group

HEADER = "Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;Date du relevé"
#: the 2025 wave: Sarthe and 6 peers; Facebook: 02 blank (sans réponse), 03 « Non », 08 an
#: account without a count; Instagram: 02 blank, 03 and 04 « Non »
W2025 = ["01;Oui;1 000;Oui;500", "02;;;;", "03;Non;;Non;", "04;Oui;2 000;Non;",
         "06;Oui;3 000;Oui;700", "08;Oui;;Oui;100", "72;Oui;2 500;Oui;900"]
#: the 2024 wave: the same, plus two départements absent in 2025: 05 (Hautes-Alpes)
#: Facebook blank, Instagram « Non »; 07 (Ardèche) with its counts
W2024 = ["01;Oui;900;Oui;400", "02;Oui;1 500;Non;", "03;Non;;Non;", "04;Oui;1 800;Non;",
         "05;;;Non;", "06;Oui;2 800;Oui;600", "07;Oui;4 000;Oui;800", "08;Oui;700;Oui;90",
         "72;Non;;Non;"]


def _write(path, rows, date):
    path.write_text("\n".join([HEADER] + [f"{r};{date}" for r in rows]) + "\n",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def waves(tmp_path_factory):
    """The two wave files, and one file of both waves' readings."""
    d = tmp_path_factory.mktemp("bm28")
    f = d / "both.csv"
    f.write_text("\n".join([HEADER] + [f"{r};15/10/2024" for r in W2024]
                           + [f"{r};14/10/2025" for r in W2025]) + "\n", encoding="utf-8")
    return (_write(d / "w2024.csv", W2024, "15/10/2024"),
            _write(d / "w2025.csv", W2025, "14/10/2025"), f)


@pytest.fixture(scope="module")
def both(waves):
    return bm.read_survey(waves[2])


def _counts(b, platform):
    row = b.set_index("platform").loc[platform]
    return (int(row["n_peers"]), int(row["n_no_answer"]), int(row["n_no_account"]),
            int(row["n_account_no_count"]), int(row["n_set_aside"]))


def test_benchmark_of_two_waves_counts_as_the_latest_wave_alone(waves, both):
    """Before: Facebook 2 sans réponse (02, 05), Instagram 3 sans compte (03, 04, 05), and
    1 reading of 2024 set aside (the Ardèche's)."""
    alone = bm.benchmark(bm.read_survey(str(waves[1])), "Sarthe")
    b = bm.benchmark(both, "Sarthe")
    assert _counts(b, "facebook") == (4, 1, 1, 1, 2)
    assert _counts(b, "instagram") == (4, 1, 2, 0, 2)
    for p in ("facebook", "instagram"):  # the same peers not ranked as the 2025 wave alone
        assert _counts(b, p)[:4] == _counts(alone, p)[:4]
    assert b.set_index("platform").loc["facebook", "no_answer_codes"] == "02"
    assert b.set_index("platform").loc["instagram", "no_account_codes"] == "03;04"
    assert b.attrs["set_aside"] == {"facebook": {2024: 2}, "instagram": {2024: 2}}


def test_every_builder_sets_aside_the_same_readings(both):
    """rank, league_table and peer_group count as benchmark does: one rule."""
    for p in ("facebook", "instagram"):
        r = bm.rank(both, p)
        assert r.attrs["set_aside"] == {2024: 2}
        assert r.attrs["set_aside_codes"] == {"05": 2024, "07": 2024}
        assert sum(r.attrs["not_ranked"].values()) == 3
        assert bm.rank(both, p, entity="05").attrs["entity_not_ranked"] == "older"
    # (no entity of the file without a Facebook reading: the 2024 ones are set aside)
    assert bm.rank(both, "facebook").attrs["not_ranked"] == {
        "not_answered": 1, "absent": 1, "no_count": 1, "no_reading": 0}
    assert bm.league_table(both).attrs["set_aside"] == {"facebook": {2024: 2},
                                                        "instagram": {2024: 2}}
    g = peer_group(both, "Sarthe")
    assert g.attrs["set_aside"] == {"facebook": {2024: 2}, "instagram": {2024: 2}}
    assert "05" not in set(g["code"])


def test_the_report_sheets_agree(cli, waves, tmp_path):
    """The report of the two waves: Benchmark and Classement say « 2 relevés de 2024 » set
    aside and the 2025 wave's peers not ranked; the Synthèse's key lines are 2025's."""
    out = tmp_path / "rapport.xlsx"
    res = cli("report", "--data", waves[0], "--data", waves[1], "--entity", "Sarthe", "-o", out)
    assert res.exit_code == 0, res.output
    wb = openpyxl.load_workbook(out)

    def cells(sheet):
        return [v for row in wb[sheet].iter_rows(values_only=True) for v in row
                if isinstance(v, str)]

    bench = cells("Benchmark")
    aside = ("Plus anciens, laissés de côté\u00a0: Facebook\u00a0: 2 relevés de 2024\u202f; "
             "Instagram\u00a0: 2 relevés de 2024")
    assert aside in bench
    assert ("Facebook\u00a0: 1 sans réponse\u00a0: Aisne\u202f; 1 sans compte\u00a0: Allier\u202f; 1 avec un compte "
            "sans nombre d'abonnés\u00a0: Ardennes") in bench
    assert "Instagram\u00a0: 1 sans réponse\u00a0: Aisne\u202f; 2 sans compte\u00a0: Allier, Alpes-de-Haute-" \
           "Provence" in bench
    rows = list(wb["Benchmark"].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r and r[0] == "Réseau")
    table = {r[0]: dict(zip(rows[head], r)) for r in rows[head + 1:head + 3]}
    assert table["Facebook"]["Pairs classés (n)"] == 4
    assert table["Facebook"]["Pairs non classés"] == (
        "1 sans réponse, 1 sans compte, 1 avec un compte sans nombre d'abonnés")
    assert table["Instagram"]["Pairs non classés"] == "1 sans réponse, 2 sans compte"
    # the Classement: neither 05 nor 07, and it says why, as the Benchmark
    assert aside in cells("Classement")
    rows = list(wb["Classement"].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r and r[0] == "Réseau")
    codes = {r[1] for r in rows[head + 1:] if r and r[0]}
    assert "05" not in codes and "07" not in codes
    assert any(v.startswith("relevés de 2025") and v.endswith(
        "plus anciens" + aside[len("Plus anciens"):]) for v in cells("Sources et méthode"))
    # the Synthèse's key lines: 2025's figures, the same ranks as the Benchmark's
    synth = cells("Synthèse")
    assert "Benchmark\u00a0: Sarthe (72), 2025" in synth
    assert any(v.startswith("Facebook\u00a0: 2\u202f500 abonnés, 2e sur 4,") for v in synth), synth
    assert any(v.startswith("Instagram\u00a0: 900 abonnés, 1er sur 4,") for v in synth), synth


def test_benchmark_cli_text_and_json(cli, waves):
    """The text and JSON of ``benchmark`` on a file holding both waves' readings."""
    f = waves[2]
    out = cli("benchmark", "--entity", "Sarthe", "--data", f).stdout
    assert "(1 sans réponse : Aisne ; 1 sans compte : Allier ; 1 avec un compte sans nombre " \
           "d'abonnés : Ardennes)" in out, out
    assert "laissés de côté : Facebook : 2 relevés de 2024 ; Instagram : 2 relevés de 2024" in out
    js = {r["platform"]: r for r in json.loads(
        cli("benchmark", "--entity", "Sarthe", "--data", f, "--format", "json").stdout)}
    assert (js["instagram"]["n_no_account"], js["instagram"]["n_set_aside"]) == (2, 2)
