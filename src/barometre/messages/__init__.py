"""Every user-facing sentence of barometre, keyed by a stable code, in French and English.

Codes are kebab-case and never change once shipped (``unknown-type``, ``blank-presence``):
tests, ``validate --format json`` and users filter on them. Texts are ``str.format``
templates over named parameters. Each area of the package keeps its sentences in its
own module here (``cli``, ``survey``…): :func:`catalog` merges them all; :func:`text`
loads only the module of the code asked when its first word names it (``cli-…``,
``pub-…``), so that ``barometre --help`` reads the CLI's sentences only.

Imports nothing outside the standard library (and :mod:`barometre._invisible`, which
neither does): the CLI's error path loads it.

Examples
--------
>>> from barometre.messages import text
>>> text("unknown-type", "en", value="regoin", hint=Msg("did-you-mean", choices=["region"]))
'unknown collectivity type “regoin”; did you mean “region”?'
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import functools
import importlib
import re
import string

from .._invisible import shown

LANGS = ("fr", "en")
#: the variable that sets the default language of the library and of the command line
LANG_ENV = "BAROMETRE_LANG"


def env_lang() -> str | None:
    """The language ``$BAROMETRE_LANG`` asks for: "en" for ``en`` (any case, spaces
    around), "fr" for any other value, None when it is unset or blank."""
    import os

    value = os.environ.get(LANG_ENV, "").strip().lower()
    return None if not value else "en" if value == "en" else "fr"


def default_lang() -> str:
    """The language of a sentence nobody chose one for: ``$BAROMETRE_LANG`` (see
    :func:`env_lang`), else French. The command line's ``--lang`` defaults to it, and the
    library's errors (``str(exc)``) and problems are said in it."""
    return env_lang() or "fr"


@functools.cache
def catalog() -> dict[str, tuple[str, str]]:
    """All messages: ``code -> (french, english)``, from every module of this package."""
    merged: dict[str, tuple[str, str]] = {}
    for name in _module_names():
        module = importlib.import_module(f"{__name__}.{name}")
        for code, texts in module.MESSAGES.items():
            if code in merged:
                raise RuntimeError(f"message code {code!r} defined twice ({name})")
            merged[code] = texts
    _loaded.update(merged)
    return merged


def _module_names() -> list[str]:
    """The message modules of this package, by name: the ``.py`` files beside this one
    (``pkgutil.iter_modules`` gives the same list, but its import alone took ~15 ms of a
    command that says one uncommon warning, #19)."""
    import os

    folder = os.path.dirname(__file__)
    return sorted(name[:-3] for name in os.listdir(folder)
                  if name.endswith(".py") and not name.startswith("_"))


# The module to read first for a code, from the code's first word. Only a hint: a code that
# is not there is looked up in the whole catalog, so a wrong or missing entry costs time,
# never a wrong sentence (tests/test_cli.py reads every code from a cold start).
_AREA_OF_WORD = {"cli": "cli", "col": "cli", "pub": "published", "measure": "published",
                 "annuaire": "annuaire", "chart": "charts", "progress": "progress",
                 "report": "report", "template": "template", "waves": "waves", "wave": "waves",
                 "peers": "peers", "help": "help", "list": "core"}
_loaded: dict[str, tuple[str, str]] = {}  # the codes of the modules read so far
_areas_read: set[str] = set()


def _texts(code: str) -> tuple[str, str]:
    """``(french, english)`` for ``code``, reading as few message modules as it can."""
    try:
        return _loaded[code]
    except KeyError:
        pass
    area = _AREA_OF_WORD.get(code.split("-", 1)[0])
    if area is not None and area not in _areas_read:
        _areas_read.add(area)
        _loaded.update(importlib.import_module(f"{__name__}.{area}").MESSAGES)
        if code in _loaded:
            return _loaded[code]
    return catalog()[code]


class Msg:
    """A message not yet put into words: its code and parameters.

    Errors and problems carry a ``Msg`` so that the CLI can say it in the user's
    language. A parameter may itself be a ``Msg`` (rendered in the same language), or a
    list (rendered « a », « b » ou « c » / “a”, “b” or “c”; a list of ``Msg`` is
    joined with commas).
    """

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params) -> None:
        try:
            _texts(code)
        except KeyError:
            raise KeyError(f"unknown message code {code!r}") from None
        self.code = code
        self.params = params

    def render(self, lang: str = "fr") -> str:
        return text(self.code, lang, **self.params)

    def __repr__(self) -> str:
        return f"Msg({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.code, self.params) == (other.code, other.params)


