"""The CLI's chrome in the user's language: help headings, the help option, the help
texts of the commands and their options, and the errors Click raises while parsing the
command line ("Missing option", "No such option").

Typer and its vendored Click write these in English; barometre is French by default,
so its command classes translate them here, from the message catalog. The commands'
docstrings and their options' ``help=`` are written in French in the code; their English
is in ``messages/help.py``, keyed by the French, read only when the help is asked in
English (``--lang en`` or ``BAROMETRE_LANG=en``: :data:`LANG`).
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import re

from typer import core as typer_core
from typer.core import TyperCommand, TyperGroup
from typer.models import TyperPath

try:  # typer >= 0.26 vendors click
    from typer import _click as click
except ImportError:  # pragma: no cover - older typer
    import click

from ..messages import NBSP, Msg, bound_spaces, plural_s, text

LANG: contextvars.ContextVar[str] = contextvars.ContextVar("barometre_lang", default="fr")
#: lines said on stderr after the command's output, once it succeeded (an error stays the
#: one line it is): what the reading interpreted, for instance (options.note_warnings)
NOTES: list[str] = []
#: the lines said on stderr before any other, once the command succeeded: the type a
#: --data command guessed (options.type_of_data), which every figure and note is of
LEAD: list[str] = []


def say_now(*lines: str) -> None:
    """``lines`` said on stderr now, during a command that succeeded (before its output,
    or its « written » line): :data:`LEAD` first, said once."""
    import typer

    from ..render.tables import terminal_safe  # file names: no escapes

    for line in (*LEAD, *lines):
        typer.echo(terminal_safe(line), err=True)
    LEAD.clear()

# Typer's own headings go through gettext's `_` in typer.core: the French words.
_HEADINGS_FR = {"Options": "Options", "Arguments": "Arguments", "Commands": "Commandes",
                "required": "obligatoire", "default: {default}": "défaut : {default}",
                "env var: {var}": "variable d'environnement : {var}", "(dynamic)": "(dynamique)",
                "Aborted!": "Interrompu.", "Missing command.": "Commande manquante.",
                "No such command {name!r}.": "Commande inconnue {name!r}."}


def _gettext(message: str) -> str:
    return _HEADINGS_FR.get(message, message) if LANG.get() == "fr" else message


typer_core._ = _gettext  # typer.core looks `_` up at call time


@functools.cache
def _english_help() -> dict[str, str]:
    """French help text -> English, from ``messages/help.py``; a command's docstring also
    by its first paragraph on one line (the one-line help of ``barometre --help``, which
    :data:`barometre.cli.app.COMMANDS` holds without building the command)."""
    from ..messages.help import MESSAGES

    english: dict[str, str] = {}
    for fr, en in MESSAGES.values():
        english[fr] = en
        english[fr.split("\n\n")[0].replace("\n", " ")] = en.split("\n\n")[0].replace("\n", " ")
    return english


def help_in(fr: str | None, lang: str) -> str | None:
    """A help text of the code (French) in ``lang``: as written for French, its English from
    the catalog for English (as written if it has none: tests/test_help_english.py checks
    that every command's and option's help has one)."""
    if not fr or lang != "en":
        return fr
    return _english_help().get(inspect.cleandoc(fr), fr)


def say_help_in(command, lang: str) -> None:
    """Set the help texts of ``command`` and of its options to ``lang`` (the French of the
    code kept aside: a session may ask for the help in both languages)."""
    for obj in (command, *command.params):
        if not hasattr(obj, "_help_fr"):
            obj._help_fr = obj.help
        obj.help = help_in(obj._help_fr, lang)


def _no_break(help: str | None) -> str | None:
    """``help`` with the spaces of French typography made no-break (:class:`_Translated`)."""
    return bound_spaces(help) if help else help


class _Translated:
    """Mixin for Typer's command classes: help texts, help option and usage line in the
    user's language."""

    def format_help(self, ctx, formatter) -> None:
        say_help_in(self, LANG.get())
        if LANG.get() != "fr":
            super().format_help(ctx, formatter)
            return
        # French puts a space inside « » and before ; : ! ?, which the help's wrapping
        # would break at (« ; sans » opening a line): no-break spaces while it wraps, plain
        # spaces again in what is printed
        for obj in (self, *self.params):
            obj.help = _no_break(obj.help)
        try:
            super().format_help(ctx, formatter)
        finally:
            for obj in (self, *self.params):
                obj.help = obj._help_fr
        formatter.buffer[:] = [s.replace(NBSP, " ") for s in formatter.buffer]

    def get_help_option(self, ctx):
        opt = super().get_help_option(ctx)
        if opt is not None:
            opt.help = text("cli-help-option", LANG.get())
        return opt

    def format_usage(self, ctx, formatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces),
                              prefix=text("cli-usage", LANG.get()))


