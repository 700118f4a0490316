"""`barometre --help` and `barometre types` must not import the heavy libraries."""

import subprocess
import sys

import pytest

HEAVY = ("pandas", "matplotlib", "openpyxl", "numpy")
PROBE = """
import sys
sys.argv = ["barometre", *{args!r}]
from barometre.cli.app import main
try:
    main()
except SystemExit:
    pass
heavy = [m for m in {heavy!r} if m in sys.modules]
print("HEAVY:" + ",".join(heavy), file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["--help"], ["types"], ["platforms", "--format", "json"],
                                  ["compare", "--help"]])
def test_light_commands_do_not_import_heavy_modules(args):
    out = subprocess.run([sys.executable, "-c", PROBE.format(args=args, heavy=HEAVY)],
                         capture_output=True, text=True, timeout=60)
    line = [l for l in out.stderr.splitlines() if l.startswith("HEAVY:")][-1]
    assert line == "HEAVY:", f"{args}: {line}"


def test_python_m_barometre_runs():
    out = subprocess.run([sys.executable, "-m", "barometre", "types", "--format", "csv"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout.startswith("id,label,")
