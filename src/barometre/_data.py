"""The package's data files (``barometre/data/``), read as bytes."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).parent / "data"


def data_bytes(*parts: str) -> bytes:
    """The bytes of ``data/<parts…>`` of the package.

    Read from the package's folder; through :mod:`importlib.resources` only when the
    package is not a folder on disk (imported from a zip). Importing
    ``importlib.resources`` costs 10-15 ms (it brings ``tempfile``, ``random`` and
    ``hashlib``) in every command that reads a reference table (#19).
    """
    path = _ROOT.joinpath(*parts)
    if _ROOT.is_dir():
        return path.read_bytes()
    from importlib import resources  # pragma: no cover - a zipped package

    return resources.files("barometre").joinpath("data", *parts).read_bytes()