class Words:
    """A value said differently in each language, such as a platform's label
    ("X (ex-Twitter)", "X (formerly Twitter)"): a parameter rendered in the message's
    language. French otherwise (``str``)."""

    __slots__ = ("fr", "en")

    def __init__(self, fr: str, en: str) -> None:
        self.fr, self.en = fr, en

    def render(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr

    def __str__(self) -> str:
        return self.fr

    def __repr__(self) -> str:
        return f"Words({self.fr!r}, {self.en!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and (self.fr, self.en) == (other.fr, other.en)

    def __hash__(self) -> int:
        return hash((self.fr, self.en))


#: a French word that elides the « de » before it (a mute h aside: not guessed)
_VOWEL = re.compile(r"[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒ]", re.IGNORECASE)


def de_fr(words: str) -> str:
    """French « de » before ``words``, elided before a vowel: « d'intercommunalités »,
    « de départements »."""
    return ("d'" if _VOWEL.match(words) else "de ") + words


def of_words(words: Words) -> Words:
    """``words`` after « de » / "of": « d'intercommunalités », "of intercommunalities";
    for a sentence where « de » precedes a label that may begin with a vowel."""
    return Words(de_fr(words.fr), "of " + words.en)


NBSP = "\u00a0"
#: the spaces French typography binds to their neighbour: after « and before » ; : ! ?
_BOUND_SPACE = re.compile(r"(?<=«) | (?=[»;:!?])")


def bound_spaces(words: str) -> str:
    """``words`` with the spaces French typography binds made no-break (:data:`NBSP`), for
    a wrapping that must not open a line on « ; » or « » » nor end one on « « »: the
    help's, a chart's caption. What is shown gets its plain spaces back
    (``.replace(NBSP, " ")``); a text without such a space is returned as it is.

    >>> from barometre.messages import bound_spaces
    >>> bound_spaces("du Benchmark ; sans « type »") == "du Benchmark\u00a0; sans «\u00a0type\u00a0»"
    True
    """
    return _BOUND_SPACE.sub(NBSP, words)


def said_and(items, lang: str = "fr") -> str:
    """« a, b et c » / "a, b and c": ``items`` (``str``, or :class:`Words` said in
    ``lang``) joined as a sentence lists them; one alone is itself, none is "".

    >>> said_and(["Facebook", "X", "TikTok"])
    'Facebook, X et TikTok'
    >>> said_and([Words("du 10/03/2025", "2025-03-10"), Words("du 14/10/2025", "2025-10-14")], "en")
    '2025-03-10 and 2025-10-14'
    """
    return _said_joined(items, lang, "list-and")


def said_or(items, lang: str = "fr") -> str:
    """« a, b ou c » / "a, b or c": :func:`said_and` with « ou ».

    >>> said_or(["Facebook", "Instagram"])
    'Facebook ou Instagram'
    """
    return _said_joined(items, lang, "list-or")


def _said_joined(items, lang: str, link: str) -> str:
    said = [v.render(lang) if isinstance(v, Words) else str(v) for v in items]
    if len(said) < 2:
        return "".join(said)
    return ", ".join(said[:-1]) + text(link, lang) + said[-1]


def words_and(items) -> Words:
    """:func:`said_and` in both languages, a parameter said in the message's language:
    ``Words("Bas-Rhin et Haut-Rhin", "Bas-Rhin and Haut-Rhin")``."""
    items = list(items)
    return Words(said_and(items, "fr"), said_and(items, "en"))


def is_plural(n: int, lang: str = "fr") -> bool:
    """Whether the noun after the count ``n`` takes the plural in ``lang``: from 2 in French
    (« 0 annexe », « 1 annexe », « 2 annexes »), every count but 1 in English ("0 annexes").
    The one rule of barometre's agreements: :func:`plural_s` and
    :func:`~barometre.render.formats.takes_plural` (which adds an unknown count) say it.

    >>> is_plural(0), is_plural(0, "en"), is_plural(2)
    (False, True, True)
    """
    return n != 1 if lang == "en" else abs(n) >= 2


def plural_s(n: int) -> Words:
    """The ``s`` of a noun after the count ``n``, by each language's rule (:func:`is_plural`):
    « 0 annexe », « 2 annexes », "0 annexes". A parameter ``s`` of a sentence said later in
    either language, for ``{s}`` and ``{s:one|many}``.

    >>> text("annuaire-set-aside", "fr", n=1, s=plural_s(1), deleguee=0, sd=plural_s(0),
    ...      annexe=1, sa=plural_s(1), arrondissement=0, sr=plural_s(0))
    "Services écartés : 1 mairie (0 déléguée, 1 annexe, 0 d'arrondissement)."
    >>> plural_s(0).render("en"), plural_s(0).render("fr"), plural_s(2).render("fr")
    ('s', '', 's')
    """
    return Words(*("s" if is_plural(n, lang) else "" for lang in LANGS))


#: the system's errors said in the user's language (« os-… » in messages/core.py)
_OS_ERRORS = {name: "os-" + name.lower() for name in (
    "ENOENT", "EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EISDIR", "ENOTDIR", "EBUSY",
    "ENAMETOOLONG", "EEXIST", "EIO", "EBADF", "EPIPE")}


def os_error_said(exc: BaseException) -> Msg | str:
    """What went wrong in an ``OSError``, said in the user's language when it is a common
    error (« plus de place sur le disque », not "No space left on device" inside a French
    sentence); else the system's own words ("[WinError 32] …"), the file it names left out.

    >>> from barometre.messages import os_error_said, text
    >>> text("io-error", "fr", where="", detail=os_error_said(OSError(28, "No space left on device")))
    "erreur d'entrée-sortie : plus de place sur le disque"
    >>> os_error_said(OSError(9999, "Odd"))
    'Odd'
    """
    import errno as _errno

    code = _errno.errorcode.get(getattr(exc, "errno", None) or 0)
    if code in _OS_ERRORS:
        return Msg(_OS_ERRORS[code])
    return str(getattr(exc, "strerror", None) or exc)


class Count(int):
    """A number of things, said with the thousands separator of the language
    ("348 731" with a narrow no-break space, "348,731")."""

    def __repr__(self) -> str:
        return f"Count({int(self)})"


#: The months as English writes them in a date (« 15 October 2024 »)
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
#: and as French does (« 15 octobre 2024 »)
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")


class Day(datetime.date):
    """A date said as the language writes it in a sentence: « 15 octobre 2024 »
    (« 1er octobre 2024 ») in French, "15 October 2024" in English: the one form of a date
    in prose (messages, notes, captions, the waves' names), not « 15/10/2024 » in a note
    beside « 15 octobre 2024 » in the next. A table's cell writes it :meth:`cell`
    (« 15/10/2024 »); CSV and JSON, ISO (``isoformat()``).

    >>> Day(2024, 10, 15).render(), Day(2024, 10, 1).render(), Day(2024, 10, 1).render("en")
    ('15 octobre 2024', '1er octobre 2024', '1 October 2024')
    >>> Day(2024, 10, 15).cell(), Day(2024, 10, 15).cell("en")
    ('15/10/2024', '15 October 2024')
    """

    @classmethod
    def of(cls, value: datetime.date) -> Day:
        """The day of a date, datetime or pandas Timestamp."""
        return cls(value.year, value.month, value.day)

    def render(self, lang: str = "fr") -> str:
        if lang == "en":
            return f"{self.day} {_MONTHS_EN[self.month - 1]} {self.year}"
        day = "1er" if self.day == 1 else str(self.day)
        return f"{day} {_MONTHS_FR[self.month - 1]} {self.year}"

    def cell(self, lang: str = "fr") -> str:
        """The date in a table's cell: « 15/10/2024 » in French; English writes it as
        in a sentence (« 15 October 2024 »: no day-first or month-first doubt)."""
        return self.render(lang) if lang == "en" else self.strftime("%d/%m/%Y")

    def __repr__(self) -> str:
        return f"Day({self.isoformat()})"


#: A text parameter longer than this is a text nobody can read in a message (a 10 MB cell
#: quoted whole): its start is shown, with its length. A sentence given as a parameter (a
#: refusal's reason, hundreds of characters) stays whole
_LONGEST_PARAM = 1000
#: A cell's value is quoted up to this length, else by its first ``_CELL_START``
#: characters and its length (« Oui blabla blabla… (35 003 caractères) »): a message is one
#: readable line
_LONGEST_CELL = 60
_CELL_START = 40
#: the control characters read as spaces (tab, line ends: :data:`.survey.values.WHITESPACE`),
#: named too when a cell is quoted: a CR hid what came before it (« 1\r2 » shown « 12 »,
#: a valid count), a line end broke the message's line; as a JSON or CSV ``value`` escapes them
_SPACING_CONTROL = re.compile("[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]")


class Clipped(str):
    """The start of a long cell, which knows the cell's whole ``length`` (a message says
    it: « 1111… (50 000 caractères) »)."""

    length: int

    def __new__(cls, start: str, length: int) -> Clipped:
        self = super().__new__(cls, start)
        self.length = length
        return self

    def __reduce__(self):  # a copy (pandas deep-copies a frame's attrs) or a pickle
        return (Clipped, (str(self), self.length))


class CellNumber(str):
    """A workbook's number cell quoted in a message as the spreadsheet shows it: with a
    decimal comma in French (« 12345,6 »), a dot in English; the text itself (a JSON or
    CSV ``value``) keeps Python's dot."""

    def __reduce__(self):  # a copy or a pickle stays a number's text
        return (CellNumber, (str(self),))


def clipped(value: str, lang: str = "fr", *, cell: bool = True) -> str:
    """``value`` as a message quotes it: its invisible characters named (a cell's tabs and
    line ends too), and when it is long (over 60 characters for a cell, 1,000 for another
    text) its start and its length.

    >>> clipped("1\\r2"), clipped("Oui\\nNon")
    ('1<U+000D>2', 'Oui<U+000A>Non')
    >>> clipped("Oui " + "blabla " * 20)
    'Oui blabla blabla blabla blabla blabla b… (144 caractères)'
    >>> clipped("1" * 1000, "en")
    '1111111111111111111111111111111111111111… (1,000 characters)'
    """
    length = getattr(value, "length", 0)  # a cell kept by its start (:class:`Clipped`)
    if isinstance(value, CellNumber) and lang != "en":
        value = value.replace(".", ",")  # as a French spreadsheet shows 12345.6
    value = shown(value)  # an invisible character named: « 12<U+0001>000 », not « 12000 »
    if cell:  # and a tab or line end in a cell: « 1<U+000D>2 », not « 12 »
        value = _SPACING_CONTROL.sub(lambda m: f"<U+{ord(m.group()):04X}>", value)
    longest, start = (_LONGEST_CELL, _CELL_START) if cell else (_LONGEST_PARAM, 80)
    if len(value) <= longest:
        return value
    n = _param(Count(max(length, len(value))), lang)
    return value[:start] + (f"… ({n} characters)" if lang == "en" else f"… ({n} caractères)")


def _clipped(value: str, lang: str) -> str:
    return clipped(value, lang, cell=False)


def _param(value, lang: str) -> object:
    if isinstance(value, str):
        return _clipped(value, lang)
    if isinstance(value, Count):
        grouped = f"{int(value):,}"
        return grouped if lang == "en" else grouped.replace(",", "\u202f")
    if isinstance(value, (Msg, Words, Day, Setting)):
        return value.render(lang)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Msg) for v in value):
        return ", ".join(v.render(lang) for v in value)  # sentences: a plain list
    if isinstance(value, (list, tuple)):
        value = [v.render(lang) if isinstance(v, (Words, Setting))
                 else _clipped(v, lang) if isinstance(v, str) else v for v in value]
        items = [f"“{v}”" if lang == "en" else f"« {v} »" for v in value]
        if len(items) < 2:
            return "".join(items)
        return ", ".join(items[:-1]) + (" or " if lang == "en" else " ou ") + items[-1]
    return value


