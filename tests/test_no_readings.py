"""A survey whose every row was left out for errors (``errors="skip"``): comparing it says
that there is no reading to count and why, not that the file holds no entity of its type."""

import pytest

import barometre as bm
from barometre.analysis.survey import adoption, compare_survey
from barometre.domain.errors import NoDataError
from barometre.survey.reader import read_coded


@pytest.fixture
def all_bad(tmp_path):
    path = tmp_path / "enquete.csv"
    path.write_text("code;plateforme;present;abonnes;date\n01;Facebook;Oui;-4;15/10/2025\n"
                    "02;X;peut-être;;15/10/2025\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("read", [bm.read_survey, read_coded])
@pytest.mark.parametrize("type", [None, "departement"])
def test_every_row_left_out_for_errors_is_said(all_bad, read, type):
    survey = read(all_bad, errors="skip")
    assert len(survey) == 0
    with pytest.raises(NoDataError) as err:
        compare_survey(survey, type)
    assert err.value.code == "survey-no-readings"
    file = str(all_bad)
    assert err.value.render("fr") == (
        f"{file} : aucun relevé à compter : chaque ligne a été écartée pour une erreur "
        f"(2 erreurs ; voir « barometre validate {file} »)")
    assert err.value.render("en") == (
        f"{file}: no reading to count: every row was left out for an error "
        f"(2 errors; see “barometre validate {file}”)")


def test_an_empty_table_of_readings_is_said(all_bad, tmp_path):
    path = tmp_path / "ok.csv"
    path.write_text("code;plateforme;present\n01;Facebook;Oui\n", encoding="utf-8")
    survey = bm.read_survey(path)
    with pytest.raises(NoDataError) as err:
        adoption(survey[survey["platform"] == "tiktok"])  # filtered by the caller
    assert err.value.code == "survey-empty"
    assert err.value.render("en") == "no reading to count: the table of readings is empty"


@pytest.mark.parametrize("read", [bm.read_survey, read_coded])
def test_the_number_of_errors_is_exact_past_the_reader_cap(tmp_path, read):
    """1,500 rows in error: the reader keeps 1,000 and counts the rest; the message says
    1,500 (it said 1001), grouped as the language writes it."""
    path = tmp_path / "beaucoup.csv"
    path.write_text("code;plateforme;present\n" + "".join(
        f"99{i:03d};Facebook;Oui\n" for i in range(1500)), encoding="utf-8")
    survey = read(path, type="commune", errors="skip")
    with pytest.raises(NoDataError) as err:
        compare_survey(survey, "commune")
    assert "(1\u202f500 erreurs ;" in err.value.render("fr")
    assert "(1,500 errors;" in err.value.render("en")
