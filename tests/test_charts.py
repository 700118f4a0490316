"""Charts: content of the figures, reproducible bytes, CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

import barometre as bm
from barometre.render import charts

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"


def texts(fig) -> list[str]:
    out = []
    for ax in fig.axes:
        out += [t.get_text() for t in ax.texts]
    return out


def caption(fig) -> str:
    return fig._supxlabel.get_text().replace("\n", " ")


def test_adoption_chart_draws_the_six_ideose_shares():
    df = bm.compare("region", year=2015, source="ideose", vs=["departement", "ville_prefecture"])
    fig = charts.adoption(df)
    ax = fig.axes[0]
    bars = [p for p in ax.patches if (p.get_gid() or "").startswith("bar:")]
    assert len(bars) == 6
    heights = sorted(round(p.get_height(), 2) for p in bars)
    assert heights == [0.47, 0.48, 0.54, 0.66, 0.85, 0.96]
    labels = texts(fig)
    for v in ("96", "85", "66", "48", "54", "47"):
        assert f"{v}\u202f%" in labels
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks[2] == "villes préfectures\n(n = 101)" and "n inconnu" in ticks[0]
    cap = caption(fig)
    assert cap.startswith("Source : Ideose, octobre 2015") and "base : 101 villes préfectures" in cap
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Facebook", "X (ex-Twitter)"]
    # Ideose 2015 is a census of every région, département and ville préfecture: no
    # sampling error, so no error bar at all
    assert len(ax.collections) == 0


def test_adoption_chart_english():
    fig = charts.adoption(bm.compare("region", year=2015, source="ideose"), lang="en")
    assert "96%" in texts(fig)
    assert caption(fig).startswith("Source: Ideose, October 2015")


@pytest.mark.parametrize("ext", ["png", "svg", "pdf"])
def test_same_command_twice_gives_identical_bytes(cli, tmp_path, ext):
    out1, out2 = tmp_path / f"a/one.{ext}", tmp_path / f"b/two.{ext}"
    args = ["chart", "adoption", "--type", "region", "--year", "2015", "--source", "ideose"]
    assert cli(*args, "-o", out1).exit_code == 0
    assert cli(*args, "-o", out2).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()
    assert out1.stat().st_size > 5000
    magic = {"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF"}[ext]
    assert out1.read_bytes().startswith(magic)
    assert list(tmp_path.glob("**/*.tmp*")) == []


def test_trend_chart_draws_every_year_of_trend():
    t = bm.trend("region", "facebook")
    fig = charts.trend(t)
    ax = fig.axes[0]
    points = {g.split(":")[1] for l in ax.lines if (g := l.get_gid() or "").startswith("point:")}
    assert points == {str(y) for y in t["year"]}
    assert [tk.get_text() for tk in ax.get_xticklabels()] == [str(y) for y in sorted(set(t["year"]))]
    gids = [l.get_gid() for l in ax.lines]
    assert "segment:break" in gids  # sources change along the way


def test_trend_cli_svg(cli, tmp_path):
    out = tmp_path / "trend.svg"
    assert cli("chart", "trend", "--type", "region", "--platform", "facebook", "-o", out).exit_code == 0
    assert out.read_text().count("<svg") == 1


def test_heatmap_cells():
    fig = charts.heatmap(bm.compare("region", year=2015, source="ideose"))
    cells = [t for t in fig.axes[0].texts if (t.get_gid() or "").startswith("cell:")]
    # "ensemble" reports Facebook only: another platform set, left out of the default
    assert len(cells) == 6 and any(t.get_text() == "96\u202f%" for t in cells)


def test_benchmark_chart_highlights_entity():
    s = bm.read_survey(DEMO)
    fig = charts.benchmark(s, "Loire-Atlantique")
    b = bm.benchmark(s, "44").set_index("platform")
    left = fig.axes[0]
    focus = [c for c in left.collections if (c.get_gid() or "").startswith("focus:")]
    assert {c.get_gid().split(":")[1] for c in focus} == set(b.index[b["followers"].notna()])
    ranks = {t.get_gid(): t.get_text() for t in left.texts}
    assert ranks["rank:followers:facebook"] == f"{b.loc['facebook', 'rank']}e sur {b.loc['facebook', 'n_peers']}".replace("1e ", "1er ")
    assert "données fictives" in caption(fig)
    assert "Loire-Atlantique" in fig._suptitle.get_text()


def test_ranking_chart_adds_focus_outside_top():
    s = bm.read_survey(DEMO)
    r = bm.rank(s, "facebook")
    low = r.iloc[-1]
    fig = charts.ranking(r, focus=low["code"], top=5)
    bars = [p.get_gid() for p in fig.axes[0].patches]
    assert len(bars) == 6 and bars[-1] == f"bar:{low['code']}:focus"
    assert [p.get_gid() for p in fig.axes[0].patches][:5] == [f"bar:{c}" for c in r["code"][:5]]


def test_scatter_chart(cli, tmp_path):
    s = bm.read_survey(DEMO)
    fig = charts.scatter(s, "facebook", focus="44")
    ax = fig.axes[0]
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    assert [t.get_text() for t in ax.texts] == ["Loire-Atlantique"]
    out = tmp_path / "s.pdf"
    res = cli("chart", "scatter", "-p", "facebook", "--data", DEMO, "--entity", "44", "-o", out)
    assert res.exit_code == 0 and out.read_bytes().startswith(b"%PDF")


def test_chart_errors(cli, tmp_path):
    res = cli("chart", "benchmark", "-o", tmp_path / "x.png")
    assert res.exit_code == 2 and "--data" in res.stderr
    res = cli("chart", "adoption", "--type", "region", "-o", tmp_path / "x.gif")
    assert res.exit_code == 2 and ".gif" in res.stderr
    res = cli("chart", "adoption", "--type", "region", "--size", "huge", "-o", tmp_path / "x.png")
    assert res.exit_code == 2


def test_figure_displays_inline():
    fig = charts.adoption(bm.compare("region", year=2015, source="ideose"))
    assert fig._repr_png_().startswith(b"\x89PNG")


def test_fictitious_data_is_labelled_on_every_chart():
    s = bm.read_survey(DEMO)
    figs = [charts.adoption(bm.adoption(s)), charts.ranking(bm.rank(s, "facebook")),
            charts.scatter(s, "facebook"), charts.benchmark(s, "44")]
    for fig in figs:
        assert "données fictives" in caption(fig)
