"""Problems found in a survey file: located (row, column), typed (severity, code), capped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..messages import Count, Msg

if TYPE_CHECKING:
    import pandas as pd


#: what a problem says as plain data (JSON, CSV, a frame), in this order
PROBLEM_COLUMNS = ["row", "column", "value", "severity", "message", "code"]


@dataclass
class Problem(dict):
    """One thing wrong in a survey file, located as the user sees it.

    ``code`` is a stable kebab-case identifier (``type-error``, ``duplicate-column``,
    ``encoding-error``…) that users and tests can filter on; older call sites that give
    only a French sentence get the code ``"error"``.

    A problem is also the dict of its plain fields (``PROBLEM_COLUMNS``, and ``file`` when
    it is set): the frame that :func:`~barometre.read_survey` returns keeps its problems
    in ``attrs``, and pandas writes ``attrs`` as JSON (``to_parquet``); read back, they are
    plain dicts.
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

    @classmethod
    def of(cls, code: str, /, row: int | None = None, column: str | None = None,
           value: str | None = None, severity: str = "error", **params) -> Problem:
        """The problem whose message is catalog entry ``code`` filled with ``params``."""
        msg = Msg(code, **{"value": value, **params})
        return cls(row, column, value, severity, msg.render("fr"), code=code, msg=msg)

    @classmethod
    def said(cls, msg: Msg, /, row: int | None = None, column: str | None = None,
             value: str | None = None, severity: str = "error", code: str | None = None
             ) -> Problem:
        """The problem that says ``msg`` (its code is ``code``, else the message's)."""
        return cls(row, column, value, severity, msg.render("fr"), code=code or msg.code,
                   msg=msg)

    def __setattr__(self, name: str, value) -> None:
        if name == "row" and value is not None:
            value = int(value)  # a numpy integer is not JSON
        object.__setattr__(self, name, value)
        if name in PROBLEM_COLUMNS or (name == "file" and value is not None):
            dict.__setitem__(self, name, value)  # the dict side follows the fields

    __hash__ = None  # mutable, as before (a dataclass with eq)

    def text(self, lang: str = "fr") -> str:
        """The message in ``lang`` (French when the problem was built from a sentence)."""
        if lang == "fr" or self.msg is None:
            return self.message
        return self.msg.render(lang)

    def to_dict(self, lang: str = "fr") -> dict:
        return {**self, "message": self.text(lang)}  # the plain fields, said in ``lang``

    def describe(self, file: str = "", lang: str = "fr") -> str:
        en = lang == "en"
        message = self.text(lang)
        file = file or self.file or ""
        where = []
        if file:
            where.append(file)
        if self.row is not None:
            where.append(f"{'line' if en else 'ligne'} {self.row}")
        if self.column:
            where.append(f"column '{self.column}'" if en else f"colonne « {self.column} »")
        head = ", ".join(where)
        quoted = f"'{self.value}'" if en else f"« {self.value} »"
        val = (f" {quoted}" if self.value not in (None, "")
               and self.code not in ("more-errors", "more-warnings")
               and quoted not in message else "")
        kind = ("error" if en else "erreur") if self.severity == "error" else (
            "warning" if en else "avertissement")
        sep = ":" if en else " :"
        return f"{head}{sep} {kind}{sep}{val} {message}".replace(f"{sep}  ", f"{sep} ").strip()


    def located(self, file: str = "") -> Located:
        """This problem with its place, said in any language (an error's message or detail)."""
        return Located(self, file)


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



def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    """Problems as a DataFrame: ``row, column, value, severity, message, code``, and
    ``file`` (the file each was found in, as the user named it) when they come from
    several files (:func:`~barometre.analysis.waves.read_waves`)."""
    import pandas as pd

    columns = PROBLEM_COLUMNS + (["file"] if any(p.get("file") for p in problems) else [])
    return pd.DataFrame([p.to_dict() for p in problems], columns=columns)


MAX_PROBLEMS = 1000  # detailed problems kept; the rest are counted


class _Problems(list):
    """Problems, with a cap so that a file of junk cannot fill the memory.

    Past :data:`MAX_PROBLEMS`, problems are counted by severity, not kept: the
    summary line added by :meth:`close` has the severity of the worst dropped
    problem (a file of warnings stays a file of warnings), and
    :attr:`dropped_by_severity` keeps the exact counts.
    """

    def __init__(self) -> None:
        super().__init__()
        self.dropped_by_severity: dict[str, int] = {"error": 0, "warning": 0}

    @property
    def dropped(self) -> int:
        return sum(self.dropped_by_severity.values())

    def drop(self, severity: str, n: int = 1) -> None:
        """Count ``n`` problems of ``severity`` that are not detailed."""
        if n > 0:
            self.dropped_by_severity[severity] = self.dropped_by_severity.get(severity, 0) + n

    def add(self, p: Problem) -> None:
        if len(self) < MAX_PROBLEMS:
            self.append(p)
        else:
            self.drop(p.severity)

    def each(self, rows: Any, make: Callable[[Any], Problem], severity: str = "error") -> None:
        """``make(i)`` added for each of ``rows`` while there is room under the cap; the
        others counted as ``severity`` (the severity ``make`` gives) without being made: a
        column of 500,000 bad cells took seconds of messages that nobody reads."""
        room = max(0, MAX_PROBLEMS - len(self))
        for i in rows[:room]:
            self.add(make(i))
        self.drop(severity, len(rows) - room)

    def close(self) -> list[Problem]:
        out = list(self)
        for sev in ("error", "warning"):
            n = self.dropped_by_severity.get(sev, 0)
            if n:
                out.append(more_problems(sev, n))
        return out


def more_problems(severity: str, n: int) -> Problem:
    """The summary of ``n`` problems past the cap: "… et 2 200 autres erreurs non détaillées"
    (its ``value`` the count, as :func:`severity_counts` reads it)."""
    return Problem.of("more-errors" if severity == "error" else "more-warnings", value=str(n),
                      severity=severity, n=Count(n), s="" if n == 1 else "s")


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
