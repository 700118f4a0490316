"""One typography per language (session 36, brief Q37).

English quotes with “…” everywhere: validate's own messages quoted with '…' (about 240
entries: « column 'Facebook' », « '12,5' reads twelve and a half ») while the notes,
captions and the report said “…” (session 35). An apostrophe stays straight (don't,
Côte-d'Or, l'…), and so does Python code a message gives to copy (``dtype={'code': str}``,
``parse_dates=['date']``).

French writes a date in prose « 14 octobre 2024 » (notes, captions, messages), as English
writes "14 October 2024"; a table's cell keeps « 14/10/2024 », CSV and JSON the ISO form.
"""

from __future__ import annotations

import datetime
import re

from typer.testing import CliRunner

from barometre.cli.app import app
from barometre.messages import Day, Msg, catalog, text

#: a straight-quoted '…' around a word or a value: the opening quote after neither a
#: letter (an apostrophe: don't, d'Or, l'…) nor a brace or bracket (Python code:
#: ``{'code': str}``, ``['date']``), the closing one before no letter (the users' files)
_STRAIGHT_QUOTED = re.compile(r"(?<![\w{}\[\\])'(?=[^\s'])[^'\n]*?(?<=\S)'(?!\w)")


#: Python's own words: a wrong keyword is a TypeError said as Python says one
#: ("got an unexpected keyword argument 'platform'")
_PYTHON_WORDS = {"wrong-keyword"}


def test_english_catalogue_quotes_with_curly_quotes():
    straight = {code: _STRAIGHT_QUOTED.findall(en) for code, (_, en) in catalog().items()
                if _STRAIGHT_QUOTED.search(en) and code not in _PYTHON_WORDS}
    assert not straight, straight


def test_the_check_refuses_a_straight_quote_and_keeps_apostrophes():
    assert _STRAIGHT_QUOTED.findall("unknown platform 'tiktok'; write 'Oui'") == [
        "'tiktok'", "'Oui'"]
    assert not _STRAIGHT_QUOTED.search("don't count Côte-d'Or or the users' files, l'…")
    assert not _STRAIGHT_QUOTED.search("read_csv(…, dtype={'code': str}, parse_dates=['date'])")


def test_english_values_and_lists_are_quoted_with_curly_quotes():
    assert text("unknown-type", "en", value="regoin", hint=Msg("did-you-mean",
                                                             choices=["region"])) == (
        "unknown collectivity type “regoin”; did you mean “region”?")
    assert text("unknown-type", "fr", value="regoin", hint=Msg("did-you-mean",
                                                             choices=["region"])) == (
        "type inconnu « regoin » ; vouliez-vous dire « region » ?")


def test_validate_in_english_quotes_columns_and_cells_with_curly_quotes(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("Code;Facebook;Abonnés Facebook;Date\n29;Oui;12,5;15/10/2025\n"
                    "35;Non;;15/10/2025\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["--lang", "en", "validate", str(path), "--type",
                                   "departement"])
    assert out.stdout.splitlines() == [
        "q.csv, line 2, column “Abonnés Facebook”: error: “12,5” not a whole number of "
        "followers (a decimal? “12,5” reads twelve and a half): expected an integer such as "
        "12345"]


def test_a_date_in_prose_is_written_out_in_both_languages():
    day = Day.of(datetime.date(2024, 10, 14))
    assert (day.render("fr"), day.render("en")) == ("14 octobre 2024", "14 October 2024")
    assert Day(2025, 10, 1).render("fr") == "1er octobre 2025"
    # a table's cell keeps the short French form; English has one form
    assert (day.cell("fr"), day.cell("en")) == ("14/10/2024", "14 October 2024")
    # the waves' names (render.waves.wave_date) are the same helper's
    from barometre.render.waves import wave_date

    assert wave_date("2024-10-14") == "14 octobre 2024"
    assert wave_date("2024-10-14", "en") == "14 October 2024"


def test_validate_says_the_wave_date_written_out(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("Code;Facebook;Date\n29;Oui;15/10/2025\n35;Non;\n22;Oui;15/10/2025\n",
                    encoding="utf-8")
    said = {lang: CliRunner().invoke(app, ["--lang", lang, "validate", str(path), "--type",
                                           "departement"]).stdout.splitlines()
            for lang in ("fr", "en")}
    assert said["fr"] == ["d.csv : avertissement : 1 relevé sans date rattaché à la date de "
                          "la vague, 15 octobre 2025 (ligne 3)"]
    assert said["en"] == ["d.csv: warning: 1 reading has no date: given the wave's date, "
                          "15 October 2025 (line 3)"]


def test_a_future_date_option_is_said_as_typed():
    """--date in the future: the option's value in the short form it is typed in, not
    a sentence's date."""
    from barometre.domain.errors import UsageError
    from barometre.survey.rules import as_date

    try:
        as_date(datetime.date(2999, 1, 5))
    except UsageError as exc:
        assert "05/01/2999" in exc.msg.render("fr") and "2999-01-05" in exc.msg.render("en")
    else:
        raise AssertionError("a future date was accepted")
