"""The CLI says a reading's problem in the user's language: the type guessed between two
(``cli-type-needed``'s why) and the warnings said in the reading's line
(``options._sheet_said``, where ref25 inlined ref24's ``_problem_text``, its one caller
left)."""

from __future__ import annotations

import barometre as bm
from barometre.cli.options import _sheet_said

CODES = ["11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"]


def test_a_problem_in_either_language_a_plain_record_as_it_is(tmp_path):
    f = tmp_path / "regions.csv"
    f.write_text("Code;Facebook\n" + "".join(f"{c};Oui\n" for c in CODES), encoding="utf-8")
    [tie] = [p for p in bm.validate(f) if p.code == "type-guessed"]
    assert _sheet_said([tie], "fr") == tie.message and tie.message.startswith(
        "type deviné : départements (13 codes")
    assert _sheet_said([tie], "en").startswith("type guessed: départements (13 codes")
    record = {"code": "type-guessed", "message": "tel quel"}  # no text(): its message
    assert _sheet_said([record], "en") == "tel quel"
    assert _sheet_said([record, tie], "en", file=None) == "tel quel ; " + tie.text("en")


def test_the_type_guessed_is_why_the_type_is_needed_in_each_language(tmp_path, cli):
    f = tmp_path / "regions.csv"
    f.write_text("Code;Facebook\n" + "".join(f"{c};Oui\n" for c in CODES), encoding="utf-8")
    en = cli("compare", "--data", f, "--lang", "en")
    assert en.exit_code == 2
    # the why in the user's language, in cli24's words of the two readings (no « type
    # deviné » in a refusal)
    assert en.stderr.startswith("barometre: missing option: --type / -t (13 codes readable as "
                                "codes of départements as well as of regions")
    fr = cli("compare", "--data", f)
    assert fr.exit_code == 2 and ("(13 codes lisibles aussi bien comme codes de départements "
                                  "que de régions") in fr.stderr
    assert "type deviné" not in fr.stderr and "type guessed" not in en.stderr
