"""``chart changes`` of more than two waves (session 35, brief C35): ``--old``/``--new`` as
the changes command reads them, and its « ⚠ 3 vagues : comparaison de la plus ancienne … »
warning on stderr (the chart compared the oldest and the newest without a word)."""

from __future__ import annotations

import json

import pytest

from .test_s35c_waves_said import _data, write_three


@pytest.fixture
def three(tmp_path):
    """Three yearly waves of départements (2024, 2025, 2026), Bluesky read from 2025 on."""
    return write_three(tmp_path)

MANY = ("⚠ 3 vagues : comparaison de la plus ancienne (2024) et de la plus récente (2026) ; "
        "--old et --new en choisissent d'autres")


def test_changes_says_the_many_waves_warning_chart_changes_repeats(cli, three):
    """The warning as the changes command prints it over its table (the text pinned)."""
    res = cli("changes", *_data(three), "--type", "departement")
    assert MANY in res.stdout.splitlines()


def test_chart_changes_of_three_waves_says_which_two_it_compares(cli, three, tmp_path):
    """« chart changes » of three files drew the oldest against the newest without a word:
    now changes' warning, on stderr (the chart's file is the output)."""
    out = tmp_path / "c.svg"
    res = cli("chart", "changes", *_data(three), "--type", "departement", "-o", out)
    assert res.exit_code == 0, res.output
    assert MANY in res.stderr.splitlines()
    svg = out.read_text(encoding="utf-8")
    assert "de 2024 à 2026" in svg


@pytest.mark.parametrize("args, said", [(["--old", "2025"], "de 2025 à 2026"),
                                        (["--new", "2025"], "de 2024 à 2025"),
                                        (["--old", "2025", "--new", "2026"], "de 2025 à 2026")])
def test_chart_changes_old_and_new_choose_the_two_waves(cli, three, tmp_path, args, said):
    """--old/--new as changes reads them (a year here): the chart draws those two, its
    shares those of changes --old/--new, no warning (the oldest and newest not compared)."""
    out = tmp_path / "c.svg"
    res = cli("chart", "changes", *_data(three), "--type", "departement", *args, "-o", out)
    assert res.exit_code == 0, res.output
    assert "⚠ 3 vagues" not in res.stderr
    svg = out.read_text(encoding="utf-8")
    assert said in svg
    table = cli("changes", *_data(three), "--type", "departement", *args, "--format", "json")
    from barometre.render.waves import fmt_points

    changes = [fmt_points(r["change"], "fr") for r in json.loads(table.stdout)
               if r["change"] is not None]  # Bluesky, not read in 2024: no dumbbell
    assert all(c + " (p = " in svg for c in changes), (changes, said)


def test_chart_changes_refuses_a_wave_not_read_and_other_kinds_refuse_old(cli, three, tmp_path):
    out = tmp_path / "c.png"
    res = cli("chart", "changes", *_data(three), "--type", "departement", "--new", "2019",
              "-o", out)
    assert res.exit_code == 2 and not out.exists()
    assert "vague « 2019 » introuvable" in res.stderr
    res = cli("chart", "trend", *_data(three), "--type", "departement", "--old", "2025",
              "-o", out)
    assert res.exit_code == 2 and "--old ne s'applique pas à « chart trend »" in res.stderr


def test_chart_help_lists_old_and_new_for_changes(cli):
    res = cli("chart", "--help")
    text = " ".join(res.stdout.split())
    assert "[--old, --new (par défaut la plus ancienne et la plus récente" in text
    assert "--old <str> changes : vague de départ" in text
