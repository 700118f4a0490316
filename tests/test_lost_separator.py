"""A French Excel CSV saved in cp1252: the narrow no-break space of « 3 614 » cannot be
encoded and becomes « ? » (« 3?614 »). The counts stay refused, and ONE warning for the
whole file (``count-lost-separator``) says why and how to save it again."""

from __future__ import annotations

import pytest

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading

NNBSP = "\u202f"


def _cp1252_file(tmp_path, counts: list[tuple[str, str]]):
    """A wide survey written as Excel writes « CSV (séparateur : point-virgule) »: cp1252,
    what it cannot hold replaced by « ? »."""
    lines = ["Code département;Département;Facebook;Abonnés Facebook;Instagram;"
             "Abonnés Instagram;Date du relevé"]
    names = {"01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence",
             "05": "Hautes-Alpes", "06": "Alpes-Maritimes", "07": "Ardèche"}
    for (code, name), (fb, ig) in zip(names.items(), counts):
        lines.append(f"{code};{name};Oui;{fb};Oui;{ig};15/10/2025")
    f = tmp_path / "releves.csv"
    f.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252", errors="replace"))
    return f


@pytest.fixture
def lost(tmp_path):
    f = _cp1252_file(tmp_path, [(f"3{NNBSP}614", "977"), (f"11{NNBSP}629", f"1{NNBSP}181"),
                                ("850", f"10{NNBSP}050"), (f"1{NNBSP}234{NNBSP}567", "12")])
    raw = f.read_bytes()
    assert b"3?614" in raw and b"Ard\xe8che" not in raw  # a real cp1252 file, « ? » in counts
    assert "é".encode("cp1252") in raw
    return f


def _codes(problems):
    return [p.code for p in problems]


def test_one_warning_for_the_whole_file_the_counts_still_refused(lost):
    df = bm.read_survey(lost, errors="skip")
    problems = df.attrs["problems"]
    codes = _codes(problems)
    assert codes.count("count-lost-separator") == 1  # two columns, one warning
    said = next(p for p in problems if p.code == "count-lost-separator")
    assert said.severity == "warning" and said.row is None
    assert "« 3?614 »" in said.message and "CSV UTF-8" in said.message
    assert "séparateur de milliers a été perdu à l'enregistrement (encodage)" in said.message
    # still refused: « 3?614 » is not read as 3 614 nor as 3
    assert codes.count("count-invalid") == 5
    assert 3614 not in df["followers"].tolist() and 3 not in df["followers"].tolist()


def test_both_csv_readers_agree(lost):
    same_reading(normal_reader, fast_reader, lost)
    _, problems = fast_reader(lost)
    assert _codes(problems).count("count-lost-separator") == 1


@pytest.mark.parametrize("lang, text", [
    ("fr", "enregistrez en « CSV UTF-8 », ou ôtez le format de nombre avec séparateur"),
    ("en", "save it as “CSV UTF-8”, or remove the number format with a separator")])
def test_validate_says_it_once(cli, lost, lang, text):
    out = cli("validate", lost, "--lang", lang)
    assert out.exit_code != 0  # the counts are still errors
    said = out.output.count(text)
    assert said == 1, out.output


def test_other_refused_counts_get_no_such_warning(tmp_path):
    f = _cp1252_file(tmp_path, [("12?5", "beaucoup"), ("?3614", "3614?"), ("1?23", "7")])
    codes = _codes(bm.read_survey(f, errors="skip").attrs["problems"])
    assert "count-lost-separator" not in codes and codes.count("count-invalid") >= 4
