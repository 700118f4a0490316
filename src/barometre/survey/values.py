"""French value parsers: presence (Oui/Non, x, URL…), follower counts ("12 345"), dates."""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
import unicodedata
from typing import Any

from ..domain.registry import normalize
from ..domain.text import ascii_digits_of

# --------------------------------------------------------------------------- values

_TRUE = {"oui", "o", "yes", "y", "1", "vrai", "true", "x", "present", "presente", "actif",
         "active", "ok", "v"}
_FALSE = {"non", "n", "no", "0", "faux", "false", "absent", "absente", "aucun",
          # the answer in words: no account (a presence cell as an account cell reads it)
          "pasdecompte", "aucuncompte", "sanscompte", "pasdepage", "aucunepage", "noaccount",
          "neant"}
#: An account that exists but is not used: present (the template asks whether the
#: collectivité has an official account), said by ``validate`` (``answer-inactive``)
_INACTIVE = {"inactif", "inactive", "compteinactif", "pageinactive", "inactiveaccount"}
#: The checkbox marks and thumbs read as an answer, alone (« ✅ ») or beside a word they
#: agree with (« Oui ✅ »), always said (``answer-symbol``): a symbol is no word, a reader
#: may take it otherwise (☐ an empty box: not ticked, Non). Beside a word they contradict
#: (« Non ✅ ») the answer is doubtful (``answer-doubtful``).
SYMBOLS_YES = frozenset({"✓", "✔", "☑", "✅", "👍"})
SYMBOLS_NO = frozenset({"❌", "✗", "✘", "☐", "❎", "👎"})
#: What an emoji may hold beside its symbol: variation selectors (« ✔️ »), a joiner, skin tones
_EMOJI_PARTS = frozenset("\ufe0e\ufe0f\u200d\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")


#: The characters ``str.strip()`` removes (``str.isspace``), for vectorised blank tests on
#: Arrow-backed text, whose own notion of whitespace differs (tests/test_fast_path.py).
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
              "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
#: A blank cell's text, for ``Series.str.fullmatch`` (Arrow's RE2 or Python's re).
BLANK_TEXT = f"[{WHITESPACE}]*"


#: The error values of a spreadsheet formula as a cell shows them (Excel in English and in
#: French, LibreOffice), and a CSV exported from it writes them: « #N/A », « #REF! »…
EXCEL_ERRORS = frozenset({
    "#null!", "#div/0!", "#value!", "#ref!", "#name?", "#num!", "#n/a", "#getting_data",
    "#spill!", "#calc!", "#field!", "#blocked!", "#connect!", "#busy!", "#unknown!",
    "#python!", "#nul!", "#valeur!", "#nom?", "#nombre!", "#n/d", "#propagation!",
    "#calcul!", "#champ!", "#bloqué!", "#connexion!", "#inconnu!", "#occupé!"})
_LIBREOFFICE_ERROR = re.compile(r"err:\d{3}")


#: What the workbook reader puts in the cell of a formula whose value the workbook does not
#: hold (saved without one by a script, or to be recomputed on opening): U+FFFF, a
#: noncharacter that no XML part, so no workbook cell, can hold, then a word that no rule
#: reads as a value. Not the formula: ="Oui" read as text folds to « oui », an answer. Every
#: rule that reads « #N/A » as an error of its cell reads it so (:func:`excel_error`), under
#: its own code (:func:`cell_error_code`); a problem quotes no value for it.
UNSAVED_FORMULA = "\uffff#FORMULA!"


def unsaved_formula(v: Any) -> bool:
    """Whether a cell is a formula whose value the workbook does not hold
    (:data:`UNSAVED_FORMULA`)."""
    return isinstance(v, str) and v.startswith("\uffff")


def cell_error_code(v: Any) -> str:
    """The code of a cell :func:`excel_error` says holds no value: ``formula-without-value``
    for a formula the workbook holds no value of, else ``cell-excel-error`` (« #N/A »)."""
    return "formula-without-value" if unsaved_formula(v) else "cell-excel-error"


def excel_error(v: Any) -> bool:
    """Whether a cell holds a formula's error (« #N/A », « #DIV/0! », « Err:502 »): a
    value the spreadsheet could not compute, never an answer (``cell-excel-error``); or a
    formula whose value the workbook does not hold (:data:`UNSAVED_FORMULA`).

    >>> excel_error("#N/A"), excel_error(" #REF! "), excel_error("#NOM?"), excel_error("N/A")
    (True, True, True, False)
    """
    if not isinstance(v, str):
        return False
    if unsaved_formula(v):
        return True
    if "#" not in v and "rr:" not in v:
        return False
    s = v.strip().lower()
    return s in EXCEL_ERRORS or _LIBREOFFICE_ERROR.fullmatch(s) is not None


