"""Every public docstring example runs as a user pastes it after ``import barometre as bm``.

pytest's ``--doctest-modules`` runs an example with its module's globals, so an example
calling ``wilson_interval(...)`` passed there while ``help(bm.published.wilson_interval)``
showed a line that raises NameError in a notebook. Here each example runs in a namespace
holding only ``bm`` (plus the imports the example itself shows), in an empty folder.
"""

from __future__ import annotations

import doctest
import importlib
import inspect
import re

import pytest

import barometre as bm

from .docs_pages import readme_text


def _in_barometre(obj: object) -> bool:
    return (getattr(obj, "__module__", None) or "").startswith("barometre")




def _readme_paths() -> list[str]:
    """The functions README points Python users to by their module path:
    ``barometre.analysis.stats.wilson_interval``, ``from barometre.analysis.survey import
    survey_design``..."""
    text = readme_text()  # README.md and the pages its text moved to
    dotted = re.findall(r"`(barometre(?:\.\w+){2,})`", text)
    imported = [f"{m}.{n}" for m, n in
                re.findall(r"from (barometre(?:\.\w+)+) import (\w+)", text)]
    return sorted(set(dotted + imported))


def _resolve(path: str) -> object:
    module, _, attr = path.rpartition(".")
    return getattr(importlib.import_module(module), attr)


def _public_objects() -> list[tuple[str, object]]:
    """``bm``, what ``bm.__all__`` names, the public members of its modules (``bm.reference``,
    ``bm.published``, ``bm.charts``, ``bm.registry``), the public methods of the classes, and
    the functions README names by their module path."""
    found: list[tuple[str, object]] = []
    seen: set[int] = set()

    def add(name: str, obj: object) -> None:
        if id(obj) in seen:
            return
        seen.add(id(obj))
        found.append((name, obj))
        if inspect.isclass(obj):
            for attr, value in vars(obj).items():
                if attr.startswith("_"):
                    continue
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if isinstance(value, property):
                    value = value.fget
                if callable(value) and _in_barometre(value):
                    add(f"{name}.{attr}", value)

    add("bm", bm)
    for name in bm.__all__:
        if name == "__version__":
            continue
        obj = getattr(bm, name)
        add(f"bm.{name}", obj)
        if inspect.ismodule(obj):
            for attr in dir(obj):
                value = getattr(obj, attr)
                if attr.startswith("_") or inspect.ismodule(value):
                    continue
                if callable(value) and _in_barometre(value):
                    add(f"bm.{name}.{attr}", value)
    for path in _readme_paths():
        add(path, _resolve(path))
    return found


def _examples() -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder(recurse=False)
    tests = []
    for name, obj in _public_objects():
        for t in finder.find(obj, name, globs={}):
            if t.examples:
                tests.append(t)
    return tests


EXAMPLES = _examples()


def test_the_public_surface_has_examples():
    names = {t.name for t in EXAMPLES}
    assert len(EXAMPLES) > 50  # docstrings with examples
    # wilson_interval by its home (README's path): bm.published no longer lists its imports
    assert {"bm", "barometre.analysis.stats.wilson_interval", "bm.reference.name_key",
            "bm.published.sources", "bm.published.adoption",
            "barometre.analysis.survey.survey_design"} <= names


def test_readme_module_paths_exist():
    """Each module path README gives a Python user imports (no ``bm.survey_design``)."""
    paths = _readme_paths()
    assert {"barometre.analysis.survey.survey_design", "barometre.analysis.survey.band_design",
            "barometre.analysis.survey.narrower_type",
            "barometre.analysis.stats.wilson_interval"} <= set(paths)
    for path in paths:
        assert callable(_resolve(path)), path


@pytest.mark.parametrize("test", EXAMPLES, ids=[t.name for t in EXAMPLES])
def test_example_runs_after_import_barometre_as_bm(test, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    test.globs = {"bm": bm}
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    result = runner.run(test, out=report.append, clear_globs=True)
    assert result.failed == 0, "".join(report)


def _parameters_section(doc: str) -> set[str]:
    """The names a numpydoc ``Parameters`` section documents ("old, new : str" gives two)."""
    m = re.search(r"^Parameters\n-+\n(.*?)(?=^\w[\w ]*\n-+\n|\Z)", doc, re.S | re.M)
    if not m:
        return set()
    return {n.strip() for line in m.group(1).splitlines() if line and not line[0].isspace()
            for n in line.split(" :")[0].split(",")}


def _api_functions() -> list[tuple[str, object]]:
    """The functions of ``bm`` and ``bm.charts``: what a notebook calls."""
    out = [(f"bm.{n}", getattr(bm, n)) for n in bm.__all__ if n != "__version__"]
    out += [(f"bm.charts.{n}", getattr(bm.charts, n)) for n in bm.charts.__all__]
    return [(n, f) for n, f in out if inspect.isfunction(f)]


@pytest.mark.parametrize("name, func", _api_functions(), ids=[n for n, _ in _api_functions()])
def test_api_function_documents_every_parameter(name, func):
    params = [p.name for p in inspect.signature(func).parameters.values()
              if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    documented = _parameters_section(inspect.getdoc(func) or "")
    assert not params or documented, f"{name}: no Parameters section"
    assert [p for p in params if p not in documented] == [], name


def test_public_docstrings_point_to_no_private_name():
    """bm.adoption's help sent the reader to ``_design_figures``, which help() cannot show."""
    private = re.compile(r":\w+:`~?(?:[\w.]*\.)?_\w+`")
    found = {name: private.findall(inspect.getdoc(obj) or "") for name, obj in _public_objects()}
    assert {n: hits for n, hits in found.items() if hits} == {}
