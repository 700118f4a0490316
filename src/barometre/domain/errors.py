"""Errors that barometre reports to its users.

Every error a user can cause is a :class:`BarometreError`: the CLI prints its
message on one line and exits with :attr:`exit_code`, without a traceback.
"""

from __future__ import annotations


class BarometreError(Exception):
    """Base class of user-facing errors (exit code 1: the data says no)."""

    exit_code = 1

    def __init__(self, message: str, *, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = list(details or [])

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class UsageError(BarometreError):
    """The call itself is wrong: unknown type, platform, option value (exit 2)."""

    exit_code = 2


class NoDataError(BarometreError):
    """A valid query that matches no figure (exit 1)."""


class InputFileError(BarometreError):
    """A user's file cannot be read: missing, empty, corrupt, wrong format (exit 1)."""


class ResolveError(BarometreError):
    """A name or code that matches no entity, or several (exit 1).

    ``candidates`` holds the suggestions or the ambiguous matches.
    """

    def __init__(self, message: str, *, candidates: list | None = None):
        super().__init__(message)
        self.candidates = list(candidates or [])
