"""The benchmark's synthetic files say inside that they are fictitious, as the demo files
do (rvdata20 finding 7): is_fictitious() reads the marker line, never the name, so a
report or chart made from them is labelled. Checked on a small frame written as
make_data.py writes its files (the benchmarks themselves are not run here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

import barometre as bm
from barometre.survey.marker import is_fictitious

ROOT = Path(__file__).resolve().parents[1]


def _make_data():
    spec = importlib.util.spec_from_file_location("make_data", ROOT / "benchmarks" / "make_data.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"code": ["44109", "35238"], "plateforme": ["Facebook", "Facebook"],
                         "present": ["Oui", "Non"],
                         "abonnes": pd.array([1200, None], dtype="Int64"),
                         "date": ["15/10/2025", "15/10/2025"]})


def test_make_data_files_are_marked_and_read(tmp_path):
    mod = _make_data()
    for name in ("communes-long-synthetique.csv", "communes-long-mauvaises-cellules.csv"):
        f = tmp_path / name
        mod.write_labelled(_frame(), f, mod.LABEL.format(seed=42))
        assert is_fictitious(f)
        assert mod.label_lines(f) == 1
        # the reference readers skip the marker line and find the header
        assert list(pd.read_csv(f, sep=";", dtype=str, skiprows=mod.label_lines(f)).columns) == [
            "code", "plateforme", "present", "abonnes", "date"]
        s = bm.read_survey(f, type="commune")
        assert s.attrs["fictitious"] and len(s) == 2


def test_a_cut_keeps_its_sources_label(tmp_path):
    mod = _make_data()
    src = tmp_path / "communes-long-synthetique.csv"
    mod.write_labelled(_frame(), src, mod.LABEL.format(seed=7))
    cut = tmp_path / "communes-2025-synthetique.csv"
    mod.write_labelled(_frame(), cut, mod.label_of(src))
    assert is_fictitious(cut) and "(graine 7)" in cut.read_text(encoding="utf-8").splitlines()[0]
    plain = tmp_path / "old.csv"  # a file made before the marker: no line skipped
    _frame().to_csv(plain, sep=";", index=False)
    assert mod.label_lines(plain) == 0 and not is_fictitious(plain)


def test_the_parquet_twin_is_marked_in_its_metadata(tmp_path, cli):
    """A Parquet file has no first line: the marker is a key of its metadata, read by
    is_fictitious, on the small-file reader and on compare's columnar path alike."""
    mod = _make_data()
    f = tmp_path / "communes-long-synthetique.parquet"
    mod.write_parquet_labelled(_frame(), f, mod.LABEL.format(seed=42))
    assert is_fictitious(f)
    assert bm.read_survey(f, type="commune").attrs["fictitious"]
    res = cli("compare", "--data", str(f), "--type", "commune")
    assert res.exit_code == 0, res.output
    assert "fictives" in res.output.lower()
    plain = tmp_path / "plain.parquet"  # the same frame without the key: a real survey
    _frame().to_parquet(plain, index=False)
    assert not is_fictitious(plain)
    assert "fictives" not in cli("compare", "--data", str(plain), "--type", "commune").output.lower()