def _is_blank(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and not v.strip()


def _header_cell(v: Any) -> str:
    """A cell as a header compares: text, case and spacing aside (« Abonnés  facebook »)."""
    return " ".join(str(v).split()).casefold() if v is not None and v == v else ""


def looks_like_account(text: str) -> bool:
    t = text.strip()
    return bool(re.match(r"^(https?://|www\.)\S+$|^@[\w.\-]{1,60}$|^[\w\-]+(\.[\w\-]+)+/\S*$",
                         t, re.I))


#: a count as typed: digits, grouped by thousands (« 28 784 », « 28,784 », « 28.784 ») or not
_COUNT_TEXT = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+|\d+")


def looks_like_count(v: Any) -> bool:
    """A cell of an account column that is a number, a follower count typed one column
    too far (« 28784 », 28 784, « 28,784 »): no address, @handle nor page name. Up to ten
    digits: a longer one is rather a page's numeric id (Facebook's have 15).

    >>> looks_like_count(28784), looks_like_count("28 784"), looks_like_count("@28784")
    (True, True, False)
    >>> looks_like_count("100064581234567"), looks_like_count("Ville de Paris")
    (False, False)
    """
    if isinstance(v, bool):
        return False
    if isinstance(v, numbers.Real):
        return math.isfinite(v) and 0 <= v < 1e10 and float(v).is_integer()
    t = str(v).strip()
    return (_COUNT_TEXT.fullmatch(t) is not None
            and sum(ch.isdigit() for ch in t) <= 10)


def parse_presence(v: Any) -> bool | None:
    """Read a presence answer; None when blank or doubtful. Raises ValueError when unreadable.

    A doubtful answer ("Oui ?", "Non ?", "?") is no answer: None, as a blank cell (see
    :func:`read_presence`, which says why).

    >>> parse_presence("Oui"), parse_presence("n"), parse_presence("@paris"), parse_presence(1)
    (True, False, True, True)
    >>> parse_presence("Non ?"), parse_presence("Oui*"), parse_presence("Inactif")
    (None, True, True)
    """
    return read_presence(v)[0]


#: The notes of :func:`read_presence` (catalog codes of ``validate``'s warnings)
ANSWER_DOUBTFUL, ANSWER_MARKED, ANSWER_INACTIVE, ANSWER_SYMBOL = (
    "answer-doubtful", "answer-marked", "answer-inactive", "answer-symbol")
#: The notes of a cell that says, in words, that nobody answered (:data:`NOT_ANSWERED`) or
#: that the question does not apply (:data:`NOT_APPLICABLE`): read as *not answered*
ANSWER_NOT_GIVEN, ANSWER_NOT_APPLICABLE = "answer-not-given", "answer-not-applicable"
#: The note of :func:`read_count` for a count cell that says the count is not known
COUNT_NOT_GIVEN = "count-not-given"

#: The words that say a cell was not answered, as :func:`~barometre.domain.registry.normalize`
#: folds them (no case, accents, spaces or punctuation: « N/R », « n.c. », « Non-renseigné »):
#: barometre's own word for a blank, « non renseigné », and the survey habits around it.
#: None starts a "no": « Non » is no such word, nor is « Non communiqué » a « Non »
NOT_ANSWERED = frozenset({
    "nonrenseigne", "nonrenseignee", "nr",  # non renseigné(e), NR, N/R, N.R.
    "nc", "noncommunique", "noncommuniquee",  # NC, n.c., N/C, non communiqué(e)
    "nonprecise", "nonprecisee",  # non précisé(e)
    "nesaitpas", "nesaispas", "jenesaispas", "nsp",  # ne sait pas, je ne sais pas, NSP
    "inconnu", "inconnue", "nonconnu", "nonconnue",  # inconnu(e), non connu(e)
    "sansreponse", "pasdereponse",  # sans réponse, pas de réponse
    "nondetermine", "nondeterminee",  # non déterminé(e)
    "unknown", "notknown", "dontknow", "donotknow", "notanswered"})
#: « N/A », « NA », « n/a »: *not applicable* or *not available*, the abbreviation does not
#: say which, nor whether the collectivité has an account. Read as not answered (outside
#: the base, a figure neither invented nor lowered: « Non » would count an absence nobody
#: saw), with a warning of its own saying to write Non where there is no account; so are
#: « non applicable », « non concerné », « sans objet », and « ND », « non disponible »
#: (not available: the figure, or the account?). « #N/A » is a formula's error.
NOT_APPLICABLE = frozenset({"na", "nonapplicable", "notapplicable", "nonconcerne",
                            "nonconcernee", "sansobjet", "nd", "nondisponible", "nondispo",
                            "notavailable"})


def said_not_answered(v: Any) -> str | None:
    """:data:`ANSWER_NOT_GIVEN` or :data:`ANSWER_NOT_APPLICABLE` when ``v`` is text that
    says nobody answered (« Non renseigné », « NR », « NSP ») or that the question does
    not apply (« N/A »); None for anything else (« Non », a blank, « #N/A »).

    >>> said_not_answered("Non renseigné"), said_not_answered("n.c."), said_not_answered("N/A")
    ('answer-not-given', 'answer-not-given', 'answer-not-applicable')
    >>> said_not_answered("Non"), said_not_answered("#N/A"), said_not_answered("")
    (None, None, None)
    """
    if not isinstance(v, str) or excel_error(v):
        return None
    key = normalize(v)
    return (ANSWER_NOT_GIVEN if key in NOT_ANSWERED
            else ANSWER_NOT_APPLICABLE if key in NOT_APPLICABLE else None)
_QUESTION = re.compile(r"[?？¿]")
_SIGNED = re.compile(r"[-−–+]\s*\d.*")
_EMPTY_PARENS = re.compile(r"\(\s*\)|\[\s*\]")


def read_presence(v: Any) -> tuple[bool | None, str | None]:
    """Read a presence answer: ``(answer, note)``; ``answer`` is None when blank or
    doubtful. Raises ValueError when unreadable.

    ``note`` is None, or a catalog code that ``validate`` reports as a warning:

    - :data:`ANSWER_DOUBTFUL`: an answer the surveyor marked with "?" ("Oui ?", "Non ?",
      "oui?", "Oui (?)", a lone "?") is not a firm answer: read as *not answered* (None,
      outside the base, whatever the blank rule), never as the word before the mark;
    - :data:`ANSWER_MARKED`: an answer with a footnote mark "*" ("Oui*", "Non **") is read
      as its answer, the note it refers to being elsewhere;
    - :data:`ANSWER_INACTIVE`: "Inactif", "inactive", "compte inactif": an account that
      exists but is not used, read as present (the survey asks whether an account exists).
    - :data:`ANSWER_SYMBOL`: a checkbox mark alone (:data:`SYMBOLS_YES` « ✅ » read Oui,
      :data:`SYMBOLS_NO` « ❌ » read Non), or a word beside a symbol that agrees with it
      (« Oui 👍 ») or says neither (« Oui ⭐ »), read as the mark or the word; a word beside a
      mark that contradicts it (« Non ✅ ») is doubtful (:data:`ANSWER_DOUBTFUL`).

    - :data:`ANSWER_NOT_GIVEN`: a cell that says in words that nobody answered, read as
      *not answered* exactly as a lone "?" (None, outside the base, whatever the blank
      rule or a count beside it); :data:`ANSWER_NOT_APPLICABLE`: « N/A » and its kin, read
      the same, with a warning of their own (see :data:`NOT_APPLICABLE` for why).

    The spellings accepted (compared without case, accents, spaces or punctuation):

    ============================  =====================================================
    read as                       cells
    ============================  =====================================================
    present (True)                Oui, O, Yes, Y, 1, Vrai, True, x, Présent(e), Actif,
                                  Active, OK, V, a URL, an @account; Inactif, inactive,
                                  compte inactif, page inactive, inactive account
                                  (``answer-inactive``); ✅ ✔ ✓ ☑ 👍, Oui ✅
                                  (``answer-symbol``)
    absent (False)                Non, N, No, 0, Faux, False, Absent(e), Aucun, Pas de
                                  compte, Aucun compte, Sans compte, Pas de page, Aucune
                                  page, Néant, No account; ❌ ✗ ✘ ☐ ❎ 👎, Non ❌
                                  (``answer-symbol``)
    not answered, "?"             ?, ??, (?), Oui ?, Non ?, oui?, Non ✅, ✅❌
                                  (``answer-doubtful``)
    not answered, in words        Non renseigné(e), NR, N/R, NC, n.c., N/C, Non
                                  communiqué(e), Non précisé(e), Ne sait pas, Ne sais pas,
                                  Je ne sais pas, NSP, Inconnu(e), Non connu(e), Sans
                                  réponse, Pas de réponse, Non déterminé(e), Unknown, Not
                                  known, Don't know, Do not know, Not answered
                                  (``answer-not-given``)
    not answered, not applicable  N/A, NA, n/a, Non applicable, Not applicable, Non
                                  concerné(e), Sans objet, ND, N/D, Non disponible, Non
                                  dispo, Not available (``answer-not-applicable``)
    error (ValueError)            anything else: « peut-être », « Non trouvé », « #N/A »
    ============================  =====================================================

    A URL or an @account is read as present before any mark is looked at (a URL may hold
    a "?"); a marked text that is no answer ("nope ?") stays unreadable. The reader then
    checks the link's site against the column's platform (:mod:`~.accounts`: another
    platform's site is an error of the cell, ``url-other-platform``; a site of no platform
    a warning, ``url-unknown-site``).

    >>> read_presence("NR"), read_presence("Non renseigné"), read_presence("N/A")
    ((None, 'answer-not-given'), (None, 'answer-not-given'), (None, 'answer-not-applicable'))
    >>> read_presence("Oui ?"), read_presence("Non*"), read_presence("Inactif")
    ((None, 'answer-doubtful'), (False, 'answer-marked'), (True, 'answer-inactive'))
    >>> read_presence("https://x.com/p?id=1"), read_presence("x")
    ((True, None), (True, None))
    >>> read_presence("✅"), read_presence("Oui 👍"), read_presence("Non ✅")
    ((True, 'answer-symbol'), (True, 'answer-symbol'), (None, 'answer-doubtful'))
    """
    if _is_blank(v):
        return None, None
    if isinstance(v, bool):
        return v, None
    if isinstance(v, (int, float)):
        if v in (0, 1):
            return bool(v), None
        raise ValueError
    s = str(v).strip()
    if "?" in s or "*" in s or "？" in s or "¿" in s:
        if looks_like_account(s):
            return True, None
        doubtful = _QUESTION.search(s) is not None
        core = _EMPTY_PARENS.sub("", _QUESTION.sub("", s).replace("*", "")).strip()
        if not core:  # "?", "??", "(?)": the surveyor did not know
            if doubtful:
                return None, ANSWER_DOUBTFUL
            raise ValueError
        answer, note = read_presence(core)
        if answer is None and note is None:  # pragma: no cover - core is not blank
            raise ValueError
        if doubtful:
            return None, ANSWER_DOUBTFUL
        return answer, note or ANSWER_MARKED
    symbols = [ch for ch in s if unicodedata.category(ch) == "So" or ch in _EMOJI_PARTS]
    if symbols:
        return _read_symbols(s, symbols)
    if _SIGNED.fullmatch(s):  # « -1 », « -0 »: no answer (normalize would drop the sign)
        raise ValueError
    key = normalize(s)
    if key in _TRUE:
        return True, None
    if key in _FALSE:
        return False, None
    if key in _INACTIVE:
        return True, ANSWER_INACTIVE
    if looks_like_account(s):
        return True, None
    said = said_not_answered(s)
    if said is not None:  # « Non renseigné », « NR », « N/A »: as a lone "?"
        return None, said
    raise ValueError


def _read_symbols(s: str, symbols: list[str]) -> tuple[bool | None, str | None]:
    """:func:`read_presence` of a text holding symbols (« ✅ », « Oui 👍 », « Non ✅ »): a
    checkbox mark alone is its answer, a word beside symbols that agree with it (or say
    neither yes nor no: « Oui ⭐ ») is the word, each said (:data:`ANSWER_SYMBOL`); a word
    and a mark that contradict it, or marks that disagree, are doubtful
    (:data:`ANSWER_DOUBTFUL`). Raises ValueError when unreadable (« ⭐ » alone)."""
    said = {True for ch in symbols if ch in SYMBOLS_YES} | {
        False for ch in symbols if ch in SYMBOLS_NO}
    core = "".join(ch for ch in s if ch not in symbols).strip()
    if not core:
        if len(said) != 1:
            if said:  # « ✅❌ »: ticked and crossed
                return None, ANSWER_DOUBTFUL
            raise ValueError
        return said.pop(), ANSWER_SYMBOL
    if looks_like_account(core):  # « @paris ✅ »
        answer, note = True, None
    else:
        answer, note = read_presence(core)
    if answer is None:  # « NR ✅ », « Oui ? ✅ »: as the word says
        if note is None:  # pragma: no cover - core is not blank
            raise ValueError
        return None, note
    if said - {answer}:  # « Non ✅ »: the word and the mark disagree
        return None, ANSWER_DOUBTFUL
    return answer, note or ANSWER_SYMBOL  # « Inactif 👍 »: inactive, as the word says


#: An account cell that says "no account" in words: the answer "Non" ("pas de compte")
_NO_ACCOUNT = _FALSE | {"nontrouve", "introuvable", "inexistant", "inexistante", "sans", "none",
                        "notfound"}
#: An account cell that says nothing ("-", "?", "N/A", "NC"): no account given, a blank
_NO_INFO = {"", "na", "nc", "nd", "nr", "inconnu", "inconnue", "averifier", "nonrenseigne",
            "nonrenseignee", "unknown", "tbc", "tbd"}


def read_account_cell(v: Any) -> tuple[str, Any]:
    """What a cell of an account column says: ``("account", text)`` for an account (URL,
    @handle, page name), ``("answer", bool)`` for a presence answer typed there ("Oui",
    "Non", "x", "pas de compte", "néant": not an account), ``("none", None)`` for a
    placeholder that gives no account ("-", "?", "N/A", "NC", a doubtful "Oui ?", a
    "Non renseigné": the words a presence cell reads as not answered, never as "Non"),
    ``("error", text)`` for a formula's error (« #N/A »: :func:`excel_error`, a cell
    error, not a blank), ``("blank", None)``.

    >>> read_account_cell("@paris"), read_account_cell("Non"), read_account_cell("pas de compte")
    (('account', '@paris'), ('answer', False), ('answer', False))
    >>> read_account_cell("N/A"), read_account_cell(" - "), read_account_cell("Ville de Nantes")
    (('none', None), ('none', None), ('account', 'Ville de Nantes'))
    """
    if _is_blank(v):
        return "blank", None
    if excel_error(v):
        return "error", v.strip()
    s = _text(v).strip()
    if looks_like_account(s):
        return "account", s
    try:  # an answer as a presence cell reads it ("Oui", "x", "✓", 0, 1, "Non")
        answer = parse_presence(v)
    except ValueError:
        pass
    else:  # a doubtful answer ("Oui ?") gives no answer: a placeholder
        return ("none", None) if answer is None else ("answer", answer)
    key = normalize(s)
    if key in _NO_ACCOUNT or _says_no_account(s):
        return "answer", False
    if key in _NO_INFO:
        return "none", None
    return "account", s


#: words that open a sentence saying there is no account ("plus de compte", "pas trouvé")
_NO_FIRST = {"non", "pas", "aucun", "aucune", "sans", "none"}
#: words that say an account is gone or not there ("compte supprimé", "fermé en 2023")
_NO_WORDS = {"supprime", "supprimee", "ferme", "fermee", "desactive", "desactivee",
             "inexistant", "inexistante", "introuvable", "deleted", "closed"}


def _says_no_account(text: str) -> bool:
    """A sentence typed in an account cell that says there is none: "compte supprimé",
    "plus de compte", "Pas trouvé", "non (fermé en 2023)", "en cours de création".

    >>> _says_no_account("compte supprimé"), _says_no_account("Ville de Nantes")
    (True, False)
    """
    words = re.findall(r"[0-9a-z]+", unicodedata.normalize("NFKD", text).encode(
        "ascii", "ignore").decode().lower())
    return bool(words) and (words[0] in _NO_FIRST or not _NO_WORDS.isdisjoint(words)
                            or words[:2] in (["plus", "de"], ["plus", "d"])
                            or words[:4] == ["en", "cours", "de", "creation"])


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007'’]")

MAX_COUNT = 1_000_000_000  # no account of a French collectivité comes near a billion followers
_MULT = {"k": 1_000, "m": 1_000_000, "md": 1_000_000_000, "mrd": 1_000_000_000}


#: A unit word after a count, « 3 200 abonnés », « 1 250 followers », « 800 j'aime »
#: (compared without case or accents): the number is read, said by ``count-unit``
_UNIT = re.compile(r"\s*(.*?\d(?:\s*(?:k|m|md|mrd))?)\s*(?:abonnes?|followers?|fans?|membres?|j['’ ]?aime|likes?)"
                   r"\s*", re.IGNORECASE)


#: A count cell of question marks only (« ? », « ?? », « (?) »): the count is not known
_QUESTIONS_ONLY = re.compile(r"\s*[(\[]?\s*[?？¿]+\s*[)\]]?\s*")


#: A plus sign before a count (« +1200 », « + 1 200 », « +1,2 k »): a growth figure
_PLUS = re.compile(r"[\s\u00a0\u202f]*[+＋][\s\u00a0\u202f]*\d")


#: The note of :func:`read_count` for a count written with other digits than 0-9
COUNT_DIGITS_NOT_ASCII = "count-digits-not-ascii"


class CellError(ValueError):
    """A cell that cannot be read (not a count, not a date…); ``code`` says why (catalog)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def read_count(v: Any) -> tuple[int | None, str | None]:
    """Read a follower count the way a French user writes it.

    Returns ``(count, note)``: ``count`` is None for a blank cell; ``note`` is None, or
    ``"count-abbreviated"`` ("1,2 k": a rounded value, to warn about), or ``"count-unit"``
    ("3 200 abonnés": a count followed by a unit word, abonnés, followers, fans, membres,
    j'aime or likes, without case or accents; the number read, to warn about), or
    ``"count-ambiguous"`` ("1,000": a single comma followed by exactly three digits,
    either a thousands separator or a decimal comma; the caller decides from the
    rest of the column, see :func:`parse_count_column`), or ``"count-dot-thousands"``
    ("1.234": a single dot followed by exactly three digits, read as the French
    thousands dot, 1 234, but a decimal dot in English: said, and decided from the
    column as the comma's), or :data:`COUNT_NOT_GIVEN`
    (``count`` None: a cell that says the count is not known, « nc », « NR », « non
    communiqué », « inconnu », « N/A », a lone « ? »: the words of a presence cell read as
    not answered, :func:`said_not_answered`; a missing count, as a blank, to warn about), or
    :data:`COUNT_DIGITS_NOT_ASCII` (« ١٢٣ », « １２３ »: digits other than 0-9, read as
    their digits and said; another note of the cell, « ١,٢ k », is said instead).
    Raises :class:`CellError` with a catalog code when the cell is not a count.

    The rules: spaces, non-breaking spaces and apostrophes group thousands
    ("12 345", "12'345"), in groups of three digits after the first one to three ("1 23",
    "123 45", "1 2345" are errors, ``count-bad-grouping``, not 123 nor 12,345; digits split
    by a line end or a tab are errors, ``count-split-by-control``); a dot followed by groups of three digits groups thousands
    ("12.000" is twelve thousand, the French habit; a single dot is said,
    ``count-dot-thousands``); several commas each followed by
    three digits group thousands ("1,234,567"); a decimal part of zeros is dropped
    ("1234,0", "150.000,00"); any other decimal ("12,5") is an error: a count is a whole number.
    Negative, infinite, undefined numbers and counts above :data:`MAX_COUNT` are errors;
    so is a count written with a sign, « +1 200 » (``count-signed``) or « -1 200 »
    (``count-negative``): most likely a growth over a period, not the number of followers.

    >>> read_count("12.000"), read_count("1,2 k"), read_count("1,000")
    ((12000, 'count-dot-thousands'), (1200, 'count-abbreviated'), (1000, 'count-ambiguous'))
    >>> read_count("1.234.567"), read_count("150.000,00"), read_count("1,500.0")
    ((1234567, None), (150000, None), (1500, None))
    >>> read_count("3 200 abonnés"), read_count("12,5 k Followers")
    ((3200, 'count-unit'), (12500, 'count-abbreviated'))
    >>> read_count("nc"), read_count("Non communiqué"), read_count("?")
    ((None, 'count-not-given'), (None, 'count-not-given'), (None, 'count-not-given'))
    """
    if _is_blank(v):
        return None, None
    if isinstance(v, bool):
        raise CellError("count-invalid")
    if isinstance(v, (dt.date, dt.time)):  # a workbook's date cell: its digits no count
        raise CellError("count-is-date")
    if isinstance(v, (int, float)):
        if isinstance(v, float) and math.isnan(v):
            return None, None
        if isinstance(v, float) and math.isinf(v):
            raise CellError("count-not-finite")
        if v < 0:
            raise CellError("count-negative")
        if isinstance(v, float) and not v.is_integer():
            raise CellError("count-not-integer")
        if v > MAX_COUNT:
            raise CellError("count-too-large")
        return int(v), None
    if len(str(v)) > _LONGEST_COUNT:  # no count is written in 60 characters: the rules
        # below would take time for nothing (a cell of megabytes of digits)
        raise CellError("count-too-large" if _DIGITS.fullmatch(str(v)) else "count-invalid")
    if said_not_answered(v) is not None or _QUESTIONS_ONLY.fullmatch(str(v)):
        return None, COUNT_NOT_GIVEN  # « nc », « NR », « ? »: the count is not known
    ascii_digits = ascii_digits_of(str(v))
    if ascii_digits is not None:  # « ١٢٣ », « １２３ »: read as their digits, said (another
        # note, « ١,٢ k » abbreviated, says it rather: it quotes the cell too)
        value, note = read_count(ascii_digits)
        return value, note or COUNT_DIGITS_NOT_ASCII
    unit = _UNIT.fullmatch(_fold(str(v)))
    if unit:  # « 3 200 abonnés »: the number alone, read as any (a rounded or doubtful one
        # says so rather than the unit); what is not a count before the word stays an error
        value, note = read_count(unit.group(1))
        return value, note or "count-unit"
    if _looks_like_date(str(v)):  # « 15/10/2025 »: the date column's, one cell across?
        raise CellError("count-is-date")
    if _PLUS.match(str(v)):  # « +1 200 »: a growth (« +1 200 abonnés cette année »), not
        # the number of followers; an error, as « -1 200 » is (count-negative)
        raise CellError("count-signed")
    _check_grouping(str(v))
    s = _SPACES.sub("", str(v)).lower()
    if s.lstrip("-") in ("inf", "infinity", "infini", "nan", "∞"):
        raise CellError("count-not-finite")
    if re.fullmatch(r"[-−–][\d.,]+(k|m|md|mrd)?", s):
        raise CellError("count-negative")
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)(k|m|md|mrd)", s)
    if m:
        value = float(m.group(1).replace(",", ".")) * _MULT[m.group(2)]
        if not value <= MAX_COUNT:  # 310 digits and « k »: infinite as a float
            raise CellError("count-too-large")
        return _bounded(round(value)), "count-abbreviated"
    if re.fullmatch(r"\d+", s):
        return _bounded(int(s)) if len(s) <= 12 else _too_large(), None
    if re.fullmatch(r"\d{1,3}\.\d{3}", s):  # 12.345: a French thousands dot, or a decimal
        # dot (12,345 in English); read as thousands, said (the column decides, as a comma's)
        return _bounded(int(s.replace(".", ""))), "count-dot-thousands"
    if re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", s):  # 1.234.567: two dots, no decimal
        return _bounded(int(s.replace(".", ""))), None
    if re.fullmatch(r"\d{1,3}(,\d{3}){2,}", s):  # 1,234,567 : one decimal comma at most
        return _bounded(int(s.replace(",", ""))), None
    if re.fullmatch(r"\d{1,3},\d{3}", s):
        return _bounded(int(s.replace(",", ""))), "count-ambiguous"
    if re.fullmatch(r"\d+[.,]0+", s):  # 12345,0 from a decimal column
        return _bounded(int(re.split(r"[.,]", s)[0])), None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+,0+|\d{1,3}(,\d{3})+\.0+", s):  # 150.000,00, 1,500.0:
        # thousands, then zero decimals after the other mark: whole, read as 150000,00 is
        whole = s[:max(s.rfind(","), s.rfind("."))]  # before the decimal mark
        return _bounded(int(whole.replace(".", "").replace(",", ""))), None
    if re.fullmatch(r"\d+([.,]\d+)+|\d{1,3}([., ]\d{3})*[.,]\d+", s):
        raise CellError("count-not-integer")
    raise CellError(cell_error_code(v) if excel_error(v) else "count-invalid")


#: a date written as one (« 15/10/2025 », « 15-10-25 », « 15.10.2025 », « 2025-10-15 »,
#: a time after it), in a count's cell: said a date rather than digits wrongly grouped
_DATE_LIKE = re.compile(
    r"(?:(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})(?P=sep)(?:\d{2}|\d{4})"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.\d{4}|\d{4}-(?P<m3>\d{1,2})-(?P<d3>\d{1,2}))"
    r"(?:[\sT]+\d{1,2}[:h]\d{2}(?::\d{2})?)?")


def _looks_like_date(text: str) -> bool:
    """Whether a cell is a date (a day 1-31, a month 1-12), not a count.

    >>> [_looks_like_date(t) for t in ("15/10/2025", "2025-10-15 10:30", "12.10.2025")]
    [True, True, True]
    >>> [_looks_like_date(t) for t in ("1.234.567", "12.345", "12.34.2025", "1 234")]
    [False, False, False, False]
    """
    m = _DATE_LIKE.fullmatch(text.strip())
    if m is None:
        return False
    day = m.group("d") or m.group("d2") or m.group("d3")
    month = m.group("m") or m.group("m2") or m.group("m3")
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


#: The longest text read as a count (« 12 345 678 abonnés Facebook », with room)
_LONGEST_COUNT = 60
_DIGITS = re.compile(r"[\d\s\u00a0\u202f\u2009\u2007'’.,+]+(?:k|m|md|mrd)?", re.IGNORECASE)
#: digits split by a space, a non-breaking space or an apostrophe ("12 345", "1 23")
#: (possessive: a cell of thousands of digits is one match, not a quadratic backtrack)
_GROUPED = re.compile(r"\d++(?:[\s\u00a0\u202f\u2009\u2007'’]++\d++)+")
#: how they must be split: 1 to 3 digits, then groups of exactly three ("1 234 567")
_GROUPS = re.compile(r"\d{1,3}(?:[\s\u00a0\u202f\u2009\u2007'’]+\d{3})+")
#: the white space between digits that no one types to group thousands: a line end, a tab
#: (a paste of two cells, two numbers on two lines), the other controls and separators
_CONTROL_SPACE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")


def _check_grouping(text: str) -> None:
    r"""Raise ``count-bad-grouping`` when digits split by spaces (or apostrophes) are not
    thousands: "1 23", "123 45", "1 2345" are no « 123 » nor « 12 345 » (a misplaced
    separator, or two numbers in one cell), as "12.34" is no count.

    >>> _check_grouping("12 345"), _check_grouping("1,2 k")
    (None, None)
    >>> _check_grouping("123 45")
    Traceback (most recent call last):
    ...
    barometre.survey.values.CellError: count-bad-grouping

    Digits split by a line end or a tab are not read even when grouped by three
    (``count-split-by-control``): « 1↵234 » is as likely two numbers as 1 234.

    >>> _check_grouping("1\t234")
    Traceback (most recent call last):
    ...
    barometre.survey.values.CellError: count-split-by-control
    """
    for m in _GROUPED.finditer(text):
        if _CONTROL_SPACE.search(m.group()):
            raise CellError("count-split-by-control")
        if not _GROUPS.fullmatch(m.group()):
            raise CellError("count-bad-grouping")


def _too_large() -> int:
    raise CellError("count-too-large")


def _bounded(value: int) -> int:
    if value > MAX_COUNT:
        raise CellError("count-too-large")
    return value


def parse_count(v: Any) -> int | None:
    """Read a follower count; None when blank or said unknown (« nc », « NR »: see
    :func:`read_count`). Raises ValueError when it is not a count.

    A lone "1,000" (comma or thousands?) is refused here: :func:`parse_count_column`
    decides it from the rest of its column.

    >>> parse_count("12 345"), parse_count("12.345"), parse_count("1,2 k"), parse_count(350.0)
    (12345, 12345, 1200, 350)
    """
    value, note = read_count(v)
    if note == "count-ambiguous":
        raise CellError("count-ambiguous")
    return value


#: A time after a date (Excel and Google Forms timestamps: "15/10/2025 10:30:00",
#: "2025-10-15T10:30:00Z", "15/10/2025 à 10h30"): matched to be dropped, and checked so that
#: "2025-10-15 foo" or "10:75" stay errors rather than be read as a date.
_TIME = (r"(?:t|\s+(?:[àa]\s+)?)(?P<hour>\d{1,2})(?:[:h](?P<minute>\d{2})"
         r"(?::(?P<second>\d{2})(?:[.,]\d{1,9})?)?|h)(?:\s*(?:z|utc|[+-]\d{2}(?::?\d{2})?))?")
_NUMERIC_DATES = tuple(
    (re.compile(pat + f"(?:{_TIME})?"), order)
    for pat, order in ((r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", "dmy"),
                       (r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"),
                       # year first with slashes (2025/10/15): no other order reads it
                       (r"(\d{4})/(\d{1,2})/(\d{1,2})", "ymd"),
                       (r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})", "dmy2")))

_MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
           "octobre", "novembre", "decembre")
#: A month word, without accents: every beginning of at least three letters that names one
#: month ("oct", "févr", "juil", "sept"); "ju", "jui" (juin or juillet), "ma" stay unknown.
_MONTH_WORDS = {w: i for w, i in
                ((m[:k], i) for i, m in enumerate(_MONTHS, 1) for k in range(3, len(m) + 1))
                if sum(m.startswith(w) for m in _MONTHS) == 1}
_NAMED_DATE = re.compile(r"(\d{1,2})(er)?[\s.\-/]*([a-z]+)[\s.\-/]*(\d{4}|\d{2})"
                         f"(?:{_TIME})?")


def _fold(text: str) -> str:
    """Text without accents ("févr." -> "fevr.", "1ᵉʳ" -> "1er")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _numeric_date(s: str, order: str = "dmy") -> tuple[int, int, int, re.Match] | None:
    """(day, month, year, match) of a numeric date as :func:`parse_date` reads it (``s``
    stripped and lowered; ``order`` for d/m/y), unchecked; None when no numeric form fits."""
    for pat, form in _NUMERIC_DATES:
        m = pat.fullmatch(s)
        if m:
            a, b, c = (int(x) for x in m.groups()[:3])
            if form == "ymd":
                a, c = c, a
            elif order == "mdy":  # month first: 03/15/2025
                a, b = b, a
            return a, b, (_full_year(c) if form == "dmy2" else c), m
    return None


def parse_date(v: Any, order: str = "dmy") -> dt.date | None:
    """Read a date as a French user types it; None when blank.

    Understood: 15/10/2025, 15.10.2025, 15-10-2025, 15/10/25 (years 69-99 are 1900s),
    2025-10-15 and 2025/10/15 (year first: year, month, day), Excel dates, a French month name, whole or shortened, with or without
    accents, in any case ("15 oct. 2025", "1er octobre 2025", "15-oct-25", "3 fevrier
    2025"), and the same followed by a time (Excel and Google Forms timestamps:
    "15/10/2025 10:30:00", "2025-10-15T10:30:00", "15/10/2025 à 10h30"), whose time is
    dropped. Raises :class:`CellError` ``date-invalid`` for anything else: an impossible
    date or time, a month word that names no month or two ("jui": juin or juillet).

    Numeric dates d/m/y are read day first, the French order, unless ``order="mdy"``
    (month first, as a file exported with a US locale writes them: "3/15/2025 10:30:00").
    One cell cannot tell "03/04/2025" apart: the reader decides a column's order from its
    distinct cells (:func:`date_order_evidence`), a column without a deciding cell from the
    file's other date columns (month first when one is and no date of the file reads day
    first only), and says when it reads one month first.
    Year-first dates (2025-03-15, 2025/03/15), month names and Excel date cells are read
    the same either way.

    >>> parse_date("15/10/2025"), parse_date("2025-10-15T10:30:00")
    (datetime.date(2025, 10, 15), datetime.date(2025, 10, 15))
    >>> parse_date("1er févr. 2025"), parse_date("2025/10/15 10:30")
    (datetime.date(2025, 2, 1), datetime.date(2025, 10, 15))
    >>> parse_date("03/04/2025"), parse_date("03/04/2025", order="mdy")
    (datetime.date(2025, 4, 3), datetime.date(2025, 3, 4))
    """
    if _is_blank(v):
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        raise CellError("date-invalid")
    s = str(v).strip().lower()
    numeric = _numeric_date(s, order)
    if numeric is not None:
        a, b, year, m = numeric
        return _date_at(year, b, a, m)
    m = _NAMED_DATE.fullmatch(_fold(s))  # 15 oct. 2025, 1er octobre 2025, 15-oct-25
    if m and m.group(3) in _MONTH_WORDS and (not m.group(2) or m.group(1) == "1"):
        y = int(m.group(4))
        return _date_at(_full_year(y) if len(m.group(4)) == 2 else y,
                        _MONTH_WORDS[m.group(3)], int(m.group(1)), m)
    raise CellError(cell_error_code(v) if excel_error(v) else "date-invalid")


def no_such_day(v: Any, order: str = "dmy") -> tuple[int, int, int] | None:
    """(day, month, year) of a numeric date whose day and month are in range but whose
    month has no such day (« 31/11/2026 », « 29/02/2025 »), read in ``order`` as
    :func:`parse_date` reads it; None for anything else. What its error says: the day does
    not exist, not merely « attendu une date ».

    >>> no_such_day("31/11/2026"), no_such_day("2025-02-29"), no_such_day("32/11/2026")
    ((31, 11, 2026), (29, 2, 2025), None)
    >>> no_such_day("11/31/2026", order="mdy"), no_such_day("15/10/2025")
    ((31, 11, 2026), None)
    >>> no_such_day("31 novembre 2025"), no_such_day("30 fevr. 24"), no_such_day("1er mars 2025")
    ((31, 11, 2025), (30, 2, 2024), None)
    """
    if not isinstance(v, str):
        return None
    s = v.strip().lower()
    numeric = _numeric_date(s, order)
    if numeric is not None:
        return _missing_day(*numeric[:3])
    m = _NAMED_DATE.fullmatch(_fold(s))  # « 31 novembre 2025 », « 31-nov-25 »
    if m and m.group(3) in _MONTH_WORDS and (not m.group(2) or m.group(1) == "1"):
        y = int(m.group(4))
        return _missing_day(int(m.group(1)), _MONTH_WORDS[m.group(3)],
                            _full_year(y) if len(m.group(4)) == 2 else y)
    return None


def _missing_day(day: int, month: int, year: int) -> tuple[int, int, int] | None:
    """(day, month, year) when the month has no such day, though both are in range."""
    if not (1 <= month <= 12 and 1 <= day <= 31) or year < 1:
        return None
    try:
        dt.date(year, month, day)
    except ValueError:
        return day, month, year
    return None


_MONTH_YEAR = (re.compile(r"([a-z]+)\.?[\s.\-/]*(\d{4}|\d{2})"),  # janv. 2025, oct-25
               re.compile(r"(\d{1,2})[/.\-](\d{4})"),  # 01/2025
               re.compile(r"(\d{4})[-/](\d{1,2})"))  # 2025-01, 2025/01


def date_without_day(v: Any) -> bool:
    """Whether an unreadable date cell is a month or a year without its day ("janv. 2025",
    "oct-25" (Excel's « mmm-aa » format written out), "oct 25", "01/2025", "2025-01",
    "2025"): refused (a day would be invented), its error says a full date is expected.

    >>> [date_without_day(v) for v in ("janv. 2025", "octobre 2025", "01/2025", "2025", 2025)]
    [True, True, True, True, True]
    >>> [date_without_day(v) for v in ("oct-25", "oct 25", "oct.-25", "2025-10", "10-2025")]
    [True, True, True, True, True]
    >>> [date_without_day(v) for v in ("15 jui 2025", "13/2025", "zz", 45, "jui 2025")]
    [False, False, False, False, False]
    """
    if isinstance(v, bool):
        return False
    if isinstance(v, numbers.Real):
        return float(v).is_integer() and FIRST_YEAR <= v <= 2100
    if not isinstance(v, str):
        return False
    s = _fold(v.strip().lower())
    if re.fullmatch(r"\d{4}", s):
        return FIRST_YEAR <= int(s) <= 2100
    word, number, iso = (pat.fullmatch(s) for pat in _MONTH_YEAR)
    if word:
        return word.group(1) in _MONTH_WORDS
    m = number or iso
    return m is not None and 1 <= int(m.group(1) if number else m.group(2)) <= 12


#: What a distinct cell says of its column's order (:func:`date_order_evidence`)
NOT_DMY, DAY_FIRST_ONLY, MONTH_FIRST_ONLY, EITHER_ORDER, SAME_EITHER_WAY = range(5)
#: A numeric date d/m/y or m/d/y, with a possible time: what the order decides
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})" + f"(?:{_TIME})?")


def date_order_evidence(v: Any) -> int:
    """What a cell says of the order of its column's numeric dates, as one of:
    :data:`DAY_FIRST_ONLY` ("15/03/2025": no 15th month), :data:`MONTH_FIRST_ONLY`
    ("03/15/2025"), :data:`EITHER_ORDER` (readable both ways, two different dates:
    "03/04/2025"), :data:`SAME_EITHER_WAY` ("05/05/2025"), or :data:`NOT_DMY` (no numeric
    d/m/y date, or one that no order reads: "31/31/2025", "2/30/2025", "3/15/2025 25:00").

    >>> [date_order_evidence(v) for v in ("15/03/2025", "3/15/25 10:30", "03/04/2025")]
    [1, 2, 3]
    """
    if not isinstance(v, str):
        return NOT_DMY
    m = _DMY.fullmatch(v.strip().lower())
    if m is None:
        return NOT_DMY
    a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
    year = _full_year(int(y)) if len(y) == 2 else int(y)
    day_first, month_first = _readable(year, b, a, m), _readable(year, a, b, m)
    if day_first and month_first:
        return EITHER_ORDER if a != b else SAME_EITHER_WAY
    return DAY_FIRST_ONLY if day_first else MONTH_FIRST_ONLY if month_first else NOT_DMY


#: What a cell that reads month first only starts with (first number 1-12, second 13-31): a
#: quick look before :func:`date_order_evidence`, for thousands of distinct timestamps
_MONTH_FIRST_START = re.compile(r"\s*(?:0?[1-9]|1[0-2])[/.\-](?:1[3-9]|2[0-9]|3[01])[/.\-]\d")


def reads_month_first_only(v: Any) -> bool:
    """``date_order_evidence(v) == MONTH_FIRST_ONLY``, most cells ruled out at a glance.

    >>> reads_month_first_only("3/15/2025 10:30"), reads_month_first_only("15/03/2025")
    (True, False)
    """
    return isinstance(v, str) and _MONTH_FIRST_START.match(v) is not None \
        and date_order_evidence(v) == MONTH_FIRST_ONLY


def dmy_numbers(v: Any) -> tuple[int, int] | None:
    """The first two numbers of a numeric date d/m/y ("03/15/2025": (3, 15)), else None."""
    m = _DMY.fullmatch(v.strip().lower()) if isinstance(v, str) else None
    return None if m is None else (int(m.group(1)), int(m.group(2)))


def _readable(year: int, month: int, day: int, m: re.Match) -> bool:
    try:
        _date_at(year, month, day, m)
    except CellError:
        return False
    return True


def _date_at(year: int, month: int, day: int, m: re.Match) -> dt.date:
    """The date, once it and the time matched with it (dropped) are possible."""
    hour, minute, second = (int(m.group(k) or 0) for k in ("hour", "minute", "second"))
    if hour > 23 or minute > 59 or second > 59:
        raise CellError("date-invalid")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError("date-invalid") from None


#: :data:`_TIME` after a numeric date, for RE2 (Arrow), matching only what
#: :func:`parse_date` reads with a possible time (hours 0-23, minutes and seconds 0-59), in
#: ASCII and without spaces around: dropping it leaves the date that parse_date reads.
_DATE_THEN_TIME = (
    r"^([0-9]{1,2}[/.\-][0-9]{1,2}[/.\-](?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
    r"|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2})"
    r"(?:[tT]|\s+(?:(?:à|À|a|A)\s+)?)(?:[01]?[0-9]|2[0-3])"
    r"(?:[:hH][0-5][0-9](?::[0-5][0-9](?:[.,][0-9]{1,9})?)?|[hH])"
    r"(?:\s*(?:[zZ]|[uU][tT][cC]|[+-][0-9]{2}(?::?[0-9]{2})?))?$")
MANY_DATES = 10_000  # distinct date cells from which their times are dropped before parsing


def drop_times(codes: Any, uniques: Any, at_least: int | None = None) -> tuple:
    """Distinct cells of a date column with their time dropped, then merged.

    ``(codes, uniques)`` is a column factorized (per row the index of its distinct value,
    -1 when missing); returned the same way, over fewer values when cells differed by
    their time only. A column of timestamps (one per row: millions of distinct values) is
    then parsed per distinct *date*, a few, rather than per timestamp (3.5 M rows: 24 s
    and 1.7 GB). Only the times that :func:`parse_date` drops are dropped, so each
    cell reads the same; below ``at_least`` distinct values (:data:`MANY_DATES`), nothing
    is done: a few are parsed as they are.
    """
    import sys

    import numpy as np
    from .._arrow import compute, compute_options, to_numpy
    from .raw import factorize_objects, text_arrow, texts_of

    if len(uniques) < (MANY_DATES if at_least is None else at_least):
        return codes, uniques
    pd = sys.modules.get("pandas")  # a pandas column's values: pandas is there
    values = np.asarray(uniques, dtype=object)
    text = np.fromiter((isinstance(x, str) for x in values), dtype=bool, count=len(values))
    if (pd is not None and isinstance(getattr(uniques, "dtype", None), pd.StringDtype)) \
            or text.all():  # text only (the fast path's): merged in Arrow
        arr, values, text = text_arrow(values), None, None
    else:  # any cell (dates of a workbook, numbers): the text ones
        arr = text_arrow(values[text])
    dates = compute("replace_substring_regex", arr,
                    options=compute_options("ReplaceSubstringOptions", _DATE_THEN_TIME, r"\1"))
    if compute("all", compute("equal", dates, arr)).as_py() is not False:  # nothing to merge
        return codes, uniques
    if values is None:  # merged in Arrow, without a Python string per timestamp
        fewer = compute("unique", dates)
        merged = to_numpy(compute("index_in", dates,
                                  options=compute_options("SetLookupOptions", fewer)))
        fewer = texts_of(fewer)
    else:
        values = values.copy()
        values[text] = texts_of(dates)
        merged, fewer = factorize_objects(values)
    return np.where(codes < 0, -1, merged[codes]), fewer


def _full_year(yy: int) -> int:
    """A two-digit year with the usual pivot (POSIX ``%y``): 69–99 → 1900s, 00–68 → 2000s."""
    return 1900 + yy if yy >= 69 else 2000 + yy


FIRST_YEAR = 2004  # Facebook opened in 2004: no reading of a social account is older

#: The dates an Excel serial number of a workbook's date column may stand for: a number
#: outside (45, 2025, 1e9) is no date and stays a ``date-invalid`` error
SERIAL_FIRST, SERIAL_LAST = dt.date(2000, 1, 1), dt.date(2100, 12, 31)


class SerialDate(dt.datetime):
    """A number of a workbook's date column read as the day it stands for (45945 is
    15/10/2025): a datetime (read as any Excel date cell) that keeps the number typed
    (``serial``), which its cell's problems quote (:func:`_text`)."""

    __slots__ = ("serial",)

    def __reduce__(self):  # copied or pickled with its number
        return _serial_date, (self.year, self.month, self.day, self.serial)


def _serial_date(year: int, month: int, day: int, serial: Any) -> SerialDate:
    out = SerialDate(year, month, day)
    out.serial = serial
    return out


def serial_date(v: Any, epoch: dt.datetime) -> SerialDate | None:
    """The day an Excel serial number ``v`` stands for, in the workbook's date system
    (``epoch``: the day of number 0, 1899-12-30 for Excel's 1900 system, whose serials past
    60 count from there, 1904-01-01 for the 1904 one; openpyxl's ``wb.epoch``); its
    fraction is a time of day, dropped. None for anything else: text, a boolean, a number
    of no day between :data:`SERIAL_FIRST` and :data:`SERIAL_LAST`.

    >>> epoch = dt.datetime(1899, 12, 30)
    >>> serial_date(45945, epoch).date(), serial_date(45945.5, epoch).date()
    (datetime.date(2025, 10, 15), datetime.date(2025, 10, 15))
    >>> serial_date(2025, epoch), serial_date("45945", epoch), serial_date(True, epoch)
    (None, None, None)
    """
    if isinstance(v, bool) or not isinstance(v, numbers.Real):  # numpy's numbers too
        return None
    f = float(v)
    if not math.isfinite(f):
        return None
    first = (dt.datetime.combine(SERIAL_FIRST, dt.time()) - epoch).days
    last = (dt.datetime.combine(SERIAL_LAST, dt.time()) - epoch).days
    if not first <= f < last + 1:
        return None
    day = (epoch + dt.timedelta(days=math.floor(f))).date()
    return _serial_date(day.year, day.month, day.day, v.item() if hasattr(v, "item") else v)


#: The latest time zone in use (UTC+14, the Line Islands)
_LATEST_ZONE = dt.timezone(dt.timedelta(hours=14))


def today_anywhere() -> dt.date:
    """The latest date it is anywhere on Earth (UTC+14): "today" for the future-date checks.

    A reading dated today by a collector in Paris at 00:30 (still yesterday in UTC) is not
    in the future on a server in UTC: the same file on the same day passes or fails alike
    whatever the machine's time zone (``TZ``).
    """
    return dt.datetime.now(_LATEST_ZONE).date()


def check_reading_date(d: dt.date | None, today: dt.date | None = None) -> dt.date | None:
    """A reading date between 1 January 2004 and today (:func:`today_anywhere`); raises
    CellError otherwise."""
    if d is None:
        return None
    today = today or today_anywhere()
    if not dt.date(FIRST_YEAR, 1, 1) <= d <= today:
        raise CellError("date-out-of-range")
    return d


def _text(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, SerialDate):  # the number typed, as the cell holds it
        return _text(v.serial)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (dt.datetime, dt.date)):
        return v.strftime("%d/%m/%Y")
    return str(v).strip()


