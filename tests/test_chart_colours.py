"""Platform colours are told apart, by everyone: CIEDE2000 distance, normal and simulated
colour-vision deficiencies (Machado, Oliveira & Fernandes 2009, severity 1)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from barometre.domain.registry import OKABE_ITO
from barometre.render.charts.style import platform_colors

# The platforms that charts draw side by side (surveys, published figures; Bluesky since the
# 2025 campaigns: its brand blue was Facebook's, review17b). "any" is drawn apart, in grey,
# and is not a platform colour.
MAIN = ["facebook", "x", "instagram", "linkedin", "youtube", "tiktok", "bluesky"]
MIN_DE = 15.0  # CIEDE2000: above ~10 two bar colours are told apart at a glance

DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]])
PROTANOPIA = np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                       [-0.003882, -0.048116, 1.051998]])


def _lin(c):
    c = np.asarray(c, float)
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _srgb(c):
    c = np.clip(c, 0, 1)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * c ** (1 / 2.4) - 0.055)


def _rgb(h: str, sim=None):
    rgb = np.array([int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return rgb if sim is None else _srgb(sim @ _lin(rgb))


def _lab(rgb):
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    x, y, z = m @ _lin(rgb) / np.array([0.95047, 1.0, 1.08883])

    def f(t):
        return np.cbrt(t) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(lab1, lab2) -> float:
    """Sharma, Wu & Dalal (2005) formulation."""
    L1, a1, b1 = lab1
    L2, a2, b2 = lab2
    cb = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(cb ** 7 / (cb ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    dl, dc = L2 - L1, c2p - c1p
    dh = 0.0 if c1p * c2p == 0 else (h2p - h1p + 180) % 360 - 180
    dhh = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    lb, cbp = (L1 + L2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hb = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hb = (h1p + h2p) / 2
    else:
        hb = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * np.cos(np.radians(hb - 30)) + 0.24 * np.cos(np.radians(2 * hb))
         + 0.32 * np.cos(np.radians(3 * hb + 6)) - 0.20 * np.cos(np.radians(4 * hb - 63)))
    dth = 30 * np.exp(-(((hb - 275) / 25) ** 2))
    rc = 2 * np.sqrt(cbp ** 7 / (cbp ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (lb - 50) ** 2 / np.sqrt(20 + (lb - 50) ** 2)
    sc, sh = 1 + 0.045 * cbp, 1 + 0.015 * cbp * t
    rt = -np.sin(np.radians(2 * dth)) * rc
    return float(np.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2
                         + rt * (dc / sc) * (dhh / sh)))


def test_ciede2000_reference_pair():
    # Sharma et al. (2005), test pair 1: 50/2.6772/-79.7751 vs 50/0/-82.7485 -> 2.0425
    assert ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-3)


@pytest.mark.parametrize("vision", [None, DEUTERANOPIA, PROTANOPIA],
                         ids=["normal", "deuteranopia", "protanopia"])
@pytest.mark.parametrize("colorblind", [False, True], ids=["brand", "okabe-ito"])
def test_platform_colours_are_pairwise_distinct(vision, colorblind):
    # Okabe-Ito's eight colours keep six platforms apart for everyone, not seven (Bluesky's
    # orange meets Instagram's vermilion under deuteranopia: 12.5)
    main = MAIN[:6] if colorblind else MAIN
    colours = platform_colors(main, colorblind=colorblind)
    close = []
    for a, b in itertools.combinations(main, 2):
        d = ciede2000(_lab(_rgb(colours[a], vision)), _lab(_rgb(colours[b], vision)))
        if d < MIN_DE:
            close.append((a, b, round(d, 1)))
    assert close == []


def test_facebook_and_linkedin_no_longer_the_same_blue():
    c = platform_colors(["facebook", "linkedin"])
    assert ciede2000(_lab(_rgb(c["facebook"])), _lab(_rgb(c["linkedin"]))) > 20


def test_colorblind_palette_is_okabe_ito_and_any_stays_grey():
    c = platform_colors(MAIN + ["any"], colorblind=True)
    assert set(c[p] for p in MAIN) <= set(OKABE_ITO) and len({c[p] for p in MAIN}) == len(MAIN)
    assert c["any"] == "#595959"


@pytest.mark.parametrize("vision", [None, DEUTERANOPIA, PROTANOPIA],
                         ids=["normal", "deuteranopia", "protanopia"])
def test_series_colours_for_types_and_publishers_are_distinct(vision):
    from barometre.render.charts.style import series_colors

    colours = list(series_colors(["a", "b", "c", "d", "e"]).values())
    assert min(ciede2000(_lab(_rgb(a, vision)), _lab(_rgb(b, vision)))
               for a, b in itertools.combinations(colours, 2)) >= MIN_DE


def test_colorblind_colour_follows_the_platform_not_the_sort_order():
    a = platform_colors(["instagram", "facebook"], colorblind=True)
    b = platform_colors(["facebook", "instagram"], colorblind=True)
    assert a == b
