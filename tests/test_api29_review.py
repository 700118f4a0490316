"""The Python API as a researcher meets it (review api29).

`lang=` was read as French unless exactly "en" (review api29): `write_report(…,
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


def test_adoption_says_the_platforms_asked_that_no_answer_reads():
    """`bm.adoption(s, platforms="mastodon")` gave an empty frame, and ["facebook",
    "mastodon"] dropped Mastodon unsaid (api29), where compare_survey and rank say it."""
    from barometre.domain.errors import NoDataError

    s = bm.read_survey(bm.demo_file("enquete"))
    with pytest.raises(NoDataError) as e:
        bm.adoption(s, platforms="mastodon")
    assert e.value.code == "survey-platforms-not-surveyed-all"
    assert str(e.value).startswith("Mastodon : non relevé dans le fichier d'enquête ; réseaux "
                                   "du fichier : Facebook, X (ex-Twitter)")
    a = bm.adoption(s, platforms=["facebook", "mastodon"])
    assert a["platform"].tolist() == ["facebook"]
    assert a.attrs["platforms_not_surveyed"] == ["mastodon"]
    assert "platforms_not_surveyed" not in bm.adoption(s, platforms="facebook").attrs
