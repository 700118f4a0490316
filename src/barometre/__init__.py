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
    "follower_stats": ("analysis.survey", "follower_stats"),
    "write_template": ("survey.template", "write_template"),
    "adoption": ("analysis.survey", "adoption"),
    "benchmark": ("analysis.peers", "benchmark"),
    "rank": ("analysis.peers", "rank"),
    "league_table": ("analysis.peers", "league_table"),
    "read_waves": ("analysis.waves", "read_waves"),
    "wave_trend": ("analysis.waves", "wave_trend"),
    "transitions": ("analysis.waves", "transitions"),
    "changes": ("analysis.waves", "changes"),
    "movers": ("analysis.waves", "movers"),
    "charts": ("render.charts", None),
    "write_report": ("render.excel", "write_report"),
    "BarometreError": ("domain.errors", "BarometreError"),
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
