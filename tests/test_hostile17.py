"""Hostile inputs of the seventeenth review (#17): each was a silent misread, a hang or a
crash; the small-file reader and the columnar one agree on each."""

from __future__ import annotations

import time

import pytest

import barometre as bm
from barometre.messages import text
from barometre.survey.values import CellError, read_count, read_presence

from .test_fast_path import fast_reader, normal_reader, same_reading


def _write(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_long_file_s_row_at_least_one_network_is_an_error(tmp_path, cli):
    """« Au moins un réseau » on a long file's row was read as a platform: its entities
    counted twice in « au moins un réseau » (111 of 101, 91 %)."""
    path = _write(tmp_path, "long.csv", [
        "Code département;Département;Plateforme;Présence;Abonnés;Date",
        "01;Ain;Facebook;Oui;1200;15/10/2025",
        "02;Aisne;Facebook;Non;;15/10/2025",
        "01;Ain;Au moins un réseau;Non;;15/10/2025",
        "02;Aisne;Réseaux sociaux;Oui;;15/10/2025"])
    found = [(p.code, p.row, p.column) for p in bm.validate(path) if p.severity == "error"]
    assert found == [("platform-any", 4, "Plateforme"), ("platform-any", 5, "Plateforme")]
    msg = next(p for p in bm.validate(path) if p.code == "platform-any").message
    assert "« Au moins un réseau » n'est pas un réseau" in msg
    res = cli("compare", "--data", path, "--type", "departement")
    assert res.exit_code == 1 and "n'est pas un réseau" in res.output
    df = bm.read_survey(path, errors="skip")
    assert sorted(df["platform"]) == ["facebook", "facebook"]
    same_reading(normal_reader, fast_reader, path)


@pytest.mark.parametrize("header", ["Abonnés Facebook (en milliers)", "Abonnés Facebook (k)",
                                    "Abonnés Facebook (K)", "Abonnés Facebook x 1 000",
                                    "Followers Facebook (thousands)"])
def test_a_count_column_in_thousands_is_refused_not_read(tmp_path, header):
    """« 45 » under « (en milliers) » was read 45 followers: the column is now an error and
    not read (with errors='skip', no count rather than one a thousand times too small)."""
    path = _write(tmp_path, "k.csv", [f"Code département;Facebook;{header};Date",
                                      "01;Oui;45;15/10/2025", "02;Oui;12;15/10/2025"])
    errors = [p for p in bm.validate(path) if p.severity == "error"]
    assert [(p.code, p.column) for p in errors] == [("followers-in-thousands", header)]
    df = bm.read_survey(path, errors="skip")
    assert df["followers"].isna().all() and df["present"].tolist() == [True, True]
    same_reading(normal_reader, fast_reader, path)


@pytest.mark.parametrize("header", ["Abonnés Facebook", "Abonnés Facebook 2025",
                                    "Nombre d'abonnés Facebook", "Abonnés Facebook (relevé)"])
def test_a_count_column_without_unit_is_read(tmp_path, header):
    path = _write(tmp_path, "n.csv", [f"Code département;Facebook;{header};Date",
                                      "01;Oui;45;15/10/2025"])
    assert not [p for p in bm.validate(path) if p.severity == "error"]
    assert bm.read_survey(path)["followers"].tolist() == [45]


def test_a_cell_of_many_digits_is_refused_at_once():
    """20,000 digits took 7 s (a regex backtracking from every digit), 10 MB days."""
    t = time.perf_counter()
    for v in ("9" * 20_000, "9 " * 5_000, "1" * 100_000 + " 234"):
        with pytest.raises(CellError) as exc:
            read_count(v)
        assert exc.value.code == "count-too-large"
    assert time.perf_counter() - t < 1.0  # not a benchmark: quadratic was ~10 s
    with pytest.raises(CellError, match="count-invalid"):
        read_count("abonnés " * 20)


def test_digits_then_k_are_too_large_not_a_crash(tmp_path, cli):
    """310 digits and « k » crashed (OverflowError, exit 70)."""
    with pytest.raises(CellError, match="count-too-large"):
        read_count("9" * 310 + "k")
    with pytest.raises(CellError, match="count-too-large"):
        read_count("9" * 40 + "k")
    assert read_count("12,5k") == (12500, "count-abbreviated")
    path = _write(tmp_path, "big.csv", ["Code département;Facebook;Abonnés Facebook;Date",
                                        "01;Oui;" + "9" * 310 + "k;15/10/2025"])
    res = cli("validate", path)
    assert res.exit_code == 1 and "ligne 2" in res.output and "inattendue" not in res.output


@pytest.mark.parametrize("v", ["-1", "-0", "+1", "− 1"])
def test_a_signed_number_is_no_presence(v):
    """« -1 » read present and « -0 » absent (the sign dropped before the look-up)."""
    with pytest.raises(ValueError):
        read_presence(v)


def test_a_huge_cell_is_quoted_short_in_messages(tmp_path):
    """A 10 MB name was echoed whole into its message."""
    path = _write(tmp_path, "huge.csv", ["Département;Facebook;Date",
                                         "A" * 200_000 + ";Oui;15/10/2025", "Ain;Oui;15/10/2025"])
    msgs = [p.message for p in bm.validate(path) if p.row == 2]
    assert msgs and all(len(m) < 1_000 for m in msgs)
    assert any("… (200\u202f000 caractères)" in m for m in msgs)
    long = "x" * 5000
    assert text("unknown-entity", "en", what="", value=long, closest="").endswith(
        "… (5,000 characters)”")


def test_a_misspelt_platform_column_is_an_error(tmp_path):
    """« Facebok », « Instagramm » were unknown columns, a warning each: the platforms were
    missing from every figure, « au moins un réseau » computed on the others."""
    path = _write(tmp_path, "typo.csv", [
        "Code département;Facebok;Abonnés Facebok;Instagramm;X;Commentaire;Date",
        "01;Oui;1200;Non;Oui;RAS;15/10/2025", "02;Non;;Oui;Oui;;15/10/2025"])
    found = [(p.code, p.column, p.severity) for p in bm.validate(path)]
    assert ("column-platform-misspelt", "Facebok", "error") in found
    assert ("column-platform-misspelt", "Abonnés Facebok", "error") in found
    assert ("column-platform-misspelt", "Instagramm", "error") in found
    assert not [f for f in found if f[1] == "Commentaire"]  # no platform's name: as before
    msg = next(p.message for p in bm.validate(path) if p.column == "Instagramm")
    assert "« Instagram » mal écrit ?" in msg
    same_reading(normal_reader, fast_reader, path)
