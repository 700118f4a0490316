"""Passes over millions of readings shared between the machine's cores.

numpy's and Arrow's kernels let go of the GIL while they work on an array: two threads,
each on its own part of the same arrays, take about half the time on two cores (issue
#19: the casts, look-ups and counts of a 3.5 M-row survey). Each part writes only its own
slice of the outputs, and the parts' results come back in order: the result is the
same, byte for byte, as one pass from start to end.

``BAROMETRE_THREADS=1`` in the environment keeps every pass on the calling thread (a
shared server, or to compare); the default is one thread per core, at most
:data:`MAX_THREADS`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import numpy as np

__all__ = ["MAX_THREADS", "each", "increasing", "parts", "threads"]

T = TypeVar("T")
R = TypeVar("R")

#: The most threads a pass uses: memory bandwidth, not cores, bounds these passes
MAX_THREADS = 4

#: The fewest items a part of :func:`parts` holds (below, a thread costs more than it saves)
LEAST = 1 << 18

_pool = None
_lock = threading.Lock()
_inside = threading.local()  # set in the pool's threads: a pass there runs in place


def _forget_pool() -> None:
    """In a child made by ``fork`` (multiprocessing's default on Linux), the parent's
    threads are gone: a pool that believes it has them would never run a pass."""
    global _pool, _lock
    _pool, _lock = None, threading.Lock()


if hasattr(os, "register_at_fork"):  # pragma: no branch - POSIX
    os.register_at_fork(after_in_child=_forget_pool)


def threads() -> int:
    """How many threads a pass uses: the cores this process may run on (at most
    :data:`MAX_THREADS`), or ``BAROMETRE_THREADS`` when set to a whole number ≥ 1."""
    said = os.environ.get("BAROMETRE_THREADS", "").strip()
    if said.isdigit() and int(said) >= 1:
        return min(int(said), MAX_THREADS)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_THREADS))


def _executor(n: int):
    global _pool
    with _lock:
        if _pool is None or _pool._max_workers < n:
            from concurrent.futures import ThreadPoolExecutor

            # a pool of fewer threads (BAROMETRE_THREADS raised) is not shut down: another
            # thread may hold it for a pass; its threads end once it is no longer used
            def mark() -> None:
                _inside.active = True

            _pool = ThreadPoolExecutor(max_workers=n, thread_name_prefix="barometre",
                                       initializer=mark)
        return _pool


def each(fn: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """``[fn(x) for x in items]``, the items shared between threads (see the module's
    docstring). In place when there is one item, one thread, or when called from a
    pass's own thread (no pass waits on another for a thread)."""
    items = list(items)
    n = min(threads(), len(items))
    if n < 2 or getattr(_inside, "active", False):
        return [fn(x) for x in items]
    return list(_executor(n).map(fn, items))


def parts(n: int, step: int, fn: Callable[[int, int], R], least: int | None = None
          ) -> list[R]:
    """``fn(start, stop)`` over consecutive parts of ``range(n)``, one per thread, each part
    a whole number of ``step`` items (but the last): the results in order.

    ``fn`` works on its part slice by slice, as it would on the whole range. A part holds
    at least ``least`` items (default :data:`LEAST`).
    """
    if n <= 0:
        return [fn(0, 0)]
    k = min(threads(), max(1, n // (LEAST if least is None else least)))
    per_part = -(-n // k)  # n / k, rounded up
    size = -(-per_part // step) * step  # ... to whole slices
    bounds: Sequence[tuple[int, int]] = [(a, min(a + size, n)) for a in range(0, n, size)]
    return each(lambda b: fn(*b), bounds)


def increasing(n: int, step: int, key_of: Callable[[int, int], "np.ndarray"]) -> bool:
    """Whether a key of ``n`` items strictly increases all along, ``key_of(start, stop)``
    giving the key of a slice: computed slice by slice (no key of millions is made), the
    parts shared between the cores, each stopping at its first repeat."""

    def part(lo: int, hi: int) -> tuple | None:  # its first and last keys; None: a repeat
        first = last = None
        for start in range(lo, hi, step):
            key = key_of(start, min(start + step, hi))
            if (last is not None and key[0] <= last) or not (key[1:] > key[:-1]).all():
                return None
            first = key[0] if first is None else first
            last = key[-1]
        return () if first is None else (first, last)  # (): no item

    ends = parts(n, step, part)
    if any(e is None for e in ends):
        return False
    ends = [e for e in ends if e]
    return all(a[1] < b[0] for a, b in zip(ends[:-1], ends[1:]))
