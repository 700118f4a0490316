"""Output consistency left open by session 32 (s33, brief C).

1. ``changes --format json`` gave ``flags`` as the CSV's cell (« "non_random_sample;
   chosen_by_place" ») where ``compare`` and ``trend`` give a list: every command's JSON
   now gives a record's flags as a list, its CSV one cell « a;b ».
"""

from __future__ import annotations

import csv
import io

import pytest

import barometre as bm

from .conftest import as_json


@pytest.fixture
def two_deps_waves(tmp_path):
    """The 30 intercommunalités of the Ain and the Loire-Atlantique read in 2024 and 2025:
    waves chosen by place, no random sample (flags ``non_random_sample;chosen_by_place``)."""
    e = bm.reference.entities("epci")
    codes = sorted(e[e["departement"].isin(["01", "44"])]["code"])
    rows = [f"{c};{'Non' if i % 3 == 0 else 'Oui'};Non;15/10/2024\n"
            f"{c};Oui;{'Oui' if i % 2 else 'Non'};15/10/2025\n" for i, c in enumerate(codes)]
    path = tmp_path / "ain_loire_atlantique_vagues.csv"
    path.write_text("SIREN;Facebook;Instagram;Date du relevé\n" + "".join(rows),
                    encoding="utf-8")
    return path


def _one_wave(tmp_path, waves):
    """The 2025 reading of ``waves`` alone (compare --data reads one wave)."""
    lines = waves.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "ain_loire_atlantique_2025.csv"
    path.write_text(lines[0] + "".join(x for x in lines[1:] if "2025" in x), encoding="utf-8")
    return path


# every listing command whose records have flags, on inputs that flag some of them: a
# disputed published figure (ost-2023-2, métropoles on Instagram, 2022), waves chosen by place
COMMANDS = {
    "compare": lambda w, one: ["compare", "--type", "metropole", "--year", "2022",
                               "--all-sources"],
    "trend": lambda w, one: ["trend", "--type", "metropole", "--platform", "instagram"],
    "compare --data": lambda w, one: ["compare", "--data", one, "--type", "epci"],
    "trend --data": lambda w, one: ["trend", "--data", w, "--type", "epci"],
    "changes": lambda w, one: ["changes", "--data", w, "--type", "epci"],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_every_json_gives_flags_as_a_list_and_csv_one_cell(cli, tmp_path, two_deps_waves,
                                                            command):
    args = COMMANDS[command](two_deps_waves, _one_wave(tmp_path, two_deps_waves))
    records = as_json(cli(*args, "--format", "json"))
    assert records and all("flags" in r for r in records)
    assert all(isinstance(r["flags"], list) for r in records), [r["flags"] for r in records]
    flagged = [r["flags"] for r in records if r["flags"]]
    assert flagged  # the inputs flag some records
    out = cli(*args, "--format", "csv")
    assert out.exit_code == 0, out.output
    cells = [r["flags"] for r in csv.DictReader(io.StringIO(out.stdout))]
    # the CSV keeps the cell « a;b », the JSON list its parts
    assert sorted(c for c in cells if c) == sorted(";".join(f) for f in flagged)


def test_changes_json_flags_of_waves_chosen_by_place(cli, two_deps_waves):
    records = as_json(cli("changes", "--data", two_deps_waves, "--type", "epci", "-f", "json"))
    assert [(r["platform"], r["flags"]) for r in records] == [
        ("facebook", ["non_random_sample", "chosen_by_place"]),
        ("instagram", ["non_random_sample", "chosen_by_place"])]
