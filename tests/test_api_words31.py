"""Session 31 (brief G): the Python API's words. A library call's messages name the Python
parameter and the platforms' labels; every ``attrs`` key the library sets is documented."""

from __future__ import annotations

import pytest

import barometre as bm

WAVES = [bm.demo_file("vague-2024"), bm.demo_file("vague-2025")]


@pytest.fixture(scope="module")
def waves():
    return bm.read_waves(WAVES)


@pytest.mark.parametrize("call", [
    lambda w: bm.wave_trend(w, platforms="mastodon"),
    lambda w: bm.changes(w, platforms="mastodon"),
    lambda w: bm.transitions(w, platforms="mastodon"),
    lambda w: bm.movers(w, platforms="mastodon"),
])
def test_wave_functions_name_platforms_by_label(waves, call):
    """« mastodon », the id, where adoption says « Mastodon »: now its label, and the
    platforms the waves hold."""
    with pytest.raises(bm.NoDataError) as err:
        call(waves)
    assert err.value.code == "waves-no-platform"
    assert str(err.value) == (
        "aucun des réseaux demandés n'est dans les vagues (Mastodon) ; réseaux des vagues : "
        "Facebook, X (ex-Twitter), Instagram, TikTok")
    assert err.value.render("en") == (
        "none of the requested platforms is in the waves (Mastodon); platforms of the waves: "
        "Facebook, X (formerly Twitter), Instagram, TikTok")
