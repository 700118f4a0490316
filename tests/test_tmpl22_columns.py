"""Two column-reading defects of the département template filled by interns (tmpl22).

1. A column « Facebook - commentaires » (plural) beside the template's Facebook columns.
2. Hundreds of counts copied abbreviated from the networks' pages (« 28,8k », « 1,2 M »).

``files/tmpl21/ok_dep.xlsx`` is the template filled as its Mode d'emploi asks.
"""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.survey import fastcsv

from .conftest import FILES
from .test_tmpl21_template_filled import _with_column  # ok_dep.xlsx and one more column

HERE = FILES / "tmpl21"
OK = HERE / "ok_dep.xlsx"


def _abbreviated(v: int) -> str:
    """A count as a network's page shows it: « 28,8k », « 1,2 M »."""
    return (f"{v / 1000:.1f}k" if v < 1_000_000 else f"{v / 1e6:.1f} M").replace(".", ",")


def _counts_abbreviated(tmp_path, header: str, rows: int | None = None,
                        name: str = "f.xlsx"):
    """ok_dep.xlsx with the counts of column ``header`` abbreviated (the first ``rows`` of
    them, every one when None); returns the path and the rows changed."""
    wb = openpyxl.load_workbook(OK)
    ws = wb["Enquête"]
    [c] = [c.column for c in ws[1] if c.value == header]
    changed = []
    for r in range(2, ws.max_row + 1):
        v = ws.cell(r, c).value
        if isinstance(v, int) and (rows is None or len(changed) < rows):
            ws.cell(r, c, _abbreviated(v))
            changed.append(r)
    path = tmp_path / name
    wb.save(path)
    return path, changed


# --- 2. abbreviated counts: one warning per column past a few

def test_a_column_of_abbreviated_counts_is_one_warning(tmp_path, cli):
    path, changed = _counts_abbreviated(tmp_path, "Facebook - abonnés")
    assert len(changed) == 82
    problems = bm.validate(path)
    assert not [p for p in problems if p.severity == "error"]
    mine = [p for p in problems if p.code == "count-abbreviated"]
    assert [(p.column, p.count, p.row, p.severity) for p in mine] == [
        ("Facebook - abonnés", 82, None, "warning")]
    assert mine[0].rows.tolist() == changed  # every row, not only the first ones
    assert mine[0].message == (
        "82 nombres abrégés (lignes 2, 3, 4, 6, 7, …) lus comme des valeurs arrondies (le "
        "premier « 28,8k » lu comme 28\u202f800) : donnez les nombres exacts si vous les avez")
    assert mine[0].msg.render("en") == (
        "82 abbreviated numbers (lines 2, 3, 4, 6, 7, …) read as rounded values (the first "
        "“28,8k” read as 28,800): give the exact numbers if you have them")
    res = cli("validate", path)
    assert res.exit_code == 0
    # the template's own warnings (wave date, councils), and one for the 82 counts
    # the counts, first on stderr (s35: the type validate guessed said under them)
    assert res.stderr.splitlines()[0].endswith("0 erreur, 5 avertissements")
    assert res.stdout.count("nombres abrégés") == 1
    # each count still read, rounded, and marked so
    s = bm.read_survey(path)
    fb = s[(s["platform"] == "facebook") & s["followers"].notna()]
    assert len(fb) == 82 and fb["followers_rounded"].all()
    assert fb.set_index("code").loc["01", "followers"] == 28_800
    assert not s.loc[s["platform"] != "facebook", "followers_rounded"].any()


@pytest.mark.parametrize("fast", [False, True])
def test_a_few_abbreviated_counts_are_said_cell_by_cell(tmp_path, monkeypatch, fast):
    """Five in a column: each its own warning, its row; six: one for the column."""
    path, changed = _counts_abbreviated(tmp_path, "Instagram - abonnés", rows=5)
    problems = bm.validate(path)
    mine = [p for p in problems if p.code == "count-abbreviated"]
    assert [(p.row, p.column, p.count) for p in mine] == [
        (r, "Instagram - abonnés", None) for r in changed]
    assert mine[0].message == ("nombre abrégé « 8,7k » lu comme 8\u202f700 : valeur arrondie, "
                               "donnez le nombre exact si vous l'avez")
    path, changed = _counts_abbreviated(tmp_path, "Instagram - abonnés", rows=6)
    # the same cells in a CSV, on both CSV readers
    csv = tmp_path / "six.csv"
    ws = openpyxl.load_workbook(path)["Enquête"]
    csv.write_text("\n".join(";".join("" if c.value is None else str(c.value) for c in row)
                             for row in ws.iter_rows()) + "\n", encoding="utf-8")
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    for f in (path, csv):
        mine = [p for p in bm.validate(f, type="departement") if p.code == "count-abbreviated"]
        assert [(p.row, p.column, p.count) for p in mine] == [
            (None, "Instagram - abonnés", 6)], f
        assert mine[0].rows.tolist() == changed