#: Who reads a sentence that names a setting: ``"python"`` (a library call, the default:
#: ``blank="absent"``, ``size=(2, 2)``) or ``"cli"`` (the command line, which sets it for
#: its run: ``--blank absent``, ``--size 2x2``). A message says both in one template,
#: ``{opt:--blank absent|blank="absent"}``: one sentence per language, not one per reader.
SURFACE: contextvars.ContextVar[str] = contextvars.ContextVar("barometre_surface",
                                                             default="python")


@contextlib.contextmanager
def surface(reader: str):
    """Settings named for ``reader`` (``"cli"`` or ``"python"``, :data:`SURFACE`) inside
    the block: the report's and the charts' notes are first said as the command line says
    them, the wording their words replace (:func:`barometre.render.views.design_notes`
    with ``words``), whoever writes the document.

    >>> with surface("cli"):
    ...     text("panel-vs", "en")
    '--panel does not combine with --vs (one type at a time)'
    >>> text("panel-vs", "en")
    'panel=True does not combine with vs= (one type at a time)'
    """
    token = SURFACE.set(reader)
    try:
        yield
    finally:
        SURFACE.reset(token)


class Setting:
    """A setting given as a parameter, named as its reader writes it (:data:`SURFACE`):
    ``Setting("--peers region", 'peers="region"')``, for a sentence that lists settings
    (« comparez avec « --peers region » ou « --peers type » »), where one template's
    ``{opt:cli|python}`` cannot: each item of the list is one.

    >>> print(text("peers-instead", "en", rules=[Setting("--peers type", 'peers="type"')]))
    compare with “peers="type"”
    """

    __slots__ = ("cli", "python")

    def __init__(self, cli: str, python: str) -> None:
        self.cli, self.python = cli, python

    def render(self, lang: str = "fr") -> str:
        return self.cli if SURFACE.get() == "cli" else self.python

    def __repr__(self) -> str:
        return f"Setting({self.cli!r}, {self.python!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Setting) and (self.cli, self.python) == (other.cli, other.python)

    def __hash__(self) -> int:
        return hash((self.cli, self.python))


