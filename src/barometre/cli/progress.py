"""A progress line on stderr while long work runs (issue #19.5).

``with working("progress-read", file=path): ...`` shows, after :data:`DELAY`
seconds, a transient line on stderr: a spinner, what is being done, a pulsing
bar and the elapsed time; it disappears when the work ends. Nothing is shown
when stderr is not a terminal (pipes, files, CI, tests), with ``--debug``, or
with ``BAROMETRE_PROGRESS=0``. ``rich`` (installed with Typer) is imported
only when the line is actually shown, so quick commands and ``--help`` never
load it. The work runs in the calling thread; the line is drawn by a timer
thread and by rich's own refresh thread.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import threading
from collections.abc import Iterator

from ..messages import text
from .chrome import LANG

DELAY = 2.0  # seconds before anything is shown: short commands stay silent


def enabled(stream=None) -> bool:
    """Whether a progress line may be drawn on ``stream`` (default: stderr)."""
    stream = stream or sys.stderr
    if os.environ.get("BAROMETRE_PROGRESS", "1") in ("0", "") or "--debug" in sys.argv:
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced stream
        return False


class _Line:
    """The line, started late by a timer and stopped once (thread-safe)."""

    def __init__(self, label: str, delay: float, stream):
        self.label = label
        self._stream = stream
        self._lock = threading.Lock()
        self._progress = None
        self._done = False
        self._timer = threading.Timer(delay, self._start)
        self._timer.daemon = True
        self._timer.start()

    def _start(self) -> None:
        with self._lock:
            if self._done:
                return
            from rich.console import Console
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                      BarColumn(), TimeElapsedColumn(),
                                      console=Console(file=self._stream, force_jupyter=False),
                                      transient=True,
                                      redirect_stdout=False, redirect_stderr=False)
            self._progress.add_task(self.label, total=None)
            self._progress.start()

    def stop(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._done = True
            if self._progress is not None:
                self._progress.stop()
                self._progress = None

    @property
    def shown(self) -> bool:
        return self._progress is not None


@functools.cache  # once per process
def tune_allocator() -> None:
    """Keep freed large arrays in the heap for the command's short life (glibc only).

    Reading a commune-scale file allocates and frees arrays of millions of readings;
    by default glibc maps each one afresh and hands it back when freed, and the pages
    fault in again at the next step: about a second of system time on the 3.5 M-row
    file (benchmarks/README.md). Called by the command line only, once: a notebook's
    process keeps glibc's defaults.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 128 << 20)  # M_MMAP_THRESHOLD: arrays under 128 MiB from the heap
        libc.mallopt(-1, 512 << 20)  # M_TRIM_THRESHOLD: keep up to 512 MiB of free heap
        libc.mallopt(-2, 64 << 20)  # M_TOP_PAD: grow the heap 64 MiB at a time
    except (OSError, AttributeError):  # pragma: no cover - not glibc (musl)
        pass


@contextlib.contextmanager
def working(code: str, delay: float = DELAY, stream=None, **params) -> Iterator[_Line | None]:
    """Show the catalog sentence ``code`` as a progress line while the block runs
    (long work: the allocator is tuned first, see :func:`tune_allocator`)."""
    tune_allocator()
    stream = stream or sys.stderr
    if not enabled(stream):
        yield None
        return
    line = _Line(text(code, LANG.get(), **params), delay, stream)
    try:
        yield line
    finally:
        line.stop()
