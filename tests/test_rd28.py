"""Reader interpretations said, never silent (rd28): digits other than 0-9, a code and a
close name in one cell, a merged range across columns, the doubtful answers kept.

Each reading is checked on both CSV readers (the small files' and the columnar one)."""

from __future__ import annotations

import pandas as pd
import pytest

from .test_fast_path import fast_reader, normal_reader, same_reading

READERS = [normal_reader, fast_reader]
HEADER = "Code département;Facebook;Abonnés Facebook;Date du relevé\n"


def _write(tmp_path, text: str, name: str = "s.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _by_code(problems, code):
    return [p for p in problems if p.code == code]


@pytest.mark.parametrize("read", READERS)
def test_count_in_other_digits_read_and_said(tmp_path, read):
    """« ١٢٣ » (Arabic-Indic), « １ ２３４ » (full-width) in a count: read as their digits, with
    a warning naming the column, the row and the cell."""
    path = _write(tmp_path, HEADER + "01;Oui;\u0661\u0662\u0663;15/10/2025\n"
                  "02;Oui;\uff11 \uff12\uff13\uff14;15/10/2025\n03;Oui;77;15/10/2025\n")
    df, problems = read(path)
    assert df["followers"].tolist() == [123, 1234, 77]
    said = _by_code(problems, "count-digits-not-ascii")
    assert [(p.row, p.column, p.value, p.severity) for p in said] == [
        (2, "Abonnés Facebook", "\u0661\u0662\u0663", "warning"),
        (3, "Abonnés Facebook", "\uff11 \uff12\uff13\uff14", "warning")]
    assert "lu comme 123" in said[0].message and "0-9" in said[0].message


@pytest.mark.parametrize("read", READERS)
def test_many_counts_in_other_digits_one_warning(tmp_path, read):
    """Many such counts in a column: one warning for the column, its rows, the first cell."""
    rows = "".join(f"{d:02d};Oui;\u0661{chr(0x0660 + d % 10)};15/10/2025\n"
                   for d in range(1, 20))
    df, problems = read(_write(tmp_path, HEADER + rows))
    said = _by_code(problems, "count-digits-not-ascii")
    assert len(said) == 1 and said[0].count == 19 and list(said[0].rows[:2]) == [2, 3]
    assert said[0].value == "\u0661\u0661"
    assert df["followers"].tolist()[:2] == [11, 12]


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("cell, fixed", [("\u0660\u0663", "03"), ("\uff10\uff14", "04")])
def test_code_in_other_digits_refused_with_its_digits(tmp_path, read, cell, fixed):
    """« ٠٣ », « ０４ » in a code column: no code, refused, with the cell written 0-9."""
    path = _write(tmp_path, HEADER + f"01;Oui;5;15/10/2025\n{cell};Oui;5;15/10/2025\n")
    df, problems = read(path)
    said = _by_code(problems, "entity-digits-not-ascii")
    assert [(p.row, p.value, p.severity) for p in said] == [(3, cell, "error")]
    assert f"« {fixed} »" in said[0].message
    assert df["code"].tolist() == ["01"]


@pytest.mark.parametrize("read", READERS)
def test_code_and_name_in_other_digits_not_read_by_the_name(tmp_path, read):
    """« ٤٤١٠٩ Nantes » was read as Nantes without a word (the name rules dropped the
    digits): refused, as its code cannot be read."""
    path = _write(tmp_path, "Commune;Facebook;Abonnés Facebook;Date du relevé\n"
                  "Paris;Oui;5;15/10/2025\n\u0664\u0664\u0661\u0660\u0669 Nantes;Oui;5;15/10/2025\n")
    df, problems = read(path)
    assert df["name"].tolist() == ["Paris"]
    said = _by_code(problems, "entity-digits-not-ascii")
    assert [p.row for p in said] == [3] and "« 44109 Nantes »" in said[0].message


def test_other_digits_same_on_both_readers(tmp_path):
    path = _write(tmp_path, HEADER + "01;Oui;\u0661\u0662\u0663;15/10/2025\n"
                  "\u0660\u0663;Oui;5;15/10/2025\n02;Oui;\uff11,\uff12 k;15/10/2025\n")
    same_reading(normal_reader, fast_reader, path)


COMMUNES = "Commune;Facebook;Abonnés Facebook;Date du relevé\nParis;Oui;5;15/10/2025\n"


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("cell, name", [("44109 Nante", "Nante"), ("Nantess (44109)", "Nantess")])
def test_code_and_close_name_names_both(tmp_path, read, cell, name):
    """« 44109 Nante »: a known code, a name close to its entity's; an error naming both,
    not « ne s'appelle « 44109 Nante » »."""
    df, problems = read(_write(tmp_path, COMMUNES + f"{cell};Oui;5;15/10/2025\n"))
    said = _by_code(problems, "code-name-in-cell-close")
    assert [(p.row, p.value, p.severity) for p in said] == [(3, cell, "error")]
    assert "44109 est Nantes" in said[0].message and f"« {name} » ne correspond" in said[0].message
    assert not _by_code(problems, "unknown-entity")
    assert df["name"].tolist() == ["Paris"]


def test_code_and_far_name_unchanged(tmp_path):
    """A name far from the code's (« 44109 Rennes »: another commune) names both as before;
    one that is nothing close (« 44109 Xyzabc ») stays an unknown name."""
    path = _write(tmp_path, COMMUNES + "44109 Rennes;Oui;5;15/10/2025\n"
                  "44109 Xyzabc;Oui;5;15/10/2025\n")
    _, problems = normal_reader(path)
    assert [p.code for p in problems if p.row in (3, 4)] == ["code-name-in-cell-differ",
                                                             "unknown-entity"]


def test_resolve_command_says_the_close_name(tmp_path):
    from typer.testing import CliRunner

    from barometre.cli.app import app

    res = CliRunner().invoke(app, ["resolve", "44109 Nante", "--type", "commune"])
    assert res.exit_code != 0 and "Traceback" not in res.output
    assert "le code 44109 est Nantes (44109) ; « Nante » ne correspond pas" in res.output


@pytest.fixture(params=[True, False], ids=["calamine", "openpyxl"])
def xlsx_reader(request, monkeypatch):
    """Both cell readers of a workbook: calamine (the fast one), then openpyxl alone."""
    from barometre.survey import xlsx_fast

    if not request.param:
        monkeypatch.setattr(xlsx_fast, "read_rows", lambda *a: None)
    return request.param


def test_a_count_merged_over_a_presence_cell_is_said(tmp_path, xlsx_reader):
    """« 1200 » merged from the followers column over Instagram's presence cell: read in
    its first column alone (Instagram blank, not answered), now said, as the merges down a
    column and across presence columns are."""
    import openpyxl

    import barometre as bm

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["Code", "Département", "Facebook", "Abonnés Facebook", "Instagram"],
              ["44", "Loire-Atlantique", "Oui", 1200, None],
              ["35", "Ille-et-Vilaine", "Oui", 300, "Non"]]:
        ws.append(r)
    ws.merge_cells("D2:E2")
    path = tmp_path / "fusion.xlsx"
    wb.save(path)
    s = bm.read_survey(path, type="departement", errors="skip")
    got = {(c, p): (v, f) for c, p, v, f in zip(s["code"], s["platform"], s["present"],
                                                  s["followers"])}
    assert got[("44", "facebook")] == (True, 1200)
    assert pd.isna(got[("44", "instagram")][0])
    [p] = [p for p in bm.validate(path, type="departement") if p.code == "merged-cells"]
    assert (p.severity, p.count, p.rows.tolist()) == ("warning", 1, [2])
    assert p.message == (
        "1 plage de cellules fusionnée sur plusieurs colonnes sous l'en-tête (D2:E2) : la "
        "valeur de chaque plage est lue dans sa première colonne seule (colonnes « Abonnés "
        "Facebook » ; ligne 2) ; ses cellules sous « Instagram » restent vides, comme Excel "
        "les enregistre")


