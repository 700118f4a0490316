"""Matplotlib's configuration and cache folder, when the default one is unusable.

Matplotlib writes its font list in a folder of the user's (``$MPLCONFIGDIR``, else
``~/.config/matplotlib`` and ``~/.cache/matplotlib``). When that folder cannot be written
(a read-only home in a container, a service account, a wrong ``MPLCONFIGDIR``), matplotlib
prints a warning of several lines in English on every chart and makes a
``/tmp/matplotlib-…`` folder that it removes at exit, which the command line skips (it
ends at once, :func:`barometre.cli.console`). Here, before matplotlib is imported, such a
case gets a temporary folder of barometre's instead, said by nothing and removed at exit;
a usable default is left as it is (its font cache makes the next import fast).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

#: The temporary folder given to matplotlib, None when its own was usable
TEMPORARY: str | None = None


def _usable(folder: Path) -> bool:
    try:
        folder = folder.resolve()
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):
        return False
    return folder.is_dir() and os.access(folder, os.W_OK)


def _folders() -> list[Path] | None:
    """The folders matplotlib would write in; None where it decides otherwise (Windows,
    macOS: left alone)."""
    given = os.environ.get("MPLCONFIGDIR")
    if given:
        return [Path(given)]
    if not sys.platform.startswith(("linux", "freebsd")):
        return None
    try:
        home = Path.home()
    except RuntimeError:  # no home at all: matplotlib would fall back to /tmp, loudly
        return [Path("/nonexistent")]
    return [Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config", "matplotlib"),
            Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache", "matplotlib")]


def ensure_config_dir() -> None:
    """Before matplotlib's import: ``MPLCONFIGDIR`` set to a temporary folder, removed at
    exit, when the folders matplotlib would write in cannot be written."""
    global TEMPORARY
    if "matplotlib" in sys.modules or TEMPORARY is not None:
        return
    folders = _folders()
    if folders is None or all(_usable(f) for f in folders):
        return
    try:
        TEMPORARY = tempfile.mkdtemp(prefix="barometre-mpl-")
    except OSError:  # no temporary folder either: matplotlib says why
        return
    os.environ["MPLCONFIGDIR"] = TEMPORARY
    atexit.register(shutil.rmtree, TEMPORARY, ignore_errors=True)
