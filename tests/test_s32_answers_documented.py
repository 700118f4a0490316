"""The presence answers the documentation lists are those the reader accepts, no more, no
less (s32), and the English error names the French answers of a French file.

docs/survey.md's table « A presence cell | is read as » left out spellings the reader
reads (« Active », « page inactive », « inactive account », « Ne sais pas », « Do not
know »), and its prose listed a few; ``presence-invalid`` said in English « expected
Yes/No (or Y/N, x, 1/0, true/false, …) » to a reader of a French file answered « Oui »
and « Non ». Checked here against the reader itself (:func:`read_presence`, which both
reading paths use: normalize reads each distinct cell with it).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from barometre.domain.registry import normalize
from barometre.messages import text
from barometre.survey import values
from barometre.survey.values import read_presence

DOCS = Path(__file__).resolve().parents[1] / "docs" / "survey.md"

#: the table's « is read as », the reader's (answer, note) and its vocabulary
ROWS = {
    "present": ((True, None), values._TRUE),
    "absent": ((False, None), values._FALSE),
    "present (`answer-inactive`)": ((True, "answer-inactive"), values._INACTIVE),
    "not answered (`answer-not-given`)": ((None, "answer-not-given"), values.NOT_ANSWERED),
    "not answered (`answer-not-applicable`)": ((None, "answer-not-applicable"),
                                               values.NOT_APPLICABLE),
}


def _spellings(cell: str) -> list[str]:
    """The spellings of a table cell: « Présent(e) » both words, no URL nor @handle."""
    out = []
    for item in cell.split(", "):
        if item.startswith(("a URL", "an @")):
            continue
        m = re.fullmatch(r"(.*)\((e)\)", item)
        out += [m[1], m[1] + m[2]] if m else [item]
    return out


def _table() -> dict[str, list[str]]:
    rows = {}
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\| (.+) \| (.+) \|", line)
        if m and m[2] in ROWS:
            rows[m[2]] = _spellings(m[1])
    return rows


@pytest.mark.parametrize("read_as", list(ROWS))
def test_the_docs_table_lists_what_the_reader_reads_no_more_no_less(read_as):
    listed = _table()[read_as]
    reading, vocabulary = ROWS[read_as]
    # no more: each spelling listed is read as the row says
    assert [w for w in listed if read_presence(w) != reading] == []
    # no less: every word of the reader's vocabulary is listed
    assert sorted(vocabulary - {normalize(w) for w in listed}) == []


def test_the_docs_summary_names_only_answers_read():
    doc = DOCS.read_text(encoding="utf-8")
    said = re.search(r"Presence may be\nwritten (.*?), x \(", doc, re.S)[1]
    words = [w for pair in said.replace("\n", " ").split(", ") for w in pair.split("/")]
    assert len(words) == 14
    assert [w for w in words if read_presence(w)[0] is None] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_presence_invalid_lists_answers_read_and_names_oui_non(lang):
    said = text("presence-invalid", lang)
    # the answers of a French file, in English too (quoted as the cells to type: b31)
    assert ("“Oui”/“Non”" if lang == "en" else "Oui/Non") in said
    listed = re.sub(r"^(attendu|expected) ", "", said).replace("(ou ", ", ").replace(
        "(or ", ", ").replace(" or ", ", ").rstrip(")").replace("'", "")
    spellings = [w for item in listed.split(", ") for w in item.split("/")
                 if not item.startswith(("une URL", "un @", "a URL", "an @"))]
    assert len(spellings) >= 9
    assert [w for w in spellings if read_presence(w)[0] is None] == []
    if lang == "en":
        assert said == ("expected “Oui”/“Non” or Yes/No (or O/N, Y/N, x, 1/0, vrai/faux, "
                        "true/false, a URL or an @account)")