class _Option:
    """The value of the ``opt`` field: :class:`_Agreeing` picks the spelling of the
    reader (:data:`SURFACE`) from the field's ``cli|python`` format spec."""

    __slots__ = ()


_OPTION = _Option()


#: The parameter that quotes a cell of the user's file (clipped as a cell, :func:`clipped`);
#: a name stays whole up to 1,000 characters (a title names « Communauté de communes… » whole)
_CELL_PARAMS = frozenset({"value"})


def text(code: str, lang: str = "fr", /, **params) -> str:
    """The sentence for ``code`` in ``lang`` ("fr" or "en"), filled with ``params``.

    An unknown code is a programming error (KeyError), never a silent fallback. A setting
    is named as its reader writes it (:data:`SURFACE`): ``{opt:--size {width}x{height}|
    size=({width}, {height})}`` says ``--size 2x2`` on the command line, ``size=(2, 2)``
    in Python.

    >>> text("chart-too-small", "en", width=2, height=2, min_width=6, min_height=3.8)
    'size=(2, 2) too small for this chart: at least 6x3.8 inches to keep the labels readable'
    """
    fr, en = _texts(code)
    template = en if lang == "en" else fr
    said = {k: clipped(v, lang) if k in _CELL_PARAMS and isinstance(v, str)
            else _param(v, lang) for k, v in params.items()}
    if "{opt:" in template:
        said["opt"] = _OPTION
    if "{s:" in template or "{opt:" in template:  # "{n} reading{s} {s:has|have} no year"
        return _AGREEING.vformat(template, (), said)
    return template.format(**said)


class _Agreeing(string.Formatter):
    """``str.format`` where ``{s:one|many}`` says ``one`` when ``s`` is "" (a single
    thing) and ``many`` when it is "s", and ``{opt:cli|python}`` a setting as its reader
    writes it."""

    def format_field(self, value, format_spec: str):
        if value is _OPTION:  # a setting: the command line's spelling, or Python's
            cli, python = format_spec.split("|", 1)
            return cli if SURFACE.get() == "cli" else python
        if "|" in format_spec and value in ("", "s"):
            one, many = format_spec.split("|", 1)
            return many if value == "s" else one
        return super().format_field(value, format_spec)


_AGREEING = _Agreeing()
