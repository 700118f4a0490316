"""Session 35 (brief E35): messages that do not help or repeat themselves — a count quoted
beside the same number formatted, an EPCI's SIREN gone without advice, English outputs
mixing date and quote styles."""

from __future__ import annotations

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading

NN = "\u202f"


def _write(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------- 2. a count said once, not « « 20000 » 20 000 »

def test_a_count_cell_plainly_written_is_not_quoted_beside_its_number(tmp_path, cli):
    """« « 20000 » 20 000 abonnés pour 5 413 habitants » said the count twice: a cell that is
    the number plainly written (« 1234567 », « 12 345 678 ») is said once, as formatted; a
    cell written otherwise (« 1,2 M ») is still quoted before it, in both languages."""
    path = _write(tmp_path, "deps.csv", ["Code;Facebook;Abonnés", "13;Oui;12 345 678",
                                         "14;Oui;1234567", "69;Oui;1,2 M", "01;Oui;1 234"])
    problems = bm.validate(path, type="departement")
    # the API keeps the cell as typed
    assert [(p.row, p.value) for p in problems if p.code == "count-above-population"] == [
        (2, "12 345 678"), (3, "1234567"), (4, "1,2 M")]
    fr = cli("validate", path, "--type", "departement").output
    assert (f"deps.csv, ligne 3, colonne « Abonnés » : avertissement : 1{NN}234{NN}567 "
            "abonnés pour ") in fr
    assert f"avertissement : 12{NN}345{NN}678 abonnés pour " in fr
    assert f"avertissement : « 1,2 M » 1{NN}200{NN}000 abonnés pour " in fr
    assert "« 1234567 »" not in fr and "« 12 345 678 »" not in fr
    en = cli("validate", path, "--type", "departement", "--lang", "en").output
    assert "line 3, column 'Abonnés': warning: 1,234,567 followers for " in en
    assert "warning: '1,2 M' 1,200,000 followers for " in en
    assert "'1234567'" not in en
    same_reading(normal_reader, fast_reader, path)


def test_a_commune_s_implausible_count_is_formatted_as_the_others(tmp_path, cli):
    """count-implausible-population wrote its numbers with a plain space in both languages
    (« '400000' 400 000 followers »): grouped as every count is, said once."""
    path = _write(tmp_path, "c.csv", ["Code;Facebook;Abonnés Facebook", "69001;Oui;400000"])
    fr = cli("validate", path, "--type", "commune").output
    assert (f"c.csv, ligne 2, colonne « Abonnés Facebook » : avertissement : 400{NN}000 "
            "abonnés pour 398 habitants (Affoux) : vérifiez le code ou le nombre") in fr
    en = cli("validate", path, "--type", "commune", "--lang", "en").output
    assert ("c.csv, line 2, column 'Abonnés Facebook': warning: 400,000 followers for 398 "
            "inhabitants (Affoux): check the code or the number") in en
