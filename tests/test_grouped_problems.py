"""A problem of several rows (a blank-cell decision, the wave's date, answers in an account
column…) names its first 5 rows in its sentence, then "…"; it carries the count it says and
every row as fields, in Python, in JSON and in CSV: a machine reads them without parsing the
sentence. The rows are checked against the file's own lines."""

from __future__ import annotations

import copy
import csv
import io
import json

import numpy as np

import barometre as bm
from barometre.survey.problems import GROUPED_COLUMNS, PROBLEM_COLUMNS, PROVENANCE_COLUMNS

# without 68 and 2B: the CeA's and Corse's counts given once (council-territories-filled)
DEPS = [f"{i:02d}" for i in range(1, 96) if i not in (20, 68)] + ["2A"]
PLATFORMS = ["Facebook", "Instagram", "LinkedIn"]


def _long_file(path):
    """One reading per département × platform: blank presence cells (with explicit "Non"
    in each platform, so blanks are "not answered") and undated readings (the wave's date)."""
    lines = ["code;plateforme;present;abonnes;date"]
    for k in range(len(DEPS) * len(PLATFORMS)):
        blank = k % 7 == 3
        present = "" if blank else "Non" if k % 11 == 0 else "Oui"
        followers = "" if blank or present == "Non" else str(100 + k)
        date = "" if k % 5 == 1 else "15/10/2024"
        lines.append(";".join([DEPS[k % len(DEPS)], PLATFORMS[k // len(DEPS)], present,
                               followers, date]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _lines(path) -> list[tuple[int, dict]]:
    """The file's data lines with their number as the user sees them (the header is 1)."""
    with open(path, encoding="utf-8", newline="") as f:
        return [(i + 2, r) for i, r in enumerate(csv.DictReader(f, delimiter=";"))]


def _expected(path) -> dict[tuple[str, str], list[int]]:
    """Per (code, platform or ""), the lines the file says: blank presence cells, and the
    answered readings without a date (a blank cell "not answered" takes no date)."""
    out: dict[tuple[str, str], list[int]] = {}
    for n, r in _lines(path):
        if r["present"] == "" and r["abonnes"] == "":
            out.setdefault(("blank-unknown", r["plateforme"]), []).append(n)
        elif r["date"] == "":
            out.setdefault(("wave-date", ""), []).append(n)
    return out


def _key(p: dict) -> tuple[str, str]:
    platform = p["message"].split(" :")[0] if p["code"].startswith("blank-") else ""
    return p["code"], platform


def test_grouped_problems_carry_their_count_and_every_row(tmp_path):
    path = tmp_path / "releves.csv"
    _long_file(path)
    want = _expected(path)
    assert len(want) == 4 and all(len(rows) > 5 for rows in want.values())
    problems = bm.validate(path, type="departement")
    grouped = [p for p in problems if p.count is not None]
    got = {_key(p): p for p in grouped}
    assert set(got) == set(want)
    for key, p in got.items():
        rows = want[key]
        # the rows: a read-only numpy array, sorted; a list of ints in to_dict
        assert isinstance(p.rows, np.ndarray) and not p.rows.flags.writeable
        assert p.rows.tolist() == rows and p.count == len(rows) and p.row is None
        assert p.to_dict()["rows"] == rows and all(type(r) is int for r in p.to_dict()["rows"])
        assert list(p) == PROBLEM_COLUMNS + ["count"]  # the dict side: count, not the rows
        # the sentence as before: the count and the first 5 rows, then "…"
        shown = ", ".join(map(str, rows[:5])) + ", …"
        assert f"{len(rows)} " in p.message and f"(lignes {shown})" in p.message
    # the problems of one row keep their row, and no count nor rows
    assert all(p.rows is None and "count" not in p for p in problems if p not in grouped)
    # a copy (pandas copies a frame's attrs at each step) shares the rows, read-only
    p = grouped[0]
    assert copy.deepcopy(p).rows is p.rows and copy.deepcopy(p) == p
    frame = bm.problems_frame(problems)
    assert list(frame.columns) == PROBLEM_COLUMNS + GROUPED_COLUMNS
    assert {_key(r): r["rows"] for r in frame.to_dict("records") if r["rows"] is not None} == want
    assert frame["count"].tolist() == [p.count for p in problems]


def _cli_said(message: str) -> str:
    """A problem's sentence as the command line says it: its option (``--blank absent``)
    where Python names the keyword (``blank="absent"``), api19b."""
    return message.replace('blank="absent"', "--blank absent").replace(
        'blank="unknown"', "--blank unknown")


def test_validate_json_and_csv_give_every_row(cli, tmp_path):
    """``validate --format json`` and ``--format csv`` carry the count and every row (a list,
    "12;40;41" in a CSV cell) after the other fields, unchanged; the same keys for every
    problem (review json18: null where nothing applies, so that outputs stack)."""
    path = tmp_path / "releves.csv"
    _long_file(path)
    want = _expected(path)
    problems = bm.validate(path, type="departement")
    res = cli("validate", path, "--type", "departement", "--format", "json")
    assert res.exit_code == 0, res.output
    records = json.loads(res.stdout)
    assert len(records) == len(problems)
    for r, p in zip(records, problems):
        assert list(r) == PROBLEM_COLUMNS + ["by_code"] + GROUPED_COLUMNS + PROVENANCE_COLUMNS
        if p.count is None:
            assert r["count"] is r["rows"] is None and r["row"] == p.row
        else:
            assert r["rows"] == want[_key(r)] and r["count"] == len(r["rows"])
        assert r["message"] == _cli_said(p.message)
    res = cli("validate", path, "--type", "departement", "--format", "csv")
    assert res.exit_code == 0, res.output
    table = list(csv.DictReader(io.StringIO(res.stdout)))
    assert list(table[0]) == (PROBLEM_COLUMNS + ["by_code"] + GROUPED_COLUMNS
                              + PROVENANCE_COLUMNS)  # inp23: where the rows come from
    assert len(table) == len(problems)
    for r, p in zip(table, problems):
        assert r["message"] == _cli_said(p.message) and r["code"] == p.code
        if p.count is None:
            assert r["count"] == r["rows"] == "" and r["row"] == str(p.row)
        else:
            assert r["row"] == ""
            rows = [int(x) for x in r["rows"].split(";")]
            assert rows == want[_key(r)] and int(r["count"]) == p.count
    # in English, the same fields (only the sentence changes)
    en = json.loads(cli("validate", path, "--type", "departement", "--format", "json",
                        "--lang", "en").stdout)
    assert [(r.get("count"), r.get("rows")) for r in en] == [
        (r.get("count"), r.get("rows")) for r in records]


def test_a_count_of_readings_on_fewer_rows(tmp_path):
    """A wide file: each row holds a reading per platform, so the readings dated by the
    wave (the count its sentence says) are twice their rows."""
    path = tmp_path / "enquete.csv"
    path.write_text("code;Facebook;Instagram;date\n" + "".join(
        f"{d};Oui;Oui;{'' if k % 3 == 0 else '15/10/2024'}\n" for k, d in enumerate(DEPS[:30])),
        encoding="utf-8")
    undated = [n for n, r in _lines(path) if r["date"] == ""]
    p = next(p for p in bm.validate(path, type="departement") if p.code == "wave-date")
    assert p.rows.tolist() == undated and p.count == 2 * len(undated) == 20
    assert p.message.startswith("20 relevés sans date")
    assert p.to_dict()["rows"] == undated


def test_account_answers_and_placeholders_give_their_rows(tmp_path):
    src = tmp_path / "comptes.csv"
    src.write_text("code;Facebook;Compte Facebook\n01;;Non\n02;;pas de compte\n03;;aucun\n"
                   "04;;-\n05;;néant\n06;;N/A\n07;;?\n08;;0\n09;;non trouvé\n10;Oui;\n"
                   "11;Non;https://facebook.com/x\n12;Oui;Non\n13;;@cd13\n", encoding="utf-8")
    by = {p.code: p for p in bm.validate(src, type="departement")}
    assert (by["account-answer"].count, by["account-answer"].rows.tolist()) == (
        6, [2, 3, 4, 6, 9, 10])  # the sentence shows "lignes 2, 3, 4, 6, 9, …"
    assert (by["account-none"].count, by["account-none"].rows.tolist()) == (3, [5, 7, 8])
    assert by["account-contradicts"].rows is None and by["account-contradicts"].row == 13


def test_the_lines_read_as_windows_1252_are_each_given(tmp_path):
    """A UTF-8 file with a few lines pasted from Windows: the warning names the first; its
    rows are every such line."""
    path = tmp_path / "accents.csv"
    names = ["Ain", "Aisne", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes",
             "Alpes-Maritimes", "Ardèche", "Ardennes", "Ariège", "Aube", "Aude", "Aveyron",
             "Bouches-du-Rhône", "Calvados", "Cantal", "Charente", "Charente-Maritime", "Cher",
             "Corrèze", "Côte-d'Or"]
    lines = [b"code;nom;Facebook;commentaire"] + [
        f"{DEPS[k]};{name};Oui;{'relevé' if k % 3 else 'vérifié'}".encode(
            "cp1252" if k in (1, 4, 5, 9, 12, 15, 16) else "utf-8")
        for k, name in enumerate(names)]
    path.write_bytes(b"\n".join(lines) + b"\n")
    stray = []
    for n, line in enumerate(lines, 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            stray.append(n)
    p = next(p for p in bm.validate(path, type="departement") if p.code == "encoding-mixed")
    assert (p.count, p.rows.tolist()) == (7, stray) and stray[:2] == [3, 6]
    assert p.message.startswith("7 lignes non UTF-8 dans un fichier UTF-8 (première : ligne 3)")
