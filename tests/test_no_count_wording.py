"""One wording for « present, follower count blank », the ranking's: « compte sans nombre
d'abonnés » ("account without a follower count"), in the benchmark text and chart alike;
« non renseigné » stays for no answer."""

from __future__ import annotations

import matplotlib
import pytest

import barometre as bm
from barometre import charts

matplotlib.use("Agg")

DEMO = bm.demo_file("enquete")
SAID = {"fr": "compte sans nombre d'abonnés", "en": "account without a follower count"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_benchmark_text(cli, lang):
    out = cli("benchmark", "--entity", "Lot", "--data", DEMO, "--lang", lang)
    assert out.exit_code == 0, out.output
    x = next(line for line in out.stdout.splitlines() if line.startswith("X ("))
    # s32: its peers' context follows, as on the line of an entity without an account
    assert x.startswith(("X (ex-Twitter) : " if lang == "fr" else "X (formerly Twitter): ")
                        + SAID[lang] + (" (77 pairs avec" if lang == "fr" else " (77 peers with"))
    assert "inconnu" not in out.stdout and "unknown" not in out.stdout


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_benchmark_chart(lang):
    survey = bm.read_survey(DEMO)
    b = bm.benchmark(survey, "46").set_index("platform")
    assert b.loc["x", "present"] is True or b.loc["x", "present"] == True  # noqa: E712
    assert b["followers"].isna()["x"]
    fig = charts.benchmark(survey, "Lot", lang=lang)
    fig.canvas.draw()
    said = {t.get_gid(): t for t in fig.axes[0].texts}
    label = said["absent:followers:x"]
    assert label.get_text() == SAID[lang]
    # drawn whole inside the figure
    box = label.get_window_extent()
    assert box.x0 >= 0 and box.x1 <= fig.bbox.x1