class Command(_Translated, TyperCommand):
    """A barometre command (help in the user's language).

    A command with ``--format`` (``-f table|csv|json``: every listing command) also takes
    ``--csv`` and ``--json``, its shortcuts, as sqlite-utils does: defined here once, after
    ``--format`` in the help, and read into ``format`` before the command runs. Two that
    disagree (``--csv --json``, ``--csv -f json``) are a usage error.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # an input's reader says why it cannot be read, in one line, and check_output why
        # an output may not be replaced (a path type's "Path 'u.csv' is not readable":
        # English, with the usage's hint)
        for p in self.params:
            if getattr(p.type, "readable", False):
                p.type.readable = False
            if isinstance(p.type, TyperPath):  # "" said empty, not made "." (a folder)
                p.type = _GivenPath.of(p.type, output=p.name == "output")
        at = next((i for i, p in enumerate(self.params) if p.name == "format"), None)
        if at is not None:
            self.params[at + 1:at + 1] = [
                _FormatFlag("--csv", "csv"), _FormatFlag("--json", "json")]

    def invoke(self, ctx):
        """The command, with each input given as a stream (``-``, a pipe, ``/dev/stdin``) read
        from a copy (:mod:`barometre.cli.inputs`)."""
        from .inputs import spooled

        with spooled(ctx, self.params):
            return super().invoke(ctx)

    def parse_args(self, ctx, args):
        rest = super().parse_args(ctx, args)
        flags = [f for f in ("csv", "json") if ctx.params.pop(f, False)]
        if flags or "format" not in ctx.params:
            _format_from_flags(ctx, flags)
        return rest


class _GivenPath(TyperPath):
    """A path option or argument that refuses an empty (or blank) value in the words of
    the library's :func:`~barometre.survey.inputs.check_path_given` (``file-path-empty``,
    ``output-path-empty``): Typer made ``--data ''`` the path ".", which was then said
    « . : c'est un dossier, pas un fichier ». Every path of barometre's commands is a file's
    (none is a folder), so "" is never ".". Values are otherwise read as Typer reads them."""

    output = False

    @classmethod
    def of(cls, given: TyperPath, output: bool) -> _GivenPath:
        """``given``'s settings, with this refusal; ``output``: a file to write."""
        path = cls.__new__(cls)
        path.__dict__.update(given.__dict__)
        path.output = output
        return path

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail(text("output-path-empty" if self.output else "file-path-empty",
                           LANG.get()), param, ctx)
        return super().convert(value, param, ctx)


class _FormatFlag(typer_core.TyperOption):
    """``--csv`` or ``--json``: a flag that sets ``--format`` (:class:`Command`)."""

    def __init__(self, flag: str, fmt: str) -> None:
        super().__init__(param_decls=[flag], is_flag=True, default=False)
        self.fmt = fmt

    def get_help_record(self, ctx):
        self.help = text(f"cli-{self.fmt}-flag", LANG.get())
        return super().get_help_record(ctx)


def _format_from_flags(ctx, flags: list[str]) -> None:
    """``format`` set from the ``--csv``/``--json`` given (``flags``); refused when they,
    or an explicit ``--format``, disagree."""
    if not flags:
        return
    from ..domain.errors import UsageError

    given = [f"--{f}" for f in flags]
    explicit = ctx.get_parameter_source("format") is click.core.ParameterSource.COMMANDLINE
    fmt = getattr(ctx.params.get("format"), "value", ctx.params.get("format"))
    if explicit:
        given.append(f"--format {fmt}")
    if len(set(flags) | ({fmt} if explicit else set())) > 1:
        raise UsageError.of("cli-format-conflict", given=" ".join(given))
    ctx.params["format"] = flags[0]


class Group(_Translated, TyperGroup):
    """Base of barometre's group (help in the user's language)."""


def _opt(param) -> str:
    if param is None:
        return "?"
    opts = getattr(param, "opts", None) or [param.name or "?"]
    if opts[0].startswith("-"):
        return " / ".join(opts)
    # an argument: by its name in the help's « Arguments » (chart's « kind », its metavar),
    # not Click's upper-cased parameter name (« KIND »), which the help never shows
    return getattr(param, "metavar", None) or opts[0].upper()


