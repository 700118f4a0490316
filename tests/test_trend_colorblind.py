"""``chart trend --colorblind`` on published figures: each publisher in one of the five
colours that stay apart for colour-blind readers (those of the other chart kinds), and no
two publishers alike (beyond five colours: a dashed line and hollow points)."""

from __future__ import annotations

from matplotlib.colors import to_hex

import barometre as bm
from barometre.render.charts.style import series_palette

SAFE = {c.lower() for c in series_palette(colorblind=True)}


def _looks(fig) -> dict[str, tuple]:
    """Each publisher's look in the legend: (colour, line style, marker face)."""
    ax = fig.axes[-1]
    leg = ax.get_legend()
    out: dict[str, set] = {}
    for h, t in zip(leg.legend_handles, leg.get_texts()):
        pub = t.get_text().split(" (")[0].split(" — ")[0]
        out.setdefault(pub, set()).add((to_hex(h.get_color()), h.get_linestyle(),
                                        to_hex(h.get_markerfacecolor())))
    assert all(len(v) == 1 for v in out.values()), out  # one look per publisher
    return {p: v.pop() for p, v in out.items()}


def _drawn_colours(fig) -> set[str]:
    ax = fig.axes[0]
    lines = {to_hex(line.get_color()) for line in ax.lines if line.get_gid() == "series"}
    points = set()
    for c in ax.collections:
        if (c.get_gid() or "").startswith("points:"):
            points |= {to_hex(x) for x in c.get_facecolor()} | {to_hex(x) for x in c.get_edgecolor()}
    return lines | (points - {"#ffffff"})


def test_colorblind_trend_draws_every_publisher_in_the_safe_palette_none_alike():
    t = bm.trend("region", "facebook")  # six publishers, five safe colours
    fig = bm.charts.trend(t, colorblind=True)
    looks = _looks(fig)
    assert len(looks) == 6
    assert {c for c, _, _ in looks.values()} <= SAFE
    assert _drawn_colours(fig) <= SAFE and len(_drawn_colours(fig)) == 5
    assert len(set(looks.values())) == 6  # no two publishers alike
    # the sixth takes a colour again, dashed with hollow points; the five others solid
    solid = [p for p, (_, ls, face) in looks.items() if ls == "-" and face != "#ffffff"]
    assert len(solid) == 5 and len({looks[p][0] for p in solid}) == 5
    # the chart without --colorblind keeps its colours (one outside the safe five)
    assert not {c for c, _, _ in _looks(bm.charts.trend(t)).values()} <= SAFE


def test_colorblind_trend_of_five_publishers_gives_five_safe_colours():
    fig = bm.charts.trend(bm.trend("region", "x"), colorblind=True)
    looks = _looks(fig)
    assert len(looks) == 5 and {c for c, _, _ in looks.values()} == SAFE
    assert {ls for _, ls, _ in looks.values()} == {"-"}


def test_publisher_looks_are_deterministic_whatever_the_order():
    from barometre.render.charts.trend import publisher_styles

    pubs = ["OTeN", "Adverbia", "Informer autrement", "Institut Edgar Quinet", "Ideose",
            "Observatoire socialmedia des territoires / Cap'Com"]
    assert publisher_styles(pubs, True) == publisher_styles(pubs[::-1], True)
    a = bm.charts.trend(bm.trend("region", "facebook"), colorblind=True)
    b = bm.charts.trend(bm.trend("region", "facebook"), colorblind=True)
    assert _looks(a) == _looks(b)
