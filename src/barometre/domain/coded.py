"""A survey's readings as integer codes: what the reader hands the analysis layer when no
pandas frame is needed (``compare --data`` at commune scale, issue #19).

Standard library only (the arrays are numpy arrays, built and read by the packages that
import numpy): ``barometre --help`` loads ``domain``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class CodedSurvey:
    """One item per reading, on integer codes; the texts once per distinct value.

    ``entity`` numbers the resolved entities (-1: none; int32 from the reader), whose INSEE codes are ``codes``
    and populations ``population`` (NaN when unknown); ``platform`` indexes
    ``platform_ids`` (-1: none; any integer dtype, int8 from the reader); ``present`` is 1 (yes), 0 (no) or -1 (not answered);
    ``year`` is a float (NaN: unknown); ``date`` is an int64 order key (an unknown date is
    the smallest) and ``source_row`` the file's row numbers (int32 from the reader, int64
    past 2**31 rows; any integer dtype). ``attrs`` holds what ``read_survey`` puts in its
    frame's ``attrs`` (``file``, ``collectivity_type``, ``problems``, ``fictitious``).
    ``derived`` keeps what the counting derives from the arrays once (year codes, entities
    per year), shared by ``adoption`` and ``compare_survey``: the arrays are not changed
    once read. ``noted`` marks the readings without an answer that hold a count or an
    account (a bool per reading; None when no reading does, or for readings coded from a
    frame, whose panel is cut on the frame): with the answers, what puts an entity in a
    wave (:func:`barometre.analysis.survey.said_rows`), for ``--panel``.
    """

    entity: Any
    codes: Any
    population: Any
    platform: Any
    platform_ids: Any
    present: Any
    year: Any
    date: Any
    source_row: Any
    collectivity_type: str
    attrs: dict = field(default_factory=dict)
    #: what the counting calls with readings that repeat an entity × platform × year ×
    #: date (:data:`barometre.analysis.grouping.Repeats`), before it picks one: a frame's
    #: coding refuses them; None from the reader, whose readings never repeat
    repeats: Any = field(default=None, repr=False, compare=False)
    #: the readings without an answer holding a count or an account (None: none known)
    noted: Any = field(default=None, repr=False, compare=False)
    derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.entity)

    def later(self, **makers: Any) -> None:
        """Attributes made the first time they are read: ``name=function`` (the readings'
        dates and years spread from their codes only when asked for, #19)."""
        for name in makers:
            self.__dict__.pop(name, None)
        self.__dict__.setdefault("_later", {}).update(makers)

    def __getattr__(self, name: str) -> Any:
        later = self.__dict__.get("_later")
        if not later or name not in later:
            raise AttributeError(name)
        value = later[name]()  # kept: a copy of this survey makes its own
        setattr(self, name, value)
        return value
