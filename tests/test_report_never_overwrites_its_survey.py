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


def test_a_survey_frame_of_text_dates_is_refused_clearly(tmp_path):
    """A survey frame round-tripped through CSV with read_csv(…, dtype={"code": str}), the
    fix survey-frame-text advises, gave a raw KeyError(Timestamp(…)) in write_report and
    « Error parsing datetime string » in rank (api29): its dates are text. Refused at the
    door, with the fix; parsed, the frame gives the same figures."""
    import pandas as pd

    s = bm.read_survey(bm.demo_file("releves"))
    s.to_csv(tmp_path / "t.csv", index=False)
    back = pd.read_csv(tmp_path / "t.csv", dtype={"code": str})
    for call in (lambda: bm.adoption(back), lambda: bm.rank(back, "facebook"),
                 lambda: bm.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=back)):
        with pytest.raises(UsageError) as e:
            call()
        assert e.value.code == "survey-frame-date"
        assert "parse_dates=['date']" in str(e.value)
    parsed = pd.read_csv(tmp_path / "t.csv", dtype={"code": str}, parse_dates=["date"])
    a, b = bm.adoption(s), bm.adoption(parsed)
    assert a[["platform", "n_present", "n_base"]].equals(b[["platform", "n_present", "n_base"]])
