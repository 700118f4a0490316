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
