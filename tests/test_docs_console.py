"""The commands README.md and docs/*.md show with their output (```console blocks) print
that output today: the README's example said « régions » where `compare` prints « régions
(carte d'avant 2016) » (ux25b)."""

from __future__ import annotations

import shlex

import pytest

from .docs_pages import console_blocks

BLOCKS = console_blocks()


def test_the_readme_shows_a_command_with_its_output():
    assert any(page == "README.md" and command.startswith("barometre compare ")
               for page, command, _ in BLOCKS)


@pytest.mark.parametrize("page, command, output", BLOCKS,
                         ids=[f"{p}:{c}" for p, c, _ in BLOCKS])
def test_console_block_is_what_the_command_prints(cli, page, command, output):
    args = shlex.split(command)
    assert args[0] == "barometre", f"{page}: {command!r} is not a barometre command"
    res = cli(*args[1:])
    assert res.exit_code == 0, res.output
    assert res.stdout == output, f"{page}: the output of {command!r} changed; paste it"
