"""Errors that barometre reports to its users.

Every error a user can cause is a :class:`BarometreError`: the CLI prints its
message on one line, in the user's language, and exits with :attr:`exit_code`,
without a traceback. In Python, ``str(err)`` is said in the library's default language
(``$BAROMETRE_LANG``, else French) and ``err.render(lang)`` in any. An error carries a stable ``code`` from
:mod:`barometre.messages` and the parameters of its sentence.

Examples
--------
>>> from barometre.domain.errors import UsageError
>>> err = UsageError.of("unknown-type", value="regoin", hint=[])
>>> err.code, err.exit_code
('unknown-type', 2)
"""

from __future__ import annotations

from ..messages import Msg


class BarometreError(Exception):
    """Base class of user-facing errors (exit code 1: the data says no).

    Build one from a message code (preferred: ``NoDataError.of("no-figure", type=…)``)
    or, for older call sites, from a French sentence (code ``"error"``).
    """

    exit_code = 1

    def __init__(self, message: str | Msg, *, details: list | None = None):
        # a Msg, or anything said in a language like one (``code`` and ``render(lang)``:
        # a located problem); a plain str is a French sentence from an older call site
        self.msg = None if isinstance(message, str) else message
        self.message = message if isinstance(message, str) else message.render("fr")
        #: the language asked by the caller (:meth:`of`), None for the default one
        self.lang: str | None = None
        super().__init__(self.message)
        #: lines printed under the message: French str, or Msg-like items said in the
        #: language of the command line (:meth:`render_details`)
        self.details = list(details or [])
        #: what a Python caller reads instead of :attr:`msg` (``str(err)``,
        #: :meth:`render`), when it differs from the command line's: a file with errors
        #: names its first problems and ``bm.validate(...)``, not ``barometre validate``
        #: (:meth:`said_in_python`); None: the same sentence for both
        self.python: Msg | None = None

    @classmethod
    def of(cls, code: str, /, *, details: list | None = None, lang: str | None = None,
           **params):
        """The error whose sentence is message ``code`` filled with ``params``.

        ``lang`` sets :attr:`message` and ``str(err)`` (for callers of the library); None,
        the default: :attr:`message` is French and ``str(err)`` is said in the library's
        default language (``$BAROMETRE_LANG``, else French:
        :func:`~barometre.messages.default_lang`). The CLI renders the error again in the
        language of the command line.
        """
        err = cls(Msg(code, **params), details=details)
        if lang is not None and lang != "fr":
            err.message = err.render(lang)
            err.args = (err.message,)
        err.lang = lang
        return err

    @property
    def code(self) -> str:
        return self.msg.code if self.msg else "error"

    def said_in_python(self, msg: Msg) -> BarometreError:
        """This error, said ``msg`` to a Python caller (:attr:`python`); the command line
        (:data:`~barometre.messages.SURFACE` "cli") still says :attr:`msg`."""
        self.python = msg
        if self.lang is None or self.lang == "fr":
            self.message = msg.render("fr")
        else:
            self.message = msg.render(self.lang)
        self.args = (self.message,)
        return self

    def render(self, lang: str = "fr") -> str:
        """The sentence in ``lang`` ("fr" or "en"): as a Python caller reads it, or as the
        command line prints it while it runs (:data:`~barometre.messages.SURFACE`)."""
        if self.python is not None:
            from ..messages import SURFACE

            if SURFACE.get() == "python":
                return self.python.render(lang)
        return self.msg.render(lang) if self.msg else self.message

    def render_details(self, lang: str = "fr") -> list[str]:
        """The detail lines in ``lang`` (str items are French sentences, kept as they are)."""
        return [d if isinstance(d, str) else d.render(lang) for d in self.details]

    def __str__(self) -> str:
        """The sentence in the language the caller asked (:meth:`of`), else in the library's
        default one: a Python user who set ``BAROMETRE_LANG=en`` reads the traceback's last
        line in English (:attr:`message` stays French: what an older call site wrote)."""
        if self.msg is None or self.lang is not None:
            return self.message
        from ..messages import default_lang

        lang = default_lang()
        return self.message if lang == "fr" else self.render(lang)


class UsageError(BarometreError):
    """The call itself is wrong: unknown type, platform, option value (exit 2)."""

    exit_code = 2


class KeywordError(UsageError, TypeError):
    """A keyword of the other number: ``platform=`` to a function that filters several
    platforms (``platforms=``), ``platforms=`` to one about one platform (``platform=``).
    A :class:`UsageError` that names the right keyword, and a TypeError, as Python raises
    for any other unknown keyword (:func:`barometre.domain.keywords.numbered`)."""


class ValueUsageError(UsageError, ValueError):
    """A value no parameter choice matches (``bm.demo_file("nope")``): a
    :class:`UsageError`, as every other wrong argument, and a ValueError, as Python raises
    for a wrong value (and as this one was before)."""


class NoDataError(BarometreError):
    """A valid query that matches no figure (exit 1)."""


class InputFileError(BarometreError):
    """A user's file cannot be read: missing, empty, corrupt, wrong format (exit 1).

    A survey file with errors (:func:`barometre.read_survey` with ``errors="raise"``)
    carries its problems in :attr:`problems`, the same :class:`~barometre.survey.problems.Problem`
    objects :func:`barometre.validate` returns (errors and warnings):
    ``bm.problems_frame(err)`` is their table. Any other refusal has none.
    """

    def __init__(self, message: str | Msg, *, details: list | None = None):
        super().__init__(message, details=details)
        #: the problems of the file refused, as :func:`barometre.validate` gives them
        #: (its ``sheet`` the workbook's sheet read); empty when the file was not read
        self.problems: list = []


class OutputFileError(BarometreError):
    """An output file cannot be written: open in another program (a lock file beside it,
    Windows refusing to replace it), protected, or its folder takes no new file (exit 1).
    The file is left as it was."""


class ResolveError(BarometreError):
    """A name or code that matches no entity, or several (exit 1).

    ``candidates`` holds the suggestions or the ambiguous matches; ``towns``, for a name
    asked as an EPCI or a métropole that is a commune's (« Quimper »), the pairs (commune,
    the grouping it belongs to), whose groupings come first among the candidates.
    """

    def __init__(self, message: str | Msg, *, candidates: list | None = None,
                 details: list[str] | None = None):
        super().__init__(message, details=details)
        self.candidates = list(candidates or [])
        self.towns: list[tuple] = []
