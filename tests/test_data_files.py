"""barometre._data reads the package's data files as importlib.resources does."""

from __future__ import annotations

from importlib import resources

import pytest

from barometre._data import data_bytes

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
