"""French typography of the texts barometre writes into workbooks (report, template).

A cell that wraps must never open a line on « % », « : » or « ? »: the space before them
is a no-break one, as the thousands' (« 12\u202f345 ») and the number formats' are.
Light (the standard library and :mod:`barometre.render.formats`' constant): the
template's writer imports it without the report's.
"""

from __future__ import annotations

import re

from .formats import NNBSP

__all__ = ["typeset", "NBSP"]

#: a space before « % » after a number (« 95 % », « 60 % = 6 pairs sur 10 »), in a text of
#: either language
_SPACE_PERCENT = re.compile(r"(?<=\d) %")

#: French punctuation whose space before, or inside the guillemets, is a no-break one
#: (Lexique des règles typographiques en usage à l'Imprimerie nationale): U+00A0 before
#: « : » and inside « », the narrow U+202F before « ; », « ! », « ? » (as before « % »).
#: Only a space that is there: « 12:30 », « https://… », « ?q=1 » have none and are left
_FRENCH_SPACES = re.compile(r" (?=([:;!?»]))|(?<=«) ")
NBSP = "\u00a0"  # no-break space: before « : », inside « »


def _french_space(m: re.Match) -> str:
    return NNBSP if m.group(1) in (";", "!", "?") else NBSP


def typeset(text: str, lang: str, keep: tuple[str, ...] = ()) -> str:
    """``text`` as a cell of the workbook holds it: « 95 % » with the narrow no-break space
    (U+202F) before « % », as the formats and the thousands have it, whatever the message
    or the figure's note wrote: a cell that wraps never opens a line on « % ». In French,
    the space before « : » (U+00A0), before « ; », « ! », « ? » (U+202F) and inside
    « » (U+00A0) is a no-break one too; English has no space there and is left as written.

    Only a space that is there is replaced. A text that starts with « = » (a formula's
    text) is left whole, and so is each of ``keep`` inside ``text``: the user's own words
    (a file's name, « enquête ; v2.xlsx ») are cited byte for byte.

    >>> typeset("IC 95 % : 94–96 %", "fr") == "IC 95\u202f%\u00a0: 94–96\u202f%"
    True
    >>> typeset("« Oui » ; 12:30 ?", "fr") == "«\u00a0Oui\u00a0»\u202f; 12:30\u202f?"
    True
    >>> typeset("Source : a ; b.csv", "fr", keep=("a ; b.csv",)) == "Source\u00a0: a ; b.csv"
    True
    >>> typeset("95 % : yes ; no", "en") == "95\u202f% : yes ; no"
    True
    """
    if text.startswith("="):
        return text
    kept = [k for k in keep if k and k in text]
    if not kept:
        return _typeset(text, lang)
    cut = re.compile("|".join(re.escape(k) for k in sorted(set(kept), key=len, reverse=True)))
    parts, at = [], 0
    for m in cut.finditer(text):
        parts += [_typeset(text[at:m.start()], lang), m.group()]
        at = m.end()
    return "".join(parts + [_typeset(text[at:], lang)])


def _typeset(text: str, lang: str) -> str:
    text = _SPACE_PERCENT.sub(NNBSP + "%", text)
    return _FRENCH_SPACES.sub(_french_space, text) if lang == "fr" else text