_RANGE = re.compile(r"(?:(?P<low>-?[\d.]+)(?P<lop><=?))?x(?:(?P<hop>[<>]=?)(?P<bound>-?[\d.]+))?")


def _value_detail(message: str, lang: str) -> str:
    """Click's sentence on a value its type refused ("'abc' is not a valid int.", "0 is
    not in the range x>=1."), in ``lang``; another sentence as Click wrote it."""
    m = re.fullmatch(r"'?(.*?)'? is not a valid (int|integer|float)(?: range)?\.", message)
    if m:
        return text("cli-not-number" if m.group(2) == "float" else "cli-not-int", lang,
                    value=m.group(1))
    m = re.fullmatch(r"(.*) is not in the range (.*)\.", message)
    bounds = _RANGE.fullmatch(m.group(2)) if m else None
    if bounds is None:
        return message
    low, lop, hop, bound = bounds.group("low", "lop", "hop", "bound")
    if low is not None and hop is not None:  # low<=x<=high: both ends included
        if lop != "<=" or hop != "<=":
            return message
        rng = Msg("range-between", low=low, high=bound)
    elif hop is not None:  # x>=1, x>0, x<=10, x<10
        rng = Msg({">=": "range-at-least", ">": "range-more-than", "<=": "range-at-most",
                   "<": "range-less-than"}[hop], **{"low" if ">" in hop else "high": bound})
    else:
        return message
    return text("cli-out-of-range", lang, value=m.group(1), range=rng)


def said(message: str, lang: str) -> str:
    """An error line of the command line: the program's name, then ``message``."""
    return text("cli-said", lang, message=message)


def click_error(exc: "click.ClickException", lang: str) -> str:
    """One sentence for an error Click raised while parsing, in ``lang``."""
    E = click.exceptions
    if isinstance(exc, E.MissingParameter):
        kind = "cli-missing-argument" if getattr(exc.param, "param_type_name", "") == "argument" \
            else "cli-missing-option"
        key = "argument" if kind.endswith("argument") else "option"
        return text(kind, lang, **{key: _opt(exc.param)})
    if isinstance(exc, E.NoSuchOption):
        # Click's order (the closest first, difflib), an option the typed one begins first
        # of all: « --typ », « --type » before « --by »
        poss = sorted(exc.possibilities or [],
                      key=lambda o: not o.startswith(exc.option_name or "\0"))
        hint = Msg("did-you-mean", choices=poss[:3]) if poss else Msg("no-hint")
        return text("cli-no-such-option", lang, option=exc.option_name, hint=hint)
    if isinstance(exc, E.BadParameter):
        ptype = getattr(exc.param, "type", None)
        choices = getattr(ptype, "choices", None)
        m = re.match(r"'(.*)' is not one of", exc.message or "")
        if choices and m:
            return text("cli-bad-choice", lang, option=_opt(exc.param), value=m.group(1),
                        choices=", ".join(str(getattr(c, "value", c)) for c in choices))
        return text("cli-bad-value", lang, option=_opt(exc.param),
                    detail=_value_detail(exc.message or "", lang))
    if isinstance(exc, E.BadOptionUsage) and "requires an argument" in exc.message:
        return text("cli-needs-value", lang, option=exc.option_name)
    msg = exc.format_message()
    m = re.match(r"Got unexpected extra argument(s|\(s\))? \((.*)\)", msg)
    if m:  # the arguments, joined by spaces: counted for the noun's number
        return text("cli-extra-arguments", lang, args=m.group(2),
                    s=plural_s(len(m.group(2).split()) or 1))
    m = re.match(r"No such command '(.*)'\.", msg) or re.match(r"Commande inconnue '(.*)'\.", msg)
    if m:
        ctx = getattr(exc, "ctx", None)
        names = list(getattr(ctx.command, "commands", {}) or {}) if ctx else []
        import difflib  # only on this error: keeps `barometre --help` light

        close = difflib.get_close_matches(m.group(1), names, n=3)
        hint = Msg("did-you-mean", choices=close) if close else Msg("no-hint")
        return text("cli-no-such-command", lang, name=m.group(1), hint=hint)
    if msg in ("Missing command.", "Commande manquante."):
        return text("cli-missing-command", lang)
    return msg
