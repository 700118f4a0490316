"""Shared fixtures: paths to the shared research data and a CLI runner."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

# The property tests draw the same examples on every run (a CI run never fails on an example
# drawn for the first time, nor passes by luck); HYPOTHESIS_PROFILE=explore draws new ones
# (and remembers failures in .hypothesis/) when looking for bugs on purpose.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parents[1]
# the steering repo's shared/data: beside the main checkout, a level up from a worktree
SHARED = next((d / "shared" / "data" for d in ROOT.parents if (d / "shared" / "data").is_dir()),
              ROOT.parent / "shared" / "data")
FILES = Path(__file__).resolve().parent / "files"


@pytest.fixture(scope="session")
def annuaire_export(tmp_path_factory):
    """The generated Annuaire export (``tests/files/make_annuaire.py``, seed 17: communes,
    EPCI, départements and régions, état au 12/03/2026) and the counts it was made with,
    made once per worker; tests read it, none writes it."""
    import sys

    sys.path.insert(0, str(FILES))
    import make_annuaire

    out = tmp_path_factory.mktemp("annuaire") / "annuaire.json"
    return out, make_annuaire.make(out, communes=400, seed=17)


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


def two_years_file(tmp_path: Path, linkedin_skips: str | None = None) -> Path:
    """Départements: 2024 Facebook and LinkedIn counts for all; 2025 Facebook only, without
    the Gironde (33); LinkedIn answered nowhere in the région ``linkedin_skips`` in 2024."""
    from barometre import reference

    ents = reference.entities("departement")
    skip = set(ents.loc[ents["region"] == linkedin_skips, "code"]) if linkedin_skips else set()
    lines = ["Code département;Plateforme;Présent;Abonnés;Date"]
    for i, c in enumerate(ents["code"]):
        lines.append(f"{c};Facebook;Oui;{1000 + i};15/10/2024")
        if c not in skip:
            lines.append(f"{c};LinkedIn;Oui;{500 + i};15/10/2024")
        if c != "33":
            lines.append(f"{c};Facebook;Oui;{1100 + i};15/10/2025")
    f = tmp_path / "two.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def as_json(result) -> list[dict]:
    assert result.exit_code == 0, (result.output, getattr(result, "stderr", ""))
    return json.loads(result.stdout)


def write_epci_answers(path: Path, codes, facebook=lambda i: "Oui") -> Path:
    """A survey of the intercommunalités ``codes`` by SIREN: Facebook ``facebook(i)``,
    Instagram « Oui » on odd rows, one reading date (the files of the --within and
    chosen-by-place tests)."""
    path.write_text("SIREN;Facebook;Instagram;Date du relevé\n" + "".join(
        f"{c};{facebook(i)};{'Oui' if i % 2 else 'Non'};15/10/2025\n"
        for i, c in enumerate(codes)), encoding="utf-8")
    return path


def rewritten_xlsx(path: Path, out: Path, change) -> Path:
    """A copy of the workbook ``path`` at ``out``, each part's bytes passed through
    ``change(name, data)``: what no writer writes (a shared string stored as given, a
    value beside a formula, Strict Open XML's namespaces)."""
    import zipfile

    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, change(item.filename, src.read(item.filename)))
    return out


def down(x: float, digits: int) -> float:
    """A sure range's low bound as CSV/JSON write it: rounded down (render.tables.rounded)."""
    import math

    return math.floor(round(x * 10 ** digits, 6)) / 10 ** digits


def up(x: float, digits: int) -> float:
    """A sure range's high bound as CSV/JSON write it: rounded up."""
    import math

    return math.ceil(round(x * 10 ** digits, 6)) / 10 ** digits
