"""barometre._data reads the package's data files as importlib.resources does."""

from __future__ import annotations

from importlib import resources

import pytest

from barometre._data import data_bytes

from .conftest import ROOT

_FILES = [("reference", p.name) for p in resources.files("barometre").joinpath(
    "data", "reference").iterdir() if p.is_file()]
_FILES += [("published", p.name) for p in resources.files("barometre").joinpath(
    "data", "published").iterdir() if p.is_file()]


@pytest.mark.parametrize("parts", _FILES, ids=["/".join(p) for p in _FILES])
def test_data_bytes_are_the_packaged_files(parts):
    assert data_bytes(*parts) == resources.files("barometre").joinpath("data", *parts).read_bytes()


def test_a_missing_data_file_is_said_missing():
    with pytest.raises(FileNotFoundError):
        data_bytes("reference", "no-such-file.csv")


def test_the_packaged_demo_files_are_the_repositorys():
    """``barometre.demo_file`` (docstring examples, notebooks, an installed package) reads the
    same bytes as ``data/demo/`` (the README's commands): scripts/make_demo_data.py writes both."""
    import barometre as bm
    from barometre.datasets.demo import DEMO_FILES

    for name, file in DEMO_FILES.items():
        packaged = bm.demo_file(name)
        assert packaged.name == file and packaged.parent.parent.name == "data"
        assert packaged.read_bytes() == (ROOT / "data" / "demo" / file).read_bytes(), file
    assert sorted(DEMO_FILES.values()) == sorted(p.name for p in (ROOT / "data" / "demo").iterdir())