def _parse_year(v: Any) -> int | None:
    if _is_blank(v):
        return None
    try:
        f = float(str(v).strip().replace(",", "."))
    except ValueError:
        raise CellError(cell_error_code(v) if excel_error(v) else "year-invalid") from None
    if not math.isfinite(f) or not f.is_integer():
        raise CellError("year-invalid")
    y = int(f)
    if not FIRST_YEAR <= y <= 2100:  # a year in the future is said by the reader
        raise CellError("year-out-of-range")
    return y


def parse_count_column(series) -> tuple:
    """Follower counts of a whole column, vectorised over its distinct values.

    Returns ``(values, errors, notes)``: values as floats (NaN where blank or wrong),
    and, for the cells that are not a count (errors) or that were read with a
    warning (notes: abbreviated, ambiguous or unknown count, :func:`read_count`), a pair
    ``(positions, codes)``:
    the cells' positions in the column and their catalog codes.

    A "1,000" cell (one comma, three digits) is read as one thousand, with a warning,
    when no other cell of the column is a decimal number; in a column that also
    holds decimals ("12,5"), the comma is a decimal comma and the cell is an error.
    A "1.234" cell (one dot, three digits) likewise: one thousand two hundred and
    thirty-four with a warning (``count-dot-thousands``), an error beside decimals.

    >>> import pandas as pd
    >>> values, errors, notes = parse_count_column(pd.Series(["12 345", "1,2 k", "x", None]))
    >>> values.tolist()[:2], errors[0].tolist(), errors[1], notes[1]
    ([12345.0, 1200.0], [2], ['count-invalid'], ['count-abbreviated'])
    """
    import numpy as np

    from .raw import CodedColumn, as_column

    col = as_column(series)
    n = len(col)
    numbers = _numbers(col)
    if numbers is not None:
        out = numbers  # our copy: the wrong cells become NaN in place
        # the wrong cells found with masks of booleans, their codes decided on them only (no
        # object array of millions of codes); the last matching rule names the error
        wrong = _not_counts(out)
        num = out[wrong]
        codes = np.full(len(wrong), "count-not-finite", dtype=object)
        finite = np.isfinite(num)
        codes[finite & (np.floor(num) != num)] = "count-not-integer"
        codes[finite & (num > MAX_COUNT)] = "count-too-large"
        codes[finite & (num < 0)] = "count-negative"
        out[wrong] = np.nan
        return out, (wrong, codes.tolist()), (np.zeros(0, np.int64), [])
    rest = None  # every cell
    if not isinstance(col, CodedColumn):
        # Arrow text (large CSVs): plain digits cast in C++, only the other cells parsed
        import pyarrow as pa

        arr = col.data
        if isinstance(arr, pa.Array):
            arr = pa.chunked_array([arr])
        out, rest = _plain_counts(arr, n)
        if not len(rest):  # every filled cell is plain digits (the usual)
            return out, (np.zeros(0, np.int64), []), (np.zeros(0, np.int64), [])
        col = col.take(rest)
    codes, u_val, u_err, u_note = _parse_count_distinct(col)
    if rest is None:
        out, rest = u_val[codes], np.arange(n)
    else:
        out[rest] = u_val[codes]
    # the few cells with an error or a note, found per distinct value
    e = np.flatnonzero((u_err != None)[codes])  # noqa: E711  (object arrays)
    w = np.flatnonzero((u_note != None)[codes])  # noqa: E711
    return out, (rest[e], u_err[codes[e]].tolist()), (rest[w], u_note[codes[w]].tolist())


