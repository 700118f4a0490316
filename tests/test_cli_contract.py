"""The command line's contract for scripts (rvrepro19): same bytes for the same input,
exit codes a script can trust, a date check that does not depend on the machine's time
zone, options never silently dropped.

Each test runs barometre in a fresh process where the environment (``TZ``,
``SOURCE_DATE_EPOCH``) or the pipe is what is tested.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ANNUAIRE = Path(__file__).parent / "files" / "annuaire" / "bulk-record-sample.json"


def _run(args, env=None, cwd=None, **kw) -> subprocess.CompletedProcess:
    full = {**os.environ, "BAROMETRE_LANG": "fr", **(env or {})}
    full.pop("SOURCE_DATE_EPOCH", None) if "SOURCE_DATE_EPOCH" not in (env or {}) else None
    return subprocess.run([sys.executable, "-m", "barometre", *args], capture_output=True,
                          text=True, env=full, cwd=cwd, timeout=300, **kw)


def _core_dates(path: Path) -> dict[str, str]:
    core = zipfile.ZipFile(path).read("docProps/core.xml").decode()
    return dict(re.findall(r"<dcterms:(created|modified)[^>]*>([^<]*)<", core))


@pytest.mark.parametrize("make", ["template", "annuaire"])
def test_a_template_and_an_annuaire_survey_are_dated_as_the_report(tmp_path, make):
    """Both dates of the document (created, modified) are the constant, or
    SOURCE_DATE_EPOCH's: openpyxl wrote the time of the save as « created » (a new file,
    bytes different, on every run; and created after modified)."""
    def args(out):
        if make == "template":
            return ["template", "--type", "departement", "-p", "facebook", "-o", str(out)]
        return ["annuaire", str(ANNUAIRE), "-o", str(out)]

    plain = tmp_path / "a.xlsx"
    assert _run(args(plain)).returncode == 0
    assert _core_dates(plain) == {"created": "2000-01-01T00:00:00Z",
                                  "modified": "2000-01-01T00:00:00Z"}
    dated = tmp_path / "b.xlsx"
    assert _run(args(dated), env={"SOURCE_DATE_EPOCH": "1700000000"}).returncode == 0
    assert _core_dates(dated) == {"created": "2023-11-14T22:13:20Z",
                                  "modified": "2023-11-14T22:13:20Z"}
    assert {i.date_time for i in zipfile.ZipFile(dated).infolist()} == {(2023, 11, 14, 22, 13, 20)}


@pytest.mark.parametrize("value", ["99999999999", "abc", "1700000000.5", "-5"])
def test_a_malformed_source_date_epoch_is_refused_in_one_line(tmp_path, value):
    """Past 2107 the zip format holds no date: it crashed as a bug (exit 70, « ushort format
    requires … »); a value that is no whole number was silently ignored."""
    out = tmp_path / "r.xlsx"
    done = _run(["report", "--type", "region", "-o", str(out)], env={"SOURCE_DATE_EPOCH": value})
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"barometre : SOURCE_DATE_EPOCH = « {value} » : attendu un nombre entier de secondes "
        "depuis le 1er janvier 1970 (UTC), au plus 4354819199 (31 décembre 2107, la dernière "
        "date d'un fichier zip)"]
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_an_epoch_before_1980_dates_the_zip_entries_1980(tmp_path):
    """SOURCE_DATE_EPOCH=1 (common in builds): the document says 1970, the zip's entries
    the first date a zip holds."""
    out = tmp_path / "r.xlsx"
    assert _run(["report", "--type", "region", "-o", str(out)],
                env={"SOURCE_DATE_EPOCH": "1"}).returncode == 0
    assert _core_dates(out)["created"] == "1970-01-01T00:00:01Z"
    assert {i.date_time for i in zipfile.ZipFile(out).infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_the_reader_leaving_is_not_the_exit_code_of_a_file_with_errors(tmp_path):
    """`barometre validate clean.csv | true` under `set -o pipefail`: 141 (SIGPIPE's), not
    1, which says "the file has errors"; the same file to a reader that stays: 0."""
    f = tmp_path / "c.csv"
    f.write_text("Code commune;Facebook\n" + "".join(f"{c};Oui\n" for c in (
        "01001", "01002", "01004", "01005", "01006")), encoding="utf-8")
    read, write = os.pipe()
    os.close(read)
    try:
        gone = subprocess.run([sys.executable, "-m", "barometre", "entities", "--type",
                               "commune"], stdout=write, stderr=subprocess.PIPE, text=True,
                              timeout=300)
    finally:
        os.close(write)
    assert (gone.returncode, gone.stderr) == (141, "")
    assert _run(["validate", str(f)]).returncode == 0


def test_a_reading_dated_today_anywhere_is_not_in_the_future_whatever_the_time_zone(tmp_path):
    """The date of today in UTC+14 is, on a machine at UTC-12, tomorrow or the day after:
    it was « date du relevé dans le futur » there and accepted at UTC+14; now the same file
    passes on both (today is the latest date on Earth). The day after it is still refused."""
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=14))).date()
    good, bad = tmp_path / "today.csv", tmp_path / "after.csv"
    for path, day in ((good, today), (bad, today + dt.timedelta(days=1))):
        path.write_text("Code département;Facebook;Date du relevé\n"
                        f"01;Oui;{day:%d/%m/%Y}\n02;Non;{day:%d/%m/%Y}\n", encoding="utf-8")
    for zone in ("Etc/GMT+12", "UTC", "Etc/GMT-14"):  # POSIX signs: GMT+12 is UTC-12
        done = _run(["validate", str(good), "--type", "departement"], env={"TZ": zone})
        assert done.returncode == 0, (zone, done.stdout)
        late = _run(["validate", str(bad), "--type", "departement"], env={"TZ": zone})
        assert late.returncode == 1 and "\"future-date\"" in _run(
            ["validate", str(bad), "--type", "departement", "--format", "json"],
            env={"TZ": zone}).stdout


def test_barometre_alone_shows_its_help_whole():
    """In French the help was squeezed into an error line, « Mesurer et comp… (1 817
    caractères) »: now the help itself, on stderr, exit 2 (a call without a command), as
    in English."""
    for lang, usage in (("fr", "Utilisation :"), ("en", "Usage:")):
        done = _run([], env={"BAROMETRE_LANG": lang})
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.startswith(usage), done.stderr[:200]
        assert "caractères" not in done.stderr and "characters" not in done.stderr
        assert re.search(r"^\s+compare\s", done.stderr, re.M) and \
            re.search(r"^\s+report\s", done.stderr, re.M)


@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
def test_dpi_is_refused_for_a_vector_chart(tmp_path, suffix):
    """`chart … -o d.svg --dpi 300` wrote the same bytes as without --dpi: an option
    silently dropped; now refused in one line, nothing written. A PNG takes it."""
    out = tmp_path / f"d{suffix}"
    done = _run(["chart", "adoption", "--type", "region", "-o", str(out), "--dpi", "300"])
    assert done.returncode == 2 and not out.exists()
    assert done.stderr.strip() == (
        f"barometre : --dpi ne vaut que pour une image PNG : un fichier {suffix} est "
        "vectoriel, net à toute taille (--size règle ses dimensions)")
    png = tmp_path / "d.png"
    assert _run(["chart", "adoption", "--type", "region", "-o", str(png), "--dpi", "60"]
                ).returncode == 0
    from PIL import Image

    with Image.open(png) as im:
        assert round(im.info["dpi"][0]) == 60
