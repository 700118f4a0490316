"""Reading checks left open (task vp26).

- In a survey of villes préfectures, a département's code (« 44 ») in the code column was
  read as its préfecture (44109 Nantes) without a word: said once for the column
  (``departement-code-read-as-prefecture``), the code as typed and the commune read.
- An emoji's keycap U+20E3 (« 1️⃣ ») and the other combining enclosing marks: a count
  « 1️⃣2 345 » was an error, an answer « Oui⃣ » read Oui without a word; removed and said
  as the other invisible format characters (``invisible-character-removed``).
Both the same on the small files' reader and the columnar (Arrow) one.
"""

from __future__ import annotations

import barometre as bm

from .test_ctl24_control_characters import _said
from .test_fast_path import fast_reader, normal_reader, same_reading

PREFECTURES = ("Code;Abonnés Facebook\n44;1200\n35238;3000\n13;5000\n2A;800\n"
               "29232;400\n")


def _csv(path, text):
    path.write_bytes(text.encode("utf-8"))
    return path


def _both_readers(monkeypatch, path, read):
    """``read()`` on the small files' reader and on the columnar one (Arrow), which is
    taken (the comparison is no tautology)."""
    from barometre.survey import fastcsv

    normal = read()
    with monkeypatch.context() as m:
        m.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        assert fastcsv._read_csv_fast(path) is not None
        fast = read()
    return normal, fast


def test_a_departements_code_read_as_its_prefecture_is_said(tmp_path, cli, monkeypatch):
    path = _csv(tmp_path / "vp.csv", PREFECTURES)
    normal, fast = _both_readers(monkeypatch, path, lambda: bm.validate(path, type="ville_prefecture"))
    assert _said(normal) == _said(fast) == [
        (None, "Code", "44", "warning", "departement-code-read-as-prefecture", 3, [2, 4, 5])]
    assert [p.to_dict() for p in normal] == [p.to_dict() for p in fast]
    df = bm.read_survey(path, type="ville_prefecture")
    assert df["code"].tolist() == ["44109", "35238", "13055", "2A004", "29232"]  # unchanged
    res = cli("validate", path, "--type", "ville_prefecture")
    assert res.exit_code == 0, res.output
    assert ("3 codes de département lus comme la préfecture du département (ex. « 44 » lu "
            "comme 44109 Nantes ; lignes 2, 4, 5) : écrivez le code INSEE de la commune pour "
            "une lecture sûre") in res.output
    en = cli("validate", path, "--type", "ville_prefecture", "--lang", "en").output
    assert "'44' read as 44109 Nantes; lines 2, 4, 5" in en
    # only a département's code is said: the préfectures' own INSEE codes read as they are
    own = _csv(tmp_path / "own.csv", "Code;Abonnés Facebook\n44109;1200\n35238;3000\n")
    assert bm.validate(own, type="ville_prefecture") == []


KEYCAPS = ("Code département;Facebook;Abonnés Facebook\n"
           "44;Oui\u20e3;1\ufe0f\u20e32 345\n35;Oui;1\u20e32 345\n29;Non\u20dd;\n")


def test_an_emoji_keycap_in_counts_and_answers_is_removed_and_said(tmp_path, cli, monkeypatch):
    """« 1️⃣2 345 » was an error quoting « 1⃣2 345 », « Oui⃣ » read Oui unsaid: both read
    without the mark, said with it named, on both readers."""
    path = _csv(tmp_path / "kc.csv", KEYCAPS)
    normal, fast = _both_readers(monkeypatch, path, lambda: bm.validate(path))
    said = [(None, "Abonnés Facebook", "1<U+FE0F><U+20E3>2 345", "warning",
             "invisible-character-removed", 2, [2, 3]),
            (None, "Facebook", "Oui<U+20E3>", "warning", "invisible-character-removed", 2,
             [2, 4])]
    assert _said(normal) == _said(fast) == sorted(said, key=repr)
    same_reading(normal_reader, fast_reader, path)
    df = bm.read_survey(path).set_index("code")
    assert df["present"].to_dict() == {"44": 1, "35": 1, "29": 0}
    assert df["followers"].dropna().to_dict() == {"44": 12345, "35": 12345}
    res = cli("validate", path)
    assert res.exit_code == 0, res.output
    assert "« 1<U+FE0F><U+20E3>2 345 » lu « 12 345 » (lignes 2, 3)" in res.output
