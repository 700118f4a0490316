"""Outputs that keep what the reader knew (out26): a ranking exported says which cell each
rounded count was typed as; the growth note of `changes` quotes a real rounded cell;
`compare --data` bands cite their own readings' files and count the years left aside of
the platforms shown; a mixed-type Annuaire export is never said of one type."""

from __future__ import annotations

import csv
import io
import json

import pytest

import barometre as bm
from barometre.render.excel.cells import typeset

# Gironde's Facebook typed « 112 k », Nord's Instagram « 1,2 k » (rank25's pairs.csv)
PAIRS = """Département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;Date du relevé
Loire-Atlantique;Oui;98 765;Oui;23456;15/10/2025
Gironde;Oui;112 k;Oui;31 000;15/10/2025
Nord;Oui;150 000;Oui;1,2 k;16/10/2025
Isère;Oui;41 000;Oui;9 876;16/10/2025
"""


@pytest.fixture
def pairs(tmp_path):
    p = tmp_path / "pairs.csv"
    p.write_text(PAIRS, encoding="utf-8")
    return p


def test_rank_frame_keeps_each_rounded_cell_as_typed(pairs):
    r = bm.rank(bm.read_survey(pairs), "facebook")
    assert dict(zip(r["code"], r["followers_typed"].fillna(""))) == {
        "59": "", "33": "112 k", "44": "", "38": ""}
    # beside the flag it explains, as the table's ≈ sits beside the count
    cols = list(r.columns)
    assert cols.index("followers_typed") == cols.index("followers_rounded") + 1


def test_rank_csv_and_json_say_which_counts_were_rounded(cli, pairs):
    out = cli("rank", "-p", "facebook", "--data", pairs, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["code"], r["followers_rounded"], r["followers_typed"]) for r in rows] == [
        ("59", "False", ""), ("33", "True", "112 k"), ("44", "False", ""),
        ("38", "False", "")]
    js = json.loads(cli("rank", "-p", "instagram", "--data", pairs, "--format",
                        "json").stdout)
    assert {r["code"]: r["followers_typed"] for r in js} == {
        "33": None, "44": None, "38": None, "59": "1,2 k"}


def _two_waves(tmp_path, old_cells, new_cells):
    head = "code,nom,facebook,abonnes facebook,date\n"
    codes = [("49", "Maine-et-Loire"), ("44", "Loire-Atlantique"), ("35", "Ille-et-Vilaine")]
    paths = []
    for name, cells, day in (("a.csv", old_cells, "2024-10-15"),
                             ("b.csv", new_cells, "2025-10-15")):
        p = tmp_path / name
        p.write_text(head + "".join(f'{c},{n},oui,"{k}",{day}\n'
                                    for (c, n), k in zip(codes, cells)), encoding="utf-8")
        paths.append(p)
    return paths


def test_changes_growth_note_quotes_a_cell_of_the_file(cli, tmp_path):
    a, b = _two_waves(tmp_path, ["112 k", "100000", "50000"], ["115000", "103000", "51000"])
    fr = cli("changes", "--data", a, "--data", b).stdout.splitlines()
    assert ("≈ : 1 croissance calculée sur un nombre d'abonnés arrondi (abrégé dans le "
            "fichier : « 112 k », lu 112\u202f000), donc approximative, de même que le gain "
            "pour 1\u202f000 habitants.") in fr
    assert not any("1,2 M" in line for line in fr)  # no longer a number of no file
    en = cli("changes", "--data", a, "--data", b, "--lang", "en").stdout.splitlines()
    assert ("≈: 1 growth figure computed on a rounded follower count (abbreviated in the "
            "file: “112 k”, read as 112,000), so approximate, as is the gain per 1,000 "
            "inhabitants.") in en


def test_changes_growth_note_with_several_cells_says_such_as(cli, tmp_path):
    a, b = _two_waves(tmp_path, ["112 k", "100000", "50000"], ["115000", "103 k", "51000"])
    fr = cli("changes", "--data", a, "--data", b).stdout
    assert ("≈ : 2 croissances calculées sur un nombre d'abonnés arrondi (abrégé dans le "
            "fichier, comme « 112 k », lu 112\u202f000), donc approximatives") in fr
    # the report's Mouvements sheet says the same note
    import openpyxl

    out = tmp_path / "r.xlsx"
    cli("report", "--data", a, "--data", b, "-o", out)
    cells = [v for r in openpyxl.load_workbook(out)["Mouvements"].iter_rows(values_only=True)
             for v in r if isinstance(v, str)]
    assert any(typeset("(abrégé dans le fichier, comme « 112 k », lu 112\u202f000)", "fr") in v
               for v in cells)