def _not_counts(values):
    """The positions of the numbers that are no count: infinite, not whole, too large or
    negative (NaN, a blank cell, is none). Chunk by chunk: the temporaries stay small and
    in cache (a float per row would be 28 MB of fresh memory on 3.5 M rows)."""
    import numpy as np

    step, found = 1 << 16, []
    with np.errstate(invalid="ignore"):  # NaN and infinities compare false: no warning
        for start in range(0, len(values), step):
            v = values[start:start + step]
            bad = np.isinf(v) | (v - np.floor(v) > 0) | (v > MAX_COUNT) | (v < 0)
            if bad.any():
                found.append(np.flatnonzero(bad) + start)
    return np.concatenate(found) if found else np.zeros(0, dtype=np.intp)


def _numbers(col):
    """A column of numbers (not booleans) as floats (NaN when missing), else None."""
    import numpy as np

    from .raw import CodedColumn

    if isinstance(col, CodedColumn):
        values = col.values
        kind = getattr(getattr(values, "dtype", None), "kind", "O")
        if kind not in "iuf" or not isinstance(values, np.ndarray):
            return None
        return np.append(values.astype(float), np.nan)[col.codes]
    if col.is_arrow or col.data.dtype.kind not in "iuf":
        return None
    return col.data.astype(float)


