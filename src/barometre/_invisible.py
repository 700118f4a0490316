"""Characters that no reader sees in a cell: Unicode noncharacters, control characters and
invisible format characters (zero-width space, soft hyphen, bidirectional marks…).

The three kinds are removed from what the survey reader reads (:mod:`.survey.noncharacters`),
and named wherever a message quotes a text (« O<U+0002>ui », « 12<U+200B>345 »): the
character itself is invisible, or a box, so a quote holding it would look like another text
(« 12<U+0001>000 » quoted « 12000 », a valid count, beside « attendu un nombre entier »).
Kept apart from the survey package so that the messages can show them too.
"""

from __future__ import annotations

import re

__all__ = ["NONCHARACTER", "CONTROL", "FORMAT", "INVISIBLE", "shown"]

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
#: an invisible format character (Unicode's Cf, drawn as nothing): soft hyphen U+00AD, the
#: Arabic letter mark U+061C, the Mongolian vowel separator U+180E, zero-width space,
#: non-joiner and joiner U+200B–U+200D, the left-to-right and right-to-left marks U+200E,
#: U+200F, the bidirectional embeddings and overrides U+202A–U+202E, the word joiner and
#: invisible operators U+2060–U+2064, the bidirectional isolates U+2066–U+2069, the
#: deprecated U+206A–U+206F, and a byte order mark U+FEFF inside a text (a web page's or a
#: word processor's paste, a file joined to another's BOM); none is whitespace. And what
#: only changes how the character before it is drawn, or draws nothing alone: the
#: variation selectors U+FE00–U+FE0F (« Oui\ufe0f », an emoji's presentation pasted
#: after a word, was read Oui) and U+E0100–U+E01EF, and the tag characters U+E0001,
#: U+E0020–U+E007F (a flag's subdivision); nonspacing marks for Unicode, which the
#: answers' folding dropped as accents. And the combining enclosing marks of emoji, which
#: draw a frame around the character before (the keycap U+20E3 of « 1️⃣ », the circle
#: U+20DD, square U+20DE, diamond U+20DF, prohibition U+20E0, screen U+20E2, triangle
#: U+20E4): « Oui\u20e3 » was read Oui without a word, « 1️⃣2 345 » an
#: error; without them, the digit or word they frame
_FORMATS = ("\xad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
            "\u20dd-\u20e0\u20e2-\u20e4"
            "\ufe00-\ufe0f\ufeff\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef")
FORMAT = re.compile(f"[{_FORMATS}]")
#: any of the three
INVISIBLE = re.compile(f"[{_CONTROLS}{_FORMATS}{_NONCHARACTERS}]")


def shown(text: str) -> str:
    """``text`` with each noncharacter, control and format character named, as a message
    quotes it.

    >>> shown("Bretagne\\uffff"), shown("O\\x02ui"), shown("12\\x7f000\\tx")
    ('Bretagne<U+FFFF>', 'O<U+0002>ui', '12<U+007F>000\\tx')
    >>> shown("O\\xadui"), shown("12\\u200b345"), shown("Nan\\u200etes")
    ('O<U+00AD>ui', '12<U+200B>345', 'Nan<U+200E>tes')
    >>> shown("Oui\\ufe0f"), shown("Non\\U000e0067"), shown("1\\ufe0f\\u20e32 345")
    ('Oui<U+FE0F>', 'Non<U+E0067>', '1<U+FE0F><U+20E3>2 345')
    """
    if INVISIBLE.search(text) is None:
        return text
    return INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
