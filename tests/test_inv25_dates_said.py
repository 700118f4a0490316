"""Two date messages (task inv25).

- A date without its day (« octobre 2024 », « 10/2024 ») is an error per row, as designed;
  its one line now says how to give the day instead: a blank cell and ``--date``.
- ``date-invalid-month-first`` is given no parameter its text does not use.
"""

from __future__ import annotations

import json

import barometre as bm


def test_a_date_without_its_day_points_to_date(tmp_path, cli):
    """« octobre 2024 », « 10/2024 »: an error per row, as designed, whose one line says
    how to give the day instead: a blank cell and --date (it dates the rows without one)."""
    path = tmp_path / "mois.csv"
    path.write_text("Code;Nom;Facebook;Date\n44;Loire-Atlantique;Oui;octobre 2024\n"
                    "35;Ille-et-Vilaine;Non;10/2024\n", encoding="utf-8")
    res = cli("validate", path)
    assert res.exit_code == 1
    lines = [x for x in res.stdout.splitlines() if "sans jour" in x]
    assert len(lines) == 2 and all("une cellule vide et ce jour donné par --date" in x
                                   for x in lines)
    en = json.loads(cli("validate", path, "--format", "json", "--lang", "en").stdout)
    assert [("--date" in p["message"], "\n" in p["message"]) for p in en] == [(True, False)] * 2
    path.write_text("Code;Nom;Facebook;Date\n44;Loire-Atlantique;Oui;\n35;Ille-et-Vilaine;Non;\n",
                    encoding="utf-8")  # as the hint says: the rows read, of that day
    df = bm.read_survey(path, date="15/10/2024")
    assert df["date"].astype(str).unique().tolist() == ["2024-10-15"]


def test_a_month_first_column_says_its_example_without_an_unused_parameter():
    from barometre.survey import cells
    from barometre.survey.headers import Column

    p = cells.value_problem(5, Column(3, "Date", "date"), "31/02/2025", "date", "mdy")
    assert p.msg.params == {}
    assert p.describe() == ("ligne 5, colonne « Date » : erreur : « 31/02/2025 » attendu une "
                            "date comme 10/15/2025 (colonne lue mois d'abord)")
