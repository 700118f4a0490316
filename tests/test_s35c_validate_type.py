"""``validate`` says the type it checked the codes against when it guessed it (session 35,
brief C35), as compare and trend say theirs: « type deviné : départements (--type
departement), celui de toutes les entités du fichier (101) », on stderr; not when --type
gave it, nor when the reader's own ``type-guessed`` warning (codes two types read alike)
says it; after the counts (stderr's first line stays the file's, tests/test_robustness.py);
CSV and JSON keep the rows alone on stdout."""

from __future__ import annotations

import csv
import io
import json

import pytest

import barometre as bm

from .conftest import ROOT

CASES = ROOT / "tests" / "files" / "cases"
GUESS = ("type deviné : départements (--type departement), celui de toutes les entités du "
         "fichier (101)")


def test_validate_says_the_type_guessed_as_compare_does(cli):
    file = CASES / "departements-x.csv"
    res = cli("validate", file)
    assert res.exit_code == 0, res.output
    # the counts first (stderr's first line is the file's, as every command's), then the type
    assert res.stderr.splitlines() == ["departements-x.csv : 0 erreur, 3 avertissements", GUESS]
    assert "type deviné" not in res.stdout  # the problems, one a line, as before
    compare = cli("compare", "--data", file)
    assert compare.stderr.splitlines()[0] == GUESS  # the same words, the same count
    en = cli("validate", file, "--lang", "en")
    assert en.stderr.splitlines()[1] == ("type guessed: départements (--type departement), "
                                         "that of every entity in the file (101)")


def test_validate_of_errors_says_it_too(cli):
    """A file with errors (status 1) was checked against a type as well; its count is of
    the file's entities, each once (s36): 6, the row whose code and name disagree (line 3)
    among them (its code is a commune's whichever is meant)."""
    res = cli("validate", CASES / "communes-code-nom.csv")
    assert res.exit_code == 1
    assert res.stderr.splitlines()[1] == ("type deviné : communes (--type commune), celui de "
                                          "toutes les entités du fichier (6)")


def test_validate_with_type_says_nothing_more(cli):
    res = cli("validate", CASES / "departements-x.csv", "--type", "departement")
    assert res.stderr.splitlines() == ["departements-x.csv : 0 erreur, 3 avertissements"]


def test_validate_of_a_tie_leaves_it_to_the_readers_warning(cli, tmp_path):
    """Codes 11, 24, 27 without names read as départements and as régions: the reader's
    warning says « type deviné : départements (3 codes, lisibles aussi comme codes de
    régions) ; précisez --type region … »: not a second, shorter line."""
    f = tmp_path / "codes.csv"
    f.write_text("Code;Facebook\n11;Oui\n24;Non\n27;Oui\n", encoding="utf-8")
    res = cli("validate", f)
    assert res.exit_code == 0, res.output
    assert "lisibles aussi comme codes de régions" in res.stdout
    assert res.stderr.splitlines() == ["codes.csv : 0 erreur, 1 avertissement"]


def test_validate_of_a_file_not_read_says_no_type(cli):
    res = cli("validate", ROOT / "tests" / "files" / "bad" / "absent.csv")
    assert res.exit_code == 2 and "deviné" not in res.stderr


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_validate_csv_and_json_stay_rows_the_type_on_stderr(cli, fmt):
    res = cli("validate", CASES / "departements-x.csv", "--format", fmt)
    assert res.exit_code == 0, res.output
    assert res.stderr.splitlines() == [GUESS]
    rows = (json.loads(res.stdout) if fmt == "json"
            else list(csv.DictReader(io.StringIO(res.stdout))))
    assert len(rows) == 3 and all(r["severity"] == "warning" for r in rows)


def test_library_validate_names_the_type_checked():
    """bm.validate's list carries the type (given or guessed) and the entities read."""
    problems = bm.validate(CASES / "departements-x.csv")
    assert (problems.collectivity_type, problems.n_entities) == ("departement", 101)
    en = bm.validate(CASES / "regions-tiktok.csv", lang="en")
    assert (en.collectivity_type, en.n_entities) == ("region", 18)
    assert bm.validate(ROOT / "tests" / "files" / "bad" / "absent.csv")[0].unreadable
