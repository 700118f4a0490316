"""English messages about a French file's answers (session 31, brief B, finding 6).

``--lang en`` said « '✅' read as Oui » and « write Oui or Non »: French words left in the
English sentence, unquoted, beside others quoted « "Non" ». What an English reader needs:
the cells as the file writes them, quoted the English way ('Oui', 'Non', 'x': what to type
in the file, or what it holds), and the reader's own reading in English words (« read as
yes », as reading-replaced and the survey frame's messages already said).
"""

from __future__ import annotations

import re

from typer.testing import CliRunner

from barometre.cli.app import app
from barometre.messages import catalog

#: the template's own sheet texts gloss the French answers, « Oui (yes) », and the help
#: pages quote in double quotes, their own convention: not the reading's messages
_OWN_CONVENTION = ("help-", "template-")


def test_english_messages_quote_the_answers_to_write_as_cells():
    bare = {code: en for code, (_, en) in catalog().items()
            if not code.startswith(_OWN_CONVENTION)
            and (re.search(r"(?<![“'])\b(?:Oui|Non)\b", en) or re.search(r'"(?:Oui|Non|x)"', en))}
    assert not bare, bare


def test_validate_in_english_says_the_reading_in_english(tmp_path):
    path = tmp_path / "sym.csv"
    path.write_text("Code;Facebook;Instagram;Date\n29;✅;Oui ?;15/10/2025\n"
                    "35;❌;Non;15/10/2025\n22;Oui;Inactif;15/10/2025\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["--lang", "en", "validate", str(path), "--type",
                                   "departement"])
    assert out.exit_code == 0
    assert out.stdout.splitlines() == [
        "sym.csv, column “Facebook”: warning: 2 answers given by a symbol (“✅” read as yes: "
        "1, “❌” read as no: 1) read from the symbol or the word beside it (lines 2, 3): check "
        "the reading, or write “Oui” or “Non”",
        "sym.csv, column “Instagram”: warning: 1 answer marked as doubtful (“Oui ?”: 1) read "
        "as not answered, outside the base (line 2): write “Oui” or “Non”",
        "sym.csv, column “Instagram”: warning: 1 account said to be inactive (“Inactif”: 1) "
        "read as present, the account existing (line 4): write “Non” if inactive accounts do "
        "not count"]
    fr = CliRunner().invoke(app, ["validate", str(path), "--type", "departement"])
    assert "(« ✅ » lu Oui : 1, « ❌ » lu Non : 1)" in fr.stdout  # French unchanged