def _plain_counts(arr, n: int) -> tuple:
    """The cells of an Arrow text column that are plain digits (1 to 9 ASCII digits), as
    floats (NaN elsewhere), and the positions of the other filled cells (to parse).

    Chunk by chunk, into one array of floats: each chunk's plain digits cast to int64 by
    Arrow (exact up to 9 digits; 16 ms for 3.5 M cells where its parse to float64 took
    18-23 ms), the other cells hidden under a validity bitmap (same text buffers, no
    ``take`` of millions of cells nor array of their positions, #19). The chunks are shared
    between the cores (:mod:`barometre._parallel`).
    """
    import numpy as np
    import pyarrow as pa

    from .._arrow import cast, with_nulls
    from .._parallel import each
    from .raw import ints_as_floats

    out = np.empty(n, dtype=float)
    starts = np.cumsum([0] + [len(c) for c in arr.chunks])

    def one(i: int) -> np.ndarray | None:  # a chunk into its slice of ``out``; its others
        chunk, start = arr.chunk(i), int(starts[i])
        if not len(chunk):
            return None
        digits, filled = _plain_digits_of(chunk)
        others = None
        if not digits.all():
            others = np.flatnonzero(digits != filled)  # filled, not plain digits
            if len(others):
                chunk = with_nulls(chunk, digits)  # the others: hidden
                others += start
        ints_as_floats(cast(chunk, pa.int64()), out[start:start + len(chunk)], digits)
        return others

    # the chunks shared between the cores (Arrow's cast and numpy let go of the GIL)
    rest = [r for r in each(one, range(arr.num_chunks)) if r is not None and len(r)]
    return out, (np.concatenate(rest) if rest else np.zeros(0, dtype=np.intp))


