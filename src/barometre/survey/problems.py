"""Problems found in a survey file: located (row, column), typed (severity, code), capped."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ..messages import Clipped, Count, Msg, _param, clipped
from .values import unsaved_formula

if TYPE_CHECKING:
    import pandas as pd


#: what a problem says as plain data (JSON, CSV, a frame), in this order
PROBLEM_COLUMNS = ["row", "column", "value", "severity", "message", "code"]
#: what a problem of several rows (:attr:`Problem.rows`) adds, after them (and after
#: ``file`` and ``by_code``)
GROUPED_COLUMNS = ["count", "rows"]


#: what ``barometre validate --format csv|json`` adds to every row, after them: the file
#: checked as the user named it, the workbook's sheet read (empty otherwise), the SHA-256 of
#: the file's bytes (the exact content checked, whatever its name or copy), the barometre
#: version that checked it, and the time of the check (UTC, ISO 8601) when asked
#: (``--timestamp``): empty otherwise, so that the same file gives the same bytes
PROVENANCE_COLUMNS = ["file", "sheet", "sha256", "barometre_version", "validated_at"]


class ProblemList(list):
    """:func:`~barometre.validate`'s problems (a list), with the sheet of a workbook they
    are of (``sheet``: the one read, None for another file or a file not read), the type
    whose codes the file's entities were checked against (``collectivity_type``: the one
    given, else the one guessed; None for a file not read) and its entities
    (``n_entities``)."""

    sheet: str | None = None
    collectivity_type: str | None = None
    n_entities: int | None = None

    @classmethod
    def of(cls, problems: list, sheet: str | None = None, collectivity_type: str | None = None,
           n_entities: int | None = None) -> ProblemList:
        out = cls(problems)
        out.sheet = sheet
        out.collectivity_type, out.n_entities = collectivity_type, n_entities
        return out


def line_numbers(rownums: Any) -> np.ndarray:
    """Line numbers as a sorted array of distinct ``int64``, read-only (a grouped problem's
    :attr:`Problem.rows`): sorted already in most files (rows in file order), then only
    checked, not sorted again.

    >>> line_numbers([40, 12, 40, 41]).tolist()
    [12, 40, 41]
    """
    rows = np.asarray(rownums)
    own = rows.dtype != np.int64
    if own:
        rows = rows.astype(np.int64)
    if len(rows) > 1 and not (rows[1:] > rows[:-1]).all():
        # sorted, then each once: np.unique took 2-3 s on 3.5 M rows (numpy 2.4), this 0.2 s
        rows = np.sort(rows)
        first = np.empty(len(rows), dtype=bool)
        first[0] = True
        np.not_equal(rows[1:], rows[:-1], out=first[1:])
        rows, own = rows[first], True
    if not own and (rows.flags.writeable or rows.base is not None):
        rows = rows.copy()  # its own, so that it cannot change under the problem
    rows.flags.writeable = False
    return rows


def rows_cell(rows: Any) -> str:
    """A grouped problem's rows in a CSV cell: its line numbers joined by ";", "12;40;41",
    as every list of a CSV cell (a list in JSON); "" when the problem has none.

    >>> rows_cell(line_numbers([40, 12, 41])), rows_cell(None)
    ('12;40;41', '')
    """
    if rows is None:
        return ""
    return ";".join(map(str, np.asarray(rows).tolist()))


def shown_value(value: Any) -> Any:
    """A cell's text as a problem quotes it: None for a formula the workbook holds no value
    of (the reader's mark, :data:`.values.UNSAVED_FORMULA`, is no text of the sheet).

    >>> from barometre.survey.values import UNSAVED_FORMULA
    >>> shown_value(UNSAVED_FORMULA), shown_value("Oui")
    (None, 'Oui')

    A cell longer than 1,000 characters is kept by its first 1,000 and « … » (a
    :class:`~barometre.messages.Clipped`, which knows the cell's length): the ``value`` of
    a JSON or CSV report is a cell's start, not a 10 MB copy of it.

    >>> v = shown_value("1" * 50_000)
    >>> len(v), v.length
    (1001, 50000)
    """
    if unsaved_formula(value):
        return None
    if isinstance(value, str) and len(value) > LONGEST_VALUE and not isinstance(value, Clipped):
        return Clipped(value[:LONGEST_VALUE] + "…", len(value))
    return value


#: The longest cell value a problem keeps (:func:`shown_value`)
LONGEST_VALUE = 1000


@dataclass
class Problem(dict):
    """One thing wrong in a survey file, located as the user sees it.

    ``code`` is a stable kebab-case identifier (``type-error``, ``duplicate-column``,
    ``encoding-error``…) that users and tests can filter on; older call sites that give
    only a French sentence get the code ``"error"``.

    A problem of several rows (a grouped interpretation: blank cells, the wave's date…)
    says its count and first rows in its sentence, and has them as fields: ``count`` and
    ``rows`` (every row; :func:`~barometre.survey.rules.rows_problem`).

    A problem is also the dict of its plain fields (``PROBLEM_COLUMNS``, and ``file``,
    ``by_code``, ``count`` when they are set; not ``rows``, see there): the frame that
    :func:`~barometre.read_survey` returns keeps its problems in ``attrs``, and pandas
    writes ``attrs`` as JSON (``to_parquet``); read back, they are plain dicts.
    """

    row: int | None
    column: str | None
    value: str | None
    severity: str  # "error" or "warning"
    message: str
    #: stable kebab-case code (``blank-unknown``, ``future-date``…); "error" when none yet
    code: str = field(default="error", kw_only=True)
    #: the catalog sentence (code and parameters), to say it in another language
    msg: Msg | None = field(default=None, kw_only=True, repr=False, compare=False)
    #: the file it was found in, as the user named it, when problems of several files are
    #: merged (:func:`~barometre.analysis.waves.read_waves`); then also a plain field
    file: str | None = field(default=None, kw_only=True)
    #: the summary of problems past the cap (``more-errors``, ``more-warnings``): how many
    #: of each code, largest first (their sum is ``value``); then also a plain field
    by_code: dict[str, int] | None = field(default=None, kw_only=True)
    #: a problem of several rows (a grouped interpretation: blank cells, the wave's date,
    #: answers in an account column…, whose sentence shows the first 5 rows then "…"): how
    #: many cells or readings its sentence counts; then also a plain field
    count: int | None = field(default=None, kw_only=True)
    #: and its rows, every one: the distinct line numbers, sorted, as a read-only numpy
    #: ``int64`` array (a blank column of a large file: millions, not made Python ints until
    #: asked; :meth:`to_dict` gives a list). Fewer than ``count`` when a row holds several
    #: of the readings counted (a wide file's platforms). Not in the dict side: a frame's
    #: ``attrs`` (JSON in parquet, copied by pandas) keep ``count``, not the rows
    rows: np.ndarray | None = field(default=None, kw_only=True, repr=False, compare=False)
    #: the language ``message`` is said in ("fr"; "en" once :meth:`in_lang` said it so)
    lang: str = field(default="fr", kw_only=True, repr=False, compare=False)
    #: the file could not be read at all (missing, unreadable, not a survey): the one
    #: problem :func:`~barometre.validate` gives for it (``barometre validate`` exits 2,
    #: not 1 as for a file read with errors). Not in the dict side
    unreadable: bool = field(default=False, kw_only=True, repr=False, compare=False)

    @classmethod
    def of(cls, code: str, /, row: int | None = None, column: str | None = None,
           value: str | None = None, severity: str = "error", **params) -> Problem:
        """The problem whose message is catalog entry ``code`` filled with ``params``."""
        value = shown_value(value)
        msg = Msg(code, **{"value": value, **params})
        return cls(row, column, value, severity, msg.render("fr"), code=code, msg=msg)

    @classmethod
    def said(cls, msg: Msg, /, row: int | None = None, column: str | None = None,
             value: str | None = None, severity: str = "error", code: str | None = None,
             count: int | None = None, rows: Any = None) -> Problem:
        """The problem that says ``msg`` (its code is ``code``, else the message's);
        ``count`` and ``rows`` those of a problem of several rows."""
        return cls(row, column, value, severity, msg.render("fr"), code=code or msg.code,
                   msg=msg, count=count, rows=rows)

    def __setattr__(self, name: str, value) -> None:
        if name in ("row", "count") and value is not None:
            value = int(value)  # a numpy integer is not JSON
        elif name == "value":
            value = shown_value(value)
        elif name == "rows" and value is not None:
            value = line_numbers(value)
        object.__setattr__(self, name, value)
        if name in PROBLEM_COLUMNS or (name in ("file", "by_code", "count")
                                       and value is not None):
            dict.__setitem__(self, name, value)  # the dict side follows the fields

    def __deepcopy__(self, memo: dict) -> Problem:
        """A copy (pandas copies a frame's ``attrs`` at each step) that shares the rows:
        read-only, they cannot change, and a large file's are millions."""
        import copy

        new = copy.copy(self)
        for name, value in vars(self).items():
            if name != "rows":
                object.__setattr__(new, name, copy.deepcopy(value, memo))
        for key in self:
            dict.__setitem__(new, key, getattr(new, key))
        return new

    __hash__ = None  # mutable, as before (a dataclass with eq)

    def text(self, lang: str = "fr") -> str:
        """The message in ``lang`` (French when the problem was built from a sentence)."""
        if lang == self.lang or self.msg is None:
            return self.message
        return self.msg.render(lang)

    def in_lang(self, lang: str) -> Problem:
        """This problem with its ``message`` said in ``lang`` (a copy; itself when it is
        said so already)."""
        if lang == self.lang or self.msg is None:
            return self
        import copy

        new = copy.copy(self)
        for key in self:  # the dict side, its own
            dict.__setitem__(new, key, getattr(new, key))
        new.message = self.msg.render(lang)
        object.__setattr__(new, "lang", lang)
        return new

    def to_dict(self, lang: str | None = None) -> dict:
        """The plain fields, the message said in ``lang`` (default: as it is said); and a
        grouped problem's ``rows`` as a list of ints (made here: a large file's can be
        millions)."""
        out = {**self, "message": self.text(lang or self.lang)}
        if self.rows is not None:
            out["rows"] = self.rows.tolist()
        return out

    def describe(self, file: str = "", lang: str = "fr", rows: Any = None) -> str:
        """The problem in one line: « fichier, ligne 5, colonne « Code » : erreur : … »;
        ``rows``, the lines of the problems that say the same as this one
        (:func:`same_lines`), listed in its place (« lignes 242, 243, 244, 245 »)."""
        en = lang == "en"
        message = self.text(lang)
        file = file or self.file or ""
        where = []
        if file:
            where.append(file)
        if rows is not None and len(rows) > 1:
            from .rules import FIRST_ROWS, rows_text

            listed = rows_text(rows).render(lang)
            if len(rows) > FIRST_ROWS:  # the count as every count is written (Count)
                n = _param(Count(len(rows)), lang)
                listed += f" ({n} lines)" if en else f" ({n} lignes)"
            where.append(listed)
        elif self.row is not None:
            where.append(f"{'line' if en else 'ligne'} {self.row}")
        if self.column:
            where.append(f"column “{self.column}”" if en else f"colonne « {self.column} »")
        head = ", ".join(where)
        value = clipped(self.value, lang) if isinstance(self.value, str) else self.value
        quoted = f"“{value}”" if en else f"« {value} »"
        val = (f" {quoted}" if self.value not in (None, "")
               and self.code not in ("more-errors", "more-warnings")
               and not self._says_value(message, quoted, lang) else "")
        kind = ("error" if en else "erreur") if self.severity == "error" else (
            "warning" if en else "avertissement")
        sep = ":" if en else " :"
        return f"{head}{sep} {kind}{sep}{val} {message}".replace(f"{sep}  ", f"{sep} ").strip()


    def _says_value(self, message: str, quoted: str, lang: str) -> bool:
        """Whether the message already quotes the cell's value (then it is not said twice):
        a quote the sentence's own template holds is an example, not the value ("12,5"
        beside the count-not-integer's « 12,5 » se lit douze et demi). A parameter that
        writes the value in the language's notation (:class:`~barometre.messages.Words`:
        the number 45945.5 shown « 45945,5 » in French, date-serial) quotes it too: one
        notation in the line, not two."""
        if quoted not in message:
            return self._says_value_written(message, lang) or self._says_count(message, lang)
        try:
            from ..messages import _texts

            template = _texts(self.code)[1 if lang == "en" else 0]
        except KeyError:  # a sentence without a catalog entry
            return True
        return message.count(quoted) > template.count(quoted)

    def _says_value_written(self, message: str, lang: str) -> bool:
        """Whether a :class:`~barometre.messages.Words` parameter of the message, one of
        whose writings is the cell's value, is quoted in ``message`` as written in
        ``lang``."""
        from ..messages import Words

        if self.msg is None or not isinstance(self.value, str):
            return False
        for w in self.msg.params.values():
            if isinstance(w, Words) and self.value in (w.fr, w.en):
                text = w.render(lang)
                if (f"“{text}”" if lang == "en" else f"« {text} »") in message:
                    return True
        return False

    def _says_count(self, message: str, lang: str) -> bool:
        """Whether the cell is the plain writing of the count the message says as the
        language formats it (:data:`_CELL_COUNTS`): « 20000 » or « 20 000 » said « 20 000 »
        once, not « « 20000 » 20 000 abonnés » ; a cell written otherwise (« 1,2 M »,
        « 20.000 ») is still quoted before it."""
        if self.msg is None or not isinstance(self.value, str):
            return False
        digits = _SPACES.sub("", self.value)
        if not digits.isascii() or not digits.isdigit():
            return False
        for name in _CELL_COUNTS:
            n = self.msg.params.get(name)
            if isinstance(n, Count) and int(n) == int(digits):
                return _param(n, lang) in message
        return False

    def located(self, file: str = "") -> Located:
        """This problem with its place, said in any language (an error's message or detail)."""
        return Located(self, file)


#: problems of a row said in one line by ``validate`` (:func:`same_lines`), the first few
#: of them in it: each row read by its name (« « Brest » → Brest Métropole (242900314) »)
GATHERED = frozenset({"name-for-blank-code"})
#: how many of them that line says, « … » after
GATHERED_SHOWN = 3


def _gathered(problems: list[Problem]) -> Problem:
    """The one line of the rows read by their name: their count and the first
    :data:`GATHERED_SHOWN` readings, each with its row (« 3 lignes sans code lues d'après
    le nom : « Brest » → Brest Métropole (242900314), ligne 6 ; … »), in the first one's
    column, with every row."""
    from ..messages import Count, Words, plural_s

    def items(lang: str) -> str:
        said = [Msg("name-for-blank-code-item", value=p.value, row=p.row,
                    **{k: p.msg.params[k] for k in ("name", "code")}).render(lang)
                for p in problems[:GATHERED_SHOWN]]
        more = len(problems) > GATHERED_SHOWN
        return ("; " if lang == "en" else " ; ").join(said + (["…"] if more else []))
    n = len(problems)
    msg = Msg("names-for-blank-codes", n=Count(n), s=plural_s(n),
              items=Words(items("fr"), items("en")))
    return Problem.said(msg, column=problems[0].column, severity=problems[0].severity,
                        code=problems[0].code, count=n, rows=[p.row for p in problems])


def same_lines(problems: list[Problem]) -> list[tuple[Problem, list[int]]]:
    """``validate``'s lines: the problems of a row that say the same thing (severity, column,
    cell, code and message: an unknown code on each platform row of a long file) said once,
    in the place of the first, with the rows of them all; those of :data:`GATHERED` (each
    row read by its name) in one line, in the place of the first; the others alone (their
    row or none). The problems themselves stay one per row (the JSON and CSV outputs, the
    API)."""
    first: dict[tuple, int] = {}
    out: list[tuple[Problem, list[int]]] = []
    gathered = [p for p in problems if p.code in GATHERED and p.row is not None]
    for p in problems:
        if p.code in GATHERED and p.row is not None:
            if p is gathered[0]:  # each row read by its name: one line, the first few
                out.append((_gathered(gathered), []))
            continue
        if p.row is None:
            out.append((p, []))
            continue
        key = (p.severity, p.column, p.value, p.code, p.message)
        at = first.get(key)
        if at is None:
            first[key] = len(out)
            out.append((p, [p.row]))
        else:
            out[at][1].append(p.row)
    return out


class Located:
    """A problem said with its file, row and column, in the language asked.

    Used as the message or a detail line of an error (it has the ``code`` and
    ``render(lang)`` of a :class:`~barometre.messages.Msg`).
    """

    __slots__ = ("problem", "file")

    def __init__(self, problem: Problem, file: str = "") -> None:
        self.problem, self.file = problem, file

    @property
    def code(self) -> str:
        return self.problem.code

    def render(self, lang: str = "fr") -> str:
        return self.problem.describe(self.file, lang)

    def __str__(self) -> str:
        return self.render("fr")

    def __repr__(self) -> str:
        """What a notebook shows of an error's ``details``: the problem said, not an
        address (``<Located ligne 2, colonne « Facebook » : erreur : …>``)."""
        from ..messages import default_lang

        return f"<Located {self.render(default_lang())}>"



def problems_lang(lang: str | None) -> str | None:
    """The language of the problems a Python user asked for: ``lang``, else
    ``$BAROMETRE_LANG`` read as the command line reads it ("en", else French), else None
    (unset: the caller's default). A ``lang`` other than "fr" or "en" is a
    :class:`~barometre.UsageError`."""
    if lang is None:
        from ..messages import env_lang

        return env_lang()
    from ..domain.keywords import checked_lang

    return checked_lang(lang)  # "EN" as --lang EN; another language refused


def in_default_lang(problems: list) -> list:
    """``problems`` with their ``message`` said in the library's default language:
    ``$BAROMETRE_LANG`` when set (:func:`problems_lang`), else as they were said (French):
    what :func:`~barometre.read_survey` keeps in ``attrs["problems"]``, as
    :func:`~barometre.validate` returns them."""
    lang = problems_lang(None)
    if lang in (None, "fr"):
        return problems
    return [p.in_lang(lang) if isinstance(p, Problem) else p for p in problems]


def problems_frame(problems: list[Problem] | Exception, lang: str | None = None
                   ) -> pd.DataFrame:
    """Problems as a DataFrame: ``row, column, value, severity, message, code``, and
    ``file`` (the file each was found in, as the user named it) when they come from
    several files (:func:`~barometre.analysis.waves.read_waves`), ``by_code`` (the
    count of each code past the cap) when some are summarised, and ``count`` and ``rows``
    when some problem is of several rows (a grouped interpretation: blank cells, the
    wave's date…): the count its sentence says (an integer, ``<NA>`` for the others) and
    every row, a list of ints (None for the others, whose ``row`` says it).

    Parameters
    ----------
    problems : list of Problem, or InputFileError
        As :func:`~barometre.validate` returns them, a survey's
        ``attrs["problems"]`` (:func:`~barometre.read_survey`,
        :func:`~barometre.read_waves`), or the error :func:`~barometre.read_survey`
        raised for a file with errors (its ``problems``); an error's ``details`` (each
        problem with its place) are read as their problems.
    lang : {"fr", "en"}, optional
        The language of the ``message`` column. Default: ``$BAROMETRE_LANG`` when
        set, else each problem as it was said (French, or the ``lang`` given to
        :func:`~barometre.validate`).

    Returns
    -------
    DataFrame
        One row per problem, in the order given; ``row`` (the line of the file) is
        ``Int64``, ``<NA>`` for a problem of the whole file or of a column.

    Examples
    --------
    The problems of the demo workbook (fictitious data): blank cells counted as not
    answered, one warning per column with its count and every row (its two territories
    of one council, 2A and 2B, 67 and 68, record it as a survey should: nothing said).

    >>> import barometre as bm
    >>> p = bm.problems_frame(bm.validate(bm.demo_file("enquete")))
    >>> list(p.columns)
    ['row', 'column', 'value', 'severity', 'message', 'code', 'count', 'rows']
    >>> print(p[["column", "severity", "code", "count"]].to_string(index=False))
       column severity          code  count
     Facebook  warning blank-unknown      7
    Instagram  warning blank-unknown      1
     LinkedIn  warning blank-unknown      3
      YouTube  warning blank-unknown      3
       TikTok  warning blank-unknown      2
    >>> p["rows"].iloc[0]
    [4, 7, 23, 51, 56, 96, 99]

    The same table in English:

    >>> p = bm.problems_frame(bm.validate(bm.demo_file("enquete")), lang="en")
    >>> print(p["message"].iloc[0])
    Facebook: 7 blank cells counted as “not answered” (lines 4, 7, 23, 51, 56, …); blank="absent" to count them as absent
    """
    import pandas as pd

    lang = problems_lang(lang)
    problems = _problems_of(problems)
    columns = PROBLEM_COLUMNS + [c for c in ("file", "by_code")
                                 if any(p.get(c) for p in problems)]
    grouped = any(p.get("count") is not None for p in problems)
    frame = pd.DataFrame([p.to_dict(lang) for p in problems],
                         columns=columns + (GROUPED_COLUMNS if grouped else []))
    # a line of the file, or <NA> for a problem of the whole file or column: Int64 whatever
    # the problems (all None gave object, some None float64 4.0)
    frame["row"] = frame["row"].astype("Int64")
    if grouped:
        frame["count"] = frame["count"].astype("Int64")
        frame["rows"] = frame["rows"].astype(object).where(frame["rows"].notna(), None)
    return frame


def _problems_of(problems: list | Exception) -> list:
    """The problems of :func:`problems_frame`'s argument: an error's (its ``problems``,
    else those of its located ``details``), a problem with its place's own; a message
    without a problem (the sheet read, « … et 3 autres ») is not one."""
    if isinstance(problems, Exception):
        problems = getattr(problems, "problems", None) or getattr(problems, "details", [])
    out = []
    for p in problems:
        if isinstance(p, Located):
            out.append(p.problem)
        elif isinstance(p, Mapping):
            out.append(p)
    return out


#: The parameters of a message that say a row's count cell as a number (« 20 000 abonnés
#: pour 5 413 habitants »): a cell that is that number plainly written (« 20000 ») is not
#: quoted beside it (:meth:`Problem.describe`)
_CELL_COUNTS = ("followers",)
#: The spaces a count cell may group its digits with (plain, no-break, narrow no-break)
_SPACES = re.compile("[ \u00a0\u202f]")
MAX_PROBLEMS = 1000  # detailed problems of a row kept; the rest are counted per code


class _Problems(list):
    """Problems, with a cap so that a file of junk cannot fill the memory.

    Past :data:`MAX_PROBLEMS` problems of a row, the others are counted by severity and
    code, not kept: :meth:`close` adds a summary line per severity ("… et 8 000 autres
    erreurs non détaillées (dont 3 000 date-invalid, …)"); a file of warnings stays a file
    of warnings. A problem of the whole file (no row: ``multi-year``,
    ``dates-month-first``, a blank-cell decision…) is always detailed: there are few (a
    handful per column or platform), and each says how the file was read.
    """

    def __init__(self) -> None:
        super().__init__()
        self.rows = 0  # problems of a row kept
        #: per severity, the count of each code not detailed
        self.dropped_by_code: dict[str, dict[str, int]] = {"error": {}, "warning": {}}
        #: the doubtful presence cells (« Oui ? »), per column read: (their row numbers,
        #: platform codes, texts), kept so that a count beside one, left out of the
        #: rankings, is quoted with its cell (:attr:`~.normalize.Readings.doubtful`)
        self.doubtful_cells: list[tuple] = []

    @property
    def dropped_by_severity(self) -> dict[str, int]:
        return {sev: sum(codes.values()) for sev, codes in self.dropped_by_code.items()}

    @property
    def dropped(self) -> int:
        return sum(self.dropped_by_severity.values())

    @property
    def room(self) -> int:
        """How many more problems of a row are detailed."""
        return max(0, MAX_PROBLEMS - self.rows)

    def drop(self, severity: str, n: int | Mapping[str, int] = 1, code: str = "error"
             ) -> None:
        """Count ``n`` problems of ``severity`` and ``code`` that are not detailed, or
        ``n`` a count per code."""
        counts = n if isinstance(n, Mapping) else {code: n}
        mine = self.dropped_by_code.setdefault(severity, {})
        for c, k in counts.items():
            if k > 0:
                mine[c] = mine.get(c, 0) + int(k)

    def add(self, p: Problem) -> None:
        if p.row is None:  # the whole file's: always said
            self.append(p)
        elif self.rows < MAX_PROBLEMS:
            self.append(p)
            self.rows += 1
        else:
            self.drop(p.severity, 1, p.code)

    def each(self, rows: Any, make: Callable[[Any], Problem], severity: str = "error", *,
             code: str | Callable[[Any], Mapping[str, int]]) -> None:
        """``make(i)`` added for each of ``rows`` while there is room under the cap; the
        others counted as ``severity`` (the severity ``make`` gives) without being made: a
        column of 500,000 bad cells took seconds of messages that nobody reads. ``code``:
        the code ``make`` gives, or the count of each code among the rows past the cap
        (:func:`codes_by_key`: derived once per distinct value, not per row)."""
        room = self.room
        for i in rows[:room]:
            self.add(make(i))
        rest = rows[room:]
        if len(rest):
            self.drop(severity, {code: len(rest)} if isinstance(code, str) else code(rest))

    def close(self) -> list[Problem]:
        """The problems: the whole file's first (in the order found), then those of a row
        by row (a row's in the order found: its columns from left to right), then the
        summaries past the cap. Found column by column, a file's errors came out of row
        order (lines 7, 21, 4, 5, 5, 6…)."""
        out = sorted(self, key=lambda p: -1 if p.row is None else p.row)  # stable
        for sev in ("error", "warning"):
            counts = self.dropped_by_code.get(sev) or {}
            if counts:
                out.append(more_problems(sev, counts))
        return out


def codes_by_key(keys: Any, code_of: Callable[[int], str]) -> Callable[[Any], dict[str, int]]:
    """For :meth:`_Problems.each`: the count of each code among rows, ``code_of(i)``
    asked once per distinct ``keys[i]`` (an integer per row, equal for cells of equal
    value: a column's distinct-value codes, -1 for a missing cell): 500,000 bad dates of
    three distinct values ask three times."""
    def count(rows) -> dict[str, int]:
        import numpy as np

        rows = np.asarray(rows)
        k = np.asarray(keys)[rows].astype(np.int64)
        low = int(k.min())
        k -= low
        n = np.bincount(k)
        one = np.empty(len(n), dtype=np.int64)
        one[k] = rows  # a row of each key (any: the code depends on the value only)
        out: dict[str, int] = {}
        for j in np.flatnonzero(n).tolist():
            c = code_of(int(one[j]))
            out[c] = out.get(c, 0) + int(n[j])
        return out
    return count


def more_problems(severity: str, by_code: Mapping[str, int]) -> Problem:
    """The summary of the problems past the cap, ``by_code`` their count per code: "… et
    8 000 autres erreurs non détaillées (dont 3 000 date-invalid, 2 500 count-negative, …)"
    (its ``value`` the total, as :func:`severity_counts` reads it; its ``by_code`` the
    counts, largest first)."""
    by_code = dict(sorted(((c, int(k)) for c, k in by_code.items() if k > 0),
                          key=lambda ck: (-ck[1], ck[0])))
    n = sum(by_code.values())
    p = Problem.of("more-errors" if severity == "error" else "more-warnings", value=str(n),
                   severity=severity, n=Count(n), s="" if n == 1 else "s",
                   of=codes_said(by_code, n))
    p.by_code = by_code
    return p


def codes_said(by_code: Mapping[str, int], n: int) -> Msg | str:
    """ " (dont 3 000 date-invalid, 2 500 count-negative)" of ``n`` problems (" (date-invalid)"
    when they all have one code), "" when none is known."""
    if not by_code:
        return ""
    if len(by_code) == 1 and sum(by_code.values()) == n:
        return Msg("more-of-one", code=next(iter(by_code)))
    return Msg("more-of", items=[Msg("more-of-code", n=Count(k), code=c)
                                 for c, k in by_code.items()])


def severity_counts(problems: list[Problem]) -> dict[str, int]:
    """Exact counts of errors and warnings, including those summarised past the cap.

    Takes problems or their plain dicts (a saved frame's ``attrs`` read back)."""
    counts = {"error": 0, "warning": 0}
    for p in problems:
        n = 1
        if p["code"] in ("more-errors", "more-warnings"):
            n = int(p["value"] or 0)
        counts[p["severity"]] = counts.get(p["severity"], 0) + n
    return counts
