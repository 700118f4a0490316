"""Characters that no reader sees in a cell: Unicode noncharacters and control characters.

Both kinds are removed from what the survey reader reads (:mod:`.survey.noncharacters`),
and named wherever a message quotes a text (« O<U+0002>ui »): the character itself is
invisible, or a box, so a quote holding it would look like another text (« 12<U+0001>000 »
quoted « 12000 », a valid count, beside « attendu un nombre entier »). Kept apart from the
survey package so that the messages can show them too.
"""

from __future__ import annotations

import re

__all__ = ["NONCHARACTER", "CONTROL", "INVISIBLE", "shown"]

_PLANE_ENDS = "".join(f"\\U{p:04x}fffe\\U{p:04x}ffff" for p in range(1, 17))
_NONCHARACTERS = f"\ufdd0-\ufdef\ufffe\uffff{_PLANE_ENDS}\ud800-\udfff"
#: a noncharacter (U+FDD0–U+FDEF, the last two of each plane), or a lone surrogate (Python's
#: text can hold one, a file's cannot)
NONCHARACTER = re.compile(f"[{_NONCHARACTERS}]")
#: a control character that is no whitespace: C0 but tab, line ends, vertical tab, form
#: feed and U+001C–U+001F (``str.isspace``, :data:`.survey.values.WHITESPACE`, read as
#: spaces), DEL, and C1 but U+0085 (NEL, a line end)
_CONTROLS = "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"
CONTROL = re.compile(f"[{_CONTROLS}]")
#: either
INVISIBLE = re.compile(f"[{_CONTROLS}{_NONCHARACTERS}]")


def shown(text: str) -> str:
    """``text`` with each noncharacter and control character named, as a message quotes it.

    >>> shown("Bretagne\\uffff"), shown("O\\x02ui"), shown("12\\x7f000\\tx")
    ('Bretagne<U+FFFF>', 'O<U+0002>ui', '12<U+007F>000\\tx')
    """
    if INVISIBLE.search(text) is None:
        return text
    return INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
