"""Text folding: the one way barometre compares names, labels and answers.

:func:`fold` (one string, standard library) and :func:`fold_series` (a pandas
column, vectorised) apply the same steps with the same patterns, so they give the
same result on any text (a test checks it on real names and generated text):

1. Unicode NFKD decomposition, then lower case;
2. ligatures spelled out ("œ" → "oe", "æ" → "ae", "ß" → "ss");
3. accents (combining marks U+0300–U+036F) removed;
4. every run of other characters (spaces, hyphens, straight or typographic
   apostrophes, punctuation) becomes one space; no space at either end.

A missing value (None, NaN, pandas' NA) folds to the empty string in both.

The words are kept apart, so that callers can tell "Grand-Champ" (``grand champ``)
from "Grandchamp" (``grandchamp``); :func:`compact` drops the spaces.

Standard library only at import time: pandas is needed by :func:`fold_series` alone.

Examples
--------
>>> fold("L’Isle-Adam")
'l isle adam'
>>> fold("  SAINT-ÉTIENNE ")
'saint etienne'
>>> fold("Œuvre")
'oeuvre'
>>> compact("X (ex-Twitter)")
'xextwitter'
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Mapping
    from typing import Any

    import pandas as pd

#: a French thousands separator (space, no-break or narrow no-break) between digits:
#: "50 000" -> "50,000" in English, or the narrow no-break space in a sentence
FRENCH_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")


__all__ = ["fold", "fold_series", "compact", "is_missing", "published_digits"]

_LIGATURES = (("œ", "oe"), ("æ", "ae"), ("ß", "ss"))
_MARKS = "[\u0300-\u036f]"
_OTHER = "[^0-9a-z]+"
_MARKS_RE, _OTHER_RE = re.compile(_MARKS), re.compile(_OTHER)  # compiled once: names by the 10,000


def fold(text: object) -> str:
    """Fold one text: lower case, no accents, words separated by one space.

    >>> fold("Sainte-Foy-lès-Lyon")
    'sainte foy les lyon'
    """
    if is_missing(text):
        return ""
    s = unicodedata.normalize("NFKD", str(text)).lower()
    for a, b in _LIGATURES:
        s = s.replace(a, b)
    s = _MARKS_RE.sub("", s)
    return _OTHER_RE.sub(" ", s).strip()


def fold_series(series: "pd.Series") -> "pd.Series":
    """:func:`fold` over a whole column (same result, element by element).

    Each distinct value is folded once by :func:`fold` itself, so the two can never
    disagree: pandas' own string methods may run on pyarrow, whose Unicode tables are
    newer than Python's (U+1CCD6 decomposes to "a" there and to itself here).
    Missing values give "" like :func:`fold` does.
    """
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(series.astype(object), use_na_sentinel=True)
    folded = np.array([fold(u) for u in uniques] + [""], dtype=object)
    return pd.Series(folded[np.where(codes < 0, len(uniques), codes)], index=series.index,
                     dtype=object)


def is_missing(value: object) -> bool:
    """Whether one cell is missing: None, NaN (of any float type), NaT, or pandas' NA; as
    ``pd.isna`` says of one value, without importing pandas.

    >>> [is_missing(v) for v in (None, float("nan"), "", 0, "nan")]
    [True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, str):
        return False
    try:
        return bool(value != value)  # NaN and NaT only differ from themselves
    except (TypeError, ValueError):  # pandas' NA: its comparisons are NA, not a bool
        return type(value).__name__ == "NAType"



def ascii_digits_of(text: str) -> str | None:
    """``text`` with its decimal digits other than 0-9 (Arabic-Indic « ١٢٣ », full-width
    « １２３ », Devanagari…) written 0-9; None when it has none (the usual: no copy made).
    Python's ``int`` and ``\\d`` take them for digits: the reader says where it does.

    >>> from barometre.domain.text import ascii_digits_of
    >>> ascii_digits_of("\u0661\u0662\u0663"), ascii_digits_of("\uff14\uff14 Nantes"), ascii_digits_of("123")
    ('123', '44 Nantes', None)
    """
    if text.isascii() or not any(ch.isdecimal() and not ch.isascii() for ch in text):
        return None
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def compact(text: object) -> str:
    """:func:`fold` without spaces: the key of labels and answers ("Oui", "X (ex-Twitter)")."""
    return fold(text).replace(" ", "")


def published_digits(record: "Mapping[str, Any]") -> int:
    """The decimals a published share was printed with, to show it with them wherever it
    appears ("13,7 %" in compare, the charts and the report, never "14 %"): those of
    ``value_published`` ("13.7": 1) when the source printed a percent; 0 for a share
    computed from a count, derived from wording, or read from a survey (no such column).

    >>> published_digits({"value_published": "13.7", "unit_published": "percent"})
    1
    >>> published_digits({"value_published": "92", "unit_published": "percent"})
    0
    >>> published_digits({"value_published": "45", "unit_published": "count"}), published_digits({})
    (0, 0)
    """
    if record.get("unit_published") != "percent" or is_missing(record.get("value_published")):
        return 0
    value = str(record.get("value_published")).strip()
    return len(value.split(".", 1)[1]) if "." in value else 0