def _plain_digits_of(chunk) -> tuple:
    """Per cell of an Arrow text array (one chunk, not empty): whether it is 1 to 9 ASCII
    digits (what ``^[0-9]{1,9}$`` matches), and whether it is filled (not missing).

    Read on the Arrow buffers (offsets and bytes) with numpy: a pass over the bytes
    instead of a regular expression per cell (3.5 M cells: 5 ms instead of 80, #19).
    """
    import numpy as np
    import pyarrow as pa

    from .._arrow import valid as valid_of

    if pa.types.is_string(chunk.type) or pa.types.is_large_string(chunk.type):
        off_type = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    else:  # pragma: no cover - pandas' Arrow text is (large_)string
        raise TypeError(chunk.type)
    n = len(chunk)
    bufs = chunk.buffers()
    valid = valid_of(chunk)
    off = np.frombuffer(bufs[1], dtype=off_type)[chunk.offset:chunk.offset + n + 1]
    data = np.frombuffer(bufs[2], dtype=np.uint8)[off[0]:off[-1]] if bufs[2] is not None \
        else np.zeros(0, np.uint8)
    length = np.diff(off)
    length -= 1  # 1 to 9 bytes: 0 to 8, unsigned (an empty cell wraps around)
    ok = length.view(np.uint32 if off_type == np.int32 else np.uint64) <= 8
    ok &= valid
    wrong = data - np.uint8(48)  # a byte that is not '0'-'9': above 9
    wrong = np.flatnonzero(wrong > 9)
    if len(wrong):  # the cells that hold one (searched in the offsets' own type: else
        # numpy converts the offsets of the whole chunk first)
        at = (wrong + off[0]).astype(off.dtype)
        ok[np.searchsorted(off, at, side="right") - 1] = False
    return ok, valid


