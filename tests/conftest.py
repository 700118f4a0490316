"""Shared fixtures: paths to the shared research data and a CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
FILES = Path(__file__).resolve().parent / "files"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner):
    """Run the CLI and return the result (stdout and stderr kept apart)."""
    from barometre.cli.app import app

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args])

    return run


def as_json(result) -> list[dict]:
    assert result.exit_code == 0, (result.output, getattr(result, "stderr", ""))
    return json.loads(result.stdout)
