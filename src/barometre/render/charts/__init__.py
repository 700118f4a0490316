"""Charts: publication-quality, reproducible figures from the analysis frames.

Every function returns a :class:`matplotlib.figure.Figure` built with the
object API (no pyplot state, nothing leaks in long notebook sessions), in the
house style shipped with the package (``barometre.mplstyle``): a title, a
subtitle when it helps, direct labels, and a caption naming the source(s) and
base in words, the measure, the notes for the marks drawn, and "données
fictives" for demo data. Charts draw what the analysis functions computed; they
compute no statistic, and check on entry the frame they are given (:mod:`.frames`): the
wrong frame is a ``UsageError`` naming the columns missing and the function that makes the
right one, a share outside 0–1 (a share multiplied by 100) a ``SchemaError``. Figures
display inline in Jupyter. :func:`save` writes
PNG, SVG (real text) or PDF (embedded fonts) atomically and byte for byte
reproducibly.

One module per kind: ``adoption``, ``trend``, ``heatmap``, ``benchmark``,
``ranking``, ``scatter``, ``waves`` (adoption per survey wave on a date axis,
``changes`` between two waves); ``style`` (house style, colours, saving) and
``captions`` are shared.

Examples
--------
>>> import barometre as bm
>>> import tempfile
>>> from pathlib import Path
>>> fig = bm.charts.adoption(bm.compare("region", year=2015, source="ideose"))
>>> with tempfile.TemporaryDirectory() as folder:
...     bm.charts.save(fig, Path(folder) / "adoption.svg").name
'adoption.svg'
"""

from __future__ import annotations

from ._mplconfig import ensure_config_dir

ensure_config_dir()  # before matplotlib: a home it cannot write in gets a folder of ours

from ...domain.keywords import lang_checked  # noqa: E402
from .adoption import adoption  # noqa: E402
from .benchmark import benchmark
from .heatmap import heatmap
from .ranking import peer_ranking, ranking
from .scatter import scatter
from .style import BarometreFigure, save, style, text_overlaps
from .trend import trend
from .waves import changes, wave_trend

# lang="EN" as --lang EN, another language refused (« de » drew in French, unsaid)
adoption, benchmark, heatmap, ranking, scatter, trend, changes, wave_trend = (
    lang_checked(f) for f in (adoption, benchmark, heatmap, ranking, scatter, trend, changes,
                              wave_trend))

__all__ = ["adoption", "trend", "heatmap", "benchmark", "ranking", "scatter", "changes",
           "wave_trend", "peer_ranking", "save", "style",
           "text_overlaps", "KINDS", "BarometreFigure"]

KINDS = ("adoption", "trend", "heatmap", "benchmark", "ranking", "scatter", "changes")
