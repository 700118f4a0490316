"""barometre: measure and compare French local authorities on social media.

``import barometre as bm`` stays light: the heavy names (pandas-based analysis,
charts, Excel) are loaded on first use.

Examples
--------
>>> import barometre as bm
>>> c = bm.compare("region", year=2015, source="ideose")
>>> print(c[["collectivity_type", "platform", "share", "source"]].head(3).to_string(index=False))
collectivity_type platform  share      source
           region facebook   0.96 ideose-2015
           region        x   0.85 ideose-2015
      departement facebook   0.66 ideose-2015

The demo survey shipped with the package (fictitious data): :func:`demo_file`.

>>> s = bm.read_survey(bm.demo_file("enquete"))
>>> print(bm.adoption(s)[["platform", "n_present", "n_base"]].head(2).to_string(index=False))
platform  n_present  n_base
facebook         90      94
       x         81     101

Errors a user can cause are :class:`BarometreError` (one sentence, French by default:
``err.render("en")`` in English; a stable ``err.code``): :class:`UsageError` (a wrong
call), :class:`NoDataError` (no figure), :class:`InputFileError` (an unreadable file; a
survey with errors: its first errors in the message, every problem in ``err.problems``,
``bm.problems_frame(err)`` their table),
:class:`OutputFileError` (an output that cannot be written: open in Excel or LibreOffice,
protected), :class:`ResolveError` (a name that matches no entity, or several),
:class:`SchemaError`.

>>> try:
...     bm.compare("regoin")
... except bm.UsageError as err:
...     print(err.code, "|", err.render("en"))
unknown-type | unknown collectivity type “regoin”; did you mean “region”?
"""

# (no ``from __future__ import annotations``: it imports a module before the hook is set;
# the annotations here need none)
import sys as _sys


def _interrupted_while_starting(kind, value, tb) -> None:
    """``sys.excepthook`` while the ``barometre`` command imports itself: a Ctrl-C then
    (before :func:`barometre.cli.console` catches it) is said « interrompu », status 130, as
    later; any other exception goes to the hook that was there."""
    if issubclass(kind, KeyboardInterrupt):
        try:
            import os

            from barometre.cli import interrupted

            code = interrupted()
            os._exit(code)
        except BaseException:  # (a second Ctrl-C in this instant): Python's own report
            pass
    _interrupted_while_starting.previous(kind, value, tb)


def _is_the_command() -> bool:
    """Whether this process is the ``barometre`` command: its console script (``argv[0]``
    named barometre), or ``python -m barometre`` being located (``argv[0]`` is "-m" then)."""
    name = _sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1].lower() if _sys.argv else ""
    if name in ("barometre", "barometre.exe", "barometre-script.py", "barometre-script.pyw"):
        return True
    args = getattr(_sys, "orig_argv", [])
    return name == "-m" and ("-mbarometre" in args or any(
        a == "-m" and b == "barometre" for a, b in zip(args, args[1:])))


# First, before anything else is imported: a Ctrl-C in the 10-30 ms the console script
# spends importing barometre.cli printed Python's traceback. The library's import changes
# no hook (a notebook, a script); console() gives the hook back as soon as it runs.
if _is_the_command() and _sys.excepthook is not _interrupted_while_starting:
    _interrupted_while_starting.previous = _sys.excepthook  # type: ignore[attr-defined]
    _sys.excepthook = _interrupted_while_starting


def _started() -> None:
    """The command runs (:func:`barometre.cli.console`): the hook of its start given back."""
    if _sys.excepthook is _interrupted_while_starting:
        _sys.excepthook = _interrupted_while_starting.previous  # type: ignore[attr-defined]


import importlib  # noqa: E402 - after the hook: the earliest it can be set

__version__ = "0.2.0.dev0"

# public name -> (module, attribute); attribute None means the module itself
_LAZY = {
    "compare": ("analysis.published", "compare"),
    "trend": ("analysis.published", "trend"),
    "published": ("datasets.published", None),
    "reference": ("datasets.reference", None),
    "registry": ("domain.registry", None),
    "entities": ("datasets.reference", "entities"),
    "resolve": ("datasets.reference", "resolve"),
    "read_survey": ("survey.reader", "read_survey"),
    "demo_file": ("datasets.demo", "demo_file"),
    "validate": ("survey.reader", "validate"),
    "problems_frame": ("survey.reader", "problems_frame"),
    "select": ("analysis.published", "select"),
    "figures": ("analysis.named", "figures"),
    "published_sources": ("analysis.published", "published_sources"),
    "follower_stats": ("analysis.survey", "follower_stats"),
    "write_template": ("survey.template", "write_template"),
    "adoption": ("analysis.survey", "adoption"),
    "compare_survey": ("analysis.survey", "compare_survey"),
    "benchmark": ("analysis.peers", "benchmark"),
    "rank": ("analysis.peers", "rank"),
    "league_table": ("analysis.peers", "league_table"),
    "read_waves": ("analysis.waves", "read_waves"),
    "wave_trend": ("analysis.waves", "wave_trend"),
    "transitions": ("analysis.waves", "transitions"),
    "changes": ("analysis.waves", "changes"),
    "movers": ("analysis.waves", "movers"),
    "labelled": ("analysis.labels", "labelled"),
    "charts": ("render.charts", None),
    "write_report": ("render.excel", "write_report"),
    # the errors barometre raises (docstrings' Raises): every one a BarometreError
    "BarometreError": ("domain.errors", "BarometreError"),
    "UsageError": ("domain.errors", "UsageError"),
    "NoDataError": ("domain.errors", "NoDataError"),
    "InputFileError": ("domain.errors", "InputFileError"),
    "OutputFileError": ("domain.errors", "OutputFileError"),
    "ResolveError": ("domain.errors", "ResolveError"),
    "SchemaError": ("domain.schemas", "SchemaError"),
}

__all__ = sorted(_LAZY) + ["__version__"]


def __getattr__(name: str):
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'barometre' has no attribute {name!r}") from None
    mod = importlib.import_module(f".{module}", __name__)
    value = mod if attr is None else getattr(mod, attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
