"""A template's unfilled rows beside CSV waves (session 35): trend, --panel and the report
counted them as surveyed. Two CSV waves of 12 départements, then barometre's 2026 template
of all 101 filled for 11 of them (10 of the 12, and one more): the 90 unfilled rows said
« Inconnu 90 » in trend (0 for the CSV waves' absent départements), made a panel of 12
with « Inconnu 2 » and « 0 le 13 octobre 2026 » non relevés, and filled the Classement and
the Données with empty rows. An entity is in a wave when it answered something there
(an answer, a count or an account): the one rule of trend, --panel, changes and the report."""

from __future__ import annotations

import datetime

import openpyxl
import pytest

import barometre as bm

NNBSP = "\u202f"


@pytest.fixture(scope="module")
def waves(tmp_path_factory):
    d = tmp_path_factory.mktemp("s35")
    codes = bm.reference.entities("departement")["code"].tolist()
    twelve, extra = codes[:12], codes[12]
    paths = []
    for year, day in ((2024, "14/10/2024"), (2025, "15/10/2025")):
        lines = ["code;Facebook;Instagram;date"]
        for i, c in enumerate(twelve):
            # codes[3]'s Instagram blank in 2024: a genuine blank of a filled row, « Inconnu »
            insta = "" if (year == 2024 and i == 3) else ("Oui" if i % 3 else "Non")
            lines.append(f"{c};{'Oui' if i % 4 else 'Non'};{insta};{day}")
        paths.append(d / f"v{year}.csv")
        paths[-1].write_text("\n".join(lines) + "\n", encoding="utf-8")
    tpl = bm.write_template(d / "modele-2026.xlsx", "departement",
                            platforms=["facebook", "instagram"])
    wb = openpyxl.load_workbook(tpl)
    ws = wb["Enquête"]
    heads = [c.value for c in ws[1]]
    filled = twelve[:10] + [extra]
    for row in ws.iter_rows(min_row=2):
        code = str(row[0].value)
        if code not in filled:
            continue
        i = filled.index(code)
        for net, yes in (("Facebook", i % 4 != 0), ("Instagram", i % 3 != 0 or i == 9)):
            row[heads.index(f"{net} - présence")].value = "Oui" if yes else "Non"
            if yes:  # counts, so that the report has a Classement
                row[heads.index(f"{net} - abonnés")].value = 1_000 * (i + 1)
            row[heads.index(f"{net} - date du relevé")].value = datetime.datetime(2026, 10, 13)
    wb.save(tpl)
    paths.append(tpl)
    return paths, twelve, extra


def test_trend_counts_no_unfilled_row_as_unknown(waves):
    """« Inconnu 90 » for the template's wave, 0 for the CSV waves' absent entities: the
    unfilled rows are out of the wave, as a CSV wave's absent entities; the genuine blank of
    a filled row (2024's Instagram) stays « Inconnu 1 »."""
    paths, _, _ = waves
    t = bm.wave_trend(bm.read_waves(paths, type="departement"))
    got = {(p, w[:4]): (int(n), int(b), int(u)) for p, w, n, b, u in zip(
        t["platform"], t["wave"], t["n_present"], t["n_base"], t["n_unknown"])}
    assert got[("facebook", "2026")] == (8, 11, 0)
    assert got[("instagram", "2026")] == (8, 11, 0)
    assert got[("instagram", "2024")] == (8, 11, 1)  # the genuine blank, still unknown
    assert got[("facebook", "2024")] == (9, 12, 0)
    assert all(int(u) == 0 for p, w, u in zip(t["platform"], t["wave"], t["n_unknown"])
               if not (p == "instagram" and w.startswith("2024")))


