"""Problems found in a survey file: located (row, column), typed (severity), capped."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import pandas as pd


@dataclass
class Problem:
    """One thing wrong in a survey file, located as the user sees it."""

    row: int | None
    column: str | None
    value: str | None
    severity: str  # "error" or "warning"
    message: str
    #: stable kebab-case code (``blank-unknown``, ``future-date``…); "error" when none yet
    code: str = field(default="error", kw_only=True)

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self, file: str = "") -> str:
        where = []
        if file:
            where.append(file)
        if self.row is not None:
            where.append(f"ligne {self.row}")
        if self.column:
            where.append(f"colonne « {self.column} »")
        head = ", ".join(where)
        val = (f" « {self.value} »" if self.value not in (None, "")
               and f"« {self.value} »" not in self.message else "")
        kind = "erreur" if self.severity == "error" else "avertissement"
        return f"{head} : {kind} :{val} {self.message}".replace(" :  ", " : ").strip()


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    """Problems as a DataFrame: ``row, column, value, severity, message, code``."""
    return pd.DataFrame([p.to_dict() for p in problems],
                        columns=["row", "column", "value", "severity", "message", "code"])


MAX_PROBLEMS = 1000  # detailed problems kept; the rest are counted


class _Problems(list):
    """Problems, with a cap so that a file of junk cannot fill the memory."""

    def __init__(self) -> None:
        super().__init__()
        self.dropped = 0

    def add(self, p: Problem) -> None:
        if len(self) < MAX_PROBLEMS:
            self.append(p)
        else:
            self.dropped += 1

    def close(self) -> list[Problem]:
        out = list(self)
        if self.dropped:
            out.append(Problem(None, None, None, "error",
                               f"… et {self.dropped} autres problèmes non détaillés"))
        return out
