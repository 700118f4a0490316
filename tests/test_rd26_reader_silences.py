"""Three silent readings of a survey, now said (task rd26).

- A variation selector (U+FE0E, U+FE0F: an emoji's presentation pasted after a word) or a
  tag character (U+E0020–U+E007F) was dropped by the answers' folding: « Oui\\ufe0f » read
  Oui without a word, a count « 1\\U000e0067200 » an error quoting « 1200 ». They are
  removed and said as inv25's invisible format characters (``invisible-character-removed``),
  the same on every reader; a remarks column keeps them.
- A followers column whose cells are all 0 or 1 (« Abonnés Facebook » over a presence
  column) was read as 0 and 1 follower: said (``followers-presence-like``).
- A place name in the code column (« Tulle;Tulle ») was read as its code without a word
  when the name beside it agreed: said, the cell quoted as typed (« lu comme 19272 »).
"""

from __future__ import annotations

import barometre as bm

from .test_ctl24_control_characters import _parquet, _said
from .test_fast_path import fast_reader, normal_reader, same_reading

CODE = "invisible-character-removed"


def _csv(path, text):
    path.write_bytes(text.encode("utf-8"))
    return path


# --------------------------------------------------------------------------- 1. selectors, tags

SELECTORS = [["Code département", "Facebook\ufe0f", "Abonnés Facebook", "Remarques"],
             ["44", "Oui\ufe0f", "12\u202f345", "top \u2714\ufe0f"],
             ["35", "Non\ufe0e", "", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E"
              "\U000E0067\U000E007F"],
             ["29", "Oui", "1\U000e0067200", ""],
             ["22", "oui\U000e0001", "3\ufe00", ""]]
SELECTORS_SAID = [
    (1, "Facebook", "Facebook<U+FE0F>", "warning", CODE, None, None),
    (None, "Facebook", "Oui<U+FE0F>", "warning", CODE, 3, [2, 3, 5]),
    (None, "Abonnés Facebook", "1<U+E0067>200", "warning", CODE, 2, [4, 5])]


def test_variation_selectors_and_tags_are_removed_and_said(tmp_path, cli):
    """« Oui\\ufe0f » was read Oui without a word; a count holding a tag character was an
    error quoting « 1200 »; the remarks keep their emoji (a flag's tags), unsaid."""
    path = _csv(tmp_path / "vs.csv", "\n".join(";".join(r) for r in SELECTORS) + "\n")
    assert _said(bm.validate(path)) == sorted(SELECTORS_SAID, key=repr)
    df = bm.read_survey(path).set_index("code")
    assert df["present"].to_dict() == {"44": 1, "35": 0, "29": 1, "22": 1}
    assert df["followers"].dropna().to_dict() == {"44": 12345, "29": 1200, "22": 3}
    res = cli("validate", path)
    assert res.exit_code == 0, res.output
    assert "« Oui<U+FE0F> » lu « Oui » (lignes 2, 3, 5)" in res.output
    assert "sélecteur de variante d'un emoji" in res.output
    en = cli("validate", path, "--lang", "en").output
    assert "'1<U+E0067>200' read '1200' (lines 4, 5)" in en


def test_every_reader_removes_selectors_and_tags_alike(tmp_path, monkeypatch):
    """The small files' reader, the columnar CSV reader and Parquet: the same problems and
    readings (the Arrow column's bytes looked at for the selectors' and tags' UTF-8)."""
    from barometre.survey import fastcsv

    path = _csv(tmp_path / "vs.csv", "\n".join(";".join(r) for r in SELECTORS) + "\n")
    with monkeypatch.context() as m:
        m.setattr(fastcsv, "FAST_CSV_BYTES", 0)
        assert fastcsv._read_csv_fast(path) is not None
    same_reading(normal_reader, fast_reader, path)
    parquet = _parquet(tmp_path / "vs.parquet", SELECTORS)
    assert _said(bm.validate(parquet)) == sorted(SELECTORS_SAID, key=repr)
    cols = ["code", "platform", "present", "followers"]
    assert bm.read_survey(parquet)[cols].equals(bm.read_survey(path)[cols])