def test_trend_panel_is_of_the_entities_answered_at_every_wave(waves):
    """The panel was 12 (two of them unfilled rows in 2026, « Inconnu 2 » there) and said
    « 0 le 13 octobre 2026 » non relevées: 10 answered at every wave; 3 out of it (2 not
    filled in 2026, 1 not in the CSV waves), the 88 entities whose rows are all empty said apart."""
    paths, twelve, extra = waves
    t = bm.wave_trend(bm.read_waves(paths, type="departement"), panel=True)
    assert set(t["n_base"].astype(int)) <= {10, 9}
    assert int(t["n_unknown"].sum()) == 1  # 2024's Instagram blank only
    out = t.attrs["panel_out"]
    assert (out["n"], out["n_panel"], out["unanswered"]) == (3, 10, 88)
    assert list(out["absent"].values()) == [1, 1, 2]
    from barometre.render.views import panel_out_notes

    assert panel_out_notes(t, "fr") == [
        "3 départements non relevés à l'une des vagues, hors panel (1 le 14 octobre 2024, 1 le "
        "15 octobre 2025, 2 le 13 octobre 2026) ; 88 autres dont les lignes sont toutes "
        "vides (non remplies), hors panel aussi"]
    assert panel_out_notes(t, "en")[0].endswith(
        "; 88 others whose rows are all empty (not filled in), out of the panel too")


def test_changes_panel_follows_trend_panel_rule(waves):
    """changes --panel (2024 against 2026) made its panel of the 12 in both files, 2 of
    them « non comparables » (unfilled in 2026): now the 10 answered at both waves, every
    count adding up to them, the others said as trend says them."""
    paths, twelve, extra = waves
    w = bm.read_waves(paths, type="departement")
    t = bm.transitions(w, panel=True)
    assert t.attrs["base"]["n"] == 10
    assert set(t["code"]) == set(twelve[:10])
    for p, g in t.groupby("platform"):
        assert len(g) == 10, p
    assert (t["status"] == "not_comparable").sum() == 1  # 2024's Instagram blank
    out = t.attrs["panel_out"]
    assert (out["n"], out["unanswered"]) == (3, 88)
    assert out["absent"] == {t.attrs["old"]: 1, t.attrs["new"]: 2}
    c = bm.changes(w, panel=True)
    fb = c[c["platform"] == "facebook"].iloc[0]
    assert int(fb["joined"] + fb["left"] + fb["stayed"] + fb["stayed_absent"]
               + fb["not_comparable"]) == 10


def test_report_lists_no_unfilled_row(waves, cli, tmp_path):
    """The Classement listed the 90 unfilled rows of 2026 (then every EPCI's: 6,276 rows,
    1,141 pages) and the Données their 180 empty rows; now neither, and their notes say how
    many were left out and why, in French and in English."""
    paths, twelve, extra = waves
    for lang, ranked, data in (
            ("fr", "Lignes non classées ni listées : celles de 90 départements sans aucune "
                   "réponse", "Lignes non listées : 180, celles de 90 départements sans"),
            ("en", "Rows neither ranked nor listed: those of 90 départements with no answer",
             "Rows not listed: 180, those of 90 départements with no answer at all")):
        out = tmp_path / f"r-{lang}.xlsx"
        args = ["report", "--type", "departement", "-o", out, "--lang", lang]
        for p in paths:
            args += ["--data", p]
        res = cli(*args)
        assert res.exit_code == 0, res.output
        wb = openpyxl.load_workbook(out)
        sheets = {ws.title: ws for ws in wb}
        rk = sheets["Classement" if lang == "fr" else "Ranking"]
        dt = sheets["Données" if lang == "fr" else "Data"]
        rk_codes = [r[1] for r in rk.iter_rows(values_only=True) if r and r[1] in set(
            bm.reference.entities("departement")["code"])]
        dt_codes = [r[0] for r in dt.iter_rows(values_only=True) if r and r[0] in set(
            bm.reference.entities("departement")["code"])]
        assert set(rk_codes) <= set(twelve[:10]) | {extra}
        assert set(rk_codes) >= set(twelve[:10]) | {extra}
        # every wave's filled rows: 12 + 12 + 11 entities, two platforms each
        assert len(dt_codes) == (12 + 12 + 11) * 2
        texts = [str(c.value).replace("\xa0", " ").replace(NNBSP, " ")
                 for ws in (rk, dt) for row in ws.iter_rows() for c in row if c.value]
        assert any(s.startswith(ranked) for s in texts), texts[:8]
        assert any(s.startswith(data) for s in texts), texts[:8]
