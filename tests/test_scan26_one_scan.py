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

