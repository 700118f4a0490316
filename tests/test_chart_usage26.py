"""`barometre chart --help`: its usage line never cuts a kind's name (fmt26).

The argument's metavar was « {kind}:<adoption|trend|heatmap|benchmark|ranking|scatter|changes> »,
one word longer than a narrow terminal: the usage line cut it mid-name (« heatm » / « ap »).
"""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from barometre.cli.app import app
from barometre.cli.outputs import ChartKind

KINDS = [k.value for k in ChartKind]


@pytest.mark.parametrize("lang", ["", "en"])
@pytest.mark.parametrize("columns", ["80", "60"])
def test_chart_usage_cuts_no_kind_name(columns, lang):
    out = CliRunner().invoke(app, ["chart", "--help"],
                             env={"BAROMETRE_LANG": lang, "COLUMNS": columns}).output
    usage = out.split("\n\n")[0]  # the usage line, however it wraps
    assert usage.startswith(("Utilisation :", "Usage:")) and "{kind}" in usage, usage
    words = set(re.findall(r"[a-z]+", out))
    for kind in KINDS:  # each kind whole, as a word of the help (the argument's text)
        assert kind in words, (kind, out)
    # no piece of a kind's name stands alone as a word of the usage (« heatm », « ap »)
    cut = {w for w in re.findall(r"[a-z]+", usage) for k in KINDS
           if w != k and len(w) > 1 and (k.startswith(w) or k.endswith(w))}
    assert not cut, (cut, usage)
    for line in usage.splitlines():
        assert len(line.rstrip()) <= int(columns), line


def test_chart_arguments_list_the_kinds():
    out = CliRunner().invoke(app, ["chart", "--help"], env={"BAROMETRE_LANG": "", "COLUMNS": "80"}).output
    block = " ".join(out.split("Arguments:")[1].split("Options:")[0].split())
    assert block.startswith("kind adoption, trend, heatmap, benchmark, ranking, scatter ou changes."), block
