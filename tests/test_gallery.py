"""The committed chart gallery (docs/gallery/) is what scripts/gallery.py draws today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GALLERY = ROOT / "docs" / "gallery"


def _script():
    spec = importlib.util.spec_from_file_location("gallery", ROOT / "scripts" / "gallery.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gallery_is_linked_from_the_readme_and_lists_every_image():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/gallery/README.md" in readme
    index = (GALLERY / "README.md").read_text(encoding="utf-8")
    pngs = sorted(p.name for p in GALLERY.glob("*.png"))
    assert pngs and all(f"({name})" in index for name in pngs)
    kinds = {name.split("-")[0] for name in pngs}
    from barometre.cli.outputs import ChartKind

    assert kinds == {k.value for k in ChartKind}  # every kind `chart` draws (changes too)
    assert all(p.stat().st_size < 200_000 for p in GALLERY.glob("*.png"))  # small


def test_gallery_is_up_to_date(tmp_path):
    gallery = _script()
    pinned = (GALLERY / "VERSIONS.txt").read_text(encoding="utf-8")
    if gallery.versions() != pinned:
        pytest.skip("gallery drawn with other versions (" + pinned.replace("\n", " ").strip()
                    + "); here: " + gallery.versions().replace("\n", " ").strip()
                    + " — rendering differs by design, run scripts/gallery.py to refresh")
    fresh = gallery.render(tmp_path)
    assert sorted(p.name for p in fresh) == sorted(p.name for p in GALLERY.glob("*.png"))
    stale = [p.name for p in fresh if p.read_bytes() != (GALLERY / p.name).read_bytes()]
    assert stale == [], "run python scripts/gallery.py and commit docs/gallery/"
    assert (tmp_path / "README.md").read_text() == (GALLERY / "README.md").read_text()


def test_every_gallery_command_draws_its_chart(tmp_path, monkeypatch):
    """docs/gallery/README.md shows, under each chart, the command that draws it (review
    rev28e: « chart ranking … --entity 44 » without --data, « --data enquete-departements
    (demo) »: none could run). Each is run as written, from the repository's root, and
    draws a chart byte-identical to the gallery's when the versions match."""
    import re
    import shlex

    from typer.testing import CliRunner

    from barometre.cli.app import app

    gallery = _script()
    same = gallery.versions() == (GALLERY / "VERSIONS.txt").read_text(encoding="utf-8")
    commands = re.findall(r"^`barometre (.+) -o (\S+\.png)`$",
                          (GALLERY / "README.md").read_text(encoding="utf-8"), re.M)
    assert len(commands) == len(list(GALLERY.glob("*.png")))
    monkeypatch.chdir(ROOT)
    for args, png in commands:
        out = tmp_path / png
        res = CliRunner().invoke(app, [*shlex.split(args), "-o", str(out)],
                                 env={"BAROMETRE_LANG": "", "SOURCE_DATE_EPOCH": ""})
        assert res.exit_code == 0, (args, res.output)
        if same:  # (a bool, not the bytes: pytest's diff of two PNGs runs for many minutes)
            identical = out.read_bytes() == (GALLERY / png).read_bytes()
            assert identical, f"{args}: run python scripts/gallery.py and commit docs/gallery/"