def test_abbreviated_counts_of_two_columns_are_one_warning_each(tmp_path):
    """« 1,2k », « 3,4 M », « 12k » mixed in a column: read the same way (rounded)."""
    f = tmp_path / "deux.csv"
    lines = ["Code département;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram"]
    cells = ["1,2k", "3,4 M", "12k", "12 K", "0,5k", "2,5M", "7k"]
    for k, cell in enumerate(cells, start=1):
        lines.append(f"{k:02d};Oui;{cell};Oui;{cells[-k]}")
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mine = [p for p in bm.validate(f) if p.code == "count-abbreviated"]
    assert [(p.column, p.count, p.rows.tolist()) for p in mine] == [
        ("Abonnés Facebook", 7, list(range(2, 9))), ("Abonnés Instagram", 7, list(range(2, 9)))]
    assert "« 1,2k » lu comme 1\u202f200" in mine[0].message
    assert "« 7k » lu comme 7\u202f000" in mine[1].message
    df = bm.read_survey(f)
    fb = df[df["platform"] == "facebook"].set_index("code")["followers"]
    assert fb.tolist() == [1200, 3_400_000, 12_000, 12_000, 500, 2_500_000, 7000]


# --- 1. a column of comments on a network: remarks or a count of comments, never a presence

REMARKS = {3: "page peu active", 4: "à revérifier", 5: "Oui mais fermée", 9: 12}
COUNTS = {2: 14, 3: 0, 4: 1, 5: "1 250", 6: "nc"}
TEXT_FR = ("colonne ignorée : commentaires libres sur Facebook (la plupart de ses cellules "
           "sont du texte, ex. « page peu active »), non lus : ni présence, ni compte, ni "
           "abonnés, ni nombre de commentaires")
COUNT_FR = ("colonne ignorée : nombre de commentaires sur Facebook (la plupart de ses "
            "cellules sont des nombres, ex. « 14 ») : mesure d'activité, non lue, ni présence "
            "ni abonnés")
ACTIVITY_FR = ("colonne ignorée : mesure d'activité ou d'engagement (publications, vues, taux "
               "d'engagement…), ni présence ni abonnés")
REMARK_FR = ("colonne ignorée : commentaire libre sur Facebook, non lu (ni présence, ni "
             "compte, ni abonnés)")
REMARK_NUMBERS_FR = ("colonne ignorée : commentaire libre sur Facebook d'après son en-tête, non "
                     "lu (ni présence, ni compte, ni abonnés), mais la plupart de ses cellules "
                     "sont des nombres (ex. « 14 ») : si ce sont des abonnés, nommez la colonne "
                     "« Abonnés Facebook »")


