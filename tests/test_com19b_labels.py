"""Review com19, finding 2: a scatter label never sits nearer another dot than its own.

Before: « Carcassonne » set at (6, −12) pt from its dot (46 080 hab., 15 200 abonnés) landed
beside Bastia's unnamed dot (46 867 hab., 12 800) at the default size, and moved elsewhere at
another size. Read here as the reader sees it: each label's box against every dot, in display
coordinates, at the figure's size."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import barometre as bm

FILES = Path(__file__).resolve().parent / "files" / "rvcom19b"


def _distance(bb, p) -> float:
    dx = max(bb.x0 - p[0], 0.0, p[0] - bb.x1)
    dy = max(bb.y0 - p[1], 0.0, p[1] - bb.y1)
    return float(np.hypot(dx, dy))


@pytest.mark.parametrize("size", [None, (13.33, 7.5), (6, 4.5)])
@pytest.mark.parametrize("platform", ["instagram", "facebook"])
def test_each_scatter_label_is_nearest_its_own_dot(platform, size):
    s = bm.read_survey(FILES / "pairs-vp.csv")
    fig = bm.charts.scatter(s, platform, focus="2A004", type="ville_prefecture", size=size)
    ax = fig.axes[0]
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    dots = np.concatenate([ax.transData.transform(c.get_offsets()) for c in ax.collections])
    tied = {tuple(np.round(gl.get_xydata()[0], 6)) for gl in ax.lines if gl.get_gid() == "leader"}
    names = {t.get_text() for t in ax.texts}
    assert {"Ajaccio", "Carcassonne"} <= names  # the focus and the lowest per 1 000 named
    for t in ax.texts:
        bb = t.get_window_extent(r)
        own = ax.transData.transform(t.xy)
        others = [p for p in dots if np.hypot(*(p - own)) > 0.5]
        nearest_other = min(_distance(bb, p) for p in others)
        if tuple(np.round(t.xy, 6)) in tied and nearest_other <= _distance(bb, own):
            # placed farther out: then tied to its own dot by a line, and on no dot
            assert nearest_other > 0, t.get_text()
            continue
        assert _distance(bb, own) < nearest_other, (t.get_text(), _distance(bb, own),
                                                    nearest_other)
