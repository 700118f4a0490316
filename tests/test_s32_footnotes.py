"""Where the notes under a table go (s32): one rule for every listing command.

A note that explains the table's cells (why a share is marked « † », what a part's
« exhaustif » is of, the Annuaire's measure, why « au moins un réseau » is not shown) is
the table's footnote: in table mode it is printed with the table, on stdout, as
``compare`` prints its own. Beside CSV or JSON, stdout holds the rows alone and the same
notes are said on stderr (as sqlite-utils keeps its machine output clean). ``trend --data``
and ``changes`` printed their « † » notes on stderr under a table on stdout, where
``compare`` printed its notes on stdout under the table.

The files: tests/test_words22.py's waves (2024 a random draw of 40 intercommunalités;
2025 10 of each category: no random sample of the type, « † ») and the generated Annuaire
export (conftest), read twice as two waves.
"""

from __future__ import annotations

import csv
import io
import json

from .test_words22 import _waves

NNBSP = "\u202f"


def _daggers(text: str) -> list[str]:
    return [line for line in text.replace(NNBSP, " ").splitlines() if line.startswith("†")]


def _clean_csv(stdout: str) -> list[dict]:
    """The CSV's rows; no line of it is a note (every line has the header's fields)."""
    rows = list(csv.reader(io.StringIO(stdout)))
    assert rows and all(len(r) == len(rows[0]) for r in rows), stdout
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def test_compare_trend_and_changes_put_the_dagger_note_under_the_table(cli, tmp_path):
    old, new = _waves(tmp_path)
    runs = {"compare": ("compare", "--data", new, "--type", "epci"),
            "trend": ("trend", "--data", old, "--data", new, "--type", "epci"),
            "changes": ("changes", "--data", old, "--data", new, "--type", "epci")}
    starts = {"compare": "† Le fichier tient 10 des 989 communautés de communes",
              "trend": "† Vague du 15 octobre 2025 : le fichier tient 10 des 989 communautés",
              "changes": "† Les vagues tiennent 41 des 989 communautés de communes"}
    for name, args in runs.items():
        table = cli(*args)
        assert table.exit_code == 0, table.output
        (note,) = _daggers(table.stdout)  # the footnote, with the table
        assert note.startswith(starts[name]), (name, note)
        assert _daggers(table.stderr) == [], name  # was on stderr for trend and changes
        # the table's marked cell, then its note after it
        out = table.stdout.replace(NNBSP, " ")
        assert out.index("voir †") < out.index(note)
        for fmt in ("--csv", "--json"):
            machine = cli(*args, fmt)
            assert machine.exit_code == 0, machine.output
            assert _daggers(machine.stderr) == [note], (name, fmt)  # said beside the rows
            assert "†" not in machine.stdout, (name, fmt)  # the rows alone
            rows = (_clean_csv(machine.stdout) if fmt == "--csv"
                    else json.loads(machine.stdout))
            assert any("non_random_sample" in r["flags"] for r in rows), (name, fmt)


def test_trend_says_any_left_out_under_its_table(cli, tmp_path):
    """The waves read Facebook alone: « au moins un réseau » is not a row, said where the
    table is (compare says its own in its heading, on stdout)."""
    old, new = _waves(tmp_path)
    args = ("trend", "--data", old, "--data", new, "--type", "epci")
    table = cli(*args)
    assert "« au moins un réseau » non montré : un seul réseau relevé (Facebook)" \
        in table.stdout
    assert "au moins un réseau" not in table.stderr
    en = cli(*args, "--lang", "en")
    assert "“at least one network” not shown" in en.stdout and en.stderr == ""
    machine = cli(*args, "--csv")
    _clean_csv(machine.stdout)
    assert "au moins un réseau" not in machine.stdout
    assert "« au moins un réseau » non montré" in machine.stderr


def test_the_annuaire_measure_goes_with_the_table_of_trend_and_changes(cli, annuaire_export,
                                                                      tmp_path):
    annuaire = annuaire_export[0]
    d = json.loads(annuaire.read_text(encoding="utf-8"))
    for r in d["service"]:
        r["date_modification"] = "10/08/2024 10:00:00"
    older = tmp_path / "annuaire2024.json"
    older.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    measure = "Mesure : comptes déclarés à l'Annuaire de l'administration (annuaire"
    for command in ("trend", "changes"):
        args = (command, "--type", "departement", "--data", older, "--data", annuaire)
        table = cli(*args)
        assert table.exit_code == 0, table.output
        assert measure in table.stdout and "Mesure" not in table.stderr, command
        machine = cli(*args, "--json")
        assert machine.exit_code == 0, machine.output
        assert json.loads(machine.stdout)  # the rows alone
        assert measure in machine.stderr and "Mesure" not in machine.stdout, command
