"""NO PANDAS ON THE CODED PATH (#19): ``read_coded`` on a large CSV (the columnar path, above
``FAST_CSV_BYTES``) and on a Parquet file reads without importing pandas.

Checked in a fresh interpreter: pandas is absent from ``sys.modules`` after reading, and
every ``import pandas`` run while reading is recorded with the barometre file that ran it
(pyarrow's own conversions import pandas too, from the line that called them), so that a
failure says where; that second check leaves out ``datasets/`` (the reference tables).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

import barometre
from barometre.survey import fastcsv

DEPS = [f"{i:02d}" for i in range(1, 96) if i != 20] + ["2A", "2B", "971", "972", "973",
                                                        "974", "976"]
PLATFORMS = ["Facebook", "Instagram", "X"]
_DAYS = 520  # days of readings in the large file

_PROBE = r"""
import builtins, sys
seen = []
_import = builtins.__import__
def _recording(name, globals=None, locals=None, fromlist=(), level=0):
    if name == "pandas" or name.startswith("pandas."):
        where = sys._getframe(1).f_code.co_filename
        if "barometre" in where and "/datasets/" not in where.replace("\\", "/"):
            seen.append(f"{where}:{sys._getframe(1).f_lineno}")
    return _import(name, globals, locals, fromlist, level)
builtins.__import__ = _recording
from barometre.survey.reader import read_coded
coded = read_coded(sys.argv[1], type=sys.argv[2] or None)
from barometre.analysis.survey import compare_survey_records
compare_survey_records(coded)  # the figures compare --data prints
print(len(coded), int(coded.present.sum()), "pandas" in sys.modules,
      "pyarrow.compute" in sys.modules, seen)
"""


def _read_in_fresh_interpreter(path: Path, type: str = "departement"
                               ) -> tuple[int, int, bool, list[str], bool]:
    env = dict(os.environ, PYTHONPATH=str(Path(barometre.__file__).parents[1]))
    out = subprocess.run([sys.executable, "-c", _PROBE, str(path), type], env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout
    n, present, loaded, kernels, seen = out.strip().split(" ", 4)
    return int(n), int(present), loaded == "True", eval(seen), kernels == "True"


def _rows(n_dates: int):
    """Département × platform × day: every reading distinct, one in three a "Non"."""
    day0 = dt.date(2020, 1, 1)
    for k in range(n_dates):
        day = (day0 + dt.timedelta(days=k)).strftime("%d/%m/%Y")
        for d in DEPS:
            for j, p in enumerate(PLATFORMS):
                yield d, p, "Non" if (k + j) % 3 == 0 else "Oui", str(100 + k), day


@pytest.fixture(scope="module")
def large_csv(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("nopandas") / "releves.csv"
    lines = ["code;plateforme;present;abonnes;date"]
    lines += [";".join(r) for r in _rows(_DAYS)]  # 158,760 readings, about 4.6 MB
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > fastcsv.FAST_CSV_BYTES  # the columnar path
    return path


@pytest.fixture(scope="module")
def small_parquet(tmp_path_factory) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(_rows(3))
    cols = list(zip(*rows))
    path = tmp_path_factory.mktemp("nopandas") / "releves.parquet"
    pq.write_table(pa.table({"code": list(cols[0]), "plateforme": list(cols[1]),
                             "present": list(cols[2]),
                             "abonnes": [int(v) for v in cols[3]], "date": list(cols[4])}),
                   path)
    return path


@pytest.fixture(scope="module")
def categorical_parquet(tmp_path_factory, small_parquet) -> Path:
    """The same readings with text stored as dictionaries (a pandas categorical written to
    Parquet is stored so)."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(small_parquet)
    for name in ("code", "plateforme", "present", "date"):
        i = table.schema.get_field_index(name)
        table = table.set_column(i, name, pc.dictionary_encode(table.column(name)))
    path = tmp_path_factory.mktemp("nopandas") / "releves-categories.parquet"
    pq.write_table(table, path)
    assert pa_is_dictionary(pq.read_schema(path).field("code").type)
    return path


def pa_is_dictionary(kind) -> bool:
    import pyarrow as pa

    return pa.types.is_dictionary(kind)


@pytest.mark.parametrize("which", ["large_csv", "small_parquet", "categorical_parquet"])
def test_no_pandas_import_from_the_reader(which, request):
    """No ``import pandas`` run by the reader's files (survey/, domain/) while reading."""
    path = request.getfixturevalue(which)
    n, present, _, seen, _ = _read_in_fresh_interpreter(path)
    expected = sum(1 for _ in _rows(_DAYS if which == "large_csv" else 3))
    assert n == expected
    assert present == sum(1 for r in _rows(_DAYS if which == "large_csv" else 3) if r[2] == "Oui")
    assert seen == []


@pytest.mark.parametrize("which", ["large_csv", "small_parquet", "categorical_parquet"])
@pytest.mark.parametrize("type", ["departement", ""])
def test_pandas_never_imported_on_the_coded_path(which, type, request):
    """NO PANDAS AT ALL, with the type given or guessed from the codes."""
    n, _, loaded, _, _ = _read_in_fresh_interpreter(request.getfixturevalue(which), type)
    assert n == sum(1 for _ in _rows(_DAYS if which == "large_csv" else 3))
    assert not loaded


@pytest.mark.parametrize("which", ["large_csv", "small_parquet", "categorical_parquet"])
def test_pyarrow_compute_never_imported_on_the_coded_path(which, request):
    """Arrow's kernels are called through ``barometre._arrow.compute``: importing
    ``pyarrow.compute`` (a wrapper per kernel) costs ~20 ms of every ``compare --data``."""
    *_, kernels = _read_in_fresh_interpreter(request.getfixturevalue(which))
    assert not kernels
