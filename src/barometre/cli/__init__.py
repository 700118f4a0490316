"""The ``barometre`` command line: a thin Typer layer over the Python API.

Each command parses its options, calls one library function and renders or writes
its result. Heavy modules are imported inside the commands that need them.
"""

from __future__ import annotations


def console() -> None:
    """Entry point of the ``barometre`` console script and of ``python -m barometre``:
    :func:`main`, then the process ends at once with the command's exit status.

    Once the command has written its output and flushed it, the interpreter's own
    shutdown (clearing the modules of numpy, pyarrow and Typer, a last collection, the
    arrays freed one by one) only costs time: 20 ms after ``--help``, 35 ms after
    ``compare --data`` on 3.5 M readings (#19). Nothing of ours waits for it: every file is
    closed (and renamed in place) by the command itself, and no exit handler is ours. An
    unexpected exception still goes through Python's usual shutdown, with its traceback,
    and so does a run under a tracer or profiler (``coverage run``, ``python -m cProfile``),
    whose results are written at exit.
    """
    import os
    import sys

    global _FINISHED, _INTERRUPT_SAID
    _FINISHED = _INTERRUPT_SAID = False  # (a session may have run a command before)
    try:
        from .. import _started

        _started()  # the hook that said a Ctrl-C during the imports, given back
        _stop_on_terminate()  # (Ctrl-C as it is set: Python's own KeyboardInterrupt)
        _buffered_stdout()
        if sys.gettrace() is not None or sys.getprofile() is not None or "coverage" in sys.modules:
            main()
            return
        code = _status_of_main()
    except KeyboardInterrupt:  # before main(), during its imports, or a second one while
        code = interrupted()  # the first was said: said once (before console() runs, while
        # barometre.cli is imported: barometre._interrupted_while_starting)
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None: closed by the caller (`barometre … >&-`)
                stream.flush()
        except (OSError, ValueError):  # closed, or its reader gone: nothing more to say
            code = code or 1
    _exit_handlers()
    os._exit(code)


#: Set once the command's work is done (:func:`finished`)
_FINISHED = False


def finished() -> None:
    """The command's output is written (the report renamed in place, about to be said
    « Rapport écrit »; the command's end): an interrupt from now on is let go, and the
    process ends with the command's status (before, Ctrl-C in that instant said
    « interrompu » after « Rapport écrit », or printed a traceback)."""
    global _FINISHED
    _FINISHED = True


#: Set once « interrompu » is said (:func:`interrupted`)
_INTERRUPT_SAID = False


def interrupted(lang: str | None = None) -> int:
    """Say the command interrupted (Ctrl-C, ``kill``), in one line and once whenever the
    interrupt came (the imports, the parsing of the arguments, the work; Typer turned one
    during the parsing into a silent status 130), and return its status, 130. The work is
    then :func:`finished`: a second interrupt changes nothing."""
    import sys

    global _INTERRUPT_SAID
    finished()
    if not _INTERRUPT_SAID:
        _INTERRUPT_SAID = True
        from ..messages import text

        lang = lang or lang_of(sys.argv[1:])
        try:
            print(text("cli-said", lang, message=text("cli-aborted", lang)), file=sys.stderr,
                  flush=True)
        except (OSError, ValueError, AttributeError):  # no stderr to say it on
            pass
    return 130


def _new_run() -> None:
    """A command starts (a session may run several): its interrupt not said yet."""
    global _INTERRUPT_SAID
    _INTERRUPT_SAID = False


def _exit_handlers() -> None:
    """The exit handlers that :func:`os._exit` would skip, run: a library's cleaning (the
    temporary matplotlib folder a read-only home needs, removed; a few, fast)."""
    import atexit

    run = getattr(atexit, "_run_exitfuncs", None)  # CPython's, as the interpreter's exit
    if run is not None:
        run()


def _stop_on_terminate() -> None:
    """SIGTERM (``kill``, a CI's timeout, a closing terminal's SIGHUP) stops the command
    as Ctrl-C does, through the ``finally`` blocks: a report being written leaves no
    temporary file behind (the default action ended the process on the spot, leaving a
    hidden ``.rapport.xlsx.….tmp.xlsx`` of several MB in the output folder). Neither
    stops a command whose work is :func:`finished`."""
    import signal

    def stop(signum, frame):
        if not _FINISHED:
            raise KeyboardInterrupt

    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None and signal.getsignal(sig) in (signal.SIG_DFL, signal.default_int_handler):
            signal.signal(sig, stop)


def _status_of_main() -> int:
    """:func:`main`'s exit status, as the interpreter would read it."""
    import sys

    try:
        main()
        return 0
    except SystemExit as exc:  # as the interpreter reads it
        if not isinstance(exc.code, (int, type(None))):
            print(exc.code, file=sys.stderr)
            return 1
        return exc.code or 0


def _buffered_stdout() -> None:
    """Standard output through a buffered binary stream when Python has it unbuffered
    (``PYTHONUNBUFFERED=1``, ``python -u``, common in containers): there its text layer
    drops what the system did not take of a write (CPython #85393), and a CSV cut at 60 KB
    by a full disk ended with status 0; a buffered stream writes every byte or raises."""
    import io
    import sys

    out = sys.stdout
    if not (isinstance(out, io.TextIOWrapper) and isinstance(out.buffer, io.RawIOBase)):
        return
    raw = io.FileIO(out.fileno(), "w", closefd=False)
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(raw), encoding=out.encoding,
                                  errors=out.errors, line_buffering=True)


def lang_of(args: list[str]) -> str:
    """The language asked on the command line (``--lang en``), else $BAROMETRE_LANG, else fr.

    Read from the raw arguments because an error may happen before (or while) the
    command's own options are parsed.
    """
    from ..messages import default_lang

    lang = default_lang()
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            lang = args[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return "en" if lang.strip().lower() == "en" else "fr"  # as --lang reads it: EN, En


def main() -> None:
    """The ``barometre`` command line, in this process (raises ``SystemExit`` with the
    command's status, as Typer's applications do); :func:`console` runs it for the console
    script."""
    import os
    import sys

    from .._memory import BLAS_ENV, ENV, paused_collector

    # before numpy is imported: no huge-page advice for the readings' arrays (see _memory;
    # read_coded and the counting also switch it off themselves when numpy came first)
    os.environ.setdefault(ENV, "0")
    if "numpy" not in sys.modules:  # (a session that has numpy keeps its BLAS as it is)
        # no OpenBLAS thread spinning beside Arrow's read for linear algebra never asked
        os.environ.setdefault(BLAS_ENV, "1")
    try:
        # one command, then the process ends: the collector's automatic passes over the
        # objects of numpy's, pyarrow's, Typer's and matplotlib's imports cost 20-120 ms
        # (`chart` 1.12 -> 0.97 s; the peak of `report --data` on 3.5 M readings is
        # unchanged) for little to free; the frames' cycles are collected explicitly
        # (survey.columnar.release_memory). Restored after: main() may run in a session.
        with paused_collector():
            from .app import main as _main

            try:
                _main()
            finally:  # what is still buffered, written now rather than at shutdown
                if sys.stdout is not None:  # None: closed by the caller (`… >&-`)
                    sys.stdout.flush()
    except BrokenPipeError:  # the reader left while the last lines were flushed
        from .app import reader_gone

        reader_gone()
    except OSError as exc:  # the last lines (or the help) not taken: a full disk
        from .app import output_failed

        output_failed(exc, lang_of(sys.argv[1:]))  # this process's own arguments
    finally:
        finished()  # the output is out (or the error said): an interrupt changes nothing
