"""A wide file's row date ("Date du relevé") where a platform's own date is blank: the cells
used so are checked as a platform date's (``date-invalid``, ``date-out-of-range``,
``future-date``), each said once on its own column, and their readings set aside; a cell
not used (every platform dated on its row) says nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import barometre as bm
from barometre.survey import fastcsv

HEADER = "Code commune;Facebook;Date Facebook;Instagram;Date Instagram;Date du relevé\n"
# line 2: too old, used by both platforms (said once); 3: unreadable, used by Facebook only;
# 4: future, used by Instagram; 5: unreadable but unused (both platforms dated); 6: fine
ROWS = ("44109;Oui;;Oui;;1/3/1950\n"
        "35238;Oui;;Oui;15/10/2025;zz\n"
        "49007;Oui;12/10/2025;Non;;1/3/2099\n"
        "72181;Oui;12/10/2025;Oui;12/10/2025;zz\n"
        "29019;Oui;;Non;;14/10/2025\n")
SAID = [(2, "date-out-of-range", "Date du relevé", "1/3/1950"),
        (3, "date-invalid", "Date du relevé", "zz"),
        (4, "future-date", "Date du relevé", "1/3/2099")]


def _file(tmp_path, text: str, name: str = "enquete.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _said(problems) -> list[tuple]:
    return [(p["row"], p["code"], p["column"], p["value"]) for p in problems
            if p["severity"] == "error"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_used_row_date_cells_are_checked_as_a_platform_date_s(tmp_path, cli, lang):
    path = _file(tmp_path, HEADER + ROWS)
    result = cli("validate", path, "--type", "commune", "--format", "json", "--lang", lang)
    assert result.exit_code == 1
    said = json.loads(result.stdout)
    assert sorted(_said(said)) == SAID
    assert not [p for p in said if p["code"] == "multi-year"]  # 1950 no longer a reading's
    messages = {p["code"]: p["message"] for p in said}
    if lang == "en":
        assert messages["date-invalid"] == "expected a date such as 15/10/2025"
    else:
        assert messages["date-invalid"] == "attendu une date comme 15/10/2025"


def test_the_readings_of_a_bad_row_date_are_set_aside(tmp_path):
    path = _file(tmp_path, HEADER + ROWS)
    df = bm.read_survey(path, type="commune", errors="skip")
    got = sorted((r.source_row, r.platform, r.date.date()) for r in df.itertuples())
    assert got == [(3, "instagram", dt.date(2025, 10, 15)),
                   (4, "facebook", dt.date(2025, 10, 12)),
                   (5, "facebook", dt.date(2025, 10, 12)),
                   (5, "instagram", dt.date(2025, 10, 12)),
                   (6, "facebook", dt.date(2025, 10, 14)),
                   (6, "instagram", dt.date(2025, 10, 14))]


def test_the_columnar_path_says_the_same(tmp_path, monkeypatch):
    path = _file(tmp_path, HEADER + ROWS)
    small = [p.to_dict() for p in bm.validate(path, type="commune")]
    monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    assert [p.to_dict() for p in bm.validate(path, type="commune")] == small
    assert sorted(_said(small)) == SAID


def test_a_row_date_used_by_no_platform_says_nothing(tmp_path):
    path = _file(tmp_path, HEADER + "44109;Oui;12/10/2025;Oui;12/10/2025;zz\n"
                 "35238;Oui;12/10/2025;Non;13/10/2025;1/3/1950\n")
    assert [p.code for p in bm.validate(path, type="commune")] == []
