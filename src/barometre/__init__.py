"""barometre: measure and compare French local authorities on social media.

``import barometre as bm`` stays light: the heavy names (pandas-based analysis,
charts, Excel) are loaded on first use.

Examples
--------
>>> import barometre as bm
>>> bm.compare("region", year=2015, source="ideose")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> (module, attribute); attribute None means the module itself
_LAZY = {
    "compare": ("analysis", "compare"),
    "trend": ("analysis", "trend"),
    "published": ("published", None),
    "reference": ("reference", None),
    "registry": ("registry", None),
    "entities": ("reference", "entities"),
    "resolve": ("reference", "resolve"),
    "read_survey": ("survey", "read_survey"),
    "validate": ("survey", "validate"),
    "problems_frame": ("survey", "problems_frame"),
    "select": ("analysis", "select"),
    "follower_stats": ("survey_analysis", "follower_stats"),
    "write_template": ("template", "write_template"),
    "adoption": ("survey_analysis", "adoption"),
    "benchmark": ("survey_analysis", "benchmark"),
    "rank": ("survey_analysis", "rank"),
    "league_table": ("survey_analysis", "league_table"),
    "charts": ("charts", None),
    "write_report": ("excel", "write_report"),
    "BarometreError": ("errors", "BarometreError"),
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
