"""Hostile and odd inputs from Python (a Jupyter user's review, session 30): each refused
in one sentence of barometre's, never a raw TypeError nor a path that Path() mangled."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import barometre as bm

DEMO = bm.demo_file("enquete")


# --------------------------------------------------------------- 1. no path: a BytesIO, a list

@pytest.mark.parametrize("read", [bm.read_survey, bm.validate])
def test_a_bytesio_is_no_path(read):
    with pytest.raises(bm.UsageError) as exc:
        read(io.BytesIO(b"code;facebook\n01;Oui\n"))
    assert exc.value.code == "path-not-path"
    assert str(exc.value) == (
        "attendu le chemin d'un fichier (str ou pathlib.Path), pas un BytesIO : "
        "enregistrez d'abord son contenu dans un fichier")
    assert exc.value.render("en") == (
        "expected the path of a file (str or pathlib.Path), not a BytesIO: save its content "
        "to a file first")


def test_a_list_of_one_path_points_to_read_waves():
    with pytest.raises(bm.UsageError) as exc:
        bm.read_survey([DEMO])
    assert exc.value.render("en") == (
        "expected the path of a file (str or pathlib.Path), not a list: one file here "
        "(bm.read_waves reads several files)")


def test_read_waves_refuses_a_bytesio_alone_or_among_paths():
    # alone, list() made it its lines (bytes); among paths, os.path.samefile's TypeError
    for given in (io.BytesIO(b"code;facebook\n01;Oui\n"), [DEMO, io.BytesIO(b"x")]):
        with pytest.raises(bm.UsageError) as exc:
            bm.read_waves(given)
        assert "pas un BytesIO" in str(exc.value)


def test_an_output_that_is_no_path(tmp_path):
    s = bm.read_survey(DEMO)
    with pytest.raises(bm.UsageError) as exc:
        bm.write_report(io.BytesIO(), bm.adoption(s), s)
    assert exc.value.render("en") == (
        "expected the path of a file (str or pathlib.Path), not a BytesIO: barometre writes "
        "the file itself (atomically), give its path")
    with pytest.raises(bm.UsageError) as exc:
        bm.write_template(io.BytesIO(), "region")
    assert exc.value.code == "path-not-path"
    for write in (lambda: bm.write_template("", "region"),
                  lambda: bm.charts.save(bm.charts.adoption(bm.adoption(s)), "")):
        with pytest.raises(bm.UsageError) as exc:  # was « extension « (aucune) » … pour  : »
            write()
        assert str(exc.value) == "chemin de sortie vide : donnez le chemin du fichier à écrire"
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------- 2. a web address, an empty path

def test_a_web_address_is_quoted_as_given():
    with pytest.raises(bm.InputFileError) as exc:
        bm.read_survey("https://example.org/x.csv")  # was « https:/example.org/x.csv : … »
    assert exc.value.code == "file-is-url"
    assert str(exc.value) == (
        "« https://example.org/x.csv » : c'est une adresse web ; barometre lit les fichiers "
        "locaux : téléchargez d'abord le fichier, puis donnez son chemin")
    problems = bm.validate("https://example.org/x.csv", lang="en")
    assert [(p.code, p.message) for p in problems] == [(
        "file-is-url", "“https://example.org/x.csv”: this is a web address; barometre reads "
        "local files: download the file first, then give its path")]


def test_a_web_address_made_a_path_gets_its_slashes_back():
    # the command line's arguments are Path objects: "https:/example.org/x.csv"
    with pytest.raises(bm.InputFileError) as exc:
        bm.read_survey(Path("https://example.org/x.csv"))
    assert "« https://example.org/x.csv »" in str(exc.value)


def test_an_empty_path_is_said_empty_not_a_folder():
    with pytest.raises(bm.InputFileError) as exc:
        bm.read_survey("")  # was « . : c'est un dossier, pas un fichier »
    assert exc.value.code == "file-path-empty"
    assert exc.value.render("en") == "empty file path: give the path of the file to read"
    assert [p.code for p in bm.validate("")] == ["file-path-empty"]


# --------------------------------------------------------------- 3. charts: top, size

@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(DEMO)


# "5" is 5 since session 36 (one rule for the numeric arguments, as year="2025"): refused
# here, it became "5a"
@pytest.mark.parametrize("top", [0, -3, 2.5, "5a", True, None])
def test_ranking_top_is_a_whole_number_of_at_least_one(demo, top):
    # 0 and -3 drew no bar under « le département le plus suivi », 2.5 two, "5" a TypeError
    with pytest.raises(bm.UsageError) as exc:
        bm.charts.ranking(bm.rank(demo, "facebook"), top=top)
    assert exc.value.code == "rank-top-invalid"
    assert str(exc.value) == f"top doit être un nombre entier d'au moins 1, pas {top!r}"


def test_ranking_top_as_numpy_integer_draws_its_bars(demo):
    import numpy as np

    fig = bm.charts.ranking(bm.rank(demo, "facebook"), top=np.int64(3))
    assert fig.get_suptitle().startswith("Facebook : les 3 départements les plus suivis")


def test_size_as_the_command_line_writes_it(demo):
    fig = bm.charts.adoption(bm.adoption(demo), size="8x4,5")  # was a raw ValueError
    assert tuple(fig.get_size_inches()) == (8.0, 4.5)


@pytest.mark.parametrize("size, said", [
    ("8y4", "size « 8y4 » illisible : attendu (largeur, hauteur) en pouces, ex. (8, 4.5) ou "
            "« 8x4.5 »"),
    ((8,), "size « (8,) » illisible : attendu (largeur, hauteur) en pouces, ex. (8, 4.5) ou "
           "« 8x4.5 »"),
    (("8", "4"), "size « ('8', '4') » illisible : attendu (largeur, hauteur) en pouces, "
                 "ex. (8, 4.5) ou « 8x4.5 »"),
    ((500, 400), "size=(500, 400) : largeur et hauteur entre 1 et 40 pouces"),
    ((8, float("nan")), "size=(8, nan) : largeur et hauteur entre 1 et 40 pouces"),
])
def test_a_size_that_is_none_is_refused_in_one_sentence(demo, size, said):
    a = bm.adoption(demo)
    with pytest.raises(bm.UsageError) as exc:
        bm.charts.adoption(a, size=size)
    assert str(exc.value) == said


def test_wave_charts_read_size_as_the_others():
    w = bm.read_waves(bm.demo_file("releves"))
    fig = bm.charts.wave_trend(bm.wave_trend(w), size="9x5")  # was matplotlib's « unit '5' »
    assert tuple(fig.get_size_inches()) == (9.0, 5.0)
    with pytest.raises(bm.UsageError) as exc:
        bm.charts.changes(bm.changes(w), size=(8,))
    assert exc.value.render("en") == (
        "size “(8,)” unreadable: expected (width, height) in inches, e.g. (8, 4.5) or “8x4.5”")


# --------------------------------------------------------------- 4. codes without their zero

def _unpadded(survey):
    """The frame as ``df["code"].astype(int).astype(str)`` leaves it: « 1 » for « 01 »."""
    out = survey.copy()
    digits = out["code"].str.fullmatch(r"\d+")
    out["code"] = out["code"].where(~digits, out["code"].str.lstrip("0"))
    return out


def test_codes_without_their_zero_are_one_refusal_everywhere(demo):
    # adoption counted them, benchmark said « Ain (01) n'est pas dans le fichier d'enquête »
    s = _unpadded(demo)
    said = set()
    for call in (lambda: bm.adoption(s), lambda: bm.benchmark(s, entity="01"),
                 lambda: bm.rank(s, "facebook", entity="Ain"), lambda: bm.league_table(s),
                 lambda: bm.adoption(s, within="01")):
        with pytest.raises(bm.UsageError) as exc:
            call()
        assert exc.value.code == "survey-frame-code-zeros"
        said.add(str(exc.value))
    assert said == {
        "des codes INSEE du tableau d'enquête ont perdu leur zéro initial (« 1 » pour « 01 », "
        "« 2 » pour « 02 », « 3 » pour « 03 » et 6 autres) : relisez le fichier avec "
        "barometre.read_survey, un CSV avec read_csv(…, dtype={'code': str}), ou remettez-les : "
        "survey[\"code\"] = survey[\"code\"].str.zfill(2)"}


def test_the_fix_the_refusal_gives_works(demo):
    s = _unpadded(demo)
    s["code"] = s["code"].str.zfill(2)
    row = bm.benchmark(s, entity="01")
    assert (row["code"] == "01").all()
    assert bm.adoption(s)["n_present"].tolist() == bm.adoption(demo)["n_present"].tolist()


def test_a_commune_code_of_four_digits_lost_its_zero():
    import pandas as pd

    s = pd.DataFrame({"code": ["1053", "75056"], "name": ["Bourg-en-Bresse", "Paris"],
                      "collectivity_type": ["commune"] * 2, "platform": ["facebook"] * 2,
                      "present": [True, False], "date": pd.to_datetime(["2025-01-01"] * 2),
                      "year": [2025, 2025], "source_row": [2, 3]})
    with pytest.raises(bm.UsageError) as exc:
        bm.adoption(s)
    assert "« 1053 » pour « 01053 »" in str(exc.value) and ".str.zfill(5)" in str(exc.value)


# --------------------------------------------------------------- 5. a list where one is named

def test_a_list_of_types_where_one_is_named():
    with pytest.raises(bm.UsageError) as exc:  # was « type inconnu « « region » ou … » »
        bm.trend(["region", "departement"], platform="facebook")
    assert exc.value.code == "type-not-one"
    assert str(exc.value) == ("un seul type de collectivité attendu, pas une liste (region, "
                              "departement) : un appel par type")
    assert "«" not in str(exc.value)


def test_a_list_of_platforms_where_one_is_named():
    with pytest.raises(bm.UsageError) as exc:
        bm.trend("region", platform=["facebook", "x"])
    assert exc.value.render("en") == (
        "one platform expected, not a list (facebook, x): one call per platform")


def test_a_list_of_one_name_still_reads_as_that_name(demo):
    # ["facebook"] read as "facebook" before (its text folded): kept
    assert bm.rank(demo, ["facebook"]).attrs["platform"] == "facebook"


# --------------------------------------------------------------- 6. an Annuaire export of several types

@pytest.fixture(scope="module")
def export_frame(annuaire_export):
    return bm.read_survey(annuaire_export[0])  # régions, départements, communes, EPCI


def test_league_table_of_several_types_names_them_and_takes_type(export_frame):
    with pytest.raises(bm.UsageError) as exc:  # was « deux enquêtes mises bout à bout »
        bm.league_table(export_frame)
    assert exc.value.code == "survey-types-mixed"
    assert "pd.concat" not in str(exc.value)
    assert ("région (region), département (departement), commune (commune), "
            "intercommunalité (epci)") in str(exc.value)
    t = bm.league_table(export_frame, type="departement")
    deps = export_frame[export_frame["collectivity_type"] == "departement"]
    assert set(t["code"]) == set(deps["code"]) and t["code"].isin(["44"]).any()
    assert len(t) == len(deps.drop_duplicates(["code", "platform"]))


def test_write_report_of_several_types_reports_the_type_counted(export_frame, tmp_path):
    from openpyxl import load_workbook

    a = bm.adoption(export_frame, type="departement")
    out = bm.write_report(tmp_path / "r.xlsx", a, export_frame)  # was survey-frame-conflict
    rows = list(load_workbook(out, read_only=True)["Données"].iter_rows(values_only=True))
    n_deps = int((export_frame["collectivity_type"] == "departement").sum())
    # an Annuaire export's Données opens with its « Date du relevé » note (M37), then the
    # header: the rows below it are the départements' readings
    header = next(i for i, r in enumerate(rows) if r[0] == "Code")
    assert rows[0][0].startswith("Date du relevé") and len(rows) - header - 1 == n_deps


def test_write_report_refuses_figures_of_no_single_type_of_the_frame(export_frame, tmp_path):
    figures = bm.compare("region", year=2015, source="ideose")  # régions and départements…
    with pytest.raises(bm.UsageError) as exc:
        bm.write_report(tmp_path / "r.xlsx", figures, export_frame)
    assert exc.value.code == "report-types-mixed"
    assert 'barometre.read_survey(…, type="region")' in str(exc.value)
    assert not (tmp_path / "r.xlsx").exists()


def test_league_table_of_nothing_is_said():
    with pytest.raises(bm.NoDataError):  # was pandas' « No objects to concatenate »
        bm.league_table(bm.read_survey(DEMO).iloc[:0])