def test_changes_growth_note_without_the_cells_keeps_the_general_words(tmp_path):
    from barometre.analysis import waves as W
    from barometre.render.waves import growth_rounded_note

    a, b = _two_waves(tmp_path, ["112 k", "100000", "50000"], ["115000", "103000", "51000"])
    w = W.read_waves([a, b]).drop(columns="followers_typed")  # saved without the cells
    note = growth_rounded_note(W.changes(w), "fr")
    assert note.startswith("≈ : 1 croissance calculée") and "comme « 1,2 M »" in note


# one year in two files: the small départements in one, the big ones in the other
WIDE = "code,nom,facebook,abonnes facebook,date\n"


def _split_year(tmp_path, small, big, head=WIDE, name=",,"):
    a, b = tmp_path / "petits.csv", tmp_path / "grands.csv"
    for path, codes, n in ((a, small, 1000), (b, big, 9000)):
        path.write_text(head + "".join(f"{c}{name}oui,{n},2025-10-15\n" for c in codes),
                        encoding="utf-8")
    return a, b


@pytest.mark.parametrize("figures", ["adoption", "compare_survey"])
def test_each_band_cites_its_own_readings_files(tmp_path, figures):
    # Lozère (76 000 inhabitants) alone in its band, in petits.csv; the Nord and Paris in
    # grands.csv, with the Creuse and the Cantal (over 100 000) of petits.csv
    a, b = _split_year(tmp_path, ["48", "23", "15"], ["59", "75"])
    w = bm.read_waves([a, b])
    got = getattr(bm, figures)(w, by="strate")
    src = {(r["strate"], r["platform"]): r["source"] for r in got.to_dict("records")}
    assert src[("50 000–99 999", "facebook")] == "petits.csv"
    assert src[("≥ 100 000", "facebook")] == "petits.csv, grands.csv"  # as given
    # unsplit, the figure of the year is both files', as before
    assert set(bm.adoption(w)["source"]) == {"petits.csv, grands.csv"}


def test_each_category_cites_its_own_readings_files(tmp_path):
    head = "code,facebook,abonnes facebook,date\n"
    a, b = _split_year(tmp_path, ["200000172", "200000438"], ["200010650", "200023414"], head,
                       name=",")
    got = bm.adoption(bm.read_waves([a, b], type="epci"), by="category")
    src = {r["category"]: r["source"] for r in got.to_dict("records")
           if r["platform"] == "facebook"}
    assert src == {"CC": "petits.csv", "CA": "grands.csv", "METRO": "grands.csv"}


# 2024: Instagram answered, Facebook blank on every row; 2025: both
YEARS = """code,nom,facebook,abonnes facebook,instagram,abonnes instagram,date
44,Loire-Atlantique,,,oui,100,2024-10-15
35,Ille-et-Vilaine,,,non,,2024-10-15
49,Maine-et-Loire,,,oui,300,2024-10-15
44,Loire-Atlantique,oui,1000,oui,150,2025-10-15
35,Ille-et-Vilaine,oui,2000,non,,2025-10-15
49,Maine-et-Loire,non,,oui,350,2025-10-15
"""


@pytest.fixture
def years(tmp_path):
    p = tmp_path / "years.csv"
    p.write_text(YEARS, encoding="utf-8")
    return p


def test_years_left_aside_are_those_of_the_platforms_shown(cli, years):
    said = "Année 2025 ; laissé de côté : 2024 (3 entités)"
    # no Facebook answer in 2024: nothing of Facebook left aside
    out = cli("compare", "--data", years, "-p", "facebook")
    assert out.exit_code == 0 and said not in out.stderr + out.stdout
    assert bm.compare_survey(bm.read_survey(years), platforms="facebook").attrs[
        "years_left_aside"] == {}
    # Instagram answered in 2024, and every platform: said, as before
    for args in (("-p", "instagram"), (), ("-p", "facebook", "-p", "any")):
        out = cli("compare", "--data", years, *args)
        assert said in (out.stdout + out.stderr).splitlines(), args
    assert bm.compare_survey(bm.read_survey(years), platforms="instagram").attrs[
        "years_left_aside"] == {2024: 3}


