"""A result as rows of Python values: what a result frame holds, without pandas.

``compare --data`` counts a survey on integer codes and prints its figures from these
rows, never building a frame (issue #19); the library builds its DataFrames from the same
rows (:func:`barometre.analysis.survey.compare_survey`). Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Records"]


@dataclass
class Records:
    """Rows of a result, its columns and attrs.

    ``columns`` in order; ``rows`` one dict per row, every column a key (a missing value
    is None, or whichever missing value a frame held); ``attrs`` as a frame's ``attrs``.
    """

    columns: list[str]
    rows: list[dict]
    attrs: dict = field(default_factory=dict)

    @classmethod
    def of_frame(cls, df: Any) -> Records:
        """The rows of a DataFrame (``to_dict("records")``), its columns and its attrs."""
        return cls(list(df.columns), df.to_dict("records"), df.attrs)

    @classmethod
    def of_columns(cls, columns: dict[str, list], attrs: dict | None = None) -> Records:
        """Rows from columns of equal length, in the dict's order."""
        names = list(columns)
        return cls(names, [dict(zip(names, row)) for row in zip(*columns.values())],
                   {} if attrs is None else attrs)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list:
        """One column's values, in row order."""
        return [r[name] for r in self.rows]

    def with_column(self, name: str, value: Any) -> Records:
        """These records with column ``name`` set to ``value`` on every row (added last
        when new), the attrs shared."""
        columns = self.columns + ([] if name in self.columns else [name])
        return Records(columns, [{**r, name: value} for r in self.rows], self.attrs)
