"""The reader's byte scans at commune scale (task scan26, issue #19): the same kinds found,
fewer passes.

- An Arrow text column that is not ASCII is looked at by one RE2 pass of the three kinds'
  characters (noncharacters, controls, format characters) over its bytes, read in place:
  the noncharacters are no longer searched in a copy of its bytes (``_maybe_in``), and a
  pass per kind runs only when one is there, to tell which.
"""

from __future__ import annotations

import pyarrow as pa
import pytest

from barometre import _arrow
from barometre.survey import noncharacters
from barometre.survey.raw import RowColumn

NON, CTL, FMT = "noncharacter-removed", "control-character-removed", "invisible-character-removed"


def _counts(n: int = 3000) -> list[str]:
    """Counts « 12 345 » with U+202F and a no-break space (French exports): not ASCII."""
    spaces = ("\xa0", "\u202f")
    return [f"{1 + i}{spaces[i % 2]}{i % 1000:03d}" for i in range(n)]


def _passes(monkeypatch) -> list[str]:
    """The RE2 patterns Arrow is asked to match, in order."""
    seen: list[str] = []
    real = _arrow.compute_options

    def compute_options(kind, *args, **kwargs):
        if kind == "MatchSubstringOptions":
            seen.append(args[0])
        return real(kind, *args, **kwargs)
    monkeypatch.setattr(_arrow, "compute_options", compute_options)
    return seen


def _no_copy(monkeypatch) -> None:
    def refused(data):
        raise AssertionError("the column's bytes searched by _maybe_in")
    monkeypatch.setattr(noncharacters, "_maybe_in", refused)


def test_a_column_of_french_counts_is_one_pass_without_a_copy(monkeypatch):
    passes = _passes(monkeypatch)
    _no_copy(monkeypatch)
    col = RowColumn(pa.array(_counts()))
    assert noncharacters._arrow_kinds(col, noncharacters._KINDS) == ()
    assert len(passes) == 1  # one class of the three kinds
    for kind in noncharacters._KINDS:
        assert kind.re2[1:-1] in passes[0]


@pytest.mark.parametrize("odd, kinds", [
    ("Bretagne\uffff", [NON]), ("12\ufdd0345", [NON]), ("1\U0010fffe", [NON]),
    ("\U0001fffe", [NON]), ("12\ufdcf", []), ("12\ufdf0\ufffd", []), ("\U0001fffd", []),
    ("12\x01", [CTL]), ("1\x9f", [CTL]), ("1\u200b", [FMT]),
    ("\uffff\x02", [NON, CTL]), ("\ufffe\u2060", [NON, FMT]),
    ("\ufdef\x7f\u00ad", [NON, CTL, FMT])])
def test_the_kinds_are_told_apart_once_found(monkeypatch, odd, kinds):
    _no_copy(monkeypatch)
    for at in (0, 1500, 2999):  # the column's first, middle and last bytes
        cells = _counts()
        cells[at] = odd
        found = noncharacters._arrow_kinds(RowColumn(pa.array(cells)), noncharacters._KINDS)
        assert [k.code for k in found] == kinds


def test_each_chunk_is_looked_at_for_the_kinds_left(monkeypatch):
    # a noncharacter in the first chunk, a format character in the second: both found,
    # and the second chunk is not asked for the noncharacters again
    passes = _passes(monkeypatch)
    _no_copy(monkeypatch)
    first, second = _counts(), _counts()
    first[7], second[9] = "1\uffff", "1\u200d"
    data = pa.chunked_array([pa.array(first), pa.array(second)])
    found = noncharacters._arrow_kinds(RowColumn(data), noncharacters._KINDS)
    assert [k.code for k in found] == [NON, FMT]
    assert noncharacters._NONCHARACTERS.re2[1:-1] not in passes[-1]


def test_a_column_left_aside_is_not_asked_for_format_characters(monkeypatch):
    # a platform's comments keep their emoji's U+200D: the look asks for the two other kinds
    passes = _passes(monkeypatch)
    _no_copy(monkeypatch)
    cells = _counts()
    cells[3] = "Bravo \U0001f44d\u200d"
    found = noncharacters._arrow_kinds(RowColumn(pa.array(cells)), noncharacters._KINDS[:2])
    assert found == () and len(passes) == 1
    assert noncharacters._FORMATS.re2[1:-1] not in passes[0]



# - The cells of the counts read from an abbreviated number (« 1,2 k », the frame's
#   ``followers_typed``) are taken per column at once (``_CellOf.texts``), not looked up one
#   reading at a time (0.54 -> 0.19 s for 170,000 such counts in a file of communes).

def _no_cell_by_cell(monkeypatch) -> None:
    from barometre.survey import normalize

    def refused(self, i, position):
        raise AssertionError("a cell looked up one reading at a time")
    monkeypatch.setattr(normalize._CellOf, "at", refused)


def test_a_long_file_s_abbreviated_cells_are_taken_at_once(tmp_path, monkeypatch):
    import barometre as bm

    deps = [f"{d:02d}" for d in range(1, 96) if d != 20]
    typed = {}
    lines = ["code;plateforme;abonnes;date"]
    for k, d in enumerate(deps):
        for p in ("Facebook", "Instagram", "YouTube"):
            cell = (f"{k % 9 + 1},{k % 7} k" if k % 3 == 0 else f"{k % 5 + 1}k" if k % 3 == 1
                    else str(100 + k))
            if k % 3 != 2:
                typed[(d, p.lower())] = cell
            lines.append(f"{d};{p};{cell};15/10/2025")
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _no_cell_by_cell(monkeypatch)
    s = bm.read_survey(path, type="departement")
    got = {(c, p): t for c, p, t in zip(s["code"], s["platform"], s["followers_typed"])
           if isinstance(t, str)}
    assert got == typed
    assert s["followers_rounded"].sum() == len(typed)


def test_a_wide_file_and_its_saved_frame_keep_the_cells_as_typed(tmp_path, monkeypatch):
    import barometre as bm

    path = tmp_path / "wide.csv"
    path.write_text("code,facebook,abonnes facebook,instagram,abonnes instagram,date\n"
                    '01,oui,"184,8k",oui,12000,2025-03-01\n'
                    '02,oui,1500,oui,"1,2 k",2025-03-01\n'
                    "03,oui,12 k,non,,2025-03-01\n", encoding="utf-8")
    _no_cell_by_cell(monkeypatch)
    s = bm.read_survey(path)
    rounded = s[s["followers_rounded"]]
    assert sorted(zip(rounded["code"], rounded["platform"], rounded["followers_typed"])) == [
        ("01", "facebook", "184,8k"), ("02", "instagram", "1,2 k"), ("03", "facebook", "12 k")]
    saved = tmp_path / "saved.csv"
    s.to_csv(saved, index=False)  # its counts numbers, its typed cells in their own column
    again = bm.read_survey(saved)
    assert again["followers_typed"].fillna("").tolist() == s["followers_typed"].fillna("").tolist()
