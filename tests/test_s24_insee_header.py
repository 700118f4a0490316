"""« Code INSEE » names communes' codes most often, but INSEE codes départements and régions
too (« 44 » is Loire-Atlantique's INSEE code): the header no longer forces the commune type
against the codes. A file of départements headed « Code INSEE » read as communes gave one
« aucune collectivité de type « commune » n'a le code « 44 » » per row, and with
``--type departement`` the column was refused as « porte sur des communes »."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

import barometre as bm
from barometre.cli.app import app
from barometre.survey import fastcsv

DEPS = "Code INSEE;Nom;Facebook;Abonnés Facebook\n44;Loire-Atlantique;Oui;12 000\n" \
       "35;Ille-et-Vilaine;Non;\n29;Finistère;Oui;2500\n"


def _write(tmp_path, text: str, name: str = "f.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("fast", [False, True])
def test_departements_headed_code_insee_read_as_departements(tmp_path, monkeypatch, fast):
    if fast:  # the columnar reader of large files, on a small file
        monkeypatch.setattr(fastcsv, "FAST_CSV_BYTES", 0)
    path = _write(tmp_path, DEPS)
    assert bm.validate(path) == []
    s = bm.read_survey(path)
    assert set(s["collectivity_type"]) == {"departement"}
    fb = s[s["platform"] == "facebook"].set_index("code")
    assert sorted(fb.index) == ["29", "35", "44"]
    assert fb.loc["44", "followers"] == 12000 and fb.loc["29", "followers"] == 2500


@pytest.mark.parametrize("header", ["Code INSEE", "N° INSEE", "CODGEO", "COG"])
def test_codes_alone_under_insee_words_take_their_type(tmp_path, header):
    """No name column: the codes decide (« 44 », « 35 », « 2A » are départements')."""
    path = _write(tmp_path, f"{header};Facebook\n44;Oui\n35;Non\n2A;Oui\n")
    assert bm.validate(path) == []
    assert set(bm.read_survey(path)["collectivity_type"]) == {"departement"}


def test_type_given_takes_the_insee_column(tmp_path):
    """``--type departement`` on « Code INSEE;Facebook » said « ce fichier porte sur des
    communes (« Code INSEE ») », exit 2."""
    path = _write(tmp_path, "Code INSEE;Facebook\n44;Oui\n35;Non\n")
    res = CliRunner().invoke(app, ["validate", str(path), "--type", "departement"])
    assert res.exit_code == 0, res.output
    s = bm.read_survey(path, type="departement")
    assert sorted(s["code"].unique()) == ["35", "44"]


def test_regions_headed_code_insee_with_their_names(tmp_path):
    """« 53 » is Bretagne and Mayenne: the names settle it, as under « Code »."""
    path = _write(tmp_path, "Code INSEE;Nom;Facebook\n53;Bretagne;Oui\n44;Grand Est;Oui\n"
                            "11;Île-de-France;Non\n")
    assert bm.validate(path) == []
    s = bm.read_survey(path)
    assert set(s["collectivity_type"]) == {"region"}
    assert sorted(s["code"].unique()) == ["11", "44", "53"]


def test_communes_stay_communes(tmp_path):
    """The usual « Code INSEE » file: communes' codes, a lost leading zero restored."""
    path = _write(tmp_path, "Code INSEE;Nom;Facebook\n44109;Nantes;Oui\n1053;Bourg-en-Bresse;Oui\n"
                            "2A004;Ajaccio;Non\n")
    problems = bm.validate(path)
    assert [p.severity for p in problems if p.severity == "error"] == []
    s = bm.read_survey(path)
    assert set(s["collectivity_type"]) == {"commune"}
    assert sorted(s["code"].unique()) == ["01053", "2A004", "44109"]


def test_an_unknown_commune_code_stays_a_commune_error(tmp_path):
    """Codes of no type at all: the header's communes, each code located."""
    path = _write(tmp_path, "Code INSEE;Facebook\n99999;Oui\n44109;Oui\n")
    errors = [p for p in bm.validate(path) if p.severity == "error"]
    assert [(p.row, p.code) for p in errors] == [(2, "unknown-code")]
    assert "commune" in errors[0].text("fr")


def test_code_commune_still_means_communes(tmp_path):
    """« Code commune » says its type: « 44 » under it is no département."""
    path = _write(tmp_path, "Code commune;Facebook\n44;Oui\n")
    errors = [p for p in bm.validate(path) if p.severity == "error"]
    assert len(errors) == 1 and "commune" in errors[0].text("fr")


def test_the_type_guessed_comes_first_in_a_terminal(tmp_path):
    """In a terminal the table and its notes (stdout) showed before the « type deviné »
    line (stderr, said after the output): it came last, under the method notes. It is now
    said before the first line of output."""
    import os
    import pty
    import subprocess
    import sys

    path = _write(tmp_path, DEPS)
    main, child = pty.openpty()
    # no progress bar: on a loaded machine the read can last past its delay and draw first
    env = {**os.environ, "BAROMETRE_PROGRESS": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "barometre", "compare", "--data", str(path)],
                            stdout=child, stderr=child, cwd=tmp_path, env=env)
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    assert proc.wait(timeout=60) == 0
    lines = out.decode("utf-8").splitlines()
    assert lines[0].startswith("type deviné : départements (--type departement)"), lines[:3]
    assert sum("type deviné" in line for line in lines) == 1
