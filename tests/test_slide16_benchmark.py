"""The benchmark chart on a slide (slide16): the per-1,000 panel readable despite one
peer near 330 per 1,000 (a log scale, as the followers' panel, nothing clipped), and a
caption that counts the peers not ranked instead of naming them and says the councils'
populations in one short sentence (the table, CSV and report keep the full detail)."""

from __future__ import annotations

import numpy as np
import pytest

import barometre as bm

NN = "\u202f"


@pytest.fixture(scope="module")
def demo():
    return bm.read_survey(bm.demo_file("enquete"))


def _offsets(ax, gid):
    return [c for c in ax.collections if c.get_gid() == gid][0].get_offsets()[:, 0]


def test_per_1000_panel_spreads_every_row_and_clips_nothing(demo):
    fig = bm.charts.benchmark(demo, "Finistère")
    ax = fig.axes[1]
    assert ax.get_xscale() == "log"
    assert ax.get_xlabel() == f"Abonnés pour 1{NN}000 habitants (échelle logarithmique)"
    lo, hi = ax.get_xlim()
    width = ax.get_window_extent().width

    def px(v):
        return ax.transData.transform(np.column_stack([v, np.zeros_like(v)]))[:, 0]

    # every dot inside the axis, the entity's included: none clipped nor moved
    for p in ("facebook", "x", "instagram", "linkedin", "youtube", "tiktok"):
        xs = _offsets(ax, f"peers:{p}")
        assert lo < xs.min() and xs.max() < hi, p
    for p in ("facebook", "linkedin", "youtube"):
        v = _offsets(ax, f"focus:{p}")[0]
        b = bm.benchmark(demo, "29").set_index("platform")
        assert v == pytest.approx(b.at[p, "followers_per_1000"]) and lo < v < hi
    # the small platforms' rows are spread over the panel, not crushed against 0 (they
    # held under 3 % of its width on the linear axis that ran to 500)
    for p in ("linkedin", "youtube", "tiktok"):
        x = px(_offsets(ax, f"peers:{p}"))
        assert (x.max() - x.min()) / width > 0.12, p
    # the entity's YouTube dot away from the axis' start
    assert (px(_offsets(ax, "focus:youtube"))[0] - px(np.array([lo]))[0]) / width > 0.05
    # its ticks read their values, with the decimals each needs
    fig.canvas.draw()
    ticks = [(t.get_loc(), t.label1.get_text()) for t in ax.xaxis.get_major_ticks()
             if lo <= t.get_loc() <= hi]
    assert len(ticks) >= 3
    for loc, label in ticks:
        assert float(label.replace(NN, "").replace(",", ".")) == pytest.approx(loc)
    en = bm.charts.benchmark(demo, "29", lang="en").axes[1]
    assert en.get_xlabel() == "Followers per 1,000 inhabitants (log scale)"


def test_caption_counts_the_peers_not_ranked_and_names_the_councils_shortly(demo):
    cap = bm.charts.benchmark(demo, "Finistère").get_supxlabel()
    one = cap.replace("\n", " ")
    assert ("Pairs non classés (sans réponse, sans compte, sans nombre d'abonnés ou sans relevé du réseau) : "
            "Facebook 17, X (ex-Twitter) 23, Instagram 21, LinkedIn 28, YouTube 38, TikTok 84.") in one
    assert "détail" not in one  # M37: a chart made alone names no sheet of a report
    assert ("Population du conseil, non du territoire, pour 2A, 2B (Collectivité de Corse), "
            "67 (Collectivité européenne d'Alsace), 69 (Département du Rhône).") in one
    # no peer named, no council's population in the caption: the table has them
    for gone in ("Cantal", "Corse-du-Sud", "Haut-Rhin", "478" + NN + "313", "territoire :"):
        assert gone not in one, gone
    assert cap.count("\n") + 1 <= 11  # it took 19 lines, half of the image
    en = bm.charts.benchmark(demo, "Finistère", lang="en").get_supxlabel().replace("\n", " ")
    assert ("Peers not ranked (no answer, no account, no follower count or no reading of the platform): Facebook 17, "
            "X (formerly Twitter) 23, Instagram 21, LinkedIn 28, YouTube 38, TikTok 84.") in en
    assert ("Population of the council, not of the territory, for 2A, 2B (Collectivité de "
            "Corse), 67 (Collectivité européenne d'Alsace), 69 (Département du Rhône).") in en


@pytest.mark.parametrize("platform, said", [
    ("youtube", "69 (Département du Rhône)"),
    ("linkedin", "67 (Collectivité européenne d'Alsace)"),
    ("instagram", "2B (Collectivité de Corse), 67 (Collectivité européenne d'Alsace), "
                  "69 (Département du Rhône)"),
])
def test_council_note_only_for_the_territories_drawn_per_1000(demo, platform, said):
    """Only the councils whose territory has a dot in the per-1,000 panel are named (on
    YouTube the Rhône alone: 2A, 2B, 67 and 68 have no count there)."""
    from barometre.analysis.peers import peer_group

    fig = bm.charts.benchmark(demo, "44", platforms=[platform])
    g = peer_group(demo, "44")
    drawn = set(g.loc[(g["platform"] == platform) & g["followers_per_1000"].notna(), "code"])
    assert len(_offsets(fig.axes[1], f"peers:{platform}")) == len(drawn - {"44"})
    cap = fig.get_supxlabel().replace("\n", " ")
    assert f"Population du conseil, non du territoire, pour {said}." in cap
    assert cap.count("Population du conseil") == 1


def test_table_and_csv_keep_the_full_detail(cli):
    demo = bm.demo_file("enquete")
    out = cli("benchmark", "--entity", "29", "--data", demo).stdout
    assert "Population du conseil, non du territoire : Corse-du-Sud (2A)" in out
    assert "sans réponse : Cantal, Jura, Val-d'Oise" in out


def test_ticks_stop_at_the_decade_that_holds_the_data(demo):
    """The range widened for the row labels (« compte sans nombre d'abonnés ») holds no
    data: no tick there (« 100 000 000 » beside counts of thousands)."""
    fig = bm.charts.benchmark(demo, "Finistère")
    for ax in fig.axes[:2]:
        data = np.concatenate([c.get_offsets()[:, 0] for c in ax.collections
                               if (c.get_gid() or "").startswith(("peers:", "entity:"))
                               and len(c.get_offsets())])
        top = 10 ** np.ceil(np.log10(np.nanmax(data)))
        ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
        assert ticks and max(ticks) <= top * (1 + 1e-9), (ax.get_xlabel(), ticks, top)
        assert ax.get_xlim()[1] > top  # the labels' room is still there, only unticked