def test_doubtful_answers_kept_bounded():
    """``attrs["doubtful_answers"]`` copied at each pandas operation: the first
    DOUBTFUL_KEPT per platform in the file's order (what the notes quote), their number in
    ``doubtful_answers_count`` when more."""
    from barometre.survey.reader import DOUBTFUL_KEPT, doubtful_counts, doubtful_records

    doubtful = {(p, r): "Oui ?" for p in (0, 1) for r in range(2, 2 + DOUBTFUL_KEPT + 50)}
    doubtful[(2, 7)] = "?"
    kept = doubtful_records(doubtful)
    assert len(kept) == 2 * DOUBTFUL_KEPT + 1
    assert kept[:3] == [{"platform": "facebook", "source_row": 2, "text": "Oui ?"},
                        {"platform": "x", "source_row": 2, "text": "Oui ?"},
                        {"platform": "facebook", "source_row": 3, "text": "Oui ?"}]
    assert doubtful_counts(doubtful) == {"facebook": DOUBTFUL_KEPT + 50,
                                         "x": DOUBTFUL_KEPT + 50}


@pytest.mark.parametrize("read", READERS)
def test_doubtful_answers_of_a_small_file_all_kept(tmp_path, read):
    import barometre as bm

    path = _write(tmp_path, HEADER + "01;Oui ?;500;15/10/2025\n02;Oui;5;15/10/2025\n")
    df = bm.read_survey(path, errors="skip")
    assert df.attrs["doubtful_answers"] == [{"platform": "facebook", "source_row": 2,
                                             "text": "Oui ?"}]
    assert "doubtful_answers_count" not in df.attrs


def test_a_note_never_counts_fewer_doubtful_cells_than_there_are(tmp_path):
    """More counts beside « Oui ? » than the reader keeps: the note of the counts left out
    said « dont …, … et 197 autres » of 260 (the 200 kept, less the 3 named); now it names
    the first three and says « et peut-être d'autres », no wrong number."""
    from typer.testing import CliRunner

    import barometre as bm
    from barometre.cli.app import app
    from barometre.survey.reader import DOUBTFUL_KEPT

    codes = list(bm.entities("commune")["code"][: DOUBTFUL_KEPT + 60])
    lines = ["code;plateforme;présent;abonnés;date"]
    lines += [f"{c};Facebook;Oui ?;{1000 + i};15/10/2025" for i, c in enumerate(codes)]
    lines += [f"{c};Facebook;Oui;{5000 + i};15/10/2025"
              for i, c in enumerate(bm.entities("commune")["code"][DOUBTFUL_KEPT + 60:DOUBTFUL_KEPT + 70])]
    f = tmp_path / "s.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["rank", "--data", str(f), "--type", "commune",
                                   "--platform", "facebook"], env={"BAROMETRE_LANG": ""})
    assert res.exit_code == 0, res.output
    said = res.output + (res.stderr if res.stderr_bytes is not None else "")
    assert "260 nombres d'abonnés sans compte" in said
    assert "et peut-être d'autres)" in said
    assert "autres)" not in said.replace("et peut-être d'autres)", "")
