"""Past the cap of detailed problems (1,000), every other problem is still counted, exactly,
by severity; none is made (a column of 500,000 bad dates took 8.6 s, now 1.2 s)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest

import barometre as bm
from barometre.domain.errors import InputFileError
from barometre.messages import Count
from barometre.survey import fastcsv
from barometre.survey.problems import MAX_PROBLEMS, Problem, severity_counts

DEPS = [f"{i:02d}" for i in range(1, 96) if i != 20]
PLATFORMS = ["Facebook", "Instagram", "X", "LinkedIn", "YouTube", "TikTok"]
N = 3_000


def _long(path, change, year=False):
    """N readings of distinct département × platform × date, each changed by ``change``."""
    lines = ["code;plateforme;present;abonnes;date" + (";annee" if year else "")]
    for k in range(N):
        # one year (no multi-year warning), each entity × platform × date once
        row = [DEPS[k % len(DEPS)], PLATFORMS[(k // len(DEPS)) % 6], "Oui", str(100 + k),
               f"{1 + k // (6 * len(DEPS)):02d}/10/2024"]
        lines.append(";".join(change(k, row + (["2024"] if year else []))))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CASES = {  # name: (change of each row, year column, {code: count}, errors, warnings)
    "presence": (lambda k, r: r[:2] + ["peut-être"] + r[3:], False,
                 {"presence-invalid": N}),
    "platform": (lambda k, r: r[:1] + ["Myspace"] + r[2:], False, {"platform-unknown": N}),
    "dates": (lambda k, r: r[:4] + ["zz" if k % 3 == 0 else "01/01/2099" if k % 3 == 1
                                   else "01/01/1990"], False,
              {"date-invalid": N // 3, "future-date": N // 3, "date-out-of-range": N // 3}),
    "contradictions": (lambda k, r: r[:2] + ["Non"] + r[3:], False, {"followers-but-no": N}),
    # the 1,500 abbreviated counts of the column: one warning (tmpl22), see GROUPED
    "counts": (lambda k, r: r[:3] + ["abc" if k % 2 else "1,2k"] + r[4:], False,
               {"count-invalid": N // 2, "count-abbreviated": 1}),
    "years": (lambda k, r: r[:5] + ["20x5" if k % 2 else "2099"], True,
              {"year-invalid": N // 2, "future-year": N // 2}),
    "entities": (lambda k, r: ["99" + str(k)] + r[1:], False, {"unknown-code": N}),
}
#: the cases' problems of many cells said in one warning for their column (no row, so
#: said past the cap too): their code and how many cells each counts
GROUPED = {"counts": {"count-abbreviated": N // 2}}


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("name", sorted(CASES))
def test_problems_past_the_cap_are_counted_exactly(tmp_path, monkeypatch, name, fast):
    change, year, want = CASES[name]
    if fast:  # Arrow's reader (large files), not the general one
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = tmp_path / f"{name}.csv"
    _long(path, change, year)
    made = []
    of = Problem.of.__func__

    def counted(cls, code, *args, **kwargs):
        made.append(code)
        return of(cls, code, *args, **kwargs)
    monkeypatch.setattr(Problem, "of", classmethod(counted))
    problems = bm.validate(path, type="departement")
    detailed = [p for p in problems if p.code not in ("more-errors", "more-warnings")]
    assert sum(p.row is not None for p in detailed) == MAX_PROBLEMS
    assert {p.code: p.count for p in detailed if p.row is None} == GROUPED.get(name, {})
    counts = severity_counts(problems)
    codes = {p.code for p in detailed}
    assert codes <= set(want)
    warnings = sum(n for code, n in want.items()
                   if code in ("followers-but-no", "count-abbreviated"))
    assert counts == {"error": sum(want.values()) - warnings, "warning": warnings}
    # no problem made past the cap (but the summary lines and a few of other kinds)
    assert len(made) <= MAX_PROBLEMS + 10


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize("name", sorted(CASES))
def test_past_the_cap_each_code_is_counted(tmp_path, monkeypatch, name, fast):
    """The summary says how many of each code are not detailed (its ``by_code``, largest
    first, the total its ``value``), in French and English: 1,000 lines of one code do not
    hide that dates and counts are wrong too."""
    change, year, want = CASES[name]
    if fast:
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = tmp_path / f"{name}.csv"
    _long(path, change, year)
    problems = bm.validate(path, type="departement")
    got = Counter(p.code for p in problems if p.code not in ("more-errors", "more-warnings"))
    summaries = [p for p in problems if p.code in ("more-errors", "more-warnings")]
    for p in summaries:
        assert sum(p.by_code.values()) == int(p.value)
        assert list(p.by_code.values()) == sorted(p.by_code.values(), reverse=True)
        got.update(p.by_code)
        if len(p.by_code) > 1:
            first, n = next(iter(p.by_code.items()))
            assert f"(dont {Count(n):,}".replace(",", "\u202f") in p.text("fr")
            assert f"(of which {n:,} {first}, " in p.text("en")
        else:
            assert p.text("en").endswith(f"not listed ({next(iter(p.by_code))})")
    assert dict(got) == want


def test_mixed_problems_past_the_cap_say_each_code(tmp_path, cli):
    """1,500 unknown codes, then bad dates, counts and presence: all said past the cap."""
    lines = ["code;plateforme;present;abonnes;date"]
    for k in range(N):
        row = [DEPS[k % len(DEPS)], PLATFORMS[(k // len(DEPS)) % 6], "Oui", str(100 + k),
               f"{1 + k // (6 * len(DEPS)):02d}/10/2024"]
        if k < 1500:
            row[0] = "99" + str(k)
        elif k < 2100:
            row[4] = "zz"
        elif k < 2500:
            row[3] = "-5"
        else:
            row[2] = "peut-être"
        lines.append(";".join(row))
    path = tmp_path / "mixed.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = bm.validate(path, type="departement")
    more = problems[-1]
    assert more.code == "more-errors" and more.value == "2000"
    assert more.by_code == {"date-invalid": 600, "unknown-code": 500,
                            "presence-invalid": 500, "count-negative": 400}
    assert more.text("fr") == ("… et 2\u202f000 autres erreurs non détaillées (dont 600 "
                               "date-invalid, 500 presence-invalid, 500 unknown-code, 400 "
                               "count-negative)")
    assert more.text("en").startswith("… and 2,000 more errors not listed (of which 600 ")
    # compare --data's refusal: 20 errors shown, the codes of the others said
    with pytest.raises(InputFileError) as exc:
        bm.read_survey(path, type="departement")
    last = exc.value.render_details("fr")[-1]
    assert last == ("… et 2\u202f980 autres (dont 1\u202f480 unknown-code, 600 date-invalid, "
                    "500 presence-invalid, 400 count-negative)")
    assert exc.value.render_details("en")[-1].startswith("… and 2,980 more (of which 1,480 ")
    # machines: a by_code object in JSON, a column of JSON text in CSV; json18: the column
    # (key) in every output, empty (null) below the cap, so that outputs stack
    res = cli("validate", path, "--type", "departement", "--format", "json", "--lang", "en")
    out = json.loads(res.stdout)
    assert out[-1]["by_code"] == more.by_code and out[-1]["value"] == "2000"
    assert out[0]["by_code"] is None
    res = cli("validate", path, "--type", "departement", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert list(rows[0]) == ["row", "column", "value", "severity", "message", "code", "by_code",
                             "count", "rows", "file", "sheet", "sha256", "barometre_version",
                             "validated_at"]  # inp23: then where the rows come from
    assert json.loads(rows[-1]["by_code"]) == more.by_code and rows[0]["by_code"] == ""
    small = tmp_path / "small.csv"
    small.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    res = cli("validate", small, "--type", "departement", "--format", "csv")
    assert res.stdout.splitlines()[0] == ("row,column,value,severity,message,code,by_code,count,"
                                          "rows,file,sheet,sha256,barometre_version,validated_at")


def _month_first(path, bad: str, fmt: str = "csv", encoding: str = "utf-8", year: int = 2023
                 ) -> None:
    """N readings over two years, dated month first (10/13/2023), half of them ``bad``: a
    count beside « Non » (``"no"``, a warning) or « peut-être » in the presence (an error):
    past the cap. (Abbreviated counts, « 1,2k », were the warnings until tmpl22: a column
    of them is now one warning.)"""
    rows = [["code", "plateforme", "présent", "abonnés", "date"]]
    for k in range(N):
        row = [DEPS[k % len(DEPS)], PLATFORMS[(k // len(DEPS)) % 6], "Oui", str(100 + k),
               f"10/{13 + k // (6 * len(DEPS))}/{year + (k // 2) % 2}"]
        if k % 2:
            row[2] = "peut-être" if bad == "presence" else "Non"
        rows.append(row)
    if fmt == "xlsx":
        import openpyxl

        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(path)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({h: [r[j] for r in rows[1:]] for j, h in enumerate(rows[0])}),
                       path)
    else:
        path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding=encoding)


def _file_codes(problems) -> set[str]:
    return {p["code"] for p in problems if p["row"] is None
            and p["code"] not in ("more-errors", "more-warnings")}


@pytest.mark.parametrize("how", ["general", "fast", "parquet", "xlsx", "notes"])
def test_file_problems_said_past_the_cap(tmp_path, monkeypatch, how):
    """The problems of the whole file (read month first, several years) are detailed
    however many rows are wrong; before, past 1,000 row problems they were only counted
    ("… et 1 autre avertissement non détaillé"): a file read month first said so nowhere."""
    fmt = how if how in ("parquet", "xlsx") else "csv"
    if how == "fast":
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = tmp_path / f"mdy.{fmt}"
    _month_first(path, "presence", fmt)
    notes = how == "notes"  # what the general reader noticed first (with_notes): a column
    if notes:  # without a name (the file's), a line short of a field (a row's)
        lines = [line + (";" if i == 0 else ";x")
                 for i, line in enumerate(path.read_text(encoding="utf-8").splitlines())]
        lines[5] = lines[5].rsplit(";", 1)[0]
        path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    problems = bm.validate(path, type="departement")
    codes = _file_codes(problems)
    assert "multi-year" in codes and codes & {"dates-month-first", "dates-month-first-like"}
    assert ("unnamed-column" in codes) is notes
    assert severity_counts(problems)["error"] == N // 2
    assert problems[-1].code == "more-errors"
    assert problems[-1].by_code == {"presence-invalid": N // 2 - MAX_PROBLEMS + notes}
    assert sum(p.row is not None for p in problems) == MAX_PROBLEMS


def test_file_problems_said_past_the_cap_in_frames(tmp_path):
    """read_survey's and read_waves' problems too (warnings: the files are read)."""
    paths = []
    for k in range(2):
        p = tmp_path / f"v{k}" / "enquete.csv"
        p.parent.mkdir()
        _month_first(p, "no", year=2020 + 2 * k)
        paths.append(p)
    s = bm.read_survey(paths[0], type="departement")
    found = s.attrs["problems"]
    assert "multi-year" in _file_codes(found)
    assert found[-1]["by_code"] == {"followers-but-no": N // 2 - MAX_PROBLEMS}
    w = bm.read_waves(paths, type="departement")
    merged = w.attrs["problems"]
    assert [p["by_code"] for p in merged if p["code"] == "more-warnings"] == [
        {"followers-but-no": N // 2 - MAX_PROBLEMS}] * 2
    for p in paths:
        mine = [x for x in merged if x["file"].endswith(f"{p.parent.name}/enquete.csv")]
        assert "multi-year" in _file_codes(mine)
