"""chart where matplotlib's folder cannot be written (rvenv21 finding 9): no English
warning, no /tmp/matplotlib-… folder left behind, the chart written."""

from __future__ import annotations

from .test_env21b_inputs import needs_permissions, run


def _chart(tmp_path, **env):
    scratch = tmp_path / "tmp"  # the temporary folders of the run, counted after
    scratch.mkdir()
    res = run("chart", "adoption", "--type", "region", "-o", tmp_path / "c.png",
              env={"TMPDIR": str(scratch), **env}, drop=True)
    return res, sorted(p.name for p in scratch.iterdir())


def test_unusable_mplconfigdir(tmp_path):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    res, left = _chart(tmp_path, MPLCONFIGDIR=str(a_file))
    assert res.returncode == 0, res.stderr
    assert res.stderr.decode() == f"Graphique écrit : {tmp_path / 'c.png'}\n"  # no warning
    assert left == []  # its temporary folder removed
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"


@needs_permissions
def test_read_only_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o555)
    try:
        res, left = _chart(tmp_path, HOME=str(home), XDG_CONFIG_HOME="", XDG_CACHE_HOME="",
                           MPLCONFIGDIR="")
    finally:
        home.chmod(0o755)
    assert res.returncode == 0, res.stderr
    assert "Matplotlib" not in res.stderr.decode() and "mkdir" not in res.stderr.decode()
    assert left == []
