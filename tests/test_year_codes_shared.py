"""The years' codes are made once by the reader and shared with the counting (#19)."""

from __future__ import annotations

import numpy as np
import pytest

from barometre.analysis.grouping import year_codes
from barometre.survey.rules import years_problem


@pytest.mark.parametrize("years", [
    [2019.0, np.nan, 2021.0, 2019.0, 2025.0],
    [2024.0, 2024.0],
    [np.nan, np.nan],
    [],
    [1999.0, 2100.0, np.nan, 2100.0],
    [2020.0, 1850.0, 2024.0],  # a span past year_codes' arithmetic range: factorized
])
def test_years_problem_from_codes_says_what_it_says_from_floats(years):
    years = np.array(years, dtype=float)
    plain, coded = years_problem(years), years_problem(years, year_codes(years))
    assert (plain is None) == (coded is None)
    if plain is not None:
        assert plain.message == coded.message and plain.severity == coded.severity


def test_the_reader_hands_its_year_codes_to_the_counting(tmp_path):
    from barometre.survey.reader import read_coded

    f = tmp_path / "s.csv"
    f.write_text("code;plateforme;present;date\n01001;Facebook;Oui;15/10/2023\n"
                 "01002;Facebook;Non;15/10/2024\n01004;X;Oui;\n01004;Facebook;Oui;01/01/2024\n",
                 encoding="utf-8")
    c = read_coded(f, type="commune", blank="absent", date="2024-10-15")
    codes, values = c.derived["years"]
    again = year_codes(c.year)
    assert np.array_equal(codes, again[0]) and codes.dtype == again[0].dtype
    assert np.array_equal(values, again[1], equal_nan=True)
    assert values[codes].tolist() == c.year.tolist()
