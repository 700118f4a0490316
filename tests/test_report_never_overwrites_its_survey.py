"""`write_report(..., force=True)` overwrote the survey its figures came from (review api29):
``adoption.attrs["survey_file"]`` names the file, but only ``survey=``'s files were inputs,
and the refusal « output-holds-answers » itself said « passez force=True ». The figures' own
file is now an input, survey or not: never overwritten, force or not."""

from __future__ import annotations

import hashlib
import shutil

import pytest

import barometre as bm
from barometre.domain.errors import UsageError


def test_force_never_overwrites_the_figures_own_survey(tmp_path):
    path = tmp_path / "enquete.xlsx"
    shutil.copy(bm.demo_file("enquete"), path)
    before = hashlib.md5(path.read_bytes()).hexdigest()
    a = bm.adoption(bm.read_survey(path))
    assert a.attrs["survey_file"] == str(path)
    for force in (False, True):
        with pytest.raises(UsageError) as e:
            bm.write_report(path, a, force=force)
        assert e.value.code == "output-is-input"
    assert hashlib.md5(path.read_bytes()).hexdigest() == before
    assert len(bm.read_survey(path))  # still the survey
    # another path is written
    assert bm.write_report(tmp_path / "rapport.xlsx", a).exists()
