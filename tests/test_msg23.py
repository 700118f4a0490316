"""msg23: one path for the io-error line, and wordings said right (the « au moins un
réseau » note's full stop, the grouped abbreviated-count warning, a remarks column of
numbers said by validate)."""

from __future__ import annotations

import errno

import pytest


# --------------------------------------------------------------------------- 4. io-error line

@pytest.mark.parametrize("lang, line", [
    ("en", "barometre: input/output error (standard output): No space left on device"),
    ("fr", "barometre : erreur d'entrée-sortie (sortie standard) : No space left on device")])
def test_a_full_stdout_is_said_in_the_language_asked(cli, monkeypatch, lang, line):
    """The standard output refusing a command's CSV was said in the language of the
    process's own arguments (sys.argv), not of the command run: French for « --lang en »
    in a session (a notebook, CliRunner). Now in the command's language, as every other
    input/output error."""
    import barometre.cli.streams as streams

    def full(stream):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.delenv("BAROMETRE_LANG", raising=False)
    monkeypatch.setattr("sys.argv", ["barometre"])
    monkeypatch.setattr(streams, "utf8_output", full)
    res = cli("entities", "--type", "region", "--csv", "--lang", lang)
    assert res.exit_code == 1
    assert res.stderr.strip() == line
