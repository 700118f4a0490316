"""What ``dir()`` lists of a public module: its own names, not what it imports.

IPython and Jupyter complete ``bm.published.<Tab>`` from ``dir()``; a module's imports
(``csv``, ``functools``, ``difflib``, ``TYPE_CHECKING``…) would be listed beside its
functions. A module sets ``__dir__ = public_dir(globals())`` at its end (PEP 562): every
attribute stays reachable, only the listing changes.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any


def public_dir(namespace: dict[str, Any]) -> Callable[[], list[str]]:
    """A module's ``__dir__``: its ``__all__`` and the public names it defines itself
    (functions and classes whose ``__module__`` is this module, UPPER_CASE constants),
    never an imported module, function or class, nor ``TYPE_CHECKING``."""
    own = namespace["__name__"]

    def listing() -> list[str]:
        names = set(namespace.get("__all__", ()))
        for name, value in namespace.items():
            if name.startswith("_") or name == "TYPE_CHECKING" or isinstance(value, types.ModuleType):
                continue
            if getattr(value, "__module__", None) == own and callable(value):
                names.add(name)
            elif name.isupper() and not callable(value):
                names.add(name)
        return sorted(names)

    return listing