@pytest.mark.parametrize("header, cells, said", [
    # the header leaves it open: the cells decide, and the reading is said with a cell
    ("Facebook - commentaires", REMARKS, TEXT_FR),
    ("Facebook - commentaires", COUNTS, COUNT_FR),
    ("Commentaires Facebook", COUNTS, COUNT_FR),
    ("Facebook comments", REMARKS, TEXT_FR),
    # the header says one thing, the cells the other: the cells', said
    ("Facebook - commentaire", COUNTS, COUNT_FR),
    ("Nombre de commentaires Facebook", REMARKS, TEXT_FR),
    # header and cells agree: their usual reason
    ("Nombre de commentaires Facebook", COUNTS, ACTIVITY_FR),
    ("Facebook - nb commentaires", COUNTS, ACTIVITY_FR),
    ("Facebook - commentaire", REMARKS, REMARK_FR),
    # a remark is never a count, but numbers there are said, with a cell (msg23)
    ("Facebook - remarques", COUNTS, REMARK_NUMBERS_FR),
    ("Facebook - remarques", REMARKS, REMARK_FR),
    # left blank: the header's reading
    ("Facebook - commentaires", {}, REMARK_FR),
    ("Nombre de commentaires Facebook", {}, ACTIVITY_FR),
])
def test_a_comments_column_in_the_template_is_ignored_and_its_reading_said(
        tmp_path, header, cells, said):
    path = _with_column(tmp_path, header, cells)
    problems = bm.validate(path)
    # never a second presence of Facebook (« deux colonnes pour la présence »)
    assert not [p for p in problems if p.severity == "error"]
    [p] = [p for p in problems if p.column == header]
    assert (p.code, p.severity, p.row) == ("ignored-column", "warning", None)
    assert p.message == said
    # the figures are the template's own
    s, ok = bm.read_survey(path), bm.read_survey(OK)
    for field in ("present", "followers"):
        assert s[field].sum() == ok[field].sum()


def test_the_comments_reading_in_english_and_by_the_cli(tmp_path, cli):
    path = _with_column(tmp_path, "Facebook - commentaires", REMARKS)
    res = cli("validate", path, "--lang", "en")
    assert res.exit_code == 0 and res.stderr.splitlines()[0].endswith("0 errors, 5 warnings")
    assert ("column “Facebook - commentaires”: warning: column ignored: free-text comments on "
            "Facebook (most of its cells are text, e.g. “page peu active”), not read: neither "
            "presence, account, followers nor number of comments") in res.stdout
    path = _with_column(tmp_path, "Facebook - commentaires", COUNTS, "n.xlsx")
    res = cli("validate", path)
    assert res.exit_code == 0 and res.stderr.splitlines()[0].endswith(
        "0 erreur, 5 avertissements")
    assert ("colonne « Facebook - commentaires » : avertissement : " + COUNT_FR) in res.stdout
    en = cli("validate", path, "--lang", "en").stdout
    assert ("column ignored: number of comments on Facebook (most of its cells are numbers, "
            "e.g. “14”): an activity measure, not read, neither presence nor followers") in en


@pytest.mark.parametrize("how", ["general", "fast", "parquet"])
def test_a_comments_count_is_never_read_as_a_presence(tmp_path, monkeypatch, how):
    """No presence column but the comments': its « 0 » read « Non » and « 1 » « Oui »
    before, its « 14 » an error; the counts say the presence (followers imply it)."""
    rows = [("01", "1200", "14"), ("02", "300", "0"), ("03", "450", "1"), ("04", "80", "")]
    header = ("Code département", "Abonnés Facebook", "Commentaires Facebook")
    if how == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = tmp_path / "c.parquet"
        pq.write_table(pa.table({
            header[0]: [r[0] for r in rows], header[1]: [int(r[1]) for r in rows],
            header[2]: [int(r[2]) if r[2] else None for r in rows]}), path)
    else:
        if how == "fast":
            monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        path = tmp_path / "c.csv"
        path.write_text("\n".join(";".join(r) for r in [header, *rows]) + "\n",
                        encoding="utf-8")
    problems = bm.validate(path)
    assert [(p.code, p.column, p.message) for p in problems] == [
        ("ignored-column", "Commentaires Facebook", COUNT_FR)]
    s = bm.read_survey(path)
    assert s["present"].tolist() == [True] * 4
    assert s["followers"].tolist() == [1200, 300, 450, 80]


def test_remarks_without_a_presence_column_are_no_errors(tmp_path):
    """« Facebook - commentaires » of text beside the counts: each remark was a
    ``presence-invalid`` error, its row left out by ``errors="skip"``."""
    f = tmp_path / "r.csv"
    f.write_text("Code département;Abonnés Facebook;Facebook - commentaires\n"
                 "01;1200;page peu active\n02;300;\n03;450;à revoir\n", encoding="utf-8")
    problems = bm.validate(f)
    assert [(p.code, p.column, p.message) for p in problems] == [
        ("ignored-column", "Facebook - commentaires", TEXT_FR)]
    assert bm.read_survey(f, errors="skip")["code"].tolist() == ["01", "02", "03"]
