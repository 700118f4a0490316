"""What a user meets (session 31, brief D): an empty path said empty on the command line,
the benchmark's percentile with its unit, the library's advice naming Python's parameters."""

from __future__ import annotations

import pytest

import barometre as bm

DEMO = bm.demo_file("enquete")


# --------------------------------------------------------------- 1. an empty path on the CLI

EMPTY_INPUT = "chemin de fichier vide : donnez le chemin du fichier à lire"
EMPTY_OUTPUT = "chemin de sortie vide : donnez le chemin du fichier à écrire"


@pytest.mark.parametrize("args, option, said", [
    (["validate", ""], "FILE", EMPTY_INPUT),  # was « . : erreur : c'est un dossier… »
    (["validate", "  "], "FILE", EMPTY_INPUT),
    (["compare", "--data", ""], "--data / -d", EMPTY_INPUT),
    (["compare", "--data="], "--data / -d", EMPTY_INPUT),
    (["trend", "--data", ""], "--data / -d", EMPTY_INPUT),
    (["changes", "--data", DEMO, "--data", ""], "--data / -d", EMPTY_INPUT),
    (["benchmark", "--entity", "29", "--data", ""], "--data / -d", EMPTY_INPUT),
    (["rank", "--platform", "facebook", "-d", ""], "--data / -d", EMPTY_INPUT),
    (["report", "--data", "", "-o", "r.xlsx"], "--data / -d", EMPTY_INPUT),
    (["report", "--data", DEMO, "-o", ""], "--output / -o", EMPTY_OUTPUT),
    (["chart", "adoption", "--data", "", "-o", "c.png"], "--data / -d", EMPTY_INPUT),
    (["chart", "adoption", "--type", "region", "-o", ""], "--output / -o", EMPTY_OUTPUT),
    (["template", "--type", "region", "-o", ""], "--output / -o", EMPTY_OUTPUT),
    (["annuaire", "", "-o", "a.xlsx"], "FILE", EMPTY_INPUT),
])
def test_an_empty_path_is_said_empty_for_every_command(cli, tmp_path, monkeypatch, args,
                                                       option, said):
    monkeypatch.chdir(tmp_path)
    res = cli(*args)
    assert res.exit_code == 2
    assert res.stdout == ""
    assert res.stderr == f"barometre : valeur invalide pour {option} : {said}\n"
    assert list(tmp_path.iterdir()) == []


def test_an_empty_path_in_english_and_a_real_folder_still_a_folder(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = cli("--lang", "en", "compare", "--data", "")
    assert res.stderr == ("barometre: invalid value for --data / -d: empty file path: give "
                          "the path of the file to read\n")
    res = cli("validate", ".")  # "." is a folder, said so
    assert res.stdout == ". : erreur : c'est un dossier, pas un fichier\n"