def test_report_under_p_leaves_aside_no_year_of_blank_cells(cli, years, tmp_path):
    import openpyxl

    out = tmp_path / "r.xlsx"
    assert cli("report", "--data", years, "-p", "facebook", "-o", out).exit_code == 0
    cells = [v for ws in openpyxl.load_workbook(out) for r in ws.iter_rows(values_only=True)
             for v in r if isinstance(v, str)]
    assert not [v for v in cells if "laissé de côté" in v]
    assert typeset("Facebook non relevé à la vague du 15 octobre 2024 : pas d'évolution à "
                   "mesurer sur ce réseau", "fr") in cells  # as the Mouvements say it


# ------------------------------------------------ 4. an Annuaire export of several types


def _export_of(annuaire_export, tmp_path, keep, name="export.json", date=None):
    """The generated export (conftest) cut to the services ``keep`` takes."""
    services = json.loads(annuaire_export[0].read_text(encoding="utf-8"))["service"]
    kept = [dict(r, **({"date_modification": f"{date} 10:00:00"} if date else {}))
            for r in services if keep(r)]
    out = tmp_path / name
    out.write_text(json.dumps({"service": kept}, ensure_ascii=False), encoding="utf-8")
    return out


def _roles(r) -> set[str]:
    return {p["type_service_local"] for p in r["pivot"]}


def _commune(r) -> str:
    return r["pivot"][0]["code_insee_commune"][0] if r["pivot"] else ""


def test_an_export_of_several_types_is_of_no_one_type(annuaire_export, tmp_path):
    mixed = bm.read_survey(annuaire_export[0])
    assert mixed.attrs["collectivity_type"] is None  # was « commune », its most frequent
    assert mixed.groupby("collectivity_type")["code"].nunique().to_dict() == {
        "commune": 401, "departement": 101, "epci": 60, "region": 18}
    assert bm.read_survey(annuaire_export[0], type="region").attrs["collectivity_type"] == "region"
    one = _export_of(annuaire_export, tmp_path,
                     lambda r: "cg" in _roles(r) and "mairie" not in _roles(r))
    assert bm.read_survey(one).attrs["collectivity_type"] == "departement"


def test_compare_commune_of_a_mixed_export_reads_its_communes(annuaire_export, tmp_path):
    """Départements and the mairies of four villes préfectures: --type commune's note on the
    communes was dropped, the export taken for one of départements (its most frequent)."""
    from barometre import reference
    from barometre.cli.published import _narrower_line

    pref = set(reference.entities("ville_prefecture")["code"])
    path = _export_of(annuaire_export, tmp_path, lambda r: "cg" in _roles(r) or (
        "mairie" in _roles(r) and _commune(r) in pref))
    s = bm.read_survey(path)
    assert _narrower_line(s, "commune", "fr") == (
        "Les 4 communes du fichier sont toutes des villes préfectures (4 sur 101) : comptées "
        "ici comme un échantillon des communes ; --type ville_prefecture les compte comme "
        "villes préfectures")
    assert _narrower_line(s, "departement", "fr") == ""


def test_a_panel_of_mixed_exports_is_refused_without_a_type(annuaire_export, tmp_path):
    from barometre.analysis.survey import balanced_panel
    from barometre.domain.errors import UsageError

    services = json.loads(annuaire_export[0].read_text(encoding="utf-8"))["service"]
    gone = {_commune(r) for r in services if _roles(r) == {"mairie"}}
    gone = set(sorted(gone)[:40])  # 40 communes of the first export left out of the second
    a = _export_of(annuaire_export, tmp_path, lambda r: True, "a.json", "12/03/2025")
    b = _export_of(annuaire_export, tmp_path, lambda r: not (
        _roles(r) == {"mairie"} and _commune(r) in gone), "b.json", "12/03/2026")
    w = bm.read_waves([a, b])
    assert w.attrs["collectivity_type"] is None
    # it was the communes' panel alone, said « commune » (panel_out), its rows of every type
    with pytest.raises(UsageError, match="plusieurs types"):
        balanced_panel(w, None)
    assert balanced_panel(w, "commune").attrs["panel_out"]["type"] == "commune"
