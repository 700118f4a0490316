"""Follower counts a publisher can trust (fix18b): « 1.234 » said, implausible counts against
the population and against the file itself, the file's population column not read."""

from __future__ import annotations

import barometre as bm

from .test_fast_path import fast_reader, normal_reader, same_reading


def _write(tmp_path, name, lines, encoding="utf-8"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


# --------------------------------------------------------------------------- 2. « 1.234 »

def _probe_dot(tmp_path):
    """The reviewer's probe_dot.csv: a French Excel CSV (cp1252, « ; »)."""
    return _write(tmp_path, "probe_dot.csv", ["Code;Facebook;Facebook abonnés",
                                              "01;Oui;1.234", "02;Oui;2,345", "03;Oui;15000",
                                              "04;Non;"], encoding="cp1252")


def test_a_thousands_dot_is_said_as_the_comma_is(tmp_path, cli):
    """« 1.234 » became 1 234 without a word while « 2,345 » was said: both read as
    thousands, both said, with their code, row and the count read, in both languages."""
    path = _probe_dot(tmp_path)
    df = bm.read_survey(path, type="departement")
    fb = df.set_index("code")["followers"]
    assert fb["01"] == 1234 and fb["02"] == 2345
    said = [(p.row, p.column, p.severity, p.code, p.value)
            for p in df.attrs["problems"]]
    assert said == [(2, "Facebook abonnés", "warning", "count-dot-thousands", "1.234"),
                    (3, "Facebook abonnés", "warning", "count-ambiguous", "2,345")]
    res = cli("validate", path, "--type", "departement")
    assert ("probe_dot.csv, ligne 2, colonne « Facebook abonnés » : avertissement : « 1.234 » "
            "lu comme 1\u202f234 abonnés (point pris pour un séparateur de milliers, la "
            "colonne ne contient que des entiers) ; écrivez 1234 pour lever le doute"
            ) in res.output
    res = cli("validate", path, "--type", "departement", "--lang", "en")
    assert ("probe_dot.csv, line 2, column 'Facebook abonnés': warning: '1.234' read as "
            "1,234 followers (dot taken as a thousands separator, the column holds only "
            "whole numbers); write 1234 to remove the doubt") in res.output
    same_reading(normal_reader, fast_reader, path)


def test_a_thousands_dot_beside_decimals_is_an_error(tmp_path):
    """A column that holds decimals (« 12.5 ») writes « 1.234 » as one point two: an error,
    as « 1,000 » is there, not 1 234 read silently (the reviewer's probe_counts.csv)."""
    path = _write(tmp_path, "dec.csv", ["Code;Facebook;Facebook abonnés", "01;Oui;1.234",
                                        "02;Oui;12.345", "03;Oui;1.234.567", "04;Oui;12.5"])
    df = bm.read_survey(path, type="departement", errors="skip")
    said = {(p.row, p.code) for p in df.attrs["problems"]}
    assert said == {(2, "count-not-integer"), (3, "count-not-integer"),
                    (5, "count-not-integer")}
    # two dots cannot be a decimal: read, as « 1,234,567 » is
    assert df.set_index("code")["followers"]["03"] == 1234567
