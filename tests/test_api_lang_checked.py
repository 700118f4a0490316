"""`lang=` was read as French unless exactly "en" (review api29): `write_report(…,
lang="EN")` wrote a French workbook, `charts.*(lang="de")` drew in French, while
`labelled` and `validate` refused "EN". Every public function taking ``lang`` now reads
it as ``--lang`` does: any case ("EN", "Fr"), another language refused, ``bad-lang``."""

from __future__ import annotations

import openpyxl
import pytest

import barometre as bm
from barometre.domain.errors import UsageError


def test_lang_in_any_case_and_another_refused(tmp_path):
    c = bm.compare("region", year=2015, source="ideose")
    fig = bm.charts.adoption(c, lang="EN")
    assert "Social media presence" in " ".join(t.get_text() for t in fig.texts)
    assert bm.labelled(c, lang="En")["type_label"].iloc[0] == "region"
    s = bm.read_survey(bm.demo_file("enquete"))
    out = bm.write_report(tmp_path / "r.xlsx", bm.adoption(s), survey=s, lang="EN")
    assert openpyxl.load_workbook(out).sheetnames[0] == "Summary"
    for call in (lambda: bm.charts.adoption(c, "de"),
                 lambda: bm.write_report(tmp_path / "r2.xlsx", bm.adoption(s), lang="de"),
                 lambda: bm.write_template(tmp_path / "t.xlsx", "region", lang="de"),
                 lambda: bm.labelled(c, lang="de")):
        with pytest.raises(UsageError) as e:
            call()
        assert e.value.code == "bad-lang"
    assert not (tmp_path / "r2.xlsx").exists() and not (tmp_path / "t.xlsx").exists()
