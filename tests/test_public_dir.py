"""Tab completion in Jupyter (``dir()``) lists a public module's own names, not its imports."""

from __future__ import annotations

import pytest

import barometre as bm


@pytest.mark.parametrize("name, has, hidden", [
    ("published", {"sources", "adoption", "citations"},
     {"csv", "functools", "io", "TYPE_CHECKING", "annotations", "wilson_interval"}),
    ("registry", {"find_platform", "find_type", "PLATFORMS", "Platform"},
     {"difflib", "dataclass", "field", "Iterable", "Msg", "UsageError"}),
    ("reference", {"entities", "communes", "resolve", "INSEE_BANDS"},
     {"csv", "gzip", "functools", "Callable", "TYPE_CHECKING"}),
])
def test_dir_lists_own_names(name, has, hidden):
    module = getattr(bm, name)
    listed = set(dir(module))
    assert has <= listed
    assert not (hidden & listed)
    assert all(hasattr(module, n) for n in listed)
    assert set(getattr(module, "__all__", ())) <= listed
