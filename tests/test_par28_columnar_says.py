"""The columnar readers say what the small-file reader says (task par28).

- Values under a blank header cell (an Excel export's trailing « ; », a note typed in the
  column after the last one) are not read, and the small-file reader said so
  (``unnamed-column``); the large-CSV reader and the Parquet reader dropped them without
  a word. Both now read such a column to say it, with the same position.
- A lone carriage return inside a quoted cell (« "1\\r2" ») puts the cell on two text lines
  for the csv module (``csv-multiline-cells``); the large-CSV reader's quote check looked
  for line feeds only and said nothing. And a message quoting the cell showed « 12 » (the
  CR invisible), a valid-looking count: a cell's tabs and line ends are now named
  (« 1<U+000D>2 »), as a JSON or CSV output already escapes them.
"""

from __future__ import annotations

import barometre as bm

from .test_fast_path import _fast_threshold, fast_reader, normal_reader, same_reading

HEADER = "Code;Commune;Plateforme;Présent;Abonnés;Date du relevé"
ROWS = ["01001;L'Abergement-Clémenciat;Facebook;Oui;12;15/10/2025",
        "01004;Ambérieu-en-Bugey;Facebook;Oui;7;15/10/2025",
        "01005;Ambérieux-en-Dombes;Facebook;Non;;15/10/2025"]


def _codes(problems):
    return [(p.code, p.row, p.value) for p in problems]


def test_a_value_under_a_blank_header_is_said_by_the_columnar_reader(tmp_path):
    path = tmp_path / "export.csv"
    lines = [HEADER + ";"] + [r + ";" for r in ROWS]
    lines[1] += "vérifié le 16/10"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    _, problems = fast_reader(path)
    said = [p for p in problems if p.code == "unnamed-column"]
    assert [p.msg.params["position"] for p in said] == ["7"]
    assert "en-tête vide (colonne 7, ligne 2)" in said[0].message  # its rows (s30)


def test_a_blank_column_under_a_blank_header_is_not_said(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("\n".join([HEADER + "; "] + [r + "; " for r in ROWS]) + "\n",
                    encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    assert "unnamed-column" not in [p.code for p in fast_reader(path)[1]]


def test_a_value_under_a_blank_header_in_a_wide_file_is_said_on_both_paths(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Code département;Facebook;Observations;;Date du relevé\n"
                    "01;Oui;à revoir;x;15/10/2025\n02;Non;;;15/10/2025\n", encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    said = [p.msg.params["position"] for p in fast_reader(path)[1]
            if p.code == "unnamed-column"]
    assert said == ["4"]


def _parquet(path, names, rows):
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = [pa.array([r[i] for r in rows], pa.string()) for i in range(len(names))]
    pq.write_table(pa.Table.from_arrays(columns, names=names), path)
    return path


def test_a_parquet_column_named_blank_is_said_when_it_holds_values(tmp_path):
    names = HEADER.split(";") + [""]
    rows = [r.split(";") + [""] for r in ROWS]
    quiet = _parquet(tmp_path / "quiet.parquet", names, rows)
    assert "unnamed-column" not in [p.code for p in bm.validate(quiet)]
    rows[0][-1] = "vérifié le 16/10"
    noted = _parquet(tmp_path / "noted.parquet", names, rows)
    said = [p for p in bm.validate(noted) if p.code == "unnamed-column"]
    assert [p.msg.params["position"] for p in said] == ["7"]
    # the records are those of the file without that column
    plain = _parquet(tmp_path / "plain.parquet", names[:-1], [r[:-1] for r in rows])
    assert bm.read_survey(noted).equals(bm.read_survey(plain))


def _cr_file(path):
    # Condamine's count typed with a CR inside its quotes
    rows = ROWS + ['01112;Condamine;Facebook;Oui;"1\r2";15/10/2025']
    path.write_bytes(("\n".join([HEADER] + rows) + "\n").encode("utf-8"))
    return path


def test_a_lone_cr_in_a_quoted_cell_is_said_by_the_columnar_reader(tmp_path):
    path = _cr_file(tmp_path / "cr.csv")
    same_reading(normal_reader, fast_reader, path)
    problems = fast_reader(path)[1]
    assert ("csv-multiline-cells", 5, None) in _codes(problems)
    assert ("count-split-by-control", 5, "1\r2") in _codes(problems)


def test_a_message_quotes_a_cells_cr_visibly(tmp_path, cli):
    path = _cr_file(tmp_path / "cr.csv")
    for threshold in (0, float("inf")):
        with _fast_threshold(threshold):
            out = cli("validate", path)
        assert "« 1<U+000D>2 » chiffres séparés par un retour à la ligne" in out.stdout
        assert "\r" not in out.stdout
    with _fast_threshold(0):
        out = cli("validate", path, "--format", "json")
    assert '"value": "1\\r2"' in out.stdout  # the JSON keeps the cell, escaped


def test_a_lone_cr_in_an_unquoted_cell_splits_the_row_alike(tmp_path):
    """Unquoted, the CR ends a row for both readers: each part is said short, at its row."""
    path = tmp_path / "cr.csv"
    path.write_bytes(("\n".join([HEADER] + ROWS[:1] + ["01112;Condamine;Facebook;Oui;1\r2;"
                                                       "15/10/2025"]) + "\n").encode("utf-8"))
    same_reading(normal_reader, fast_reader, path)
    short = [p.row for p in fast_reader(path)[1] if p.code == "missing-fields"]
    assert short == [3, 4]


def test_digits_split_by_a_tab_or_a_line_end_are_not_read(tmp_path):
    """« 1\\t234 » (a paste of two cells) and « 1\\n234 » (two numbers on two lines) were
    read 1 234 without a word (session 29): grouped by three, the tab or line end passed
    for a thousands space. Both readers now refuse them, the cell quoted."""
    path = tmp_path / "tab.csv"
    rows = ROWS + ['01112;Condamine;Facebook;Oui;"1\t234";15/10/2025',
                   '01113;Cormaranche-en-Bugey;Facebook;Oui;"1\n234";15/10/2025',
                   '01114;Cormoranche-sur-Saône;Facebook;Oui;1 234;15/10/2025']
    path.write_text("\n".join([HEADER] + rows) + "\n", encoding="utf-8")
    same_reading(normal_reader, fast_reader, path)
    for reader in (normal_reader, fast_reader):
        codes = _codes(reader(path)[1])
        assert ("count-split-by-control", 5, "1\t234") in codes
        assert ("count-split-by-control", 6, "1\n234") in codes
        assert not any(c[1] == 7 and c[0].startswith("count") for c in codes)  # « 1 234 »


def test_a_quoted_tab_does_not_take_the_delimiters_place(tmp_path):
    """A file of « ; » whose quoted cells hold a tab and a line end was refused, « aucune
    ligne d'en-tête reconnue » (session 29): the delimiter was guessed on the text lines
    with the quotes' contents, where the tab was more regular than « ; » (0 per line)."""
    path = tmp_path / "mixed.csv"
    path.write_text("Code INSEE;Facebook;Abonnés Facebook;Date du relevé\n"
                    '44109;Oui;"1\n234";15/10/2025\n35238;Oui;"1\t234";15/10/2025\n',
                    encoding="utf-8")
    _, problems = normal_reader(path)
    assert [p.code for p in problems if p.severity == "error"] == ["count-split-by-control"] * 2