def _parse_count_distinct(col) -> tuple:
    """Each distinct cell of a column read once: ``(codes, values, errors, notes)``,
    with the missing cells at the last distinct index."""
    import re

    import numpy as np

    from .raw import CodedColumn

    if isinstance(col, CodedColumn):
        codes, uniques = col.codes, col.values
    else:
        codes, uniques = col.factorized()
    if getattr(uniques, "dtype", None) == object:
        # TRUE/FALSE cells are no count (the column keeps them apart from 1/0)
        uniques = np.array(["\x00bool" if isinstance(x, (bool, np.bool_)) else x
                            for x in uniques], dtype=object)
    else:
        uniques = np.asarray(uniques, dtype=object)
    u_val = np.full(len(uniques) + 1, np.nan)
    u_err = np.full(len(uniques) + 1, None, dtype=object)
    u_note = np.full(len(uniques) + 1, None, dtype=object)
    # plain digits (most cells of a large file): converted at once, not one by one
    arr = uniques
    plain = re.compile(r"[0-9]{1,9}")
    digits = np.fromiter((isinstance(x, str) and plain.fullmatch(x) is not None for x in arr),
                         dtype=bool, count=len(arr))
    if digits.any():
        u_val[:-1][digits] = [int(x) for x in arr[digits]]
    for i in np.flatnonzero(~digits):
        u = arr[i]  # not uniques[i]: an Index look-up per cell costs more than the parse
        try:
            value, note = read_count(u)
        except CellError as exc:
            u_err[i] = exc.code
            continue
        u_val[i] = np.nan if value is None else value
        u_note[i] = note
    if (u_err == "count-not-integer").any():  # decimals in the column: "1,000" is 1.000,
        # "1.234" is 1.234
        amb = (u_note == "count-ambiguous") | (u_note == "count-dot-thousands")
        u_err[amb], u_note[amb], u_val[amb] = "count-not-integer", None, np.nan
    codes = np.where(codes < 0, len(uniques), codes)
    return codes, u_val, u_err, u_note
