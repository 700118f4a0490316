"""The public functions' keyword rule: singular when a function is about ONE platform, type,
year or entity (``trend(type=, platform=)``, ``rank(platform=)``), plural when it filters
SEVERAL (``compare(platforms=)``, ``select(types=)``).

A keyword of the other number is a mistake anyone makes once in a notebook; Python's own
TypeError ("unexpected keyword argument 'platform'") does not say the right one.
:func:`numbered` raises a :class:`~barometre.domain.errors.KeywordError` (a TypeError) that
does; :func:`renamed` keeps an old spelling working, with a DeprecationWarning.

Standard library only.

Examples
--------
>>> import barometre as bm
>>> try:
...     bm.compare("region", platform="facebook")
... except TypeError as err:
...     print(err.render("en"))
compare() got an unexpected keyword argument 'platform'; did you mean platforms=?
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Callable
from typing import TypeVar

from ..messages import default_lang
from .errors import KeywordError

__all__ = ["numbered", "renamed", "checked_lang", "lang_checked", "whole_number", "OTHER_NUMBER"]

F = TypeVar("F", bound=Callable)

#: each keyword of the rule and its other number
OTHER_NUMBER = {"platform": "platforms", "platforms": "platform", "type": "types",
                "types": "type", "year": "years", "years": "year", "entity": "entities",
                "entities": "entity"}


def whole_number(value: object) -> int | None:
    """The one rule of the public functions' numeric arguments (``year``, ``top``): the
    whole number ``value`` means — an int (numpy's too), a float without a fraction
    (2025.0, as a spreadsheet cell gives it) or text of digits ("2025", " 10 ", as a form
    or a CSV gives it) —, else None (2025.5, "2025a", "", True, None: the caller refuses
    it with a UsageError naming the argument).

    >>> whole_number("2025"), whole_number(10.0), whole_number(" 10 "), whole_number(True)
    (2025, 10, 10, None)
    """
    import numbers
    import re

    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, str):
        return int(value) if re.fullmatch(r"\s*\d+\s*", value) else None
    if isinstance(value, numbers.Real) and float(value).is_integer():
        return int(value)
    return None


def _lang() -> str:
    # a Python caller's default, as problems_frame's: $BAROMETRE_LANG ("en"), else French
    return default_lang()


def checked_lang(lang: object) -> str:
    """``lang`` as the functions compare it: "fr" or "en", in any case and spacing
    ("EN", " Fr "), as the command line's ``--lang`` takes it; another value is a
    :class:`~barometre.domain.errors.UsageError` ``bad-lang`` (« de » wrote a French
    workbook before, without a word); None, the default (``BAROMETRE_LANG``, else French).

    >>> checked_lang("EN"), checked_lang("fr")
    ('en', 'fr')
    """
    if lang is None:
        return _lang()
    said = str(lang).strip().lower() if isinstance(lang, str) else None
    if said in ("fr", "en"):
        return said
    from .errors import UsageError

    raise UsageError.of("bad-lang", value=str(lang))


def lang_checked(func: F) -> F:
    """Decorator: ``func``'s ``lang`` argument (by keyword or position) read by
    :func:`checked_lang` before the call; its default stays as it is."""
    signature = inspect.signature(func)
    at = list(signature.parameters).index("lang")

    @functools.wraps(func)
    def checked(*args, **kwargs):
        if "lang" in kwargs:
            kwargs["lang"] = checked_lang(kwargs["lang"])
        elif len(args) > at:
            args = (*args[:at], checked_lang(args[at]), *args[at + 1:])
        return func(*args, **kwargs)

    return checked  # type: ignore[return-value]


def numbered(func: F) -> F:
    """Decorator: a keyword of the other number than ``func``'s (``platform=`` where it takes
    ``platforms=``, ``years=`` where it takes ``year=``…) raises a
    :class:`~barometre.domain.errors.KeywordError` (a TypeError) naming the right keyword.

    The wrong keywords are found once, from the signature: those of :data:`OTHER_NUMBER`
    whose other number ``func`` takes and which it does not take itself. A call with right
    keywords costs one set intersection.
    """
    params = inspect.signature(func).parameters
    wrong = {other: name for name, other in OTHER_NUMBER.items()
             if name in params and other not in params}
    keys = frozenset(wrong)

    @functools.wraps(func)
    def checked(*args, **kwargs):
        if kwargs and not keys.isdisjoint(kwargs):
            given = min(keys.intersection(kwargs))
            raise KeywordError.of("wrong-keyword", function=func.__name__,
                                  given=given, right=wrong[given], lang=_lang()) from None
        return func(*args, **kwargs)

    return checked  # type: ignore[return-value]


def renamed(**old: str) -> Callable[[F], F]:
    """Decorator: the old spelling of a keyword (``platform="platforms"``: old=new) still
    works, with a DeprecationWarning that names the new one; both at once is a TypeError.

    Kept for the 0.1 spellings that broke the rule (``figures(platform=)``): a notebook
    written for 0.1 still runs, and says what to write now.
    """
    def decorate(func: F) -> F:
        params = inspect.signature(func).parameters
        for was, now in old.items():  # a typo here would silently accept anything
            if was in params or now not in params:
                raise ValueError(f"renamed({was}={now!r}) does not fit {func.__name__}")

        @functools.wraps(func)
        def checked(*args, **kwargs):
            for was in old.keys() & kwargs.keys():
                now = old[was]
                if now in kwargs:
                    raise KeywordError.of("keyword-twice", function=func.__name__, given=was,
                                          right=now, lang=_lang())
                from ..messages import text

                warnings.warn(text("keyword-renamed", _lang(), function=func.__name__,
                                   given=was, right=now), DeprecationWarning, stacklevel=2)
                kwargs[now] = kwargs.pop(was)
            return func(*args, **kwargs)

        return checked  # type: ignore[return-value]

    return decorate
