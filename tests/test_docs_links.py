"""The documentation holds together: every relative link and #anchor of README.md,
CHANGELOG.md and docs/*.md resolves (GitHub's anchors), the README stays a short page whose
command table links each command to its section of docs/commands.md (doc24: the README's
1,609 lines were split into the reference pages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from barometre.cli.app import COMMANDS

from .docs_pages import ROOT, page, pages, section

FENCE = re.compile(r"^```.*?^```[^\n]*$", flags=re.M | re.S)
LINK = re.compile(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)\)")


def slug(heading: str) -> str:
    """GitHub's anchor of a heading: its text without markup, lowercase, every character
    but letters (accented ones kept), digits, '-', '_' and spaces dropped, spaces → '-'."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link: its text
    text = text.replace("`", "").replace("*", "").strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """The anchors of a Markdown file's headings (outside code blocks), with GitHub's
    suffixes for a repeated one (-1, -2…)."""
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    found = set()
    for heading in re.findall(r"^#{1,6} +(.+?) *#*$", text, flags=re.M):
        base = slug(heading)
        n = seen.get(base, 0)
        found.add(base if n == 0 else f"{base}-{n}")
        seen[base] = n + 1
    return found


def links(path: Path) -> list[str]:
    """The targets of a page's links and images, outside code blocks and code spans."""
    text = FENCE.sub("", path.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)
    return LINK.findall(text)


def test_slug_follows_github():
    assert slug("How a survey's intervals are computed") == "how-a-surveys-intervals-are-computed"
    assert slug("Départements: territories and councils") == "départements-territories-and-councils"
    assert slug('How "au moins un réseau" is counted') == "how-au-moins-un-réseau-is-counted"
    assert slug("compare --data") == "compare---data"
    assert slug("In Python / Jupyter") == "in-python--jupyter"
    assert slug("snake_case `code`") == "snake_case-code"


@pytest.mark.parametrize("path", pages(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_and_anchor_resolves(path):
    broken = []
    for target in links(path):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:: not ours to check
            continue
        file, _, anchor = target.partition("#")
        dest = (path.parent / file).resolve() if file else path
        if not dest.exists():
            broken.append(f"{target}: no {dest.relative_to(ROOT) if dest.is_relative_to(ROOT) else dest}")
        elif anchor and (dest.suffix != ".md" or anchor not in anchors(dest)):
            broken.append(f"{target}: no heading #{anchor} in {dest.name}")
    assert not broken, f"{path.relative_to(ROOT)}: " + "; ".join(broken)


def test_readme_is_short_and_links_every_command_to_its_section():
    readme = page("README.md")
    assert len(readme.splitlines()) <= 300
    sections = anchors(ROOT / "docs" / "commands.md")
    rows = re.findall(r"^\| `barometre ([a-z]+)([^`]*)` \| (.*) \|$", readme, flags=re.M)
    assert [name for name, _, _ in rows if name in COMMANDS]  # the table is there
    for name, synopsis, cell in rows:
        target = name + ("---data" if name in ("compare", "trend") and synopsis.startswith(" --data")
                         else "")
        assert f"(docs/commands.md#{target})" in cell, f"{name}{synopsis}: no link to its section"
        assert target in sections
        words = re.sub(r"\(\[more\]\([^)]*\)\)", "", cell).split()
        assert len(words) <= 25, f"{name}: {len(words)} words in README's table"
    assert {name for name, _, _ in rows} == set(COMMANDS)
    for name in COMMANDS:  # each command's whole text lives in docs/commands.md
        assert name in sections


def test_readme_indexes_every_docs_page():
    readme = page("README.md")
    for path in sorted((ROOT / "docs").glob("*.md")):
        assert f"(docs/{path.name})" in readme, f"README's Documentation lacks docs/{path.name}"
    assert "(CHANGELOG.md)" in readme


def test_a_help_text_names_a_page_and_section_that_exist():
    """A help text that sends the user to the documentation names the page and section that
    say it (ref25: --format's « voir le README » for Excel, whose text moved to
    docs/commands.md's Output formats in doc24), in French and in English."""
    from barometre.messages.help import MESSAGES

    named = [(m.group(1), m.group(2)) for fr_en in MESSAGES.values() for text in fr_en
             for m in re.finditer(r"(docs/[\w-]+\.md) \(([^)]+)\)", text)]
    assert ("docs/commands.md", "Output formats") in named
    for file, heading in named:
        assert slug(heading) in anchors(ROOT / file), f"{file}: no heading {heading}"
    assert not [text for fr_en in MESSAGES.values() for text in fr_en if "README" in text]
    assert "To read it in Excel" in section("docs/commands.md", "Output formats")
