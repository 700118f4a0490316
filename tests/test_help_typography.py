"""French help keeps « » ; : ! ? with the word they belong to: the help's wrapping never
opens a line with « ; sans … » nor ends one on « (review of session 28: 66 such lines in the
commands' help), and what is printed holds the same words with plain spaces."""

import re

import pytest
from typer.testing import CliRunner

from barometre.cli.app import COMMANDS, app

#: a line of the help that opens on the punctuation French binds to the word before it, or
#: ends on the « that binds to the word after it
BROKEN = re.compile(r"^\s*[│|]?\s*[»;:!?](\s|$)|«\s*$", re.M)


def _help(*args, lang=""):
    r = CliRunner().invoke(app, [*args, "--help"], env={"BAROMETRE_LANG": lang, "COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    return r.output


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_french_help_never_breaks_a_line_at_bound_punctuation(command):
    out = _help(*([command] if command else []))
    assert not BROKEN.findall(out), [ln for ln in out.splitlines() if BROKEN.search(ln + "\n")]
    assert "\u00a0" not in out  # the no-break spaces are for the wrapping only


def test_french_help_says_the_same_words():
    """The report's docstring, its spaces unwrapped: word for word as before."""
    out = " ".join(_help("report").split())
    assert ("sans --type, le type compté est celui de toutes les entités lues, dit sur la "
            "sortie d'erreur (« type deviné : … ») ; un fichier qui en mêle plusieurs") in out


def test_english_help_unchanged_by_the_french_rule():
    out = _help("report", lang="en")
    assert "\u00a0" not in out
    assert "type counted is that of every entity read" in " ".join(out.split())


def test_chart_caption_never_opens_a_line_on_bound_punctuation():
    """A chart's caption wraps at its width in characters: « … la base ; sans … » cut there
    opened the next line on « ; » (and « « » ended one)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    from barometre.render.charts.style import _caption_width, caption

    fig = Figure(figsize=(8, 5))
    width = _caption_width(fig)
    words = ["Base : les entités du fichier", "; sans extrapolation", "« au moins un réseau »"]
    part = ""
    for w in words * 6:  # each bound space at some line's end, in turn
        part = (part + " " + w).strip()
    parts = [part, "x" * (width - 2) + " ; suite", "y" * (width - 2) + " « mot »"]
    caption(fig, parts)
    lines = fig._supxlabel.get_text().split("\n")
    assert not [ln for ln in lines if BROKEN.search(ln + "\n")], lines
    assert "\u00a0" not in fig._supxlabel.get_text()
    assert " ".join(" ".join(lines).split()) == " ".join(" ".join(parts).split())
