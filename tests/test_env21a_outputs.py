"""Outputs that never lie about being written (rvenv21: a hostile machine). Standard output
that cannot take the output (a full disk, closed by the caller, unbuffered Python) ends in
one line and a non-zero status; an interrupt once the work is done and said is no
traceback; a read-only file is kept; a long name is written; ``-o`` through a symbolic link
replaces the link's target and keeps the link; a temporary file is on the disk before it
takes the name; the CLI's refusals say « --force », the library's « force=True ».

The stdout and signal cases run barometre in its own process (the stream or the signal is
what is tested); permission cases run without root's capabilities (``setpriv``) or are
skipped when that is not possible.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import barometre as bm
from barometre.render.files import written_by_barometre

DEMO = Path(bm.__file__).parent / "data" / "demo" / "enquete-departements-donnees-fictives.xlsx"
DEMOCSV = DEMO.with_name("vague-2025-departements-donnees-fictives.csv")


def _env(**more) -> dict[str, str]:
    return {**os.environ, "BAROMETRE_LANG": "fr", **more}


def _run(args, **kw) -> subprocess.CompletedProcess:
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("env", _env())
    return subprocess.run([sys.executable, "-m", "barometre", *map(str, args)],
                          stderr=subprocess.PIPE, text=True, timeout=300, **kw)


def _one_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert "Traceback" not in stderr and len(lines) == 1, stderr
    return lines[0]


# --------------------------------------------------------------------------- 1. stdout full

def _file_size_limit(limit: int):
    def child() -> None:  # a file past `limit` bytes: a partial write, then EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return child


@pytest.mark.parametrize("unbuffered", ["1", None])
def test_a_csv_cut_short_by_the_disk_is_an_error_in_unbuffered_mode_too(tmp_path, unbuffered):
    """PYTHONUNBUFFERED=1 (Docker, this CI): the system took 61 440 of 2 MB and Python's
    unbuffered text stream dropped the rest (CPython #85393): exit 0, no word. Now the CSV
    either is whole or the command says why, status 1."""
    env = _env()
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = unbuffered
    out = tmp_path / "communes.csv"
    with out.open("wb") as f:
        done = _run(["entities", "--type", "commune", "--csv"], stdout=f, env=env,
                    preexec_fn=_file_size_limit(60_000))
    assert done.returncode == 1, done.stderr
    assert _one_line(done.stderr) == ("barometre : erreur d'entrée-sortie (sortie standard) : "
                                      "File too large")
    assert out.stat().st_size <= 60_000


@pytest.mark.parametrize("args", [["entities", "--type", "region", "--csv"], ["--version"],
                                  ["--help"], ["rank", "-p", "facebook", "-d", DEMO, "--csv"]])
def test_a_full_stdout_is_one_line_and_status_1(args):
    """`… > /dev/full`: the last lines, flushed at the end, raised a traceback (status 120)
    and the help and --version one too; now one line, status 1."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = _run(args, stdout=full)
    assert done.returncode == 1, done.stderr
    assert _one_line(done.stderr) == ("barometre : erreur d'entrée-sortie (sortie standard) : "
                                      "plus de place sur le disque")


# --------------------------------------------------------------------------- 12. closed stdout

@pytest.mark.parametrize("args", [["rank", "-p", "facebook", "-d", DEMO, "--csv"],
                                  ["entities", "--type", "region"], ["validate", DEMO]])
def test_a_closed_stdout_is_said_not_an_empty_success(args):
    """`barometre … >&-` ended with status 0 having written nothing (validate: its lines
    lost); `ls >&-` says « write error: Bad file descriptor »."""
    done = _run(args, stdout=None, preexec_fn=lambda: os.close(1))
    assert done.returncode == 1, done.stderr
    assert _one_line(done.stderr.replace(
        "Données fictives : chiffres inventés pour la démonstration, à ne pas citer.", "")
        .split("Lecture :")[0]) == (
        "barometre : erreur d'entrée-sortie (sortie standard) : flux fermé")


def test_a_command_writing_no_stdout_works_with_it_closed(tmp_path):
    """`report -o … >&-` writes its file as `cp a b >&-` does (nothing was to go to stdout),
    while `rank >&-` says its output lost."""
    out = tmp_path / "r.xlsx"
    done = _run(["report", "--type", "region", "-o", out], stdout=None,
                preexec_fn=lambda: os.close(1))
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    lost = _run(["rank", "-p", "facebook", "-d", DEMO, "--csv"], stdout=None,
                preexec_fn=lambda: os.close(1))
    assert lost.returncode == 1


def test_help_to_a_reader_gone_exits_as_the_other_commands():
    """`barometre --help | true` exited 1 (Typer's own handler) while `report --help | true`
    exited 141, SIGPIPE's status; --version too."""
    for args in (["--help"], ["--version"], ["report", "--help"]):
        read, write = os.pipe()
        os.close(read)
        try:
            done = _run(args, stdout=write)
        finally:
            os.close(write)
        assert (done.returncode, done.stderr) == (141, ""), args


# --------------------------------------------------------------------------- 3. interrupts

_SIGNAL_AFTER = """
import os, signal, sys
import barometre.cli as c
real, sig = c.main, getattr(signal, sys.argv.pop(1))
def main():
    try:
        real()
    finally:  # the command has ended, its output flushed: now the interrupt
        os.kill(os.getpid(), sig)
c.main = main
c.console()
"""

_SIGNAL_WHEN_SAID = """
import os, signal, sys
name = sys.argv.pop(1)
class Err:
    def __init__(self, s): self.s = s
    def write(self, t):
        n = self.s.write(t)
        if "Rapport écrit" in t:  # said: the interrupt comes at once
            self.s.flush(); os.kill(os.getpid(), getattr(signal, name))
        return n
    def __getattr__(self, a): return getattr(self.s, a)
sys.stderr = Err(sys.stderr)
import barometre.cli as c
c.console()
"""


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_an_interrupt_once_the_command_ended_is_no_traceback(sig):
    """Ctrl-C just after the output: a traceback « SystemExit: 0 … During handling …
    KeyboardInterrupt » from console(), status 130. The work is done: status 0, no word."""
    done = subprocess.run([sys.executable, "-c", _SIGNAL_AFTER, sig, "entities", "--type",
                           "region", "--csv"], capture_output=True, text=True, timeout=120,
                          env=_env())
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("code,name,")


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_an_interrupt_after_report_written_keeps_status_0(tmp_path, sig):
    """Ctrl-C or kill in the instant after « Rapport écrit » (≈ 300 ms on a commune file,
    the frames freed): « interrompu », status 130, beside a report said written. Now the
    report stands and so does the status."""
    out = tmp_path / "r.xlsx"
    done = subprocess.run([sys.executable, "-c", _SIGNAL_WHEN_SAID, sig, "report", "--type",
                           "region", "-o", str(out)], capture_output=True, text=True,
                          timeout=300, env=_env())
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [f"Rapport écrit : {out}"]
    assert written_by_barometre(out)


# --------------------------------------------------------------------------- 4. read-only

def _without_root_powers() -> list[str]:
    """A prefix running a command as an ordinary user would for file permissions."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root without setpriv: read-only files are writable")
    probe = subprocess.run([setpriv, "--inh-caps=-all",
                            "--bounding-set=-dac_override,-dac_read_search,-fowner", "true"],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip("setpriv cannot drop the capabilities here")
    return [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


@pytest.mark.parametrize("kind", ["report", "chart"])
def test_a_read_only_output_is_kept_unless_force(tmp_path, kind):
    """`chmod 444 rapport-valide.xlsx` (to freeze it): replaced silently by a new file,
    still 0444. Now refused in one line, as `cp` refuses; --force replaces it."""
    prefix = _without_root_powers()
    if kind == "report":
        out = tmp_path / "rapport-valide.xlsx"
        first, second = ["report", "--data", DEMO], ["report", "--data", DEMOCSV]
    else:
        out = tmp_path / "fig.png"
        first = ["chart", "adoption", "--type", "region"]
        second = ["chart", "adoption", "--type", "departement"]
    assert _run([*first, "-o", out]).returncode == 0
    out.chmod(0o444)
    before = (out.stat().st_ino, out.read_bytes())

    def run(args):
        return subprocess.run([*prefix, sys.executable, "-m", "barometre", *map(str, args)],
                              capture_output=True, text=True, timeout=300, env=_env())

    done = run([*second, "-o", out])
    assert done.returncode == 2, done.stderr
    assert _one_line(done.stderr) == (
        f"barometre : {out.name} est en lecture seule : refus de le remplacer ; choisissez un "
        "autre nom, rendez-le modifiable ou ajoutez --force")
    assert (out.stat().st_ino, out.read_bytes()) == before
    forced = run([*second, "-o", out, "--force"])
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes() != before[1] and stat.S_IMODE(out.stat().st_mode) == 0o444


def test_a_read_only_output_is_refused_in_python_with_force_true(tmp_path, monkeypatch):
    """The library says it with its own words; a file the system refuses though its
    permissions allow it (``chattr +i``) is left to the write, which says why."""
    from barometre.render import files

    out = tmp_path / "r.png"
    out.write_bytes(b"\x89PNG")
    out.chmod(0o444)
    monkeypatch.setattr(files.os, "access", lambda p, mode, **kw: False)  # as root without its powers
    with pytest.raises(bm.UsageError) as err:
        files.check_output(out, (".png",))
    assert str(err.value) == ("r.png est en lecture seule : refus de le remplacer ; choisissez "
                              "un autre nom, rendez-le modifiable ou passez force=True")
    assert files.check_output(out, (".png",), force=True) == out
    out.chmod(0o644)  # writable by its permissions, refused by the system: not "read-only"
    with pytest.raises(bm.UsageError) as err:
        files.check_output(out, (".png",))
    assert "lecture seule" not in str(err.value)  # (not barometre's: refused so)


# --------------------------------------------------------------------------- 7. long names

def test_the_longest_name_the_system_takes_is_written(tmp_path, cli):
    """A 235-byte name (legal: 255 at most) was refused, « File name too long ; choisissez
    un autre dossier »: the temporary name added 26 bytes. Now cut to fit."""
    for name in ("a" * 250 + ".xlsx", "é" * 125 + ".xlsx"):
        assert len(name.encode()) == 255
        res = cli("report", "--type", "region", "-o", tmp_path / name)
        assert res.exit_code == 0, res.output
        assert (tmp_path / name).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["a" * 250 + ".xlsx", "é" * 125 + ".xlsx"])


def test_an_orphan_of_a_long_name_is_removed_by_the_next_write(tmp_path):
    """The temporary file of a long name killed on the spot, cut as the write cuts it, is
    still found and removed by the next write of that name."""
    from barometre.render import files

    target = tmp_path / ("b" * 240 + ".png")
    prefix = files._tmp_prefix(target)
    assert len(prefix.encode()) + 10 + 1 + 8 + len(".tmp.png") <= 255
    dead = 2 ** 22 + 12345  # above pid_max's default: no such process
    orphan = tmp_path / f"{prefix}{dead}.abcdefgh.tmp.png"
    orphan.write_bytes(b"half")
    files.write_atomic(target, lambda p: p.write_bytes(b"whole"))
    assert target.read_bytes() == b"whole" and not orphan.exists()


# --------------------------------------------------------------------------- 8. --force wording

def test_a_file_appearing_during_the_report_is_refused_with_the_cli_word(tmp_path, cli,
                                                                           monkeypatch):
    """A user's workbook saved at the -o path while the report is made: the refusal at the
    write said « passez force=True » (Python's words) where the same refusal at the start
    says « ajoutez --force »."""
    import barometre.analysis.report as report

    out = tmp_path / "rapport.xlsx"
    real = report.report_data

    def meanwhile(*a, **kw):
        shutil.copy(DEMO, out)  # someone's survey saved there
        return real(*a, **kw)

    monkeypatch.setattr(report, "report_data", meanwhile)
    res = cli("report", "--data", DEMOCSV, "-o", out)
    assert res.exit_code == 2
    assert res.stderr.strip().splitlines()[-1] == (
        "barometre : rapport.xlsx est un classeur qui contient des réponses d'enquête : refus "
        "de le remplacer ; choisissez un autre nom ou ajoutez --force")
    assert out.read_bytes() == DEMO.read_bytes()
    with pytest.raises(bm.UsageError, match="passez force=True"):  # Python keeps its words
        bm.write_report(out, bm.compare("region"))


# --------------------------------------------------------------------------- 10. symlinks

def test_o_through_a_link_replaces_its_target_and_keeps_the_link(tmp_path, cli):
    """`dernier.xlsx -> archives/2025/rapport.xlsx`: the link became a regular file (with the
    target's mode), the archived report left stale. Now the target is replaced (written
    beside it, renamed over it), its mode kept, the link still a link."""
    archive = tmp_path / "archives" / "2025"
    archive.mkdir(parents=True)
    (tmp_path / "partage").mkdir()
    target = archive / "rapport.xlsx"
    assert cli("report", "--data", DEMO, "-o", target).exit_code == 0
    target.chmod(0o600)
    link = tmp_path / "partage" / "dernier.xlsx"
    link.symlink_to(Path("..") / "archives" / "2025" / "rapport.xlsx")
    old = target.read_bytes()
    res = cli("report", "--data", DEMOCSV, "-o", link)
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert target.read_bytes() != old and written_by_barometre(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in archive.iterdir()) == ["rapport.xlsx"]
    assert sorted(p.name for p in link.parent.iterdir()) == ["dernier.xlsx"]


@pytest.mark.parametrize("through_link", [True, False])
def test_a_device_or_a_pipe_is_never_replaced_by_a_report(tmp_path, cli, through_link):
    """A link to /dev/full with --force made a world-writable report in the link's place
    (the device's mode 0666). A file that is no regular file is refused, --force or not."""
    fifo = tmp_path / "tube.xlsx"
    os.mkfifo(fifo)
    fifo.chmod(0o666)
    out = fifo
    if through_link:
        out = tmp_path / "lien.xlsx"
        out.symlink_to(fifo)
    res = cli("report", "--type", "region", "-o", out, "--force")
    assert res.exit_code == 1
    assert res.stderr.strip() == (
        f"barometre : {out} n'est pas un fichier ordinaire (un périphérique, un tube) : refus "
        "de le remplacer ; choisissez un autre nom")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert out.is_symlink() == through_link
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["tube.xlsx"] + (["lien.xlsx"] if through_link else []))


def test_a_new_file_through_a_dangling_link_is_made_at_its_target(tmp_path, cli):
    """A link to a report not written yet: the report is made where it points (as the
    shell's `>` does), with a new file's mode, and the link kept."""
    link = tmp_path / "dernier.xlsx"
    link.symlink_to("rapport.xlsx")
    old = os.umask(0o022)
    try:
        res = cli("report", "--type", "region", "-o", link)
    finally:
        os.umask(old)
    assert res.exit_code == 0, res.output
    target = tmp_path / "rapport.xlsx"
    assert link.is_symlink() and target.is_file() and not target.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


# --------------------------------------------------------------------------- fsync

def test_the_temporary_file_is_on_the_disk_before_it_takes_the_name(tmp_path, monkeypatch):
    """atomic_path renamed a file the system might not have written yet: a power cut just
    after « Rapport écrit » could leave an empty report. Now the file, then the folder, are
    synced around the rename."""
    from barometre.render import files

    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")
                       if os.path.exists(f"/proc/self/fd/{fd}") else fd))
        real_fsync(fd)

    def replace(a, b):
        events.append(("replace", str(a)))
        real_replace(a, b)

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(files.os, "replace", replace)
    target = tmp_path / "r.png"
    files.write_atomic(target, lambda p: p.write_bytes(b"whole"))
    kinds = [e[0] for e in events]
    assert kinds[:2] == ["fsync", "replace"], events
    tmp = events[1][1]
    if isinstance(events[0][1], str):
        assert events[0][1] == tmp
        assert ("fsync", str(tmp_path)) in events[2:]
    assert target.read_bytes() == b"whole"
