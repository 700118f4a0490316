"""The interval bars of several series at one date set apart (review 27b): Facebook
59–95 %, Instagram 36–91 % and « au moins un réseau » 73–100 % were drawn on one vertical
line at each wave, so that no one could tell which bar was whose. Each series is shifted a
few points on the page, its points and line with its bars; the dates stay true."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from matplotlib.container import ErrorbarContainer
from matplotlib.dates import date2num

import barometre as bm
from barometre import charts

#: eight métropoles a wave: samples of the 22, so every share has its bar
METROS = ["244400404", "243500139", "243300316", "243100518", "200046977", "200040715",
          "246300701", "242900314"]


def _wave(path, day, instagram):
    lines = ["SIREN;Facebook;Abonnés Facebook;Instagram;Abonnés Instagram;Date du relevé"]
    for i, code in enumerate(METROS):
        ig = "Oui" if i < instagram else "Non"
        lines.append(f"{code};Oui;{1000 * (i + 1)};{ig};{'500' if ig == 'Oui' else ''};{day}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _page_x(artist, xy) -> float:
    """Where a point of ``artist``'s data lands on the page (pixels)."""
    return float(artist.get_transform().transform(np.atleast_2d(xy))[0, 0])


def test_wave_trend_bars_of_each_platform_apart_and_points_on_their_bars(tmp_path):
    files = [_wave(tmp_path / "v24.csv", "15/10/2024", 5), _wave(tmp_path / "v25.csv", "15/10/2025", 6)]
    fig = charts.wave_trend(bm.wave_trend(bm.read_waves(files, type="metropole")))
    ax = fig.axes[0]
    fig.canvas.draw()
    ci = {ln.get_gid(): ln for ln in ax.lines if (ln.get_gid() or "").startswith("ci:")}
    lines = {ln.get_gid(): ln for ln in ax.lines if (ln.get_gid() or "").startswith("line:")}
    for wave in ("2024-10-15", "2025-10-15"):
        day = date2num(dt.date.fromisoformat(wave))
        bars = {p: ci[f"ci:{p}:{wave}"] for p in ("facebook", "instagram", "any")}
        # the data stay the wave's date: the shift is on the page only
        assert all(float(date2num(b.get_xdata()[0])) == day for b in bars.values())
        xs = {p: _page_x(b, b.get_xydata()[0]) for p, b in bars.items()}
        assert len({round(x, 1) for x in xs.values()}) == 3, xs  # three bars, three places
        assert max(xs.values()) - min(xs.values()) < 0.05 * ax.bbox.width  # a little aside
        for p, x in xs.items():  # each point centred on its own bar
            line = lines[f"line:{p}"]
            (k,) = [i for i, v in enumerate(line.get_xdata()) if float(date2num(v)) == day]
            assert abs(_page_x(line, line.get_xydata()[k]) - x) < 1e-6, p
    # the axis' ticks still read the waves' dates
    assert [float(t) for t in ax.get_xticks()] == [
        date2num(dt.date(2024, 10, 15)), date2num(dt.date(2025, 10, 15))]


def test_published_trend_whiskers_of_two_publishers_in_one_month_apart():
    # two sample figures of mid-2012 (test values, not published ones): Adverbia's and
    # Informer autrement's, whose month is left out here so that both fall on one date
    t = bm.trend("region", "facebook").copy()
    for src, ci in (("adverbia-2012", (0.55, 0.85)), ("informer-autrement-2012-3", (0.5, 0.85))):
        i = t.index[t["source"] == src][0]
        t.loc[i, ["ci_low", "ci_high"]] = ci
        t.loc[i, "census"] = False
    t.loc[t["source"] == "informer-autrement-2012-3", ["month", "period"]] = pd.NA
    fig = charts.trend(t)
    ax = fig.axes[0]
    fig.canvas.draw()
    bars = {c.get_label(): c for c in ax.containers if isinstance(c, ErrorbarContainer)}
    segs = {k: c.lines[2][0] for k, c in bars.items()}
    xs = {k: _page_x(s, s.get_segments()[0][0]) for k, s in segs.items()}
    assert set(xs) == {"ci:2012:adverbia-2012", "ci:2012:informer-autrement-2012-3"}
    assert {float(s.get_segments()[0][0, 0]) for s in segs.values()} == {2012.5}  # date true
    assert abs(xs["ci:2012:adverbia-2012"] - xs["ci:2012:informer-autrement-2012-3"]) > 3
    for pub, key in (("Adverbia", "ci:2012:adverbia-2012"),
                     ("Informer autrement", "ci:2012:informer-autrement-2012-3")):
        (pts,) = [c for c in ax.collections if c.get_gid() == f"points:{pub}"]
        offs = pts.get_offsets()
        (k,) = [i for i, (x, _) in enumerate(offs) if float(x) == 2012.5]
        at = float(pts.get_offset_transform().transform(np.atleast_2d(offs[k]))[0, 0])
        assert abs(at - xs[key]) < 1e-6, pub  # the point centred on its whisker
