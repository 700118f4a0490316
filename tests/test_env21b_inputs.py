"""Inputs a real machine has (rvenv21 findings 5, 6, 11): a file one may not read, a
folder in the way, a pipe, a symbolic link in a loop, a name whose accents are encoded
otherwise, a folder, one file given twice: each said in one true line of barometre's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path

import pytest

import barometre
from barometre import demo_file

SRC = str(Path(barometre.__file__).resolve().parents[1])


def run(*args, stdin=None, drop=False, env=None, cwd=None) -> subprocess.CompletedProcess:
    """``barometre *args`` in a child process (the console script's own ending);
    ``drop``: without the root capabilities that bypass file permissions."""
    cmd = [sys.executable, "-m", "barometre", *map(str, args)]
    if drop and os.geteuid() == 0:
        cmd = ["setpriv", "--inh-caps=-all",
               "--bounding-set=-dac_override,-dac_read_search,-fowner", *cmd]
    full_env = {**os.environ, "PYTHONPATH": SRC, "BAROMETRE_LANG": "fr", **(env or {})}
    full_env.pop("BAROMETRE_DEBUG", None)
    return subprocess.run(cmd, input=stdin, capture_output=True, env=full_env, cwd=cwd,
                          timeout=120)


def _permissions_apply() -> bool:
    """Whether a chmod 000 file is refused to the child process (root: only through
    setpriv, which drops the capabilities that bypass permissions)."""
    if os.geteuid() != 0:
        return True
    if shutil.which("setpriv") is None:
        return False
    probe = subprocess.run(["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override",
                            "true"], capture_output=True)
    return probe.returncode == 0


needs_permissions = pytest.mark.skipif(not _permissions_apply(),
                                       reason="root without setpriv: permissions not applied")


@pytest.fixture
def survey_csv(tmp_path) -> Path:
    p = tmp_path / "u.csv"
    shutil.copyfile(demo_file("vague-2025"), p)
    return p


# ----------------------------------------------------------------- 5. unreadable inputs

@needs_permissions
def test_unreadable_file_is_one_validate_problem_and_data_exit_1(survey_csv, tmp_path):
    survey_csv.chmod(0)
    try:
        res = run("validate", "u.csv", "--json", drop=True, cwd=tmp_path)
        assert res.returncode == 2, res.stderr  # cannot be read at all (README's table)
        problems = json.loads(res.stdout)
        assert [(p["code"], p["message"]) for p in problems] == [
            ("file-unreadable", "lecture refusée (droits d'accès)")]
        res = run("compare", "--data", "u.csv", "--type", "departement", drop=True,
                  cwd=tmp_path)
        assert res.returncode == 1  # an unreadable file given to --data: the data says no
        assert res.stderr.decode() == "barometre : u.csv : lecture refusée (droits d'accès)\n"
        res = run("changes", "--data", "u.csv", "--data", demo_file("vague-2024"),
                  "--lang", "en", drop=True, cwd=tmp_path)
        assert (res.returncode, res.stderr.decode()) == (
            1, "barometre: u.csv: reading denied (permissions)\n")
    finally:
        survey_csv.chmod(0o644)


@needs_permissions
def test_file_in_a_folder_one_may_not_search(tmp_path):
    folder = tmp_path / "ud"
    folder.mkdir()
    shutil.copyfile(demo_file("vague-2025"), folder / "x.csv")
    folder.chmod(0)
    try:
        res = run("validate", "ud/x.csv", "--json", drop=True, cwd=tmp_path)
        assert res.returncode == 2, res.stderr  # not "read, has errors"
        assert [p["code"] for p in json.loads(res.stdout)] == ["file-folder-denied"]
        assert "(droits d'accès du dossier ud)" in json.loads(res.stdout)[0]["message"]
        res = run("rank", "-p", "facebook", "--data", "ud/x.csv", drop=True, cwd=tmp_path)
        assert (res.returncode, res.stderr.decode()) == (
            1, "barometre : ud/x.csv : lecture refusée (droits d'accès du dossier ud)\n")
    finally:
        folder.chmod(0o755)


# ----------------------------------------------------------------- 6. pipes

def _fifo(tmp_path: Path, name: str, data: bytes) -> tuple[Path, threading.Thread]:
    fifo = tmp_path / name
    os.mkfifo(fifo)

    def write():
        try:
            with open(fifo, "wb") as fh:  # waits for the reader
                fh.write(data)
        except OSError:  # the reader gave up: nothing to do
            pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return fifo, writer


def _release(fifo: Path, writer: threading.Thread) -> None:
    """A writer still waiting (nobody opened the pipe) is let go."""
    if writer.is_alive():
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        writer.join(5)
        os.close(fd)


def test_named_pipe_is_read_as_its_file(tmp_path):
    data = demo_file("vague-2025").read_bytes()
    expected = run("compare", "--data", demo_file("vague-2025"), "--type", "departement",
                   "--json")
    fifo, writer = _fifo(tmp_path, "f.csv", data)
    try:
        res = run("compare", "--data", fifo, "--type", "departement", "--json")
    finally:
        _release(fifo, writer)
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert [r["source"] for r in rows][:1] == ["f.csv"]  # its name, not a temporary one
    assert {r["publisher"] for r in rows} == {"f.csv"}
    unnamed = {"source": None, "publisher": None}  # the same figures as from the file
    assert [{**r, **unnamed} for r in rows] == [
        {**r, **unnamed} for r in json.loads(expected.stdout)]


def test_standard_input_and_process_substitution_are_read(tmp_path):
    data = demo_file("vague-2025").read_bytes()
    res = run("validate", "/dev/stdin", stdin=data)
    assert res.returncode == 0, res.stderr  # its warnings only, like the file itself
    assert res.stderr.decode().startswith("/dev/stdin : 0 erreur")
    res = run("compare", "--data", "/dev/stdin", "--type", "departement", stdin=data)
    assert res.returncode == 0, res.stderr
    assert "fichier vide" not in res.stderr.decode()
    # a workbook, piped: recognised by its bytes, not by a name it has not
    xlsx = demo_file("enquete").read_bytes()
    res = run("rank", "-p", "facebook", "--data", "/dev/stdin", "--json", stdin=xlsx)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)[0]["source"] == "/dev/stdin"
    if shutil.which("bash"):  # <(cat …): /dev/fd/63, never named "63"
        cmd = (f"PYTHONPATH={SRC} {sys.executable} -m barometre validate "
               f"<(cat {demo_file('vague-2025')})")
        res = subprocess.run(["bash", "-c", cmd], capture_output=True, timeout=120)
        assert res.returncode == 0, res.stderr
        assert res.stderr.decode().startswith("/dev/fd/")


def test_the_library_refuses_a_pipe_in_one_line(tmp_path):
    from barometre.domain.errors import InputFileError

    fifo = tmp_path / "f.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputFileError, match="c'est un tube, pas un fichier"):
        barometre.read_survey(fifo)  # never waits for a writer, never "fichier vide"
    [problem] = barometre.validate(fifo)
    assert problem.code == "file-is-pipe"


# ----------------------------------------------------------------- 11. misleading messages

def test_symlink_loop_is_not_said_missing(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink("l1.csv", "l2.csv")
    os.symlink("l2.csv", "l1.csv")
    res = cli("compare", "--data", "l1.csv", "--type", "departement")
    assert res.exit_code == 1
    assert res.stderr == ("barometre : l1.csv : lien symbolique en boucle (il mène, de lien "
                          "en lien, à lui-même)\n")


def test_name_typed_with_other_accents_names_the_file(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    nfc = unicodedata.normalize("NFC", "enquête.csv")
    nfd = unicodedata.normalize("NFD", "enquête.csv")
    shutil.copyfile(demo_file("vague-2025"), nfc)
    res = cli("validate", nfd, "--json")
    assert res.exit_code == 2
    [problem] = json.loads(res.stdout)
    assert problem["code"] == "file-not-found-similar"
    assert f"le dossier a « {nfc} »" in problem["message"]


def test_folder_given_as_a_file(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dossier").mkdir()
    res = cli("annuaire", "dossier", "-o", "a.xlsx")
    assert res.exit_code == 1
    assert res.stderr == "barometre : dossier : c'est un dossier, pas un fichier\n"
    res = cli("validate", ".")
    assert res.exit_code == 2
    assert res.stdout == ". : erreur : c'est un dossier, pas un fichier\n"  # named, not ""
    assert res.stderr.startswith(". : 1 erreur")


def test_same_file_given_twice_to_data(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(demo_file("vague-2025"), "a.csv")
    res = cli("changes", "--data", "a.csv", "--data", "a.csv")
    assert (res.exit_code, res.stderr) == (2, "barometre : a.csv : le même fichier donné "
                                              "deux fois\n")
    os.symlink("a.csv", "lien.csv")
    res = cli("trend", "--data", "a.csv", "--data", "lien.csv", "-t", "departement",
              "--lang", "en")
    assert (res.exit_code, res.stderr) == (2, "barometre: a.csv and lien.csv: the same file "
                                              "given twice\n")
