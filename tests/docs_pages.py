"""The project's documentation pages, for the tests that check what they say: README.md (a
newcomer's page), CHANGELOG.md and the reference in docs/*.md, where the README's long text
moved (docs/commands.md, docs/survey.md, docs/python.md...)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pages() -> list[Path]:
    """README.md, CHANGELOG.md and every docs/*.md."""
    return [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md"))]


def page(name: str) -> str:
    """One page's text, by its path from the repository's root ("docs/commands.md")."""
    return (ROOT / name).read_text(encoding="utf-8")


def all_docs() -> str:
    """Every page's text, one after the other: for a fact that may live on any of them."""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in pages())


#: the pages README.md's long text moved to (doc24), beside README.md and CHANGELOG.md
MOVED = ["docs/commands.md", "docs/survey.md", "docs/annuaire.md", "docs/python.md",
         "docs/figures.md"]


def readme_text() -> str:
    """What README.md said before doc24: README.md, CHANGELOG.md and the pages of MOVED."""
    return "\n\n".join(page(name) for name in ["README.md", "CHANGELOG.md", *MOVED])


def section(name: str, heading: str) -> str:
    """The text of a page under ``heading`` (its title without the #), up to the next heading
    of the same level or above, whitespace collapsed to single spaces (lines are wrapped)."""
    text = page(name)
    m = re.search(rf"^(#+) {re.escape(heading)}\n", text, flags=re.M)
    assert m, f"{name} has no heading {heading!r}"
    level = len(m.group(1))
    rest = text[m.end():]
    end = re.search(rf"^#{{1,{level}}} ", rest, flags=re.M)
    return " ".join(rest[:end.start() if end else None].split())


def console_blocks() -> list[tuple[str, str, str]]:
    """Every command shown with its output in a ```console block of README.md and docs/*.md:
    ``(page, command, output)``, the command the line after "$ " (``barometre …``), its output
    the lines after it up to the next "$ " line or the block's end, each line ending in a
    newline as the terminal printed it."""
    found = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for block in re.findall(r"^```console\n(.*?)^```$", path.read_text(encoding="utf-8"),
                                flags=re.M | re.S):
            for m in re.finditer(r"^\$ (.*)\n((?:(?!\$ ).*\n)*)", block, flags=re.M):
                found.append((str(path.relative_to(ROOT)), m.group(1), m.group(2)))
    return found
