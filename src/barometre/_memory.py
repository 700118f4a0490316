"""Work on arrays of millions of readings: small pages, no automatic collection (issue #19).

numpy advises the kernel (``madvise(MADV_HUGEPAGE)``) to back every large array with
2 MiB transparent huge pages. Where the kernel then compacts memory on the spot to find
them (``/sys/kernel/mm/transparent_hugepage/defrag`` = ``madvise``, the default of many
distributions), a fresh array of 3.5 M readings costs 20 ms in one process and 0.3 s in
the next: on the benchmark VM ``compare --data`` took 0.63-1.08 s with the advice and
0.69-0.74 s without (benchmarks/README.md). The readings' arrays are written once and
read a few times, so small pages lose little. numpy documents the switch in its
"global state" page: the ``NUMPY_MADVISE_HUGEPAGE`` environment variable (read when numpy
is imported; the command line sets it unless the user did) and
``_set_madvise_hugepage`` at run time (what :func:`small_pages` uses in a notebook).

The same work makes tens of thousands of small Python objects (one per distinct entity,
name or cell) and no reference cycle, yet each 700 of them start a collection of the
youngest generation, and some of the oldest, which walks every object of the process: about
20 ms of ``compare --data`` (measured with ``gc.callbacks``), for nothing to free.
:func:`bulk` pauses the automatic collection for the work and restores it after.

numpy's wheels bring OpenBLAS, which starts one thread per core when numpy is imported;
each spins for a while waiting for linear algebra that barometre never asks for (about
60 ms of CPU per process, measured with ``time``). On a two-core machine that core is the
one Arrow reads the file with: ``compare --data`` on the 3.5 M-reading Parquet file took
0.42 s (median of 8) with the spinning thread and 0.38 s without. The command line asks
OpenBLAS for one thread (:data:`BLAS_ENV`) unless the user chose a number.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
from collections.abc import Callable, Iterator
from typing import TypeVar

ENV = "NUMPY_MADVISE_HUGEPAGE"
#: OpenBLAS's thread count, read when numpy is imported (no linear algebra here)
BLAS_ENV = "OPENBLAS_NUM_THREADS"
F = TypeVar("F", bound=Callable)
#: the user's own setting, if any, read before the command line sets its default
_USERS = os.environ.get(ENV)


@contextlib.contextmanager
def small_pages() -> Iterator[None]:
    """Within the block, numpy does not advise huge pages for its new arrays; the previous
    setting is restored after. A user's own ``NUMPY_MADVISE_HUGEPAGE`` is respected."""
    if _USERS is not None:
        yield
        return
    try:
        from numpy._core.multiarray import _set_madvise_hugepage
    except ImportError:  # pragma: no cover - numpy 1.x
        try:
            from numpy.core.multiarray import _set_madvise_hugepage
        except ImportError:
            yield
            return
    previous = _set_madvise_hugepage(False)
    try:
        yield
    finally:
        _set_madvise_hugepage(previous)


@contextlib.contextmanager
def paused_collector() -> Iterator[None]:
    """Within the block, no automatic garbage collection; re-enabled after if it was on
    (an explicit ``gc.collect()`` still runs)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Work on millions of readings: :func:`small_pages` and :func:`paused_collector`."""
    with small_pages(), paused_collector():
        yield


def for_bulk(func: F) -> F:
    """``func`` run under :func:`bulk`."""
    @functools.wraps(func)
    def run(*args, **kwargs):
        with bulk():
            return func(*args, **kwargs)
    return run  # type: ignore[return-value]
